#!/usr/bin/env python3
"""Thirteenth blind held-out evaluation set for dpscan (see README.md).

Writes docs/ and labels.jsonl from hand-written templates: 72 synthetic
documents from eight kinds of organisation (a prison healthcare unit, a
council adult social care safeguarding team, a gym and personal training
studio, a church school admissions panel, a rail operator's drug and alcohol
testing, a private hearing and audiology clinic, a magistrates' court legal
adviser's office, a trade association's member disciplinary panel); 8 of them
(`policy-*`, `training-*`) are prose about no one.

Markup (rendered by `Doc.r`, so the labels are the spans that write the text):

- `<<Jane Smith>>` a person's name as written (titles stay outside);
- `[[kind:written]]` an identifier, normalised by kind; `[[kind:written=>value]]`
  gives the normalised value by hand (dates of birth, bank accounts);
  `[[=kind:value]]` labels a value written elsewhere in pieces (a sort code and
  an account number in separate cells) and writes nothing;
- `((category:words))` words revealing a special category about a named person;
- `{{words}}` a distractor written on purpose (a name-like firm, a saint's
  church, a category about no one); recorded, never labelled.

Judgement calls (the conventions of heldout11's README, plus):

- A prisoner's or patient's condition, medicine, drug or alcohol test result,
  substance misuse treatment, disability or hearing loss, tinnitus or hearing
  aid fitting is `health`; "fit for duty" or "no concerns" alone is nothing; a
  negative drug and alcohol test is nothing, a non-negative one (or one
  explained by a prescribed medicine) is `health`; a refusal to test is
  nothing.
- A genotype or gene variant result (ACTN3, ACE and COL5A1 in a DNA fitness
  report, USH2A, NF2) is `genetic`; it is also `health` only when a
  condition is named (Usher syndrome, a schwannoma).
- Fingerprint dispensing, face-recognition entry, a fingerprint identity
  check or key-vault enrolment is `biometric`; a photo ID card is nothing.
- A baptism, a vicar's reference, a stated faith or place of worship
  attended, an oath sworn on a holy book, a fast or modest dress kept for a
  faith is `religious_belief`; an affirmation (no faith stated) and a
  school's or church's name are nothing.
- A charge, conviction, caution, sentence, referral order, warrant or fine
  for an offence (a TV licence prosecution too) is `criminal_offence`; a
  breach of a trade body's code of conduct, a civil debt and a council tax
  warrant are nothing.
- A named RMT, ASLEF, PCS, UNISON or RCN member or rep (or a member on a
  strike day) is `trade_union`; a generic right to be accompanied is
  nothing.
- An ethnicity answered on a form is `racial_ethnic_origin`; a language, a
  nationality or an interpreter booking is nothing.
- Sexual exploitation or a sexual relationship recorded about a named adult
  is `sex_life_orientation`, as is a stated sexual orientation.
- A stated party membership or standing as a candidate is
  `political_opinion`.
- A charge of a racially aggravated offence is `criminal_offence` only (it
  states no one's origin); a self-defined ethnicity code on a court record is
  `racial_ethnic_origin`, as is a complainant's stated heritage.
- "Practising when unfit" in a published decision, with the mitigation left
  out, is nothing; the minutes that give the depressive episode are `health`.
- Post-nominals (JP, MIRSV, FIRSV) are left out of a name as titles are:
  "Margaret Featherstonehaugh JP" → `Margaret Featherstonehaugh`. Separate
  surname and given-name fields are separate labels ("HARGREAVES-MBEKI",
  "Isla Nomvula"); a name in capitals or "SURNAME, Given" is kept as written.
- Firms and places named like people (Ashdown-Reeve Surveys, Wainwright &
  Daughters, Garraway Shah, Morgan Pryce Associates, Swan Hunter, Aston Hall),
  saints' names of churches and schools, exercises and kit named after people
  (Arnold press, Hercules rig) and a "Price" column header are distractors,
  not names; "Comfort", "Precious" and "Hamza" as given names are names.
- Every identifier written is labelled, the organisation's own phone,
  postcode and mailbox too; prisoner numbers, case numbers, court
  references, membership numbers and badge numbers are not identifiers of the
  contract and are not labelled. Message-ID headers and mbox `From ` lines are
  not labelled. A date labelled `date_of_birth` is one stated as a birth date
  (a DOB column, "born", "D.O.B."); other dates are not.

Deterministic: every value is written by hand, zip entries carry a fixed
timestamp and MIME boundaries are fixed, so two runs (under any
PYTHONHASHSEED) give byte-identical files.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import ipaddress
import json
import quopri
import re
import shutil
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

CATEGORIES = [
    "racial_ethnic_origin",
    "political_opinion",
    "religious_belief",
    "trade_union",
    "genetic",
    "biometric",
    "health",
    "sex_life_orientation",
    "criminal_offence",
]
KINDS = [
    "uk_nino", "uk_bank_account", "iban", "payment_card", "email", "phone", "uk_postcode",
    "nhs_number", "date_of_birth", "uk_passport", "uk_driving_licence", "ip_address",
]
TITLES = {"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Fr", "Rev", "Revd", "Canon", "Sister", "Sr",
          "Imam", "Rabbi", "PC", "DC", "Cllr", "Judge", "Sir", "Dame", "Lady", "Lord"}

MARKUP = re.compile(
    r"<<(?P<name>.+?)>>"
    r"|\[\[(?P<spread>=)?(?P<kind>[a-z_]+):(?P<id>.+?)\]\]"
    r"|\(\((?P<cat>[a-z_]+):(?P<words>.+?)\)\)"
    r"|\{\{(?P<dis>.+?)\}\}",
    re.S,
)
LEFTOVER = re.compile(r"<<|>>|\[\[|\]\]|\(\(|\)\)|\{\{|\}\}")

# Identifier look-alikes that must not be left unlabelled in the text outside markup.
SYNTHETIC = [
    ("email", re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")),
    ("uk_nino", re.compile(r"\bQQ ?\d\d ?\d\d ?\d\d ?[A-D]\b")),
    ("ip_address", re.compile(r"\b(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d+\b|2001:db8", re.I)),
    ("uk_postcode", re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")),
    ("phone", re.compile(r"(?:\+44 ?\(?0?\)? ?|\b0)(?:7700|20 ?7946|1\d\d ?49[68]|808 ?157|1632 ?960)[ -]?\d{3,4}")),
    ("nhs_number", re.compile(r"\b999[ -]?\d{3}[ -]?\d{4}\b")),
    ("payment_card", re.compile(r"\b(?:\d{4}[ -]?){3}\d{4}\b|\b3[47]\d\d[ -]?\d{6}[ -]?\d{5}\b")),
    ("iban", re.compile(r"\b[A-Z]{2}\d\d ?[A-Z]{4}")),
]


def luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def nhs_ok(digits: str) -> bool:
    if len(digits) != 10:
        return False
    check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(digits[:9])) % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def iban_ok(value: str) -> bool:
    moved = value[4:] + value[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def normalise(kind: str, written: str) -> str:
    w = written.strip()
    if kind == "email":
        return w.lower()
    if kind == "phone":
        digits = re.sub(r"\(0\)", "", w)
        digits = re.sub(r"\D", "", digits)
        if w.startswith("+"):
            return "+" + digits
        if digits.startswith("0"):
            return "+44" + digits[1:]
        raise ValueError(f"phone {written!r}")
    if kind == "uk_postcode":
        compact = re.sub(r"\s", "", w).upper()
        return compact[:-3] + " " + compact[-3:]
    if kind in ("uk_nino", "iban", "uk_driving_licence"):
        return re.sub(r"\s", "", w).upper()
    if kind in ("nhs_number", "payment_card", "uk_passport"):
        return re.sub(r"\D", "", w)
    if kind == "ip_address":
        return str(ipaddress.ip_address(w))
    if kind == "date_of_birth" and re.fullmatch(r"\d{4}-\d\d-\d\d", w):
        return w
    raise ValueError(f"{kind} {written!r} needs an explicit normalised value")


def check_id(kind: str, value: str) -> list[str]:
    problems = []
    if kind == "nhs_number" and not (nhs_ok(value) and value.startswith("999")):
        problems.append(f"NHS number {value} invalid or outside 999")
    if kind == "payment_card" and not luhn(value):
        problems.append(f"card {value} fails Luhn")
    if kind == "iban" and not iban_ok(value):
        problems.append(f"IBAN {value} fails mod 97")
    if kind == "uk_nino" and not re.fullmatch(r"QQ\d{6}[A-D]", value):
        problems.append(f"NINO {value} not a QQ example")
    if kind == "date_of_birth":
        dt.date.fromisoformat(value)
    if kind == "uk_bank_account" and not re.fullmatch(r"\d{6}:\d{8}", value):
        problems.append(f"bank account {value} malformed")
    if kind == "uk_passport" and not re.fullmatch(r"\d{9}", value):
        problems.append(f"passport {value} malformed")
    if kind == "uk_driving_licence" and not re.fullmatch(r"[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}", value):
        problems.append(f"driving licence {value} malformed")
    if kind == "phone" and not re.fullmatch(r"\+447700900\d{3}|\+44(2079460|1134960|1614960|1174960|1314960|1214960|1184960|1144960|1154960|1914980)\d{3}|\+44808157\d{4}|\+441632960\d{3}", value):
        problems.append(f"phone {value} outside the drama ranges")
    if kind == "email" and not re.search(r"@([\w-]+\.)*example\.(com|org|net|co\.uk|ac\.uk|nhs\.uk)$", value):
        problems.append(f"email {value} outside example domains")
    if kind == "ip_address":
        ip = ipaddress.ip_address(value)
        nets = ["192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32"]
        if not any(ip in ipaddress.ip_network(n) for n in nets):
            problems.append(f"IP {value} not documentation range")
    return problems


class Doc:
    """One document: renders markup, and gathers labels and the residual text."""

    def __init__(self, name: str):
        self.name = name
        self.names: list[str] = []
        self.categories: set[str] = set()
        self.ids: list[list[str]] = []
        self.residual: list[str] = []
        self.rendered: list[str] = []
        self.problems: list[str] = []

    def r(self, text: str) -> str:
        out, rest, pos = [], [], 0
        for m in MARKUP.finditer(text):
            out.append(text[pos:m.start()])
            rest.append(text[pos:m.start()])
            pos = m.end()
            if m["name"] is not None:
                name = " ".join(m["name"].split())
                if name.split()[0].rstrip(".") in TITLES:
                    self.problems.append(f"name label {name!r} starts with a title")
                if name not in self.names:
                    self.names.append(name)
                out.append(m["name"])
                rest.append(" ")
            elif m["kind"] is not None:
                kind = m["kind"]
                if kind not in KINDS:
                    self.problems.append(f"unknown kind {kind}")
                    continue
                body = m["id"]
                if m["spread"]:
                    written, value = "", body
                elif "=>" in body:
                    written, value = body.split("=>")
                else:
                    written, value = body, normalise(kind, body)
                self.label_id(kind, value)
                out.append(written)
                rest.append(" ")
            elif m["cat"] is not None:
                if m["cat"] not in CATEGORIES:
                    self.problems.append(f"unknown category {m['cat']}")
                self.categories.add(m["cat"])
                inner = self.r(m["words"])
                out.append(inner)
                rest.append(" ")
            else:
                out.append(m["dis"])
                rest.append(" ")
        out.append(text[pos:])
        rest.append(text[pos:])
        result = "".join(out)
        self.residual.append("".join(rest))
        self.rendered.append(result)
        return result

    def label_id(self, kind: str, value: str) -> None:
        self.problems += check_id(kind, value)
        if [kind, value] not in self.ids:
            self.ids.append([kind, value])

    def label(self) -> dict:
        return {
            "doc": self.name,
            "names": self.names,
            "categories": [c for c in CATEGORIES if c in self.categories],
            "ids": self.ids,
        }


# ---------------------------------------------------------------- writers

EPOCH = (2026, 3, 2, 9, 0, 0)


def zipped(entries: list[tuple[str, bytes]], stored_first: bool = False) -> bytes:
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for i, (name, data) in enumerate(entries):
            info = zipfile.ZipInfo(name, EPOCH)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_STORED if (stored_first and i == 0) else zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buf.getvalue()


def x(text: str) -> str:
    return html.escape(text, quote=True)


def plain(d: Doc, text: str) -> bytes:
    return d.r(text).encode("utf-8")


def delimited(d: Doc, rows: list[list[str]], sep: str) -> bytes:
    lines = []
    for row in rows:
        cells = []
        for cell in row:
            v = d.r(str(cell))
            if sep == "," and any(c in v for c in ',"\n'):
                v = '"' + v.replace('"', '""') + '"'
            cells.append(v)
        lines.append(sep.join(cells))
    return ("\r\n" if sep == "," else "\n").join(lines).encode("utf-8") + (b"\r\n" if sep == "," else b"\n")


def rendered_json(d: Doc, value):
    if isinstance(value, str):
        return d.r(value)
    if isinstance(value, list):
        return [rendered_json(d, v) for v in value]
    if isinstance(value, dict):
        return {k: rendered_json(d, v) for k, v in value.items()}
    return value


def json_doc(d: Doc, value) -> bytes:
    return (json.dumps(rendered_json(d, value), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def jsonl_doc(d: Doc, records: list) -> bytes:
    return "".join(json.dumps(rendered_json(d, r), ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def html_doc(d: Doc, title: str, blocks: list) -> bytes:
    """blocks: ("h", text) | ("p", text) | ("table", rows) | ("dl", pairs)."""
    parts = [f"<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head><meta charset=\"utf-8\"><title>{x(d.r(title))}</title></head>\n<body>"]
    for kind, body in blocks:
        if kind == "h":
            parts.append(f"<h2>{x(d.r(body))}</h2>")
        elif kind == "p":
            parts.append(f"<p>{x(d.r(body))}</p>")
        elif kind == "table":
            rows = ["<table>"]
            for i, row in enumerate(body):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{x(d.r(c))}</{tag}>" for c in row) + "</tr>")
            rows.append("</table>")
            parts.append("\n".join(rows))
        elif kind == "dl":
            parts.append("<dl>" + "".join(f"<dt>{x(d.r(k))}</dt><dd>{x(d.r(v))}</dd>" for k, v in body) + "</dl>")
    parts.append("</body>\n</html>\n")
    return "\n".join(parts).encode("utf-8")


def rtf_doc(d: Doc, paragraphs: list[str]) -> bytes:
    def esc(s: str) -> str:
        out = []
        for ch in s:
            if ch in "\\{}":
                out.append("\\" + ch)
            elif ord(ch) > 127:
                n = ord(ch)
                out.append(f"\\u{n if n < 32768 else n - 65536}?")
            else:
                out.append(ch)
        return "".join(out)

    body = "\n".join(f"\\pard {esc(d.r(p))}\\par" for p in paragraphs)
    return ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Calibri;}}\\f0\\fs22\n" + body + "\n}\n").encode("ascii")


def pdf_doc(d: Doc, lines: list[str], per_page: int = 46) -> bytes:
    texts = [d.r(line) for line in lines]
    pages = [texts[i:i + per_page] for i in range(0, len(texts), per_page)] or [[]]
    objects: list[bytes] = []
    kids = []
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, then page/content pairs
    for i, page in enumerate(pages):
        stream = ["BT", "/F1 10 Tf", "13 TL", "56 790 Td"]
        for t in page:
            enc = t.encode("cp1252")
            esc = enc.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            stream.append("(" + esc.decode("latin-1") + ") Tj T*")
        stream.append("ET")
        data = "\n".join(stream).encode("latin-1")
        page_no, content_no = 4 + 2 * i, 5 + 2 * i
        kids.append(f"{page_no} 0 R")
        objects.append((page_no, f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {content_no} 0 R >>".encode()))
        objects.append((content_no, b"<< /Length " + str(len(data)).encode() + b" >>\nstream\n" + data + b"\nendstream"))
    head = [
        (1, b"<< /Type /Catalog /Pages 2 0 R >>"),
        (2, f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {n_pages} >>".encode()),
        (3, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
    ]
    allobj = sorted(head + objects)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for num, body in allobj:
        offsets.append(len(out))
        out += f"{num} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(allobj) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(allobj) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def qp(text: str) -> str:
    return quopri.encodestring(text.replace("\n", "\r\n").encode("utf-8")).decode("ascii")


def b64(data: bytes) -> str:
    return base64.encodebytes(data).decode("ascii")


def header_word(d: Doc, text: str) -> str:
    """A header value; a non-ASCII display name or subject as an RFC 2047 encoded word."""
    t = d.r(text)

    def word(s: str) -> str:
        return "=?UTF-8?B?" + base64.b64encode(s.encode()).decode() + "?="

    if "<" not in t:
        return t if t.isascii() else word(t)
    return re.sub(r"([^<>,]+?)\s*<", lambda m: m.group(0) if m.group(1).isascii() else " " * (m.group(1)[0] == " ") + word(m.group(1).strip()) + " <", t)


def mail(d: Doc, headers: list[tuple[str, str]], text: str, html_body: str | None = None,
         attachments: list[tuple[str, str, bytes]] = (), boundary: str = "b1") -> str:
    """One RFC 5322 message; header values are rendered (Message-ID left raw)."""
    lines = []
    for k, v in headers:
        lines.append(f"{k}: {v if k in ('Message-ID', 'In-Reply-To', 'References', 'Date') else header_word(d, v)}")
    lines.append("MIME-Version: 1.0")
    body_text = d.r(text)
    if html_body is None and not attachments:
        lines.append("Content-Type: text/plain; charset=utf-8")
        lines.append("Content-Transfer-Encoding: quoted-printable")
        return "\r\n".join(lines) + "\r\n\r\n" + qp(body_text)
    alt = None
    if html_body is not None:
        alt_b = f"=_alt_{boundary}"
        alt = (f"Content-Type: multipart/alternative; boundary=\"{alt_b}\"\r\n\r\n"
               f"--{alt_b}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
               f"{qp(body_text)}\r\n--{alt_b}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
               f"{qp(d.r(html_body))}\r\n--{alt_b}--\r\n")
    if not attachments:
        return "\r\n".join(lines) + "\r\n" + alt
    mix = f"=_mix_{boundary}"
    lines.append(f"Content-Type: multipart/mixed; boundary=\"{mix}\"")
    parts = ["\r\n".join(lines), "", "This is a multi-part message in MIME format.", ""]
    first = alt if alt else ("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + qp(body_text) + "\r\n")
    parts.append(f"--{mix}\r\n{first}")
    for fname, ctype, data in attachments:
        parts.append(f"--{mix}\r\nContent-Type: {ctype}; name=\"{fname}\"\r\nContent-Disposition: attachment; filename=\"{fname}\"\r\n"
                     f"Content-Transfer-Encoding: base64\r\n\r\n{b64(data)}")
    parts.append(f"--{mix}--\r\n")
    return "\r\n".join(parts)


def mbox(messages: list[tuple[str, str, str]]) -> bytes:
    """messages: (envelope sender, envelope date, message text)."""
    out = []
    for sender, date, msg in messages:
        body = re.sub(r"^From ", ">From ", msg.replace("\r\n", "\n"), flags=re.M)
        out.append(f"From {sender} {date}\n{body.rstrip()}\n\n")
    return "".join(out).encode("utf-8")


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{x(text)}</w:t></w:r>'


def docx(d: Doc, author: str, blocks: list, header: str = "", footer: str = "") -> bytes:
    """blocks: ("h"|"p", text) | ("p", text, footnote) | ("table", rows) | ("box", text)
    | ("comment", anchored text, comment text, comment author)."""
    body, comments, footnotes = [], [], []
    for b in blocks:
        kind = b[0]
        if kind in ("h", "p"):
            style = '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' if kind == "h" else ""
            extra = ""
            if len(b) > 2:
                fid = len(footnotes) + 1
                footnotes.append(f'<w:footnote w:id="{fid}"><w:p>{run(d.r(b[2]))}</w:p></w:footnote>')
                extra = f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>'
            body.append(f"<w:p>{style}{run(d.r(b[1]))}{extra}</w:p>")
        elif kind == "table":
            rows = "".join("<w:tr>" + "".join(f"<w:tc><w:p>{run(d.r(c))}</w:p></w:tc>" for c in row) + "</w:tr>" for row in b[1])
            body.append(f"<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/></w:tblPr>{rows}</w:tbl>")
        elif kind == "box":
            body.append('<w:p><w:r><w:pict><v:shape style="width:300pt;height:80pt"><v:textbox><w:txbxContent>'
                        + "".join(f"<w:p>{run(d.r(line))}</w:p>" for line in b[1].split("\n"))
                        + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>")
        elif kind == "comment":
            cid = len(comments)
            comments.append(f'<w:comment w:id="{cid}" w:author="{x(d.r(b[3]))}" w:date="2026-03-02T09:00:00Z" w:initials="">'
                            f"<w:p>{run(d.r(b[2]))}</w:p></w:comment>")
            body.append(f'<w:p><w:commentRangeStart w:id="{cid}"/>{run(d.r(b[1]))}<w:commentRangeEnd w:id="{cid}"/>'
                        f'<w:r><w:commentReference w:id="{cid}"/></w:r></w:p>')
    sect = '<w:sectPr>' + ('<w:headerReference w:type="default" r:id="rIdH"/>' if header else "") + \
        ('<w:footerReference w:type="default" r:id="rIdF"/>' if footer else "") + "</w:sectPr>"
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}{sect}</w:body></w:document>'
    rels = ['<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    types = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
             '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
             '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    parts = [("word/document.xml", document)]
    parts.append(("word/styles.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>'))
    if header:
        parts.append(("word/header1.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W}><w:p>{run(d.r(header))}</w:p></w:hdr>'))
        rels.append('<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        types.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
    if footer:
        parts.append(("word/footer1.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W}><w:p>{run(d.r(footer))}</w:p></w:ftr>'))
        rels.append('<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        types.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
    if comments:
        parts.append(("word/comments.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {W}>{"".join(comments)}</w:comments>'))
        rels.append('<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        types.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
    if footnotes:
        sep = '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        parts.append(("word/footnotes.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>{sep}{"".join(footnotes)}</w:footnotes>'))
        rels.append('<Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>')
        types.append('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:creator>{x(d.r(author))}</dc:creator><cp:lastModifiedBy>{x(d.r(author))}</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-02T09:00:00Z</dcterms:created></cp:coreProperties>')
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                     + "".join(types) + "</Types>")
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                + "".join(rels) + "</Relationships>")
    entries = [("[Content_Types].xml", content_types), ("_rels/.rels", root_rels), ("docProps/core.xml", core),
               ("word/_rels/document.xml.rels", doc_rels)] + parts
    return zipped([(n, s.encode("utf-8")) for n, s in entries])


def serial(iso: str) -> int:
    return (dt.date.fromisoformat(iso) - dt.date(1899, 12, 30)).days


def col(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, rem = divmod(i - 1, 26)
        s = chr(65 + rem) + s
    return s


class DateCell:
    """A date typed as a date; a date of birth is labelled."""

    def __init__(self, iso: str, dob: bool = False):
        self.iso, self.dob = iso, dob


def dob(iso: str) -> DateCell:
    return DateCell(iso, True)


def date(iso: str) -> DateCell:
    return DateCell(iso, False)


def xlsx(d: Doc, sheets: list[tuple[str, list[list]]]) -> bytes:
    shared: list[str] = []
    index: dict[str, int] = {}
    sheet_xml = []
    for _, rows in sheets:
        out = []
        for r_i, row in enumerate(rows):
            cells = []
            for c_i, v in enumerate(row):
                ref = f"{col(c_i)}{r_i + 1}"
                if v is None or v == "":
                    continue
                if isinstance(v, DateCell):
                    if v.dob:
                        d.label_id("date_of_birth", v.iso)
                    cells.append(f'<c r="{ref}" s="1"><v>{serial(v.iso)}</v></c>')
                elif isinstance(v, (int, float)):
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    t = d.r(v)
                    if t not in index:
                        index[t] = len(shared)
                        shared.append(t)
                    cells.append(f'<c r="{ref}" t="s"><v>{index[t]}</v></c>')
            out.append(f'<row r="{r_i + 1}">{"".join(cells)}</row>')
        sheet_xml.append('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                         f'<sheetData>{"".join(out)}</sheetData></worksheet>')
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {ns}><sheets>'
                + "".join(f'<sheet name="{x(name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (name, _) in enumerate(sheets))
                + "</sheets></workbook>")
    n = len(sheets)
    wb_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               + "".join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(n))
               + f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
               + f'<Relationship Id="rId{n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
    sst = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(shared)}" uniqueCount="{len(shared)}">'
           + "".join(f'<si><t xml:space="preserve">{x(s)}</t></si>' for s in shared) + "</sst>")
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
              '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
             + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(n))
             + '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
             '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>')
    root = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    entries = [("[Content_Types].xml", types), ("_rels/.rels", root), ("xl/workbook.xml", workbook),
               ("xl/_rels/workbook.xml.rels", wb_rels), ("xl/sharedStrings.xml", sst), ("xl/styles.xml", styles)]
    entries += [(f"xl/worksheets/sheet{i + 1}.xml", s) for i, s in enumerate(sheet_xml)]
    return zipped([(n_, s.encode("utf-8")) for n_, s in entries])


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')


def odf(d: Doc, mimetype: str, body: str, author: str = "") -> bytes:
    content = f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODF_NS}><office:body>{body}</office:body></office:document-content>'
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ODF_NS}><office:meta>'
            + (f"<dc:creator>{x(d.r(author))}</dc:creator>" if author else "")
            + "<meta:creation-date>2026-03-02T09:00:00</meta:creation-date></office:meta></office:document-meta>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    return zipped([("mimetype", mimetype.encode()), ("content.xml", content.encode()), ("meta.xml", meta.encode()),
                   ("META-INF/manifest.xml", manifest.encode())], stored_first=True)


def odt(d: Doc, blocks: list, author: str = "") -> bytes:
    """blocks: ("h"|"p", text) | ("table", rows)."""
    out = []
    for b in blocks:
        if b[0] == "h":
            out.append(f'<text:h text:outline-level="1">{x(d.r(b[1]))}</text:h>')
        elif b[0] == "p":
            out.append(f"<text:p>{x(d.r(b[1]))}</text:p>")
        else:
            rows = "".join("<table:table-row>" + "".join(f"<table:table-cell><text:p>{x(d.r(c))}</text:p></table:table-cell>" for c in row)
                           + "</table:table-row>" for row in b[1])
            out.append(f'<table:table table:name="T{len(out)}">{rows}</table:table>')
    return odf(d, "application/vnd.oasis.opendocument.text", f"<office:text>{''.join(out)}</office:text>", author)


def ods(d: Doc, sheets: list[tuple[str, list[list]]], author: str = "") -> bytes:
    tables = []
    for name, rows in sheets:
        out = []
        for row in rows:
            cells = []
            for v in row:
                if isinstance(v, DateCell):
                    if v.dob:
                        d.label_id("date_of_birth", v.iso)
                    shown = dt.date.fromisoformat(v.iso).strftime("%d/%m/%Y")
                    cells.append(f'<table:table-cell office:value-type="date" office:date-value="{v.iso}"><text:p>{shown}</text:p></table:table-cell>')
                elif isinstance(v, (int, float)):
                    cells.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
                else:
                    cells.append(f'<table:table-cell office:value-type="string"><text:p>{x(d.r(v))}</text:p></table:table-cell>')
            out.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
        tables.append(f'<table:table table:name="{x(name)}">{"".join(out)}</table:table>')
    return odf(d, "application/vnd.oasis.opendocument.spreadsheet", f"<office:spreadsheet>{''.join(tables)}</office:spreadsheet>", author)


# ---------------------------------------------------------------- documents

DOCUMENTS: list = []


def document(fn):
    DOCUMENTS.append(fn)
    return fn


# (documents are defined below, one function per file: fn(Doc) -> (file name, bytes))

# ---- a prison healthcare unit (HMP Thornbury Vale)


@document
def phc_reception_screening__docx(d):
    return docx(d, "<<Oluwaseun Adeyemi-Clarke>>", [
        ("h", "Reception health screen — first night"),
        ("table", [
            ["Prisoner", "<<KOWALCZYK, Dariusz>>"],
            ["Prison number", "A4821CX"],
            ["D.O.B.", "[[date_of_birth:14-Feb-89=>1989-02-14]]"],
            ["NHS number", "[[nhs_number:999 014 2300]]"],
            ["Wing", "{{Houseblock 2, Landing 3}}"],
            ["Screened by", "<<Oluwaseun Adeyemi-Clarke>>, Band 5 nurse"],
        ]),
        ("p", "Mr <<Kowalczyk>> was received from {{Bristol Magistrates' Court}} on remand and reports ((health:daily heroin use and a prescription of 60 mg methadone from his community drug service)).",
         "Community prescription confirmed by phone with the {{Brunel Recovery Hub}} pharmacist."),
        ("p", "He disclosed ((health:hepatitis C, diagnosed in 2022 and untreated)). Blood-borne virus testing offered and accepted."),
        ("comment", "Cell-share risk assessment: no concerns noted at reception.", "Please check this against the CSRA — <<Dariusz>> told the officer he had a fight on his last sentence.", "<<Nadia Rahmani>>"),
        ("p", "Next of kin: <<Agnieszka Kowalczyk>> (sister), [[phone:07700 900418]]."),
        ("box", "Alert: opiate substitution — do not miss the 08:15 dose.\nPrescriber: Dr <<Tomasz Wiśniewski>>"),
        ("p", "Second-night review booked with <<Nadia Rahmani>> (substance misuse nurse)."),
    ], header="HMP Thornbury Vale Healthcare — OFFICIAL-SENSITIVE", footer="Healthcare reception, [[phone:0117 496 0231]] · Thornbury Vale, Gloucestershire [[uk_postcode:GL12 8QT]]")


@document
def phc_medication_round__csv(d):
    rows = [["prisoner", "prison_no", "dob", "wing", "medicine", "time", "given_by"],
            ["<<OKONKWO, Chidi>>", "A1937RT", "[[date_of_birth:1976-09-30]]", "H2", "((health:Lithium carbonate 400 mg))", "08:15", "<<Siobhán Ní Bhriain>>"],
            ["<<HUSSAIN, Imran>>", "A6620LM", "[[date_of_birth:1993-01-05]]", "H2", "((health:Sertraline 100 mg))", "08:15", "<<Siobhán Ní Bhriain>>"],
            ["<<PETRESCU, Ionuț>>", "A2244KD", "[[date_of_birth:1984-11-22]]", "H3", "((health:Insulin glargine 24 units))", "08:20", "<<Siobhán Ní Bhriain>>"],
            ["<<McALLISTER, Ross>>", "A9013PB", "[[date_of_birth:2001-06-17]]", "H3", "((health:Buprenorphine 16 mg supervised))", "08:25", "<<Gethin Pryce>>"],
            ["<<ABDI, Hodan>>", "A5511WN", "[[date_of_birth:1998-03-03]]", "H4", "Refused — officer informed", "08:30", "<<Gethin Pryce>>"]]
    return delimited(d, rows, ",")


@document
def phc_hospital_escort__eml(d):
    att = "\n".join([
        "ESCORT RISK ASSESSMENT (summary)",
        "Prisoner: <<Leroy Fontaine-Baptiste>>, A3308HJ",
        "DOB: [[date_of_birth:7/11/1968=>1968-11-07]]   NHS: [[nhs_number:9995521601]]",
        "Hospital: {{Southmead}} cardiology, outpatient",
        "Reason: ((health:suspected unstable angina, ECG changes on 27 February))",
        "Restraints: single cuff, reviewed by Mr <<Fenwick>> (Head of Security)",
    ])
    return mail(d, [
        ("From", "<<Harriet Okoro>> <[[email:harriet.okoro@thornburyvale.example.nhs.uk]]>"),
        ("To", "Escorts Desk <[[email:escorts@thornburyvale.example.org]]>"),
        ("Cc", "<<Callum Fenwick>> <[[email:c.fenwick@thornburyvale.example.org]]>"),
        ("Subject", "Outside hospital appointment Thursday - A3308HJ"),
        ("Date", "Mon, 02 Mar 2026 10:14:00 +0000"),
        ("Message-ID", "<escort-0302@thornburyvale.example.org>"),
    ], "Hi all,\n\nPlease can we have a two-officer escort for <<Leroy Fontaine-Baptiste>> on Thursday 5 March, 09:40 at the cardiology clinic. "
       "He has been ((health:getting chest pain on exertion and is on a GTN spray)).\n\nRisk assessment attached. <<Callum>> — can you sign off the restraint decision?\n\n"
       "Thanks,\n<<Harriet>>\nHealthcare Manager, HMP Thornbury Vale\n[[phone:0117 496 0219]]\n",
       "<p>Hi all,</p><p>Please can we have a two-officer escort for <b><<Leroy Fontaine-Baptiste>></b> on Thursday 5 March, 09:40 at the cardiology clinic. "
       "He has been ((health:getting chest pain on exertion and is on a GTN spray)).</p><p>Risk assessment attached. <<Callum>> &mdash; can you sign off the restraint decision?</p>"
       "<p>Thanks,<br><<Harriet>><br>Healthcare Manager, HMP Thornbury Vale<br>[[phone:0117 496 0219]]</p>",
       [("escort-risk-A3308HJ.txt", "text/plain", d.r(att).encode())], boundary="phc7")


@document
def phc_clinic_list__tsv(d):
    rows = [["Clinic", "Date", "Patient", "Number", "Reason", "Clinician"],
            ["Dental", "03/03/2026", "<<Wei Zhang>>", "A7702QS", "((health:abscess, lower left 6))", "<<Priya Venkataraman>>"],
            ["Dental", "03/03/2026", "<<Kieran O'Dowd>>", "A1189FE", "Check-up (referral ref {{999 027 1234}})", "<<Priya Venkataraman>>"],
            ["Mental health in-reach", "04/03/2026", "<<Jean-Paul Mbemba>>", "A4470NN", "((health:ACCT review, self-harm last week))", "<<Ffion Llewellyn>>"],
            ["Optician", "04/03/2026", "<<Stanisław Dudek>>", "A3027GA", "Reading glasses", "{{Thornbury Eyecare}}"],
            ["GP", "05/03/2026", "<<Ahmet Yıldız>>", "A8154UV", "((health:epilepsy — two seizures on the wing))", "Dr <<Tomasz Wiśniewski>>"]]
    return delimited(d, rows, "\t")


@document
def phc_fingerprint_dispensing__json(d):
    return json_doc(d, {
        "system": "MedSecure kiosk 3.2 — Healthcare, {{Houseblock 4}}",
        "exported": "2026-03-02T07:55:00Z",
        "kioskAddress": "[[ip_address:192.0.2.61]]",
        "enrolments": [
            {"prisonerName": "<<Mehmet Arslan>>", "prisonNo": "A2391TB", "template": "((biometric:right index fingerprint, 2 captures))",
             "medication": "((health:Pregabalin 150 mg in-possession, weekly))", "enrolledBy": "<<Joanne Threlfall>>"},
            {"prisonerName": "<<Darnell Whyte>>", "prisonNo": "A6058YC", "template": "((biometric:left thumb fingerprint, 3 captures))",
             "medication": "((health:Paracetamol 500 mg))", "enrolledBy": "<<Joanne Threlfall>>"},
            {"prisonerName": "<<Rhys ap Dafydd>>", "prisonNo": "A0902KL", "template": "Declined enrolment — manual ID check with photo card",
             "medication": "((health:Omeprazole 20 mg))", "enrolledBy": "<<Joanne Threlfall>>"},
        ],
        "support": "Kiosk faults: [[email:medsecure-support@example.com]]",
    })


@document
def phc_complaint_reply__pdf(d):
    return pdf_doc(d, [
        "HMP Thornbury Vale Healthcare",
        "Healthcare Complaints, Thornbury Vale, [[uk_postcode:GL12 8QT]] | [[phone:0117 496 0240]]",
        "",
        "Our ref: HC/2026/0117",
        "Mr <<Bartholomew Ansah>> (A5126MZ), Houseblock 1",
        "",
        "Dear Mr <<Ansah>>,",
        "",
        "Thank you for your COMP1 form of 16 February about the delay to your hospital follow-up.",
        "I am sorry that ((health:your knee replacement review)) was cancelled twice because no escort was available.",
        "The orthopaedic clinic at {{Frenchay Road}} has offered 19 March and we have booked the escort.",
        "You also asked about ((health:your blood pressure tablets (amlodipine 10 mg))); the GP has reviewed them",
        "and they will stay the same.",
        "",
        "If you are not happy with this reply you can ask the Prisons and Probation Ombudsman to look at it.",
        "",
        "Yours sincerely,",
        "<<Harriet Okoro>>",
        "Healthcare Manager",
        "",
        "cc: <<Gwen Treharne>>, Patient Advice and Liaison",
    ])


@document
def phc_substance_misuse_review__md(d):
    return plain(d, """# Integrated substance misuse team — 12-week reviews

| Client | No. | DOB | Plan | Key worker |
|---|---|---|---|---|
| <<Connor Mulhern>> | A3315XP | [[date_of_birth:08/08/1990=>1990-08-08]] | ((health:methadone reduction 40 → 30 ml)) | <<Beatriz Sousa>> |
| <<Tyrese Campbell-Whyte>> | A7064QG | [[date_of_birth:21.12.1995=>1995-12-21]] | ((health:psychosocial only, spice use in custody)) | <<Beatriz Sousa>> |
| <<Mohammed Zubair Iqbal>> | A2286EW | [[date_of_birth:1987-04-26]] | ((health:alcohol detox completed, relapse plan)) | <<Lukas Nowicki>> |

## Notes

- <<Connor>> asked to move to the drug recovery wing; supported.
- Mr <<Iqbal>> asked for a Muslim chaplain visit during ((religious_belief:Ramadan, as he is fasting)); referred to the {{Chaplaincy}}.
- Peer mentor <<Jake Sorensen>> (A1170HN) to co-facilitate the {{SMART Recovery}} group on Wednesdays.

Review chaired by <<Lukas Nowicki>>, team leader. Next reviews: 30 March.
""")


@document
def phc_staff_vetting__xlsx(d):
    return xlsx(d, [
        ("Staff", [
            ["Name", "Role", "Date of birth", "NI number", "Vetting", "Union"],
            ["<<Siobhán Ní Bhriain>>", "Pharmacy technician", dob("1985-07-19"), "[[uk_nino:QQ 12 58 47 A]]", "SC cleared", "((trade_union:UNISON member))"],
            ["<<Gethin Pryce>>", "Healthcare assistant", dob("1979-02-02"), "[[uk_nino:QQ445102B]]", "SC cleared; ((biometric:fingerprint enrolled on the key vault))", ""],
            ["<<Ffion Llewellyn>>", "Mental health nurse", dob("1991-10-11"), "[[uk_nino:QQ 30 77 12 C]]", "Pending", "((trade_union:RCN rep))"],
            ["<<Joanne Threlfall>>", "Nurse", dob("1969-05-30"), "[[uk_nino:QQ908813D]]", "SC cleared", ""],
        ]),
        ("Bank details", [
            ["Name", "Sort code", "Account", "Paid"],
            ["<<Gethin Pryce>>", "[[=uk_bank_account:309921:41268830]]30-99-21", 41268830, "Monthly"],
            ["<<Joanne Threlfall>>", "[[=uk_bank_account:401276:55019824]]40-12-76", 55019824, "Monthly"],
        ]),
        ("Form", [
            ["Completed by", "<<Oluwaseun Adeyemi-Clarke>>"],
            ["Checked", date("2026-02-27")],
            ["Contact", "[[email:vetting@thornburyvale.example.org]]"],
        ]),
    ])


@document
def policy_prison_healthcare_confidentiality__txt(d):
    return plain(d, """HMP Thornbury Vale Healthcare — Confidentiality and information sharing in custody

1. Purpose
Health information about people in prison is special category data. Healthcare staff share it with
prison staff only when it is needed to keep someone safe, and only as much as is needed.

2. What we do not share
Diagnoses, medicines, test results for blood-borne viruses, sexual health, mental health history and
substance misuse treatment are not shared with wing staff. An officer may be told that a person needs
to attend a clinic, or that an ACCT review is due, without the reason.

3. Faith, ethnicity and sexual orientation
Details recorded for equality monitoring or for chaplaincy referrals are held separately and are not
part of the clinical record.

4. Biometric dispensing
Fingerprint kiosks hold a template, not an image. Anyone may decline enrolment and be identified by
photo card instead.

5. Requests
Requests from the police, courts or solicitors go to the Healthcare Manager and are logged.
""")


# ---- a council adult social care safeguarding team (Calderbrook Council)


@document
def asc_section42_enquiry__docx(d):
    return docx(d, "<<Marisol Etxeberria>>", [
        ("h", "Section 42 enquiry — outcome report"),
        ("table", [
            ["Adult at risk", "<<Florence Adebayo-Hurst>>"],
            ["Date of birth", "[[date_of_birth:born on the 9th of January 1941=>1941-01-09]]"],
            ["Address", "{{Fieldhead Court}}, Calderbrook [[uk_postcode:HX3 7PD]]"],
            ["NHS no.", "[[nhs_number:9992718900]]"],
            ["Enquiry officer", "<<Marisol Etxeberria>>"],
        ]),
        ("p", "Mrs <<Adebayo-Hurst>> has ((health:vascular dementia and a recent fractured wrist)) and lives alone with a package of four calls a day.",
         "Care provider: {{Bright Horizons Homecare}}, whose registered manager attended the strategy meeting."),
        ("p", "The concern was raised by her son, <<Kwame Hurst>>, who found bank statements showing cash withdrawals of £2,600 over six weeks."),
        ("p", "Outcome: the care worker <<Dean Ashworth>> was ((criminal_offence:arrested on 24 February on suspicion of theft by employee and has been bailed)); he is suspended by the provider."),
        ("comment", "Risk reduced — cash card cancelled, lasting power of attorney being registered.", "Has <<Kwame>> confirmed he will register the LPA? Chase before closure.", "<<Lindiwe Mokoena>>"),
        ("box", "Making Safeguarding Personal — desired outcome in her words:\n\u201cI want to stay in my own home and I want my money back.\u201d"),
        ("p", "Closing summary agreed with <<Florence>> on 27 February 2026."),
    ], header="Calderbrook Council — Adult Social Care — OFFICIAL-SENSITIVE", footer="Safeguarding Adults Hub, [[phone:0113 496 0572]], [[email:safeguardingadults@calderbrook.example.org]]")


@document
def asc_referrals__jsonl(d):
    return jsonl_doc(d, [
        {"referralId": "SA-26-00411", "received": "2026-02-23T11:02:00Z", "adultAtRisk": {"forename": "<<Bogdan>>", "surname": "<<Mazur>>", "dob": "[[date_of_birth:1958-06-14]]"},
         "ethnicity": "((racial_ethnic_origin:White - Any other White background (Polish)))", "concern": "((health:Self-neglect, alcohol-related liver disease))", "referrerName": "PC <<Hannah Broadbent>>", "referrerPhone": "[[phone:07700 900771]]"},
        {"referralId": "SA-26-00412", "received": "2026-02-23T14:40:00Z", "adultAtRisk": {"forename": "<<Precious>>", "surname": "<<Nwachukwu>>", "dob": "[[date_of_birth:2003-10-01]]"},
         "ethnicity": "((racial_ethnic_origin:Black or Black British - African))", "concern": "((sex_life_orientation:Sexual exploitation — older men collecting her from supported living)); ((health:learning disability))", "referrerName": "<<Ayesha Siddiqui>>", "referrerPhone": "[[phone:0113 496 0588]]"},
        {"referralId": "SA-26-00413", "received": "2026-02-24T09:15:00Z", "adultAtRisk": {"forename": "<<Harold>>", "surname": "<<Pickersgill>>", "dob": "[[date_of_birth:1936-12-25]]"},
         "ethnicity": "Not stated", "concern": "Neighbour dispute over a boundary fence — not safeguarding, signposted to {{Calderbrook Mediation}}", "referrerName": "<<Joan Pickersgill>>", "referrerPhone": "[[phone:07700 900772]]"},
    ])


@document
def asc_strategy_meeting__md(d):
    return plain(d, """# Strategy meeting — SA-26-00412

**Date:** 26 February 2026, 10:00 (Teams)

| Attendee | Agency |
|---|---|
| <<Ayesha Siddiqui>> | Supported living manager, {{Larkspur House}} |
| DC <<Gareth Hollins>> | Police — Exploitation team |
| <<Lindiwe Mokoena>> | Safeguarding adults practice lead (chair) |
| <<Tendai Chikwanha>> | Community learning disability nurse |

## Discussion

<<Precious>> has ((health:a moderate learning disability and epilepsy)). Staff have seen her get into cars with men they do not know;
she told <<Tendai>> she has ((sex_life_orientation:a boyfriend who gives her cannabis and expects sex)). DC <<Hollins>> confirmed one vehicle
is linked to ((criminal_offence:a man, <<Lewis Garside>>, charged last year with controlling prostitution for gain)).

## Actions

1. Mental capacity assessment on relationships and sex — <<Tendai>>, by 6 March.
2. DC <<Hollins>> to consider applying for a Sexual Risk Order.
3. <<Ayesha>> to review the door entry log.

Next meeting: 12 March. Minutes: <<Lindiwe>>.
""")


@document
def asc_case_notes__rtf(d):
    return rtf_doc(d, [
        "CALDERBROOK COUNCIL \u2014 ADULT SOCIAL CARE CASE NOTES",
        "Person: <<Gurpreet Kaur Sandhu>>    DOB: [[date_of_birth:03/04/1951=>1951-04-03]]    NHS: [[nhs_number:999 305 7800]]",
        "02/03/2026 Home visit by <<Zofia Górecka>> (social worker). Mrs <<Sandhu>> was tearful. Her daughter-in-law has been taking her pension.",
        "She says she wants to keep going to ((religious_belief:the gurdwara on Sundays, where she does seva in the langar)) and that is where she feels safe.",
        "She has ((health:type 2 diabetes and macular degeneration, and uses a white cane)).",
        "Interpreter (Punjabi) booked through {{Language Link}} for the next visit.",
        "Contact: son <<Harjit Singh Sandhu>> [[phone:07700 900784]]; he is aware of the concern.",
        "Signed: <<Z. Górecka>>",
    ])


@document
def asc_mailbox__mbox(d):
    m1 = mail(d, [
        ("From", "<<Rosalind Egerton-Smythe>> <[[email:r.egerton-smythe@example.co.uk]]>"),
        ("To", "Safeguarding Adults <[[email:safeguardingadults@calderbrook.example.org]]>"),
        ("Subject", "Concern about my neighbour"),
        ("Date", "Tue, 24 Feb 2026 19:02:11 +0000"),
        ("Message-ID", "<8812.neighbour@example.co.uk>"),
    ], "Hello,\n\nI am worried about the man next door, <<Desmond Achterberg>>, 34 Wrenbeck Lane. Since his wife died he has stopped eating properly "
       "and ((health:he has a pressure sore on his heel that the district nurse has not seen)). His nephew <<Aaron>> comes round for his cash card.\n\n"
       "I am on [[phone:07700 900815]] if you need me.\n\n<<Rosalind Egerton-Smythe>>\n", boundary="m1")
    m2 = mail(d, [
        ("From", "Safeguarding Adults <[[email:safeguardingadults@calderbrook.example.org]]>"),
        ("To", "<<Rosalind Egerton-Smythe>> <[[email:r.egerton-smythe@example.co.uk]]>"),
        ("Subject", "RE: Concern about my neighbour"),
        ("Date", "Wed, 25 Feb 2026 08:47:30 +0000"),
        ("Message-ID", "<sa-0225-01@calderbrook.example.org>"),
        ("In-Reply-To", "<8812.neighbour@example.co.uk>"),
    ], "Dear Ms <<Egerton-Smythe>>,\n\nThank you for contacting us. A social worker, <<Emeka Obi>>, will visit Mr <<Achterberg>> today with the district nurse.\n\n"
       "Kind regards,\nSafeguarding Adults Hub\n[[phone:0113 496 0572]]\n\n> I am worried about the man next door, <<Desmond Achterberg>>.\n", boundary="m2")
    m3 = mail(d, [
        ("From", "<<Emeka Obi>> <[[email:emeka.obi@calderbrook.example.org]]>"),
        ("To", "Safeguarding Adults <[[email:safeguardingadults@calderbrook.example.org]]>"),
        ("Subject", "RE: Concern about my neighbour - visit done"),
        ("Date", "Wed, 25 Feb 2026 16:20:05 +0000"),
        ("Message-ID", "<sa-0225-02@calderbrook.example.org>"),
        ("In-Reply-To", "<sa-0225-01@calderbrook.example.org>"),
    ], "Visited with the district nurse. <<Desmond>> has ((health:a grade 3 pressure ulcer and is low in mood)); admitted to {{St Luke's}} ward 7 for wound care. "
       "Nephew <<Aaron Achterberg>> not present. I'll open a section 42 enquiry on the cash card.\n\n<<Emeka>>\n", boundary="m3")
    return mbox([("r.egerton-smythe@example.co.uk", "Tue Feb 24 19:02:11 2026", m1),
                 ("safeguardingadults@calderbrook.example.org", "Wed Feb 25 08:47:30 2026", m2),
                 ("emeka.obi@calderbrook.example.org", "Wed Feb 25 16:20:05 2026", m3)])


@document
def asc_financial_abuse__xlsx(d):
    return xlsx(d, [
        ("Summary", [
            ["Case", "SA-26-00388"],
            ["Adult", "Mrs <<Evangeline Thorogood>>"],
            ["DOB", dob("1939-08-12")],
            ["Appointee", "<<Clive Thorogood>> (son)"],
            ["Investigator", "<<Maryam Choudhury>>"],
            ["Loss estimate (£)", 18450],
        ]),
        ("Accounts", [
            ["Holder", "Bank", "Sort code", "Account no.", "IBAN", "Status"],
            ["<<E. Thorogood>>", "{{Halifax}}", "[[=uk_bank_account:110542:30718266]]11-05-42", 30718266, "", "Frozen 20/02"],
            ["<<C. Thorogood>>", "{{Monzo}}", "[[=uk_bank_account:040004:62251937]]04-00-04", 62251937, "", "Recipient"],
            ["Overseas transfer", "", "", "", "[[iban:GB33 BUKB 2020 1555 5555 55]]", "Recalled"],
        ]),
        ("Transactions", [
            ["Date", "Amount", "Payee", "Card"],
            [date("2026-01-06"), 1200, "Cash withdrawal", "[[payment_card:4111 1111 1111 1111]]"],
            [date("2026-01-19"), 2500, "{{Lloyd & Garner Motors}}", "[[payment_card:4111 1111 1111 1111]]"],
            [date("2026-02-02"), 14750, "Transfer to <<C. Thorogood>>", ""],
        ]),
    ])


@document
def asc_dols_list__csv(d):
    rows = [["Surname", "Forename", "DOB", "Care home", "Authorisation", "Condition", "BIA"],
            ["<<Ellery>>", "<<Winifred>>", "[[date_of_birth:12/12/1932=>1932-12-12]]", "{{The Beeches}}", "Standard, to 30/06/2026", "((health:Alzheimer's disease, locked door and sensor mat))", "<<Olamide Fashola>>"],
            ["<<Ó Súilleabháin>>", "<<Pádraig>>", "[[date_of_birth:01/05/1947=>1947-05-01]]", "{{Moorview Lodge}}", "Urgent, 7 days", "((health:Korsakoff's syndrome))", "<<Olamide Fashola>>"],
            ["<<Venkatesh>>", "<<Lakshmi>>", "[[date_of_birth:30/09/1944=>1944-09-30]]", "{{The Beeches}}", "Refused — has capacity", "", "<<Niamh Costigan>>"],
            ["<<Brennan-Fox>>", "<<Terence>>", "[[date_of_birth:17/03/1950=>1950-03-17]]", "{{Ashgrove Nursing Home}}", "Standard, to 14/11/2026", "((health:acquired brain injury, covert medication in place))", "<<Niamh Costigan>>"]]
    return delimited(d, rows, ",")


@document
def asc_advocate_letter__odt(d):
    return odt(d, [
        ("p", "{{Calder Valley Advocacy}}, 4 Northgate, Calderbrook [[uk_postcode:HX1 2TB]] — [[phone:0113 496 0613]]"),
        ("p", "2 March 2026"),
        ("p", "Dear <<Lindiwe>>,"),
        ("p", "Re: <<Bogdan Mazur>> (SA-26-00411), D.O.B. [[date_of_birth:14.06.1958=>1958-06-14]]"),
        ("p", "I have been appointed as <<Bogdan>>'s Care Act advocate. He has asked me to tell the enquiry that he does not want to move into a care home. "
              "He accepts that ((health:his drinking has made him unwell and that he has fallen three times)), and he would like the {{Forward Leeds}} team to visit him at home."),
        ("table", [["Preferred contact", "Through his advocate"], ["Language", "Polish; English is fine for short conversations"], ["Advocate mobile", "[[phone:07700 900839]]"]]),
        ("p", "Yours sincerely,"),
        ("p", "<<Kasia Lewandowska-Reid>>, Independent Advocate"),
    ], author="<<Kasia Lewandowska-Reid>>")


@document
def training_adult_safeguarding__pdf(d):
    return pdf_doc(d, [
        "Calderbrook Safeguarding Adults Board",
        "Training handout: the six principles and section 42",
        "",
        "Empowerment, prevention, proportionality, protection, partnership, accountability.",
        "",
        "A section 42 duty arises when an adult has care and support needs, is experiencing or at risk of",
        "abuse or neglect, and because of those needs cannot protect themselves.",
        "",
        "Types of abuse include physical, sexual, psychological, financial, discriminatory, organisational,",
        "neglect and self-neglect, domestic abuse and modern slavery.",
        "",
        "Recording: write what the person said in their own words. Record a diagnosis only if it matters",
        "to the risk. Do not record someone's religion, ethnicity or sexuality unless it is relevant to the",
        "concern or the support they want.",
        "",
        "Exercise: in pairs, discuss a referral where a neighbour is worried about a man who has stopped",
        "eating after a bereavement. What would you ask? Who would you tell?",
        "",
        "Further reading: Care Act 2014 statutory guidance, chapter 14.",
    ])


# ---- a gym and personal training studio (Forge & Flow Fitness, Salford)


@document
def gym_parq_forms__csv(d):
    rows = [["Timestamp", "Full name", "Date of birth", "Mobile", "Q1 heart condition", "Q3 chest pain", "Q6 joint problem", "Medication", "Details"],
            ["2026-02-14 18:22", "<<Oyinkansola Bello>>", "[[date_of_birth:22/07/1994=>1994-07-22]]", "[[phone:07700 900102]]", "No", "No", "Yes", "No", "((health:ACL reconstruction on right knee, 2024))"],
            ["2026-02-15 09:05", "<<Callum Fitzgerald-Moore>>", "[[date_of_birth:05/11/1971=>1971-11-05]]", "[[phone:+44 7700 900103]]", "Yes", "No", "No", "Yes", "((health:atrial fibrillation, on apixaban and bisoprolol))"],
            ["2026-02-15 12:41", "<<Mei Ling Tan>>", "[[date_of_birth:19/04/2000=>2000-04-19]]", "[[phone:07700900104]]", "No", "No", "No", "No", ""],
            ["2026-02-16 07:12", "<<Dmitri Volkov>>", "[[date_of_birth:30/01/1983=>1983-01-30]]", "[[phone:07700 900105]]", "No", "No", "No", "Yes", "((health:type 1 diabetic, uses a Libre sensor)) — happy to do the {{Turkish get-up}} class"],
            ["2026-02-17 20:30", "<<Bethan Rowlands>>", "[[date_of_birth:11/09/1990=>1990-09-11]]", "[[phone:07700 900106]]", "No", "No", "No", "No", "Training for the {{Cancer Research UK}} 10k"]]
    return delimited(d, rows, ",")


@document
def gym_member_export__json(d):
    return json_doc(d, {
        "club": "Forge & Flow Fitness — Chapel Street",
        "generated": "2026-03-01T23:00:00Z",
        "members": [
            {"memberNo": 10442, "displayName": "<<Tariq Mahmood>>", "email": "[[email:tariq.mahmood@example.net]]", "mobile": "[[phone:07700 900111]]",
             "postcode": "[[uk_postcode:M3 6BN]]", "accessMethod": "((biometric:FaceGate face template enrolled 2025-09-03))", "lastVisitIp": "[[ip_address:203.0.113.45]]"},
            {"memberNo": 10443, "displayName": "<<Grace-Anne Oduya>>", "email": "[[email:graceanne.o@example.org]]", "mobile": "[[phone:07700 900112]]",
             "postcode": "[[uk_postcode:m7 4qw]]", "accessMethod": "Key fob {{4111 1111 1111 1112}}", "lastVisitIp": "[[ip_address:2001:db8:4a1::17]]"},
            {"memberNo": 10447, "displayName": "<<Ruairí Mac Giolla>>", "email": "[[email:ruairi.macgiolla@example.com]]", "mobile": "[[phone:07700 900113]]",
             "postcode": "[[uk_postcode:M5 3LX]]", "accessMethod": "((biometric:FaceGate face template enrolled 2026-01-12))", "lastVisitIp": "[[ip_address:203.0.113.46]]",
             "notes": "Card on file ending 4444 — full PAN [[payment_card:5555 5555 5555 4444]] stored in error, raise with {{Stripe}} support"},
        ],
    })


@document
def gym_pt_client_notes__md(d):
    return plain(d, """# PT client notes — coach <<Jordan Ekwueme>>

## <<Sinéad Ó Ceallaigh>>

- Goal: first pull-up; {{Arnold press}} 12 kg for 3 × 10.
- ((health:Hypermobility (EDS type 3) — avoid end-range loading; she had a shoulder subluxation in January)).
- Weigh-ins stopped at her request (((health:history of an eating disorder))).

## <<Kofi Boateng-Ellis>>

| Week | Squat | Notes |
|---|---|---|
| 1 | 80 kg | Back tight |
| 4 | 92.5 kg | ((health:Physio says L5/S1 disc bulge, keep the {{Bulgarian split squats}} instead)) |
| 6 | 97.5 kg | Good week, sleeping better |

## <<Hamza>> (trial session, surname not given)

Asked for sessions to be before sunset in March because ((religious_belief:he is fasting for Ramadan)).

Coach signature: <<J. Ekwueme>>, Level 3 PT
""")


@document
def gym_dna_fitness_report__pdf(d):
    return pdf_doc(d, [
        "HelixFit DNA Fitness Profile - prepared for Forge & Flow Fitness",
        "",
        "Client: <<Alessandro Ricci-Oyelaran>>",
        "Date of birth: [[date_of_birth:08 Mar 1992=>1992-03-08]]",
        "Kit ID: HF-77102-K   Sample received: 10 February 2026",
        "",
        "Results",
        "((genetic:ACTN3 R577X: XX genotype (no functional alpha-actinin-3)))",
        "((genetic:ACE I/D: II genotype))",
        "((genetic:COL5A1 rs12722: CT))",
        "",
        "What this means for training: endurance-leaning profile. Favour higher repetitions and",
        "longer aerobic work; build power gradually.",
        "",
        "Your coach: <<Jordan Ekwueme>> - [[email:jordan@forgeandflow.example.co.uk]]",
        "HelixFit Ltd is not a medical service. Questions: [[phone:0161 496 0330]]",
    ])


@document
def gym_direct_debits__xlsx(d):
    return xlsx(d, [
        ("March collection", [
            ["Member", "Plan", "Monthly £", "Sort code", "Account", "Start"],
            ["<<Tariq Mahmood>>", "Unlimited", 42.5, "[[=uk_bank_account:202678:13559021]]20-26-78", 13559021, date("2025-09-03")],
            ["<<Oyinkansola Bello>>", "Off-peak", 29, "[[=uk_bank_account:608371:70042815]]60-83-71", 70042815, date("2026-02-14")],
            ["<<Ruairí Mac Giolla>>", "Unlimited + PT", 119, "[[=uk_bank_account:830608:21984470]]83-06-08", 21984470, date("2026-01-12")],
        ]),
        ("Failed", [
            ["Member", "Reason", "Retry"],
            ["<<Dmitri Volkov>>", "Insufficient funds", date("2026-03-08")],
        ]),
        ("Studio account", [
            ["Payee", "Forge & Flow Fitness Ltd"],
            ["IBAN", "[[iban:GB29NWBK60161331926819]]"],
            ["Prepared by", "<<Lauren Ashcroft-Nkemelu>>"],
        ]),
    ])


@document
def gym_incident_report__txt(d):
    return plain(d, """FORGE & FLOW FITNESS — ACCIDENT / INCIDENT REPORT

Date and time: Saturday 28 February 2026, 10:47
Location: main floor, by the {{Hercules}} rig
Person involved: <<Callum Fitzgerald-Moore>> (member 10398), DOB [[date_of_birth:5/11/71=>1971-11-05]]
Reported by: <<Chantelle Onyango>>, duty manager, [[phone:0161 496 0331]]

What happened: <<Callum>> became dizzy and sat down during a rowing interval. He said ((health:his heart was racing and that he has AF)).
He was pale but talking. First aider <<Marek Zieliński>> stayed with him and called 999 at 10:52. Paramedics attended; he
((health:was taken to {{Salford Royal}} with a fast irregular heartbeat)). His wife <<Deborah Fitzgerald-Moore>> was called on [[phone:07700 900107]].

Equipment involved: none faulty. AED not used.
Signed: <<C. Onyango>>
""")


@document
def gym_class_bookings__tsv(d):
    rows = [["Class", "Date", "Coach", "Booked", "Note"],
            ["Ladies-only strength", "2026-03-03 19:00", "<<Farzana Rashid>>", "<<Amina Yusuf>>", "((religious_belief:Asked for the blinds down and a female coach as she wears hijab and keeps to Islamic modesty))"],
            ["Ladies-only strength", "2026-03-03 19:00", "<<Farzana Rashid>>", "<<Helen Marsh>>", ""],
            ["{{Queer Lifting Club}} open session", "2026-03-04 18:30", "<<Jordan Ekwueme>>", "<<Ezra Blumenthal>>", "((sex_life_orientation:Member joined via the club's gay and bi men's intro night, says he is gay)) — first time lifting"],
            ["Mobility", "2026-03-05 07:00", "<<Marek Zieliński>>", "<<Eileen Pritchard>>", "((health:Osteoporosis — no loaded flexion))"],
            ["Mobility", "2026-03-05 07:00", "<<Marek Zieliński>>", "<<Samuel Adjei>>", ""]]
    return delimited(d, rows, "\t")


@document
def gym_membership_freeze__eml(d):
    return mail(d, [
        ("From", "<<Zuzanna Kamińska>> <[[email:zuzia.kaminska@example.com]]>"),
        ("To", "Membership <[[email:hello@forgeandflow.example.co.uk]]>"),
        ("Subject", "Freeze my membership please"),
        ("Date", "Sun, 01 Mar 2026 21:13:44 +0000"),
        ("Message-ID", "<zk-0301@example.com>"),
    ], "Hi,\n\nCould you freeze my membership (no. 10390) from April for six months? ((health:I'm 22 weeks pregnant and my midwife has told me to stop heavy lifting because of pelvic girdle pain)).\n\n"
       "I'll keep the direct debit but at the £5 freeze rate.\n\nThanks\n<<Zuzanna>>\n[[phone:07700 900108]]\n",
       "<div>Hi,</div><div>Could you freeze my membership (no. 10390) from April for six months? ((health:I&#8217;m 22 weeks pregnant and my midwife has told me to stop heavy lifting because of pelvic girdle pain)).</div>"
       "<div>I&#8217;ll keep the direct debit but at the &pound;5 freeze rate.</div><div>Thanks<br><<Zuzanna>><br>[[phone:07700 900108]]</div>", boundary="gym8")


@document
def policy_gym_health_questionnaire__md(d):
    return plain(d, """# Why we ask health questions

Forge & Flow Fitness asks every new member to complete a short health questionnaire (PAR-Q+).

| Question | Why we ask |
|---|---|
| Heart condition, chest pain, dizziness | So a coach can suggest seeing a GP before hard exercise |
| Joint or bone problems | So programmes avoid loading an injury |
| Medication | Some medicines change heart rate response |
| Pregnancy | So coaches can adapt sessions safely |

## How we keep it

- Answers are special category (health) data; only coaches and the duty manager can see them.
- Face recognition entry is optional. A key fob works just as well, and templates are deleted 30 days after you leave.
- DNA fitness reports from partner labs are never stored on our system.
- We keep questionnaires for two years after membership ends, then delete them.

## Ladies-only and inclusive sessions

Anyone can book ladies-only sessions if they identify as a woman. The Queer Lifting Club welcomes everyone;
booking a session does not tell us anything about you and we do not record why you came.
""")


# ---- a church school admissions panel (St Aldhelm's CE (VA) Primary, Wendlebury)


@document
def adm_supplementary_form__docx(d):
    return docx(d, "<<Rachel Oyelowo>>", [
        ("h", "Supplementary Information Form — Reception September 2026"),
        ("p", "Complete this form only if you wish your application to be considered under the faith criteria (criteria 3 and 4)."),
        ("table", [
            ["Child's surname", "<<HARGREAVES-MBEKI>>"],
            ["Child's first name(s)", "<<Isla Nomvula>>"],
            ["Date of birth", "[[date_of_birth:02/12/2021=>2021-12-02]]"],
            ["Parent / carer", "Mrs <<Thandeka Hargreaves-Mbeki>>"],
            ["Address", "7 Coppice Rise, Wendlebury [[uk_postcode:OX25 4NH]]"],
            ["Telephone", "[[phone:01632 960 418=>+441632960418]]"],
        ]),
        ("p", "Place of worship attended: ((religious_belief:{{St Aldhelm's Parish Church}}, Wendlebury — the family attends the 10am Parish Communion at least twice a month)).",
         "Attendance must have been for at least two years before the closing date of 15 January 2026."),
        ("p", "((religious_belief:<<Isla>> was baptised at {{St Mary's}}, Bicester, on 18 June 2022)); a copy of the baptism certificate is attached."),
        ("comment", "Minister's confirmation", "Confirmed — family known to me and attend regularly. Revd <<Jonathan Pemberton-Lowe>>", "<<Jonathan Pemberton-Lowe>>"),
        ("box", "FOR OFFICE USE\nReceived 12/01/2026 by <<R. Oyelowo>> — criterion 3 met"),
    ], header="St Aldhelm's Church of England (VA) Primary School", footer="Admissions: [[email:admissions@st-aldhelms.example.org]] · [[phone:01632 960 400=>+441632960400]]")


@document
def adm_ranked_list__xlsx(d):
    return xlsx(d, [
        ("Ranked", [
            ["Rank", "Child", "DOB", "Criterion", "Distance (km)", "Sibling", "Offer"],
            [1, "<<Amara Osei-Bonsu>>", dob("2022-01-14"), "1 — looked after child", 3.912, "No", "Yes"],
            [2, "<<Theo Kristiansen>>", dob("2021-10-30"), "2 — ((health:medical need: cystic fibrosis, consultant letter))", 2.45, "No", "Yes"],
            [3, "<<Isla Hargreaves-Mbeki>>", dob("2021-12-02"), "3 — ((religious_belief:regular Anglican worshipper))", 0.81, "No", "Yes"],
            [4, "<<Yusuf Demir>>", dob("2022-05-06"), "5 — sibling", 1.2, "Yes", "Yes"],
            [5, "<<Poppy Wainwright>>", dob("2022-08-21"), "6 — distance", 0.44, "No", "Waiting list 1"],
        ]),
        ("Panel", [
            ["Chair", "<<Geraint Mostyn-Price>>"],
            ["Clerk", "<<Rachel Oyelowo>>"],
            ["Meeting date", date("2026-03-09")],
            ["Places", 30],
        ]),
    ])


@document
def adm_vicar_reference__pdf(d):
    return pdf_doc(d, [
        "The Parish of Wendlebury with Chesterton",
        "The Vicarage, Church Lane, Wendlebury [[uk_postcode:OX25 4PL]]",
        "",
        "To the Admissions Committee, St Aldhelm's CE Primary School",
        "",
        "Re: <<Noah Fairweather-Quaye>>, born [[date_of_birth:3rd April 2022=>2022-04-03]]",
        "",
        "I confirm that ((religious_belief:<<Noah>>'s mother, <<Abena Quaye>>, and his father, <<Simon Fairweather>>, have worshipped))",
        "((religious_belief:at {{St Aldhelm's}} every Sunday since Easter 2023 and that <<Noah>> attends our Little Fishes group)).",
        "Mrs <<Quaye>> also helps with the {{Christian Aid}} lunch each May.",
        "",
        "With every blessing,",
        "The Revd <<Jonathan Pemberton-Lowe>>, Vicar",
        "[[email:vicar@wendleburyparish.example.org]]",
    ])


@document
def adm_appeal_hearing__odt(d):
    return odt(d, [
        ("h", "Independent admission appeal — clerk's notes"),
        ("table", [["Appellant", "Mr <<Oskar Lindqvist>>"], ["Child", "<<Freya Lindqvist>>, DOB [[date_of_birth:19.02.2022=>2022-02-19]]"],
                   ["Panel", "<<Beverley Achebe>> (chair), <<Rupert Hollingsworth>>, <<Nasreen Akhtar>>"], ["Clerk", "<<Dominic Fairclough>>"]]),
        ("p", "Stage 1: the school explained it admitted 30 under the infant class size limit; the appellant did not dispute this."),
        ("p", "Stage 2: Mr <<Lindqvist>> said ((health:<<Freya>> is autistic and has an EHC needs assessment under way)); the nursery's SENCo letter says she struggles with transitions and the nearer school is a short walk."),
        ("p", "He said the family are ((religious_belief:Lutherans who have attended {{St Aldhelm's}} since moving from Uppsala)) but missed the SIF deadline."),
        ("p", "Decision: appeal upheld (prejudice to the child outweighs prejudice to the school)."),
    ], author="<<Dominic Fairclough>>")


@document
def adm_panel_minutes__md(d):
    return plain(d, """# Admissions Committee of the Governing Board — minutes

St Aldhelm's CE (VA) Primary, 9 March 2026, 18:00, school library

**Present:** <<Geraint Mostyn-Price>> (chair, foundation governor), <<Comfort Asante>>, <<Hugo Delacroix-Bell>>, <<Parveen Malik>>
**In attendance:** <<Rachel Oyelowo>> (clerk)

1. **Declarations of interest.** <<Hugo Delacroix-Bell>> declared that his niece <<Poppy Wainwright>> has applied; he left for item 3.
   <<Comfort>> declared that ((religious_belief:she sings in the choir at {{St Aldhelm's}} with one applicant family)).
2. **Faith evidence.** Forty-one SIFs received; four had no minister's signature. The clerk will write to those families.
3. **Ranking.** The ranked list was agreed (30 offers). <<Theo Kristiansen>> is ranked under criterion 2: the panel accepted the
   consultant's letter about ((health:his cystic fibrosis and the need to be near the {{John Radcliffe}} clinic)).
4. **Policy for 2027.** The chair proposed removing the requirement for baptism; deferred to the diocesan board.

Signed <<G. Mostyn-Price>>, chair
""")


@document
def adm_parent_email__eml(d):
    return mail(d, [
        ("From", "<<Lakshmi Narayanan>> <[[email:lakshmi.narayanan@example.net]]>"),
        ("To", "St Aldhelm's Admissions <[[email:admissions@st-aldhelms.example.org]]>"),
        ("Cc", "<<Vikram Narayanan>> <[[email:vik.n@example.net]]>"),
        ("Subject", "Open places and faith criteria - Reception 2026"),
        ("Date", "Thu, 22 Jan 2026 07:58:01 +0000"),
        ("Message-ID", "<ln-2201@example.net>"),
    ], "Dear Admissions team,\n\n((religious_belief:We are a Hindu family and worship at the {{Shree Krishna Mandir}} in Oxford)). We would still love <<Anika>> to come to St Aldhelm's because it is our nearest school. "
       "Does the school have open places, and would she be disadvantaged for not attending church?\n\n<<Anika>>'s date of birth is [[date_of_birth:27 September 2021=>2021-09-27]].\n\n"
       "Many thanks,\n<<Lakshmi Narayanan>>\n[[phone:07700 900245]]\n",
       "<p>Dear Admissions team,</p><p>((religious_belief:We are a Hindu family and worship at the {{Shree Krishna Mandir}} in Oxford)). We would still love <<Anika>> to come to St Aldhelm&#39;s because it is our nearest school. "
       "Does the school have open places, and would she be disadvantaged for not attending church?</p><p><<Anika>>&#39;s date of birth is [[date_of_birth:27 September 2021=>2021-09-27]].</p>"
       "<p>Many thanks,<br><<Lakshmi Narayanan>><br>[[phone:07700 900245]]</p>", boundary="adm6")


@document
def adm_applications__json(d):
    return json_doc(d, {
        "source": "Common application feed, export v4",
        "school": "St Aldhelm's CE (VA) Primary",
        "applications": [
            {"ref": "RA26-03319", "child": {"firstName": "<<Yusuf>>", "lastName": "<<Demir>>", "dateOfBirth": "[[date_of_birth:2022-05-06]]"},
             "applicant": {"fullName": "<<Elif Demir>>", "relationship": "Mother", "email": "[[email:elif.demir@example.com]]", "phone": "[[phone:07700 900246]]"},
             "address": {"line1": "14 Tanner's Yard", "town": "Wendlebury", "postcode": "[[uk_postcode:OX25 4QB]]"}, "preference": 1, "sibling": "<<Selin Demir>> (Year 3)"},
            {"ref": "RA26-03320", "child": {"firstName": "<<Amara>>", "lastName": "<<Osei-Bonsu>>", "dateOfBirth": "[[date_of_birth:2022-01-14]]"},
             "applicant": {"fullName": "Cllr <<Patricia Ogunleye>>", "relationship": "Corporate parent (virtual school)", "email": "[[email:virtualschool@example.org]]", "phone": "[[phone:01632 960 455]]"},
             "address": {"line1": "c/o Children's Services", "town": "Kidlington", "postcode": "[[uk_postcode:OX5 1AZ]]"}, "preference": 2, "lookedAfter": True},
        ],
    })


@document
def adm_late_applications__html(d):
    return html_doc(d, "Late applications — Reception 2026", [
        ("h", "Late applications received after 15 January 2026"),
        ("table", [["Received", "Child", "Parent", "Reason given", "Faith SIF"],
                   ["20/01/2026", "<<Oliwia Zając>>", "<<Marta Zając>>", "Moved from Gdańsk on 18 January", "No"],
                   ["02/02/2026", "<<Ethan Quarshie-Lloyd>>", "<<Daniel Lloyd>>", "((health:Parent in hospital after a stroke)) over the deadline", "((religious_belief:Yes — Methodist, {{Wesley Memorial}}))"],
                   ["11/02/2026", "<<Marnie Ó Briain>>", "<<Colm Ó Briain>>", "Forgot", "No"]]),
        ("dl", [("Processed by", "<<Rachel Oyelowo>>"), ("Next review", "After national offer day, 16 April"), ("Queries", "[[email:admissions@st-aldhelms.example.org]]")]),
        ("p", "Late applications are ranked after on-time ones in each criterion. Named after the Anglo-Saxon bishop, {{St Aldhelm}} has admitted pupils since 1863."),
    ])


@document
def training_admissions_panel__rtf(d):
    return rtf_doc(d, [
        "Governor training: running a fair admissions round at a church school",
        "1. The School Admissions Code applies to every state-funded school, with or without a religious character.",
        "2. Faith criteria must be clear, objective and decided by evidence the religious authority accepts, such as a minister\u2019s signature on the supplementary information form.",
        "3. Do not ask about parents\u2019 marital status, occupations, or whether they are Catholic or Muslim on the SIF unless the criterion needs it; never ask for donations.",
        "4. Medical or social need must be supported by a professional\u2019s letter, and the panel records only that the criterion is met.",
        "5. Governors declare any interest and leave the room for that item.",
        "6. Keep SIFs and supporting letters for the appeal period plus one year, then destroy them securely.",
        "Case study for discussion: two families tie on distance; one has a baptism certificate but no attendance. Which criterion applies?",
    ])


# ---- a rail operator's occupational drug and alcohol testing (Pennine & Wolds Railway)


@document
def rail_test_results__csv(d):
    rows = [["Test ID", "Employee", "Emp no", "DOB", "Grade", "Reason", "Breath (µg/100ml)", "Urine screen", "Result"],
            ["PW-26-0411", "<<Gareth Wynne-Jones>>", "40217", "[[date_of_birth:14/06/1978=>1978-06-14]]", "Driver", "Random", "0", "Negative", "Negative"],
            ["PW-26-0412", "<<Adaeze Okafor>>", "40933", "[[date_of_birth:22/03/1985=>1985-03-22]]", "Conductor", "Random", "0", "Non-negative (opiates)", "((health:MRO verified negative — prescribed co-codamol for a back injury))"],
            ["PW-26-0413", "<<Liam Rafferty>>", "41120", "[[date_of_birth:09/10/1996=>1996-10-09]]", "Track operative", "For cause", "0", "Non-negative (cocaine)", "((health:Confirmed positive — cocaine metabolite 310 ng/ml))"],
            ["PW-26-0414", "<<Sunita Gill>>", "39874", "[[date_of_birth:30/12/1970=>1970-12-30]]", "Signaller", "Pre-appointment", "0", "Negative", "Negative"],
            ["PW-26-0415", "<<Piotr Zawadzki>>", "41302", "[[date_of_birth:02/07/1988=>1988-07-02]]", "Shunter", "Post-incident", "12", "Negative", "((health:Breath alcohol 12 — below the 13 limit, retest advised))"]]
    return delimited(d, rows, ",")


@document
def rail_mro_review__docx(d):
    return docx(d, "<<Imogen Blackwood-Asante>>", [
        ("h", "Medical Review Officer — interview record"),
        ("table", [["Donor", "<<Adaeze Okafor>>"], ["Specimen", "PW-26-0412 (urine, chain of custody form 887102)"],
                   ["D.O.B.", "[[date_of_birth:22-Mar-85=>1985-03-22]]"], ["Contact", "[[phone:07700 900360]]"], ["MRO", "Dr <<Imogen Blackwood-Asante>>"]]),
        ("p", "Laboratory result: codeine 2,400 ng/ml, morphine 410 ng/ml; no 6-MAM detected.", "Cut-off 300 ng/ml (opiates, screening)."),
        ("p", "Ms <<Okafor>> stated ((health:she has taken co-codamol 30/500 for three weeks for a prolapsed disc, prescribed by her GP on 9 February)). Prescription seen and verified with the surgery."),
        ("p", "Verified result: NEGATIVE (legitimate medical explanation). Fitness for safety-critical work referred to occupational health because of the dose."),
        ("comment", "referred to occupational health", "OH appointment booked for 6 March with <<Callum Reddy>>.", "<<Hayley Stanforth>>"),
    ], header="Pennine & Wolds Railway — Drugs & Alcohol — MEDICAL IN CONFIDENCE", footer="MRO service, Sheffield [[uk_postcode:S1 4GP]] — [[phone:0114 496 0720]]")


@document
def rail_collection_log__tsv(d):
    rows = [["Date", "Depot", "Collector", "Donor", "Emp no", "Breath 1", "Breath 2", "Sample", "Remarks"],
            ["2026-02-26", "Doncaster", "<<Bernadette Kowalski>>", "<<Gareth Wynne-Jones>>", "40217", "0", "", "Urine split A/B", ""],
            ["2026-02-26", "Doncaster", "<<Bernadette Kowalski>>", "<<Adaeze Okafor>>", "40933", "0", "", "Urine split A/B", "Declaration form completed; ((biometric:identity confirmed by fingerprint match on the collection tablet))"],
            ["2026-02-27", "Hull", "<<Bernadette Kowalski>>", "<<Liam Rafferty>>", "41120", "0", "", "Urine split A/B", "Stated he was at a stag do — see MRO"],
            ["2026-02-28", "Scarborough", "<<Jamal Haddad>>", "<<Craig Buckley>>", "40007", "", "", "None", "Refused to provide sample; manager <<Ian Tolhurst>> informed"],
            ["2026-02-28", "Scarborough", "<<Jamal Haddad>>", "<<Piotr Zawadzki>>", "41302", "12", "9", "Urine split A/B", "Post-incident (buffer stop)"]]
    return delimited(d, rows, "\t")


@document
def rail_union_rep_mail__mbox(d):
    m1 = mail(d, [
        ("From", "<<Liam Rafferty>> <[[email:liam.rafferty@example.com]]>"),
        ("To", "<<Desmond Oyelaran>> <[[email:d.oyelaran@example.org]]>"),
        ("Subject", "Hearing on Thursday"),
        ("Date", "Mon, 02 Mar 2026 18:40:00 +0000"),
        ("Message-ID", "<lr-0302@example.com>"),
    ], "<<Des>>,\n\nThey've called me to a disciplinary on Thursday after the for-cause test. ((trade_union:As my RMT rep can you come with me?)) "
       "((health:I've been using cocaine at weekends since the split and I know I need help)).\n\n<<Liam>>\n[[phone:07700 900371]]\n", boundary="r1")
    m2 = mail(d, [
        ("From", "<<Desmond Oyelaran>> <[[email:d.oyelaran@example.org]]>"),
        ("To", "<<Liam Rafferty>> <[[email:liam.rafferty@example.com]]>"),
        ("Cc", "<<Hayley Stanforth>> <[[email:hayley.stanforth@pwrail.example.co.uk]]>"),
        ("Subject", "RE: Hearing on Thursday"),
        ("Date", "Tue, 03 Mar 2026 08:05:00 +0000"),
        ("Message-ID", "<do-0303@example.org>"),
        ("In-Reply-To", "<lr-0302@example.com>"),
    ], "<<Liam>>,\n\nYes, ((trade_union:I'll represent you as your RMT branch rep)). <<Hayley>> — copying you to ask that the company policy's self-referral route is considered, "
       "as <<Liam>> has asked for help. Please send the chain of custody form before the hearing.\n\n<<Des Oyelaran>>\nRMT {{Hull Paragon}} branch\n", boundary="r2")
    m3 = mail(d, [
        ("From", "\"<<Stanforth, Hayley>>\" <[[email:hayley.stanforth@pwrail.example.co.uk]]>"),
        ("To", "<<Desmond Oyelaran>> <[[email:d.oyelaran@example.org]]>"),
        ("Subject", "RE: Hearing on Thursday"),
        ("Date", "Tue, 03 Mar 2026 11:30:00 +0000"),
        ("Message-ID", "<hs-0303@pwrail.example.co.uk>"),
        ("In-Reply-To", "<do-0303@example.org>"),
    ], "<<Des>>,\n\nChain of custody form attached to the hearing pack. A self-referral after a positive test is not covered, but the panel can take his request for treatment into account.\n\n"
       "<<Hayley Stanforth>>\nEmployee Relations, Pennine & Wolds Railway\n[[phone:0114 496 0733]]\n", boundary="r3")
    return mbox([("liam.rafferty@example.com", "Mon Mar  2 18:40:00 2026", m1), ("d.oyelaran@example.org", "Tue Mar  3 08:05:00 2026", m2),
                 ("hayley.stanforth@pwrail.example.co.uk", "Tue Mar  3 11:30:00 2026", m3)])


@document
def rail_breathalyser_device__jsonl(d):
    return jsonl_doc(d, [
        {"deviceId": "AL-7410-03", "ip": "[[ip_address:198.51.100.23]]", "ts": "2026-02-28T05:41:12Z", "driverName": "<<Piotr Zawadzki>>", "employeeNo": 41302, "brac": 0.12, "result": "PASS", "operator": "<<Jamal Haddad>>"},
        {"deviceId": "AL-7410-03", "ip": "[[ip_address:198.51.100.23]]", "ts": "2026-02-28T05:56:40Z", "driverName": "<<Piotr Zawadzki>>", "employeeNo": 41302, "brac": 0.09, "result": "PASS", "operator": "<<Jamal Haddad>>"},
        {"deviceId": "AL-7410-07", "ip": "[[ip_address:2001:db8:7410::7]]", "ts": "2026-03-01T04:12:03Z", "driverName": "<<Ngozi Eze-Whitfield>>", "employeeNo": 40561, "brac": 0.0, "result": "PASS", "operator": "<<Bernadette Kowalski>>"},
        {"deviceId": "AL-7410-07", "ip": "[[ip_address:2001:db8:7410::7]]", "ts": "2026-03-01T04:30:55Z", "driverName": "<<Martin Oakes>>", "employeeNo": 40002, "brac": 0.31, "result": "((health:FAIL — over the 13 µg limit, stood down))", "operator": "<<Bernadette Kowalski>>"},
    ])


@document
def rail_rehab_agreement__pdf(d):
    return pdf_doc(d, [
        "Pennine & Wolds Railway - Rehabilitation and Return to Work Agreement",
        "",
        "Employee: <<Martin Oakes>>     Employee no. 40002     Grade: Driver",
        "Date of birth: [[date_of_birth:1 August 1967=>1967-08-01]]",
        "Home: 22 Sandpiper Close, Bridlington [[uk_postcode:YO16 6RT]]",
        "",
        "1. <<Martin>> has acknowledged that ((health:he is alcohol dependent and has started treatment with the))",
        "((health:community alcohol team, including a medically assisted detox in March)).",
        "2. He will be removed from safety-critical duties for at least six months and undertake unannounced",
        "   testing for 24 months after his return.",
        "3. ((trade_union:His ASLEF representative, <<Philippa Ndlovu>>, attended and agreed these terms on his behalf)).",
        "4. Any non-negative test during this agreement will lead to a gross misconduct hearing.",
        "",
        "Signed: <<M. Oakes>>        Signed for the company: <<Hayley Stanforth>>",
        "Date: 4 March 2026",
    ])


@document
def rail_safety_critical_register__ods(d):
    return ods(d, [
        ("Register", [
            ["Name", "Emp no", "Date of birth", "Driving licence", "Sentinel no.", "Last D&A test", "Medical category"],
            ["<<Gareth Wynne-Jones>>", 40217, dob("1978-06-14"), "[[uk_driving_licence:WYNNE706148GW9AB]]", "SNT-661042", date("2026-02-26"), "Fit"],
            ["<<Adaeze Okafor>>", 40933, dob("1985-03-22"), "[[uk_driving_licence:OKAFO853225AN9CD]]", "SNT-702281", date("2026-02-26"), "((health:Fit with restrictions — back injury, no lifting over 10 kg))"],
            ["<<Ngozi Eze-Whitfield>>", 40561, dob("1991-11-03"), "[[uk_driving_licence:EZEWH 961031 NE9KT]]", "SNT-688104", date("2026-03-01"), "Fit"],
            ["<<Martin Oakes>>", 40002, dob("1967-08-01"), "[[uk_driving_licence:OAKES608017MJ9RW]]", "SNT-400021", date("2026-03-01"), "Suspended"],
        ]),
        ("Notes", [
            ["Maintained by", "<<Callum Reddy>>, Occupational Health"],
            ["Passport check", "<<Ngozi Eze-Whitfield>> passport no. [[uk_passport:925076114]] seen 12/01/2026"],
        ]),
    ], author="<<Callum Reddy>>")


@document
def rail_post_incident__txt(d):
    return plain(d, """PENNINE & WOLDS RAILWAY
POST-INCIDENT DRUGS AND ALCOHOL SCREENING — SPAD at Hull Paragon, platform 5

Incident: 2S41 passed signal HP214 at danger by 40 metres, 28 February 2026 05:31
Driver: <<Piotr Zawadzki>> (41302), D.O.B.: [[date_of_birth:02-Jul-88=>1988-07-02]], tel. [[phone:07700 900384]]
Tested: 05:41 and 05:56 by <<Jamal Haddad>> (breath 12 then 9 µg/100ml — below limit); urine sample sent to the lab.
Lab result 3 March: negative for all drugs.

Background from the driver's file: ((criminal_offence:<<Piotr>> declared a conviction for drink-driving in 2017 (12-month ban))),
which was assessed on recruitment in 2019. He has had no D&A failures since joining.

Mr <<Zawadzki>> said he was tired after changing from nights; ((health:he has been diagnosed with sleep apnoea and waits for a CPAP machine)).
Fatigue risk index for the diagram: 38 (amber). Driver stood down pending the {{RAIB}} notification decision.

Investigating manager: <<Rhiannon Talbot-Evans>>, [[email:rhiannon.talbot-evans@pwrail.example.co.uk]]
""")


@document
def policy_rail_drugs_alcohol__html(d):
    return html_doc(d, "Drugs and alcohol policy — safety-critical staff", [
        ("h", "Drugs and alcohol policy (summary for staff)"),
        ("p", "Everyone who carries out safety-critical work must be fit for duty and free from the effects of drugs and alcohol."),
        ("table", [["Test type", "When", "Limit"],
                   ["Pre-appointment", "Before a job offer is confirmed", "Drugs: laboratory cut-offs"],
                   ["Random", "Unannounced, at least 5% of staff a year", "Breath alcohol 13 µg/100ml"],
                   ["For cause", "When a manager has reasonable grounds", "As above"],
                   ["Post-incident", "After a SPAD, collision or near miss", "As above"]]),
        ("dl", [("Self-referral", "Staff who ask for help before being selected for a test are supported through treatment and are not disciplined for the disclosure."),
                ("Prescribed medicines", "Tell occupational health about any medicine that may affect alertness; the MRO will check a non-negative result against prescriptions."),
                ("Representation", "You may be accompanied at any hearing by a colleague or a trade union representative.")]),
        ("p", "Results are kept by occupational health for six years and are shared with managers only as fit or unfit for duty."),
    ])


# ---- a private hearing and audiology clinic (Tynemouth Hearing Rooms)


@document
def aud_hearing_test__pdf(d):
    return pdf_doc(d, [
        "Tynemouth Hearing Rooms - Hearing Assessment Report",
        "14 Front Street, Tynemouth [[uk_postcode:NE30 4DZ]]   Tel [[phone:0191 498 0265]]",
        "",
        "Patient: <<Graham Heatherington>>          D.O.B. [[date_of_birth:11/06/1949=>1949-06-11]]",
        "Referred by: self (wife concerned)     Audiologist: <<Niamh Doherty-Bose>> HCPC AU04417",
        "",
        "Otoscopy: clear canals, intact drums.",
        "Pure tone audiometry (dB HL)      250   500   1k    2k    4k    8k",
        "Right ear                          20    25    35    55    70    75",
        "Left ear                           20    30    40    60    75    80",
        "",
        "Findings: ((health:bilateral sloping high-frequency sensorineural hearing loss, moderate to severe,))",
        "((health:consistent with age-related hearing loss and noise exposure from 30 years at the {{Swan Hunter}} yard)).",
        "((health:Intermittent tinnitus in the left ear)).",
        "",
        "Recommendation: binaural receiver-in-canal hearing aids; review in 4 weeks.",
        "",
        "<<N. Doherty-Bose>>, Clinical Audiologist",
    ])


@document
def aud_patient_list__xlsx(d):
    return xlsx(d, [
        ("Patients", [
            ["Patient", "DOB", "Phone", "Postcode", "Last test", "Hearing", "Aids"],
            ["<<HEATHERINGTON, Graham>>", dob("1949-06-11"), "[[phone:07700 900501]]", "[[uk_postcode:NE30 2JQ]]", date("2026-02-19"), "((health:Moderate-severe SNHL both ears))", "Fitting booked"],
            ["<<NGUYEN, Thi Thu Hà>>", dob("1962-02-28"), "[[phone:07700 900502]]", "[[uk_postcode:NE29 6UR]]", date("2026-02-20"), "((health:Mild conductive loss, right — otosclerosis suspected))", "None"],
            ["<<MacLEOD, Morag>>", dob("1938-09-09"), "[[phone:0191 498 0277]]", "[[uk_postcode:NE30 3LP]]", date("2026-02-23"), "Normal for age", "None"],
            ["<<AL-SAYED, Karim>>", dob("1979-12-01"), "[[phone:07700 900504]]", "[[uk_postcode:NE25 8BT]]", date("2026-02-24"), "((health:Single-sided deafness after a vestibular schwannoma)); ((genetic:NF2 mosaic variant on blood testing))", "CROS trial"],
        ]),
        ("Wax clinic", [
            ["Patient", "Date", "Method", "Clinician"],
            ["<<Morag MacLeod>>", date("2026-02-23"), "Microsuction", "<<Tobias Grünewald>>"],
            ["<<Ewan Fairbairn>>", date("2026-02-25"), "Microsuction", "<<Tobias Grünewald>>"],
        ]),
    ])


@document
def aud_referral_letter__rtf(d):
    return rtf_doc(d, [
        "Tynemouth Hearing Rooms, 14 Front Street, Tynemouth [[uk_postcode:NE30 4DZ]]",
        "To: Dr <<Obiageli Nwosu>>, {{Priory Medical Group}}, Tynemouth",
        "25 February 2026",
        "Dear Dr <<Nwosu>>,",
        "Re: <<Chloé Marchetti-Dunn>>, date of birth [[date_of_birth:14.08.2008=>2008-08-14]], NHS no. [[nhs_number:999 440 6000]]",
        "I saw <<Chloé>> with her mother for a hearing aid review. ((health:She has Usher syndrome type 2 with a moderate bilateral hearing loss and early night blindness)).",
        "((genetic:Genetic testing at the regional genetics service in 2019 found two pathogenic USH2A variants (compound heterozygous))).",
        "She is starting university in September and would benefit from a referral to ophthalmology and to the sensory support team.",
        "Yours sincerely,",
        "<<Niamh Doherty-Bose>>, Clinical Audiologist",
    ])


@document
def aud_hearing_aid_orders__csv(d):
    rows = [["Order", "Date", "Customer", "Device", "Ears", "{{Price}}", "Paid by", "Card number", "Ref"],
            ["HA-2602-118", "19/02/2026", "<<Graham Heatherington>>", "Phonak Audéo L90-R", "Both", "3990.00", "Card", "[[payment_card:3782 822463 10005]]", "Finance approved"],
            ["HA-2602-121", "24/02/2026", "<<Karim Al-Sayed>>", "CROS transmitter + receiver", "Right to left", "2450.00", "Card", "[[payment_card:4000 0566 5566 5556]]", ""],
            ["HA-2602-124", "26/02/2026", "<<Olwen Prosser-Jenkins>>", "Invisible-in-canal", "Left", "1695.00", "Bank transfer", "", "((health:Replacement after hearing aid lost in hospital))"],
            ["HA-2602-125", "27/02/2026", "Mr <<Edward Lowther>>", "Custom swim plugs", "Both", "85.00", "Cash", "", "Surfer, no hearing loss"]]
    return delimited(d, rows, ",")


@document
def aud_app_pairing__json(d):
    return json_doc(d, {
        "exportedBy": "SoundBridge clinic portal",
        "firmwareVersion": "{{4.2.0.18}}",
        "clinicId": "THR-014",
        "pairings": [
            {"wearer": "<<Graham Heatherington>>", "account": "[[email:g.heatherington@example.co.uk]]", "devices": ["Audéo L90-R left", "Audéo L90-R right"],
             "phoneModel": "Pixel 7", "lastSeenIp": "[[ip_address:203.0.113.201]]", "programmes": ["Universal", "Restaurant", "((health:Tinnitus masker (left)))"]},
            {"wearer": "<<Thi Thu Hà Nguyen>>", "account": "[[email:thuha.nguyen@example.com]]", "devices": [], "phoneModel": "iPhone 13",
             "lastSeenIp": "[[ip_address:2001:db8:0:0:0:0:2:1=>2001:db8::2:1]]", "programmes": []},
            {"wearer": "<<Karim Al-Sayed>>", "account": "[[email:karim.alsayed@example.net]]", "devices": ["CROS II transmitter"], "phoneModel": "Galaxy S23",
             "lastSeenIp": "[[ip_address:198.51.100.77]]", "programmes": ["((health:CROS — single-sided deafness, right))"]},
        ],
        "portalAdmin": "<<Tobias Grünewald>>",
    })


@document
def aud_tinnitus_group__md(d):
    return plain(d, """# Tinnitus support group — Tuesday evenings

Facilitator: <<Niamh Doherty-Bose>> · Room 2 · next meeting 10 March

## Attendance, February

| Member | Since | Note |
|---|---|---|
| <<Morwenna Trelawny>> | 2024 | ((health:Pulsatile tinnitus; MRI clear; uses a sound generator at night)) |
| <<Barry Gascoigne>> | 2025 | ((health:Tinnitus after a head injury; anxiety and poor sleep)) |
| <<Ifeoma Chukwu>> | 2026 | New — ((health:hyperacusis as well as tinnitus)) |

## Notes

- <<Barry>> asked whether ((health:his sertraline could be making the ringing worse)); advised to talk to his GP.
- <<Barry>> will miss April: ((political_opinion:he is standing for the Green Party in the county council elections)).
- Guest talk in April by the {{British Tinnitus Association}} volunteer.
- Tea and biscuits: <<Morwenna>>. Room booking with {{Tynemouth Priory}} church hall fell through; we stay in Room 2.
""")


@document
def aud_booking_mail__eml(d):
    return mail(d, [
        ("From", "<<Ahmad Karimi>> <[[email:ahmad.karimi@example.org]]>"),
        ("To", "Tynemouth Hearing Rooms <[[email:bookings@tynemouthhearing.example.co.uk]]>"),
        ("Cc", "<<Soraya Karimi>> <[[email:soraya.k@example.org]]>"),
        ("Subject", "Appointment for my father"),
        ("Date", "Wed, 25 Feb 2026 12:09:33 +0000"),
        ("Message-ID", "<ak-0225@example.org>"),
    ], "Hello,\n\nI would like to book a hearing test for my father, Mr <<Hossein Karimi>>, born [[date_of_birth:12 March 1944=>1944-03-12]]. "
       "((health:He had a stroke last year and since then he says voices sound muffled in his right ear)). He speaks Farsi and some English; I will come with him.\n\n"
       "Mornings are best. My number is [[phone:07700 900533]].\n\nKind regards,\n<<Ahmad Karimi>>\n", boundary="aud7")


@document
def aud_repair_log__html(d):
    return html_doc(d, "Repairs and loans log", [
        ("h", "Repairs and loans — February 2026"),
        ("table", [["Date in", "Owner", "Device", "Fault", "Loan aid", "Returned"],
                   ["03/02", "<<Dorothy Armstrong-Liddle>>", "BTE, left", "Dead — wax guard blocked", "No", "03/02"],
                   ["09/02", "<<Sandeep Bhattacharya>>", "RIC pair", "Receiver cracked (dog chewed it)", "Yes, LA-12", "20/02"],
                   ["17/02", "<<Kirsty McBain>>", "Cochlear implant processor", "((health:Processor for her cochlear implant — sent to manufacturer))", "N/A", ""]]),
        ("dl", [("Logged by", "<<Tobias Grünewald>>"), ("Loan aids out", "3 of 8"), ("Courier account", "[[email:repairs@tynemouthhearing.example.co.uk]]"), ("Last consignment", "{{12-03-26 / 44102987}}")]),
        ("p", "Batteries: size 312 and 13 in stock. The {{Cochlear}} and {{Oticon}} reps visit on 12 March."),
    ])


@document
def training_audiology_chaperones__docx(d):
    return docx(d, "Clinical Governance Lead", [
        ("h", "Training note: chaperones, consent and confidentiality in the hearing clinic"),
        ("p", "Every patient is offered a chaperone for ear examinations and impression taking; record the offer and the answer."),
        ("p", "Consent to share audiograms with a GP or an employer must be written and specific.", "Occupational hearing tests for employers report fit or unfit only."),
        ("table", [["Situation", "What to do"], ["Relative answers for the patient", "Address the patient; use an interpreter if needed"],
                   ["Patient mentions a genetic condition in the family", "Record it only if it changes the clinical plan"],
                   ["Hearing aid app data", "Do not export listening logs without consent"]]),
        ("box", "Remember: a hearing loss, tinnitus or an implant is health information — keep it out of general email."),
    ], header="Tynemouth Hearing Rooms — staff training", footer="Version 3, reviewed February 2026")


# ---- a magistrates' court legal adviser's office (Thameside Magistrates' Court)


@document
def mag_court_register__xlsx(d):
    return xlsx(d, [
        ("Court 3 - 02.03.2026", [
            ["Case no.", "Defendant", "DOB", "Offence", "Plea", "Outcome", "Legal adviser"],
            ["0126 PP 4471", "<<Darius KHOSRAVI>>", dob("1990-04-03"), "((criminal_offence:Theft from a shop (Theft Act 1968 s.1)))", "G", "((criminal_offence:Fine £240, compensation £86))", "<<Eleanor Vasquez-Hume>>"],
            ["0126 PP 4480", "<<Shannon O'LEARY>>", dob("2004-07-29"), "((criminal_offence:Possession of cannabis (class B)))", "G", "((criminal_offence:Conditional discharge 12 months))", "<<Eleanor Vasquez-Hume>>"],
            ["0126 PP 4492", "<<Jerome Akinola-BRAITHWAITE>>", dob("1983-01-17"), "((criminal_offence:Common assault (emergency worker)))", "NG", "Adjourned for trial 14/04/2026; bail — surrender UK passport no. [[uk_passport:925 076 120=>925076120]]", "<<Eleanor Vasquez-Hume>>"],
            ["0126 PP 4503", "<<Agata WRÓBLEWSKA>>", dob("1977-10-10"), "((criminal_offence:Drink driving — 61 µg))", "G", "((criminal_offence:Disqualified 17 months, fine £450))", "<<Kenneth Oduya>>"],
        ]),
        ("Bench", [
            ["Presiding justice", "<<Margaret Featherstonehaugh>> JP"],
            ["Winger", "<<Rajesh Kulkarni>> JP"],
            ["Winger", "<<Olumide Bankole>> JP"],
            ["Usher", "<<Tracey Pilbeam>>"],
            ["Cover", "((trade_union:<<Tracey>> is on the PCS strike day 10/03)) — agency usher booked"],
        ]),
    ])


@document
def mag_adviser_notes__docx(d):
    return docx(d, "<<Eleanor Vasquez-Hume>>", [
        ("h", "Legal adviser's notes — Court 3, 2 March 2026"),
        ("p", "0126 PP 4492 <<Jerome Akinola-Braithwaite>>: ((criminal_offence:not guilty plea to assaulting an emergency worker)). Defence (Ms <<Hollis>> of {{Garraway Shah}} solicitors) raised ((health:the defendant's paranoid schizophrenia and a recent section 2 admission)).",
         "Bench asked to consider a psychiatric report under s.11 PCC(S)A / now Sentencing Code equivalents."),
        ("p", "Witness PC <<Lewis>> unavailable; trial date 14/04 fixed with {{Crown Prosecution Service}} agreement."),
        ("p", "0126 PP 4471 <<Darius Khosravi>>: ((religious_belief:took the oath on the Qur'an)) before giving evidence on means. Interpreter (Farsi) <<Parisa Navabi>> affirmed."),
        ("comment", "Fine £240, compensation £86", "Check collection order — he said he is paid weekly. Means form says £312 a week.", "<<Kenneth Oduya>>"),
        ("box", "Reminder for wingers: the Equal Treatment Bench Book chapter on oaths and affirmations."),
    ], header="Thameside Magistrates' Court — legal adviser — OFFICIAL", footer="Legal team: [[phone:020 7946 0381]] · [[email:thameside.legal@justice.example.org]]")


@document
def mag_daily_list__html(d):
    return html_doc(d, "Thameside Magistrates' Court — daily list", [
        ("h", "Court 1 — Tuesday 3 March 2026 — 10:00"),
        ("table", [["Time", "Name", "Age", "Town", "Matter", "Prosecutor"],
                   ["10:00", "<<NKEMELU, Chiamaka>>", "34", "Poplar", "((criminal_offence:Fraud by false representation (2 charges)))", "CPS"],
                   ["10:00", "<<DE SOUSA, Rui Miguel>>", "27", "Bow", "((criminal_offence:Breach of a community order))", "Probation"],
                   ["10:30", "<<PRZYBYLSKI, Tomasz>>", "51", "Barking", "((criminal_offence:TV licence — using a set without a licence (2 counts)))", "TV Licensing"],
                   ["11:00", "<<Hartley-Quinn, Saffron>>", "19", "Stratford", "((criminal_offence:Racially aggravated public order (s.31 CDA 1998)))", "CPS"]]),
        ("dl", [("Legal adviser", "<<Kenneth Oduya>>"), ("Court clerk's phone", "[[phone:020 7946 0390]]"), ("Address", "1 Riverside Way, London [[uk_postcode:E16 2QX]]")]),
        ("p", "Cases in Court 4 (youth) are not listed publicly. The {{Bow Street}} reference in the building history refers to the old court."),
    ])


@document
def mag_means_form__pdf(d):
    return pdf_doc(d, [
        "STATEMENT OF MEANS (MC100) - Thameside Magistrates' Court",
        "",
        "Full name: <<AGATA WROBLEWSKA>>",
        "Date of birth: [[date_of_birth:10/10/1977=>1977-10-10]]      National Insurance number: [[uk_nino:QQ 71 40 55 B]]",
        "Address: Flat 6, Cormorant House, Canning Town, London [[uk_postcode:E16 1HP]]",
        "Phone: [[phone:07700 900617]]     Email: [[email:agata.w@example.com]]",
        "",
        "Employment: care assistant, 30 hours a week, take-home pay GBP 1,140 a month",
        "Benefits: ((health:Personal Independence Payment (daily living) for her rheumatoid arthritis))",
        "Bank: sort code [[uk_bank_account:23-14-70, account 38801265=>231470:38801265]]",
        "Dependants: one (son, 15)",
        "",
        "Offence for which means are assessed: ((criminal_offence:excess alcohol, 61 microgrammes in breath))",
        "",
        "I believe the facts stated in this form are true.   Signed: <<A. Wroblewska>>",
    ])


@document
def mag_psr_request__eml(d):
    csv_att = d.r("case,defendant,dob,offence,report\r\n0126 PP 4492,<<Jerome Akinola-Braithwaite>>,[[date_of_birth:17/01/1983=>1983-01-17]],((criminal_offence:assault on an emergency worker)),PSR + psychiatric\r\n"
                  "0126 PP 4480,<<Shannon O'Leary>>,[[date_of_birth:29/07/2004=>2004-07-29]],((criminal_offence:possession class B)),None\r\n").encode()
    return mail(d, [
        ("From", "<<Kenneth Oduya>> <[[email:kenneth.oduya@justice.example.org]]>"),
        ("To", "Court Probation Team <[[email:thameside.courtteam@probation.example.org]]>"),
        ("Cc", "<<Eleanor Vasquez-Hume>> <[[email:eleanor.vasquez-hume@justice.example.org]]>"),
        ("Subject", "Report requests from Court 3, 2 March"),
        ("Date", "Mon, 02 Mar 2026 16:55:00 +0000"),
        ("Message-ID", "<ko-0302-psr@justice.example.org>"),
    ], "Hello team,\n\nThe bench requested a pre-sentence report for Mr <<Akinola-Braithwaite>> if convicted on 14 April, together with a psychiatric report: "
       "((health:he told the court he stopped his clozapine in January)). The list is attached.\n\nRegards,\n<<Kenneth>>\nLegal Adviser\n[[phone:020 7946 0384]]\n",
       None, [("report-requests-0203.csv", "text/csv", csv_att)], boundary="mag5")


@document
def mag_bench_mail__mbox(d):
    m1 = mail(d, [
        ("From", "<<Rajesh Kulkarni>> <[[email:rajesh.kulkarni@example.co.uk]]>"),
        ("To", "Bench Support <[[email:thameside.bench@justice.example.org]]>"),
        ("Subject", "Sitting on 9 March - conflict"),
        ("Date", "Wed, 04 Mar 2026 20:01:00 +0000"),
        ("Message-ID", "<rk-0304@example.co.uk>"),
    ], "Dear Bench Support,\n\nI see <<Imran Qadir>> is listed in Court 2 on 9 March on his premises licence appeal. ((religious_belief:I know him and his family from the {{East London Mosque}}, where I pray on Fridays)), "
       "so I should not sit on that case. I can swap to Court 5.\n\n<<Rajesh Kulkarni>> JP\n", boundary="b1")
    m2 = mail(d, [
        ("From", "<<Margaret Featherstonehaugh>> <[[email:m.featherstonehaugh@example.org]]>"),
        ("To", "Bench Support <[[email:thameside.bench@justice.example.org]]>"),
        ("Subject", "Standing for the council in May"),
        ("Date", "Thu, 05 Mar 2026 09:14:00 +0000"),
        ("Message-ID", "<mf-0305@example.org>"),
    ], "Good morning,\n\n((political_opinion:I have been selected as the Liberal Democrat candidate for Riverside ward in the May elections)). I understand I must not sit "
       "while I am a candidate; please take me off the rota from 1 April to 8 May.\n\nWith thanks,\n<<Margaret>>\n", boundary="b2")
    m3 = mail(d, [
        ("From", "Bench Support <[[email:thameside.bench@justice.example.org]]>"),
        ("To", "<<Margaret Featherstonehaugh>> <[[email:m.featherstonehaugh@example.org]]>"),
        ("Subject", "RE: Standing for the council in May"),
        ("Date", "Thu, 05 Mar 2026 11:40:00 +0000"),
        ("Message-ID", "<bs-0305@justice.example.org>"),
        ("In-Reply-To", "<mf-0305@example.org>"),
    ], "Dear Mrs <<Featherstonehaugh>>,\n\nThank you for letting us know. You are off the rota from 1 April to 8 May. The Bench Chair, <<Winston Adebola-Marsh>>, has been told.\n\n"
       "<<Tracey Pilbeam>>\nBench Support Officer\n[[phone:020 7946 0399]]\n", boundary="b3")
    return mbox([("rajesh.kulkarni@example.co.uk", "Wed Mar  4 20:01:00 2026", m1), ("m.featherstonehaugh@example.org", "Thu Mar  5 09:14:00 2026", m2),
                 ("thameside.bench@justice.example.org", "Thu Mar  5 11:40:00 2026", m3)])


@document
def mag_warrants__jsonl(d):
    return jsonl_doc(d, [
        {"warrantNo": "W/26/0771", "type": "Arrest, not backed for bail", "subject": {"name": "<<Curtis Lomax-Obeng>>", "dob": "[[date_of_birth:1998-02-11]]", "selfDefinedEthnicity": "((racial_ethnic_origin:M2 — Mixed: White and Black Caribbean))"},
         "reason": "((criminal_offence:Failed to surrender to answer a charge of burglary))", "issued": "2026-02-27", "issuedBy": "<<Kenneth Oduya>>"},
        {"warrantNo": "W/26/0772", "type": "Distress (civil debt)", "subject": {"name": "<<Yvonne Catterall>>", "dob": "[[date_of_birth:1966-06-06]]"},
         "reason": "Unpaid council tax liability order", "issued": "2026-02-27", "issuedBy": "<<Kenneth Oduya>>"},
        {"warrantNo": "W/26/0775", "type": "Arrest, backed for bail", "subject": {"name": "<<Tomasz Przybylski>>", "dob": "[[date_of_birth:1974-12-19]]"},
         "reason": "((criminal_offence:Non-payment of fines for TV licence offences))", "issued": "2026-03-03", "issuedBy": "<<Eleanor Vasquez-Hume>>"},
    ])


@document
def mag_youth_court_note__txt(d):
    return plain(d, """THAMESIDE YOUTH COURT — ADVISER'S NOTE (NOT FOR PUBLICATION: s.49 CYPA 1933)

Youth: <<Kai Montgomery-Adu>>, aged 15 (born [[date_of_birth:2010-09-23]])
Parent present: Mrs <<Leanne Montgomery>>; YOT officer: <<Sabrina Okonjo>>, mobile [[phone:07700 900651]]

((criminal_offence:<<Kai>> pleaded guilty to robbery of a mobile phone (with another youth, not named here))).
The YOT report says ((health:he has ADHD and a speech and language need, and takes methylphenidate)); the bench used simple language
and an intermediary was present.

Outcome: ((criminal_offence:referral order, 9 months)). Next review with the youth offender panel at {{Lambeth House}}.

Adviser: <<K. Oduya>>
""")


@document
def policy_magistrates_data_handling__odt(d):
    return odt(d, [
        ("h", "Thameside Magistrates' Court — handling personal data in the legal team"),
        ("p", "Court registers, lists and case files contain criminal offence data. They may be shared only with the parties, the probation service and the agencies the law names."),
        ("p", "Youth court material must not identify a child. Remove names, schools and addresses before anything leaves the court."),
        ("p", "Means forms often disclose benefits, health conditions and bank details; scan them to the case file and shred the paper copy."),
        ("table", [["Record", "Keep for"], ["Court register", "Permanent (transferred to the archive)"], ["Means forms", "2 years after the fine is paid"], ["Adviser's notes", "7 years"]]),
        ("p", "Magistrates declare conflicts of interest privately to Bench Support. A declaration about faith, politics or community links is kept only for rota planning and deleted after a year."),
    ], author="Legal Team Manager")


# ---- a trade association's member disciplinary panel (Institute of Residential Surveyors and Valuers)


@document
def trade_complaint__eml(d):
    return mail(d, [
        ("From", "<<Bronwen Pugh-Ellison>> <[[email:bronwen.pughellison@example.com]]>"),
        ("To", "IRSV Professional Standards <[[email:standards@irsv.example.org]]>"),
        ("Subject", "Complaint about a survey - member no. 20931"),
        ("Date", "Fri, 16 Jan 2026 13:22:07 +0000"),
        ("Message-ID", "<bpe-0116@example.com>"),
    ], "Dear Sir or Madam,\n\nI want to complain about <<Nigel Ashdown-Reeve>> MIRSV, who surveyed 3 Tudor Mews, Solihull [[uk_postcode:B91 3QN]] for us in August. "
       "His report said the roof was sound; it needed £14,000 of work. When I rang him he said he had been ((health:off sick with depression at the time and should not have been working)).\n\n"
       "I have the report and the roofer's quote from {{Wainwright & Daughters}}. Please call me on [[phone:0121 496 0712]].\n\n<<Bronwen Pugh-Ellison>>\n",
       "<p>Dear Sir or Madam,</p><p>I want to complain about <<Nigel Ashdown-Reeve>> MIRSV, who surveyed 3 Tudor Mews, Solihull [[uk_postcode:B91 3QN]] for us in August. "
       "His report said the roof was sound; it needed &pound;14,000 of work. When I rang him he said he had been ((health:off sick with depression at the time and should not have been working)).</p>"
       "<p>I have the report and the roofer&rsquo;s quote from {{Wainwright &amp; Daughters}}. Please call me on [[phone:0121 496 0712]].</p><p><<Bronwen Pugh-Ellison>></p>",
       [("survey-extract.txt", "text/plain", d.r("Surveyor: <<N. Ashdown-Reeve>> MIRSV (member 20931)\nRoof: no significant defects noted.\nSigned off 21/08/2025\n").encode())], boundary="trd1")


@document
def trade_panel_minutes__docx(d):
    return docx(d, "<<Priyanka Raghunathan>>", [
        ("h", "Disciplinary Panel — hearing of 24 February 2026"),
        ("table", [["Panel chair", "<<Alasdair Crichton-Stuart>> FIRSV"], ["Lay member", "<<Yetunde Fashanu>>"], ["Professional member", "<<Hilary Kemp>> MIRSV"],
                   ["Case presenter", "<<Priyanka Raghunathan>>, Head of Standards"], ["Member", "<<Nigel Ashdown-Reeve>> (20931), accompanied by <<Gwyneth Morgan>>"]]),
        ("p", "Allegation 1 (inadequate inspection of the roof) was admitted. Allegation 2 (practising while unfit) was found proved.",
         "Code of Conduct rule 4.2: members must not practise when their health impairs their judgement."),
        ("p", "In mitigation, Mr <<Ashdown-Reeve>> described ((health:a depressive episode in summer 2025 treated with citalopram and counselling)); his GP's letter was accepted."),
        ("p", "The panel noted a previous matter: ((criminal_offence:<<Nigel>> received a police caution for common assault in 2021)), which he had declared at renewal."),
        ("comment", "found proved", "Record the split decision? <<Hilary>> dissented on allegation 2.", "<<Yetunde Fashanu>>"),
        ("p", "Sanction: suspension for three months and a practice audit on return. Decision notice to be published without health details."),
    ], header="IRSV Professional Standards — CONFIDENTIAL", footer="IRSV, 40 Colmore Row, Birmingham [[uk_postcode:B3 2BJ]] · [[phone:0121 496 0700]]")


@document
def trade_member_register__ods(d):
    return ods(d, [
        ("Members", [
            ["Member no.", "Name", "Grade", "Joined", "Date of birth", "Email", "Mobile", "Status"],
            [20931, "<<Nigel Ashdown-Reeve>>", "MIRSV", date("2009-05-01"), dob("1964-03-15"), "[[email:nigel@ashdownreeve-surveys.example.co.uk]]", "[[phone:07700 900741]]", "Suspended"],
            [21877, "<<Farah Haq-Lindgren>>", "MIRSV", date("2014-09-01"), dob("1986-12-04"), "[[email:farah.hl@example.net]]", "[[phone:07700 900742]]", "Under investigation"],
            [19220, "<<Desmond Pryor>>", "FIRSV", date("1998-01-01"), dob("1959-07-21"), "[[email:d.pryor@example.com]]", "[[phone:07700 900743]]", "((criminal_offence:Expelled — convicted of fraud by abuse of position, 2025))"],
            [23004, "<<Ciarán Mac Lochlainn>>", "Associate", date("2023-02-01"), dob("1997-05-30"), "[[email:ciaran.maclochlainn@example.org]]", "[[phone:07700 900744]]", "Active"],
        ]),
        ("Subscriptions", [
            ["Member no.", "Name", "Annual £", "Paid"],
            [20931, "<<Nigel Ashdown-Reeve>>", 395, "DD"],
            [21877, "<<Farah Haq-Lindgren>>", 395, "Card"],
            [23004, "<<Ciarán Mac Lochlainn>>", 120, "Refund to IBAN [[iban:IE29 AIBK 9311 5212 3456 78]]"],
        ]),
    ], author="<<Priyanka Raghunathan>>")


@document
def trade_hearing_bundle__pdf(d):
    lines = [
        "IRSV v <<FARAH HAQ-LINDGREN>> (member 21877) - HEARING BUNDLE - INDEX",
        "",
        "Tab 1  Notice of hearing, 2 March 2026 ............................ page 1",
        "Tab 2  Complaint of Mr <<Oluwadamilare Fagbemi>>, 4 December 2025 .......... page 2",
        "Tab 3  Member's response ......................................... page 2",
        "Tab 4  Witness statement of <<Lorraine Butterworth>> (office manager) .... page 2",
        "",
        "Summary of allegations:",
        "1. That Ms <<Haq-Lindgren>> used discriminatory language towards the complainant in a telephone call.",
        "2. That she failed to declare a conflict of interest in a valuation for her brother-in-law.",
    ]
    lines += [""] * 36 + [
        "TAB 2 - COMPLAINT",
        "Complainant: <<Oluwadamilare Fagbemi>>, 18 Kingfisher Way, Walsall [[uk_postcode:WS2 8TL]], tel [[phone:07700 900751]]",
        "\"When I gave my name she asked where I was 'really from'. ((racial_ethnic_origin:I told her I am British Nigerian, Yoruba,))",
        "((racial_ethnic_origin:born in Lagos and raised in Walsall)). She then said she would 'double-check my documents'.\"",
        "",
        "TAB 3 - MEMBER'S RESPONSE (extract)",
        "\"I deny using any such words. ((religious_belief:As a practising Ahmadi Muslim)) I know what it is to be treated differently.\"",
        "Signed: <<F. Haq-Lindgren>>",
        "",
        "TAB 4 - WITNESS STATEMENT",
        "I, <<Lorraine Butterworth>>, heard Ms <<Haq-Lindgren>> ask the caller about his background. My direct line is [[phone:0121 496 0768]].",
    ]
    return pdf_doc(d, lines)


@document
def trade_decision_notice__md(d):
    return plain(d, """# IRSV Disciplinary Panel — published decision

**Member:** <<Nigel Ashdown-Reeve>> MIRSV (20931), Solihull
**Hearing:** 24 February 2026
**Panel:** <<Alasdair Crichton-Stuart>> (chair), <<Yetunde Fashanu>>, <<Hilary Kemp>>

| Allegation | Finding |
|---|---|
| Inadequate inspection of a roof at a residential survey | Admitted |
| Practising when unfit to do so | Proved |

**Sanction:** suspension from membership for three months from 1 March 2026, followed by an audit of ten reports.

The panel took account of mitigation which it does not publish. Members of the public can check a surveyor's status
on the register or by calling [[phone:+44 (0)121 496 0700]].

{{Chartered Surveyors' Week}} runs 20–24 April; the Institute's annual dinner will be held at {{Aston Hall}}.
""")


@document
def trade_case_tracker__tsv(d):
    rows = [["Case", "Opened", "Member", "No.", "Complainant", "Issue", "Stage", "Owner"],
            ["PS-25-118", "2025-12-04", "<<Farah Haq-Lindgren>>", "21877", "<<Oluwadamilare Fagbemi>>", "Discrimination; conflict of interest", "Hearing 23/03", "<<Priyanka Raghunathan>>"],
            ["PS-26-004", "2026-01-16", "<<Nigel Ashdown-Reeve>>", "20931", "<<Bronwen Pugh-Ellison>>", "Negligent survey", "Decided", "<<Priyanka Raghunathan>>"],
            ["PS-26-011", "2026-02-02", "<<Stuart Kinnear>>", "22450", "Anonymous", "((political_opinion:Social media posts as a Reform UK branch organiser)) — not a conduct matter", "Closed", "<<Jasmine Ekpo>>"],
            ["PS-26-015", "2026-02-19", "<<Gideon Weiss>>", "18777", "<<Rebecca Nwankwo>>", "((sex_life_orientation:Began a sexual relationship with a client during a probate valuation))", "Investigation", "<<Jasmine Ekpo>>"],
            ["PS-26-017", "2026-02-27", "<<Gideon Weiss>>", "18777", "", "((religious_belief:Asked to move interview off Yom Kippur and Shabbat)) — agreed", "Admin", "<<Jasmine Ekpo>>"]]
    return delimited(d, rows, "\t")


@document
def trade_sanctions__json(d):
    return json_doc(d, {
        "register": "IRSV public sanctions register",
        "updated": "2026-03-02",
        "entries": [
            {"memberName": "<<Nigel Ashdown-Reeve>>", "memberNumber": 20931, "sanction": "Suspension (3 months)", "from": "2026-03-01", "to": "2026-05-31"},
            {"memberName": "<<Desmond Pryor>>", "memberNumber": 19220, "sanction": "Expulsion", "from": "2025-11-14",
             "reason": "((criminal_offence:Conviction for fraud by abuse of position ({{Birmingham Crown Court}}, 2025)))"},
            {"memberName": "<<Hollie Sturgess-Mbatha>>", "memberNumber": 22108, "sanction": "Reprimand", "from": "2026-01-20", "reason": "Late CPD return"},
        ],
        "contact": {"email": "[[email:register@irsv.example.org]]", "web": "https://irsv.example.org/register", "serverIp": "[[ip_address:203.0.113.9]]"},
    })


@document
def trade_appeal_letter__rtf(d):
    return rtf_doc(d, [
        "{{Ashdown-Reeve Surveys}}, 11 Station Approach, Dorridge, Solihull [[uk_postcode:B93 8JA]]",
        "3 March 2026",
        "The Appeals Officer, IRSV, 40 Colmore Row, Birmingham [[uk_postcode:B3 2BJ]]",
        "Dear Sir or Madam,",
        "Appeal against the decision of 24 February 2026 (PS-26-004)",
        "I appeal against the finding on allegation 2. The panel relied on my own account of ((health:my depression and the medication I was taking)) without an independent medical report, and I was not told I could ask for one.",
        "My representative, <<Gwyneth Morgan>> of {{Morgan Pryce Associates}}, will send grounds in full by 17 March. My membership number is 20931 and my mobile is [[phone:07700 900741]].",
        "Yours faithfully,",
        "<<Nigel Ashdown-Reeve>> MIRSV",
        "Sent by email from [[email:nigel@ashdownreeve-surveys.example.co.uk]]",
    ])


@document
def training_trade_panel_members__txt(d):
    return plain(d, """IRSV — Induction for disciplinary panel members

Your role
You decide whether allegations against a member are proved, on the balance of probabilities, and what sanction is proportionate.

Confidential information
Bundles often contain health evidence offered in mitigation, criminal records disclosed at renewal, and sometimes details of faith,
ethnicity or sexual relationships raised by a complainant or a member. Read it, use it only for the case, and return the bundle
for shredding after the hearing. Published decisions never include mitigation.

Conflicts
Declare any link to the member, the complainant or their firms before the hearing, including membership of the same trade body
branch, club, party or place of worship.

Reasonable adjustments
Members and complainants may ask for adjustments for a disability or for religious observance; the clerk arranges them.

Sanctions guidance
Advice, reprimand, fine, suspension, expulsion. Consider previous findings, insight and remediation.
""")

# ---------------------------------------------------------------- checks and output


def name_parts(label: str) -> set[str]:
    parts = set()
    for tok in re.split(r"[\s,]+", label):
        tok = tok.strip(".'’()")
        if len(tok) < 3:
            continue
        parts.add(tok)
        for piece in re.split(r"[-’']", tok):
            if len(piece) >= 3:
                parts.add(piece)
    return parts


def check(doc: Doc, roster: set[str], negative: bool) -> list[str]:
    problems = list(doc.problems)
    residual = "\n".join(doc.residual)
    full = "\n".join(doc.rendered)
    for part in sorted(roster | set().union(*[name_parts(n) for n in doc.names] or [set()])):
        for form in {part, part.upper()}:
            m = re.search(rf"(?<![\w]){re.escape(form)}(?![\w])", residual)
            if m:
                ctx = residual[max(0, m.start() - 30):m.end() + 30].replace("\n", " ")
                problems.append(f"name part {form!r} outside a mention: ...{ctx}...")
    for kind, pattern in SYNTHETIC:
        for m in pattern.finditer(residual):
            problems.append(f"unlabelled {kind} look-alike {m.group(0)!r}")
    for m in re.finditer(r"(?i)\b(?:d\.?o\.?b\b\.?|born|date of birth)[^\n\d]{0,20}\d", residual):
        problems.append(f"unlabelled date of birth {m.group(0)!r}")
    if LEFTOVER.search(full):
        problems.append("markup left in the text")
    if negative and (doc.names or doc.categories):
        problems.append("a negative names someone or has a category")
    return problems


def main() -> int:
    if DOCS.exists():
        shutil.rmtree(DOCS)
    DOCS.mkdir()
    built = []
    for fn in DOCUMENTS:
        name = fn.__name__.replace("__", ".").replace("_", "-")
        d = Doc(name)
        data = fn(d)
        if isinstance(data, str):  # a single message
            data = data.encode("ascii")
        built.append((d, data))
    roster = set()
    for d, _ in built:
        for n in d.names:
            roster |= name_parts(n)
    problems = []
    for d, _ in built:
        negative = d.name.startswith(("policy-", "training-"))
        problems += [f"{d.name}: {p}" for p in check(d, roster, negative)]
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    labels = []
    for d, data in sorted(built, key=lambda b: b[0].name):
        (DOCS / d.name).write_bytes(data)
        labels.append(json.dumps(d.label(), ensure_ascii=False))
    (HERE / "labels.jsonl").write_text("\n".join(labels) + "\n", encoding="utf-8")
    report(built)
    return 0


def report(built) -> None:
    docs = len(built)
    neg = sum(d.name.startswith(("policy-", "training-")) for d, _ in built)
    names = sum(len(d.names) for d, _ in built)
    ids: dict[str, int] = {}
    cats: dict[str, int] = {}
    for d, _ in built:
        for kind, _v in d.ids:
            ids[kind] = ids.get(kind, 0) + 1
        for c in d.categories:
            cats[c] = cats.get(c, 0) + 1
    print(f"{docs} documents ({neg} negative), {names} name labels, {sum(ids.values())} identifier labels")
    print("identifiers: " + ", ".join(f"{k} {v}" for k, v in sorted(ids.items(), key=lambda kv: (-kv[1], kv[0]))))
    print("documents per category: " + ", ".join(f"{k} {v}" for k, v in sorted(cats.items(), key=lambda kv: (-kv[1], kv[0]))))
    print("formats: " + ", ".join(f"{k} {v}" for k, v in sorted(
        {e: sum(d.name.endswith("." + e) for d, _ in built) for e in {d.name.rsplit(".", 1)[1] for d, _ in built}}.items())))


if __name__ == "__main__":
    sys.exit(main())
