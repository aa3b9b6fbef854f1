#!/usr/bin/env python3
"""Write heldout20, the twentieth blind held-out set, and its labels.

72 synthetic documents from eight kinds of organisation (a football club's
stadium safety office, an NHS renal dialysis and transplant unit, a Mental
Health Tribunal office, a Hajj and Umrah travel agency, a young carers'
project, a probation approved premises, a local party's ward campaign, a
supermarket distribution centre's HR) and eight policy and training texts
that name no one. Every value is written by hand; nothing is drawn at random.

Markup, resolved by `Doc.t`, so that the labels are the spans that write the
text:

- `<<Jane Smith>>` a person-name mention (the label is the text as written;
  a title stays outside the brackets);
- `[[kind:written]]` an identifier written so and normalised by the kind's
  rule, `[[kind:written=>normalised]]` one normalised by hand, and
  `[[=kind:normalised]]` a label whose value is written elsewhere in other
  words or spread over cells (a sort code and an account);
- `((category:words))` words that reveal a special category about a named
  person in the document;
- `{{words}}` a distractor written on purpose (a place, firm or thing named
  like a person; a category about no one; an identifier look-alike).

Judgement calls (the category labelling guide at the end of
tests/eval/README.md, points 1 to 8, is followed; its open cases and this
set's own are decided so):

- A football banning order, an arrest or ejection for an offence, a
  watchlist of people under banning orders, licence conditions, a MAPPA
  level and residence at a probation approved premises (a resident on
  licence or bail) are `criminal_offence`; a steward's ejection for being
  drunk in a seat with no police action is nothing.
- A face-recognition trial's enrolment, watchlist match or face template of
  a named person, and a named person's fingerprint clock-in or door-reader
  enrolment, are `biometric`; a season-ticket photo card is not.
- A kirpan carried as a named Sikh's article of faith, a Jehovah's Witness
  who declines blood, a Hajj or Umrah booking, a mahram declaration, a
  chaplain's visit for a named resident's faith and a named worker's Eid or
  Diwali leave asked for his or her own observance are `religious_belief`;
  a prayer room's opening hours, a travel firm's packages and "halal meals
  for the whole group" are nothing.
- Dialysis, transplant, a tribunal's section 2, 3 or 37/41 detention, a
  carer's parent's condition, sickness absence with a reason, an
  occupational health referral, a drug test result that is not negative, a
  vaccination certificate, a trip form's medical notes and an access
  register's needs are `health`; "no medical needs" and a negative test are
  nothing. A section 37/41 restriction order (a court's hospital order) is
  also `criminal_offence`.
- HLA tissue typing and a crossmatch of a named donor or recipient, APOL1
  risk variants and a sickle cell trait (HbAS) are `genetic` (and `health`
  where a condition or treatment is named).
- Ethnicity monitoring answers on a referral or an application are
  `racial_ethnic_origin`; a racially aggravated offence of a named fan is
  `criminal_offence` and says nothing of anyone's origin.
- "His husband" of a named patient is `sex_life_orientation`.
- Canvass codes per elector ("L", "Against", "soft Lab", "Con", "Green
  lean"), a pledge on a knock-up sheet, a poster board agreed by a named
  elector, party membership, a delivery round, a donation to the party, a
  candidacy and a named person's own petition for a campaign are
  `political_opinion`; "Not in", "Won't say" and a casework letter to a
  councillor are nothing. A union's backing of the candidate is
  `trade_union` as well.
- USDAW check-off, a rep role, a UNISON stewards' course and "his USDAW rep
  told at his request" are `trade_union`; a right-to-work check, a
  nationality and a language are nothing.
- A category of a relative counts only when the relative is named (a young
  carer's parent, an enquirer's mother).
- A grievance about racial harassment of the named grievant is
  `racial_ethnic_origin`; a named co-chair who writes "as a gay man" is
  `sex_life_orientation`; a staff network's name alone is nothing.
- A DBS result "clear" or "pending" is nothing; a disclosed caution is
  `criminal_offence`.
"""

import base64
import datetime
import io
import ipaddress
import json
import quopri
import re
import shutil
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

CATEGORY = {
    "eth": "racial_ethnic_origin",
    "pol": "political_opinion",
    "rel": "religious_belief",
    "tu": "trade_union",
    "gen": "genetic",
    "bio": "biometric",
    "hea": "health",
    "sex": "sex_life_orientation",
    "crim": "criminal_offence",
}
CATEGORY_ORDER = list(CATEGORY.values())

KIND = {
    "phone": "phone",
    "email": "email",
    "dob": "date_of_birth",
    "postcode": "uk_postcode",
    "ip": "ip_address",
    "bank": "uk_bank_account",
    "nhs": "nhs_number",
    "card": "payment_card",
    "nino": "uk_nino",
    "iban": "iban",
    "passport": "uk_passport",
    "licence": "uk_driving_licence",
}

TITLES = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "revd", "rev", "fr", "cllr",
    "pc", "dc", "sgt", "insp", "sister", "nurse", "judge", "sir", "dame",
    "maulana", "imam", "canon", "hajji", "steward",
}
PARTICLES = {"bin", "bint", "al", "el", "de", "da", "van", "der", "mac", "mc",
             "ni", "nic", "ó", "o", "ap", "ibn", "abu", "le", "la", "di", "thi"}

DRAMA = [
    "+447700900", "+44207946", "+441134960", "+441144960", "+441154960",
    "+441174960", "+441214960", "+441414960", "+441614960", "+441914980",
    "+442890180", "+442920180", "+441632960", "+448081570",
]

MONTHS = {m.lower(): i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August",
     "September", "October", "November", "December"], 1)}
for _m, _i in list(MONTHS.items()):
    MONTHS[_m[:3]] = _i
MONTHS["sept"] = 9

MARKUP = re.compile(r"<<(.+?)>>|\[\[(=?)(\w+):(.+?)\]\]|\(\((\w+):(.+?)\)\)|\{\{(.+?)\}\}", re.S)
LEFTOVER = re.compile(r"<<|>>|\[\[|\]\]|\(\(|\)\)|\{\{|\}\}")
EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
NINO = re.compile(r"\bQQ ?\d\d ?\d\d ?\d\d ?[A-D]\b")
IPV4 = re.compile(r"\b(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}\b")
IPV6 = re.compile(r"\b2001:0?db8:[0-9a-f:]*", re.I)
POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")
PHONE = re.compile(r"(?<![\w+])(?:\+44[\s]?(?:\(0\)\s?)?|\(?0)\d[\d\s()\-]{7,14}\d")


def phone_e164(written):
    text = written.replace("(0)", "")
    digits = re.sub(r"\D", "", text)
    if text.strip().startswith("+"):
        return "+" + digits
    return "+44" + digits.lstrip("0")


def in_drama(e164):
    return any(e164.startswith(p) for p in DRAMA) and len(e164) in (13, 12)


def parse_date(written):
    """A date of birth as written, or None when the writing needs `=>`."""
    w = written.strip()
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", w)
    if m:
        return datetime.date(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", w)
    if m:
        return datetime.date(int(m[3]), int(m[2]), int(m[1]))
    m = re.fullmatch(r"(?:the )?(\d{1,2})(?:st|nd|rd|th)?(?: of)? ([A-Za-z]+)\.?,? (\d{4})", w)
    if m and m[2].lower() in MONTHS:
        return datetime.date(int(m[3]), MONTHS[m[2].lower()], int(m[1]))
    m = re.fullmatch(r"([A-Za-z]+) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})", w)
    if m and m[1].lower() in MONTHS:
        return datetime.date(int(m[3]), MONTHS[m[1].lower()], int(m[2]))
    return None


def luhn(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def nhs_valid(digits):
    if not re.fullmatch(r"\d{10}", digits):
        return False
    check = 11 - sum(int(digits[i]) * (10 - i) for i in range(9)) % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def iban_valid(value):
    if not re.fullmatch(r"[A-Z]{2}\d\d[A-Z0-9]{10,30}", value):
        return False
    moved = value[4:] + value[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def normalise(kind, written):
    """The contract's normal form of `written`, or raises ValueError."""
    if kind == "phone":
        value = phone_e164(written)
        if not in_drama(value):
            raise ValueError(f"phone {written!r} is not in a drama range")
        return value
    if kind == "email":
        if not EMAIL.fullmatch(written) or not re.search(r"@(?:[\w-]+\.)*example\.", written):
            raise ValueError(f"email {written!r} is not an example.* mailbox")
        return written.lower()
    if kind == "dob":
        date = parse_date(written)
        if date is None:
            raise ValueError(f"date {written!r} needs =>")
        return date.isoformat()
    if kind == "postcode":
        compact = written.replace(" ", "").upper()
        if not re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", compact) or "9" not in compact[:-3]:
            raise ValueError(f"postcode {written!r}")
        return compact[:-3] + " " + compact[-3:]
    if kind == "ip":
        address = ipaddress.ip_address(written)
        doc_nets = [ipaddress.ip_network(n) for n in
                    ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
        if not any(address in n for n in doc_nets):
            raise ValueError(f"ip {written!r} is not a documentation address")
        return address.compressed
    if kind == "bank":
        digits = re.sub(r"\D", "", written)
        if len(digits) != 14:
            raise ValueError(f"bank account {written!r}")
        return digits[:6] + ":" + digits[6:]
    if kind == "nhs":
        digits = re.sub(r"\D", "", written)
        if not digits.startswith("999") or not nhs_valid(digits):
            raise ValueError(f"NHS number {written!r}")
        return digits
    if kind == "card":
        digits = re.sub(r"\D", "", written)
        if not luhn(digits) or digits[0] not in "2345" or len(digits) not in (15, 16):
            raise ValueError(f"card {written!r}")
        return digits
    if kind == "nino":
        value = written.replace(" ", "").upper()
        if not re.fullmatch(r"QQ\d{6}[A-D]", value):
            raise ValueError(f"NINO {written!r}")
        return value
    if kind == "iban":
        value = written.replace(" ", "").upper()
        if not iban_valid(value):
            raise ValueError(f"IBAN {written!r}")
        return value
    if kind == "passport":
        value = written.replace(" ", "")
        if not re.fullmatch(r"\d{9}", value):
            raise ValueError(f"passport {written!r}")
        return value
    if kind == "licence":
        value = written.replace(" ", "").upper()
        if not re.fullmatch(r"[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}", value):
            raise ValueError(f"driving licence {written!r}")
        return value
    raise ValueError(f"unknown kind {kind!r}")


def checked_normal(kind, value):
    """A hand-normalised value, checked against the kind's normal form."""
    if kind == "dob":
        datetime.date.fromisoformat(value)
        return value
    if kind == "bank":
        if not re.fullmatch(r"\d{6}:\d{8}", value):
            raise ValueError(f"bank account {value!r}")
        return value
    return normalise(kind, value)


class Doc:
    """One document: its text pieces with their spans, and its labels."""

    def __init__(self, name):
        self.name = name
        self.names = []
        self.ids = []
        self.categories = set()
        self.pieces = []
        self.problems = []
        self.data = None

    @property
    def negative(self):
        return self.name.startswith(("policy-", "training-"))

    def t(self, markup):
        """Resolve markup: the plain text, recording labels and spans."""
        out = []
        spans = []
        pos = 0
        length = 0
        for m in MARKUP.finditer(markup):
            plain = markup[pos:m.start()]
            out.append(plain)
            length += len(plain)
            pos = m.end()
            start = length
            if m[1] is not None:
                text = m[1]
                self.name_label(text)
                spans.append((start, start + len(text), "name"))
            elif m[3] is not None:
                text = self.identifier(m[2] == "=", m[3], m[4])
                spans.append((start, start + len(text), "id"))
            elif m[5] is not None:
                text = m[6]
                if m[5] not in CATEGORY:
                    self.problems.append(f"unknown category {m[5]!r}")
                else:
                    self.categories.add(CATEGORY[m[5]])
            else:
                text = m[7]
                spans.append((start, start + len(text), "trap"))
            out.append(text)
            length += len(text)
        out.append(markup[pos:])
        plain = "".join(out)
        self.pieces.append((plain, spans))
        return plain

    def name_label(self, text):
        if text != " ".join(text.split()) or not text:
            self.problems.append(f"name {text!r} has odd whitespace")
        first = text.split()[0].rstrip(".").lower() if text.split() else ""
        if first in TITLES:
            self.problems.append(f"name {text!r} starts with a title")
        if text not in self.names:
            self.names.append(text)

    def identifier(self, label_only, kind, body):
        if kind not in KIND:
            self.problems.append(f"unknown kind {kind!r}")
            return ""
        written, _, normal = body.partition("=>")
        try:
            if label_only:
                value = checked_normal(kind, body)
                written = ""
            elif normal:
                value = checked_normal(kind, normal)
            else:
                value = normalise(kind, written)
        except ValueError as err:
            self.problems.append(str(err))
            return written
        pair = [KIND[kind], value]
        if pair not in self.ids:
            self.ids.append(pair)
        return written

    def check(self):
        """Every problem the brief's checks find in this document."""
        problems = list(self.problems)
        parts = set()
        for name in self.names:
            for word in re.split(r"[\s,]+", name):
                for part in {word, *word.split("-")}:
                    part = part.strip(".'\"()")
                    if len(part) > 2 and part.lower() not in PARTICLES:
                        parts.add(part)
        for plain, spans in self.pieces:
            if LEFTOVER.search(plain):
                problems.append(f"markup left in {plain[:60]!r}")
            covered = [(s, e) for s, e, kind in spans if kind in ("name", "trap")]
            covered += [m.span() for m in EMAIL.finditer(plain)]
            for part in parts:
                for m in re.finditer(r"(?<!\w)" + re.escape(part) + r"(?!\w)", plain, re.I):
                    if not any(s <= m.start() and m.end() <= e for s, e in covered):
                        problems.append(f"name part {part!r} unlabelled in {plain[max(0, m.start() - 30):m.end() + 30]!r}")
            id_spans = [(s, e) for s, e, kind in spans if kind == "id"]
            found = [m.span() for rx in (EMAIL, NINO, IPV4, IPV6, POSTCODE) for m in rx.finditer(plain)]
            found += [m.span() for m in PHONE.finditer(plain) if in_drama(phone_e164(m.group()))]
            for s, e in found:
                s += plain[s] == "(" and ")" not in plain[s:e]
                if not any(a <= s and e <= b for a, b in id_spans):
                    problems.append(f"identifier {plain[s:e]!r} unlabelled")
        if self.negative and (self.names or self.categories):
            problems.append("a policy or training text names someone or has a category")
        return [f"{self.name}: {p}" for p in problems]

    def label(self):
        return {
            "doc": self.name,
            "names": self.names,
            "categories": [c for c in CATEGORY_ORDER if c in self.categories],
            "ids": self.ids,
        }


# ---------------------------------------------------------------- writers

ZIP_TIME = (2026, 11, 2, 9, 0, 0)


def zip_bytes(members):
    """A zip with fixed timestamps; `members` are (name, bytes or str)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return buffer.getvalue()


def text(d, markup):
    d.data = d.t(markup).encode("utf-8")
    return d


def rows_text(d, rows, delimiter):
    """CSV or TSV: each cell resolved, quoted where it must be."""
    lines = []
    for row in rows:
        cells = []
        for cell in row:
            value = d.t(cell)
            if delimiter in value or '"' in value or "\n" in value:
                value = '"' + value.replace('"', '""') + '"'
            cells.append(value)
        lines.append(delimiter.join(cells))
    d.data = ("\n".join(lines) + "\n").encode("utf-8")
    return d


def resolve(d, value):
    if isinstance(value, str):
        return d.t(value)
    if isinstance(value, list):
        return [resolve(d, v) for v in value]
    if isinstance(value, dict):
        return {d.t(k): resolve(d, v) for k, v in value.items()}
    return value


def json_doc(d, value):
    d.data = (json.dumps(resolve(d, value), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    return d


def jsonl_doc(d, records):
    lines = [json.dumps(resolve(d, r), ensure_ascii=False) for r in records]
    d.data = ("\n".join(lines) + "\n").encode("utf-8")
    return d


def html_doc(d, title, body):
    page = (f"<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{escape(d.t(title))}</title>\n</head>\n<body>\n{d.t(body)}\n</body>\n</html>\n")
    d.data = page.encode("utf-8")
    return d


# mail

def encode_header(value):
    if value.isascii():
        return value
    return "=?utf-8?b?" + base64.b64encode(value.encode("utf-8")).decode("ascii") + "?="


def address_header(value):
    """`Name <addr>, Name <addr>` with non-ASCII display names encoded."""
    out = []
    for part in value.split(", "):
        m = re.fullmatch(r"(.*?) ?<(.+)>", part)
        if m and m[1]:
            name = m[1] if m[1].isascii() else encode_header(m[1])
            out.append(f"{name} <{m[2]}>")
        else:
            out.append(part)
    return ", ".join(out)


def qp(text_value):
    return quopri.encodestring(text_value.encode("utf-8")).decode("ascii")


def b64(data):
    return base64.encodebytes(data).decode("ascii")


def message(d, headers, body, html=None, attachments=(), boundary="b"):
    """One RFC 5322 message. Headers: (key, markup); Message-ID and
    In-Reply-To are written raw (never labelled)."""
    lines = []
    for key, value in headers:
        if key in ("Message-ID", "In-Reply-To", "Date"):
            lines.append(f"{key}: {value}")
        elif key in ("From", "To", "Cc", "Reply-To"):
            lines.append(f"{key}: {address_header(d.t(value))}")
        else:
            lines.append(f"{key}: {encode_header(d.t(value))}")
    lines.append("MIME-Version: 1.0")
    body_text = d.t(body)
    if html is None and not attachments:
        lines += ["Content-Type: text/plain; charset=utf-8",
                  "Content-Transfer-Encoding: quoted-printable", "", qp(body_text)]
        return "\n".join(lines)
    alt = [f"--{boundary}-alt", "Content-Type: text/plain; charset=utf-8",
           "Content-Transfer-Encoding: quoted-printable", "", qp(body_text)]
    if html is not None:
        alt += [f"--{boundary}-alt", "Content-Type: text/html; charset=utf-8",
                "Content-Transfer-Encoding: quoted-printable", "", qp(d.t(html))]
    alt.append(f"--{boundary}-alt--")
    if not attachments:
        lines += [f'Content-Type: multipart/alternative; boundary="{boundary}-alt"', ""] + alt
        return "\n".join(lines)
    lines += [f'Content-Type: multipart/mixed; boundary="{boundary}-mix"', "",
              "This is a multi-part message in MIME format.", f"--{boundary}-mix",
              f'Content-Type: multipart/alternative; boundary="{boundary}-alt"', ""] + alt
    for filename, mime, content in attachments:
        lines += [f"--{boundary}-mix", f'Content-Type: {mime}; name="{filename}"',
                  f'Content-Disposition: attachment; filename="{filename}"',
                  "Content-Transfer-Encoding: base64", "", b64(d.t(content).encode("utf-8"))]
    lines.append(f"--{boundary}-mix--")
    return "\n".join(lines)


def eml(d, headers, body, html=None, attachments=()):
    d.data = (message(d, headers, body, html, attachments, "=_h20_" + d.name.split(".")[0]) + "\n").encode("utf-8")
    return d


def mbox(d, messages):
    """`messages`: (envelope sender, asctime, headers, body)."""
    out = []
    for sender, when, headers, body in messages:
        msg = message(d, headers, body)
        if re.search(r"^From ", msg, re.M):
            d.problems.append("a body line starts with 'From '")
        out.append(f"From {sender} {when}\n{msg}\n")
    d.data = "\n".join(out).encode("utf-8")
    return d


# Word

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office"')


def w_run(text_value):
    return f'<w:r><w:t xml:space="preserve">{escape(text_value)}</w:t></w:r>'


def core_props(d, author, editor, title):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{escape(d.t(title))}</dc:title><dc:creator>{escape(d.t(author))}</dc:creator>'
            f'<cp:lastModifiedBy>{escape(d.t(editor))}</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-02T09:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-03T16:30:00Z</dcterms:modified>'
            '</cp:coreProperties>')


def docx(d, blocks, title, author, editor, header=None, footer=None):
    """Blocks: ("p", text), ("table", rows), ("fn", text, note),
    ("comment", before, anchored, after, author, note), ("box", text)."""
    body = []
    footnotes = []
    comments = []
    for block in blocks:
        kind = block[0]
        if kind == "p":
            body.append(f"<w:p>{w_run(d.t(block[1]))}</w:p>")
        elif kind == "table":
            rows = "".join(
                "<w:tr>" + "".join(f"<w:tc><w:p>{w_run(d.t(c))}</w:p></w:tc>" for c in row) + "</w:tr>"
                for row in block[1])
            body.append(f"<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>{rows}</w:tbl>")
        elif kind == "fn":
            n = len(footnotes) + 1
            footnotes.append(f'<w:footnote w:id="{n}"><w:p>{w_run(d.t(block[2]))}</w:p></w:footnote>')
            body.append(f'<w:p>{w_run(d.t(block[1]))}<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                        f'<w:footnoteReference w:id="{n}"/></w:r></w:p>')
        elif kind == "comment":
            n = len(comments)
            _, before, anchored, after, who, note = block
            comments.append(f'<w:comment w:id="{n}" w:author="{escape(d.t(who))}" w:date="2026-11-03T10:00:00Z" '
                            f'w:initials="X"><w:p>{w_run(d.t(note))}</w:p></w:comment>')
            body.append(f'<w:p>{w_run(d.t(before))}<w:commentRangeStart w:id="{n}"/>{w_run(d.t(anchored))}'
                        f'<w:commentRangeEnd w:id="{n}"/><w:r><w:commentReference w:id="{n}"/></w:r>'
                        f'{w_run(d.t(after))}</w:p>')
        elif kind == "box":
            body.append('<w:p><w:r><w:pict><v:shape id="box1" style="width:300pt;height:80pt"><v:textbox>'
                        f'<w:txbxContent><w:p>{w_run(d.t(block[1]))}</w:p></w:txbxContent>'
                        '</v:textbox></v:shape></w:pict></w:r></w:p>')
        else:
            raise ValueError(kind)
    sect = "<w:sectPr>"
    rels = ['<Relationship Id="rStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    types = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
             '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
             '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    parts = []
    for part, tag, content in (("header1", "hdr", header), ("footer1", "ftr", footer)):
        if content is None:
            continue
        kind = "header" if tag == "hdr" else "footer"
        parts.append((f"word/{part}.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      f'<w:{tag} {W_NS}><w:p>{w_run(d.t(content))}</w:p></w:{tag}>'))
        rels.append(f'<Relationship Id="r{part}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}" Target="{part}.xml"/>')
        types.append(f'<Override PartName="/word/{part}.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"/>')
        sect += f'<w:{kind}Reference w:type="default" r:id="r{part}"/>'
    sect += "</w:sectPr>"
    if footnotes:
        sep = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        parts.append(("word/footnotes.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      f'<w:footnotes {W_NS}>{sep}{"".join(footnotes)}</w:footnotes>'))
        rels.append('<Relationship Id="rFootnotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>')
        types.append('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>')
    if comments:
        parts.append(("word/comments.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      f'<w:comments {W_NS}>{"".join(comments)}</w:comments>'))
        rels.append('<Relationship Id="rComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        types.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W_NS}><w:body>'
                f'{"".join(body)}{sect}</w:body></w:document>')
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W_NS}>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              '</w:styles>')
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>' + "".join(types) + "</Types>")
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                 '</Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                + "".join(rels) + "</Relationships>")
    d.data = zip_bytes([("[Content_Types].xml", content_types), ("_rels/.rels", root_rels),
                        ("word/document.xml", document), ("word/_rels/document.xml.rels", doc_rels),
                        ("word/styles.xml", styles)] + parts +
                       [("docProps/core.xml", core_props(d, author, editor, title))])
    return d


# Excel

EXCEL_EPOCH = datetime.date(1899, 12, 30)


def date_label(d, cell):
    """A typed date cell, ("date", iso) or ("date", iso, "dob") for a date of birth."""
    if cell[2:] == ("dob",):
        d.t(f"[[=dob:{cell[1]}]]")


def col_name(i):
    name = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(65 + r) + name
    return name


def xlsx(d, sheets, title, author, editor):
    """Sheets: (name, rows); a cell is markup text, a number, or
    ("date", "YYYY-MM-DD") written as a serial with a dd/mm/yyyy format."""
    strings = []
    index = {}
    sheet_xml = []
    for _, rows in sheets:
        xml_rows = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, cell in enumerate(row):
                ref = f"{col_name(c)}{r}"
                if isinstance(cell, tuple):
                    date_label(d, cell)
                    serial = (datetime.date.fromisoformat(cell[1]) - EXCEL_EPOCH).days
                    cells.append(f'<c r="{ref}" s="1"><v>{serial}</v></c>')
                elif isinstance(cell, (int, float)):
                    cells.append(f'<c r="{ref}"><v>{cell}</v></c>')
                elif cell == "":
                    continue
                else:
                    value = d.t(cell)
                    if value not in index:
                        index[value] = len(strings)
                        strings.append(value)
                    cells.append(f'<c r="{ref}" t="s"><v>{index[value]}</v></c>')
            xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
        sheet_xml.append('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                         f'<sheetData>{"".join(xml_rows)}</sheetData></worksheet>')
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">'
           + "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings) + "</sst>")
    workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                + "".join(f'<sheet name="{escape(name)}" sheetId="{i}" r:id="rS{i}"/>'
                          for i, (name, _) in enumerate(sheets, 1)) + "</sheets></workbook>")
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
              '<borders count="1"><border/></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
              '</styleSheet>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(f'<Relationship Id="rS{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>'
                      for i in range(1, len(sheets) + 1))
            + '<Relationship Id="rSst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            '<Relationship Id="rSty" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '</Relationships>')
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
             + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                       for i in range(1, len(sheets) + 1))
             + '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
             '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
             '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
             '</Types>')
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                 '</Relationships>')
    members = [("[Content_Types].xml", types), ("_rels/.rels", root_rels), ("xl/workbook.xml", workbook),
               ("xl/_rels/workbook.xml.rels", rels), ("xl/styles.xml", styles), ("xl/sharedStrings.xml", sst)]
    members += [(f"xl/worksheets/sheet{i}.xml", x) for i, x in enumerate(sheet_xml, 1)]
    members.append(("docProps/core.xml", core_props(d, author, editor, title)))
    d.data = zip_bytes(members)
    return d


# OpenDocument

ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3"')


def odf(d, mime, body, author, title):
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ODF_NS}><office:meta>'
            f'<dc:title>{escape(d.t(title))}</dc:title>'
            f'<meta:initial-creator>{escape(d.t(author))}</meta:initial-creator>'
            f'<dc:creator>{escape(d.t(author))}</dc:creator>'
            '<meta:creation-date>2026-11-02T09:00:00</meta:creation-date>'
            '<dc:date>2026-11-03T16:30:00</dc:date></office:meta></office:document-meta>')
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODF_NS}>'
               f'<office:body>{body}</office:body></office:document-content>')
    d.data = zip_bytes([("mimetype", mime), ("META-INF/manifest.xml", manifest),
                        ("content.xml", content), ("meta.xml", meta)])
    return d


def odf_cell(d, cell):
    if isinstance(cell, tuple):
        date_label(d, cell)
        day = datetime.date.fromisoformat(cell[1])
        return (f'<table:table-cell office:value-type="date" office:date-value="{cell[1]}">'
                f'<text:p>{day.strftime("%d/%m/%Y")}</text:p></table:table-cell>')
    if isinstance(cell, (int, float)):
        return (f'<table:table-cell office:value-type="float" office:value="{cell}">'
                f'<text:p>{cell}</text:p></table:table-cell>')
    return f'<table:table-cell office:value-type="string"><text:p>{escape(d.t(cell))}</text:p></table:table-cell>'


def odf_table(d, name, rows):
    return (f'<table:table table:name="{escape(name)}">'
            + "".join("<table:table-row>" + "".join(odf_cell(d, c) for c in row) + "</table:table-row>"
                      for row in rows) + "</table:table>")


def odt(d, blocks, author, title):
    """Blocks: ("p", text), ("h", text), ("table", rows), ("note", text, who, note)."""
    out = []
    for block in blocks:
        if block[0] == "p":
            out.append(f"<text:p>{escape(d.t(block[1]))}</text:p>")
        elif block[0] == "h":
            out.append(f'<text:h text:outline-level="1">{escape(d.t(block[1]))}</text:h>')
        elif block[0] == "table":
            out.append(odf_table(d, "Table1", block[1]))
        elif block[0] == "note":
            out.append(f"<text:p>{escape(d.t(block[1]))}<office:annotation><dc:creator>{escape(d.t(block[2]))}</dc:creator>"
                       f"<dc:date>2026-11-03T11:00:00</dc:date><text:p>{escape(d.t(block[3]))}</text:p></office:annotation></text:p>")
        else:
            raise ValueError(block[0])
    return odf(d, "application/vnd.oasis.opendocument.text", f"<office:text>{''.join(out)}</office:text>", author, title)


def ods(d, sheets, author, title):
    tables = "".join(odf_table(d, name, rows) for name, rows in sheets)
    return odf(d, "application/vnd.oasis.opendocument.spreadsheet",
               f"<office:spreadsheet>{tables}</office:spreadsheet>", author, title)


# RTF

def rtf_escape(value):
    out = []
    for ch in value:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            code = ord(ch)
            out.append(f"\\u{code if code < 32768 else code - 65536}?")
    return "".join(out)


def rtf(d, paragraphs, author, title, footnote=None):
    body = "".join(rtf_escape(d.t(p)) + "\\par\n" for p in paragraphs)
    if footnote:
        body += "{\\super\\chftn}{\\footnote\\pard\\plain{\\super\\chftn} " + rtf_escape(d.t(footnote)) + "}\\par\n"
    d.data = ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Helvetica;}}\n"
              "{\\info{\\title " + rtf_escape(d.t(title)) + "}{\\author " + rtf_escape(d.t(author)) + "}}\n"
              "\\f0\\fs22\n" + body + "}\n").encode("ascii")
    return d


# PDF

def pdf(d, markup, title):
    lines = d.t(markup).split("\n")
    if len(lines) > 54:
        d.problems.append("PDF page too long")
    stream = ["BT", "/F1 10 Tf", "13 TL", "50 800 Td"]
    for line in lines:
        if len(line) > 100:
            d.problems.append(f"PDF line too long: {line[:40]!r}")
        try:
            raw = line.encode("cp1252")
        except UnicodeEncodeError:
            d.problems.append(f"PDF line not WinAnsi: {line!r}")
            raw = line.encode("cp1252", "replace")
        escaped = "".join(f"\\{b:03o}" if b > 126 else ("\\" + chr(b) if chr(b) in "()\\" else chr(b)) for b in raw)
        stream.append(f"({escaped}) Tj T*")
    stream.append("ET")
    content = "\n".join(stream).encode("ascii")
    title_text = d.t(title).encode("cp1252", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
        b"<< /Title (" + title_text.replace(b"(", b"\\(").replace(b")", b"\\)") + b") /Producer (heldout20 generate.py) "
        b"/CreationDate (D:20261102090000Z) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n").encode()
    d.data = bytes(out)
    return d


# ---------------------------------------------------------------- documents

DOCUMENTS = []


def document(fn):
    DOCUMENTS.append(fn)
    return fn


# ---- 1. a football club's stadium safety office (Calder Vale Town FC)

@document
def stadium_banning_orders():
    d = Doc("stadium-banning-orders.xlsx")
    orders = [
        ["Ref", "Surname", "Forename(s)", "Date of birth", "Postcode", "Order made", "Court", "Offence", "Length", "Report to"],
        ["FBO/26/014", "<<WHITWORTH>>", "<<Darren James>>", ("date", "1991-03-14", "dob"), "[[postcode:HX9 2LB]]",
         ("date", "2026-02-11"), "Calderdale Magistrates' Court", "((crim:Pitch incursion and throwing a coin))", "3 years", "Halifax police station"],
        ["FBO/26/019", "<<NAZIR>>", "<<Adeel>>", ("date", "1998-08-02", "dob"), "[[postcode:BD9 6RS]]",
         ("date", "2026-04-29"), "Bradford and Keighley Magistrates' Court", "((crim:Racially aggravated chanting, s.3 Football (Offences) Act))", "5 years", "Trafalgar House"],
        ["FBO/25/102", "<<McILROY>>", "<<Shaun Patrick>>", ("date", "1987-11-30", "dob"), "[[postcode:HD9 1XW]]",
         ("date", "2025-09-17"), "Kirklees Magistrates' Court", "((crim:Possession of a pyrotechnic at a regulated match))", "3 years", "Huddersfield police station"],
    ]
    notes = [
        ["Safety officer", "<<Hayley Brearley>>"],
        ["Telephone", "[[phone:01632 960418]]"],
        ["Mailbox", "[[email:safety@cvtfc.example.co.uk]]"],
        ["Dedicated Football Officer", "PC <<Roisin Garvey>>"],
        ["Next review", "when the {{Wilf Haigh Stand}} reopens"],
        ["Away ground notices", "sent for every order above; {{Kick It Out}} copied on the chanting case"],
    ]
    return xlsx(d, [("Orders", orders), ("Contacts", notes)], "Football banning orders in force",
                "<<Hayley Brearley>>", "<<Roisin Garvey>>")


@document
def stadium_season_tickets():
    d = Doc("stadium-season-tickets.csv")
    return rows_text(d, [
        ["account", "title", "first_name", "last_name", "dob", "postcode", "mobile", "email", "block", "seat", "concession", "card"],
        ["ST20417", "Mr", "<<Kieran>>", "<<Lofthouse>>", "[[dob:17/06/1979]]", "[[postcode:HX9 5DU]]", "[[phone:07700900214]]", "[[email:k.lofthouse@example.net]]", "WH-J", "J-044", "Adult", "Visa ending 4242"],
        ["ST20418", "Master", "<<Alfie>>", "<<Lofthouse>>", "[[dob:03/11/2013]]", "[[postcode:HX9 5DU]]", "", "", "WH-J", "J-045", "Junior (U16)", "on parent's account"],
        ["ST20431", "Mrs", "<<Shabana>>", "<<Mirza>>", "[[dob:2/2/1984]]", "[[postcode:HX9 7AP]]", "[[phone:+447700900215]]", "[[email:shabana.mirza@example.com]]", "Kop", "K-210", "Adult", "Mastercard ending 4444"],
        ["ST20455", "Mr", "<<Kenneth>>", "<<Oddie>>", "[[dob:21/05/1949]]", "[[postcode:HX9 1EN]]", "[[phone:01632 960 511]]", "", "WH-A", "A-012", "((hea:Disabled - PIP enhanced mobility)) + carer seat", "Direct debit"],
        ["ST20460", "Ms", "<<Precious>>", "<<Mutasa>>", "[[dob:08/10/1961]]", "[[postcode:HD9 3PL]]", "[[phone:07700 900 216]]", "[[email:p.mutasa@example.org]]", "Kop", "K-301", "Senior 65+", "Visa ending 1111"],
        ["ST20488", "Mr", "<<Tomasz>>", "<<Grabowski>>", "[[dob:29/12/1990]]", "[[postcode:HX9 6TT]]", "[[phone:+44 7700 900217]]", "[[email:tomek.grabowski@example.co.uk]]", "Family", "F-118", "Adult + 2 juniors", "Mastercard ending 0005"],
    ], ",")


@document
def stadium_face_recognition_trial():
    d = Doc("stadium-face-recognition-trial.docx")
    return docx(d, [
        ("p", "Live facial recognition trial - turnstile match log, matchday 9 (v {{Sowerby Bridge Rangers}})"),
        ("p", "Trial period: home fixtures 4 October to 22 November 2026. Cameras on turnstiles 14 to 22, {{Norah Crossley Lounge}} side."),
        ("p", "Watchlist: people under a football banning order, supplied by the Dedicated Football Officer. Fast-track: supporters who opted in."),
        ("table", [
            ["Time", "Turnstile", "Supporter", "Outcome"],
            ["14:02", "T17", "<<Darren Whitworth>>", "((bio:Watchlist match, similarity 0.91)); ((crim:banning order in force)); refused entry"],
            ["14:19", "T15", "<<Leanne Ackroyd>>", "((bio:Fast-track face template matched)); entry granted"],
            ["14:36", "T20", "<<Jermaine Okonkwo-Bailey>>", "False match against a watchlist image; cleared by steward <<Gary Sutcliffe>> on sight of his season card"],
        ]),
        ("comment", "Opt-in enrolments this week: 212. ", "Templates of holders who do not renew", " are deleted on 30 June.",
         "<<Hayley Brearley>>", "Check the deletion job with <<Marcus Ellerby>> before the summer"),
        ("fn", "Watchlist images are deleted within 24 hours of each match.",
         "Trial approved by the Safety Advisory Group; DPIA version 3 signed off by <<Ellerby>> on 1 October."),
        ("box", "Steward briefing: never discuss a match in the queue. Escort the supporter to the police room under the {{Wilf Haigh Stand}}."),
        ("p", "Refusals were reported to PC <<Garvey>> at half time. Next log due after the {{Harry the Heron}} family day."),
    ], "LFR trial match log", "<<Hayley Brearley>>", "<<Marcus Ellerby>>",
        header="Calder Vale Town FC - Stadium Safety Office - OFFICIAL-SENSITIVE",
        footer="Control room extension 2231. Log ref LFR-TRIAL-09")


@document
def stadium_steward_incident_log():
    d = Doc("stadium-steward-incident-log.tsv")
    return rows_text(d, [
        ["Time", "Location", "Steward", "Supporter", "Incident", "Outcome"],
        ["15:12", "Kop block K", "<<Gary Sutcliffe>>", "<<Callum Greenhalgh>> (K-118)", "Lit a smoke bomb", "((crim:Arrested)) by PC <<Garvey>> for possession of a pyrotechnic"],
        ["15:40", "Concourse C", "<<Krystyna Wójcik>>", "<<Philippa Oyelowo>>", "Collapsed at the kiosk, ((hea:diabetic hypo))", "Treated by {{St John Ambulance}}, back in seat 16:20"],
        ["16:05", "Gate 3", "<<Gary Sutcliffe>>", "<<Mohammed Tariq>>", "Drunk in seat, asked to leave", "Ejected, no police action"],
        ["16:31", "Away end", "<<Krystyna Wójcik>>", "<<Jamie Rourke>>", "Homophobic abuse at a steward", "((crim:Arrested and charged with a section 5 public order offence))"],
        ["17:02", "Family Stand", "<<Krystyna>>", "lost child, 7", "Found by the {{Harry the Heron}} kiosk", "Reunited with father, no further action"],
    ], "\t")


@document
def stadium_access_register():
    d = Doc("stadium-access-register.ods")
    register = [
        ["Name", "Seat", "Date of birth", "Access need", "Companion", "Contact"],
        ["<<Kenneth Oddie>>", "WH-A12", ("date", "1949-05-21", "dob"), "((hea:Wheelchair user, spinal injury))", "<<Brenda Oddie>>", "[[phone:01632 960733]]"],
        ["<<Precious Mutasa>>", "Kop, ambulant", ("date", "1961-10-08", "dob"), "((hea:Partially sighted - audio described commentary))", "none", "[[email:pmutasa@example.org]]"],
        ["<<Ruaidhrí Mac Aodha>>", "Lounge L4", ("date", "1972-02-26", "dob"), "((hea:Autistic - sensory room at half time))", "<<Orla Mac Aodha>>", "[[phone:+44 (0)7700 900638]]"],
        ["<<Elsie Turnbull>>", "Family F-02", ("date", "2015-06-13", "dob"), "((hea:Type 1 diabetes, may leave for insulin))", "<<Sharon Turnbull>> (mum)", "[[phone:07700 900 637]]"],
    ]
    notes = [
        ["Sensory room", "{{Norah Crossley Lounge}}, level 1, opens 13:30"],
        ["Disability liaison officer", "<<Ifeoma Chukwu>>"],
        ["Review", 2026],
    ]
    return ods(d, [("Register", register), ("Notes", notes)], "<<Ifeoma Chukwu>>", "Disability access register 2026-27")


@document
def stadium_mail_kirpan():
    d = Doc("stadium-mail-kirpan.eml")
    body = ("Dear Safety Office,\n\n"
            "On Saturday a steward at turnstile 6 asked me to hand over my kirpan before I could go in. "
            "I am an ((rel:Amritdhari Sikh and wear the kirpan as an article of faith)); it is 9 cm long and "
            "worn under my shirt. Two seasons ago your head of security agreed a search by a supervisor "
            "instead (his note is attached).\n\n"
            "Could we agree the same again before the home game on the 21st? My season ticket is ST20533 "
            "and you can reach me on [[phone:07700 900 874]].\n\n"
            "With thanks,\n<<Harjit>>\n")
    html = ("<p>Dear Safety Office,</p><p>On Saturday a steward at turnstile 6 asked me to hand over my kirpan. "
            "I am an ((rel:Amritdhari Sikh)) and the kirpan is an article of my faith.</p>"
            "<p>Please call me on [[phone:07700 900 874]].</p><p><<Harjit Singh Sandhu>></p>")
    note = ("Agreement, August 2024\n"
            "Mr <<H. S. Sandhu>> (season ticket ST20533) may enter with a kirpan under 10 cm after a search by a supervisor "
            "in the {{Wilf Haigh Stand}} search room.\n"
            "Signed <<Andy Pickles>>, Head of Security\n")
    return eml(d, [
        ("From", "<<Harjit Singh Sandhu>> <[[email:harjit.sandhu@example.com]]>"),
        ("To", "Stadium Safety <[[email:safety@cvtfc.example.co.uk]]>"),
        ("Cc", "Supporter Liaison <[[email:slo@cvtfc.example.co.uk]]>"),
        ("Subject", "Search at turnstile 6 on Saturday"),
        ("Date", "Mon, 09 Nov 2026 08:14:05 +0000"),
        ("Message-ID", "<kirpan-0911@mail.example.com>"),
    ], body, html, [("agreement-2024.txt", "text/plain", note)])


@document
def stadium_fr_complaint():
    d = Doc("stadium-fr-complaint.pdf")
    return pdf(d, """Mrs <<Leanne Ackroyd>>
27 Pellon Lane Mews, Halifax [[postcode:HX9 3JF]]
Season ticket ST20470
9 November 2026

To the Stadium Safety Officer, Calder Vale Town FC

Dear Ms <<Brearley>>,

I signed up for the fast-track turnstile in September. I now want out of it, and I want my
((bio:face template and the photos you matched against it)) deleted, not kept until June.

My son <<Harvey Ackroyd>> was also scanned at turnstile 15 although he is 12 and never signed up.
Please confirm that nothing of his is held.

To find my record: date of birth [[dob:9th November 1988]], mobile [[phone:07700 900 119]],
email [[email:leanne.ackroyd@example.net]].

I am happy to be contacted by the mascot team ({{Harry the Heron}}) for the junior days as before.

Yours sincerely,
<<Leanne Ackroyd>>
""", "Request to delete face template")


@document
def stadium_away_travel():
    d = Doc("stadium-away-travel.json")
    return json_doc(d, {
        "fixture": "FA Trophy second round, away",
        "departure": "Ings Lane coach park 10:30",
        "organiser": {"name": "<<Dawn Illingworth>>", "phone": "[[phone:01632 960 902]]", "lastLoginIp": "[[ip:203.0.113.47]]"},
        "coaches": [{
            "coach": 1,
            "steward": "<<Gary Sutcliffe>>",
            "passengers": [
                {"bookingRef": "AT-5512", "fullName": "<<Nathan Boothroyd>>", "mobile": "[[phone:+447700900903]]",
                 "dateOfBirth": "[[dob:2006-01-19]]", "medicalNotes": "((hea:Epilepsy - carries buccal midazolam))"},
                {"bookingRef": "AT-5513", "fullName": "<<Yasmin El-Amin>>", "mobile": "[[phone:07700900904]]",
                 "dateOfBirth": "[[dob:1999-07-04]]", "medicalNotes": "None"},
                {"bookingRef": "AT-5514", "fullName": "<<Connor Whiteley>>", "email": "[[email:connor.w@example.com]]",
                 "dateOfBirth": "[[dob:2001-10-27]]", "medicalNotes": "", "paidWith": "[[card:3714 496353 98431]]"},
            ],
        }],
        "note": "Stop at {{Hartshead Moor}} services only.",
    })


# ---- 2. an NHS renal dialysis and transplant unit (St Bede's Hospital)

@document
def renal_dialysis_schedule():
    d = Doc("renal-dialysis-schedule.xlsx")
    header = ["Chair", "Patient", "NHS number", "DOB", "Shift", "Access", "Dry weight kg", "Notes"]
    mwf = [header,
           [1, "<<NWACHUKWU, Emeka>>", "[[nhs:999 104 3721]]", ("date", "1958-04-23", "dob"), "Early 06:45", "((hea:AV fistula, left arm))", 78.5, "Hep B immune"],
           [2, "<<AKHTAR, Parveen>>", "[[nhs:9992184507]]", ("date", "1966-09-12", "dob"), "Early 06:45", "((hea:Tunnelled line))", 61, "Hoist transfer"],
           [3, "<<PRYDDERCH, Gwilym>>", "[[nhs:999 462 1831]]", ("date", "1944-01-30", "dob"), "Twilight 16:30", "Fistula", 70.2, "Welsh first language; prefers <<Gwilym>>"]]
    tts = [header,
           [5, "<<McALEESE, Bronagh>>", "[[nhs:9995510294]]", ("date", "1975-07-07", "dob"), "Late 12:00", "((hea:PTFE graft))", 66, "Transport: see bookings"],
           [6, "<<BOAKYE, Esther Adwoa>>", "[[nhs:999 640 8779]]", ("date", "1970-12-02", "dob"), "Early 06:45", "Fistula", 74.1, "((rel:Jehovah's Witness - no blood products)); ((hea:Hb 88, on EPO))"],
           [7, "<<CHOUDHURY, Anwar>>", "[[nhs:9997355628]]", ("date", "1981-03-18", "dob"), "Twilight 16:30", "Fistula", 82, "Living donor work-up in progress"]]
    key = [["Unit", "{{Hepworth Ward}} satellite unit, level 2"],
           ["Charge nurse", "Sister <<Maureen Hepplewhite>>"],
           ["Unit phone", "[[phone:0113 496 0572]]"],
           ["Machines", "Serials NX-40218 to NX-40231; chair 4 out of use"]]
    return xlsx(d, [("Mon-Wed-Fri", mwf), ("Tue-Thu-Sat", tts), ("Key", key)], "Haemodialysis schedule week 46",
                "<<Maureen Hepplewhite>>", "<<Lowri Jenkins>>")


@document
def renal_transplant_assessment():
    d = Doc("renal-transplant-assessment.docx")
    return docx(d, [
        ("p", "Patient: Mr <<Emeka Nwachukwu>>    NHS No: [[nhs:999 104 3721]]    DOB: [[dob:23/04/1958]]"),
        ("p", "Address: 41 Cardigan Fold, Leeds [[postcode:LS9 4NP]]"),
        ("p", "Primary renal disease: ((hea:diabetic nephropathy)); on haemodialysis since March 2021, three sessions a week."),
        ("fn", "Blood group O positive; ((gen:HLA A2, A24; B44, B62; DR4, DR13)).",
         "Typing repeated by the H&I laboratory, sample 26H0413; no donor-specific antibodies."),
        ("comment", "Cardiology: ", "echo shows mild LVH", "; fit for listing.", "<<Ananya Venkataraman>>",
         "Agree - list as active once the dental review is back."),
        ("table", [
            ["Consultant", "Dr <<Ananya Venkataraman>>"],
            ["Recipient coordinator", "<<Siân Hughes-Lloyd>>"],
            ["Next of kin", "<<Chiamaka Nwachukwu>> (wife), [[phone:07700 900 118]]"],
            ["Family", "Stays at {{Ronald McDonald House}} is not needed; lives 4 miles away"],
        ]),
        ("box", "Listing decision: ((hea:ACTIVE on the national kidney transplant list)) from 02/11/2026"),
    ], "Transplant assessment", "<<Siân Hughes-Lloyd>>", "<<Ananya Venkataraman>>",
        header="Renal Transplant Assessment Clinic - CONFIDENTIAL",
        footer="Transplant coordinators [[phone:0113 496 0588]] | [[email:transplant.coord@stbedes.example.nhs.uk]]")


@document
def renal_living_donor_workup():
    d = Doc("renal-living-donor-workup.pdf")
    return pdf(d, """St Bede's Hospital - Living Kidney Donor Work-up Summary

Donor: Mrs <<Farida Begum-Choudhury>>        DOB [[dob:04.02.1978]]
NHS number [[nhs:999 813 0042]]              Mobile [[phone:(0113) 496 0731]]
Address: 6 Toller Grove, Bradford [[postcode:BD9 4EH]]

Recipient: Mr <<Anwar Choudhury>> (brother), NHS [[nhs:9997355628]]

Tissue typing: ((gen:HLA 1-1-0 mismatch with the recipient; flow crossmatch negative))
Renal function: ((hea:measured GFR 96; split function 51/49 on DMSA))
Imaging: CT angiogram, single artery each side; right kidney preferred.
Psychosocial: seen by the independent assessor, Mr <<Clive Oddy>>, on 20 October.

Outstanding: 24-hour blood pressure; the {{Kidney Research UK}} leaflet on long-term follow-up.

Coordinator: <<Siân Hughes-Lloyd>>, living donor office
""", "Living donor work-up")


@document
def renal_transport_bookings():
    d = Doc("renal-transport-bookings.csv")
    return rows_text(d, [
        ["booking", "patient", "pickup", "postcode", "phone", "days", "mobility", "escort"],
        ["TB-8801", "<<Clifford Entwistle>>", "Flat 2, {{Waterloo Court}}", "[[postcode:LS9 7DQ]]", "[[phone:0113 4960 214]]", "Mon/Wed/Fri 06:15", "((hea:Wheelchair; dialysis patient))", "none"],
        ["TB-8802", "<<Parveen Akhtar>>", "14 Nowell Mount", "[[postcode:LS9 6HU]]", "[[phone:0113 496 0215]]", "Mon/Wed/Fri 06:15", "((hea:Hoist car))", "daughter <<Sumaira>>"],
        ["TB-8803", "<<B. McAleese>>", "2 Ivy Avenue", "[[postcode:LS9 9EZ]]", "[[phone:07700 900 322]]", "Tue/Thu/Sat 11:15", "Walks with a stick", "none"],
        ["TB-8804", "<<Gwilym Prydderch>>", "{{Bexley House}} care home", "[[postcode:LS9 0QF]]", "[[phone:+44 113 496 0216]]", "Mon/Wed/Fri 16:00", "Stretcher", "carer from home"],
    ], ",")


@document
def renal_patient_mail():
    d = Doc("renal-patient-mail.mbox")
    return mbox(d, [
        ("parveen.akhtar@example.com", "Mon Nov  2 19:40:11 2026", [
            ("From", "<<Parveen Akhtar>> <[[email:parveen.akhtar@example.com]]>"),
            ("To", "Renal Unit <[[email:renal.unit@stbedes.example.nhs.uk]]>"),
            ("Subject", "Ramadan and my dialysis days"),
            ("Date", "Mon, 02 Nov 2026 19:40:11 +0000"),
            ("Message-ID", "<pa-ramadan-1@example.com>"),
        ], "Dear Sister <<Hepplewhite>>,\n\n"
           "Ramadan starts in February and ((rel:I want to keep my fasts as I do every year)). Can I move to the "
           "twilight shift so that I can open my fast before ((hea:dialysis))? My fluid limit is 800 ml a day.\n\n"
           "Thank you,\n<<Parveen>>\n"),
        ("m.hepplewhite@stbedes.example.nhs.uk", "Tue Nov  3 08:02:45 2026", [
            ("From", "<<Maureen Hepplewhite>> <[[email:m.hepplewhite@stbedes.example.nhs.uk]]>"),
            ("To", "<<Parveen Akhtar>> <[[email:parveen.akhtar@example.com]]>"),
            ("Subject", "Re: Ramadan and my dialysis days"),
            ("Date", "Tue, 03 Nov 2026 08:02:45 +0000"),
            ("Message-ID", "<mh-reply-1@stbedes.example.nhs.uk>"),
            ("In-Reply-To", "<pa-ramadan-1@example.com>"),
        ], "Dear <<Parveen>>,\n\n"
           "Yes. I have asked Dr <<Venkataraman>> and the dietitian, <<Lowri Jenkins>>, to see you on Monday "
           "about potassium while fasting.\n\n"
           "> Can I move to the twilight shift so that I can open my fast\n\n"
           "<<Maureen>>\n"),
        ("imran.akhtar@example.org", "Wed Nov  4 12:30:00 2026", [
            ("From", "<<Imran Akhtar>> <[[email:imran.akhtar@example.org]]>"),
            ("To", "Renal Unit <[[email:renal.unit@stbedes.example.nhs.uk]]>"),
            ("Subject", "Mum's new number"),
            ("Date", "Wed, 04 Nov 2026 12:30:00 +0000"),
            ("Message-ID", "<ia-number@example.org>"),
        ], "Hello,\n\nMy mum <<Parveen Akhtar>> has a new mobile: [[phone:07700 900 552]]. "
           "Please use it for transport calls.\n\n<<Imran>>\n"),
    ])


@document
def renal_clinic_letter():
    d = Doc("renal-clinic-letter.rtf")
    return rtf(d, [
        "Renal Outpatients, St Bede's Hospital, Leeds [[postcode:LS9 7TF]]",
        "Tel [[phone:0113 496 0570]]",
        "",
        "Dr <<Olusegun Bankole>>, {{Seacroft Grange}} Surgery",
        "",
        "Re: Ms <<Bronagh McAleese>>, DOB [[dob:07/07/1975]], NHS No [[nhs:999 551 0294]]",
        "",
        "Dear Dr <<Bankole>>,",
        "Diagnosis: ((hea:CKD stage 5 due to IgA nephropathy)), on haemodialysis Tuesday, Thursday and Saturday.",
        "<<Bronagh>> is well on the late shift. Her potassium was 5.4 and her phosphate 1.9; I have started sevelamer.",
        "She asked us to write to her employer, {{Hainsworth & Sons}}, about keeping Tuesday and Thursday afternoons free.",
        "Yours sincerely,",
        "Dr <<Ananya Venkataraman>>, Consultant Nephrologist",
    ], "<<Ananya Venkataraman>>", "Clinic letter",
        footnote="Copy to the patient, by her request, at [[email:bronagh.mcaleese@example.com]]")


@document
def renal_home_haemo_training():
    d = Doc("renal-home-haemo-training.md")
    return text(d, """# Home haemodialysis training - November intake

Trainer: <<Lowri Jenkins>> (home therapies). Training room: the {{Hepworth Ward}} annexe.

| Trainee | Start | Machine | Week | Notes |
|---|---|---|---|---|
| <<Rashpal Kaur Gill>> | 02/11/2026 | NX-40225 | 1 | ((hea:Buttonhole cannulation of her fistula)); husband <<Jaswinder>> trains as helper |
| <<Declan Fitzsimons>> | 02/11/2026 | NX-40227 | 1 | ((hea:Needle phobia, self-cannulating with numbing cream)); ((sex:his husband)) <<Aidan>> trains as helper |
| <<Oksana Hrytsenko>> | 26/10/2026 | NX-40219 | 2 | Ukrainian interpreter Tuesdays |

## Home installs

- <<Rashpal>>: plumbing survey booked, [[postcode:BD9 5LZ]]; call [[phone:07700 900 553]] first.
- <<Fitzsimons>>: water test passed; landlord consent letter received.

Stock orders go to the supplier portal, not to <<Lowri>>, who is away on Thursday for ((tu:her UNISON stewards' course)).
""")


@document
def renal_portal_export():
    d = Doc("renal-portal-export.jsonl")
    return jsonl_doc(d, [
        {"patientName": "<<Gwilym Prydderch>>", "nhsNumber": "[[nhs:9994621831]]", "dateOfBirth": "[[dob:1944-01-30]]",
         "lastLogin": "2026-11-01T18:22:00Z", "ipAddress": "[[ip:198.51.100.23]]",
         "latestResults": {"potassium": 5.9, "eGFR": 8},
         "message": "((hea:Breathless after the long gap at the weekend))"},
        {"patientName": "<<Chiamaka Nwachukwu>>", "proxyFor": "<<Emeka Nwachukwu>>", "relationship": "wife",
         "lastLogin": "2026-11-02T07:05:00Z", "ipAddress": "[[ip:2001:db8:4a::17]]",
         "message": "Can his ((hea:fistula check)) move to Friday?"},
        {"patientName": "<<Esther Boakye>>", "email": "[[email:esther.boakye@example.co.uk]]", "nhsNumber": "[[nhs:999 640 8779]]",
         "lastLogin": "2026-11-02T21:40:00Z", "ipAddress": "[[ip:203.0.113.9]]",
         "message": "The clinic letter says I ((gen:carry two APOL1 risk variants)). Does my sister need testing?"},
    ])


# ---- 3. a Mental Health Tribunal office (northern hearing centre)

@document
def mht_hearing_list():
    d = Doc("mht-hearing-list.html")
    return html_doc(d, "Hearing list - Tuesday 10 November 2026", """<h1>First-tier Tribunal (Mental Health) - hearing list</h1>
<p>Tuesday 10 November 2026. Hearings by video unless marked. Clerk: <<Ruth Adeyinka>>, [[phone:0161 496 0827]].</p>
<table>
<tr><th>Time</th><th>Case</th><th>Patient</th><th>Detention</th><th>Hospital</th><th>Panel</th></tr>
<tr><td>10:00</td><td>MP/2026/11842</td><td><<Liam Feeney>></td><td>((hea:Section 3 MHA))</td><td>{{Linden Lodge}}</td><td>Judge <<Philippa Crabtree>>, Dr <<Osagie Idahosa>>, <<Glenys Parry-Jones>></td></tr>
<tr><td>11:30</td><td>MP/2026/12017</td><td><<Aaliyah Mensah-Ward>></td><td>Section 2 MHA</td><td>{{Linden Lodge}}</td><td>Judge <<Philippa Crabtree>>, Dr <<Osagie Idahosa>>, <<Glenys Parry-Jones>></td></tr>
<tr><td>14:00 (in person)</td><td>MP/2026/10455</td><td><<Declan Muldoon>></td><td>((crim:Section 37/41 restricted patient))</td><td>{{Kershaw Unit}}, medium secure</td><td>Judge <<Hamish Urquhart>>, Dr <<Osagie Idahosa>>, <<Tessa Blandford>></td></tr>
<tr><td>15:30</td><td>MP/2026/12090</td><td><<Trần Văn Minh>></td><td>Section 3 MHA; Vietnamese interpreter booked</td><td>{{Ashcombe House}}</td><td>Judge <<Hamish Urquhart>>, Dr <<Osagie Idahosa>>, <<Tessa Blandford>></td></tr>
</table>
<p>Robing room: {{Crown Square}} annexe, room 4. Lunch 13:00.</p>""")


@document
def mht_application_s2():
    d = Doc("mht-application-s2.pdf")
    return pdf(d, """Application to the First-tier Tribunal (Mental Health) - section 2

1. Patient
Surname: <<MENSAH-WARD>>            Forename(s): <<Aaliyah Grace>>
Date of birth: [[dob:30 Sept 2001]]
Home address: 9 Moston Lane East, Manchester [[postcode:M9 8QW]]
Hospital: {{Linden Lodge}}, Aspen unit, bed 3

2. Detention
((hea:Detained under section 2 on 3 November 2026)) after assessment at the emergency department.

3. Nearest relative
Mrs <<Comfort Mensah>> (mother), telephone [[phone:0161 496 0412]]

4. Representative
<<Ellie Haworth>>, {{Haworth & Nuttall}} Solicitors, [[phone:0161 496 0990]],
[[email:e.haworth@haworthnuttall.example.co.uk]]

5. Interpreter or other needs: none
6. Ethnicity (monitoring): ((eth:Black British - African))

Signed: <<Aaliyah Mensah-Ward>>            Date: 4 November 2026
Received by the tribunal office on 4 November 2026; case MP/2026/12017.
""", "Section 2 application")


@document
def mht_application_s3():
    d = Doc("mht-application-s3.odt")
    return odt(d, [
        ("h", "Application to the Tribunal - section 3"),
        ("p", "Patient: <<Liam Patrick Feeney>>, date of birth [[dob:14.07.1990]], hospital number LL-448213."),
        ("p", "Currently ((hea:detained under section 3 for treatment)) on Willow ward, {{Linden Lodge}}."),
        ("table", [
            ["Applicant", "The patient, through his advocate"],
            ["Advocate", "<<Precious Nkemelu>>, IMHA, [[phone:0161 496 0233]]"],
            ["Nearest relative", "<<Bernadette Feeney>> (mother)"],
            ["Previous applications", "One, withdrawn in May"],
        ]),
        ("note", "Application in time: the first in this period of detention.", "<<Ruth Adeyinka>>",
         "Listed for 10 November; RC report chased with Dr <<Sunil Ramaswamy>>."),
        ("p", "Reasons: <<Liam>> says he is well on medication and wants to live with his mother again."),
    ], "<<Ruth Adeyinka>>", "Section 3 application")


@document
def mht_nearest_relative_letter():
    d = Doc("mht-nearest-relative-letter.txt")
    return text(d, """To the Tribunal office
Re: <<Liam Feeney>>, case MP/2026/11842

From Mrs <<Bernadette Feeney>>
31 Carr Gate Crescent, Wakefield [[postcode:WF9 2HG]]
Telephone [[phone:0113 496 0093]]

I am <<Liam>>'s nearest relative. I want the panel to know what happened before he went in.
He ((hea:stopped his clozapine in the summer and stopped sleeping)). He was ((crim:arrested in
August for criminal damage)) at the bus station and the police took him to the hospital from there.

He is better now and I will have him home, but only if the community team visits him and the
pharmacy on {{Barnsley Road}} keeps his blister packs.

My other son, <<Patrick Feeney>>, can bring me to the hearing. I cannot use video.

<<Bernadette Feeney>> (Mrs)
""")


@document
def mht_rc_report():
    d = Doc("mht-rc-report.docx")
    return docx(d, [
        ("p", "Responsible clinician's report for the Tribunal"),
        ("table", [
            ["Patient", "<<Declan Muldoon>>"],
            ["Date of birth", "[[dob:02/06/1983]]"],
            ["Detention", "((crim:Hospital order with restrictions, sections 37/41, Leeds Crown Court 2019))"],
            ["Responsible clinician", "Dr <<Sunil Ramaswamy>>"],
        ]),
        ("p", "Index offence: ((crim:wounding with intent in 2018)); the victim is not named in this report."),
        ("p", "Diagnosis: ((hea:paranoid schizophrenia)); stable on depot since 2022, with no incidents this year."),
        ("comment", "<<Declan>> ", "has disclosed that he is bisexual", " and asked that this is not discussed with his family.",
         "<<Sunil Ramaswamy>>", "Included because it bears on his supported housing plan; redact for the family's copy."),
        ("p", "((sex:He is in a relationship with another patient)); the ward manages this under its relationships policy."),
        ("fn", "Leave: escorted ground leave since March, unescorted community leave since August.",
         "Ministry of Justice reference MHCS 2019/0448; leave approved by the Secretary of State."),
        ("box", "Recommendation: conditional discharge to {{Rowan House}} when a bed is found."),
    ], "RC report", "<<Sunil Ramaswamy>>", "<<Ruth Adeyinka>>",
        header="RESTRICTED PATIENT - Tribunal copy",
        footer="Prepared under rule 32; [[email:mha.office@kershaw.example.nhs.uk]]")


@document
def mht_interpreter_booking():
    d = Doc("mht-interpreter-booking.eml")
    body = ("Hello,\n\nPlease confirm a Vietnamese (Northern dialect) interpreter for a tribunal hearing:\n\n"
            "Patient: Mr <<Trần Văn Minh>>\nHearing: Tuesday 10 November 2026, 15:30, by video from {{Ashcombe House}}\n"
            "Case: MP/2026/12090, ((hea:section 3 hearing))\n\n"
            "We would like <<Nguyễn Thị Hoa>> again if she is free; <<Minh>> knows her from the managers' hearing.\n\n"
            "Details for the invoice are in the attached sheet.\n\nThanks,\n<<Ruth Adeyinka>>\nTribunal clerk, [[phone:0161 496 0827]]\n")
    html = ("<p>Hello,</p><p>Please confirm a Vietnamese interpreter for Mr <<Trần Văn Minh>> "
            "(((hea:section 3 hearing)), Tuesday 10 November 2026, 15:30).</p><p><<Ruth Adeyinka>></p>")
    sheet = ("case,date,time,language,patient,venue,interpreter\n"
             "MP/2026/12090,2026-11-10,15:30,Vietnamese,<<Trần Văn Minh>>,video,<<Nguyễn Thị Hoa>>\n")
    return eml(d, [
        ("From", "<<Ruth Adeyinka>> <[[email:ruth.adeyinka@mht-north.example.org]]>"),
        ("To", "Bookings <[[email:bookings@linguaserve.example.co.uk]]>"),
        ("Cc", "<<Hamish Urquhart>> <[[email:h.urquhart@mht-north.example.org]]>, <<Nguyễn Thị Hoa>> <[[email:hoa.nguyen@linguaserve.example.co.uk]]>"),
        ("Subject", "Interpreter request - MP/2026/12090"),
        ("Date", "Wed, 04 Nov 2026 10:11:00 +0000"),
        ("Message-ID", "<mht-12090-interp@mht-north.example.org>"),
    ], body, html, [("booking.csv", "text/csv", sheet)])


@document
def mht_decisions():
    d = Doc("mht-decisions.json")
    return json_doc(d, {"decisions": [
        {"caseRef": "MP/2026/11307", "patient": {"forename": "<<Kwame>>", "surname": "<<Asante-Boateng>>"},
         "dateOfBirth": "[[dob:1986-05-03]]", "section": "3",
         "decision": "((hea:Not discharged - still needs treatment in hospital for psychosis))", "judge": "<<Philippa Crabtree>>"},
        {"caseRef": "MP/2026/11466", "patient": {"forename": "<<Rhiannon>>", "surname": "<<Pugh>>"},
         "dateOfBirth": "[[dob:1999-11-21]]", "section": "2",
         "decision": "((hea:Discharged from section 2 with effect from 12/11/2026))", "judge": "<<Hamish Urquhart>>"},
        {"caseRef": "MP/2026/11502", "patient": {"forename": "<<Jolanta>>", "surname": "<<Wierzbicka>>"},
         "dateOfBirth": "[[dob:1964-03-09]]", "section": "3", "decision": "Application withdrawn", "judge": "<<Hamish Urquhart>>"},
    ], "exportedBy": "<<Ruth Adeyinka>>", "exportedFrom": "[[ip:192.0.2.114]]"})


@document
def mht_case_tracker():
    d = Doc("mht-case-tracker.tsv")
    return rows_text(d, [
        ["Case", "Patient", "DOB", "Section", "Received", "Hearing", "Caseworker", "Status"],
        ["MP/2026/10455", "<<MULDOON, Declan>>", "[[dob:02/06/1983]]", "((crim:37/41 restricted))", "12/08/2026", "10/11/2026", "<<Ruth A.>>", "MoJ statement received"],
        ["MP/2026/11842", "<<FEENEY, Liam>>", "[[dob:14/07/1990]]", "((hea:3))", "21/10/2026", "10/11/2026", "<<Ruth A.>>", "Listed"],
        ["MP/2026/12017", "<<MENSAH-WARD, Aaliyah>>", "[[dob:30/09/2001]]", "((hea:2))", "04/11/2026", "10/11/2026", "<<Oliver Tse>>", "Listed within 7 days"],
        ["MP/2026/12090", "<<TRẦN, Văn Minh>>", "[[dob:11/01/1995]]", "3", "28/10/2026", "10/11/2026", "<<Oliver Tse>>", "Interpreter: Vietnamese"],
        ["MP/2026/12133", "<<O'HAGAN, Saoirse>>", "[[dob:25/12/2004]]", "CTO", "02/11/2026", "to list", "<<Oliver Tse>>", "Awaiting hospital report"],
    ], "\t")


# ---- 4. a Hajj and Umrah travel agency (Safa Marwa Travel, Birmingham)

@document
def hajj_bookings():
    d = Doc("hajj-bookings.xlsx")
    bookings = [
        ["Booking", "Lead pilgrim", "Passport no", "Nationality", "DOB", "Package", "Room", "Mahram"],
        ["H27-0041", "<<Muhammad Irfan Qureshi>>", "[[passport:532804917]]", "British", ("date", "1962-02-14", "dob"),
         "((rel:Hajj 2027 - Aziziyah 5-star))", "Quad", "n/a"],
        ["H27-0042", "<<Rukhsana Bibi Qureshi>>", "[[passport:532804925]]", "British", ("date", "1965-10-01", "dob"),
         "((rel:Hajj 2027 - Aziziyah 5-star))", "Quad", "<<Muhammad Irfan Qureshi>> (husband)"],
        ["U26-1180", "<<Safiya Osman Warsame>>", "[[passport:547196338]]", "British", ("date", "1990-06-22", "dob"),
         "((rel:Umrah December - 10 nights))", "Triple", "<<Abdirahman Osman Warsame>> (brother)"],
        ["U26-1181", "<<Ibrahim Olaniyan>>", "[[passport:560318842]]", "British", ("date", "1973-09-05", "dob"),
         "((rel:Umrah December - 10 nights))", "Double", "n/a"],
    ]
    payers = [
        ["Booking", "Account name", "Sort code", "Account no", "Paid to date", "Balance due"],
        ["H27-0041", "<<M I Qureshi>>", "[[=bank:309634:41867205]]30-96-34", "41867205", 7450.0, 7450.0],
        ["U26-1180", "<<S. O. Warsame>>", "[[=bank:203971:62039118]]20-39-71", "62039118", 1895.5, 0],
        ["U26-1181", "<<Olaniyan I>>", "[[=bank:401276:90553114]]40-12-76", 90553114, 1000, 1250],
    ]
    return xlsx(d, [("Bookings", bookings), ("Payers", payers)], "Bookings 2026-27", "<<Imran Lakhani>>", "<<Zainab Hussain>>")


@document
def hajj_group_manifest():
    d = Doc("hajj-group-manifest.csv")
    return rows_text(d, [
        ["seq", "group", "surname", "given_names", "sex", "dob", "passport_no", "passport_expiry", "mobile", "assistance"],
        ["1", "((rel:Hajj 2027 Group B))", "<<PATEL>>", "<<Yusuf Ismail>>", "M", "[[dob:03-Apr-1957=>1957-04-03]]", "[[passport:519744031]]", "2031-08-19", "[[phone:07700 900 781]]", "group leader"],
        ["2", "((rel:Hajj 2027 Group B))", "<<BHAMJI>>", "<<Hafsa>>", "F", "[[dob:12-Aug-1981=>1981-08-12]]", "[[passport:541802276]]", "2032-01-02", "[[phone:07700 900 782]]", ""],
        ["3", "((rel:Hajj 2027 Group B))", "<<BHAMJI>>", "<<Ayub Ahmed>>", "M", "[[dob:27-Jan-1979=>1979-01-27]]", "[[passport:541802268]]", "2032-01-02", "[[phone:07700 900 783]]", ""],
        ["4", "((rel:Hajj 2027 Group B))", "<<AL-AMOUDI>>", "<<Abdulrahman Saleh>>", "M", "[[dob:30-Nov-1948=>1948-11-30]]", "[[passport:508116590]]", "2029-05-11", "[[phone:+44 121 496 0330]]", "((hea:Wheelchair at Jamarat and for Tawaf))"],
        ["5", "((rel:Hajj 2027 Group B))", "<<ÇELIK>>", "<<Emine>>", "F", "[[dob:16-Mar-1968=>1968-03-16]]", "[[passport:566230174]]", "2033-03-30", "[[phone:07700 900 784]]", ""],
    ], ",")


@document
def hajj_mahram_declaration():
    d = Doc("hajj-mahram-declaration.docx")
    return docx(d, [
        ("p", "Mahram declaration - Umrah, December 2026"),
        ("p", "I, <<Tariq Mahmood>>, date of birth [[dob:19/08/1976]], British passport [[passport:553901288]], declare that I am the "
              "((rel:mahram)) of my sister, <<Nusrat Jabeen>>, and will travel with her for ((rel:Umrah)) on booking U26-1194."),
        ("table", [
            ["Traveller", "<<Nusrat Jabeen>>"],
            ["Relationship", "Sister (same father and mother)"],
            ["Her passport", "[[passport:562039814]]"],
            ["Contact", "[[phone:0121 496 0757]]"],
        ]),
        ("fn", "Signed in the presence of the agency.", "Witnessed by <<Zainab Hussain>> at the {{Soho Road}} office, 6 November 2026."),
        ("comment", "Birth certificates ", "seen and copied", "; originals returned.", "<<Zainab Hussain>>",
         "Copies go in the locked cabinet, not the shared drive"),
        ("box", "Rules change: since 2021 a woman over 45 may travel in an organised group without a mahram. Check each season."),
        ("p", "Signature: <<T. Mahmood>>        Date: 06/11/2026"),
    ], "Mahram declaration", "<<Zainab Hussain>>", "<<Imran Lakhani>>",
        header="Safa Marwa Travel Ltd - ATOL protected",
        footer="[[email:umrah@safamarwa.example.co.uk]] | [[phone:0121 496 0750]] | 212 Coventry Road, Birmingham [[postcode:B9 4AS]]")


@document
def hajj_vaccination_certificates():
    d = Doc("hajj-vaccination-certificates.pdf")
    return pdf(d, """Travel Health Clinic - Certificates of Vaccination (copies for the agency)
Issued for Saudi visa applications, ((rel:Hajj 2027 Group B))

1. <<Hafsa Bhamji>>          DOB [[dob:12/08/1981]]      NHS No [[nhs:999 920 6484]]
   ((hea:Meningococcal ACWY conjugate vaccine)), batch MX4471, given 02/11/2026
2. <<Ayub Ahmed Bhamji>>     DOB [[dob:27/01/1979]]      NHS No [[nhs:999 083 1513]]
   ((hea:Meningococcal ACWY conjugate vaccine)), batch MX4471, given 02/11/2026
3. <<Abdulrahman Al-Amoudi>> DOB [[dob:30/11/1948]]
   ((hea:ACWY and seasonal influenza vaccines; pneumococcal vaccine given in 2024))

Vaccinator: Nurse <<Oonagh Devlin>>, {{Grange Park}} Travel Clinic, [[phone:0121 496 0301]]
Certificates valid 5 years. Originals given to the travellers; these copies go to the agency.
""", "Vaccination certificates")


@document
def hajj_payments():
    d = Doc("hajj-payments.ods")
    ledger = [
        ["Date", "Booking", "Payer", "Method", "Reference", "Amount"],
        [("date", "2026-10-12"), "H27-0043", "<<Ayub Bhamji>>", "Card", "[[card:4242 4242 4242 4242]]", 2500.0],
        [("date", "2026-10-19"), "H27-0044", "<<Hafsa Bhamji>>", "Card", "[[card:2223 0031 2200 3222]]", 2500.0],
        [("date", "2026-10-30"), "U26-1187", "<<Emine Çelik>>", "Refund", "[[iban:GB82 WEST 1234 5698 7654 32]]", -350.0],
        [("date", "2026-11-03"), "H27-0047", "<<Abdulrahman Al-Amoudi>>", "Transfer from", "[[iban:SA03 8000 0000 6080 1016 7519]]", 6100.0],
    ]
    key = [["Packages", "((rel:Hajj 2027 and Umrah December deposits))"],
           ["Ledger kept by", "<<Imran Lakhani>>"],
           ["Hotel deposit", "{{Makkah Clock Royal Tower}}, paid by the agency"]]
    return ods(d, [("Ledger", ledger), ("Key", key)], "<<Imran Lakhani>>", "Payments ledger")


@document
def hajj_enquiries():
    d = Doc("hajj-enquiries.jsonl")
    return jsonl_doc(d, [
        {"enquirerName": "<<Mariam Begum>>", "email": "[[email:mariam.begum@example.com]]", "phone": "[[phone:07700900412]]",
         "interest": "((rel:Umrah with my mother in the last ten nights of Ramadan))",
         "message": "My mum, <<Sakina Bibi>>, ((hea:uses a wheelchair and has dialysis three times a week)). Can you arrange it in Makkah?",
         "ip": "[[ip:198.51.100.77]]"},
        {"enquirerName": "<<Olumide Bakare>>", "email": "[[email:o.bakare@example.org]]", "phone": "[[phone:+44 7700 900413]]",
         "interest": "((rel:Hajj 2027 for me and my wife))", "message": "Do you take payment in instalments?", "ip": "[[ip:203.0.113.200]]"},
        {"enquirerName": "<<Tanveer>>", "email": "[[email:tanveer.k@example.net]]", "interest": "prices",
         "message": "How much is the flight only to Jeddah in February?", "ip": "[[ip:2001:db8::8a2e:370:7334]]"},
    ])


@document
def hajj_customer_mail():
    d = Doc("hajj-customer-mail.eml")
    body = ("Assalamu alaikum,\n\n"
            "Here are my passport details for ((rel:my Umrah in December)) with my brother <<Tariq>>. "
            "I have typed them out because the scan was blurred.\n\n"
            "Please send the visa to this address, not to my work one.\n\n"
            "JazakAllah khair,\n<<Nusrat>>\n")
    html = ("<p>Assalamu alaikum,</p><p>Here are my passport details for ((rel:my Umrah in December)) "
            "with my brother <<Tariq>>.</p><p><<Nusrat Jabeen>></p>")
    details = ("Surname: <<JABEEN>>\nGiven names: <<NUSRAT>>\nPassport No: [[passport:562039814]]\n"
               "Date of birth: [[dob:11 JUL 1979]]\nPlace of birth: Birmingham\nHome: 88 Alum Rock Road, Birmingham [[postcode:B9 5LN]]\n")
    return eml(d, [
        ("From", "<<Nusrat Jabeen>> <[[email:nusrat.jabeen@example.co.uk]]>"),
        ("To", "Safa Marwa Travel <[[email:umrah@safamarwa.example.co.uk]]>"),
        ("Subject", "Passport details for U26-1194"),
        ("Date", "Thu, 05 Nov 2026 21:17:40 +0000"),
        ("Message-ID", "<nj-passport@example.co.uk>"),
    ], body, html, [("passport-details.txt", "text/plain", details)])


@document
def hajj_umrah_itinerary():
    d = Doc("hajj-umrah-itinerary.rtf")
    return rtf(d, [
        "Safa Marwa Travel Ltd, 212 Coventry Road, Birmingham [[postcode:B9 4AS]]",
        "",
        "Mr <<Ibrahim Olaniyan>> and Mrs <<Kudirat Olaniyan>>",
        "",
        "Dear Mr and Mrs <<Olaniyan>>,",
        "Your ((rel:Umrah itinerary)), booking U26-1181:",
        "12 December: Manchester to Jeddah, SV 122, 21:35. Coach to Makkah; 5 nights near the Haram, half board, halal meals for the whole group.",
        "17 December: ziyarah of Makkah, then coach to Madinah; 5 nights. Ziyarah of {{Masjid Quba}} on 19 December.",
        "22 December: Madinah to Manchester, SV 123.",
        "Your group guide is Maulana <<Yusuf Patel>>, on [[phone:07700 900 781]] while you travel.",
        "With best wishes,",
        "<<Zainab Hussain>>",
    ], "<<Zainab Hussain>>", "Umrah itinerary U26-1181")


# ---- 5. a young carers' project (Wharfedale Young Carers)

@document
def carers_referral():
    d = Doc("carers-referral.docx")
    return docx(d, [
        ("p", "Referral to Wharfedale Young Carers"),
        ("table", [
            ["Young carer", "<<Kacey-Leigh Barraclough>>"],
            ["Date of birth", "[[dob:22/05/2013]]"],
            ["School", "{{St Oswald's}} C of E Academy, Year 8"],
            ["Address", "17 Westville Road, Ilkley [[postcode:LS29 9RB]]"],
            ["Parent", "<<Donna Barraclough>>, [[phone:07700 900 455]]"],
            ["Ethnicity", "((eth:White British))"],
        ]),
        ("p", "Who is cared for: her mum, <<Donna>>, who has ((hea:multiple sclerosis and uses a wheelchair indoors)), "
              "and her brother <<Tyler>>, 8, who is ((hea:autistic and non-verbal))."),
        ("p", "Caring tasks: helps mum to the toilet at night, makes tea, gets <<Tyler>> ready for the school bus."),
        ("comment", "Impact on the young carer: ", "<<Kacey-Leigh>> has ((hea:anxiety and is on the CAMHS waiting list))",
         "; attendance 88%.", "<<Alistair McCready>>", "Mum consents to this being shared with the project"),
        ("fn", "Referrer: Mr <<Alistair McCready>>, pastoral lead.", "He can be reached on [[email:a.mccready@stoswalds.example.sch.uk]]."),
        ("box", "Consent: parent and young person both agreed to the referral on 28/10/2026."),
    ], "Referral - young carer", "<<Alistair McCready>>", "<<Nadia Rahmani>>",
        header="Wharfedale Young Carers - referral form",
        footer="Send to [[email:referrals@wharfedaleyc.example.org.uk]] or call [[phone:0113 496 0640]]")


@document
def carers_register():
    d = Doc("carers-register.md")
    return text(d, """# Young carers register - autumn term

| Young carer | Age | Cares for | Condition | Worker |
|---|---|---|---|---|
| <<Oluwaseun Adeyemi>> ("<<Seun>>") | 15 | dad, <<Femi Adeyemi>> | ((hea:schizophrenia, on a community treatment order)) | <<Nadia Rahmani>> |
| <<Mia Thorburn>> | 11 | gran, <<Irene Thorburn>> | ((hea:Alzheimer's dementia)) | <<Nadia Rahmani>> |
| <<Ruby-Jo Catterall>> | 13 | mum, <<Kerry Catterall>> | ((hea:alcohol dependency, in recovery)) | <<Callum Mackintosh>> |
| <<Kacey-Leigh Barraclough>> | 13 | mum and brother | ((hea:MS; autism)) | <<Callum Mackintosh>> |
| <<Harrison Metcalfe>> | 14 | sister, <<Poppy Metcalfe>> | ((hea:cerebral palsy)) | <<Nadia Rahmani>> |

Reviews are due every six months. Contact the office on [[phone:0113 496 0640]].
<<Seun>> moves to the 16+ group in January.
""")


@document
def carers_school_liaison():
    d = Doc("carers-school-liaison.eml")
    body = ("Hi <<Gemma>>,\n\n"
            "Thank you for seeing me on Thursday about <<Ruby-Jo Catterall>> (Year 9). As we discussed, her late "
            "marks are because her mum, <<Kerry>>, has ((hea:alcohol dependency)) and <<Ruby-Jo>> gets her brother "
            "to primary school first.\n\n"
            "<<Ruby-Jo>> is also ((hea:waiting for an ADHD assessment)) - the wait is about 18 months. Could the "
            "school log her as a young carer on the register and give her a late pass?\n\n"
            "Best wishes,\n<<Nadia>>\n"
            "<<Nadia Rahmani>>, Young Carers Worker, [[phone:+44 113 496 0641]]\n")
    html = ("<p>Hi <<Gemma>>,</p><p>Thank you for seeing me about <<Ruby-Jo Catterall>>. Her mum <<Kerry>> has "
            "((hea:alcohol dependency)).</p><p><<Nadia Rahmani>></p>")
    return eml(d, [
        ("From", "<<Nadia Rahmani>> <[[email:nadia.rahmani@wharfedaleyc.example.org.uk]]>"),
        ("To", "<<Gemma Thackray>> <[[email:g.thackray@wharfehigh.example.sch.uk]]>"),
        ("Cc", "Safeguarding <[[email:dsl@wharfehigh.example.sch.uk]]>"),
        ("Subject", "<<Ruby-Jo C>> - young carer, late marks"),
        ("Date", "Fri, 06 Nov 2026 16:02:11 +0000"),
        ("Message-ID", "<nr-liaison-0611@wharfedaleyc.example.org.uk>"),
    ], body, html)


@document
def carers_trip_consent():
    d = Doc("carers-trip-consent.pdf")
    return pdf(d, """Wharfedale Young Carers - Trip consent form
Trip: {{Robin Hood's Bay}} beach day, Saturday 18 July

Name of young carer: <<Harrison Metcalfe>>      Date of birth: [[dob:04/09/2012]]
Address: 3 Nethercliffe Court, Ilkley [[postcode:LS29 8AT]]

Medical information
Conditions: ((hea:Asthma - brown inhaler morning and night, blue inhaler as needed))
Allergies: ((hea:Penicillin (rash)))
Medication to be carried by staff: blue inhaler and spacer
GP: Dr <<Kaur>>, {{Ilkley Moor}} Surgery

Emergency contact: <<Leanne Metcalfe>> (mum)   [[phone:07700 900 461]]
Second contact: <<Graham Metcalfe>> (grandad)  [[phone:01632 960 117]]

I give consent for my child to take part and to receive emergency treatment.
Signed: <<L. Metcalfe>>                     Date: 01/07/2026
""", "Trip consent")


@document
def carers_volunteer_dbs():
    d = Doc("carers-volunteer-dbs.csv")
    return rows_text(d, [
        ["volunteer", "role", "dbs_certificate", "issued", "result", "notes", "checked_by"],
        ["<<Frances Oyelaran>>", "Minibus driver", "001742918830", "2025-03-12", "Clear", "Update service", "<<Nadia Rahmani>>"],
        ["<<Graham Kettlewell>>", "Trustee", "001766204517", "2025-06-02", "Clear", "Cllr - ((pol:Liberal Democrat group on the district council))", "<<Nadia Rahmani>>"],
        ["<<Ewa Sobczak>>", "Group helper", "", "", "Pending", "Applied 20/10/2026; not to work alone", "<<Callum Mackintosh>>"],
        ["<<Hamish Drummond>>", "Mentor", "001781330962", "2026-01-15", "((crim:Disclosed: caution in 2009 for theft))", "Risk assessed and approved by the trustees", "<<Callum Mackintosh>>"],
    ], ",")


@document
def carers_session_notes():
    d = Doc("carers-session-notes.txt")
    return text(d, """Wednesday group - session notes, 4 November 2026
Worker: <<Nadia>>. Volunteers: <<Frances>>, <<Ewa>>.

Present: <<Kacey-Leigh>>, <<Seun>>, <<Mia>>, <<Ruby-Jo>>, <<Harrison>>.

Activity: pizza and a film ({{Horrid Henry}}, chosen by the younger ones), then "my week" cards.

<<Seun>> was quiet and tired; ((rel:he is fasting on Mondays and Thursdays as his church does in November)).
<<Mia>> said her gran went missing from the house on Sunday night. <<Mia>> also showed <<Nadia>>
((hea:cuts on her forearm)); referred to the DSL at her school the same evening with her agreement.
<<Harrison>> needed his blue inhaler after football.

Next week: bowling at {{Otley Bowl}}. Minibus: <<Frances>> driving.
""")


@document
def carers_trip_forms():
    d = Doc("carers-trip-forms.json")
    return json_doc(d, [
        {"childFirstName": "<<Oluwaseun>>", "childLastName": "<<Adeyemi>>", "dob": "[[dob:2011-02-17]]",
         "parentName": "<<Grace Adeyemi>>", "parentPhone": "[[phone:+44 7700 900 215]]",
         "medical": "((hea:Eczema - emollient twice a day)); ((gen:sickle cell trait, HbAS))", "dietary": "No pork", "photoConsent": True},
        {"childFirstName": "<<Mia>>", "childLastName": "<<Thorburn>>", "dob": "[[dob:2015-04-30]]",
         "parentName": "<<Steven Thorburn>>", "parentPhone": "[[phone:07700900216]]",
         "medical": "None", "dietary": "Vegetarian", "photoConsent": False},
        {"childFirstName": "<<Kacey-Leigh>>", "childLastName": "<<Barraclough>>", "dob": "[[dob:2013-05-22]]",
         "parentName": "<<Donna Barraclough>>", "parentEmail": "[[email:donna.b@example.com]]",
         "medical": "((hea:Sertraline 50 mg in the morning))", "dietary": "", "photoConsent": True},
    ])


@document
def carers_parent_letter():
    d = Doc("carers-parent-letter.rtf")
    return rtf(d, [
        "Dear <<Callum>>,",
        "I am <<Kerry Catterall>>, <<Ruby-Jo>>'s mum. I wanted to write instead of ringing.",
        "((hea:I have been sober since August and go to a recovery group on Tuesdays)). I know <<Ruby-Jo>> has carried a lot.",
        "Please can she still come on Wednesdays? She says it is the only place where nobody asks.",
        "You can ring me on [[phone:07700 900 466]] after 3.",
        "Thank you for everything,",
        "<<Kerry>>",
    ], "<<Kerry Catterall>>", "Letter to the project",
        footnote="Address: 5 Fern Bank, Burley-in-Wharfedale [[postcode:LS29 7HF]]")


# ---- 6. a probation approved premises (Elmfield House, Sheffield)

@document
def hostel_residents_register():
    d = Doc("hostel-residents-register.xlsx")
    residents = [
        ["Room", "Surname", "Forename", "DOB", "CRN", "Status", "Risk", "Arrived"],
        [1, "<<SPINK>>", "<<Jordan>>", ("date", "1996-08-09", "dob"), "X418227",
         "((crim:Licence - released from HMP Leeds 28/10/2026))", "((crim:MAPPA level 2, high risk of serious harm))", ("date", "2026-10-28")],
        [2, "<<HOLLINRAKE>>", "<<Wayne>>", ("date", "1979-12-01", "dob"), "X402916",
         "((crim:Bail residence - awaiting Crown Court trial))", "Medium", ("date", "2026-09-14")],
        [3, "<<ASLAM>>", "<<Mohammed Nadeem>>", ("date", "1988-04-17", "dob"), "X399051",
         "((crim:Licence, sentence expiry 2028))", "Medium", ("date", "2026-08-03")],
        [4, "<<MARINESCU>>", "<<Ștefan>>", ("date", "1992-10-30", "dob"), "X421870",
         "((crim:Licence; recalled once))", "Medium", ("date", "2026-10-05")],
        [5, "<<O'DRISCOLL>>", "<<Craig>>", ("date", "1985-01-23", "dob"), "X417733",
         "((crim:Licence - released from HMP Doncaster))", "High", ("date", "2026-11-02")],
    ]
    staff = [["Keyworker", "<<Bethany Oxley>>"],
             ["Manager", "<<Colin Swales>>"],
             ["Office", "[[phone:0114 496 0310]]"],
             ["Night cover", "{{Crosby House}} APs share the on-call rota"]]
    return xlsx(d, [("Residents", residents), ("Staff", staff)], "Residents register", "<<Colin Swales>>", "<<Bethany Oxley>>")


@document
def hostel_licence_conditions():
    d = Doc("hostel-licence-conditions.docx")
    return docx(d, [
        ("p", "Licence conditions - resident induction"),
        ("table", [
            ["Name", "<<Craig Anthony O'Driscoll>>"],
            ["Date of birth", "[[dob:23 January 1985]]"],
            ["Prison number", "A4417DK"],
            ["Licence", "((crim:Released on licence from HMP Doncaster on 2 November 2026; licence expiry 14/03/2029))"],
        ]),
        ("p", "1. Reside at Elmfield House and comply with its rules."),
        ("p", "2. Curfew 21:00 to 07:00, monitored by an electronic tag."),
        ("comment", "3. ", "Not to contact Ms <<Shannon Price>> directly or indirectly", ".", "<<Rashida Kapoor>>",
         "Victim liaison unit asked that her name stays in; do not show this page to other residents"),
        ("p", "4. ((hea:Attend the substance misuse service for cocaine use)) and comply with testing."),
        ("box", "Induction done by <<Bethany Oxley>> at 15:40. <<Craig>> signed each page."),
        ("fn", "Probation practitioner: <<Rashida Kapoor>>.", "Office line [[phone:0114 496 0388]], mobile [[phone:07700 900 390]]."),
    ], "Licence conditions", "<<Rashida Kapoor>>", "<<Bethany Oxley>>",
        header="Elmfield House Approved Premises - OFFICIAL-SENSITIVE",
        footer="Elmfield House, Attercliffe, Sheffield [[postcode:S9 3HL]]")


@document
def hostel_keyworker_notes():
    d = Doc("hostel-keyworker-notes.txt")
    return text(d, """KEYWORK SESSION - <<Wayne Hollinrake>>, room 2
Date: 03/11/2026   Keyworker: <<Bethany Oxley>>

<<Wayne>> is here on ((crim:bail for an alleged burglary)); trial listed for February at Sheffield Crown Court.

He said his mood is low and he is not sleeping. ((hea:His GP started sertraline last week)); he has
the first repeat at the pharmacy next to {{Firth Park}} library. Encouraged him to keep the appointment.

Family: his brother <<Dale Hollinrake>> ([[phone:07700 900 395]]) will bring clothes on Saturday; visit
approved for the lounge, 14:00 to 15:00.

Actions: <<Wayne>> to see the education worker about the CSCS card course.

Signed: <<B. Oxley>>
""")


@document
def hostel_drug_test_log():
    d = Doc("hostel-drug-test-log.tsv")
    return rows_text(d, [
        ["Date", "Resident", "Test", "Result", "Action", "Staff"],
        ["31/10/2026", "<<J. Spink>>", "Oral fluid", "((hea:Positive - cocaine))", "((crim:Warning; probation practitioner told: breach of licence condition 5))", "<<C. Swales>>"],
        ["01/11/2026", "<<M. N. Aslam>>", "Urine", "Negative", "None", "<<B. Oxley>>"],
        ["02/11/2026", "<<Ștefan Marinescu>>", "Breath", "((hea:0.21 mg/l alcohol))", "Curfew check moved to 22:00", "<<C. Swales>>"],
        ["03/11/2026", "<<Craig O'Driscoll>>", "Urine", "((hea:Positive - methadone, as prescribed))", "None", "<<B. Oxley>>"],
    ], "\t")


@document
def hostel_curfew_breaches():
    d = Doc("hostel-curfew-breaches.html")
    return html_doc(d, "Curfew breaches - October", """<h1>Elmfield House - curfew breaches, October 2026</h1>
<dl>
<dt><<Lee Fairclough>>, room 7</dt>
<dd>Back at 23:14 on 4 October (curfew 21:00). ((crim:Recalled to custody on 6 October after a second breach)).</dd>
<dt><<Ștefan Marinescu>>, room 4</dt>
<dd>Back at 21:25 on 18 October; bus cancelled at {{Meadowhall}}. Warning letter from <<Colin Swales>>.</dd>
<dt><<Craig O'Driscoll>></dt>
<dd>Tag strap alert 02:10 on 30 October; no breach, strap replaced by the tag contractor. ((bio:His fingerprint no longer opens the door reader)); re-enrolled by <<Colin Swales>>.</dd>
</dl>
<p>All breaches go to the probation practitioner by the next working day ([[email:elmfield.ap@probation.example.gov.uk]]).</p>""")


@document
def hostel_chaplain_visit():
    d = Doc("hostel-chaplain-visit.odt")
    return odt(d, [
        ("h", "Chaplaincy and faith visits - week 45"),
        ("p", "Imam <<Abdul Qadir Ghani>> visited <<Mohammed Nadeem Aslam>> on 5 November at his request; "
              "((rel:they prayed Asr together and the imam brought a Qur'an with an Urdu translation))."),
        ("p", "Revd <<Peter Ashdown>> visited <<Lee Fairclough>> before his recall; <<Lee>> ((rel:had asked to be confirmed)) at {{St Hilda's}}."),
        ("note", "Faith visits are recorded here and not on the case system.", "<<Colin Swales>>",
         "((crim:Licence condition 9)) lets <<Lee>> attend church only with staff; check with <<Rashida Kapoor>>."),
        ("table", [
            ["Visitor", "Phone", "Checked"],
            ["Imam <<Abdul Qadir Ghani>>", "[[phone:0114 496 0721]]", "ID seen"],
            ["Revd <<Peter Ashdown>>", "[[phone:0114 496 0722]]", "ID seen"],
        ]),
        ("p", "The multi-faith room next to the {{Bessemer Room}} is free for residents on Fridays."),
    ], "<<Colin Swales>>", "Faith visits")


@document
def hostel_staff_mail():
    d = Doc("hostel-staff-mail.mbox")
    return mbox(d, [
        ("rashida.kapoor@probation.example.gov.uk", "Tue Nov  3 09:12:00 2026", [
            ("From", "<<Rashida Kapoor>> <[[email:rashida.kapoor@probation.example.gov.uk]]>"),
            ("To", "Elmfield House <[[email:elmfield.ap@probation.example.gov.uk]]>"),
            ("Subject", "<<Jordan Spink>> - positive test"),
            ("Date", "Tue, 03 Nov 2026 09:12:00 +0000"),
            ("Message-ID", "<rk-spink-1@probation.example.gov.uk>"),
        ], "Morning <<Colin>>,\n\nI have the result for <<Jordan Spink>>. Given his MAPPA level I am "
           "((crim:asking for a recall)) unless he engages with the drug worker today. Can staff keep him on site "
           "until I call at 2?\n\n<<Rashida>>\n[[phone:07700 900 390]]\n"),
        ("colin.swales@probation.example.gov.uk", "Tue Nov  3 09:40:31 2026", [
            ("From", "<<Colin Swales>> <[[email:colin.swales@probation.example.gov.uk]]>"),
            ("To", "<<Rashida Kapoor>> <[[email:rashida.kapoor@probation.example.gov.uk]]>"),
            ("Subject", "Re: <<Jordan Spink>> - positive test"),
            ("Date", "Tue, 03 Nov 2026 09:40:31 +0000"),
            ("Message-ID", "<cs-spink-2@probation.example.gov.uk>"),
            ("In-Reply-To", "<rk-spink-1@probation.example.gov.uk>"),
        ], "Will do. He is in room 1 and says he will see the worker.\n\n"
           "> I am asking for a recall unless he engages with the drug worker today\n\n<<Colin>>\n"),
        ("bethany.oxley@probation.example.gov.uk", "Tue Nov  3 15:05:10 2026", [
            ("From", "<<Bethany Oxley>> <[[email:bethany.oxley@probation.example.gov.uk]]>"),
            ("To", "<<Rashida Kapoor>> <[[email:rashida.kapoor@probation.example.gov.uk]]>"),
            ("Cc", "<<Colin Swales>> <[[email:colin.swales@probation.example.gov.uk]]>"),
            ("Subject", "Re: <<Jordan Spink>> - positive test"),
            ("Date", "Tue, 03 Nov 2026 15:05:10 +0000"),
            ("Message-ID", "<bo-spink-3@probation.example.gov.uk>"),
            ("In-Reply-To", "<cs-spink-2@probation.example.gov.uk>"),
        ], "<<Jordan>> saw the drug worker at 13:30 and ((hea:agreed to start the cocaine group)). Notes on nDelius.\n\n<<Beth>>\n"),
    ])


@document
def hostel_move_on():
    d = Doc("hostel-move-on.pdf")
    return pdf(d, """Elmfield House Approved Premises - Move-on plan

Resident: <<Craig O'Driscoll>>        Date of birth: [[dob:23/01/1985]]
National Insurance number: [[nino:QQ 41 72 86 B]]
((crim:On licence until 14/03/2029)); MAPPA level 1.

Health: ((hea:methadone 40 ml daily)), dispensed at {{Lloyds}} Pharmacy, Staniforth Road.
Universal Credit: claim made 04/11/2026; journal password held by the resident.
ID: provisional driving licence [[licence:ODRIS 801235 CA9XY]]
Bank: basic account opened at {{Barclays}}, Fargate. [[=bank:204577:13908842]]Sort code 20-45-77
Account number 13908842

Housing: supported tenancy at 12 Darnall Road, Sheffield [[postcode:S9 5AB]], from 7 December,
subject to the probation practitioner's approval of the address.

Contacts: keyworker <<Bethany Oxley>> [[phone:0114 496 0310]]; practitioner <<Rashida Kapoor>>
[[phone:0114 496 0388]]; mother <<Maureen O'Driscoll>> [[phone:07700 900 398]]

Agreed by: <<C. O'Driscoll>>        Date: 05/11/2026
""", "Move-on plan")


# ---- 7. a local party's ward campaign (Osmondthorpe Labour, Leeds)

@document
def ward_canvass_returns():
    d = Doc("ward-canvass-returns.csv")
    return rows_text(d, [
        ["pd", "elector_no", "name", "address", "postcode", "vi", "notes", "canvasser"],
        ["OS2", "0114", "<<Edith Spurr>>", "12 Wykebeck Avenue", "[[postcode:LS9 6NR]]", "((pol:L))", "Poster yes; postal voter", "<<Phil Lumb>>"],
        ["OS2", "0115", "<<Terence Spurr>>", "12 Wykebeck Avenue", "[[postcode:LS9 6NR]]", "((pol:soft Lab))", "Cross about bins", "<<Phil Lumb>>"],
        ["OS2", "0121", "<<Kelly-Ann Dobson>>", "18 Wykebeck Avenue", "[[postcode:LS9 6NR]]", "((pol:Against))", "Voted Reform at the by-election, says so", "<<Phil Lumb>>"],
        ["OS2", "0122", "<<Bartosz Zając>>", "18 Wykebeck Avenue", "[[postcode:LS9 6NR]]", "NI", "", "<<Phil Lumb>>"],
        ["OS2", "0130", "<<Hyacinth Campbell>>", "24 Wykebeck Avenue", "[[postcode:LS9 6NS]]", "((pol:C))", "Always Conservative", "<<Sadia Hussain>>"],
        ["OS2", "0131", "<<Delroy Campbell>>", "24 Wykebeck Avenue", "[[postcode:LS9 6NS]]", "((pol:G lean))", "Likes the cycle lane", "<<Sadia Hussain>>"],
        ["OS2", "0136", "<<Aoife Brennan>>", "30 Wykebeck Avenue", "[[postcode:LS9 6NS]]", "WS", "Won't say, polite", "<<Sadia Hussain>>"],
    ], ",")


@document
def ward_canvass_app():
    d = Doc("ward-canvass-app.jsonl")
    return jsonl_doc(d, [
        {"elector": {"firstName": "<<Bogdan>>", "lastName": "<<Nowak>>"}, "pd": "OS3", "electorNumber": 231,
         "response": "((pol:Labour - definite))", "issues": ["potholes", "bus 19"], "canvasser": "<<Sadia Hussain>>"},
        {"elector": {"firstName": "<<Gloria>>", "lastName": "<<Amankwah>>"}, "pd": "OS3", "electorNumber": 232,
         "response": "((pol:Lib Dem - tactical, would lend us her vote))", "issues": ["library"], "canvasser": "<<Sadia Hussain>>"},
        {"elector": {"firstName": "<<Reece>>", "lastName": "<<Holdsworth>>"}, "pd": "OS3", "electorNumber": 240,
         "response": "Not in", "issues": [], "canvasser": "<<Phil Lumb>>"},
        {"elector": {"firstName": "<<Nasreen>>", "lastName": "<<Akhtar-Shah>>"}, "pd": "OS3", "electorNumber": 241,
         "response": "((pol:Labour member - wants to help deliver))", "phone": "[[phone:07700 900 620]]", "canvasser": "<<Phil Lumb>>"},
    ])


@document
def ward_poster_sites():
    d = Doc("ward-poster-sites.md")
    return text(d, """# Osmondthorpe - poster boards for May

| Address | Elector | Board | Put up by |
|---|---|---|---|
| 12 Wykebeck Avenue | <<Edith Spurr>> | ((pol:Labour diamond, front garden)) | <<Phil Lumb>> |
| 7 Halton Moor Road | <<Winston Grant>> | ((pol:Labour window poster)) | <<Phil Lumb>> |
| 51 Neville Grove | <<Marguerite Obi>> | ((pol:Two boards, corner plot, agreed by phone)) | <<Sadia Hussain>> |
| {{Halton Moor}} library | - | Council land: not allowed | - |
| {{Conservative Club}} car park | - | Not asked (obviously) | - |

<<Winston>> wants his board back after polling day for his allotment. Boards are in <<Phil>>'s garage.
Contact the organiser, Cllr <<Janine Holroyd>>, on [[phone:0113 496 0466]].
""")


@document
def ward_members_rota():
    d = Doc("ward-members-rota.ods")
    members = [
        ["Membership no", "Name", "Email", "Phone", "Status"],
        ["L1094417", "<<Phil Lumb>>", "[[email:phil.lumb@example.com]]", "[[phone:07700 900 601]]", "((pol:Labour member since 2015, branch secretary))"],
        ["L2200388", "<<Sadia Hussain>>", "[[email:sadia.h@example.org]]", "[[phone:07700 900 602]]", "((pol:Labour member, women's officer))"],
        ["L3019552", "<<Krzysztof Nowicki>>", "[[email:k.nowicki@example.net]]", "[[phone:0113 496 0603]]", "((pol:Labour member, joined 2024))"],
        ["L0871203", "<<Dorothy Mather>>", "", "[[phone:0113 496 0604]]", "((pol:Labour member - life member))"],
    ]
    rota = [
        ["Round", "Streets", "Deliverer", "Leaflets", "Done"],
        ["R1", "Wykebeck Avenue, Wykebeck Mount", "<<Krzysztof Nowicki>>", 240, ("date", "2026-11-07")],
        ["R2", "Neville Grove, Neville Road", "<<Dorothy Mather>>", 180, ("date", "2026-11-08")],
        ["R3", "Halton Moor Road", "<<Phil Lumb>>", 310, "not yet"],
    ]
    return ods(d, [("Members", members), ("Delivery rota", rota)], "<<Phil Lumb>>", "Osmondthorpe branch members and rota")


@document
def ward_donations_register():
    d = Doc("ward-donations-register.xlsx")
    donations = [
        ["((pol:Osmondthorpe Labour - campaign donations register))"],
        ["Received", "Donor", "Address", "Amount", "Method", "Sort code", "Account", "On register"],
        [("date", "2026-10-02"), "<<Anthony De Souza>>", "3 Osmondthorpe Lane, Leeds [[postcode:LS9 9EF]]", 250, "Bank transfer", "[[=bank:608371:44019836]]60-83-71", "44019836", "Yes"],
        [("date", "2026-10-15"), "<<Brenda McGuinness>>", "19 Ings Road, Leeds [[postcode:LS9 9EH]]", 600, "Bank transfer", "[[=bank:309950:71120458]]30-99-50", "71120458", "Yes - report to the Electoral Commission"],
        [("date", "2026-10-28"), "<<Mehmet Aydın>>", "2 Temple View, Leeds [[postcode:LS9 9EJ]]", 50, "Cash at the fundraiser", "", "", "Yes"],
        [("date", "2026-11-01"), "<<Gudrun Ellwood>>", "8 Wykebeck Mount, Leeds [[postcode:LS9 6NT]]", 120, "Card [[card:5200 8282 8282 8210]]", "", "", "Yes"],
        [("date", "2026-11-04"), "<<Jürgen Ellwood>>", "8 Wykebeck Mount, Leeds [[postcode:LS9 6NT]]", 120, "Transfer from [[iban:DE89 3704 0044 0532 0130 00]]", "", "", "Yes"],
    ]
    checks = [
        ["Checked by", "<<Moira Tennant>> (agent)"],
        ["Threshold", "Over GBP 500 reported quarterly"],
        ["Fundraiser", "Quiz night at the {{Labour Club}}, 28 October"],
    ]
    return xlsx(d, [("Donations", donations), ("Checks", checks)], "Donations register", "<<Moira Tennant>>", "<<Moira Tennant>>")


@document
def ward_candidate_mail():
    d = Doc("ward-candidate-mail.eml")
    body = ("Dear friends,\n\n"
            "Thank you for choosing me as ((pol:your Labour candidate for Osmondthorpe)). I am proud to be "
            "((tu:backed by Unite, my union for twenty years)), and by so many of you who knocked on doors last "
            "Saturday in the rain.\n\n"
            "The draft leaflet is attached. Please send corrections to <<Moira>> by Friday; she is our agent and "
            "has the final say.\n\n"
            "<<Ravinder>>\n"
            "<<Ravinder Singh Bassi>>\n[[phone:07700 900 610]]\n")
    html = ("<p>Dear friends,</p><p>Thank you for choosing me as ((pol:your Labour candidate for Osmondthorpe)).</p>"
            "<p><<Ravinder Singh Bassi>></p>")
    leaflet = ("OSMONDTHORPE NEEDS A FIGHTER\n"
               "<<Ravinder Singh Bassi>> - ((pol:your Labour candidate))\n"
               "<<Ravi>> has lived on Halton Moor for 25 years and drives the 19 bus.\n"
               "Contact: [[email:ravi.bassi.campaign@example.org]] | Promoted by <<Moira Tennant>> on behalf of "
               "<<Ravinder Singh Bassi>>, both at 40 York Road, Leeds [[postcode:LS9 8TA]]\n")
    return eml(d, [
        ("From", "<<Ravinder Singh Bassi>> <[[email:ravi.bassi.campaign@example.org]]>"),
        ("To", "Osmondthorpe volunteers <[[email:osmondthorpe-volunteers@example.org]]>"),
        ("Cc", "<<Moira Tennant>> <[[email:moira.tennant@example.org]]>"),
        ("Subject", "Thank you - and the leaflet"),
        ("Date", "Sun, 08 Nov 2026 20:03:52 +0000"),
        ("Message-ID", "<rsb-thanks-0811@example.org>"),
    ], body, html, [("leaflet-draft.txt", "text/plain", leaflet)])


@document
def ward_petition():
    d = Doc("ward-petition.pdf")
    return pdf(d, """PETITION TO LEEDS CITY COUNCIL - SAVE HALTON MOOR LIBRARY

Lead petitioner: <<Olive Brannigan>>, 66 Halton Moor Avenue, Leeds [[postcode:LS9 0DN]]
Started by <<Olive>> on 1 October 2026. Supported by the Osmondthorpe ward Labour campaign.

((pol:We, the undersigned, back the Save Our Library campaign and oppose its closure)).

Name                     Address                                  Signature
<<Olive Brannigan>>          66 Halton Moor Avenue, [[postcode:LS9 0DN]]           <<O Brannigan>>
<<Samuel Oyewole>>           4 Cartmell Drive, [[postcode:LS9 0DS]]                S.O.
<<Agnieszka Pawlak-Reid>>    11 Kendal Drive, [[postcode:LS9 0DT]]                 A P-R
<<Hassan Abdi Farah>>        20 Kendal Drive, [[postcode:LS9 0DT]]                 <<H A Farah>>

Return sheets to <<Olive>> or to the stall outside the library on Saturdays.
""", "Petition - Save Halton Moor Library")


@document
def ward_casework():
    d = Doc("ward-casework.html")
    return html_doc(d, "Councillor casework - November", """<h1>Casework log - Cllr <<Janine Holroyd>>, Osmondthorpe ward</h1>
<table>
<tr><th>Ref</th><th>Resident</th><th>Contact</th><th>Issue</th><th>Action</th></tr>
<tr><td>CW-2611</td><td><<Lorraine Pickersgill-Hart>></td><td>[[phone:0113 496 0677]]</td><td>Black mould in a council flat; ((hea:her son's asthma is worse since September))</td><td>Raised with housing; repair order chased</td></tr>
<tr><td>CW-2612</td><td><<Augustine Nwosu>></td><td>[[email:a.nwosu@example.com]]</td><td>Potholes on {{Wykebeck Valley Road}}</td><td>Reported to highways, ref H-55810</td></tr>
<tr><td>CW-2613</td><td><<Stan Jagger>></td><td>letter</td><td>Bin collection missed three weeks running</td><td>Apology from waste services</td></tr>
</table>
<p>Surgery: first Saturday of the month at the {{Labour Club}}, 10:00 to 12:00. Residents of any party or none are welcome.</p>""")


# ---- 8. a supermarket distribution centre's HR (Freshway Foods, Normanton DC)

@document
def dc_shift_absence():
    d = Doc("dc-shift-absence.xlsx")
    header = ["Payroll no", "Name", "Team", "First day", "Days", "Reason"]
    nights = [header,
              ["40021877", "<<Dariusz Kamiński>>", "Chilled picking", ("date", "2026-10-05"), 3, "((hea:Back strain - lifting cages))"],
              ["40023310", "<<Shane Gaskell>>", "Loading bay", ("date", "2026-10-12"), 10, "((hea:Lower back pain, fit note))"],
              ["40019942", "<<Ionela Popescu>>", "Ambient picking", ("date", "2026-10-20"), 1, "Childcare - school closed"]]
    days = [header,
            ["40017756", "<<Jodie Helliwell>>", "HR", ("date", "2026-10-07"), 2, "((hea:Migraine))"],
            ["40025508", "<<Kwabena Asante>>", "Goods in", ("date", "2026-10-26"), 5, "((hea:Stress - fit note, work related))"],
            ["40024471", "<<Aurelija Petrauskienė>>", "Returns", ("date", "2026-10-29"), 1, "Car broke down"]]
    totals = [["Shift", "Episodes", "Days lost"],
              ["Nights", 3, 14],
              ["Days", 3, 8],
              ["Prepared by", "<<Jodie Helliwell>>", ""],
              ["Clocking", "((bio:Fingerprint clock-in re-enrolled)) for <<Ionela Popescu>> after two failed reads", ""]]
    return xlsx(d, [("Nights", nights), ("Days", days), ("Totals", totals)], "Absence October", "<<Jodie Helliwell>>", "<<Jodie Helliwell>>")


@document
def dc_usdaw_checkoff():
    d = Doc("dc-usdaw-checkoff.csv")
    return rows_text(d, [
        ["payroll_no", "surname", "forename", "ni_number", "deduction", "union"],
        ["40021877", "<<Kamiński>>", "<<Dariusz>>", "[[nino:QQ 12 34 56 C]]", "15.95", "((tu:USDAW - Normanton DC branch))"],
        ["40025508", "<<Asante>>", "<<Kwabena>>", "[[nino:QQ558201A]]", "15.95", "((tu:USDAW - Normanton DC branch))"],
        ["40018820", "<<Ormondroyd>>", "<<Michael>>", "[[nino:QQ 71 90 42 D]]", "15.95", "((tu:USDAW - shop steward))"],
        ["40019942", "<<Popescu>>", "<<Ionela>>", "[[nino:QQ 30 66 18 B]]", "8.70", "((tu:USDAW - part-time rate))"],
        ["", "", "", "", "", "Total for November: 56.55; remitted to the union by BACS on 28/11/2026"],
    ], ",")


@document
def dc_right_to_work():
    d = Doc("dc-right-to-work.docx")
    return docx(d, [
        ("p", "Right to work checks - new starters, week 45"),
        ("table", [
            ["Name", "Document", "Number", "Date of birth", "Result"],
            ["<<Kwabena Asante>>", "British passport", "[[passport:548830271]]", "[[dob:14/02/1994]]", "Original seen, copy kept"],
            ["<<Aurelija Petrauskienė>>", "Share code (EU settled status)", "WK7 RPX 2QT", "[[dob:3 March 1987]]", "Online check, settled"],
            ["<<Hüseyin Demir>>", "British passport", "[[passport:539917460]]", "[[dob:26/06/2001]]", "Original seen, copy kept"],
            ["<<Hüseyin Demir>>", "Driving licence (LLOP role)", "[[licence:DEMIR006261H99AB]]", "[[dob:26/06/2001]]", "DVLA check: categories B, C1"],
        ]),
        ("comment", "Repeat check: ", "none needed for settled status", ".", "<<Jodie Helliwell>>",
         "Diary a follow-up only for pre-settled status"),
        ("fn", "Checks follow the employer's guide.", "Done by <<Jodie Helliwell>>, HR adviser, on 2 November 2026."),
        ("box", "Keep copies for the length of employment plus two years, then delete."),
        ("p", "Induction on the {{Hartley}} line (named after the old site) starts on Monday."),
    ], "Right to work checks", "<<Jodie Helliwell>>", "<<Jodie Helliwell>>",
        header="Freshway Foods - Normanton DC - HR",
        footer="HR office [[phone:0113 496 0850]] | [[email:hr.normanton@freshway.example.co.uk]]")


@document
def dc_oh_referral():
    d = Doc("dc-oh-referral.pdf")
    return pdf(d, """Freshway Foods - Occupational Health Referral

Employee: <<Shane Gaskell>>             Payroll: 40023310
Date of birth: [[dob:1990-08-19]]        NI number: [[nino:QQ 64 11 27 A]]
Job: Loading bay operative, nights      Manager: <<Liam Bottomley>>
Home: 14 Castleford Road, Normanton [[postcode:WF9 1RN]]   Mobile: [[phone:07700 900 852]]

Reason for referral
((hea:Ten days off with lower back pain; second episode this year; physiotherapy started)).

Questions for the adviser
1. Is <<Shane>> fit to return to loading, or to lighter work for four weeks?
2. Are adjustments needed under the Equality Act?

Consent: the employee has seen this form and agrees to the referral.
Signed: <<S. Gaskell>>                 HR: <<Jodie Helliwell>>, [[phone:0113 496 0850]]
""", "OH referral")


@document
def dc_forklift_test():
    d = Doc("dc-forklift-da-test.md")
    return text(d, """# Post-incident drug and alcohol test - forklift collision, bay 14

**Date:** 27 October 2026, 03:40 (nights)
**Incident:** counterbalance truck hit a racking leg; no one hurt. Rack inspected by {{Ellis & Dunmore}} Racking Ltd.

## Driver

- Name: <<Dariusz Kamiński>> (payroll 40021877)
- Licence: [[licence:KAMIN803155D99LM]]
- Test: saliva, by the on-site collector <<Wendy Shackleton>>
- Result: ((hea:non-negative for cannabinoids; sample sent to the laboratory for confirmation))
- Stood down from driving pending the result; ((tu:his USDAW rep told at his request)).

## Witness driver

- <<Priya Mistry>>: random test the same night, negative.

Investigation: <<Liam Bottomley>>, shift manager. Report due 10 November.
""")


@document
def dc_grievance():
    d = Doc("dc-grievance.mbox")
    return mbox(d, [
        ("kwabena.asante@example.com", "Mon Nov  2 22:15:00 2026", [
            ("From", "<<Kwabena Asante>> <[[email:kwabena.asante@example.com]]>"),
            ("To", "HR Normanton <[[email:hr.normanton@freshway.example.co.uk]]>"),
            ("Subject", "Formal grievance"),
            ("Date", "Mon, 02 Nov 2026 22:15:00 +0000"),
            ("Message-ID", "<ka-grievance@example.com>"),
        ], "I want to raise a formal grievance against my team leader, <<Darren Gledhill>>.\n\n"
           "Since August he has made remarks about ((eth:my being Black and from Ghana)) in front of the team. On 19 "
           "October he said that ((pol:as a Reform UK member)) he wanted \"people like me\" sent home. <<Hüseyin>> "
           "heard it.\n\n"
           "My ((tu:USDAW rep)), <<Mick Ormondroyd>>, will come with me to the meeting.\n\n<<Kwabena>>\n"),
        ("jodie.helliwell@freshway.example.co.uk", "Tue Nov  3 09:30:00 2026", [
            ("From", "<<Jodie Helliwell>> <[[email:jodie.helliwell@freshway.example.co.uk]]>"),
            ("To", "<<Kwabena Asante>> <[[email:kwabena.asante@example.com]]>"),
            ("Subject", "Re: Formal grievance"),
            ("Date", "Tue, 03 Nov 2026 09:30:00 +0000"),
            ("Message-ID", "<jh-grievance-1@freshway.example.co.uk>"),
            ("In-Reply-To", "<ka-grievance@example.com>"),
        ], "Dear <<Kwabena>>,\n\nThank you. The hearing is on Monday 9 November at 14:00 in the {{Pennine Room}}. "
           "<<Liam Bottomley>> will hear it.\n\n> My USDAW rep will come with me\n\n"
           "That is fine.\n\n<<Jodie>>\n"),
        ("jodie.helliwell@freshway.example.co.uk", "Tue Nov  3 09:34:00 2026", [
            ("From", "<<Jodie Helliwell>> <[[email:jodie.helliwell@freshway.example.co.uk]]>"),
            ("To", "<<Liam Bottomley>> <[[email:liam.bottomley@freshway.example.co.uk]]>"),
            ("Subject", "Grievance hearing Monday"),
            ("Date", "Tue, 03 Nov 2026 09:34:00 +0000"),
            ("Message-ID", "<jh-grievance-2@freshway.example.co.uk>"),
        ], "<<Liam>>, grievance from <<Kwabena Asante>> against <<Darren Gledhill>> (race and political remarks). "
           "Witness: <<Hüseyin Demir>>. Please move <<Darren>> to days until it is heard.\n\n<<Jodie>>\n"),
    ])


@document
def dc_staff_networks():
    d = Doc("dc-staff-networks.odt")
    return odt(d, [
        ("h", "Staff networks at Normanton DC"),
        ("p", "Faith network: co-lead <<Mustafa Yılmaz>>, who ((rel:leads Friday prayers for Muslim colleagues in the quiet room)). "
              "The room is open to everyone, of any faith or none."),
        ("p", "Pride network: co-chair <<Aaron Whitehead>> writes: \"((sex:As a gay man)) on nights I used to keep my head down. "
              "Please come to the first coffee morning.\""),
        ("p", "Race equality network: chair <<Priya Mistry>>; next meeting 19 November."),
        ("p", "Menopause cafe: every other Thursday in the canteen, all welcome."),
        ("note", "Networks are open to allies.", "<<Jodie Helliwell>>",
         "Do not list members on the intranet; contacts only."),
        ("table", [
            ["Network", "Contact"],
            ["Faith", "[[email:faith.network@freshway.example.co.uk]]"],
            ["Pride", "[[email:pride.network@freshway.example.co.uk]]"],
        ]),
    ], "<<Jodie Helliwell>>", "Staff networks")


@document
def dc_holiday_requests():
    d = Doc("dc-holiday-requests.jsonl")
    return jsonl_doc(d, [
        {"employeeName": "<<Priya Mistry>>", "payroll": "40026613", "from": "2026-11-08", "to": "2026-11-09",
         "reason": "((rel:Diwali - we go to the mandir as a family))", "approvedBy": "<<Liam Bottomley>>", "ip": "[[ip:192.0.2.61]]"},
        {"employeeName": "<<Mustafa Yılmaz>>", "payroll": "40020085", "from": "2027-05-16", "to": "2027-05-18",
         "reason": "((rel:Eid al-Adha))", "approvedBy": "<<Liam Bottomley>>", "ip": "[[ip:192.0.2.62]]"},
        {"employeeName": "<<Ionela Popescu>>", "payroll": "40019942", "from": "2026-12-20", "to": "2027-01-03",
         "reason": "Sister's wedding in Iasi", "approvedBy": "pending", "ip": "[[ip:2001:db8:ff00::42]]"},
        {"displayName": "<<Shane G.>>", "payroll": "40023310", "from": "2026-12-24", "to": "2026-12-27",
         "reason": "", "approvedBy": "declined - peak", "ip": "[[ip:192.0.2.63]]"},
    ])


# ---- policy and training texts: about no one

@document
def policy_stadium_biometrics():
    d = Doc("policy-stadium-biometrics.md")
    return text(d, """# Live facial recognition at the turnstiles: data protection policy

## Why we use it

The club trials live facial recognition on some turnstiles for two purposes: to stop people
who are subject to a football banning order from entering, and to offer supporters who opt in
a faster entry. A face template is biometric data, a special category under Article 9 of the UK
GDPR, when it is used to identify someone. Banning orders are criminal offence data.

## Rules

1. The watchlist holds only people under a current banning order, supplied by the police for
   each fixture, and is deleted within 24 hours of the match.
2. Fast-track enrolment is voluntary. A supporter who leaves the scheme has the template
   deleted within 30 days; the season ticket is not affected.
3. Children under 16 are never enrolled, and images of children passing a camera are not kept.
4. A match is always confirmed by a trained steward before anyone is refused entry.
5. Camera signs are displayed at every turnstile block and on the club's website.

## Records

The safety office keeps a match log (time, turnstile, outcome) for one season. The DPIA is
reviewed before each season by the Data Protection Officer ([[email:dpo@cvtfc.example.co.uk]]).
""")


@document
def policy_renal_data_sharing():
    d = Doc("policy-renal-data-sharing.txt")
    return text(d, """RENAL SERVICES - SHARING PATIENT INFORMATION

Who we share with
- NHS Blood and Transplant, for listing and organ offering, including tissue typing results.
- The UK Renal Registry, which receives dialysis and transplant data for every patient unless
  the patient objects.
- Patient transport providers, who receive the name, address, days and mobility needs only.
- Dialysis units elsewhere, when a patient books holiday dialysis.

What we never send by ordinary email
- Tissue typing, crossmatch or virology results.
- Psychosocial assessments of living donors.

Living donors are patients in their own right. A donor's records are kept apart from the
recipient's, and the recipient's team is not told a donor's health findings without the donor's
consent.

Faith and treatment
Some patients decline blood products or ask for dialysis times that fit fasting or prayer. Record
the preference in the care plan only with the patient's agreement, and do not copy it to
transport bookings.

Questions: renal governance lead, [[phone:0113 496 0599]].
""")


@document
def training_tribunal_confidentiality():
    d = Doc("training-tribunal-confidentiality.pdf")
    return pdf(d, """Tribunal office training - confidentiality of mental health hearings

1. Hearings are held in private. Lists published outside the office show only the case number
   and the time, never the patient's name or section.
2. A restricted patient's papers include the index offence. They go to the panel and the parties
   only, and never by open email.
3. A nearest relative may write to the tribunal. Their letter is disclosed to the patient unless a
   judge directs otherwise under the rules; tell the writer so before the hearing.
4. Interpreters receive the hearing time, the language and the venue. They do not receive the
   bundle before they arrive.
5. Panel members return or destroy paper bundles on the day. A lost bundle is reported to the
   office manager within the hour.

Exercise: a caller says she is a patient's sister and asks when the hearing is. What do you say?
Answer: confirm nothing; take a number and pass the message to the patient's representative.
""", "Training - confidentiality")


@document
def policy_pilgrim_data():
    d = Doc("policy-pilgrim-data.html")
    return html_doc(d, "Privacy notice for pilgrims", """<h1>Privacy notice: how we use pilgrims' information</h1>
<p>To book Hajj or Umrah we collect each traveller's name, date of birth, passport details,
photograph, vaccination certificate and, where the rules require it, details of a mahram. Because
a booking shows that a traveller is taking part in a pilgrimage, we treat every booking as
religious belief data, a special category.</p>
<h2>Who sees it</h2>
<ul>
<li>The Saudi visa platform and our licensed partner in Makkah, for visas and accommodation.</li>
<li>Airlines, for tickets and special assistance requests.</li>
<li>Our ATOL bonding body, if a package fails.</li>
</ul>
<h2>How long we keep it</h2>
<p>Passport copies are deleted 90 days after return. Booking and payment records are kept for six
years for tax and consumer law. Health information given for special assistance is deleted after
the trip.</p>
<p>Write to us at [[email:privacy@safamarwa.example.co.uk]].</p>""")


@document
def training_young_carers_safeguarding():
    d = Doc("training-young-carers-safeguarding.docx")
    return docx(d, [
        ("p", "Volunteer training: young carers and confidentiality"),
        ("p", "Young carers often look after a parent with a long-term illness, a disability, a mental health "
              "condition or an addiction. Many have never told anyone at school."),
        ("table", [
            ["Do", "Do not"],
            ["Let the young person decide what to share in the group", "Ask about the parent's diagnosis"],
            ["Pass any worry to the worker on duty the same day", "Promise to keep a secret"],
            ["Write session notes on the project laptop only", "Text about a young person from your own phone"],
        ]),
        ("comment", "Volunteers need ", "an enhanced DBS check", " before they work with the group.",
         "Training team", "Update service checked every year"),
        ("fn", "Medical information on trip forms is for the trip only.", "Forms are shredded two weeks after the trip."),
        ("box", "If a young person is at risk of harm, phone the worker on duty before the end of the session."),
    ], "Volunteer training", "Training team", "Training team",
        header="Wharfedale Young Carers - volunteer handbook", footer="Version 4, October 2026")


@document
def policy_approved_premises_records():
    d = Doc("policy-approved-premises-records.rtf")
    return rtf(d, [
        "Approved premises - records and information sharing",
        "1. Every resident's file holds licence or bail conditions, risk information and keywork notes. It is kept in the office, never in a resident's room.",
        "2. Drug and alcohol test results are recorded in the testing log and sent to the probation practitioner on the same day.",
        "3. Faith and chaplaincy visits are recorded in the visits book only, not on the case system, unless a licence condition depends on them.",
        "4. Health information is shared with the GP and the substance misuse service only with the resident's consent, or where there is a risk of serious harm.",
        "5. Victim details in licence conditions are never shown to other residents.",
        "6. Files of residents who have moved on are kept for the period set by the national retention schedule.",
    ], "Approved premises team", "Records policy")


@document
def training_canvassing_data():
    d = Doc("training-canvassing-data.odt")
    return odt(d, [
        ("h", "Canvassing and data protection - volunteer briefing"),
        ("p", "Canvass returns record how someone says they may vote. That is political opinion, a special "
              "category: treat every sheet and the app as confidential."),
        ("p", "Use the codes, not words: L, C, LD, G, R, Against, soft, NI (not in), WS (won't say). Never write "
              "a comment about health, religion or ethnicity on a canvass sheet."),
        ("p", "Paper sheets go back to the organiser on the same day. Do not photograph them."),
        ("table", [
            ["Record", "Kept for"],
            ["Canvass data", "Until the next register revision"],
            ["Membership list", "While membership lasts, then one year"],
            ["Donations register", "As electoral law requires"],
        ]),
        ("note", "Members' details come from the party, not from this branch.", "Branch secretary",
         "Ask the regional office before exporting anything."),
    ], "Branch secretary", "Canvassing briefing")


@document
def policy_dc_drug_alcohol():
    d = Doc("policy-dc-drug-alcohol.json")
    return json_doc(d, {
        "title": "Drug and alcohol policy - warehouse operations",
        "version": "3.2",
        "owner": "HR and Health & Safety",
        "sections": [
            {"heading": "Who is tested", "text": "Drivers of lift trucks and LGVs are tested at random, after any collision, and for cause."},
            {"heading": "Results", "text": "A non-negative screen is confirmed by a laboratory before any decision. Results are health data and are kept by occupational health, not on the personnel file."},
            {"heading": "Support", "text": "Anyone who asks for help with alcohol or drugs before a test is referred to occupational health and is not disciplined for asking."},
            {"heading": "Representation", "text": "Employees may be accompanied by a trade union representative or a colleague at any meeting about a result."},
        ],
        "contact": "[[email:hs.normanton@freshway.example.co.uk]]",
    })


# ---------------------------------------------------------------- main

def main():
    docs = [build() for build in DOCUMENTS]
    names = [d.name for d in docs]
    problems = [f"duplicate document {n}" for n in sorted(set(names)) if names.count(n) > 1]
    for d in docs:
        problems += d.check()
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"{len(problems)} problems; nothing written", file=sys.stderr)
        sys.exit(1)
    if DOCS.exists():
        shutil.rmtree(DOCS)
    DOCS.mkdir()
    docs.sort(key=lambda d: d.name)
    for d in docs:
        (DOCS / d.name).write_bytes(d.data)
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as out:
        for d in docs:
            out.write(json.dumps(d.label(), ensure_ascii=False) + "\n")
    print(totals(docs))


def totals(docs):
    negative = sum(d.negative for d in docs)
    names = sum(len(d.names) for d in docs)
    kinds = {}
    for d in docs:
        for kind, _ in d.ids:
            kinds[kind] = kinds.get(kind, 0) + 1
    categories = {c: sum(c in d.categories for d in docs) for c in CATEGORY_ORDER}
    formats = {}
    for d in docs:
        ext = d.name.rsplit(".", 1)[1]
        formats[ext] = formats.get(ext, 0) + 1
    by_count = lambda counts: ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if v)
    return (f"{len(docs)} documents ({negative} negative), {names} name labels, "
            f"{sum(kinds.values())} identifier labels: {by_count(kinds)}\n"
            f"documents per category: {by_count(categories)}\n"
            f"formats: {', '.join(f'{k} {v}' for k, v in sorted(formats.items()))}")


if __name__ == "__main__":
    main()
