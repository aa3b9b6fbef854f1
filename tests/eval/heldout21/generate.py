#!/usr/bin/env python3
"""Twenty-first held-out evaluation set for dpscan (blind).

72 synthetic documents from a fire and rescue service's community safety and
occupational health, a recruitment agency, an NHS gender identity clinic, a
council register office, a debt advice charity, a scout group and an army
cadet detachment, a bookmaker chain's safer gambling and security team and a
crematorium's bereavement services office, plus eight policy and training
texts that name no one.

Every value is written by hand; nothing is drawn at random. Documents are
written with markup, so the labels are the spans that write the text:

- ``<<Name As Written>>``: a person's name (a title stays outside);
- ``[[kind:written]]``: an identifier, normalised by kind;
  ``[[kind:written=>normalised]]`` gives the normalised value by hand;
  ``[[=kind:value]]`` labels a value written in other words or spread over
  cells (a sort code and an account in two cells) and writes nothing;
- ``((category:words))``: words revealing a special category about a named
  person;
- ``{{words}}``: a distractor written on purpose (a place, a firm or a thing
  named like a person, a category about no one).

Judgement calls (the category labelling guide at the end of
``tests/eval/README.md``, points 1 to 8, is followed; its open cases and this
set's own are decided so):

- health: home oxygen, hoarding and a clutter rating, self-neglect, dementia,
  deafness, a fitness-test failure or medical restriction with its reason,
  hearing loss, an adjustment for a stated condition, a disability answer,
  sickness with a reason, a referral to or care at the gender identity clinic
  (being its patient is health: gender incongruence, hormones, blood results,
  a surgery or fertility referral), a cause of death on a registration or
  cremation form, a stillbirth, a benefit named as paid for a condition (PIP,
  the LCWRA element, DLA for a named child), a mental health evidence form, an
  addiction or a gambling disorder, medical notes naming a condition, allergy
  or medicine, an injury at camp, a pacemaker, hip replacement or brachytherapy
  seeds;
- genetic: a stated variant or karyotype (HFE C282Y, Factor V Leiden, 47,XXY,
  F508del), also health where the text names the condition;
- a deed poll change of name alone is nothing; gender identity is labelled
  only through the clinic (health); sex_life_orientation is a partner of the
  same sex ("his boyfriend", "his husband", "my girlfriend" of a trans woman),
  a same-sex marriage or a civil partnership converted to marriage, and an
  answered orientation ("Heterosexual" too);
- criminal_offence: a youth caution, an arrest, a DBS disclosure of a caution
  or conviction (spent too), a magistrates' court fine, a conviction for
  benefit fraud, remand in custody of a named partner, a suspected sham
  marriage reported under section 24, and a bet shop theft or assault ending
  in arrest; "No trace", a clear or pending DBS, an ejection with no police
  and a victim or witness are nothing;
- religious_belief: a marriage by religious rites (Anand Karaj, Nikah), an
  oath sworn on a named holy book (an affirmation is nothing), a promise
  variation by faith or belief (the humanist promise too, a philosophical
  belief), a diet tied to the faith ("Halal only - family are Muslim"),
  Friday prayers, a Jehovah's Witness's congregation, worship at a named
  church, a Muslim burial asked for, a faith burial section or blessed
  section, a funeral rite or service for the named deceased (a humanist
  ceremony too) and a lay preacher; "Vegetarian", a church hall as a
  reception venue, a chapel "not a place of worship of any one faith", a
  clergy title of an officiant and a "non-denominational" section are nothing;
- political_opinion: office in or membership of a named party, a
  councillor's party or group, a candidacy, a stated party membership;
- trade_union: FBU subscriptions, a union rep or steward, a union welfare
  fund's referral of a member;
- biometric: a face template enrolled or matched (the face-matching pilot and
  its match log, a customer told his face was matched) and a selfie matched to
  a passport photo by identity document validation technology; a photograph
  kept with a self-exclusion is not biometric, and a self-exclusion alone is
  not health (a stated gambling disorder or treatment is);
- racial_ethnic_origin: an answered ethnicity (an NHS ethnic category code
  too), abuse about a named person's ethnic origin, a person's own statement
  of it; a nationality, a country of birth, a right-to-work check, a language
  and an interpreter are nothing ("Z - Not stated" is nothing);
- a relative's category counts only when the relative is named; a deceased
  person's categories count as anyone's;
- identifiers: every identifier written is labelled, the organisation's own
  phone, postcode and mailbox too; a sort code and account in separate cells,
  or in a sentence, are one uk_bank_account; dates of birth of the deceased,
  of a newborn and the date of a birth certificate's entry are dates of
  birth, while dates of death, visits, referrals and payments are not.

Run ``python3 tests/eval/heldout21/generate.py``: it checks every document
(see ``check``), refuses to write anything when a check fails, and otherwise
rebuilds ``docs/`` and ``labels.jsonl`` and prints the totals.
"""

import base64
import datetime
import html
import io
import ipaddress
import json
import quopri
import re
import shutil
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

HERE = Path(__file__).resolve().parent
CATEGORIES = [
    "racial_ethnic_origin",
    "political_opinion",
    "religious_belief",
    "trade_union",
    "genetic",
    "biometric",
    "health",
    "sex_life_orientation",
    "criminal_offence",
]
TITLES = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "revd", "rev", "fr", "cllr",
    "pc", "sgt", "insp", "master", "sister", "nurse", "imam", "rabbi", "lt", "capt", "cpl",
    "ff", "wm", "cm", "sm", "gm", "cadet", "lcpl",
}
PARTICLES = {"de", "da", "del", "di", "la", "le", "van", "von", "der", "bin", "binti", "al", "el", "ap", "ó", "mac", "ni", "nic"}
DRAMA_PREFIXES = (
    "+447700900", "+441134960", "+441144960", "+441154960", "+441164960", "+441174960",
    "+441184960", "+441214960", "+441314960", "+441414960", "+441514960", "+441614960",
    "+442079460", "+441632960", "+441914980", "+448081570", "+443069990",
)
MAIL_DOMAIN = re.compile(r"(^|\.)example\.(com|org|net|co\.uk|org\.uk|sch\.uk|gov\.uk|nhs\.uk|ac\.uk)$")
DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
ZIP_TIME = (2026, 11, 2, 9, 30, 0)

MARKUP = re.compile(
    r"<<(?P<name>.+?)>>|\[\[(?P<id>.+?)\]\]|\(\((?P<cat>[a-z_]+):(?P<words>.+?)\)\)|\{\{(?P<dis>.+?)\}\}"
)
LEFTOVER = re.compile(r"<<|>>|\[\[|\]\]|\(\(|\)\)|\{\{|\}\}")
EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
NINO = re.compile(r"\bQQ ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")
DOC_IP = re.compile(r"\b(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}\b|\b2001:0?db8:[0-9a-fA-F:]*")
POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")
PHONE = re.compile(r"(?<![\w+])(?:\+44 ?(?:\(0\) ?)?|\(?0)\d[\d \t)\-]{7,13}\d")


class Refused(Exception):
    pass


# --- identifiers -------------------------------------------------------------


def parse_date(written):
    """A date as written (day first), as ISO."""
    s = written.strip()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        y, mo, d = map(int, m.groups())
        return datetime.date(y, mo, d).isoformat()
    m = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", s)
    if m:
        d, mo, y = map(int, m.groups())
        return datetime.date(y, mo, d).isoformat()
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?[ \-]([A-Za-z]+)\.?,?[ \-](\d{4})", s)
    if m:
        d, mon, y = m.groups()
        return datetime.date(int(y), MONTHS[mon[:3].lower()], int(d)).isoformat()
    m = re.fullmatch(r"([A-Za-z]+) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})", s)
    if m:
        mon, d, y = m.groups()
        return datetime.date(int(y), MONTHS[mon[:3].lower()], int(d)).isoformat()
    raise Refused(f"date {written!r} not understood")


def normalise(kind, written):
    squeezed = re.sub(r"\s+", "", written)
    if kind == "phone":
        digits = re.sub(r"[^\d+]", "", written.replace("(0)", ""))
        return "+44" + digits[1:] if digits.startswith("0") else digits
    if kind == "email":
        return written.lower()
    if kind == "uk_postcode":
        s = squeezed.upper()
        return s[:-3] + " " + s[-3:]
    if kind in ("uk_nino", "iban", "uk_driving_licence"):
        return squeezed.upper()
    if kind in ("nhs_number", "payment_card", "uk_passport"):
        return re.sub(r"\D", "", written)
    if kind == "date_of_birth":
        return parse_date(written)
    if kind == "ip_address":
        return ipaddress.ip_address(written).compressed
    raise Refused(f"{kind} {written!r} needs its normalised value by hand")


def luhn(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def nhs_valid(digits):
    if not re.fullmatch(r"999\d{7}", digits):
        return False
    remainder = sum(int(c) * w for c, w in zip(digits[:9], range(10, 1, -1))) % 11
    check = 11 - remainder
    return check != 10 and (0 if check == 11 else check) == int(digits[9])


def iban_valid(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def card_valid(s):
    known = re.match(r"4\d{15}$|5[1-5]\d{14}$|2(22[1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)\d{12}$|3[47]\d{13}$", s)
    return bool(known) and luhn(s)


def iso_date_valid(s):
    try:
        return 1900 <= datetime.date.fromisoformat(s).year <= 2026
    except ValueError:
        return False


VALID = {
    "phone": lambda v: len(v) == 13 and v.startswith(DRAMA_PREFIXES),
    "email": lambda v: bool(re.fullmatch(r"[\w.+'-]+@[\w.-]+", v)) and bool(MAIL_DOMAIN.search(v.split("@")[1])),
    "uk_postcode": lambda v: bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}", v)) and "9" in v.split()[0],
    "uk_nino": lambda v: bool(re.fullmatch(r"QQ\d{6}[A-D]", v)),
    "nhs_number": nhs_valid,
    "payment_card": card_valid,
    "iban": iban_valid,
    "uk_passport": lambda v: bool(re.fullmatch(r"\d{9}", v)),
    "uk_driving_licence": lambda v: bool(re.fullmatch(r"[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}", v)),
    "uk_bank_account": lambda v: bool(re.fullmatch(r"\d{6}:\d{8}", v)),
    "date_of_birth": iso_date_valid,
    "ip_address": lambda v: any(ipaddress.ip_address(v) in n for n in DOC_NETS),
}


# --- a document being written ------------------------------------------------


class Doc:
    """The text a document's parts render to, with the spans that label it."""

    def __init__(self, filename):
        self.filename = filename
        self.text = ""
        self.names = []
        self.ids = []
        self.cats = set()
        self.covered = []  # (start, end): a name, a distractor or an email
        self.id_spans = []  # (start, end, kind)
        self.problems = []

    def t(self, markup):
        """Render one part (a line, a cell, a header); record its labels."""
        out = []
        pos = len(self.text)

        def emit(s):
            nonlocal pos
            out.append(s)
            start = pos
            pos += len(s)
            return start, pos

        last = 0
        for m in MARKUP.finditer(markup):
            emit(markup[last:m.start()])
            last = m.end()
            if m["name"] is not None:
                name = m["name"]
                label = " ".join(name.split())
                if label != name or name.split()[0].rstrip(".").lower() in TITLES:
                    self.problems.append(f"name label {name!r} has a title or odd whitespace")
                if label not in self.names:
                    self.names.append(label)
                self.covered.append(emit(name))
            elif m["dis"] is not None:
                self.covered.append(emit(m["dis"]))
            elif m["cat"] is not None:
                if m["cat"] not in CATEGORIES:
                    self.problems.append(f"unknown category {m['cat']!r}")
                self.cats.add(m["cat"])
                emit(m["words"])
            else:
                self.identifier(m["id"], emit)
        emit(markup[last:])
        plain = "".join(out)
        self.text += plain + "\n"
        return plain

    def identifier(self, body, emit):
        label_only = body.startswith("=")
        kind, _, rest = body.lstrip("=").partition(":")
        if kind not in VALID:
            self.problems.append(f"unknown identifier kind {kind!r}")
            return
        written, _, by_hand = rest.partition("=>")
        if label_only:
            value = written
        else:
            try:
                value = by_hand or normalise(kind, written)
            except (Refused, ValueError, KeyError) as e:
                self.problems.append(f"{kind} {written!r}: {e}")
                return
            start, end = emit(written)
            self.id_spans.append((start, end, kind))
            if kind == "email":
                self.covered.append((start, end))
        if not VALID[kind](value):
            self.problems.append(f"{kind} {value!r} is malformed, fails its check or is outside the synthetic ranges")
        if [kind, value] not in self.ids:
            self.ids.append([kind, value])

    def label_dob(self, iso):
        if not iso_date_valid(iso):
            self.problems.append(f"date of birth {iso!r} malformed")
        if ["date_of_birth", iso] not in self.ids:
            self.ids.append(["date_of_birth", iso])

    def j(self, value):
        """A JSON value with every string rendered."""
        if isinstance(value, str):
            return self.t(value)
        if isinstance(value, list):
            return [self.j(v) for v in value]
        if isinstance(value, dict):
            return {k: self.j(v) for k, v in value.items()}
        return value

    # -- the checks, run once the document is written

    def check(self):
        problems = list(self.problems)
        text = self.text
        if LEFTOVER.search(text):
            problems.append(f"markup left: {LEFTOVER.search(text)[0]!r}")

        def inside(start, end, spans):
            return any(s <= start and end <= e for s, e, *_ in spans)

        parts = set()
        for name in self.names:
            for part in re.split(r"[\s,\-]+", name):
                part = part.strip(".")
                if len(part) >= 2 and part.lower() not in PARTICLES:
                    parts.add(part)
        for part in sorted(parts):
            for m in re.finditer(r"(?<!\w)" + re.escape(part) + r"(?!\w)", text, re.IGNORECASE):
                if not inside(m.start(), m.end(), self.covered):
                    context = text[max(0, m.start() - 30):m.end() + 30].replace("\n", " / ")
                    problems.append(f"name part {part!r} outside a label: ...{context}...")
        phones = [s for s in self.id_spans if s[2] == "phone"]
        # A look-alike inside another labelled identifier (a licence written in groups) is part of that one.
        for kind, pattern in (("email", EMAIL), ("uk_nino", NINO), ("ip_address", DOC_IP), ("uk_postcode", POSTCODE)):
            for m in pattern.finditer(text):
                if not inside(m.start(), m.end(), self.id_spans):
                    problems.append(f"unlabelled {kind} {m[0]!r}")
        for m in PHONE.finditer(text):
            overlaps = any(s < m.end() and m.start() < e for s, e, _ in phones)
            if not overlaps and normalise("phone", m[0]).startswith(DRAMA_PREFIXES):
                problems.append(f"unlabelled drama-range phone {m[0]!r}")
        if self.filename.startswith(("policy-", "training-")) and (self.names or self.cats):
            problems.append(f"a policy or training text names {self.names} or has {sorted(self.cats)}")
        return problems

    def label(self):
        return {
            "doc": self.filename,
            "names": self.names,
            "categories": [c for c in CATEGORIES if c in self.cats],
            "ids": self.ids,
        }


# --- formats -----------------------------------------------------------------


def text_file(d, lines):
    return ("\n".join(d.t(line) for line in lines) + "\n").encode()


def csv_file(d, rows, delimiter=","):
    def cell(value):
        s = d.t(value)
        if delimiter == "," and any(c in s for c in ',"\n'):
            return '"' + s.replace('"', '""') + '"'
        return s

    return "".join(delimiter.join(cell(v) for v in row) + "\r\n" for row in rows).encode()


def html_file(d, title, blocks):
    out = ["<!DOCTYPE html>", '<html lang="en-GB">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(d.t(title))}</title>", "</head>", "<body>"]
    e = lambda s: html.escape(d.t(s), quote=False)  # noqa: E731
    for kind, *content in blocks:
        if kind == "table":
            rows = content[0]
            out.append("<table>")
            out.append("<tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr>")
            for row in rows[1:]:
                out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
            out.append("</table>")
        elif kind == "dl":
            out.append("<dl>")
            for term, value in content[0]:
                out.append(f"<dt>{e(term)}</dt><dd>{e(value)}</dd>")
            out.append("</dl>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in content[0]) + "</ul>")
        else:
            out.append(f"<{kind}>{e(content[0])}</{kind}>")
    out += ["</body>", "</html>", ""]
    return "\n".join(out).encode()


def json_file(d, value):
    return (json.dumps(d.j(value), indent=2, ensure_ascii=False) + "\n").encode()


def jsonl_file(d, records):
    return "".join(json.dumps(d.j(r), ensure_ascii=False) + "\n" for r in records).encode()


# zip containers


def zip_bytes(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.create_system = 3
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode() if isinstance(data, str) else data)
    return buffer.getvalue()


X = lambda s: xml_escape(s, {'"': "&quot;"})  # noqa: E731
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
CORE = (
    XML_HEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{title}</dc:title><dc:creator>{author}</dc:creator>'
    "<cp:lastModifiedBy>{editor}</cp:lastModifiedBy>"
    '<dcterms:created xsi:type="dcterms:W3CDTF">{created}T09:00:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">{created}T16:45:00Z</dcterms:modified></cp:coreProperties>'
)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def core_xml(d, title, author, editor, created):
    return CORE.format(title=X(d.t(title)), author=X(d.t(author)), editor=X(d.t(editor)), created=created)


def w_run(text):
    return f'<w:r><w:t xml:space="preserve">{X(text)}</w:t></w:r>'


def w_par(text, bold=False):
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:p><w:r>{props}<w:t xml:space="preserve">{X(text)}</w:t></w:r></w:p>'


def docx_file(d, *, title, author, editor, created, header, footer, blocks, footnotes=(), comments=()):
    """Blocks: ("h", text), ("p", text), ("table", rows), ("fn", text, footnote number),
    ("comment", before, anchored, after, comment number), ("textbox", [lines])."""
    body = []
    for kind, *c in blocks:
        if kind == "h":
            body.append(w_par(d.t(c[0]), bold=True))
        elif kind == "p":
            body.append(w_par(d.t(c[0])))
        elif kind == "fn":
            body.append(f'<w:p>{w_run(d.t(c[0]))}<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                        f'<w:footnoteReference w:id="{c[1]}"/></w:r></w:p>')
        elif kind == "comment":
            before, anchored, after, n = c
            body.append(f'<w:p>{w_run(d.t(before))}<w:commentRangeStart w:id="{n}"/>{w_run(d.t(anchored))}'
                        f'<w:commentRangeEnd w:id="{n}"/><w:r><w:commentReference w:id="{n}"/></w:r>'
                        f"{w_run(d.t(after))}</w:p>")
        elif kind == "textbox":
            inner = "".join(w_par(d.t(line)) for line in c[0])
            body.append('<w:p><w:r><w:pict><v:shape id="TextBox1" type="#_x0000_t202" '
                        'style="width:220pt;height:80pt"><v:textbox><w:txbxContent>'
                        f"{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>")
        elif kind == "table":
            rows = "".join(
                "<w:tr>" + "".join(f"<w:tc>{w_par(d.t(cell))}</w:tc>" for cell in row) + "</w:tr>" for row in c[0]
            )
            body.append(f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>{rows}</w:tbl>')
        else:
            raise ValueError(kind)
    ns = f'xmlns:w="{W}" xmlns:r="{REL}" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
    document = (XML_HEAD + f"<w:document {ns}><w:body>{''.join(body)}"
                '<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/>'
                '<w:footerReference w:type="default" r:id="rIdFooter"/></w:sectPr></w:body></w:document>')
    header_xml = XML_HEAD + f'<w:hdr xmlns:w="{W}">{w_par(d.t(header))}</w:hdr>'
    footer_xml = XML_HEAD + f'<w:ftr xmlns:w="{W}">{w_par(d.t(footer))}</w:ftr>'
    notes = "".join(f'<w:footnote w:id="{n}">{w_par(d.t(text))}</w:footnote>' for n, text in footnotes)
    footnotes_xml = (XML_HEAD + f'<w:footnotes xmlns:w="{W}"><w:footnote w:type="separator" w:id="-1">'
                     '<w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" '
                     f'w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>{notes}</w:footnotes>')
    comment_parts = []
    for n, who, initials, text in comments:
        comment_parts.append(f'<w:comment w:id="{n}" w:author="{X(d.t(who))}" w:date="{created}T11:20:00Z" '
                             f'w:initials="{initials}">{w_par(d.t(text))}</w:comment>')
    comments_xml = XML_HEAD + f'<w:comments xmlns:w="{W}">{"".join(comment_parts)}</w:comments>'
    wml = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    types = (XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             f'<Override PartName="/word/document.xml" ContentType="{wml}.document.main+xml"/>'
             f'<Override PartName="/word/header1.xml" ContentType="{wml}.header+xml"/>'
             f'<Override PartName="/word/footer1.xml" ContentType="{wml}.footer+xml"/>'
             f'<Override PartName="/word/footnotes.xml" ContentType="{wml}.footnotes+xml"/>'
             f'<Override PartName="/word/comments.xml" ContentType="{wml}.comments+xml"/>'
             '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
             "</Types>")
    rels = (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
            'Target="docProps/core.xml"/></Relationships>')
    doc_rels = (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                f'<Relationship Id="rIdHeader" Type="{REL}/header" Target="header1.xml"/>'
                f'<Relationship Id="rIdFooter" Type="{REL}/footer" Target="footer1.xml"/>'
                f'<Relationship Id="rIdNotes" Type="{REL}/footnotes" Target="footnotes.xml"/>'
                f'<Relationship Id="rIdComments" Type="{REL}/comments" Target="comments.xml"/></Relationships>')
    return zip_bytes([
        ("[Content_Types].xml", types),
        ("_rels/.rels", rels),
        ("docProps/core.xml", core_xml(d, title, author, editor, created)),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", doc_rels),
        ("word/header1.xml", header_xml),
        ("word/footer1.xml", footer_xml),
        ("word/footnotes.xml", footnotes_xml),
        ("word/comments.xml", comments_xml),
    ])


class Num:
    """A cell typed as a number."""

    def __init__(self, value):
        self.value = value


class Day:
    """A cell typed as a date; a date of birth is labelled with its ISO date."""

    def __init__(self, iso, dob=False):
        self.iso = iso
        self.dob = dob

    def serial(self):
        return (datetime.date.fromisoformat(self.iso) - datetime.date(1899, 12, 30)).days

    def shown(self):
        return datetime.date.fromisoformat(self.iso).strftime("%d/%m/%Y")


def column(i):
    name = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(65 + r) + name
    return name


def xlsx_file(d, *, title, author, editor, created, sheets):
    strings, index = [], {}

    def shared(s):
        if s not in index:
            index[s] = len(strings)
            strings.append(s)
        return index[s]

    sheet_xml = []
    for _, rows in sheets:
        out = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, value in enumerate(row):
                ref = f"{column(c)}{r}"
                if isinstance(value, Num):
                    cells.append(f'<c r="{ref}"><v>{value.value}</v></c>')
                elif isinstance(value, Day):
                    if value.dob:
                        d.label_dob(value.iso)
                    cells.append(f'<c r="{ref}" s="1"><v>{value.serial()}</v></c>')
                elif value == "":
                    continue
                else:
                    cells.append(f'<c r="{ref}" t="s"><v>{shared(d.t(value))}</v></c>')
            out.append(f'<row r="{r}">{"".join(cells)}</row>')
        sheet_xml.append(XML_HEAD + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                         f'<sheetData>{"".join(out)}</sheetData></worksheet>')
    sst = (XML_HEAD + '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           f'count="{len(strings)}" uniqueCount="{len(strings)}">'
           + "".join(f'<si><t xml:space="preserve">{X(s)}</t></si>' for s in strings) + "</sst>")
    styles = (XML_HEAD + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
              '<borders count="1"><border/></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
              "</styleSheet>")
    sml = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    workbook = (XML_HEAD + f'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="{REL}"><sheets>'
                + "".join(f'<sheet name="{X(name)}" sheetId="{i}" r:id="rId{i}"/>' for i, (name, _) in enumerate(sheets, 1))
                + "</sheets></workbook>")
    n = len(sheets)
    wb_rels = (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               + "".join(f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                         for i in range(1, n + 1))
               + f'<Relationship Id="rId{n + 1}" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
               + f'<Relationship Id="rId{n + 2}" Type="{REL}/styles" Target="styles.xml"/></Relationships>')
    types = (XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             f'<Override PartName="/xl/workbook.xml" ContentType="{sml}.sheet.main+xml"/>'
             + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{sml}.worksheet+xml"/>'
                       for i in range(1, n + 1))
             + f'<Override PartName="/xl/sharedStrings.xml" ContentType="{sml}.sharedStrings+xml"/>'
             f'<Override PartName="/xl/styles.xml" ContentType="{sml}.styles+xml"/>'
             '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
             "</Types>")
    rels = (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
            'Target="docProps/core.xml"/></Relationships>')
    members = [("[Content_Types].xml", types), ("_rels/.rels", rels),
               ("docProps/core.xml", core_xml(d, title, author, editor, created)),
               ("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", wb_rels),
               ("xl/styles.xml", styles), ("xl/sharedStrings.xml", sst)]
    members += [(f"xl/worksheets/sheet{i}.xml", x) for i, x in enumerate(sheet_xml, 1)]
    return zip_bytes(members)


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')


class Note:
    """A cell or paragraph with an annotation by a named author."""

    def __init__(self, value, author, text):
        self.value, self.author, self.text = value, author, text


def odf_annotation(d, note, created):
    return (f"<office:annotation><dc:creator>{X(d.t(note.author))}</dc:creator>"
            f"<dc:date>{created}T14:10:00</dc:date><text:p>{X(d.t(note.text))}</text:p></office:annotation>")


def odf_file(d, mime, body, *, title, author, editor, created):
    content = (XML_HEAD + f"<office:document-content {ODF_NS}><office:body>{body}</office:body></office:document-content>")
    meta = (XML_HEAD + f"<office:document-meta {ODF_NS}><office:meta><dc:title>{X(d.t(title))}</dc:title>"
            f"<meta:initial-creator>{X(d.t(author))}</meta:initial-creator><dc:creator>{X(d.t(editor))}</dc:creator>"
            f"<meta:creation-date>{created}T09:00:00</meta:creation-date><dc:date>{created}T17:00:00</dc:date>"
            "</office:meta></office:document-meta>")
    manifest = (XML_HEAD + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                f'manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    return zip_bytes([("mimetype", mime), ("META-INF/manifest.xml", manifest),
                      ("content.xml", content), ("meta.xml", meta)])


def odt_cell_par(d, value, created):
    if isinstance(value, Note):
        return f"<text:p>{X(d.t(value.value))}{odf_annotation(d, value, created)}</text:p>"
    return f"<text:p>{X(d.t(value))}</text:p>"


def odt_file(d, *, title, author, editor, created, blocks):
    """Blocks: ("h", text), ("p", text or Note), ("table", rows)."""
    body = []
    for kind, c in blocks:
        if kind == "h":
            body.append(f'<text:h text:outline-level="1">{X(d.t(c))}</text:h>')
        elif kind == "p":
            body.append(odt_cell_par(d, c, created))
        else:
            rows = "".join("<table:table-row>" + "".join(
                f'<table:table-cell office:value-type="string">{odt_cell_par(d, v, created)}</table:table-cell>'
                for v in row) + "</table:table-row>" for row in c)
            body.append(f'<table:table table:name="Table{len(body)}">{rows}</table:table>')
    return odf_file(d, "application/vnd.oasis.opendocument.text", f"<office:text>{''.join(body)}</office:text>",
                    title=title, author=author, editor=editor, created=created)


def ods_file(d, *, title, author, editor, created, sheets):
    tables = []
    for name, rows in sheets:
        out = []
        for row in rows:
            cells = []
            for v in row:
                if isinstance(v, Num):
                    cells.append(f'<table:table-cell office:value-type="float" office:value="{v.value}">'
                                 f"<text:p>{v.value}</text:p></table:table-cell>")
                elif isinstance(v, Day):
                    if v.dob:
                        d.label_dob(v.iso)
                    cells.append(f'<table:table-cell office:value-type="date" office:date-value="{v.iso}">'
                                 f"<text:p>{v.shown()}</text:p></table:table-cell>")
                elif isinstance(v, Note):
                    cells.append(f'<table:table-cell office:value-type="string">{odf_annotation(d, v, created)}'
                                 f"<text:p>{X(d.t(v.value))}</text:p></table:table-cell>")
                else:
                    cells.append(f"<table:table-cell><text:p>{X(d.t(v))}</text:p></table:table-cell>")
            out.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
        tables.append(f'<table:table table:name="{X(name)}">{"".join(out)}</table:table>')
    return odf_file(d, "application/vnd.oasis.opendocument.spreadsheet",
                    f"<office:spreadsheet>{''.join(tables)}</office:spreadsheet>",
                    title=title, author=author, editor=editor, created=created)


def rtf_escape(s):
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            n = ord(ch)
            out.append(f"\\u{n if n < 32768 else n - 65536}?")
    return "".join(out)


def rtf_file(d, *, title, author, paragraphs, footnote=None):
    """Paragraphs are markup; the footnote (if any) follows the first paragraph."""
    parts = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}}",
             r"{\info{\title " + rtf_escape(d.t(title)) + r"}{\author " + rtf_escape(d.t(author)) + "}}",
             r"\f0\fs22 "]
    for i, p in enumerate(paragraphs):
        text = rtf_escape(d.t(p))
        if i == 0 and footnote:
            text += r"{\super\chftn}{\footnote\pard\plain\f0\fs18{\super\chftn} " + rtf_escape(d.t(footnote)) + "}"
        parts.append(text + r"\par" + "\n")
    parts.append("}\n")
    return "".join(parts).encode("ascii")


HELVETICA = dict(zip(
    " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~",
    [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278] + [556] * 10
    + [278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
       722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556,
       556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556,
       500, 722, 500, 500, 500, 334, 260, 334, 584],
))


def pdf_file(d, lines, *, title, author):
    """A one-page text PDF (Helvetica, WinAnsi); the first line is a bold heading."""
    rendered = [d.t(line) for line in lines]
    ops = ["BT", "/F2 12 Tf", "56 790 Td", "14 TL"]
    for i, line in enumerate(rendered):
        try:
            line.encode("cp1252")
        except UnicodeEncodeError:
            d.problems.append(f"PDF line not in WinAnsi: {line!r}")
            continue
        size = 12 if i == 0 else 10
        width = sum(HELVETICA.get(c, 667) for c in line) * size / 1000 * (1.1 if i == 0 else 1)
        if width > 483:
            d.problems.append(f"PDF line overflows the page ({width:.0f} pt): {line!r}")
        if i == 1:
            ops.append("/F1 10 Tf 13 TL")
        esc = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"({esc}) Tj T*")
    ops.append("ET")
    if len(rendered) > 55:
        d.problems.append("PDF has more lines than a page holds")
    stream = "\n".join(ops).encode("cp1252")
    title_pdf = d.t(title).encode("cp1252").replace(b"(", b"\\(").replace(b")", b"\\)")
    author_pdf = d.t(author).encode("cp1252").replace(b"(", b"\\(").replace(b")", b"\\)")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> "
        b"/Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Title (" + title_pdf + b") /Author (" + author_pdf + b") /Producer (heldout21 generate.py) "
        b"/CreationDate (D:20261102093000Z) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


# mail


def encode_address(plain):
    """'Display Name <addr>' with an RFC 2047 display name where it is not ASCII."""
    parts = []
    for one in plain.split(", "):
        m = re.fullmatch(r"(.*?) ?<(.+)>", one)
        if not m or not m[1]:
            parts.append(one)
            continue
        display, addr = m.groups()
        if display.isascii():
            shown = f'"{display}"' if any(c in display for c in ",.()") else display
        else:
            shown = "=?UTF-8?B?" + base64.b64encode(display.encode()).decode() + "?="
        parts.append(f"{shown} <{addr}>")
    return ", ".join(parts)


def encode_subject(s):
    return s if s.isascii() else "=?UTF-8?Q?" + quopri.encodestring(s.encode(), header=True).decode() + "?="


def mail_headers(d, headers, raw):
    out = []
    for key, value in headers:
        plain = d.t(value)
        if key in ("From", "To", "Cc", "Reply-To"):
            plain = encode_address(plain)
        elif key == "Subject":
            plain = encode_subject(plain)
        out.append(f"{key}: {plain}")
    out += [f"{k}: {v}" for k, v in raw]
    return out


def qp(text):
    return quopri.encodestring(text.encode()).decode()


def b64(data):
    return base64.encodebytes(data).decode()


def eml_file(d, *, headers, raw_headers, body, attachments=(), boundary):
    """A multipart/mixed mail: a multipart/alternative body (quoted-printable text and HTML)
    and base64 attachments (filename, content type, lines)."""
    out = mail_headers(d, headers, raw_headers)
    lines = [d.t(line) for line in body]
    text = "\n".join(lines) + "\n"
    html_body = ("<html><body>" + "".join(f"<p>{html.escape(line, quote=False)}</p>" if line else "<br>"
                                          for line in lines) + "</body></html>\n")
    out += ["MIME-Version: 1.0", f'Content-Type: multipart/mixed; boundary="{boundary}-mix"', "",
            "This is a multi-part message in MIME format.", f"--{boundary}-mix",
            f'Content-Type: multipart/alternative; boundary="{boundary}-alt"', "", f"--{boundary}-alt",
            'Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable", "",
            qp(text), f"--{boundary}-alt", 'Content-Type: text/html; charset="utf-8"',
            "Content-Transfer-Encoding: quoted-printable", "", qp(html_body), f"--{boundary}-alt--", ""]
    for filename, ctype, attached in attachments:
        data = ("\n".join(d.t(line) for line in attached) + "\n").encode()
        out += [f"--{boundary}-mix", f'Content-Type: {ctype}; charset="utf-8"; name="{filename}"',
                "Content-Transfer-Encoding: base64", f'Content-Disposition: attachment; filename="{filename}"', "",
                b64(data)]
    out += [f"--{boundary}-mix--", ""]
    return "\n".join(out).encode()


def mbox_file(d, messages):
    """Messages: (envelope sender, envelope date, headers, raw headers, body lines); plain text, 8-bit."""
    out = []
    for sender, when, headers, raw, body in messages:
        out.append(f"From {sender} {when}")
        out += mail_headers(d, headers, raw)
        out += ["MIME-Version: 1.0", 'Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: 8bit", ""]
        for line in body:
            plain = d.t(line)
            if plain.startswith("From "):
                d.problems.append(f"mbox body line starts with 'From ': {plain!r}")
            out.append(plain)
        out.append("")
    return "\n".join(out).encode()


# --- the documents -------------------------------------------------------------

DOCUMENTS = []


def document(filename):
    def register(write):
        DOCUMENTS.append((filename, write))
        return write

    return register


# 1. Brigantia Fire and Rescue Service: community safety and occupational health

FIRE = "Brigantia Fire and Rescue Service"


@document("fire-hfsv-schedule.csv")
def fire_hfsv_schedule(d):
    return csv_file(d, [
        ["Visit ref", "Resident", "DOB", "Address", "Postcode", "Phone", "Referred by", "Risk factors", "Crew", "Visit date"],
        ["HFSV-26-0412", "<<Eileen Pickersgill>>", "[[date_of_birth:12/03/1938]]", "Flat 6, {{Percy Shaw House}}, Sowood Lane",
         "[[uk_postcode:HD9 4TJ]]", "[[phone:01632 960417]]", "Adult Social Care (<<Kiran Dhaliwal>>)",
         "((health:Home oxygen 2 litres a minute, COPD)); smokes", "Green Watch, Sowood", "04/11/2026"],
        ["HFSV-26-0413", "<<Arthur Gledhill>>", "[[date_of_birth:22/07/1941]]", "3 Tenter Croft, Ripponden",
         "[[uk_postcode:HX9 6QW]]", "[[phone:07700 900 431]]", "Son, <<Neil Gledhill>>",
         "((health:Smoker with vascular dementia)), leaves pans on", "Red Watch, Sowood", "04/11/2026"],
        ["HFSV-26-0414", "<<Tamsin Ogunleye-Ward>>", "[[date_of_birth:1969-10-05]]", "27 Clough Bottom",
         "[[uk_postcode:OL9 7XG]]", "[[phone:+447700900432]]", "Pennine Homes housing officer",
         "((health:Hoarding, clutter rating 7 of 9)); blocked rear exit", "Blue Watch, Elland", "05/11/2026"],
        ["HFSV-26-0415", "<<Bronisław Kaczmarek>>", "[[date_of_birth:2/9/1950]]", "11 {{Wainhouse}} Terrace",
         "[[uk_postcode:HX9 2LD]]", "[[phone:(0113) 496 0418]]", "District nurse",
         "((health:Bed-bound; paraffin-based emollient creams on bedding))", "Blue Watch, Elland", "05/11/2026"],
        ["HFSV-26-0416", "<<Ghulam Mustafa Rana>>", "[[date_of_birth:30/01/1947]]", "54 {{Lister Lane}}",
         "[[uk_postcode:BD9 6QT]]", "[[phone:07700900419]]", "Self",
         "((health:Profoundly deaf)) - vibrating pad alarm fitted", "White Watch, Heaton", "06/11/2026"],
        ["HFSV-26-0417", "<<Siobhán Ní Bhriain>>", "[[date_of_birth:17/11/1958]]", "Bungalow 2, Rookes Fold",
         "[[uk_postcode:WF9 4LZ]]", "[[phone:+44 7700 900420]]", "Self (online form)",
         "None - general visit", "White Watch, Heaton", "06/11/2026"],
    ])


@document("fire-hfsv-oxygen-report.docx")
def fire_oxygen_report(d):
    return docx_file(
        d, title="Home fire safety visit - home oxygen", author="<<Rhys Cadwaladr>>", editor="<<Gemma Sutcliffe>>",
        created="2026-10-19",
        header=f"{FIRE} - Community Safety - OFFICIAL-SENSITIVE",
        footer="HFSV-26-0388 | visit by FF <<Rhys Cadwaladr>> | checked by WM <<Gemma Sutcliffe>>",
        blocks=[
            ("h", "Home fire safety visit report: home oxygen user"),
            ("table", [
                ["Resident", "Mr <<Clifford Haigh-Entwistle>>"],
                ["Date of birth", "[[date_of_birth:9th February 1944]]"],
                ["Address", "8 Dyehouse Lane, Stainland, [[uk_postcode:HX9 4PE]]"],
                ["Telephone", "[[phone:01632 960 552]]"],
                ["Next of kin", "<<Lorraine Haigh>> (daughter), [[phone:07700 900552]]"],
            ]),
            ("fn", "Mr <<Haigh-Entwistle>> is ((health:on home oxygen 16 hours a day from a concentrator for COPD and heart failure)).", 1),
            ("comment", "He told us ", "he still smokes about ten a day in the back room", ", away from the concentrator.", 0),
            ("p", "Oxygen supplier {{Dolby Vivisol}} confirmed two back-up cylinders are kept in the hall cupboard."),
            ("p", "Fitted: two linked smoke alarms, a heat alarm in the kitchen, fire-retardant throw on the armchair."),
            ("p", "<<Lorraine>> visits daily and will remove ashtrays from the lounge. Revisit booked for February."),
            ("textbox", ["OXYGEN IN USE", "Premises flagged to Control for attending crews."]),
        ],
        footnotes=[(1, "Shared with the supplier under the 2024 home oxygen data sharing agreement.")],
        comments=[(0, "<<Gemma Sutcliffe>>", "GS", "Told him again not to smoke while the oxygen is on. Refer to the Safe and Well team.")],
    )


@document("fire-firesetter-referral.pdf")
def fire_firesetter(d):
    return pdf_file(d, [
        f"{FIRE} - Young Firesetter Intervention referral",
        "Referral no: YFI-2026-031        Received: 19/08/2026",
        "Young person: <<Kayden Mulrooney>>        DOB: [[date_of_birth:03.09.2012]]",
        "Address: 41 Holme Royd, Ravensholme, [[uk_postcode:HX9 5BN]]",
        "Parent/carer: <<Shelley Mulrooney>>, mobile [[phone:07700 900 583]]",
        "School: Ravensholme Academy (Year 9), contact Mr <<Idris Pugh>>, SENCo",
        "",
        "Referred by: PC <<Aaron Fitzsimmons>>, Ravensholme Neighbourhood Policing Team",
        "Reason for referral:",
        "<<Kayden>> ((criminal_offence:received a youth caution on 14/08/2026 for arson))",
        "after setting fire to two wheelie bins behind the parade on Fold Lane.",
        "No one was hurt. He told the officer he 'wanted to see how fast it would go'.",
        "",
        "Relevant background:",
        "((health:Diagnosed with ADHD in 2022, takes methylphenidate in the mornings)).",
        "Mum says he has been fascinated by lighters since the summer holidays.",
        "",
        "Intervention plan: four home sessions with Firefighter <<Priya Chandarana>>,",
        "then a visit to the Smoke House at Elland training centre with his mum.",
        "Consent given by <<Shelley Mulrooney>> by phone on 20/08/2026.",
        "",
        "Case officer: <<Priya Chandarana>>, [[email:priya.chandarana@bfrs.example.gov.uk]]",
        "Community Safety hub: [[phone:0113 496 0580]]",
    ], title="YFI referral YFI-2026-031", author="<<Priya Chandarana>>")


@document("fire-fitness-medicals.xlsx")
def fire_fitness(d):
    return xlsx_file(
        d, title="Operational fitness and medicals 2026", author="<<Annika Strand>>", editor="<<Annika Strand>>",
        created="2026-10-30",
        sheets=[
            ("Fitness tests", [
                ["Service no", "Surname", "Forename", "Station", "DOB", "Test", "VO2 (ml/kg/min)", "Result", "Retest"],
                ["FF10217", "<<HOLROYD>>", "<<Craig>>", "Sowood", Day("1984-05-16", dob=True), "Chester step", Num(44.1), "Pass", ""],
                ["FF10488", "<<WIŚNIEWSKA>>", "<<Aleksandra>>", "Elland", Day("1993-12-02", dob=True), "Chester step", Num(46.8), "Pass", ""],
                ["FF10563", "<<BAKARE>>", "<<Tunde>>", "Heaton", Day("1979-08-27", dob=True), "Treadmill", Num(39.2),
                 "((health:Fail - breathless, referred to OH for asthma review))", Day("2027-01-11")],
                ["FF10602", "<<MARSDEN-FLYNN>>", "<<Jodie>>", "Sowood", Day("1990-03-09", dob=True), "Chester step", Num(42.7), "Pass", ""],
                ["FF10655", "<<Ó SÚILLEABHÁIN>>", "<<Cathal>>", "Elland", Day("1987-06-21", dob=True), "Chester step", Num(41.0),
                 "((health:Deferred - post knee arthroscopy))", Day("2026-12-07")],
            ]),
            ("Medicals", [
                ["Name", "Medical date", "Outcome", "Restrictions or notes", "Examined by"],
                ["<<Craig Holroyd>>", Day("2026-09-14"), "Fit", "None", "Dr <<Yvette Carrodus>>"],
                ["<<Aleksandra Wiśniewska>>", Day("2026-09-14"), "Fit",
                 "((genetic:Carries the HFE C282Y variant, homozygous)); ((health:haemochromatosis, venesection every three months))",
                 "Dr <<Yvette Carrodus>>"],
                ["<<Tunde Bakare>>", Day("2026-10-02"), "Temporarily unfit",
                 "((health:Asthma - fit with preventer inhaler once reviewed; no BA wear until then))", "Dr <<Yvette Carrodus>>"],
                ["<<Jodie Marsden-Flynn>>", Day("2026-10-02"), "Fit", "Audiometry normal", "Dr <<Yvette Carrodus>>"],
                ["<<Cathal Ó Súilleabháin>>", Day("2026-10-16"), "Modified duties",
                 "((health:Light duties six weeks after right knee arthroscopy))", "Dr <<Yvette Carrodus>>"],
            ]),
        ],
    )


@document("fire-fbu-subscriptions.tsv")
def fire_fbu(d):
    rows = [
        ["Payroll no", "Employee", "Station", "Role", "Deduction", "Amount", "Period"],
        ["P20417", "<<Nathaniel Okafor>>", "Heaton", "Firefighter", "((trade_union:FBU subscription))", "16.40", "Nov-26"],
        ["P20533", "<<Bethan Prys-Jones>>", "Elland", "Crew Manager", "((trade_union:FBU subscription))", "16.40", "Nov-26"],
        ["P20561", "<<McCLOSKEY, Kieran>>", "Sowood", "Watch Manager", "((trade_union:FBU subscription))", "16.40", "Nov-26"],
        ["P20598", "<<Harpreet Sahota>>", "Control", "Control Operator", "((trade_union:FBU subscription - Control rate))", "12.10", "Nov-26"],
        ["P20644", "<<Ibbotson D.>>", "Heaton", "Firefighter (on-call)", "((trade_union:FBU retained rate))", "8.20", "Nov-26"],
        ["P20671", "<<Joanne Whiteley>>", "Elland", "Firefighter", "((trade_union:FBU subscription)); stopped 31/10", "0.00", "Nov-26"],
        ["", "Brigade secretary: <<Marc Venables>>", "", "", "", "", ""],
    ]
    return csv_file(d, rows, delimiter="\t")


@document("fire-arson-referral.eml")
def fire_arson(d):
    return eml_file(
        d,
        headers=[
            ("From", "<<Stuart Lumb>> <[[email:stuart.lumb@bfrs.example.gov.uk]]>"),
            ("To", "Ravensholme CID <[[email:cid.ravensholme@police.example.gov.uk]]>"),
            ("Cc", "Arson Reduction Team <[[email:arson.reduction@bfrs.example.gov.uk]]>, <<Gemma Sutcliffe>> <[[email:gemma.sutcliffe@bfrs.example.gov.uk]]>"),
            ("Subject", "Arson referral - garage fire, 27 Birkby Road (incident 2611-0457)"),
            ("Date", "Tue, 03 Nov 2026 08:47:12 +0000"),
        ],
        raw_headers=[("Message-ID", "<fi-2611-0457.1@bfrs.example.gov.uk>")],
        boundary="=_bfrs_2611_0457",
        body=[
            "Good morning,",
            "",
            "Fire investigation found the fire at the detached garage of 27 Birkby Road, [[uk_postcode:HX9 8TA]],",
            "on 02/11/2026 at 23:40 was set deliberately: two seats of fire and a fuel can by the side door.",
            "",
            "The occupier, <<Marcia Thewlis>> ([[phone:07700 900 611]]), told crews that her ex-partner",
            "<<Jason Pell>> had threatened last week to 'burn her out'. Neighbour <<Hamid Karimi>> saw a man",
            "in a grey hoodie leave on foot just before the alarm.",
            "",
            "Your officers told us at the scene that Mr <<Pell>>",
            "((criminal_offence:was arrested at 01:15 on suspicion of arson with intent to endanger life)).",
            "Our scene photographs and the incident log are attached.",
            "",
            "Regards,",
            "<<Stuart Lumb>>",
            "Fire Investigation Officer, Brigantia FRS",
            "Direct line [[phone:+44 113 496 0612]]",
        ],
        attachments=[("incident-2611-0457.csv", "text/csv", [
            "time,event,appliance,officer",
            "23:43,Call received from <<Hamid Karimi>> ([[phone:07700900613]]),Control,<<Harpreet Sahota>>",
            "23:51,In attendance,Heaton P1,WM <<Kieran McCloskey>>",
            "00:20,Fire out; two seats of fire noted,Heaton P1,WM <<Kieran McCloskey>>",
            "01:15,Police confirm arrest of named suspect,,",
        ])],
    )


@document("fire-oh-case-notes.md")
def fire_oh_notes(d):
    return text_file(d, [
        "# Occupational Health - case notes, October 2026",
        "",
        "Brigantia FRS, OH unit, Training Centre, Elland. Confidential: OH staff only.",
        "",
        "## <<Jodie Marsden-Flynn>> (FF, Sowood), 06/10",
        "",
        "- Seen after the Stainland Road fatal fire. ((health:Nightmares, flashbacks and poor sleep for five weeks; PCL-5 score 41)).",
        "- ((health:Referred for trauma-focused CBT and EMDR)) through {{The Fire Fighters Charity}}.",
        "- Accompanied by her ((trade_union:FBU rep)), <<Marc Venables>>, at her request.",
        "- Plan: off the run four weeks, then phased return on day shifts.",
        "",
        "## <<Tunde Bakare>> (FF, Heaton), 13/10",
        "",
        "- Audiometry: ((health:mild noise-induced hearing loss in both ears)), category H2.",
        "- Asthma review booked with his GP; fitness retest 11/01/2027.",
        "",
        "## <<Cathal Ó Súilleabháin>> (FF, Elland), 20/10",
        "",
        "- Knee recovering well. <<Cathal>> asked about returning to the rugby team at {{Jubilee Road}}; advised to wait.",
        "",
        "| Seen by | Contact |",
        "|---|---|",
        "| <<Nadia Qureshi-Barnes>>, OH nurse adviser | [[email:oh.unit@bfrs.example.gov.uk]], [[phone:0113 4960 620]] |",
    ])


@document("fire-hoarding-panel.odt")
def fire_hoarding(d):
    return odt_file(
        d, title="Hoarding and self-neglect panel - minutes", author="<<Shirin Mahdavi>>", editor="<<Shirin Mahdavi>>",
        created="2026-10-22",
        blocks=[
            ("h", "Multi-agency hoarding and self-neglect panel, 22 October 2026"),
            ("p", "Venue: the {{Elsie Whiteley Room}}, Ravensholme Town Hall. Chair: <<Shirin Mahdavi>> (Adult Social Care)."),
            ("table", [
                ["Attendee", "Agency"],
                ["<<Shirin Mahdavi>>", "Adult Social Care"],
                ["<<Stuart Lumb>>", "Brigantia FRS, Community Safety"],
                ["<<Lynette Crabtree>>", "Pennine Homes"],
                ["<<Olusegun Adeyemi-Price>>", "Community Mental Health Team"],
            ]),
            ("h", "Case 1: <<Tamsin Ogunleye-Ward>>, 27 Clough Bottom"),
            ("p", Note("((health:Clutter image rating 7 in the living room and 8 in the back bedroom; hoarding disorder diagnosed by the CMHT)).",
                       "<<Stuart Lumb>>", "Rear exit still blocked on our revisit of 20/10; sprinkler pod offered.")),
            ("p", "Mrs <<Ogunleye-Ward>> ((religious_belief:is a Jehovah's Witness and asked that two elders from her congregation help with the clear-out))."),
            ("p", "Action: <<Lynette Crabtree>> to agree a two-room target with her by 19 November."),
            ("h", "Case 2: <<Gordon Sykes>>, 9 Mill Fold"),
            ("p", "((health:Self-neglect: not taking his insulin, weight loss, urine-soaked bedding)); he says he is managing."),
            ("p", "<<Olusegun Adeyemi-Price>> will ask the diabetes nurse to visit with him. Next panel 26 November."),
        ],
    )


# 2. Larkspur Recruitment: candidates, checks and temps

RECRUIT = "Larkspur Recruitment Ltd"


@document("recruit-candidate-cv.docx")
def recruit_cv(d):
    return docx_file(
        d, title="CV", author="<<Inês Carvalho Ribeiro>>", editor="<<Tobias Wren>>", created="2026-09-08",
        header="Curriculum vitae - <<Inês Carvalho Ribeiro>>",
        footer=f"Submitted by {RECRUIT}, consultant <<Tobias Wren>>, [[phone:0113 496 0702]]",
        blocks=[
            ("h", "<<Inês Carvalho Ribeiro>> ACCA (part-qualified)"),
            ("p", "[[email:ines.cribeiro@example.com]] | [[phone:07700 900 714]] | Batley, [[uk_postcode:WF9 1RS]]"),
            ("p", "Date of birth: [[date_of_birth:23 Oct 1991]] | Driving licence: [[uk_driving_licence:CARVA960231IC9XK]]"),
            ("fn", "Languages: Portuguese and English, both fluent; conversational Spanish.", 1),
            ("h", "Experience"),
            ("table", [
                ["2022 - now", "Finance assistant, {{Ackroyd & Lister}} Solicitors, Dewsbury: purchase ledger, month-end accruals"],
                ["2019 - 2022", "Accounts clerk, {{Sainsbury's}} distribution centre, Normanton"],
            ]),
            ("comment", "", "Volunteer treasurer", ", ((political_opinion:Kirklees Green Party, Batley and Spen branch, 2021 to 2024)).", 0),
            ("h", "References"),
            ("p", "<<Graham Tolson>>, practice manager, {{Ackroyd & Lister}}; Dr <<Farida Haque>>, ACCA tutor, Kirklees College."),
            ("textbox", ["Available from 1 December 2026", "Full UK driving licence, own car"]),
        ],
        footnotes=[(1, "Portuguese national with settled status; right to work seen by <<Tobias Wren>> on 08/09/2026.")],
        comments=[(0, "<<Tobias Wren>>", "TW", "Take the party role off before this goes to the client - not relevant to the job.")],
    )


@document("recruit-right-to-work.xlsx")
def recruit_rtw(d):
    return xlsx_file(
        d, title="Right to work checks Q4", author="<<Ágnes Farkas>>", editor="<<Tobias Wren>>", created="2026-10-05",
        sheets=[
            ("RTW checks", [
                ["Candidate", "DOB", "Nationality", "Document", "Document no", "Expiry", "Method", "Result", "Checked by"],
                ["<<ZIELIŃSKA, Weronika>>", Day("1995-04-18", dob=True), "Polish", "Share code", "S7H 4Q2 ZRK",
                 Day("2029-03-01"), "Home Office online", "Settled status", "<<Ágnes Farkas>>"],
                ["<<Leon Barraclough>>", Day("1986-11-30", dob=True), "British", "UK passport", "[[uk_passport:548120937]]",
                 Day("2031-06-14"), "IDVT ({{Yoti}})", "((biometric:Facial biometric match of selfie to passport chip photo: pass))",
                 "<<Tobias Wren>>"],
                ["<<Amara Nwosu>>", Day("1999-07-07", dob=True), "British", "UK passport", "[[uk_passport:119384756]]",
                 Day("2033-02-20"), "IDVT ({{Yoti}})", "((biometric:Face match score 0.97 against passport photo))", "<<Tobias Wren>>"],
                ["<<Rhiannon Pryce>>", Day("1996-05-07", dob=True), "British", "Birth certificate + NINO letter", "",
                 "", "Manual", "Accepted", "<<Ágnes Farkas>>"],
                ["<<Inês Carvalho Ribeiro>>", Day("1991-10-23", dob=True), "Portuguese", "Share code", "R2N 8K3 YTF",
                 Day("2030-09-08"), "Home Office online", "Settled status", "<<Tobias Wren>>"],
            ]),
            ("Follow-ups", [
                ["Candidate", "Action", "Due"],
                ["<<Weronika Zielińska>>", "None: settled status has no expiry", ""],
                ["<<Mehmet Arslan>>", "Time-limited leave: recheck before expiry", Day("2027-03-15")],
            ]),
        ],
    )


@document("recruit-dbs-disclosures.csv")
def recruit_dbs(d):
    return csv_file(d, [
        ["Candidate", "Role applied for", "Level", "Certificate no", "Issued", "Result", "Decision by client"],
        ["<<Leon Barraclough>>", "Support worker, {{Whitworth & Crabtree}} Care", "Enhanced + barred lists", "001784529364", "12/10/2026",
         "((criminal_offence:Caution 2020 - possession of cannabis))", "Accepted after risk assessment"],
        ["<<Amara Nwosu>>", "Teaching assistant (supply)", "Enhanced", "001784530118", "14/10/2026", "Clear", "Placed"],
        ["<<Kenneth Loughlin>>", "Warehouse operative", "Basic", "001784530762", "15/10/2026",
         "((criminal_offence:Conviction 2017 - theft from employer - fine of 300 pounds, spent))", "Not progressed by client"],
        ["<<Ewa Domańska>>", "Care assistant (nights)", "Enhanced", "", "", "Pending - not yet issued", ""],
        ["<<Patrice Mbala>>", "Driver, school transport", "Enhanced + barred lists", "001784531409", "20/10/2026",
         "No trace on barred lists; ((criminal_offence:conviction 2011 for driving with excess alcohol, 18-month ban))",
         "Client to decide"],
    ])


@document("recruit-adjustments.eml")
def recruit_adjustments(d):
    return eml_file(
        d,
        headers=[
            ("From", "<<Rhiannon Pryce>> <[[email:rhiannon.pryce@example.net]]>"),
            ("To", "<<Ágnes Farkas>> <[[email:agnes.farkas@larkspur.example.co.uk]]>"),
            ("Subject", "Assessment day on Thursday – adjustments"),
            ("Date", "Mon, 12 Oct 2026 19:02:44 +0100"),
        ],
        raw_headers=[("Message-ID", "<CAF7c2.91@mail.example.net>")],
        boundary="=_larkspur_adj_1012",
        body=[
            "Hi <<Ágnes>>,",
            "",
            "Thanks for putting me forward for the payroll role. Before Thursday: I have",
            "((health:dyslexia and I wear a hearing aid in my left ear)), so could I have the",
            "assessment questions in writing and about 25% extra time? A seat near the front",
            "of the room would help me lip-read the panel.",
            "",
            "I've filled in your adjustments form (attached).",
            "",
            "Many thanks,",
            "<<Rhiannon>>",
            "[[phone:+44 (0)7700 900728]]",
        ],
        attachments=[("adjustments-form.txt", "text/plain", [
            "LARKSPUR RECRUITMENT - REASONABLE ADJUSTMENTS",
            "Candidate: <<Rhiannon Pryce>>",
            "Date of birth: [[date_of_birth:7 May 1996]]",
            "Condition(s): ((health:Dyslexia (assessed 2014); moderate hearing loss, left ear))",
            "Adjustments asked for: written questions, 25% extra time, front seat, no timed spelling test",
            "Agreed by: <<Ágnes Farkas>>, 13/10/2026",
        ])],
    )


@document("recruit-eo-monitoring.ods")
def recruit_eo(d):
    return ods_file(
        d, title="Equal opportunities monitoring - linked export", author="<<Ágnes Farkas>>", editor="<<Ágnes Farkas>>",
        created="2026-10-28",
        sheets=[
            ("EO returns", [
                ["Candidate", "Received", "Age band", "Ethnic group", "Religion or belief", "Sexual orientation", "Disability"],
                ["<<Amara Nwosu>>", Day("2026-10-03"), "25-29", "((racial_ethnic_origin:Black or Black British - African))",
                 "((religious_belief:Christian - Pentecostal))", "((sex_life_orientation:Heterosexual))", "No"],
                [Note("<<Mehmet Arslan>>", "<<Ágnes Farkas>>", "Asked that his answers are not passed to the client."),
                 Day("2026-10-05"), "30-34", "((racial_ethnic_origin:Other ethnic group - Kurdish))",
                 "((religious_belief:Alevi))", "((sex_life_orientation:Gay man))", "No"],
                ["<<Leon Barraclough>>", Day("2026-10-06"), "40-44", "((racial_ethnic_origin:White - English))",
                 "No religion", "Prefer not to say", "((health:Yes - Crohn's disease))"],
                ["<<Ewa Domańska>>", Day("2026-10-09"), "35-39", "((racial_ethnic_origin:White - Polish))",
                 "((religious_belief:Roman Catholic))", "((sex_life_orientation:Bisexual))", "No"],
                ["<<Kenneth Loughlin>>", Day("2026-10-11"), "55-59", "Prefer not to say", "Prefer not to say",
                 "Prefer not to say", "Prefer not to say"],
            ]),
            ("Totals", [
                ["Returns", Num(5)],
                ["Declined every question", Num(1)],
            ]),
        ],
    )


@document("recruit-timesheets.xlsx")
def recruit_timesheets(d):
    d.t("[[=uk_bank_account:204577:41209386]] [[=uk_bank_account:309634:03918274]] [[=uk_bank_account:560029:27730154]]")
    return xlsx_file(
        d, title="Temps timesheets and pay w/e 01/11/2026", author="<<Dominic Astbury>>", editor="<<Dominic Astbury>>",
        created="2026-11-02",
        sheets=[
            ("Timesheets", [
                ["Temp", "Client", "Mon", "Tue", "Wed", "Thu", "Fri", "Hours", "Notes"],
                ["<<Weronika Zielińska>>", "{{Whitworth & Crabtree}} Care", Num(8), Num(8), Num(8), Num(8), Num(6), Num(38), ""],
                ["<<Patrice Mbala>>", "Kirklees school transport", Num(5), Num(0), Num(0), Num(5), Num(5), Num(15),
                 "((health:Sick Tue-Wed - migraine)), self-certified"],
                ["<<Amara Nwosu>>", "Heckmondwike Primary", Num(6.5), Num(6.5), Num(6.5), Num(6.5), Num(6.5), Num(32.5), ""],
            ]),
            ("Pay details", [
                ["Temp", "NI number", "DOB", "Sort code", "Account no", "Rate", "Gross"],
                ["<<Weronika Zielińska>>", "[[uk_nino:QQ 12 34 56 A]]", Day("1995-04-18", dob=True), "20-45-77", Num(41209386), Num(12.6), Num(478.8)],
                ["<<Patrice Mbala>>", "[[uk_nino:QQ403817B]]", Day("1978-02-25", dob=True), "30-96-34", "03918274", Num(14.1), Num(211.5)],
                ["<<Amara Nwosu>>", "[[uk_nino:QQ 55 20 91 D]]", Day("1999-07-07", dob=True), "56-00-29", "27730154", Num(13.25), Num(430.63)],
            ]),
            ("Rates", [
                ["Client", "Charge rate", "Pay rate"],
                ["{{Whitworth & Crabtree}} Care", Num(17.4), Num(12.6)],
                ["Heckmondwike Primary", Num(18.2), Num(13.25)],
            ]),
        ],
    )


@document("recruit-candidates.jsonl")
def recruit_candidates(d):
    return jsonl_file(d, [
        {"candidateId": "C-20931", "fullName": "<<Yasir Abdelrahman>>", "email": "[[email:yasir.a@example.com]]",
         "mobile": "[[phone:07700900741]]", "dateOfBirth": "[[date_of_birth:1988-02-14]]",
         "notes": "Forklift counterbalance licence. ((religious_belief:Attends Friday prayers at the mosque - no shifts 12:30-14:00 on Fridays)).",
         "consultant": "<<Tobias Wren>>", "lastLoginIp": "[[ip_address:198.51.100.23]]"},
        {"candidateId": "C-20944", "fullName": "<<Niamh Costigan>>", "email": "[[email:niamhcostigan@example.org]]",
         "mobile": "[[phone:+447700900742]]", "dateOfBirth": "[[date_of_birth:1992-08-30]]",
         "notes": "((health:Wheelchair user - needs a step-free site and an accessible toilet)). Excellent Sage 50 skills.",
         "consultant": "<<Ágnes Farkas>>", "lastLoginIp": "[[ip_address:198.51.100.24]]"},
        {"candidateId": "C-20950", "fullName": "<<Dmitri Volkov>>", "email": "[[email:d.volkov@example.net]]",
         "mobile": "[[phone:07700 900743]]", "dateOfBirth": "[[date_of_birth:1975-12-01]]",
         "notes": "Night shifts only. Vegetarian - bring own food on site.", "consultant": "<<Tobias Wren>>",
         "lastLoginIp": "[[ip_address:2001:db8:7c1::4]]"},
    ])


@document("recruit-consultants.mbox")
def recruit_mbox(d):
    tobias = "<<Tobias Wren>> <[[email:tobias.wren@larkspur.example.co.uk]]>"
    dominic = "<<Dominic Astbury>> <[[email:dominic.astbury@larkspur.example.co.uk]]>"
    pauline = "<<Pauline Egerton>> <[[email:p.egerton@whitworthcrabtree.example.co.uk]]>"
    return mbox_file(d, [
        ("tobias.wren@larkspur.example.co.uk", "Wed Oct 14 09:12:03 2026",
         [("From", tobias), ("To", dominic), ("Subject", "<<Leon B>> - DBS back"), ("Date", "Wed, 14 Oct 2026 09:12:03 +0100")],
         [("Message-ID", "<lr-2026-1014-01@larkspur.example.co.uk>")],
         ["<<Dominic>>,",
          "",
          "<<Leon Barraclough>>'s enhanced DBS came back this morning showing",
          "((criminal_offence:a 2020 police caution for possession of cannabis)). He told me about it at",
          "registration, so no surprise. Do we send it to {{Whitworth & Crabtree}} as it is?",
          "",
          "<<Tobias>>"]),
        ("dominic.astbury@larkspur.example.co.uk", "Wed Oct 14 10:40:51 2026",
         [("From", dominic), ("To", tobias), ("Cc", pauline), ("Subject", "Re: <<Leon B>> - DBS back"),
          ("Date", "Wed, 14 Oct 2026 10:40:51 +0100")],
         [("Message-ID", "<lr-2026-1014-02@larkspur.example.co.uk>"),
          ("In-Reply-To", "<lr-2026-1014-01@larkspur.example.co.uk>")],
         ["Copying in <<Pauline>> at the client. <<Pauline>>, it's a single caution, six years old;",
          "our risk assessment is attached in the portal. Happy to talk it through.",
          "",
          "<<Dominic Astbury>>, Branch Manager, [[phone:0113 496 0700]]",
          "",
          "> <<Leon Barraclough>>'s enhanced DBS came back this morning showing",
          "> a 2020 police caution for possession of cannabis."]),
        ("p.egerton@whitworthcrabtree.example.co.uk", "Thu Oct 15 08:05:30 2026",
         [("From", pauline), ("To", dominic), ("Subject", "Re: <<Leon B>> - DBS back"), ("Date", "Thu, 15 Oct 2026 08:05:30 +0100")],
         [("Message-ID", "<wc-7781@whitworthcrabtree.example.co.uk>"),
          ("In-Reply-To", "<lr-2026-1014-02@larkspur.example.co.uk>")],
         ["Thanks both. Our registered manager is fine with it; <<Leon>> can start on 26 October.",
          "",
          "<<Pauline Egerton>>",
          "HR Adviser, {{Whitworth & Crabtree}} Care Homes",
          "",
          "> Copying in <<Pauline>> at the client."]),
    ])


# 3. Trent Valley Gender Identity Clinic (NHS)

GIC = "Trent Valley Gender Identity Clinic"


@document("gic-referrals.csv")
def gic_referrals(d):
    return csv_file(d, [
        ["Referral ID", "Received", "Patient (legal name)", "Known as", "DOB", "NHS number", "GP practice", "Reason", "Co-occurring"],
        ["TVG-2291", "02/02/2024", "<<Łucja Marchewka>>", "<<Łucja>>", "[[date_of_birth:19/06/1998]]", "[[nhs_number:9994169521]]",
         "{{Beaumont Street}} Surgery", "((health:Gender incongruence - assessment for hormone therapy))", "((health:Depression; self-harm history))"],
        ["TVG-3107", "15/07/2026", "<<Elliot Varga>>", "<<Elliot>>", "[[date_of_birth:2004-03-11]]", "[[nhs_number:999 527 0633]]",
         "Kirkgate Medical Practice", "((health:Gender dysphoria, seen by CAMHS until 18))", "((health:Autism; generalised anxiety))"],
        ["TVG-3115", "22/07/2026", "<<Morgan Tiernan>>", "<<Mo>>", "[[date_of_birth:5/6/1987]]", "[[nhs_number:9996381749]]",
         "Riverside Health Centre", "((health:Non-binary; requesting assessment for chest surgery))", "None recorded"],
        ["TVG-3128", "03/08/2026", "<<Jamie Lindqvist>>", "<<Jamie>>", "[[date_of_birth:11.04.2001]]", "[[nhs_number:9993058416]]",
         "Dr <<Okwuosa>> and partners", "((health:Gender incongruence - trans man, wishes to start testosterone))", "None recorded"],
        ["TVG-3140", "19/08/2026", "<<Harriet Coldwell>>", "<<Harry>>", "[[date_of_birth:14-Mar-1968]]", "[[nhs_number:999 749 2854]]",
         "{{Beaumont Street}} Surgery", "((health:Gender incongruence))", "((health:Type 2 diabetes; hypertension))"],
    ])


@document("gic-waiting-list.ods")
def gic_waiting(d):
    return ods_file(
        d, title="GIC waiting list - November 2026", author="<<Bernadette Oyelaran>>", editor="<<Bernadette Oyelaran>>",
        created="2026-11-01",
        sheets=[
            ("Waiting list", [
                ["Position", "Patient", "NHS number", "DOB", "Referred", "Weeks waiting", "Ethnicity (NHS code)", "Notes"],
                [Num(412), "<<Marchewka, Łucja>>", "[[nhs_number:999 416 9521]]", Day("1998-06-19", dob=True), Day("2024-02-02"), Num(143),
                 "((racial_ethnic_origin:C - White, any other White background))",
                 "((health:Bridging oestrogen prescribed by GP since 2025))"],
                [Num(1160), "<<Varga, Elliot>>", "[[nhs_number:9995270633]]", Day("2004-03-11", dob=True), Day("2026-07-15"), Num(16),
                 "((racial_ethnic_origin:A - White British))", ""],
                [Num(1172), Note("<<Tiernan, Morgan>>", "<<Bernadette Oyelaran>>", "Uses they/them. Letters to 'Mx'."),
                 "[[nhs_number:9996381749]]", Day("1987-06-05", dob=True), Day("2026-07-22"), Num(15),
                 "((racial_ethnic_origin:M - Mixed White and Black Caribbean))", ""],
                [Num(1190), "<<Coldwell, Harriet>>", "[[nhs_number:9997492854]]", Day("1968-03-14", dob=True), Day("2026-08-19"), Num(11),
                 "Z - Not stated", "((health:Asked for the diabetes team to be copied in))"],
            ]),
            ("Discharged", [
                ["Patient", "NHS number", "Date", "Reason"],
                ["<<Rowan Pettifer>>", "[[nhs_number:9998503965]]", Day("2026-10-09"), "((health:Care transferred to another gender clinic)): {{Charing Cross}} GIC, on moving to London"],
                ["<<Saffron Ellery>>", "[[nhs_number:9999614078]]", Day("2026-10-21"), "Did not attend three appointments; GP told"],
            ]),
        ],
    )


@document("gic-first-assessment.docx")
def gic_first_assessment(d):
    return docx_file(
        d, title="First assessment letter TVG-3128", author="<<Nkechi Ude>>", editor="<<Hester Ramsbottom>>", created="2026-10-14",
        header=f"{GIC}, Mandale House, Kirkholme | [[phone:0115 496 0841]] | Confidential",
        footer="Typed by <<Nkechi Ude>>, medical secretary, 14/10/2026",
        blocks=[
            ("p", "Dr <<Okwuosa>>, Kirkgate Medical Practice"),
            ("p", "Re: <<Jamie Lindqvist>>, DOB [[date_of_birth:11/04/2001]], NHS No [[nhs_number:999 305 8416]]"),
            ("p", "Dear Dr <<Okwuosa>>,"),
            ("fn", "I saw <<Jamie>> on 13 October 2026 for his first assessment.", 1),
            ("p", "((health:He describes persistent gender incongruence since early childhood, a social transition at 19, and marked distress at menstruation)). "
                  "Mood is good. He lives in Beeston with ((sex_life_orientation:his boyfriend)), <<Theo Marchetti>>, who came to the appointment."),
            ("comment", "Plan: ", "((health:we agreed to start testosterone once baseline bloods and a second opinion are done))", ".", 0),
            ("p", "Please arrange full blood count, liver function, lipids and HbA1c before his next appointment in January."),
            ("p", "Yours sincerely,"),
            ("p", "Dr <<Hester Ramsbottom>>, Consultant Psychiatrist in Gender Medicine"),
            ("textbox", ["cc: patient", "cc: <<Theo Marchetti>> (only with <<Jamie>>'s consent)"]),
        ],
        footnotes=[(1, "Pronouns he/him. Name changed by deed poll in 2024; new NHS number issued on re-registration.")],
        comments=[(0, "<<Hester Ramsbottom>>", "HR", "Second opinion with Dr <<Ikenna Obi>> booked for 2 December.")],
    )


@document("gic-hormone-bloods.pdf")
def gic_bloods(d):
    return pdf_file(d, [
        f"{GIC} - hormone monitoring",
        "Patient: <<Ruby Achterberg>>     DOB: [[date_of_birth:30 Jan 1994]]     NHS no: [[nhs_number:9990725187]]",
        "Address: 6 Sandhill Mews, Kirkholme [[uk_postcode:NG9 3QU]]     Tel: [[phone:0115 496 0877]]",
        "",
        "Current regimen: ((health:estradiol gel 3 pumps daily; cyproterone acetate stopped March 2025))",
        "Sample: LAB26-118392, taken 28/10/2026 at 09:10 (about 12 hours after gel)",
        "",
        "Test                      Result          Target",
        "Oestradiol                412 pmol/L      400 - 600",
        "Testosterone              0.9 nmol/L      below 2.0",
        "Prolactin                 310 mIU/L       below 500",
        "ALT                       22 U/L          below 33",
        "Potassium                 4.4 mmol/L      3.5 - 5.3",
        "",
        "Comment: ((health:levels within target on the current dose; no change to prescribing)).",
        "Next bloods in six months; shared-care letter to Dr <<Amrit Gill>> follows.",
        "",
        "Reviewed by: Dr <<Ikenna Obi>>, Specialty Doctor, 30/10/2026",
        "Pharmacy queries: [[email:tvgic.pharmacy@tvgic.example.nhs.uk]]",
    ], title="Hormone monitoring", author="<<Ikenna Obi>>")


@document("gic-deed-poll.rtf")
def gic_deed_poll(d):
    return rtf_file(
        d, title="Change of name deed", author="<<Aurora Kenning>>",
        paragraphs=[
            "CHANGE OF NAME DEED",
            "This deed of change of name is made by me, <<Aurora Kenning>>, of 5 Priory Walk, Kirkholme [[uk_postcode:NG9 6HZ]], formerly known as <<Robert James Kenning>>.",
            "I absolutely renounce and abandon the use of my former name of <<Robert James Kenning>> and assume, adopt and determine to take and use from the date hereof the name of <<Aurora Kenning>>.",
            "I shall at all times hereafter in all records, deeds, documents and other writings sign, use and describe myself by the name of <<Aurora Kenning>>.",
            "I authorise and require all persons at all times to designate, describe and address me by the adopted name of <<Aurora Kenning>>.",
            "Signed as a deed on 1 September 2026 by <<Aurora Kenning>>, formerly <<Robert James Kenning>>, date of birth [[date_of_birth:24 August 1985]].",
            "In the presence of: <<Dorothy Pask>>, 12 Priory Walk, Kirkholme, retired teacher.",
            "And of: <<Adebola Fashola>>, 3 Ferry Lane, Kirkholme, pharmacist.",
        ],
        footnote="An unenrolled deed; it need not be enrolled at the Royal Courts of Justice to be relied on.",
    )


@document("gic-shared-care.odt")
def gic_shared_care(d):
    return odt_file(
        d, title="Shared care - testosterone", author="<<Lowri Bevan>>", editor="<<Ikenna Obi>>", created="2026-10-26",
        blocks=[
            ("h", "Shared care agreement: gender-affirming hormone therapy"),
            ("p", "To: Dr <<Amrit Gill>>, {{Bishop's Park}} Medical Centre. From: " + GIC + "."),
            ("p", "Patient: <<Kofi Mensah-Darko>>, date of birth [[date_of_birth:1990-09-17]], NHS number [[nhs_number:9991836292]]."),
            ("p", Note("Treatment: ((health:testosterone undecanoate 1000 mg by deep IM injection every 12 weeks, first given 02/10/2026)).",
                       "<<Lowri Bevan>>", "Please check the practice nurse can give the injection: 4 ml, slowly.")),
            ("p", "<<Kofi>> lives with ((sex_life_orientation:his husband)), <<Pieter Janssens>>, who can collect prescriptions."),
            ("table", [
                ["Monitoring", "When", "By"],
                ["Haematocrit, LFTs, lipids", "Before every 3rd injection", "GP"],
                ["Testosterone trough level", "At 6 and 12 months", "GP, results to clinic"],
                ["Clinic review", "Yearly", "Dr <<Ikenna Obi>>"],
            ]),
            ("p", "Please sign and return to [[email:tvgic.sharedcare@tvgic.example.nhs.uk]] or fax-free on [[phone:+44 115 496 0843]]."),
        ],
    )


@document("gic-patient-mail.eml")
def gic_patient_mail(d):
    return eml_file(
        d,
        headers=[
            ("From", "<<Łucja Marchewka>> <[[email:lucja.m@example.com]]>"),
            ("To", "GIC Admin <[[email:tvgic.admin@tvgic.example.nhs.uk]]>"),
            ("Subject", "Waiting list - any news? (TVG-2291)"),
            ("Date", "Sun, 01 Nov 2026 22:14:09 +0000"),
        ],
        raw_headers=[("Message-ID", "<a91f.lucja@mail.example.com>")],
        boundary="=_lucja_2291",
        body=[
            "Hi <<Bernadette>>,",
            "",
            "I'm sorry to chase again. I've been on your list for 143 weeks now (referral TVG-2291).",
            "((health:My GP has started me on sertraline because I've been self-harming again)) and",
            "she said a letter from her might help. It's attached.",
            "",
            "((sex_life_orientation:My girlfriend)) <<Kasia>> says I should ask if there's a cancellation list.",
            "I can come at short notice; my mobile is [[phone:07700 900 865]].",
            "",
            "Thank you,",
            "<<Łucja>>",
        ],
        attachments=[("gp-letter.txt", "text/plain", [
            "{{Bishop's Park}} Medical Centre",
            "To whom it may concern",
            "Re: <<Łucja Marchewka>>, DOB [[date_of_birth:19.06.1998]], NHS [[nhs_number:999 416 9521]]",
            "Ms <<Marchewka>> ((health:has a recurrence of low mood and self-harm linked to the wait for gender care)).",
            "I would be grateful if her appointment could be expedited.",
            "Dr <<Amrit Gill>>, GP",
        ])],
    )


@document("gic-mdt.json")
def gic_mdt(d):
    return json_file(d, {
        "meeting": "GIC multidisciplinary team, 29 October 2026",
        "chair": "Dr <<Hester Ramsbottom>>",
        "cases": [
            {"patientName": "<<Morgan Tiernan>>", "nhsNumber": "[[nhs_number:9996381749]]",
             "dateOfBirth": "[[date_of_birth:1987-06-05]]",
             "outcome": "((health:Refer for chest reconstruction surgery; BMI 27, non-smoker))",
             "clinician": "Dr <<Ikenna Obi>>"},
            {"patientName": "<<Harriet Coldwell>>", "nhsNumber": "[[nhs_number:9997492854]]",
             "dateOfBirth": "[[date_of_birth:1968-03-14]]",
             "outcome": "((genetic:Karyotype 47,XXY confirmed by the regional genetics lab)); ((health:Klinefelter syndrome to be noted before oestrogen))",
             "clinician": "Dr <<Hester Ramsbottom>>"},
            {"patientName": "<<Elliot Varga>>", "nhsNumber": "[[nhs_number:9995270633]]",
             "dateOfBirth": "[[date_of_birth:2004-03-11]]",
             "outcome": "((health:Fertility preservation discussed - referred for egg freezing before testosterone))",
             "clinician": "<<Lowri Bevan>>, clinical nurse specialist"},
        ],
    })


# 4. Kirkholme Register Office

REGISTER = "Kirkholme Register Office"


@document("reg-death-registrations.csv")
def reg_deaths(d):
    return csv_file(d, [
        ["Entry", "Registered", "Deceased", "Date of birth", "Date of death", "Place of death", "Cause of death", "Informant", "Qualification"],
        ["D/2026/1184", "02/11/2026", "<<Winifred Battye>>", "[[date_of_birth:08/08/1929]]", "28/10/2026", "{{Marie Curie}} Hospice, Kirkholme",
         "((health:1a Aspiration pneumonia 1b Parkinson's disease))", "<<Glenys Battye>>", "Daughter"],
        ["D/2026/1185", "02/11/2026", "<<Ivor Pugh-Roberts>>", "[[date_of_birth:21/01/1946]]", "30/10/2026", "Kirkholme Royal Infirmary",
         "((health:1a Metastatic carcinoma of the pancreas))", "<<Sandra Pugh-Roberts>>", "Widow"],
        ["D/2026/1186", "03/11/2026", "<<Parveen Akhtar>>", "[[date_of_birth:1958-05-03]]", "31/10/2026", "Home, 14 Carr Lane",
         "((health:1a Acute myocardial infarction 1b Coronary artery atheroma 2 Type 2 diabetes))", "<<Imran Akhtar>>", "Son"],
        ["D/2026/1187", "03/11/2026", "<<Desmond O'Keeffe>>", "[[date_of_birth:15/12/1971]]", "12/09/2026", "Riverside flats, Kirkholme",
         "((health:Coroner's certificate after inquest: 1a Mixed drug toxicity)). Conclusion: misadventure", "Coroner", "Coroner's certificate"],
        ["D/2026/1188", "04/11/2026", "<<Wei Ling Ong>>", "[[date_of_birth:4 Feb 1940]]", "01/11/2026", "Ashgrove Care Home",
         "((health:1a Frailty of old age))", "<<Chee Keong Ong>>", "Son"],
    ])


@document("reg-birth-registrations.tsv")
def reg_births(d):
    return csv_file(d, [
        ["Entry", "Child", "Sex", "Date of birth", "Place of birth", "Mother", "Mother's occupation", "Father", "Father's occupation", "Registrar"],
        ["B/2026/0931", "<<Oskar Nowicki>>", "M", "[[date_of_birth:2026-09-28]]", "Kirkholme Royal Infirmary", "<<Natalia Nowicka>>", "Dental nurse",
         "<<Pawel Nowicki>>", "HGV driver", "<<Jacqueline Fenwick>>"],
        ["B/2026/0932", "<<Amelia-Rose Tattersall>>", "F", "[[date_of_birth:2026-10-02]]", "Home, 3 Cawthorne Row", "<<Kerry Tattersall>>", "Hairdresser",
         "", "", "<<Jacqueline Fenwick>>"],
        ["B/2026/0933", "<<Musa Adeyinka Balogun>>", "M", "[[date_of_birth:2026-10-07]]", "{{Florence Nightingale}} Wing, Kirkholme Royal Infirmary",
         "<<Folasade Balogun>>", "Pharmacist", "<<Adeyinka Balogun>>", "Software engineer", "<<Rehana Begum>>"],
        ["B/2026/0934", "<<Freya Lund>>", "F", "[[date_of_birth:2026-10-11]]", "Kirkholme Royal Infirmary", "<<Ingrid Lund>>", "Teacher",
         "<<Matthew Oduya>>", "Electrician", "<<Rehana Begum>>"],
    ], delimiter="\t")


@document("reg-marriage-notices.html")
def reg_notices(d):
    return html_file(d, "Notices of marriage and civil partnership - Kirkholme, November 2026", [
        ("h1", "Notices of marriage and civil partnership"),
        ("p", "Given at " + REGISTER + " and displayed for 28 days under the Marriage Act 1949 and the Civil Partnership Act 2004."),
        ("table", [
            ["Notice", "Parties", "Proposed venue", "Ceremony", "Office notes"],
            ["N/26/611", "<<Harjeet Kaur Bains>> and <<Manpreet Singh Sohal>>", "{{Guru Nanak Gurdwara}}, Whitlow Road",
             "((religious_belief:Anand Karaj, Sikh rites, registrar attending))", "Authorised person: <<Balvinder Singh Ghataora>>"],
            ["N/26/612", "<<Chloe Ashdown>> and <<Megan Frith>>", "The Ackton Hall Hotel", "Civil marriage",
             "((sex_life_orientation:Same-sex couple)); use the Parent/Parent wording on the schedule"],
            ["N/26/613", "<<Tomasz Wrona>> and <<Lucy Birtwistle>>", "Register Office, Ceremony Room 1", "Civil marriage",
             "Reception afterwards at {{St Aidan's Church Hall}}"],
            ["N/26/614", "<<Yusuf Demir>> and <<Elif Kaya>>", "Kirkholme Central Mosque",
             "((religious_belief:Nikah at the mosque, then civil registration the same day))", "Interpreter: Turkish"],
            ["N/26/615", "<<Graham Lister>> and <<Paul Rodrigues>>", "Register Office, Ceremony Room 2",
             "((sex_life_orientation:Conversion of their civil partnership to a marriage))", ""],
        ]),
        ("dl", [
            ("Superintendent Registrar", "<<Jacqueline Fenwick>>"),
            ("Objections", "In writing to [[email:register.office@kirkholme.example.gov.uk]] or [[phone:0114 496 0150]]"),
            ("Office", "Kirkholme Register Office, Town Hall Annexe, [[uk_postcode:S9 2HN]]"),
        ]),
    ])


@document("reg-citizenship-ceremony.ods")
def reg_citizenship(d):
    return ods_file(
        d, title="Citizenship ceremony 12 November 2026", author="<<Rehana Begum>>", editor="<<Jacqueline Fenwick>>",
        created="2026-11-03",
        sheets=[
            ("Ceremony 12 Nov", [
                ["Seat", "Name", "Date of birth", "Country of birth", "Home Office ref", "Oath or affirmation", "Guests"],
                [Num(1), "<<Abdikarim Hassan Nur>>", Day("1983-01-01", dob=True), "Somalia", "HO-CER-2026-88417",
                 "((religious_belief:Oath on the Holy Qur'an))", Num(3)],
                [Num(2), "<<Bùi Thị Lan>>", Day("1991-09-14", dob=True), "Vietnam", "HO-CER-2026-88420", "Affirmation", Num(1)],
                [Num(3), Note("<<Anand Krishnamurthy>>", "<<Rehana Begum>>", "Bringing his own copy of the Gita."),
                 Day("1977-04-30", dob=True), "India", "HO-CER-2026-88431",
                 "((religious_belief:Oath on the Bhagavad Gita))", Num(2)],
                [Num(4), "<<Mariana Costa Pereira>>", Day("1988-12-03", dob=True), "Brazil", "HO-CER-2026-88436",
                 "((religious_belief:Oath on the Bible))", Num(2)],
                [Num(5), "<<Yonatan Mizrahi>>", Day("1969-07-22", dob=True), "Israel", "HO-CER-2026-88442", "Affirmation", Num(0)],
            ]),
            ("Dignitaries", [
                ["Guest", "Role"],
                ["Cllr <<Ayesha Rafiq>>", "Deputy Mayor, ((political_opinion:Labour Group councillor for Town ward))"],
                ["<<Jacqueline Fenwick>>", "Superintendent Registrar"],
            ]),
        ],
    )


@document("reg-sham-marriage-report.docx")
def reg_sham(d):
    return docx_file(
        d, title="Section 24 report", author="<<Rehana Begum>>", editor="<<Jacqueline Fenwick>>", created="2026-10-20",
        header=REGISTER + " - OFFICIAL-SENSITIVE - Section 24 report",
        footer="Report ref S24/2026/07 | prepared by <<Rehana Begum>>, Deputy Superintendent Registrar",
        blocks=[
            ("h", "Report of a suspected sham marriage (Immigration and Asylum Act 1999, section 24)"),
            ("p", "To: Home Office Marriage Referral and Assessment Unit"),
            ("table", [
                ["Party 1", "<<Shannon Leggett>>, British, date of birth [[date_of_birth:16/02/2003]]"],
                ["Passport", "UK passport number [[uk_passport:302817465]]"],
                ["Address", "Flat 2, 88 Wakefield Road, Kirkholme [[uk_postcode:S9 4EJ]]"],
                ["Party 2", "<<Adrian Cojocaru>>, Romanian, date of birth [[date_of_birth:03-Apr-1994]]"],
                ["Identity", "Romanian identity card; immigration status not shown"],
            ]),
            ("fn", "Notice was given on 19 October 2026; the parties were seen separately in the {{Ellen Wilkinson Room}}.", 1),
            ("comment", "Grounds: ", "the parties could not say each other's dates of birth or surnames without their papers", "; "
             "they gave different addresses and said they met three weeks ago.", 0),
            ("p", "Mr <<Cojocaru>> told the registrar that ((criminal_offence:he had been arrested in 2024 for working illegally at a car wash))."),
            ("p", "The notice has been ((criminal_offence:referred under section 24 as a suspected sham marriage)); the 70-day period may apply."),
            ("textbox", ["Do not discuss this report with the parties.", "Queries: [[phone:0114 496 0153]]"]),
        ],
        footnotes=[(1, "Interview notes are kept by <<Rehana Begum>> in the locked cabinet.")],
        comments=[(0, "<<Jacqueline Fenwick>>", "JF", "Agreed - send today; copy to the MRAU inbox only.")],
    )


@document("reg-certificate-orders.xlsx")
def reg_certificates(d):
    return xlsx_file(
        d, title="Certificate orders October 2026", author="<<Colette Mayhew>>", editor="<<Colette Mayhew>>", created="2026-11-01",
        sheets=[
            ("Orders", [
                ["Order", "Applicant", "Email", "Phone", "Certificate", "Name on entry", "Date of event", "Deliver to", "Postcode"],
                ["CO-55120", "<<Philippa Greenhalgh>>", "[[email:pip.greenhalgh@example.org]]", "[[phone:07700 900 930]]", "Birth (full)",
                 "<<Philippa Greenhalgh>>", Day("1979-11-26", dob=True), "4 Knowle Close, Kirkholme", "[[uk_postcode:S9 5DA]]"],
                ["CO-55121", "<<Imran Akhtar>>", "[[email:imran.akhtar@example.com]]", "[[phone:+447700900931]]", "Death x5",
                 "<<Parveen Akhtar>>", Day("2026-10-31"), "14 Carr Lane, Kirkholme", "[[uk_postcode:S9 1PL]]"],
                ["CO-55122", "<<Renée Fournier-Haigh>>", "[[email:renee.fh@example.net]]", "[[phone:+44 20 7946 0933]]", "Marriage",
                 "<<Renée Fournier>> and <<Michael Haigh>>", Day("2001-06-16"), "12 rue Cler, Paris", ""],
                ["CO-55123", "<<Desmond Achebe>>", "[[email:d.achebe@example.org]]", "[[phone:0161 496 0932]]", "Birth (short)",
                 "<<Chidi Achebe>>", Day("2015-03-02", dob=True), "Collect from office", ""],
            ]),
            ("Payments", [
                ["Order", "Cardholder", "Card number", "Amount", "Paid", "IP address"],
                ["CO-55120", "<<P GREENHALGH>>", "[[payment_card:4000056655665556]]", Num(12.5), Day("2026-10-04"), "[[ip_address:203.0.113.58]]"],
                ["CO-55121", "<<I AKHTAR>>", "[[payment_card:5555 5555 5555 4444]]", Num(62.5), Day("2026-10-05"), "[[ip_address:203.0.113.59]]"],
                ["CO-55122", "<<Renée Fournier-Haigh>>", "Bank transfer from [[iban:FR14 2004 1010 0505 0001 3M02 606]]", Num(12.5), Day("2026-10-09"), ""],
                ["CO-55123", "<<D ACHEBE>>", "Visa ending 1881", Num(12.5), Day("2026-10-12"), "[[ip_address:198.51.100.77]]"],
            ]),
        ],
    )


@document("reg-registrars.mbox")
def reg_mbox(d):
    colette = "<<Colette Mayhew>> <[[email:colette.mayhew@kirkholme.example.gov.uk]]>"
    jacqueline = "<<Jacqueline Fenwick>> <[[email:jacqueline.fenwick@kirkholme.example.gov.uk]]>"
    bereavement = "Bereavement Services <[[email:bereavement@kirkholme.example.gov.uk]]>"
    return mbox_file(d, [
        ("colette.mayhew@kirkholme.example.gov.uk", "Fri Oct 30 15:52:10 2026",
         [("From", colette), ("To", jacqueline), ("Subject", "Out-of-hours death registration - <<Shah>>"),
          ("Date", "Fri, 30 Oct 2026 15:52:10 +0000")],
         [("Message-ID", "<km-reg-3010-1@kirkholme.example.gov.uk>")],
         ["<<Jacqueline>>,",
          "",
          "The MCCD for <<Abdul Qadir Shah>> (died this afternoon at home, aged 81) has just come in from",
          "Dr <<Sunita Rao>>: ((health:1a Community-acquired pneumonia 1b Chronic obstructive pulmonary disease)).",
          "His son <<Tariq Shah>> says ((religious_belief:the family want a Muslim burial before sunset tomorrow)).",
          "Can we open for a Saturday morning registration? I can do it.",
          "",
          "<<Colette>>"]),
        ("jacqueline.fenwick@kirkholme.example.gov.uk", "Fri Oct 30 16:20:44 2026",
         [("From", jacqueline), ("To", colette), ("Cc", bereavement), ("Subject", "Re: Out-of-hours death registration - <<Shah>>"),
          ("Date", "Fri, 30 Oct 2026 16:20:44 +0000")],
         [("Message-ID", "<km-reg-3010-2@kirkholme.example.gov.uk>"), ("In-Reply-To", "<km-reg-3010-1@kirkholme.example.gov.uk>")],
         ["Yes, 9:00 tomorrow. Copying Bereavement Services so the green form can go straight to the cemetery office.",
          "Mr <<Tariq Shah>> can ring the duty phone on [[phone:07700 900 945]].",
          "",
          "> The MCCD for <<Abdul Qadir Shah>> (died this afternoon at home, aged 81) has just come in"]),
        ("bereavement@kirkholme.example.gov.uk", "Fri Oct 30 16:41:02 2026",
         [("From", bereavement), ("To", jacqueline), ("Subject", "Re: Out-of-hours death registration - <<Shah>>"),
          ("Date", "Fri, 30 Oct 2026 16:41:02 +0000")],
         [("Message-ID", "<km-bs-3010-3@kirkholme.example.gov.uk>"), ("In-Reply-To", "<km-reg-3010-2@kirkholme.example.gov.uk>")],
         ["Thanks. Grave M-114 in the Muslim section is ready; gravediggers on standby from 10:30.",
          "",
          "<<Bashir Mahmood>>, Cemetery Supervisor"]),
    ])


@document("reg-appointments.json")
def reg_appointments(d):
    return json_file(d, {
        "export": "Registration appointments, week commencing 9 November 2026",
        "office": REGISTER,
        "appointments": [
            {"bookingRef": "RA-77310", "type": "Birth registration", "slot": "2026-11-09T09:30",
             "registrant": {"firstName": "<<Kerry>>", "lastName": "<<Tattersall>>"},
             "email": "[[email:kerry.tattersall@example.com]]", "phone": "[[phone:07700900950]]", "notes": ""},
            {"bookingRef": "RA-77314", "type": "Stillbirth registration", "slot": "2026-11-09T11:00",
             "registrant": {"firstName": "<<Sophie>>", "lastName": "<<Radcliffe-Obi>>"},
             "email": "[[email:sophie.ro@example.org]]", "phone": "[[phone:+44 7700 900951]]",
             "notes": "((health:Stillbirth at 38 weeks on 3 November)); book the quiet room, no waiting area"},
            {"bookingRef": "RA-77322", "type": "Death registration", "slot": "2026-11-10T14:00",
             "registrant": {"firstName": "<<Tesfay>>", "lastName": "<<Gebremedhin>>"},
             "email": "", "phone": "[[phone:0114 496 0952]]", "notes": "Interpreter: Tigrinya",
             "bookedFromIp": "[[ip_address:2001:db8:4a::17]]"},
        ],
    })


# 5. Calder Valley Money Advice (a debt advice charity)

DEBT = "Calder Valley Money Advice"


@document("debt-budget.xlsx")
def debt_budget(d):
    d.t("[[=uk_bank_account:309641:70412985]]")
    return xlsx_file(
        d, title="Financial statement - client 4471", author="<<Carys Llewelyn>>", editor="<<Carys Llewelyn>>", created="2026-10-21",
        sheets=[
            ("Client", [
                ["Client", "<<Gareth Rhys Vaughan>>"],
                ["Date of birth", Day("1974-09-08", dob=True)],
                ["NI number", "[[uk_nino:QQ402817C]]"],
                ["Address", "21 Foundry Street, Todmorden [[uk_postcode:OL19 4AT]]"],
                ["Phone", "[[phone:07700 900 318]]"],
                ["Sort code", "30-96-41"],
                ["Account number", Num(70412985)],
                ["Adviser", "<<Carys Llewelyn>>"],
            ]),
            ("Income", [
                ["Source", "Monthly"],
                ["Universal Credit (standard allowance)", Num(393.45)],
                ["((health:Universal Credit LCWRA element))", Num(416.19)],
                ["((health:PIP daily living, enhanced rate))", Num(478.4)],
                ["Total", Num(1288.04)],
            ]),
            ("Priority debts", [
                ["Creditor", "Debt", "Arrears", "Offer"],
                ["Calderdale Council", "Council tax 2025/26", Num(1140.0), Num(20.0)],
                ["HM Courts & Tribunals Service", "((criminal_offence:Magistrates' court fine, drink driving, March 2025))", Num(655.0), Num(5.0)],
                ["Pennine Homes", "Rent arrears", Num(812.5), Num(15.0)],
                ["{{Lowell}}", "Catalogue debt (non-priority)", Num(1930.0), Num(1.0)],
            ]),
        ],
    )


@document("debt-dmh-evidence.pdf")
def debt_dmhef(d):
    return pdf_file(d, [
        "Debt and Mental Health Evidence Form (DMHEF)",
        "Part 1 - completed by the money adviser",
        "Client: <<Sinéad Mulcahy>>           Date of birth: [[date_of_birth:05.11.1983]]",
        "Address: 7 Wharf Cottages, Hebden Bridge [[uk_postcode:HX9 7EY]]",
        "Adviser: <<Owain Harries>>, " + DEBT + ", [[phone:01632 960 240]]",
        "Creditors to receive the form: {{Lowell}}, {{Cabot}} Credit Management, Kirkholme Council",
        "",
        "Part 2 - completed by the health or social care professional",
        "Name: <<Femi Adeyemi>>        Role: Community Psychiatric Nurse, Calder CMHT",
        "How long have you known the client? Three years",
        "Diagnosis: ((health:bipolar affective disorder, inpatient admission June 2026))",
        "Does the condition affect the client's ability to manage money? Yes.",
        "((health:Spending during manic episodes; at present too unwell to deal with creditors by phone))",
        "Expected duration: at least 12 months",
        "",
        "Signed: <<F. Adeyemi>>     Date: 27/10/2026",
        "Return to: [[email:dmhef@cvma.example.org.uk]]",
    ], title="DMHEF - case CVMA/5131", author="<<Owain Harries>>")


@document("debt-creditor-letter.docx")
def debt_creditor_letter(d):
    return docx_file(
        d, title="Letter to creditor - hold", author="<<Carys Llewelyn>>", editor="<<Owain Harries>>", created="2026-10-23",
        header=DEBT + " | Unit 4, Mytholm Works, Hebden Bridge [[uk_postcode:HX9 7AW]] | [[phone:01632 960 200]]",
        footer="Registered charity 1180042. Authorised and regulated by the Financial Conduct Authority.",
        blocks=[
            ("p", "{{Moorcroft}} Debt Recovery, Collections Team"),
            ("p", "Your ref: 44019-2281    Our ref: CVMA/5127"),
            ("p", "Dear Sir or Madam,"),
            ("p", "Re: Mr <<Pradeep Nair>>, 15 Cliffe View, Todmorden"),
            ("fn", "We act for Mr <<Nair>>, who has signed our authority to act.", 1),
            ("comment", "Our client ", "((health:is having chemotherapy for bowel cancer until January))", " and cannot work at present.", 0),
            ("p", "Please hold all recovery action for 60 days while we prepare a financial statement."),
            ("p", "Yours faithfully,"),
            ("p", "<<Carys Llewelyn>>, Money Adviser"),
            ("textbox", ["Breathing Space applied for: 22/10/2026"]),
        ],
        footnotes=[(1, "Signed authority dated 20/10/2026, held on file.")],
        comments=[(0, "<<Owain Harries>>", "OH", "Only say what he agreed we could share - he asked us not to name the cancer.")],
    )


@document("debt-client-mail.eml")
def debt_client_mail(d):
    d.t("[[=uk_bank_account:090129:40291836]]")
    return eml_file(
        d,
        headers=[
            ("From", "<<Dwayne Farrimond>> <[[email:dwayne.farrimond77@example.com]]>"),
            ("To", "Advice Team <[[email:advice@cvma.example.org.uk]]>"),
            ("Subject", "my bank statement and the court letter"),
            ("Date", "Thu, 22 Oct 2026 07:31:55 +0100"),
        ],
        raw_headers=[("Message-ID", "<df77.2210@mail.example.com>")],
        boundary="=_cvma_df_2210",
        body=[
            "hi <<Owain>>",
            "",
            "here is last month's statement like you asked.",
            "also I got ((criminal_offence:a 440 pound fine from the magistrates for not having a TV licence))",
            "and they want 50 a month which I can't do.",
            "",
            "my son <<Tyler>> ((health:is autistic and I get his DLA)) so that money is for him really.",
            "",
            "ring me after 3 on [[phone:07700 900 377]]",
            "thanks",
            "<<Dwayne>>",
        ],
        attachments=[("statement-sept.txt", "text/plain", [
            "STATEMENT  01/09/2026 - 30/09/2026",
            "Account name: MR <<D FARRIMOND>>",
            "Sort code 09-01-29   Account 40291836",
            "01/09 Universal Credit            +   612.18",
            "03/09 Card 4242 TESCO STORES      -    46.20",
            "08/09 DLA - child                 +   309.20",
            "15/09 DD Kirkholme Council        -    98.00",
        ])],
    )


@document("debt-case-notes.txt")
def debt_case_notes(d):
    return text_file(d, [
        "CALDER VALLEY MONEY ADVICE - CASE NOTES",
        "Client: <<Bogdan Țurcanu>>   Case: CVMA/5166   Adviser: <<Carys Llewelyn>> (CL)",
        "",
        "06/10/2026 CL  First appointment. Client 46, lives alone, works nights at the bakery. Debts about 14k,",
        "               mostly online loans. ((health:Disclosed a gambling addiction; GamCare group sessions since August)).",
        "               Has self-excluded through GamStop.",
        "06/10/2026 CL  Partner <<Lacey Dunford>> ((criminal_offence:is on remand at HMP New Hall)); joint rent in her name.",
        "13/10/2026 CL  Food bank voucher given. Client ((religious_belief:worships at the Romanian Orthodox church on Westgate)),",
        "               whose priest has given him a hardship grant of 150 pounds.",
        "20/10/2026 CL  Called {{Lowell}} and two lenders: 30-day holds agreed.",
        "27/10/2026 CL  Client says <<Lacey>>'s bail hearing is in November. Next step: DRO or bankruptcy options.",
        "",
        "Client phone: [[phone:+44 7700 900 390]]   Email: [[email:bogdan.turcanu@example.net]]",
    ])


@document("debt-clients.csv")
def debt_clients(d):
    return csv_file(d, [
        ["Case", "Client", "Postcode", "Phone", "Total debt", "Ethnicity", "Vulnerability", "Adviser", "Status"],
        ["CVMA/5127", "<<Pradeep Nair>>", "[[uk_postcode:OL19 2HB]]", "[[phone:07700 900 311]]", "8,420",
         "((racial_ethnic_origin:Asian British - Indian))", "((health:Physical health - cancer treatment))", "CL", "Hold letters sent"],
        ["CVMA/5131", "<<Sinéad Mulcahy>>", "[[uk_postcode:HX9 7EY]]", "[[phone:07700900312]]", "21,060",
         "((racial_ethnic_origin:White Irish))", "((health:MH - bipolar, DMHEF sent))", "OH", "Breathing Space (mental health crisis)"],
        ["CVMA/5144", "<<Gareth Rhys Vaughan>>", "[[uk_postcode:OL19 4AT]]", "[[phone:07700 900 318]]", "4,537",
         "((racial_ethnic_origin:White Welsh))", "((health:Disab - MS, PIP))", "CL", "Payment offers made"],
        ["CVMA/5159", "<<Dwayne Farrimond>>", "[[uk_postcode:HX9 3NR]]", "[[phone:07700 900 377]]", "2,960",
         "((racial_ethnic_origin:Mixed - White and Black Caribbean))", "((health:Dependant - autistic child))", "OH", "Awaiting court papers"],
        ["CVMA/5166", "<<Bogdan Țurcanu>>", "[[uk_postcode:OL19 8DQ]]", "[[phone:+44 7700 900 390]]", "14,210",
         "((racial_ethnic_origin:White - Romanian))", "((health:Addiction - gambling))", "CL", "DRO being considered"],
        ["CVMA/5170", "<<Maureen Sugden>>", "[[uk_postcode:HX9 6LF]]", "[[phone:01632 960 271]]", "1,150",
         "Not given", "None", "OH", "Closed - debt written off"],
    ])


@document("debt-referrals.jsonl")
def debt_referrals(d):
    return jsonl_file(d, [
        {"submitted": "2026-10-26T21:14:08Z", "enquirerName": "<<Kelechi Okoro>>", "email": "[[email:kelechi.okoro@example.com]]",
         "phone": "[[phone:07700900401]]", "postcode": "[[uk_postcode:HX9 1QB]]",
         "howHeard": "((trade_union:UNISON welfare fund - member since 2011, referred by branch welfare officer))",
         "message": "Rent arrears after my hours were cut at the hospital. Bailiff letter for council tax.",
         "ip": "[[ip_address:198.51.100.201]]"},
        {"submitted": "2026-10-27T08:02:51Z", "enquirerName": "<<Agnieszka Pawłowska>>", "email": "[[email:a.pawlowska@example.net]]",
         "phone": "[[phone:+447700900402]]", "postcode": "[[uk_postcode:OL19 5SJ]]", "howHeard": "Food bank",
         "message": "Energy debt 1,900 pounds and prepayment meter. ((health:I have COPD and need the heating on)).",
         "ip": "[[ip_address:198.51.100.202]]"},
        {"submitted": "2026-10-27T12:40:17Z", "enquirerName": "<<Callum Wardle>>", "email": "[[email:cwardle@example.org]]",
         "phone": "[[phone:07700 900 403]]", "postcode": "", "howHeard": "Google",
         "message": "Just want to know how a DRO works.", "ip": "[[ip_address:203.0.113.200]]"},
    ])


@document("debt-dro-application.rtf")
def debt_dro(d):
    return rtf_file(
        d, title="DRO application draft - <<Țurcanu>>", author="<<Carys Llewelyn>>",
        paragraphs=[
            "DEBT RELIEF ORDER - DRAFT APPLICATION (prepared by an approved intermediary)",
            "Applicant: <<Bogdan Țurcanu>>",
            "Date of birth: [[date_of_birth:2nd March 1980]]",
            "National Insurance number: [[uk_nino:QQ 71 05 29 B]]",
            "Address: 3 Lodge Street, Todmorden [[uk_postcode:OL19 8DQ]]",
            "Monthly income: wages 1,012 pounds; no benefits. Surplus after expenses: 41 pounds.",
            "Total qualifying debts: 14,210 pounds (11 creditors).",
            "Excluded debts: DWP overpayment of 2,300 pounds ((criminal_offence:from his 2019 conviction for benefit fraud)).",
            "Previous insolvency: none. Gambling losses in the last two years: declared, about 6,000 pounds.",
            "Intermediary: <<Carys Llewelyn>>, " + DEBT + ", [[email:carys.llewelyn@cvma.example.org.uk]]",
        ],
        footnote="Check the gambling losses with the Official Receiver's guidance before submitting.",
    )


# 6. 12th Harrowby Scout Group and Harrowby Army Cadet Force detachment

SCOUTS = "12th Harrowby Scout Group"


@document("scouts-joining-forms.csv")
def scouts_joining(d):
    return csv_file(d, [
        ["Section", "Young person", "DOB", "Parent/carer", "Phone", "Email", "Medical", "Dietary", "Photo consent"],
        ["Beavers", "<<Zayn Hussain-Reilly>>", "[[date_of_birth:14/02/2019]]", "<<Nadia Hussain-Reilly>>", "[[phone:07700 900 502]]",
         "[[email:nadia.hr@example.com]]", "((health:Asthma - blue inhaler, carries own))", "((religious_belief:Halal only - family are Muslim))", "Yes"],
        ["Cubs", "<<Ottilie Brannigan-Shaw>>", "[[date_of_birth:2016-07-30]]", "<<Fern Brannigan>>", "[[phone:+447700900503]]",
         "[[email:fern.brannigan@example.org]]", "((health:Peanut and tree nut allergy - two EpiPens))", "Vegetarian", "No"],
        ["Cubs", "<<Arjun Mistry>>", "[[date_of_birth:3 March 2017]]", "<<Hetal Mistry>>", "[[phone:07700900504]]",
         "[[email:hetal.mistry@example.net]]", "None", "((religious_belief:No beef or eggs - Hindu, Swaminarayan))", "Yes"],
        ["Scouts", "<<Tegan Lofthouse>>", "[[date_of_birth:22/11/2013]]", "<<Dale Lofthouse>>", "[[phone:0113 496 0505]]",
         "[[email:dale.lofthouse@example.com]]", "((health:Type 1 diabetes - Libre sensor, insulin pen))", "Low sugar snacks available", "Yes"],
        ["Scouts", "<<Caoimhe Gallagher>>", "[[date_of_birth:09/09/2013]]", "<<Róisín Gallagher>>", "[[phone:07700 900506]]",
         "[[email:roisin.gallagher@example.org]]", "None", "None", "Yes"],
    ])


@document("scouts-camp-consent.docx")
def scouts_camp(d):
    return docx_file(
        d, title="Summer camp consent", author="<<Barnaby Osei-Tutu>>", editor="<<Barnaby Osei-Tutu>>", created="2026-06-20",
        header=SCOUTS + " - Summer camp at {{Bradley Wood}}, 1 to 8 August 2026",
        footer="Return to the camp chief, <<Barnaby Osei-Tutu>>, by 10 July. Forms are destroyed after camp.",
        blocks=[
            ("h", "Consent and health form"),
            ("table", [
                ["Name of young person", "<<Isla McFadzean>>"],
                ["Date of birth", "[[date_of_birth:21st August 2014]]"],
                ["NHS number", "[[nhs_number:999 416 2535]]"],
                ["Parent or carer", "<<Morag McFadzean>>"],
                ["Emergency contact", "<<Alasdair McFadzean>> (grandfather), [[phone:+44 (0)7700 900512]]"],
                ["GP", "Dr <<Ng>>, Harrowby Health Centre"],
            ]),
            ("fn", "Medication: ((health:melatonin 3 mg at bedtime for sleep, prescribed by her ADHD team)).", 1),
            ("comment", "Anything else we should know? ", "<<Isla>> ((genetic:carries Factor V Leiden, heterozygous, found by family testing))",
             " - the haematologist says no action is needed on camp.", 0),
            ("p", "I consent to my child taking part in all camp activities, including the zip wire and open-water canoeing."),
            ("p", "Signed: <<Morag McFadzean>>     Date: 02/07/2026"),
            ("textbox", ["Camp chief: <<Barnaby Osei-Tutu>>", "On-site mobile: [[phone:07700 900 510]]"]),
        ],
        footnotes=[(1, "Leaders hold all medication; it is logged on the camp medication sheet.")],
        comments=[(0, "<<Poppy Lazenby>>", "PL", "Noted for the first-aid box. Told <<Barnaby>>.")],
    )


@document("scouts-leaders-dbs.xlsx")
def scouts_leaders(d):
    return xlsx_file(
        d, title="Adult volunteers - DBS and training", author="<<Poppy Lazenby>>", editor="<<Poppy Lazenby>>", created="2026-09-01",
        sheets=[
            ("DBS", [
                ["Volunteer", "Role", "DOB", "DBS certificate", "Issued", "Status", "Minibus licence check"],
                ["<<Barnaby Osei-Tutu>>", "Group Scout Leader", Day("1982-01-19", dob=True), "001692004418", Day("2024-03-11"), "Clear",
                 "[[uk_driving_licence:OSEIT801192B99WQ]] - no points"],
                ["<<Poppy Lazenby>>", "Scout Leader", Day("1995-10-02", dob=True), "001692004735", Day("2024-05-20"), "Clear", ""],
                ["<<Terence Hebblethwaite>>", "Cub Section Assistant", Day("1958-06-27", dob=True), "001692005102", Day("2025-01-08"),
                 "((criminal_offence:Disclosure: 2009 conviction for drink driving)); risk assessment approved by District", "Not a driver"],
                ["<<Farzana Bibi>>", "Beaver Leader", Day("1989-04-04", dob=True), "", "", "Renewal pending - ID checked 28/08", ""],
                ["Councillor <<Mike Yeadon>>", "Group Chair", Day("1966-02-12", dob=True), "001692005377", Day("2025-09-30"),
                 "Clear", "((political_opinion:Conservative councillor for Harrowby ward)) - declared interest"],
            ]),
            ("Training", [
                ["Volunteer", "Safeguarding", "Safety", "First Response", "Notes"],
                ["<<Barnaby Osei-Tutu>>", Day("2025-02-01"), Day("2025-02-01"), Day("2024-11-16"), "Camp chief permit"],
                ["<<Poppy Lazenby>>", Day("2025-06-14"), Day("2025-06-14"), Day("2026-03-07"), "Nights Away permit"],
                ["<<Terence Hebblethwaite>>", Day("2026-01-10"), Day("2026-01-10"), "", "First Response overdue"],
            ]),
        ],
    )


@document("scouts-promise-variations.md")
def scouts_promise(d):
    return text_file(d, [
        "# Promise variations - investitures, autumn term 2026",
        "",
        f"{SCOUTS}. Section leaders: check the wording with each young person and family before the investiture.",
        "",
        "| Member | Section | Promise | Investiture |",
        "|---|---|---|---|",
        "| <<Zayn Hussain-Reilly>> | Beavers | ((religious_belief:Muslim promise: 'to do my duty to Allah')) | 14 Sept |",
        "| <<Arjun Mistry>> | Cubs | ((religious_belief:Hindu promise: 'to do my duty to my Dharma')) | 21 Sept |",
        "| <<Tegan Lofthouse>> | Scouts | ((religious_belief:Humanist promise, for those with no faith: 'to uphold our Scout values')) | 28 Sept |",
        "| <<Caoimhe Gallagher>> | Scouts | ((religious_belief:Christian promise: 'to do my duty to God')), in Irish and English | 28 Sept |",
        "| <<Ottilie Brannigan-Shaw>> | Cubs | Family asked to choose at home; reminder sent | TBC |",
        "",
        "Investitures are in the hut unless the family asks for the {{Baden-Powell}} memorial bench in the park.",
        "Questions to <<Poppy Lazenby>> on [[phone:07700 900 515]].",
    ])


@document("scouts-accident-report.pdf")
def scouts_accident(d):
    return pdf_file(d, [
        SCOUTS + " - accident and incident report",
        "Event: Summer camp, {{Bradley Wood}}          Date and time: 04/08/2026, 15:20",
        "Injured person: <<Mateo Núñez>>, Scouts, date of birth [[date_of_birth:April 9, 2014]]",
        "Parent: <<Lucía Núñez>>, [[phone:07700 900 521]], informed 15:40",
        "",
        "What happened:",
        "<<Mateo>> slipped on the wet rope bridge in the pioneering area and fell about a metre onto his",
        "outstretched left hand.",
        "",
        "Injury and treatment:",
        "((health:Suspected fracture of the left wrist)); splinted by the first aider and taken to A&E at",
        "Huddersfield Royal Infirmary, where ((health:a buckle fracture was confirmed and a cast fitted)).",
        "",
        "First aider: <<Poppy Lazenby>> (First Response, 2026)",
        "Witness: <<Caoimhe Gallagher>> (Patrol Leader)",
        "Reported to Scouts HQ: yes, 05/08/2026 by <<Barnaby Osei-Tutu>>",
        "RIDDOR: not reportable",
    ], title="Incident report - camp 2026", author="<<Barnaby Osei-Tutu>>")


@document("scouts-subs-giftaid.ods")
def scouts_subs(d):
    d.t("[[=uk_bank_account:608371:20491735]]")
    return ods_file(
        d, title="Subscriptions and Gift Aid, autumn 2026", author="<<Graeme Attwood>>", editor="<<Graeme Attwood>>",
        created="2026-10-31",
        sheets=[
            ("Subs autumn 2026", [
                ["Member", "Section", "Payer", "Amount", "Paid", "Method"],
                ["<<Zayn Hussain-Reilly>>", "Beavers", "<<Nadia Hussain-Reilly>>", Num(45.0), Day("2026-09-08"), "Online"],
                ["<<Ottilie Brannigan-Shaw>>", "Cubs", "<<Fern Brannigan>>", Num(45.0), Day("2026-09-15"), "Standing order"],
                ["<<Arjun Mistry>>", "Cubs", "<<Hetal Mistry>>", Num(22.5), Day("2026-09-15"), "Cash (hardship rate)"],
                ["<<Tegan Lofthouse>>", "Scouts", "<<Dale Lofthouse>>", Num(45.0), Day("2026-09-22"), "Online"],
                [Note("<<Caoimhe Gallagher>>", "<<Graeme Attwood>>", "Standing order from sort code 60-83-71, account 20491735, set up 01/09."),
                 "Scouts", "<<Róisín Gallagher>>", Num(45.0), Day("2026-09-01"), "Standing order"],
            ]),
            ("Gift Aid declarations", [
                ["Donor", "House", "Postcode", "Declared", "Taxpayer"],
                ["<<Nadia Hussain-Reilly>>", "18 Fernbank Drive", "[[uk_postcode:LS29 8JW]]", Day("2024-09-10"), "Yes"],
                ["<<Dale Lofthouse>>", "2 Mill Hey", "[[uk_postcode:LS29 7RB]]", Day("2025-09-01"), "Yes"],
                ["<<Róisín Gallagher>>", "41 Hollins Road", "[[uk_postcode:BD9 4DF]]", Day("2026-09-01"), "Yes"],
            ]),
            ("Notes", [
                ["Hut hire income from the {{Baden-Powell}} Hall lettings is not subscription income."],
                ["Treasurer: <<Graeme Attwood>>, [[email:treasurer@12thharrowby.example.org.uk]]"],
            ]),
        ],
    )


@document("cadets-unit.mbox")
def cadets_mbox(d):
    parent = "<<Adaeze Coker>> <[[email:adaeze.coker@example.com]]>"
    officer = "<<Gareth Penhaligon>> <[[email:gareth.penhaligon@acf.example.org.uk]]>"
    instructor = "<<Beverley Crossland>> <[[email:bev.crossland@acf.example.org.uk]]>"
    return mbox_file(d, [
        ("adaeze.coker@example.com", "Mon Sep 14 20:03:11 2026",
         [("From", parent), ("To", officer), ("Subject", "<<Olamide>> - starting on Thursday"), ("Date", "Mon, 14 Sep 2026 20:03:11 +0100")],
         [("Message-ID", "<ac-0914@mail.example.com>")],
         ["Dear Lt <<Penhaligon>>,",
          "",
          "<<Olamide>> is very excited to start cadets on Thursday. I should tell you that",
          "((health:he has type 1 diabetes and wears an insulin pump)); he knows how to manage it but",
          "he may need to stop for a snack during drill. My number is [[phone:07700 900 533]].",
          "",
          "Kind regards,",
          "<<Adaeze Coker>>"]),
        ("gareth.penhaligon@acf.example.org.uk", "Tue Sep 15 07:45:20 2026",
         [("From", officer), ("To", parent), ("Cc", instructor), ("Subject", "Re: <<Olamide>> - starting on Thursday"),
          ("Date", "Tue, 15 Sep 2026 07:45:20 +0100")],
         [("Message-ID", "<gp-0915@acf.example.org.uk>"), ("In-Reply-To", "<ac-0914@mail.example.com>")],
         ["Dear Mrs <<Coker>>,",
          "",
          "Thank you - I've added it to <<Olamide Coker>>'s record and told SI <<Crossland>>, who runs the recruit",
          "training. He can keep snacks and his kit on him at all times.",
          "",
          "Lt <<Gareth Penhaligon>>, Detachment Commander, Harrowby Detachment",
          "",
          "> he has type 1 diabetes and wears an insulin pump"]),
        ("bev.crossland@acf.example.org.uk", "Tue Sep 15 09:12:02 2026",
         [("From", instructor), ("To", officer), ("Subject", "Re: <<Olamide>> - starting on Thursday"), ("Date", "Tue, 15 Sep 2026 09:12:02 +0100")],
         [("Message-ID", "<bc-0915@acf.example.org.uk>"), ("In-Reply-To", "<gp-0915@acf.example.org.uk>")],
         ["Will do, sir. Separate thing: ((political_opinion:I'm standing for the Lib Dems in the Harrowby ward by-election)),",
          "so I won't be in uniform at the hustings on the 24th and will keep it off the detachment's pages.",
          "",
          "<<Bev>>"]),
    ])


@document("cadets-nominal-roll.json")
def cadets_roll(d):
    return json_file(d, {
        "detachment": "Harrowby Detachment, West Riding Army Cadet Force",
        "parade": "Thursday 19:00-21:00",
        "commander": "Lt <<Gareth Penhaligon>>",
        "cadets": [
            {"cadet": {"firstName": "<<Olamide>>", "lastName": "<<Coker>>"}, "rank": "Recruit", "dob": "[[date_of_birth:2013-05-27]]",
             "medical": "((health:Type 1 diabetes - insulin pump; hypo kit in his bag))", "nextOfKin": "<<Adaeze Coker>>"},
            {"cadet": {"firstName": "<<Kacper>>", "lastName": "<<Wróblewski>>"}, "rank": "Lance Corporal", "dob": "[[date_of_birth:2010-11-08]]",
             "medical": "((health:Epilepsy - controlled; no swimming or climbing without a supervisor))", "nextOfKin": "<<Marta Wróblewska>>"},
            {"cadet": {"firstName": "<<Summer-Lily>>", "lastName": "<<Hinchliffe>>"}, "rank": "Cadet", "dob": "[[date_of_birth:2012-02-16]]",
             "medical": "None", "nextOfKin": "<<Jade Hinchliffe>>"},
            {"cadet": {"firstName": "<<Ibrahim>>", "lastName": "<<Jalloh>>"}, "rank": "Corporal", "dob": "[[date_of_birth:2009-08-03]]",
             "medical": "((health:Hay fever - antihistamine on exercises))", "nextOfKin": "<<Mariama Jalloh>>"},
        ],
    })


# 7. Marlowe & Pike bookmakers: safer gambling and security

BOOKIE = "{{Marlowe & Pike}}"


@document("betting-self-exclusion.xlsx")
def betting_self_exclusion(d):
    return xlsx_file(
        d, title="Self-exclusion register - North region", author="<<Craig Dobson-Oakes>>", editor="<<Lindiwe Mokoena>>",
        created="2026-10-15",
        sheets=[
            ("Register", [
                ["SE ref", "Customer", "DOB", "Photo", "Shops", "Start", "End", "Notes"],
                ["SE-2041", "<<Lorcan Devlin>>", Day("1986-01-24", dob=True), "SE-2041.jpg", "Kirkholme, Harrowby", Day("2026-03-02"), Day("2027-03-01"),
                 "Self-excluded for 12 months"],
                ["SE-2057", "<<Stephen Ogden>>", Day("1961-08-15", dob=True), "SE-2057.jpg", "All North region", Day("2026-05-18"), Day("2031-05-17"),
                 "((health:Told staff he is in treatment at the NHS Northern Gambling Service))"],
                ["SE-2063", "<<Tyrone Blackwood>>", Day("1994-04-11", dob=True), "SE-2063.jpg", "Kirkholme", Day("2026-07-06"), Day("2027-01-05"), ""],
                ["SE-2078", "<<Jędrzej Kowal>>", Day("1979-12-30", dob=True), "SE-2078.jpg", "Todmorden", Day("2026-09-21"), Day("2027-09-20"),
                 "((health:Said his GP diagnosed a gambling disorder))"],
            ]),
            ("Face pilot", [
                ["SE ref", "Customer", "Consent", "Template", "Enrolled by"],
                ["SE-2041", "<<Lorcan Devlin>>", "Signed 02/03/2026", "((biometric:Face template enrolled, camera system FaceCheck v3))", "<<Lindiwe Mokoena>>"],
                ["SE-2057", "<<Stephen Ogden>>", "Signed 18/05/2026", "((biometric:Face template enrolled))", "<<Lindiwe Mokoena>>"],
                ["SE-2063", "<<Tyrone Blackwood>>", "Declined", "Photo only, no template", "<<Craig Dobson-Oakes>>"],
            ]),
        ],
    )


@document("betting-face-match-log.csv")
def betting_face_log(d):
    return csv_file(d, [
        ["Timestamp", "Shop", "Camera", "Camera IP", "Score", "SE ref", "Customer", "Alert", "Staff action"],
        ["2026-10-03 14:12:09", "Kirkholme Market St", "CAM-2 door", "[[ip_address:192.0.2.44]]", "0.94", "SE-2041", "<<Lorcan Devlin>>",
         "((biometric:Face match to enrolled template))", "Approached by <<Shauna Keighley>>; left the shop"],
        ["2026-10-09 18:40:51", "Harrowby", "CAM-1 counter", "[[ip_address:192.0.2.45]]", "0.81", "SE-2057", "<<Stephen Ogden>>",
         "((biometric:Possible face match - manual check))", "Checked by <<Mohsin Zaheer>>: confirmed, refused service"],
        ["2026-10-17 11:05:33", "Kirkholme Market St", "CAM-2 door", "[[ip_address:192.0.2.44]]", "0.72", "SE-2057", "<<Delroy Fairclough>>",
         "((biometric:Face match flagged - false match))", "Customer not the excluded person; apology given by <<Shauna Keighley>>"],
        ["2026-10-20 16:22:14", "Todmorden", "CAM-1 counter", "[[ip_address:2001:db8:51::a1]]", "", "", "", "Camera offline", "Engineer called"],
    ])


@document("betting-affordability.docx")
def betting_affordability(d):
    return docx_file(
        d, title="Enhanced affordability review", author="<<Lindiwe Mokoena>>", editor="<<Lindiwe Mokoena>>", created="2026-09-29",
        header=BOOKIE + " Online - Safer Gambling - Restricted",
        footer="Review SG-AFF-1193 | analyst <<Lindiwe Mokoena>> | retained for five years after account closure",
        blocks=[
            ("h", "Enhanced affordability review"),
            ("table", [
                ["Customer", "<<Lorcan Devlin>>"],
                ["Account", "MP-0048817 (online)"],
                ["Date of birth", "[[date_of_birth:24/01/1986]]"],
                ["Deposits, last 90 days", "6,850 pounds from debit card [[payment_card:4111 1111 1111 1111]]"],
                ["Net loss, last 90 days", "5,920 pounds"],
                ["Withdrawals paid to", "[[iban:GB29 NWBK 6016 1331 9268 19]]"],
            ]),
            ("fn", "Income evidence: three months' statements from {{Coutts}} uploaded by the customer on 25/09/2026.", 1),
            ("comment", "On the call the customer said ", "((health:he is in recovery from alcohol dependence and goes to AA twice a week))",
             ", and that betting had 'replaced the drink'.", 0),
            ("p", "Salary is about 2,400 pounds a month; losses are more than twice his disposable income."),
            ("p", "Outcome: deposit limit of 100 pounds a month; account closed after he asked to self-exclude in the shop on 02/03/2026."),
            ("textbox", ["Decision: RESTRICT", "Second review: <<Craig Dobson-Oakes>>"]),
        ],
        footnotes=[(1, "Statements deleted from the review folder once checked.")],
        comments=[(0, "<<Craig Dobson-Oakes>>", "CDO", "Signpost to GamCare and his AA sponsor support; log the call.")],
    )


@document("betting-interactions.tsv")
def betting_interactions(d):
    return csv_file(d, [
        ["Date", "Shop", "Staff", "Customer", "Interaction", "Outcome"],
        ["28/10/2026", "Harrowby", "<<Mohsin Zaheer>>", "<<Kieron Wadsworth>>",
         "Said he lost his job in August; ((health:on antidepressants since the summer)). Chased losses for three hours.",
         "Safer gambling leaflet, time-out offered"],
        ["29/10/2026", "Kirkholme Market St", "<<Shauna Keighley>>", "<<Pat Ruddock>>",
         "((health:Told me she has thought about ending her life over the debts)). Gave Samaritans number 116 123.",
         "Manager told; welfare call next day"],
        ["30/10/2026", "Todmorden", "<<Hollie Mellor>>", "<<Barrington Lewis>>",
         "Shouting at the screens; ((political_opinion:said he is a Reform UK member and delivers their leaflets)) when told to calm down.",
         "Asked to leave, left calmly"],
        ["31/10/2026", "Harrowby", "<<Mohsin Zaheer>>", "Unknown male", "Asked about self-exclusion, took a form", "None"],
    ], delimiter="\t")


@document("betting-assault-report.odt")
def betting_assault(d):
    return odt_file(
        d, title="Incident report - assault on staff", author="<<Craig Dobson-Oakes>>", editor="<<Craig Dobson-Oakes>>", created="2026-10-24",
        blocks=[
            ("h", "Security incident report SEC-26-0311: assault on a member of staff"),
            ("p", "Shop: Kirkholme Market Street. Date: 23/10/2026, 21:35. Reported by: <<Craig Dobson-Oakes>>, Area Security Manager."),
            ("p", "Cashier <<Gurleen Kaur Dhillon>> refused a customer's bet after he had been asked to leave for abusive behaviour."),
            ("p", "The customer, <<Wayne Hepplewhite>>, reached over the counter and slapped her. "
                  "((racial_ethnic_origin:He shouted abuse about her being Indian)) as he left."),
            ("p", Note("Mr <<Hepplewhite>> ((criminal_offence:was arrested outside by police for assault by beating and a racially aggravated public order offence)).",
                       "<<Lindiwe Mokoena>>", "Police ref WY-13260-2310. Keep the CCTV for 12 months.")),
            ("p", "<<Gurleen>> ((health:has a bruised cheek and is off work with anxiety)); occupational health referral made."),
            ("p", "She was supported at the welfare meeting by her ((trade_union:GMB rep)), <<Donna Rushworth>>."),
            ("table", [
                ["Witness", "Statement"],
                ["<<Shauna Keighley>>", "Saw the slap from the back office"],
                ["<<Ernest Ibe>>", "Customer; gave his details to police"],
            ]),
        ],
    )


@document("betting-customer-complaint.eml")
def betting_complaint(d):
    return eml_file(
        d,
        headers=[
            ("From", "<<Delroy Fairclough>> <[[email:delroy.fairclough@example.org]]>"),
            ("To", "Customer Care <[[email:customer.care@marlowepike.example.co.uk]]>"),
            ("Subject", "Complaint - wrongly refused in your Market Street shop"),
            ("Date", "Sat, 17 Oct 2026 13:26:40 +0100"),
        ],
        raw_headers=[("Message-ID", "<df-1710@mail.example.org>")],
        boundary="=_mp_complaint_1710",
        body=[
            "To whom it may concern,",
            "",
            "This morning at your Market Street shop in Kirkholme I was stopped at the counter and told I was",
            "self-excluded. I have never self-excluded from anything.",
            "((biometric:The manager said your face recognition camera had matched my face to someone on your list)).",
            "",
            "((racial_ethnic_origin:I'm a Black man of Jamaican heritage)) and I have read that these systems",
            "get people like me wrong more often. I was embarrassed in front of a full shop.",
            "",
            "I want to know what you hold about me, whether my face is stored, and an apology.",
            "",
            "<<Delroy Fairclough>>",
            "[[phone:0161 496 0690]]",
        ],
        attachments=[("subject-access-request.txt", "text/plain", [
            "Subject access request",
            "Name: <<Delroy Fairclough>>",
            "Date of birth: [[date_of_birth:June 3, 1972]]",
            "Address: 40 Moorside Road, Kirkholme [[uk_postcode:M9 4EP]]",
            "I ask for a copy of all personal data you hold about me, including camera images and any face template.",
        ])],
    )


@document("betting-incidents.jsonl")
def betting_incidents(d):
    return jsonl_file(d, [
        {"incidentId": "SEC-26-0298", "shop": "Harrowby", "occurred": "2026-10-08T15:47:00",
         "reportedBy": {"displayName": "<<Mohsin Zaheer>>"},
         "subject": {"name": "<<Reece Holdsworth>>", "dob": "[[date_of_birth:1999-05-19]]"},
         "summary": "((criminal_offence:Took 260 pounds from the counter drawer; arrested by police outside the shop))",
         "banned": True},
        {"incidentId": "SEC-26-0304", "shop": "Todmorden", "occurred": "2026-10-14T20:10:00",
         "reportedBy": {"displayName": "<<Hollie Mellor>>"},
         "subject": {"name": "<<Gavin Thackray>>", "dob": ""},
         "summary": "Abusive to staff after a losing bet; ejected, police not called", "banned": False},
        {"incidentId": "SEC-26-0311", "shop": "Kirkholme Market Street", "occurred": "2026-10-23T21:35:00",
         "reportedBy": {"displayName": "<<Craig Dobson-Oakes>>"},
         "subject": {"name": "<<Wayne Hepplewhite>>", "dob": "[[date_of_birth:1983-07-07]]"},
         "summary": "((criminal_offence:Assault on cashier; arrested at the scene))", "banned": True},
    ])


@document("betting-shop-staff.html")
def betting_staff(d):
    return html_file(d, "North region shops - staff contacts", [
        ("h1", "North region shops: staff contacts"),
        ("p", "For managers only. Do not print. Updated 01/11/2026."),
        ("table", [
            ["Name", "Role", "Shop", "Phone", "Email", "Notes"],
            ["<<Shauna Keighley>>", "Shop manager", "Kirkholme Market St", "[[phone:07700 900 671]]",
             "[[email:shauna.keighley@marlowepike.example.co.uk]]", "Key holder"],
            ["<<Gurleen Kaur Dhillon>>", "Cashier", "Kirkholme Market St", "[[phone:07700900672]]",
             "[[email:gurleen.dhillon@marlowepike.example.co.uk]]", "Off sick from 24/10"],
            ["<<Donna Rushworth>>", "Senior cashier", "Harrowby", "[[phone:07700 900 673]]",
             "[[email:donna.rushworth@marlowepike.example.co.uk]]", "((trade_union:GMB shop steward for the North region))"],
            ["<<Mohsin Zaheer>>", "Shop manager", "Harrowby", "[[phone:+44 7700 900674]]",
             "[[email:mohsin.zaheer@marlowepike.example.co.uk]]", "First aider; key holder"],
            ["<<Hollie Mellor>>", "Cashier", "Todmorden", "[[phone:07700 900 675]]",
             "[[email:hollie.mellor@marlowepike.example.co.uk]]", "Weekends only"],
        ]),
        ("dl", [
            ("Area manager", "<<Lindiwe Mokoena>>, [[phone:0161 496 0600]]"),
            ("Security", "<<Craig Dobson-Oakes>>, [[phone:0161 4960 601]]"),
            ("Company", BOOKIE + " Ltd, North region office, [[uk_postcode:M9 8QS]]"),
        ]),
    ])


# 8. Greave Lane Crematorium and Calderbrook Bereavement Services

CREM = "Greave Lane Crematorium"


@document("crem-applications.xlsx")
def crem_applications(d):
    return xlsx_file(
        d, title="Cremation applications November 2026", author="<<Yolanda Pearson-Akande>>", editor="<<Yolanda Pearson-Akande>>",
        created="2026-11-04",
        sheets=[
            ("Applications", [
                ["App no", "Deceased", "DOB", "Date of death", "Applicant", "Relationship", "Funeral director", "Cause of death (MCCD)", "Implants"],
                ["C26/1402", "<<Harold Eccleshare>>", Day("1936-05-12", dob=True), Day("2026-10-02"), "<<Jean Eccleshare>>", "Widow",
                 "{{J. Arkwright & Sons}}", "((health:1a Ischaemic heart disease))", "((health:Pacemaker - removed by the funeral director))"],
                ["C26/1403", "<<Kantilal Patel>>", Day("1944-10-20", dob=True), Day("2026-10-29"), "<<Hitesh Patel>>", "Son",
                 "{{Hebden & Royd}} Funeral Directors", "((health:1a Metastatic prostate cancer))",
                 "((health:Pacemaker removed 03/11/2026; no radioactive implants))"],
                ["C26/1404", "<<Bethany Quarmby>>", Day("1998-01-09", dob=True), Day("2026-10-30"), "<<Alan Quarmby>>", "Father",
                 "{{Co-op Funeralcare}}", "((genetic:1a Cystic fibrosis, F508del homozygous))", "None"],
                ["C26/1405", "<<Józef Malinowski>>", Day("1939-03-03", dob=True), Day("2026-11-01"), "<<Halina Malinowska>>", "Daughter",
                 "{{J. Arkwright & Sons}}", "((health:1a Bronchopneumonia 1b Alzheimer's disease))", "((health:Hip replacement - no action))"],
            ]),
            ("Medical referee", [
                ["App no", "Referee", "Authorised", "Notes"],
                ["C26/1402", "Dr <<Malcolm Tindall>>", Day("2026-10-05"), "Form Cremation 4 checked"],
                ["C26/1403", "Dr <<Malcolm Tindall>>", Day("2026-11-03"), "Pacemaker removal confirmed by phone"],
                ["C26/1404", "Dr <<Anjali Varma>>", Day("2026-11-02"), "Coroner not informed - natural causes"],
            ]),
        ],
    )


@document("crem-medical-referee.pdf")
def crem_referee(d):
    return pdf_file(d, [
        "Cremation 10 - authorisation of cremation by the medical referee",
        CREM + ", Greave Lane, Calderbrook [[uk_postcode:HD9 2XB]]",
        "",
        "Deceased: <<Kantilal Patel>>          Date of birth: [[date_of_birth:20 OCT 1944]]",
        "Date and place of death: 29/10/2026, Calderbrook Royal Hospital",
        "Application: C26/1403, made by <<Hitesh Patel>> (son)",
        "",
        "Cause of death (from the MCCD): ((health:1a Metastatic prostate cancer 2 Chronic kidney disease stage 4))",
        "Attending practitioner: Dr <<Oluwakemi Adesanya>>",
        "Medical examiner: Dr <<Callum Strachan>>",
        "",
        "Implants and hazards:",
        "((health:Cardiac pacemaker fitted 2019, removed 03/11/2026 by the funeral director)).",
        "((health:Brachytherapy seeds in 2017; the oncology team confirm no activity remains)).",
        "",
        "I am satisfied that the fact and cause of death have been definitely ascertained.",
        "Cremation authorised.",
        "",
        "Signed: Dr <<Malcolm Tindall>>, Medical Referee     Date: 03/11/2026",
    ], title="Cremation 10 - C26/1403", author="<<Malcolm Tindall>>")


@document("crem-faith-sections.csv")
def crem_faith(d):
    return csv_file(d, [
        ["Grave", "Section", "Deceased", "Burial date", "Grave owner", "Owner phone", "Notes"],
        ["M-114", "Muslim", "<<Abdul Qadir Shah>>", "31/10/2026", "<<Tariq Shah>>", "[[phone:07700 900 945]]",
         "((religious_belief:Burial within 24 hours; grave aligned to face the Qibla))"],
        ["J-027", "Jewish", "<<Miriam Lowenthal>>", "26/10/2026", "<<Daniel Lowenthal>>", "[[phone:0161 496 0712]]",
         "((religious_belief:Tahara by the Chevra Kadisha; no flowers on the grave))"],
        ["O-009", "Greek Orthodox", "<<Andreas Papadakis>>", "22/10/2026", "<<Eleni Papadakis>>", "[[phone:07700 900713]]",
         "((religious_belief:Orthodox funeral with a priest at the graveside; memorial at 40 days))"],
        ["L-1188", "Lawn, non-denominational", "<<Norma Stansfield>>", "28/10/2026", "<<Keith Stansfield>>", "[[phone:07700 900 716]]",
         "Standard headstone only"],
        ["W-061", "Woodland", "<<Bethany Quarmby>>", "06/11/2026", "<<Alan Quarmby>>", "[[phone:+447700900715]]", "Tree: rowan"],
    ])


@document("crem-grave-purchase.docx")
def crem_grave_purchase(d):
    d.t("[[=uk_bank_account:402281:63017742]]")
    return docx_file(
        d, title="Exclusive right of burial - RC-0442", author="<<Yolanda Pearson-Akande>>", editor="<<Yolanda Pearson-Akande>>",
        created="2026-10-27",
        header="Calderbrook Bereavement Services - Grant of exclusive right of burial",
        footer="Calderbrook Council, Bereavement Services, " + CREM + ", [[phone:01632 960 730]]",
        blocks=[
            ("h", "Grant of exclusive right of burial for 75 years"),
            ("table", [
                ["Grave", "RC-0442, ((religious_belief:Roman Catholic section, blessed ground)), for <<Teresa Flanagan>>"],
                ["Purchaser", "<<Brendan Flanagan>>"],
                ["Address", "9 Sycamore Rise, Calderbrook [[uk_postcode:HD9 5JL]]"],
                ["Telephone", "[[phone:07700 900 731]]"],
                ["Fee", "2,150 pounds"],
            ]),
            ("fn", "Paid by bank transfer from sort code 40-22-81, account 63017742 (<<B FLANAGAN>>).", 1),
            ("comment", "A further 500 pounds was paid by his brother <<Seamus Flanagan>> in Germany from ",
             "[[iban:DE89 3704 0044 0532 0130 00]]", ".", 0),
            ("p", "The grant gives the purchaser the right to decide who is buried in the grave and to place a memorial."),
            ("p", "Signed for the Council: <<Yolanda Pearson-Akande>>, Bereavement Services Officer"),
            ("textbox", ["Deed posted 28/10/2026", "Copy to the Catholic parish of Our Lady and {{St Oswin}}"]),
        ],
        footnotes=[(1, "Checked against the bank statement on 27/10/2026.")],
        comments=[(0, "<<Yolanda Pearson-Akande>>", "YPA", "Refund the overpayment of 500 pounds to the IBAN if the brother asks.")],
    )


@document("crem-memorial-book.rtf")
def crem_memorial(d):
    return rtf_file(
        d, title="Book of Remembrance order BR-2611", author="<<Yolanda Pearson-Akande>>",
        paragraphs=[
            "BOOK OF REMEMBRANCE - ORDER FORM",
            "Order BR-2611, " + CREM + ", Calderbrook",
            "Name to be entered: <<Harold Eccleshare>>",
            "Date of death: 2 October 2026 (entry to appear on that page each year)",
            "Inscription (up to five lines): Loving husband of <<Jean>>, dad of <<Susan>> and <<Michael>>, grandad of five. Forever in our hearts.",
            "Emblem: a cross and flame, as <<Harold>> ((religious_belief:was a lay preacher at Greave Methodist Church for forty years))",
            "Ordered by: <<Jean Eccleshare>>, 31 Ravenscliffe Avenue, Calderbrook [[uk_postcode:HD9 3TW]]",
            "Telephone: [[phone:01632 960 742]]     Email: [[email:jean.eccleshare@example.com]]",
            "Payment: 95 pounds by card, [[payment_card:3782 822463 10005]], taken by phone on 14/10/2026",
            "Miniature copy: yes, posted to <<Susan Redfearn>> (daughter) in Canada",
        ],
        footnote="Calligrapher: <<Ottoline Braithwaite>>; allow twelve weeks.",
    )


@document("crem-funeral-director.eml")
def crem_fd_mail(d):
    return eml_file(
        d,
        headers=[
            ("From", "<<Vikram Raval>> <[[email:vikram@hebdenroyd.example.co.uk]]>"),
            ("To", "Crematorium Office <[[email:crematorium@calderbrook.example.gov.uk]]>"),
            ("Cc", "<<Hitesh Patel>> <[[email:hitesh.patel@example.net]]>"),
            ("Subject", "Booking - the late Mr <<Kantilal Patel>>, Friday 6 November"),
            ("Date", "Mon, 02 Nov 2026 10:18:27 +0000"),
        ],
        raw_headers=[("Message-ID", "<hr-0211-vr@hebdenroyd.example.co.uk>")],
        boundary="=_hebdenroyd_0211",
        body=[
            "Good morning,",
            "",
            "Please confirm the 11:00 slot in the {{Brontë Chapel}} on Friday 6 November for the late",
            "Mr <<Kantilal Patel>>. Forms Cremation 1 and 4 are attached to the portal.",
            "",
            "((religious_belief:The family are Hindu and will hold Hindu prayers in the chapel)); the eldest son,",
            "<<Hitesh>>, would like to witness the charge and press the button. About 200 mourners are expected.",
            "",
            "((health:He had a cardiac pacemaker, which we removed on 3 November)).",
            "",
            "The family would like the ashes on Saturday for scattering at the river; they will collect.",
            "",
            "Kind regards,",
            "<<Vikram Raval>>",
            "{{Hebden & Royd}} Funeral Directors, [[phone:0113 496 0755]]",
        ],
        attachments=[("booking-C26-1403.csv", "text/csv", [
            "deceased,date_of_birth,date_of_death,service,chapel,director",
            "<<Kantilal Patel>>,[[date_of_birth:20/10/1944]],29/10/2026,06/11/2026 11:00,{{Brontë Chapel}},<<Vikram Raval>>",
        ])],
    )


@document("crem-chapel-bookings.html")
def crem_chapel(d):
    return html_file(d, "Chapel bookings - week of 2 November 2026", [
        ("h1", CREM + ": chapel bookings, 2 to 6 November 2026"),
        ("table", [
            ["Date and time", "Chapel", "Deceased", "Funeral director", "Officiant", "Service"],
            ["Mon 2 Nov 10:00", "{{Brontë Chapel}}", "<<Norma Stansfield>>", "{{J. Arkwright & Sons}}", "Revd <<Philippa Oddie>>",
             "((religious_belief:Church of England funeral service)), committal in chapel"],
            ["Tue 3 Nov 13:30", "East Chapel", "<<Józef Malinowski>>", "{{J. Arkwright & Sons}}", "Fr <<Tadeusz Wilk>>",
             "((religious_belief:Catholic Requiem Mass at Our Lady's, committal only here))"],
            ["Wed 4 Nov 11:00", "{{Brontë Chapel}}", "<<Gurdial Singh Bhogal>>", "Khalsa Funeral Services", "Gyani <<Sukhdev Singh>>",
             "((religious_belief:Sikh service: Ardas and Kirtan Sohila))"],
            ["Thu 5 Nov 14:00", "East Chapel", "<<Royston Ackerley>>", "{{Co-op Funeralcare}}", "<<Lesley Dinsdale>>",
             "((religious_belief:Humanist ceremony, as he asked))"],
            ["Fri 6 Nov 11:00", "{{Brontë Chapel}}", "<<Kantilal Patel>>", "{{Hebden & Royd}}", "Family",
             "((religious_belief:Hindu prayers)); son to witness the charge"],
            ["Fri 6 Nov 15:00", "East Chapel", "<<Maureen Glossop>>", "{{Co-op Funeralcare}}", "<<Adele Frankland>>", "Civil celebrant"],
        ]),
        ("p", "Organist: <<Clement Ashby>> (Mon to Wed). Webcasting on request; the chapel is not a place of worship of any one faith."),
        ("p", "Office: [[phone:01632 960 700]], [[email:crematorium@calderbrook.example.gov.uk]]"),
    ])


@document("crem-ashes-register.ods")
def crem_ashes(d):
    return ods_file(
        d, title="Cremated remains - collections and disposals", author="<<Yolanda Pearson-Akande>>", editor="<<Colm Tierney>>",
        created="2026-11-05",
        sheets=[
            ("Collections", [
                ["Cremation no", "Deceased", "Collected by", "ID seen", "Date", "Disposal"],
                ["C26/1390", "<<Doreen Whitham>>", "<<Keith Ormondroyd>>", "Driving licence [[uk_driving_licence:ORMON 603148 K9 9AB]]",
                 Day("2026-10-12"), "To be scattered at {{Hardcastle Crags}}"],
                ["C26/1396", "<<Norbert Lister-Kaye>>", "<<Rosalind Lister-Kaye>>", "UK passport [[uk_passport:650392817]]",
                 Day("2026-10-19"), "Interred in the family grave, Lawn L-0877"],
                [Note("C26/1402", "<<Colm Tierney>>", "Widow asked for the casket with the brass plate."), "<<Harold Eccleshare>>",
                 "<<Jean Eccleshare>>", "Known to staff", Day("2026-10-24"), "Kept at home"],
                ["C26/1404", "<<Bethany Quarmby>>", "Posted by Royal Mail Special Delivery", "", Day("2026-11-03"),
                 "Woodland burial W-061"],
            ]),
            ("Postal fees", [
                ["Cremation no", "Payer", "Card", "Amount"],
                ["C26/1404", "<<Alan Quarmby>>", "[[payment_card:2223003122003222]]", Num(45.0)],
            ]),
        ],
    )


# Policy, privacy and training texts: about no one

@document("policy-home-fire-safety.md")
def policy_fire(d):
    return text_file(d, [
        f"# {FIRE}: home fire safety visits policy",
        "",
        "Version 4.2, approved by the Community Safety Board, September 2026.",
        "",
        "## Who we prioritise",
        "",
        "- People who use home oxygen, especially those who smoke or live with a smoker.",
        "- People living with dementia, sight or hearing loss, or reduced mobility.",
        "- Homes where hoarding or self-neglect has been reported by a partner agency.",
        "- Young people referred for fire-setting behaviour, with their family's consent.",
        "",
        "## What we record",
        "",
        "Crews record only what they need to reduce the risk: the risk factors seen, the equipment fitted",
        "and the referrals made. Health information is special category data; it is shared with partners",
        "only under a data sharing agreement or with consent, and never with the public.",
        "",
        "## Firefighters' health",
        "",
        "Medical and fitness results are held by Occupational Health, not by station managers. Managers",
        "are told whether someone is fit, fit with restrictions or unfit, never the diagnosis.",
        "",
        "Book a visit: call [[phone:0113 496 0500]], freephone [[phone:0808 157 0123]], or write to",
        "[[email:safeandwell@bfrs.example.gov.uk]].",
    ])


@document("policy-candidate-privacy.txt")
def policy_candidates(d):
    return text_file(d, [
        "LARKSPUR RECRUITMENT LTD - CANDIDATE PRIVACY NOTICE",
        "",
        "What we collect",
        "Your contact details, CV, work history, references, right-to-work documents and, for some roles,",
        "the result of a DBS check. If you choose to, you can tell us about a disability or health",
        "condition so that we can arrange reasonable adjustments at interview or at work.",
        "",
        "Equal opportunities monitoring",
        "We ask about ethnic origin, religion or belief, sexual orientation and disability. Answering is",
        "optional and 'prefer not to say' is always offered. The answers are special category data: they",
        "are reported to clients only as anonymous totals and never used to decide who is put forward.",
        "",
        "Criminal records",
        "Convictions and cautions are only asked about where the law allows for the role. A DBS",
        "certificate is seen by the consultant and the client, and a copy is not kept.",
        "",
        "Identity checks",
        "Some checks use identity document validation technology, which compares a selfie with the photo",
        "in a passport. The comparison is biometric processing and is done only with explicit consent;",
        "you may ask for a manual check instead.",
        "",
        "How long we keep it",
        "Unsuccessful candidates' records are deleted after 12 months; temps' pay records after 6 years.",
        "",
        "Questions: the Data Protection Officer, [[email:dpo@larkspur.example.co.uk]], [[phone:0113 496 0799]].",
    ])


@document("training-gic-reception.html")
def training_gic(d):
    return html_file(d, "Reception and admin training - respectful and confidential care", [
        ("h1", "Reception and admin training: respectful and confidential care"),
        ("p", "For all new reception, booking and medical secretary staff at " + GIC + "."),
        ("h2", "Names and pronouns"),
        ("ul", [
            "Use the name and title the patient has asked for, on the phone, in the waiting room and in letters.",
            "Check the record before calling a patient in; never read out a former name.",
            "If you make a mistake, apologise briefly and move on.",
        ]),
        ("h2", "Confidentiality"),
        ("p", "Everything about a referral to the clinic is health information and is treated as special category data. "
              "Gender history is also protected by the Gender Recognition Act 2004: disclosing it without consent can be an offence."),
        ("p", "Never confirm to a caller that someone is a patient unless they pass the security questions on the record."),
        ("h2", "Sexual orientation and relationships"),
        ("p", "Patients may talk about partners, sexuality and family. Record only what the clinician needs, and never in the booking notes."),
        ("dl", [
            ("Training lead", "Clinic practice educator"),
            ("Questions", "[[email:tvgic.education@tvgic.example.nhs.uk]]"),
        ]),
    ])


@document("policy-register-office-privacy.pdf")
def policy_register(d):
    return pdf_file(d, [
        REGISTER + " - privacy notice",
        "",
        "We register births, stillbirths, deaths, marriages and civil partnerships and hold the registers",
        "for Kirkholme. Registration is a legal duty, and most of what is recorded is set by law.",
        "",
        "A death registration includes the cause of death from the medical certificate. A stillbirth",
        "registration includes the medical certificate of stillbirth. These are health data.",
        "",
        "A marriage may be solemnised by religious rites, and the place of the ceremony is recorded. This",
        "can reveal religious belief. A marriage or civil partnership entry can reveal sexual orientation.",
        "",
        "Citizenship ceremonies: new citizens choose an oath or an affirmation. We record the choice to",
        "prepare the ceremony, and delete it once the certificates have been returned to the Home Office.",
        "",
        "We must report suspected sham marriages and civil partnerships to the Home Office under section",
        "24 of the Immigration and Asylum Act 1999.",
        "",
        "Certified copies of entries can be ordered by anyone who gives enough detail to find the entry.",
        "",
        "Data Protection Officer: [[email:dpo@kirkholme.example.gov.uk]]    Telephone: [[phone:0114 496 0100]]",
    ], title="Register office privacy notice", author="Kirkholme Council Information Governance")


@document("training-debt-vulnerability.docx")
def training_debt(d):
    return docx_file(
        d, title="Vulnerable clients - adviser training", author="Training Team", editor="Training Team", created="2026-08-14",
        header=DEBT + " - adviser training module 6",
        footer="Internal training material. Case studies are invented and describe no real client.",
        blocks=[
            ("h", "Module 6: identifying and recording vulnerability"),
            ("p", "Clients in problem debt are more likely to have a mental health problem, a long-term illness or an addiction."),
            ("fn", "Record a vulnerability only with the client's explicit consent, and only what helps the advice.", 1),
            ("comment", "Use the Debt and Mental Health Evidence Form ", "where a client's mental health affects their ability to deal with creditors",
             ", and Breathing Space (mental health crisis) where they are receiving crisis treatment.", 0),
            ("p", "Court fines are priority debts: magistrates can issue warrants. Ask about them early in every case."),
            ("p", "Faith-based lenders, union welfare funds and charitable grants can help; record the source of a grant, not the client's beliefs."),
            ("table", [
                ["Code", "Meaning"],
                ["MH", "Mental health"],
                ["Disab", "Disability or long-term condition"],
                ["Addiction", "Gambling, alcohol or drugs"],
            ]),
            ("textbox", ["Remember: ask, don't assume."]),
        ],
        footnotes=[(1, "See the charity's special category data policy, section 3.")],
        comments=[(0, "Training Team", "TT", "Add the updated Breathing Space guidance when published.")],
    )


@document("policy-youth-safeguarding.odt")
def policy_youth(d):
    return odt_file(
        d, title="Safeguarding and personal information - youth sections", author="Group Executive", editor="Group Executive",
        created="2026-04-18",
        blocks=[
            ("h", "Safeguarding and personal information in the Group and the Detachment"),
            ("p", "Joining forms ask for medical conditions, allergies, medication and dietary needs, including those for religious reasons, "
                  "so that leaders can keep young people safe and include them fully."),
            ("p", "Young people may make the Promise in the form that fits their faith or beliefs. Leaders record the wording only to prepare the investiture."),
            ("p", Note("All adult volunteers need an enhanced DBS check. A disclosure is risk-assessed by the District, never by the Group alone.",
                       "Group Executive", "Update after the national policy review.")),
            ("p", "Volunteers who hold political office must not use their uniform or role for campaigning."),
            ("table", [
                ["Record", "Kept for"],
                ["Joining forms", "While a member, then one year"],
                ["Camp health forms", "Destroyed after the event unless there was an incident"],
                ["Accident reports", "Until the young person is 21"],
            ]),
            ("p", "Concerns: the Group Lead Volunteer, [[email:safeguarding@12thharrowby.example.org.uk]]."),
        ],
    )


@document("policy-face-matching.json")
def policy_face(d):
    return json_file(d, {
        "document": "Face-matching pilot: data protection impact assessment summary",
        "controller": BOOKIE + " Ltd",
        "version": "1.3",
        "purpose": "Help staff recognise customers who have asked to self-exclude from our shops.",
        "specialCategories": [
            "Biometric data: a face template made from the photograph a self-excluding customer gives us, only with explicit consent.",
            "Health data may be inferred from self-exclusion; staff never record a reason unless the customer gives one.",
        ],
        "safeguards": [
            "A match is only an alert: a member of staff checks the photograph before speaking to anyone.",
            "Templates of people who are not on the register are never made or kept.",
            "Templates are deleted when the self-exclusion ends or consent is withdrawn.",
            "Match accuracy is tested across ethnic groups every quarter and published to the Safer Gambling Board.",
        ],
        "retention": {"templates": "End of self-exclusion", "matchLog": "90 days", "cctv": "31 days"},
        "contact": "[[email:dpo@marlowepike.example.co.uk]]",
    })


@document("training-faith-funerals.pdf")
def training_faith(d):
    return pdf_file(d, [
        "Bereavement Services training: funerals of different faiths and none",
        "",
        "Muslim and Jewish families usually ask for burial as soon as possible, often within 24 hours.",
        "Be ready to open at weekends when the registrar can issue the green form.",
        "",
        "Hindu and Sikh families often want family members to witness the charging of the cremator.",
        "Offer the viewing room and explain the safety rules before the day.",
        "",
        "Many Orthodox and Catholic families ask for a priest at the graveside; check the section rules.",
        "Humanist and civil celebrants lead many services: never assume a family's beliefs.",
        "",
        "Medical forms: the medical referee checks the cause of death and any implants. Pacemakers must",
        "be removed before cremation; ask the funeral director to confirm in writing.",
        "",
        "Never discuss the cause of death at the chapel door, and keep forms in the office.",
        "",
        "Questions to the Bereavement Services Manager: [[phone:01632 960 700]]",
    ], title="Faith and funerals - staff training", author="Calderbrook Bereavement Services")


# --- writing -------------------------------------------------------------------


def main():
    built, problems, seen = [], [], set()
    for filename, write in DOCUMENTS:
        if filename in seen:
            problems.append(f"{filename}: written twice")
        seen.add(filename)
        d = Doc(filename)
        data = write(d)
        problems += [f"{filename}: {p}" for p in d.check()]
        built.append((filename, data, d))
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"refused: {len(problems)} problems, nothing written", file=sys.stderr)
        sys.exit(1)
    docs = HERE / "docs"
    shutil.rmtree(docs, ignore_errors=True)
    docs.mkdir()
    labels = []
    for filename, data, d in sorted(built, key=lambda b: b[0]):
        (docs / filename).write_bytes(data)
        labels.append(json.dumps(d.label(), ensure_ascii=False))
    (HERE / "labels.jsonl").write_text("\n".join(labels) + "\n", encoding="utf-8")
    print_totals([d for _, _, d in built])


def print_totals(docs):
    def counted(pairs):
        counts = {}
        for key in pairs:
            counts[key] = counts.get(key, 0) + 1
        return ", ".join(f"{k} {n}" for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

    negatives = sum(d.filename.startswith(("policy-", "training-")) for d in docs)
    names = sum(len(d.names) for d in docs)
    ids = [kind for d in docs for kind, _ in d.ids]
    print(f"{len(docs)} documents ({negatives} negative), {names} name labels, {len(ids)} identifier labels")
    print(f"identifiers: {counted(ids)}")
    print(f"documents per category: {counted(c for d in docs for c in d.cats)}")
    print(f"formats: {counted(d.filename.rsplit('.', 1)[1] for d in docs)}")


if __name__ == "__main__":
    main()
