#!/usr/bin/env python3
"""Nineteenth held-out evaluation set (blind): writes docs/ and labels.jsonl.

72 synthetic documents from eight kinds of organisation no earlier set covers:
an employment tribunal claims office (et-), a pregnancy advisory service (pas-),
an NHS sickle cell and thalassaemia service (scd-), a residents' action group
and an environmental campaign's arrestee-support line (camp-), a police custody
suite's healthcare team (cust-), humanist celebrants and a gurdwara's langar and
marriage register (faith-), a university fitness-to-study panel (fts-) and a
housing co-operative's allocations with medical priority (coop-); 8 of them
(policy-*, training-*) are prose about no one.

Python 3.11, standard library only. Every value is written by hand (nothing is
drawn at random), zip members carry a fixed timestamp and MIME boundaries are
fixed, so every run gives byte-identical files (also under any PYTHONHASHSEED).

Markup (the labels are the spans that write the text):
  <<name>>                     a person-name mention, labelled as written
  [[kind:value]]               an identifier, labelled normalised (CONTRACT.md)
  [[kind:written=>normalised]] the same, with the normalised value given
 [[=kind:value]]              a label only, for a value written elsewhere in
                               other words or spread over cells (a sort code and
                               an account; a date of birth typed as a date cell)
  ((category:words))           words revealing a special category about a named
                               person in the document
  {{words}}                    a recorded distractor (a place, building, event,
                               firm or thing named like a person)

The generator refuses (listing every problem, writing nothing) a document in
which a part of a labelled name occurs outside a mention, a distractor or an
email address; a name label that starts with a title; markup left in the text;
an email address, QQ NINO, documentation IP, postcode or drama-range phone
number that is not labelled; an NHS number without a valid check digit, a card
failing Luhn, an IBAN failing mod-97, a malformed passport, licence, NINO, bank
account or date; and a policy or training text that names anyone or has a
category. Message-ID and In-Reply-To headers and mbox From lines are not labelled.

Judgement calls (heldout11's conventions, and the category labelling guide at
the end of tests/eval/README.md, points 1-8, are followed; the open cases are
decided as follows):
- Custody: a named detainee in a police custody suite (arrested, in a cell, on
  a custody log, bailed, released under investigation) is criminal_offence;
  his or her health record there is health too. A section 136 place-of-safety
  detention is not an arrest: health only.
- Livescan ten-print, palm capture or an IDENT1 match of a named person is
  biometric; a PACE DNA swab with no result is nothing (as a pending test is);
  a fingerprint door reader enrolment and a face-match exam check-in are
  biometric.
- Employment tribunal: a claim's jurisdiction or summary that names the
  claimant's own characteristic (race with the heritage given, sexual
  orientation, a disability with its condition, a Catholic's Sunday Mass, a
  Sikh's turban, dismissal as a union rep or for union activities) is that
  category. Whistleblowing, holiday pay, unlawful deductions and "the union
  lot" remark are nothing; a union organiser attending for a claimant is
  trade_union (a union office).
- Pregnancy, termination, miscarriage, contraception and an STI result are
  health. A sexual relationship disclosed, or partner notification for a
  named client's sexual partners, is also sex_life_orientation. Contraception
  alone is health only. "My husband" said by a man is sex_life_orientation.
- Campaigns: membership of, support for, a donation to, a petition signature
  for or being on the "arrestable list" of a named campaign (Stop the Hollin
  Lane Incinerator; Kirkstall Residents Against the Incinerator; a "Forty
  Days" vigil placard) is political_opinion (guide point 8: "a campaign");
  a legal observer, a court supporter and a "newsletter only" sign-up get
  nothing from it. Praying the rosary at a clinic gate is religious_belief.
- Beliefs: booking a humanist wedding, naming or funeral, or saying "we're
  both humanists", is religious_belief (a philosophical belief); a
  civil-partnership celebration "non-religious, venue's own script" is
  nothing, and so is a partnership whose partners' sexes are not stated. An
  Anand Karaj (Sikh marriage) register, sewadars on a langar rota and an
  Amritdhari trustee are religious_belief; langar served to everyone, a
  gurdwara's name, "Sat Sri Akal" and a granthi's title (Bhai) are nothing.
  A detainee's request for halal food and a prayer mat "as a Muslim", or a
  kirpan logged for an Amritdhari Sikh, is religious_belief.
- Haemoglobinopathies: a genotype (HbSS, HbSC, HbE/beta, FS) or a carrier
  result (HbAS, HbAC, beta thalassaemia trait, FAS) is genetic; it is also
  health where the disease, a crisis or a treatment is named. A BRCA1 variant
  disclosed to an employer is genetic. Family origin questionnaire answers
  and ethnicity monitoring answers are racial_ethnic_origin; "Prefer not to
  say" is nothing.
- Health also covers self-harm, an overdose, intoxication needing rousing
  checks, opiate dependence, a vaccination record, an illness at work
  (norovirus) and a child's condition that decides a household's housing.
- The dead: a deceased person's name, cause of death, belief and union office
  are labelled like anyone's (the scanner cannot tell who is alive).
- A police caution, an unspent conviction, a breath test over the limit, an
  arrest "on suspicion", bail and a summons are criminal_offence; "a police
  matter goes to the conduct procedure", "an offence" in a training note and
  unspent convictions as a scoring criterion are nothing.
- Names: titles and ranks (Mr, Mrs, Ms, Dr, Prof, PC, DC, Sgt, Insp., EJ,
  Bhai, Nurse) are left out; a quoted nickname in a capitals heading is kept
  as written ("ROBERT 'ROBBIE' DUNSMORE"); a sole trader's account name
  ("H Quayle Ceremonies") labels "H Quayle"; "Baby of Precious Mutasa" labels
  the mother; portal display names ("Amina Y-H", "Dafydd ap R.") are names;
  an organisation as a document or comment author is not.
- Identifier look-alikes left unlabelled on purpose: tribunal case numbers,
  Acas certificate numbers, custody numbers, MRNs, laboratory numbers, an
  eight-digit student number, an HCPC number, a society number, an officer's
  shoulder number, Livescan capture ids, a Universal Credit claim reference,
  invoice and ticket numbers, and a Livescan engineer's test record whose
  "dob" is 1900-01-01 (no person). Hearing, treatment, transfusion and
  booking dates are not dates of birth.
- Synthetic ranges only: QQ NINOs; example.com/.org/.net/.co.uk/.ac.uk/.nhs.uk
  mailboxes; Ofcom drama numbers (07700 900xxx, 020 7946 0xxx, 0113 496 0xxx,
  0161 496 0xxx, 0121 496 0xxx, 01632 960xxx); documentation IPs
  (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32); test card
  numbers; NHS numbers 999 with a valid check digit; the standard example
  IBANs; sort code and account pairs made up; postcodes with a 9 and a
  two-letter unit chosen by hand.
"""

import base64
import datetime as dt
import io
import json
import quopri
import re
import shutil
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

ZIP_TIME = (2026, 11, 2, 9, 30, 0)
KINDS = {"uk_nino", "uk_bank_account", "iban", "payment_card", "email", "phone", "uk_postcode",
         "nhs_number", "date_of_birth", "uk_passport", "uk_driving_licence", "ip_address"}
CATEGORIES = ["racial_ethnic_origin", "political_opinion", "religious_belief", "trade_union",
              "genetic", "biometric", "health", "sex_life_orientation", "criminal_offence"]
TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "revd", "rev", "fr", "pc", "dc", "ds",
          "sgt", "insp", "cllr", "sir", "dame", "judge", "giani", "bhai", "sister", "nurse"}
TOKEN = re.compile(r"<<(.+?)>>|\[\[(=?)([a-z_]+):(.+?)\]\]|\(\((\w+):(.+?)\)\)|\{\{(.+?)\}\}", re.S)
EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def normalise(kind, value):
    v = value.strip()
    if kind == "phone":
        digits = re.sub(r"\D", "", v.replace("(0)", ""))
        if v.startswith("+"):
            return "+" + digits
        return "+44" + digits[1:]
    if kind in ("uk_nino", "iban", "uk_driving_licence"):
        return re.sub(r"\s", "", v).upper()
    if kind == "uk_postcode":
        c = re.sub(r"\s", "", v).upper()
        return c[:-3] + " " + c[-3:]
    if kind in ("payment_card", "nhs_number", "uk_passport"):
        return re.sub(r"\D", "", v)
    if kind == "email":
        return v.lower()
    if kind == "uk_bank_account":
        sc, acc = re.split(r"[:/]", v) if ":" in v else v.split(None, 1)
        return re.sub(r"\D", "", sc) + ":" + re.sub(r"\D", "", acc)
    return v


def nhs_ok(n):
    d = [int(c) for c in n]
    c = 11 - sum(x * w for x, w in zip(d[:9], range(10, 1, -1))) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == d[9]


def luhn_ok(n):
    s = 0
    for i, ch in enumerate(reversed(n)):
        x = int(ch) * (2 if i % 2 else 1)
        s += x - 9 if x > 9 else x
    return s % 10 == 0


def iban_ok(v):
    r = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


class Doc:
    """One document: renders markup pieces, records labels and protected spans."""

    def __init__(self, name):
        self.name = name
        self.names, self.categories, self.ids = [], set(), []
        self.pieces = []  # (plain text, [(start, end)] protected spans)
        self.distractors = []

    def t(self, s):
        out, spans, pos = [], [], 0
        length = 0
        for m in TOKEN.finditer(s):
            lit = s[pos:m.start()]
            out.append(lit)
            length += len(lit)
            pos = m.end()
            name, label_only, kind, value, cat, words, distractor = m.groups()
            if name is not None:
                written = name
                label = " ".join(name.split())
                if label not in self.names:
                    self.names.append(label)
                spans.append((length, length + len(written)))
            elif kind is not None:
                if kind not in KINDS:
                    raise SystemExit(f"{self.name}: unknown kind {kind}")
                if "=>" in value:
                    written, norm = value.split("=>", 1)
                else:
                    written, norm = value, normalise(kind, value)
                if label_only:
                    written = ""
                pair = [kind, norm]
                if pair not in self.ids:
                    self.ids.append(pair)
                spans.append((length, length + len(written)))
            elif cat is not None:
                if cat not in CATEGORIES:
                    raise SystemExit(f"{self.name}: unknown category {cat}")
                self.categories.add(cat)
                written = words
            else:
                written = distractor
                self.distractors.append(distractor)
                spans.append((length, length + len(written)))
            out.append(written)
            length += len(written)
        out.append(s[pos:])
        text = "".join(out)
        self.pieces.append((text, spans))
        return text

    def label(self):
        return {"doc": self.name, "names": self.names,
                "categories": [c for c in CATEGORIES if c in self.categories], "ids": self.ids}

    def problems(self, negative):
        errs = []
        parts = set()
        for n in self.names:
            words = re.split(r"[\s,.\-]+", n)
            if words[0].lower().rstrip(".") in TITLES:
                errs.append(f"name label starts with a title: {n!r}")
            for w in words:
                w = w.strip("'’()")
                if len(w) >= 2 and not w.isupper() or len(w) >= 3:
                    parts.add(w.lower())
        labelled = {tuple(p) for p in self.ids}
        for text, spans in self.pieces:
            if re.search(r"<<|>>|\[\[|\]\]|\(\(|\)\)|\{\{|\}\}", text):
                errs.append(f"markup left: {text[:60]!r}")
            prot = list(spans) + [(m.start(), m.end()) for m in EMAIL.finditer(text)]
            inside = lambda a, b: any(s <= a and b <= e for s, e in prot)
            for p in parts:
                for m in re.finditer(r"(?<![\w'’])" + re.escape(p) + r"(?![\w])", text, re.I):
                    if not inside(m.start(), m.end()):
                        errs.append(f"name part {p!r} outside a mention: {text[max(0, m.start()-30):m.end()+30]!r}")
            for m in EMAIL.finditer(text):
                if ("email", m.group().lower()) not in labelled:
                    errs.append(f"unlabelled email {m.group()}")
            for m in re.finditer(r"\bQQ ?\d\d ?\d\d ?\d\d ?[A-D]\b", text):
                if ("uk_nino", normalise("uk_nino", m.group())) not in labelled:
                    errs.append(f"unlabelled NINO {m.group()}")
            for m in re.finditer(r"\b(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d+\b|2001:db8:[0-9a-f:]+", text):
                if ("ip_address", m.group()) not in labelled:
                    errs.append(f"unlabelled IP {m.group()}")
            for m in re.finditer(r"(?<![\d+])(?:07700 ?900 ?\d{3}|0\d{2,3} ?\d{3,4} ?\d{3,4}|\+44 ?\(?0?\)? ?\d[\d ]{8,12}\d)(?!\d)", text):
                norm = normalise("phone", m.group())
                if re.match(r"\+44(7700900|20794|1\d\d4960|1\d1496|2896496|1632960|2920180|1914980)", norm) and ("phone", norm) not in labelled:
                    errs.append(f"unlabelled phone {m.group()}")
            for m in re.finditer(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}\b", text):
                if ("uk_postcode", normalise("uk_postcode", m.group())) not in labelled:
                    errs.append(f"unlabelled postcode {m.group()}")
        for kind, v in self.ids:
            ok = {"nhs_number": lambda: len(v) == 10 and nhs_ok(v), "payment_card": lambda: luhn_ok(v),
                  "iban": lambda: iban_ok(v), "uk_passport": lambda: re.fullmatch(r"\d{9}", v),
                  "uk_driving_licence": lambda: re.fullmatch(r"[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}", v),
                  "uk_nino": lambda: re.fullmatch(r"QQ\d{6}[A-D]", v),
                  "date_of_birth": lambda: dt.date.fromisoformat(v),
                  "uk_bank_account": lambda: re.fullmatch(r"\d{6}:\d{8}", v),
                  "uk_postcode": lambda: re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}", v)}.get(kind, lambda: True)()
            if not ok:
                errs.append(f"invalid {kind} {v}")
        if negative and (self.names or self.categories):
            errs.append("negative document names someone or has a category")
        return errs


# ---------------------------------------------------------------- writers

def zipped(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))
    return buf.getvalue()


def x(s):
    return escape(s, {'"': "&quot;"})


W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"')


def w_run(text, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{x(text)}</w:t></w:r>'


def w_p(text, bold=False, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{w_run(text, bold)}</w:p>"


def docx(body, author, header=None, footer=None, footnotes=(), comments=(), textbox=None, title=""):
    """body: list of ('p', text) | ('h', text) | ('table', rows) | ('fn', text, note_index) | ('c', text, comment_index).
    comments: list of (author, initials, text); footnotes: list of text."""
    parts = []
    for item in body:
        kind = item[0]
        if kind == "p":
            parts.append(w_p(item[1]))
        elif kind == "h":
            parts.append(w_p(item[1], bold=True, style="Heading1"))
        elif kind == "fn":
            parts.append(f'<w:p>{w_run(item[1])}<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                         f'<w:footnoteReference w:id="{item[2] + 1}"/></w:r></w:p>')
        elif kind == "c":
            i = item[2]
            parts.append(f'<w:p><w:commentRangeStart w:id="{i}"/>{w_run(item[1])}<w:commentRangeEnd w:id="{i}"/>'
                         f'<w:r><w:commentReference w:id="{i}"/></w:r></w:p>')
        elif kind == "table":
            rows = "".join("<w:tr>" + "".join(f"<w:tc><w:tcPr><w:tcW w:w=\"3000\" w:type=\"dxa\"/></w:tcPr>{w_p(c)}</w:tc>" for c in row) + "</w:tr>"
                           for row in item[1])
            parts.append(f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>{rows}</w:tbl>')
    if textbox:
        inner = "".join(w_p(line) for line in textbox)
        parts.append('<w:p><w:r><w:pict><v:shape id="tb1" type="#_x0000_t202" style="width:220pt;height:80pt">'
                     f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    sect = ""
    rels = ['<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    ctypes = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    files = []
    refs = ""
    if header:
        refs += '<w:headerReference w:type="default" r:id="rIdH"/>'
        rels.append('<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        ctypes.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        files.append(("word/header1.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W_NS}>' + "".join(w_p(l) for l in header) + "</w:hdr>"))
    if footer:
        refs += '<w:footerReference w:type="default" r:id="rIdF"/>'
        rels.append('<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        ctypes.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        files.append(("word/footer1.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W_NS}>' + "".join(w_p(l) for l in footer) + "</w:ftr>"))
    if footnotes:
        notes = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        notes += "".join(f'<w:footnote w:id="{i + 1}">{w_p(t)}</w:footnote>' for i, t in enumerate(footnotes))
        rels.append('<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>')
        ctypes.append('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>')
        files.append(("word/footnotes.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W_NS}>{notes}</w:footnotes>'))
    if comments:
        cs = "".join(f'<w:comment w:id="{i}" w:author="{x(a)}" w:initials="{x(ini)}" w:date="2026-10-14T10:00:00Z">{w_p(t)}</w:comment>'
                     for i, (a, ini, t) in enumerate(comments))
        rels.append('<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        ctypes.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
        files.append(("word/comments.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {W_NS}>{cs}</w:comments>'))
    sect = f"<w:sectPr>{refs}<w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr>"
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W_NS}><w:body>{"".join(parts)}{sect}</w:body></w:document>'
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W_NS}>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>'
              '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{x(title)}</dc:title><dc:creator>{x(author)}</dc:creator><cp:lastModifiedBy>{x(author)}</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-10-14T09:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-10-15T16:20:00Z</dcterms:modified></cp:coreProperties>')
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>' + "".join(ctypes) + "</Types>")
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                + "".join(rels) + "</Relationships>")
    return zipped([("[Content_Types].xml", content_types), ("_rels/.rels", root_rels), ("docProps/core.xml", core),
                   ("word/document.xml", document), ("word/styles.xml", styles), ("word/_rels/document.xml.rels", doc_rels)] + files)


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def serial(d):
    return (d - dt.date(1899, 12, 30)).days


def xlsx(sheets, author):
    """sheets: list of (name, rows); a cell is str, int/float, dt.date (typed as a date serial) or None."""
    strings, index = [], {}
    sheet_xml = []
    for _, rows in sheets:
        out = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = f"{col(c)}{r}"
                if v is None or v == "":
                    continue
                if isinstance(v, dt.date):
                    cells.append(f'<c r="{ref}" s="1"><v>{serial(v)}</v></c>')
                elif isinstance(v, (int, float)):
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    if v not in index:
                        index[v] = len(strings)
                        strings.append(v)
                    cells.append(f'<c r="{ref}" t="s"><v>{index[v]}</v></c>')
            out.append(f'<row r="{r}">{"".join(cells)}</row>')
        sheet_xml.append('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                         f'<sheetData>{"".join(out)}</sheetData></worksheet>')
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           f'count="{len(strings)}" uniqueCount="{len(strings)}">' + "".join(f'<si><t xml:space="preserve">{x(s)}</t></si>' for s in strings) + "</sst>")
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
              '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          + "".join(f'<sheet name="{x(n)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (n, _) in enumerate(sheets)) + "</sheets></workbook>")
    n = len(sheets)
    wb_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               + "".join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(n))
               + f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
               + f'<Relationship Id="rId{n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(n))
          + '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    root = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:creator>{x(author)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-10-20T08:00:00Z</dcterms:created></cp:coreProperties>')
    files = [("[Content_Types].xml", ct), ("_rels/.rels", root), ("docProps/core.xml", core), ("xl/workbook.xml", wb),
             ("xl/_rels/workbook.xml.rels", wb_rels), ("xl/styles.xml", styles), ("xl/sharedStrings.xml", sst)]
    files += [(f"xl/worksheets/sheet{i + 1}.xml", s) for i, s in enumerate(sheet_xml)]
    return zipped(files)


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3"')


def odf(kind, body, author):
    mime = {"text": "application/vnd.oasis.opendocument.text", "spreadsheet": "application/vnd.oasis.opendocument.spreadsheet"}[kind]
    content = f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODF_NS}><office:body><office:{kind}>{body}</office:{kind}></office:body></office:document-content>'
    meta = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {ODF_NS}><office:meta><meta:initial-creator>{x(author)}</meta:initial-creator>'
            f'<dc:creator>{x(author)}</dc:creator><dc:date>2026-10-21T11:00:00</dc:date></office:meta></office:document-meta>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    return zipped([("mimetype", mime), ("META-INF/manifest.xml", manifest), ("content.xml", content), ("meta.xml", meta)])


def odt(items, author):
    """items: ('p', text) | ('h', text) | ('table', rows)."""
    out = []
    for it in items:
        if it[0] == "p":
            out.append(f"<text:p>{x(it[1])}</text:p>")
        elif it[0] == "h":
            out.append(f'<text:h text:outline-level="1">{x(it[1])}</text:h>')
        else:
            rows = "".join("<table:table-row>" + "".join(f'<table:table-cell office:value-type="string"><text:p>{x(c)}</text:p></table:table-cell>' for c in row) + "</table:table-row>" for row in it[1])
            out.append(f'<table:table table:name="T{len(out)}"><table:table-column table:number-columns-repeated="{len(it[1][0])}"/>{rows}</table:table>')
    return odf("text", "".join(out), author)


def ods(sheets, author):
    out = []
    for name, rows in sheets:
        rs = []
        for row in rows:
            cells = []
            for v in row:
                if v is None or v == "":
                    cells.append("<table:table-cell/>")
                elif isinstance(v, dt.date):
                    cells.append(f'<table:table-cell office:value-type="date" office:date-value="{v.isoformat()}"><text:p>{v.strftime("%d/%m/%Y")}</text:p></table:table-cell>')
                elif isinstance(v, (int, float)):
                    cells.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
                else:
                    cells.append(f"<table:table-cell><text:p>{x(v)}</text:p></table:table-cell>")
            rs.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
        out.append(f'<table:table table:name="{x(name)}">{"".join(rs)}</table:table>')
    return odf("spreadsheet", "".join(out), author)


def rtf(paragraphs, author, title=""):
    def enc(s):
        o = []
        for ch in s:
            n = ord(ch)
            if ch in "\\{}":
                o.append("\\" + ch)
            elif n < 128:
                o.append(ch)
            else:
                o.append(f"\\u{n if n < 32768 else n - 65536}?")
        return "".join(o)
    body = "".join(f"{{\\pard {enc(p)}\\par}}\n" for p in paragraphs)
    return ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Calibri;}}\n"
            f"{{\\info{{\\title {enc(title)}}}{{\\author {enc(author)}}}}}\n\\f0\\fs22\n{body}}}\n").encode("ascii")


def pdf(lines, per_page=46):
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", None,
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for page in pages:
        ops = ["BT", "/F1 10 Tf", "13 TL", "56 790 Td"]
        for line in page:
            s = line.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            ops.append("(" + s.decode("latin-1") + ") Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1")
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content_no = len(objs)
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {content_no} 0 R >>")
        kids.append(len(objs))
    objs[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        body = o if isinstance(o, bytes) else o.encode("latin-1")
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def eml(headers, text, html=None, attachments=(), boundary="=_hb19_"):
    """headers: list of (name, value); attachments: list of (filename, mime type, bytes)."""
    head = "".join(f"{k}: {v}\n" for k, v in headers) + "MIME-Version: 1.0\n"
    alt = f"{boundary}alt"
    if html is None:
        inner_type = "text/plain; charset=utf-8"
        inner = f"Content-Type: {inner_type}\nContent-Transfer-Encoding: quoted-printable\n\n{qp(text)}\n"
    else:
        inner = (f'Content-Type: multipart/alternative; boundary="{alt}"\n\n'
                 f"--{alt}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{qp(text)}\n"
                 f"--{alt}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{qp(html)}\n--{alt}--\n")
    if not attachments:
        return (head + inner).encode("utf-8")
    mixed = f"{boundary}mix"
    out = head + f'Content-Type: multipart/mixed; boundary="{mixed}"\n\nThis is a multi-part message in MIME format.\n\n--{mixed}\n' + inner
    for fname, ctype, data in attachments:
        out += (f'\n--{mixed}\nContent-Type: {ctype}; name="{fname}"\nContent-Disposition: attachment; filename="{fname}"\n'
                f"Content-Transfer-Encoding: base64\n\n{b64(data)}\n")
    out += f"\n--{mixed}--\n"
    return out.encode("utf-8")


def mbox(messages):
    """messages: list of (from_line_addr, date_line, headers, body)."""
    out = []
    for addr, when, headers, body in messages:
        body = re.sub(r"(?m)^From ", ">From ", body)
        out.append(f"From {addr} {when}\n" + "".join(f"{k}: {v}\n" for k, v in headers)
                   + "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body.rstrip("\n") + "\n\n")
    return "".join(out).encode("utf-8")



# ---------------------------------------------------------------- documents

DOCS = []


def doc(fname):
    def register(f):
        DOCS.append((fname, f))
        return f
    return register


def lines(d, rows):
    return "\n".join(d.t(r) for r in rows) + "\n"


def table(d, rows, sep):
    return "\n".join(sep.join(d.t(c) for c in r) for r in rows) + "\n"


D = dt.date

# ======================================================= 1. employment tribunal claims office

ET_HEAD = "Northern Employment Tribunal Claims Office, 4th Floor, Quarry Yard Chambers, Leeds [[uk_postcode:LS1 9QY]]"


@doc("et-claim-summary.docx")
def _(d):
    body = [
        ("h", d.t("ET1 claim summary — case 6001847/2026")),
        ("table", [[d.t("Claimant"), d.t("Ms <<Niamh O'Sullivan-Reyes>>")],
                   [d.t("Date of birth"), d.t("[[date_of_birth:14/09/1987=>1987-09-14]]")],
                   [d.t("NI number"), d.t("[[uk_nino:QQ 41 72 09 B]]")],
                   [d.t("Address"), d.t("22 Brackenhurst Row, Otley [[uk_postcode:LS21 9XJ]]")],
                   [d.t("Telephone"), d.t("[[phone:07700 900 418]]")],
                   [d.t("Email"), d.t("[[email:niamh.osr@example.net]]")],
                   [d.t("Respondent"), d.t("{{Halliwell}} Dairies Ltd (trading as {{Pennine Churn}})")]]),
        ("p", d.t("Jurisdictions ticked: religion or belief discrimination; unfair dismissal.")),
        ("c", d.t("The claimant says that as a ((religious_belief:practising Catholic)) she asked not to be rostered before Sunday Mass and was refused on four occasions."), 0),
        ("fn", d.t("Ms <<O'Sullivan-Reyes>> was dismissed on 2 June 2026 after a disciplinary hearing chaired by <<Graham Pickersgill>>, the site manager."), 0),
        ("p", d.t("Early conciliation certificate R471022/26/11 was issued by Acas on 30 July 2026.")),
        ("p", d.t("Representative: <<Oluwaseun Bakare>> of Whitcliffe Law Centre, [[phone:0113 496 0712]].")),
    ]
    return docx(body, author=d.t("<<Priya Raghunathan>>"),
                header=[d.t(ET_HEAD)],
                footer=[d.t("Enquiries [[phone:0113 496 0700]] · [[email:leeds.claims@et-north.example.org]]")],
                footnotes=[d.t("Dismissal letter at page 14 of the bundle, signed <<G. Pickersgill>>.")],
                comments=[(d.t("<<Priya Raghunathan>>"), "PR", d.t("Check whether the Mass point goes to indirect discrimination too."))],
                title="ET1 summary")


@doc("et-case-tracker.xlsx")
def _(d):
    claims = [[d.t(h) for h in ["Case no", "Claimant", "Claimant DOB", "Respondent", "Jurisdiction", "Listed"]]]
    rows = [
        ("6001902/2026", "<<Marek Wiśniewski>>", D(1979, 3, 2), "Coldwell Logistics", "((racial_ethnic_origin:Race discrimination — Polish heritage)); harassment", D(2027, 1, 18)),
        ("6001911/2026", "<<Tobias Fairweather-Ng>>", D(1992, 11, 27), "{{Marsden & Hale}} Accountants", "((sex_life_orientation:Sexual orientation discrimination (gay)))", D(2027, 2, 3)),
        ("6001936/2026", "<<Sandra Oyelaran-Price>>", D(1968, 6, 9), "West Riding Buses", "((health:Disability discrimination — multiple sclerosis)); failure to adjust", D(2027, 2, 10)),
        ("6001940/2026", "<<Ieuan Prothero>>", D(1984, 1, 30), "Kirkgate Print Works", "((trade_union:Detriment — trade union activities (GMB workplace rep)))", D(2027, 3, 1)),
        ("6001955/2026", "<<Zainab Qureshi>>", D(1995, 8, 16), "Castlefield Opticians", "Unlawful deduction from wages", D(2027, 3, 8)),
    ]
    for r in rows:
        claims.append([d.t(r[0]), d.t(r[1]), r[2], d.t(r[3]), d.t(r[4]), r[5]])
    for r in rows:
        d.t("[[=date_of_birth:" + r[2].isoformat() + "]]")
    contacts = [[d.t("Field"), d.t("Value")],
                [d.t("Caseworker"), d.t("<<Ffion Llewellyn-Jones>>")],
                [d.t("Direct line"), d.t("[[phone:0113 496 0733]]")],
                [d.t("Mailbox"), d.t("[[email:ffion.llewellyn-jones@et-north.example.org]]")],
                [d.t("Regional judge"), d.t("Employment Judge <<Akintola>>")],
                [d.t("Last reviewed"), D(2026, 10, 30)]]
    return xlsx([("Claims", claims), ("Contacts", contacts)], author=d.t("<<Ffion Llewellyn-Jones>>"))


@doc("et-acas-conciliation.eml")
def _(d):
    att = lines(d, ["case,claimant,phone,issue",
                    "R471388/26/02,<<Delroy Chambers>>,[[phone:07700 900 562]],((health:depression and type 2 diabetes)) — adjustments refused",
                    "R471390/26/02,<<Hannah Brightwell>>,[[phone:+44 7700 900 563]],holiday pay"]).encode("utf-8")
    text = lines(d, [
        "Dear Mr <<Chambers>>,",
        "",
        "Thank you for calling the early conciliation line on 21 October. I have noted that your",
        "((health:dyslexia)) means you would prefer calls rather than letters, and that you have been",
        "signed off with ((health:work-related stress)) since August.",
        "",
        "Your prospective respondent is {{Brindley Castings}}; I will call their HR lead on Monday.",
        "",
        "Kind regards",
        "<<Rhiannon Vaughan>>",
        "Conciliator · [[phone:0161 496 0285]]",
    ])
    html = ("<html><body><p>Dear Mr " + d.t("<<Chambers>>") + ",</p><p>" +
            d.t("Thank you for calling the early conciliation line on 21 October. I have noted that your ((health:dyslexia)) means you would prefer calls rather than letters.") +
            "</p><p>" + d.t("Kind regards<br><<Rhiannon Vaughan>>") + "</p></body></html>")
    headers = [("From", d.t("<<Rhiannon Vaughan>> <[[email:r.vaughan@conciliation.example.org]]>")),
               ("To", d.t("<<Delroy Chambers>> <[[email:delroy.chambers77@example.com]]>")),
               ("Cc", d.t("Claims Office <[[email:leeds.claims@et-north.example.org]]>")),
               ("Subject", "Early conciliation R471388/26/02"),
               ("Date", "Wed, 22 Oct 2026 09:14:03 +0100"),
               ("Message-ID", "<ec-471388.1@conciliation.example.org>")]
    return eml(headers, text, html, [("ec-queue.csv", "text/csv", att)], boundary="=_et3_")


@doc("et-hearing-list.csv")
def _(d):
    return table(d, [
        ["Date", "Room", "Case", "Claimant", "Respondent", "Judge", "Type"],
        ["03/11/2026", "{{Kitson Room}}", "6001722/2026", "<<Abimbola Eze>>", "Harewood Care Homes Ltd", "EJ <<Cartwright-Lowe>>", "Preliminary hearing (disability status: ((health:long COVID)))"],
        ["03/11/2026", "Court 3", "6001764/2026", "<<Marlon Fairclough>>", "Skipton Rail Services", "EJ <<Akintola>>", "Full merits — ((racial_ethnic_origin:race discrimination; claimant is Black Caribbean))"],
        ["03/11/2026", "Court 2", "6001790/2026", "<<KOWALCZYK, Agnieszka>>", "{{Smith & Byrne}} Dental", "EJ <<Venkataraman>>", "Full merits"],
        ["04/11/2026", "Court 2", "6001811/2026", "<<Callum McTavish>>", "Leeds Bus Depot Ltd", "EJ <<Cartwright-Lowe>>", "Interim relief — ((trade_union:dismissed as Unite shop steward))"],
        ["04/11/2026", "{{Kitson Room}}", "6001833/2026", "<<Jean-Baptiste Mbemba>>", "Aire Valley Foods", "EJ <<Venkataraman>>", "Case management"],
    ], ",")


@doc("et-witness-statement.rtf")
def _(d):
    return rtf([d.t(p) for p in [
        "WITNESS STATEMENT OF <<ROBERT 'ROBBIE' DUNSMORE>>",
        "Case number 6001868/2026",
        "1. I am the claimant. I live at 9 Weaver's Fold, Huddersfield [[uk_postcode:HD1 9WF]] and I was born on 1st March 1976[[=date_of_birth:1976-03-01]].",
        "2. I was elected ((trade_union:health and safety rep for the CWU branch)) in 2023.",
        "3. After I raised the forklift issue my line manager, <<Dorota Zielińska>>, started calling me names about ((sex_life_orientation:my husband)) in front of the team.",
        "4. <<Dorota>> told <<Kenji Ashworth>> that \u201cthe union lot\u201d would be first out.",
        "5. The warehouse sits beside {{Ashworth Lane}}; the canteen notice about the {{Dunsmore Cup}} five-a-side is unrelated.",
        "Signed: <<R. Dunsmore>>   Date: 28 October 2026",
    ]], author=d.t("<<Robert Dunsmore>>"), title="Witness statement")


@doc("et-remedy-schedule.pdf")
def _(d):
    return pdf([d.t(l) for l in [
        "SCHEDULE OF LOSS — Claimant: Mrs <<Gwendolyn Achterberg>>",
        "Case 6001799/2026 v Bramhope Garden Centres Ltd",
        "Claimant's date of birth: 22.07.1971[[=date_of_birth:1971-07-22]]",
        "National Insurance number: [[uk_nino:QQ 60 31 88 A]]",
        "",
        "1. Basic award: 9 weeks x £643.00 = £5,787.00",
        "2. Loss of earnings 02/06/2026 to 02/11/2026: £11,420.50",
        "3. Injury to feelings (middle {{Vento}} band): £18,000.00",
        "   Supported by GP letter: ((health:moderate depressive episode, sertraline 100mg)).",
        "4. Pension loss: 3% employer contribution, 22 weeks",
        "",
        "Payment of any award to the claimant's account:",
        "Sort code: [[=uk_bank_account:309634:41886620]]30-96-34",
        "Account number: 41886620",
        "Payments from abroad: IBAN [[iban:GB29 NWBK 6016 1331 9268 19]]",
        "",
        "Prepared by <<Tomasz Wójcik>>, Kirkstall Advice Service, [[phone:0113 496 0941]]",
    ]])


@doc("et-judgment-register.jsonl")
def _(d):
    recs = [
        {"caseRef": "6001602/2026", "claimantName": "<<Aaliyah Brathwaite>>", "respondentName": "{{Fenwick}} Retail plc",
         "jurisdictionCodes": ["DDA", "UDL"], "summary": "Claimant's ((health:sickle cell disease)) a disability; dismissal unfair", "outcome": "Upheld"},
        {"caseRef": "6001655/2026", "claimantName": "<<Harjit Singh Sandhu>>", "respondentName": "Calder Security Services",
         "jurisdictionCodes": ["RBD"], "summary": "Requirement to remove ((religious_belief:his turban as an observant Sikh)) for a hard hat", "outcome": "Settled"},
        {"caseRef": "6001690/2026", "claimantName": "<<Eilidh MacAskill>>", "respondentName": "Saltaire Bakeries",
         "jurisdictionCodes": ["PID"], "summary": "Whistleblowing about flour dust; claim struck out", "outcome": "Dismissed"},
        {"caseRef": "6001704/2026", "claimantName": "<<Conor Ó Briain>>", "respondentName": "{{St Anne's Hospice}} Trading",
         "jurisdictionCodes": ["SXD"], "summary": "Dismissed after ((sex_life_orientation:coming out as bisexual)) at work", "outcome": "Upheld"},
        {"caseRef": "6001718/2026", "claimantName": "<<Philippa Carrick-Osei>>", "respondentName": "Wharfedale Insurance",
         "jurisdictionCodes": ["DDA"], "summary": "Selected for redundancy after disclosing ((genetic:a BRCA1 variant)) and ((health:planned risk-reducing mastectomy))", "outcome": "Upheld"},
    ]
    out = []
    for r in recs:
        out.append(json.dumps({k: (d.t(v) if isinstance(v, str) else v) for k, v in r.items()}, ensure_ascii=False))
    return "\n".join(out) + "\n"


@doc("et-reception-log.md")
def _(d):
    return lines(d, [
        "# Reception sign-in — Quarry Yard Chambers, week of 10 November 2026",
        "",
        "| Time | Visitor | With | Hearing room | Contact |",
        "|---|---|---|---|---|",
        "| 09:02 | <<Bernadette Fallowfield>> | claimant | {{Kitson Room}} | [[phone:07700 900 837]] |",
        "| 09:10 | <<J. Okonkwo-Hart>> | counsel for respondent | Court 2 | [[email:jokonkwohart@chambers.example.co.uk]] |",
        "| 09:31 | <<Lakshmi Iyer>> | interpreter (Tamil) | Court 2 | [[phone:020 7946 0581]] |",
        "| 09:45 | <<Shaun O'Dowd>> | ((trade_union:Unison regional organiser)) supporting claimant | Court 3 | — |",
        "",
        "Notes: the {{Ruskin}} lift is out of order; wheelchair users use the {{Marshall Street}} entrance.",
        "Lost property: a {{Paddington Bear}} keyring, handed to security ([[phone:0113 496 0799]]).",
    ])


# ======================================================= 2. pregnancy advisory service

@doc("pas-referral.txt")
def _(d):
    return lines(d, [
        "REFERRAL — Pennine Pregnancy Advisory Service (self-referral line [[phone:0161 496 0410]])",
        "",
        "Client: <<Keeley Armitage>>",
        "NHS no: [[nhs_number:999 115 8383]]",
        "She was born on the 3rd of April 1998[[=date_of_birth:1998-04-03]] and lives at Flat 6, Tanner's Court, Rochdale [[uk_postcode:OL16 9TQ]].",
        "Mobile [[phone:07700 900 214]] — safe to leave a voicemail: NO. Text only.",
        "",
        "((health:Pregnancy of 8+3 weeks by dating scan)); ((health:requests early medical abortion)).",
        "((health:Previous ectopic pregnancy 2022)); ((health:takes lamotrigine for epilepsy)).",
        "",
        "Referred by Dr <<Samira Haddad>>, Milnrow Health Centre ([[email:milnrow.practice@example.nhs.uk]]).",
        "Partner: not involved. Client asked that her mother, <<Lorraine>>, not be told.",
    ])


@doc("pas-appointments.tsv")
def _(d):
    return table(d, [
        ["Clinic", "Time", "Client", "DOB", "Gestation", "Pathway", "Contact"],
        ["Oldham", "09:20", "<<Chloé Marchetti>>", "[[date_of_birth:2001-12-05]]", "((health:6+1))", "((health:EMA telemedicine))", "[[phone:07700 900 603]]"],
        ["Oldham", "10:00", "<<Precious Nwachukwu>>", "[[date_of_birth:1994-02-19]]", "((health:11+4))", "((health:Vacuum aspiration under LA))", "[[phone:07700 900 604]]"],
        ["Bury", "11:30", "<<Rosie-Mae Whitlock>>", "[[date_of_birth:2007-07-30]]", "((health:9+0))", "((health:Counselling only — continuing pregnancy))", "[[phone:07700 900 605]]"],
        ["Bury", "13:15", "<<Nguyen Thi Hoa>>", "[[date_of_birth:1989-10-11]]", "—", "((health:Contraception review: implant fitting))", "[[phone:0161 496 0477]]"],
    ], "\t")


@doc("pas-callback.html")
def _(d):
    return lines(d, [
        "<!DOCTYPE html><html><head><title>Callback requests</title></head><body>",
        "<h1>Web callback requests — 17 October 2026</h1>",
        "<table border=\"1\"><tr><th>Received</th><th>Name given</th><th>Phone</th><th>Best time</th><th>Form IP</th></tr>",
        "<tr><td>07:55</td><td><<Bethan Griffiths>></td><td>[[phone:07700900388]]</td><td>after 6pm</td><td>[[ip_address:203.0.113.58]]</td></tr>",
        "<tr><td>08:40</td><td><<Ayesha>> (no surname given)</td><td>[[phone:+44 (0)7700 900389]]</td><td>lunchtime</td><td>[[ip_address:2001:db8:4f2::17]]</td></tr>",
        "</table>",
        "<h2>Triage notes</h2>",
        "<dl>",
        "<dt><<Bethan Griffiths>></dt><dd>((health:Positive home test, LMP 2 September)); wants to discuss options; asked about {{Bethan's Law}} leaflet — no such leaflet, explained.</dd>",
        "<dt><<Ayesha>></dt><dd>((health:Bleeding after medical abortion last week)); advised to attend A&amp;E if soaking two pads an hour.</dd>",
        "</dl>",
        "<p>Call handler: <<Marguerite Tinsley>></p>",
        "</body></html>",
    ])


@doc("pas-counselling-notes.odt")
def _(d):
    return odt([
        ("h", d.t("Decision counselling — session record")),
        ("table", [[d.t("Client"), d.t("<<Farhana Begum>>")], [d.t("D.O.B."), d.t("[[date_of_birth:03-Apr-81=>1981-04-03]]")],
                   [d.t("Counsellor"), d.t("<<Imogen Thackeray>>")]]),
        ("p", d.t("<<Farhana>> attended alone. ((health:She is 10 weeks pregnant with her fourth child)) and is undecided.")),
        ("p", d.t("She describes herself as ((religious_belief:a practising Muslim)) and worries her imam would disapprove; we talked about where she could find a faith-sensitive listener.")),
        ("p", d.t("Risk: none disclosed. No coercion from her husband, <<Shamsul>>, who knows of the appointment.")),
        ("p", d.t("Follow-up booked; text reminders to [[phone:07700 900 771]].")),
    ], author=d.t("<<Imogen Thackeray>>"))


@doc("pas-billing.xlsx")
def _(d):
    inv = [[d.t(h) for h in ["Invoice", "Patient", "Treatment date", "Procedure", "Amount", "Card (full — to purge)"]],
           [d.t("PP-20931"), d.t("<<Vivienne Carrow-Hayes>>"), D(2026, 9, 4), d.t("((health:Surgical termination, 13 weeks))"), 1180, d.t("[[payment_card:4000 0566 5566 5556]]")],
           [d.t("PP-20937"), d.t("<<Ingrid Solberg>>"), D(2026, 9, 11), d.t("((health:Coil fitting and STI screen))"), 240, d.t("[[payment_card:5555-5555-5555-4444]]")],
           [d.t("PP-20940"), d.t("<<Olamide Adeyemi>>"), D(2026, 9, 12), d.t("Consultation only"), 95, d.t("[[payment_card:378282246310005]]")]]
    addr = [[d.t("Patient"), d.t("Billing address"), d.t("Postcode")],
            [d.t("<<Vivienne Carrow-Hayes>>"), d.t("3 Larch Mews, Harrogate"), d.t("[[uk_postcode:HG1 9LN]]")],
            [d.t("<<Ingrid Solberg>>"), d.t("Flat 12, Pier House, Whitby"), d.t("[[uk_postcode:YO21 9PH]]")],
            [d.t("<<Olamide Adeyemi>>"), d.t("44 Gledhow Vale, Leeds"), d.t("[[uk_postcode:LS8 9GW]]")]]
    return xlsx([("Invoices", inv), ("Addresses", addr)], author=d.t("<<Stuart Bellingham>>"))


@doc("pas-clinic-mailbox.mbox")
def _(d):
    m1 = lines(d, [
        "Hi, it's <<Jade Kirkbride>> — I had the screen done at the Bury clinic on the 6th.",
        "Can someone ring me with the results on [[phone:07700 900 912]]? Not the landline please.",
        "<<Jade>>",
    ])
    m2 = lines(d, [
        "Dear <<Jade>>,",
        "Your result shows ((health:chlamydia)); treatment is a 7-day course of doxycycline, ready to collect.",
        "Our partner notification team will help you let ((sex_life_orientation:your two partners from the last month)) know, anonymously if you prefer.",
        "",
        "<<Olusegun Adebayo-Clarke>>, Sexual Health Adviser",
        "Pennine Pregnancy Advisory Service · [[phone:0161 496 0410]]",
        "",
        "> Can someone ring me with the results? Not the landline please.",
    ])
    m3 = lines(d, [
        "Thanks. Collected today. Can you not send letters to 18 Holt Street [[uk_postcode:BL9 9HS]]? My dad opens the post.",
        "<<J. Kirkbride>>",
    ])
    return mbox([
        ("jadek99@example.com", "Mon Oct 12 21:03:11 2026",
         [("From", d.t("<<Jade Kirkbride>> <[[email:jadek99@example.com]]>")), ("To", d.t("[[email:results@ppas.example.co.uk]]")),
          ("Subject", "results?"), ("Date", "Mon, 12 Oct 2026 21:03:11 +0100"), ("Message-ID", "<a1@mail.example.com>")], m1),
        ("results@ppas.example.co.uk", "Tue Oct 13 10:20:40 2026",
         [("From", d.t("Results team <[[email:results@ppas.example.co.uk]]>")), ("To", d.t("[[email:jadek99@example.com]]")),
          ("Subject", "Re: results?"), ("Date", "Tue, 13 Oct 2026 10:20:40 +0100"), ("Message-ID", "<r1@ppas.example.co.uk>"), ("In-Reply-To", "<a1@mail.example.com>")], m2),
        ("jadek99@example.com", "Tue Oct 13 18:44:02 2026",
         [("From", d.t("<<Jade Kirkbride>> <[[email:jadek99@example.com]]>")), ("To", d.t("[[email:results@ppas.example.co.uk]]")),
          ("Subject", "Re: Re: results?"), ("Date", "Tue, 13 Oct 2026 18:44:02 +0100"), ("Message-ID", "<a2@mail.example.com>"), ("In-Reply-To", "<r1@ppas.example.co.uk>")], m3),
    ])


@doc("pas-safeguarding.pdf")
def _(d):
    return pdf([d.t(l) for l in [
        "SAFEGUARDING RECORD — UNDER 16 (Fraser competence assessed)",
        "Young person: <<Tegan Holroyd-Baptiste>>   D.O.B. 11/02/2011[[=date_of_birth:2011-02-11]]",
        "Seen by: Nurse <<Abena Owusu>>, 14 October 2026",
        "",
        "((health:Pregnancy confirmed, approx. 7 weeks)). <<Tegan>> disclosed ((sex_life_orientation:a sexual relationship since the summer))",
        "with <<Liam Stocksfield>>, aged 19. Referral made to children's social care and police.",
        "Update 20/10: <<Stocksfield>> ((criminal_offence:was arrested and bailed pending investigation)).",
        "",
        "School nurse informed: <<Heather Pagett>> ([[email:h.pagett@schoolnursing.example.nhs.uk]]).",
        "MASH reference 26/11873. Duty line [[phone:0161 496 0999]].",
    ]])


@doc("pas-protest-incident.json")
def _(d):
    data = {"site": d.t("Pennine Pregnancy Advisory Service, Oldham clinic, [[uk_postcode:OL1 9PA]]"),
            "safeAccessZoneMetres": 150,
            "incidents": [
                {"loggedBy": d.t("<<Kerry-Ann Mellor>>"), "time": "2026-10-03T08:10",
                 "subjects": [{"displayName": d.t("<<Bartholomew Quigley>>"),
                               "observed": d.t("((religious_belief:praying the rosary)) at the gate with a ((political_opinion:Forty Days campaign placard))"),
                               "policeAction": d.t("((criminal_offence:arrested for breach of the safe access zone))")},
                              {"displayName": d.t("<<Greta Lindqvist>>"),
                               "observed": d.t("handing leaflets to patients; left when asked"),
                               "policeAction": d.t("none")}]},
                {"loggedBy": d.t("<<Kerry-Ann Mellor>>"), "time": "2026-10-10T08:05",
                 "subjects": [{"displayName": d.t("<<B. Quigley>>"),
                               "observed": d.t("outside the zone on {{Union Street}} with a {{St Patrick's Day}} banner from the parade"),
                               "policeAction": d.t("((criminal_offence:summons served))")}]}]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# ======================================================= 3. NHS sickle cell and thalassaemia service

@doc("scd-clinic-letter.docx")
def _(d):
    body = [
        ("p", d.t("Dear Dr <<Oyinlola>>,")),
        ("table", [[d.t("Patient"), d.t("<<ADEBAYO, Temitope Grace>>")], [d.t("NHS number"), d.t("[[nhs_number:9991237577]]")],
                   [d.t("DOB"), d.t("[[date_of_birth:1996-05-23]]")], [d.t("Address"), d.t("71 Chatsworth Road, Hackney, London [[uk_postcode:E5 9ZN]]")]]),
        ("p", d.t("Diagnosis: ((genetic:HbSS)) ((health:sickle cell disease)). Seen in the haemoglobinopathy clinic on 9 October 2026.")),
        ("p", d.t("<<Temitope>> has had ((health:three painful crises this year)), one needing admission to {{Mary Seacole Ward}}.")),
        ("c", d.t("We increased her ((health:hydroxycarbamide to 20 mg/kg)); FBC every 4 weeks."), 0),
        ("fn", d.t("Annual review booked for April; retinal screening is due."), 0),
        ("p", d.t("Yours sincerely,")),
        ("p", d.t("Dr <<Ifeoma Chukwuemeka-Lane>>, Consultant Haematologist")),
    ]
    return docx(body, author=d.t("<<Ifeoma Chukwuemeka-Lane>>"),
                header=[d.t("Haemoglobinopathy Service, Homerton Row Hospital, [[uk_postcode:E9 9HR]] · [[phone:020 7946 0320]]")],
                footer=[d.t("Secure replies: [[email:haem.secretaries@homerton-row.example.nhs.uk]]")],
                footnotes=[d.t("Transcranial Doppler is not indicated in adults.")],
                comments=[(d.t("<<Kofi Mensah-Bonsu>>"), "KM", d.t("Pharmacy checked interactions — <<Kofi>>"))],
                textbox=[d.t("Copy to patient: <<Temitope Adebayo>>, [[phone:07700 900 145]]")],
                title="Clinic letter")


@doc("scd-antenatal-screening.csv")
def _(d):
    return table(d, [
        ["Lab no", "Woman", "DOB", "Family origin (FOQ)", "Result", "Partner", "Partner result", "Action"],
        ["AN26-4471", "<<Fatoumata Diallo>>", "[[date_of_birth:02/08/1993=>1993-08-02]]", "((racial_ethnic_origin:Black African — Guinea))", "((genetic:HbAS (sickle carrier)))", "<<Ousmane Diallo>>", "((genetic:HbAC))", "Offer PND — 1 in 4 risk"],
        ["AN26-4480", "<<Eleni Papadopoulou>>", "[[date_of_birth:17/01/1990=>1990-01-17]]", "((racial_ethnic_origin:Greek Cypriot))", "((genetic:beta thalassaemia trait))", "<<Andreas Charalambous>>", "awaiting sample", "Chase partner"],
        ["AN26-4493", "<<Shabnam Chaudhry>>", "[[date_of_birth:30/11/1988=>1988-11-30]]", "((racial_ethnic_origin:Pakistani))", "Normal (HbAA)", "—", "—", "None"],
    ], ",")


@doc("scd-transfusion-register.xlsx")
def _(d):
    reg = [[d.t(h) for h in ["MRN", "Patient", "Date of birth", "Diagnosis", "Units / 4 wks", "Ferritin", "Chelation", "Next transfusion"]]]
    people = [("H448120", "<<Zahra Karimi>>", D(2004, 4, 8), "((genetic:beta thalassaemia major)) ((health:— transfusion dependent))", 3, 2140, "((health:deferasirox))", D(2026, 11, 6)),
              ("H448133", "<<Nikhil Parmar>>", D(1999, 12, 21), "((genetic:HbE/beta thalassaemia)) ((health:with splenomegaly))", 2, 1310, "((health:deferiprone))", D(2026, 11, 9)),
              ("H448157", "<<Chiamaka Obi>>", D(2010, 9, 1), "((genetic:HbSC)) ((health:stroke prevention exchange))", 4, 880, "none", D(2026, 11, 12))]
    for p in people:
        reg.append([d.t(p[0]), d.t(p[1]), p[2], d.t(p[3]), p[4], p[5], d.t(p[6]), p[7]])
        d.t("[[=date_of_birth:" + p[2].isoformat() + "]]")
    info = [[d.t("Register owner"), d.t("<<Lucinda Ferreira>>, transfusion practitioner")],
            [d.t("Bleep / phone"), d.t("[[phone:020 7946 0388]]")],
            [d.t("Blood bank"), d.t("[[email:bloodbank@homerton-row.example.nhs.uk]]")]]
    return xlsx([("Register", reg), ("About", info)], author=d.t("<<Lucinda Ferreira>>"))


@doc("scd-crisis-pathway.eml")
def _(d):
    note = lines(d, ["ED handover — <<Kwame Asante-Boateng>>, DOB 19/06/2000[[=date_of_birth:2000-06-19]]",
                     "((health:Sickle crisis: chest and back pain 9/10, SpO2 93%)); ((health:oramorph 10 mg given at 02:40)).",
                     "Individual care plan followed. Bed on {{Florence Ward}} requested."]).encode("utf-8")
    text = lines(d, [
        "Hi team,",
        "",
        "<<Kwame>> came in overnight in ((health:crisis)) — he waited 80 minutes for analgesia, which breaks the",
        "30-minute standard in his care plan. His sister <<Abena>> has asked for a call on [[phone:07700 900 731]].",
        "",
        "I've attached the ED handover. Please can the haem nurse specialist review by noon?",
        "",
        "<<Siobhan Geraghty>>",
        "ED Sister, Homerton Row · ext 4417 · [[phone:020 7946 0417]]",
    ])
    html = ("<p>Hi team,</p><p>" + d.t("<<Kwame>> came in overnight in ((health:crisis)) — he waited 80 minutes for analgesia.") +
            "</p><p>" + d.t("<<Siobhan Geraghty>>, ED Sister") + "</p>")
    headers = [("From", d.t("<<Siobhan Geraghty>> <[[email:siobhan.geraghty@homerton-row.example.nhs.uk]]>")),
               ("To", d.t("Haem CNS <[[email:haem.cns@homerton-row.example.nhs.uk]]>")),
               ("Cc", d.t("<<Ifeoma Chukwuemeka-Lane>> <[[email:i.chukwuemeka-lane@homerton-row.example.nhs.uk]]>")),
               ("Subject", "Delayed analgesia — sickle patient overnight"),
               ("Date", "Thu, 16 Oct 2026 07:52:10 +0100"), ("Message-ID", "<ed-4417@homerton-row.example.nhs.uk>")]
    return eml(headers, text, html, [("handover.txt", "text/plain", note)], boundary="=_scd4_")


@doc("scd-support-group.md")
def _(d):
    return lines(d, [
        "# Warriors' peer support evening — minutes, 1 October 2026",
        "",
        "Venue: {{St Barnabas}} community room (thanks to the {{Mary Seacole}} Trust for the room hire).",
        "Facilitator: <<Marcia Fontaine-Lewis>>",
        "",
        "| Member | Update |",
        "|---|---|",
        "| <<Tunde Afolabi>> | ((health:back at work after a six-week admission with acute chest syndrome)) |",
        "| <<Grace>> | ((health:started crizanlizumab infusions)); feels less tired |",
        "| <<Desmond Okafor-Reid>> | ((health:hip replacement for avascular necrosis)) booked for January |",
        "",
        "World Sickle Cell Day planning: {{Sickle Cell Awareness Month}} stall on {{Ridley Road}} market.",
        "Next meeting 5 November. Contact <<Marcia>> on [[phone:07700 900 650]] or [[email:warriors.group@example.org]].",
    ])


@doc("scd-newborn-screening.json")
def _(d):
    babies = [
        {"labNo": "NB26-19022", "babyName": d.t("Baby of <<Precious Mutasa>>"), "nhsNumber": d.t("[[nhs_number:9991316760]]"),
         "dateOfBirth": d.t("[[date_of_birth:2026-09-28]]"), "result": d.t("((genetic:FS — sickle cell disease)); ((health:penicillin prophylaxis started))"),
         "motherPostcode": d.t("[[uk_postcode:N17 9QS]]"), "healthVisitor": d.t("<<Janice Ridgeway>>")},
        {"labNo": "NB26-19041", "babyName": d.t("<<Amara Okeke>>"), "nhsNumber": d.t("[[nhs_number:999 139 5954]]"),
         "dateOfBirth": d.t("[[date_of_birth:2026-10-02]]"), "result": d.t("((genetic:FAS — carrier))"),
         "motherPostcode": d.t("[[uk_postcode:N15 9RB]]"), "healthVisitor": d.t("<<Janice Ridgeway>>")},
    ]
    return json.dumps({"programme": "Newborn bloodspot — haemoglobinopathies", "results": babies}, ensure_ascii=False, indent=2) + "\n"


@doc("scd-travel-letter.pdf")
def _(d):
    return pdf([d.t(l) for l in [
        "TO WHOM IT MAY CONCERN — FITNESS TO TRAVEL",
        "",
        "Re: Mr <<Emeka Nwosu>>, date of birth 4 March 1985[[=date_of_birth:1985-03-04]]",
        "Passport number: [[uk_passport:537194862]]",
        "",
        "Mr <<Nwosu>> has ((health:sickle cell disease)) and is under our care. He is flying to Lagos on",
        "12 December 2026 and must carry ((health:morphine sulfate tablets and folic acid)) in his hand luggage.",
        "He should be offered an aisle seat, extra fluids and supplemental oxygen if the cabin altitude is high.",
        "",
        "Dr <<Ifeoma Chukwuemeka-Lane>>",
        "Consultant Haematologist, Homerton Row Hospital, [[phone:020 7946 0320]]",
    ]])


@doc("scd-benefit-support.rtf")
def _(d):
    return rtf([d.t(p) for p in [
        "Haemoglobinopathy Service — letter in support of a PIP claim",
        "Claimant: Miss <<Rukiya Abdi Farah>>   NI number: [[uk_nino:QQ887213D]]",
        "Address: 5 Bellevue Court, Tottenham, [[uk_postcode:N17 9BD]]",
        "Miss <<Abdi Farah>> has ((health:sickle beta-zero thalassaemia)) with ((health:chronic leg ulcers and fatigue)). On a bad day she cannot walk 20 metres.",
        "She is supported by her aunt, <<Hodan>>, and by our social worker, <<Zoë Pemberton>>.",
        "Signed, <<Zoë Pemberton>>, Specialist Social Worker · [[email:zoe.pemberton@homerton-row.example.nhs.uk]]",
    ]], author=d.t("<<Zoë Pemberton>>"), title="PIP support letter")


# ======================================================= 4. residents' action group and environmental campaign

@doc("camp-arrestee-line-log.csv")
def _(d):
    return table(d, [
        ["Call time", "Arrestee", "Custody suite", "Alleged offence", "Solicitor", "Callback no.", "Needs"],
        ["2026-10-18 11:42", "<<Hazel Thornycroft>>", "Elland Road custody", "((criminal_offence:obstruction of the highway))", "{{Garside}} Crime Ltd", "[[phone:07700 900 301]]", "((health:needs her asthma inhaler))"],
        ["2026-10-18 11:50", "<<Rowan Achebe-Stirling>>", "Elland Road custody", "((criminal_offence:criminal damage (paint on depot gates)))", "{{Garside}} Crime Ltd", "[[phone:07700 900 302]]", "vegan meals"],
        ["2026-10-18 12:05", "<<Pádraig Ní Fhlannagáin>>", "Stainbeck custody", "((criminal_offence:locking on — aggravated trespass))", "duty solicitor", "[[phone:07700 900 303]]", "—"],
        ["2026-10-18 13:30", "<<Marnie>>", "unknown", "((criminal_offence:arrested, grounds unknown))", "—", "—", "call back when located"],
    ], ",") + lines(d, ["", "Line volunteers: <<Isla Farquharson>> (morning), <<Benedict Osei>> (afternoon). Line number [[phone:0113 496 0555]]."]) + \
        lines(d, ["All callers above were at the ((political_opinion:Stop the Hollin Lane Incinerator)) action; <<Hazel Thornycroft>>, <<Rowan Achebe-Stirling>>, <<Pádraig Ní Fhlannagáin>> and <<Marnie>> are on the campaign's arrestable list."])


@doc("camp-residents-petition.xlsx")
def _(d):
    rows = [[d.t(h) for h in ["No", "Name", "Address", "Postcode", "Email", "Signed"]]]
    ppl = [("<<Maureen Hebblethwaite>>", "12 Hollin Lane, Kirkstall", "[[uk_postcode:LS5 9HL]]", "[[email:mo.hebb@example.com]]", D(2026, 9, 12)),
           ("<<Yusuf Patel>>", "3 Vesper Gate Drive", "[[uk_postcode:LS5 9WG]]", "[[email:yusuf.patel@example.co.uk]]", D(2026, 9, 12)),
           ("<<O'NEILL, Bridget>>", "40 Morris Lane", "[[uk_postcode:LS5 9NR]]", "[[email:bridget.oneill@example.net]]", D(2026, 9, 13)),
           ("Dr <<Hamish Lockerbie>>", "7 Abbey Walk", "[[uk_postcode:LS5 9AW]]", "", D(2026, 9, 14))]
    for i, p in enumerate(ppl, 1):
        rows.append([i, d.t(p[0]), d.t(p[1]), d.t(p[2]), d.t(p[3]), p[4]])
    head = [[d.t("Petition"), d.t("((political_opinion:Kirkstall Residents Against the Incinerator)) — we, the undersigned, oppose planning application 26/04412/FU")],
            [d.t("Organiser"), d.t("<<Maureen Hebblethwaite>>")],
            [d.t("Hand-in"), d.t("To {{Councillor Question Time}}, Civic Hall, 4 December")],
            [d.t("Group account"), d.t("Sort code 40-47-78, account 72190044[[=uk_bank_account:404778:72190044]]")]]
    return xlsx([("About", head), ("Signatures", rows)], author=d.t("<<Maureen Hebblethwaite>>"))


@doc("camp-bail-conditions.eml")
def _(d):
    text = lines(d, [
        "Dear all,",
        "",
        "Update from the magistrates' court this morning:",
        "- <<Hazel Thornycroft>>: ((criminal_offence:charged with obstruction)); ((criminal_offence:bailed)) on condition she does not enter Hollin Lane.",
        "- <<Rowan Achebe-Stirling>>: ((criminal_offence:released under investigation)) for criminal damage.",
        "- <<Pádraig>>: ((criminal_offence:pleaded not guilty to aggravated trespass)); trial 14 January.",
        "",
        "<<Hazel>> was held 19 hours and ((health:had an asthma attack in the cell)); the custody nurse saw her.",
        "Please don't post any of this on the group chat.",
        "",
        "In solidarity,",
        "<<Isla Farquharson>>, arrestee support · [[phone:07700 900 498]]",
    ])
    headers = [("From", d.t("<<Isla Farquharson>> <[[email:isla.f@example.org]]>")),
               ("To", d.t("Legal support <[[email:legal@stophollinlane.example.org]]>")),
               ("Cc", d.t("<<Benedict Osei>> <[[email:ben.osei@example.com]]>")),
               ("Subject", "Court outcomes 20 Oct"), ("Date", "Mon, 20 Oct 2026 13:05:44 +0100"),
               ("Message-ID", "<bail-2010@example.org>")]
    return eml(headers, text, None, boundary="=_camp3_")


@doc("camp-committee-minutes.odt")
def _(d):
    return odt([
        ("h", d.t("Kirkstall Residents' Action Group — committee minutes, 7 October 2026")),
        ("p", d.t("Present: <<Maureen Hebblethwaite>> (chair), <<Aled Pryce-Williams>> (treasurer), <<Sunita Mehra>>, <<Gary Blenkinsop>>.")),
        ("p", d.t("Apologies: <<Winifred Okoro>>.")),
        ("p", d.t("1. Incinerator: the committee voted 4–0 to ((political_opinion:campaign against the Hollin Lane incinerator)) and to send a speaker to the planning panel.")),
        ("p", d.t("2. Treasurer's report: balance £1,212.40. Payments to the group's account, sort code 40-47-78 account 72190044[[=uk_bank_account:404778:72190044]]; card donations via the website are now live.")),
        ("p", d.t("3. The {{Abbey Mills}} open day and the {{Bramley Baths}} swim are on the 19th.")),
        ("p", d.t("4. <<Gary>> asked that his name not appear on leaflets as his employer is the waste contractor.")),
        ("table", [[d.t("Action"), d.t("Owner")], [d.t("Book room at the Kirkstall Institute"), d.t("<<Sunita Mehra>>")], [d.t("Press release"), d.t("<<Aled>>")]]),
    ], author=d.t("<<Aled Pryce-Williams>>"))


@doc("camp-legal-observer-notes.txt")
def _(d):
    return lines(d, [
        "LEGAL OBSERVER NOTES — Hollin Lane depot, Saturday 18 October 2026",
        "Observer: <<Cordelia Ashby-Nkemelu>> (LO badge 7), tel [[phone:07700 900 777]]",
        "",
        "11:31 Officers from the {{Tactical Aid Unit}} move in at the north gate.",
        "11:38 Woman in green coat (later named as <<Hazel Thornycroft>>) ((criminal_offence:arrested under s.137 Highways Act)).",
        "11:40 Young man with paint tin, <<Rowan>>, ((criminal_offence:arrested)) — officer shoulder no. 4471 (not an identifier).",
        "12:02 Man locked on to gate: <<P. Ní Fhlannagáin>>; cutting team arrive.",
        "12:30 {{Sergeant Pepper}} flag on the van roof removed by police; a {{Blue Peter}} badge poster too.",
        "",
        "Photos uploaded from [[ip_address:198.51.100.201]] to the shared drive at 13:00.",
    ])


@doc("camp-supporter-signup.jsonl")
def _(d):
    recs = [
        {"submitted": "2026-09-01T19:22:10Z", "supporter": {"firstName": d.t("<<Rhodri>>"), "lastName": d.t("<<Morgan-Tait>>")},
         "email": d.t("[[email:rhodri.mt@example.com]]"), "phone": d.t("[[phone:07700 900 855]]"),
         "roles": [d.t("((political_opinion:willing to risk arrest))"), "stewarding"], "ip": d.t("[[ip_address:192.0.2.144]]")},
        {"submitted": "2026-09-02T08:03:55Z", "supporter": {"firstName": d.t("<<Mei-Lin>>"), "lastName": d.t("<<Thackray>>")},
         "email": d.t("[[email:meilin.thackray@example.net]]"), "phone": d.t("[[phone:0113 496 0388]]"),
         "roles": [d.t("((political_opinion:campaign member — Stop the Hollin Lane Incinerator))"), "cake stall"], "ip": d.t("[[ip_address:2001:db8:7a::2c]]")},
        {"submitted": "2026-09-02T12:47:31Z", "supporter": {"firstName": d.t("<<Kwabena>>"), "lastName": d.t("<<Appiah>>")},
         "email": d.t("[[email:kappiah@example.org]]"), "phone": "",
         "roles": ["newsletter only"], "ip": d.t("[[ip_address:203.0.113.9]]")},
    ]
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n"


@doc("camp-court-support.html")
def _(d):
    return lines(d, [
        "<html><body><h1>Court support rota — Leeds Magistrates' Court</h1>",
        "<dl>",
        "<dt>14 January 2027, Court 6</dt><dd><<Pádraig Ní Fhlannagáin>> — ((criminal_offence:trial, aggravated trespass)). Supporters: <<Isla Farquharson>>, <<Mei-Lin Thackray>>.</dd>",
        "<dt>21 January 2027, Court 2</dt><dd><<Hazel Thornycroft>> — ((criminal_offence:first appearance, obstruction)). Supporter: <<Benedict Osei>>.</dd>",
        "</dl>",
        "<table><tr><th>Supporter</th><th>Phone</th></tr>",
        "<tr><td><<Isla Farquharson>></td><td>[[phone:07700 900 498]]</td></tr>",
        "<tr><td><<Mei-Lin Thackray>></td><td>[[phone:0113 496 0388]]</td></tr>",
        "<tr><td><<Benedict Osei>></td><td>[[phone:07700900 502]]</td></tr></table>",
        "<p>Meet at the {{Kirkgate}} café opposite; bring ID. Court is at Westgate, [[uk_postcode:LS1 9WG]].</p>",
        "</body></html>",
    ])


@doc("camp-donations.tsv")
def _(d):
    return table(d, [
        ["Date", "Donor", "Amount", "Method", "Gift Aid postcode", "Note"],
        ["2026-09-14", "<<Frances Ollerenshaw>>", "25.00", "card [[payment_card:4242 4242 4242 4242]]", "[[uk_postcode:LS6 9FQ]]", "((political_opinion:for the incinerator campaign legal fund))"],
        ["2026-09-15", "<<Tariq Mahmood>>", "10.00", "bank transfer 20-32-06 53977104[[=uk_bank_account:203206:53977104]]", "[[uk_postcode:LS4 9TN]]", "((political_opinion:keep fighting!))"],
        ["2026-09-15", "Anonymous", "50.00", "cash", "—", "bucket at the {{Hollin Lane}} gate"],
        ["2026-09-20", "<<Siân Edwards-Kaur>>", "15.00", "card [[payment_card:5105 1051 0510 5100]]", "[[uk_postcode:LS5 9SE]]", "((political_opinion:towards the arrestee bail fund))"],
    ], "\t")


# ======================================================= 5. police custody suite healthcare team

@doc("cust-healthcare-assessment.docx")
def _(d):
    body = [
        ("h", d.t("Custody healthcare assessment — Stainbeck Custody Suite")),
        ("table", [[d.t("Detainee"), d.t("<<HARGREAVES, Dean Kieran>>")], [d.t("Custody no."), d.t("WY-26-118402")],
                   [d.t("D.O.B."), d.t("[[date_of_birth:14.07.82=>1982-07-14]]")], [d.t("Reason for arrest"), d.t("((criminal_offence:Assault occasioning ABH (domestic)))")],
                   [d.t("Driving licence seen"), d.t("[[uk_driving_licence:HARGR807142DK9AB]]")]]),
        ("p", d.t("Seen by HCP <<Anjali Raman>> (RMN) at 03:15. <<Dean>> reports ((health:opiate dependence, on methadone 60 ml daily)) via the Kirkgate pharmacy.")),
        ("c", d.t("((health:Withdrawal score 9 (mild))); fit to detain and to interview with an appropriate adult not required."), 0),
        ("p", d.t("((health:Old self-harm scars left forearm)); denies current thoughts. Cell checks every 30 minutes, rousing.")),
        ("fn", d.t("Methadone given in custody at 08:10."), 0),
    ]
    return docx(body, author=d.t("<<Anjali Raman>>"),
                header=[d.t("OFFICIAL-SENSITIVE · Custody Healthcare · [[phone:0113 496 0260]]")],
                footer=[d.t("Healthcare provider: Aire Custody Health CIC, [[email:stainbeck.hcp@airecustody.example.nhs.uk]]")],
                footnotes=[d.t("Methadone dose confirmed with the pharmacy at 08:05 (<<Colin Greatorex>>, pharmacist).")],
                comments=[(d.t("Sgt <<Paul Ibbotson>>"), "PI", d.t("Noted — review at 07:00 before interview."))],
                title="HCP assessment")


@doc("cust-detainee-log.xlsx")
def _(d):
    log = [[d.t(h) for h in ["Cell", "Detainee", "DOB", "Arrested for", "Booked in", "Fit to detain", "Medication / needs"]]]
    ppl = [("C3", "<<Dean Hargreaves>>", D(1982, 7, 14), "((criminal_offence:ABH))", D(2026, 10, 24), "Yes", "((health:methadone 60 ml))"),
           ("C5", "<<Chidinma Okafor>>", D(1990, 3, 25), "((criminal_offence:shoplifting (3 counts)))", D(2026, 10, 24), "Yes", "((health:insulin — type 1 diabetes))"),
           ("C8", "<<Lukas Petrauskas>>", D(1977, 11, 2), "((criminal_offence:drink driving))", D(2026, 10, 24), "Not yet", "((health:intoxicated, rousing every 30 min))"),
           ("C11", "<<Tyrone Wellesley-Burke>>", D(2008, 5, 17), "((criminal_offence:possession with intent (cannabis)))", D(2026, 10, 25), "Yes", "juvenile — AA required")]
    for p in ppl:
        log.append([d.t(p[0]), d.t(p[1]), p[2], d.t(p[3]), p[4], d.t(p[5]), d.t(p[6])])
        d.t("[[=date_of_birth:" + p[2].isoformat() + "]]")
    ids = [[d.t("Detainee"), d.t("Document seen"), d.t("Number")],
           [d.t("<<Chidinma Okafor>>"), d.t("Driving licence"), d.t("[[uk_driving_licence:OKAFO953250C99XY]]")],
           [d.t("<<Lukas Petrauskas>>"), d.t("UK passport"), d.t("passport no. [[uk_passport:302716548]]")]]
    return xlsx([("Custody log", log), ("ID checks", ids)], author=d.t("<<Anjali Raman>>"))


@doc("cust-fme-handover.eml")
def _(d):
    text = lines(d, [
        "Handover from the night HCP to Dr <<Adaeze Oyelowo>> (FME on call).",
        "",
        "1. <<Chidinma Okafor>>, cell C5: ((health:BM 3.1 at 04:00, treated with glucose)); now 6.8. Eat before interview.",
        "2. <<Lukas Petrauskas>>, cell C8: ((criminal_offence:evidential breath test 71 µg)); ((health:head wound glued)).",
        "3. <<Dean Hargreaves>>: ((biometric:fingerprints taken on Livescan and matched to his PNC record)).",
        "   DNA swab taken (not a result — PACE sample only).",
        "",
        "Interpreter for <<Petrauskas>> (Lithuanian) requested through {{The Big Word}}.",
        "",
        "<<Anjali>>",
        "Aire Custody Health · [[phone:0113 496 0260]]",
    ])
    headers = [("From", d.t("<<Anjali Raman>> <[[email:anjali.raman@airecustody.example.nhs.uk]]>")),
               ("To", d.t("FME rota <[[email:fme.rota@airecustody.example.nhs.uk]]>")),
               ("Cc", d.t("Custody Inspector <[[email:custody.inspector@wypolice.example.org]]>")),
               ("Subject", "Stainbeck handover 25/10 07:00"), ("Date", "Sat, 25 Oct 2026 07:02:31 +0100"),
               ("Message-ID", "<handover-2510@airecustody.example.nhs.uk>")]
    html = "<html><body><pre>" + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</pre></body></html>"
    return eml(headers, text, html, boundary="=_cust3_")


@doc("cust-medication-chart.pdf")
def _(d):
    return pdf([d.t(l) for l in [
        "CUSTODY MEDICATION ADMINISTRATION RECORD",
        "Detainee: <<Chidinma Okafor>>     NHS no. [[nhs_number:999-147-5141]]     DOB 25 March 1990[[=date_of_birth:1990-03-25]]",
        "Custody no. WY-26-118417    Arrest: ((criminal_offence:theft from a shop x3))",
        "Allergies: ((health:penicillin (rash)))",
        "",
        "Time   Drug                              Dose    Given by",
        "22:10  ((health:Insulin glargine (own supply)))         18 u    <<A. Raman>>",
        "04:05  ((health:Glucose 40% gel))                 25 g    <<A. Raman>>",
        "07:40  ((health:Insulin aspart))                    6 u    <<M. Szymczak>>",
        "",
        "GP: Burley Park Surgery, [[phone:(0113) 496 0145=>+441134960145]]",
    ]])


@doc("cust-mental-health-triage.rtf")
def _(d):
    return rtf([d.t(p) for p in [
        "Liaison and Diversion — triage note",
        "Person: <<Rónán Mac Giolla Phádraig>>, born on the 9th of December 1994[[=date_of_birth:1994-12-09]]",
        "Brought in under ((health:section 136 of the Mental Health Act)) from the Headingley viaduct; this is a place of safety detention, not an arrest.",
        "((health:Known to the early intervention team with first-episode psychosis)); ((health:stopped aripiprazole three weeks ago)).",
        "Mother, <<Deirdre>>, on [[phone:+44 7700 900 318]].",
        "AMHP <<Lorna Featherstonehaugh>> assessed at 16:40; admitted informally to {{Becklin Centre}}.",
        "Triage by <<Grzegorz Nowakowski>>, L&D practitioner.",
    ]], author=d.t("<<Grzegorz Nowakowski>>"), title="L&D triage")


@doc("cust-interpreter-requests.csv")
def _(d):
    return table(d, [
        ["Custody no", "Detainee", "Language", "Arrest reason", "Welfare / faith needs", "Requested by"],
        ["WY-26-118430", "<<Mohammed Al-Amin Hossain>>", "Sylheti", "((criminal_offence:fraud by false representation))", "((religious_belief:Muslim — halal meals and a prayer mat, Qur'an requested))", "PC <<Harriet Voss>>"],
        ["WY-26-118436", "<<Andrei Popescu>>", "Romanian", "((criminal_offence:burglary dwelling))", "none", "PC <<Harriet Voss>>"],
        ["WY-26-118441", "<<Baljinder Kaur Gill>>", "Punjabi", "((criminal_offence:common assault))", "((religious_belief:Amritdhari Sikh — kirpan removed and logged, kara kept))", "DC <<Morrison>>"],
    ], ",")


@doc("cust-incident-mailbox.mbox")
def _(d):
    m1 = lines(d, ["Sir, at 02:20 detainee <<Jordan Pickles>> (cell C2, ((criminal_offence:arrested for robbery))) ((health:tied a ligature from his T-shirt)).",
                   "Cut down by PC <<Ewa Dąbrowska>>" + " within a minute; HCP attended. Constant observation since.",
                   "Sgt <<Paul Ibbotson>>"])
    m2 = lines(d, ["Thanks <<Paul>>. IOPC referral not required as no injury, but log it as a near miss.",
                   "Has the L&D team seen him? He ((health:was on the suicide prevention pathway last year)).",
                   "Insp. <<Nadia Rahman-Coyle>>", "", "> Cut down within a minute; HCP attended."])
    m3 = lines(d, ["L&D saw <<Jordan>> at 09:00 — referred to the crisis team. Mum informed on [[phone:01632 960 417]].",
                   "<<Grzegorz>>"])
    return mbox([
        ("sgt.ibbotson@wypolice.example.org", "Sun Oct 26 02:41:00 2026",
         [("From", d.t("<<Paul Ibbotson>> <[[email:sgt.ibbotson@wypolice.example.org]]>")), ("To", d.t("[[email:custody.inspector@wypolice.example.org]]")),
          ("Subject", "Near miss C2"), ("Date", "Sun, 26 Oct 2026 02:41:00 +0000"), ("Message-ID", "<nm1@wypolice.example.org>")], m1),
        ("custody.inspector@wypolice.example.org", "Sun Oct 26 07:15:12 2026",
         [("From", d.t("<<Nadia Rahman-Coyle>> <[[email:custody.inspector@wypolice.example.org]]>")), ("To", d.t("[[email:sgt.ibbotson@wypolice.example.org]]")),
          ("Subject", "Re: Near miss C2"), ("Date", "Sun, 26 Oct 2026 07:15:12 +0000"), ("Message-ID", "<nm2@wypolice.example.org>"), ("In-Reply-To", "<nm1@wypolice.example.org>")], m2),
        ("g.nowakowski@airecustody.example.nhs.uk", "Sun Oct 26 09:48:40 2026",
         [("From", d.t("<<Grzegorz Nowakowski>> <[[email:g.nowakowski@airecustody.example.nhs.uk]]>")), ("To", d.t("[[email:custody.inspector@wypolice.example.org]]")),
          ("Subject", "Re: Re: Near miss C2"), ("Date", "Sun, 26 Oct 2026 09:48:40 +0000"), ("Message-ID", "<nm3@airecustody.example.nhs.uk>"), ("In-Reply-To", "<nm2@wypolice.example.org>")], m3),
    ])


@doc("cust-livescan-audit.json")
def _(d):
    rows = [
        {"captureId": "LS-0091822", "subject": {"fullName": d.t("<<Andrei Popescu>>"), "dob": d.t("[[date_of_birth:1986-02-28]]")},
         "event": d.t("((biometric:ten-print and palm capture; IDENT1 match found))"), "custodyNo": "WY-26-118436",
         "operator": d.t("PC <<Harriet Voss>>"), "terminalIp": d.t("[[ip_address:198.51.100.77]]")},
        {"captureId": "LS-0091830", "subject": {"fullName": d.t("<<Baljinder Kaur Gill>>"), "dob": d.t("[[date_of_birth:1971-06-06]]")},
         "event": d.t("((biometric:ten-print capture; no match, new record created))"), "custodyNo": "WY-26-118441",
         "operator": d.t("DC <<Morrison>>"), "terminalIp": d.t("[[ip_address:198.51.100.77]]")},
        {"captureId": "LS-0091833", "subject": {"fullName": "TEST RECORD — engineer", "dob": "1900-01-01"},
         "event": "calibration", "custodyNo": "n/a", "operator": "Livescan support", "terminalIp": d.t("[[ip_address:198.51.100.78]]")},
    ]
    return json.dumps({"site": "Stainbeck", "captures": rows, "note": d.t("Both subjects ((criminal_offence:in custody on arrest))")}, ensure_ascii=False, indent=1) + "\n"


# ======================================================= 6. humanist celebrants and a gurdwara

@doc("faith-humanist-bookings.csv")
def _(d):
    return table(d, [
        ["Booking", "Ceremony", "Client(s)", "Date", "Venue", "Celebrant", "Phone", "Email"],
        ["HC-2611", "((religious_belief:Humanist wedding))", "<<Josephine Aldous>> & <<Femi Adeyinka>>", "2027-05-22", "{{The Lister Mill}}, Bradford", "<<Harriet Quayle>>", "[[phone:07700 900 120]]", "[[email:jo.and.femi@example.com]]"],
        ["HC-2614", "((religious_belief:Humanist naming ceremony)) for baby <<Wren>>", "<<Callum>> and <<Ashleigh Strachan-Oduya>>", "2026-12-06", "family garden, Ilkley [[uk_postcode:LS29 9SQ]]", "<<Harriet Quayle>>", "[[phone:01632 960 551]]", "[[email:strachan.oduya@example.net]]"],
        ["HC-2619", "((religious_belief:Humanist funeral)) — <<Norman Blackledge>> (deceased)", "daughter <<Pauline Blackledge>>", "2026-11-13", "{{Nab Wood}} Crematorium, West Chapel", "<<Idris Lewis-Adjei>>", "[[phone:07700 900 122]]", "[[email:pauline.blackledge@example.co.uk]]"],
        ["HC-2620", "Civil partnership celebration (non-religious, venue's own script)", "<<Rajveer Dhaliwal>> & <<Owen Price>>", "2027-06-12", "{{Salts Mill}}", "<<Idris Lewis-Adjei>>", "[[phone:07700 900 123]]", "—"],
    ], ",")


@doc("faith-celebrant-invoice.pdf")
def _(d):
    return pdf([d.t(l) for l in [
        "INVOICE 2026/117 — <<Harriet Quayle>>, accredited humanist celebrant",
        "14 Moorside Terrace, Baildon, [[uk_postcode:BD17 9NT]]  ·  [[phone:07700 900 124]]  ·  [[email:harriet@quayle-ceremonies.example.co.uk]]",
        "",
        "To: <<Josephine Aldous>> and <<Femi Adeyinka>>",
        "Ceremony: ((religious_belief:humanist wedding)), 22 May 2027 — deposit",
        "",
        "Writing and delivering your ceremony ........ £650.00",
        "Travel ...................................... £30.00",
        "Deposit due now (30%) ....................... £204.00",
        "",
        "Please pay by bank transfer:",
        "Account name: <<H Quayle>> Ceremonies",
        "Sort code: 60-83-71",
        "Account no: 19442036[[=uk_bank_account:608371:19442036]]",
        "From abroad: IBAN [[iban:GB33BUKB20201555555555]]",
        "Or by card on the website (we never store card numbers).",
    ]])


@doc("faith-gurdwara-marriage-register.xlsx")
def _(d):
    reg = [[d.t(h) for h in ["Entry", "Date of Anand Karaj", "Groom", "Groom DOB", "Bride", "Bride DOB", "Granthi", "Witnesses"]]]
    rows = [("AK-2026-031", D(2026, 8, 15), "<<Gurpreet Singh Bains>>", D(1993, 4, 1), "<<Simran Kaur Sohal>>", D(1995, 10, 19), "Bhai <<Amarjit Singh>>", "<<Kulwant Kaur Bains>>; <<Harbhajan Singh Sohal>>"),
            ("AK-2026-034", D(2026, 9, 5), "<<Manpreet Singh Johal>>", D(1990, 1, 12), "<<Navneet Kaur Rai>>", D(1992, 7, 7), "Bhai <<Amarjit Singh>>", "<<Jaswinder Rai>>; <<Ravinder Johal>>")]
    for r in rows:
        reg.append([d.t(r[0]), r[1], d.t(r[2]), r[3], d.t(r[4]), r[5], d.t(r[6]), d.t(r[7])])
        d.t("[[=date_of_birth:" + r[3].isoformat() + "]]")
        d.t("[[=date_of_birth:" + r[5].isoformat() + "]]")
    docs = [[d.t("Entry"), d.t("Spouse from overseas"), d.t("Passport"), d.t("Civil registration")],
            [d.t("AK-2026-034"), d.t("<<Navneet Kaur Rai>>"), d.t("[[uk_passport:123998457]]"), d.t("Register office, 3 September 2026")],
            [d.t("AK-2026-031"), d.t("n/a"), d.t("—"), d.t("Register office, 14 August 2026")]]
    note = [[d.t("Note"), d.t("Anand Karaj is performed only where both parties are ((religious_belief:Sikhs)); the register office marriage is the legal one.")],
            [d.t("Register kept by"), d.t("<<Sukhvinder Kaur Dhillon>>, secretary, [[phone:0121 496 0371]]")]]
    return xlsx([("Register", reg), ("Documents", docs), ("Notes", note)], author=d.t("<<Sukhvinder Kaur Dhillon>>"))


@doc("faith-langar-rota.md")
def _(d):
    return lines(d, [
        "# Langar sewa rota — Gurpurab week",
        "",
        "{{Guru Nanak Dev Ji}} Gurpurab falls on Wednesday; langar is open to everyone, as always.",
        "",
        "| Shift | ((religious_belief:Sewadars)) | Phone |",
        "|---|---|---|",
        "| Mon 05:00 rotis | <<Paramjit Kaur Sandhu>>, <<Harpal Singh Virdi>> | [[phone:07700 900 911]] |",
        "| Mon 17:00 dal | <<Jasleen>>, <<Taranjit Singh Ubhi>> | [[phone:0121 496 0372]] |",
        "| Wed all day | <<Kiran Bhogal>> (((health:coeliac — no chapati prep))) | [[phone:07700 900 913]] |",
        "",
        "Dry stores: Khalsa Cash & Carry, {{Soho Road}}. Please do not park in front of the {{Nishkam}} school gate.",
        "Co-ordinator: <<Harpal Singh Virdi>>.",
    ])


@doc("faith-funeral-planning.docx")
def _(d):
    body = [
        ("h", d.t("Funeral planning notes — <<Norman Blackledge>> (1941–2026)")),
        ("p", d.t("Family: daughter <<Pauline>>, son <<Kevin Blackledge>>, grandson <<Alfie>>.")),
        ("p", d.t("<<Norman>> was ((religious_belief:a lifelong humanist and member of Bradford Humanists)) and wanted no hymns or prayers.")),
        ("p", d.t("((health:He died of motor neurone disease)) at the {{Marie Curie}} hospice in {{Bradford}} on 30 October; the family want to thank the hospice nurses.")),
        ("c", d.t("Readings: {{Desiderata}} and the poem \u2018An Arundel Tomb\u2019."), 0),
        ("p", d.t("He was a ((trade_union:NUM branch secretary)) at Manvers for twenty years — <<Kevin>> will speak about the strike.")),
        ("p", d.t("Music out: \u2018{{Jerusalem}}\u2019 (brass band), chosen for the tune not the words.")),
    ]
    return docx(body, author=d.t("<<Idris Lewis-Adjei>>"),
                header=[d.t("Humanist Ceremonies Yorkshire · celebrant <<Idris Lewis-Adjei>> · [[phone:07700 900 125]]")],
                footer=[d.t("Confidential — family copy")],
                comments=[(d.t("<<Idris Lewis-Adjei>>"), "IL", d.t("Check spelling of Manvers colliery with <<Kevin>>."))],
                title="Funeral planning")


@doc("faith-gurdwara-committee.eml")
def _(d):
    text = lines(d, [
        "Sat Sri Akal ji,",
        "",
        "Minutes of the management committee, Sunday 19 October:",
        "",
        "1. Bhai <<Amarjit Singh>> (granthi) will lead the Akhand Path for the Gurpurab.",
        "2. New trustee: <<Inderjit Kaur Mann>>, ((religious_belief:an Amritdhari Sikh who took Amrit in 2019)), proposed by <<Sukhvinder>>.",
        "3. Safeguarding lead: Dr <<Harvinder Grewal>> — enhanced DBS check applied for (pending).",
        "4. Kitchen: <<Balbir Singh Kalsi>> ((health:is recovering from his heart bypass)), so <<Tejinder>> will lead the Wednesday team.",
        "",
        "Bank: Unity Trust, sort code 60-83-01, account 20197734[[=uk_bank_account:608301:20197734]] for the building fund.",
        "",
        "<<Sukhvinder Kaur Dhillon>>, secretary, [[phone:0121 496 0371]]",
    ])
    headers = [("From", d.t("<<Sukhvinder Kaur Dhillon>> <[[email:secretary@gurdwara-handsworth.example.org]]>")),
               ("To", d.t("Committee <[[email:committee@gurdwara-handsworth.example.org]]>")),
               ("Cc", d.t("<<Inderjit Kaur Mann>> <[[email:inderjit.mann@example.com]]>")),
               ("Subject", "Committee minutes 19/10"), ("Date", "Mon, 20 Oct 2026 20:11:09 +0100"),
               ("Message-ID", "<min-1910@gurdwara-handsworth.example.org>")]
    return eml(headers, text, None, boundary="=_faith6_")


@doc("faith-celebrant-enquiries.jsonl")
def _(d):
    recs = [
        {"received": "2026-10-02T21:14:00Z", "enquirerName": d.t("<<Lowri Bevan>>"), "email": d.t("[[email:lowri.bevan@example.org]]"),
         "message": d.t("We're ((religious_belief:both humanists)) and want a ceremony with no religious content, June 2027."), "clientIp": d.t("[[ip_address:192.0.2.87]]")},
        {"received": "2026-10-04T10:40:00Z", "enquirerName": d.t("<<Ahmed>> & <<Sophie>>"), "email": d.t("[[email:ahmedandsophie@example.com]]"),
         "message": d.t("Mixed-faith families — can you include a reading from the Qur'an for <<Ahmed>>'s side, ((religious_belief:as he is Muslim))?"), "clientIp": d.t("[[ip_address:2001:db8:c0::5]]")},
        {"received": "2026-10-05T16:02:00Z", "enquirerName": d.t("Events team, {{Harewood House}}"), "email": d.t("[[email:events@harewood-venue.example.co.uk]]"),
         "message": "Please add us to your list of approved venues.", "clientIp": d.t("[[ip_address:203.0.113.200]]")},
    ]
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n"


@doc("faith-kitchen-hygiene.ods")
def _(d):
    rows = [[d.t(h) for h in ["Sewadar", "Food hygiene level", "Certificate date", "Health declaration", "Mobile", "Sewa hours (Oct)"]],
            [d.t("<<Paramjit Kaur Sandhu>>"), d.t("Level 2"), D(2025, 3, 8), d.t("fit"), d.t("[[phone:07700 900 911]]"), 22.5],
            [d.t("<<Taranjit Singh Ubhi>>"), d.t("Level 2"), D(2026, 1, 20), d.t("((health:off 48 h after norovirus, back 14/10))"), d.t("[[phone:07700 900 914]]"), 9],
            [d.t("<<Kiran Bhogal>>"), d.t("Level 3"), D(2024, 11, 2), d.t("((health:hepatitis B vaccinated; coeliac))"), d.t("[[phone:07700 900 913]]"), 31]]
    about = [[d.t("Kitchen lead"), d.t("<<Harpal Singh Virdi>>")],
             [d.t("EHO visit"), d.t("Food hygiene rating 5 — {{Birmingham}} City Council")],
             [d.t("Sewa"), d.t("Sewadars serve ((religious_belief:as part of their Sikh practice)); the langar feeds 600 people on a Sunday.")]]
    return ods([("Training", rows), ("About", about)], author=d.t("<<Harpal Singh Virdi>>"))


# ======================================================= 7. university fitness-to-study panel

@doc("fts-panel-referral.docx")
def _(d):
    body = [
        ("h", d.t("Fitness to Study — referral (Stage 2)")),
        ("table", [[d.t("Student"), d.t("<<Saoirse Delahunty-Mbeki>>")], [d.t("Student number"), d.t("20418836")],
                   [d.t("Date of birth"), d.t("DOB 3/4/2004[[=date_of_birth:2004-04-03]]")], [d.t("Programme"), d.t("BSc Physiotherapy, year 2")],
                   [d.t("Term address"), d.t("Room 14, Brontë House, [[uk_postcode:LS2 9BH]]")], [d.t("Referred by"), d.t("Dr <<Magnus Ellingham>>" + ", personal tutor")]]),
        ("p", d.t("Concern: ((health:significant weight loss; restrictive eating disorder diagnosed by the university GP in June)).")),
        ("p", d.t("Attendance evidence: ((biometric:face-match exam check-in)) shows <<Saoirse>> missed four of six assessments.")),
        ("c", d.t("Placement provider withdrew her from the {{St James's}} placement because ((health:she fainted twice on the ward))."), 0),
        ("p", d.t("Stage 1 meeting with <<Saoirse>> and her mother, <<Maeve>>, on 12 October agreed a support plan, which has not held.")),
        ("fn", d.t("The panel is asked to consider an interruption of studies."), 0),
    ]
    return docx(body, author=d.t("<<Magnus Ellingham>>"),
                header=[d.t("Student Wellbeing Service · [[phone:+44 113 496 0618]] · [[email:fitness.to.study@aire-uni.example.ac.uk]]")],
                footer=[d.t("Sensitive: do not forward to the School office")],
                footnotes=[d.t("Under the Fitness to Study procedure, section 5.2 (not a disciplinary process).")],
                comments=[(d.t("<<Bronwen Tudor-Hale>>"), "BT", d.t("Clinical advice from the eating disorder service requested — <<Bronwen>>"))],
                title="FtS referral")


@doc("fts-panel-minutes.odt")
def _(d):
    return odt([
        ("h", d.t("Fitness to Study Panel — 29 October 2026 (closed)")),
        ("p", d.t("Panel: Prof <<Anneliese Vorster>> (chair), <<Bronwen Tudor-Hale>> (Head of Wellbeing), Dr <<Ravi Subramanian>> (School of Law).")),
        ("p", d.t("Case A: <<Saoirse Delahunty-Mbeki>> attended with <<Maeve Delahunty>>. ((health:Eating disorder; BMI below placement threshold)). Outcome: interruption of studies for one year.")),
        ("p", d.t("Case B: <<Yiannis Koutsoukos>>, LLB year 3. ((health:Bipolar disorder; recent manic episode with hospital admission)). He also ((criminal_offence:accepted a police caution for possession of cocaine)) in September.")),
        ("p", d.t("The panel noted that a caution is not of itself a fitness-to-study matter; referred to the SRA character and suitability guidance.")),
        ("p", d.t("Outcome B: return with a support plan; review in March. Letter to be sent to [[email:y.koutsoukos@student.aire-uni.example.ac.uk]].")),
        ("table", [[d.t("Action"), d.t("Owner")], [d.t("Outcome letters"), d.t("<<Bronwen Tudor-Hale>>")], [d.t("Fee refund query"), d.t("{{Student Money}} team")]]),
    ], author=d.t("<<Bronwen Tudor-Hale>>"))


@doc("fts-case-list.xlsx")
def _(d):
    cases = [[d.t(h) for h in ["Case", "Student", "DOB", "School", "Concern", "Stage", "Opened"]]]
    rows = [("FTS-26-014", "<<Saoirse Delahunty-Mbeki>>", D(2004, 4, 3), "Healthcare", "((health:Eating disorder))", "Panel", D(2026, 6, 20)),
            ("FTS-26-019", "<<Yiannis Koutsoukos>>", D(2002, 8, 30), "Law", "((health:Bipolar disorder — relapse))", "Panel", D(2026, 9, 21)),
            ("FTS-26-022", "<<Hamza Siddiqui>>", D(2005, 1, 15), "Engineering", "((health:Non-attendance; depression))", "Stage 1", D(2026, 10, 6)),
            ("FTS-26-023", "<<Eun-ji Park>>", D(2003, 12, 24), "Music", "((health:Self-harm disclosed to hall warden))", "Stage 1", D(2026, 10, 17))]
    for r in rows:
        cases.append([d.t(r[0]), d.t(r[1]), r[2], d.t(r[3]), d.t(r[4]), d.t(r[5]), r[6]])
        d.t("[[=date_of_birth:" + r[2].isoformat() + "]]")
    kv = [[d.t("Owner"), d.t("<<Bronwen Tudor-Hale>>")], [d.t("Phone"), d.t("[[phone:0113 496 0618]]")],
          [d.t("Retention"), d.t("6 years after the student leaves")], [d.t("Open cases"), 4]]
    return xlsx([("Cases", cases), ("Register details", kv)], author=d.t("<<Bronwen Tudor-Hale>>"))


@doc("fts-student-email.eml")
def _(d):
    letter = lines(d, ["Aire Medical Practice, 2 Woodhouse Square, Leeds [[uk_postcode:LS3 9WS]]",
                       "To whom it may concern",
                       "<<Eun-ji Park>> (d.o.b. 24.12.03[[=date_of_birth:2003-12-24]]) has ((health:autism spectrum condition)) and ((health:generalised anxiety)).",
                       "She would benefit from extensions and a quiet exam room.",
                       "Dr <<Alasdair Crombie>>, GP"]).encode("utf-8")
    text = lines(d, [
        "Dear Ms <<Tudor-Hale>>,",
        "",
        "I got the Stage 1 letter. I'm scared this means I'll be kicked off the course. The hall warden",
        "found me after I ((health:had cut my arm)) but I'm seeing the counselling service now.",
        "",
        "My GP letter about my ((health:autism)) is attached. My phone is [[phone:07700 900 684]].",
        "",
        "<<Eun-ji>>",
    ])
    html = "<p>" + d.t("Dear Ms <<Tudor-Hale>>,") + "</p><p>" + d.t("My GP letter about my ((health:autism)) is attached.") + "</p><p>" + d.t("<<Eun-ji Park>>") + "</p>"
    headers = [("From", d.t("<<Eun-ji Park>> <[[email:e.park23@student.aire-uni.example.ac.uk]]>")),
               ("To", d.t("[[email:fitness.to.study@aire-uni.example.ac.uk]]")),
               ("Cc", d.t("<<Hyun-woo Park>> <[[email:hw.park@example.com]]>")),
               ("Subject", "Stage 1 meeting"), ("Date", "Fri, 24 Oct 2026 23:48:15 +0100"), ("Message-ID", "<ejp-2410@student.aire-uni.example.ac.uk>")]
    return eml(headers, text, html, [("gp-letter.txt", "text/plain", letter)], boundary="=_fts4_")


@doc("fts-support-plan.html")
def _(d):
    return lines(d, [
        "<html><head><title>Support plan</title></head><body>",
        "<h1>Return-to-study support plan</h1>",
        "<dl>",
        "<dt>Student</dt><dd><<Oluwatobi Adesanya-Grant>></dd>",
        "<dt>Date of birth</dt><dd>[[date_of_birth:2001-06-11]]</dd>",
        "<dt>Condition</dt><dd>((health:Epilepsy (focal seizures), on levetiracetam))</dd>",
        "<dt>Emergency contact</dt><dd><<Bisi Adesanya>> (mother), [[phone:020 7946 0612]]</dd>",
        "</dl>",
        "<table border=\"1\"><tr><th>Adjustment</th><th>Agreed by</th></tr>",
        "<tr><td>No lone working in the labs</td><td>Dr <<Eamon Whelan>></td></tr>",
        "<tr><td>Rest breaks in exams</td><td>{{Disability Services}}</td></tr></table>",
        "<p>The {{Parkinson Building}} lift is the step-free route to the exam hall.</p>",
        "</body></html>",
    ])


@doc("fts-return-to-study.pdf")
def _(d):
    return pdf([d.t(l) for l in [
        "Aire University — Student Wellbeing Service",
        "",
        "Mr <<Hamza Siddiqui>>",
        "Flat 3, 88 Hyde Park Road, Leeds [[uk_postcode:LS6 9HP]]",
        "",
        "Dear Mr <<Siddiqui>>,",
        "",
        "Thank you for meeting us on 4 November. We were glad to hear that ((health:your depression has improved))",
        "since starting ((health:sertraline)) and that you have re-engaged with your modules.",
        "",
        "The Stage 1 process is now closed. If you need us, ring [[phone:0113 496 0618]].",
        "",
        "Yours sincerely,",
        "<<Bronwen Tudor-Hale>>, Head of Wellbeing",
    ]])


@doc("fts-records-export.json")
def _(d):
    recs = [
        {"studentForename": d.t("<<Yiannis>>"), "studentSurname": d.t("<<Koutsoukos>>"), "dob": d.t("[[date_of_birth:2002-08-30]]"),
         "concernCategory": d.t("((health:Mental health — bipolar))"), "conduct": d.t("((criminal_offence:Police caution (drugs), Sept 2026))"),
         "hallPostcode": d.t("[[uk_postcode:LS6 9QL]]"), "personalEmail": d.t("[[email:yiannis.k@example.net]]")},
        {"studentForename": d.t("<<Hamza>>"), "studentSurname": d.t("<<Siddiqui>>"), "dob": d.t("[[date_of_birth:2005-01-15]]"),
         "concernCategory": d.t("((health:Mental health — depression))"), "conduct": "none",
         "hallPostcode": d.t("[[uk_postcode:LS6 9HP]]"), "personalEmail": d.t("[[email:hamza.siddiqui05@example.com]]")},
    ]
    return json.dumps({"exportedBy": d.t("<<Bronwen Tudor-Hale>>"), "exportedAt": "2026-11-05T09:00:00Z", "records": recs}, ensure_ascii=False, indent=2) + "\n"


@doc("fts-hall-warden-notes.txt")
def _(d):
    return lines(d, [
        "HALL WARDEN LOG — Brontë House, weekend 17–19 October 2026",
        "",
        "Fri 23:40  Noise complaint, flat 2. Party broken up. No names taken.",
        "Sat 02:15  <<Eun-ji Park>> found in the laundry ((health:with cuts to her forearm)); first aid, ambulance not needed.",
        "           Wellbeing on-call (<<Aisling Byrne>>) informed. Student agreed to a Stage 1 referral.",
        "Sat 21:30  <<Connor Ratcliffe-Oyelaran>> (flat 7) ((health:collapsed after taking ketamine)); ambulance called.",
        "Sun 10:05  Police attended re flat 7: <<Connor>> ((criminal_offence:arrested on suspicion of supplying)) — released on bail.",
        "Sun 16:00  Fire alarm test. The {{Brontë House}} crest in the foyer has been re-hung.",
        "",
        "Warden: <<Tomás Ó Riordáin>>, mobile [[phone:07700 900 617]]",
    ])


# ======================================================= 8. housing co-operative allocations

@doc("coop-application.docx")
def _(d):
    body = [
        ("h", d.t("Membership and housing application — Calder Vale Housing Co-operative")),
        ("table", [[d.t("Applicant"), d.t("Mrs <<Rosalind Achterberg-Mwale>>")], [d.t("Date of birth"), d.t("1978-02-14[[=date_of_birth:1978-02-14]]")],
                   [d.t("NI number"), d.t("[[uk_nino:QQ 12 50 73 C]]")], [d.t("Current address"), d.t("2 Canal Cottages, Hebden Bridge [[uk_postcode:HX7 9EE]]")],
                   [d.t("Driving licence"), d.t("[[uk_driving_licence:ACHTE752148RA9LT]]")],
                   [d.t("Household"), d.t("Applicant, husband <<Chikondi Mwale>>, son <<Tadala>> (14)")],
                   [d.t("Bank sort code"), d.t("07-04-36")], [d.t("Account number"), d.t("61092258[[=uk_bank_account:070436:61092258]]")]]),
        ("p", d.t("Medical priority claimed: yes — ((health:applicant has multiple sclerosis and uses a wheelchair outdoors)).")),
        ("c", d.t("Ground-floor flat 4 at {{Gibson Mill}} Row would suit; needs a level-access shower."), 0),
        ("p", d.t("I declare the information is true. Signed <<R. Achterberg-Mwale>>, 1 October 2026.")),
    ]
    return docx(body, author=d.t("<<Deborah Sutcliffe>>"),
                header=[d.t("Calder Vale Housing Co-operative Ltd · [[phone:0113 496 0071]]")],
                footer=[d.t("Allocations: [[email:allocations@caldervale-coop.example.org]]")],
                comments=[(d.t("<<Deborah Sutcliffe>>"), "DS", d.t("OT report requested from <<Philippa Ngata>>."))],
                textbox=[d.t("Office use: received by <<Deborah>>, 02/10/2026")],
                title="Application")


@doc("coop-medical-priority-panel.xlsx")
def _(d):
    score = [[d.t(h) for h in ["Applicant", "DOB", "Condition (as evidenced)", "Points", "Band", "Decision date"]]]
    rows = [("<<Rosalind Achterberg-Mwale>>", D(1978, 2, 14), "((health:MS, wheelchair user outdoors))", 40, "A", D(2026, 10, 22)),
            ("<<Sean Fitzgerald>>", D(1969, 9, 3), "((health:COPD; cannot manage stairs))", 30, "A", D(2026, 10, 22)),
            ("<<Amina Yusuf-Haddad>>", D(1987, 5, 26), "((health:Son has cerebral palsy)) — adaptations needed", 30, "A", D(2026, 10, 22)),
            ("<<Ludmila Horáková>>", D(1958, 12, 1), "No medical need evidenced", 0, "C", D(2026, 10, 22))]
    for r in rows:
        score.append([d.t(r[0]), r[1], d.t(r[2]), r[3], d.t(r[4]), r[5]])
        d.t("[[=date_of_birth:" + r[1].isoformat() + "]]")
    dd = [[d.t("Member"), d.t("Sort code"), d.t("Account"), d.t("Rent per week")],
          [d.t("<<Sean Fitzgerald>>"), d.t("20-00-00"), d.t("55779911"), 98.5],
          [d.t("<<Ludmila Horáková>>"), d.t("40-11-62"), d.t("03829161"), 104.0]]
    d.t("[[=uk_bank_account:200000:55779911]][[=uk_bank_account:401162:03829161]]")
    return xlsx([("Scoring", score), ("Rent DD", dd)], author=d.t("<<Deborah Sutcliffe>>"))


@doc("coop-allocations-meeting.mbox")
def _(d):
    m1 = lines(d, ["Folks — before Thursday's general meeting: flat 4 goes to <<Rosalind>>'s household on medical points,",
                   "and flat 9 to <<Sean Fitzgerald>>. Any objections to me?",
                   "<<Deborah>>"])
    m2 = lines(d, ["One thing for the closed session: <<Sean>> declared ((criminal_offence:an unspent conviction for burglary (2023))).",
                   "Our policy says we consider it but it isn't an automatic bar. Can we discuss without minuting his name?",
                   "<<Marcus Oyediran>>", "", "> flat 9 to <<Sean Fitzgerald>>"])
    m3 = lines(d, ["Agree with <<Marcus>>. Also <<Sean>>'s ((health:oxygen concentrator)) needs a socket by the bed — I'll tell the repairs team.",
                   "<<Priyanka Venkatesh>>"])
    return mbox([
        ("allocations@caldervale-coop.example.org", "Mon Oct 27 18:00:05 2026",
         [("From", d.t("<<Deborah Sutcliffe>> <[[email:allocations@caldervale-coop.example.org]]>")), ("To", d.t("[[email:members@caldervale-coop.example.org]]")),
          ("Subject", "Allocations for Thursday"), ("Date", "Mon, 27 Oct 2026 18:00:05 +0000"), ("Message-ID", "<al1@caldervale-coop.example.org>")], m1),
        ("marcus.oyediran@example.com", "Mon Oct 27 19:12:44 2026",
         [("From", d.t("<<Marcus Oyediran>> <[[email:marcus.oyediran@example.com]]>")), ("To", d.t("[[email:members@caldervale-coop.example.org]]")),
          ("Subject", "Re: Allocations for Thursday"), ("Date", "Mon, 27 Oct 2026 19:12:44 +0000"), ("Message-ID", "<mo1@example.com>"), ("In-Reply-To", "<al1@caldervale-coop.example.org>")], m2),
        ("p.venkatesh@example.net", "Mon Oct 27 20:30:19 2026",
         [("From", d.t("<<Priyanka Venkatesh>> <[[email:p.venkatesh@example.net]]>")), ("To", d.t("[[email:members@caldervale-coop.example.org]]")),
          ("Subject", "Re: Allocations for Thursday"), ("Date", "Mon, 27 Oct 2026 20:30:19 +0000"), ("Message-ID", "<pv1@example.net>"), ("In-Reply-To", "<mo1@example.com>")], m3),
    ])


@doc("coop-waiting-list.csv")
def _(d):
    return table(d, [
        ["Pos", "Applicant", "Household", "Band", "Medical points", "Notes", "Phone", "Ethnicity (monitoring)"],
        ["1", "<<ACHTERBERG-MWALE, Rosalind>>", "3", "A", "40", "((health:wheelchair user))", "[[phone:07700 900 241]]", "((racial_ethnic_origin:Black African — Malawian))"],
        ["2", "<<FITZGERALD, Sean>>", "1", "A", "30", "((health:COPD))", "[[phone:07700 900 242]]", "((racial_ethnic_origin:White Irish))"],
        ["3", "<<YUSUF-HADDAD, Amina>>", "4", "A", "30", "((health:child with CP))", "[[phone:0113 496 0243]]", "Prefer not to say"],
        ["4", "<<HORÁKOVÁ, Ludmila>>", "1", "C", "0", "prefers {{Mytholmroyd}}", "[[phone:07700 900 244]]", "((racial_ethnic_origin:White Other — Czech))"],
        ["5", "<<Li Wei>>", "2", "B", "0", "overcrowded (lives above the {{Mr Men}} toy shop with four relatives)", "[[phone:07700 900 245]]", "((racial_ethnic_origin:Chinese))"],
    ], ",")


@doc("coop-ot-report.pdf")
def _(d):
    return pdf([d.t(l) for l in [
        "OCCUPATIONAL THERAPY HOUSING ASSESSMENT",
        "Client: <<Amina Yusuf-Haddad>> on behalf of her son <<Idris Yusuf-Haddad>> (born 05/09/2015)[[=date_of_birth:2015-09-05]]",
        "NHS number (child): [[nhs_number:9991554335]]",
        "",
        "<<Idris>> ((health:has bilateral spastic cerebral palsy (GMFCS level IV))) and uses a powered wheelchair.",
        "He needs a ground-floor bedroom, a ceiling track hoist and a wet room.",
        "The current flat at 19 Fairfield Court, Todmorden [[uk_postcode:OL14 9FD]] cannot be adapted.",
        "",
        "<<Philippa Ngata>>, Occupational Therapist (HCPC OT61204)",
        "Calderdale Community OT · [[phone:0113 496 0248]] · [[email:ot.housing@calderdale-ot.example.nhs.uk]]",
    ]])


@doc("coop-member-directory.ods")
def _(d):
    rows = [[d.t(h) for h in ["Flat", "Member", "Role", "Phone", "Email"]],
            [d.t("1"), d.t("<<Marcus Oyediran>>"), d.t("Chair; ((trade_union:UNISON branch steward at the hospital))"), d.t("[[phone:07700 900 331]]"), d.t("[[email:marcus.oyediran@example.com]]")],
            [d.t("2"), d.t("<<Priyanka Venkatesh>>"), d.t("Secretary"), d.t("[[phone:+447700900332]]"), d.t("[[email:p.venkatesh@example.net]]")],
            [d.t("5"), d.t("<<Dafydd ap Rhys>>"), d.t("Maintenance"), d.t("[[phone:0113 496 0335]]"), d.t("—")],
            [d.t("7"), d.t("<<Deborah Sutcliffe>>"), d.t("Allocations (paid, 2 days)"), d.t("[[phone:0113 496 0071]]"), d.t("[[email:allocations@caldervale-coop.example.org]]")]]
    about = [[d.t("Registered office"), d.t("The Old Dye Works, Hebden Bridge [[uk_postcode:HX7 9DW]]")],
             [d.t("Society no."), d.t("31544R (FCA mutuals register)")],
             [d.t("Door entry"), d.t("<<Marcus Oyediran>> and <<Dafydd ap Rhys>> ((biometric:enrolled on the fingerprint door reader)); everyone else uses fobs")],
             [d.t("Affiliations"), d.t("Confederation of Co-operative Housing; {{Unison}} and {{Unite}} members welcome at socials")]]
    return ods([("Directory", rows), ("About", about)], author=d.t("<<Priyanka Venkatesh>>"))


@doc("coop-rent-arrears.rtf")
def _(d):
    return rtf([d.t(p) for p in [
        "Calder Vale Housing Co-operative — rent account letter",
        "To: Mr <<Dafydd ap Rhys>>, Flat 5, The Old Dye Works, Hebden Bridge [[uk_postcode:HX7 9DW]]",
        "Dear <<Dafydd>>,",
        "Universal Credit housing costs: NI number [[uk_nino:QQ 73 40 19 D]], claim reference UC-88412907.",
        "Your rent account is £412.00 in arrears. We know this follows ((health:your two months in hospital after the stroke)), so there will be no charge for late payment.",
        "You can pay by card over the phone (e.g. the card ending 1111 you used before — full number on file: [[payment_card:4111 1111 1111 1111]]) or by transfer to IBAN [[iban:GB82 WEST 1234 5698 7654 32]].",
        "Direct Debit form: Sort code |08-92-99| Account number |65432190|[[=uk_bank_account:089299:65432190]]",
        "With best wishes, <<Priyanka Venkatesh>>, Secretary",
    ]], author=d.t("<<Priyanka Venkatesh>>"), title="Rent account")


@doc("coop-repairs-portal.jsonl")
def _(d):
    recs = [
        {"ticket": 5581, "tenantDisplayName": d.t("<<Amina Y-H>>"), "contact": d.t("[[phone:0113 496 0243]]"), "flat": 12,
         "request": d.t("Hoist track bracket loose in my son's room — he ((health:can't transfer without it))"), "ip": d.t("[[ip_address:203.0.113.41]]")},
        {"ticket": 5583, "tenantDisplayName": d.t("<<Dafydd ap R.>>"), "contact": d.t("[[email:dafydd.aprhys@example.co.uk]]"), "flat": 5,
         "request": d.t("Grab rail by the bath please — ((health:my left side is still weak since the stroke))"), "ip": d.t("[[ip_address:2001:db8:ff00::1e]]")},
        {"ticket": 5590, "tenantDisplayName": "Office", "contact": "", "flat": 0,
         "request": d.t("Boiler at the {{Weavers' Hall}} is 'sick' again — engineer booked"), "ip": d.t("[[ip_address:192.0.2.10]]")},
    ]
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n"


# ======================================================= policy, guidance and training texts (about no one)

@doc("policy-et-claims-data-retention.md")
def _(d):
    return lines(d, [
        "# Claims office: retention and handling of claim files",
        "",
        "Claim forms often describe protected characteristics: religion or belief, sexual orientation,",
        "disability, race and trade union activity. Treat every claim file as containing special category data.",
        "",
        "| Record | Keep for | Then |",
        "|---|---|---|",
        "| ET1 and ET3 forms | 6 years after final hearing | destroy securely |",
        "| Medical evidence on disability status | until the preliminary hearing decides it | return or destroy |",
        "| Hearing lists | 1 year | delete |",
        "",
        "Public judgments are published; anonymisation orders (rule 50) must be applied before publication.",
        "Questions: [[email:leeds.claims@et-north.example.org]] or [[phone:0113 496 0700]].",
    ])


@doc("training-pas-confidentiality.txt")
def _(d):
    return lines(d, [
        "TRAINING NOTE — Confidentiality for young clients",
        "",
        "Under-16s can consent to contraception, sexual health and abortion care if they are",
        "competent under the Fraser guidelines and Gillick competence. Record your assessment.",
        "",
        "Share information without consent only where there is a risk of serious harm, and say so",
        "in the record. Do not leave voicemails unless the client has agreed a safe number.",
        "",
        "Protest activity near clinics: staff should not engage; safe access zones make",
        "interference an offence, and the police decide what action to take.",
        "",
        "Service line for staff questions: [[phone:0161 496 0400]].",
    ])


@doc("policy-scd-screening-privacy.html")
def _(d):
    return lines(d, [
        "<html><head><title>Privacy notice — haemoglobinopathy screening</title></head><body>",
        "<h1>How we use your information</h1>",
        "<p>Antenatal and newborn screening for sickle cell disease and thalassaemia uses a family origin",
        "questionnaire, because some carrier states are more common in families from particular regions.</p>",
        "<dl><dt>What we hold</dt><dd>screening results, carrier status, and the treatment plan if a condition is found</dd>",
        "<dt>Who sees it</dt><dd>your midwife, GP, health visitor and the specialist haemoglobinopathy team</dd>",
        "<dt>How long</dt><dd>results are kept for the life of the programme's records</dd></dl>",
        "<p>Write to the Data Protection Officer, Homerton Row Hospital, [[uk_postcode:E9 9HR]], or email [[email:dpo@homerton-row.example.nhs.uk]].</p>",
        "</body></html>",
    ])


@doc("training-camp-arrestee-line.pdf")
def _(d):
    return pdf([d.t(l) for l in [
        "ARRESTEE SUPPORT LINE — VOLUNTEER BRIEFING",
        "",
        "1. Write down only what you need: the custody suite, the time, and whether a solicitor is on the way.",
        "2. Never record the reason for someone's arrest in the group chat or on social media.",
        "3. Do not ask callers about their health unless they raise it; if they do, pass it to the",
        "   custody nurse via the solicitor.",
        "4. Bail conditions are confidential; send them only to the legal team mailbox.",
        "5. The line is for everyone, whether or not they support the campaign.",
        "",
        "Legal team: [[email:legal@stophollinlane.example.org]]  ·  line [[phone:0113 496 0555]]",
    ]])


@doc("policy-custody-healthcare-records.docx")
def _(d):
    body = [
        ("h", d.t("Custody healthcare records: standard operating procedure")),
        ("p", d.t("Healthcare professionals record assessments in the clinical system, not on the custody record.")),
        ("p", d.t("Only information needed for the detainee's safe detention (fitness to detain, interview, observation level) is shared with the custody sergeant.")),
        ("table", [[d.t("Information"), d.t("Shared with police?")],
                   [d.t("Medication times"), d.t("Yes — timings only")],
                   [d.t("Diagnoses"), d.t("No, unless needed for safety")],
                   [d.t("Fingerprint or DNA sampling"), d.t("Police process; not a health record")]]),
        ("fn", d.t("This procedure is reviewed every two years."), 0),
    ]
    return docx(body, author=d.t("Aire Custody Health CIC"), header=[d.t("Policy CH-07 · version 3")],
                footer=[d.t("Clinical governance: [[email:governance@airecustody.example.nhs.uk]]")],
                footnotes=[d.t("See the national custody healthcare commissioning specification.")], title="SOP")


@doc("policy-faith-ceremony-records.odt")
def _(d):
    return odt([
        ("h", d.t("Ceremony records and privacy")),
        ("p", d.t("Booking a humanist ceremony, or a marriage at the gurdwara, can reveal a belief. Keep booking records for two years after the ceremony and then delete them.")),
        ("p", d.t("Marriage registers kept by a place of worship are permanent records; the legal registration is made separately at the register office.")),
        ("p", d.t("Langar is served to everyone who comes, whatever their faith; volunteer rotas should hold only names and phone numbers.")),
        ("table", [[d.t("Record"), d.t("Retention")], [d.t("Enquiries"), d.t("12 months")], [d.t("Bookings and scripts"), d.t("2 years")], [d.t("Register"), d.t("Permanent")]]),
    ], author=d.t("Humanist Ceremonies Yorkshire"))


@doc("training-fts-panel.rtf")
def _(d):
    return rtf([d.t(p) for p in [
        "Fitness to Study panels — training for panel members",
        "A fitness-to-study process is supportive, not disciplinary. Panels consider whether a student can engage with study and community life safely.",
        "Typical concerns include mental health crises, eating disorders, self-harm and substance misuse; a police matter goes to the conduct procedure instead.",
        "Panel members must declare any conflict and must not discuss cases outside the panel.",
        "Contact the panel secretary at [[email:fitness.to.study@aire-uni.example.ac.uk]].",
    ]], author=d.t("Student Wellbeing Service"), title="Panel training")


@doc("policy-coop-medical-priority.tsv")
def _(d):
    return table(d, [
        ["Criterion", "Points", "Evidence needed"],
        ["Cannot use stairs because of a health condition or disability", "30", "GP or OT letter"],
        ["Wheelchair user indoors or outdoors", "40", "OT assessment"],
        ["Home cannot be adapted for a household member's needs", "30", "OT assessment"],
        ["Mental health made worse by current housing", "20", "letter from the treating clinician"],
        ["Unspent convictions", "0", "considered case by case; never an automatic bar"],
        ["Questions", "—", "[[email:allocations@caldervale-coop.example.org]]"],
    ], "\t")


# ---------------------------------------------------------------- main

def main():
    here = Path(__file__).resolve().parent
    out = here / "docs"
    labels, problems = [], []
    built = []
    for fname, make in DOCS:
        d = Doc(fname)
        data = make(d)
        if isinstance(data, str):
            data = data.encode("utf-8")
        negative = fname.startswith(("policy-", "training-"))
        problems += [f"{fname}: {p}" for p in d.problems(negative)]
        labels.append(d.label())
        built.append((fname, data))
    names = [f for f, _ in DOCS]
    if len(set(names)) != len(names):
        problems.append("duplicate document names")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        raise SystemExit(f"{len(problems)} problems; nothing written")
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    for fname, data in built:
        (out / fname).write_bytes(data)
    labels.sort(key=lambda l: l["doc"])
    with open(here / "labels.jsonl", "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    kinds, cats = {}, {}
    for l in labels:
        for k, _ in l["ids"]:
            kinds[k] = kinds.get(k, 0) + 1
        for c in l["categories"]:
            cats[c] = cats.get(c, 0) + 1
    neg = sum(1 for l in labels if l["doc"].startswith(("policy-", "training-")))
    print(f"{len(labels)} documents ({neg} negative), {sum(len(l['names']) for l in labels)} name labels, "
          f"{sum(kinds.values())} identifier labels")
    print("identifiers: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))))
    print("documents per category: " + ", ".join(f"{c} {cats[c]}" for c in CATEGORIES if c in cats))
    exts = {}
    for l in labels:
        e = l["doc"].rsplit(".", 1)[1]
        exts[e] = exts.get(e, 0) + 1
    print("formats: " + ", ".join(f"{e} {n}" for e, n in sorted(exts.items())))


if __name__ == "__main__":
    main()
