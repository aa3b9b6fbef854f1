#!/usr/bin/env python3
"""Fifteenth blind held-out evaluation set for dpscan (heldout15).

72 synthetic documents from eight kinds of organisation no earlier set
covers: an NHS diabetes and endocrinology clinic (dia-), a council school
exclusions and alternative provision team (exc-), a prison visits booking
unit (pv-), a university disability and dyslexia support service (dss-), a
political party's candidate selection office (cand-), a community mental
health crisis team (crisis-), a private cosmetic surgery clinic (cos-) and a
council pest control and environmental health enforcement team (env-).
8 documents (policy-*, training-*) are prose that names no one.

Markup (labels are the spans that write the text):
  <<Name>>                  a person name label, written as is
  [[kind:written]]          an identifier, normalised by the rules below
  [[kind:written=>norm]]    an identifier with its normalised value given
  [[=kind:norm]]            a label only (a value spread over cells)
  ((category:words))        a special category revealed about a named person
  {{words}}                 a distractor written on purpose (recorded)

Judgement calls (heldout11's conventions, plus):
  - diabetes (type 1, type 2, gestational), an HbA1c, insulin, a pump, CGM
    time in range, thyroid or adrenal disease, a hypo, retinopathy are
    health; so is a bare "Type 1" / "T1DM" in a diabetes register's column.
  - HNF1A-MODY confirmed on genetic testing, a sickle cell genotype (HbSS)
    and a COL5A1 variant are genetic (and health only where the text also
    names a condition or treatment, as heldout11 says).
  - a school exclusion with an arrest or a police charge (a bladed article,
    assault on staff, sexual assault under investigation) is criminal
    offence; an exclusion for disruption, swearing, damage or a
    drug-related exclusion with no charge is nothing; an EHCP need, ADHD,
    autism, anxiety or SEMH is health; an ethnicity recorded for the
    exclusion return is racial or ethnic origin; a Romany Gypsy heritage
    recorded at a parent's request is racial or ethnic origin; a wish to
    keep a kara as an Amritdhari Sikh is religious belief.
  - a prisoner's charge, remand or offence is criminal offence; a visitor
    arrested for conveying drugs is criminal offence; a closed visit for
    security intelligence alone is nothing; a visitor's MS (wheelchair) is
    health; a prisoner's faith recorded for a chaplaincy visit is religious
    belief; a visitor's fingerprint template or facial image enrolled or
    matched at the gate is biometric; a passport or licence shown as ID,
    benefits named on an assisted-visits claim and a language are nothing.
  - dyslexia, dyspraxia, depression, sickle cell disease, a visual
    impairment, profound deafness, ADHD, OCD are health; a student saying
    he is gay is sex life or orientation; extra time with no reason given
    is nothing.
  - a candidate's party membership, a former membership or councillorship
    for another party, campaigning for an independent and a hustings
    speech for a policy are political opinion; a union steward, branch
    secretary, sponsor or backing is trade union; a spent or unspent
    conviction or a caution is criminal offence; "his husband" is sex life
    or orientation; a Methodist faith is religious belief.
  - a crisis presentation (voices, psychosis, self-harm, overdose, mania,
    section 136 or section 2, panic attacks) and psychiatric medication are
    health; an arrest, a charge and bail are criminal offence; Shabbat at a
    synagogue and Hindu dietary needs are religious belief.
  - a cosmetic procedure on a named patient (augmentation,
    abdominoplasty, rhinoplasty, blepharoplasty, an implant) is health, as
    are a BMI, a seroma and a past eating disorder.
  - a fly-tipping fixed penalty, a caution or prosecution for food hygiene
    offences is criminal offence about the named individual; a hygiene
    emergency prohibition notice alone is nothing (no offence yet); a
    hoarding case with depression or self-neglect is health; a Blue Badge
    concession ("Disabled") is health; a pest infestation is nothing; a
    complainant's epilepsy is health; an officer declaring he is a UNISON
    rep is trade union.
  - an organisation's, building's, room's, product's or pet's name shaped
    like a person (the Banting Suite, Beaumont House, the Lawrence Room, the
    Dorothy Kerin Room, Keir Hardie, Mrs Beeton's Tearoom, Okafor Baines
    Consulting, Bellamy & Rose, Lady Grey) is a recorded distractor, not a
    name; registration and case numbers (UPN, CRN, GMC, SRA, prisoner and
    membership numbers) are look-alikes, not identifiers of the contract.
  - Message-ID and In-Reply-To headers and mbox "From " lines are not
    labelled; display names in From/To/Cc, comment authors and document
    authors are names. No initials-only sign-offs are written.
  - Excel dates of birth typed as serials with a date format are labelled
    with [[=date_of_birth:...]] beside the cell; other dates are not DOBs.
    A date of birth written on an ID photo and the one on record are both
    dates of birth.
  - two-digit years in a DOB ("03-Apr-81", "14.02.75") are 19xx for adults.
  - a lone given name, initials with surname, "SURNAME, Given", capitals, a
    nickname ("Temi", "Dami", "Gwen") and "Craig P." are each their own
    label, as heldout11's README says.
  - an organisation's own phone, postcode and mailbox are labelled; a
    sort code and account number in separate cells or on consecutive lines
    are labelled once as the pair.

Deterministic: no randomness is drawn; fixed zip timestamps, fixed MIME
boundaries; output is byte-identical under any PYTHONHASHSEED.
"""

import base64
import datetime
import email.header
import html
import io
import ipaddress
import json
import os
import quopri
import re
import shutil
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")

CATS = ["racial_ethnic_origin", "political_opinion", "religious_belief", "trade_union",
        "genetic", "biometric", "health", "sex_life_orientation", "criminal_offence"]
KINDS = {"em": "email", "ph": "phone", "pc": "uk_postcode", "ni": "uk_nino", "nhs": "nhs_number",
         "dob": "date_of_birth", "pp": "uk_passport", "dl": "uk_driving_licence", "ip": "ip_address",
         "card": "payment_card", "iban": "iban", "bank": "uk_bank_account"}
TITLES = ("Mr ", "Mrs ", "Ms ", "Miss ", "Dr ", "Prof ", "Cllr ", "Rev ", "Mx ", "Sgt ", "Sir ")
MARK = re.compile(r"<<(.+?)>>|\[\[(=?)(\w+):(.+?)\]\]|\(\((\w+):(.+?)\)\)|\{\{(.+?)\}\}")


def luhn(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        s += n
    return s % 10 == 0


def nhs_ok(d):
    if len(d) != 10:
        return False
    c = 11 - sum(int(d[i]) * (10 - i) for i in range(9)) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


def iban_ok(v):
    s = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def normalise(kind, w):
    if kind == "email":
        return w.lower()
    if kind == "phone":
        d = re.sub(r"\D", "", w.replace("(0)", ""))
        if w.strip().startswith("+"):
            return "+" + d
        assert d.startswith("0"), w
        return "+44" + d[1:]
    if kind == "uk_postcode":
        c = w.upper().replace(" ", "")
        return c[:-3] + " " + c[-3:]
    if kind in ("uk_nino", "iban", "uk_driving_licence"):
        v = w.upper().replace(" ", "")
        assert kind != "iban" or iban_ok(v), w
        assert kind != "uk_driving_licence" or len(v) == 16, w
        return v
    if kind in ("nhs_number", "payment_card", "uk_passport"):
        d = re.sub(r"\D", "", w)
        assert kind != "nhs_number" or nhs_ok(d), w
        assert kind != "payment_card" or luhn(d), w
        assert kind != "uk_passport" or len(d) == 9, w
        return d
    if kind == "uk_bank_account":
        d = re.sub(r"\D", "", w)
        assert len(d) == 14, w
        return d[:6] + ":" + d[6:]
    if kind == "ip_address":
        return str(ipaddress.ip_address(w))
    if kind == "date_of_birth":
        datetime.date.fromisoformat(w)
        return w
    raise ValueError(kind)


# Look-alikes that must be labelled wherever they occur.
LOOK = [
    ("email", re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")),
    ("uk_nino", re.compile(r"\bQQ\s?\d\d\s?\d\d\s?\d\d\s?[A-D]\b")),
    ("ip_address", re.compile(r"\b(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d+\b|\b2001:db8:[0-9a-f:]+", re.I)),
    ("uk_postcode", re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}\b")),
    ("phone", re.compile(r"(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d[\d\s()-]{7,14}\d")),
]
DRAMA = ("77009", "2079460", "1134960", "1614960", "1174960", "1214960", "1314960", "1414960",
         "1914980", "2896496", "2920180", "1632960", "1184960", "1154960")


def drama(s):
    d = re.sub(r"\D", "", s.replace("(0)", ""))
    d = d[2:] if d.startswith("44") else d[1:] if d.startswith("0") else d
    return d.startswith(DRAMA)


class Doc:
    def __init__(self, name):
        self.name = name
        self.names = []
        self.cats = set()
        self.ids = []
        self.pieces = []  # (text, [(start, end)] covered spans)
        self.problems = []

    def _id(self, kind, norm):
        if (kind, norm) not in self.ids:
            self.ids.append((kind, norm))

    def r(self, text):
        """Render markup to plain text, recording labels and covered spans."""
        out, spans, pos = [], [], 0
        n = 0
        for m in MARK.finditer(text):
            out.append(text[pos:m.start()])
            n += len(text[pos:m.start()])
            pos = m.end()
            if m.group(1) is not None:
                w = m.group(1)
                if w.startswith(TITLES):
                    self.problems.append(f"name label with a title: {w}")
                if w not in self.names:
                    self.names.append(w)
                spans.append((n, n + len(w), "name"))
            elif m.group(3) is not None:
                kind = KINDS.get(m.group(3), m.group(3))
                if kind not in KINDS.values():
                    self.problems.append(f"unknown kind {kind}")
                    continue
                body = m.group(4)
                if m.group(2):
                    self._id(kind, normalise(kind, body))
                    continue
                w, _, given = body.partition("=>")
                self._id(kind, normalise(kind, given or w))
                spans.append((n, n + len(w), "id"))
            elif m.group(5) is not None:
                if m.group(5) not in CATS:
                    self.problems.append(f"unknown category {m.group(5)}")
                self.cats.add(m.group(5))
                w = m.group(6)
            else:
                w = m.group(7)
                spans.append((n, n + len(w), "distractor"))
            if m.group(3) is None or not m.group(2):
                out.append(w)
                n += len(w)
        out.append(text[pos:])
        plain = "".join(out)
        self.pieces.append((plain, spans))
        return plain

    def label(self, kind, norm):
        self._id(kind, norm)

    def check(self):
        parts = set()
        for nm in self.names:
            for p in re.split(r"[\s,.-]+", nm):
                if len(p) > 2 and not p.isdigit():
                    parts.add(p)
        for plain, spans in self.pieces:
            if re.search(r"<<|>>|\[\[|\]\]|\(\(|\)\)|\{\{|\}\}", plain):
                self.problems.append(f"markup left: {plain[:60]!r}")
            covered = list(spans) + [(m.start(), m.end(), "email") for m in LOOK[0][1].finditer(plain)]
            for p in parts:
                for m in re.finditer(r"(?<![\w'])" + re.escape(p) + r"(?![\w])", plain, re.I):
                    if not any(a <= m.start() and m.end() <= b for a, b, _ in covered):
                        self.problems.append(f"name part {p!r} unlabelled in {plain[max(0, m.start()-30):m.end()+30]!r}")
            for kind, rx in LOOK:
                for m in rx.finditer(plain):
                    if kind == "phone" and not drama(m.group()):
                        continue
                    if not any(a <= m.start() < b and t == "id" for a, b, t in spans):
                        self.problems.append(f"unlabelled {kind} {m.group()!r}")
        if self.name.startswith(("policy-", "training-")) and (self.names or self.cats):
            self.problems.append("negative document names someone or has a category")

    def labels(self):
        return {"doc": self.name, "names": self.names,
                "categories": [c for c in CATS if c in self.cats],
                "ids": [list(i) for i in self.ids]}


DOCS_OUT = {}
ALL = []


def new(name):
    d = Doc(name)
    ALL.append(d)
    return d


def emit(name, data):
    assert name not in DOCS_OUT, name
    DOCS_OUT[name] = data if isinstance(data, bytes) else data.encode("utf-8")


# ---------------------------------------------------------------- writers

ZDATE = (2026, 11, 2, 9, 30, 0)


def zipped(members, odf=False):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, ZDATE)
            info.compress_type = zipfile.ZIP_STORED if (odf and name == "mimetype") else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))
    return buf.getvalue()


def x(s):
    return html.escape(s, quote=True)


def lines_doc(name, lines, sep="\n"):
    d = new(name)
    emit(name, sep.join(d.r(l) for l in lines) + "\n")


def txt(name, lines):
    lines_doc(name, lines)


def delimited(name, rows, delim):
    d = new(name)
    out = []
    for row in rows:
        cells = [d.r(str(c)) for c in row]
        if delim == ",":
            cells = ['"' + c.replace('"', '""') + '"' if any(ch in c for ch in ',"\n') else c for c in cells]
        out.append(delim.join(cells))
    emit(name, "\r\n".join(out) + "\r\n" if delim == "," else "\n".join(out) + "\n")


def csv_(name, rows):
    delimited(name, rows, ",")


def tsv(name, rows):
    delimited(name, rows, "\t")


def rjson(d, obj):
    if isinstance(obj, str):
        return d.r(obj)
    if isinstance(obj, list):
        return [rjson(d, o) for o in obj]
    if isinstance(obj, dict):
        return {k: rjson(d, v) for k, v in obj.items()}
    return obj


def json_(name, obj):
    d = new(name)
    emit(name, json.dumps(rjson(d, obj), ensure_ascii=False, indent=2) + "\n")


def jsonl(name, objs):
    d = new(name)
    emit(name, "".join(json.dumps(rjson(d, o), ensure_ascii=False) + "\n" for o in objs))


def html_(name, title, blocks):
    """blocks: ('h', text) | ('p', text) | ('table', rows) | ('dl', [(term, def)])."""
    d = new(name)
    out = ["<!DOCTYPE html>", "<html lang=\"en-GB\"><head><meta charset=\"utf-8\">",
           f"<title>{x(d.r(title))}</title></head><body>"]
    for kind, b in blocks:
        if kind == "h":
            out.append(f"<h2>{x(d.r(b))}</h2>")
        elif kind == "p":
            out.append(f"<p>{x(d.r(b))}</p>")
        elif kind == "table":
            out.append("<table border=\"1\">")
            out.append("<tr>" + "".join(f"<th>{x(d.r(c))}</th>" for c in b[0]) + "</tr>")
            for row in b[1:]:
                out.append("<tr>" + "".join(f"<td>{x(d.r(str(c)))}</td>" for c in row) + "</tr>")
            out.append("</table>")
        elif kind == "dl":
            out.append("<dl>")
            for t, v in b:
                out.append(f"  <dt>{x(d.r(t))}</dt><dd>{x(d.r(v))}</dd>")
            out.append("</dl>")
    out.append("</body></html>")
    emit(name, "\n".join(out) + "\n")


def rtf(name, lines):
    d = new(name)

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
    body = "\n".join(esc(d.r(l)) + "\\par" for l in lines)
    emit(name, "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}\n\\f0\\fs22\n" + body + "\n}\n")


def pdf(name, lines):
    d = new(name)
    plain = [d.r(l) for l in lines]
    pages = [plain[i:i + 46] for i in range(0, len(plain), 46)]

    def esc(s):
        return s.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    objs = {1: b"<< /Type /Catalog /Pages 2 0 R >>",
            3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"}
    kids = []
    n = 4
    for pg in pages:
        stream = b"BT /F1 10 Tf 14 TL 56 790 Td\n" + b"".join(b"(" + esc(l) + b") Tj T*\n" for l in pg) + b"ET"
        objs[n] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
        objs[n + 1] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % n)
        kids.append(n + 1)
        n += 2
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for i in sorted(objs):
        offs[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for i in sorted(objs):
        out += b"%010d 00000 n \n" % offs[i]
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    emit(name, bytes(out))


def md(name, lines):
    lines_doc(name, lines)


# --- mail

def hdr(d, v):
    """A header value; a display name outside ASCII becomes an RFC 2047 encoded word."""
    plain = d.r(v)
    m = re.match(r"^(.+?) <([^>]+)>$", plain)
    if m and not m.group(1).isascii():
        return f"{email.header.Header(m.group(1), 'utf-8').encode()} <{m.group(2)}>"
    return plain


def qp(text):
    return quopri.encodestring(text.replace("\n", "\r\n").encode("utf-8")).decode("ascii")


def eml(name, headers, text, html_text=None, attachments=(), boundary="b15"):
    """headers: list of (field, value) with markup; attachments: (filename, mime, text)."""
    d = new(name)
    out = [f"{k}: {hdr(d, v)}" for k, v in headers]
    out.append(f"Message-ID: <{name.split('.')[0]}-15@mail.example.net>")
    out.append("MIME-Version: 1.0")
    body = d.r(text)
    hbody = d.r(html_text) if html_text else None
    alt = [f"--{boundary}-alt", "Content-Type: text/plain; charset=utf-8",
           "Content-Transfer-Encoding: quoted-printable", "", qp(body)]
    if hbody:
        alt += [f"--{boundary}-alt", "Content-Type: text/html; charset=utf-8",
                "Content-Transfer-Encoding: quoted-printable", "", qp(hbody)]
    alt.append(f"--{boundary}-alt--")
    if attachments:
        out.append(f"Content-Type: multipart/mixed; boundary=\"{boundary}-mix\"")
        out += ["", f"--{boundary}-mix", f"Content-Type: multipart/alternative; boundary=\"{boundary}-alt\"", ""] + alt
        for fn, mime, t in attachments:
            data = base64.encodebytes(d.r(t).encode("utf-8")).decode("ascii").rstrip("\n")
            out += [f"--{boundary}-mix", f"Content-Type: {mime}; name=\"{fn}\"",
                    f"Content-Disposition: attachment; filename=\"{fn}\"",
                    "Content-Transfer-Encoding: base64", "", data]
        out.append(f"--{boundary}-mix--")
    else:
        out.append(f"Content-Type: multipart/alternative; boundary=\"{boundary}-alt\"")
        out += [""] + alt
    emit(name, "\r\n".join(out) + "\r\n")


def mbox(name, messages):
    """messages: (from_addr_plain, date_ctime, headers, body, in_reply_to_index or None)."""
    d = new(name)
    out = []
    stem = name.split(".")[0]
    for i, (addr, ctime, headers, body, reply) in enumerate(messages):
        out.append(f"From {addr} {ctime}")
        out += [f"{k}: {hdr(d, v)}" for k, v in headers]
        out.append(f"Message-ID: <{stem}-{i}@mail.example.net>")
        if reply is not None:
            out.append(f"In-Reply-To: <{stem}-{reply}@mail.example.net>")
        out += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: 8bit", ""]
        for l in d.r(body).split("\n"):
            out.append(">" + l if l.startswith("From ") else l)
        out.append("")
    emit(name, "\n".join(out) + "\n")


# --- OOXML

W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
     'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"')


def core(d, creator, title):
    c = x(d.r(creator)) if creator else ""
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{x(d.r(title))}</dc:title><dc:creator>{c}</dc:creator><cp:lastModifiedBy>{c}</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-10-14T09:12:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-10-20T16:40:00Z</dcterms:modified>'
            '</cp:coreProperties>')


def wrun(t):
    return f'<w:r><w:t xml:space="preserve">{x(t)}</w:t></w:r>'


def wp(t, style=None):
    ps = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ps}{wrun(t)}</w:p>"


def docx(name, blocks, header=None, footer=None, creator=None, title="Document"):
    """blocks: ('h'|'p', text) | ('table', rows) | ('box', [texts]) |
    ('comment', before, anchor, after, author, comment) | ('fn', before, note)."""
    d = new(name)
    body, comments, notes = [], [], []
    for b in blocks:
        k = b[0]
        if k in ("h", "p"):
            body.append(wp(d.r(b[1]), "Heading1" if k == "h" else None))
        elif k == "table":
            rows = "".join("<w:tr>" + "".join(f"<w:tc><w:tcPr><w:tcW w:w=\"0\" w:type=\"auto\"/></w:tcPr>{wp(d.r(str(c)))}</w:tc>" for c in row) + "</w:tr>" for row in b[1])
            body.append(f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>{rows}</w:tbl>')
        elif k == "box":
            inner = "".join(wp(d.r(t)) for t in b[1])
            body.append('<w:p><w:r><w:pict><v:shape id="tb1" style="width:300pt;height:80pt" type="#_x0000_t202">'
                        f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
        elif k == "comment":
            i = len(comments)
            body.append(f'<w:p>{wrun(d.r(b[1]))}<w:commentRangeStart w:id="{i}"/>{wrun(d.r(b[2]))}'
                        f'<w:commentRangeEnd w:id="{i}"/><w:r><w:commentReference w:id="{i}"/></w:r>{wrun(d.r(b[3]))}</w:p>')
            comments.append(f'<w:comment w:id="{i}" w:author="{x(d.r(b[4]))}" w:date="2026-10-15T10:00:00Z">{wp(d.r(b[5]))}</w:comment>')
        elif k == "fn":
            i = len(notes) + 1
            body.append(f'<w:p>{wrun(d.r(b[1]))}<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{i}"/></w:r></w:p>')
            notes.append(f'<w:footnote w:id="{i}">{wp(d.r(b[2]))}</w:footnote>')
    rels = ['<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    ct = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    members = []
    sect = ""
    if header:
        members.append(("word/header1.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W}>{wp(d.r(header))}</w:hdr>'))
        rels.append('<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        ct.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        sect += '<w:headerReference w:type="default" r:id="rIdH"/>'
    if footer:
        members.append(("word/footer1.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W}>{wp(d.r(footer))}</w:ftr>'))
        rels.append('<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        ct.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        sect += '<w:footerReference w:type="default" r:id="rIdF"/>'
    if comments:
        members.append(("word/comments.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {W}>{"".join(comments)}</w:comments>'))
        rels.append('<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
    if notes:
        sep = '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        members.append(("word/footnotes.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>{sep}{"".join(notes)}</w:footnotes>'))
        rels.append('<Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>')
        ct.append('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}'
                f'<w:sectPr>{sect}<w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    styles = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>'
    head = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
         + "".join(ct) + "</Types>"),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
        ("docProps/core.xml", core(d, creator, title)),
        ("word/document.xml", document),
        ("word/styles.xml", styles),
        ("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + "".join(rels) + "</Relationships>"),
    ]
    emit(name, zipped(head + members))


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def serial(iso):
    return (datetime.date.fromisoformat(iso) - datetime.date(1899, 12, 30)).days


def xlsx(name, sheets, creator=None, title="Workbook"):
    """sheets: [(sheet name, rows)]; a cell is a str (markup), an int/float
    (typed number), ('date', iso) (a serial with a date format) or None."""
    d = new(name)
    strings, index = [], {}
    parts = []
    for si, (sname, rows) in enumerate(sheets):
        xr = []
        for ri, row in enumerate(rows):
            cells = []
            for ci, c in enumerate(row):
                ref = f"{col(ci)}{ri + 1}"
                if c is None:
                    continue
                if isinstance(c, tuple):
                    cells.append(f'<c r="{ref}" s="1"><v>{serial(c[1])}</v></c>')
                elif isinstance(c, (int, float)):
                    cells.append(f'<c r="{ref}"><v>{c}</v></c>')
                else:
                    t = d.r(c)
                    if t not in index:
                        index[t] = len(strings)
                        strings.append(t)
                    cells.append(f'<c r="{ref}" t="s"><v>{index[t]}</v></c>')
            xr.append(f'<row r="{ri + 1}">{"".join(cells)}</row>')
        parts.append((f"xl/worksheets/sheet{si + 1}.xml",
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                      f'<sheetData>{"".join(xr)}</sheetData></worksheet>'))
    n = len(sheets)
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          + "".join(f'<sheet name="{x(s)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (s, _) in enumerate(sheets)) + "</sheets></workbook>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(n))
            + f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            + f'<Relationship Id="rId{n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           f'count="{len(strings)}" uniqueCount="{len(strings)}">' + "".join(f'<si><t xml:space="preserve">{x(s)}</t></si>' for s in strings) + "</sst>")
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
              '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(n))
          + '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    root = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    emit(name, zipped([("[Content_Types].xml", ct), ("_rels/.rels", root), ("docProps/core.xml", core(d, creator, title)),
                       ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", rels), ("xl/sharedStrings.xml", sst),
                       ("xl/styles.xml", styles)] + parts))


# --- ODF

ODNS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"')


def odf(mime, content, d, creator):
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    c = x(d.r(creator)) if creator else ""
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ODNS}><office:meta>'
            f'<dc:creator>{c}</dc:creator><dc:date>2026-10-21T11:00:00</dc:date></office:meta></office:document-meta>')
    return zipped([("mimetype", mime), ("META-INF/manifest.xml", manifest), ("content.xml", content), ("meta.xml", meta)], odf=True)


def odt(name, blocks, creator=None):
    """blocks: ('h'|'p', text) | ('table', rows)."""
    d = new(name)
    out = []
    for k, b in blocks:
        if k == "h":
            out.append(f'<text:h text:outline-level="1">{x(d.r(b))}</text:h>')
        elif k == "p":
            out.append(f"<text:p>{x(d.r(b))}</text:p>")
        else:
            rows = "".join("<table:table-row>" + "".join(f"<table:table-cell office:value-type=\"string\"><text:p>{x(d.r(str(c)))}</text:p></table:table-cell>" for c in r) + "</table:table-row>" for r in b)
            out.append(f'<table:table table:name="T{len(out)}"><table:table-column table:number-columns-repeated="{len(b[0])}"/>{rows}</table:table>')
    content = f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODNS}><office:body><office:text>{"".join(out)}</office:text></office:body></office:document-content>'
    emit(name, odf("application/vnd.oasis.opendocument.text", content, d, creator))


def ods(name, sheets, creator=None):
    d = new(name)
    out = []
    for sname, rows in sheets:
        xr = []
        for row in rows:
            cells = []
            for c in row:
                if c is None:
                    cells.append("<table:table-cell/>")
                elif isinstance(c, tuple):
                    cells.append(f'<table:table-cell office:value-type="date" office:date-value="{c[1]}"><text:p>{datetime.date.fromisoformat(c[1]).strftime("%d/%m/%Y")}</text:p></table:table-cell>')
                elif isinstance(c, (int, float)):
                    cells.append(f'<table:table-cell office:value-type="float" office:value="{c}"><text:p>{c}</text:p></table:table-cell>')
                else:
                    cells.append(f'<table:table-cell office:value-type="string"><text:p>{x(d.r(c))}</text:p></table:table-cell>')
            xr.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
        out.append(f'<table:table table:name="{x(sname)}">{"".join(xr)}</table:table>')
    content = f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODNS}><office:body><office:spreadsheet>{"".join(out)}</office:spreadsheet></office:body></office:document-content>'
    emit(name, odf("application/vnd.oasis.opendocument.spreadsheet", content, d, creator))


# ---------------------------------------------------------------- documents

def build():
    diabetes()
    exclusions()
    prison_visits()
    disability()
    candidates()
    crisis()
    cosmetic()
    environmental()
    negatives()


def diabetes():
    docx("dia-clinic-letter.docx", [
        ("p", "Diabetes & Endocrinology Outpatients, {{Banting Suite}}, Level 2"),
        ("p", "Dear Dr <<Ó Briain>>,"),
        ("table", [["Patient", "<<Tendai MAKONI>>"], ["D.O.B.", "[[dob:03-Apr-81=>1981-04-03]]"],
                   ["NHS No.", "[[nhs:999 214 0380]]"], ["Address", "14 Copperbeech Rise, Wensleigh [[pc:WV7 3QL]]"],
                   ["Tel", "[[ph:07700 900 418]]"]]),
        ("p", "Mr <<Makoni>> attended with his partner <<Rutendo>>. He has had ((health:type 1 diabetes)) since 1996 "
              "and his ((health:HbA1c has risen to 78 mmol/mol)) despite a basal-bolus regimen."),
        ("comment", "We discussed ", "moving to a closed-loop system", " at the next review.", "<<Gwenllian Rees>>",
         "Pump start slot held for 12 January."),
        ("fn", "He reports two ((health:severe hypoglycaemic episodes)) this year, one at work.",
         "DVLA informed by the patient on 2 October; not a decision of this clinic."),
        ("box", ["Clinic contact: [[ph:0113 496 0274]] or [[em:diabetes.wvt@wensleigh.example.nhs.uk]]"]),
        ("p", "Yours sincerely,"),
        ("p", "<<Rukhsana Patel-Hearne>>, Consultant Diabetologist"),
        ("p", "cc: <<Tendai Makoni>> (patient)"),
    ], header="Wensleigh Valley NHS Foundation Trust: Diabetes & Endocrinology",
       footer="{{Beaumont House}}, Infirmary Road, Wensleigh [[pc:WV1 4DS]], switchboard [[ph:0113 496 0100]]",
       creator="<<Rukhsana Patel-Hearne>>", title="Clinic letter")

    xlsx("dia-hba1c-register.xlsx", [
        ("Register", [
            ["Surname", "Forename", "DOB", "NHS number", "Type", "Last HbA1c", "Postcode"],
            ["<<KOWALCZYK>>", "<<Agnieszka>>", ("date", "1972-09-14"), "[[nhs:9993071250]][[=dob:1972-09-14]]", "((health:Type 2))", 64, "[[pc:WV3 8HN]]"],
            ["<<ADEBAYO-PRICE>>", "<<Folasade>>", ("date", "1990-01-30"), "[[nhs:9994182633]][[=dob:1990-01-30]]", "((health:Type 1))", 53, "[[pc:WV12 6TA]]"],
            ["<<MacLEOD>>", "<<Ruairidh>>", ("date", "2004-06-02"), "[[nhs:9995207141]][[=dob:2004-06-02]]", "((health:Type 1))", 91, "[[pc:WV2 1XE]]"],
            ["<<CHAUDHRY>>", "<<Nasreen Bibi>>", ("date", "1958-11-23"), "[[nhs:9996318508]][[=dob:1958-11-23]]", "((health:Gestational, 1989; now Type 2))", 48, "[[pc:WV9 0PB]]"],
        ]),
        ("Notes", [
            ["Field", "Value"],
            ["Prepared by", "<<Hollie Tranter>>, data manager"],
            ["Extract date", "31/10/2026"],
            ["Query line", "[[ph:0113 496 0275]]"],
            ["Threshold", 58],
        ]),
    ], creator="<<Hollie Tranter>>", title="HbA1c register")

    eml("dia-pump-referral.eml", [
        ("From", "<<Gwenllian Rees>> <[[em:gwenllian.rees@wensleigh.example.nhs.uk]]>"),
        ("To", "Pump Service <[[em:insulin.pumps@medtrace.example.com]]>"),
        ("Cc", "<<Rukhsana Patel-Hearne>> <[[em:r.patel-hearne@wensleigh.example.nhs.uk]]>"),
        ("Subject", "Pump start: two patients for January"),
        ("Date", "Tue, 03 Nov 2026 10:14:00 +0000"),
    ], "Hello,\n\nPlease find attached the two pump starts agreed at MDT. Both have ((health:type 1 diabetes)) "
       "and completed the carbohydrate counting course.\n\n<<Ruairidh MacLeod>> (born 2nd June 2004, NHS [[nhs:999 520 7141]]) "
       "prefers a tubeless pump; his mum <<Catriona>> will come to training.\n"
       "<<Folasade Adebayo-Price>>: evenings only, mobile [[ph:+44 7700 900731]].\n\n"
       "Delivery to clinic, {{Banting Suite}}, [[pc:WV1 4DS]].\n\nThanks,\n<<Gwen>>\nDiabetes Specialist Nurse, [[ph:0113 496 0276]]",
       html_text="<p>Hello,</p><p>Two pump starts agreed at MDT, both ((health:type 1 diabetes)). "
                 "<b><<Ruairidh MacLeod>></b> and <b><<Folasade Adebayo-Price>></b>: see the attached list.</p><p><<Gwen>></p>",
       attachments=[("pump-starts.csv", "text/csv",
                     "name,dob,nhs_number,phone\r\n<<Ruairidh MacLeod>>,[[dob:02/06/2004=>2004-06-02]],[[nhs:9995207141]],[[ph:07700 900 732]]\r\n"
                     "<<Folasade Adebayo-Price>>,[[dob:30/01/1990=>1990-01-30]],[[nhs:9994182633]],[[ph:07700900731]]\r\n")])

    csv_("dia-cgm-upload.csv", [
        ["patient_ref", "patient_name", "diagnosis", "device", "time_in_range_pct", "time_below_pct", "uploaded_from_ip", "clinician"],
        ["WV-20418", "<<Dafydd ap Rhys>>", "((health:T1DM))", "{{Dexcom}} G7", "41", "6", "[[ip:192.0.2.44]]", "<<G. Rees>>"],
        ["WV-20533", "<<Mei-Ling Cheung>>", "((health:T1DM))", "{{FreeStyle Libre}} 3", "72", "2", "[[ip:198.51.100.17]]", "<<G. Rees>>"],
        ["WV-20561", "<<Ibrahim Jalloh>>", "((health:T1DM))", "{{FreeStyle Libre}} 2", "58", "9", "[[ip:2001:db8:4a::1c]]", "<<H. Okafor>>"],
        ["WV-20602", "<<Aoife Ní Dhonnchadha>>", "((health:T1DM))", "{{Dexcom}} ONE+", "66", "1", "[[ip:203.0.113.90]]", "<<H. Okafor>>"],
    ])

    pdf("dia-endocrine-results.pdf", [
        "WENSLEIGH VALLEY PATHOLOGY: ENDOCRINOLOGY REPORT",
        "Patient: <<PRZYBYLSKA, Halina>>   DOB: [[dob:1966-12-09]]   NHS: [[nhs:999 742 0969]]",
        "Requested by: Dr <<Emeka Okafor>>, Endocrinology",
        "Short Synacthen test, 09:00 baseline cortisol 84 nmol/L, 30 min 212 nmol/L.",
        "Interpretation: ((health:inadequate response, consistent with adrenal insufficiency)).",
        "TSH 0.01 mU/L, free T4 38 pmol/L: ((health:thyrotoxicosis, likely Graves' disease)).",
        "Please note the {{Addenbrooke}} reference range does not apply to this assay.",
        "Reported by <<Sunita Venkatesh>>, Clinical Scientist, [[ph:0113 496 0288]]",
        "Sample address: 22 Fenwick Terrace, Wensleigh [[pc:WV4 2RJ]]",
    ])

    jsonl("dia-app-export.jsonl", [
        {"userId": "u-88213", "displayName": "<<Precious Chikwanha>>", "email": "[[em:precious.c@example.com]]",
         "dateOfBirth": "[[dob:1999-03-17]]", "condition": "((health:gestational diabetes))", "lastLoginIp": "[[ip:198.51.100.201]]"},
        {"userId": "u-88240", "displayName": "<<Callum O'Rourke>>", "email": "[[em:CALLUM.OROURKE@example.net=>callum.orourke@example.net]]",
         "dateOfBirth": "[[dob:1987-08-05]]", "condition": "((health:type 2 diabetes, metformin))", "lastLoginIp": "[[ip:203.0.113.14]]"},
        {"userId": "u-88297", "displayName": "{{Sugar Buddy}}", "email": "[[em:support@glucotrack.example.com]]",
         "dateOfBirth": None, "condition": None, "lastLoginIp": "[[ip:192.0.2.250]]"},
    ])

    md("dia-mdt-minutes.md", [
        "# Diabetes MDT, 28 October 2026",
        "",
        "Present: Dr <<R. Patel-Hearne>> (chair), <<Gwenllian Rees>> DSN, <<Bogdan Ionescu>> (dietitian), <<Shreya>> (podiatry)",
        "",
        "| Patient | DOB | Issue | Plan |",
        "|---|---|---|---|",
        "| <<Derrick Oyelaran-Smith>> | DOB [[dob:7/11/1949=>1949-11-07]] | ((health:foot ulcer, diabetic neuropathy)) | hot foot clinic Friday |",
        "| <<Zofia Nowicka-Hart>> | [[dob:14.02.75=>1975-02-14]] | ((health:pre-proliferative retinopathy)) | eye clinic referral |",
        "| <<Keturah Obeng-Lamptey>> | [[dob:1998-10-05]] | ((genetic:HNF1A-MODY confirmed on genetic testing)); ((health:insulin stopped, gliclazide started)) | family cascade testing offered |",
        "| <<J. Bhattacharya>> | born [[dob:19 Aug 1963=>1963-08-19]] | none, discharged | GP follow-up |",
        "",
        "Action: <<Bogdan>> to run the {{DAFNE}} course at {{St Oswald's Centre}}; bookings on [[ph:0113 496 0277]].",
        "Next meeting in the {{Lawrence Room}} (named after the 1934 pioneer, not a patient).",
    ])

    rtf("dia-retinal-screening.rtf", [
        "Diabetic Eye Screening Programme: Result letter",
        "To: Mrs <<Siân Llewelyn-Parry>>",
        "Date of birth: [[dob:22 March 1955=>1955-03-22]]   NHS number: [[nhs:999 853 4178]]",
        "Address: Bryn Hyfryd, 3 Heol y Felin, Wensleigh [[pc:WV15 9NG]]",
        "Your photographs show ((health:background retinopathy in both eyes)). You will be invited again in 12 months.",
        "Grader: <<Kofi Mensah-Boateng>>. Screening office [[ph:(0113) 496 0290]].",
        "Please bring your glasses and a list of medicines. Eye drops may blur your vision for six hours.",
    ])


def exclusions():
    docx("exc-permanent-exclusion-letter.docx", [
        ("p", "Private and confidential"),
        ("p", "Dear Ms <<Adeyemi>> and Mr <<Kwabena Asare>>,"),
        ("p", "Re: <<Kojo Asare-Adeyemi>>, Year 10, date of birth [[dob:11/09/2010=>2010-09-11]], UPN {{A823419006112}}"),
        ("p", "I am writing to tell you that the headteacher, Mrs <<Philippa Greatorex>>, has decided to exclude <<Kojo>> permanently "
              "from {{Thornfield Academy}} from 16 October 2026."),
        ("fn", "The reason is that on 14 October <<Kojo>> ((criminal_offence:was arrested on site for possession of a bladed article)).",
         "Police reference {{CR/0447/26}}; the matter is with the youth court."),
        ("comment", "His ", "EHCP", " names ((health:ADHD and a speech, language and communication need)).",
         "<<Lorraine Fitzgerald-Obi>>", "Check the SEND code of practice duties before the panel."),
        ("table", [["Parent", "<<Abena Adeyemi>>"], ["Address", "Flat 6, Wyvern Court, Ashcombe [[pc:AB4 7LW]]"],
                   ["Phone", "[[ph:07700 900 266]]"], ["Email", "[[em:abena.adeyemi@example.co.uk]]"]]),
        ("p", "You may make representations to the governing board; the clerk, <<Ewan Strachan>>, is on [[ph:020 7946 0812]]."),
        ("p", "Yours faithfully,"),
        ("p", "<<P. Greatorex>>"),
    ], header="Thornfield Academy, {{Nelson Mandela}} Way, Ashcombe [[pc:AB2 9QD]]",
       footer="A member of the {{Wilberforce}} Learning Trust",
       creator="<<Philippa Greatorex>>", title="Exclusion letter")

    html_("exc-independent-review-panel.html", "Independent Review Panel: decision record", [
        ("h", "Independent Review Panel, Ashcombe Borough Council"),
        ("dl", [("Pupil", "<<SEGUN-WILLIAMS, Tobiloba>>"), ("Date of birth", "[[dob:2009-05-27]]"),
                ("School", "{{Bishop Ridley}} Church of England High School"), ("Parent", "<<Yewande Segun-Williams>>"),
                ("Panel chair", "<<Hywel Pritchard>>"), ("SEN expert", "Dr <<Anand Krishnamurthy>>")]),
        ("p", "The panel found that the school had not considered <<Tobiloba>>'s ((health:autism diagnosis)) "
              "and ((health:anxiety disorder)) when applying its behaviour policy."),
        ("table", [["Decision", "Reason"], ["Quash", "The decision was irrational in the light of the evidence"],
                   ["Reconsider by", "10 November 2026"]]),
        ("p", "Clerk: <<Maryam Rahimi>>, [[em:review.panels@ashcombe-council.example.org]], [[ph:020 7946 0813]]"),
    ])

    mbox("exc-parent-appeals.mbox", [
        ("dwilkinson@example.org", "Mon Oct 19 08:02:11 2026", [
            ("From", "<<Dean Wilkinson>> <[[em:dwilkinson@example.org]]>"),
            ("To", "Exclusions Team <[[em:exclusions@ashcombe-council.example.org]]>"),
            ("Subject", "Our son <<Liam>>, fixed-term exclusion"),
            ("Date", "Mon, 19 Oct 2026 08:02:11 +0100")],
         "Hi,\n\n<<Liam>> (<<Liam Wilkinson>>, DOB [[dob:3/4/2012=>2012-04-03]]) has been sent home for five days for "
         "swearing at a teacher. He has been waiting two years for an ((health:ADHD assessment)).\n"
         "Call me on [[ph:07700 900 587]] after 5.\n\n<<Dean>>", None),
        ("exclusions@ashcombe-council.example.org", "Mon Oct 19 11:40:00 2026", [
            ("From", "<<Nadia Bouzid>> <[[em:exclusions@ashcombe-council.example.org]]>"),
            ("To", "<<Dean Wilkinson>> <[[em:dwilkinson@example.org]]>"),
            ("Subject", "Re: Our son <<Liam>>, fixed-term exclusion"),
            ("Date", "Mon, 19 Oct 2026 11:40:00 +0100")],
         "Dear Mr <<Wilkinson>>,\n\nThank you. A suspension of five days does not go to governors unless you ask; "
         "I have asked the {{Ashcombe Inclusion Hub}} to call you.\n\n> He has been waiting two years for an ADHD assessment.\n\n"
         "<<Nadia Bouzid>>, Exclusions Officer, [[ph:020 7946 0815]]", 0),
        ("r.kaur.sandhu@example.com", "Tue Oct 20 21:15:43 2026", [
            ("From", "<<Rajvinder Kaur Sandhu>> <[[em:r.kaur.sandhu@example.com]]>"),
            ("To", "[[em:exclusions@ashcombe-council.example.org]]"),
            ("Subject", "<<Harjit>>: managed move"),
            ("Date", "Tue, 20 Oct 2026 21:15:43 +0100")],
         "My daughter <<Harjit>> was moved to {{Oakfield Pupil Referral Unit}} without a meeting. She is ((religious_belief:Amritdhari Sikh)) "
         "and was told to remove her kara for PE. I want this put right.\n<<Rajvinder>>", None),
    ])

    tsv("exc-ap-placements.tsv", [
        ["pupil", "dob", "home_school", "provider", "start", "reason_code", "keyworker", "provider_phone"],
        ["<<Marcus Delaney-Hughes>>", "[[dob:2011-02-18]]", "{{Thornfield Academy}}", "{{Hollybrook}} Tuition Centre", "2026-09-07", "PERSISTENT_DISRUPTION", "<<Tamsin Lowe>>", "[[ph:0161 496 0520]]"],
        ["<<Ayaan Siddiqui>>", "[[dob:2010-12-01]]", "{{St Wilfrid's}} RC School", "Ashcombe Medical Needs Service", "2026-09-14", "((health:MEDICAL_ANXIETY_SCHOOL_REFUSAL))", "<<Tamsin Lowe>>", "[[ph:0161 496 0521]]"],
        ["<<Kelsey-Anne Brannigan>>", "[[dob:2012-07-29]]", "{{Oakfield}} PRU", "Riverside Vocational", "2026-10-05", "((criminal_offence:ASSAULT_ON_STAFF_POLICE_CHARGED))", "<<Ola Nwachukwu>>", "[[ph:0161-496-0522]]"],
        ["<<Ioan Prys-Davies>>", "[[dob:2010-04-16]]", "Ysgol {{Glan Morfa}}", "Hollybrook Tuition Centre", "2026-10-12", "DRUG_RELATED_NO_CHARGE", "<<Ola Nwachukwu>>", "[[ph:0161 496 0520]]"],
    ])

    ods("exc-ap-funding.ods", [
        ("Top-up", [
            ["Pupil", "Provider", "Weekly cost", "Weeks", "Paid to sort code", "Account"],
            ["<<M. Delaney-Hughes>>", "Hollybrook Tuition Centre", 425.0, 12, "[[bank:20-45-77=>204577:41508823]]", "41508823"],
            ["<<K. Brannigan>>", "Riverside Vocational", 610.5, 8, "40-11-62", "73920014"],
        ]),
        ("Payee", [
            ["Field", "Value"],
            ["Provider contact", "<<Gideon Ashworth-Lamb>>"],
            ["Bank", "sort code 40-11-62"],
            ["Account number", "73920014[[=bank:401162:73920014]]"],
            ["Finance officer", "<<Sinéad Mulcahy>>, [[em:ap.finance@ashcombe-council.example.org]]"],
        ]),
    ], creator="<<Sinéad Mulcahy>>")

    txt("exc-fair-access-panel.txt", [
        "FAIR ACCESS PROTOCOL PANEL: NOTES (restricted)",
        "Date: 22/10/2026   Venue: {{Kingsley Room}}, Civic Centre, Ashcombe [[pc:AB1 1AA]]",
        "Chair: <<Olufemi Adewale>> (Head of Inclusion).  Minutes: <<Beth>>.",
        "",
        "1. <<WOJCIK, Natalia>> (Y8, D.O.B. [[dob:09/03/2013=>2013-03-09]]): arrived from Gdańsk in September, no school place. "
        "Mum <<Renata Wójcik>> on [[ph:07700 900 144]]. Allocated {{Beaumont Park}} School.",
        "2. <<Tyrese GRANT-McKENZIE>> (Y11): ((criminal_offence:on a referral order for robbery)); YOT worker <<Dionne>> supports a "
        "college link placement. ((health:Type 1 diabetic)), care plan to follow him.",
        "3. <<Kezia>> and <<Ruby Loveridge>>: Romany Gypsy family, ((racial_ethnic_origin:Romany Gypsy)) heritage recorded at parent's request "
        "to secure the Traveller Education support; mother <<Mirela Loveridge>>.",
        "4. A pupil from the {{Children's Home at Larkspur}}: details withheld; virtual school head to attend.",
        "",
        "Next panel: 19/11/2026. Apologies to <<Beth Harcourt>> by [[em:fap@ashcombe-council.example.org]].",
    ])

    json_("exc-case-management.json", {
        "system": "{{EduTrack}} Inclusion Module",
        "exported": "2026-10-30T17:05:00Z",
        "cases": [
            {"caseId": "EX-26-0311", "learner": {"forename": "<<Zara>>", "surname": "<<Hussain-Whitfield>>", "dob": "[[dob:2011-10-21]]"},
             "exclusionType": "permanent", "reason": "((criminal_offence:Sexual assault on another pupil - police investigation))",
             "ethnicity": "((racial_ethnic_origin:Mixed - White and Pakistani))",
             "sendStatus": "none", "caseworker": "<<Nadia Bouzid>>"},
            {"caseId": "EX-26-0318", "learner": {"forename": "<<Oskar>>", "surname": "<<Lindqvist>>", "dob": "[[dob:2014-01-06]]"},
             "exclusionType": "suspension", "reason": "Persistent disruptive behaviour",
             "sendStatus": "((health:EHCP - social, emotional and mental health))", "caseworker": "<<Nadia Bouzid>>"},
            {"caseId": "EX-26-0322", "learner": {"forename": "<<Ebony-Rose>>", "surname": "<<Mbeki>>", "dob": "[[dob:2012-05-30]]"},
             "exclusionType": "suspension", "reason": "Damage to school property",
             "sendStatus": "none", "caseworker": "<<Tamsin Lowe>>", "parentEmail": "[[em:t.mbeki@example.com]]"},
        ],
    })

    pdf("exc-governors-review.pdf", [
        "THORNFIELD ACADEMY: GOVERNORS' DISCIPLINE COMMITTEE",
        "Consideration of the permanent exclusion of <<Kojo Asare-Adeyemi>>",
        "Meeting held 23 October 2026. Present: <<Ruth Abernethy>> (chair), <<Baljit Gill>>, Revd <<Clement Osei>>.",
        "In attendance: <<Philippa Greatorex>> (headteacher), <<Abena Adeyemi>> (parent), <<Lorraine Fitzgerald-Obi>> (SENCo).",
        "The committee heard that <<Kojo>> ((criminal_offence:was charged with possession of a knife on school premises)).",
        "The SENCo said his ((health:ADHD medication)) had been stopped over the summer.",
        "The committee upheld the exclusion. Mrs <<Adeyemi>> was told of her right to an independent review.",
        "Clerk: <<Ewan Strachan>>, [[em:governance@thornfield-academy.example.org]]",
    ])


def prison_visits():
    csv_("pv-visit-bookings.csv", [
        ["booking_ref", "visit_date", "prisoner_no", "prisoner_name", "lead_visitor", "visitor_dob", "visitor_phone", "adults", "children", "notes"],
        ["VB-771203", "2026-11-07", "A4821KD", "<<DOHERTY, Sean Patrick>>", "<<Bernadette Doherty>>", "[[dob:12/05/1961=>1961-05-12]]", "[[ph:07700 900 312]]", 2, 0, "wheelchair user - ((health:MS)), needs ramp"],
        ["VB-771219", "2026-11-07", "G0937TR", "<<ABDULLAHI, Mohamed Yusuf>>", "<<Hodan Abdullahi>>", "[[dob:1990-07-01]]", "[[ph:+44 7700 900313]]", 1, 3, "Somali interpreter not needed"],
        ["VB-771226", "2026-11-08", "B5510PL", "<<NOWAK, Krzysztof>>", "<<Ewelina Nowak>>", "[[dob:21-Jan-88=>1988-01-21]]", "[[ph:07700900314]]", 1, 1, ""],
        ["VB-771240", "2026-11-08", "K2264FM", "<<BAPTISTE, Jerome>>", "<<Claudette Baptiste-Ferguson>>", "[[dob:30.09.1967=>1967-09-30]]", "[[ph:0121 496 0733]]", 2, 0, "closed visit (security)"],
    ])

    json_("pv-booking-system.json", {
        "establishment": "HMP {{Marsden Fell}}",
        "generated": "2026-11-02T06:00:00Z",
        "visitorRecords": [
            {"visitorId": 55120, "fullName": "<<Shanice Morgan-Blake>>", "dateOfBirth": "[[dob:1995-11-16]]",
             "idDocument": {"type": "driving_licence", "number": "[[dl:MORGA961165SM9AB]]"},
             "address": {"line1": "41 Tannery Walk", "postcode": "[[pc:LS11 5QW]]"}, "email": "[[em:shanice.mb@example.com]]",
             "approvedFor": ["A4821KD"], "restrictions": None, "biometrics": "((biometric:fingerprint template enrolled at the gate 2026-06-03))"},
            {"visitorId": 55133, "fullName": "<<Wiktor Zieliński>>", "dateOfBirth": "[[dob:1978-03-08]]",
             "idDocument": {"type": "driving_licence", "number": "[[dl:ZIELI 703088 WZ9KD=>ZIELI703088WZ9KD]]"},
             "address": {"line1": "9 Brunswick Yard", "postcode": "[[pc:BD3 9JF]]"}, "email": None,
             "approvedFor": ["B5510PL"],
             "restrictions": "((criminal_offence:Banned 3 months: arrested 2026-09-12 passing cannabis during visit))"},
            {"visitorId": 55140, "fullName": "<<Lerato Dlamini>>", "dateOfBirth": "[[dob:1983-06-25]]",
             "idDocument": {"type": "passport", "number": "[[pp:533 418 206=>533418206]]"},
             "address": {"line1": "Flat 2, 7 Regent Parade", "postcode": "[[pc:HD1 2TX]]"}, "email": "[[em:lerato.d@example.net]]",
             "approvedFor": ["G0937TR"], "restrictions": None, "biometrics": "((biometric:fingerprint and facial image enrolled 2026-08-19))"},
        ],
    })

    eml("pv-visitor-id-check.eml", [
        ("From", "Visits Booking HMP Marsden Fell <[[em:visits.marsdenfell@justice.example.org]]>"),
        ("To", "<<Precious Nwosu>> <[[em:p.nwosu@example.co.uk]]>"),
        ("Cc", "<<Alistair Buchanan>> <[[em:a.buchanan@justice.example.org]]>"),
        ("Subject", "Your visit on 14 November: ID needed"),
        ("Date", "Wed, 04 Nov 2026 15:22:08 +0000"),
    ], "Dear <<Precious>>,\n\nYour visit to <<Emmanuel Nwosu>> (A7735QS) on Saturday 14 November at 14:00 is booked.\n"
       "At the gate please show the passport you registered, number [[pp:548109337]], or your photocard licence.\n"
       "The photo you gave us does not match: it shows a date of birth of [[dob:5 June 1992=>1992-06-05]]; "
       "our record says you were born on the [[dob:6th of May 1992=>1992-05-06]]. Please ring us on [[ph:0191 498 0614]].\n\n"
       "Visits Hall, HMP Marsden Fell, Fell Road [[pc:NE46 9QT]]\n<<A. Buchanan>>, Visits Manager",
       html_text="<p>Dear <<Precious>>,</p><p>Your visit to <<Emmanuel Nwosu>> is booked. Please bring passport "
                 "[[pp:548109337]].</p><p><<A. Buchanan>>, Visits Manager</p>")

    xlsx("pv-visits-restrictions.xlsx", [
        ("Closed visits", [
            ["Prisoner no.", "Prisoner", "Visitor", "Visitor DOB", "Start", "Review", "Reason"],
            ["K2264FM", "<<Jerome Baptiste>>", "<<Claudette Baptiste-Ferguson>>", ("date", "1967-09-30"), ("date", "2026-10-01"), ("date", "2026-12-31"), "Security intelligence (no finding)[[=dob:1967-09-30]]"],
            ["B5510PL", "<<Krzysztof Nowak>>", "<<Wiktor Zieliński>>", ("date", "1978-03-08"), ("date", "2026-09-12"), ("date", "2026-12-12"), "((criminal_offence:Visitor arrested: conveying a List A article))[[=dob:1978-03-08]]"],
        ]),
        ("Prisoners", [
            ["Field", "Value"],
            ["Name", "<<Sean Patrick Doherty>>"],
            ["Status", "((criminal_offence:Remand, charged with arson with intent))"],
            ["Faith (for chaplaincy visit)", "((religious_belief:Roman Catholic))"],
            ["Wing", "{{Pennine}} Wing, landing 3"],
            ["Offender manager", "<<Farah Iqbal>>"],
        ]),
    ], creator="<<Alistair Buchanan>>")

    odt("pv-family-day.odt", [
        ("h", "Family Day, Saturday 21 November: approved attendees"),
        ("p", "Organised with {{Jigsaw Families}} (the charity, not a person). Games in the {{Dorothy Kerin}} Room."),
        ("table", [["Prisoner", "Family", "Children's ages", "Contact"],
                   ["<<Dwayne Cole>>", "<<Tasha Cole>>, <<Jayden>>, <<Mia>>", "7, 4", "[[ph:07700 900 419]]"],
                   ["<<Mohamed Yusuf Abdullahi>>", "<<Hodan Abdullahi>> and three children", "11, 9, 2", "[[ph:+44 7700 900313]]"],
                   ["<<Gareth Llŷr Evans>>", "<<Nia Evans>>", "13", "[[ph:029 2018 0447]]"]]),
        ("p", "<<Gareth Evans>> is ((health:on an ACCT plan after self-harm)); the safer custody officer <<Dominika Wrona>> will attend."),
        ("p", "Halal and kosher meals are ordered for the whole hall, not for named families."),
    ], creator="<<Dominika Wrona>>")

    txt("pv-visits-hall-log.txt", [
        "VISITS HALL OCCURRENCE LOG  HMP MARSDEN FELL  Sat 31/10/2026 PM session",
        "13:52 OSG <<R. Mahmood>> on search. Dog handler <<Kerr>> with {{Bramble}} (passive drugs dog).",
        "14:02 Visitor <<Leanne Ashby>> (DOB: [[dob:27/02/1998=>1998-02-27]]): ((biometric:fingerprint did not match her enrolled template)), ID rechecked.",
        "14:05 Dog indicated on visitor <<Ashby>>. Visit changed to closed.",
        "14:20 Prisoner <<WHITTAKER>> (D1187CN) ((criminal_offence:found with a package in his mouth after the visit; police called, visitor arrested)).",
        "14:31 Visitor <<Ashby, Leanne>> removed from hall by PC <<Fairbrother>> (Northumbria). ",
        "15:10 Child visitor became unwell, first aid by <<Orla>>, mother declined ambulance.",
        "15:45 Session closed. Total 38 visitors. Log checked: SO <<Bartholomew Achterberg>>.",
    ])

    html_("pv-assisted-visits-claims.html", "Assisted Prison Visits Scheme: claims batch 44", [
        ("h", "Claims batch 44 (paid 2 November 2026)"),
        ("table", [["Claimant", "DOB", "NINO", "Benefit", "Amount", "Paid to"],
                   ["<<Bernadette Doherty>>", "[[dob:12/05/1961=>1961-05-12]]", "[[ni:QQ 40 27 91 C=>QQ402791C]]", "Pension Credit", "£46.20", "Sort code [[bank:30-96-26 Account 18827105=>309626:18827105]]"],
                   ["<<Tasha Cole>>", "[[dob:1996-08-19]]", "[[ni:QQ482019A]]", "Universal Credit", "£38.75", "[[iban:GB29 NWBK 6016 1331 9268 19]]"],
                   ["<<Ewelina Nowak>>", "[[dob:1988-01-21]]", "[[ni:qq730155d=>QQ730155D]]", "Universal Credit", "£61.10", "Sort code [[bank:60-83-71 / 44019283=>608371:44019283]]"]]),
        ("p", "Approved by <<Yvonne Achebe>>, APVS caseworker, [[em:apvs@justice.example.org]]. Queries: [[ph:0114 496 0123]]."),
    ])

    rtf("pv-legal-visit.rtf", [
        "LEGAL VISIT REQUEST",
        "Firm: {{Hartley Brennan}} Solicitors LLP (firm name; no one of that name at the firm)",
        "Solicitor: <<Priya Ramasubramanian>>, SRA no. 611923, [[em:p.ramasubramanian@hartleybrennan.example.co.uk]]",
        "Client: <<ØSTERGAARD, Nils>>, prison no. M3318HV, born on the [[dob:2nd of March 1984=>1984-03-02]]",
        "Purpose: conference before trial; ((criminal_offence:client charged with causing death by dangerous driving)).",
        "Interpreter: Danish, booked via {{thebigword}}.",
        "Requested slot: Tuesday 10 November, 09:30. Phone [[ph:0113 496 0912]], mobile [[ph:07700 900 986]].",
        "Signed: <<P. Ramasubramanian>>",
    ])


def disability():
    docx("dss-dsa-needs-assessment.docx", [
        ("h", "Disabled Students' Allowances: Study Needs Assessment Report"),
        ("table", [["Student name", "<<Eleni Papadopoulou-Grant>>"], ["Date of birth", "[[dob:2005-08-12]]"],
                   ["SFE customer ref", "{{CRN 11984020377}}"], ["Course", "BSc Midwifery, year 2"],
                   ["Term address", "Room 14, {{Hepworth}} Hall, Calderwick [[pc:CW3 7UP]]"], ["Mobile", "[[ph:07700 900 673]]"],
                   ["NI number", "[[ni:QQ 55 01 23 B=>QQ550123B]]"]]),
        ("p", "Evidence seen: a diagnostic report confirming ((health:dyslexia and dyspraxia)), and a letter from her GP about "
              "((health:recurrent depression, treated with sertraline)). The student gave consent for both to be shared."),
        ("comment", "Recommended: ", "assistive software and 20 hours of specialist mentoring", ".", "<<Tobias Wakefield>>",
         "Mentoring hours exceed the band: justify in section 5."),
        ("box", ["Assessor: <<Nkechi Obi-Lawrence>>, Access Centre, [[ph:01632 960 418]]"]),
        ("fn", "Equipment supplier: {{Barry Bennett}} Ltd (a company; quote ref Q-7731).",
         "Supplier chosen by SFE, not by the assessor."),
        ("p", "Report sent to <<Eleni>> by email on 30 October 2026."),
    ], header="Calderwick Access Centre: confidential", footer="Access Centre, Library Road, Calderwick [[pc:CW1 2AB]]",
       creator="<<Nkechi Obi-Lawrence>>", title="DSA needs assessment")

    xlsx("dss-support-plans.xlsx", [
        ("Plans", [
            ["Student ID", "Last name", "First name", "DOB", "Disability (HESA)", "Adjustments", "Adviser"],
            [2301457, "<<Ferreira-Santos>>", "<<Joaquim>>", ("date", "2003-02-11"), "((health:Specific learning difficulty))", "25% extra time; rest breaks[[=dob:2003-02-11]]", "<<Clare>>"],
            [2306690, "<<Oyelowo>>", "<<Temitope>>", ("date", "2004-10-27"), "((health:Sickle cell disease))", "Flexible deadlines; lift access[[=dob:2004-10-27]]", "<<Clare>>"],
            [2311208, "<<Mac an tSaoir>>", "<<Niamh>>", ("date", "2005-04-03"), "((health:Blind or serious visual impairment))", "Braille papers; guide dog in labs[[=dob:2005-04-03]]", "<<Rashid>>"],
            [2299831, "<<HEWITT>>", "<<Isobel>>", ("date", "2002-12-19"), "None declared", "25% extra time (temporary, broken wrist)[[=dob:2002-12-19]]", "<<Rashid>>"],
        ]),
        ("Advisers", [
            ["Name", "Email", "Extension"],
            ["<<Clare Okonjo>>", "[[em:c.okonjo@calderwick.example.ac.uk]]", 4417],
            ["<<Rashid Mahmood-Khan>>", "[[em:r.mahmood-khan@calderwick.example.ac.uk]]", 4418],
        ]),
    ], creator="<<Clare Okonjo>>")

    mbox("dss-student-emails.mbox", [
        ("t.oyelowo@student.example.ac.uk", "Mon Oct 26 09:12:00 2026", [
            ("From", "<<Temitope Oyelowo>> <[[em:t.oyelowo@student.example.ac.uk]]>"),
            ("To", "Disability Service <[[em:disability@calderwick.example.ac.uk]]>"),
            ("Subject", "Crisis last week, missed the lab"),
            ("Date", "Mon, 26 Oct 2026 09:12:00 +0000")],
         "Hi <<Clare>>,\n\nI was in {{St James's}} for three days with a ((health:sickle cell crisis)), so I missed the Thursday lab. My genotype is ((genetic:HbSS)), so this will happen again. "
         "Can my support plan cover this? My new number is [[ph:07700 900 221]].\n\nThanks,\n<<Temi>>", None),
        ("disability@calderwick.example.ac.uk", "Mon Oct 26 14:30:00 2026", [
            ("From", "<<Clare Okonjo>> <[[em:disability@calderwick.example.ac.uk]]>"),
            ("To", "<<Temitope Oyelowo>> <[[em:t.oyelowo@student.example.ac.uk]]>"),
            ("Cc", "Dr <<Marcus Ellingham>> <[[em:m.ellingham@calderwick.example.ac.uk]]>"),
            ("Subject", "Re: Crisis last week, missed the lab"),
            ("Date", "Mon, 26 Oct 2026 14:30:00 +0000")],
         "Hi <<Temi>>,\n\nYes, I have asked Dr <<Ellingham>> to arrange a catch-up session. Get well soon.\n\n"
         "> I was in St James's for three days with a sickle cell crisis\n\n<<Clare>>", 0),
        ("k.zhou@student.example.ac.uk", "Wed Oct 28 23:58:10 2026", [
            ("From", "<<Kai Zhou>> <[[em:k.zhou@student.example.ac.uk]]>"),
            ("To", "[[em:disability@calderwick.example.ac.uk]]"),
            ("Subject", "Registering with you"),
            ("Date", "Wed, 28 Oct 2026 23:58:10 +0000")],
         "Hello, I would like to register. I have ((health:ADHD)) (diagnosed 2021) and ((health:OCD)). "
         "I am also ((sex_life_orientation:gay)) and living at home is hard, if that matters for housing. "
         "DOB [[dob:06/11/2006=>2006-11-06]], student no. 2403316.\n<<Kai>>", None),
    ])

    odt("dss-reasonable-adjustments.odt", [
        ("h", "Reasonable adjustment agreement: placement"),
        ("table", [["Student", "<<Aled Rhys Gruffydd>>"], ["Programme", "PGCE Secondary Science"],
                   ["Placement school", "{{Sir John Moores}} Academy"], ["Mentor", "<<Bethan Tudor-Jones>>"]]),
        ("p", "<<Aled>> has ((health:type 1 diabetes and coeliac disease)) and may need to test his blood glucose during lessons. "
              "The school agrees that he may leave the room and keep glucose tablets at the front desk."),
        ("p", "Friday afternoons are unaffected; the school's {{Eid}} closure falls outside the placement."),
        ("p", "Agreed by <<A. R. Gruffydd>> and <<B. Tudor-Jones>> on 19/10/2026. Adviser: <<Rashid Mahmood-Khan>>."),
    ], creator="<<Rashid Mahmood-Khan>>")

    pdf("dss-dyslexia-assessment.pdf", [
        "DIAGNOSTIC ASSESSMENT REPORT (SpLD)",
        "Name: <<Joaquim Ferreira-Santos>>",
        "D.O.B.: [[dob:11th February 2003=>2003-02-11]]     Age at assessment: 23",
        "Assessor: <<Harriet Quennell>>, APC holder (PATOSS), [[em:hq.assessments@example.co.uk]]",
        "Address for report: 8 Wharfedale Mews, Calderwick [[pc:CW5 4EZ]]",
        "",
        "Summary: The profile is consistent with ((health:dyslexia)). Below-average phonological processing",
        "(standard score 79) and working memory (81) against above-average verbal reasoning (118).",
        "<<Joaquim>> reports visual stress; an optometrist referral is suggested.",
        "",
        "Tests used: WRAT5, TOWRE-2, CTOPP-2 (the {{Wechsler}} scales were not used).",
        "Signed: <<H. Quennell>>   Date: 02/09/2026   Tel [[ph:07700 900 058]]",
    ])

    jsonl("dss-exam-adjustments.jsonl", [
        {"studentNumber": "2301457", "studentName": "<<J. Ferreira-Santos>>", "examCode": "ECN2041", "extraTimePct": 25,
         "room": "{{Brontë}} Room", "reason": "((health:SpLD))", "invigilator": "<<Geraldine Okwuosa>>"},
        {"studentNumber": "2306690", "studentName": "<<T. Oyelowo>>", "examCode": "BIO2210", "extraTimePct": 0,
         "room": "Medical room 2", "reason": "((health:sickle cell, needs fluids and warm room))", "invigilator": "<<Geraldine Okwuosa>>"},
        {"studentNumber": "2299831", "studentName": "<<I. Hewitt>>", "examCode": "LAW3001", "extraTimePct": 25,
         "room": "{{Brontë}} Room", "reason": "temporary: injury", "invigilator": "<<Vusi Ndlovu>>"},
    ])

    md("dss-case-review.md", [
        "# Disability Service case review, week 44",
        "",
        "Attendees: <<Clare Okonjo>>, <<Rashid Mahmood-Khan>>, <<Siobhan Ní Bhriain>> (mental health adviser)",
        "",
        "| Student | Issue | Risk | Action |",
        "|---|---|---|---|",
        "| <<Kai Zhou>> | ((health:ADHD)); housing | low | refer to accommodation team |",
        "| <<Eleni Papadopoulou-Grant>> | ((health:low mood)), placement in Nov | medium | <<Siobhan>> to meet weekly |",
        "| <<Niamh Mac an tSaoir>> | guide dog relief area at {{Mandela}} Building | low | estates ticket 55190 |",
        "",
        "Note: the {{Hepworth}} Hall fire drill on 3 Nov: personal evacuation plans for wheelchair users checked.",
        "Next review: 12 Nov. Minutes by <<Rashid>>.",
    ])

    csv_("dss-notetaker-bookings.csv", [
        ["Booking", "Student", "Student email", "Support worker", "Worker phone", "Module", "Hours", "Support type"],
        ["NT-3301", "<<Niamh Mac an tSaoir>>", "[[em:n.macantsaoir@student.example.ac.uk]]", "<<Lowri Beddoe>>", "[[ph:07700 900 740]]", "PSY1002", "2", "Electronic notetaker"],
        ["NT-3302", "<<Eleni Papadopoulou-Grant>>", "[[em:e.papadopoulou-grant@student.example.ac.uk]]", "<<Lowri Beddoe>>", "[[ph:07700 900 740]]", "MID2004", "3", "Specialist mentor (mental health)"],
        ["NT-3303", "<<Bradley Ó Cuív>>", "[[em:b.ocuiv@student.example.ac.uk]]", "<<Ifeoluwa Bankole>>", "[[ph:+44 (0)161 496 0231]]", "ENG1010", "2", "BSL interpreter: ((health:profoundly deaf))"],
    ])


def candidates():
    xlsx("cand-approved-panel.xlsx", [
        ("Approved", [
            ["Surname", "Forename(s)", "Member since", "Seat sought", "Union sponsor", "Mobile", "Assessed"],
            ["<<Okonkwo>>", "<<Chidinma Grace>>", 2011, "Calder Vale North", "((trade_union:Unite))", "[[ph:07700 900 811]]", ("date", "2026-09-19")],
            ["<<Fairclough>>", "<<Jonathan>>", 1998, "Ashcombe West", "none", "[[ph:07700 900 812]]", ("date", "2026-09-19")],
            ["<<Bhatti>>", "<<Saima>>", 2015, "Calder Vale North", "((trade_union:UNISON branch secretary))", "[[ph:07700 900 813]]", ("date", "2026-09-26")],
        ]),
        ("Summary", [
            ["Field", "Value"],
            ["Panel", "Regional Candidate Selection Panel"],
            ["Party", "((political_opinion:Labour Party members: all approved candidates))"],
            ["Secretary", "<<Hamish Drummond-Keir>>"],
        ]),
    ], creator="<<Hamish Drummond-Keir>>")

    eml("cand-nomination.eml", [
        ("From", "<<Saima Bhatti>> <[[em:saima.bhatti@example.org]]>"),
        ("To", "Selections <[[em:selections.northwest@party.example.org]]>"),
        ("Cc", "<<Declan Rafferty>> <[[em:d.rafferty@example.com]]>"),
        ("Subject", "Nomination form and CV: Calder Vale North"),
        ("Date", "Thu, 01 Oct 2026 19:45:31 +0100"),
    ], "Dear <<Hamish>>,\n\nPlease find my nomination attached. I have been a ((political_opinion:Labour member since 2015)) and "
       "a ((trade_union:UNISON steward)) at {{Royal Calder}} Infirmary for eight years.\n\n"
       "For the declaration: I was a ((political_opinion:Green Party member from 2010 to 2013)). I have no criminal convictions.\n"
       "My seconder, <<Declan Rafferty>>, is copied in.\n\nBest wishes,\n<<Saima>>\n[[ph:07700 900 813]]",
       html_text="<p>Dear <<Hamish>>,</p><p>Nomination attached. ((political_opinion:Labour member since 2015)); "
                 "((trade_union:UNISON steward)).</p><p><<Saima>></p>",
       attachments=[("nomination.txt", "text/plain",
                     "NOMINATION FORM\nName: <<BHATTI, Saima>>\nDate of birth: [[dob:17/07/1984=>1984-07-17]]\n"
                     "Home address: 63 Saltaire Road, Calder Vale [[pc:BD18 4NP]]\nNational Insurance no: [[ni:QQ 61 84 20 D=>QQ618420D]]\nMembership number: L0912243\n"
                     "Proposer: <<Nasir Hussain>>  Seconder: <<Declan Rafferty>>\n")])

    docx("cand-selection-interview.docx", [
        ("h", "Shortlisting interview: Ashcombe West"),
        ("table", [["Applicant", "<<Jonathan Fairclough>>"], ["Interviewers", "<<Hamish Drummond-Keir>>, <<Ayesha Siddiqa>>, <<Colm Breathnach>>"],
                   ["Date", "12 October 2026"]]),
        ("p", "Q4 (due diligence): <<Jonathan>> disclosed a ((criminal_offence:2009 conviction for drink-driving)), spent. "
              "He also disclosed that he was ((political_opinion:a Conservative councillor until 2004)) before joining the party."),
        ("comment", "Social media check found ", "posts supporting the campaign in 2019", "; nothing of concern.", "<<Ayesha Siddiqa>>",
         "Screenshots in the vetting folder."),
        ("p", "He described his ((religious_belief:Methodist faith)) as central to his community work at {{Wesley}} Hall."),
        ("p", "His agent would be ((sex_life_orientation:his husband)), <<Rory Fairclough-Dunne>>."),
        ("fn", "Score: 31/40. Recommended for longlist.", "Panel scores moderated by <<Colm Breathnach>>."),
        ("box", ["Candidate's declared diversity data is held separately by the compliance unit."]),
    ], header="CONFIDENTIAL: selection file", footer="Regional Office, 2 Quay Street, Manchester [[pc:M3 3HN]]",
       creator="<<Ayesha Siddiqa>>", title="Interview notes")

    html_("cand-hustings-report.html", "Hustings report: Calder Vale North selection", [
        ("h", "Members' hustings, 24 October 2026, {{Victoria}} Hall"),
        ("p", "Chair: <<Philomena Agyei>>. 142 members attended; 9 proxy votes."),
        ("dl", [("<<Chidinma Okonkwo>>", "Spoke on ((political_opinion:the party's plans for public ownership of buses)); ((trade_union:Unite-backed))."),
                ("<<Saima Bhatti>>", "Spoke on social care; endorsed by ((trade_union:UNISON)) and two councillors."),
                ("<<Declan Rafferty>>", "Withdrew on 20 October for family reasons.")]),
        ("table", [["Round", "<<Okonkwo>>", "<<Bhatti>>"], ["1", "71", "80"], ["Final", "71", "80"]]),
        ("p", "Returning officer: <<Graham Tenby-Rowe>>, [[em:g.tenby-rowe@party.example.org]]. Objections within 48 hours."),
        ("p", "The {{Keir Hardie}} memorial lecture followed in the same hall."),
    ])


    json_("cand-membership-vetting.json", {
        "source": "membership-portal",
        "checks": [
            {"memberNumber": "L0912243", "legalName": {"given": "<<Saima>>", "family": "<<Bhatti>>"}, "dob": "[[dob:1984-07-17]]",
             "joined": "2015-05-09", "arrearsMonths": 0, "signupIp": "[[ip:198.51.100.73]]",
             "lastPayment": {"method": "card", "pan": "[[card:4111 1111 1111 1111]]", "amount": 5.5}},
            {"memberNumber": "L0455018", "legalName": {"given": "<<Chidinma Grace>>", "family": "<<Okonkwo>>"}, "dob": "[[dob:1979-12-02]]",
             "joined": "2011-02-14", "arrearsMonths": 2, "signupIp": "[[ip:2001:db8:0:0:0:0:0:7=>2001:db8::7]]",
             "lastPayment": {"method": "direct_debit", "sortCode": "08-90-61", "accountNumber": "55718204", "amount": 5.5},
             "note": "[[=bank:089061:55718204]]Arrears query sent to [[em:chidinma.okonkwo@example.net]]"},
            {"memberNumber": "L1180077", "legalName": {"given": "<<Declan>>", "family": "<<Rafferty>>"}, "dob": "[[dob:1969-04-30]]",
             "joined": "2019-09-01", "arrearsMonths": 0, "signupIp": "[[ip:203.0.113.201]]",
             "lastPayment": {"method": "card", "pan": "[[card:5555 5555 5555 4444]]", "amount": 5.5},
             "note": "Declared a ((criminal_offence:caution for affray in 2016)) on the form."},
        ],
    })

    tsv("cand-due-diligence.tsv", [
        ["candidate", "id_seen", "id_number", "dob", "address_check", "companies_house", "outcome", "checked_by"],
        ["<<Chidinma Grace Okonkwo>>", "UK passport", "[[pp:512094768]]", "[[dob:02-Dec-1979=>1979-12-02]]", "[[pc:BD7 1DQ]] verified", "director: {{Okafor Baines}} Consulting Ltd (dissolved)", "clear", "<<Ayesha Siddiqa>>"],
        ["<<Jonathan Fairclough>>", "driving licence", "[[dl:FAIRC710231J99LK]]", "[[dob:1971-10-23]]", "[[pc:AB5 8SG]] verified", "none", "((criminal_offence:spent conviction noted))", "<<Ayesha Siddiqa>>"],
        ["<<Saima Bhatti>>", "UK passport", "[[pp:524 117 093=>524117093]]", "[[dob:1984-07-17]]", "[[pc:BD18 4NP]] verified", "none", "clear", "<<Colm Breathnach>>"],
    ])

    txt("cand-panel-notes.txt", [
        "SELECTION PANEL: Calder Vale North  (restricted to panel members)",
        "Panel: <<H. Drummond-Keir>> (sec.), <<A. Siddiqa>>, <<C. Breathnach>>",
        "",
        "1. Complaint from a member, <<Maureen Gillespie-Ward>> (membership L0388120), that <<Okonkwo>> had ",
        "   ((political_opinion:campaigned for an independent against the party in 2022)). Found: no evidence.",
        "2. <<Bhatti>> asked that her ((health:multiple sclerosis)) be taken into account for the hustings format (seated).",
        "   Agreed: all candidates to be seated.",
        "3. <<Rafferty>> withdrawal: accepted. Forwarding address 5 Mill Lane, Calder Vale [[pc:BD18 3HA]].",
        "4. Correspondence to go to the regional office, [[em:selections.northwest@party.example.org]] or [[ph:0161 496 0390]].",
        "The {{Attlee}} Room is booked for the count; the {{Bevan}} Room for press.",
    ])

    ods("cand-campaign-expenses.ods", [
        ("Claims", [
            ["Claimant", "Item", "Date", "Amount", "Receipt"],
            ["<<Chidinma Okonkwo>>", "Leaflet printing", "2026-10-10", 182.4, "yes"],
            ["<<Saima Bhatti>>", "Hall hire, Victoria Hall", "2026-10-24", 95.0, "yes"],
            ["<<Saima Bhatti>>", "Taxi (accessible)", "2026-10-24", 23.5, "yes"],
        ]),
        ("Bank details", [
            ["<<Chidinma Okonkwo>>"],
            ["Sort code: 08-90-61"],
            ["Account no: 55718204[[=bank:089061:55718204]]"],
            ["<<Saima Bhatti>>"],
            ["[[bank:Sort code 77-14-02 Account 30691548=>771402:30691548]]"],
            ["Overseas donation refunded to [[iban:DE89 3704 0044 0532 0130 00]] (impermissible donor)"],
        ]),
    ], creator="<<Hamish Drummond-Keir>>")


def crisis():
    txt("crisis-triage-log.txt", [
        "CRISIS RESOLUTION & HOME TREATMENT TEAM: TRIAGE LOG  (Pennine Moor NHS Trust)",
        "Shift: night 02/11/2026   Triage nurse: <<Oluwadamilare Akinola>>   Duty doctor: Dr <<Fenella Urquhart>>",
        "",
                "22:14 Call from Mrs <<Janet Pilkington>> about her son <<Craig Pilkington>> (DOB [[dob:18/01/1993=>1993-01-18]]), ",
        "      ((health:hearing voices, not slept for four days, stopped his olanzapine)). Lives at 12 Holme Bank [[pc:HX7 5PR]].",
        "      Mum's mobile [[ph:07700 900 502]]. Plan: home visit within 4 hours (<<Dami>> and <<Kieran>>).",
        "23:40 Police (PC <<Stansfield-Ogunleye>>) at {{Calder Bridge}}: man detained under ((health:section 136)), ",
        "      named as <<Arjun Raghunathan>>, ((criminal_offence:arrested earlier for criminal damage, de-arrested)).",
        "      Taken to the {{Elmfield}} health-based place of safety.",
        "01:05 Self-referral by text, <<Zuzanna>>, [[ph:+44 7700 900 503]]: ((health:took an overdose of paracetamol)), ambulance sent.",
        "03:30 Quiet. The {{Samaritans}} leaflet restocked in the waiting area.",
        "Handover to day team: <<O. Akinola>>",
    ])

    docx("crisis-safety-plan.docx", [
        ("h", "My Crisis and Safety Plan"),
        ("table", [["Name", "<<Tamar Ben-David>>"], ["Date of birth", "[[dob:2nd January 1990=>1990-01-02]]"],
                   ["NHS number", "[[nhs:999 064 5825]]"], ["Care coordinator", "<<Nathaniel Osei-Bonsu>>"],
                   ["Phone", "[[ph:07700 900 601]]"]]),
        ("p", "Things that tell me I'm becoming unwell: ((health:I stop eating, I start self-harming again)), I avoid my sister <<Naomi>>."),
        ("p", "Things that help: going to ((religious_belief:Shabbat dinner at my synagogue)), walking my dog {{Biscuit}}, calling <<Naomi>>."),
        ("comment", "Medication: ", "((health:quetiapine 150 mg at night))", ", kept by the pharmacy in weekly packs.", "<<Nathaniel Osei-Bonsu>>",
         "Reviewed with Dr <<Urquhart>> 30/10."),
        ("box", ["Crisis line 24/7: our team on [[ph:01632 960 223]]; out of hours [[ph:0113 496 0801]]."]),
        ("fn", "Written with <<Tamar>> on 30 October 2026.", "A copy was given to her GP, Dr <<Samira Haddad>>."),
    ], header="Pennine Moor NHS Trust: Crisis Resolution and Home Treatment", footer="Team base: {{Lister}} House, Halifax [[pc:HX1 2YE]]",
       creator="<<Nathaniel Osei-Bonsu>>", title="Safety plan")

    pdf("crisis-mha-assessment.pdf", [
        "MENTAL HEALTH ACT 1983 ASSESSMENT: AMHP REPORT (summary)",
        "Person assessed: <<Arjun RAGHUNATHAN>>     DOB: [[dob:1988-09-09]]",
        "NHS no: [[nhs:9991753095]]      Address: 7 Crossley Street, Halifax [[pc:HX1 5AZ]]",
        "Nearest relative: <<Lakshmi Raghunathan>> (mother), [[ph:01632 960 871]]",
        "AMHP: <<Bronagh McGuinness>>    Doctors: Dr <<F. Urquhart>>, Dr <<Tomasz Wróblewski>> (s12)",
        "",
        "Outcome: ((health:detained under section 2 for assessment; first episode psychosis suspected)).",
        "Bed found at the {{Ravensworth}} Unit. Police ((criminal_offence:charge of criminal damage)) not pursued.",
        "He asked that the assessment note his ((religious_belief:Hindu)) dietary needs (vegetarian).",
        "Report by <<B. McGuinness>>, [[em:amhp.duty@calderdale-amhp.example.org]]",
    ])

    jsonl("crisis-call-log.jsonl", [
        {"callId": "C-55102", "callerName": "<<Ffion Gwilt>>", "callerNumber": "[[ph:+447700900771]]", "callTime": "2026-11-01T19:02:00Z",
         "summary": "Caller's partner <<Rhodri>> ((health:threatening suicide, drinking heavily)).", "handler": "<<Kieran Doyle>>"},
        {"callId": "C-55109", "callerName": "<<Abdirahman Warsame>>", "callerNumber": "[[ph:07700 900 772]]", "callTime": "2026-11-01T20:45:00Z",
         "summary": "Asked about his brother's discharge. Told to speak to the ward. No new information.", "handler": "<<Kieran Doyle>>"},
        {"callId": "C-55117", "callerName": "Unknown", "callerNumber": "withheld", "callTime": "2026-11-01T23:10:00Z",
         "summary": "Hoax call about a {{Mr Blobby}}; ended.", "handler": "<<Kieran Doyle>>"},
        {"callId": "C-55121", "callerName": "<<Grażyna Kamińska>>", "callerNumber": "[[ph:0113 496 0733]]", "callTime": "2026-11-02T02:12:00Z",
         "summary": "((health:Panic attacks since her bereavement)); advice given, GP in morning.", "handler": "<<Oluwadamilare Akinola>>",
         "webchatIp": "[[ip:192.0.2.131]]"},
    ])

    mbox("crisis-partner-agencies.mbox", [
        ("custody.halifax@westyorks-police.example.org", "Sun Nov 01 07:15:00 2026", [
            ("From", "Custody Halifax <[[em:custody.halifax@westyorks-police.example.org]]>"),
            ("To", "CRHT <[[em:crht@penninemoor.example.nhs.uk]]>"),
            ("Subject", "Detainee for liaison: <<Sophie Whitlock-Amankwah>>"),
            ("Date", "Sun, 01 Nov 2026 07:15:00 +0000")],
         "Morning,\n\n<<Sophie Whitlock-Amankwah>>, born [[dob:14/06/2001=>2001-06-14]], ((criminal_offence:arrested for assault on an emergency worker)) "
         "overnight. Custody nurse thinks ((health:she is manic; bipolar diagnosis on her records)).\n"
         "Sgt <<Wainwright>>, [[ph:01632 960 900]]", None),
        ("crht@penninemoor.example.nhs.uk", "Sun Nov 01 09:02:00 2026", [
            ("From", "<<Bronagh McGuinness>> <[[em:crht@penninemoor.example.nhs.uk]]>"),
            ("To", "Custody Halifax <[[em:custody.halifax@westyorks-police.example.org]]>"),
            ("Subject", "Re: Detainee for liaison: <<Sophie Whitlock-Amankwah>>"),
            ("Date", "Sun, 01 Nov 2026 09:02:00 +0000")],
         "Thanks Sgt <<Wainwright>>. Liaison and diversion will see <<Sophie>> at 10:00.\n\n"
         "> <<Sophie Whitlock-Amankwah>>, born [[dob:14/06/2001=>2001-06-14]]\n\n<<Bronagh>>", 0),
        ("dr.haddad@surgery.example.nhs.uk", "Mon Nov 02 12:20:00 2026", [
            ("From", "Dr <<Samira Haddad>> <[[em:dr.haddad@surgery.example.nhs.uk]]>"),
            ("To", "[[em:crht@penninemoor.example.nhs.uk]]"),
            ("Subject", "<<Tamar Ben-David>>"),
            ("Date", "Mon, 02 Nov 2026 12:20:00 +0000")],
         "Please could you let me know when <<Tamar>> is discharged from your caseload? Her ((health:lithium level)) is due.\n<<Samira Haddad>>", None),
    ])

    csv_("crisis-home-visits.csv", [
        ["Visit ID", "Client", "Address", "Postcode", "Worker 1", "Worker 2", "Time", "Risk flag"],
        ["HV-9081", "<<Craig Pilkington>>", "12 Holme Bank", "[[pc:HX7 5PR]]", "<<Dami Akinola>>", "<<Kieran Doyle>>", "02:30", "((health:psychosis)); dog in house"],
        ["HV-9084", "<<Tamar Ben-David>>", "Flat 3, 88 Skircoat Road", "[[pc:HX1 2RD]]", "<<Nathaniel Osei-Bonsu>>", "", "10:00", "((health:self-harm))"],
        ["HV-9090", "<<Liesel Brandt-O'Hare>>", "The Old Forge, Ripponden", "[[pc:HX6 4DF]]", "<<Keeley>>", "<<Jamal>>", "15:30", "lone working: 2 workers"],
    ])

    rtf("crisis-discharge-letter.rtf", [
        "Pennine Moor NHS Trust, Crisis Resolution and Home Treatment Team",
        "Discharge summary to GP",
        "Dr <<Samira Haddad>>, {{Queens Road}} Surgery, Halifax [[pc:HX1 4QR]]",
        "Patient: <<Tamar Ben-David>>   born [[dob:02.01.1990=>1990-01-02]]   NHS no. [[nhs:9990645825]]",
        "<<Tamar>> was with us from 28 October to 6 November 2026 after ((health:an episode of severe depression with self-harm)).",
        "She is now back under her care coordinator, <<Nathaniel Osei-Bonsu>>, and her sister <<Naomi Ben-David>> is staying with her.",
        "Medication on discharge: ((health:quetiapine 150 mg nocte, sertraline 100 mg)).",
        "Written by <<Keeley Marsh-Adebayo>>, Senior Practitioner. Team line [[ph:01632 960 223]].",
        "Café on ward closed; {{Costa}} vouchers offered to carers.",
    ])

    md("crisis-team-huddle.md", [
        "## CRHT morning huddle, Tuesday 3 November",
        "",
        "**Lead:** <<Bronagh McGuinness>>  **Scribe:** <<Jamal Idowu>>",
        "",
        "| Client | Update | RAG |",
        "|---|---|---|",
        "| <<Craig P.>> | ((health:still psychotic)), accepting meds in the evening | red |",
        "| <<Sophie W-A>> | ((criminal_offence:bailed)); L&D plan; ((health:mood settling)) | amber |",
        "| <<Grażyna K.>> | follow-up call done | green |",
        "",
        "- Staffing: <<Keeley>> on leave Thurs/Fri; agency nurse from {{Florence Nightingale}} Staffing booked.",
        "- Car 2 at the garage; use the pool car from {{Calder House}}.",
        "- <<Jamal>> reminded everyone about [[em:crht@penninemoor.example.nhs.uk]] for referrals, not personal inboxes.",
    ])


def cosmetic():
    docx("cos-consultation-form.docx", [
        ("h", "Surgical consultation record"),
        ("table", [["Patient", "<<Jasmine Akhtar-Doyle>>"], ["DOB", "[[dob:19/08/1991=>1991-08-19]]"],
                   ["Address", "Apartment 9, 2 Whitworth Street West, Manchester [[pc:M1 5WW]]"],
                   ["Mobile", "[[ph:07700 900 846]]"], ["Email", "[[em:jas.akhtardoyle@example.com]]"],
                   ["Procedure discussed", "((health:Breast augmentation, 375cc round implants))"],
                   ["BMI", "((health:23.4))"]]),
        ("p", "Medical history: ((health:previous anorexia nervosa (in remission since 2017)));"
              " no smoking; ((health:takes fluoxetine 20 mg)). Psychological screening (BDDQ) completed."),
        ("comment", "Cooling-off period of ", "two weeks", " explained and accepted.", "<<Marcel Dubois-Hart>>",
         "Psychology referral before booking, given the history."),
        ("box", ["Surgeon: Mr <<Marcel Dubois-Hart>> FRCS (Plast), GMC {{7041188}}"]),
        ("fn", "Implants: {{Motiva}} or {{Mentor}} range, patient to choose.", "Brand names; no link to any person."),
        ("p", "Patient signature: <<J. Akhtar-Doyle>>"),
    ], header="Aurelia Aesthetic Surgery, 14 St John Street, Manchester [[pc:M3 4DJ]]",
       footer="CQC registered provider. Enquiries [[ph:0161 496 0050]]",
       creator="<<Marcel Dubois-Hart>>", title="Consultation")

    eml("cos-deposit-finance.eml", [
        ("From", "Aurelia Patient Finance <[[em:finance@aurelia-aesthetics.example.co.uk]]>"),
        ("To", "<<Kerry-Ann Whitehouse>> <[[em:kerryann.w@example.org]]>"),
        ("Cc", "<<Patrycja Szymańska>> <[[em:p.szymanska@aurelia-aesthetics.example.co.uk]]>"),
        ("Subject", "Your deposit and finance agreement"),
        ("Date", "Fri, 30 Oct 2026 16:05:00 +0000"),
    ], "Dear <<Kerry-Ann>>,\n\nThank you for your deposit of £1,000 for your ((health:abdominoplasty and liposuction)) "
       "with Mr <<Dubois-Hart>> on 8 December.\n\nCard charged: [[card:4000 0566 5566 5556]] (Visa debit).\n"
       "Balance of £6,450 by bank transfer to [[bank:sort code 60-16-13, account 31926819=>601613:31926819]], reference AUR-5521.\n"
       "If you are paying from abroad: [[iban:GB82 WEST 1234 5698 7654 32]].\n\n"
       "Patient Finance Team, Aurelia Aesthetic Surgery, [[ph:0161 496 0051]]",
       html_text="<p>Dear <<Kerry-Ann>>,</p><p>Deposit received for your ((health:abdominoplasty)). Card [[card:4000056655665556]].</p>",
       attachments=[("finance-agreement.txt", "text/plain",
                     "CREDIT AGREEMENT SUMMARY\nBorrower: <<WHITEHOUSE, Kerry-Ann>>\nDate of birth: [[dob:04/12/1986=>1986-12-04]]\n"
                     "Address: 51 Delph Lane, Oldham [[pc:OL3 6RN]]\nNI number: [[ni:QQ291755A]]\nEmployer: {{Greenwood}} Logistics\n"
                     "Repayment account: Sort Code [[bank:40-47-84=>404784:55779911]]\nAccount Number 55779911\n")])

    pdf("cos-consent-form.pdf", [
        "AURELIA AESTHETIC SURGERY: CONSENT FORM 1 (patient agreement to surgery)",
        "Patient: <<Olamide Fashola-Reid>>     Date of birth: [[dob:1984-05-22]]",
        "Procedure: ((health:rhinoplasty and septoplasty))",
        "Risks explained: bleeding, infection, asymmetry, need for revision (5-10%), ((health:breathing problems)).",
        "Anaesthetist: Dr <<Wen-Jie Tan>>. Surgeon: Mr <<Marcel Dubois-Hart>>.",
        "Patient's genetic history: ((genetic:COL5A1 variant reported (classical Ehlers-Danlos), tested 2019)); wound care plan adjusted.",
        "Interpreter used: no.   Photographs for the medical record: yes (not for marketing).",
        "Signed: <<O. Fashola-Reid>>   Date: 27/10/2026",
        "Witness: <<Hannah Greenhalgh>>, Patient Coordinator",
    ])

    xlsx("cos-implant-register.xlsx", [
        ("Implants", [
            ["Patient", "DOB", "NHS no (if known)", "Procedure date", "Device", "Lot", "Side", "Surgeon"],
            ["<<Jasmine Akhtar-Doyle>>", ("date", "1991-08-19"), "[[nhs:9992866411]][[=dob:1991-08-19]]", ("date", "2026-11-20"), "((health:breast implant)) 375cc", "LT-88410", "L+R", "<<M. Dubois-Hart>>"],
            ["<<Bernadette Ng>>", ("date", "1979-02-28"), "[[nhs:9994087533]][[=dob:1979-02-28]]", ("date", "2026-10-02"), "((health:chin implant)) M", "LT-11902", "n/a", "<<M. Dubois-Hart>>"],
            ["<<Ruth Oyeleke-Marsh>>", ("date", "1968-07-07"), "not known[[=dob:1968-07-07]]", ("date", "2026-09-15"), "((health:implant removal, capsular contracture))", "n/a", "L", "<<P. Szymańska>>"],
        ]),
        ("Register info", [
            ["Field", "Value"],
            ["Breast and Cosmetic Implant Registry submitter", "<<Hannah Greenhalgh>>"],
            ["Submitted", ("date", "2026-11-01")],
            ["Contact", "[[em:registry@aurelia-aesthetics.example.co.uk]]"],
        ]),
    ], creator="<<Hannah Greenhalgh>>")

    html_("cos-patient-reviews.html", "Patient stories (moderation queue)", [
        ("h", "Reviews awaiting consent to publish"),
        ("table", [["Reviewer", "Stars", "Review", "Consent"],
                   ["<<Bernadette Ng>>", "5", "Mr <<Dubois-Hart>> was so kind. My ((health:chin implant)) looks natural.", "yes"],
                   ["<<Lewis Carrington-Bey>>", "2", "Waited 3 hours for my ((health:gynaecomastia surgery)) follow-up.", "no"],
                   ["<<Amara>>", "4", "Lovely staff at reception, especially <<Hannah>>.", "first name only"]]),
        ("dl", [("Moderator", "<<Hannah Greenhalgh>>"), ("Marketing agency", "{{Bellamy & Rose}} Digital (a company)"),
                ("Note", "Reviews naming a procedure are only published with written consent.")]),
        ("p", "The {{Harley Street}} award logo may not be used until the certificate arrives."),
    ])

    json_("cos-bookings.json", {
        "clinic": "Aurelia Aesthetic Surgery",
        "bookings": [
            {"ref": "AUR-5521", "patient": {"firstName": "<<Kerry-Ann>>", "lastName": "<<Whitehouse>>"}, "dob": "[[dob:1986-12-04]]",
             "procedure": "((health:Abdominoplasty + liposuction))", "theatreDate": "2026-12-08", "mobile": "[[ph:07700 900 903]]",
             "bookedFrom": "[[ip:203.0.113.58]]"},
            {"ref": "AUR-5530", "patient": {"firstName": "<<Sebastián>>", "lastName": "<<Herrera Montoya>>"}, "dob": "[[dob:1975-01-31]]",
             "procedure": "((health:Blepharoplasty, upper lids))", "theatreDate": "2026-12-10", "mobile": "[[ph:+44 7700 900904]]",
             "bookedFrom": "[[ip:198.51.100.99]]", "overseasRefundIban": "[[iban:FR14 2004 1010 0505 0001 3M02 606]]",
             "ukPassport": "[[pp:569301472]]"},
            {"ref": "AUR-5534", "patient": {"firstName": "<<Yasmin>>", "lastName": "<<El-Sayed>>"}, "dob": "[[dob:1996-06-13]]",
             "procedure": "Consultation only", "theatreDate": None, "mobile": "[[ph:07700 900 905]]", "bookedFrom": "[[ip:2001:db8:ff00::42]]"},
        ],
    })

    odt("cos-complaint.odt", [
        ("h", "Formal complaint: stage 1 response"),
        ("p", "Dear Mr <<Carrington-Bey>>,"),
        ("p", "Thank you for your letter of 21 October about your ((health:gynaecomastia surgery)) on 2 September and the delay to your follow-up."),
        ("p", "Our lead nurse, <<Patrycja Szymańska>>, has reviewed your notes. Your ((health:seroma was drained twice)) and has now resolved."),
        ("table", [["Complainant", "<<Lewis Carrington-Bey>>"], ["Date of birth", "[[dob:29/09/1993=>1993-09-29]]"],
                   ["Address", "4 Ancoats Lock, Manchester [[pc:M4 6DE]]"], ["Refund", "£250 goodwill to card ending 0005"]]),
        ("p", "If you remain unhappy you may go to the {{ISCAS}} independent adjudicator."),
        ("p", "Yours sincerely, <<Hannah Greenhalgh>>, Patient Coordinator"),
    ], creator="<<Patrycja Szymańska>>")

    tsv("cos-payments.tsv", [
        ["date", "ref", "payer", "method", "card_or_account", "amount", "taken_by"],
        ["2026-10-30", "AUR-5521", "<<K. Whitehouse>>", "card", "[[card:4000056655665556]]", "1000.00", "<<Hannah G>>"],
        ["2026-11-02", "AUR-5530", "<<S. Herrera Montoya>>", "card (Amex)", "[[card:3782 822463 10005]]", "1500.00", "<<Hannah G>>"],
        ["2026-11-03", "AUR-5521", "<<Kerry-Ann Whitehouse>>", "transfer", "[[bank:601613 31926819=>601613:31926819]]", "6450.00", "auto"],
        ["2026-11-04", "GIFT-0091", "{{Lady Grey}} Gift Card", "voucher", "n/a", "200.00", "<<Hannah G>>"],
    ])


def environmental():
    csv_("env-pest-control-jobs.csv", [
        ["Job", "Date", "Customer", "Address", "Postcode", "Phone", "Pest", "Charge", "Concession", "Technician"],
        ["PC-40211", "02/11/2026", "Mrs <<Doreen Ackroyd>>", "17 Bank Top", "[[pc:OL14 7HB]]", "[[ph:01632 960 317]]", "Rats (loft)", "0.00", "((health:Disabled - Blue Badge holder))", "<<Wes Clegg>>"],
        ["PC-40215", "02/11/2026", "<<Hamid Rezaei>>", "Flat 4, 30 Market St", "[[pc:OL14 5AQ]]", "[[ph:07700 900 118]]", "Bed bugs", "95.00", "none", "<<Wes Clegg>>"],
        ["PC-40219", "03/11/2026", "{{Fox & Hounds}} (pub)", "Burnley Road", "[[pc:OL14 6EY]]", "[[ph:01632 960 318]]", "Mice", "145.00", "commercial", "<<Nisha Parekh>>"],
        ["PC-40222", "03/11/2026", "<<Terence O'Mahony>>", "2 Stubbing Wharf", "[[pc:HX7 6LU]]", "[[ph:07700 900 119]]", "Wasps", "65.00", "none", "<<Nisha Parekh>>"],
    ])

    docx("env-prohibition-notice.docx", [
        ("h", "Hygiene Emergency Prohibition Notice"),
        ("p", "Food Safety and Hygiene (England) Regulations 2013, regulation 8"),
        ("table", [["Food business operator", "<<Xiaoming Zhao>>"], ["Trading as", "{{Golden Lotus}} Takeaway"],
                   ["Premises", "88 Halifax Road, Todmorden [[pc:OL14 5BG]]"], ["Operator's home address", "6 Cockden Villas, Todmorden [[pc:OL14 8DL]]"],
                   ["Operator's date of birth", "[[dob:1979-03-15]]"], ["Mobile", "[[ph:07700 900 620]]"]]),
        ("p", "I am satisfied that the health risk condition is fulfilled: an active cockroach infestation in the kitchen and raw chicken stored above cooked rice."),
        ("comment", "The operator was told that ", "failing to comply is an offence", ".", "<<Imelda Costigan>>",
         "Photographs 1-23 on the case file."),
        ("fn", "Served by hand on 3 November 2026 at 11:40.", "Witnessed by <<Ashok Venugopal>>, Technical Officer."),
        ("box", ["Authorised officer: <<Imelda Costigan>>, Environmental Health Officer, [[em:env.health@calderdown-council.example.org]]"]),
        ("p", "An application to the magistrates' court for an order will be made within three days."),
    ], header="Calderdown Council: Environmental Health (Commercial)", footer="Municipal Offices, Todmorden [[pc:OL14 5AF]], [[ph:01632 960 400]]",
       creator="<<Imelda Costigan>>", title="HEPN")

    eml("env-neighbour-complaint.eml", [
        ("From", "<<Rosalind Fairweather-Hughes>> <[[em:ros.fh@example.net]]>"),
        ("To", "Environmental Health <[[em:env.health@calderdown-council.example.org]]>"),
        ("Cc", "Cllr <<Tariq Mahmood>> <[[em:cllr.t.mahmood@calderdown-council.example.org]]>"),
        ("Subject", "Rats and rubbish next door, 23 Longfield Road"),
        ("Date", "Sat, 31 Oct 2026 09:48:12 +0000"),
    ], "Hello,\n\nI am writing again about next door (23 Longfield Road, [[pc:OL14 6QA]]). The man there, <<Gordon Slingsby>>, "
       "has bags of rubbish piled to the window sills and we now have rats in our garden.\n"
       "I know he has been ((health:struggling since his wife died, his daughter says he is depressed and hoarding)), "
       "so please send someone kind.\n\n<<Rosalind>>\n25 Longfield Road, [[ph:01632 960 522]]",
       html_text="<p>Hello,</p><p>Rats and rubbish next door at 23 Longfield Road. <<Gordon Slingsby>> "
                 "((health:is depressed and hoarding)).</p><p><<Rosalind>></p>")

    ods("env-food-inspections.ods", [
        ("Inspections", [
            ["Premises", "FBO", "Date", "Rating", "Officer", "Next action"],
            ["{{Golden Lotus}} Takeaway", "<<Xiaoming Zhao>>", ("date", "2026-11-03"), 0, "<<I. Costigan>>", "((criminal_offence:Prosecution file: FBO cautioned 2024 for same offence))"],
            ["{{Mrs Beeton's}} Tearoom", "<<Philippa Ormerod>>", ("date", "2026-10-21"), 5, "<<A. Venugopal>>", "none"],
            ["Halal Fresh Butchers", "<<Mohammed Arif Chaudhry>>", ("date", "2026-10-28"), 3, "<<A. Venugopal>>", "revisit 6 months"],
            ["{{St Mary's}} Church Hall (community lunch)", "Parochial church council", ("date", "2026-10-14"), 4, "<<I. Costigan>>", "none"],
        ]),
        ("Officers", [
            ["Officer", "Email", "Direct line"],
            ["<<Imelda Costigan>>", "[[em:i.costigan@calderdown-council.example.org]]", "[[ph:01632 960 401]]"],
            ["<<Ashok Venugopal>>", "[[em:a.venugopal@calderdown-council.example.org]]", "[[ph:01632 960 402]]"],
        ]),
    ], creator="<<Ashok Venugopal>>")

    txt("env-hoarding-case-note.txt", [
        "CASE NOTE  EH/HSG/26/0917  23 Longfield Road, Todmorden [[pc:OL14 6QA]]",
        "Occupier: <<SLINGSBY, Gordon Edward>>   d.o.b. [[dob:08/08/1948=>1948-08-08]]",
        "Visit 04/11/2026 with <<Nisha Parekh>> (pest control) and <<Leah Broadbent>> (adult social care).",
        "Level 7 on the clutter image rating scale. Rat activity in the kitchen and rear yard; baited.",
        "Mr <<Slingsby>> was polite; said he ((health:has not been right since my heart attack)) and <<Brenda>> dying.",
        "Daughter <<Karen Whitworth>> on [[ph:07700 900 951]] agreed to a skip and a deep clean.",
        "Referral to adult social care (self-neglect) and GP with consent: ((health:possible depression)).",
        "No formal notice at this stage. Review 18/11. Officer: <<I. Costigan>>",
    ])

    pdf("env-fixed-penalty-notice.pdf", [
        "CALDERDOWN COUNCIL: FIXED PENALTY NOTICE",
        "Environmental Protection Act 1990, section 33ZA (fly-tipping)",
        "Notice no. FPN/FT/26/00418        Issued: 29/10/2026",
        "Recipient: <<Dylan Jake HOLROYD>>",
        "Date of birth: [[dob:13 May 1997=>1997-05-13]]     Driving licence: [[dl:HOLRO905137DJ9WN]]",
        "Address: 40 Rochdale Road, Walsden, Todmorden [[pc:OL14 7UJ]]",
        "Vehicle: white Ford Transit, seen on CCTV at {{Gauxholme}} lay-by.",
        "You are alleged to have ((criminal_offence:deposited controlled waste (a sofa and 14 bags) without a permit)).",
        "Pay £400 within 14 days (reduced to £250 within 10 days): [[ph:01632 960 499]] or calderdown-council.example.org/pay.",
        "Authorised officer: <<Rhiannon Batley-Singh>>, Enforcement Officer",
    ])

    json_("env-noise-app-reports.json", {
        "app": "{{NoiseWatch}}",
        "reports": [
            {"reportId": "NW-77120", "complainant": {"name": "<<Beatriz Carvalho>>", "email": "[[em:bia.carvalho@example.com]]", "phone": "[[ph:07700 900 280]]"},
             "subjectAddress": "Flat 1, 9 Industrial Street, Todmorden [[pc:OL14 5PZ]]", "category": "amplified music",
             "recordings": 6, "submittedFrom": "[[ip:192.0.2.77]]"},
            {"reportId": "NW-77135", "complainant": {"name": "<<Idris Oyelaran>>", "email": "[[em:idris.oyelaran@example.co.uk]]", "phone": "[[ph:0161 496 0744]]"},
             "subjectAddress": "{{Kingfisher}} Court car park", "category": "car alarms",
             "recordings": 2, "submittedFrom": "[[ip:2001:db8:1:2::beef]]",
             "note": "Complainant ((health:works nights as a dialysis patient transport driver and has epilepsy; lack of sleep triggers seizures))"},
        ],
        "caseOfficer": "<<Callum Naylor>>",
    })

    md("env-enforcement-review.md", [
        "# Enforcement review panel, October 2026",
        "",
        "Chair: <<Gillian Thackray>> (Head of Regulatory Services). Present: <<Imelda Costigan>>, <<Rhiannon Batley-Singh>>, <<Callum Naylor>>",
        "",
        "<<Callum Naylor>> declared that he is the ((trade_union:UNISON workplace rep)) for the technical officers and left for item 3.",
        "",
        "| Case | Subject | Recommendation |",
        "|---|---|---|",
        "| EH/FS/26/0402 | <<Xiaoming Zhao>>, {{Golden Lotus}} | ((criminal_offence:prosecute: third hygiene offence)) |",
        "| ENF/FT/26/0418 | <<Dylan Holroyd>> | FPN unpaid; ((criminal_offence:summons for fly-tipping)) |",
        "| EH/HSG/26/0917 | <<Gordon Slingsby>> | no enforcement; ((health:self-neglect referral)) |",
        "",
        "Legal: <<Ngozi Eze-Whitfield>> (solicitor) to draft the <<Zhao>> information. The {{Pennine}} pest contract renews in April.",
    ])


def negatives():
    txt("policy-diabetes-clinic-data-sharing.txt", [
        "Diabetes and Endocrinology Service: data sharing policy",
        "",
        "1. Purpose. This policy explains when the service shares information about patients with type 1 or type 2",
        "   diabetes, thyroid disease or adrenal conditions with other organisations.",
        "2. Device data. Glucose sensor and insulin pump uploads are health data. Staff must use the trust's approved",
        "   platforms only and must never forward downloads to personal email accounts.",
        "3. Genetic results. Results of MODY testing are genetic data; they are filed in the genetics section of the",
        "   record and shared with relatives only with the patient's written consent.",
        "4. DVLA. Clinicians advise patients of their duty to tell the DVLA about hypoglycaemia; the service does not",
        "   notify the DVLA itself except in the rare circumstances set out in GMC guidance.",
        "5. Review. This policy is reviewed every two years by the information governance lead.",
    ])

    md("training-exclusions-panel-clerks.md", [
        "# Training: clerking exclusion reviews",
        "",
        "Governing boards must consider whether a pupil has special educational needs, a disability such as",
        "autism or ADHD, or a medical condition, and whether the school has made reasonable adjustments.",
        "",
        "| Topic | What the clerk records |",
        "|---|---|",
        "| Police involvement | whether a criminal investigation is under way; never speculate about guilt |",
        "| Religion or belief | only where it is relevant to the reason for exclusion, such as a uniform dispute |",
        "| Ethnicity | the exclusion return's ethnicity code, kept separate from the minutes |",
        "",
        "Practice exercise: draft minutes for a fictional hearing using the case study pack. Do not use real cases.",
    ])

    txt("policy-prison-visits-information-charter.txt", [
        "Prison Visits Booking Unit: information charter",
        "",
        "We record visitors' names, dates of birth, contact details and identity documents to keep visits safe.",
        "Many establishments take fingerprints and a facial image at first visit; this biometric data is used only to",
        "confirm identity at the gate and is deleted after two years without a visit.",
        "Visitors who bring drugs or other items into a prison may be arrested and banned; bans are reviewed every three months.",
        "We never ask about a visitor's religion; chaplaincy visits are arranged by the chaplaincy team.",
        "Visitors with a disability or health condition can ask for reasonable adjustments when they book.",
    ])

    md("training-disability-disclosure.md", [
        "# Training: responding to disclosures of disability",
        "",
        "- A student may tell any member of staff about dyslexia, a mental health condition, a sensory impairment or a",
        "  long-term illness. Thank them and explain how the Disability Service can help.",
        "- Do not record the condition in module feedback, attendance notes or group emails.",
        "- Evidence for Disabled Students' Allowances is sent straight to the Disability Service, never to tutors.",
        "- Sexual orientation, gender identity and religion are not needed for support plans; do not ask.",
        "",
        "Scenario work in groups of three; debrief in plenary.",
    ])

    txt("policy-candidate-selection-data.txt", [
        "Candidate Selection: privacy notice for applicants",
        "",
        "Applying to be a candidate tells us about your political opinions, and the data you give us is special category data.",
        "We ask about unspent criminal convictions, cautions and pending charges because they may affect eligibility.",
        "Trade union membership or sponsorship is recorded only when you declare it on your application.",
        "Diversity monitoring answers (ethnic origin, religion, sexual orientation, disability) are held by the compliance",
        "unit, reported in aggregate and never seen by shortlisting panels.",
        "Records of unsuccessful applicants are deleted two years after the selection closes.",
    ])

    txt("training-crisis-line-call-handling.txt", [
        "Crisis line call handling: induction module 3",
        "",
        "Callers may describe suicidal thoughts, self-harm, psychosis, overdoses, alcohol or drug use. Stay calm and",
        "ask directly about risk. Use the call log template; record facts, not opinions.",
        "If the caller mentions an arrest or a police contact, note the police reference only.",
        "Never record a caller's faith, sexuality or ethnicity unless it is part of the risk picture they describe.",
        "Hoax and nuisance calls are logged without a name.",
        "Role play: trainees take turns as caller and handler, using the scripted scenarios in the pack.",
    ])

    txt("policy-cosmetic-surgery-consent.txt", [
        "Cosmetic Surgery: consent and cooling-off policy",
        "",
        "Every patient has a consultation with the operating surgeon and a cooling-off period of at least two weeks.",
        "Patients with a history of body dysmorphic disorder, an eating disorder or depression are offered a psychological",
        "assessment before surgery is booked.",
        "Photographs for the medical record are kept with the record; photographs for marketing need separate consent.",
        "Implant details are sent to the national implant registry only with consent.",
        "Card details are taken by the payment terminal and never written down.",
    ])

    md("training-environmental-health-interviews.md", [
        "# Training: interviews under caution (PACE) for environmental health officers",
        "",
        "1. When an officer suspects an offence, such as fly-tipping or a breach of food hygiene law, questions",
        "   about it must be asked under caution.",
        "2. Hoarding and self-neglect are welfare matters first; refer to adult social care and consider mental health",
        "   before any enforcement.",
        "3. Interpreters: book through the corporate contract; do not use family members or children.",
        "",
        "Exercise: watch the training video and identify the point at which the caution should have been given.",
    ])


# ---------------------------------------------------------------- main

def main():
    build()
    problems = []
    for d in ALL:
        d.check()
        problems += [f"{d.name}: {p}" for p in d.problems]
    if problems:
        sys.stderr.write("\n".join(problems) + "\n")
        sys.exit(1)
    shutil.rmtree(DOCS, ignore_errors=True)
    os.makedirs(DOCS)
    for name in sorted(DOCS_OUT):
        with open(os.path.join(DOCS, name), "wb") as f:
            f.write(DOCS_OUT[name])
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for d in sorted(ALL, key=lambda d: d.name):
            f.write(json.dumps(d.labels(), ensure_ascii=False) + "\n")
    neg = sum(d.name.startswith(("policy-", "training-")) for d in ALL)
    kinds = {}
    for d in ALL:
        for k, _ in d.ids:
            kinds[k] = kinds.get(k, 0) + 1
    cats = {c: sum(c in d.cats for d in ALL) for c in CATS}
    print(f"documents {len(ALL)} ({neg} negative)")
    print(f"name labels {sum(len(d.names) for d in ALL)}")
    print(f"identifier labels {sum(kinds.values())}: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))))
    print("documents per category: " + ", ".join(f"{c} {cats[c]}" for c in CATS))
    print("formats: " + ", ".join(sorted({n.rsplit('.', 1)[1] for n in DOCS_OUT})))


if __name__ == "__main__":
    main()
