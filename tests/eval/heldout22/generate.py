#!/usr/bin/env python3
"""Twenty-second blind held-out set for dpscan: eight organisations no
earlier set covers, in every supported format.

Every value is written by hand; nothing is drawn at random. Documents are
written with markup, and the labels are the spans that write the text:

- ``<<Name As Written>>`` a person's name (titles stay outside the markup);
- ``[[kind:written]]`` an identifier, normalised as CONTRACT.md says;
  ``[[kind:written=>normalised]]`` gives the normalised value by hand, and
  ``[[=kind:value]]`` labels a value written elsewhere (a sort code and an
  account in separate cells) and writes nothing;
- ``((cat:words))`` words revealing a special category about a named person;
- ``{{words}}`` a distractor (a place, firm or thing named like a person),
  recorded so that the name-part check lets it pass.

Judgement calls (the category labelling guide at the end of
tests/eval/README.md, points 1 to 8, is followed; its open cases and this
set's own are decided so):

- health: a dependency on power for home dialysis, oxygen or a stair lift,
  a condition declared to DVLA (epilepsy, insulin-treated diabetes, an
  eyesight condition), anxiety or a medicine for it, an injury, being unwell
  after spiking and taken to hospital, PTSD, a disability benefit named as
  such (PIP, DLA), a diagnosis behind a wheelchair or a prescription, a
  pressure ulcer, a mental health evidence form's diagnosis, registered
  blindness or sight loss, HIV, pregnancy, a rescue medication plan, an
  allergy, being a patient of the pain clinic (a consultation for chronic
  pain on a payment line too);
- genetic: a DMD deletion confirmed on genetic testing, a CYP2D6 genotype,
  a BRCA1 result, an SCN1A variant (each also health where the condition
  or its treatment is named);
- biometric: a face-match score against an ID photo, a face template on a
  watchlist, a fingerprint enrolled on a powerchair's immobiliser, a selfie
  matched to a passport by liveness check; voice banking to build a
  synthetic voice is not biometric (it identifies no one), nor is a
  photograph kept on a banned list without a template;
- criminal offence: an arrest, charge, caution, conviction (spent or not),
  a driving ban or licence endorsement (SP30, DR10), a possession
  conviction declared, an arrest for breach of a non-molestation order;
  a non-molestation order alone, being a victim, a crime reference with no
  suspect named and a police request for footage are nothing;
- religious belief: a faith tied to the person (a Sikh family's request, a
  Muslim learner's request for a female instructor, Ramadan fasting, a
  child's baptism or church attendance as a criterion, a home purchase
  plan chosen as a practising Muslim, Shabbat, a religion answered);
  a school's or church's name alone is nothing;
- racial or ethnic origin: heritage stated, an ethnicity field answered,
  Irish Traveller or Romany Gypsy ethnicity, racist abuse about a named
  person's colour; nationality, language and an interpreter are nothing;
- political opinion: a party's councillor or candidate, a party officer,
  campaigning for a party; a "PEP: no" is nothing;
- trade union: GMB membership or check-off, a GMB rep, a UNISON
  subscription on a bank statement, Unite membership, a UNISON welfare
  fund's letter; a recognition clause is nothing;
- sex life or orientation: harassment about a named woman's sexuality, a
  same-sex partner or civil partner, an orientation answered.

A relative's category counts only when the relative is named.

Checks (the script refuses, writing nothing, a document that breaks one):
every name label is free of titles and odd whitespace; a part of a labelled
name (three letters or more, any case) occurs only inside a labelled
mention, a recorded distractor or an identifier; no markup is left; every
email address, QQ NINO, documentation IP, postcode, drama-range phone,
999-range NHS number and test card number in the text is labelled; every
labelled phone is in a drama range, every mailbox under example.*, every
postcode has a 9 in its outward code; NHS numbers, cards and IBANs pass
their checks and passports, licences, NINOs, accounts and dates are well
formed; PDF lines are WinAnsi and fit the page; no mbox body line starts
with "From "; no file is written twice; a policy-* or training-* text
names no one and reveals no category.
"""

import base64
import csv
import datetime
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
    "phone": "phone", "email": "email", "pc": "uk_postcode", "nino": "uk_nino",
    "bank": "uk_bank_account", "iban": "iban", "card": "payment_card",
    "nhs": "nhs_number", "dob": "date_of_birth", "pass": "uk_passport",
    "dl": "uk_driving_licence", "ip": "ip_address",
}
CATS = {
    "eth": "racial_ethnic_origin", "pol": "political_opinion",
    "rel": "religious_belief", "tu": "trade_union", "gen": "genetic",
    "bio": "biometric", "hea": "health", "sex": "sex_life_orientation",
    "crim": "criminal_offence",
}
CAT_ORDER = list(CATS.values())

MARK = re.compile(
    r"<<(?P<name>[^<>]+?)>>"
    r"|\[\[(?P<hidden>=?)(?P<kind>[a-z]+):(?P<body>.+?)\]\]"
    r"|\(\((?P<cat>[a-z]+):(?P<words>.+?)\)\)"
    r"|\{\{(?P<trap>.+?)\}\}"
)
LEFTOVER = re.compile(r"<<|>>|\[\[|\]\]|\(\(|\)\)|\{\{|\}\}")
TITLE = re.compile(
    r"^(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Revd|Rev|Fr|Cllr|Councillor|Sgt|PC|DC|Sir|Dame|Lady|Lord)\.?\s"
)
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]

# --- identifiers -----------------------------------------------------------

DRAMA = [
    r"\+447700900\d{3}", r"\+44113496\d{4}", r"\+44114496\d{4}",
    r"\+44115496\d{4}", r"\+44116496\d{4}", r"\+44117496\d{4}",
    r"\+44118496\d{4}", r"\+44121496\d{4}", r"\+44131496\d{4}",
    r"\+44141496\d{4}", r"\+44151496\d{4}", r"\+44161496\d{4}",
    r"\+44191498\d{4}", r"\+44207946\d{4}", r"\+441632960\d{3}",
    r"\+44808157\d{4}", r"\+442890180\d{3}", r"\+442920180\d{3}",
]
LOOKALIKES = {
    "email": re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"),
    "uk_nino": re.compile(r"\bQQ\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b"),
    "ip_address": re.compile(
        r"\b(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}\b|\b2001:[dD][bB]8:[0-9a-fA-F:]*"),
    "uk_postcode": re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b"),
    "phone": re.compile(r"(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d[\d\s()-]{7,14}\d"),
    "nhs_number": re.compile(r"\b999\s?\d{3}\s?\d{4}\b|\b999-\d{3}-\d{4}\b"),
    "payment_card": re.compile(r"\b(?:\d[ -]?){12,18}\d\b"),
}


def is_drama(e164):
    return any(re.fullmatch(p, e164) for p in DRAMA)


def nhs_ok(d):
    if not re.fullmatch(r"999\d{7}", d):
        return False
    s = sum(int(c) * (10 - i) for i, c in enumerate(d[:9]))
    check = 11 - s % 11
    return check != 10 and (0 if check == 11 else check) == int(d[9])


def luhn_ok(d):
    total = 0
    for i, c in enumerate(reversed(d)):
        n = int(c) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def card_like(d):
    known = d[0] == "4" or d[:2] in ("34", "37") or 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720
    return 13 <= len(d) <= 19 and known and luhn_ok(d)


def iban_ok(v):
    moved = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def parse_date(w):
    w = w.strip()
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", w):
        y, mo, d = m.groups()
    elif m := re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", w):
        d, mo, y = m.groups()
    elif m := re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?(?: of)?[ -]([A-Za-z]+)\.?,?[ -](\d{4})", w):
        d, mon, y = m.groups()
        mo = month_number(mon)
    elif m := re.fullmatch(r"([A-Za-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})", w):
        mon, d, y = m.groups()
        mo = month_number(mon)
    else:
        raise ValueError(f"unparsed date {w!r}")
    return datetime.date(int(y), int(mo), int(d)).isoformat()


def month_number(name):
    hits = [i + 1 for i, m in enumerate(MONTHS) if m.startswith(name.lower()[:3])]
    if len(hits) != 1:
        raise ValueError(f"month {name!r}")
    return hits[0]


def phone_e164(w):
    w = w.replace("(0)", "")
    digits = re.sub(r"\D", "", w)
    return "+" + digits if w.strip().startswith("+") else "+44" + digits[1:]


def normalise(kind, w):
    w = w.strip()
    if kind == "phone":
        return phone_e164(w)
    if kind == "email":
        return w.lower()
    if kind == "uk_postcode":
        c = w.replace(" ", "").upper()
        return c[:-3] + " " + c[-3:]
    if kind in ("uk_nino", "iban", "uk_driving_licence"):
        return re.sub(r"\s", "", w).upper()
    if kind == "uk_bank_account":
        sort, account = re.sub(r"[^\d ]", "", w).split()
        return f"{sort}:{account}"
    if kind in ("payment_card", "nhs_number", "uk_passport"):
        return re.sub(r"\D", "", w)
    if kind == "date_of_birth":
        return parse_date(w)
    if kind == "ip_address":
        return str(ipaddress.ip_address(w))
    raise ValueError(kind)


DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
MAIL_DOMAIN = re.compile(r"(?:^|\.)example\.(?:com|org|net|co\.uk|org\.uk|gov\.uk|nhs\.uk|ac\.uk)$")


def id_problem(kind, v):
    ok = {
        "phone": lambda: is_drama(v),
        "email": lambda: bool(MAIL_DOMAIN.search(v.split("@")[-1])),
        "uk_postcode": lambda: bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}", v)) and "9" in v.split()[0],
        "uk_nino": lambda: bool(re.fullmatch(r"QQ\d{6}[A-D]", v)),
        "uk_bank_account": lambda: bool(re.fullmatch(r"\d{6}:\d{8}", v)),
        "iban": lambda: bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", v)) and iban_ok(v),
        "payment_card": lambda: card_like(v),
        "nhs_number": lambda: nhs_ok(v),
        "date_of_birth": lambda: bool(re.fullmatch(r"(19|20)\d\d-\d\d-\d\d", v)),
        "uk_passport": lambda: bool(re.fullmatch(r"\d{9}", v)),
        "uk_driving_licence": lambda: bool(re.fullmatch(r"[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}", v)),
        "ip_address": lambda: any(ipaddress.ip_address(v) in n for n in DOC_NETS
                                  if n.version == ipaddress.ip_address(v).version),
    }[kind]()
    return None if ok else f"bad {kind} {v!r}"


# --- documents ---------------------------------------------------------------


class Doc:
    """One document's labels, gathered as its text is rendered."""

    def __init__(self, file):
        self.file = file
        self.names, self.ids, self.cats = [], [], set()
        self.pieces = []  # (text, [(start, end)] of labelled or recorded spans)

    def t(self, s):
        """Render markup, recording labels; returns the plain text."""
        out, spans, pos = [], [], 0
        length = 0
        for m in MARK.finditer(s):
            before = s[pos:m.start()]
            out.append(before)
            length += len(before)
            pos = m.end()
            if m["name"] is not None:
                written = m["name"]
                label = " ".join(written.split())
                if label not in self.names:
                    self.names.append(label)
            elif m["kind"] is not None:
                kind = KINDS[m["kind"]]
                written, _, normal = m["body"].partition("=>")
                pair = [kind, normal or normalise(kind, written)]
                if pair not in self.ids:
                    self.ids.append(pair)
                if m["hidden"]:
                    continue
            elif m["cat"] is not None:
                self.cats.add(CATS[m["cat"]])
                written = m["words"]
            else:
                written = m["trap"]
            out.append(written)
            if m["cat"] is None:
                spans.append((length, length + len(written)))
            length += len(written)
        out.append(s[pos:])
        text = "".join(out)
        self.pieces.append((text, spans))
        return text

    def date_of_birth(self, iso):
        """A spreadsheet date cell holding a date of birth."""
        if ["date_of_birth", iso] not in self.ids:
            self.ids.append(["date_of_birth", iso])
        return Date(iso)

    def problems(self):
        out = []
        negative = self.file.startswith(("policy-", "training-"))
        if negative and (self.names or self.cats):
            out.append(f"names {self.names} or categories {sorted(self.cats)} in a negative text")
        for n in self.names:
            if TITLE.match(n) or n != n.strip() or "  " in n:
                out.append(f"name label {n!r}")
        parts = {p for n in self.names for p in re.split(r"[\s,.'’-]+", n) if len(p) >= 3}
        for text, spans in self.pieces:
            covered = lambda a, b: any(s <= a and b <= e for s, e in spans)  # noqa: E731
            if LEFTOVER.search(text):
                out.append(f"markup left in {text[:60]!r}")
            for p in parts:
                for m in re.finditer(rf"(?<!\w){re.escape(p)}(?!\w)", text, re.I):
                    if not covered(m.start(), m.end()):
                        out.append(f"unlabelled {p!r} in {text[:80]!r}")
            for kind, rx in LOOKALIKES.items():
                for m in rx.finditer(text):
                    v = m.group(0)
                    if kind == "phone" and not is_drama(phone_e164(v)):
                        continue
                    if kind == "payment_card" and not card_like(re.sub(r"\D", "", v)):
                        continue
                    if kind == "nhs_number" and not nhs_ok(re.sub(r"\D", "", v)):
                        continue
                    if not covered(m.start(), m.end()):
                        out.append(f"unlabelled {kind} {v!r} in {text[:80]!r}")
        for kind, v in self.ids:
            if p := id_problem(kind, v):
                out.append(p)
        return out

    def label(self):
        return {
            "doc": self.file,
            "names": self.names,
            "categories": [c for c in CAT_ORDER if c in self.cats],
            "ids": self.ids,
        }


class Num:
    """A number cell."""

    def __init__(self, value):
        self.value = value


class Date:
    """A date cell (ISO), shown dd/mm/yyyy."""

    def __init__(self, iso):
        self.iso = iso

    def shown(self):
        y, m, d = self.iso.split("-")
        return f"{d}/{m}/{y}"

    def serial(self):
        return (datetime.date.fromisoformat(self.iso) - datetime.date(1899, 12, 30)).days


def cell_text(doc, c):
    if isinstance(c, Num):
        return str(c.value)
    if isinstance(c, Date):
        return c.shown()
    return doc.t(c)


# --- writers -----------------------------------------------------------------

STAMP = (2026, 1, 12, 9, 30, 0)


def zipped(members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    return buf.getvalue()


def x(s):
    return html.escape(s, quote=True)


def text_file(doc, lines):
    return ("\n".join(doc.t(line) for line in lines) + "\n").encode()


def delimited(doc, rows, delimiter=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    for row in rows:
        w.writerow([cell_text(doc, c) for c in row])
    return buf.getvalue().encode()


def json_value(doc, v):
    if isinstance(v, str):
        return doc.t(v)
    if isinstance(v, dict):
        return {k: json_value(doc, e) for k, e in v.items()}
    if isinstance(v, list):
        return [json_value(doc, e) for e in v]
    return v


def json_file(doc, obj):
    return (json.dumps(json_value(doc, obj), ensure_ascii=False, indent=2) + "\n").encode()


def jsonl_file(doc, objs):
    return "".join(json.dumps(json_value(doc, o), ensure_ascii=False) + "\n" for o in objs).encode()


def html_file(doc, title, blocks):
    """Blocks: ("h1"|"h2"|"p", text), ("table", rows), ("dl", pairs), ("ul", items)."""
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           f"<title>{x(doc.t(title))}</title>",
           "<style>table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 6px}</style>",
           "</head><body>"]
    for kind, body in blocks:
        if kind in ("h1", "h2", "p"):
            out.append(f"<{kind}>{x(doc.t(body))}</{kind}>")
        elif kind == "table":
            out.append("<table>")
            head, *rest = body
            out.append("<tr>" + "".join(f"<th>{x(doc.t(c))}</th>" for c in head) + "</tr>")
            for row in rest:
                out.append("<tr>" + "".join(f"<td>{x(cell_text(doc, c))}</td>" for c in row) + "</tr>")
            out.append("</table>")
        elif kind == "dl":
            out.append("<dl>" + "".join(f"<dt>{x(doc.t(k))}</dt><dd>{x(doc.t(v))}</dd>" for k, v in body) + "</dl>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{x(doc.t(i))}</li>" for i in body) + "</ul>")
    out.append("</body></html>")
    return ("\n".join(out) + "\n").encode()


# Word

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:v="urn:schemas-microsoft-com:vml"')


def w_run(text, bold=False):
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{x(text)}</w:t></w:r>'


def w_par(inner):
    return f"<w:p>{inner}</w:p>"


def docx_file(doc, body, header=None, footer=None, author=None, editor=None, title=""):
    """Body items: str paragraph; ("h", text) bold; ("table", rows);
    ("fn", text, note) a footnote at the end; ("comment", before, anchored,
    after, author, note); ("box", [paragraphs]) a VML text box."""
    parts, footnotes, comments = [], [], []
    for item in body:
        if isinstance(item, str):
            parts.append(w_par(w_run(doc.t(item))))
        elif item[0] == "h":
            parts.append(w_par(w_run(doc.t(item[1]), bold=True)))
        elif item[0] == "table":
            cols = len(item[1][0])
            grid = "".join('<w:gridCol w:w="2400"/>' for _ in range(cols))
            rows = "".join(
                "<w:tr>" + "".join(f'<w:tc><w:tcPr><w:tcW w:w="2400" w:type="dxa"/></w:tcPr>'
                                   f"{w_par(w_run(cell_text(doc, c)))}</w:tc>" for c in row) + "</w:tr>"
                for row in item[1])
            parts.append(f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
                         f"<w:tblGrid>{grid}</w:tblGrid>{rows}</w:tbl>")
        elif item[0] == "fn":
            n = len(footnotes) + 1
            footnotes.append(f'<w:footnote w:id="{n}">{w_par(w_run(doc.t(item[2])))}</w:footnote>')
            ref = f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'
            parts.append(w_par(w_run(doc.t(item[1])) + ref))
        elif item[0] == "comment":
            _, before, anchored, after, who, note = item
            n = len(comments)
            comments.append(f'<w:comment w:id="{n}" w:author="{x(doc.t(who))}" w:date="2026-01-12T09:30:00Z">'
                            f"{w_par(w_run(doc.t(note)))}</w:comment>")
            parts.append(w_par(w_run(doc.t(before)) + f'<w:commentRangeStart w:id="{n}"/>'
                               + w_run(doc.t(anchored)) + f'<w:commentRangeEnd w:id="{n}"/>'
                               + f'<w:r><w:commentReference w:id="{n}"/></w:r>' + w_run(doc.t(after))))
        elif item[0] == "box":
            inner = "".join(w_par(w_run(doc.t(p))) for p in item[1])
            parts.append(w_par('<w:r><w:pict><v:shape id="box1" type="#_x0000_t202" '
                               'style="width:220pt;height:80pt"><v:textbox><w:txbxContent>'
                               f"{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"))
    rels = ['<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    types = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
             '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
             '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    members = []
    sect = ""
    for kind, text in (("header", header), ("footer", footer)):
        if text is None:
            continue
        tag = "hdr" if kind == "header" else "ftr"
        members.append((f"word/{kind}1.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                        f"<w:{tag} {W_NS}>{w_par(w_run(doc.t(text)))}</w:{tag}>"))
        rels.append(f'<Relationship Id="rId{kind}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}" Target="{kind}1.xml"/>')
        types.append(f'<Override PartName="/word/{kind}1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"/>')
        sect += f'<w:{kind}Reference w:type="default" r:id="rId{kind}"/>'
    if footnotes:
        sep = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        members.append(("word/footnotes.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                        f"<w:footnotes {W_NS}>{sep}{''.join(footnotes)}</w:footnotes>"))
        rels.append('<Relationship Id="rIdFootnotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>')
        types.append('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>')
    if comments:
        members.append(("word/comments.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                        f"<w:comments {W_NS}>{''.join(comments)}</w:comments>"))
        rels.append('<Relationship Id="rIdComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        types.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W_NS}><w:body>'
                f'{"".join(parts)}<w:sectPr>{sect}<w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W_NS}>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>')
    members = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>' + "".join(types) + "</Types>"),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         "</Relationships>"),
        ("docProps/core.xml", core_props(doc, author, editor, title)),
        ("word/document.xml", document),
        ("word/styles.xml", styles),
        ("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         + "".join(rels) + "</Relationships>"),
    ] + members
    return zipped(members)


def core_props(doc, author, editor, title):
    def el(tag, v):
        return f"<{tag}>{x(doc.t(v))}</{tag}>" if v else ""
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            + el("dc:title", title) + el("dc:creator", author) + el("cp:lastModifiedBy", editor)
            + '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-12T09:30:00Z</dcterms:created>'
            "</cp:coreProperties>")


# Excel


def col_name(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx_file(doc, sheets, author=None, editor=None):
    """Sheets: [(name, rows)]; cells are markup strings, Num or Date."""
    strings, index = [], {}
    sheet_xml = []
    for _, rows in sheets:
        out = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = f"{col_name(c)}{r}"
                if isinstance(v, Num):
                    cells.append(f'<c r="{ref}"><v>{v.value}</v></c>')
                elif isinstance(v, Date):
                    cells.append(f'<c r="{ref}" s="1"><v>{v.serial()}</v></c>')
                else:
                    text = doc.t(v)
                    if text == "":
                        continue
                    if text not in index:
                        index[text] = len(strings)
                        strings.append(text)
                    cells.append(f'<c r="{ref}" t="s"><v>{index[text]}</v></c>')
            out.append(f'<row r="{r}">{"".join(cells)}</row>')
        sheet_xml.append('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                         f'<sheetData>{"".join(out)}</sheetData></worksheet>')
    wb_sheets = "".join(f'<sheet name="{x(name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (name, _) in enumerate(sheets))
    members = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
         '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
         + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(len(sheets)))
         + "</Types>"),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         "</Relationships>"),
        ("docProps/core.xml", core_props(doc, author, editor, "")),
        ("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         f"<sheets>{wb_sheets}</sheets></workbook>"),
        ("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         + "".join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(sheets)))
         + f'<Relationship Id="rId{len(sheets) + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
         + f'<Relationship Id="rId{len(sheets) + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
         "</Relationships>"),
        ("xl/styles.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
         '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
         '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
         '<borders count="1"><border/></borders>'
         '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
         '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
         '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
         "</styleSheet>"),
        ("xl/sharedStrings.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">'
         + "".join(f'<si><t xml:space="preserve">{x(s)}</t></si>' for s in strings) + "</sst>"),
    ] + [(f"xl/worksheets/sheet{i + 1}.xml", s) for i, s in enumerate(sheet_xml)]
    return zipped(members)


# OpenDocument

ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3"')


def odf_file(doc, mime, body, author=None, editor=None):
    meta = ""
    if author:
        meta += f"<meta:initial-creator>{x(doc.t(author))}</meta:initial-creator>"
    if editor:
        meta += f"<dc:creator>{x(doc.t(editor))}</dc:creator>"
    kind = "text" if mime.endswith("text") else "spreadsheet"
    members = [
        ("mimetype", mime),
        ("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?>\n'
         '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
         f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
         '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
         '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
         "</manifest:manifest>"),
        ("content.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODF_NS}>'
         f"<office:body><office:{kind}>{body}</office:{kind}></office:body></office:document-content>"),
        ("meta.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ODF_NS}>'
         f"<office:meta>{meta}<meta:creation-date>2026-01-12T09:30:00</meta:creation-date></office:meta>"
         "</office:document-meta>"),
    ]
    return zipped(members)


def annotation(doc, who, note):
    return (f"<office:annotation><dc:creator>{x(doc.t(who))}</dc:creator><dc:date>2026-01-12T09:30:00</dc:date>"
            f"<text:p>{x(doc.t(note))}</text:p></office:annotation>")


def odt_file(doc, body, author=None, editor=None):
    """Body items: str; ("h", text); ("table", rows); ("note", text, who, note)."""
    out = []
    for item in body:
        if isinstance(item, str):
            out.append(f"<text:p>{x(doc.t(item))}</text:p>")
        elif item[0] == "h":
            out.append(f'<text:h text:outline-level="1">{x(doc.t(item[1]))}</text:h>')
        elif item[0] == "table":
            rows = "".join("<table:table-row>" + "".join(
                f'<table:table-cell office:value-type="string"><text:p>{x(cell_text(doc, c))}</text:p></table:table-cell>'
                for c in row) + "</table:table-row>" for row in item[1])
            out.append(f'<table:table table:name="T{len(out)}"><table:table-column table:number-columns-repeated="{len(item[1][0])}"/>{rows}</table:table>')
        elif item[0] == "note":
            out.append(f"<text:p>{x(doc.t(item[1]))}{annotation(doc, item[2], item[3])}</text:p>")
    return odf_file(doc, "application/vnd.oasis.opendocument.text", "".join(out), author, editor)


def ods_file(doc, sheets, author=None, editor=None, notes=None):
    """Sheets: [(name, rows)]; notes: {(sheet, row, col): (who, note)}."""
    notes = notes or {}
    out = []
    for s, (name, rows) in enumerate(sheets):
        trs = []
        for r, row in enumerate(rows):
            tds = []
            for c, v in enumerate(row):
                note = annotation(doc, *notes[(s, r, c)]) if (s, r, c) in notes else ""
                if isinstance(v, Num):
                    tds.append(f'<table:table-cell office:value-type="float" office:value="{v.value}">{note}<text:p>{v.value}</text:p></table:table-cell>')
                elif isinstance(v, Date):
                    tds.append(f'<table:table-cell office:value-type="date" office:date-value="{v.iso}">{note}<text:p>{v.shown()}</text:p></table:table-cell>')
                else:
                    tds.append(f'<table:table-cell office:value-type="string">{note}<text:p>{x(doc.t(v))}</text:p></table:table-cell>')
            trs.append(f"<table:table-row>{''.join(tds)}</table:table-row>")
        out.append(f'<table:table table:name="{x(name)}">{"".join(trs)}</table:table>')
    return odf_file(doc, "application/vnd.oasis.opendocument.spreadsheet", "".join(out), author, editor)


# RTF


def rtf_escape(s):
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            n = ord(ch)
            out.append(f"\\u{n if n < 32768 else n - 65536}?")
    return "".join(out)


def rtf_file(doc, paragraphs, title, author=None, footnote=None):
    """Paragraphs: markup strings; footnote: (index of paragraph, note)."""
    info = f"{{\\title {rtf_escape(doc.t(title))}}}"
    if author:
        info += f"{{\\author {rtf_escape(doc.t(author))}}}"
    body = []
    for i, p in enumerate(paragraphs):
        text = rtf_escape(doc.t(p))
        if footnote and footnote[0] == i:
            text += ("{\\super\\chftn}{\\footnote\\pard\\plain{\\super\\chftn} "
                     + rtf_escape(doc.t(footnote[1])) + "}")
        body.append(f"\\pard\\sa120 {text}\\par")
    return ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}"
            f"{{\\info{info}}}\\f0\\fs22\n" + "\n".join(body) + "\n}\n").encode()


# PDF

WIDE = set("MWmw@%")
UPPER = set("ABCDEFGHKNOPQRSTUVXYZ&")


def pdf_width(line, size):
    w = 0.0
    for ch in line:
        if ch in WIDE:
            w += 0.89
        elif ch in UPPER or ch.isupper():
            w += 0.70
        elif ch in " .,;:'!|iljtfI()[]":
            w += 0.28
        else:
            w += 0.56
    return w * size


def pdf_string(s):
    out = []
    for b in s.encode("cp1252"):
        c = chr(b)
        if c in "\\()":
            out.append("\\" + c)
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append(f"\\{b:03o}")
    return "(" + "".join(out) + ")"


class PdfProblem(Exception):
    pass


def pdf_file(doc, lines, title, author=None, size=10):
    rendered = [doc.t(line) for line in lines]
    for line in rendered:
        try:
            line.encode("cp1252")
        except UnicodeEncodeError:
            raise PdfProblem(f"not WinAnsi: {line!r}")
        if pdf_width(line, size) > 495:
            raise PdfProblem(f"overflows the page: {line!r}")
    per_page = 56
    pages = [rendered[i:i + per_page] for i in range(0, len(rendered), per_page)] or [[]]
    objs = {1: "<< /Type /Catalog /Pages 2 0 R >>",
            3: "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"}
    kids = []
    for i, page in enumerate(pages):
        pid, cid = 5 + 2 * i, 6 + 2 * i
        kids.append(f"{pid} 0 R")
        ops = [f"BT /F1 {size} Tf 14 TL 56 790 Td"] + [f"{pdf_string(ln)} Tj T*" for ln in page] + ["ET"]
        stream = "\n".join(ops).encode("latin-1")
        objs[cid] = (f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream")
        objs[pid] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     f"/Resources << /Font << /F1 3 0 R >> >> /Contents {cid} 0 R >>")
    objs[2] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(pages)} >>"
    info = f"/Title {pdf_string(doc.t(title))} /Producer (heldout22 generate.py) /CreationDate (D:20260112093000Z)"
    if author:
        info += f" /Author {pdf_string(doc.t(author))}"
    objs[4] = f"<< {info} >>"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for n in sorted(objs):
        offsets[n] = len(out)
        body = objs[n] if isinstance(objs[n], bytes) else objs[n].encode("latin-1")
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    count = max(objs) + 1
    out += f"xref\n0 {count}\n0000000000 65535 f \n".encode()
    for n in range(1, count):
        out += f"{offsets[n]:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {count} /Root 1 0 R /Info 4 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


# Mail


def header_words(s):
    if s.isascii():
        return s
    return "=?UTF-8?B?" + base64.b64encode(s.encode()).decode() + "?="


def address(doc, who):
    """who: (display markup or "", address markup)."""
    name, mail = who
    display = doc.t(name) if name else ""
    addr = doc.t(mail)
    if not display:
        return addr
    if display.isascii():
        quoted = f'"{display}"' if "," in display else display
        return f"{quoted} <{addr}>"
    return f"{header_words(display)} <{addr}>"


def mail_headers(doc, m):
    h = [f"From: {address(doc, m['from'])}",
         "To: " + ", ".join(address(doc, a) for a in m["to"])]
    if m.get("cc"):
        h.append("Cc: " + ", ".join(address(doc, a) for a in m["cc"]))
    h.append(f"Subject: {header_words(doc.t(m['subject']))}")
    h.append(f"Date: {m['date']}")
    h.append(f"Message-ID: <{m['id']}>")
    if m.get("reply_to_id"):
        h.append(f"In-Reply-To: <{m['reply_to_id']}>")
    h.append("MIME-Version: 1.0")
    return h


def qp(text):
    return quopri.encodestring(text.replace("\n", "\r\n").encode()).decode().replace("\r\n", "\n")


def b64(data):
    enc = base64.b64encode(data).decode()
    return "\n".join(enc[i:i + 76] for i in range(0, len(enc), 76))


def eml_file(doc, m, body_lines, html_blocks=None, attachments=()):
    """A multipart/mixed mail: multipart/alternative (quoted-printable text,
    and HTML when given) and base64 attachments [(file name, type, bytes)]."""
    text = "\n".join(doc.t(line) for line in body_lines) + "\n"
    head = mail_headers(doc, m)
    alt = "==alt_heldout22_" + m["id"].split("@")[0]
    mixed = "==mixed_heldout22_" + m["id"].split("@")[0]
    parts = [f"--{alt}", "Content-Type: text/plain; charset=utf-8",
             "Content-Transfer-Encoding: quoted-printable", "", qp(text)]
    if html_blocks:
        inner = "".join(f"<p>{x(doc.t(p))}</p>\n" for p in html_blocks)
        parts += [f"--{alt}", "Content-Type: text/html; charset=utf-8",
                  "Content-Transfer-Encoding: quoted-printable", "", qp(f"<html><body>\n{inner}</body></html>\n")]
    parts.append(f"--{alt}--")
    out = head + [f'Content-Type: multipart/mixed; boundary="{mixed}"', "",
                  "This is a multi-part message in MIME format.", f"--{mixed}",
                  f'Content-Type: multipart/alternative; boundary="{alt}"', ""] + parts
    for name, mime, data in attachments:
        out += ["", f"--{mixed}", f'Content-Type: {mime}; name="{name}"',
                f'Content-Disposition: attachment; filename="{name}"',
                "Content-Transfer-Encoding: base64", "", b64(data)]
    out += ["", f"--{mixed}--", ""]
    return "\n".join(out).encode()


class MboxProblem(Exception):
    pass


def mbox_file(doc, messages):
    """Messages: (mail dict, body lines); plain text, 8bit."""
    out = []
    for m, lines in messages:
        sender = m["from"][1].strip("[]").split(":", 1)[-1]
        out.append(f"From {sender} {m['envelope']}")
        out += mail_headers(doc, m)
        out += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", ""]
        for line in lines:
            text = doc.t(line)
            if text.startswith("From "):
                raise MboxProblem(f"body line starts with 'From ': {text!r}")
            out.append(text)
        out.append("")
    return ("\n".join(out) + "\n").encode()


# --- the set -------------------------------------------------------------------

WRITERS = []


def document(file):
    def register(f):
        WRITERS.append((file, f))
        return f
    return register


def dvla(surname, dob, initials, female=False, tail="9AB"):
    """A DVLA-shaped licence number built from its holder's name and birth date."""
    s = re.sub(r"[^A-Z]", "", surname.upper())[:5].ljust(5, "9")
    y, m, d = dob.split("-")
    return f"{s}{y[2]}{int(m) + (50 if female else 0):02d}{d}{y[3]}{(initials.upper() + '99')[:2]}{tail}"


# 1. Holmebridge Energy & Water: Priority Services Register and vulnerable customers

HEW_MAIL = "[[email:psr@holmebridge.example.co.uk]]"


@document("psr-register.xlsx")
def psr_register(d):
    head = ["Account", "SURNAME", "Forename(s)", "Date of birth", "Supply address", "Postcode",
            "Contact number", "PSR needs", "Notes"]
    register = [head,
                ["HEW-40017721", "<<ACHTERBERG>>", "<<Maartje>>", d.date_of_birth("1951-06-02"),
                 "14 Ravensknowle Road, Huddersfield", "[[pc:HD98 4RL]]", "[[phone:01632 960418]]",
                 "((hea:03 Dialysis, feeding pump and automated medication))",
                 "((hea:Home haemodialysis 4x weekly)) - never disconnect; 7 days' notice of planned outages"],
                ["HEW-40022935", "<<O'DWYER>>", "<<Pádraig>>", d.date_of_birth("1946-11-23"),
                 "Flat 3, Wakefield Road, Brighouse", "[[pc:HX98 2JD]]", "[[phone:07700 900 614]]",
                 "09 Pensionable age; ((hea:05 Oxygen use))",
                 "((hea:Oxygen concentrator 16 hrs/day)); son <<Declan O'Dwyer>> is nominee"],
                ["HEW-40025510", "<<KHATUN>>", "<<Rahima>>", d.date_of_birth("1979-03-30"),
                 "22 Fitzwilliam Street, Huddersfield", "[[pc:HD98 1TQ]]", "[[phone:07700900233]]",
                 "27 Families with young children 5 or under; 21 Unable to communicate in English",
                 "Bengali (Sylheti) - use interpreter line"],
                ["HEW-40029146", "<<NWOSU-HARGREAVES>>", "<<Chiamaka>>", d.date_of_birth("1958-08-14"),
                 "5 Thornhill Lees, Dewsbury", "[[pc:WF99 3DA]]", "[[phone:0113 496 0731]]",
                 "((hea:08 Stair lift, hoist, electric bed)); ((hea:10 Physical impairment))",
                 "((hea:Stair lift and profiling bed after a stroke)); password set"]]
    passwords = [["Account", "Nominated password", "Set by", "Date set"],
                 ["HEW-40017721", "tulip-garden", "<<Maartje Achterberg>>", Date("2024-02-19")],
                 ["HEW-40022935", "{{Cuthbert}} (the dog)", "<<Declan O'Dwyer>> (nominee)", Date("2025-07-03")],
                 ["HEW-40029146", "Scarborough1974", "<<Chiamaka Nwosu-Hargreaves>>", Date("2025-11-28")]]
    return xlsx_file(d, [("Register", register), ("Passwords", passwords)],
                     author="<<Paula Hinchliffe>>", editor="<<Paula Hinchliffe>>")


@document("installer-notes.jsonl")
def installer_notes(d):
    return jsonl_file(d, [
        {"jobId": "SMI-77120", "date": "2026-01-06", "engineer": "<<Kwabena Owusu-Ansah>>",
         "tabletIp": "[[ip:192.0.2.41]]", "customer": "Mrs <<Eluned Parry>>", "postcode": "[[pc:HD97 6PE]]",
         "psr": True,
         "notes": "PSR flagged: ((hea:stair lift, and she uses a wheelchair downstairs)). Supply off 35 mins only; "
                  "lift parked at the bottom first. Customer happy."},
        {"jobId": "SMI-77134", "date": "2026-01-06", "engineer": "<<Bartosz Wróbel>>",
         "tabletIp": "[[ip:192.0.2.58]]", "customer": "<<Jamal Idris>>", "postcode": "[[pc:HD98 2BU]]",
         "psr": True,
         "notes": "Daughter <<Safiya>> explained her dad ((hea:is registered blind)); talked him through the "
                  "in-home display by audio. IHD not wanted - left boxed."},
        {"jobId": "SMI-77141", "date": "2026-01-07", "engineer": "<<K. Owusu-Ansah>>",
         "tabletIp": "[[ip:192.0.2.41]]", "customer": "<<Lorraine Tattersall>>", "postcode": "[[pc:HX97 5LW]]",
         "psr": False,
         "notes": "No PSR needs. Staffie called {{Winston}} shut in kitchen. Meter cupboard by the "
                  "{{Albert Street}} side door; old meter photographed."},
        {"jobId": "SMI-77158", "date": "2026-01-08", "engineer": "<<Bartosz Wróbel>>",
         "tabletIp": "[[ip:2001:db8:77::1c]]", "customer": "<<Ivo Kovačević>>", "postcode": "[[pc:HD99 3KF]]",
         "psr": True, "contact": "[[phone:+44 7700 900187]]",
         "notes": "Rebooked: customer ((hea:is in hospital for chemotherapy)) this week; his wife "
                  "<<Snježana>> asked for a morning slot on the 19th."},
    ])


@document("writeoff-panel.docx")
def writeoff_panel(d):
    body = [
        ("h", "Write-off panel paper WOP-2026-014"),
        ("table", [["Customer", "<<Theodora Mensah-Boateng>>"], ["Account", "HEW-40031187"],
                   ["Date of birth", "[[dob:14-Mar-1979]]"], ["Arrears", "£2,417.63 (electricity and water)"],
                   ["Evidence", "DMHEF returned by her CPN on 06/01/2026"]]),
        "The evidence form from <<Gwenllian Rees>> (community psychiatric nurse, Calder CMHT) confirms "
        "((hea:bipolar affective disorder with two inpatient admissions in 2025)), during which the "
        "arrears built up. Ms <<Mensah-Boateng>> lives alone and pays by prepayment meter since November.",
        ("comment", "We recommend ", "a full write-off of £2,417.63",
         " and a 12-month hold on collection activity.", "<<Naveed Chaudhry>>",
         "Agreed. Also add PSR code 13 with her consent."),
        ("fn", "Consent to share health information was given by phone on 5 January.",
         "Call recorded; agent <<Shona MacAulay>>."),
        ("box", ["Decision: APPROVED 12/01/2026",
                 "Panel: <<N. Chaudhry>>, <<Hester Blackwood>>, <<S. MacAulay>>"]),
    ]
    return docx_file(d, body,
                     header="Holmebridge Energy & Water - Vulnerability Write-off Panel - OFFICIAL-SENSITIVE",
                     footer="Prepared by the Customer Support Team, {{Lockwood House}}",
                     author="<<Naveed Chaudhry>>", editor="<<Hester Blackwood>>", title="Write-off panel paper")


@document("refunds.csv")
def refunds(d):
    return delimited(d, [
        ["Refund ID", "Account", "Payee", "Sort code", "Account number", "Amount", "Reason", "Approved by"],
        ["RF-88213", "HEW-40011872", "<<Gethin Llewellyn-Price>>", "[[=bank:40-47-85 31926054]]40-47-85",
         "31926054", "184.20", "Credit balance on closure", "<<A. Sutcliffe>>"],
        ["RF-88214", "HEW-40027751", "<<Chen Yu-ting>>", "[[=bank:08-92-99 65512093]]08-92-99", "65512093",
         "56.10", "Overpaid direct debit, moved to Leeds", "<<A. Sutcliffe>>"],
        ["RF-88215", "HEW-40019930", "Estate of the late <<Winifred Ackroyd>>", "[[=bank:20-36-48 70012845]]20-36-48",
         "70012845", "311.75", "Final bill credit after bereavement", "<<Imran Shafiq>>"],
        ["RF-88216", "HEW-40034402", "<<Jędrzej Nowicki>>", "[[=bank:60-95-11 24457719]]60-95-11", "24457719",
         "97.42", "((hea:Prepayment debt taken while he was in hospital after a stroke)), refunded as goodwill",
         "<<Imran Shafiq>>"],
        ["RF-88217", "HEW-40036618", "<<Róisín Tierney>>", "", "", "412.00",
         "Paid to [[iban:IE29 AIBK 9311 5212 3456 78]] (moved to Cork)", "<<A. Sutcliffe>>"],
    ])


@document("psr-complaint.eml")
def psr_complaint(d):
    m = {"from": ("<<Harpreet Kaur Sandhu>>", "[[email:harpreet.sandhu@example.com]]"),
         "to": [("", "[[email:complaints@holmebridge.example.co.uk]]")],
         "subject": "Complaint – power cut with no warning during my husband's dialysis",
         "date": "Fri, 09 Jan 2026 21:14:03 +0000", "id": "hks-0109@example.com"}
    body = [
        "Dear Sir or Madam,",
        "",
        "I am writing about the planned outage on 8 January. My husband <<Jaswinder Singh Sandhu>> is on "
        "((hea:home haemodialysis)) and we are on your Priority Services Register (account HEW-40044512), "
        "yet nobody rang us. His machine stopped mid-session and we had to phone the renal unit.",
        "",
        "When your engineer came the next day he walked into our prayer room in his boots although I had asked "
        "him to take them off. ((rel:We are Sikh and the Guru Granth Sahib is kept in that room)).",
        "",
        "Please use our PSR password when you call. I can be reached on [[phone:07700900552]].",
        "",
        "<<Harpreet Kaur Sandhu>>",
    ]
    letter = text_file(d, [
        "Holmebridge Energy & Water, PO Box 771, Huddersfield [[pc:HD99 1EW]]",
        "",
        "Dear Mr <<Sandhu>>,",
        "Thank you for joining our Priority Services Register. We have recorded:",
        "  ((hea:03 Dialysis, feeding pump and automated medication))",
        "We will give you at least 7 days' notice of planned power cuts.",
        "Priority Services team, " + HEW_MAIL + ", [[phone:0808 157 0190]]",
    ])
    return eml_file(d, m, body, html_blocks=[line for line in body if line],
                    attachments=[("psr-confirmation.txt", "text/plain; charset=utf-8", letter)])


@document("dialysis-notification.pdf")
def dialysis_notification(d):
    return pdf_file(d, [
        "Calder Valley Renal Unit - Home Therapies Team",
        "NOTICE OF A HOME DIALYSIS PATIENT TO THE POWER AND WATER SUPPLIER",
        "",
        "To: Priority Services, Holmebridge Energy & Water (" + HEW_MAIL + ")",
        "",
        "Patient:          Mr <<Aurelio Fonseca>>",
        "NHS number:       [[nhs:999 305 5816]]",
        "Date of birth:    [[dob:17 Sep 1962]]",
        "Address:          22 Longroyd Lane, Huddersfield [[pc:HD97 3SX]]",
        "",
        "Treatment: ((hea:home haemodialysis on a NxStage machine, five sessions a week))",
        "Each session uses about 25 litres of mains water and 2.5 hours of power.",
        "Please add the patient to the Priority Services Register (codes 03 and 14) and",
        "tell us of any planned interruption to the power or water supply.",
        "",
        "Named nurse: <<Ebony-Grace Whitfield>>, Home Therapies Sister, [[phone:0113 496 0274]]",
        "The patient consented to this notification on 02/01/2026.",
    ], title="Home dialysis notification", author="<<Ebony-Grace Whitfield>>")


@document("vulnerability-call-notes.md")
def call_notes(d):
    return text_file(d, [
        "# Vulnerable Customer Team - call notes, w/c 5 January 2026",
        "",
        "| Time | Customer | Account | Agent | Summary |",
        "|---|---|---|---|---|",
        "| Mon 09:12 | <<Lindiwe Dube>> | HEW-40051190 | <<Carys>> | ((hea:Starting radiotherapy next week)); "
        "PSR code 19 added, paper bills |",
        "| Mon 11:40 | Mr <<B. Haworth>> | HEW-40008812 | <<Mo>> | Bereaved; wife's account to close. No needs. |",
        "| Tue 14:05 | Cllr <<Rosalind Fairbairn>> | HEW-40060043 | <<Mo>> | ((pol:Labour councillor for "
        "Almondbury ward)), calling for her constituent <<Dorota Zając>>, who ((hea:has COPD and uses a "
        "nebuliser)) |",
        "| Wed 10:30 | <<Terrence Oyelaran-Smith>> | HEW-40062207 | <<Carys>> | ((hea:Profoundly deaf)); "
        "text only to [[phone:07700 900 903]] |",
        "| Thu 16:20 | <<Agnès Fournier>> | HEW-40063355 | <<Mo>> | Wants bills in French; no PSR needs |",
        "",
        "## Follow-ups",
        "",
        "- <<Carys Pritchard>>: large-print PSR leaflet to Mr <<Haworth>>.",
        "- <<Mohammed Farouk>>: write to Cllr <<Fairbairn>> once Mrs <<Zając>> has consented.",
        "- Team inbox: " + HEW_MAIL,
    ])


@document("format-requests.tsv")
def format_requests(d):
    return delimited(d, [
        ["Ref", "Customer", "Format", "Language", "Reason given", "Contact"],
        ["FR-2201", "<<Olumide Adebayo-Roberts>>", "Large print (16pt)", "English",
         "((hea:Macular degeneration))", "[[email:olumide.ar@example.net]]"],
        ["FR-2202", "<<Wiesława Mazur>>", "Standard", "Polish", "Prefers a Polish-speaking agent",
         "[[phone:0161 496 0733]]"],
        ["FR-2203", "<<Gurpreet Atwal>>", "Braille (Grade 2)", "English", "((hea:Registered blind since 2019))",
         "[[email:g.atwal@example.org]]"],
        ["FR-2204", "<<Phung Thi Hoa>>", "Audio CD", "Vietnamese", "Son reads her bills to her",
         "[[phone:0161 496 0748]]"],
        ["FR-2205", "<<Ffion Bevan-Lloyd>>", "Easy Read", "English",
         "((hea:Learning disability)); supported living, support worker <<Jodie>> helps", "[[phone:07700 900 129]]"],
    ], delimiter="\t")


@document("policy-priority-services-register.txt")
def policy_psr(d):
    return text_file(d, [
        "HOLMEBRIDGE ENERGY & WATER - PRIORITY SERVICES REGISTER: HOW WE USE YOUR INFORMATION",
        "",
        "The Priority Services Register (PSR) is a free list of customers who need extra help: people of",
        "pensionable age, families with young children, and people who depend on power or water for medical",
        "equipment such as home dialysis, oxygen concentrators, stair lifts or hoists.",
        "",
        "Some of what we record is health information, which the law treats as special category data. We",
        "record it only with the customer's consent (or a nominee's, where one is appointed) and we share",
        "the needs codes, never the diagnosis, with the electricity network operator and the water company",
        "so that they can warn you before a planned interruption.",
        "",
        "Passwords: a customer may choose a password that our staff will say when they call or visit. We",
        "never ask for the password; the caller states it.",
        "",
        "Large print, Braille, audio and other languages are available on request. A language need is",
        "recorded as a communication need only.",
        "",
        "Debt and mental health: where a customer tells us about a mental health condition we may pause",
        "collection and ask for a Debt and Mental Health Evidence Form; the form is kept in a restricted",
        "folder for 12 months after the case closes, then deleted.",
        "",
        "Contact the PSR team at " + HEW_MAIL + " or on [[phone:0808 157 0190]].",
    ])



# 2. Kestrel Driving School: learners, instructors, incidents and bookings

KDS_MAIL = "[[email:office@kestreldriving.example.com]]"


@document("learners.ods")
def learners(d):
    learners = [["Learner ID", "Name", "Date of birth", "Provisional licence", "Mobile", "Instructor", "Lessons"],
                ["KL-301", "<<Niamh Gallagher-Reid>>", d.date_of_birth("2007-04-19"),
                 f"[[dl:{dvla('Gallagher', '2007-04-19', 'N', True, '9NR')}]]", "[[phone:07700 900 312]]",
                 "<<Obinna>>", Num(14)],
                ["KL-302", "<<Callum Drummond>>", d.date_of_birth("1999-12-02"),
                 f"[[dl:{dvla('Drummond', '1999-12-02', 'CJ', False, '9DW')}]]", "[[phone:07700 900 318]]",
                 "<<Lenny>>", Num(22)],
                ["KL-303", "<<Aaliyah Obi>>", d.date_of_birth("2006-10-27"),
                 f"[[dl:{dvla('Obi', '2006-10-27', 'A', True, '9KT')}]]", "[[phone:07700 900 327]]",
                 "<<Agnieszka>>", Num(6)],
                ["KL-304", "<<Tadeusz Lewandowski>>", d.date_of_birth("1988-05-09"),
                 f"[[dl:{dvla('Lewandowski', '1988-05-09', 'TP', False, '9LM')}]]", "[[phone:07700 900 339]]",
                 "<<Obinna>>", Num(3)]]
    medical = [["Learner", "Condition declared to DVLA", "DVLA decision", "Instructor notes"],
               ["<<N. Gallagher-Reid>>", "((hea:Epilepsy - last seizure March 2024))",
                "Licence issued after 12 months seizure-free", "Tell office at once of any seizure"],
               ["<<C. Drummond>>", "((hea:Insulin-treated type 1 diabetes))", "3-year medical licence",
                "((hea:Checks glucose before every lesson, 5 mmol/L or more to drive))"],
               ["<<A. Obi>>", "((hea:Keratoconus, wears scleral lenses))",
                "Passed 20 m number plate check with lenses", "Lenses in at every lesson"],
               ["<<T. Lewandowski>>", "None declared", "", ""]]
    return ods_file(d, [("Learners", learners), ("Medical (DVLA)", medical)],
                    author="<<Farida Hussain>>", editor="<<Farida Hussain>>",
                    notes={(1, 1, 2): ("<<Farida Hussain>>", "Copy of the DVLA letter seen 03/01/2026.")})


@document("instructors.xlsx")
def instructors(d):
    adi = [["Instructor", "ADI no.", "Grade", "DBS certificate", "DBS issued", "Disclosure", "NI number",
            "Driving licence", "Mobile"],
           ["<<Farida Hussain>>", "ADI 480217", "A", "001784523609", Date("2023-05-04"), "Clear",
            "[[nino:QQ 12 34 56 A]]", f"[[dl:{dvla('Hussain', '1978-02-16', 'F', True, '9FH')}]]",
            "[[phone:07700 900 401]]"],
           ["<<Lenny Sowerby>>", "ADI 512094", "B", "001912338477", Date("2024-09-30"),
            "((crim:Spent conviction disclosed: theft from employer, Bradford Crown Court 2008, suspended sentence))",
            "[[nino:QQ 40 22 81 B]]", f"[[dl:{dvla('Sowerby', '1971-07-08', 'LR', False, '9LS')}]]",
            "[[phone:07700 900 417]]"],
           ["<<Agnieszka Pietrzak-Hollis>>", "PDI (trainee licence)", "-", "001955107326", Date("2025-06-12"),
            "Clear", "[[nino:QQ 73 10 55 C]]",
            f"[[dl:{dvla('Pietrzak', '1993-11-21', 'A', True, '9AP')}]]", "[[phone:07700 900 425]]"],
           ["<<Obinna Eze>>", "ADI 530661", "A", "001967004182", Date("2025-01-20"),
            "Clear; ((crim:SP30 speeding endorsement, 3 points, 2024))", "[[nino:QQ 58 61 09 D]]",
            f"[[dl:{dvla('Eze', '1985-09-03', 'OC', False, '9OE')}]]", "[[phone:07700 900 436]]"]]
    cars = [["Registration", "Car", "Dual controls", "Assigned to"],
            ["YK71 KDS", "Ford Fiesta (manual)", "Yes", "<<F. Hussain>>"],
            ["YH22 RVA", "Vauxhall Corsa-e (automatic)", "Yes", "<<O. Eze>>"],
            ["YJ70 MLP", "Toyota Yaris (automatic)", "Yes", "<<L. Sowerby>>"]]
    return xlsx_file(d, [("ADI register", adi), ("Cars", cars)], author="<<Farida Hussain>>")


@document("dual-control-incident.docx")
def dual_control_incident(d):
    body = [
        ("h", "Dual-control intervention and collision - 9 January 2026"),
        ("table", [["Instructor", "<<Lenny Sowerby>> (ADI 512094)"], ["Learner", "<<Rhiannon Pugh>>"],
                   ["Learner's date of birth", "[[dob:30.08.2005]]"],
                   ["Location", "{{Shay Lane}} mini-roundabout, Halifax"],
                   ["Third party", "Cyclist, <<Desmond Achebe-Lyons>>"]]),
        "At about 15:40 the learner approached the mini-roundabout too fast. I used the dual brake but the "
        "front nearside wing touched the cyclist's rear wheel. Mr <<Achebe-Lyons>> ((hea:had a grazed elbow "
        "and a sprained wrist)), treated at the scene by paramedics.",
        "Afterwards <<Rhiannon>> told me ((hea:she has panic attacks and had not taken her propranolol that "
        "day)). We agreed she would not drive home; I drove.",
        ("comment", "Police attended: ", "no further action", "; details exchanged.", "<<Farida Hussain>>",
         "Insurer told on 10/01, claim ref MRM-55102."),
        ("fn", "Dashcam footage saved to the office drive.",
         "Kept until the claim closes; requested by the cyclist's solicitors, {{Whitaker Dunn LLP}}."),
        ("box", ["Learner's statement attached: yes", "Signed: <<L. Sowerby>>"]),
    ]
    return docx_file(d, body, header="Kestrel Driving School - Incident Report",
                     footer="Kept for three years under the school's retention schedule",
                     author="<<Lenny Sowerby>>", editor="<<Farida Hussain>>", title="Incident report")


@document("lesson-bookings.csv")
def lesson_bookings(d):
    return delimited(d, [
        ["Booking", "Date", "Time", "Learner", "Instructor", "Type", "Paid", "Method",
         "Card (manual entry - delete after use)", "Learner email", "Learner mobile"],
        ["B-10411", "12/01/2026", "09:00", "<<Kofi Asante>>", "<<Obinna>>", "2h lesson", "72.00", "Card",
         "[[card:4000 0566 5566 5556]]", "[[email:kofi.asante@example.com]]", "[[phone:07700 900 512]]"],
        ["B-10412", "12/01/2026", "11:00", "<<Marguerite-Anne Delacroix>>", "<<Agnieszka>>", "1h lesson",
         "36.00", "Bank transfer", "", "[[email:m.delacroix@example.org]]", "[[phone:07700 900 519]]"],
        ["B-10413", "13/01/2026", "16:00", "<<Zainab Hussaini>>", "<<Agnieszka>>", "Mock test", "45.00",
         "Card", "[[card:2223 0031 2200 3222]]", "[[email:zainab.h@example.net]]", "[[phone:07700 900 523]]"],
        ["B-10414", "14/01/2026", "10:00", "<<Ewan Macleod>>", "<<Lenny>>", "Block of 10", "340.00", "Card",
         "Visa ending 1881", "[[email:ewan.macleod@example.com]]", "[[phone:+447700900531]]"],
        ["B-10415", "15/01/2026", "13:00", "<<Tadeusz Lewandowski>>", "<<Obinna>>", "2h lesson", "72.00",
         "Cash", "", "", "[[phone:07700 900 339]]"],
    ])


@document("learner-mail.mbox")
def learner_mail(d):
    imogen = ("<<Imogen Thwaite>>", "[[email:imogen.thwaite@example.com]]")
    office = ("<<Farida Hussain>>", KDS_MAIL)
    maryam = ("<<Maryam Siddiqui>>", "[[email:maryam.s@example.net]]")
    return mbox_file(d, [
        ({"from": imogen, "to": [office], "subject": "Nervous about my lessons",
          "date": "Sun, 04 Jan 2026 20:41:10 +0000", "id": "it-1@example.com",
          "envelope": "Sun Jan  4 20:41:10 2026"},
         ["Hi <<Farida>>,", "",
          "I've had four lessons with <<Obinna>> and I'm really struggling. ((hea:I have generalised anxiety "
          "disorder and my GP started me on sertraline in November.)) Do I have to tell the DVLA? I don't "
          "want to lose my provisional.", "", "Thanks,", "<<Imogen>>"]),
        ({"from": office, "to": [imogen], "subject": "Re: Nervous about my lessons",
          "date": "Mon, 05 Jan 2026 08:55:31 +0000", "id": "kds-88@example.com", "reply_to_id": "it-1@example.com",
          "envelope": "Mon Jan  5 08:55:31 2026"},
         ["Hi <<Imogen>>,", "",
          "Thanks for telling me. Please check the DVLA's guidance or ask your GP whether you need to tell them;",
          "we can do shorter lessons and quieter routes with <<Obinna>> in the meantime.", "",
          "> I've had four lessons with <<Obinna>> and I'm really struggling.", "",
          "<<Farida>>", "Kestrel Driving School, [[phone:01632 960 455]]"]),
        ({"from": maryam, "to": [office], "subject": "Booking – female instructor please",
          "date": "Tue, 06 Jan 2026 12:03:44 +0000", "id": "ms-20260106@example.net",
          "envelope": "Tue Jan  6 12:03:44 2026"},
         ["Assalamu alaikum,", "",
          "I'd like to book a block of 10 lessons. ((rel:As a practising Muslim I'd be more comfortable with a "
          "female instructor)), and please not during Jumu'ah on Fridays.", "",
          "My number is [[phone:07700 900 248]].", "", "<<Maryam>>"]),
    ])


@document("instructor-diary.txt")
def instructor_diary(d):
    return text_file(d, [
        "INSTRUCTOR DIARY - <<L. SOWERBY>> - w/c 12/01/2026",
        "",
        "Mon 09:00  <<Rhiannon Pugh>>  2h  Reversing round a corner. Calmer than last week; "
        "((hea:has started CBT for her panic attacks)).",
        "Mon 13:00  <<Harvey Cole>>  1h  Test route via Elland. Ready for his test on 3 Feb.",
        "           Mum (<<Denise Cole>>) paid £36 cash.",
        "Tue 10:00  <<Bogdan Rusu>>  1.5h  ((hea:Colour vision deficiency)) - reads the lights by position.",
        "Wed 17:00  <<Chantelle Mbeki-Ross>>  1h  ((hea:Type 1 diabetic)); glucose 4.2 before the lesson, "
        "treated, started 20 min late as the policy says.",
        "Thu 11:00  <<Callum>> cancelled - ((hea:eye clinic appointment for his diabetic retinopathy screening)).",
        "Fri        Admin; car YJ70 MLP to the garage for its service.",
        "",
        "<<Lenny>>",
    ])


@document("standards-check.html")
def standards_check(d):
    return html_file(d, "ADI standards checks 2025 - Kestrel Driving School", [
        ("h1", "ADI standards checks 2025"),
        ("table", [["Instructor", "ADI no.", "Date", "Examiner", "Grade", "Score"],
                   ["<<Farida Hussain>>", "480217", "14/03/2025", "<<Gillian Threlfall>>", "A", "47/51"],
                   ["<<Lenny Sowerby>>", "512094", "02/07/2025", "<<Gillian Threlfall>>", "B", "38/51"],
                   ["<<Obinna Eze>>", "530661", "19/11/2025", "<<Marcus Etherington>>", "A", "46/51"]]),
        ("h2", "Notes"),
        ("dl", [["<<Agnieszka Pietrzak-Hollis>>", "Trainee licence; Part 3 booked for 24 February."],
                ["<<Obinna>>", "Asked for Thursdays off in April and May: ((pol:he is standing as the Reform "
                 "UK candidate)) for {{Sowerby Bridge}} ward in the May council elections."],
                ["<<Lenny>>", "Grade B: to work on client-centred learning before the next check."]]),
        ("p", "Office: " + KDS_MAIL + " · [[phone:01632 960 455]] · Unit 2, {{Dean Clough}}, Halifax [[pc:HX93 5AX]]"),
    ])


@document("web-enquiries.json")
def web_enquiries(d):
    return json_file(d, {"form": "contact-us", "exported": "2026-01-12T07:00:00Z", "enquiries": [
        {"submitted": "2026-01-06T18:22:10Z", "enquirerName": "<<Kieran Doherty>>", "dob": "[[dob:2004-02-29]]",
         "email": "[[email:kieran.doherty04@example.com]]", "phone": "[[phone:+447700900811]]",
         "ip": "[[ip:198.51.100.23]]",
         "message": "I need lessons in an automatic with hand controls. ((hea:I have cerebral palsy affecting "
                    "my right side)). Do you have an adapted car?"},
        {"submitted": "2026-01-08T09:02:47Z", "enquirerName": "<<Sinéad Brennan>>", "dob": "[[dob:1991-10-12]]",
         "email": "[[email:sinead.brennan@example.org]]", "phone": "[[phone:07700 900 826]]",
         "ip": "[[ip:198.51.100.160]]",
         "message": "Returning driver. ((crim:I was banned for 18 months for drink-driving in 2024)) and the "
                    "ban ends in February. Can I book refresher lessons?"},
        {"submitted": "2026-01-09T22:15:03Z", "enquirerName": "<<Tomasz>>", "dob": "",
         "email": "[[email:tomasz.k@example.net]]", "phone": "", "ip": "[[ip:198.51.100.7]]",
         "message": "price for an intensive course in half term?"},
    ]})


@document("training-learner-medical-conditions.md")
def training_learner_medical(d):
    return text_file(d, [
        "# Training: learners with medical conditions",
        "",
        "Kestrel Driving School - instructor CPD, module 4",
        "",
        "## Why it matters",
        "",
        "Some conditions must be declared to the DVLA: epilepsy and seizures, insulin-treated diabetes, some",
        "eyesight conditions, and others that affect safe driving. A learner who has declared a condition may",
        "hold a short-period licence. What a learner tells you about their health is special category data.",
        "",
        "## What to do",
        "",
        "- Record only what you need to teach safely (for example: glucose to be checked before each lesson).",
        "- Keep notes on the school's system, never on your phone's notes app or in a paper diary left in the car.",
        "- Do not tell other learners or instructors why a lesson was moved.",
        "- A request for an instructor of the same sex, or to avoid times of prayer, is noted as a booking",
        "  preference only; do not record the reason.",
        "",
        "## Incidents",
        "",
        "If you use the dual controls to avoid a collision, write it up the same day. Keep the facts; leave out",
        "opinions about anyone's health unless the learner gave them to you and they explain what happened.",
    ])



# 3. Nightjar Venues: door security at The Engine Shed, Mabel's and the Ruby Lounge

NJ_MAIL = "[[email:security@nightjarvenues.example.com]]"


@document("id-scan-log.csv")
def id_scan_log(d):
    return delimited(d, [
        ["Timestamp", "Venue", "Scanner", "Document", "Document number", "Name on document", "DOB",
         "Face match", "Result", "Operator"],
        ["2026-01-10 23:41:07", "The Engine Shed", "Door 1", "UK passport", "[[pass:547120983]]",
         "<<JADE L HOLLINGWORTH>>", "[[dob:04/07/2003]]", "((bio:96% face match to document photo))", "PASS",
         "<<Ricky>>"],
        ["2026-01-10 23:44:52", "The Engine Shed", "Door 1", "UK driving licence",
         f"[[dl:{dvla('Razaq', '1999-11-19', 'MA', False, '9RZ')}]]", "<<MOHAMMED A RAZAQ>>",
         "[[dob:19/11/1999]]", "((bio:41% face match - manual check))", "REFER - manager approved",
         "<<Stacey>>"],
        ["2026-01-10 23:58:19", "{{Mabel's}}", "Front", "CitizenCard", "CC-2201-8847",
         "<<OLUWASEUN ADEKUNLE>>", "[[dob:27/01/2005]]", "((bio:89% face match))", "PASS", "<<Ashanti>>"],
        ["2026-01-11 00:12:33", "The Engine Shed", "Door 2", "UK passport", "[[pass:539884106]]",
         "<<CONNOR J BRADSHAW>>", "[[dob:08/03/1997]]",
         "((bio:93% match to a banned-list face template))", "DENIED - on banned list", "<<Ricky>>"],
        ["2026-01-11 00:20:05", "{{Ruby Lounge}}", "Front", "UK driving licence",
         f"[[dl:{dvla('Whitcombe', '2002-06-02', 'E', True, '9EW')}]]", "<<ELEANOR WHITCOMBE>>",
         "[[dob:02/06/2002]]", "((bio:91% face match))", "PASS", "<<Dwayne>>"],
    ])


@document("banned-list.xlsx")
def banned_list(d):
    banned = [["Ref", "Surname", "First name", "DOB", "Photo", "Face template", "Reason", "Police ref",
               "Ban from", "Ban to", "Added by"],
              ["NB-0412", "<<BRADSHAW>>", "<<Connor>>", d.date_of_birth("1997-03-08"), "Yes",
               "((bio:Template enrolled on door scanners))",
               "((crim:Arrested for possession of cocaine in the toilets)) 14/12/2025", "13/882741/25",
               Date("2025-12-15"), Date("2027-12-14"), "<<Ricky Oduya>>"],
              ["NB-0413", "<<ŁUKASIEWICZ>>", "<<Kamil>>", d.date_of_birth("1990-09-25"), "Yes", "No template",
               "((crim:Assault on a door supervisor; charged with ABH))", "13/004519/26",
               Date("2026-01-04"), "Life", "<<Ruth Akinyemi>>"],
              ["NB-0414", "<<FERREIRA DA SILVA>>", "<<Tiago>>", d.date_of_birth("2001-02-11"), "Yes",
               "((bio:Template enrolled))", "((crim:Theft of two phones from the cloakroom; cautioned))",
               "13/871330/25", Date("2025-11-30"), Date("2026-11-29"), "<<Ricky Oduya>>"],
              ["NB-0415", "<<McGUIGAN>>", "<<Shannon>>", d.date_of_birth("1994-06-17"), "No photo", "No template",
               "Repeatedly abusive to bar staff; no police involvement", "", Date("2026-01-02"),
               Date("2026-07-01"), "<<Gavin Tordoff>>"]]
    pubwatch = [["Name", "Venues told", "Date shared", "Shared by"],
                ["<<Connor Bradshaw>>", "All Pubwatch members, Leeds city centre", Date("2025-12-16"),
                 "<<R. Oduya>>"],
                ["<<Kamil Łukasiewicz>>", "All Pubwatch members, Leeds city centre", Date("2026-01-05"),
                 "<<R. Akinyemi>>"]]
    return xlsx_file(d, [("Banned", banned), ("Shared with Pubwatch", pubwatch)],
                     author="<<Ruth Akinyemi>>", editor="<<Ricky Oduya>>")


@document("spiking-incident.docx")
def spiking_incident(d):
    body = [
        ("h", "Suspected spiking - Saturday 10 January 2026"),
        ("table", [["Reported by", "Door supervisor <<Ashanti Clarke>>"], ["Customer", "<<Eleanor Whitcombe>>"],
                   ["Customer's date of birth", "[[dob:2nd June 2002]]"],
                   ["Customer's phone", "[[phone:+44 (0)7700 900376]]"]]),
        "At 00:20 Ms <<Whitcombe>>'s friend <<Priya Raghunathan>> told staff that <<Eleanor>> could not stand "
        "and was slurring after two drinks.",
        "((hea:She was drowsy and vomiting)); staff trained in WAVE took her to the welfare room and an "
        "ambulance took her to the LGI, where ((hea:a urine sample was taken for toxicology)).",
        "Police arrested <<Kyle Brannigan>>, 27, at the bar ((crim:on suspicion of administering a noxious "
        "thing)). The drink-testing strip was positive for GHB.",
        ("comment", "CCTV from ", "cameras 4 and 7", " handed to PC 4471 <<Mellor>>.", "<<Ruth Akinyemi>>",
         "Logged in the CCTV disclosure log as CCTV-118."),
        ("fn", "Welfare room log completed at 00:55.",
         "{{Ask for Angela}} posters checked on every toilet door the same night."),
        ("box", ["Follow-up: offer Ms <<Whitcombe>> a meeting with the venue manager.",
                 "Manager: <<Ruth Akinyemi>>"]),
    ]
    return docx_file(d, body, header="Nightjar Venues - Security Incident Report",
                     footer="SIR-2026-0031 - {{Ruby Lounge}}", author="<<Ruth Akinyemi>>",
                     title="Security incident report")


@document("door-assault-report.pdf")
def door_assault_report(d):
    return pdf_file(d, [
        "NIGHTJAR VENUES LTD - ASSAULT ON DOOR STAFF",
        "The Engine Shed, Saturday 3 January 2026, 01:55",
        "",
        "Victim:    Door supervisor <<Marek Dabrowski>> (SIA licence 1013 4402 9917 6625)",
        "Offender:  <<Jordan Pickersgill>>, DOB [[dob:11/02/1998]], of Bramley, Leeds",
        "",
        "Mr <<Pickersgill>> was refused entry because he was drunk. He headbutted Mr <<Dabrowski>>",
        "and kicked him once while he was on the ground.",
        "",
        "<<Marek>> ((hea:suffered a fractured left cheekbone and concussion)) and was taken to",
        "{{St James's}}, where ((hea:he had surgery to the cheekbone on 5 January)).",
        "",
        "Mr <<Pickersgill>> was ((crim:arrested at the scene and charged on 4 January)) with assault",
        "occasioning actual bodily harm. He appears at Leeds Magistrates' Court on 2 February.",
        "",
        "Witnesses: <<Sade Oyelowo>> (door), <<Gavin Tordoff>> (bar manager).",
        "Body-worn video BWV-07 exported to the evidence drive; hash recorded.",
        "",
        "Report by <<Ruth Akinyemi>>, Group Security Manager",
        NJ_MAIL + "   [[phone:0113 496 0551]]",
    ], title="Assault on door staff", author="<<Ruth Akinyemi>>")


@document("harassment-complaint.eml")
def harassment_complaint(d):
    m = {"from": ("<<Beth Trevelyan>>", "[[email:beth.trev@example.org]]"),
         "to": [("Nightjar Security", NJ_MAIL)],
         "cc": [("<<Zanele Khumalo>>", "[[email:z.khumalo@example.net]]")],
         "subject": "Complaint about how your door staff dealt with homophobic abuse",
         "date": "Sun, 11 Jan 2026 11:30:12 +0000", "id": "bt-complaint-0111@example.org"}
    body = [
        "To whoever deals with complaints,",
        "",
        "On Friday 9 January I was at {{Mabel's}} with ((sex:my girlfriend)), <<Zanele Khumalo>>. When I "
        "kissed her at the bar a man started shouting abuse at us ((sex:for being lesbians)) and followed "
        "us to the smoking area.",
        "",
        "I told your door supervisor (I think his name was <<Dwayne>>) and he said it was just banter. We "
        "left at midnight. I would like an apology and to know whether the CCTV has been kept.",
        "",
        "My statement is attached. You can ring me on [[phone:07700 900 067]].",
        "",
        "<<Beth>>",
    ]
    statement = text_file(d, [
        "Statement of <<Beth Trevelyan>>, date of birth [[dob:16 Apr 1997]]",
        "I was at {{Mabel's}} from about 21:30 on 9 January 2026 with <<Zanele>>.",
        "At about 23:15 a man in a grey quarter-zip called us names and threw a drink towards us.",
        "The door supervisor did not take his details. I am willing to give a statement to police.",
    ])
    return eml_file(d, m, body, html_blocks=[line for line in body if line],
                    attachments=[("statement.txt", "text/plain; charset=utf-8", statement)])


@document("sia-register.ods")
def sia_register(d):
    rows = [["Name", "SIA licence no.", "Licence", "Expires", "Date of birth", "Mobile", "GMB member",
             "Check-off"],
            ["<<Ricky Oduya>>", "1013 2287 4410 9352", "Door Supervision", Date("2027-03-31"),
             d.date_of_birth("1983-10-06"), "[[phone:07700 900 601]]", "((tu:Yes))", "((tu:£17.46 a month))"],
            ["<<Marek Dąbrowski>>", "1013 4402 9917 6625", "Door Supervision", Date("2026-08-14"),
             d.date_of_birth("1989-04-22"), "[[phone:07700 900 602]]", "((tu:Yes))", "((tu:£17.46 a month))"],
            ["<<Ashanti Clarke>>", "1013 6675 1208 4471", "Door Supervision", Date("2028-01-09"),
             d.date_of_birth("1996-12-30"), "[[phone:07700 900 603]]", "No", ""],
            ["<<Stacey Holroyd-Nkemelu>>", "1013 9021 3346 7780", "Door Supervision", Date("2026-05-02"),
             d.date_of_birth("1992-07-15"), "[[phone:07700 900 604]]", "No", ""],
            ["<<Tomasz Grabowski>>", "1013 3308 5512 0067", "Door Supervision", Date("2027-10-20"),
             d.date_of_birth("1980-01-28"), "[[phone:07700 900 605]]", "((tu:Yes - workplace rep))",
             "((tu:£17.46 a month))"],
            ["<<Dwayne Mortimer>>", "1013 7754 6698 2213", "Door Supervision", Date("2026-02-27"),
             d.date_of_birth("1999-05-05"), "[[phone:07700 900 606]]", "No", ""]]
    return ods_file(d, [("SIA badges", rows)], author="<<Ruth Akinyemi>>",
                    notes={(0, 6, 3): ("<<Ruth Akinyemi>>", "Renewal chased 08/01 - must not work the door after expiry.")})


@document("cctv-requests.html")
def cctv_requests(d):
    return html_file(d, "CCTV disclosure log", [
        ("h1", "CCTV disclosure log - December 2025 to January 2026"),
        ("table", [["Ref", "Date", "Requesting officer", "Force ref", "Venue", "Purpose", "Released"],
                   ["CCTV-115", "18/12/2025", "PC 2291 <<Hartley>>", "13/771202/25", "The Engine Shed",
                    "Suspect <<Dean Stubbs>> ((crim:charged with wounding with intent, section 18))", "Yes"],
                   ["CCTV-116", "22/12/2025", "DC <<Imani Boateng>>", "13/790455/25", "{{Mabel's}}",
                    "Theft from the person - no suspect identified", "Yes"],
                   ["CCTV-117", "02/01/2026", "PS <<Lorcan Tierney>>", "13/000318/26", "{{Ruby Lounge}}",
                    "Missing person last seen at the venue: <<Holly Fairclough>> (since found safe)", "Yes"],
                   ["CCTV-118", "11/01/2026", "PC 4471 <<Mellor>>", "13/011976/26", "{{Ruby Lounge}}",
                    "Spiking: suspect <<Kyle Brannigan>> ((crim:arrested at the venue))", "Yes"]]),
        ("dl", [["Data protection officer", "<<Hannah Greenhalgh>>, [[email:dpo@nightjarvenues.example.com]]"],
                ["Retention", "Footage is overwritten after 31 days unless a request is logged."],
                ["Form", "Police use the DP Act 2018 Schedule 2 request form; no form, no footage."]]),
    ])


@document("door-briefing.md")
def door_briefing(d):
    return text_file(d, [
        "# Door team briefing - The Engine Shed - Friday 16 January",
        "",
        "**Present:** <<Ricky Oduya>> (head door), <<Marek>> (by phone), <<Stacey>>, <<Ashanti>>, <<Yusuf Dar>>,",
        "<<Tomasz Grabowski>> (((tu:GMB workplace rep)))",
        "",
        "1. **Last week's assault.** <<Marek>> is ((hea:off work until his cheekbone has healed)); "
        "<<Tomasz>> is helping him with a claim through the GMB.",
        "2. **Ramadan** starts around 18 February. <<Yusuf>> ((rel:will be fasting and breaks his fast at "
        "sunset)): cover his position from 17:30 to 17:50.",
        "3. **Hate incident.** On Saturday a refused customer racially abused <<Ashanti>> ((eth:about her "
        "being Black)). Logged; police ref 13/012250/26.",
        "4. **Pride night, 31 January.** Nobody comments on anyone's sexuality or appearance. Full stop.",
        "5. **Spiking.** Anyone who uses {{Ask for Angela}} goes to the welfare room, not the street.",
        "",
        "Next briefing 23 January. - <<Ricky>>",
    ])


@document("policy-door-security-data.rtf")
def policy_door_security(d):
    return rtf_file(d, [
        "Nightjar Venues Ltd - Door security and personal data",
        "1. ID scanning. Our door scanners read the document presented and compare the face on it with a "
        "live image. The comparison is biometric processing; we keep the score and the result for 28 days "
        "and never keep the live image.",
        "2. Banned list. A person may be banned for violence, drugs, theft or abuse of staff. Where a ban "
        "follows an allegation of a crime, the entry is criminal offence data and is shared only with "
        "Pubwatch members under the scheme's data sharing agreement.",
        "3. Incidents. Reports of spiking, assaults and hate incidents record what happened, not a "
        "customer's health, religion or sexuality, unless the customer tells us and it explains the incident.",
        "4. Staff. Union membership is recorded only to deduct subscriptions when a member asks us to.",
        "5. CCTV. Footage is overwritten after 31 days unless police or a data subject ask for it.",
        "Questions: [[email:dpo@nightjarvenues.example.com]].",
    ], title="Door security and personal data", footnote=(1, "Scanner supplier contract ref NV-SUP-2024-07."))



# 4. Common Ground Family Mediation: MIAMs, parenting plans and legal aid

CG_MAIL = "[[email:hello@commonground.example.org.uk]]"


@document("miam-intake.docx")
def miam_intake(d):
    body = [
        ("h", "MIAM intake - Party A"),
        ("table", [["Name", "<<Lauren Ashworth>>"], ["Date of birth", "[[dob:5th December 1988]]"],
                   ["Address", "31 Sandal Rise, Wakefield [[pc:WF90 2HB]]"], ["Phone", "[[phone:01632 960 781]]"],
                   ["Other party", "<<Craig Ashworth>> (husband, separated August 2025)"],
                   ["Children", "<<Mia>> (9) and <<Alfie>> (6)"]]),
        ("h", "Domestic abuse screening"),
        "Ms <<Ashworth>> answered yes to questions 3 (controlling behaviour) and 7 (threats). She holds a "
        "non-molestation order against Mr <<Ashworth>>, made at Leeds Family Court on 14 October 2025. He "
        "((crim:was arrested for breaching it on 2 December 2025)) and bailed.",
        "((hea:She has been diagnosed with PTSD and is waiting for EMDR therapy)).",
        ("comment", "Assessment: ", "not suitable for joint mediation", "; shuttle or exemption to discuss.",
         "<<Philippa Drinkwater>>", "Domestic abuse exemption applies; evidence is the order."),
        ("fn", "Screening done separately from Mr <<Ashworth>>, by phone.",
         "Safe contact times: weekdays 10:00 to 14:00 only."),
        ("box", ["RISK: HIGH", "Do not send letters to the former family home"]),
    ]
    return docx_file(d, body, header="Common Ground Family Mediation - MIAM intake (CONFIDENTIAL)",
                     footer="Accredited mediator: <<Philippa Drinkwater>>", author="<<Philippa Drinkwater>>",
                     title="MIAM intake")


@document("parenting-plan.odt")
def parenting_plan(d):
    return odt_file(d, [
        ("h", "Parenting plan (draft 2) for <<Amara>> and <<Jayden>>"),
        "Parents: <<Nadine Baptiste>> (mother) and <<Chukwuemeka Okonjo>> (father).",
        "Children: <<Amara Okonjo>>, born [[dob:14 July 2015]], and <<Jayden Okonjo>>, born [[dob:9 January 2019]].",
        ("table", [["Time", "Arrangement"],
                   ["Term time", "Alternate weekends with father, Friday 4pm to Sunday 6pm; Wednesday tea"],
                   ["Christmas", "Christmas Eve and Day alternate; Boxing Day with the other parent"],
                   ["Summer", "Two weeks each, dates agreed by 1 May"]]),
        "Health: <<Jayden>> ((hea:has asthma; his blue salbutamol inhaler travels in his school bag)).",
        "Religion: mother wants the children to keep attending Mass at {{St Austin's}} and for <<Amara>> "
        "((rel:to make her First Holy Communion in May)); father, ((rel:who now worships at a Pentecostal "
        "church)), agrees if the children go to his church on his weekends.",
        "Heritage: both parents want the children ((eth:to grow up knowing their Nigerian and Jamaican "
        "heritage)); father will take them to the Igbo community's New Yam Festival in August.",
        ("note", "Father's proposal on secondary school to be discussed in session 3.", "<<Emeka Nwachukwu>>",
         "Check both parents have seen the comments on draft 1."),
    ], author="<<Emeka Nwachukwu>>", editor="<<Siân Prothero>>")


@document("session-notes.rtf")
def session_notes(d):
    return rtf_file(d, [
        "Session 2 of 4 (joint), 13 January 2026. Mediator: <<Siân Prothero>>.",
        "Participants: <<Gareth Wynne-Jones>> and <<Bethan Wynne-Jones>>.",
        "<<Bethan>> raised that <<Gareth>>'s new partner, <<Rhys Tudor-Evans>>, stays over when the children "
        "are with him. <<Gareth>> confirmed ((sex:he is now in a same-sex relationship)) with <<Rhys>> and "
        "said the children have met him twice.",
        "<<Bethan>> said she has no objection to the relationship itself but wants introductions to be "
        "gradual. Both agreed: no overnight stays with <<Rhys>> there until Easter.",
        "Finances: disclosure due by 27 January. <<Bethan>> ((hea:receives PIP for fibromyalgia)) and works "
        "16 hours a week.",
        "Next session 27 January in the {{Elizabeth Fry Room}}.",
    ], title="Session notes CG-2025-218", author="<<Siân Prothero>>",
        footnote=(5, "Notes shared with both participants; privileged, not for court."))


@document("legal-aid-means.xlsx")
def legal_aid_means(d):
    assessment = [["Client", "<<Patience Oyinlola>>"],
                  ["Date of birth", d.date_of_birth("1984-08-19")],
                  ["NI number", "[[nino:QQ 65 43 21 C]]"],
                  ["Benefits", "Universal Credit; ((hea:PIP daily living, enhanced rate, for multiple sclerosis))"],
                  ["Gross monthly income", Num(1420.55)],
                  ["Capital", Num(812.4)],
                  ["Partner", "None"],
                  ["Dependants", "<<Tobi>> (7)"],
                  ["Result", "Eligible - passported through Universal Credit"]]
    bank = [["Bank", "Sort code", "Account number", "Balance", "Statements"],
            ["{{Halifax}}", "[[=bank:11-09-97 20348817]]11-09-97", Num(20348817), Num(212.87),
             "Oct, Nov, Dec 2025"],
            ["Monzo", "[[=bank:04-00-04 71120356]]04-00-04", "71120356", Num(599.53), "Oct, Nov, Dec 2025"]]
    evidence = [["Item", "Seen by", "Date"],
                ["Three months' statements", "<<Siân Prothero>>", Date("2026-01-07")],
                ["UC award letter", "<<Siân Prothero>>", Date("2026-01-07")]]
    return xlsx_file(d, [("Assessment", assessment), ("Bank", bank), ("Evidence", evidence)],
                     author="<<Siân Prothero>>")


@document("bank-statement.pdf")
def bank_statement(d):
    return pdf_file(d, [
        "PENNINE BUILDING SOCIETY - CURRENT ACCOUNT STATEMENT",
        "Statement period 01/12/2025 to 31/12/2025",
        "",
        "Account holder: Mr <<Dominic J Fairweather>>",
        "8 Calder View, Ossett [[pc:WF95 3LT]]",
        "Sort code 30-98-71   Account number 58823019[[=bank:30-98-71 58823019]]",
        "",
        "Date     Type  Description                                   Amount      Balance",
        "01 Dec                   Balance brought forward                          604.33",
        "02 Dec   DD    ((tu:UNISON MEMBERSHIP SUBS))                        16.20      588.13",
        "03 Dec   CARD  TESCO STORES 2217                                43.18      544.95",
        "05 Dec   BGC   WAKEFIELD MDC SALARY                          1,984.12    2,529.07",
        "08 Dec   SO    MIDWAY NURSERY                                  320.00    2,209.07",
        "12 Dec   DD    ((pol:LABOUR PARTY MEMBERSHIP))                         5.25    2,203.82",
        "15 Dec   CARD  BOOTS PHARMACY                                    9.40    2,194.42",
        "22 Dec   DD    NORTHERN POWERGRID                               88.00    2,106.42",
        "",
        "Pennine Building Society, 1 Market Street, Halifax [[pc:HX99 4BS]]  [[phone:0113 496 0809]]",
    ], title="Statement December 2025")


@document("solicitor-mail.eml")
def solicitor_mail(d):
    m = {"from": ("<<Ishaan Mehta>>", "[[email:i.mehta@mehtaoakes.example.co.uk]]"),
         "to": [("<<Philippa Drinkwater>>", "[[email:philippa.drinkwater@commonground.example.org.uk]]")],
         "cc": [("Common Ground", CG_MAIL)],
         "subject": "<<Ashworth>> - MIAM exemption and C100",
         "date": "Wed, 14 Jan 2026 16:02:55 +0000", "id": "im-ashworth-0114@mehtaoakes.example.co.uk"}
    body = [
        "Dear <<Philippa>>,",
        "",
        "I act for Ms <<Lauren Ashworth>>. Please could you sign the form confirming the domestic abuse "
        "exemption so that we can issue the C100.",
        "",
        "For completeness: Mr <<Ashworth>> ((crim:accepted a police caution for assault in 2023)), and his bail "
        "conditions after the December arrest forbid contact with my client.",
        "",
        "My client ((hea:has been signed off work with PTSD)) and would prefer telephone contact only.",
        "",
        "Kind regards,",
        "<<Ishaan Mehta>>",
        "Associate, {{Mehta Oakes Solicitors}}, [[phone:0113 496 0126]]",
    ]
    form = text_file(d, [
        "FM1 - Family Mediation Information and Assessment Form (draft)",
        "Applicant: <<Lauren Ashworth>>, date of birth [[dob:05/12/1988]]",
        "Respondent: <<Craig Ashworth>>",
        "Exemption claimed: domestic abuse (evidence: non-molestation order, Leeds Family Court)",
    ])
    return eml_file(d, m, body, html_blocks=[line for line in body if line],
                    attachments=[("FM1-draft.txt", "text/plain; charset=utf-8", form)])


@document("mediation-cases.json")
def mediation_cases(d):
    return json_file(d, {"exportedAt": "2026-01-14T08:00:00Z", "service": "Common Ground Family Mediation", "cases": [
        {"caseRef": "CG-2025-204", "status": "MIAM booked", "mediator": "<<Emeka Nwachukwu>>",
         "partyA": {"firstName": "<<Kwame>>", "lastName": "<<Asante-Darko>>", "dateOfBirth": "[[dob:1987-05-30]]",
                    "email": "[[email:kwame.ad@example.com]]",
                    "ethnicity": "((eth:Black or Black British - African))"},
         "partyB": {"firstName": "<<Efua>>", "lastName": "<<Asante-Darko>>", "dateOfBirth": "[[dob:1989-11-02]]",
                    "email": "[[email:efua.ad@example.net]]", "ethnicity": "Prefer not to say"},
         "children": [{"name": "<<Kojo>>", "dob": "[[dob:2016-09-12]]"}],
         "interpreter": "Twi", "dvFlag": False, "funding": "Legal aid"},
        {"caseRef": "CG-2025-211", "status": "Session 1 held", "mediator": "<<Siân Prothero>>",
         "partyA": {"firstName": "<<Rebecca>>", "lastName": "<<Illingworth>>", "dateOfBirth": "[[dob:1990-03-03]]",
                    "email": "[[email:becky.illingworth@example.com]]", "ethnicity": "((eth:White British))"},
         "partyB": {"firstName": "<<Oğuz>>", "lastName": "<<Yılmaz>>", "dateOfBirth": "[[dob:1986-07-21]]",
                    "email": "[[email:oguz.yilmaz@example.org]]",
                    "ethnicity": "((eth:Any other White background - Turkish))"},
         "children": [{"name": "<<Deniz>>", "dob": "[[dob:2020-04-18]]"}],
         "interpreter": "Turkish", "dvFlag": False, "funding": "Private",
         "notes": "His mother <<Ayşe>> comes as a supporter and waits in reception."},
    ]})


@document("room-bookings.tsv")
def room_bookings(d):
    return delimited(d, [
        ["Date", "Time", "Room", "Case", "Participants", "Mediator", "Notes"],
        ["20/01/2026", "10:00", "{{Octavia Hill Room}}", "CG-2025-218", "<<G. Wynne-Jones>> / <<B. Wynne-Jones>>",
         "<<Siân>>", "Joint session 3"],
        ["20/01/2026", "13:30", "{{Elizabeth Fry Room}}", "CG-2025-197",
         "Shuttle: <<L. Ashworth>> here, <<C. Ashworth>> in the {{Octavia Hill Room}}", "<<Philippa>>",
         "Separate arrival times, 13:15 and 13:45; separate exits"],
        ["21/01/2026", "09:30", "{{Elizabeth Fry Room}}", "CG-2025-204", "<<Kwame Asante-Darko>>", "<<Emeka>>",
         "MIAM; Twi interpreter <<Abena Owusu>>"],
        ["22/01/2026", "16:00", "Kitchen", "CG-2025-211", "Child consultation: <<Deniz>> (5)", "<<Siân>>",
         "Toys out; parent waits in reception"],
    ], delimiter="\t")


@document("training-miam-screening.txt")
def training_miam(d):
    return text_file(d, [
        "COMMON GROUND FAMILY MEDIATION - TRAINING NOTE: SCREENING AT THE MIAM",
        "",
        "Every MIAM starts with separate screening for domestic abuse and child protection concerns. Ask each",
        "party alone, never with the other party in the building, and agree safe ways to contact them.",
        "",
        "What to record: the answers to the screening questions, any court orders the party mentions (a",
        "non-molestation or occupation order, a prohibited steps order), and whether police have been",
        "involved. An arrest, charge, caution or conviction is criminal offence data: record it only where",
        "it bears on safety or on the exemption claimed, and in the restricted part of the file.",
        "",
        "Health, religion, sexuality and heritage come up often: a party's health may affect what",
        "arrangements are workable; parents may disagree about a child's religious upbringing or cultural",
        "heritage; a party may have a new partner of the same sex. Write down what is needed to mediate",
        "the issue, in the party's own words, and nothing more.",
        "",
        "Legal aid: bank statements are kept for the means assessment only and destroyed six months after",
        "the case closes.",
    ])



# 5. Airedale and Craven Wheelchair and Assistive Technology Service (NHS)

AT_MAIL = "[[email:wheelchairs@acwats.example.nhs.uk]]"


@document("wheelchair-referrals.csv")
def wheelchair_referrals(d):
    return delimited(d, [
        ["Referral", "Received", "NHS number", "SURNAME", "Forename", "DOB", "Postcode", "Diagnosis",
         "Referrer", "Priority"],
        ["R-26-0041", "05/01/2026", "[[nhs:999 104 3721]]", "<<HEPWORTH>>", "<<Ivy>>", "[[dob:11/04/1958]]",
         "[[pc:BD98 7LS]]", "((hea:Multiple sclerosis, secondary progressive; three falls))",
         "GP - Dr <<Anand>>", "Routine"],
        ["R-26-0042", "06/01/2026", "[[nhs:9992184639]]", "<<Ó MAOLÁIN>>", "<<Ciarán>>", "[[dob:1971-02-14]]",
         "[[pc:BD93 6PW]]", "((hea:Motor neurone disease, rapid progression))", "Neurology MDT",
         "Urgent - fast track"],
        ["R-26-0043", "06/01/2026", "[[nhs:999-630-8170]]", "<<AKHTAR>>", "<<Zayan>>", "[[dob:27.06.2017]]",
         "[[pc:BD99 4QH]]", "((hea:Cerebral palsy, GMFCS level IV))", "Community paediatrician", "Routine"],
        ["R-26-0044", "07/01/2026", "[[nhs:999 742 1655]]", "<<BLACKLEDGE>>", "<<Owen>>", "[[dob:02/09/2012]]",
         "[[pc:BD97 8EJ]]",
         "((gen:Duchenne muscular dystrophy, exon 45-50 deletion confirmed on genetic testing)); "
         "((hea:stopped walking in 2025))", "Neuromuscular nurse <<Grace Oduwole>>", "Urgent"],
        ["R-26-0045", "08/01/2026", "[[nhs:9999612385]]", "<<NAKAMURA-HOLT>>", "<<Emi>>", "[[dob:1994-12-08]]",
         "[[pc:BD96 1FZ]]", "((hea:Spinal cord injury T10, 2019; active user))", "Self (re-referral)",
         "Routine"],
    ])


@document("seating-assessment.docx")
def seating_assessment(d):
    body = [
        ("h", "Specialist seating assessment - <<Owen Blackledge>>"),
        ("table", [["Date of birth", "[[dob:2 September 2012]]"], ["Parent", "<<Kerry Blackledge>> (mum)"],
                   ["School", "{{Holy Trinity}} Academy, Keighley"],
                   ["Wheelchair", "Powered, tilt-in-space (Quickie Q500 M)"]]),
        "<<Owen>> ((hea:has a progressive scoliosis, Cobb angle 34 degrees, and reduced trunk control)). "
        "The school nurse noted ((hea:a grade 2 pressure ulcer over the left ischial tuberosity)).",
        ("comment", "We recommend ", "a bespoke moulded seat insert", " and pressure mapping again in 6 weeks.",
         "<<Jonah Feldman>>", "Funding panel on 22/01: include the MDT letter."),
        ("fn", "Genetics letter on file.", "((gen:Confirms the DMD exon 45-50 deletion)) found in 2016."),
        ("box", ["Transport: tie-down points fitted, fine for the school taxi", "Charger: 24V, at home and school"]),
    ]
    return docx_file(d, body,
                     header="ACWATS - Specialist Seating Assessment - NHS number [[nhs:999 742 1655]]",
                     footer="Clinician: <<Rachel Umeh>>, Clinical Scientist (Rehabilitation Engineering)",
                     author="<<Rachel Umeh>>", editor="<<Jonah Feldman>>", title="Seating assessment")


@document("eye-gaze-loan.odt")
def eye_gaze_loan(d):
    return odt_file(d, [
        ("h", "Loan agreement - eye-gaze communication aid and environmental control"),
        "Patient: <<Ciarán Ó Maoláin>>   NHS no. [[nhs:999 218 4639]]   DOB [[dob:14/02/1971]]",
        "Diagnosis: ((hea:motor neurone disease; now communicates by eye-gaze))",
        ("table", [["Item", "Serial", "Value"],
                   ["Tobii Dynavox I-13 with eye tracker", "TD13-2218-44719", "£11,950"],
                   ["Possum Primo environmental control", "PR-0098812", "£2,300"],
                   ["Rehadapt floor stand and mounting arm", "RA-55120", "£1,140"]]),
        "The equipment remains NHS property. Borrower's representative: <<Orla Ó Maoláin>> (wife).",
        "Address for servicing: 7 Hollins Close, Skipton [[pc:BD93 6PW]]",
        ("note", "Home visit to set up the TV, door and lights booked for 20/01.", "<<Ifeoma Chukwu>>",
         "Check the router: the door release depends on the Wi-Fi."),
    ], author="<<Ifeoma Chukwu>>")


@document("repairs-log.xlsx")
def repairs_log(d):
    repairs = [["Job", "Logged", "Client", "Address", "Postcode", "Phone", "Chair", "Fault", "Priority",
                "Engineer", "Notes"],
               ["JR-7710", Date("2026-01-05"), "<<Ivy Hepworth>>", "Flat 12, {{Florence Mews}}, Keighley",
                "[[pc:BD98 7LS]]", "[[phone:(01632) 960 112]]", "Manual, Küschall", "Flat tyre, brake slipping",
                "Routine", "<<Dale Winterburn>>", ""],
               ["JR-7711", Date("2026-01-06"), "<<Samir Haddad>>", "2 Aire View, Bingley", "[[pc:BD97 2UP]]",
                "[[phone:07700 900 744]]", "Powerchair, Permobil M3", "Will not drive - joystick error E47",
                "Urgent", "<<Dale Winterburn>>",
                "((hea:On overnight ventilation; needs the chair for transfers)). ((bio:Fingerprint immobiliser "
                "re-enrolled, right thumb)) after the control module swap."],
               ["JR-7712", Date("2026-01-07"), "<<Ciarán Ó Maoláin>>", "7 Hollins Close, Skipton", "[[pc:BD93 6PW]]",
                "[[phone:01632 960 187]]", "Eye-gaze mount", "Mount loose", "Same day", "<<D. Winterburn>>", ""],
               ["JR-7713", Date("2026-01-08"), "<<Euphemia Gordon-Lennox>>", "The Lodge, Steeton",
                "[[pc:BD92 6RT]]", "[[phone:01632 960 190]]", "Manual, attendant-propelled", "Cushion cover torn",
                "Routine", "<<Lee Ormerod>>", "Key safe code held on the system, not here"]]
    contractors = [["Company", "Contact", "Phone", "Email"],
                   ["{{Ross Care}}", "<<Mandeep Gill>>", "[[phone:0113 496 0662]]", "[[email:m.gill@rosscare.example.com]]"],
                   ["Pennine Wheelchair Repairs", "<<Lee Ormerod>>", "[[phone:0113 496 0670]]",
                    "[[email:lee@pwr.example.co.uk]]"]]
    return xlsx_file(d, [("Repairs", repairs), ("Contractors", contractors)],
                     author="<<Dale Winterburn>>", editor="<<Priyanka Venkataraman>>")


@document("voice-banking-consent.pdf")
def voice_banking_consent(d):
    return pdf_file(d, [
        "ACWATS - VOICE BANKING: INFORMATION AND CONSENT",
        "",
        "Patient:        <<Ciarán Ó Maoláin>>",
        "Date of birth:  [[dob:14th February 1971]]",
        "NHS number:     [[nhs:999 218 4639]]",
        "",
        "Because ((hea:motor neurone disease is expected to affect your speech)), we offer voice banking:",
        "you record about 1,500 sentences at home and a supplier builds a synthetic voice for your",
        "communication aid. The recordings are used only to build your voice; they are not used to",
        "identify you, and no voiceprint is kept for security or access purposes.",
        "",
        "I consent to my recordings being sent to the supplier and kept until my voice is built.",
        "",
        "Signed: <<Ciarán Ó Maoláin>> (by eye-gaze)",
        "Witness: <<Ifeoma Chukwu>>, Speech and Language Therapist      Date: 13/01/2026",
        "",
        "ACWATS, Unit 4 Castlefield Industrial Estate, Bingley [[pc:BD97 2RR]]   [[phone:01632 960 550]]",
    ], title="Voice banking consent", author="<<Ifeoma Chukwu>>")


@document("carer-complaint.mbox")
def carer_complaint(d):
    jeanette = ("<<Jeanette Hepworth>>", "[[email:jeanette.hepworth@example.com]]")
    manager = ("<<Priyanka Venkataraman>>", "[[email:priyanka.venkataraman@acwats.example.nhs.uk]]")
    return mbox_file(d, [
        ({"from": jeanette, "to": [("", AT_MAIL)], "subject": "Mum's wheelchair - third complaint",
          "date": "Mon, 12 Jan 2026 07:12:40 +0000", "id": "jh-0112@example.com",
          "envelope": "Mon Jan 12 07:12:40 2026"},
         ["I'm writing again about my mother, <<Ivy Hepworth>> (NHS [[nhs:999 104 3721]]).",
          "((hea:She has MS and has now fallen three times)) because the brakes on her chair slip.",
          "The repair was logged on 5 January (JR-7710) and nobody has come.",
          "I am her carer and hold her lasting power of attorney.", "", "<<Jeanette>>"]),
        ({"from": manager, "to": [jeanette], "subject": "Re: Mum's wheelchair - third complaint",
          "date": "Mon, 12 Jan 2026 10:30:02 +0000", "id": "pv-771@acwats.example.nhs.uk",
          "reply_to_id": "jh-0112@example.com", "envelope": "Mon Jan 12 10:30:02 2026"},
         ["Dear Ms <<Hepworth>>,", "",
          "I am sorry. Our engineer, <<Dale>>, will come tomorrow between 8 and 12.", "",
          "Kind regards,", "<<Priyanka Venkataraman>>", "Service Manager, [[phone:01632 960 551]]"]),
        ({"from": jeanette, "to": [manager], "subject": "Re: Mum's wheelchair - third complaint",
          "date": "Tue, 13 Jan 2026 15:48:19 +0000", "id": "jh-0113@example.com",
          "reply_to_id": "pv-771@acwats.example.nhs.uk", "envelope": "Tue Jan 13 15:48:19 2026"},
         ["Thank you. <<Dale>> came and fixed the brakes.",
          "Mum ((hea:is still very shaky since her last fall)); could the OT review her cushion?", "",
          "> Our engineer, <<Dale>>, will come tomorrow between 8 and 12.", "", "<<J. Hepworth>>"]),
    ])


@document("wheelchair-clinic-list.html")
def wheelchair_clinic_list(d):
    return html_file(d, "Wheelchair clinic list 20/01/2026", [
        ("h1", "Wheelchair clinic - Tuesday 20 January 2026"),
        ("p", "Room: {{Guttmann Suite}}, ground floor, next to {{Nightingale Ward}}. Clinic lead: <<Rachel Umeh>>."),
        ("table", [["Time", "Patient", "NHS no.", "Age", "Reason", "Clinician"],
                   ["09:00", "<<Zayan Akhtar>>", "[[nhs:999 630 8170]]", "8",
                    "((hea:CP - review of supportive buggy and hip posture))", "<<R. Umeh>>"],
                   ["09:45", "<<Ivy Hepworth>>", "[[nhs:999 104 3721]]", "67", "((hea:MS - falls; cushion review))",
                    "<<J. Feldman>>"],
                   ["10:30", "<<Emi Nakamura-Holt>>", "[[nhs:9999612385]]", "31",
                    "((hea:SCI T10 - new lightweight active user chair))", "<<R. Umeh>>"],
                   ["11:15", "<<Bernard Oxley>>", "[[nhs:999 071 8490]]", "74",
                    "((hea:Bilateral above-knee amputation - powered chair trial))", "<<J. Feldman>>"]]),
        ("ul", ["Urdu interpreter booked for 09:00 for <<Zayan>>'s mother.",
                "Porter on call: <<Kevin Ashby>>, bleep 4410.",
                "Enquiries: " + AT_MAIL]),
    ])


@document("equipment-events.jsonl")
def equipment_events(d):
    return jsonl_file(d, [
        {"ts": "2026-01-07T10:12:00Z", "event": "issue", "patientName": "<<Samir Haddad>>",
         "nhsNumber": "[[nhs:9993480711]]", "item": "Permobil M3 Corpus",
         "notes": "((hea:C5 tetraplegia)); ((bio:owner's fingerprint enrolled on the immobiliser))",
         "technician": "<<Dale Winterburn>>", "clientIp": "[[ip:203.0.113.77]]"},
        {"ts": "2026-01-08T14:40:00Z", "event": "collect", "patientName": "<<Harold Swithenbank>>",
         "nhsNumber": "[[nhs:9995631903]]", "item": "Attendant chair",
         "notes": "Died 02/01/2026; chair collected from his daughter <<Moira>>",
         "technician": "<<Lee Ormerod>>", "clientIp": "[[ip:203.0.113.78]]"},
        {"ts": "2026-01-09T09:05:00Z", "event": "loan", "patientName": "<<Zayan Akhtar>>",
         "dob": "[[dob:2017-06-27]]", "item": "Zippie Voyage buggy",
         "notes": "((hea:hip surveillance: right hip subluxation))", "technician": "<<Rachel Umeh>>",
         "clientIp": "[[ip:203.0.113.77]]"},
        {"ts": "2026-01-13T16:20:00Z", "event": "service", "patientName": "<<Ciarán Ó Maoláin>>",
         "item": "Tobii Dynavox I-13", "notes": "Software update; banked voice installed",
         "technician": "<<Ifeoma Chukwu>>", "clientIp": "[[ip:2001:db8:ac::9]]"},
    ])


@document("policy-wheelchair-service-privacy.html")
def policy_wheelchair_privacy(d):
    return html_file(d, "Privacy notice - wheelchair and assistive technology service", [
        ("h1", "How the wheelchair and assistive technology service uses your information"),
        ("p", "We hold your name, address, NHS number and the health information we need to assess you and "
              "to provide, repair and collect your equipment. Health information is special category data; "
              "we process it to provide health care."),
        ("h2", "Who we share it with"),
        ("ul", ["Our repair contractors: your address, phone number and the equipment only.",
                "Your GP and the clinicians who referred you: assessment reports.",
                "Voice banking suppliers, with your consent: your recordings, used only to build a voice."]),
        ("h2", "Fingerprint immobilisers"),
        ("p", "Some powered chairs can be locked with a fingerprint reader. The fingerprint template is held "
              "in the chair's control module, never by the service, and is deleted when the chair is returned."),
        ("dl", [["How long we keep records", "8 years after the equipment is returned (25th birthday for children)"],
                ["Contact", AT_MAIL]]),
    ])



# 6. Larkspur Mortgage & Protection: fact-finds, underwriting and due diligence

LMP_MAIL = "[[email:advice@larkspurmp.example.co.uk]]"
HARRIET = ("<<Harriet Moorhouse>>", "[[email:harriet.moorhouse@larkspurmp.example.co.uk]]")


@document("protection-factfind.docx")
def protection_factfind(d):
    body = [
        ("h", "Client 1"),
        ("table", [["Name", "<<Owain Rhys-Davies>>"], ["Date of birth", "[[dob:1984-01-17]]"],
                   ["NI number", "[[nino:QQ 31 77 42 B]]"], ["Passport", "[[pass:548821730]]"],
                   ["Relationship", "((sex:Civil partner of Client 2, a same-sex couple)), registered 2019"]]),
        ("h", "Client 2"),
        ("table", [["Name", "<<Tobias Lindqvist>>"], ["Date of birth", "[[dob:August 21, 1986]]"],
                   ["Driving licence", f"[[dl:{dvla('Lindqvist', '1986-08-21', 'T', False, '9TL')}]]"],
                   ["Mobile", "[[phone:07700 900 962]]"]]),
        ("h", "Income and dependants"),
        "<<Owain>>: employed planner, £52,000 a year. <<Tobias>>: self-employed joiner, net profit £38,400 "
        "(two years' tax calculations seen). Dependant: <<Elsie>> (4), adopted in 2023.",
        ("h", "Medical questions - life and critical illness cover"),
        "Q4 Have you ever tested positive for HIV? Client 1: Yes - ((hea:diagnosed in 2016, on antiretroviral "
        "therapy, viral load undetectable)). Client 2: No.",
        "Q7 Family history: Client 2's mother had breast cancer at 44; ((gen:Client 2 tested positive for a "
        "BRCA1 variant)) in 2022.",
        ("comment", "Smoker status: ", "non-smokers, both", ", no vaping in 12 months.", "<<Harriet Moorhouse>>",
         "Check the insurers' HIV underwriting; two offer standard terms."),
        ("fn", "Client 1's consultant letter requested.",
         "Access to Medical Reports Act consent signed 08/01/2026."),
        ("box", ["Recommendation pending underwriting", "Adviser: <<Harriet Moorhouse>>, CeMAP"]),
    ]
    return docx_file(d, body, header="Larkspur Mortgage & Protection - Fact Find (Protection)",
                     footer="Larkspur is an appointed representative; FCA firm reference 801144",
                     author="<<Harriet Moorhouse>>", title="Protection fact find")


@document("underwriter-referral.eml")
def underwriter_referral(d):
    m = {"from": ("<<Deborah Quarshie>>", "[[email:d.quarshie@northstarlife.example.com]]"),
         "to": [HARRIET], "cc": [("Larkspur Admin", LMP_MAIL)],
         "subject": "Underwriting referral - income protection - <<Lee Gribbin>>",
         "date": "Thu, 08 Jan 2026 14:22:09 +0000", "id": "nsl-uw-55219@northstarlife.example.com"}
    body = [
        "Hi <<Harriet>>,",
        "",
        "We've reviewed the income protection application for Mr <<Lee Gribbin>> (DOB [[dob:14.10.1979]]).",
        "",
        "1. He has declared ((crim:an unspent conviction for fraud by false representation, 2022, with a "
        "suspended sentence)). Our financial crime team has cleared the case, but we cannot offer "
        "own-occupation cover.",
        "2. ((hea:BMI 37 with type 2 diabetes, HbA1c 61 on metformin)): standard terms plus 75%.",
        "",
        "Please confirm your client accepts, or send consent for a GP report.",
        "",
        "Kind regards,",
        "<<Deborah Quarshie>>",
        "Senior Underwriter, Northstar Life, [[phone:+44 20 7946 0419]]",
    ]
    summary = delimited(d, [["Applicant", "DOB", "Product", "Decision"],
                            ["<<Lee Gribbin>>", "[[dob:14/10/1979]]", "Income protection",
                             "Referred: ((crim:unspent conviction)) and ((hea:BMI 37, type 2 diabetes))"]])
    terms = pdf_file(d, ["NORTHSTAR LIFE - TERMS OFFERED",
                         "Applicant: <<Lee Gribbin>>   Policy: IP-552190",
                         "Benefit: £2,400 a month after 13 weeks; any-occupation definition.",
                         "Premium: standard plus 75% (((hea:diabetes and BMI))).",
                         "Underwriter: <<Deborah Quarshie>>"],
                     title="Terms offered", author="<<Deborah Quarshie>>")
    return eml_file(d, m, body, html_blocks=[line for line in body if line],
                    attachments=[("referral-summary.csv", "text/csv; charset=utf-8", summary),
                                 ("terms.pdf", "application/pdf", terms)])


@document("pep-checks.xlsx")
def pep_checks(d):
    pep = [["Client", "Date of birth", "PEP?", "Role", "Sanctions", "Adverse media", "Risk", "Checked by"],
           ["Cllr <<Marjorie Ellerby>>", d.date_of_birth("1961-05-12"), "Yes - domestic PEP",
            "((pol:Liberal Democrat councillor for Knaresborough East, North Yorkshire Council))", "No match",
            "None", "Medium", "<<H. Moorhouse>>"],
           ["<<Ravinder Singh Bhogal>>", d.date_of_birth("1969-03-08"), "Yes - party officer",
            "((pol:Treasurer, Harrogate and Knaresborough Conservative Association))", "No match", "None",
            "Medium - source of deposit (inheritance) evidenced", "<<H. Moorhouse>>"],
           ["<<Tobias Lindqvist>>", d.date_of_birth("1986-08-21"), "No", "", "No match", "None", "Low",
            "<<H. Moorhouse>>"],
           ["<<Lee Gribbin>>", d.date_of_birth("1979-10-14"), "No", "", "No match",
            "((crim:Local press report of his 2022 fraud conviction))", "High", "<<H. Moorhouse>>"]]
    ids = [["Client", "Document", "Number", "Expires", "Method"],
           ["<<Owain Rhys-Davies>>", "UK passport", "[[pass:548821730]]", Date("2031-04-30"), "Certified copy"],
           ["<<Marjorie Ellerby>>", "Photocard driving licence",
            f"[[dl:{dvla('Ellerby', '1961-05-12', 'M', True, '9ME')}]]", Date("2029-09-01"), "Seen in person"],
           ["<<Ravinder Singh Bhogal>>", "UK passport", "[[pass:539017264]]", Date("2030-11-15"), "App check"],
           ["<<Lee Gribbin>>", "Photocard driving licence",
            f"[[dl:{dvla('Gribbin', '1979-10-14', 'L', False, '9LG')}]]", Date("2032-02-19"), "Seen in person"]]
    return xlsx_file(d, [("PEP and sanctions", pep), ("ID verification", ids)], author="<<Harriet Moorhouse>>")


@document("direct-debits.tsv")
def direct_debits(d):
    return delimited(d, [
        ["Mandate", "Client", "Policy", "Provider", "Premium", "Sort code / account", "Collection day"],
        ["LMP-DD-3301", "<<Owain Rhys-Davies>> & <<Tobias Lindqvist>>", "Joint life and critical illness",
         "Vitality", "£64.18", "[[bank:20-71-64 / 43019827=>207164:43019827]]", "1st"],
        ["LMP-DD-3302", "Cllr <<Marjorie Ellerby>>", "Level term", "Legal & General", "£22.40",
         "[[bank:40-11-62 / 90331458=>401162:90331458]]", "15th"],
        ["LMP-DD-3303", "<<GRIBBIN, Lee>>", "Income protection", "Northstar Life", "£48.90",
         "[[bank:09-01-29 / 11804472=>090129:11804472]]", "28th"],
        ["LMP-DD-3304", "Dr <<Fenella Ashby-Grant>>", "Family income benefit", "Royal London", "£15.75",
         "[[bank:30-15-57 / 62093318=>301557:62093318]]", "7th"],
    ], delimiter="\t")


@document("client-mail.mbox")
def client_mail(d):
    nikhil = ("<<Nikhil Varma>>", "[[email:nikhil.varma@example.net]]")
    return mbox_file(d, [
        ({"from": nikhil, "to": [HARRIET], "subject": "Do I need to mention my depression?",
          "date": "Fri, 09 Jan 2026 19:03:27 +0000", "id": "nv-1@example.net", "envelope": "Fri Jan  9 19:03:27 2026"},
         ["Hi <<Harriet>>,", "",
          "Quick question before I sign. ((hea:I was treated for depression in 2021 with sertraline for nine "
          "months)) and I'm fine now. Do I need to put that on the form?",
          "Also my wife, <<Ananya>>, ((hea:is 20 weeks pregnant)). Does that affect her cover?", "",
          "Thanks,", "<<Nikhil>>"]),
        ({"from": HARRIET, "to": [nikhil], "subject": "Re: Do I need to mention my depression?",
          "date": "Mon, 12 Jan 2026 09:10:45 +0000", "id": "hm-3301@larkspurmp.example.co.uk",
          "reply_to_id": "nv-1@example.net", "envelope": "Mon Jan 12 09:10:45 2026"},
         ["Hi <<Nikhil>>,", "",
          "Yes, please disclose it: anything not disclosed can void the policy when you claim.",
          "I'll call <<Ananya>> about her cover this week.", "",
          "> Do I need to put that on the form?", "",
          "Best wishes,", "<<Harriet>>", "Larkspur Mortgage & Protection, [[phone:0113 496 0995]]"]),
        ({"from": nikhil, "to": [HARRIET], "subject": "Re: Do I need to mention my depression?",
          "date": "Mon, 12 Jan 2026 20:44:02 +0000", "id": "nv-2@example.net",
          "reply_to_id": "hm-3301@larkspurmp.example.co.uk", "envelope": "Mon Jan 12 20:44:02 2026"},
         ["OK, done. Our new address from 1 February is 4 Beech Grove, Ripon [[pc:HG94 2NW]].", "", "<<N. Varma>>"]),
    ])


@document("adviser-case-notes.md")
def adviser_case_notes(d):
    return text_file(d, [
        "# Case notes - <<Kieron McAllister>> (income protection)",
        "",
        "| Field | Detail |",
        "|---|---|",
        "| Date of birth | [[dob:9 Nov 1983]] |",
        "| Email | [[email:kieron.mcallister@example.com]] |",
        "| Mobile | [[phone:07700 900 977]] |",
        "| Adviser | <<H. Moorhouse>> |",
        "",
        "- **06/01** First call. Self-employed electrician, two children. Wants income protection on top of "
        "his union cover.",
        "- **06/01** ((tu:He is a Unite member)); Unite's death benefit is small and has no sick pay element.",
        "- **08/01** ((hea:Back surgery, an L4/L5 discectomy, in 2019)): expect a back exclusion.",
        "- **09/01** Partner <<Shona Kerr>> asked about joint life cover; ((hea:she has coeliac disease)), "
        "standard terms expected.",
        "- **12/01** Application sent to Northstar Life, ref NSL-IP-552871.",
    ])


@document("kyc-check.json")
def kyc_check(d):
    return json_file(d, {"applicationId": "LMP-2026-0017", "adviser": "<<Harriet Moorhouse>>", "applicants": [
        {"firstName": "<<Ravinder>>", "middleName": "<<Singh>>", "lastName": "<<Bhogal>>",
         "dateOfBirth": "[[dob:1969-03-08]]", "passportNumber": "[[pass:539017264]]",
         "addressHistory": [{"line1": "The Old Vicarage, Church Lane", "town": "Pannal",
                             "postcode": "[[pc:HG93 1AQ]]", "from": "2014-06"}],
         "identityCheck": {"selfie": "((bio:face match 0.97 against the passport photo; liveness passed))",
                           "ipAddress": "[[ip:2001:db8:4a::17]]"},
         "pep": "((pol:Yes - treasurer of a Conservative association))"},
        {"fullName": "<<Kulwinder Kaur Bhogal>>", "dateOfBirth": "[[dob:1971-12-24]]",
         "passportNumber": "[[pass:552904318]]",
         "addressHistory": [{"line1": "The Old Vicarage, Church Lane", "town": "Pannal",
                             "postcode": "[[pc:HG93 1AQ]]", "from": "2014-06"}],
         "identityCheck": {"selfie": "((bio:face match 0.94; liveness passed))", "ipAddress": "[[ip:198.51.100.94]]"},
         "pep": "No (spouse of a PEP)"},
    ]})


@document("suitability-letter.pdf")
def suitability_letter(d):
    return pdf_file(d, [
        "LARKSPUR MORTGAGE & PROTECTION",
        "12 Station Parade, Harrogate [[pc:HG99 2LP]]   [[phone:0113 496 0995]]   " + LMP_MAIL,
        "",
        "Mr <<Abdul Basit Rahman>> and Mrs <<Shazia Rahman>>",
        "27 Kingsway Drive, Harrogate [[pc:HG97 4DS]]",
        "",
        "14 January 2026",
        "",
        "Dear Mr and Mrs <<Rahman>>,",
        "",
        "OUR RECOMMENDATION: A HOME PURCHASE PLAN",
        "",
        "You told us that, ((rel:as practising Muslims, you want to avoid paying interest, or riba)), so we",
        "looked only at Sharia-compliant home finance. We recommend a home purchase plan from",
        "{{Al Rayan Bank}} for £210,000 over 25 years, with a monthly payment of about £1,262.",
        "",
        "Protection: decreasing term cover of £210,000 on you both; you chose not to take critical",
        "illness cover, and we have recorded that choice.",
        "",
        "Yours sincerely,",
        "<<Harriet Moorhouse>>, Mortgage and Protection Adviser",
    ], title="Suitability letter", author="<<Harriet Moorhouse>>")


@document("policy-broker-health-data.odt")
def policy_broker_health(d):
    return odt_file(d, [
        ("h", "Larkspur Mortgage & Protection - special category data in advice"),
        "Protection advice needs health information: insurers ask about conditions, treatment, family "
        "history, genetic test results (only where the industry code allows), smoking and BMI. We collect "
        "what the insurer's questions ask, with the client's explicit consent, and pass it to the insurer.",
        "Politically exposed persons: councillors and senior party officers are domestic PEPs. We record "
        "the role and the check, not the person's views.",
        "Convictions: a client must declare unspent convictions to insurers. We record the declaration and "
        "the insurer's decision in the restricted part of the file.",
        "Faith: where a client asks for Sharia-compliant finance we record the product chosen, not the "
        "reason, unless the client asks us to.",
        ("table", [["Record", "Kept for"], ["Fact find and suitability letter", "Life of the policy + 6 years"],
                   ["ID documents", "5 years after the business relationship ends"],
                   ["Declined applications", "2 years"]]),
        "Questions: " + LMP_MAIL,
    ])



# 7. Brackenfield Council: home-to-school transport

HTST_MAIL = "[[email:schooltransport@brackenfield.example.gov.uk]]"


@document("sen-transport-eligibility.xlsx")
def sen_transport_eligibility(d):
    sen = [["Pupil", "Date of birth", "School", "Year", "EHCP primary need", "Medical / transport needs",
            "Distance (miles)", "Decision", "Officer"],
           ["<<Lily-Mae Broadbent>>", d.date_of_birth("2017-06-19"), "{{Hollin Hall}} School", "Y4",
            "((hea:Autism, with an EHCP))",
            "((gen:SCN1A variant)); ((hea:Dravet syndrome, buccal midazolam must travel with her))",
            Num(4.6), "Eligible - passenger assistant required", "<<Yvonne Plowright>>"],
           ["<<Reuben Adeyemi-Cole>>", d.date_of_birth("2019-02-03"), "Cross Lane Primary (resourced provision)",
            "Y2", "((hea:Speech, language and communication needs))", "None", Num(1.4),
            "Eligible - cannot walk the route even accompanied", "<<Yvonne Plowright>>"],
           ["<<Mateusz Kowalczyk>>", d.date_of_birth("2011-10-30"), "Brackenfield Academy", "Y9",
            "((hea:Social, emotional and mental health))", "", Num(2.2), "Refused - under the statutory distance",
            "<<Ahmed Latif>>"],
           ["<<Summer Hirst>>", d.date_of_birth("2013-05-25"), "Brackenfield Academy", "Y7",
            "((hea:Vision impairment; registered severely sight impaired))", "Guide cane; kerbside pick-up",
            Num(3.1), "Eligible", "<<Ahmed Latif>>"]]
    appeals = [["Pupil", "Stage", "Parent", "Grounds", "Outcome", "Date"],
               ["<<Mateusz Kowalczyk>>", "Stage 1", "<<Agata Kowalczyk>>",
                "((hea:Severe anxiety; he cannot use the public bus, letter from CAMHS))", "Upheld",
                Date("2026-01-09")]]
    return xlsx_file(d, [("SEN assessments", sen), ("Appeals", appeals)], author="<<Yvonne Plowright>>")


@document("seizure-rescue-plan.docx")
def seizure_rescue_plan(d):
    body = [
        ("h", "Emergency seizure plan - <<Lily-Mae Broadbent>>"),
        ("table", [["Date of birth", "[[dob:19-Jun-2017]]"], ["NHS number", "[[nhs:999 411 2961]]"],
                   ["Parent", "<<Kirsty Broadbent>>, [[phone:07700 900 391]]"], ["Route", "BK-SEN-14"]]),
        "<<Lily-Mae>> ((hea:has Dravet syndrome and tonic-clonic seizures, often in clusters)). ((gen:Her SCN1A "
        "variant was found on genetic testing in 2019)).",
        "If a seizure lasts 5 minutes: the driver pulls over safely, the passenger assistant gives ((hea:buccal "
        "midazolam 5 mg)) from the red bag, notes the time and calls 999.",
        "Do not give a second dose. Stay with her until the ambulance arrives, then phone her mum.",
        ("comment", "Passenger assistant: ", "<<Bernadette Quinlan>>", ", trained on 12/12/2025 by the epilepsy nurse.",
         "<<Kirsty Broadbent>>", "Please always sit <<Bernie>> next to her; she knows the signs."),
        ("fn", "Epilepsy nurse: <<Gemma Rowntree>>, [[phone:0114 496 0782]].", "Training renewed every year."),
        ("box", ["RED BAG travels with her on every journey",
                 "Driver: <<Stuart Hinchcliffe>>, {{Ambler & Sons Coaches}}"]),
    ]
    return docx_file(d, body,
                     header="Brackenfield Council - Passenger Transport - Individual Health Care Plan",
                     footer="Review by 31/08/2026", author="<<Yvonne Plowright>>", editor="<<Gemma Rowntree>>",
                     title="Emergency seizure plan")


@document("denominational-transport.csv")
def denominational_transport(d):
    return delimited(d, [
        ["Application", "Pupil", "DOB", "School applied for", "Denomination", "Evidence", "Distance", "Decision"],
        ["DT-2026-011", "<<Francesca Moretti>>", "[[dob:2014-11-05]]", "{{St Bede's}} Catholic Grammar",
         "((rel:Roman Catholic))", "((rel:Baptism certificate seen, 2015))", "3.8 miles", "Approved - denominational"],
        ["DT-2026-012", "<<Joshua Appiah-Kubi>>", "[[dob:21/03/2014]]", "{{Bishop Lonsdale}} C of E Academy",
         "((rel:Church of England))", "((rel:Vicar's letter: worships every week at St Mary's, Denby))", "4.4 miles",
         "Approved - denominational"],
        ["DT-2026-013", "<<Aoife Brennan-Tully>>", "[[dob:7/9/2014]]", "{{St Bede's}} Catholic Grammar",
         "Not stated", "None", "4.1 miles", "Refused - no evidence; nearest suitable school offered"],
        ["DT-2026-014", "<<Hamza Qureshi>>", "[[dob:2014-01-16]]", "Al-Noor Boys' Academy", "((rel:Muslim))",
         "((rel:Letter from his imam at Jamia Masjid))", "5.2 miles",
         "Refused - policy covers Church of England and Catholic schools only; appeal advised"],
    ])


@document("traveller-routes.ods")
def traveller_routes(d):
    routes = [["Route", "Operator", "Pick-up", "Time", "School", "Vehicle"],
              ["BK-GRT-2", "Castle Cars", "{{Dale Lane}} Travellers' Site, main gate", "08:05", "Thornhill Primary",
               "8-seat minibus"],
              ["BK-GRT-3", "Castle Cars", "{{Dale Lane}} Travellers' Site, main gate", "07:50", "Brackenfield Academy",
               "Saloon"]]
    pupils = [["Pupil", "Date of birth", "Route", "Pitch", "School", "Ethnicity (census)", "Attendance note"],
              ["<<Jimmy-Lee Loveridge>>", d.date_of_birth("2016-03-14"), "BK-GRT-2", "Pitch 6", "Thornhill Primary",
               "((eth:Gypsy/Roma))", "Family travels May to September; distance learning pack"],
              ["<<Bridget McDonagh>>", d.date_of_birth("2014-08-02"), "BK-GRT-3", "Pitch 11", "Brackenfield Academy",
               "((eth:Traveller of Irish heritage))", ""],
              ["<<Patrick McDonagh>>", d.date_of_birth("2017-11-26"), "BK-GRT-2", "Pitch 11", "Thornhill Primary",
               "((eth:Traveller of Irish heritage))", ""],
              ["<<Levi Boswell>>", d.date_of_birth("2015-01-09"), "BK-GRT-2", "Pitch 3", "Thornhill Primary",
               "((eth:Gypsy/Roma))", "Elective home education considered - see the liaison officer"]]
    return ods_file(d, [("Routes", routes), ("Pupils", pupils)], author="<<Colm Devaney>>",
                    notes={(1, 2, 3): ("<<Colm Devaney>>", "Site warden <<Nellie Price>> asks for the pick-up at the "
                                                           "gate, not inside the site.")})


@document("passenger-assistants-dbs.html")
def passenger_assistants_dbs(d):
    return html_file(d, "Passenger assistants - DBS and training", [
        ("h1", "Passenger assistants: DBS and training register"),
        ("table", [["Name", "Staff no.", "DBS", "Certificate no.", "Issued", "Disclosure", "Training"],
                   ["<<Bernadette Quinlan>>", "PT0412", "Enhanced with children's barred list", "001698342251",
                    "11/03/2024", "Clear", "Epilepsy rescue medication 12/12/2025"],
                   ["<<Graham Sugden>>", "PT0419", "Enhanced with children's barred list", "001722905518",
                    "02/09/2024", "((crim:Caution for shoplifting in 2014)), disclosed and risk-assessed: approved",
                    "MiDAS passenger assistant"],
                   ["<<Fatima Zahra Benali>>", "PT0433", "Enhanced with children's barred list", "001801446275",
                    "20/05/2025", "Clear", "Autism awareness; MiDAS"],
                   ["<<Wayne O'Rourke>>", "PT0440", "Enhanced with children's barred list", "applied 05/01/2026",
                    "-", "Awaiting certificate: must not work alone", "Induction only"]]),
        ("dl", [["Safer recruitment lead", "<<Yvonne Plowright>>, " + HTST_MAIL],
                ["Drivers", "Operators hold their drivers' DBS certificates; we audit them each term."]]),
    ])


@document("contract-drivers.jsonl")
def contract_drivers(d):
    return jsonl_file(d, [
        {"driverId": "AMB-014", "operator": "{{Ambler & Sons Coaches}}", "name": "<<Stuart Hinchcliffe>>",
         "licenceNumber": f"[[dl:{dvla('Hinchcliffe', '1966-07-22', 'SJ', False, '9SH')}]]",
         "dateOfBirth": "[[dob:1966-07-22]]", "categories": "B, D1, D", "endorsements": [], "dbs": "Enhanced, clear"},
        {"driverId": "AMB-021", "operator": "{{Ambler & Sons Coaches}}", "name": "<<Alan Crowther>>",
         "licenceNumber": f"[[dl:{dvla('Crowther', '1974-04-03', 'A', False, '9AC')}]]",
         "dateOfBirth": "[[dob:1974-04-03]]", "categories": "B, D1",
         "endorsements": ["((crim:SP30 speeding, 3 points, offence 14/09/2024))"], "dbs": "Enhanced, clear"},
        {"driverId": "CC-007", "operator": "Castle Cars", "name": "<<Naveed Akram>>",
         "licenceNumber": f"[[dl:{dvla('Akram', '1982-12-01', 'N', False, '9NA')}]]",
         "dateOfBirth": "[[dob:1982-12-01]]", "categories": "B",
         "endorsements": ["((crim:DR10 drink driving, 2015, 18-month ban))"],
         "notes": "Endorsement now expired; declared at interview", "dbs": "Enhanced, clear"},
        {"driverId": "CC-011", "operator": "Castle Cars", "name": "<<Sharon Pickles>>",
         "licenceNumber": f"[[dl:{dvla('Pickles', '1970-09-18', 'S', True, '9SP')}]]",
         "dateOfBirth": "[[dob:1970-09-18]]", "categories": "B, D1", "endorsements": [],
         "medical": "((hea:Group 2 medical: type 2 diabetes on tablets, DVLA aware))", "dbs": "Enhanced, clear"},
    ])


@document("route-sheet-bk-sen-14.pdf")
def route_sheet(d):
    return pdf_file(d, [
        "BRACKENFIELD COUNCIL - ROUTE SHEET BK-SEN-14 - SPRING TERM 2026",
        "Operator: {{Ambler & Sons Coaches}}   Vehicle: tail-lift minibus YD23 PKE",
        "Driver: <<Stuart Hinchcliffe>>   Passenger assistant: <<Bernadette Quinlan>>",
        "",
        "07:45  <<Lily-Mae Broadbent>>, 12 Moorside Grove [[pc:S98 4NE]]",
        "       ((hea:Rescue medication in the red bag)); car seat",
        "08:02  <<Reuben Adeyemi-Cole>>, 3 Spring Gardens [[pc:S98 2WD]]",
        "       ((hea:Uses Makaton; needs his visual timetable))",
        "08:15  <<Ethan Ng>>, Flat 7, Regent House [[pc:S97 6GH]]",
        "       ((hea:Wheelchair user: clamp and four tie-downs)); ((hea:nut allergy, adrenaline pen in his bag))",
        "08:40  Arrive {{Hollin Hall}} School",
        "",
        "Parents: <<Kirsty Broadbent>> [[phone:07700 900 391]]; <<Tunde Adeyemi-Cole>> [[phone:07700 900 845]];",
        "<<Mei Ling Ng>> [[phone:07700 900 858]]",
        "Transport office: [[phone:0114 496 0300]]   " + HTST_MAIL,
        "Issued by <<Yvonne Plowright>>, Transport Eligibility Officer",
    ], title="Route sheet BK-SEN-14", author="<<Yvonne Plowright>>")


@document("parent-complaint.eml")
def parent_complaint(d):
    m = {"from": ("<<Miriam Rosenthal>>", "[[email:miriam.rosenthal@example.org]]"),
         "to": [("School Transport", HTST_MAIL)],
         "cc": [("<<Yvonne Plowright>>", "[[email:yvonne.plowright@brackenfield.example.gov.uk]]")],
         "subject": "Formal complaint – <<Noah>> left at the kerb",
         "date": "Wed, 14 Jan 2026 17:26:51 +0000", "id": "mr-complaint-0114@example.org"}
    body = [
        "Dear Transport Team,",
        "",
        "On Tuesday the taxi dropped my son <<Noah>> at the kerb outside our house and drove off before I "
        "reached the door. <<Noah>> ((hea:is autistic and has no sense of danger)); a neighbour found him at "
        "the end of the road.",
        "",
        "I have also asked twice for the Friday pick-up to be no later than 3pm in winter, because ((rel:we "
        "are an observant Jewish family and must be home before Shabbat begins)). Nothing has changed.",
        "",
        "<<Noah Rosenthal>>, date of birth [[dob:12/08/2015]], route BK-SEN-09.",
        "",
        "<<Miriam Rosenthal>>",
        "[[phone:+44 114 496 0917]]",
    ]
    letter = text_file(d, [
        "Brackenfield Council, Passenger Transport, Town Hall, Brackenfield [[pc:S99 1TH]]",
        "",
        "Dear Mrs <<Rosenthal>>,",
        "From 5 January <<Noah>>'s route changes to BK-SEN-09 with a new driver. The pick-up time is 08:10.",
        "Yours sincerely,",
        "<<Y. Plowright>>, Transport Eligibility Officer",
    ])
    return eml_file(d, m, body, html_blocks=[line for line in body if line],
                    attachments=[("route-change-letter.txt", "text/plain; charset=utf-8", letter)])


@document("policy-home-to-school-transport.md")
def policy_home_to_school(d):
    return text_file(d, [
        "# Home to school transport: how we handle applications",
        "",
        "Brackenfield Council, Passenger Transport",
        "",
        "## Eligibility",
        "",
        "Children of compulsory school age are eligible when they live beyond the statutory walking distance,",
        "cannot walk the route because of special educational needs, disability or mobility problems, or the",
        "route is unsafe. For SEN applications we ask for the EHCP and any medical evidence about travel.",
        "",
        "## Denominational transport",
        "",
        "Our discretionary policy helps pupils attending Church of England or Catholic schools on grounds of",
        "faith. Evidence of faith is read and returned; we record only that it was seen.",
        "",
        "## Health care plans",
        "",
        "Where a child needs medication on the journey, the family, school nurse and operator agree a plan",
        "and the passenger assistant is trained before the first journey. Plans go to the driver and",
        "assistant on the route and nobody else.",
        "",
        "## Ethnicity",
        "",
        "Ethnicity is collected by schools for the census, not by this team. Routes from Travellers' sites are",
        "planned with the Gypsy, Roma and Traveller liaison service.",
        "",
        "Contact: " + HTST_MAIL,
    ])



# 8. Meadowsweet Pain & Cannabinoid Clinic (private)

MPC_MAIL = "[[email:clinic@meadowsweetclinic.example.com]]"


@document("cbpm-prescriptions.xlsx")
def cbpm_prescriptions(d):
    rx = [["Rx no.", "Date", "Patient", "NHS no.", "Product", "THC / CBD", "Quantity", "Indication", "Prescriber",
           "GMC"],
          ["MPC-24117", Date("2026-01-05"), "<<Keeley Dunderdale>>", "[[nhs:999 786 3518]]",
           "{{Jack Herer}} T20 flower", "20% / <1%", "30 g", "((hea:Fibromyalgia))", "Dr <<Anselm Rutherford>>",
           "7041188"],
          ["MPC-24118", Date("2026-01-05"), "<<Oluwaseyi Bankole>>", "[[nhs:999 812 9478]]", "CBD oil 50 mg/ml",
           "<1% / 5%", "50 ml", "((hea:Chronic neuropathic pain after chemotherapy))", "Dr <<Anselm Rutherford>>",
           "7041188"],
          ["MPC-24119", Date("2026-01-07"), "<<Tamsin Carrow>>", "[[nhs:999 563 1903]]", "Balanced oil 1:1",
           "2.5% / 2.5%", "30 ml", "((hea:MS spasticity and pain))", "Dr <<Keziah Mwangi>>", "7112095"],
          ["MPC-24120", Date("2026-01-08"), "<<Grzegorz Malinowski>>", "[[nhs:999 184 5208]]", "T18 flower",
           "18% / <1%", "20 g", "((hea:Chronic low back pain; opioids failed))", "Dr <<Keziah Mwangi>>", "7112095"]]
    patients = [["Patient", "Date of birth", "Address", "Postcode", "Mobile", "GP"],
                ["<<Keeley Dunderdale>>", d.date_of_birth("1982-02-07"), "19 Cardigan Road, Leeds", "[[pc:LS96 2QP]]",
                 "[[phone:07700 900 140]]", "Dr <<Lomax>>, {{Beeston Village}} Surgery"],
                ["<<Oluwaseyi Bankole>>", d.date_of_birth("1975-06-30"), "3 Harehills Lane, Leeds", "[[pc:LS97 5DR]]",
                 "[[phone:07700 900 152]]", "Dr <<Chaudhary>>, {{Shakespeare Medical Practice}}"],
                ["<<Tamsin Carrow>>", d.date_of_birth("1977-01-30"), "8 Otley Old Road, Leeds", "[[pc:LS96 8JN]]",
                 "[[phone:07700 900 163]]", "Dr <<Ngozi Okafor-Bell>>"],
                ["<<Grzegorz Malinowski>>", d.date_of_birth("1968-09-04"), "41 Town Street, Armley", "[[pc:LS92 3BT]]",
                 "[[phone:07700 900 177]]", "Dr <<Lomax>>, {{Beeston Village}} Surgery"]]
    return xlsx_file(d, [("Prescriptions", rx), ("Patients", patients)], author="<<Keziah Mwangi>>")


@document("new-patient-screening.docx")
def new_patient_screening(d):
    body = [
        ("h", "Patient: <<Declan Firth>>"),
        ("table", [["Date of birth", "[[dob:28 February 1990]]"], ["NHS number", "[[nhs:999 296 7137]]"],
                   ["Referral", "Self-referral through the website"],
                   ["Presenting problem", "((hea:Chronic knee pain after a tibial plateau fracture in 2021))"]]),
        "PHQ-9: 11 (moderate). GAD-7: 9. ((hea:History of depression; no psychosis.)) His brother has "
        "schizophrenia.",
        "Declared: ((crim:a conviction for possession of cannabis in 2019, fined £200)). Mr <<Firth>> says he "
        "was treating his own pain.",
        "No illicit use since October. Urine drug screen negative for synthetic cannabinoids.",
        ("comment", "Suitability: ", "proceed with low-dose THC oil", "; review in 4 weeks.", "<<Keziah Mwangi>>",
         "Agree. Avoid high-THC flower given the family history of psychosis."),
        ("fn", "Psychosis risk discussed with the patient.", "Patient leaflet version 3 given."),
        ("box", ["MDT: 15/01/2026", "Outcome: approved"]),
    ]
    return docx_file(d, body,
                     header="Meadowsweet Clinic - Initial consultation: psychiatric and substance screening",
                     footer="Consultant: Dr <<Anselm Rutherford>>, GMC 7041188",
                     author="<<Anselm Rutherford>>", editor="<<Keziah Mwangi>>", title="Initial screening")


@document("pharmacogenomic-report.pdf")
def pharmacogenomic_report(d):
    return pdf_file(d, [
        "HELIX & HART GENOMICS - PHARMACOGENOMIC REPORT",
        "",
        "Patient: <<TAMSIN CARROW>>     Date of birth: [[dob:30/01/1977]]     Sample: PGX-26-00412",
        "Requested by: Dr <<Keziah Mwangi>>, Meadowsweet Pain & Cannabinoid Clinic",
        "",
        "Gene       Genotype    Phenotype",
        "((gen:CYP2D6     *4/*4       Poor metaboliser))",
        "((gen:CYP2C9     *1/*3       Intermediate metaboliser))",
        "CYP3A4     *1/*1       Normal metaboliser",
        "",
        "Interpretation: codeine and tramadol are unlikely to relieve pain. THC clearance may be",
        "reduced (CYP2C9): start low and titrate slowly.",
        "((hea:Current medicines: pregabalin 150 mg twice daily, baclofen 10 mg three times daily))",
        "",
        "Reported by: <<Alasdair Fraser>>, Clinical Scientist, 09/01/2026",
        "{{Helix & Hart Genomics}}, Unit 9, Kirkstall Forge, Leeds [[pc:LS98 1GX]]",
    ], title="Pharmacogenomic report PGX-26-00412", author="<<Alasdair Fraser>>")


@document("gp-letter.rtf")
def gp_letter(d):
    return rtf_file(d, [
        "Dr <<Ngozi Okafor-Bell>>, {{Chapel Allerton}} Medical Practice, Leeds [[pc:LS97 4PW]]",
        "Dear Dr <<Okafor-Bell>>,",
        "Re: <<Tamsin Carrow>>, DOB [[dob:30.01.1977]], NHS [[nhs:999 563 1903]]",
        "I saw Ms <<Carrow>> on 12 January. ((hea:She has relapsing-remitting multiple sclerosis with painful "
        "spasticity)) despite baclofen and tizanidine.",
        "I have started a balanced THC:CBD oil, ((hea:2.5 mg of THC at night, increasing weekly)). ((gen:Her "
        "pharmacogenomic test shows she is a CYP2D6 poor metaboliser)); the report is enclosed.",
        "She must carry her prescription letter when she drives and must not drive if impaired.",
        "Yours sincerely,",
        "Dr <<Keziah Mwangi>>, Consultant in Pain Medicine, Meadowsweet Clinic, " + MPC_MAIL,
    ], title="Letter to GP - <<Tamsin Carrow>>", author="<<Keziah Mwangi>>",
        footnote=(5, "DVLA: ((hea:she has told the DVLA about her MS)), as she must."))


@document("patient-mail.eml")
def patient_mail(d):
    m = {"from": ("<<Rory Stanhope>>", "[[email:rory.stanhope@example.com]]"),
         "to": [("Meadowsweet Clinic", MPC_MAIL)],
         "subject": "Stopped by police with my prescription",
         "date": "Tue, 13 Jan 2026 08:07:14 +0000", "id": "rs-0113@example.com"}
    body = [
        "Hi,",
        "",
        "Last Saturday I was stopped in Leeds city centre and ((crim:arrested on suspicion of possession)) even "
        "though I showed the officers my prescription and the label on the tub. I was released after six "
        "hours with no further action, but it was humiliating.",
        "",
        "((pol:I'm standing for the Green Party in the May elections)) and drug-law reform is part of my "
        "campaign. Would the clinic mind if I told my story in a leaflet?",
        "",
        "I'm prescribed ((hea:cannabis flower for cluster headaches)) by Dr <<Rutherford>>. Could you send me a "
        "letter confirming the prescription that I can show police? My date of birth is [[dob:1 May 1985]].",
        "",
        "Thanks,",
        "<<Rory>>",
    ]
    label = text_file(d, [
        "Meadowsweet Pain & Cannabinoid Clinic - dispensing label",
        "Patient: <<Rory Stanhope>>",
        "Product: T18 flower, 10 g. Vaporise only.",
        "Prescriber: Dr <<A. Rutherford>> (GMC 7041188)",
    ])
    return eml_file(d, m, body, html_blocks=[line for line in body if line],
                    attachments=[("prescription-label.txt", "text/plain; charset=utf-8", label)])


@document("unison-welfare-letter.odt")
def unison_welfare_letter(d):
    return odt_file(d, [
        ("h", "UNISON Welfare - There for You"),
        "Ms <<Mwajuma Said Mohamed>>, 18 Grange Terrace, Leeds [[pc:LS96 4TD]]",
        "Our ref: TFY/YH/26/0193",
        "Dear <<Mwajuma>>,",
        "Thank you for your application. As ((tu:a UNISON member since 2011)), working as a staff nurse, you "
        "can ask us for help with one-off costs.",
        "We understand that ((hea:an injury to your back at work has left you with chronic pain)) and that you "
        "are paying for treatment at the Meadowsweet clinic while you wait for an NHS pain clinic.",
        "We have agreed a grant of £350 towards your consultation fees, paid straight to the clinic.",
        "Your branch welfare officer, <<Lorraine Nuttall>>, will ring you this week.",
        ("note", "Yours sincerely, <<Eilidh MacPherson>>, Welfare Officer", "<<Eilidh MacPherson>>",
         "Clinic invoice MPC-INV-8812 received; pay by BACS."),
    ], author="<<Eilidh MacPherson>>")


@document("clinic-payments.csv")
def clinic_payments(d):
    return delimited(d, [
        ["Payment", "Date", "Patient", "Description", "Amount", "Method", "Card number", "Auth", "IBAN / notes"],
        ["PAY-30871", "2026-01-05", "<<Keeley Dunderdale>>", "Follow-up: ((hea:chronic pain review))", "£99.00",
         "Card (phone)", "[[card:4000 0566 5566 5556]]", "A55102", ""],
        ["PAY-30872", "2026-01-05", "<<Rory Stanhope>>", "Prescription, flower 10 g", "£85.00", "Card",
         "**** **** **** 4444", "A55119", ""],
        ["PAY-30873", "2026-01-06", "<<Mwajuma Said Mohamed>>", "Initial consultation", "£150.00",
         "((tu:Grant from the UNISON welfare fund))", "", "", "Invoice MPC-INV-8812"],
        ["PAY-30874", "2026-01-06", "<<Henrike Vogelsang>>", "Initial consultation: ((hea:endometriosis pain))",
         "€180.00", "SEPA transfer", "", "", "[[iban:DE89 3704 0044 0532 0130 00]]"],
        ["PAY-30875", "2026-01-07", "<<Oluwaseyi Bankole>>", "Refund - cancelled appointment", "-£50.00", "Card",
         "[[card:5555 5555 5555 4444]]", "R10277", ""],
        ["PAY-30876", "2026-01-08", "<<Lachlan Baird>>", "Initial consultation", "£150.00", "Card (phone)",
         "[[card:3782 822463 10005]]", "A55188", "Reception: <<Kayleigh>>"],
    ])


@document("patient-portal.json")
def patient_portal(d):
    return json_file(d, {"portal": "Meadowsweet MyClinic", "exported": "2026-01-14", "accounts": [
        {"displayName": "<<Keeley Dunderdale>>", "email": "[[email:keeley.d@example.com]]",
         "mfaPhone": "[[phone:+447700900140]]", "lastLoginIp": "[[ip:203.0.113.150]]",
         "equality": {"ethnicity": "((eth:White - Irish))", "religion": "No religion",
                      "sexualOrientation": "Prefer not to say"}},
        {"displayName": "<<Anwar Hussain Mirza>>", "email": "[[email:anwar.mirza@example.net]]",
         "mfaPhone": "[[phone:+447700900181]]", "lastLoginIp": "[[ip:203.0.113.151]]",
         "equality": {"ethnicity": "((eth:Asian or Asian British - Pakistani))", "religion": "((rel:Muslim))",
                      "sexualOrientation": "((sex:Heterosexual))"}},
        {"displayName": "<<Tamsin Carrow>>", "email": "[[email:tamsin.carrow@example.org]]",
         "dateOfBirth": "[[dob:1977-01-30]]", "lastLoginIp": "[[ip:2001:db8:5e::42]]",
         "equality": {"ethnicity": "Prefer not to say", "religion": "((rel:Christian))",
                      "sexualOrientation": "((sex:Bisexual))"}},
        {"displayName": "<<Jo Hebblethwaite>>", "email": "[[email:jo.hebb@example.com]]",
         "lastLoginIp": "[[ip:198.51.100.201]]", "equality": None},
    ]})


@document("training-clinic-reception.txt")
def training_clinic_reception(d):
    return text_file(d, [
        "MEADOWSWEET CLINIC - RECEPTION TRAINING: CONFIDENTIALITY",
        "",
        "1. Everyone who contacts us is a patient of a pain clinic that prescribes cannabis-based medicines.",
        "   That fact alone is health information. Never confirm to a caller that someone is a patient.",
        "2. Police sometimes ring to check a prescription. Take the officer's name, number and station, ring",
        "   the station back on its published number, and pass the request to a prescriber.",
        "3. New patients declare past convictions for drug offences and answer psychiatric screening questions.",
        "   These forms go straight into the clinical record; do not scan them to the shared inbox.",
        "4. Pharmacogenomic results are genetic data. Only clinicians open them.",
        "5. Equality questions in the portal are optional. Do not ask patients to answer them at the desk.",
        "6. Card numbers are never written down. If a patient reads one out, key it into the terminal and",
        "   destroy any note.",
        "7. Union welfare funds and charities sometimes pay fees; record the payer, nothing more.",
    ])


# --- writing -----------------------------------------------------------------


def main():
    written, labels, problems = {}, [], []
    for file, write in WRITERS:
        d = Doc(file)
        try:
            data = write(d)
        except (PdfProblem, MboxProblem, ValueError) as e:
            problems.append(f"{file}: {e}")
            continue
        if file in written:
            problems.append(f"{file}: written twice")
        problems += [f"{file}: {p}" for p in d.problems()]
        written[file] = data
        labels.append(d.label())
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"{len(problems)} problems; nothing written", file=sys.stderr)
        sys.exit(1)
    if DOCS.exists():
        shutil.rmtree(DOCS)
    DOCS.mkdir()
    for file, data in written.items():
        (DOCS / file).write_bytes(data)
    labels.sort(key=lambda label: label["doc"])
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for label in labels:
            f.write(json.dumps(label, ensure_ascii=False) + "\n")
    print_totals(labels)


def print_totals(labels):
    negative = sum(label["doc"].startswith(("policy-", "training-")) for label in labels)
    names = sum(len(label["names"]) for label in labels)
    kinds, cats, formats = {}, {}, {}
    for label in labels:
        for kind, _ in label["ids"]:
            kinds[kind] = kinds.get(kind, 0) + 1
        for c in label["categories"]:
            cats[c] = cats.get(c, 0) + 1
        ext = label["doc"].rsplit(".", 1)[1]
        formats[ext] = formats.get(ext, 0) + 1

    def listed(counts):
        return ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    print(f"{len(labels)} documents ({negative} negative), {names} name labels, "
          f"{sum(kinds.values())} identifier labels: {listed(kinds)}")
    print(f"documents per category: {listed(cats)}")
    print(f"formats: {listed(formats)}")


if __name__ == "__main__":
    main()
