#!/usr/bin/env python3
"""Sixteenth blind held-out evaluation set for dpscan (see README.md).

72 synthetic documents from eight kinds of organisation no earlier set covers:
a council children's social care child-protection conference unit (cp-), an NHS
maternity unit (mat-), a gurdwara, synagogue and church community welfare fund
(fund-), a trade union's legal assistance and personal-injury desk (ulaw-), a
private detective and tracing agency (trace-), a council licensing team for
personal licences (lic-), a hospital sexual assault referral centre (sarc-) and
an employer's whistleblowing and grievance investigation unit (wb-). Eight of
them (policy-*, training-*) are prose about no one.

Documents are written with markup so the labels are the spans that write the
text:  <<name>>  a person-name mention (label = the span as written);
[[kind:value]]  an identifier written as value, normalised here;
[[kind:written=>normalised]]  an identifier whose normal form is given
(dates of birth, bank pairs);  [[=kind:normalised]]  a label only, for a value
spread over cells or lines (a sort code and an account number);
((category:words))  words that reveal a special category about a named person;
{{words}}  a distractor written on purpose (a name-like word about no one).

Judgement calls (heldout11's README conventions, plus):
- Titles (Mr, Mrs, Ms, Miss, Dr, Prof, Cllr, DC, DS, PC, Rabbi, Reverend,
  Revd, Bhai, Sister, Judge) are left out of name labels; ranks and roles
  beside names are not part of them.
- A display name in a mail header, a Word comment's author and a document's
  author property are names (the author is also written in the body).
- Message-ID / In-Reply-To headers and mbox "From " lines are not labelled.
- Pregnancy, a birth, a miscarriage, gestational diabetes, pre-eclampsia,
  perinatal mental health, a disability, an injury, a medicine, alcohol or
  drug misuse about a named person are health.  A baby's sex and weight are
  nothing; "pregnant" in a policy is nothing.
- An antenatal sickle cell / thalassaemia carrier result, a cystic fibrosis
  carrier result and a paternity DNA result are genetic.
- The Family Origin Questionnaire's answer, an ethnicity field or a stated
  heritage is racial or ethnic origin; a nationality, a language or an
  interpreter is nothing.
- A gurdwara / synagogue / church membership, a named faith practice, a
  refusal of blood products as a Jehovah's Witness, a request for a halal or
  kosher diet stated as the person's own observance is religious belief; a
  fund run by a place of worship is nothing about its applicants unless the
  text says the applicant belongs to the faith.
- Membership of a union (Unite, GMB, UNISON, USDAW, CWU, PCS, NEU, BECTU) or
  acting as its rep is trade union; the union desk's own letters to members
  are trade union for the member they address.
- An arrest, charge, caution, conviction, sentence, disqualification, an
  offence on a DBS or basic disclosure, being bailed, or being the reported
  victim of a named sexual or violent offence (a SARC attendance) is criminal
  offence; a "nil" disclosure, a pending check, a licence condition, a
  "suspected" incident with no one named and an offence in a policy are
  nothing.
- At a SARC, the forensic examination, injuries, emergency contraception, PEP
  and STI tests are health; the date of last consensual intercourse and a
  partner's sex are sex life; a stated sexual orientation is
  sex_life_orientation.
- A child-protection plan's category (neglect, emotional abuse) alone is
  nothing; a parent's stated mental illness, substance misuse or a child's
  injuries are health; a parent's conviction is criminal offence.
- A whistleblowing disclosure about fraud is criminal offence for the person
  accused by name; a grievance alleging race or sexual-orientation
  discrimination reveals that category of the complainant when the text says
  it (e.g. "as a gay man", "as a Black British employee").
- Equality-form answers are labelled as the first set's README says;
  "Prefer not to say" is not.
- Eponyms (Down's syndrome, Crohn's), buildings, wards, funds, firms and
  streets named after people, saints' names of churches, and a pet's name
  are distractors, not names.
- Policy and training prose (policy-*, training-*) names no one and has no
  category label, however many category words it uses; it may carry the
  organisation's own phone, mailbox and postcode, which are labelled.

Only synthetic ranges: QQ NINOs, example.com/.org/.net/.co.uk/.ac.uk/.nhs.uk
mailboxes, Ofcom drama numbers, documentation IPs, test card numbers, NHS
numbers in the 999 range with a valid check digit, the standard example
IBANs, invented sort code/account pairs.  Every value is written by hand;
nothing is random.  Fixed zip timestamps and MIME boundaries.
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

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
CATEGORIES = [
    "racial_ethnic_origin", "political_opinion", "religious_belief", "trade_union", "genetic",
    "biometric", "health", "sex_life_orientation", "criminal_offence",
]
TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "cllr", "dc", "ds", "pc", "rabbi", "reverend",
          "revd", "bhai", "sister", "judge", "mx", "sir"}
ZIP_TIME = (2026, 11, 2, 9, 30, 0)

MARK = re.compile(r"<<(.+?)>>|\[\[(=?)([a-z_]+):(.+?)\]\]|\(\(([a-z_]+):(.+?)\)\)|\{\{(.+?)\}\}", re.S)


def norm_id(kind, v):
    if "=>" in v:
        return v.split("=>", 1)
    w = v
    if kind == "phone":
        s = w.replace("(0)", "")
        d = re.sub(r"\D", "", s)
        n = "+" + d if s.strip().startswith("+") else "+44" + d[1:]
    elif kind == "email":
        n = w.lower()
    elif kind == "uk_postcode":
        s = re.sub(r"\s+", "", w.upper())
        n = s[:-3] + " " + s[-3:]
    elif kind in ("uk_nino", "uk_driving_licence", "iban"):
        n = re.sub(r"\s+", "", w.upper())
        if kind == "iban":
            r = n[4:] + n[:4]
            assert int("".join(str(int(c, 36)) for c in r)) % 97 == 1, n
        if kind == "uk_driving_licence":
            assert len(n) == 16, n
    elif kind == "nhs_number":
        n = re.sub(r"\D", "", w)
        d = [int(c) for c in n]
        c = 11 - sum(d[i] * (10 - i) for i in range(9)) % 11
        assert len(n) == 10 and (0 if c == 11 else c) == d[9], n
    elif kind == "payment_card":
        n = re.sub(r"\D", "", w)
        t = sum(sum(divmod(int(c) * (2 if i % 2 else 1), 10)) for i, c in enumerate(reversed(n)))
        assert t % 10 == 0, n
    elif kind == "uk_passport":
        n = re.sub(r"\D", "", w)
        assert len(n) == 9, n
    elif kind == "ip_address":
        n = str(ipaddress.ip_address(w))
    elif kind == "date_of_birth" and re.fullmatch(r"\d{4}-\d\d-\d\d", w):
        n = w
    else:
        raise ValueError(f"{kind} needs written=>normalised: {v}")
    return w, n


class Doc:
    """One document: the plain text it writes and the labels of its markup."""

    def __init__(self, name):
        self.name = name
        self.text = ""
        self.names, self.ids, self.cats = [], [], []
        self.spans = []  # (start, end, what) of names, distractors, ids

    def m(self, s):
        out = []
        pos = 0
        base = len(self.text) + (1 if self.text else 0)
        cur = 0
        for mt in MARK.finditer(s):
            out.append(s[pos:mt.start()])
            cur += mt.start() - pos
            pos = mt.end()
            if mt.group(1) is not None:
                w = mt.group(1)
                if w not in self.names:
                    self.names.append(w)
                self.spans.append((base + cur, base + cur + len(w), "name"))
            elif mt.group(3) is not None:
                kind, v = mt.group(3), mt.group(4)
                if mt.group(2):
                    w, n = "", v
                else:
                    w, n = norm_id(kind, v)
                    self.spans.append((base + cur, base + cur + len(w), "id"))
                if [kind, n] not in self.ids:
                    self.ids.append([kind, n])
            elif mt.group(5) is not None:
                c, w = mt.group(5), mt.group(6)
                assert c in CATEGORIES, c
                if c not in self.cats:
                    self.cats.append(c)
            else:
                w = mt.group(7)
                self.spans.append((base + cur, base + cur + len(w), "distractor"))
            out.append(w)
            cur += len(w)
        out.append(s[pos:])
        r = "".join(out)
        self.text += ("\n" if self.text else "") + r
        return r

    def label(self):
        return {"doc": self.name, "names": self.names,
                "categories": [c for c in CATEGORIES if c in self.cats], "ids": self.ids}

    def problems(self):
        p = []
        t = self.text
        for bad in ("<<", ">>", "[[", "]]", "((", "))", "{{", "}}"):
            if bad in t:
                p.append(f"markup {bad!r} left")
        emails = [(m.start(), m.end()) for m in re.finditer(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", t)]
        allowed = [(a, b) for a, b, _ in self.spans] + emails

        def inside(a, b, spans):
            return any(x <= a and b <= y for x, y in spans)

        for n in self.names:
            first = re.split(r"[\s.]+", n)[0].lower()
            if first in TITLES:
                p.append(f"name label starts with a title: {n}")
            if "  " in n:
                p.append(f"doubled space in {n}")
            for part in re.findall(r"[^\W\d_]{2,}", n):
                for form in {part, part.upper()}:
                    for m in re.finditer(r"(?<![^\W\d_])" + re.escape(form) + r"(?![^\W\d_])", t):
                        if not inside(m.start(), m.end(), allowed):
                            p.append(f"name part {form!r} outside a label at {t[max(0, m.start()-30):m.end()+30]!r}")
        idspans = [(a, b) for a, b, w in self.spans if w == "id"]
        looks = [
            r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+",
            r"\bQQ ?\d\d ?\d\d ?\d\d ?[A-D]\b",
            r"\b(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d+\b|\b2001:db8[0-9a-f:]*",
            r"(?:\+44 ?(?:\(0\))? ?|\b0)(?:7700 ?900 ?\d{3}|20 ?7946 ?0\d{3}|1\d1 ?49[68] ?0\d{3}|11\d ?496 ?0\d{3}|1632 ?960 ?\d{3})",
            r"\b999 ?\d{3} ?\d{4}\b",
        ]
        for rx in looks:
            for m in re.finditer(rx, t):
                if not inside(m.start(), m.end(), idspans):
                    p.append(f"unlabelled identifier {m.group()!r}")
        if self.name.startswith(("policy-", "training-")) and (self.names or self.cats):
            p.append("negative document names someone or has a category")
        return p


# ---------------------------------------------------------------- writers

def zipped(files):
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data if isinstance(data, bytes) else data.encode("utf-8"))
    return buf.getvalue()


def x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def text(d, s):
    return d.m(s).encode("utf-8")


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def wrun(s):
    return f'<w:r><w:t xml:space="preserve">{x(s)}</w:t></w:r>'


def docx(d, body, header=None, footer=None, footnotes=(), comments=(), textbox=None, author=None,
         title=None):
    """body: list of str (paragraph), ("h", str), ("table", rows), ("note", str, footnote-id),
    ("comment", text, comment-id)."""
    parts = []
    for item in body:
        if isinstance(item, str):
            parts.append(f"<w:p>{wrun(d.m(item))}</w:p>")
        elif item[0] == "h":
            parts.append(f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>{wrun(d.m(item[1]))}</w:p>')
        elif item[0] == "table":
            rows = "".join("<w:tr>" + "".join(f"<w:tc><w:p>{wrun(d.m(c))}</w:p></w:tc>" for c in r) + "</w:tr>"
                           for r in item[1])
            parts.append(f"<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>{rows}</w:tbl>")
        elif item[0] == "note":
            parts.append(f'<w:p>{wrun(d.m(item[1]))}<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                         f'<w:footnoteReference w:id="{item[2]}"/></w:r></w:p>')
        elif item[0] == "comment":
            cid = item[2]
            parts.append(f'<w:p><w:commentRangeStart w:id="{cid}"/>{wrun(d.m(item[1]))}<w:commentRangeEnd w:id="{cid}"/>'
                         f'<w:r><w:commentReference w:id="{cid}"/></w:r></w:p>')
    if textbox:
        tb = "".join(f"<w:p>{wrun(d.m(s))}</w:p>" for s in textbox)
        parts.append('<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" style="width:200pt;height:80pt">'
                     f'<v:textbox><w:txbxContent>{tb}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    files = []
    rels = ['<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    ct = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    sect = ""
    if header:
        files.append(("word/header1.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W}>' +
                      "".join(f"<w:p>{wrun(d.m(s))}</w:p>" for s in header) + "</w:hdr>"))
        rels.append('<Relationship Id="rIdH1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        ct.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        sect += '<w:headerReference w:type="default" r:id="rIdH1"/>'
    if footer:
        files.append(("word/footer1.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W}>' +
                      "".join(f"<w:p>{wrun(d.m(s))}</w:p>" for s in footer) + "</w:ftr>"))
        rels.append('<Relationship Id="rIdF1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        ct.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        sect += '<w:footerReference w:type="default" r:id="rIdF1"/>'
    if footnotes:
        fn = "".join(f'<w:footnote w:id="{i}"><w:p>{wrun(d.m(s))}</w:p></w:footnote>' for i, s in footnotes)
        files.append(("word/footnotes.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W}>'
                      '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                      f'{fn}</w:footnotes>'))
        rels.append('<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>')
        ct.append('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>')
    if comments:
        cm = "".join(f'<w:comment w:id="{i}" w:author="{x(d.m(a))}" w:date="2026-11-02T09:30:00Z" w:initials="{x(ini)}">'
                     f'<w:p>{wrun(d.m(s))}</w:p></w:comment>' for i, a, ini, s in comments)
        files.append(("word/comments.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {W}>{cm}</w:comments>'))
        rels.append('<Relationship Id="rIdCm" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W} '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>'
           + "".join(parts) + f'<w:sectPr>{sect}</w:sectPr></w:body></w:document>')
    a = d.m(author) if author else "Records"
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{x(title or "")}</dc:title><dc:creator>{x(a)}</dc:creator><cp:lastModifiedBy>{x(a)}</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-10-14T08:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-02T09:30:00Z</dcterms:modified></cp:coreProperties>')
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}><w:style w:type="paragraph" '
              'w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>')
    return zipped([
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>' + "".join(ct) + "</Types>"),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
        ("word/document.xml", doc),
        ("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         + "".join(rels) + "</Relationships>"),
        ("word/styles.xml", styles),
        ("docProps/core.xml", core),
    ] + files)


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


class D:
    """An Excel / ODF date cell: the serial and the date it stands for."""

    def __init__(self, y, mo, dd, dob=False):
        import datetime
        self.date = datetime.date(y, mo, dd)
        self.dob = dob
        self.serial = (self.date - datetime.date(1899, 12, 30)).days

    def shown(self):
        s = self.date.strftime("%d/%m/%Y")
        return f"[[date_of_birth:{s}=>{self.date.isoformat()}]]" if self.dob else s


def xlsx(d, sheets):
    """sheets: [(name, rows)], a cell is str (markup), int/float, D (date) or None."""
    shared, index = [], {}
    sheet_xml = []
    for name, rows in sheets:
        d.m(name)
        out = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = f"{col(c)}{r}"
                if v is None:
                    continue
                if isinstance(v, D):
                    cells.append(f'<c r="{ref}" s="1"><v>{v.serial}</v></c>')
                    d.m(v.shown())
                elif isinstance(v, (int, float)):
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                    d.m(str(v))
                else:
                    s = d.m(v)
                    if s not in index:
                        index[s] = len(shared)
                        shared.append(s)
                    cells.append(f'<c r="{ref}" t="s"><v>{index[s]}</v></c>')
            out.append(f'<row r="{r}">' + "".join(cells) + "</row>")
        sheet_xml.append('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                         f'<sheetData>{"".join(out)}</sheetData></worksheet>')
    n = len(sheets)
    files = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         + "".join(f'<Override PartName="/xl/worksheets/sheet{i+1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(n))
         + '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
         '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
         + "".join(f'<sheet name="{x(s[0])}" sheetId="{i+1}" r:id="rId{i+1}"/>' for i, s in enumerate(sheets)) + "</sheets></workbook>"),
        ("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         + "".join(f'<Relationship Id="rId{i+1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i+1}.xml"/>' for i in range(n))
         + f'<Relationship Id="rId{n+1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
         f'<Relationship Id="rId{n+2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'),
        ("xl/styles.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
         '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
         '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
         '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>'),
        ("xl/sharedStrings.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(shared)}" uniqueCount="{len(shared)}">'
         + "".join(f'<si><t xml:space="preserve">{x(s)}</t></si>' for s in shared) + "</sst>"),
    ] + [(f"xl/worksheets/sheet{i+1}.xml", s) for i, s in enumerate(sheet_xml)]
    return zipped(files)


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:office_value="urn:oasis:names:tc:opendocument:xmlns:office:1.0"')


def odf(mime, body, creator):
    return zipped([
        ("mimetype", mime),
        ("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
         f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
         '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
         '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>'),
        ("content.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODF_NS} office:version="1.2"><office:body>{body}</office:body></office:document-content>'),
        ("meta.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {ODF_NS} office:version="1.2"><office:meta>'
         f'<meta:initial-creator>{x(creator)}</meta:initial-creator><dc:creator>{x(creator)}</dc:creator>'
         '<dc:date>2026-11-02T09:30:00</dc:date></office:meta></office:document-meta>'),
    ])


def odt(d, paras, creator="Records"):
    body = []
    for p in paras:
        if isinstance(p, tuple):  # table
            rows = "".join("<table:table-row>" + "".join(f"<table:table-cell><text:p>{x(d.m(c))}</text:p></table:table-cell>" for c in r)
                           + "</table:table-row>" for r in p[1])
            body.append(f'<table:table table:name="T{len(body)}"><table:table-column table:number-columns-repeated="{len(p[1][0])}"/>{rows}</table:table>')
        else:
            body.append(f"<text:p>{x(d.m(p))}</text:p>")
    return odf("application/vnd.oasis.opendocument.text", "<office:text>" + "".join(body) + "</office:text>", creator)


def ods(d, sheets, creator="Records"):
    out = []
    for name, rows in sheets:
        d.m(name)
        rs = []
        for row in rows:
            cells = []
            for v in row:
                if v is None:
                    cells.append("<table:table-cell/>")
                elif isinstance(v, D):
                    iso = v.date.isoformat()
                    cells.append(f'<table:table-cell office:value-type="date" office:date-value="{iso}"><text:p>{d.m(v.shown())}</text:p></table:table-cell>')
                elif isinstance(v, (int, float)):
                    cells.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{d.m(str(v))}</text:p></table:table-cell>')
                else:
                    cells.append(f'<table:table-cell office:value-type="string"><text:p>{x(d.m(v))}</text:p></table:table-cell>')
            rs.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
        out.append(f'<table:table table:name="{x(name)}">' + "".join(rs) + "</table:table>")
    return odf("application/vnd.oasis.opendocument.spreadsheet", "<office:spreadsheet>" + "".join(out) + "</office:spreadsheet>", creator)


def rtf(d, paras):
    def esc(s):
        o = []
        for ch in s:
            if ch in "\\{}":
                o.append("\\" + ch)
            elif ord(ch) > 127:
                n = ord(ch)
                o.append(f"\\u{n if n < 32768 else n - 65536}?")
            else:
                o.append(ch)
        return "".join(o)
    body = "".join(r"\pard " + esc(d.m(p)) + r"\par" + "\n" for p in paras)
    return (r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}}" + "\n" + r"\f0\fs22" + "\n" + body + "}").encode("ascii")


def pdf(d, pages):
    """pages: list of lists of lines (Helvetica, WinAnsi; latin-1 text only)."""
    objs = []
    kids = []
    font_id = 3
    objs.append(None)  # 1 catalog
    objs.append(None)  # 2 pages
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for lines in pages:
        ops = ["BT", "/F1 10 Tf", "14 TL", "50 790 Td"]
        for ln in lines:
            s = d.m(ln).encode("latin-1")
            s = s.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            ops.append("(" + s.decode("latin-1") + ") Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1")
        objs.append(b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream")
        content_id = len(objs)
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 {font_id} 0 R >> >> /Contents {content_id} 0 R >>".encode())
        kids.append(len(objs))
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def b64(b):
    return base64.encodebytes(b).decode("ascii")


def eml(d, headers, body, html=None, attachments=(), msgid=None, boundary="hd16"):
    """headers: list of (field, markup value); body: markup text; html: markup html;
    attachments: [(filename, mime, markup text)]."""
    h = [f"{k}: {d.m(v)}" for k, v in headers]
    if msgid:
        h.append(f"Message-ID: <{msgid}>")
    h.append("MIME-Version: 1.0")
    t = d.m(body)
    alt = None
    if html is not None:
        hh = d.m(html)
        alt = (f'Content-Type: multipart/alternative; boundary="{boundary}-alt"\n\n'
               f"--{boundary}-alt\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{qp(t)}\n"
               f"--{boundary}-alt\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{qp(hh)}\n"
               f"--{boundary}-alt--\n")
    else:
        alt = f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{qp(t)}\n"
    if not attachments:
        return ("\n".join(h) + "\n" + alt).encode("utf-8")
    parts = [f"--{boundary}-mix\n{alt}"]
    for fn, mime, content in attachments:
        data = content if isinstance(content, bytes) else d.m(content).encode("utf-8")
        parts.append(f'--{boundary}-mix\nContent-Type: {mime}; name="{fn}"\nContent-Disposition: attachment; filename="{fn}"\n'
                     f"Content-Transfer-Encoding: base64\n\n{b64(data)}")
    return ("\n".join(h) + f'\nContent-Type: multipart/mixed; boundary="{boundary}-mix"\n\n' + "\n".join(parts)
            + f"--{boundary}-mix--\n").encode("utf-8")


def mbox(d, messages):
    """messages: [(from_line_addr, date_line, headers, body, msgid, in_reply_to)]."""
    out = []
    for addr, when, headers, body, msgid, irt in messages:
        h = [f"From {addr} {when}"] + [f"{k}: {d.m(v)}" for k, v in headers]
        h.append(f"Message-ID: <{msgid}>")
        if irt:
            h.append(f"In-Reply-To: <{irt}>")
        h.append("Content-Type: text/plain; charset=utf-8")
        b = d.m(body)
        b = re.sub(r"^From ", ">From ", b, flags=re.M)
        out.append("\n".join(h) + "\n\n" + b + "\n")
    return "\n".join(out).encode("utf-8")


def jsonish(d, obj, lines=False):
    def walk(o):
        if isinstance(o, str):
            return d.m(o)
        if isinstance(o, list):
            return [walk(v) for v in o]
        if isinstance(o, dict):
            return {k: walk(v) for k, v in o.items()}
        if not isinstance(o, bool) and isinstance(o, (int, float)):
            d.m(str(o))
        return o
    if lines:
        return "".join(json.dumps(walk(o), ensure_ascii=False) + "\n" for o in obj).encode("utf-8")
    return (json.dumps(walk(obj), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


SPECS = []


def doc(name):
    def reg(f):
        SPECS.append((name, f))
        return f
    return reg
