#!/usr/bin/env python3
"""Fourteenth blind held-out evaluation set for dpscan (tests/eval/heldout14).

72 synthetic documents from eight kinds of organisation no earlier set covers: a council Blue Badge
assessment team (bb-), an NHS speech and language therapy service (slt-), a council leaving-care team
(lc-), a dementia day centre (ddc-), NHS 111 and GP out-of-hours (ooh-), a nursing regulator's
fitness-to-practise panel (ftp-), a theatre company's casting and diversity monitoring (cast-) and a
council housing benefit and council tax reduction team (hb-). One document of each (policy-*,
training-*) is policy or training prose that names no one and reveals no category about anyone.

Run `python3 tests/eval/heldout14/generate.py`: it deletes and rewrites docs/ and labels.jsonl and prints
the totals. Standard library only; nothing is random (every value is written by hand), zip members carry
one fixed timestamp, MIME boundaries are fixed, JSON keeps insertion order: output is byte-identical on
every run and under any PYTHONHASHSEED.

Markup (the labels are the spans that write the text):
  <<name>>                      a person's name, labelled exactly as written (titles stay outside)
  [[kind:written]]              an identifier, normalised by `normalise` (CONTRACT.md's forms)
  [[kind:written=>normalised]]  an identifier with its normalised value given (dates of birth)
  [[=kind:value]]               a label only, for a value the text spreads over cells or lines
                                (sort code and account) or types as a number (Excel/ODS dates)
  ((category:words))            words revealing a special category about a named person in the document
  {{words}}                     a deliberate distractor (firms, places, characters named like people)
Kinds: nino, bank, iban, card, email, phone, pc (postcode), nhs, dob, passport, dl, ip.

Self-checks (a document failing any is refused, listing every problem):
  - every part (3+ letters) of a labelled name, as written or in capitals, occurring anywhere in the
    document's text lies inside a labelled mention, a recorded distractor or an email address;
  - no name label starts with a title; no doubled or edge whitespace in a name label;
  - no markup left in the text;
  - every email address, QQ NINO, documentation IP, postcode, Ofcom drama-range phone number and
    999-range NHS number written in the text is inside a labelled identifier;
  - each labelled value validates: Luhn for cards, mod 11 and the 999 range for NHS numbers, mod 97
    for IBANs, QQ prefix for NINOs, example domains for emails, documentation ranges for IPs, 13
    characters for +44 numbers, 16-character DVLA shape for licences, real calendar dates;
  - policy-* and training-* documents name no one and carry no category.
Message-ID and In-Reply-To headers, mbox "From " lines and attachment file names are not labelled
(the "From " line repeats the sender's labelled address).

Judgement calls (heldout11's conventions, plus):
  - names: titles (Mr, Mrs, Ms, Dr, Cllr, Sgt, Father, MS/MRS/MR in a transcript) are left out; a nickname
    inside a name ('Winifred "Win" Aspinall', 'Bartholomew "Barty" Ekwueme') is part of the name as
    written, a nickname before it ('"Big" Tony Ruddock') is not; "SURNAME, Given", "Surname Given" in a
    system column, "Surname Initial" ("Nuttall B") and initials with surname ("T. G. Adewale-Price") are
    names; a login ("siqbal01") is not; a document author, comment author and mail display name are;
    "Patient A", a team display name ("OOH Handover") and an organisation are not;
  - distractors: play characters (Algernon, Lady Bracknell, Cecily, Lane, Merriman) are not people;
    firms, pubs, buildings and streets named like people (Fennimore Blyth LLP, Nigel Fairclough School
    of Motoring, Garside Management, Probert Consulting, the Duke of Lancaster, Ackroyd Terrace) are not;
    a hoax caller's nursery-rhyme name ("Doctor Foster") is not; Earl Grey, Victoria sponge, Queen
    Mother, St Patrick, King Edward's are not;
  - health: a Blue Badge applicant's stated condition or walking difficulty, a child's Blue Badge for
    medical equipment, a stammer, aphasia, dysphagia, autism, a voice disorder, pregnancy, a fall with
    an injury, a PIP/DLA award stated with its condition, a wheelchair user, an addiction, a disability
    answer on a monitoring form, a diet stated as diabetic; a language spoken (Sylheti, Punjabi,
    Tigrinya), a nationality, being a care leaver or a former UASC, a Blue Badge number and "No pork
    (preference)" are nothing;
  - genetic: a 22q11.2 deletion, a predictive Huntington's test, a PSEN1 variant, factor V Leiden,
    sickle cell trait found in booking bloods (carrier status; sickle cell disease itself is health);
  - biometric: fingerprint clock-in enrolment (a member of staff who declined is not labelled on that
    account), a voiceprint used for telephone identity checks, a selfie face-match to a photo, palm-vein
    stage-door entry; booking a biometric residence permit renewal (fingerprints at UKVCAS) is nothing;
  - religious belief: halal or kosher meals stated as observance, receiving Holy Communion, a puja
    room, Orthodox church attendance, fasting for Lent, a Methodist local preacher, a monitoring answer;
  - political opinion: party membership, candidacy or office (a Green Party councillor or candidate, a
    Conservative association chair, Labour leafleting), arrest for criticising a government (that arrest
    abroad is labelled political, not criminal offence); a councillor copied into a mail, party unnamed, is nothing;
  - racial or ethnic origin: monitoring answers (a claim form's, a mother's answer for her child), a
    complainant's own statement of being Black African, Irish Traveller heritage; Romanian or Polish nationality is nothing;
  - trade union: Unite, UNISON, GMB membership or a rep role, an RCN officer representing a nurse,
    Equity membership numbers, a former NUM branch secretary; RCSLT and HCPC registration are nothing;
  - sex life or orientation: monitoring answers (Heterosexual too), a PEP request naming a male partner,
    a stated gay or bisexual identity, a sexual relationship with a patient's relative;
  - criminal offence: arrest, charge, caution, conviction, sentence, remand, licence, prosecution for
    badge misuse, benefit fraud conviction, being "in custody"; being a victim of an unnamed person's offence (fleeing
    domestic abuse) is nothing; the nursing regulator's "misconduct" is nothing;
  - identifiers: every identifier written is labelled, the organisations' own phones, postcodes and
    mailboxes too; a date of birth is labelled only where stated as one (a DOB column, "born", "D.O.B.",
    an Excel or ODS date cell in a DOB column); two-digit years ("14-Feb-47", "03-Apr-81") are read as
    19xx; a sort code and account number are one bank label however they are split; registration
    numbers (NMC PIN, GMC, HCPC), badge numbers, claim and case references, Equity numbers, an EUSS
    letter number and a Romanian ID card number are not identifiers of the contract; a card's last four
    digits are not a card number.
"""

import base64
import datetime as dt
import io
import ipaddress
import json
import os
import quopri
import re
import shutil
import sys
import zipfile
from collections import Counter
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
TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Rev", "Revd", "Fr", "Sr", "Cllr", "PC", "DC", "Sgt", "Sir", "Father")
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
                for form in sorted({p, p.upper()}):
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
    """pages: list of str (lines split on newlines), Helvetica, WinAnsi; objects 1-3 are the catalog,
    the page tree and the font, then a page and its content stream per page."""
    page_ids, bodies, n = [], [], 4
    for page in pages:
        ops = ["BT", "/F1 10 Tf", "14 TL", "50 800 Td"]
        for ln in d.r(page).split("\n"):
            text = ln.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            ops.append("(" + text.decode("latin-1") + ") Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1")
        page_ids.append(n)
        bodies.append((n, f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {n + 1} 0 R >>".encode()))
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


HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = []


def doc(name):
    def wrap(f):
        DOCS.append((name, f))
        return f
    return wrap


def lab(d, kind, value):
    """A label for a value the text writes in a typed cell (an Excel date serial, a number)."""
    d.r(f"[[={kind}:{value}]]")


# ============================================================ A. Blue Badge assessment team
BB_FOOT = "Calderbrook Council Blue Badge Service, Civic Centre, Moor Lane, [[pc:HX1 1UJ]] · [[phone:0113 496 0310]]"


@doc("bb-application-form.docx")
def _(d):
    return docx(d, [
        "Blue Badge application — applicant details (section 1)",
        ("table", [
            ["Surname", "<<HEPPLEWHITE>>"],
            ["Forename(s)", "<<Doreen Margaret>>"],
            ["D.O.B.", "[[dob:14-Feb-47=>1947-02-14]]"],
            ["National Insurance no.", "[[nino:QQ 41 72 09 C]]"],
            ["Address", "17 Ackroyd Terrace, Sowerby Bridge [[pc:HX6 2QT]]"],
            ["Daytime phone", "[[phone:0113 496 0871]]"],
            ["Email", "[[email:d.hepplewhite@example.net]]"],
            ["Qualifying route", "Further assessment (walking)"],
        ]),
        "Section 4 — about your condition: [cmt1]((health:Severe COPD, on home oxygen 15 hours a day)); cannot walk 50 metres without stopping.[/cmt]",
        "Medication: ((health:tiotropium inhaler and prednisolone)) during flare-ups.[fn1]",
        "Who helped you fill in this form? My son <<Keith Hepplewhite>> ([[phone:07700 900 318]]).",
        "Declaration signed: <<D. M. Hepplewhite>>   Date: 03/02/2026",
    ], author="<<Nkechi Adeyemi-Brown>>", title="Blue Badge application BB/26/00417",
        header=["Calderbrook Council — Blue Badge Service — OFFICIAL-SENSITIVE"],
        footer=[BB_FOOT],
        footnotes=["Applicant brought the repeat prescription list to the desk; copy scanned by <<Gareth Pryce>>."],
        comments=[("<<Nkechi Adeyemi-Brown>>", "NA", "Oxygen use alone meets the walking criterion — fast track. NA-B")])


@doc("bb-assessment-log.xlsx")
def _(d):
    for v in ("1939-08-30", "1961-01-05", "1988-12-19", "1954-06-02", "2011-04-23"):
        lab(d, "dob", v)
    return xlsx(d, [
        ("Assessments", [
            ["Ref", "Applicant", "Date of birth", "Postcode", "Assessor", "Mobility notes", "Outcome", "Fee (£)"],
            ["BB/26/00388", "<<Qureshi, Tariq Mahmood>>", ("date", 1939, 8, 30), "[[pc:HX3 6AB]]", "<<G. Pryce>>", "((health:Bilateral below-knee amputee)), wheelchair user", "Awarded", 10],
            ["BB/26/00391", "<<Ffion Llewelyn>>", ("date", 1961, 1, 5), "[[pc:HX7 8LP]]", "<<N. Adeyemi-Brown>>", "((health:MS relapse)); walks 30m with two sticks", "Awarded", 10],
            ["BB/26/00402", "<<Władysław Nowicki>>", ("date", 1988, 12, 19), "[[pc:HX2 0DN]]", "<<G. Pryce>>", "Back pain, walked to desk unaided", "Refused", 0],
            ["BB/26/00409", "<<Siobhán Ní Bhriain>>", ("date", 1954, 6, 2), "[[pc:HX1 3RE]]", "<<N. Adeyemi-Brown>>", "((health:Parkinson's disease)), freezing episodes", "Awarded", 10],
            ["BB/26/00412", "<<Kyle Ashworth-Mbeki>> (child, applied by mother)", ("date", 2011, 4, 23), "[[pc:HX6 1JU]]", "<<G. Pryce>>", "((health:Bulky medical equipment: ventilator))", "Awarded", 10],
        ]),
        ("Assessors", [
            ["Name", "Role", "Extension"],
            ["<<Nkechi Adeyemi-Brown>>", "Occupational therapist", "0310"],
            ["<<Gareth Pryce>>", "Independent mobility assessor", "0312"],
        ]),
    ], author="<<Gareth Pryce>>")


@doc("bb-appeal-email.eml")
def _(d):
    return message(d, [
        ("From", "<<Aaliyah Drummond-Clarke>> <[[email:aaliyah.dc@example.co.uk]]>"),
        ("To", "Blue Badge Service <[[email:bluebadge@calderbrook-council.example.org]]>"),
        ("Cc", "Cllr <<Imran Bashir>> <[[email:Cllr.Bashir@calderbrook-council.example.org]]>"),
        ("Subject", "Review of refusal BB/26/00355 - my father <<Lloyd Drummond>>"),
        ("Date", "Tue, 10 Feb 2026 08:41:12 +0000"),
        ("Message-ID", "<bb-appeal-355@mail.example.co.uk>"),
    ], """Dear Sir or Madam,

I am asking for a review of the refusal for my father, <<Lloyd Drummond>> (DOB [[dob:22/9/1944=>1944-09-22]]), of 4 Wainhouse Road, [[pc:HX1 4LB]].

The assessor saw Dad on a good morning. He has ((health:heart failure and was admitted twice in December with fluid on his lungs)). He cannot get from the car park to the surgery without sitting down twice.

I enclose the letter from his heart failure nurse. Please ring me on [[phone:07700 900 562]] rather than Dad, as he is ((health:hard of hearing)).

Thank you,
<<Aaliyah>>
""", html=True, attachments=[("hf-nurse-letter.txt", "text/plain", """Calderbrook Community Heart Failure Team
Re: <<Lloyd Drummond>>, NHS No. [[nhs:999 008 0208]]
Mr <<Drummond>> has ((health:NYHA class III heart failure)) and is breathless on minimal exertion.
<<Bronwen Iles>>, Heart Failure Specialist Nurse, [[phone:(0113) 496 0244]]
""")], boundary="=_bb355")


@doc("bb-misuse-referrals.csv")
def _(d):
    return d.r('''ref,reported,badge_holder,badge_used_by,location,vrm,enforcement_officer,outcome
MIS-0711,2026-01-08,"<<O'DONOGHUE, Patricia>>",<<Shane O'Donoghue>> (grandson),Northgate multi-storey,YD19 KTX,<<Rukhsana Begum>>,"<<Shane>> ((criminal_offence:cautioned for misuse of a badge)) under s.117 RTRA 1984"
MIS-0714,2026-01-15,<<Henryk Zieliński>> (deceased 11/2025),unknown driver,{{Halifax Piece Hall}} loading bay,FN66 OWC,<<Rukhsana Begum>>,Badge seized; cancelled with DVLA tell-us-once
MIS-0720,2026-01-29,<<Marcus Oyelaran-Hughes>>,<<Marcus Oyelaran-Hughes>>,{{Lister Lane}} cemetery gates,no vehicle,<<Callum Fairbairn>>,"No misuse: holder present, ((health:uses a rollator))"
MIS-0723,2026-02-02,<<Elżbieta Kowalczyk>>,<<Tomasz Kowalczyk>> (husband),Calderbrook Royal Infirmary,LS70 BDE,<<Callum Fairbairn>>,"<<Tomasz>> ((criminal_offence:prosecuted, fined £660 at magistrates' court on 19/02/2026))"
MIS-0730,2026-02-12,Badge BB-CB-880417 (forged copy),n/k,{{Wainhouse Tower}} car park,BN21 XYZ,<<Rukhsana Begum>>,Passed to police; no holder identified
''')


@doc("bb-mobility-assessment.pdf")
def _(d):
    return pdf(d, ['''CALDERBROOK COUNCIL - INDEPENDENT MOBILITY ASSESSMENT
Applicant: Mr <<Barrington Oshodi>>    Ref: BB/26/00431
Date of birth: born on the 9th of November 1952 [[=dob:1952-11-09]]
Address: Flat 2, Savile Court, Halifax [[pc:HX1 2EP]]
Assessed at: Calderbrook Civic Centre, room 3 (ground floor)

Reported: ((health:osteoarthritis of both knees, right knee replacement 2019, awaiting left)).
Observed walking: 38 metres in 2 min 40 s with one stick; stopped twice; visibly breathless.
Pain score 8/10 on standing. Uses a borrowed Shopmobility scooter in the town centre.
Conclusion: meets the "very considerable difficulty walking" test.

Assessor: <<Gareth Pryce>> MCSP, HCPC PH118822
Countersigned: <<N. Adeyemi-Brown>>, Senior OT''', '''Page 2 - contact and consent
Applicant phone: [[phone:07700 900 127]]   Alternative (daughter <<Yetunde>>): [[phone:+44 7700 900 904]]
Consent to share with GP surgery: yes (signed <<B. Oshodi>>)
'''])


@doc("bb-renewals.json")
def _(d):
    return jdump(d, {
        "export": "BlueBadgeDigitalService.renewalsDue",
        "generated": "2026-02-27T06:00:00Z",
        "items": [
            {"applicationId": "APP-7Q2K-91", "applicantForename": "<<Gwenllian>>", "applicantSurname": "<<Pritchard-Evans>>",
             "dateOfBirth": "[[dob:1950-03-17]]", "postcode": "[[pc:hx4 9ay=>HX4 9AY]]", "contactEmail": "[[email:gwen.pe@example.com]]",
             "badgeNumber": "CB26 0041 7730", "eligibility": "PIP_MOBILITY_8_POINTS", "notes": "((health:Type 1 diabetes with peripheral neuropathy))",
             "identityCheck": "((biometric:face match of uploaded selfie to photo: passed))"},
            {"applicationId": "APP-7Q2K-94", "applicantForename": "<<Farhan>>", "applicantSurname": "<<Chaudhry>>",
             "dateOfBirth": "[[dob:1979-07-01]]", "postcode": "[[pc:HX3 0PL]]", "contactEmail": "[[email:FarhanC79@example.net]]",
             "badgeNumber": "CB26 0041 7802", "eligibility": "WAR_PENSION_MOBILITY", "notes": "((genetic:Huntington's gene-positive (predictive test 2019))), ((health:chorea now affecting gait))"},
            {"applicationId": "APP-7Q2K-97", "applicantForename": "<<Lily-Mae>>", "applicantSurname": "<<Thackray>>",
             "dateOfBirth": "[[dob:2019-10-28]]", "postcode": "[[pc:HX5 0JB]]", "contactEmail": "[[email:thackray.family@example.co.uk]]",
             "badgeNumber": "CB26 0041 7911", "eligibility": "UNDER3_MEDICAL_EQUIPMENT", "notes": "Parent <<Jodie Thackray>> applying; ((health:child fed by gastrostomy pump))"},
        ],
        "submittedFromIp": "[[ip:203.0.113.58]]",
    })


@doc("bb-payments.tsv")
def _(d):
    rows = [
        "txn_id\tdate\tpayer\tamount\tmethod\tlast4\tnote",
        "PAY-55012\t2026-02-03\t<<Doreen Hepplewhite>>\t10.00\tcard\t4444\tson <<Keith>> paid by phone",
        "PAY-55019\t2026-02-04\t<<T. M. Qureshi>>\t10.00\tcard\t1111\t",
        "PAY-55027\t2026-02-06\t<<Siobhán Ní Bhriain>>\t10.00\tcard\t0005\tcard number read out in full by caller, typed here in error: [[card:3782 822463 10005]] (to redact)",
        "PAY-55031\t2026-02-09\t<<Ffion Llewelyn>>\t10.00\tBACS\t\tsort code 40-11-62 acct 71035528 [[=bank:401162:71035528]]",
        "REF-00094\t2026-02-11\t<<Władysław Nowicki>>\t-10.00\trefund\t\trefund after refusal to [[=bank:309634:00817255]]sort 30-96-34, account 00817255",
    ]
    return d.r("\n".join(rows) + "\n")


@doc("bb-team-minutes.md")
def _(d):
    return d.r('''# Blue Badge team meeting — 24 February 2026

Present: <<Nkechi Adeyemi-Brown>> (chair), <<Gareth Pryce>>, <<Rukhsana Begum>>, <<Callum Fairbairn>>
Apologies: <<Hollie Sutcliffe>>

## 1. Backlog

| Queue | Cases | Oldest | Lead |
|---|---|---|---|
| Further assessment | 61 | 9 weeks | <<Gareth>> |
| Misuse referrals | 14 | 3 weeks | <<Rukhsana>> |
| Renewals (digital) | 203 | 2 weeks | <<Hollie>> |

## 2. Staff

<<Callum>> raised the lone-working rota; he will take it to the branch as ((trade_union:UNISON steward for the Civic Centre)).
<<Callum>> also reminded us ((political_opinion:he is standing for the Green Party in Warley ward in May)), so he will not take the election-day rota.
<<Hollie>> is on a phased return after ((health:her hip operation)); no site visits until April.

## 3. Any other business

The disabled bays outside {{St Jude's}} clinic are being repainted; the {{Grace Darling}} bus shelter is not ours.
Next meeting: 24 March, Civic Centre room 3.
''')


@doc("policy-blue-badge-eligibility.txt")
def _(d):
    return d.r('''Calderbrook Council — Blue Badge eligibility and assessment policy (v4, January 2026)

1. Purpose
This policy sets out how the council decides Blue Badge applications under the Disabled Persons (Badges for Motor
Vehicles) (England) Regulations 2000, and how it handles the information applicants give us.

2. Automatic eligibility
An applicant qualifies without further assessment when they receive the higher rate of the mobility component of
Disability Living Allowance, score 8 points or more in the "moving around" activity of Personal Independence
Payment, are registered severely sight impaired, or receive a War Pensioners' Mobility Supplement.

3. Further assessment
Other applicants may be asked to attend a mobility assessment with an occupational therapist or an independent
mobility assessor. Assessors observe walking, ask about pain, breathlessness and falls, and record what they see.
Assessors do not diagnose and do not ask for more medical detail than the decision needs.

4. Hidden conditions
Since 2019 the criteria include people who cannot make a journey without a risk of serious harm, or who find
journeys very distressing. Applicants describe the effect, not only the diagnosis.

5. Records
Application forms, assessment notes and supporting letters are kept for the life of the badge plus one year, then
destroyed. Misuse referrals are kept for six years when they lead to a prosecution, otherwise two years.

6. Reviews
An applicant who is refused may ask for a review within 28 days. A different assessor reviews the decision.
''')


# ============================================================ B. NHS speech and language therapy
@doc("slt-referral.rtf")
def _(d):
    return rtf(d, '''Pennine Vale Community NHS Trust - Children's Speech and Language Therapy
REFERRAL (received 05/01/2026)

Child: <<Zayn Rahman-Holt>>     D.O.B. [[dob:3.4.2018=>2018-04-03]]     NHS [[nhs:999 015 9394]]
Parent/carer: <<Shabana Rahman>> (mother), [[phone:07700 900 245]]
Home: 12 Brunswick Street, Dewsbury [[pc:WF13 1AT]]
School: {{St Paulinus}} CE Primary (SENCo Mrs <<Zoë Brierley>>)

Reason for referral: ((health:stammer since age 4, now with facial tension and avoidance of speaking in class)).
Family history: father <<Adrian Holt>> ((health:stammered as a child)).
Genetics: ((genetic:22q11.2 deletion confirmed on microarray)) (cleft palate repaired 2019).
Languages at home: English and Bengali (Sylheti) - interpreter not needed. Ethnicity (mother's answer): ((racial_ethnic_origin:British Bangladeshi)).
Referrer: Dr <<Ngozi Okonkwo-Reid>>, Thornhill Lees Surgery, [[phone:0113 496 0632]]
''')


@doc("slt-caseload.ods")
def _(d):
    for v in ("1946-05-12", "1958-10-30", "1971-02-08", "1939-12-24"):
        lab(d, "dob", v)
    return ods(d, [
        ("Adult caseload", [
            ["Patient", "DOB", "NHS number", "Postcode", "Presenting", "Therapist", "Priority"],
            ["<<GREENHALGH, Arthur>>", ("date", 1946, 5, 12), "[[nhs:9990238588]]", "[[pc:WF12 7LN]]", "((health:Expressive aphasia post left MCA stroke))", "<<Priyanka Venkataraman>>", "Urgent"],
            ["<<Mairéad Costigan>>", ("date", 1958, 10, 30), "[[nhs:999 031 7771]]", "[[pc:WF17 5QB]]", "((health:Dysarthria, motor neurone disease))", "<<Hamish Dalgliesh>>", "Urgent"],
            ["<<Kwabena Asante>>", ("date", 1971, 2, 8), "", "[[pc:WF14 8HE]]", "((health:Voice: vocal fold nodules))", "<<Priyanka Venkataraman>>", "Routine"],
            ["<<Edith Lumb>>", ("date", 1939, 12, 24), "[[nhs:9990396965]]", "[[pc:WF13 4DL]]", "((health:Dysphagia, aspiration pneumonia x2))", "<<Hamish Dalgliesh>>", "Urgent"],
        ]),
        ("Notes", [["Sheet owner", "<<Hamish Dalgliesh>>, Band 7 adult lead"], ["Updated", "27/02/2026"]]),
    ], author="<<Hamish Dalgliesh>>")


@doc("slt-dysphagia-review.odt")
def _(d):
    return odt(d, [
        ("h", "Eating, drinking and swallowing review"),
        ("table", [
            ["Name", "<<Bernadette Quigley>>"],
            ["Date of birth", "[[dob:16 August 1936=>1936-08-16]]"],
            ["Home", "Hollins Court care home, [[pc:WF16 9EA]], [[phone:0113 496 0187]]"],
            ["Key worker", "<<Joy Mutasa>>"],
        ]),
        "Background: ((health:vascular dementia; two chest infections since Christmas)). Seen at lunch with her key worker.",
        "Recommendations: IDDSI level 5 minced and moist; level 2 mildly thick fluids; upright 30 minutes after meals.",
        "Faith: <<Bernadette>> ((religious_belief:is a practising Catholic and wants to keep receiving Holy Communion)); "
        "Father <<Kieran>> from the parish agreed a small piece of the host dipped in mildly thick water.",
        "Therapist: <<Hamish Dalgliesh>>, Specialist SLT, [[email:hamish.dalgliesh@pennine-vale.example.nhs.uk]]",
    ], author="<<Hamish Dalgliesh>>")


@doc("slt-clinic-mbox.mbox")
def _(d):
    return mbox(d, [
        ("kerry.dunmore@example.com", "Mon Feb  2 19:02:11 2026", [
            ("From", "<<Kerry Dunmore>> <[[email:kerry.dunmore@example.com]]>"),
            ("To", "<[[email:childrens.slt@pennine-vale.example.nhs.uk]]>"),
            ("Subject", "Appointment for <<Alfie>>"), ("Date", "Mon, 02 Feb 2026 19:02:11 +0000"),
            ("Message-ID", "<a1@kd.example.com>")],
            '''Hello,

My son <<Alfie Dunmore>> (DOB [[dob:11/06/2021=>2021-06-11]]) has his appointment on Thursday but he has
just been ((health:diagnosed autistic by the community paediatrician)) and gets very distressed in new rooms.
Could we have the first slot and a quiet room? My mobile is [[phone:07700900781]].

Thanks, <<Kerry>>'''),
        ("priyanka.venkataraman@pennine-vale.example.nhs.uk", "Tue Feb  3 09:15:40 2026", [
            ("From", "<<Priyanka Venkataraman>> <[[email:priyanka.venkataraman@pennine-vale.example.nhs.uk]]>"),
            ("To", "<<Kerry Dunmore>> <[[email:kerry.dunmore@example.com]]>"),
            ("Subject", "Re: Appointment for <<Alfie>>"), ("Date", "Tue, 03 Feb 2026 09:15:40 +0000"),
            ("Message-ID", "<b2@pv.example.nhs.uk>"), ("In-Reply-To", "<a1@kd.example.com>")],
            '''Dear Ms <<Dunmore>>,

Of course - 9am in the sensory room at Batley Health Centre. I have added a note to <<Alfie>>'s record.

Kind regards
<<Priyanka>>
<<Priyanka Venkataraman>> | Speech and Language Therapist | [[phone:0113 496 0655]]

> My son <<Alfie Dunmore>> (DOB [[dob:11/06/2021=>2021-06-11]]) has his appointment on Thursday'''),
        ("childrens.slt@pennine-vale.example.nhs.uk", "Tue Feb  3 09:20:02 2026", [
            ("From", "Children's SLT admin <[[email:childrens.slt@pennine-vale.example.nhs.uk]]>"),
            ("To", "<<Priyanka Venkataraman>> <[[email:priyanka.venkataraman@pennine-vale.example.nhs.uk]]>"),
            ("Subject", "Room bookings"), ("Date", "Tue, 03 Feb 2026 09:20:02 +0000"),
            ("Message-ID", "<c3@pv.example.nhs.uk>")],
            "Sensory room booked Thu 9-10. The {{Jubilee}} room is closed for the lift repair.\n-- admin"),
    ])


@doc("slt-session-notes.html")
def _(d):
    return d.r('''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Session notes - community stroke team</title></head>
<body>
<h1>Community stroke SLT - session notes</h1>
<dl>
<dt>Patient</dt><dd><<Gurpreet Kaur Sandhu>></dd>
<dt>DOB</dt><dd>[[dob:07/03/1952=>1952-03-07]]</dd>
<dt>NHS no.</dt><dd>[[nhs:999 047 6152]]</dd>
<dt>Address</dt><dd>41 Track Road, Batley, [[pc:WF17 7AA]]</dd>
<dt>Next of kin</dt><dd><<Harjit Singh Sandhu>> (husband) &middot; [[phone:07700 900 033]]</dd>
</dl>
<table border="1">
<tr><th>Date</th><th>Seen by</th><th>Notes</th></tr>
<tr><td>12/01/2026</td><td><<P. Venkataraman>></td><td>((health:Global aphasia after right hemisphere stroke in November)); yes/no reliable with pictures. Punjabi interpreter <<Manpreet>> present.</td></tr>
<tr><td>26/01/2026</td><td><<P. Venkataraman>></td><td>Naming 6/20 with cues. <<Gurpreet>> tearful; ((health:low mood, GP asked to review sertraline)).</td></tr>
<tr><td>09/02/2026</td><td><<Rhiannon Tudor-Jones>> (student)</td><td>Communication book started; family photos from the {{Guru Nanak}} gurdwara trip added at her request.</td></tr>
</table>
<p>Contact: community stroke team, [[phone:0113 496 0719]], [[email:stroke.slt@pennine-vale.example.nhs.uk]]</p>
</body></html>
''')


@doc("slt-voice-clinic.jsonl")
def _(d):
    return jdump(d, [
        {"clinicId": "VC-2026-014", "patient": {"givenName": "<<Oluwaseun>>", "familyName": "<<Bakare-Whitfield>>", "dob": "[[dob:1990-09-14]]"},
         "nhsNumber": "[[nhs:9990555346]]", "profession": "primary school teacher", "finding": "((health:bilateral vocal fold nodules))",
         "plan": "6 sessions vocal hygiene", "clinician": "<<Kwame Osei-Tutu>>", "mobile": "[[phone:+447700900655]]"},
        {"clinicId": "VC-2026-015", "patient": {"givenName": "<<Ruairidh>>", "familyName": "<<MacAskill>>", "dob": "[[dob:1968-01-31]]"},
         "nhsNumber": "[[nhs:9990713723]]", "profession": "auctioneer", "finding": "((health:muscle tension dysphonia after laryngitis))",
         "plan": "review 8 weeks", "clinician": "<<Kwame Osei-Tutu>>", "mobile": "[[phone:07700 900 676]]"},
        {"clinicId": "VC-2026-016", "patient": {"givenName": "<<Sinéad>>", "familyName": "<<Delaney>>", "dob": "[[dob:1985-05-05]]"},
         "nhsNumber": "[[nhs:9990792917]]", "profession": "call centre", "finding": "no organic pathology seen",
         "plan": "discharged", "clinician": "<<Kwame Osei-Tutu>>", "mobile": "[[phone:07700 900 690]]"},
    ], lines=True)


@doc("slt-staff-claims.xlsx")
def _(d):
    for v in ("200000:55779911", "601613:31926819", "070116:12488705"):
        lab(d, "bank", v)
    return xlsx(d, [
        ("Mileage Feb 2026", [
            ["Employee", "Assignment", "Miles", "Rate", "Amount", "Sort code", "Account"],
            ["<<Priyanka Venkataraman>>", "40021187", 212, 0.56, 118.72, "20-00-00", "55779911"],
            ["<<Hamish Dalgliesh>>", "40021190", 340, 0.56, 190.40, "60-16-13", "31926819"],
            ["<<Kwame Osei-Tutu>>", "40021233", 88, 0.56, 49.28, "07-01-16", "12488705"],
        ]),
        ("Staff", [
            ["Name", "Band", "Union / professional body", "Mobile"],
            ["<<Priyanka Venkataraman>>", "6", "((trade_union:Unite (member) - RCSLT registered))", "[[phone:07700 900 811]]"],
            ["<<Hamish Dalgliesh>>", "7", "RCSLT registered; HCPC SL09214", "[[phone:07700 900 812]]"],
            ["<<Kwame Osei-Tutu>>", "7", "((trade_union:UNISON workplace rep))", "[[phone:07700 900 813]]"],
        ]),
    ], author="<<Hamish Dalgliesh>>")


@doc("slt-eating-drinking-plan.docx")
def _(d):
    return docx(d, [
        "My eating and drinking plan",
        ("table", [
            ["Name", "<<Cyril Oddie>>"], ["Born", "[[dob:2nd May 1941=>1941-05-02]]"], ["NHS number", "[[nhs:9990872104]]"],
            ["Lives at", "Moorview Lodge, [[pc:WF13 3HP]]"], ["GP", "Dr <<Thandiwe Nkosi>>"],
        ]),
        "Why I have this plan: [cmt1]((health:I have Parkinson's and food went down the wrong way three times in January)).[/cmt]",
        "Food: IDDSI level 6 soft and bite-sized. Drinks: level 1 slightly thick, from a spouted beaker.",
        "I like: a {{Yorkshire}} pudding with gravy, soft, and tea with two sugars.",
        "Staff sign: <<C. Oddie>> (with help from <<Danuta Wiśniewska>>, senior carer)",
    ], author="<<Hamish Dalgliesh>>", title="EDS plan",
        header=["Pennine Vale Community NHS Trust - Adult SLT"],
        footer=["If <<Cyril>> coughs at meals, stop and ring SLT on [[phone:0113 496 0702]]"],
        comments=[("<<Danuta Wiśniewska>>", "DW", "Son <<Graham>> asked for a copy - sent 20/02.")],
        textbox=["RED FLAG: chest infection = stop food, call GP"])


@doc("training-slt-swallowing-awareness.md")
def _(d):
    return d.r('''# Swallowing awareness for care staff (module 2)

## Learning outcomes

- Recognise the signs of food or drink going down the wrong way.
- Follow an IDDSI texture plan exactly as written.
- Know when to stop a meal and who to call.

## Signs to watch for

| Sign | What it may mean | What you do |
|---|---|---|
| Coughing during or after drinks | Liquid entering the airway | Stop, sit the person upright, tell the nurse in charge |
| Wet or gurgly voice | Residue in the throat | Pause, encourage a second swallow |
| Food pocketed in the cheek | Weak mouth muscles | Check the mouth after meals |
| Temperature after meals | Possible aspiration | Record and escalate the same day |

## Good practice

Never add thickener by eye. Never give tablets with a drink thinner than the plan allows. Ask the
pharmacist about liquid forms. Record every refusal; a person may refuse a texture and that is their choice,
which the team then discusses with them and their family.

Quiz: five questions at the end of the module. Pass mark 4/5.
''')


# ============================================================ C. Leaving-care team
LC_HEAD = ["Ashcombe County Council - Leaving Care Service - Pathway Plan (OFFICIAL-SENSITIVE)"]


@doc("lc-pathway-plan.docx")
def _(d):
    return docx(d, [
        "Pathway plan review — 18+ (statutory review 3)",
        ("table", [
            ["Young person", "<<Precious Adebayo-Lewis>>"],
            ["Date of birth", "[[dob:04/11/2006=>2006-11-04]]"],
            ["Legal status", "Former relevant (s.23C Children Act 1989)"],
            ["Personal adviser", "<<Declan Fitzmaurice>>"],
            ["Independent reviewing officer", "<<Marguerite Ashdown-Kaur>>"],
            ["Address", "Flat 9, Orchard House, Taunton [[pc:TA1 2PX]]"],
            ["Mobile", "[[phone:07700 900 466]]"],
            ["NI number", "[[nino:QQ 12 80 44 A]]"],
            ["Passport", "[[passport:561204873]] (issued via leaving care fund)"],
        ]),
        "Health: [cmt1]<<Precious>> is ((health:19 weeks pregnant)); booked with the Taunton midwives; ((genetic:booking bloods showed she carries sickle cell trait)).[/cmt] ((health:Anxiety, on the CAMHS-to-adult transition list)).",
        "Money: setting-up-home allowance balance £1,240. Paid to her own account, sort code 09-01-28, account 77123405.[fn1]",
        "Education: level 2 childcare at Somerset College; bursary paid termly.",
        "Family time: sees her brother <<Joshua>> (in foster care with the {{Harvest}} family placement scheme) monthly.",
        "Signed: <<P. Adebayo-Lewis>> / <<D. Fitzmaurice>> PA",
    ], author="<<Declan Fitzmaurice>>", title="Pathway plan PAL review 3", header=LC_HEAD,
        footer=["Leaving Care Service, County Hall, Taunton [[pc:TA1 4DY]], [[phone:0117 496 0460]], [[email:leavingcare@ashcombe-council.example.org]]"],
        footnotes=["[[=bank:090128:77123405]]Bank details confirmed by phone with <<Precious>> on 06/02/2026."],
        comments=[("<<Marguerite Ashdown-Kaur>>", "MAK", "Please add the pre-birth assessment date once children's services confirm.")])


@doc("lc-pa-caseload.xlsx")
def _(d):
    for v in ("2006-11-04", "2007-03-22", "2005-08-09", "2008-01-15", "2004-12-30"):
        lab(d, "dob", v)
    return xlsx(d, [
        ("Caseload", [
            ["YP", "DOB", "PA", "Accommodation", "EET", "Flags"],
            ["<<ADEBAYO-LEWIS, Precious>>", ("date", 2006, 11, 4), "<<Declan F.>>", "Council flat", "College", "((health:Pregnant))"],
            ["<<BRENNAN, Tyler-Jay>>", ("date", 2007, 3, 22), "<<Declan F.>>", "HMYOI Parc", "NEET", "((criminal_offence:Remanded, robbery charge))"],
            ["<<HAILE, Mebrahtu>>", ("date", 2005, 8, 9), "<<Sadia Iqbal>>", "Supported lodgings", "ESOL", "Former UASC, leave to remain granted"],
            ["<<MAZUR, Dawid>>", ("date", 2008, 1, 15), "<<Sadia Iqbal>>", "Staying put", "Apprenticeship", ""],
            ["<<O'REILLY-FFRENCH, Caitlin>>", ("date", 2004, 12, 30), "<<Sadia Iqbal>>", "Private rented", "University", "((health:Type 1 diabetes)); ((racial_ethnic_origin:Irish Traveller heritage - cultural plan in place))"],
        ]),
        ("Team", [["Personal adviser", "Mobile"], ["<<Declan Fitzmaurice>>", "[[phone:07700 900 471]]"], ["<<Sadia Iqbal>>", "[[phone:07700 900 472]]"]]),
    ], author="<<Sadia Iqbal>>")


@doc("lc-setting-up-home-grants.csv")
def _(d):
    return d.r('''Payment ref,Young person,Item,Amount,Payee,Sort code,Account number,Approved by
SUH-2601,<<Mebrahtu Haile>>,Bed and mattress,285.00,Ashcombe Furniture Project,,,<<S. Iqbal>>
SUH-2602,<<Mebrahtu Haile>>,Cooker,349.99,<<Mebrahtu Haile>>,30-94-12,[[=bank:309412:66201573]]66201573,<<S. Iqbal>>
SUH-2607,<<Caitlin O'Reilly-Ffrench>>,Laptop for university,410.00,<<Caitlin O'Reilly-Ffrench>>,77-46-05,[[=bank:774605:10993342]]10993342,<<D. Fitzmaurice>>
SUH-2611,<<Dawid Mazur>>,Tools for apprenticeship,196.50,Screwfix (card),,,<<S. Iqbal>>
SUH-2612,<<Dawid Mazur>>,Driving lessons block 1,300.00,{{Nigel Fairclough}} School of Motoring Ltd,,,<<S. Iqbal>>
''')


@doc("lc-referral-yoi-release.eml")
def _(d):
    return message(d, [
        ("From", "<<Amara Nwachukwu>> <[[email:a.nwachukwu@probation.example.org]]>"),
        ("To", "<<Declan Fitzmaurice>> <[[email:Declan.Fitzmaurice@ashcombe-council.example.org]]>"),
        ("Cc", "<<Siân Prydderch>> <[[email:sian.prydderch@ashcombe-council.example.org]]>"),
        ("Subject", "Release planning - <<Tyler-Jay Brennan>>"),
        ("Date", "Wed, 18 Feb 2026 14:05:51 +0000"),
        ("Message-ID", "<rel-tjb-0218@probation.example.org>"),
    ], '''<<Declan>>,

<<Tyler-Jay>> ((criminal_offence:was sentenced on 12 February to a 10-month detention and training order for robbery)); with time on remand his release date is 27 April.
Licence conditions will include a curfew and no contact with the co-defendant. Can you confirm the supported accommodation bed for release day?

He has agreed to me sharing the attached summary. He'd like you to ring him on the unit's PIN phone on Thursdays.

<<Amara Nwachukwu>>
Probation Practitioner | [[phone:0117 496 0588]]
''', html=True,
        attachments=[("release-summary.txt", "text/plain", '''RELEASE SUMMARY - <<BRENNAN Tyler-Jay>> - DOB [[dob:22.03.2007=>2007-03-22]]
Index offence: ((criminal_offence:robbery (mobile phone), Taunton, September 2025))
Health: ((health:ADHD, medication restarted in custody))
Risk to others: medium. Risk to self: low.
Author: <<A. Nwachukwu>>
''')], boundary="=_rel2026")


@doc("lc-contact-log.txt")
def _(d):
    return d.r('''ASHCOMBE LEAVING CARE - CONTACT LOG
YP: <<HAILE, Mebrahtu>> (DOB [[dob:9 Aug 2005=>2005-08-09]])   PA: <<Sadia Iqbal>>

01/02/26 Helped <<Mebrahtu>> book the renewal of his biometric residence permit (photo and fingerprints at the UKVCAS centre next month).
03/02/26 Home visit. <<Mebrahtu>> well, flat warm. Showed me his cooker (SUH-2602). Talked about college.
10/02/26 Phone [[phone:07700 900 509]]. He asked if the council can help with a Tigrinya-speaking counsellor;
 ((health:nightmares and flashbacks since the crossing, GP says PTSD)). Referred to Refugee Wellbeing.
 He says ((political_opinion:he was arrested in Asmara for criticising the government)) and fears going back.
14/02/26 Text from <<Mebrahtu>>: he has been going to the ((religious_belief:Eritrean Orthodox church on Sundays)) and it helps.
17/02/26 Duty call from <<Caitlin O'Reilly-Ffrench>> (not my YP - passed to <<Declan>>): ((sex_life_orientation:she is gay and
 moving in with her girlfriend)) <<Jade Pemberton-Ayo>> and wants the tenancy in joint names.
24/02/26 Case supervision with <<Marguerite>>. Nothing else of note.
<<Sadia>>
''')


@doc("lc-staying-put-agreement.pdf")
def _(d):
    return pdf(d, ['''ASHCOMBE COUNTY COUNCIL - STAYING PUT ARRANGEMENT
Young person: <<Dawid Mazur>>   Date of birth: [[dob:15/01/2008=>2008-01-15]]
Former foster carers: <<Lynette>> and <<Rhodri Vaughan-Pugh>>
Address: 3 Priory Fields, Wellington, [[pc:TA21 8QE]]   Home phone: [[phone:0117 496 0913]]

Weekly payments to the carers from 1 March 2026: GBP 285.00 (council) + GBP 65.00 (<<Dawid>>'s contribution)
Bank: Nationwide
Sort code: 07-04-36
Account number: 29185540
Reference: SP-2026-014
[[=bank:070436:29185540]]
<<Dawid>>'s apprenticeship: electrical, Taunton; start 06/04/2026.
The carers confirm nothing has changed in the household since their last fostering review.

Signed: <<Dawid Mazur>>     <<L. Vaughan-Pugh>>     <<R. Vaughan-Pugh>>
PA: <<Sadia Iqbal>>, Leaving Care Service'''])


@doc("lc-housing-nominations.json")
def _(d):
    return jdump(d, {
        "source": "HomeChoice partner API v2",
        "nominations": [
            {"nom_id": 88412, "yp_first": "<<Caitlin>>", "yp_last": "<<O'Reilly-Ffrench>>", "yp_dob": "[[dob:30-12-2004=>2004-12-30]]",
             "household": [{"name": "<<Jade Pemberton-Ayo>>", "relationship": "partner"}], "band": "B",
             "medical_priority": "((health:Type 1 diabetes, needs fridge for insulin))", "contact": "[[email:caitlin.orf@example.ac.uk]]",
             "current_pc": "[[pc:BS1 6QH]]"},
            {"nom_id": 88419, "yp_first": "<<Mebrahtu>>", "yp_last": "<<Haile>>", "yp_dob": "[[dob:09-08-2005=>2005-08-09]]",
             "household": [], "band": "C", "medical_priority": "", "contact": "[[email:mebrahtu.h@example.com]]",
             "current_pc": "[[pc:TA2 7QQ]]"},
        ],
        "submittedBy": {"user": "siqbal01", "ip": "[[ip:198.51.100.23]]"},
    })


@doc("lc-driving-lessons.tsv")
def _(d):
    return d.r('''Young person\tDOB\tProvisional licence no.\tInstructor\tLessons funded\tTheory test
<<Dawid Mazur>>\t[[dob:15/01/2008=>2008-01-15]]\t[[dl:MAZUR001158D99LM]]\t{{Nigel Fairclough}} SoM\t10\tpassed 12/01/2026
<<Precious Adebayo-Lewis>>\t[[dob:04/11/2006=>2006-11-04]]\t[[dl:ADEBA061046P99QR]]\t{{Nigel Fairclough}} SoM\t10\tbooked
<<Tyler-Jay Brennan>>\t[[dob:22/03/2007=>2007-03-22]]\t[[dl:BRENN003227T99KX]]\t((criminal_offence:suspended - in custody))\t0\t-
''')


@doc("policy-leaving-care-local-offer.txt")
def _(d):
    return d.r('''Ashcombe County Council - Local offer for care leavers (2026)

Who this is for
Young people aged 16 to 25 who have been looked after by the council, including those who came to the UK as
unaccompanied children.

Your personal adviser
Every care leaver has a personal adviser (PA) until 25 if they want one. Your PA helps you write and review your
pathway plan at least every six months.

Money
- Setting-up-home allowance: up to GBP 3,000, spent on items you choose with your PA.
- Council tax: care leavers living in Ashcombe pay no council tax until 25.
- Driving lessons: up to 20 lessons and the theory and practical test fees.
- Birth certificate and passport: paid for by the council.

Staying put
You can stay with your former foster carers after 18, up to 21, if you and they agree.

Health
We help you register with a GP and a dentist, and you get a copy of your health history when you leave care.

Your information
We keep your leaving care file until your 75th birthday, as the law on care records requires. You can ask to see it
at any time.
''')


# ============================================================ D. Dementia day centre
@doc("ddc-attendance-register.xlsx")
def _(d):
    for v in ("1936-03-03", "1941-07-19", "1948-11-02", "1933-05-27", "1945-09-09"):
        lab(d, "dob", v)
    return xlsx(d, [
        ("W-c 23 Feb", [
            ["Member", "Born", "Mon", "Tue", "Wed", "Thu", "Fri", "Transport", "Diet"],
            ["<<Ivy Hollingworth>>", ("date", 1936, 3, 3), "Y", "", "Y", "", "Y", "Minibus", "Normal"],
            ["<<Mohammed Yusuf Patel>>", ("date", 1941, 7, 19), "", "Y", "", "Y", "", "Son drops off", "((religious_belief:Halal - he prays Zuhr in the quiet room))"],
            ["<<Bernard Cohen>>", ("date", 1948, 11, 2), "Y", "Y", "", "", "", "Minibus", "((religious_belief:Kosher meals - observant, no Saturday attendance))"],
            ["<<Winifred \"Win\" Aspinall>>", ("date", 1933, 5, 27), "", "", "Y", "Y", "Y", "Taxi", "((health:Diabetic))"],
            ["<<Lucjan Wróbel>>", ("date", 1945, 9, 9), "Y", "", "Y", "", "", "Minibus", "No pork (preference)"],
        ]),
        ("Staff on shift", [["Name", "Role"], ["<<Charmaine Blackwood>>", "Centre manager"], ["<<Tomás Ó Ceallaigh>>", "Activity coordinator"], ["<<Beverley Nuttall>>", "Driver"]]),
    ], author="<<Charmaine Blackwood>>")


@doc("ddc-this-is-me.docx")
def _(d):
    return docx(d, [
        "This is me — a profile for the people who support me",
        ("table", [
            ["My name", "<<Herbert Ackroyd>>"], ["I like to be called", "<<Bert>>"],
            ["Born", "[[dob:21st October 1938=>1938-10-21]], Castleford"], ["My wife", "<<Doreen>> (we married in 1961)"],
            ["Diagnosis", "((health:Alzheimer's disease, diagnosed 2023; on donepezil))"],
        ]),
        "My life: I was a miner at Wheldale for 31 years and ((trade_union:branch secretary of the NUM)) in the '84 strike.",
        "What matters to me: ((religious_belief:I have been a Methodist local preacher since 1965)); hymns calm me.[cmt1] "
        "((political_opinion:I am Labour through and through and still deliver leaflets for the ward)).[/cmt]",
        "Things that upset me: being rushed; loud televisions; being called \"love\".",
        "Filled in by <<Bert>> with his daughter <<Janice Ackroyd-Ball>> ([[phone:07700 900 290]]) on 12 January 2026.",
    ], author="<<Tomás Ó Ceallaigh>>", title="This is me - <<H Ackroyd>>",
        header=["Brookfield Dementia Day Centre"], footer=["Brookfield Day Centre, 88 Cromwell Road, Pontefract [[pc:WF8 1PR]] · [[phone:0113 496 0880]]"],
        comments=[("<<Charmaine Blackwood>>", "CB", "Check with <<Janice>> whether leaflet rounds are still safe for him alone.")],
        textbox=["Likes: {{Earl Grey}} tea, brass band music, {{Yorkshire Tea}} adverts"])


@doc("ddc-incident-report.pdf")
def _(d):
    return pdf(d, ['''BROOKFIELD DEMENTIA DAY CENTRE - INCIDENT REPORT 2026/07
Date/time: 19/02/2026 14:20        Location: garden path by the {{Victoria}} greenhouse
Person involved: <<Winifred Aspinall>> (<<Win>>)    D.O.B. [[dob:27/05/1933=>1933-05-27]]
What happened: <<Win>> stood up from the bench without her frame and fell onto her left side.
Injury: ((health:graze to left forearm and a suspected fractured wrist)); ambulance called 14:26.
Taken to Pinderfields ED by paramedics. Daughter <<Maxine Aspinall>> informed by phone [[phone:+44 113 496 0274]].
Witnesses: <<Beverley Nuttall>> (driver), <<Tomás Ó Ceallaigh>>
Falls history: ((health:third fall since November; on the falls clinic waiting list)).
Reported to CQC: no (not a serious injury notification unless the fracture is confirmed).
Completed by: <<C. Blackwood>>, manager'''])


@doc("ddc-carer-email.eml")
def _(d):
    return message(d, [
        ("From", "<<Rosalind Mbatha>> <[[email:ros.mbatha@example.net]]>"),
        ("To", "Brookfield Day Centre <[[email:hello@brookfield-daycentre.example.org]]>"),
        ("Cc", "<<Themba Mbatha>> <[[email:themba.mbatha@example.co.uk]]>"),
        ("Subject", "<<Sipho>> - changes to his tablets and a bad week"),
        ("Date", "Sun, 22 Feb 2026 21:47:03 +0000"),
        ("Message-ID", "<rm-20260222@example.net>"),
    ], '''Dear <<Charmaine>>,

Just to let you know that <<Sipho>>'s consultant has ((health:stopped the rivastigmine patch because of his falls and started memantine)).
He has had a bad week: ((health:up most nights, wandering, and he had a urine infection)) which the GP treated on Thursday.

He is still keen to come on Tuesday and Thursday. Our son <<Themba>> holds the LPA for health and welfare now; I have copied him in.
The updated medication list is attached.

With thanks,
<<Ros Mbatha>>
[[phone:07700 900 373]]
''', html=True, attachments=[("sipho-mbatha-medication.csv", "text/csv", '''Patient,<<Sipho Mbatha>>
DOB,[[dob:1942-04-08]]
NHS number,[[nhs:999 095 1292]]
Medicine,Dose,Time
memantine,10 mg,morning
((health:amlodipine)),5 mg,morning
nitrofurantoin (to 24/02),50 mg,four times a day
''')], boundary="=_rm2202")


@doc("ddc-newsletter.html")
def _(d):
    return d.r('''<html><head><meta charset="utf-8"><title>Brookfield News - March 2026</title></head><body>
<h1>Brookfield News</h1>
<h2>Coming up in March</h2>
<table>
<tr><th>Day</th><th>Activity</th><th>Led by</th></tr>
<tr><td>Mon 2</td><td>{{Victoria}} sponge bake-off</td><td><<Tomás>></td></tr>
<tr><td>Wed 4</td><td>Brass band from {{Featherstone Rovers}} supporters' club</td><td>volunteers</td></tr>
<tr><td>Fri 13</td><td>Memory box afternoon: bring a photo from the {{Queen Mother}}'s visit to the pit</td><td><<Tomás>></td></tr>
<tr><td>Thu 19</td><td>{{St Patrick}}'s day tea dance (a week late!)</td><td><<Beverley>></td></tr>
</table>
<h2>Welcome and thank you</h2>
<p>A warm welcome to our new volunteer <<Olumide Fashola-Grant>>, who joins us from the sixth form at {{King Edward}}'s.</p>
<p>Thank you to the {{Duke of Lancaster}} pub quiz team, who raised &pound;412 for the minibus.</p>
<p>Questions? Ring <<Charmaine Blackwood>> on <b>[[phone:0113 496 0880]]</b> or email [[email:hello@brookfield-daycentre.example.org]].</p>
</body></html>
''')


@doc("ddc-funding.ods")
def _(d):
    lab(d, "dob", "1938-10-21")
    lab(d, "dob", "1941-07-19")
    return ods(d, [
        ("Funding", [
            ["Member", "DOB", "NI number", "Funding", "Days", "Weekly (£)", "Payer"],
            ["<<Herbert Ackroyd>>", ("date", 1938, 10, 21), "[[nino:QQ305512D]]", "Council commissioned", 2, 96.0, "Wakefield ASC"],
            ["<<Mohammed Yusuf Patel>>", ("date", 1941, 7, 19), "[[nino:qq 77 10 93 b=>QQ771093B]]", "Direct payment", 2, 96.0, "<<Imtiaz Patel>> (son, DP account)"],
            ["<<Ivy Hollingworth>>", "", "", "Self-funded", 3, 144.0, "Standing order"],
        ]),
        ("Bank details", [
            ["Payer", "<<Imtiaz Patel>>"],
            ["Sort code", "[[=bank:560029:26207729]]56-00-29"],
            ["Account", "26207729"],
            ["Payer", "<<Ivy Hollingworth>> (attorney <<Gordon Hollingworth>>)"],
            ["IBAN", "[[iban:GB33 BUKB 2020 1555 5555 55]]"],
        ]),
    ], author="<<Charmaine Blackwood>>")


@doc("ddc-memory-clinic-referrals.jsonl")
def _(d):
    return jdump(d, [
        {"referralId": "MC-26-0193", "subject": {"fullName": "<<Yvonne Tranter>>", "birthDate": "[[dob:1962-02-14]]", "nhs": "[[nhs:9990001014]]"},
         "reason": "((health:early-onset Alzheimer's, symptoms from 58))", "genetics": "<<Yvonne>>: ((genetic:PSEN1 variant confirmed, as in her late mother))",
         "referrer": "Dr <<Aled Prosser>>", "dayCentreContact": "<<Charmaine Blackwood>>"},
        {"referralId": "MC-26-0201", "subject": {"fullName": "<<Lucjan Wróbel>>", "birthDate": "[[dob:1945-09-09]]", "nhs": "[[nhs:9991040005]]"},
         "reason": "((health:mixed dementia; alcohol-related brain damage query))", "genetics": None,
         "referrer": "Dr <<Aled Prosser>>", "dayCentreContact": "<<Tomás Ó Ceallaigh>>"},
    ], lines=True)


@doc("ddc-staff-clocking.csv")
def _(d):
    return d.r('''staff_id,display_name,enrolled,method,template_status,last_clock_in,device_ip,notes
BDC-004,<<Blackwood Charmaine>>,2025-06-02,((biometric:fingerprint (right index))),active,2026-02-27 07:52,[[ip:192.0.2.44]],
BDC-011,<<Tomás Ó Ceallaigh>>,2025-06-02,((biometric:fingerprint (left index))),active,2026-02-27 08:30,[[ip:192.0.2.44]],
BDC-015,<<Nuttall B>>,2025-09-15,PIN only,n/a,2026-02-27 08:05,[[ip:192.0.2.45]],declined fingerprint enrolment - PIN issued
BDC-019,<<Agnieszka Zając>>,2026-01-12,((biometric:fingerprint (right thumb) re-enrolled after burn)),active,2026-02-26 13:58,[[ip:2001:db8:44::19]],
''')


@doc("training-ddc-dementia-communication.txt")
def _(d):
    return d.r('''BROOKFIELD DAY CENTRE - INDUCTION MODULE 4: COMMUNICATING WITH PEOPLE LIVING WITH DEMENTIA

Why this matters
Dementia changes how a person understands and uses words, but not who they are. Good communication reduces
distress and lets people take part in their own care.

Before you speak
- Approach from the front, at eye level, and say your name every time.
- Cut background noise: turn the radio down before you start.
- Check glasses and hearing aids are in and clean.

While you speak
- One idea per sentence. Give time; count to ten in your head before repeating.
- Offer choices between two things you can show, not open questions.
- Do not correct a person who believes it is a different year; join them where they are and gently redirect.

Distress and behaviour
Behaviour is communication. Pacing may mean pain, hunger, boredom or needing the toilet. Record what happened
before, during and after, and share it with the key worker at handover.

Faith, culture and food
Ask families early about prayer times, dietary rules and festivals, and write the answers in the person's profile
so every shift knows them.

Assessment: observed practice on two shifts, signed off by the centre manager.
''')


# ============================================================ E. NHS 111 and GP out-of-hours
@doc("ooh-call-log.csv")
def _(d):
    return d.r('''CallID,Received,Caller,Relationship,Patient,Patient DOB,Callback,Postcode,Symptom pathway,Disposition,Handler
111-884120,28/02/2026 22:14,<<Leanne Gaskell>>,mother,<<Harley Gaskell>>,[[dob:17/09/2023=>2023-09-17]],[[phone:07700 900 144]],[[pc:OL1 3LT]],((health:Fever and rash in a child under 5)),ED within 1 hour,<<Joel Abernethy>>
111-884133,28/02/2026 22:31,<<Rajinder Kaur Dhillon>>,self,<<Rajinder Kaur Dhillon>>,[[dob:1967-01-09]],[[phone:0161 496 0541]],[[pc:OL8 4BN]],((health:Chest pain - cardiac sounding)),999 ambulance,<<Joel Abernethy>>
111-884157,28/02/2026 23:02,"<<NGUYEN, Thi Lan>>",self,"<<NGUYEN, Thi Lan>>",[[dob:2/12/1990=>1990-12-02]],[[phone:+44 (0)7700 900 169]],[[pc:M35 0AD]],((health:Vomiting at 11 weeks pregnant)),GP OOH callback 2h,<<Stacey-Ann Morrison>>
111-884160,28/02/2026 23:10,<<Peter Szabó>>,son,<<Ilona Szabó>>,[[dob:05.05.1931=>1931-05-05]],[[phone:0161-496-0618]],[[pc:OL2 6QW]],((health:Fall - cannot get up - on warfarin)),Ambulance category 3,<<Stacey-Ann Morrison>>
111-884171,28/02/2026 23:40,{{Doctor Foster}} (caller gave nursery rhyme name - hoax),n/k,n/k,,withheld,,Hoax,Call ended,<<Joel Abernethy>>
''')


@doc("ooh-consultation-custody.rtf")
def _(d):
    return rtf(d, '''Pennine Urgent Care - GP Out of Hours - Consultation record

Patient: <<KIERNAN, Shaun Patrick>>     DOB: [[dob:3rd April 1981=>1981-04-03]]     NHS: [[nhs:9991194851]]
Location: Oldham police custody suite (visit requested by custody sergeant)
Reason in custody: ((criminal_offence:arrested 20:40 on suspicion of assault occasioning actual bodily harm))

History: ((health:insulin-dependent diabetic; last insulin 17:00; capillary glucose 3.1 on arrival)).
Also ((health:alcohol withdrawal risk - drinks 2 bottles of wine daily)). Allergic to penicillin.
Plan: glucose gel now, supper, recheck 2-hourly; CIWA scoring. Fit to detain with conditions; not fit for interview before 08:00.

Clinician: Dr <<Fiona MacKinnon-Obi>>, GMC 7412209
Custody sergeant: Sgt <<Wiśniewski>> (force no. 4471)
''')


@doc("ooh-call-audit.xlsx")
def _(d):
    return xlsx(d, [
        ("Audit Feb", [
            ["Handler", "Calls audited", "Score %", "Auditor", "Comment"],
            ["<<Joel Abernethy>>", 6, 91.5, "<<Marcia Lindo>>", "Good safety-netting"],
            ["<<Stacey-Ann Morrison>>", 6, 78.0, "<<Marcia Lindo>>", "Missed sepsis prompt on call 111-884157"],
            ["<<Bartholomew \"Barty\" Ekwueme>>", 4, 95.0, "<<Marcia Lindo>>", ""],
            ["<<CHEUNG Wai-Lun>>", 5, 88.5, "<<Marcia Lindo>>", "Clear worsening advice"],
            ["<<Andreas Christodoulou>>", 3, 72.0, "<<Marcia Lindo>>", "New starter; shadowing <<Wai-Lun>> in March"],
        ]),
        ("Actions", [
            ["Action", "Owner", "Due"],
            ["Refresher on maternity pathways for <<Stacey-Ann>>", "<<Marcia Lindo>>", ("date", 2026, 3, 20)],
            ["Share call 111-884120 as good practice", "<<Marcia>>", ("date", 2026, 3, 6)],
        ]),
    ], author="<<Marcia Lindo>>")


@doc("ooh-safeguarding-referral.docx")
def _(d):
    return docx(d, [
        "Safeguarding referral — child (out-of-hours)",
        ("table", [
            ["Child", "<<Kaiden Whitworth>>"], ["DOB", "[[dob:2019-06-30]]"],
            ["Address", "22 Greenacres Road, Oldham [[pc:OL4 1HG]]"],
            ["Parent", "<<Chantelle Whitworth>> ([[phone:07700 900 330]])"],
            ["Other adult in household", "<<Ryan Hibbert>>, mother's partner"],
        ]),
        "Concern: [cmt1]((health:bruising to both upper arms in a grip pattern and a torn frenulum)) seen at the OOH base 01:10.[/cmt]",
        "Mother says he fell off the sofa. Child quiet, flinched when the partner spoke.",
        "Known: <<Ryan Hibbert>> ((criminal_offence:has a 2021 conviction for common assault on a previous partner)) (per police PNC check by duty officer).",
        "Referred to Oldham MASH by phone 01:55 and to the on-call paediatrician at the Royal Oldham.[fn1]",
    ], author="<<Fiona MacKinnon-Obi>>", title="Safeguarding referral OOH",
        header=["Pennine Urgent Care — CONFIDENTIAL — Safeguarding"],
        footer=["Pennine Urgent Care, Oldham OOH base, [[pc:OL1 2JH]], clinical line [[phone:0161 496 0100]]"],
        footnotes=["MASH duty worker: <<Lorraine Clegg>>, ref MASH/26/3381."],
        comments=[("Dr <<F. MacKinnon-Obi>>", "FMO", "Photographs taken on the base camera, not my phone.")])


@doc("ooh-online-111.json")
def _(d):
    return jdump(d, {
        "service": "111 online - Greater Manchester",
        "exportedAt": "2026-03-01T02:00:00Z",
        "submissions": [
            {"id": "o111-5521", "callerForename": "<<Obinna>>", "callerSurname": "<<Eze-Chukwu>>", "yearOfBirth": 1996,
             "dateOfBirth": "[[dob:1996-08-22]]", "email": "[[email:obinna.ec@example.com]]", "phone": "[[phone:07700900711]]",
             "postcode": "[[pc:M4 5JD]]", "clientIp": "[[ip:203.0.113.201]]",
             "pathway": "PEP / PrEP", "answers": "((sex_life_orientation:condomless anal sex with a male partner 20 hours ago)); ((health:partner HIV positive, viral load unknown))",
             "outcome": "Sexual health clinic within 24h"},
            {"id": "o111-5530", "callerForename": "<<Harriet>>", "callerSurname": "<<Fenwick-Ndiaye>>", "yearOfBirth": 2001,
             "dateOfBirth": "[[dob:2001-03-15]]", "email": "[[email:HFenwickNdiaye@example.org]]", "phone": "[[phone:07700 900 722]]",
             "postcode": "[[pc:M14 6HR]]", "clientIp": "[[ip:2001:db8:0:0:0:0:0:7a]]",
             "pathway": "Urinary symptoms", "answers": "((health:burning when passing urine, no fever))", "outcome": "Pharmacy first"},
        ],
    })


@doc("ooh-gp-handover.mbox")
def _(d):
    return mbox(d, [
        ("ooh.handover@pennine-urgent.example.nhs.uk", "Sun Mar  1 07:01:00 2026", [
            ("From", "OOH Handover <[[email:ooh.handover@pennine-urgent.example.nhs.uk]]>"),
            ("To", "<[[email:reception.glodwick@example.nhs.uk]]>"),
            ("Subject", "OOH contacts overnight - Glodwick Medical Practice"), ("Date", "Sun, 01 Mar 2026 07:01:00 +0000"),
            ("Message-ID", "<h-0301-1@pennine-urgent.example.nhs.uk>")],
            '''Overnight contacts for your registered patients:

1. <<Rajinder Kaur Dhillon>>, DOB [[dob:09/01/1967=>1967-01-09]] - ((health:chest pain, conveyed to Royal Oldham, troponin pending)).
2. <<Ilona Szabó>>, DOB [[dob:05/05/1931=>1931-05-05]] - ((health:fall at home on warfarin; CT head normal)); ((genetic:known factor V Leiden heterozygote)); son <<Peter>> staying with her.
3. <<Abdirahman Warsame>>, DOB [[dob:14/10/1977=>1977-10-14]] - ((health:requested an emergency supply of methadone - declined, advised to contact his recovery worker)).

Please update records. Do not reply to this mailbox.'''),
        ("reception.glodwick@example.nhs.uk", "Mon Mar  2 08:40:12 2026", [
            ("From", "<<Nasreen Akhtar>> <[[email:reception.glodwick@example.nhs.uk]]>"),
            ("To", "OOH Handover <[[email:ooh.handover@pennine-urgent.example.nhs.uk]]>"),
            ("Subject", "Re: OOH contacts overnight - Glodwick Medical Practice"), ("Date", "Mon, 02 Mar 2026 08:40:12 +0000"),
            ("Message-ID", "<r-0302@glodwick.example.nhs.uk>"), ("In-Reply-To", "<h-0301-1@pennine-urgent.example.nhs.uk>")],
            '''Received, thank you. Item 3 - Mr <<Warsame>> is not ours any more (moved to Werneth surgery in January).
<<Nasreen>>, reception manager, [[phone:0161 496 0402]]'''),
        ("ooh.handover@pennine-urgent.example.nhs.uk", "Mon Mar  2 09:02:45 2026", [
            ("From", "OOH Handover <[[email:ooh.handover@pennine-urgent.example.nhs.uk]]>"),
            ("To", "<<Nasreen Akhtar>> <[[email:reception.glodwick@example.nhs.uk]]>"),
            ("Subject", "Re: OOH contacts overnight - Glodwick Medical Practice"), ("Date", "Mon, 02 Mar 2026 09:02:45 +0000"),
            ("Message-ID", "<h-0302-2@pennine-urgent.example.nhs.uk>"), ("In-Reply-To", "<r-0302@glodwick.example.nhs.uk>"),
            ("References", "<h-0301-1@pennine-urgent.example.nhs.uk> <r-0302@glodwick.example.nhs.uk>")],
            '''Thank you - re-sent item 3 to Werneth Surgery. Our records showed the old practice because the spine had not
updated. <<Marcia Lindo>>, clinical governance, for the OOH handover team.'''),
    ])


@doc("ooh-shift-rota.tsv")
def _(d):
    return d.r('''Shift\tBase\tClinician\tRole\tGMC/NMC\tMobile
Sat 28 Feb 18:30-01:00\tOldham\tDr <<Fiona MacKinnon-Obi>>\tSessional GP\tGMC 7412209\t[[phone:07700 900 801]]
Sat 28 Feb 18:30-01:00\tRochdale\tDr. <<Hussain, Tariq>>\tSessional GP\tGMC 6033184\t[[phone:07700 900 802]]
Sun 01 Mar 01:00-08:00\tOldham\t<<Gráinne Mulcahy>>\tANP\tNMC 09J1442E\t[[phone:+44 7700 900803]]
Sun 01 Mar 08:00-14:00\tHome visiting car\t<<PRZYBYLSKI, Marek>>\tParamedic practitioner\tHCPC PA40921\t[[phone:07700 900 804]]
Sun 01 Mar 08:00-14:00\tCall centre\t<<Joel Abernethy>>; <<Stacey-Ann Morrison>>\tHealth advisers\t-\tvia switchboard [[phone:0161 496 0100]]
''')


@doc("ooh-complaint-letter.pdf")
def _(d):
    return pdf(d, ['''14 Hathershaw Lane
Oldham [[pc:OL8 2DT]]
1 March 2026

Patient Experience Team, Pennine Urgent Care

Complaint: my treatment on the night of 21 February

Name: <<Abena Owusu-Ansah>>    D.O.B.: [[dob:03-Apr-81=>1981-04-03]]    NHS no: [[nhs:999-134-9707]]

I have ((health:sickle cell disease)). I rang 111 in a severe crisis and waited four hours for a callback.
When the GP rang she asked whether I was "drug-seeking". ((racial_ethnic_origin:As a Black African woman I have been
treated like this before)) and I want to know whether the call was reviewed by someone who understands sickle cell.

My husband <<Kofi>> took me to A&E in the end. You can reach me on [[phone:07700 900 918]] or [[email:abena.oa@example.co.uk]].

Yours faithfully,
<<A. Owusu-Ansah>>''', '''Page 2 - consent
I consent to the complaints team reading my 111 and out-of-hours records for this complaint.
Signed <<Abena Owusu-Ansah>>   Date 01/03/2026
Witness: <<Kofi Owusu-Ansah>>'''])


@doc("policy-ooh-call-recording.txt")
def _(d):
    return d.r('''PENNINE URGENT CARE - CALL RECORDING AND CLINICAL RECORD RETENTION POLICY

Scope
All calls to and from the NHS 111 and GP out-of-hours services are recorded. This policy covers why, who may listen,
and how long recordings and clinical records are kept.

Why we record
Recordings protect patients and staff: they let us audit clinical decisions, investigate complaints and learn from
incidents. Callers are told at the start of every call that it is recorded.

Who may listen
Clinical auditors, the complaints team, the safeguarding lead and staff investigating an incident. Anyone else needs
the Caldicott Guardian's written approval. Every access is logged.

Retention
Recordings: 3 years from the call, or longer while a complaint, claim or inquest is open.
Out-of-hours consultation records: 8 years for adults, until the 25th birthday for children (26th if the child was
17 at the time).
Safeguarding referrals: for the lifetime of the linked record.

Requests
A caller may ask for a copy of a recording under data protection law. Third parties on the call are redacted.
''')


# ============================================================ F. Nursing regulator's fitness-to-practise panel
FTP_FOOT = ["Council for Nursing and Midwifery Practice, 23 Portland Place, London [[pc:W1B 1PZ]] · hearings [[phone:020 7946 0217]]"]


@doc("ftp-panel-determination.docx")
def _(d):
    return docx(d, [
        "Fitness to Practise Committee — substantive hearing — determination on facts, impairment and sanction",
        ("table", [
            ["Registrant", "<<Gillian Margaret Shackleton>>"], ["PIN", "04I1187E"],
            ["Part of the register", "Registered Nurse — Adult"], ["Hearing dates", "9–12 February 2026"],
            ["Panel", "<<Anjali Deshpande>> (chair, lay); <<Robert Tennant-Hughes>> (registrant member); <<Iwan Probert>> (lay)"],
            ["Legal assessor", "<<Celestine Uwimana>>"],
            ["Council's case presenter", "<<Hugo Ferreira-Lam>>, of {{Fennimore Blyth}} LLP"],
        ]),
        "Charge 1: on 3 June 2025 at Leeds Magistrates' Court, [cmt1]((criminal_offence:you were convicted of driving with excess alcohol and disqualified for 20 months))[/cmt].",
        "Charge 2: between March and June 2025 you attended shifts at Airedale ward 12 while under the influence of alcohol.",
        "The panel heard from Mrs <<Shackleton>> that ((health:she has alcohol dependence and has been abstinent since July 2025, with support from an addiction service)).[fn1]",
        "She was represented by <<Owen Gallagher>>, ((trade_union:her Royal College of Nursing officer)).",
        "Sanction: conditions of practice order, 18 months, reviewed before expiry.",
    ], author="<<Celestine Uwimana>>", title="Determination - <<Shackleton>>",
        header=["PRIVATE SESSION PARTS REDACTED FOR PUBLICATION — CNMP"], footer=FTP_FOOT,
        footnotes=["Letter from Dr <<Yusra El-Amin>>, consultant addiction psychiatrist, 28 January 2026."],
        comments=[("<<Anjali Deshpande>>", "AD", "Legal assessor to confirm the conviction date against the memorandum of conviction.")])


@doc("ftp-hearing-schedule.xlsx")
def _(d):
    return xlsx(d, [
        ("March listings", [
            ["Date", "Registrant", "PIN", "Type", "Allegation", "Venue", "Panel chair"],
            [("date", 2026, 3, 3), "<<Mensah, Kwadwo>>", "11C0093O", "Substantive", "((criminal_offence:Conviction - theft from a patient))", "London hearing room 2", "<<Anjali Deshpande>>"],
            [("date", 2026, 3, 5), "<<Delahaye-Smith, Perpetua>>", "98Y4410E", "Interim order review", "((health:Health - bipolar affective disorder, relapse))", "Virtual", "<<Iwan Probert>>"],
            [("date", 2026, 3, 10), "<<Tanvir Hussain>>", "15H2231E", "Substantive", "Misconduct - record keeping", "Edinburgh", "<<Anjali Deshpande>>"],
            [("date", 2026, 3, 17), "<<Żaneta Kubiak>>", "19G0712O", "Substantive", "((criminal_offence:Caution - assault on a partner, 2024)) not declared", "London hearing room 1", "<<Robert Tennant-Hughes>>"],
            [("date", 2026, 3, 24), "<<Olamide>> (surname withheld - anonymity order)", "22D1904E", "Substantive", "((sex_life_orientation:Sexual relationship with a patient's relative))", "Virtual", "<<Iwan Probert>>"],
        ]),
        ("Hearings team", [["Officer", "Direct line"], ["<<Priya Raghunathan>>", "[[phone:020 7946 0388]]"], ["<<Callum Whitelaw>>", "[[phone:020 7946 0391]]"]]),
    ], author="<<Priya Raghunathan>>")


@doc("ftp-witness-statement.odt")
def _(d):
    return odt(d, [
        ("h", "Witness statement of <<Joanne Pickersgill>>"),
        "I am a ward manager at Airedale General Hospital, ward 12 (elderly care). I have managed the registrant, <<Gillian Shackleton>>, since 2019.",
        "On the night of 14 June 2025 a healthcare assistant, <<Bogdan Ionescu>>, told me he could smell alcohol on <<Gillian>>'s breath at handover.",
        "I spoke to her in the office. Her speech was slurred. She told me ((health:she had been drinking heavily since her divorce and could not stop)).",
        "Patient A, an 88-year-old man in bay 3, had been given his 22:00 insulin twice. Patient A is not named in this statement.",
        ("table", [["Name", "<<Joanne Pickersgill>>"], ["Work address", "Ward 12, Airedale General Hospital, Keighley [[pc:BD20 6TD]]"],
                   ["Work email", "[[email:joanne.pickersgill@airedale.example.nhs.uk]]"], ["Signed", "<<J. Pickersgill>>, 20 January 2026"]]),
    ], author="<<Callum Whitelaw>>")


@doc("ftp-employer-referral.eml")
def _(d):
    return message(d, [
        ("From", "<<Deborah Oyinlola-Marsh>> <[[email:d.oyinlola-marsh@northfold-care.example.co.uk]]>"),
        ("To", "CNMP Referrals <[[email:referrals@cnmp.example.org]]>"),
        ("Cc", "<<Ricky Batra>> <[[email:r.batra@northfold-care.example.co.uk]]>"),
        ("Subject", "Employer referral - registered nurse at Northfold House"),
        ("Date", "Thu, 08 Jan 2026 16:22:40 +0000"),
        ("Message-ID", "<ref-nfh-0108@northfold-care.example.co.uk>"),
    ], '''Dear Referrals team,

I am the registered manager of Northfold House nursing home. I am referring one of our nurses, <<Kwadwo Mensah>>.

On 2 January a resident's family reported £340 missing from her purse. Police were called and Mr <<Mensah>> ((criminal_offence:was arrested and has since been charged with theft)).
He is suspended. His registrant details are attached, and our HR lead <<Ricky>> is copied in.

<<Deborah Oyinlola-Marsh>>
Registered Manager, Northfold House, [[phone:0115 496 0775]]
''', html=True, attachments=[("registrant-details.txt", "text/plain", '''Name: <<MENSAH, Kwadwo Kofi>>
Date of birth: [[dob:1988-02-29]]
NI number: [[nino:QQ 66 21 05 B]]
Home address: 7 Sherwood Rise, Nottingham [[pc:NG7 6JE]]
Mobile: [[phone:07700 900 195]]
Personal email: [[email:kwadwo.mensah88@example.com]]
Right to work: British passport no. [[passport:538811720]] seen 2021
''')], boundary="=_nfh0108")


@doc("ftp-interim-orders.json")
def _(d):
    return jdump(d, {
        "schema": "cnmp.case-management/interimOrders/v3",
        "orders": [
            {"caseRef": "CNMP-2025-08812", "registrantGivenName": "<<Perpetua>>", "registrantFamilyName": "<<Delahaye-Smith>>",
             "pin": "98Y4410E", "registrantDob": "[[dob:1974-11-11]]", "orderType": "interim suspension", "months": 18,
             "groundsSummary": "((health:relapse of bipolar disorder requiring admission; not currently fit to practise))",
             "contactEmail": "[[email:perpetua.ds@example.net]]", "lastPortalLoginIp": "[[ip:198.51.100.77]]"},
            {"caseRef": "CNMP-2025-09140", "registrantGivenName": "<<Żaneta>>", "registrantFamilyName": "<<Kubiak>>",
             "pin": "19G0712O", "registrantDob": "[[dob:1993-06-06]]", "orderType": "interim conditions", "months": 12,
             "groundsSummary": "Failure to declare a police caution", "contactEmail": "[[email:zaneta.kubiak@example.org]]",
             "lastPortalLoginIp": "[[ip:2001:db8:1f::a2]]", "identityCheck": "((biometric:selfie face-match to passport photo: pass, score 0.93))",
             "drivingLicenceSeen": "[[dl:KUBIA956063Z99TW]]"},
        ],
    })


@doc("ftp-panellist-expenses.csv")
def _(d):
    return d.r('''Panellist,Hearing,Days,Fee,Travel,Subsistence,Total,Pay to,Bank details
<<Anjali Deshpande>>,CNMP-2026-00112,4,1240.00,86.40,48.00,1374.40,own account,"sort code 40-47-84, account 70872490"[[=bank:404784:70872490]]
<<Robert Tennant-Hughes>>,CNMP-2026-00112,4,1240.00,212.10,96.00,1548.10,own account,"20-32-53 / 53981102"[[=bank:203253:53981102]]
<<Iwan Probert>>,CNMP-2026-00112,4,1240.00,155.00,48.00,1443.00,"{{Probert Consulting}} Ltd",[[iban:GB94 BARC 1020 1530 0934 59]]
<<Seán Ó Briain>>,CNMP-2026-00131,2,620.00,318.00,24.00,962.00,Irish account,[[iban:IE29 AIBK 9311 5212 3456 78]]
''')


@doc("ftp-occupational-health-report.pdf")
def _(d):
    return pdf(d, ['''INDEPENDENT OCCUPATIONAL HEALTH ASSESSMENT - FOR THE FITNESS TO PRACTISE COMMITTEE
Registrant: <<Perpetua Delahaye-Smith>>      DOB: [[dob:11th November 1974=>1974-11-11]]
Case: CNMP-2025-08812       Assessed: 13 February 2026 (video)

Background: ((health:bipolar affective disorder diagnosed 2009; admitted informally in August 2025 after a manic relapse)).
Current treatment: ((health:lithium carbonate, levels stable; weekly contact with her care coordinator)).
Opinion: not yet fit to return to clinical practice; likely fit for a phased return with conditions in 4-6 months.

Assessor: Dr <<Lachlan Birkett>>, FFOM
Report requested by: <<Callum Whitelaw>>, hearings officer, [[email:callum.whitelaw@cnmp.example.org]]'''])


@doc("ftp-hearing-transcript.txt")
def _(d):
    return d.r('''CNMP FITNESS TO PRACTISE COMMITTEE - TRANSCRIPT (EXTRACT) - DAY 2 - 10 FEBRUARY 2026
Case: <<Gillian Margaret SHACKLETON>>

THE CHAIR (MS <<DESHPANDE>>): Please take the affirmation or the oath, as you wish.
MRS <<SHACKLETON>>: I'll affirm, please.
MR <<FERREIRA-LAM>>: Mrs <<Shackleton>>, you accept the conviction?
MRS <<SHACKLETON>>: I do. ((health:I was drinking every day by then. I have been sober since the eleventh of July)).
MR <<GALLAGHER>>: ((trade_union:Madam Chair, as her RCN representative)) I'd ask the panel to note her testimonials.
THE CHAIR: Thank you, Mr <<Gallagher>>. We'll rise for fifteen minutes.
(Short adjournment)
THE LEGAL ASSESSOR (MS <<UWIMANA>>): Chair, one matter of law on the "excess alcohol" wording.
''')


@doc("policy-ftp-hearings-privacy.txt")
def _(d):
    return d.r('''COUNCIL FOR NURSING AND MIDWIFERY PRACTICE
Privacy notice: fitness to practise hearings

What we collect
When we investigate a concern about a nurse or midwife we collect the referral, statements from witnesses, records
from employers, and, where relevant, information about the registrant's health or any criminal proceedings.

Public and private sessions
Hearings are held in public. Parts that deal with a registrant's health, or with information about patients, are heard
in private, and those parts are removed from the published determination.

Patients and witnesses
Patients are referred to by letter (Patient A, Patient B). Witnesses' home addresses are never included in hearing
bundles.

Publication
Substantive orders are published on the register for their duration. Determinations are published for one year after
an order ends. Cases closed with no case to answer are not published.

How long we keep records
Case files: 10 years from closure, or 25 years where a striking-off order was made. Recordings of hearings: 6 years.
''')


# ============================================================ G. Theatre company casting and diversity monitoring
@doc("cast-diversity-monitoring.xlsx")
def _(d):
    return xlsx(d, [
        ("Responses", [
            ["Applicant", "Role auditioned", "Ethnic group", "Disability", "Sexual orientation", "Religion or belief", "Age band"],
            ["<<Jerome Baptiste-Fairweather>>", "{{Algernon Moncrieff}}", "((racial_ethnic_origin:Black Caribbean))", "No", "((sex_life_orientation:Gay man))", "None", "25-34"],
            ["<<Meera Chakraborty>>", "{{Gwendolen Fairfax}}", "((racial_ethnic_origin:Asian British - Bangladeshi))", "No", "Prefer not to say", "((religious_belief:Hindu))", "25-34"],
            ["<<Ewa Sobczak>>", "{{Cecily Cardew}}", "((racial_ethnic_origin:White - other (Polish)))", "((health:Yes - type 1 diabetes))", "((sex_life_orientation:Bisexual))", "((religious_belief:Roman Catholic))", "18-24"],
            ["<<Desmond Achebe-Lowry>>", "{{Lane}} / {{Merriman}}", "((racial_ethnic_origin:Mixed - White and Black African))", "((health:Yes - wheelchair user (spinal injury)))", "((sex_life_orientation:Heterosexual))", "((religious_belief:Muslim))", "35-44"],
            ["<<Harriet Lumsden-Boyle>>", "{{Lady Bracknell}}", "Prefer not to say", "Prefer not to say", "Prefer not to say", "Prefer not to say", "55-64"],
        ]),
        ("About this form", [["Production", "The Importance of Being Earnest (spring tour 2026)"], ["Collected by", "<<Nadia Farouk-Hale>>, casting assistant"], ["Stored", "Separately from audition notes"]]),
    ], author="<<Nadia Farouk-Hale>>")


@doc("cast-audition-schedule.docx")
def _(d):
    return docx(d, [
        "Recall auditions — Tuesday 10 March 2026 — Rehearsal Room B",
        ("table", [
            ["Time", "Actor", "Reading for", "Agent"],
            ["10:00", "<<Jerome Baptiste-Fairweather>>", "{{Algernon}}", "<<Sasha Wolfenden>> at {{Bellamy Thorne}} Associates"],
            ["10:30", "<<Meera Chakraborty>>", "{{Gwendolen}}", "self-represented"],
            ["11:00", "<<Ewa Sobczak>>", "{{Cecily}}", "<<Tobias Garside-Nwosu>>, {{Garside}} Management"],
            ["11:30", "<<Desmond Achebe-Lowry>>", "{{Lane}} / {{Merriman}}", "<<Sasha Wolfenden>>"],
        ]),
        "Access: [cmt1]Room B is step-free; <<Desmond>> asked for a table at sitting height for the script.[/cmt]",
        "Reader: <<Philippa Ormerod-Vance>>. Director: <<Kojo Antwi-Barnes>>. Casting director: <<Nadia Farouk-Hale>>.",
        "Please do not share this schedule outside the casting team.",
    ], author="<<Nadia Farouk-Hale>>", title="Recalls 10 March",
        header=["Harbourlight Theatre Company — Casting"], footer=["Harbourlight Theatre Company, 4 Quay Street, Bristol [[pc:BS1 4DB]] · [[phone:0117 496 0151]]"],
        comments=[("<<Kojo Antwi-Barnes>>", "KAB", "Can we see <<Ewa>> for {{Gwendolen}} too? Her {{Cecily}} tape was strong.")])


@doc("cast-actor-contracts.ods")
def _(d):
    for v in ("1996-01-23", "1983-07-04"):
        lab(d, "dob", v)
    for v in ("309950:18225417", "086090:40417711"):
        lab(d, "bank", v)
    return ods(d, [
        ("Contracts", [
            ["Actor", "Date of birth", "NI number", "Equity no.", "Weekly fee", "Sort code", "Account", "Start"],
            ["<<Jerome Baptiste-Fairweather>>", ("date", 1996, 1, 23), "[[nino:QQ 90 33 17 A]]", "((trade_union:Equity member M284117))", 650.0, "30-99-50", "18225417", ("date", 2026, 3, 30)],
            ["<<Desmond Achebe-Lowry>>", ("date", 1983, 7, 4), "[[nino:QQ520068C]]", "((trade_union:Equity member D097650))", 650.0, "08-60-90", "40417711", ("date", 2026, 3, 30)],
            ["<<Meera Chakraborty>>", "", "", "not yet a member", 650.0, "via agent", "", ("date", 2026, 3, 30)],
        ]),
        ("Company manager", [["Name", "<<Gethin Morgan-Rees>>"], ["Mobile", "[[phone:07700 900 150]]"], ["Email", "[[email:gethin@harbourlight.example.org]]"]]),
    ], author="<<Gethin Morgan-Rees>>")


@doc("cast-agent-submissions.mbox")
def _(d):
    return mbox(d, [
        ("sasha@bellamythorne.example.co.uk", "Fri Feb 20 11:03:09 2026", [
            ("From", "<<Sasha Wolfenden>> <[[email:sasha@bellamythorne.example.co.uk]]>"),
            ("To", "<<Nadia Farouk-Hale>> <[[email:casting@harbourlight.example.org]]>"),
            ("Subject", "Earnest - <<Desmond Achebe-Lowry>> for Lane/Merriman"), ("Date", "Fri, 20 Feb 2026 11:03:09 +0000"),
            ("Message-ID", "<sw-0220@bellamythorne.example.co.uk>")],
            '''Hi <<Nadia>>,

Submitting <<Desmond Achebe-Lowry>> - showreel link in Spotlight. <<Desmond>> ((health:is a wheelchair user)) and tours
regularly; he'll need an accessible dressing room and digs. Happy to talk access riders.

<<Sasha>>
Bellamy Thorne Associates | [[phone:020 7946 0744]]'''),
        ("casting@harbourlight.example.org", "Mon Feb 23 09:47:55 2026", [
            ("From", "<<Nadia Farouk-Hale>> <[[email:casting@harbourlight.example.org]]>"),
            ("To", "<<Sasha Wolfenden>> <[[email:sasha@bellamythorne.example.co.uk]]>"),
            ("Subject", "Re: Earnest - <<Desmond Achebe-Lowry>> for Lane/Merriman"), ("Date", "Mon, 23 Feb 2026 09:47:55 +0000"),
            ("Message-ID", "<nfh-0223@harbourlight.example.org>"), ("In-Reply-To", "<sw-0220@bellamythorne.example.co.uk>")],
            '''Thanks <<Sasha>> - recall on 10 March at 11:30. All our tour venues are on the access list; the Dublin
leg will need his passport details by 1 April for the insurers.
<<Nadia>>'''),
        ("tobias@garside-mgmt.example.com", "Mon Feb 23 15:12:30 2026", [
            ("From", "<<Tobias Garside-Nwosu>> <[[email:tobias@garside-mgmt.example.com]]>"),
            ("To", "<[[email:casting@harbourlight.example.org]]>"),
            ("Subject", "<<Ewa Sobczak>> - availability"), ("Date", "Mon, 23 Feb 2026 15:12:30 +0000"),
            ("Message-ID", "<tgn-0223@garside-mgmt.example.com>")],
            '''<<Ewa>> is free from 23 March. ((religious_belief:She's fasting for Lent)), only relevant if the recall runs through lunch!
<<Tobias>>'''),
    ])


@doc("cast-tour-travel.tsv")
def _(d):
    return d.r('''Traveller\tRole\tDOB\tNationality\tPassport no.\tExpiry\tMobile\tNotes
<<Jerome Baptiste-Fairweather>>\tAlgernon\t[[dob:23 Jan 1996=>1996-01-23]]\tBritish\t[[passport:547702198]]\t2031-08-14\t[[phone:07700 900 160]]\t
<<Desmond Achebe-Lowry>>\tLane/Merriman\t[[dob:04/07/1983=>1983-07-04]]\tBritish\t[[passport:120948836]]\t2029-02-01\t[[phone:07700 900 161]]\t((health:Power chair - airline battery form needed))
<<Ewa Sobczak>>\tCecily\t[[dob:1/9/2003=>2003-09-01]]\tPolish\tEU ID card (no passport held)\t-\t[[phone:07700 900 178]]\t
<<Gethin Morgan-Rees>>\tCompany manager\t[[dob:12.12.1979=>1979-12-12]]\tBritish\t[[passport:300415567]]\t2033-05-30\t[[phone:07700 900 150]]\tlead traveller
''')


@doc("cast-access-rider.rtf")
def _(d):
    return rtf(d, '''HARBOURLIGHT THEATRE COMPANY - ACCESS RIDER (agreed)

Actor: <<Ewa Sobczak>>          Production: Earnest, spring tour
Prepared with: <<Nadia Farouk-Hale>> and the company manager <<Gethin Morgan-Rees>>

1. ((health:I am autistic and have ADHD)). Written rehearsal calls the evening before, not on the day.
2. ((health:I manage type 1 diabetes with a pump)); I need to eat at set times and keep glucose in the wings.
3. A quiet space at the venue for 20 minutes before the half.
4. Notes in writing as well as spoken, please.
5. Stage doors: ((biometric:I am enrolled on the palm-vein entry at the Bristol venue)); please issue a fob elsewhere.

Emergency contact: <<Małgorzata Sobczak>> (sister), [[phone:+44 7700 900 177]]
Signed <<E. Sobczak>> - 02/03/2026''')


@doc("cast-box-office-export.jsonl")
def _(d):
    return jdump(d, [
        {"orderNo": "HL-449120", "customer": {"displayName": "<<Ffion Haworth>>", "email": "[[email:ffion.haworth@example.co.uk]]", "postcode": "[[pc:BS6 5BQ]]"},
         "seats": ["C12", "C13"], "access": "((health:wheelchair space + companion; customer uses a power chair))", "paidWith": {"pan": "[[card:4000 0566 5566 5556]]", "expiry": "09/28"},
         "ip": "[[ip:203.0.113.9]]"},
        {"orderNo": "HL-449133", "customer": {"displayName": "Mr & Mrs <<Okoro-Bainbridge>>", "email": "[[email:okorobainbridge@example.net]]", "postcode": "[[pc:BS9 3HQ]]"},
         "seats": ["F1", "F2"], "access": None, "paidWith": {"pan": "[[card:5555555555554444]]", "expiry": "01/27"},
         "ip": "[[ip:198.51.100.140]]"},
        {"orderNo": "HL-449140", "customer": {"displayName": "Bristol U3A drama group", "email": "[[email:u3a.drama@example.org]]", "postcode": "[[pc:BS8 1TH]]"},
         "seats": ["J1", "J2", "J3", "J4", "J5", "J6"], "access": "hearing loop", "paidWith": {"pan": "[[card:4111-1111-1111-1111]]", "expiry": "12/26"},
         "ip": "[[ip:2001:db8:ab::1]]"},
    ], lines=True)


@doc("cast-open-call-responses.html")
def _(d):
    return d.r('''<!doctype html>
<html><head><meta charset="utf-8"><title>Open call: "Inside Voices" devised piece - responses</title></head><body>
<h1>Open call responses - "Inside Voices" (devised with people with lived experience of prison)</h1>
<table>
<thead><tr><th>#</th><th>Name</th><th>Contact</th><th>Tell us about you</th></tr></thead>
<tbody>
<tr><td>1</td><td><<Lorcan Devaney>></td><td>[[email:lorcan.devaney@example.com]]<br>[[phone:07700 900 186]]</td>
<td>((criminal_offence:I served four years in HMP Bristol for burglary)) and started acting on the wing. Released 2023.</td></tr>
<tr><td>2</td><td><<Yasmin Haddad-Corrigan>></td><td>[[email:yasminhc@example.org]]</td>
<td>Writer and facilitator. ((sex_life_orientation:I'm bisexual)) and interested in how queer people survive inside.</td></tr>
<tr><td>3</td><td>"Big" <<Tony Ruddock>>, on licence</td><td>via his probation officer <<Kelechi Amadi>> ([[phone:0117 496 0633]])</td>
<td>((criminal_offence:Life sentence, released on licence 2024)). Wants to work on the music.</td></tr>
<tr><td>4</td><td><<Ngaio Pennington>></td><td>[[email:ngaio.p@example.net]]</td>
<td>Drama therapist and ((political_opinion:Green Party councillor in Stroud)). No lived experience myself; I ran sessions at {{HMP Eastwood Park}} for {{Clean Break}}.</td></tr>
</tbody></table>
<dl><dt>Panel</dt><dd><<Kojo Antwi-Barnes>>, <<Nadia Farouk-Hale>></dd><dt>Deadline</dt><dd>31 March 2026</dd></dl>
</body></html>
''')


@doc("training-casting-inclusive-practice.md")
def _(d):
    return d.r('''# Inclusive casting: practice guide for casting staff

## Equal opportunities monitoring

- Monitoring forms are optional. Say so on the form and in the call-out.
- Keep monitoring answers apart from audition notes; panels never see them.
- Report only totals, and only where a group has ten or more people.

## Breakdown wording

| Avoid | Prefer |
|---|---|
| "Must be able-bodied" | Describe what the role needs physically, and say adjustments are welcome |
| "Ethnically ambiguous" | Say whether the role is open to actors of any background |
| "No tattoos" | Leave it out unless the costume truly cannot cover them |

## Access

Ask every actor the same question: "Is there anything we can do to make this audition work better for you?"
Offer sides in advance, step-free rooms and a quiet waiting space as standard, not on request.

## Working with people with convictions

Ask about unspent convictions only where a role involves working with children or adults at risk, and only after an
offer is made. Keep any answer with the safeguarding lead, not in the casting file.
''')


# ============================================================ H. Housing benefit and council tax reduction
HB_FOOT = "Revenues and Benefits, Kirkholme Borough Council, PO Box 117, Preston [[pc:PR1 2RL]] · [[phone:0161 496 0990]] · [[email:benefits@kirkholme-council.example.org]]"


@doc("hb-claim-form.pdf")
def _(d):
    return pdf(d, ['''KIRKHOLME BOROUGH COUNCIL - HOUSING BENEFIT AND COUNCIL TAX REDUCTION CLAIM
Part 1 - You
Surname: <<ADEWALE-PRICE>>       Forenames: <<Temitope Grace>>
Born: 3/4/1981 [[=dob:1981-04-03]]      NI number: [[nino:QQ 48 31 72 D]]
Address: 61 Ribbleton Avenue, Preston [[pc:PR1 5RY]]
Phone: [[phone:07700 900 603]]   Email: [[email:t.adewaleprice@example.com]]

Part 2 - Your partner
Name: <<Marcus Price>>    DOB: [[dob:19 June 1979=>1979-06-19]]    NI number: [[nino:QQ 48 99 03 A]]

Part 3 - Children
<<Zion Adewale-Price>> (8) - ((health:gets DLA care component, middle rate, for cerebral palsy))
<<Grace-Anne Adewale-Price>> (4)
Part 4 - equality monitoring (optional): your ethnic group: ((racial_ethnic_origin:Black British - Nigerian))''', '''Part 9 - Where should we pay your benefit?
Name of account holder: <<Temitope Adewale-Price>>
Sort code: 23-14-70
Account number: 10736641
[[=bank:231470:10736641]]
Part 12 - Declaration
Signed: <<T. G. Adewale-Price>>   Date: 16/02/2026
For office use: received by <<Wojciech Nowak-Barrett>>, Preston customer service centre'''])


@doc("hb-change-of-circumstances.eml")
def _(d):
    return message(d, [
        ("From", "<<Kerry-Ann Whiteside>> <[[email:kerryann.whiteside@example.co.uk]]>"),
        ("To", "<[[email:benefits@kirkholme-council.example.org]]>"),
        ("Cc", "<<Jolene Marsden>> (Citizens Advice) <[[email:jolene.marsden@example.org]]>"),
        ("Subject", "Change of circumstances - claim ref HB/0447120"),
        ("Date", "Mon, 09 Feb 2026 10:12:44 +0000"),
        ("Message-ID", "<kaw-0209@example.co.uk>"),
    ], '''To the benefits team,

I need to tell you my partner <<Dean Whiteside>> has left the household. ((criminal_offence:He was sent to prison on 30 January for 14 months for dangerous driving)).
So it's just me and the two children now, and I have lost his wages. I think my council tax reduction needs redoing too.

My date of birth is [[dob:07/08/1992=>1992-08-07]] and NI number [[nino:QQ 73 01 88 C]]. <<Jolene>> from Citizens Advice is helping me and is copied in.
I've attached the letter from the tenancy officer.

Thanks
<<Kerry-Ann Whiteside>>
[[phone:07700 900 612]]
''', html=True, attachments=[("tenancy-letter.txt", "text/plain", '''Kirkholme Homes - Tenancy Services
Tenant: <<Kerry-Ann Whiteside>>, 5 Larkhill Grove, Preston [[pc:PR1 4JT]]
We confirm the joint tenancy with <<Dean Whiteside>> will be assigned to you as sole tenant from 2 March 2026.
<<Mohinder Sehgal>>, Tenancy Officer, [[phone:0161 496 0722]]
''')], boundary="=_kaw0209")


@doc("hb-overpayments.xlsx")
def _(d):
    lab(d, "dob", "1969-10-10")
    lab(d, "dob", "1990-03-25")
    lab(d, "bank", "110001:20073399")
    return xlsx(d, [
        ("Recovery", [
            ["Debtor", "DOB", "Claim ref", "Overpaid (£)", "Reason", "Recovery", "Officer"],
            ["<<Gallacher, Fergus>>", ("date", 1969, 10, 10), "HB/0412291", 4212.57, "((criminal_offence:Fraud - undeclared earnings; convicted at Preston Crown Court, 12 months suspended))", "Attachment of earnings", "<<Halima Begum-Rowe>>"],
            ["<<Rosa Esposito-Lund>>", ("date", 1990, 3, 25), "HB/0433107", 612.0, "Late notification of a pay rise (LA error shared)", "Deduction from ongoing HB", "<<Halima Begum-Rowe>>"],
            ["<<Daniel Kwarteng>>", "", "HB/0401880", 150.5, "Official error - not recoverable", "Written off", "<<Paddy Flanagan>>"],
        ]),
        ("Repayment by standing order", [
            ["Debtor", "<<Rosa Esposito-Lund>>"], ["Payer bank sort code", "11-00-01"], ["Payer account", "20073399"], ["Monthly (£)", 25],
        ]),
    ], author="<<Halima Begum-Rowe>>")


@doc("hb-discretionary-housing-payments.csv")
def _(d):
    return d.r('''Award ID,Claimant,DOB,Postcode,Weekly shortfall,Award,Period,Reason,Decision maker
DHP-26-0031,<<Shirin Farahani>>,[[dob:1986-05-30]],[[pc:PR2 8DJ]],21.50,21.50,26 weeks,Fled domestic abuse; waiting for a sanctuary scheme,<<P. Flanagan>>
DHP-26-0034,<<Adewale-Price Temitope>>,[[dob:1981-04-03]],[[pc:PR1 5RY]],16.80,16.80,52 weeks,Adapted property; son <<Zion>> ((health:uses a wheelchair and hoist)),<<P. Flanagan>>
DHP-26-0040,<<Cyrus McAllister>>,[[dob:1958-12-01]],[[pc:PR5 6BW]],14.20,7.10,13 weeks,Bedroom tax: spare room kept for ((health:overnight carer during chemotherapy)),<<Halima Begum-Rowe>>
DHP-26-0042,<<Whiteside K>>,[[dob:1992-08-07]],[[pc:PR1 4JT]],30.00,30.00,13 weeks,Loss of partner's income,<<P. Flanagan>>
DHP-26-0047,{{Preston North End}} Foundation (on behalf of a tenant),,,,,,Refused - third party cannot claim,<<Halima Begum-Rowe>>
''')


@doc("hb-ctr-discounts.json")
def _(d):
    return jdump(d, {
        "system": "Academy Revenues - CTAX discounts and disregards",
        "run": "2026-02-28",
        "accounts": [
            {"ctaxAccount": "60017742", "liableParty": {"title": "Mrs", "forename": "<<Enid>>", "surname": "<<Haworth-Singh>>", "dob": "[[dob:1937-01-18]]"},
             "property": {"line1": "12 Fulwood Row", "postcode": "[[pc:PR2 9PS]]"},
             "discount": "SMI_DISREGARD", "evidence": "((health:GP certificate: severe mental impairment - Alzheimer's disease))", "certifiedBy": "Dr <<Bilal Rashid>>"},
            {"ctaxAccount": "60018109", "liableParty": {"title": "Mr", "forename": "<<Nathaniel>>", "surname": "<<Oduya>>", "dob": "[[dob:2005-02-02]]"},
             "property": {"line1": "Flat 4, 19 Moor Lane", "postcode": "[[pc:PR1 1JQ]]"},
             "discount": "CARE_LEAVER_EXEMPT", "evidence": "Confirmed by leaving care PA", "certifiedBy": None},
            {"ctaxAccount": "60018355", "liableParty": {"title": "Ms", "forename": "<<Dervla>>", "surname": "<<Cunniffe>>", "dob": "[[dob:1999-07-27]]"},
             "property": {"line1": "3 Adelphi Street", "postcode": "[[pc:PR1 7BH]]"},
             "discount": "STUDENT_EXEMPT", "evidence": "UCLan certificate", "certifiedBy": None,
             "directDebit": {"iban": "[[iban:GB29 NWBK 6016 1331 9268 19]]", "mandateRef": "KBC-60018355"}},
        ],
        "operator": {"id": "hbegumrowe", "ip": "[[ip:192.0.2.210]]"},
    })


@doc("hb-landlord-payments.docx")
def _(d):
    return docx(d, [
        "Direct payments to landlords — safeguard decisions (February 2026)",
        ("table", [
            ["Tenant", "Landlord", "Reason for direct payment", "Weekly (£)"],
            ["<<Liam Prendergast>>", "<<Harjeet Gill>> (private)", "((health:Gambling addiction; rent arrears over 8 weeks))", "118.36"],
            ["<<Oyelaran, Bisi>>", "Kirkholme Homes", "Arrears over 8 weeks", "96.10"],
            ["<<Amelia-Rose Tattersall>>", "{{Ribble Valley Lettings}}", "((health:Learning disability; appointee in place))", "104.00"],
        ]),
        "Landlord bank details verified by phone call-back to the number on file:[fn1]",
        "<<Harjeet Gill>> — sort code 16-00-15, account 48207761 [[=bank:160015:48207761]]",
        "[cmt1]<<Liam>> agreed to direct payment at the interview on 4 February and signed the consent.[/cmt]",
        "Decision maker: <<Paddy Flanagan>>, Benefits Officer",
    ], author="<<Paddy Flanagan>>", title="Safeguard decisions Feb 2026",
        header=["Kirkholme Borough Council — Housing Benefit"], footer=[HB_FOOT],
        footnotes=["Call-back made by <<Wojciech Nowak-Barrett>> to [[phone:0161 496 0347]] on 05/02/2026."],
        comments=[("<<Halima Begum-Rowe>>", "HBR", "Review <<Liam>> in 6 months; GamCare referral offered.")])


@doc("hb-visiting-officer-notes.odt")
def _(d):
    return odt(d, [
        ("h", "Visiting officer report — size criteria review"),
        ("table", [["Claimant", "<<Pradeep Ramaswamy>>"], ["Born", "[[dob:the 5th of March 1964=>1964-03-05]]"],
                   ["Address", "27 St Thomas's Road, Preston [[pc:PR1 6AX]]"], ["Visit", "18 February 2026, 10:30"]]),
        "The claimant lives with his wife <<Lakshmi>> in a two-bedroom house. The second bedroom is used as ((religious_belief:a puja room with the family shrine, where they pray twice a day)).",
        "Mr <<Ramaswamy>> also said <<Lakshmi>> ((health:has COPD and sometimes sleeps in that room when her coughing keeps him awake)).",
        "He mentioned ((political_opinion:he chairs the local Conservative association)) and asked that his councillor be copied in.",
        "The room is furnished as a bedroom as well. Under-occupancy deduction applies; DHP form left with the claimant.",
        "Visiting officer: <<Sunita Chauhan-Webb>>, accompanied by <<Gary Tolley>> (((trade_union:GMB rep)), observing at his own request under the lone-working agreement).",
    ], author="<<Sunita Chauhan-Webb>>")


@doc("hb-tribunal-appeal.md")
def _(d):
    return d.r('''# Appeal to the First-tier Tribunal (Social Entitlement Chamber) — council's response

**Appellant:** <<Ioana Bălănescu>>
**Date of birth:** [[dob:1977-11-21]]
**NI number:** [[nino:QQ 19 55 62 B]]
**Representative:** <<Femi Adeyemo>>, Kirkholme Law Centre, [[phone:0161 496 0585]]
**Council officer:** <<Halima Begum-Rowe>>

## Decision under appeal

Housing benefit ended from 6 October 2025 because the appellant was treated as not habitually resident.

## Identity evidence held

| Document | Number | Seen |
|---|---|---|
| Romanian identity card | RX 559012 | 12/09/2025 |
| UK driving licence | [[dl:BALAN761217I99RM]] | 12/09/2025 |
| EUSS letter | 4412-0098-7711-2031 | 12/09/2025 |

## Points in response

1. The appellant was absent from the UK from June to September 2025 caring for her mother in Iași.
2. She says ((health:she was herself treated for breast cancer in Romania during that time)); the council has now seen the
   hospital discharge letter and accepts the absence was temporary.
3. The council therefore asks the tribunal to allow the appeal by consent.

Telephone identity checks on this claim used ((biometric:the customer's enrolled voiceprint (VoiceID, enrolled 02/09/2024))) — Ms <<Bălănescu>> passed on each call.
''')


@doc("policy-hb-ctr-fraud-and-error.txt")
def _(d):
    return d.r('''KIRKHOLME BOROUGH COUNCIL
Housing Benefit and Council Tax Reduction: fraud, error and overpayments policy (2026/27)

1. Overpayments
An overpayment is benefit paid that the claimant was not entitled to. We classify each one as claimant error, local
authority error, official error or fraud, because the class decides whether we can recover it.

2. Recovering overpayments
We recover from ongoing benefit first, at the standard weekly rates, and agree a lower rate where recovery would cause
hardship. Other methods are invoices, deductions from other DWP benefits and attachment of earnings.

3. Fraud
Suspected housing benefit fraud is referred to the DWP Single Fraud Investigation Service. Council tax reduction fraud
is investigated by the council's corporate fraud team, who may offer an administrative penalty or refer for prosecution.

4. Discretionary housing payments
DHPs are short-term help with housing costs. Each award has an end date and a review date.

5. Records and retention
Claim files: 6 years after the claim ends. Fraud files: 6 years after the case closes, or after the end of any
sentence, whichever is later.

6. Vulnerability
Officers consider each claimant's circumstances before recovery action and record why a recovery rate was chosen.
''')


if __name__ == "__main__":
    run(DOCS, HERE)
