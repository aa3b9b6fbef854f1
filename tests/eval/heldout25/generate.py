#!/usr/bin/env python3
"""Twenty-fifth blind held-out set for dpscan: eight organisations, 72 documents.

Every document is written with markup whose spans become its labels:

- ``<<Jane Smith>>``: a person-name mention, labelled as written;
- ``[[kind:value]]``: an identifier, written as given and labelled
  normalised (CONTRACT.md); ``[[=kind:value]]`` labels a value written
  elsewhere in other words or spread over cells, and writes nothing;
- ``((health:words))``: words revealing a special category about a named
  person (short ids: eth pol rel tu gen bio health sex crim);
- ``{{words}}``: a distractor (a place, firm or thing named like a person).

Judgement calls (the category labelling guide of tests/eval/README.md,
points 1 to 8, is followed; its open cases are decided so):

- health: a sleep disorder (apnoea, narcolepsy, insomnia), an Epworth score
  or BMI given with one, CPAP use, a DVLA notification for a condition, a
  disability, an adaptation needed for a named condition, oxygen in use,
  hoarding, dementia, low mood, bereavement counselling, a benefit awarded
  for a condition (PIP, ESA), a brain injury, Motability adaptations for a
  named condition, kidney failure and dialysis, a weight limit given with a
  condition; loneliness, debt and a bereavement alone are not health;
- genetic: an HLA type (HLA-DQB1*06:02, a tissue typing), an APOL1 or
  C9orf72 result, a karyotype; a blood group alone is health, as part of a
  work-up; Down syndrome named as a diagnosis is health only;
- biometric: a fingerprint clock-in, a face match of a selfie to a licence,
  facial verification for an online assessment, a fingerprint drug
  cabinet; a photo or a signature is not;
- religious_belief: a named person's faith, a festival kept, a gurdwara,
  a mosque group attended by a named client, an Amritdhari's kara, faith
  wishes at donation, a Sabbath kept;
- racial_ethnic_origin: an ethnicity column or a stated heritage;
- political_opinion: a party membership, office or candidacy;
- trade_union: a rep, steward, membership, check-off or a union backing a
  grievance; a union named in a generic clause is nothing;
- sex_life_orientation: a client's own words on being gay, a same-sex
  spouse or partner, being thrown out for being lesbian;
- criminal_offence: a conviction (spent too), a caution, a disqualification
  or endorsement for an offence, a prison term, being on licence; a CCJ,
  a bankruptcy, a clear DBS and "no convictions" are nothing.

A relative's category counts only when the relative is named. Dates of birth
of children are dates of birth. Message-ID and In-Reply-To headers and mbox
``From `` lines are not labelled.
"""

import base64
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

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
ZIP_TIME = (2026, 11, 2, 9, 30, 0)

CATEGORY_ORDER = [
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
SHORT = {
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
TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "revd", "rev", "cllr", "sister", "father"}
TEST_CARDS = {
    "4111111111111111",
    "4242424242424242",
    "4000056655665556",
    "5555555555554444",
    "5105105105105100",
    "2223003122003222",
    "378282246310005",
    "371449635398431",
}
EXAMPLE_IBANS = {
    "GB82WEST12345698765432",
    "GB33BUKB20201555555555",
    "DE89370400440532013000",
    "NL91ABNA0417164300",
    "IE29AIBK93115212345678",
    "FR1420041010050500013M02606",
}
DRAMA = re.compile(
    r"^\+44(7700900\d{3}|1134960\d{3}|1144960\d{3}|1414960\d{3}|1614960\d{3}|1632960\d{3}|8081570\d{3}|2079460\d{3})$"
)
EXAMPLE_MAIL = re.compile(r"(^|\.)example\.(com|org|net|co\.uk|org\.uk|gov\.uk|nhs\.uk|ac\.uk)$")
DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
MONTHS = {m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())}


def nhs(base9):
    """A 999-range NHS number with its mod-11 check digit."""
    total = sum(int(d) * (10 - i) for i, d in enumerate(base9))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    assert check != 10, base9
    return base9 + str(check)


def parse_date(text):
    """A date as written ('3rd May 1986', '27.11.1984', '1986-05-03', ...) as ISO."""
    t = text.strip().lower()
    t = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", t)
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t):
        y, mo, d = m.groups()
    elif m := re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})", t):
        d, mo, y = m.groups()
    elif m := re.fullmatch(r"(\d{1,2})[ -]([a-z]+)\.?,?[ -](\d{4})", t):
        d, name, y = m.groups()
        mo = MONTHS[name[:3]]
    elif m := re.fullmatch(r"([a-z]+) (\d{1,2}),? (\d{4})", t):
        name, d, y = m.groups()
        mo = MONTHS[name[:3]]
    else:
        raise ValueError(f"unreadable date {text!r}")
    return datetime.date(int(y), int(mo), int(d)).isoformat()


def normalise(kind, value):
    v = value.strip()
    if kind == "phone":
        digits = re.sub(r"\(0\)", "", v)
        digits = re.sub(r"[^\d+]", "", digits)
        if digits.startswith("+44"):
            return digits
        assert digits.startswith("0"), v
        return "+44" + digits[1:]
    if kind == "email":
        return v.lower()
    if kind == "uk_postcode":
        c = v.replace(" ", "").upper()
        return c[:-3] + " " + c[-3:]
    if kind in ("uk_nino", "iban", "uk_driving_licence"):
        return re.sub(r"\s", "", v).upper()
    if kind in ("nhs_number", "payment_card", "uk_passport"):
        return re.sub(r"\D", "", v)
    if kind == "uk_bank_account":
        digits = re.sub(r"\D", "", v)
        return digits[:6] + ":" + digits[6:]
    if kind == "date_of_birth":
        return parse_date(v)
    if kind == "ip_address":
        return str(ipaddress.ip_address(v))
    raise ValueError(kind)


KIND = {
    "phone": "phone",
    "email": "email",
    "pc": "uk_postcode",
    "nino": "uk_nino",
    "iban": "iban",
    "dl": "uk_driving_licence",
    "nhs": "nhs_number",
    "card": "payment_card",
    "pp": "uk_passport",
    "bank": "uk_bank_account",
    "dob": "date_of_birth",
    "ip": "ip_address",
}


def nhs_valid(d):
    if len(d) != 10:
        return False
    total = sum(int(x) * (10 - i) for i, x in enumerate(d[:9]))
    check = (11 - total % 11) % 11
    return check != 10 and check == int(d[9])


def luhn(d):
    total = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2:
            n *= 2
            n -= 9 if n > 9 else 0
        total += n
    return total % 10 == 0


def iban_valid(v):
    s = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def id_problems(kind, value):
    """Why a labelled identifier is not synthetic or not well formed."""
    ok = {
        "phone": lambda: DRAMA.match(value),
        "email": lambda: EXAMPLE_MAIL.search(value.split("@")[1]),
        "uk_postcode": lambda: "9" in value.split()[0]
        and re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}", value),
        "uk_nino": lambda: re.fullmatch(r"QQ\d{6}[A-D]", value),
        "iban": lambda: value in EXAMPLE_IBANS and iban_valid(value),
        "uk_driving_licence": lambda: re.fullmatch(r"[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}", value),
        "nhs_number": lambda: value.startswith("999") and nhs_valid(value),
        "payment_card": lambda: value in TEST_CARDS and luhn(value),
        "uk_passport": lambda: re.fullmatch(r"\d{9}", value),
        "uk_bank_account": lambda: re.fullmatch(r"\d{6}:\d{8}", value),
        "date_of_birth": lambda: re.fullmatch(r"\d{4}-\d{2}-\d{2}", value),
        "ip_address": lambda: any(ipaddress.ip_address(value) in n for n in DOC_NETS),
    }[kind]
    return [] if ok() else [f"{kind} {value!r} is not synthetic or malformed"]


MARKUP = re.compile(
    r"<<(?P<name>[^<>]+?)>>"
    r"|\[\[(?P<hidden>=?)(?P<kind>\w+):(?P<value>[^\]]+?)\]\]"
    r"|\(\((?P<cat>\w+):(?P<words>[^()]+?)\)\)"
    r"|\{\{(?P<trap>[^{}]+?)\}\}"
)


class Doc:
    """One document's labels, gathered as its text is written."""

    def __init__(self, name):
        self.name = name
        self.names = []
        self.categories = set()
        self.ids = []
        self.traps = []
        self.written_ids = []
        self.texts = []

    def m(self, text):
        def replace(match):
            if match["name"] is not None:
                name = match["name"]
                if name not in self.names:
                    self.names.append(name)
                return name
            if match["kind"] is not None:
                kind = KIND[match["kind"]]
                label = [kind, normalise(kind, match["value"])]
                if label not in self.ids:
                    self.ids.append(label)
                if match["hidden"]:
                    return ""
                self.written_ids.append(match["value"])
                return match["value"]
            if match["cat"] is not None:
                self.categories.add(SHORT[match["cat"]])
                return match["words"]
            self.traps.append(match["trap"])
            return match["trap"]

        plain = MARKUP.sub(replace, text)
        self.texts.append(plain)
        return plain

    def label(self):
        return {
            "doc": self.name,
            "names": self.names,
            "categories": [c for c in CATEGORY_ORDER if c in self.categories],
            "ids": self.ids,
        }


CURRENT = None


def m(text):
    """Render markup in the current document, recording its labels."""
    return CURRENT.m(text)


def mm(value):
    """Render markup in every string of a JSON-like value."""
    if isinstance(value, str):
        return m(value)
    if isinstance(value, list):
        return [mm(v) for v in value]
    if isinstance(value, dict):
        return {k: mm(v) for k, v in value.items()}
    return value


# ---------------------------------------------------------------- checks

UNLABELLED = [
    ("email", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("uk_nino", re.compile(r"\bQQ ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")),
    ("ip_address", re.compile(r"\b(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}\b|\b2001:db8:[0-9a-fA-F:]*")),
    ("uk_postcode", re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")),
    (
        "phone",
        re.compile(
            r"(?:\+44\s?(?:\(0\)\s?)?|\b0)(?:7700\s?900\s?\d{3}|1[1-6]1\s?496\s?0\d{3}|1[1-6]\d\s?496\s?0\d{3}"
            r"|1632\s?960\s?\d{3}|808\s?157\s?0\d{3})"
        ),
    ),
    ("nhs_number", re.compile(r"\b999[ -]?\d{3}[ -]?\d{4}\b")),
    ("payment_card", re.compile(r"\b\d{4}[ -]?\d{4,6}[ -]?\d{4,5}(?:[ -]?\d{1,4})?\b")),
]


def mask(text, strings):
    for s in sorted(set(strings), key=len, reverse=True):
        if s:
            text = re.sub(r"(?<!\w)" + re.escape(s) + r"(?!\w)", lambda mt: " " * len(mt[0]), text)
    return text


def check(doc):
    problems = []
    text = "\n".join(doc.texts)
    lines = [ln for ln in text.split("\n") if not re.match(r"(Message-ID|In-Reply-To|References): |From \S+@", ln)]
    body = "\n".join(lines)
    if re.search(r"<<|>>|\[\[|\]\]|\(\(|\)\)|[{}]", body):
        problems.append("markup left in the text")
    for name in doc.names:
        first = name.split()[0].rstrip(".").lower()
        if first in TITLES or name != " ".join(name.split()):
            problems.append(f"name label {name!r} starts with a title or has odd whitespace")
    for kind, value in doc.ids:
        problems += id_problems(kind, value)
    masked = mask(body, doc.names + doc.traps + doc.written_ids)
    for kind, pattern in UNLABELLED:
        for hit in pattern.finditer(masked):
            digits = re.sub(r"\D", "", hit[0])
            if kind == "payment_card" and not (13 <= len(digits) <= 19 and luhn(digits) and digits[0] in "2345"):
                continue
            if kind == "nhs_number" and not nhs_valid(digits):
                continue
            problems.append(f"unlabelled {kind} {hit[0]!r}")
    parts = {p for name in doc.names for p in re.findall(r"[^\W\d_]{3,}", name)}
    for part in sorted(parts):
        for hit in re.finditer(r"(?<![^\W\d_])" + re.escape(part) + r"(?![^\W\d_])", masked, re.IGNORECASE):
            context = masked[max(0, hit.start() - 30) : hit.end() + 30].replace("\n", " ")
            problems.append(f"name part {part!r} outside a mention: …{context}…")
    if doc.name.startswith(("policy-", "training-")) and (doc.names or doc.categories):
        problems.append("a policy or training text names someone or has a category")
    return [f"{doc.name}: {p}" for p in problems]


# ---------------------------------------------------------------- writers


def xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def zip_bytes(members, stored_first=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def core_props(title, author, editor):
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{xml_escape(m(title))}</dc:title><dc:creator>{xml_escape(m(author))}</dc:creator>"
        f"<cp:lastModifiedBy>{xml_escape(m(editor))}</cp:lastModifiedBy>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-10-14T09:00:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-02T09:30:00Z</dcterms:modified>'
        "</cp:coreProperties>"
    )


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:v="urn:schemas-microsoft-com:vml"'


def w_para(text, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{xml_escape(m(text))}</w:t></w:r></w:p>'


def docx(title, author, editor, body, header, footer, footnote=None, comment=None, textbox=None):
    """A Word file. body: strings (paragraphs; '# ' bold) and lists of rows (tables).
    footnote is attached to the first paragraph; comment = (author, anchored text, comment text)
    anchors on a paragraph of its own; textbox is a string in a VML text box."""
    parts = []
    for i, block in enumerate(body):
        if isinstance(block, list):
            rows = "".join(
                "<w:tr>"
                + "".join(f"<w:tc><w:p><w:r><w:t xml:space=\"preserve\">{xml_escape(m(c))}</w:t></w:r></w:p></w:tc>" for c in row)
                + "</w:tr>"
                for row in block
            )
            parts.append(f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>{rows}</w:tbl>')
        elif i == 0 and footnote:
            parts.append(
                f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{xml_escape(m(block))}</w:t></w:r>'
                '<w:r><w:footnoteReference w:id="1"/></w:r></w:p>'
            )
        else:
            parts.append(w_para(block.removeprefix("# "), bold=block.startswith("# ")))
    if comment:
        who, anchored, said = comment
        parts.append(
            f'<w:p><w:commentRangeStart w:id="0"/><w:r><w:t xml:space="preserve">{xml_escape(m(anchored))}</w:t></w:r>'
            '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>'
        )
    if textbox:
        parts.append(
            '<w:p><w:r><w:pict><v:shape id="tb1" style="width:300pt;height:60pt" type="#_x0000_t202"><v:textbox><w:txbxContent>'
            + w_para(textbox)
            + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
        )
    sect = '<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:footerReference w:type="default" r:id="rIdF"/></w:sectPr>'
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W_NS}><w:body>{"".join(parts)}{sect}</w:body></w:document>'
    rels = [
        ("rIdH", "header", "header1.xml"),
        ("rIdF", "footer", "footer1.xml"),
        ("rIdS", "styles", "styles.xml"),
    ]
    files = [
        ("word/header1.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W_NS}>{w_para(header)}</w:hdr>'),
        ("word/footer1.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W_NS}>{w_para(footer)}</w:ftr>'),
        ("word/styles.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W_NS}/>'),
    ]
    overrides = [
        ("/word/document.xml", "wordprocessingml.document.main"),
        ("/word/header1.xml", "wordprocessingml.header"),
        ("/word/footer1.xml", "wordprocessingml.footer"),
        ("/word/styles.xml", "wordprocessingml.styles"),
    ]
    if footnote:
        rels.append(("rIdN", "footnotes", "footnotes.xml"))
        files.append(
            (
                "word/footnotes.xml",
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W_NS}>'
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                f'<w:footnote w:id="1">{w_para(footnote)}</w:footnote></w:footnotes>',
            )
        )
        overrides.append(("/word/footnotes.xml", "wordprocessingml.footnotes"))
    if comment:
        rels.append(("rIdC", "comments", "comments.xml"))
        files.append(
            (
                "word/comments.xml",
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {W_NS}>'
                f'<w:comment w:id="0" w:author="{xml_escape(m(comment[0]))}" w:date="2026-10-20T10:00:00Z">{w_para(comment[2])}</w:comment></w:comments>',
            )
        )
        overrides.append(("/word/comments.xml", "wordprocessingml.comments"))
    rel_xml = "".join(
        f'<Relationship Id="{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{t}" Target="{f}"/>'
        for i, t, f in rels
    )
    ct = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        + "".join(f'<Override PartName="{p}" ContentType="application/vnd.openxmlformats-officedocument.{t}+xml"/>' for p, t in overrides)
        + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'
    )
    return zip_bytes(
        [
            ("[Content_Types].xml", ct),
            (
                "_rels/.rels",
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
            ),
            ("word/document.xml", document),
            (
                "word/_rels/document.xml.rels",
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                + rel_xml
                + "</Relationships>",
            ),
            *files,
            ("docProps/core.xml", core_props(title, author, editor)),
        ]
    )


class Date:
    """A spreadsheet date cell (serial in xlsx, date-value in ODS); a date of birth when dob."""

    def __init__(self, iso, dob=False):
        self.iso = iso
        self.dob = dob

    def render(self):
        if self.dob:
            m(f"[[=dob:{self.iso}]]")
        d = datetime.date.fromisoformat(self.iso)
        m(d.strftime("%d/%m/%Y"))
        return d


def col_name(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(title, author, editor, sheets):
    """sheets: [(name, rows)]; a cell is a str (shared string, markup allowed), an int/float, a Date or None."""
    strings, index = [], {}
    sheet_xml = []
    for _, rows in sheets:
        out = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, cell in enumerate(row):
                ref = f"{col_name(c)}{r}"
                if cell is None:
                    continue
                if isinstance(cell, Date):
                    serial = (cell.render() - datetime.date(1899, 12, 30)).days
                    cells.append(f'<c r="{ref}" s="1"><v>{serial}</v></c>')
                elif isinstance(cell, (int, float)):
                    m(str(cell))
                    cells.append(f'<c r="{ref}"><v>{cell}</v></c>')
                else:
                    text = m(cell)
                    if text not in index:
                        index[text] = len(strings)
                        strings.append(text)
                    cells.append(f'<c r="{ref}" t="s"><v>{index[text]}</v></c>')
            out.append(f'<row r="{r}">{"".join(cells)}</row>')
        sheet_xml.append(
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<sheetData>{"".join(out)}</sheetData></worksheet>'
        )
    sst = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">'
        + "".join(f'<si><t xml:space="preserve">{xml_escape(s)}</t></si>' for s in strings)
        + "</sst>"
    )
    styles = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
        '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>'
        '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>'
    )
    names = [m(n) for n, _ in sheets]
    workbook = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
        + "".join(f'<sheet name="{xml_escape(n)}" sheetId="{i}" r:id="rId{i}"/>' for i, n in enumerate(names, 1))
        + "</sheets></workbook>"
    )
    n = len(sheets)
    wb_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(
            f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, n + 1)
        )
        + f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        f'<Relationship Id="rId{n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        "</Relationships>"
    )
    sml = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    ct = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{sml}.sheet.main+xml"/>'
        + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{sml}.worksheet+xml"/>' for i in range(1, n + 1))
        + f'<Override PartName="/xl/sharedStrings.xml" ContentType="{sml}.sharedStrings+xml"/>'
        f'<Override PartName="/xl/styles.xml" ContentType="{sml}.styles+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'
    )
    return zip_bytes(
        [
            ("[Content_Types].xml", ct),
            (
                "_rels/.rels",
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
            ),
            ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", wb_rels),
            *[(f"xl/worksheets/sheet{i}.xml", x) for i, x in enumerate(sheet_xml, 1)],
            ("xl/sharedStrings.xml", sst),
            ("xl/styles.xml", styles),
            ("docProps/core.xml", core_props(title, author, editor)),
        ]
    )


ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'office:version="1.2"'
)


def odf(kind, title, author, editor, body_xml):
    mime = f"application/vnd.oasis.opendocument.{kind}"
    meta = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ODF_NS}><office:meta>'
        f"<dc:title>{xml_escape(m(title))}</dc:title><meta:initial-creator>{xml_escape(m(author))}</meta:initial-creator>"
        f"<dc:creator>{xml_escape(m(editor))}</dc:creator><meta:creation-date>2026-10-14T09:00:00</meta:creation-date>"
        "</office:meta></office:document-meta>"
    )
    content = f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODF_NS}><office:body>{body_xml}</office:body></office:document-content>'
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    )
    return zip_bytes(
        [("mimetype", mime), ("content.xml", content), ("meta.xml", meta), ("META-INF/manifest.xml", manifest)],
        stored_first="mimetype",
    )


def annotation(who, said):
    return (
        f"<office:annotation><dc:creator>{xml_escape(m(who))}</dc:creator><dc:date>2026-10-21T11:00:00</dc:date>"
        f"<text:p>{xml_escape(m(said))}</text:p></office:annotation>"
    )


def odt(title, author, editor, body, note=None):
    """body: strings (paragraphs; '# ' headings) and lists of rows (tables); note = (author, text) on the first paragraph."""
    parts = []
    for i, block in enumerate(body):
        if isinstance(block, list):
            rows = "".join(
                "<table:table-row>"
                + "".join(f"<table:table-cell><text:p>{xml_escape(m(c))}</text:p></table:table-cell>" for c in row)
                + "</table:table-row>"
                for row in block
            )
            parts.append(f'<table:table table:name="T{i}">{rows}</table:table>')
        elif block.startswith("# "):
            parts.append(f'<text:h text:outline-level="1">{xml_escape(m(block[2:]))}</text:h>')
        else:
            extra = annotation(*note) if note and i == 1 else ""
            parts.append(f"<text:p>{extra}{xml_escape(m(block))}</text:p>")
    return odf("text", title, author, editor, f"<office:text>{''.join(parts)}</office:text>")


def ods(title, author, editor, sheets, note=None):
    """sheets: [(name, rows)]; cells str/int/float/Date/None; note = (sheet, row, col, author, text)."""
    tables = []
    for s_i, (name, rows) in enumerate(sheets):
        out = []
        for r_i, row in enumerate(rows):
            cells = []
            for c_i, cell in enumerate(row):
                extra = annotation(*note[3:]) if note and (note[0], note[1], note[2]) == (s_i, r_i, c_i) else ""
                if cell is None:
                    cells.append("<table:table-cell/>")
                elif isinstance(cell, Date):
                    d = cell.render()
                    cells.append(
                        f'<table:table-cell office:value-type="date" office:date-value="{d.isoformat()}">{extra}<text:p>{d.strftime("%d/%m/%Y")}</text:p></table:table-cell>'
                    )
                elif isinstance(cell, (int, float)):
                    m(str(cell))
                    cells.append(f'<table:table-cell office:value-type="float" office:value="{cell}">{extra}<text:p>{cell}</text:p></table:table-cell>')
                else:
                    cells.append(f'<table:table-cell office:value-type="string">{extra}<text:p>{xml_escape(m(cell))}</text:p></table:table-cell>')
            out.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
        tables.append(f'<table:table table:name="{xml_escape(m(name))}">{"".join(out)}</table:table>')
    return odf("spreadsheet", title, author, editor, f"<office:spreadsheet>{''.join(tables)}</office:spreadsheet>")


def rtf_escape(s):
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) > 127:
            code = ord(ch)
            out.append(f"\\u{code if code < 32768 else code - 65536}?")
        else:
            out.append(ch)
    return "".join(out)


def rtf(title, author, paragraphs, footnote=None):
    body = []
    for i, p in enumerate(paragraphs):
        text = rtf_escape(m(p.removeprefix("# ")))
        if p.startswith("# "):
            text = "{\\b " + text + "}"
        if i == 0 and footnote:
            text += "{\\super\\chftn}{\\footnote\\pard\\plain{\\super\\chftn} " + rtf_escape(m(footnote)) + "}"
        body.append(text + "\\par\n")
    return (
        "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Calibri;}}\n"
        f"{{\\info{{\\title {rtf_escape(m(title))}}}{{\\author {rtf_escape(m(author))}}}}}\n"
        "\\f0\\fs22\n" + "".join(body) + "}\n"
    ).encode("ascii")


def pdf(title, author, lines):
    """A one-page text PDF in Helvetica (lines starting '# ' in bold)."""
    content = ["BT", "/F1 10 Tf", "13 TL", "50 800 Td"]
    if len(lines) > 58:
        raise ValueError("PDF longer than a page")
    for line in lines:
        bold = line.startswith("# ")
        text = m(line.removeprefix("# "))
        if len(text) > 95:
            raise ValueError(f"PDF line overflows the page: {text!r}")
        raw = text.encode("cp1252")
        esc = raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        font = b"/F2 10 Tf " if bold else b"/F1 10 Tf "
        content.append((font + b"(" + esc + b") Tj T*").decode("latin-1"))
    content.append("ET")
    stream = "\n".join(content).encode("latin-1")
    info_title = m(title).encode("cp1252").replace(b"(", b"\\(").replace(b")", b"\\)")
    info_author = m(author).encode("cp1252").replace(b"(", b"\\(").replace(b")", b"\\)")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Title (" + info_title + b") /Author (" + info_author + b") /Producer (heldout25 generate.py) >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def encoded_word(text):
    return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


def header_value(text):
    return text if text.isascii() else encoded_word(text)


def address(display, mail):
    return f"{header_value(m(display))} <{m(mail)}>"


def mail(frm, to, subject, date, body, html=None, cc=None, attachments=(), msg_id="", reply_to=None, encode_subject=False, boundary="h25"):
    """A message. frm/to/cc: (display markup, address markup); attachments: (filename, mime type, bytes or markup text)."""
    subj = m(subject)
    lines = [
        f"From: {address(*frm)}",
        f"To: {', '.join(address(*t) for t in to)}",
    ]
    if cc:
        lines.append(f"Cc: {', '.join(address(*c) for c in cc)}")
    lines += [
        f"Subject: {encoded_word(subj) if encode_subject or not subj.isascii() else subj}",
        f"Date: {date}",
        f"Message-ID: <{msg_id}>",
    ]
    if reply_to:
        lines.append(f"In-Reply-To: <{reply_to}>")
    lines.append("MIME-Version: 1.0")
    text = m(body)
    for ln in text.split("\n"):
        if ln.startswith("From "):
            raise ValueError("a body line starts with 'From '")
    qp = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    text_part = f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{qp}\n"
    if html is not None:
        hq = quopri.encodestring(m(html).encode("utf-8")).decode("ascii")
        alt = (
            f'Content-Type: multipart/alternative; boundary="{boundary}-alt"\n\n'
            f"--{boundary}-alt\n{text_part}\n--{boundary}-alt\n"
            f"Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{hq}\n--{boundary}-alt--\n"
        )
    else:
        alt = text_part
    if attachments:
        parts = [f'Content-Type: multipart/mixed; boundary="{boundary}-mix"\n\n--{boundary}-mix\n{alt}']
        for fname, ctype, data in attachments:
            raw = data if isinstance(data, bytes) else m(data).encode("utf-8")
            b64 = base64.encodebytes(raw).decode("ascii")
            parts.append(
                f"--{boundary}-mix\nContent-Type: {ctype}; name=\"{fname}\"\nContent-Disposition: attachment; filename=\"{fname}\"\n"
                f"Content-Transfer-Encoding: base64\n\n{b64}"
            )
        parts.append(f"--{boundary}-mix--\n")
        payload = "\n".join(parts)
    else:
        payload = alt
    return "\n".join(lines) + "\n" + payload


def mbox(messages):
    """messages: (envelope sender, asctime date, message text)."""
    out = []
    for sender, when, msg in messages:
        for ln in msg.split("\n"):
            if ln.startswith("From "):
                raise ValueError("an mbox message line starts with 'From '")
        out.append(f"From {sender} {when}\n{msg}\n")
    return "\n".join(out)


def table_lines(rows, sep):
    """CSV/TSV text; cells with the separator, quotes or newlines are quoted."""
    out = []
    for row in rows:
        cells = []
        for c in row:
            t = m(str(c))
            if sep in t or '"' in t:
                t = '"' + t.replace('"', '""') + '"'
            cells.append(t)
        out.append(sep.join(cells))
    return "\n".join(out) + "\n"


def csv_text(rows):
    return table_lines(rows, ",")


def tsv_text(rows):
    return table_lines(rows, "\t")


def json_text(value):
    return json.dumps(mm(value), ensure_ascii=False, indent=2) + "\n"


def jsonl_text(values):
    return "".join(json.dumps(mm(v), ensure_ascii=False) + "\n" for v in values)



# ---------------------------------------------------------------- main


def main():
    global CURRENT
    outputs, docs, problems = [], [], []
    seen = set()
    for name, write in DOCUMENTS:
        if name in seen:
            problems.append(f"{name}: file name written twice")
        seen.add(name)
        CURRENT = Doc(name)
        try:
            data = write()
        except (ValueError, KeyError, UnicodeEncodeError) as err:
            problems.append(f"{name}: {err}")
            continue
        problems += check(CURRENT)
        outputs.append((name, data.encode("utf-8") if isinstance(data, str) else data))
        docs.append(CURRENT)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"{len(problems)} problems; nothing written", file=sys.stderr)
        sys.exit(1)
    shutil.rmtree(DOCS, ignore_errors=True)
    DOCS.mkdir()
    for name, data in outputs:
        (DOCS / name).write_bytes(data)
    docs.sort(key=lambda d: d.name)
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d.label(), ensure_ascii=False) + "\n")
    print_totals(docs)


def print_totals(docs):
    negative = sum(1 for d in docs if d.name.startswith(("policy-", "training-")))
    kinds, cats, formats = {}, {}, {}
    for d in docs:
        for kind, _ in d.ids:
            kinds[kind] = kinds.get(kind, 0) + 1
        for c in d.categories:
            cats[c] = cats.get(c, 0) + 1
        ext = d.name.rsplit(".", 1)[1]
        formats[ext] = formats.get(ext, 0) + 1

    def listing(counts):
        return ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

    print(f"{len(docs)} documents ({negative} negative), {sum(len(d.names) for d in docs)} name labels, "
          f"{sum(len(d.ids) for d in docs)} identifier labels")
    print(f"identifiers: {listing(kinds)}")
    print(f"documents per category: {listing(cats)}")
    print(f"formats: {listing(formats)}")


# ---------------------------------------------------------------- documents

DOCUMENTS = []


def document(name):
    def register(fn):
        DOCUMENTS.append((name, fn))
        return fn

    return register


def dvla(surname, forenames, dob_iso, female, tail="9RK"):
    """A DVLA-shaped licence number from the holder's surname, initials, sex and date of birth."""
    y, mo, d = dob_iso.split("-")
    month = int(mo) + (50 if female else 0)
    initials = "".join(f[0] for f in forenames.split())[:2].ljust(2, "9")
    head = re.sub(r"[^A-Z]", "", surname.upper())[:5].ljust(5, "9")
    return f"{head}{y[2]}{month:02d}{d}{y[3]}{initials.upper()}{tail}"


def spaced(n):
    return f"{n[:3]} {n[3:6]} {n[6:]}"


# ------------------------------------------------ 1. NHS sleep clinic


@document("sleep-referral-osa.txt")
def sleep_referral_osa():
    return m(f"""WHARFEDALE SLEEP SERVICE - GP REFERRAL (e-RS)
Received 14/10/2026    Triage: URGENT - vocational driver

Patient:   Mr <<Darren Kettlewell>>
DOB:       [[dob:3rd March 1979]]
NHS No:    [[nhs:{spaced('9994027166')}]]
Address:   14 {{{{Barraclough Fold}}}}, Keighley [[pc:BD97 4NW]]
Mobile:    [[phone:07700 900417]]

Referrer:  Dr <<Anjali Moorthy>>, {{{{Haworth Road}}}} Surgery ([[phone:0113 496 0271]])

Presenting complaint: ((health:loud snoring with witnessed apnoeas)); his wife <<Michelle>>
says he "stops breathing for ages then gasps". ((health:Epworth 17/24)), ((health:BMI 38.4)),
neck 46 cm, STOP-BANG 7. ((health:Type 2 diabetes on metformin)), ((health:hypertension on amlodipine)).
Occupation: HGV class 1 driver, nights, for {{{{Fenton Haulage}}}} (Bradford depot).
Nodded off at a red light last month - no collision.

Plan: home respiratory polygraphy within 2 weeks. Mr <<Kettlewell>> advised not to drive
while excessively sleepy and to tell DVLA if OSA is confirmed (leaflet INF159 given).

Triaged by <<Bronagh Ní Fhaoláin>>, CNS - [[email:sleep@wharfedale.example.nhs.uk]]
""")


@document("sleep-cpap-compliance.xlsx")
def sleep_cpap_compliance():
    return xlsx(
        "CPAP compliance download - October",
        "<<Tomasz Wierzbicki>>",
        "<<Hollie Braithwaite-Nunn>>",
        [
            (
                "Compliance",
                [
                    ["CPAP compliance download - ResMed AirView export, 01/10/2026 to 31/10/2026"],
                    ["Patient", "DOB", "NHS number", "Device", "Mean use (h/night)", "Nights >4h (%)", "AHI residual", "Leak L/min", "Action"],
                    ["<<KETTLEWELL, Darren>>", Date("1979-03-03", dob=True), f"[[nhs:{nhs('999318254')}]]", "AirSense 11 AutoSet", 6.2, 87, 2.1, 8, "((health:Compliant - OSA controlled)); DVLA form DRIVE/PC ok"],
                    ["<<OYEBANJI, Folasade>>", Date("1966-11-21", dob=True), f"[[nhs:{nhs('999627031')}]]", "AirSense 10", 2.4, 31, 9.8, 36, "((health:Poor adherence - mask leak, claustrophobia)); refit full face mask"],
                    ["<<McILROY, Callum James>>", Date("1988-06-09", dob=True), f"[[nhs:{nhs('999145872')}]]", "AirMini", 5.1, 72, 4.4, 12, "((health:Compliant)); travelling to Dubai - letter for airline"],
                    ["<<DE SOUSA, Inês>>", Date("1957-02-14", dob=True), f"[[nhs:{nhs('999274109')}]]", "AirSense 10", 0.0, 0, None, None, "No data since 12/10 - ((health:admitted Airedale ward 9, COPD exacerbation))"],
                ],
            ),
            (
                "Mask stock",
                [
                    ["Item", "Size", "Issued", "Date"],
                    ["F20 full face", "M", 3, Date("2026-10-08")],
                    ["N30i nasal cradle", "S", 5, Date("2026-10-15")],
                    ["{{Dawson}} tubing (slimline)", "-", 12, Date("2026-10-22")],
                ],
            ),
        ],
    )


@document("sleep-dvla-advice.pdf")
def sleep_dvla_advice():
    return pdf(
        "Driving advice - obstructive sleep apnoea",
        "Dr <<Rhodri Pennant-Ellis>>",
        [
            "# Wharfedale Sleep Service",
            "Respiratory Physiology, {{Chippendale Wing}}, {{St Luke's Hospital}}, Otley Road, [[pc:LS96 2HQ]]",
            "Telephone [[phone:0113 496 0388]]",
            "",
            "Mr <<Stuart Illingworth-Hay>>",
            "7 Skipton Row, Silsden, [[pc:BD98 1JW]]",
            "",
            "Date of birth: [[dob:11.07.1971]]   Hospital no: WS-220871   NHS: [[nhs:" + nhs("999861325") + "]]",
            "",
            "Dear Mr <<Illingworth-Hay>>,",
            "",
            "Your sleep study on 2 October showed ((health:severe obstructive sleep apnoea, AHI 48 events/hour)).",
            "Because you hold a Group 2 (HGV/bus) licence, [[dl:" + dvla("Illingworth-Hay", "Stuart", "1971-07-11", False) + "]], the law",
            "requires you to tell DVLA now, using form SL1. You must not drive a Group 2 vehicle until",
            "((health:your symptoms are controlled on CPAP)) and we have confirmed your adherence.",
            "For your car (Group 1) you may drive if you do not feel excessively sleepy.",
            "",
            "We started ((health:auto-CPAP at 4-20 cmH2O)) today. We will review the download in 4 weeks",
            "and can then write to your employer, {{Moorhouse & Lund}} Logistics, if you wish.",
            "",
            "Yours sincerely,",
            "",
            "Dr <<Rhodri Pennant-Ellis>>, Consultant Respiratory Physician",
            "cc Dr <<Fiona Atherstone>>, {{Kildwick Medical Practice}}",
        ],
    )


@document("sleep-shiftworker-letter.docx")
def sleep_shiftworker_letter():
    return docx(
        "Occupational letter - shift work and narcolepsy",
        "<<Bronagh Ní Fhaoláin>>",
        "<<Rhodri Pennant-Ellis>>",
        [
            "Re: <<Kamala Vishwanathan>>, DOB [[dob:22-Aug-1990]]",
            "To: Occupational Health, {{Bramley}} Distribution Park",
            "I am writing with Ms <<Vishwanathan>>'s consent. She is under our care with "
            "((health:narcolepsy type 1 with cataplexy)), confirmed on MSLT (mean sleep latency 2.5 minutes, 4 SOREMPs).",
            "She takes ((health:pitolisant 36 mg each morning and sodium oxybate at night)).",
            [
                ["Recommendation", "Reason"],
                ["No rotating nights; fixed early shift", "((health:Night work worsens daytime sleepiness))"],
                ["Two 15-minute scheduled naps", "((health:Planned naps reduce sleep attacks))"],
                ["No forklift (FLT) duties for now", "((health:Cataplexy when laughing or startled))"],
            ],
            "She has told DVLA and keeps her car licence on a 3-year medical review.",
            "Dr <<Rhodri Pennant-Ellis>>, Consultant, GMC 4428716",
        ],
        header="Wharfedale Sleep Service - confidential occupational health correspondence",
        footer="Sleep office [[phone:+44 113 496 0388]] · [[email:sleep@wharfedale.example.nhs.uk]]",
        footnote="Supporting tests: ((health:CSF hypocretin undetectable)); ((gen:HLA-DQB1*06:02 positive)) on tissue typing.",
        comment=("<<Bronagh Ní Fhaoláin>>", "Copy to patient before sending.", "<<Kamala>> asked us to leave out the oxybate dose - check with her."),
        textbox="Sent via secure mail to [[email:ohadvisor@bramleydc.example.co.uk]]",
    )


@document("sleep-patient-mail.eml")
def sleep_patient_mail():
    diary = (
        "date,bed,asleep,woke,naps,notes\n"
        "2026-10-05,22:40,01:30,06:10,0,lay awake worrying\n"
        "2026-10-06,23:00,02:15,06:05,1,((health:low mood, no energy))\n"
        "2026-10-07,22:30,00:50,05:40,0,((health:sertraline 100 mg started by GP))\n"
    )
    return mail(
        ("<<Rukhsana Mahmood>>", "[[email:rukhsana.m@example.net]]"),
        [("Wharfedale Sleep Service", "[[email:sleep@wharfedale.example.nhs.uk]]")],
        "Sleep diary and Ramadan question",
        "Mon, 12 Oct 2026 07:41:12 +0100",
        """Dear sleep team,

Please find my two-week sleep diary attached as you asked at the insomnia clinic.
I have had ((health:insomnia for over a year and my GP says it is tied up with depression)).

One question - ((rel:I will be fasting during Ramadan next year and get up for suhoor at 4am)).
Will the CBT-I sleep window still work then? ((rel:I don't want to miss prayers)) either.

My hospital number is WS-310584 and my date of birth is [[dob:31/05/1984]].
Mobile [[phone:+447700900562]].

Thank you,
<<Rukhsana>>
""",
        html="""<p>Dear sleep team,</p><p>Please find my two-week sleep diary attached.</p>
<p>Thank you,<br><<Rukhsana>></p>""",
        attachments=[("sleep-diary.csv", "text/csv", diary)],
        msg_id="20261012.0741.ws1@mail.example.net",
        boundary="h25-sleep",
    )


@document("sleep-study-bookings.csv")
def sleep_study_bookings():
    return csv_text(
        [
            ["Study date", "Bed", "Surname", "Forename", "DOB", "Study type", "Clinical note", "Contact"],
            ["03/11/2026", "Bed 1 ({{Priestley Suite}})", "<<Gawthorpe>>", "<<Lesley>>", "[[dob:19/09/1962]]", "Full PSG", "((health:?REM behaviour disorder, acts out dreams))", "[[phone:01632 960418]]"],
            ["03/11/2026", "Bed 2", "<<Nkemelu>>", "<<Chidubem>>", "[[dob:07/01/1995]]", "PSG + MSLT", "((health:?narcolepsy - off sertraline 2 weeks))", "[[phone:07700 900 683]]"],
            ["04/11/2026", "Bed 1", "<<Hartley-Quist>>", "<<Amelia>>", "[[dob:28/04/2011]]", "Paediatric PSG", "((health:Down syndrome, tonsils out 2024, snoring))", "Mum [[phone:07700900274]]"],
            ["04/11/2026", "Home kit", "<<Szymańska>>", "<<Ewa>>", "[[dob:15/12/1973]]", "Respiratory polygraphy", "((health:BMI 41, morning headaches))", "[[phone:+44 7700 900 135]]"],
            ["05/11/2026", "Bed 2", "<<Balogun>>", "<<Tobi>>", "[[dob:02/02/1969]]", "CPAP titration", "Needs wheelchair access; ((health:bilateral amputee))", "[[phone:0113 496 0934]]"],
        ]
    )


@document("sleep-narcolepsy-clinic.json")
def sleep_narcolepsy_clinic():
    return json_text(
        {
            "clinic": "Hypersomnia clinic",
            "site": "{{Chippendale Wing}}",
            "date": "2026-10-29",
            "clinician": "<<Rhodri Pennant-Ellis>>",
            "patients": [
                {
                    "forename": "<<Ffion>>",
                    "surname": "<<Llewelyn-Barker>>",
                    "dateOfBirth": "[[dob:1999-04-17]]",
                    "nhsNumber": f"[[nhs:{nhs('999036784')}]]",
                    "diagnosis": "((health:Narcolepsy type 2))",
                    "hlaDQB1": "((gen:DQB1*06:02 negative))",
                    "epworth": "((health:19))",
                    "medication": "((health:modafinil 200 mg bd))",
                    "drivingStatus": "Surrendered licence 2025; DVLA review pending",
                },
                {
                    "forename": "<<Olamide>>",
                    "surname": "<<Adeyemi-Frost>>",
                    "dateOfBirth": "[[dob:1986-12-02]]",
                    "nhsNumber": f"[[nhs:{nhs('999712658')}]]",
                    "diagnosis": "((health:Idiopathic hypersomnia))",
                    "hlaDQB1": None,
                    "epworth": "((health:15))",
                    "medication": "((health:none - pregnant 20 weeks))",
                    "drivingStatus": "Car only",
                },
            ],
            "exportedBy": "[[email:t.wierzbicki@wharfedale.example.nhs.uk]]",
            "exportedFrom": "[[ip:198.51.100.47]]",
        }
    )


@document("sleep-insomnia-referral.rtf")
def sleep_insomnia_referral():
    return rtf(
        "Insomnia pathway referral - <<Zsófia Várady>>",
        "<<Hollie Braithwaite-Nunn>>",
        [
            "# Insomnia pathway - referral summary",
            "Patient: <<Zsófia Várady>>   Born [[dob:9 February 1992]]",
            "NI number (for Access to Work letter): [[nino:QQ 41 72 05 C]]",
            "Address: Flat 3, {{Titus Salt House}}, Saltaire [[pc:BD96 3SU]]",
            "History: ((health:chronic insomnia disorder, 3 years; sleep onset 2 hours)); "
            "((health:recurrent depressive disorder, PHQ-9 of 16)); ((health:previous overdose in 2023)).",
            "Works as a theatre nurse on rotating shifts at {{Airedale}}; ((tu:RCN steward)) for her ward.",
            "Plan: 6 sessions of CBT-I with <<Hollie>>; no hypnotics; review with Dr <<Atherstone>>.",
        ],
        footnote="Seen with her partner <<Marguerite>>, ((sex:her wife)), who reports ruminating at night.",
    )


# ------------------------------------------------ 2. council Disabled Facilities Grant team


@document("dfg-ot-assessment.odt")
def dfg_ot_assessment():
    return odt(
        "OT assessment - level access shower - <<Wrenfield>>",
        "<<Saoirse Delacourt>>",
        "<<Gareth Pryce-Lowther>>",
        [
            "# Occupational Therapy Home Assessment (DFG)",
            "Applicant: Mrs <<Josephine Wrenfield>>, born [[dob:14 January 1958]], 22 {{Brontë Terrace}}, Oxenhope [[pc:BD95 8EP]].",
            [
                ["Diagnosis", "((health:Relapsing-remitting multiple sclerosis since 2009; now secondary progressive))"],
                ["Mobility", "((health:Walks 5 m with a rollator indoors; wheelchair outdoors))"],
                ["Falls", "((health:Three falls on the stairs since May; fractured wrist in June))"],
                ["Continence", "((health:Urinary urgency - needs a downstairs toilet))"],
                ["Carer", "Husband <<Alan Wrenfield>>, ((health:himself recovering from a stroke in 2025))"],
            ],
            "Recommendation: through-floor lift and level-access shower with a {{Clos-o-Mat}} toilet. "
            "Mrs <<Wrenfield>> prefers a shower seat to a bath lift.",
            "Assessed by <<Saoirse Delacourt>> OT, HCPC OT61937, [[phone:01632 960 221]].",
        ],
        note=("<<Gareth Pryce-Lowther>>", "Fast-track? Grant ceiling is £30,000 - check with <<Saoirse>>."),
    )


@document("dfg-means-test.xlsx")
def dfg_means_test():
    return xlsx(
        "DFG test of resources - <<Okonkwo-Brandt>> household",
        "<<Imogen Tarrant>>",
        "<<Imogen Tarrant>>",
        [
            (
                "Applicant",
                [
                    ["Test of resources (Housing Grants Regs 1996)"],
                    ["Field", "Value"],
                    ["Applicant", "<<Chinedu Okonkwo-Brandt>>"],
                    ["Date of birth", Date("1974-09-30", dob=True)],
                    ["NI number", "[[nino:QQ305118B]]"],
                    ["Partner", "<<Karin Okonkwo-Brandt>>"],
                    ["Partner DOB", Date("1976-03-12", dob=True)],
                    ["Passported benefit", "((health:ESA support group - Parkinson's disease))"],
                    ["Other income", "((health:PIP enhanced mobility)) £75.75 pw"],
                    ["Email", "[[email:c.okonkwo-brandt@example.com]]"],
                ],
            ),
            (
                "Bank",
                [
                    ["Account name", "Sort code", "Account number", "Bank"],
                    ["<<C OKONKWO-BRANDT>>", "[[=bank:309918:40215573]]30-99-18", 40215573, "{{Lloyds}}"],
                    ["<<K OKONKWO-BRANDT>>", "[[=bank:204471:06093218]]20-44-71", "06093218", "{{Barclays}}"],
                ],
            ),
            (
                "Payments",
                [
                    ["Stage", "Amount", "Paid", "Contractor"],
                    ["Interim 1", 6400.0, Date("2026-09-18"), "{{Kershaw & Pell}} Adaptations"],
                    ["Final", 3125.5, Date("2026-10-30"), "{{Kershaw & Pell}} Adaptations"],
                ],
            ),
        ],
    )


@document("dfg-stairlift-schedule.tsv")
def dfg_stairlift_schedule():
    return tsv_text(
        [
            ["Job ref", "Fit date", "Client", "Address", "Postcode", "Access notes", "Client phone"],
            ["SL-4471", "09/11/2026", "Mr <<Ernest Pickersgill>>", "3 {{Lister Close}}, Cullingworth", "[[pc:BD93 5TT]]", "((health:Profoundly deaf - text only))", "[[phone:07700900812]]"],
            ["SL-4472", "09/11/2026", "Mrs <<Bernadette O'Rourke>>", "41 Hainworth Lane", "[[pc:BD93 6LQ]]", "((health:Oxygen concentrator in hallway)) - no naked flames", "[[phone:01632960733]]"],
            ["SL-4475", "10/11/2026", "<<Hamid Rezaei>>", "Flat 2, {{Whitaker Mill}}", "[[pc:BD98 2XF]]", "Curved rail; son <<Navid>> will be in", "[[phone:+44 7700 900 509]]"],
            ["SL-4479", "11/11/2026", "Miss <<Gwendolen Speight>>", "8 {{Cartwright Hall}} Road", "[[pc:BD99 1AW]]", "((health:Dementia - key safe 4471 code from daughter))", "[[phone:0113 496 0651]]"],
        ]
    )


@document("dfg-tenant-complaint.eml")
def dfg_tenant_complaint():
    return mail(
        ("<<Lorraine Hepplewhite>>", "[[email:lorraine.hepplewhite@example.org]]"),
        [("Home Adaptations Team", "[[email:adaptations@calderdale-south.example.gov.uk]]")],
        "Complaint - 14 months waiting for my wet room",
        "Tue, 20 Oct 2026 16:05:33 +0100",
        """To whoever reads this,

I was assessed in August 2025 and told I qualified for a wet room because of
((health:my fibromyalgia and the arthritis in both knees)). Fourteen months on nothing
has happened and I am ((health:strip-washing at the sink because I cannot step into the bath)).

I have copied in Cllr <<Denholm Achterberg>>. ((pol:I am a Liberal Democrat member in his ward
and deliver his leaflets)), so I expect him to chase this. My reference is DFG/25/0318.

<<Lorraine Hepplewhite>>
12 Sowerby Croft, [[pc:HX97 3DL]]
[[phone:07700 900 358]]
""",
        cc=[("Cllr <<Denholm Achterberg>>", "[[email:d.achterberg@calderdale-south.example.gov.uk]]")],
        attachments=[
            (
                "ot-outcome-2025.pdf",
                "application/pdf",
                pdf(
                    "OT outcome letter",
                    "Home Adaptations Team",
                    [
                        "# Calderdale South Council - Home Adaptations Team",
                        "Ms <<L. Hepplewhite>>, 12 Sowerby Croft, [[pc:HX97 3DL]]",
                        "",
                        "Following your assessment on 14 August 2025, the occupational therapist",
                        "recommends a level-access wet room: ((health:you cannot safely step into the bath)).",
                        "Your case is now on the waiting list for a grant survey.",
                        "Reference DFG/25/0318. Telephone [[phone:01632 960 140]].",
                    ],
                ),
            )
        ],
        msg_id="c0a1.20261020@example.org",
        boundary="h25-dfg",
    )


@document("dfg-kitchen-request.html")
def dfg_kitchen_request():
    return m("""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Adapted kitchen - design request</title></head>
<body>
<h1>Adapted kitchen - design request</h1>
<form>
<fieldset><legend>Household</legend>
<p>Applicant: <<Harjinder Kaur Sandhu>> (wheelchair user, ((health:spinal cord injury T10 since 2019)))</p>
<p>Date of birth: [[dob:05/11/1981]]</p>
<p>Address: 6 {{Wilberforce Street}}, Halifax [[pc:HX94 2RB]]</p>
</fieldset>
<fieldset><legend>Requests from the family</legend>
<ul>
<li>Rise-and-fall hob so <<Harjinder>> can cook for the family again.</li>
<li>((rel:The family are Amritdhari Sikhs and keep a separate shelf and prayer space for the Gutka Sahib)) -
please do not place the boiler cupboard there.</li>
<li>((rel:Large-pan hob for cooking langar when they host the sangat from the gurdwara)) once a month.</li>
<li>Husband <<Kulwant Singh Sandhu>> asks that the sink stays under the window.</li>
</ul>
</fieldset>
<p>OT: <<Saoirse Delacourt>> - <a href="mailto:saoirse.delacourt@calderdale-south.example.gov.uk">[[email:saoirse.delacourt@calderdale-south.example.gov.uk]]</a></p>
</form>
</body></html>
""")


@document("dfg-joint-application.md")
def dfg_joint_application():
    return m("""# DFG panel - joint application, case DFG/26/0144

**Applicants:** <<Shannon Mellor>> (tenant, b. [[dob:2 June 1994]]) and <<Ryan Thewlis>> (partner, joint tenant)
**Property:** 27 {{Cromwell Bottom}} Road, Brighouse [[pc:HD96 4WS]]

| Item | Detail |
|---|---|
| Child | <<Kacey Thewlis>>, born [[dob:18/03/2019]] - ((health:spastic quadriplegic cerebral palsy, GMFCS level IV)) |
| Works | ground-floor bedroom and bathroom extension, hoist track |
| Estimate | £41,260 (above mandatory ceiling) |

## Why the partner's record matters

The top-up loan needs both joint tenants to sign a charge. Mr <<Thewlis>> ((crim:was convicted in 2024 of possession with intent to supply class B)) and
((crim:served 10 months at HMP Leeds)); the landlord's policy on charges runs to the tenancy, not the conviction,
so legal advise the panel it is **not** a ground to refuse.

> "<<Ryan>>'s been clean two years and does all <<Kacey>>'s lifting. Don't punish her for it." - <<Shannon>>

Decision: approve; discretionary top-up £11,260. Panel chair <<Mohinder Gill>>.
""")


@document("dfg-child-cp-assessment.pdf")
def dfg_child_cp_assessment():
    return pdf(
        "Paediatric OT assessment - <<Kacey Thewlis>>",
        "<<Priya Lakhani-Ward>>",
        [
            "# Children's Occupational Therapy - home adaptations assessment",
            "Child: <<Kacey Thewlis>>     DOB: [[dob:18/03/2019]]     NHS: [[nhs:" + nhs("999459203") + "]]",
            "Parent: <<Shannon Mellor>>   Tel: [[phone:07700 900 927]]",
            "",
            "Diagnosis: ((health:bilateral spastic cerebral palsy, GMFCS IV; epilepsy on levetiracetam)).",
            "((health:Gastrostomy fed)); ((health:sleeps in a Safespace bed because of seizures at night)).",
            "Weight 19 kg and rising; mother lifts her 30+ times a day and ((health:has a back injury)).",
            "",
            "Needs: ceiling track hoist bedroom to bathroom; changing bench; level-access wet room;",
            "space for a powered chair from {{Bristol Street}} wheelchair service.",
            "",
            "Assessed by <<Priya Lakhani-Ward>>, Paediatric OT, at home on 7 October 2026.",
        ],
    )


@document("dfg-mnd-fasttrack.jsonl")
def dfg_mnd_fasttrack():
    return jsonl_text(
        [
            {
                "caseRef": "DFG/26/0201",
                "pathway": "fast-track (no means test)",
                "applicant": {"name": "<<Declan Fitzmaurice>>", "dob": "[[dob:1963-08-25]]", "postcode": "[[pc:HX93 7NP]]"},
                "condition": "((health:Motor neurone disease, diagnosed July 2026))",
                "geneticResult": "((gen:C9orf72 repeat expansion found))",
                "works": ["ramp", "door widening", "ceiling hoist"],
                "officer": "<<Imogen Tarrant>>",
            },
            {
                "caseRef": "DFG/26/0207",
                "pathway": "fast-track (no means test)",
                "applicant": {"name": "<<Wiktoria Nowicka-Hale>>", "dob": "[[dob:1958-12-07]]", "postcode": "[[pc:HX95 1QA]]"},
                "condition": "((health:MND - bulbar onset, uses eye-gaze communication aid))",
                "geneticResult": None,
                "works": ["stairlift declined", "downstairs bedroom"],
                "officer": "<<Imogen Tarrant>>",
                "submittedFrom": "[[ip:203.0.113.82]]",
            },
        ]
    )


# ------------------------------------------------ 3. university admissions and widening participation


@document("adm-contextual-offers.xlsx")
def adm_contextual_offers():
    return xlsx(
        "Contextual offers - 2027 entry - round 1",
        "<<Niamh Culleton>>",
        "<<Bartholomew Ige>>",
        [
            (
                "Flags",
                [
                    ["UCAS ID", "Surname", "First name", "DOB", "Course", "Care experienced", "Estranged", "Ethnicity (UCAS)", "Offer"],
                    ["142-887-3105", "<<HOLROYD>>", "<<Tyler-James>>", Date("2009-01-23", dob=True), "BSc Nursing (Adult)", "Yes - care leaver; ((health:ADHD))", "No", "((eth:White - British))", "BBC (contextual, std ABB)"],
                    ["142-906-2218", "<<ASANTE-MBEKI>>", "<<Efua>>", Date("2008-10-04", dob=True), "BA Social Work", "No", "Yes - verified by {{Stand Alone}}", "((eth:Black or Black British - African))", "BCC"],
                    ["143-011-7462", "<<NGUYỄN>>", "<<Thị Hoa>>", Date("2009-05-30", dob=True), "BSc Computing", "Yes", "No", "((eth:Asian or Asian British - Vietnamese))", "BBB"],
                    ["143-118-0093", "<<RAFFERTY>>", "<<Siobhra>>", Date("2008-12-16", dob=True), "PGCE Primary", "No", "Yes - ((sex:left home after coming out as lesbian))", "((eth:White - Irish Traveller))", "Interview"],
                ],
            ),
            (
                "Summary",
                [["Flag", "Count"], ["Care experienced", 2], ["Estranged", 2], ["Prefer not to say (ethnicity)", 0]],
            ),
        ],
    )


@document("adm-conviction-panel.docx")
def adm_conviction_panel():
    return docx(
        "Criminal convictions panel - regulated courses - 4 November 2026",
        "<<Bartholomew Ige>>",
        "<<Niamh Culleton>>",
        [
            "# Minutes: Admissions criminal convictions panel",
            "Present: <<Bartholomew Ige>> (chair, Admissions), Prof <<Hester Varghese>> (Nursing), <<Gethin Morgan-Price>> (Social Work), <<Anneliese Forbes>> (Teacher Education)",
            [
                ["Applicant", "Course", "Declaration", "Decision"],
                ["<<Jordan Ackroyd-Bell>>", "BSc Nursing (Mental Health)", "((crim:Caution 2022 - possession of cannabis))", "Proceed; enhanced DBS at enrolment"],
                ["<<Natasha Pereira-Lund>>", "BA Social Work", "((crim:Conviction 2019, assault by beating, spent)); ((health:context of alcohol dependence, now in recovery))", "Proceed with a mentor"],
                ["<<Kwabena Osei-Tutu>>", "PGCE Secondary Maths", "((crim:Drink driving 2021, 18-month ban))", "Proceed"],
                ["<<Leigh Sumner>>", "BSc Paramedic Science", "((crim:Theft from employer 2025, suspended sentence))", "Decline - fitness to practise risk"],
            ],
            "Panel noted that a spent conviction must still be declared for these courses under the Exceptions Order.",
            "Next panel: 2 December, {{Brotherton Room}}.",
        ],
        header="OFFICIAL-SENSITIVE - Admissions - not for the applicant file",
        footer="Minutes taken by <<Niamh Culleton>>, Admissions Compliance",
        footnote="<<Sumner>> may appeal in writing to the Director of Admissions within 14 days.",
        comment=("<<Anneliese Forbes>>", "Proceed", "DBS for <<Kwabena>> must be the enhanced child workforce check."),
        textbox="Panel mailbox: [[email:convictions.panel@pennine.example.ac.uk]]",
    )


@document("adm-disability-disclosures.csv")
def adm_disability_disclosures():
    return csv_text(
        [
            ["Applicant", "Personal ID", "Date of birth", "Disclosure (UCAS code)", "Applicant's words", "Adviser", "Email"],
            ["<<Isobel Fairweather>>", "1539 882 014", "[[dob:14 Apr 2008]]", "((health:F - Long-standing illness))", "((health:\"Crohn's disease, I had a resection in Year 12 and need loo access in exams\"))", "<<Marcus>>", "[[email:izzy.fairweather@example.com]]"],
            ["<<Oluwaseun Bankole>>", "1540 118 936", "[[dob:09 Sep 2008]]", "((health:G - Mental health condition))", "((health:\"ADHD diagnosed at 16, on lisdexamfetamine\"))", "<<Marcus>>", "[[email:seun.bankole@example.net]]"],
            ["<<Cerys Ap Rhys>>", "1540 203 557", "[[dob:21 Feb 2007]]", "((health:B - Blind or visual impairment))", "((health:\"Keratoconus, I use a screen reader\"))", "<<Donna>>", "[[email:cerys.aprhys@example.org]]"],
            ["<<Malik Haddad>>", "1541 006 210", "[[dob:30 Jun 2008]]", "Prefer not to say", "", "<<Donna>>", "[[email:malik.haddad@example.com]]"],
        ]
    )


@document("adm-refugee-applicant.txt")
def adm_refugee_applicant():
    return m(f"""Sanctuary Scholarship - document check
=======================================

Applicant:           <<Yonas Tesfamariam Gebremedhin>>
Date of birth:       [[dob:1 January 2006]] (as on Home Office letter; actual date unknown)
Status:              Refugee status granted 3 March 2026 - eVisa share code checked
NI number:           [[nino:QQ 63 04 19 D]]
Previous study:      Asmara secondary school leaving certificate (translated), NARIC/Ecctis statement
Course applied for:  BEng Civil Engineering, foundation year

Notes from interview (<<Ruth Abernethy>>, WP officer):
<<Yonas>> left Eritrea ((rel:after his Pentecostal church was raided)) and spent two years in Libya
and Calais. He has ((health:PTSD)) and sees a counsellor at {{{{Solace}}}}; ((health:nightmares most nights)).
He asked whether ((rel:Sunday services at the Eritrean Pentecostal church in Leeds)) can fit the timetable.
Supporting letter from his caseworker, <<Feven>>, at the refugee council.

Contact: [[phone:07700 900 244]] / [[email:yonas.tg@example.org]]
Scholarship decision: fee waiver + £3,000 bursary. Signed off by <<R. Abernethy>>, 28/10/2026.
""")


@document("adm-interview-reschedule.mbox")
def adm_interview_reschedule():
    first = mail(
        ("<<Eliora Katzenberg>>", "[[email:eliora.katzenberg@example.com]]"),
        [("Medicine Admissions", "[[email:medicine.admissions@pennine.example.ac.uk]]")],
        "MMI date clash - Sukkot",
        "Wed, 07 Oct 2026 19:12:04 +0100",
        """Dear Admissions team,

Thank you for inviting me to the MMI on 15 October. ((rel:That day is Shemini Atzeret and
as an observant Jew I cannot travel or write)). Could I move to the 22nd?

My UCAS Personal ID is 1538 441 902 and my date of birth is [[dob:6th November 2008]].

With thanks,
<<Eliora>>
""",
        msg_id="mmi-1.20261007@example.com",
    )
    second = mail(
        ("<<Dominika Jabłońska>>", "[[email:dominika.jablonska@pennine.example.ac.uk]]"),
        [("<<Eliora Katzenberg>>", "[[email:eliora.katzenberg@example.com]]")],
        "Re: MMI date clash - Sukkot",
        "Thu, 08 Oct 2026 09:30:50 +0100",
        """Dear <<Eliora>>,

Of course - you are now booked for Thursday 22 October, 13:00, {{Sadler Building}} room 2.17.
We have noted ((rel:that you keep Shabbat)) so we will not offer Friday afternoon slots.

> That day is Shemini Atzeret

Kind regards,
<<Dominika Jabłońska>>
Admissions Officer, [[phone:0113 496 0730]]
""",
        msg_id="mmi-2.20261008@pennine.example.ac.uk",
        reply_to="mmi-1.20261007@example.com",
    )
    third = mail(
        ("<<Eliora Katzenberg>>", "[[email:eliora.katzenberg@example.com]]"),
        [("<<Dominika Jabłońska>>", "[[email:dominika.jablonska@pennine.example.ac.uk]]")],
        "Re: Re: MMI date clash - Sukkot",
        "Thu, 08 Oct 2026 12:02:18 +0100",
        """Thank you so much, <<Dominika>>. I will also need a ground-floor room -
((health:I use crutches after knee surgery)) in September.

<<Eliora>>
[[phone:+44 7700 900 611]]
""",
        msg_id="mmi-3.20261008@example.com",
        reply_to="mmi-2.20261008@pennine.example.ac.uk",
    )
    return mbox(
        [
            ("eliora.katzenberg@example.com", "Wed Oct  7 19:12:04 2026", first),
            ("dominika.jablonska@pennine.example.ac.uk", "Thu Oct  8 09:30:50 2026", second),
            ("eliora.katzenberg@example.com", "Thu Oct  8 12:02:18 2026", third),
        ]
    )


@document("adm-su-officer-mail.eml")
def adm_su_officer_mail():
    return mail(
        ("<<Ashkan Farahani>>", "[[email:welfare.officer@pennine-su.example.org.uk]]"),
        [("Widening Participation", "[[email:wp@pennine.example.ac.uk]]")],
        "Care leaver bursary - joint campaign",
        "Fri, 16 Oct 2026 14:20:00 +0100",
        """Hi both,

Following the WP forum: the SU wants the care leaver bursary raised to £3,000 and
an estranged students' accommodation guarantee. ((pol:As Labour Students' regional chair))
I'm also taking this to the city council's scrutiny panel next month.

<<Precious Nwachukwu>> (((tu:UCU branch secretary))) says staff will back it, and
<<Jem>> from the Care Leavers' Network will bring two students to speak.

Cheers,
<<Ashkan>>
SU Welfare & Community Officer | [[phone:0113 496 0590]]
""",
        html="""<p>Hi both,</p><p>Following the WP forum: the SU wants the care leaver bursary raised to £3,000.</p>
<p>Cheers,<br><<Ashkan>></p>""",
        cc=[("<<Precious Nwachukwu>>", "[[email:p.nwachukwu@pennine.example.ac.uk]]")],
        msg_id="su-wp-1016@pennine-su.example.org.uk",
        encode_subject=True,
        boundary="h25-su",
    )


@document("adm-applicants.ods")
def adm_applicants():
    return ods(
        "Applicant tracker - Allied health",
        "<<Niamh Culleton>>",
        "<<Dominika Jabłońska>>",
        [
            (
                "Applicants",
                [
                    ["Applicant export - Allied Health Professions, 2027 entry"],
                    ["Surname", "Forename(s)", "Date of birth", "Phone", "Home postcode", "Adjustments", "Online test"],
                    ["<<Ó Briain>>", "<<Tadhg>>", Date("2008-07-11", dob=True), "[[phone:07700 900 148]]", "[[pc:LS95 3QD]]", "((health:25% extra time, dyslexia))", "((bio:Face verified against passport photo at log-in))"],
                    ["<<Bhattacharya>>", "<<Riya Anjali>>", Date("2008-02-26", dob=True), "[[phone:07700 900 392]]", "[[pc:LS98 6GN]]", "None", "((bio:Face verified - 2 re-checks))"],
                    ["<<Lindqvist>>", "<<Sören>>", Date("2007-11-08", dob=True), "[[phone:+447700900706]]", "[[pc:WF96 2BH]]", "((health:Rest breaks - type 1 diabetes, CGM))", "Photo ID only, verification waived"],
                ],
            ),
            ("Interview days", [["Date", "Room"], [Date("2026-12-03"), "{{Brotherton Room}}"], [Date("2026-12-10"), "{{Hepworth Lab}}"]]),
        ],
        note=(0, 2, 6, "<<Dominika Jabłońska>>", "Proctoring vendor keeps the face template 30 days - privacy notice updated."),
    )


@document("adm-wp-summer-school.json")
def adm_wp_summer_school():
    return json_text(
        {
            "programme": "Pennine Pathways summer school 2026",
            "exportedFrom": "[[ip:2001:db8:4c2::17]]",
            "participants": [
                {
                    "firstName": "<<Kiera>>",
                    "lastName": "<<Bottomley>>",
                    "dob": "[[dob:2009-03-19]]",
                    "school": "{{Brighouse}} High School",
                    "criteria": ["POLAR4 Q1", "free school meals"],
                    "medical": "((health:Asthma - blue inhaler; anaphylaxis to peanuts, carries EpiPen))",
                    "dietary": "None",
                    "emergencyContact": {"name": "<<Tina Bottomley>>", "phone": "[[phone:07700900955]]"},
                },
                {
                    "firstName": "<<Ayaan>>",
                    "lastName": "<<Qureshi>>",
                    "dob": "[[dob:2009-08-02]]",
                    "school": "{{Rastrick}} Academy",
                    "criteria": ["first in family", "young carer"],
                    "medical": "None",
                    "dietary": "((rel:Halal - he is Muslim and will pray at 1.15pm; quiet room requested))",
                    "emergencyContact": {"name": "<<Shazia Qureshi>>", "phone": "[[phone:07700900966]]"},
                },
            ],
        }
    )


# ------------------------------------------------ 4. social housing repairs contractor


@document("rep-job-tickets.csv")
def rep_job_tickets():
    return csv_text(
        [
            ["Job no", "Priority", "Tenant", "Address", "Postcode", "Trade", "Fault", "Vulnerability flags", "Tenant tel"],
            ["RJ-880412", "P1 4hr", "<<Mavis Ogunleye>>", "12 {{Ramsden Court}}", "[[pc:WF93 2LP]]", "Electrician", "No power to sockets", "((health:OXYGEN IN USE - home concentrator)), no smoking or naked flame; ((health:COPD))", "[[phone:01632 960 157]]"],
            ["RJ-880419", "P3 7 days", "<<Terence Blakey>>", "5 {{Wesley Fold}}", "[[pc:WF93 4AS]]", "Joiner", "Back door won't lock", "((health:HOARDING - clutter rating 7)), fire risk; ((health:self-neglect referral open))", "[[phone:07700 900 301]]"],
            ["RJ-880423", "P2 24hr", "<<Anita Chowdhury>>", "Flat 9, {{Hirst House}}", "[[pc:WF94 8QE]]", "Plumber", "Leak through ceiling", "DO NOT SEND LONE MALE OPERATIVE - DA marker, victim of domestic abuse", "[[phone:07700 900 478]]"],
            ["RJ-880431", "P3 7 days", "<<Wilfred Hattersley>>", "33 Cross Lane", "[[pc:WF94 1HU]]", "Plasterer", "Damp in bedroom", "((health:DEMENTIA)) - call daughter <<Pauline>> first", "[[phone:07700 900 522]]"],
        ]
    )


@document("rep-operative-vetting.rtf")
def rep_operative_vetting():
    lic = dvla("Kowalewski", "Bartosz", "1987-11-05", False, "9TJ")
    return rtf(
        "Operative vetting - <<B Kowalewski>>",
        "<<Sharon Illsley>>",
        [
            "# Calder Valley Property Care - operative vetting record",
            "Operative: <<Bartosz Kowalewski>> (multi-trade, van 14)",
            "Date of birth: [[dob:05/11/1987]]   NI: [[nino:QQ 20 58 77 A]]",
            "Driving licence: [[dl:" + lic + "]] - checked online with DVLA, code KX7-PQ2-M9R",
            "Endorsements: ((crim:DR10 drink driving, 2019, 14-month disqualification)) - now 4 points clear of it; insurer accepted.",
            "Enhanced DBS (adult workforce) issued 02/09/2026: ((crim:one caution 2012 for criminal damage)) shown; risk assessed by <<Sharon>>.",
            "Decision: cleared for tenant homes; not for the sheltered schemes' night rota.",
            "Signed: <<S. Illsley>>, HR & Compliance, 04/09/2026",
        ],
        footnote="<<Bartosz>> disclosed both matters at interview himself.",
    )


@document("rep-gas-access-refusal.pdf")
def rep_gas_access_refusal():
    return pdf(
        "Gas safety - third access attempt",
        "<<Liam Armitage-Royle>>",
        [
            "# Calder Valley Property Care - Gas Safety Team",
            "Unit 4, {{Tetley}} Business Park, Wakefield [[pc:WF97 3JR]]  Tel [[phone:0808 157 0362]]",
            "",
            "Mr <<Gideon Fairbank>>",
            "18 {{Priestley Gardens}}, Ossett [[pc:WF95 5RN]]",
            "",
            "Dear Mr <<Fairbank>>,",
            "",
            "Annual gas safety check - third appointment missed (21 October 2026)",
            "",
            "We have called three times and you have told our engineer, <<Wes>>, that you will not let",
            "anyone in. Your landlord must check the boiler every year by law. You told us on the",
            "phone that ((health:your anxiety and agoraphobia make visitors very hard)); we can send",
            "one named engineer, ring ahead, and keep the visit under 30 minutes.",
            "",
            "If we cannot get in by 18 November the landlord may apply to court for an access",
            "injunction. Please ring us on the number above.",
            "",
            "Yours sincerely,",
            "<<Liam Armitage-Royle>>, Gas Compliance Manager",
        ],
    )


@document("rep-tenant-mail.eml")
def rep_tenant_mail():
    photo_note = "Photo log (text) - RJ-879955\nKitchen ceiling, black mould 1.2 m2, taken 19/10/2026 by tenant <<Grzegorz Mazur>>.\n"
    return mail(
        ("<<Grzegorz Mazur>>", "[[email:g.mazur@example.net]]"),
        [("Repairs", "[[email:repairs@cvpropertycare.example.co.uk]]")],
        "Mould again - job RJ-879955",
        "Mon, 19 Oct 2026 21:48:10 +0100",
        """Hello,

Your operative came on 2 October, wiped the mould and painted over it. It is back.
My son <<Kuba>> ((health:has asthma and has been on steroids twice since the summer)) and
the GP letter says the damp is making it worse - please send a surveyor, not a painter.

I am home after 3pm. Flat 6, {{Sheard Court}}, [[pc:WF96 7TL]]. Tel [[phone:07700 900 841]].

<<Grzegorz Mazur>>
""",
        attachments=[("photo-log.txt", "text/plain", photo_note)],
        msg_id="r879955.2148@example.net",
        boundary="h25-rep",
    )


@document("rep-appointments.jsonl")
def rep_appointments():
    return jsonl_text(
        [
            {"jobNo": "RJ-880502", "slot": "2026-11-03T08:00", "tenant": {"fullName": "<<Nadia Benhaddou>>", "mobile": "[[phone:+44 7700 900 619]]"}, "trade": "Gas", "accessNote": "((health:Registered blind)) - guide dog in the house", "operative": "<<Wes Lumb>>"},
            {"jobNo": "RJ-880517", "slot": "2026-11-03T10:00", "tenant": {"fullName": "<<Horace Lindley>>", "mobile": "[[phone:07700900117]]"}, "trade": "Joiner", "accessNote": "((health:Wheelchair user - bariatric))", "operative": "<<Bartosz Kowalewski>>"},
            {"jobNo": "RJ-880520", "slot": "2026-11-03T13:00", "tenant": {"fullName": "<<Zainab Okafor>>", "mobile": "[[phone:07700900231]]"}, "trade": "Plumber", "accessNote": "((rel:Avoid Friday 12-2pm, tenant at jummah prayers))", "operative": "<<Wes Lumb>>"},
            {"jobNo": "RJ-880533", "slot": "2026-11-04T08:00", "tenant": {"fullName": "<<Brendan Coyle-Hart>>", "mobile": "[[phone:07700900384]]"}, "trade": "Electrician", "accessNote": "((crim:Tenant on licence - probation officer visits Tues))", "operative": "<<Carl Dewhirst>>", "bookedFrom": "[[ip:192.0.2.164]]"},
        ]
    )


@document("rep-hoarding-job.md")
def rep_hoarding_job():
    return m("""# Job RJ-880419 - joinery with hoarding protocol

**Tenant:** <<Terence Blakey>> · **DOB:** [[dob:27.02.1951]] · 5 {{Wesley Fold}}, [[pc:WF93 4AS]]

Before the visit:

1. ((health:Clutter image rating 7 in hall and kitchen)) - route to back door is 40 cm wide.
2. Mr <<Blakey>> ((health:has a hoarding disorder diagnosis)) and sees <<Gemma>> from the council's self-neglect team;
   she will meet our operative at 10:00.
3. Do **not** move or bin any item without his say-so.
4. ((health:He is diabetic and has leg ulcers)) - do not ask him to lift.

> Operative note (<<Carl Dewhirst>>): door frame rotten, fitted new lock and frame. Took 3 hrs due to access.
> Tenant calm, made tea. Fire service home safety visit booked by <<Gemma>> for 12/11.

Completed: 28/10/2026
""")


@document("rep-operatives.xlsx")
def rep_operatives():
    return xlsx(
        "Operatives - depot access and payroll",
        "<<Sharon Illsley>>",
        "<<Sharon Illsley>>",
        [
            (
                "Operatives",
                [
                    ["Calder Valley Property Care - operatives list (HR use only)"],
                    ["Payroll no", "Name", "Trade", "DOB", "Depot clock-in", "Union deduction", "Licence checked"],
                    [1044, "<<Wes Lumb>>", "Gas engineer", Date("1990-04-16", dob=True), "((bio:Fingerprint enrolled - reader 2))", "((tu:Unite £14.20))", Date("2026-08-01")],
                    [1051, "<<Bartosz Kowalewski>>", "Multi-trade", Date("1987-11-05", dob=True), "((bio:Fingerprint enrolled - reader 2))", "None", Date("2026-09-04")],
                    [1067, "<<Carl Dewhirst>>", "Joiner", Date("1979-06-28", dob=True), "Fob only - declined biometrics", "((tu:GMB £12.90))", Date("2026-07-15")],
                    [1072, "<<Abimbola Farinde-Scott>>", "Electrician", Date("1995-01-09", dob=True), "((bio:Fingerprint enrolled - reader 1))", "((tu:Unite £14.20))", Date("2026-10-02")],
                ],
            ),
            (
                "Bank",
                [
                    ["Payroll no", "Sort code", "Account"],
                    [1044, "[[=bank:608371:21054496]]60-83-71", 21054496],
                    [1051, "[[=bank:110592:09941207]]11-05-92", "09941207"],
                    [1067, "[[=bank:402718:73310658]]40-27-18", 73310658],
                ],
            ),
        ],
    )


@document("rep-dispatch-notes.html")
def rep_dispatch_notes():
    return m("""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Dispatch board notes - Tuesday</title></head>
<body>
<h2>Dispatch board - Tuesday 3 November</h2>
<table border="1">
<tr><th>Operative</th><th>Van</th><th>Notes from dispatcher</th></tr>
<tr><td><<Wes Lumb>></td><td>YJ71 RKV</td><td>First job <<Nadia Benhaddou>> - ring at door twice, guide dog.</td></tr>
<tr><td><<Abimbola Farinde-Scott>></td><td>YJ22 TLO</td><td>Back after ((health:knee surgery)) - light duties, no loft work till 20/11.</td></tr>
<tr><td><<Carl Dewhirst>></td><td>YK19 DXA</td><td>Leaving 2pm for ((tu:Unite shop stewards' meeting)) at {{Wakefield Trinity}} ground.</td></tr>
</table>
<dl>
<dt>Out of hours</dt><dd><<Kelly-Marie Stansfield>> [[phone:07700 900 097]]</dd>
<dt>Supervisor</dt><dd><<Ravinder Sangha>> <a href="mailto:[[email:r.sangha@cvpropertycare.example.co.uk]]">email</a></dd>
</dl>
</body></html>
""")


# ------------------------------------------------ 5. social prescribing link workers


@document("sp-referrals.tsv")
def sp_referrals():
    return tsv_text(
        [
            ["Ref", "Received", "Client", "DOB", "NHS no", "Referred by", "Reason", "Ethnicity", "Phone"],
            ["SP-2611", "05/10/2026", "<<Clifford Entwistle>>", "[[dob:19 March 1948]]", f"[[nhs:{nhs('999608512')}]]", "Dr <<Okwuosa>>", "Loneliness since wife died; ((health:low mood, PHQ-9 12))", "((eth:White British))", "[[phone:01632 960 874]]"],
            ["SP-2614", "06/10/2026", "<<Mehwish Iqbal>>", "[[dob:2 December 1990]]", f"[[nhs:{nhs('999347926')}]]", "Practice nurse", "Debt, rent arrears, isolated with new baby; ((health:postnatal depression))", "((eth:Pakistani))", "[[phone:07700 900 703]]"],
            ["SP-2620", "08/10/2026", "<<Fergus MacAulay>>", "[[dob:30 July 1961]]", f"[[nhs:{nhs('999825170')}]]", "Self", "Bereavement (son) - wants a men's group", "Not stated", "[[phone:07700 900 716]]"],
            ["SP-2622", "09/10/2026", "<<Blessing Adewale-Turner>>", "[[dob:11 May 1985]]", f"[[nhs:{nhs('999563014')}]]", "Dr <<Okwuosa>>", "((health:Type 2 diabetes, weight 118 kg)) - wants walking group", "((eth:Black British - Caribbean))", "[[phone:07700 900 729]]"],
        ]
    )


@document("sp-link-worker-notes.docx")
def sp_link_worker_notes():
    return docx(
        "Link worker notes - October caseload review",
        "<<Tamsin Quarmby>>",
        "<<Tamsin Quarmby>>",
        [
            "# Caseload review - <<Tamsin Quarmby>>, Link Worker, {{Holmfirth}} PCN",
            "<<Clifford Entwistle>>: three visits. Talks about <<Joan>> constantly; ((health:bereavement counselling started via Cruse)). "
            "Agreed to try the men's shed at {{Armitage Bridge}} on Thursdays.",
            "<<Mehwish Iqbal>>: debt advice booked with CAB; ((health:health visitor aware of her PND, on sertraline)). "
            "((rel:Prefers the women-only group at the mosque)) so her in-laws are comfortable.",
            "<<Fergus MacAulay>>: ((health:drinking heavily since his son's suicide)); gave drug and alcohol service details.",
            [
                ["Client", "ONS4 life satisfaction (start/now)", "WEMWBS (start/now)"],
                ["<<Clifford Entwistle>>", "((health:2 / 4))", "((health:31 / 38))"],
                ["<<Mehwish Iqbal>>", "((health:3 / 5))", "((health:29 / 35))"],
            ],
        ],
        header="Holme Valley Social Prescribing - notes are shared with the GP record",
        footer="Link worker line [[phone:0114 496 0117]]",
        footnote="WEMWBS: Warwick-Edinburgh Mental Wellbeing Scale, 14 to 70.",
        comment=("<<Idris Penhaligon>>", "Agreed to try the men's shed", "Shed lead is <<Vic>> - he'll pick <<Clifford>> up."),
        textbox="Supervision with <<Idris>> on 30/10",
    )


@document("sp-client-words.txt")
def sp_client_words():
    return m("""Social prescribing - "What matters to me" conversation (client's own words, typed up with consent)

Client: <<Rhodri Bevan-Tate>>    Link worker: <<Tamsin>>    Date: 21/10/2026

"I'm 67 and I've spent most of my life hiding. ((sex:I'm gay - I only told my sister last year))
and my partner <<Malcolm>> died in March. Nobody at the funeral knew who I was to him.

((health:I haven't really been sleeping and the doctor gave me citalopram.)) What I want is people
my own age who I don't have to explain myself to. I used to sing - I'd like to do that again."

Agreed actions:
- Introduce to the older LGBT+ social at {{Lawrence Batley}} Theatre café, Tuesdays.
- ((health:Bereavement support)) through the {{Marie Curie}} helper scheme.
- <<Rhodri>> to try the community choir at {{St Hilda's}} hall.

Follow-up call booked: 04/11/2026 on [[phone:07700 900 447]].
""")


@document("sp-union-partnership.md")
def sp_union_partnership():
    return m("""# Social prescribing x union learning reps - partnership notes

*Meeting at {{Huddersfield Town Hall}}, 13 October 2026*

| Attendee | Role |
|---|---|
| <<Idris Penhaligon>> | Social prescribing lead, Holme Valley PCN |
| <<Sandra Oyelowo-Burns>> | ((tu:UNISON branch welfare officer)), Kirklees |
| <<Des Kavanagh>> | ((tu:Unite union learning rep)), {{Brook Motors}} site |
| <<Lukas Brenner>> | Citizens Advice money adviser |

- Union reps will refer members in debt or off sick with stress directly to link workers
  (consent form v2); the union's own welfare fund can pay arrears up to £500.
- <<Des>> raised that ((health:he was off six months with depression himself in 2024)) and the
  men's shed "saved him" - he will co-host the shed's open day.
- <<Sandra>> asked that link workers note when a client wants a rep present.

Actions: <<Idris>> to draft referral pathway; contact [[email:idris.penhaligon@holmevalleypcn.example.nhs.uk]],
[[phone:0114 496 0293]].
""")


@document("sp-outcomes.ods")
def sp_outcomes():
    return ods(
        "Outcome scores Q2 - Holme Valley Social Prescribing",
        "<<Idris Penhaligon>>",
        "<<Tamsin Quarmby>>",
        [
            (
                "Scores",
                [
                    ["Client", "DOB", "Start date", "ONS4 happy (0-10)", "ONS4 anxious (0-10)", "WEMWBS start", "WEMWBS 12 wk", "Main issue"],
                    ["<<Clifford Entwistle>>", Date("1948-03-19", dob=True), Date("2026-10-05"), 3, 7, 31, 38, "((health:bereavement, low mood))"],
                    ["<<Mehwish Iqbal>>", Date("1990-12-02", dob=True), Date("2026-10-06"), 2, 8, 29, 35, "((health:postnatal depression)), debt"],
                    ["<<Gaynor Sutcliffe-Ware>>", Date("1972-05-23", dob=True), Date("2026-07-14"), 4, 6, 36, 44, "((health:chronic pain, fibromyalgia))"],
                    ["<<Ibrahim Jalloh>>", Date("1983-09-17", dob=True), Date("2026-07-20"), 5, 5, 40, 41, "Isolation, new to area"],
                ],
            ),
            ("Notes", [["Scores are client-rated; WEMWBS change of 3+ is meaningful."]]),
        ],
        note=(0, 4, 7, "<<Tamsin Quarmby>>", "<<Ibrahim>> asked about the mosque walking group - passed details."),
    )


@document("sp-befriender-dbs.pdf")
def sp_befriender_dbs():
    return pdf(
        "Volunteer befriender - DBS risk assessment",
        "<<Idris Penhaligon>>",
        [
            "# Holme Valley Social Prescribing - volunteer DBS risk assessment",
            "",
            "Volunteer: <<Norman Greatorex>>      Date of birth: [[dob:14th August 1956]]",
            "Role: home befriender (older adults)  Certificate: enhanced, adult barred list",
            "Certificate number: 001874452961     Issued: 22/09/2026",
            "",
            "Disclosure: ((crim:conviction 1998, Leeds Crown Court - fraud by abuse of position)),",
            "((crim:12 months suspended)). Spent. No barring.",
            "",
            "Discussion: <<Norman>> told us at interview; the offence was 28 years ago when he ran a",
            "shop and ((health:was gambling heavily)). He has volunteered with the food bank since 2015.",
            "Referee Pastor <<Emmanuel Boadu>> speaks well of him.",
            "",
            "Decision: appoint. No handling of clients' money or bank cards; visits logged.",
            "Assessed by <<Idris Penhaligon>>, 29/09/2026. Contact [[phone:+44 114 496 0293]]",
        ],
    )


@document("sp-groups.html")
def sp_groups():
    return m("""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Community groups - who we have linked in</title></head>
<body>
<h1>Groups and who we linked in (October)</h1>
<h3>Men's shed - {{Armitage Bridge}} Mill</h3>
<ul>
<li><<Clifford Entwistle>> - first visit 15/10, made a bird box. ((health:Still tearful about his wife)).</li>
<li><<Fergus MacAulay>> - came with <<Des Kavanagh>>; ((health:agreed to see the alcohol team)).</li>
</ul>
<h3>Sisters' walking group - Masjid {{Bilal}}, {{Lockwood}}</h3>
<ul>
<li><<Mehwish Iqbal>> - ((rel:walks after Zuhr prayer with the sisters)), brings the baby in a sling.</li>
<li><<Khadija Noorani>> - ((health:referred after her heart attack in May)), cardiac rehab done.</li>
</ul>
<h3>Paths to Parks (open to all)</h3>
<p>Led by volunteer <<Beverley>>; meets at {{Beaumont Park}} gates, Saturdays 10am.</p>
<p>Questions: <<Tamsin Quarmby>>, [[phone:0114 496 0117]]</p>
</body></html>
""")


@document("sp-caseload.json")
def sp_caseload():
    return json_text(
        [
            {
                "clientId": "SP-2597",
                "client": {"name": "<<Ibrahim Jalloh>>", "dob": "[[dob:17/09/1983]]", "nhsNumber": f"[[nhs:{spaced(nhs('999281637'))}]]"},
                "referralReason": "Isolation; new to area from Freetown",
                "whatMatters": "\"I want to get back to football and find a church that feels like home\"",
                "faith": "((rel:Methodist, attends chapel weekly)) at {{Wesley}} Hall since August",
                "linkWorker": "<<Tamsin Quarmby>>",
                "status": "open",
            },
            {
                "clientId": "SP-2603",
                "client": {"name": "<<Gaynor Sutcliffe-Ware>>", "dob": "[[dob:23/05/1972]]", "nhsNumber": f"[[nhs:{nhs('999704451')}]]"},
                "referralReason": "((health:Fibromyalgia, chronic pain clinic discharged her))",
                "whatMatters": "\"Not being a burden on my daughter\"",
                "faith": None,
                "probation": "((crim:On a community order until 2027 - probation aware of referral))",
                "linkWorker": "<<Tamsin Quarmby>>",
                "status": "open",
            },
        ]
    )


# ------------------------------------------------ 6. car dealership sales and finance desk


@document("car-finance-proposal.pdf")
def car_finance_proposal():
    lic = dvla("Haworth-Binns", "Callum", "1992-10-13", False, "9LQ")
    return pdf(
        "PCP finance proposal - <<Haworth-Binns>>",
        "<<Yasmin Ferreira-Doyle>>",
        [
            "# Ravensworth Motors (Huddersfield) - PCP finance proposal",
            "Proposal no. RM-PCP-60418   Vehicle: 2024 Kia Niro EV, reg. DY24 OPX   Cash price £24,995",
            "",
            "Applicant: Mr <<Callum Haworth-Binns>>         Date of birth: [[dob:13/10/1992]]",
            "Address: 9 {{Stanley Royd}}, Lindley [[pc:HD94 3UF]] (4 yrs 2 mths)",
            "Mobile: [[phone:07700 900 136]]    Email: [[email:callum.hb@example.com]]",
            "Driving licence: [[dl:" + lic + "]]",
            "Passport (ID check): [[pp:531870264]]",
            "",
            "Employment: Site manager, {{Lockwood & Carter}} Construction, 6 yrs; gross £46,800",
            "Bank: [[bank:20-71-64 53318807]] (held 9 yrs)   Monthly outgoings declared: £1,310",
            "Deposit paid by card [[card:4000 0566 5566 5556]], auth 884120",
            "",
            "Credit search: 1 CCJ 2021 satisfied - lender accepted at tier 2.",
            "ID: ((bio:selfie face-matched to driving licence photo, score 0.97)) via the lender's app",
            "",
            "Sales executive: <<Jordan Pilling>>   Business manager: <<Yasmin Ferreira-Doyle>>",
        ],
    )


@document("car-ccj-referral.eml")
def car_ccj_referral():
    statement = """Customer statement (typed by <<Yasmin>> from the customer's words)
Customer: <<Roisin Dunleavy>>, DOB [[dob:28 November 1984]]
"I was made bankrupt in 2020 after the salon went under and I had a CCJ from the landlord.
I was discharged in 2021. I'm now employed at {{Boots}} as a store manager, 3 years."
"""
    return mail(
        ("<<Yasmin Ferreira-Doyle>>", "[[email:yasmin.fd@ravensworthmotors.example.co.uk]]"),
        [("Underwriting - Pennine Auto Finance", "[[email:underwriting@pennineautofinance.example.com]]")],
        "Referral RM-HP-60433 - adverse history, customer statement attached",
        "Wed, 28 Oct 2026 11:15:02 +0000",
        """Hi team,

Referring proposal RM-HP-60433 for <<Roisin Dunleavy>> (Ford Puma, £14,450 HP, £2,000 deposit).
Credit file shows a bankruptcy (2020, discharged 2021) and a satisfied CCJ; no defaults since.
Her statement is attached. Affordability: net £2,180/month, rent £650.

Her bank: [[bank:sort code 40-47-84, account 70872490]]. Refund IBAN for the deposit if declined:
[[iban:GB33 BUKB 2020 1555 5555 55]].

Thanks,
<<Yasmin>>
Business Manager, Ravensworth Motors | [[phone:01632 960 590]]
""",
        attachments=[("customer-statement.txt", "text/plain", statement)],
        msg_id="rm60433.1115@ravensworthmotors.example.co.uk",
        boundary="h25-ccj",
    )


@document("car-vulnerable-customer.odt")
def car_vulnerable_customer():
    return odt(
        "Vulnerable customer record - <<Gethin Roberts-Kaye>>",
        "<<Jordan Pilling>>",
        "<<Yasmin Ferreira-Doyle>>",
        [
            "# Vulnerable customer record (FCA FG21/1)",
            "Customer: <<Gethin Roberts-Kaye>>, born [[dob:3 April 1976]]. Visited 17/10/2026 with his brother <<Owain>>.",
            [
                ["Driver", "What we saw / were told"],
                ["Health", "((health:Acquired brain injury after a motorbike crash in 2022)); ((health:memory problems and fatigue))"],
                ["Capability", "((health:Struggled to follow the PCP balloon payment; asked the same question 4 times))"],
                ["Life event", "Recently separated; living with <<Owain>>"],
            ],
            "Action: no sale on the day. Plain-English summary sent; second appointment with <<Owain>> present. "
            "<<Gethin>> consented to us recording this. Not to be contacted by the sales team for upsell.",
            "Recorded by <<Jordan Pilling>>, sales executive. Reviewed by the business manager.",
        ],
        note=("<<Yasmin Ferreira-Doyle>>", "Good call - flag on DMS done, <<Jordan>>."),
    )


@document("car-motability.docx")
def car_motability():
    return docx(
        "Motability order - adaptations - <<Adebayo-Lynch>>",
        "<<Marcin Dobrowolski>>",
        "<<Marcin Dobrowolski>>",
        [
            "# Motability Scheme - vehicle order and adaptations",
            [
                ["Customer", "<<Temitope Adebayo-Lynch>>"],
                ["Date of birth", "[[dob:16-Sep-1989]]"],
                ["Allowance", "((health:PIP enhanced rate mobility component, award to 2029))"],
                ["Condition (for adaptations)", "((health:Spina bifida; wheelchair user, no use of legs))"],
                ["Vehicle", "Volkswagen Caddy WAV, rear ramp"],
                ["Adaptations", "Push-pull hand controls, transfer plate, {{Lodgesons}} left-foot accelerator - not needed"],
                ["Named drivers", "<<Temitope Adebayo-Lynch>>; <<Dele Adebayo>> (father)"],
                ["Contact", "[[phone:07700 900 863]] · [[email:temi.al@example.org]]"],
            ],
            "Handover booked for 12 November at the {{Bradley}} site; specialist adapter attends.",
        ],
        header="Ravensworth Motors - Motability Specialist: <<Marcin Dobrowolski>>",
        footer="Ravensworth Motors Ltd, Leeds Road, Huddersfield [[pc:HD93 6PD]]",
        footnote="Driving assessment done at the mobility centre on 30 September.",
        comment=("<<Marcin Dobrowolski>>", "Handover booked", "<<Temitope>> asked for a female adapter - arranged."),
        textbox="Order ref MOT-771043",
    )


@document("car-test-drives.csv")
def car_test_drives():
    return csv_text(
        [
            ["Date", "Customer", "Licence no", "Licence check", "Vehicle", "Out", "In", "Staff"],
            ["24/10/2026", "<<Priyanka Deshmukh>>", "[[dl:" + dvla("Deshmukh", "Priyanka", "1994-05-21", True, "9KF") + "]]", "Valid, 0 pts", "Kia Sportage DX73 HKL", "10:05", "10:40", "<<Jordan>>"],
            ["24/10/2026", "<<Connor Wadsworth>>", "[[dl:" + dvla("Wadsworth", "Connor Paul", "2003-02-11", False, "9MB") + "]]", "((crim:6 pts SP30 speeding)) - insurer ok", "Kia Picanto DE24 WRN", "11:15", "11:45", "<<Jordan>>"],
            ["25/10/2026", "<<Agata Wójcik>>", "Polish licence", "Checked via photocard", "Kia EV6 DY24 PPA", "13:00", "13:50", "<<Marcin>>"],
            ["25/10/2026", "<<Desmond Oyelaran-Hirst>>", "[[dl:" + dvla("Oyelaran-Hirst", "Desmond", "1968-08-30", False, "9AT") + "]]", "((crim:DISQUALIFIED - IN10 no insurance)) - drive refused", "-", "-", "-", "<<Marcin>>"],
        ]
    )


@document("car-complaint.mbox")
def car_complaint():
    first = mail(
        ("<<Hilary Vasquez-Pratt>>", "[[email:hilary.vp@example.net]]"),
        [("Customer Relations", "[[email:customer.relations@ravensworthmotors.example.co.uk]]")],
        "Complaint - used Qashqai bought 2 September",
        "Mon, 05 Oct 2026 08:02:44 +0100",
        """Dear Sir or Madam,

The Nissan I bought from your Dewsbury branch has had the engine warning light on
three times. Your workshop keeps telling me it's a sensor. ((health:I'm registered
disabled with MS and rely on this car to get to my infusions at the hospital)),
so being without it is not just an inconvenience.

I want it inspected by an independent engineer or the car taken back under the
Consumer Rights Act. Order ref RM-U-59021.

<<Hilary Vasquez-Pratt>>
[[phone:+44 (0)7700 900 281]]
""",
        msg_id="qq-1005@example.net",
    )
    second = mail(
        ("<<Bogdan Ilie>>", "[[email:bogdan.ilie@ravensworthmotors.example.co.uk]]"),
        [("<<Hilary Vasquez-Pratt>>", "[[email:hilary.vp@example.net]]")],
        "Re: Complaint - used Qashqai bought 2 September",
        "Tue, 06 Oct 2026 15:40:12 +0100",
        """Dear Ms <<Vasquez-Pratt>>,

I'm sorry. I have arranged an independent inspection on 9 October and a courtesy car
with automatic gearbox and hand controls if you need them - please say.

> I'm registered disabled with MS

Kind regards,
<<Bogdan Ilie>>, Customer Relations Manager
""",
        msg_id="rm-cr-1006@ravensworthmotors.example.co.uk",
        reply_to="qq-1005@example.net",
    )
    third = mail(
        ("<<Hilary Vasquez-Pratt>>", "[[email:hilary.vp@example.net]]"),
        [("<<Bogdan Ilie>>", "[[email:bogdan.ilie@ravensworthmotors.example.co.uk]]")],
        "Re: Re: Complaint - used Qashqai bought 2 September",
        "Tue, 06 Oct 2026 18:22:09 +0100",
        """Thank you <<Bogdan>>, an automatic is fine. I'll bring it in Friday.

<<Hilary>>
""",
        msg_id="qq-1006@example.net",
        reply_to="rm-cr-1006@ravensworthmotors.example.co.uk",
    )
    return mbox(
        [
            ("hilary.vp@example.net", "Mon Oct  5 08:02:44 2026", first),
            ("bogdan.ilie@ravensworthmotors.example.co.uk", "Tue Oct  6 15:40:12 2026", second),
            ("hilary.vp@example.net", "Tue Oct  6 18:22:09 2026", third),
        ]
    )


@document("car-union-grievance.rtf")
def car_union_grievance():
    return rtf(
        "Formal grievance - commission clawback - <<Kerry-Ann Mbatha>>",
        "<<Francis Delahunty>>",
        [
            "# Ravensworth Motors - formal grievance hearing notes",
            "Employee: <<Kerry-Ann Mbatha>>, sales executive, Huddersfield. Date: 22 October 2026.",
            "Accompanied by: <<Francis Delahunty>>, ((tu:GMB workplace rep)); Ms <<Mbatha>> ((tu:is a GMB member)) and the branch supports the grievance.",
            "Grievance: commission clawed back on 7 finance deals cancelled inside 14 days; says the rule is applied to her and not to male colleagues.",
            "She added that ((health:she was signed off with work-related stress in August)) and the clawback letter arrived while she was off.",
            "Hearing manager: <<Graham Lockwood-Tennant>>. Outcome due within 10 working days.",
            "Payroll ref RM-E-2047; contact [[email:kerryann.mbatha@example.com]].",
        ],
        footnote="Notes agreed by <<Kerry-Ann>> and <<Francis>> on 23/10.",
    )


@document("car-deals.xlsx")
def car_deals():
    return xlsx(
        "Deals register - October",
        "<<Yasmin Ferreira-Doyle>>",
        "<<Bogdan Ilie>>",
        [
            (
                "Deals",
                [
                    ["Ravensworth Motors - finance deals register, October 2026"],
                    ["Deal", "Customer", "DOB", "Product", "Lender", "Advance", "Deposit card", "Payout date"],
                    ["RM-PCP-60418", "<<Callum Haworth-Binns>>", Date("1992-10-13", dob=True), "PCP", "Pennine Auto Finance", 19995.0, "[[card:4000056655665556]]", Date("2026-10-27")],
                    ["RM-HP-60433", "<<Roisin Dunleavy>>", Date("1984-11-28", dob=True), "HP", "Pennine Auto Finance", 12450.0, "[[card:5555-5555-5555-4444]]", Date("2026-10-30")],
                    ["RM-PCH-60440", "<<Lowri Tudur-Evans>>", Date("1999-01-31", dob=True), "Lease", "{{Leasys}}", 0.0, "[[card:2223 0031 2200 3222]]", Date("2026-10-31")],
                ],
            ),
            (
                "Direct debits",
                [
                    ["Deal", "Account name", "Sort code", "Account no"],
                    ["RM-PCP-60418", "MR <<C HAWORTH-BINNS>>", "[[=bank:207164:53318807]]20-71-64", 53318807],
                    ["RM-PCH-60440", "<<L TUDUR-EVANS>>", "[[=bank:309634:01776352]]30-96-34", "01776352"],
                ],
            ),
            (
                "Refunds",
                [["Deal", "Customer", "IBAN", "Amount"], ["RM-U-59021", "<<Hilary Vasquez-Pratt>>", "[[iban:DE89 3704 0044 0532 0130 00]]", 250.0]],
            ),
        ],
    )


# ------------------------------------------------ 7. organ donation and transplant coordination


@document("od-family-conversation.md")
def od_family_conversation():
    return m("""# Specialist Nurse Organ Donation - family approach record

**Potential donor:** <<Amarjit Singh Dhaliwal>>, 58 · **ICU:** {{Harrogate}} District, bed 6 · **NHS:** [[nhs:""" + nhs("999019588") + """]]
**Date of birth:** [[dob:12/06/1968]] · **Cause:** ((health:catastrophic intracerebral haemorrhage)), brainstem death confirmed 09:40

## Who was present
- <<Gurmeet Kaur Dhaliwal>> (wife), <<Manpreet>> and <<Rajvir>> (sons)
- SNOD <<Eleanor Whitmarsh-Obi>>; ICU consultant Dr <<Fenella Crowther>>

## What the family told us
- Mr <<Dhaliwal>> ((rel:was an Amritdhari Sikh)); ((rel:the family asked that his kara and kirpan stay with him
  in theatre)) and that his kesh is not cut.
- <<Gurmeet>> said ((rel:"seva - selfless giving - was his whole life"; the granthi from their gurdwara supports donation)).
- Registered on the Organ Donor Register in 2019 (ODR ref not recorded here).

## Outcome
Consent given for kidneys, liver and corneas; **not** heart. Family wish to be told which organs were used.
""")


@document("od-living-donor-workup.pdf")
def od_living_donor_workup():
    return pdf(
        "Living kidney donor work-up summary",
        "<<Eleanor Whitmarsh-Obi>>",
        [
            "# Living Donor Kidney Programme - work-up summary (directed donation)",
            "",
            "Donor: <<Abena Owusu-Mensah>>     DOB: [[dob:30 November 1985]]     NHS: [[nhs:" + spaced(nhs("999436205")) + "]]",
            "Recipient: <<Kojo Owusu-Mensah>> (brother)   DOB: [[dob:5 Nov 1987]]",
            "Donor tel: [[phone:07700 900 592]]   Coordinator: <<Eleanor Whitmarsh-Obi>>",
            "",
            "Blood group: ((health:donor O Rh+, recipient O Rh+)) - compatible",
            "Tissue typing: ((gen:donor HLA-A*02, A*30; B*42, B*53; DR*03, DR*13)) - 1-1-0 mismatch",
            "Crossmatch: ((health:flow crossmatch negative)) (sample 14/10/2026)",
            "Genetic screening: ((gen:APOL1 - one risk allele, G1/G0)), discussed with renal genetics",
            "Renal function: ((health:measured GFR 98 ml/min/1.73m2; split 51/49)); BP 128/80 ambulatory",
            "Other: ((health:BMI 29; borderline glucose tolerance - repeat OGTT)); no smoking",
            "",
            "Recipient: ((health:end-stage kidney disease from FSGS, on haemodialysis 3x weekly since 2024)).",
            "",
            "Independent Assessor (HTA) interview: booked 4 December. No evidence of reward or coercion.",
            "Next: CT angiogram; psychology review; surgical clinic with Mr <<Anand Rajagopal>>.",
        ],
    )


@document("od-waiting-list.xlsx")
def od_waiting_list():
    return xlsx(
        "Kidney transplant waiting list - local centre extract",
        "<<Chidi Nnamdi-Parr>>",
        "<<Chidi Nnamdi-Parr>>",
        [
            (
                "Active",
                [
                    ["Active kidney waiting list - extract for MDT, 02/11/2026"],
                    ["Recipient", "DOB", "NHS number", "Blood group", "Ethnicity", "cRF %", "Listed", "Dialysis", "Notes"],
                    ["<<Kojo Owusu-Mensah>>", Date("1987-11-05", dob=True), f"[[nhs:{nhs('999952741')}]]", "((health:O))", "((eth:Black African - Ghanaian))", 12, Date("2024-05-20"), "((health:HD - Tue/Thu/Sat))", "Living donor work-up (sister)"],
                    ["<<Saima Rauf>>", Date("1979-04-02", dob=True), f"[[nhs:{nhs('999177360')}]]", "((health:B))", "((eth:Asian - Pakistani))", 87, Date("2021-09-13"), "((health:PD overnight))", "((gen:Tissue type A2, A11; B44, B51; DR4, DR15)); ((health:highly sensitised))"],
                    ["<<Leonard Ackworth>>", Date("1961-12-19", dob=True), f"[[nhs:{nhs('999640893')}]]", "((health:A))", "((eth:White British))", 0, Date("2025-11-03"), "((health:Pre-emptive))", "((health:Suspended - infected foot ulcer))"],
                ],
            ),
            (
                "Why ethnicity",
                [["Note"], ["Ethnicity recorded because HLA types and blood groups cluster by ancestry; rarer types wait longer."]],
            ),
        ],
    )


@document("od-donor-risk.txt")
def od_donor_risk():
    return m(f"""DONOR RISK ASSESSMENT - BSEG behavioural history (from family and GP)
Donor ID (ODT): DN-480117      Referral time: 02:15, 17/10/2026

Donor: <<Craig Stainthorpe>>, DOB [[dob:22nd April 1981]], NHS [[nhs:{nhs('999190348')}]]
Informant: <<Tracey Stainthorpe>> (mother), [[phone:+44 7700 900 674]]

History given by mother:
 - ((health:Injected heroin 2003-2011)); ((health:on methadone programme until 2014)), no use since (mother believes)
 - ((crim:Served 3 years at HMP Doncaster, released 2012)) - shared cells; tattoos done inside
 - ((health:Hepatitis C treated and cleared 2018, SVR12)), per GP record
 - No known sex with men; no sex work

Virology: ((health:HCV antibody positive, HCV RNA negative)); HIV neg; HBsAg neg; anti-HBc neg.

Classification: increased risk of blood-borne virus transmission; offer organs with recipient consent.
SNOD: <<Eleanor Whitmarsh-Obi>>   Checked by on-call <<Hamish Drummond-Vaughan>>
""")


@document("od-coordinators-rota.tsv")
def od_coordinators_rota():
    return tsv_text(
        [
            ["Week", "Coordinator", "Mobile", "On-call pattern", "Theatre drug cabinet", "Notes"],
            ["02/11", "<<Eleanor Whitmarsh-Obi>>", "[[phone:07700 900 385]]", "Mon-Wed nights", "((bio:Fingerprint access enrolled))", "Annual leave Fri"],
            ["02/11", "<<Hamish Drummond-Vaughan>>", "[[phone:07700 900 386]]", "Thu-Sun nights", "((bio:Fingerprint access enrolled))", "((tu:RCN steward - release Thu am))"],
            ["09/11", "<<Chidi Nnamdi-Parr>>", "[[phone:07700 900 387]]", "Mon-Thu days", "Card + PIN (opted out)", "((health:Phased return after surgery - no nights))"],
            ["09/11", "<<Róisín Gallagher-Voss>>", "[[phone:07700 900 388]]", "Fri-Sun", "((bio:Fingerprint access enrolled))", "Covering {{Sheffield}}"],
        ]
    )


@document("od-thank-you-letter.odt")
def od_thank_you_letter():
    return odt(
        "Letter from a donor family",
        "<<Gurmeet Kaur Dhaliwal>>",
        "<<Eleanor Whitmarsh-Obi>>",
        [
            "# To the team who cared for my husband",
            "Dear <<Eleanor>> and everyone,",
            "Thank you for the dignity you gave <<Amarjit>>. You made sure ((rel:his kara stayed on his wrist and his turban was tied by our son before he went to theatre)). "
            "We read Sukhmani Sahib at home that evening and felt he was still doing seva.",
            "Your letter told us two people now have his kidneys and a man from Leeds has his liver. "
            "<<Rajvir>> has started training as a renal nurse because of you.",
            "With love and gratitude,",
            "<<Gurmeet Kaur Dhaliwal>>",
        ],
        note=("<<Eleanor Whitmarsh-Obi>>", "Shared with permission; kept on the donor family file DN-479902."),
    )


@document("od-referrals.jsonl")
def od_referrals():
    return jsonl_text(
        [
            {
                "referralId": "DN-480117",
                "referredAt": "2026-10-17T02:15:00",
                "donor": {"forename": "<<Craig>>", "surname": "<<Stainthorpe>>", "dob": "[[dob:1981-04-22]]", "ethnicity": "((eth:White British))"},
                "pathway": "DBD",
                "nextOfKin": {"name": "<<Tracey Stainthorpe>>", "relationship": "mother"},
                "snod": "<<Eleanor Whitmarsh-Obi>>",
                "outcome": "proceeded - kidneys, liver",
            },
            {
                "referralId": "DN-480152",
                "referredAt": "2026-10-24T19:40:00",
                "donor": {"forename": "<<Marcus>>", "surname": "<<Thornycroft-Bain>>", "dob": "[[dob:1974-02-09]]", "ethnicity": "((eth:Mixed - White and Black Caribbean))"},
                "pathway": "DCD",
                "nextOfKin": {"name": "<<Alistair Pemberton>>", "relationship": "((sex:husband))"},
                "familyNotes": "((pol:Was a Green Party councillor)) and spoke for opt-out; ((health:died after a cardiac arrest, hypoxic brain injury))",
                "snod": "<<Hamish Drummond-Vaughan>>",
                "outcome": "proceeded - kidneys, lungs",
                "loggedFrom": "[[ip:2001:db8:a0::5]]",
            },
            {
                "referralId": "DN-480160",
                "referredAt": "2026-10-29T08:05:00",
                "donor": {"forename": "<<Wanjiru>>", "surname": "<<Kamau>>", "dob": "[[dob:1996-07-03]]", "ethnicity": "Not stated"},
                "pathway": "DBD",
                "nextOfKin": {"name": "<<Njeri Kamau>>", "relationship": "sister"},
                "familyNotes": "((rel:Family are Seventh-day Adventists; asked for their pastor to pray at the bedside))",
                "snod": "<<Chidi Nnamdi-Parr>>",
                "outcome": "family declined",
            },
        ]
    )


@document("od-coordinator-mail.eml")
def od_coordinator_mail():
    return mail(
        ("<<Hamish Drummond-Vaughan>>", "[[email:hamish.drummond-vaughan@odt-north.example.nhs.uk]]"),
        [("<<Róisín Gallagher-Voss>>", "[[email:roisin.gallagher-voss@odt-north.example.nhs.uk]]")],
        "Handover - DN-480152 and recipient call for Ms <<Rauf>>",
        "Sun, 25 Oct 2026 07:58:31 +0000",
        """Morning <<Róisín>>,

Handover from nights:

1. DN-480152 (<<Marcus Thornycroft-Bain>>): retrieval finished 05:10. <<Alistair>> asked for a call
   after 10am; he wants to know about the lungs. He and <<Marcus>> ((sex:were partners for 22 years, married in 2015)).
2. Kidney offer for <<Saima Rauf>> - ((gen:zero HLA mismatch, crossmatch negative)). She's ((health:on PD))
   and is on her way in; ((rel:she asked for a female surgeon if possible and a prayer mat on the ward)).
3. ((tu:I'm at the RCN branch meeting Tuesday)) - <<Chidi>> covers.

<<Hamish>>
SNOD on call | [[phone:07700 900 386]]
""",
        html="""<p>Morning <<Róisín>>,</p><p>Handover from nights - see text version.</p><p><<Hamish>></p>""",
        encode_subject=True,
        msg_id="odt-handover-1025@odt-north.example.nhs.uk",
        boundary="h25-od",
    )


# ------------------------------------------------ 8. riding for the disabled group


@document("rda-rider-forms.docx")
def rda_rider_forms():
    return docx(
        "Rider medical and consent form - <<Maisie Turnbull-Hogg>>",
        "<<Philippa Garside>>",
        "<<Philippa Garside>>",
        [
            "# Rider registration - medical information (confidential)",
            [
                ["Rider", "<<Maisie Turnbull-Hogg>>"],
                ["Date of birth", "[[dob:09/02/2015]]"],
                ["Parent/carer", "<<Leanne Turnbull>>, [[phone:07700 900 765]]"],
                ["GP", "Dr <<Emeka Nwosu>>, {{Meltham}} Surgery"],
                ["Condition(s)", "((health:Epilepsy - focal seizures, last one June 2026)); ((health:autism, non-verbal, uses Makaton))"],
                ["Medication", "((health:Sodium valproate; buccal midazolam carried by mum))"],
                ["Weight", "((health:31 kg - within pony limit; weight gain on valproate being watched))"],
                ["Triggers / calming", "((health:Loud tannoy and hand dryers; calms with the ear defenders))"],
            ],
            "Consent: I agree to <<Maisie>> riding and to first aid being given. Signed <<L. Turnbull>>, 01/09/2026.",
            "Doctor's declaration: ((health:no contraindication to riding if seizure-free 3 months)).",
        ],
        header="Hollin Hall RDA Group - rider file",
        footer="Group secretary [[email:secretary@hollinhallrda.example.org.uk]] · [[phone:01632 960 662]]",
        footnote="RDA UK medical guidance: riders with atlanto-axial instability need a coach's risk assessment.",
        comment=("<<Philippa Garside>>", "Consent", "Check the helmet size before <<Maisie>>'s first session."),
        textbox="Emergency plan: midazolam in the tack room first aid box",
    )


@document("rda-physio-notes.rtf")
def rda_physio_notes():
    return rtf(
        "Hippotherapy notes - autumn block",
        "<<Anwen Tregaskis>>",
        [
            "# Hollin Hall RDA - physiotherapist's notes (hippotherapy)",
            "<<Oliver Akintola>> (b. [[dob:14/07/2012]]): ((health:Down syndrome; low tone and hypermobile hips)). Sitting balance better on walk-halt transitions; off lead rein from week 6.",
            "<<Ffion Prydderch>> (b. [[dob:27/01/2009]]): ((health:spastic diplegia; post-SDR surgery 2024)). Stretch adductors before mounting; uses the ramp and a {{Stübben}} saddle.",
            "<<Jack Haigh>>, adult rider: ((health:stroke 2023, left hemiparesis)); weight 94 kg - ((health:over the 89 kg limit for our cob)), rides the Shire.",
            "<<Bethany>>: ((health:anxiety high this week)), did ground work only.",
            "Signed <<A. Tregaskis>>, MCSP, HCPC PH118204",
        ],
        footnote="Atlanto-axial X-ray for <<Oliver>> is not required under current RDA guidance; parents informed.",
    )


@document("rda-volunteer-dbs.ods")
def rda_volunteer_dbs():
    return ods(
        "Volunteer DBS and ID checks",
        "<<Philippa Garside>>",
        "<<Trevor Lumley>>",
        [
            (
                "Volunteers",
                [
                    ["Volunteer", "DOB", "ID seen", "DBS issued", "DBS result", "Role", "Notes"],
                    ["<<Margaret Lockyer>>", Date("1953-10-22", dob=True), "Passport [[pp:804417391]]", Date("2026-03-02"), "Clear", "Side-walker", ""],
                    ["<<Sunil Varadkar>>", Date("1990-06-15", dob=True), "Driving licence", Date("2026-05-19"), "Clear", "Leader", ""],
                    ["<<Denise Holgate>>", Date("1966-01-05", dob=True), "Passport [[pp:227650918]]", Date("2026-08-11"), "((crim:Conviction shown - theft 1987, spent))", "Yard only", "((crim:Risk assessed - no access to cash box))"],
                    ["<<Callum Reekie>>", Date("2006-09-29", dob=True), "Passport [[pp:639021475]]", None, "Pending", "Not yet with riders", ""],
                ],
            ),
            ("Training", [["Course", "Date"], ["Safeguarding level 1", Date("2026-09-12")], ["Epilepsy awareness", Date("2026-10-03")]]),
        ],
        note=(0, 3, 4, "<<Trevor Lumley>>", "<<Denise>> told us herself - trustees agreed at the September meeting."),
    )


@document("rda-giftaid.csv")
def rda_giftaid():
    return csv_text(
        [
            ["Title", "First name", "Last name", "House", "Postcode", "Date", "Amount", "Method", "Notes"],
            ["Mrs", "<<Joan>>", "<<Ellerby>>", "4", "[[pc:HD97 2LE]]", "03/10/2026", "25.00", "Card [[card:4242 4242 4242 4242]]", "In memory of her husband"],
            ["Mr", "<<Rupert>>", "<<Calverley-Smythe>>", "The Old Rectory", "[[pc:HD97 5QN]]", "10/10/2026", "500.00", "Cheque", "((pol:Chair of Colne Valley Conservative Association)) - asked for a photo with the trustees"],
            ["Ms", "<<Orla>>", "<<Mac Giolla Phádraig>>", "12", "[[pc:HD98 1TR]]", "17/10/2026", "40.00", "Transfer [[iban:IE29 AIBK 9311 5212 3456 78]]", "Lives in Kilkenny - not UK taxpayer, no Gift Aid"],
            ["Dr", "<<Nikhil>>", "<<Srinivasan>>", "31", "[[pc:HD98 4AX]]", "24/10/2026", "100.00", "Card [[card:3782 822463 10005]]", ""],
        ]
    )


@document("rda-parent-mail.mbox")
def rda_parent_mail():
    first = mail(
        ("<<Keziah Lowther-Amadi>>", "[[email:keziah.la@example.com]]"),
        [("Hollin Hall RDA", "[[email:secretary@hollinhallrda.example.org.uk]]")],
        "Tobias - Saturday sessions",
        "Sat, 17 Oct 2026 20:14:55 +0100",
        """Hi <<Philippa>>,

<<Tobias>> loved his first session. Two things:

1. ((rel:We're Seventh-day Adventists and keep the Sabbath)), so could he move from the
   Saturday group to Wednesday after school?
2. ((health:His autism assessment finally came back - autism with a pathological demand
   avoidance profile)). Giving him two choices works far better than instructions.

((sex:His other mum - my wife)) <<Danielle>> - and I will both be at Wednesday sessions - please add her as a
contact: [[phone:07700 900 802]].

Thanks,
<<Keziah>>
""",
        msg_id="tobias-1@example.com",
    )
    second = mail(
        ("<<Philippa Garside>>", "[[email:secretary@hollinhallrda.example.org.uk]]"),
        [("<<Keziah Lowther-Amadi>>", "[[email:keziah.la@example.com]]")],
        "Re: Tobias - Saturday sessions",
        "Sun, 18 Oct 2026 09:05:12 +0100",
        """Dear <<Keziah>>,

Wednesday 4.30pm with coach <<Bryony>> is fine - I've added <<Danielle>> to his file.
We'll brief the side-walkers on choices rather than instructions.

> could he move from the Saturday group to Wednesday

<<Philippa>>
Group Secretary, Hollin Hall RDA
""",
        msg_id="hhrda-1018@hollinhallrda.example.org.uk",
        reply_to="tobias-1@example.com",
    )
    third = mail(
        ("<<Danielle Lowther-Amadi>>", "[[email:danielle.la@example.com]]"),
        [("<<Philippa Garside>>", "[[email:secretary@hollinhallrda.example.org.uk]]")],
        "Re: Re: Tobias - Saturday sessions",
        "Sun, 18 Oct 2026 12:40:02 +0100",
        """Thank you! <<Tobias>>'s date of birth for the form is [[dob:1st February 2018]].

<<Danielle>>
""",
        msg_id="tobias-2@example.com",
        reply_to="hhrda-1018@hollinhallrda.example.org.uk",
    )
    return mbox(
        [
            ("keziah.la@example.com", "Sat Oct 17 20:14:55 2026", first),
            ("secretary@hollinhallrda.example.org.uk", "Sun Oct 18 09:05:12 2026", second),
            ("danielle.la@example.com", "Sun Oct 18 12:40:02 2026", third),
        ]
    )


@document("rda-session-register.md")
def rda_session_register():
    return m("""# Session register - Wednesday 21 October 2026, indoor school

| Rider | Horse | Leader | Side-walkers | Notes |
|---|---|---|---|---|
| <<Tobias Lowther-Amadi>> | {{Barnaby}} | <<Sunil Varadkar>> | <<Margaret Lockyer>> | ((health:PDA - offer choices)); first Wednesday |
| <<Maisie Turnbull-Hogg>> | {{Dolly}} | <<Sunil Varadkar>> | <<Callum Reekie>>, <<Margaret Lockyer>> | ((health:seizure plan in tack room)) |
| <<Shay Lee>> | {{Captain}} | <<Bryony Aspinall>> | - | ((eth:Romany Gypsy family)), travels in summer - rides Oct-Mar |
| <<Oliver Akintola>> | {{Dolly}} | <<Bryony Aspinall>> | <<Margaret Lockyer>> | ((health:low tone)) - walk/halt work |

**Absent:** <<Jack Haigh>> - ((health:hospital appointment, second stroke suspected)).

**Coach:** <<Bryony Aspinall>> (RDA Coach, UKCC L2). Horses' notes: {{Barnaby}} slightly footsore - farrier Friday.
""")


@document("rda-coach-trip.html")
def rda_coach_trip():
    return m("""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>RDA National Championships - coach booking</title></head>
<body>
<h1>Coach to the RDA National Championships, {{Hartpury}}</h1>
<p>Departs {{Hollin Hall}} yard 05:30, Friday 10 July 2026. Wheelchair-accessible coach with lift.</p>
<table>
<tr><th>Passenger</th><th>DOB</th><th>Needs on the coach</th><th>Paid</th></tr>
<tr><td><<Ffion Prydderch>></td><td>[[dob:27/01/2009]]</td><td>((health:Wheelchair space - powered chair, 140 kg))</td><td>Card ending 4444</td></tr>
<tr><td><<Sandra Prydderch>> (mum)</td><td>-</td><td>-</td><td>[[card:5555 5555 5555 4444]]</td></tr>
<tr><td><<Oliver Akintola>></td><td>[[dob:14/07/2012]]</td><td>((health:Travel sickness; epilepsy rescue med not needed))</td><td>Bursary</td></tr>
<tr><td><<Jack Haigh>></td><td>[[dob:03.12.1958]]</td><td>((health:Needs aisle seat, left side weak))</td><td>[[card:4111-1111-1111-1111]]</td></tr>
</table>
<p>Trip lead: <<Trevor Lumley>>, [[phone:+44 161 496 0452]], <a href="mailto:trips@hollinhallrda.example.org.uk">[[email:trips@hollinhallrda.example.org.uk]]</a></p>
</body></html>
""")


@document("rda-riders.json")
def rda_riders():
    return json_text(
        {
            "group": "Hollin Hall RDA",
            "exportedAt": "2026-10-30T18:00:00",
            "exportedFrom": "[[ip:203.0.113.9]]",
            "riders": [
                {"name": "<<Maisie Turnbull-Hogg>>", "dob": "[[dob:2015-02-09]]", "conditions": ["((health:epilepsy))", "((health:autism))"], "weightKg": 31, "weightLimitOk": True, "parent": "<<Leanne Turnbull>>"},
                {"name": "<<Jack Haigh>>", "dob": "[[dob:1958-12-03]]", "conditions": ["((health:stroke - left hemiparesis))"], "weightKg": 94, "weightLimitOk": False, "parent": None},
                {"name": "<<Shay Lee>>", "dob": "[[dob:2013-05-18]]", "conditions": ["((health:cerebral palsy - right hemiplegia))"], "weightKg": 38, "weightLimitOk": True, "parent": "<<Patience Lee>>", "ethnicity": "((eth:Gypsy or Irish Traveller))"},
            ],
        }
    )


# ------------------------------------------------ policy and training texts (no one named)


@document("policy-sleep-dvla.pdf")
def policy_sleep_dvla():
    return pdf(
        "Sleep service policy - driving and sleep disorders",
        "Wharfedale Sleep Service",
        [
            "# Policy: advising patients about driving",
            "",
            "1. Every patient with suspected obstructive sleep apnoea, narcolepsy or another cause of",
            "   excessive sleepiness is asked at the first appointment whether they drive, and what for.",
            "2. Group 2 licence holders (lorries, buses) and people who drive for work are triaged",
            "   as urgent.",
            "3. Clinicians explain the DVLA rules in plain words: a person who is excessively sleepy must",
            "   not drive, and some diagnoses must be reported by the licence holder, not by us.",
            "4. Advice given is written in the clinic letter, copied to the patient.",
            "5. If a patient keeps driving against advice, the consultant may tell DVLA after warning the",
            "   patient, following the GMC's guidance on confidentiality and public protection.",
            "6. Shift workers may ask us for a letter to their employer; we write only with consent and",
            "   say what adjustments help, not more of the diagnosis than is needed.",
            "",
            "Review: annually by the service's clinical governance group.",
        ],
    )


@document("policy-dfg-privacy.html")
def policy_dfg_privacy():
    return m("""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Home adaptations - how we use your information</title></head>
<body>
<h1>Home adaptations and Disabled Facilities Grants: privacy notice</h1>
<p>To decide a grant we need information about your health and your household's income.
Health information is special category data; we use it because it is needed for our
duties under the Housing Grants, Construction and Regeneration Act 1996.</p>
<ul>
<li>Occupational therapists record the conditions and daily difficulties that the works must meet.</li>
<li>The test of resources uses benefits, earnings, savings and bank statements.</li>
<li>We may ask about anyone who will sign a loan or a charge on the home, including unspent criminal
records only where a lender's terms require it.</li>
<li>Contractors receive your address and the access notes you agree to - never your diagnosis.</li>
</ul>
<p>We keep grant files for 15 years after the works finish, because a charge on the property may last that long.</p>
</body></html>
""")


@document("training-admissions-convictions.docx")
def training_admissions_convictions():
    return docx(
        "Training: criminal conviction declarations",
        "Admissions Compliance",
        "Admissions Compliance",
        [
            "# Handling criminal conviction declarations - staff briefing",
            "Only applicants to regulated courses (nursing, midwifery, social work, teaching, paramedic science) "
            "are asked to declare convictions, and spent convictions are declared only where the Exceptions Order applies.",
            [
                ["Do", "Don't"],
                ["Store declarations in the restricted panel folder", "Forward them to the academic selector"],
                ["Ask for context in the applicant's own words", "Assume a caution means unsuitability"],
                ["Record the panel's reasons", "Keep declarations after enrolment closes"],
            ],
            "Disability disclosures are separate: they go to disability advisers to plan support, never to the panel.",
        ],
        header="Admissions - internal training",
        footer="Version 3, September 2026",
        footnote="Rehabilitation of Offenders Act 1974 (Exceptions) Order 1975, as amended.",
        comment=("Admissions Compliance", "Record the panel's reasons", "Template in the panel folder."),
        textbox="Questions go to the admissions compliance mailbox.",
    )


@document("policy-repairs-vulnerability.txt")
def policy_repairs_vulnerability():
    return m("""CALDER VALLEY PROPERTY CARE - VULNERABILITY FLAGS ON JOB TICKETS (POLICY RP-14)

Purpose: operatives need to know enough to work safely and kindly, and no more.

- Flags are short and practical: OXYGEN IN USE, HOARDING, MEMORY LOSS - CALL CONTACT, NO LONE MALE OPERATIVE.
- A flag never carries a diagnosis unless the operative's safety depends on it.
- "No lone male operative" is set at the landlord's request; operatives are not told why.
- Flags are reviewed every 12 months with the landlord and removed when no longer needed.
- Operatives' own vetting records (DBS, licence checks) are held by HR, not on the job system.
- Biometric clock-in is optional; anyone may use a fob instead.
""")


@document("training-link-worker-conversations.md")
def training_link_worker_conversations():
    return m("""# Training: the "what matters to me" conversation

Social prescribing starts from what the person cares about, not from a diagnosis.

1. **Open questions.** "What would make the biggest difference to you right now?"
2. **Let people name things in their own words.** Some will talk about grief, debt, faith,
   sexuality or their health; record only what they want recorded and what the plan needs.
3. **Faith and culture.** Offer groups run by places of worship only when the person asks for them.
4. **Outcome measures.** ONS4 and WEMWBS are completed by the person, at the start and at 12 weeks.
5. **Safeguarding.** If someone discloses harm or a risk to life, follow the PCN safeguarding policy the same day.

> Link workers are not counsellors: signpost to talking therapies when low mood goes beyond what a group can help with.
""")


@document("policy-dealer-vulnerable-customers.odt")
def policy_dealer_vulnerable_customers():
    return odt(
        "Policy - customers in vulnerable circumstances",
        "Compliance Team",
        "Compliance Team",
        [
            "# Customers in vulnerable circumstances",
            "Under the FCA's Consumer Duty and its guidance FG21/1, we look for four drivers of vulnerability: health, life events, resilience and capability.",
            "Sales staff record what they observe and what the customer tells them, with the customer's consent, on the vulnerable customer form.",
            "A finance proposal is paused when a customer appears not to understand the agreement; we offer a second appointment with someone they trust.",
            "Health information is kept on the form only, not in the sales notes or the lender's proposal.",
            "Adverse credit (CCJs, bankruptcy, defaults) is a lending matter and is never itself a vulnerability marker.",
        ],
    )


@document("training-organ-donation-faith.pdf")
def training_organ_donation_faith():
    return pdf(
        "Training - faith and belief in the family approach",
        "Organ Donation Education Team",
        [
            "# Training: faith, belief and culture in the family approach",
            "",
            "- Most major faiths in the UK support organ donation; families may still want to speak to a",
            "  faith leader first. Offer this early and arrange it without delay.",
            "- Ask the family what matters for the person's care after death: washing, clothing, religious",
            "  items, prayers at the bedside, timing of burial. Record wishes and share them with theatre.",
            "- Never assume a family's faith from a name or appearance; ask.",
            "- The NHS Organ Donor Register has an optional faith and beliefs declaration.",
            "- Ethnicity is recorded on referrals because matching for blood group and tissue type is",
            "  more likely between people of similar ancestry.",
            "",
            "Scenario practice: two role plays per session, debriefed by a senior SNOD.",
        ],
    )


@document("policy-rda-retention.jsonl")
def policy_rda_retention():
    return jsonl_text(
        [
            {"record": "Rider medical and consent forms", "keep": "3 years after the rider leaves", "basis": "insurance and safeguarding", "special": "health"},
            {"record": "Physiotherapist's notes", "keep": "8 years (adults); to age 25 for children", "basis": "CSP record keeping standards", "special": "health"},
            {"record": "Volunteer DBS decisions", "keep": "6 months after the decision; certificate never copied", "basis": "DBS code of practice", "special": "criminal offence"},
            {"record": "Gift Aid declarations", "keep": "6 years after the last donation", "basis": "HMRC", "special": None},
            {"record": "Session registers", "keep": "3 years", "basis": "insurance", "special": None},
        ]
    )


if __name__ == "__main__":
    main()
