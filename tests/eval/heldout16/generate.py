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
  author property are names (each author is also a comment author or
  named in the text).
- Message-ID / In-Reply-To headers and mbox "From " lines are not labelled.
  A non-ASCII display name in a mail header is written RFC 2047-encoded and
  labelled decoded, as written in the display.
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
  text says the applicant belongs to the faith.  A named child's family
  attending a named church is religious belief.
- Membership of a union (Unite, GMB, UNISON, USDAW, CWU, PCS, NEU, BECTU) or
  acting as its rep is trade union; the union desk's own letters to members
  are trade union for the member they address.
- An arrest, charge, caution, conviction, sentence, disqualification, an
  offence on a DBS or basic disclosure, being bailed, or being the reported
  victim of a named sexual or violent offence (a SARC attendance) is criminal
  offence; a "nil" disclosure, a pending check, a licence condition, a
  "suspected" incident with no one named and an offence in a policy are
  nothing.
- A forensic elimination DNA reference sample taken from a named person and
  a BRCA1 result are genetic.  A fingerprint template, facial-recognition
  gate or entry logs about a named person are biometric.  Leaflets for a
  party, or standing as a party's candidate, are political opinion.
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

Self-checks (the script refuses, listing every problem): markup left; a name
label starting with a title; a name part of a label (as written or in
capitals) outside a labelled mention, a distractor or an email address, in
its own document or, for a part of three or more letters labelled anywhere
in the set, in any other; an email address, QQ NINO, documentation IP,
999-range NHS number or drama-range phone number that is not labelled; a
policy or training text with a name or a category.

Only synthetic ranges: QQ NINOs, example.com/.org/.net/.co.uk/.ac.uk/.nhs.uk
mailboxes, Ofcom drama numbers, documentation IPs, test card numbers, NHS
numbers in the 999 range with a valid check digit, the standard example
IBANs, invented sort code/account pairs.  Every value is written by hand;
nothing is random.  Fixed zip timestamps and MIME boundaries.
"""

import base64
from email.header import Header
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

    def problems(self, parts=()):
        """Problems in this document; `parts` are name parts labelled anywhere in the set."""
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
        for part in parts:
            for form in {part, part.upper()}:
                for m in re.finditer(r"(?<![^\W\d_])" + re.escape(form) + r"(?![^\W\d_])", t):
                    if not inside(m.start(), m.end(), allowed):
                        p.append(f"name part {form!r} of another document's label unlabelled here")
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
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')


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
    return odf("application/vnd.oasis.opendocument.text", "<office:text>" + "".join(body) + "</office:text>", d.m(creator))


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
    return odf("application/vnd.oasis.opendocument.spreadsheet", "<office:spreadsheet>" + "".join(out) + "</office:spreadsheet>", d.m(creator))


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


def mime_names(v):
    """A header value with each non-ASCII display name RFC 2047-encoded, as mail clients send it."""
    return re.sub(r"[^,<>]*[^\x00-\x7f][^,<>]*?(?=\s*<)",
                  lambda m: " " * (m.group().startswith(" ")) + Header(m.group().strip(), "utf-8").encode(), v)


def eml(d, headers, body, html=None, attachments=(), msgid=None, boundary="hd16"):
    """headers: list of (field, markup value); body: markup text; html: markup html;
    attachments: [(filename, mime, markup text)]."""
    h = [f"{k}: {mime_names(d.m(v))}" for k, v in headers]
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


# ================================================================ content
# ---- 1. Children's social care: child-protection conference unit (cp-)

@doc("cp-conference-invitation.docx")
def _(d):
    return docx(d, [
        ("h", "Invitation to an Initial Child Protection Conference"),
        "Our ref: CPC/2026/0417    Date: 2 November 2026",
        "Mrs <<Shabnam Akhtar-Rahman>>",
        "Flat 6, Corporation Mews, Thornbury Road, Northmoor [[uk_postcode:BL4 7QF]]",
        "Dear Mrs <<Akhtar-Rahman>>,",
        "I am writing to invite you to an initial child protection conference about your son <<Zayan Rahman>> "
        "(date of birth [[date_of_birth:19/08/2019=>2019-08-19]]), to be held on 16 November 2026 at 10:00 in the "
        "{{Lowry Suite}}, Northmoor Civic Centre. The conference was called after the strategy discussion on 28 October.",
        ("note", "The reports shared with you before the conference will include the police information that "
                 "Mr <<Imran Rahman>> ((criminal_offence:was arrested on 21 October on suspicion of assault)) and is on bail.", 1),
        ("comment", "The health visitor's report notes that you have been ((health:receiving treatment for postnatal depression)) since the spring.", 0),
        "You may bring a friend, relative or advocate. An interpreter in Sylheti can be booked for you; please tell us by 9 November.",
        ("table", [["Conference chair", "<<Deirdre McAteer>>"], ["Social worker", "<<Tomasz Zieliński>>"],
                   ["Phone", "[[phone:0161 496 0734]]"], ["Email", "[[email:cp.conferences@northmoor.example.org]]"]]),
        "Yours sincerely,",
        "<<Deirdre McAteer>>",
        "Independent Chair, Child Protection Conference Unit",
    ], header=["Northmoor Borough Council - Children's Services - OFFICIAL-SENSITIVE"],
        footer=["Child Protection Conference Unit, Civic Centre, Northmoor [[uk_postcode:BL1 1RU]] - [[phone:0161 496 0700]]"],
        footnotes=[(1, "Police disclosure summary received from DS <<Ruairi Flanagan>>, Public Protection Unit.")],
        comments=[(0, "<<Deirdre McAteer>>", "DM", "Check with <<Tomasz>> before this goes: mum asked that the depression is not spelt out in the letter.")],
        author="<<Deirdre McAteer>>", title="ICPC invitation")


@doc("cp-conference-minutes.pdf")
def _(d):
    return pdf(d, [[
        "NORTHMOOR SAFEGUARDING CHILDREN PARTNERSHIP",
        "Initial Child Protection Conference - minutes (restricted)",
        "Child: <<Kayden Okonkwo-Hughes>>   D.O.B.: [[date_of_birth:07-Feb-17=>2017-02-07]]   NHS No: [[nhs_number:999 234 5675]]",
        "Ethnicity (from referral): ((racial_ethnic_origin:Mixed - White and Black Caribbean))",
        "Address: 22 Larkhill Close, Northmoor [[uk_postcode:BL3 5NW]]",
        "Present: <<Deirdre McAteer>> (Chair) was not available; chaired by <<Gwenllian Pryce>>.",
        "  <<Aaliyah Hughes>> (mother); <<Desmond Okonkwo>> (father, by phone [[phone:07700 900418]]);",
        "  PC <<Liam Fairbrother>> (police); <<Bethan Rees-Morgan>> (health visitor);",
        "  <<Siobhan Ní Bhriain>> (DSL, {{St Wilfrid's}} Primary); <<Hamza Qureshi>> (social worker).",
        "Apologies: <<Vikram Nair>> (school nurse).",
        "Summary: <<Kayden>> was seen at A&E on 19 October with ((health:a spiral fracture of the left forearm));",
        "the paediatric opinion was that the explanation given was not consistent with the injury.",
        "Ms <<Hughes>> told the conference that ((health:she is prescribed methadone and has been stable for a year)).",
        "Mr <<Okonkwo>> ((criminal_offence:has a 2019 conviction for possession with intent to supply)), spent.",
        "Decision: child protection plan under the category of physical abuse. Review conference in three months.",
        "Minute taker: <<Joanne Whitworth-Clegg>>, Business Support, [[phone:0161 496 0712]]",
    ]])


@doc("cp-referrals-tracker.xlsx")
def _(d):
    return xlsx(d, [
        ("Open plans", [
            ["Child", "DOB", "NHS number", "Plan category", "Parent / carer", "Key concern", "Review due"],
            ["<<NOWAK, Oliwia>>", D(2014, 3, 11, True), "[[nhs_number:9993456128]]", "Neglect",
             "<<Agnieszka Nowak>>", "Mother ((health:alcohol dependent, detox refused))", D(2026, 12, 1)],
            ["<<O'SULLIVAN, Cian>>", D(2020, 6, 30, True), "[[nhs_number:999 456 1235]]", "Emotional abuse", "<<Niamh O'Sullivan>>",
             "Domestic abuse; ((criminal_offence:stepfather convicted of common assault)) (<<Lee Brannigan>>)", D(2027, 1, 12)],
            ["<<BEGUM, Tahmina>>", D(2011, 11, 2, True), "[[nhs_number:999 567 8349]]", "Sexual abuse", "<<Rokeya Begum>>",
             "CSE concerns; {{Barnardo's}} worker allocated", D(2026, 12, 8)],
        ]),
        ("Lookups", [
            ["Key", "Value"], ["Unit phone", "[[phone:0161 496 0700]]"], ["Out of hours", "[[phone:0161 496 0999]]"],
            ["Unit mailbox", "[[email:cp.conferences@northmoor.example.org]]"], ["Owner", "<<Gwenllian Pryce>>"],
        ]),
    ])


@doc("cp-core-group.eml")
def _(d):
    body = ("Hi all,\n\nCore group for <<Kayden>> is moved to Thursday 26 November, 14:00, at the family hub.\n"
            "<<Aaliyah>> has asked that the meeting is not at home. Her new number is [[phone:07700 900 562]].\n"
            "Health visiting: please bring the growth chart. PC <<Fairbrother>> will update on the bail conditions.\n\n"
            "Visit log attached.\n\nThanks,\n<<Hamza>>\n\n<<Hamza Qureshi>> | Social Worker | Children's Services\n"
            "[[phone:+44 161 496 0745]] | [[email:hamza.qureshi@northmoor.example.org]]\n")
    html = ("<p>Hi all,</p><p>Core group for <<Kayden>> is moved to Thursday 26 November, 14:00, at the family hub. "
            "<<Aaliyah>> has asked that the meeting is not at home. Her new number is [[phone:07700 900 562]].</p>"
            "<p>Health visiting: please bring the growth chart. PC <<Fairbrother>> will update on the bail conditions.</p>"
            "<p>Thanks,<br><<Hamza>></p>")
    csv_att = ("date,worker,seen_alone,notes\n"
               "2026-10-30,<<H. Qureshi>>,yes,\"Cast still on; <<Kayden>> said his arm was better\"\n"
               "2026-11-03,<<B. Rees-Morgan>>,no,\"Mum ((health:missed her methadone pick-up)) on Saturday\"\n")
    return eml(d, [("From", "<<Hamza Qureshi>> <[[email:hamza.qureshi@northmoor.example.org]]>"),
                   ("To", "<<Bethan Rees-Morgan>> <[[email:bethan.rees-morgan@nhs-northmoor.example.nhs.uk]]>"),
                   ("Cc", "<<Siobhan Ní Bhriain>> <[[email:dsl@stwilfrids-school.example.org]]>, [[email:liam.fairbrother@police.example.org]]"),
                   ("Subject", "Core group - K O-H - change of date"),
                   ("Date", "Tue, 03 Nov 2026 16:12:44 +0000")],
               body, html, [("visit-log.csv", "text/csv", csv_att)], msgid="cg.20261103.1612@mail.northmoor.example.org",
               boundary="cp16core")


@doc("cp-strategy-discussion.md")
def _(d):
    return text(d, """# Strategy discussion (s.47) - record

**Child:** <<Mercy Adeyemi-Cole>> (born [[date_of_birth:2 June 2015=>2015-06-02]])
**Address:** 14 Brindle Terrace, Northmoor [[uk_postcode:BL2 6HD]]
**Date:** 28 October 2026, 11:30, by Teams

| Agency | Attendee | Contact |
|---|---|---|
| Children's Services | <<Hamza Qureshi>> | [[phone:0161 496 0745]] |
| Police PPU | DS <<Ruairi Flanagan>> | [[email:ruairi.flanagan@police.example.org]] |
| Health | Dr <<Priya Venkataraman>>, named doctor | [[phone:0161 496 0288]] |
| Education | <<Aled Humphreys>>, head | [[phone:0161 496 0301]] |

## Information shared

- <<Mercy>> told her teacher that her stepfather, <<Gary Lomax>>, hit her with a belt.
- Police: Mr <<Lomax>> ((criminal_offence:was cautioned for battery in 2022)); no current bail.
- Health: <<Mercy>> ((health:has sickle cell disease)) and missed two haematology appointments.
- ((religious_belief:The family attend Bethel Pentecostal church)); the pastor has offered to support mum.

## Decision

Section 47 enquiry; joint visit today. Medical at the {{Rainbow Centre}} (paediatric assessment).
""")


@doc("cp-parent-advocate.rtf")
def _(d):
    return rtf(d, [
        "Family Advocacy Northmoor - advocate's note for conference",
        "Parent: <<Małgorzata Wiśniewska>>   Child: <<Zofia Wiśniewska-Kaur>>",
        "DOB of parent: [[date_of_birth:1990-01-23]]   Phone: [[phone:07700 900871]]",
        "<<Małgorzata>> ((health:has a mild learning disability)) and asked for easy-read copies of every report.",
        "She wants the conference to know that <<Zofia>>'s father, <<Arjun Bains>>, "
        "is not living at the address and that ((criminal_offence:his conviction for harassment)) is why she ended the relationship.",
        "She would like the Polish interpreter she had in October, <<Ewa Dąbrowska>>.",
        "Advocate: <<Precious Mhlanga>>, [[email:advocacy@familyadvocacy.example.co.uk]]",
    ])


@doc("cp-case-portal.json")
def _(d):
    return jsonish(d, {
        "exportedBy": "svc_carefirst",
        "case": {
            "caseId": "CF-2026-118204",
            "childForename": "<<Ishaan>>", "childSurname": "<<Chaudhry>>",
            "dateOfBirth": "[[date_of_birth:2018-09-14]]",
            "nhsNumber": "[[nhs_number:9997893565]]",
            "ethnicity": "((racial_ethnic_origin:Asian or Asian British - Pakistani))",
            "religion": "((religious_belief:Muslim))",
            "keyWorker": {"displayName": "<<Chloe Van der Merwe>>", "email": "[[email:chloe.vandermerwe@northmoor.example.org]]"},
            "planCategory": "Neglect",
            "parentalFactors": ["((health:Parental mental health - father psychosis 2025))", "Housing"],
        },
        "audit": [
            {"user": "c.vandermerwe", "action": "view", "ip": "[[ip_address:198.51.100.23]]", "at": "2026-11-02T10:14:00Z"},
            {"user": "d.mcateer", "action": "edit", "ip": "[[ip_address:2001:db8:4a1::17]]", "at": "2026-11-02T11:02:00Z"},
        ],
    })


@doc("cp-chair-rota.tsv")
def _(d):
    return text(d, "week\tchair\textension\tmobile\temail\troom\n"
                "16 Nov\t<<McAteer, Deirdre>>\t0734\t[[phone:07700 900 131]]\t[[email:deirdre.mcateer@northmoor.example.org]]\t{{Lowry Suite}}\n"
                "23 Nov\t<<PRYCE, Gwenllian>>\t0736\t[[phone:07700900132]]\t[[email:gwenllian.pryce@northmoor.example.org]]\t{{Pankhurst Room}}\n"
                "30 Nov\t<<Ó DÁLAIGH, Cathal>>\t0739\t[[phone:+447700900133]]\t[[email:cathal.odalaigh@northmoor.example.org]]\tTeams\n"
                "7 Dec\t<<Adebayo-Lindqvist, Folake>>\t0741\t[[phone:07700 900134]]\t[[email:folake.adebayo-lindqvist@northmoor.example.org]]\t{{Lowry Suite}}\n")


@doc("policy-cp-information-sharing.txt")
def _(d):
    return text(d, """Northmoor Safeguarding Children Partnership
Information sharing for child protection conferences - practice guidance (v4, 2026)

1. Purpose. Conferences depend on agencies sharing what they know about a child's welfare. The UK GDPR
and the Data Protection Act 2018 do not prevent sharing where a child is at risk of significant harm.
2. Special category data. Reports will often contain health information (including parental mental
health and substance misuse), ethnicity, religion and information about offences. Share only what is
relevant to the child's safety, and record the lawful basis on the conference record.
3. Police information. A caution, conviction or arrest is shared by the police representative. Spent
convictions are shared only where relevant to risk.
4. Parents' copies. Third-party information is redacted before the minutes go to parents.
5. Retention. Conference records are kept until the child's 25th birthday, or 75 years for looked-after children.
Questions: Child Protection Conference Unit, [[phone:0161 496 0700]], [[email:cp.conferences@northmoor.example.org]].
""")


# ---- 2. NHS maternity unit (mat-)

@doc("mat-booking-record.pdf")
def _(d):
    return pdf(d, [[
        "Riverside Hospitals NHS Foundation Trust - Maternity Services",
        "ANTENATAL BOOKING SUMMARY (printed from the maternity record)",
        "Name: <<OYELARAN, Temitope Abimbola>>      Hospital no: RVH0448213",
        "NHS number: [[nhs_number:999 012 3454]]     Tel: [[phone:0113 496 0527]]",
        "Address: 3 Quarry Hill Court, Leeds [[uk_postcode:LS9 8DQ]]",
        "She was born on the [[date_of_birth:3rd of April 1991=>1991-04-03]] in Ibadan.",
        "Gravida 3 Para 1 - ((health:one miscarriage at 9 weeks in 2024)); EDD 14/05/2027.",
        "Family Origin Questionnaire: ((racial_ethnic_origin:Black African - Yoruba)) (both parents).",
        "Haemoglobinopathy screen: ((genetic:HbAS - sickle cell carrier)); partner testing offered.",
        "Partner: <<Babatunde Oyelaran>>, DOB [[date_of_birth:11/09/1988=>1988-09-11]], tel [[phone:07700 900 674]]",
        "BMI 31; ((health:gestational diabetes in her last pregnancy)) - GTT booked for 26 weeks.",
        "Booking midwife: <<Kirsty Mulgrew>> RM, Chapel Allerton team.",
    ], [
        "Page 2 - social and safeguarding",
        "Routine enquiry about domestic abuse asked alone: no concerns disclosed.",
        "Interpreter: not required. Works as a pharmacist at {{Boots}}, {{Briggate}}.",
        "Named consultant: Mr <<Anand Subramaniam>>, obstetrics.",
    ]])


@doc("mat-birth-plan.docx")
def _(d):
    return docx(d, [
        ("h", "My birth preferences"),
        ("table", [["Name", "<<Hannah Kowalczyk-Reid>>"], ["Date of birth", "[[date_of_birth:14.02.1994=>1994-02-14]]"],
                   ["NHS number", "[[nhs_number:9992345675]]"], ["Birth partner", "<<Callum Reid>> ([[phone:07700 900 213]])"],
                   ["Named midwife", "<<Funmilayo Adeyinka>>"]]),
        ("comment", "Blood products: I do not accept blood or blood products because ((religious_belief:I am one of Jehovah's Witnesses)). "
                    "I have an advance decision and my Hospital Liaison Committee contact is <<Derek Ashdown>>.", 0),
        "Pain relief: happy to try the pool and gas and air; ((health:I have a history of anxiety and panic attacks)), "
        "so please explain things before you do them.",
        "After the birth: skin to skin, delayed cord clamping, vitamin K by injection.",
        "Signed: <<Hannah Kowalczyk-Reid>>   Date: 20 October 2026",
    ], header=["Riverside Maternity - Birth Preferences"], footer=["Leeds Birth Centre, [[phone:0113 496 0500]]"],
        comments=[(0, "<<Funmilayo Adeyinka>>", "FA", "Cell salvage discussed with the consultant anaesthetist; plan filed.")],
        textbox=["Alert: declines blood products - see advance decision"],
        author="<<Funmilayo Adeyinka>>")


@doc("mat-triage-log.csv")
def _(d):
    return text(d, "call_time,caller,dob,phone,gestation,reason,outcome,midwife\n"
                "2026-11-01 02:14,<<Leah Whitmore>>,[[date_of_birth:02/07/1996=>1996-07-02]],[[phone:07700 900 745]],36+2,"
                "\"((health:reduced fetal movements since yesterday))\",come in for CTG,<<M. Doherty>>\n"
                "2026-11-01 03:40,<<Sadia Iqbal>>,[[date_of_birth:1999-12-30]],[[phone:0113 496 0612]],29+0,"
                "\"((health:headache and swelling - BP 152/101))\",come in - PET bloods,<<M. Doherty>>\n"
                "2026-11-01 05:05,<<Ffion Llewellyn>>,[[date_of_birth:18.3.88=>1988-03-18]],[[phone:+44 7700 900746]],40+5,"
                "contractions 1 in 5,advised to stay home,<<Grace-Ann Bailey>>\n"
                "2026-11-01 06:55,<<Mei Ling Tan>>,[[date_of_birth:7 Jan 2001=>2001-01-07]],[[phone:07700900747]],33+1,"
                "\"((health:fall in the bathroom, bleeding))\",ambulance,<<Grace-Ann Bailey>>\n")


@doc("mat-scan-clinic.xlsx")
def _(d):
    return xlsx(d, [
        ("Thursday list", [
            ["Time", "Surname", "Forename", "DOB", "NHS number", "Weeks", "Scan", "Notes"],
            ["09:00", "<<Ahmadi>>", "<<Farzaneh>>", D(1993, 5, 8, True), "[[nhs_number:999 345 6128]]", 20, "Anomaly",
             "((health:previous baby with a heart defect))"],
            ["09:20", "<<MacLeod>>", "<<Eilidh>>", D(1986, 10, 21, True), "[[nhs_number:999 890 4676]]", 12, "Dating + NT", "IVF pregnancy"],
            ["09:40", "<<Brathwaite>>", "<<Shanice>>", D(2002, 2, 27, True), "[[nhs_number:999 102 9389]]", 28, "Growth",
             "((health:type 1 diabetic))"],
        ]),
        ("Sonographers", [["Name", "Room"], ["<<Rhiannon Edwards>>", 3], ["<<Kwabena Asante>>", 4]]),
    ])


@doc("mat-community-midwives.mbox")
def _(d):
    return mbox(d, [
        ("jo.farrant@riverside.example.nhs.uk", "Mon Nov  2 08:41:10 2026",
         [("From", "<<Jo Farrant>> <[[email:jo.farrant@riverside.example.nhs.uk]]>"),
          ("To", "Chapel Allerton midwives <[[email:ca.midwives@riverside.example.nhs.uk]]>"),
          ("Subject", "Home visit handover - <<Priya>> and <<Sam>>"), ("Date", "Mon, 02 Nov 2026 08:41:10 +0000")],
         "Morning all,\n\nDay 3 visit today for <<Priya Chandrasekaran>> at 41 Moor Grange Rise, [[uk_postcode:LS16 5BQ]].\n"
         "((sex_life_orientation:She and her wife)), <<Sam Hollis>>, are both on the birth certificate paperwork -\n"
         "please use \"co-mother\", not \"dad\", on the forms.\n"
         "((health:She scored 14 on the EPDS)) yesterday; perinatal mental health team referral sent.\n\n<<Jo>>\n",
         "m1.cam.20261102@riverside.example.nhs.uk", None),
        ("aisling.byrne@riverside.example.nhs.uk", "Mon Nov  2 13:20:02 2026",
         [("From", "<<Aisling Byrne>> <[[email:aisling.byrne@riverside.example.nhs.uk]]>"),
          ("To", "<<Jo Farrant>> <[[email:jo.farrant@riverside.example.nhs.uk]]>"),
          ("Subject", "Re: Home visit handover - <<Priya>> and <<Sam>>"), ("Date", "Mon, 02 Nov 2026 13:20:02 +0000")],
         "Seen. Baby feeding well, weight 3.21 kg. <<Priya>> tearful but has her mum staying.\n"
         "Perinatal team will ring her on [[phone:07700 900 388]] tomorrow.\n\n> please use \"co-mother\", not \"dad\", on the forms.\n\n<<Aisling>>\n",
         "m2.cam.20261102@riverside.example.nhs.uk", "m1.cam.20261102@riverside.example.nhs.uk"),
        ("jo.farrant@riverside.example.nhs.uk", "Tue Nov  3 09:02:55 2026",
         [("From", "<<Jo Farrant>> <[[email:jo.farrant@riverside.example.nhs.uk]]>"),
          ("To", "<<Aisling Byrne>> <[[email:aisling.byrne@riverside.example.nhs.uk]]>"),
          ("Subject", "Re: Re: Home visit handover - <<Priya>> and <<Sam>>"), ("Date", "Tue, 03 Nov 2026 09:02:55 +0000")],
         "Thanks. From now on I'll be at {{Seacroft}} clinic on Tuesdays (room by the {{Florence Nightingale}} board).\n",
         "m3.cam.20261103@riverside.example.nhs.uk", "m2.cam.20261102@riverside.example.nhs.uk"),
    ])


@doc("mat-discharge.odt")
def _(d):
    return odt(d, [
        "Postnatal discharge summary - Riverside Maternity",
        ("t", [["Mother", "<<Roxanne Achterberg>>"], ["DOB", "[[date_of_birth:29 Sept 1984=>1984-09-29]]"],
               ["NHS No.", "[[nhs_number:9994561235]]"], ["GP", "Dr <<Elspeth Gow>>, Meanwood Health Centre"],
               ["Phone", "[[phone:(0113) 496 0840]]"]]),
        "Delivery: ((health:emergency caesarean section at 38+4 for fetal distress)), 31 October 2026.",
        "((health:Gestational diabetes)) diet-controlled; stop monitoring; HbA1c at 13 weeks postnatal.",
        "Baby: girl, 3.48 kg, name <<Wilhelmina>>. Newborn hearing screen passed.",
        "Discharging midwife: <<Oluwaseun Bakare-Smith>>",
    ], creator="<<Oluwaseun Bakare-Smith>>")


@doc("mat-bereavement-suite.html")
def _(d):
    return text(d, """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Snowdrop Suite - booking</title></head><body>
<h1>Snowdrop Suite booking (bereavement)</h1>
<dl>
<dt>Parents</dt><dd><<Niamh Gallagher>> and <<Declan Gallagher>></dd>
<dt>Mother's date of birth</dt><dd>[[date_of_birth:05/11/1990=>1990-11-05]]</dd>
<dt>Contact</dt><dd>[[phone:07700 900 955]] &middot; [[email:niamh.gallagher@example.com]]</dd>
<dt>Reason</dt><dd>((health:Intrauterine death confirmed at 24 weeks)); induction planned 4 November.</dd>
<dt>Faith support</dt><dd>((religious_belief:Mother asked for the Catholic chaplain)) for a blessing; Fr <<Tadhg Ó Murchú>> informed.</dd>
</dl>
<table border="1"><tr><th>Role</th><th>Name</th><th>Bleep</th></tr>
<tr><td>Bereavement midwife</td><td><<Carys Penhaligon>></td><td>4471</td></tr>
<tr><td>Consultant</td><td>Mr <<Anand Subramaniam>></td><td>2210</td></tr></table>
<p>Memory box from the {{Lily Mae Foundation}}; {{Sands}} leaflet given.</p>
</body></html>
""")


@doc("mat-portal-events.jsonl")
def _(d):
    return jsonish(d, [
        {"event": "login", "patientDisplayName": "<<Temi Oyelaran>>", "mrn": "RVH0448213", "email": "[[email:temi.o@example.net]]",
         "sourceIp": "[[ip_address:203.0.113.57]]", "ts": "2026-11-02T07:12:03Z"},
        {"event": "message_sent", "patientDisplayName": "<<Hannah K-R>>", "email": "[[email:hkr1994@example.co.uk]]",
         "sourceIp": "[[ip_address:2001:db8:85a3::8a2e:370:7334]]", "subject": "((health:bleeding after the sweep)) - should I come in?",
         "ts": "2026-11-02T09:48:40Z"},
        {"event": "login_failed", "patientDisplayName": None, "email": "[[email:s.iqbal99@example.com]]",
         "sourceIp": "[[ip_address:198.51.100.190]]", "ts": "2026-11-02T10:01:17Z"},
        {"event": "appointment_booked", "patientDisplayName": "<<Eilidh MacLeod>>", "email": "[[email:eilidh.macleod@example.org]]",
         "clinic": "Antenatal - {{Jessop}} wing", "sourceIp": "[[ip_address:192.0.2.144]]", "ts": "2026-11-02T12:30:55Z"},
    ], lines=True)


@doc("training-mat-safeguarding.md")
def _(d):
    return text(d, """# Maternity safeguarding - level 3 refresher (workbook)

## Learning outcomes

1. Ask every woman about domestic abuse at booking and at least once more, alone.
2. Recognise FGM, and know that a record of FGM is health information that must be shared with the GP and health visitor.
3. Know when to refer an unborn baby to children's social care (pre-birth assessment).

## Case study (fictional, no real person)

| Trigger | What you do |
|---|---|
| A woman discloses heroin use at 20 weeks | Referral to the specialist substance misuse midwife; consent discussed |
| A partner answers every question | Find a way to see her alone; use the toilet-door card |
| A 15-year-old is pregnant | Safeguarding referral; consider the age of the father |

Special category data in the maternity record (ethnicity from the Family Origin Questionnaire, religion,
sexual health, genetic screening) is recorded because care needs it. Do not copy it into referrals unless it is relevant.

Safeguarding midwives: [[phone:0113 496 0580]] - [[email:maternity.safeguarding@riverside.example.nhs.uk]]
""")


# ---- 3. Faith community welfare fund (fund-): a gurdwara, a synagogue and a church

@doc("fund-application-form.docx")
def _(d):
    d.m("[[=uk_bank_account:401162:71550934]]")
    return docx(d, [
        ("h", "Three Faiths Community Welfare Fund - hardship application"),
        ("table", [["Applicant", "<<Manjit Kaur Dhaliwal>>"], ["D.O.B.", "[[date_of_birth:03-Apr-81=>1981-04-03]]"],
                   ["National Insurance no.", "[[uk_nino:QQ 12 34 56 C]]"],
                   ["Address", "27 Soho Road, Handsworth, Birmingham [[uk_postcode:B21 9RY]]"],
                   ["Phone", "[[phone:0121 496 0373]]"], ["Email", "[[email:manjit.dhaliwal@example.co.uk]]"],
                   ["Bank sort code", "40-11-62"], ["Account number", "71550934"]]),
        "Why are you applying? My husband, <<Sukhwinder Singh Dhaliwal>>, ((criminal_offence:was sentenced to 18 months in October)) "
        "and I have lost his wage. ((health:I am waiting for a hip replacement)) and cannot work extra shifts.",
        "Connection to a member faith: ((religious_belief:I am amritdhari and do seva)) at the {{Guru Nanak}} Gurdwara langar every Sunday.",
        "Referee: Bhai <<Harpal Singh Sandhu>>, granthi.",
        "Declaration signed: <<M. K. Dhaliwal>>   Date: 26/10/2026",
    ], header=["THREE FAITHS COMMUNITY WELFARE FUND - CONFIDENTIAL"],
        footer=["Registered charity 1190000 - 60 Grove Lane, Birmingham [[uk_postcode:B21 9ES]] - [[phone:0121 496 0300]]"],
        comments=[(0, "<<Rachel Liebermann>>", "RL", "Award £400 and refer to the debt adviser. Husband's release date not needed on file.")],
        author="<<Rachel Liebermann>>")


@doc("fund-payments.xlsx")
def _(d):
    d.m("[[=uk_bank_account:401162:71550934]][[=uk_bank_account:209814:30457721]][[=uk_bank_account:090128:66183402]]")
    return xlsx(d, [
        ("Grants paid Nov", [
            ["Date", "Payee", "Sort code", "Account", "Amount", "Purpose"],
            [D(2026, 11, 2), "<<Manjit Kaur Dhaliwal>>", "40-11-62", "71550934", 400, "Hardship"],
            [D(2026, 11, 2), "<<Yitzchak Rosenthal>>", "20-98-14", "30457721", 250, "Winter fuel"],
            [D(2026, 11, 3), "<<Okafor, Chidinma>>", "09-01-28", "66183402", 180.5, "School uniform"],
        ]),
        ("Fund details", [
            ["Field", "Value"], ["Treasurer", "<<Emmanuel Boateng-Marsh>>"], ["Fund IBAN", "[[iban:GB33 BUKB 2020 1555 5555 55]]"],
            ["Treasurer phone", "[[phone:07700 900 612]]"], ["Bank", "{{Lloyds}} Birmingham"],
        ]),
    ])


@doc("fund-trustees-minutes.odt")
def _(d):
    return odt(d, [
        "Three Faiths Community Welfare Fund - trustees' meeting, 28 October 2026",
        "Present: Rabbi <<Eliezer Grunfeld>> (chair), <<Harpal Singh Sandhu>>, Revd <<Olusegun Adebisi>>, <<Rachel Liebermann>> (coordinator), "
        "<<Emmanuel Boateng-Marsh>> (treasurer).",
        "1. Cases. Mrs <<Rosenthal>>'s husband <<Yitzchak>> ((health:is now housebound after his stroke)); trustees agreed the winter fuel grant.",
        "2. A request from a family at {{St Chad's}} was declined: the fund cannot pay court fines.",
        "3. <<Chidinma Okafor>> ((religious_belief:asked for a grant for her son's confirmation at St Aidan's)) - agreed from the church's share.",
        "4. Revd <<Adebisi>> reported the {{Mitzvah Day}} collection raised £1,240. He declared an interest: "
        "((political_opinion:he is standing as a Liberal Democrat candidate in the May borough elections)).",
        ("t", [["Action", "Owner"], ["Refer Mrs <<Dhaliwal>> to debt advice", "<<Rachel>>"], ["Bank mandate change", "<<Emmanuel>>"]]),
    ], creator="<<Rachel Liebermann>>")


@doc("fund-referral.eml")
def _(d):
    body = ("Dear <<Rachel>>,\n\nI'd like to refer <<Tendai Mukwashi>> (DOB [[date_of_birth:9/3/1977=>1977-03-09]]), "
            "20 Wattville Road, [[uk_postcode:B66 4JZ]], tel [[phone:07700 900 815]].\n"
            "He ((health:has kidney failure and dialyses three times a week)), and his ESA has been stopped pending a review.\n"
            "((religious_belief:He is a member of the Methodist church on Bearwood Road)) and his minister is happy to be a referee.\n\n"
            "The referral form is attached.\n\nBest wishes,\n<<Olamide Fashola>>\nSocial prescriber, Smethwick PCN\n[[phone:0121 496 0458]]\n")
    att = ("REFERRAL FORM\nName: <<Tendai Mukwashi>>\nNINO: [[uk_nino:QQ 65 43 21 A]]\nHousehold: lives alone\n"
           "Need: food and utility top-up\nReferrer: <<O. Fashola>>\n")
    return eml(d, [("From", "<<Olamide Fashola>> <[[email:olamide.fashola@smethwickpcn.example.nhs.uk]]>"),
                   ("To", "<[[email:grants@threefaithsfund.example.org]]>"),
                   ("Cc", "<<Mukwashi, Tendai>> <[[email:tendai.mukwashi@example.net]]>"),
                   ("Subject", "Referral - <<T. Mukwashi>>"), ("Date", "Thu, 29 Oct 2026 11:05:00 +0000")],
               body, None, [("referral.txt", "text/plain", att)], msgid="ref.1029@smethwickpcn.example.nhs.uk", boundary="fund16ref")


@doc("fund-casework.txt")
def _(d):
    return text(d, """CASEWORK NOTES - Three Faiths Community Welfare Fund
Client: <<Yitzchak ROSENTHAL>>
DOB: [[date_of_birth:12th December 1949=>1949-12-12]]   Tel: [[phone:0161 496 0627]]
Address: 4 Leicester Road, Salford [[uk_postcode:M7 4AS]]

02/11 Home visit with his daughter <<Dvora Rosenthal-Katz>>. Mr <<Rosenthal>> ((health:has aphasia since the stroke)).
((religious_belief:The family keep kosher and shabbos)); food parcels must come from the kosher store, not the general bank.
Winter fuel grant £250 paid 02/11. Daughter asked that letters go to her: [[email:dvora.rk@example.com]].
Next review: January. Caseworker: <<R. Liebermann>>.
""")


@doc("fund-donations.csv")
def _(d):
    return text(d, "date,donor,postcode,method,card_or_ref,amount,gift_aid\n"
                "2026-10-03,<<Pritam Singh Bhogal>>,[[uk_postcode:B20 2QA]],card,[[payment_card:4111 1111 1111 1111]],50.00,Y\n"
                "2026-10-05,<<Miriam Feldman>>,[[uk_postcode:M25 0JT]],card,[[payment_card:5555555555554444]],36.00,Y\n"
                "2026-10-09,Anonymous,,cash,,20.00,N\n"
                "2026-10-12,Fr. <<Tomás Ó Briain>>,[[uk_postcode:B17 9DY]],standing order,SO-4471,15.00,N\n"
                "2026-10-15,<<Kuldip Kaur Gill>>,[[uk_postcode:B21 0HN]],card,[[payment_card:4000 0566 5566 5556]],101.00,Y\n"
                "2026-10-18,{{Handsworth Rotary}},[[uk_postcode:B21 9AU]],cheque,000412,250.00,N\n")


@doc("fund-kosher-parcels.tsv")
def _(d):
    return text(d, "week\trecipient\tdiet\taddress\tphone\tdriver\n"
                "45\t<<Yitzchak Rosenthal>>\t((religious_belief:Kosher (Kedassia) - keeps shabbos))\t4 Leicester Road, [[uk_postcode:M7 4AS]]\t[[phone:0161 496 0627]]\t<<Shmuel>>\n"
                "45\t<<Esther Abramovich>>\t((religious_belief:Kosher))\t19 Bury Old Road, [[uk_postcode:M8 5EL]]\t[[phone:0161 496 0634]]\t<<Shmuel>>\n"
                "45\t<<Leibowitz, Chaim>>\tKosher; ((health:renal diet))\t7 Cheltenham Crescent, [[uk_postcode:M7 4FE]]\t[[phone:0161 496 0639]]\t<<Dov>>\n")


@doc("fund-helpline.rtf")
def _(d):
    return rtf(d, [
        "Helpline call note - 30 October 2026, 14:20",
        "Caller: <<Grażyna Sobczak>>, tel. [[phone:07700 900 437]], born [[date_of_birth:21 May 1968=>1968-05-21]]",
        "Calls on behalf of her neighbour <<Winston Thorpe>>, 82, who ((health:has dementia)) and whose boiler failed.",
        "Mr <<Thorpe>> ((religious_belief:worships at the Seventh-day Adventist church on Villa Road)); the pastor asked him to ring us.",
        "Action: emergency heater from the {{Baxter}} fund stock; home visit Monday by <<Rachel>>.",
        "Taken by: <<Joel Mandelbaum>> (volunteer)",
    ])


@doc("policy-fund-privacy.html")
def _(d):
    return text(d, """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Privacy notice - Three Faiths Community Welfare Fund</title></head><body>
<h1>How we use your information</h1>
<p>The Three Faiths Community Welfare Fund is run jointly by a gurdwara, a synagogue and a church. We help people in hardship
whatever their faith or none.</p>
<h2>What we collect</h2>
<ul><li>Your name, contact details and household.</li>
<li>Your bank details, so that we can pay a grant.</li>
<li>Health information, if you tell us about an illness or disability that affects your need.</li>
<li>Your religion, only if you tell us you belong to one of our member communities; it is not a condition of help.</li>
<li>Information about a conviction of someone in your household, only where it explains the hardship.</li></ul>
<h2>Your rights</h2>
<dl><dt>Access</dt><dd>Ask for a copy of what we hold.</dd><dt>Erasure</dt><dd>Ask us to delete it when we no longer need it.</dd></dl>
<p>Contact: [[email:privacy@threefaithsfund.example.org]], [[phone:0121 496 0300]], 60 Grove Lane, Birmingham [[uk_postcode:B21 9ES]].</p>
</body></html>
""")


# ---- 4. Trade union legal assistance and personal-injury desk (ulaw-)

@doc("ulaw-claim-intake.docx")
def _(d):
    return docx(d, [
        ("h", "TWWU Legal Assistance - personal injury intake"),
        ("table", [["Member", "<<Darius Kazemi-Holt>>"], ["Membership no.", "TW-0418872"], ["Branch", "Tilbury Docks"],
                   ["Date of birth", "[[date_of_birth:30/06/1979=>1979-06-30]]"], ["NI number", "[[uk_nino:QQ123456D]]"],
                   ["Mobile", "[[phone:07700 900 281]]"], ["Home", "12 Fairview Parade, Grays [[uk_postcode:RM17 6DA]]"]]),
        "Mr <<Kazemi-Holt>> ((trade_union:has been a member of the Transport and Warehouse Workers' Union since 2011)) and is covered by the scheme.",
        "Accident: 14 September 2026, trapped between a reach truck and racking at the {{Wickham}} distribution centre.",
        ("note", "Injuries: ((health:fractured pelvis and a crush injury to the right foot)); off work since.", 1),
        ("comment", "Employer's insurer is {{Aviva}}; accident book entry obtained from the rep, <<Noreen Fitzpatrick>>.", 0),
        "Referred to panel solicitors {{Pemberton Quayle}} LLP on 2 November 2026.",
        "Intake officer: <<Kwame Asamoah>>",
    ], header=["Transport and Warehouse Workers' Union - Legal Department - PRIVILEGED"],
        footer=["Legal helpline [[phone:020 7946 0381]] - [[email:legal@twwu.example.org]]"],
        footnotes=[(1, "Discharge letter from Basildon Hospital on file; GP: Dr <<Harriet Lowe>>.")],
        comments=[(0, "<<Kwame Asamoah>>", "KA", "Rep <<Noreen>> also witnessed the near miss in August.")],
        author="<<Kwame Asamoah>>")


@doc("ulaw-rta-claim.pdf")
def _(d):
    return pdf(d, [[
        "TWWU Legal Assistance - Road Traffic Accident claim notification (member driver)",
        "Member: Mr <<Patrick Ogunleye>>    Membership no: TW-0290114",
        "Date of birth: [[date_of_birth:1 March 1985=>1985-03-01]]    Phone: [[phone:01632 960 418]]",
        "Driving licence no: [[uk_driving_licence:OGUNL803015P99AB]]",
        "Vehicle: company van, registration LV24 KXT. Third party: {{Hertz}} hire car.",
        "Address: 5 Chadwell Rise, Tilbury [[uk_postcode:RM18 8XQ]]",
        "Injuries: ((health:whiplash and a torn rotator cuff)); physiotherapy 8 sessions.",
        "((trade_union:Member of the union's Thurrock drivers' branch since 2019)).",
        "Passenger: <<Joaquim Magalhães>> (colleague, also injured; separate claim).",
        "Claims handler: <<Lorna McBride>> - [[email:lorna.mcbride@twwu.example.org]]",
    ]])


@doc("ulaw-case-list.xlsx")
def _(d):
    return xlsx(d, [
        ("Open cases", [
            ["Ref", "Member", "DOB", "Branch", "Type", "Injury / issue", "Solicitor", "Reserve £"],
            ["PI-26-0914", "<<KAZEMI-HOLT, Darius>>", D(1979, 6, 30, True), "Tilbury Docks", "Workplace", "((health:Fractured pelvis))", "{{Pemberton Quayle}}", 45000],
            ["RTA-26-0311", "<<OGUNLEYE, Patrick>>", D(1985, 3, 1, True), "Thurrock drivers", "RTA", "((health:Whiplash))", "{{Pemberton Quayle}}", 6500],
            ["ET-26-0107", "<<Nwachukwu, Adaeze>>", D(1990, 8, 17, True), "Purfleet", "Tribunal", "((health:Disability discrimination - MS))", "In-house", 0],
        ]),
        ("Summary", [["Key", "Value"], ["Owner", "<<Lorna McBride>>"], ["Open", 3], ["Scheme", "((trade_union:Members only))"]]),
    ])


@doc("ulaw-member-mail.mbox")
def _(d):
    return mbox(d, [
        ("adaeze.n@example.com", "Fri Oct 30 19:02:11 2026",
         [("From", "<<Adaeze Nwachukwu>> <[[email:adaeze.n@example.com]]>"),
          ("To", "TWWU Legal <[[email:legal@twwu.example.org]]>"),
          ("Subject", "My tribunal claim - meeting"), ("Date", "Fri, 30 Oct 2026 19:02:11 +0000")],
         "Hello,\n\nI'm a union member at the Purfleet site (my rep is <<Dariusz Wójcik>>). Since ((health:my MS diagnosis)) they\n"
         "have moved me to nights and refused the adjusted rota. Can someone call me on [[phone:07700 900 904]]?\n\n<<Adaeze>>\n",
         "ad1.20261030@example.com", None),
        ("lorna.mcbride@twwu.example.org", "Mon Nov  2 10:15:00 2026",
         [("From", "<<Lorna McBride>> <[[email:lorna.mcbride@twwu.example.org]]>"),
          ("To", "<<Adaeze Nwachukwu>> <[[email:adaeze.n@example.com]]>"),
          ("Subject", "Re: My tribunal claim - meeting"), ("Date", "Mon, 02 Nov 2026 10:15:00 +0000")],
         "Dear <<Adaeze>>,\n\nThank you. ((trade_union:As a member of over 12 months you qualify for legal assistance.)) I have booked\n"
         "you in for 9 November at the regional office, 1 Ferry Lane, [[uk_postcode:RM19 1RU]]. ACAS early conciliation: please\n"
         "keep the certificate number safe.\n\n> Since my MS diagnosis they have moved me to nights\n\n<<Lorna>>\n",
         "lm2.20261102@twwu.example.org", "ad1.20261030@example.com"),
        ("dariusz.wojcik@twwu.example.org", "Mon Nov  2 11:40:00 2026",
         [("From", "<<Dariusz Wójcik>> <[[email:dariusz.wojcik@twwu.example.org]]>"),
          ("To", "<<Lorna McBride>> <[[email:lorna.mcbride@twwu.example.org]]>"),
          ("Subject", "Re: My tribunal claim - meeting"), ("Date", "Mon, 02 Nov 2026 11:40:00 +0000")],
         "I can come on the 9th. The site manager is <<Graham Tollington>>; he wrote the rota email.\n<<Darek>>\n",
         "dw3.20261102@twwu.example.org", "lm2.20261102@twwu.example.org"),
    ])


@doc("ulaw-settlement.rtf")
def _(d):
    d.m("[[=uk_bank_account:309912:48120377]]")
    return rtf(d, [
        "Transport and Warehouse Workers' Union - Legal Department",
        "Private and confidential: Mr <<Seán Ó Conchúir>>, 8 Rathmines Close, Grays [[uk_postcode:RM16 2PL]]",
        "Dear Mr <<Ó Conchúir>>,",
        "Your claim for ((health:noise-induced hearing loss)) against {{Thames Freight}} has settled at £8,750.",
        "We will pay the damages to the account you gave us:",
        "Sort code: 30-99-12",
        "Account number: 48120377",
        "If you would rather be paid in Ireland, reply with your IBAN (we hold [[iban:IE29 AIBK 9311 5212 3456 78]] from an earlier claim).",
        "((trade_union:As a union member you keep 100% of your damages.))",
        "Yours sincerely, <<Lorna McBride>>, Claims Handler - [[phone:020 7946 0382]]",
    ])


@doc("ulaw-helpline.jsonl")
def _(d):
    return jsonish(d, [
        {"callId": "HL-77120", "memberName": "<<Kelechi Eze>>", "membershipNo": "TW-0551230", "status": "((trade_union:Member in good standing))", "cli": "[[phone:+447700900321]]",
         "topic": "((health:Slipped on ice in the yard, broken wrist))", "advisor": "<<K. Asamoah>>", "ts": "2026-11-02T08:55:00Z"},
        {"callId": "HL-77121", "memberName": "<<Bożena Lis>>", "membershipNo": "TW-0332871", "cli": "[[phone:01632 960 733]]",
         "topic": "Holiday pay query", "advisor": "<<K. Asamoah>>", "ts": "2026-11-02T09:20:00Z"},
        {"callId": "HL-77122", "memberName": "<<Ravinder Purewal>>", "membershipNo": None, "cli": "[[phone:020 7946 0987]]",
         "topic": "Not a member - asked to join to get help with a disciplinary", "advisor": "<<L. McBride>>", "ts": "2026-11-02T10:02:00Z"},
    ], lines=True)


@doc("ulaw-medical-report.md")
def _(d):
    return text(d, """# Medico-legal report - summary for the member's file

| Field | Detail |
|---|---|
| Claimant | <<Kazemi-Holt, Darius>> |
| DOB | [[date_of_birth:30.06.79=>1979-06-30]] |
| NHS number | [[nhs_number:999 678 2468]] |
| Expert | Mr <<Ioannis Papadakis>> FRCS (Orth) |
| Examined | 27 October 2026, {{Spire}} Hartswood |

## Opinion

Mr <<Kazemi-Holt>> ((health:sustained a fractured pelvis and a crush injury; he has post-traumatic arthritis of the right ankle))
and will not return to forklift work. ((health:He reports low mood and nightmares; a psychiatric report is recommended.))

Prepared for {{Pemberton Quayle}} LLP, instructed by the union.
""")


@doc("ulaw-rep-referral.eml")
def _(d):
    body = ("<<Lorna>>,\n\nReferring a member from Purfleet: <<Tomás Herrera Quintero>>, membership TW-0610458, "
            "DOB [[date_of_birth:22/11/1993=>1993-11-22]], mobile [[phone:07700 900 666]].\n"
            "((health:He has occupational dermatitis on both hands from the cleaning chemicals.)) The site has no COSHH assessment.\n"
            "((trade_union:He joined the union in March and I'm his rep.))\n\nNotes from our meeting attached.\n\nIn solidarity,\n"
            "<<Noreen Fitzpatrick>>\nWorkplace rep, Purfleet\n")
    html = ("<p><<Lorna>>,</p><p>Referring a member from Purfleet: <<Tomás Herrera Quintero>>, membership TW-0610458, "
            "DOB [[date_of_birth:22/11/1993=>1993-11-22]], mobile [[phone:07700 900 666]].</p>"
            "<p>He has occupational dermatitis on both hands from the cleaning chemicals.</p><p>In solidarity,<br><<Noreen Fitzpatrick>></p>")
    att = ("Rep's notes - <<T. Herrera Quintero>>\nSymptoms since June; GP fit note from Dr <<Anjali Mehta-Ross>>.\n"
           "Manager: <<Colin Pargeter>>. Colleague with the same rash: <<Shauna Devlin>>.\n")
    return eml(d, [("From", "<<Noreen Fitzpatrick>> <[[email:n.fitzpatrick.rep@example.org]]>"),
                   ("To", "<<Lorna McBride>> <[[email:lorna.mcbride@twwu.example.org]]>"),
                   ("Cc", "Regional organiser <[[email:organiser.east@twwu.example.org]]>"),
                   ("Subject", "PI referral - dermatitis - Purfleet"), ("Date", "Tue, 03 Nov 2026 07:48:21 +0000")],
               body, html, [("rep-notes.txt", "text/plain", att)], msgid="nf.0311@example.org", boundary="ulaw16ref")


@doc("training-ulaw-pi-basics.txt")
def _(d):
    return text(d, """TWWU Workplace Reps' Course - Module 6: Accidents, injuries and union legal help

What the union legal scheme covers
- Injuries at work, road traffic accidents (on or off duty), industrial disease such as hearing loss,
  dermatitis and vibration white finger, and employment tribunal claims.
- Members keep 100% of their damages. Cover starts after 13 weeks' membership for tribunal claims.

What the rep does
1. Make sure the accident book is filled in and ask for CCTV to be kept.
2. Take the member's account while it is fresh; photograph the scene.
3. Do not write medical details in group chats. Injury and health details are special category data:
   they go only on the referral form to the legal department.
4. A member who was arrested or cautioned after a workplace incident needs the criminal law helpline, not this form.

Legal department: [[phone:020 7946 0381]], [[email:legal@twwu.example.org]].
""")


# ---- 5. Private detective and tracing agency (trace-)

@doc("trace-instruction.eml")
def _(d):
    body = ("Dear Ms <<Kaczmarek>>,\n\n"
            "We act for the estate of the late <<Dorothy Ellen Pickersgill>>. We instruct you to trace a beneficiary:\n\n"
            "  Name: <<Graham Anthony PICKERSGILL>>\n  Born: [[date_of_birth:14.02.1967=>1967-02-14]]\n"
            "  Last known address: 31 Oakfield Avenue, Keighley [[uk_postcode:BD21 1BX]] (2011)\n"
            "  Possibly known as <<Tony Pickersgill>>; believed to have lived in Spain.\n\n"
            "Our budget is £600 plus VAT. Please do not approach him directly.\n\nKind regards\n\n<<Harriet Abernethy-Cole>>\n"
            "Private Client Team, {{Wainwright Ellis}} Solicitors\n[[phone:0113 496 0190]]\n")
    html = ("<p>Dear Ms <<Kaczmarek>>,</p><p>We act for the estate of the late <<Dorothy Ellen Pickersgill>>. "
            "We instruct you to trace a beneficiary: <<Graham Anthony PICKERSGILL>>, born [[date_of_birth:14.02.1967=>1967-02-14]], "
            "last known at 31 Oakfield Avenue, Keighley [[uk_postcode:BD21 1BX]].</p><p>Kind regards<br><<Harriet Abernethy-Cole>></p>")
    return eml(d, [("From", "<<Harriet Abernethy-Cole>> <[[email:h.abernethy-cole@wainwrightellis.example.co.uk]]>"),
                   ("To", "<<Renata Kaczmarek>> <[[email:renata@kestreltracing.example.com]]>"),
                   ("Subject", "New instruction - missing beneficiary"), ("Date", "Wed, 28 Oct 2026 15:33:09 +0000")],
               body, html, msgid="we.inst.1028@wainwrightellis.example.co.uk", boundary="trace16in")


@doc("trace-subject-report.docx")
def _(d):
    return docx(d, [
        ("h", "Trace report - KT/26/3381"),
        ("table", [["Subject", "<<Graham Anthony Pickersgill>>"], ["DOB", "[[date_of_birth:14/02/1967=>1967-02-14]]"],
                   ["Current address", "Apartment 3, 18 Calle Mayor, Torrevieja (confirmed 30/10)"],
                   ["UK address until 2019", "9 Lund Street, Bingley [[uk_postcode:BD16 4AY]]"],
                   ["Mobile", "[[phone:+44 7700 900 509]]"], ["Email", "[[email:tonyp67@example.net]]"]]),
        ("note", "Sources: electoral roll (2011-2018), a credit header, social media, and the IP addresses in two emails he sent "
                 "to a car forum ([[ip_address:203.0.113.88]] and [[ip_address:2001:db8:ffee::1]]).", 1),
        "Public record: ((criminal_offence:convicted at Bradford Crown Court in 2015 of benefit fraud, suspended sentence)).",
        ("comment", "His ex-partner, <<Lynne Harraway>>, confirmed he moved to Spain in 2019 ((health:after his heart bypass)).", 0),
        "Recommendation: the client writes to the Torrevieja address. Identity confirmed against passport number [[uk_passport:533401872]] "
        "held on the 2014 probate file.",
        "Investigator: <<Renata Kaczmarek>>, ABI member",
    ], header=["Kestrel Tracing & Investigations Ltd - CONFIDENTIAL - prepared for Wainwright Ellis"],
        footer=["Kestrel Tracing, Unit 4, Canal Wharf, Leeds [[uk_postcode:LS11 5PS]] - [[phone:0113 496 0444]]"],
        footnotes=[(1, "IP addresses are held for 6 months and then deleted.")],
        comments=[(0, "<<Callum Strachan>>", "CS", "Checked: <<Lynne>> is happy to be named in the report.")],
        author="<<Renata Kaczmarek>>")


@doc("trace-case-log.csv")
def _(d):
    return text(d, "case,opened,client,subject,type,investigator,status,fee\n"
                "KT/26/3381,2026-10-28,{{Wainwright Ellis}},<<Pickersgill, Graham>>,beneficiary trace,<<R. Kaczmarek>>,closed - traced,600\n"
                "KT/26/3382,2026-10-29,{{Harbour Finance}},<<Adewale Ogundipe>>,debtor trace,<<C. Strachan>>,open,85\n"
                "KT/26/3385,2026-10-30,private,<<Lucja Jabłońska>>,process serving,<<R. Kaczmarek>>,served 02/11,120\n"
                "KT/26/3390,2026-11-01,{{Northern Mutual}},<<Kieran Mulholland>>,insurance surveillance,<<Callum Strachan>>,open,1400\n")


@doc("trace-surveillance.txt")
def _(d):
    return text(d, """SURVEILLANCE LOG - KT/26/3390 - client: Northern Mutual (claims)
Subject: <<Kieran MULHOLLAND>>   DOB [[date_of_birth:5/8/1982=>1982-08-05]]
Claim: ((health:lumbar disc prolapse, says he cannot lift or drive)) - accident at work, March 2026
Home: 44 Glenview Drive, Wigan [[uk_postcode:WN5 9TL]]   Vehicle: grey Kia, SD70 PXO
Operatives: <<C. Strachan>> (CS), <<Imogen Drabble>> (ID)

06:45  CS on plot. Curtains closed.
08:12  Subject leaves by the front door carrying a holdall; drives the Kia himself.
08:40  Arrives {{PureGym}} Wigan. Inside 1h 20m (no filming inside).
10:05  Leaves; stops at {{B&Q}}, loads two bags of sand into the boot unaided.
11:30  Home. A woman (believed partner <<Stacey Mulholland>>) carries nothing.
Footage: 14 clips, 22 minutes. Hash log kept with the case file.
""")


@doc("trace-debtor-batch.tsv")
def _(d):
    return text(d, "ref\tsurname\tforenames\tdob\tlast_postcode\tphone_found\tresult\n"
                "HF-1101\t<<OGUNDIPE>>\t<<Adewale>>\t[[date_of_birth:1975-04-19]]\t[[uk_postcode:OL9 6RT]]\t[[phone:07700 900 022]]\tnew address confirmed\n"
                "HF-1102\t<<Ferreira Lopes>>\t<<Ana Beatriz>>\t[[date_of_birth:09/12/1988=>1988-12-09]]\t[[uk_postcode:M14 7HB]]\t\tgone away - no trace\n"
                "HF-1103\t<<MACKINNON>>\t<<Ruaridh Iain>>\t[[date_of_birth:28-Jan-71=>1971-01-28]]\t[[uk_postcode:PA3 2QT]]\t[[phone:0141 496 0551]]\tdeceased 2025\n"
                "HF-1104\t<<Nguyen>>\t<<Thi Hoa>>\t[[date_of_birth:3 Nov 1994=>1994-11-03]]\t[[uk_postcode:LS8 3DP]]\t[[phone:+44 113 496 0762]]\temployer found\n")


@doc("trace-invoice.pdf")
def _(d):
    d.m("[[=uk_bank_account:602017:23004519]]")
    return pdf(d, [[
        "KESTREL TRACING & INVESTIGATIONS LTD",
        "Unit 4, Canal Wharf, Leeds [[uk_postcode:LS11 5PS]]   Tel [[phone:0113 496 0444]]   [[email:accounts@kestreltracing.example.com]]",
        "INVOICE KT-INV-20771     Date: 02/11/2026",
        "To: Private Client Team, Wainwright Ellis Solicitors (attn. <<H. Abernethy-Cole>>)",
        "Re: KT/26/3381 - beneficiary trace (<<G. A. Pickersgill>>)",
        "Tracing fee                                   600.00",
        "VAT 20%                                       120.00",
        "TOTAL                                         720.00",
        "Pay by BACS to Kestrel Tracing & Investigations Ltd:",
        "Sort code 60-20-17",
        "Account no. 23004519",
        "or by card on [[phone:0113 496 0444]] (we have card ending 1111 on file for retainer clients).",
        "IBAN for payments from abroad: [[iban:GB29 NWBK 6016 1331 9268 19]]",
    ]])


@doc("trace-skip-results.json")
def _(d):
    return jsonish(d, {
        "requestId": "skp_8f21c0",
        "subject": {"givenName": "<<Adewale>>", "familyName": "<<Ogundipe>>", "dob": "[[date_of_birth:1975-04-19]]"},
        "matches": [
            {"source": "credit_header", "address": "Flat 2, 71 Hollins Road, Oldham", "postcode": "[[uk_postcode:OL8 4JZ]]",
             "firstSeen": "2024-06", "confidence": 0.92},
            {"source": "telco", "msisdn": "[[phone:447700900022=>+447700900022]]", "confidence": 0.81},
            {"source": "email_append", "email": "[[email:wale.ogundipe@example.org]]", "lastLoginIp": "[[ip_address:198.51.100.77]]"},
        ],
        "associates": [{"name": "<<Folasade Ogundipe>>", "relationship": "spouse"}],
        "flags": {"ccj": True, "insolvency": False},
    })


@doc("trace-caseload.ods")
def _(d):
    return ods(d, [
        ("Caseload", [
            ["Investigator", "Case", "Subject", "Subject DOB", "Due", "Hours"],
            ["<<Renata Kaczmarek>>", "KT/26/3385", "<<JABŁOŃSKA, Łucja>>", D(1996, 7, 14, True), D(2026, 11, 6), 3.5],
            ["<<Callum Strachan>>", "KT/26/3390", "<<Kieran Mulholland>>", D(1982, 8, 5, True), D(2026, 11, 20), 22],
            ["<<Imogen Drabble>>", "KT/26/3391", "<<Zubair Hussain-Shah>>", D(1969, 1, 2, True), D(2026, 11, 13), 6],
        ]),
        ("Contacts", [["Name", "Mobile"], ["<<Renata Kaczmarek>>", "[[phone:07700 900 700]]"], ["<<Callum Strachan>>", "[[phone:07700 900 701]]"]]),
    ], creator="<<Renata Kaczmarek>>")


@doc("policy-trace-code-of-conduct.md")
def _(d):
    return text(d, """# Kestrel Tracing & Investigations - code of conduct for investigators

1. **Lawful basis.** We trace people for legitimate interests: reuniting beneficiaries, recovering debts, serving
   court papers. We do not trace for anyone who may intend harm; refuse and record any instruction about a former partner.
2. **Pretexting is forbidden.** Never pretend to be the subject or a public body to obtain information (s.170 DPA 2018).
3. **Surveillance** is filmed only in public places. Never film inside a gym, a place of worship or a clinic.
4. **Special category data.** Health (for example, an injury claim), criminal records and religion come up in our work.
   Record only what the client's purpose needs; never put it in an invoice.
5. **Retention.** Case files are deleted six years after closure; IP logs after six months.

| Role | Contact |
|---|---|
| Data protection lead | [[email:dpo@kestreltracing.example.com]] |
| Office | [[phone:0113 496 0444]] |
""")


# ---- 6. Council licensing team: personal licences (lic-)

@doc("lic-application.pdf")
def _(d):
    return pdf(d, [[
        "WESTBURY DISTRICT COUNCIL - LICENSING ACT 2003",
        "Application for the grant of a personal licence - Part A",
        "Surname: <<O'DONOGHUE-BRENNAN>>     Forenames: <<Caoimhe Marie>>",
        "Date of birth: [[date_of_birth:12/10/1992=>1992-10-12]]     Place of birth: Limerick",
        "Home address: 2 Orchard Mews, Westbury [[uk_postcode:BA13 3JX]]",
        "Telephone: [[phone:07700 900 183]]     Email: [[email:caoimhe.odb@example.com]]",
        "National Insurance number: [[uk_nino:QQ 98 76 54 B]]",
        "Right to work: Irish passport seen. UK licence: [[uk_driving_licence:ODONO960122CM9XY]]",
        "Qualification: Level 2 Award for Personal Licence Holders, {{Highfield}}, cert. HQ-22-7718.",
    ], [
        "Part B - relevant offences and foreign offences",
        "Basic disclosure certificate no. 001882347611 dated 01/10/2026 discloses:",
        "((criminal_offence:Driving with excess alcohol (RT88001), Swindon Magistrates' Court, 14/03/2023)) - fine £600,",
        "disqualified 17 months.",
        "Applicant's statement: I completed the drink-drive rehabilitation course.",
        "Declaration: I confirm the above is true.   Signed <<C. M. O'Donoghue-Brennan>>",
        "For office use: notice sent to Wiltshire Police (licensing officer PC <<Andrew Goddard-Nye>>) on 02/11/2026.",
    ]])


@doc("lic-register.xlsx")
def _(d):
    return xlsx(d, [
        ("Personal licences", [
            ["Licence no", "Holder", "DOB", "Issued", "Premises (DPS of)", "Notes"],
            ["WDC/PL/04471", "<<Chaudhary, Nasreen>>", D(1984, 2, 9, True), D(2019, 5, 20), "The {{Lord Nelson}}, Market Place", ""],
            ["WDC/PL/04472", "<<Pemberton, Alfie>>", D(1998, 11, 30, True), D(2021, 3, 4), "Spar, Church Street",
             "((criminal_offence:Convicted 2024 - selling alcohol to a child; court notified))"],
            ["WDC/PL/04473", "<<Kovačević, Dragana>>", D(1977, 6, 17, True), D(2022, 9, 12), "{{Wetherspoon}} - The Moonraker", ""],
            ["WDC/PL/04474", "<<Ó Súilleabháin, Peadar>>", D(1965, 12, 1, True), D(2006, 1, 9), "{{Lord Nelson}} (former)", "Surrendered"],
        ]),
        ("About", [["Field", "Value"], ["Maintained by", "<<Bronwen Tudor-Harris>>"], ["Team phone", "[[phone:01632 960 250]]"],
                   ["Team mailbox", "[[email:licensing@westbury-dc.example.org]]"]]),
    ])


@doc("lic-police-objection.eml")
def _(d):
    body = ("Westbury District Council Licensing,\n\nLicensing Act 2003, s.120(5): objection notice\n\n"
            "Applicant: <<Caoimhe Marie O'Donoghue-Brennan>>, DOB [[date_of_birth:12 October 1992=>1992-10-12]]\n\n"
            "The Chief Officer of Police is satisfied that granting the licence would undermine the crime prevention objective.\n"
            "((criminal_offence:The applicant's conviction for driving with excess alcohol in 2023 was at a reading of 88 micrograms, "
            "and she was arrested in 2025 for a public order offence at a licensed premises (no further action).))\n\n"
            "PC <<Andrew Goddard-Nye>> 4471\nAlcohol Licensing Officer, Wiltshire Police\n[[phone:01632 960 912]]\n")
    return eml(d, [("From", "<<Andrew Goddard-Nye>> <[[email:andrew.goddard-nye@police.example.org]]>"),
                   ("To", "<[[email:licensing@westbury-dc.example.org]]>"),
                   ("Cc", "<<Bronwen Tudor-Harris>> <[[email:bronwen.tudor-harris@westbury-dc.example.org]]>"),
                   ("Subject", "s.120 objection - personal licence application PL/26/0381"), ("Date", "Mon, 02 Nov 2026 14:40:13 +0000")],
               body, None, msgid="obj.0381@police.example.org", boundary="lic16obj")


@doc("lic-hearing-notes.docx")
def _(d):
    return docx(d, [
        ("h", "Licensing Sub-Committee - hearing notes (not the decision notice)"),
        "Date: 9 November 2026. Members: Cllr <<Judith Amesbury>> (chair), Cllr <<Rajesh Varma>>, Cllr <<Tegan Lloyd-Jenkins>>.",
        "Legal adviser: <<Oliver Brimacombe>>. Clerk: <<Bronwen Tudor-Harris>>.",
        "Application PL/26/0381 - <<Caoimhe O'Donoghue-Brennan>>, represented by {{Poppleston Allen}}.",
        ("comment", "PC <<Goddard-Nye>> relied on ((criminal_offence:the 2023 drink-drive conviction)); the arrest with no further action was withdrawn from the evidence.", 0),
        "Applicant said ((health:she has been sober since 2023 and attends AA)); character reference from her employer, the {{Duke of Wellington}} pub.",
        "Decision: granted, with advice. Decision notice to follow within 5 working days.",
    ], header=["Westbury District Council - Licensing Sub-Committee"], footer=["OFFICIAL - exempt information (Sch 12A para 1)"],
        comments=[(0, "<<Oliver Brimacombe>>", "OB", "Members reminded that the AA point is not a licensing objective matter.")],
        author="<<Bronwen Tudor-Harris>>")


@doc("lic-renewals.csv")
def _(d):
    return text(d, "licence,holder,email,phone,address_postcode,reminder_sent\n"
                "WDC/PL/01129,<<Hollingsworth, Beverley>>,[[email:bev.hollingsworth@example.co.uk]],[[phone:01632 960 018]],[[uk_postcode:BA14 8RE]],2026-10-01\n"
                "WDC/PL/01133,<<Tunde Bakare>>,[[email:tunde.bakare@example.org]],[[phone:07700 900 044]],[[uk_postcode:BA12 9LT]],2026-10-01\n"
                "WDC/PL/01140,<<SZABÓ, Eszter>>,[[email:eszter.szabo@example.net]],[[phone:+44 1632 960 051]],[[uk_postcode:BA13 4DW]],2026-10-02\n"
                "WDC/PL/01141,<<Mohammed Al-Rashid>>,[[email:m.alrashid@example.com]],[[phone:(01632) 960 052]],[[uk_postcode:SN10 1HQ]],2026-10-02\n")


@doc("lic-online-applications.jsonl")
def _(d):
    return jsonish(d, [
        {"submissionId": "PLA-26-0381", "applicant": {"firstName": "<<Caoimhe>>", "lastName": "<<O'Donoghue-Brennan>>"},
         "feePaid": 37.0, "cardNumber": "[[payment_card:4242 4242 4242 4242]]", "clientIp": "[[ip_address:192.0.2.61]]",
         "submitted": "2026-10-02T21:14:55Z"},
        {"submissionId": "PLA-26-0384", "applicant": {"firstName": "<<Marek>>", "lastName": "<<Dvořák>>"},
         "dob": "[[date_of_birth:1987-05-23]]", "feePaid": 37.0, "cardNumber": "[[payment_card:5105105105105100]]",
         "clientIp": "[[ip_address:2001:db8:1234:5678::9]]", "passportNumber": "[[uk_passport:120384756]]",
         "submitted": "2026-10-11T10:02:31Z"},
        {"submissionId": "PLA-26-0390", "applicant": {"firstName": "<<Precious>>", "lastName": "<<Ndlovu-Carter>>"},
         "feePaid": 37.0, "convictions": "((criminal_offence:Theft from a shop, 2021, conditional discharge))",
         "clientIp": "[[ip_address:203.0.113.199]]", "submitted": "2026-10-19T16:45:00Z"},
    ], lines=True)


@doc("lic-committee.html")
def _(d):
    return text(d, """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Licensing Sub-Committee - 9 November 2026</title></head><body>
<h1>Licensing Sub-Committee, 9 November 2026, {{Kennet Room}}</h1>
<table border="1">
<tr><th>Item</th><th>Applicant</th><th>Matter</th><th>Officer</th></tr>
<tr><td>1</td><td><<Caoimhe O'Donoghue-Brennan>></td><td>Personal licence - police objection (((criminal_offence:relevant offence: excess alcohol 2023)))</td><td><<B. Tudor-Harris>></td></tr>
<tr><td>2</td><td><<Pemberton, Alfie>></td><td>Personal licence - court notification of ((criminal_offence:a conviction for selling alcohol to a child))</td><td><<B. Tudor-Harris>></td></tr>
<tr><td>3</td><td>{{Greene King}} plc</td><td>Premises variation - the {{Lord Nelson}}</td><td><<Hywel Protheroe>></td></tr>
<tr><td>4</td><td>Westbury Catholic Social Club</td><td>Club premises certificate - noise complaints from the mosque car park</td><td><<Hywel Protheroe>></td></tr>
</table>
<p>Public may attend. Enquiries: [[phone:01632 960 250]].</p>
</body></html>
""")


@doc("lic-course-certs.tsv")
def _(d):
    return text(d, "cert_no\tcandidate\tdob\tcentre\tresult\tpassport_or_id\n"
                "HQ-22-7718\t<<Caoimhe O'Donoghue-Brennan>>\t[[date_of_birth:12/10/1992=>1992-10-12]]\tSwindon\tPass\tIrish passport\n"
                "HQ-26-1043\t<<Jaswinder Kaur Randhawa>>\t[[date_of_birth:31.07.00=>2000-07-31]]\tTrowbridge\tPass\tUK passport [[uk_passport:507718293]]\n"
                "HQ-26-1044\t<<Dmitri Volkov-Evans>>\t[[date_of_birth:1979-02-02]]\tTrowbridge\tFail\tDVLA [[uk_driving_licence:VOLKO702029DV9KP]]\n"
                "HQ-26-1045\t<<Amara Osei>>\t[[date_of_birth:Dec 4 1995=>1995-12-04]]\tTrowbridge\tPass\tUK passport [[uk_passport:639284015]]\n")


@doc("policy-lic-relevant-offences.txt")
def _(d):
    return text(d, """WESTBURY DISTRICT COUNCIL - LICENSING
Personal licences: relevant offences, foreign offences and immigration penalties (guidance for applicants)

An applicant must give the council a basic disclosure certificate no more than one month old.
"Relevant offences" are listed in Schedule 4 to the Licensing Act 2003. They include offences under the Licensing Act,
drink-driving, theft, fraud, violence, sexual offences and drug supply. A spent conviction is not a relevant offence.
If a certificate shows a relevant offence, we must tell the police, who may object within 14 days. A Home Office
immigration penalty is treated the same way. Any hearing takes place before a sub-committee of three councillors.
Applicants may be represented. Information about offences is criminal offence data: we keep it only for the life of
the licence and six years after.

Licensing team: [[phone:01632 960 250]] - [[email:licensing@westbury-dc.example.org]] - Council Offices, Westbury [[uk_postcode:BA13 3QZ]]
""")


# ---- 7. Hospital sexual assault referral centre (sarc-)

@doc("sarc-forensic-record.pdf")
def _(d):
    return pdf(d, [[
        "ROWAN HOUSE SEXUAL ASSAULT REFERRAL CENTRE - FORENSIC MEDICAL EXAMINATION RECORD",
        "Client: <<Yasmin Haddad>>      DOB: [[date_of_birth:2001-09-17]]      NHS: [[nhs_number:999 543 2102]]",
        "Referral: police (Op. Harbour), crime ref 47/118822/26. Officer: DC <<Lewis Armitage>>.",
        "((criminal_offence:Reported rape on 31/10/2026)) by a man known to her, <<Connor Whitlock>>, now arrested and bailed.",
        "Examiner: Dr <<Sunita Ramaswamy>>      Crisis worker: <<Maeve Kilbride>>",
        "((sex_life_orientation:Last consensual intercourse: 24/10/2026, with her girlfriend)) - relevant to DNA interpretation.",
        "Findings: ((health:bruising to both upper arms and a laceration requiring steri-strips)).",
        "Samples: swabs x6, blood and urine (toxicology). ((genetic:Elimination DNA reference sample taken from the client.))",
        "Treatment: ((health:emergency contraception and HIV PEPSE started; hepatitis B vaccine dose 1)).",
    ], [
        "Aftercare: ISVA referral accepted; GUM follow-up at 2 and 12 weeks.",
        "Contact preference: text only to [[phone:07700 900 603]] - do not leave messages.",
        "Rowan House, Riverside Hospital site, [[uk_postcode:LS9 7TF]] - 24h line [[phone:0113 496 0999]]",
    ]])


@doc("sarc-isva-referrals.xlsx")
def _(d):
    return xlsx(d, [
        ("Referrals", [
            ["Received", "Client", "DOB", "Phone", "Route", "Police?", "ISVA", "Notes"],
            [D(2026, 11, 1), "<<Haddad, Yasmin>>", D(2001, 9, 17, True), "[[phone:07700 900 603]]", "Police", "Yes",
             "<<Chanel Oduya>>", "((criminal_offence:Suspect arrested))"],
            [D(2026, 11, 2), "<<Lindqvist, Freya>>", D(1978, 4, 4, True), "[[phone:07700 900 604]]", "Self", "Undecided",
             "<<Chanel Oduya>>", "((health:PTSD - historic abuse aged 12))"],
            [D(2026, 11, 2), "<<Bashir, Idris>>", D(1999, 1, 15, True), "[[phone:07700 900 605]]", "GP", "No",
             "<<Marcus Fenwick-Obi>>", "((sex_life_orientation:Gay man)) - wants male ISVA"],
        ]),
        ("ISVA team", [["Name", "Mobile"], ["<<Chanel Oduya>>", "[[phone:07700 900 610]]"], ["<<Marcus Fenwick-Obi>>", "[[phone:07700 900 611]]"]]),
    ])


@doc("sarc-crisis-worker.mbox")
def _(d):
    return mbox(d, [
        ("maeve.kilbride@rowanhouse.example.nhs.uk", "Sun Nov  1 04:22:00 2026",
         [("From", "<<Maeve Kilbride>> <[[email:maeve.kilbride@rowanhouse.example.nhs.uk]]>"),
          ("To", "Rowan House ISVAs <[[email:isva@rowanhouse.example.nhs.uk]]>"),
          ("Subject", "Overnight - one attendance (YH)"), ("Date", "Sun, 01 Nov 2026 04:22:00 +0000")],
         "Overnight: one forensic attendance, <<Yasmin>>, via police. She is staying with her sister <<Dalia Haddad>>\n"
         "(mobile [[phone:07700 900 615]]). ((health:She was very distressed and has a history of self-harm)); GP informed with consent.\n"
         "She asked for a female ISVA who is not from her community.\n\n<<Maeve>>\n",
         "mk.0101@rowanhouse.example.nhs.uk", None),
        ("chanel.oduya@rowanhouse.example.nhs.uk", "Mon Nov  2 09:05:00 2026",
         [("From", "<<Chanel Oduya>> <[[email:chanel.oduya@rowanhouse.example.nhs.uk]]>"),
          ("To", "<<Maeve Kilbride>> <[[email:maeve.kilbride@rowanhouse.example.nhs.uk]]>"),
          ("Subject", "Re: Overnight - one attendance (YH)"), ("Date", "Mon, 02 Nov 2026 09:05:00 +0000")],
         "I'll take her. Called her at 09:00; first meeting Wednesday at the {{Bramley}} outreach room.\n"
         "> She asked for a female ISVA who is not from her community.\n\n<<Chanel>>\n",
         "co.0211@rowanhouse.example.nhs.uk", "mk.0101@rowanhouse.example.nhs.uk"),
    ])


@doc("sarc-follow-up.docx")
def _(d):
    return docx(d, [
        ("h", "Rowan House - follow-up clinic letter"),
        "Dear Dr <<Grainne Mac Aodha>>,",
        "Re: <<Freya Lindqvist>>, born [[date_of_birth:4th April 1978=>1978-04-04]], NHS [[nhs_number:9993216542]], "
        "12 Headingley Mount, Leeds [[uk_postcode:LS6 3EL]]",
        "Ms <<Lindqvist>> self-referred to Rowan House on 2 November. She did not want a forensic examination.",
        ("comment", "((health:STI screen negative; she declined HIV PEPSE; she has complex PTSD)) and is under the {{Aire}} CMHT.", 0),
        "((sex_life_orientation:She describes herself as bisexual)) and asked that this is not shared with her family GP practice staff beyond you.",
        "She has an ISVA, <<Chanel Oduya>>, and may decide later whether to report to the police.",
        "Yours sincerely,",
        "Dr <<Sunita Ramaswamy>>, Forensic Physician",
    ], header=["Rowan House SARC - CONFIDENTIAL - not for the shared record"],
        footer=["Rowan House, Riverside Hospital site, Leeds [[uk_postcode:LS9 7TF]] - [[phone:0113 496 0999]]"],
        comments=[(0, "<<Sunita Ramaswamy>>", "SR", "Consent to send this letter confirmed by <<Freya>> on 02/11.")],
        author="<<Sunita Ramaswamy>>")


@doc("sarc-booking.md")
def _(d):
    return text(d, """# Rowan House - forensic suite bookings, week 45

| Slot | Client | Referrer | Examiner | Notes |
|---|---|---|---|---|
| Mon 09:00 | <<J. Ferreira-Nunes>> (aged 16) | CSC duty | Dr <<Ramaswamy>> | Paediatric SARC joint exam |
| Tue 14:00 | <<Olumide Adebanjo>> | Police - DC <<L. Armitage>> | Dr <<Tobias Winterbourne>> | ((criminal_offence:Male victim, reported assault by penetration)) |
| Thu 11:00 | Non-recent, self-referral | Self | Dr <<Ramaswamy>> | Counselling only |

Room: {{Nightingale}} suite (the old {{Cavell}} ward).
Bookings: [[email:bookings@rowanhouse.example.nhs.uk]] or [[phone:0113 496 0998]].
""")


@doc("sarc-police-liaison.eml")
def _(d):
    body = ("Hi <<Maeve>>,\n\nThanks for Saturday night. For the file: the suspect in Op. Harbour, <<Connor Whitlock>> "
            "(DOB [[date_of_birth:2/2/1998=>1998-02-02]]), ((criminal_offence:has been charged with rape and remanded)).\n"
            "Could the examiner's statement be ready by 13 November? The CPS lawyer is <<Beatrix Holloway-Nash>>.\n\n"
            "Kind regards,\nDC <<Lewis Armitage>> 2231\nRape and Serious Sexual Offences team\n[[phone:0113 496 0271]]\n")
    html = ("<p>Hi <<Maeve>>,</p><p>Thanks for Saturday night. For the file: the suspect in Op. Harbour, <<Connor Whitlock>> "
            "(DOB [[date_of_birth:2/2/1998=>1998-02-02]]), has been charged with rape and remanded.</p>"
            "<p>Kind regards,<br>DC <<Lewis Armitage>></p>")
    return eml(d, [("From", "<<Lewis Armitage>> <[[email:lewis.armitage@police.example.org]]>"),
                   ("To", "<<Maeve Kilbride>> <[[email:maeve.kilbride@rowanhouse.example.nhs.uk]]>"),
                   ("Cc", "<<Sunita Ramaswamy>> <[[email:sunita.ramaswamy@rowanhouse.example.nhs.uk]]>"),
                   ("Subject", "Op. Harbour - update"), ("Date", "Tue, 03 Nov 2026 17:10:00 +0000")],
               body, html, msgid="la.harbour.1103@police.example.org", boundary="sarc16pol")


@doc("sarc-self-referral.json")
def _(d):
    return jsonish(d, {
        "form": "rowan-self-referral-v3",
        "submittedAt": "2026-11-02T22:41:09Z",
        "clientIp": "[[ip_address:203.0.113.240]]",
        "answers": {
            "preferredName": "<<Bex>>",
            "legalName": {"given": "<<Rebecca>>", "family": "<<Agyeman-Price>>"},
            "dateOfBirth": "[[date_of_birth:21/06/2003=>2003-06-21]]",
            "safeContact": {"phone": "[[phone:07700900618]]", "ok_to_leave_voicemail": False},
            "email": "[[email:bex.ap03@example.com]]",
            "whatHappened": "((criminal_offence:I was sexually assaulted at a party in September by someone I met there))",
            "health": "((health:I am on antidepressants (sertraline) and I'm worried about pregnancy))",
            "interpreter": "none",
        },
    })


@doc("sarc-counselling-waitlist.odt")
def _(d):
    return odt(d, [
        "Rowan House - counselling waiting list (ISVA view)",
        ("t", [["Client", "Added", "Counsellor", "Notes"],
               ["<<Freya Lindqvist>>", "02/11/2026", "<<Morwenna Trebilcock>>", "((health:Complex PTSD)); evenings only"],
               ["<<Idris Bashir>>", "02/11/2026", "<<Anil Gopalakrishnan>>", "Wants male counsellor"],
               ["<<Rebecca Agyeman-Price>>", "03/11/2026", "unallocated", "Text first: [[phone:07700 900 618]]"]]),
        "Waiting time is currently 9 weeks. Clients in crisis are referred to the {{Samaritans}} and their GP.",
    ], creator="<<Chanel Oduya>>")


@doc("training-sarc-trauma-informed.rtf")
def _(d):
    return rtf(d, [
        "Rowan House SARC - induction: trauma-informed practice",
        "Believe first. A person who tells us about rape or sexual assault is not asked to prove it.",
        "Choice and control: every step of a forensic examination is explained and can be stopped.",
        "Records: the forensic record holds health, sexual history and offence information. Only the parts the police need "
        "are written into the examiner's statement, with the client's consent.",
        "Male survivors, LGBT+ survivors and survivors from minority ethnic and faith communities often fear not being believed: "
        "offer a choice of worker.",
        "Self-referral is anonymous if the client wishes: samples can be stored for up to seven years before a decision to report.",
        "Team contacts: [[phone:0113 496 0998]] (bookings), [[email:isva@rowanhouse.example.nhs.uk]].",
    ])


# ---- 8. Employer's whistleblowing and grievance investigation unit (wb-)

@doc("wb-disclosure-log.xlsx")
def _(d):
    return xlsx(d, [
        ("Disclosures 2026", [
            ["Ref", "Received", "Channel", "Discloser", "About", "Summary", "Status"],
            ["SU-26-031", D(2026, 9, 14), "Hotline", "Anonymous", "Depot manager, Corby",
             "Alleged falsification of food safety temperature records", "Investigating"],
            ["SU-26-034", D(2026, 10, 2), "Email", "<<Okoro, Chukwuemeka>>", "<<Stuart Lambie>>",
             "((criminal_offence:Alleged expenses fraud of about £14,000)); reported to police 20/10", "Police"],
            ["SU-26-037", D(2026, 10, 21), "Letter", "<<Bernadette Kavanagh>>", "HR shared-services",
             "Says ((biometric:her fingerprint template)) was kept after she left", "Open"],
            ["SU-26-038", D(2026, 10, 29), "Hotline", "<<Vijay Raghunathan>>", "Site security",
             "Guards using the ((biometric:facial recognition gate)) logs to track his breaks", "Open"],
            ["SU-26-040", D(2026, 11, 2), "Hotline", "Anonymous", "Corby canteen",
             "The LGBT+ network's Pride stall and the multi-faith prayer room notice were defaced; no suspect", "Open"],
        ]),
        ("Contacts", [["Field", "Value"], ["Speak Up lead", "<<Philippa Marchetti>>"], ["Hotline", "[[phone:0808 157 0192=>+448081570192]]"],
                      ["Mailbox", "[[email:speakup@halewoodfoods.example.com]]"]]),
    ])


@doc("wb-grievance-outcome.docx")
def _(d):
    return docx(d, [
        ("h", "Grievance outcome - private and confidential"),
        "To: <<Kwesi Mensah-Barrett>>, Warehouse Team Leader, Corby      Ref: GR-26-112",
        "Dear <<Kwesi>>,",
        "Thank you for attending the grievance hearing on 27 October with your ((trade_union:USDAW representative)), <<Lorraine Haigh>>.",
        ("table", [["Complaint", "Finding"],
                   ["((racial_ethnic_origin:As a Black British employee of Ghanaian heritage)), you were passed over for the shift manager role", "Partly upheld"],
                   ["Remarks by your line manager, <<Neil Caddick>>, about your accent", "Upheld"],
                   ["((health:The stress this caused led to four weeks' sickness absence (anxiety))) ", "Noted; OH referral made"]]),
        ("comment", "Mr <<Caddick>> has been moved to another site pending a disciplinary hearing.", 0),
        "You may appeal within 7 days to <<Philippa Marchetti>>, Head of People Investigations.",
        "Yours sincerely,",
        "<<Anjali Deshpande>>, Investigating Manager",
    ], header=["Halewood Foods plc - People Investigations"], footer=["Halewood Foods plc, Phoenix Park, Corby [[uk_postcode:NN17 5DU]] - [[phone:+44 (0)20 7946 0155]]"],
        comments=[(0, "<<Anjali Deshpande>>", "AD", "Legal advised not to name the other shortlisted candidate.")],
        author="<<Anjali Deshpande>>")


@doc("wb-investigation-interview.txt")
def _(d):
    return text(d, """INVESTIGATION MEETING NOTES - GR-26-119 (grievance by <<Tomasz Grabowski>>)
Date: 30 October 2026   Venue: Meeting room {{Brunel}}, Corby
Present: <<Anjali Deshpande>> (investigator), <<T. Grabowski>> (employee), <<Marian Kowalski>> (((trade_union:GMB workplace rep))),
<<Shona Baird>> (note taker)

AD: You say the team leader, <<Dean Whitcombe>>, made comments about you.
TG: ((sex_life_orientation:Since I came out as gay)) at the Christmas party he calls me names in front of the line.
TG: He also said my ((political_opinion:Green Party leaflets)) in the canteen were "commie rubbish".
AD: Did anyone else hear this?
TG: <<Sally-Anne Roper>> and <<Bogdan>> from nights.
AD: You were off sick in September.
TG: ((health:Yes, depression; I am on sertraline)). The GP letter is with HR.
Meeting ended 11:40. Notes agreed by <<Tomasz>>.
""")


@doc("wb-hotline.json")
def _(d):
    return jsonish(d, [
        {"caseNumber": "HF-SU-0394", "openedUtc": "2026-10-29T19:22:03Z", "reporterAnonymous": False,
         "reporter": {"fullName": "<<Vijay Raghunathan>>", "phone": "[[phone:07700 900 824]]",
                      "email": "[[email:vijay.r@example.net]]"},
         "allegation": "Security staff pull ((biometric:face-recognition entry logs)) to monitor when I pray on my breaks",
         "subjectOfReport": [{"name": "<<Gareth Pugh-Evans>>", "role": "Security supervisor"}],
         "reporterStatement": "((religious_belief:I am a practising Hindu and pray at 13:00))",
         "webSession": {"ip": "[[ip_address:198.51.100.201]]"}},
        {"caseNumber": "HF-SU-0395", "openedUtc": "2026-10-31T07:55:40Z", "reporterAnonymous": True,
         "reporter": None, "allegation": "Forklift licences not checked at Kettering depot",
         "subjectOfReport": [], "webSession": {"ip": "[[ip_address:2001:db8:c0de::42]]"}},
    ])


@doc("wb-case-mail.eml")
def _(d):
    body = ("<<Philippa>>,\n\nUpdate on SU-26-034 (expenses). The police have now interviewed <<Stuart Lambie>> under caution; "
            "((criminal_offence:he was arrested on 28 October on suspicion of fraud by abuse of position and released under investigation)).\n"
            "Our disciplinary is paused at the police's request. The discloser, <<Chukwuemeka Okoro>>, has asked for an update; "
            "I'll call him on [[phone:07700 900 828]].\n\n"
            "Separately: <<Bernadette Kavanagh>>'s letter (SU-26-037). She says ((biometric:her fingerprint template was never deleted from the "
            "clocking system)). IT confirm it was deleted on 30/10.\n\nSummary spreadsheet attached.\n\n<<Anjali>>\n")
    csv_att = ("ref,person,role,note\nSU-26-034,<<Stuart Lambie>>,Regional manager,((criminal_offence:released under investigation))\n"
               "SU-26-037,<<Bernadette Kavanagh>>,Former picker,data deleted 30/10\n")
    return eml(d, [("From", "<<Anjali Deshpande>> <[[email:anjali.deshpande@halewoodfoods.example.com]]>"),
                   ("To", "<<Philippa Marchetti>> <[[email:philippa.marchetti@halewoodfoods.example.com]]>"),
                   ("Cc", "Legal <[[email:legal@halewoodfoods.example.com]]>"),
                   ("Subject", "Speak Up cases - weekly update"), ("Date", "Fri, 30 Oct 2026 16:58:00 +0000")],
               body, None, [("cases.csv", "text/csv", csv_att)], msgid="ad.wk44@halewoodfoods.example.com", boundary="wb16upd")


@doc("wb-witness-list.csv")
def _(d):
    return text(d, "case,witness,role,site,phone,interviewed,accompanied_by\n"
                "GR-26-119,<<Sally-Anne Roper>>,Picker,Corby,[[phone:0116 496 0412]],2026-11-04,\n"
                "GR-26-119,<<Bogdan Ionescu>>,Night loader,Corby,[[phone:07700 900 836]],2026-11-05,<<M. Kowalski>> ((trade_union:(GMB rep)))\n"
                "GR-26-112,<<Precious Okafor-Lindsay>>,Shift manager,Corby,[[phone:0116 496 0415]],2026-10-20,\n"
                "GR-26-112,<<O'Rourke, Fintan>>,Transport planner,Kettering,[[phone:+44 116 496 0416]],2026-10-21,\n")


@doc("wb-expenses-investigation.pdf")
def _(d):
    return pdf(d, [[
        "HALEWOOD FOODS PLC - INTERNAL AUDIT AND PEOPLE INVESTIGATIONS",
        "Investigation report SU-26-034 (summary) - LEGALLY PRIVILEGED DRAFT",
        "Subject: <<Stuart James Lambie>>, Regional Operations Manager, employee no. 100482",
        "Date of birth (HR record): [[date_of_birth:19 January 1974=>1974-01-19]]   NI: [[uk_nino:QQ 45 67 89 A]]",
        "Company card: [[payment_card:3782 822463 10005]] (corporate Amex, cancelled 21/10/2026)",
        "Findings: 61 claims for hotel stays at the {{Wellington}} Hotel, Kettering, on nights he was recorded on site in Corby.",
        "((criminal_offence:Reported to Northamptonshire Police on 20/10; arrested 28/10; released under investigation.))",
        "Mr <<Lambie>> said in interview that ((health:he has a gambling addiction and is now in treatment)).",
        "Prepared by <<Anjali Deshpande>> and <<Rhys ap Gwilym>> (Internal Audit).",
    ]])


@doc("wb-case-tracker.ods")
def _(d):
    return ods(d, [
        ("Grievances", [
            ["Ref", "Employee", "DOB", "Opened", "Grounds", "Investigator", "Days open"],
            ["GR-26-112", "<<Mensah-Barrett, Kwesi>>", D(1988, 3, 3, True), D(2026, 9, 30),
             "((racial_ethnic_origin:Race (Black British - Ghanaian))) discrimination", "<<A. Deshpande>>", 34],
            ["GR-26-119", "<<Grabowski, Tomasz>>", D(1995, 10, 10, True), D(2026, 10, 19),
             "((sex_life_orientation:Sexual orientation)) harassment; ((political_opinion:political belief (Green Party)))", "<<A. Deshpande>>", 15],
            ["GR-26-121", "<<Harrow-Singh, Jasleen>>", D(1991, 5, 26, True), D(2026, 10, 26),
             "((genetic:Manager disclosed her BRCA1 result)) to the team", "<<Philippa Marchetti>>", 8],
        ]),
        ("Notes", [["Key", "Value"], ["Owner", "<<Philippa Marchetti>>"], ["Line", "[[phone:0116 496 0400]]"]]),
    ], creator="<<Philippa Marchetti>>")


@doc("policy-wb-speak-up.docx")
def _(d):
    return docx(d, [
        ("h", "Speak Up (whistleblowing) and grievance policy"),
        "1. Who this is for: every employee, agency worker and contractor of Halewood Foods plc.",
        "2. What to report: fraud or bribery, a danger to health and safety, food safety failures, environmental damage, "
        "breaking the law, or covering any of these up.",
        "3. How: your manager, the Speak Up hotline [[phone:0808 157 0192=>+448081570192]] (free, 24 hours) or "
        "[[email:speakup@halewoodfoods.example.com]]. You can stay anonymous.",
        "4. Protection: you will not be treated badly for speaking up in good faith. Retaliation is a disciplinary offence.",
        ("note", "Grievances about discrimination (race, religion, sex, sexual orientation, disability, age) follow section 7.", 1),
        "7. Grievances: you may be accompanied at any hearing by a colleague or a trade union representative.",
        "8. Records: investigation files may hold health, criminal and other special category information; they are kept "
        "for six years after the case closes, then destroyed.",
    ], header=["Halewood Foods plc - Policy HR-14 - version 3"], footer=["Owner: People Investigations - review due 2027"],
        footnotes=[(1, "See also the Dignity at Work policy.")], author="People Policy Team")


# ---------------------------------------------------------------- main

def main():
    if DOCS.exists():
        shutil.rmtree(DOCS)
    DOCS.mkdir()
    labels, problems, written = [], [], []
    for name, f in sorted(SPECS, key=lambda s: s[0]):
        d = Doc(name)
        written.append((d, f(d)))
    parts = sorted({p for d, _ in written for n in d.names for p in re.findall(r"[^\W\d_]{3,}", n)})
    for d, data in written:
        p = d.problems(parts)
        if p:
            problems.append(f"{d.name}:\n  " + "\n  ".join(p))
        (DOCS / d.name).write_bytes(data)
        labels.append(d.label())
    if problems:
        sys.exit("refused:\n" + "\n".join(problems))
    with open(HERE / "labels.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    ids = {}
    for lab in labels:
        for k, _ in lab["ids"]:
            ids[k] = ids.get(k, 0) + 1
    cats = {c: sum(c in lab["categories"] for lab in labels) for c in CATEGORIES}
    neg = sum(lab["doc"].startswith(("policy-", "training-")) for lab in labels)
    exts = {}
    for lab in labels:
        e = lab["doc"].rsplit(".", 1)[1]
        exts[e] = exts.get(e, 0) + 1
    print(f"{len(labels)} documents ({neg} negative), {sum(len(l['names']) for l in labels)} name labels, "
          f"{sum(ids.values())} identifier labels")
    print("ids by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(ids.items(), key=lambda kv: (-kv[1], kv[0]))))
    print("documents per category: " + ", ".join(f"{k} {v}" for k, v in sorted(cats.items(), key=lambda kv: (-kv[1], kv[0]))))
    print("formats: " + ", ".join(f"{k} {v}" for k, v in sorted(exts.items())))


if __name__ == "__main__":
    main()
