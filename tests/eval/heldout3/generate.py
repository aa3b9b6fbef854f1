#!/usr/bin/env python3
"""(Re)create dpscan's THIRD held-out evaluation set: the records a care home
and domiciliary care provider, a small solicitors' and advice charity, a dental
and physiotherapy practice, and a university admissions and student support
office hold.

Usage:  python3 tests/eval/heldout3/generate.py

Python 3.11, standard library only, deterministic (``random.Random(3141)``,
fixed zip timestamps): two runs give byte-identical files. ``docs/`` is
deleted and rebuilt, ``labels.jsonl`` rewritten.

This set is blind: it was written without reading dpscan's detectors, rules,
the other sets or their generators (only the contract, the README, the eval
test and the second set's docstring), and is only ever measured. Documents:
care plans, MAR charts, falls reports, DoLS notes, family contact logs, staff
rotas with next of kin, visit logs; client intake forms, debt, immigration,
family and police-station attendance notes, conflict checks, client letters;
medical history questionnaires, appointment exports, treatment notes, recall
letters, physio referrals; applications, disability support plans, mitigating
circumstances, equality monitoring, hardship fund forms, chaplaincy
referrals; and policy, privacy-notice, training and minutes prose about
health, religion, unions, ethnicity, sexuality and convictions that names no
one but, sometimes, its owner (``policy-*``, ``training-*``). Formats: text,
Markdown, CSV, TSV, mail (multipart with quoted-printable HTML, a reply
thread), mbox, HTML, Word (header, footer, comments, tables, author), Excel
(key/value sheets, header rows, two sheets), JSON and JSON Lines.

Labels come from the structures that write the text:

* ``ids``: ``[kind, normalised value]`` of every identifier written (the
  organisation's own phones, emails and postcodes too), as CONTRACT.md
  normalises it;
* ``names``: every person-name string as written, titles left out; a check
  refuses a document in which a person's name part (as written or in
  capitals) occurs outside a labelled mention, a recorded distractor or an
  email address, or in which an initial before a surname is left out of
  its label;
* ``categories``: the special categories revealed about a named person.
  Immigration status, nationality, a "Not stated" or "Prefer not to say"
  answer, a "Disability: No" field and a Students' Union club are not
  special category; a faith-based diet, an answered monitoring field,
  pregnancy, a mobility aid, a union on a rota's check-off column, a
  fingerprint clock-in, a paternity DNA test and a conviction, caution or
  charge are.

Everything is fictional: emails use example.com/.org/.net, phones Ofcom's
drama ranges, NHS numbers the 999 test range, NINOs the QQ prefix (never the
specimen), cards the schemes' published test numbers, postcodes published
format examples, IPs the documentation ranges, IBANs valid check digits on
made-up accounts, UK bank details five sort codes of Vocalink's modulus table
(v7.70; rows with no exception and no substitution, weights copied below)
with account numbers generated to pass their check.
"""

from __future__ import annotations

import csv
import datetime
import html
import io
import ipaddress
import json
import quopri
import random
import re
import shutil
import unicodedata
import zipfile
from dataclasses import dataclass, field
from email.utils import formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
RNG = random.Random(3141)
ZIP_TIME = (2025, 2, 3, 9, 30, 0)
CATEGORIES = [
    "racial_ethnic_origin", "political_opinion", "religious_belief", "trade_union", "genetic",
    "biometric", "health", "sex_life_orientation", "criminal_offence",
]

# ---------------------------------------------------------------- people

# origin: (female given names, male given names, surnames)
POOLS = {
    "english": ("Margaret Joan Eileen Rosemary Hannah Charlotte Dawn Joy Grace".split(),
                "Arthur Geoffrey Stanley Dennis Oliver Harry Robert William".split(),
                "Thornbury Ashworth Pemberton Hargreaves Cartwright Fairbrother Wainwright Bishop Lamb Young".split()),
    "welsh": ("Angharad Cerys Eluned Sioned Gwenllian".split(), "Dafydd Rhodri Emrys Gethin Iestyn".split(),
              "Pritchard Llewellyn Vaughan Bowen Prosser ap-Rhys".split()),
    "scottish": ("Morag Isla Catriona Ailsa Kirsty".split(), "Hamish Callum Fraser Alasdair Euan".split(),
                 "MacLeod McAllister Drummond Buchanan Farquharson MacKinnon".split()),
    "irish": ("Siobhan Niamh Aoife Bridget Róisín".split(), "Declan Cormac Pádraig Eoin Seamus".split(),
              "O'Donoghue Gallagher Brennan Kavanagh O'Sullivan".split()),
    "pakistani": ("Ayesha Samina Nadia Rubina Zainab".split(), "Imran Tariq Bilal Asif Usman".split(),
                  "Chaudhry Qureshi Malik Bashir Iqbal".split()),
    "indian": ("Priyanka Lakshmi Harpreet Meera Sunita".split(), "Rajesh Gurpreet Arjun Vikram Sanjay".split(),
               "Sharma Sandhu Venkatesan Mehta Krishnamurthy Patel".split()),
    "bangladeshi": ("Nasrin Shirin Rokeya Tahmina".split(), "Shahid Rafiq Mizanur Abdul".split(),
                    "Begum Uddin Rahman Miah Chowdhury".split()),
    "polish": ("Agnieszka Małgorzata Katarzyna Zofia".split(), "Wojciech Krzysztof Tomasz Paweł".split(),
               "Nowak Kowalczyk Zieliński Wójcik Lewandowska".split()),
    "lithuanian": ("Rūta Jurgita Aistė Eglė".split(), "Mindaugas Darius Giedrius Tomas".split(),
                   "Kazlauskas Petrauskaitė Jankauskas Žukauskas".split()),
    "romanian": ("Ioana Mihaela Andreea Roxana".split(), "Bogdan Mihai Florin Ionuț".split(),
                 "Popescu Ionescu Dumitrescu Stănescu".split()),
    "nigerian": ("Chiamaka Oluwaseun Ngozi Folake Blessing".split(), "Chukwuemeka Babatunde Olumide Tunde".split(),
                 "Okonkwo Adeyemi Oyelaran Nwosu Balogun Okafor".split()),
    "ghanaian": ("Akosua Abena Efua Patience".split(), "Kwame Kofi Yaw Kwabena".split(),
                 "Mensah Asante Boateng Owusu Agyeman".split()),
    "somali": ("Hodan Faadumo Ubah Sahra".split(), "Abdirahman Mahad Yusuf Abdikarim".split(),
               "Warsame Farah Jama Abdullahi Hirsi".split()),
    "eritrean": ("Senait Tsega Hiwet Luwam".split(), "Tesfaye Yonas Dawit Berhane".split(),
                 "Tesfamariam Ghebremedhin Haile Woldu Kidane".split()),
    "jamaican": ("Marcia Beverley Paulette Shaneika".split(), "Delroy Winston Clive Leroy".split(),
                 "Campbell Ricketts Stennett McKenzie Bailey".split()),
    "chinese": ("Xiaoling Wenjing Yan Hui".split(), "Wei Jian Haoran Zhiwei".split(),
                "Chen Zhang Wong Liu Cheung".split()),
    "vietnamese": ("Huong Thuy Ngoc Lan".split(), "Minh Duc Tuan Quang".split(),
                   "Nguyen Tran Pham Hoang Đặng".split()),
    "turkish": ("Elif Zeynep Ayşe Gülsüm".split(), "Mehmet Emre Mustafa Serkan".split(),
                "Yılmaz Demir Aydın Çelik Öztürk".split()),
    "kurdish": ("Rojda Berfin Avin Shilan".split(), "Rebin Dilshad Karwan Hiwa".split(),
                "Ahmadi Zebari Rasul Hawrami al-Rashid".split()),
    "portuguese": ("Inês Beatriz Conceição Joana".split(), "João Rui Tiago Gonçalo".split(),
                   "de Souza;Ferreira;Gonçalves;dos Santos;Pereira".split(";")),
    "italian": ("Giulia Francesca Chiara Lucia".split(), "Giuseppe Alessandro Lorenzo Matteo".split(),
                "Esposito Bianchi De Luca;Romano Colombo Marchetti".replace("De Luca;", "De_Luca ").split()),
    "other": ("Layla Mariam Anke Sanne".split(), "Omar Khalid Pieter Joost".split(),
              "bin Salem;El-Amin;van Leeuwen;van der Berg".split(";")),
}
NICKNAMES = {
    "Margaret": "Peggy", "Robert": "Bob", "William": "Bill", "Alasdair": "Ally", "Katarzyna": "Kasia",
    "Małgorzata": "Gosia", "Oluwaseun": "Seun", "Chukwuemeka": "Emeka", "Giuseppe": "Beppe",
    "Abdirahman": "Abdi", "Geoffrey": "Geoff", "Rosemary": "Rosie", "Babatunde": "Tunde",
}
MIDDLES = "Anne Louise James Edward Marie Grace Ahmed Kumar Olu Jane".split()


@dataclass
class Person:
    given: str
    surname: str
    sex: str
    title: str
    dob: datetime.date
    origin: str
    middle: str | None = None

    @property
    def she(self) -> str:
        return {"F": "she", "M": "he", "X": "they"}[self.sex]

    @property
    def nick(self) -> str | None:
        return NICKNAMES.get(self.given)

    def parts(self) -> list[str]:
        words = [self.given, self.surname, self.nick, self.middle]
        words += [w for w in re.split(r"[ ]", self.surname) if w[:1].isupper()]
        return [w for w in words if w]

    def ascii(self, s: str) -> str:
        s = unicodedata.normalize("NFKD", s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("Đ", "D"))
        return re.sub(r"[^a-z]", "", s.encode("ascii", "ignore").decode().lower())

    def email(self, domain: str, style: int = 0) -> str:
        g, s = self.ascii(self.given), self.ascii(self.surname)
        local = [f"{g}.{s}", f"{g[0]}{s}", f"{s}.{g[0]}", f"{g}{s[:3]}{self.dob.year % 100:02d}"][style % 4]
        return f"{local}@{domain}"


def relative(p: Person, sex: str | None = None, ages: tuple[int, int] = (20, 70)) -> Person:
    """A family member of `p`: same origin, usually the same surname."""
    q = make_person(p.origin, sex, ages)
    if RNG.random() < 0.7:
        q.surname = p.surname
    return q


def make_person(origin: str | None = None, sex: str | None = None, ages: tuple[int, int] = (20, 70),
                title: str | None = None) -> Person:
    origin = origin or RNG.choice(sorted(POOLS))
    females, males, surnames = POOLS[origin]
    sex = sex or RNG.choice("FFMMFMX" if ages[0] < 40 else "FFMM")
    given = RNG.choice(females if sex == "F" else males if sex == "M" else females + males)
    surname = RNG.choice(surnames).replace("_", " ")
    if RNG.random() < 0.09:
        other = RNG.choice(POOLS[RNG.choice(sorted(POOLS))][2]).replace("_", " ")
        if " " not in other + surname and other != surname and "-" not in other + surname:
            surname = f"{surname}-{other}"
    if title is None:
        title = {"F": RNG.choice(["Mrs", "Ms", "Miss", "Mrs", "Ms"]), "M": "Mr", "X": "Mx"}[sex]
    age = RNG.randint(*ages)
    dob = datetime.date(2025 - age, RNG.randint(1, 12), RNG.randint(1, 28))
    middle = RNG.choice(MIDDLES) if RNG.random() < 0.2 else None
    return Person(given, surname, sex, title, dob, origin, middle)


# ---------------------------------------------------------------- identifiers


def nino() -> tuple[str, str]:
    while (digits := f"{RNG.randint(0, 999999):06d}") == "123456":
        pass
    value = f"QQ{digits}{RNG.choice('ABCD')}"
    written = RNG.choice([value, f"QQ {digits[:2]} {digits[2:4]} {digits[4:]} {value[-1]}", f"qq{digits}{value[-1]}".upper()])
    return written, value


def nhs() -> tuple[str, str]:
    while True:
        body = "999" + f"{RNG.randint(0, 999999):06d}"
        check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            value = body + str(check)
            return RNG.choice([f"{value[:3]} {value[3:6]} {value[6:]}", value, f"{value[:3]}-{value[3:6]}-{value[6:]}"]), value


PHONE_BLOCKS = [("07700", "900", 3), ("020", "7946 0", 3), ("0113", "496 0", 3), ("0161", "496 0", 3),
                ("0121", "496 0", 3), ("0117", "496 0", 3), ("029", "2018 0", 3), ("0131", "496 0", 3),
                ("01632", "960", 3), ("0141", "496 0", 3)]


def phone(mobile: bool | None = None) -> tuple[str, str]:
    area, mid, n = PHONE_BLOCKS[0] if mobile else RNG.choice(PHONE_BLOCKS[1 if mobile is False else 0:])
    tail = f"{RNG.randint(0, 999):03d}"
    national = area + mid.replace(" ", "") + tail
    value = "+44" + national[1:]
    rest = national[len(area):]
    written = RNG.choice([
        f"{area} {mid}{tail}", national, f"+44 {area[1:]} {mid}{tail}", f"+44 (0){area[1:]} {mid}{tail}",
        f"({area}) {mid}{tail}", f"{area}-{rest[:3]}-{rest[3:]}" if area == "07700" else f"{area} {mid}{tail}",
    ])
    return written, value


POSTCODES = ["EC1A 1BB", "W1A 0AX", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "SW1W 0NY", "PO16 7GZ",
             "GU16 7HF", "L1 8JQ"]


def postcode() -> tuple[str, str]:
    value = RNG.choice(POSTCODES)
    return RNG.choice([value, value, value.lower() if value[0] in "MBL" else value]), value


def dob_text(p: Person) -> tuple[str, str]:
    d = p.dob
    written = RNG.choice([d.strftime("%d/%m/%Y"), f"{d.day} {d.strftime('%B %Y')}", d.isoformat(),
                          d.strftime("%d.%m.%Y"), f"{d.day} {d.strftime('%b %Y')}"])
    return written, d.isoformat()


# Vocalink modulus table v7.70 rows for five sort codes (no exception, one row each).
SORT_CODES = {
    "080228": ("MOD10", [0, 0, 0, 0, 0, 0, 7, 1, 3, 7, 1, 3, 7, 1]),
    "161029": ("MOD11", [0, 0, 0, 0, 0, 0, 2, 7, 6, 5, 4, 3, 2, 1]),
    "302880": ("MOD11", [0, 0, 0, 0, 0, 0, 8, 7, 6, 5, 4, 3, 2, 1]),
    "236972": ("DBLAL", [2, 1] * 7),
    "406453": ("DBLAL", [2, 1] * 7),
}


def modulus_ok(sort: str, account: str) -> bool:
    method, weights = SORT_CODES[sort]
    products = [int(d) * w for d, w in zip(sort + account, weights)]
    if method == "DBLAL":
        return sum(sum(map(int, str(p))) for p in products) % 10 == 0
    return sum(products) % (10 if method == "MOD10" else 11) == 0


def bank() -> tuple[str, str, str]:
    sort = RNG.choice(sorted(SORT_CODES))
    while not modulus_ok(sort, account := f"{RNG.randint(0, 99999999):08d}"):
        pass
    sep = RNG.choice(["-", " ", ""])
    return sep.join([sort[:2], sort[2:4], sort[4:]]), account, f"{sort}:{account}"


IBAN_SHAPES = {"GB": "AAAA######n8", "IE": "AAAA######n8", "PL": "n24", "LT": "n16", "PT": "n21", "RO": "AAAAn16"}


def iban() -> tuple[str, str]:
    country = RNG.choice(sorted(IBAN_SHAPES))
    bban = ""
    for token in re.findall(r"A|#|n\d+", IBAN_SHAPES[country]):
        if token == "A":
            bban += RNG.choice("ABCDEFGHJKLMNPRSTWXY")
        elif token == "#":
            bban += str(RNG.randint(0, 9))
        else:
            bban += "".join(str(RNG.randint(0, 9)) for _ in range(int(token[1:])))
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    value = f"{country}{98 - int(digits) % 97:02d}{bban}"
    grouped = " ".join(value[i:i + 4] for i in range(0, len(value), 4))
    return RNG.choice([value, grouped, grouped]), value


CARDS = ["4111111111111111", "4012888888881881", "5555555555554444", "5105105105105100", "378282246310005",
         "371449635398431", "4000056655665556", "2223003122003222"]


def card() -> tuple[str, str]:
    value = RNG.choice(CARDS)
    if len(value) == 15:
        return f"{value[:4]} {value[4:10]} {value[10:]}", value
    sep = RNG.choice([" ", "-", ""])
    return sep.join(value[i:i + 4] for i in range(0, 16, 4)), value


def licence(p: Person) -> tuple[str, str]:
    letters = re.sub(r"[^A-Z]", "", p.ascii(p.surname.split(" ")[-1]).upper())
    letters = ("MAC" + letters[2:]) if letters.startswith("MC") else letters
    head = (letters + "99999")[:5]
    month = p.dob.month + (50 if p.sex == "F" else 0)
    initials = (p.ascii(p.given)[0] + (p.ascii(p.middle)[0] if p.middle else "9")).upper()
    value = f"{head}{p.dob.year % 100 // 10}{month:02d}{p.dob.day:02d}{p.dob.year % 10}{initials}9{RNG.choice('ABCDEFGHJK')}{RNG.choice('LMNPRSTW')}"
    return RNG.choice([value, f"{value[:5]} {value[5:11]} {value[11:]}"]), value


def passport() -> tuple[str, str]:
    value = f"{RNG.randint(100000000, 999999999)}"
    return value, value


def ip(v6: bool = False) -> tuple[str, str]:
    if v6:
        written = f"2001:0db8:{RNG.randint(0, 0xffff):04x}:0000:0000:{RNG.randint(1, 0xffff):04x}:{RNG.randint(1, 0xffff):04x}:{RNG.randint(1, 0xffff):04x}"
    else:
        written = f"{RNG.choice(['192.0.2', '198.51.100', '203.0.113'])}.{RNG.randint(1, 254)}"
    return written, str(ipaddress.ip_address(written))


# ---------------------------------------------------------------- documents

EMAIL_RE = re.compile(r"[\w.'+-]+@[\w.-]+\.[a-z]+")


@dataclass
class Doc:
    name: str
    names: list[str] = field(default_factory=list)
    cats: set[str] = field(default_factory=set)
    ids: list[tuple[str, str]] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    traps: list[str] = field(default_factory=list)

    def n(self, p: Person, form: str = "full") -> str:
        """A mention of `p` in `form`, recorded as a label (titles left out)."""
        g, s = p.given, p.surname
        written = {
            "full": f"{g} {s}", "caps": f"{g} {s}".upper(), "given": g, "sur": s, "nick": p.nick or g,
            "nickfull": f"{p.nick or g} {s}", "comma": f"{s}, {g}", "COMMA": f"{s.upper()}, {g}",
            "init": f"{g[0]}. {s}", "mid": f"{g} {p.middle[0]}. {s}" if p.middle else f"{g} {s}",
        }.get(form.lstrip("t"))
        title = p.title + " " if form.startswith("t") else ""
        if written is None:
            raise ValueError(form)
        self.names.append(written)
        self.people.append(p)
        return title + written

    def i(self, kind: str, pair: tuple[str, str]) -> str:
        self.ids.append((kind, pair[1]))
        self.traps.append(pair[0])  # a licence number holds the surname
        return pair[0]

    def c(self, category: str, text: str = "") -> str:
        """`text`, revealing `category` about a named person."""
        assert category in CATEGORIES, category
        self.cats.add(category)
        return text

    def t(self, text: str) -> str:
        self.traps.append(text)
        return text

    def email(self, address: str) -> str:
        self.ids.append(("email", address.lower()))
        return address

    def check(self, text: str) -> None:
        covered = [False] * len(text)

        def cover(s: str) -> None:
            for m in re.finditer(re.escape(s), text):
                covered[m.start():m.end()] = [True] * (m.end() - m.start())

        for s in self.names + self.traps:
            cover(s)
        for m in EMAIL_RE.finditer(text):
            covered[m.start():m.end()] = [True] * (m.end() - m.start())
        for label in self.names:
            assert label in text, f"{self.name}: label {label!r} not in text"
            assert "  " not in label and not re.match(r"(Mr|Mrs|Ms|Miss|Mx|Dr|Revd|Prof)\b", label), label
        for kind, value in self.ids:
            assert kind != "email" or value in text.lower(), (self.name, value)
        for m in EMAIL_RE.finditer(text):
            assert ("email", m.group().lower()) in self.ids, (self.name, m.group())
        for p in self.people:
            for part in {w for q in p.parts() for w in (q, q.upper())}:
                for m in re.finditer(r"(?<![\w'-])" + re.escape(part) + r"(?![\w'-])", text):
                    assert all(covered[m.start():m.end()]), f"{self.name}: {part!r} unlabelled at {text[max(0, m.start() - 30):m.end() + 10]!r}"
                    pre = re.search(r"(?<![\w.])[A-Z]\. ?$", text[max(0, m.start() - 3):m.start()])
                    if pre and part == p.surname:
                        start = m.start() - len(pre.group())
                        assert any(text.startswith(lab, start) for lab in self.names), f"{self.name}: initial before {part!r}"
        assert not re.search(r"\{[a-z_]+\}", text), self.name

    def label(self) -> dict:
        names = list(dict.fromkeys(self.names))
        ids = sorted({(k, v) for k, v in self.ids})
        return {"doc": self.name, "names": names, "categories": [c for c in CATEGORIES if c in self.cats],
                "ids": [list(x) for x in ids]}


# ---------------------------------------------------------------- writers


def zip_bytes(members: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in members.items():
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, content.encode())
    return buf.getvalue()


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
OFF = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def w_par(text: str, bold: bool = False, comment: int | None = None) -> str:
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    run = f'<w:r>{rpr}<w:t xml:space="preserve">{html.escape(text, quote=False)}</w:t></w:r>'
    if comment is not None:
        run = (f'<w:commentRangeStart w:id="{comment}"/>{run}<w:commentRangeEnd w:id="{comment}"/>'
               f'<w:r><w:commentReference w:id="{comment}"/></w:r>')
    return f"<w:p>{run}</w:p>"


def docx(body: list, header: str = "", footer: str = "", comments: list[tuple[str, str]] = (),
         author: str = "") -> tuple[bytes, str]:
    """`body`: strings (paragraphs), ("h", text), ("c", text, comment index) or lists of rows (tables)."""
    xml, plain = [], [header, footer, author]
    for block in body:
        if isinstance(block, str):
            xml.append(w_par(block))
            plain.append(block)
        elif block[0] == "h":
            xml.append(w_par(block[1], bold=True))
            plain.append(block[1])
        elif block[0] == "c":
            xml.append(w_par(block[1], comment=block[2]))
            plain.append(block[1])
        else:
            rows = "".join("<w:tr>" + "".join(f"<w:tc>{w_par(c)}</w:tc>" for c in row) + "</w:tr>" for row in block)
            xml.append(f"<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>{rows}</w:tbl>")
            plain += [c for row in block for c in row]
    for who, text in comments:
        plain += [who, text]
    rels = [f'<Relationship Id="rIdH" Type="{OFF}/header" Target="header1.xml"/>',
            f'<Relationship Id="rIdF" Type="{OFF}/footer" Target="footer1.xml"/>']
    types = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
             '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>',
             '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>',
             '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    members = {}
    if comments:
        rels.append(f'<Relationship Id="rIdC" Type="{OFF}/comments" Target="comments.xml"/>')
        types.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
        members["word/comments.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {W}>' + "".join(
            f'<w:comment w:id="{k}" w:author="{html.escape(who)}" w:date="2025-02-03T09:00:00Z">{w_par(text)}</w:comment>'
            for k, (who, text) in enumerate(comments)) + "</w:comments>")
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:footerReference w:type="default" r:id="rIdF"/>'
            '<w:pgSz w:w="11906" w:h="16838"/></w:sectPr>')
    members = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>' + "".join(types) + "</Types>",
        "_rels/.rels": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG}">'
        f'<Relationship Id="rId1" Type="{OFF}/officeDocument" Target="word/document.xml"/>'
        f'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
        "docProps/core.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f'<dc:creator>{html.escape(author)}</dc:creator><cp:lastModifiedBy>{html.escape(author)}</cp:lastModifiedBy>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2025-02-03T09:00:00Z</dcterms:created></cp:coreProperties>',
        "word/document.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>' + "".join(xml) + sect + "</w:body></w:document>",
        "word/_rels/document.xml.rels": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG}">' + "".join(rels) + "</Relationships>",
        "word/header1.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W}>{w_par(header)}</w:hdr>',
        "word/footer1.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W}>{w_par(footer)}</w:ftr>',
        **members,
    }
    return zip_bytes(members), "\n".join(plain)


def col(i: int) -> str:
    return chr(65 + i) if i < 26 else chr(64 + i // 26) + chr(65 + i % 26)


def xlsx(sheets: list[tuple[str, list[list]]]) -> tuple[bytes, str]:
    """Each sheet: (name, rows); a cell is a str (text) or an int (number)."""
    members, plain = {}, []
    for k, (name, rows) in enumerate(sheets, 1):
        out = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = f"{col(c)}{r}"
                if isinstance(v, int):
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                elif v != "":
                    cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{html.escape(v, quote=False)}</t></is></c>')
                plain.append(str(v))
            out.append(f'<row r="{r}">{"".join(cells)}</row>')
        members[f"xl/worksheets/sheet{k}.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + "".join(out) + "</sheetData></worksheet>")
        plain.append(name)
    n = len(sheets)
    members = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        + "".join(f'<Override PartName="/xl/worksheets/sheet{k}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for k in range(1, n + 1))
        + "</Types>",
        "_rels/.rels": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{OFF}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'xmlns:r="{OFF}"><sheets>' + "".join(f'<sheet name="{html.escape(s[0])}" sheetId="{k}" r:id="rId{k}"/>' for k, s in enumerate(sheets, 1)) + "</sheets></workbook>",
        "xl/_rels/workbook.xml.rels": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG}">'
        + "".join(f'<Relationship Id="rId{k}" Type="{OFF}/worksheet" Target="worksheets/sheet{k}.xml"/>' for k in range(1, n + 1)) + "</Relationships>",
        **members,
    }
    return zip_bytes(members), "\n".join(plain)


def text(lines: list[str]) -> tuple[bytes, str]:
    body = "\n".join(lines) + "\n"
    return body.encode(), body


def table(rows: list[list], delimiter: str = ",") -> tuple[bytes, str]:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\n").writerows(rows)
    return buf.getvalue().encode(), "\n".join(str(c) for row in rows for c in row)


def page(title: str, blocks: list) -> tuple[bytes, str]:
    """HTML: strings are paragraphs, lists of rows are tables (first row the header)."""
    out, plain = [f"<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title>",
                  "<style>body{font-family:sans-serif} td,th{border:1px solid #999;padding:2px 6px}</style></head><body>",
                  f"<h1>{html.escape(title)}</h1>"], [title]
    for b in blocks:
        if isinstance(b, str):
            out.append(f"<p>{html.escape(b)}</p>")
            plain.append(b)
        else:
            out.append("<table>" + "".join("<tr>" + "".join(f"<{'th' if i == 0 else 'td'}>{html.escape(c)}</{'th' if i == 0 else 'td'}>" for c in row) + "</tr>" for i, row in enumerate(b)) + "</table>")
            plain += [c for row in b for c in row]
    out.append("<!-- exported by CaseBase 4.2 --></body></html>\n")
    return "\n".join(out).encode(), "\n".join(plain)


def addr(name: str, address: str) -> str:
    return formataddr((name, address))


def eml(sender: tuple[str, str], to: tuple[str, str], subject: str, date: str, lines: list[str],
        msgid: str, cc: tuple[str, str] | None = None, html_part: bool = True) -> tuple[bytes, str]:
    plain = "\n".join(lines) + "\n"
    head = [f"From: {addr(*sender)}", f"To: {addr(*to)}"] + ([f"Cc: {addr(*cc)}"] if cc else []) + [
        f"Subject: {subject}", f"Date: {date}", f"Message-ID: <{msgid}>", "MIME-Version: 1.0"]
    qp = lambda s: quopri.encodestring(s.encode()).decode()
    if html_part:
        markup = "<html><body>" + "".join(
            f"<blockquote>{html.escape(l[2:])}</blockquote>" if l.startswith("> ") else f"<p>{html.escape(l)}</p>" for l in lines if l) + "</body></html>\n"
        boundary = "=_heldout3_" + msgid.split("@")[0]
        head.append(f'Content-Type: multipart/alternative; boundary="{boundary}"')
        body = (f"\nThis is a multi-part message in MIME format.\n\n--{boundary}\nContent-Type: text/plain; charset=utf-8\n"
                f"Content-Transfer-Encoding: quoted-printable\n\n{qp(plain)}\n--{boundary}\nContent-Type: text/html; charset=utf-8\n"
                f"Content-Transfer-Encoding: quoted-printable\n\n{qp(markup)}\n--{boundary}--\n")
    else:
        head += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"]
        body = "\n" + qp(plain)
    check = "\n".join([sender[0], sender[1], to[0], to[1], cc[0] if cc else "", cc[1] if cc else "", subject, plain])
    return ("\n".join(head) + "\n" + body).encode(), check


def mbox(messages: list[tuple[bytes, str]], senders: list[str]) -> tuple[bytes, str]:
    out = b""
    for (raw, _), who in zip(messages, senders):
        raw = re.sub(rb"(?m)^From ", b">From ", raw)
        out += f"From {who} Mon Feb  3 09:30:00 2025\n".encode() + raw + b"\n"
    return out, "\n".join(c for _, c in messages)


def as_json(obj) -> tuple[bytes, str]:
    def strings(o):
        if isinstance(o, dict):
            for k, v in o.items():
                yield k
                yield from strings(v)
        elif isinstance(o, list):
            for v in o:
                yield from strings(v)
        else:
            yield str(o)
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode(), "\n".join(strings(obj))


def as_jsonl(objs: list) -> tuple[bytes, str]:
    return ("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs)).encode(), "\n".join(as_json(o)[1] for o in objs)


def day(start: str = "2024-09-01", span: int = 150) -> datetime.date:
    return datetime.date.fromisoformat(start) + datetime.timedelta(days=RNG.randint(0, span))


def rfc(d: datetime.date, hour: int = 10) -> str:
    return f"{d.strftime('%a, %d %b %Y')} {hour:02d}:{RNG.randint(0, 59):02d}:00 +0000"


# ---------------------------------------------------------------- organisations and phrases

CARE = "larkfield.example.org"
LAW = "harperlowe.example.com"
ADVICE = "eastgate-advice.example.org"
DENTAL = "kingsleydental.example.com"
UNI = "northam.example.org"

# (category, phrase about the person) pairs, as real notes write them
CARE_HEALTH = [
    "Diagnosed with Alzheimer's disease in 2021; short-term memory poor, long-term recall good.",
    "Parkinson's disease: tremor worse in the evening, takes Sinemet at 07:00, 12:00 and 17:00.",
    "Type 2 diabetes, diet and metformin; blood glucose checked twice a week.",
    "Vascular dementia following a stroke in 2022; left-sided weakness.",
    "COPD - uses a salbutamol inhaler and home oxygen at night.",
    "Registered blind (macular degeneration); needs verbal prompts at mealtimes.",
    "Grade 2 pressure ulcer on the left heel, district nurse dressing twice weekly.",
]
MOBILITY = ["Walks with a Zimmer frame indoors; wheelchair for outings.", "Full hoist for transfers, two carers.",
            "Uses a rollator and needs one carer to stand.", "Uses a four-wheeled walker; falls risk high."]
FAITH = [
    "Roman Catholic: would like Holy Communion brought on Sundays and no meat on Fridays.",
    "Practising Muslim: halal diet only; prefers a female carer for personal care.",
    "Sikh: wears a kara and keeps uncut hair; family tie the patka.",
    "Jehovah's Witness: declines blood products (advance decision on file).",
    "Jewish: kosher meals from the Golders Hill supplier; lights candles on Friday evening.",
    "Attends the Methodist chapel when well enough; minister visits monthly.",
]
MEDS = ["Donepezil 10mg", "Memantine 20mg", "Warfarin 3mg", "Sertraline 50mg", "Furosemide 40mg",
        "Insulin glargine (Lantus) 14 units", "Co-codamol 30/500", "Levothyroxine 100mcg", "Quetiapine 25mg",
        "Alendronic acid 70mg weekly", "Apixaban 5mg"]
STREETS = ["Florence Road", "Nelson Street", "Victoria Terrace", "Gladstone Avenue", "Jenkins Lane", "Church Road",
           "Bishop's Walk", "Cromwell Close"]


def place(d: Doc) -> str:
    street = d.t(RNG.choice(STREETS))
    return f"{RNG.randint(2, 140)} {street}, {RNG.choice(['Northam', 'Eastgate', 'Lower Kingsley'])} {d.i('uk_postcode', postcode())}"


SAVED: list[tuple[Doc, bytes]] = []


def save(d: Doc, payload: tuple[bytes, str]) -> None:
    data, plain = payload
    d.check(plain)
    SAVED.append((d, data))


# ---------------------------------------------------------------- care home and domiciliary care


def care_plan(k: int) -> None:
    d = Doc(f"careplan-{k:02d}.docx")
    r = make_person(ages=(74, 99))
    kw = make_person(ages=(22, 60))
    nok = relative(r, "F", (45, 70))
    gp = make_person(ages=(35, 60), title="Dr")
    preferred = d.n(r, "nick") if r.nick else d.n(r, "given")
    body = [("h", "Person-centred care plan"), [
        ["Resident", d.n(r, "full")], ["Preferred name", preferred],
        ["Date of birth", d.i("date_of_birth", dob_text(r))], ["NHS number", d.i("nhs_number", nhs())],
        ["Room", f"{RNG.randint(1, 40)} (Garden wing)"],
        ["Next of kin", f"{d.n(nok, 'tfull')} (daughter), {d.i('phone', phone())}"],
        ["GP", f"{d.n(gp, 'tsur')}, Beech Grove Surgery, {d.i('phone', phone(False))}"]],
        ("h", "My health"), d.c("health", RNG.choice(CARE_HEALTH)) if k != 3 else
        d.c("genetic", d.c("health", "Huntington's disease, confirmed by genetic testing in 2015; chorea and swallowing difficulty (SALT: level 4 diet).")),
        ("c", d.c("health", RNG.choice(MOBILITY)), 0),
        ("h", "Faith, culture and diet"), d.c("religious_belief", RNG.choice(FAITH)),
        ("h", "What matters to me"),
        f"{preferred} likes the radio on in the morning and a cup of {d.t('Earl Grey')} at 3pm.",
        f"Key worker: {d.n(kw, 'full')}. Plan agreed with {d.n(nok, 'given')} on {day().strftime('%d/%m/%Y')}."]
    senior = make_person(ages=(30, 60))
    comments = [(d.n(senior, "full"), f"Falls sensor mat in place - {d.n(r, 'tsur')} got up unaided twice last week.")]
    save(d, docx(body, header="Larkfield House Care Home - CONFIDENTIAL", footer=f"Reviewed by {d.n(kw, 'init')} - 14 {d.t('Florence Road')}, Northam {d.i('uk_postcode', postcode())}",
                 comments=comments, author=d.n(kw, "full")))


def mar_chart(k: int) -> None:
    d = Doc(f"mar-chart-{k:02d}.xlsx")
    rows = [["Resident", "DOB", "NHS No", "Medication", "Dose time", "Route", "Given by", "Notes"]]
    nurses = [make_person(ages=(25, 60)) for _ in range(2)]
    for _ in range(RNG.randint(3, 5)):
        r = make_person(ages=(70, 98))
        d.c("health")
        for med in RNG.sample(MEDS, RNG.randint(1, 2)):
            rows.append([d.n(r, RNG.choice(["full", "comma"])), d.i("date_of_birth", dob_text(r)), d.i("nhs_number", nhs()), med,
                         RNG.choice(["08:00", "08:00 / 18:00", "22:00", "PRN"]), RNG.choice(["Oral", "Subcut", "Oral"]),
                         d.n(RNG.choice(nurses), "init"), RNG.choice(["", "Refused - GP informed", "Crushed in yoghurt (covert, best interests)", ""])])
    sigs = [["Initials", "Staff name", "Role"]] + [[n.given[0] + n.surname[0], d.n(n, "full"), d.t("Senior Carer")] for n in nurses]
    save(d, xlsx([("MAR February", rows), ("Signatures", sigs)]))


def falls_report(k: int) -> None:
    d = Doc(f"incident-falls-{k:02d}.txt")
    r, carer = make_person(ages=(75, 97)), make_person(ages=(20, 55))
    son = relative(r, "M", (45, 70))
    when = day()
    save(d, text([
        "LARKFIELD HOUSE - INCIDENT / FALL REPORT",
        f"Ref: INC-{when:%Y}-{RNG.randint(100, 999)}",
        f"Resident: {d.n(r, 'COMMA')}    Room {RNG.randint(1, 40)}",
        f"DOB: {d.i('date_of_birth', dob_text(r))}",
        f"Date/time: {when:%d/%m/%Y} 03:{RNG.randint(10, 59)}",
        "",
        f"Found on the floor of the en-suite by {d.n(carer, 'full')} (night care assistant).",
        d.c("health", f"{d.n(r, 'tsur')} said {r.she} slipped reaching for the frame. Graze to right forearm, bruising to hip."),
        d.c("health", "History of osteoporosis and a previous fractured neck of femur (2023)."),
        "NEWS2 score 1. 111 called; paramedics attended and did not convey.",
        f"Family informed: son {d.n(son, 'full')} on {d.i('phone', phone(True))} at 08:15.",
        f"Sensor mat checked, {d.t('Marks')} on the floor from the commode wiped and the room made safe.",
        "",
        f"Completed by: {d.n(carer, 'init')}",
        "Manager review: falls risk assessment and care plan updated; CQC notification not required.",
    ]))


def dols_note(k: int) -> None:
    d = Doc(f"dols-note-{k:02d}.md")
    r, bia = make_person(ages=(70, 95)), make_person(ages=(30, 60))
    rep = relative(r, ages=(40, 70))
    lines = [
        f"# DoLS: standard authorisation request - {d.n(r, 'full')}",
        "",
        f"- **Date of birth:** {d.i('date_of_birth', dob_text(r))}",
        f"- **NHS number:** {d.i('nhs_number', nhs())}",
        f"- **Best interests assessor:** {d.n(bia, 'full')} ({d.email(bia.email('northamshire.example.org'))})",
        f"- **Relevant person's representative:** {d.n(rep, 'tfull')}, {d.i('phone', phone())}",
        "",
        "## Why a deprivation may be needed",
        "",
        d.c("health", f"{d.n(r, 'given')} has moderate vascular dementia and does not have capacity to decide where to live."),
        f"{d.n(r, 'given')} tries to leave by the front door most evenings, saying {r.she} must collect the children from school.",
        "The keypad door and one-to-one support when distressed are the least restrictive options tried.",
        "",
        "## Conditions",
        "",
        d.c("health", "Review of the lorazepam PRN by the GP within 28 days."),
        f"Support {d.n(r, 'given')} to attend the Tuesday lunch club on {d.t('Church Road')}.",
    ]
    save(d, text(lines))


def contact_log(k: int) -> None:
    d = Doc(f"family-contact-log-{k:02d}.csv")
    rows = [["Date", "Resident", "Contact", "Relationship", "Method", "Note", "Logged by"]]
    logger = make_person()
    for _ in range(RNG.randint(4, 6)):
        r, c = make_person(ages=(72, 98)), make_person(ages=(40, 75))
        rel = RNG.choice(["Daughter", "Son", "Niece", "Friend", "Lasting power of attorney"])
        note = RNG.choice([
            ("", "Asked about the summer fete; told 12 July."),
            ("health", "Worried about weight loss; told them the dietitian visited on Monday."),
            ("health", "Informed of the chest infection and antibiotics started."),
            ("", "Queried the chiropody invoice; copy sent."),
            ("religious_belief", "Asked for the priest to visit for the Sacrament of the Sick."),
        ])
        if note[0]:
            d.c(note[0])
        rows.append([day().strftime("%d/%m/%Y"), d.n(r, "full"), d.n(c, "full"), rel, RNG.choice(["Phone", "Email", "Visit"]), note[1], d.n(logger, "init")])
    save(d, table(rows))


def rota(k: int) -> None:
    d = Doc(f"staff-rota-{k:02d}.xlsx")
    head = ["Staff", "Role", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Union (check-off)", "Clock-in", "Notes"]
    rows, nok = [head], [["Staff", "Next of kin", "Relationship", "Phone", "Mobile"]]
    for j in range(RNG.randint(5, 7)):
        s, n = make_person(ages=(19, 64)), make_person(ages=(20, 80))
        union = RNG.choice(["UNISON", "GMB", "", "", "Unite"])
        if union:
            d.c("trade_union")
        note = RNG.choice(["", "", "Nights only", ("health", "Pregnant - no nights after 28 weeks (risk assessment)"),
                           ("health", "Phased return after knee surgery"), "Driver"])
        if isinstance(note, tuple):
            note = d.c(*note)
        shifts = [RNG.choice(["E", "L", "N", "-", "LD"]) for _ in range(7)]
        rows.append([d.n(s, RNG.choice(["full", "comma"])), RNG.choice(["Care assistant", "Senior carer", "Nurse", "Cook", "Activities co-ordinator"]),
                     *shifts, union, d.c("biometric", "Fingerprint template enrolled") if j % 3 == 0 else "PIN", note])
        tel = phone(True)
        # half the mobiles typed as numbers, the leading 0 lost as Excel loses it
        number = d.i("phone", tel) if RNG.random() < 0.5 else int(d.i("phone", tel) and tel[1][3:])
        nok.append([d.n(s, "full"), d.n(n, "full"), RNG.choice(["Husband", "Wife", "Partner", "Mother", "Brother"]),
                    number if isinstance(number, str) else "", number if isinstance(number, int) else ""])
    save(d, xlsx([("Rota wk 6", rows), ("Next of kin", nok)]))


def admission_thread(k: int) -> None:
    d = Doc(f"hospital-admission-{k:02d}.eml")
    r, mgr = make_person(ages=(75, 96)), make_person(ages=(30, 60))
    fam = relative(r, ages=(40, 70))
    when = day()
    fa, ma = fam.email("example.net", k), mgr.email(CARE)
    hospice = d.t("St Mary's Hospice")
    lines = [
        f"Dear {d.n(fam, 'given')},",
        "",
        d.c("health", f"Thank you for calling. {d.n(r, 'given')} was admitted to the Royal Northam Infirmary last night with suspected aspiration pneumonia."),
        f"The ward is Ward 7 (Elder Care), {d.i('phone', phone(False))}. The hospital passport and medication list went too.",
        f"We will keep the room. If end-of-life care is needed, {hospice} has been mentioned by the consultant.",
        "",
        "Kind regards",
        d.n(mgr, "full"),
        "Registered Manager, Larkfield House",
        "",
        f"On {when:%d/%m/%Y} at 21:04, {d.n(fam, 'full')} <{d.email(fa)}> wrote:",
        f"> Hi, I've had a missed call about {d.n(r, 'nickfull' if r.nick else 'full')}. Is everything OK?",
        f"> My mobile is {d.i('phone', phone(True))}.",
    ]
    save(d, eml((d.n(mgr, "full"), d.email(ma)), (d.n(fam, "full"), fa), f"Re: {d.n(r, 'tsur')}", rfc(when, 9), lines, f"adm{k}@{CARE}"))


def visit_log(k: int) -> None:
    d = Doc(f"domiciliary-visits-{k:02d}.tsv")
    rows = [["Visit date", "Client", "Postcode", "Carer", "In", "Out", "Tasks", "Concerns"]]
    clients = [make_person(ages=(65, 95)) for _ in range(3)]
    for _ in range(6):
        c, carer = RNG.choice(clients), make_person(ages=(20, 60))
        concern = RNG.choice([("", "None"), ("health", "Stoma bag leaking - district nurse told"), ("health", "Prompted Epilim; took it"),
                              ("health", "More confused today; possible UTI"), ("", "Fridge low on milk - shopping list left")])
        if concern[0]:
            d.c(concern[0])
        rows.append([day().strftime("%Y-%m-%d"), d.n(c, "full"), d.i("uk_postcode", postcode()), d.n(carer, "full"),
                     "07:30", "08:00", RNG.choice(["Personal care, breakfast", "Meds prompt, lunch", "Tea call"]), concern[1]])
    save(d, table(rows, "\t"))


def family_mbox() -> None:
    d = Doc("care-enquiries.mbox")
    msgs, senders = [], []
    for k in range(3):
        r, mgr = make_person(ages=(75, 98)), make_person(ages=(30, 60))
        fam = relative(r, ages=(40, 70))
        a, b = fam.email("example.com", k), mgr.email(CARE)
        body = [
            f"Hello {d.n(mgr, 'given')},",
            "",
            [d.c("health", f"Could you ask the GP to review {d.n(r, 'full')}'s hearing aids and the new water tablets? The breathlessness is worse."),
             f"Just to say {d.n(r, 'full')} loved the singing on Sunday. Could we book the lounge for the birthday party on the 14th?",
             d.c("religious_belief", f"{d.n(r, 'full')} keeps asking for the rabbi; could he visit before Passover?")][k],
            "",
            "Thanks,",
            d.n(fam, "given"),
        ]
        d.email(a)
        d.email(b)
        msgs.append(eml((d.n(fam, "full"), a), (d.n(mgr, "full"), b), "Mum", rfc(day(), 11), body, f"fam{k}@example.com", html_part=k == 1))
        senders.append(a)
    save(d, mbox(msgs, senders))


def resident_export() -> None:
    d = Doc("residents-export.json")
    out = []
    for _ in range(4):
        r = make_person(ages=(70, 99))
        faith = RNG.choice([("religious_belief", "Church of England"), ("religious_belief", "Hindu - vegetarian, no beef"), ("", "None recorded")])
        if faith[0]:
            d.c(faith[0])
        d.c("health")
        out.append({"resident": {"given": d.n(r, "given"), "family": d.n(r, "sur")}, "dateOfBirth": d.i("date_of_birth", (r.dob.isoformat(), r.dob.isoformat())),
                    "nhsNumber": d.i("nhs_number", nhs()), "allergies": RNG.choice([["Penicillin"], ["Latex", "Elastoplast"], []]),
                    "conditions": RNG.sample(["Atrial fibrillation", "Hypertension", "Lewy body dementia", "Osteoarthritis", "Depression"], 2),
                    "faith": faith[1], "room": RNG.randint(1, 40)})
    save(d, as_json({"exportedBy": "CareDocs 7", "home": "Larkfield House", "residents": out}))


# ---------------------------------------------------------------- solicitors and advice charity

FIRM = "Harper & Lowe LLP"


def intake_form(k: int) -> None:
    d = Doc(f"client-intake-{k:02d}.docx")
    c, adviser, opp = make_person(), make_person(ages=(25, 60)), make_person()
    matter = RNG.choice(["Debt", "Housing disrepair", "Employment", "Welfare benefits"])
    ethnicity = RNG.choice(["Black British - Caribbean", "Asian British - Bangladeshi", "White - Gypsy or Irish Traveller",
                            "Mixed - White and Black African", "Prefer not to say"])
    if ethnicity != "Prefer not to say":
        d.c("racial_ethnic_origin")
    disability = RNG.choice([("health", "Yes - bipolar disorder"), ("health", "Yes - multiple sclerosis, uses a wheelchair"), ("", "No")])
    if disability[0]:
        d.c(*disability)
    rows = [["Client surname", d.n(c, "sur")], ["Client forename(s)", d.n(c, "given")],
            ["Date of birth", d.i("date_of_birth", dob_text(c))], ["NI number", d.i("uk_nino", nino())],
            ["Address", place(d)], ["Phone", d.i("phone", phone())], ["Email", d.email(c.email("example.net", k))],
            ["Matter", matter], ["Other side", d.n(opp, "full") if matter != "Debt" else d.t("Marks") + " & Co credit card"],
            ["Ethnic group (monitoring)", ethnicity], ["Disability or long-term condition", disability[1]],
            ["Immigration status", RNG.choice(["British citizen", "Settled status (EUSS)", "Limited leave to remain"])]]
    body = [("h", "Eastgate Advice Centre - client intake"), rows,
            f"Adviser: {d.n(adviser, 'full')}. Conflict check run against {d.t(FIRM)} referrals: clear.",
            ("c", "Client consents to us contacting the other side and the DWP.", 0)]
    save(d, docx(body, header="Eastgate Advice Centre - OFFICIAL-SENSITIVE", footer=f"Registered charity 1234567 | {d.email('advice@' + ADVICE)}",
                 comments=[(d.n(adviser, "full"), f"Check {d.n(c, 'given')}'s ID at the next appointment.")], author=d.n(adviser, "full")))


def debt_notes(k: int) -> None:
    d = Doc(f"casenote-debt-{k:02d}.txt")
    c, adviser = make_person(), make_person(ages=(25, 60))
    sort, account, value = bank()
    d.ids.append(("uk_bank_account", value))
    health = RNG.choice(["PIP (daily living, standard rate) for COPD and anxiety.", "ESA support group - severe depression since 2022.",
                         "Carer's Allowance; fibromyalgia limits work to 10 hours."])
    save(d, text([
        f"CASE NOTE - {d.n(c, 'COMMA')}",
        f"Case ref: EAC/{RNG.randint(1000, 9999)}/D   NINO: {d.i('uk_nino', nino())}",
        f"Adviser: {d.n(adviser, 'init')}   Date: {day():%d %B %Y}",
        "",
        f"Met {d.n(c, 'given')} at the Tuesday drop-in. Priority debts: council tax arrears GBP 1,240, water GBP 380.",
        f"Non-priority: {d.t('Marks')} store card GBP 2,115; catalogue GBP 640; overdraft GBP 900.",
        d.c("health", f"Income: {health}"),
        f"Benefits are paid into sort code {sort} account {account}; we advised opening a basic bank account elsewhere.",
        f"Client read out a card number for the payday lender ({d.i('payment_card', card())}); told the client never to share it and noted it here only to dispute the charges.",
        "Action: breathing space (standard) applied for; CFS drafted; DRO eligibility to check.",
        "",
        f"Next appointment booked. Text reminder to {d.i('phone', phone(True))}.",
    ]))


def immigration_note(k: int) -> None:
    d = Doc(f"casenote-immigration-{k:02d}.md")
    c = make_person(RNG.choice(["kurdish", "eritrean", "somali", "vietnamese", "nigerian"]))
    adviser, sponsor = make_person(ages=(28, 60)), make_person("english", ages=(25, 60))
    basis = RNG.choice([
        [("racial_ethnic_origin", "The claim rests on persecution as an ethnic Kurd" if c.origin == "kurdish" else "The claim rests on persecution as a member of a minority clan"), ("political_opinion", "and membership of an opposition party; he was detained after a demonstration in 2021.")],
        [("religious_belief", f"{c.she.capitalize()} converted from Islam to Christianity in 2019 and attends an evangelical church in Northam;"), ("religious_belief", "the claim is based on that faith as a convert.")],
        [("sex_life_orientation", f"{c.she.capitalize()} is {'a lesbian' if c.sex == 'F' else 'a gay man'} and fears persecution on return;"), ("", "the partner is willing to give a witness statement.")],
    ])
    lines = [
        f"## Immigration case note - {d.n(c, 'full')}",
        "",
        f"*Client:* {d.n(c, 'COMMA')} | *DOB:* {d.i('date_of_birth', dob_text(c))} | *Home Office ref:* {c.surname[0].upper()}{RNG.randint(1000000, 9999999)}",
        f"*Caseworker:* {d.n(adviser, 'full')} ({d.email(adviser.email(ADVICE))})",
        "",
        "Status: asylum claim lodged; screening interview done; substantive interview awaited. No recourse to public funds.",
        " ".join(d.c(cat, t) if cat else t for cat, t in basis),
        "",
        f"Sponsor for the family reunion part: {d.n(sponsor, 'tfull')}, British passport number {d.i('uk_passport', passport())}.",
        f"Contact the client on {d.i('phone', phone(True))}; interpreter needed.",
    ]
    save(d, text(lines))


def family_note(k: int) -> None:
    d = Doc(f"casenote-family-{k:02d}.txt")
    mum, dad, sol = make_person(sex="F", ages=(25, 45)), make_person(sex="M", ages=(25, 50)), make_person(ages=(30, 60))
    child = relative(dad, ages=(3, 12))
    child.surname = dad.surname
    save(d, text([
        f"{d.t(FIRM)} - FAMILY - ATTENDANCE NOTE",
        f"Client: {d.n(mum, 'tfull')}    Fee earner: {d.n(sol, 'init')}",
        f"Matter: child arrangements re {d.n(child, 'full')} (born {d.i('date_of_birth', dob_text(child))})",
        "",
        f"Attending client. She wants {d.n(child, 'given')} to live with her and to spend alternate weekends with the father, {d.n(dad, 'full')}.",
        d.c("criminal_offence", f"{d.n(dad, 'tsur')} has a conviction for common assault (2019) against a former partner; Cafcass safeguarding letter awaited."),
        d.c("health", "Client told me she is being treated for post-natal depression and takes sertraline; she fears this will be used against her."),
        d.c("genetic", f"Paternity of {d.n(child, 'given')} was confirmed by a DNA test in 2021 (report on file).") if k == 2 else "Paternity not disputed.",
        "Advised on MIAM exemption (domestic abuse evidence) and legal aid; means test to follow.",
        "",
        "Time: 1.2 hours",
    ]))


def police_station(k: int) -> None:
    d = Doc(f"police-station-attendance-{k:02d}.docx")
    c, sol, officer, aa = make_person(ages=(17, 50)), make_person(ages=(28, 60)), make_person(ages=(25, 55)), make_person(ages=(30, 65))
    offence = RNG.choice(["burglary of a dwelling", "possession with intent to supply (cannabis)", "assault occasioning actual bodily harm", "theft from a shop"])
    body = [("h", "Police station attendance note"), [
        ["Client", d.n(c, "caps")], ["DOB", d.i("date_of_birth", dob_text(c))], ["Custody number", f"NM-{RNG.randint(10000, 99999)}-25"],
        ["Station", "Northam Central"], ["Offence", d.c("criminal_offence", f"Arrested on suspicion of {offence}")],
        ["Interviewing officer", f"{d.n(officer, 'full')} (DC 4471)"], ["Appropriate adult", d.n(aa, "full") if c.dob.year > 2006 else "Not required"]],
        d.c("criminal_offence", f"Previous convictions: two for theft (2018, 2020), conditional discharge; one caution for possession."),
        ("c", d.c("health", f"{d.n(c, 'given')} is insulin-dependent diabetic; the FME saw {dict(F='her', M='him', X='them')[c.sex]} at 02:15 and insulin was given."), 0),
        "Disclosure was minimal. Advised no comment; prepared statement read denying the offence.",
        "Outcome: released under investigation.",
        f"Client mobile: {d.i('phone', phone(True))}. Home address {place(d)}.",
        f"ID seen: driving licence {d.i('uk_driving_licence', licence(c))}." if k != 2 else "ID: none produced."]
    save(d, docx(body, header=f"{d.t(FIRM)} - Criminal Defence - PRIVILEGED", footer=f"{d.email('crime@' + LAW)} | {d.i('phone', phone(False))}",
                 comments=[(d.n(sol, "full"), "Chase the CCTV disclosure with the OIC before the RUI review."), (d.n(sol, "full"), f"{d.n(aa, 'given') if c.dob.year > 2006 else 'AA'} to be told of any charging decision.")],
                 author=d.n(sol, "full")))


def conflict_check(k: int) -> None:
    d = Doc(f"conflict-check-{k:02d}.csv")
    rows = [["Search term", "Role", "Matter", "Result", "Checked by"]]
    checker = make_person(ages=(22, 60))
    for role in ["Client", "Opponent", "Opponent's solicitor", "Client", "Third party"]:
        if RNG.random() < 0.25:
            rows.append([d.t(RNG.choice(["Marks Lettings Ltd", "Fairweather & Sons", "Beech Grove Surgery"])), role, f"M{RNG.randint(1000, 9999)}", "No match", d.n(checker, "init")])
            continue
        p = make_person()
        rows.append([d.n(p, RNG.choice(["COMMA", "comma", "full"])), role, f"M{RNG.randint(1000, 9999)}", RNG.choice(["No match", "No match", "Possible - former client 2019, cleared"]), d.n(checker, "init")])
    save(d, table(rows))


def client_letter(k: int) -> None:
    d = Doc(f"client-letter-{k:02d}.html")
    c, sol = make_person(), make_person(ages=(28, 62))
    topic = RNG.choice([
        ("health", "Your claim for disability discrimination (failure to make reasonable adjustments for your epilepsy) was lodged with the Employment Tribunal."),
        ("trade_union", "Your claim that you were dismissed for your trade union activities as the Unite shop steward was lodged with the Employment Tribunal."),
        ("", "The landlord has agreed to carry out the repairs to the damp in the bedroom within 28 days."),
    ])
    blocks = [f"{d.t(FIRM)}, 3 {d.t('Gladstone Avenue')}, Northam {d.i('uk_postcode', postcode())}",
              f"{d.n(c, 'tinit')}, {place(d)}", f"Our ref: {sol.given[0]}{sol.surname[0].upper()}/{RNG.randint(100, 999)}",
              f"Dear {d.n(c, 'tsur')},", d.c(*topic) if topic[0] else topic[1],
              "We will write again when the hearing date is listed. Please keep any letters you receive.",
              "Yours sincerely,", d.n(sol, "full"), f"Solicitor | {d.i('phone', phone(False))} | {d.email(sol.email(LAW))}"]
    save(d, page("Letter to client", blocks))


def advice_thread(k: int) -> None:
    d = Doc(f"advice-email-{k:02d}.eml")
    c, adviser = make_person(sex="F"), make_person(ages=(25, 60))
    son = relative(c, "M", (8, 16))
    ca, aa = c.email("example.com", k + 1), adviser.email(ADVICE)
    when = day()
    lines = [
        f"Hi {d.n(c, 'given')},",
        "",
        "Thanks for sending the sanction letter. The DWP must consider good reason: you missed the appointment because of the hospital visit.",
        "I have asked for a mandatory reconsideration today and will ring you on Thursday.",
        "",
        d.n(adviser, "given"),
        f"{d.n(adviser, 'full')}, Welfare Rights Adviser, Eastgate Advice Centre",
        "",
        f"On {when:%a %d %b %Y}, {d.n(c, 'full')} <{d.email(ca)}> wrote:",
        d.c("health", f"> My universal credit was sanctioned because I missed the job centre appointment. I was at A&E with {d.n(son, 'given')} - his asthma was bad."),
        "> Can you help? My NI number is " + d.i("uk_nino", nino()) + ".",
        f"> {d.n(c, 'given')}",
    ]
    save(d, eml((d.n(adviser, "full"), d.email(aa)), (d.n(c, "full"), ca), "Re: UC sanction - help please", rfc(when + datetime.timedelta(days=1)), lines, f"adv{k}@{ADVICE}"))


def employment_note(k: int) -> None:
    d = Doc(f"casenote-employment-{k:02d}.txt")
    c, adviser, manager = make_person(ages=(22, 60)), make_person(ages=(25, 60)), make_person(ages=(30, 60))
    facts = [
        ("trade_union", f"{d.n(c, 'given')} is a GMB member and the workplace rep; the warnings started after the pay ballot."),
        ("political_opinion", f"{d.n(c, 'given')} stood as a Green Party candidate in the May local elections and says {d.n(manager, 'sur')} mocked this in front of the team."),
        ("sex_life_orientation", f"Colleagues made repeated remarks about {d.n(c, 'given')} being bisexual; {d.n(manager, 'sur')} laughed and did nothing."),
    ]
    chosen = [facts[0], facts[2]] if k == 1 else [facts[1]]
    save(d, text([
        "EASTGATE ADVICE CENTRE - EMPLOYMENT CASE NOTE",
        f"Client: {d.n(c, 'full')}   Adviser: {d.n(adviser, 'init')}   {day():%d/%m/%Y}",
        f"Employer: Example Logistics Ltd; line manager {d.n(manager, 'tfull')}.",
        "",
        *[d.c(cat, t) for cat, t in chosen],
        "Dismissed without a hearing after 22 months; ACAS early conciliation started; ET1 deadline diarised.",
        "The Equality Act 2010 protects religion or belief, sexual orientation and disability; we discussed which claims fit.",
        "",
        f"Client contact: {d.i('phone', phone())} / {d.email(c.email('example.org', k))}",
    ]))


def case_export() -> None:
    d = Doc("case-export.jsonl")
    objs = []
    for j in range(5):
        c, fee = make_person(), make_person(ages=(26, 60))
        note = RNG.choice([("criminal_offence", "Client charged with driving while disqualified; first appearance at magistrates' court."),
                           ("", "Tenancy deposit not protected; letter before action sent."),
                           ("health", "Client has PTSD; keep calls short and confirm in writing."),
                           ("", "Settlement agreement reviewed; advice given on the non-disclosure clause.")])
        objs.append({"matter": f"HL-{RNG.randint(10000, 99999)}", "client": {"name": d.n(c, "full"), "dob": d.i("date_of_birth", (c.dob.strftime("%d/%m/%Y"), c.dob.isoformat())),
                     "email": d.email(c.email("example.org", j))}, "feeEarner": d.n(fee, "init"), "note": d.c(*note) if note[0] else note[1]})
    save(d, as_jsonl(objs))


# ---------------------------------------------------------------- dental practice and physiotherapy clinic


def medical_history(k: int) -> None:
    d = Doc(f"medical-history-{k:02d}.xlsx")
    p, gp = make_person(ages=(18, 85)), make_person(ages=(35, 60), title="Dr")
    answers = [
        ("health", "Are you taking any medicines?", RNG.choice(["Yes - ramipril 5mg, atorvastatin 20mg", "Yes - warfarin (INR 2.6 last week)", "Yes - sertraline"])),
        ("health", "Allergies", RNG.choice(["Penicillin (rash)", "Latex", "Chlorhexidine - anaphylaxis 2020"])),
        ("health", "Heart problems / pacemaker", RNG.choice(["Yes - pacemaker fitted 2019", "Angina, GTN spray"])),
        ("health", "Are you pregnant or breastfeeding?", "Yes - 20 weeks pregnant") if p.sex == "F" and p.dob.year > 1985 else ("", "Are you pregnant or breastfeeding?", "No"),
        ("", "Do you smoke?", RNG.choice(["No", "Ex-smoker"])),
    ]
    rows = [["Surname", d.n(p, "sur")], ["Forename", d.n(p, "given")], ["Date of birth", d.i("date_of_birth", dob_text(p))],
            ["Address", place(d)], ["Mobile", d.i("phone", phone(True))], ["Email", d.email(p.email("example.com", k))],
            ["GP", f"{d.n(gp, 'tinit')}, Beech Grove Surgery"]]
    for cat, q, a in RNG.sample(answers[:3], 2) + answers[3:]:
        rows.append([q, d.c(cat, a) if cat else a])
    rows.append(["Signed", d.n(p, "full")])
    sheets = [("Medical history", rows)]
    if k % 2:
        sheets.append(("Payment", [["Plan", "Payment card on file", "Expiry"], ["Kingsley Care (monthly)", d.i("payment_card", card()), "09/27"]]))
    save(d, xlsx(sheets))


def appointments(k: int) -> None:
    d = Doc(f"appointments-{k:02d}.csv")
    clinicians = [make_person(ages=(28, 60), title="Dr"), make_person(ages=(25, 55))]
    rows = [["Date", "Time", "Patient", "DOB", "Clinician", "Type", "Contact", "Notes"]]
    for _ in range(RNG.randint(5, 7)):
        p, cl = make_person(ages=(5, 88)), RNG.choice(clinicians)
        note = RNG.choice([("", ""), ("", "New patient"), ("health", "Very anxious - IV sedation booked"), ("health", "Epilepsy - check meds taken"),
                           ("", "Hygienist 30 min"), ("health", "On bisphosphonates - no extraction without consultant advice")])
        rows.append([day("2025-02-03", 20).strftime("%d/%m/%Y"), f"{RNG.randint(8, 17):02d}:{RNG.choice(['00', '20', '40'])}",
                     d.n(p, RNG.choice(["full", "comma"])), d.i("date_of_birth", (p.dob.strftime("%d/%m/%Y"), p.dob.isoformat())),
                     f"{cl.title} {d.n(cl, 'sur')}" if cl.title == "Dr" else d.n(cl, "full"),
                     RNG.choice(["Check-up", "Filling", "Physio review", "Root canal"]), d.i("phone", phone()), d.c(*note) if note[0] else note[1]])
    save(d, table(rows))


def treatment_note(k: int) -> None:
    d = Doc(f"treatment-note-{k:02d}.txt")
    p, dentist, nurse = make_person(ages=(16, 90)), make_person(ages=(28, 60), title="Dr"), make_person(ages=(20, 50))
    physio = k % 2 == 1
    body = ([
        d.c("health", "Presenting: right knee pain 6 weeks after ACL reconstruction; walking with elbow crutches."),
        "Treatment: quads sets, heel slides, patellar mobilisation. Home exercise programme updated.",
        d.c("health", "Also reports low mood since the injury; advised to speak to GP about talking therapies."),
    ] if physio else [
        "C/O: pain UL6 for 3 days, worse with cold.",
        d.c("health", "MH updated: now on alendronic acid for osteoporosis (MRONJ risk); type 1 diabetes, HbA1c 58."),
        "Tx: extraction UL6 under LA (articaine 4% 1 cartridge). Haemostasis achieved. POIG given verbally and in writing.",
    ])
    save(d, text([
        "KINGSLEY DENTAL & PHYSIO - CLINICAL NOTE" if not physio else "KINGSLEY PHYSIOTHERAPY - TREATMENT NOTE",
        f"Patient: {d.n(p, 'full')} ({dob_text(p)[0]})",  # a date, not stated as the date of birth: no label
        f"NHS no. {d.i('nhs_number', nhs())}",
        f"Clinician: {d.n(dentist, 'tfull')}   Nurse/assistant: {d.n(nurse, 'given')}",
        f"Date: {day():%d/%m/%Y}",
        "",
        *body,
        "",
        f"Signed {d.n(dentist, 'init')}",
    ]))


def recall_letter(k: int) -> None:
    d = Doc(f"recall-letter-{k:02d}.docx")
    p, dentist = make_person(ages=(20, 85)), make_person(ages=(30, 60), title="Dr")
    body = [f"{d.n(p, 'tinit')}", place(d), "", f"Dear {d.n(p, 'tsur')},",
            f"Our records show you are due for your six-monthly check-up with {d.n(dentist, 'tsur')}.",
            f"Please call us on {d.i('phone', phone(False))} or book online. If you have moved or no longer wish to be a patient, let us know.",
            "Yours sincerely,", "Reception team"]
    save(d, docx(body, header=f"{d.t('Kingsley')} Dental & Physio", footer=f"2 {d.t('Victoria Terrace')}, Lower {d.t('Kingsley')} {d.i('uk_postcode', postcode())} | {d.email('reception@' + DENTAL)}",
                 author="Reception"))


def booking_email(k: int) -> None:
    d = Doc(f"booking-confirmation-{k:02d}.eml")
    p = make_person(ages=(18, 80))
    pa = p.email("example.net", k + 2)
    when = day("2025-02-10", 30)
    lines = [f"Dear {d.n(p, 'given')},", "", f"Your appointment with our physiotherapist is confirmed for {when:%A %d %B} at 10:40.",
             f"If you need to change it, reply to this email or call {d.i('phone', phone(False))}.", "",
             "Please arrive ten minutes early.",
             "", "Kingsley Dental & Physio"]
    save(d, eml(("Kingsley Dental & Physio", d.email("bookings@" + DENTAL)), (d.n(p, "full"), d.email(pa)), "Your appointment is confirmed",
                rfc(when - datetime.timedelta(days=5)), lines, f"book{k}@{DENTAL}"))


def patient_equality(k: int) -> None:
    d = Doc(f"patient-equality-{k:02d}.csv")
    rows = [["Patient", "Date of birth", "Ethnic category", "Religion", "Sexual orientation"]]
    for _ in range(RNG.randint(5, 7)):
        p = make_person(ages=(16, 90))
        vals = [RNG.choice(["A - White British", "H - Indian", "N - Black African", "R - Chinese", "Z - Not stated", "M - Black Caribbean"]),
                RNG.choice(["Islam", "Hinduism", "Christianity", "Not stated", "No religion", "Judaism"]),
                RNG.choice(["Heterosexual or straight", "Gay or lesbian", "Not stated", "Not stated"])]
        for cat, v in zip(["racial_ethnic_origin", "religious_belief", "sex_life_orientation"], vals):
            if "Not stated" not in v and v != "No religion":
                d.c(cat, v)
        rows.append([d.n(p, "comma"), d.i("date_of_birth", (p.dob.strftime("%d/%m/%Y"), p.dob.isoformat())), *vals])
    save(d, table(rows))


def patient_export() -> None:
    d = Doc("patients-export.json")
    pts = []
    for j in range(4):
        p = make_person(ages=(10, 90))
        alerts = RNG.sample(["Epilepsy", "Asthma", "Haemophilia A", "Hepatitis C", "Latex allergy"], RNG.randint(0, 2))
        if alerts:
            d.c("health")
        pts.append({"id": 10400 + j, "title": p.title, "firstName": d.n(p, "given"), "lastName": d.n(p, "sur"),
                    "dob": d.i("date_of_birth", (p.dob.isoformat(), p.dob.isoformat())), "nhsNumber": d.i("nhs_number", nhs()),
                    "mobile": d.i("phone", phone(True)), "medicalAlerts": alerts, "recallDue": day("2025-03-01").isoformat()})
    save(d, as_json({"practice": "Kingsley Dental & Physio", "patients": pts}))


def physio_referral(k: int) -> None:
    d = Doc(f"physio-referral-{k:02d}.md")
    p, gp, physio = make_person(ages=(25, 85)), make_person(ages=(35, 60), title="Dr"), make_person(ages=(25, 55))
    save(d, text([
        "# Referral to Kingsley Physiotherapy",
        "",
        f"**Patient:** {d.n(p, 'tfull')}  ",
        f"**D.O.B.:** {d.i('date_of_birth', dob_text(p))}  ",
        f"**NHS No:** {d.i('nhs_number', nhs())}  ",
        f"**Address:** {place(d)}",
        "",
        d.c("health", "Chronic low back pain with left sciatica; MRI shows L4/5 disc prolapse. Not a surgical candidate at present."),
        d.c("health", "Also has rheumatoid arthritis on methotrexate - please avoid manipulation."),
        "",
        f"Referred by {d.n(gp, 'tfull')}, Beech Grove Surgery ({d.email(gp.email('beechgrove.example.net', 1))}).",
        f"Triage: {d.n(physio, 'init')}, routine, 6 sessions.",
    ]))


# ---------------------------------------------------------------- university admissions and student support


def application(k: int) -> None:
    d = Doc(f"application-{k:02d}.json")
    a, referee = make_person(ages=(17, 30)), make_person(ages=(30, 60))
    conviction = RNG.choice([("criminal_offence", "Yes - caution for criminal damage (2021), declared for the social work course"), ("", "No")])
    doc = {"applicationId": f"NU25-{RNG.randint(100000, 999999)}", "course": RNG.choice(["BSc Nursing (Adult)", "BA Social Work", "MEng Civil Engineering"]),
           "applicant": {"givenNames": d.n(a, "given"), "familyName": d.n(a, "sur"), "dateOfBirth": d.i("date_of_birth", (a.dob.isoformat(), a.dob.isoformat())),
                         "email": d.email(a.email("example.com", k + 3)), "phone": d.i("phone", phone(True)), "postcode": d.i("uk_postcode", postcode()),
                         "nationality": RNG.choice(["British", "Nigerian", "Romanian", "Irish"]), "feeStatus": RNG.choice(["Home", "International", "Home (EUSS settled)"])},
           "declarations": {"relevantCriminalConvictions": d.c(*conviction) if conviction[0] else conviction[1],
                            "disability": d.c("health", "Dyslexia (diagnosed 2019)") if k % 2 else "None declared"},
           "reference": {"referee": d.n(referee, "full"), "email": d.email(referee.email("college.example.org"))},
           "audit": {"submittedFrom": d.i("ip_address", ip(k % 2 == 1)), "submitted": "2025-01-14T22:41:09Z"}}
    if k % 2 == 0:
        doc["applicant"]["ukPassportNumber"] = d.i("uk_passport", passport())
    save(d, as_json(doc))


def support_plan(k: int) -> None:
    d = Doc(f"disability-support-plan-{k:02d}.docx")
    s, adv = make_person(ages=(18, 40)), make_person(ages=(28, 60))
    cond = RNG.choice(["Autism spectrum condition and generalised anxiety disorder", "ADHD and dyslexia", "Crohn's disease (flares need urgent toilet access)",
                       "Hearing impairment - uses hearing aids and a radio aid", "Type 1 diabetes and coeliac disease"])
    body = [("h", "Disability Support Plan (Learning Support Plan)"), [
        ["Student", d.n(s, "full")], ["Student number", f"{RNG.randint(20000000, 29999999)}"], ["Date of birth", d.i("date_of_birth", dob_text(s))],
        ["Course", "BA (Hons) History"], ["Disclosed condition", d.c("health", cond)], ["Disability adviser", d.n(adv, "full")]],
        ("h", "Reasonable adjustments"), "25% extra time in exams; rest breaks; a smaller room.", "Lecture recordings; deadline extensions of up to 7 days on request.",
        ("c", f"Share with the {d.t('Head of Department')} and personal tutor only.", 0)]
    save(d, docx(body, header="University of Northam - Student Wellbeing - CONFIDENTIAL", footer=f"Disability Service | {d.email('disability@' + UNI)} | {d.i('phone', phone(False))}",
                 comments=[(d.n(adv, "full"), f"{d.n(s, 'given')} agreed to the sharing on the call.")], author=d.n(adv, "full")))


def mitigation_email(k: int) -> None:
    d = Doc(f"mitigating-circumstances-{k:02d}.eml")
    s, officer = make_person(ages=(18, 35)), make_person(ages=(25, 60))
    sa, oa = s.email(UNI, k), officer.email(UNI)
    reason = RNG.choice([("health", "I was admitted to hospital with appendicitis on the day of the exam and had surgery."),
                         ("health", "I have been having panic attacks since January and my GP has signed me off."),
                         ("", "My grandmother died in Lagos and I flew out for the funeral."),
                         ("health", "I found out I am pregnant and have had severe hyperemesis." if s.sex == "F" else "I broke my wrist and could not write.")])
    when = day("2025-01-10", 60)
    lines = [f"Dear {d.n(s, 'given')},", "", "Thank you. Your claim has been logged and will go to the panel on 20 March. The evidence you attached is enough.",
             "", "Best wishes,", d.n(officer, "full"), "Student Casework Office", "",
             f"-----Original Message-----", f"From: {d.n(s, 'full')} <{d.email(sa)}>", f"Sent: {when:%d %B %Y} 23:12",
             "> Hello,", d.c(*reason) if reason[0] else "> " + reason[1], "> I'm applying for mitigating circumstances for MOD2201.",
             f"> Student number {RNG.randint(20000000, 29999999)}", f"> {d.n(s, 'full')}"]
    if reason[0]:
        lines[-4] = "> " + lines[-4]
    save(d, eml((d.n(officer, "full"), d.email(oa)), (d.n(s, "full"), sa), "RE: Mitigating circumstances claim", rfc(when + datetime.timedelta(days=2), 14), lines, f"mit{k}@{UNI}"))


def equality(k: int) -> None:
    d = Doc(f"equality-monitoring-{k:02d}.xlsx")
    rows = [["Student ID", "Surname", "Forename", "Ethnicity", "Religion or belief", "Sexual orientation", "Disability"]]
    for _ in range(RNG.randint(5, 7)):
        s = make_person(ages=(18, 40))
        vals = [RNG.choice(["Asian or Asian British - Pakistani", "Black or Black British - African", "White - British", "Chinese", "Prefer not to say", "Arab"]),
                RNG.choice(["Muslim", "Christian", "No religion", "Sikh", "Prefer not to say", "Buddhist"]),
                RNG.choice(["Heterosexual", "Bisexual", "Gay or lesbian", "Prefer not to say", "Prefer not to say"]),
                RNG.choice(["No known disability", "Mental health condition", "Specific learning difference", "Prefer not to say"])]
        for cat, v in zip(["racial_ethnic_origin", "religious_belief", "sex_life_orientation", "health"], vals):
            if v != "Prefer not to say" and v != "No known disability":
                d.c(cat, v)
        rows.append([f"{RNG.randint(20000000, 29999999)}", d.n(s, "sur"), d.n(s, "given"), *vals])
    save(d, xlsx([("HESA return extract", rows)]))


def hardship(k: int) -> None:
    d = Doc(f"hardship-fund-{k:02d}.xlsx")
    s = make_person(ages=(19, 45))
    child = relative(s, ages=(1, 8))
    sort, account, value = bank()
    d.ids.append(("uk_bank_account", value))
    kv = [["Surname", d.n(s, "sur")], ["Forename", d.n(s, "given")], ["Student number", f"{RNG.randint(20000000, 29999999)}"],
          ["Date of birth", d.i("date_of_birth", dob_text(s))], ["Term-time postcode", d.i("uk_postcode", postcode())], ["Email", d.email(s.email(UNI))],
          ["Phone", d.i("phone", phone(True))], ["NI number", d.i("uk_nino", nino())], ["Sort code", sort], ["Account number", account]]
    if k % 2:
        kv.append(["IBAN (if paid abroad)", d.i("iban", iban())])
    else:
        kv.append(["Photo ID", f"UK driving licence {d.i('uk_driving_licence', licence(s))}"])
    circ = [["Circumstance", "Detail"], ["Dependants", f"{d.n(child, 'full')}, born {d.i('date_of_birth', dob_text(child))}"],
            ["Care leaver / estranged", RNG.choice(["Estranged from parents since 2022", "No"])],
            ["Other", d.c("health", RNG.choice(["Pregnant, due in May; had to stop agency work", "Long COVID - cannot work shifts"]))]]
    save(d, xlsx([("Applicant", kv), ("Circumstances", circ)]))


def chaplaincy(k: int) -> None:
    d = Doc(f"chaplaincy-referral-{k:02d}.txt")
    s, chap, tutor = make_person(ages=(18, 30)), make_person(ages=(35, 65), title=RNG.choice(["Revd", "Revd"])), make_person(ages=(30, 60), title="Prof")
    faith = RNG.choice([("religious_belief", "would like to speak to the Muslim chaplain about fasting during Ramadan with exams"),
                        ("religious_belief", "is a practising Catholic and asked for a priest after a bereavement"),
                        ("religious_belief", "has recently left the Jehovah's Witnesses and has been cut off by family")])
    save(d, text([
        "REFERRAL TO THE MULTI-FAITH CHAPLAINCY",
        f"From: {d.n(tutor, 'tfull')}, personal tutor",
        f"To: {d.n(chap, 'tfull')}",
        f"Student: {d.n(s, 'COMMA')} ({d.email(s.email(UNI, 2))})",
        "",
        d.c(faith[0], f"{d.n(s, 'given')} {faith[1]}."),
        d.c("health", f"{s.she.capitalize()} has been self-harming in the past month and has a GP appointment; the wellbeing team knows.") if k % 2 == 0 else
        f"{s.she.capitalize()} is doing well academically and is a member of the Students' Union climbing club.",
        "",
        f"Thanks, {d.n(tutor, 'given')}",
    ]))


def case_log(k: int) -> None:
    d = Doc(f"student-support-log-{k:02d}.tsv")
    rows = [["Date", "Student", "Adviser", "Category", "Note"]]
    adv = make_person(ages=(25, 60))
    for _ in range(5):
        s = make_person(ages=(18, 35))
        note = RNG.choice([("sex_life_orientation", "Harassment", "Student disclosed being bisexual and is being harassed in halls; Report + Support case opened."),
                           ("health", "Wellbeing", "Referred to counselling for anxiety and insomnia."),
                           ("", "Finance", "Advised on the hardship fund and the Students' Union food bank."),
                           ("criminal_offence", "Conduct", "Student convicted of drink-driving; fitness to practise referral (Nursing)."),
                           ("", "Housing", "Landlord withholding deposit; signposted to Eastgate Advice.")])
        if note[0]:
            d.c(note[0])
        rows.append([day().isoformat(), d.n(s, RNG.choice(["full", "init"])), d.n(adv, "init"), note[1], note[2]])
    save(d, table(rows, "\t"))


def support_mbox() -> None:
    d = Doc("student-support-inbox.mbox")
    msgs, senders = [], []
    for k in range(4):
        s, adv = make_person(ages=(18, 30)), make_person(ages=(25, 60))
        a, b = s.email(UNI, k), adv.email(UNI)
        para = [d.c("health", "I was diagnosed with glandular fever and can't get out of bed. Can I have an extension?"),
                "Can I change my seminar group? I have a clash with my part-time job.",
                d.c("trade_union", "I'm the UCU rep for the postgraduate teaching assistants - can we meet about the marking boycott cover?"),
                d.c("political_opinion", "As chair of the Labour Society I'd like to book a room for a hustings; we are members of the party and want it minuted.")][k]
        body = [f"Hi {d.n(adv, 'given')},", "", para, "", "Thanks", d.n(s, "full"), f"Mobile {d.i('phone', phone(True))}"]
        d.email(a)
        d.email(b)
        msgs.append(eml((d.n(s, "full"), a), (d.n(adv, "full"), b), ["Extension", "Seminar group", "Meeting", "Room booking"][k], rfc(day(), 12), body, f"sup{k}@{UNI}", html_part=k % 2 == 0))
        senders.append(a)
    save(d, mbox(msgs, senders))


def student_record(k: int) -> None:
    d = Doc(f"student-record-{k:02d}.html")
    s = make_person(ages=(18, 40))
    blocks = [[["Field", "Value"], ["Name", d.n(s, "full")], ["Date of birth", d.i("date_of_birth", dob_text(s))], ["Email", d.email(s.email(UNI, 1))],
               ["Home address", place(d)], ["Phone", d.i("phone", phone())], ["Fee status", "Home"],
               ["Societies", RNG.choice(["Students' Union rowing club", "Christian Union (committee)", "Conservative Association (president)"])]],
              "Last logins:", [["When", "From"], ["2025-01-30 08:14", d.i("ip_address", ip())], ["2025-01-31 19:02", d.i("ip_address", ip(True))]]]
    soc = blocks[0][-1][1]
    if "Christian" in soc:
        d.c("religious_belief", soc)
    elif "Conservative" in soc:
        d.c("political_opinion", soc)
    save(d, page(f"Student record - {d.n(s, 'caps')}", blocks))


# ---------------------------------------------------------------- negatives: prose about categories, naming no one


NEGATIVES = {
    "policy-medication-care-home.txt": [
        "LARKFIELD HOUSE - MEDICATION POLICY",
        "Residents living with dementia, diabetes, epilepsy or Parkinson's disease often take time-critical medicines.",
        "Covert administration is only lawful after a mental capacity assessment and a best interests decision with the GP and pharmacist.",
        "Controlled drugs such as morphine and lorazepam are stored in a locked cabinet and recorded in the CD register.",
        "Staff must respect faith and cultural needs: some residents will not take gelatine capsules (halal or kosher diets) or will fast during Ramadan.",
        "Review: annually by the Registered Manager.",
    ],
    "policy-privacy-notice-solicitors.html": [
        "Privacy notice - Harper & Lowe LLP",
        "We process special category data, such as information about your health, racial or ethnic origin, religious beliefs, sexual orientation and trade union membership, where it is needed to give legal advice or bring a claim.",
        "We process criminal offence data (convictions, charges and allegations) when we act for you in criminal proceedings, under Schedule 1 of the Data Protection Act 2018.",
        "Immigration status and nationality are personal data; we keep them only as long as your matter needs.",
        "Contact our Data Protection Officer at dpo@harperlowe.example.com.",
    ],
    "policy-infection-control-dental.md": [
        "# Infection control and medical emergencies",
        "- Every patient completes a medical history at each course of treatment: medicines, allergies, pregnancy, heart conditions, blood-borne viruses.",
        "- Patients with hepatitis B, hepatitis C or HIV are treated with standard precautions; no separate list is kept.",
        "- The emergency kit holds adrenaline, GTN spray, salbutamol, glucose gel and oxygen.",
        "- Latex-free gloves are the default.",
    ],
    "policy-equality-and-diversity.docx": [
        "Equality, diversity and inclusion policy",
        "The university welcomes students of every ethnicity, religion or belief, sexual orientation and gender identity, and disabled students.",
        "Equality monitoring data (ethnicity, religion, sexual orientation, disability) is reported to HESA in anonymised form and is never used for admissions decisions.",
        "Reasonable adjustments are agreed with the Disability Service; a diagnosis of autism, ADHD, dyslexia or a mental health condition is kept confidential.",
        "Prayer rooms are open on every campus; the Multi-Faith Chaplaincy supports students of all faiths and none.",
    ],
    "training-safeguarding-slides.md": [
        "# Safeguarding adults - slide notes",
        "## Slide 3: types of abuse",
        "Physical, sexual, psychological, financial, neglect, discriminatory (race, religion, sexuality, disability), organisational, modern slavery.",
        "## Slide 7: who is at risk",
        "People with dementia, learning disabilities, mental illness or sensory impairment; people who are socially isolated.",
        "## Slide 9: what to do",
        "Record facts, not opinions; report to the safeguarding lead; never promise to keep a secret.",
    ],
    "training-dols-and-capacity.txt": [
        "TRAINING: MENTAL CAPACITY ACT AND DoLS",
        "Assume capacity. A diagnosis of dementia, a learning disability or a brain injury does not, on its own, mean a person lacks capacity.",
        "A deprivation of liberty is when a person is under continuous supervision and control and is not free to leave (the acid test).",
        "Standard authorisations are granted by the supervisory body; urgent authorisations last up to seven days.",
        "Quiz: is a locked keypad door a restriction? Discuss in pairs.",
    ],
    "training-special-category-data.html": [
        "Training: special category data for advice workers",
        "Article 9 covers racial or ethnic origin, political opinions, religious or philosophical beliefs, trade union membership, genetic and biometric data, health, sex life and sexual orientation.",
        "Article 10 covers criminal convictions and offences; Schedule 1 gives the conditions.",
        "Immigration status is not special category data, but treat it with the same care.",
        "Example: a note that a client has depression is health data; a note that a client is a Unite member is trade union data.",
    ],
    "policy-minutes-quality-committee.docx": [
        "Quality and safety committee - minutes (anonymised)",
        "Falls: 14 falls in the quarter, 2 with fractures; sensor mats and hip protectors reviewed.",
        "Pressure ulcers: one grade 3 ulcer acquired in hospital; district nurses involved.",
        "Infection: norovirus outbreak on the first floor in January, closed to visitors for 5 days.",
        "Staff wellbeing: the recognised unions (UNISON and GMB) asked for a review of night-shift staffing.",
        "Faith: the home will host a multi-faith carol service and an Eid lunch.",
    ],
    "policy-minutes-student-wellbeing.txt": [
        "STUDENT WELLBEING FORUM - MINUTES",
        "Counselling waiting times rose to 4 weeks; anxiety and depression remain the most common reasons for referral.",
        "The LGBTQ+ network asked for gender-neutral toilets in the library; agreed.",
        "Chaplaincy reports more students fasting during Ramadan in the exam period; exam timetable to note it.",
        "Mitigating circumstances claims citing bereavement and long COVID have increased.",
        "No individual cases were discussed.",
    ],
    "policy-student-mitigation.md": [
        "# Mitigating circumstances policy",
        "Serious illness, a significant mental health crisis, pregnancy complications, bereavement or being a victim of crime can be mitigating circumstances.",
        "Evidence such as a GP letter or a crime reference number is needed; claims are decided by a panel that sees no more than it needs.",
        "Religious observance is accommodated through the exam timetable, not through mitigation.",
    ],
    "policy-trade-union-recognition.txt": [
        "TRADE UNION RECOGNITION AGREEMENT",
        "The company recognises UNISON, GMB and Unite for collective bargaining for care and domestic staff.",
        "Union representatives get reasonable paid time off for duties and training.",
        "Check-off of union subscriptions is available to members on request.",
        "Political fund contributions are a matter for each member and the union.",
    ],
    "training-criminal-records-checks.txt": [
        "TRAINING NOTE: DBS CHECKS FOR REGULATED ACTIVITY",
        "Care, nursing and dental roles need an enhanced DBS check with a barred list check.",
        "A conviction or caution is not an automatic bar: consider its relevance, age and circumstances.",
        "Protected convictions and cautions are filtered and must not be asked about.",
        "Store certificates securely and destroy them after six months.",
    ],
}
NEGATIVE_OWNERS = {"policy-medication-care-home.txt", "policy-trade-union-recognition.txt", "policy-student-mitigation.md"}


def negative(name: str, lines: list[str]) -> None:
    d = Doc(name)
    lines = list(lines)
    if name in NEGATIVE_OWNERS:
        owner = make_person(ages=(35, 60))
        lines.append(f"Document owner: {d.n(owner, 'full')}, approved {day():%B %Y}.")
    d.ids += [("email", m.lower()) for line in lines for m in EMAIL_RE.findall(line)]
    if name.endswith(".docx"):
        payload = docx([("h", lines[0]), *lines[1:]], header=lines[0], footer="Version 3 - uncontrolled when printed")
    elif name.endswith(".html"):
        payload = page(lines[0], lines[1:])
    else:
        payload = text(lines)
    save(d, payload)


# ---------------------------------------------------------------- main


def main() -> None:
    for k in range(1, 5):
        care_plan(k)
    for k in range(1, 4):
        mar_chart(k)
        falls_report(k)
        admission_thread(k)
    for k in range(1, 3):
        dols_note(k)
        contact_log(k)
        rota(k)
        visit_log(k)
    family_mbox()
    resident_export()
    for k in range(1, 5):
        intake_form(k)
    for k in range(1, 4):
        debt_notes(k)
        police_station(k)
        client_letter(k)
        advice_thread(k)
        immigration_note(k)
    for k in range(1, 3):
        family_note(k)
        conflict_check(k)
        employment_note(k)
    case_export()
    for k in range(1, 5):
        medical_history(k)
        treatment_note(k)
    for k in range(1, 4):
        appointments(k)
        recall_letter(k)
        booking_email(k)
    for k in range(1, 3):
        physio_referral(k)
        patient_equality(k)
    patient_export()
    for k in range(1, 3):
        application(k)
        equality(k)
        case_log(k)
        student_record(k)
    for k in range(1, 4):
        support_plan(k)
        mitigation_email(k)
        hardship(k)
        chaplaincy(k)
    support_mbox()
    for name, lines in NEGATIVES.items():
        negative(name, lines)

    if DOCS.exists():
        shutil.rmtree(DOCS)
    DOCS.mkdir()
    labels = []
    for d, data in sorted(SAVED, key=lambda x: x[0].name):
        (DOCS / d.name).write_bytes(data)
        labels.append(d.label())
    assert len({l["doc"] for l in labels}) == len(labels)
    (HERE / "labels.jsonl").write_text("".join(json.dumps(l, ensure_ascii=False) + "\n" for l in labels))
    negatives = sum(l["doc"].startswith(("policy", "training")) for l in labels)
    names = sum(len(l["names"]) for l in labels)
    ids = sum(len(l["ids"]) for l in labels)
    cats = {c: sum(c in l["categories"] for l in labels) for c in CATEGORIES}
    print(f"{len(labels)} documents ({negatives} negatives), {names} name labels, {ids} identifier labels")
    print("documents per category:", ", ".join(f"{c} {n}" for c, n in cats.items()))
    kinds: dict[str, int] = {}
    for l in labels:
        for kind, _ in l["ids"]:
            kinds[kind] = kinds.get(kind, 0) + 1
    print("identifiers per kind:", ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))


if __name__ == "__main__":
    main()
