#!/usr/bin/env python3
"""Eleventh held-out evaluation set for dpscan (blind): writes docs/ and labels.jsonl.

Eight kinds of organisation no earlier set covers: a deaf services and BSL
charity, a court and tribunal interpreter agency, an immigration and asylum
advice service, a blood, stem cell and organ donation service, an ambulance
service's patient records and complaints, a sixth-form college's admissions
and bursaries, a social landlord's anti-social behaviour team, and a
university research ethics committee's participant files; plus policy,
privacy-notice and training prose (`policy-*`, `training-*`) that names no one.

Documents are written with markup so the labels are the spans that write the
text:

- `<<Name>>`: a person's name as written (titles stay outside the markup);
- `[[kind:written]]` or `[[kind:written=>normalised]]`: an identifier, its
  label normalised as the contract says; `[[=kind:normalised]]` labels a value
  spread over cells (a sort code and an account number) and writes nothing;
- `((category:words))`: words revealing a special category about a named
  person (the document gets the category);
- `{{words}}`: a recorded distractor, allowed to hold a name part.

Judgement calls (heldout10's, plus): a deaf person's hearing loss, tinnitus
or cochlear implant is health, BSL as a first language is nothing; a
connexin 26 (GJB2) result, an HLA tissue type, a DNA relationship test for
family reunion and a sequenced variant are genetic; an asylum claim's ground
is the category it names (a party's opposition activist: political opinion,
an Ahmadi or a convert: religious belief, a Hazara: racial or ethnic origin,
a gay man: sex life or orientation); a biometric residence permit, a UKVCAS
appointment or a passport photo is nothing, palm-vein, fingerprint, face or
voiceprint enrolment or matching is biometric; a donor deferral for a new
sexual partner or for sex between men is sex life; a blood donor's
ethnicity asked for rare blood matching is racial or ethnic origin; an
arrest, charge, caution, conviction or injunction for a criminal act is
criminal offence (a civil ASB injunction without an offence is not); a
faith-school place decided on a baptism or a priest's reference is
religious belief; a UCU, UNISON, GMB or NUBSLI member or rep is trade union;
free school meals, a bursary, a nationality, an interpreter's language and
an organisation's name are nothing. Made explicit after the first
measurement (applied while writing): "Deaf" as a community word (a Deaf lunch
club, a Deaf LGBT+ group) is nothing, and a DNA test that is only a case's
next step, with no result, is nothing.

Seed 1111 (every value is written by hand, so nothing is drawn from it);
zip timestamps and MIME boundaries are fixed, so the output is byte-identical
on every run and under any PYTHONHASHSEED.
"""

import base64
import csv
import io
import ipaddress
import json
import quopri
import random
import re
import shutil
import sys
import zipfile
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

random.seed(1111)
HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

CATEGORY = {
    "race": "racial_ethnic_origin",
    "pol": "political_opinion",
    "rel": "religious_belief",
    "tu": "trade_union",
    "gen": "genetic",
    "bio": "biometric",
    "health": "health",
    "sex": "sex_life_orientation",
    "crime": "criminal_offence",
}
ORDER = list(CATEGORY.values())
KIND = {
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
    "dl": "uk_driving_licence",
    "ip": "ip_address",
}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "cllr", "father", "rev", "pc", "dc", "sgt", "judge", "imam", "rabbi"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]


def normalise(kind, written):
    s = written.strip()
    if kind == "email":
        return s.lower()
    if kind == "phone":
        s = s.replace("(0)", "")
        digits = re.sub(r"\D", "", s)
        if s.startswith("+"):
            return "+" + digits
        if s.startswith("00"):
            return "+" + digits[2:]
        assert digits.startswith("0"), written
        return "+44" + digits[1:]
    if kind == "pc":
        c = re.sub(r"\s", "", s).upper()
        return c[:-3] + " " + c[-3:]
    if kind in ("nino", "iban", "dl"):
        return re.sub(r"[\s-]", "", s).upper()
    if kind in ("nhs", "card", "passport"):
        return re.sub(r"\D", "", s)
    if kind == "ip":
        return ipaddress.ip_address(s).compressed
    if kind == "dob":
        for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y"):
            try:
                return datetime.strptime(s, fmt).strftime("%Y-%m-%d")
            except ValueError:
                pass
        m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+),? (\d{4})", s)
        if m and m.group(2).lower() in MONTHS:
            return f"{m.group(3)}-{MONTHS.index(m.group(2).lower()) + 1:02d}-{int(m.group(1)):02d}"
        raise ValueError(f"date of birth {written!r} needs =>")
    raise ValueError(f"{kind} {written!r} needs =>")


MARK = re.compile(r"<<(.+?)>>|\[\[(=?)(\w+):(.+?)\]\]|\(\((\w+):(.+?)\)\)|\{\{(.+?)\}\}", re.S)


class Doc:
    def __init__(self, name):
        self.name = name
        self.names = []
        self.categories = set()
        self.ids = []
        self.texts = []  # (plain text, [(start, end, what)])

    def m(self, s):
        """The plain text of marked-up `s`, its labels recorded."""
        out, spans, pos = [], [], 0
        for mt in MARK.finditer(s):
            out.append(s[pos:mt.start()])
            start = sum(map(len, out))
            name, spread, kind, idv, cat, words, trap = mt.groups()
            if name is not None:
                text = name
                label = re.sub(r"\s+", " ", name)
                if label not in self.names:
                    self.names.append(label)
                spans.append((start, start + len(text), "name"))
            elif kind is not None:
                if "=>" in idv:
                    text, value = idv.split("=>")
                elif spread:
                    text, value = "", idv
                else:
                    text, value = idv, normalise(kind, idv)
                pair = [KIND[kind], value]
                if pair not in self.ids:
                    self.ids.append(pair)
                spans.append((start, start + len(text), "id"))
            elif cat is not None:
                text = words
                self.categories.add(CATEGORY[cat])
            else:
                text = trap
                spans.append((start, start + len(text), "trap"))
            out.append(text)
            pos = mt.end()
        out.append(s[pos:])
        plain = "".join(out)
        self.texts.append((plain, spans))
        return plain

    def label(self):
        return {"doc": self.name, "names": self.names,
                "categories": [c for c in ORDER if c in self.categories], "ids": self.ids}

    def problems(self):
        found = []
        negative = self.name.startswith(("policy", "training"))
        if negative and (self.names or self.categories):
            found.append("a policy or training text names someone or has a category")
        for n in self.names:
            if n.split()[0].lower().rstrip(".") in TITLES:
                found.append(f"name label {n!r} starts with a title")
        parts = {p for n in self.names for p in re.findall(r"[^\W\d_][\w'’-]+", n) if len(p) > 1}
        have = {tuple(p) for p in self.ids}
        checks = [
            ("email", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
            ("nino", re.compile(r"\bQQ ?\d\d ?\d\d ?\d\d ?[A-D]\b")),
            ("ip", re.compile(r"\b(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}\b|\b2001:db8:[0-9a-f:]*", re.I)),
            ("pc", re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")),
            ("phone", re.compile(r"(?:\+44 ?(?:\(0\) ?)?|\b0)(?:7700 ?900 ?\d{3}|\d{2,4} ?(?:496|4960|7946|498|960|9496) ?\d{3,4})\b")),
        ]
        for plain, spans in self.texts:
            if re.search(r"<<|>>|\[\[|\]\]|\(\(|\)\)|\{\{|\}\}", plain):
                found.append(f"markup left in {plain[:60]!r}")
            covered = [(a, b) for a, b, _ in spans]
            covered += [(mt.start(), mt.end()) for mt in checks[0][1].finditer(plain)]
            for part in parts:
                for form in {part, part.upper()}:
                    for mt in re.finditer(rf"(?<![\w]){re.escape(form)}(?![\w])", plain):
                        if not any(a <= mt.start() and mt.end() <= b for a, b in covered):
                            found.append(f"unlabelled name part {form!r} in {plain[max(0, mt.start() - 30):mt.end() + 30]!r}")
            for kind, rx in checks:
                for mt in rx.finditer(plain):
                    if (KIND[kind], normalise(kind, mt.group())) not in have:
                        found.append(f"unlabelled {kind} {mt.group()!r}")
        return found


# ---------------------------------------------------------------- formats

STAMP = (2026, 11, 20, 9, 30, 0)


def zipped(members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    return buf.getvalue()


def text(D, s):
    return D.m(s).encode()


def delimited(D, rows, delimiter=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n" if delimiter == "," else "\n")
    for row in rows:
        w.writerow([D.m(str(c)) for c in row])
    return buf.getvalue().encode()


def as_json(D, obj, lines=False):
    def walk(o):
        if isinstance(o, str):
            return D.m(o)
        if isinstance(o, list):
            return [walk(x) for x in o]
        if isinstance(o, dict):
            return {k: walk(v) for k, v in o.items()}
        return o
    if lines:
        return "".join(json.dumps(walk(o), ensure_ascii=False) + "\n" for o in obj).encode()
    return (json.dumps(walk(obj), ensure_ascii=False, indent=2) + "\n").encode()


def html(D, title, body):
    return (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{escape(D.m(title))}</title></head>\n"
            f"<body>\n{D.m(body)}\n</body></html>\n").encode()


def header_value(s):
    if all(ord(c) < 128 for c in s):
        return s
    m = re.match(r'"?(.*?)"? <(.+)>$', s)
    if m:
        return "=?utf-8?b?" + base64.b64encode(m.group(1).encode()).decode() + "?= <" + m.group(2) + ">"
    return "=?utf-8?b?" + base64.b64encode(s.encode()).decode() + "?="


def message(D, headers, body, html_body=None, attachments=(), n=1):
    """A mail message: headers [(name, value)], a quoted-printable text part,
    an optional HTML alternative and base64 attachments [(filename, type, bytes)]."""
    lines = []
    for k, v in headers:
        lines.append(f"{k}: {header_value(D.m(v)) if k in ('From', 'To', 'Cc', 'Subject', 'Reply-To') else v}")
    lines.append("MIME-Version: 1.0")
    plain = quopri.encodestring(D.m(body).replace("\n", "\r\n").encode()).decode()
    text_part = f"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n{plain}\r\n"
    alt = text_part
    if html_body is not None:
        hq = quopri.encodestring(D.m(html_body).encode()).decode()
        b = f"=_alt_{D.name[:12]}_{n}"
        alt = (f"Content-Type: multipart/alternative; boundary=\"{b}\"\r\n\r\n--{b}\r\n{text_part}--{b}\r\n"
               f"Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n{hq}\r\n--{b}--\r\n")
    if attachments:
        b = f"=_mixed_{D.name[:12]}_{n}"
        parts = [f"Content-Type: multipart/mixed; boundary=\"{b}\"\r\n\r\nThis is a multi-part message in MIME format.\r\n--{b}\r\n{alt}"]
        for fname, ctype, data in attachments:
            enc = base64.encodebytes(data).decode().replace("\n", "\r\n")
            parts.append(f"--{b}\r\nContent-Type: {ctype}; name=\"{fname}\"\r\nContent-Disposition: attachment; filename=\"{fname}\"\r\n"
                         f"Content-Transfer-Encoding: base64\r\n\r\n{enc}")
        parts.append(f"--{b}--\r\n")
        body_text = "".join(parts)
    else:
        body_text = alt
    return ("\r\n".join(lines) + "\r\n" + body_text).encode()


def mbox(messages):
    out = []
    for sender, date, raw in messages:
        body = re.sub(rb"(?m)^(>*From )", rb">\1", raw.replace(b"\r\n", b"\n"))
        out.append(f"From {sender} {date}\n".encode() + body + b"\n")
    return b"".join(out)


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:v="urn:schemas-microsoft-com:vml"'


def wrun(t):
    return f'<w:r><w:t xml:space="preserve">{escape(t)}</w:t></w:r>'


def wpara(t, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'


def docx(D, blocks, header=None, footer=None, comments=(), creator="Records Office"):
    """Word: blocks are ("p", text), ("h", text), ("table", rows), ("box", text);
    comments [(author, text)] anchored on the first paragraph."""
    body = []
    first = True
    for kind, content in blocks:
        if kind in ("p", "h"):
            t = D.m(content)
            if first and comments:
                starts = "".join(f'<w:commentRangeStart w:id="{i}"/>' for i in range(len(comments)))
                ends = "".join(f'<w:commentRangeEnd w:id="{i}"/><w:r><w:commentReference w:id="{i}"/></w:r>' for i in range(len(comments)))
                body.append(f"<w:p>{starts}{wrun(t)}{ends}</w:p>")
                first = False
            else:
                body.append(wpara(t, kind == "h"))
        elif kind == "table":
            rows = "".join("<w:tr>" + "".join(f"<w:tc><w:p>{wrun(D.m(str(c)))}</w:p></w:tc>" for c in row) + "</w:tr>" for row in content)
            body.append(f"<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>{rows}</w:tbl>")
        elif kind == "box":
            paras = "".join(wpara(line) for line in D.m(content).split("\n"))
            body.append(f'<w:p><w:r><w:pict><v:shape id="box1" style="width:300pt;height:80pt"><v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    rels = ['<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    sect = ""
    members = []
    overrides = []
    if header is not None:
        rels.append('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        members.append(("word/header1.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W}>{"".join(wpara(x) for x in D.m(header).split(chr(10)))}</w:hdr>'))
        overrides.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        sect += '<w:headerReference w:type="default" r:id="rId2"/>'
    if footer is not None:
        rels.append('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        members.append(("word/footer1.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W}>{"".join(wpara(x) for x in D.m(footer).split(chr(10)))}</w:ftr>'))
        overrides.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        sect += '<w:footerReference w:type="default" r:id="rId3"/>'
    if comments:
        rels.append('<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        cs = "".join(f'<w:comment w:id="{i}" w:author="{escape(D.m(a))}" w:date="2026-11-18T10:00:00Z" w:initials="RO">{wpara(D.m(t))}</w:comment>' for i, (a, t) in enumerate(comments))
        members.append(("word/comments.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {W}>{cs}</w:comments>'))
        overrides.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}'
                f'<w:sectPr>{sect}<w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          + "".join(overrides) + "</Types>")
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:creator>{escape(D.m(creator))}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-11-18T09:00:00Z</dcterms:created></cp:coreProperties>')
    styles = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}/>'
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                + "".join(rels) + "</Relationships>")
    return zipped([("[Content_Types].xml", ct), ("_rels/.rels", root_rels), ("docProps/core.xml", core),
                   ("word/document.xml", document), ("word/_rels/document.xml.rels", doc_rels),
                   ("word/styles.xml", styles)] + members)


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(D, sheets):
    """Excel: sheets [(name, rows)]; ints and floats are typed numbers, strings shared."""
    shared, index = [], {}
    parts = []
    for n, (name, rows) in enumerate(sheets, 1):
        xml_rows = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = f"{col(c)}{r}"
                if isinstance(v, (int, float)):
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                elif v != "":
                    t = D.m(v)
                    if t == "":
                        continue
                    if t not in index:
                        index[t] = len(shared)
                        shared.append(t)
                    cells.append(f'<c r="{ref}" t="s"><v>{index[t]}</v></c>')
            xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
        parts.append((f"xl/worksheets/sheet{n}.xml",
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                      f'<sheetData>{"".join(xml_rows)}</sheetData></worksheet>'))
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           f'count="{len(shared)}" uniqueCount="{len(shared)}">' + "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in shared) + "</sst>")
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          + "".join(f'<sheet name="{escape(D.m(name))}" sheetId="{n}" r:id="rId{n}"/>' for n, (name, _) in enumerate(sheets, 1)) + "</sheets></workbook>")
    k = len(sheets)
    wb_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               + "".join(f'<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>' for n in range(1, k + 1))
               + f'<Relationship Id="rId{k + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          + "".join(f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for n in range(1, k + 1))
          + "</Types>")
    root = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    return zipped([("[Content_Types].xml", ct), ("_rels/.rels", root), ("xl/workbook.xml", wb),
                   ("xl/_rels/workbook.xml.rels", wb_rels), ("xl/sharedStrings.xml", sst)] + parts)


def odf(D, kind, content):
    """ODF text (paragraphs) or spreadsheet ([(sheet, rows)])."""
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')
    if kind == "odt":
        mime = "application/vnd.oasis.opendocument.text"
        inner = "<office:text>" + "".join(f"<text:p>{escape(D.m(p))}</text:p>" for p in content) + "</office:text>"
    else:
        mime = "application/vnd.oasis.opendocument.spreadsheet"
        tables = []
        for name, rows in content:
            trs = "".join("<table:table-row>" + "".join(
                f'<table:table-cell office:value-type="float" office:value="{c}"><text:p>{c}</text:p></table:table-cell>' if isinstance(c, (int, float))
                else f'<table:table-cell office:value-type="string"><text:p>{escape(D.m(c))}</text:p></table:table-cell>' for c in row)
                + "</table:table-row>" for row in rows)
            tables.append(f'<table:table table:name="{escape(name)}">{trs}</table:table>')
        inner = "<office:spreadsheet>" + "".join(tables) + "</office:spreadsheet>"
    body = f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ns}><office:body>{inner}</office:body></office:document-content>'
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    return zipped([("mimetype", mime), ("content.xml", body), ("META-INF/manifest.xml", manifest)])


def rtf(D, paragraphs):
    def esc(s):
        out = []
        for ch in s:
            if ch in "\\{}":
                out.append("\\" + ch)
            elif ch == "\n":
                out.append("\\line ")
            elif ord(ch) > 127:
                out.append(f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?")
            else:
                out.append(ch)
        return "".join(out)
    body = "".join(f"{{\\pard {esc(D.m(p))}\\par}}\n" for p in paragraphs)
    return ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Helvetica;}}\\f0\\fs22\n" + body + "}\n").encode()


def pdf(D, pages):
    """A text PDF: pages are lists of lines, Helvetica, WinAnsi."""
    objs = []

    def esc(s):
        return s.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    page_ids = []
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, then page/content pairs
    for i, lines in enumerate(pages):
        stream = b"BT /F1 10 Tf 14 TL 56 790 Td\n" + b"".join(b"(" + esc(D.m(line)) + b") Tj T*\n" for line in lines) + b"ET\n"
        page_ids.append(4 + 2 * i)
        objs.append((4 + 2 * i, f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>".encode()))
        objs.append((5 + 2 * i, f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"endstream"))
    objs = [(1, b"<< /Type /Catalog /Pages 2 0 R >>"),
            (2, f"<< /Type /Pages /Kids [{' '.join(f'{p} 0 R' for p in page_ids)}] /Count {n_pages} >>".encode()),
            (3, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")] + objs
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num, body in objs:
        offsets[num] = len(out)
        out += f"{num} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for num in range(1, len(objs) + 1):
        out += f"{offsets[num]:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


REGISTRY = []


def doc(name):
    def wrap(f):
        REGISTRY.append((name, f))
        return f
    return wrap


# ---------------------------------------------------------------- documents
# ---- a deaf services and BSL charity


@doc("deaf-audiology-referral.txt")
def _(D):
    return text(D, """Signpost Deaf Services — Referral received from Audiology
{{Harrowgate Road}} Community Hub, 14 Tannery Street, Leeds [[pc:LS11 5QT]]
Tel / SMS [[phone:0113 496 0271]]   [[email:referrals@signpost-deaf.example.org]]

Client: <<Oluwadamilare Fashola>>
Date of birth: [[dob:17/02/1996]]
NHS number: [[nhs:999 001 2342]]
Address: Flat 3, 62 Crossgates Lane, Leeds [[pc:LS15 8NB]]
Mobile (text only please): [[phone:07700 900417]]
Email: [[email:dami.fashola@example.com]]

Reason for referral: <<Dami>> has ((health:profound bilateral sensorineural hearing loss)) and
had a ((health:cochlear implant)) fitted on the right in 2019. Genetic testing at the
regional centre found him ((gen:homozygous for the GJB2 35delG variant (connexin 26))).
He uses BSL as his first language and would like help with a job centre appointment.

Referred by: <<Priya Sethuraman>>, Specialist Audiologist
""")


@doc("deaf-interpreter-bookings.csv")
def _(D):
    return delimited(D, [
        ["booking_ref", "date", "client", "client_contact", "interpreter", "interpreter_mobile", "setting", "notes"],
        ["SB-24117", "2026-11-03", "<<Tomasz Wieczorek>>", "[[email:t.wieczorek@example.net]]", "<<Rhiannon Byfleet>>", "[[phone:07700 900582]]",
         "GP surgery", "annual ((health:diabetes review)); lipreads a little"],
        ["SB-24118", "2026-11-04", "<<Fashola, Oluwadamilare>>", "[[phone:07700 900417]]", "<<Declan Moorcroft>>", "[[phone:07700 900583]]",
         "Jobcentre", "work coach meeting"],
        ["SB-24121", "2026-11-06", "<<Marguerite Lascelles>>", "[[email:mlascelles@example.org]]", "<<Rhiannon Byfleet>>", "[[phone:07700 900582]]",
         "Hospital", "((health:oncology clinic, second cycle of chemotherapy))"],
        ["SB-24125", "2026-11-07", "<<Ikechukwu Anyanwu>>", "[[phone:0113 496 0735]]", "<<Sunniva Halvorsen>>", "[[phone:+44 7700 900584]]",
         "Solicitor", "conveyancing, two hours"],
        ["SB-24130", "2026-11-10", "<<Tomasz Wieczorek>>", "[[email:t.wieczorek@example.net]]", "<<Declan Moorcroft>>", "[[phone:07700 900583]]",
         "Bank", "opening joint account"],
    ])


@doc("deaf-centre-sign-in.json")
def _(D):
    return as_json(D, {
        "system": "KioskPro 4.2 — Signpost Deaf Centre front door",
        "exportedAt": "2026-11-12T17:02:11Z",
        "site": {"address": "14 Tannery Street, Leeds", "postcode": "[[pc:LS11 5QT]]", "networkAddress": "[[ip:192.0.2.44]]"},
        "visits": [
            {"visitorName": "<<Lowri Pritchard>>", "memberNo": "M-00812", "signInMethod": "((bio:face recognition)) (template enrolled 2025-09-01)",
             "matchScore": 0.97, "timeIn": "2026-11-12T09:14:05Z", "purpose": "Deaf lunch club"},
            {"visitorName": "<<Callum Rennie>>", "memberNo": "M-00455", "signInMethod": "((bio:face recognition))", "matchScore": 0.91,
             "timeIn": "2026-11-12T10:02:40Z", "purpose": "Benefits advice", "mobile": "[[phone:07700 900611]]"},
            {"visitorName": "<<Hamza Bukhari>>", "memberNo": None, "signInMethod": "reception (visitor badge)", "matchScore": None,
             "timeIn": "2026-11-12T11:30:00Z", "purpose": "Volunteer induction", "email": "[[email:hamza.bukhari@example.com]]"},
        ],
    })


@doc("deaf-rainbow-group-minutes.md")
def _(D):
    return text(D, """# Deaf Rainbow social group — minutes, 5 November 2026

Venue: the {{Old Chapel}} room, Signpost Deaf Centre. Facilitator: <<Eilidh Brannagan>> (staff).

| Present | Role |
|---|---|
| <<Eilidh Brannagan>> | facilitator |
| <<Callum Rennie>> | member |
| <<Joaquim Ferreira>> | member |
| <<Babajide Olowe>> | new member |

1. Welcome. <<Babajide>> introduced himself ((sex:as a gay Deaf man)) who moved from Manchester this year
   and wanted to meet other Deaf LGBT+ people.
2. <<Joaquim>> said ((sex:he and his husband)) will host the December social.
3. <<Callum>> asked for captions at the Pride film night; his ((health:tinnitus)) makes the hall hard.
4. Contact for the group: [[email:rainbow@signpost-deaf.example.org]] or text [[phone:07700 900612]].
""")


@doc("deaf-support-worker-mail.eml")
def _(D):
    att = delimited(D, [["date", "client", "contact", "outcome"],
                        ["2026-10-28", "<<Marguerite Lascelles>>", "video relay", "agreed weekly check-in"],
                        ["2026-11-04", "<<Marguerite Lascelles>>", "home visit", "Macmillan referral sent"]])
    return message(D, [
        ("From", "<<Naomi Achterberg>> <[[email:n.achterberg@signpost-deaf.example.org]]>"),
        ("To", "Team Leads <[[email:teamleads@signpost-deaf.example.org]]>"),
        ("Subject", "Welfare concern – <<M. Lascelles>>"),
        ("Date", "Thu, 05 Nov 2026 16:40:12 +0000"),
        ("Message-ID", "<20261105164012.4471@signpost-deaf.example.org>"),
    ], """Hi both,

Quick update on <<Marguerite Lascelles>> (member since 2011). She is now on her second cycle of
((health:chemotherapy)) and is very ((health:low in mood)); she told me she has stopped eating properly.
Her main support is the ((rel:Catholic Deaf chaplaincy at St Joseph's, where she signs the Mass every Sunday)),
and the chaplain has offered to visit.

Contact log attached. Her daughter <<Célestine>> can be reached on [[phone:07700 900613]].

<<Naomi>>
Support Worker, Signpost Deaf Services
""", attachments=[("contact-log.csv", "text/csv", att)])


@doc("deaf-staff-register.xlsx")
def _(D):
    return xlsx(D, [
        ("Staff", [
            ["Name", "Role", "NI number", "Date of birth", "Sort code", "Account", "Union", "Mobile"],
            ["<<Rhiannon Byfleet>>", "BSL/English interpreter", "[[nino:QQ 12 34 56 A]]", "[[dob:1987-06-21]]", "40-11-62[[=bank:401162:31926819]]", "31926819",
             "((tu:NUBSLI member — subs by check-off))", "[[phone:07700 900582]]"],
            ["<<Declan Moorcroft>>", "BSL/English interpreter", "[[nino:QQ 23 45 67 B]]", "[[dob:1979-12-02]]", "20-32-06[[=bank:203206:55102938]]", "55102938",
             "", "[[phone:07700 900583]]"],
            ["<<Eilidh Brannagan>>", "Community worker", "[[nino:QQ345678C]]", "[[dob:1992-03-30]]", "30-96-27[[=bank:309627:11458802]]", "11458802",
             "((tu:UNISON))", "[[phone:07700 900614]]"],
            ["<<Naomi Achterberg>>", "Support worker", "[[nino:QQ 45 67 89 D]]", "[[dob:1985-09-14]]", "60-16-13[[=bank:601613:20947716]]", "20947716",
             "", "[[phone:07700 900615]]"],
        ]),
        ("Notes", [
            ["Field", "Value"],
            ["Register owner", "HR & Finance"],
            ["Union clause", "Staff may join a trade union of their choice; the charity recognises {{Unite}} for collective bargaining."],
        ]),
    ])


@doc("deaf-equipment-loans.pdf")
def _(D):
    return pdf(D, [[
        "Signpost Deaf Services - Equipment loan agreement",
        "Borrower: Ikechukwu Anyanwu".replace("Ikechukwu Anyanwu", "<<Ikechukwu Anyanwu>>"),
        "Address: 9 Beeston Rise, Leeds [[pc:LS11 7HW]]   Telephone (text relay): [[phone:0113 496 0735]]",
        "Date of birth: [[dob:08/08/1961]]",
        "Items: flashing doorbell (FD-2), vibrating pillow alarm (VP-9), amplified phone",
        "Reason: ((health:severe hearing loss after meningitis)); ((health:epilepsy)) - strobe lights not suitable",
        "Deposit: waived (means-tested)",
        "Note from home visit: the family dog has an ear infection and barks at the doorbell;",
        "the flat's smoke alarm was condemned by the landlord's fire inspection.",
        "Signed for the charity: <<Hamza Bukhari>>, volunteer   Date: 12/11/2026",
    ]])


@doc("deaf-hardship-grant.docx")
def _(D):
    return docx(D, [
        ("h", "Hardship grant application"),
        ("p", "Applicant: <<Ngaire Whitlock>>. Panel date 19 November 2026."),
        ("table", [["Date of birth", "[[dob:3 April 1958]]"],
                   ["Address", "27 Moortown Walk, Leeds [[pc:LS17 6DD]]"],
                   ["Email", "[[email:ngaire.w@example.com]]"],
                   ["Bank", "Sort code 09-01-28, account 44120937[[=bank:090128:44120937]]"],
                   ["Amount", "£350 towards a TV with captions and a doorbell"]]),
        ("p", "Circumstances: late-deafened after ((health:Ménière's disease)); lost her job as a "
              "teaching assistant and now receives Universal Credit. ((health:Anxiety)) since the diagnosis."),
        ("p", "Supporting worker: <<Callum Rennie>> (member volunteer)."),
    ], header="Signpost Deaf Services · Grants Panel · CONFIDENTIAL",
        footer="Registered charity 1100000 · {{Harrowgate}} House, Leeds [[pc:LS11 5QT]]",
        comments=[("Grants Panel", "Check Access to Work first — <<Ngaire>> may qualify for equipment."),])


# ---- a court and tribunal interpreter agency


@doc("interp-court-assignments.xlsx")
def _(D):
    return xlsx(D, [
        ("Week 47", [
            ["Job", "Court", "Hearing", "Defendant / party", "Matter", "Language", "Interpreter", "Interpreter phone"],
            ["J-88310", "Bradford Crown Court", "Trial day 2", "<<Arben Krasniqi>>", "((crime:charged with conspiracy to supply cocaine))", "Albanian", "<<Vjosa Berisha>>", "[[phone:07700 900701]]"],
            ["J-88311", "Leeds Magistrates", "First appearance", "<<Ionuț Dumitrescu>>", "((crime:theft from a shop, pleaded guilty))", "Romanian", "<<Cristina Pârvu>>", "[[phone:07700 900702]]"],
            ["J-88315", "Employment Tribunal (Leeds)", "Preliminary hearing", "<<Thi Hoa Nguyen>>", "unfair dismissal claim", "Vietnamese", "<<Minh Tran>>", "[[phone:07700 900703]]"],
            ["J-88320", "Family Court", "FHDRA", "<<Parveen Akhtar>>", "child arrangements", "Urdu / Punjabi", "<<Shazia Mirza-Hale>>", "[[phone:07700 900704]]"],
        ]),
        ("Contacts", [
            ["Desk", "Phone", "Email"],
            ["Bookings", "[[phone:0113 496 0800]]", "[[email:bookings@clearvoice-interpreting.example.com]]"],
            ["Out of hours", "[[phone:07700 900700]]", ""],
        ]),
    ])


@doc("interp-linguist-profile.json")
def _(D):
    return as_json(D, {
        "linguistId": "LNG-2291",
        "legalName": {"given": "<<Vjosa>>", "family": "<<Berisha>>"},
        "preferredName": "<<Vjosa Berisha>>",
        "dateOfBirth": "[[dob:1983-01-19]]",
        "niNumber": "[[nino:QQ567890A]]",
        "passportNumber": "[[passport:552118403]]",
        "languages": ["Albanian", "Serbian", "English"],
        "registration": {"body": "NRPSI", "number": "18842"},
        "payment": {"sortCode": "[[=bank:601613:74402219]]60-16-13", "accountNumber": "74402219"},
        "contact": {"mobile": "[[phone:07700 900701]]", "email": "[[email:vjosa.berisha@example.net]]", "postcode": "[[pc:BD8 7QQ]]"},
        "phoneLineVerification": {"method": "((bio:voiceprint))", "enrolled": "2025-03-02", "status": "active"},
        "union": "((tu:NUPIT member since 2019))",
        "vetting": {"dbs": "clear, 2025", "securityClearance": "NPPV2"},
    })


@doc("interp-complaint.eml")
def _(D):
    return message(D, [
        ("From", "<<Graham Ottershaw>> <[[email:g.ottershaw@ottershaw-legal.example.co.uk=>g.ottershaw@ottershaw-legal.example.co.uk]]>"),
        ("To", "Quality <[[email:quality@clearvoice-interpreting.example.com]]>"),
        ("Subject", "Complaint: interpreter late, bail hearing 10 Nov"),
        ("Date", "Tue, 10 Nov 2026 14:05:33 +0000"),
        ("Message-ID", "<a81f.20261110@ottershaw-legal.example.co.uk>"),
    ], """Dear Quality team,

I act for <<Ionuț Dumitrescu>>, who ((crime:was remanded in custody for burglary)) last week. Your interpreter,
<<Cristina Pârvu>>, arrived 50 minutes late to his bail hearing at Leeds Magistrates' Court and the
application had to be put back to the afternoon list. My client is ((health:diabetic)) and missed a meal
in the cells as a result.

Please treat this as a formal complaint. You can reach me on [[phone:0113 496 0912]].

Yours faithfully
<<Graham Ottershaw>>
{{Ottershaw Legal LLP}}, 4 Park Square East, Leeds [[pc:LS1 2NE]]
""", html_body="""<p>Dear Quality team,</p><p>Formal complaint about <<Cristina Pârvu>>'s late arrival (bail hearing of
<<Ionuț Dumitrescu>>). Details in the text version.</p><p><<Graham Ottershaw>></p>""")


@doc("interp-timesheets.tsv")
def _(D):
    return delimited(D, [
        ["week", "linguist", "job", "hours", "mileage", "pay_to"],
        ["47", "<<Minh Tran>>", "J-88315", "3.5", "22", "[[iban:GB29 NWBK 6016 1331 9268 19]]"],
        ["47", "<<Sunniva Halvorsen>>", "J-88322", "6", "0", "[[iban:NO93 8601 1117 947]]"],
        ["47", "<<Shazia Mirza-Hale>>", "J-88320", "4", "31", "sort 30-96-27 acc 62207715[[=bank:309627:62207715]]"],
        ["47", "<<Berisha, V.>>", "J-88310", "7.5", "18", "see profile"],
    ], delimiter="\t")


@doc("interp-invoice.pdf")
def _(D):
    return pdf(D, [[
        "INVOICE 2026-1147",
        "From: Sunniva Halvorsen, freelance Norwegian/English interpreter".replace("Sunniva Halvorsen", "<<Sunniva Halvorsen>>"),
        "12 Hawthorn Mews, York [[pc:YO31 7PB]]   Tel [[phone:01904 496 531=>+441904496531]]",
        "To: ClearVoice Interpreting Ltd, 3 Wellington Place, Leeds [[pc:LS1 4AP]]",
        "Job J-88322 - Employment Tribunal, claimant interview, 6 hours at GBP 38.00",
        "Travel: nil (remote, video link)",
        "Total due: GBP 228.00 within 30 days",
        "Pay to: <<Halvorsen S>>, sort code 40-47-84, account 90418236[[=bank:404784:90418236]]",
        "or IBAN [[iban:NO93 8601 1117 947]]",
        "Queries: [[email:sunniva.halvorsen@example.org]]",
    ]])


@doc("interp-mental-health-tribunal.txt")
def _(D):
    return text(D, """CLEARVOICE INTERPRETING — BOOKING CONFIRMATION (Tribunal)

Booking ref: J-88341
Hearing: First-tier Tribunal (Mental Health), held at Becklin Centre, Leeds [[pc:LS9 7JR]]
Date: Thursday 26 November 2026, 10:00
Patient: <<Harjit Singh Dhaliwal>>
Patient date of birth: [[dob:11/05/1969]]
Detention: ((health:section 3 of the Mental Health Act 1983)), ((health:paranoid schizophrenia)) per ward summary
Language: Punjabi (Gurmukhi script for documents)
Special request: Mr <<Dhaliwal>> has asked for a male interpreter ((rel:who shares his Sikh faith)), as he prays
with the ward chaplain daily; the ward agreed.

Interpreter allocated: <<Gurpreet Sandhu>> ([[phone:07700 900705]])
Ward contact: <<Lindiwe Mahlangu>>, ward manager, [[phone:0113 496 0344]], [[email:ward5.becklin@example.nhs.uk=>ward5.becklin@example.nhs.uk]]
""")


@doc("interp-onboarding.odt")
def _(D):
    return odf(D, "odt", [
        "New linguist onboarding checklist",
        "Name: <<Efua Mensah-Bonsu>>",
        "Date of birth: [[dob:22/09/1990]]",
        "Home address: 41 Chapeltown Road, Leeds [[pc:LS7 3AP]]",
        "Right to work: British passport seen, number [[passport:120475963]] (copy held 6 years)",
        "Driving licence: [[dl:MENSA959220E99KL]] (for assignments by car)",
        "Languages: Twi, Ga, English; DPSI Law (English law option)",
        "Conflict of interest check: she ((pol:stood as a Green Party candidate)) in the 2024 council elections; "
        "not to be assigned to hearings involving councillors.",
        "DBS enhanced: clear. References: two received.",
        "Checked by: <<Oskar Lindqvist>>, Compliance Officer, [[email:compliance@clearvoice-interpreting.example.com]]",
    ])


@doc("interp-phone-line-log.jsonl")
def _(D):
    rows = [
        {"ts": "2026-11-16T08:02:11Z", "caller": "[[phone:+44 7700 900701]]", "linguist": "<<Vjosa Berisha>>", "verify": "((bio:voiceprint match 0.94))", "ip": "[[ip:198.51.100.23]]", "job": "J-88350"},
        {"ts": "2026-11-16T08:47:50Z", "caller": "[[phone:+44 7700 900703]]", "linguist": "<<Minh Tran>>", "verify": "((bio:voiceprint match 0.88))", "ip": "[[ip:198.51.100.71]]", "job": "J-88352"},
        {"ts": "2026-11-16T09:15:02Z", "caller": "[[phone:+44 113 496 0912]]", "linguist": None, "verify": "not a linguist (solicitor line)", "ip": "[[ip:2001:db8:4::1f]]", "job": None},
    ]
    return as_json(D, rows, lines=True)


# ---- an immigration and asylum advice service


@doc("immig-asylum-statement.docx")
def _(D):
    return docx(D, [
        ("h", "Witness statement of <<Mohammad Rahimi>> (draft 2)"),
        ("p", "1. My name is <<Mohammad Rahimi>>. I was born in Jaghori district on [[dob:1 January 1999]], which is the date "
              "the Home Office recorded; my real date of birth is not known. Home Office reference R1184022."),
        ("p", "2. ((race:I am Hazara)) and ((rel:a Shia Muslim)). In 2021 my brother <<Ali Reza>> was taken from our shop and we have "
              "not heard from him since."),
        ("p", "3. I have ((health:scars on my back and flashbacks at night)); my GP has referred me to the trauma service."),
        ("box", "Client contact: [[phone:07700 900801]]\nAddress (asylum accommodation): 6 Fitzwilliam Road, Sheffield [[pc:S11 8XA]]"),
        ("p", "Statement taken by <<Aoife Kinsella>>, OISC Level 3 adviser, with interpreter <<Farid Noorzai>> (Dari)."),
    ], header="Northgate Migrant Advice — PRIVILEGED AND CONFIDENTIAL",
        footer="Northgate Migrant Advice, 22 Division Street, Sheffield [[pc:S1 4GF]] · [[phone:0114 496 0620]]",
        comments=[("Adviser", "Ask about the brother's disappearance dates before lodging."),
                  ("Supervisor", "Get the GP letter — Rule 35 style evidence helps.")],
        creator="Northgate Migrant Advice")


@doc("immig-case-tracker.csv")
def _(D):
    return delimited(D, [
        ["case_id", "client", "nationality", "dob", "claim_basis", "stage", "adviser", "next_action"],
        ["NMA-1042", "<<Mohammad Rahimi>>", "Afghan", "[[dob:01/01/1999]]", "((race:ethnicity (Hazara))); ((rel:religion (Shia)))", "statement", "<<Aoife Kinsella>>", "lodge by 30/11"],
        ["NMA-1047", "<<Yonas Tesfaye>>", "Eritrean", "[[dob:14/07/2001]]", "((pol:political opinion — deserted national service, opposition leaflets))", "appeal", "<<Aoife Kinsella>>", "bundle"],
        ["NMA-1051", "<<Kato Ssempala>>", "Ugandan", "[[dob:30/03/1994]]", "((sex:sexual orientation (gay man)))", "interview booked", "<<Wiktor Sobczak>>", "prep session"],
        ["NMA-1055", "<<Nadia Ahmad>>", "Pakistani", "[[dob:05/10/1988]]", "((rel:religion — Ahmadi))", "decision awaited", "<<Wiktor Sobczak>>", "chase MP"],
        ["NMA-1060", "<<Daniel Haile>>", "Eritrean", "", "family reunion (spouse)", "DNA test", "<<Aoife Kinsella>>", "see lab email"],
    ])


@doc("immig-family-reunion-dna.eml")
def _(D):
    report = text(D, """RELATIONSHIP DNA TEST — SUMMARY REPORT
Case: NMA-1060
Alleged father: <<Daniel Haile>>   Sample: buccal swab, 02/10/2026
Child: <<Selam Haile>>   Sample: buccal swab, taken at the embassy, 09/10/2026
Result: ((gen:probability of paternity 99.9999%; 21 STR loci consistent))
Laboratory: Helix Kinship Testing Ltd (accredited)
""")
    return message(D, [
        ("From", "Helix Kinship Testing <[[email:results@helix-kinship.example.com]]>"),
        ("To", "<<Aoife Kinsella>> <[[email:a.kinsella@northgate-advice.example.org]]>"),
        ("Subject", "Results ready: case NMA-1060 (<<Haile>>)"),
        ("Date", "Mon, 16 Nov 2026 11:20:00 +0000"),
        ("Message-ID", "<res-77120@helix-kinship.example.com>"),
    ], """Dear <<Aoife Kinsella>>,

The relationship test for your client is complete; the summary report is attached (password sent separately).
The full report has been uploaded to the portal.

Helix Kinship Testing — client services, [[phone:0161 496 0230]]
""", attachments=[("NMA-1060-summary.txt", "text/plain", report)])


@doc("immig-legal-aid-means.xlsx")
def _(D):
    return xlsx(D, [
        ("Means", [
            ["Field", "Value"],
            ["Client surname", "<<SSEMPALA>>"],
            ["Client forename(s)", "<<KATO>>"],
            ["Date of birth", "[[dob:30/03/1994]]"],
            ["National Insurance number", "[[nino:QQ 67 89 01 C]]"],
            ["Asylum support (s.95)", "yes — £49.18 weekly on ASPEN card"],
            ["Bank account", "none"],
            ["Capital", 0],
            ["Income", 49.18],
            ["Eligible", "yes (passported)"],
            ["Assessed by", "<<Wiktor Sobczak>>"],
        ]),
        ("Partner", [
            ["Field", "Value"],
            ["Partner", "none declared"],
        ]),
    ])


@doc("immig-appeal-bundle-index.html")
def _(D):
    return html(D, "Appeal bundle index — NMA-1047", """<h1>Appellant's bundle: <<Yonas Tesfaye>> v SSHD</h1>
<p>Appeal number PA/51234/2026 · Hearing centre: Bradford · Representative: <<Aoife Kinsella>>, Northgate Migrant Advice</p>
<table border="1">
<tr><th>Tab</th><th>Document</th><th>Pages</th></tr>
<tr><td>A</td><td>Appellant's witness statement (((pol:member of the Eritrean opposition youth movement in exile)))</td><td>1–14</td></tr>
<tr><td>B</td><td>Medico-legal report, Dr <<Hilde Vasquez-Moran>>: ((health:PTSD and a healed fracture of the left wrist))</td><td>15–41</td></tr>
<tr><td>C</td><td>PNC print: ((crime:caution for possession of a bladed article, Leeds, 2024))</td><td>42</td></tr>
<tr><td>D</td><td>Country expert report on national service</td><td>43–90</td></tr>
<tr><td>E</td><td>Biometric residence permit (copy) and UKVCAS appointment letter</td><td>91–93</td></tr>
</table>
<p>Appellant's date of birth: [[dob:14 July 2001]] · Home Office ref T2201947 · Contact: [[email:casework@northgate-advice.example.org]]</p>""")


@doc("immig-advice-line.mbox")
def _(D):
    m1 = message(D, [
        ("From", "Northgate Migrant Advice <[[email:appointments@northgate-advice.example.org]]>"),
        ("To", "<<Kato Ssempala>> <[[email:kato.ssempala@example.com]]>"),
        ("Subject", "Your appointment on Friday"),
        ("Date", "Mon, 09 Nov 2026 09:00:00 +0000"),
        ("Message-ID", "<appt-3310@northgate-advice.example.org>"),
    ], """Hello <<Kato>>,

This is a reminder of your appointment with <<Wiktor>> on Friday 13 November at 10:30 to prepare for your
asylum interview. Please bring your ARC card and any letters from the Home Office.

Northgate Migrant Advice, [[phone:0114 496 0620]]
""", n=1)
    m2 = message(D, [
        ("From", "<<Kato Ssempala>> <[[email:kato.ssempala@example.com]]>"),
        ("To", "[[email:appointments@northgate-advice.example.org]]"),
        ("Subject", "Re: Your appointment on Friday"),
        ("Date", "Mon, 09 Nov 2026 12:41:09 +0000"),
        ("Message-ID", "<CAK77e1@mail.example.com>"),
        ("In-Reply-To", "<appt-3310@northgate-advice.example.org>"),
    ], """Thank you. I will come. I want to bring my partner <<Ronald Mugisha>> as a witness, ((sex:we have been together
as a couple since 2023)) and he can say how we met at the ((sex:Kampala gay bar)) that was raided. Is that ok?

<<Kato>>
""", n=2)
    m3 = message(D, [
        ("From", "<<Wiktor Sobczak>> <[[email:w.sobczak@northgate-advice.example.org]]>"),
        ("To", "Interpreting desk <[[email:interpreters@northgate-advice.example.org]]>"),
        ("Subject", "Luganda interpreter 13/11"),
        ("Date", "Tue, 10 Nov 2026 08:15:44 +0000"),
        ("Message-ID", "<ws-5521@northgate-advice.example.org>"),
    ], "Please book a Luganda interpreter for 13/11, 10:30-12:30.\n\n<<Wiktor>>\n", n=3)
    return mbox([("appointments@northgate-advice.example.org", "Mon Nov  9 09:00:00 2026", m1),
                 ("kato.ssempala@example.com", "Mon Nov  9 12:41:09 2026", m2),
                 ("w.sobczak@northgate-advice.example.org", "Tue Nov 10 08:15:44 2026", m3)])


@doc("immig-detention-visit.rtf")
def _(D):
    return rtf(D, [
        "Northgate Migrant Advice — detention visit note",
        "Client: <<Rustam Karimov>>   DOB: [[dob:19/08/1986]]   HO ref K4410288",
        "Held at: Morton Hall IRC. Visited by <<Aoife Kinsella>> on 17/11/2026.",
        "History: ((crime:convicted in 2023 of dangerous driving, sentenced to 14 months)); served half; now facing deportation.",
        "Health: ((health:on hunger strike since 8 November; lost 6 kg)); seen by the centre GP twice.",
        "Family: wife <<Dilnoza>> and two children in Sheffield, contact [[phone:07700 900802]].",
        "Action: bail application; request Rule 35 report; ask the Red Cross about the children's visits.",
    ])


@doc("immig-web-enquiries.jsonl")
def _(D):
    rows = [
        {"submitted": "2026-11-14T21:03:55Z", "fullName": "<<Amina Yusuf Abdi>>", "email": "[[email:amina.abdi@example.net]]", "phone": "[[phone:07700 900803]]",
         "topic": "British citizenship for my son", "clientIp": "[[ip:203.0.113.54]]"},
        {"submitted": "2026-11-15T07:44:10Z", "fullName": "<<Sergiu Moraru>>", "email": "[[email:sergiu.moraru@example.com]]", "phone": None,
         "topic": "EU Settlement Scheme late application", "clientIp": "[[ip:203.0.113.201]]"},
        {"submitted": "2026-11-15T10:20:37Z", "fullName": "<<Li Wen Zhao>>", "email": "[[email:liwen.zhao@example.org]]", "phone": "[[phone:+44 7700 900804]]",
         "topic": "Skilled worker visa — sponsor withdrew", "clientIp": "[[ip:2001:db8:a0b:12f0::1]]"},
    ]
    return as_json(D, rows, lines=True)


# ---- a blood, stem cell and organ donation service


@doc("donor-session-deferrals.csv")
def _(D):
    return delimited(D, [
        ["Session", "Venue", "Donor", "Donor no.", "DOB", "Deferral", "Until", "Recorded by"],
        ["BL-2611-03", "{{St Aidan's Church Hall}}, Gateshead", "<<Kirsty McAllister>>", "G071 4422 1", "[[dob:12/12/1991]]",
         "((sex:new sexual partner in the last 3 months who has had anal sex))", "2027-02-10", "<<Jonas Eriksen>>"],
        ["BL-2611-03", "{{St Aidan's Church Hall}}, Gateshead", "<<Peter Okonjo>>", "G071 9012 5", "[[dob:02/06/1975]]",
         "((health:haemoglobin 121 g/L, below threshold))", "2027-01-05", "<<Jonas Eriksen>>"],
        ["BL-2611-04", "Newcastle Civic Centre", "<<Rhys Tregarthen>>", "G072 1180 3", "[[dob:23/04/2000]]",
         "travel: Kenya (malaria area)", "2027-05-01", "<<Usha Ramanathan>>"],
        ["BL-2611-04", "Newcastle Civic Centre", "<<Benedict Achebe-Lowe>>", "G072 5531 0", "[[dob:09/09/1968]]",
         "((health:on warfarin for atrial fibrillation)) — permanent", "", "<<Usha Ramanathan>>"],
    ])


@doc("donor-stem-cell-registry.json")
def _(D):
    return as_json(D, {
        "registry": "Northern Stem Cell Register",
        "record": {
            "donorRef": "NSC-0448127",
            "forename": "<<Tariq>>",
            "surname": "<<Mahmood>>",
            "dob": "[[dob:1997-11-08]]",
            "nhsNumber": "[[nhs:9992345675]]",
            "ethnicGroup": "((race:Asian or Asian British — Pakistani))",
            "hla": {"typing": "((gen:HLA-A*02:01, A*24:02; B*35:01, B*51:01; DRB1*11:01, DRB1*15:01))", "resolution": "high"},
            "cmvStatus": "negative",
            "contact": {"email": "[[email:tariq.mahmood@example.com]]", "mobile": "[[phone:07700 900901]]", "postcode": "[[pc:NE4 6SQ]]"},
            "status": "available; potential match for patient in Leeds (confirmatory typing requested)",
        },
        "audit": {"lastChangedBy": "<<Usha Ramanathan>>", "at": "2026-11-11T15:22:00Z", "from": "[[ip:192.0.2.117]]"},
    })


@doc("donor-rare-blood-appeal.eml")
def _(D):
    return message(D, [
        ("From", "Donor Relations <[[email:donor.relations@northernblood.example.org]]>"),
        ("To", "<<Abena Owusu-Ansah>> <[[email:abena.oa@example.net]]>"),
        ("Subject", "Thank you, Abena — could you book again?".replace("Abena", "<<Abena>>")),
        ("Date", "Wed, 18 Nov 2026 10:00:00 +0000"),
        ("Message-ID", "<dr-20261118-0091@northernblood.example.org>"),
    ], """Dear <<Abena>>,

Thank you for your donation in October. Your blood was typed as Ro (R0r), a subtype we find most often in
donors ((race:of Black African and Black Caribbean heritage like you)), and it is needed by patients with
sickle cell disease who need regular transfusions.

Our Sickle Cell Awareness campaign runs until the end of the month and the {{Sickle Cell Society}} is supporting
it. Could you book again at the Newcastle Donor Centre? Call [[phone:0191 498 0377]] or reply to this email.

With thanks,
<<Femi Adebayo-Clarke>>
Donor Relations Lead
""", html_body="""<p>Dear <<Abena>>,</p><p>Thank you for your donation. Your Ro blood ((race:(most often found in donors of Black African
and Black Caribbean heritage, like you))) helps patients with sickle cell disease.</p><p><<Femi Adebayo-Clarke>></p>""")


@doc("donor-organ-referral.pdf")
def _(D):
    return pdf(D, [[
        "SPECIALIST NURSE - ORGAN DONATION: POTENTIAL DONOR REFERRAL",
        "Referring unit: Critical Care, Royal Victoria Infirmary, Newcastle [[pc:NE1 4LP]]",
        "Patient: <<Mordechai Rosenthal>>   NHS number: [[nhs:999 345 6780]]   Date of birth: [[dob:14/03/1954]]",
        "Cause of death: ((health:catastrophic intracranial haemorrhage)); ((health:history of hypertension))",
        "Registered decision: opt-in on the Organ Donor Register (2009)",
        "Family: son <<Eli Rosenthal>> (next of kin) [[phone:07700 900902]]",
        "Faith: the family asked that ((rel:as observant Orthodox Jews)) the rabbi be consulted and burial",
        "take place within 24 hours; the SNOD agreed to contact the Beth Din.",
        "Referral taken by: <<Saoirse Gallagher>>, SNOD, 23:40 on 15/11/2026",
    ], [
        "Page 2 - Donation pathway",
        "DBD testing completed 16/11/2026 02:10. Retrieval team: Newcastle NORS.",
        "Organs offered: kidneys, liver. Heart declined (age).",
    ]])


@doc("donor-adverse-reaction.txt")
def _(D):
    return text(D, """Donor adverse event report — Newcastle Donor Centre
Event no: DAE-26-0713                    Date: 19/11/2026 14:35

Donor: <<Callista Ferreira-Doyle>>          Donor no. G073 2214 8
Date of birth: [[dob:29/01/2004]]           Mobile: [[phone:07700 900903]]
Home postcode: [[pc:NE6 5XB]]

Account: first-time donor. About 4 minutes after the needle was removed she reported feeling
light-headed and ((health:fainted (delayed vasovagal reaction))), striking her forehead on the chair arm.
((health:Small laceration above the left eyebrow)), cleaned and closed with adhesive strips. Observed for
45 minutes; left with her mother <<Imelda>>.

Reported by: <<Jonas Eriksen>>, Donor Carer. Reviewed by: Dr <<Ngozi Obiora>>, Session Doctor.
""")


@doc("donor-app-accounts.jsonl")
def _(D):
    rows = [
        {"accountId": "u_88a1", "displayName": "<<Kirsty McAllister>>", "email": "[[email:kirsty.mca@example.com]]", "mobile": "[[phone:+447700900904]]",
         "lastLoginIp": "[[ip:198.51.100.150]]", "marketing": False, "nextAppointment": "2027-02-12"},
        {"accountId": "u_88a7", "displayName": "<<Rhys Tregarthen>>", "email": "[[email:r.tregarthen@example.org]]", "mobile": None,
         "lastLoginIp": "[[ip:198.51.100.151]]", "marketing": True, "nextAppointment": None},
        {"accountId": "u_89c0", "displayName": "<<Abena Owusu-Ansah>>", "email": "[[email:abena.oa@example.net]]", "mobile": "[[phone:+447700900905]]",
         "lastLoginIp": "[[ip:2001:db8:1f::a]]", "marketing": True, "nextAppointment": "2026-12-01", "giftAid": {"postcode": "[[pc:NE2 1XZ]]"}},
    ]
    return as_json(D, rows, lines=True)


@doc("donor-awards-evening.md")
def _(D):
    return text(D, """# Donor awards evening — running order

**Venue:** {{Jesmond Methodist Hall}}, Osborne Road, Newcastle [[pc:NE2 2AL]]
**Date:** Friday 4 December 2026, 19:00

## Awards

- 100 donations: <<Graeme Hetherington>>, <<Moira Stobbart>>
- 75 donations: <<Kwabena Asante>>
- 50 donations: <<Ffion Llewelyn-Jones>>, <<Rhys Tregarthen>>
- Platelet donor of the year: <<Stanisław Kowal>>

## Notes

The hall's boiler has a chronic fault — bring coats. Our thanks to the church's youth club for the tea urn.
The Lord Mayor will present; RSVP to [[email:events@northernblood.example.org]] or [[phone:0191 498 0380]].
""")


@doc("donor-staff-rota.ods")
def _(D):
    return odf(D, "ods", [("Rota", [
        ["Name", "Role", "Mon", "Tue", "Wed", "Notes"],
        ["<<Jonas Eriksen>>", "Donor carer", "Gateshead", "Civic Centre", "off", ""],
        ["<<Usha Ramanathan>>", "Registered nurse", "Civic Centre", "off", "Donor Centre", "((tu:UNISON steward)) — facility time Wed pm"],
        ["<<Ngozi Obiora>>", "Session doctor", "", "Civic Centre", "", ""],
        ["<<Dominic Fairweather>>", "Driver", "Gateshead", "Civic Centre", "Donor Centre", "mobile [[phone:07700 900906]]"],
    ]), ("Contacts", [
        ["Session office", "[[phone:0191 498 0381]]"],
        ["Union noticeboard", "{{GMB and UNISON}} notices in the staff room (generic, for all staff)"],
    ])])


# ---- an ambulance service's patient records, complaints and staff


@doc("amb-patient-report.pdf")
def _(D):
    return pdf(D, [[
        "PATIENT CARE RECORD (ePCR print)      Incident 2611-04417      Call sign: Tango 14",
        "Patient: <<Bronwen Attwater>>      DOB: [[dob:06/06/1947]]      NHS no: [[nhs:999 456 7896]]",
        "Address: 3 Quarry Hill Cottages, Otley [[pc:LS21 3DP]]      Tel: [[phone:01943 496 118=>+441943496118]]",
        "Presenting complaint: ((health:central chest pain radiating to the left arm, 40 minutes))",
        "History: ((health:type 2 diabetes, previous MI 2019, on clopidogrel))",
        "ECG: ((health:ST elevation V2-V5)) - pre-alert to the heart centre, primary PCI pathway",
        "Consent / wishes: ((rel:patient is a Jehovah's Witness and refuses blood products)); carries an advance",
        "decision card; husband <<Cedric>> present and confirmed.",
        "Clinicians: <<Marcus Oyelaran>> (Paramedic, HCPC PA123456), <<Jodie Nettleship>> (EMT)",
    ]])


@doc("amb-complaint.eml")
def _(D):
    return message(D, [
        ("From", "<<Rosalind Kearsley>> <[[email:ros.kearsley@example.co.uk=>ros.kearsley@example.co.uk]]>"),
        ("To", "Patient Experience <[[email:patient.experience@yorkshire-amb.example.nhs.uk=>patient.experience@yorkshire-amb.example.nhs.uk]]>"),
        ("Subject", "Formal complaint — 4 hour wait for my father"),
        ("Date", "Sat, 21 Nov 2026 19:12:40 +0000"),
        ("Message-ID", "<5f2e-kearsley-20261121@example.co.uk>"),
    ], """To whom it may concern,

On 14 November my father, <<Dennis Kearsley>> (date of birth [[dob:2 February 1939]], NHS number [[nhs:9997890124]]),
((health:collapsed at home with the left side of his face drooping and slurred speech)). We rang 999 at 16:05
and the ambulance arrived at 20:10. The hospital has since confirmed ((health:a stroke)) and he has lost the use of
his left arm. I want to know why a category 2 call waited over four hours.

My number is [[phone:07700 900951]]; my address is 18 Lidgett Lane, Leeds [[pc:LS8 1HQ]].

<<Rosalind Kearsley>>
""", html_body="""<p>To whom it may concern,</p><p>My father <<Dennis Kearsley>> ((health:had a stroke)) and waited over four hours
for an ambulance on 14 November. Please investigate.</p><p><<Rosalind Kearsley>> · [[phone:07700 900951]]</p>""")


@doc("amb-violence-log.csv")
def _(D):
    return delimited(D, [
        ["datix_id", "date", "station", "staff_affected", "patient_or_person", "what_happened", "police_ref"],
        ["DX-99120", "2026-10-30", "Leeds Central", "<<Marcus Oyelaran>>", "<<Kyle Birtwistle>>",
         "((crime:punched paramedic in the face; arrested at scene for assault on an emergency worker))", "13/202611/0092"],
        ["DX-99188", "2026-11-08", "Harrogate", "<<Priyanka Desai>>", "unknown male",
         "verbal abuse in street, no injury", ""],
        ["DX-99205", "2026-11-12", "Bradford South", "<<Jodie Nettleship>>", "<<Wayne Scargill>>",
         "((crime:charged with criminal damage to ambulance vehicle)); ((health:patient intoxicated, head wound))", "13/202611/0417"],
    ])


@doc("amb-drugs-cabinet-enrolment.xlsx")
def _(D):
    return xlsx(D, [
        ("Enrolment", [
            ["Staff no", "Name", "Station", "Cabinet", "Credential", "Enrolled", "Licence check"],
            ["40112", "<<Marcus Oyelaran>>", "Leeds Central", "CD safe 1", "((bio:fingerprint template (right index)))", "2026-09-14", "[[dl:OYELA804125M99TQ]]"],
            ["40287", "<<Priyanka Desai>>", "Harrogate", "CD safe 3", "((bio:fingerprint template (left index)))", "2026-09-15", "[[dl:DESAI857309P99RW]]"],
            ["40301", "<<Jodie Nettleship>>", "Bradford South", "CD safe 2", "PIN + card (fingerprint declined)", "2026-09-20", "[[dl:NETTL952141J99HB]]"],
        ]),
        ("About", [
            ["Controlled drugs cabinets log every access; the supplier stores templates, not images."],
        ]),
    ])


@doc("amb-investigation-meeting.docx")
def _(D):
    return docx(D, [
        ("h", "Investigation meeting — notes"),
        ("p", "Meeting held 24 November 2026 at Leeds Central station about the response to incident 2611-03302."),
        ("table", [["Present", "Role"],
                   ["<<Gareth Pennock>>", "Investigating officer, Clinical Operations Manager"],
                   ["<<Priyanka Desai>>", "Paramedic (employee)"],
                   ["<<Alun Brightwater>>", "((tu:GMB workplace representative)), accompanying"],
                   ["<<Tamsin Yardley>>", "HR adviser, note taker"]]),
        ("p", "<<Priyanka>> explained that the vehicle was diverted twice. She disclosed that she has been ((health:receiving "
              "counselling for work-related stress)) since the summer and asked for the occupational health referral to be expedited."),
        ("p", "<<Alun>> asked that the rota pattern be considered. The investigating officer agreed to obtain CAD logs."),
        ("box", "Next meeting: 8 December 2026\nHR contact: [[email:hr.casework@yorkshire-amb.example.nhs.uk=>hr.casework@yorkshire-amb.example.nhs.uk]]"),
    ], header="Yorkshire & Dales Ambulance Service — Employee Relations — OFFICIAL-SENSITIVE",
        footer="Employment contract clause 14: staff may be represented by a recognised trade union ({{UNISON, GMB or Unite}}) or a colleague.",
        comments=[("HR Casework", "Check whether the OH referral went on 20/11.")],
        creator="HR Casework")


@doc("amb-call-audit.json")
def _(D):
    return as_json(D, {
        "auditId": "CA-2026-1184",
        "call": {"received": "2026-11-17T02:14:33Z", "callerNumber": "[[phone:+44 7700 900952]]", "callerName": "<<Shannon Ackroyd>>",
                 "relationship": "flatmate", "location": {"address": "Flat 12, Bramley Towers, Leeds", "postcode": "[[pc:LS13 2EZ]]",
                 "what3words": "///lamp.tiger.river"}},
        "patient": {"name": "<<Jordan Ackroyd>>", "age": 27, "notes": "((health:unresponsive, suspected heroin overdose; known to inject))"},
        "triage": {"system": "NHS Pathways", "disposition": "Category 1", "naloxoneAdvice": True},
        "auditor": {"name": "<<Helen Mbeki-Shaw>>", "score": "compliant 96%", "comment": "good breathing checks"},
    })


@doc("amb-frequent-callers.tsv")
def _(D):
    return delimited(D, [
        ["ref", "name", "dob", "calls_90d", "pattern", "plan", "lead"],
        ["FC-031", "<<Maureen Tolliday>>", "[[dob:22/07/1950]]", "41", "((health:falls at night; vascular dementia))", "falls team + telecare", "<<Ewan Castellano>>"],
        ["FC-044", "<<Dariusz Nowicki>>", "[[dob:03/03/1979]]", "28", "((health:alcohol dependency; chest pain calls when intoxicated))", "alcohol liaison", "<<Ewan Castellano>>"],
        ["FC-052", "<<Shirley Oduya>>", "[[dob:15/10/1962]]", "19", "((health:COPD exacerbations; anxiety))", "respiratory rescue pack", "<<Helen Mbeki-Shaw>>"],
    ], delimiter="\t")


@doc("amb-foi-reply.txt")
def _(D):
    return text(D, """Yorkshire & Dales Ambulance Service NHS Trust
Freedom of Information — response FOI-26-0933

Dear requester,

You asked how many assaults on staff were recorded in 2025. We recorded 1,114 physical assaults and
2,860 incidents of verbal abuse. We do not hold the religion, ethnicity or sexual orientation of the
people responsible. Our Wakefield station was closed for six weeks with legionella in the water tanks and
the fleet workshop has a damp problem; neither affected response times.

If you are unhappy with this response you may ask for an internal review by writing to
[[email:foi@yorkshire-amb.example.nhs.uk=>foi@yorkshire-amb.example.nhs.uk]] or Information Governance, Springhill 2, Wakefield [[pc:WF2 0XQ]].

<<Lucinda Farrant>>
Information Governance Officer, [[phone:0113 496 0999]]
""")


# ---- a sixth-form college's admissions, bursaries and student services


@doc("college-application.docx")
def _(D):
    return docx(D, [
        ("h", "Application for a place — September 2027"),
        ("table", [["Surname", "<<O'Driscoll>>"], ["Forename", "<<Fionnuala>>"], ["Date of birth", "[[dob:27/01/2011]]"],
                   ["Address", "5 Larkspur Close, Bolton [[pc:BL3 4RF]]"], ["Parent/carer", "<<Siobhan O'Driscoll>>"],
                   ["Parent phone", "[[phone:07700 900461]]"], ["Parent email", "[[email:s.odriscoll@example.com]]"],
                   ["Courses", "Biology, Chemistry, Psychology (A level)"],
                   ["Faith place criterion", "((rel:baptised Catholic; certificate of baptism from St Ethelbert's, Deane, attached))"],
                   ["Free school meals", "yes"]]),
        ("p", "Priest's reference: <<Fionnuala>> ((rel:and her family have attended Mass weekly at this parish since 2016)). "
              "— Fr <<Anselm Kowalczyk>>"),
        ("p", "Additional needs: ((health:type 1 diabetes (insulin pump))); care plan to be shared with the school nurse."),
    ], header="Thornleigh Sixth Form College — Admissions", footer="Thornleigh Sixth Form College, Sharples Park, Bolton [[pc:BL1 6PQ]]",
        comments=[("Admissions", "Faith places: 8 of 40 left.")], creator="Admissions")


@doc("college-bursary-awards.xlsx")
def _(D):
    return xlsx(D, [
        ("Awards 2026-27", [
            ["Student", "ID", "DOB", "Category", "Award £", "Sort code", "Account", "Notes"],
            ["<<Kieran Lomax>>", "TS26-0142", "[[dob:2010-05-13]]", "vulnerable — care leaver", 1200, "20-99-51[[=bank:209951:31104876]]", "31104876", "laptop loan"],
            ["<<Amira El-Sayed>>", "TS26-0188", "[[dob:2010-09-02]]", "discretionary (FSM)", 600, "30-15-99[[=bank:301599:87231065]]", "87231065", ""],
            ["<<Tyler Gaskell>>", "TS26-0203", "[[dob:2009-12-19]]", "discretionary", 450, "", "", "((health:autism — travel trainer))"],
            ["<<Zofia Grabowska>>", "TS26-0231", "[[dob:2010-03-08]]", "vulnerable — receives PIP", 1200, "11-03-19[[=bank:110319:60715522]]", "60715522", "((health:PIP for cerebral palsy))"],
        ]),
        ("Trip payments", [
            ["Student", "Trip", "Paid by card", "Amount"],
            ["<<Tyler Gaskell>>", "Geography field week", "[[card:4111 1111 1111 1111]]", 85],
            ["<<Amira El-Sayed>>", "Theatre visit", "[[card:5555-5555-5555-4444]]", 22.5],
        ]),
    ])


@doc("college-equality-monitoring.csv")
def _(D):
    return delimited(D, [
        ["student_id", "name", "ethnicity", "religion", "sexual_orientation", "disability"],
        ["TS26-0142", "<<Kieran Lomax>>", "((race:White British))", "No religion", "Prefer not to say", "None"],
        ["TS26-0188", "<<Amira El-Sayed>>", "((race:Arab))", "((rel:Muslim))", "Prefer not to say", "None"],
        ["TS26-0250", "<<Devon Baptiste>>", "((race:Black Caribbean))", "((rel:Christian (Pentecostal)))", "((sex:Bisexual))", "((health:Dyslexia))"],
        ["TS26-0261", "<<Hoang Linh Pham>>", "((race:Vietnamese))", "((rel:Buddhist))", "((sex:Heterosexual))", "None"],
    ])


@doc("college-canteen-palm-vein.json")
def _(D):
    return as_json(D, {
        "vendor": "VeinPay Cashless Catering",
        "site": "Thornleigh SFC",
        "enrolments": [
            {"learner": {"firstName": "<<Kieran>>", "lastName": "<<Lomax>>"}, "learnerId": "TS26-0142",
             "credential": "((bio:palm-vein template))", "consent": "learner (16+)", "enrolledAt": "2026-09-07", "freeMealsEntitled": True},
            {"learner": {"firstName": "<<Devon>>", "lastName": "<<Baptiste>>"}, "learnerId": "TS26-0250",
             "credential": "((bio:palm-vein template))", "consent": "learner (16+)", "enrolledAt": "2026-09-07", "freeMealsEntitled": False},
            {"learner": {"firstName": "<<Zofia>>", "lastName": "<<Grabowska>>"}, "learnerId": "TS26-0231",
             "credential": "PIN card (opted out of palm scanning)", "consent": "n/a", "enrolledAt": "2026-09-09", "freeMealsEntitled": True},
        ],
        "topUps": [{"learnerId": "TS26-0250", "card": "[[card:4000 0566 5566 5556]]", "amount": 20.0, "payerEmail": "[[email:m.baptiste@example.org]]"}],
    })


@doc("college-safeguarding-note.txt")
def _(D):
    return text(D, """THORNLEIGH SFC — SAFEGUARDING RECORD (CPOMS export)
Student: <<Jayden Holroyd-Baines>> (TS26-0307)   DOB: [[dob:04/11/2009]]
Logged by: <<Philippa Ainscough>>, Designated Safeguarding Lead
Date: 18/11/2026

<<Jayden>> came to student services after tutorial. He disclosed ((health:self-harming (cutting) over the past
month)) and said he has been ((health:struggling to sleep)). He also told me he ((crime:was given a youth caution
in October for possession of cannabis)) and is worried the college will find out.

Actions: parent (<<Leanne Holroyd>>, [[phone:07700 900462]]) informed with his agreement; referral to the
college counsellor and to CAMHS via his GP; safety plan agreed. Review 25/11/2026.
""")


@doc("college-ucu-deductions.eml")
def _(D):
    att = delimited(D, [["staff_no", "name", "strike_days", "deduction"],
                        ["T0412", "<<Gwilym Rees-Parry>>", "2", "£287.40"],
                        ["T0533", "<<Anjali Venkatesan>>", "2", "£301.12"],
                        ["T0618", "<<Mathieu Lefebvre>>", "1", "£139.88"]])
    return message(D, [
        ("From", "Payroll <[[email:payroll@thornleigh-sfc.example.ac.uk=>payroll@thornleigh-sfc.example.ac.uk]]>"),
        ("To", "<<Harriet Colclough>> <[[email:h.colclough@thornleigh-sfc.example.ac.uk=>h.colclough@thornleigh-sfc.example.ac.uk]]>"),
        ("Subject", "November payroll: strike deductions"),
        ("Date", "Fri, 20 Nov 2026 15:30:00 +0000"),
        ("Message-ID", "<payroll-2611-17@thornleigh-sfc.example.ac.uk>"),
    ], """Hi <<Harriet>>,

Attached are the deductions for the ((tu:UCU members who took part in the 12-13 November strike)) ( <<Gwilym>>,
<<Anjali>> and <<Mathieu>> ). <<Gwilym>> is also ((tu:the UCU branch secretary)) and has asked that his facility
time on those days is not deducted — can you confirm?

Thanks
Payroll team, [[phone:01204 496 210=>+441204496210]]
""", attachments=[("strike-deductions-nov.csv", "text/csv", att)])


@doc("college-student-elections.html")
def _(D):
    return html(D, "Student council elections 2026 — candidates", """<h1>Student council elections — candidates</h1>
<dl>
<dt><<Ruairi Connaughton>> (President)</dt>
<dd>"I've been ((pol:a Young Labour member since I was fourteen)) and I'll campaign for free bus passes."</dd>
<dt><<Maisie Fothergill>> (President)</dt>
<dd>"Better study spaces, longer library hours."</dd>
<dt><<Yusuf Patel>> (Welfare officer)</dt>
<dd>"As ((pol:a Green Party activist)) I want a plastic-free canteen."</dd>
<dt><<Ellen Marsh-Okafor>> (Equality officer)</dt>
<dd>"As ((sex:a lesbian)) I want our LGBT+ society properly funded."</dd>
</dl>
<p>Voting opens Monday on the student portal. Queries: [[email:studentvoice@thornleigh-sfc.example.ac.uk=>studentvoice@thornleigh-sfc.example.ac.uk]]</p>
<p>The Conservative Club, the Islamic Society and the Christian Union will hold hustings in the {{Fothergill Building}}.</p>""")


@doc("college-admissions-interview.rtf")
def _(D):
    return rtf(D, [
        "Admissions interview record",
        "Applicant: <<Bartholomew Nkemelu>>    Date of birth: [[dob:19/06/2010]]",
        "Current school: St Wilfrid's RC High. Interviewed by <<Anjali Venkatesan>>, 16 November 2026.",
        "Predicted grades: 7s and 8s; wants Maths, Further Maths, Physics.",
        "Support: ((health:dyslexia and dyspraxia)) — extra time in exams; laptop.",
        "Disclosure: applicant declared ((crime:a referral order in 2025 for an assault at school)); risk assessment by the DSL before offer.",
        "Contact: parent <<Chidinma Nkemelu>>, [[phone:07700 900463]], [[email:c.nkemelu@example.net]]",
    ])


# ---- a social landlord's anti-social behaviour team


@doc("asb-case-log.xlsx")
def _(D):
    return xlsx(D, [
        ("Open cases", [
            ["Case", "Opened", "Complainant", "Alleged perpetrator", "Type", "Summary", "Officer"],
            ["ASB-7731", "2026-09-14", "<<Hodan Warsame>>", "<<Lee Pickersgill>>", "Hate incident",
             "((race:Somali family)) at no. 14 subjected to racist graffiti and shouting; ((crime:perpetrator arrested for racially aggravated harassment))", "<<Beverley Nuttall>>"],
            ["ASB-7740", "2026-10-02", "<<Graham Sowerby>>", "unknown", "Noise", "parties at weekends, flat above", "<<Beverley Nuttall>>"],
            ["ASB-7752", "2026-10-19", "<<Agnieszka Zielińska>>", "<<Craig Fensome>>", "Harassment",
             "neighbour dispute over parking; no offences alleged", "<<Tobias Rutherford>>"],
        ]),
        ("Contacts", [
            ["Name", "Phone", "Email"],
            ["<<Hodan Warsame>>", "[[phone:07700 900311]]", "[[email:hodan.warsame@example.com]]"],
            ["<<Graham Sowerby>>", "[[phone:0161 496 0417]]", ""],
            ["<<Agnieszka Zielińska>>", "[[phone:07700 900312]]", "[[email:a.zielinska@example.org]]"],
        ]),
    ])


@doc("asb-injunction-application.pdf")
def _(D):
    return pdf(D, [[
        "IN THE COUNTY COURT AT MANCHESTER",
        "Claim no. M26X0412   Anti-social Behaviour, Crime and Policing Act 2014, s.1",
        "Claimant: Irwell Valley Homes Ltd.   Defendant: Craig Fensome".replace("Craig Fensome", "<<Craig Fensome>>"),
        "Defendant's date of birth: [[dob:12/08/1990]]   Address: 44 Ordsall Lane, Salford [[pc:M5 3XW]]",
        "Grounds: repeated intimidation of residents of Ordsall Court between June and November 2026.",
        "The defendant ((crime:was convicted at Manchester Magistrates' Court on 2 October 2026 of criminal damage))",
        "to the communal door entry system, and ((crime:is on bail for a public order offence)).",
        "Witness statements: Agnieszka Zielinska, Tobias Rutherford (housing officer).".replace("Agnieszka Zielinska", "<<Agnieszka Zielinska>>").replace("Tobias Rutherford", "<<Tobias Rutherford>>"),
        "Solicitor for the claimant: Hartwell Brierley LLP, ref TR/ASB/118, [[phone:0161 496 0550]]",
    ]])


@doc("asb-diary-sheet.txt")
def _(D):
    return text(D, """Irwell Valley Homes — Noise & nuisance diary sheet (returned by post)
Name: <<Kenneth Mottram>>          Address: 7 Ordsall Court, Salford [[pc:M5 3XY]]
Phone: [[phone:0161 496 0418]]

Sat 7 Nov, 23:40 — music from no. 9, shouting in the stairwell.
Sun 8 Nov, 01:15 — man from no. 9 banging on the door of no. 5 shouting abuse at <<Stephen>> and <<Ifor>>,
   ((sex:the gay couple who live there)), calling them names I won't write down.
Tue 10 Nov, 18:00 — bin bags left outside my door again.
Thu 12 Nov, 22:30 — smell of cannabis on landing (can't say which flat).

Signed: <<K. Mottram>>   Date: 13/11/2026
""")


@doc("asb-multi-agency-panel.docx")
def _(D):
    return docx(D, [
        ("h", "Community MARAC / ASB panel — case summary"),
        ("p", "Case ASB-7766. Presented by <<Tobias Rutherford>>, Irwell Valley Homes."),
        ("table", [["Tenant", "<<Doreen Ashworth>>"], ["Date of birth", "[[dob:30/11/1958]]"], ["Address", "2 Weaste Road, Salford [[pc:M6 5WR]]"],
                   ["NI number (benefits check)", "[[nino:QQ 78 90 12 A]]"], ["Police contact", "PC <<Nadeem Arshad>>, Salford NPT"]]),
        ("p", "Neighbours report shouting at night and items thrown from the balcony. Adult social care report that "
              "Mrs <<Ashworth>> has ((health:early-onset Alzheimer's)) and ((health:a long-standing psychotic illness)); the behaviour is linked "
              "to missed depot injections."),
        ("p", "Agreed: no enforcement; CMHT to review medication; housing to consider a move to extra-care."),
    ], header="OFFICIAL-SENSITIVE — not for disclosure", footer="Irwell Valley Homes, Broad Street, Salford [[pc:M6 5BN]]",
        comments=[("Panel Chair", "Invite the GP next time.")])


@doc("asb-posters-complaint.eml")
def _(D):
    return message(D, [
        ("From", "<<Marjorie Tindall>> <[[email:marjorie.tindall@example.net]]>"),
        ("To", "ASB Team <[[email:asb@irwellvalley-homes.example.org]]>"),
        ("Subject", "Posters on the communal noticeboard"),
        ("Date", "Mon, 16 Nov 2026 08:55:21 +0000"),
        ("Message-ID", "<mt-1611@example.net>"),
    ], """Dear ASB team,

My neighbour <<Desmond Fairclough>> at flat 11 keeps covering the noticeboard with election posters. He's ((pol:a
Reform UK activist)) and I don't mind that, but when I put up one for ((pol:my own party, the Liberal Democrats)) he
tore it down and called me a traitor. It is the third time.

I am at 11 Chaseley Road, Salford [[pc:M6 7DZ]]; phone [[phone:07700 900313]].

Regards
<<Marjorie Tindall>>
""", html_body="""<p>Dear ASB team,</p><p><<Desmond Fairclough>> keeps tearing down my posters. Please ring me on [[phone:07700 900313]].</p>
<p><<Marjorie Tindall>></p>""")


@doc("asb-tenancy-warning.odt")
def _(D):
    return odf(D, "odt", [
        "Irwell Valley Homes",
        "Broad Street, Salford [[pc:M6 5BN]] · [[phone:0161 496 0500]]",
        "Private and confidential",
        "<<Mr Leonard Quigley>>".replace("<<Mr Leonard Quigley>>", "Mr <<Leonard Quigley>>"),
        "Flat 3, 19 Eccles Old Road, Salford [[pc:M6 8AS]]",
        "Tenancy ref T-204417",
        "Dear Mr <<Quigley>>,",
        "Your tenancy — condition of the property",
        "At our inspection on 9 November we found the flat filled with stored items, blocking the fire exit. We know from "
        "your support worker that ((health:you have obsessive compulsive disorder with hoarding)) and we do not want to take "
        "enforcement action. We have arranged for a specialist clear-out, free of charge, on 1 December.",
        "Please call me on [[phone:07700 900314]] if that date is not suitable.",
        "Yours sincerely,",
        "<<Beverley Nuttall>>, Tenancy Enforcement Officer",
    ])


@doc("asb-cctv-requests.jsonl")
def _(D):
    rows = [
        {"requestId": "CCTV-0931", "requestedBy": "DC <<Karl Heseltine>>".replace("DC <<Karl Heseltine>>", "DC <<Karl Heseltine>>"), "agency": "GMP",
         "purpose": "investigation of racially aggravated harassment, crime ref 13/7731/26", "camera": "Ordsall Court lobby", "portalIp": "[[ip:192.0.2.201]]"},
        {"requestId": "CCTV-0934", "requestedBy": "<<Beverley Nuttall>>", "agency": "Irwell Valley Homes",
         "purpose": "fly-tipping, bin store", "camera": "Weaste Road bin store", "portalIp": "[[ip:192.0.2.202]]"},
        {"requestId": "CCTV-0940", "requestedBy": "<<Amelia Stansfield>>", "agency": "Stansfield & Co solicitors (tenant's)".replace("Stansfield & Co", "{{Stansfield & Co}}"),
         "purpose": "subject access by tenant", "camera": "Chaseley Road entrance", "portalIp": "[[ip:203.0.113.9]]", "contact": "[[email:amelia@stansfield-law.example.co.uk=>amelia@stansfield-law.example.co.uk]]"},
    ]
    return as_json(D, rows, lines=True)


@doc("asb-officer-grievance.md")
def _(D):
    return text(D, """# Grievance hearing — outcome note

**Employee:** <<Tobias Rutherford>>, Housing Officer (ASB team)
**Companion:** <<Rukhsana Begum>>, ((tu:UNISON branch steward))
**Hearing manager:** <<Philip Dunderdale>>, Head of Neighbourhoods
**Date:** 23 November 2026

<<Tobias>> raised a grievance about lone working at Ordsall Court after a resident threatened him with a knife in
October. <<Rukhsana>> asked, ((tu:on behalf of the union)), for body-worn cameras and double-crewing for visits
to that block.

Outcome: upheld in part. Double-crewing agreed for three months; body-worn cameras to be trialled. <<Tobias>> told
the hearing he has ((health:had panic attacks since the incident)) and has been referred to occupational health.

Contact HR: [[email:hr@irwellvalley-homes.example.org]] · [[phone:0161 496 0501]]
""")


# ---- a university research ethics committee's participant files


@doc("rec-participant-register.xlsx")
def _(D):
    return xlsx(D, [
        ("Participants", [
            ["Study", "Participant ID", "Name", "DOB", "NHS number", "Ethnicity", "Condition", "Payment"],
            ["REC-26-114", "P-001", "<<Chiamaka Udeh>>", "[[dob:1984-02-11]]", "[[nhs:999 045 6127]]", "((race:Black African (Nigerian)))", "((health:HIV, on ART since 2015))", "£40 voucher"],
            ["REC-26-114", "P-002", "<<Thandiwe Mokoena>>", "[[dob:1991-07-27]]", "[[nhs:9991357246]]", "((race:Black African (South African)))", "((health:HIV, newly diagnosed))", "£40 voucher"],
            ["REC-26-114", "P-003", "<<Roisin Hartigan>>", "[[dob:1979-10-05]]", "", "((race:White Irish))", "control (no condition)", "£40 voucher"],
        ]),
        ("Study", [
            ["Field", "Value"],
            ["Title", "Stigma and adherence among women living with HIV"],
            ["Chief investigator", "Dr <<Lucienne Abara>>"],
            ["Sponsor contact", "[[email:research.governance@pennine-univ.example.ac.uk=>research.governance@pennine-univ.example.ac.uk]]"],
        ]),
    ])


@doc("rec-consent-voice-gait.pdf")
def _(D):
    return pdf(D, [[
        "PARTICIPANT CONSENT FORM - Study REC-26-131: Early detection of Parkinson's from voice and walking",
        "Participant name: Edmund Threlfall".replace("Edmund Threlfall", "<<Edmund Threlfall>>"),
        "Date of birth: [[dob:17/09/1952]]",
        "I have ((health:Parkinson's disease, diagnosed 2023)) and have read the information sheet (v3).",
        "I agree to recordings of my voice from which a ((bio:voiceprint)) will be made, and to ((bio:gait recognition)) analysis",
        "from video of my walking; I understand these can identify me and are kept encrypted.",
        "Signature: E. Threlfall".replace("E. Threlfall", "<<E. Threlfall>>") + "    Date: 09/11/2026",
        "Researcher: Oyinkansola Bello".replace("Oyinkansola Bello", "<<Oyinkansola Bello>>") + "    Contact: [[phone:0113 496 0677]]",
    ]])


@doc("rec-incidental-finding.eml")
def _(D):
    return message(D, [
        ("From", "<<Lucienne Abara>> <[[email:l.abara@pennine-univ.example.ac.uk=>l.abara@pennine-univ.example.ac.uk]]>"),
        ("To", "Research Ethics Committee <[[email:rec@pennine-univ.example.ac.uk=>rec@pennine-univ.example.ac.uk]]>"),
        ("Cc", "<<Magnus Thorvaldsen>> <[[email:m.thorvaldsen@pennine-univ.example.ac.uk=>m.thorvaldsen@pennine-univ.example.ac.uk]]>"),
        ("Subject", "REC-25-087: incidental finding, participant P-044"),
        ("Date", "Thu, 19 Nov 2026 17:45:00 +0000"),
        ("Message-ID", "<abara-2611-19@pennine-univ.example.ac.uk>"),
    ], """Dear Chair,

Whole-genome sequencing for our cohort study has returned an incidental finding for participant P-044,
<<Gwendolyn Ashdown>> (date of birth [[dob:04/04/1976]]): ((gen:a pathogenic BRCA2 variant, c.5946delT)).
She consented to be told of actionable findings. We propose that the study clinician, <<Magnus>>, calls her and
refers her to clinical genetics for confirmatory testing before anything is written to her GP.

Please advise whether a minor amendment is needed.

<<Lucienne>>
""")


@doc("rec-adverse-event.docx")
def _(D):
    return docx(D, [
        ("h", "Adverse event report to the REC"),
        ("table", [["Study", "REC-26-102 — cold water immersion and mood"], ["Participant", "<<Oisín Mac Giolla>> (P-017)"],
                   ["Date of birth", "[[dob:25/12/1998]]"], ["Event date", "12/11/2026"],
                   ["Reporter", "<<Harpreet Gill>>, research assistant, [[phone:07700 900521]]"]]),
        ("p", "During the third immersion session the participant ((health:developed an irregular heartbeat and was taken "
              "to A&E)); an ECG showed ((health:atrial fibrillation)), which resolved. He disclosed afterwards that he had "
              "((health:stopped taking his antidepressants)) a week before. Judged possibly related; protocol to add ECG screening."),
        ("box", "Sponsor ref: SAE-26-009\nReported within 15 days: yes"),
    ], header="Pennine University — Research Ethics Committee", footer="Confidential: contains participant data",
        comments=[("REC Secretary", "Chair's action needed on the amendment.")], creator="REC Secretary")


@doc("rec-sexual-health-survey.csv")
def _(D):
    return delimited(D, [
        ["pid", "name_for_voucher", "email_for_voucher", "age_band", "q7_partners_12m", "q9_relationship", "q12_prep_use"],
        ["SH-201", "<<Callum Drummond>>", "[[email:cdrummond@example.com]]", "25-34", "((sex:6 male partners))", "((sex:single, has sex with men))", "((health:on PrEP))"],
        ["SH-202", "<<Leila Haddad>>", "[[email:leila.h@example.org]]", "18-24", "((sex:1 female partner))", "((sex:in a relationship with a woman))", "no"],
        ["SH-203", "<<Piotr Zawadzki>>", "[[email:pzawadzki@example.net]]", "35-44", "((sex:2 partners (1 male, 1 female)))", "married", "no"],
    ])


@doc("rec-committee-minutes.md")
def _(D):
    return text(D, """# Research Ethics Committee — minutes of 25 November 2026

**Present:** Prof <<Imogen Carruthers>> (Chair), Dr <<Rajesh Balakrishnan>>, <<Fenella Goodhew>> (lay member),
<<Thaddeus Mwangi>> (lay member), <<Bethan Prosser>> (Secretary)

## 1. Declarations of interest

<<Fenella Goodhew>> declared that she is ((pol:a serving Conservative councillor)) on Calderdale Council and left the
room for item 4 (a study of local election canvassers).

## 2. REC-25-087 incidental finding

Noted. The committee agreed the clinician's call should come first; no amendment needed.

## 3. REC-26-140 (study of prayer and recovery after surgery)

Approved with conditions. The committee asked that participants recruited through the {{St Hild's}} chaplaincy be
told that taking part is voluntary.

## 4. REC-26-143 (canvassers study)

Deferred. Next meeting 16 December. Papers to [[email:rec@pennine-univ.example.ac.uk=>rec@pennine-univ.example.ac.uk]].
""")


@doc("rec-withdrawals.json")
def _(D):
    return as_json(D, {"withdrawals": [
        {"participant": "<<Nusrat Chowdhury>>", "study": "REC-26-102", "received": "2026-11-02", "channel": "email",
         "email": "[[email:nusrat.c@example.com]]", "reason": "((rel:fasting during Ramadan)) and cannot attend morning sessions",
         "dataAction": "keep data collected so far"},
        {"participant": "<<Hedda Sorensen-Platt>>", "study": "REC-24-019 (Pennine Ageing Biobank)", "received": "2026-11-09", "channel": "letter",
         "postcode": "[[pc:HX1 2QT]]", "reason": "asked that ((gen:her APOE e4/e4 genotype)) and sample be destroyed after reading about insurance",
         "dataAction": "destroy sample and genotype"},
        {"participant": "<<Cormac Delaney>>", "study": "REC-26-131", "received": "2026-11-20", "channel": "phone", "phone": "[[phone:07700 900522]]",
         "reason": "((health:admitted to hospital with pneumonia))", "dataAction": "keep data collected so far"},
    ]})


@doc("rec-prison-study.txt")
def _(D):
    return text(D, """Pennine University — REC-26-118 — Site file note (HMP Wealstun)
Study: Education and desistance among men serving long sentences

Interviews completed this month (pseudonyms in transcripts; real names held only in this file):

<<Lloyd Ashcombe>>   — ((crime:serving 9 years for robbery)); ((health:dyslexia)) assessed by the education dept.
<<Terrence Obuya>>   — ((crime:life sentence for murder, tariff 15 years)); completed an Open University degree.
<<Ciaran Tully>>     — ((crime:4 years for supplying class A drugs)); ((health:in recovery, on methadone)).

Prisoner numbers are on the gate list kept by the research office, not here.
Security vetting for the interviewer (<<Marisol Etxeberria>>) renewed: DOB [[dob:02/02/1993]], NI [[nino:QQ890123B]], passport [[passport:563829104]].
Contact the governor's office on [[phone:01937 496 880=>+441937496880]] before each visit.
""")


# ---- policy, privacy-notice and training prose that names no one


@doc("policy-bsl-interpreting-confidentiality.txt")
def _(D):
    return text(D, """Signpost Deaf Services — Interpreting and confidentiality policy (v4, 2026)

1. Interpreters booked through the charity often learn health information (a diagnosis, a hearing loss, a
   cochlear implant review, a mental health assessment), religious matters (a funeral, a baptism, a mosque or
   church meeting) and details of court cases. All of it is confidential.
2. Interpreters must not repeat anything learned at an assignment, including to other Deaf community members.
3. Where a Deaf client asks for an interpreter of the same faith or sex, we will try to meet the request; the
   reason for the request is not recorded.
4. Membership of a trade union such as NUBSLI is a matter for each interpreter and is never a condition of work.
5. Our front door uses face recognition only for members who opt in; a PIN or a staffed reception is always offered.
6. Breaches are reported to the Data Protection Lead within 24 hours: [[email:dpo@signpost-deaf.example.org]].
""")


@doc("training-interpreter-code.rtf")
def _(D):
    return rtf(D, [
        "Training module 3: the court interpreter's code of conduct",
        "You will interpret in criminal trials for theft, assault, drug supply and sexual offences, and in tribunals about "
        "disability discrimination, sexual orientation harassment and race discrimination. Interpret everything, add nothing.",
        "Never give advice. Never express a political opinion or religious view at court, even when asked by a defendant.",
        "Declare a conflict of interest if you know the defendant, the victim or a witness, or if you are a member of a "
        "party or campaign that is involved in the case.",
        "Voice verification on the phone line compares your voice with a stored voiceprint; if it fails, the desk calls you back.",
        "Exercise: in pairs, practise interpreting a caution and the words \u201cyou do not have to say anything\u201d.",
    ])


@doc("policy-asylum-privacy-notice.html")
def _(D):
    return html(D, "Privacy notice — clients", """<h1>How we use your information</h1>
<p>To advise you on an asylum or immigration case we need to record why you fear return. This may include your
political opinions, your religion or belief, your ethnic group, your sexual orientation or gender identity, your
health, and any criminal convictions in the UK or abroad. UK GDPR Articles 9 and 10 allow us to do this to
establish and defend legal claims.</p>
<p>We may arrange a DNA relationship test for family reunion, with your written consent. We never share information
with the Home Office without your agreement, except where the law requires it.</p>
<p>Biometric residence permits and fingerprint appointments are managed by the Home Office, not by us.</p>
<p>Questions: Data Protection Officer, Northgate Migrant Advice, [[email:dpo@northgate-advice.example.org]].</p>""")


@doc("policy-donor-eligibility.md")
def _(D):
    return text(D, """# Who can give blood — donor eligibility guidance (public)

- Everyone is asked the same questions about recent sexual partners, whatever their gender or sexual orientation.
- If you have had a new sexual partner in the last three months and have had anal sex, you will be asked to wait.
- You can't give blood if you take some medicines (for example warfarin), or have had some cancers or heart conditions.
- We ask donors of Black African, Black Caribbean and mixed heritage to consider registering, because rare blood
  types such as Ro are more common in these groups and help patients with sickle cell disease.
- Tissue typing (HLA) for the stem cell register is done only with your consent.
- Faith and belief: if your religion has guidance on transfusion or organ donation, our nurses will respect it.

Questions: [[phone:0306 999 0199]].
""")


@doc("training-ambulance-safeguarding.pdf")
def _(D):
    return pdf(D, [[
        "Level 2 safeguarding refresher - frontline crews (2026)",
        "1. Patients may tell you about domestic abuse, self-harm, drug or alcohol use, a sexual assault, or their",
        "   mental health. Record what was said, in their words, on the ePCR safeguarding section.",
        "2. Respect faith wishes: a Jehovah's Witness may carry an advance decision refusing blood; a Muslim or",
        "   Jewish family may ask for a same-sex clinician or for rapid release of the body.",
        "3. Assaults on staff are crimes. Report every incident on Datix; the police decide on arrest and charge.",
        "4. Never record a patient's ethnicity, religion or sexual orientation unless it is clinically relevant.",
        "5. Controlled drugs cabinets use fingerprint readers; templates are held by the supplier, never images.",
    ], [
        "Scenario for discussion",
        "A crew attends a man in his thirties with chest pain at a mosque during Friday prayers. What do you do first?",
        "Safeguarding hub: [[phone:0113 496 0990]], [[email:safeguarding@yorkshire-amb.example.nhs.uk=>safeguarding@yorkshire-amb.example.nhs.uk]]",
    ]])


@doc("training-asb-hate-incidents.docx")
def _(D):
    return docx(D, [
        ("h", "Training: responding to hate incidents on our estates"),
        ("p", "A hate incident is any incident the victim or anyone else thinks was motivated by hostility towards race, "
              "religion, sexual orientation, disability or transgender identity. Record it as the victim describes it."),
        ("p", "Racially or religiously aggravated offences are crimes: refer to the police with the victim's consent, "
              "and offer a referral to a third-party reporting centre."),
        ("p", "Political disputes between neighbours (posters, leaflets) are not anti-social behaviour in themselves."),
        ("table", [["Situation", "First step"], ["Graffiti of a religious or racist kind", "photograph and remove within 24 hours"],
                   ["Homophobic abuse in a stairwell", "visit the victim within one working day"],
                   ["Hoarding linked to mental illness", "involve adult social care before any enforcement"]]),
    ], header="Irwell Valley Homes — Learning & Development", footer="For staff use. Contains no personal data.",
        creator="Learning and Development")


@doc("policy-college-biometrics.txt")
def _(D):
    return text(D, """Thornleigh Sixth Form College — Biometrics, admissions and bursary data policy

Palm-vein scanning in the canteen and library is optional. Students aged 16 and over give their own consent;
an alternative (a PIN card) is always available. Templates are deleted within 14 days of leaving.

Faith places: up to 20% of places are offered under the Catholic faith criterion, decided on a baptism certificate
or a priest's reference. This evidence is kept only until the end of the admissions cycle.

Bursary applications may include information about disability, health, care status and family income. Equality
monitoring (ethnicity, religion, sexual orientation) is voluntary and reported only in aggregate.

Unspent criminal convictions disclosed by applicants are seen only by the Designated Safeguarding Lead.

Staff who are members of a trade union (UCU, UNISON, GMB) have pay deductions for industrial action calculated
by payroll under the national agreement.

Data Protection Officer: [[email:dpo@thornleigh-sfc.example.ac.uk=>dpo@thornleigh-sfc.example.ac.uk]]
""")


@doc("policy-research-special-category.odt")
def _(D):
    return odf(D, "odt", [
        "Pennine University — Research data: special categories and criminal offence data (guidance for researchers)",
        "Studies that collect health data, genetic or genomic data (such as sequencing or APOE genotype), biometric data "
        "(voiceprints, gait, face images used to identify), or data about sex life, sexual orientation, ethnicity, religion, "
        "political opinions or trade union membership need a data protection impact assessment.",
        "Research with prisoners or about offending needs HMPPS approval as well as ethics approval.",
        "Incidental findings (for example a pathogenic variant found in sequencing) must be handled as the consent form says.",
        "Payment vouchers are sent to an email address held separately from the research data.",
        "Queries: Research Governance Office, [[email:research.governance@pennine-univ.example.ac.uk=>research.governance@pennine-univ.example.ac.uk]], "
        "[[phone:0113 496 0600]].",
    ])


# ---------------------------------------------------------------- main


def main():
    built, problems = [], []
    for name, make in REGISTRY:
        D = Doc(name)
        data = make(D)
        problems += [f"{name}: {p}" for p in D.problems()]
        built.append((D, data))
    names = [D.name for D, _ in built]
    if len(set(names)) != len(names):
        problems.append("duplicate document names")
    if problems:
        sys.exit("refused:\n" + "\n".join(problems))
    if DOCS.exists():
        shutil.rmtree(DOCS)
    DOCS.mkdir()
    built.sort(key=lambda b: b[0].name)
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for D, data in built:
            (DOCS / D.name).write_bytes(data)
            f.write(json.dumps(D.label(), ensure_ascii=False) + "\n")
    negatives = sum(D.name.startswith(("policy", "training")) for D, _ in built)
    ids = {}
    for D, _ in built:
        for kind, _v in D.ids:
            ids[kind] = ids.get(kind, 0) + 1
    per_cat = {c: sum(c in D.categories for D, _ in built) for c in ORDER}
    print(f"{len(built)} documents ({negatives} negative), {sum(len(D.names) for D, _ in built)} name labels, "
          f"{sum(ids.values())} identifier labels")
    print("identifiers: " + ", ".join(f"{k} {v}" for k, v in sorted(ids.items(), key=lambda kv: -kv[1])))
    print("documents per category: " + ", ".join(f"{c} {n}" for c, n in per_cat.items()))


if __name__ == "__main__":
    main()
