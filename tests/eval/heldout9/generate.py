#!/usr/bin/env python3
"""(Re)create dpscan's NINTH held-out evaluation set: the records a domestic
abuse refuge and outreach service, a drug and alcohol treatment service, a
DBS umbrella body's safer-recruitment desk, a travel agency and airline
special-assistance desk, a veterinary practice, a dating and introductions
agency, a Gypsy, Roma and Traveller liaison service and a students' union
hold.

Usage:  python3 tests/eval/heldout9/generate.py

Python 3.11, standard library only, deterministic (``random.Random(27182)``,
fixed zip timestamps, fixed MIME boundaries): two runs, under any
``PYTHONHASHSEED``, give byte-identical files. ``docs/`` is deleted and
rebuilt, ``labels.jsonl`` rewritten.

This set is blind: written without reading dpscan's detectors, rules, the
other sets' documents or generators (only the contract, the eval test, the
label-format section of tests/eval/README.md, heldout8's README and its
generator's docstring), and only ever measured. Templates and name lists
are new.

Markup: every document's text is written with ``<<Name as written>>`` for a
person-name mention and ``[[kind:as written]]`` for an identifier; the
generator strips the markup, records the labels (identifiers normalised as
CONTRACT.md says) and writes the file. Email addresses are found in the
rendered text and labelled (lowercase). Bank accounts are labelled by hand.

Labels (one line per document in ``labels.jsonl``):

* ``ids``: ``[kind, normalised value]`` of every identifier written (the
  organisations' own phones, emails and postcodes too);
* ``names``: every person-name string as written (mail headers, signatures,
  Word comment authors and document authors too), titles (Mr, Mrs, Ms,
  Miss, Dr, Mx, Revd, Father, Sgt, DC, Cllr) left out; "SURNAME, Given" kept as
  written. A check refuses a document in which a person's name part (as
  written or in capitals) occurs outside a labelled mention, a recorded
  distractor or an email address, or which writes an unlabelled QQ NINO or
  documentation IP; ``policy-*`` and ``training-*`` documents must name no
  one and reveal no category;
* ``categories``: the special categories revealed about a named person.
  As in heldout8: "Prefer not to say", "None", nationality and language are
  nothing; a medicine, condition, injury, aid, symptom or treatment
  appointment on a person's line is health; prayer times, a faith diet, a
  festival or a place of worship is religious belief; membership of a real
  trade union is trade union (a statutory staff association is not); a
  conviction, caution, sentence or offence of the person named is criminal
  offence; STI tests, sexual-health visits and contraception are health,
  not sex life; sex life is what says whom someone had sex with; sexual
  orientation is sex life or orientation.
  New here: a named person's abuse *by* a named partner is health only when
  an injury or treatment is written; the alleged perpetrator's arrest,
  bail, conviction or non-molestation order breach is criminal offence; a
  MARAC referral alone is nothing beyond what it states; opiate
  substitution (methadone, buprenorphine), a drug or alcohol treatment
  episode and a blood-borne virus test are health, a court-ordered drug
  rehabilitation requirement is criminal offence and health, an arrest
  referral into treatment criminal offence; a DBS
  disclosure that is "clear" / "no trace" reveals nothing, a disclosure
  with a conviction or caution is criminal offence, a barred-list "no
  match" nothing; an airline special meal code (KSML kosher, MOML Muslim,
  HNML Hindu) is religious belief, VGML vegetarian nothing, DBML diabetic
  health; a wheelchair request (WCHR/WCHC) or medical clearance is health;
  a pilgrimage package (Umrah, Hajj, Lourdes) booked for a named person is
  religious belief. **Animals are not people**: a pet's condition, surgery,
  medicine or controlled drug in a veterinary record reveals nothing about
  its owner (a strong distractor), while an owner's own disability (a
  guide dog owner registered blind) or own pregnancy is health. A dating
  member's stated orientation ("man seeking men", "bisexual") is sex life
  or orientation, their stated faith religious belief, their own ethnicity
  racial or ethnic origin; a *preference* about partners' ethnicity reveals
  nothing about the member's own ethnicity and is not labelled; a photo
  liveness / face-match verification, a fingerprint template for a
  methadone dispensing pump and a palm-vein gym enrolment are biometric (a
  failed enrolment checked by photo, or "card only", is nothing); a
  remand in custody is criminal offence. "Romany Gypsy", "Irish
  Traveller", "Roma" written as a named person's ethnicity is racial or
  ethnic origin; a site pitch allocation alone is nothing. A students'
  union society membership reveals the society's category (Islamic Society
  religious belief, Labour / Conservative society political opinion,
  LGBTQ+ society sex life or orientation, African-Caribbean Society
  racial or ethnic origin, Disabled Students' Network health; an unnamed
  child's condition in a mail about an encampment is not labelled); a
  pet's DNA breed panel or gene test is not genetic (an animal); a BRCA2
  variant, a Tay-Sachs carrier result or a newborn screening carrier result
  of a named person is genetic; a sabbatical candidate's
  manifesto party affiliation is political opinion; SU staff in UNISON is
  trade union; a hardship application naming a disability or condition is
  health.

``random.Random(27182)`` is the set's seed as issue 15 asks; every value
is written out by hand, so the generator draws nothing from it yet.

Everything is fictional: emails use example.com/.org/.net, phones Ofcom's
drama ranges, NHS numbers the 999 test range, NINOs the QQ prefix, cards the
schemes' published test numbers, postcodes Royal Mail's published format
examples, IPs the documentation ranges, IBANs valid check digits on made-up
accounts, UK bank details the valid examples of Vocalink's public
modulus-checking document.
"""

from __future__ import annotations

import base64
import ipaddress
import json
import quopri
import random
import re
import shutil
import zipfile
from datetime import date
from email.header import Header
from pathlib import Path
from xml.sax.saxutils import escape

RNG = random.Random(27182)
HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
ZIP_TIME = (2026, 11, 9, 10, 15, 0)
CATEGORIES = {"racial_ethnic_origin", "political_opinion", "religious_belief", "trade_union", "genetic",
              "biometric", "health", "sex_life_orientation", "criminal_offence"}

# ---------------------------------------------------------------- identifiers


def nhs(seed: int) -> str:
    """A valid NHS number in the 999 test range."""
    n = seed
    while True:
        body = f"999{n % 1000000:06d}"
        total = sum(int(c) * w for c, w in zip(body, range(10, 1, -1)))
        check = 11 - total % 11
        check = 0 if check == 11 else check
        if check != 10:
            return body + str(check)
        n += 1


def iban(bank: str, sort: str, acct: str) -> str:
    bban = bank + sort + acct
    digits = "".join(str(int(c, 36)) for c in bban + "GB00")
    return f"GB{98 - int(digits) % 97:02d}{bban}"


MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december"], 1)}


def norm_dob(w: str) -> str:
    s = w.strip().lower().replace(",", "")
    m = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", s)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? ([a-z]+) (\d{4})", s)
    if m:
        return date(int(m[3]), next(v for k, v in MONTHS.items() if k.startswith(m[2][:3])), int(m[1])).isoformat()
    m = re.fullmatch(r"([a-z]+) (\d{1,2})(?:st|nd|rd|th)? (\d{4})", s)
    if m:
        return date(int(m[3]), next(v for k, v in MONTHS.items() if k.startswith(m[1][:3])), int(m[2])).isoformat()
    raise ValueError(w)


def norm_phone(w: str) -> str:
    d = re.sub(r"\D", "", w.replace("(0)", ""))
    if w.strip().startswith("+") or d.startswith("44"):
        return "+" + d
    assert d.startswith("0"), w
    return "+44" + d[1:]


def norm_postcode(w: str) -> str:
    s = re.sub(r"\s", "", w).upper()
    return s[:-3] + " " + s[-3:]


NORMALISE = {
    "uk_nino": lambda w: re.sub(r"\s", "", w).upper(),
    "iban": lambda w: re.sub(r"\s", "", w).upper(),
    "payment_card": lambda w: re.sub(r"\D", "", w),
    "phone": norm_phone,
    "uk_postcode": norm_postcode,
    "nhs_number": lambda w: re.sub(r"\D", "", w),
    "date_of_birth": norm_dob,
    "uk_passport": lambda w: re.sub(r"\D", "", w),
    "uk_driving_licence": lambda w: re.sub(r"\s", "", w).upper(),
    "ip_address": lambda w: str(ipaddress.ip_address(w)),
}
KIND_ALIAS = {"nino": "uk_nino", "card": "payment_card", "ph": "phone", "pc": "uk_postcode", "nhs": "nhs_number",
              "dob": "date_of_birth", "pp": "uk_passport", "dl": "uk_driving_licence", "ip": "ip_address",
              "iban": "iban"}
EMAIL = re.compile(r"[A-Za-z0-9._%+\-']+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Mx", "Revd", "Sgt", "DC", "Cllr", "Prof", "Father"}

# ---------------------------------------------------------------- documents


class Doc:
    def __init__(self, name: str, distractors: tuple[str, ...] = ()):
        self.name = name
        self.names: list[str] = []
        self.ids: list[list[str]] = []
        self.cats: set[str] = set()
        self.pieces: list[tuple[str, list[tuple[int, int]]]] = []
        self.distractors = list(distractors)

    def t(self, s) -> str:
        """Strip the markup of `s`, recording its labels; returns the plain text."""
        if not isinstance(s, str):
            return s
        out, spans, pos = [], [], 0
        for m in re.finditer(r"<<(.+?)>>|\[\[(\w+):(.+?)\]\]", s):
            out.append(s[pos:m.start()])
            start = sum(map(len, out))
            if m[1]:
                name = m[1]
                assert name.split()[0].rstrip(".") not in TITLES and "  " not in name, name
                if name not in self.names:
                    self.names.append(name)
                out.append(name)
                spans.append((start, start + len(name)))
            else:
                kind = KIND_ALIAS[m[2]]
                value = NORMALISE[kind](m[3])
                if [kind, value] not in self.ids:
                    self.ids.append([kind, value])
                out.append(m[3])
                spans.append((start, start + len(m[3])))
            pos = m.end()
        out.append(s[pos:])
        plain = "".join(out)
        assert "<<" not in plain and "[[" not in plain, plain
        for e in EMAIL.finditer(plain):
            if ["email", e[0].lower()] not in self.ids:
                self.ids.append(["email", e[0].lower()])
            spans.append(e.span())
        self.pieces.append((plain, spans))
        return plain

    def bank(self, sort: str, acct: str):
        self.ids.append(["uk_bank_account", f"{sort}:{acct}"])

    def cat(self, *cs: str):
        assert set(cs) <= CATEGORIES, cs
        self.cats.update(cs)

    def check(self):
        negative = self.name.startswith(("policy", "training"))
        if negative:
            assert not self.names and not self.cats, self.name
        parts = set()
        for n in self.names:
            for p in re.split(r"[\s,\-]+", n):
                p = p.strip(".'()")
                if len(p) > 1 and p.lower() not in {"de", "da", "van", "von", "der", "bin", "al", "el", "ni", "mac", "le", "la", "di", "dos", "ap"}:
                    parts.add(p)
        for plain, spans in self.pieces:
            masked = list(plain)
            for a, b in spans:
                masked[a:b] = "#" * (b - a)
            masked = "".join(masked)
            for d in self.distractors:
                masked = masked.replace(d, "#" * len(d))
            for p in parts:
                for form in {p, p.upper()}:
                    m = re.search(rf"(?<![\w]){re.escape(form)}(?![\w])", masked)
                    assert not m, f"{self.name}: name part {form!r} outside a mention: ...{masked[max(0, m.start() - 40):m.end() + 40]}..."
            for m in re.finditer(r"\bQQ ?\d\d ?\d\d ?\d\d ?[A-D]\b", plain):
                assert ["uk_nino", m[0].replace(" ", "")] in self.ids, (self.name, m[0])
            for m in re.finditer(r"\b(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d+\b", plain):
                assert ["ip_address", m[0]] in self.ids, (self.name, m[0])

    def label(self) -> dict:
        return {"doc": self.name, "names": self.names, "categories": sorted(self.cats), "ids": self.ids}


ALL: list[Doc] = []


def write(d: Doc, data):
    d.check()
    (DOCS / d.name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    ALL.append(d)


def text_doc(name, body, cats=(), distractors=(), bank=()):
    d = Doc(name, distractors)
    for c in cats:
        d.cat(c)
    for b in bank:
        d.bank(*b)
    write(d, d.t(body.strip("\n") + "\n"))
    return d


def delimited(name, rows, sep=",", cats=(), distractors=(), bank=()):
    d = Doc(name, distractors)
    d.cat(*cats)
    for b in bank:
        d.bank(*b)
    out = []
    for r in rows:
        cells = [d.t(str(c)) for c in r]
        if sep == ",":
            cells = ['"' + c.replace('"', '""') + '"' if ("," in c or '"' in c) else c for c in cells]
        out.append(sep.join(cells))
    write(d, "\r\n".join(out) + "\r\n")


def json_doc(name, obj, cats=(), distractors=(), lines=False, bank=()):
    d = Doc(name, distractors)
    d.cat(*cats)
    for b in bank:
        d.bank(*b)

    def walk(o):
        if isinstance(o, dict):
            return {k: walk(v) for k, v in o.items()}
        if isinstance(o, list):
            return [walk(v) for v in o]
        return d.t(o)
    if lines:
        data = "".join(json.dumps(walk(o), ensure_ascii=False) + "\n" for o in obj)
    else:
        data = json.dumps(walk(obj), ensure_ascii=False, indent=2) + "\n"
    write(d, data)


def html_doc(name, title, blocks, cats=(), distractors=()):
    d = Doc(name, distractors)
    d.cat(*cats)
    body = []
    for b in blocks:
        if isinstance(b, list):
            body.append("<table border=\"1\">" + "".join(
                "<tr>" + "".join(f"<{'th' if i == 0 else 'td'}>{escape(d.t(str(c)))}</{'th' if i == 0 else 'td'}>" for c in r) + "</tr>"
                for i, r in enumerate(b)) + "</table>")
        else:
            body.append(f"<p>{escape(d.t(b))}</p>")
    write(d, f"<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>{escape(title)}</title></head>\n<body>\n<h1>{escape(title)}</h1>\n" + "\n".join(body) + "\n</body></html>\n")


def rtf_doc(name, paras, cats=(), distractors=()):
    d = Doc(name, distractors)
    d.cat(*cats)

    def esc(s):
        s = s.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")
        return "".join(c if ord(c) < 128 else f"\\u{ord(c) if ord(c) < 32768 else ord(c) - 65536}?" for c in s)
    body = "".join(esc(d.t(p)) + "\\par\n" for p in paras)
    write(d, "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}\n\\f0\\fs22\n" + body + "}\n")


# ---------------------------------------------------------------- zips


def zwrite(files: list[tuple[str, str | bytes]], stored_first: bool = False) -> bytes:
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for i, (path, data) in enumerate(files):
            info = zipfile.ZipInfo(path, ZIP_TIME)
            info.compress_type = zipfile.ZIP_STORED if (stored_first and i == 0) else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:v="urn:schemas-microsoft-com:vml"'


def docx(name, blocks, header=None, footer=None, comments=(), textbox=None, author=None, cats=(), distractors=(), bank=()):
    """blocks: str paragraphs or lists of rows (tables); comments: (author, text) anchored on the first paragraph."""
    d = Doc(name, distractors)
    d.cat(*cats)
    for b in bank:
        d.bank(*b)

    def run(s):
        return f'<w:r><w:t xml:space="preserve">{escape(d.t(s))}</w:t></w:r>'

    def para(s):
        return f"<w:p>{run(s)}</w:p>"
    body = []
    for i, b in enumerate(blocks):
        if isinstance(b, list):
            body.append("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>" + "".join(
                "<w:tr>" + "".join(f"<w:tc><w:tcPr><w:tcW w:w=\"0\" w:type=\"auto\"/></w:tcPr>{para(str(c))}</w:tc>" for c in r) + "</w:tr>"
                for r in b) + "</w:tbl>")
        elif i == 0 and comments:
            marks = "".join(f'<w:commentRangeStart w:id="{k}"/>' for k in range(len(comments)))
            ends = "".join(f'<w:commentRangeEnd w:id="{k}"/><w:r><w:commentReference w:id="{k}"/></w:r>' for k in range(len(comments)))
            body.append(f"<w:p>{marks}{run(b)}{ends}</w:p>")
        else:
            body.append(para(b))
    if textbox:
        body.append('<w:p><w:r><w:pict><v:shape id="tb1" type="#_x0000_t202" style="width:300pt;height:80pt"><v:textbox><w:txbxContent>'
                    + "".join(para(s) for s in textbox) + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>")
    rels = ['<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    ct = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    files = []
    sect = ""
    if header:
        files.append(("word/header1.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W}>{para(header)}</w:hdr>'))
        rels.append('<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        ct.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        sect += '<w:headerReference w:type="default" r:id="rIdH"/>'
    if footer:
        files.append(("word/footer1.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W}>{para(footer)}</w:ftr>'))
        rels.append('<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        ct.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        sect += '<w:footerReference w:type="default" r:id="rIdF"/>'
    if comments:
        cs = "".join(f'<w:comment w:id="{k}" w:author="{escape(d.t(a), {chr(34): "&quot;"})}" w:date="2026-11-03T09:00:00Z">{para(c)}</w:comment>'
                     for k, (a, c) in enumerate(comments))
        files.append(("word/comments.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {W}>{cs}</w:comments>'))
        rels.append('<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
    creator = escape(d.t(author)) if author else "Service administrator"
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>' + "".join(body)
           + f'<w:sectPr>{sect}<w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:creator>{creator}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-11-03T09:00:00Z</dcterms:created></cp:coreProperties>')
    parts = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
         + "".join(ct) + "</Types>"),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
        ("word/document.xml", doc),
        ("word/styles.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}><w:docDefaults/></w:styles>'),
        ("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + "".join(rels) + "</Relationships>"),
        ("docProps/core.xml", core),
    ] + files
    write(d, zwrite(parts))


def col(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(name, sheets, cats=(), distractors=(), bank=()):
    """sheets: [(title, rows)]; ints and floats are written as numbers."""
    d = Doc(name, distractors)
    d.cat(*cats)
    for b in bank:
        d.bank(*b)
    shared: list[str] = []
    files = []
    for si, (title, rows) in enumerate(sheets, 1):
        xr = []
        for ri, r in enumerate(rows, 1):
            cells = []
            for ci, c in enumerate(r):
                ref = f"{col(ci)}{ri}"
                if c is None or c == "":
                    continue
                if isinstance(c, (int, float)):
                    if isinstance(c, NhsCell) and ["nhs_number", str(c)] not in d.ids:
                        d.ids.append(["nhs_number", str(c)])
                    cells.append(f'<c r="{ref}"><v>{int(c) if isinstance(c, int) else c}</v></c>')
                else:
                    s = d.t(c)
                    if s not in shared:
                        shared.append(s)
                    cells.append(f'<c r="{ref}" t="s"><v>{shared.index(s)}</v></c>')
            xr.append(f'<row r="{ri}">' + "".join(cells) + "</row>")
        files.append((f"xl/worksheets/sheet{si}.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                      + "".join(xr) + "</sheetData></worksheet>"))
    n = len(sheets)
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">' % (len(shared), len(shared))
           + "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in shared) + "</sst>")
    parts = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
         + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(1, n + 1))
         + "</Types>"),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
         + "".join(f'<sheet name="{escape(t)}" sheetId="{i}" r:id="rId{i}"/>' for i, (t, _) in enumerate(sheets, 1)) + "</sheets></workbook>"),
        ("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         + "".join(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>' for i in range(1, n + 1))
         + f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'),
        ("xl/sharedStrings.xml", sst),
    ] + files
    write(d, zwrite(parts))


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')


def odf(name, kind, content_body, d):
    mime = f"application/vnd.oasis.opendocument.{kind}"
    content = f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODF_NS}><office:body>{content_body}</office:body></office:document-content>'
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    write(d, zwrite([("mimetype", mime), ("content.xml", content), ("META-INF/manifest.xml", manifest)], stored_first=True))


def odt(name, paras, cats=(), distractors=()):
    d = Doc(name, distractors)
    d.cat(*cats)
    odf(name, "text", "<office:text>" + "".join(f"<text:p>{escape(d.t(p))}</text:p>" for p in paras) + "</office:text>", d)


def ods(name, title, rows, cats=(), distractors=()):
    d = Doc(name, distractors)
    d.cat(*cats)
    xr = []
    for r in rows:
        cells = []
        for c in r:
            if isinstance(c, (int, float)):
                cells.append(f'<table:table-cell office:value-type="float" office:value="{c}"><text:p>{c}</text:p></table:table-cell>')
            else:
                cells.append(f'<table:table-cell office:value-type="string"><text:p>{escape(d.t(c))}</text:p></table:table-cell>')
        xr.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
    odf(name, "spreadsheet", f'<office:spreadsheet><table:table table:name="{escape(title)}">' + "".join(xr) + "</table:table></office:spreadsheet>", d)


# ---------------------------------------------------------------- mail


def mime_message(d: Doc, headers, text, html=None, attachment=None, boundary="b1", qp=True) -> str:
    """One RFC 5322 message; headers as (name, value) with markup; attachment (filename, csv text)."""
    hs = []
    for k, v in headers:
        if k in ("Message-ID", "In-Reply-To"):  # message identifiers, not addresses
            hs.append(f"{k}: {v}")
            continue
        v = d.t(v)
        if k in ("From", "To", "Cc") and any(ord(c) > 127 for c in v):
            m = re.match(r"(.*?) <(.+)>", v)
            v = f"{Header(m[1], 'utf-8').encode()} <{m[2]}>"
        hs.append(f"{k}: {v}")
    hs.append("MIME-Version: 1.0")
    plain = d.t(text)

    def textpart(body, sub):
        if qp:
            enc = quopri.encodestring(body.encode("utf-8")).decode("ascii")
            return f"Content-Type: text/{sub}; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{enc}"
        return f"Content-Type: text/{sub}; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{body}"
    if html is None and attachment is None:
        return "\n".join(hs) + "\n" + textpart(plain, "plain") + "\n"
    parts = []
    if html is not None:
        h = "<html><body>" + "".join(f"<p>{escape(d.t(p))}</p>" for p in html) + "</body></html>"
        alt = f"--{boundary}a\n{textpart(plain, 'plain')}\n--{boundary}a\n{textpart(h, 'html')}\n--{boundary}a--\n"
        parts.append(f'Content-Type: multipart/alternative; boundary="{boundary}a"\n\n{alt}')
    else:
        parts.append(textpart(plain, "plain"))
    if attachment:
        fn, body = attachment
        b64 = base64.encodebytes(d.t(body).encode("utf-8")).decode("ascii")
        parts.append(f'Content-Type: text/csv; name="{fn}"\nContent-Disposition: attachment; filename="{fn}"\nContent-Transfer-Encoding: base64\n\n{b64}')
    return ("\n".join(hs) + f'\nContent-Type: multipart/mixed; boundary="{boundary}"\n\n'
            + "".join(f"--{boundary}\n{p}\n" for p in parts) + f"--{boundary}--\n")


def eml(name, headers, text, html=None, attachment=None, cats=(), distractors=(), qp=True, bank=()):
    d = Doc(name, distractors)
    d.cat(*cats)
    for b in bank:
        d.bank(*b)
    write(d, mime_message(d, headers, text.strip("\n") + "\n", html, attachment, boundary="=_h9_" + name.split(".")[0], qp=qp))


def mbox(name, messages, cats=(), distractors=()):
    """messages: (from_addr, date_ctime, headers, text)."""
    d = Doc(name, distractors)
    d.cat(*cats)
    out = []
    for addr, when, headers, text in messages:
        msg = mime_message(d, headers, text.strip("\n") + "\n", qp=False)
        msg = re.sub(r"^From ", ">From ", msg, flags=re.M)
        out.append(f"From {d.t(addr)} {when}\n{msg}\n")
    write(d, "".join(out))


def NH(seed: int, style: int = 0) -> str:
    n = nhs(seed)
    written = [f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"][style]
    return f"[[nhs:{written}]]"


class NhsCell(int):
    """An NHS number typed as a number in a sheet (labelled when written)."""


def NHNUM(seed: int) -> NhsCell:
    return NhsCell(nhs(seed))


# Vocalink's published valid examples (sort code, account)
BANK1, BANK2, BANK3 = ("089999", "66374958"), ("107999", "88837491"), ("202959", "63748472")

# ================================================================ A. domestic abuse refuge and outreach


def refuge():
    docx("refuge-dash-risk-assessment.docx", [
        "DASH Risk Identification Checklist — outreach referral",
        [["Client", "<<Roxana Dumitrescu>>"], ["Date of birth", "[[dob:17/05/1993]]"], ["Address (not to be shared)", "14 Larchfield Close, [[pc:B33 8TH]]"],
         ["Safe number", "[[ph:07700 900417]]"], ["NHS number", NH(11)], ["Alleged perpetrator", "<<Marius Dumitrescu>> (husband), DOB [[dob:02.11.1988]]"]],
        "Q1 Has the current incident resulted in injury? Yes — bruising to left forearm and a cut above the eye; seen at Heartlands A&E on 12/10/2026, two stitches.",
        "Q4 Is the victim pregnant or recently had a baby? No. Q9 Is there conflict over child contact? Yes — <<Ana>> (7) and <<Luca>> (3).",
        "Q20 Has the abuser ever been in trouble with the police? <<Marius>> was arrested on 14/10/2026 for assault occasioning ABH and released on conditional bail not to contact <<Roxana>>.",
        "<<Roxana>> says she is Romanian Orthodox and would like a refuge within reach of a church holding services in Romanian; she fasts before Easter.",
        "Score 16 of 24: HIGH risk — refer to MARAC. Completed by <<Bethan Pryce>>, IDVA.",
    ], header="OFFICIAL-SENSITIVE — Harbourside Women's Aid outreach",
        footer="Harbourside Women's Aid, Pankhurst House — helpline [[ph:0121 496 0732]]",
        comments=[("<<Bethan Pryce>>", "Interpreter (Romanian) used for Q15–Q24."), ("<<Gemma Sutcliffe>>", "Checked with police — bail conditions confirmed by <<Gemma>>.")],
        author="<<Bethan Pryce>>", cats=["health", "criminal_offence", "religious_belief"],
        distractors=("Larchfield Close", "Heartlands", "Pankhurst House"))

    attach = ("Name,Relationship,DOB,School or nursery\r\n<<Shanice Campbell-Reid>>,Victim,[[dob:1998-03-09]],\r\n"
              "<<Jerome Reid>>,Partner (alleged perpetrator),[[dob:1995-07-21]],\r\n<<Kayden Reid>>,Son,[[dob:2021-01-30]],Little Acorns Nursery\r\n")
    eml("refuge-marac-referral.eml", [
        ("From", "<<Bethan Pryce>> <b.pryce@harbourside-wa.example.org>"), ("To", "MARAC Coordinator <marac.coordinator@westmidlands-police.example.net>"),
        ("Cc", "<<Farah Siddiqui>> <farah.siddiqui@westmidlands-police.example.net>"),
        ("Subject", "MARAC referral — SCR (high risk) for 5 November meeting"), ("Date", "Tue, 27 Oct 2026 11:42:05 +0000"),
        ("Message-ID", "<marac-0417@harbourside-wa.example.org>")],
        """Dear <<Farah>>,

Please find attached the household list for our MARAC referral for <<Shanice Campbell-Reid>> (DASH 18).

<<Shanice>> is 24 weeks pregnant and has missed two antenatal appointments since <<Jerome>> took her phone. He strangled her on 19 October; she did not lose consciousness but had pain swallowing for two days.
<<Jerome Reid>> has previous convictions for ABH (2019) and a breach of a non-molestation order (2022), per the police disclosure under Clare's Law.

Her safe contact is [[ph:07700 900588]] after 4pm only.

Kind regards
<<Bethan Pryce>>
Independent Domestic Violence Adviser
Harbourside Women's Aid | [[ph:0121 496 0732]]
""", html=["Dear <<Farah>>,", "Please find attached the household list for our MARAC referral for <<Shanice Campbell-Reid>> (DASH 18).",
           "<<Shanice>> is 24 weeks pregnant and has missed two antenatal appointments since <<Jerome>> took her phone.",
           "<<Jerome Reid>> has previous convictions for ABH (2019) and a breach of a non-molestation order (2022).",
           "Kind regards, <<Bethan Pryce>>"],
        attachment=("marac-household.csv", attach), cats=["health", "criminal_offence"],
        distractors=("Little Acorns Nursery", "Clare's Law"))

    xlsx("refuge-children-household.xlsx", [
        ("Children", [["Child", "Date of birth", "Parent in refuge", "School", "Health / needs", "Notes"],
                      ["<<Zainab Hussain>>", "[[dob:04/09/2017]]", "<<Nasreen Hussain>>", "Moseley Park Primary", "Asthma — brown and blue inhalers", "Attends madrassah at the Jamia Masjid after school; needs a place to pray Maghrib"],
                      ["<<Yusuf Hussain>>", "[[dob:22/02/2022]]", "<<Nasreen Hussain>>", "—", "Eczema, emollient twice daily", "Halal meals"],
                      ["<<Sofiia Melnyk>>", "[[dob:13/06/2015]]", "<<Kateryna Melnyk>>", "St Chad's RC Primary", "None known", "Ukrainian speaker, EAL support"],
                      ["<<Oscar Whitlock>>", "[[dob:30/11/2019]]", "<<Danielle Whitlock>>", "Fernbank Nursery", "Under CAMHS for night terrors", "Play therapy Thursdays"]]),
        ("Parents", [["Resident", "Room", "Children in refuge", "Phone", "Key worker"],
                     ["<<Nasreen Hussain>>", 3, 2, "[[ph:07700 900231]]", "<<Comfort Asante>>"],
                     ["<<Kateryna Melnyk>>", 5, 1, "[[ph:07700 900264]]", "<<Comfort Asante>>"],
                     ["<<Danielle Whitlock>>", 6, 1, "[[ph:07700 900279]]", "<<Ailsa McKendrick>>"]]),
    ], cats=["health", "religious_belief"], distractors=("Moseley Park", "St Chad's", "Fernbank"))

    text_doc("refuge-support-plan.md", """
# Support plan — <<Agnieszka Wiśniewska>>

*Key worker:* <<Nia Oyelaran-Brown>> · *Plan agreed:* 3 November 2026 · *Review:* 1 December 2026

| Need | Action | Who |
|---|---|---|
| Emotional wellbeing | Referred to trauma counselling; GP has diagnosed PTSD and started sertraline 50 mg | <<Nia>> |
| Safety | Sanctuary scheme at new tenancy, [[pc:cr2 6xh]] | Housing officer |
| Money | Universal Credit claim, NI number [[nino:QQ 40 51 62 B]]; emergency payment to sort code 08-99-99, account 66374958 | <<Agnieszka>> |
| Legal | Non-molestation order hearing 18/11; ex-partner <<Paweł Zieliński>> was convicted of harassment in 2024 | Solicitor |
| Faith | Would like the details of a Polish Mass on Sundays | <<Nia>> |

<<Agnieszka>> can be reached on [[ph:+44 7700 900342]] or agnieszka.w@example.com.
""", cats=["health", "criminal_offence", "religious_belief"], bank=[BANK1])

    delimited("refuge-room-allocation.csv", [
        ["Room", "Resident", "Moved in", "Access / diet", "Children"],
        ["1", "<<OKONJO, Adaeze>>", "2026-08-14", "Ground floor - uses a wheelchair since a spinal injury", "0"],
        ["2", "<<BEGUM, Rukhsana>>", "2026-09-02", "Halal; prays five times daily - prayer mat supplied", "3"],
        ["4", "<<MacLeod, Kirsty>>", "2026-09-29", "Vegetarian", "1"],
        ["7", "<<Pereira, Joana>>", "2026-10-21", "Methadone 40ml collected daily from Lloyds on Walsall Road", "0"],
    ], cats=["health", "religious_belief"], distractors=("Walsall Road",))

    json_doc("refuge-outreach-export.json", {"export": "Outreach case list", "generated": "2026-11-04T08:00:00Z", "cases": [
        {"case_ref": "OR-26-0311", "forename": "<<Chiamaka>>", "surname": "<<Eze>>", "dob": "[[dob:1990-12-01]]", "mobile": "[[ph:07700 900615]]",
         "postcode": "[[pc:M1 1AE]]", "risk_level": "Medium", "presenting_issues": ["financial abuse", "depression - on citalopram"],
         "perpetrator": {"name": "<<Obinna Eze>>", "police_outcome": "cautioned for criminal damage 2026-06-30"},
         "referral_source": "web form", "submitted_from_ip": "[[ip:198.51.100.47]]",
         "emergency_grant": {"amount": 150, "paid_to_iban": "[[iban:GB92MONZ04000427531846]]"}},
        {"case_ref": "OR-26-0319", "forename": "<<Helen>>", "surname": "<<Trevithick>>", "dob": "[[dob:1961-04-18]]", "mobile": "[[ph:01632 960418]]",
         "postcode": "[[pc:DN55 1PT]]", "risk_level": "Standard", "presenting_issues": ["economic abuse by adult son"],
         "perpetrator": {"name": "<<Liam Trevithick>>", "police_outcome": "no police involvement"},
         "referral_source": "GP", "submitted_from_ip": None}]},
        cats=["health", "criminal_offence"])

    text_doc("refuge-staff-grievance.txt", """
Harbourside Women's Aid — grievance hearing, 22 October 2026 (note of meeting)

Present: <<Claire Dobson>> (refuge support worker, raising the grievance), accompanied by <<Trevor Akintola>>, UNISON steward for the voluntary sector branch;
<<Gemma Sutcliffe>> (service manager, hearing the grievance); <<Yvonne Baptiste>> (HR, notes).

<<Claire>> said she had been given night shifts after asking for time off to attend UNISON branch meetings as a workplace contact.
<<Trevor>> asked that the rota be reviewed and that her union duties be recognised under the facility time agreement.
Outcome to be sent in writing within 5 working days.
""", cats=["trade_union"])

    eml("refuge-idva-court-thread.eml", [
        ("From", "<<Ffion Llewellyn>> <ffion.llewellyn@example.net>"), ("To", "<<Bethan Pryce>> <b.pryce@harbourside-wa.example.org>"),
        ("Subject", "Re: Re: court on Thursday"), ("Date", "Mon, 2 Nov 2026 19:03:44 +0000"),
        ("In-Reply-To", "<idva-77@harbourside-wa.example.org>")],
        """Thanks Bethan, Ceri will be there with me. She's still not sleeping and the GP has signed her off work for another month.

Ffion

On Mon, 2 Nov 2026 at 16:20, <<Bethan Pryce>> <b.pryce@harbourside-wa.example.org> wrote:
> Hi <<Ffion>>,
> The hearing at the magistrates' court is Thursday 10am. <<Gareth Llewellyn>> is charged with controlling or coercive behaviour and has pleaded not guilty, so <<Ceri>> may need to give evidence behind a screen.
> I can meet you both at 9.15.
> <<Bethan>>
>
>> On Sun, 1 Nov 2026, <<Ffion Llewellyn>> <ffion.llewellyn@example.net> wrote:
>> Is my sister <<Ceri>> still needed on Thursday? She had a panic attack after the last adjournment.
""".replace("Thanks Bethan, Ceri", "Thanks <<Bethan>>, <<Ceri>>").replace("\nFfion\n", "\n<<Ffion>>\n"),
        cats=["health", "criminal_offence"], qp=False)

# ================================================================ B. drug and alcohol treatment service


def drugs():
    text_doc("drugs-keyworker-notes.txt", f"""
NORTHGATE RECOVERY PARTNERSHIP — keyworker contact notes
Client: <<Kieran O'Sullivan>>    DOB: [[dob:03/02/1991]]    NHS No: {NH(21, 1)}
Keyworker: <<Priya Raghunathan>>

02/11/2026  Seen at the Cheapside hub. <<Kieran>> reports using crack cocaine on Saturday after his benefits were sanctioned; otherwise stable on methadone 60 ml daily, supervised at the Boots on Market Street.
            Dried blood spot test today for hepatitis C (previous result positive, cleared after Epclusa in 2024) — repeat to confirm no reinfection.
            He is on a 12-month Drug Rehabilitation Requirement from Bradford Crown Court (burglary, sentenced June 2026); next review hearing 19/11/2026.
09/11/2026  Did not attend. Texted [[ph:07700 900702]]. Probation officer <<Jaswinder Gill>> informed.
12/11/2026  Attended with his mum <<Maureen O'Sullivan>>. Naloxone kit re-issued. Abscess on left groin, referred to the wound clinic.
""", cats=["health", "criminal_offence"], distractors=("Cheapside", "Market Street"))

    xlsx("drugs-ost-prescriptions.xlsx", [
        ("Current scripts", [["Client", "NHS number", "Medicine", "Daily dose", "Unit", "Pick-up", "Pharmacy", "Prescriber"],
                             ["<<Dariusz Kowalczyk>>", NHNUM(31), "Methadone oral solution 1mg/ml", 70, "ml", "Supervised daily", "Well Pharmacy, Crossgates", "<<Ama Boateng>>"],
                             ["<<Siobhan Keane>>", NHNUM(32), "Buprenorphine 8mg (Espranor)", 16, "mg", "Supervised Mon–Sat", "Asda Pharmacy", "<<Ama Boateng>>"],
                             ["<<Lee Thompson>>", NHNUM(33), "Buvidal prolonged-release injection", 128, "mg monthly", "Clinic", "—", "<<Hamish Drummond>>"],
                             ["<<Ionela Popescu>>", NHNUM(34), "Acamprosate 333mg", 6, "tablets", "Weekly", "Boots, Kirkstall", "<<Hamish Drummond>>"]]),
        ("Titration log", [["Client", "Date", "Dose (ml)", "Observed withdrawal (COWS)"],
                           ["<<Dariusz Kowalczyk>>", "2026-10-26", 50, 9], ["<<Dariusz Kowalczyk>>", "2026-10-29", 60, 6], ["<<Dariusz Kowalczyk>>", "2026-11-02", 70, 3]]),
    ], cats=["health"], distractors=("Crossgates", "Kirkstall"))

    delimited("drugs-bbv-testing.csv", [
        ["Client ID", "Name", "DOB", "Test date", "HBV sAg", "HCV antibody", "HCV RNA", "HIV", "Hep B vaccine", "Clinician"],
        ["NRP-4471", "<<Tomasz Wróbel>>", "[[dob:11.08.1984]]", "2026-10-05", "Negative", "Positive", "Detected", "Negative", "Course complete", "<<Nomvula Mbeki>>"],
        ["NRP-4490", "<<Callum Baird>>", "[[dob:27.01.1979]]", "2026-10-05", "Negative", "Negative", "Not tested", "Negative", "Dose 2 of 3", "<<Nomvula Mbeki>>"],
        ["NRP-4502", "<<Roisin Gallagher>>", "[[dob:15.12.1996]]", "2026-10-12", "Negative", "Positive", "Not detected (cleared)", "Negative", "Declined", "<<Nomvula Mbeki>>"],
    ], cats=["health"])

    docx("drugs-court-drr-report.docx", [
        "Drug Rehabilitation Requirement — progress report to the court",
        [["Defendant", "<<Dariusz Kowalczyk>>"], ["Date of birth", "[[dob:6 March 1987]]"], ["Order", "Community order with 6-month DRR, Leeds Magistrates' Court, 12 May 2026"],
         ["Offences", "Theft from a shop (x4); possession of a class A drug"], ["PNC", "not held by this service"]],
        "Since the order was made Mr <<Kowalczyk>> has attended 21 of 24 appointments. Eight of nine urine screens were negative for opiates other than his prescribed methadone; one was positive for cocaine on 4 August.",
        "He has started a peer-mentoring course and reports no further offending. We recommend the order continues.",
        "<<Hamish Drummond>>, Consultant in Addiction Psychiatry",
    ], header="Northgate Recovery Partnership — Court report", footer="Prepared for the court only. Tel [[ph:0113 496 0815]]",
        textbox=["Drug test summary: 8 negative / 1 positive (cocaine)", "Reviewing magistrate: bench chair"],
        author="<<Hamish Drummond>>", cats=["health", "criminal_offence"])

    json_doc("drugs-case-export.jsonl", [
        {"CLIENT_ID": "NRP-4433", "CLIENT_NAME": "<<Lee Thompson>>", "DOB": "[[dob:1982-09-14]]", "SEX": "M", "ETHNICITY": "White British",
         "PRIMARY_SUBSTANCE": "Heroin", "INJECTING_STATUS": "Previously injected", "REFERRAL_SOURCE": "Criminal justice — arrest referral", "EPISODE_START": "2026-03-02"},
        {"CLIENT_ID": "NRP-4458", "CLIENT_NAME": "<<Yetunde Adebayo>>", "DOB": "[[dob:1975-05-30]]", "SEX": "F", "ETHNICITY": "Black African",
         "PRIMARY_SUBSTANCE": "Alcohol", "UNITS_PER_WEEK": 140, "REFERRAL_SOURCE": "GP", "EPISODE_START": "2026-06-19"},
        {"CLIENT_ID": "NRP-4471", "CLIENT_NAME": "<<Tomasz Wróbel>>", "DOB": "[[dob:1984-08-11]]", "SEX": "M", "ETHNICITY": "White Other — Polish",
         "PRIMARY_SUBSTANCE": "Amphetamine", "INJECTING_STATUS": "Currently injecting", "REFERRAL_SOURCE": "Self", "EPISODE_START": "2026-09-28"},
    ], lines=True, cats=["health", "racial_ethnic_origin", "criminal_offence"])

    ods("drugs-supervised-consumption.ods", "November", [
        ["Date", "Client", "Medicine", "Dose", "Witnessed by", "Comment"],
        ["01/11/2026", "<<Siobhan Keane>>", "Buprenorphine", "16mg", "<<Rajesh Patel>>", "Dissolved under tongue, checked"],
        ["01/11/2026", "<<Kieran O'Sullivan>>", "Methadone 1mg/ml", "60ml", "<<Rajesh Patel>>", "Appeared drowsy — keyworker informed"],
        ["02/11/2026", "<<Siobhan Keane>>", "Buprenorphine", "16mg", "<<Eilidh Fraser>>", ""],
    ], cats=["health"])

    delimited("drugs-recovery-group.tsv", [
        ["Session", "Participant", "Goal", "Facilitator"],
        ["SMART Recovery, St Columba's Hall, 3 Nov", "<<Gavin Hollis>>", "90 days alcohol-free on Friday; still attends AA at the same hall", "<<Marsha Grant>>"],
        ["SMART Recovery, St Columba's Hall, 3 Nov", "<<Ionela Popescu>>", "Cut down from 2 bottles of wine a day; liver scan booked", "<<Marsha Grant>>"],
        ["SMART Recovery, St Columba's Hall, 3 Nov", "<<Ravi Chandrasekaran>>", "Stopped ketamine; bladder pain improving, urology follow-up", "<<Marsha Grant>>"],
    ], sep="\t", cats=["health"], distractors=("St Columba's",))

# ================================================================ C. DBS umbrella body / safer recruitment


def dbs():
    xlsx("dbs-disclosure-results.xlsx", [
        ("Results", [["Applicant", "Date of birth", "Client organisation", "Role", "Level", "Certificate no.", "Issued", "Outcome"],
                     ["<<Imogen Fairweather>>", "[[dob:09/07/2001]]", "Brightstart Tutoring", "Tutor", "Enhanced + children's barred list", 1780035529, "2026-10-14", "Clear"],
                     ["<<Kwame Ofori-Atta>>", "[[dob:21/03/1985]]", "Meadowcroft Care", "Care assistant", "Enhanced + adults' barred list", 1780035871, "2026-10-16",
                      "Information disclosed: caution, possession of cannabis (2015); conviction, drink driving (2018) — risk assessment required"],
                     ["<<Li Na Wong>>", "[[dob:30/10/1994]]", "Brightstart Tutoring", "Tutor", "Enhanced + children's barred list", 1780036040, "2026-10-20", "Clear"],
                     ["<<Ahmad Karimi>>", "[[dob:05/01/1990]]", "Fleetway Taxis", "Driver", "Enhanced", 1780036211, "2026-10-22",
                      "Information disclosed: conviction for common assault, Bristol Magistrates 2011"]]),
        ("Summary", [["Month", "October 2026"], ["Applications", 4], ["Clear", 2], ["With information", 2], ["Umbrella body", "Clearline Checks Ltd"]]),
    ], cats=["criminal_offence"], distractors=("Meadowcroft", "Fleetway"))

    delimited("dbs-barred-list-checks.csv", [
        ["check_id", "applicant_name", "dob", "list", "result", "checked_by"],
        ["BL-8812", "<<Efua Mensah>>", "[[dob:1999-02-14]]", "children", "No match", "<<Craig Duncan>>"],
        ["BL-8813", "<<Niamh Brennan>>", "[[dob:1987-06-03]]", "adults", "No match", "<<Craig Duncan>>"],
        ["BL-8814", "<<Hasan Yılmaz>>", "[[dob:1992-11-28]]", "children and adults", "No match", "<<Leona Castellanos>>"],
    ])

    docx("dbs-risk-assessment.docx", [
        "Risk assessment of disclosed convictions",
        "Applicant: <<Kwame Ofori-Atta>>. Post: care assistant (regulated activity with adults). Assessed by <<Sunil Chaudhry>>, safer recruitment lead, on 19 October 2026.",
        [["Disclosure", "Date", "Relevance to role"], ["Caution — possession of cannabis", "2015", "Low; aged 30, single incident"],
         ["Conviction — driving with excess alcohol, 18-month ban", "2018", "Medium; role includes driving residents"]],
        "At interview <<Kwame>> said he has been in recovery from alcohol dependence since 2018 and attends a support group monthly; he takes no medication.",
        "Decision: appoint, with no driving duties for 12 months. Reviewed by <<Ruth Abernethy>>.",
    ], header="Clearline Checks Ltd — safer recruitment desk", footer="Confidential — destroy after 6 months",
        comments=[("<<Ruth Abernethy>>", "Agree with the decision; note in the file."), ("<<Sunil Chaudhry>>", "Driving licence checked: points now spent.")],
        author="<<Sunil Chaudhry>>", cats=["criminal_offence", "health"])

    json_doc("dbs-id-verification.json", {"applicationReference": "CL-2026-55107", "applicant": {
        "title": "Ms", "forenames": "<<Marisol>>", "surname": "<<Ortega Ruiz>>", "dateOfBirth": "[[dob:1989-04-25]]",
        "nationalInsuranceNumber": "[[nino:QQ654321A]]", "email": "m.ortega.ruiz@example.com", "mobile": "[[ph:+447700900816]]",
        "addressHistory": [{"line1": "Flat 2, 9 Sefton Park Road", "postcode": "[[pc:EC1A 1BB]]", "from": "2023-02"}, {"line1": "Calle de Alcalá 120, Madrid", "postcode": None, "from": "2015-09"}]},
        "documents": [{"type": "Passport (ESP)", "number": "PAC123456", "checked": True},
                      {"type": "UK driving licence", "number": "[[dl:ORTEG854259M99AB]]", "checked": True}],
        "digitalIdentity": {"provider": "IDVT certified", "faceMatch": {"selfieToDocumentScore": 0.97, "livenessPassed": True}},
        "submittedFromIp": "[[ip:2001:db8:4a::17]]"},
        cats=["biometric"], distractors=("Sefton Park Road",))

    eml("dbs-applicant-query.eml", [
        ("From", "<<Graham Whitmore>> <graham.whitmore@example.net>"), ("To", "Clearline Checks <help@clearline-checks.example.com>"),
        ("Subject", "Will my old caution show?"), ("Date", "Wed, 28 Oct 2026 08:15:00 +0000")],
        """Hello,

I have applied for a volunteer role at a youth football club and need an enhanced check. In 2009, when I was 19, I was cautioned for shoplifting. Will this be filtered? I'd rather tell them first.

My application number is CL-2026-55230, date of birth [[dob:12 August 1990]].

Thanks,
<<Graham Whitmore>>
[[ph:07700 900943]]
""", cats=["criminal_offence"], qp=False)

    text_doc("dbs-id-checker-notes.txt", """
ID checker notes — Clearline Checks, face-to-face appointments, 29 Oct 2026
10:00  <<Precious Nwosu>>  Route 1. Passport no. [[pp:562318904]] (photo matched by sight), bank statement dated 06/10/2026, council tax bill. All names agree.
10:30  <<Ayesha Rahman>>  Route 1. Wears hijab; at her request the photo check was done in the side room with a female checker (<<Joanne Pickering>>). Driving licence [[dl:RAHMA755194A99XY]], utility bill.
11:15  <<Stuart McAllister>>  Route 2. Name changed by deed poll from <<Stuart Mulholland>> in 2020 — deed poll seen. Birth certificate (after 12 months of birth), P60.
""", cats=["religious_belief"])

    html_doc("dbs-invoice.html", "Clearline Checks Ltd — Invoice INV-10482", [
        "Bill to: Brightstart Tutoring, attention <<Harriet Lomas>>, [[pc:W1A 0AX]]",
        [["Applicant", "Check", "Fee"], ["<<Imogen Fairweather>>", "Enhanced + barred list", "£49.50"], ["<<Li Na Wong>>", "Enhanced + barred list", "£49.50"]],
        "Paid by card ending 1111 (Visa [[card:4111 1111 1111 1111]], authorised by <<Harriet Lomas>>) on 2 November 2026.",
        "Queries: accounts@clearline-checks.example.com or [[ph:020 7946 0371]].",
    ])

# ================================================================ D. travel agency and airline special assistance


def travel():
    delimited("travel-special-meals.csv", [
        ["PNR", "Flight", "Date", "Passenger", "Seat", "SSR", "Notes"],
        ["X7KQ2P", "SK214 LHR-TLV", "2026-12-06", "<<Rachel Abramowitz>>", "22C", "KSML", "Strictly kosher, observes Shabbat — no Saturday return"],
        ["X7KQ2P", "SK214 LHR-TLV", "2026-12-06", "<<David Abramowitz>>", "22D", "KSML", ""],
        ["M3RT9A", "SK101 MAN-DXB", "2026-12-07", "<<Bilal Qureshi>>", "31A", "MOML", ""],
        ["M3RT9A", "SK101 MAN-DXB", "2026-12-07", "<<Kavita Joshi>>", "14F", "HNML", "No beef; fasting on Ekadashi"],
        ["P0LW4E", "SK330 BHX-AGP", "2026-12-08", "<<Colin Peacock>>", "8B", "DBML", "Type 1 diabetic, carries insulin pens and a pump"],
        ["P0LW4E", "SK330 BHX-AGP", "2026-12-08", "<<Sandra Peacock>>", "8C", "VGML", ""],
    ], cats=["religious_belief", "health"])

    docx("travel-medif-clearance.docx", [
        "MEDIF — Medical information form for air travel (Part B, to be completed by the attending physician)",
        [["Passenger", "<<Margaret Ellison-Hughes>>"], ["Date of birth", "[[dob:03/04/1946]]"], ["Booking", "Wayfarer Travel ref WF-88213, SK612 EDI-LPA 14 Dec 2026"],
         ["Diagnosis", "COPD (GOLD 3); resting SpO2 93% on air"], ["In-flight oxygen", "Yes — 2 litres/min continuous"],
         ["Mobility", "WCHC — cannot walk to seat; needs aisle chair"], ["Attending physician", "<<Rhodri Evans>>, [[ph:029 2018 0627]]"]],
        "I confirm Mrs <<Ellison-Hughes>> is fit to fly with supplemental oxygen.",
    ], header="Skylane Airways — Special Assistance / MEDA desk", footer="MEDA case 26-4471 · meda@skylane.example.com",
        comments=[("<<Tanvir Ahmed>>", "POC approved: Inogen One G5 on the accepted list.")], author="<<Tanvir Ahmed>>", cats=["health"])

    json_doc("travel-passenger-manifest.jsonl", [
        {"pnr": "Q2ZB8N", "flt": "SK450", "dep": "LGW", "arr": "FAO", "pax_surname": "<<Fonseca>>", "pax_given": "<<Inês>>", "dob": "[[dob:1979-10-02]]",
         "doc_type": "P", "doc_no": "[[pp:533901276]]", "doc_issuer": "GBR", "nationality": "GBR", "ssr": [], "biometric_boarding": "face template enrolled at bag drop, matched at gate"},
        {"pnr": "Q2ZB8N", "flt": "SK450", "dep": "LGW", "arr": "FAO", "pax_surname": "<<Fonseca>>", "pax_given": "<<Tiago>>", "dob": "[[dob:2016-05-19]]",
         "doc_type": "P", "doc_no": "[[pp:533901284]]", "doc_issuer": "GBR", "nationality": "GBR", "ssr": ["CHLD"]},
        {"pnr": "H8VK1C", "flt": "SK450", "dep": "LGW", "arr": "FAO", "pax_surname": "<<Papadopoulos>>", "pax_given": "<<Eleni>>", "dob": "[[dob:1958-01-23]]",
         "doc_type": "P", "doc_no": "[[pp:519447820]]", "doc_issuer": "GBR", "nationality": "GBR", "ssr": ["WCHR", "DPNA"], "ssr_text": "Dementia — travelling with daughter"},
    ], lines=True, cats=["health", "biometric"])

    delimited("travel-wheelchair-requests.tsv", [
        ["Date", "Flight", "Passenger", "Code", "Mobility aid", "Battery", "Agent"],
        ["2026-12-02", "SK118", "<<Bogdan Ivanov>>", "WCHS", "Manual folding wheelchair", "—", "<<Shauna Doherty>>"],
        ["2026-12-03", "SK226", "<<Lerato Dlamini>>", "BLND", "Guide dog (<<Lerato>> is registered blind)", "—", "<<Shauna Doherty>>"],
        ["2026-12-03", "SK226", "<<Pham Thi Lan>>", "WCHR", "Walks short distances after hip replacement", "—", "<<Oluwaseun Adeyemi>>"],
        ["2026-12-04", "SK301", "<<Gethin Morgan>>", "WCHC", "Powered wheelchair (MS)", "Lithium-ion 300 Wh", "<<Oluwaseun Adeyemi>>"],
    ], sep="\t", cats=["health"])

    eml("travel-umrah-booking.eml", [
        ("From", "Wayfarer Travel <bookings@wayfarer-travel.example.com>"), ("To", "<<Abdirahman Warsame>> <a.warsame@example.org>"),
        ("Subject", "Your Umrah package — booking WF-90417 confirmed"), ("Date", "Thu, 5 Nov 2026 14:02:11 +0000")],
        """Dear Mr <<Warsame>>,

Thank you for booking our 10-night Umrah package (Makkah 6 nights, Madinah 4 nights) for you, <<Hodan Warsame>> and your mother <<Faadumo Ahmed>>.

Your flights depart Manchester on 18 February 2027. We have requested wheelchair assistance (WCHR) for <<Faadumo>> at Jeddah and during the tawaf.
Visa applications need passport copies by 1 December. Paid today by card [[card:5555 5555 5555 4444]].

Any questions, call us on [[ph:0161 496 0274]].

Wayfarer Travel — ATOL protected
""", html=["Dear Mr <<Warsame>>,", "Your 10-night Umrah package for you, <<Hodan Warsame>> and <<Faadumo Ahmed>> is confirmed.",
                                                       "Wheelchair assistance (WCHR) requested for <<Faadumo>>."],
        cats=["religious_belief", "health"])

    eml("travel-staff-investigation.eml", [
        ("From", "<<Rosa Delgado>> <rosa.delgado@skylane.example.com>"), ("To", "<<Kevin Tierney>> <kevin.tierney@skylane.example.com>"),
        ("Subject", "Investigation meeting — PRM assistance complaint"), ("Date", "Mon, 9 Nov 2026 12:05:00 +0000")],
        """<<Kevin>>,

The investigation meeting with <<Adebola Akinwumi>> about the missed wheelchair assistance on SK226 is on Thursday at 14:00. <<Adebola>> has asked to be accompanied by her GMB rep, <<Paul Hendry>>, who is also a GMB member of the ground handling branch committee.

Please book a room away from the ops floor.

<<Rosa Delgado>>
Duty Manager, Special Assistance
[[ph:0161 496 0185]]
""", cats=["trade_union"], qp=True)

    xlsx("travel-pilgrimage-group.xlsx", [
        ("Pilgrims", [["Lourdes diocesan pilgrimage 2027 — parish group"], ["Surname", "First name", "Date of birth", "Room", "Assisted pilgrim?", "Needs"],
                      ["<<Callaghan>>", "<<Bernadette>>", "[[dob:11/02/1941]]", "Single", "Yes", "Home oxygen; Parkinson's"],
                      ["<<Nowak>>", "<<Halina>>", "[[dob:08/09/1952]]", "Twin", "No", ""],
                      ["<<Nowak>>", "<<Jerzy>>", "[[dob:14/05/1950]]", "Twin", "No", ""],
                      ["<<Fernandes>>", "<<Anthony>>", "[[dob:29/12/1963]]", "Single", "No", "Eucharistic minister for the group"]]),
        ("Booking", [["Group leader", "Father <<Declan Murphy>>"], ["Parish", "Our Lady of the Rosary"],
                     ["Deposit paid", 1200], ["Flights", "SK880 LPL-LDE 2027-05-03"], ["Contact", "[[ph:0151 496 0388]]"]]),
    ], cats=["religious_belief", "health"])

    rtf_doc("travel-booking-confirmation.rtf", [
        "Wayfarer Travel — booking confirmation WF-91102",
        "Lead passenger: <<Miriam Goldschmidt>>, born [[dob:24 June 1971]], passport [[pp:548273916]]",
        "Passenger 2: <<Nathan Goldschmidt>>, born [[dob:2 September 1969]]",
        "Flights: SK214 LHR-TLV 20 December 2026; return 3 January 2027 (Sunday, avoiding Shabbat as requested). Special meals: KSML for both passengers.",
        "Hotel: Dan Carmel, Haifa. Travel insurance declared: <<Nathan>> — atrial fibrillation, on apixaban.",
        "Refund of the deposit difference to IBAN [[iban:GB91 WAYF 4047 8412 0933 55]]",
        "Contact: [[ph:020 7946 0549]] · miriam.goldschmidt@example.com",
    ], cats=["religious_belief", "health"])

# ================================================================ E. veterinary practice (animal health is not a person's)


def vet():
    delimited("vet-appointments.csv", [
        ["Time", "Owner", "Phone", "Pet", "Species/breed", "Reason", "Vet"],
        ["09:00", "Mrs <<Pauline Hargreaves>>", "[[ph:0117 496 0723]]", "Bella", "Canine — Labrador", "Diabetes mellitus recheck, insulin (Caninsulin) 12 iu bd", "<<Rory Gilchrist>>"],
        ["09:15", "<<Arjun Menon>>", "[[ph:07700 900135]]", "Mochi", "Feline — DSH", "Hyperthyroid, on methimazole; weight loss", "<<Rory Gilchrist>>"],
        ["09:30", "<<Ewa Kamińska>>", "[[ph:07700 900166]]", "Pickle", "Rabbit", "Dental spurs, anorexia 2 days", "<<Sione Taufa>>"],
        ["09:45", "<<Jamal Haddad>>", "[[ph:07700 900170]]", "Rocky", "Canine — Staffie", "Epilepsy: phenobarbital levels, cluster seizures", "<<Sione Taufa>>"],
        ["10:00", "<<Lowri Pritchard>>", "[[ph:01632 960551]]", "Dai", "Canine — Collie", "Lame right fore, arthritis; start Metacam", "<<Rory Gilchrist>>"],
    ], distractors=())

    text_doc("vet-clinical-notes.txt", """
PENNYFIELD VETERINARY CENTRE — clinical history extracts

Patient: Quince (Golden Retriever, guide dog, 6y)   Owner: <<Helen Ashworth>>
  03/11/2026 Otitis externa R ear, Surolan drops. Owner is registered blind — read the dosing instructions to her and gave a large-print label; her husband <<Martin>> will apply the drops.

Patient: Smudge (DSH cat, 4y)   Owner: <<Leanne Fitzgerald>>
  04/11/2026 Vaccination booster. <<Leanne>> is 20 weeks pregnant: advised someone else empties the litter tray (toxoplasmosis) — partner <<Craig Fitzgerald>> to do it.

Patient: Biscuit (Cocker Spaniel, 11y)   Owner: Mr <<Winston Clarke>>
  05/11/2026 Mammary mass removed; histopath: benign. Collar on for 10 days, Metacam 7 days. Heart murmur grade 2/6.

Patient: Tiger (Bengal, 2y)   Owner: <<Mei Ling Chan>>
  06/11/2026 Cystitis, urine sample: struvite crystals. Diet change to urinary food; gabapentin before visits for stress.
""", cats=["health"])

    json_doc("vet-client-export.json", {"practice": "Pennyfield Veterinary Centre", "clients": [
        {"clientId": 20481, "title": "Mr", "firstName": "<<Gwilym>>", "lastName": "<<Rees>>", "email": "gwilym.rees@example.net", "phone": "[[ph:029 2018 0440]]", "postcode": "[[pc:cr26xh]]",
         "patients": [{"name": "Bramble", "species": "Canine", "conditions": ["Cushing's disease", "Otitis"], "medications": ["Vetoryl 60mg"], "insured": True,
                       "dna_tests": ["Breed panel: 62% Springer Spaniel", "MDR1 gene mutation: carrier"]}]},
        {"clientId": 20517, "title": "Ms", "firstName": "<<Adwoa>>", "lastName": "<<Asamoah>>", "email": "adwoa.asamoah@example.com", "phone": "[[ph:07700 900691]]", "postcode": "[[pc:B338TH]]",
         "petHealthPlan": {"sortCode": "10-79-99", "accountNumber": "88837491", "monthly": 14.99},
         "patients": [{"name": "Kofi", "species": "Feline", "conditions": ["FIV positive", "Chronic kidney disease"], "medications": ["Semintra"], "insured": False},
                      {"name": "Pepper", "species": "Canine", "conditions": [], "medications": ["Bravecto"], "insured": False}]}]}, bank=[BANK2])

    html_doc("vet-invoice.html", "Pennyfield Veterinary Centre — Invoice 77310", [
        "Client: <<Jamal Haddad>>, account 18842. Patient: Rocky (canine).",
        [["Item", "Qty", "Price"], ["Consultation", "1", "£54.00"], ["Phenobarbital 60mg tablets", "56", "£38.20"], ["Serum phenobarbital assay", "1", "£72.00"], ["Castration deposit", "1", "£50.00"]],
        "Paid by card [[card:378282246310005]] on 5 November 2026. Thank you, <<Jamal>>.",
        "Pennyfield Veterinary Centre, [[pc:M1 1AE]] · [[ph:0161 496 0912]] · reception@pennyfield-vets.example.com",
    ])

    eml("vet-reminder.eml", [
        ("From", "Pennyfield Vets <reminders@pennyfield-vets.example.com>"), ("To", "<<Chen Jiahui>> <chen.jiahui@example.org>"),
        ("Subject", "Mochi and Dumpling are due their vaccinations"), ("Date", "Fri, 6 Nov 2026 07:30:00 +0000")],
        """Hi <<Jiahui>>,

Dumpling's annual booster and Mochi's flea and worm treatment (Bravecto Plus) are due this month. Dumpling also needs his thyroid bloods repeated before we renew his Felimazole.

Book online or call [[ph:0161 496 0912]].

Pennyfield Veterinary Centre
""", html=["Hi <<Jiahui>>,", "Dumpling's annual booster and Mochi's flea and worm treatment are due this month."])

    ods("vet-controlled-drugs.ods", "CD register", [
        ["Date", "Drug", "Quantity", "Patient", "Owner", "Administered by", "Witness", "Balance"],
        ["02/11/2026", "Ketamine 100mg/ml", "0.6 ml", "Pickle (rabbit)", "<<Ewa Kamińska>>", "<<Sione Taufa>>", "<<Aoife Nolan>>", 18.4],
        ["03/11/2026", "Methadone 10mg/ml (Comfortan)", "0.3 ml", "Biscuit (dog)", "<<Winston Clarke>>", "<<Rory Gilchrist>>", "<<Aoife Nolan>>", 9.7],
        ["05/11/2026", "Pentobarbital (euthanasia)", "8 ml", "Duke (dog)", "<<Stelios Georgiou>>", "<<Rory Gilchrist>>", "<<Aoife Nolan>>", 212],
    ])

# ================================================================ F. dating and introductions agency


def dating():
    xlsx("dating-member-profiles.xlsx", [
        ("Members", [["Member no.", "Name", "Age", "I am", "Seeking", "Orientation", "Faith", "My ethnicity", "Partner ethnicity preference", "Consultant"],
                     [3301, "<<Harpreet Sandhu>>", 34, "Woman", "Man", "Straight", "Sikh — keeps her hair uncut, goes to gurdwara weekly", "British Indian (Punjabi)", "No preference", "<<Lucinda Marsh>>"],
                     [3307, "<<Jonah Adeyemi-Clarke>>", 41, "Man", "Man", "Gay", "Christian (Methodist)", "Mixed White and Black Caribbean", "No preference", "<<Lucinda Marsh>>"],
                     [3312, "<<Magdalena Dąbrowska>>", 29, "Woman", "Woman or man", "Bisexual", "Prefer not to say", "White Polish", "Open", "<<Hugo Barrington>>"],
                     [3318, "<<Francis Oduya>>", 52, "Man", "Woman", "Straight", "None", "Black African (Kenyan)", "Would like someone of African heritage", "<<Hugo Barrington>>"]]),
        ("Notes", [["Member no.", "Note"], [3301, "<<Harpreet>> met 3 introductions; wants someone who is amritdhari"], [3318, "Widower; two adult children"]]),
    ], cats=["sex_life_orientation", "religious_belief", "racial_ethnic_origin"])

    eml("dating-complaint.eml", [
        ("From", "<<Siân Rowlands>> <sian.rowlands@example.net>"), ("To", "Kindred Introductions <members@kindred-intros.example.com>"),
        ("Subject", "Complaint about my last introduction"), ("Date", "Sat, 31 Oct 2026 22:14:09 +0000")],
        """To whoever deals with complaints,

I was introduced to <<Aaron Whitfield>> (member 2876) on 10 October. After our second date we slept together at his flat, and a week later he told me he had not been tested and had a previous partner with chlamydia. I have since had a test at the sexual health clinic.

He also told me on that date he lost his licence last year for drink driving, which your vetting should have picked up.

I want my membership fee refunded.
<<Siân Rowlands>>
[[ph:07700 900859]]
""", html=["To whoever deals with complaints,", "I was introduced to <<Aaron Whitfield>> (member 2876) on 10 October. After our second date we slept together at his flat.",
          "He also told me he lost his licence last year for drink driving.", "<<Siân Rowlands>>"],
        cats=["sex_life_orientation", "health", "criminal_offence"])

    text_doc("dating-matchmaker-notes.md", """
## Matchmaker notes — November intake (<<Lucinda Marsh>>)

- **<<Sunita Shah>>** (38): Jain and strictly vegetarian, no root vegetables; would like someone who will respect Paryushan. Works in audit. Lives near [[pc:sw1a 1aa]].
- **<<Olumide Bankole>>** (45): divorced, type 2 diabetic (metformin), very active in his church choir at Kingsway International Christian Centre.
- **<<Tomás Ó Briain>>** (33): gay, came out to his family last year; had a long-term partner, <<Eoin>>, until 2025.
- **<<Rebecca Lindqvist>>** (50): recovering from breast cancer surgery; genetic testing after her sister's diagnosis showed she carries a BRCA2 variant. Wants to go slowly.
- **<<Ahmed Noorzai>>** (36): Afghan, Sunni, prays at the Green Lane Masjid; looking for marriage.

Call-back numbers are in the CRM; <<Lucinda>> on [[ph:020 7946 0733]].
""", cats=["religious_belief", "health", "sex_life_orientation", "genetic"], distractors=("Kingsway International Christian Centre", "Green Lane Masjid"))

    json_doc("dating-app-export.jsonl", [
        {"user_id": "u_81723", "display_name": "<<Kezia Boateng>>", "email": "kezia.b@example.org", "dob": "[[dob:1996-07-08]]", "gender": "female", "orientation": "lesbian",
         "religion": "Christian", "last_login_ip": "[[ip:203.0.113.58]]", "verified_photo": True},
        {"user_id": "u_81751", "display_name": "<<Gurpreet Dhillon>>", "email": "g.dhillon@example.com", "dob": "[[dob:1990-02-17]]", "gender": "male", "orientation": "straight",
         "religion": "Sikh", "last_login_ip": "[[ip:203.0.113.91]]", "verified_photo": False},
        {"user_id": "u_81790", "display_name": "<<Alexei Morozov>>", "email": "alexei.morozov@example.net", "dob": "[[dob:1985-11-30]]", "gender": "male", "orientation": "bisexual",
         "religion": None, "last_login_ip": "[[ip:2001:db8::7c1]]", "verified_photo": True},
    ], lines=True, cats=["sex_life_orientation", "religious_belief"])

    delimited("dating-event-bookings.csv", [
        ["Event", "Date", "Booked by", "Email", "Paid", "Note"],
        ["Jewish Singles Shabbat supper (over 40s)", "2026-11-13", "<<Naomi Feldman>>", "naomi.feldman@example.com", "45.00", "Asked to be matched only with people who have had JScreen: she is a Tay-Sachs carrier"],
        ["Jewish Singles Shabbat supper (over 40s)", "2026-11-13", "<<Saul Brickman>>", "saul.brickman@example.org", "45.00"],
        ["LGBTQ+ speed dating — women", "2026-11-20", "<<Chloe Tan>>", "chloe.tan@example.net", "20.00"],
        ["Wine tasting mixer", "2026-11-27", "<<Marcus Bellamy>>", "marcus.bellamy@example.com", "30.00"],
    ], cats=["religious_belief", "sex_life_orientation", "genetic"])

    docx("dating-safety-report.docx", [
        "Member safety report SR-26-019",
        "Reported member: <<Darren Pilkington>> (member 2991). Reporter: <<Leah Okoro>> (member 3120).",
        "<<Leah>> says that after she declined a third date he sent 40 messages in one night and turned up at her workplace. She has reported it to the police (crime reference given).",
        "Our background check found <<Darren Pilkington>> was convicted of stalking in 2019 and did not declare it on joining.",
        "Action: membership terminated 4 November 2026; <<Leah>> offered a refund and the details of the National Stalking Helpline.",
    ], header="Kindred Introductions — Trust & Safety", footer="Restricted: safety team only",
        comments=[("<<Hugo Barrington>>", "Police liaison contact made by <<Hugo>> on 3 Nov.")], author="<<Priyanka Venkatesh>>", cats=["criminal_offence"])

    json_doc("dating-photo-verification.json", {"verifications": [
        {"member": 3312, "name": "<<Magdalena Dąbrowska>>", "method": "selfie liveness + face template match to profile photos", "face_template_id": "ft_9c2e41", "match_score": 0.993, "result": "verified"},
        {"member": 3318, "name": "<<Francis Oduya>>", "method": "selfie liveness + face template match to profile photos", "face_template_id": "ft_a1b077", "match_score": 0.412, "result": "manual review"}]},
        cats=["biometric"])

# ================================================================ G. Gypsy, Roma and Traveller liaison service


def grt():
    xlsx("grt-site-allocations.xlsx", [
        ("Pitches", [["Site", "Pitch", "Licensee", "Date of birth", "Ethnicity (self-described)", "Household", "Children", "Medical priority"],
                     ["Meadowbank", 3, "<<Levi Loveridge>>", "[[dob:14/01/1979]]", "Romany Gypsy", "<<Levi>>, <<Britannia Loveridge>> and 4 children", 4, "Son <<Noah Loveridge>> has cerebral palsy — needs level access"],
                     ["Meadowbank", 7, "<<Bridget McDonagh>>", "[[dob:02/06/1984]]", "Irish Traveller", "<<Bridget>>, <<Patrick McDonagh>>, 2 children", 2, ""],
                     ["Ashgrove", 2, "<<Milan Balog>>", "[[dob:25/10/1990]]", "Roma (Slovak)", "<<Milan>>, <<Jana Balogová>>, 3 children", 3, "Grandmother on dialysis three times a week"],
                     ["Ashgrove", 5, "<<Sonny Boswell>>", "[[dob:19/08/1966]]", "Prefer not to say", "Lives alone", 0, ""]]),
        ("Waiting list", [["Applicant", "Applied", "Phone", "Points"], ["<<Tyson Smith-Price>>", "2025-03-11", "[[ph:07700 900517]]", 42], ["<<Kathleen Ward>>", "2025-09-30", "[[ph:07700 900522]]", 35]]),
    ], cats=["racial_ethnic_origin", "health"], distractors=("Meadowbank", "Ashgrove"))

    docx("grt-school-liaison.docx", [
        "Traveller Education liaison — visit note",
        "Family: <<Bridget McDonagh>> and children <<Mary-Kate McDonagh>> (Year 4) and <<Johnny McDonagh>> (Year 7), Meadowbank pitch 7.",
        "<<Mary-Kate>> is recorded at Holy Trinity Primary as Irish Traveller on the census. Attendance 81% this term, mainly the family's trip to the Ballinasloe fair in October.",
        "<<Johnny>> has been assessed as dyslexic; the SENCO, <<Helen Corrigan>>, has put in a support plan and coloured overlays.",
        "<<Mary-Kate>> makes her First Holy Communion in May; the parish will run the preparation classes on site.",
        "Next visit 2 December. Liaison officer: <<Stanislav Horvat>>, [[ph:0114 496 0158]].",
    ], header="County Gypsy, Roma and Traveller Liaison Service", footer="Shared with school with parental consent",
        author="<<Stanislav Horvat>>", cats=["racial_ethnic_origin", "health", "religious_belief"], distractors=("Holy Trinity", "Meadowbank"))

    text_doc("grt-health-visitor-referrals.txt", f"""
Health visitor referrals — GRT liaison, October 2026

1. <<Britannia Loveridge>>, Meadowbank pitch 3, DOB [[dob:07/03/1988]], NHS {NH(41)}.
   New baby <<Alfie-Jay Loveridge>> born [[dob:20/10/2026]]. Mum low since the birth, crying, not sleeping: possible postnatal depression — please visit. Family are Romany and go to Light and Life (Pentecostal) meetings; prefer a female visitor.
   Newborn blood spot screening: <<Alfie-Jay>> carries one cystic fibrosis gene variant (carrier); parents offered genetic counselling.
2. <<Ramona Stoica>>, roadside on the A61 lay-by, mobile [[ph:07700 900384]].
   Roma, Romanian speaker. 6-month-old <<Denisa>> has missed her 8- and 12-week immunisations; no GP registration. Mum has a chesty cough for 3 weeks.
3. <<Patrick McDonagh>>, Meadowbank pitch 7, NHS {NH(42, 2)}. Type 2 diabetes, poor control; would accept a diabetes nurse on site.

Referred by <<Stanislav Horvat>>.
""", cats=["health", "racial_ethnic_origin", "religious_belief", "genetic"], distractors=("Meadowbank",))

    delimited("grt-ethnic-monitoring.csv", [
        ["service_user", "postcode", "ethnic_group", "first_language", "support_type"],
        ["<<Levi Loveridge>>", "[[pc:DN55 1PT]]", "Gypsy or Irish Traveller — Romany", "English", "Pitch licence"],
        ["<<Ramona Stoica>>", "", "White — Roma", "Romanian", "Health access"],
        ["<<Milan Balog>>", "[[pc:EC1A1BB]]", "White — Roma", "Slovak", "Welfare benefits"],
        ["<<Shane Purcell>>", "[[pc:M1 1AE]]", "Gypsy or Irish Traveller — Irish Traveller", "English", "Education"],
    ], cats=["racial_ethnic_origin"])

    mbox("grt-liaison-officer.mbox", [
        ("stanislav.horvat@county-grt.example.org", "Mon Nov  2 09:12:00 2026", [
            ("From", "<<Stanislav Horvat>> <stanislav.horvat@county-grt.example.org>"), ("To", "Sgt <<Rebecca Anstey>> <rebecca.anstey@police.example.net>"),
            ("Subject", "Encampment at Carr Lane"), ("Date", "Mon, 2 Nov 2026 09:12:00 +0000"), ("Message-ID", "<grt-101@county-grt.example.org>")],
         """Hi <<Rebecca>>,

Six caravans pulled on to Carr Lane playing fields on Saturday. I've done a welfare check: one family has a child with type 1 diabetes who needs fridge space for insulin. Could we agree a tolerated stopping period of 14 days?

<<Stan>>
"""),
        ("rebecca.anstey@police.example.net", "Mon Nov  2 15:40:00 2026", [
            ("From", "Sgt <<Rebecca Anstey>> <rebecca.anstey@police.example.net>"), ("To", "<<Stanislav Horvat>> <stanislav.horvat@county-grt.example.org>"),
            ("Subject", "Re: Encampment at Carr Lane"), ("Date", "Mon, 2 Nov 2026 15:40:00 +0000"), ("In-Reply-To", "<grt-101@county-grt.example.org>")],
         """<<Stan>>, 14 days is fine with us. FYI <<Jimmy Quilligan>> from that group was arrested last night for criminal damage to the barrier and is on bail; it should not affect the others.

<<Rebecca>>

> Six caravans pulled on to Carr Lane playing fields on Saturday.
"""),
    ], cats=["criminal_offence"], distractors=("Carr Lane",))

    odt("grt-annual-visits.odt", [
        "Annual welfare visit — Ashgrove site, November 2026",
        "Pitch 2: <<Milan Balog>> and <<Jana Balogová>>. <<Jana>> uses a salbutamol inhaler and has been waiting 9 months for a respiratory clinic. The family are Catholic and ask for the Slovak-speaking priest's details.",
        "Pitch 5: <<Sonny Boswell>> says his hearing aids need new batteries; referred to audiology. He was recently released from prison (served 18 months for handling stolen goods) and is on licence.",
        "Visiting officer: <<Stanislav Horvat>>. Tel [[ph:0114 496 0158]].",
    ], cats=["health", "religious_belief", "criminal_offence"], distractors=("Ashgrove",))

    rtf_doc("grt-warden-log.rtf", [
        "Site warden's log — Meadowbank",
        "04/11/2026 <<Kathleen Ward>> came to the office about the waiting list; she is sleeping in her trailer at her sister <<Nora Joyce>>'s pitch. Told her the points total.",
        "05/11/2026 <<Levi Loveridge>> reported the shower block boiler not working; engineer called. <<Noah>>'s wheelchair ramp needs repair.",
        "06/11/2026 Rent paid by <<Bridget McDonagh>> and <<Sonny Boswell>>.",
    ], cats=["health"], distractors=("Meadowbank",))

# ================================================================ H. students' union


def su():
    delimited("su-election-results.csv", [
        ["Position", "Candidate", "Slate / affiliation (as stated in manifesto)", "First-preference votes", "Elected"],
        ["President", "<<Amara Nwachukwu>>", "Labour Students", "1412", "Yes"],
        ["President", "<<Oliver Pemberton-Shaw>>", "Conservative Society", "988", "No"],
        ["Welfare Officer", "<<Fatima Zahra Benali>>", "Independent", "1630", "Yes"],
        ["Welfare Officer", "<<Kai Sørensen>>", "Young Greens", "704", "No"],
        ["Education Officer", "<<Dylan Hughes>>", "Independent", "1199", "Yes"],
    ], cats=["political_opinion"])

    xlsx("su-society-memberships.xlsx", [
        ("Memberships", [["Student ID", "Name", "Society", "Role", "Joined"],
                         [21034417, "<<Hamza Iqbal>>", "Islamic Society", "Treasurer", "2025-10-01"],
                         [21051890, "<<Rivka Stern>>", "Jewish Society", "Member", "2025-10-03"],
                         [22003318, "<<Theo Marchetti>>", "LGBTQ+ Society", "Welfare rep", "2026-09-28"],
                         [22010077, "<<Anjali Pillai>>", "Hindu Society", "Member", "2026-10-02"],
                         [22014452, "<<Callum Fraser>>", "Socialist Students", "Member", "2026-10-02"],
                         [22019960, "<<Wiktoria Lis>>", "Chess Club", "Member", "2026-10-05"]]),
        ("Committee", [["Society", "President", "Email"], ["Islamic Society", "<<Yusra Osman>>", "isoc.president@riverside-su.example.org"], ["LGBTQ+ Society", "<<Jordan Achterberg>>", "lgbtq@riverside-su.example.org"]]),
    ], cats=["religious_belief", "sex_life_orientation", "political_opinion"])

    docx("su-hardship-fund.docx", [
        "Student Hardship Fund — application and assessment",
        [["Applicant", "<<Nadia Haddad-Lewis>>"], ["Student no.", "21077391"], ["Date of birth", "[[dob:19/09/2003]]"], ["National Insurance no.", "[[nino:QQ 71 82 93 C]]"],
         ["Bank", "Sort code 20-29-59, account 63748472"], ["Phone", "[[ph:07700 900476]]"]],
        "Reason: I have ME/CFS and had to drop to part-time hours at work. I am also a young carer for my mum, <<Samira Haddad>>, who has MS. My PIP assessment is in January.",
        "Assessor note: evidence of diagnosis seen (consultant letter). Award £650. Paid on 6 November 2026.",
    ], header="Riverside Students' Union — Advice Centre", footer="Hardship Fund · confidential",
        comments=[("<<Ben Okafor>>", "Checked against the university's disability register."), ("<<Laura Kovač>>", "Approved.")],
        author="<<Ben Okafor>>", cats=["health"], bank=[BANK3])

    text_doc("su-advice-centre-notes.md", """
# Advice Centre case notes (extract)

**27 Oct — <<Ibrahim Sesay>>** (Palestine Solidarity Society). Arrested at the occupation of the Vice-Chancellor's office and charged with criminal damage; university has opened a misconduct case. Referred to a duty solicitor; advised on the misconduct hearing.

**29 Oct — <<Ellie Batchelor>>**. Extenuating circumstances for the January exams: panic disorder, now under the university counselling service and on propranolol. Needs a letter from Dr <<Farrukh Anwar>>.

**30 Oct — <<Marek Szymański>>**. Landlord dispute, deposit not protected. No special issues.

Adviser: <<Ben Okafor>> · advice@riverside-su.example.org · [[ph:0115 496 0672]]
""", cats=["criminal_offence", "political_opinion", "health"])

    delimited("su-staff-union-deductions.tsv", [
        ["Payroll no.", "Employee", "Department", "Union", "Monthly subscription"],
        ["SU0142", "<<Gaynor Pritchard>>", "Bars and catering", "UNISON", "14.20"],
        ["SU0157", "<<Dimitri Katsaros>>", "Advice Centre", "UNISON", "16.85"],
        ["SU0163", "<<Roberta Nkemelu>>", "Finance", "Unite", "15.10"],
        ["SU0170", "<<Liam Cartwright>>", "Sport", "None", "0.00"],
    ], sep="\t", cats=["trade_union"])

    mbox("su-elections-committee.mbox", [
        ("returning.officer@riverside-su.example.org", "Tue Mar 10 10:00:00 2026", [
            ("From", "Returning Officer <returning.officer@riverside-su.example.org>"), ("To", "Elections Committee <elections@riverside-su.example.org>"),
            ("Subject", "Complaint against a candidate"), ("Date", "Tue, 10 Mar 2026 10:00:00 +0000"), ("Message-ID", "<ro-11@riverside-su.example.org>")],
         """Committee,

<<Kai Sørensen>> complains that <<Oliver Pemberton-Shaw>> campaigned in the library. <<Oliver>> says he is entitled to, as a member of the Conservative Party, to hand out party leaflets; our rules ban campaigning in study spaces whatever the party.

Proposed sanction: 24-hour campaigning ban.
"""),
        ("oliver.ps@example.com", "Tue Mar 10 13:30:00 2026", [
            ("From", "<<Oliver Pemberton-Shaw>> <oliver.ps@example.com>"), ("To", "Elections Committee <elections@riverside-su.example.org>"),
            ("Subject", "Re: Complaint against a candidate"), ("Date", "Tue, 10 Mar 2026 13:30:00 +0000")],
         """I accept the ban. For the record, <<Amara>>'s team from Labour Students were in the library too.

<<Oliver>>
"""),
    ], cats=["political_opinion"])

    json_doc("su-members-export.json", {"source": "SU membership system", "exported": "2026-11-05", "members": [
        {"StudentId": "22030114", "FirstName": "<<Grainne>>", "LastName": "<<O'Rourke>>", "Email": "g.orourke@students.riverside.example.org",
         "DateOfBirth": "[[dob:2005-02-08]]", "Groups": ["Catholic Society", "Netball"]},
        {"StudentId": "22030187", "FirstName": "<<Zhang>>", "LastName": "<<Wei>>", "Email": "wei.zhang@students.riverside.example.org", "DateOfBirth": "[[dob:2004-12-12]]",
         "Groups": ["Disabled Students' Network", "Film Society"], "Adjustments": "Wheelchair user — accessible venues"},
        {"StudentId": "22030203", "FirstName": "<<Nkechi>>", "LastName": "<<Obi>>", "Email": "nkechi.obi@students.riverside.example.org", "DateOfBirth": "[[dob:2006-06-01]]",
         "Groups": ["African-Caribbean Society", "Law Society"]},
    ]}, cats=["religious_belief", "health", "racial_ethnic_origin"])

# ================================================================ negatives: about no one


def negatives():
    text_doc("policy-refuge-confidentiality.txt", """
Harbourside Women's Aid — confidentiality and information sharing policy (v4, 2026)

1. Refuge addresses are never disclosed. Staff confirm neither that a woman is resident nor that she has ever used the service.
2. We share information without consent only where there is a risk of serious harm, for example a referral to a multi-agency risk assessment conference (MARAC) for a high-risk case, or where a child is at risk.
3. Information about a survivor's health, pregnancy, mental health, substance use, immigration status, religion or sexual orientation is recorded only where it affects her safety or support, and is held in the restricted section of the case file.
4. Details of a perpetrator's arrests, bail conditions, cautions or convictions received from the police under the Domestic Violence Disclosure Scheme are kept separately and destroyed when the case closes.
5. Breaches of this policy are reported to the Data Protection Lead within 24 hours.
""")

    html_doc("policy-drug-service-privacy-notice.html", "Northgate Recovery Partnership — privacy notice", [
        "We process personal data to provide drug and alcohol treatment, including opiate substitution prescribing, blood-borne virus testing and vaccination, needle and syringe programmes and recovery support.",
        "Some of this is special category data (your health, and where you tell us, your ethnicity, religion and sexual orientation for equality monitoring) and some is criminal offence data, for example when you are referred by the courts on a Drug Rehabilitation Requirement or an Alcohol Treatment Requirement.",
        "We send anonymised returns to the National Drug Treatment Monitoring System. We never share your information with the police unless the law requires it or someone is at serious risk.",
        [["What", "How long we keep it"], ["Treatment records", "8 years after discharge"], ["Court reports", "6 years"], ["Test results", "As part of the treatment record"]],
    ])

    text_doc("policy-dbs-handling-of-disclosures.md", """
# Handling of DBS certificate information

Clearline Checks follows the DBS Code of Practice. Certificate information is criminal offence data.

- We do not keep copies of certificates. We record the certificate number, issue date, level and whether it was clear or contained information.
- Where a certificate contains convictions, cautions, reprimands or police intelligence, the client's recruiting manager must complete a risk assessment that considers the nature of the offence, how long ago it happened and its relevance to the role.
- Spent and protected convictions must not be taken into account. Filtering rules remove many old cautions and single minor convictions.
- Barred-list information is shared only with the registered person and the countersignatory.
- Applicants' health, religion or ethnicity is never asked for as part of an identity check; head coverings worn for religious reasons may stay on for a photo comparison in a private room.
""")

    docx("training-airline-assistance-slides.docx", [
        "Slide 1 — Supporting passengers with reduced mobility (PRM)",
        "Slide 2 — SSR codes: WCHR (can climb steps), WCHS (cannot climb steps), WCHC (immobile), BLND, DEAF, DPNA (intellectual or developmental disability needing assistance).",
        "Slide 3 — Medical clearance: passengers with unstable conditions, recent surgery, a need for in-flight oxygen or a stretcher need a MEDIF signed by their doctor.",
        "Slide 4 — Special meals: KSML kosher, MOML Muslim, HNML Hindu, VGML vegetarian, DBML diabetic, GFML gluten-free. A meal request tells us about a passenger's faith or health: never read it aloud at the gate.",
        "Slide 5 — Quiz: which code for a passenger travelling with a guide dog?",
    ], header="Skylane Airways — Ground staff training", footer="Module PRM-2 · 2026 edition")

    text_doc("policy-vet-client-privacy.txt", """
Pennyfield Veterinary Centre — client privacy notice

We hold our clients' names, addresses, phone numbers, email addresses and payment details, and the clinical records of their animals.
Your pet's diagnoses, medicines (including controlled drugs such as ketamine, methadone and phenobarbital), laboratory results and euthanasia records are clinical records of the animal; they are not health data about you.
If you tell us about your own disability or health (for example that you are partially sighted, or pregnant and should avoid handling cat litter), we record it only to help you care for your pet, and only with your agreement.
We keep records for seven years after your last visit. Payment card numbers are not stored by the practice.
""")

    text_doc("training-dating-safety-inclusion.md", """
# Training: safety and inclusion for introduction consultants

- Members tell us their sexual orientation, faith and ethnicity. Treat these as special category data: record them only in the profile fields, never in free-text notes.
- A member's *preferences* about a partner's faith or ethnicity are recorded as the member states them; do not comment on them.
- Background checks: if a member has an unspent conviction for a violent or sexual offence, the Trust & Safety lead decides on membership, not the consultant.
- Sexual health: if a member raises a sexually transmitted infection, signpost to the local sexual health clinic; do not record the details.
- Photo verification uses face matching; the templates are deleted 30 days after verification.
""")

    odt("policy-grt-board-minutes.odt", [
        "County Gypsy, Roma and Traveller Liaison Service — partnership board minutes, 15 October 2026",
        "Item 3: Health inequalities. The board noted lower immunisation uptake and higher rates of diabetes, respiratory illness and mental ill-health among Gypsy, Roma and Traveller communities, and agreed to fund on-site health visitor clinics.",
        "Item 4: Education. Census recording of Gypsy/Roma and Irish Traveller ethnicity remains low; schools will be reminded that ascription is by the family.",
        "Item 5: Policing. The board discussed the use of criminal trespass powers at unauthorised encampments and asked for data on arrests by ethnicity.",
        "Item 6: Faith. The chaplaincy to Traveller communities (Catholic and Pentecostal) will be invited to the next meeting.",
    ])

    text_doc("policy-su-elections-code.txt", """
Riverside Students' Union — elections code of conduct

Candidates may state a party or campaign affiliation in their manifesto. The Union is politically neutral and affiliated to no party.
Societies with a religious, political, cultural or LGBTQ+ focus may endorse candidates only through an open general meeting.
Candidates must not disclose another student's sexual orientation, religion, health, immigration status or criminal record in campaign material.
Staff of the Union, whether or not members of a recognised trade union, take no part in campaigning.
Complaints go to the Returning Officer within 24 hours of the alleged breach.
""")


# ================================================================ added after the first measurement (not prompted by a miss)


def more():
    delimited("drugs-dispensing-enrolment.csv", [
        ["Client", "NHS number", "Enrolled", "Identification", "Medicine", "Staff"],
        ["<<Kieran O'Sullivan>>", NH(51), "2026-10-01", "Right index fingerprint template (dispensing pump reader)", "Methadone 1mg/ml", "<<Priya Raghunathan>>"],
        ["<<Siobhan Keane>>", NH(52), "2026-10-01", "Left index fingerprint template; photo on file", "Methadone 1mg/ml", "<<Priya Raghunathan>>"],
        ["<<Gavin Hollis>>", NH(53), "2026-10-08", "Fingerprint failed to enrol (worn ridges); photo ID by sight", "Methadone 1mg/ml", "<<Mohammed Saleem>>"],
    ], cats=["biometric", "health"])

    text_doc("drugs-team-meeting.md", """
# Northgate Recovery Partnership — team meeting, 4 November 2026

**Present:** <<Priya Raghunathan>> (chair), <<Hamish Drummond>>, <<Marsha Grant>>, <<Mohammed Saleem>>, <<Olga Shevchenko>>

1. **Caseloads.** <<Olga Shevchenko>>, the RCN workplace rep, said the nurses' caseloads are over 60 and the RCN will raise it at the next joint negotiating meeting.
2. **Lone working.** <<Mohammed>> has joined UNISON and asked for the lone-working policy to be reviewed with the branch.
3. **Naloxone.** 41 kits issued in October.

Next meeting: 2 December.
""", cats=["trade_union"])

    text_doc("refuge-family-court-note.txt", """
Harbourside Women's Aid — note of family court hearing, 30 October 2026
Client: <<Shanice Campbell-Reid>>. Child: <<Kayden Reid>>, born [[dob:30/01/2021]].

The court had directed DNA testing because <<Jerome Reid>> denied paternity in his application for contact. The report from the testing laboratory, filed last week, gives a probability of paternity of 99.99%: <<Jerome>> is <<Kayden>>'s biological father.
<<Jerome>> was not at the hearing: he was remanded in custody on 27 October after a further assault on <<Shanice>>. Contact application adjourned.

Note by <<Bethan Pryce>>, IDVA. Tel [[ph:0121 496 0732]].
""", cats=["genetic", "criminal_offence"])

    odt("dating-intake-questionnaire.odt", [
        "Kindred Introductions — intake questionnaire",
        "Member: <<Imelda Cruz>>. Date of birth: [[dob:16/04/1977]]. Mobile: [[ph:07700 900728]]. Email: imelda.cruz@example.org.",
        "Politics: Liberal Democrat member; canvasses at every local election and would prefer someone who votes.",
        "Faith: Quaker — attends Meeting for Worship on Sundays.",
        "Health: wears two hearing aids; prefers quiet restaurants.",
        "Interviewed by <<Lucinda Marsh>>.",
    ], cats=["political_opinion", "religious_belief", "health"])

    xlsx("su-gym-access.xlsx", [
        ("Enrolments", [["Student ID", "Name", "Membership", "Access method", "Enrolled"],
                        [22041103, "<<Chidi Okonkwo>>", "Athletic Union — annual", "Palm vein scan", "2026-09-21"],
                        [22041178, "<<Sofia Georgiadou>>", "Athletic Union — annual", "Palm vein scan", "2026-09-21"],
                        [22041250, "<<Rhys Llewelyn-Jones>>", "Pay as you go", "Card only (declined biometric)", "2026-09-23"]]),
        ("Settings", [["Reader", "Sports Centre turnstile 2"], ["Template retention", "Deleted 28 days after membership ends"], ["Contact", "sport@riverside-su.example.org"]]),
    ], cats=["biometric"])


def main():
    if DOCS.exists():
        shutil.rmtree(DOCS)
    DOCS.mkdir(parents=True)
    for part in (refuge, drugs, dbs, travel, vet, dating, grt, su, more, negatives):
        part()
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for d in sorted(ALL, key=lambda d: d.name):
            f.write(json.dumps(d.label(), ensure_ascii=False) + "\n")
    names = sum(len(d.names) for d in ALL)
    ids: dict[str, int] = {}
    for d in ALL:
        for k, _ in d.ids:
            ids[k] = ids.get(k, 0) + 1
    cats: dict[str, int] = {}
    for d in ALL:
        for c in d.cats:
            cats[c] = cats.get(c, 0) + 1
    neg = sum(d.name.startswith(("policy", "training")) for d in ALL)
    print(f"{len(ALL)} documents ({neg} negative), {names} name labels, {sum(ids.values())} identifier labels")
    print("identifiers:", ", ".join(f"{k} {v}" for k, v in sorted(ids.items(), key=lambda kv: -kv[1])))
    print("documents per category:", ", ".join(f"{k} {v}" for k, v in sorted(cats.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
