"""Seventeenth blind held-out evaluation set for dpscan (tests/eval/heldout17): writes docs/ and labels.jsonl.

72 synthetic documents (8 of them policy/guidance/training negatives, `policy-*`, `training-*`) from eight kinds of
organisation no earlier set covers: a council Prevent and Channel panel; a bus and coach operator's driver medicals,
DVLA notifications and licence checks; a tattoo and piercing studio; an HIV peer-support charity; a university
psychology research participant pool; an NHS school nursing and immunisation team; a bank's vulnerable-customers
team; a trade union's political fund and equality office. Python 3.11, standard library only, deterministic
(nothing is drawn at random; fixed zip timestamps, MIME boundaries and Message-IDs), so every run, under any
PYTHONHASHSEED, writes byte-identical files. Run: `python3 tests/eval/heldout17/generate.py`.

Markup in every string a document writes (the labels are the spans that write the text):
  <<Name>>                         a person-name mention; the span is the label (titles are written outside it)
  [[kind:value]]                   an identifier, normalised by `norm`
  [[kind:written=>normalised]]     an identifier whose normal form is given (dates of birth, bank accounts)
  [[=kind:normalised]]             a label only, for a value written elsewhere (over two cells, or an Excel date serial)
  ((category:words))               words revealing a category about a named person in the document
  {{words}}                        a distractor written on purpose (recorded, never labelled)

The generator refuses (listing every problem) a document in which a name part of any labelled name occurs, as
written or in capitals, outside a mention, a distractor or an email address; a name label starting with a title;
markup left in the text; an email address, QQ NINO, documentation IP, 999-range NHS number, postcode or Ofcom
drama-range phone number that is not labelled; a label that fails its validator (mod-11, Luhn, mod-97, drama
range, example domains, documentation networks); and a negative that names anyone or carries a category.
Message-IDs, In-Reply-To headers and mbox `From ` lines are not labelled.

Judgement calls (tests/eval/README.md's conventions, heldout11's README and the category labelling guide at the
end of tests/eval/README.md, followed throughout; these are the calls this set adds or decides):
- Prevent: the type of concern recorded against a named person (extreme right-wing, Islamist, left-wing or
  anarchist, incel/misogynist content) is political_opinion, as is stated support for a named movement; a
  "mixed / unclear" or "no ideology" concern is nothing. religious_belief needs the person's own faith or worship
  stated (a conversion, Friday prayers at a mosque), not an ideology's label. A Prevent referral itself is not
  criminal_offence; an arrest, bail, licence after conviction or conviction is (guide 4).
- Driving: an endorsement code on a licence check (SP30, CU80, DR10) is criminal_offence (a fixed penalty or a
  conviction, guide 4); a licence revoked on medical grounds is health, not criminal. DVLA check codes, operator
  licence numbers, GMC numbers and collar numbers are look-alikes, not identifiers.
- Tattoo studio: health questionnaire answers of a named client are health; a latex allergy and pregnancy are
  health; a warning that tattooing a minor "is an offence" is nothing; a design of a faith symbol is
  religious_belief only when the text ties the faith to the client (a Sikh client's Khanda, a Catholic's rosary).
- HIV charity: attendance of a named member at a group for people living with HIV (the register says so) is
  health for each member; a staff facilitator gets nothing from it. PEP after condomless sex with a new male
  partner is health and sex_life_orientation; a negative HLA-B*57:01 test is genetic (guide 7).
- Research pool: an answered equality field is labelled as the first set's README says ("Heterosexual", "No
  religion" and "None" for religion too; "Prefer not to say" is nothing); a research genotype (COMT, APOE) is
  genetic; a face embedding enrolled or matched to recognise a returning participant is biometric; declining it
  is nothing.
- School nursing: a recorded vaccination given to a named child is health (a health-care record); "not given,
  alternative offered" alone is nothing; a family's refusal of porcine gelatine tied to their faith is
  religious_belief; sickle cell trait (HbAS) from newborn screening is genetic; NCMP weight results are health.
- Bank: a named customer's dementia, terminal illness, gambling disorder, hearing loss or partial sight is health;
  bereavement, economic abuse by a partner (a victim) and a customer-chosen gambling block are nothing; a request
  for a Shariah-compliant account tied to his faith is religious_belief; a voiceprint enrolled and matched on a
  call, and a driver's fingerprint clock-in, are biometric; a son's arrest for fraud is criminal_offence.
- Union: every named member, rep, delegate, NEC member or check-off row is trade_union (guide 2); a political fund
  opt-in or opt-out alone is trade_union only, not political_opinion (a fund is not a party); party membership,
  a councillor's party, candidacy or a parliamentary panel is political_opinion (guide 8).
- Custody (guide 1) does not arise: no named person here is in prison. Unions, churches, mosques and movements
  named with no person tied to them ("composited with Unite's text", "Jamia Masjid Noor") are nothing.
- A name is labelled wherever a person is named: email display names, Word comment authors and the document
  author (docProps), an ODF or Excel creator, JSON fields. A team or mailbox display name ("Prevent
  Calderbrook", "Positive Pathways Training Team") is an organisation and is not labelled. Eponyms and
  buildings named after people (Gillick competence, the Fraser guidelines, Parkinson's disease, the Emmeline
  Pankhurst Hall, the Brontë Building, Terrence Higgins Trust, Macmillan) are distractors.
- A PDF written in WinAnsi drops letters outside cp1252; the name is labelled as the PDF writes it
  ("Anita Szymanska").

Synthetic ranges only: QQ NINOs; example.com/.org/.net/.co.uk/.ac.uk/.nhs.uk mailboxes; Ofcom drama numbers
(07700 900xxx, 020 7946 0xxx, 0113/0114/0121/0161 496 0xxx, 0191 498 0xxx, 029 2018 0xxx, 01632 960xxx, 0808 157
0xxx); documentation IPs (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32); test card numbers;
NHS numbers in the 999 range with a valid check digit; the standard example IBANs (GB82 WEST..., DE89 3704...,
NL91 ABNA...); sort code and account pairs and DVLA-shaped licence numbers made up here.
"""

import base64
import datetime
import ipaddress
import io
import json
import quopri
import re
import zipfile
from xml.sax.saxutils import escape as xesc

KINDS = {
    "phone": "phone", "email": "email", "postcode": "uk_postcode", "nino": "uk_nino",
    "nhs": "nhs_number", "card": "payment_card", "iban": "iban", "passport": "uk_passport",
    "dl": "uk_driving_licence", "ip": "ip_address", "bank": "uk_bank_account", "dob": "date_of_birth",
}
CATEGORIES = ["racial_ethnic_origin", "political_opinion", "religious_belief", "trade_union",
              "genetic", "biometric", "health", "sex_life_orientation", "criminal_offence"]
TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Revd", "Rev", "Fr", "Sister", "Imam",
          "Rabbi", "Sgt", "PC", "DC", "DS", "Cllr", "Sir", "Dame", "Lady", "Lord", "Insp")
ZIP_TIME = (2026, 11, 2, 9, 30, 0)

DRAMA_PREFIXES = ("+447700900", "+442079460", "+441134960", "+441144960", "+441154960",
                  "+441164960", "+441174960", "+441184960", "+441214960", "+441314960",
                  "+441414960", "+441514960", "+441614960", "+441914980", "+442896496",
                  "+442920180", "+441632960", "+448081570", "+449098790", "+443069990")


def norm(kind, w):
    if kind == "phone":
        w2 = w.replace("(0)", "")
        d = re.sub(r"\D", "", w2)
        if w2.strip().startswith("+"):
            return "+" + d
        if w2.strip().startswith("00"):
            return "+" + d[2:]
        assert d.startswith("0"), w
        return "+44" + d[1:]
    if kind == "email":
        return w.lower()
    if kind == "postcode":
        c = re.sub(r"\s", "", w).upper()
        return c[:-3] + " " + c[-3:]
    if kind in ("nino", "iban", "dl"):
        return re.sub(r"[\s-]", "", w).upper()
    if kind in ("nhs", "card", "passport"):
        return re.sub(r"\D", "", w)
    if kind == "ip":
        return ipaddress.ip_address(w).compressed
    if kind == "dob":
        datetime.date.fromisoformat(w)
        return w
    raise ValueError(f"{kind}:{w} needs an explicit normal form")


def validate(kind, v):
    """The contract's validators, so no label is an invalid value."""
    if kind == "nhs":
        assert len(v) == 10 and v.startswith("999"), v
        s = sum(int(c) * (10 - i) for i, c in enumerate(v[:9]))
        chk = 11 - s % 11
        chk = 0 if chk == 11 else chk
        assert chk != 10 and chk == int(v[9]), v
    elif kind == "card":
        tot = 0
        for i, c in enumerate(reversed(v)):
            n = int(c)
            if i % 2:
                n = n * 2 - 9 if n > 4 else n * 2
            tot += n
        assert tot % 10 == 0, v
    elif kind == "iban":
        r = v[4:] + v[:4]
        assert int("".join(str(int(c, 36)) for c in r)) % 97 == 1, v
    elif kind == "nino":
        assert re.fullmatch(r"QQ\d{6}[A-D]", v), v
    elif kind == "bank":
        assert re.fullmatch(r"\d{6}:\d{8}", v), v
    elif kind == "dl":
        assert re.fullmatch(r"[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}", v), v
    elif kind == "passport":
        assert re.fullmatch(r"\d{9}", v), v
    elif kind == "phone":
        assert v.startswith(DRAMA_PREFIXES), v
    elif kind == "email":
        assert re.search(r"@([\w-]+\.)*example\.(com|org|net|co\.uk|ac\.uk|nhs\.uk)$", v), v
    elif kind == "ip":
        a = ipaddress.ip_address(v)
        assert any(a in ipaddress.ip_network(n) for n in
                   ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")), v


def nhs(prefix9):
    """The first 999-range NHS number at or after `prefix9` whose mod-11 check digit exists."""
    p = int(prefix9)
    while True:
        d = str(p)
        chk = 11 - sum(int(c) * (10 - i) for i, c in enumerate(d)) % 11
        chk = 0 if chk == 11 else chk
        if chk != 10:
            return d + str(chk)
        p += 1


def dl(surname, dob, female, initials, tail):
    """A DVLA-shaped licence number: surname(5), decade, month(+50 female), day, year, initials, 9, tail."""
    y, m, d = dob.split("-")
    s = (re.sub(r"[^A-Z]", "", surname.upper()) + "99999")[:5]
    mm = int(m) + (50 if female else 0)
    return f"{s}{y[2]}{mm:02d}{d}{y[3]}{(initials.upper() + '9')[:2]}9{tail}"


MARK = re.compile(r"<<(.+?)>>|\[\[(=?)(\w+):(.+?)\]\]|\(\((\w+):(.+?)\)\)|\{\{(.+?)\}\}", re.S)


class Doc:
    def __init__(self, name):
        self.name = name
        self.names, self.ids, self.cats = [], [], set()
        self.chunks = []  # (plain text, [(start, end, what)])
        self.distractors = []

    def r(self, s):
        out, spans, pos = [], [], 0
        for m in MARK.finditer(s):
            out.append(s[pos:m.start()])
            at = sum(map(len, out))
            if m.group(1) is not None:
                n = re.sub(r"\s+", " ", m.group(1))
                if n not in self.names:
                    self.names.append(n)
                out.append(m.group(1))
                spans.append((at, at + len(m.group(1)), "name"))
            elif m.group(3) is not None:
                kind, body = m.group(3), m.group(4)
                written, _, given = body.partition("=>")
                value = given if given else (written if m.group(2) else norm(kind, written))
                validate(kind, value)
                lab = [KINDS[kind], value]
                if lab not in self.ids:
                    self.ids.append(lab)
                if not m.group(2):
                    out.append(written)
                    spans.append((at, at + len(written), "id"))
            elif m.group(5) is not None:
                assert m.group(5) in CATEGORIES, m.group(5)
                self.cats.add(m.group(5))
                out.append(m.group(6))
            else:
                self.distractors.append(m.group(7))
                out.append(m.group(7))
                spans.append((at, at + len(m.group(7)), "distractor"))
            pos = m.end()
        out.append(s[pos:])
        text = "".join(out)
        for m in re.finditer(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", text):
            spans.append((m.start(), m.end(), "email"))
        self.chunks.append((text, spans))
        return text

    def problems(self, negative):
        bad = []
        parts = set()
        for n in self.names:
            if n.split(" ")[0].rstrip(".") in TITLES:
                bad.append(f"name label starts with a title: {n}")
            for p in re.findall(r"[^\W\d_][\w'’]*", n):
                if len(p) > 1:
                    parts.add(p)
        for text, spans in self.chunks:
            for t in ("<<", ">>", "[[", "]]", "((", "))", "{{", "}}"):
                if t in text:
                    bad.append(f"markup left: {t!r} in {text[:60]!r}")

            def covered(a, b, kinds):
                return any(s <= a and b <= e and w in kinds for s, e, w in spans)
            for p in parts:
                for form in {p, p.upper()}:
                    for m in re.finditer(r"(?<![\w'’-])" + re.escape(form) + r"(?!\w)(?!['’](?!s\b)\w)", text):
                        if not covered(m.start(), m.end(), ("name", "distractor", "email")):
                            bad.append(f"name part {form!r} outside a mention: {text[max(0, m.start() - 30):m.end() + 30]!r}")
            checks = [
                r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+",
                r"\bQQ ?\d\d ?\d\d ?\d\d ?[A-D]\b",
                r"\b(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d+\b|\b2001:db8[:0-9a-f]*",
                r"\b999 ?\d{3} ?\d{4}\b",
                r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}\b",
            ]
            for rx in checks:
                for m in re.finditer(rx, text):
                    if not covered(m.start(), m.end(), ("id",)):
                        bad.append(f"unlabelled identifier {m.group(0)!r} in {self.name}")
            for m in re.finditer(r"(?:\+44 ?(?:\(0\) ?)?|\b0)\d[\d -]{8,12}\d", text):
                try:
                    v = norm("phone", m.group(0))
                except AssertionError:
                    continue
                if v.startswith(DRAMA_PREFIXES) and not any(s <= m.start() + 1 and m.end() - 1 <= e and w == "id" for s, e, w in spans):
                    bad.append(f"unlabelled phone {m.group(0)!r}")
        if negative and (self.names or self.cats):
            bad.append(f"negative names {self.names} or has {self.cats}")
        return bad

    def label(self):
        return {"doc": self.name, "names": self.names,
                "categories": [c for c in CATEGORIES if c in self.cats], "ids": self.ids}


# ---------------------------------------------------------------- containers

def zip_bytes(members):
    """members: [(name, bytes-or-str)]; fixed timestamps; `mimetype` stored first if present."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            if isinstance(data, str):
                data = data.encode("utf-8")
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    return buf.getvalue()


# ---------------------------------------------------------------- Word

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"')


def _run(t):
    return f'<w:r><w:t xml:space="preserve">{xesc(t)}</w:t></w:r>'


def _para(t, style=None):
    pp = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{pp}{_run(t)}</w:p>"


def docx(blocks, author, header=None, footer=None, footnotes=(), comments=(), textbox=None, title=""):
    """blocks: str (paragraph), ('h', str), ('table', rows), ('fn', str, n) paragraph with footnote n,
    ('c', before, anchored, after, n) paragraph with comment n on `anchored`.
    comments: [(author, initials, text)]; footnotes: [text]."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append(_para(b))
        elif b[0] == "h":
            body.append(_para(b[1], "Heading1"))
        elif b[0] == "table":
            rows = "".join("<w:tr>" + "".join(f"<w:tc><w:p>{_run(c)}</w:p></w:tc>" for c in row) + "</w:tr>" for row in b[1])
            body.append(f"<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>{rows}</w:tbl>")
        elif b[0] == "fn":
            body.append(f'<w:p>{_run(b[1])}<w:r><w:footnoteReference w:id="{b[2]}"/></w:r></w:p>')
        elif b[0] == "c":
            n = b[4]
            body.append(f'<w:p>{_run(b[1])}<w:commentRangeStart w:id="{n}"/>{_run(b[2])}<w:commentRangeEnd w:id="{n}"/>'
                        f'<w:r><w:commentReference w:id="{n}"/></w:r>{_run(b[3])}</w:p>')
    if textbox:
        body.insert(1, '<w:p><w:r><w:pict><v:shape id="tb1" style="width:200pt;height:60pt"><v:textbox><w:txbxContent>'
                    + "".join(_para(t) for t in textbox) + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>")
    sect = ""
    rels = ['<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    ct = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    members = []
    if header is not None:
        sect += '<w:headerReference w:type="default" r:id="rIdH"/>'
        rels.append('<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        ct.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        members.append(("word/header1.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W_NS}>{_para(header)}</w:hdr>'))
    if footer is not None:
        sect += '<w:footerReference w:type="default" r:id="rIdF"/>'
        rels.append('<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        ct.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        members.append(("word/footer1.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W_NS}>{_para(footer)}</w:ftr>'))
    if footnotes:
        rels.append('<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>')
        ct.append('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>')
        fns = "".join(f'<w:footnote w:id="{i + 1}">{_para(t)}</w:footnote>' for i, t in enumerate(footnotes))
        members.append(("word/footnotes.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W_NS}>'
                        '<w:footnote w:type="separator" w:id="-1"><w:p/></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p/></w:footnote>'
                        f"{fns}</w:footnotes>"))
    if comments:
        rels.append('<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
        cs = "".join(f'<w:comment w:id="{i}" w:author="{xesc(a, {chr(34): "&quot;"})}" w:date="2026-11-02T09:30:00Z" w:initials="{ini}">{_para(t)}</w:comment>'
                     for i, (a, ini, t) in enumerate(comments))
        members.append(("word/comments.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {W_NS}>{cs}</w:comments>'))
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W_NS}><w:body>{"".join(body)}'
                f'<w:sectPr>{sect}<w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{xesc(title)}</dc:title><dc:creator>{xesc(author)}</dc:creator><cp:lastModifiedBy>{xesc(author)}</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-10-14T08:12:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-02T09:30:00Z</dcterms:modified></cp:coreProperties>')
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W_NS}>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>')
    return zip_bytes([
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
         + "".join(ct) + "</Types>"),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
        ("docProps/core.xml", core),
        ("word/document.xml", document),
        ("word/styles.xml", styles),
        ("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         + "".join(rels) + "</Relationships>"),
    ] + members)


# ---------------------------------------------------------------- Excel

class Date:
    """A date typed as an Excel serial with a date number format (or an ODF date)."""

    def __init__(self, iso):
        self.iso = iso
        self.serial = (datetime.date.fromisoformat(iso) - datetime.date(1899, 12, 30)).days


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, author):
    """sheets: [(name, rows)]; a cell is str (shared string), int/float (number), Date, or None."""
    strings, index = [], {}
    sheet_xml = []
    for _, rows in sheets:
        out = []
        for ri, row in enumerate(rows):
            cells = []
            for ci, v in enumerate(row):
                ref = f"{_col(ci)}{ri + 1}"
                if v is None or v == "":
                    continue
                if isinstance(v, Date):
                    cells.append(f'<c r="{ref}" s="1"><v>{v.serial}</v></c>')
                elif isinstance(v, (int, float)):
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    if v not in index:
                        index[v] = len(strings)
                        strings.append(v)
                    cells.append(f'<c r="{ref}" t="s"><v>{index[v]}</v></c>')
            out.append(f'<row r="{ri + 1}">{"".join(cells)}</row>')
        sheet_xml.append('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                         f'<sheetData>{"".join(out)}</sheetData></worksheet>')
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           f'count="{len(strings)}" uniqueCount="{len(strings)}">' + "".join(f'<si><t xml:space="preserve">{xesc(s)}</t></si>' for s in strings) + "</sst>")
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
              '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          + "".join(f'<sheet name="{xesc(n)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (n, _) in enumerate(sheets)) + "</sheets></workbook>")
    n = len(sheets)
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
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
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            f'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>{xesc(author)}</dc:creator></cp:coreProperties>')
    return zip_bytes([
        ("[Content_Types].xml", ct),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
        ("docProps/core.xml", core),
        ("xl/workbook.xml", wb),
        ("xl/_rels/workbook.xml.rels", rels),
        ("xl/styles.xml", styles),
        ("xl/sharedStrings.xml", sst),
    ] + [(f"xl/worksheets/sheet{i + 1}.xml", x) for i, x in enumerate(sheet_xml)])


# ---------------------------------------------------------------- ODF

ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"')


def _odf(mime, body, author):
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    meta = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {ODF_NS}><office:meta><dc:creator>{xesc(author)}</dc:creator>'
            '<dc:date>2026-11-02T09:30:00</dc:date></office:meta></office:document-meta>')
    content = f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODF_NS}><office:body>{body}</office:body></office:document-content>'
    return zip_bytes([("mimetype", mime), ("META-INF/manifest.xml", manifest), ("content.xml", content), ("meta.xml", meta)])


def odt(blocks, author):
    """blocks: str paragraphs, ('h', str), ('table', rows)."""
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(f"<text:p>{xesc(b)}</text:p>")
        elif b[0] == "h":
            out.append(f'<text:h text:outline-level="1">{xesc(b[1])}</text:h>')
        else:
            rows = "".join("<table:table-row>" + "".join(f"<table:table-cell><text:p>{xesc(c)}</text:p></table:table-cell>" for c in r) + "</table:table-row>" for r in b[1])
            out.append(f'<table:table table:name="T{len(out)}"><table:table-column table:number-columns-repeated="{len(b[1][0])}"/>{rows}</table:table>')
    return _odf("application/vnd.oasis.opendocument.text", f"<office:text>{''.join(out)}</office:text>", author)


def ods(sheets, author):
    tabs = []
    for name, rows in sheets:
        rr = []
        for r in rows:
            cells = []
            for v in r:
                if v is None or v == "":
                    cells.append("<table:table-cell/>")
                elif isinstance(v, Date):
                    d = datetime.date.fromisoformat(v.iso)
                    cells.append(f'<table:table-cell office:value-type="date" office:date-value="{v.iso}"><text:p>{d.strftime("%d/%m/%Y")}</text:p></table:table-cell>')
                elif isinstance(v, (int, float)):
                    cells.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
                else:
                    cells.append(f'<table:table-cell office:value-type="string"><text:p>{xesc(v)}</text:p></table:table-cell>')
            rr.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
        tabs.append(f'<table:table table:name="{xesc(name)}">{"".join(rr)}</table:table>')
    return _odf("application/vnd.oasis.opendocument.spreadsheet", f"<office:spreadsheet>{''.join(tabs)}</office:spreadsheet>", author)


# ---------------------------------------------------------------- RTF, PDF, HTML, mail

def rtf(paras):
    def enc(s):
        out = []
        for ch in s:
            o = ord(ch)
            if ch in "\\{}":
                out.append("\\" + ch)
            elif o > 127:
                out.append(f"\\u{o if o < 32768 else o - 65536}?")
            else:
                out.append(ch)
        return "".join(out)
    body = "\n".join(f"\\pard {enc(p)}\\par" for p in paras)
    return ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Calibri;}}\n"
            "{\\info{\\title Record}}\n\\f0\\fs22\n" + body + "\n}\n").encode("ascii")


def pdf(pages):
    """pages: [[line, ...], ...]; Helvetica, WinAnsi; text PDF with a correct xref."""
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", None,
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for lines in pages:
        ops = ["BT", "/F1 10 Tf", "13 TL", "50 790 Td"]
        for ln in lines:
            b = ln.encode("cp1252")
            s = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)").decode("latin-1")
            ops.append(f"({s}) Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1")
        objs.append(f"<< /Length {len(stream)} >>\nstream\n".encode("latin-1") + stream + b"\nendstream")
        content_no = len(objs)
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {content_no} 0 R >>")
        kids.append(len(objs))
    objs[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs):
        offsets.append(len(out))
        ob = o if isinstance(o, bytes) else o.encode("latin-1")
        out += f"{i + 1} 0 obj\n".encode() + ob + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return bytes(out)


def html(title, body):
    return f'<!DOCTYPE html>\n<html lang="en-GB">\n<head><meta charset="utf-8"><title>{title}</title></head>\n<body>\n{body}\n</body>\n</html>\n'


def hdr(name, value):
    """A header value; non-ASCII display names as RFC 2047 encoded words."""
    if all(ord(c) < 128 for c in value):
        return f"{name}: {value}"
    m = re.match(r"(.*?)\s*(<[^>]+>)$", value)
    if m:
        enc = "=?utf-8?b?" + base64.b64encode(m.group(1).encode()).decode() + "?="
        return f"{name}: {enc} {m.group(2)}"
    return f"{name}: =?utf-8?b?" + base64.b64encode(value.encode()).decode() + "?="


def qp(text):
    return quopri.encodestring(text.replace("\n", "\r\n").encode("utf-8")).decode("ascii").replace("\r\n", "\n")


def b64(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def eml(headers, text, html_body=None, attachments=(), boundary="b17"):
    """headers: [(name, value)]; attachments: [(filename, mime, bytes)]."""
    lines = [hdr(n, v) for n, v in headers] + ["MIME-Version: 1.0"]
    alt = None
    if html_body is not None:
        alt = (f'Content-Type: multipart/alternative; boundary="{boundary}-alt"\n\n'
               f"--{boundary}-alt\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{qp(text)}\n"
               f"--{boundary}-alt\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{qp(html_body)}\n"
               f"--{boundary}-alt--\n")
    else:
        alt = f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{qp(text)}\n"
    if not attachments:
        return ("\n".join(lines) + "\n" + alt).encode("utf-8")
    parts = [f'Content-Type: multipart/mixed; boundary="{boundary}-mix"', "", f"--{boundary}-mix", alt]
    for fn, mime, data in attachments:
        parts.append(f"--{boundary}-mix\nContent-Type: {mime}; name=\"{fn}\"\nContent-Disposition: attachment; filename=\"{fn}\"\n"
                     f"Content-Transfer-Encoding: base64\n\n{b64(data)}\n")
    parts.append(f"--{boundary}-mix--\n")
    return ("\n".join(lines) + "\n" + "\n".join(parts)).encode("utf-8")


def mbox(messages):
    """messages: [(from_line_addr, asctime, headers, text)]; plain 8-bit bodies, 'From ' escaped."""
    out = []
    for addr, when, headers, text in messages:
        body = re.sub(r"(?m)^(>*From )", r">\1", text)
        out.append(f"From {addr} {when}\n" + "\n".join(hdr(n, v) for n, v in headers)
                   + "\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body + "\n")
    return "\n".join(out).encode("utf-8")


def dumps_json(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


# ================================================================ documents

DOCS = []


def doc(name):
    def reg(f):
        DOCS.append((name, f))
        return f
    return reg


def lines(d, text):
    return d.r(text.strip("\n")) + "\n"


def plines(d, text):
    """Render a block once (markup may span lines), then split it into lines."""
    return d.r(text.strip("\n")).split("\n")


def grid(d, rows, sep=","):
    out = []
    for row in rows:
        cells = [d.r(c) if isinstance(c, str) else str(c) for c in row]
        if sep == ",":
            cells = ['"' + c.replace('"', '""') + '"' if ("," in c or '"' in c) else c for c in cells]
        out.append(sep.join(cells))
    return "\n".join(out) + "\n"


def cells(d, rows):
    return [[d.r(c) if isinstance(c, str) else c for c in row] for row in rows]


def md_table(d, rows):
    out = ["| " + " | ".join(d.r(c) for c in rows[0]) + " |", "|" + "---|" * len(rows[0])]
    out += ["| " + " | ".join(d.r(c) for c in r) + " |" for r in rows[1:]]
    return "\n".join(out)


def html_table(d, rows):
    head = "<tr>" + "".join(f"<th>{xesc(d.r(c))}</th>" for c in rows[0]) + "</tr>"
    body = "".join("<tr>" + "".join(f"<td>{xesc(d.r(c))}</td>" for c in r) + "</tr>" for r in rows[1:])
    return f"<table>\n{head}\n{body}\n</table>"


def rj(d, obj):
    """Render markup inside every string of a JSON-like object."""
    if isinstance(obj, str):
        return d.r(obj)
    if isinstance(obj, list):
        return [rj(d, x) for x in obj]
    if isinstance(obj, dict):
        return {k: rj(d, v) for k, v in obj.items()}
    return obj


# ---------------------------------------------------------------- A. council Prevent and Channel panel

@doc("prevent-referral-form-0412.docx")
def _(d):
    return docx([
        ("h", d.r("Prevent referral form — Calderbrook Metropolitan Borough Council")),
        ("table", cells(d, [
            ["Name of person referred", "<<Callum Joseph Whitworth>>"],
            ["Date of birth", "[[dob:14/09/2009=>2009-09-14]] (age 16)"],
            ["Address", "22 Lowfold Terrace, Calderbrook [[postcode:CB4 7RW]]"],
            ["School / college", "{{St Bede's}} Academy, Year 11"],
            ["Parent / carer", "<<Donna Whitworth>> (mother), [[phone:07700 900 614]]"],
            ["Referrer", "<<Aled Pryce-Morgan>>, Designated Safeguarding Lead, [[email:a.pryce-morgan@stbedes.example.org]]"],
        ])),
        d.r("Concerns: since the summer <<Callum>> has ((political_opinion:shared extreme right-wing material in class group chats and says he supports the anti-migrant Albion First movement)). He told a supply teacher that \"they should all be sent back\"."),
        ("c", d.r("Vulnerabilities: "), d.r("((health:diagnosed with autism spectrum condition in 2021))"), d.r("; isolated; spends nights on gaming platforms."), 0),
        ("fn", d.r("No weapons or travel concerns. Mother aware of referral and consents to contact."), 1),
        d.r("Received by the Prevent Coordinator, <<Shazia Qureshi>>, 0412/PRV/26."),
    ], author=d.r("<<Aled Pryce-Morgan>>"), header=d.r("OFFICIAL-SENSITIVE — Prevent"),
        footer=d.r("Calderbrook MBC Prevent team, Town Hall, [[postcode:CB1 1TH]] — [[phone:0113 496 0571]]"),
        footnotes=[d.r("Screened against the Channel vulnerability assessment framework on 6 November 2026.")],
        comments=[(d.r("<<Shazia Qureshi>>"), "SQ", d.r("EHCP held by the school — ask <<Aled>> for the plan before panel."))],
        title="Prevent referral")


@doc("channel-panel-minutes-2026-11.md")
def _(d):
    t = md_table(d, [
        ["Case", "Individual", "DOB", "Type of concern", "Vulnerabilities", "Decision"],
        ["CH-26-031", "<<Callum Whitworth>>", "[[dob:2009-09-14]]", "((political_opinion:Extreme right-wing))", "((health:Autism)); isolation", "Adopt — mentor"],
        ["CH-26-033", "<<Yusuf Adebayo-Hart>>", "[[dob:07.02.2007=>2007-02-07]]", "((political_opinion:Islamist)); ((religious_belief:converted to Islam in March, attends a study circle))", "Bereavement", "Adopt — theological mentor"],
        ["CH-26-036", "<<Kacper Zieliński>>", "[[dob:30/06/1998=>1998-06-30]]", "School massacre fixation (no ideology)", "((health:Depression, under the CMHT))", "Not adopted — signpost"],
        ["CH-26-038", "<<WHITLOCK, Tegan>>", "[[dob:1/12/2004=>2004-12-01]]", "((political_opinion:Incel / misogynist online content))", "((health:ADHD))", "Police-led — ((criminal_offence:arrested on 2 Nov for possessing a document useful to a terrorist (s.58), released on bail))"],
    ])
    return lines(d, """
# Channel panel — minutes, 19 November 2026

Chair: <<Jonathan Eckersley>> (Head of Community Safety). Present: <<Shazia Qureshi>> (Prevent Coordinator),
DS <<Ruth Ng>> (Counter Terrorism Policing North East), <<Femi Oyelaran>> (children's social care),
<<Bethan Lloyd-Rees>> (CAMHS), <<Ifor Jenkins>> (education).
Meeting held in the {{Wilberforce Room}}, Calderbrook Town Hall. Apologies: <<Marguerite Ossei>>.
""") + "\n" + t + "\n\n" + lines(d, """
Actions: <<Shazia>> to confirm the intervention provider for <<Yusuf>> by 26 Nov; DS <<Ng>> to update the panel on <<Tegan>>'s bail date.
Next panel: 17 December, Teams. Minutes by <<E. Marsh>>.
""")


@doc("prevent-case-tracker.xlsx")
def _(d):
    reg = [["Ref", "Surname", "Forename", "DOB", "Postcode", "Source", "Concern", "Status", "Days open"],
           ["PRV-0412", "<<WHITWORTH>>", "<<CALLUM>>", Date("2009-09-14"), "[[postcode:CB4 7RW]]", "Education", "((political_opinion:Extreme right-wing))", "Channel", 41],
           ["PRV-0415", "<<Adebayo-Hart>>", "<<Yusuf>>", Date("2007-02-07"), "[[postcode:CB2 9QH]]", "Family", "((political_opinion:Islamist))", "Channel", 33],
           ["PRV-0419", "<<Fairclough>>", "<<Dominic>>", Date("1986-05-23"), "[[postcode:CB7 3LN]]", "Probation", "((political_opinion:Left-wing / anarchist)) — ((criminal_offence:on licence after conviction for criminal damage at an arms fair))", "Closed — no further action", 12],
           ["PRV-0421", "<<Zieliński>>", "<<Kacper>>", Date("1998-06-30"), "[[postcode:CB3 8DF]]", "GP", "Mixed / unclear", "Signposted", 9]]
    d.r("[[=dob:2009-09-14]][[=dob:2007-02-07]][[=dob:1986-05-23]][[=dob:1998-06-30]]")
    contacts = [["Key", "Value"], ["Prevent Coordinator", "<<Shazia Qureshi>>"], ["Direct line", "[[phone:0113 496 0574]]"],
                ["Mailbox", "[[email:prevent@calderbrook.example.org]]"],
                ["CTP referral line", "[[phone:0113 496 0999]]"], ["Panel chair", "<<Jonathan Eckersley>>"]]
    return xlsx([("Cases", cells(d, reg)), ("Contacts", cells(d, contacts))], author=d.r("<<Shazia Qureshi>>"))


@doc("prevent-mailbox.mbox")
def _(d):
    m1 = lines(d, """
<<Shazia>>,

Following our call: <<Dominic Fairclough>> (DOB [[dob:23/05/86=>1986-05-23]]) was flagged by his probation officer,
<<Nadia Bergström>>. He is ((criminal_offence:on licence for criminal damage)) and has ((political_opinion:been posting
calls to "smash the arms trade" for the Red Flag Collective)). We assess no risk of violence. Happy to close.

DS <<Ruth Ng>>
Counter Terrorism Policing NE | [[phone:0191 498 0217]]
""")
    m2 = lines(d, """
Thanks <<Ruth>> — agreed, I'll close PRV-0419 and note the probation contact.

Separately, <<Yusuf>>'s aunt, Mrs <<Halima Adebayo>>, rang the duty line on [[phone:07700 900 128]]. She is worried he has stopped going to
college since ((religious_belief:he began attending Friday prayers at a new mosque)). Can we discuss at panel?

<<Shazia Qureshi>>
Prevent Coordinator, Calderbrook MBC
""")
    return mbox([
        ("ruth.ng@ctp-ne.example.org", "Tue Nov 10 08:14:02 2026",
         [("From", d.r("<<Ruth Ng>> <[[email:ruth.ng@ctp-ne.example.org]]>")),
          ("To", d.r("[[email:prevent@calderbrook.example.org]]")),
          ("Subject", "PRV-0419 - probation referral"), ("Date", "Tue, 10 Nov 2026 08:14:02 +0000"),
          ("Message-ID", "<prv0419.1@ctp-ne.example.org>")], m1),
        ("prevent@calderbrook.example.org", "Tue Nov 10 11:40:55 2026",
         [("From", d.r("Prevent Calderbrook <[[email:prevent@calderbrook.example.org]]>")),
          ("To", d.r("<<Ruth Ng>> <[[email:ruth.ng@ctp-ne.example.org]]>")),
          ("Subject", "Re: PRV-0419 - probation referral"), ("Date", "Tue, 10 Nov 2026 11:40:55 +0000"),
          ("Message-ID", "<prv0419.2@calderbrook.example.org>"), ("In-Reply-To", "<prv0419.1@ctp-ne.example.org>")], m2),
        ("e.marsh@calderbrook.example.org", "Wed Nov 11 09:02:10 2026",
         [("From", d.r("<<Elin Marsh>> <[[email:e.marsh@calderbrook.example.org=>e.marsh@calderbrook.example.org]]>")),
          ("To", d.r("[[email:prevent@calderbrook.example.org]]")),
          ("Subject", "Room booking"), ("Date", "Wed, 11 Nov 2026 09:02:10 +0000"), ("Message-ID", "<room.3@calderbrook.example.org>")],
         lines(d, "The {{Wilberforce Room}} is booked for panel on the 19th, 10:00-12:30. Tea urn is broken again.\n<<Elin>>")),
    ])


@doc("channel-intervention-provider.eml")
def _(d):
    text = lines(d, """
Dear <<Shazia>>,

Please find attached the session log for our two Channel cases this month. <<Callum>> has engaged well with his mentor,
<<Tomasz Wróbel>>; sessions now focus on ((political_opinion:his belief that "the Albion First lot are the only ones
telling the truth")) and on online safety. His mother asked that sessions avoid Thursdays because of ((health:his
occupational therapy appointments)).

Our invoice for October (INV-2026-1187, £1,440.00) goes to finance separately.

Kind regards,
Dr <<Niamh O'Halloran>>
Director, Crossways Intervention Ltd | [[phone:020 7946 0385]] | 4 Quayside Court, Leeds [[postcode:LS10 1PJ]]
""")
    att = grid(d, [["date", "case", "mentor", "duration_mins", "notes"],
                   ["2026-11-03", "CH-26-031", "<<T. Wróbel>>", 60, "good engagement"],
                   ["2026-11-10", "CH-26-031", "<<T. Wróbel>>", 60, "family session with <<Donna>>"],
                   ["2026-11-12", "CH-26-033", "Imam <<Bilal Chaudhry>>", 90, "((religious_belief:discussed his new faith)) and his grief"]])
    return eml([("From", d.r("<<Niamh O'Halloran>> <[[email:niamh@crossways.example.co.uk]]>")),
                ("To", d.r("<<Shazia Qureshi>> <[[email:s.qureshi@calderbrook.example.org]]>")),
                ("Cc", d.r("<<Jonathan Eckersley>> <[[email:j.eckersley@calderbrook.example.org]]>")),
                ("Subject", "Channel session log - November"), ("Date", "Fri, 13 Nov 2026 16:05:00 +0000"),
                ("Message-ID", "<cw-2611@crossways.example.co.uk>")],
               text, html_body="<p>" + text.replace("\n", "<br>\n") + "</p>",
               attachments=[("sessions-nov.csv", "text/csv", att.encode())], boundary="cw17")


@doc("prevent-referral-log-2026.csv")
def _(d):
    return grid(d, [
        ["referral_id", "received", "subject_name", "dob", "age_band", "postcode", "referrer_org", "referrer_contact", "concern_type", "outcome"],
        ["PRV-0398", "2026-08-04", "<<Rhys ap Gwilym>>", "[[dob:2008-03-19]]", "16-17", "[[postcode:CB6 2AX]]", "Further education", "[[email:safeguarding@calderbrook-college.example.ac.uk]]", "((political_opinion:Extreme right-wing))", "Exit - no vulnerability"],
        ["PRV-0403", "2026-09-12", "<<MAHMOOD, Sana>>", "[[dob:11/11/2001=>2001-11-11]]", "18-24", "[[postcode:CB2 5EG]]", "Health", "[[phone:0113 496 0821]]", "Conflicted / unclear", "Exit - mental health pathway (((health:psychosis, inpatient)))"],
        ["PRV-0408", "2026-10-01", "<<Olumide Bankole>>", "[[dob:1972-01-30]]", "40+", "[[postcode:CB9 4TT]]", "Police", "DC <<Grant Liddell>>", "((political_opinion:Islamist))", "Exit - no vulnerability found"],
        ["PRV-0412", "2026-10-08", "<<Callum Whitworth>>", "[[dob:2009-09-14]]", "16-17", "[[postcode:CB4 7RW]]", "Education", "[[email:a.pryce-morgan@stbedes.example.org]]", "((political_opinion:Extreme right-wing))", "Channel"],
        ["PRV-0416", "2026-10-20", "Anonymous (mosque committee)", "", "unknown", "", "Community", "", "Concern about a leaflet left at {{Jamia Masjid Noor}}", "No individual identified"],
    ])


@doc("ctp-travel-concern-notification.pdf")
def _(d):
    ls = plines(d, """
COUNTER TERRORISM POLICING NORTH EAST - PREVENT GATEWAY
Notification to local authority Prevent lead (OFFICIAL-SENSITIVE)
Subject: <<ADEBAYO-HART, Yusuf Idris>>
D.O.B.: [[dob:07-Feb-07=>2007-02-07]]    Nationality: British
Passport: [[passport:925076473]] (issued 2022, flagged at Manchester Airport 28/10/2026)
Home address: 9 Sorrel Way, Calderbrook [[postcode:CB2 9QH]]
Summary: Subject booked a one-way flight to Istanbul. Family report ((religious_belief:a recent conversion to Islam))
and ((political_opinion:online contact with an Islamist preacher)). No offences disclosed; not arrested.
Action: passport retained by family voluntarily; Channel case CH-26-033 to consider travel.
Officer: DS <<Ruth Ng>>, collar 4471, [[phone:+44 191 498 0217]], [[email:ruth.ng@ctp-ne.example.org]]
Copy: <<S. Qureshi>>, Prevent Coordinator. Ref CTP-NE-26-11902.
""")
    return pdf([ls])


@doc("prevent-awareness-training-completions.jsonl")
def _(d):
    rows = [
        {"learnerDisplayName": "<<Priya Venkataraman>>", "workEmail": "[[email:priya.venkataraman@calderbrook.example.org]]", "course": "Prevent awareness (Home Office)", "completed": "2026-09-03", "score": 92, "clientIp": "[[ip:203.0.113.41]]"},
        {"learnerDisplayName": "<<Gareth Ellis-Rowe>>", "workEmail": "[[email:g.ellisrowe@calderbrook.example.org]]", "course": "Channel awareness", "completed": "2026-09-05", "score": 78, "clientIp": "[[ip:203.0.113.42]]"},
        {"learnerDisplayName": "<<Mei-Ling Tan>>", "workEmail": "[[email:meiling.tan@calderbrook.example.org]]", "course": "Prevent referrals", "completed": "2026-10-11", "score": 100, "clientIp": "[[ip:2001:db8:4a::17=>2001:db8:4a::17]]"},
        {"learnerDisplayName": "Housing Options Team (shared login)", "workEmail": "[[email:housing.options@calderbrook.example.org]]", "course": "Prevent awareness (Home Office)", "completed": "2026-10-12", "score": 85, "clientIp": "[[ip:198.51.100.7]]"},
    ]
    return "".join(json.dumps(rj(d, r), ensure_ascii=False) + "\n" for r in rows)


# ---------------------------------------------------------------- B. bus and coach operator: driver medicals and DVLA

DL_HARG = dl("Hargreaves", "1968-04-03", False, "PJ", "AB")
DL_OKAF = dl("Okafor", "1979-12-21", True, "CN", "KE")
DL_SIDH = dl("Sidhu", "1984-07-09", False, "HS", "LP")
DL_MACL = dl("MacLeod", "1991-02-15", True, "EM", "QX")
DL_DOBR = dl("Dobrowolski", "1975-10-28", False, "AD", "RT")


@doc("driver-medical-d4-hargreaves.docx")
def _(d):
    return docx([
        ("h", d.r("Group 2 (PCV) driver medical — D4 summary for the transport manager")),
        ("table", cells(d, [
            ["Driver", "<<Peter John Hargreaves>>"], ["Staff no.", "PL-0731"],
            ["Driving licence no.", f"[[dl:{DL_HARG}]]"], ["Date of birth", "[[dob:3rd April 1968=>1968-04-03]]"],
            ["NI number", "[[nino:QQ 31 42 76 B]]"], ["Home postcode", "[[postcode:HX3 6QP]]"],
            ["Examining doctor", "Dr <<Anjali Deshmukh>>, GMC 7034519"],
        ])),
        d.r("Findings: ((health:type 2 diabetes, treated with insulin since March 2026)); no hypoglycaemic episodes in 12 months. "
            "Visual acuity 6/6 with spectacles. ((health:Obstructive sleep apnoea, CPAP compliant)) per the sleep clinic letter."),
        ("c", d.r("Outcome: "), d.r("fit for Group 2 subject to annual review and 3-monthly glucose downloads"), d.r("."), 0),
        d.r("The driver has notified DVLA (form VDIAB1I). Next D4 due 11/2027."),
    ], author=d.r("<<Lorraine Beattie>>"), header=d.r("Pennine Link Coaches Ltd — CONFIDENTIAL MEDICAL"),
        footer=d.r("Halifax depot, Shay Lane, [[postcode:HX1 2RE]] · [[phone:01632 960 118]]"),
        comments=[(d.r("<<Lorraine Beattie>>"), "LB", d.r("Keep him off the early school runs until the glucose review — <<Lorraine>>"))])


@doc("dvla-notifications-tracker.xlsx")
def _(d):
    rows = [["Driver", "Licence number", "DOB", "Condition notified", "DVLA form", "Date sent", "Licence status", "Endorsements"],
            ["<<Hargreaves, Peter>>", f"[[dl:{DL_HARG}]]", Date("1968-04-03"), "((health:Insulin-treated diabetes))", "VDIAB1I", Date("2026-03-18"), "1-year licence", "none"],
            ["<<Okafor, Chinwe>>", f"[[dl:{DL_OKAF}]]", Date("1979-12-21"), "((health:Single seizure 07/2026))", "FEP1", Date("2026-07-22"), "Revoked - 5 yrs Group 2", "none"],
            ["<<Sidhu, Harjit>>", f"[[dl:{DL_SIDH}]]", Date("1984-07-09"), "None", "", None, "Valid", "((criminal_offence:SP30 x1 (3 pts) - 40 in a 30))"],
            ["<<MacLeod, Eilidh>>", f"[[dl:{DL_MACL}]]", Date("1991-02-15"), "((health:Cataract surgery, both eyes))", "V1", Date("2026-05-02"), "Valid", "none"],
            ["<<Dobrowolski, Andrzej>>", f"[[dl:{DL_DOBR}]]", Date("1975-10-28"), "None", "", None, "Suspended", "((criminal_offence:DR10 - drink driving, convicted 09/2026, 18-month ban))"]]
    d.r("[[=dob:1968-04-03]][[=dob:1979-12-21]][[=dob:1984-07-09]][[=dob:1991-02-15]][[=dob:1975-10-28]]")
    meta = [["Field", "Value"], ["Owner", "<<Lorraine Beattie>>, Compliance"], ["Operator licence", "PB1098342"],
            ["DVLA drivers' medical", "[[phone:0808 157 0192]]"], ["Last reviewed", Date("2026-11-20")]]
    return xlsx([("Notifications", cells(d, rows)), ("About", cells(d, meta))], author=d.r("<<Lorraine Beattie>>"))


@doc("licence-check-log-nov.tsv")
def _(d):
    return grid(d, [
        ["check_date", "driver", "licence_no", "categories", "points", "offence_codes", "check_code_used", "checked_by"],
        ["2026-11-02", "<<SIDHU H>>", f"[[dl:{DL_SIDH}]]", "B, D, D1, C1", 3, "((criminal_offence:SP30))", "Xk 7P wQ 3m", "<<L. Beattie>>"],
        ["2026-11-02", "<<OKAFOR C N>>", f"[[dl:{DL_OKAF}]]", "B only (D revoked)", 0, "", "pR 2n Hs 8d", "<<L. Beattie>>"],
        ["2026-11-03", "<<MORRISON-BLAKE T>>", "[[dl:MORRI803254TM9WN]]", "B, D, D1", 0, "", "Lm 4t Gz 9a", "<<L. Beattie>>"],
        ["2026-11-03", "<<Ní CHONAILL S>>", "[[dl:NICHO762118SN9FB]]", "B, D", 6, "((criminal_offence:CU80, SP30))", "Wy 6k Bv 1c", "<<Kieran Doyle>>"],
        ["2026-11-04", "<<DOBROWOLSKI A>>", f"[[dl:{DL_DOBR}]]", "none (disqualified)", 11, "((criminal_offence:DR10))", "Qe 5r Tu 7j", "<<Kieran Doyle>>"],
    ], sep="\t")


@doc("oh-referral-okafor.eml")
def _(d):
    text = lines(d, """
Hi <<Farida>>,

Management referral for <<Chinwe Okafor>> (staff no. PL-0588, DOB [[dob:21/12/1979=>1979-12-21]]), PCV driver at Halifax.

On 19 July <<Chinwe>> ((health:had a tonic-clonic seizure at home and was admitted to Calderdale Royal overnight)). She has
notified DVLA and her Group 2 entitlement has been revoked. She is keen to stay with us — could you advise on
redeployment to the control room and any adjustments? ((health:She is now on levetiracetam)) and says she feels tired.

Her ((trade_union:Unite rep)), <<Gary Pickersgill>>, is copied at her request. Her mobile is [[phone:07700 900 352]].

Thanks,
<<Kieran Doyle>>
Depot Manager, Pennine Link Coaches · [[phone:01632 960 119]]
""")
    return eml([("From", d.r("<<Kieran Doyle>> <[[email:kieran.doyle@penninelink.example.co.uk]]>")),
                ("To", d.r("OH Referrals <[[email:referrals@healthatwork.example.com]]>")),
                ("Cc", d.r("<<Gary Pickersgill>> <[[email:g.pickersgill@unite-branch.example.org]]>, <<Chinwe Okafor>> <[[email:chinwe.okafor79@example.net]]>")),
                ("Subject", "Management referral - C Okafor PL-0588"), ("Date", "Mon, 27 Jul 2026 10:12:00 +0100"),
                ("Message-ID", "<ohref.0588@penninelink.example.co.uk>")],
               text, html_body="<html><body><pre>" + xesc(text) + "</pre></body></html>", boundary="plc17")


@doc("depot-incident-report-IR-2291.txt")
def _(d):
    return lines(d, """
PENNINE LINK COACHES LTD — INCIDENT REPORT IR-2291
Route 576 Halifax–Bradford, vehicle YX19 KBU (fleet 3147), 14/11/2026 22:40

Driver: <<Tomás Ó Briain>> (PL-0912), mobile [[phone:07700900436]]
Reported by: <<Joanne Akhtar-Fleming>>, night controller

A passenger refused to pay, spat at the driver and broke the cab screen. Police attended (log 1411-0733) and a man was
arrested at the scene; he is not known to us. <<Tomás>> was shaken, ((health:had a panic attack in the cab and was seen by
paramedics)), and was taken off duty. Onboard CCTV downloaded from the DVR (unit IP [[ip:192.0.2.147]]).

Welfare follow-up: <<Joanne>> rang <<Tomás>> on 15/11; he will see his GP. Offer of counselling through the EAP
({{Health Assured}} line). Depot: Bowling Back Lane, Bradford [[postcode:BD4 8SQ]].
Note: route 576 runs past {{Dr Kershaw's}} Hospice — stop renamed "Kershaw's" in the timetable from January.
""")


@doc("driver-app-accounts.json")
def _(d):
    accts = [
        {"userId": 40117, "displayName": "<<Tomás Ó Briain>>", "login": "[[email:tomas.obriain@penninelink.example.co.uk]]",
         "licence": {"number": "[[dl:OBRIA805176TO9ZK]]", "expiry": "2031-05-17"}, "medicalDue": "2027-05-01", "lastLoginIp": "[[ip:198.51.100.23]]", "depot": "Bradford",
         "clockIn": {"method": "((biometric:fingerprint template enrolled on the depot reader))", "enrolled": "2025-02-03"}},
        {"userId": 40118, "displayName": "<<Eilidh MacLeod>>", "login": "[[email:eilidh.macleod@penninelink.example.co.uk]]",
         "licence": {"number": f"[[dl:{DL_MACL}]]", "expiry": "2029-02-15"}, "medicalDue": "2027-02-01", "lastLoginIp": "[[ip:198.51.100.24]]", "depot": "Halifax",
         "flags": ["((health:post-cataract review due))"]},
        {"userId": 40121, "displayName": "<<Harjit Sidhu>>", "login": "[[email:harjit.sidhu@penninelink.example.co.uk]]",
         "licence": {"number": f"[[dl:{DL_SIDH}]]", "expiry": "2034-07-09"}, "medicalDue": "2029-07-01", "lastLoginIp": "[[ip:2001:db8:c0a::5]]", "depot": "Halifax"},
        {"userId": 40002, "displayName": "Depot Halifax (kiosk)", "login": "[[email:kiosk.halifax@penninelink.example.co.uk]]",
         "licence": None, "medicalDue": None, "lastLoginIp": "[[ip:192.0.2.150]]", "depot": "Halifax"},
    ]
    return dumps_json({"exportedAt": "2026-11-30T06:00:00Z", "accounts": rj(d, accts)})


@doc("disciplinary-outcome-dobrowolski.pdf")
def _(d):
    p1 = plines(d, """
Pennine Link Coaches Ltd - Shay Lane, Halifax [[postcode:HX1 2RE]]
PRIVATE AND CONFIDENTIAL
Mr <<Andrzej Dobrowolski>>
41 Claremount Road, Halifax [[postcode:HX3 6AW]]
30 November 2026
Dear Mr <<Dobrowolski>>,
Outcome of disciplinary hearing, 26 November 2026
You attended with your ((trade_union:Unite workplace rep)), <<Gary Pickersgill>>. The hearing was chaired by
<<Kieran Doyle>>, with <<Lorraine Beattie>> (Compliance) taking notes.
On 12 September you ((criminal_offence:were convicted at Bradford Magistrates' Court of driving with excess
alcohol (DR10) and disqualified for 18 months)). The offence happened off duty in your own car.
You did not tell us for five weeks, contrary to the Driver Handbook, section 4.2.
""")
    p2 = plines(d, """
Decision: as you no longer hold a PCV entitlement, your contract as a driver ends with notice on 31 December 2026.
We have offered you a role in the cleaning team at the same rate of pay, which you may accept by 7 December.
You may appeal to the Operations Director, <<Sunita Raghunathan>>, within 7 days at [[email:hr@penninelink.example.co.uk]].
Yours sincerely,
<<Kieran Doyle>>
Depot Manager
""")
    return pdf([p1, p2])


@doc("driver-payroll-bank-details.csv")
def _(d):
    return grid(d, [
        ["Payroll No", "Surname", "Forenames", "NI Number", "Sort Code", "Account No", "Union deduction", "Pension"],
        ["PL-0731", "<<Hargreaves>>", "<<Peter John>>", "[[nino:QQ314276B]]", "[[=bank:309634:41827730]]30-96-34", "41827730", "((trade_union:Unite £14.20))", "5%"],
        ["PL-0588", "<<Okafor>>", "<<Chinwe Ngozi>>", "[[nino:QQ 52 18 90 A]]", "[[=bank:401276:07731954]]40-12-76", "07731954", "((trade_union:Unite £14.20))", "5%"],
        ["PL-0912", "<<Ó Briain>>", "<<Tomás>>", "[[nino:QQ 77 01 35 C]]", "[[=bank:202978:63019044]]20-29-78", "63019044", "", "3%"],
        ["PL-0804", "<<Sidhu>>", "<<Harjit Singh>>", "[[nino:QQ640218D]]", "[[=bank:110054:29904518]]11-00-54", "29904518", "", "5%"],
    ])


# ---------------------------------------------------------------- C. tattoo and piercing studio

@doc("tattoo-consent-form-0987.pdf")
def _(d):
    return pdf([plines(d, """
INKWELL & STEEL TATTOO AND PIERCING - 17 Kirkgate, Wakefield [[postcode:WF1 1HX]] - [[phone:0113 496 0652]]
CLIENT CONSENT AND HEALTH QUESTIONNAIRE   (form 0987)
Client name: <<Jade Louise Pemberton-Shaw>>
I was born on the [[dob:3rd of April 1998=>1998-04-03]] and am over 18. ID seen: UK driving licence [[dl:PEMBE854038JL9HT]]
Address: Flat 2, 8 Westgate Chambers, Wakefield [[postcode:WF1 2DR]]   Mobile: [[phone:+44 7700 900419]]
Procedure: fine-line floral half sleeve, left forearm (artist: <<Rory McAllister>>)
Do you have, or have you ever had: heart condition NO / epilepsy NO / ((health:diabetes YES - type 1, pump))
Haemophilia or blood thinners NO / hepatitis B or C NO / HIV NO / ((health:eczema or psoriasis: psoriasis, elbows))
Are you pregnant or breastfeeding? NO     Allergies: ((health:latex allergy)) - nitrile gloves used
I confirm the answers are true. Signed: <<J. L. Pemberton-Shaw>>    Date: 02/11/2026
Artist declaration: skin checked, area clear of lesions. <<R. McAllister>>, Licence WMDC/SPT/0441
""")])


@doc("client-health-questionnaires.xlsx")
def _(d):
    rows = [["Form", "Client", "DOB", "Mobile", "Procedure", "Health declared", "Artist", "Deposit £"],
            [1001, "<<Kavita Mistry>>", Date("2001-08-16"), "[[phone:07700 900 503]]", "Nostril piercing", "((health:Marfan syndrome)) (((genetic:FBN1 variant confirmed on genetic testing))) - cardiology letter seen", "<<Bex>>", 10],
            [1002, "<<Declan Fitzpatrick>>", Date("1989-01-27"), "[[phone:07700 900 504]]", "Cover-up, chest", "((health:On warfarin (DVT 2024))) - GP letter seen", "<<Rory>>", 80],
            [1003, "<<Olamide Balogun>>", Date("1994-05-05"), "[[phone:07700 900 505]]", "Script, ribs", "((health:Keloid scarring history))", "<<Rory>>", 50],
            [1004, "<<Hannah Leigh Brightwell>>", Date("2003-10-09"), "[[phone:07700 900 506]]", "Helix x2", "((health:Pregnant - 14 weeks)): postponed", "<<Bex>>", 0],
            [1005, "<<Wojciech Nowak>>", Date("1978-12-30"), "[[phone:07700 900 507]]", "Portrait of his late father", "None", "<<Rory>>", 100]]
    d.r("[[=dob:2001-08-16]][[=dob:1989-01-27]][[=dob:1994-05-05]][[=dob:2003-10-09]][[=dob:1978-12-30]]")
    pay = [["Form", "Card number", "Expiry", "Amount"], [1002, "[[card:4111 1111 1111 1111]]", "09/28", 80],
           [1005, "[[card:5555 5555 5555 4444]]", "03/27", 100]]
    return xlsx([("Questionnaires", cells(d, rows)), ("Deposits", cells(d, pay))], author=d.r("<<Rebecca Thwaite>>"))


@doc("booking-system-export.jsonl")
def _(d):
    rows = [
        {"bookingRef": "IS-26-4410", "customer": {"first": "<<Saoirse>>", "last": "<<Gallagher>>", "email": "[[email:saoirse.g@example.com]]", "phone": "[[phone:07700900612]]"},
         "service": "Septum piercing", "notes": "", "ip": "[[ip:203.0.113.88]]"},
        {"bookingRef": "IS-26-4411", "customer": {"first": "<<Marcus>>", "last": "<<Delacroix-Ibe>>", "email": "[[email:mdelacroix@example.net]]", "phone": "[[phone:+447700900613]]"},
         "service": "Memorial piece", "notes": "Semicolon design - ((health:says it marks five years since his suicide attempt))", "ip": "[[ip:203.0.113.89]]"},
        {"bookingRef": "IS-26-4412", "customer": {"first": "<<Ananya>>", "last": "<<Krishnamurthy>>", "email": "[[email:ananya.k@example.co.uk]]", "phone": "[[phone:07700 900 615]]"},
         "service": "Flash - {{Lady Luck}} pin-up", "notes": "Wants {{Sailor Rose}} colourway", "ip": "[[ip:2001:db8:77::2]]"},
        {"bookingRef": "IS-26-4413", "customer": {"first": "<<Gurpreet>>", "last": "<<Bains>>", "email": "[[email:gbains@example.org]]", "phone": "[[phone:07700 900 616]]"},
         "service": "Khanda, shoulder", "depositCard": "[[card:3782 822463 10005]]", "notes": "((religious_belief:Sikh client - design to be approved by her granthi first))", "ip": "[[ip:203.0.113.90]]"},
    ]
    return "".join(json.dumps(rj(d, r), ensure_ascii=False) + "\n" for r in rows)


@doc("studio-inbox.mbox")
def _(d):
    m1 = lines(d, """
Hiya, I'm booked in for my conch on Saturday but ((health:I've just found out I'm pregnant)) — can I still come in or
should I move it? Also my booking says <<Megan Dyer>> but I've just got married, it's <<Megan Roscoe>> now.
Thanks, <<Megan>>
""")
    m2 = lines(d, """
Congratulations <<Megan>>! We don't pierce during pregnancy, so I've moved you to a gift voucher for now.
<<Bex>> x
Inkwell & Steel · [[phone:0113 496 0652]]
""")
    m3 = lines(d, """
Hello, I'd like my rosary and my confirmation date on my wrist — ((religious_belief:my Catholic faith means a lot to me
and I go to Mass at St Austin's every week)). Could <<Rory>> draw something up? My budget is £150.
<<Teresa Kowalczyk-Byrne>>
""")
    h = lambda frm, subj, date, mid, extra=(): [("From", d.r(frm)), ("To", d.r("Inkwell & Steel <[[email:hello@inkwellsteel.example.co.uk]]>")),
                                                  ("Subject", subj), ("Date", date), ("Message-ID", mid)] + list(extra)
    return mbox([
        ("megan.roscoe@example.com", "Mon Nov  2 19:03:11 2026",
         h("<<Megan Roscoe>> <[[email:megan.roscoe@example.com]]>", "Booking Saturday", "Mon, 2 Nov 2026 19:03:11 +0000", "<m1.4471@example.com>"), m1),
        ("hello@inkwellsteel.example.co.uk", "Tue Nov  3 10:15:40 2026",
         [("From", d.r("<<Bex>> at Inkwell & Steel <[[email:hello@inkwellsteel.example.co.uk]]>")), ("To", d.r("[[email:megan.roscoe@example.com]]")),
          ("Subject", "Re: Booking Saturday"), ("Date", "Tue, 3 Nov 2026 10:15:40 +0000"), ("Message-ID", "<r1.4471@inkwellsteel.example.co.uk>"),
          ("In-Reply-To", "<m1.4471@example.com>")], m2),
        ("tkb1961@example.org", "Thu Nov  5 08:44:02 2026",
         h("<<Teresa Kowalczyk-Byrne>> <[[email:tkb1961@example.org]]>", "Rosary design", "Thu, 5 Nov 2026 08:44:02 +0000", "<t5@example.org>"), m3),
    ])


@doc("aftercare-complaint.eml")
def _(d):
    text = lines(d, """
To whoever runs the studio,

I had my navel pierced by your apprentice on 24 October (booking IS-26-4391). Within a week ((health:it was infected and my
GP put me on flucloxacillin)). I was told the jewellery was implant-grade titanium but the receipt says surgical steel.
I want a refund of £45 and the cost of my prescription. My photos are attached.

<<Chloé Vandermeer>>
[[phone:07700 900 781]] · DOB [[dob:19/7/2000=>2000-07-19]] if you need to find my record
""")
    note = lines(d, "Photo log (<<Chloé Vandermeer>>): day 3 redness; day 6 discharge; day 8 GP visit.\n")
    return eml([("From", d.r("<<Chloé Vandermeer>> <[[email:chloe.vandermeer@example.com]]>")),
                ("To", d.r("[[email:hello@inkwellsteel.example.co.uk]]")),
                ("Cc", d.r("Wakefield Trading Standards <[[email:tradingstandards@wakefield.example.org]]>")),
                ("Subject", "Complaint - infected piercing"), ("Date", "Sat, 7 Nov 2026 21:30:00 +0000"),
                ("Message-ID", "<cv-0711@example.com>")], text,
               attachments=[("photo-log.txt", "text/plain", note.encode())], boundary="iss17")


@doc("artist-rota-december.md")
def _(d):
    return lines(d, """
# Inkwell & Steel — December rota

| Day | Chair 1 | Chair 2 | Piercing room | Front desk |
|---|---|---|---|---|
| Tue | <<Rory McAllister>> | guest: <<Daisuke Mori>> | <<Rebecca Thwaite>> | <<Aoife>> |
| Wed | <<Rory McAllister>> | closed | <<Rebecca Thwaite>> | <<Aoife>> |
| Fri | <<Rory McAllister>> | guest: <<Daisuke Mori>> | apprentice <<Kai Ferreira>> | <<Lewis Oduya>> |
| Sat | <<Rory McAllister>> | <<Kai Ferreira>> (flash only) | <<Rebecca Thwaite>> | <<Aoife>> / <<Lewis Oduya>> |

Friday 13th is flash day: {{Lady Luck}}, {{Sacred Heart}}, {{Mother Mary}} and {{Traditional Swallow}} sheets, £60 each.
<<Daisuke>>'s guest spot is booked through {{Hannah & Sons}} Agency. Autoclave service: 9 Dec, {{Miller}} Steriliser Co.
Studio mobile for the rota group: [[phone:07700 900 660]].
""")


@doc("spt-licence-inspection-2026.html")
def _(d):
    t = html_table(d, [["Registered practitioner", "Registration no.", "Hep B", "Training"],
                       ["<<Rory McAllister>>", "WMDC/SPT/0441", "((health:completed hepatitis B vaccination course 2019))", "Infection control L2"],
                       ["<<Rebecca Thwaite>>", "WMDC/SPT/0442", "((health:vaccinated, booster due 2027))", "Infection control L2"],
                       ["<<Kai Ferreira>>", "WMDC/SPT/0517", "Not declared", "Apprentice — supervised"]])
    body = d.r("""<h1>Special treatments licence — inspection report</h1>
<p>Premises: Inkwell &amp; Steel, 17 Kirkgate, Wakefield [[postcode:WF1 1HX]]. Licence holder: <<Rebecca Thwaite>>.</p>
<dl>
<dt>Inspecting officer</dt><dd><<Mohammed Ilyas>>, Environmental Health, [[phone:(0113) 496 0345]]</dd>
<dt>Date</dt><dd>18 November 2026</dd>
<dt>Result</dt><dd>Compliant, two advisory points (sharps bin labelling; aftercare leaflet date)</dd>
</dl>""") + "\n" + t + "\n" + d.r("<p>Ref EH/SPT/26/118. Next inspection due November 2027.</p>")
    return html("SPT inspection", body)


@doc("under-18-refusals-log.rtf")
def _(d):
    return rtf(plines(d, """
Inkwell & Steel - refusals log (under-18s and ID), autumn 2026
05/09 - walk-in, said he was 19; provisional licence showed DoB [[dob:21/11/08=>2008-11-21]] (<<Ellis Moorcroft>>). Refused.
19/09 - <<Zainab Hussaini>> with her mum for a helix. Born [[dob:2 March 2011=>2011-03-02]]. Ear lobe only offered; declined.
10/10 - <<Jordan Haig>> (by his bank card) presented a driving licence in another man's name; the photo did not match. ((criminal_offence:Police called; he was arrested for possessing a false identity document)).
24/10 - mum of <<Siân Prydderch>> (15) rang to complain we refused a tongue piercing. Explained it is an offence to tattoo a minor and our policy on piercings.
Logged by <<Aoife Brennan>>.
"""))


# ---------------------------------------------------------------- D. HIV peer-support charity

@doc("peer-mentor-matching.xlsx")
def _(d):
    rows = [["Client", "Client ID", "Referred by", "Needs", "Mentor", "Match notes", "Start"],
            ["<<Tendai Moyo>>", "PP-1184", "St James's HIV clinic", "((health:Diagnosed HIV+ in June, starting ART)); ((racial_ethnic_origin:Black African (Zimbabwean) community)), wants a woman mentor", "<<Rutendo Chikwanha>>", "Shona speaker", Date("2026-07-14")],
            ["<<Liam O'Rourke>>", "PP-1187", "Self", "((health:Newly diagnosed, viral load not yet suppressed)); ((sex_life_orientation:gay man)), not out to family", "<<Graham Tattersall>>", "Both ex-forces", Date("2026-08-02")],
            ["<<Amara Nwachukwu-Bello>>", "PP-1190", "Antenatal", "((health:HIV+ and 20 weeks pregnant)), worried about infant feeding", "<<Rutendo Chikwanha>>", "", Date("2026-09-21")],
            ["<<Piotr Grabowski>>", "PP-1193", "Drug service", "((health:HIV and hepatitis C co-infection))", "<<Marek Sobczak>>", "Polish speaker", Date("2026-10-05")]]
    mentors = [["Mentor", "Mobile", "Email", "Trained"],
               ["<<Rutendo Chikwanha>>", "[[phone:07700 900 840]]", "[[email:rutendo.c@positivepathways.example.org]]", Date("2024-03-01")],
               ["<<Graham Tattersall>>", "[[phone:07700 900 841]]", "[[email:graham.t@positivepathways.example.org]]", Date("2022-11-12")],
               ["<<Marek Sobczak>>", "[[phone:07700 900 842]]", "[[email:marek.s@positivepathways.example.org]]", Date("2025-06-30")]]
    return xlsx([("Matches", cells(d, rows)), ("Mentors", cells(d, mentors))], author=d.r("<<Joy Adeyemi-Clarke>>"))


@doc("womens-circle-register.csv")
def _(d):
    return grid(d, [
        ["session", "attendee", "role", "mobile", "travel_claimed", "creche"],
        ["2026-10-06", "<<Tendai Moyo>>", "((health:member))", "[[phone:07700 900 851]]", 6.4, "yes"],
        ["2026-10-06", "<<Amara Nwachukwu-Bello>>", "((health:member))", "[[phone:07700 900 852]]", 0, "no"],
        ["2026-10-06", "<<Blessing Mensah>>", "((health:member))", "[[phone:07700900853]]", 3.2, "yes"],
        ["2026-10-06", "<<Rutendo Chikwanha>>", "peer facilitator", "[[phone:07700 900 840]]", 0, "no"],
        ["2026-10-06", "<<Joy Adeyemi-Clarke>>", "staff (Services Manager)", "[[phone:0113 496 0712]]", 0, "no"],
    ]).replace("session,attendee", "# Positive Women's Circle - members living with HIV - attendance, Leeds hub\nsession,attendee", 1)


@doc("case-note-keyworker-2026-11.docx")
def _(d):
    return docx([
        ("h", d.r("Key worker case note")),
        ("table", cells(d, [["Client", "<<Liam O'Rourke>> (PP-1187)"], ["DOB", "[[dob:9 Sept 1990=>1990-09-09]]"],
                            ["Key worker", "<<Nasreen Akhtar>>"], ["Date", "24/11/2026"]])),
        d.r("<<Liam>> ((health:reports that his latest viral load is undetectable after four months on Biktarvy)). He is anxious about "
            "telling his new partner and asked for help planning the conversation. He and <<Owen>>, ((sex_life_orientation:his boyfriend)), "
            "have been together three months."),
        ("fn", d.r("Discussed U=U and PrEP for partners; leaflet given."), 1),
        ("c", d.r("He wants to stop attending the "), d.r("men's group"), d.r(" because a colleague goes."), 0),
        d.r("((genetic:His HLA-B*57:01 test was negative)), so the clinic may switch him to an abacavir-based regimen. "
            "Plan: joint appointment with his clinic nurse, Sister <<Grace O'Donoghue>>; peer mentor <<Graham>> to call weekly."),
    ], author=d.r("<<Nasreen Akhtar>>"), header=d.r("Positive Pathways Yorkshire — STRICTLY CONFIDENTIAL"),
        footer=d.r("Registered charity 1190447 · [[email:info@positivepathways.example.org]] · [[phone:0113 496 0710]]"),
        footnotes=[d.r("U=U: undetectable equals untransmittable (client's own words recorded).")],
        comments=[(d.r("<<Joy Adeyemi-Clarke>>"), "JAC", d.r("Offer the Wednesday online group instead — <<Nasreen>> to ask."))])


@doc("hardship-grant-moyo.eml")
def _(d):
    text = lines(d, """
Hi <<Carl>>,

Please pay a hardship grant of £180.00 to <<Tendai Moyo>> (PP-1184) from the emergency fund: ((health:she has been too
unwell to work since starting treatment)) and her Universal Credit was delayed.

Bank: Moorside Building Society · Sort code [[bank:62-19-48=>621948:48291037]]
Account number 48291037
Payee name: <<T MOYO>>

The signed application form is attached. Approved by <<Joy>>.

<<Nasreen Akhtar>>
Key Worker · [[phone:0113 496 0714]]
""")
    form = lines(d, """
HARDSHIP GRANT APPLICATION
Name: <<Tendai Moyo>>   Date of birth: [[dob:1987-06-22]]   Address: 14 Cowper Street, Leeds [[postcode:LS7 4DR]]
Reason: ((health:off work after HIV diagnosis)); gas and electric arrears £212.
Signed: <<T. Moyo>> 18/11/2026
""")
    return eml([("From", d.r("<<Nasreen Akhtar>> <[[email:nasreen.akhtar@positivepathways.example.org]]>")),
                ("To", d.r("Finance <[[email:finance@positivepathways.example.org]]>")),
                ("Cc", d.r("<<Joy Adeyemi-Clarke>> <[[email:joy.ac@positivepathways.example.org]]>")),
                ("Subject", "Hardship grant PP-1184"), ("Date", "Wed, 18 Nov 2026 14:20:00 +0000"),
                ("Message-ID", "<hg1184@positivepathways.example.org>")], text,
               html_body="<p>" + xesc(text).replace("\n", "<br>") + "</p>",
               attachments=[("hardship-form-PP-1184.txt", "text/plain", form.encode())], boundary="pp17")


@doc("volunteer-dbs-training.ods")
def _(d):
    rows = [["Volunteer", "DOB", "DBS certificate", "DBS result", "Peer training", "Role", "ID seen"],
            ["<<Graham Tattersall>>", Date("1968-02-11"), "001786334519", "Clear", "Level 3", "Mentor"],
            ["<<Rutendo Chikwanha>>", Date("1982-09-17"), "001792004127", "Clear", "Level 3", "Mentor / Women's Circle"],
            ["<<Marek Sobczak>>", Date("1979-03-08"), "001801556310", "((criminal_offence:Caution 2015 - possession of cannabis)), risk assessed, approved", "Level 2", "Mentor"],
            ["<<Ffion Haf Llewellyn>>", Date("2002-12-01"), "pending", "", "Level 1", "Events", "UK passport no. [[passport:548130972]]"]]
    d.r("[[=dob:1968-02-11]][[=dob:1982-09-17]][[=dob:1979-03-08]][[=dob:2002-12-01]]")
    return ods([("Volunteers", cells(d, rows))], author=d.r("<<Joy Adeyemi-Clarke>>"))


@doc("helpline-call-log.jsonl")
def _(d):
    rows = [
        {"callId": "HL-77120", "takenBy": "<<Nasreen Akhtar>>", "callerName": "declined", "callback": None,
         "summary": "Asked where to get PEP at the weekend. Gave the sexual health clinic details.", "durationSec": 412},
        {"callId": "HL-77121", "takenBy": "<<Graham Tattersall>>", "callerName": "<<Ricky>>", "callback": "[[phone:07700 900 874]]",
         "summary": "<<Ricky>> ((sex_life_orientation:had condomless sex with a new male partner on Saturday)) and ((health:started PEP yesterday, feeling sick)).", "durationSec": 905},
        {"callId": "HL-77122", "takenBy": "<<Nasreen Akhtar>>", "callerName": "Mrs <<Folasade Okoye>>", "callback": "[[phone:0161 496 0733]]",
         "summary": "Calling about her son; no details about him given. Sent the family leaflet to [[email:f.okoye@example.co.uk]].", "durationSec": 330},
    ]
    out = "".join(json.dumps(rj(d, r), ensure_ascii=False) + "\n" for r in rows)
    return out


@doc("newsletter-member-story.html")
def _(d):
    body = d.r("""<h1>Positive Pathways News — Winter 2026</h1>
<h2>"I stopped hiding": <<Kwabena>>'s story</h2>
<p>Published with consent. <strong><<Kwabena Asante-Boateng>></strong>, 52, from Huddersfield, ((health:was diagnosed with HIV in 2009)).
"For years I told no one at my church," he says. ((religious_belief:A deacon at his Pentecostal church)), <<Kwabena>> now
runs a faith leaders' workshop with our team. ((racial_ethnic_origin:"In the Ghanaian community the stigma is still heavy")).</p>
<dl>
<dt>World AIDS Day vigil</dt><dd>1 December, 6pm, {{Millennium Square}} — speakers from {{Terrence Higgins Trust}} and our own <<Joy Adeyemi-Clarke>></dd>
<dt>Contact</dt><dd>[[email:news@positivepathways.example.org]] · [[phone:0113 496 0710]]</dd>
</dl>
<p>Photo: <<Kwabena>> with volunteer <<Ffion Llewellyn>> at {{Pride}} in August.</p>""")
    return html("Newsletter", body)


@doc("clinic-referral-prep-mensah.pdf")
def _(d):
    return pdf([plines(d, """
Positive Pathways Yorkshire - referral to sexual health services
To: Leeds Centre for Sexual Health, Merrion Centre, Leeds [[postcode:LS2 8NG]]
Patient: <<Blessing Adjoa Mensah>>     NHS no: [[nhs:%s]]     DOB: [[dob:1991-08-05]]
Address: 3 Nowell Mount, Leeds [[postcode:LS9 6HX]]   Tel: [[phone:0113 496 0871]]
Reason: ((health:living with HIV, on ART, undetectable)); requests a review of her contraception and cervical screening.
((sex_life_orientation:Her male partner is HIV negative and on PrEP)).
She has consented to this referral and to the clinic contacting her by text.
Referrer: <<Nasreen Akhtar>>, Key Worker - [[email:nasreen.akhtar@positivepathways.example.org]]
""" % nhs("999418736"))])


# ---------------------------------------------------------------- E. university research participant pool

@doc("participant-pool-register.xlsx")
def _(d):
    reg = [["Pool ID", "Name", "Email", "DOB", "Handedness", "Exclusions", "Studies done", "Credits"],
           ["P-20411", "<<Ioana Constantinescu>>", "[[email:ic2241@northmoor.example.ac.uk]]", Date("2005-03-12"), "R", "none", 3, 4.5],
           ["P-20412", "<<Mohammed Zubair Rahman>>", "[[email:mzr7@northmoor.example.ac.uk]]", Date("2004-11-30"), "L", "((health:Epilepsy - excluded from TMS and flicker studies))", 1, 1.0],
           ["P-20415", "<<Harriet Fenwick-Lowe>>", "[[email:hfl3@northmoor.example.ac.uk]]", Date("2006-01-19"), "R", "((health:Takes sertraline)) - excluded from PSY-118", 2, 3.0],
           ["P-20419", "<<Jun Hao Lim>>", "[[email:jhl12@northmoor.example.ac.uk]]", Date("2003-07-04"), "R", "((health:Colour blind (deuteranopia)))", 5, 7.5],
           ["P-20420", "<<Oluwaseun Adeyinka>>", "[[email:oa55@northmoor.example.ac.uk]]", Date("2005-09-25"), "R", "none", 0, 0]]
    d.r("[[=dob:2005-03-12]][[=dob:2004-11-30]][[=dob:2006-01-19]][[=dob:2003-07-04]][[=dob:2005-09-25]]")
    pay = [["Pool ID", "Payee", "Sort code", "Account", "Amount", "Paid"],
           ["P-20419", "<<LIM J H>>", "[[=bank:309912:55108342]]30-99-12", "55108342", 15, Date("2026-11-06")],
           ["P-20412", "<<RAHMAN M Z>>", "[[=bank:401618:90023716]]40-16-18", "90023716", 20, Date("2026-11-13")],
           ["P-EXT-07", "Dr <<Annelies de Vries>> (external)", "IBAN", "[[iban:NL91 ABNA 0417 1643 00]]", 40, Date("2026-11-13")]]
    kv = [["Setting", "Value"], ["Pool manager", "Dr <<Siobhan Keane>>"], ["Office", "Room 2.14, {{Brontë Building}}"],
          ["Phone", "[[phone:0114 496 0208]]"], ["Ethics ref", "NU-PSY-2026-041"]]
    return xlsx([("Register", cells(d, reg)), ("Payments", cells(d, pay)), ("Settings", cells(d, kv))], author=d.r("<<Siobhan Keane>>"))


@doc("screening-survey-responses.csv")
def _(d):
    return grid(d, [
        ["ResponseId", "StartDate", "IPAddress", "RecipientEmail", "Q1_name", "Q2_age", "Q3_ethnicity", "Q4_religion", "Q5_orientation", "Q6_diagnosis"],
        ["R_3kT9xQ", "2026-10-02 09:14", "[[ip:198.51.100.61]]", "[[email:ic2241@northmoor.example.ac.uk]]", "<<Ioana C.>>", 21, "((racial_ethnic_origin:White - Romanian))", "((religious_belief:Orthodox Christian))", "((sex_life_orientation:Bisexual))", "None"],
        ["R_8pLm2W", "2026-10-02 11:40", "[[ip:198.51.100.62]]", "[[email:oa55@northmoor.example.ac.uk]]", "<<Seun Adeyinka>>", 21, "((racial_ethnic_origin:Black British - Nigerian))", "((religious_belief:Muslim))", "((sex_life_orientation:Heterosexual))", "((health:Sickle cell disease))"],
        ["R_1vBn6Z", "2026-10-03 22:05", "[[ip:2001:db8:10:2::9]]", "[[email:hfl3@northmoor.example.ac.uk]]", "<<harriet fenwick-lowe>>", 20, "Prefer not to say", "((religious_belief:None))", "Prefer not to say", "((health:Generalised anxiety disorder))"],
    ])


@doc("mri-safety-screening-p20419.pdf")
def _(d):
    return pdf([plines(d, """
NORTHMOOR UNIVERSITY IMAGING CENTRE - MRI SAFETY SCREENING (RESEARCH)
Study: PSY-122 Visual crowding (3T)      Participant ID: P-20419
Full name: <<LIM, Jun Hao>>      D.O.B. [[dob:04/07/03=>2003-07-04]]      Weight 68 kg
Q1 Cardiac pacemaker or defibrillator? No      Q2 Any metal in eyes/body? No
Q3 ((health:Previous surgery: appendectomy 2019)); no implants      Q4 Tattoos? 1 (forearm, 2024)
Q5 Epilepsy? No      Q6 Claustrophobia? No      Q7 Possibility of pregnancy? N/A
Emergency contact: <<Mei Lim>> (mother) [[phone:+44 7700 900 912]]
Screened by radiographer <<Callum Fraser-Hay>> on 05/11/2026. Second check: <<Priyanka Nair>>.
"""), plines(d, """
Incidental findings policy: scans are not diagnostic. If a radiologist sees something of concern the
Principal Investigator, Dr <<Siobhan Keane>>, will contact the participant's GP with consent.
Participant signature: <<J. H. Lim>>
""")])


@doc("genotyping-feedback-p20411.docx")
def _(d):
    return docx([
        ("h", d.r("PSY-131 Stress and memory — genotype feedback (participant opted in)")),
        ("table", cells(d, [["Participant", "<<Ioana Constantinescu>>"], ["Pool ID", "P-20411"], ["Sample", "Saliva, kit NM-SAL-0872"],
                            ["Date of birth", "[[dob:12 March 2005=>2005-03-12]]"]])),
        d.r("Dear <<Ioana>>, you asked to receive your research genotype. ((genetic:Your COMT rs4680 genotype is Met/Met (A/A) and "
            "you carry one APOE ε4 allele (ε3/ε4))). These results are for research only and are not a clinical test."),
        ("c", d.r("Because APOE ε4 is linked to later-life risk, we offer a call with our "), d.r("genetic counsellor"), d.r("."), 0),
        ("fn", d.r("Genotyped on the Illumina GSA array; see the participant information sheet v3.2."), 1),
        d.r("With thanks, Dr <<Tobias Eriksen>>, Principal Investigator"),
    ], author=d.r("<<Tobias Eriksen>>"), header=d.r("School of Psychology, Northmoor University"),
        footer=d.r("[[email:psy131@northmoor.example.ac.uk]] · [[phone:0114 496 0233]] · Western Bank, Sheffield [[postcode:S10 2TN]]"),
        footnotes=[d.r("No result has been added to your medical record.")],
        comments=[(d.r("<<Rosalind Achebe>>"), "RA", d.r("Counsellor slot held for Thurs 10:00 — <<Tobias>>, please confirm."))])


@doc("participant-pool-inbox.mbox")
def _(d):
    m1 = lines(d, """
Hi, I signed up for the sleep study (PSY-140) but ((health:I was diagnosed with bipolar disorder last year and take
lithium)). Am I still eligible? I'd still like the credits if there is another study.
Thanks, <<Cerys>>
--
<<Cerys Vaughan-Price>>, 2nd year Psychology
""")
    m2 = lines(d, """
Dear <<Cerys>>,
Thank you for telling us. PSY-140 excludes mood-stabilising medication, so I have withdrawn you from it and
recommended PSY-118 (reading and eye movements), which has no medication exclusions.
Best wishes,
<<Siobhan Keane>> | Participant Pool Manager | [[phone:0114 496 0208]]
""")
    m3 = lines(d, """
Please withdraw me from the pool and delete my data. I took part in PSY-131 (pool ID P-20415).
<<Harriet Fenwick-Lowe>>
""")
    return mbox([
        ("cvp21@northmoor.example.ac.uk", "Mon Oct 19 23:12:45 2026",
         [("From", d.r("<<Cerys Vaughan-Price>> <[[email:cvp21@northmoor.example.ac.uk]]>")), ("To", d.r("[[email:participantpool@northmoor.example.ac.uk]]")),
          ("Subject", "PSY-140 eligibility"), ("Date", "Mon, 19 Oct 2026 23:12:45 +0100"), ("Message-ID", "<cvp.1019@northmoor.example.ac.uk>")], m1),
        ("participantpool@northmoor.example.ac.uk", "Tue Oct 20 09:30:00 2026",
         [("From", d.r("Participant Pool <[[email:participantpool@northmoor.example.ac.uk]]>")), ("To", d.r("<<Cerys Vaughan-Price>> <[[email:cvp21@northmoor.example.ac.uk]]>")),
          ("Subject", "Re: PSY-140 eligibility"), ("Date", "Tue, 20 Oct 2026 09:30:00 +0100"), ("Message-ID", "<pp.1020@northmoor.example.ac.uk>"),
          ("In-Reply-To", "<cvp.1019@northmoor.example.ac.uk>")], m2),
        ("hfl3@northmoor.example.ac.uk", "Fri Nov 20 17:01:13 2026",
         [("From", d.r("<<Harriet Fenwick-Lowe>> <[[email:hfl3@northmoor.example.ac.uk]]>")), ("To", d.r("[[email:participantpool@northmoor.example.ac.uk]]")),
          ("Subject", "withdrawal"), ("Date", "Fri, 20 Nov 2026 17:01:13 +0000"), ("Message-ID", "<hfl.1120@northmoor.example.ac.uk>")], m3),
    ])


@doc("emotion-lab-face-enrolment.json")
def _(d):
    recs = [
        {"participant": "<<Jun Hao Lim>>", "poolId": "P-20419", "session": 1, "faceTemplate": "((biometric:enrolled - 512-d face embedding stored to match return visits))", "consentVersion": "v2", "workstationIp": "[[ip:192.0.2.61]]"},
        {"participant": "<<Oluwaseun Adeyinka>>", "poolId": "P-20420", "session": 1, "faceTemplate": "((biometric:enrolled - face embedding matched at session 2 (score 0.93)))", "consentVersion": "v2", "workstationIp": "[[ip:192.0.2.61]]"},
        {"participant": "<<Ioana Constantinescu>>", "poolId": "P-20411", "session": 1, "faceTemplate": "declined - video coded by hand only", "consentVersion": "v2", "workstationIp": "[[ip:192.0.2.62]]"},
    ]
    return dumps_json({"study": "PSY-127 Facial expression and mood", "exportedBy": d.r("<<Rosalind Achebe>>"), "records": rj(d, recs)})


@doc("ethics-amendment-psy140.odt")
def _(d):
    return odt([
        ("h", d.r("Amendment request — PSY-140 Sleep restriction and attention")),
        d.r("Applicant: Dr <<Tobias Eriksen>>. Co-investigators: <<Priyanka Nair>>, <<Callum Fraser-Hay>>."),
        d.r("Reason: an adverse event on 3 November. Participant P-20433, <<Kyle Brannigan>> (DOB [[dob:2004-05-17]]), "
            "((health:had a panic attack during the overnight session and was taken to the Northern General A&E)); he was discharged the same night."),
        ("table", cells(d, [["Change", "Detail"], ["Screening", "add the GAD-7 with a cut-off of 10"],
                            ["Overnight staffing", "two researchers, one first-aid trained"],
                            ["Contact", "night line [[phone:07700 900 233]]"]])),
        d.r("Committee secretary: <<Margaret Oyelowo>> ([[email:ethics-psy@northmoor.example.ac.uk]]). The committee meets in the {{Florence Nightingale}} Room."),
    ], author=d.r("<<Tobias Eriksen>>"))


@doc("participant-payment-claims.tsv")
def _(d):
    return grid(d, [
        ["claim", "participant", "study", "amount_gbp", "method", "sort_code", "account", "contact"],
        ["PC-8812", "<<Ioana Constantinescu>>", "PSY-131", 25, "BACS", "[[bank:20-32-53=>203253:19830411]]", "19830411", "[[email:ic2241@northmoor.example.ac.uk]]"],
        ["PC-8813", "<<Kyle Brannigan>>", "PSY-140", 60, "BACS", "[[bank:30-15-99=>301599:73351028]]", "73351028", "[[phone:07700 900 234]]"],
        ["PC-8814", "<<Ana Lúcia Ferreira Gomes>>", "PSY-127", 15, "Amazon voucher", "", "", "[[email:alfg@example.com]]"],
        ["PC-8815", "<<Ahmed El-Sayed>>", "PSY-118", 10, "International transfer", "IBAN", "[[iban:GB82 WEST 1234 5698 7654 32]]", "passport [[passport:107224589]] seen for payment"],
    ], sep="\t")


# ---------------------------------------------------------------- F. school nursing and immunisation team

@doc("flu-consent-returns-year8.xlsx")
def _(d):
    rows = [["Pupil", "DOB", "NHS number", "Form", "Parent/carer", "Contact", "Consent", "Notes"],
            ["<<Ayesha Begum>>", Date("2013-01-14"), f"[[nhs:{nhs('999510263')}]]", "8R", "<<Rukhsana Begum>>", "[[phone:07700 900 301]]", "Injection instead",
             "((religious_belief:Nasal spray declined — contains porcine gelatine, family are practising Muslims))"],
            ["<<Noah Kaczmarek>>", Date("2012-11-02"), f"[[nhs:{nhs('999510271')}]]", "8R", "<<Agnieszka Kaczmarek>>", "[[phone:07700 900 302]]", "Yes", "((health:Asthma - uses Clenil, no admissions))"],
            ["<<Reuben Abrahams>>", Date("2013-04-27"), f"[[nhs:{nhs('999510280')}]]", "8T", "Dr <<Miriam Abrahams>>", "[[phone:07700 900 303]]", "Injection instead",
             "((religious_belief:Family keeps kosher - no porcine products))"],
            ["<<Lily-Mae Cartwright>>", Date("2012-09-30"), f"[[nhs:{nhs('999510298')}]]", "8T", "<<Shannon Cartwright>>", "[[phone:07700 900 304]]", "No", "Parent refused - no reason"],
            ["<<Theo Mensah-Williams>>", Date("2013-06-08"), f"[[nhs:{nhs('999510301')}]]", "8T", "<<Akua Mensah>>", "[[phone:07700 900 305]]", "Yes", "((health:Severe egg allergy (anaphylaxis 2019) - check vaccine))"]]
    d.r("[[=dob:2013-01-14]][[=dob:2012-11-02]][[=dob:2013-04-27]][[=dob:2012-09-30]][[=dob:2013-06-08]]")
    kv = [["Session", "Value"], ["School", "Ravensmoor Academy, Bradford [[postcode:BD9 5QT]]"], ["Date", Date("2026-10-21")],
          ["Lead nurse", "<<Helen Ashworth>>"], ["Batch (Fluenz)", "FL7731K"], ["Team phone", "[[phone:01632 960 441]]"]]
    return xlsx([("Consents", cells(d, rows)), ("Session", cells(d, kv))], author=d.r("<<Helen Ashworth>>"))


@doc("hpv-session-report-ravensmoor.docx")
def _(d):
    return docx([
        ("h", d.r("HPV dose 1 session — Ravensmoor Academy, 12 November 2026")),
        d.r("Vaccinated: 161 of 188 consented (Year 8). Absent: 19. Refused on the day: 8."),
        d.r("Incidents: <<Maisie Holroyd>> (8K) ((health:fainted after vaccination)) — recovered, observed 30 min, mother collected."),
        ("c", d.r("One pupil, "), d.r("<<Dev Chauhan>>"), d.r(", ((health:has a needle phobia and is booked into the community clinic with Emla cream))."), 0),
        ("table", cells(d, [["Staff", "Role"], ["<<Helen Ashworth>>", "Lead nurse"], ["<<Bushra Anwar>>", "Staff nurse"], ["<<Craig Illingworth>>", "HCA"]])),
        d.r("Stock: Gardasil 9 batch XG4471, fridge log 2.1–7.4 °C. Next session 14 January."),
    ], author=d.r("<<Helen Ashworth>>"), header=d.r("School-Aged Immunisation Service — Brackenfield Community Health NHS Trust"),
        footer=d.r("[[email:saiss.brackenfield@example.nhs.uk]] · [[phone:01632 960 441]]"),
        comments=[(d.r("<<Bushra Anwar>>"), "BA", d.r("<<Dev>>'s mum prefers a call after 5pm."))])


@doc("school-nurse-referral-kamara.eml")
def _(d):
    text = lines(d, """
Dear School Nursing Team,

I'd like to refer <<Fatmata Kamara>> (Year 10, DOB [[dob:08/05/2011=>2011-05-08]], NHS [[nhs:%s]]).
Over the last month ((health:staff have noticed cuts on her forearms and she has told her tutor she self-harms)). She has also
((health:been wetting the bed at night)), which she finds very embarrassing. Mum, <<Isatu Kamara>>, is aware and agrees to the referral
(mobile [[phone:07700 900 388]]).

She would prefer a female nurse and to be seen in school, not at home.

<<Rebecca Osei-Tutu>>
Designated Safeguarding Lead, Heaton Park High · [[phone:01632 960 590]]
""" % nhs("999620337"))
    return eml([("From", d.r("<<Rebecca Osei-Tutu>> <[[email:r.oseitutu@heatonpark.example.org]]>")),
                ("To", d.r("School Nursing <[[email:schoolnursing.bradford@example.nhs.uk]]>")),
                ("Cc", d.r("<<Helen Ashworth>> <[[email:helen.ashworth@example.nhs.uk]]>")),
                ("Subject", "Referral - F Kamara, Y10"), ("Date", "Tue, 10 Nov 2026 12:05:00 +0000"), ("Message-ID", "<ref-fk@heatonpark.example.org>")],
               text, html_body="<div>" + xesc(text).replace("\n", "<br>\n") + "</div>", boundary="sn17")


@doc("ncmp-letter-extract-y6.pdf")
def _(d):
    return pdf([plines(d, """
Brackenfield Community Health NHS Trust - National Child Measurement Programme
Results letter (copy for the school nursing record)
Child: <<Oliver James Sutcliffe>>    Date of birth: [[dob:23rd June 2015=>2015-06-23]]    NHS No. [[nhs:%s]]
Address: 52 Thornbury Avenue, Bradford [[postcode:BD3 8JN]]
Dear parent or carer of <<Oliver>>,
((health:Your child's measurements put him in the very overweight range (BMI centile 99.6))).
We would like to invite you to a Family Healthy Weight session. Please call [[phone:01632 960 447]].
School nurse: <<Anita Szymanska>> (accents dropped by the letter system)
""" % nhs("999731145"))])


@doc("catch-up-clinic-list-saturday.txt")
def _(d):
    # The columns are aligned as written; the markup goes in afterwards so it does not push them apart.
    return lines(d, """
CATCH-UP IMMUNISATION CLINIC — Saturday 5 December, Manningham Health Centre
Nurse: <<Bushra Anwar>>   HCA: <<Craig Illingworth>>   Clinic line 01632 960 448
""".replace("01632 960 448", "[[phone:01632 960 448]]") + """
09:00  <<KOWALSKI, Zofia>>        d.o.b 7 Sept 2011      MMR 2        parent mobile [[phone:07700 900 771]]
09:15  <<Dev Chauhan>>             DOB 3/4/2013            HPV 1        ((health:needle phobia - Emla applied at home))
09:30  <<Ruby-Rose O'Callaghan>>   DoB: 19.12.2012         MenACWY      [[phone:+44 (0)7700 900772]]
09:45  <<Ibrahim Jalloh>>          born 30/01/2010         Td/IPV       ((health:recently arrived, no records - full catch-up))
10:00  <<Eszter Varga>>            D.O.B.: 11-Feb-14       Flu (inj)    ((health:egg allergy))
""".replace("d.o.b 7 Sept 2011", "d.o.b [[dob:7 Sept 2011=>2011-09-07]]").replace("DOB 3/4/2013", "[[dob:DOB 3/4/2013=>2013-04-03]]")
       .replace("DoB: 19.12.2012", "DoB: [[dob:19.12.2012=>2012-12-19]]").replace("born 30/01/2010", "born [[dob:30/01/2010=>2010-01-30]]")
       .replace("D.O.B.: 11-Feb-14", "D.O.B.: [[dob:11-Feb-14=>2014-02-11]]"))


@doc("immunisation-records-export.jsonl")
def _(d):
    recs = [
        {"patient": {"forename": "<<Ayesha>>", "surname": "<<Begum>>", "nhsNumber": f"[[nhs:{nhs('999510263')}]]", "dateOfBirth": "[[dob:2013-01-14]]"},
         "vaccine": "Fluenz Tetra", "outcome": "Not given - alternative offered", "batch": "FL7731K", "site": None, "recordedBy": "<<H. Ashworth>>"},
        {"patient": {"forename": "<<Noah>>", "surname": "<<Kaczmarek>>", "nhsNumber": f"[[nhs:{nhs('999510271')}]]", "dateOfBirth": "[[dob:2012-11-02]]"},
         "vaccine": "Fluenz Tetra", "outcome": "((health:Given))", "batch": "FL7731K", "site": "intranasal", "recordedBy": "<<H. Ashworth>>"},
        {"patient": {"forename": "<<Maisie>>", "surname": "<<Holroyd>>", "nhsNumber": f"[[nhs:{nhs('999520110')}]]", "dateOfBirth": "[[dob:2013-03-03]]"},
         "vaccine": "Gardasil 9 dose 1", "outcome": "((health:Given - vasovagal episode, recovered))", "batch": "XG4471", "site": "left deltoid", "recordedBy": "<<B. Anwar>>"},
    ]
    return "".join(json.dumps(rj(d, r), ensure_ascii=False) + "\n" for r in recs)


@doc("safeguarding-supervision-notes.md")
def _(d):
    return lines(d, """
# School nursing — safeguarding supervision, 26 November 2026

Supervisor: <<Lorna McGill>> (Named Nurse). Supervisee: <<Anita Szymańska>>.

| Child | School | Discussion | Action |
|---|---|---|---|
| <<Fatmata Kamara>> | Heaton Park High | ((health:Self-harm, now weekly sessions; CAMHS referral accepted)) | Review Jan |
| <<Jodie Whiteley>> (Y11) | Heaton Park High | ((sex_life_orientation:Disclosed she is in a relationship with a girl in Year 12)) and fears her dad's reaction; no risk of harm identified | Support, no referral |
| <<Oliver Sutcliffe>> | St Clement's Primary | ((health:Very overweight; dad has type 2 diabetes)) — family engaging | Weight clinic |
| <<Kai Lister>> | Ravensmoor Academy | Father, <<Darren Lister>>, ((criminal_offence:was charged last week with assaulting the mother)); <<Kai>> stays with grandparents | MARAC informed |

<<Anita>> to update SystmOne; <<Lorna>> to chase the MARAC minutes. Next supervision: 21 January.
Note: {{St Clement's}} Primary is also the flu catch-up venue; the {{Bishop Blair}} Suite is booked for training.
""")


@doc("parent-enquiries-web-form.html")
def _(d):
    t = html_table(d, [["Received", "Parent", "Email", "Phone", "Enquiry"],
                       ["02/11/2026", "<<Marcin Wiśniewski>>", "[[email:marcin.w@example.com]]", "[[phone:07700 900 826]]", "My son <<Kuba>> ((health:has haemophilia A)) — can he have the HPV injection in school?"],
                       ["04/11/2026", "<<Gemma Oakes-Whitfield>>", "[[email:gemma.ow@example.net]]", "", "Can you send another consent form? We moved house."],
                       ["09/11/2026", "<<Comfort Agyeman>>", "[[email:comfort.agyeman@example.org]]", "[[phone:07700 900 827]]",
                        "<<Esi>> ((genetic:has sickle cell trait (HbAS) from her newborn screening)) — does that matter for the HPV vaccine?"],
                       ["06/11/2026", "<<Parveen Iqbal>>", "[[email:piqbal@example.co.uk]]", "[[phone:0121 496 0552]]",
                        "((religious_belief:We are Muslim and need to know if the flu spray has pork gelatine)) for my daughter <<Hafsa>>."]])
    body = d.r("<h1>Immunisation enquiries — November</h1>\n<p>Exported from the Trust website form by <<Craig Illingworth>>.</p>\n") + t
    return html("Enquiries", body)


# ---------------------------------------------------------------- G. bank's vulnerable-customers team

@doc("vulnerability-register-q4.xlsx")
def _(d):
    rows = [["Customer", "Sort code", "Account", "Vulnerability", "Driver", "Adjustment", "Review"],
            ["Mrs <<Doreen Ackroyd>>", "[[=bank:774102:30018824]]77-41-02", "30018824", "((health:Dementia (mid-stage) - daughter holds LPA))", "Health", "Third-party mandate; no telephone banking", Date("2027-03-01")],
            ["<<Gerard Nwosu>>", "[[=bank:774102:30092751]]77-41-02", "30092751", "Recently bereaved (wife)", "Life event", "Named case handler", Date("2027-01-15")],
            ["<<Agata Lewandowska>>", "[[=bank:774119:41570036]]77-41-19", "41570036", "((health:Terminal cancer diagnosis - receiving palliative care))", "Health", "Fast-track insurance claim; large print", Date("2026-12-20")],
            ["<<Rhodri Pugh>>", "[[=bank:774119:41599802]]77-41-19", "41599802", "((health:Gambling disorder - in treatment with the NHS gambling clinic))", "Health", "Gambling block; cooling-off on limit increases", Date("2027-02-10")],
            ["<<Precious Ndlovu>>", "[[=bank:774133:52004417]]77-41-33", "52004417", "Economic abuse by ex-partner", "Life event", "Safe account; correspondence held at branch", Date("2027-01-05")]]
    kv = [["Item", "Value"], ["Team", "Customer Support Unit (vulnerable customers)"], ["Team lead", "<<Olusegun Bakare>>"],
          ["Direct line", "[[phone:0161 496 0418]]"], ["Textphone", "[[phone:0161 496 0419]]"], ["Bank", "Harcastle Bank plc, PO Box 4471, Manchester [[postcode:M60 2HB]]"]]
    return xlsx([("Register", cells(d, rows)), ("Team", cells(d, kv))], author=d.r("<<Olusegun Bakare>>"))


@doc("call-note-ackroyd-lpa.docx")
def _(d):
    return docx([
        ("h", d.r("Call note — third-party authority")),
        ("table", cells(d, [["Customer", "<<ACKROYD, Doreen Mary>>"], ["DOB", "[[dob:D.O.B. 17/02/1939=>1939-02-17]]"],
                            ["Account", "[[bank:77-41-02 30018824=>774102:30018824]]"], ["Caller", "<<Julie Ackroyd-Barnes>> (daughter, attorney)"],
                            ["Caller ID&V", "passport [[passport:553018296]], LPA ref 7000-1845-2210"]])),
        d.r("<<Julie>> called because ((health:her mother's dementia has progressed and she is now in a nursing home)). She asked us to stop "
            "the debit card ending 4444, to move the account to her control under the registered LPA and to cancel the standing order to "
            "the {{Lord Mayor's}} Charity Appeal, which her mother set up years ago."),
        ("c", d.r("Card "), d.r("[[card:5555 5555 5555 4444]]"), d.r(" cancelled and replacement suppressed."), 0),
        d.r("Handled by <<Sinéad Coughlan>>, Customer Support Unit, extension 4471."),
    ], author=d.r("<<Sinéad Coughlan>>"), header=d.r("Harcastle Bank plc — Customer Support Unit"),
        textbox=[d.r("ALERT — third-party mandate in place"), d.r("Speak only to the attorney, <<Julie Ackroyd-Barnes>>, or to <<Doreen>> herself.")],
        footer=d.r("Classification: CONFIDENTIAL — contains customer data"),
        comments=[(d.r("<<Olusegun Bakare>>"), "OB", d.r("Standing order to a charity: check with <<Julie>> it is not a gift the attorney can't stop."))])


@doc("app-scam-case-pugh.eml")
def _(d):
    text = lines(d, """
Fraud team,

Customer <<Rhodri Pugh>> (DOB [[dob:1976-10-05]], sort code [[bank:77-41-19=>774119:41599802]], account 41599802) reports an
authorised push payment scam. He sent £6,400 on 21 Nov to a "crypto recovery" firm:
Payee IBAN [[iban:DE89 3704 0044 0532 0130 00]], reference RECOV-9921.

The payment was made from a new device. Online banking logins: [[ip:203.0.113.201]] (his usual) and [[ip:198.51.100.199]]
(new, 21 Nov 18:02). ((health:He is hard of hearing and uses a hearing aid)) — please email or text, not phone.
((health:He is also in treatment for a gambling disorder)) and is frightened he will relapse.

Customer mobile for texts: [[phone:07700 900 905]].

<<Sinéad Coughlan>>
Customer Support Unit
""")
    return eml([("From", d.r("<<Sinéad Coughlan>> <[[email:sinead.coughlan@harcastlebank.example.co.uk]]>")),
                ("To", d.r("APP Fraud <[[email:appfraud@harcastlebank.example.co.uk]]>")),
                ("Cc", d.r("<<Olusegun Bakare>> <[[email:olusegun.bakare@harcastlebank.example.co.uk]]>")),
                ("Subject", "APP scam - R Pugh - vulnerable customer"), ("Date", "Mon, 23 Nov 2026 09:41:00 +0000"),
                ("Message-ID", "<app-7731@harcastlebank.example.co.uk>")], text,
               html_body="<p>" + xesc(text).replace("\n", "<br>\n") + "</p>", boundary="hb17")


@doc("lpa-registrations-received.csv")
def _(d):
    return grid(d, [
        ["received", "donor", "donor_dob", "attorney", "attorney_phone", "lpa_type", "accounts", "status"],
        ["2026-10-14", "<<Doreen Ackroyd>>", "[[dob:17/2/1939=>1939-02-17]]", "<<Julie Ackroyd-Barnes>>", "[[phone:07700 900 910]]", "Property & financial", "[[bank:774102 30018824=>774102:30018824]]", "Registered"],
        ["2026-10-29", "<<Bernard Oyelaran-Smith>>", "[[dob:1944-08-30]]", "<<Timi Oyelaran-Smith>>; <<Kemi Oyelaran-Smith>>", "[[phone:0161 496 0927]]", "Property & financial (jointly)", "[[bank:774133 52117730=>774133:52117730]]", "Awaiting certified copy"],
        ["2026-11-09", "<<Kathleen Murphy>>", "[[dob:5 May 1950=>1950-05-05]]", "<<Padraig Murphy>>", "[[phone:+44 7700 900 911]]", "Property & financial", "[[bank:774119 41077265=>774119:41077265]]", "Registered"],
    ])


@doc("complaint-final-response-lewandowska.pdf")
def _(d):
    return pdf([plines(d, """
Harcastle Bank plc - Customer Support Unit, PO Box 4471, Manchester [[postcode:M60 2HB]]
Mrs <<Agata Lewandowska>>
7 Birchfields Road, Manchester [[postcode:M13 0XL]]
27 November 2026       Our ref: CMP-26-55102
Dear Mrs <<Lewandowska>>,
Your complaint about the handling of your critical illness claim
Thank you for speaking with me on 19 November. I am sorry that, ((health:after your cancer diagnosis)), you were
asked three times to send the same consultant's letter. That should not have happened.
We have paid GBP 250.00 to your account ([[bank:sort code 77-41-19, account 41570036=>774119:41570036]]) for the distress caused.
"""), plines(d, """
Your claim was accepted on 24 November. If you are not happy with this response you may refer it to the
Financial Ombudsman Service within six months.
Yours sincerely,
<<Olusegun Bakare>>
Team Leader, Customer Support Unit - [[phone:0161 496 0418]]
""")])


@doc("online-banking-risk-flags.jsonl")
def _(d):
    rows = [
        {"customerName": "<<Rhodri Pugh>>", "customerId": 88120455, "flag": "GAMBLING_BLOCK_ACTIVE", "lastIp": "[[ip:203.0.113.201]]", "device": "iPhone 13"},
        {"customerName": "<<Precious Ndlovu>>", "customerId": 88120977, "flag": "SAFE_ACCOUNT_NO_PAPER", "lastIp": "[[ip:203.0.113.77]]", "device": "Android"},
        {"customerName": "<<Wen Jie Huang>>", "customerId": 88121302, "flag": "GAMBLING_BLOCK_ACTIVE", "lastIp": "[[ip:2001:db8:beef::1]]", "device": "Chrome / Windows",
         "voiceId": "((biometric:voiceprint enrolled 2025-06-11; matched on inbound call 24 Nov, score 0.97))"},
        {"customerName": "<<Ffion Rowlands>>", "customerId": 88121555, "flag": "CARD_FROZEN_BY_CUSTOMER", "lastIp": "[[ip:192.0.2.230]]", "device": "iPad",
         "card": "[[card:4000 0566 5566 5556]]"},
    ]
    return "".join(json.dumps(rj(d, r), ensure_ascii=False) + "\n" for r in rows)


@doc("financial-abuse-referral-murphy.rtf")
def _(d):
    return rtf(plines(d, """
HARCASTLE BANK PLC - ADULT SAFEGUARDING REFERRAL TO MANCHESTER CITY COUNCIL
Customer: <<Kathleen Murphy>>, born [[dob:5th May 1950=>1950-05-05]], 22 Kincardine Court, Manchester [[postcode:M14 6PL]]
Account: sort code [[bank:77-41-19=>774119:41077265]]
account number 41077265
Concern: since August about £23,000 has been withdrawn in cash by her son and attorney, <<Padraig Murphy>>.
Mrs <<Murphy>> ((health:has Parkinson's disease and recently had a stroke)) and says she did not agree to the withdrawals.
Update 30/11: Greater Manchester Police told us <<Padraig>> ((criminal_offence:was arrested on 28 November on suspicion of fraud by abuse of position)) and released under investigation.
Referrer: <<Olusegun Bakare>>, Harcastle Bank, [[email:safeguarding@harcastlebank.example.co.uk]], [[phone:0161 496 0420]]
"""))


@doc("csu-team-mailbox.mbox")
def _(d):
    m1 = lines(d, """
Hi both — Mr <<Hamza Siddiqui>> came into Piccadilly branch asking to switch to our Islamic current account. ((religious_belief:He told
the adviser he is a practising Muslim and will not hold an interest-bearing account)). He also mentioned ((health:he is
partially sighted)) so wants statements in braille. Can CSU pick this up? His number is [[phone:0161 496 0955]].
<<Demi>>
""")
    m2 = lines(d, """
On it. I'll set the braille flag and book him a call with a Shariah-compliant products adviser.
The {{Macmillan}} support line leaflet is out of stock by the way — reorder from the {{Royal Exchange}} print room.
<<Sinéad>>
""")
    return mbox([
        ("demi.rafferty@harcastlebank.example.co.uk", "Wed Nov 25 11:02:33 2026",
         [("From", d.r("<<Demi Rafferty>> <[[email:demi.rafferty@harcastlebank.example.co.uk]]>")), ("To", d.r("CSU <[[email:csu@harcastlebank.example.co.uk]]>")),
          ("Subject", "Customer needs - branch referral"), ("Date", "Wed, 25 Nov 2026 11:02:33 +0000"), ("Message-ID", "<dr-2511@harcastlebank.example.co.uk>")], m1),
        ("sinead.coughlan@harcastlebank.example.co.uk", "Wed Nov 25 13:47:09 2026",
         [("From", d.r("<<Sinéad Coughlan>> <[[email:sinead.coughlan@harcastlebank.example.co.uk]]>")), ("To", d.r("<<Demi Rafferty>> <[[email:demi.rafferty@harcastlebank.example.co.uk]]>")),
          ("Subject", "Re: Customer needs - branch referral"), ("Date", "Wed, 25 Nov 2026 13:47:09 +0000"), ("Message-ID", "<sc-2511@harcastlebank.example.co.uk>"),
          ("In-Reply-To", "<dr-2511@harcastlebank.example.co.uk>")], m2),
    ])


# ---------------------------------------------------------------- H. trade union political fund and equality office

@doc("political-fund-opt-ins-2026.xlsx")
def _(d):
    rows = [["Membership no", "Member", "Branch", "Employer", "Political fund", "Form received", "Subs £/month"],
            [4471182, "<<Sandra Kettlewell>>", "Leeds Health", "Leeds Teaching Hospitals", "((trade_union:Opted in))", Date("2026-01-14"), 16.75],
            [4471305, "<<Tariq Mahmood>>", "Bradford Local Gov", "Bradford MDC", "((trade_union:Opted out))", Date("2026-02-03"), 14.10],
            [4471419, "<<Bronwen Ellis-Jones>>", "Cardiff Schools", "Cardiff Council", "((trade_union:Opted in))", Date("2026-03-22"), 12.40],
            [4471522, "<<DUFFY, Conor>>", "Manchester Transport", "Metrolink Ops Ltd", "((trade_union:Opted in)) - also ((political_opinion:Labour Party member, affiliated section))", Date("2026-04-09"), 16.75],
            [4471630, "<<Nkechi Obi-Daniels>>", "Leeds Health", "Leeds Teaching Hospitals", "((trade_union:Opted out))", Date("2026-05-30"), 16.75]]
    summary = [["Branch", "Members", "Opted in", "Share"], ["Leeds Health", 1284, 1011, 0.787], ["Bradford Local Gov", 966, 702, 0.727],
               ["Cardiff Schools", 540, 498, 0.922], ["Manchester Transport", 377, 331, 0.878]]
    return xlsx([("Opt-ins", cells(d, rows)), ("Summary", cells(d, summary))], author=d.r("<<Deborah Whitfield>>"))


@doc("member-equality-monitoring.csv")
def _(d):
    return grid(d, [
        ["membership_no", "name", "date_of_birth", "ethnic_group", "religion", "sexual_orientation", "disability", "branch"],
        ["4471182", "<<Sandra Kettlewell>>", "[[dob:1971-09-02]]", "((racial_ethnic_origin:White British))", "((religious_belief:No religion))", "((sex_life_orientation:Lesbian))", "((health:Yes - hearing loss))", "((trade_union:Leeds Health))"],
        ["4471305", "<<Tariq Mahmood>>", "[[dob:02/09/1984=>1984-09-02]]", "((racial_ethnic_origin:Asian British - Pakistani))", "((religious_belief:Muslim))", "((sex_life_orientation:Heterosexual))", "No", "((trade_union:Bradford Local Gov))"],
        ["4471630", "<<Nkechi Obi-Daniels>>", "[[dob:30-Nov-88=>1988-11-30]]", "((racial_ethnic_origin:Black British - Nigerian))", "((religious_belief:Christian (Catholic)))", "Prefer not to say", "((health:Yes - sickle cell))", "((trade_union:Leeds Health))"],
        ["4471744", "<<Alasdair Mackintosh>>", "[[dob:1990-04-17]]", "Prefer not to say", "Prefer not to say", "Prefer not to say", "Prefer not to say", "((trade_union:Glasgow Universities))"],
    ])


@doc("womens-conference-delegates.docx")
def _(d):
    return docx([
        ("h", d.r("National Women's Conference 2027 — delegates and motions")),
        d.r("Branches have elected the following ((trade_union:delegates)). Travel is booked by the equality office; childcare claims go to <<Deborah Whitfield>>."),
        ("table", cells(d, [["Delegate", "Branch", "Motion", "Notes"],
                            ["<<Sandra Kettlewell>>", "Leeds Health", "Menopause at work", "((health:Needs a hearing loop))"],
                            ["<<Bronwen Ellis-Jones>>", "Cardiff Schools", "Safe staffing in nurseries", "((political_opinion:Plaid Cymru councillor, Grangetown ward))"],
                            ["<<Harpreet Kaur Sandhu>>", "Wolverhampton Local Gov", "Period dignity", "((religious_belief:Amritdhari Sikh - needs a vegetarian langar-style meal and somewhere to keep her kirpan))"],
                            ["<<Nkechi Obi-Daniels>>", "Leeds Health", "Race and maternity outcomes", "First-time delegate"]])),
        ("c", d.r("Motion 14 was "), d.r("composited with Unite's"), d.r(" text on the TUC agenda."), 0),
        d.r("Venue: {{Emmeline Pankhurst}} Hall, Manchester Central. Guest speaker to be confirmed."),
    ], author=d.r("<<Deborah Whitfield>>"), header=d.r("United Civic and Technical Union — Equality Office"),
        footer=d.r("UCTU, 9 Marsden Street, Manchester [[postcode:M2 1HW]] · [[phone:0161 496 0600]]"),
        comments=[(d.r("<<Precious Adebanjo>>"), "PA", d.r("Check step-free access to the {{Pankhurst}} Hall balcony for <<Sandra>>."))])


@doc("political-fund-complaint-mcbride.eml")
def _(d):
    text = lines(d, """
Dear General Secretary,

I have been a ((trade_union:member of UCTU)) for 19 years (membership no. 4469021, Stockport Local Gov branch). I have
just learnt that the political fund gave £40,000 to the Labour Party's general election fund. ((political_opinion:I am a
Green Party member and stood as the Green candidate in Heaton Mersey last May)), and I opted out of the fund in 2019 —
so why has my subscription not gone down?

Please reply to [[email:aoife.mcbride@example.net]] or call [[phone:0161 496 0891]].

<<Aoife McBride>>
14 Didsbury Road, Stockport [[postcode:SK4 2JQ]]
""")
    return eml([("From", d.r("<<Aoife McBride>> <[[email:aoife.mcbride@example.net]]>")),
                ("To", d.r("General Secretary <[[email:gensec@uctu.example.org]]>")),
                ("Cc", d.r("Political Fund Officer <[[email:politicalfund@uctu.example.org]]>")),
                ("Subject", "Political fund - I opted out"), ("Date", "Thu, 12 Nov 2026 20:17:00 +0000"),
                ("Message-ID", "<amb.1211@example.net>")], text, boundary="uc17")


@doc("equality-committee-minutes-nov.odt")
def _(d):
    return odt([
        ("h", d.r("National Equality Committee — 21 November 2026")),
        d.r("Present: <<Precious Adebanjo>> (chair, ((trade_union:NEC member for Yorkshire))), <<Deborah Whitfield>> (Equality Officer), <<Oisín Mac Giolla Bhríde>>, <<Yasmin Chowdhury>>, <<Rafael Souza-Mendes>>."),
        d.r("1. Black Members' Network: <<Precious>> reported that ((racial_ethnic_origin:as one of only two Black women on the NEC)) she will co-chair the network launch."),
        d.r("2. LGBT+ Members: <<Rafael>> ((sex_life_orientation:spoke as a gay member about coming out at work))."),
        d.r("3. Disabled Members: <<Yasmin>> ((health:asked that papers come in advance because of her dyslexia)). Agreed."),
        d.r("4. Political fund: the committee noted the ballot timetable. No individual was discussed."),
        ("table", cells(d, [["Action", "Owner", "Due"], ["Network launch venue", "<<Deborah Whitfield>>", "January"],
                            ["Accessible papers", "<<D. Whitfield>>", "Standing"]])),
        d.r("Office: [[email:equality@uctu.example.org]] · [[phone:0161 496 0602]]"),
    ], author=d.r("<<Deborah Whitfield>>"))


@doc("check-off-reconciliation-oct.tsv")
def _(d):
    return grid(d, [
        ["employer", "payroll_no", "member_name", "ni_number", "membership_no", "deduction", "political_levy"],
        ["Bradford MDC", "BM-220917", "<<MAHMOOD T>>", "[[nino:QQ 44 90 12 A]]", "4471305", "((trade_union:14.10))", "0.00"],
        ["Leeds Teaching Hospitals", "LT-81140", "<<KETTLEWELL S>>", "[[nino:QQ 10 38 27 D]]", "4471182", "((trade_union:16.75))", "0.42"],
        ["Leeds Teaching Hospitals", "LT-81921", "<<OBI-DANIELS N>>", "[[nino:QQ683015B]]", "4471630", "((trade_union:16.75))", "0.00"],
        ["Metrolink Ops Ltd", "MO-0455", "<<DUFFY C>>", "[[nino:QQ 27 71 64 C]]", "4471522", "((trade_union:16.75))", "0.42"],
    ], sep="\t")


@doc("member-crm-export.json")
def _(d):
    recs = [
        {"memberName": "<<Conor Duffy>>", "membershipNo": 4471522, "email": "[[email:conor.duffy@example.com]]", "mobile": "[[phone:07700 900 962]]",
         "politicalFund": "((trade_union:contributing))", "candidatePanel": "((political_opinion:Approved for the Labour parliamentary panel, 2026))", "postcode": "[[postcode:M20 4WX]]"},
        {"memberName": "<<Bronwen Ellis-Jones>>", "membershipNo": 4471419, "email": "[[email:bronwen.ej@example.co.uk]]", "mobile": "[[phone:029 2018 0447]]",
         "politicalFund": "((trade_union:contributing))", "candidatePanel": None, "postcode": "[[postcode:CF11 6QR]]"},
        {"memberName": "<<Lukas Petraitis>>", "membershipNo": 4471901, "email": "[[email:lukas.petraitis@example.org]]", "mobile": "[[phone:07700 900 963]]",
         "politicalFund": "((trade_union:not contributing))", "candidatePanel": None, "postcode": "[[postcode:LS11 5TB]]",
         "bank": {"sortCode": "[[=bank:560018:17723094]]56-00-18", "accountNumber": "17723094"}},
    ]
    return dumps_json({"source": "UCTU membership system", "records": rj(d, recs)})


@doc("adjustments-casework-kettlewell.pdf")
def _(d):
    return pdf([plines(d, """
UCTU Equality Office - reasonable adjustments casework (case EQ-26-0317)
Member: <<Sandra Kettlewell>>, Leeds Health branch, membership 4471182, DOB [[dob:2 Sep 1971=>1971-09-02]]
Rep: <<Gavin Royce>>, ((trade_union:branch equality rep)), [[phone:07700 900 990]]
<<Sandra>> ((health:has progressive hearing loss and now uses two hearing aids)). Her employer has refused a captioning
app for team meetings, citing cost. We have written under the Equality Act 2010, s.20.
Next step: grievance hearing 9 December; <<Gavin>> to attend with her.
Employer contact: Dr <<Rachel Osei>>, Head of Workforce, [[email:workforce@leedsth.example.nhs.uk]]
""")])


# ---------------------------------------------------------------- negatives: policy, guidance and training about no one

@doc("policy-prevent-duty-and-channel.md")
def _(d):
    return lines(d, """
# Prevent duty and Channel panel — council policy (v4, 2026)

## Purpose
This policy explains how Calderbrook MBC meets the Prevent duty in section 26 of the Counter-Terrorism and Security
Act 2015 and runs its Channel panel under section 36.

## Principles
| Principle | What it means for staff |
|---|---|
| Proportionate | A referral is a safeguarding step, not an accusation. Most referrals leave the process with no further action. |
| Ideology-neutral | Concerns may relate to any ideology, including extreme right-wing, Islamist, incel or mixed and unclear views. Holding religious or political views, however strongly, is never in itself a reason to refer. |
| Consent-based | Channel support is voluntary; adults must consent, and a parent consents for a child under 18. |
| Minimal data | Record only what the panel needs. Do not record faith, ethnicity or health unless it is relevant to the vulnerability being assessed. |

## Making a referral
Complete the national referral form and send it to [[email:prevent@calderbrook.example.org]] or call [[phone:0113 496 0574]].
If someone is in immediate danger, call 999.

## Retention
Channel case files are kept for six years after closure, then reviewed by the Prevent Coordinator.
""")


@doc("training-driver-medical-standards.txt")
def _(d):
    return lines(d, """
PENNINE LINK COACHES — TOOLBOX TALK 31: MEDICAL STANDARDS FOR BUS AND COACH DRIVERS

Why this matters
Group 2 (bus and lorry) licences have stricter medical standards than car licences. You must tell the DVLA about
certain conditions, and you must also tell your depot manager.

Conditions you must report include
 - diabetes treated with insulin or tablets that can cause hypoglycaemia
 - any seizure, blackout or loss of consciousness
 - sleep conditions causing excessive daytime sleepiness, such as obstructive sleep apnoea
 - heart conditions, stroke or mini-stroke
 - eyesight problems that fall below the Group 2 standard

What happens next
Occupational health will support you. Many drivers keep driving after treatment; others move to another role for a
period. A medical condition is never, in itself, a disciplinary matter — failing to report one can be.

Drink and drugs
Our policy is zero tolerance on duty. A conviction for drink or drug driving in your own car also affects your PCV
entitlement. Questions: Compliance team, [[phone:01632 960 120]].
""")


@doc("policy-tattoo-aftercare-and-consent.html")
def _(d):
    body = d.r("""<h1>Client consent, health questions and aftercare</h1>
<p>Inkwell &amp; Steel is licensed under the Local Government (Miscellaneous Provisions) Act 1982 for tattooing and piercing.</p>
<h2>Why we ask health questions</h2>
<dl>
<dt>Blood-borne viruses</dt><dd>We ask about hepatitis B, hepatitis C and HIV so that we can plan, never to refuse you. Every client is treated with the same infection-control precautions.</dd>
<dt>Medicines</dt><dd>Blood thinners and some acne treatments affect healing; we may ask for a GP letter.</dd>
<dt>Pregnancy</dt><dd>We do not tattoo or pierce during pregnancy or while breastfeeding.</dd>
<dt>Skin conditions</dt><dd>We will not work over active eczema, psoriasis or broken skin.</dd>
</dl>
<h2>Age</h2>
<p>It is an offence to tattoo anyone under 18. We ask everyone who looks under 25 for photo ID and do not keep a copy.</p>
<h2>Religious and cultural designs</h2>
<p>We are happy to discuss sacred symbols; some artists may decline designs they do not feel able to do respectfully.</p>
<p>Questions: [[email:hello@inkwellsteel.example.co.uk]] or [[phone:0113 496 0652]].</p>""")
    return html("Consent and aftercare policy", body)


@doc("training-peer-mentor-confidentiality.docx")
def _(d):
    return docx([
        ("h", d.r("Peer mentor training — module 3: confidentiality and disclosure")),
        d.r("Our mentors live with HIV themselves. That shared experience is the heart of peer support, and it makes confidentiality "
            "more important, not less."),
        ("table", cells(d, [["Situation", "What to do"],
                            ["A client asks whether another member is positive", "Never confirm or deny anyone's status or attendance."],
                            ["A client talks about a partner", "Support them to plan disclosure; do not contact the partner yourself."],
                            ["You meet a client in public", "Let them greet you first."],
                            ["A client mentions a risk of serious harm", "Speak to your supervisor the same day."]])),
        ("fn", d.r("The law on HIV transmission is explained in module 5; mentors do not give legal advice."), 1),
        d.r("Sexual orientation, faith, immigration status and ethnicity come up often in sessions. Record them only where the client "
            "asks us to act on them."),
    ], author=d.r("Positive Pathways Training Team"), header=d.r("Positive Pathways Yorkshire — training"),
        footer=d.r("Version 2.1 · November 2026"), footnotes=[d.r("See the safeguarding policy, section 6.")])


@doc("policy-participant-pool-privacy-notice.pdf")
def _(d):
    return pdf([plines(d, """
NORTHMOOR UNIVERSITY - SCHOOL OF PSYCHOLOGY PARTICIPANT POOL: PRIVACY NOTICE
Who we are: the University is the controller. Data Protection Officer: [[email:dpo@northmoor.example.ac.uk]]
What we collect: your name, university email, date of birth, and answers to screening questions.
Some studies ask about health, ethnicity, religion or sexual orientation. These questions are always optional,
and studies that use them have their own ethics approval and participant information sheet.
Genetic and biometric data: a small number of studies collect saliva samples or video of faces. These are only
collected with separate, explicit consent, stored under a code, and never used to identify you outside the study.
Payments: bank details are passed to Finance and deleted once the payment is reconciled.
Your rights: you can withdraw from the pool at any time by emailing [[email:participantpool@northmoor.example.ac.uk]].
Retention: pool records are deleted two years after your last study.
""")])


@doc("training-immunisation-consent.odt")
def _(d):
    return odt([
        ("h", d.r("School-aged immunisation: consent training for new nurses")),
        d.r("Parents or carers are asked to consent for pupils in primary school. From Year 8 a young person may consent for "
            "themselves if they are assessed as competent ({{Gillick}} competence), even if a parent has refused."),
        ("table", cells(d, [["Scenario", "Expected practice"],
                            ["Parent refuses on religious grounds (porcine gelatine)", "Offer the injectable vaccine; record the reason as the parent gives it."],
                            ["Pupil with a severe egg allergy", "Check the current Green Book chapter; most can still receive the nasal spray."],
                            ["Pupil faints or is anxious", "Seat them, observe for 15 minutes, inform the school."],
                            ["Safeguarding concern noticed", "Follow the Trust safeguarding policy the same day."]])),
        d.r("The {{Fraser}} guidelines apply to contraception, not to vaccination. Team line: [[phone:01632 960 441]]."),
    ], author=d.r("School-Aged Immunisation Service"))


@doc("policy-vulnerable-customers.rtf")
def _(d):
    return rtf(plines(d, """
HARCASTLE BANK PLC - SUPPORTING CUSTOMERS IN VULNERABLE CIRCUMSTANCES (POLICY, DECEMBER 2026)
1. Any customer can become vulnerable: through health (physical or mental), life events such as bereavement or job loss, low resilience, or low capability.
2. Colleagues should listen for signs, ask what would help, and record only what the customer agrees we may record.
3. Health information, including information about addiction, dementia or a terminal illness, is special category data: store it only in the Customer Support Unit system, never in free-text payment references.
4. Economic abuse and scams: where a customer may be at risk, offer a safe account, a trusted contact or a delay on payments.
5. Religious needs: Islamic (Shariah-compliant) current accounts are available to every customer on request; do not ask why.
6. Reviews: each vulnerability flag is reviewed at least every 12 months.
Customer Support Unit: [[phone:0161 496 0418]]; textphone [[phone:0161 496 0419]].
"""))


@doc("training-political-fund-and-equality-quiz.ods")
def _(d):
    rows = [["Question", "Answer"],
            ["Can a member opt out of the political fund?", "Yes, at any time, by giving notice; their subscription is reduced."],
            ["Does opting out affect a member's rights in the union?", "No. They keep every right except those about the fund itself."],
            ["Must the union ballot on keeping a political fund?", "Yes, at least every ten years."],
            ["Is the equality monitoring form compulsory?", "No. Every question has a 'prefer not to say' option."],
            ["Who can see equality answers?", "Only the equality office, and only as statistics outside it."],
            ["Can a branch publish who has opted in?", "No. Political fund choices are confidential."]]
    return ods([("Quiz", cells(d, rows)), ("Scores", [["Attempts", 0], ["Pass mark", 0.8]])], author=d.r("UCTU Education Department"))


# ================================================================ output

def main():
    import os
    import shutil
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "docs")
    labels, problems = [], []
    written = {}
    for name, f in sorted(DOCS):
        d = Doc(name)
        data = f(d)
        if isinstance(data, str):
            data = data.encode("utf-8")
        negative = name.startswith(("policy-", "training-"))
        problems += [f"{name}: {p}" for p in d.problems(negative)]
        labels.append(d.label())
        written[name] = data
    if problems:
        raise SystemExit("refused:\n" + "\n".join(sorted(set(problems))))
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    for name, data in written.items():
        with open(os.path.join(out, name), "wb") as fh:
            fh.write(data)
    with open(os.path.join(here, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    ids, cats = {}, {}
    for lab in labels:
        for k, _ in lab["ids"]:
            ids[k] = ids.get(k, 0) + 1
        for c in lab["categories"]:
            cats[c] = cats.get(c, 0) + 1
    neg = sum(1 for lab in labels if lab["doc"].startswith(("policy-", "training-")))
    print(f"{len(labels)} documents ({neg} negative), {sum(len(lab['names']) for lab in labels)} name labels, "
          f"{sum(ids.values())} identifier labels")
    print("identifiers: " + ", ".join(f"{k} {v}" for k, v in sorted(ids.items(), key=lambda kv: (-kv[1], kv[0]))))
    print("documents per category: " + ", ".join(f"{k} {v}" for k, v in sorted(cats.items(), key=lambda kv: (-kv[1], kv[0]))))
    print("formats: " + ", ".join(f"{k} {v}" for k, v in sorted(
        {e: sum(1 for lab in labels if lab["doc"].rsplit(".", 1)[1] == e) for e in {lab["doc"].rsplit(".", 1)[1] for lab in labels}}.items())))


if __name__ == "__main__":
    main()
