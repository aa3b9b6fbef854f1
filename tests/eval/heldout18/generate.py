#!/usr/bin/env python3
"""Eighteenth blind held-out evaluation set for dpscan (heldout18).

72 synthetic documents from eight kinds of organisation no earlier set
covers: a crown court's jury summons and excusals office (jury-*), an
employer's pension scheme ill-health retirement panel (pension-*), a
campaign group's supporter CRM, petitions and protest stewards
(campaign-*), a sports governing body's safeguarding and eligibility unit
(sport-*), a university multi-faith chaplaincy and a synagogue burial
society (faith-*), a boarding school's health centre (boarding-*), an NHS
learning-disability register and annual health checks (ldreg-*) and an
armed forces reserves unit's HR and medical downgrading (reserves-*).
8 documents (policy-*, training-*) name no one and reveal nothing.

Markup (labels are the spans that write the text):
  <<Name>>                      a person-name mention, labelled as written
  [[kind:value]]                an identifier, normalised by NORM[kind]
  [[kind:written=>normalised]]  an identifier with its normalised value given
  [[=kind:written]]             part of an identifier spread over cells: written,
                                exempt from the unlabelled-id check, not labelled
                                itself (the cell that completes it carries it)
  ((category:words))            words revealing a special category about a
                                named person in the document
  {{words}}                     a distractor written on purpose (a firm, a
                                building, a saint, a category about no one)

Judgement calls (heldout11's conventions, and the category labelling guide at
the end of tests/eval/README.md, followed throughout), plus:
- Custody is criminal offence (guide 1): a juror excused because they are on
  remand or serving a sentence is criminal_offence; a juror disqualified for a
  conviction too. A juror excused for illness, surgery, pregnancy or caring
  for a disabled relative: health only for the juror's own condition; caring
  for someone unnamed reveals nothing about the named carer (nothing).
- A juror excused for a religious reason ("a Jehovah's Witness elder", "a
  practising Carthusian") or asking to be excused for a festival is
  religious_belief.
- Ill-health retirement: any stated condition, tier decision on medical
  grounds, occupational physician's opinion of a named member is health. A
  pension scheme member number, a tier (Tier 1/2) with no condition is
  nothing; "ill-health retirement" as a process name alone is nothing.
- Campaign group: no party is ever named. A named supporter's signature on a
  petition for a political cause, stewarding a protest march, a donation to
  a campaign against a government policy, or a stated view on such a policy
  is political_opinion (guide 8: "a campaign"). A petition title, a march
  route or a campaign name with no named person is nothing; a supporter's
  Gift Aid status, a newsletter preference or an email bounce is nothing. A
  steward's arrest at a protest is criminal_offence (guide 4).
- Sports body: an eligibility review of a transgender athlete's
  testosterone level is health (a hormone level, a medical record); a stated
  gender identity alone is not special category; a safeguarding referral
  alleging a coach's sexual contact with an athlete is sex_life_orientation
  and, with a police investigation, criminal_offence; a nationality
  switch or a residency test is nothing; a DNA-based sex screening
  result (SRY gene) is genetic.
- Faith: attending chaplaincy for a named faith, a Friday prayer rota, a
  burial society's tahara (ritual washing) or membership is
  religious_belief; a death, the cause of death, is health (the dead are not
  data subjects in law, but the labels follow the text, as heldout10's funeral
  director did: a named deceased's cause of death is health). A room name
  ("the Quiet Room", "St Cuthbert's Chapel" as a building) is nothing.
- Boarding school health centre: any symptom, medicine, allergy, injury,
  contraception advice (also sex_life_orientation when tied to a named pupil's
  sexual activity) is health; a house name ("Wolsey House") is nothing.
- Learning-disability register: a learning disability, Down's syndrome
  (health; a named karyotype "trisomy 21 confirmed" is also genetic), an
  annual health check finding is health; fragile X "confirmed on genetic
  testing" is genetic and health.
- Reserves: a medical downgrading (a JMES code such as "MLD" or "MND" with
  a condition), a PULHHEEMS grading tied to a condition is health; a rank, a
  service number and a mobilisation are nothing; a reservist's Service
  Discipline Act conviction or a civil conviction reported is
  criminal_offence; membership of the Armed Forces Muslim Association or a
  padre's pastoral visit for a named faith is religious_belief.
- Eponymous conditions (Down's syndrome, Crohn's disease) are written as
  categories; eponymous buildings and prizes are distractors.
- Names: titles (Mr, Mrs, Ms, Dr, Revd, Rabbi, Imam, Sgt, Cpl, Capt, Maj, Lt
  Col, LCpl, Pte, WO2, HHJ) are left out; "SURNAME, Given" kept as written;
  a comment author and a document author are names; an email display name
  is a name; a team's display name is not.
- Identifiers: every identifier written is labelled, the organisation's own
  phone, postcode and mailbox too. Court case numbers, juror numbers, pension
  member numbers, service numbers, GMC numbers, petition ids and sports
  licence numbers are not contract kinds and are left unlabelled. Message-ID
  and In-Reply-To headers and mbox "From " lines are not labelled.
Synthetic ranges only: QQ NINOs, example.* mailboxes, Ofcom drama numbers,
documentation IPs (192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32),
test card numbers, NHS numbers in the 999 range with a valid check digit,
the standard example IBANs, invented sort code and account pairs.

Python 3.11, standard library only, deterministic (no randomness drawn,
fixed zip timestamps and MIME boundaries). Run: python3 generate.py
"""

import base64
import json
import os
import quopri
import re
import shutil
import sys
import zipfile
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
ORDER = ["racial_ethnic_origin", "political_opinion", "religious_belief", "trade_union",
         "genetic", "biometric", "health", "sex_life_orientation", "criminal_offence"]
TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Revd", "Rabbi", "Imam", "Sgt", "Cpl", "Capt",
          "Maj", "Lt", "Col", "Giani", "Venerable", "Flt", "SSgt", "LCpl", "Pte", "WO2", "HHJ", "Fr", "Sister", "Cllr"}


def digits(v):
    return re.sub(r"\D", "", v)


def phone(v):
    d = digits(v)
    if v.strip().startswith("+"):
        return "+" + d
    if d.startswith("0"):
        return "+44" + d[1:]
    raise ValueError(v)


NORM = {
    "phone": phone,
    "email": str.lower,
    "uk_postcode": lambda v: " ".join(v.upper().split()),
    "uk_nino": lambda v: re.sub(r"\s", "", v).upper(),
    "nhs_number": digits,
    "payment_card": digits,
    "iban": lambda v: re.sub(r"\s", "", v).upper(),
    "uk_passport": digits,
    "uk_driving_licence": lambda v: re.sub(r"\s", "", v).upper(),
    "ip_address": str,
    "date_of_birth": str,  # written ISO; every other spelling gives its value after =>
}
KINDS = set(NORM) | {"uk_bank_account"}


def nhs_ok(n):
    s = sum(int(c) * (10 - i) for i, c in enumerate(n[:9]))
    c = 11 - s % 11
    return len(n) == 10 and n.startswith("999") and (0 if c == 11 else c) == int(n[9])


def luhn_ok(n):
    t = 0
    for i, c in enumerate(reversed(n)):
        d = int(c) * (2 if i % 2 else 1)
        t += d - 9 if d > 9 else d
    return t % 10 == 0


def iban_ok(v):
    r = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


MARK = re.compile(r"<<(.+?)>>|\[\[(=?)(\w+):(.+?)\]\]|\(\((\w+):(.+?)\)\)|\{\{(.+?)\}\}", re.S)


class Doc:
    def __init__(self, name):
        self.name = name
        self.names, self.cats, self.ids = [], set(), []
        self.distractors, self.plain, self.blanked, self.problems = [], [], [], []

    def m(self, s):
        """Markup -> text; records labels, and a copy with every labelled span blanked."""
        text, blanked = self.parse(s)
        self.plain.append(text)
        self.blanked.append(blanked)
        return text

    def parse(self, s):
        out, blank, pos = [], [], 0
        for mt in MARK.finditer(s):
            out.append(s[pos:mt.start()])
            blank.append(s[pos:mt.start()])
            pos = mt.end()
            if mt.group(1) is not None:
                text = " ".join(mt.group(1).split())
                if text.split()[0].rstrip(".") in TITLES:
                    self.problems.append(f"name label starts with a title: {text}")
                if text not in self.names:
                    self.names.append(text)
                w = mt.group(1)
            elif mt.group(3) is not None:
                kind, body = mt.group(3), mt.group(4)
                if kind not in KINDS:
                    self.problems.append(f"unknown kind {kind}")
                w, _, norm = body.partition("=>")
                if not mt.group(2):
                    if not norm:
                        norm = NORM[kind](w)
                    self.check_id(kind, norm)
                    if [kind, norm] not in self.ids:
                        self.ids.append([kind, norm])
            elif mt.group(5) is not None:
                if mt.group(5) not in ORDER:
                    self.problems.append(f"unknown category {mt.group(5)}")
                self.cats.add(mt.group(5))
                w, b = self.parse(mt.group(6))  # category words stay visible to the name check
                out.append(w)
                blank.append(b)
                continue
            else:
                w = mt.group(7)
                self.distractors.append(w)
            out.append(w)
            blank.append(" " * len(w))
        out.append(s[pos:])
        blank.append(s[pos:])
        return "".join(out), "".join(blank)

    def check_id(self, kind, v):
        ok = {
            "nhs_number": lambda: nhs_ok(v),
            "payment_card": lambda: luhn_ok(v),
            "iban": lambda: iban_ok(v),
            "uk_nino": lambda: re.fullmatch(r"QQ\d{6}[A-D]", v) is not None,
            "phone": lambda: re.fullmatch(r"\+44\d{9,10}", v) is not None,
            "date_of_birth": lambda: re.fullmatch(r"\d{4}-\d\d-\d\d", v) is not None,
            "uk_bank_account": lambda: re.fullmatch(r"\d{6}:\d{8}", v) is not None,
            "uk_passport": lambda: re.fullmatch(r"\d{9}", v) is not None,
            "uk_driving_licence": lambda: re.fullmatch(r"[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}", v) is not None,
            "email": lambda: re.search(r"@([\w.-]+\.)?example\.(com|org|net|co\.uk|ac\.uk|nhs\.uk)$", v) is not None,
        }.get(kind, lambda: True)
        if not ok():
            self.problems.append(f"invalid {kind} {v}")

    def verify(self):
        text = "\n".join(self.plain)
        rest = "\n".join(self.blanked)
        for e in re.finditer(r"[\w.+-]+@[\w.-]+\.\w+", rest):
            self.problems.append(f"unlabelled email {e.group()}")
        rest = re.sub(r"[\w.+-]+@[\w.-]+\.\w+", " ", rest)
        for pat, what in [(r"\bQQ ?\d\d ?\d\d ?\d\d ?[A-D]\b", "NINO"),
                          (r"\b(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+|2001:db8:", "IP"),
                          (r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b", "postcode"),
                          (r"07700 ?900 ?\d{3}|\b0\d{2,4} ?\d{3,4} ?\d{3,4}\b", "phone"),
                          (r"\b999 ?\d{3} ?\d{4}\b", "NHS number")]:
            for x in re.finditer(pat, rest):
                self.problems.append(f"unlabelled {what} {x.group()}")
        parts = set()
        for n in self.names:
            for p in re.split(r"[\s,]+", n):
                p = p.strip(".,'")
                if len(p) >= 3 and not p.isdigit():
                    parts.add(p)
        for p in sorted(parts):
            for form in {p, p.upper()}:
                if re.search(r"(?<![\w'-])" + re.escape(form) + r"(?![\w-])", rest):
                    self.problems.append(f"name part {form!r} outside a labelled mention")
        if re.search(r"<<|>>|\[\[|\]\]|\(\(|\)\)|\{\{|\}\}", text):
            self.problems.append("markup left")
        if self.name.startswith(("policy-", "training-")) and (self.names or self.cats):
            self.problems.append("negative names someone or has a category")
        if self.problems:
            raise SystemExit(f"{self.name}:\n  " + "\n  ".join(self.problems))

    def label(self):
        return {"doc": self.name, "names": self.names,
                "categories": [c for c in ORDER if c in self.cats], "ids": self.ids}


# ---------------------------------------------------------------- writers

ZT = (2026, 11, 2, 9, 30, 0)


def zipped(entries):
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, ZT)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def text_doc(d, s):
    return d.m(s).encode("utf-8")


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:v="urn:schemas-microsoft-com:vml"'


def wp(t, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{x(t)}</w:t></w:r></w:p>'


def docx(d, body, author, header=None, footer=None, footnotes=(), comments=(), textbox=None):
    """body: list of str (paragraph, '# ' heading), ('table', rows), ('fn', text, n), ('comment', text, id)."""
    parts = []
    for b in body:
        if isinstance(b, str):
            if b.startswith("# "):
                parts.append(wp(d.m(b[2:]), "Heading1"))
            else:
                parts.append(wp(d.m(b)))
        elif b[0] == "table":
            rows = "".join("<w:tr>" + "".join(
                f'<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>{wp(d.m(c))}</w:tc>' for c in r) + "</w:tr>" for r in b[1])
            parts.append(f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>{rows}</w:tbl>')
        elif b[0] == "fn":
            parts.append(f'<w:p><w:r><w:t xml:space="preserve">{x(d.m(b[1]))}</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{b[2]}"/></w:r></w:p>')
        elif b[0] == "comment":
            parts.append(f'<w:p><w:commentRangeStart w:id="{b[2]}"/><w:r><w:t xml:space="preserve">{x(d.m(b[1]))}</w:t></w:r><w:commentRangeEnd w:id="{b[2]}"/><w:r><w:commentReference w:id="{b[2]}"/></w:r></w:p>')
    if textbox:
        parts.append(f'<w:p><w:r><w:pict><v:shape style="width:200pt;height:60pt"><v:textbox><w:txbxContent>{"".join(wp(d.m(t)) for t in textbox)}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(parts)}<w:sectPr>' + \
        ('<w:headerReference w:type="default" r:id="rIdH"/>' if header else "") + \
        ('<w:footerReference w:type="default" r:id="rIdF"/>' if footer else "") + '</w:sectPr></w:body></w:document>'
    rels = ['<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    ct = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    entries = []
    if header:
        entries.append(("word/header1.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W}>{"".join(wp(d.m(t)) for t in header)}</w:hdr>'))
        rels.append('<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        ct.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
    if footer:
        entries.append(("word/footer1.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W}>{"".join(wp(d.m(t)) for t in footer)}</w:ftr>'))
        rels.append('<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        ct.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
    if footnotes:
        fns = "".join(f'<w:footnote w:id="{n}">{wp(d.m(t))}</w:footnote>' for n, t in footnotes)
        entries.append(("word/footnotes.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p/></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p/></w:footnote>{fns}</w:footnotes>'))
        rels.append('<Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>')
        ct.append('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>')
    if comments:
        cs = "".join(f'<w:comment w:id="{i}" w:author="{x(d.m(a))}" w:date="2026-11-02T09:30:00Z" w:initials="{ini}">{wp(d.m(t))}</w:comment>' for i, a, ini, t in comments)
        entries.append(("word/comments.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {W}>{cs}</w:comments>'))
        rels.append('<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:creator>{x(d.m(author))}</dc:creator><cp:lastModifiedBy>{x(d.m(author))}</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-02T09:30:00Z</dcterms:created></cp:coreProperties>')
    return zipped([
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' + "".join(ct) + "</Types>"),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
        ("docProps/core.xml", core),
        ("word/document.xml", document),
        ("word/styles.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>'),
        ("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + "".join(rels) + "</Relationships>"),
    ] + entries)


def serial(y, mo, dd):
    return (date(y, mo, dd) - date(1899, 12, 30)).days


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(d, sheets, author):
    """sheets: [(name, rows)]; a cell is a markup str, an int/float, ('date' or 'dob', y, m, d) or None."""
    strings, index = [], {}
    sheet_xml = []
    for _, rows in sheets:
        out = []
        for r, row in enumerate(rows):
            cells = []
            for c, v in enumerate(row):
                ref = f"{col(c)}{r + 1}"
                if v is None:
                    continue
                if isinstance(v, tuple):  # ("date" | "dob", y, m, d): a serial with a date format
                    if v[0] == "dob":
                        d.m(f"[[date_of_birth:{date(*v[1:]).isoformat()}]]")
                    cells.append(f'<c r="{ref}" s="1"><v>{serial(*v[1:])}</v></c>')
                elif isinstance(v, (int, float)):
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    t = d.m(v)
                    if t not in index:
                        index[t] = len(strings)
                        strings.append(t)
                    cells.append(f'<c r="{ref}" t="s"><v>{index[t]}</v></c>')
            out.append(f'<row r="{r + 1}">{"".join(cells)}</row>')
        sheet_xml.append('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                         + "".join(out) + "</sheetData></worksheet>")
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           f'count="{len(strings)}" uniqueCount="{len(strings)}">' + "".join(f'<si><t xml:space="preserve">{x(s)}</t></si>' for s in strings) + "</sst>")
    names = [d.m(n) for n, _ in sheets]
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          + "".join(f'<sheet name="{x(n)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, n in enumerate(names)) + "</sheets></workbook>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(sheets)))
            + f'<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            '<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills>'
              '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(len(sheets)))
          + "</Types>")
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            f'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>{x(d.m(author))}</dc:creator></cp:coreProperties>')
    return zipped([("[Content_Types].xml", ct),
                   ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
                   ("docProps/core.xml", core), ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", rels),
                   ("xl/sharedStrings.xml", sst), ("xl/styles.xml", styles)]
                  + [(f"xl/worksheets/sheet{i + 1}.xml", s) for i, s in enumerate(sheet_xml)])


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"')


def odf(d, mime, body, author):
    content = f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODF_NS}><office:body>{body}</office:body></office:document-content>'
    meta = f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ODF_NS}><office:meta><dc:creator>{x(d.m(author))}</dc:creator></office:meta></office:document-meta>'
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    return zipped([("mimetype", mime), ("content.xml", content), ("meta.xml", meta), ("META-INF/manifest.xml", manifest)])


def odt(d, paras, author):
    body = "".join(f"<text:h>{x(d.m(p[2:]))}</text:h>" if p.startswith("# ") else f"<text:p>{x(d.m(p))}</text:p>" for p in paras)
    return odf(d, "application/vnd.oasis.opendocument.text", f"<office:text>{body}</office:text>", author)


def ods(d, sheets, author):
    out = []
    for name, rows in sheets:
        rs = []
        for row in rows:
            cs = []
            for v in row:
                if isinstance(v, (int, float)):
                    cs.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
                else:
                    cs.append(f'<table:table-cell office:value-type="string"><text:p>{x(d.m(v))}</text:p></table:table-cell>')
            rs.append(f"<table:table-row>{''.join(cs)}</table:table-row>")
        out.append(f'<table:table table:name="{x(d.m(name))}">{"".join(rs)}</table:table>')
    return odf(d, "application/vnd.oasis.opendocument.spreadsheet", f"<office:spreadsheet>{''.join(out)}</office:spreadsheet>", author)


def rtf(d, s):
    out = []
    for ch in d.m(s):
        o = ord(ch)
        if ch == "\n":
            out.append("\\par\n")
        elif ch in "\\{}":
            out.append("\\" + ch)
        elif o > 127:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
        else:
            out.append(ch)
    return ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Calibri;}}\\f0\\fs22\n" + "".join(out) + "\n}").encode("ascii")


def pdf(d, pages):
    """pages: list of markup strings; one text line per line, Helvetica, WinAnsi."""
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", None,
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for p in pages:
        lines = d.m(p).split("\n")
        ops = ["BT", "/F1 10 Tf", "13 TL", "56 790 Td"]
        for ln in lines:
            b = ln.encode("cp1252")
            esc = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            ops.append("(" + esc.decode("latin-1") + ") Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1")
        objs.append(("stream", stream))
        content_no = len(objs)
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {content_no} 0 R >>")
        kids.append(len(objs))
    objs[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>"
    out = b"%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs):
        offsets.append(len(out))
        if isinstance(o, tuple):
            body = f"<< /Length {len(o[1])} >>\nstream\n".encode() + o[1] + b"\nendstream"
        else:
            body = o.encode("latin-1")
        out += f"{i + 1} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def qp(t):
    return quopri.encodestring(t.encode("utf-8")).decode("ascii")


def b64(t):
    e = base64.b64encode(t if isinstance(t, bytes) else t.encode("utf-8")).decode()
    return "\n".join(e[i:i + 76] for i in range(0, len(e), 76))


def eml(d, headers, text, html=None, attachments=(), msgid="", boundary="b18"):
    """headers: list of (name, markup value); attachments: (filename, mime, markup text)."""
    h = "".join(f"{k}: {d.m(v)}\n" for k, v in headers)
    h += f"Message-ID: <{msgid}@mail.example.org>\nMIME-Version: 1.0\n"
    body_text = qp(d.m(text))
    if not html and not attachments:
        return (h + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + body_text + "\n").encode()
    alt = (f'Content-Type: multipart/alternative; boundary="{boundary}-alt"\n\n--{boundary}-alt\n'
           f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{body_text}\n")
    if html:
        alt += f"--{boundary}-alt\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{qp(d.m(html))}\n"
    alt += f"--{boundary}-alt--\n"
    if not attachments:
        return (h + alt).encode()
    out = h + f'Content-Type: multipart/mixed; boundary="{boundary}-mix"\n\n--{boundary}-mix\n' + alt
    for fn, mime, content in attachments:
        out += (f'--{boundary}-mix\nContent-Type: {mime}; name="{fn}"\nContent-Disposition: attachment; filename="{fn}"\n'
                f"Content-Transfer-Encoding: base64\n\n{b64(d.m(content))}\n")
    out += f"--{boundary}-mix--\n"
    return out.encode()


def mbox(d, messages):
    """messages: (from_addr, date, headers, body, msgid, in_reply_to)."""
    out = ""
    for frm, dt, headers, body, msgid, irt in messages:
        out += f"From {frm} {dt}\n" + "".join(f"{k}: {d.m(v)}\n" for k, v in headers)
        out += f"Message-ID: <{msgid}@mail.example.org>\n"
        if irt:
            out += f"In-Reply-To: <{irt}@mail.example.org>\n"
        body = d.m(body)
        body = re.sub(r"(?m)^From ", ">From ", body)
        out += "Content-Type: text/plain; charset=utf-8\n\n" + body + "\n\n"
    return out.encode("utf-8")


# ---------------------------------------------------------------- documents

BUILD = []


def doc(name):
    def deco(f):
        BUILD.append((name, f))
        return f
    return deco


# ---- crown court jury summons and excusals office

@doc("jury-excusal-requests.csv")
def _(d):
    return text_doc(d, """juror_no,surname,forenames,dob,postcode,reason_code,reason_text,decision,officer
J-4471-208,<<OKONKWO-BELL>>,<<Adaeze Chinwe>>,[[date_of_birth:14/02/1987=>1987-02-14]],[[uk_postcode:NE6 2TQ]],MED,"((health:Booked for a hip replacement on 9 March; letter from Mr Farrow's clinic attached))",Deferred to June,<<D. Whitlock>>
J-4471-215,<<PRZYBYLSKI>>,<<Tomasz>>,[[date_of_birth:1969-11-30]],[[uk_postcode:NE3 4RW]],CUS,"((criminal_offence:Currently remanded at HMP Durham pending trial))",Excused - disqualified,<<D. Whitlock>>
J-4471-233,<<MacAULAY>>,<<Fiona Jane>>,[[date_of_birth:2/7/1958=>1958-07-02]],[[uk_postcode:DH1 3LE]],REL,"((religious_belief:Member of a closed Brethren assembly; conscience objection to judging))",Excused,<<S. Amankwah>>
J-4471-240,<<HUSSAIN>>,<<Imran>>,[[date_of_birth:1991-05-19]],[[uk_postcode:SR2 8PB]],WRK,Self-employed plumber; peak season,Refused - deferral offered,<<S. Amankwah>>
J-4471-251,<<NÍ BHRIAIN>>,<<Siobhán>>,[[date_of_birth:23/09/1979=>1979-09-23]],[[uk_postcode:NE29 0HX]],CAR,"Sole carer for her mother",Deferred to August,<<D. Whitlock>>
J-4471-266,<<ATTWOOD>>,<<Geoffrey Alan>>,[[date_of_birth:1950-01-08]],[[uk_postcode:TS1 5JD]],AGE,Over 76 on first day,Excused as of right,<<S. Amankwah>>
""".replace("Mr Farrow's clinic", "{{the Farrow Orthopaedic Suite}}"))


@doc("jury-summons-reply.eml")
def _(d):
    return eml(d, [("From", "<<Rhiannon Pugh-Evans>> <[[email:rhiannon.pughevans@example.co.uk]]>"),
                   ("To", "Jury Central Summoning <[[email:jury.summoning@justice.example.org]]>"),
                   ("Cc", "<<Gethin Pugh-Evans>> <[[email:gethin.pe@example.net]]>"),
                   ("Subject", "Juror 5520-117 - request for excusal"),
                   ("Date", "Tue, 03 Nov 2026 08:12:44 +0000")],
               """Dear Sir or Madam,

I have received a summons for Newcastle Crown Court starting 30 November. My juror number is 5520-117 and I was born on the 3rd of April 1981.

I am 31 weeks pregnant and ((health:my consultant has said I have pre-eclampsia and must rest)). My husband <<Gethin>> (copied) can confirm. Our address is 14 Windsor Terrace, Gateshead [[uk_postcode:NE8 1YT]] and my mobile is [[phone:07700 900418]].

Please may I be excused or deferred until next autumn?

Many thanks,
<<Rhiannon Pugh-Evans>>
""".replace("the 3rd of April 1981", "[[date_of_birth:the 3rd of April 1981=>1981-04-03]]"),
               html="""<p>Dear Sir or Madam,</p><p>I have received a summons for Newcastle Crown Court starting 30 November. My juror number is 5520-117 and I was born on [[date_of_birth:the 3rd of April 1981=>1981-04-03]].</p>
<p>I am 31 weeks pregnant and ((health:my consultant has said I have pre-eclampsia and must rest)). My husband <<Gethin>> (copied) can confirm.</p><p>Many thanks,<br><<Rhiannon Pugh-Evans>></p>""",
               msgid="j5520117.reply")


@doc("jury-eligibility-checks.xlsx")
def _(d):
    return xlsx(d, [("PNC results", [
        ["Juror no", "Name", "Date of birth", "PNC match", "Outcome"],
        ["J-6610-004", "<<KOWALCZYK, Renata>>", ("dob", 1984, 6, 12), "None", "Eligible"],
        ["J-6610-019", "<<DRUMMOND, Callum Iain>>", ("dob", 1993, 12, 1), "((criminal_offence:Conviction 2022 - s.47 assault, 10 months suspended))", "Disqualified (s.1 Juries Act)"],
        ["J-6610-027", "<<BEAUMONT-SAINT, Lucille>>", ("dob", 1962, 3, 27), "None", "Eligible"],
        ["J-6610-033", "<<AHMED, Shabana>>", ("dob", 1977, 8, 4), "((criminal_offence:On bail - charged with fraud by false representation))", "Disqualified while on bail"],
    ]), ("Notes", [
        ["Checked by", "<<Patrice Lumumba-Oyelaran>>"],
        ["Batch", "Crown Court at Teesside, Jan intake"],
        ["Column C", "Date of birth, as held on the electoral register"],
    ])], author="<<Patrice Lumumba-Oyelaran>>")


@doc("jury-deferral-letter.docx")
def _(d):
    return docx(d, [
        "# Deferral of jury service",
        ("table", [["Juror", "<<Mr Anand Venkataraman>>".replace("Mr ", "")], ["Juror number", "J-7302-551"],
                   ["D.O.B.", "[[date_of_birth:03-Apr-81=>1981-04-03]]"], ["Address", "22 Kingfisher Way, Stockton [[uk_postcode:TS18 3QA]]"]]),
        "Dear Mr <<Venkataraman>>,",
        "Thank you for your letter. As ((religious_belief:you will be observing Navaratri and leading the aarti at your mandir)) in the week of 19 October, your service has been deferred to 8 February.",
        ("comment", "Please attend at 9.30 am at the Teesside Combined Court Centre.", 1),
        ("fn", "Your new start date is 8 February.", 1),
        "Yours sincerely,",
        "<<Bernadette Ó Súilleabháin>>, Jury Officer",
    ], author="<<Bernadette Ó Súilleabháin>>",
        header=["HM Courts & Tribunals Service - Jury Central Summoning Bureau"],
        footer=["Jury helpline [[phone:0191 498 0231]] | [[email:jury.teesside@justice.example.org]]"],
        footnotes=[(1, "Bring this letter and photographic ID; parking at {{Kingsway House}} is not reserved for jurors.")],
        comments=[(1, "<<Desmond Whitlock>>", "DW", "Checked against the deferral rules; one deferral only.")])


@doc("jury-officer-notes.txt")
def _(d):
    return text_doc(d, """JURY OFFICE - DAILY NOTES - Court 3, trial of R v {{Harland}} (T20267731)
Panel of 15 sworn in at 10.40.

Juror 8 (Mrs <<Yvonne Clatworthy>>) told the usher she was a regular at the same gym as a prosecution witness; discharged by HHJ {{Harland}}'s ... 
""".replace("R v {{Harland}}", "R v {{Defendant A}}").replace("HHJ {{Harland}}'s ...", "the judge.") + """
Juror 12 (<<Kwabena Osei-Tutu>>) passed a note: ((health:he has type 1 diabetes and needs breaks at 11 and 3 to test)). Breaks agreed.
Juror 4 (<<L. Ferreira>>) asked for a quiet room for ((religious_belief:Zuhr and Asr prayers)); the multi-faith room on floor 2 was opened.
Usher on duty: <<Marek>>. Court phone [[phone:0191 498 0477]].
""".replace("(<<Mrs Yvonne Clatworthy>>)", "(Mrs <<Yvonne Clatworthy>>)"))


@doc("jury-attendance-expenses.ods")
def _(d):
    return ods(d, [("Claims", [
        ["Juror", "Days", "Loss of earnings", "Travel", "Sort code", "Account"],
        ["<<Ngozi Abara>>", 7, 451.5, 38.2, "[[=uk_bank_account:40-11-62]]", "[[uk_bank_account:71824409=>401162:71824409]]"],
        ["<<Hamish McCrindle>>", 5, 322.0, 12.0, "[[=uk_bank_account:20-71-98]]", "[[uk_bank_account:30551827=>207198:30551827]]"],
        ["<<Ewa Zielińska>>", 9, 0, 44.6, "[[=uk_bank_account:09-01-28]]", "[[uk_bank_account:66120934=>090128:66120934]]"],
    ]), ("Approver", [["Approved by", "<<Christopher Ebanks>>"], ["Cost centre", "Teesside jury 4410"], ["Ledger code", "{{40-11-62/0098}}"]])],
        author="<<Christopher Ebanks>>")


@doc("jury-summons-portal.jsonl")
def _(d):
    rows = [
        '{"jurorNumber":"J-8801-001","title":"Ms","firstName":"<<Precious>>","lastName":"<<Mthembu>>","dateOfBirth":"[[date_of_birth:1990-10-21]]","email":"[[email:p.mthembu@example.com]]","ipAddress":"[[ip_address:203.0.113.45]]","response":"confirmed","specialNeeds":"((health:wheelchair user - step-free access to jury assembly area))"}',
        '{"jurorNumber":"J-8801-002","title":"Mr","firstName":"<<Dafydd>>","lastName":"<<Rhys-Jenkins>>","dateOfBirth":"[[date_of_birth:1972-04-09]]","email":"[[email:dafydd.rj@example.net]]","ipAddress":"[[ip_address:198.51.100.7]]","response":"deferral","specialNeeds":""}',
        '{"jurorNumber":"J-8801-003","title":"Mx","firstName":"<<Robin>>","lastName":"<<Achterberg>>","dateOfBirth":"[[date_of_birth:1999-01-30]]","email":"[[email:robin.achterberg@example.org]]","ipAddress":"[[ip_address:2001:db8:4a::17]]","response":"excusal","specialNeeds":"((health:severe anxiety disorder, GP letter uploaded))"}',
        '{"jurorNumber":"J-8801-004","title":"Mrs","firstName":"<<Gurpreet>>","lastName":"<<Sandhu>>","dateOfBirth":"[[date_of_birth:1965-12-15]]","email":"[[email:gsandhu65@example.co.uk]]","ipAddress":"[[ip_address:192.0.2.201]]","response":"confirmed","identityCheck":"((biometric:selfie face-matched to passport photo))","specialNeeds":"((religious_belief:wears a kirpan as an Amritdhari Sikh; security briefed))"}',
    ]
    return text_doc(d, "\n".join(rows) + "\n")


@doc("jury-bureau-rota.md")
def _(d):
    return text_doc(d, """# Jury bureau rota - week 46

| Day | Desk | Phones | Cover |
|---|---|---|---|
| Mon | <<Desmond Whitlock>> | <<Sunita Amankwah>> | <<Marek Wiśniewski>> |
| Tue | <<Sunita Amankwah>> | <<Marek Wiśniewski>> | <<Desmond Whitlock>> |
| Wed | <<Bernadette Ó Súilleabháin>> | <<Desmond Whitlock>> | - |

Switchboard: [[phone:+44 191 498 0200]]. Bureau: Teesside Combined Court Centre, Russell Street, Middlesbrough [[uk_postcode:TS1 2AE]].
Reminder: the {{Lord Justice Fenwick Room}} is booked for juror induction on Monday; the video is the {{"Your Jury Service"}} film.
""")


@doc("policy-jury-excusal-guidance.txt")
def _(d):
    return text_doc(d, """Guidance for jury officers: excusal and deferral requests

1. Every summoned person may ask to be excused or to defer once. Decide on the papers; ask for evidence only where it is needed.
2. Medical evidence: a letter from a GP or consultant is enough. Record only that medical evidence was seen, not the condition, in the case management system.
3. Religious reasons: members of some religious societies may object to serving. Treat the request like any other; record "conscience objection" and the decision.
4. Disqualification: people on bail, or who have served certain sentences, are disqualified. Results of national computer checks are held for 12 months and then destroyed.
5. Never copy the excusal reason into the juror panel list seen by the court.
6. Keep the bureau's shared mailbox tidy: delete attachments once the decision letter is sent.
""")


# ---- employer's pension scheme ill-health retirement panel

@doc("pension-ihr-application.docx")
def _(d):
    return docx(d, [
        "# Application for ill-health retirement - Part A (member)",
        ("table", [["Member name", "<<Lorraine McGuigan-Hart>>"], ["Scheme number", "NWP/004418/7"],
                   ["National Insurance number", "[[uk_nino:QQ 12 34 56 C]]"], ["Date of birth", "[[date_of_birth:17 June 1968=>1968-06-17]]"],
                   ["Address", "Flat 3, 81 Parkside, Preston [[uk_postcode:PR1 8JH]]"], ["Telephone", "[[phone:01632 960 214]]"]]),
        "Reason for application: ((health:relapsing-remitting multiple sclerosis diagnosed 2019; two relapses this year with optic neuritis and fatigue)).",
        "I have been absent since 4 May. My line manager is <<Owen Tranter>>.",
        ("comment", "Part B (employer) received from <<Owen Tranter>> on 2 November.", 2),
        "Signed: <<L. McGuigan-Hart>>",
    ], author="<<Yusuf Adebayo-Clarke>>",
        header=["North West Pensions Partnership - Ill-health retirement"],
        footer=["Pensions team [[email:ihr@nwpensions.example.org]] - {{Brindley House}}, Preston [[uk_postcode:PR1 2RL]]"],
        comments=[(2, "<<Yusuf Adebayo-Clarke>>", "YAC", "Send to the IRMP with the GP records.")])


@doc("pension-irmp-opinion.pdf")
def _(d):
    return pdf(d, ["""INDEPENDENT REGISTERED MEDICAL PRACTITIONER - CERTIFICATE
Scheme member: Lorraine McGuigan-Hart    Scheme no: NWP/004418/7
Date of birth: 17/06/1968    NI number: QQ123456C
I have examined the member and read the occupational health file.
Diagnosis: relapsing-remitting multiple sclerosis with cognitive fatigue.
Opinion: permanently incapable of discharging the duties of her employment
(Tier 2: no reasonable prospect of gainful employment within 3 years: NO).
Dr H. Vasquez-Liddell, MFOM, GMC 7012448
{{Occupational Health Associates (Lancashire) Ltd}}
""".replace("Lorraine McGuigan-Hart", "<<Lorraine McGuigan-Hart>>")
       .replace("17/06/1968", "[[date_of_birth:17/06/1968=>1968-06-17]]")
       .replace("QQ123456C", "[[uk_nino:QQ123456C]]")
       .replace("Diagnosis: relapsing-remitting multiple sclerosis with cognitive fatigue.", "Diagnosis: ((health:relapsing-remitting multiple sclerosis with cognitive fatigue)).")
       .replace("H. Vasquez-Liddell", "<<H. Vasquez-Liddell>>")])


@doc("pension-panel-decisions.xlsx")
def _(d):
    return xlsx(d, [("Decisions Nov", [
        ["Ref", "Member", "NINO", "DOB", "Tier", "Medical basis", "Lump sum"],
        ["IHR-26-031", "<<Graham Ridley>>", "[[uk_nino:QQ 65 43 21 A]]", ("dob", 1961, 2, 9), "Tier 1", "((health:severe COPD, FEV1 38%))", 48210.55],
        ["IHR-26-032", "<<Anjali Raghunathan>>", "[[uk_nino:QQ 11 22 33 B]]", ("dob", 1975, 9, 30), "Declined", "((health:recurrent depressive disorder - treatment not exhausted))", 0],
        ["IHR-26-033", "<<Connor O'Driscoll>>", "[[uk_nino:QQ 44 55 66 D]]", ("dob", 1983, 11, 18), "Tier 2", "((health:lumbar fusion L4/5, failed back surgery syndrome))", 15992.0],
    ]), ("Panel", [["Chair", "<<Patricia Entwistle>>"], ["Member", "<<Rahul Dasgupta>>"], ["Secretary", "<<Yusuf Adebayo-Clarke>>"], ["Meeting", "12 November 2026"]])],
        author="<<Yusuf Adebayo-Clarke>>")


@doc("pension-appeal-stage1.eml")
def _(d):
    return eml(d, [("From", "<<Graham Ridley>> <[[email:g.ridley1961@example.com]]>"),
                   ("To", "IHR team <[[email:ihr@nwpensions.example.org]]>"),
                   ("Subject", "Re: your ill-health pension - stage 1 dispute"),
                   ("Date", "Mon, 16 Nov 2026 19:02:10 +0000")],
               """To the pensions team,

I am writing to dispute the start date of my Tier 1 award. ((health:My respiratory consultant put me on home oxygen in August)) and I should have been retired from then, not October.

Please pay the arrears into my account: sort code [[=uk_bank_account:30-94-57]]
account number [[uk_bank_account:22871530=>309457:22871530]].

My union rep <<Shona Baird>> (((trade_union:GMB branch 7 steward))) will help me with stage 2 if needed.

<<Graham>>
""", attachments=[("gp-letter.txt", "text/plain", """Re: <<Graham Ridley>>, DOB [[date_of_birth:9.2.61=>1961-02-09]], NHS No [[nhs_number:999 007 9196]]
((health:Long-term oxygen therapy started 14/08/2026)).
<<Dr Mariam Qureshi>>, {{Ribbleton Avenue Medical Centre}}
""".replace("<<Dr Mariam Qureshi>>", "Dr <<Mariam Qureshi>>"))], msgid="ihr26031.appeal", boundary="pens")


@doc("pension-case-notes.txt")
def _(d):
    return text_doc(d, """IHR case notes - <<Anjali Raghunathan>> (IHR-26-032)

02/10 Application received. Employer: {{Lancashire Fire Control}}. Member is 51.
09/10 Spoke to <<Anjali>> on [[phone:0161 496 0388]]. ((health:She is on her third antidepressant and waiting for CBT; psychiatrist says prognosis is uncertain)).
20/10 IRMP (<<Dr K. Armitage>>) says treatment not exhausted; decline likely.
12/11 Panel declined. Letter sent to 5 Heron Close, Chorley [[uk_postcode:PR7 1XN]].
NB the {{Raghunathan Bequest}} is an unrelated scheme fund; do not confuse the two files.
""".replace("(<<Dr K. Armitage>>)", "(Dr <<K. Armitage>>)"))


@doc("pension-member-lookup.json")
def _(d):
    return text_doc(d, """{
  "schemeMember": {
    "memberRef": "NWP/007733/2",
    "person": {"forename": "<<Ikechukwu>>", "surname": "<<Nwachukwu-Barnes>>", "dob": "[[date_of_birth:1970-03-22]]", "nino": "[[uk_nino:QQ778899C]]", "drivingLicence": "[[uk_driving_licence:NWACH703220I99XY]]"},
    "contact": {"mobile": "[[phone:+44 7700 900 652]]", "email": "[[email:ike.nb@example.org]]", "postcode": "[[uk_postcode:BB2 6DF]]"},
    "bank": {"iban": "[[iban:GB33 BUKB 2020 1555 5555 55]]"},
    "ihrStatus": "referred",
    "medicalSummary": "((health:ischaemic heart disease; ICD fitted after cardiac arrest 2025))",
    "caseOfficer": "<<Yusuf Adebayo-Clarke>>"
  }
}
""")


@doc("pension-employer-part-b.rtf")
def _(d):
    return rtf(d, """Ill-health retirement - Part B (employer's statement)
Employee: <<Connor O'Driscoll>>    Employee number: 40017
Date of birth: [[date_of_birth:18th November 1983=>1983-11-18]]
Job: Refuse loader, {{Chorley Street Scene}}
Absence: ((health:off since lumbar fusion surgery; unable to lift more than 5 kg)).
Adjustments tried: light duties at the depot, phased return (failed).
Completed by: <<Zoë Lindqvist-Hale>>, HR Business Partner, [[phone:01632 960 733]]
""")


@doc("pension-panel-minutes.html")
def _(d):
    return text_doc(d, """<!DOCTYPE html><html><head><meta charset="utf-8"><title>IHR panel minutes</title></head><body>
<h1>Ill-health retirement panel - 12 November 2026</h1>
<dl>
<dt>Present</dt><dd><<Patricia Entwistle>> (chair), <<Rahul Dasgupta>>, <<Yusuf Adebayo-Clarke>> (secretary)</dd>
<dt>Apologies</dt><dd><<Hywel Prothero>> (member-nominated trustee, ((trade_union:UNISON branch secretary)))</dd>
</dl>
<table border="1"><tr><th>Case</th><th>Member</th><th>Decision</th><th>Note</th></tr>
<tr><td>IHR-26-031</td><td><<G. Ridley>></td><td>Tier 1</td><td>((health:IRMP: respiratory failure, irreversible))</td></tr>
<tr><td>IHR-26-034</td><td><<Marguerite Ashdown>></td><td>Deferred</td><td>((health:awaiting neurology report on suspected motor neurone disease))</td></tr>
</table>
<p>The chair thanked <<Rahul>> for covering the {{Hardwick Memorial Lecture}} date. Next meeting 10 December.</p>
</body></html>
""")


@doc("training-ihr-panel-members.md")
def _(d):
    return text_doc(d, """# Training for ill-health retirement panel members

## What the panel decides
The panel decides whether the scheme's test is met, on the certificate of an independent registered medical practitioner.

## Handling medical evidence
- Medical reports go only to panel members, for the meeting, and are collected afterwards.
- Minutes record the tier decided and the basis in general terms.
- Appeals follow the two-stage internal dispute procedure.

| Tier | Test | Pension |
|---|---|---|
| 1 | No prospect of any gainful employment before normal pension age | Full enhancement |
| 2 | Gainful employment within 3 years unlikely | 25% enhancement |
| 3 | Likely to be able to work within 3 years | Paid for up to 3 years |
""")


# ---- campaign group: supporter CRM, petitions, protest stewards

@doc("campaign-supporter-export.csv")
def _(d):
    return text_doc(d, """supporter_id,first_name,last_name,email,mobile,postcode,source,tags,gift_aid
S-100231,<<Oluwaseun>>,<<Adeyemi-Price>>,[[email:seun.ap@example.com]],[[phone:07700 900 127]],[[uk_postcode:BS5 6XR]],petition:end-detention,"((political_opinion:signed End Immigration Detention petition; wants to lobby for repeal))",Y
S-100232,<<Harriet>>,<<Fothergill-Ng>>,[[email:hfng@example.org]],[[phone:+447700900128]],[[uk_postcode:BS6 7QE]],newsletter,newsletter-monthly,N
S-100233,<<Callum>>,<<McLachlan>>,[[email:callum.mcl@example.net]],[[phone:07700900129]],[[uk_postcode:BS3 1JW]],march-2026,"((political_opinion:steward at the Scrap the Two-Child Limit march))",Y
S-100234,<<Aoife>>,<<Gallagher>>,[[email:aoife.g@example.co.uk]],[[phone:0117 496 0582]],[[uk_postcode:BS7 9HU]],donation,"((political_opinion:monthly donor to the campaign against the Protest Powers Bill))",Y
S-100235,<<Bogdan>>,<<Ionescu>>,[[email:b.ionescu@example.com]],,[[uk_postcode:BS2 0PL]],email bounce,bounced,N
""")


@doc("campaign-petition-signatures.tsv")
def _(d):
    rows = [
        "signed_at\tname\temail\tpostcode\tip\tcomment",
        "2026-10-02T08:14Z\t<<Ruth Abernethy>>\t[[email:ruth.abernethy@example.org]]\t[[uk_postcode:EH6 5LT]]\t[[ip_address:198.51.100.23]]\t((political_opinion:I back a ban on new oil and gas licences))",
        "2026-10-02T08:19Z\t<<Jagdeep Kaur Bains>>\t[[email:jk.bains@example.com]]\t[[uk_postcode:EH11 2NF]]\t[[ip_address:198.51.100.61]]\t((political_opinion:Signed - no new licences))",
        "2026-10-02T09:03Z\t<<Matthias Oberländer>>\t[[email:m.oberlander@example.net]]\t[[uk_postcode:EH9 1PR]]\t[[ip_address:2001:db8:1::9]]\t",
        "2026-10-03T21:40Z\t<<TJ>>\t[[email:tj.wilde-price@example.org]]\t[[uk_postcode:EH4 3DS]]\t[[ip_address:203.0.113.199]]\t((political_opinion:Going to the rally at Holyrood too))",
    ]
    return text_doc(d, "\n".join(rows) + "\n")


@doc("campaign-stewards-briefing.docx")
def _(d):
    return docx(d, [
        "# Stewards' briefing - Cuts Hurt Carers march, Saturday 21 November",
        "Assemble 11.00 at {{Castle Park bandstand}}; route via Broadmead to College Green.",
        ("table", [["Section", "Lead steward", "Mobile"],
                   ["Front banner", "<<Delroy Whyte-Campbell>>", "[[phone:07700 900 233]]"],
                   ["Middle", "<<Anneka Sørensen>>", "[[phone:07700 900 234]]"],
                   ["Rear / first aid", "<<Fatima-Zahra Benali>>", "[[phone:07700 900 235]]"]]),
        "All three lead stewards ((political_opinion:volunteered for the campaign against the carers' allowance cut)). <<Fatima-Zahra>> also ((trade_union:brings the Unite Community branch banner as its branch chair)).",
        "Legal observer contact: {{Green & Chaudhry Solicitors}} bust card number on your wristband.",
        ("comment", "Note: <<Delroy>> ((criminal_offence:was arrested at the June sit-in and is on police bail)) - not to lead at the front this time.", 3),
    ], author="<<Imogen Trelawny>>",
        header=["Bristol Carers Justice Campaign - internal"],
        footer=["Campaign office [[phone:0117 496 0100]] - [[email:stewards@carersjustice.example.org]]"],
        comments=[(3, "<<Imogen Trelawny>>", "IT", "Agreed, swap with the middle section.")],
        textbox=["Emergency: call the steward coordinator <<Imogen>> on [[phone:07700 900 240]]"])


@doc("campaign-crm-notes.jsonl")
def _(d):
    rows = [
        '{"contact":{"displayName":"<<Priya Venkatesh>>","email":"[[email:priya.v@example.com]]"},"activity":"call","note":"((political_opinion:Wants to speak at the rally against the Rwanda-style removals scheme))","owner":"<<Imogen Trelawny>>"}',
        '{"contact":{"displayName":"<<Gwilym ap Dafydd>>","email":"[[email:gwilym.apdafydd@example.net]]"},"activity":"email","note":"Asked to be removed from all lists. Done.","owner":"<<Imogen Trelawny>>"}',
        '{"contact":{"displayName":"<<Sister Bernadette Kiely>>","email":"[[email:b.kiely@example.org]]"},"activity":"meeting","note":"((political_opinion:Will bring parishioners to the vigil against the asylum hotel closures)); ((religious_belief:she is a Catholic nun at the Sacred Heart convent))","owner":"<<Kofi Boateng>>"}',
        '{"contact":{"displayName":"Supporter Care Team","email":"[[email:care@carersjustice.example.org]]"},"activity":"note","note":"Template for the {{Fair Pay for Carers}} email updated.","owner":"<<Kofi Boateng>>"}',
    ]
    return text_doc(d, "\n".join(rows).replace("<<Sister Bernadette Kiely>>", "Sister <<Bernadette Kiely>>") + "\n")


@doc("campaign-steward-arrests.mbox")
def _(d):
    return mbox(d, [
        ("legal@carersjustice.example.org", "Sun Nov 22 10:02:00 2026",
         [("From", "Legal support <[[email:legal@carersjustice.example.org]]>"), ("To", "<<Imogen Trelawny>> <[[email:imogen.t@carersjustice.example.org]]>"),
          ("Subject", "Arrests yesterday"), ("Date", "Sun, 22 Nov 2026 10:02:00 +0000")],
         """Imogen,

Two of ours were held yesterday. ((criminal_offence:<<Callum McLachlan>> was arrested under s.14 Public Order Act and released under investigation)).
((criminal_offence:<<Anneka Sørensen>> was given a fixed penalty for obstruction)). Both were stewarding.
Station: Trinity Road, [[uk_postcode:BS2 0NW]].

Legal team
""".replace("Imogen,", "<<Imogen>>,"), "arr1", None),
        ("imogen.t@carersjustice.example.org", "Sun Nov 22 11:30:00 2026",
         [("From", "<<Imogen Trelawny>> <[[email:imogen.t@carersjustice.example.org]]>"), ("To", "Legal support <[[email:legal@carersjustice.example.org]]>"),
          ("Subject", "Re: Arrests yesterday"), ("Date", "Sun, 22 Nov 2026 11:30:00 +0000")],
         """Thanks. I've rung <<Callum>>; he's fine. <<Anneka>> will pay the fine.
Can we get the bust card reprinted with the new legal line [[phone:0117 496 0999]]?

> Two of ours were held yesterday.
""", "arr2", "arr1"),
        ("kofi.b@carersjustice.example.org", "Sun Nov 22 12:05:00 2026",
         [("From", "<<Kofi Boateng>> <[[email:kofi.b@carersjustice.example.org]]>"), ("To", "<<Imogen Trelawny>> <[[email:imogen.t@carersjustice.example.org]]>"),
          ("Subject", "Re: Arrests yesterday"), ("Date", "Sun, 22 Nov 2026 12:05:00 +0000")],
         """I'll do the reprint. Donations page is up at 1,200 pounds.
<<K.>>
""".replace("<<K.>>", "<<Kofi>>"), "arr3", "arr2"),
    ])


@doc("campaign-donations.xlsx")
def _(d):
    return xlsx(d, [("Donations", [
        ["Donor", "Amount", "Date", "Method", "Card / account", "Gift Aid", "Cause"],
        ["<<Aoife Gallagher>>", 15, ("date", 2026, 10, 1), "Card", "[[payment_card:4111 1111 1111 1111]]", "Y", "((political_opinion:Stop the Protest Powers Bill))"],
        ["<<Rev. Dr. Emmanuel Asante>>".replace("<<Rev. Dr. ", "Rev. Dr. <<"), 50, ("date", 2026, 10, 3), "Direct debit", "[[iban:GB82 WEST 1234 5698 7654 32]]", "Y", "((political_opinion:Stop the Protest Powers Bill))"],
        ["<<Hu Xiaoling>>", 25.5, ("date", 2026, 10, 9), "Card", "[[payment_card:5555 5555 5555 4444]]", "N", "General fund"],
        ["<<Katrin Oberhauser>>", 40, ("date", 2026, 10, 11), "Bank transfer", "[[iban:DE89 3704 0044 0532 0130 00]]", "N", "((political_opinion:Stop the Protest Powers Bill))"],
        ["<<Ravi Shankar Iyer>>", 100, ("date", 2026, 10, 12), "Card", "[[payment_card:3782 822463 10005]]", "Y", "General fund"],
    ]), ("Summary", [["Total", 230.5], ["Prepared by", "<<Kofi Boateng>>"]])], author="<<Kofi Boateng>>")


@doc("campaign-volunteer-signup.html")
def _(d):
    return text_doc(d, """<html><body><h2>New volunteer sign-ups (web form)</h2>
<table>
<tr><th>Name</th><th>Email</th><th>Phone</th><th>Why I'm joining</th><th>IP</th></tr>
<tr><td><<Nkechi Eze>></td><td>[[email:nkechi.eze@example.co.uk]]</td><td>[[phone:0117 496 0612]]</td><td>((political_opinion:I want the two-child benefit cap scrapped))</td><td>[[ip_address:192.0.2.14]]</td></tr>
<tr><td><<WILLOUGHBY, Piers>></td><td>[[email:pwilloughby@example.com]]</td><td>[[phone:+44 117 496 0613]]</td><td>Help with leafleting</td><td>[[ip_address:192.0.2.15]]</td></tr>
</table>
<p>Form hosted at {{Kingsdown Community Hub}}; the {{Marchmont Trust}} funds the web page.</p>
</body></html>
""")


@doc("campaign-data-request.odt")
def _(d):
    return odt(d, [
        "# Subject access request - log",
        "Requester: <<Gwilym ap Dafydd>>, 7 Ffordd y Parc, Cardiff [[uk_postcode:CF14 3NR]]",
        "ID checked: driving licence [[uk_driving_licence:APDAF703152G99LK]].",
        "Records found: CRM contact, two emails, ((political_opinion:a signature on the Scrap the Bedroom Tax petition (2024))).",
        "Response sent by <<Kofi Boateng>> on 30 October.",
    ], author="<<Kofi Boateng>>")


@doc("policy-campaign-supporter-privacy.html")
def _(d):
    return text_doc(d, """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Supporter privacy notice</title></head><body>
<h1>How we use supporters' information</h1>
<p>Because we campaign on public policy, the fact that you support us may reveal your political opinions. We treat every supporter record as special category data.</p>
<dl><dt>Petitions</dt><dd>We keep signatures for two years after a petition closes, then delete them.</dd>
<dt>Stewards</dt><dd>We keep stewards' contact details for the day of an event and for legal support afterwards.</dd>
<dt>Donations</dt><dd>Card details go straight to our payment provider and are never stored by us.</dd></dl>
<p>Ask us for a copy of your data at any time.</p>
</body></html>
""")


# ---- sports governing body: safeguarding and eligibility

@doc("sport-safeguarding-referral.docx")
def _(d):
    return docx(d, [
        "# Safeguarding referral - strictly confidential",
        ("table", [["Referrer", "<<Nadia Karimova>>, club welfare officer"], ["Subject of concern", "<<Stuart Pendlebury>> (coach, licence BG-L2-0411)"],
                   ["Child", "<<Ellie-Mae Proudfoot>>, age 15, DOB [[date_of_birth:2011-05-06]]"], ["Club", "{{Riverside Tumblers}} Gymnastics Club"]]),
        "Concern: ((sex_life_orientation:messages from <<Stuart>> to <<Ellie-Mae>> proposing a sexual relationship)) were shown to the welfare officer by her mother, <<Joanne Proudfoot>>.",
        "Police informed: ((criminal_offence:Greater Manchester Police opened an investigation for sexual communication with a child; coach interviewed under caution)).",
        "Interim suspension imposed by the Case Management Group on 4 November.",
        ("comment", "Keep the screenshots in the locked folder only.", 4),
    ], author="<<Hollie Darbyshire>>",
        header=["British Gymnastic Sports - Safeguarding Unit"],
        footer=["Safeguarding line [[phone:0161 496 0750]] | [[email:safeguarding@bgsports.example.org]]"],
        comments=[(4, "<<Hollie Darbyshire>>", "HD", "Notify LADO today.")])


@doc("sport-eligibility-panel.pdf")
def _(d):
    return pdf(d, ["""ELIGIBILITY PANEL - DECISION NOTICE (page 1 of 2)
Athlete: <<Morgan Alder-Whitley>>    Licence: ATH-77120
D.O.B. [[date_of_birth:12.08.2001=>2001-08-12]]
Category applied for: female (domestic competition)
Evidence: ((health:serum testosterone below 2.5 nmol/L for 24 months on hormone therapy)).
""", """(page 2 of 2)
Decision: eligible from 1 January 2027. Review after 12 months.
Panel: <<A. Fairbrother>> (chair), <<Dr S. Oduya>>, <<Kieran Mulvaney>>.
Contact: eligibility@bgsports.example.org, 0161 496 0751.
""".replace("<<Dr S. Oduya>>", "Dr <<S. Oduya>>").replace("eligibility@bgsports.example.org", "[[email:eligibility@bgsports.example.org]]").replace("0161 496 0751", "[[phone:0161 496 0751]]")])


@doc("sport-dbs-tracker.csv")
def _(d):
    return text_doc(d, """Name,Role,Club,DOB,DBS issued,DBS result,Passport no,Ethnicity (coach survey),Notes
<<Stuart Pendlebury>>,Coach L2,{{Riverside Tumblers}},[[date_of_birth:1979-09-14]],2024-02-11,Clear,[[uk_passport:514470882]],((racial_ethnic_origin:White British)),Suspended (see case 26-019)
<<Asha Mwangi>>,Judge,{{Pennine Flyers}},[[date_of_birth:1988-03-02]],2025-07-19,Clear,[[uk_passport:530019347]],((racial_ethnic_origin:Black African - Kenyan)),
<<Liam O'Hare>>,Coach L1,{{Pennine Flyers}},[[date_of_birth:1995-12-24]],2026-01-08,"((criminal_offence:Disclosure: caution for possession of cannabis 2016))",[[uk_passport:508831264]],Prefer not to say,Risk assessed - cleared to coach
""")


@doc("sport-nationality-switch.eml")
def _(d):
    return eml(d, [("From", "<<Tendai Mukamuri>> <[[email:tendai.mukamuri@example.com]]>"),
                   ("To", "Eligibility <[[email:eligibility@bgsports.example.org]]>"),
                   ("Subject", "Switching national eligibility"), ("Date", "Wed, 04 Nov 2026 14:15:00 +0000")],
               """Hello,

I was born in Harare and have lived in Manchester since 2019. I would like to compete for Great Britain. My passport number is [[uk_passport:541209876]] and my date of birth is 19 January 2004.

I can send my residency evidence (council tax bills from [[uk_postcode:M14 5RB]]).

Thanks, <<Tendai>>
""".replace("19 January 2004", "[[date_of_birth:19 January 2004=>2004-01-19]]"), msgid="tm.elig")


@doc("sport-sex-screening.json")
def _(d):
    return text_doc(d, """{
  "programme": "Female category screening 2026",
  "lab": "{{Northgate Sports Science}}",
  "results": [
    {"athleteName": "<<Keisha Boateng-Wright>>", "dateOfBirth": "[[date_of_birth:2003-07-19]]", "srySwab": "((genetic:SRY gene not detected))", "clearedFemale": true},
    {"athleteName": "<<Olesya Markovic>>", "dateOfBirth": "[[date_of_birth:2000-02-28]]", "srySwab": "((genetic:SRY gene detected - referred for confirmatory karyotype))", "clearedFemale": false}
  ],
  "reviewedBy": "<<Dr Huw Llewellyn>>"
}
""".replace("<<Dr Huw Llewellyn>>", "Dr <<Huw Llewellyn>>"))


@doc("sport-case-management.xlsx")
def _(d):
    return xlsx(d, [("Cases", [
        ["Case", "Subject", "Role", "Allegation", "Status", "Opened"],
        ["26-017", "<<Darren Kilbride>>", "Parent", "Abusive conduct at a competition", "Warning issued", ("date", 2026, 9, 12)],
        ["26-019", "<<Stuart Pendlebury>>", "Coach", "((sex_life_orientation:Sexual messages to a 15-year-old gymnast))", "Interim suspension", ("date", 2026, 11, 4)],
        ["26-021", "<<Ffion Lloyd-Pritchard>>", "Coach", "((health:Disclosed eating disorder in gymnast she coaches - she herself in recovery from anorexia))", "Welfare plan", ("date", 2026, 11, 10)],
    ]), ("Unit", [["Lead", "<<Hollie Darbyshire>>"], ["Deputy", "<<Nadia Karimova>>"], ["Office", "[[uk_postcode:M15 4FN]]"]])],
        author="<<Hollie Darbyshire>>")


@doc("sport-welfare-officer-log.txt")
def _(d):
    return text_doc(d, """Club welfare officer log - {{Pennine Flyers}} (N. Karimova)

05/11 <<Rosa>> (U14 squad) told me ((health:she has been self-harming since the summer)). Mum (<<Mrs Gabriela Teixeira>>) informed with her consent; GP appointment made.
07/11 Coach <<Liam O'Hare>> asked about the {{Ashworth Cup}} travel; nothing to record.
12/11 Parent <<Darren Kilbride>> shouted at judges again; written warning sent to 19 Larch Rise, Oldham [[uk_postcode:OL4 2JB]].
""".replace("(N. Karimova)", "(<<N. Karimova>>)").replace("(<<Mrs Gabriela Teixeira>>)", "(Mrs <<Gabriela Teixeira>>)"))


@doc("sport-appeal-hearing.rtf")
def _(d):
    return rtf(d, """Independent appeal panel - hearing note
Appellant: <<Morgan Alder-Whitley>>
The appellant's representative, <<Siân Ellis-Roberts>>, argued that ((health:the 24-month suppression window ignores her gonadectomy in 2023)).
The body's representative, <<Kieran Mulvaney>>, relied on the published policy.
Adjourned for written submissions. Clerk: <<Aleksandra Wójcik>>, [[phone:020 7946 0318]].
""")


@doc("training-sport-safeguarding-basics.pdf")
def _(d):
    return pdf(d, ["""Safeguarding basics for club volunteers
1. If a child tells you something, listen, do not promise secrecy, write it down in their words.
2. Report to your club welfare officer the same day; if a child is in danger call 999.
3. Never investigate yourself. The national safeguarding unit decides next steps.
4. Coaches must not message athletes under 18 privately on social media.
5. Keep records factual, dated and signed, and store them securely.
"""])


# ---- university multi-faith chaplaincy and a synagogue burial society

@doc("faith-chaplaincy-contacts.xlsx")
def _(d):
    return xlsx(d, [("Pastoral contacts", [
        ["Date", "Student", "Student ID", "Chaplain", "Faith", "Reason", "Follow-up"],
        [("date", 2026, 10, 6), "<<Yasmin El-Amin>>", "U2291047", "<<Imam Bilal Choudhury>>".replace("<<Imam ", "Imam <<"), "((religious_belief:Muslim))", "((health:panic attacks during Ramadan exams))", "Referred to counselling"],
        [("date", 2026, 10, 8), "<<Ezra Kleinman>>", "U2314482", "<<Rabbi Miriam Adler>>".replace("<<Rabbi ", "Rabbi <<"), "((religious_belief:Jewish - asked for kosher catering at halls))", "Homesickness", "None"],
        [("date", 2026, 10, 13), "<<Thabo Nkosi>>", "U2187739", "<<Revd Catriona Munro>>".replace("<<Revd ", "Revd <<"), "((religious_belief:Anglican, preparing for confirmation))", "Bereavement (grandfather)", "Weekly"],
        [("date", 2026, 10, 20), "<<Harpreet Dhillon>>", "U2255130", "Giani <<Sukhdev Singh>>", "Not stated", "Housing dispute", "Advice centre"],
    ]), ("Chaplains", [["Coordinator", "<<Revd Catriona Munro>>".replace("<<Revd ", "Revd <<")], ["Phone", "[[phone:0113 496 0542]]"], ["Room", "{{The Quiet Room}}, {{Beckett Building}}"]])],
        author="<<Catriona Munro>>")


@doc("faith-friday-prayer-rota.md")
def _(d):
    return text_doc(d, """# Friday prayer (Jumu'ah) rota - Michaelmas term

((religious_belief:Khutbah and imam rota agreed by the Islamic Society committee for these students)):

| Week | Khutbah | Adhan | Set-up |
|---|---|---|---|
| 1 | <<Abdirahman Warsame>> | <<Zaid Al-Khatib>> | <<Maryam>> |
| 2 | <<Zaid Al-Khatib>> | <<Idris Bello>> | <<Maryam>> |
| 3 | <<Idris Bello>> | <<Abdirahman Warsame>> | <<Hamza Qadri>> |

Sister's prayer space: contact <<Maryam Hussain-Lodhi>> on [[phone:07700 900 561]].
Venue: {{St Chad's Hall}} (booked by the chaplaincy, not a church service).
""")


@doc("faith-burial-society-register.csv")
def _(d):
    return text_doc(d, """member_no,surname,forenames,dob,address_postcode,phone,plot,tahara_team,notes
CK-0192,<<LEVY>>,<<Ruth Hannah>>,[[date_of_birth:01/03/1941=>1941-03-01]],[[uk_postcode:M7 4LD]],[[phone:0161 496 0127]],B-14,,"((religious_belief:Member of the congregation since 1960; burial by Orthodox rite))"
CK-0207,<<SHAPIRO>>,<<Benjamin Aaron>>,[[date_of_birth:1956-09-18]],[[uk_postcode:M25 9NS]],[[phone:0161 496 0128]],,"((religious_belief:Chevra Kadisha volunteer - tahara team (men)))",
CK-0230,<<GOLDBERG-ROSS>>,<<Naomi>>,[[date_of_birth:22-Jul-48=>1948-07-22]],[[uk_postcode:M8 5AT]],[[phone:0161 496 0129]],C-02,"((religious_belief:tahara team (women)))",{{Levy}} paid to 2027
""")


@doc("faith-funeral-arrangements.eml")
def _(d):
    return eml(d, [("From", "<<Rabbi Yossi Feldmann>> <[[email:rabbi@cheetham-kehillah.example.org]]>".replace("<<Rabbi ", "Rabbi <<")),
                   ("To", "Chevra Kadisha <[[email:chevra@cheetham-kehillah.example.org]]>"),
                   ("Cc", "<<Daniel Levy>> <[[email:daniel.levy@example.co.uk]]>"),
                   ("Subject", "Funeral of Mrs Ruth Levy".replace("Mrs Ruth Levy", "Mrs <<Ruth Levy>>")), ("Date", "Thu, 12 Nov 2026 06:40:00 +0000")],
               """Dear friends,

Mrs <<Ruth Levy>> (member CK-0192) passed away last night at {{Prestwich Hospital}}. ((health:Cause of death on the MCCD: metastatic breast cancer)).
The family (her son <<Daniel>>, copied) wish ((religious_belief:for tahara this afternoon and burial tomorrow at the Whitefield ground according to Orthodox custom)).

Please call <<Naomi>> to gather the women's tahara team. Hall phone [[phone:0161 496 0120]].

Rabbi <<Feldmann>>
""", html="""<p>Dear friends,</p><p>Mrs <<Ruth Levy>> (member CK-0192) passed away last night. ((health:Cause of death: metastatic breast cancer)).</p><p>Rabbi <<Feldmann>></p>""",
               attachments=[("plot-plan.csv", "text/csv", "plot,member,name\nB-14,CK-0192,<<Ruth Hannah Levy>>\nB-15,reserved,<<Aaron Levy>>\n")],
               msgid="rl.funeral", boundary="chevra")


@doc("faith-chaplaincy-referral.txt")
def _(d):
    return text_doc(d, """From: Student Wellbeing
To: Chaplaincy
Re: <<Oghenekaro Efe-Ighodaro>>, DOB [[date_of_birth:3/4/2005=>2005-04-03]], student no. U2402218

<<Karo>> has asked to see a Pentecostal minister. ((religious_belief:He says his church at home has asked him to leave because he is gay)) and ((sex_life_orientation:he came out to his family at half term)).
((health:He is on sertraline and sees the mental health adviser fortnightly)).
Please contact him on [[phone:07700 900 774]] or [[email:o.efe-ighodaro@student.leedsbeck.example.ac.uk]].

Wellbeing adviser: <<Rachael Boothroyd>>
""")


@doc("faith-interfaith-week.html")
def _(d):
    return text_doc(d, """<!DOCTYPE html><html><body>
<h1>Interfaith Week programme</h1>
<dl>
<dt>Monday</dt><dd>Diwali lamps workshop, {{St Chad's Hall}}</dd>
<dt>Tuesday</dt><dd>Panel: {{"Faith and Climate"}} - speakers from the Quaker Meeting House and the Buddhist Society</dd>
<dt>Wednesday</dt><dd>Shared iftar-style supper, all welcome</dd>
<dt>Thursday</dt><dd>Walk to the {{Sikh Gurdwara on Chapeltown Road}}</dd>
</dl>
<p>Organised by the chaplaincy team. Questions: [[email:chaplaincy@leedsbeck.example.ac.uk]], [[phone:(0113) 496 0540]].</p>
</body></html>
""")


@doc("faith-burial-fees.ods")
def _(d):
    return ods(d, [("{{Levy 2026}}", [
        ["Member", "Annual levy", "Paid by", "Sort code", "Account"],
        ["<<Benjamin Shapiro>>", 240, "Standing order", "[[=uk_bank_account:60-83-71]]", "[[uk_bank_account:40051188=>608371:40051188]]"],
        ["<<Naomi Goldberg-Ross>>", 180, "Cheque", "", ""],
        ["<<Daniel Levy>>", 240, "Card", "[[payment_card:4000 0566 5566 5556]]", ""],
    ])], author="<<Benjamin Shapiro>>")


@doc("faith-visiting-chaplain-dbs.docx")
def _(d):
    return docx(d, [
        "# Visiting chaplain - registration",
        ("table", [["Name", "Venerable <<Thich Minh Duc>>"], ["Faith tradition", "((religious_belief:Buddhist (Vietnamese Zen)))"],
                   ["Date of birth", "[[date_of_birth:1974-05-29]]"], ["Passport", "[[uk_passport:537781209]]"],
                   ["Mobile", "[[phone:07700 900 903]]"], ["Referee", "<<Dr Lan Pham>>".replace("<<Dr ", "Dr <<")]]),
        "Enhanced DBS applied for on 1 November; result awaited.",
        "Agreed by the chaplaincy coordinator, <<Catriona Munro>>.",
    ], author="<<Catriona Munro>>", header=["Leeds Beckhampton University - Chaplaincy"],
        footer=["Chaplaincy, {{Beckett Building}}, [[uk_postcode:LS1 3HE]]"])


@doc("policy-chaplaincy-confidentiality.rtf")
def _(d):
    return rtf(d, """Chaplaincy confidentiality statement
Chaplains of every faith and none offer a confidential listening service to students and staff.
We keep only brief notes: the date, the chaplain, and any follow-up agreed. We do not record a student\u2019s faith unless they ask us to arrange something that needs it.
If we believe someone is at risk of serious harm we will share information with the wellbeing service, and tell the person first where we can.
Notes are destroyed two years after the student leaves.
""".replace("\\u2019", "\u2019"))


# ---- boarding school health centre

@doc("boarding-sanatorium-log.xlsx")
def _(d):
    return xlsx(d, [("San admissions", [
        ["Date", "Pupil", "House", "Year", "DOB", "Presenting", "Treatment", "Nurse"],
        [("date", 2026, 11, 2), "<<Barnaby Thistlethwaite>>", "{{Wolsey}}", "Y10", ("dob", 2011, 7, 14), "((health:Temp 38.9, sore throat - strep A swab positive))", "((health:Penicillin V 10 days; isolated in san))", "<<Sr Pauline Okafor>>".replace("<<Sr ", "Sr <<")],
        [("date", 2026, 11, 3), "<<Leila Moradi>>", "{{Cranmer}}", "Y12", ("dob", 2009, 1, 22), "((health:Migraine with aura))", "((health:Sumatriptan 50 mg))", "<<Pauline Okafor>>"],
        [("date", 2026, 11, 3), "<<Fergus Drummond-Hay>>", "{{Wolsey}}", "Y9", ("dob", 2012, 4, 30), "((health:Rugby - suspected concussion, HIA failed))", "Graduated return to play", "<<Tomás Iglesias>>"],
    ]), ("Allergies", [
        ["Pupil", "Allergy", "Plan"],
        ["<<Wang Jiayi>>", "((health:Peanut anaphylaxis))", "((health:2 x EpiPen carried; spare in san))"],
        ["<<Leila Moradi>>", "None known", ""],
    ])], author="<<Pauline Okafor>>")


@doc("boarding-parent-update.eml")
def _(d):
    return eml(d, [("From", "Health Centre <[[email:healthcentre@marlowfield.example.org.uk]]>".replace("example.org.uk", "example.org")),
                   ("To", "<<Dr Farah Moradi>> <[[email:farah.moradi@example.com]]>".replace("<<Dr ", "Dr <<")),
                   ("Cc", "<<Jonathan Pryce-Edwards>> (Housemaster) <[[email:jpe@marlowfield.example.org]]>"),
                   ("Subject", "<<Leila>> - migraine today"), ("Date", "Tue, 03 Nov 2026 16:20:00 +0000")],
               """Dear Dr Moradi,

<<Leila>> came to the health centre at break ((health:with a migraine with visual aura)). ((health:We gave her the sumatriptan you prescribed and she rested for two hours)); she went back to {{Cranmer}} for prep.

Her boarding medical form still lists her NHS number as [[nhs_number:9990237573]] and GP as {{Marlowfield Surgery}}. Please let us know if anything has changed.

Kind regards,
Sister <<Pauline Okafor>> RGN
Health Centre [[phone:01632 960 880]]
""".replace("Dear Dr Moradi,", "Dear Dr <<Moradi>>,").replace("Subject", "Subject"),
               html="""<p>Dear Dr <<Moradi>>,</p><p><<Leila>> came to the health centre ((health:with a migraine with visual aura)).</p><p>Sister <<Pauline Okafor>> RGN</p>""",
               msgid="lm.migraine", boundary="san")


@doc("boarding-medical-form.docx")
def _(d):
    return docx(d, [
        "# Boarding medical questionnaire (confidential to the Health Centre)",
        ("table", [["Pupil surname", "<<ADEBAYO>>"], ["Forenames", "<<Oluwatobiloba Grace>>"], ["Known as", "<<Tobi>>"],
                   ["Date of birth", "[[date_of_birth:2010-10-02]]"], ["NHS number", "[[nhs_number:999 031 6767]]"],
                   ["Parent", "<<Mrs Folake Adebayo>>".replace("<<Mrs ", "Mrs <<")], ["Parent phone", "[[phone:+44 7700 900 811]]"],
                   ["Home address", "4 Ashgrove, Reading [[uk_postcode:RG4 7PJ]]"]]),
        "Medical conditions: ((health:sickle cell disease (HbSS); hydroxycarbamide daily)). ((genetic:HbSS confirmed on newborn screening)).",
        "Vaccinations: up to date.",
        "Consent to paracetamol and ibuprofen: yes.",
    ], author="<<Folake Adebayo>>", header=["Marlowfield College - Health Centre"],
        footer=["Return to the Health Centre, Marlowfield, [[uk_postcode:RG9 3BX]]"],
        footnotes=[(1, "Forms are kept in the Health Centre only and are not shared with house staff.")])


@doc("boarding-counsellor-referrals.txt")
def _(d):
    return text_doc(d, """SCHOOL COUNSELLOR - REFERRALS (Michaelmas)
1. <<JASPER HOLLINGWORTH>> (Y11, {{Temple}}) - ((health:low mood, not eating; parents consent to CAMHS referral)).
2. <<Anika Bhattacharya>> (Y13, {{Cranmer}}) - exam stress; 4 sessions.
3. <<Hugo>> (Y10) - ((sex_life_orientation:wants to talk about coming out as bisexual to his house)).
Counsellor: <<Marisol Etxeberria>>, ext. 221, mobile [[phone:07700 900 990]].
The "{{Hollingworth Prize}}" for music is not connected to item 1.
""".replace('The "{{Hollingworth Prize}}" for music is not connected to item 1.', "Next supervision with {{the Tavistock-trained supervisor}} on 20 November."))


@doc("boarding-contraception-advice.pdf")
def _(d):
    return pdf(d, ["""HEALTH CENTRE - SEXUAL HEALTH CONSULTATION (Fraser competent)
Pupil: <<Sophie-Anne Marchetti>>    Year 13    DOB: 14/05/2009
((sex_life_orientation:Reports being sexually active with her boyfriend)).
((health:Started on the combined pill; chlamydia test negative)).
Fraser guidelines met; she declines to involve her parents.
Nurse: <<Tomás Iglesias>> RGN
""".replace("DOB: 14/05/2009", "DOB: [[date_of_birth:14/05/2009=>2009-05-14]]")])


@doc("boarding-medication-admin.csv")
def _(d):
    return text_doc(d, """date,time,pupil,medicine,dose,given_by,witness
2026-11-04,07:45,<<Tobi Adebayo>>,((health:Hydroxycarbamide)),500 mg,<<P. Okafor>>,
2026-11-04,08:00,<<Leo Abramovich>>,((health:Methylphenidate XL (ADHD))),36 mg,<<P. Okafor>>,<<T. Iglesias>>
2026-11-04,21:30,<<Wang Jiayi>>,((health:Cetirizine)),10 mg,<<T. Iglesias>>,
""")


@doc("boarding-exeat-medical.json")
def _(d):
    return text_doc(d, """{"exeatRequests":[
 {"learner":{"firstName":"<<Fergus>>","lastName":"<<Drummond-Hay>>"},"from":"2026-11-06","to":"2026-11-08","medicalNote":"((health:post-concussion - no sport, screens limited))","collectingAdult":"<<Alasdair Drummond-Hay>>","collectorMobile":"[[phone:07700 900 432]]","houseSignOut":"((biometric:face-recognition gate profile for <<Fergus>> re-enrolled))"},
 {"learner":{"firstName":"<<Kemi>>","lastName":"<<Oyelowo>>"},"from":"2026-11-06","to":"2026-11-08","medicalNote":"","collectingAdult":"<<Bisi Oyelowo>>","collectorMobile":"[[phone:07700 900 433]]"}
],"approvedBy":"<<Jonathan Pryce-Edwards>>"}
""")


@doc("boarding-health-centre-rota.ods")
def _(d):
    return ods(d, [("Rota", [
        ["Night", "Nurse on call", "Doctor", "Mobile"],
        ["Mon", "<<Pauline Okafor>>", "<<Dr Gareth Lewis-Bowen>>".replace("<<Dr ", "Dr <<"), "[[phone:07700 900 701]]"],
        ["Tue", "<<Tomás Iglesias>>", "<<Gareth Lewis-Bowen>>", "[[phone:07700 900 702]]"],
        ["Wed", "Agency (Mediforce)", "<<Gareth Lewis-Bowen>>", "[[phone:07700 900 703]]"],
        ["Note", "<<Tomás>> off Thursday: ((trade_union:RCN steward training))", "", ""],
    ])], author="<<Pauline Okafor>>")


@doc("policy-boarding-health-records.md")
def _(d):
    return text_doc(d, """# Health Centre records policy

| Record | Who sees it | Kept for |
|---|---|---|
| Medical questionnaire | Health Centre staff | Until the pupil is 25 |
| Medication administration | Health Centre staff, auditors | Until the pupil is 25 |
| Counselling notes | Counsellor only | 7 years after leaving |

House staff are told only what they need to keep a pupil safe (for example, that a pupil carries an adrenaline pen).
Pupils who are Fraser competent may ask that their parents are not told about a consultation.
""")


# ---- NHS learning-disability register and annual health checks

@doc("ldreg-register-extract.csv")
def _(d):
    return text_doc(d, """NHS Number,Surname,Forename,DOB,Postcode,LD severity,Co-morbidities,AHC due,Carer
[[nhs_number:9990395950]],<<ASHWORTH>>,<<Daniel>>,[[date_of_birth:12/12/1990=>1990-12-12]],[[uk_postcode:HD1 4QT]],((health:Moderate)),((health:Epilepsy; Down's syndrome)),2026-12,<<Mother - Carol Ashworth>>
[[nhs_number:9990475148]],<<BEGUM>>,<<Rukhsana>>,[[date_of_birth:1985-03-09]],[[uk_postcode:HD2 2JS]],((health:Mild)),((health:Type 2 diabetes)),2027-01,"Supported living; ((racial_ethnic_origin:interpreter for Sylheti - Bangladeshi family))"
[[nhs_number:9990554331]],<<O'SULLIVAN>>,<<Kieran Patrick>>,[[date_of_birth:05/06/1979=>1979-06-05]],[[uk_postcode:HD3 3LR]],((health:Severe)),((health:Cerebral palsy; dysphagia - PEG fed)),2026-11,<<Brother - Sean O'Sullivan>>
""".replace("<<Mother - Carol Ashworth>>", "Mother - <<Carol Ashworth>>").replace("<<Brother - Sean O'Sullivan>>", "Brother - <<Sean O'Sullivan>>"))


@doc("ldreg-annual-health-check.docx")
def _(d):
    return docx(d, [
        "# Learning Disability Annual Health Check",
        ("table", [["Patient", "<<Daniel Ashworth>>"], ["NHS No", "[[nhs_number:999 039 5950]]"], ["D.O.B.", "[[date_of_birth:12-Dec-90=>1990-12-12]]"],
                   ["Accompanied by", "<<Carol Ashworth>> (mother)"], ["Communication", "Makaton and short sentences"]]),
        "Findings: ((health:weight 96 kg, BMI 33; TSH raised - hypothyroidism common in Down's syndrome, started levothyroxine)).",
        "((genetic:Karyotype on file: trisomy 21 confirmed)).",
        "Seizures: ((health:two in the last year, on sodium valproate)).",
        "Health action plan given in easy read.",
        ("comment", "Reasonable adjustment: longest appointment slot, first of the day.", 5),
    ], author="<<Oyinkansola Bamgbose>>", header=["Hillside Medical Practice - HD1"],
        footer=["Hillside Medical Practice, [[uk_postcode:HD1 2PL]], [[phone:01632 960 455]]"],
        comments=[(5, "<<Rebecca Thorpe-Malik>>", "RTM", "Flag added to the record.")])


@doc("ldreg-invite-log.tsv")
def _(d):
    rows = ["patient\tnhs_no\tinvite_1\tinvite_2\toutcome\tnotes",
            "<<Rukhsana Begum>>\t[[nhs_number:9990475148]]\t2026-09-01\t2026-10-01\tDNA\tEasy-read letter; phone support worker",
            "<<Kieran O'Sullivan>>\t[[nhs_number:9990554331]]\t2026-09-01\t\tBooked 18/11\t((health:Home visit needed - hoist))",
            "<<Precious Nwosu-Allen>>\t[[nhs_number:9990633525]]\t2026-09-01\t2026-10-01\tBooked 22/11\t((health:autism - quiet room))"]
    return text_doc(d, "\n".join(rows) + "\n")


@doc("ldreg-liaison-nurse.eml")
def _(d):
    return eml(d, [("From", "<<Rebecca Thorpe-Malik>> <[[email:rebecca.thorpe-malik@nhs.example.nhs.uk]]>"),
                   ("To", "Acute LD liaison <[[email:ld.liaison@cht.example.nhs.uk]]>"),
                   ("Subject", "Admission - Kieran O'Sullivan".replace("Kieran O'Sullivan", "<<Kieran O'Sullivan>>")), ("Date", "Fri, 20 Nov 2026 11:05:00 +0000")],
               """Hi team,

<<Kieran O'Sullivan>> (NHS [[nhs_number:9990554331]], born [[date_of_birth:5 June 1979=>1979-06-05]]) was admitted overnight ((health:with aspiration pneumonia)). ((health:He has severe cerebral palsy, is PEG fed and nil by mouth)).
His hospital passport is attached. His brother <<Sean>> is his main contact: [[phone:07700 900 150]].

<<Becky>>
Community LD nurse
""", attachments=[("hospital-passport.txt", "text/plain", """MY HOSPITAL PASSPORT
My name: <<Kieran>>
Things you must know about me: ((health:I cannot swallow safely. I have seizures)).
I like: Radio 2, my blue blanket.
""")], msgid="kos.admit", boundary="ldl")


@doc("ldreg-stomp-review.html")
def _(d):
    return text_doc(d, """<html><body><h1>STOMP medication review</h1>
<table border="1"><tr><th>Patient</th><th>Medicine</th><th>Reason</th><th>Plan</th></tr>
<tr><td><<Precious Nwosu-Allen>></td><td>((health:Risperidone 1 mg))</td><td>((health:Behaviour that challenges; autism))</td><td>Reduce by 0.25 mg monthly</td></tr>
<tr><td><<Leon Hardcastle>></td><td>((health:Olanzapine 5 mg))</td><td>((health:Psychosis (diagnosed 2018)))</td><td>Continue</td></tr>
</table>
<p>Reviewer: <<Aamir Siddiqui>>, pharmacist. The {{STOMP}} programme is national guidance, not a person.</p>
</body></html>
""".replace("The {{STOMP}} programme is national guidance, not a person.", "Next review in six months."))


@doc("ldreg-practice-dashboard.xlsx")
def _(d):
    return xlsx(d, [("Summary", [
        ["Measure", "Value"],
        ["Patients on LD register", 142],
        ["AHCs completed (rolling 12m)", 118],
        ["Completion rate", 0.831],
    ]), ("Outstanding", [
        ["Patient", "NHS number", "DOB", "Reason outstanding"],
        ["<<BEGUM, Rukhsana>>", "[[nhs_number:999 047 5148]]", ("dob", 1985, 3, 9), "Did not attend x2"],
        ["<<NWOSU-ALLEN, Precious>>", "[[nhs_number:999 063 3525]]", ("dob", 1998, 8, 17), "Booked"],
        ["<<HARDCASTLE, Leon>>", "[[nhs_number:999 071 2719]]", ("dob", 1987, 10, 25), "((health:In hospital - psychiatric admission))"],
    ])], author="<<Rebecca Thorpe-Malik>>")


@doc("ldreg-best-interests.odt")
def _(d):
    return odt(d, [
        "# Best interests meeting record",
        "Person: <<Leon Hardcastle>>, DOB [[date_of_birth:25/10/1987=>1987-10-25]], 9 Mill Lane, Huddersfield [[uk_postcode:HD5 8QE]]",
        "Decision: ((health:whether Leon should have dental extractions under general anaesthetic)).".replace("whether Leon", "whether <<Leon>>"),
        "((health:Leon lacks capacity for this decision because of his severe learning disability)).".replace("((health:Leon", "((health:<<Leon>>"),
        "Present: <<Gillian Hardcastle>> (mother), <<Dr Ifeoma Chukwu>> (dentist), <<Aamir Siddiqui>>.".replace("<<Dr ", "Dr <<"),
        "Outcome: in his best interests; booked at {{Calderdale Royal}}.",
    ], author="<<Rebecca Thorpe-Malik>>")


@doc("ldreg-carer-payments.rtf")
def _(d):
    return rtf(d, """Direct payments - personal assistants for people on the LD register
Employer (on behalf of): <<Carol Ashworth>> for <<Daniel Ashworth>>
PA: <<Jolanta Nowakowska>>, NI [[uk_nino:QQ 98 76 54 A]], paid to sort code [[=uk_bank_account:11-22-33]]
account [[uk_bank_account:44556677=>112233:44556677]].
Hours: 16 a week; ((health:support with seizure monitoring and personal care)).
""")


@doc("training-ld-reasonable-adjustments.odt")
def _(d):
    return odt(d, [
        "# Reasonable adjustments for people with a learning disability",
        "Offer the first or last appointment of the day and a double slot.",
        "Use easy read letters and check understanding with the person, not only the carer.",
        "Record adjustments as a flag on the record so every team sees them.",
        "The annual health check is for everyone on the register aged 14 and over.",
    ], author="Primary Care Training Hub")


# ---- armed forces reserves unit: HR and medical downgrading

@doc("reserves-nominal-roll.xlsx")
def _(d):
    return xlsx(d, [("Nominal roll", [
        ["Service no", "Rank", "Surname", "Forenames", "DOB", "JMES", "Mobile", "Employer notified", "Armoury access"],
        ["30118472", "Cpl", "<<GREENHALGH>>", "<<Stacey Louise>>", ("dob", 1989, 5, 3), "MFD", "[[phone:07700 900 311]]", "Yes", "((biometric:fingerprint template enrolled))"],
        ["30127755", "Pte", "<<TUIVAGA>>", "<<Josaia>>", ("dob", 1996, 8, 21), "((health:MLD - knee reconstruction, no running))", "[[phone:07700 900 312]]", "Yes", "Suspended"],
        ["25198840", "SSgt", "<<MacLEOD>>", "<<Ruaridh>>", ("dob", 1981, 11, 11), "((health:MND - PTSD under treatment))", "[[phone:07700 900 313]]", "No"],
        ["30144019", "LCpl", "<<PATEL>>", "<<Nikhil>>", ("dob", 1999, 2, 17), "MFD", "[[phone:07700 900 314]]", "Yes", "((biometric:fingerprint template enrolled))"],
    ]), ("Unit", [["Unit", "{{C Company, 4th Battalion}}"], ["Adjutant", "Capt <<Eleanor Hastings-Bligh>>"], ["Drill hall", "[[uk_postcode:CA1 2QT]]"]])],
        author="<<Eleanor Hastings-Bligh>>")


@doc("reserves-medical-board.pdf")
def _(d):
    return pdf(d, ["""MEDICAL BOARD - DOWNGRADING (FMed 23 extract)
Service no 25198840  SSgt Ruaridh MacLeod
Date of birth: 11 Nov 1981
PULHHEEMS: P7 - medical limitations: no deployment, no weapon handling
Condition: chronic post-traumatic stress disorder following Op TORAL 2013; under DCMH Catterick.
Review in 6 months. Board president: Lt Col P. Anand-Rees RAMC
""".replace("SSgt Ruaridh MacLeod", "SSgt <<Ruaridh MacLeod>>")
       .replace("11 Nov 1981", "[[date_of_birth:11 Nov 1981=>1981-11-11]]")
       .replace("PULHHEEMS: P7 - medical limitations: no deployment, no weapon handling", "PULHHEEMS: ((health:P7 - medical limitations: no deployment, no weapon handling))")
       .replace("Condition: chronic post-traumatic stress disorder following Op TORAL 2013; under DCMH Catterick.", "Condition: ((health:chronic post-traumatic stress disorder following Op TORAL 2013; under DCMH Catterick)).")
       .replace("P. Anand-Rees", "<<P. Anand-Rees>>")])


@doc("reserves-mobilisation-pay.csv")
def _(d):
    return text_doc(d, """service_no,name,nino,sort_code,account_no,employer,employer_award
30118472,<<Stacey Greenhalgh>>,[[uk_nino:QQ 10 20 30 D]],[[=uk_bank_account:23-14-70]],[[uk_bank_account:19283746=>231470:19283746]],{{Carlisle Bakeries Ltd}},2400.00
30144019,<<Nikhil Patel>>,[[uk_nino:QQ 40 50 60 B]],[[=uk_bank_account:08-32-10]],[[uk_bank_account:55443322=>083210:55443322]],{{Eden Valley Haulage}},1850.00
""")


@doc("reserves-discipline-report.docx")
def _(d):
    return docx(d, [
        "# Report of civil conviction (reservist)",
        ("table", [["Service no", "30127755"], ["Rank and name", "Pte <<Josaia Tuivaga>>"], ["Date of birth", "[[date_of_birth:21/08/1996=>1996-08-21]]"],
                   ["Driving licence", "[[uk_driving_licence:TUIVA908216J99AB]]"]]),
        "((criminal_offence:Convicted at Carlisle Magistrates' Court on 2 October of drink driving; 14-month ban and 800 pounds fine)).",
        "Commanding officer to consider administrative action. Reported by WO2 <<Mark Fairclough>>.",
        ("comment", "Also removes him from the driver pool.", 6),
    ], author="<<Mark Fairclough>>", header=["RESTRICTED - STAFF"],
        footer=["Unit HQ, {{Castle Barracks}}, Carlisle [[uk_postcode:CA3 8UR]]"],
        comments=[(6, "Capt <<Eleanor Hastings-Bligh>>", "EHB", "Seen. Interview on drill night.")])


@doc("reserves-padre-visits.txt")
def _(d):
    return text_doc(d, """Padre's visits - Q4
- <<Ruaridh MacLeod>>: home visit with his wife <<Morag>>. ((religious_belief:He asked for a Church of Scotland elder to visit him)). ((health:Sleep still poor)).
- <<Nikhil Patel>>: ((religious_belief:asked about time off for Diwali puja with his family)); passed to the chief clerk.
- <<Aisha Rahman-Doyle>>: ((religious_belief:member of the Armed Forces Muslim Association; asked for a prayer space at annual camp)).
Padre: Revd <<Hywel Tudor-Jones>> CF, [[phone:01632 960 517]].
""")


@doc("reserves-recruit-applications.jsonl")
def _(d):
    rows = [
        '{"applicantName":"<<Chloe Braithwaite>>","dob":"[[date_of_birth:2004-06-30]]","postcode":"[[uk_postcode:CA2 5TB]]","email":"[[email:chloe.braithwaite@example.com]]","medicalDeclaration":"((health:asthma as a child, no inhaler for 5 years))","status":"medical review"}',
        '{"applicantName":"<<Kwame Asante-Mensah>>","dob":"[[date_of_birth:1998-01-12]]","postcode":"[[uk_postcode:CA1 1HW]]","email":"[[email:kwame.am@example.net]]","ethnicOrigin":"((racial_ethnic_origin:Black British - Ghanaian heritage))","drivingLicence":"[[uk_driving_licence:ASANT901128K99PQ]]","medicalDeclaration":"none","status":"assessment centre booked"}',
        '{"applicantName":"<<Dominika Kowalewska>>","dob":"[[date_of_birth:2001-09-09]]","postcode":"[[uk_postcode:CA4 8EZ]]","email":"[[email:d.kowalewska@example.org]]","medicalDeclaration":"((health:colour vision deficiency))","status":"rejected - trade"}',
    ]
    return text_doc(d, "\n".join(rows) + "\n")


@doc("reserves-welfare.mbox")
def _(d):
    return mbox(d, [
        ("welfare@4bn.example.org", "Mon Nov 09 09:00:00 2026",
         [("From", "Unit Welfare Officer <[[email:welfare@4bn.example.org]]>"), ("To", "Capt <<Eleanor Hastings-Bligh>> <[[email:adjt@4bn.example.org]]>"),
          ("Subject", "SSgt MacLeod - employer".replace("MacLeod", "<<MacLeod>>")), ("Date", "Mon, 09 Nov 2026 09:00:00 +0000")],
         """Ma'am,

SSgt <<MacLeod>>'s civilian employer ({{Solway Water}}) has asked why he cannot attend camp. I have only said he is downgraded. ((health:He does not want his PTSD mentioned)).

UWO
""", "w1", None),
        ("adjt@4bn.example.org", "Mon Nov 09 10:15:00 2026",
         [("From", "Capt <<Eleanor Hastings-Bligh>> <[[email:adjt@4bn.example.org]]>"), ("To", "Unit Welfare Officer <[[email:welfare@4bn.example.org]]>"),
          ("Subject", "Re: SSgt MacLeod - employer".replace("MacLeod", "<<MacLeod>>")), ("Date", "Mon, 09 Nov 2026 10:15:00 +0000")],
         """Agreed - nothing more to the employer. SaBRE can brief them on reserve service generally.
Call me on [[phone:07700 900 300]] if they push.

<<EHB>>
""".replace("<<EHB>>", "EHB"), "w2", "w1"),
    ])


@doc("reserves-annual-camp.md")
def _(d):
    return text_doc(d, """# Annual camp 2027 - admin

| Name | Rank | Dietary | Medical | Passport |
|---|---|---|---|---|
| <<Stacey Greenhalgh>> | Cpl | Vegetarian | - | [[uk_passport:520044718]] |
| <<Aisha Rahman-Doyle>> | LCpl | ((religious_belief:Halal (her faith))) | - | [[uk_passport:532210976]] |
| <<Nikhil Patel>> | LCpl | - | - | [[uk_passport:509987113]] |
| <<Josaia Tuivaga>> | Pte | - | ((health:MLD knee - no tabbing)) | [[uk_passport:547700281]] |

Travel to {{Sennybridge}} by coach from the drill hall. Bring ID. Civilian employers' queries about {{union agreements on reservist leave}} go to SaBRE.
Camp QM: <<Gordon Birkett>>, [[email:qm@4bn.example.org]].
""")


@doc("policy-reserves-medical-information.pdf")
def _(d):
    return pdf(d, ["""Handling medical information in reserve units
Medical grades (JMES) may be held by unit HR; the underlying diagnosis stays with the medical centre.
Do not tell a reservist's civilian employer about a medical condition without written consent.
Downgrading boards are recorded on the personnel system; paper copies are shredded after entry.
Welfare notes are held by the welfare officer only and reviewed annually.
"""])


# ---------------------------------------------------------------- main

def main():
    if os.path.isdir(DOCS):
        shutil.rmtree(DOCS)
    os.makedirs(DOCS)
    labels, problems = [], []
    for name, f in sorted(BUILD):
        d = Doc(name)
        data = f(d)
        try:
            d.verify()
        except SystemExit as e:
            problems.append(str(e))
            continue
        with open(os.path.join(DOCS, name), "wb") as fh:
            fh.write(data)
        labels.append(d.label())
    if problems:
        sys.exit("refused:\n" + "\n".join(problems))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    ids, cats = {}, {}
    for lab in labels:
        for k, _ in lab["ids"]:
            ids[k] = ids.get(k, 0) + 1
        for c in lab["categories"]:
            cats[c] = cats.get(c, 0) + 1
    neg = sum(lab["doc"].startswith(("policy-", "training-")) for lab in labels)
    print(f"{len(labels)} documents ({neg} negative), {sum(len(lab['names']) for lab in labels)} name labels, "
          f"{sum(ids.values())} identifier labels")
    print("ids: " + ", ".join(f"{k} {v}" for k, v in sorted(ids.items(), key=lambda kv: (-kv[1], kv[0]))))
    print("documents per category: " + ", ".join(f"{k} {v}" for k, v in sorted(cats.items(), key=lambda kv: (-kv[1], kv[0]))))
    print("formats: " + ", ".join(f"{e} {n}" for e, n in sorted(
        {e: sum(lab["doc"].endswith("." + e) for lab in labels) for e in {lab["doc"].rsplit(".", 1)[1] for lab in labels}}.items())))


if __name__ == "__main__":
    main()
