#!/usr/bin/env python3
"""Generate heldout24, the twenty-fourth blind held-out evaluation set.

72 synthetic documents from eight kinds of organisation (an adoption agency,
a probation service's Community Payback unit, an eating disorders charity, an
airport ID pass and vetting office, an NHS podiatry service, a community
transport dial-a-ride scheme, a travel health clinic, a supported employment
agency) plus eight policy and training texts that name no one.

Markup, rendered by `Doc.r`: `<<name>>` a person's name as written (label);
`[[kind:value]]` an identifier as written (label, normalised here);
`[[=kind:value]]` a label for an identifier spread over cells or written in
other words (writes nothing); `((category:words))` words revealing a special
category about a named person (label); `{{words}}` a distractor.

Judgement calls (the category labelling guide at the end of
tests/eval/README.md, points 1 to 8, is followed; its open cases decided so):
- health: a diagnosis, condition, disability, medication, a pregnancy, BMI
  given with an eating disorder, an ulcer, an amputation, nail surgery, a
  fitness-for-work answer naming a condition, HIV, immunosuppression, a
  vaccine contraindication, an egg allergy, oxygen, sight loss, dementia, a
  DVLA medical naming a condition, a job coach's note of autism or anxiety,
  Access to Work for a named condition; "fit for all work", "no conditions
  declared", a generic list of conditions and travel vaccines or
  antimalarials bought with no condition named are nothing.
- genetic: foetal alcohol spectrum disorder and Down syndrome named as a
  diagnosis are health, not genetic; a named person's genetic test result
  (a normal microarray, fragile X negative, HLA-B27, a trisomy 21
  karyotype) or consent to genotyping is genetic.
- biometric: fingerprint or facial enrolment for gates and doors of a named
  person; a photo on a pass is not.
- religious_belief: a named person's faith, observance days excluded from
  work, Friday prayers booked for named members, a Jehovah's Witness
  refusal of blood products, a Hajj or Umrah certificate for a named
  pilgrim, a child's faith in matching; a mosque's name alone is nothing.
- racial_ethnic_origin: an ethnicity field or a stated heritage.
- political_opinion: a named party membership, office or candidacy.
- trade_union: membership, a rep, a union meeting attended as a member.
- sex_life_orientation: a same-sex couple's relationship, a named person's
  wife or husband of the same sex, an orientation answered; a trans caller's
  gender identity alone is health only where dysphoria is named, and
  otherwise nothing (gender reassignment is not an Art. 9 category).
- criminal_offence: an order for an offence, a conviction (spent too), a
  sentence, remand, release on licence, a caution, a conditional
  discharge, a prison term in a referencing gap, an unspent conviction
  refusing a pass, a breach warning on an order; a clear DBS, "no trace",
  "Unspent convictions: None" and being a victim are nothing.
A relative's category counts only when the relative is named.
"""

import base64
import csv
import datetime
import io
import ipaddress
import json
import quopri
import re
import shutil
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

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
KINDS = {
    "dob": "date_of_birth",
    "email": "email",
    "phone": "phone",
    "pc": "uk_postcode",
    "nhs": "nhs_number",
    "bank": "uk_bank_account",
    "nino": "uk_nino",
    "ip": "ip_address",
    "pass": "uk_passport",
    "card": "payment_card",
    "iban": "iban",
    "dl": "uk_driving_licence",
}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "lady", "cllr", "pc", "ps", "revd", "rev", "judge", "hhj"}
TEST_CARDS = {
    "4111111111111111", "4242424242424242", "4000056655665556", "4012888888881881",
    "5555555555554444", "5105105105105100", "2223003122003222", "5200828282828210",
    "378282246310005", "371449635398431",
}
TEST_IBANS = {
    "GB82WEST12345698765432", "DE89370400440532013000", "NL91ABNA0417164300",
    "FR1420041010050500013M02606", "IE29AIBK93115212345678",
}
DRAMA = [
    "07700900", "01134960", "01144960", "01154960", "01164960", "01174960", "01184960",
    "01214960", "01314960", "01414960", "01514960", "01614960", "01914980", "02079460",
    "02920180", "0289649", "01632960", "03069990", "08081570",
]
MARKUP = re.compile(
    r"<<(?P<name>.+?)>>"
    r"|\[\[(?P<eq>=?)(?P<kind>\w+):(?P<val>.+?)\]\]"
    r"|\(\((?P<cat>\w+):(?P<words>.+?)\)\)"
    r"|\{\{(?P<dis>.+?)\}\}",
    re.S,
)
FIXED = (2025, 1, 6, 9, 0, 0)


def nhs(first9, sep=" "):
    """A 999-range NHS number with its mod-11 check digit, grouped 3-3-4."""
    digits = first9.replace(" ", "")
    total = sum(int(d) * w for d, w in zip(digits, range(10, 1, -1)))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    if check == 10:
        raise SystemExit(f"{first9}: no valid NHS check digit")
    n = digits + str(check)
    return sep.join([n[:3], n[3:6], n[6:]]) if sep is not None else n


def luhn(digits):
    total = 0
    for i, d in enumerate(reversed(digits)):
        v = int(d) * (2 if i % 2 else 1)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def parse_date(written):
    s = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", written.strip())
    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d %b %Y", "%d %B %Y", "%d.%m.%Y", "%d-%b-%Y", "%B %d, %Y", "%d/%m/%y"):
        try:
            return datetime.datetime.strptime(s, fmt).date()
        except ValueError:
            continue
    return None


def national(phone):
    p = phone.replace("(0)", "")
    p = re.sub(r"[\s\-()]", "", p)
    if p.startswith("+44"):
        p = "0" + p[3:]
    return p


def normalise(kind, written):
    """The contract's normal form of a written identifier, or raise ValueError."""
    w = written.strip()
    if kind == "date_of_birth":
        d = parse_date(w)
        if d is None:
            raise ValueError(f"date {w!r}")
        return d.isoformat()
    if kind == "email":
        if not re.fullmatch(r"[\w.+'-]+@([\w-]+\.)*example\.(com|org|net|co\.uk|org\.uk|gov\.uk|nhs\.uk|ac\.uk)", w.lower()):
            raise ValueError(f"mailbox {w!r}")
        return w.lower()
    if kind == "phone":
        n = national(w)
        if not (n.isdigit() and len(n) == 11 and any(n.startswith(p) for p in DRAMA)):
            raise ValueError(f"phone {w!r}")
        return "+44" + n[1:]
    if kind == "uk_postcode":
        m = re.fullmatch(r"([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})", w.upper())
        if not m or "9" not in m.group(1):
            raise ValueError(f"postcode {w!r}")
        return f"{m.group(1)} {m.group(2)}"
    if kind == "nhs_number":
        n = re.sub(r"[\s-]", "", w)
        if not (len(n) == 10 and n.startswith("999") and nhs(n[:9], None) == n):
            raise ValueError(f"NHS number {w!r}")
        return n
    if kind == "uk_bank_account":
        m = re.fullmatch(r"(\d\d)-?(\d\d)-?(\d\d):(\d{8})", w)
        if not m:
            raise ValueError(f"bank {w!r}")
        return "".join(m.group(1, 2, 3)) + ":" + m.group(4)
    if kind == "uk_nino":
        n = re.sub(r"\s", "", w).upper()
        if not re.fullmatch(r"QQ\d{6}[A-D]", n):
            raise ValueError(f"NINO {w!r}")
        return n
    if kind == "ip_address":
        ip = ipaddress.ip_address(w)
        nets = ["192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32"]
        if not any(ip in ipaddress.ip_network(n) for n in nets):
            raise ValueError(f"IP {w!r}")
        return str(ip)
    if kind == "uk_passport":
        if not re.fullmatch(r"\d{9}", w):
            raise ValueError(f"passport {w!r}")
        return w
    if kind == "payment_card":
        n = re.sub(r"[\s-]", "", w)
        if n not in TEST_CARDS or not luhn(n):
            raise ValueError(f"card {w!r}")
        return n
    if kind == "iban":
        n = re.sub(r"\s", "", w).upper()
        if n not in TEST_IBANS or not iban_ok(n):
            raise ValueError(f"IBAN {w!r}")
        return n
    if kind == "uk_driving_licence":
        n = re.sub(r"\s", "", w).upper()
        if not re.fullmatch(r"[A-Z9]{5}\d[0156]\d[0-3]\d\d[A-Z9]{2}\d[A-Z]{2}(\d\d)?", n):
            raise ValueError(f"licence {w!r}")
        return n[:16]
    raise ValueError(f"kind {kind}")


class Doc:
    """One document: renders markup, keeps its labels and its plain text."""

    def __init__(self, name):
        self.name = name
        self.names, self.ids, self.cats = [], [], set()
        self.plain, self.masked = [], []
        self.problems = []

    def r(self, s):
        out, masked, pos = [], [], 0
        for m in MARKUP.finditer(s):
            out.append(s[pos : m.start()])
            masked.append(s[pos : m.start()])
            pos = m.end()
            if m.group("name") is not None:
                n = m.group("name")
                if n != " ".join(n.split()):
                    self.problems.append(f"name with odd whitespace {n!r}")
                if n.split()[0].lower().rstrip(".") in TITLES:
                    self.problems.append(f"name starts with a title {n!r}")
                if n not in self.names:
                    self.names.append(n)
                out.append(n)
                masked.append(" \u00a6 ")
            elif m.group("kind") is not None:
                kind = KINDS.get(m.group("kind"))
                written = m.group("val")
                if kind is None:
                    self.problems.append(f"unknown kind {m.group('kind')}")
                    continue
                try:
                    value = normalise(kind, written)
                except ValueError as e:
                    self.problems.append(f"malformed {e}")
                    continue
                if [kind, value] not in self.ids:
                    self.ids.append([kind, value])
                if not m.group("eq"):
                    out.append(written)
                    masked.append(" \u00a6 ")
            elif m.group("cat") is not None:
                if m.group("cat") not in CATEGORIES:
                    self.problems.append(f"unknown category {m.group('cat')}")
                self.cats.add(m.group("cat"))
                out.append(m.group("words"))
                masked.append(m.group("words"))
            else:
                out.append(m.group("dis"))
                masked.append(" \u00a6 ")
        out.append(s[pos:])
        masked.append(s[pos:])
        text = "".join(out)
        self.plain.append(text)
        self.masked.append("".join(masked))
        return text

    def dob_cell(self, iso):
        """A spreadsheet date cell that is a date of birth: labelled by its ISO date."""
        self.r(f"[[=dob:{iso}]]")
        d = datetime.date.fromisoformat(iso)
        self.plain.append(d.strftime("%d/%m/%Y"))
        return d

    def check(self):
        problems = list(self.problems)
        text = "\n".join(self.plain)
        masked = "\n".join(self.masked)
        for token in ("<<", ">>", "[[", "]]", "((", "))", "{{", "}}"):
            if token in text:
                problems.append(f"markup left: {token}")
        parts = set()
        for n in self.names:
            for p in re.split(r"[\s\-'\u2019.,]+", n):
                if sum(c.isalpha() for c in p) >= 3:
                    parts.add(p)
        for p in sorted(parts):
            for m in re.finditer(r"(?<![^\W\d_])" + re.escape(p) + r"(?![^\W\d_])", masked, re.IGNORECASE):
                problems.append(f"name part {p!r} outside a mention: ...{masked[max(0, m.start() - 30) : m.end() + 30]!r}")
        checks = [
            ("email", r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+"),
            ("NINO", r"\bQQ ?\d\d ?\d\d ?\d\d ?[A-D]\b"),
            ("IP", r"\b(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d+|2001:db8"),
            ("postcode", r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b"),
            ("NHS", r"\b999[ -]?\d{3}[ -]?\d{4}\b"),
        ]
        for what, pattern in checks:
            for m in re.finditer(pattern, masked):
                problems.append(f"unlabelled {what}: {m.group(0)!r}")
        for m in re.finditer(r"(?:\+44|\(?0)[\d ()\-]{8,16}\d", masked):
            n = national(m.group(0))
            if any(n.startswith(p) for p in DRAMA):
                problems.append(f"unlabelled phone: {m.group(0)!r}")
        for m in re.finditer(r"\b\d(?:[ -]?\d){12,18}\b", masked):
            if luhn(re.sub(r"\D", "", m.group(0))):
                problems.append(f"unlabelled card-like number: {m.group(0)!r}")
        if self.name.startswith(("policy-", "training-")) and (self.names or self.cats):
            problems.append("a policy or training text names someone or has a category")
        return [f"{self.name}: {p}" for p in problems]

    def label(self):
        return {
            "doc": self.name,
            "names": self.names,
            "categories": [c for c in CATEGORIES if c in self.cats],
            "ids": self.ids,
        }


# ---------------------------------------------------------------- writers


def zip_bytes(members):
    """A zip with fixed timestamps; members: (name, bytes, stored?)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, stored in members:
            info = zipfile.ZipInfo(name, FIXED)
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    return buf.getvalue()


def x(s):
    return escape(s, {'"': "&quot;"})


def text_file(d, body):
    return d.r(body).encode("utf-8")


def delimited(d, rows, delimiter=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    for row in rows:
        w.writerow([d.r(c) for c in row])
    return buf.getvalue().encode("utf-8")


def json_file(d, data, lines=False):
    def walk(v):
        if isinstance(v, str):
            return d.r(v)
        if isinstance(v, list):
            return [walk(i) for i in v]
        if isinstance(v, dict):
            return {k: walk(i) for k, i in v.items()}
        return v

    if lines:
        return "".join(json.dumps(walk(r), ensure_ascii=False) + "\n" for r in data).encode("utf-8")
    return (json.dumps(walk(data), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


W_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
)


def core_props(d, title, author, editor):
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{x(d.r(title))}</dc:title><dc:creator>{x(d.r(author))}</dc:creator>"
        f"<cp:lastModifiedBy>{x(d.r(editor))}</cp:lastModifiedBy>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-06T09:00:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-06T09:00:00Z</dcterms:modified>'
        "</cp:coreProperties>"
    ).encode("utf-8")


def docx(d, blocks, title, author, editor, header=None, footer=None):
    """blocks: ("p", text) | ("h", text) | ("table", rows) | ("fn", text, note)
    | ("comment", before, anchored, after, author, note) | ("box", [texts])."""

    def run(t, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return f'<w:r>{rpr}<w:t xml:space="preserve">{x(d.r(t))}</w:t></w:r>'

    def para(t, bold=False):
        return f"<w:p>{run(t, bold)}</w:p>"

    body, notes, comments = [], [], []
    for b in blocks:
        if b[0] == "p":
            body.append(para(b[1]))
        elif b[0] == "h":
            body.append(para(b[1], True))
        elif b[0] == "table":
            rows = "".join("<w:tr>" + "".join(f"<w:tc>{para(c)}</w:tc>" for c in row) + "</w:tr>" for row in b[1])
            body.append(f"<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>{rows}</w:tbl>")
        elif b[0] == "fn":
            i = len(notes) + 1
            notes.append(f'<w:footnote w:id="{i}"><w:p>{run(b[2])}</w:p></w:footnote>')
            body.append(f'<w:p>{run(b[1])}<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{i}"/></w:r></w:p>')
        elif b[0] == "comment":
            i = len(comments)
            who = d.r(b[4])
            comments.append(
                f'<w:comment w:id="{i}" w:author="{x(who)}" w:date="2025-01-06T09:00:00Z">'
                f"<w:p>{run(b[5])}</w:p></w:comment>"
            )
            body.append(
                f'<w:p>{run(b[1])}<w:commentRangeStart w:id="{i}"/>{run(b[2])}<w:commentRangeEnd w:id="{i}"/>'
                f'<w:r><w:commentReference w:id="{i}"/></w:r>{run(b[3])}</w:p>'
            )
        elif b[0] == "box":
            inner = "".join(para(t) for t in b[1])
            body.append(
                '<w:p><w:r><w:pict><v:shape id="box1" type="#_x0000_t202" style="width:320pt;height:90pt">'
                f"<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
            )
    rels = [
        '<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>',
        '<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>',
    ]
    types = [
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
        '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>',
        '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>',
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
    ]
    members = []
    sect = '<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:footerReference w:type="default" r:id="rIdF"/></w:sectPr>'
    hdr = para(header) if header else "<w:p/>"
    ftr = para(footer) if footer else "<w:p/>"
    members.append(("word/header1.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W_NS}>{hdr}</w:hdr>'.encode(), False))
    members.append(("word/footer1.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W_NS}>{ftr}</w:ftr>'.encode(), False))
    if notes:
        sep = '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        members.append(("word/footnotes.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W_NS}>{sep}{"".join(notes)}</w:footnotes>'.encode(), False))
        rels.append('<Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>')
        types.append('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>')
    if comments:
        members.append(("word/comments.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {W_NS}>{"".join(comments)}</w:comments>'.encode(), False))
        rels.append('<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        types.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W_NS}><w:body>{"".join(body)}{sect}</w:body></w:document>'
    ct = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>' + "".join(types) + "</Types>"
    )
    root_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        "</Relationships>"
    )
    doc_rels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + "".join(rels) + "</Relationships>"
    return zip_bytes(
        [
            ("[Content_Types].xml", ct.encode(), False),
            ("_rels/.rels", root_rels.encode(), False),
            ("word/document.xml", document.encode("utf-8"), False),
            ("word/_rels/document.xml.rels", doc_rels.encode(), False),
            ("docProps/core.xml", core_props(d, title, author, editor), False),
        ]
        + members
    )


def col(i):
    s = ""
    i += 1
    while i:
        i, rem = divmod(i - 1, 26)
        s = chr(65 + rem) + s
    return s


def xlsx(d, sheets, title, author, editor):
    """sheets: (name, rows); a cell is markup text, a number, ("dob", iso) or ("date", iso)."""
    strings, index = [], {}
    sheet_xml = []
    for _, rows in sheets:
        out = []
        for ri, row in enumerate(rows, 1):
            cells = []
            for ci, c in enumerate(row):
                ref = f"{col(ci)}{ri}"
                if c is None or c == "":
                    continue
                if isinstance(c, tuple):
                    day = d.dob_cell(c[1]) if c[0] == "dob" else datetime.date.fromisoformat(c[1])
                    if c[0] != "dob":
                        d.plain.append(day.strftime("%d/%m/%Y"))
                    serial = (day - datetime.date(1899, 12, 30)).days
                    cells.append(f'<c r="{ref}" s="1"><v>{serial}</v></c>')
                elif isinstance(c, (int, float)):
                    d.plain.append(str(c))
                    cells.append(f'<c r="{ref}"><v>{c}</v></c>')
                else:
                    t = d.r(c)
                    if t not in index:
                        index[t] = len(strings)
                        strings.append(t)
                    cells.append(f'<c r="{ref}" t="s"><v>{index[t]}</v></c>')
            out.append(f'<row r="{ri}">{"".join(cells)}</row>')
        sheet_xml.append(
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<sheetData>{"".join(out)}</sheetData></worksheet>'
        )
    sst = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'count="{len(strings)}" uniqueCount="{len(strings)}">' + "".join(f'<si><t xml:space="preserve">{x(s)}</t></si>' for s in strings) + "</sst>"
    )
    styles = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
        '<borders count="1"><border/></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
        "</styleSheet>"
    )
    wb_sheets = "".join(f'<sheet name="{x(d.r(n))}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (n, _) in enumerate(sheets))
    workbook = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{wb_sheets}</sheets></workbook>'
    )
    n = len(sheets)
    wb_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(n))
        + f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        + f'<Relationship Id="rId{n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        + "</Relationships>"
    )
    ct = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(n))
        + '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        "</Types>"
    )
    root_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        "</Relationships>"
    )
    members = [
        ("[Content_Types].xml", ct.encode(), False),
        ("_rels/.rels", root_rels.encode(), False),
        ("xl/workbook.xml", workbook.encode("utf-8"), False),
        ("xl/_rels/workbook.xml.rels", wb_rels.encode(), False),
        ("xl/sharedStrings.xml", sst.encode("utf-8"), False),
        ("xl/styles.xml", styles.encode(), False),
        ("docProps/core.xml", core_props(d, title, author, editor), False),
    ]
    members += [(f"xl/worksheets/sheet{i + 1}.xml", s.encode("utf-8"), False) for i, s in enumerate(sheet_xml)]
    return zip_bytes(members)


ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3"'
)


def odf(d, mime, body_xml, title, author, editor):
    meta = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ODF_NS}><office:meta>'
        f"<dc:title>{x(d.r(title))}</dc:title><meta:initial-creator>{x(d.r(author))}</meta:initial-creator>"
        f"<dc:creator>{x(d.r(editor))}</dc:creator><meta:creation-date>2025-01-06T09:00:00</meta:creation-date>"
        "</office:meta></office:document-meta>"
    )
    content = f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODF_NS}><office:body>{body_xml}</office:body></office:document-content>'
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    return zip_bytes(
        [
            ("mimetype", mime.encode(), True),
            ("content.xml", content.encode("utf-8"), False),
            ("meta.xml", meta.encode("utf-8"), False),
            ("META-INF/manifest.xml", manifest.encode(), False),
        ]
    )


def annotation(d, author, note):
    return f"<office:annotation><dc:creator>{x(d.r(author))}</dc:creator><text:p>{x(d.r(note))}</text:p></office:annotation>"


def odt(d, blocks, title, author, editor):
    """blocks: ("p", text) | ("h", text) | ("table", rows) | ("note", text, author, note)."""
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(f"<text:p>{x(d.r(b[1]))}</text:p>")
        elif b[0] == "h":
            out.append(f'<text:h text:outline-level="2">{x(d.r(b[1]))}</text:h>')
        elif b[0] == "note":
            out.append(f"<text:p>{x(d.r(b[1]))}{annotation(d, b[2], b[3])}</text:p>")
        elif b[0] == "table":
            rows = "".join(
                "<table:table-row>" + "".join(f'<table:table-cell office:value-type="string"><text:p>{x(d.r(c))}</text:p></table:table-cell>' for c in row) + "</table:table-row>"
                for row in b[1]
            )
            out.append(f'<table:table table:name="Table{len(out)}">{rows}</table:table>')
    return odf(d, "application/vnd.oasis.opendocument.text", f"<office:text>{''.join(out)}</office:text>", title, author, editor)


def ods(d, sheets, title, author, editor):
    """A cell is markup text, a number, ("dob"|"date", iso) or ("note", text, author, note)."""
    tables = []
    for name, rows in sheets:
        out = []
        for row in rows:
            cells = []
            for c in row:
                if isinstance(c, tuple) and c[0] in ("dob", "date"):
                    day = d.dob_cell(c[1]) if c[0] == "dob" else datetime.date.fromisoformat(c[1])
                    cells.append(f'<table:table-cell office:value-type="date" office:date-value="{c[1]}"><text:p>{day.strftime("%d/%m/%Y")}</text:p></table:table-cell>')
                elif isinstance(c, tuple):
                    cells.append(f"<table:table-cell>{annotation(d, c[2], c[3])}<text:p>{x(d.r(c[1]))}</text:p></table:table-cell>")
                elif isinstance(c, (int, float)):
                    d.plain.append(str(c))
                    cells.append(f'<table:table-cell office:value-type="float" office:value="{c}"><text:p>{c}</text:p></table:table-cell>')
                else:
                    cells.append(f"<table:table-cell><text:p>{x(d.r(c))}</text:p></table:table-cell>")
            out.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
        tables.append(f'<table:table table:name="{x(d.r(name))}">{"".join(out)}</table:table>')
    return odf(d, "application/vnd.oasis.opendocument.spreadsheet", f"<office:spreadsheet>{''.join(tables)}</office:spreadsheet>", title, author, editor)


def rtf_escape(s):
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


def rtf(d, paras, title, author, footnotes=()):
    """paras: text, or (text, note) for a paragraph ending in a footnote."""
    body = []
    for p in paras:
        if isinstance(p, tuple):
            body.append(rtf_escape(d.r(p[0])) + "{\\super\\chftn}{\\footnote\\pard\\plain{\\super\\chftn} " + rtf_escape(d.r(p[1])) + "}\\par\n")
        else:
            body.append(rtf_escape(d.r(p)) + "\\par\n")
    head = (
        "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}\n"
        f"{{\\info{{\\title {rtf_escape(d.r(title))}}}{{\\author {rtf_escape(d.r(author))}}}}}\n\\f0\\fs22\n"
    )
    return (head + "".join(body) + "}\n").encode("ascii")


def pdf(d, lines, title, author):
    """One page; a line is text or ("b", text) for bold."""
    ops = []
    y = 800
    problems = []
    if len(lines) > 56:
        problems.append(f"PDF longer than a page ({len(lines)} lines)")
    for line in lines:
        bold = isinstance(line, tuple)
        t = d.r(line[1] if bold else line)
        if len(t) > 98:
            problems.append(f"PDF line overflows: {t[:40]!r}")
        try:
            raw = t.encode("cp1252")
        except UnicodeEncodeError:
            problems.append(f"PDF line not WinAnsi: {t!r}")
            raw = b""
        lit = "".join(
            "\\" + chr(b) if chr(b) in "()\\" else (chr(b) if 32 <= b < 127 else f"\\{b:03o}") for b in raw
        )
        ops.append(f"BT /{'F2' if bold else 'F1'} 10 Tf 50 {y} Td ({lit}) Tj ET")
        y -= 14
    d.problems += problems
    stream = "\n".join(ops).encode("latin-1")

    def pdf_str(s):
        raw = s.encode("cp1252")
        return "(" + "".join("\\" + chr(b) if chr(b) in "()\\" else (chr(b) if 32 <= b < 127 else f"\\{b:03o}") for b in raw) + ")"

    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        f"<< /Title {pdf_str(d.r(title))} /Author {pdf_str(d.r(author))} /Producer (heldout24 generate.py) >>".encode("latin-1"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def header_words(s, force=False):
    if force or any(ord(c) > 127 for c in s):
        return "=?utf-8?B?" + base64.b64encode(s.encode("utf-8")).decode() + "?="
    return s


def address(d, a):
    """'<<Name>> <[[email:...]]>' or a bare '[[email:...]]'; the display name RFC 2047 encoded when needed."""
    m = re.fullmatch(r"(.*?)\s*<(\[\[email:.+?\]\])>", a)
    if not m:
        return d.r(a)
    name, mail = d.r(m.group(1)), d.r(m.group(2))
    shown = header_words(name)
    if shown == name and re.search(r"[,.()']", name):
        shown = '"' + name + '"'
    return f"{shown} <{mail}>"


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def message(d, headers, body, html=None, attachments=(), boundary="b24", force_subject=False):
    """A mail: headers (From, To, Cc, Subject, Date, Message-ID, In-Reply-To);
    a QP text body, an HTML alternative, base64 attachments (name, type, bytes)."""
    lines = []
    for k, v in headers:
        if k in ("From", "To", "Cc"):
            v = ", ".join(address(d, a) for a in v.split(" ;; "))
        elif k == "Subject":
            v = header_words(d.r(v), force_subject)
        elif k in ("Message-ID", "In-Reply-To", "References"):
            pass
        else:
            v = d.r(v)
        lines.append(f"{k}: {v}")
    lines.append("MIME-Version: 1.0")
    text = d.r(body)
    for line in text.split("\n"):
        if line.startswith("From "):
            d.problems.append(f"mbox body line starts with From: {line!r}")
    plain_part = ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable", "", qp(text)]
    if html is not None:
        alt = [
            f'Content-Type: multipart/alternative; boundary="{boundary}-alt"',
            "",
            f"--{boundary}-alt",
            *plain_part,
            f"--{boundary}-alt",
            "Content-Type: text/html; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
            "",
            qp(d.r(html)),
            f"--{boundary}-alt--",
            "",
        ]
    else:
        alt = plain_part
    if attachments:
        parts = [f'Content-Type: multipart/mixed; boundary="{boundary}-mix"', "", f"--{boundary}-mix", *alt]
        for name, mime, data in attachments:
            b64 = base64.encodebytes(data).decode("ascii")
            parts += [
                f"--{boundary}-mix",
                f'Content-Type: {mime}; name="{name}"',
                f'Content-Disposition: attachment; filename="{name}"',
                "Content-Transfer-Encoding: base64",
                "",
                b64,
            ]
        parts.append(f"--{boundary}-mix--")
        lines += parts
    else:
        lines += alt
    return ("\n".join(lines) + "\n").encode("utf-8")


def mbox(d, messages):
    """messages: (envelope sender, asctime, message kwargs)."""
    out = b""
    for sender, when, kw in messages:
        mail = message(d, **kw)
        if any(line.startswith(b"From ") for line in mail.split(b"\n")):
            d.problems.append("an mbox message has a line starting with From")
        out += f"From {sender} {when}\n".encode() + mail + b"\n"
    return out


def html_page(d, title, body):
    return d.r(f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>\n<body>\n{body}\n</body></html>\n').encode("utf-8")


# ---------------------------------------------------------------- documents

DOCUMENTS = []


def document(name):
    def register(f):
        DOCUMENTS.append((name, f))
        return f

    return register


# 1. Adoption agency -------------------------------------------------------


@document("adopt-form-f-assessment.docx")
def _(d):
    return docx(
        d,
        [
            ("h", "Prospective Adopter's Report (CoramBAAF Form F) - Section B: the applicants"),
            ("table", [
                ["Applicant 1", "<<Tomasz Wróblewski>>"],
                ["Date of birth", "[[dob:3rd May 1986]]"],
                ["Ethnicity", "((racial_ethnic_origin:White - Polish))"],
                ["Religion", "((religious_belief:Roman Catholic, attends Mass weekly))"],
                ["Applicant 2", "<<Callum Fairbairn-Lowe>>"],
                ["Date of birth", "[[dob:27.11.1984]]"],
                ["Ethnicity", "((racial_ethnic_origin:White - Scottish))"],
                ["Religion", "None"],
                ["Occupation (applicant 2)", "Primary teacher; ((political_opinion:Green Party town councillor since 2021))"],
                ["Address", "14 {{Lowry}} Gardens, Halifax [[pc:HX92 4TW]]"],
                ["Home phone", "[[phone:01632 960418]]"],
            ]),
            ("p", "B3 The couple's relationship: <<Tomasz>> and <<Callum>> met in 2012 and ((sex_life_orientation:married in 2019; they are a same-sex couple)) and describe each other as steady and funny. Their families were slow to accept the relationship at first."),
            ("fn", "B5 Health: the adoption medical (AH form) notes that <<Callum>> ((health:has type 1 diabetes, managed with an insulin pump)), HbA1c stable. <<Tomasz>> had ((health:a depressive episode in 2015 treated with sertraline)), resolved.", "Dr <<Ifeoma Eze-Walsh>>, medical adviser, read both AH reports on 2 December 2024."),
            ("comment", "B7 Support network: ", "<<Callum>>'s sister <<Morag Fairbairn>> lives two streets away", " and has offered after-school care.", "<<Nkechi Obiora-Hale>>", "<<Morag>>'s DBS came back clear - no need to mention it here."),
            ("box", ["Panel date: 23 January 2025 in the {{Hepworth Room}}", "Assessing social worker: <<Nkechi Obiora-Hale>> ([[phone:07700 900 318]])"]),
            ("p", "Recommendation: approval for one or two children aged 0 to 5."),
        ],
        title="Form F - <<Wróblewski>> and <<Fairbairn-Lowe>>",
        author="<<Nkechi Obiora-Hale>>",
        editor="<<Priya Venkataraman>>",
        header="OFFICIAL-SENSITIVE: Pennine Crossings Adoption",
        footer="Form F v4 - page 1",
    )


@document("adopt-medical-adviser-report.pdf")
def _(d):
    return pdf(
        d,
        [
            ("b", "Pennine Crossings Adoption - Medical Adviser's Report on the Child (Form CR)"),
            "Child: <<Kayden Mulgrew>>    DOB: [[dob:09/02/2022]]    NHS no: [[nhs:" + nhs("999412208") + "]]",
            "Health visitor: <<Rhiannon Pugh>>, 0-19 team, [[phone:0113 496 0572]]",
            "",
            ("b", "Summary of health"),
            "<<Kayden>> has a diagnosis of ((health:foetal alcohol spectrum disorder (FASD))), confirmed by the",
            "community paediatrician after assessment of growth, facial features and development.",
            "He has ((health:global developmental delay and a repaired cleft palate)), and sees speech therapy.",
            "Genetics: ((genetic:chromosomal microarray normal; fragile X (FMR1) testing negative)).",
            "",
            ("b", "Birth family history"),
            "Birth mother <<Shannon Mulgrew>> (b. [[dob:14 Jan 1998]]) has ((health:paranoid schizophrenia)),",
            "((health:with two admissions under section 3 of the Mental Health Act)) and alcohol dependence",
            "in pregnancy. The birth father, <<Dean Tillotson>>, gave no health history.",
            "",
            "Implications for adopters: a lifelong need for support with learning, attention and memory.",
            "",
            "Dr <<Ifeoma Eze-Walsh>> MBChB MRCPCH, Medical Adviser, 6 January 2025",
        ],
        title="CR report - <<Kayden Mulgrew>>",
        author="<<Ifeoma Eze-Walsh>>",
    )


@document("adopt-matching-notes.md")
def _(d):
    return text_file(d, """# Matching considerations - sibling pair (Linking meeting, 12 Dec 2024)

**Children:** <<Amara Boateng-Reilly>> (DOB [[dob:2020-07-18]]) and <<Jonah Boateng-Reilly>> (DOB [[dob:2022-03-30]])

## Heritage and identity

- Both children are ((racial_ethnic_origin:of mixed Ghanaian and White Irish heritage)); their birth mother <<Bernadette Reilly>> asked that adopters help them know both sides.
- <<Amara>> and <<Jonah>> ((religious_belief:were baptised Catholic)) and <<Bernadette>> wishes them to be raised in the faith.
- <<Amara>> has ((health:eczema and a peanut allergy (adrenaline auto-injector))).

## Prospective adopters considered

| Family | Heritage | Faith | Notes |
|---|---|---|---|
| <<Kofi Asante>> and <<Helen Asante>> | ((racial_ethnic_origin:Black British Ghanaian / White English)) | ((religious_belief:Methodist)) | Approved May 2024 |
| <<Declan Moran>> | ((racial_ethnic_origin:White Irish)) | ((religious_belief:Catholic)) | Single adopter, ((sex_life_orientation:gay)), approved 2023 |

Family finder: <<Sunita Parekh>>, [[email:s.parekh@penninecrossings.example.org.uk]]
Next step: visit at {{Dunstan}} Road family centre, [[pc:HD94 2LB]].
""")


@document("adopt-placement-order.rtf")
def _(d):
    return rtf(
        d,
        [
            "IN THE FAMILY COURT SITTING AT BRADFORD",
            "Case number BD24C00517",
            "PLACEMENT ORDER (Adoption and Children Act 2002, section 21)",
            "The child: <<Kayden Mulgrew>>, born [[dob:9 February 2022]]",
            "The mother: <<Shannon Mulgrew>>. The father: <<Dean Tillotson>>.",
            ("The court dispensed with the father's consent under s.52(1)(b): his welfare was the court's paramount consideration.", "The father is ((criminal_offence:serving a sentence of 6 years' imprisonment at HMP Wealstun for wounding with intent)) and did not attend; he was served through the prison."),
            "The local authority, Calderbrook Metropolitan Council, is authorised to place the child for adoption with any prospective adopters it chooses.",
            "Ordered by District Judge <<Rahman>> on 28 November 2024.",
        ],
        title="Placement order - <<Mulgrew>>",
        author="<<Gwen Haworth>>",
    )


@document("adopt-letterbox-contact.tsv")
def _(d):
    return delimited(d, [
        ["Letterbox ref", "Adoptive family", "Birth relative", "Relationship", "Direction", "Received", "Status", "Notes"],
        ["LB-0412", "<<Fenwick>>", "<<Lorraine Shackleton>>", "Birth grandmother", "Out", "03/06/2024", "Forwarded", "Card and photo of <<Tilly>> at nursery"],
        ["LB-0412", "<<Fenwick>>", "<<Lorraine Shackleton>>", "Birth grandmother", "In", "19/06/2024", "Held", "Letter mentions ((health:her chemotherapy for bowel cancer)) - check wording with adopters"],
        ["LB-0588", "<<Oyelaran>>", "<<Kerry-Anne Boyce>>", "Birth mother", "In", "02/09/2024", "Returned", "Gave her new address (prison release?) - ((criminal_offence:released on licence from HMP Askham Grange)) per probation"],
        ["LB-0588", "<<Oyelaran>>", "<<Kerry-Anne Boyce>>", "Birth mother", "Out", "30/09/2024", "Forwarded", "Annual letter; adopters <<Tunde Oyelaran>> and <<Chioma Oyelaran>>"],
        ["LB-0631", "<<Szabó>>", "<<Gareth Pilling>>", "Birth father", "In", "11/11/2024", "Forwarded", "Reply to [[email:gareth.pilling@example.net]] not permitted - post only"],
        ["LB-0702", "<<Whitlam-Jones>>", "<<Sandra Quayle>>", "Birth aunt", "In", "04/12/2024", "Forwarded", "Asks after <<Ruby-Mae>>'s ((health:hearing aids))"],
    ], "\t")


@document("adopt-adopter-mail.eml")
def _(d):
    att = delimited(d, [
        ["Item", "Date", "Amount"],
        ["Speech therapy (private)", "14/11/2024", "65.00"],
        ["Sensory equipment", "20/11/2024", "112.40"],
    ])
    return message(
        d,
        [
            ("From", "<<Callum Fairbairn-Lowe>> <[[email:callum.fl@example.com]]>"),
            ("To", "<<Nkechi Obiora-Hale>> <[[email:n.obiora-hale@penninecrossings.example.org.uk]]>"),
            ("Cc", "<<Tomasz Wróblewski>> <[[email:tomasz.wroblewski@example.com]]>"),
            ("Subject", "<<Kayden>> - support plan and receipts"),
            ("Date", "Mon, 06 Jan 2025 20:14:00 +0000"),
            ("Message-ID", "<h24-adopt-1@example.com>"),
        ],
        """Hi <<Nkechi>>,

<<Kayden>> has settled better this month. The paediatrician thinks the ((health:FASD)) means he will need a statement at school, so we would like the EHCP request in before Easter.

I have attached the receipts for the adoption support fund claim. <<Tomasz>> is off on Thursday if a home visit suits.

Also: my pump failed last week and I spent a night in A&E with ((health:diabetic ketoacidosis)) - all fine now, but I thought you should know for the review.

Thanks,
<<Callum>>
[[phone:+44 7700 900 241]]
""",
        html="<p>Hi <<Nkechi>>,</p><p><<Kayden>> has settled better this month. See attached receipts.</p><p><<Callum>></p>",
        attachments=[("receipts.csv", "text/csv", att)],
        boundary="adopt-mail-24",
    )


@document("adopt-allowance-payments.xlsx")
def _(d):
    return xlsx(
        d,
        [
            ("Allowances", [
                ["Adoption allowances - payment run January 2025"],
                ["Adopter", "Child", "Weekly", "Sort code", "Account", "Review due", "Reason"],
                ["<<Helen Asante>>", "<<Amara Boateng-Reilly>>", 168.50, "30-94-12[[=bank:309412:48213690]]", 48213690, ("date", "2025-05-01"), "((health:Sibling with severe autism)) - enhanced rate"],
                ["<<Tomasz Wróblewski>>", "<<Kayden Mulgrew>>", 142.10, "20-45-77[[=bank:204577:07731852]]", "07731852", ("date", "2025-09-30"), "((health:FASD))"],
                ["<<Declan Moran>>", "<<Oisín Kearney>>", 96.00, "40-11-63[[=bank:401163:60358214]]", 60358214, ("date", "2025-03-14"), "Means tested"],
            ]),
            ("Children", [
                ["Child", "DOB", "Placed"],
                ["<<Amara Boateng-Reilly>>", ("dob", "2020-07-18"), ("date", "2024-02-05")],
                ["<<Kayden Mulgrew>>", ("dob", "2022-02-09"), ("date", "2024-12-16")],
                ["<<Oisín Kearney>>", ("dob", "2019-10-23"), ("date", "2023-06-19")],
            ]),
        ],
        title="Allowances Jan 2025",
        author="<<Gwen Haworth>>",
        editor="<<Gwen Haworth>>",
    )


@document("adopt-case-tracker.jsonl")
def _(d):
    return json_file(d, [
        {"caseId": "PCA-2024-118", "child": {"given": "<<Kayden>>", "family": "<<Mulgrew>>"}, "dob": "[[dob:2022-02-09]]", "stage": "placed", "socialWorker": "<<Nkechi Obiora-Hale>>", "needs": ["((health:FASD))", "((health:cleft palate repair))"]},
        {"caseId": "PCA-2024-131", "child": {"given": "<<Ruby-Mae>>", "family": "<<Whitlam-Jones>>"}, "dob": "[[dob:2021-05-06]]", "stage": "adoption order granted", "socialWorker": "<<Sunita Parekh>>", "needs": ["((health:bilateral hearing loss))"]},
        {"caseId": "PCA-2024-140", "child": {"given": "<<Leyton>>", "family": "<<Asquith>>"}, "dob": "[[dob:2023-01-11]]", "stage": "family finding", "socialWorker": "<<Sunita Parekh>>", "needs": [], "heritage": "((racial_ethnic_origin:White British / Roma))", "birthParentNote": "Birth father <<Connor Asquith>> ((criminal_offence:remanded at HMP Leeds, charged with robbery))"},
        {"caseId": "PCA-2024-152", "child": {"given": "<<Zainab>>", "family": "<<Hussain>>"}, "dob": "[[dob:2024-04-02]]", "stage": "referral", "socialWorker": "<<Nkechi Obiora-Hale>>", "needs": [], "faith": "((religious_belief:Muslim - birth mother requests a Muslim family))"},
    ], lines=True)


# 2. Probation service: unpaid work (Community Payback) -------------------


@document("cp-orders-register.xlsx")
def _(d):
    return xlsx(
        d,
        [
            ("Live orders", [
                ["Community Payback - live unpaid work orders, Kirklees and Calderdale cluster"],
                ["CRN", "Surname", "Forename", "DOB", "Offence", "Order", "UPW hours", "Hours done", "Other requirements"],
                ["X482913", "<<O'HALLORAN>>", "<<Shane>>", ("dob", "1994-08-12"), "((criminal_offence:Theft from a shop (x3)))", "Community order 12m", 120, 64, "None"],
                ["X503377", "<<BEGUM>>", "<<Rukhsana>>", ("dob", "1988-01-25"), "((criminal_offence:Benefit fraud - false representation))", "SSO 18m", 150, 22, "RAR 10 days"],
                ["X517046", "<<DYSON-PRIESTLEY>>", "<<Kieran>>", ("dob", "2001-11-03"), "((criminal_offence:Drink driving))", "Community order 12m", 80, 80, "((health:Alcohol treatment requirement))"],
                ["X520198", "<<NOWAKOWSKI>>", "<<Paweł>>", ("dob", "1979-06-30"), "((criminal_offence:Racially aggravated public order (s.31)))", "Community order 18m", 200, 17, "Exclusion zone"],
                ["X526811", "<<MBEKI-STANTON>>", "<<Latoya>>", ("dob", "1996-02-14"), "((criminal_offence:Assault on an emergency worker))", "SSO 24m", 180, 0, "((health:Mental health treatment requirement))"],
            ]),
            ("Notes", [
                ["CRN", "Case manager", "Note"],
                ["X520198", "<<Jaswinder Gill>>", "Not to be placed at the {{Jinnah}} Community Centre project - see restriction"],
                ["X526811", "<<Jaswinder Gill>>", "Induction postponed: ((health:pregnant, due April))"],
            ]),
            ("Sites", [
                ["Site", "Supervisor", "Phone"],
                ["{{Greenhead}} Park litter pick", "<<Barrington Oduya>>", "[[phone:07700900533]]"],
                ["{{Ravensknowle}} allotments", "<<Elsie Marchbank>>", "[[phone:01632 960 771]]"],
            ]),
        ],
        title="UPW live orders",
        author="<<Jaswinder Gill>>",
        editor="<<Marcus Wetherell>>",
    )


@document("cp-induction-form.odt")
def _(d):
    return odt(
        d,
        [
            ("h", "Unpaid Work Induction and Risk Assessment"),
            ("table", [
                ["Name", "<<Latoya Mbeki-Stanton>>"],
                ["CRN", "X526811"],
                ["Date of birth", "[[dob:14/02/1996]]"],
                ["NI number", "[[nino:QQ 73 41 18 C]]"],
                ["Address", "Flat 3, 22 {{Cromwell}} Street, Huddersfield [[pc:HD96 1XE]]"],
                ["Mobile", "[[phone:+447700900864]]"],
            ]),
            ("h", "Health and fitness for work"),
            ("p", "Do you have any medical conditions? ((health:Asthma (inhalers), bipolar disorder diagnosed 2019))"),
            ("p", "Medication: ((health:lithium 800mg nightly, salbutamol as needed))"),
            ("note", "Are you pregnant? ((health:Yes - 22 weeks))", "<<Marcus Wetherell>>", "No lifting, no outdoor team placements. Indoor charity shop only until after maternity."),
            ("p", "Site sign-in: ((biometric:face template enrolled on the check-in kiosk)) (photo matched at each session)."),
            ("p", "Fit for: light indoor work only. Not fit for: manual handling, ladders, chemical cleaning."),
            ("p", "Interpreter needed: No. Childcare: has a 4-year-old, <<Kezia>>, at nursery until 3pm."),
            ("p", "Signed: <<Latoya Mbeki-Stanton>>    Induction officer: <<Marcus Wetherell>>"),
        ],
        title="Induction - X526811",
        author="<<Marcus Wetherell>>",
        editor="<<Marcus Wetherell>>",
    )


@document("cp-religious-observance.csv")
def _(d):
    return delimited(d, [
        ["CRN", "Name", "Faith / observance", "Days not to be worked", "Agreed by", "Alternative"],
        ["X503377", "<<Rukhsana Begum>>", "((religious_belief:Muslim - Eid al-Fitr and Eid al-Adha))", "31/03/2025; 06/06/2025", "<<Jaswinder Gill>>", "Make up on a weekday session"],
        ["X519902", "<<Mordechai Abrahams>>", "((religious_belief:Orthodox Jewish - Shabbat and Yom Tov))", "All Saturdays; 13/04/2025-20/04/2025 (Pesach)", "<<Jaswinder Gill>>", "Sunday team only"],
        ["X521740", "<<Gurpreet Singh Bains>>", "((religious_belief:Sikh - Vaisakhi))", "13/04/2025", "<<Marcus Wetherell>>", "Weekday"],
        ["X522615", "<<Deborah Ashworth-Nkemelu>>", "((religious_belief:Seventh-day Adventist - Sabbath Friday sunset to Saturday sunset))", "Saturdays", "<<Marcus Wetherell>>", "Sunday/Wednesday"],
        ["X482913", "<<Shane O'Halloran>>", "None stated", "-", "-", "-"],
    ])


@document("cp-breach-warning.pdf")
def _(d):
    return pdf(
        d,
        [
            ("b", "Probation Service - Community Payback"),
            "Unit 7, Bretton Street Enterprise Park, Dewsbury [[pc:WF93 4RN]]   [[phone:0113 496 0815]]",
            "",
            "Mr <<Kieran Dyson-Priestley>>",
            "41 {{Stanhope}} Avenue, Mirfield [[pc:WF94 7JD]]",
            "",
            "6 January 2025",
            "",
            ("b", "FIRST WARNING - failure to comply with your community order"),
            "",
            "Dear Mr <<Dyson-Priestley>>,",
            "",
            "You were ordered at Kirklees Magistrates' Court on 19 August 2024 to carry out 80 hours of",
            "unpaid work for ((criminal_offence:driving with excess alcohol)). You did not attend your session on",
            "28 December 2024 at the {{Ravensknowle}} allotments and gave no acceptable reason.",
            "",
            "Your text message said you had ((health:a relapse and were drinking again)); please bring evidence",
            "from your alcohol treatment worker. A further failure will be taken back to court as a breach,",
            "which may lead to a fine, more hours or a custodial sentence.",
            "",
            "Yours sincerely,",
            "<<Marcus Wetherell>>, Unpaid Work Case Administrator",
            "[[email:upw.calderdale@probation.example.gov.uk]]",
        ],
        title="First warning - <<Dyson-Priestley>>",
        author="<<Marcus Wetherell>>",
    )


@document("cp-supervisor-mail.mbox")
def _(d):
    return mbox(d, [
        ("barrington.oduya@example.org", "Thu Jan  2 16:40:00 2025", dict(
            headers=[
                ("From", "<<Barrington Oduya>> <[[email:barrington.oduya@example.org]]>"),
                ("To", "[[email:upw.calderdale@probation.example.gov.uk]]"),
                ("Subject", "{{Greenhead}} Park team - <<Shane>> and <<Paweł>>"),
                ("Date", "Thu, 02 Jan 2025 16:40:00 +0000"),
                ("Message-ID", "<h24-cp-1@example.org>"),
            ],
            body="""Hi all,

Two things from today's {{Greenhead}} Park session.

<<Shane>> turned up 40 minutes late again and said he'd been at the ((health:methadone clinic)). Fine if it's true but can someone check with his case manager?

<<Paweł>> worked well, but one of the other lads recognised him from the news about the shop incident (his ((criminal_offence:racially aggravated public order offence))) and words were exchanged. I've split them up.

<<Barrington>>
Placement supervisor, [[phone:07700 900533]]
""",
            boundary="cp-1")),
        ("upw.calderdale@probation.example.gov.uk", "Fri Jan  3 09:05:00 2025", dict(
            headers=[
                ("From", "<<Jaswinder Gill>> <[[email:upw.calderdale@probation.example.gov.uk]]>"),
                ("To", "<<Barrington Oduya>> <[[email:barrington.oduya@example.org]]>"),
                ("Subject", "Re: {{Greenhead}} Park team - <<Shane>> and <<Paweł>>"),
                ("Date", "Fri, 03 Jan 2025 09:05:00 +0000"),
                ("Message-ID", "<h24-cp-2@probation.example.gov.uk>"),
                ("In-Reply-To", "<h24-cp-1@example.org>"),
            ],
            body="""<<Barrington>>,

Thanks. Confirmed <<Shane>>'s dispensing time with the clinic, so no warning.

For <<Paweł>>: he stays off any project at the community centre (see the restriction note). Keep him on the park team for now.

> words were exchanged. I've split them up.

<<Jas>>
""",
            boundary="cp-2")),
        ("elsie.marchbank@example.net", "Fri Jan  3 13:22:00 2025", dict(
            headers=[
                ("From", "<<Elsie Marchbank>> <[[email:elsie.marchbank@example.net]]>"),
                ("To", "[[email:upw.calderdale@probation.example.gov.uk]]"),
                ("Subject", "Allotments - new starter"),
                ("Date", "Fri, 03 Jan 2025 13:22:00 +0000"),
                ("Message-ID", "<h24-cp-3@example.net>"),
            ],
            body="""Hello,

The new lady, <<Rukhsana>>, asked if she can pray at 1pm on site. I've said the shed is free - hope that's all right. ((religious_belief:She's fasting next month for Ramadan)) so will take it easy on the digging.

<<Elsie>>
""",
            boundary="cp-3")),
    ])


@document("cp-project-restriction.txt")
def _(d):
    return text_file(d, """COMMUNITY PAYBACK - PROJECT PLACEMENT RESTRICTION
=================================================

Person on probation : <<NOWAKOWSKI, Paweł>>
CRN                 : X520198
Case manager        : <<Jaswinder Gill>>

Index offence: ((criminal_offence:racially aggravated threatening behaviour (Crime and Disorder Act 1998 s.31) at a
Huddersfield takeaway; the victim was of Pakistani heritage)). Recorded as a hate crime.

Restriction (agreed at MAPPA level 1 review, 17/12/2024):
  - no placement at a project serving a minority faith or ethnic group, including the
    {{Jinnah}} Community Centre and {{St Patrick's}} Centre food bank;
  - no lone working with the public;
  - supervisor to be told of the restriction but not of the victim's details.

He told the review he ((criminal_offence:also has a 2011 conviction for criminal damage)) and that he
is ((political_opinion:a paid-up member of Britain First and stood as its candidate in a 2021 by-election)).
He has ((health:chronic back pain after a 2019 fall)) and is not to be given heavy lifting.

Reviewed by: <<Marcus Wetherell>> (UPW) / <<Jaswinder Gill>> (case manager)
""")


@document("cp-rota-sheet.ods")
def _(d):
    return ods(
        d,
        [
            ("Week 2", [
                ["Community Payback rota - week commencing 6 January 2025"],
                ["Date", "Project", "Supervisor", "Attending", "Hours", "Notes"],
                [("date", "2025-01-06"), "{{Greenhead}} Park", "<<Barrington Oduya>>", "<<S. O'Halloran>>", 7, "Late - clinic"],
                [("date", "2025-01-06"), "{{Greenhead}} Park", "<<Barrington Oduya>>", "<<P. Nowakowski>>", 7, ""],
                [("date", "2025-01-07"), "{{Ravensknowle}} allotments", "<<Elsie Marchbank>>", "<<R. Begum>>", 6, ("note", "Prayer break 13:00", "<<Elsie Marchbank>>", "Agreed with <<Jas>>")],
                [("date", "2025-01-08"), "Charity shop (indoor)", "<<Tahira Rashid>>", "<<L. Mbeki-Stanton>>", 5, "((health:Pregnant - light duties))"],
                [("date", "2025-01-11"), "Sunday team - canal towpath", "<<Tahira Rashid>>", "<<M. Abrahams>>", 7, ""],
            ]),
            ("Contacts", [
                ["Supervisor", "Phone"],
                ["<<Tahira Rashid>>", "[[phone:01632 960 205]]"],
            ]),
        ],
        title="UPW rota wk2",
        author="<<Tahira Rashid>>",
        editor="<<Jaswinder Gill>>",
    )


@document("cp-case-export.json")
def _(d):
    return json_file(d, {
        "exportedBy": "<<Marcus Wetherell>>",
        "exportedFrom": "[[ip:198.51.100.47]]",
        "cases": [
            {"crn": "X517046", "forename": "<<Kieran>>", "surname": "<<Dyson-Priestley>>", "dateOfBirth": "[[dob:2001-11-03]]", "nino": "[[nino:QQ205718B]]", "offenceDescription": "((criminal_offence:Driving a motor vehicle with excess alcohol))", "upwHoursOrdered": 80, "complianceStatus": "first warning issued", "health": "((health:Alcohol dependence - ATR with Calderdale Recovery))"},
            {"crn": "X503377", "forename": "<<Rukhsana>>", "surname": "<<Begum>>", "dateOfBirth": "[[dob:1988-01-25]]", "nino": "[[nino:QQ 61 90 42 A]]", "offenceDescription": "((criminal_offence:Benefit fraud))", "upwHoursOrdered": 150, "complianceStatus": "compliant", "religion": "((religious_belief:Muslim))", "mobile": "[[phone:+44 7700 900117]]"},
        ],
    })


# 3. Eating disorders charity ---------------------------------------------


@document("ed-helpline-log.jsonl")
def _(d):
    return json_file(d, [
        {"callId": "HL-25-0031", "channel": "phone", "callerName": "<<Imogen>>", "callerType": "self", "age": 17, "volunteer": "<<Fern Cartwright-Ellis>>", "summary": "Says ((health:\"I've been restricting to 500 calories and I faint in PE\")). GP has referred her to CAMHS eating disorders team, 14 week wait.", "callbackNumber": "[[phone:07700 900 629]]"},
        {"callId": "HL-25-0034", "channel": "webchat", "callerName": "<<Danny Ólafsson>>", "callerType": "self", "age": 24, "volunteer": "<<Fern Cartwright-Ellis>>", "summary": "((health:Bulimia for six years, bingeing and purging most nights)). ((health:Also cutting his arms when it gets bad.)) Given the crisis line.", "ip": "[[ip:203.0.113.88]]"},
        {"callId": "HL-25-0040", "channel": "phone", "callerName": "<<Lorna Baptiste>>", "callerType": "parent", "age": None, "volunteer": "<<Ashok Menon>>", "summary": "Her son <<Reuben>> (9) has ((health:ARFID - eats only five foods, weight on 2nd centile)). Asked about the carers' group.", "callbackNumber": "[[phone:0114 496 0382]]"},
        {"callId": "HL-25-0042", "channel": "email", "callerName": "anonymous", "callerType": "self", "age": None, "volunteer": "<<Ashok Menon>>", "summary": "Asked for general information about anorexia for a school project. No personal disclosure.", "callbackNumber": None},
    ], lines=True)


@document("ed-support-group-register.csv")
def _(d):
    return delimited(d, [
        ["Group", "Session date", "Attendee", "Role", "Contact", "Facilitator note"],
        ["Tuesday adults (online)", "07/01/2025", "<<Harriet Lindqvist>>", "Member", "[[email:harriet.lindqvist@example.com]]", "((health:Anorexia, in recovery 2 years)); spoke about returning to work"],
        ["Tuesday adults (online)", "07/01/2025", "<<Yusuf Demirci>>", "Member", "[[email:y.demirci@example.net]]", "((health:Binge eating disorder)); new, quiet; ((sex_life_orientation:spoke about coming out as gay to his family))"],
        ["Tuesday adults (online)", "07/01/2025", "<<Chloe-Jade Amankwah>>", "Member", "[[phone:07700900718]]", "((health:OSFED - recent hospital admission for low potassium))"],
        ["Carers' circle ({{Wentworth}} Room)", "09/01/2025", "<<Lorna Baptiste>>", "Carer", "[[phone:0114 496 0382]]", "Son with ARFID"],
        ["Carers' circle ({{Wentworth}} Room)", "09/01/2025", "<<Gordon Mackie>>", "Carer", "[[email:gordon.mackie@example.org]]", "Daughter <<Isla>> ((health:an inpatient at the eating disorder unit))"],
        ["Carers' circle ({{Wentworth}} Room)", "09/01/2025", "<<Benedetta Ricci>>", "Facilitator", "[[phone:0808 157 0419]]", ""],
    ])


@document("ed-carer-mail.eml")
def _(d):
    return message(
        d,
        [
            ("From", "<<Gordon Mackie>> <[[email:gordon.mackie@example.org]]>"),
            ("To", "Carers Support <[[email:carers@nourishnorth.example.org.uk]]>"),
            ("Subject", "<<Isla>> - discharge and what happens next"),
            ("Date", "Wed, 08 Jan 2025 22:47:00 +0000"),
            ("Message-ID", "<h24-ed-1@example.org>"),
        ],
        """Dear <<Benedetta>>,

Thank you for Thursday. I said I would write down where things are with <<Isla>>.

She was admitted in October weighing ((health:6st 2lb with a BMI of 14.1)), and the unit want to discharge her to day-patient care next month. She still has ((health:anorexia nervosa)) and they have started her on ((health:olanzapine)), which has helped the anxiety around meals.

Her mum and I are separated, so it's me doing meal support at home. Is there a carers' skills workshop (the New Maudsley one) before February?

Best wishes,
<<Gordon>>
<<Gordon Mackie>>
[[phone:+44 (0)7700 900381]]
""",
        html="<p>Dear <<Benedetta>>,</p><p>Thank you for Thursday. <<Isla>> is coming home to day-patient care next month.</p><p><<Gordon>></p>",
        boundary="ed-carer-24",
    )


@document("ed-research-consent.docx")
def _(d):
    return docx(
        d,
        [
            ("h", "Participant consent form - Recovery Voices study (REC ref 24/YH/0213)"),
            ("table", [
                ["Participant", "<<Harriet Lindqvist>>"],
                ["Participant ID", "RV-044"],
                ["Date of birth", "[[dob:22-Aug-1993]]"],
                ["Email", "[[email:harriet.lindqvist@example.com]]"],
                ["Current BMI (self-reported)", "((health:18.6))"],
                ["Diagnosis and duration", "((health:Anorexia nervosa (restrictive), diagnosed 2011))"],
                ["Lowest adult BMI", "((health:13.2 (2016 admission)))"],
            ]),
            ("p", "I confirm that I have read the information sheet dated 1 October 2024 and understand that I may withdraw at any time."),
            ("p", "Optional: ((genetic:I agree to give a saliva sample for DNA extraction and genotyping in the anorexia genetics sub-study)) - YES"),
            ("fn", "I agree to my interview being audio recorded and transcribed.", "Recordings are deleted after transcription; transcripts are pseudonymised."),
            ("comment", "Signed: ", "<<Harriet Lindqvist>>", " 12/12/2024", "<<Benedetta Ricci>>", "Check BMI wording with the sponsor: self-reported, not measured."),
            ("box", ["Researcher: <<Nandini Krishnamurthy>>", "[[email:n.krishnamurthy@uni.example.ac.uk]] / [[phone:0114 496 0917]]"]),
        ],
        title="Consent RV-044",
        author="<<Nandini Krishnamurthy>>",
        editor="<<Benedetta Ricci>>",
        header="Recovery Voices - in partnership with Nourish North",
        footer="Version 3, 01/10/2024",
    )


@document("ed-trans-caller-note.txt")
def _(d):
    return text_file(d, """Helpline - call note (sensitive)
Call ref: HL-25-0037   Date: 07/01/2025 19:20   Volunteer: <<Ashok Menon>>

Caller gave name as <<Jesse Harrow-Finch>>, 19, student at Sheffield.

In their own words: "((sex_life_orientation:I'm trans and I'm bi)), and I think the not eating started because I wanted my body to look flatter. ((health:I've been on the gender clinic waiting list for gender dysphoria)) for three years and ((health:I make myself sick after most meals now))."

They asked us not to contact their parents. Consent to a callback on [[phone:07700 900 156]] only.
Signposted: student wellbeing service; LGBT+ eating disorder peer group (Thursdays).

Supervisor debrief: <<Benedetta>> (09/01). <<Ashok>> found the call hard; offered a second debrief.
""")


@document("ed-donations-giftaid.xlsx")
def _(d):
    return xlsx(
        d,
        [
            ("Donations Dec 2024", [
                ["Donor", "House no.", "Postcode", "Amount", "Gift Aid", "Method", "Reference", "Message"],
                ["<<Philippa Stroud-Kenyon>>", "12", "[[pc:S96 3DF]]", 250, "Y", "Card", "ND-88120", "In memory of my sister <<Judith>>, who ((health:lived with anorexia for 30 years))"],
                ["<<Rajesh Ramaswamy>>", "7a", "[[pc:S92 8QL]]", 40, "Y", "Direct debit", "ND-88131", ""],
                ["<<Ffion Llewelyn>>", "Ty Gwyn", "[[pc:CF99 4NP]]", 15, "N", "Card", "ND-88135", "I ran the 10k after ((health:my own recovery from bulimia)); raffle money from ((political_opinion:our Plaid Cymru branch, where I am treasurer))"],
                ["<<Harriet Lindqvist>>", "3", "[[pc:S95 2HU]]", 20, "Y", "Bank transfer", "ND-88140", ""],
            ]),
            ("Gift Aid claim", [
                ["Title", "First name", "Last name", "House", "Postcode", "Aggregated?", "Sponsored?", "Donation date", "Amount"],
                ["Mrs", "<<Philippa>>", "<<Stroud-Kenyon>>", "12", "[[pc:S96 3DF]]", "", "", ("date", "2024-12-03"), 250],
                ["Mr", "<<Rajesh>>", "<<Ramaswamy>>", "7a", "[[pc:S92 8QL]]", "", "", ("date", "2024-12-05"), 40],
                ["Ms", "<<Harriet>>", "<<Lindqvist>>", "3", "[[pc:S95 2HU]]", "", "Yes", ("date", "2024-12-18"), 20],
            ]),
            ("Direct debits", [
                ["Account holder", "Sort code", "Account number", "Monthly", "Started"],
                ["<<R RAMASWAMY>>[[=bank:116208:53907142]]", "11-62-08", 53907142, 40, ("date", "2023-04-01")],
                ["<<H LINDQVIST>>[[=bank:090129:46621003]]", "09-01-29", "46621003", 20, ("date", "2024-12-18")],
            ]),
            ("Card log", [
                ["Reference", "Card number", "Expiry", "Taken by"],
                ["ND-88120", "[[card:4242 4242 4242 4242]]", "09/27", "<<Ashok Menon>>"],
                ["ND-88135", "[[card:5555-5555-5555-4444]]", "02/26", "<<Ashok Menon>>"],
            ]),
        ],
        title="Donations December 2024",
        author="<<Olwen Treharne>>",
        editor="<<Olwen Treharne>>",
    )


@document("ed-volunteer-supervision.html")
def _(d):
    return html_page(d, "Helpline volunteer supervision - January", """<h1>Helpline volunteer group supervision, 10 January 2025</h1>
<p>Facilitated by <<Benedetta Ricci>> (Clinical Lead). Venue: the {{Wentworth}} Room, {{Tapton}} House.</p>
<h2>Present</h2>
<ul>
<li><<Fern Cartwright-Ellis>></li>
<li><<Ashok Menon>></li>
<li><<Tobiah Nwachukwu>> (observing)</li>
</ul>
<h2>Case reflections (first names of callers only)</h2>
<dl>
<dt><<Imogen>> (17)</dt><dd>((health:Restricting and fainting)); <<Fern>> followed the under-18 safeguarding route and the school nurse was informed.</dd>
<dt><<Danny>></dt><dd>((health:Bulimia and self-harm)). Crisis plan shared; the volunteer felt out of depth.</dd>
</dl>
<h2>Volunteer wellbeing</h2>
<p><<Fern>> shared that ((health:her own eating disorder history)) makes calls from teenagers harder. Agreed she will take adult calls only for a month.</p>
<p>Next supervision: 7 February. Contact <<Benedetta>> on <a href="mailto:[[email:b.ricci@nourishnorth.example.org.uk]]">[[email:b.ricci@nourishnorth.example.org.uk]]</a>.</p>""")


@document("ed-webchat-transcript.md")
def _(d):
    return text_file(d, """## Webchat transcript - session WC-5512

*Started 06/01/2025 21:03 from [[ip:2001:db8:4c2::17]] - volunteer **<<Tobiah Nwachukwu>>***

**Visitor (gave name <<Marisol Quintero>>):** hi is this confidential

**<<Tobiah>>:** Hi <<Marisol>>, yes - unless we think you or someone else is in immediate danger. What's on your mind tonight?

**Visitor:** ((health:i've been eating really fast and then taking laxatives)), like 20 a day. my mum found the packets

**<<Tobiah>>:** Thank you for telling me. Taking that many laxatives can affect your heart. Have you spoken to a GP?

**Visitor:** no. also ((health:i have type 1 diabetes and i've been skipping insulin to lose weight))

**<<Tobiah>>:** That is really important - skipping insulin is dangerous. Can I give you the number of the diabetes and eating disorders service?

**Visitor:** ok. my email is [[email:mq.2006@example.com]] if you want to send stuff

*Chat ended 21:31. Follow-up email sent with NHS 111 and the T1DE service details.*
""")


# 4. Airport ID pass and security vetting office ----------------------------


@document("pass-application.pdf")
def _(d):
    return pdf(
        d,
        [
            ("b", "Aire Valley Airport - Airside ID Pass Application (Part B: applicant)"),
            "Surname: <<KOWALCZYK>>     Forename(s): <<Agnieszka Maria>>",
            "Date of birth: [[dob:17/03/1990]]    Nationality: Polish / British (dual)",
            "UK passport no: [[pass:561203948]]    NI no: [[nino:QQ 40 27 91 D]]",
            "Home address: 8 {{Nelson}} Court, Yeadon, Leeds [[pc:LS97 5WY]]",
            "Mobile: [[phone:07700 900 472]]   Email: [[email:a.kowalczyk@example.com]]",
            "Employer: {{Harrier}} Ground Handling Ltd    Role: ramp agent",
            "",
            ("b", "Five-year history (gaps over 28 days must be explained)"),
            "01/2020 - 08/2021  Warehouse operative, Wakefield (reference received)",
            "09/2021 - 02/2022  GAP: ((health:off work with long COVID and then a hospital stay for pneumonia))",
            "03/2022 - 11/2023  GAP: living abroad in Gdansk, caring for her father; overseas criminal record",
            "                   certificate from the Polish registry supplied",
            "12/2023 - present  Ramp agent, {{Harrier}} Ground Handling",
            "",
            ("b", "Declaration"),
            "Unspent convictions: None.    Signed: <<A. Kowalczyk>>    Date: 02/12/2024",
            "",
            "Sponsor signatory: <<Hamish Drummond-Lyle>>, {{Harrier}} Ground Handling, [[phone:0113 496 0934]]",
        ],
        title="ID pass application - <<KOWALCZYK>>",
        author="<<Hamish Drummond-Lyle>>",
    )


@document("pass-applications.csv")
def _(d):
    return delimited(d, [
        ["App no", "Surname", "Forenames", "DOB", "Employer", "Gap explanation", "CRC result", "CTC", "Status"],
        ["AV24-3310", "<<KOWALCZYK>>", "<<Agnieszka Maria>>", "[[dob:17/03/1990]]", "{{Harrier}} Ground Handling", "Illness; abroad (Poland)", "No trace", "Cleared", "Issued"],
        ["AV24-3318", "<<FAIRCLOUGH>>", "<<Liam Dean>>", "[[dob:05/11/1987]]", "SkyServe Catering", "((criminal_offence:HMP Doncaster 06/2020-04/2022 (sentence for burglary) ))", "((criminal_offence:Conviction 2020 - spent 2024))", "Cleared", "Issued with conditions"],
        ["AV24-3325", "<<ADEYEMI>>", "<<Oluwatobi>>", "[[dob:30/06/1999]]", "Aire Valley Airport Security", "University in Nigeria", "No trace", "Pending", "Awaiting CTC"],
        ["AV24-3331", "<<McLAVERTY>>", "<<Ciarán>>", "[[dob:12/01/1975]]", "Northern Fuel Services", "((health:Sick leave 2022 - cancer treatment))", "No trace", "Cleared", "Issued"],
        ["AV24-3340", "<<HUSSEIN>>", "<<Abdirahman>>", "[[dob:22/09/1993]]", "SkyServe Catering", "None", "((criminal_offence:Unspent: possession with intent to supply, 2023))", "Not started", "Refused"],
    ])


@document("pass-ctc-vetting.docx")
def _(d):
    return docx(
        d,
        [
            ("h", "Counter-Terrorist Check (CTC) - referral to UKSV"),
            ("table", [
                ["Subject", "<<Oluwatobi Adeyemi>>"],
                ["Date of birth", "[[dob:30 June 1999]]"],
                ["Place of birth", "Ibadan, Nigeria"],
                ["Nationality", "British (naturalised 2016); Nigerian passport surrendered"],
                ["UK passport", "[[pass:530917264]]"],
                ["Address (3 years)", "Flat 11, {{Cavendish}} House, Leeds [[pc:LS98 2NH]]"],
                ["Post", "Security officer - hold baggage screening"],
            ]),
            ("p", "Memberships declared: ((political_opinion:Labour Party member since 2017; campaigned for the local MP in 2024)). Voluntary: mosque youth football coach."),
            ("p", "Travel in the last five years: Nigeria (family, 2022), Saudi Arabia (((religious_belief:Umrah, March 2023))), Turkey (holiday, 2024)."),
            ("fn", "Reason for CTC: the post needs access to the hold baggage screening room.", "CTC is required for roles with unescorted access to security restricted areas where screening equipment is held."),
            ("comment", "Vetting officer's note: ", "the subject declared no convictions", "; PNC and DBS basic checks show no trace.", "<<Siobhán Rourke>>", "Nothing to add. Do not mention the Umrah trip in the referral - not relevant."),
            ("box", ["ID Centre use: referral sent 04/12/2024", "Officer: <<Siobhán Rourke>>, [[email:idcentre@airevalleyairport.example.co.uk]]"]),
        ],
        title="CTC referral AV24-3325",
        author="<<Siobhán Rourke>>",
        editor="<<Siobhán Rourke>>",
        header="OFFICIAL-SENSITIVE - PERSONNEL",
        footer="Aire Valley Airport ID Centre",
    )


@document("pass-biometric-enrolment.tsv")
def _(d):
    return delimited(d, [
        ["Pass no", "Holder", "Enrolled", "Method", "Gate group", "Template ID", "Operator", "Comment"],
        ["A-104233", "<<Agnieszka Kowalczyk>>", "09/12/2024", "((biometric:Fingerprint - right and left index, templates stored))", "Ramp/Stand gates", "FP-77120", "<<Kwame Tetteh>>", ""],
        ["A-104240", "<<Ciarán McLaverty>>", "10/12/2024", "((biometric:Fingerprint - left index only (right hand injury)))", "Fuel farm", "FP-77131", "<<Kwame Tetteh>>", "((health:Right hand: partial amputation of two fingers))"],
        ["A-104251", "<<Liam Fairclough>>", "10/12/2024", "((biometric:Facial template + fingerprint))", "Catering gate 4", "FP-77140", "<<Kwame Tetteh>>", "Conditions: escorted airside for 6 months"],
        ["A-104262", "<<Magdalena Sowińska>>", "11/12/2024", "PIN only (declined biometrics)", "Terminal", "-", "<<Kwame Tetteh>>", "Declined - offered PIN"],
    ], "\t")


@document("pass-refusal-letter.rtf")
def _(d):
    return rtf(
        d,
        [
            "Aire Valley Airport ID Centre, Terminal Road, Yeadon [[pc:LS97 1AV]]",
            "6 January 2025",
            "Mr <<Abdirahman Hussein>>",
            "24 {{Gladstone}} Terrace, Bradford [[pc:BD98 3KF]]",
            "Dear Mr <<Hussein>>,",
            "Application AV24-3340: airside ID pass - REFUSED",
            ("Your criminal record certificate shows ((criminal_offence:an unspent conviction at Bradford Crown Court in 2023 for possession of a Class A drug with intent to supply)). Under the Single Consolidated Direction the conviction is a disqualifying offence until it is spent.", "The Rehabilitation of Offenders Act 1974 sets the period; we cannot reconsider before the date it is spent."),
            "You may ask for a review within 28 days by writing to the ID Centre Manager.",
            "Yours sincerely,",
            "<<Siobhán Rourke>>, ID Centre Vetting Officer",
        ],
        title="Refusal AV24-3340",
        author="<<Siobhán Rourke>>",
    )


@document("pass-employer-mail.eml")
def _(d):
    att = pdf(d, [
        ("b", "SkyServe Catering - sponsor letter"),
        "We confirm that <<Liam Fairclough>> (DOB [[dob:5 Nov 1987]]) has been employed since 3 June 2024.",
        "He has told us ((criminal_offence:he served 22 months at HMP Doncaster for burglary)), released April 2022.",
        "We support his application and accept the escort condition.",
        "<<Precious Mhlanga>>, HR Manager",
    ], "Sponsor letter - <<Fairclough>>", "<<Precious Mhlanga>>")
    return message(
        d,
        [
            ("From", "<<Precious Mhlanga>> <[[email:precious.mhlanga@skyserve.example.co.uk]]>"),
            ("To", "ID Centre <[[email:idcentre@airevalleyairport.example.co.uk]]>"),
            ("Cc", "<<Liam Fairclough>> <[[email:liamfairclough87@example.com]]>"),
            ("Subject", "Pass for <<Liam Fairclough>> - escort condition"),
            ("Date", "Tue, 17 Dec 2024 11:02:00 +0000"),
            ("Message-ID", "<h24-pass-1@skyserve.example.co.uk>"),
        ],
        """Hello <<Siobhán>>,

Attached is our sponsor letter for <<Liam>>. We understand the pass is issued with a six-month escort condition because of the gap in his history.

Can his escorting be done by <<Dariusz Zając>> (pass A-098811)? He is his team leader on the early shift and ((trade_union:the GMB rep for the catering staff)).

Also - <<Liam>> has asked whether his ((health:epilepsy (controlled, no seizures since 2019))) needs to be declared for airside driving. Who should he speak to?

Kind regards,
<<Precious>>
HR Manager, SkyServe Catering | [[phone:0113 496 0047]]
""",
        html="<p>Hello <<Siobhán>>,</p><p>Attached is our sponsor letter for <<Liam>>.</p><p><<Precious>></p>",
        attachments=[("sponsor-letter.pdf", "application/pdf", att)],
        boundary="pass-mail-24",
    )


@document("pass-nationality-checks.json")
def _(d):
    return json_file(d, {
        "batch": "RTW-2024-49",
        "checkedBy": "<<Kwame Tetteh>>",
        "workstationIp": "[[ip:192.0.2.140]]",
        "records": [
            {"applicant": {"firstName": "<<Magdalena>>", "lastName": "<<Sowińska>>"}, "dob": "[[dob:1984-02-09]]", "nationality": "Polish", "document": "EU settled status share code", "passportNumber": None, "result": "verified"},
            {"applicant": {"firstName": "<<Oluwatobi>>", "lastName": "<<Adeyemi>>"}, "dob": "[[dob:1999-06-30]]", "nationality": "British", "document": "UK passport", "passportNumber": "[[pass:530917264]]", "result": "verified", "chipCheck": "((biometric:facial image on the chip matched to live capture, score 0.93))"},
            {"applicant": {"firstName": "<<Rohan>>", "lastName": "<<De Silva>>"}, "dob": "[[dob:1996-12-01]]", "nationality": "Sri Lankan", "document": "Biometric residence permit", "passportNumber": None, "result": "verified", "note": "Visa expires 2026; ((health:applicant uses a wheelchair - accessible route to ID Centre booked))"},
            {"applicant": {"firstName": "<<Euan>>", "lastName": "<<Strachan>>"}, "dob": "[[dob:1968-04-27]]", "nationality": "British", "document": "UK passport", "passportNumber": "[[pass:508834172]]", "result": "verified", "drivingLicence": "[[dl:STRAC604278E99KP]]"},
        ],
    })


@document("pass-audit-log.html")
def _(d):
    return html_page(d, "ID Centre access audit", """<h1>ID Centre - pass system audit extract (week 50)</h1>
<table border="1">
<tr><th>Time</th><th>User</th><th>Action</th><th>Pass holder</th><th>Source IP</th></tr>
<tr><td>09/12/2024 08:14</td><td><<K. Tetteh>></td><td>Enrol fingerprints</td><td><<Agnieszka Kowalczyk>></td><td>[[ip:192.0.2.140]]</td></tr>
<tr><td>10/12/2024 10:02</td><td><<K. Tetteh>></td><td>Enrol face + fingerprint</td><td><<Liam Fairclough>></td><td>[[ip:192.0.2.140]]</td></tr>
<tr><td>11/12/2024 15:40</td><td><<S. Rourke>></td><td>View criminal record certificate</td><td><<Abdirahman Hussein>></td><td>[[ip:192.0.2.151]]</td></tr>
<tr><td>12/12/2024 09:30</td><td><<H. Drummond-Lyle>></td><td>Sponsor portal login</td><td>-</td><td>[[ip:198.51.100.203]]</td></tr>
</table>
<p>Exceptions: <<Liam Fairclough>>'s biometric match failed three times at Catering gate 4 on 13/12; ((biometric:fingerprint re-enrolled)).</p>
<p>Reviewed by <<Siobhán Rourke>> on 16/12/2024.</p>""")


def build():
    """Every document's bytes and labels, and every problem found."""
    built, problems, seen = [], [], set()
    for name, write in DOCUMENTS:
        if name in seen:
            problems.append(f"{name}: file name written twice")
        seen.add(name)
        d = Doc(name)
        data = write(d)
        problems += d.check()
        built.append((d, data))
    return built, problems


# 5. NHS podiatry service -----------------------------------------------------


@document("pod-diabetic-foot-assessments.xlsx")
def _(d):
    return xlsx(
        d,
        [
            ("Foot risk", [
                ["Calder Community Podiatry - annual diabetic foot risk assessments, December 2024"],
                ["NHS number", "Patient", "DOB", "Risk", "Pulses", "Monofilament", "Ulcer history", "Amputation", "Other", "Next review"],
                [f"[[nhs:{nhs('999731004')}]]", "<<Gerald Pickersgill>>", ("dob", "1947-05-19"), "((health:High))", "((health:Absent DP and PT right - PAD))", "((health:Insensate 6/10))", "((health:Active ulcer R hallux, 1.2cm))", "((health:L 2nd toe 2021))", "Smoker", ("date", "2025-01-14")],
                [f"[[nhs:{nhs('999731012', '-')}]]", "<<Winifred Oyeleke>>", ("dob", "1952-10-02"), "((health:Moderate))", "Present", "((health:Insensate 3/10))", "None", "None", "((health:Rheumatoid arthritis, on methotrexate))", ("date", "2025-06-10")],
                [f"[[nhs:{nhs('999731020', '')}]]", "<<Tadeusz Grzybowski>>", ("dob", "1939-01-28"), "((health:Active foot disease))", "((health:Absent bilaterally))", "((health:Insensate))", "((health:Charcot foot L, offloading boot))", "((health:R below-knee amputation 2019))", "", ("date", "2025-01-08")],
                [f"[[nhs:{nhs('999731038')}]]", "<<Marjorie Ellwood>>", ("dob", "1961-07-07"), "((health:Low))", "Present", "Sensate", "None", "None", "((health:Type 2 diabetes, diet controlled))", ("date", "2025-12-02")],
            ]),
            ("Clinicians", [
                ["Clinician", "HCPC", "Base"],
                ["<<Aoife Brennan-Tully>>", "CH38120", "{{Todmorden}} Health Centre"],
                ["<<Sanjeev Malhotra>>", "CH40977", "{{Elland}} Clinic"],
            ]),
        ],
        title="Diabetic foot risk Dec 2024",
        author="<<Aoife Brennan-Tully>>",
        editor="<<Sanjeev Malhotra>>",
    )


@document("pod-nail-surgery-consent.pdf")
def _(d):
    return pdf(
        d,
        [
            ("b", "NHS Calder Community Podiatry - Consent Form 1: Nail Surgery"),
            "Patient: <<Bartholomew Ikeji>>    DOB: [[dob:1 Feb 2003]]",
            "NHS number: [[nhs:" + nhs("999620115") + "]]    Hospital no: CCP-220418",
            "Address: 19 {{Brunel}} Close, Sowerby Bridge [[pc:HX95 6RG]]",
            "",
            ("b", "Proposed procedure"),
            "((health:Partial nail avulsion, left hallux, lateral border, with phenolisation under local anaesthetic))",
            "Reason: ((health:recurrent ingrown toenail with infection (three courses of flucloxacillin)))",
            "",
            "Intended benefits: relief of pain, prevention of further infection.",
            "Serious or frequent risks: infection, regrowth of the nail spike, delayed healing, pain.",
            "",
            "Medical history checked: ((health:asthma (salbutamol); allergic to penicillin - rash))",
            "",
            "Statement of patient: I agree to the procedure described above.",
            "Signed: <<B. Ikeji>>    Date: 08/01/2025",
            "Podiatrist: <<Sanjeev Malhotra>> (HCPC CH40977)    Contact: [[phone:01632 960 588]]",
        ],
        title="Consent - nail surgery",
        author="<<Sanjeev Malhotra>>",
    )


@document("pod-home-visits.csv")
def _(d):
    return delimited(d, [
        ["Visit date", "Patient", "Address", "Postcode", "Phone", "Reason housebound", "Treatment", "Key safe"],
        ["13/01/2025", "<<Ivy Hepplewhite>>", "4 {{Cromwell}} Bottom, Brighouse", "[[pc:HD96 4PA]]", "[[phone:01632 960 340]]", "((health:Severe COPD, home oxygen))", "Nail care, callus", "Yes - code with team"],
        ["13/01/2025", "<<Desmond Achterberg-Clay>>", "Flat 2, {{Prospect}} House, Halifax", "[[pc:HX97 1BS]]", "[[phone:07700 900 905]]", "((health:Bedbound after stroke; heel pressure ulcer grade 3))", "Dressing", "No"],
        ["14/01/2025", "<<Tadeusz Grzybowski>>", "22 Beech Hill, Halifax", "[[pc:HX93 8TT]]", "[[phone:01632 960 612]]", "((health:Below-knee amputee, Charcot L foot))", "Offloading check", "Yes"],
        ["14/01/2025", "<<Nell Sugden>>", "Moorside Care Home, room 9", "[[pc:HX98 2DW]]", "[[phone:01632 960 777]]", "((health:Advanced dementia))", "Nail care", "n/a"],
    ])


@document("pod-complaint-mail.eml")
def _(d):
    return message(
        d,
        [
            ("From", "<<Rosalind Pickersgill>> <[[email:ros.pickersgill@example.net]]>"),
            ("To", "[[email:pals@calderhealth.example.nhs.uk]]"),
            ("Subject", "Complaint - my father's foot ulcer"),
            ("Date", "Fri, 03 Jan 2025 08:55:00 +0000"),
            ("Message-ID", "<h24-pod-1@example.net>"),
        ],
        """To the Patient Advice and Liaison Service,

I am writing about my father, <<Gerald Pickersgill>> (NHS number [[nhs:""" + nhs("999731004") + """]]).

He has had ((health:an ulcer on his right big toe since September)). He was told by the podiatrist at {{Todmorden}} that it was healing, but on Boxing Day it turned black and he was admitted to Calderdale Royal with ((health:osteomyelitis)). The vascular surgeon now says ((health:his toe may have to be amputated)).

Dad is 77, ((health:has peripheral arterial disease and diabetes)), and he cannot drive. Two appointments were cancelled by text with no new date. I would like to know why he was not referred to the hospital foot team sooner.

Yours faithfully,
<<Rosalind Pickersgill>> (daughter)
[[phone:0161 496 0734]]
""",
        force_subject=True,
        boundary="pod-mail-24",
    )


@document("pod-blood-products-note.odt")
def _(d):
    return odt(
        d,
        [
            ("h", "Clinical note - advance decision on blood products"),
            ("p", "Patient: <<Winifred Oyeleke>>    DOB: [[dob:02/10/1952]]    NHS: [[nhs:" + nhs("999731012", "-") + "]]"),
            ("p", "Mrs <<Oyeleke>> told me today that ((religious_belief:she is one of Jehovah's Witnesses)) and ((religious_belief:will not accept a blood transfusion or blood components)) in any circumstances, including red cells, plasma and platelets. She carries a signed Advance Decision (No Blood card) dated 2022."),
            ("note", "Relevant to podiatry: she is listed for a ((health:forefoot arthroplasty for rheumatoid deformity)) at the orthopaedic unit.", "<<Aoife Brennan-Tully>>", "Copied to the orthopaedic pre-op team and her GP, Dr <<Lindiwe Ncube>>."),
            ("p", "She is content for cell salvage to be discussed with the surgeon. Hospital Liaison Committee contact given by her: Brother <<Kwabena Ofori>>, [[phone:0113 496 0691]]."),
            ("p", "Recorded by <<Aoife Brennan-Tully>>, Podiatrist, 09/01/2025."),
        ],
        title="Advance decision - blood products",
        author="<<Aoife Brennan-Tully>>",
        editor="<<Aoife Brennan-Tully>>",
    )


@document("pod-clinic-rota.html")
def _(d):
    return html_page(d, "Podiatry clinic rota", """<h1>Calder Community Podiatry - clinic rota, January 2025</h1>
<table>
<thead><tr><th>Clinic</th><th>Mon</th><th>Tue</th><th>Wed</th><th>Thu</th><th>Fri</th></tr></thead>
<tbody>
<tr><td>{{Todmorden}} Health Centre</td><td><<Aoife Brennan-Tully>></td><td><<Aoife Brennan-Tully>></td><td>-</td><td><<Gethin Probert>></td><td>Nail surgery</td></tr>
<tr><td>{{Elland}} Clinic</td><td><<Sanjeev Malhotra>></td><td>-</td><td><<Sanjeev Malhotra>></td><td><<Sanjeev Malhotra>></td><td>-</td></tr>
<tr><td>Domiciliary</td><td><<Gethin Probert>></td><td><<Zuzana Hrdličková>></td><td><<Zuzana Hrdličková>></td><td>-</td><td><<Gethin Probert>></td></tr>
</tbody>
</table>
<h2>Registrations</h2>
<ul>
<li><<Aoife Brennan-Tully>> - HCPC CH38120 (renewal 03/2026)</li>
<li><<Sanjeev Malhotra>> - HCPC CH40977</li>
<li><<Gethin Probert>> - HCPC CH29514; ((trade_union:Royal College of Podiatry IR rep))</li>
<li><<Zuzana Hrdličková>> - HCPC CH45106 (return to work after ((health:surgery on her shoulder)): domiciliary only, no nail surgery until March)</li>
</ul>
<p>Clinic bookings: [[phone:0808 157 0188]] - [[email:podiatry.bookings@calderhealth.example.nhs.uk]]</p>""")


@document("pod-referrals.jsonl")
def _(d):
    return json_file(d, [
        {"referralId": "POD-R-7781", "nhsNumber": "[[nhs:" + nhs("999840036", "") + "]]", "patient": {"forename": "<<Shabana>>", "surname": "<<Akhtar>>"}, "dob": "[[dob:1970-03-15]]", "referrer": "Dr <<Hugo Lambourne>>", "reason": "((health:Type 2 diabetes, new callus with haemorrhage under 1st MTPJ))", "urgency": "urgent", "interpreter": "Punjabi", "ethnicity": "((racial_ethnic_origin:Asian or Asian British - Pakistani))"},
        {"referralId": "POD-R-7790", "nhsNumber": "[[nhs:" + nhs("999840044", "") + "]]", "patient": {"forename": "<<Cormac>>", "surname": "<<Ó Súilleabháin>>"}, "dob": "[[dob:1958-09-09]]", "referrer": "Practice nurse <<Leanne Firth>>", "reason": "((health:Psoriatic arthritis, painful forefoot)); ((genetic:HLA-B27 positive))", "urgency": "routine", "interpreter": None},
        {"referralId": "POD-R-7802", "nhsNumber": "[[nhs:" + nhs("999840053", "") + "]]", "patient": {"forename": "<<Edna>>", "surname": "<<Blackledge>>"}, "dob": "[[dob:1936-12-24]]", "referrer": "District nurse team", "reason": "((health:Housebound - heart failure; thickened nails))", "urgency": "routine", "interpreter": None},
    ], lines=True)


@document("pod-caseload.md")
def _(d):
    return text_file(d, """# Podiatrist caseload review - <<Gethin Probert>> (domiciliary), 10 Jan 2025

Reviewed with team lead <<Aoife Brennan-Tully>>.

1. **<<Ivy Hepplewhite>>** ([[dob:8 April 1934]]) - ((health:COPD on home oxygen; thin skin, two skin tears last visit)). Keep 8-weekly.
2. **<<Desmond Achterberg-Clay>>** - ((health:grade 3 heel ulcer improving; tissue viability nurse visiting)). Continue weekly until healed.
3. **<<Nell Sugden>>** - ((health:advanced dementia)); daughter <<Pauline>> to be present. Discharge to care home staff for nail care?
4. **<<Mervyn Tasker>>** - ((health:peripheral neuropathy after chemotherapy)); falls risk. Refer to falls team.

> <<Gethin>>: I am on the ((trade_union:RCPod branch committee)) on 22 Jan, so need cover that afternoon.

Action: <<Zuzana>> to take <<Mervyn>> from February. Team inbox [[email:podiatry.team@calderhealth.example.nhs.uk]].
""")


# 6. Community transport dial-a-ride -------------------------------------------


@document("dar-eligibility-forms.ods")
def _(d):
    return ods(
        d,
        [
            ("Members", [
                ["Calder Valley Dial-a-Ride - membership eligibility (new members, Q4 2024)"],
                ["Member no", "Name", "Date of birth", "Address", "Postcode", "Why can't you use ordinary buses?", "Aids", "Escort"],
                ["DAR-3051", "<<Hilda Greenwood-Shaw>>", ("dob", "1938-06-14"), "7 {{Wesley}} Street, Hebden Bridge", "[[pc:HX94 7EQ]]", "((health:Macular degeneration - registered severely sight impaired))", "White cane", "No"],
                ["DAR-3052", "<<Arthur Nuttall>>", ("dob", "1944-11-30"), "Flat 9, {{Kershaw}} Court", "[[pc:HX91 3LN]]", "((health:Vascular dementia - gets lost))", "None", ("note", "Yes - wife", "<<Lydia Penrose>>", "Wife <<Doreen Nuttall>> travels free as escort")],
                ["DAR-3053", "<<Mohammed Iqbal Chaudhry>>", ("dob", "1951-02-02"), "31 Birch Lane", "[[pc:HX96 2QR]]", "((health:COPD - portable oxygen, 2 litres))", "Oxygen cylinder, rollator", "No"],
                ["DAR-3054", "<<Precious Danso>>", ("dob", "1987-09-21"), "12 Albion Road", "[[pc:HX92 5GT]]", "((health:Multiple sclerosis - powered wheelchair user))", "Powered wheelchair (needs tail-lift)", "Sometimes"],
                ["DAR-3055", "<<Stanley Ackworth>>", ("dob", "1949-04-08"), "2 Mill Fold", "[[pc:HX94 1AD]]", "No bus on my road since 2023", "None", "No"],
            ]),
            ("Lookup", [
                ["Aid", "Vehicle"],
                ["Powered wheelchair", "Tail-lift minibus only"],
                ["Oxygen cylinder", "Secured in rack; max 2 cylinders"],
            ]),
        ],
        title="Eligibility Q4 2024",
        author="<<Lydia Penrose>>",
        editor="<<Lydia Penrose>>",
    )


@document("dar-driver-medical.docx")
def _(d):
    return docx(
        d,
        [
            ("h", "Volunteer driver - D1 entitlement and medical check"),
            ("table", [
                ["Driver", "<<Lennox Ashcroft-Bell>>"],
                ["Date of birth", "[[dob:14 March 1961]]"],
                ["Driving licence", "[[dl:ASHCR603141L99XK]]"],
                ["NI number", "[[nino:QQ 12 70 58 B]]"],
                ["Home", "5 {{Fielden}} Square, Todmorden [[pc:OL94 6HS]]"],
                ["Entitlement", "B, D1 (101 restriction - not for hire or reward)"],
                ["DVLA check code", "Gk 7z Wq 2P (valid 21 days)"],
                ["Penalty points", "3 (SP30, 2023)"],
            ]),
            ("p", "D4 medical (Group 2): examined by Dr <<Folake Adewunmi>> on 18/11/2024. Findings: ((health:type 2 diabetes on metformin only - no hypoglycaemia risk)); ((health:blood pressure 148/92, to be rechecked)); vision meets the Group 2 standard with glasses."),
            ("fn", "Outcome: fit to drive the minibus; renewal due at 65.", "Group 2 licences need a D4 medical at 45 and every five years to 65, then yearly."),
            ("comment", "Manager's note: ", "<<Lennox>> also told me he ((health:had a TIA in 2021))", " - the doctor was aware and DVLA was told at the time.", "<<Lydia Penrose>>", "DVLA letter seen and copied to file."),
            ("box", ["MiDAS minibus training: passed 05/2024", "Contact: [[phone:07700 900 047]]"]),
        ],
        title="Driver check - <<Ashcroft-Bell>>",
        author="<<Lydia Penrose>>",
        editor="<<Lydia Penrose>>",
        header="Calder Valley Dial-a-Ride - CONFIDENTIAL",
        footer="Driver file v2",
    )


@document("dar-trip-log.tsv")
def _(d):
    return delimited(d, [
        ["Date", "Vehicle", "Driver", "Member", "Pick-up", "Drop-off", "Purpose", "Notes"],
        ["06/01/2025", "YX19 KBN", "<<L. Ashcroft-Bell>>", "<<Hilda Greenwood-Shaw>>", "7 {{Wesley}} Street, [[pc:HX94 7EQ]]", "Calderdale Royal eye clinic", "((health:Eye injections (wet AMD)))", "Guide to the door"],
        ["06/01/2025", "YX19 KBN", "<<L. Ashcroft-Bell>>", "<<Mohammed Iqbal Chaudhry>>", "31 Birch Lane, [[pc:HX96 2QR]]", "Lidl, Halifax", "Shopping", "Oxygen on board"],
        ["07/01/2025", "YX68 TLA", "<<Ngozi Pemberton>>", "<<Precious Danso>>", "12 Albion Road, [[pc:HX92 5GT]]", "Renal unit, Huddersfield", "((health:Dialysis))", "Tail-lift; Tue/Thu/Sat"],
        ["07/01/2025", "YX68 TLA", "<<Ngozi Pemberton>>", "<<Arthur Nuttall>> + escort", "Flat 9, {{Kershaw}} Court, [[pc:HX91 3LN]]", "Memory clinic", "((health:Dementia review))", "Wife travelled"],
        ["08/01/2025", "YX19 KBN", "<<Ngozi Pemberton>>", "<<Stanley Ackworth>>", "2 Mill Fold, [[pc:HX94 1AD]]", "Post office", "Pension", ""],
    ], "\t")


@document("dar-bookings.mbox")
def _(d):
    return mbox(d, [
        ("secretary@jamia-masjid-halifax.example.org", "Mon Dec 30 10:15:00 2024", dict(
            headers=[
                ("From", "<<Imran Sadiq>> <[[email:secretary@jamia-masjid-halifax.example.org]]>"),
                ("To", "Dial-a-Ride bookings <[[email:bookings@cvdar.example.org.uk]]>"),
                ("Subject", "Group booking - Jumu'ah in January"),
                ("Date", "Mon, 30 Dec 2024 10:15:00 +0000"),
                ("Message-ID", "<h24-dar-1@jamia-masjid-halifax.example.org>"),
            ],
            body="""Assalamu alaikum,

Please could we book the tail-lift bus every Friday in January for our elderly brothers who ((religious_belief:attend Jumu'ah (Friday prayers) at the masjid)):

- <<Mohammed Iqbal Chaudhry>> (member DAR-3053) - oxygen
- <<Ghulam Rasool>> (member DAR-2876) - ((health:wheelchair, after his stroke))
- <<Abdul Majeed Khan>> (member DAR-2990)

Pick-ups from 12:15, return after 14:00. The masjid can pay the group fare by invoice.

JazakAllah khair,
<<Imran Sadiq>>, Secretary
[[phone:01632 960 921]]
""",
            boundary="dar-1")),
        ("bookings@cvdar.example.org.uk", "Tue Dec 31 09:30:00 2024", dict(
            headers=[
                ("From", "Dial-a-Ride bookings <[[email:bookings@cvdar.example.org.uk]]>"),
                ("To", "<<Imran Sadiq>> <[[email:secretary@jamia-masjid-halifax.example.org]]>"),
                ("Subject", "Re: Group booking - Jumu'ah in January"),
                ("Date", "Tue, 31 Dec 2024 09:30:00 +0000"),
                ("Message-ID", "<h24-dar-2@cvdar.example.org.uk>"),
                ("In-Reply-To", "<h24-dar-1@jamia-masjid-halifax.example.org>"),
            ],
            body="""Dear <<Imran>>,

Booked: Fridays 3, 10, 17, 24 and 31 January, YX68 TLA with <<Ngozi>> driving. Mr <<Rasool>>'s wheelchair fits with the others.

> Pick-ups from 12:15, return after 14:00.

Regards,
<<Lydia Penrose>>, Scheme Coordinator
""",
            boundary="dar-2")),
        ("bookings@cvdar.example.org.uk", "Thu Jan  2 14:02:00 2025", dict(
            headers=[
                ("From", "Dial-a-Ride bookings <[[email:bookings@cvdar.example.org.uk]]>"),
                ("To", "<<Ngozi Pemberton>> <[[email:ngozi.pemberton@example.com]]>"),
                ("Subject", "Friday runs"),
                ("Date", "Thu, 02 Jan 2025 14:02:00 +0000"),
                ("Message-ID", "<h24-dar-3@cvdar.example.org.uk>"),
            ],
            body="""<<Ngozi>>, the Friday masjid runs are yours for January - list attached on the board. <<Lydia>>
""",
            boundary="dar-3")),
    ])


@document("dar-driver-misconduct.rtf")
def _(d):
    return rtf(
        d,
        [
            "Calder Valley Dial-a-Ride - Volunteer Conduct Review (CONFIDENTIAL)",
            "Volunteer: <<Clive Ormondroyd>>, driver since 2017. Date of birth: [[dob:11.09.1958]].",
            "Date of review: 4 December 2024. Present: <<Lydia Penrose>> (Coordinator), <<Rashida Begum-Lowe>> (Trustee).",
            "Allegation: on 19 November a member, <<Hilda Greenwood-Shaw>>, said the driver shouted at her and left her at the kerb instead of guiding her to the door.",
            ("<<Clive>> disclosed that on 22 November he ((criminal_offence:accepted a police caution for common assault)) after an argument with a neighbour, which he had not reported to us as the volunteer agreement requires.", "Volunteer agreement clause 9: any arrest, caution, charge or conviction must be reported within 7 days."),
            "He said he has been ((health:under a lot of stress and is being treated for depression by his GP)).",
            "Outcome: stood down from driving for three months; may return to office volunteering. Member to receive an apology.",
            "Signed: <<L. Penrose>>",
        ],
        title="Conduct review - <<Ormondroyd>>",
        author="<<Lydia Penrose>>",
    )


@document("dar-member-mail.eml")
def _(d):
    return message(
        d,
        [
            ("From", "<<Doreen Nuttall>> <[[email:doreen.nuttall@example.co.uk]]>"),
            ("To", "Dial-a-Ride bookings <[[email:bookings@cvdar.example.org.uk]]>"),
            ("Subject", "<<Arthur>>'s Thursday trips and a thank you"),
            ("Date", "Sat, 04 Jan 2025 17:30:00 +0000"),
            ("Message-ID", "<h24-dar-4@example.co.uk>"),
        ],
        """Dear <<Lydia>>,

Thank you to your driver <<Ngozi>> for Tuesday. <<Arthur>> gets very muddled on the way to the memory clinic now - ((health:the consultant says his dementia has moved on quite a bit)) - and she was so patient when he tried to get out at the lights.

In February he starts ((health:a day centre for people with dementia)) at {{Heptonstall}} on Thursdays. Could he have a regular booking, 9.30 from home, back at 3.30? I will come too as his escort when I can, but ((health:my knee replacement)) is on 11 February so our son <<Martin Nuttall>> may come instead (unless ((political_opinion:his Conservative council group)) meets that day).

Our landline is [[phone:01632 960 474]].

With best wishes,
<<Doreen>>
""",
        html="<p>Dear <<Lydia>>,</p><p>Thank you to your driver <<Ngozi>> for Tuesday.</p><p>With best wishes,<br><<Doreen>></p>",
        boundary="dar-mail-24",
    )


@document("dar-members.json")
def _(d):
    return json_file(d, {
        "scheme": "Calder Valley Dial-a-Ride",
        "exported": "2025-01-06",
        "members": [
            {"memberNo": "DAR-2876", "name": "<<Ghulam Rasool>>", "dob": "[[dob:1940-05-05]]", "phone": "[[phone:01632 960 833]]", "postcode": "[[pc:HX93 2JF]]", "mobility": "((health:Wheelchair user since stroke (2022)))", "concession": "Blue Badge"},
            {"memberNo": "DAR-2990", "name": "<<Abdul Majeed Khan>>", "dob": "[[dob:1946-08-17]]", "phone": "[[phone:+441632960286]]", "postcode": "[[pc:HX93 4BE]]", "mobility": "((health:Parkinson's disease - unsteady))", "concession": "Senior bus pass"},
            {"memberNo": "DAR-3055", "name": "<<Stanley Ackworth>>", "dob": "[[dob:1949-04-08]]", "phone": None, "postcode": "[[pc:HX94 1AD]]", "mobility": "None - rural isolation", "concession": "Senior bus pass"},
            {"memberNo": "DAR-3060", "name": "<<Yvette Charlesworth-Obi>>", "dob": "[[dob:1979-12-19]]", "phone": "[[phone:07700 900 386]]", "postcode": "[[pc:HX97 6NU]]", "mobility": "((health:Agoraphobia and panic attacks - cannot use crowded buses))", "concession": "Disabled person's pass"},
        ],
    })


@document("dar-volunteer-rota.pdf")
def _(d):
    return pdf(
        d,
        [
            ("b", "Calder Valley Dial-a-Ride - Volunteer Drivers' Rota, January 2025"),
            "",
            "Week 1:  Mon/Wed <<Lennox Ashcroft-Bell>>   Tue/Thu/Fri <<Ngozi Pemberton>>",
            "Week 2:  Mon/Wed <<Lennox Ashcroft-Bell>>   Tue/Thu/Fri <<Ngozi Pemberton>>",
            "Week 3:  Mon <<Feargal Quinlan>>   Tue-Fri <<Ngozi Pemberton>>",
            "Week 4:  Mon-Fri <<Feargal Quinlan>> (<<Ngozi>> on leave)",
            "",
            ("b", "Stood down"),
            "<<Clive Ormondroyd>> - not driving until March (office duties only).",
            "",
            ("b", "Licence checks due"),
            "<<Ngozi Pemberton>>  licence [[dl:PEMBE758029N99QT]]  DVLA check due 02/2025",
            "<<Feargal Quinlan>>  licence [[dl:QUINL701225F99RM 07]]  DVLA check due 04/2025",
            "",
            "Mileage for December paid to <<Feargal Quinlan>>: sort code 72-00-14, account 61825930[[=bank:720014:61825930]]",
            "Fridays: masjid group run, 12:15 (see bookings). Tail-lift bus only.",
            "Office: [[phone:0113 496 0155]]   [[email:bookings@cvdar.example.org.uk]]",
        ],
        title="Drivers rota Jan 2025",
        author="<<Lydia Penrose>>",
    )


# 7. Travel health and vaccination clinic ----------------------------------------


@document("th-pre-travel-questionnaires.json")
def _(d):
    return json_file(d, [
        {"formId": "PTQ-20419", "traveller": {"fullName": "<<Aaliyah Pennant-Okafor>>", "dateOfBirth": "[[dob:1994-03-17]]", "email": "[[email:aaliyah.po@example.com]]"}, "destinations": ["Ghana", "Togo"], "departure": "2025-02-14",
         "answers": {"pregnant": "((health:Yes - 14 weeks))", "immunosuppressed": "No", "hivStatus": "Not disclosed", "epilepsy": "No", "eggAllergy": "No", "medications": "((health:Folic acid, labetalol for blood pressure))"}, "submittedFrom": "[[ip:198.51.100.19]]"},
        {"formId": "PTQ-20422", "traveller": {"fullName": "<<Florian Dubois-Haigh>>", "dateOfBirth": "[[dob:1982-07-01]]", "email": "[[email:fdh@example.org]]"}, "destinations": ["Kenya"], "departure": "2025-01-30", "travellingWith": "((sex_life_orientation:his husband)), <<Marcus Achebe-Lyle>>",
         "answers": {"pregnant": "n/a", "immunosuppressed": "((health:Yes - HIV positive, on antiretrovirals, CD4 520))", "hivStatus": "((health:Positive, undetectable))", "epilepsy": "No", "eggAllergy": "No", "medications": "((health:Biktarvy))"}, "submittedFrom": "[[ip:2001:db8:77::a01]]"},
        {"formId": "PTQ-20430", "traveller": {"fullName": "<<Siddharth Raghunathan>>", "dateOfBirth": "[[dob:2011-10-05]]", "email": "[[email:raghunathan.family@example.net]]"}, "destinations": ["India"], "departure": "2025-03-28",
         "answers": {"pregnant": "n/a", "immunosuppressed": "No", "hivStatus": "n/a", "epilepsy": "((health:Yes - on levetiracetam, last seizure 2023))", "eggAllergy": "((health:Yes - anaphylaxis to egg aged 3))", "medications": "((health:Levetiracetam 500mg twice daily))"}, "parentName": "<<Kavitha Raghunathan>>", "submittedFrom": "[[ip:203.0.113.201]]"},
        {"formId": "PTQ-20433", "traveller": {"fullName": "<<Bryony Maddox>>", "dateOfBirth": "[[dob:1969-01-22]]", "email": "[[email:bryony.maddox@example.com]]"}, "destinations": ["Peru", "Bolivia"], "departure": "2025-04-02",
         "answers": {"pregnant": "No", "immunosuppressed": "((health:Yes - methotrexate and adalimumab for Crohn's disease))", "hivStatus": "Negative", "epilepsy": "No", "eggAllergy": "No", "medications": "((health:Methotrexate weekly, adalimumab fortnightly))"}, "submittedFrom": "[[ip:198.51.100.19]]"},
    ])


@document("th-yellow-fever-exemption.pdf")
def _(d):
    return pdf(
        d,
        [
            ("b", "MEDICAL CONTRAINDICATION TO VACCINATION - Yellow Fever"),
            "Issued by: Wayfarer Travel Health Clinic (Yellow Fever Centre YFC-1187)",
            "22 Bondgate Walk, Otley [[pc:LS96 3PW]]   Tel [[phone:0113 496 0268]]",
            "",
            "This is to certify that immunisation against yellow fever is contraindicated",
            "on medical grounds for:",
            "",
            "Name: <<Bryony Maddox>>",
            "Date of birth: [[dob:22 January 1969]]",
            "Passport number: [[pass:547712093]]",
            "Reason (in confidence): ((health:immunosuppressive treatment for Crohn's disease))",
            "",
            "Valid for travel to: Peru, Bolivia. Dates: 02/04/2025 - 30/04/2025",
            "",
            "The traveller has been advised of the risk of yellow fever and of mosquito bite avoidance.",
            "",
            "Signed: Dr <<Ashwini Deshpande>>, Travel Health Physician (GMC 7104582)",
            "Official stamp of the centre: YFC-1187    Date: 07/01/2025",
        ],
        title="YF exemption - <<Maddox>>",
        author="<<Ashwini Deshpande>>",
    )


@document("th-hajj-certificate.docx")
def _(d):
    return docx(
        d,
        [
            ("h", "International Certificate of Vaccination - Meningococcal ACWY (Hajj / Umrah)"),
            ("p", "Required by the Ministry of Hajj and Umrah for all pilgrims aged 1 year and over, given not less than 10 days before arrival."),
            ("table", [
                ["Pilgrim", "<<Mahmood Hussain Qadri>>", "[[dob:5 Jan 1962]]", "Passport [[pass:539026718]]"],
                ["Pilgrim", "<<Nasreen Akhtar Qadri>>", "[[dob:19th December 1965]]", "Passport [[pass:539026726]]"],
                ["Purpose", "((religious_belief:Hajj 2025 with Al-Safa Tours group))", "", ""],
                ["Vaccine", "MenACWY (Nimenrix), batch NM4471", "Given 06/01/2025", "Valid 5 years"],
            ]),
            ("fn", "Mr <<Qadri>> was also given ((health:pneumococcal vaccine because of his type 2 diabetes and chronic kidney disease stage 3)).", "Diabetes and CKD put pilgrims at higher risk in the heat of Mina and Arafat; advised on hydration and insulin storage."),
            ("comment", "Vaccinated by: ", "<<Ruqayyah Ismail>>, travel health nurse", "", "<<Ashwini Deshpande>>", "PGD signed off - batch checked."),
            ("box", ["Wayfarer Travel Health Clinic, Otley", "[[phone:0113 496 0268]]  [[email:clinic@wayfarerhealth.example.co.uk]]"]),
        ],
        title="MenACWY certificate - <<Qadri>>",
        author="<<Ruqayyah Ismail>>",
        editor="<<Ashwini Deshpande>>",
        header="Wayfarer Travel Health Clinic",
        footer="Keep this certificate with your passport",
    )


@document("th-malaria-prophylaxis.md")
def _(d):
    return text_file(d, """# Malaria prophylaxis decisions - week 2

| Traveller | DOB | Destination | Drug | Reasoning |
|---|---|---|---|---|
| <<Florian Dubois-Haigh>> | [[dob:01/07/1982]] | Kenya (coast) | Atovaquone-proguanil | ((health:Checked interactions with his HIV medication)) - none significant |
| <<Tamsin Ridehalgh>> | [[dob:3rd April 1998]] | Uganda | Doxycycline | **Not mefloquine**: ((health:history of depression and a psychiatric admission in 2020)) |
| <<Aaliyah Pennant-Okafor>> | [[dob:17/03/1994]] | Ghana | Discussed | ((health:Pregnant)): advised to postpone; if travelling, mefloquine after specialist advice |
| <<Kwesi Appiah>> | [[dob:16-Sep-1990]] | Ghana (visiting friends and relatives; ((racial_ethnic_origin:British Ghanaian))) | Atovaquone-proguanil | None |

Prescriber: Dr <<Ashwini Deshpande>>. Private prescriptions emailed to the pharmacy at [[email:dispensary@wayfarerhealth.example.co.uk]].

Notes:
- <<Tamsin>> asked that her mental health history is not put on her letter for the tour company.
- {{Hepburn}} Pharmacy on {{Kirkgate}} holds the doxycycline.
""")


@document("th-card-payments.csv")
def _(d):
    return delimited(d, [
        ["Date", "Patient", "Items", "Amount", "Card", "Auth", "Taken by"],
        ["06/01/2025", "<<Mahmood Qadri>>", "MenACWY x2, pneumococcal", "148.00", "[[card:4111 1111 1111 1111]]", "A71920", "<<Ruqayyah Ismail>>"],
        ["06/01/2025", "<<Kwesi Appiah>>", "Typhoid, malaria tablets (x30)", "92.50", "[[card:3782 822463 10005]]", "A71934", "<<Ruqayyah Ismail>>"],
        ["07/01/2025", "<<Bryony Maddox>>", "Exemption certificate, consultation", "65.00", "[[card:2223003122003222]]", "A71958", "<<Ashwini Deshpande>>"],
        ["07/01/2025", "<<Tamsin Ridehalgh>>", "Doxycycline x60, rabies course", "246.00", "card ending 5556", "A71961", "<<Ruqayyah Ismail>>"],
        ["08/01/2025", "<<Eilidh Farquharson>>", "Deposit refund (trip cancelled)", "-30.00", "IBAN [[iban:NL91 ABNA 0417 1643 00]]", "R0092", "<<Ruqayyah Ismail>>"],
        ["08/01/2025", "<<Florian Dubois-Haigh>>", "Refund - cancelled hep A", "-55.00", "IBAN [[iban:DE89 3704 0044 0532 0130 00]]", "R0091", "<<Ashwini Deshpande>>"],
    ])


@document("th-patient-mail.mbox")
def _(d):
    return mbox(d, [
        ("tamsin.ridehalgh@example.com", "Wed Jan  8 07:12:00 2025", dict(
            headers=[
                ("From", "<<Tamsin Ridehalgh>> <[[email:tamsin.ridehalgh@example.com]]>"),
                ("To", "Wayfarer clinic <[[email:clinic@wayfarerhealth.example.co.uk]]>"),
                ("Subject", "Letter for the tour company"),
                ("Date", "Wed, 08 Jan 2025 07:12:00 +0000"),
                ("Message-ID", "<h24-th-1@example.com>"),
            ],
            body="""Hi,

The gorilla trekking company needs a letter saying I am fit to travel. Please could it just say that, and not mention ((health:my bipolar disorder or the lithium)) - they don't need to know.

Also is it OK to take the doxycycline with ((health:my contraceptive pill))?

Thanks,
<<Tamsin>>
[[phone:07700 900 794]]
""",
            boundary="th-1")),
        ("clinic@wayfarerhealth.example.co.uk", "Wed Jan  8 12:40:00 2025", dict(
            headers=[
                ("From", "<<Ashwini Deshpande>> <[[email:clinic@wayfarerhealth.example.co.uk]]>"),
                ("To", "<<Tamsin Ridehalgh>> <[[email:tamsin.ridehalgh@example.com]]>"),
                ("Subject", "Re: Letter for the tour company"),
                ("Date", "Wed, 08 Jan 2025 12:40:00 +0000"),
                ("Message-ID", "<h24-th-2@wayfarerhealth.example.co.uk>"),
                ("In-Reply-To", "<h24-th-1@example.com>"),
            ],
            body="""Dear <<Tamsin>>,

Of course - the letter will only confirm the vaccines given and that you are fit to travel. Doxycycline does not stop the pill working.

> not mention my bipolar disorder or the lithium

Please keep taking ((health:your lithium)) and carry enough for the trip; we'll talk about blood level checks before you go.

Dr <<Ashwini Deshpande>>
""",
            boundary="th-2")),
        ("kavitha.r@example.net", "Thu Jan  9 19:05:00 2025", dict(
            headers=[
                ("From", "<<Kavitha Raghunathan>> <[[email:raghunathan.family@example.net]]>"),
                ("To", "Wayfarer clinic <[[email:clinic@wayfarerhealth.example.co.uk]]>"),
                ("Subject", "<<Siddharth>> - flu vaccine and egg allergy"),
                ("Date", "Thu, 09 Jan 2025 19:05:00 +0000"),
                ("Message-ID", "<h24-th-3@example.net>"),
            ],
            body="""Hello, my son <<Siddharth>> ([[dob:5 October 2011]]) is booked for his India jabs on 14 February. Because of ((health:his egg allergy)) we were told to ask about the yellow fever and flu vaccines first. He also ((health:takes levetiracetam for epilepsy)). Should we come to the hospital clinic instead?

<<Kavitha>>
""",
            boundary="th-3")),
    ])


@document("th-appointments.xlsx")
def _(d):
    return xlsx(
        d,
        [
            ("Appointments", [
                ["Wayfarer Travel Health - appointments w/c 13 January 2025"],
                ["Date", "Time", "Patient", "DOB", "Mobile", "Trip", "Vaccines / items", "Clinician", "Flag"],
                [("date", "2025-01-13"), "09:00", "<<Kwesi Appiah>>", ("dob", "1990-09-16"), "[[phone:07700 900 350]]", "Ghana", "Yellow fever, typhoid", "<<Ruqayyah Ismail>>", ""],
                [("date", "2025-01-13"), "09:20", "<<Aaliyah Pennant-Okafor>>", ("dob", "1994-03-17"), "[[phone:+44 7700 900 712]]", "Ghana, Togo", "Review only", "<<Ashwini Deshpande>>", "((health:Pregnant - no live vaccines))"],
                [("date", "2025-01-14"), "11:00", "<<Florian Dubois-Haigh>>", ("dob", "1982-07-01"), "[[phone:07700900268]]", "Kenya", "Rabies 2, hep A", "<<Ruqayyah Ismail>>", "((health:HIV - no yellow fever (CD4 ok but declined)))"],
                [("date", "2025-01-15"), "16:30", "<<Mahmood Hussain Qadri>>", ("dob", "1962-01-05"), "[[phone:0113 496 0620]]", "Saudi Arabia", "Flu", "<<Ruqayyah Ismail>>", "((religious_belief:Hajj))"],
            ]),
            ("Stock", [
                ["Vaccine", "Batch", "Expiry", "Doses"],
                ["Stamaril", "YF2231", ("date", "2025-08-31"), 14],
                ["Nimenrix", "NM4471", ("date", "2026-02-28"), 22],
            ]),
        ],
        title="Appointments wc 13 Jan",
        author="<<Ruqayyah Ismail>>",
        editor="<<Ruqayyah Ismail>>",
    )


@document("th-booking-form.html")
def _(d):
    return html_page(d, "Online booking received", """<h1>Online booking received - Wayfarer Travel Health</h1>
<form>
<fieldset><legend>Traveller</legend>
<p><label>Full name</label> <span><<Eilidh Farquharson>></span></p>
<p><label>Date of birth</label> <span>[[dob:30 November 1985]]</span></p>
<p><label>Email</label> <span>[[email:eilidh.farquharson@example.org]]</span></p>
<p><label>Phone</label> <span>[[phone:0141 496 0377]]</span></p>
<p><label>Postcode</label> <span>[[pc:LS95 4KD]]</span></p>
</fieldset>
<fieldset><legend>Health questions</legend>
<p>Do you have a weakened immune system? <b>((health:Yes - I had a kidney transplant in 2018 and take tacrolimus))</b></p>
<p>Have you ever had a fit or seizure? <b>No</b></p>
<p>Are you or could you be pregnant? <b>No</b></p>
<p>Any allergies? <b>((health:Latex))</b></p>
</fieldset>
<p>Travelling with: <<Ruaridh Farquharson>> (husband, separate booking)</p>
<p>Submitted 05/01/2025 22:14 from [[ip:203.0.113.54]]</p>
</form>""")


# 8. Supported employment agency ------------------------------------------------


@document("se-caseload.xlsx")
def _(d):
    return xlsx(
        d,
        [
            ("Caseload", [
                ["Stepping Stones Supported Employment - caseload at 06/01/2025"],
                ["Client", "DOB", "NI number", "Primary support need", "Convictions", "Job / placement", "Hours", "Job coach"],
                ["<<Callan Whiteoak>>", ("dob", "2000-04-12"), "[[nino:QQ 82 15 64 A]]", "((health:Learning disability (moderate), Down syndrome))", "None", "Kitchen porter, {{Salts}} Mill café", 16, "<<Ebony Sutcliffe-Grant>>"],
                ["<<Priyanka Odedra>>", ("dob", "1997-08-03"), "[[nino:QQ318740B]]", "((health:Autism; anxiety))", "None", "Data entry, council", 21, "<<Ebony Sutcliffe-Grant>>"],
                ["<<Jordan Kilbride>>", ("dob", "1991-12-28"), "[[nino:QQ 50 92 37 C]]", "((health:Schizophrenia - stable on clozapine))", "((criminal_offence:2016 ABH (spent)))", "Warehouse picker", 30, "<<Matthias Oyenuga>>"],
                ["<<Shannon Leckie>>", ("dob", "1988-05-19"), "[[nino:QQ694105D]]", "((health:Acquired brain injury))", "((criminal_offence:Theft 2022 - conditional discharge))", "Looking", 0, "<<Matthias Oyenuga>>"],
            ]),
            ("Job coaches", [
                ["Name", "Mobile", "Email"],
                ["<<Ebony Sutcliffe-Grant>>", "[[phone:07700 900 261]]", "[[email:ebony.sg@steppingstones.example.org.uk]]"],
                ["<<Matthias Oyenuga>>", "[[phone:07700 900 827]]", "[[email:m.oyenuga@steppingstones.example.org.uk]]"],
            ]),
        ],
        title="Caseload Jan 2025",
        author="<<Ebony Sutcliffe-Grant>>",
        editor="<<Matthias Oyenuga>>",
    )


@document("se-job-coach-notes.txt")
def _(d):
    return text_file(d, """JOB COACH CONTACT NOTES - <<Priyanka Odedra>>
Coach: <<Ebony Sutcliffe-Grant>>

02/12/2024  Workplace visit (council data team). <<Priyanka>> managing the work well.
            Open-plan office is loud - ((health:she had a meltdown in the toilets on Friday (autistic
            shutdown))). Agreed with line manager <<Duncan Ferrier>>: noise-cancelling headphones,
            quiet room for breaks, written instructions rather than verbal.

16/12/2024  Phone. Christmas party coming - she wants to go but not the disco. Suggested she
            arrives early and leaves at 8. ((health:Says her anxiety medication (sertraline) was increased
            by the GP last week.))

06/01/2025  Review. Headphones approved via Access to Work. <<Priyanka>> asked about going to
            ((religious_belief:the mandir for Diwali next year)) - will need the day as annual leave;
            told her to book early with <<Duncan>>. ((trade_union:She has joined UNISON)) at the council.

Next contact: 20/01/2025
""")


@document("se-disclosure-letter.odt")
def _(d):
    return odt(
        d,
        [
            ("p", "Stepping Stones Supported Employment, 3 Canal Wharf, Shipley [[pc:BD97 2WQ]]"),
            ("p", "To: <<Rosemary Thackray>>, Operations Manager, {{Parkinson}} Freight Ltd"),
            ("p", "8 January 2025"),
            ("h", "Disclosure on behalf of <<Jordan Kilbride>> (with his written consent)"),
            ("p", "Dear Ms <<Thackray>>,"),
            ("p", "Thank you for offering <<Jordan>> a trial as a warehouse picker. He has asked us to tell you two things before he starts, so that you can make reasonable adjustments."),
            ("p", "First, <<Jordan>> ((health:has schizophrenia, which has been stable for four years on clozapine)). He needs a regular early shift and to attend ((health:a blood test clinic every four weeks)), for which we ask paid time off."),
            ("note", "Second, ((criminal_offence:in 2016 he was convicted of assault occasioning actual bodily harm)). The conviction is spent and need not be declared, but he prefers you to hear it from us.", "<<Matthias Oyenuga>>", "<<Jordan>> read and agreed this paragraph on 07/01."),
            ("p", "His job coach, <<Matthias Oyenuga>>, will be on site for the first two weeks. Please call on [[phone:07700 900 827]]."),
            ("p", "Yours sincerely, <<Matthias Oyenuga>>"),
        ],
        title="Disclosure letter - <<Kilbride>>",
        author="<<Matthias Oyenuga>>",
        editor="<<Matthias Oyenuga>>",
    )


@document("se-access-to-work.pdf")
def _(d):
    return pdf(
        d,
        [
            ("b", "Access to Work - claim for support worker costs"),
            "Claimant: <<Callan Whiteoak>>    DOB: [[dob:12/04/2000]]    NI: [[nino:QQ 82 15 64 A]]",
            "Address: 15 {{Titus}} Street, Saltaire [[pc:BD98 1TS]]",
            "Access to Work reference: ATW-2291-0473    Diagnosis: ((genetic:trisomy 21 confirmed on karyotype))",
            "",
            "Condition affecting work: ((health:Down syndrome, moderate learning disability))",
            "and ((health:a heart condition (repaired AVSD) that limits stamina))",
            "",
            "Support agreed: job coach 6 hours a week for 26 weeks; travel buddy for the bus to work.",
            "",
            "Claim period: 01/12/2024 - 31/12/2024",
            "Job coach hours: 24 @ 19.50 = 468.00",
            "Travel buddy: 20 journeys @ 6.00 = 120.00",
            "Total claimed: 588.00",
            "",
            "Pay to: Stepping Stones Supported Employment, sort code 60-83-71, account 20419386",
            "[[=bank:608371:20419386]]",
            "",
            "Employer declaration: <<Niamh Gallagher-Boyd>>, {{Salts}} Mill Café, [[email:niamh@saltscafe.example.co.uk]]",
            "Signed by claimant: <<C. Whiteoak>>   Date: 03/01/2025",
        ],
        title="AtW claim Dec 2024",
        author="<<Ebony Sutcliffe-Grant>>",
    )


@document("se-union-meeting-note.md")
def _(d):
    return text_file(d, """### Job coach note - supporting a client at a union meeting

**Client:** <<Shannon Leckie>>  |  **Coach:** <<Matthias Oyenuga>>  |  **Date:** 19/12/2024

<<Shannon>> ((trade_union:joined GMB last month)) at her old cleaning job and asked me to come with her to
((trade_union:the branch meeting)) at the {{Cooper}} Hall as her support worker, because ((health:since her brain injury)) she
finds it hard to follow fast talk.

- Branch secretary <<Kehinde Alabi>> welcomed her and gave her the easy-read rule book.
- ((trade_union:The branch will back her claim for unpaid holiday pay)); rep <<Stuart McGlinchey>> will call her.
- She asked me not to mention ((criminal_offence:her conditional discharge for theft)) to anyone there.

Follow-up: easy-read letter to <<Shannon>> by 10 January. Rep's number: [[phone:0161 496 0118]].
""")


@document("se-benefits-bank.ods")
def _(d):
    return ods(
        d,
        [
            ("Benefits", [
                ["Client", "Benefit", "Award", "Permitted work?", "Note"],
                ["<<Callan Whiteoak>>", "((health:PIP - daily living enhanced))", 108.55, "Yes, under 16h", ""],
                ["<<Jordan Kilbride>>", "((health:Universal Credit with LCWRA))", 416.19, "Earnings taper", ("note", "Tell DWP of trial start", "<<Matthias Oyenuga>>", "Done 08/01")],
                ["<<Shannon Leckie>>", "((health:ESA support group))", 138.20, "Yes", ""],
            ]),
            ("Bank", [
                ["Client", "Sort code", "Account", "Appointee"],
                ["<<Callan Whiteoak>>", "23-05-80[[=bank:230580:71604529]]", 71604529, "<<Gillian Whiteoak>> (mother)"],
                ["<<Jordan Kilbride>>", "08-92-49[[=bank:089249:39571046]]", 39571046, "None"],
                ["<<Shannon Leckie>>", "IBAN", "[[iban:IE29 AIBK 9311 5212 3456 78]]", "None"],
            ]),
        ],
        title="Benefits and bank",
        author="<<Ebony Sutcliffe-Grant>>",
        editor="<<Ebony Sutcliffe-Grant>>",
    )


@document("se-parent-mail.eml")
def _(d):
    att = text_file(d, """Callan's week (from his communication book)
Mon - work 9-1, good. Tue - ((health:cardiology check, all fine)). Wed - work, tired.
Thu - work. Fri - Special Olympics swimming.
""".replace("Callan's week", "<<Callan>>'s week"))
    return message(
        d,
        [
            ("From", "<<Gillian Whiteoak>> <[[email:gillian.whiteoak@example.com]]>"),
            ("To", "<<Ebony Sutcliffe-Grant>> <[[email:ebony.sg@steppingstones.example.org.uk]]>"),
            ("Subject", "<<Callan>> - hours and his bus pass"),
            ("Date", "Sun, 05 Jan 2025 18:20:00 +0000"),
            ("Message-ID", "<h24-se-1@example.com>"),
        ],
        """Hi <<Ebony>>,

<<Callan>> has loved the café but he is shattered by Thursday - ((health:with his heart he tires quickly)) - could we ask about four shorter days instead of three long ones?

His disabled person's bus pass runs out in March; do you help with the renewal, or is it the council? His PIP reference is in the folder.

I've attached his week from the communication book so you can see.

Thanks so much,
<<Gillian>>
[[phone:+44 113 496 0442]]
""",
        attachments=[("callan-week.txt", "text/plain", att)],
        boundary="se-mail-24",
    )


@document("se-referrals.jsonl")
def _(d):
    return json_file(d, [
        {"referralDate": "2024-11-04", "client": {"name": "<<Dawit Haile>>", "dob": "[[dob:19.06.1995]]", "email": "[[email:dawit.haile@example.net]]"}, "referrer": "Community mental health team", "needs": "((health:PTSD and depression))", "ethnicity": "((racial_ethnic_origin:Black African - Eritrean))", "convictions": "None declared", "status": "accepted"},
        {"referralDate": "2024-11-18", "client": {"name": "<<Agata Wiśniewska-Pratt>>", "dob": "[[dob:7 Oct 1999]]", "email": "[[email:agata.wp@example.com]]"}, "referrer": "Self", "nino": "[[nino:QQ 47 28 06 C]]", "needs": "((health:Dyspraxia and dyslexia))", "ethnicity": "((racial_ethnic_origin:White - Other European))", "convictions": "None declared", "status": "waiting list"},
        {"referralDate": "2024-12-02", "client": {"name": "<<Tyrese Okonkwo-Hart>>", "dob": "[[dob:2002-02-11]]", "email": "[[email:tyrese.oh@example.org]]"}, "referrer": "Probation (via CAS3)", "needs": "((health:ADHD (diagnosed 2015)))", "ethnicity": "((racial_ethnic_origin:Mixed - White and Black Caribbean))", "convictions": "((criminal_offence:Possession of a bladed article 2021; on licence until 03/2025))", "status": "accepted"},
    ], lines=True)


# Policy and training texts: name no one, reveal nothing about anyone ------------


@document("policy-adoption-records.txt")
def _(d):
    return text_file(d, """PENNINE CROSSINGS ADOPTION - ADOPTION CASE RECORDS POLICY (v3, 2024)

1. Purpose
Adoption case records hold some of the most sensitive information an agency keeps: health
histories of children and birth parents, the religion and ethnic heritage that matching takes
into account, birth relatives' criminal records and the relationships of prospective adopters.

2. Retention
Under the Adoption Agencies Regulations 2005, a child's adoption case record is kept for at
least 100 years from the date of the adoption order. Records of prospective adopters who were
not approved are kept for 10 years.

3. Access
Adopted adults may apply for access to their records once they are 18. Counselling is offered
before any information is disclosed. Third-party information (for example a birth parent's
mental health or a conviction) is considered case by case and may be withheld.

4. Letterbox contact
Letters are read by the letterbox coordinator before they are forwarded. Identifying details
such as addresses, schools and surnames are removed.

5. Questions
Contact the Information Governance Lead at [[email:ig@penninecrossings.example.org.uk]].
""")


@document("policy-unpaid-work-data.md")
def _(d):
    return text_file(d, """# Unpaid Work: information we share with placement providers

## What a placement supervisor is told

- the first name of the person on probation and the hours they are to work;
- any **risk** that affects the placement (for example, that a person must not work with children);
- any restriction on where a person may be placed, **without** the offence details.

## What a supervisor is not told

- the offence, the sentence or previous convictions;
- health conditions, medication or pregnancy, except the practical limits that follow
  ("no lifting", "indoor work only");
- religious observance, except the days on which a person cannot work.

## Hate crime restrictions

Where an offence was motivated by hostility to a race, religion, disability, sexual orientation
or transgender identity, the case manager may restrict placements serving that community. The
restriction is recorded on the case management system, not on the rota.

## Retention

Rotas and attendance sheets are kept for 2 years after the order ends; induction forms for
6 years. Questions to the unit inbox, [[email:upw.calderdale@probation.example.gov.uk]].
""")


@document("training-helpline-confidentiality.html")
def _(d):
    return html_page(d, "Helpline volunteer training: confidentiality", """<h1>Module 4: Confidentiality and recording on the helpline</h1>
<p>Callers often tell us things they have never told anyone: an eating disorder, self-harm,
their sexuality or gender identity, a pregnancy, a history of abuse. All of this is special
category information and we record only what we need.</p>
<h2>Recording a call</h2>
<ol>
<li>Use the caller's first name only if they give it; never ask for a surname.</li>
<li>Write what the caller said in their own words where it matters for safety.</li>
<li>Do not record weight or BMI unless the caller raises it and it affects the risk.</li>
</ol>
<h2>When we break confidentiality</h2>
<p>Only when there is an immediate risk to life, or a child is at risk of significant harm. The
shift supervisor makes the decision, and the caller is told unless that would increase the risk.</p>
<h2>Exercise</h2>
<p>A caller in her twenties says she has been purging daily and feels faint. Discuss in pairs:
what do you record, and what do you say next?</p>""")


@document("policy-airside-vetting.pdf")
def _(d):
    return pdf(
        d,
        [
            ("b", "Aire Valley Airport - Policy on ID Pass Background Checks"),
            "",
            "1. Every applicant for an airside pass completes a five-year employment and education history.",
            "   Any gap of more than 28 days must be explained and, where possible, evidenced.",
            "2. A basic criminal record certificate is required. Overseas certificates are required for",
            "   any period of six months or more spent abroad in the last five years.",
            "3. A disqualifying unspent conviction means a pass cannot be issued. Spent convictions are",
            "   not taken into account, as the Rehabilitation of Offenders Act 1974 provides.",
            "4. Counter-Terrorist Check (CTC) clearance is required for some roles. The ID Centre does not",
            "   see the reasons behind a CTC decision.",
            "5. Biometric gates use fingerprint templates. Enrolment is voluntary; a PIN is offered instead",
            "   and no one is treated less favourably for declining.",
            "6. Information about health, religion or ethnicity is not requested, and if volunteered in a",
            "   gap explanation, only the fact of the gap is recorded.",
            "",
            "Owner: Head of Security Compliance. Review date: October 2025.",
        ],
        title="Pass background checks policy",
        author="Security Compliance",
    )


@document("training-podiatry-consent.docx")
def _(d):
    return docx(
        d,
        [
            ("h", "Training handout: valid consent for podiatric surgery"),
            ("p", "Consent must be voluntary, informed, and given by a person with capacity."),
            ("table", [
                ["Element", "What to check"],
                ["Information", "Nature of the procedure, benefits, serious and frequent risks, alternatives (including doing nothing)"],
                ["Capacity", "Can the patient understand, retain, weigh and communicate a decision?"],
                ["Voluntariness", "No pressure from staff or family"],
            ]),
            ("fn", "Patients who refuse blood products for religious reasons are rare in nail surgery, but the refusal must be respected.", "Record an advance decision in the notes and tell the team."),
            ("comment", "Remember: ", "diabetes and peripheral arterial disease change the risk of healing", ", so discuss them before any nail surgery.", "Podiatry Education Team", "Add the vascular assessment flowchart here."),
            ("box", ["Quiz: which risks must be discussed before a partial nail avulsion?"]),
        ],
        title="Consent training",
        author="Podiatry Education Team",
        editor="Podiatry Education Team",
        header="NHS Calder Community Podiatry - Training",
        footer="For internal use",
    )


@document("policy-passenger-data.rtf")
def _(d):
    return rtf(
        d,
        [
            "Calder Valley Dial-a-Ride - Privacy notice for members",
            "We collect your name, address, date of birth and telephone number so that we can book and run your trips.",
            ("We also ask why you cannot use ordinary buses. This may include health information, such as a condition affecting your mobility or sight, or a need to carry oxygen.", "We rely on your explicit consent for health information, and you can withdraw it at any time."),
            "Drivers see only your pick-up address, any mobility aid and any help you need to reach the door.",
            "Group bookings made by community and faith organisations are recorded against the organisation, not the individual members.",
            "We keep trip records for 3 years and membership records for 2 years after your membership ends.",
            "To ask for a copy of your information, write to the Scheme Coordinator.",
        ],
        title="Member privacy notice",
        author="Scheme Office",
    )


@document("training-travel-health-screening.odt")
def _(d):
    return odt(
        d,
        [
            ("h", "Travel health nurse training - pre-travel risk assessment"),
            ("p", "The questionnaire asks about pregnancy, immunosuppression (including HIV, chemotherapy and biologic drugs), epilepsy, psychiatric history and allergies, because each changes what we may give."),
            ("note", "Live vaccines (yellow fever, oral typhoid) are contraindicated in pregnancy and significant immunosuppression.", "Clinical Lead", "Use the Green Book chapter on contraindications."),
            ("p", "Mefloquine is avoided in anyone with a history of depression, anxiety or psychosis, or epilepsy."),
            ("p", "Egg allergy is no longer a contraindication to most flu vaccines, but yellow fever vaccine needs specialist advice."),
            ("p", "Pilgrims travelling for Hajj or Umrah need a meningococcal ACWY certificate; pilgrims with diabetes should be given advice on heat and insulin storage."),
        ],
        title="Pre-travel risk assessment training",
        author="Clinical Lead",
        editor="Clinical Lead",
    )


@document("policy-disclosure-at-work.txt")
def _(d):
    return text_file(d, """STEPPING STONES SUPPORTED EMPLOYMENT - DISCLOSURE POLICY

We never tell an employer about a client's disability, health condition or criminal record
without the client's written consent, given for that employer and that purpose.

Health and disability: we explain the adjustments that help, and only name a condition when
the client wants us to. Many clients choose to describe what they need ("written instructions",
"a quiet space") rather than a diagnosis such as autism or a learning disability.

Convictions: spent convictions need not be disclosed for most jobs. Unspent convictions must
be disclosed if the employer asks. We help clients prepare a disclosure letter in their own words.

Trade union membership and religion: these are the client's business. We support clients to
go to union meetings or to ask for time off for religious festivals if they ask us to.

Records: job coach notes are kept for 6 years after support ends.
""")


def main():
    built, problems = build()
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"{len(problems)} problem(s); nothing written", file=sys.stderr)
        sys.exit(1)
    if DOCS.exists():
        shutil.rmtree(DOCS)
    DOCS.mkdir()
    for d, data in built:
        (DOCS / d.name).write_bytes(data)
    labels = sorted((d.label() for d, _ in built), key=lambda l: l["doc"])
    (HERE / "labels.jsonl").write_text("".join(json.dumps(l, ensure_ascii=False) + "\n" for l in labels), encoding="utf-8")
    negatives = sum(d.name.startswith(("policy-", "training-")) for d, _ in built)
    ids = {}
    for d, _ in built:
        for kind, _value in d.ids:
            ids[kind] = ids.get(kind, 0) + 1
    cats = {c: sum(c in d.cats for d, _ in built) for c in CATEGORIES}
    formats = {}
    for d, _ in built:
        ext = d.name.rsplit(".", 1)[1]
        formats[ext] = formats.get(ext, 0) + 1
    print(f"{len(built)} documents ({negatives} negative), {sum(len(d.names) for d, _ in built)} name labels, {sum(ids.values())} identifier labels")
    print("identifiers: " + ", ".join(f"{k} {v}" for k, v in sorted(ids.items(), key=lambda kv: (-kv[1], kv[0]))))
    print("documents per category: " + ", ".join(f"{k} {v}" for k, v in sorted(cats.items(), key=lambda kv: (-kv[1], kv[0]))))
    print("formats: " + ", ".join(f"{k} {v}" for k, v in sorted(formats.items(), key=lambda kv: (-kv[1], kv[0]))))


if __name__ == "__main__":
    main()
