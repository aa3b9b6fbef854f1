#!/usr/bin/env python3
"""Twelfth blind held-out evaluation set for dpscan: writes docs/ and labels.jsonl.

72 synthetic documents from eight kinds of organisation no earlier set covers:
an armed forces veterans' charity, a credit union, a register office, a
council SEND team, a homelessness outreach team, a council bereavement and
cemetery service, a court witness service and an airline's crew rostering
and aviation medicals. 8 documents (policy-*, training-*) name no one.

Python 3.11, standard library only. Every value is written by hand (no random
generator), zip members carry a fixed timestamp and MIME boundaries are
fixed, so two runs (under any PYTHONHASHSEED) give byte-identical files.

Markup (rendered by Doc.m; the labels are the spans that write the text):
  <<Name>>                      a person-name mention, labelled as written
  [[kind:value]]                an identifier, labelled normalised
  [[kind:written=>normalised]]  an identifier whose normalised form is given
  [[=kind:normalised]]          a label only (a value spread over cells)
  ((category:words))            words revealing a special category about a
                                named person in the document
  {{words}}                     a recorded distractor (may hold name parts)

Judgement calls (labels follow tests/eval/heldout11/README.md and the first
set's README; in addition):
  - titles and ranks (Mr, Mrs, Ms, Miss, Dr, Prof, Rev, Fr, Capt, Cpt,
    Sgt, Cpl, L/Cpl, WO2, Maj, Col, Flt Lt, Wing Commander, HHJ, Recorder,
    DC, PC, Cllr, Imam, Rabbi, Pandit, Pastor) are left out of names;
    "First Officer" and "Captain" as crew ranks too;
  - a grave's or a register entry's deceased person is a person: their
    name is labelled, their faith section or cause of death is labelled
    (religious belief, health) like a living person's;
  - a burial in a faith section (Muslim, Jewish, Roman Catholic), a
    funeral's faith (Church of England, Hindu rites, Pentecostal), a
    Qur'anic inscription on a named person's stone, a faith (Greek
    Orthodox) or a priest asked for by or for a named person is religious
    belief; a humanist or civil celebrant is nothing (no belief is claimed
    for anyone), nor is a chapel, church or school named after a saint,
    nor "Ś.P." on a Polish stone;
  - swearing on a named holy book, keeping a fast (Ramadan) or Shabbat,
    Friday prayers, a kosher or halal meal or a Hindu diet asked for a
    named person, a Hajj loan, a Quaker meeting or Salvation Army worship
    is religious belief; a citizenship ceremony's "oath" or "affirmation"
    column is nothing (no faith named), and eating at a gurdwara langar is
    nothing (it serves everyone);
  - a marriage or civil partnership notice between two people of the same
    sex, a birth registered to a mother and a second female parent, a
    discharge under the former ban on gay service personnel, or a young
    person "made to leave home after coming out" is sex life or
    orientation; an opposite-sex civil partnership is nothing;
  - a suspected sham marriage referred under s.24, a charge, conviction,
    court list entry, caution, remand, custody or licence recall is
    criminal offence, for the named defendant or person; being a witness
    or a victim is nothing;
  - an SEN primary need (ASD, SEMH, SLCN, SpLD, MLD, PD, HI), a
    diagnosis, a medicine, a cause of death, a pacemaker, an aviation
    medical limitation, pregnancy, a fatigue report of sleep apnoea, a
    failed alcohol test, heavy drinking or a fertility treatment loan is
    health; "fit", "no welfare need" and "ground-floor room" are not;
  - a genetic result (HFE C282Y homozygous, an FMR1 full mutation, an HTT
    expansion) is genetic; it is also health only where a current
    condition or treatment is written (venesection, MLD, early symptoms);
  - fingerprint or face templates enrolled for an airside pass or a
    hostel door, and a face match of a selfie against a passport photo,
    are biometric; "photo only" and a passport number are not;
  - a union rep, branch officer or member (BALPA, Unite, GMB, PCS, union
    subs on a payslip) named as such is trade union; unions in general
    are nothing;
  - a councillor for a named party, a candidate, or canvassing for a
    party is political opinion; "Cllr" with no party is nothing, and so is
    a party's offer of a venue;
  - a category about no named person (a street alert describing a
    stranger, an unknown man found dead, a training exercise, a policy)
    is nothing;
  - ethnicity recorded for a named person (outreach CHAIN records, a
    monitoring column) is racial or ethnic origin; nationality, language,
    immigration status and "no recourse to public funds" are nothing;
  - dates of birth are labelled wherever stated as someone's date of birth
    (a baby's at registration too); dates of death, marriage, burial,
    hearing and booking are not;
  - every identifier written is labelled, the organisation's own phone,
    postcode and mailbox too; Message-ID and In-Reply-To headers and mbox
    "From " lines are not labelled; look-alikes (service numbers, member
    numbers, pupil numbers (UPN), Home Office, witness care, case (URN),
    appeal and licence references, prison numbers, grave plots and deed
    numbers, police references, flight numbers, an aircraft registration,
    CAA licence numbers, staff and pass numbers, an Irish passport number
    (not a UK passport), a 16-digit receipt number that fails Luhn,
    version strings) are distractors and not labelled;
  - a UK passport number is labelled where the text says it is one; a
    driving licence number is built from its holder's surname, initials
    and birth date, and a name part inside it is not a separate name;
  - an email display name that is a person's name is labelled; one that is
    a team or mailbox is not; so are document authors (docProps, ODF
    meta, RTF \\author) and comment authors when they are people;
  - nicknames and aliases a person goes by (Manny, Paddy) and lone given
    or family names later in the text are names; firms, buildings, rooms,
    shops, hotels, reviews and tools named like people (Haig House, the
    Victoria Cross Room, Florence Ashby Hall, Stannah, Etherton Review,
    Wilson & Barraclough, A. J. Pennock & Sons, Mary Queen of Scots Room,
    John Lewis, Conrad Athens, Sir Edmund Ashby Academy, Thomas the Tank
    Engine, Crookes as a place, a dog called Marley or Bella) are recorded
    distractors.
Synthetic ranges only: QQ NINOs; example.com/.org/.net/.co.uk/.ac.uk/.nhs.uk
mail; Ofcom drama numbers; documentation IPs (192.0.2.0/24, 198.51.100.0/24,
203.0.113.0/24, 2001:db8::/32); test card numbers; NHS numbers 999 with a
valid check digit; standard example IBANs; invented sort code/account pairs.
"""

import base64
import csv
import html
import io
import ipaddress
import json
import quopri
import re
import shutil
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
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
    "mr", "mrs", "ms", "miss", "dr", "prof", "rev", "fr", "capt", "cpt", "sgt", "cpl", "l/cpl",
    "wo2", "maj", "col", "flt", "hhj", "dc", "pc", "cllr", "imam", "rabbi", "pandit", "pastor", "recorder",
    "captain", "first", "sister", "wing",
}
MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}

# --------------------------------------------------------------------------- identifiers


def nhs(nine):
    """Nine digits (spaces kept as written) plus the mod-11 check digit."""
    digits = [int(c) for c in nine if c.isdigit()]
    assert len(digits) == 9 and nine.replace(" ", "").startswith("999"), nine
    check = 11 - sum(d * (10 - i) for i, d in enumerate(digits)) % 11
    check = 0 if check == 11 else check
    assert check != 10, f"{nine} has no valid check digit"
    return f"{nine}{check}"


def luhn_ok(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def iban_ok(v):
    s = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def licence(surname, initials, dob, female, tail):
    """A DVLA-shaped licence number built from the holder's own name and birth date."""
    y, m, d = dob.split("-")
    s = re.sub(r"[^A-Z]", "", surname.upper())[:5].ljust(5, "9")
    mm = int(m) + (50 if female else 0)
    return f"{s}{y[2]}{mm:02d}{d}{y[3]}{initials.upper().ljust(2, '9')}{tail}"


def parse_date(s):
    s = s.strip().lower().replace(",", " ")
    s = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", s)
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s):
        return f"{m[1]}-{m[2]}-{m[3]}"
    if m := re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", s):
        return f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}"
    parts = s.split()
    if len(parts) == 3 and parts[0].isdigit():
        d, mon, y = parts
    elif len(parts) == 3:
        mon, d, y = parts
    else:
        m = re.fullmatch(r"(\d{1,2})-([a-z]{3})-(\d{4})", s)
        assert m, s
        d, mon, y = m[1], m[2], m[3]
    month = MONTHS.get(mon) or next(v for k, v in MONTHS.items() if k[:3] == mon[:3])
    return f"{y}-{month:02d}-{int(d):02d}"


def phone(s):
    digits = re.sub(r"\D", "", s.replace("(0)", ""))
    if s.strip().startswith("+"):
        return "+" + digits
    assert digits.startswith("0"), s
    return "+44" + digits[1:]


def postcode(s):
    s = re.sub(r"\s", "", s.upper())
    return f"{s[:-3]} {s[-3:]}"


def bank(s):
    digits = re.findall(r"\d+", s)
    joined = "".join(digits)
    assert len(joined) == 14, s
    return f"{joined[:6]}:{joined[6:]}"


def normalise(kind, v):
    if kind == "email":
        return v.lower()
    if kind == "phone":
        return phone(v)
    if kind == "uk_postcode":
        return postcode(v)
    if kind in ("uk_nino", "uk_driving_licence"):
        return re.sub(r"\s", "", v.upper())
    if kind == "iban":
        out = re.sub(r"\s", "", v.upper())
        assert iban_ok(out), v
        return out
    if kind == "payment_card":
        out = re.sub(r"\D", "", v)
        assert luhn_ok(out), v
        return out
    if kind == "nhs_number":
        out = re.sub(r"\D", "", v)
        assert nhs(out[:9]) == out, v
        return out
    if kind == "uk_passport":
        out = re.sub(r"\D", "", v)
        assert len(out) == 9, v
        return out
    if kind == "ip_address":
        return str(ipaddress.ip_address(v.strip()))
    if kind == "date_of_birth":
        return parse_date(v)
    if kind == "uk_bank_account":
        return bank(v)
    raise AssertionError(f"unknown kind {kind}")


KINDS = {
    "email", "phone", "uk_postcode", "uk_nino", "uk_driving_licence", "iban", "payment_card",
    "nhs_number", "uk_passport", "ip_address", "date_of_birth", "uk_bank_account",
}

# --------------------------------------------------------------------------- documents

TOKEN = re.compile(
    r"<<(?P<name>.+?)>>"
    r"|\[\[(?P<only>=?)(?P<kind>[a-z_]+):(?P<id>.+?)\]\]"
    r"|\(\((?P<cat>[a-z_]+):(?P<words>.+?)\)\)"
    r"|\{\{(?P<dist>.+?)\}\}"
)
MARKUP = re.compile(r"<<|>>|\[\[|\]\]|\(\(|\)\)|\{\{|\}\}")
DRAMA = (
    "+447700900", "+442079460", "+441134960", "+441144960", "+441154960", "+441164960",
    "+441174960", "+441184960", "+441214960", "+441314960", "+441414960", "+441514960",
    "+441614960", "+442920180", "+448081570", "+443069990",
)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
NINO_RE = re.compile(r"\bQQ\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b", re.I)
IP_RE = re.compile(r"\b(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}\b|\b2001:0?db8:[0-9A-Fa-f:]+", re.I)
POSTCODE_RE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")
PHONE_RE = re.compile(r"(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d[\d\s\-\)]{7,14}\d")
NHS_RE = re.compile(r"\b999[\s-]?\d{3}[\s-]?\d{4}\b")
WORD = r"(?<![^\W\d_]){}(?![^\W\d_])"


class Doc:
    def __init__(self, name):
        self.name = name
        self.names, self.ids, self.cats = [], [], set()
        self.pieces = []  # (text, [(start, end, kind)])

    def m(self, s):
        """Render one markup string: record its labels and spans, return the text."""
        out, spans, last = [], [], 0
        length = 0
        for t in TOKEN.finditer(s):
            out.append(s[last:t.start()])
            length += t.start() - last
            last = t.end()
            if t["name"] is not None:
                text, kind = t["name"], "name"
                if text not in self.names:
                    self.names.append(text)
            elif t["kind"] is not None:
                kind = t["kind"]
                assert kind in KINDS, kind
                raw = t["id"]
                if "=>" in raw:
                    text, value = raw.split("=>")
                else:
                    text, value = raw, normalise(kind, raw)
                if t["only"]:
                    text = ""
                pair = [kind, value]
                if pair not in self.ids:
                    self.ids.append(pair)
                kind = "email" if kind == "email" else "id"
            elif t["cat"] is not None:
                assert t["cat"] in CATEGORIES, t["cat"]
                self.cats.add(t["cat"])
                text, kind = t["words"], "cat"
            else:
                text, kind = t["dist"], "dist"
            spans.append((length, length + len(text), kind))
            out.append(text)
            length += len(text)
        out.append(s[last:])
        text = "".join(out)
        self.pieces.append((text, spans))
        return text

    def rows(self, rows):
        return [[self.m(c) if isinstance(c, str) else c for c in r] for r in rows]

    def j(self, obj):
        if isinstance(obj, str):
            return self.m(obj)
        if isinstance(obj, list):
            return [self.j(v) for v in obj]
        if isinstance(obj, dict):
            return {k: self.j(v) for k, v in obj.items()}
        return obj

    def problems(self):
        found = []
        negative = self.name.startswith(("policy-", "training-"))
        if negative and (self.names or self.cats):
            found.append(f"negative names {self.names} or has {sorted(self.cats)}")
        if self.cats and not self.names:
            found.append("categories but no named person")
        parts = set()
        for n in self.names:
            if "  " in n or n != n.strip():
                found.append(f"bad spacing in {n!r}")
            if n.split()[0].lower().rstrip(".") in TITLES:
                found.append(f"name label starts with a title: {n!r}")
            for p in re.split(r"[\s,]+", n):
                for q in {p, *p.split("-")}:
                    q = q.strip(".'")
                    if len(q) >= 3 and not q.islower():
                        parts.update({q, q.upper()})
        for text, spans in self.pieces:
            if MARKUP.search(text):
                found.append(f"markup left in {text!r}")
            # an identifier may hold a name part (a licence number starts with the surname)
            covered = [(a, b) for a, b, k in spans if k in ("name", "dist", "email", "id")]
            ids = [(a, b) for a, b, k in spans if k in ("id", "email")]
            for p in sorted(parts):
                for hit in re.finditer(WORD.format(re.escape(p)), text):
                    if not any(a <= hit.start() and hit.end() <= b for a, b in covered):
                        found.append(f"unlabelled name part {p!r} in {text[:80]!r}")
            for pattern in (EMAIL_RE, NINO_RE, IP_RE, POSTCODE_RE, NHS_RE, PHONE_RE):
                for hit in pattern.finditer(text):
                    if pattern is PHONE_RE and not phone(hit[0].rstrip(") -")).startswith(DRAMA):
                        continue
                    if pattern is NHS_RE and not nhs(re.sub(r"\D", "", hit[0])[:9]) == re.sub(r"\D", "", hit[0]):
                        continue
                    start = hit.start() + len(hit[0]) - len(hit[0].lstrip("("))
                    if not any(a <= start < b for a, b in ids):
                        found.append(f"unlabelled identifier {hit[0]!r} in {text[:80]!r}")
        return found

    def label(self):
        return {
            "doc": self.name,
            "names": self.names,
            "categories": [c for c in CATEGORIES if c in self.cats],
            "ids": self.ids,
        }


# --------------------------------------------------------------------------- formats

STAMP = (2026, 3, 2, 9, 30, 0)


def zipped(members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            z.writestr(info, data.encode() if isinstance(data, str) else data)
    return buf.getvalue()


def x(s):
    return html.escape(s, quote=False)


def xa(s):
    return html.escape(s, quote=True)


def text_file(lines):
    return ("\n".join(lines) + "\n").encode()


def delimited(rows, delimiter=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    w.writerows(rows)
    return buf.getvalue().encode()


def encoded_word(s):
    if s.isascii():
        return f'"{s}"' if "," in s else s
    return "=?UTF-8?B?" + base64.b64encode(s.encode()).decode() + "?="


def header_text(s):
    """An unstructured header (Subject): RFC 2047 encoded words when not ASCII."""
    if s.isascii():
        return s
    words, chunk = [], ""
    for ch in s:  # encoded words of at most 45 bytes, never splitting a character, folded
        if len((chunk + ch).encode()) > 45:
            words.append(chunk)
            chunk = ""
        chunk += ch
    words.append(chunk)
    return "\n ".join("=?UTF-8?B?" + base64.b64encode(w.encode()).decode() + "?=" for w in words)


def address(display, mail):
    return f"{encoded_word(display)} <{mail}>" if display else mail


def qp(s):
    return quopri.encodestring(s.replace("\n", "\r\n").encode()).decode().replace("\r\n", "\n")


def b64(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def eml(headers, body, html_body=None, attachments=(), boundary="=_hb12_0001"):
    """A message: headers [(name, value)], a plain body, optional HTML twin and attachments."""
    head = "".join(f"{k}: {header_text(v) if k == 'Subject' else v}\n" for k, v in headers) + "MIME-Version: 1.0\n"
    plain = f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{qp(body)}\n"
    if html_body is None and not attachments:
        return (head + plain).encode()
    alt = plain
    if html_body is not None:
        inner = boundary + "_alt"
        alt = (
            f'Content-Type: multipart/alternative; boundary="{inner}"\n\n'
            f"--{inner}\n{plain}\n--{inner}\n"
            "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
            f"{qp(html_body)}\n--{inner}--\n"
        )
    if not attachments:
        return (head + alt).encode()
    parts = [f'Content-Type: multipart/mixed; boundary="{boundary}"\n\nThis is a multi-part message in MIME format.\n']
    parts.append(f"--{boundary}\n{alt}")
    for filename, mime, data in attachments:
        parts.append(
            f'--{boundary}\nContent-Type: {mime}; name="{filename}"\nContent-Transfer-Encoding: base64\n'
            f'Content-Disposition: attachment; filename="{filename}"\n\n{b64(data)}\n'
        )
    parts.append(f"--{boundary}--\n")
    return (head + "\n".join(parts)).encode()


def mbox(messages):
    out = []
    for sender, date, raw in messages:
        body = re.sub(r"^(>*From )", r">\1", raw.decode(), flags=re.M)
        out.append(f"From {sender} {date}\n{body}\n")
    return "".join(out).encode()


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
V_NS = 'xmlns:v="urn:schemas-microsoft-com:vml"'


def w_run(t):
    return f'<w:r><w:t xml:space="preserve">{x(t)}</w:t></w:r>'


def w_par(t, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{w_run(t)}</w:p>"


def docx(body, author, header=None, footer=None, footnotes=(), comments=(), title=""):
    """body: list of ("p", text) ("h", text) ("table", rows) ("box", [texts])
    ("note", text, footnote_index) ("comment", text, comment_index)."""
    xml = []
    for block in body:
        kind = block[0]
        if kind in ("p", "h"):
            xml.append(w_par(block[1], "Heading1" if kind == "h" else None))
        elif kind == "table":
            rows = "".join(
                "<w:tr>" + "".join(f"<w:tc><w:tcPr/>{w_par(c)}</w:tc>" for c in r) + "</w:tr>" for r in block[1]
            )
            xml.append(f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>{rows}</w:tbl>')
        elif kind == "box":
            inner = "".join(w_par(t) for t in block[1])
            xml.append(
                '<w:p><w:r><w:pict><v:shape id="box1" style="width:220pt;height:90pt" type="#_x0000_t202">'
                f"<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
            )
        elif kind == "note":
            xml.append(
                f'<w:p>{w_run(block[1])}<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                f'<w:footnoteReference w:id="{block[2]}"/></w:r></w:p>'
            )
        elif kind == "comment":
            i = block[2]
            xml.append(
                f'<w:p><w:commentRangeStart w:id="{i}"/>{w_run(block[1])}<w:commentRangeEnd w:id="{i}"/>'
                f'<w:r><w:commentReference w:id="{i}"/></w:r></w:p>'
            )
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W} {R_NS} {V_NS}><w:body>'
        + "".join(xml)
        + '<w:sectPr>'
        + ('<w:headerReference w:type="default" r:id="rIdH"/>' if header else "")
        + ('<w:footerReference w:type="default" r:id="rIdF"/>' if footer else "")
        + "</w:sectPr></w:body></w:document>"
    )
    rels = ['<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    types = [
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
    ]
    members = []
    for part, texts, rid, rel, ctype, root in (
        ("header1.xml", header, "rIdH", "header", "header", "hdr"),
        ("footer1.xml", footer, "rIdF", "footer", "footer", "ftr"),
    ):
        if texts:
            members.append((f"word/{part}", f'<?xml version="1.0" encoding="UTF-8"?>\n<w:{root} {W}>' + "".join(w_par(t) for t in texts) + f"</w:{root}>"))
            rels.append(f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{rel}" Target="{part}"/>')
            types.append(f'<Override PartName="/word/{part}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.{ctype}+xml"/>')
    if footnotes:
        notes = "".join(f'<w:footnote w:id="{i}">{w_par(t)}</w:footnote>' for i, t in footnotes)
        members.append(("word/footnotes.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p/></w:footnote>{notes}</w:footnotes>'))
        rels.append('<Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>')
        types.append('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>')
    if comments:
        cs = "".join(
            f'<w:comment w:id="{i}" w:author="{xa(who)}" w:date="2026-03-02T09:30:00Z" w:initials="{xa(ini)}">{w_par(t)}</w:comment>'
            for i, who, ini, t in comments
        )
        members.append(("word/comments.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<w:comments {W}>{cs}</w:comments>'))
        rels.append('<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        types.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
    core = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties '
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{x(title)}</dc:title><dc:creator>{x(author)}</dc:creator><cp:lastModifiedBy>{x(author)}</cp:lastModifiedBy>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-02-27T10:00:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-02T09:30:00Z</dcterms:modified></cp:coreProperties>'
    )
    styles = f'<?xml version="1.0" encoding="UTF-8"?>\n<w:styles {W}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>'
    return zipped([
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
         + "".join(types) + "</Types>"),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
        ("docProps/core.xml", core),
        ("word/document.xml", document),
        ("word/styles.xml", styles),
        ("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + "".join(rels) + "</Relationships>"),
        *members,
    ])


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, author=""):
    """sheets: [(name, rows)]; str cells go to the shared strings table, numbers stay numbers."""
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
                if isinstance(v, str):
                    if v not in index:
                        index[v] = len(strings)
                        strings.append(v)
                    cells.append(f'<c r="{ref}" t="s"><v>{index[v]}</v></c>')
                else:
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            out.append(f'<row r="{r}">{"".join(cells)}</row>')
        sheet_xml.append(
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<sheetData>{"".join(out)}</sheetData></worksheet>'
        )
    sst = "".join(f'<si><t xml:space="preserve">{x(s)}</t></si>' for s in strings)
    n = len(sheets)
    members = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(n))
         + '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
        ("docProps/core.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
         f'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>{x(author)}</dc:creator></cp:coreProperties>'),
        ("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         f'{R_NS}><sheets>'
         + "".join(f'<sheet name="{xa(name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (name, _) in enumerate(sheets))
         + "</sheets></workbook>"),
        ("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         + "".join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(n))
         + f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'),
        ("xl/sharedStrings.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         f'count="{len(strings)}" uniqueCount="{len(strings)}">{sst}</sst>'),
    ]
    members += [(f"xl/worksheets/sheet{i + 1}.xml", s) for i, s in enumerate(sheet_xml)]
    return zipped(members)


ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"'
)


def odf(kind, body, author):
    mime = f"application/vnd.oasis.opendocument.{kind}"
    content = f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODF_NS}><office:body><office:{kind}>{body}</office:{kind}></office:body></office:document-content>'
    meta = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ODF_NS}><office:meta>'
        f"<meta:initial-creator>{x(author)}</meta:initial-creator><dc:creator>{x(author)}</dc:creator>"
        "<dc:date>2026-03-02T09:30:00</dc:date></office:meta></office:document-meta>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    )
    return zipped([("mimetype", mime), ("content.xml", content), ("meta.xml", meta), ("META-INF/manifest.xml", manifest)])


def odt(blocks, author):
    """blocks: ("p", text) ("h", text) ("table", rows)."""
    out = []
    for b in blocks:
        if b[0] == "h":
            out.append(f'<text:h text:outline-level="1">{x(b[1])}</text:h>')
        elif b[0] == "p":
            out.append(f"<text:p>{x(b[1])}</text:p>")
        else:
            rows = "".join(
                "<table:table-row>" + "".join(f"<table:table-cell><text:p>{x(c)}</text:p></table:table-cell>" for c in r) + "</table:table-row>"
                for r in b[1]
            )
            out.append(f'<table:table table:name="Table{len(out)}"><table:table-column table:number-columns-repeated="{len(b[1][0])}"/>{rows}</table:table>')
    return odf("text", "".join(out), author)


def ods(sheets, author):
    out = []
    for name, rows in sheets:
        trs = []
        for row in rows:
            cells = []
            for v in row:
                if v is None or v == "":
                    cells.append("<table:table-cell/>")
                elif isinstance(v, str):
                    cells.append(f'<table:table-cell office:value-type="string"><text:p>{x(v)}</text:p></table:table-cell>')
                else:
                    cells.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
            trs.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
        out.append(f'<table:table table:name="{xa(name)}">{"".join(trs)}</table:table>')
    return odf("spreadsheet", "".join(out), author)


def rtf(paragraphs, author):
    def esc(s):
        o = []
        for ch in s:
            if ch in "\\{}":
                o.append("\\" + ch)
            elif ord(ch) < 128:
                o.append(ch)
            else:
                n = ord(ch)
                o.append(f"\\u{n if n < 32768 else n - 65536}?")
        return "".join(o)

    body = "".join(f"\\pard\\sa120 {esc(p)}\\par\n" for p in paragraphs)
    return (
        "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}\n"
        f"{{\\info{{\\author {esc(author)}}}{{\\creatim\\yr2026\\mo3\\dy2\\hr9\\min30}}}}\n"
        f"\\f0\\fs22\n{body}}}\n"
    ).encode("ascii")


def pdf(pages):
    """Text PDF, Helvetica with WinAnsi encoding; pages is a list of lists of lines."""
    def esc(s):
        return s.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", None, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for lines in pages:
        stream = b"BT /F1 9 Tf 13 TL 40 800 Td " + b" ".join(b"(" + esc(ln) + b") Tj T*" for ln in lines) + b" ET"
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % len(objs))
        kids.append(len(objs))
    objs[1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def jdump(obj):
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode()


def jlines(objs):
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs).encode()


# --------------------------------------------------------------------------- the documents

BUILDERS = []


def doc(name):
    def register(fn):
        BUILDERS.append((name, fn))
        return fn
    return register


# ---- an armed forces veterans' charity (Heartsease Veterans' Trust, Leeds)

VET_FOOT = "Heartsease Veterans' Trust, Kestrel House, 22 Whitehall Road, Leeds [[uk_postcode:LS12 1BE]] · [[phone:0113 496 0218]] · [[email:referrals@heartsease.example.org]]"


@doc("veterans-welfare-referral.docx")
def _(d):
    m = d.m
    return docx(
        [
            ("h", m("Welfare referral — casework team")),
            ("table", d.rows([
                ["Surname", "<<OKONKWO-BRIGHT>>"],
                ["Forename(s)", "<<Chidi Emmanuel>>"],
                ["Known as", "<<Manny>>"],
                ["Service", "Army, Royal Logistics Corps, 2004–2016 (service no. 25187734)"],
                ["Date of birth", "[[date_of_birth:14/09/1985]]"],
                ["NI number", "[[uk_nino:QQ 61 27 48 B]]"],
                ["Address", "9 Barley Mow Close, Leeds [[uk_postcode:LS13 2QT]]"],
                ["Mobile", "[[phone:07700 900418]]"],
                ["Email", "[[email:manny.ob@example.com]]"],
                ["NHS number", "[[nhs_number:" + nhs("999702633") + "]]"],
                ["Ethnicity (monitoring)", "((racial_ethnic_origin:Black British — Nigerian heritage))"],
                ["GP", "Dr <<Fenella Stroud>>, Armley Moor Surgery"],
                ["Presenting need", "((health:PTSD, diagnosed 2019, under Op COURAGE)); rent arrears £1,840; ((health:drinking about 40 units a week))"],
                ["Convictions", "((criminal_offence:Affray, 2021 — 12-month community order)), completed"],
                ["Referred by", "<<Shona McAlister>>, Op COURAGE North ([[email:shona.mcalister@example.nhs.uk]])"],
            ])),
            ("p", m("Panel meets in the {{Victoria Cross}} Room at {{Haig House}} on the first Tuesday; the units figure is the veteran's own estimate.")),
            ("box", [m("In his words: “I just want the bailiffs off my back so I can sleep.”"), m("— <<Manny>>, 27 February 2026")]),
            ("comment", m("Service history confirmed with Veterans UK (letter on file)."), 0),
            ("note", m("Consent to share with the council's housing team given verbally on 2 March 2026."), 1),
        ],
        author=m("<<Gareth Pryce-Jones>>"),
        header=[m("Heartsease Veterans' Trust — OFFICIAL-SENSITIVE")],
        footer=[m(VET_FOOT)],
        footnotes=[(1, m("Op COURAGE is the NHS service for veterans; the referral came from <<Shona>>'s team."))],
        comments=[(0, m("<<Gareth Pryce-Jones>>"), "GPJ", m("Asked <<Chidi>> for the discharge papers — he has them."))],
        title=m("Welfare referral"),
    )


@doc("veterans-caseworker-mail.eml")
def _(d):
    m = d.m
    para = [
        "Hi all,",
        "The attached sheet has this month's grants. The urgent one is Mr <<Wilf O'Halloran>> (DOB [[date_of_birth:3 March 1949]]), ex-Royal Navy, who has ((health:noise-induced hearing loss and tinnitus)) from his years on HMS {{Ark Royal}} and ((health:COPD)), so he can no longer manage the stairs at 41 Cromwell Terrace, Bradford [[uk_postcode:BD7 3LP]].",
        "The {{Stannah}} quote is £3,950. His daughter <<Bernadette>> ([[phone:07700 900561]]) is the contact for access.",
        "<<Siân>>, could you check his War Pension award letter before Thursday?",
        "Thanks,",
        "<<Gareth>>",
        "<<Gareth Pryce-Jones>> | Caseworker | [[phone:0113 496 0231]]",
    ]
    text = "\n\n".join(m(p) for p in para)
    body_html = "<html><body>" + "".join(f"<p>{x(m(p))}</p>" for p in para) + "</body></html>"
    sheet = delimited(d.rows([
        ["Veteran", "Service", "Grant", "Amount", "Payee sort code", "Payee account"],
        ["<<O'HALLORAN, Wilfred>>", "RN", "Stairlift (supplier)", "3950", "[[=uk_bank_account:401162:31926819]]40-11-62", "31926819"],
        ["<<Pritpal Singh Bhogal>>", "Army (RE)", "Boiler repair", "1200", "[[=uk_bank_account:309634:58201447]]30-96-34", "58201447"],
        ["<<Halima Begum-Rahman>>", "RAF", "Respite break", "650", "[[=uk_bank_account:772105:10448390]]77-21-05", "10448390"],
    ]))
    return eml(
        [
            ("From", address(m("<<Gareth Pryce-Jones>>"), m("[[email:g.pryce-jones@heartsease.example.org]]"))),
            ("To", address("Grants Panel", m("[[email:grants@heartsease.example.org]]"))),
            ("Cc", address(m("<<Siân Llewellyn-Rhys>>"), m("[[email:sian.llewellyn-rhys@heartsease.example.org]]"))),
            ("Subject", m("Grant requests March – <<W. O'Halloran>> stairlift")),
            ("Date", "Mon, 02 Mar 2026 08:47:13 +0000"),
            ("Message-ID", "<hvt-20260302-0847@heartsease.example.org>"),
        ],
        text,
        body_html,
        [("grants-march.csv", "text/csv", sheet)],
        boundary="=_vet_grants_01",
    )


@doc("veterans-lgbt-ban-review.md")
def _(d):
    m = d.m
    return text_file([m(s) for s in [
        "# LGBT Financial Recognition Scheme — applications we support",
        "",
        "Following the {{Etherton Review}}, veterans dismissed under the pre-2000 ban can apply. Casework lead: <<Niamh Ó Briain>>.",
        "",
        "| Ref | Veteran | Service | What happened | Stage |",
        "|---|---|---|---|---|",
        "| LF-031 | <<Morag Baillie>> | WRAC 1983–1990 | ((sex_life_orientation:discharged after an investigation into her relationship with another woman)) | bundle sent 11/02 |",
        "| LF-032 | <<Desmond Oyelaran>> | RAF 1978–1994 | ((criminal_offence:court-martialled for \"disgraceful conduct of an indecent kind\", 6 months' detention)); ((sex_life_orientation:dismissed as gay)) | awaiting MOD |",
        "| LF-033 | <<Alun ap Rhys>> | Royal Welch Fusiliers 1991–1999 | ((sex_life_orientation:discharged on grounds of his sexuality)) | medals restored |",
        "",
        "## Notes",
        "",
        "- <<Morag>> has asked that her wife, <<Catriona>>, is copied into letters.",
        "- <<Desmond>> (born [[date_of_birth:22.11.1959]]) prefers calls after 2pm on [[phone:+44 7700 900672]].",
        "- <<Alun>>'s evidence includes a letter from Capt <<R. J. Penhaligon>>, his former company commander.",
        "",
        "Enquiries: [[email:lgbt@heartsease.example.org]]",
    ]])


@doc("veterans-breakfast-club.html")
def _(d):
    m = d.m
    rows = d.rows([
        ["Sgt <<Dil Bahadur Gurung>>", "2nd Bn Royal Gurkha Rifles", "((religious_belief:Hindu, no beef))", "No"],
        ["<<Josefa Ratuvou>>", "Royal Scots Dragoon Guards", "none", "No"],
        ["<<Bernard Kowalczyk>>", "REME", "vegetarian", "Yes"],
        ["<<Tremaine Gayle>>", "Royal Anglian", "none", "Yes — ((health:recovering from a hip replacement))"],
        ["<<Yusuf Demir>>", "RAF Regiment", "((religious_belief:halal, as he is Muslim))", "No"],
    ])
    trs = "".join("<tr>" + "".join(f"<td>{x(c)}</td>" for c in r) + "</tr>" for r in rows)
    dl = [
        ("Venue", m("{{Florence Ashby Hall}}, Hunslet — side door, ramp available")),
        ("Guest speaker", m("Wing Commander <<Priya Venkataraman>> on the Armed Forces Covenant")),
        ("Next month", m("Coach to the {{Victoria Cross and George Cross}} memorial, London")),
        ("Organiser", m("<<Sam Wetherall>>, [[phone:07700 900802]]")),
    ]
    dls = "".join(f"<dt>{x(a)}</dt><dd>{x(b)}</dd>" for a, b in dl)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Breakfast club — March</title></head><body>\n"
        f"<h1>{x(m('Hunslet veterans breakfast club — 7 March'))}</h1>\n"
        "<table><thead><tr><th>Name</th><th>Service</th><th>Dietary</th><th>Lift needed</th></tr></thead>\n"
        f"<tbody>{trs}</tbody></table>\n<dl>{dls}</dl>\n"
        f"<p>{x(m(VET_FOOT))}</p>\n</body></html>\n"
    ).encode()


@doc("veterans-grants-ledger.xlsx")
def _(d):
    grants = d.rows([
        ["Date", "Ref", "Veteran", "Item", "Amount £", "Status"],
        ["2026-01-09", "G-2231", "<<Rhiannon Hughes>>", "Accessible bathroom", 4200, "Paid"],
        ["2026-01-21", "G-2232", "<<Lukas Petrauskas>>", "Rent deposit", 900, "Paid"],
        ["2026-02-03", "G-2233", "<<Adaeze Nwachukwu>>", "White goods", 610.5, "Approved"],
        ["2026-02-17", "G-2234", "<<Ewan Lockhart>>", "Funeral of spouse", 1500, "Approved"],
    ])
    payees = d.rows([
        ["Payee", "Sort code", "Account", "Reference"],
        ["{{Wharfedale Mobility Ltd}}", "[[=uk_bank_account:203206:73914462]]20-32-06", "73914462", "G-2231"],
        ["Landlord — <<K. Sadowski>>", "[[=uk_bank_account:560017:24680135]]56-00-17", "24680135", "G-2232"],
        ["<<Adaeze Nwachukwu>>", "[[=uk_bank_account:090128:66120354]]09-01-28", "66120354", "G-2233"],
    ])
    veteran = d.rows([
        ["Field", "Value"],
        ["Name", "<<HUGHES, Rhiannon>>"],
        ["Date of birth", "[[date_of_birth:30/07/1962]]"],
        ["NI number", "[[uk_nino:QQ308814D]]"],
        ["Service", "QARANC nurse, 1980–2002"],
        ["Need", "((health:below-knee amputation (2024); wheelchair user))"],
        ["Phone", "[[phone:0113 496 0677]]"],
        ["Caseworker", "<<Siân Llewellyn-Rhys>>"],
    ])
    return xlsx([("Grants 2025-26", grants), ("Payees", payees), ("Veteran G-2231", veteran)], author=d.m("<<Siân Llewellyn-Rhys>>"))


@doc("veterans-gurkha-housing.pdf")
def _(d):
    m = d.m
    page = [m(s) for s in [
        "Heartsease Veterans' Trust",
        "Kestrel House, 22 Whitehall Road, Leeds [[uk_postcode:LS12 1BE]]   Tel [[phone:0113 496 0218]]",
        "",
        "Housing Options, Leeds City Council                                    2 March 2026",
        "",
        "Dear Ms <<Ferreira>>,",
        "",
        "Re: Mr <<Hom Bahadur Thapa>> (date of birth [[date_of_birth:05/01/1951]]) and Mrs <<Manisha Thapa>>",
        "",
        "Mr <<Thapa>> served 22 years with the Brigade of Gurkhas and settled in the UK in 2012; his British",
        "passport number is [[uk_passport:512938476]] and his NI number [[uk_nino:QQ 40 19 83 A]]. The couple live in a",
        "first-floor flat at 7 Sandringham Court, Leeds [[uk_postcode:LS17 6DW]], far from the friends they made at the",
        "former {{Queen Elizabeth Barracks}}, Church Crookham. Mr <<Thapa>> ((health:has type 2 diabetes and glaucoma))",
        "and fell on the stairs in January.",
        "",
        "We ask that the household is considered for a ground-floor property under the Armed Forces Covenant.",
        "Their son <<Bikash>> can interpret; he is on [[phone:07700 900734]].",
        "",
        "Yours sincerely,",
        "",
        "<<Gareth Pryce-Jones>>",
        "Caseworker",
    ]]
    return pdf([page])


@doc("veterans-custody-liaison.txt")
def _(d):
    return text_file([d.m(s) for s in [
        "VETERANS IN CUSTODY — liaison visit, HMP Leeds, 26/02/2026",
        "Visiting: <<Sam Wetherall>> (Heartsease) with the prison's veterans' lead, Officer <<Dawn Ackroyd>>",
        "",
        "1. <<CONNOLLY, Declan Patrick>> — prison no. A4471CK, ex-Irish Guards (1999–2008).",
        "   ((criminal_offence:Serving 4 years for wounding with intent (s.18))); earliest release Oct 2026.",
        "   ((health:Reports nightmares; on sertraline 100mg)). Wants a Veterans' ID card and help with housing on release.",
        "   Next of kin: sister <<Aoife Connolly>>, [[phone:07700 900129]].",
        "",
        "2. <<Kehinde Adeyemi-Cole>> — ex-RAF Regiment, DOB [[date_of_birth:19 June 1990]].",
        "   ((criminal_offence:On remand, charged with burglary)); trial listed for May. Asked about his dog, {{Marley}}, now with a neighbour.",
        "",
        "3. <<Lee Bramhall>> — ex-Yorkshire Regiment. ((criminal_offence:Recalled on licence)) after a missed appointment;",
        "   ((health:alcohol dependence, detox completed in January)).",
        "",
        "Actions: <<Sam>> to write to <<Declan>>'s sister; <<Dawn>> to book the next visit.",
        "Casework line [[phone:0113 496 0240]] · [[email:custody@heartsease.example.org]]",
    ]])


@doc("veterans-helpline.jsonl")
def _(d):
    calls = [
        {"callId": "HL-260301-004", "receivedAt": "2026-03-01T09:14:00Z", "callerFullName": "<<Agnieszka Wróbel-Hale>>",
         "callerNumber": "[[phone:+447700900385=>+447700900385]]", "serviceNo": None, "relationship": "spouse",
         "presentingIssue": "Husband <<Terry Hale>> (ex-Para) ((health:has early-onset dementia)); asking about respite",
         "handler": "<<Siân>>"},
        {"callId": "HL-260301-011", "receivedAt": "2026-03-01T11:52:00Z", "callerFullName": "<<Ifor JAMES>>",
         "callerNumber": "[[phone:029 2018 0447]]", "serviceNo": "24471108", "relationship": "self",
         "presentingIssue": "Pension forecast query; no welfare need", "handler": "<<Gareth>>"},
        {"callId": "HL-260302-002", "receivedAt": "2026-03-02T08:31:00Z", "callerFullName": "Cllr <<Harriet Blanchflower>>",
         "callerNumber": "[[phone:0161 496 0583]]", "serviceNo": None, "relationship": "professional",
         "presentingIssue": "((political_opinion:Green Party councillor)) asking how the council can sign the Covenant",
         "handler": "<<Gareth>>", "followUpEmail": "[[email:h.blanchflower@example.co.uk]]"},
        {"callId": "HL-260302-007", "receivedAt": "2026-03-02T10:20:00Z", "callerFullName": "<<Duncan Frew>>",
         "callerNumber": "[[phone:07700 900391]]", "serviceNo": "W0441872", "relationship": "self",
         "presentingIssue": "((genetic:Tested positive for the Huntington's disease gene (HTT expansion))) in 2024 and ((health:now has early symptoms)); asking about an ill-health pension review",
         "handler": "<<Siân>>"},
        {"callId": "HL-260302-019", "receivedAt": "2026-03-02T16:05:00Z", "callerFullName": "anonymous",
         "callerNumber": "withheld", "serviceNo": None, "relationship": "self",
         "presentingIssue": "Caller said a friend was 'in a bad way'; signposted to Op COURAGE", "handler": "<<Siân>>"},
    ]
    return jlines([d.j(c) for c in calls])


# ---- a credit union (Irwell & Medlock Credit Union, Manchester)

CU_CONTACT = "Irwell & Medlock Credit Union Ltd, 3 Tariff Street, Manchester [[uk_postcode:M1 2FF]] · [[phone:0161 496 0300]] · [[email:members@imcu.example.co.uk]]"


@doc("cu-loan-applications.csv")
def _(d):
    return delimited(d.rows([
        ["app_id", "member_no", "applicant", "dob", "ni_number", "employer", "loan_purpose", "amount", "term_months", "decision"],
        ["LA-5501", "000417", "<<Precious Chikwanha>>", "[[date_of_birth:1991-04-12]]", "[[uk_nino:QQ 22 81 64 C]]", "Salford Royal (bank staff)", "((health:IVF cycle at a private clinic))", "3500", "24", "approved"],
        ["LA-5502", "002288", "<<FITZGERALD, Ciarán>>", "[[date_of_birth:07/11/1978]]", "[[uk_nino:QQ714402A]]", "Metrolink", "car repair", "900", "12", "approved"],
        ["LA-5503", "001905", "<<Thi Lan Nguyen>>", "[[date_of_birth:23-Jan-1985]]", "", "self-employed (nail bar)", "rent arrears", "600", "6", "referred to money advice"],
        ["LA-5504", "003012", "<<Eleni Christodoulou>>", "[[date_of_birth:1969-08-30]]", "[[uk_nino:QQ 55 09 17 D]]", "{{Kingsley Holt Logistics}}", "father's funeral", "2000", "24", "approved"],
        ["LA-5505", "000081", "<<Marcus Pennington-Lowe>>", "[[date_of_birth:02.02.1959]]", "[[uk_nino:QQ 10 42 93 B]]", "Manchester City Council", "((health:private cataract surgery))", "2800", "18", "approved"],
        ["LA-5506", "002940", "<<Shazia Akhtar>>", "[[date_of_birth:1995-10-05]]", "[[uk_nino:QQ 83 26 50 A]]", "Tameside Hospital", "((religious_belief:Hajj pilgrimage with her mother))", "4500", "36", "approved"],
        ["LA-5507", "003377", "<<Gethin Rowlands>>", "[[date_of_birth:1983-03-17]]", "", "Arriva North West", "consolidation", "5000", "48", "declined — affordability"],
    ]))


@doc("cu-arrears-mbox.mbox")
def _(d):
    m = d.m
    first = eml(
        [("From", address("IMCU Collections", m("[[email:collections@imcu.example.co.uk]]"))),
         ("To", address(m("<<Jerome Baptiste>>"), m("[[email:jerome.baptiste@example.net]]"))),
         ("Subject", "Your loan account L-20418 is in arrears"),
         ("Date", "Tue, 10 Feb 2026 09:02:11 +0000"),
         ("Message-ID", "<arr-20418-1@imcu.example.co.uk>")],
        m("Dear Mr <<Baptiste>>,\n\nYour loan repayments for December and January (£184.00) have not been received. "
          "Please call us on [[phone:0161 496 0311]] so we can agree a way forward.\n\nCollections team\n" + CU_CONTACT),
    )
    reply = eml(
        [("From", address(m("<<Jerome Baptiste>>"), m("[[email:jerome.baptiste@example.net]]"))),
         ("To", m("[[email:collections@imcu.example.co.uk]]")),
         ("Subject", "Re: Your loan account L-20418 is in arrears"),
         ("Date", "Wed, 11 Feb 2026 21:40:52 +0000"),
         ("Message-ID", "<CAF9x81@mail.example.net>"),
         ("In-Reply-To", "<arr-20418-1@imcu.example.co.uk>")],
        m("Sorry, I've been off work since November ((health:having chemotherapy for bowel cancer)) and only on SSP. "
          "My wife <<Claudette>> opens the post now, you can speak to her on [[phone:07700 900233]].\n\n"
          "Can the payments be paused until April?\n\n<<Jerome>>\n\n"
          "> Dear Mr <<Baptiste>>,\n> Your loan repayments for December and January (£184.00) have not been received."),
    )
    internal = eml(
        [("From", address(m("<<Róisín Gallagher>>"), m("[[email:r.gallagher@imcu.example.co.uk]]"))),
         ("To", address(m("<<Tomasz Zieliński>>"), m("[[email:t.zielinski@imcu.example.co.uk]]"))),
         ("Subject", m("L-20418 <<Baptiste>> — payment holiday")),
         ("Date", "Thu, 12 Feb 2026 10:15:00 +0000"),
         ("Message-ID", "<arr-20418-3@imcu.example.co.uk>"),
         ("In-Reply-To", "<CAF9x81@mail.example.net>")],
        m("<<Tomasz>>,\n\nI've agreed three months with interest frozen. He mentioned his ((trade_union:Unite branch)) "
          "has a hardship fund too, so I've sent him the letter template.\n\nNew DD from April: sort code [[uk_bank_account:60-83-71, account 20419837]]"
          " (in his name).\n\n<<Róisín>>"),
    )
    done = eml(
        [("From", address(m("<<Zieliński, Tomasz>>"), m("[[email:t.zielinski@imcu.example.co.uk]]"))),
         ("To", address(m("<<Gallagher, Róisín>>"), m("[[email:r.gallagher@imcu.example.co.uk]]"))),
         ("Subject", m("Re: L-20418 <<Baptiste>> — payment holiday")),
         ("Date", "Thu, 12 Feb 2026 14:48:30 +0000"),
         ("Message-ID", "<arr-20418-4@imcu.example.co.uk>"),
         ("In-Reply-To", "<arr-20418-3@imcu.example.co.uk>")],
        m("Done — mandate set up and the arrears flag parked until 1 May.\n\nT.\n\n> I've agreed three months with interest frozen."),
    )
    return mbox([
        ("collections@imcu.example.co.uk", "Tue Feb 10 09:02:11 2026", first),
        ("jerome.baptiste@example.net", "Wed Feb 11 21:40:52 2026", reply),
        ("r.gallagher@imcu.example.co.uk", "Thu Feb 12 10:15:00 2026", internal),
        ("t.zielinski@imcu.example.co.uk", "Thu Feb 12 14:48:30 2026", done),
    ])


@doc("cu-member-ledger.ods")
def _(d):
    members = d.rows([
        ["Member no", "Name", "Joined", "Shares £", "Loan £", "Branch"],
        ["000417", "<<Precious Chikwanha>>", "2019-06-01", 1240.55, 3500, "Salford"],
        ["001122", "<<Wojciech Kaczmarek>>", "2021-02-14", 310, 0, "Cheetham Hill"],
        ["002288", "<<Ciarán Fitzgerald>>", "2017-09-30", 2045.1, 900, "Ancoats"],
        ["003150", "<<Ama Owusu-Ansah>>", "2024-11-05", 75, 0, "Moss Side"],
    ])
    remit = d.rows([
        ["Member", "Beneficiary", "Beneficiary IBAN", "Amount £", "Purpose"],
        ["<<Wojciech Kaczmarek>>", "<<Halina Kaczmarek>>", "[[iban:PL61 1090 1014 0000 0712 1981 2874]]", 250, "family support"],
        ["<<Ama Owusu-Ansah>>", "{{Hoffmann Bau GmbH}}", "[[iban:DE89370400440532013000]]", 1180, "invoice"],
    ])
    cards = d.rows([
        ["Member", "Card used for one-off repayment", "Expiry", "Taken by", "Terminal receipt no."],
        ["<<Ciarán Fitzgerald>>", "[[payment_card:4000 0566 5566 5556]]", "08/28", "<<Róisín>>", "4929 1204 5567 8831"],
    ])
    return ods([("Members", members), ("Remittances", remit), ("Card payments", cards)], author=d.m("<<Tomasz Zieliński>>"))


@doc("cu-board-minutes.odt")
def _(d):
    m = d.m
    return odt([
        ("h", m("Board of Directors — minutes of 18 February 2026")),
        ("p", m("Held at the {{Mitchell Memorial Hall}}, Ancoats. Present: <<Beverley Okafor>> (Chair), <<Harold Sutcliffe>> (Treasurer), <<Imran Qureshi>>, <<Gwen Parry-Evans>>, <<Leon Mbeki-Shaw>> (CEO). Minutes: <<Róisín Gallagher>>.")),
        ("h", m("1. Declarations of interest")),
        ("table", d.rows([
            ["Director", "Declaration"],
            ["<<Imran Qureshi>>", "((political_opinion:Labour councillor for Cheetham ward)); takes no part in item 4 (council partnership)"],
            ["<<Gwen Parry-Evans>>", "((trade_union:GMB branch secretary)) at the Hyde Road depot, whose payroll deduction scheme we run"],
            ["<<Harold Sutcliffe>>", "None"],
        ])),
        ("h", m("2. Arrears")),
        ("p", m("Arrears stand at 4.1% of the loan book. <<Leon>> reported that two members had been granted payment holidays on medical grounds; no names were given to the board.")),
        ("h", m("3. Staffing")),
        ("p", m("Loans officer <<Kelechi Obi>> remains ((health:on sick leave after a stroke)) and is expected back on a phased return in April.")),
        ("h", m("4. AGM")),
        ("p", m("The {{Co-operative Party}} has offered its room at {{Holyoake House}} for the AGM; the board preferred a neutral venue. Next meeting 18 March.")),
        ("p", m("Signed as a true record: <<B. Okafor>>, Chair")),
    ], author=m("<<Róisín Gallagher>>"))


@doc("cu-kyc-checks.json")
def _(d):
    lic1 = licence("Adeyemi", "OA", "1988-12-03", False, "9KT")
    lic2 = licence("Szabo", "RE", "1993-05-21", True, "9LW")
    data = {
        "exportedAt": "2026-03-02T07:00:00Z",
        "system": "OnboardPro 3.8",
        "checks": [
            {"applicationRef": "ON-88124", "applicant": {"forenames": "<<Oluwaseun Adebola>>", "surname": "<<Adeyemi>>"},
             "dateOfBirth": "[[date_of_birth:1988-12-03]]",
             "address": {"line1": "Flat 12, Jersey Street Mill", "town": "Manchester", "postcode": "[[uk_postcode:M4 6JG]]"},
             "documents": [{"type": "driving_licence", "number": f"[[uk_driving_licence:{lic1}]]"}],
             "ipAddress": "[[ip_address:203.0.113.45]]", "email": "[[email:seun.adeyemi@example.com]]", "result": "PASS"},
            {"applicationRef": "ON-88131", "applicant": {"forenames": "<<Réka Erzsébet>>", "surname": "<<Szabó>>"},
             "dateOfBirth": "[[date_of_birth:1993-05-21]]",
             "address": {"line1": "44 Great Ancoats Street", "town": "Manchester", "postcode": "[[uk_postcode:m4 5ab]]"},
             "documents": [{"type": "passport", "number": "[[uk_passport:530417286]]", "issuingCountry": "GBR"},
                           {"type": "driving_licence", "number": f"[[uk_driving_licence:{lic2}]]"}],
             "ipAddress": "[[ip_address:2001:db8:4c1::17]]", "email": "[[email:reka.szabo@example.org]]", "result": "REFER",
             "selfieCheck": "((biometric:face match 0.97 between the selfie video and the passport photo))",
             "note": "Licence shows maiden name; proof of name change requested"},
            {"applicationRef": "ON-88140", "applicant": {"forenames": "<<Declan>>", "surname": "<<Moriarty>>"},
             "dateOfBirth": "[[date_of_birth:2001-01-30]]",
             "address": {"line1": "9 Rochdale Road", "town": "Manchester", "postcode": "[[uk_postcode:M4 4HN]]"},
             "documents": [], "ipAddress": "[[ip_address:198.51.100.7]]", "email": "[[email:dmoriarty01@example.net]]", "result": "FAIL",
             "note": "Address not matched; app build 4.12.0.7 (old)"},
        ],
    }
    return jdump(d.j(data))


@doc("cu-hardship-note.rtf")
def _(d):
    return rtf([d.m(s) for s in [
        "Irwell & Medlock Credit Union — Hardship fund application",
        "Member: <<Zoë Pemberton-Fyfe>> (member no. 002771)",
        "Date of birth: [[date_of_birth:9th August 1997]]   Mobile: [[phone:07700 900947]]   Email: [[email:zoe.pf@example.com]]",
        "Address: 15 Crèche Lane, Stretford [[uk_postcode:M32 0QT]]",
        "Circumstances: <<Zoë>> left her partner in October with her baby. Her ex-partner, <<Craig Dunmore>>, ((criminal_offence:was convicted of controlling or coercive behaviour in January)) and the joint loan is in arrears. ((health:She is being treated for postnatal depression)) and is not yet back at work.",
        "Request: write off £640 of the joint loan balance; set up a new savings account in her sole name.",
        "Recommended by: <<Róisín Gallagher>>, credit control. Approved by: <<Leon Mbeki-Shaw>>, 24/02/2026.",
        CU_CONTACT,
    ]], author=d.m("<<Róisín Gallagher>>"))


@doc("cu-payroll-deductions.tsv")
def _(d):
    return delimited(d.rows([
        ["payroll_no", "employee", "ni_number", "cu_savings", "cu_loan", "other_deductions", "depot"],
        ["HR-10442", "<<ASANTE, Kofi>>", "[[uk_nino:QQ 90 31 57 A]]", "25.00", "61.40", "((trade_union:Unite subs)) 14.20", "Hyde Road"],
        ["HR-10517", "<<McGRATH, Siobhán>>", "[[uk_nino:QQ 29 84 06 C]]", "10.00", "0.00", "", "Hyde Road"],
        ["HR-11003", "<<HUSSAIN, Tariq Mahmood>>", "[[uk_nino:QQ 66 12 48 D]]", "40.00", "88.00", "((trade_union:GMB subs)) 13.95", "Queens Road"],
        ["HR-11190", "<<WHITTAKER, Joanne>>", "[[uk_nino:QQ 47 70 25 B]]", "15.00", "32.10", "cycle scheme 41.67", "Queens Road"],
        ["HR-11234", "<<DA SILVA, João Paulo>>", "[[uk_nino:QQ 03 55 91 C]]", "5.00", "0.00", "", "Hyde Road"],
    ]), "\t")


@doc("cu-online-banking-log.jsonl")
def _(d):
    events = [
        {"ts": "2026-03-01T06:12:44Z", "event": "login", "userId": "u-000417", "displayName": "<<Precious Chikwanha>>",
         "email": "[[email:precious.c@example.com]]", "ip": "[[ip_address:192.0.2.201]]", "userAgent": "IMCU-App/4.12.0.7 (Android 14)", "result": "ok"},
        {"ts": "2026-03-01T06:40:02Z", "event": "login_failed", "userId": "u-003150", "displayName": "<<Ama Owusu-Ansah>>",
         "email": "[[email:ama.oa@example.org]]", "ip": "[[ip_address:203.0.113.88]]", "userAgent": "Mozilla/5.0", "result": "bad_password"},
        {"ts": "2026-03-01T06:41:19Z", "event": "account_locked", "userId": "u-003150", "displayName": "<<Ama Owusu-Ansah>>",
         "email": "[[email:ama.oa@example.org]]", "ip": "[[ip_address:203.0.113.88]]", "userAgent": "Mozilla/5.0", "result": "locked"},
        {"ts": "2026-03-01T19:03:55Z", "event": "payee_added", "userId": "u-001122", "displayName": "<<Wojciech Kaczmarek>>",
         "email": "[[email:w.kaczmarek@example.net]]", "ip": "[[ip_address:2001:0db8:0000:0000:0000:0000:1f00:002a]]",
         "userAgent": "IMCU-App/4.12.0.7 (iOS 18)", "result": "ok", "payee": "<<Halina Kaczmarek>>"},
        {"ts": "2026-03-02T07:15:30Z", "event": "login", "userId": "u-004012", "displayName": "<<Trần Thị Mai>>",
         "email": "[[email:tran.mai@example.com]]", "ip": "[[ip_address:198.51.100.144]]", "userAgent": "Mozilla/5.0", "result": "ok"},
    ]
    return jlines([d.j(e) for e in events])


# ---- a register office (Don Valley Register Office, Sheffield)

REG_CONTACT = "Don Valley Register Office, Town Hall Chambers, Sheffield [[uk_postcode:S1 2HH]] · [[phone:0114 496 0120]] · [[email:registrars@donvalley.example.org]]"


@doc("reg-birth-registrations.xlsx")
def _(d):
    births = d.rows([
        ["Entry", "Date of birth", "Forenames", "Surname", "Sex", "Place of birth", "Mother", "Father / second parent", "Informant", "Registered"],
        [241, "[[date_of_birth:03/02/2026]]", "<<Amelia Rose>>", "<<WAINWRIGHT>>", "F", "Jessop Wing, {{Royal Hallamshire Hospital}}", "<<Chloe Wainwright>>", "<<Daniel Wainwright>>", "Mother", "2026-02-20"],
        [242, "[[date_of_birth:05/02/2026]]", "<<Zainab>>", "<<IQBAL>>", "F", "31 Abbeydale Road, Sheffield [[uk_postcode:S7 1FE]] (home birth)", "<<Sana Iqbal>>", "<<Usman Iqbal>>", "Both parents", "2026-02-23"],
        [243, "[[date_of_birth:09/02/2026]]", "<<Oskar Tadeusz>>", "<<NOWAKOWSKI>>", "M", "Jessop Wing", "<<Marta Nowakowska>>", "<<Piotr Nowakowski>>", "Father", "2026-02-24"],
        [244, "[[date_of_birth:11/02/2026]]", "<<Kai>>", "<<OKORO-LINDQVIST>>", "M", "Jessop Wing", "<<Ngozi Okoro>>", "<<Henrik Lindqvist>>", "Mother", "2026-02-25"],
        [245, "[[date_of_birth:14/02/2026]]", "<<Harper Jude>>", "<<BELL>>", "F", "Jessop Wing", "<<Jade Bell>>", "((sex_life_orientation:Second female parent)): <<Funmilayo Bell>>", "Both parents", "2026-02-27"],
    ])
    stats = [["Month", "Births", "Deaths", "Marriages"], ["Dec 2025", 402, 377, 41], ["Jan 2026", 388, 451, 29], ["Feb 2026", 371, 398, 33]]
    registrar = d.rows([
        ["Registrar on duty", "<<Beatrix Holloway>>"],
        ["Deputy", "<<Arjun Mehta>>"],
        ["Office line", "[[phone:0114 496 0120]]"],
        ["Appointments", "[[email:registrars@donvalley.example.org]]"],
    ])
    return xlsx([("Births Feb 2026", births), ("Stats", stats), ("Registrar", registrar)], author=d.m("<<Arjun Mehta>>"))


@doc("reg-death-registration.docx")
def _(d):
    m = d.m
    return docx(
        [
            ("h", m("Death registration — draft particulars")),
            ("table", d.rows([
                ["Deceased", "<<Harold Ernest Pickersgill>>"],
                ["Date and place of death", "21 February 2026, Northern General Hospital, Sheffield"],
                ["Date of birth", "[[date_of_birth:11 April 1938]]"],
                ["Occupation", "Retired steel melter"],
                ["Usual address", "4 Button Hill, Sheffield [[uk_postcode:S11 9HF]]"],
                ["NHS number", f"[[nhs_number:{nhs('999 413 782')}]]"],
                ["Cause of death", "((health:I(a) Bronchopneumonia; I(b) Chronic obstructive pulmonary disease; II Type 2 diabetes mellitus))"],
                ["Certified by", "Dr <<Ayodele Bankole>>, after scrutiny by the Medical Examiner, Dr <<Lucy Tregenza>>"],
                ["Informant", "<<Maureen Pickersgill>>, widow, [[phone:07700 900158]]"],
            ])),
            ("comment", m("MCCD misspells the middle name."), 0),
            ("box", [m("Green form issued to {{Wilson & Barraclough}} Funeral Directors, 23/02/2026")]),
            ("note", m("Tell Us Once reference given to the informant."), 1),
            ("p", m("Registered by <<Arjun Mehta>>, Deputy Registrar, 23 February 2026.")),
        ],
        author=m("<<Arjun Mehta>>"),
        header=[m("Don Valley Register Office — not a certified copy")],
        footer=[m(REG_CONTACT)],
        footnotes=[(1, m("Reference 1Y2K-7Q9P; valid 28 days."))],
        comments=[(0, m("<<Arjun Mehta>>"), "AM", m("<<Maureen>> confirms it is <<Ernest>>; the birth certificate agrees. Registered as <<Ernest>>."))],
        title=m("Death registration draft"),
    )


@doc("reg-marriage-notices.html")
def _(d):
    rows = d.rows([
        ["02/03/2026", "<<Thomas Ainsley Brook>> and <<Olivia Mae Harrington>>", "Marriage", "{{Mary Queen of Scots Room}}, Town Hall", "18/04/2026"],
        ["02/03/2026", "<<Callum Fraser>> and <<Daniel Okonjo>>", "((sex_life_orientation:Same-sex marriage))", "{{Cutlers' Hall}}", "02/05/2026"],
        ["03/03/2026", "<<Harpreet Kaur Dhillon>> and <<Gurdeep Singh Sandhu>>", "Marriage", "((religious_belief:Guru Nanak Gurdwara, Wicker (religious ceremony, authorised person present)))", "09/05/2026"],
        ["03/03/2026", "<<Ewa Marczak>> and <<Lewis Tan>>", "Civil partnership", "Register Office", "10/04/2026"],
        ["04/03/2026", "<<Siobhan Keane>> and <<Aoibheann Delaney>>", "((sex_life_orientation:Civil partnership (two women)))", "{{Lady Mabel}} Suite, {{Wentworth House}}", "23/05/2026"],
    ])
    trs = "".join("<tr>" + "".join(f"<td>{x(c)}</td>" for c in r) + "</tr>" for r in rows)
    dl = [
        ("Notice period", d.m("28 days from the date of notice, then valid for 12 months.")),
        ("Objections", d.m("In writing to the Superintendent Registrar, <<Beatrix Holloway>>, before the date shown.")),
        ("Contact", d.m(REG_CONTACT)),
    ]
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Notices of marriage and civil partnership</title></head><body>\n"
        "<h1>Notices of marriage and civil partnership — week 10</h1>\n"
        "<table border=\"1\"><tr><th>Notice given</th><th>Parties</th><th>Type</th><th>Venue</th><th>Earliest date</th></tr>\n"
        f"{trs}</table>\n<dl>" + "".join(f"<dt>{x(a)}</dt><dd>{x(b)}</dd>" for a, b in dl) + "</dl>\n</body></html>\n"
    ).encode()


@doc("reg-sham-marriage-referral.eml")
def _(d):
    m = d.m
    para = [
        "OFFICIAL-SENSITIVE — s.24 Immigration and Asylum Act 1999 report",
        "Parties: Mr <<Ionuț Bălan>> (date of birth [[date_of_birth:1994-07-02]], Romanian identity card) and Ms <<Shabnam Rezaei>> (date of birth [[date_of_birth:1987-10-19]], UK passport [[uk_passport:547302918]]).",
        "Notice was given on 27 February 2026. The registrar has ((criminal_offence:reasonable grounds to suspect that the marriage is a sham)): the parties needed an interpreter to speak to each other and could not say where the other lived.",
        "Interview notes are attached. Mr <<Bălan>> gave his mobile as [[phone:07700 900663]] and his address as 88 Staniforth Road, Sheffield [[uk_postcode:S9 3FT]].",
        "<<Beatrix Holloway>>",
        "Superintendent Registrar, Don Valley",
    ]
    notes = text_file([m(s) for s in [
        "Interview notes — 27/02/2026 — <<B. Holloway>> and <<A. Mehta>>",
        "Ms <<Rezaei>> did not know Mr <<Bălan>>'s date of birth or his employer.",
        "Mr <<Bălan>> said they met at a friend's wedding but could not give the friend's surname.",
        "Both say the wedding will be at the register office with no guests.",
    ]])
    return eml(
        [
            ("From", address(m("<<Beatrix Holloway>>"), m("[[email:b.holloway@donvalley.example.org]]"))),
            ("To", address("Marriage Referral and Assessment Scheme", m("[[email:mras@homeoffice.example.org]]"))),
            ("Cc", address(m("<<Arjun Mehta>>"), m("[[email:a.mehta@donvalley.example.org]]"))),
            ("Subject", m("s.24 report — <<Bălan>> / <<Rezaei>> — notice 27/02/2026")),
            ("Date", "Mon, 02 Mar 2026 11:20:00 +0000"),
            ("Message-ID", "<s24-2026-017@donvalley.example.org>"),
        ],
        "\n\n".join(m(p) for p in para),
        "<html><body>" + "".join(f"<p>{x(m(p))}</p>" for p in para) + "</body></html>",
        [("interview-notes.txt", "text/plain; charset=utf-8", notes)],
        boundary="=_reg_s24_17",
    )


@doc("reg-citizenship-ceremony.csv")
def _(d):
    return delimited(d.rows([
        ["ceremony", "name", "date_of_birth", "country_of_birth", "oath_or_affirmation", "guests", "phone", "email", "ho_ref"],
        ["2026-03-12 10:00", "<<Abdirahman Yusuf Warsame>>", "[[date_of_birth:01/01/1979]]", "Somalia", "Oath", "2", "[[phone:07700 900301]]", "[[email:a.warsame@example.com]]", "W1184420/3"],
        ["2026-03-12 10:00", "<<Maria Luisa Ferraro>>", "[[date_of_birth:16/06/1990]]", "Italy", "Affirmation", "1", "[[phone:07700 900302]]", "[[email:mlferraro@example.org]]", "F2290154/1"],
        ["2026-03-12 10:00", "<<Nkechi Obi-Ezeh>>", "[[date_of_birth:28/02/1984]]", "Nigeria", "Oath", "3", "[[phone:+44 7700 900303]]", "", "O3318862/2"],
        ["2026-03-12 10:00", "<<Bogdan Lungu>>", "[[date_of_birth:04/09/1992]]", "Moldova", "Affirmation", "0", "", "[[email:bogdan.lungu@example.net]]", "L4402915/7"],
        ["2026-03-12 14:00", "<<Mei Ling Chow>>", "[[date_of_birth:11/12/1970]]", "Hong Kong", "Affirmation", "2", "[[phone:0114 496 0388]]", "", "C5517703/4"],
        ["2026-03-12 14:00", "<<Anjali Raghunathan>>", "[[date_of_birth:07/03/1988]]", "India", "Oath", "4", "[[phone:07700 900305]]", "[[email:anjali.r@example.com]]", "R6623481/9"],
        ["2026-03-12 14:00", "<<Farid Ahmadzai>>", "[[date_of_birth:21/03/1996]]", "Afghanistan", "Affirmation", "1", "[[phone:07700 900306]]", "", "A7731029/5"],
        ["2026-03-12 14:00", "<<Gabriela Costa Pereira>>", "[[date_of_birth:30/10/1981]]", "Brazil", "Oath", "2", "", "[[email:gabi.pereira@example.co.uk]]", "P8845126/0"],
    ]))


@doc("reg-ceremony-bookings.json")
def _(d):
    data = {
        "bookings": [
            {"bookingRef": "CB-26-0412", "ceremonyType": "marriage", "date": "2026-04-18", "venue": "{{Mary Queen of Scots Room}}",
             "partyOne": {"givenNames": "<<Thomas Ainsley>>", "familyName": "<<Brook>>", "email": "[[email:tom.brook@example.com]]", "mobile": "[[phone:07700 900410]]"},
             "partyTwo": {"givenNames": "<<Olivia Mae>>", "familyName": "<<Harrington>>", "email": "[[email:livvy.h@example.com]]", "mobile": None},
             "registrar": "<<Arjun Mehta>>", "fee": 470.0, "paid": True},
            {"bookingRef": "CB-26-0419", "ceremonyType": "naming", "date": "2026-04-25", "venue": "Garden Room",
             "child": {"name": "<<Elodie Wren>>", "dateOfBirth": "[[date_of_birth:2025-10-02]]"},
             "partyOne": {"givenNames": "<<Megan>>", "familyName": "<<Wren>>", "email": "[[email:megwren@example.org]]", "mobile": "[[phone:07700 900411]]"},
             "registrar": "<<Beatrix Holloway>>", "fee": 210.0, "paid": True,
             "notes": "Paid by phone, card [[payment_card:5555 5555 5555 4444]] exp 03/27 — to be shredded"},
            {"bookingRef": "CB-26-0433", "ceremonyType": "renewal_of_vows", "date": "2026-06-06", "venue": "{{Cutlers' Hall}}",
             "partyOne": {"givenNames": "<<Desmond Ellery>>", "familyName": "<<Whitlock>>", "email": None, "mobile": "[[phone:+44 (0)114 496 0415]]"},
             "partyTwo": {"givenNames": "<<Patricia>>", "familyName": "<<Whitlock>>", "email": None, "mobile": None},
             "registrar": None, "fee": 350.0, "paid": False},
        ]
    }
    return jdump(d.j(data))


@doc("reg-correction-request.txt")
def _(d):
    return text_file([d.m(s) for s in [
        "CORRECTION OF A REGISTER ENTRY — application received 24/02/2026",
        "Entry: birth, Sheffield, 2025 Q4, entry 1187 (GRO index shows \"<<McCONNACHIE, Isla Grace>>\", mother's maiden name <<DUNLOP>>)",
        "",
        "Child: <<Isla Grace MacConnachie>>, born [[date_of_birth:14 November 2025]]",
        "Father as entered: <<Ruairidh McConnachie>>",
        "Father as it should read: <<Ruairidh MacConnachie>> (birth certificate and passport supplied)",
        "Mother: <<Kirsty Dunlop>>",
        "Address: 12 Crookesmoor Road, Sheffield [[uk_postcode:S6 3FQ]]",
        "Contact: [[phone:0114 496 0472]] / [[email:Kirsty.Dunlop@Example.co.uk]]",
        "",
        "Evidence seen by <<Arjun Mehta>>: father's Scottish birth extract (Inverness, 1989) showing <<MacConnachie>>.",
        "Decision: correction by marginal note, authorised by <<Beatrix Holloway>>, Superintendent Registrar.",
        "Fee £90 paid at the counter.",
    ]])


@doc("reg-certificate-orders.pdf")
def _(d):
    page = [d.m(s) for s in [
        "Don Valley Register Office - certificate orders, week ending 27 February 2026",
        "",
        "Order     Applicant                 Certificate   Subject / event                          Delivery",
        "CO-7721   <<Jennifer Aldous>>        Birth (full)  <<Ellen Margaret Crookes>>, 1931              [[uk_postcode:S10 5BT]]",
        "CO-7722   <<Rashid Chaudhry>>        Marriage      <<Chaudhry>> / <<Begum>>, 2009                  collect",
        "CO-7723   <<Agnès Moreau-Little>>    Death         <<Gerald Little>>, 2024                    [[uk_postcode:S35 1RZ]]",
        "CO-7724   <<Olamide Fashola>>        Birth (short) <<Olamide Fashola>>, 1998                  [[uk_postcode:S2 4SU]]",
        "",
        "Notes",
        "CO-7721: applicant is the subject's granddaughter; subject born [[date_of_birth:02/06/1931]] at {{Crookes}}.",
        "CO-7723: paid by phone, Amex [[payment_card:3782 822463 10005]]; receipt to [[email:agnes.ml@example.net]].",
        "CO-7724: priority service; applicant called from [[phone:07700 900517]].",
        "",
        "Prepared by <<Arjun Mehta>>. Queries: [[phone:0114 496 0120]]",
    ]]
    return pdf([page])


# ---- a council SEND team (Tamebridge Council, West Midlands)

SEND_CONTACT = "SEND Service, Tamebridge Council, Civic Centre, Oldbury Road, Tamebridge [[uk_postcode:B70 9LD]] · [[phone:0121 496 0550]] · [[email:send.team@tamebridge.example.org]]"


@doc("send-ehc-plan.docx")
def _(d):
    m = d.m
    return docx(
        [
            ("h", m("Section A — about me and my family")),
            ("table", d.rows([
                ["Child's name", "<<Rhys Okafor-Mills>>"],
                ["Date of birth", "[[date_of_birth:17 May 2016]]"],
                ["NHS number", f"[[nhs_number:{nhs('999 205 118')}]]"],
                ["UPN", "A881204530127"],
                ["School", "{{St Chad's}} C of E Primary, Year 4"],
                ["Parents", "<<Tanya Mills>> and <<Obinna Okafor>>"],
                ["Home address", "27 Brades Rise, Tamebridge [[uk_postcode:B69 2DP]]"],
                ["Parent contact", "[[phone:07700 900651]] · [[email:tanya.mills@example.co.uk]]"],
            ])),
            ("box", [m("All about me: I like trains, {{Thomas the Tank Engine}} and swimming."), m("My best friend is <<Alfie>>. I don't like loud dinner halls.")]),
            ("h", m("Section B — special educational needs")),
            ("p", m("<<Rhys>> has ((health:autism (diagnosed 2021) and sensory processing difficulties)). He finds transitions hard and needs visual timetables.")),
            ("h", m("Section C — health needs")),
            ("note", m("((health:Absence epilepsy, managed with ethosuximide)); a care plan is held by the school nurse."), 1),
            ("h", m("Section F — special educational provision")),
            ("comment", m("25 hours a week of 1:1 support from a trained teaching assistant, including lunchtimes."), 0),
            ("p", m("Case officer: <<Priyanka Desai>>. Plan finalised 20 February 2026.")),
        ],
        author=m("<<Priyanka Desai>>"),
        header=[m("Education, Health and Care Plan — FINAL — Tamebridge Council")],
        footer=[m(SEND_CONTACT)],
        footnotes=[(1, m("From the advice of Dr <<Helena Marsh>>, community paediatrician, 12 January 2026."))],
        comments=[(0, m("<<Priyanka Desai>>"), "PD", m("Hours quantified after <<Tanya>>'s comments on the draft."))],
        title=m("EHC plan"),
    )


@doc("send-needs-assessment-tracker.xlsx")
def _(d):
    tracker = d.rows([
        ["Request", "Child", "DOB", "School", "Ethnicity", "Primary need", "Week", "Decision", "Caseworker"],
        ["2025-11-03", "<<Amara Nwosu>>", "[[date_of_birth:12/03/2014]]", "Causeway Green Primary", "((racial_ethnic_origin:Black African))", "((health:ASD))", 17, "Issue plan", "<<P. Desai>>"],
        ["2025-11-10", "<<Jacob Tomlinson>>", "[[date_of_birth:29/08/2011]]", "Perryfields High", "((racial_ethnic_origin:White British))", "((health:SEMH))", 16, "Assess", "<<P. Desai>>"],
        ["2025-11-24", "<<Layla-Rose Fenwick>>", "[[date_of_birth:02/01/2019]]", "Little Acorns Nursery", "((racial_ethnic_origin:Mixed White and Asian))", "((health:SLCN))", 14, "Assess", "<<Conor Whelan>>"],
        ["2025-12-01", "<<Mohammed Adil Rashid>>", "[[date_of_birth:15/07/2012]]", "{{Sir Edmund Ashby}} Academy", "((racial_ethnic_origin:Pakistani))", "((health:SpLD — dyslexia))", 13, "Refuse to assess", "<<Conor Whelan>>"],
        ["2025-12-08", "<<Wiktoria Zając>>", "[[date_of_birth:20/10/2015]]", "Rood End Primary", "((racial_ethnic_origin:White — any other White background))", "((health:PD — cerebral palsy))", 12, "Assess", "<<P. Desai>>"],
        ["2026-01-05", "<<Tyler Brannigan>>", "[[date_of_birth:08/04/2010]]", "Q3 Academy", "Refused", "((health:HI — bilateral cochlear implants))", 8, "Pending", "<<Conor Whelan>>"],
        ["2026-01-19", "<<Theo Marchbank>>", "[[date_of_birth:23/06/2016]]", "Rood End Primary", "((racial_ethnic_origin:White British))", "((health:MLD)); ((genetic:FMR1 full mutation (fragile X) on genetic testing))", 6, "Assess", "<<P. Desai>>"],
    ])
    team = d.rows([
        ["Team", "SEND assessment"],
        ["Manager", "<<Olufemi Adesanya>>"],
        ["Caseworkers", "<<Priyanka Desai>>, <<Conor Whelan>>"],
        ["Duty line", "[[phone:0121 496 0550]]"],
    ])
    weeks = [["Week", "Open cases"], [6, 4], [12, 9], [16, 11], [20, 3]]
    return xlsx([("EHCNA 2025-26", tracker), ("Team", team), ("By week", weeks)], author=d.m("<<Conor Whelan>>"))


@doc("send-parent-complaint.eml")
def _(d):
    m = d.m
    para = [
        "Dear SEND team,",
        "I am making a formal complaint about my daughter <<Maja>>'s school transport. <<Maja>> ((health:has epilepsy and a severe learning disability)) and her rescue medication (buccal midazolam) has to travel with her. On 24 February the escort left the bag at school and the driver did not notice until they reached our house.",
        "<<Maja Lewandowska-Price>>, date of birth [[date_of_birth:3.6.2013]], attends Shenstone Lodge. Our address is 6 Whiteheath Gardens, Tamebridge [[uk_postcode:B65 0TE]].",
        "I have copied in my councillor. Please call me on [[phone:07700 900713]].",
        "<<Agata Lewandowska-Price>>",
    ]
    return eml(
        [
            ("From", address(m("<<Agata Lewandowska-Price>>"), m("[[email:agata.lp@example.com]]"))),
            ("To", address("Tamebridge SEND", m("[[email:send.team@tamebridge.example.org]]"))),
            ("Cc", address(m("Cllr <<Desmond Ampofo>>"), m("[[email:cllr.ampofo@tamebridge.example.org]]"))),
            ("Subject", m("Formal complaint — transport — <<Maja Lewandowska-Price>>")),
            ("Date", "Wed, 25 Feb 2026 07:58:41 +0000"),
            ("Message-ID", "<20260225075841.agata@example.com>"),
        ],
        "\n\n".join(m(p) for p in para),
        "<html><body>" + "".join(f"<p>{x(m(p))}</p>" for p in para) + "</body></html>",
        boundary="=_send_complaint_25",
    )


@doc("send-tribunal-appeal.md")
def _(d):
    return text_file([d.m(s) for s in [
        "# SENDIST appeal — case summary for the LA representative",
        "",
        "**Appeal ref:** EH334/26/00417 · **Hearing:** 14 April 2026 (video) · **LA witness:** <<Priyanka Desai>>",
        "",
        "**Child:** <<Ishaan Kapoor>>, born [[date_of_birth:9 January 2012]] · **Parents:** <<Ritu Kapoor>> and <<Vikram Kapoor>>",
        "",
        "<<Ishaan>> has ((health:dyslexia and dyscalculia)) and ((health:anxiety, for which CAMHS saw him in 2025)). The parents ask for Section I to name {{Ashdown Grange}}, an independent specialist school; the LA proposes Perryfields High with a resourced base.",
        "",
        "| Issue | Parents' position | LA position |",
        "|---|---|---|",
        "| Section B | add ((health:sensory sensitivities)) | agree |",
        "| Section F | specialist teaching 5 h/week | 3 h/week plus ELSA |",
        "| Section I | {{Ashdown Grange}} | Perryfields High |",
        "",
        "Parents are represented by {{Marchant Fielding}} LLP ([[email:send@marchantfielding.example.co.uk]]).",
        "Educational psychologist: Dr <<Bronwen Attwood>> (report 3 Feb 2026).",
    ]])


@doc("send-transport-list.csv")
def _(d):
    return delimited(d.rows([
        ["route", "pupil", "dob", "school", "pickup", "postcode", "escort", "needs"],
        ["T14", "<<Maja Lewandowska-Price>>", "[[date_of_birth:03/06/2013]]", "Shenstone Lodge", "6 Whiteheath Gardens", "[[uk_postcode:B65 0TE]]", "<<Denise Cartwright>>", "((health:epilepsy — rescue medication in red bag))"],
        ["T14", "<<Harrison Bayliss>>", "[[date_of_birth:19/11/2012]]", "Shenstone Lodge", "41 Pound Road", "[[uk_postcode:B68 8NA]]", "<<Denise Cartwright>>", "((health:wheelchair user — tail-lift))"],
        ["T22", "<<Eliezer Rosenthal>>", "[[date_of_birth:27/05/2014]]", "{{Sir Edmund Ashby}} Academy", "12 Moat Road", "[[uk_postcode:B68 8ED]]", "none", "((religious_belief:early collection on Fridays for Shabbat))"],
        ["T22", "<<Summer-Jade Price>>", "[[date_of_birth:14/02/2015]]", "{{St Chad's}} C of E Primary", "88 Wolverhampton Road", "[[uk_postcode:B68 0LH]]", "none", "booster seat"],
        ["T31", "<<Aarav Mistry>>", "[[date_of_birth:01/09/2011]]", "The Orchard School", "3 Throne Close", "[[uk_postcode:B65 9LT]]", "<<Parveen Kaur>>", "((health:autism — sits at the front, ear defenders))"],
        ["", "Driver T14/T22: {{Oldbury Cars}}", "", "", "", "", "", "[[phone:07700 900820]]"],
    ]))


@doc("send-annual-review.odt")
def _(d):
    m = d.m
    return odt([
        ("h", m("Annual review — <<Lily-Mae Thornton>> — 26 February 2026")),
        ("p", m("Date of birth: [[date_of_birth:04/04/2017]]. School: Rood End Primary. Present: SENCo <<Gwyneth Morgan>>, mum <<Stacey Thornton>>, speech and language therapist <<Chinedu Eze>>, case officer <<Conor Whelan>>.")),
        ("p", m("<<Lily-Mae>> has ((health:Down syndrome)) and ((health:has worn hearing aids since 2023)). She now reads CVC words and uses Makaton with adults.")),
        ("table", d.rows([
            ["Outcome", "Progress", "Next step"],
            ["Communicates needs in 3-word sentences", "achieved", "extend to questions"],
            ["Toilets independently", "partly", "keep visual prompts"],
            ["Joins in at playtime", "achieved with <<Ruby>> and <<Kian>>", "lunch club"],
        ])),
        ("p", m("<<Stacey>> asked about the move to secondary in 2028; <<Conor>> will send the phase transfer timeline.")),
        ("p", m(SEND_CONTACT)),
    ], author=m("<<Conor Whelan>>"))


@doc("send-portal-users.jsonl")
def _(d):
    users = [
        {"user_id": 5012, "display_name": "<<Tanya Mills>>", "email": "[[email:tanya.mills@example.co.uk]]", "role": "parent",
         "linked_child": "<<Rhys Okafor-Mills>>", "last_login_ip": "[[ip_address:198.51.100.61]]", "last_login": "2026-03-01T20:11:09Z"},
        {"user_id": 5013, "display_name": "<<Ritu Kapoor>>", "email": "[[email:ritu.kapoor@example.com]]", "role": "parent",
         "linked_child": "<<Ishaan Kapoor>>", "last_login_ip": "[[ip_address:203.0.113.19]]", "last_login": "2026-02-28T07:45:52Z"},
        {"user_id": 5031, "display_name": "<<Stacey Thornton>>", "email": "[[email:staceythornton85@example.net]]", "role": "parent",
         "linked_child": "<<Lily-Mae Thornton>>", "last_login_ip": "[[ip_address:2001:db8:a0b:12f0::1]]", "last_login": "2026-02-26T18:30:00Z"},
        {"user_id": 12, "display_name": "SEND Admin", "email": "[[email:send.team@tamebridge.example.org]]", "role": "admin",
         "linked_child": None, "last_login_ip": "[[ip_address:192.0.2.10]]", "last_login": "2026-03-02T08:00:03Z"},
        {"user_id": 5040, "display_name": "<<Gwyneth Morgan>>", "email": "[[email:g.morgan@roodend-primary.example.org]]", "role": "senco",
         "linked_child": None, "last_login_ip": "[[ip_address:192.0.2.77]]", "last_login": "2026-02-26T16:02:44Z"},
    ]
    return jlines([d.j(u) for u in users])


@doc("send-panel-decisions.pdf")
def _(d):
    letter = [d.m(s) for s in [
        "Tamebridge Council - SEND Service",
        "Civic Centre, Oldbury Road, Tamebridge [[uk_postcode:B70 9LD]]   [[phone:0121 496 0550]]",
        "",
        "27 February 2026",
        "",
        "Dear Mr <<Hollis>>,",
        "",
        "Education, Health and Care needs assessment: <<Noah Hollis>> (born [[date_of_birth:30 September 2014]])",
        "",
        "The SEND panel met on 25 February 2026 and agreed to issue an EHC plan. The evidence shows that",
        "<<Noah>>'s ((health:ADHD and attachment difficulties)) mean he needs support beyond what his school can",
        "provide from its own resources. A draft plan will follow within 2 weeks.",
        "",
        "Yours sincerely,",
        "<<Olufemi Adesanya>>, SEND Service Manager",
    ]]
    log = [d.m(s) for s in [
        "Panel log - 25 February 2026 (internal)",
        "",
        "Child                     DOB          Request            Outcome",
        "<<Noah Hollis>>           [[date_of_birth:30/09/2014]]   issue plan         agreed",
        "<<Amara Nwosu>>           [[date_of_birth:12/03/2014]]   issue plan         agreed",
        "<<Mohammed Adil Rashid>>  [[date_of_birth:15/07/2012]]   assess             refused - school support first",
        "<<Freya Lindgren-Oates>>  [[date_of_birth:06/06/2016]]   cease plan         deferred",
        "",
        "Panel: <<O. Adesanya>> (chair), Dr <<Helena Marsh>>, <<Gwyneth Morgan>> (SENCo rep)",
    ]]
    return pdf([letter, log])


# ---- a homelessness outreach team (Harbour Lights Outreach, Liverpool)

OUT_CONTACT = "Harbour Lights Outreach, 14 Seel Street, Liverpool [[uk_postcode:L1 4AU]] · 24h line [[phone:0151 496 0800]] · [[email:outreach@harbourlights.example.org]]"


@doc("outreach-street-count.csv")
def _(d):
    return delimited(d.rows([
        ["contact_id", "name_or_alias", "gender", "age_est", "ethnicity", "nationality", "location", "support_needs", "notes"],
        ["C-0912", "<<Gary Neill>>", "M", "45", "((racial_ethnic_origin:White British))", "British", "doorway, Bold St", "((health:alcohol; leg ulcers))", "bedded down with sleeping bag"],
        ["C-0913", "<<Paddy>> (alias)", "M", "50s", "((racial_ethnic_origin:White Irish))", "Irish", "Lime St station", "((health:heroin; on methadone script))", "declined hostel"],
        ["C-0914", "<<Ahmed Mohamud>>", "M", "29", "((racial_ethnic_origin:Black African — Somali))", "Dutch", "St John's Gardens", "none stated", "EEA, pre-settled status; not NRPF"],
        ["C-0915", "<<Kasia>>", "F", "34", "((racial_ethnic_origin:White other))", "Polish", "car park, Hanover St", "((health:pregnant, about 20 weeks))", "wants to go home to Gdańsk"],
        ["C-0916", "not given (refused)", "M", "60", "not known", "not known", "Church St", "not known", "tent; 'call me {{Captain}}'"],
        ["C-0917", "<<Jordan Whitfield>>", "M", "19", "((racial_ethnic_origin:Mixed — White and Black Caribbean))", "British", "Williamson Sq", "((sex_life_orientation:made to leave home after coming out as gay))", "youth pathway referral"],
        ["C-0918", "<<Bridget Ward>>", "F", "52", "((racial_ethnic_origin:Irish Traveller))", "Irish", "Pier Head", "((health:COPD))", "sister <<Nora>> on [[phone:07700 900882]]"],
    ]))


@doc("outreach-shift-notes.txt")
def _(d):
    return text_file([d.m(s) for s in [
        "NIGHT SHIFT — Thu 26 Feb 2026 — 22:00 to 06:00 — workers <<Kieran Doyle>> and <<Abi Fagbemi>>",
        "",
        "22:40 Bold St: <<Gary Neill>> in usual doorway. ((health:Leg dressing changed; wound smells — asked the street nurse to see him)).",
        "       <<Gary>> says the {{Jack Russell}} he looks after for a friend was taken by the dog warden.",
        "23:55 Lime St: <<Jordan>> not seen. Left a card with security ({{Network Rail}}).",
        "01:20 Moorfields: new contact <<Tyrone Baptiste-Lee>>, 31, ((criminal_offence:released from HMP Altcourse on Friday)), no accommodation",
        "       on release; probation officer is <<Mel Garside>> ([[phone:0151-496-0714]]). Has a dog, {{Bella}}. Agreed to meet at the hub 10am.",
        "02:45 Pier Head: <<Bridget Ward>> ((health:breathless, using her inhaler a lot)). Offered A&E; declined. Rang her sister <<Nora>>.",
        "04:10 Church St: man in tent (refused name) — no concerns.",
        "",
        "Handover to day team: <<Tyrone>> at 10am; <<Gary>> for the street nurse. — <<K. Doyle>>",
        OUT_CONTACT,
    ]])


@doc("outreach-hospital-discharge.eml")
def _(d):
    m = d.m
    para = [
        "Hi Harbour Lights,",
        "We have a patient ready for discharge on Friday who was rough sleeping before admission: <<Michael Joseph Keegan>>, DOB [[date_of_birth:18/12/1967]], NHS no. [[nhs_number:" + nhs("999 880 142") + "]].",
        "He was ((health:admitted with pneumonia and alcohol withdrawal seizures)) and is now medically fit. He is on chlordiazepoxide reducing and thiamine.",
        "Can someone meet him on Ward 7Y? His phone is [[phone:07700 900926]] but the battery is usually flat.",
        "Discharge summary attached.",
        "<<Chanelle Brooks>>",
        "Pathway Homeless Team, Royal Liverpool University Hospital | [[phone:0151 496 0322]]",
    ]
    summary = text_file([m(s) for s in [
        "DISCHARGE SUMMARY (extract)",
        "Patient: <<KEEGAN, Michael Joseph>>   DOB: [[date_of_birth:18-Dec-1967]]   NHS: [[nhs_number:" + nhs("999 880 142") + "]]",
        "Diagnoses: ((health:community-acquired pneumonia; alcohol withdrawal seizures; alcohol-related liver disease))",
        "Consultant: Dr <<Femi Adebayo>>",
        "Last known address: no fixed abode (previously 3 MOUNT VERNON GREEN, LIVERPOOL [[uk_postcode:L73EH]])",
    ]])
    return eml(
        [
            ("From", address("Pathway Homeless Team", m("[[email:pathway.team@liverpoolhospital.example.nhs.uk]]"))),
            ("To", m("[[email:outreach@harbourlights.example.org]]")),
            ("Cc", address(m("Dr <<Femi Adebayo>>"), m("[[email:femi.adebayo@liverpoolhospital.example.nhs.uk]]"))),
            ("Subject", "Discharge Friday — rough sleeper — Ward 7Y"),
            ("Date", "Tue, 24 Feb 2026 14:32:09 +0000"),
            ("Message-ID", "<pathway-7y-0224@liverpoolhospital.example.nhs.uk>"),
        ],
        "\n\n".join(m(p) for p in para),
        "<html><body>" + "".join(f"<p>{x(m(p))}</p>" for p in para) + "</body></html>",
        [("discharge-summary.txt", "text/plain; charset=utf-8", summary)],
        boundary="=_out_discharge_24",
    )


@doc("outreach-hostel-referrals.xlsx")
def _(d):
    referrals = d.rows([
        ["Date", "Client", "DOB", "Hostel", "Beds free", "Risk flags", "Outcome"],
        ["2026-02-16", "<<Tyrone Baptiste-Lee>>", "[[date_of_birth:07/03/1994]]", "Bridge House", 2, "((criminal_offence:MAPPA level 1 — violent offence))", "accepted"],
        ["2026-02-18", "<<Jordan Whitfield>>", "[[date_of_birth:11/08/2006]]", "Rainbow Rooms (youth)", 1, "((sex_life_orientation:LGBT-affirming placement asked for — gay, family rejected him))", "accepted"],
        ["2026-02-20", "<<Stuart Dobson>>", "[[date_of_birth:25/01/1976]]", "Bridge House", 0, "((criminal_offence:arson conviction, 2019))", "declined — no ground-floor bed"],
        ["2026-02-23", "<<Kasia>> (surname not given)", "", "Women's Refuge Annex", 1, "((health:pregnant))", "accepted"],
    ])
    risk = d.rows([
        ["Client", "<<DOBSON, Stuart>>"],
        ["Date of birth", "[[date_of_birth:25/01/1976]]"],
        ["NI number", "[[uk_nino:QQ 58 02 71 C]]"],
        ["Mental health", "((health:paranoid schizophrenia; depot injection monthly))"],
        ["Offending", "((criminal_offence:arson with intent (2019), on licence until 2027))"],
        ["Door access", "((biometric:fingerprint enrolled on the Bridge House door reader))"],
        ["Worker", "<<Abi Fagbemi>>"],
    ])
    return xlsx([("Referrals", referrals), ("Risk — S Dobson", risk)], author=d.m("<<Abi Fagbemi>>"))


@doc("outreach-case-conference.docx")
def _(d):
    m = d.m
    return docx(
        [
            ("h", m("Multi-agency case conference — <<Stuart Dobson>>")),
            ("table", d.rows([
                ["Date", "2 March 2026"],
                ["Chair", "<<Abi Fagbemi>>, Harbour Lights"],
                ["Probation", "<<Kerry-Ann Whitely>>"],
                ["Mental health", "<<Rajesh Pillai>>, CPN"],
                ["Housing", "<<Sinéad Mulholland>>, Liverpool City Council"],
                ["Client NHS no.", "[[nhs_number:" + nhs("999-311-508") + "]]"],
            ])),
            ("p", m("<<Stuart>> has slept at the Pier Head for three weeks. ((health:He stopped his depot injection in January and is more paranoid)); <<Rajesh>> will offer a home visit at the hub.")),
            ("p", m("He eats at the gurdwara langar on Wellington Avenue most days and ((religious_belief:has started going to Sunday worship at the Salvation Army citadel)), which staff there say is helping.")),
            ("comment", m("Licence conditions: ((criminal_offence:exclusion zone around the victim's street)); no other restrictions."), 0),
            ("box", [m("ACTIONS"), m("1. <<Rajesh>> — home visit by 6 March"), m("2. <<Sinéad>> — Housing First panel 10 March"), m("3. <<Kerry-Ann>> — tell the hostel about licence conditions")]),
            ("note", m("Consent to share given by <<Stuart>> on 27 February."), 1),
        ],
        author=m("<<Abi Fagbemi>>"),
        header=[m("Harbour Lights Outreach — CONFIDENTIAL")],
        footer=[m(OUT_CONTACT)],
        footnotes=[(1, m("Signed consent form is in the paper file at Seel Street."))],
        comments=[(0, m("<<Kerry-Ann Whitely>>"), "KW", m("Please do not share the victim's address with the hostel."))],
        title=m("Case conference"),
    )


@doc("outreach-app-reports.json")
def _(d):
    data = {
        "source": "street-alert web form",
        "exported": "2026-03-02T06:00:00Z",
        "alerts": [
            {"alertId": "SA-40117", "submittedAt": "2026-03-01T23:14:00Z",
             "submittedBy": {"name": "<<Hannah Leary>>", "email": "[[email:hannah.leary@example.com]]", "phone": "[[phone:07700 900940]]"},
             "ip": "[[ip_address:203.0.113.201]]",
             "location": {"description": "Bus shelter opposite the Philharmonic pub, Hope St", "postcode": "[[uk_postcode:L1 9BP]]"},
             "personDescription": "Older man in a wheelchair, looked unwell and very cold"},
            {"alertId": "SA-40118", "submittedAt": "2026-03-02T01:02:00Z",
             "submittedBy": {"name": "anonymous", "email": None, "phone": None},
             "ip": "[[ip_address:198.51.100.222]]",
             "location": {"description": "Under the arches by Liverpool ONE, near the {{John Lewis}} loading bay", "postcode": "[[uk_postcode:L1 8JF]]"},
             "personDescription": "Young Asian woman, crying, said her boyfriend threw her out"},
            {"alertId": "SA-40119", "submittedAt": "2026-03-02T05:40:00Z",
             "submittedBy": {"name": "<<Mohammed Saleem>>", "email": "[[email:m.saleem@example.co.uk]]", "phone": None},
             "ip": "[[ip_address:2001:db8:77::5]]",
             "location": {"description": "Doorway of the old {{Lewis's}} building, Ranelagh St", "postcode": None},
             "personDescription": "Man with a dog, drinking, said he's 'just out of prison'"},
        ],
    }
    return jdump(d.j(data))


@doc("outreach-personal-budgets.ods")
def _(d):
    spend = d.rows([
        ["Date", "Client", "Item", "Amount £", "Paid to", "Approved by"],
        ["2026-01-12", "<<Gary Neill>>", "Provisional driving licence (arrived 03/02: [[uk_driving_licence:" + licence("Neill", "G", "1980-03-14", False, "9AB") + "]])", 34, "DVLA", "<<Kieran Doyle>>"],
        ["2026-01-30", "<<Ahmed Mohamud>>", "Work boots", 59.99, "{{Arco}}", "<<Kieran Doyle>>"],
        ["2026-02-09", "<<Bridget Ward>>", "Rent in advance", 475, "landlord — see Payees", "<<Abi Fagbemi>>"],
        ["2026-02-21", "<<Tyrone Baptiste-Lee>>", "Phone and credit", 45, "{{Carphone Warehouse}}", "<<Abi Fagbemi>>"],
    ])
    payees = d.rows([
        ["Payee", "Sort code", "Account", "For"],
        ["<<Desmond Royle>> (landlord)", "[[=uk_bank_account:401276:55019283]]40-12-76", "55019283", "<<Bridget Ward>>"],
        ["Harbour Lights client fund", "[[=uk_bank_account:089299:65541278]]08-92-99", "65541278", "float"],
    ])
    return ods([("Spend 2025-26", spend), ("Payees", payees)], author=d.m("<<Kieran Doyle>>"))


@doc("outreach-volunteer-rota.rtf")
def _(d):
    return rtf([d.m(s) for s in [
        "Harbour Lights — soup run volunteer rota, March 2026",
        "Mon: <<Margaret Ogunleye>> ([[phone:07700 900951]]) and <<Pádraig Nolan>> ([[phone:07700 900952]])",
        "Tue: <<Hamza Iqbal>> and <<Chloé Marchetti>>",
        "Wed: <<Ellis Hargreaves-Bond>> (driver) — van keys from <<Kieran>>",
        "Thu: <<Margaret Ogunleye>> and <<Bethan Rees>> (not 9 or 16 April: <<Bethan>> ((political_opinion:is canvassing for the Green Party)))",
        "Notes: <<Margaret>> ((religious_belief:volunteers through her Quaker meeting)) and brings the flasks. <<Hamza>> ((religious_belief:cannot do Fridays 12–2 because of Jumu'ah prayers)). <<Chloé>> is new — shadowing only.",
        "Coordinator: <<Abi Fagbemi>> · " + OUT_CONTACT,
    ]], author=d.m("<<Abi Fagbemi>>"))


# ---- a council bereavement and cemetery service (Avonmead, Bristol)

CEM_CONTACT = "Avonmead Bereavement Services, Cemetery Lodge, Bridgwater Road, Bristol [[uk_postcode:BS13 8AG]] · [[phone:0117 496 0650]] · [[email:bereavement@avonmead.example.org]]"


@doc("cem-burial-register.xlsx")
def _(d):
    register = d.rows([
        ["Entry", "Name of deceased", "Born", "Died", "Buried", "Section", "Grave", "Officiant", "Grave owner"],
        [30411, "<<Abdullahi Hassan Farah>>", "[[date_of_birth:1951-03-09]]", "2026-02-02", "2026-02-03", "((religious_belief:Muslim section))", "M-14-022", "Imam <<Yasir Qadri>>", "<<Hodan Farah>>"],
        [30412, "<<Dorothy Parfitt>>", "[[date_of_birth:1939-11-27]]", "2026-01-29", "2026-02-10", "Lawn", "L-03-118", "Rev <<Alison Trethewey>>", "<<Reginald Parfitt>> (deceased)"],
        [30413, "<<Miriam Lewenstein>>", "[[date_of_birth:1944-06-15]]", "2026-02-11", "2026-02-12", "((religious_belief:Jewish section))", "J-02-007", "Rabbi <<Shmuel Gorodetsky>>", "<<David Lewenstein>>"],
        [30414, "<<Tadeusz Wiśniewski>>", "[[date_of_birth:1936-08-01]]", "2026-02-08", "2026-02-16", "((religious_belief:Roman Catholic section))", "RC-09-041", "Fr <<Marek Kowal>>", "<<Beata Grabowska>>"],
        [30415, "<<Kenneth Baverstock>>", "[[date_of_birth:1948-02-14]]", "2026-02-13", "2026-02-20", "Woodland", "W-01-203", "Humanist celebrant <<Ffion Hale>>", "<<Lynne Baverstock>>"],
    ])
    fees = [["Item", "Resident £", "Non-resident £"], ["Exclusive right (50 years)", 1450, 2900], ["Interment", 980, 1960], ["Memorial permit", 165, 330]]
    staff = d.rows([["Registrar", "<<Owen Tremlett>>"], ["Sexton", "<<Gary Pople>>"], ["Office", "[[phone:0117 496 0650]]"]])
    return xlsx([("Interments 2026", register), ("Fees", fees), ("Staff", staff)], author=d.m("<<Owen Tremlett>>"))


@doc("cem-exclusive-rights.docx")
def _(d):
    m = d.m
    return docx(
        [
            ("h", m("Transfer of the exclusive right of burial")),
            ("table", d.rows([
                ["Grave", "Section K, row 14, plot 22 (Grant no. 18842, 1987)"],
                ["Registered owner (deceased)", "<<Albert Ormerod>>, died 4 November 2025"],
                ["New owner", "<<Janice Ormerod-Price>>"],
                ["New owner's date of birth", "[[date_of_birth:13/05/1961]]"],
                ["Address", "9 Dundry View, Bristol [[uk_postcode:BS13 7LS]]"],
                ["Telephone", "[[phone:(0117) 496 0683]]"],
                ["Email", "[[email:janice.op@example.co.uk]]"],
                ["Evidence", "Statutory declaration (no grant of probate); brother <<Keith Ormerod>> renounces his claim"],
                ["ID seen", "Driving licence [[uk_driving_licence:" + licence("Ormerod", "J", "1961-05-13", True, "9PX") + "]] (maiden name)"],
            ])),
            ("p", m("The grave holds <<Albert>> and his wife <<Edna Ormerod>> (interred 1987); one further interment is possible at 4'6\".")),
            ("comment", m("Declaration sworn before a solicitor, {{Pattinson Crewe}}, 19 February 2026."), 0),
            ("box", [m("Office use: deed no. 18842/T1 issued 27/02/2026 by <<O. Tremlett>>")]),
            ("note", m("The right transferred is for the remainder of the original 75-year term."), 1),
        ],
        author=m("<<Owen Tremlett>>"),
        header=[m("Avonmead Bereavement Services — Grants and transfers")],
        footer=[m(CEM_CONTACT)],
        footnotes=[(1, m("Term ends 2062; renewal may be applied for by the owner."))],
        comments=[(0, m("<<Owen Tremlett>>"), "OT", m("<<Keith>>'s renunciation letter is scanned to the grave file."))],
        title=m("Transfer of exclusive right"),
    )


@doc("cem-memorial-applications.csv")
def _(d):
    return delimited(d.rows([
        ["application", "grave", "deceased", "applicant", "mason", "inscription", "status"],
        ["MA-2026-031", "L-03-118", "<<Dorothy Parfitt>>", "<<Susan Catley>> (daughter)", "{{A. J. Pennock & Sons}}", "In loving memory of <<Dorothy Parfitt>> 1939–2026, reunited with <<Reg>>", "approved"],
        ["MA-2026-032", "M-14-022", "<<Abdullahi Hassan Farah>>", "<<Hodan Farah>>", "{{Hollins & Whitworth}} Memorials", "((religious_belief:Inna lillahi wa inna ilayhi raji'un)) — <<Abdullahi Hassan Farah>>", "approved — flat tablet only"],
        ["MA-2026-033", "RC-09-041", "<<Tadeusz Wiśniewski>>", "<<Beata Grabowska>>", "{{Kamieniarstwo Nowak}}", "Ś.P. <<Tadeusz Wiśniewski>> 1936–2026", "awaiting fee"],
        ["MA-2026-034", "C-11-090", "<<Leroy Augustus Campbell>>", "<<Marcia Campbell>>", "{{A. J. Pennock & Sons}}", "Forever in our hearts — Dad, Grandad, <<Leroy>>", "rejected — height over 1.2 m"],
    ]))


@doc("cem-cremation-forms.pdf")
def _(d):
    p1 = [d.m(s) for s in [
        "Avonmead Crematorium - Application for cremation (Form Cremation 1), summary for the medical referee",
        "",
        "Deceased: <<Gordon Leslie Yeo>>",
        "Date of birth: [[date_of_birth:22/10/1941]]     Date of death: 19/02/2026",
        "Address: 31 Headley Lane, Bristol [[uk_postcode:BS13 7QB]]",
        "NHS number: [[nhs_number:" + nhs("999 617 245") + "]]",
        "Applicant: <<Karen Yeo>> (daughter), [[phone:07700 900263]]",
        "Funeral director: {{Bishopsworth Family Funerals}}",
        "",
        "Cause of death (MCCD): ((health:1a metastatic prostate cancer; 2 chronic kidney disease stage 4))",
        "Implants: ((health:pacemaker fitted 2019)) - removed by the funeral director, 21/02/2026",
        "Ashes: to be collected by the applicant",
    ]]
    p2 = [d.m(s) for s in [
        "Medical referee's authorisation",
        "",
        "I have examined the application and the medical certificate and authorise cremation.",
        "Medical referee: Dr <<Olusola Adeyinka>>          Date: 23/02/2026",
        "Service: 26/02/2026 11:30, South Chapel. Officiant: civil celebrant <<Ruth Ansell>>",
        "",
        CEM_CONTACT,
    ]]
    return pdf([p1, p2])


@doc("cem-exhumation-licence.eml")
def _(d):
    m = d.m
    para = [
        "Dear Mr <<Tremlett>>,",
        "Thank you for confirming the date. The Ministry of Justice licence arrived today (copy attached). We will repatriate my father, <<Stanisław Grabowski>>, to the family grave in Kraków.",
        "My mother <<Halina>> is too frail to attend. ((religious_belief:We have asked for a Catholic priest to bless the remains at the graveside)); Fr <<Marek Kowal>> will come.",
        "My mobile is [[phone:+44 7700 900274]] and my address is 5 Withywood Road, Bristol [[uk_postcode:BS13 9AE]].",
        "Z poważaniem,",
        "<<Beata Grabowska>>",
    ]
    licence_text = text_file([m(s) for s in [
        "Ministry of Justice — Licence for the removal of human remains (Burial Act 1857, s.25)",
        "Licence no. 26/0441",
        "Remains of: <<Stanisław Grabowski>>, interred 2009, grave RC-07-016, Avonmead Cemetery",
        "Applicant: <<Beata Grabowska>>",
        "Conditions: screened from public view; environmental health officer to attend.",
    ]])
    return eml(
        [
            ("From", address(m("<<Beata Grabowska>>"), m("[[email:beata.grabowska@example.net]]"))),
            ("To", address(m("<<Owen Tremlett>>"), m("[[email:o.tremlett@avonmead.example.org]]"))),
            ("Cc", address("Avonmead Bereavement Services", m("[[email:bereavement@avonmead.example.org]]"))),
            ("Subject", m("Exhumation — <<Stanisław Grabowski>> — licence 26/0441")),
            ("Date", "Fri, 27 Feb 2026 16:05:44 +0000"),
            ("Message-ID", "<b.grabowska.20260227@example.net>"),
        ],
        "\n\n".join(m(p) for p in para),
        "<html><body>" + "".join(f"<p>{x(m(p))}</p>" for p in para) + "</body></html>",
        [("moj-licence-26-0441.txt", "text/plain; charset=utf-8", licence_text)],
        boundary="=_cem_exhume_27",
    )


@doc("cem-public-health-funerals.md")
def _(d):
    return text_file([d.m(s) for s in [
        "# Public health funerals (s.46 Public Health (Control of Disease) Act 1984) — open cases",
        "",
        "| Case | Deceased | Born | Found | Next of kin | Notes |",
        "|---|---|---|---|---|---|",
        "| PHF-26-04 | <<Clive Anthony Marsh>> | [[date_of_birth:03/04/1962]] | at home, 12 Jan | none traced | ((health:alcohol-related liver disease)) (coroner); police ref 5226/0112 |",
        "| PHF-26-05 | <<Eugenia Papadopoulos>> | [[date_of_birth:17/09/1948]] | care home, 30 Jan | nephew in Greece, declined | estate: bank statement found, sort code [[uk_bank_account:30-94-57 01938462]] |",
        "| PHF-26-06 | unknown male, about 50 | — | Avon riverbank, 9 Feb | — | police appeal running; DNA not yet matched |",
        "",
        "## Notes",
        "",
        "- <<Clive>>'s neighbour, <<Derek Foxwell>>, asked to attend the funeral; he is on [[phone:0117 496 0698]].",
        "- Mrs <<Papadopoulos>>'s nephew, <<Nikos Andreou>>, says ((religious_belief:she was Greek Orthodox and asked for a priest)); the office has referred this to the duty manager.",
        "- Funerals are arranged by {{Co-op Funeralcare}} under the council contract.",
        "",
        "Case officer: <<Owen Tremlett>>",
    ]])


@doc("cem-chapel-bookings.tsv")
def _(d):
    return delimited(d.rows([
        ["date", "time", "chapel", "deceased", "funeral_director", "service", "officiant", "family_contact", "phone"],
        ["2026-03-03", "10:00", "North", "<<Brenda Ashcott>>", "{{Bishopsworth Family Funerals}}", "((religious_belief:Church of England service))", "Rev <<Alison Trethewey>>", "<<Paul Ashcott>>", "[[phone:07700 900271]]"],
        ["2026-03-03", "11:30", "South", "<<Vijay Lakhani>>", "{{Hartcliffe Funeral Service}}", "((religious_belief:Hindu rites; family to witness the charge))", "Pandit <<Ramesh Joshi>>", "<<Nisha Lakhani>>", "[[phone:07700 900272]]"],
        ["2026-03-04", "09:30", "North", "<<Graham Tuckett>>", "{{Co-op Funeralcare}}", "Humanist", "<<Ffion Hale>>", "<<Amy Tuckett>>", "[[phone:0117 496 0612]]"],
        ["2026-03-04", "14:00", "South", "<<Precious Mudenda>>", "{{Hartcliffe Funeral Service}}", "((religious_belief:Pentecostal service, choir of 30))", "Pastor <<Emmanuel Banda>>", "<<Grace Mudenda>>", "[[phone:+44 7700 900273]]"],
    ]), "\t")


@doc("cem-online-grave-search.jsonl")
def _(d):
    searches = [
        {"ts": "2026-03-01T10:11:02Z", "query": {"surname": "<<Parfitt>>", "forename": "<<Dorothy>>", "yearOfDeath": 2026},
         "requesterEmail": "[[email:scatley@example.com]]", "ip": "[[ip_address:192.0.2.64]]", "results": 1},
        {"ts": "2026-03-01T14:45:37Z", "query": {"surname": "<<Ormerod>>", "forename": None, "yearOfDeath": None},
         "requesterEmail": None, "ip": "[[ip_address:203.0.113.9]]", "results": 3},
        {"ts": "2026-03-02T08:03:11Z", "query": {"surname": "<<O'Sullivan>>", "forename": "<<Bridie>>", "yearOfDeath": 1974},
         "requesterEmail": "[[email:family.history@example.org]]", "ip": "[[ip_address:2001:db8:9c::44]]", "results": 0,
         "note": "genealogy request — forwarded to records"},
        {"ts": "2026-03-02T09:20:58Z", "query": {"surname": "<<Farah>>", "forename": "<<Abdullahi>>", "yearOfDeath": 2026},
         "requesterEmail": "[[email:h.farah@example.co.uk]]", "ip": "[[ip_address:198.51.100.90]]", "results": 1},
    ]
    return jlines([d.j(s) for s in searches])


# ---- a court witness service (Nottingham Crown and Magistrates' Courts)

WIT_CONTACT = "Witness Service, Nottingham Crown Court, Canal Street, Nottingham [[uk_postcode:NG1 7EJ]] · [[phone:0115 496 0900]] · [[email:witness.service@wsnotts.example.org]]"


@doc("witness-referrals.csv")
def _(d):
    return delimited(d.rows([
        ["wcu_ref", "witness", "dob", "phone", "role", "case", "court", "trial", "needs"],
        ["WCU-26-1180", "<<Gemma Rowley>>", "[[date_of_birth:1996-02-11]]", "[[phone:07700 900111]]", "victim", "R v <<Lee Matthew Shaw>> — ((criminal_offence:assault occasioning ABH))", "Crown Ct 4", "2026-03-16", "((health:profoundly deaf — BSL interpreter))"],
        ["WCU-26-1181", "<<Harold Fenwick-Smythe>>", "[[date_of_birth:1950-07-04]]", "[[phone:0115 496 0917]]", "eyewitness", "R v <<Lee Matthew Shaw>>", "Crown Ct 4", "2026-03-16", "((health:wheelchair user))"],
        ["WCU-26-1192", "<<Nasreen Mirza>>", "[[date_of_birth:1983-12-30]]", "[[phone:07700 900113]]", "victim", "R v <<Darren Foulds>> — ((criminal_offence:harassment; criminal damage))", "Mags Ct 2", "2026-03-09", "pre-trial visit booked"],
        ["WCU-26-1203", "<<Kayleigh Brennan>>", "[[date_of_birth:2008-09-19]]", "[[phone:07700 900114]]", "victim (17)", "R v <<Jason Murtagh>> — ((criminal_offence:robbery))", "Crown Ct 1", "2026-04-07", "special measures — see application"],
        ["WCU-26-1207", "<<Delroy Campbell>>", "[[date_of_birth:1971-05-23]]", "[[phone:07700 900115]]", "victim", "R v <<Kyle Sumner>> — ((criminal_offence:wounding))", "Crown Ct 3", "2026-02-23", "completed"],
    ]))


@doc("witness-pre-trial-visit.txt")
def _(d):
    return text_file([d.m(s) for s in [
        "PRE-TRIAL VISIT — Nottingham Magistrates' Court — 2 March 2026",
        "Witness: <<Nasreen Mirza>> (WCU-26-1192), with her sister <<Rubina>>. Volunteer: <<Sue Halliwell>>.",
        "",
        "Case: R v <<Darren Foulds>>, ((criminal_offence:charged with harassment and criminal damage to her car)); trial 9 March, Court 2.",
        "",
        "<<Nasreen>> was shaking when she arrived. ((health:She has panic attacks and is prescribed propranolol)); she asked whether she",
        "could take it on the morning. We showed her the witness room, the screens and where the defendant sits.",
        "She ((religious_belief:will swear on the Qur'an)) — the usher has been told so one is in Court 2.",
        "She asked that her address (14 Hartley Road, Nottingham [[uk_postcode:NG7 3AL]]) is not read out; explained the CPS will be told.",
        "",
        "Follow-up: <<Sue>> to ring her on [[phone:07700 900113]] on Friday. Notes by <<S. Halliwell>>.",
        WIT_CONTACT,
    ]])


@doc("witness-special-measures.docx")
def _(d):
    m = d.m
    return docx(
        [
            ("h", m("Application for special measures (CrimPR Part 18) — draft for the CPS")),
            ("table", d.rows([
                ["Case", "R v <<Jason Murtagh>> — ((criminal_offence:robbery, s.8 Theft Act 1968)); remanded in custody"],
                ["Witness", "<<Kayleigh Brennan>>, aged 17"],
                ["Date of birth", "[[date_of_birth:19 September 2008]]"],
                ["Eligibility", "s.16 (under 18) and s.16(2): ((health:mild learning disability and ADHD))"],
                ["Measures sought", "Evidence-in-chief by ABE video; cross-examination by live link; intermediary"],
                ["Intermediary", "<<Faye Lomax>>, registered intermediary, [[email:faye.lomax@example.co.uk]]"],
                ["Officer in case", "DC <<Rob Askew>>, [[phone:0115 496 0944]]"],
            ])),
            ("p", m("<<Kayleigh>> says she cannot be in the same room as <<Murtagh>>. Her mother, <<Claire Brennan>>, will sit with her in the live link room.")),
            ("comment", m("Court 1 live link room is on the first floor — lift works."), 0),
            ("box", [m("Witness Service note: familiarisation visit done 24 Feb with <<Sue Halliwell>>.")]),
            ("note", m("Youth Justice and Criminal Evidence Act 1999, ss.16–30."), 1),
        ],
        author=m("<<Sue Halliwell>>"),
        header=[m("OFFICIAL-SENSITIVE — Witness Service, Nottingham")],
        footer=[m(WIT_CONTACT)],
        footnotes=[(1, m("The intermediary's assessment report is dated 20 February 2026."))],
        comments=[(0, m("<<Delphine Okoro>>"), "DO", m("Checked with listing: Court 1 has the newer screens."))],
        title=m("Special measures"),
    )


@doc("witness-volunteer-mailbox.mbox")
def _(d):
    m = d.m
    a = eml(
        [("From", address(m("<<Delphine Okoro>>"), m("[[email:delphine.okoro@wsnotts.example.org]]"))),
         ("To", address("Volunteers", m("[[email:volunteers@wsnotts.example.org]]"))),
         ("Subject", "Cover needed w/c 9 March"),
         ("Date", "Mon, 02 Mar 2026 09:00:00 +0000"),
         ("Message-ID", "<rota-0309@wsnotts.example.org>")],
        m("Morning all,\n\n<<Pauline>> is off for six weeks — ((health:she's having a knee replacement on the 6th)) — so I need cover for her Monday and Wednesday mags sessions.\n\n"
          "Reply to me or ring the office on [[phone:0115 496 0900]].\n\n<<Delphine>>\nWitness Service Coordinator"),
    )
    b = eml(
        [("From", address(m("<<Graham Oduya>>"), m("[[email:graham.oduya@example.com]]"))),
         ("To", m("[[email:delphine.okoro@wsnotts.example.org]]")),
         ("Subject", "Re: Cover needed w/c 9 March"),
         ("Date", "Mon, 02 Mar 2026 12:41:20 +0000"),
         ("Message-ID", "<CAK5gr4h@mail.example.com>"),
         ("In-Reply-To", "<rota-0309@wsnotts.example.org>")],
        m("I can do the Monday. Not Wednesday though — ((trade_union:it's our PCS branch meeting and I'm the branch rep)).\n\nSend <<Pauline>> my best.\n\n<<Graham>>\n\n> <<Pauline>> is off for six weeks"),
    )
    c = eml(
        [("From", address(m("<<Hui Min Loke>>"), m("[[email:huimin.loke@example.org]]"))),
         ("To", m("[[email:delphine.okoro@wsnotts.example.org]]")),
         ("Subject", "Re: Cover needed w/c 9 March"),
         ("Date", "Mon, 02 Mar 2026 18:05:02 +0000"),
         ("Message-ID", "<hml-20260302-1805@example.org>"),
         ("In-Reply-To", "<rota-0309@wsnotts.example.org>")],
        m("Hi <<Delphine>>, I'll take Wednesday. Is the <<Foulds>> trial still on? I met the witness at the pre-trial visit.\n\nAlso, I'm ((political_opinion:standing for the Liberal Democrats in the May council elections)) — do I need to tell the court manager?\n\n<<Hui Min>>"),
    )
    return mbox([
        ("delphine.okoro@wsnotts.example.org", "Mon Mar  2 09:00:00 2026", a),
        ("graham.oduya@example.com", "Mon Mar  2 12:41:20 2026", b),
        ("huimin.loke@example.org", "Mon Mar  2 18:05:02 2026", c),
    ])


@doc("witness-court-list.html")
def _(d):
    rows = d.rows([
        ["1", "10:00", "HHJ <<Amanda Kerrigan>>", "<<Jason Murtagh>>", "((criminal_offence:Robbery)) — plea and trial preparation"],
        ["3", "10:00", "Recorder <<N. Sethi>>", "<<SUMNER, Kyle>>", "((criminal_offence:Wounding with intent)) — sentence"],
        ["4", "10:30", "HHJ <<Amanda Kerrigan>>", "<<Lee Matthew Shaw>>", "((criminal_offence:Assault occasioning actual bodily harm)) — trial (day 1 of 3)"],
        ["6", "14:00", "HHJ <<Gideon Tarrant>>", "<<Mariusz Wójcik>> and <<Ryan O'Keefe>>", "((criminal_offence:Conspiracy to supply class A)) — mention"],
    ])
    trs = "".join("<tr>" + "".join(f"<td>{x(c)}</td>" for c in r) + "</tr>" for r in rows)
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Daily list</title></head><body>\n"
        f"<h1>{x(d.m('Nottingham Crown Court — daily list — Monday 16 March 2026'))}</h1>\n"
        "<table><tr><th>Court</th><th>Time</th><th>Judge</th><th>Defendant</th><th>Offence / hearing</th></tr>\n"
        f"{trs}</table>\n"
        f"<p>{x(d.m('Witness Service room: first floor, next to Court 5 ({{Shire Hall}} annexe closed for repairs).'))}</p>\n"
        f"<p>{x(d.m(WIT_CONTACT))}</p>\n</body></html>\n"
    ).encode()


@doc("witness-expenses-claims.xlsx")
def _(d):
    claims = d.rows([
        ["Claim", "Witness", "Date attended", "Miles", "Loss of earnings £", "Sort code", "Account", "Status"],
        ["EX-5521", "<<Harold Fenwick-Smythe>>", "2026-02-23", 14.2, 0, "[[=uk_bank_account:090127:13345870]]09-01-27", "13345870", "paid"],
        ["EX-5522", "<<Delroy Campbell>>", "2026-02-23", 3.5, 96.4, "[[=uk_bank_account:202678:90811224]]20-26-78", "90811224", "paid"],
        ["EX-5523", "<<Gemma Rowley>>", "2026-03-16", 0, 0, "", "", "pending — interpreter fee paid direct"],
    ])
    one = d.rows([
        ["Claimant", "<<CAMPBELL, Delroy>>"],
        ["NI number (loss of earnings)", "[[uk_nino:QQ 37 64 19 A]]"],
        ["Employer", "{{Boots}} distribution centre, Beeston"],
        ["Employer's letter", "received 24/02/2026"],
        ["ID", "Driving licence [[uk_driving_licence:" + " ".join(re.fullmatch(r"(.{5})(.{6})(.{5})", licence("Campbell", "D", "1971-05-23", False, "9DC")).groups()) + "]]"],
        ["IBAN (refund of fare)", "[[iban:GB82 WEST 1234 5698 7654 32]]"],
    ])
    rates = [["Rate", "£"], ["Mileage per mile", 0.25], ["Loss of earnings cap (day)", 96.4]]
    return xlsx([("Claims", claims), ("EX-5522", one), ("Rates", rates)], author=d.m("<<Delphine Okoro>>"))


@doc("witness-feedback.odt")
def _(d):
    m = d.m
    return odt([
        ("h", m("Witness feedback — February 2026 (consented to be quoted by name)")),
        ("table", d.rows([
            ["Witness", "Rating", "Comment"],
            ["<<Delroy Campbell>>", "5", "<<Sue>> sat with me all day. I was nervous because of ((health:my PTSD since the attack)) and she got me a quiet room."],
            ["<<Harold Fenwick-Smythe>>", "4", "The ramp at the side entrance was locked; otherwise very good."],
            ["<<Aleksandra Nowicka>>", "5", "Thank you to the volunteer who spoke Polish with my mother."],
        ])),
        ("p", m("Outcome noted by <<Delroy>>: <<Kyle Sumner>> ((criminal_offence:got 18 months for the wounding)).")),
        ("p", m("Compiled by <<Delphine Okoro>>. " + WIT_CONTACT)),
    ], author=m("<<Delphine Okoro>>"))


@doc("witness-case-system.json")
def _(d):
    data = {
        "export": {"system": "WMS", "generated": "2026-03-02T07:30:00Z", "site": "Nottingham"},
        "cases": [
            {"caseUrn": "30NT0412226", "court": "Crown", "hearingDate": "2026-04-07",
             "defendant": {"name": "<<Jason Murtagh>>", "offence": "((criminal_offence:Robbery))", "bailStatus": "((criminal_offence:remanded in custody))"},
             "witnesses": [
                 {"victimName": "<<Kayleigh Brennan>>", "dob": "[[date_of_birth:2008-09-19]]", "mobile": "[[phone:07700 900114]]",
                  "vulnerable": True, "needs": "((health:learning disability; ADHD))", "parent": "<<Claire Brennan>>",
                  "parentEmail": "[[email:claire.brennan@example.com]]"}],
             "volunteer": "<<Sue Halliwell>>"},
            {"caseUrn": "30NT0398126", "court": "Magistrates", "hearingDate": "2026-03-09",
             "defendant": {"name": "<<Darren Foulds>>", "offence": "((criminal_offence:Harassment))", "bailStatus": "conditional bail"},
             "witnesses": [
                 {"victimName": "<<Nasreen Mirza>>", "dob": "[[date_of_birth:30/12/1983]]", "mobile": "[[phone:07700 900113]]",
                  "vulnerable": False, "needs": "pre-trial visit", "parent": None, "parentEmail": None}],
             "volunteer": "<<Hui Min Loke>>"},
        ],
    }
    return jdump(d.j(data))


# ---- an airline's crew rostering and aviation medicals (Kestrel Atlantic Airways, Glasgow base)

CREW_CONTACT = "Kestrel Atlantic Airways, Crew Centre, Abbotsinch Road, Paisley [[uk_postcode:PA3 2RY]] · Crew control [[phone:0141 496 0100]] · [[email:crewing@kestrelatlantic.example.com]]"


@doc("crew-roster.xlsx")
def _(d):
    roster = d.rows([
        ["Staff no", "Name", "Rank", "Mon 9", "Tue 10", "Wed 11", "Thu 12", "Fri 13"],
        [40117, "<<Alasdair Munro>>", "CPT", "KA231/232", "KA231/232", "OFF", "SBY", "KA455 ATH"],
        [40582, "<<Leah Kowalski>>", "FO", "GND", "GND", "GND", "GND", "GND"],
        [41003, "<<Callum Rennie>>", "FO", "KA455 ATH", "ATH", "KA456", "OFF", "OFF"],
        [52218, "<<Noor Al-Sayegh>>", "SCCM", "OFF", "KA231/232", "KA231/232", "KA601 TFS", "TFS"],
        [52760, "<<Dean Ashworth>>", "CC", "SUSP", "SUSP", "SUSP", "SUSP", "SUSP"],
        [53114, "<<Eilidh MacInnes>>", "CC", "KA601 TFS", "TFS", "KA602", "OFF", "KA231/232"],
        [53190, "<<Yehuda Levy>>", "CC", "KA231/232", "KA455 ATH", "ATH", "KA456", "OFF"],
    ])
    requests = d.rows([
        ["Name", "Request", "Reason", "Decision"],
        ["<<Noor Al-Sayegh>>", "No duties reporting before 08:00, 17 Feb–18 Mar", "((religious_belief:fasting for Ramadan))", "granted where possible"],
        ["<<Yehuda Levy>>", "No Friday evening or Saturday duties", "((religious_belief:keeps Shabbat))", "granted — swap pool"],
        ["<<Alasdair Munro>>", "Release 12 March", "((trade_union:BALPA company council rep — negotiations))", "granted"],
        ["<<Eilidh MacInnes>>", "Days off 20–22 March", "sister's wedding in Stornoway", "granted"],
    ])
    contacts = d.rows([
        ["Crew control", "[[phone:0141 496 0100]]"],
        ["Rostering manager", "<<Natalie Osei>>"],
        ["Out of hours", "[[phone:07700 900100]]"],
    ])
    return xlsx([("Roster wk11", roster), ("Requests", requests), ("Contacts", contacts)], author=d.m("<<Natalie Osei>>"))


@doc("crew-aeromedical-record.pdf")
def _(d):
    p1 = [d.m(s) for s in [
        "Kestrel Atlantic Airways - Aeromedical Section (AeMC)",
        "Class 1 medical assessment - renewal",
        "",
        "Applicant: <<Callum Rennie>>            Date of birth: [[date_of_birth:08/08/1990]]",
        "Licence: UK.FCL.ATPL.00713 (CAA)        Staff no: 41003",
        "Address: 2 Glenpatrick Road, Elderslie [[uk_postcode:PA5 9AE]]",
        "",
        "Findings",
        "Vision: ((health:myopia -3.25 / -3.00; VML - must wear corrective lenses and carry a spare set))",
        "ECG: normal sinus rhythm.   BP 128/82.   Audiogram: normal.",
        "Ferritin raised; ((genetic:HFE genotyping shows C282Y homozygous (haemochromatosis))).",
        "((health:Venesection every 3 months at the haematology clinic)); fit to fly between treatments.",
        "",
        "Assessment: FIT with limitation VML. Next due 08/2027.",
        "AME: Dr <<Siddharth Rao>>                Date: 02/03/2026",
    ]]
    p2 = [d.m(s) for s in [
        "Declarations by the applicant (extract)",
        "",
        "Medicines: none.   Alcohol: 8 units a week.   Previous refusals: none.",
        "Next of kin: <<Morag Rennie>> (mother), [[phone:0141 496 0188]]",
        "Signed: <<C. Rennie>>",
        "",
        CREW_CONTACT,
    ]]
    return pdf([p1, p2])


@doc("crew-fatigue-reports.jsonl")
def _(d):
    reports = [
        {"reportId": "FRM-2026-0088", "filedAt": "2026-02-19T05:12:00Z", "reporterName": "<<Noor Al-Sayegh>>", "crewId": 52218, "rank": "SCCM",
         "duty": {"flights": ["KA601", "KA602"], "report": "05:40", "offBlocks": "18:55"}, "sleepHours": 4.5,
         "description": "Third early in a row after a late finish; crew rest facilities in TFS unavailable."},
        {"reportId": "FRM-2026-0091", "filedAt": "2026-02-23T22:40:00Z", "reporterName": "<<Callum Rennie>>", "crewId": 41003, "rank": "FO",
         "duty": {"flights": ["KA455", "KA456"], "report": "06:10", "offBlocks": "21:05"}, "sleepHours": 5.0,
         "aircraft": "G-KATB",
         "description": "Delayed 3h in ATH with no hotel; Captain <<Munro>> agreed to use discretion."},
        {"reportId": "FRM-2026-0094", "filedAt": "2026-02-27T09:00:00Z", "reporterName": "<<Gregor Baillie>>", "crewId": 40291, "rank": "CPT",
         "duty": {"flights": ["KA231"], "report": "05:15", "offBlocks": "09:20"}, "sleepHours": 6.0,
         "description": "((health:Recently diagnosed with obstructive sleep apnoea, started CPAP)); AME informed; reporting as required.",
         "contact": "[[email:gregor.baillie@kestrelatlantic.example.com]]"},
        {"reportId": "FRM-2026-0095", "filedAt": "2026-02-28T16:33:00Z", "reporterName": "anonymous", "crewId": None, "rank": "CC",
         "duty": {"flights": ["KA231", "KA232"], "report": "05:15", "offBlocks": "13:00"}, "sleepHours": None,
         "description": "Hotel in Dublin next to a building site — no sleep."},
    ]
    return jlines([d.j(r) for r in reports])


@doc("crew-id-badge-enrolment.csv")
def _(d):
    return delimited(d.rows([
        ["pass_no", "name", "staff_no", "dob", "passport_no", "nationality", "biometrics", "issued"],
        ["GLA-7710", "<<Eilidh MacInnes>>", "53114", "[[date_of_birth:1995-01-26]]", "[[uk_passport:561204873]]", "British", "((biometric:fingerprint template enrolled, 2 fingers))", "2026-02-02"],
        ["GLA-7711", "<<Yehuda Levy>>", "53190", "[[date_of_birth:1988-06-30]]", "[[uk_passport:549817302]]", "British/Israeli", "((biometric:face template enrolled for staff e-gates))", "2026-02-02"],
        ["GLA-7712", "<<Tomás Ó Flaithearta>>", "53201", "[[date_of_birth:1999-11-11]]", "PN8812734 (Irish)", "Irish", "photo only — declined biometrics", "2026-02-03"],
        ["GLA-7713", "<<Priscilla Adjei-Mensah>>", "53215", "[[date_of_birth:1992-04-04]]", "[[uk_passport:538170264]]", "British", "((biometric:fingerprint template enrolled, 2 fingers))", "2026-02-03"],
    ]))


@doc("crew-balpa-dispute.eml")
def _(d):
    m = d.m
    para = [
        "<<Natalie>>,",
        "I'm writing as ((trade_union:BALPA company council rep)) about the roster changes published on 27 February.",
        "Three things: the move to 4 consecutive earlies breaches the agreed rostering principles; standby is being used to cover known sickness; and First Officer <<Leah Kowalski>>, ((health:who is 22 weeks pregnant and on ground duties)), was called for a flying duty on Tuesday by mistake.",
        "The attached sheet lists the affected pilots. We would like a meeting before the 12 March talks.",
        "Regards,",
        "<<Alasdair Munro>>",
        "Captain, A320 fleet | [[phone:07700 900147]] | BALPA office [[phone:020 7946 0321]]",
    ]
    sheet = delimited(d.rows([
        ["staff_no", "pilot", "issue"],
        ["40582", "<<Leah Kowalski>>", "called for flying while on ground duties"],
        ["41003", "<<Callum Rennie>>", "4 earlies after late finish"],
        ["40291", "<<Gregor Baillie>>", "4 earlies after late finish"],
    ]))
    return eml(
        [
            ("From", address(m("<<Alasdair Munro>> (BALPA)"), m("[[email:a.munro@balpa-kaa.example.org]]"))),
            ("To", address(m("<<Natalie Osei>>"), m("[[email:natalie.osei@kestrelatlantic.example.com]]"))),
            ("Cc", address(m("<<Ruth Feeney>>"), m("[[email:ruth.feeney@kestrelatlantic.example.com]]")) + ", " + address("Crewing", m("[[email:crewing@kestrelatlantic.example.com]]"))),
            ("Subject", "Roster changes from 9 March — BALPA"),
            ("Date", "Sun, 01 Mar 2026 19:02:55 +0000"),
            ("Message-ID", "<balpa-kaa-0301@balpa-kaa.example.org>"),
        ],
        "\n\n".join(m(p) for p in para),
        "<html><body>" + "".join(f"<p>{x(m(p))}</p>" for p in para) + "</body></html>",
        [("affected-pilots.csv", "text/csv", sheet)],
        boundary="=_crew_balpa_01",
    )


@doc("crew-alcohol-test.docx")
def _(d):
    m = d.m
    return docx(
        [
            ("h", m("For-cause alcohol test — record of events")),
            ("table", d.rows([
                ["Crew member", "<<Dean Ashworth>>, cabin crew, staff no. 52760"],
                ["Date of birth", "[[date_of_birth:1985-11-02]]"],
                ["Duty", "KA231 GLA–DUB, report 05:15, 7 March 2026"],
                ["Reason for test", "Smell of alcohol reported by the SCCM, <<Noor Al-Sayegh>>"],
                ["Result", "((health:breath alcohol 0.21 mg/L, above the 0.09 mg/L limit for crew))"],
                ["Police", "((criminal_offence:arrested by Police Scotland under the Railways and Transport Safety Act 2003)); released pending report to the procurator fiscal"],
                ["Accompanied by", "<<Morven Baird>>, ((trade_union:Unite cabin crew rep))"],
            ])),
            ("p", m("<<Dean>> was stood down and suspended on full pay. He told the duty manager ((health:he has been drinking heavily since his divorce)) and asked for help; referred to the employee assistance programme.")),
            ("comment", m("Investigation meeting to be held within 14 days."), 0),
            ("box", [m("Duty manager: <<Fraser Guthrie>>"), m("Tester: {{Alcolizer}} unit 3, calibrated 01/03/2026")]),
            ("note", m("Limits as in the company's Drug and Alcohol Policy, section 4."), 1),
        ],
        author=m("<<Ruth Feeney>>"),
        header=[m("Kestrel Atlantic Airways — HR — STRICTLY CONFIDENTIAL")],
        footer=[m(CREW_CONTACT)],
        footnotes=[(1, m("The policy follows the Railways and Transport Safety Act 2003 limits."))],
        comments=[(0, m("<<Ruth Feeney>>"), "RF", m("<<Morven>> has asked for the CCTV from the crew room."))],
        title=m("Alcohol test record"),
    )


@doc("crew-fitness-to-fly.md")
def _(d):
    return text_file([d.m(s) for s in [
        "# Fitness to fly — crew on restricted or ground duties (week 10)",
        "",
        "| Staff no | Name | Rank | Reason | Since | Review |",
        "|---:|---|---|---|---|---|",
        "| 40582 | <<KOWALSKI, Leah>> | FO | ((health:pregnancy — ground duties from 20 weeks)) | 2026-02-09 | after maternity leave |",
        "| 52760 | <<ASHWORTH, Dean>> | CC | suspended (conduct) | 2026-03-07 | HR |",
        "| 53022 | <<Ngozi Umeh>> | CC | ((health:fractured wrist)) | 2026-02-14 | 2026-03-14 |",
        "| 40655 | <<Iain Strachan>> | CPT | ((health:post-operative — hernia repair)) | 2026-02-20 | AME 2026-03-20 |",
        "| 52904 | <<Manon Lefèvre>> | CC | ((health:migraine with aura — referred to AeMC)) | 2026-02-25 | AME |",
        "",
        "Medical details are held by the AeMC; this list shows only what crew control needs. Queries to <<Natalie Osei>> or the AeMC ([[email:aemc@kestrelatlantic.example.com]]).",
    ]])


@doc("crew-hotel-rooming.tsv")
def _(d):
    return delimited(d.rows([
        ["date", "hotel", "room", "crew", "staff_no", "rank", "mobile", "email", "notes"],
        ["2026-03-13", "{{Conrad Athens}}", "512", "<<Alasdair Munro>>", "40117", "CPT", "[[phone:07700 900147]]", "[[email:a.munro@kestrelatlantic.example.com]]", ""],
        ["2026-03-13", "{{Conrad Athens}}", "514", "<<Callum Rennie>>", "41003", "FO", "[[phone:07700 900148]]", "", ""],
        ["2026-03-13", "{{Conrad Athens}}", "516", "<<Yehuda Levy>>", "53190", "CC", "[[phone:+44 7700 900149]]", "", "((religious_belief:kosher meals))"],
        ["2026-03-12", "{{Iberostar Tenerife}}", "210", "<<Noor Al-Sayegh>>", "52218", "SCCM", "[[phone:07700 900150]]", "[[email:noor.alsayegh@example.com]]", "late check-out"],
        ["2026-03-12", "{{Iberostar Tenerife}}", "212", "<<Eilidh MacInnes>>", "53114", "CC", "", "", "ground-floor room"],
    ]), "\t")


# ---- negatives: policy, guidance and training texts that name no one


@doc("policy-veterans-data-protection.txt")
def _(d):
    return text_file([d.m(s) for s in [
        "HEARTSEASE VETERANS' TRUST — HOW WE USE YOUR INFORMATION (privacy notice, version 4, March 2026)",
        "",
        "Who we are: a registered charity supporting people who served in the Armed Forces and their families.",
        "What we collect: your name, contact details, service history and the information you give us about your needs.",
        "Some of it is special category data: health conditions (for example PTSD, hearing loss or limb loss), and, only",
        "if you apply to a scheme that needs it, your sexual orientation (the LGBT Financial Recognition Scheme) or",
        "criminal convictions (our veterans-in-custody work). We ask about ethnicity and religion for monitoring only,",
        "and you never have to answer.",
        "Why: to assess grants, advocate for you and report anonymised figures under the {{Armed Forces Covenant}}.",
        "Who we share with: Op COURAGE and other NHS services, councils' housing teams and other charities, with consent.",
        "How long: case files for 6 years after the case closes; grant records for 7 years.",
        "Your rights: access, correction, erasure, objection. Write to the Data Protection Officer at",
        "Kestrel House, 22 Whitehall Road, Leeds [[uk_postcode:LS12 1BE]], call [[phone:0113 496 0218]] or email [[email:dpo@heartsease.example.org]].",
        "You may complain to the Information Commissioner's Office.",
    ]])


@doc("policy-credit-union-lending.html")
def _(d):
    rows = d.rows([
        ["Family loan", "£100–£1,500", "up to 18 months", "26.8% APR"],
        ["Payroll saver loan", "£500–£7,500", "up to 60 months", "12.7% APR"],
        ["Hardship (interest-free)", "up to £300", "up to 12 months", "0%"],
    ])
    trs = "".join("<tr>" + "".join(f"<td>{x(c)}</td>" for c in r) + "</tr>" for r in rows)
    dl = [
        ("Affordability", d.m("We look at income, essential spending and existing credit. We do not lend where repayments would cause hardship.")),
        ("Vulnerable members", d.m("A member with a mental health condition, a serious illness, a bereavement or a gambling problem may ask for a payment plan. Staff record only what is needed to help, with consent.")),
        ("What we never use", d.m("Ethnicity, religion, sexual orientation, union membership or politics play no part in any decision.")),
        ("Ethical lending", d.m("Loans for Hajj, weddings and funerals are assessed like any other purpose.")),
        ("Contact", d.m("[[phone:0161 496 0300]] · [[email:members@imcu.example.co.uk]]")),
    ]
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Responsible lending policy</title></head><body>\n"
        "<h1>Irwell &amp; Medlock Credit Union — responsible lending policy</h1>\n"
        "<table><tr><th>Product</th><th>Amount</th><th>Term</th><th>Rate</th></tr>" + trs + "</table>\n<dl>"
        + "".join(f"<dt>{x(a)}</dt><dd>{x(b)}</dd>" for a, b in dl) + "</dl>\n</body></html>\n"
    ).encode()


@doc("policy-register-office-privacy.md")
def _(d):
    return text_file([d.m(s) for s in [
        "# Don Valley Register Office — privacy notice",
        "",
        "## What we record",
        "",
        "Births, deaths, marriages and civil partnerships are recorded in registers kept by law. The information in a register entry is set by the Registration Acts, and copies of most entries can be bought by anyone.",
        "",
        "| Event | What the law requires | Public? |",
        "|---|---|---|",
        "| Birth | names, date and place of birth, parents | certificates can be ordered |",
        "| Death | cause of death as certified, informant | certificates can be ordered |",
        "| Notice of marriage | names, ages, nationalities, venue | displayed for 28 days |",
        "",
        "## Sharing",
        "",
        "We must report to the Home Office where we suspect a marriage or civil partnership is a sham (s.24 Immigration and Asylum Act 1999). Marriages in religious buildings are registered by an authorised person of that faith. Death information is passed to the Tell Us Once service with the informant's consent.",
        "",
        "## Contact",
        "",
        "Superintendent Registrar, Town Hall Chambers, Sheffield [[uk_postcode:S1 2HH]] — [[email:registrars@donvalley.example.org]]",
    ]])


@doc("policy-send-information-sharing.odt")
def _(d):
    m = d.m
    return odt([
        ("h", m("Information sharing protocol — Education, Health and Care assessments")),
        ("p", m("This protocol governs how the council's SEND Service, schools, health services and social care share information when a child or young person is assessed for an EHC plan.")),
        ("table", d.rows([
            ["Partner", "Shares", "Lawful basis"],
            ["Schools and colleges", "attainment, attendance, SEN support plans", "public task"],
            ["Health (paediatrics, CAMHS, therapies)", "diagnoses and health advice", "public task; Art. 9(2)(h)"],
            ["Social care", "safeguarding history where relevant", "public task; Art. 9(2)(b)"],
        ])),
        ("p", m("A young person over 16 makes their own decisions under the Children and Families Act 2014; for younger children, {{Gillick}} competence is considered before a child's views override a parent's.")),
        ("p", m("Ethnicity and religion are collected for statutory returns only and never shared with providers.")),
        ("p", m("Contact: [[email:send.team@tamebridge.example.org]], [[phone:0121 496 0550]]")),
    ], author=m("SEND Service"))


@doc("training-outreach-safeguarding.pdf")
def _(d):
    s1 = [d.m(s) for s in [
        "Harbour Lights Outreach - induction training, module 3: safeguarding on the street",
        "",
        "1. Self-neglect and hoarding are safeguarding concerns under the Care Act 2014.",
        "2. Heavy drinking, drug use and untreated mental illness raise the risk of dying on the street.",
        "3. Look for signs of exploitation: cuckooing, modern slavery, someone else holding a person's ID.",
        "4. Domestic abuse: anyone may ask the police about a partner's history under {{Clare's Law}}.",
        "5. Never promise to keep a secret; record what you saw and heard, not your opinion.",
        "",
        "Exercise: a young man tells you he was thrown out after coming out to his family. What do you do?",
    ]]
    s2 = [d.m(s) for s in [
        "Recording",
        "",
        "Record ethnicity, religion or sexuality only where the person chooses to tell you and it is relevant.",
        "Do not record a diagnosis someone else guessed. Write 'says he hears voices', not a label.",
        "",
        "Safeguarding lead: 24h line [[phone:0151 496 0800]]",
    ]]
    return pdf([s1, s2])


@doc("training-cemetery-faith-burials.docx")
def _(d):
    m = d.m
    return docx(
        [
            ("h", m("Faith and belief in burial and cremation — staff guidance")),
            ("p", m("Families may ask for practices that follow their faith or belief. Ask, do not assume, and record only what the family asks for.")),
            ("table", d.rows([
                ["Practice", "What to expect"],
                ["Muslim burial", "Burial as soon as possible, often within 24 hours; the grave faces Mecca; shrouds, not coffins, where allowed"],
                ["Jewish burial", "Burial quickly; no burial on the Sabbath; no flowers; a stone set about a year later"],
                ["Hindu and Sikh cremation", "Family may wish to witness the charge; ashes may be taken to a river"],
                ["Humanist and civil funerals", "No religious content; a celebrant leads"],
            ])),
            ("comment", m("Weekend burials need the duty manager's approval."), 0),
            ("box", [m("Remember: a faith section in the cemetery is chosen by the family, not assigned by staff.")]),
            ("note", m("Local faith leaders were consulted on this guidance in 2025."), 1),
        ],
        author=m("Bereavement Services"),
        header=[m("Avonmead Bereavement Services — staff guidance")],
        footer=[m("[[phone:0117 496 0650]] · [[email:bereavement@avonmead.example.org]]")],
        footnotes=[(1, m("Through the council's interfaith forum."))],
        comments=[(0, m("Training team"), "TT", m("Add the rota for weekend cover to the appendix."))],
        title=m("Faith and belief guidance"),
    )


@doc("training-witness-service-volunteers.rtf")
def _(d):
    return rtf([d.m(s) for s in [
        "Witness Service — volunteer training, session 2: at court",
        "We support witnesses; we never discuss the evidence. If a witness starts to talk about the case, stop them kindly.",
        "Special measures (screens, live link, an intermediary) are decided by the judge. Witnesses under 18 and those with a mental disorder, learning disability or physical disorder may be eligible.",
        "Oaths: a witness may swear on a holy book of their faith or affirm. The usher arranges this; we can explain both choices.",
        "Identification evidence: the judge gives a {{Turnbull}} direction; do not comment on it.",
        "After the verdict, a witness may be upset whatever the result. Offer the quiet room and a call the next day.",
        "Questions: [[email:witness.service@wsnotts.example.org]] · [[phone:0115 496 0900]]",
    ]], author=d.m("Witness Service training team"))


@doc("training-crew-fitness-reporting.txt")
def _(d):
    return text_file([d.m(s) for s in [
        "KESTREL ATLANTIC AIRWAYS — CREW TRAINING NOTE CTN-14: FITNESS TO REPORT FOR DUTY",
        "",
        "Before every duty, check yourself with I'M SAFE: Illness, Medication, Stress, Alcohol, Fatigue, Eating.",
        "",
        "- Illness: do not fly with a cold that blocks your ears. Tell crew control, not the captain, that you are unfit.",
        "- Medication: many hay fever, sleep and pain medicines are not compatible with flying. Ask the AeMC.",
        "- Pregnancy: tell the AeMC as soon as you know; pilots and cabin crew move to ground duties at the stage",
        "  the policy sets. Your roster will show GND only.",
        "- Alcohol: the legal limit for crew is 0.09 mg/L breath; the company rule is no alcohol within 10 hours.",
        "- Fatigue: file a fatigue report in the app. Reports are non-punitive under our just culture policy.",
        "- Religious observance, childcare and union duties can be requested through the roster request form.",
        "",
        "Crew control: [[phone:0141 496 0100]]. AeMC: [[email:aemc@kestrelatlantic.example.com]].",
    ]])


# DOCUMENTS


def main():
    if DOCS.exists():
        shutil.rmtree(DOCS)
    DOCS.mkdir()
    labels, problems = [], []
    names = sorted(n for n, _ in BUILDERS)
    assert len(names) == len(set(names)), "duplicate document name"
    outputs = {}
    for name, fn in BUILDERS:
        d = Doc(name)
        data = fn(d)
        problems += [f"{name}: {p}" for p in d.problems()]
        outputs[name] = data
        labels.append(d.label())
    if problems:
        raise SystemExit("refused:\n" + "\n".join(problems))
    for name in names:
        (DOCS / name).write_bytes(outputs[name])
    labels.sort(key=lambda lab: lab["doc"])
    (HERE / "labels.jsonl").write_text("".join(json.dumps(lab, ensure_ascii=False) + "\n" for lab in labels))
    negatives = [lab for lab in labels if lab["doc"].startswith(("policy-", "training-"))]
    kinds, cats = {}, {}
    for lab in labels:
        for k, _ in lab["ids"]:
            kinds[k] = kinds.get(k, 0) + 1
        for c in lab["categories"]:
            cats[c] = cats.get(c, 0) + 1
    print(f"{len(labels)} documents ({len(negatives)} negative)")
    print(f"{sum(len(lab['names']) for lab in labels)} name labels")
    print(f"{sum(kinds.values())} identifier labels: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))))
    print("documents per category: " + ", ".join(f"{c} {cats[c]}" for c in sorted(cats, key=lambda c: (-cats[c], c))))
    formats = {}
    for lab in labels:
        ext = lab["doc"].rsplit(".", 1)[1]
        formats[ext] = formats.get(ext, 0) + 1
    print("formats: " + ", ".join(f"{k} {v}" for k, v in sorted(formats.items())))


if __name__ == "__main__":
    main()
