#!/usr/bin/env python3
"""Writes a generated council file share for benches/vs_pipeline.sh (issue 21
goal 7): FILES files (default 2,000) of 5-60 KB, about 35% docx, 20% xlsx,
25% pdf and 20% eml, in a few department folders. Standard library only,
deterministic (seeded); no real person's data.

- docx: zipfile + minimal OOXML, paragraphs of minutes and letters and a
  contacts table.
- xlsx: zipfile + minimal SpreadsheetML, a staff register: shared strings
  (names, NINOs, emails, phones, postcodes, NHS numbers) and numbers.
- pdf: written by hand, Helvetica text over one or more A4 pages, content
  streams plain or FlateDecode, a valid xref table.
- eml: plain text, or multipart/mixed holding a multipart/alternative body
  (text and HTML) and a base64 CSV attachment.

The personal data is synthetic: QQ NINOs (HMRC's specimen prefix),
example.com addresses, 07700 900xxx (Ofcom's drama range), NHS numbers in
the 999 test range with a valid check digit, postcodes, common names. Prints
the number of NINOs planted (each counted once: an HTML alternative repeats
its text body and is not counted again) and the share's size.

The pipeline benches/vs_pipeline.sh compares against needs poppler-utils
(pdftotext), docx2txt, xlsx2csv (`pip install xlsx2csv`) and ripgrep.

    python3 benches/office_share.py DIR [FILES]
"""

import base64
import functools
import io
import math
import os
import random
import re
import sys
import textwrap
import zipfile
import zlib
from xml.sax.saxutils import escape

SEED = 21
# An identifier's own spaces: textwrap never breaks a line inside one.
NB = "\x01"
NINO = re.compile("QQ[ \x01]?\\d{2}[ \x01]?\\d{2}[ \x01]?\\d{2}[ \x01]?[A-D]")

GIVEN = ["Jane", "Amir", "Siobhan", "David", "Priya", "Tom", "Olu", "Grace", "Mohammed", "Ellen", "Rhys", "Aisha",
         "Callum", "Fatima", "Gareth", "Hannah", "Kwame", "Lucy", "Marek", "Niamh", "Oliver", "Ravi", "Sophie", "Yusuf"]
FAMILY = ["Smith", "Patel", "Jones", "O'Brien", "Okafor", "Williams", "Khan", "Taylor", "Evans", "Brown", "Hughes",
          "Begum", "Campbell", "Davies", "Kowalski", "Murphy", "Nowak", "Roberts", "Singh", "Thomas", "Walker", "Wright"]
AREAS = ["LS", "M", "B", "CF", "EH", "G", "BS", "NE", "L", "S", "NG", "LE", "SW", "SE", "N", "E", "CB", "OX", "YO", "PL"]
STREETS = ["Mill Lane", "Church Street", "Station Road", "Park Avenue", "Grove Way", "High Street", "Victoria Road",
           "Queens Drive", "Manor Close", "Orchard Way"]
TEAMS = ["Housing", "Adult Social Care", "Children's Services", "Revenues and Benefits", "Planning", "Waste",
         "Human Resources", "Finance", "Licensing", "Libraries"]
DEPARTMENTS = ["housing", "social-care", "hr", "finance", "planning", "democratic-services", "revenues", "education"]
SENTENCES = [
    "The committee noted the report and agreed the recommendations set out in section {n}.",
    "Members asked officers to bring a revised budget to the next meeting of the {team} board.",
    "The {team} team will review the shared drive folders before the end of the quarter.",
    "Thank you for your letter of {d} {month} regarding the {team} service.",
    "Please find attached the minutes of the meeting held on {d} {month} 2026.",
    "The contract variation was approved subject to the usual procurement checks.",
    "Invoices are payable within thirty days of receipt unless otherwise agreed in writing.",
    "Training on the new case management system will run from {d} {month} for all staff in {team}.",
    "The risk register was updated and two new risks were added for the winter period.",
    "Officers confirmed that the consultation closes on {d} {month} and responses will be published.",
    "Any complaint should be addressed to the service manager within twenty working days.",
    "The lease on the depot expires next year and the options appraisal is under way.",
    "Ward councillors will be briefed before the proposal goes to Cabinet in {month}.",
    "Figures for the year to date show spending {n} per cent below the profiled budget.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


class People:
    """Synthetic people for one file; NINOs never repeat within it."""

    def __init__(self, r: random.Random):
        self.r = r
        self.ninos = set()

    def name(self) -> str:
        return f"{self.r.choice(GIVEN)}{NB}{self.r.choice(FAMILY)}"

    def nino(self) -> str:
        while True:
            v = f"QQ{self.r.randrange(1000000):06d}{'ABCD'[self.r.randrange(4)]}"
            if v != "QQ123456C" and v not in self.ninos:
                self.ninos.add(v)
                break
        return NB.join((v[:2], v[2:4], v[4:6], v[6:8], v[8])) if self.r.random() < 0.7 else v

    def email(self, name: str) -> str:
        given, family = name.lower().replace("'", "").split(NB)
        return f"{given}.{family}@example.com"

    def phone(self) -> str:
        return f"07700{NB}900{self.r.randrange(1000):03d}"

    def nhs(self) -> str:
        while True:
            d = [9, 9, 9] + [self.r.randrange(10) for _ in range(6)]
            check = 11 - sum(x * w for x, w in zip(d, range(10, 1, -1))) % 11
            if check != 10:
                s = "".join(map(str, d)) + str(check % 11)
                return NB.join((s[:3], s[3:6], s[6:]))

    def postcode(self) -> str:
        r = self.r
        return f"{r.choice(AREAS)}{r.randint(1, 19)}{NB}{r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}" \
               f"{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"

    def address(self) -> str:
        return f"{self.r.randint(1, 120)} {self.r.choice(STREETS)}, {self.postcode()}"


def prose(r: random.Random) -> str:
    return " ".join(r.choice(SENTENCES).format(n=r.randint(2, 40), d=r.randint(1, 28), month=r.choice(MONTHS),
                                               team=r.choice(TEAMS)) for _ in range(r.randint(2, 5)))


def personal(p: People) -> str:
    """One paragraph about a person, as a caseworker or HR officer writes it."""
    name = p.name()
    return p.r.choice([
        f"{name} (NI number {p.nino()}) starts in post on 1 {p.r.choice(MONTHS)}; payroll have the details.",
        f"Please contact {name} on {p.phone()} or at {p.email(name)} about the tenancy at {p.address()}.",
        f"Patient {name}, NHS number {p.nhs()}, was referred by the GP to the reablement team.",
        f"The applicant, {name} of {p.address()}, national insurance number {p.nino()}, has asked for a review.",
        f"{name} telephoned from {p.phone()} to report a missed collection at {p.address()}.",
        f"Our reference for {name} is NHS {p.nhs()}; correspondence to {p.email(name)} please.",
    ])


def paragraphs(r: random.Random, p: People):
    """Endless paragraphs: prose, with about one in ten about a person."""
    while True:
        yield personal(p) if r.random() < 0.1 else prose(r)


HEADER = ["Name", "NI number", "Email", "Mobile", "Postcode", "NHS number", "Team", "Salary"]
BUDGET = ["Cost centre", "Service", "Line", "Budget holder", "Budget", "Actual", "Variance"]
LINES = ["Staffing", "Agency staff", "Premises", "Transport", "Supplies and services", "Third party payments",
         "Income: fees and charges", "Grant income", "Recharges", "Capital financing"]


def register(r: random.Random, p: People):
    """Endless staff-register rows (strings and one number)."""
    while True:
        name = p.name()
        yield [name, p.nino(), p.email(name), p.phone(), p.postcode(), p.nhs(), r.choice(TEAMS),
               round(r.uniform(21000, 68000), 2)]


def budget(r: random.Random, p: People):
    """Endless budget-monitoring rows: numbers, with a budget holder's name."""
    while True:
        planned, actual = round(r.uniform(1000, 900000), 2), round(r.uniform(1000, 900000), 2)
        yield [f"CC{r.randint(1000, 9999)}", r.choice(TEAMS), r.choice(LINES), p.name(), planned, actual,
               round(planned - actual, 2)]


def plain(s) -> str:
    return str(s).replace(NB, " ")


def x(s) -> str:
    return escape(plain(s))


def zipped(members) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in members:
            z.writestr(zipfile.ZipInfo(name, (2026, 11, 2, 9, 30, 0)), text, zipfile.ZIP_DEFLATED)
    return buf.getvalue()


RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def content_types(overrides) -> str:
    return (XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            + "".join(f'<Override PartName="/{part}" ContentType="application/vnd.openxmlformats-officedocument.'
                      f'{kind}+xml"/>' for part, kind in overrides) + "</Types>")


def relationships(rels) -> str:
    return (XML + f'<Relationships xmlns="{PKG_RELS}">'
            + "".join(f'<Relationship Id="rId{i}" Type="{RELS}/{kind}" Target="{target}"/>'
                      for i, (kind, target) in enumerate(rels, 1)) + "</Relationships>")


def docx(title: str, paras, header, table) -> bytes:
    def para(text, bold=False):  # with an rsid, as Word writes it (docx2txt needs an attribute)
        props = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return f'<w:p w:rsidR="00C41D21"><w:r>{props}<w:t xml:space="preserve">{x(text)}</w:t></w:r></w:p>'

    def row(cells, bold=False):
        return "<w:tr>" + "".join(f'<w:tc><w:tcPr><w:tcW w:w="1400" w:type="dxa"/></w:tcPr>{para(c, bold)}</w:tc>'
                                  for c in cells) + "</w:tr>"
    half = len(paras) // 2
    grid = '<w:tblGrid>' + '<w:gridCol w:w="1400"/>' * len(header) + '</w:tblGrid>'
    body = (para(title, True) + "".join(map(para, paras[:half]))
            + (f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>{grid}{row(header, True)}'
               + "".join(map(row, table)) + "</w:tbl>" if table else "")
            + "".join(map(para, paras[half:]))
            + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>')
    return zipped([
        ("[Content_Types].xml", content_types([("word/document.xml", "wordprocessingml.document.main")])),
        ("_rels/.rels", relationships([("officeDocument", "word/document.xml")])),
        ("word/document.xml", XML + f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'),
    ])


def xlsx(header, table) -> bytes:
    strings, index = [], {}

    def cell(ref, value):
        if isinstance(value, float):
            return f'<c r="{ref}"><v>{value}</v></c>'
        value = plain(value)
        if value not in index:
            index[value] = len(strings)
            strings.append(value)
        return f'<c r="{ref}" t="s"><v>{index[value]}</v></c>'
    sheet = "".join(f'<row r="{n}">' + "".join(cell(f"{chr(65 + i)}{n}", v) for i, v in enumerate(cells)) + "</row>"
                    for n, cells in enumerate([header] + table, 1))
    styles = (f'<styleSheet xmlns="{S}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill>'
              '<fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
              '</styleSheet>')
    return zipped([
        ("[Content_Types].xml", content_types([("xl/workbook.xml", "spreadsheetml.sheet.main"),
                                               ("xl/worksheets/sheet1.xml", "spreadsheetml.worksheet"),
                                               ("xl/sharedStrings.xml", "spreadsheetml.sharedStrings"),
                                               ("xl/styles.xml", "spreadsheetml.styles")])),
        ("_rels/.rels", relationships([("officeDocument", "xl/workbook.xml")])),
        ("xl/workbook.xml", XML + f'<workbook xmlns="{S}" xmlns:r="{RELS}"><sheets>'
                                  '<sheet name="Staff" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels", relationships([("worksheet", "worksheets/sheet1.xml"),
                                                      ("sharedStrings", "sharedStrings.xml"),
                                                      ("styles", "styles.xml")])),
        ("xl/worksheets/sheet1.xml", XML + f'<worksheet xmlns="{S}"><sheetData>{sheet}</sheetData></worksheet>'),
        ("xl/sharedStrings.xml", XML + f'<sst xmlns="{S}" count="{len(strings)}" uniqueCount="{len(strings)}">'
                                       + "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings)
                                       + "</sst>"),
        ("xl/styles.xml", XML + styles),
    ])


@functools.lru_cache(maxsize=None)
def wrapped(text: str):
    return textwrap.wrap(text, 95) + [""]


def pdf(title: str, paras, compress: bool) -> bytes:
    lines = [title, ""]
    for text in paras:
        lines += wrapped(text)
    pages = [lines[i:i + 60] for i in range(0, len(lines), 60)]

    def literal(s):
        return "(" + plain(s).replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    objects = ["<< /Type /Catalog /Pages 2 0 R >>",
               "<< /Type /Pages /Kids [" + " ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages)))
               + f"] /Count {len(pages)} >>",
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    for i, page in enumerate(pages):
        stream = ("BT /F1 10 Tf 12 TL 56 790 Td\n" + "".join(f"{literal(s)} Tj T*\n" for s in page) + "ET\n").encode()
        extra = ""
        if compress:
            stream, extra = zlib.compress(stream), " /Filter /FlateDecode"
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
                       f" /Contents {5 + 2 * i} 0 R >>")
        objects.append((f"<< /Length {len(stream)}{extra} >>\nstream\n".encode(), stream + b"\nendstream"))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, obj in enumerate(objects, 1):
        offsets.append(len(out))
        head, tail = (obj.encode(), b"") if isinstance(obj, str) else obj
        out += f"{n} 0 obj\n".encode() + head + tail + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def eml(r: random.Random, p: People, n: int, paras, header, table) -> bytes:
    sender, to = p.name(), p.name()
    head = (f"From: {plain(sender)} <{p.email(sender)}>\nTo: {plain(to)} <{p.email(to)}>\n"
            f"Subject: {r.choice(TEAMS)} case {n:05d}\nDate: Mon, {r.randint(1, 28)} Sep 2026 10:{r.randint(10, 59)}:00"
            f" +0100\nMessage-ID: <{n:05d}.{r.randrange(10 ** 8)}@council.example.com>\nMIME-Version: 1.0\n")
    text = "\n\n".join(textwrap.fill(t, 76) for t in paras).replace(NB, " ") + "\n"
    if not table:
        return (head + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 7bit\n\n" + text).encode()
    csv = "\r\n".join(",".join(plain(c) for c in row) for row in [header] + table) + "\r\n"
    attachment = "\n".join(textwrap.wrap(base64.b64encode(csv.encode()).decode(), 76))
    html = "<html><body>" + "".join(f"<p>{x(t)}</p>" for t in paras) + "</body></html>"
    return (head + 'Content-Type: multipart/mixed; boundary="mixed"\n\n'
            '--mixed\nContent-Type: multipart/alternative; boundary="alt"\n\n'
            f"--alt\nContent-Type: text/plain; charset=utf-8\n\n{text}\n"
            f"--alt\nContent-Type: text/html; charset=utf-8\n\n{html}\n--alt--\n\n"
            '--mixed\nContent-Type: text/csv; name="register.csv"\nContent-Transfer-Encoding: base64\n'
            f'Content-Disposition: attachment; filename="register.csv"\n\n{attachment}\n--mixed--\n').encode()


def build(kind: str, r: random.Random, n: int, paras, header, table) -> bytes:
    """A file of this kind holding the paragraphs and the table (header, rows) given."""
    title = f"{r.choice(TEAMS)}: {r.choice(['minutes', 'case notes', 'letter', 'report', 'briefing'])} {n:05d}"
    if kind == "docx":
        return docx(title, paras, header, table)
    if kind == "xlsx":
        return xlsx(header, table)
    if kind == "pdf":
        return pdf(title, paras + [" ".join(map(str, row)) for row in table], n % 2 == 0)
    return eml(r, People(r), n, paras, header, table)


def one_file(n: int, kind: str, size: int):
    """Bytes of about `size` and the NINOs planted in them: grow the content
    until the built file reaches the size."""
    r = random.Random(f"{SEED}:{n}")
    p = People(r)
    multipart = kind == "eml" and r.random() < 0.5
    with_table = kind == "xlsx" or multipart or (kind in ("docx", "pdf") and r.random() < 0.3)
    # Half the workbooks are budgets, half staff registers.
    header, rows = (BUDGET, budget) if kind == "xlsx" and r.random() < 0.5 else (HEADER, register)
    ps, ts = paragraphs(r, p), rows(r, p)
    paras, table = [], []
    data = b""
    while len(data) < size:
        # In proportion to what is missing, so that two or three builds reach the size.
        have = max(len(paras), len(table))
        grow = max(1, int(have * (size / len(data) - 1) * 0.9)) if data else 4
        if kind != "xlsx":
            paras += [next(ps) for _ in range(grow)]
        if with_table:
            table += [next(ts) for _ in range(grow if kind == "xlsx" else max(1, grow // 10))]
        data = build(kind, random.Random(f"{SEED}:{n}:build"), n, paras, header, table)
    planted = sum(len(NINO.findall(str(t))) for t in paras + [c for row in table for c in row])
    return data, planted


def main() -> None:
    root = sys.argv[1]
    files = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    r = random.Random(SEED)
    kinds = ["docx"] * 35 + ["xlsx"] * 20 + ["pdf"] * 25 + ["eml"] * 20
    planted = total = 0
    counts = {}
    for n in range(files):
        kind = r.choice(kinds)
        size = int(math.exp(r.uniform(math.log(5000), math.log(60000))))
        folder = os.path.join(root, r.choice(DEPARTMENTS))
        os.makedirs(folder, exist_ok=True)
        data, ninos = one_file(n, kind, size)
        with open(os.path.join(folder, f"{n:05d}.{kind}"), "wb") as out:
            out.write(data)
        planted += ninos
        total += len(data)
        counts[kind] = counts.get(kind, 0) + 1
    print(f"{files} files, {total} bytes ({', '.join(f'{k} {v}' for k, v in sorted(counts.items()))}); "
          f"planted uk_nino {planted}")


if __name__ == "__main__":
    main()
