#!/usr/bin/env python3
"""Tenth held-out evaluation set for dpscan (blind): writes docs/ and labels.jsonl.

Eight kinds of organisation no earlier set covers: a motor and
income-protection insurance claims department, a domiciliary care agency, a
funeral director with its coroner's liaison, a hate crime reporting centre, a
manufacturer's HR with staff networks and union check-off, a clinical trials
unit, a council's electoral services and members' register of interests, and
a sports club with anti-doping and safeguarding; plus policy and training
prose about the categories that names no one (`policy-*`, `training-*`).

Markup, expanded by `Doc.t` (the labels are the spans that write the text):

- `<<Jane Smith>>` writes a person's name as written; titles stay outside;
- `[[kind:written]]` writes an identifier and labels it, normalised as the
  contract says; `[[kind:written=>value]]` gives the normalised value;
  `[[=kind:value]]` writes nothing and labels a value written across cells;
- `((category:words))` writes words that reveal a special category about a
  named person in the document.

Judgement calls (heldout8's and heldout9's, plus):

- a claimant's injury, sickness absence or medical report is health; a
  motoring conviction, endorsement code or pending prosecution is criminal
  offence; a Huntington's predictive test disclosed to an insurer is genetic;
- the deceased are people: a cause of death or a post-mortem finding about a
  named person is health, faith-specific funeral rites for a named person are
  religious belief, a post-mortem genetic test (molecular autopsy) is genetic;
- a hate crime report reveals the characteristic the victim was targeted for
  (faith, race, orientation, politics) where the text says it is theirs; a
  suspect's arrest or charge is criminal offence; a facial recognition match
  of a suspect is biometric; "hate crime" alone is nothing;
- a union check-off deduction or a named union representative role is trade
  union; a staff network membership is a category only where the text says the
  member's own orientation, faith or ethnicity;
- a trial participant's condition, adverse event or medication is health; a
  pharmacogenomic genotype or germline variant is genetic; a trial run only
  for a group (PrEP for men who have sex with men) reveals sex life;
- a councillor's or candidate's party, and a declared union membership, are
  political opinion and trade union; a polling station in a church or a
  "Methodist Hall" is nothing; a postal vote or a proxy is nothing;
- an athlete's adverse analytical finding or therapeutic use exemption is
  health (and a doping violation is not a criminal offence unless charged); a
  sickle cell trait screen is genetic; a fingerprint or face entry system is
  biometric; a coach's conviction is criminal offence;
- a pet's, a building's or an organisation's name (a letterhead of "the
  Alzheimer's Society", "Unite" in a generic clause) is nothing.

Synthetic only: QQ NINOs, example.com/.org/.net addresses, Ofcom drama phone
ranges, documentation IP ranges, test card numbers, NHS numbers in the 999
range with a valid check digit, GB IBANs with a valid check.
"""

import base64
import ipaddress
import json
import quopri
import re
import shutil
import sys
import zipfile
from pathlib import Path

SEED = 31415  # every value is written by hand; kept for the convention
HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
ZIP_TIME = (2026, 11, 2, 9, 0, 0)
CATEGORIES = [
    "racial_ethnic_origin", "political_opinion", "religious_belief", "trade_union", "genetic",
    "biometric", "health", "sex_life_orientation", "criminal_offence",
]
KINDS = [
    "uk_nino", "uk_bank_account", "iban", "payment_card", "email", "phone", "uk_postcode",
    "nhs_number", "date_of_birth", "uk_passport", "uk_driving_licence", "ip_address",
]
MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})


# ---------------------------------------------------------------- identifiers

def nhs(stem):
    """A 999-range NHS number from a 9-digit stem, with its mod-11 check digit."""
    total = sum(int(d) * (10 - i) for i, d in enumerate(stem))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    assert check != 10, stem
    return stem + str(check)


def iban(country, bban):
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def spaced(s, n=4):
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


def norm_phone(s):
    s = s.replace("(0)", "")
    digits = re.sub(r"[^\d+]", "", s)
    if digits.startswith("+"):
        return digits
    if digits.startswith("0044"):
        return "+" + digits[2:]
    assert digits.startswith("0"), s
    return "+44" + digits[1:]


def norm_date(s):
    s = s.strip()
    m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", s)
    if m:
        return f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}"
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        return s
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+),? (\d{4})", s)
    if m:
        return f"{m[3]}-{MONTHS[m[2].lower()]:02d}-{int(m[1]):02d}"
    raise ValueError(f"date {s!r}: give =>value")


def norm_ip(s):
    if ":" in s:
        return str(ipaddress.IPv6Address(s))
    return s


NORMALISE = {
    "uk_nino": lambda s: re.sub(r"\s", "", s).upper(),
    "iban": lambda s: re.sub(r"\s", "", s).upper(),
    "payment_card": lambda s: re.sub(r"\D", "", s),
    "email": lambda s: s.lower(),
    "phone": norm_phone,
    "uk_postcode": lambda s: " ".join(s.upper().split()) if " " in s.strip() else s.upper()[:-3] + " " + s.upper()[-3:],
    "nhs_number": lambda s: re.sub(r"\D", "", s),
    "date_of_birth": norm_date,
    "uk_passport": lambda s: re.sub(r"\D", "", s),
    "uk_driving_licence": lambda s: re.sub(r"\s", "", s).upper(),
    "ip_address": norm_ip,
}
ALIAS = {"nino": "uk_nino", "bank": "uk_bank_account", "card": "payment_card", "postcode": "uk_postcode",
         "nhs": "nhs_number", "dob": "date_of_birth", "passport": "uk_passport",
         "licence": "uk_driving_licence", "ip": "ip_address"}
CAT_ALIAS = {"race": "racial_ethnic_origin", "politics": "political_opinion", "religion": "religious_belief",
             "union": "trade_union", "sex": "sex_life_orientation", "crime": "criminal_offence"}


# ---------------------------------------------------------------- documents

MARKUP = re.compile(r"<<(.+?)>>|\[\[(=?)(\w+):(.+?)\]\]|\(\((\w+):(.+?)\)\)", re.S)
EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
SUSPECT = [re.compile(r"\bQQ ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b"),
           re.compile(r"\b(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}\b"),
           re.compile(r"\b2001:db8:[0-9a-f:]*", re.I),
           re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b"),
           re.compile(r"(?<![\w-])(?:\+44 ?(?:\(0\))? ?|0)[1-9](?:[ -]?\d){8,9}(?![\w-])")]
TITLE = re.compile(r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Cllr|Sgt|Father|Imam|Rabbi)\.? ")
DOCUMENTS = []
PROBLEMS = []


class Doc:
    """One document: its pieces of plain text, labels and the spans behind them."""

    def __init__(self, name, distractors=()):
        self.name = name
        self.distractors = list(distractors)
        self.names, self.cats, self.ids = [], set(), []
        self.pieces = []  # (plain, name spans, id spans)
        DOCUMENTS.append(self)

    def t(self, s):
        out, names, ids, pos = [], [], [], 0
        for m in MARKUP.finditer(s):
            out.append(s[pos:m.start()])
            start = sum(map(len, out))
            if m[1] is not None:
                name = " ".join(m[1].split())
                assert not TITLE.match(name), (self.name, name)
                out.append(m[1])
                names.append((start, start + len(m[1])))
                if name not in self.names:
                    self.names.append(name)
            elif m[3] is not None:
                kind = ALIAS.get(m[3], m[3])
                assert kind in KINDS, kind
                if m[2]:
                    value = m[4]
                else:
                    written, _, value = m[4].partition("=>")
                    value = value or NORMALISE[kind](written)
                    out.append(written)
                    ids.append((kind, start, start + len(written)))
                if [kind, value] not in self.ids:
                    self.ids.append([kind, value])
            else:
                cat = CAT_ALIAS.get(m[5], m[5])
                assert cat in CATEGORIES, cat
                self.cats.add(cat)
                out.append(m[6])
            pos = m.end()
        out.append(s[pos:])
        plain = "".join(out)
        assert "<<" not in plain and "[[" not in plain and "((" not in plain, (self.name, plain)
        self.pieces.append((plain, names, ids))
        return plain

    def label(self):
        return {"doc": self.name, "names": self.names,
                "categories": [c for c in CATEGORIES if c in self.cats], "ids": self.ids}

    def check(self):
        negative = self.name.startswith(("policy", "training"))
        if negative and (self.names or self.cats):
            PROBLEMS.append(f"{self.name}: a policy or training text names someone or has a category")
        parts = {p for n in self.names for p in re.findall(r"[^\W\d_]{2,}", n)}
        for plain, names, ids in self.pieces:
            inside = lambda a, b, spans: any(s <= a and b <= e for s, e in spans)
            allowed = list(names) + [m.span() for m in EMAIL.finditer(plain)]
            for d in self.distractors:
                allowed += [m.span() for m in re.finditer(re.escape(d), plain)]
            for part in parts:
                for form in {part, part.upper()}:
                    for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", plain):
                        if not inside(*m.span(), allowed):
                            PROBLEMS.append(f"{self.name}: {form!r} unlabelled in {plain[:120]!r}")
            labelled = [(s, e) for k, s, e in ids]
            for m in EMAIL.finditer(plain):
                if not inside(*m.span(), [(s, e) for k, s, e in ids if k == "email"]):
                    PROBLEMS.append(f"{self.name}: email {m[0]!r} unlabelled")
            for rx in SUSPECT:
                for m in rx.finditer(plain):
                    if not inside(*m.span(), labelled + allowed[len(names):]):
                        PROBLEMS.append(f"{self.name}: {m[0]!r} unlabelled")


# ---------------------------------------------------------------- writers

def write(doc, data):
    path = DOCS / doc.name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


def text(name, body, distractors=()):
    d = Doc(name, distractors)
    write(d, d.t(body))
    return d


def delimited(name, rows, sep=",", distractors=()):
    d = Doc(name, distractors)
    out = []
    for row in rows:
        cells = [d.t(str(c)) for c in row]
        if sep == ",":
            cells = ['"' + c.replace('"', '""') + '"' if any(x in c for x in ',"\n') else c for c in cells]
        out.append(sep.join(cells))
    write(d, "\r\n".join(out) + "\r\n" if sep == "," else "\n".join(out) + "\n")
    return d


def expand(d, value):
    if isinstance(value, str):
        return d.t(value)
    if isinstance(value, list):
        return [expand(d, v) for v in value]
    if isinstance(value, dict):
        return {k: expand(d, v) for k, v in value.items()}
    return value


def json_doc(name, value, lines=False, distractors=()):
    d = Doc(name, distractors)
    if lines:
        write(d, "".join(json.dumps(expand(d, v), ensure_ascii=False) + "\n" for v in value))
    else:
        write(d, json.dumps(expand(d, value), ensure_ascii=False, indent=2) + "\n")
    return d


def zipped(d, members):
    path = DOCS / d.name
    with zipfile.ZipFile(path, "w") as z:
        for member, data in members:
            info = zipfile.ZipInfo(member, ZIP_TIME)
            info.compress_type = zipfile.ZIP_STORED if member == "mimetype" else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def w_par(s):
    runs = "".join(f'<w:r><w:t xml:space="preserve">{esc(x)}</w:t></w:r>' if i == 0 else
                   f'<w:r><w:br/><w:t xml:space="preserve">{esc(x)}</w:t></w:r>' for i, x in enumerate(s.split("\n")))
    return f"<w:p>{runs}</w:p>"


def docx(name, body, header=None, footer=None, comments=(), author="", distractors=()):
    """body: list of items: str (paragraph), ("table", rows), ("box", [paragraphs]),
    ("comment", index, paragraph) anchoring comment `index` to a paragraph."""
    d = Doc(name, distractors)
    parts = []
    for item in body:
        if isinstance(item, str):
            parts.append(w_par(d.t(item)))
        elif item[0] == "table":
            rows = "".join("<w:tr>" + "".join(f"<w:tc>{w_par(d.t(str(c)))}</w:tc>" for c in row) + "</w:tr>"
                           for row in item[1])
            parts.append(f"<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>{rows}</w:tbl>")
        elif item[0] == "box":
            inner = "".join(w_par(d.t(p)) for p in item[1])
            parts.append('<w:p><w:r><w:pict><v:shape id="tb1" type="#_x0000_t202" style="width:300pt;height:90pt">'
                         f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
        elif item[0] == "comment":
            p = esc(d.t(item[2]))
            parts.append(f'<w:p><w:commentRangeStart w:id="{item[1]}"/><w:r><w:t xml:space="preserve">{p}</w:t></w:r>'
                         f'<w:commentRangeEnd w:id="{item[1]}"/><w:r><w:commentReference w:id="{item[1]}"/></w:r></w:p>')
    sect = ""
    rels = ['<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    members, overrides = [], []
    if header is not None:
        members.append(("word/header1.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W}>{w_par(d.t(header))}</w:hdr>'))
        rels.append('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        overrides.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        sect += '<w:headerReference w:type="default" r:id="rId2"/>'
    if footer is not None:
        members.append(("word/footer1.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W}>{w_par(d.t(footer))}</w:ftr>'))
        rels.append('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        overrides.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        sect += '<w:footerReference w:type="default" r:id="rId3"/>'
    if comments:
        cs = "".join(f'<w:comment w:id="{i}" w:author="{esc(d.t(a))}" w:date="2026-11-02T09:00:00Z" w:initials="X">{w_par(d.t(c))}</w:comment>'
                     for i, (a, c) in enumerate(comments))
        members.append(("word/comments.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {W}>{cs}</w:comments>'))
        rels.append('<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        overrides.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W} {R_NS} '
                'xmlns:v="urn:schemas-microsoft-com:vml"><w:body>' + "".join(parts) +
                f'<w:sectPr>{sect}<w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    creator = esc(d.t(author)) if author else "Administrator"
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:creator>{creator}</dc:creator><cp:lastModifiedBy>{creator}</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-02T09:00:00Z</dcterms:created></cp:coreProperties>')
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              + "".join(overrides) + "</Types>")
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                 '</Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                + "".join(rels) + "</Relationships>")
    styles = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}/>'
    zipped(d, [("[Content_Types].xml", ctypes), ("_rels/.rels", root_rels), ("word/document.xml", document),
               ("word/_rels/document.xml.rels", doc_rels), ("word/styles.xml", styles), ("docProps/core.xml", core)]
           + members)
    return d


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(name, sheets, distractors=()):
    """sheets: [(sheet name, rows)]; str cells are shared strings, int/float numbers."""
    d = Doc(name, distractors)
    shared, index, members = [], {}, []
    for n, (title, rows) in enumerate(sheets, 1):
        xml_rows = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = f"{col(c)}{r}"
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)):
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    s = d.t(v)
                    if s not in index:
                        index[s] = len(shared)
                        shared.append(s)
                    cells.append(f'<c r="{ref}" t="s"><v>{index[s]}</v></c>')
            xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
        members.append((f"xl/worksheets/sheet{n}.xml",
                        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                        f'<sheetData>{"".join(xml_rows)}</sheetData></worksheet>'))
    sst = "".join(f'<si><t xml:space="preserve">{esc(s)}</t></si>' for s in shared)
    book = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            f'{R_NS}><sheets>' + "".join(f'<sheet name="{esc(t)}" sheetId="{i}" r:id="rId{i}"/>' for i, (t, _) in enumerate(sheets, 1))
            + "</sheets></workbook>")
    n = len(sheets)
    book_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 + "".join(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>'
                           for i in range(1, n + 1))
                 + f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                 + "</Relationships>")
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
              + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                        for i in range(1, n + 1))
              + '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
              "</Types>")
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                 "</Relationships>")
    zipped(d, [("[Content_Types].xml", ctypes), ("_rels/.rels", root_rels), ("xl/workbook.xml", book),
               ("xl/_rels/workbook.xml.rels", book_rels),
               ("xl/sharedStrings.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                f'count="{len(shared)}" uniqueCount="{len(shared)}">{sst}</sst>')] + members)
    return d


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:office-value="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.3"')


def odf(name, paragraphs=None, sheet=None, distractors=()):
    """An ODF text document (paragraphs) or spreadsheet (sheet: (name, rows))."""
    d = Doc(name, distractors)
    if paragraphs is not None:
        mime = "application/vnd.oasis.opendocument.text"
        body = "<office:text>" + "".join(f"<text:p>{esc(d.t(p))}</text:p>" for p in paragraphs) + "</office:text>"
    else:
        mime = "application/vnd.oasis.opendocument.spreadsheet"
        title, rows = sheet
        trs = []
        for row in rows:
            cells = []
            for v in row:
                if isinstance(v, (int, float)):
                    cells.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
                else:
                    cells.append(f'<table:table-cell office:value-type="string"><text:p>{esc(d.t(v))}</text:p></table:table-cell>')
            trs.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
        body = f'<office:spreadsheet><table:table table:name="{esc(title)}">' + "".join(trs) + "</table:table></office:spreadsheet>"
    content = f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODF_NS}><office:body>{body}</office:body></office:document-content>'
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    zipped(d, [("mimetype", mime), ("content.xml", content), ("META-INF/manifest.xml", manifest)])
    return d


def rtf(name, paragraphs, distractors=()):
    d = Doc(name, distractors)

    def enc(s):
        out = []
        for ch in s:
            if ch in "\\{}":
                out.append("\\" + ch)
            elif ord(ch) > 127:
                out.append(f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?")
            else:
                out.append(ch)
        return "".join(out)
    body = "".join(enc(d.t(p)).replace("\n", "\\line\n") + "\\par\n" for p in paragraphs)
    write(d, "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}\n\\f0\\fs22\n" + body + "}\n")
    return d


def pdf(name, pages, distractors=()):
    """A text PDF: each page a list of lines, Helvetica, WinAnsi encoding."""
    d = Doc(name, distractors)
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", None,
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for lines in pages:
        ops = ["BT", "/F1 10 Tf", "14 TL", "56 790 Td"]
        for line in lines:
            raw = d.t(line).encode("cp1252")
            lit = raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            lit = b"".join(bytes([c]) if c < 128 else b"\\%03o" % c for c in lit)
            ops.append("(" + lit.decode("ascii") + ") Tj T*")
        ops.append("ET")
        stream = "\n".join(ops)
        objects.append(f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream")
        content_id = len(objects)
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {content_id} 0 R >>")
        kids.append(len(objects))
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>"
    out, offsets = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{obj}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    write(d, bytes(out))
    return d


def qp(s):
    return quopri.encodestring(s.replace("\n", "\r\n").encode("utf-8")).decode("ascii")


def b64(data):
    return base64.encodebytes(data).decode("ascii").replace("\n", "\r\n")


def rfc2047(s):
    return "=?utf-8?b?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def message(d, headers, body, html=None, attachments=(), boundary="b1"):
    """One RFC 5322 message; header values and bodies go through the markup.
    headers: list of (name, value[, encode display name]); attachments: (filename, mime, text)."""
    lines = []
    for h in headers:
        name = h[0]
        value = h[1] if name in ("Message-ID", "In-Reply-To", "References") else d.t(h[1])
        if len(h) > 2:
            disp, _, addr = value.partition(" <")
            value = f"{rfc2047(disp)} <{addr}"
        lines.append(f"{name}: {value}")
    lines.append("MIME-Version: 1.0")
    plain = d.t(body)
    if html is None and not attachments:
        lines += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable", "", qp(plain)]
        return "\r\n".join(lines) + "\r\n"
    kind = "alternative" if html is not None and not attachments else "mixed"
    lines += [f'Content-Type: multipart/{kind}; boundary="{boundary}"', "", "This is a multi-part message in MIME format.", ""]
    lines += [f"--{boundary}", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable", "", qp(plain)]
    if html is not None:
        lines += [f"--{boundary}", "Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: quoted-printable", "", qp(d.t(html))]
    for filename, mime, content in attachments:
        data = content if isinstance(content, bytes) else d.t(content).encode("utf-8")
        lines += [f"--{boundary}", f'Content-Type: {mime}; name="{filename}"', "Content-Transfer-Encoding: base64",
                  f'Content-Disposition: attachment; filename="{filename}"', "", b64(data)]
    lines.append(f"--{boundary}--")
    return "\r\n".join(lines) + "\r\n"


def eml(name, headers, body, html=None, attachments=(), distractors=()):
    d = Doc(name, distractors)
    write(d, message(d, headers, body, html, attachments))
    return d


def mbox(name, messages, distractors=()):
    """messages: [(envelope sender, envelope date, headers, body)]."""
    d = Doc(name, distractors)
    out = []
    for sender, date, headers, body in messages:
        m = message(d, headers, body).replace("\r\n", "\n")
        m = re.sub(r"^(>*From )", r">\1", m, flags=re.M)
        out.append(f"From {sender} {date}\n{m}\n")
    write(d, "".join(out))
    return d


def html(name, title, body, distractors=()):
    d = Doc(name, distractors)
    write(d, f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{esc(d.t(title))}</title></head>\n'
          f"<body>\n{d.t(body)}\n</body></html>\n")
    return d


# ---------------------------------------------------------------- synthetic values

NHS = [nhs(s) for s in ("999401273", "999512068", "999603417", "999714526", "999825031",
                        "999136743", "999247855", "999358160", "999469374", "999570481")]
IBAN_GB2 = iban("GB", "BARC20325312345678")
IBAN_DE = iban("DE", "370400440532013000")


# ---------------------------------------------------------------- insurance claims

def insurance():
    eml("claim-motor-fnol.eml", [
        ("From", "<<Dominika Wróbel>> <[[email:d.wrobel@example.com]]>", True),
        ("To", "Motor Claims <[[email:motorclaims@harbourline.example.co.uk]]>"),
        ("Subject", "New claim - collision on the A61, policy HLM-4471902"),
        ("Date", "Mon, 02 Nov 2026 08:14:09 +0000"),
        ("Message-ID", "<fnol.20261102.0814@mail.example.com>"),
    ], """Hello,

I need to report an accident. On Saturday 31 October at about 17:40 a van pulled
out of Cross Gates Road and hit the passenger side of my car (Skoda Octavia, reg
YF19 KXT) at the junction with the A61 in Leeds.

Policyholder: <<Dominika Wróbel>>
Date of birth: [[dob:23/06/1988]]
Address: 14 Tarn Fold, Leeds [[postcode:LS15 8QH]]
Mobile: [[phone:07700 900418]]
Driving licence: [[licence:WROBE856238D99LK]]

My passenger, <<Tomasz Wróbel>> (my husband), was taken to St James's by
ambulance. ((health:He has a fractured collarbone and whiplash)) and was kept in
overnight. I went to my GP on Monday because ((health:my neck and lower back are
very stiff)) and she has signed me off for a week.

The other driver gave his name as <<Karl Ebbesen>>, phone [[phone:0113 496 0721]].

Thanks,
<<Dominika>>
""", html="""<p>Hello,</p>
<p>I need to report an accident. On Saturday 31 October at about 17:40 a van pulled out
of Cross Gates Road and hit the passenger side of my car at the junction with the A61.</p>
<p>Policyholder: <<Dominika Wróbel>><br>Mobile: [[phone:07700 900418]]</p>
<p>My passenger, <<Tomasz Wróbel>>, ((health:has a fractured collarbone and whiplash)).</p>
<p>Thanks,<br><<Dominika>></p>
""")

    delimited("claim-driver-declarations.csv", [
        ["policy_no", "driver_surname", "driver_forenames", "dob", "licence_no", "conviction_code", "conviction_date", "points", "relationship"],
        ["HLM-4471902", "<<WROBEL>>", "<<Dominika>>", "[[dob:23/06/1988]]", "[[licence:WROBE856238D99LK]]", "", "", "0", "Proposer"],
        ["HLM-4471902", "<<WROBEL>>", "<<Tomasz>>", "[[dob:02/02/1986]]", "[[licence:WROBE802026T99NC]]", "((crime:SP30))", "14/05/2025", "3", "Spouse"],
        ["HLM-5520318", "<<ACHTERBERG>>", "<<Pieter>>", "[[dob:11/09/1979]]", "[[licence:ACHTE709119P99XZ]]", "((crime:DR10))", "03/12/2022", "11", "Proposer"],
        ["HLM-5520318", "<<ACHTERBERG>>", "<<Sanne>>", "[[dob:30/01/1982]]", "[[licence:ACHTE851302S99QD]]", "", "", "0", "Spouse"],
        ["HLM-6013377", "<<NWOSU-GRANT>>", "<<Chidera>>", "[[dob:17/04/1997]]", "[[licence:NWOSU954177C99MR]]", "((crime:IN10))", "21/08/2024", "6", "Proposer"],
    ])

    docx("claim-income-protection-assessment.docx", [
        "Income Protection Claim - Initial Assessment",
        ("table", [["Claimant", "<<Oluwaseun Adeyemi-Clarke>>"],
                   ["Policy", "GIP-208841 (group scheme, Kestrel Logistics Ltd)"],
                   ["National Insurance no.", "[[nino:QQ 41 07 93 B]]"],
                   ["Date of birth", "[[dob:9 March 1981]]"],
                   ["Deferred period", "26 weeks"],
                   ["Benefit payee account", "Sort code 40-47-84, account 61938204[[=bank:404784:61938204]]"]]),
        "Background: Mr <<Adeyemi-Clarke>> has been absent from his role as a warehouse "
        "supervisor since 4 May 2026. ((health:His GP records a moderate depressive episode "
        "following a lumbar discectomy in April)); he takes sertraline 100 mg and attends "
        "physiotherapy weekly.",
        ("comment", 0, "Occupational health report from <<Helen Marchetti>> supports the claim."),
        "Recommendation: accept from the end of the deferred period; review in six months.",
        "Claims assessor: <<Ruaridh Baillie>>",
    ], header="Harbourline Insurance - Group Income Protection - CONFIDENTIAL",
       footer="Claim GIP-208841 | prepared by <<R. Baillie>> | page 1",
       comments=[("<<Ruaridh Baillie>>", "Check whether ((health:the depression)) predates the policy start.")],
       author="<<Ruaridh Baillie>>")

    pdf("claim-medical-report.pdf", [[
        "INDEPENDENT MEDICAL REPORT - MOTOR PERSONAL INJURY",
        "Prepared for Harbourline Insurance, Claims Department, Leeds [[postcode:LS1 4DY]]",
        "",
        "Claimant: <<Tomasz Wróbel>>    Date of birth: [[dob:02/02/1986]]",
        "NHS number: [[nhs:" + spaced(NHS[0][:3], 3) + " " + NHS[0][3:6] + " " + NHS[0][6:] + "=>" + NHS[0] + "]]",
        "Examined: 19 November 2026 at Wellington Street Clinic",
        "",
        "History: front-seat passenger in a side-impact collision on 31/10/2026.",
        "((health:Fracture of the left clavicle)), managed conservatively in a sling;",
        "((health:whiplash-associated disorder grade II)); sleep disturbed by pain.",
        "Prognosis: symptoms expected to resolve within 9 to 12 months.",
        "",
        "Dr <<Anjali Raghunathan>> MB ChB FRCS (Orth)",
    ]])

    text("claim-underwriting-genetic-note.txt", """HARBOURLINE INSURANCE - UNDERWRITING REFERRAL NOTE
Letterhead partner: the Huntington's Disease Association helpline leaflet is enclosed as standard.

Case: Income protection application IPA-77310
Applicant: <<Fenella Kirkbride>>, date of birth [[dob:14/11/1990]]
Contact: [[email:fenella.kirkbride@example.net]] / [[phone:07700 900562]]
Address: 3 Haddon Walk, Sheffield [[postcode:S10 2QE]]

Disclosure: the applicant volunteered that ((genetic:she had a predictive test for
Huntington's disease in 2019 and carries the expanded HTT gene)). She has no
symptoms and is not under treatment.

Under the Code on Genetic Testing and Insurance the result of a predictive test may
only be used for life cover above £500,000. This is income protection: the result
must not be taken into account. Underwriter <<Imogen Satterthwaite>> to remove the note
from the rating file and confirm to Ms <<Kirkbride>> in writing.
""")

    xlsx("claim-settlements.xlsx", [("Settlements Nov", [
        ["Claim", "Payee", "Type", "Sort code", "Account", "IBAN", "Amount", "Approved by"],
        ["HLM-4471902", "<<Dominika Wrobel>>", "Vehicle repair", "20-71-64", "38104472[[=bank:207164:38104472]]", "", 4210.55, "<<Gethin Pryce>>"],
        ["HLM-5520318", "<<Pieter Achterberg>>", "Courtesy car refund", "", "", "[[iban:" + spaced(IBAN_DE) + "]]", 312.0, "<<Gethin Pryce>>"],
        ["GIP-208841", "<<Oluwaseun Adeyemi-Clarke>>", "Monthly benefit", "40-47-84", "61938204[[=bank:404784:61938204]]", "", 1875.0, "<<Gethin Pryce>>"],
        ["HLM-6013377", "<<Chidera Nwosu-Grant>>", "Excess refund to card", "", "", "", 250.0, "<<Gethin Pryce>>"],
    ]), ("Card refunds", [
        ["Claim", "Cardholder", "Card number", "Expiry"],
        ["HLM-6013377", "<<Chidera Nwosu-Grant>>", "[[card:4000 0566 5566 5556]]", "08/28"],
    ])])

    json_doc("claim-fraud-referral.json", {
        "referralId": "CFU-2026-0193",
        "claimRef": "HLM-7302256",
        "policyHolder": {"givenName": "<<Lorcan>>", "familyName": "<<Mulrooney>>", "dateOfBirth": "[[dob:1992-07-08]]",
                         "email": "[[email:lorcan.mulrooney@example.org]]", "mobile": "[[phone:+44 7700 900731]]",
                         "postcode": "[[postcode:M14 6HG]]"},
        "submission": {"channel": "web", "clientIp": "[[ip:203.0.113.58]]", "userAgent": "Mozilla/5.0",
                       "previousIps": ["[[ip:198.51.100.202]]", "[[ip:2001:db8:4a1::17]]"]},
        "indicators": ["same third party vehicle in two claims", "whiplash claimed by four passengers"],
        "priorHistory": "((crime:Convicted in 2021 at Manchester Crown Court of fraud by false representation)) (induced collision).",
        "thirdParty": {"name": "<<Benedykt Sowa>>", "phone": "[[phone:0161 496 0884]]"},
        "handler": "<<Aisling Corr>>",
    })

    text("claim-handler-notes.md", """# Call notes - claim HLM-8110043 (rear-end shunt, Bristol)

**Handler:** <<Priya Venkataraman>>  **Date:** 24/11/2026

- 09:12 Spoke to policyholder <<Callum Odinga>> on [[phone:0117 496 0352]]. Car is at
  Fishponds Motors, estimate £2,900.
- 09:20 Third party passenger <<Ewa Lindqvist>> called from [[phone:07700 900845]]:
  ((health:she is 24 weeks pregnant)) and was checked at Southmead maternity unit, ((health:no
  injury to the baby)); she wants her costs paid.
- 10:05 Emailed <<Callum>> at [[email:c.odinga@example.co.uk]] for dash-cam footage.
- 11:40 Credit hire company asked for Ms <<Lindqvist>>'s date of birth; refused until she consents.

> Next action: liability decision by 1 December.
""")


# ---------------------------------------------------------------- domiciliary care

def domiciliary():
    xlsx("care-rota-week49.xlsx", [("Rota", [
        ["Date", "Time", "Client", "Address", "Postcode", "Carer", "Task", "Key safe"],
        ["30/11/2026", "07:30", "<<Winifred Haslam>>", "22 Bowland Close, Preston", "[[postcode:PR2 9TX]]", "<<Joana Ferreira>>",
         "Wash, dress, ((health:prompt insulin and Metformin))", "4471"],
        ["30/11/2026", "08:15", "<<Desmond Achebe>>", "Flat 6 Marsh House, Preston", "[[postcode:PR1 8UQ]]", "<<Joana Ferreira>>",
         "Breakfast, ((health:catheter care))", "1930"],
        ["30/11/2026", "12:00", "<<Winifred Haslam>>", "22 Bowland Close, Preston", "[[postcode:PR2 9TX]]", "<<Kamal Bhuiyan>>",
         "Lunch, ((health:check pressure sores on heels))", "4471"],
        ["30/11/2026", "18:30", "<<Elspeth Rawcliffe>>", "9 Lytham Road, Freckleton", "[[postcode:PR4 1AB]]", "<<Kamal Bhuiyan>>",
         "Tea, ((health:evening Parkinson's medication)) (Madopar)", "0628"],
    ]), ("Carers", [
        ["Carer", "Mobile", "Car", "Start"],
        ["<<Joana Ferreira>>", "[[phone:07700 900216]]", "Yes", "2023"],
        ["<<Kamal Bhuiyan>>", "[[phone:07700 900389]]", "Yes", "2025"],
    ])])

    docx("care-plan-haslam.docx", [
        "Person-centred care plan",
        ("table", [["Name", "<<Winifred Haslam>>"], ["Preferred name", "<<Winnie>>"],
                   ["Date of birth", "[[dob:17/08/1936]]"],
                   ["NHS number", f"[[nhs:{NHS[1][:3]} {NHS[1][3:6]} {NHS[1][6:]}=>{NHS[1]}]]"],
                   ["GP", "Dr <<Hamish Ogunbiyi>>, Ribbleton Medical Centre"],
                   ["Next of kin", "<<Graham Haslam>> (son) [[phone:01632 960 153]]"]]),
        "Health: ((health:type 2 diabetes on insulin, mild vascular dementia, reduced "
        "mobility after a hip replacement)). Uses a frame indoors.",
        "What matters to me: <<Winnie>> ((religion:is a lifelong Quaker and goes to Meeting "
        "on Sundays)) when her son can drive her. She likes Radio 4 and crosswords.",
        ("box", ["KEY SAFE 4471 - do not write this code anywhere else",
                 "Out of hours: [[phone:01632 960 418]]"]),
        "Reviewed with <<Winnie>> and <<Graham>> on 12/11/2026 by <<Sunita Raval>>, care coordinator.",
    ], header="Brightwater Home Care Ltd - CQC registered provider - care plan",
       footer="Client <<W. Haslam>> - printed 30/11/2026 - confidential",
       comments=[("<<Sunita Raval>>", "Son asked us to chase ((health:the memory clinic)) appointment.")],
       author="<<Sunita Raval>>")

    json_doc("care-visit-log.jsonl", [
        {"visitId": 880121, "carerName": "<<Joana Ferreira>>", "serviceUser": "<<Winifred Haslam>>",
         "checkIn": "2026-11-30T07:31:12Z", "method": "((biometric:face match 0.97 against enrolled template))",
         "deviceIp": "[[ip:198.51.100.23]]", "lat": 53.7781, "lon": -2.6712},
        {"visitId": 880122, "carerName": "<<Joana Ferreira>>", "serviceUser": "<<Desmond Achebe>>",
         "checkIn": "2026-11-30T08:17:40Z", "method": "((biometric:face match 0.94 against enrolled template))",
         "deviceIp": "[[ip:198.51.100.23]]", "lat": 53.7632, "lon": -2.7031},
        {"visitId": 880123, "carerName": "<<Kamal Bhuiyan>>", "serviceUser": "<<Winifred Haslam>>",
         "checkIn": "2026-11-30T12:04:02Z", "method": "manual override by office (phone signal lost)",
         "deviceIp": "[[ip:2001:db8:77::2c]]", "lat": 53.7781, "lon": -2.6712,
         "note": "override approved by <<Sunita Raval>>"},
    ], lines=True)

    eml("care-safeguarding-concern.eml", [
        ("From", "<<Kamal Bhuiyan>> <[[email:kamal.bhuiyan@brightwater-care.example.co.uk]]>"),
        ("To", "Safeguarding Lead <[[email:safeguarding@brightwater-care.example.co.uk]]>"),
        ("Cc", "<<Sunita Raval>> <[[email:sunita.raval@brightwater-care.example.co.uk]]>"),
        ("Subject", "Safeguarding concern - Mr <<Achebe>>"),
        ("Date", "Tue, 01 Dec 2026 19:02:44 +0000"),
        ("Message-ID", "<a81c@brightwater-care.example.co.uk>"),
    ], """Hi,

At the 18:30 call today <<Desmond Achebe>> had ((health:fresh bruising on both forearms and a
cut above his eye)), which he said was from a fall. His nephew <<Lewis Achebe>> was at the
flat again and the tin where <<Desmond>> keeps his pension cash was empty.

<<Desmond>> told me quietly that <<Lewis>> took his bank card last week, and that he
((crime:was arrested for stealing from him)) in 2024 too. I have not said anything to <<Lewis>>.

I have logged it on the app and phoned the out-of-hours number [[phone:01632 960 418]].

<<Kamal>>
""")

    rtf("care-disciplinary-outcome.rtf", [
        "Brightwater Home Care Ltd\nUnit 4, Riversway Business Park, Preston [[postcode:PR2 2YP]]",
        "PRIVATE AND CONFIDENTIAL",
        "<<Marek Kowalczyk>>\n41 Acregate Lane\nPreston [[postcode:PR1 5QT]]",
        "Dear <<Marek>>,",
        "Disciplinary hearing, 26 November 2026",
        "Thank you for attending the hearing with ((union:your UNISON steward)), <<Bernadette Quigley>>. "
        "The hearing considered the missed calls on 3 and 4 November and the renewed DBS certificate, which "
        "((crime:disclosed a 2025 police caution for shoplifting)) that you had not told us about.",
        "Outcome: final written warning, to remain on file for 12 months. You may appeal within "
        "seven days to <<Francesca Dunmore>>, Registered Manager, at [[email:f.dunmore@brightwater-care.example.co.uk]].",
        "Yours sincerely,\n<<Sunita Raval>>\nCare Coordinator",
    ])

    delimited("care-recruitment-tracker.csv", [
        ["Applicant", "DOB", "NI number", "Mobile", "Email", "Right to work", "Licence", "Stage"],
        ["<<Abimbola Fashola>>", "[[dob:05/12/1994]]", "[[nino:QQ120455A]]", "[[phone:07700900512]]",
         "[[email:abimbola.f@example.com]]", "UK passport [[passport:531470986]]", "[[licence:FASHO962054A99TB]]", "Interview 3/12"],
        ["<<Gareth Vowles>>", "[[dob:28/02/1971]]", "[[nino:QQ 77 31 04 C]]", "[[phone:07700 900 613]]",
         "[[email:garethvowles71@example.net]]", "UK passport [[passport:530882174]]", "none", "Shadowing"],
        ["<<Thuy Nguyen>>", "[[dob:19/07/2001]]", "[[nino:QQ390127D]]", "[[phone:+447700900744]]",
         "[[email:thuy.nguyen01@example.org]]", "Share code W7K 2LX PQ9", "[[licence:NGUYE057191T99HK]]", "Offer sent"],
    ], distractors=["W7K 2LX PQ9"])

    pdf("care-client-referral.pdf", [[
        "Lancashire Adult Social Care - Referral for Home Care",
        "Referral ref: ASC/26/118204     Date: 20/11/2026",
        "Person: <<Elspeth Rawcliffe>>   DOB: [[dob:03/03/1948]]",
        f"NHS no: [[nhs:{NHS[2]}]]   Tel: [[phone:01632 960 771]]",
        "Address: 9 Lytham Road, Freckleton, [[postcode:PR4 1AB]]",
        "Needs: ((health:Parkinson's disease, falls, swallowing difficulty)); needs two calls daily.",
        "Household: lives with her wife, <<Morag Rawcliffe>>, who has early-stage ((health:COPD)).",
        "Preferences: Ms <<Rawcliffe>> asked that carers know ((sex:she and her wife are a lesbian couple)) and",
        "have had unkind comments from a previous agency. Female carers preferred.",
        "Social worker: <<Daniel Obi-Hartley>>, [[email:daniel.obi-hartley@lancs.example.gov.uk]]",
    ]])

    mbox("care-office-inbox.mbox", [
        ("joana.ferreira@example.com", "Mon Nov 23 06:12:40 2026", [
            ("From", "<<Joana Ferreira>> <[[email:joana.ferreira@example.com]]>"),
            ("To", "[[email:office@brightwater-care.example.co.uk]]"),
            ("Subject", "Off sick today"),
            ("Date", "Mon, 23 Nov 2026 06:12:40 +0000"),
            ("Message-ID", "<sick.1123@example.com>"),
        ], """Morning, sorry, ((health:I have been up all night with a chest infection)) and
the GP has given me antibiotics. I can't do my calls today. <<Joana>>
"""),
        ("kamal.bhuiyan@brightwater-care.example.co.uk", "Tue Nov 24 14:30:05 2026", [
            ("From", "<<Kamal Bhuiyan>> <[[email:kamal.bhuiyan@brightwater-care.example.co.uk]]>"),
            ("To", "[[email:office@brightwater-care.example.co.uk]]"),
            ("Subject", "Leave request"),
            ("Date", "Tue, 24 Nov 2026 14:30:05 +0000"),
            ("Message-ID", "<leave.1124@brightwater-care.example.co.uk>"),
        ], """Hi <<Sunita>>, can I swap my calls on Friday 11 December? ((religion:We are going to
the mosque for my father's janazah prayer)) and then the burial. Thanks, <<Kamal>>
"""),
        ("sunita.raval@brightwater-care.example.co.uk", "Tue Nov 24 15:02:51 2026", [
            ("From", "<<Sunita Raval>> <[[email:sunita.raval@brightwater-care.example.co.uk]]>"),
            ("To", "<<Kamal Bhuiyan>> <[[email:kamal.bhuiyan@brightwater-care.example.co.uk]]>"),
            ("Subject", "Re: Leave request"),
            ("Date", "Tue, 24 Nov 2026 15:02:51 +0000"),
            ("Message-ID", "<re.leave.1124@brightwater-care.example.co.uk>"),
            ("In-Reply-To", "<leave.1124@brightwater-care.example.co.uk>"),
        ], """Of course, and I am so sorry about your dad. <<Abimbola>> will cover.
From Friday the office number changes to [[phone:01632 960 420]].
<<Sunita>>
"""),
    ])


# ---------------------------------------------------------------- funeral director and coroner's liaison

def funeral():
    docx("funeral-arrangement-form.docx", [
        "FUNERAL ARRANGEMENT FORM",
        ("table", [["Deceased", "<<Bridget Mary Costigan>>"],
                   ["Date of birth", "[[dob:12/01/1941]]"],
                   ["Date of death", "21/11/2026 at Royal Derby Hospital"],
                   ["Cause of death (MCCD)", "((health:1a metastatic carcinoma of the pancreas))"],
                   ["Service", "((religion:Requiem Mass at St Joseph's RC Church, followed by burial))"],
                   ["Applicant / next of kin", "<<Declan Costigan>> (son)"],
                   ["Telephone", "[[phone:07700 900 164]]"],
                   ["Email", "[[email:declan.costigan@example.co.uk]]"],
                   ["Address", "58 Uttoxeter New Road, Derby [[postcode:DE22 3NL]]"]]),
        "Mrs <<Costigan>> ((religion:wished to be buried with her rosary)); the family asked Father "
        "<<Tadhg Ó Murchú>> to say the vigil prayers at home.",
        "Deposit paid by card ending 1111 (card [[card:4111 1111 1111 1111]] taken by phone, keyed by <<Lydia Ormerod>>).",
        ("box", ["Coffin: Oxford oak, brass handles", "Hearse + 1 limousine"]),
    ], header="Ashdown & Vale Funeral Directors - Est. 1902 - Member of the NAFD",
       footer="Arranged by <<Lydia Ormerod>> on 23/11/2026",
       comments=[("<<Lydia Ormerod>>", "Son is hard of hearing: text rather than phone.")],
       author="<<Lydia Ormerod>>")

    eml("funeral-coroner-referral.eml", [
        ("From", "Coroner's Liaison <[[email:liaison@ashdownvale.example.co.uk]]>"),
        ("To", "<<Rhiannon Tudor-Price>> <[[email:rhiannon.tudor-price@coroner.example.gov.uk]]>"),
        ("Subject", "Removal 4471 - <<Jayden Okorie>> - sudden death"),
        ("Date", "Wed, 25 Nov 2026 02:48:10 +0000"),
        ("Message-ID", "<removal4471@ashdownvale.example.co.uk>"),
    ], """Dear <<Rhiannon>>,

We attended at 01:30 on the instructions of PC <<Amrit Sahota>> and conveyed <<Jayden Okorie>>
(born [[dob:30/09/2003]]) from 7 Cavendish Court, Normanton, [[postcode:DE23 6RS]] to the
Royal Derby mortuary. The officer said there was drug paraphernalia in the bedroom and that, as his
mother told him, <<Jayden>> ((health:had a history of heroin use)), so toxicology will be needed.

Next of kin: <<Precious Okorie>> (mother), [[phone:07700 900 937]]. She has asked that the
family can view him before the post-mortem if possible.

Regards,
<<Nathaniel Birtles>>
Coroner's Liaison, Ashdown & Vale
""", html="""<p>Dear <<Rhiannon>>,</p><p>We conveyed <<Jayden Okorie>> (born [[dob:30/09/2003]]) to the
Royal Derby mortuary. ((health:A history of heroin use)) is reported; toxicology will be needed.</p>
<p>Regards,<br><<Nathaniel Birtles>></p>""")

    text("funeral-molecular-autopsy-note.txt", """CORONER'S LIAISON - FILE NOTE
Inquest: <<Callum Fairweather>> (died 02/09/2026, aged 27, collapsed while running)
Date of birth: [[dob:1999-04-18]]

Post-mortem (Dr <<Sigrún Halldórsdóttir>>, consultant cardiac pathologist): ((health:structurally
normal heart; cause of death unascertained, sudden arrhythmic death syndrome suspected)).

((genetic:Molecular autopsy: a pathogenic SCN5A variant consistent with Brugada syndrome)) was
found in a stored blood sample. The coroner has asked that Mr <<Fairweather>>'s parents,
<<Alasdair Fairweather>> and <<Moira Fairweather>>, be referred to the inherited cardiac
conditions clinic for cascade testing.

Family contact: <<Moira Fairweather>>, [[email:moira.fairweather@example.org]], [[phone:0131 496 0588]]
""")

    delimited("funeral-register-2026.csv", [
        ["Ref", "Deceased", "Age", "Date of funeral", "Disposal", "Rite / officiant", "Venue", "Arranged by"],
        ["AV-26-301", "<<Bridget Mary Costigan>>", "85", "04/12/2026", "Burial", "((religion:Roman Catholic Requiem Mass))", "St Joseph's", "<<Lydia Ormerod>>"],
        ["AV-26-302", "<<Harbhajan Kaur Sandhu>>", "79", "27/11/2026", "Cremation", "((religion:Sikh - Antam Sanskar, Ardas at the crematorium))", "Markeaton Crematorium", "<<Lydia Ormerod>>"],
        ["AV-26-303", "<<Eli Rosenthal>>", "91", "24/11/2026", "Burial", "((religion:Orthodox Jewish, taharah by the chevra kadisha))", "Nottingham Road Cemetery", "<<Nathaniel Birtles>>"],
        ["AV-26-304", "<<Trevor Ashworth>>", "68", "01/12/2026", "Cremation", "Humanist celebrant", "Markeaton Crematorium", "<<Nathaniel Birtles>>"],
        ["AV-26-305", "<<Jayden Okorie>>", "23", "TBC", "TBC", "Awaiting coroner's release", "", "<<Nathaniel Birtles>>"],
    ], distractors=["Nottingham Road"])

    pdf("funeral-invoice-av26-301.pdf", [[
        "Ashdown & Vale Funeral Directors Ltd   VAT 118 2290 41",
        "21 Friar Gate, Derby [[postcode:DE1 1BX]]   Tel [[phone:01632 960 002]]",
        "",
        "INVOICE AV-26-301                      Date: 30/11/2026",
        "To: <<Declan Costigan>>, Executor of the late <<Bridget Mary Costigan>>",
        "58 Uttoxeter New Road, Derby [[postcode:DE22 3NL]]",
        "",
        "Professional services ......................... 2,450.00",
        "Coffin (Oxford oak) ............................. 1,120.00",
        "Disbursements: burial fee, officiant, flowers .... 1,380.00",
        "Less deposit paid ................................ -500.00",
        "BALANCE DUE ...................................... 4,450.00",
        "",
        "Pay by bank transfer: sort code 30-94-66  account 17735820[[=bank:309466:17735820]]",
        "IBAN [[iban:" + spaced(IBAN_GB2) + "]]   Ref AV-26-301",
    ]], distractors=["Friar Gate"])

    html("funeral-inquest-listings.html", "Derby and Derbyshire Coroner's Court - inquest listings", """<h1>Inquest listings: week commencing 7 December 2026</h1>
<p>Published for funeral directors and the press. Contact the court office on [[phone:01632 960 535]].</p>
<table>
<tr><th>Date</th><th>Deceased</th><th>Age</th><th>Type</th><th>Notes</th></tr>
<tr><td>07/12/2026 10:00</td><td><<Callum Fairweather>></td><td>27</td><td>Full inquest</td><td>((health:Sudden cardiac death; Brugada syndrome)) evidence from cardiologist</td></tr>
<tr><td>07/12/2026 14:00</td><td><<Stanisław Grabowski>></td><td>44</td><td>Full inquest</td><td>Road traffic collision, A38; the van driver, <<Ashley Prentice>>, ((crime:has been charged with causing death by dangerous driving)) - inquest to be adjourned</td></tr>
<tr><td>08/12/2026 10:00</td><td><<Jayden Okorie>></td><td>23</td><td>Opening</td><td>Opening only; ((health:suspected opioid toxicity))</td></tr>
<tr><td>09/12/2026 11:30</td><td><<Vera Lichfield>></td><td>88</td><td>Documentary</td><td>((health:Fall at home, fractured neck of femur, bronchopneumonia))</td></tr>
</table>
<p>Coroner's officer on duty: <<Rhiannon Tudor-Price>>.</p>""")

    json_doc("funeral-repatriation-case.json", {
        "caseNo": "REP-2026-017",
        "deceased": {"fullName": "<<Mohammed Tariq Chaudhry>>", "dob": "[[dob:1958-05-02]]",
                     "passportNo": "[[passport:518204367]]", "placeOfDeath": "Derby, United Kingdom"},
        "destination": {"country": "Pakistan", "airport": "ISB", "flight": "PK792"},
        "requirements": ["((religion:Islamic burial within 24 hours; ghusl by the mosque's washing team))",
                         "No embalming ((religion:on religious grounds))",
                         "Out of England certificate (Form 104) from the coroner"],
        "family": {"contact": "<<Ayesha Chaudhry>>", "relationship": "daughter",
                   "phone": "[[phone:+44 (0)7700 900 281]]", "email": "[[email:ayesha.chaudhry@example.com]]"},
        "embassyContact": "High Commission consular section",
        "handledBy": "<<Nathaniel Birtles>>",
    })

    odf("funeral-staff-payroll.ods", sheet=("Staff", [
        ["Employee", "Role", "NI number", "Date of birth", "Deductions", "Bank"],
        ["<<Lydia Ormerod>>", "Funeral arranger", "[[nino:QQ 52 81 36 A]]", "[[dob:07/10/1979]]",
         "((union:GMB union subscription £14.20))", "Sort 60-83-71 Acc 24419087[[=bank:608371:24419087]]"],
        ["<<Nathaniel Birtles>>", "Coroner's liaison / bearer", "[[nino:QQ 60 45 92 D]]", "[[dob:15/01/1985]]",
         "((union:GMB union subscription £14.20))", "Sort 20-98-51 Acc 55102236[[=bank:209851:55102236]]"],
        ["<<Kieran Doherty-Blake>>", "Bearer / driver", "[[nino:QQ 38 07 11 C]]", "[[dob:22/06/1998]]",
         "Cycle to work scheme", "Sort 11-04-82 Acc 90316644[[=bank:110482:90316644]]"],
        ["Monthly total", "", "", "", 28.4, ""],
    ]))


# ---------------------------------------------------------------- hate crime reporting centre

def hate_crime():
    html("hate-online-report-4410.html", "Stand Together Hub - online report HC-4410", """<h1>Third-party hate crime report</h1>
<dl>
<dt>Reference</dt><dd>HC-4410</dd>
<dt>Submitted</dt><dd>2026-11-18 21:07 from [[ip:192.0.2.146]]</dd>
<dt>Your name</dt><dd><<Rukhsana Begum>></dd>
<dt>Email</dt><dd>[[email:rukhsana.begum@example.co.uk]]</dd>
<dt>Phone</dt><dd>[[phone:0121 496 0613]]</dd>
<dt>Postcode</dt><dd>[[postcode:B11 4RJ]]</dd>
<dt>What happened?</dt><dd>A man pulled at my headscarf at the bus stop on Stratford Road and shouted that
((religion:Muslims like me)) should go home. ((health:I fell and cut my hand, and was treated at the
walk-in centre with stitches.)) My neighbour <<Farzana Iqbal>> saw it.</dd>
<dt>Why do you think you were targeted?</dt><dd>((religion:Religion (I am Muslim and wear hijab)))</dd>
<dt>Do you want the police told?</dt><dd>Yes, with my details</dd>
</dl>
<footer>Stand Together Hub is supported by the Jewish, Muslim and Sikh community trusts of the city.</footer>""")

    xlsx("hate-case-log-q4.xlsx", [("Cases", [
        ["Ref", "Victim", "Date", "Strand", "Victim's own characteristic (as reported)", "Outcome", "Caseworker"],
        ["HC-4398", "<<Delroy Campbell>>", "02/10/2026", "Race", "((race:Black Caribbean))", "Police crime number issued", "<<Noor Haddad>>"],
        ["HC-4402", "<<Ieuan Pritchard>>", "19/10/2026", "Sexual orientation", "((sex:gay man, attacked leaving a bar with his partner))", "Support only", "<<Noor Haddad>>"],
        ["HC-4407", "<<Hadas Levy>>", "06/11/2026", "Religion", "((religion:Jewish, swastika on her door))", "Police attended", "<<Patrick Mbeki>>"],
        ["HC-4409", "<<Sorcha Dunne>>", "14/11/2026", "Disability", "((health:wheelchair user with cerebral palsy))", "Landlord informed", "<<Patrick Mbeki>>"],
        ["HC-4410", "<<Rukhsana Begum>>", "18/11/2026", "Religion", "((religion:Muslim, wears hijab))", "Referred to police", "<<Noor Haddad>>"],
    ]), ("Contacts", [
        ["Caseworker", "Direct line", "Email"],
        ["<<Noor Haddad>>", "[[phone:0121 496 0100]]", "[[email:noor.haddad@standtogether.example.org]]"],
        ["<<Patrick Mbeki>>", "[[phone:0121 496 0101]]", "[[email:patrick.mbeki@standtogether.example.org]]"],
    ])])

    eml("hate-police-referral.eml", [
        ("From", "<<Noor Haddad>> <[[email:noor.haddad@standtogether.example.org]]>"),
        ("To", "Hate Crime Unit <[[email:hcu@police.example.gov.uk]]>"),
        ("Subject", "Referral HC-4410 with victim consent"),
        ("Date", "Thu, 19 Nov 2026 10:22:31 +0000"),
        ("Message-ID", "<hc4410.ref@standtogether.example.org>"),
    ], """Good morning,

Please find attached our referral for HC-4410. The victim, <<Rukhsana Begum>>
([[phone:0121 496 0613]]), consents to contact. She was ((religion:targeted as a
Muslim woman)) and ((health:needed stitches to her hand)).

She recognised the man from the area as <<Wayne Tillotson>>, aged about 50. The
bus company's camera images were run through your ((biometric:facial recognition
search)), which matched <<Wayne Tillotson>> on the custody image database, according
to DC <<Harriet Bellingham>>, who phoned me yesterday. Mr <<Tillotson>> ((crime:was
arrested)) at his home last night.

Kind regards,
<<Noor Haddad>>
Senior Caseworker, Stand Together Hub
""", attachments=[("HC-4410-referral.csv", "text/csv",
                   "ref,victim,dob,postcode,suspect\r\nHC-4410,<<Rukhsana Begum>>,[[dob:11/04/1984]],[[postcode:B11 4RJ]],<<Wayne Tillotson>>\r\n")])

    text("hate-caseworker-notes-hc4402.md", """## HC-4402 - casework notes

| Field | Value |
|---|---|
| Client | <<Ieuan Pritchard>> |
| DOB | [[dob:8 August 1996]] |
| Mobile | [[phone:07700 900 352]] |
| Partner (also a witness) | <<Rhodri Evans-Kemp>> |

**26/10** Met <<Ieuan>> at the hub. ((sex:He and his boyfriend)), <<Rhodri>>, were followed from
the Queen's Arms and called homophobic names; <<Rhodri>> was punched. <<Ieuan>> says ((health:he
has had panic attacks since and his GP has started him on propranolol)).

**02/11** <<Ieuan>> does not want a police report yet. Gave details of LGBT Foundation
counselling. Will call again on the 16th.

*Caseworker: <<Noor Haddad>>*
""", distractors=["Queen's Arms"])

    text("hate-incident-campaigner.txt", """STAND TOGETHER HUB - INCIDENT RECORD HC-4405

Reported by: <<Tobias Wainwright-Okoro>>   Email: [[email:toby.wo@example.net]]
Phone: [[phone:0121 496 0947]]   Address: 112 Vicarage Road, Kings Heath, [[postcode:B14 7QN]]

On Saturday 31 October <<Tobias>> was ((politics:leafleting for the Green Party, of which he is a
member and the candidate in the Brandwood by-election)). Two men tore up his leaflets, said
"your lot" were traitors and pushed him into a wall. ((health:He had a bruised shoulder and
concussion and was seen at the QE hospital.))

He believes he was targeted ((politics:because of his politics)) and because he wore a rosette.
Witness: <<Margaret Oyelaran>>, who lives opposite.
Record taken by <<Patrick Mbeki>>.
""", distractors=["Vicarage Road"])

    mbox("hate-helpline-inbox.mbox", [
        ("hadas.levy@example.com", "Fri Nov 06 22:41:07 2026", [
            ("From", "<<Hadas Levy>> <[[email:hadas.levy@example.com]]>"),
            ("To", "[[email:report@standtogether.example.org]]"),
            ("Subject", "Swastika painted on my door"),
            ("Date", "Fri, 06 Nov 2026 22:41:07 +0000"),
            ("Message-ID", "<door.1106@example.com>"),
        ], """Someone has painted a swastika on my front door on Moseley Road. ((religion:We are the only
Jewish family on the street and my mezuzah was ripped off)) as well. Please call me on
[[phone:07700 900 468]]. <<Hadas Levy>>
"""),
        ("kwame.asante@example.org", "Mon Nov 09 08:05:55 2026", [
            ("From", "<<Kwame Asante>> <[[email:kwame.asante@example.org]]>"),
            ("To", "[[email:report@standtogether.example.org]]"),
            ("Subject", "Abuse at work"),
            ("Date", "Mon, 09 Nov 2026 08:05:55 +0000"),
            ("Message-ID", "<work.1109@example.org>"),
        ], """From the day I started at the depot a supervisor has called me names about my skin.
((race:I am Ghanaian, Black African)), and he does not say it to anyone else.
I don't want to go to the police, just advice. <<Kwame>>
"""),
        ("patrick.mbeki@standtogether.example.org", "Mon Nov 09 10:12:00 2026", [
            ("From", "<<Patrick Mbeki>> <[[email:patrick.mbeki@standtogether.example.org]]>"),
            ("To", "<<Kwame Asante>> <[[email:kwame.asante@example.org]]>"),
            ("Subject", "Re: Abuse at work"),
            ("Date", "Mon, 09 Nov 2026 10:12:00 +0000"),
            ("Message-ID", "<re.work.1109@standtogether.example.org>"),
            ("In-Reply-To", "<work.1109@example.org>"),
        ], """Dear <<Kwame>>, thank you for telling us. From my experience, ACAS can help too.
I can call you at 6pm today if that suits. <<Patrick>>
"""),
    ])

    pdf("hate-outcome-letter-hc4398.pdf", [[
        "Stand Together Hub, 40 Ladypool Road, Birmingham [[postcode:B12 8JY]]",
        "",
        "Mr <<D. Campbell>>",
        "Flat 3, 19 Dudley Road, Birmingham [[postcode:B18 7QH]]",
        "",
        "1 December 2026",
        "",
        "Dear Mr <<Campbell>>,",
        "Your report HC-4398: outcome at Birmingham Magistrates' Court",
        "",
        "I am writing to let you know that on 27 November <<Reece Fenwick>>",
        "((crime:pleaded guilty to racially aggravated harassment)) and was given a community order",
        "and a restraining order. The court accepted that you were targeted because",
        "((race:you are a Black British man of Caribbean heritage)). You may make a victim",
        "personal statement for any appeal.",
        "",
        "Yours sincerely,",
        "<<Patrick Mbeki>>, Caseworker",
    ]], distractors=["Ladypool Road", "Dudley Road"])

    delimited("hate-partner-referrals.tsv", [
        ["referral_id", "client", "phone", "email", "partner_agency", "need"],
        ["PR-118", "<<Sorcha Dunne>>", "[[phone:0121 496 0276]]", "[[email:sorcha.dunne@example.com]]", "Housing association", "((health:needs level-access housing; uses a powered wheelchair))"],
        ["PR-119", "<<Delroy Campbell>>", "[[phone:07700 900 590]]", "", "Victim Support", "Court familiarisation visit"],
        ["PR-120", "<<Ieuan Pritchard>>", "[[phone:07700 900 352]]", "[[email:ieuan.p@example.net]]", "LGBT Foundation", "((health:counselling for anxiety))"],
        ["PR-121", "<<Kwame Asante>>", "[[phone:07700 900 129]]", "[[email:kwame.asante@example.org]]", "ACAS / union", "Workplace advice"],
    ], sep="\t")


# ---------------------------------------------------------------- manufacturer HR

def manufacturer():
    delimited("hr-union-checkoff-nov.csv", [
        ["Payroll No", "Surname", "Forename", "NI Number", "Union", "Branch", "Deduction (£)"],
        ["K10442", "<<MALINOWSKI>>", "<<Arkadiusz>>", "[[nino:QQ 04 52 87 A]]", "((union:Unite))", "Sheffield Engineering", "16.90"],
        ["K10519", "<<HEPWORTH>>", "<<Janine>>", "[[nino:QQ 29 64 13 B]]", "((union:Unite))", "Sheffield Engineering", "16.90"],
        ["K10733", "<<OYELARAN-SMITH>>", "<<Femi>>", "[[nino:QQ 81 30 55 C]]", "((union:GMB))", "Yorkshire Manufacturing", "13.75"],
        ["K10801", "<<BRADSHAW>>", "<<Lee>>", "[[nino:QQ 47 19 62 D]]", "((union:Community))", "Steel Branch 2", "12.40"],
    ])

    xlsx("hr-staff-networks.xlsx", [("Networks 2026", [
        ["Network", "Role", "Employee", "Site", "Email", "Notes"],
        ["Pride@Kestrel", "Chair", "<<Callum Ashby-Nunn>>", "Attercliffe", "[[email:callum.ashby-nunn@kestrel-castings.example.co.uk]]",
         "((sex:Speaks openly as a gay man)) at induction sessions"],
        ["Pride@Kestrel", "Member", "<<Ruth Abernethy>>", "Tinsley", "[[email:ruth.abernethy@kestrel-castings.example.co.uk]]", "Ally"],
        ["Faith & Belief", "Lead", "<<Gurpreet Singh Bains>>", "Attercliffe", "[[email:gurpreet.bains@kestrel-castings.example.co.uk]]",
         "((religion:Sikh; asked for a turban-compatible hard hat exemption))"],
        ["Faith & Belief", "Member", "<<Yusuf Demir>>", "Tinsley", "[[email:yusuf.demir@kestrel-castings.example.co.uk]]",
         "((religion:Uses the prayer room for Jumu'ah)) on Fridays"],
        ["Race Equality", "Co-chair", "<<Marcia Thompson-Reid>>", "Head office", "[[email:marcia.thompson-reid@kestrel-castings.example.co.uk]]",
         "((race:Black British Caribbean)); mentoring scheme lead"],
    ])])

    docx("hr-clocking-enrolment.docx", [
        "Time and attendance: fingerprint terminal enrolment record",
        ("table", [["Employee", "Payroll no", "Terminal", "Enrolled", "Template"],
                   ["<<Arkadiusz Malinowski>>", "K10442", "Attercliffe gate 2", "02/11/2026", "((biometric:right index finger, 2 templates))"],
                   ["<<Janine Hepworth>>", "K10519", "Attercliffe gate 2", "02/11/2026", "((biometric:left index finger, 2 templates))"],
                   ["<<Lee Bradshaw>>", "K10801", "Tinsley main", "03/11/2026", "Declined - PIN and card issued instead"]]),
        "Each employee was given the privacy notice and may choose a PIN and card instead of a fingerprint.",
        ("comment", 0, "Templates are stored on the terminal only, not the HR system."),
        "Enrolled by: <<Shona Gillespie>>, HR Adviser",
    ], header="Kestrel Precision Castings Ltd - HR",
       footer="Retention: delete templates within 1 month of leaving",
       comments=[("<<Shona Gillespie>>", "<<Lee>> asked to see the DPIA first - sent 03/11.")],
       author="<<Shona Gillespie>>")

    json_doc("hr-absence-export.jsonl", [
        {"empNo": "K10519", "displayName": "<<Janine Hepworth>>", "absenceStart": "2026-10-05", "absenceEnd": "2026-10-16",
         "reasonCode": "MSK", "reasonText": "((health:Lower back pain - sciatica))", "fitNote": True},
        {"empNo": "K10733", "displayName": "<<Femi Oyelaran-Smith>>", "absenceStart": "2026-10-20", "absenceEnd": "2026-10-21",
         "reasonCode": "GI", "reasonText": "((health:Gastroenteritis))", "fitNote": False},
        {"empNo": "K10902", "displayName": "<<Bethan Llewellyn>>", "absenceStart": "2026-09-01", "absenceEnd": None,
         "reasonCode": "MH", "reasonText": "((health:Work-related stress and anxiety; OH referral made))", "fitNote": True},
        {"empNo": "K10442", "displayName": "<<Arkadiusz Malinowski>>", "absenceStart": "2026-11-09", "absenceEnd": "2026-11-13",
         "reasonCode": "DEP", "reasonText": "Dependant leave - child care", "fitNote": False},
    ], lines=True)

    eml("hr-grievance-malinowski.eml", [
        ("From", "<<Femi Oyelaran-Smith>> <[[email:femi.os@gmb-yorkshire.example.org]]>"),
        ("To", "HR <[[email:hr@kestrel-castings.example.co.uk]]>"),
        ("Cc", "<<Arkadiusz Malinowski>> <[[email:arek.malinowski@example.com]]>"),
        ("Subject", "Formal grievance - <<A. Malinowski>>"),
        ("Date", "Wed, 18 Nov 2026 16:40:12 +0000"),
        ("Message-ID", "<griev.1118@gmb-yorkshire.example.org>"),
    ], """Dear <<Shona>>,

I am ((union:the GMB workplace rep)) for the fettling shop and I write on behalf of <<Arkadiusz
Malinowski>>, ((union:a GMB member)), who asks me to accompany him.

<<Arkadiusz>> is ((race:of Roma heritage)). Since August the shift leader, <<Dean Wragg>>, has
made remarks about "gypsies" in front of the team and moved him to the worst jobs. He has
the dates written down.

Please arrange a grievance hearing. I can do any day except Thursday. My mobile is
[[phone:07700 900 654]].

<<Femi Oyelaran-Smith>>
""")

    odf("hr-equality-monitoring.ods", sheet=("Responses", [
        ["Employee", "Ethnic group", "Religion or belief", "Sexual orientation", "Disability"],
        ["<<Bethan Llewellyn>>", "((race:White Welsh))", "((religion:Christian - Baptist))", "((sex:Bisexual))", "((health:Yes - type 1 diabetes))"],
        ["<<Yusuf Demir>>", "((race:Turkish))", "((religion:Muslim))", "((sex:Heterosexual))", "No"],
        ["<<Ruth Abernethy>>", "Prefer not to say", "Prefer not to say", "Prefer not to say", "Prefer not to say"],
        ["<<Kenji Watanabe-Hollis>>", "((race:Mixed - White and Asian))", "((religion:No religion))", "((sex:Gay))", "((health:Yes - dyslexia))"],
    ]))

    pdf("hr-accident-report-riddor.pdf", [[
        "KESTREL PRECISION CASTINGS LTD - ACCIDENT / RIDDOR REPORT  AR-2026-031",
        "Site: Attercliffe Foundry, Sheffield [[postcode:S9 3RN]]",
        "Injured person: <<Darren Copley>>   Payroll: K10655   DOB: [[dob:19.03.1990=>1990-03-19]]",
        "Home phone: [[phone:0114 496 0275]]",
        "Date/time: 12/11/2026 10:45   Location: pouring bay 3",
        "Description: molten metal splashed over the top of the safety boot during a ladle pour.",
        "Injury: ((health:full-thickness burn to the left ankle; skin graft at the Northern General))",
        "Absence: over 7 days - RIDDOR reportable (F2508 submitted 16/11/2026)",
        "Witness: <<Gintaras Petrauskas>>, fork-lift driver, licence [[licence:PETRA801125G99VW]]",
        "Investigated by: <<Shona Gillespie>> (HR) and <<Imran Qadir>> (H&S manager)",
    ], [
        "Root cause: boot gaiters not worn; gaiters now issued at the bay entrance.",
        "Signed: <<Imran Qadir>>   Date: 20/11/2026",
    ]])

    text("hr-right-to-work-checks.txt", """RIGHT TO WORK CHECKS - NEW STARTERS NOVEMBER 2026 (Kestrel Precision Castings)

1. <<Anneliese Vogt>>
   DOB [[dob:02/07/1993]]
   UK passport no. [[passport:547291038]], expires 14/03/2031 - original seen 02/11/2026
   NINO [[nino:QQ 63 20 17 B]]

2. <<Tendai Mupfumira>>
   DOB [[dob:26/01/1989]]
   Share code checked online: W4R 7NB KH2, right to work until 09/2028
   NINO [[nino:QQ 18 74 40 A]]

3. <<Oskar Lindgren-Pyke>>
   DOB [[dob:11/12/2004]]
   UK passport number
   [[passport:539067422]]
   NINO applied for

All three receive the standard contract. Clause 14 reads: "The Company recognises Unite the Union
and GMB for collective bargaining for hourly paid staff. Union membership is voluntary."
Checked by <<Shona Gillespie>>.
""", distractors=["W4R 7NB KH2"])


# ---------------------------------------------------------------- clinical trials unit

def trials():
    delimited("ctu-randomisation-log.csv", [
        ["Trial", "Participant ID", "Participant", "NHS number", "DOB", "Site", "Randomised", "Arm", "Condition"],
        ["GLYCO-3", "G3-0141", "<<Sandeep Gill>>", f"[[nhs:{NHS[3]}]]", "[[dob:1962-11-30]]", "Leicester", "03/11/2026", "B", "((health:Type 2 diabetes, HbA1c 64))"],
        ["GLYCO-3", "G3-0142", "<<Maureen Tolland>>", f"[[nhs:{NHS[4][:3]} {NHS[4][3:6]} {NHS[4][6:]}=>{NHS[4]}]]", "[[dob:1957-04-09]]", "Leicester", "04/11/2026", "A", "((health:Type 2 diabetes, HbA1c 71))"],
        ["GLYCO-3", "G3-0143", "<<Olumide Bankole>>", f"[[nhs:{NHS[5]}]]", "[[dob:1970-01-21]]", "Nottingham", "05/11/2026", "B", "((health:Type 2 diabetes, HbA1c 58))"],
    ])

    docx("ctu-sae-report-g3-0142.docx", [
        "SERIOUS ADVERSE EVENT REPORT",
        ("table", [["Trial", "GLYCO-3 (EudraCT 2025-000000-00)"],
                   ["Participant", "G3-0142 / <<Maureen Tolland>>"],
                   ["Date of birth", "[[dob:09/04/1957]]"],
                   ["Event", "((health:Acute pancreatitis requiring admission, 3 days on the ward))"],
                   ["Onset", "17/11/2026"],
                   ["Causality (PI)", "Possibly related to study drug"],
                   ["Action", "Study drug stopped; participant remains in follow-up"]]),
        "Narrative: Mrs <<Tolland>> ((health:presented to the emergency department with epigastric "
        "pain radiating to the back; lipase 1,450 U/L)). Managed with fluids and analgesia.",
        ("comment", 0, "Expectedness assessed against the Reference Safety Information v4."),
        "Reported to the sponsor within 24 hours by <<Chukwuemeka Eze>>, research nurse.",
    ], header="Northgate Clinical Trials Unit - SAE form v6.1",
       footer="Principal investigator: Dr <<Alison Ferrier-Grant>>",
       comments=[("Dr <<Alison Ferrier-Grant>>", "Agree possibly related. Unblinding not needed.")],
       author="<<Chukwuemeka Eze>>")

    xlsx("ctu-pgx-substudy.xlsx", [("Genotypes", [
        ["Participant ID", "Participant", "Self-reported ethnicity", "CYP2D6 diplotype", "Phenotype", "Action"],
        ["G3-0141", "<<Sandeep Gill>>", "((race:Indian))", "((genetic:*1/*4))", "Intermediate metaboliser", "None"],
        ["G3-0143", "<<Olumide Bankole>>", "((race:Black African - Nigerian))", "((genetic:*17/*17))", "Intermediate metaboliser", "None"],
        ["G3-0150", "<<Heather McIlroy>>", "((race:White Scottish))", "((genetic:*4/*4))", "Poor metaboliser", "((health:Switch from codeine for her migraine))"],
    ]), ("Key", [["Genotyping by", "<<Wojciech Nowicki>>, lab manager"]])])

    eml("ctu-prep-screening.eml", [
        ("From", "PROTECT-PrEP trial team <[[email:protect-prep@northgate-ctu.example.ac.uk]]>"),
        ("To", "<<Adebayo Lawson-Price>> <[[email:ade.lp@example.com]]>"),
        ("Subject", "Your screening visit for PROTECT-PrEP"),
        ("Date", "Thu, 12 Nov 2026 11:15:00 +0000"),
        ("Message-ID", "<scr.1112@northgate-ctu.example.ac.uk>"),
    ], """Dear <<Adebayo>>,

Thank you for coming in on Tuesday. The trial is for ((sex:gay and bisexual men and other men
who have sex with men)), and your screening answers confirm that you are eligible.

Your ((health:HIV and hepatitis B tests were negative and your kidney function is normal)),
so we can book your randomisation visit for 26 November at 17:30.

If you need to rearrange, call the trial nurse, <<Siobhán Kearney>>, on [[phone:0115 496 0233]].

Best wishes,
PROTECT-PrEP trial team
""", html="""<p>Dear <<Adebayo>>,</p><p>The trial is for ((sex:gay and bisexual men)); you are eligible.
Your ((health:HIV test was negative)). Call <<Siobhán Kearney>> on [[phone:0115 496 0233]].</p>""")

    json_doc("ctu-econsent-audit.jsonl", [
        {"event": "identity_verified", "participant": "<<Heather McIlroy>>", "study": "GLYCO-3",
         "method": "((biometric:selfie-to-passport face match, score 0.93))", "ip": "[[ip:203.0.113.77]]",
         "email": "[[email:heather.mcilroy@example.co.uk]]", "ts": "2026-10-30T18:22:05Z"},
        {"event": "consent_signed", "participant": "<<Heather McIlroy>>", "study": "GLYCO-3", "version": "ICF v5.0",
         "ip": "[[ip:203.0.113.77]]", "ts": "2026-10-30T18:31:40Z"},
        {"event": "consent_countersigned", "by": "<<Chukwuemeka Eze>>", "participant": "<<Heather McIlroy>>",
         "ip": "[[ip:192.0.2.10]]", "ts": "2026-10-31T09:02:11Z"},
    ], lines=True)

    pdf("ctu-brca-substudy-result.pdf", [[
        "Northgate CTU - OVARIAN-SCREEN genetics substudy - result letter (copy for trial file)",
        "",
        "Participant: <<Philippa Grosvenor>>   Study no. OS-2291",
        f"DOB: [[dob:30/11/1972]]   NHS number: [[nhs:{NHS[6][:3]} {NHS[6][3:6]} {NHS[6][6:]}=>{NHS[6]}]]",
        "Address: 4 Beeston Fields Drive, Nottingham [[postcode:NG9 3DB]]",
        "",
        "Dear <<Philippa>>,",
        "The panel test on your stored sample found ((genetic:a pathogenic BRCA1 variant, c.68_69delAG)).",
        "You have been referred to the Clinical Genetics service, and your gynaecologist has",
        "((health:listed you for risk-reducing salpingo-oophorectomy)) in February.",
        "Your sister <<Clemency Grosvenor>> may wish to ask her GP about testing.",
        "",
        "Genetic counsellor: <<Eilidh MacRae>>, [[phone:0115 496 0871]]",
    ]])

    text("ctu-monitoring-visit-report.md", """# Monitoring visit report - GLYCO-3, Leicester site

- **Visit date:** 19/11/2026
- **Monitor:** <<Rosalind Achterberg-Hale>> ([[email:r.achterberg-hale@northgate-ctu.example.ac.uk]])
- **Site staff present:** <<Chukwuemeka Eze>> (research nurse), Dr <<Alison Ferrier-Grant>> (PI)

## Findings

1. Source data verification for G3-0141 and G3-0143 complete; no discrepancies.
2. G3-0145, <<Ebenezer Mensah>>: ((religion:a Jehovah's Witness who has declined blood products))
   in an advance decision; ((health:his anaemia (Hb 98) is being treated with IV iron)). The
   protocol's transfusion rescue step must not be used for him - documented in his notes.
3. Temperature log for the pharmacy fridge has two gaps (7 and 8 November).

## Actions

- Site to file the advance decision in the investigator site file (owner: <<Chukwuemeka Eze>>).
""")

    rtf("ctu-participant-expenses.rtf", [
        "Northgate Clinical Trials Unit\nParticipant travel expenses - November 2026",
        "Participant: <<Olumide Bankole>> (G3-0143)\n21 Mapperley Rise, Nottingham [[postcode:NG3 5AS]]",
        "Visits: 5/11, 19/11 - 2 x return bus fare and parking = £23.40",
        "Pay to: sort code 23-14-70, account number 10928837[[=bank:231470:10928837]]",
        "Participant: <<Heather McIlroy>> (G3-0150)\nRefund to card [[card:5555 5555 5555 4444]]: £18.00",
        "Approved: <<Wojciech Nowicki>>",
    ])


# ---------------------------------------------------------------- electoral services and register of interests

def electoral():
    docx("elec-register-of-interests-abbey.docx", [
        "REGISTER OF MEMBERS' INTERESTS",
        "Councillor: <<Obiageli Nwachukwu-Hart>>, Abbey Ward",
        ("table", [["Interest", "Details"],
                   ["Political party", "((politics:Member of the Labour Party; Labour Group whip))"],
                   ["Trade union", "((union:Member of Unite, Community branch))"],
                   ["Employment", "Part-time practice manager, Abbey Road Surgery"],
                   ["Land", "Home: 16 Ashleigh Avenue, Reading [[postcode:RG1 6QT]]"],
                   ["Other bodies", "((religion:Trustee of St Barnabas Pentecostal Church, of which she is a member))"]]),
        ("box", ["Sensitive interest: the home address is withheld from the published register under s.32 Localism Act 2011."]),
        "Signed: <<O. Nwachukwu-Hart>>   Date: 06/11/2026",
        "Received by: <<Gregory Fairbanks>>, Monitoring Officer",
    ], header="Reading Borough Council - Democratic Services",
       footer="Published version omits sensitive interests",
       author="<<Gregory Fairbanks>>",
       distractors=["Abbey Road Surgery"])

    delimited("elec-nominations-abbey-byelection.csv", [
        ["Ward", "Candidate surname", "Candidate other names", "Description", "Home address in ward", "Agent", "Agent email"],
        ["Abbey", "<<NWACHUKWU-HART>>", "<<Obiageli>>", "((politics:Labour Party))", "Yes", "<<Tamsin Rudd>>", "[[email:tamsin.rudd@example.org]]"],
        ["Abbey", "<<HOLLINGWORTH>>", "<<Piers Edward>>", "((politics:The Conservative Party Candidate))", "No", "<<Piers Hollingworth>>", "[[email:piers.hollingworth@example.com]]"],
        ["Abbey", "<<AKHTAR>>", "<<Saima>>", "((politics:Green Party))", "Yes", "<<Declan Moriarty>>", "[[email:d.moriarty@example.net]]"],
        ["Abbey", "<<STREATFEILD>>", "<<Ambrose>>", "Independent", "Yes", "", ""],
    ])

    xlsx("elec-postal-vote-applications.xlsx", [("Postal votes", [
        ["Elector no", "Surname", "Forename", "Date of birth", "Email", "Address", "Redirect to", "Status"],
        ["AB1-1043", "<<Fontaine>>", "<<Célestine>>", "[[dob:04/05/1983]]", "[[email:celestine.fontaine@example.fr]]",
         "7 Prospect Street, Reading", "", "Accepted"],
        ["AB1-1170", "<<Okwuosa>>", "<<Nnamdi>>", "[[dob:17/10/2000]]", "[[email:nnamdi.okwuosa@example.ac.uk]]",
         "Hall 3, Whiteknights", "Student halls - term address", "Accepted"],
        ["AB2-0088", "<<Marchbank>>", "<<Hector>>", "[[dob:30/06/1941]]", "", "2 Mill Lane, Reading",
         "", "Identifiers not matched - ask to re-apply"],
    ]), ("Checks", [
        ["Checked by", "<<Lucinda Ravensworth>>", "DWP match on NINO and DOB"],
        ["<<Nnamdi Okwuosa>>", "[[nino:QQ 55 09 31 C]]", "matched"],
    ])], distractors=["Prospect Street", "Mill Lane"])

    mbox("elec-canvass-replies.mbox", [
        ("v.mclaughlin@example.com", "Mon Oct 12 18:20:44 2026", [
            ("From", "<<Veronica McLaughlin>> <[[email:v.mclaughlin@example.com]]>"),
            ("To", "[[email:elections@reading.example.gov.uk]]"),
            ("Subject", "Household enquiry form - 31 Grovelands Road"),
            ("Date", "Mon, 12 Oct 2026 18:20:44 +0100"),
            ("Message-ID", "<hef.1012@example.com>"),
        ], """My father <<Albert McLaughlin>> is on your form but ((health:he has advanced dementia)) and
moved to a nursing home in September. Please remove him. I have lasting power of attorney.
<<Veronica McLaughlin>>, [[phone:0118 496 0732]]
"""),
        ("elections@reading.example.gov.uk", "Tue Oct 13 09:01:10 2026", [
            ("From", "Electoral Services <[[email:elections@reading.example.gov.uk]]>"),
            ("To", "<<Veronica McLaughlin>> <[[email:v.mclaughlin@example.com]]>"),
            ("Subject", "Re: Household enquiry form - 31 Grovelands Road"),
            ("Date", "Tue, 13 Oct 2026 09:01:10 +0100"),
            ("Message-ID", "<re.hef.1013@reading.example.gov.uk>"),
            ("In-Reply-To", "<hef.1012@example.com>"),
        ], """Dear Ms <<McLaughlin>>, thank you. Residents of care homes may still register there.
We will write to the home. Electoral Services, [[phone:0118 496 0700]]
"""),
        ("k.adeyinka@example.org", "Wed Oct 14 20:55:02 2026", [
            ("From", "<<Kehinde Adeyinka>> <[[email:k.adeyinka@example.org]]>"),
            ("To", "[[email:elections@reading.example.gov.uk]]"),
            ("Subject", "Proxy vote"),
            ("Date", "Wed, 14 Oct 2026 20:55:02 +0100"),
            ("Message-ID", "<proxy.1014@example.org>"),
        ], """I will be working in Aberdeen on polling day and would like my brother <<Taiwo Adeyinka>>
to vote for me by proxy. Date of birth [[dob:22/02/1992]]. <<Kehinde>>
"""),
    ], distractors=["Grovelands Road"])

    html("elec-polling-stations.html", "Polling stations - Abbey ward by-election", """<h1>Polling stations: Abbey ward by-election, Thursday 10 December 2026</h1>
<table>
<tr><th>Station</th><th>Venue</th><th>Address</th><th>Presiding officer</th></tr>
<tr><td>AB1</td><td>Methodist Hall</td><td>Elm Park Road, Reading [[postcode:RG30 2BE]]</td><td><<Gwendolyn Pask>></td></tr>
<tr><td>AB2</td><td>St Laurence's Church Hall</td><td>Friar Street, Reading [[postcode:RG1 1DA]]</td><td><<Rupert Ingleby>></td></tr>
<tr><td>AB3</td><td>Abbey Islamic Centre (community room)</td><td>Cumberland Road, Reading [[postcode:RG1 3LB]]</td><td><<Nasreen Bhatti>></td></tr>
<tr><td>AB4</td><td>Portakabin, Alexandra Road car park</td><td>Reading [[postcode:RG1 5PF]]</td><td><<Ifeoma Chukwu>></td></tr>
</table>
<p>All stations are open 7am to 10pm and have a ramp. Photo ID is needed to vote in person.</p>
<p>Queries: Electoral Services, [[phone:0118 496 0700]], [[email:elections@reading.example.gov.uk]]</p>""")

    eml("elec-personation-referral.eml", [
        ("From", "<<Lucinda Ravensworth>> <[[email:lucinda.ravensworth@reading.example.gov.uk]]>"),
        ("To", "SPOC Elections <[[email:elections.spoc@police.example.gov.uk]]>"),
        ("Subject", "Alleged personation - May 2026 borough elections"),
        ("Date", "Fri, 20 Nov 2026 12:03:47 +0000"),
        ("Message-ID", "<pers.1120@reading.example.gov.uk>"),
    ], """Dear Sergeant <<Cartwright>>,

Further to our call: the elector <<Hector Marchbank>> (born [[dob:30/06/1941]]) says he did not vote
in May, but the poll card for his elector number was used at station AB2 at 19:40.

Your colleague has told us that <<Hector>>'s grandson, <<Jordan Marchbank>>, ((crime:was given a
police caution)) this week for personation and ((crime:admitted voting in his name)).

Please confirm the outcome in writing so that the marked register note can be closed.

<<Lucinda Ravensworth>>
Electoral Services Manager, [[phone:0118 496 0704]]
""", attachments=[("marked-register-extract.txt", "text/plain",
                   "AB2-0088 <<Marchbank>>, <<Hector>> - marked 19:40 by clerk <<Ifeoma Chukwu>>\r\n")])

    json_doc("elec-gifts-hospitality-register.json", [
        {"member": "Cllr <<Obiageli Nwachukwu-Hart>>", "group": "((politics:Labour))", "date": "2026-09-14",
         "donor": "Reading FC Community Trust", "description": "Match ticket and lunch", "value_gbp": 85},
        {"member": "Cllr <<Bartholomew Quince>>", "group": "((politics:Conservative))", "date": "2026-10-02",
         "donor": "Thames Valley Chamber of Commerce", "description": "Annual dinner", "value_gbp": 120},
        {"member": "Cllr <<Priti Mahajan>>", "group": "((politics:Liberal Democrat))", "date": "2026-10-21",
         "donor": "Gurdwara Sahib Reading (as guest speaker)", "description": "Langar meal", "value_gbp": 0},
    ])

    pdf("elec-voter-authority-certificate-application.pdf", [[
        "VOTER AUTHORITY CERTIFICATE - APPLICATION (paper)",
        "Electoral Registration Officer, Reading Borough Council",
        "",
        "Full name: <<Ewart Nkemelu>>",
        "Date of birth: [[dob:14 February 1956]]",
        "National Insurance number: [[nino:QQ 73 48 25 A]]",
        "Address: 9 Waldeck Street, Reading [[postcode:RG1 2RF]]",
        "Phone: [[phone:0118 496 0857]]",
        "Photograph: supplied (passport style) - not retained after issue",
        "Assistance at the polling station: ((health:registered blind, needs the tactile voting device)),",
        "companion to be his daughter <<Ngozi Nkemelu>>.",
        "Checked by: <<Lucinda Ravensworth>>   Issued: 25/11/2026",
    ]], distractors=["Waldeck Street"])


# ---------------------------------------------------------------- sports club: anti-doping and safeguarding

def sports():
    docx("sport-tue-application.docx", [
        "Therapeutic Use Exemption - application summary (club copy)",
        ("table", [["Athlete", "<<Niamh Cassidy-Boyle>>"],
                   ["Date of birth", "[[dob:03/08/2005]]"],
                   ["Sport / discipline", "Rowing - lightweight women's double sculls"],
                   ["Diagnosis", "((health:Exercise-induced asthma, confirmed by bronchial provocation test))"],
                   ["Substance", "((health:Terbutaline inhaler 500 mcg as needed))"],
                   ["Treating physician", "Dr <<Kwabena Owusu-Ansah>>, [[email:k.owusu-ansah@example.nhs.uk]]"]]),
        "Submitted to UK Anti-Doping on 10/11/2026 by the club welfare and anti-doping officer.",
        ("comment", 0, "Keep this page out of the shared team drive."),
        "Officer: <<Hamish Drummond>>, [[phone:0191 498 0632]]",
    ], header="Riverside Athletic & Rowing Club - Anti-Doping",
       footer="Confidential medical information",
       comments=[("<<Hamish Drummond>>", "UKAD acknowledged receipt 11/11.")],
       author="<<Hamish Drummond>>")

    json_doc("sport-whereabouts-q1.json", {
        "athlete": {"firstName": "<<Niamh>>", "lastName": "<<Cassidy-Boyle>>", "dob": "[[dob:2005-08-03]]",
                    "mobile": "[[phone:07700 900 177]]", "email": "[[email:niamh.cb@example.com]]"},
        "overnight": [{"from": "2027-01-01", "to": "2027-03-31", "address": "Flat 2, 18 Sandhill Quay, Newcastle upon Tyne",
                       "postcode": "[[postcode:NE1 3JF]]"}],
        "sixtyMinuteSlot": {"time": "06:00-07:00", "location": "Riverside boathouse, Scotswood Road"},
        "training": [{"day": "Tue", "venue": "Gateshead International Stadium gym"},
                     {"day": "Sat", "venue": "Tyne river, outing from the boathouse"}],
        "lastLogin": {"ip": "[[ip:198.51.100.64]]", "at": "2026-11-28T21:14:00Z"},
    })

    eml("sport-safeguarding-referral.eml", [
        ("From", "<<Hamish Drummond>> <[[email:welfare@riverside-arc.example.org.uk]]>"),
        ("To", "Case Management <[[email:safeguarding@governing-body.example.org.uk]]>"),
        ("Subject", "Safeguarding referral - junior squad coach"),
        ("Date", "Sun, 29 Nov 2026 20:31:09 +0000"),
        ("Message-ID", "<sg.1129@riverside-arc.example.org.uk>"),
    ], """Dear colleagues,

I am referring a concern about our junior squad coach, <<Darius Fenwick-Hale>> (born
[[dob:12/12/1988]]).

A 17-year-old athlete in his squad, <<Maisie Holroyd>>, told a team-mate that ((sex:she has been
in a sexual relationship with him since the summer)). Her mother, <<Joanne Holroyd>>
([[phone:0191 498 0418]]), contacted the police this morning and I am told ((crime:he was
arrested this afternoon on suspicion of abuse of a position of trust)).

He has been suspended from all club activity. <<Maisie>> is being supported by her family
and her school; she asked that the squad is not told her name.

<<Hamish Drummond>>
Club Welfare Officer
""")

    delimited("sport-membership-export.csv", [
        ["MemberID", "FirstName", "LastName", "DOB", "Email", "Mobile", "Emergency contact", "Medical info", "DD sort code", "DD account"],
        ["R0412", "<<Niamh>>", "<<Cassidy-Boyle>>", "[[dob:03/08/2005]]", "[[email:niamh.cb@example.com]]", "[[phone:07700900177]]",
         "<<Orla Cassidy-Boyle>> [[phone:07700900178]]", "((health:Asthma - inhaler in kit bag))", "09-01-28", "40917733[[=bank:090128:40917733]]"],
        ["R0433", "<<Maisie>>", "<<Holroyd>>", "[[dob:19/05/2009]]", "[[email:joanne.holroyd@example.co.uk]]", "[[phone:07700900219]]",
         "<<Joanne Holroyd>> [[phone:01914980418=>+441914980418]]", "", "", ""],
        ["R0450", "<<Tunde>>", "<<Akinola>>", "[[dob:07/01/1999]]", "[[email:tunde.akinola@example.net]]", "[[phone:07700900385]]",
         "<<Yemi Akinola>> [[phone:07700900386]]", "((health:Epilepsy - well controlled; carries buccal midazolam))", "20-55-41", "71320984[[=bank:205541:71320984]]"],
        ["R0451", "<<Ffion>>", "<<Rees-Tallis>>", "[[dob:14/09/2001]]", "[[email:ffion.reestallis@example.com]]", "[[phone:07700900402]]",
         "<<Gwyn Rees-Tallis>> [[phone:07700900403]]", "None", "", ""],
    ])

    xlsx("sport-gym-access-enrolment.xlsx", [("Face access", [
        ["Member ID", "Name", "Enrolled", "Credential", "Consent", "Operator"],
        ["R0412", "<<Niamh Cassidy-Boyle>>", "01/11/2026", "((biometric:Face template (3D), gym door + boathouse))", "Signed", "<<Bryony Sheard>>"],
        ["R0450", "<<Tunde Akinola>>", "01/11/2026", "((biometric:Face template (3D), gym door))", "Signed", "<<Bryony Sheard>>"],
        ["R0451", "<<Ffion Rees-Tallis>>", "02/11/2026", "Key fob 00418 (declined face)", "Declined", "<<Bryony Sheard>>"],
    ]), ("System", [["Controller IP", "[[ip:192.0.2.55]]"], ["Vendor support", "[[email:support@faceaccess.example.com]]"]])])

    text("sport-sickle-cell-screening.txt", """RIVERSIDE ATHLETIC & ROWING CLUB - PERFORMANCE SQUAD MEDICAL SCREENING 2026
Screening by the club doctor, Dr <<Kwabena Owusu-Ansah>>, with each athlete's written consent.

Athlete: <<Tunde Akinola>>   DOB: [[dob:07/01/1999]]   Member R0450
Result: ((genetic:sickle cell trait (HbAS) confirmed by haemoglobin electrophoresis)).
Advice: hydrate well, build up altitude training slowly, report muscle cramps early.
((health:Epilepsy reviewed: no seizures in 3 years)).

Athlete: <<Ffion Rees-Tallis>>   DOB: [[dob:14/09/2001]]   Member R0451
Result: HbAA (no trait).

Athlete: <<Niamh Cassidy-Boyle>>   DOB: [[dob:03/08/2005]]   Member R0412
Result: HbAA (no trait). ((health:Asthma well controlled on the TUE inhaler.))

Records kept in the medical room cabinet; no copy on the club server.
""")

    pdf("sport-adverse-finding-notice.pdf", [[
        "UK ANTI-DOPING - NOTICE OF CHARGE (copy to club)",
        "",
        "Athlete: <<Callum Brierley>>   Date of birth: [[dob:21/03/2002]]",
        "Sport: Athletics - 400m   Club: Riverside Athletic & Rowing Club",
        "Sample: urine, in competition, 14/09/2026, Gateshead",
        "",
        "((health:Adverse analytical finding: furosemide (S5 diuretic))) at an estimated 310 ng/mL.",
        "The athlete has no Therapeutic Use Exemption. He says the tablets were his mother's,",
        "prescribed for her, and were taken by mistake.",
        "Provisional suspension from 02/10/2026. The athlete may request a hearing within 20 days.",
        "",
        "Contact: <<Philippa Stroud-Ames>>, Case Manager, [[email:case.manager@ukad.example.org.uk]]",
    ]])

    odf("sport-coach-dbs-tracker.ods", sheet=("Coaches", [
        ["Coach", "Role", "DBS certificate", "Issued", "Result", "Risk assessment"],
        ["<<Darius Fenwick-Hale>>", "Junior squad coach", "001744298117", "05/02/2024", "Clear", "n/a - suspended 29/11/2026"],
        ["<<Bryony Sheard>>", "Gym instructor", "001790031552", "11/06/2025", "Clear", "n/a"],
        ["<<Lennox Abara>>", "Masters coach", "001802264490", "20/01/2026",
         "((crime:Conviction: common assault, 2011, fine))", "Approved by <<Hamish Drummond>>: adults only, reviewed annually"],
        ["<<Hamish Drummond>>", "Welfare officer", "001699120874", "03/09/2023", "Clear", "n/a"],
    ]))


# ---------------------------------------------------------------- negatives: policy and training prose about no one

def negatives():
    text("policy-claims-special-category-data.md", """# Claims Department: handling special category and criminal offence data

**Owner:** Head of Claims Operations  **Approved:** Data Protection Committee, October 2026

## 1. Why we hold it

Motor and income protection claims cannot be assessed without some sensitive information.
Injury claims need medical evidence; income protection claims need the diagnosis, treatment
and prognosis behind an absence from work. Underwriting and fraud teams may also see details
of motoring convictions, endorsement codes and pending prosecutions.

## 2. Lawful basis

We rely on the insurance condition in Schedule 1 of the Data Protection Act 2018 for health
data and for criminal offence data about drivers and claimants. Explicit consent is not the
basis for processing claims, because a claim could not proceed without the data.

## 3. Genetic test results

Under the Code on Genetic Testing and Insurance we never ask anyone to take a predictive
genetic test and never use a predictive result, unless it is Huntington's disease for life
cover above the financial limit. A result disclosed voluntarily is removed from the file.

## 4. Minimisation

- Ask for the medical records relevant to the injury, not the whole GP record.
- Keep medical reports in the restricted claims folder, never in shared handler notes.
- Conviction details go on the driver record only where they affect the premium or the claim.
- Do not record a claimant's religion, ethnicity, sexuality or union membership unless the
  claim itself depends on it, and then only with the reason written down.
""")

    odf("policy-care-worker-confidentiality.odt", paragraphs=[
        "Domiciliary care: confidentiality and respect in people's homes",
        "Care workers learn a great deal about the people they support: their medical conditions and "
        "medicines, their memory and mental health, their faith and the practices that matter to them, "
        "their relationships and who they love, and sometimes a family member's contact with the police.",
        "Share what is needed for safe care with the office and with health professionals, and nothing else. "
        "Never discuss one person's care with another person you visit, or on social media.",
        "Respect faith and culture: ask about prayer times, fasting, diet and modesty when writing a care plan, "
        "and record the person's wishes in their own words.",
        "Sexual orientation and gender identity are recorded only if the person wants them recorded.",
        "Staff may join any trade union and are entitled to be accompanied at disciplinary and grievance "
        "hearings. The agency does not hold lists of union members.",
        "The visit app confirms a carer's arrival by a face check on the carer's phone. The template stays on "
        "the phone; carers who object can use a one-time code.",
    ])

    docx("training-funeral-faith-and-belief.docx", [
        "Training module 4: faith, belief and culture in funeral arrangements",
        "Every arrangement starts with a question, not an assumption: \"Are there any religious or cultural "
        "customs we should follow?\"",
        ("table", [["Tradition", "What families may ask of us"],
                   ["Islam", "Burial as soon as possible, ideally within 24 hours; ritual washing (ghusl) by the community; no embalming"],
                   ["Judaism", "Burial quickly; taharah by the chevra kadisha; a plain coffin; no viewing"],
                   ["Sikhism", "Cremation; the five Ks left in place; Ardas at the crematorium"],
                   ["Hinduism", "Cremation; a family member may start the cremation; ashes scattered in running water"],
                   ["Roman Catholic", "Vigil prayers, Requiem Mass, burial or cremation"],
                   ["Humanist / no religion", "A celebrant-led ceremony with no religious content"]]),
        "Cause of death and the medical certificate are confidential: share them only with the registrar, "
        "the coroner's officer and the crematorium medical referee.",
        "When the coroner orders a post-mortem, including genetic testing of stored samples, explain the "
        "delay gently and never speculate about the cause.",
    ], header="Ashdown & Vale Funeral Directors - Staff training", footer="Module 4 - version 2026.2")

    html("policy-hate-crime-recording-standard.html", "Recording standard for third-party hate crime reports", """<h1>How we record hate incidents and hate crimes</h1>
<p>A hate incident is any incident which the victim, or anyone else, thinks was motivated by hostility or
prejudice based on race, religion, sexual orientation, disability or transgender identity. It becomes a
hate crime when it is also a criminal offence.</p>
<h2>What we record</h2>
<ul>
<li>The strand or strands the reporter believes were targeted, in their own words.</li>
<li>Injuries and any medical treatment, because they affect the support we offer and the police response.</li>
<li>Whether the reporter wants the police told; we pass on personal details only with consent.</li>
<li>Suspect descriptions. We do not run images through facial recognition ourselves.</li>
</ul>
<h2>What we do not record</h2>
<p>We do not ask about anyone's political views, trade union membership or health unless they raise it
and it is relevant to the incident. Anonymous reports are accepted and counted.</p>
<p>Records are kept for six years after the case closes and are then destroyed.</p>""")

    text("policy-staff-networks-checkoff-biometrics.txt", """KESTREL PRECISION CASTINGS LTD - PRIVACY NOTICE FOR EMPLOYEES (EXTRACT)

Staff networks
Joining the Pride, Faith & Belief or Race Equality network is voluntary. Network membership lists are
held by the network leads, not by HR, and membership tells us nothing we record about you. Equality
monitoring questions about ethnicity, religion, sexual orientation and disability are optional and
"Prefer not to say" is always an answer.

Union subscriptions (check-off)
If you ask us to deduct union subscriptions from your pay we process the fact of membership of a
trade union to pay the union. The company recognises Unite and GMB for hourly paid staff.

Time and attendance
Fingerprint terminals at the gates store an encrypted template of a fingerprint, not an image.
Enrolment is optional: a PIN and card work as well. Templates are deleted within one month of leaving.

Sickness absence
Reasons for absence and fit notes are health data; line managers see dates, HR sees reasons, and
occupational health sees medical reports.

Criminal records
We ask about unspent convictions only for driving and security roles.
""")

    pdf("training-gcp-refresher.pdf", [[
        "Northgate CTU - Good Clinical Practice refresher (slides 12-18)",
        "",
        "12. Adverse events: record every untoward medical occurrence, related or not.",
        "13. Serious adverse events: report to the sponsor within 24 hours of awareness.",
        "14. Source data: diagnoses, medicines and test results live in the medical record first.",
        "15. Genetic samples: consent for DNA analysis is separate and can be withdrawn;",
        "    incidental findings are returned only through clinical genetics.",
        "16. Ethnicity is collected because drug response can differ between populations;",
        "    participants describe it in their own words.",
        "17. eConsent: identity checks by face matching are optional; a video call is an alternative.",
        "18. Pseudonymisation: use participant IDs on every form sent outside the site.",
    ]])

    rtf("policy-members-interests-guidance.rtf", [
        "Reading Borough Council - Guidance for members on the register of interests",
        "Members must register their membership of any political party, of a trade union, and of any "
        "body of a charitable nature or directed to charitable purposes, including a church, mosque, "
        "gurdwara, synagogue or temple where the member holds a position of general control or management.",
        "Where disclosure of an interest could lead to the member, or a person connected with them, being "
        "subject to violence or intimidation, the Monitoring Officer may agree that it is a sensitive "
        "interest and omit the details from the published register.",
        "Health conditions, sexual orientation and ethnicity are never interests and should not be registered.",
        "A failure to register a disclosable pecuniary interest without reasonable excuse is a criminal "
        "offence under section 34 of the Localism Act 2011.",
    ])

    eml("training-welfare-antidoping-briefing.eml", [
        ("From", "Club Welfare <[[email:welfare@riverside-arc.example.org.uk]]>"),
        ("To", "Coaches <[[email:coaches@riverside-arc.example.org.uk]]>"),
        ("Subject", "Briefing for coaches: safeguarding, anti-doping and the new gym doors"),
        ("Date", "Mon, 16 Nov 2026 07:30:00 +0000"),
        ("Message-ID", "<brief.1116@riverside-arc.example.org.uk>"),
    ], """Dear coaches,

Three reminders before the winter training block.

1. Safeguarding: relationships between coaches and athletes under 18 are never acceptable. Report
   any concern to the welfare officer the same day; do not investigate yourself.

2. Anti-doping: an athlete who needs a prohibited medicine for asthma, diabetes or any other
   condition must apply for a Therapeutic Use Exemption before competing. Medical details go
   to the welfare officer only.

3. The gym doors now open by face recognition for members who enrol. Members who decline get
   a key fob. Please do not enrol anyone on their behalf.

DBS renewals are due every three years; a disclosed conviction is assessed by the welfare officer.

Club Welfare
""")


# ---------------------------------------------------------------- main

def main():
    if DOCS.exists():
        shutil.rmtree(DOCS)
    DOCS.mkdir()
    for org in ORGS:
        org()
    for d in DOCUMENTS:
        d.check()
    if PROBLEMS:
        sys.exit("\n".join(PROBLEMS))
    names = {d.name for d in DOCUMENTS}
    assert len(names) == len(DOCUMENTS), "duplicate document name"
    labels = sorted((d.label() for d in DOCUMENTS), key=lambda l: l["doc"])
    (HERE / "labels.jsonl").write_text("".join(json.dumps(l, ensure_ascii=False) + "\n" for l in labels))
    negatives = sum(d.name.startswith(("policy", "training")) for d in DOCUMENTS)
    ids = {}
    for l in labels:
        for kind, _ in l["ids"]:
            ids[kind] = ids.get(kind, 0) + 1
    cats = {c: sum(c in l["categories"] for l in labels) for c in CATEGORIES}
    print(f"{len(labels)} documents ({negatives} negative), {sum(len(l['names']) for l in labels)} name labels, "
          f"{sum(ids.values())} identifier labels")
    print("identifiers: " + ", ".join(f"{k} {v}" for k, v in sorted(ids.items(), key=lambda kv: -kv[1])))
    print("documents per category: " + ", ".join(f"{k} {v}" for k, v in sorted(cats.items(), key=lambda kv: -kv[1])))


ORGS = [insurance, domiciliary, funeral, hate_crime, manufacturer, trials, electoral, sports, negatives]

if __name__ == "__main__":
    main()
