#!/usr/bin/env python3
"""(Re)create dpscan's EIGHTH held-out evaluation set: the records a hospital
ward and its mental health liaison team, a prison chaplaincy and education
department, a police staff association branch, a fostering and adoption
agency, a DNA paternity and ancestry testing company, and a church parish
office and a mosque committee hold.

Usage:  python3 tests/eval/heldout8/generate.py

Python 3.11, standard library only, deterministic (``random.Random(14142)``,
fixed zip timestamps, fixed MIME boundaries): two runs, under any
``PYTHONHASHSEED``, give byte-identical files. ``docs/`` is deleted and
rebuilt, ``labels.jsonl`` rewritten.

This set is blind: written without reading dpscan's detectors, rules, the
other sets' documents or generators (only the contract, the README, the eval
test, the label-format section of tests/eval/README.md, heldout7's README and
its generator's docstring), and only ever measured. Templates and name lists
are new.

Documents: ward handover, observations, discharge letter, section 136
note, liaison referrals, chaplaincy requests, bed export, next-of-kin form,
theatre clock-in; prison faith registrations, course roster, adjudication,
faith diets, chaplain's visit log, education mail, visitor fingerprint
enrolment, debating society; federation casework, welfare grant, misconduct
notes, subscriptions, reps' thread, ballot, AGM; fostering Form F, matching
notes, household register, adoption panel, carer export, supervision visit,
referee interview, LGBT+ carers' group; paternity, chain-of-custody,
ancestry, orders, complaint, lab batch, ID verification, siblingship;
baptisms, banns, gift aid, zakat, prayer rota, committee mbox, pastoral
visits, standing orders, Eid volunteers, madrasa enrolment; and policy,
privacy notice, training and board-minutes prose naming no one
(``policy-*``, ``training-*``).

Labels (one line per document in ``labels.jsonl``):

* ``ids``: ``[kind, normalised value]`` of every identifier written (the
  organisations' own phones, emails and postcodes too), normalised as
  CONTRACT.md says;
* ``names``: every person-name string as written, titles (Mr, Mrs, Ms, Miss,
  Dr, Mx, Revd, Father, Imam, Hafiz, Haji, Br, Sr, Cllr, PC) left out; a check refuses a
  document in which a person's name part occurs outside a labelled mention,
  a recorded distractor (street, organisation, ward, product), an email
  address or a written identifier, whose labels do not occur in its text, or
  which writes an email address, a QQ NINO or a documentation IP that is
  not labelled;
* ``categories``: the special categories revealed about a named person.
  As in heldout7: "Prefer not to say", "None", nationality and language are
  nothing; a medicine, condition, injury, aid, symptom, observation level or
  appointment for treatment on a person's line is health; prayer times, a
  faith diet, a festival, a sacrament or a place of worship is religious
  belief; union or federation membership is trade union; a conviction,
  sentence or offence of the person named is criminal offence.
  New here: a section 136 detention, a Mental Health Act section, self-harm
  or suicidal ideation is health; a prisoner's sentence, offence or a
  disciplinary adjudication for an offence against prison rules (possession
  of a phone, assault) is criminal offence, a prison course roster alone is
  not (a prisoner's presence on it reveals custody, which we still label
  criminal offence, since being in prison reveals a conviction or remand);
  a police officer's misconduct hearing is nothing unless it alleges a
  criminal offence; police federation membership is trade union; a
  foster carer's household member's health, faith or ethnicity is labelled
  (the household member is named); a child's ethnicity in matching notes
  is racial or ethnic origin; a paternity result (probability of
  paternity, "excluded") and an ancestry percentage breakdown are genetic,
  an ancestry breakdown by ethnic group is racial or ethnic origin too; a
  chain-of-custody form with a swab collected and no result is genetic
  (a DNA sample taken of a named person); baptism, marriage in church,
  zakat, gift aid to a mosque or church, a prayer rota are religious
  belief; a same-sex partner named as such in a fostering assessment is
  sex life or orientation. An order for a paternity or ancestry kit with no
  sample or result reveals nothing; "Romanian Orthodox" is religious belief
  and the nationality in it nothing; a prison visitor's fingerprint
  enrolment is biometric, a photo ID check by sight nothing, a selfie
  matched against a passport photo biometric.

``random.Random(14142)`` is the set's seed as issue 15 asks; every value
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
import json
import quopri
import random
import re
import shutil
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

RNG = random.Random(14142)
HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
ZIP_TIME = (2026, 11, 2, 9, 30, 0)

# ---------------------------------------------------------------- identifiers


def nhs(seed: int) -> str:
    n = 999000000 + seed * 7919 % 999999
    while True:
        digits = f"{n:09d}"
        total = sum(int(d) * w for d, w in zip(digits, range(10, 1, -1)))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check != 10:
            return digits + str(check)
        n += 1


def iban(bank: str, sort: str, acct: str) -> str:
    bban = bank + sort + acct
    num = "".join(str(int(c, 36)) for c in bban + "GB00")
    check = 98 - int(num) % 97
    return f"GB{check:02d}{bban}"


def fmt_iban(value: str) -> str:
    return " ".join(value[i:i + 4] for i in range(0, len(value), 4))


def phone_e164(written: str) -> str:
    digits = re.sub(r"\D", "", written)
    if written.strip().startswith("+"):
        return "+" + digits
    return "+44" + digits[1:]


# ------------------------------------------------------------------- registry

LABELS: list[dict] = []
PARTS: set[str] = set()
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
NINO_RE = re.compile(r"\bQQ ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")
IP_RE = re.compile(r"\b(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}\b")


class Doc:
    """One document's labels, gathered while its text is written."""

    def __init__(self, name: str):
        self.name = name
        self.names: set[str] = set()
        self.ids: set[tuple[str, str]] = set()
        self.cats: set[str] = set()
        self.allowed: list[str] = []

    def n(self, *names: str) -> str:
        for name in names:
            self.names.add(" ".join(name.split()))
            PARTS.update(p for p in re.split(r"[\s,.'\"-]+", name) if len(p) > 2 and p[0].isupper())
        return names[0]

    def ph(self, written: str) -> str:
        self.ids.add(("phone", phone_e164(written)))
        return written

    def em(self, written: str) -> str:
        self.ids.add(("email", written.lower()))
        return written

    def pc(self, written: str) -> str:
        self.ids.add(("uk_postcode", written.upper()))
        return written

    def nino(self, written: str) -> str:
        self.ids.add(("uk_nino", written.replace(" ", "").upper()))
        return written

    def nhsn(self, seed: int, style: int = 0) -> str:
        v = nhs(seed)
        self.ids.add(("nhs_number", v))
        return [f"{v[:3]} {v[3:6]} {v[6:]}", v, f"{v[:3]}-{v[3:6]}-{v[6:]}"][style % 3]

    def dob(self, iso: str, written: str) -> str:
        self.ids.add(("date_of_birth", iso))
        return written

    def ip(self, written: str) -> str:
        self.ids.add(("ip_address", written))
        return written

    def card(self, written: str) -> str:
        self.ids.add(("payment_card", re.sub(r"\D", "", written)))
        return written

    def bank(self, sort: str, acct: str) -> None:
        self.ids.add(("uk_bank_account", f"{re.sub(r'[^0-9]', '', sort)}:{acct}"))

    def ib(self, value: str) -> str:
        self.ids.add(("iban", value))
        return fmt_iban(value)

    def passport(self, value: str) -> str:
        self.ids.add(("uk_passport", value))
        return value

    def licence(self, value: str) -> str:
        self.ids.add(("uk_driving_licence", value.replace(" ", "")))
        return value

    def c(self, *cats: str) -> None:
        self.cats.update(cats)

    def ok(self, *words: str) -> None:
        self.allowed.extend(words)


def check(doc: Doc, text: str) -> None:
    text = re.sub(r"(?m)^(Message-ID|In-Reply-To): .*$", "", text)
    flat = " ".join(text.split())
    for name in doc.names:
        assert name in flat, (doc.name, "name not in text", name)
    emails = {e.lower() for e in EMAIL_RE.findall(text)}
    for kind, value in doc.ids:
        if kind == "email":
            assert value in emails, (doc.name, value)
    for e in emails:
        assert ("email", e) in doc.ids, (doc.name, "unlabelled email", e)
    for m in NINO_RE.findall(text):
        assert ("uk_nino", m.replace(" ", "")) in doc.ids, (doc.name, m)
    for m in IP_RE.findall(text):
        assert ("ip_address", m) in doc.ids, (doc.name, m)
    rest = EMAIL_RE.sub(" ", flat)
    for s in sorted(doc.names | set(doc.allowed), key=len, reverse=True):
        rest = rest.replace(s, " ")
    for part in PARTS:
        for form in (part, part.upper()):
            assert not re.search(rf"(?<![\w]){re.escape(form)}(?![\w])", rest), (doc.name, "stray name part", form)
    if doc.name.startswith(("policy", "training")):
        assert not doc.names and not doc.cats, doc.name


PENDING: list[tuple[Doc, str]] = []


def emit(doc: Doc, text: str, data: bytes | str) -> None:
    PENDING.append((doc, text))
    path = DOCS / doc.name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    LABELS.append({
        "doc": doc.name,
        "names": sorted(doc.names),
        "categories": sorted(doc.cats),
        "ids": sorted([k, v] for k, v in doc.ids),
    })


# -------------------------------------------------------------------- writers


def zip_bytes(files: list[tuple[str, str]], stored_first: bool = False) -> bytes:
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for i, (name, content) in enumerate(files):
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_STORED if (stored_first and i == 0) else zipfile.ZIP_DEFLATED
            z.writestr(info, content)
    return buf.getvalue()


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:v="urn:schemas-microsoft-com:vml"'


def wp(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def docx(paras: list, header: str = "", footer: str = "", comments: list[tuple[str, str]] = (),
         textbox: str = "", author: str = "") -> tuple[bytes, str]:
    """paras: strings or lists of rows (tables). Returns bytes and plain text."""
    body, plain = [], []
    for p in paras:
        if isinstance(p, list):
            rows = "".join("<w:tr>" + "".join(f"<w:tc>{wp(c)}</w:tc>" for c in row) + "</w:tr>" for row in p)
            body.append(f"<w:tbl>{rows}</w:tbl>")
            plain.extend(" | ".join(r) for r in p)
        else:
            body.append(wp(p))
            plain.append(p)
    if comments:
        body.insert(1, '<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>See note</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>')
        plain.append("See note")
    if textbox:
        body.append('<w:p><w:r><w:pict><v:shape style="width:200pt;height:60pt"><v:textbox><w:txbxContent>'
                    + wp(textbox) + '</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
        plain.append(textbox)
    sect = ""
    rels = ['<Relationship Id="rStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    ct = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    files = []
    if header:
        rels.append('<Relationship Id="rH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        ct.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        files.append(("word/header1.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W}>{wp(header)}</w:hdr>'))
        sect += '<w:headerReference w:type="default" r:id="rH"/>'
        plain.append(header)
    if footer:
        rels.append('<Relationship Id="rF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        ct.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        files.append(("word/footer1.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W}>{wp(footer)}</w:ftr>'))
        sect += '<w:footerReference w:type="default" r:id="rF"/>'
        plain.append(footer)
    if comments:
        rels.append('<Relationship Id="rC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
        cs = "".join(f'<w:comment w:id="{i}" w:author="{escape(a)}" w:date="2026-10-01T10:00:00Z" w:initials="{a[0]}">{wp(t)}</w:comment>'
                     for i, (a, t) in enumerate(comments))
        files.append(("word/comments.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {W}>{cs}</w:comments>'))
        plain.extend(f"{a}: {t}" for a, t in comments)
    if author:
        plain.append(author)
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{"".join(body)}'
                f'<w:sectPr>{sect}</w:sectPr></w:body></w:document>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:creator>{escape(author)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-10-01T09:00:00Z</dcterms:created></cp:coreProperties>')
    out = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
         + "".join(ct) + "</Types>"),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + "".join(rels) + "</Relationships>"),
        ("word/styles.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}/>'),
        ("docProps/core.xml", core),
    ] + files
    return zip_bytes(out), "\n".join(plain)


def col(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets: list[tuple[str, list[list]]]) -> tuple[bytes, str]:
    strings: list[str] = []
    plain = []
    sheet_xml = []
    for _, rows in sheets:
        xrows = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = f"{col(c)}{r}"
                if isinstance(v, (int, float)):
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    if v not in strings:
                        strings.append(v)
                    cells.append(f'<c r="{ref}" t="s"><v>{strings.index(v)}</v></c>')
            xrows.append(f'<row r="{r}">{"".join(cells)}</row>')
            plain.append(" | ".join(str(v) for v in row))
        sheet_xml.append('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                         + "".join(xrows) + "</sheetData></worksheet>")
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           f'count="{len(strings)}" uniqueCount="{len(strings)}">' + "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings) + "</sst>")
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          + "".join(f'<sheet name="{escape(n)}" sheetId="{i + 1}" r:id="rS{i + 1}"/>' for i, (n, _) in enumerate(sheets)) + "</sheets></workbook>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(f'<Relationship Id="rS{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(sheets)))
            + '<Relationship Id="rSST" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(len(sheets)))
          + "</Types>")
    files = [("[Content_Types].xml", ct),
             ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
             ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", rels), ("xl/sharedStrings.xml", sst)]
    files += [(f"xl/worksheets/sheet{i + 1}.xml", x) for i, x in enumerate(sheet_xml)]
    return zip_bytes(files), "\n".join(plain)


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"')


def odf(kind: str, inner: str) -> bytes:
    mime = f"application/vnd.oasis.opendocument.{kind}"
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    content = f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODF_NS} office:version="1.2"><office:body>{inner}</office:body></office:document-content>'
    return zip_bytes([("mimetype", mime), ("META-INF/manifest.xml", manifest), ("content.xml", content)], stored_first=True)


def odt(paras: list[str]) -> tuple[bytes, str]:
    inner = "<office:text>" + "".join(f"<text:p>{escape(p)}</text:p>" for p in paras) + "</office:text>"
    return odf("text", inner), "\n".join(paras)


def ods(name: str, rows: list[list]) -> tuple[bytes, str]:
    def cell(v):
        if isinstance(v, (int, float)):
            return f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'
        return f'<table:table-cell office:value-type="string"><text:p>{escape(v)}</text:p></table:table-cell>'
    inner = (f'<office:spreadsheet><table:table table:name="{escape(name)}">'
             + "".join("<table:table-row>" + "".join(cell(v) for v in r) + "</table:table-row>" for r in rows)
             + "</table:table></office:spreadsheet>")
    return odf("spreadsheet", inner), "\n".join(" | ".join(str(v) for v in r) for r in rows)


def rtf(paras: list[str]) -> str:
    def esc(s):
        out = []
        for ch in s:
            if ch in "\\{}":
                out.append("\\" + ch)
            elif ord(ch) > 127:
                out.append(f"\\u{ord(ch)}?")
            else:
                out.append(ch)
        return "".join(out)
    return "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Calibri;}}\\f0\\fs22\n" + "".join(esc(p) + "\\par\n" for p in paras) + "}\n"


def qp(text: str) -> str:
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def eml(headers: list[tuple[str, str]], text: str, html_body: str = "", attachment: tuple[str, str] | None = None,
        boundary: str = "b8-0001") -> str:
    head = "".join(f"{k}: {v}\n" for k, v in headers) + "MIME-Version: 1.0\n"
    if not html_body and not attachment:
        return head + 'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n' + qp(text) + "\n"
    alt = (f'--{boundary}a\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n{qp(text)}\n'
           + (f'--{boundary}a\nContent-Type: text/html; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n{qp(html_body)}\n' if html_body else "")
           + f"--{boundary}a--\n")
    if not attachment:
        return head + f'Content-Type: multipart/alternative; boundary="{boundary}a"\n\n' + alt
    name, data = attachment
    b64 = base64.encodebytes(data.encode("utf-8")).decode("ascii")
    return (head + f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n--{boundary}\n'
            f'Content-Type: multipart/alternative; boundary="{boundary}a"\n\n{alt}'
            f'--{boundary}\nContent-Type: text/csv; name="{name}"\nContent-Disposition: attachment; filename="{name}"\n'
            f"Content-Transfer-Encoding: base64\n\n{b64}--{boundary}--\n")


def htmlize(text: str) -> str:
    from html import escape as h
    return "<html><body>" + "".join(f"<p>{h(line)}</p>" for line in text.split("\n") if line) + "</body></html>"


# ---------------------------------------------------------------- documents

BANKS = [("08-99-99", "66374958"), ("10-79-99", "88837491"), ("20-29-59", "63748472")]


def text_doc(name: str, build) -> None:
    d = Doc(name)
    text = build(d)
    emit(d, text, text)


def hospital() -> None:
    def handover(d: Doc) -> str:
        d.ok("Seacole Ward", "Hollins Street")
        return (
            "SEACOLE WARD (Acute Medicine) - NIGHT TO DAY HANDOVER 03/11/2026\n"
            "Nurse in charge (night): " + d.n("Bronwen Pritchard") + "   Day: " + d.n("Joseph Mensah-Bonsu") + "\n\n"
            "Bay 1 Bed 2  " + d.n("WHITTAKER, Harold") + "  NHS " + d.nhsn(1) + "  DOB " + d.dob("1938-02-11", "11/02/1938") + "\n"
            "  CAP on IV co-amoxiclav, NEWS2 4 at 03:00, O2 2L. Mobilises with Zimmer frame. DNACPR in notes.\n"
            "Bay 1 Bed 4  " + d.n("Nasreen Akhtar") + "  NHS " + d.nhsn(2) + "  82y\n"
            "  Fall at home, # L NOF awaiting ortho. Halal diet, asks for curtains drawn at prayer times (Fajr ~06:10).\n"
            "Side room 3  " + d.n("Tadeusz Wiśniewski") + "  NHS " + d.nhsn(3) + "\n"
            "  Alcohol withdrawal - CIWA 14, chlordiazepoxide reducing regime. Wife " + d.n("Halina") + " phoning at 10, "
            + d.ph("07700 900418") + ".\n"
            "Bay 2 Bed 1  " + d.n("Kwame Asante") + "  NHS " + d.nhsn(4) + "\n"
            "  Sickle cell crisis, PCA morphine. Pain 6/10. Haem reg to review.\n"
            "Ward phone " + d.ph("0161 496 0732") + "  Hollins Street site, " + d.pc("M1 1AE") + "\n")
    d = Doc("handover-seacole-ward.txt"); t = handover(d); d.c("health", "religious_belief"); emit(d, t, t)

    d = Doc("obs-chart-bay3.csv")
    rows = [["patient", "nhs_no", "time", "RR", "SpO2", "BP", "HR", "temp", "AVPU", "obs_level", "comment"],
            [d.n("Siân Lloyd-Evans"), d.nhsn(5, 1), "06:00", "18", "95", "132/80", "88", "37.1", "A", "general", "on insulin sliding scale"],
            [d.n("Ifeanyi Okonkwo"), d.nhsn(6, 1), "06:05", "22", "93", "101/64", "112", "38.4", "A", "1:1 enhanced", "sepsis screen +ve, delirium"],
            [d.n("Maeve Ní Bhriain"), d.nhsn(7, 1), "06:12", "16", "98", "124/76", "70", "36.8", "A", "general", "post-op day 2 lap chole"],
            [d.n("Ramón Castillo Ortega"), d.nhsn(8, 1), "06:20", "20", "94", "118/70", "96", "37.6", "V", "within eyesight", "recent overdose - MH liaison referred"]]
    t = "\n".join(",".join(r) for r in rows) + "\n"; d.c("health"); emit(d, t, t)

    d = Doc("discharge-letter-okafor.docx")
    d.ok("Cavell Wing", "Mensah-Bonsu")
    paras = ["Discharge summary", "Patient: Mr " + d.n("Chukwuemeka Okafor") + "   DOB: " + d.dob("1961-09-30", "30 September 1961"),
             "NHS number: " + d.nhsn(9) + "   Address: 14 Larch Close, " + d.pc("B33 8TH"),
             "Admitted with NSTEMI; angiogram showed LAD stenosis, stented 29/10/2026.",
             [["Medicine", "Dose", "Notes"], ["Ticagrelor", "90 mg BD", "12 months"], ["Atorvastatin", "80 mg ON", "new"], ["Bisoprolol", "2.5 mg OD", "new"]],
             "GP: Dr " + d.n("Aisling Byrne") + ", Larch Medical Practice. Follow-up in cardiology clinic, Cavell Wing.",
             "Signed: Dr " + d.n("Priya Raghunathan") + ", ST4 Cardiology, bleep 4412, " + d.em("priya.raghunathan@nhs-trust.example.org")]
    d.ok("Larch Medical Practice", "Larch Close")
    data, t = docx(paras, header="Northfield Hospitals NHS Trust - Cardiology", footer="Copy to patient and GP. Tel " + d.ph("0121 496 0188"),
                   comments=[(d.n("Priya Raghunathan"), "Check whether he wants the DVLA letter re driving after stent")], author=d.n("Priya Raghunathan"))
    d.c("health"); emit(d, t, data)

    d = Doc("s136-note-liaison.txt")
    t = ("MENTAL HEALTH LIAISON - SECTION 136 ASSESSMENT NOTE\n"
         "Name: " + d.n("Daniel McAllister") + " (known as " + d.n("Danny") + ")   DOB " + d.dob("1993-05-17", "17.05.1993") + "   NHS " + d.nhsn(10, 2) + "\n"
         "Brought to the place of safety by PC " + d.n("Hollie Rees") + " at 01:40 under s136 after being found on the railway bridge.\n"
         "Danny reports low mood since losing his job, two previous overdoses (2023, 2025), current thoughts of ending his life, no plan today.\n"
         "Takes sertraline 100mg, not taking for two weeks. Smells of alcohol, AUDIT-C 10.\n"
         "Outcome: informal admission declined; home treatment team referral, safety plan agreed with sister " + d.n("Kerry McAllister") + " (" + d.ph("07700 900562") + ").\n"
         "Assessed by " + d.n("Oluwaseun Adeyemi") + " (AMHP) and Dr " + d.n("Farhan Qureshi") + " (s12 approved).\n")
    d.c("health"); emit(d, t, t)

    d = Doc("liaison-referrals.xlsx")
    rows1 = [["Referral date", "Patient", "NHS number", "Ward", "Reason", "Seen by"],
             ["01/11/2026", d.n("Gheorghe Popescu"), int(nhs(11)), "AMU", "confusion ?dementia vs delirium", d.n("Tamsin Hargreaves")],
             ["01/11/2026", d.n("Ayesha Siddiqa"), int(nhs(12)), "Seacole", "self-harm (cutting), eating disorder hx", d.n("Tamsin Hargreaves")],
             ["02/11/2026", d.n("Li Wei Chen"), int(nhs(13)), "ED", "psychotic symptoms, hearing voices, on clozapine", d.n("Oluwaseun Adeyemi")],
             ["03/11/2026", d.n("Nikos Papadakis"), int(nhs(14)), "Ortho", "anxiety, panic attacks pre-surgery", d.n("Tamsin Hargreaves")]]
    for r in rows1[1:]:
        d.ids.add(("nhs_number", str(r[2])))
    d.ok("Seacole")
    rows2 = [["Key", "Value"], ["Team", "Mental Health Liaison"], ["Duty phone", d.ph("0161 496 0955")], ["Email", d.em("mhliaison@nhs-trust.example.org")]]
    data, t = xlsx([("Referrals", rows1), ("Contacts", rows2)]); d.c("health"); emit(d, t, data)

    d = Doc("ward-chaplaincy-requests.md")
    t = ("# Chaplaincy visit requests - week 45\n\n"
         "| Patient | Ward | Request |\n|---|---|---|\n"
         "| " + d.n("Bridget Flanagan") + " | Seacole | Catholic, would like Holy Communion Sunday and the Sacrament of the Sick |\n"
         "| " + d.n("Harjit Singh Dhillon") + " | AMU | Sikh, asks that his kara is not removed, wants Gurdwara contacted |\n"
         "| " + d.n("Mehmet Yılmaz") + " | Ortho | Muslim, needs qibla direction and wudu jug |\n\n"
         "Chaplain on call: " + d.n("Gwilym Parry") + " - " + d.em("chaplaincy@nhs-trust.example.org") + "\n")
    d.ok("Seacole"); d.c("religious_belief"); emit(d, t, t)

    d = Doc("ward-bed-export.json")
    recs = [{"bedId": "SEA-07", "patientName": d.n("Comfort Owusu"), "nhsNumber": d.nhsn(15, 1), "dateOfBirth": d.dob("1950-12-03", "1950-12-03"),
             "alerts": ["MRSA positive", "Type 2 diabetes"], "nextOfKin": {"name": d.n("Kofi Owusu"), "tel": d.ph("+44 7700 900731")}},
            {"bedId": "SEA-08", "patientName": d.n("Gareth Pugh"), "nhsNumber": d.nhsn(16, 1), "dateOfBirth": d.dob("1947-06-21", "1947-06-21"),
             "alerts": ["Falls risk", "COPD"], "nextOfKin": None}]
    t = json.dumps({"ward": "Seacole", "exported": "2026-11-03T07:00:00Z", "beds": recs}, indent=2, ensure_ascii=False) + "\n"
    d.ok("Seacole"); d.c("health"); emit(d, t, t)


def prison() -> None:
    d = Doc("chaplaincy-faith-registrations.csv")
    rows = [["prison_no", "surname", "forename", "wing", "registered_faith", "diet", "notes"],
            ["A4821KT", d.n("Doherty"), d.n("Sean"), "B2", "Roman Catholic", "", "Mass Sunday 09:00"],
            ["A5530JR", d.n("Hussain"), d.n("Imran"), "C1", "Muslim", "Halal", "Jumu'ah Friday; Ramadan fasting list"],
            ["A6012PX", d.n("Bailey"), d.n("Tyrone"), "B4", "Rastafari", "Ital (vegan)", "requests dreadlocks not cut"],
            ["A6128LW", d.n("Kowalczyk"), d.n("Marek"), "A3", "Nil", "", ""],
            ["A6240DN", d.n("Shah"), d.n("Dev"), "C3", "Hindu", "Vegetarian (faith)", "Diwali visit requested"]]
    t = "\n".join(",".join(r) for r in rows) + "\n"
    d.c("religious_belief", "criminal_offence"); emit(d, t, t)

    d = Doc("education-course-roster.xlsx")
    rows = [["Course", "Learner", "Prison no", "Level", "Support need"],
            ["Functional Skills Maths", d.n("Liam O'Rourke"), "A4410BF", "Entry 3", "dyslexia - overlay"],
            ["Functional Skills Maths", d.n("Abdirahman Warsame"), "A4913HH", "Level 1", ""],
            ["Barbering NVQ", d.n("Jerome Clarke-Campbell"), "A5002RT", "Level 2", "ADHD, medication at 12:00"],
            ["Barbering NVQ", d.n("Florin Dumitrescu"), "A5391MC", "Level 2", ""]]
    kv = [["Tutor", d.n("Rhiannon Beddoes")], ["Room", "Education 4"], ["Contact", d.em("education.hmp@justice-edu.example.org")]]
    data, t = xlsx([("Roster", rows), ("Info", kv)]); d.c("health", "criminal_offence"); emit(d, t, data)

    d = Doc("adjudication-record.docx")
    paras = ["ADJUDICATION - CHARGE SHEET DIS1", "Prisoner: " + d.n("STEWART, Callum") + "   Number A4377ZD   Wing D1",
             "Charge: rule 51(12) - has in his possession an unauthorised article (mobile phone found in cell).",
             "Second charge: rule 51(1) - assault on another prisoner, " + d.n("Owen Jenkins") + ", who received a cut lip (treated by healthcare).",
             "Plea: not guilty to both. Finding: proven on charge 1. Referred to Independent Adjudicator for charge 2; police informed.",
             "Governor: " + d.n("Sandra Pilkington")]
    d.ok("HMP Ashdown")
    data, t = docx(paras, header="HMP Ashdown - Adjudications", footer="OFFICIAL-SENSITIVE", author=d.n("Sandra Pilkington"))
    d.c("criminal_offence", "health"); emit(d, t, data)

    d = Doc("kitchen-religious-diets.tsv")
    rows = [["Cell", "Name", "Diet", "Reason"],
            ["C1-14", d.n("Imran Hussain"), "Halal", "religious"],
            ["D2-03", d.n("Yosef Abramovitz"), "Kosher", "religious - Jewish; Passover pack April"],
            ["A3-22", d.n("Kenneth Yeung"), "Low sugar", "diabetic (insulin)"],
            ["B1-09", d.n("Patrick Nwachukwu"), "Vegetarian", "personal choice"]]
    t = "\n".join("\t".join(r) for r in rows) + "\n"; d.c("religious_belief", "health", "criminal_offence"); emit(d, t, t)

    d = Doc("chaplain-visit-log.rtf")
    paras = ["Chaplaincy statutory visits - Segregation Unit",
             "04/11 Imam " + d.n("Yusuf Patel") + " saw " + d.n("Karim Benali") + " (A6630KM) - asked for a prayer mat and Qur'an; serving 6 years for robbery.",
             "04/11 Father " + d.n("Declan Murphy") + " saw " + d.n("Ryan Holt") + " (A6702LN) - first night, low mood, ACCT open, on constant watch.",
             "Contact: chaplaincy office " + d.ph("01632 960418")]
    t = "\n".join(paras); data = rtf(paras); d.c("religious_belief", "criminal_offence", "health"); emit(d, t, data)

    d = Doc("education-enrolment.eml")
    body = ("Hi " + d.n("Rhiannon") + ",\n\nCan you add " + d.n("Mihai Ionescu") + " (A6811FQ, E wing) to the ESOL class? He is on remand so may move on.\n"
            "Healthcare say he is epileptic - seizure plan attached to his file.\n\nThanks,\n" + d.n("Gordon Blackwood") + "\nLearning & Skills Manager\n")
    d.n("Rhiannon Beddoes"); d.names.discard("Rhiannon Beddoes")
    hdr = [("From", d.n("Gordon Blackwood") + " <" + d.em("gordon.blackwood@justice-edu.example.org") + ">"),
           ("To", d.n("Rhiannon Beddoes") + " <" + d.em("rhiannon.beddoes@justice-edu.example.org") + ">"),
           ("Subject", "ESOL place"), ("Date", "Wed, 04 Nov 2026 10:12:00 +0000"), ("Message-ID", "<ed1@justice-edu.example.org>")]
    t = "\n".join(f"{k}: {v}" for k, v in hdr) + "\n" + body
    data = eml(hdr, body, htmlize(body), boundary="b8-edu"); d.c("criminal_offence", "health"); emit(d, t, data)


def police_fed() -> None:
    d = Doc("fed-casework-log.xlsx")
    rows = [["Case ref", "Member", "Collar no", "Rank", "Matter", "Rep", "Status"],
            ["PF-26-114", d.n("Craig Whitfield"), 4471, "PC", "Gross misconduct hearing - alleged excessive force", d.n("Joanne Tremlett"), "Hearing 12/12"],
            ["PF-26-118", d.n("Anjali Mistry"), 2290, "DC", "Sickness - PTSD after fatal RTC, phased return", d.n("Joanne Tremlett"), "Open"],
            ["PF-26-121", d.n("Stuart Macleod"), 3315, "PS", "Arrested for drink-driving off duty; criminal investigation", d.n("Dafydd Morgan"), "Open"],
            ["PF-26-125", d.n("Grace Adebayo"), 5102, "PC", "Pregnancy risk assessment dispute", d.n("Dafydd Morgan"), "Closed"]]
    kv = [["Branch", "Westshire Police Federation"], ["Secretary", d.n("Joanne Tremlett")], ["Phone", d.ph("01632 960777")]]
    data, t = xlsx([("Cases", rows), ("Branch", kv)])
    d.c("trade_union", "health", "criminal_offence"); emit(d, t, data)

    d = Doc("welfare-fund-grant.txt")
    t = ("WESTSHIRE POLICE FEDERATION WELFARE FUND - GRANT APPLICATION\n"
         "Member: " + d.n("Lauren Birtwistle") + "   Federation member since 2011   NI: " + d.nino("QQ 48 21 73 B") + "\n"
         "Address: 7 Paddock Row, " + d.pc("CR2 6XH") + "   Mobile: " + d.ph("07700 900133") + "\n"
         "Reason: husband " + d.n("Neil Birtwistle") + " diagnosed with motor neurone disease; adaptations to bathroom needed.\n"
         "Amount: £2,500. Pay to sort code " + BANKS[0][0] + " account " + BANKS[0][1] + "\n"
         "Approved by trustees " + d.n("Dafydd Morgan") + " and " + d.n("Joanne Tremlett") + ", 28/10/2026.\n")
    d.ok("GRANT APPLICATION")
    d.bank(*BANKS[0]); d.c("trade_union", "health"); emit(d, t, t)

    d = Doc("misconduct-hearing-notes.docx")
    paras = ["Misconduct hearing - representation notes (privileged)",
             "Officer: PC " + d.n("Craig Whitfield") + ", collar 4471. Federation rep: " + d.n("Joanne Tremlett") + ".",
             "Allegation: use of force during arrest of a member of the public on 14/06/2026, bodycam partly obscured.",
             "Mitigation: officer was three weeks back from knee surgery and on co-codamol; occupational health report supports.",
             "Chair: " + d.n("Helen Oduya") + " (legally qualified chair)."]
    data, t = docx(paras, textbox="Do not share outside Federation", comments=[(d.n("Dafydd Morgan"), "Get the OH report dated")], author=d.n("Joanne Tremlett"))
    d.c("trade_union", "health"); emit(d, t, data)

    d = Doc("fed-members-subs.csv")
    rows = [["member_id", "name", "email", "subs_method", "sort_code", "account"],
            ["WPF0193", d.n("Tomasz Zieliński"), d.em("t.zielinski@westshire-police.example.net"), "payroll", "", ""],
            ["WPF0201", d.n("Kelechi Eze"), d.em("kelechi.eze@westshire-police.example.net"), "direct debit", BANKS[1][0], BANKS[1][1]],
            ["WPF0217", d.n("Fiona Drummond"), d.em("fiona.drummond@westshire-police.example.net"), "payroll", "", ""]]
    d.bank(*BANKS[1])
    t = "\n".join(",".join(r) for r in rows) + "\n"; d.c("trade_union"); emit(d, t, t)

    d = Doc("fed-reps-thread.eml")
    first = ("Dafydd,\n\nStu Macleod's custody interview is 14:00 tomorrow at Eastgate. He has asked for a Fed rep and a solicitor.\n"
             "He's also told me he's been seeing the force counsellor for alcohol issues.\n\nJo\n")
    d.n("Stuart Macleod"); d.names.discard("Stuart Macleod"); d.n("Stu Macleod"); d.n("Jo"); d.n("Dafydd")
    reply = ("I can cover it. I'll ring the custody sergeant.\n\nDafydd Morgan\nDeputy Secretary, " + d.ph("07700 900286") + "\n\n"
             "On 05/11/2026 09:02, Joanne Tremlett wrote:\n" + "".join("> " + l + "\n" for l in first.splitlines()))
    d.n("Dafydd Morgan", "Joanne Tremlett")
    hdr = [("From", "Dafydd Morgan <" + d.em("dafydd.morgan@westshire-fed.example.org") + ">"),
           ("To", "Joanne Tremlett <" + d.em("joanne.tremlett@westshire-fed.example.org") + ">"),
           ("Subject", "Re: Macleod custody interview"), ("Date", "Thu, 05 Nov 2026 09:40:00 +0000"),
           ("In-Reply-To", "<jt55@westshire-fed.example.org>")]
    d.n("Macleod")
    t = "\n".join(f"{k}: {v}" for k, v in hdr) + "\n" + reply
    data = eml(hdr, reply, htmlize(reply), boundary="b8-fed"); d.c("criminal_offence", "health", "trade_union"); emit(d, t, data)


def fostering() -> None:
    d = Doc("form-f-assessment-summary.docx")
    paras = ["Form F Assessment - summary for panel", "Applicants: " + d.n("Marcus Thompson") + " and " + d.n("Adeel Rahman") + ", 22 Wellesley Gardens, " + d.pc("DN55 1PT"),
             "Marcus (DOB " + d.dob("1984-04-08", "08/04/1984") + ") and Adeel (DOB " + d.dob("1982-10-19", "19/10/1982") + ") are a gay couple, civil partners since 2019.",
             "Marcus is of Black Caribbean heritage and attends a Pentecostal church; Adeel is British Pakistani and a non-practising Muslim.",
             "Health: Adeel has well-controlled type 1 diabetes (insulin pump); Marcus had counselling for depression in 2017, discharged. GP medicals satisfactory.",
             "Household: Marcus's mother " + d.n("Beverley Thompson") + " (72) stays most weekends; she uses a wheelchair after a stroke.",
             "DBS: enhanced, clear for both. Social worker: " + d.n("Eilidh Fraser") + ", " + d.em("eilidh.fraser@brightfutures-fostering.example.org")]
    d.n("Marcus", "Adeel"); d.ok("Wellesley Gardens")
    data, t = docx(paras, header="Bright Futures Fostering - CONFIDENTIAL", footer="Panel date 19/11/2026",
                   comments=[(d.n("Eilidh Fraser"), "Add Adeel's brother's reference")], author=d.n("Eilidh Fraser"))
    d.c("sex_life_orientation", "racial_ethnic_origin", "religious_belief", "health"); emit(d, t, data)

    d = Doc("matching-notes-child-k.txt")
    t = ("MATCHING MEETING NOTES - 02/11/2026\n"
         "Child: " + d.n("Kayden Oyelaran-Smith") + ", aged 7 (DOB " + d.dob("2019-03-14", "14/03/2019") + ")\n"
         "Heritage: mixed White British and Black African (Yoruba). Birth mother " + d.n("Chantelle Smith") + "; birth father " + d.n("Babatunde Oyelaran") + " (in custody, serving sentence for GBH).\n"
         "Needs: foetal alcohol spectrum disorder, speech therapy weekly, eczema. Baptised Church of England; birth mother wants him raised with some contact with church.\n"
         "Proposed carers: " + d.n("Ruth") + " and " + d.n("Simon Ashworth") + ". Concern: carers have no experience of caring for Black hair and skin; training booked.\n"
         "Family finder: " + d.n("Nadia Haddad") + ", " + d.ph("0113 496 0871") + "\n")
    d.c("racial_ethnic_origin", "health", "religious_belief", "criminal_offence"); emit(d, t, t)

    d = Doc("carer-household-register.ods")
    rows = [["Carer household", "Member", "Relationship", "DOB", "Health / faith notes"],
            ["H-031", d.n("Joanna Kaczmarek"), "applicant", d.dob("1979-01-25", "25/01/1979"), "Catholic, attends St Anne's Polish Mass"],
            ["H-031", d.n("Piotr Kaczmarek"), "partner", d.dob("1977-08-02", "02/08/1977"), "epilepsy, no seizures 5 yrs"],
            ["H-044", d.n("Fatuma Abdi"), "applicant", d.dob("1988-11-11", "11/11/1988"), "Somali; Muslim, halal household"],
            ["H-044", d.n("Hodan Abdi"), "daughter (17)", d.dob("2009-05-30", "30/05/2009"), "asthma"]]
    d.ok("St Anne's")
    data, t = ods("Households", rows); d.c("religious_belief", "health", "racial_ethnic_origin"); emit(d, t, data)

    d = Doc("adoption-panel-minutes.md")
    t = ("# Adoption Panel - 10 November 2026\n\nChair: " + d.n("Angharad Lewis") + "  \nAdviser: " + d.n("Samuel Boateng") + "\n\n"
         "## Item 2: approval of " + d.n("Chloe") + " and " + d.n("Jamie Lam") + "\n\n"
         "Chloe (Hong Kong Chinese) and Jamie (White Scottish) - unable to conceive after three IVF cycles; Chloe has endometriosis. "
         "Both Buddhist, attend a temple in Manchester monthly. Recommendation: approve, 0-4 years, one child.\n")
    d.n("Jamie")
    d.c("racial_ethnic_origin", "health", "religious_belief"); emit(d, t, t)

    d = Doc("fostering-carer-export.jsonl")
    lines = [{"carer_ref": "BF-0312", "full_name": d.n("Ewa Nowakowska"), "email": d.em("ewa.nowakowska@example.com"), "mobile": d.ph("07700 900845"),
              "postcode": d.pc("EC1A 1BB"), "dbs_status": "clear", "approval": "short-term, 2 children"},
             {"carer_ref": "BF-0318", "full_name": d.n("Tunde Bakare"), "email": d.em("tunde.bakare@example.net"), "mobile": d.ph("07700 900846"),
              "postcode": d.pc("W1A 0AX"), "dbs_status": "caution 2004 (theft) - disclosed, risk assessed", "approval": "respite"}]
    t = "".join(json.dumps(l, ensure_ascii=False) + "\n" for l in lines); d.c("criminal_offence"); emit(d, t, t)

    d = Doc("supervision-visit.html")
    body = ("Supervising social worker visit - " + d.n("Margaret O'Sullivan") + " (foster carer)\n"
            "Placement: " + d.n("Tyler Grant") + " (14). Tyler disclosed he is bisexual and has a boyfriend at school; Margaret supportive.\n"
            "Tyler attending CAMHS for anxiety, on fluoxetine 10mg. Cautioned in September for criminal damage.\n"
            "Visited by " + d.n("Eilidh Fraser") + ", 30/10/2026.")
    d.n("Tyler", "Margaret")
    from html import escape as h
    t = body
    data = "<!DOCTYPE html><html><head><title>Visit record</title></head><body><h1>Visit record</h1>" + "".join(f"<p>{h(l)}</p>" for l in body.split("\n")) + "</body></html>\n"
    d.c("sex_life_orientation", "health", "criminal_offence"); emit(d, t, data)


def dna_company() -> None:
    d = Doc("paternity-result-PT2026-0417.txt")
    t = ("HELIXLINE DNA - LEGAL PATERNITY TEST REPORT  Case PT2026-0417\n"
         "Alleged father: " + d.n("Dwayne Campbell") + "   DOB " + d.dob("1990-02-27", "27/02/1990") + "   ID: UK passport " + d.passport("533380006") + "\n"
         "Mother: " + d.n("Samantha Reid") + "   Child: " + d.n("Mia Reid") + " (DOB " + d.dob("2024-08-09", "09/08/2024") + ")\n"
         "Loci tested: 24 STR. Combined Paternity Index: 1,842,551. Probability of paternity: 99.9999%.\n"
         "Conclusion: Dwayne Campbell is not excluded as the biological father of Mia Reid.\n"
         "Reporting scientist: " + "Dr " + d.n("Katarzyna Wójcik") + "\n")
    d.c("genetic"); emit(d, t, t)

    d = Doc("chain-of-custody-PT2026-0422.docx")
    paras = ["CHAIN OF CUSTODY - SAMPLE COLLECTION", [["Role", "Name", "ID checked", "Swab"],
             ["Tested party 1", d.n("Olumide Adewale"), "Driving licence " + d.licence("ADEWA808126OA9KT"), "buccal x4"],
             ["Tested party 2 (child)", d.n("Temi Adewale"), "Birth certificate", "buccal x4"],
             ["Collector", d.n("Ioana Stan"), "-", "-"]],
             "Samples sealed 11:20 03/11/2026, courier ref HX-88231. " + d.n("Olumide") + " states he takes no medication and has had no transfusion."]
    data, t = docx(paras, header="HelixLine DNA Ltd", footer="Collector " + d.n("Ioana Stan") + " - " + d.ph("0117 496 0344"), author=d.n("Ioana Stan"))
    d.c("genetic"); emit(d, t, data)

    d = Doc("ancestry-results-export.json")
    recs = [{"kitId": "HL-A-55120", "customer": {"firstName": d.n("Rebecca"), "lastName": d.n("Goldstein"), "email": d.em("rebecca.goldstein@example.com")},
             "ancestry": {"Ashkenazi Jewish": 48.2, "British & Irish": 31.5, "Eastern European": 20.3}, "haplogroup": "K1a1b1a"},
            {"kitId": "HL-A-55131", "customer": {"firstName": d.n("Ahmed"), "lastName": d.n("Osman"), "email": d.em("ahmed.osman@example.org")},
             "ancestry": {"Sudanese": 61.0, "Egyptian": 22.4, "Arabian Peninsula": 16.6}, "haplogroup": "E1b1b"}]
    t = json.dumps(recs, indent=1, ensure_ascii=False) + "\n"; d.c("genetic", "racial_ethnic_origin"); emit(d, t, t)

    d = Doc("orders-2026-11.csv")
    rows = [["order_no", "customer_name", "email", "phone", "postcode", "product", "card", "ip"],
            ["HL-90114", d.n("Georgiou, Eleni"), d.em("eleni.georgiou@example.net"), d.ph("07700 900912"), d.pc("M1 1AE"), "Peace of Mind Paternity", d.card("4111 1111 1111 1111"), d.ip("203.0.113.45")],
            ["HL-90115", d.n("Nwosu, Chidi"), d.em("chidi.nwosu@example.com"), d.ph("+44 7700 900913"), d.pc("B33 8TH"), "Ancestry Plus kit", d.card("5555555555554444"), d.ip("198.51.100.17")],
            ["HL-90116", d.n("Ferreira, João"), d.em("joao.ferreira@example.org"), d.ph("07700 900914"), d.pc("CR2 6XH"), "Sibling DNA Test", "", d.ip("2001:db8::4a")]]
    t = "\n".join(",".join(f'"{c}"' if "," in c else c for c in r) for r in rows) + "\n"
    d.ok("Peace of Mind Paternity"); emit(d, t, t)

    d = Doc("customer-complaint.eml")
    body = ("Dear HelixLine,\n\nMy test (kit HL-A-55190) says I am 34% Nigerian but my family is Ghanaian, Ashanti on both sides. "
            "I want a refund to my card ending 0005.\n\nYours,\n" + d.n("Abena Mensah") + "\n" + d.ph("07700 900977") + "\n")
    att = "kit,name,region,percent\nHL-A-55190," + d.n("Abena Mensah") + ",Nigerian,34\nHL-A-55190," + d.n("Abena Mensah") + ",Ghanaian & Ivorian,58\n"
    hdr = [("From", "=?utf-8?q?Abena_Mensah?= <" + d.em("abena.mensah@example.com") + ">"), ("To", d.em("support@helixline.example.com")),
           ("Subject", "Wrong ancestry result"), ("Date", "Mon, 02 Nov 2026 18:01:00 +0000")]
    t = "\n".join(f"{k}: {v}" for k, v in hdr) + "\nAbena Mensah\n" + body + att
    data = eml(hdr, body, htmlize(body), attachment=("ancestry.csv", att), boundary="b8-dna"); d.c("genetic", "racial_ethnic_origin"); emit(d, t, data)

    d = Doc("lab-batch-sheet.xlsx")
    rows = [["Sample", "Case", "Tested party", "DOB", "Result", "Analyst"],
            ["S-7781", "PT2026-0431", d.n("Hamid Karimi"), d.dob("1985-07-14", "14/07/1985"), "Excluded", d.n("Katarzyna Wójcik")],
            ["S-7782", "PT2026-0431", d.n("Zahra Karimi"), d.dob("2022-01-03", "03/01/2022"), "Excluded", d.n("Katarzyna Wójcik")],
            ["S-7790", "SB2026-0088", d.n("Olena Kovalenko"), d.dob("1996-09-09", "09/09/1996"), "Full siblings 97.1%", d.n("Bogdan Ivanov")]]
    data, t = xlsx([("Batch 311", rows)]); d.c("genetic"); emit(d, t, data)


def faith() -> None:
    d = Doc("baptism-register-2026.csv")
    rows = [["Date", "Child", "Child DOB", "Parents", "Godparents", "Officiant"],
            ["04/10/2026", d.n("Oscar James Whitmore"), d.dob("2026-05-02", "02/05/2026"), d.n("Thomas Whitmore") + " & " + d.n("Hannah Whitmore"), d.n("Lucy Fenwick") + "; " + d.n("Ben Carver"), "Revd " + d.n("Clare Ashdown")],
            ["18/10/2026", d.n("Grace Chidinma Obi"), d.dob("2026-03-21", "21/03/2026"), d.n("Emeka Obi") + " & " + d.n("Ngozi Obi"), d.n("Esther Nnamdi"), "Revd " + d.n("Clare Ashdown")]]
    t = "\n".join(",".join(r) for r in rows) + "\n"; d.c("religious_belief"); emit(d, t, t)

    d = Doc("marriage-banns.txt")
    t = ("ST MICHAEL & ALL ANGELS - BANNS OF MARRIAGE (first reading 8 November 2026)\n"
         "I publish the banns of marriage between " + d.n("Callum Fraser") + ", bachelor, of this parish, and " + d.n("Sofia Marinescu") + ", spinster, of the parish of St Luke, Eastfield.\n"
         "Callum is being confirmed on 22 November; Sofia is Romanian Orthodox and the couple have asked for a blessing from " + "Father " + d.n("Radu Stoica") + ".\n"
         "Parish office: " + d.ph("01632 960210") + " / " + d.em("office@stmichaels-parish.example.org") + "\n")
    d.n("Callum", "Sofia"); d.ok("St Luke"); d.c("religious_belief"); emit(d, t, t)

    d = Doc("gift-aid-schedule-q3.xlsx")
    rows = [["Title", "First name", "Last name", "House", "Postcode", "Aggregated?", "Sponsored?", "Donation date", "Amount"],
            ["Mrs", d.n("Patricia"), d.n("Hollingsworth"), "12", d.pc("DN55 1PT"), "", "", "05/07/2026", 40.0],
            ["Mr", d.n("Gwyn"), d.n("Prothero"), "Ty Newydd", d.pc("CR2 6XH"), "", "", "12/08/2026", 120.0],
            ["Dr", d.n("Chinedu"), d.n("Okeke"), "3", d.pc("W1A 0AX"), "", "", "30/09/2026", 25.5]]
    kv = [["Charity", "PCC of St Michael & All Angels"], ["Treasurer", d.n("Roger Pennington")], ["Weekly planned giving, envelope scheme", "yes"]]
    data, t = xlsx([("Schedule", rows), ("Claim", kv)]); d.c("religious_belief"); emit(d, t, data)

    d = Doc("zakat-register-1448.tsv")
    rows = [["Ref", "Donor", "Phone", "Zakat (£)", "Sadaqah (£)", "Gift Aid"],
            ["Z-101", d.n("Mohammed Iqbal"), d.ph("07700 900301"), "850", "50", "Y"],
            ["Z-102", d.n("Rukhsana Begum"), d.ph("07700 900302"), "320", "0", "Y"],
            ["Z-103", d.n("Abdul Karim Miah"), d.ph("07700 900303"), "1200", "200", "N"]]
    t = "Jamia Masjid Noor - Zakat al-Mal collection\n" + "\n".join("\t".join(r) for r in rows) + "\n"
    d.c("religious_belief"); emit(d, t, t)

    d = Doc("prayer-rota-ramadan.md")
    t = ("# Jamia Masjid Noor - Taraweeh and adhan rota\n\n"
         "- Fajr adhan: Br. " + d.n("Bilal Chaudhry") + "\n- Isha and Taraweeh imam (juz 1-15): Hafiz " + d.n("Usman Farooq") + "\n"
         "- Taraweeh (juz 16-30): " + d.n("Shafiq Rahman") + " - excused nights 20-22, in hospital for kidney dialysis\n"
         "- Sisters' section steward: " + d.n("Shabana Akhtar") + "\n- Iftar kitchen: " + d.n("Tariq Mahmood") + ", " + d.ph("07700 900415") + "\n")
    d.c("religious_belief", "health"); emit(d, t, t)

    d = Doc("mosque-committee.mbox")
    m1 = ("Salaam all,\n\nMinutes from Sunday attached in the body below. Gift aid claim for zakat donors is due; "
          "Br Tariq please send the list.\nSr Shabana raised that the funeral (janazah) for " + "Haji " + d.n("Ghulam Nabi") + " will be Thursday after Zuhr.\n\n" + d.n("Anwar Hossain") + "\nSecretary\n")
    m2 = ("Wa alaikum salaam. List attached by Friday. Note " + d.n("Rukhsana Begum") + " asked not to be named in the newsletter.\n\nTariq\n")
    d.n("Tariq", "Shabana", "Tariq Mahmood", "Anwar Hossain")
    h1 = [("From", "Anwar Hossain <" + d.em("secretary@masjidnoor.example.org") + ">"), ("To", d.em("committee@masjidnoor.example.org")),
          ("Subject", "Committee minutes"), ("Date", "Mon, 09 Nov 2026 20:00:00 +0000"), ("Message-ID", "<m1@masjidnoor.example.org>")]
    h2 = [("From", "Tariq Mahmood <" + d.em("tariq.mahmood@example.com") + ">"), ("To", d.em("committee@masjidnoor.example.org")),
          ("Subject", "Re: Committee minutes"), ("Date", "Tue, 10 Nov 2026 08:30:00 +0000"), ("Message-ID", "<m2@masjidnoor.example.org>")]
    parts = []
    for hdr, b in ((h1, m1), (h2, m2)):
        parts.append("From MAILER-DAEMON Mon Nov  9 20:00:00 2026\n" + "".join(f"{k}: {v}\n" for k, v in hdr) + "\n"
                     + re.sub(r"^From ", ">From ", b, flags=re.M) + "\n")
    data = "".join(parts)
    t = data
    d.c("religious_belief"); emit(d, t, data)

    d = Doc("parish-pastoral-visits.odt")
    paras = ["Pastoral visiting list - Advent", d.n("Edna Blackburn") + ": housebound, COPD and oxygen; home communion monthly.",
             d.n("Wiktor Nowak") + ": recently bereaved; attends the Polish Mass; son " + d.n("Adam Nowak") + " has asked for a visit.",
             d.n("Rosemary Tull") + ": in Larkfield Hospice (bowel cancer), asked for anointing.", "Coordinator: " + d.n("Clare Ashdown") + ", " + d.ph("01632 960210")]
    d.ok("Larkfield Hospice")
    data, t = odt(paras); d.c("religious_belief", "health"); emit(d, t, data)

    d = Doc("standing-order-donors.rtf")
    ib1 = iban("NWBK", "601613", "31926819")
    paras = ["St Michael's Stewardship - standing order donors", d.n("Harold Pike") + " - £30 monthly - from IBAN " + d.ib(ib1),
             d.n("Suzanne Le Roux") + " - £15 monthly, sort code 20-29-59 account 63748472", "Treasurer: " + d.n("Roger Pennington")]
    d.bank(*BANKS[2])
    t = "\n".join(paras); data = rtf(paras); d.c("religious_belief"); emit(d, t, data)


def negatives() -> None:
    docs = {
        "policy-mental-health-act-detentions.txt": (
            "Policy: detentions under the Mental Health Act and section 136\n"
            "Staff must record the legal basis of any detention, the time of arrival at the place of safety and the outcome of assessment. "
            "Patients with suicidal ideation, self-harm, psychosis or substance misuse must be offered a liaison assessment within one hour. "
            "Records of diagnoses are special-category health data and are shared only under the information-sharing agreement.\n"),
        "policy-prison-faith-and-diet.md": (
            "# Faith and diet policy\n\nEvery prisoner may register a religion on reception and change it after a chaplain's interview. "
            "Halal, kosher and vegetarian diets are provided. Friday prayers, Sunday Mass and festivals such as Diwali, Eid and Passover are facilitated. "
            "Faith registration is special-category data: do not display it on wing boards.\n"),
        "policy-federation-data-protection.html": (
            "<html><body><h1>Federation privacy notice</h1><p>We process information about your membership of the Federation, which is trade union membership, "
            "your health where you ask for welfare support, and allegations of criminal offences or misconduct where we represent you.</p></body></html>\n"),
        "policy-fostering-diversity.txt": (
            "Fostering diversity and matching policy\nWe welcome carers of every ethnicity, faith, sexual orientation and gender identity. "
            "Matching considers a child's heritage, religion, health needs and disability. Same-sex couples, single carers and carers with a criminal record "
            "that is not a bar to approval may apply. Past convictions are risk assessed.\n"),
        "policy-dna-testing-privacy.txt": (
            "HelixLine privacy notice (genetic data)\nA DNA sample and the genetic results we derive from it are special-category data. "
            "Ancestry estimates may reveal ethnic origin. Paternity results are released only to the tested adults. "
            "We never use fingerprints or facial recognition; ID is checked by sight.\n"),
        "training-safeguarding-slides.md": (
            "# Slide 4: Recognising risk\n\n- Signs of self-harm and eating disorders\n- Radicalisation and extremist political views\n"
            "- Children's sexual exploitation\n- Domestic abuse and substance misuse\n\n# Slide 5: Record facts, not opinions\n"),
        "training-chaplaincy-induction.txt": (
            "Chaplaincy induction quiz\n1. Which festivals fall in Ramadan?\n2. What is a kara and why must it not be removed?\n"
            "3. How do you arrange a Catholic priest for the Sacrament of the Sick?\n4. Who may attend Jumu'ah prayers?\n"),
        "policy-board-minutes-equality.txt": (
            "Trustee board minutes - equality monitoring\nThe board reviewed anonymised figures: 12% of volunteers are from Black, Asian or minority ethnic groups, "
            "8% identify as lesbian, gay or bisexual, 15% disclosed a disability and 4% are union members. No individual is identified. "
            "Action: improve the religion and belief question.\n"),
    }
    for name, text in docs.items():
        d = Doc(name)
        emit(d, text, text)


def extras() -> None:
    d = Doc("visits-hall-biometric-enrolment.csv")
    rows = [["visitor_id", "visitor_name", "visiting", "fingerprint_enrolled", "template_id", "enrolment_ip"],
            ["V-20931", d.n("Shanice Bailey"), "A6012PX", "yes - right index", "FP-7F21A9", d.ip("192.0.2.41")],
            ["V-20944", d.n("Agnieszka Kowalczyk"), "A6128LW", "yes - left thumb (right hand in cast)", "FP-7F21C3", d.ip("192.0.2.41")],
            ["V-20950", d.n("Desmond Clarke"), "A5002RT", "declined - photo ID only", "", d.ip("192.0.2.42")]]
    t = "\n".join(",".join(r) for r in rows) + "\n"; d.c("biometric", "health"); emit(d, t, t)

    d = Doc("id-verification-log.jsonl")
    lines = [{"case": "PT2026-0440", "subject_name": d.n("Kieran Doyle"), "check": "face_match", "selfie_vs_passport_score": 0.982, "liveness": "pass",
              "passport_no": d.passport("925076473"), "ip": d.ip("198.51.100.203")},
             {"case": "PT2026-0441", "subject_name": d.n("Aaliyah Jackson"), "check": "face_match", "selfie_vs_passport_score": 0.611, "liveness": "fail - manual review",
              "passport_no": d.passport("107185903"), "ip": d.ip("2001:db8:0:7::12")}]
    t = "".join(json.dumps(l) + "\n" for l in lines); d.c("biometric"); emit(d, t, t)

    d = Doc("referee-interview-notes.txt")
    t = ("Personal referee interview - applicant " + d.n("Gwenllian Hughes") + " (fostering)\n"
         "Referee: " + d.n("Rajesh Menon") + ", friend of 15 years, " + d.ph("07700 900519") + ", " + d.em("rajesh.menon@example.net") + "\n"
         "He describes Gwenllian as a committed Plaid Cymru member who stood as a county council candidate in 2022 and still knocks doors at every election; "
         "he felt her activism would not affect a child. She volunteers at the Extinction Rebellion food stall.\n"
         "Interviewed by " + d.n("Eilidh Fraser") + ".\n")
    d.n("Gwenllian"); d.c("political_opinion"); emit(d, t, t)

    d = Doc("eid-event-volunteers.txt")
    t = ("Eid al-Adha community lunch - volunteers\n"
         "Lead: " + d.n("Nusrat Jahan") + " (" + d.ph("07700 900620") + ")\n"
         "Stall: Cllr " + d.n("Faisal Mirza") + " (Liberal Democrat, Noor ward) will hand out leaflets for his re-election - committee said no party material inside the prayer hall.\n"
         "Kitchen: " + d.n("Abdul Karim Miah") + " - note he is on warfarin, no knife duty.\n")
    d.c("religious_belief", "political_opinion", "health"); emit(d, t, t)

    d = Doc("next-of-kin-form.docx")
    paras = ["Next of kin and consent - Ward 14 (Stroke)", "Patient: " + d.n("Deborah Kinsella") + "   NHS " + d.nhsn(17),
             "Next of kin: " + d.n("Priyanka Nair") + " - wife (same-sex marriage 2021). Tel " + d.ph("020 7946 0381"),
             "Patient aphasic after left MCA infarct; Priyanka holds lasting power of attorney for health.",
             "Recorded by " + d.n("Segun Afolabi") + ", staff nurse."]
    d.n("Priyanka")
    data, t = docx(paras, footer="Ward 14 - " + d.ph("020 7946 0100"), author=d.n("Segun Afolabi"))
    d.c("sex_life_orientation", "health"); emit(d, t, data)

    d = Doc("fed-ballot-returns.ods")
    rows = [["Member", "Collar", "Voted in branch ballot", "Wants Federation to seek right to strike"],
            [d.n("Owain Griffiths"), 6120, "yes", "yes"], [d.n("Marta Silva"), 6133, "yes", "no"], [d.n("Dimitrios Kostas"), 6141, "no", ""]]
    data, t = ods("Ballot", rows); d.c("trade_union"); emit(d, t, data)


def more() -> None:
    d = Doc("debate-club-register.txt")
    t = ("HMP Ashdown Education - Debating Society, autumn term\n"
         "Motion: This House would give prisoners the vote.\n"
         "Proposing: " + d.n("Alasdair Grant") + " (A6905SN) - SNP member before custody, argues for independence in every session.\n"
         "Opposing: " + d.n("Wayne Ridley") + " (A7012TB) - says he has voted Reform UK and will again on release.\n"
         "Chair: tutor " + d.n("Rhiannon Beddoes") + ".\n")
    d.ok("HMP Ashdown"); d.c("political_opinion", "criminal_offence"); emit(d, t, t)

    d = Doc("fed-branch-agm-minutes.docx")
    paras = ["Westshire Police Federation - Branch AGM, 6 November 2026",
             "Present: " + d.n("Joanne Tremlett") + " (Secretary), " + d.n("Dafydd Morgan") + " (Deputy), 41 members.",
             "Retired member " + d.n("Clive Hetherington") + " announced he is standing as the Conservative candidate for Police and Crime Commissioner; "
             "members asked that Federation resources are not used for his campaign.",
             "Welfare: condolences to PC " + d.n("Aled Vaughan") + " on the death of his wife; he is off sick with bereavement-related depression.",
             "Next meeting: Federation House, " + d.pc("M1 1AE") + "."]
    data, t = docx(paras, header="Westshire Police Federation", author=d.n("Joanne Tremlett"))
    d.c("trade_union", "political_opinion", "health"); emit(d, t, data)

    d = Doc("theatre-staff-clockin.csv")
    rows = [["staff_no", "name", "role", "clock_method", "enrolled", "terminal_ip"],
            ["N10442", d.n("Rosalind Achterberg"), "Scrub nurse", "palm vein scan", "2026-09-01", d.ip("203.0.113.9")],
            ["N10457", d.n("Efosa Igbinedion"), "ODP", "fingerprint", "2026-09-03", d.ip("203.0.113.9")],
            ["N10463", d.n("Hyun-woo Park"), "Anaesthetist", "smartcard PIN", "2026-09-03", d.ip("203.0.113.10")]]
    t = "\n".join(",".join(r) for r in rows) + "\n"; d.c("biometric"); emit(d, t, t)

    d = Doc("sibling-dna-report-SB2026-0091.txt")
    t = ("HELIXLINE DNA - SIBLINGSHIP REPORT  Case SB2026-0091\n"
         "Tested party A: " + d.n("Oksana Melnyk") + ", DOB " + d.dob("1971-04-02", "2 April 1971") + "\n"
         "Tested party B: " + d.n("Vasyl Melnyk") + ", DOB " + d.dob("1968-11-15", "15 November 1968") + "\n"
         "Full siblingship index 412.6 - probability of full siblings 99.76%. Y-STR not applicable; shared mtDNA haplogroup H1.\n"
         "Results emailed to " + d.em("oksana.melnyk@example.org") + ".\n")
    d.c("genetic"); emit(d, t, t)

    d = Doc("lgbt-carers-group-notes.md")
    t = ("# LGBT+ foster carers support group - October\n\n"
         "- " + d.n("Niamh Gallagher") + " and her partner " + d.n("Leah Adeyinka") + " (lesbian couple, approved 2024) shared how they talk to placed children about their family.\n"
         "- " + d.n("Rhys Bowen") + " came out to his birth family this year and asked for peer support.\n"
         "- Facilitator: " + d.n("Eilidh Fraser") + "\n")
    d.c("sex_life_orientation"); emit(d, t, t)

    d = Doc("madrasa-enrolment.xlsx")
    rows = [["Child", "Age", "Parent", "Parent mobile", "Class", "Medical"],
            [d.n("Ayaan Chaudhry"), 8, d.n("Bilal Chaudhry"), d.ph("07700 900711"), "Qaida", "nut allergy - EpiPen"],
            [d.n("Maryam Siddiqui"), 10, d.n("Farah Siddiqui"), d.ph("07700 900712"), "Hifz (juz 3)", ""],
            [d.n("Idris Bashir"), 9, d.n("Hawa Bashir"), d.ph("07700 900713"), "Qur'an reading", "asthma - blue inhaler"]]
    kv = [["Madrasa", "Masjid Noor weekend school"], ["Contact", d.em("madrasa@masjidnoor.example.org")]]
    d.ok("Masjid Noor")
    data, t = xlsx([("Enrolment", rows), ("About", kv)]); d.c("religious_belief", "health"); emit(d, t, data)


def main() -> None:
    if DOCS.exists():
        shutil.rmtree(DOCS)
    DOCS.mkdir(parents=True)
    hospital(); prison(); police_fed(); fostering(); dna_company(); faith(); extras(); more(); negatives()
    errors = []
    for doc, text in PENDING:
        try:
            check(doc, text)
        except AssertionError as e:
            errors.append(str(e))
    assert not errors, "\n".join(errors)
    LABELS.sort(key=lambda l: l["doc"])
    (HERE / "labels.jsonl").write_text("".join(json.dumps(l, ensure_ascii=False) + "\n" for l in LABELS), encoding="utf-8")
    ids: dict[str, int] = {}
    cats: dict[str, int] = {}
    for l in LABELS:
        for k, _ in l["ids"]:
            ids[k] = ids.get(k, 0) + 1
        for c in l["categories"]:
            cats[c] = cats.get(c, 0) + 1
    neg = sum(l["doc"].startswith(("policy", "training")) for l in LABELS)
    print(f"{len(LABELS)} documents ({neg} negative), {sum(len(l['names']) for l in LABELS)} name labels, {sum(ids.values())} identifier labels")
    print("ids:", dict(sorted(ids.items(), key=lambda kv: -kv[1])))
    print("documents per category:", dict(sorted(cats.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
