#!/usr/bin/env python3
"""Generate heldout23, a twenty-third blind held-out evaluation set for dpscan.

72 synthetic documents from eight kinds of organisation: a private fertility
clinic, a coroner's office, a social and political research agency, a
charity's legacy and major-donor team, an accountancy practice and payroll
bureau, a Court of Protection deputyship team, an opticians chain with a
diabetic eye screening programme, and a council's library and home library
service; plus eight policy and training texts that name no one.

Every value is written by hand: no random draws. Documents are written with
markup, so the labels are the spans that write the text:

- ``<<Jane Smith>>``: a person's name as written (titles stay outside);
- ``[[kind:written]]``: an identifier, normalised here (``kind`` is a contract
  kind or a short alias); ``[[=kind:value]]`` labels a value written in
  other words or spread over cells, and writes nothing;
- ``((category:words))``: words revealing a special category about a named
  person (``category`` is a contract id or a short alias);
- ``{{words}}``: a distractor (a place, firm or thing named like a person),
  recorded so that the name check passes over it.

Judgement calls (the category labelling guide at the end of
``tests/eval/README.md``, points 1 to 8, is followed; its open cases are
decided so):

- health: IVF, ICSI, egg or sperm freezing, insemination and a frozen
  embryo transfer of a named patient, a low AMH or a semen analysis
  result, PCOS, a surrogate's obstetric history, a cause of death,
  toxicology, a suicide conclusion, a capacity finding and its diagnosis
  (Alzheimer's, acquired brain injury, learning disability), a fit note's
  condition, a terminal diagnosis, a stroke, a juror excused for
  chemotherapy, Attendance Allowance, a sight test's glaucoma,
  keratoconus, AMD or amblyopia, a diabetic eye screening grade (R0 too:
  it is a diabetic's screening), a visual field defect, a housebound
  reader's condition, a hearing loop needed, a disability answered on a
  screener or a form ("Deaf, uses BSL" and "Autistic" too);
- genetic: a donor's CF or SMA carrier result (also "no variant detected":
  a result all the same), a BRCA1 variant, a Huntington's CAG expansion, an
  RPGR variant; also health where the condition or a treatment is named
  (a mastectomy, retinitis pigmentosa, Huntington's disease in a client);
  Down syndrome named as a diagnosis is health only;
- biometric: a palm-vein scan enrolled for identification at procedures,
  fingerprints matched on IDENT1 to identify a deceased, webcam facial
  coding with face templates, fingerprint clocking; a biometric residence
  permit is nothing;
- religious_belief: a donor's religion, a religion answered on a screener
  or a case record, an embryo's disposal refused as practising Catholics, a
  post-mortem objected to or a burial before Shabbat or the same day asked
  for a named person, Gift Aid and Zakat to a mosque, giving through a
  synagogue, no calls on Shabbat, a kosher meal for a named observant donor
  and halal for a named practising Muslim, a Hindu client's diet and
  fasting, Communion asked for, a Sikh's turban and uncut beard, a named
  member or chair of a mosque's women's group, Friday prayers; a whole
  lunch's kosher and halal options and an "LGBT+" or faith group with no
  one named in it are nothing;
- racial_ethnic_origin: an ethnicity field or answer, a stated heritage;
  a preferred language or a nationality is nothing;
- political_opinion: a party voted for (2024 and past), a side in the EU
  referendum, party membership or a ward secretary's role, donations on
  the Electoral Commission register, a Labour peer, a party's candidate,
  a councillor's party, a room booked for a named party's meeting;
  "Did not vote" and "Prefer not to say" are nothing;
- trade_union: a union subscription deducted or stopped, a union named
  against an employee, a shop steward or school rep, joining a union;
- sex_life_orientation: a same-sex couple's treatment and consent, a man's
  husband, a woman's wife, a partner of 41 years of the same sex, an
  orientation answered ("Heterosexual" too);
- criminal_offence: a death in prison custody or a listing "from HMP" (the
  deceased was a prisoner), a conviction (spent too), a fine's attachment
  of earnings, an HMRC fraud investigation under COP9, a ban for indecent
  images with the police called and an arrest, a son's fraud conviction;
  a county court debt's attachment of earnings, a clear DBS, a pending
  DBS, a "no arrest yet" and being a victim are nothing.

A relative's category counts only when the relative is named. Dates of
death, of hearings, of payments and of visits are not dates of birth;
children's dates of birth are.

Run ``python3 tests/eval/heldout23/generate.py``: it checks every document,
and writes nothing when any check fails.
"""

import base64
import csv
import datetime as dt
import html
import io
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

KINDS = {
    "nino": "uk_nino",
    "bank": "uk_bank_account",
    "iban": "iban",
    "card": "payment_card",
    "email": "email",
    "phone": "phone",
    "pc": "uk_postcode",
    "nhs": "nhs_number",
    "dob": "date_of_birth",
    "passport": "uk_passport",
    "licence": "uk_driving_licence",
    "ip": "ip_address",
}
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
CATEGORY_ALIASES = {
    "eth": "racial_ethnic_origin",
    "pol": "political_opinion",
    "rel": "religious_belief",
    "tu": "trade_union",
    "gen": "genetic",
    "bio": "biometric",
    "health": "health",
    "sex": "sex_life_orientation",
    "crim": "criminal_offence",
}
TITLES = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "cllr", "revd",
    "rev", "sir", "dame", "lord", "lady", "baroness", "baron", "rabbi", "imam",
    "father", "fr", "pc", "dc", "ds", "sgt", "insp", "judge", "hhj", "canon",
    "sister",
}
TEST_CARDS = {
    "4111111111111111", "4012888888881881", "4242424242424242",
    "4000056655665556", "5555555555554444", "5105105105105100",
    "2223003122003222", "5200828282828210", "378282246310005",
    "371449635398431",
}
EXAMPLE_IBANS = {
    "GB82WEST12345698765432", "DE89370400440532013000",
    "NL91ABNA0417164300", "FR1420041010050500013M02606",
    "IE29AIBK93115212345678",
}
MARKUP = re.compile(
    r"<<(?P<name>.+?)>>"
    r"|\[\[(?P<silent>=?)(?P<kind>[a-z_]+):(?P<value>.+?)\]\]"
    r"|\(\((?P<cat>[a-z_]+):(?P<words>.+?)\)\)"
    r"|\{\{(?P<dist>.+?)\}\}"
)
LEFTOVER = re.compile(r"<<|>>|\[\[|\]\]|\(\(|\)\)|\{\{|\}\}")
ZIP_TIME = (2026, 3, 2, 9, 0, 0)


class Refused(Exception):
    """A document that breaks a check."""


# --- identifiers -----------------------------------------------------------

DATE_FORMATS = [
    "%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%d %B %Y", "%d %b %Y",
    "%d-%b-%Y", "%B %d, %Y", "%d %b %y", "%d/%m/%y",
]


def parse_date(text):
    plain = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text.strip()).replace("Sept ", "Sep ")
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(plain, fmt).date()
        except ValueError:
            continue
    raise Refused(f"unreadable date {text!r}")


def is_drama(national):
    """A UK number without its leading 0, in one of Ofcom's drama ranges."""
    return re.fullmatch(
        r"7700900\d{3}|1(?:1[3-8]|[2-6]1)4960\d{3}|1914980\d{3}|2079460\d{3}"
        r"|1632960\d{3}|8081570\d{3}|9098790\d{3}|3069990\d{3}|2920180\d{3}"
        r"|2890180\d{3}",
        national,
    ) is not None


def phone_e164(text):
    digits = re.sub(r"\D", "", text.replace("(0)", ""))
    if text.strip().startswith("+44"):
        national = digits[2:]
    elif digits.startswith("0"):
        national = digits[1:]
    else:
        raise Refused(f"phone not UK {text!r}")
    if not is_drama(national):
        raise Refused(f"phone outside the drama ranges {text!r}")
    return "+44" + national


def nhs_ok(digits):
    if not re.fullmatch(r"999\d{7}", digits):
        return False
    total = sum(int(c) * (10 - i) for i, c in enumerate(digits[:9]))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def luhn(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def iban_ok(value):
    moved = value[4:] + value[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


EXAMPLE_MAIL = re.compile(
    r"[a-z0-9._%+'-]+@(?:[a-z0-9-]+\.)*example\.(?:com|org|net|co\.uk|org\.uk|gov\.uk|nhs\.uk|ac\.uk)"
)
POSTCODE = re.compile(r"^([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})$")


def normalise(kind, text):
    """The contract's normalised value of an identifier as written."""
    plain = text.strip()
    if kind == "uk_nino":
        value = re.sub(r"\s", "", plain).upper()
        ok = re.fullmatch(r"QQ\d{6}[A-D]", value)
    elif kind == "uk_bank_account":
        value = plain
        ok = re.fullmatch(r"\d{6}:\d{8}", value)
    elif kind == "iban":
        value = re.sub(r"\s", "", plain).upper()
        ok = value in EXAMPLE_IBANS and iban_ok(value)
    elif kind == "payment_card":
        value = re.sub(r"[\s-]", "", plain)
        ok = value in TEST_CARDS and luhn(value)
    elif kind == "email":
        value = plain.lower()
        ok = EXAMPLE_MAIL.fullmatch(value)
    elif kind == "phone":
        value = phone_e164(plain)
        ok = True
    elif kind == "uk_postcode":
        m = POSTCODE.match(plain.upper())
        ok = m and "9" in m.group(1)
        value = f"{m.group(1)} {m.group(2)}" if m else plain
    elif kind == "nhs_number":
        value = re.sub(r"[\s-]", "", plain)
        ok = nhs_ok(value)
    elif kind == "date_of_birth":
        value = parse_date(plain).isoformat()
        ok = True
    elif kind == "uk_passport":
        value = re.sub(r"\s", "", plain)
        ok = re.fullmatch(r"\d{9}", value)
    elif kind == "uk_driving_licence":
        value = re.sub(r"\s", "", plain).upper()[:16]
        ok = re.fullmatch(r"[A-Z9]{5}\d[0156]\d[0-3]\d\d[A-Z9]{2}\d[A-Z]{2}", value)
    elif kind == "ip_address":
        addr = ipaddress.ip_address(plain)
        value = addr.compressed
        ok = any(
            addr in ipaddress.ip_network(n)
            for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
        )
    else:
        raise Refused(f"unknown kind {kind}")
    if not ok:
        raise Refused(f"malformed or non-synthetic {kind}: {text!r}")
    return value


# --- documents and their checks --------------------------------------------


class Doc:
    """One document: its labels, and the plain fragments that write it."""

    def __init__(self, name):
        self.name = name
        self.names = []
        self.categories = set()
        self.ids = []
        self.fragments = []

    def label(self, kind, value):
        """Labels an identifier written in other words or spread over cells."""
        kind = KINDS.get(kind, kind)
        self.add_id(kind, normalise(kind, value))

    def add_id(self, kind, value):
        if [kind, value] not in self.ids:
            self.ids.append([kind, value])

    def m(self, text):
        """The plain text of a marked-up string; records its labels."""
        out, spans, pos = [], [], 0
        length = 0
        for match in MARKUP.finditer(text):
            before = text[pos:match.start()]
            out.append(before)
            length += len(before)
            pos = match.end()
            g = match.groupdict()
            if g["name"] is not None:
                written, span = g["name"], "name"
                self.add_name(written)
            elif g["kind"] is not None:
                kind = KINDS.get(g["kind"], g["kind"])
                written = g["value"]
                if g["silent"]:
                    self.label(kind, written)
                    continue
                self.add_id(kind, normalise(kind, written))
                span = "id"
            elif g["cat"] is not None:
                category = CATEGORY_ALIASES.get(g["cat"], g["cat"])
                if category not in CATEGORIES:
                    raise Refused(f"{self.name}: unknown category {g['cat']}")
                self.categories.add(category)
                written, span = g["words"], "category"
            else:
                written, span = g["dist"], "distractor"
            spans.append((length, length + len(written), span))
            out.append(written)
            length += len(written)
        out.append(text[pos:])
        plain = "".join(out)
        self.fragments.append((plain, spans))
        return plain

    def add_name(self, written):
        words = written.split(" ")
        if written != " ".join(written.split()) or not written.strip():
            raise Refused(f"{self.name}: odd whitespace in name {written!r}")
        if words[0].lower().rstrip(".") in TITLES:
            raise Refused(f"{self.name}: name label starts with a title: {written!r}")
        if written not in self.names:
            self.names.append(written)

    def label_line(self):
        return {
            "doc": self.name,
            "names": self.names,
            "categories": [c for c in CATEGORIES if c in self.categories],
            "ids": self.ids,
        }

    def check(self):
        problems = []
        negative = self.name.startswith(("policy-", "training-"))
        if negative and (self.names or self.categories):
            problems.append("a policy or training text names someone or has a category")
        parts = set()
        for written in self.names:
            parts.update(p.lower() for p in re.findall(r"[^\W\d_]+", written) if len(p) >= 3)
        part_pattern = (
            re.compile(
                r"(?<![^\W\d_])(" + "|".join(sorted(map(re.escape, parts), key=len, reverse=True)) + r")(?![^\W\d_])",
                re.IGNORECASE,
            )
            if parts
            else None
        )
        for plain, spans in self.fragments:
            if LEFTOVER.search(plain):
                problems.append(f"markup left in {plain[:60]!r}")

            def covered(start, end, kinds):
                return any(s <= start and end <= e and k in kinds for s, e, k in spans)

            if part_pattern:
                for hit in part_pattern.finditer(plain):
                    if not covered(hit.start(), hit.end(), {"name", "distractor", "id"}):
                        problems.append(f"name part {hit.group()!r} unlabelled in {plain[max(0, hit.start() - 30):hit.end() + 30]!r}")
            for pattern, what in UNLABELLED:
                for hit in pattern.finditer(plain):
                    if what(hit.group()) and not covered(hit.start(), hit.end(), {"id"}):
                        problems.append(f"unlabelled identifier {hit.group()!r}")
        return problems


def drama_hit(text):
    digits = re.sub(r"\D", "", text.replace("(0)", ""))
    national = digits[2:] if text.startswith("+44") else digits[1:]
    return is_drama(national)


def card_hit(text):
    digits = re.sub(r"\D", "", text)
    return luhn(digits) and re.match(r"4|5[1-5]|2[2-7]|3[47]", digits) is not None


UNLABELLED = [
    (re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+"), lambda s: True),
    (re.compile(r"\bQQ ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b"), lambda s: True),
    (re.compile(r"\b(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}\b|\b2001:db8:[0-9a-f:]*", re.I), lambda s: True),
    (re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b"), lambda s: True),
    (re.compile(r"(?<![\d+])(?:\+44 ?(?:\(0\) ?)?|0)\d[\d ()-]{7,13}\d(?!\d)"), drama_hit),
    (re.compile(r"(?<!\d)999[ -]?\d{3}[ -]?\d{4}(?!\d)"), lambda s: True),
    (re.compile(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)"), card_hit),
]


# --- writers ---------------------------------------------------------------


def zip_bytes(members, stored_first=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    return buf.getvalue()


def x(text):
    return html.escape(text, quote=True)


def text_file(d, text):
    return d.m(text).encode("utf-8")


def csv_file(d, rows, delimiter=","):
    buf = io.StringIO()
    if delimiter == "\t":
        for row in rows:
            buf.write("\t".join(d.m(str(c)) for c in row) + "\n")
    else:
        w = csv.writer(buf, lineterminator="\n")
        for row in rows:
            w.writerow([d.m(str(c)) for c in row])
    return buf.getvalue().encode("utf-8")


def walk_json(d, value):
    if isinstance(value, str):
        return d.m(value)
    if isinstance(value, list):
        return [walk_json(d, v) for v in value]
    if isinstance(value, dict):
        return {k: walk_json(d, v) for k, v in value.items()}
    return value


def json_file(d, value):
    return (json.dumps(walk_json(d, value), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def jsonl_file(d, records):
    return "".join(json.dumps(walk_json(d, r), ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def html_file(d, markup):
    return d.m(markup).encode("utf-8")


# PDF: one page of Helvetica, WinAnsi.

WIDTHS = {" ": 0.278, ".": 0.278, ",": 0.278, ":": 0.278, ";": 0.278, "'": 0.191, "|": 0.26, "(": 0.333, ")": 0.333, "-": 0.333, "/": 0.278}


def line_width(text, size):
    total = 0.0
    for c in text:
        if c in WIDTHS:
            total += WIDTHS[c]
        elif c.isupper() or c in "@%&MW":
            total += 0.722
        elif c.isdigit():
            total += 0.556
        else:
            total += 0.556
    return total * size


def pdf_string(text):
    out = []
    for b in text.encode("cp1252"):
        ch = chr(b)
        if ch in "()\\":
            out.append("\\" + ch)
        elif 32 <= b < 127:
            out.append(ch)
        else:
            out.append(f"\\{b:03o}")
    return "(" + "".join(out) + ")"


def pdf_file(d, lines, title, author):
    """A one-page text PDF; a line starting with '# ' is set in bold."""
    rows = []
    for line in lines:
        plain = d.m(line)
        bold = plain.startswith("# ")
        body = plain[2:] if bold else plain
        try:
            body.encode("cp1252")
        except UnicodeEncodeError:
            raise Refused(f"{d.name}: PDF line not WinAnsi: {body!r}")
        size = 12 if bold else 9.5
        if line_width(body, size) > 500:
            raise Refused(f"{d.name}: PDF line overflows: {body!r}")
        rows.append((bold, size, body))
    if len(rows) > 60:
        raise Refused(f"{d.name}: PDF longer than a page")
    ops = ["BT", "50 800 Td"]
    for bold, size, body in rows:
        ops.append(f"/{'F2' if bold else 'F1'} {size} Tf 0 -{13 if not bold else 17} Td {pdf_string(body)} Tj")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    info_title, info_author = d.m(title), d.m(author)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        (
            "<< /Title " + pdf_string(info_title) + " /Author " + pdf_string(info_author)
            + " /Producer (heldout23 generate.py) /CreationDate (D:20260302090000Z) >>"
        ).encode("latin-1"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


# RTF


def rtf_escape(text):
    out = []
    for c in text:
        if c in "\\{}":
            out.append("\\" + c)
        elif ord(c) < 128:
            out.append(c)
        else:
            code = ord(c)
            out.append(f"\\u{code if code < 32768 else code - 65536}?")
    return "".join(out)


def rtf_file(d, paragraphs, title, author):
    """Paragraphs: a string, ('b', text) in bold, or ('note', text, footnote)."""
    body = []
    for p in paragraphs:
        if isinstance(p, str):
            body.append(r"\pard " + rtf_escape(d.m(p)) + r"\par")
        elif p[0] == "b":
            body.append(r"\pard {\b " + rtf_escape(d.m(p[1])) + r"}\par")
        else:
            body.append(
                r"\pard " + rtf_escape(d.m(p[1]))
                + r"{\super\chftn}{\footnote\pard\plain {\super\chftn} " + rtf_escape(d.m(p[2])) + r"}\par"
            )
    head = (
        r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Helvetica;}}"
        + r"{\info{\title " + rtf_escape(d.m(title)) + r"}{\author " + rtf_escape(d.m(author)) + r"}}"
        + "\n\\f0\\fs22\n"
    )
    return (head + "\n".join(body) + "\n}\n").encode("ascii")


# Word

W_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
)


def w_run(text, bold=False):
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{x(text)}</w:t></w:r>'


def w_para(runs):
    return "<w:p>" + runs + "</w:p>"


def core_xml(d, creator, editor, title):
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{x(d.m(title))}</dc:title><dc:creator>{x(d.m(creator))}</dc:creator>"
        f"<cp:lastModifiedBy>{x(d.m(editor))}</cp:lastModifiedBy>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-02T09:00:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-03T16:30:00Z</dcterms:modified>'
        "</cp:coreProperties>"
    )


def docx_file(d, blocks, header, footer, creator, editor, title):
    """Blocks: a string (paragraph), ('h', text), ('table', rows), ('box', [texts]),
    ('note', text, footnote), ('comment', before, anchored, after, author, comment)."""
    body, notes, comments = [], [], []
    for b in blocks:
        if isinstance(b, str):
            body.append(w_para(w_run(d.m(b))))
        elif b[0] == "h":
            body.append(w_para(w_run(d.m(b[1]), bold=True)))
        elif b[0] == "table":
            rows = "".join(
                "<w:tr>" + "".join(f"<w:tc><w:p>{w_run(d.m(str(c)))}</w:p></w:tc>" for c in row) + "</w:tr>"
                for row in b[1]
            )
            body.append('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>' + rows + "</w:tbl>")
        elif b[0] == "box":
            inner = "".join(w_para(w_run(d.m(t))) for t in b[1])
            body.append(
                '<w:p><w:r><w:pict><v:shape id="box1" type="#_x0000_t202" style="width:220pt;height:90pt">'
                f"<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
            )
        elif b[0] == "note":
            n = len(notes) + 1
            notes.append(f'<w:footnote w:id="{n}"><w:p>{w_run(d.m(b[2]))}</w:p></w:footnote>')
            body.append(
                w_para(w_run(d.m(b[1])) + f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>')
            )
        else:
            _, before, anchored, after, author, comment = b
            n = len(comments)
            author_plain = d.m(author)
            comments.append(
                f'<w:comment w:id="{n}" w:author="{x(author_plain)}" w:date="2026-03-03T11:00:00Z">'
                f"<w:p>{w_run(d.m(comment))}</w:p></w:comment>"
            )
            body.append(
                "<w:p>" + w_run(d.m(before)) + f'<w:commentRangeStart w:id="{n}"/>' + w_run(d.m(anchored))
                + f'<w:commentRangeEnd w:id="{n}"/><w:r><w:commentReference w:id="{n}"/></w:r>' + w_run(d.m(after)) + "</w:p>"
            )
    decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    document = (
        f"{decl}<w:document {W_NS}><w:body>" + "".join(body)
        + '<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:footerReference w:type="default" r:id="rIdF"/></w:sectPr>'
        + "</w:body></w:document>"
    )
    hdr = f"{decl}<w:hdr {W_NS}>{w_para(w_run(d.m(header)))}</w:hdr>"
    ftr = f"{decl}<w:ftr {W_NS}>{w_para(w_run(d.m(footer)))}</w:ftr>"
    footnotes = (
        f"{decl}<w:footnotes {W_NS}>"
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        + "".join(notes) + "</w:footnotes>"
    )
    comments_xml = f"{decl}<w:comments {W_NS}>" + "".join(comments) + "</w:comments>"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    doc_rels = (
        f'{decl}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rIdH" Type="{rel}header" Target="header1.xml"/>'
        f'<Relationship Id="rIdF" Type="{rel}footer" Target="footer1.xml"/>'
        f'<Relationship Id="rIdN" Type="{rel}footnotes" Target="footnotes.xml"/>'
        f'<Relationship Id="rIdC" Type="{rel}comments" Target="comments.xml"/>'
        "</Relationships>"
    )
    wml = "application/vnd.openxmlformats-officedocument.wordprocessingml."
    types = (
        f'{decl}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/word/document.xml" ContentType="{wml}document.main+xml"/>'
        f'<Override PartName="/word/header1.xml" ContentType="{wml}header+xml"/>'
        f'<Override PartName="/word/footer1.xml" ContentType="{wml}footer+xml"/>'
        f'<Override PartName="/word/footnotes.xml" ContentType="{wml}footnotes+xml"/>'
        f'<Override PartName="/word/comments.xml" ContentType="{wml}comments+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        "</Types>"
    )
    root_rels = (
        f'{decl}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{rel}officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        "</Relationships>"
    )
    return zip_bytes([
        ("[Content_Types].xml", types),
        ("_rels/.rels", root_rels),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", doc_rels),
        ("word/header1.xml", hdr),
        ("word/footer1.xml", ftr),
        ("word/footnotes.xml", footnotes),
        ("word/comments.xml", comments_xml),
        ("docProps/core.xml", core_xml(d, creator, editor, title)),
    ])


# Excel


class Date:
    """A date cell (a spreadsheet serial or an ODF date); a date of birth when dob."""

    def __init__(self, iso, dob=False):
        self.date = dt.date.fromisoformat(iso)
        self.dob = dob


def col_name(i):
    name = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(65 + r) + name
    return name


def xlsx_file(d, sheets, creator, editor, title):
    """Sheets: (name, rows); a cell is a string, an int or float, or a Date."""
    strings, index = [], {}
    sheet_xml = []
    for _, rows in sheets:
        out = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, value in enumerate(row):
                ref = f"{col_name(c)}{r}"
                if value is None or value == "":
                    continue
                if isinstance(value, Date):
                    if value.dob:
                        d.label("dob", value.date.isoformat())
                    serial = (value.date - dt.date(1899, 12, 30)).days
                    cells.append(f'<c r="{ref}" s="1"><v>{serial}</v></c>')
                elif isinstance(value, (int, float)):
                    cells.append(f'<c r="{ref}"><v>{value}</v></c>')
                else:
                    plain = d.m(value)
                    if plain not in index:
                        index[plain] = len(strings)
                        strings.append(plain)
                    cells.append(f'<c r="{ref}" t="s"><v>{index[plain]}</v></c>')
            out.append(f'<row r="{r}">' + "".join(cells) + "</row>")
        sheet_xml.append(
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            + "".join(out) + "</sheetData></worksheet>"
        )
    decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    workbook = (
        f'{decl}<workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
        + "".join(f'<sheet name="{x(n)}" sheetId="{i}" r:id="rId{i}"/>' for i, (n, _) in enumerate(sheets, 1))
        + "</sheets></workbook>"
    )
    n = len(sheets)
    wb_rels = (
        f'{decl}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(f'<Relationship Id="rId{i}" Type="{rel}/worksheet" Target="worksheets/sheet{i}.xml"/>' for i in range(1, n + 1))
        + f'<Relationship Id="rId{n + 1}" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/>'
        + f'<Relationship Id="rId{n + 2}" Type="{rel}/styles" Target="styles.xml"/>'
        + "</Relationships>"
    )
    shared = (
        f'{decl}<sst xmlns="{main}" count="{len(strings)}" uniqueCount="{len(strings)}">'
        + "".join(f'<si><t xml:space="preserve">{x(s)}</t></si>' for s in strings) + "</sst>"
    )
    styles = (
        f'{decl}<styleSheet xmlns="{main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
        "</styleSheet>"
    )
    sml = "application/vnd.openxmlformats-officedocument.spreadsheetml."
    types = (
        f'{decl}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{sml}sheet.main+xml"/>'
        + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{sml}worksheet+xml"/>' for i in range(1, n + 1))
        + f'<Override PartName="/xl/sharedStrings.xml" ContentType="{sml}sharedStrings+xml"/>'
        f'<Override PartName="/xl/styles.xml" ContentType="{sml}styles+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        "</Types>"
    )
    root_rels = (
        f'{decl}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        "</Relationships>"
    )
    members = [
        ("[Content_Types].xml", types),
        ("_rels/.rels", root_rels),
        ("xl/workbook.xml", workbook),
        ("xl/_rels/workbook.xml.rels", wb_rels),
        ("xl/sharedStrings.xml", shared),
        ("xl/styles.xml", styles),
    ]
    members += [(f"xl/worksheets/sheet{i}.xml", s) for i, s in enumerate(sheet_xml, 1)]
    members.append(("docProps/core.xml", core_xml(d, creator, editor, title)))
    return zip_bytes(members)


# OpenDocument

ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3"'
)


def odf_annotation(d, author, text):
    return (
        f"<office:annotation><dc:creator>{x(d.m(author))}</dc:creator><dc:date>2026-03-03T10:15:00</dc:date>"
        f"<text:p>{x(d.m(text))}</text:p></office:annotation>"
    )


def odf_package(d, mime, body, creator, editor, title):
    decl = '<?xml version="1.0" encoding="UTF-8"?>'
    content = f"{decl}<office:document-content {ODF_NS}><office:body>{body}</office:body></office:document-content>"
    meta = (
        f"{decl}<office:document-meta {ODF_NS}><office:meta>"
        f"<dc:title>{x(d.m(title))}</dc:title><meta:initial-creator>{x(d.m(creator))}</meta:initial-creator>"
        f"<dc:creator>{x(d.m(editor))}</dc:creator><meta:creation-date>2026-03-02T09:00:00</meta:creation-date>"
        "<dc:date>2026-03-03T16:30:00</dc:date></office:meta></office:document-meta>"
    )
    styles = f"{decl}<office:document-styles {ODF_NS}/>"
    manifest = (
        f'{decl}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    return zip_bytes(
        [("mimetype", mime), ("META-INF/manifest.xml", manifest), ("content.xml", content),
         ("styles.xml", styles), ("meta.xml", meta)],
        stored_first="mimetype",
    )


def odt_file(d, blocks, creator, editor, title):
    """Blocks: a string, ('h', text), ('table', rows), ('note', before, author, comment, after)."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append(f"<text:p>{x(d.m(b))}</text:p>")
        elif b[0] == "h":
            body.append(f'<text:h text:outline-level="2">{x(d.m(b[1]))}</text:h>')
        elif b[0] == "table":
            rows = "".join(
                "<table:table-row>" + "".join(
                    f'<table:table-cell office:value-type="string"><text:p>{x(d.m(str(c)))}</text:p></table:table-cell>' for c in row
                ) + "</table:table-row>"
                for row in b[1]
            )
            cols = len(b[1][0])
            body.append(f'<table:table table:name="Table{len(body)}"><table:table-column table:number-columns-repeated="{cols}"/>{rows}</table:table>')
        else:
            _, before, author, comment, after = b
            body.append(f"<text:p>{x(d.m(before))}{odf_annotation(d, author, comment)}{x(d.m(after))}</text:p>")
    return odf_package(d, "application/vnd.oasis.opendocument.text", "<office:text>" + "".join(body) + "</office:text>", creator, editor, title)


class Note:
    """An ODS cell carrying an annotation."""

    def __init__(self, value, author, text):
        self.value, self.author, self.text = value, author, text


def ods_cell(d, value):
    if isinstance(value, Note):
        inner = ods_cell(d, value.value)
        return inner.replace("<text:p>", odf_annotation(d, value.author, value.text) + "<text:p>", 1)
    if value is None or value == "":
        return "<table:table-cell/>"
    if isinstance(value, Date):
        if value.dob:
            d.label("dob", value.date.isoformat())
        shown = value.date.strftime("%d/%m/%Y")
        return f'<table:table-cell office:value-type="date" office:date-value="{value.date.isoformat()}"><text:p>{shown}</text:p></table:table-cell>'
    if isinstance(value, (int, float)):
        return f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'
    return f'<table:table-cell office:value-type="string"><text:p>{x(d.m(value))}</text:p></table:table-cell>'


def ods_file(d, sheets, creator, editor, title):
    tables = []
    for name, rows in sheets:
        body = "".join("<table:table-row>" + "".join(ods_cell(d, c) for c in row) + "</table:table-row>" for row in rows)
        tables.append(f'<table:table table:name="{x(name)}">{body}</table:table>')
    return odf_package(d, "application/vnd.oasis.opendocument.spreadsheet", "<office:spreadsheet>" + "".join(tables) + "</office:spreadsheet>", creator, editor, title)


# Mail


def encoded_word(text):
    return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


def address_list(d, people):
    out = []
    for display, address in people:
        mail = d.m(address)
        shown = d.m(display) if display else ""
        if not shown:
            out.append(mail)
        elif not shown.isascii():
            out.append(f"{encoded_word(shown)} <{mail}>")
        elif re.search(r"[,.()'@]", shown):
            out.append(f'"{shown}" <{mail}>')
        else:
            out.append(f"{shown} <{mail}>")
    return ", ".join(out)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    return base64.encodebytes(data).decode("ascii")


def mail_headers(d, sender, to, subject, date, msgid, cc=None, reply_to=None, q_subject=False):
    plain_subject = d.m(subject)
    if not plain_subject.isascii() or q_subject:
        shown = encoded_word(plain_subject)
    else:
        shown = plain_subject
    lines = [f"From: {address_list(d, [sender])}", f"To: {address_list(d, to)}"]
    if cc:
        lines.append(f"Cc: {address_list(d, cc)}")
    lines += [f"Subject: {shown}", f"Date: {date}", f"Message-ID: <{msgid}>"]
    if reply_to:
        lines.append(f"In-Reply-To: <{reply_to}>")
    lines.append("MIME-Version: 1.0")
    return "\n".join(lines) + "\n"


def eml_file(d, sender, to, subject, date, text, html_body=None, attachments=(), cc=None, q_subject=False):
    """A message: text (quoted-printable), an HTML alternative, base64 attachments
    given as (file name, content type, bytes)."""
    tag = d.name.rsplit(".", 1)[0]
    head = mail_headers(d, sender, to, subject, date, f"{tag}.1@mail.heldout23.invalid", cc=cc, q_subject=q_subject)
    text_part = "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(d.m(text)) + "\n"
    if html_body is not None:
        alt = f"==alt-{tag}=="
        body = (
            f'Content-Type: multipart/alternative; boundary="{alt}"\n\n'
            f"--{alt}\n{text_part}--{alt}\n"
            "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
            + qp(d.m(html_body)) + f"\n--{alt}--\n"
        )
    else:
        body = text_part
    if attachments:
        mix = f"==mix-{tag}=="
        parts = [f'Content-Type: multipart/mixed; boundary="{mix}"\n\nThis is a multi-part message in MIME format.\n', f"--{mix}\n{body}"]
        for filename, ctype, data in attachments:
            parts.append(
                f'--{mix}\nContent-Type: {ctype}; name="{filename}"\nContent-Transfer-Encoding: base64\n'
                f'Content-Disposition: attachment; filename="{filename}"\n\n{b64(data)}'
            )
        parts.append(f"--{mix}--\n")
        return (head + "".join(parts)).encode("ascii")
    return (head + body).encode("ascii")


def mbox_file(d, messages):
    """Messages: (envelope sender, envelope date, sender, to, subject, date, text)."""
    out = []
    tag = d.name.rsplit(".", 1)[0]
    for i, (env, env_date, sender, to, subject, date, text) in enumerate(messages, 1):
        plain = d.m(text)
        for line in plain.split("\n"):
            if line.startswith("From "):
                raise Refused(f"{d.name}: mbox body line starts with 'From '")
        reply = f"{tag}.{i - 1}@mail.heldout23.invalid" if i > 1 else None
        head = mail_headers(d, sender, to, subject, date, f"{tag}.{i}@mail.heldout23.invalid", reply_to=reply)
        out.append(
            f"From {env} {env_date}\n" + head
            + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + plain.rstrip("\n") + "\n\n"
        )
    return "".join(out).encode("utf-8")


DOCUMENTS = []


def document(name):
    """Registers a function that writes the document `name` from its Doc."""

    def register(write):
        DOCUMENTS.append((name, write))
        return write

    return register


# --- documents -------------------------------------------------------------

# 1. A private fertility clinic.

FERT_ADDRESS = "Aireborough Fertility Centre, 2 Netherfield Yard, Guiseley, Leeds [[pc:LS95 2FC]]"
FERT_PHONE = "[[phone:0113 496 0284]]"
FERT_MAIL = "[[email:reception@aireboroughfertility.example.co.uk]]"


@document("fert-cycle-register.xlsx")
def fert_cycle_register(d):
    cycles = [
        ["Patient ID", "Surname", "Forename", "DOB", "NHS no", "Treatment", "BMI", "AMH (pmol/L)", "Partner", "Semen analysis", "Consultant", "ID at procedures"],
        ["FC-2311", "<<HALLORAN>>", "<<Bríd>>", Date("1988-04-19", dob=True), "[[nhs:999 402 3160]]", "((health:IVF cycle 2, antagonist protocol))", 23.4, 8.1, "<<Cathal Halloran>>", "((health:oligozoospermia, 9 M/ml, progressive motility 22%))", "<<R. Vasquez-Lowe>>", "((bio:palm-vein scan, enrolled 12/01/2026))"],
        ["FC-2318", "<<ADEYEMI-COLE>>", "<<Folasade>>", Date("1991-11-02", dob=True), "[[nhs:9994182579]]", "((health:Elective egg freezing, 2 cycles))", 27.9, 21.4, "", "n/a", "<<R. Vasquez-Lowe>>", "((bio:palm-vein scan, enrolled 03/02/2026))"],
        ["FC-2324", "<<KRISTIANSEN>>", "<<Ingrid>>", Date("1984-07-30", dob=True), "[[nhs:999-433-6053]]", "((health:ICSI after 2 failed IUI))", 31.2, "((health:2.3 - low ovarian reserve))", "<<Tomasz Wierzbicki>>", "normal (WHO 2021 reference)", "<<Jonathan Amoako>>", "photo ID and wristband"],
        ["FC-2330", "<<PATHAK>>", "<<Meenal>>", Date("1986-01-14", dob=True), "[[nhs:999 471 8320]]", "((health:IVF with donor sperm DS-0419))", 22.0, 14.7, "", "n/a - donor", "<<Jonathan Amoako>>", "photo ID and wristband"],
        ["FC-2342", "<<NÍ BHRIAIN>>", "<<Saoirse>>", Date("1990-09-09", dob=True), "[[nhs:9995062194]]", "((health:Frozen embryo transfer, natural cycle))", 24.8, 17.0, "<<Dónal Kearney>>", "((health:severe asthenozoospermia, surgical retrieval 2024))", "<<R. Vasquez-Lowe>>", "((bio:palm-vein scan, enrolled 20/02/2026))"],
    ]
    finance = [
        ["Patient", "Plan", "Sort code", "Account no", "Monthly (GBP)", "First collection"],
        ["<<Bríd Halloran>>", "3-cycle refund programme", "40-22-17", 53019846, 485.0, Date("2026-04-01")],
        ["<<Folasade Adeyemi-Cole>>", "Egg freezing plus 5 years' storage", "20-71-54", "07342219", 210.0, Date("2026-04-15")],
        ["<<Ingrid Kristiansen>>", "Pay as you go", "", "", "", ""],
    ]
    d.label("bank", "402217:53019846")
    d.label("bank", "207154:07342219")
    key = [
        ["Register:", "Treatment cycles, quarter 1 2026"],
        ["Prepared by:", "<<Harriet Umeh>>, patient coordinator"],
        ["Queries:", FERT_PHONE + " or " + FERT_MAIL],
        ["Address:", FERT_ADDRESS],
        ["Do not email:", "This register leaves the clinic only through the HFEA portal."],
    ]
    return xlsx_file(d, [("Cycles", cycles), ("Finance plans", finance), ("About", key)], "<<Harriet Umeh>>", "<<Jonathan Amoako>>", "Cycle register Q1 2026")


@document("fert-donor-bank.json")
def fert_donor_bank(d):
    return json_file(d, {
        "bank": "Aireborough Fertility Centre donor bank",
        "exported": "2026-03-02T08:40:00Z",
        "exportedBy": "<<Harriet Umeh>>",
        "donors": [
            {
                "donorCode": "DS-0419",
                "type": "sperm",
                "legalName": {"given": "<<Yaw>>", "family": "<<Boakye-Danquah>>"},
                "dateOfBirth": "[[dob:1994-02-11]]",
                "mobile": "[[phone:+44 7700 900231]]",
                "email": "[[email:y.boakye.danquah@example.net]]",
                "ethnicity": "((eth:Black British - Ghanaian))",
                "religion": "((rel:Methodist))",
                "carrierScreen": {"CFTR": "((gen:F508del heterozygous - CF carrier))", "SMN1": "2 copies - not an SMA carrier"},
                "heightCm": 183,
                "eyeColour": "brown",
                "familiesCreated": 3,
                "counsellor": "<<Olamide Fashola>>",
            },
            {
                "donorCode": "DE-0127",
                "type": "egg",
                "legalName": {"given": "<<Aoife>>", "family": "<<Brannigan>>"},
                "dateOfBirth": "[[dob:1997-06-23]]",
                "mobile": "[[phone:07700900418]]",
                "email": "[[email:aoife.brannigan@example.com]]",
                "ethnicity": "((eth:White - Irish))",
                "religion": "((rel:Roman Catholic))",
                "carrierScreen": {"CFTR": "no variant detected (panel of 139)", "SMN1": "((gen:1 copy - SMA carrier))"},
                "note": "Recipients of DE-0127 eggs need partner SMN1 screening before allocation.",
                "counsellor": "<<Olamide Fashola>>",
            },
            {
                "donorCode": "DS-0433",
                "type": "sperm",
                "legalName": {"given": "<<Rafał>>", "family": "<<Kędzierski>>"},
                "dateOfBirth": "[[dob:1992-10-05]]",
                "mobile": "[[phone:+447700900376]]",
                "email": "[[email:rafal.k@example.org]]",
                "ethnicity": "((eth:White - Polish))",
                "religion": "No religion",
                "carrierScreen": {"CFTR": "no variant detected", "SMN1": "3 copies - not a carrier"},
                "quarantineRelease": "2026-05-19",
                "counsellor": "<<Gideon Mbeki-Hart>>",
            },
        ],
    })


@document("fert-pgtm-letter.docx")
def fert_pgtm_letter(d):
    blocks = [
        "Private and confidential",
        "Ms <<Gwenllian Treharne>> and Mr <<Idris Pryce-Morgan>>",
        "14 Heol y Felin, Pontypridd [[pc:CF97 3RW]]",
        "3 March 2026",
        ("h", "PGT-M for BRCA1: your approval and next steps"),
        "Dear <<Gwenllian>> and <<Idris>>,",
        "Thank you for meeting us in the {{Steptoe Room}} last week. The HFEA has confirmed that testing embryos for BRCA1 hereditary breast and ovarian cancer is on its list of approved conditions, so we can now plan your treatment.",
        ("note", "<<Gwenllian>>, your result from the All Wales genomics laboratory shows the ((gen:BRCA1 c.68_69delAG pathogenic variant)), and your ((health:risk-reducing mastectomy in 2023)) does not change the plan.", "Laboratory report AWMGS/25/88104, dated 9 December 2025, date of birth on the request [[dob:02/08/1989]]."),
        ("comment", "After stimulation we expect to biopsy at day 5; in our last twenty cycles the median was ", "three euploid unaffected embryos", " per couple.", "<<Anjali Raman>>", "Check this figure with <<Seren>> before the letter goes."),
        ("box", ["Your next steps", "1. Book a nurse teach for injections.", "2. Bloods for both of you on day 2.", "3. Call " + FERT_PHONE + " with any questions."]),
        "<<Idris>>, the andrology appointment is booked for 17 March. Your date of birth ([[dob:1987-05-30]]) on our form differs from your GP's letter; please bring your passport.",
        "With best wishes,",
        "Dr <<Eleri Vaughan>>",
        "Consultant in Reproductive Medicine",
    ]
    return docx_file(d, blocks, "Aireborough Fertility Centre - Genetics and PGT service", FERT_ADDRESS + " | " + FERT_PHONE, "<<Eleri Vaughan>>", "<<Anjali Raman>>", "PGT-M approval letter")


@document("fert-partner-consent.pdf")
def fert_partner_consent(d):
    lines = [
        "# Consent to legal parenthood - summary of forms WP and PP",
        "Aireborough Fertility Centre, HFEA centre 0412",
        "",
        "Patient (woman receiving treatment): <<Jasmine Okoro-Beckett>>",
        "Date of birth: [[dob:21/01/1993]]     Clinic number: FC-2351",
        "Partner giving consent: <<Niamh Corrigan>>     Date of birth: [[dob:7 October 1991]]",
        "Address: 6 Kirkstone Rise, Horsforth, Leeds [[pc:LS93 5TN]]",
        "Relationship: ((sex:female same-sex couple, civil partners since 2021))",
        "",
        "Treatment: ((health:intrauterine insemination with donor sperm DS-0433))",
        "Identity checked: passport [[passport:547201938]] (patient); photocard licence",
        "[[licence:CORRI960071N99KP]] (partner).",
        "",
        "Form WP signed by <<Jasmine Okoro-Beckett>> on 24/02/2026: consents to her partner",
        "being the legal parent of any child born.",
        "Form PP signed by <<Niamh Corrigan>> on 24/02/2026: consents to being the legal parent.",
        "Both were offered counselling; both declined a further session.",
        "",
        "Witnessed by: <<Deborah Ashcombe>>, senior fertility nurse",
        "Checked by: <<Fiona MacLeod-Osei>>, HFEA person responsible",
        "",
        "The signed originals are held in the patient file. Withdrawal of consent must be",
        "in writing and received before the insemination or embryo transfer.",
    ]
    return pdf_file(d, lines, "Legal parenthood consent summary", "<<Deborah Ashcombe>>")


@document("fert-surrogacy-meeting.md")
def fert_surrogacy_meeting(d):
    return text_file(d, """# Surrogacy planning meeting - case SG-26-004

**Date:** 26 February 2026, {{Louise Brown Suite}}
**Present:** <<Marcus Fairclough>> and <<Jun Watanabe>> (intended parents), <<Kerry-Ann Mulholland>> (surrogate), <<Gideon Mbeki-Hart>> (counsellor), <<Priya Venkataraman>> (nurse specialist)

## The arrangement

- Intended parents: ((sex:a married male couple)); embryos from <<Marcus>>'s sperm and donor eggs DE-0127.
- <<Kerry-Ann>> (born [[dob:03.05.1989]]) is a gestational surrogate, met through a non-profit agency, expenses only.
- Her medical review: ((health:two previous uncomplicated vaginal births, BMI 26, no pre-eclampsia)); GP letter received.
- <<Jun>> holds Japanese citizenship; the parental order application will follow the birth. Nothing further needed from us.

## Discussed

1. Welfare of the child assessment completed for all three; no concerns.
2. <<Kerry-Ann>>'s husband, <<Shane Mulholland>>, must sign his consent form before transfer, as her spouse is the legal father until the parental order.
3. Contact: <<Kerry-Ann>> on [[phone:07700 900 612]], intended parents through <<Marcus>> at [[email:marcus.fairclough@example.co.uk]].

## Actions

| Who | What | By |
|---|---|---|
| <<Priya>> | Book transfer scan for <<K. Mulholland>> | 13 March |
| <<Gideon>> | Implications session for <<S. Mulholland>> | 6 March |
| <<Marcus>> | Send solicitor's details (Wetherby Lane Family Law) | 6 March |
""")


@document("fert-embryo-disposal.eml")
def fert_embryo_disposal(d):
    text = """Dear <<Deborah>>,

Thank you for the letter saying our storage consent ends in June. <<Paolo>> and I have talked about it a great deal and prayed about it at Mass.

((rel:As practising Catholics we cannot consent to our two remaining embryos being allowed to perish)), and we do not want them used for training or research either. Is embryo donation to another couple possible instead? If not, could they stay frozen for another year while we decide? We will pay the storage fee.

We have signed the storage statement you sent; it is attached. My date of birth is [[dob:12/12/1982]] in case you need it.

With thanks,
<<Teresa Dimaano>>
[[phone:+44 (0)7700 900845]]
"""
    html_body = (
        "<p>Dear <<Deborah>>,</p><p>Thank you for the letter saying our storage consent ends in June. <<Paolo>> and I have talked about it a great deal and prayed about it at Mass.</p>"
        "<p>((rel:As practising Catholics we cannot consent to our two remaining embryos being allowed to perish)), and we do not want them used for training or research either. "
        "Is embryo donation to another couple possible instead?</p><p>With thanks,<br><<Teresa Dimaano>></p>"
    )
    statement = pdf_file(d, [
        "# Embryo storage statement",
        "Aireborough Fertility Centre",
        "",
        "Patients: <<Teresa Dimaano>> ([[dob:1982-12-12]]) and <<Paolo Dimaano>> ([[dob:1980-03-27]])",
        "NHS numbers: [[nhs:9995248700]] / [[nhs:9995610930]]",
        "Embryos in storage: 2 (day 5 blastocysts, frozen 14/06/2016)",
        "((health:IVF cycle 2016, one live birth 2017))",
        "Storage consent period ends: 13/06/2026",
        "Signed: <<Teresa Dimaano>>, <<Paolo Dimaano>>, 28/02/2026",
    ], "Embryo storage statement", "<<Harriet Umeh>>")
    return eml_file(
        d,
        ("<<Teresa Dimaano>>", "[[email:teresa.dimaano@example.com]]"),
        [("<<Deborah Ashcombe>>", "[[email:d.ashcombe@aireboroughfertility.example.co.uk]]")],
        "Our embryos in storage – what happens now?",
        "Sat, 28 Feb 2026 21:14:09 +0000",
        text,
        html_body=html_body,
        attachments=[("storage-statement.pdf", "application/pdf", statement)],
        cc=[("<<Paolo Dimaano>>", "[[email:p.dimaano@example.com]]")],
    )


@document("fert-invoices.csv")
def fert_invoices(d):
    return csv_file(d, [
        ["Invoice", "Date", "Patient", "Item", "Amount", "Paid by", "Card or account", "Auth / ref"],
        ["INV-26-0311", "02/02/2026", "<<Bríd Halloran>>", "((health:IVF cycle 2 - stimulation, egg collection, ICSI))", "4,850.00", "Finance plan", "[[=bank:402217:53019846]]40-22-17 53019846", "DD-77120"],
        ["INV-26-0318", "05/02/2026", "<<Folasade Adeyemi-Cole>>", "((health:Egg freezing cycle 1, 11 eggs vitrified))", "3,400.00", "Visa debit", "[[card:4000 0566 5566 5556]]", "083144"],
        ["INV-26-0322", "09/02/2026", "<<Wiremu Tāwhiri>>", "((health:Sperm freezing before chemotherapy, 3 straws))", "450.00", "Mastercard", "[[card:5555-5555-5555-4444]]", "912207"],
        ["INV-26-0329", "12/02/2026", "<<van der Berg, Liesbeth>>", "Consultation and AMH test", "295.00", "Bank transfer (NL)", "[[iban:NL91 ABNA 0417 1643 00]]", "SEPA 4417"],
        ["INV-26-0335", "16/02/2026", "<<Meenal Pathak>>", "((health:Donor sperm, 2 straws DS-0419))", "1,900.00", "Amex", "[[card:3782 822463 10005]]", "AX0290"],
        ["INV-26-0340", "20/02/2026", "Wetherby Lane Family Law", "Report fee (third party)", "120.00", "Cheque", "000418", "-"],
        ["", "", "", "Queries: " + FERT_MAIL, "", "", "", ""],
    ])


@document("fert-web-enquiries.jsonl")
def fert_web_enquiries(d):
    return jsonl_file(d, [
        {"submitted": "2026-02-24T19:02:11Z", "enquirerName": "<<Chloe Pemberton-Shaw>>", "email": "[[email:chloe.ps@example.com]]", "phone": "[[phone:07700 900139]]", "age": 36,
         "message": "We have been trying for three years; ((health:I was diagnosed with PCOS in 2022)) and Clomid has not worked. Do you take NHS-funded referrals?", "clientIp": "[[ip:198.51.100.23]]"},
        {"submitted": "2026-02-25T07:45:52Z", "enquirerName": "<<Alexandra Dumitrescu>>", "email": "[[email:alex.dumitrescu@example.org]]", "phone": "[[phone:+44 161 496 0731]]", "age": 33,
         "message": "My wife <<Ioana>> and I are interested in ((sex:shared motherhood, using my eggs and her womb)). What is the waiting time?", "clientIp": "[[ip:2001:db8:4a1::17]]"},
        {"submitted": "2026-02-26T12:30:04Z", "enquirerName": "<<Callum Ferriday>>", "email": "[[email:callumferriday@example.net]]", "phone": "", "age": 29,
         "message": "((gen:I carry the Huntington's gene expansion, 41 CAG repeats)), confirmed by the genetics service. Can you test embryos for it?", "clientIp": "[[ip:203.0.113.77]]"},
        {"submitted": "2026-02-27T16:18:40Z", "enquirerName": "<<Humaira Siddiqui>>", "email": "[[email:humaira.s@example.co.uk]]", "phone": "[[phone:0113 496 0902]]", "age": 31,
         "message": "((rel:As Muslims we want to be sure nothing from a third party is used)); can you confirm only our own eggs and sperm would be used?", "clientIp": "[[ip:192.0.2.144]]"},
        {"submitted": "2026-02-28T09:05:27Z", "enquirerName": "Lister Street Practice Manager", "email": "[[email:practice.manager@listerstreet.example.nhs.uk]]", "phone": "[[phone:0113 496 0455]]", "age": None,
         "message": "Can you send your referral criteria for our patients?", "clientIp": "[[ip:192.0.2.9]]"},
    ])


# 2. A coroner's office.

COR_ADDRESS = "HM Coroner for Ryburn and Holme Valley, Coroner's Court, 11 {{Harrison Road}}, Halifax [[pc:HX92 1CT]]"
COR_PHONE = "[[phone:01632 960 214]]"
COR_MAIL = "[[email:coroners.officers@ryburnholme.example.gov.uk]]"


@document("cor-referrals.tsv")
def cor_referrals(d):
    return csv_file(d, [
        ["Ref", "Received", "Deceased", "DOB", "Date of death", "Place of death", "Referred by", "Reason for referral", "Identified by", "Officer"],
        ["2026-0211", "02/03/2026", "<<ASPINALL, Derek John>>", "[[dob:14/06/1941]]", "28/02/2026", "Calder Royal Infirmary, ward 7", "Dr <<Nkemdirim Obi>> (F1)", "((health:fall at home, fractured neck of femur, died day 9 post-op))", "daughter", "<<Lorraine Whitworth>>"],
        ["2026-0212", "02/03/2026", "<<GRABOWSKA, Zofia>>", "[[dob:1958-11-30]]", "01/03/2026", "home address", "PC 4471 <<Yeadon>>", "((health:found at home, history of alcohol dependence))", "((bio:fingerprints matched on IDENT1))", "<<Lorraine Whitworth>>"],
        ["2026-0213", "02/03/2026", "<<Tariq Mahmood Qureshi>>", "[[dob:5 Jan 1979]]", "01/03/2026", "M62 westbound, J24", "Roads policing, PS <<Abimbola Adeyinka>>", "((health:multiple injuries, single-vehicle collision))", "((bio:fingerprints, confirmed by dental records))", "<<Callum Sugden>>"],
        ["2026-0214", "03/03/2026", "<<Enid Marjorie Holroyd>>", "[[dob:22.02.1932]]", "02/03/2026", "{{Beechcroft House}} care home", "Dr <<Aled Rees-Whitaker>> (GP)", "((health:not seen by GP in 28 days; metastatic breast cancer, palliative))", "care home manager", "<<Callum Sugden>>"],
        ["2026-0215", "03/03/2026", "<<PARKINSON, Keith>>", "[[dob:1950-08-08]]", "02/03/2026", "Calder Royal Infirmary, ED", "Dr <<Ifeoma Chukwu>> (ED registrar)", "((health:died within 24 hours of admission, suspected sepsis))", "wife", "<<Lorraine Whitworth>>"],
        ["2026-0216", "03/03/2026", "<<Brian Lumb>>", "[[dob:11 March 1944]]", "01/03/2026", "home address", "Dr <<Aled Rees-Whitaker>> (GP)", "((health:industrial disease: mesothelioma, asbestos at Brookroyd Mills))", "son", "<<Callum Sugden>>"],
        ["2026-0217", "03/03/2026", "unknown male", "", "02/03/2026", "canal towpath, {{Salterhebble}}", "PC 2280", "found in water, no identification", "pending", "<<Callum Sugden>>"],
    ], delimiter="\t")


@document("cor-inquest-file.docx")
def cor_inquest_file(d):
    blocks = [
        ("h", "Inquest touching the death of <<Liam Anthony Ashdown>>"),
        "Case 2025-1184. Date of death: 19 October 2025. Born [[dob:3rd April 1998]], aged 27.",
        "Last address: Flat 4, Calder Terrace, Sowerby Bridge [[pc:HX96 2LP]].",
        ("h", "Record of inquest (draft for the coroner)"),
        ("table", [
            ["Box", "Finding"],
            ["1a", "((health:mixed drug toxicity: amitriptyline and alcohol))"],
            ["2", "((health:recurrent depressive disorder))"],
            ["Toxicology", "((health:amitriptyline 2.1 mg/L, nortriptyline 0.9 mg/L, blood alcohol 182 mg/100 ml))"],
            ["Conclusion", "((health:Suicide))"],
        ]),
        ("note", "The coroner found on the balance of probabilities that <<Liam>> intended to end his life, relying on the note found and his messages to his sister.", "Since R (Maughan) v HM Senior Coroner for Oxfordshire [2020] UKSC 46 the civil standard applies."),
        ("comment", "Evidence was heard from his GP, Dr <<Shreya Bhattacharya>>, from ", "PC 6612 <<Nathan Firbank>>", ", and from his mother, <<Pauline Ashdown>>.", "<<Callum Sugden>>", "PC <<Firbank>>'s statement is read under rule 23, not live."),
        ("box", ["Prevention of future deaths", "No report: the GP practice has changed its repeat-prescribing review since October."]),
        "Family contact: <<Pauline Ashdown>>, [[phone:07700 900 284]], [[email:pauline.ashdown@example.com]].",
        "Coroner's officer: <<Callum Sugden>>.",
    ]
    return docx_file(d, blocks, "CONFIDENTIAL - inquest file 2025-1184", COR_ADDRESS + " | " + COR_PHONE, "<<Callum Sugden>>", "<<Marianne Oduya>>", "Inquest file 2025-1184")


@document("cor-custody-death.pdf")
def cor_custody_death(d):
    return pdf_file(d, [
        "# Report of death in state detention",
        "To: HM Coroner for Ryburn and Holme Valley        From: HMP Ryburn Moor, Governor's office",
        "",
        "Deceased: <<Darnell Okonjo-Price>>     Prison number: A4417CK",
        "Date of birth: [[dob:16-Sep-1990]]     Date of death: 27/02/2026",
        "Status: ((crim:sentenced prisoner, four years for robbery, earliest release 2027))",
        "Cell: B wing, landing 3, cell 14 (single occupancy)",
        "",
        "Found unresponsive at 06:10 roll check by Officer <<Jordan Haigh>>. Code blue called;",
        "healthcare staff and paramedics attended; death confirmed at 06:52.",
        "Medical history: ((health:epilepsy, prescribed levetiracetam; two seizures recorded in January))",
        "Next of kin: <<Marcia Okonjo>> (mother), [[phone:0121 496 0587]], informed by the",
        "family liaison officer, <<Elspeth Garvie>>.",
        "",
        "Notified: Prisons and Probation Ombudsman (PPO 26/0391), police, NHS England.",
        "A jury inquest will be needed (Coroners and Justice Act 2009, s.7).",
        "",
        "Signed: <<Hamish Dewhurst>>, Deputy Governor, 27/02/2026",
    ], "Death in custody notification A4417CK", "<<Hamish Dewhurst>>")


@document("cor-faith-releases.mbox")
def cor_faith_releases(d):
    officer = ("<<Lorraine Whitworth>>", "[[email:lorraine.whitworth@ryburnholme.example.gov.uk]]")
    society = ("Ryburn Chevra Kadisha", "[[email:chevra@ryburnhebrew.example.org.uk]]")
    funeral = ("<<Abdullahi Nur>>", "[[email:funerals@masjidnoor.example.org.uk]]")
    first = """Dear <<Lorraine>>,

Mrs <<Golda Feldman>> died in Calder Royal last night. ((rel:She was an observant Jew, and her family ask that she be buried before Shabbat)), which begins at 17:41 tomorrow. Her son, <<Aharon Feldman>>, is on [[phone:07700 900 917]].

We understand the hospital has referred her death to you. ((rel:The family object to an invasive post-mortem on religious grounds)) and would accept a CT scan.

<<Yehuda Rosenfeld>>
Ryburn Chevra Kadisha
"""
    second = """Dear <<Yehuda>>,

The coroner has agreed a non-invasive CT post-mortem for Mrs <<Feldman>> at 08:00 tomorrow. If the scan gives a cause she will be released by 12:00 and I will call <<Aharon>>.

<<Lorraine Whitworth>>
Coroner's officer, """ + COR_PHONE + """

> Mrs <<Golda Feldman>> died in Calder Royal last night. She was an observant Jew,
> and her family ask that she be buried before Shabbat.
"""
    third = """Assalamu alaikum <<Lorraine>>,

Following our call: brother <<Abdirahman Warsame>>, date of birth [[dob:1 July 1967]], died at home this morning. ((rel:The family wish him to be washed and buried today in keeping with Islamic practice)). His GP is happy to issue the certificate. Can the coroner release him without a post-mortem?

The janazah would be at Masjid Noor after Asr.

<<Abdullahi Nur>>
Funeral committee, [[phone:0113 496 0388]]
"""
    return mbox_file(d, [
        ("chevra@ryburnhebrew.example.org.uk", "Thu Feb 26 21:05:12 2026", society, [officer], "Urgent release - Mrs <<Feldman>>", "Thu, 26 Feb 2026 21:05:12 +0000", first),
        ("lorraine.whitworth@ryburnholme.example.gov.uk", "Fri Feb 27 07:31:40 2026", officer, [society], "Re: Urgent release - Mrs <<Feldman>>", "Fri, 27 Feb 2026 07:31:40 +0000", second),
        ("funerals@masjidnoor.example.org.uk", "Sat Feb 28 09:12:03 2026", funeral, [officer], "Release request - Mr <<Warsame>>", "Sat, 28 Feb 2026 09:12:03 +0000", third),
    ])


@document("cor-jury-panel.ods")
def cor_jury_panel(d):
    panel = [
        ["Juror", "Surname", "Forenames", "Address", "Postcode", "Date of birth", "Status"],
        [1, "<<OLDROYD>>", "<<Stacey Louise>>", "22 Moorfield Drive, Elland", "[[pc:HX95 7QA]]", Date("1985-03-12", dob=True), "Sworn"],
        [2, "<<DE SOUZA>>", "<<Leandro>>", "9 {{Fairfax Mews}}, Brighouse", "[[pc:HD96 1RG]]", Date("1972-12-01", dob=True), Note("Excused", "<<Gail Pickles>>", "Excused by the coroner: ((health:undergoing chemotherapy until May))")],
        [3, "<<NAYLOR>>", "<<Philip>>", "Apartment 31, {{Dean Clough}} Mill", "[[pc:HX93 5AX]]", Date("1964-05-19", dob=True), "Sworn"],
        [4, "<<KAUR BASRA>>", "<<Manpreet>>", "40 Heath Road, Halifax", "[[pc:HX91 2DE]]", Date("1999-08-27", dob=True), "Deferred - university exams"],
        [5, "<<FLEMING>>", "<<Oluwaseun>>", "3 Cow Green, Halifax", "[[pc:HX91 1PZ]]", Date("1990-01-03", dob=True), "Sworn"],
    ]
    hearing = [
        ["Inquest:", "<<Darnell Okonjo-Price>> (((crim:death in custody, HMP Ryburn Moor)))"],
        ["Listed:", Date("2026-06-08")],
        ["Estimate:", "8 days"],
        ["Jury officer:", "<<Gail Pickles>>, " + COR_PHONE],
    ]
    return ods_file(d, [("Panel", panel), ("Hearing", hearing)], "<<Gail Pickles>>", "<<Gail Pickles>>", "Jury panel - <<Okonjo-Price>>")


@document("cor-family-mail.eml")
def cor_family_mail(d):
    text = """Dear Ms <<Whitworth>>,

I am <<Derek Aspinall>>'s daughter. Thank you for your kind call on Monday. I understand Dad's death has to be looked at because of the fall and the operation, and I would like the coroner to know some things before any decision.

((health:Dad had vascular dementia and had fallen three times since Christmas)). The care agency were meant to visit four times a day but often came twice. I have written it all down and attached it. My brother <<Stephen>> agrees with everything in it and is copied in.

We would like to see him at the chapel of rest before the funeral, if that is allowed.

<<Karen Aspinall-Dyson>>
[[phone:07700 900 093]]
"""
    statement = """Statement of <<Karen Aspinall-Dyson>> about my father, <<Derek John Aspinall>> (born [[dob:14 June 1941]])

1. Dad lived alone at 17 Crossley Fold, Siddal, Halifax [[pc:HX97 4NW]] after Mum died in 2019.
2. ((health:He was diagnosed with vascular dementia in 2023 and took donepezil)).
3. On 15 February he was found on the kitchen floor at 7 am by the carer. He had been there all night.
4. ((health:At Calder Royal he had a hip operation on 19 February and then a chest infection)).
5. I think the agency, Homeward Care Ltd, missed visits. I have the rota they sent us.

Signed <<K. Aspinall-Dyson>>, 3 March 2026
"""
    return eml_file(
        d,
        ("<<Karen Aspinall-Dyson>>", "[[email:karen.dyson@example.co.uk]]"),
        [("Coroner's Officers", COR_MAIL)],
        "My father <<Derek Aspinall>> - ref 2026-0211",
        "Tue, 03 Mar 2026 19:48:22 +0000",
        text,
        attachments=[("statement-dad.txt", "text/plain; charset=utf-8", d.m(statement).encode("utf-8"))],
        cc=[("<<Stephen Aspinall>>", "[[email:steve.aspinall@example.net]]")],
    )


@document("cor-paramedic-statement.rtf")
def cor_paramedic_statement(d):
    return rtf_file(d, [
        ("b", "WITNESS STATEMENT (Coroners (Inquests) Rules 2013)"),
        "Statement of: <<Hollie Brearley>>        Occupation: paramedic, Yorkshire Ambulance Service",
        "Inquest touching the death of: <<Gavin Thewlis>> (date of birth [[dob:30/11/1983]])",
        "On 8 January 2026 at 22:14 my colleague <<Kofi Antwi>> and I attended 5 {{Lister Lane}}, Todmorden [[pc:OL94 6BY]], after a 999 call from a neighbour, Mrs <<Bernadette Crowther>>.",
        ("note", "We found Mr <<Thewlis>> on the bathroom floor. ((health:There were no signs of life and rigor mortis was present)). We did not start resuscitation.", "JRCALC guidance: conditions unequivocally associated with death."),
        "((health:Two empty blister packs of co-codamol and a bottle of vodka were beside him)). I did not move them; I handed the scene to PC <<Ruairi Gallacher>> at 22:40.",
        "I have no other knowledge of Mr <<Thewlis>>.",
        "Signed: <<H. Brearley>>        Date: 12 January 2026",
        "Contact: " + COR_PHONE,
    ], "Witness statement - <<Thewlis>>", "<<Hollie Brearley>>")


@document("cor-press-listings.html")
def cor_press_listings(d):
    return html_file(d, """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Inquest listings - week of 9 March 2026</title></head>
<body>
<h1>HM Coroner for Ryburn and Holme Valley: inquest listings</h1>
<p>Week of 9 March 2026. Hearings are in Court 1 unless shown. Press enquiries: """ + COR_MAIL + """ or """ + COR_PHONE + """.</p>
<table>
<tr><th>Date</th><th>Name</th><th>Age</th><th>From</th><th>Hearing</th><th>Notes</th></tr>
<tr><td>09/03</td><td><<Liam Anthony Ashdown>></td><td>27</td><td>Sowerby Bridge</td><td>Full inquest</td><td>((health:Drug toxicity))</td></tr>
<tr><td>10/03</td><td><<Brian Lumb>></td><td>81</td><td>Hipperholme</td><td>Written inquest</td><td>((health:Industrial disease))</td></tr>
<tr><td>11/03</td><td><<Darnell Okonjo-Price>></td><td>35</td><td>((crim:HMP Ryburn Moor))</td><td>Pre-inquest review</td><td>Jury inquest listed June</td></tr>
<tr><td>12/03</td><td><<Tariq Mahmood Qureshi>></td><td>47</td><td>Dewsbury</td><td>Opening</td><td>((health:Road traffic collision))</td></tr>
</table>
<h2>Press distribution list</h2>
<ul>
<li><<Rhiannon Tate>>, Halifax Courier desk - [[email:newsdesk@halifaxcourier.example.co.uk]]</li>
<li><<Olusegun Bakare>>, Calder Valley Radio - [[email:obakare@cvradio.example.com]], [[phone:0113 496 0917]]</li>
<li>PA Media northern desk - [[email:north@pamedia.example.com]]</li>
</ul>
<p>Names are published once the family has been told. Please do not approach families at court.</p>
</body></html>
""")


# 3. A social and political research agency.

RES_PHONE = "[[phone:0161 496 0623]]"
RES_MAIL = "[[email:panel@northlightresearch.example.com]]"


@document("res-panel-signups.jsonl")
def res_panel_signups(d):
    return jsonl_file(d, [
        {"panelistId": "NL-884120", "firstName": "<<Gethin>>", "lastName": "<<Llywelyn-Hughes>>", "dob": "[[dob:1976-04-02]]", "postcode": "[[pc:LL97 2TB]]",
         "email": "[[email:gethin.lh@example.co.uk]]", "signupIp": "[[ip:203.0.113.18]]",
         "vote2024": "((pol:Plaid Cymru))", "pastVote2019": "((pol:Labour))", "euRef2016": "((pol:Remain))", "ethnicity": "((eth:White Welsh))", "consentSpecialCategory": True},
        {"panelistId": "NL-884133", "firstName": "<<Bethany>>", "lastName": "<<Crowe>>", "dob": "[[dob:2001-09-17]]", "postcode": "[[pc:NE97 5QS]]",
         "email": "[[email:bethcrowe01@example.com]]", "signupIp": "[[ip:198.51.100.201]]",
         "vote2024": "Did not vote", "pastVote2019": "Too young", "euRef2016": "Too young", "ethnicity": "Prefer not to say", "consentSpecialCategory": True},
        {"panelistId": "NL-884147", "firstName": "<<Sukhvinder>>", "lastName": "<<Gill>>", "dob": "[[dob:1968-12-25]]", "postcode": "[[pc:B97 4HL]]",
         "email": "[[email:s.gill68@example.net]]", "signupIp": "[[ip:2001:db8:77:1::2c]]",
         "vote2024": "((pol:Conservative))", "pastVote2019": "((pol:Conservative))", "euRef2016": "((pol:Leave))", "ethnicity": "((eth:Asian British - Indian))", "partyMember": "((pol:Conservative Party member since 2016))", "consentSpecialCategory": True},
        {"panelistId": "NL-884152", "firstName": "<<Nomvula>>", "lastName": "<<Dlamini-Ashworth>>", "dob": "[[dob:1983-06-30]]", "postcode": "[[pc:M97 6DF]]",
         "email": "[[email:nomvula.da@example.org]]", "signupIp": "[[ip:192.0.2.61]]",
         "vote2024": "((pol:Green))", "pastVote2019": "((pol:Liberal Democrat))", "euRef2016": "Did not vote", "ethnicity": "((eth:Black African))", "consentSpecialCategory": True},
        {"panelistId": "NL-884160", "firstName": "<<Reuben>>", "lastName": "<<Castellano>>", "dob": "[[dob:1955-01-08]]", "postcode": "[[pc:SW99 1YJ]]",
         "email": "[[email:reuben.castellano@example.com]]", "signupIp": "[[ip:198.51.100.7]]",
         "vote2024": "Prefer not to say", "pastVote2019": "Prefer not to say", "euRef2016": "Prefer not to say", "ethnicity": "White - other", "consentSpecialCategory": False},
    ])


@document("res-group-screener.xlsx")
def res_group_screener(d):
    recruited = [
        ["Name", "Mobile", "Age", "Ethnicity", "Religion", "Sexuality", "Disability or long-term condition", "Group"],
        ["<<Shabnam Akhtar>>", "[[phone:07700900504]]", 34, "((eth:Pakistani))", "((rel:Muslim))", "((sex:Heterosexual))", "None", "G1 Oldham, 10 March"],
        ["<<Dariusz Nowicki>>", "[[phone:07700 900 671]]", 41, "((eth:White - Polish))", "((rel:Catholic))", "((sex:Heterosexual))", "((health:Type 1 diabetes))", "G1 Oldham, 10 March"],
        ["<<Tyrone Baptiste>>", "[[phone:+447700900819]]", 27, "((eth:Black Caribbean))", "None", "((sex:Gay))", "None", "G2 Rochdale, 11 March"],
        ["<<Orla Fitzsimons>>", "[[phone:07700 900 046]]", 58, "((eth:White Irish))", "((rel:Church of Ireland))", "((sex:Bisexual))", "((health:Deaf, uses BSL - interpreter booked))", "G2 Rochdale, 11 March"],
        ["<<Kieran Ashurst>>", "[[phone:07700 900 158]]", 63, "((eth:White British))", "Prefer not to say", "Prefer not to say", "((health:COPD))", "G2 Rochdale, 11 March"],
    ]
    quotas = [
        ["Quota", "Target", "Recruited"],
        ["Muslim", 3, 1],
        ["LGB+", 2, 2],
        ["Disabled or long-term condition", 3, 3],
        ["Black, Asian and minority ethnic", 4, 3],
        ["Voted Reform UK in 2024", 2, 0],
    ]
    about = [
        ["Project:", "NL-2611 Community cohesion in Greater Manchester"],
        ["Recruiter:", "<<Maureen Ogunlesi>>"],
        ["Field manager:", "<<Fraser Ingham>>, " + RES_PHONE],
        ["Incentive:", "GBP 60 by bank transfer"],
        ["Consent:", "Special category answers are held for quota checks and deleted after fieldwork."],
    ]
    return xlsx_file(d, [("Recruited", recruited), ("Quotas", quotas), ("About", about)], "<<Maureen Ogunlesi>>", "<<Fraser Ingham>>", "NL-2611 screener")


@document("res-incentives.csv")
def res_incentives(d):
    for pair in ["309421:62014478", "110547:03389112", "772016:45120963", "608371:21907754"]:
        d.label("bank", pair)
    return csv_file(d, [
        ["Participant", "Project", "Amount", "Sort code", "Account number", "Paid on", "Batch"],
        ["<<Shabnam Akhtar>>", "NL-2611", "60.00", "30-94-21", "62014478", "12/03/2026", "B-0412"],
        ["<<Dariusz Nowicki>>", "NL-2611", "60.00", "11-05-47", "03389112", "12/03/2026", "B-0412"],
        ["<<Baptiste, Tyrone>>", "NL-2611", "60.00", "77-20-16", "45120963", "12/03/2026", "B-0412"],
        ["<<O. Fitzsimons>>", "NL-2611", "60.00", "60-83-71", "21907754", "12/03/2026", "B-0412"],
        ["<<Kieran Ashurst>>", "NL-2611", "60.00", "", "", "", "e-voucher 4417-2290-8812"],
        ["<<Élodie Marchetti>>", "NL-2608", "40.00", "IBAN [[iban:FR14 2004 1010 0505 0001 3M02 606]]", "", "12/03/2026", "B-0412 (SEPA)"],
        ["Total", "", "300.00", "", "", "", ""],
    ])


@document("res-withdrawal.eml")
def res_withdrawal(d):
    text = """Hi <<Fraser>>,

I took part in the Rochdale group on Wednesday. I'd like to withdraw and have my part taken out of the recording and transcript please.

When we got on to work I said ((tu:I'm a Unite shop steward at the depot)) and talked about the dispute there. I have been thinking about it since and I don't want that in a report, even without my name. You've still got my bank details from the payment form - I don't mind keeping the 60 pounds if that's allowed, but I'll send it back if not.

Thanks,
<<Kieran>>
(<<Kieran Ashurst>>, [[phone:07700 900 158]])
"""
    return eml_file(
        d,
        ("<<Kieran Ashurst>>", "[[email:kieran.ashurst@example.net]]"),
        [("<<Fraser Ingham>>", "[[email:fraser.ingham@northlightresearch.example.com]]")],
        "Withdrawing from the group",
        "Fri, 13 Mar 2026 08:02:51 +0000",
        text,
        q_subject=True,
    )


@document("res-moderator-notes.odt")
def res_moderator_notes(d):
    return odt_file(d, [
        ("h", "NL-2611 Group 1, Oldham, 10 March 2026 - moderator's notes"),
        "Moderator: <<Fraser Ingham>>. Observer from the client behind the glass. Six recruited, five attended (one no-show).",
        ("h", "Warm-up"),
        "<<Shabnam>>: school administrator, two children. ((rel:Said that as a Muslim woman who wears hijab she is stared at on the tram)).",
        "<<Dariusz>>: warehouse supervisor, came from Gdańsk in 2006. ((pol:Said he voted Reform UK last July)) \"because nobody else listens\".",
        ("note", "<<Joanne>>: retired nurse, lives alone.", "<<Ayesha Karim>>", "Is this the <<Joanne>> from the screener or a late substitute? Her surname is not on my sheet.", " Said her neighbours look out for her."),
        ("h", "Facial coding pilot"),
        "Webcam facial coding ran for <<Shabnam>>, <<Dariusz>> and <<Joanne>>: ((bio:face templates made and matched across the session)), deleted after scoring.",
        "Room: the {{Peel Room}}, Oldham viewing facility, {{Gladstone Street}}.",
    ], "<<Fraser Ingham>>", "<<Ayesha Karim>>", "Moderator notes G1")


@document("res-commissioning-brief.pdf")
def res_commissioning_brief(d):
    return pdf_file(d, [
        "# Research brief: community cohesion in Greater Manchester",
        "Commissioned from Northlight Social Research, project NL-2611",
        "",
        "1. Purpose",
        "The combined authority wants to understand how residents experience their",
        "neighbourhoods after the 2024 disturbances, and what builds trust between groups.",
        "",
        "2. Method",
        "Eight focus groups of six, in Oldham, Rochdale, Bolton and Salford, with quotas by",
        "ethnicity, religion, sexuality, disability and 2024 vote. Four depth interviews at home.",
        "",
        "3. Outputs",
        "A topline by 31 March, a full report by 30 April, anonymised transcripts.",
        "No participant may be identifiable in any output, including by quotation.",
        "",
        "4. Data protection",
        "Northlight is the controller for recruitment data. Quota answers are special category",
        "data and need explicit consent; the combined authority receives no personal data.",
        "",
        "Contact for the contract: the research and intelligence team,",
        "[[email:research.intelligence@gmca.example.gov.uk]], [[phone:0161 496 0050]]",
    ], "Brief NL-2611", "Research and Intelligence Team")


@document("res-fieldwork-log.txt")
def res_fieldwork_log(d):
    return text_file(d, """FIELDWORK CALL LOG - NL-2611 depth interviews - recruiter: <<M. Ogunlesi>>
====================================================================

Mon 2 Mar
09:12  <<Bronagh McAteer>>  [[phone:07700 900 332]]   screened out - works in market research (Q2)
09:40  <<Hassan Jama>>      [[phone:07700 900 745]]   booked DI-03, Bolton, Thu 12/3 10:00
         - ((rel:asks not to be interviewed during Friday prayers))
10:05  <<Lindsey Oakes>>    no answer x3
10:31  <<Graham Petty>>     [[phone:07700 900 280]]   booked DI-04, Salford, Fri 13/3 14:00
         - ((health:uses a wheelchair; ground floor only, carer present))
         - ((pol:member of the Labour Party, ward secretary)) - flag to FI, may skew

Tue 3 Mar
11:15  <<Hassan Jama>> rang back to change to 11:00; done.
11:50  <<B. McAteer>> asked why she was screened out; explained Q2.

Rule: never record numbers in this log again - they belong in the screener. (FI)
""")


@document("res-depth-interviews.json")
def res_depth_interviews(d):
    return json_file(d, {
        "project": "NL-2611",
        "interviewer": "<<Fraser Ingham>>",
        "bookings": [
            {"ref": "DI-03", "participant": {"fullName": "<<Hassan Jama>>", "dateOfBirth": "[[dob:1991-03-19]]"},
             "address": "Flat 2, 18 Chorley Old Road, Bolton [[pc:BL97 3HQ]]", "slot": "2026-03-12T11:00:00",
             "notes": "((eth:Somali heritage)); ((rel:observes Friday prayers at his mosque)) - no Friday slots."},
            {"ref": "DI-04", "participant": {"fullName": "<<Graham Petty>>", "dateOfBirth": "[[dob:1949-10-06]]"},
             "address": "7 Eccles New Road, Salford [[pc:M95 7DN]]", "slot": "2026-03-13T14:00:00",
             "access": "((health:wheelchair user after a stroke; his carer will sit in))", "politics": "((pol:Labour ward secretary))"},
            {"ref": "DI-05", "participant": {"fullName": "<<Precious Chikwanha>>", "dateOfBirth": "[[dob:1987-05-08]]"},
             "address": "31 Deane Road, Bolton [[pc:BL97 4AE]]", "slot": "2026-03-16T18:30:00",
             "notes": "Works shifts; mobile [[phone:07700 900 563]]."},
        ],
        "safety": {"buddy": "<<Maureen Ogunlesi>>", "checkInNumber": RES_PHONE},
    })


# 4. A charity's legacy and major-donor team.

LEG_ADDRESS = "Brightwater Children's Charity, Brightwater House, 3 Wellington Place, Leeds [[pc:LS94 1BW]]"
LEG_PHONE = "[[phone:0113 496 0770]]"
LEG_MAIL = "[[email:legacies@brightwater.example.org.uk]]"


@document("leg-prospect-research.docx")
def leg_prospect_research(d):
    blocks = [
        ("h", "Prospect profile: Sir <<Malcolm Etherington>>"),
        ("table", [
            ["Field", "Research"],
            ["Name", "Sir <<Malcolm Etherington>>"],
            ["Born", "[[dob:9 Nov 1951]], Huddersfield"],
            ["Home", "Hollinhurst Hall, Honley [[pc:HD94 7JJ]]"],
            ["Wealth", "Founder of {{Etherington Logistics}} (sold 2019, est. GBP 40m); property in Leeds and the Algarve"],
            ["Politics", "((pol:Electoral Commission register: GBP 25,000 to the Conservative and Unionist Party in 2019 and 2023))"],
            ["Family", "Married to Lady <<Philippa Etherington>>, trustee of the {{Etherington Family Foundation}}"],
        ]),
        ("note", "Sir <<Malcolm>> chaired the hospital appeal in 2014, so he knows our chief executive.", "Sources: Companies House, The Sunday Times Rich List 2025, Electoral Commission donations search."),
        ("h", "Other prospects for the hydrotherapy pool"),
        "Baroness <<Adaeze Nwankwo-Stirling>>: the Lords' register of interests lists her as a trustee of two children's charities; ((pol:she sits as a Labour peer)). Introduced by <<Rosalind Quartey>>.",
        "<<Hugo Pennington-Royle>>: tech investor, ((pol:Liberal Democrat member and their candidate in Harrogate in 2017)). Gave GBP 5,000 in 2024.",
        ("comment", "Recommended ask for Sir ", "<<Malcolm>>: GBP 250,000", ", naming rights on the pool.", "<<Rosalind Quartey>>", "Agreed, but we only name the pool after the family if the trustees approve."),
        ("box", ["Do not forward.", "Prospect research is held under legitimate interests; see the supporter privacy notice."]),
        "Prepared by <<Tobias Wexford>>, prospect researcher, 27 February 2026.",
    ]
    return docx_file(d, blocks, "CONFIDENTIAL - major gifts prospect research", LEG_ADDRESS + " | " + LEG_PHONE, "<<Tobias Wexford>>", "<<Rosalind Quartey>>", "Prospect profile - hydrotherapy pool")


@document("leg-pledgers.xlsx")
def leg_pledgers(d):
    pledgers = [
        ["Supporter ID", "First name", "Last name", "Date of birth", "Address", "Postcode", "Pledge", "Estimated value", "Notes"],
        ["BW-100482", "<<Glenys>>", "<<Parry-Whitlock>>", Date("1944-03-06", dob=True), "2 Church Fold, Otley", "[[pc:LS91 3QP]]", "Residuary 25%", 180000, "((health:Terminal diagnosis, motor neurone disease; told us January 2026))"],
        ["BW-100517", "<<Desmond>>", "<<Fairbairn>>", Date("1938-10-15", dob=True), "The Old Forge, Bramham", "[[pc:LS92 6RS]]", "Pecuniary", 10000, "Free Wills Month 2024"],
        ["BW-100533", "<<Lionel>>", "<<Abrahams>>", Date("1949-07-01", dob=True), "44 Harrogate Road, Alwoodley", "[[pc:LS97 7NB]]", "Residuary 10%", 95000, "Prefers letters, not calls"],
        ["BW-100561", "<<Winsome>>", "<<Gayle>>", Date("1956-02-28", dob=True), "9 Spencer Place, Leeds", "[[pc:LS97 4BR]]", "Pecuniary", 5000, "((health:After a stroke, moved into nursing care)) at {{Wainwright Court}}"],
        ["BW-100578", "<<Ashok>>", "<<Raithatha>>", Date("1952-12-12", dob=True), "6 Ladywood Road, Roundhay", "[[pc:LS98 2RE]]", "Reversionary", 60000, "Wife <<Hemlata>> is the life tenant"],
    ]
    estates = [
        ["Estate of", "Date of death", "Executor", "Solicitor", "Expected", "Status"],
        ["<<Dorothy Ackroyd>>", Date("2025-11-20"), "<<Alison Mercer>>", "{{Blackburn Ramsden LLP}}", 212000, "Inheritance Act claim by son - see emails"],
        ["<<Frank Tordoff>>", Date("2025-12-03"), "Lloyds Bank Executor Services", "", 15000, "Received 14/02/2026"],
    ]
    return xlsx_file(d, [("Pledgers", pledgers), ("Notified estates", estates)], "<<Tobias Wexford>>", "<<Helen Stansby>>", "Legacy pledgers")


@document("leg-gift-aid.csv")
def leg_gift_aid(d):
    return csv_file(d, [
        ["Declaration", "Title", "First name", "Last name", "House name or number", "Postcode", "Declared", "Covers", "Method"],
        ["GAD-55120", "Mrs", "<<Glenys>>", "<<Parry-Whitlock>>", "2", "[[pc:LS91 3QP]]", "12/05/2019", "past 4 years and future", "paper"],
        ["GAD-55167", "Mr", "<<Ashok>>", "<<Raithatha>>", "6", "[[pc:LS98 2RE]]", "03/09/2021", "future only", "online"],
        ["GAD-55201", "Dr", "<<Ngozi>>", "<<Ezeh-Walton>>", "Flat 12, Royal Park House", "[[pc:LS96 1HW]]", "17/01/2023", "past 4 years and future", "phone"],
        ["GAD-55244", "Ms", "<<Tamsin>>", "<<Rowbotham>>", "Ivy Cottage", "[[pc:BD94 5LX]]", "28/02/2026", "this gift only", "online"],
        ["GAD-55250", "Mr", "<<Kenji>>", "<<Harcourt-Mori>>", "15", "[[pc:HG99 3FT]]", "01/03/2026", "past 4 years and future", "online"],
    ])


@document("leg-estate-dispute.mbox")
def leg_estate_dispute(d):
    alison = ("<<Alison Mercer>>", "[[email:a.mercer@blackburnramsden.example.co.uk]]")
    helen = ("<<Helen Stansby>>", "[[email:helen.stansby@brightwater.example.org.uk]]")
    clive = ("<<Clive Ackroyd>>", "[[email:clive.ackroyd@example.com]]")
    first = """Dear <<Helen>>,

Estate of <<Dorothy Ackroyd>> deceased

As executor I must tell you that <<Clive Ackroyd>>, the deceased's son, has issued a claim under the Inheritance (Provision for Family and Dependants) Act 1975. He says his mother's will of 2021 should not stand because ((health:she had Alzheimer's disease and lacked capacity)).

The will file shows a capacity assessment by her GP at the time. Mrs <<Ackroyd>> also left a letter explaining that she excluded <<Clive>> ((crim:after his conviction for assaulting her in 2018)). I will need to disclose it.

Please do not pay out on the interim distribution until I write again.

<<Alison Mercer>>
Partner, {{Blackburn Ramsden LLP}}
"""
    second = """Dear <<Alison>>,

Thank you. We will hold the interim payment. Our legacy manager, <<Tobias Wexford>>, will be our contact while I am on leave: [[phone:0113 496 0771]].

<<Helen Stansby>>
Head of Legacies

> <<Clive Ackroyd>>, the deceased's son, has issued a claim under the
> Inheritance (Provision for Family and Dependants) Act 1975.
"""
    third = """To whom it may concern at Brightwater,

My mother was not in her right mind when she changed her will. I am asking you as a charity to do the decent thing and step aside. I have been to see a solicitor and I will go to the papers.

<<C. Ackroyd>>
[[phone:07700 900 725]]
"""
    return mbox_file(d, [
        ("a.mercer@blackburnramsden.example.co.uk", "Mon Feb 23 10:02:44 2026", alison, [helen], "Estate of <<Dorothy Ackroyd>> - 1975 Act claim", "Mon, 23 Feb 2026 10:02:44 +0000", first),
        ("helen.stansby@brightwater.example.org.uk", "Mon Feb 23 15:20:10 2026", helen, [alison], "Re: Estate of <<Dorothy Ackroyd>> - 1975 Act claim", "Mon, 23 Feb 2026 15:20:10 +0000", second),
        ("clive.ackroyd@example.com", "Wed Feb 25 23:47:31 2026", clive, [("Legacies", LEG_MAIL)], "My mother's will", "Wed, 25 Feb 2026 23:47:31 +0000", third),
    ])


@document("leg-donor-call-note.rtf")
def leg_donor_call_note(d):
    return rtf_file(d, [
        ("b", "Supporter contact note - BW-100533"),
        "Supporter: Mr <<Lionel Abrahams>>, 44 Harrogate Road, Alwoodley [[pc:LS97 7NB]]. Telephone [[phone:0113 496 0645]].",
        "Call by <<Tobias Wexford>>, 19 February 2026, 25 minutes.",
        ("note", "Mr <<Abrahams>> confirmed his pledge of 10% of residue. ((rel:He explained that most of his giving goes through his synagogue's tzedakah fund at Etz Chaim)), and that Brightwater is the only charity outside the community in his will.", "Pledge first recorded 2017; will made with {{Levi Goldberg Solicitors}}."),
        "((rel:He asked that we never call him on Shabbat or during the High Holy Days)); letters are fine. His daughter, Dr <<Naomi Abrahams-Levy>>, is his attorney under a lasting power of attorney for property.",
        "He made a gift of GBP 1,000 by card during the call: [[card:4242 4242 4242 4242]], expiry 09/28. (Card number to be deleted from this note once the payment has cleared.)",
        "Next step: thank-you letter and an invitation to the supporters' lunch (kosher meal).",
    ], "Contact note BW-100533", "<<Tobias Wexford>>")


@document("leg-donor-mail.eml")
def leg_donor_mail(d):
    text = """Dear <<Tobias>>,

Thank you for visiting last week, and for the flowers. As I said, ((health:the consultant thinks I have a year, perhaps less, now that the MND is affecting my breathing)) - I saw him at {{Jimmy's}} on Tuesday. I want my affairs straight while I can still type.

I have asked my solicitor to add a codicil leaving the cottage to Brightwater outright, not just a share of what is left. The wording he suggested is attached - could your legacy people check the charity number is right?

My nephew, <<Rhodri Parry>>, is my executor and knows all about it.

Warm wishes,
<<Glenys>>

<<Glenys Parry-Whitlock>>
2 Church Fold, Otley [[pc:LS91 3QP]] | [[phone:01632 960 581]]
"""
    html_body = (
        "<p>Dear <<Tobias>>,</p><p>Thank you for visiting last week, and for the flowers. As I said, "
        "((health:the consultant thinks I have a year, perhaps less, now that the MND is affecting my breathing)).</p>"
        "<p>The codicil wording is attached.</p><p>Warm wishes,<br><<Glenys>></p>"
    )
    codicil = """CODICIL (draft, for checking)

I, <<GLENYS MARY PARRY-WHITLOCK>> of 2 Church Fold, Otley [[pc:LS91 3QP]], declare this to be the first codicil to my will dated 12 May 2019.

1. I give my property Ivy Bank Cottage, Pool-in-Wharfedale, free of tax, to Brightwater Children's Charity (registered charity 1099999) for its general purposes.
2. In all other respects I confirm my will.

Signed ______________________ in the presence of two witnesses.
"""
    return eml_file(
        d,
        ("<<Glenys Parry-Whitlock>>", "[[email:glenys.pw@example.co.uk]]"),
        [("<<Tobias Wexford>>", "[[email:tobias.wexford@brightwater.example.org.uk]]")],
        "Codicil - my cottage",
        "Sun, 01 Mar 2026 11:26:37 +0000",
        text,
        html_body=html_body,
        attachments=[("codicil-draft.txt", "text/plain; charset=utf-8", d.m(codicil).encode("utf-8"))],
        cc=[("<<Rhodri Parry>>", "[[email:rhodri.parry@example.net]]")],
    )


@document("leg-dd-mandates.ods")
def leg_dd_mandates(d):
    for pair in ["560031:38114207", "090127:12650038", "401719:77302615", "203356:64009821"]:
        d.label("bank", pair)
    rows = [
        ["Mandate", "Account holder", "Sort code", "Account number", "Monthly", "First collection", "Status"],
        ["DDI-30418", "<<ETHERINGTON, Philippa>>", "56-00-31", "38114207", 500, Date("2026-04-01"), "Active"],
        ["DDI-30425", "<<Kenji Harcourt-Mori>>", "09-01-27", "12650038", 25, Date("2026-03-15"), Note("Active", "<<Helen Stansby>>", "Gift Aid declaration GAD-55250 covers this.")],
        ["DDI-30431", "<<T. Rowbotham>>", "40-17-19", "77302615", 10, Date("2026-04-01"), "Pending AUDDIS"],
        ["DDI-30436", "<<Ngozi Ezeh-Walton>>", "20-33-56", 64009821, 50, Date("2026-03-28"), "Active"],
    ]
    notes = [
        ["Service user number:", "412907"],
        ["Collections file:", "sent to the bureau on the 20th of each month"],
        ["Queries:", LEG_MAIL],
        ["Overseas donor (SEPA):", "<<Friedrich Albers>>, IBAN [[iban:DE89 3704 0044 0532 0130 00]], annual gift each May"],
    ]
    return ods_file(d, [("Mandates", rows), ("Bureau", notes)], "<<Helen Stansby>>", "<<Tobias Wexford>>", "Direct debit mandates")


@document("leg-supporters-lunch.html")
def leg_supporters_lunch(d):
    return html_file(d, """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Legacy supporters' lunch - guest list</title></head>
<body>
<h1>Legacy supporters' lunch</h1>
<p>Friday 24 April 2026, 12:30, the {{Lady Anne Room}}, {{Harewood House}}. Host: <<Helen Stansby>>.</p>
<table>
<thead><tr><th>Guest</th><th>Bringing</th><th>Dietary</th><th>Access</th></tr></thead>
<tbody>
<tr><td><<Lionel Abrahams>></td><td>daughter <<Naomi>></td><td>((rel:kosher meal - he is strictly observant))</td><td>-</td></tr>
<tr><td><<Desmond Fairbairn>></td><td>-</td><td>vegetarian</td><td>((health:wheelchair user; needs the lift))</td></tr>
<tr><td><<Winsome Gayle>></td><td>carer</td><td>((health:soft diet after her stroke))</td><td>((health:wheelchair))</td></tr>
<tr><td><<Martin Hebblethwaite>></td><td>((sex:his husband)), <<Jonty Ames>></td><td>-</td><td>-</td></tr>
<tr><td><<Parveen Chaudhry>></td><td>-</td><td>((rel:halal, as a practising Muslim))</td><td>-</td></tr>
</tbody>
</table>
<dl>
<dt>Caterer</dt><dd>{{Bettys}} of Harrogate, all courses halal and kosher options plated separately</dd>
<dt>RSVP</dt><dd>""" + LEG_MAIL + """ or """ + LEG_PHONE + """</dd>
</dl>
</body></html>
""")


# 5. An accountancy practice and payroll bureau.

PAY_ADDRESS = "{{Sowden Marsh}} Chartered Accountants, 18 Northgate, Halifax [[pc:HX98 1UN]]"
PAY_PHONE = "[[phone:01632 960 770]]"
PAY_MAIL = "[[email:payroll@sowdenmarsh.example.co.uk]]"


@document("pay-run-march.xlsx")
def pay_run_march(d):
    gross = [
        ["Client", "Heptonstall Nursing Home Ltd", "", "", "", "", "", "", "", ""],
        ["Emp no", "Surname", "Forename", "NI number", "Tax code", "Date of birth", "Gross", "SSP", "Union", "Net"],
        ["H014", "<<McKENNA>>", "<<Roisin>>", "[[nino:QQ 48 20 17 A]]", "1257L", Date("1979-02-14", dob=True), 2841.67, 0, "((tu:RCN 19.74))", 2201.12],
        ["H019", "<<OYELARAN>>", "<<Babatunde>>", "[[nino:QQ712055B]]", "1257L M1", Date("1986-09-03", dob=True), 2310.00, 0, "((tu:UNISON 16.10))", 1857.44],
        ["H022", "<<PRZYBYLSKA>>", "<<Ewelina>>", "[[nino:QQ 20 66 94 C]]", "BR", Date("1993-05-21", dob=True), 1450.00, 0, "", 1160.00],
        ["H027", "<<HOLDSWORTH>>", "<<Craig>>", "[[nino:QQ531802D]]", "K475", Date("1968-11-30", dob=True), 1620.40, 233.25, "", 1249.03],
        ["H031", "<<ADDO>>", "<<Comfort>>", "[[nino:QQ 90 42 61 A]]", "1257L", Date("1990-07-07", dob=True), 2655.00, 0, "((tu:RCN 19.74))", 2075.80],
    ]
    deductions = [
        ["Emp no", "Deduction", "Authority", "This period", "Balance"],
        ["H027", "((crim:Attachment of earnings - magistrates' court fine, Calderdale MC))", "AEO ref MC/26/10441", 96.20, 1143.80],
        ["H022", "Attachment of earnings - county court judgment (debt)", "CCAEO ref K9QZ4471", 55.00, 910.00],
        ["H014", "((tu:Royal College of Nursing subscription))", "check-off", 19.74, ""],
        ["H031", "((tu:Royal College of Nursing subscription))", "check-off", 19.74, ""],
        ["H019", "((tu:UNISON Calderdale Health branch))", "check-off", 16.10, ""],
    ]
    bacs = [
        ["Emp no", "Name on account", "Sort code", "Account", "Amount"],
        ["H014", "<<R McKENNA>>", "20-45-77", "31908826", 2201.12],
        ["H019", "<<B OYELARAN>>", "40-12-60", 59017734, 1857.44],
        ["H022", "<<E PRZYBYLSKA>>", "30-96-18", "04471920", 1160.00],
    ]
    for pair in ["204577:31908826", "401260:59017734", "309618:04471920"]:
        d.label("bank", pair)
    clocking = [
        ["Emp no", "Clocking method", "Template enrolled", "Hours (March)"],
        ["H014", "((bio:Fingerprint reader, left index))", Date("2025-06-02"), 151.5],
        ["H022", "((bio:Fingerprint reader, right index))", Date("2025-09-15"), 120.0],
        ["H027", "PIN (declined fingerprint)", "", 98.0],
    ]
    return xlsx_file(d, [("Gross to net", gross), ("Deductions", deductions), ("BACS", bacs), ("Clocking import", clocking)], "<<Lynsey Barraclough>>", "<<Lynsey Barraclough>>", "Heptonstall payroll March 2026")


@document("pay-ssp-fit-notes.csv")
def pay_ssp_fit_notes(d):
    return csv_file(d, [
        ["Client", "Employee", "NI number", "Fit note from", "Fit note to", "Condition (as on fit note)", "May be fit with", "SSP days", "SSP paid"],
        ["Heptonstall Nursing Home Ltd", "<<Craig Holdsworth>>", "[[nino:QQ 53 18 02 D]]", "09/02/2026", "08/03/2026", "((health:lumbar disc prolapse))", "altered hours", "15", "233.25"],
        ["Heptonstall Nursing Home Ltd", "<<Sian Pedley>>", "[[nino:QQ365708B]]", "16/02/2026", "15/03/2026", "((health:stress-related illness, work))", "-", "12", "186.60"],
        ["St Oswald's C of E Academy Trust", "<<Nadia Benyoucef>>", "[[nino:QQ 64 29 83 C]]", "02/02/2026", "01/04/2026", "((health:postnatal depression))", "-", "20", "311.00"],
        ["St Oswald's C of E Academy Trust", "<<Lewis Kettlewell>>", "[[nino:QQ115740D]]", "23/02/2026", "06/04/2026", "((health:right total hip replacement))", "amended duties from 23/03", "18", "279.90"],
        ["Ovenden Motor Bodies Ltd", "<<Wojciech Kaczmarek>>", "[[nino:QQ 29 01 86 A]]", "26/02/2026", "04/03/2026", "self-certified, no fit note", "-", "3", "46.65"],
    ])


@document("pay-fines-aeo.pdf")
def pay_fines_aeo(d):
    return pdf_file(d, [
        "# ATTACHMENT OF EARNINGS ORDER (FINES)",
        "Calderdale Magistrates' Court - Fines Collection Team",
        "Courts Act 2003, Schedule 5",
        "",
        "To the employer: Heptonstall Nursing Home Ltd, c/o {{Sowden Marsh}} (payroll agent)",
        "",
        "Defendant: <<Craig Anthony Holdsworth>>",
        "Date of birth: [[dob:30 November 1968]]     NI number: [[nino:QQ 53 18 02 D]]",
        "Address: 27 Ovenden Way, Halifax [[pc:HX93 6QL]]",
        "",
        "((crim:Fine, costs and victim surcharge imposed on 14/01/2026 on conviction)) for",
        "((crim:driving without insurance)): GBP 1,240.00 outstanding.",
        "",
        "You must deduct 12% of net earnings each pay day and send it to the court, quoting",
        "account MC/26/10441. Tell the court within 10 days if the defendant leaves your employment.",
        "",
        "Issued: 02/02/2026     Fines officer: <<Imran Saddique>>",
        "Enquiries: [[phone:0113 496 0821]]   [[email:fines.calderdale@justice.example.gov.uk]]",
    ], "AEO MC/26/10441", "Fines Collection Team")


@document("pay-sa-client.json")
def pay_sa_client(d):
    d.label("bank", "608209:41763320")
    return json_file(d, {
        "practice": "{{Sowden Marsh}}",
        "taxYear": "2024-25",
        "client": {
            "forename": "<<Zahid>>",
            "surname": "<<Chaudhary>>",
            "dob": "[[dob:1975-08-19]]",
            "nino": "[[nino:QQ 77 31 46 B]]",
            "utr": "4819 20576 3",
            "address": {"line1": "12 Savile Park Road", "town": "Halifax", "postcode": "[[pc:HX94 3EJ]]"},
            "email": "[[email:zahid.chaudhary@example.co.uk]]",
            "mobile": "[[phone:+44 7700 900 428]]",
        },
        "income": {"selfEmployment": "taxi proprietor, 3 vehicles", "profit": 41260, "property": 6400},
        "giftAid": [
            {"charity": "((rel:Masjid-e-Bilal Trust, Zakat and Ramadan appeal))", "paid": 1850.00},
            {"charity": "Calderdale Food Network", "paid": 120.00},
        ],
        "payments": [{"to": "HMRC, balancing payment", "method": "personal credit card", "card": "[[card:2223 0031 2200 3222]]", "amount": 3118.60}],
        "refundTo": {"accountName": "<<Z Chaudhary>>", "sortCode": "60-82-09", "accountNumber": "41763320"},
        "preparedBy": "<<Lynsey Barraclough>>",
        "reviewedBy": "<<Gareth Sowden>>",
    })


@document("pay-hmrc-enquiry.docx")
def pay_hmrc_enquiry(d):
    blocks = [
        ("h", "File note: HMRC Fraud Investigation Service - Code of Practice 9"),
        ("table", [
            ["Client", "<<Gary Throup>>, trading as {{Throup Access Scaffolding}}"],
            ["UTR", "7730 41852 9"],
            ["NI number", "[[nino:QQ 82 64 15 C]]"],
            ["Date of birth", "[[dob:27/06/1971]]"],
            ["Address", "Moor End Farm, Mixenden, Halifax [[pc:HX96 9PD]]"],
        ]),
        ("note", "On 20 February HMRC wrote to <<Gary>> offering the Contractual Disclosure Facility: ((crim:HMRC suspects he has committed tax fraud)) on cash jobs between 2019 and 2024.", "Under COP9 HMRC will not start a criminal investigation into the fraud disclosed if the client makes a full and honest disclosure within 60 days."),
        "He must accept or reject the offer within 60 days. If he rejects it, HMRC may open a criminal investigation. We have advised him to take specialist advice and to say nothing to HMRC directly.",
        ("comment", "Our engagement letter must be re-issued: ", "we cannot act as his agent for the disclosure", " without a tax investigation specialist.", "<<Gareth Sowden>>", "Agreed - refer to <<Mehmet Yıldırım>> at the Leeds office; <<Lynsey>> to stop his VAT returns until then."),
        ("box", ["Deadline: outline disclosure due 21 April 2026.", "Do not discuss with the client's wife, <<Shirley Throup>>, who is not a partner in the business."]),
        "Call note: <<Gary>> rang on 2 March, upset, and said ((health:he has been signed off by his GP with anxiety and is on sertraline)).",
        "Partner: <<Gareth Sowden>>. Manager: <<Lynsey Barraclough>>.",
    ]
    return docx_file(d, blocks, "STRICTLY CONFIDENTIAL - tax investigation", PAY_ADDRESS + " | " + PAY_PHONE, "<<Gareth Sowden>>", "<<Lynsey Barraclough>>", "COP9 file note - <<Throup>>")


@document("pay-client-mail.eml")
def pay_client_mail(d):
    text = """Hi <<Lynsey>>,

March changes for Heptonstall are in the attached sheet. Two things I wanted to explain rather than just put in a cell:

1. <<Craig>> has given me another fit note. ((health:He's now waiting for spinal surgery)), so please keep SSP going and tell me when it runs out - I want to top him up to full pay for one more month.
2. <<Comfort Addo>> has asked us to stop taking her RCN subs through payroll, ((tu:she's paying the Royal College of Nursing by direct debit from April)).

Also, the magistrates' court rang about <<Craig>>'s order. I don't need the details, just make sure it's taken.

Thanks,
<<Anne-Marie Greenwood>>
Registered Manager, Heptonstall Nursing Home
[[phone:01632 960 342]]
"""
    html_body = (
        "<p>Hi <<Lynsey>>,</p><p>March changes for Heptonstall are in the attached sheet.</p>"
        "<ol><li><<Craig>> has given me another fit note. ((health:He's now waiting for spinal surgery)), so please keep SSP going.</li>"
        "<li><<Comfort Addo>> has asked us to stop taking her RCN subs through payroll.</li></ol>"
        "<p>Thanks,<br><<Anne-Marie Greenwood>></p>"
    )
    changes = csv_file(d, [
        ["Emp no", "Name", "Change", "From"],
        ["H027", "<<Craig Holdsworth>>", "((health:SSP continues - fit note to 05/04, lumbar disc prolapse))", "09/03/2026"],
        ["H031", "<<Comfort Addo>>", "((tu:Stop RCN check-off))", "01/04/2026"],
        ["H036", "<<Jake Sunderland>>", "New starter, care assistant, 1257L", "16/03/2026"],
    ])
    return eml_file(
        d,
        ("<<Anne-Marie Greenwood>>", "[[email:manager@heptonstallnursing.example.co.uk]]"),
        [("<<Lynsey Barraclough>>", "[[email:lynsey.b@sowdenmarsh.example.co.uk]]")],
        "March payroll changes",
        "Wed, 04 Mar 2026 17:05:40 +0000",
        text,
        html_body=html_body,
        attachments=[("march-changes.csv", "text/csv; charset=utf-8", changes)],
        cc=[("Payroll", PAY_MAIL)],
    )


@document("pay-union-checkoff.tsv")
def pay_union_checkoff(d):
    return csv_file(d, [
        ["Client", "Emp no", "Employee", "Union", "Branch or school", "Membership no", "Monthly sub"],
        ["Heptonstall Nursing Home Ltd", "H014", "<<Róisín McKenna>>", "((tu:RCN))", "Yorkshire and Humber", "RCN 4417820", "19.74"],
        ["Heptonstall Nursing Home Ltd", "H019", "<<Babatunde Oyelaran>>", "((tu:UNISON))", "Calderdale Health", "UN 88201345", "16.10"],
        ["Heptonstall Nursing Home Ltd", "H031", "<<Comfort Addo>>", "((tu:RCN))", "Yorkshire and Humber", "RCN 5011274", "19.74"],
        ["St Oswald's C of E Academy Trust", "S102", "<<Eamon Fennelly>>", "((tu:NASUWT))", "Calderdale association", "N0774120", "17.45"],
        ["St Oswald's C of E Academy Trust", "S117", "<<Harriet Kowalczyk-Bray>>", "((tu:NASUWT - school rep))", "Calderdale association", "N0791562", "17.45"],
        ["St Oswald's C of E Academy Trust", "S121", "<<Nadia Benyoucef>>", "((tu:NEU))", "Calderdale district", "NEU 2219043", "21.30"],
        ["Total to unions", "", "", "", "", "", "111.78"],
    ], delimiter="\t")


@document("pay-new-starters.md")
def pay_new_starters(d):
    return text_file(d, """# New starters - March 2026 (bureau clients)

Checked by <<Lynsey Barraclough>>. Right-to-work copies are in each client's folder, not here.

## Heptonstall Nursing Home Ltd

- **<<Jake Sunderland>>**, care assistant, starts 16/03/2026
  - DOB: [[dob:04/10/2005]] | NI: [[nino:QQ 40 19 73 A]] | starter declaration **A** (first job since education)
  - Student loan: Plan 2 | passport [[passport:302775164]]
  - Emergency contact: <<Tracy Sunderland>> (mother), [[phone:07700 900 964]]

## St Oswald's C of E Academy Trust

- **<<Adebayo Ogunbiyi>>**, maths teacher, starts 13/04/2026
  - DOB: [[dob:17.03.1994]] | NI: [[nino:QQ 68 02 51 B]] | P45 from Leeds City Academy, code 1257L
  - Teachers' Pension: yes | ((health:asked for payslips in large print - visual impairment))
- **<<Ffion Tudur>>**, teaching assistant, starts 13/04/2026
  - DOB: [[dob:1 Feb 1999]] | NI: awaiting (applied 20/02) | starter declaration **B**

## Ovenden Motor Bodies Ltd

- **<<Marek Zieliński>>**, panel beater, starts 09/03/2026
  - DOB: [[dob:22-Aug-1988]] | NI: [[nino:QQ 95 37 20 C]] | starter declaration **C** (second job)
  - Licence checked for the recovery truck: [[licence:ZIELI808228M99TR]]

Questions to the bureau: """ + PAY_MAIL + """ or """ + PAY_PHONE + """.
""")


# 6. A Court of Protection deputyship team.

COP_ADDRESS = "Client Affairs (Deputyship) Team, North Tyne Borough Council, Civic Centre, Wallsend [[pc:NE98 7CA]]"
COP_PHONE = "[[phone:0191 498 0562]]"
COP_MAIL = "[[email:client.affairs@northtyne.example.gov.uk]]"


@document("cop-deputyship-order.pdf")
def cop_deputyship_order(d):
    return pdf_file(d, [
        "# COURT OF PROTECTION                          Case no. 14099281",
        "MENTAL CAPACITY ACT 2005",
        "",
        "In the matter of <<EDNA MARY CHARLTON>>",
        "of Holywell Dene Care Home, Seaton Delaval [[pc:NE95 0QH]] ('P')",
        "Date of birth: [[dob:8 April 1936]]",
        "",
        "# ORDER APPOINTING A DEPUTY FOR PROPERTY AND AFFAIRS",
        "",
        "UPON the application of North Tyne Borough Council",
        "AND UPON the court being satisfied that ((health:P lacks capacity)) to make decisions about",
        "her property and affairs ((health:because of Alzheimer's disease))",
        "IT IS ORDERED THAT:",
        "1. North Tyne Borough Council, acting by its Client Affairs Manager for the time being,",
        "   is appointed as deputy for P.",
        "2. The deputy may take possession of P's property and income, including her accounts",
        "   with Northumberland Building Society and her state and occupational pensions.",
        "3. The deputy may sell P's former home, 14 Whitley Road, Holywell [[pc:NE95 2JS]].",
        "4. The deputy must give security of GBP 65,000 and report to the Public Guardian each year.",
        "",
        "District Judge <<Okwuosa>>                          Dated 11 December 2025",
        "Sealed copy sent to the deputy: " + COP_MAIL,
    ], "COP order 14099281", "Court of Protection")


@document("cop-capacity-assessments.docx")
def cop_capacity_assessments(d):
    blocks = [
        ("h", "Capacity assessments (COP3) - summaries for the quarterly review"),
        ("table", [
            ["Client", "Date of birth", "Diagnosis given by assessor", "Decision", "Assessor"],
            ["<<Edna Charlton>>", "[[dob:08/04/1936]]", "((health:Alzheimer's disease, moderate; MMSE 14/30))", "Lacks capacity: property and affairs", "Dr <<Prakash Venugopal>>, old age psychiatrist"],
            ["<<Jordan McKinnell>>", "[[dob:19/12/1996]]", "((health:Acquired brain injury after a motorbike collision in 2022; frontal lobe damage))", "Lacks capacity: managing his compensation award", "<<Fiona Rennison>>, neuropsychologist"],
            ["<<Stuart Oakshott>>", "[[dob:02/05/1981]]", "((health:Moderate learning disability; Down syndrome))", "Lacks capacity: tenancy and benefits", "<<Meera Shenoy>>, social worker"],
        ]),
        ("note", "<<Jordan>> can manage a weekly allowance of GBP 120 and should be supported to do so.", "Mental Capacity Act 2005, s.1(3): a person is not to be treated as unable to make a decision unless all practicable steps to help him have been taken without success."),
        ("comment", "<<Stuart>>'s tenancy with Tyne Housing is due for renewal; ", "the assessor found he understood rent but not the tenancy's length", ".", "<<Colette Armstrong>>", "Ask <<Meera>> if an easy-read tenancy would change her view."),
        ("box", ["Review due: 30 June 2026", "Next COP3 for <<Edna Charlton>> only if her circumstances change."]),
        "Prepared by <<Colette Armstrong>>, Client Affairs Manager.",
    ]
    return docx_file(d, blocks, "OFFICIAL-SENSITIVE: client affairs", COP_ADDRESS + " | " + COP_PHONE, "<<Colette Armstrong>>", "<<Darren Forster>>", "COP3 summaries Q1 2026")


@document("cop-client-finance.xlsx")
def cop_client_finance(d):
    accounts = [
        ["Client", "Case no", "Bank", "Sort code", "Account", "Balance 28/02/2026"],
        ["<<Edna Charlton>>", "14099281", "Northumberland BS", "07-01-16", "52209813", 41270.55],
        ["<<Jordan McKinnell>>", "13876502", "Lloyds (deputyship account)", "30-99-62", 18830417, 612400.00],
        ["<<Jordan McKinnell>>", "13876502", "Lloyds (client's allowance card)", "30-99-62", "18830425", 84.12],
        ["<<Stuart Oakshott>>", "13544290", "Co-operative Bank", "08-92-99", "66120304", 2318.90],
        ["<<Marjorie Tindle>>", "14210077", "AIB (Ireland), inherited", "IBAN", "[[iban:IE29AIBK93115212345678]]", 3120.40],
    ]
    for pair in ["070116:52209813", "309962:18830417", "309962:18830425", "089299:66120304"]:
        d.label("bank", pair)
    transactions = [
        ["Date", "Client", "Description", "In", "Out"],
        [Date("2026-02-02"), "<<Edna Charlton>>", "Holywell Dene Care Home - February fees", "", 4180.00],
        [Date("2026-02-05"), "<<Edna Charlton>>", "((health:Attendance Allowance, higher rate))", 110.40, ""],
        [Date("2026-02-09"), "<<Jordan McKinnell>>", "((health:Neuro-rehab case manager)), {{Bushnell Rehab Ltd}}", "", 960.00],
        [Date("2026-02-12"), "<<Stuart Oakshott>>", "Tyne Housing rent", "", 402.50],
        [Date("2026-02-19"), "<<Stuart Oakshott>>", "Universal Credit (LCWRA element)", 1031.88, ""],
    ]
    ids = [
        ["Client", "NI number", "NHS number", "Date of birth", "Passport"],
        ["<<Edna Charlton>>", "[[nino:QQ 17 26 53 B]]", "[[nhs:999 587 4202]]", Date("1936-04-08", dob=True), "expired 2019"],
        ["<<Jordan McKinnell>>", "[[nino:QQ 83 40 92 C]]", "[[nhs:9996037517]]", Date("1996-12-19", dob=True), "[[passport:120994385]]"],
        ["<<Stuart Oakshott>>", "[[nino:QQ 05 61 38 A]]", "[[nhs:999 615 3843]]", Date("1981-05-02", dob=True), "[[passport:638150247]]"],
    ]
    return xlsx_file(d, [("Accounts", accounts), ("Transactions", transactions), ("Identifiers", ids)], "<<Darren Forster>>", "<<Darren Forster>>", "Client finance February 2026")


@document("cop-best-interests.odt")
def cop_best_interests(d):
    return odt_file(d, [
        ("h", "Best interests meeting: a move to residential care"),
        "Client: <<Krishna Prasad Acharya>>, born [[dob:14/01/1940]], of 6 Rothbury Terrace, Heaton [[pc:NE96 5XB]].",
        "Date: 24 February 2026, by video. Chair: <<Meera Shenoy>> (social worker).",
        "Present: <<Darren Forster>> (deputy's officer), <<Anand Acharya>> (son), <<Lowri Pritchard>> (IMCA), <<Bev Tait>> (home care manager).",
        ("h", "Background"),
        "Mr <<Acharya>> ((health:has mixed dementia and Parkinson's disease; he has fallen four times since November and now needs two carers at night)).",
        ("h", "His wishes and beliefs"),
        ("note", "Mr <<Acharya>> ((rel:is a devout Hindu: he has never eaten beef, keeps a vegetarian diet and fasts on Ekadashi)), and wants a shrine in his room.", "<<Darren Forster>>", "Check {{Collingwood Grange}} can store his murti safely - the last home would not allow incense.", ""),
        "<<Anand>> said his father would want to be near the Hindu temple in Fenham so the family can visit after prayers.",
        ("h", "Decision"),
        "A move to {{Collingwood Grange}} is in his best interests; the deputy will pay the top-up fee of GBP 85 a week from his savings.",
    ], "<<Meera Shenoy>>", "<<Darren Forster>>", "Best interests - <<Acharya>>")


@document("cop-safeguarding-concern.html")
def cop_safeguarding_concern(d):
    return html_file(d, """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Adult safeguarding concern - SG-26-0187</title></head>
<body>
<h1>Adult safeguarding concern</h1>
<p>Raised through the council's safeguarding portal on 27 February 2026 at 16:42 from [[ip:203.0.113.204]].</p>
<dl>
<dt>Adult at risk</dt><dd><<Hilda Robson>>, born [[dob:1938-09-22]], NHS [[nhs:999 642 9075]]</dd>
<dt>Address</dt><dd>3 Marden Avenue, Cullercoats [[pc:NE97 4HT]]</dd>
<dt>Care and support needs</dt><dd>((health:Vascular dementia; two calls a day from home care; deputyship application lodged))</dd>
<dt>Type of abuse</dt><dd>Financial</dd>
<dt>Person alleged to cause harm</dt><dd><<Wayne Robson>> (son), 41, lives with her</dd>
<dt>What happened</dt><dd>Cash withdrawals of GBP 2,600 from her Post Office account in January; her pension card is kept by <<Wayne>>. Home carer <<Shannon Dodds>> saw him take her purse. <<Wayne>> ((crim:has a conviction for fraud by false representation, 2019)), per the police.</dd>
<dt>Referrer</dt><dd><<Colette Armstrong>>, Client Affairs Manager, """ + COP_PHONE + """</dd>
</dl>
<h2>Immediate action</h2>
<ul>
<li>Bank asked to flag the account; new card to be sent to the Client Affairs Team.</li>
<li>Police informed; no arrest yet. Strategy meeting 4 March.</li>
</ul>
</body></html>
""")


@document("cop-opg-annual-report.md")
def cop_opg_annual_report(d):
    return text_file(d, """# Deputy report to the Office of the Public Guardian

**Reporting period:** 12 January 2025 to 11 January 2026
**Court of Protection case:** 13876502
**Client:** <<Jordan Lee McKinnell>>, date of birth [[dob:19th December 1996]], NI [[nino:QQ834092C]]
**Deputy:** North Tyne Borough Council (public authority deputy), officer <<Darren Forster>>

## Decisions made

1. Bought a ground-floor flat at 2 Tynemouth Court, North Shields [[pc:NE99 1RF]] for GBP 185,000 from the compensation award, ((health:adapted for his mobility and memory needs after the brain injury)).
2. Agreed a weekly allowance of GBP 120, paid to his own card account (sort code 30-99-62, account 18830425)[[=bank:309962:18830425]].
3. Paid for ((health:a case manager and weekly neuro-physiotherapy)).

## Accounts summary

| | GBP |
|---|---|
| Opening balance | 655,912.40 |
| Income (interest, PIP, ESA) | 24,610.02 |
| Spending | 203,158.86 |
| Closing balance | 477,363.56 |

Main account: Lloyds, sort code 30-99-62, account 18830417.[[=bank:309962:18830417]]

## Consultation

<<Jordan>> was consulted on every decision above. His mother, Mrs <<Denise McKinnell>>, was consulted on the purchase.

Signed for the deputy: <<D. Forster>>, 20 February 2026. Contact: """ + COP_MAIL + """
""")


@document("cop-relative-mail.eml")
def cop_relative_mail(d):
    text = """Dear Mr <<Forster>>,

I'm writing about my aunt, <<Marjorie Tindle>>, whose money your team now looks after. I visited her at Holywell Dene on Sunday.

Two things, please:

First, Aunt <<Marjorie>> ((sex:and her partner)) <<Frances>> ((sex:lived together for 41 years)) and <<Frances>>'s photographs and some of her furniture are still in the bungalow you are selling. <<Marjorie>> keeps asking for the little oak bureau. Could it go to her room instead of the clearance firm?

Second, ((rel:she has been a Catholic all her life and asks every week for Communion)). Would you agree to a monthly donation from her funds to St Columba's, where she went for sixty years? The priest brings Communion to the home.

I know she can't decide these things herself now (((health:the dementia is much worse since Christmas))), but she would have wanted both.

Best wishes,
<<Gillian Hetherington>>
[[phone:+44 191 498 0741]]
"""
    return eml_file(
        d,
        ("<<Gillian Hetherington>>", "[[email:gill.hetherington@example.com]]"),
        [("<<Darren Forster>>", "[[email:darren.forster@northtyne.example.gov.uk]]")],
        "My aunt <<Marjorie Tindle>> - furniture and church",
        "Mon, 02 Mar 2026 08:55:17 +0000",
        text,
    )


@document("cop-caseload.jsonl")
def cop_caseload(d):
    return jsonl_file(d, [
        {"caseNo": "14099281", "client": {"name": "<<Edna Mary Charlton>>", "dob": "[[dob:1936-04-08]]", "nhsNumber": "[[nhs:9995874202]]"},
         "deputyship": "property and affairs", "primaryNeed": "((health:Alzheimer's disease))", "ethnicity": "((eth:White British))", "officer": "<<Darren Forster>>", "flags": []},
        {"caseNo": "13876502", "client": {"name": "<<Jordan McKinnell>>", "dob": "[[dob:1996-12-19]]", "nhsNumber": "[[nhs:999-603-7517]]"},
         "deputyship": "property and affairs", "primaryNeed": "((health:acquired brain injury))", "ethnicity": "((eth:White British))", "officer": "<<Darren Forster>>", "flags": ["large award"]},
        {"caseNo": "13544290", "client": {"name": "<<Stuart Oakshott>>", "dob": "[[dob:1981-05-02]]", "nhsNumber": "[[nhs:9996153843]]"},
         "deputyship": "property and affairs", "primaryNeed": "((health:learning disability))", "ethnicity": "Not recorded", "officer": "<<Colette Armstrong>>", "flags": []},
        {"caseNo": "14210077", "client": {"name": "<<Marjorie Tindle>>", "dob": "[[dob:1939-06-30]]", "nhsNumber": "[[nhs:9996682153]]"},
         "deputyship": "property and affairs", "primaryNeed": "((health:dementia))", "ethnicity": "((eth:White British))", "religion": "((rel:Roman Catholic))", "officer": "<<Darren Forster>>", "flags": ["house sale"]},
        {"caseNo": "14233519", "client": {"name": "<<Kelvin Ridley>>", "dob": "[[dob:1974-02-17]]", "nhsNumber": "[[nhs:999 679 5306]]"},
         "deputyship": "property and affairs", "primaryNeed": "((health:Huntington's disease)), ((gen:HTT expansion of 44 CAG repeats confirmed))", "ethnicity": "((eth:Mixed - White and Black Caribbean))", "officer": "<<Colette Armstrong>>", "flags": ["safeguarding"]},
    ])


# 7. An opticians chain and a diabetic eye screening programme.

OPT_ADDRESS = "{{Wensley & Hart}} Opticians, 41 Fargate, Sheffield [[pc:S96 2HB]]"
OPT_PHONE = "[[phone:0114 496 0318]]"
OPT_MAIL = "[[email:practice.fargate@wensleyhart.example.co.uk]]"
DES_PHONE = "[[phone:0114 496 0995]]"


@document("opt-sight-tests.csv")
def opt_sight_tests(d):
    return csv_file(d, [
        ["Date", "Patient", "DOB", "NHS/private", "Optometrist", "Findings", "IOP R/L (mmHg)", "Outcome"],
        ["02/03/2026", "<<Derrick Staniforth>>", "[[dob:12/09/1957]]", "GOS 1 (over 60)", "<<A. Kaur Dhillon>>", "((health:Suspect glaucoma - cupping 0.7 R, 0.5 L; field defect R))", "26 / 19", "Referred to ophthalmology (GOS 18)"],
        ["02/03/2026", "<<Chantelle Mbatha-Reilly>>", "[[dob:30/06/2004]]", "Private", "<<A. Kaur Dhillon>>", "((health:Keratoconus, progressing - K max up 1.8D))", "14 / 15", "Urgent referral for corneal cross-linking"],
        ["02/03/2026", "<<Heinrich Vogelsang>>", "[[dob:1 Dec 1948]]", "GOS 1 (over 60)", "<<Tom Ashmore>>", "Early cataract both eyes, not affecting vision", "17 / 16", "Recall 2 years"],
        ["03/03/2026", "<<Yasmin El-Amin>>", "[[dob:19/08/1989]]", "GOS 1 (diabetic)", "<<Tom Ashmore>>", "((health:Type 1 diabetes; no retinopathy seen; dry eye))", "15 / 15", "Recall 1 year; DES programme informed"],
        ["03/03/2026", "<<Bartholomew Ndlovu>>", "[[dob:05/05/1966]]", "Private", "<<Tom Ashmore>>", "No abnormality; Amsler grid clear", "16 / 17", "Recall 2 years"],
        ["03/03/2026", "<<Gwyneth Roebuck>>", "[[dob:23/02/1941]]", "GOS 1 (over 60)", "<<A. Kaur Dhillon>>", "((health:Wet AMD suspected, left eye - distortion on Amsler))", "18 / 18", "Urgent referral, macular clinic (2 weeks)"],
    ])


@document("opt-des-grading.xlsx")
def opt_des_grading(d):
    grading = [
        ["Screening date", "NHS number", "Surname", "Forename", "DOB", "GP practice", "Retinopathy R", "Retinopathy L", "Maculopathy", "Outcome", "Grader"],
        [Date("2026-02-16"), "[[nhs:999 723 1589]]", "<<HAWKSWORTH>>", "<<Eileen>>", Date("1952-03-31", dob=True), "{{Crookes Valley Medical Centre}}", "((health:R0))", "((health:R0))", "M0", "Annual recall", "<<S. Okonkwo>>"],
        [Date("2026-02-16"), "[[nhs:9997462815]]", "<<QURESHI>>", "<<Mohammed Asif>>", Date("1970-11-11", dob=True), "{{Page Hall}} Surgery", "((health:R1))", "((health:R2))", "((health:M1))", "Refer to hospital eye service - routine 13 weeks", "<<S. Okonkwo>>"],
        [Date("2026-02-17"), "[[nhs:999 782 4156]]", "<<BRAMALL>>", "<<Kyle>>", Date("1998-07-14", dob=True), "Woodhouse Health Centre", "((health:R3A))", "((health:R1))", "M0", "Urgent referral - 2 weeks", "<<Priyanka Menon>>"],
        [Date("2026-02-17"), "[[nhs:9998053722]]", "<<NG>>", "<<Siu Wai>>", Date("1961-01-26", dob=True), "Broomhill Surgery", "((health:R1))", "((health:R1))", "M0", "Annual recall", "<<Priyanka Menon>>"],
        [Date("2026-02-18"), "[[nhs:999 820 6499]]", "<<EL-AMIN>>", "<<Yasmin>>", Date("1989-08-19", dob=True), "{{Nether Edge}} Surgery", "((health:R0))", "((health:R0))", "M0", "Pregnancy - screen each trimester", "<<S. Okonkwo>>"],
    ]
    qa = [
        ["Grader", "Role", "Images graded (Feb)", "Arbitration disagreements"],
        ["<<Sunday Okonkwo>>", "Senior grader", 612, 3],
        ["<<Priyanka Menon>>", "Clinical lead", 288, 0],
    ]
    about = [
        ["Programme:", "Don Valley Diabetic Eye Screening Programme"],
        ["Failsafe officer:", "<<Rachael Gledhill>>, " + DES_PHONE],
        ["Export:", "Software grading export, filtered to referable and first-screen patients"],
    ]
    return xlsx_file(d, [("Grading", grading), ("Grader QA", qa), ("About", about)], "<<Rachael Gledhill>>", "<<Priyanka Menon>>", "DES grading export February 2026")


@document("opt-dvla-field-test.pdf")
def opt_dvla_field_test(d):
    return pdf_file(d, [
        "# DVLA visual field test report (Group 2 - lorry and bus)",
        "Test centre: {{Wensley & Hart}} Opticians, Fargate, Sheffield - DVLA panel site 2291",
        "",
        "Driver: <<Lee Anthony Fretwell>>          Date of birth: [[dob:24-Oct-1974]]",
        "Driving licence number: [[licence:FRETW710244LA9XK 07]]",
        "Address: 88 Manor Oaks Road, Sheffield [[pc:S92 5EN]]",
        "DVLA reference: D4/26/117305",
        "",
        "Test: {{Esterman}} binocular, {{Humphrey}} field analyser, 120 points",
        "Result: ((health:4 points missed in the central 20 degrees, right inferior quadrant))",
        "Fixation losses 1/10; false positives 0%. Test reliable.",
        "((health:Consistent with the known right branch retinal vein occlusion (2024)))",
        "",
        "Identity checked against the photocard licence by: <<Imogen Sheard>>, optical assistant",
        "Tested by: <<Tom Ashmore>> (GOC 01-39271)",
        "",
        "The DVLA will decide whether the driver meets the standard. The driver has been told",
        "not to drive Group 2 vehicles until the DVLA writes to him.",
    ], "DVLA field test D4/26/117305", "<<Tom Ashmore>>")


@document("opt-childrens-vouchers.tsv")
def opt_childrens_vouchers(d):
    return csv_file(d, [
        ["Claim date", "Child", "Date of birth", "School", "Parent/carer", "Voucher", "Rx (R / L)", "Notes"],
        ["02/03/2026", "<<Alfie-Jay Platts>>", "[[dob:07/01/2019]]", "{{Mary Trevelyan Primary}}", "<<Kirsty Platts>>", "GOS 3 band C", "+4.50 / +1.25", "((health:Anisometropic amblyopia - patching 2 hrs a day))"],
        ["02/03/2026", "<<Zainab Hussein>>", "[[dob:2014-06-15]]", "Firth Park Academy", "<<Hodan Hussein>>", "GOS 3 band A", "-1.25 / -1.00", "New myope"],
        ["03/03/2026", "<<Oskar Wiśniewski>>", "[[dob:29.11.2016]]", "St Catherine's Catholic Primary", "<<Agata Wiśniewska>>", "GOS 3 band B", "-0.50 / -3.75", "((health:High astigmatism, refer to orthoptist))"],
        ["03/03/2026", "<<Millie Rose Hinchliffe>>", "[[dob:11 Feb 2020]]", "Hillsborough Nursery", "<<Dean Hinchliffe>>", "GOS 3 band D", "+6.00 / +6.25", "((health:Accommodative squint, hospital eye service patient))"],
    ], delimiter="\t")


@document("opt-rp-genetic-referral.docx")
def opt_rp_genetic_referral(d):
    blocks = [
        "To: Dr <<Ottoline Frayne>>, Consultant in Clinical Genetics, Sheffield Children's and Adult Genetics Service",
        "From: <<Tom Ashmore>> BSc MCOptom, {{Wensley & Hart}} Opticians",
        "Date: 4 March 2026",
        ("h", "Re: Mr <<Callum Birtwhistle>>, date of birth [[dob:13/03/2001]], NHS number [[nhs:999 847 1265]]"),
        "I saw Mr <<Birtwhistle>> for a routine eye examination. ((health:He reports night blindness since his teens; I found bone-spicule pigmentation in both mid-peripheries and constricted fields: retinitis pigmentosa)).",
        ("note", "His mother, <<Sandra Birtwhistle>>, ((gen:carries an RPGR variant)) and his maternal uncle is registered blind, which suggests X-linked RP.", "Family history as given by the patient; his mother's genetic report (2019) is not in our records."),
        ("comment", "He would like ", "genetic testing for himself and advice for his sister", ", who is planning a family.", "<<Priyanka Menon>>", "Sister is <<Leah Birtwhistle>>; she will need her own referral through her GP."),
        ("box", ["Address: 19 Loxley View, Sheffield [[pc:S91 8TD]]", "Mobile: [[phone:07700 900 687]]"]),
        "He drives a car; I have advised him of his duty to tell the DVLA, and that his fields may not meet the standard.",
        "Yours sincerely,",
        "<<Tom Ashmore>>",
    ]
    return docx_file(d, blocks, "Referral - clinical genetics", OPT_ADDRESS + " | " + OPT_PHONE + " | " + OPT_MAIL, "<<Tom Ashmore>>", "<<Priyanka Menon>>", "Genetics referral")


@document("opt-complaint.eml")
def opt_complaint(d):
    text = """To the practice manager,

I am complaining about my father's appointment at your Fargate branch on 2 March. My father, <<Derrick Staniforth>>, is 68 and ((health:has had pressure in his right eye for some time)). Your optometrist told him he "might be going blind" and then sent him away with a letter and no appointment. He did not sleep that night.

He has now been told by the hospital that ((health:it is glaucoma and he needs drops for life)). I don't dispute the referral - I dispute how it was done. Nobody explained anything, and the receptionist, <<Imogen>>, said the optometrist was "too busy" to ring him back.

Please reply to me; my father has asked me to deal with this. His date of birth is [[dob:12/09/1957]] if you need it.

<<Nicola Staniforth-Burke>>
[[phone:+44 7700 900 508]]
"""
    html_body = (
        "<p>To the practice manager,</p><p>I am complaining about my father's appointment at your Fargate branch on 2 March. "
        "My father, <<Derrick Staniforth>>, is 68 and ((health:has had pressure in his right eye for some time)).</p>"
        "<p><<Nicola Staniforth-Burke>></p>"
    )
    return eml_file(
        d,
        ("<<Nicola Staniforth-Burke>>", "[[email:nicola.sb@example.org]]"),
        [("Fargate practice", OPT_MAIL)],
        "Complaint – my father’s eye test",
        "Thu, 05 Mar 2026 12:40:03 +0000",
        text,
        html_body=html_body,
        cc=[("<<Derrick Staniforth>>", "[[email:d.staniforth@example.net]]")],
    )


@document("opt-staff-rota.ods")
def opt_staff_rota(d):
    rota = [
        ["Staff", "Role", "GOC number", "Mon 9", "Tue 10", "Wed 11", "Thu 12", "Fri 13", "Sat 14"],
        ["<<Amandeep Kaur Dhillon>>", "Optometrist", "01-42718", "Fargate", "Fargate", "-", "Hillsborough", "Fargate", "-"],
        ["<<Tom Ashmore>>", "Optometrist (DVLA fields)", "01-39271", "Hillsborough", "-", "Fargate", "Fargate", "Fargate", "Fargate"],
        ["<<Harjit Singh Sohal>>", "Dispensing optician", "02-11893", "Fargate", "Fargate", "Fargate", "-", Note("Fargate", "<<Joanna Whitlam>>", "FFP3 fit test booked 13/3 - ((rel:turban and beard, so a powered hood, not a tight mask))"), "-"],
        ["<<Imogen Sheard>>", "Optical assistant", "", "Fargate", "Fargate", "-", "Fargate", "Fargate", "Fargate"],
        ["<<Kwame Appiah-Nyarko>>", "Pre-reg optometrist", "01-50122 (student)", "-", "Hillsborough", "Hillsborough", "Hillsborough", "-", "Hillsborough"],
    ]
    contacts = [
        ["Name", "Mobile", "Emergency contact"],
        ["<<Amandeep Kaur Dhillon>>", "[[phone:07700 900 194]]", "husband, [[phone:07700 900 195]]"],
        ["<<Harjit Singh Sohal>>", "[[phone:07700900823]]", "<<Gurpreet Sohal>>, [[phone:0114 496 0072]]"],
        ["<<Imogen Sheard>>", "[[phone:07700 900 402]]", "mother"],
    ]
    return ods_file(d, [("Week 11", rota), ("Contacts", contacts)], "<<Joanna Whitlam>>", "<<Joanna Whitlam>>", "Fargate rota week 11")


@document("opt-hr-notes.rtf")
def opt_hr_notes(d):
    return rtf_file(d, [
        ("b", "HR notes - Fargate and Hillsborough - Q1 2026"),
        "Prepared by <<Joanna Whitlam>>, area manager. Not for the shared drive.",
        ("b", "1. PPE fit testing"),
        ("note", "<<Harjit Singh Sohal>> asked how fit testing will work for him: ((rel:as an Amritdhari Sikh he wears a turban and keeps his beard uncut)). We agreed a powered respirator hood; no tight-fitting mask.", "HSE guidance INDG479 allows loose-fitting powered hoods where facial hair prevents a seal."),
        ("b", "2. DBS for the domiciliary service"),
        "<<Kwame Appiah-Nyarko>>: enhanced DBS clear, certificate 001794620583.",
        "<<Tom Ashmore>>: enhanced DBS shows ((crim:a conviction for possession of cannabis in 2009)). It is spent, and he told us at interview. No action; recorded only here.",
        ("b", "3. Union"),
        "<<Imogen Sheard>> told me ((tu:she has joined USDAW and will be the store's rep)). Facilities time to be agreed with the regional office.",
        "Queries: " + OPT_PHONE,
    ], "HR notes Q1 2026", "<<Joanna Whitlam>>")


# 8. A council's library and home library service.

LIB_ADDRESS = "Airedale Libraries, Central Library, {{Carnegie Street}}, Keighley [[pc:BD99 3LB]]"
LIB_PHONE = "[[phone:01632 960 455]]"
LIB_FREEPHONE = "[[phone:0808 157 0263]]"
LIB_MAIL = "[[email:libraries@airedale.example.gov.uk]]"


@document("lib-members.json")
def lib_members(d):
    return json_file(d, {
        "system": "Airedale Libraries LMS export",
        "generated": "2026-03-02T06:00:00Z",
        "members": [
            {"barcode": "21304008817723", "forename": "<<Wiesław>>", "surname": "<<Domański>>", "dateOfBirth": "[[dob:1950-05-12]]",
             "address": {"line1": "5 {{Cavendish Street}}", "postcode": "[[pc:BD97 2QF]]"}, "email": "[[email:w.domanski@example.com]]",
             "category": "Adult - concession (over 65)", "preferredLanguage": "Polish", "homeLibraryService": False},
            {"barcode": "21304008820311", "forename": "<<Nusrat>>", "surname": "<<Begum>>", "dateOfBirth": "[[dob:1978-02-03]]",
             "address": {"line1": "31 Queens Road", "postcode": "[[pc:BD97 1AP]]"}, "email": "[[email:nusrat.begum78@example.co.uk]]",
             "category": "Adult", "preferredLanguage": "Urdu", "groups": ["((rel:Jamia Masjid sisters' reading circle))"], "homeLibraryService": False},
            {"barcode": "21304008824469", "forename": "<<Eric>>", "surname": "<<Greenwood-Lister>>", "dateOfBirth": "[[dob:1933-10-29]]",
             "address": {"line1": "Flat 7, Victoria Court", "postcode": "[[pc:BD98 4XS]]"}, "phone": "[[phone:01632 960 712]]",
             "category": "Adult - housebound", "homeLibraryService": True, "serviceNotes": "((health:Registered sight impaired; large print and audiobooks only))"},
            {"barcode": "21304008829010", "forename": "<<Tallulah>>", "surname": "<<Spence>>", "dateOfBirth": "[[dob:2012-07-21]]",
             "address": {"line1": "14 Bronte Close", "postcode": "[[pc:BD99 6HH]]"}, "parentEmail": "[[email:spencefamily@example.net]]",
             "category": "Junior", "equalityMonitoring": {"ethnicity": "((eth:Mixed - White and Black Caribbean))", "disability": "((health:Autistic))"}},
            {"barcode": "21304008830778", "forename": "<<Marek>>", "surname": "<<Szymański>>", "dateOfBirth": "[[dob:1985-12-09]]",
             "address": {"line1": "2 Lund Park", "postcode": "[[pc:BD96 8RU]]"}, "email": "[[email:marek.szymanski@example.org]]",
             "category": "Adult", "status": "BARRED - see incident LIB-INC-26-004", "lastLoginIp": "[[ip:198.51.100.140]]"},
        ],
    })


@document("lib-housebound-visits.md")
def lib_housebound_visits(d):
    return text_file(d, """# Home Library Service - round 3 (Tuesdays), March 2026

Volunteer driver: <<Pauline Sugden>> | Staff lead: <<Imtiaz Ahmed Bhatti>> | Van booked from Central

| Reader | Address | Visit | Needs | Books this time |
|---|---|---|---|---|
| <<Eric Greenwood-Lister>> | Flat 7, Victoria Court [[pc:BD98 4XS]] | 3 Mar, 10:00 | ((health:sight impaired - large print, audio CDs)) | 6 westerns, 2 audiobooks |
| Mrs <<D. Foulds>> | 22 Hainworth Lane [[pc:BD93 7PL]] | 3 Mar, 10:45 | ((health:heart failure, on oxygen - no smoking, keep door ajar)) | {{Jane Eyre}}, {{Emma}}, local history |
| <<Albert Feather>> | 9 Greenhead Grove [[pc:BD93 2NS]] | 3 Mar, 11:30 | ((health:early dementia)); his wife <<Mavis>> chooses with him | large print crime |
| <<Gulshan Ara>> | 61 Lawkholme Lane [[pc:BD97 5DJ]] | 3 Mar, 12:15 | ((health:arthritis, can't manage stairs)); reads Bengali | 4 Bengali novels, {{Oliver Twist}} (English) |

- <<Albert>> asked for the book about the Worth Valley railway again.
- <<Pauline>> to phone <<Gulshan Ara>>'s daughter on [[phone:07700 900 049]] to confirm, as the doorbell is broken.
- Next round: 17 March. Office: """ + LIB_FREEPHONE + """ (freephone).
""")


@document("lib-ban-notice.odt")
def lib_ban_notice(d):
    return odt_file(d, [
        ("h", "Notice of exclusion from Airedale Libraries"),
        "To: Mr <<Marek Szymański>>, 2 Lund Park, Keighley [[pc:BD96 8RU]]",
        "Library card: 21304008830778. Date of birth on our records: [[dob:09/12/1985]].",
        "Date: 27 February 2026",
        "On 24 February 2026 at Keighley Central Library, staff saw you viewing indecent images of children on public computer PC-07. ((crim:The matter was reported to West Yorkshire Police, who attended and arrested you at the library)).",
        ("note", "Under the Council's conditions of use you are excluded from all Airedale libraries and mobile services until further notice. Your library account has been closed.", "<<Imtiaz Ahmed Bhatti>>", "Session log for PC-07 kept for the police: login 14:02 from [[ip:192.0.2.55]], card ending 0778.", ""),
        "You may appeal in writing to the Head of Libraries within 28 days: " + LIB_MAIL + ".",
        "Signed: <<Rebecca Thornber-Holt>>, Library Services Manager",
        ("h", "Staff present"),
        ("table", [["Name", "Role"], ["<<Imtiaz Ahmed Bhatti>>", "Senior library assistant"], ["<<Chloe Rushworth>>", "Library assistant (witness)"]]),
    ], "<<Rebecca Thornber-Holt>>", "<<Imtiaz Ahmed Bhatti>>", "Exclusion notice LIB-INC-26-004")


@document("lib-reading-group.html")
def lib_reading_group(d):
    return html_file(d, """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Reading groups - spring 2026</title></head>
<body>
<h1>Airedale Libraries reading groups - spring 2026</h1>
<h2>Jamia Masjid sisters' reading circle (Keighley Central)</h2>
<p>Meets the first Thursday of the month, 10:30-12:00, in the {{Brontë Room}}. Run with the women's group of the Jamia Masjid. Co-ordinator: <<Nusrat Begum>> ([[phone:07700 900 926]]).</p>
<table>
<tr><th>Member</th><th>Notes</th></tr>
<tr><td><<Nusrat Begum>></td><td>((rel:chair of the masjid women's group))</td></tr>
<tr><td><<Rukhsana Iqbal>></td><td>((rel:joined through the masjid's madrassa mothers))</td></tr>
<tr><td><<Farzana Kausar Malik>></td><td>Urdu copies please</td></tr>
<tr><td><<Halima Osman>></td><td>((health:needs the hearing loop on))</td></tr>
</table>
<p>March title: <em>{{Anna Karenina}}</em> (abridged; Urdu and English). April: poetry chosen by the group.</p>
<p>No meeting on 2 April: the group asked to pause during the last days of Ramadan.</p>
<h2>Rainbow Readers (Ilkley)</h2>
<p>LGBT+ book group, third Wednesday, 18:30. New members welcome: """ + LIB_MAIL + """.</p>
</body></html>
""")


@document("lib-stock-requests.txt")
def lib_stock_requests(d):
    return text_file(d, """COMMUNITY LANGUAGES STOCK REQUESTS - Q1 2026
Airedale Libraries, stock team. Compiled by <<Ciara Mulvey>>.

POLISH
  - Keighley Central: crime fiction, large print if available (requested by several readers)
  - Request from reader <<W. Domański>>: Polish newspapers weekly (Dziennik Polski)
  - Silsden: children's picture books, bilingual

URDU
  - Keighley Central: women's fiction and poetry for the reading circle (via <<Nusrat Begum>>)
  - Bingley: Urdu translations of classics - {{Anna Karenina}}, {{Oliver Twist}}
  - Request: Urdu audiobooks for housebound readers

BENGALI / SYLHETI
  - Home Library Service: 10 Bengali novels a quarter (<<Gulshan Ara>> and two others)

Supplier: Bhasha Books Ltd (acc. 44102). Budget left this year: GBP 1,180.
Languages are recorded for stock purposes only.
""")


@document("lib-volunteers-dbs.xlsx")
def lib_volunteers_dbs(d):
    volunteers = [
        ["Volunteer", "Role", "Date of birth", "DBS level", "Certificate", "Issued", "Result", "Update service", "ID seen"],
        ["<<Pauline Sugden>>", "Home Library Service driver", Date("1958-06-17", dob=True), "Enhanced (adult)", "001802113946", Date("2024-05-10"), "Clear", "Yes", "Driving licence [[licence:SUGDE556178P99LM]]"],
        ["<<Graham Ibbotson>>", "Home Library Service visitor", Date("1949-01-04", dob=True), "Enhanced (adult)", "001811530218", Date("2025-02-21"), "((crim:Conviction 1987, theft - assessed, no risk))", "No", "Passport [[passport:209417736]]"],
        ["<<Sadia Rafiq>>", "Rhyme time helper", Date("2003-09-28", dob=True), "Enhanced (child)", "001819974405", Date("2025-10-02"), "Clear", "Yes", "Passport [[passport:551026894]]"],
        ["<<Jean-Baptiste Moreau>>", "Digital helper", Date("1967-04-15", dob=True), "Basic", "", "", "Pending", "-", "Biometric residence permit"],
    ]
    induction = [
        ["Volunteer", "Induction", "Safeguarding training", "Notes"],
        ["<<Pauline Sugden>>", Date("2024-05-28"), Date("2025-05-20"), "Own car; business insurance seen"],
        ["<<Graham Ibbotson>>", Date("2025-03-11"), Date("2025-03-11"), "((health:Hip replacement due in April - off rota for 8 weeks))"],
        ["<<Sadia Rafiq>>", Date("2025-10-14"), "", "Student; Saturdays only"],
    ]
    contacts = [
        ["Volunteer co-ordinator:", "<<Imtiaz Ahmed Bhatti>>"],
        ["Telephone:", LIB_PHONE],
        ["Email:", "[[email:volunteers.libraries@airedale.example.gov.uk]]"],
    ]
    return xlsx_file(d, [("DBS", volunteers), ("Induction", induction), ("Contacts", contacts)], "<<Imtiaz Ahmed Bhatti>>", "<<Rebecca Thornber-Holt>>", "Library volunteers")


@document("lib-room-bookings.csv")
def lib_room_bookings(d):
    return csv_file(d, [
        ["Booking", "Room", "Date", "Time", "Booked by", "Organisation", "Purpose", "Contact", "Fee"],
        ["RB-2231", "{{Brontë Room}}", "07/03/2026", "10:00-12:00", "Cllr <<Shafiq Hussain Raja>>", "((pol:Labour councillor, Keighley Central ward))", "Councillor's surgery (monthly)", "[[email:cllr.raja@airedale.example.gov.uk]]", "0.00"],
        ["RB-2232", "Meeting Room 2", "07/03/2026", "14:00-16:00", "<<Hazel Cockshott>>", "Keighley & District Family History Society", "Beginners' session", "[[phone:01632 960 883]]", "24.00"],
        ["RB-2236", "{{Brontë Room}}", "14/03/2026", "10:00-12:00", "Cllr <<Rowena Pickard-Sykes>>", "((pol:Conservative councillor, Worth Valley ward))", "Councillor's surgery", "[[email:cllr.pickard-sykes@airedale.example.gov.uk]]", "0.00"],
        ["RB-2240", "{{Ferrand Suite}}", "18/03/2026", "18:00-21:00", "<<Alistair Grieve>>", "((pol:Keighley Green Party))", "Public meeting on the bypass (political - not in pre-election period)", "[[email:alistair.grieve@example.org]]", "60.00"],
        ["RB-2244", "Meeting Room 2", "21/03/2026", "10:00-13:00", "<<Nusrat Begum>>", "((rel:Jamia Masjid women's group))", "Reading circle extra session", "[[phone:07700 900 926]]", "0.00"],
    ])


@document("lib-member-mail.mbox")
def lib_member_mail(d):
    member = ("<<Doreen Ackerley>>", "[[email:doreen.ackerley@example.co.uk]]")
    library = ("Airedale Libraries", LIB_MAIL)
    first = """Dear Library,

I have had a letter saying I owe 38 pounds for lost books. I did not lose them. ((health:I was in Airedale General for six weeks after a stroke)) and my grandson returned them all in a carrier bag, probably to the wrong library. I am 82 and on pension credit and I cannot pay this.

Please can you look into it. My card number is on the letter, 21304008811056.

Yours faithfully,
<<Doreen Ackerley>> (Mrs)
14 Spring Gardens Lane, Keighley [[pc:BD94 4EW]]
"""
    second = """Dear Mrs <<Ackerley>>,

Thank you for writing, and I am sorry to hear you have been so unwell. I have written off the charge of GBP 38.00 under our hardship policy; your account is clear and your card works again.

If you would find it easier, our Home Library Service can bring books to you: call """ + LIB_FREEPHONE + """.

<<Chloe Rushworth>>
Library assistant

> I was in Airedale General for six weeks after a stroke and my grandson
> returned them all in a carrier bag
"""
    third = """Thank you <<Chloe>>, that is very kind. Yes please to the home service. My grandson <<Ryan>> will be there on Tuesdays if I'm resting.

<<Doreen>>
"""
    return mbox_file(d, [
        ("doreen.ackerley@example.co.uk", "Mon Feb 16 10:11:45 2026", member, [library], "Lost books charge", "Mon, 16 Feb 2026 10:11:45 +0000", first),
        ("libraries@airedale.example.gov.uk", "Wed Feb 18 14:30:02 2026", library, [member], "Re: Lost books charge", "Wed, 18 Feb 2026 14:30:02 +0000", second),
        ("doreen.ackerley@example.co.uk", "Wed Feb 18 16:02:19 2026", member, [library], "Re: Lost books charge", "Wed, 18 Feb 2026 16:02:19 +0000", third),
    ])


# Policy and training texts: about no one.


@document("policy-fertility-records.md")
def policy_fertility_records(d):
    return text_file(d, """# Policy: patient, partner and donor records

**Owner:** Quality and Governance Team, Aireborough Fertility Centre. **Review:** March 2027.

## Why these records are different

Fertility records hold some of the most sensitive information a clinic can keep: treatment
and test results, the details of donors, and, through the people who attend together, a
patient's relationships. Much of it is special category data under UK GDPR Article 9, and
the Human Fertilisation and Embryology Act 1990 adds its own duty of confidentiality on top.

## Rules

1. Disclose identifying information about a patient, partner or donor only as section 33A of
   the Act allows, or with the person's consent recorded on the HFEA form.
2. Donor records (including ethnicity, religion and carrier screening results) are released to
   donor-conceived people only through the HFEA register, never by the clinic directly.
3. Genetic results for PGT-M are filed in the genetics section of the record, not in letters
   copied to referrers, unless the patient asks.
4. Consent forms are scanned and checked by a second person; a withdrawal of consent is
   actioned the same day.
5. Biometric identification at procedures is optional; a patient may choose photo ID and a
   wristband instead, with no effect on their care.

## Retention

Records of treatment are kept for 30 years after the treatment ends, or longer where the
HFEA requires it. Enquiries from people who never became patients are deleted after 2 years.
""")


@document("training-coroners-officers.txt")
def training_coroners_officers(d):
    return text_file(d, """TRAINING NOTE FOR NEW CORONER'S OFFICERS - HANDLING INFORMATION
Ryburn and Holme Valley coroner area. Read with the Chief Coroner's guidance.

1. What we hold
   Referrals tell us how someone died, often with their medical history, toxicology and
   police reports. Most of it is about people who have died, but the same files name
   living relatives, witnesses and professionals, and their information is protected.

2. Faith and urgent release
   Some communities, including Jewish and Muslim families, ask for burial as soon as
   possible and may object to an invasive post-mortem. Record the request, tell the
   coroner at once, and ask whether a CT scan would do. Do not ask a family to justify
   their beliefs.

3. Deaths in state detention
   A death in prison, police custody or under the Mental Health Act always comes to
   the coroner and needs a jury. Never discuss the deceased's offence with the press.

4. The press
   Listings give a name, age, town and hearing type. Never add the cause of death,
   a diagnosis or a suspected suicide before the coroner's conclusion.

5. Jurors
   Excusal reasons (illness, caring, exams) stay on the jury file and are never
   copied into the inquest file.

Questions: the senior coroner's officer.
""")


@document("policy-research-special-category.html")
def policy_research_special_category(d):
    return html_file(d, """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Special category data in research</title></head>
<body>
<h1>Policy: special category data in our research</h1>
<p>Northlight Social Research asks about political views, past votes, ethnicity, religion, sexual
orientation, trade union membership and health because our clients need to hear from every part
of society. Those answers are special category data, and we treat them so.</p>
<h2>Principles</h2>
<ol>
<li>Ask only what a quota or the analysis needs. A screener question must have a purpose in the brief.</li>
<li>Explicit consent, separately from the consent to take part, with "prefer not to say" on every question.</li>
<li>Keep special category answers away from contact details; recruiters see quota cells, not answers.</li>
<li>Quotation in reports must not identify anyone, even to people who know them.</li>
<li>Withdrawal is always possible until analysis; remove the person from recordings and transcripts.</li>
<li>Facial coding and other biometric measures need their own consent and templates are deleted after scoring.</li>
</ol>
<h2>Incentives</h2>
<p>Bank details for incentive payments are held by finance and deleted 13 months after payment.</p>
<p>Contact the Data Protection Officer: """ + RES_MAIL + """</p>
</body></html>
""")


@document("policy-legacy-prospect-research.pdf")
def policy_legacy_prospect_research(d):
    return pdf_file(d, [
        "# Policy: prospect research and wealth screening",
        "Brightwater Children's Charity - Fundraising Team",
        "",
        "1. We research some supporters' capacity to give before asking for a major gift or a",
        "   legacy. We tell all supporters this in our privacy notice.",
        "2. We use public sources only: Companies House, the Land Registry, the Electoral",
        "   Commission's register of donations, the registers of interests of Parliament, and",
        "   reputable press.",
        "3. A supporter's politics, faith or health is recorded only where the supporter has",
        "   told us and it matters to how we should contact them, for example not calling on",
        "   a day of religious observance, or the right time to talk about a will.",
        "4. We never record political donations as a reason to approach, or not approach, anyone.",
        "5. Notes on a legator's family or a dispute over an estate are kept by the legacy",
        "   manager only and deleted when the estate is closed.",
        "6. A supporter may ask us to stop prospect research at any time.",
        "",
        "Approved by the Fundraising Committee, January 2026. Review: January 2027.",
    ], "Prospect research policy", "Fundraising Team")


@document("training-payroll-deductions.docx")
def training_payroll_deductions(d):
    blocks = [
        ("h", "Bureau training: deductions that reveal more than money"),
        "Payroll shows more about a person than their pay. This module covers deductions and absence codes that are special category or criminal offence data, and how the bureau keeps them to the people who need them.",
        ("table", [
            ["Item", "What it can reveal", "Who sees it"],
            ["Union check-off", "Trade union membership", "Payroll team and the client's HR contact"],
            ["Statutory sick pay", "Health, through fit-note reasons", "Payroll team only; the client sees dates"],
            ["Attachment of earnings (fines)", "A criminal conviction", "Payroll team and the client's named contact"],
            ["Attachment of earnings (civil debt)", "Money trouble only", "Payroll team"],
            ["Gift Aid and charity giving", "Sometimes religion or politics", "Tax team only"],
            ["Fingerprint clocking", "Biometric data", "Never imported beyond hours worked"],
        ]),
        ("note", "Record a fit note's reason only where the SSP calculation needs it.", "A fit note's condition field may be left blank by the doctor; do not ask the employee to fill it in."),
        ("comment", "When a client asks why a deduction was taken, ", "confirm the order's reference, not what it is for", ".", "Bureau Training Lead", "Added after the March audit."),
        ("box", ["Remember", "A court order for a fine tells you about an offence; a county court order does not."]),
    ]
    return docx_file(d, blocks, "Bureau training module 4", "{{Sowden Marsh}} Chartered Accountants - internal", "Bureau Training Lead", "Bureau Training Lead", "Deductions training")


@document("policy-deputyship-finances.odt")
def policy_deputyship_finances(d):
    return odt_file(d, [
        ("h", "Policy: managing the finances of people who lack capacity"),
        "This policy applies to the Client Affairs Team when the Council acts as deputy for property and affairs, or as appointee for benefits.",
        ("h", "Principles"),
        "Every decision is made in the client's best interests under section 4 of the Mental Capacity Act 2005, taking account of their past and present wishes, beliefs and values, including religious and cultural practices and the people who matter to them.",
        "Diagnoses and capacity assessments are recorded on the case file only, never in payment references or on bank statements.",
        ("note", "Where financial abuse is suspected, raise a safeguarding concern the same day.", "Client Affairs Manager", "See the adult safeguarding procedures, section 7.", ""),
        ("h", "Accounts"),
        "Each client has a separate account in the Council's name as deputy. Officers never use their own cards or accounts for a client.",
        "The annual deputy report to the Office of the Public Guardian is checked by a second officer before it is sent.",
    ], "Client Affairs Manager", "Client Affairs Manager", "Deputyship finances policy")


@document("training-des-grading.rtf")
def training_des_grading(d):
    return rtf_file(d, [
        ("b", "Diabetic eye screening - grading refresher"),
        "This refresher is for graders in the Don Valley programme. It uses the national grading definitions.",
        ("note", "R0: no retinopathy. R1: background retinopathy. R2: pre-proliferative. R3A: active proliferative. M1: maculopathy.", "Grading definitions for referable diabetic retinopathy, version 1.4."),
        "Grade what the image shows, not what the history suggests. An ungradable image is recalled; it is never graded R0.",
        "Referral outcomes and pregnancy screening intervals are set by the failsafe officer, not the grader.",
        "Screening results are health data: never email grading exports outside the programme, and never use a screening result as a training example without removing every identifier.",
        "Eponymous tests you will see in referral letters: the Esterman field test, the Amsler grid and Goldmann tonometry.",
    ], "Grading refresher", "Don Valley DESP Clinical Lead")


@document("policy-library-public-computers.txt")
def policy_library_public_computers(d):
    return text_file(d, """AIREDALE LIBRARIES - CONDITIONS OF USE OF PUBLIC COMPUTERS AND WI-FI

1. Anyone with a library card may book up to two hours a day. Children under 12 must be
   with an adult.
2. You must not use library computers to view, make or share illegal material. It is a
   criminal offence to make or possess indecent images of children; staff will call the
   police and keep the session log.
3. You must not harass other users or staff, or use the service to promote hatred on the
   grounds of race, religion, disability or sexual orientation.
4. Filtering blocks some sites. Ask staff if a site you need for study or health
   information is blocked.
5. We log the card number, the computer and the time of each session for 90 days. We do not
   record the pages you visit unless the police ask us to keep a log for an investigation.
6. Breaking these conditions may lead to exclusion from all Airedale libraries.

Questions: """ + LIB_PHONE + """ or """ + LIB_MAIL + """.
""")


# --- main ------------------------------------------------------------------


def main():
    problems, outputs, seen = [], [], set()
    for name, write in DOCUMENTS:
        if name in seen:
            problems.append(f"{name}: file name written twice")
        seen.add(name)
        d = Doc(name)
        try:
            data = write(d)
        except Refused as error:
            problems.append(f"{name}: {error}")
            continue
        problems += [f"{name}: {p}" for p in d.check()]
        outputs.append((d, data))
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"{len(problems)} problems: nothing written", file=sys.stderr)
        sys.exit(1)
    if DOCS.exists():
        shutil.rmtree(DOCS)
    DOCS.mkdir()
    outputs.sort(key=lambda o: o[0].name)
    for d, data in outputs:
        (DOCS / d.name).write_bytes(data)
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for d, _ in outputs:
            f.write(json.dumps(d.label_line(), ensure_ascii=False) + "\n")
    print_totals([d for d, _ in outputs])


def print_totals(docs):
    negative = sum(d.name.startswith(("policy-", "training-")) for d in docs)
    names = sum(len(d.names) for d in docs)
    kinds = {}
    for d in docs:
        for kind, _ in d.ids:
            kinds[kind] = kinds.get(kind, 0) + 1
    per_category = {c: sum(c in d.categories for d in docs) for c in CATEGORIES}
    formats = {}
    for d in docs:
        ext = d.name.rsplit(".", 1)[1]
        formats[ext] = formats.get(ext, 0) + 1
    by_count = lambda counts: ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    print(f"{len(docs)} documents ({negative} negative), {names} name labels, {sum(kinds.values())} identifier labels")
    print(f"identifiers: {by_count(kinds)}")
    print(f"documents per category: {by_count(per_category)}")
    print(f"formats: {by_count(formats)}")


if __name__ == "__main__":
    main()
