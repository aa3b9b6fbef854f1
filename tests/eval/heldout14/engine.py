"""Markup, self-checks and format writers for heldout14's generator (see generate.py)."""

import base64
import os
import shutil
import sys
from collections import Counter
import datetime as dt
import ipaddress
import io
import json
import quopri
import re
import zipfile
from xml.sax.saxutils import escape as xesc

CATEGORY_ORDER = [
    "racial_ethnic_origin", "political_opinion", "religious_belief", "trade_union", "genetic",
    "biometric", "health", "sex_life_orientation", "criminal_offence",
]
KINDS = {
    "nino": "uk_nino", "bank": "uk_bank_account", "iban": "iban", "card": "payment_card",
    "email": "email", "phone": "phone", "pc": "uk_postcode", "nhs": "nhs_number",
    "dob": "date_of_birth", "passport": "uk_passport", "dl": "uk_driving_licence", "ip": "ip_address",
}
TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Rev", "Revd", "Fr", "Sr", "Cllr", "PC", "DC", "Sgt", "Sir")
ZIP_TIME = (2026, 3, 2, 9, 30, 0)
MARK = re.compile(r"<<(.+?)>>|\[\[(=?)(\w+):(.+?)\]\]|\(\((\w+):(.+?)\)\)|\{\{(.+?)\}\}", re.S)


def luhn(d):
    total = 0
    for i, c in enumerate(reversed(d)):
        n = int(c) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def nhs_ok(d):
    s = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    c = 11 - s % 11
    return len(d) == 10 and (0 if c == 11 else c) == int(d[9])


def iban_ok(v):
    s = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def normalise(kind, written):
    """The contract's normalised value of `written` for `kind` (short name)."""
    w = written.strip()
    if kind == "email":
        return w.lower()
    if kind in ("nino", "iban", "dl", "passport"):
        return re.sub(r"[\s-]", "", w).upper()
    if kind in ("card", "nhs"):
        return re.sub(r"\D", "", w)
    if kind == "pc":
        c = re.sub(r"\s", "", w).upper()
        return c[:-3] + " " + c[-3:]
    if kind == "phone":
        d = w.replace("(0)", "")
        intl = d.strip().startswith("+") or d.strip().startswith("00")
        d = re.sub(r"\D", "", d)
        if d.startswith("00"):
            d = d[2:]
        if intl:
            return "+" + d
        return "+44" + d[1:]
    if kind == "ip":
        return str(ipaddress.ip_address(w))
    if re.fullmatch(r"\d{4}-\d\d-\d\d|\d{6}:\d{8}", w):
        return w
    raise ValueError(f"{kind}:{written} needs an explicit =>normalised value")


def validate(kind, value):
    if kind == "card":
        assert luhn(value), value
    elif kind == "nhs":
        assert nhs_ok(value) and value.startswith("999"), value
    elif kind == "iban":
        assert iban_ok(value), value
    elif kind == "nino":
        assert re.fullmatch(r"QQ\d{6}[A-D]", value), value
    elif kind == "passport":
        assert re.fullmatch(r"\d{9}", value), value
    elif kind == "dl":
        assert re.fullmatch(r"[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}", value), value
    elif kind == "bank":
        assert re.fullmatch(r"\d{6}:\d{8}", value), value
    elif kind == "dob":
        dt.date.fromisoformat(value)
    elif kind == "phone":
        assert re.fullmatch(r"\+\d{10,13}", value) and (not value.startswith("+44") or len(value) == 13), value
    elif kind == "email":
        assert re.search(r"@(.+\.)?example\.(com|org|net|co\.uk|ac\.uk|nhs\.uk)$", value), value
    elif kind == "ip":
        ip = ipaddress.ip_address(value)
        assert any(ip in ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")), value


# Look-alikes of synthetic identifiers that must be labelled wherever they are written.
UNLABELLED = [
    ("email", re.compile(r"[\w.+'-]+@[\w-]+(\.[\w-]+)+")),
    ("nino", re.compile(r"\bQQ ?\d\d ?\d\d ?\d\d ?[A-D]\b")),
    ("ip", re.compile(r"\b(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+\b|\b2001:[dD][bB]8[:\w]*")),
    ("phone", re.compile(r"\b07700 ?900 ?\d{3}\b|\b0\d{2,3}\)? ?(496|7946) ?0\d{3}\b")),
    ("nhs", re.compile(r"\b999 ?\d{3} ?\d{4}\b")),
    ("pc", re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}\b")),
]


class Doc:
    """One document: the rendered pieces of its text and the labels their markup wrote."""

    def __init__(self, name):
        self.name = name
        self.names, self.ids, self.cats = [], [], set()
        self.pieces = []  # (plain text, covered spans, distractor spans, id spans)

    def r(self, s):
        out, pos, cover, distr, idsp = [], 0, [], [], []
        length = 0
        for m in MARK.finditer(s):
            lit = s[pos:m.start()]
            out.append(lit)
            length += len(lit)
            pos = m.end()
            if m.group(1) is not None:
                text = m.group(1)
                if text not in self.names:
                    self.names.append(text)
                cover.append((length, length + len(text)))
            elif m.group(3) is not None:
                kind, body = m.group(3), m.group(4)
                written, _, norm = body.partition("=>")
                norm = norm or normalise(kind, written)
                validate(kind, norm)
                pair = [KINDS[kind], norm]
                if pair not in self.ids:
                    self.ids.append(pair)
                if m.group(2):
                    continue
                text = written
                idsp.append((length, length + len(text)))
            elif m.group(5) is not None:
                assert m.group(5) in CATEGORY_ORDER, m.group(5)
                self.cats.add(m.group(5))
                text = m.group(6)
            else:
                text = m.group(7)
                distr.append((length, length + len(text)))
            out.append(text)
            length += len(text)
        out.append(s[pos:])
        plain = "".join(out)
        self.pieces.append((plain, cover, distr, idsp))
        return plain

    def problems(self, negative):
        errs = []
        for n in self.names:
            if n.split(" ")[0].rstrip(".") in TITLES:
                errs.append(f"name label starts with a title: {n}")
            if "  " in n or n != n.strip():
                errs.append(f"bad whitespace in name {n!r}")
        parts = sorted({p for n in self.names for p in re.split(r"[\s,\-]+", n) if len(p.strip(".'’")) >= 3})
        for plain, cover, distr, idsp in self.pieces:
            for tok in ("<<", ">>", "[[", "]]", "((", "))", "{{", "}}"):
                if tok in plain:
                    errs.append(f"markup left: {tok} in {plain[:60]!r}")
            emails = [m.span() for m in UNLABELLED[0][1].finditer(plain)]
            ok = cover + distr + emails
            for p in parts:
                for form in {p, p.upper()}:
                    for m in re.finditer(r"(?<![\w'’])" + re.escape(form) + r"(?![\w])", plain):
                        if not any(a <= m.start() and m.end() <= b for a, b in ok):
                            errs.append(f"name part {form!r} outside a mention: ...{plain[max(0, m.start() - 30):m.end() + 30]!r}")
            for kind, rx in UNLABELLED:
                for m in rx.finditer(plain):
                    if not any(a <= m.start() and m.end() <= b for a, b in idsp):
                        errs.append(f"unlabelled {kind}: {m.group(0)!r}")
        if negative and (self.names or self.cats):
            errs.append("a negative document names someone or has a category")
        return errs

    def label(self):
        cats = [c for c in CATEGORY_ORDER if c in self.cats]
        return {"doc": self.name, "names": self.names, "categories": cats, "ids": self.ids}


# ---------------------------------------------------------------- containers

def zbytes(entries):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def core_xml(author, title):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{xesc(title)}</dc:title><dc:creator>{xesc(author)}</dc:creator>'
            f'<cp:lastModifiedBy>{xesc(author)}</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-02-11T10:15:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-02T09:30:00Z</dcterms:modified>'
            '</cp:coreProperties>')


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:v="urn:schemas-microsoft-com:vml"'


def _run(t):
    return f'<w:r><w:t xml:space="preserve">{xesc(t)}</w:t></w:r>'


def _para(t):
    return f"<w:p>{_run(t)}</w:p>"


def docx(d, body, author="", title="", header=None, footer=None, footnotes=(), comments=(), textbox=None):
    """body: list of str (paragraph; may hold [fn1] footnote refs and [cmt1] comment anchors) or ("table", rows)."""
    author = d.r(author)
    title = d.r(title)
    parts = []
    for item in body:
        if isinstance(item, tuple):
            rows = "".join("<w:tr>" + "".join(f"<w:tc><w:p>{_run(d.r(c))}</w:p></w:tc>" for c in row) + "</w:tr>" for row in item[1])
            parts.append(f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>{rows}</w:tbl>')
            continue
        text = d.r(item)
        runs = ""
        for piece in re.split(r"(\[fn\d+\]|\[cmt\d+\].*?\[/cmt\])", text):
            if not piece:
                continue
            if piece.startswith("[fn"):
                runs += f'<w:r><w:footnoteReference w:id="{int(piece[3:-1]) + 1}"/></w:r>'
            elif piece.startswith("[cmt"):
                i = int(re.match(r"\[cmt(\d+)\]", piece).group(1))
                inner = re.sub(r"^\[cmt\d+\]|\[/cmt\]$", "", piece)
                runs += f'<w:commentRangeStart w:id="{i}"/>{_run(inner)}<w:commentRangeEnd w:id="{i}"/><w:r><w:commentReference w:id="{i}"/></w:r>'
            else:
                runs += _run(piece)
        parts.append(f"<w:p>{runs}</w:p>")
    if textbox:
        inner = "".join(_para(d.r(t)) for t in textbox)
        parts.append('<w:p><w:r><w:pict><v:shape id="tb1" style="width:200pt;height:80pt"><v:textbox>'
                     f'<w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    rels = ['<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    ct = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    files = []
    sect = ""
    if header:
        files.append(("word/header1.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W}>{"".join(_para(d.r(t)) for t in header)}</w:hdr>'))
        rels.append('<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        ct.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        sect += '<w:headerReference w:type="default" r:id="rIdH"/>'
    if footer:
        files.append(("word/footer1.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W}>{"".join(_para(d.r(t)) for t in footer)}</w:ftr>'))
        rels.append('<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        ct.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        sect += '<w:footerReference w:type="default" r:id="rIdF"/>'
    if footnotes:
        fns = '<w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        fns += "".join(f'<w:footnote w:id="{i + 2}">{_para(d.r(t))}</w:footnote>' for i, t in enumerate(footnotes))
        files.append(("word/footnotes.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>{fns}</w:footnotes>'))
        rels.append('<Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>')
        ct.append('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>')
    if comments:
        cs = ""
        for i, (who, initials, text) in enumerate(comments):
            cs += f'<w:comment w:id="{i + 1}" w:author="{xesc(d.r(who))}" w:initials="{xesc(initials)}" w:date="2026-02-12T11:00:00Z">{_para(d.r(text))}</w:comment>'
        files.append(("word/comments.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {W}>{cs}</w:comments>'))
        rels.append('<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(parts)}'
                f'<w:sectPr>{sect}<w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    styles = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>'
    entries = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
         + "".join(ct) + "</Types>"),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
        ("docProps/core.xml", core_xml(author, title)),
        ("word/document.xml", document),
        ("word/styles.xml", styles),
        ("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + "".join(rels) + "</Relationships>"),
    ] + files
    return zbytes(entries)


def col(n):
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def serial(y, m, day):
    return (dt.date(y, m, day) - dt.date(1899, 12, 30)).days


def xlsx(d, sheets, author=""):
    """sheets: [(name, rows)]; a cell is str (shared string, markup), int/float, ("date", y, m, d) or None."""
    author = d.r(author)
    shared, index = [], {}
    sheet_xml = []
    for _, rows in sheets:
        out = []
        for ri, row in enumerate(rows):
            cells = []
            for ci, v in enumerate(row):
                ref = f"{col(ci)}{ri + 1}"
                if v is None or v == "":
                    continue
                if isinstance(v, tuple):
                    cells.append(f'<c r="{ref}" s="1"><v>{serial(*v[1:])}</v></c>')
                elif isinstance(v, (int, float)):
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    t = d.r(v)
                    if t not in index:
                        index[t] = len(shared)
                        shared.append(t)
                    cells.append(f'<c r="{ref}" t="s"><v>{index[t]}</v></c>')
            out.append(f'<row r="{ri + 1}">{"".join(cells)}</row>')
        sheet_xml.append('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                         f'<sheetData>{"".join(out)}</sheetData></worksheet>')
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           f'count="{len(shared)}" uniqueCount="{len(shared)}">' + "".join(f'<si><t xml:space="preserve">{xesc(s)}</t></si>' for s in shared) + "</sst>")
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
              '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
              '</styleSheet>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          + "".join(f'<sheet name="{xesc(n)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (n, _) in enumerate(sheets)) + "</sheets></workbook>")
    n = len(sheets)
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + "".join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(n))
              + f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
              + f'<Relationship Id="rId{n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(n))
          + '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    entries = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", core_xml(author, "")),
               ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels), ("xl/styles.xml", styles), ("xl/sharedStrings.xml", sst)]
    entries += [(f"xl/worksheets/sheet{i + 1}.xml", x) for i, x in enumerate(sheet_xml)]
    return zbytes(entries)


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')


def _odf(kind, body, author):
    mime = f"application/vnd.oasis.opendocument.{kind}"
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ODF_NS}><office:meta>'
            f'<meta:initial-creator>{xesc(author)}</meta:initial-creator><dc:creator>{xesc(author)}</dc:creator>'
            '<meta:creation-date>2026-02-11T10:15:00</meta:creation-date><dc:date>2026-03-02T09:30:00</dc:date></office:meta></office:document-meta>')
    content = f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODF_NS}><office:body>{body}</office:body></office:document-content>'
    return zbytes([("mimetype", mime), ("META-INF/manifest.xml", manifest), ("meta.xml", meta), ("content.xml", content)])


def odt(d, body, author=""):
    """body: list of str (paragraph), ("h", str) heading, or ("table", rows)."""
    author = d.r(author)
    out = []
    for item in body:
        if isinstance(item, tuple) and item[0] == "table":
            rows = "".join("<table:table-row>" + "".join(f'<table:table-cell office:value-type="string"><text:p>{xesc(d.r(c))}</text:p></table:table-cell>' for c in row) + "</table:table-row>" for row in item[1])
            out.append(f'<table:table table:name="T{len(out)}">{rows}</table:table>')
        elif isinstance(item, tuple):
            out.append(f'<text:h text:outline-level="1">{xesc(d.r(item[1]))}</text:h>')
        else:
            out.append(f"<text:p>{xesc(d.r(item))}</text:p>")
    return _odf("text", f"<office:text>{''.join(out)}</office:text>", author)


def ods(d, sheets, author=""):
    author = d.r(author)
    out = []
    for name, rows in sheets:
        rx = []
        for row in rows:
            cells = []
            for v in row:
                if v is None or v == "":
                    cells.append("<table:table-cell/>")
                elif isinstance(v, tuple):
                    iso = dt.date(*v[1:]).isoformat()
                    shown = dt.date(*v[1:]).strftime("%d/%m/%Y")
                    cells.append(f'<table:table-cell office:value-type="date" office:date-value="{iso}"><text:p>{shown}</text:p></table:table-cell>')
                elif isinstance(v, (int, float)):
                    cells.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
                else:
                    cells.append(f'<table:table-cell office:value-type="string"><text:p>{xesc(d.r(v))}</text:p></table:table-cell>')
            rx.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
        out.append(f'<table:table table:name="{xesc(name)}">{"".join(rx)}</table:table>')
    return _odf("spreadsheet", f"<office:spreadsheet>{''.join(out)}</office:spreadsheet>", author)


def rtf(d, text):
    plain = d.r(text)
    out = []
    for ch in plain:
        if ch == "\n":
            out.append("\\par\n")
        elif ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) > 127:
            n = ord(ch)
            out.append(f"\\u{n if n < 32768 else n - 65536}?")
        else:
            out.append(ch)
    return ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}\\uc1\\f0\\fs22\n" + "".join(out) + "\\par\n}\n").encode("ascii")


def pdf(d, pages):
    """pages: list of str (lines split on newlines), Helvetica, WinAnsi."""
    objs = []
    kids = []
    page_ids = []
    font_id = 3
    n = 4
    bodies = []
    for page in pages:
        lines = d.r(page).split("\n")
        ops = ["BT", "/F1 10 Tf", "14 TL", "50 800 Td"]
        for ln in lines:
            b = ln.encode("cp1252")
            s = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            ops.append(b"(" .decode() + s.decode("latin-1") + ") Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1")
        page_ids.append(n)
        bodies.append((n, f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 {font_id} 0 R >> >> /Contents {n + 1} 0 R >>".encode()))
        bodies.append((n + 1, b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream"))
        n += 2
    kids = " ".join(f"{i} 0 R" for i in page_ids)
    objs = [(1, b"<< /Type /Catalog /Pages 2 0 R >>"),
            (2, f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>".encode()),
            (3, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")] + bodies
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i, body in objs:
        offsets[i] = len(out)
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for i in range(1, len(objs) + 1):
        out += f"{offsets[i]:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def hdr(v):
    """An address header: display names outside ASCII as RFC 2047 encoded words."""
    if all(ord(c) < 128 for c in v):
        return v
    m = re.match(r"^(.*?)\s*(<[^>]+>)$", v)
    if m:
        return "=?UTF-8?B?" + base64.b64encode(m.group(1).encode()).decode() + "?= " + m.group(2)
    return "=?UTF-8?B?" + base64.b64encode(v.encode()).decode() + "?="


def qp(text):
    return quopri.encodestring(text.replace("\n", "\r\n").encode("utf-8")).decode("ascii")


def message(d, headers, text, html=False, attachments=(), boundary="b0"):
    """One RFC 822 message. headers: [(name, value)] (values with markup; Message-ID and
    In-Reply-To are written raw); attachments: [(filename, mime, str-with-markup)]."""
    lines = []
    for k, v in headers:
        if k in ("Message-ID", "In-Reply-To", "References", "Date"):
            lines.append(f"{k}: {v}")
        else:
            lines.append(f"{k}: {hdr(d.r(v))}")
    lines.append("MIME-Version: 1.0")
    body = d.r(text)
    alt_parts = [("text/plain", body)]
    if html:
        paras = "".join(f"<p>{xesc(p).replace(chr(10), '<br>')}</p>" for p in body.split("\n\n"))
        alt_parts.append(("text/html", f"<html><body>{paras}</body></html>"))
    def alt(bnd):
        if len(alt_parts) == 1:
            return [("Content-Type", 'text/plain; charset="utf-8"'), ("Content-Transfer-Encoding", "quoted-printable")], qp(body)
        chunks = []
        for mime, t in alt_parts:
            chunks.append(f"--{bnd}\r\nContent-Type: {mime}; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n{qp(t)}\r\n")
        return [("Content-Type", f'multipart/alternative; boundary="{bnd}"')], "".join(chunks) + f"--{bnd}--\r\n"
    if attachments:
        h, inner = alt(boundary + "-alt")
        chunks = ["--" + boundary + "\r\n" + "".join(f"{k}: {v}\r\n" for k, v in h) + "\r\n" + inner]
        for fname, mime, content in attachments:
            raw = d.r(content).replace("\n", "\r\n").encode("utf-8") if isinstance(content, str) else content
            b64 = base64.encodebytes(raw).decode("ascii").replace("\n", "\r\n")
            chunks.append(f"--{boundary}\r\nContent-Type: {mime}; name=\"{fname}\"\r\nContent-Disposition: attachment; filename=\"{fname}\"\r\n"
                          f"Content-Transfer-Encoding: base64\r\n\r\n{b64}")
        lines.append(f'Content-Type: multipart/mixed; boundary="{boundary}"')
        payload = "\r\n".join(chunks) + f"\r\n--{boundary}--\r\n"
    else:
        h, payload = alt(boundary + "-alt")
        lines += [f"{k}: {v}" for k, v in h]
    return "\r\n".join(lines) + "\r\n\r\n" + payload


def mbox(d, messages):
    """messages: [(from_line_address, date_line, headers, text)]; plain text bodies, ">From " quoted."""
    out = []
    for addr, when, headers, text in messages:
        hs = []
        for k, v in headers:
            hs.append(f"{k}: {v}" if k in ("Message-ID", "In-Reply-To", "References", "Date") else f"{k}: {hdr(d.r(v))}")
        body = d.r(text)
        body = re.sub(r"(?m)^From ", ">From ", body)
        out.append(f"From {addr} {when}\n" + "\n".join(hs) + "\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body + "\n")
    return "\n".join(out)


def jdump(d, obj, lines=False):
    """JSON (or JSON Lines for a list) with markup rendered in every string."""
    def walk(o):
        if isinstance(o, str):
            return d.r(o)
        if isinstance(o, list):
            return [walk(x) for x in o]
        if isinstance(o, dict):
            return {k: walk(v) for k, v in o.items()}
        return o
    o = walk(obj)
    if lines:
        return "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in o)
    return json.dumps(o, ensure_ascii=False, indent=2) + "\n"


def run(docs, here, negative_prefixes=("policy-", "training-")):
    out = os.path.join(here, "docs")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    labels, errors = [], []
    for name, build in sorted(docs, key=lambda x: x[0]):
        d = Doc(name)
        data = build(d)
        errors += [f"{name}: {e}" for e in d.problems(name.startswith(negative_prefixes))]
        with open(os.path.join(out, name), "wb") as f:
            f.write(data.encode("utf-8") if isinstance(data, str) else data)
        labels.append(d.label())
    if errors:
        shutil.rmtree(out, ignore_errors=True)
        sys.exit("refused:\n" + "\n".join(errors))
    names = sorted({n for n, _ in docs})
    assert len(names) == len(docs), "duplicate document names"
    with open(os.path.join(here, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    kinds = Counter(k for lab in labels for k, _ in lab["ids"])
    cats = Counter(c for lab in labels for c in lab["categories"])
    neg = sum(1 for lab in labels if lab["doc"].startswith(negative_prefixes))
    print(f"{len(labels)} documents ({neg} negative), {sum(len(lab['names']) for lab in labels)} name labels, "
          f"{sum(kinds.values())} identifier labels")
    print("identifiers by kind: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items(), key=lambda x: (-x[1], x[0]))))
    print("documents per category: " + ", ".join(f"{c} {cats[c]}" for c in CATEGORY_ORDER))
    print("formats: " + ", ".join(f"{e} {n}" for e, n in sorted(Counter(n.rsplit('.', 1)[1] for n in names).items())))
