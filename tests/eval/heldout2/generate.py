#!/usr/bin/env python3
"""(Re)create dpscan's SECOND held-out evaluation set: the records a school, a
GP surgery and a council housing and benefits team hold.

Usage:  python3 tests/eval/heldout2/generate.py

Python 3.11, standard library only, deterministic (``random.Random(2717)``,
fixed zip timestamps): two runs give byte-identical files. ``docs/`` is
deleted and rebuilt, ``labels.jsonl`` rewritten.

This set is blind: it was written without reading dpscan's detectors, rules,
the development set or the first held-out set's templates, and is only ever
measured. Documents: safeguarding and welfare notes, SEN/EHCP summaries,
admission forms, attendance letters, GP referrals, fit notes, accident book
entries, medication records, housing applications, council tax and benefit
letters, ASB case notes, parents' evening mail, governors' minutes, DBS logs,
union subscription lists, equality-monitoring exports, visitor and guest
Wi-Fi logs; and policy or training prose about health, religion, unions and
convictions that names no one but its owner (``policy-*``, ``training-*``).
Formats: text, CSV, mail (multipart, quoted-printable HTML), HTML, Word (header,
footer, tables), Excel (key/value sheets, sheets with a header row), JSON.

Labels come from the structures that write the text:

* ``ids``: ``[kind, normalised value]`` of every identifier written, as
  CONTRACT.md normalises it;
* ``names``: every person-name string as written, titles left out; a check
  refuses a document in which a person's given name or surname (as written or
  in capitals) occurs outside a labelled mention or an email address;
* ``categories``: the special categories revealed about a named person in
  the file. Distractors are not labelled: a teacher whose name is a lexicon
  word, recognised unions in a generic contract clause, "Christmas" in term
  dates, "Health and Safety" headings.

Everything is fictional: emails use example.com/.org/.net, phones Ofcom's
drama ranges, NHS numbers the 999 test range, NINOs the QQ prefix (never the
specimen), cards the schemes' published test numbers, postcodes the format
examples, IPs the documentation ranges, bank details sort codes of Vocalink's
table with account numbers generated to pass its modulus check (only sort
codes whose rows carry no exception, checked against Vocalink's own test
cases), IBANs built with valid check digits.
"""

from __future__ import annotations

import csv
import datetime
import html
import io
import json
import quopri
import random
import re
import shutil
import unicodedata
import zipfile
from dataclasses import dataclass, field
from email.header import Header
from email.utils import formataddr
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
rng = random.Random(2717)
ZIP_TIME = (2024, 9, 2, 8, 30, 0)

# ---------------------------------------------------------------- people

GIVEN_F = """Amelia Poppy Charlotte Eleanor Cerys Angharad Nia Siân Eilidh Morag Kirsty
Niamh Aoife Siobhán Priya Harpreet Farhana Sunita Zofia Agnieszka Małgorzata Ngozi
Folasade Akosua Ama Efua Hodan Fartun Ayaan Marcia Paulette Mei Xiaoling Elif Ayşe
Zeynep Andreea Ioana Bianca Rosalind Bethan""".split()
GIVEN_M = """Oliver George Harry Rhys Dafydd Gethin Iolo Callum Ruaridh Hamish Ciarán Cian
Pádraig Aarav Imran Arjun Mohammed Krzysztof Wojciech Chinedu Adebayo Emeka Kwame Kofi
Yaw Abdirahman Mahad Liban Delroy Winston Leroy Wei Jun Hao Emre Mehmet Burak Ionuț
Mihai Florin Tobias""".split()
SURNAMES = """Whitfield Hargreaves Pemberton Ashworth Thistlethwaite Fairbrother Llewellyn
Pritchard Vaughan Prys MacLeod McAllister Fraser Urquhart Drummond O'Sullivan Gallagher
Byrne O'Connor Patel Chaudhry Sandhu Begum Rahman Iyer Bhattacharya Nowak Kowalczyk Zając
Wójcik Okonkwo Adeyemi Nwosu Oyelaran Balogun Mensah Asante Owusu Boateng Agyeman Abdi
Warsame Farah Jama Braithwaite Forbes McKenzie Chen Wong Liu Zhang Yılmaz Demir Kaya
Öztürk Aydın Popescu Ionescu Dumitrescu Munteanu Carter-Jones Ahmed-Khan Lloyd-Davies
Mensah-Bonsu""".split() + ["de Souza", "da Costa", "ap Dafydd", "van der Merwe"]


@dataclass
class Person:
    given: str
    surname: str
    sex: str
    title: str
    born: datetime.date

    @property
    def full(self) -> str:
        return f"{self.given} {self.surname}"

    def parts(self) -> list[str]:
        """Name words a reader would take for this person (particles left out)."""
        words = re.split(r"[\s-]+", f"{self.given} {self.surname}")
        return [w for w in words if w[:1].isupper()] + ([self.surname] if "-" in self.surname else [])


USED: set[str] = set()


def person(sex: str | None = None, adult: bool = True, surname: str | None = None, title: str | None = None) -> Person:
    if title in ("Mrs", "Ms", "Miss"):
        sex = "F"
    elif title == "Mr":
        sex = "M"
    while True:
        sex = sex or rng.choice("FM")
        given = rng.choice(GIVEN_F if sex == "F" else GIVEN_M)
        sur = surname or rng.choice(SURNAMES)
        if f"{given} {sur}" not in USED:
            break
    USED.add(f"{given} {sur}")
    if adult:
        born = datetime.date(rng.randint(1958, 1998), rng.randint(1, 12), rng.randint(1, 28))
    else:
        born = datetime.date(rng.randint(2010, 2020), rng.randint(1, 12), rng.randint(1, 28))
    t = title or (rng.choice(["Mrs", "Ms", "Miss"]) if sex == "F" else "Mr")
    return Person(given, sur, sex, t, born)


def family(children: int = 1) -> tuple[Person, list[Person]]:
    parent = person()
    kids = []
    for _ in range(children):
        sur = parent.surname if rng.random() < 0.8 else f"{rng.choice(SURNAMES)}"
        kids.append(person(adult=False, surname=sur))
    return parent, kids


def fold(s: str) -> str:
    s = s.replace("ł", "l").replace("ı", "i").replace("Ł", "L")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# ---------------------------------------------------------------- identifiers
# Each returns (as written, as dpscan normalises it).


def nino():
    digits = f"{rng.randint(0, 999999):06d}"
    if digits == "123456":
        digits = "654321"
    suffix = rng.choice("ABCD")
    norm = f"QQ{digits}{suffix}"
    a, b, c = digits[:2], digits[2:4], digits[4:]
    return rng.choice([norm, f"QQ {a} {b} {c} {suffix}", f"QQ{digits} {suffix}", f"QQ {digits} {suffix}"]), norm


def phone():
    n = f"{rng.randint(0, 999):03d}"
    choices = [
        (f"07700 900{n}", f"+447700900{n}"),
        (f"07700 900 {n}", f"+447700900{n}"),
        (f"07700900{n}", f"+447700900{n}"),
        (f"+44 7700 900{n}", f"+447700900{n}"),
        (f"+44 (0)7700 900 {n}", f"+447700900{n}"),
        (f"0044 7700 900{n}", f"+447700900{n}"),
        (f"020 7946 0{n}", f"+442079460{n}"),
        (f"(020) 7946 0{n}", f"+442079460{n}"),
        (f"0207 946 0{n}", f"+442079460{n}"),
        (f"0121 496 0{n}", f"+441214960{n}"),
        (f"0161-496-0{n}", f"+441614960{n}"),
        (f"0113 496 0{n}", f"+441134960{n}"),
        (f"0117.496.0{n}", f"+441174960{n}"),
        (f"029 2018 0{n}", f"+442920180{n}"),
        (f"028 9018 0{n}", f"+442890180{n}"),
        (f"0141 496 0{n}", f"+441414960{n}"),
        (f"+44 131 496 0{n}", f"+441314960{n}"),
        (f"0306 999 0{n}", f"+443069990{n}"),
    ]
    return rng.choice(choices)


def mobile():
    n = f"{rng.randint(0, 999):03d}"
    return rng.choice([(f"07700 900{n}", f"+447700900{n}"), (f"07700 900 {n}", f"+447700900{n}"),
                       (f"+44 7700 900 {n}", f"+447700900{n}")])


POSTCODES = ["SW1A 1AA", "EC1A 1BB", "W1A 0AX", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT"]
STREETS = ["Orchard Road", "Chapel Lane", "Station Street", "Millbrook Avenue", "Heather Close",
           "Quarry Bank", "Victoria Terrace", "Flat 3, Tannery Court"]
TOWNS = ["Northmoor", "Eastbridge", "Kelham", "Ashby Vale", "Pennant"]


def postcode(loose: bool = False):
    pc = rng.choice(POSTCODES)
    if not loose:
        return pc, pc
    return rng.choice([pc, pc.lower(), pc.replace(" ", ""), pc.title()]), pc


def address():
    pc = postcode(loose=True)
    street = rng.choice(STREETS)
    return street if street.startswith("Flat") else f"{rng.randint(1, 120)} {street}", rng.choice(TOWNS), pc


def nhs():
    while True:
        digits = [9, 9, 9] + [rng.randint(0, 9) for _ in range(6)]
        check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1))) % 11
        if check == 11:
            check = 0
        if check != 10:
            break
    s = "".join(map(str, digits)) + str(check)
    return rng.choice([f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}", s]), s


MONTHS = "January February March April May June July August September October November December".split()


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def date_text(d: datetime.date) -> str:
    return rng.choice([
        f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}/{d.month}/{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
        f"{d.day} {MONTHS[d.month - 1]} {d.year}", f"{ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}",
        f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}", d.isoformat(), f"{d.day:02d}-{d.month:02d}-{d.year}",
    ])


def dob(p: Person):
    return date_text(p.born), p.born.isoformat()


def passport():
    s = f"{rng.randint(100000000, 999999999)}"
    return s, s


def licence(p: Person):
    sur = re.sub(r"^MC", "MAC", re.sub(r"[^A-Z]", "", fold(p.surname).upper()))[:5].ljust(5, "9")  # DVLA: Mc as Mac
    y = p.born.year
    month = p.born.month + (50 if p.sex == "F" else 0)
    initials = (fold(p.given)[0] + "9").upper()
    check = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
    norm = f"{sur}{(y // 10) % 10}{month:02d}{p.born.day:02d}{y % 10}{initials}9{check}"
    return rng.choice([norm, f"{norm[:5]} {norm[5:11]} {norm[11:]}", f"{norm[:5]} {norm[5:11]} {norm[11:14]} {norm[14:]}"]), norm


CARDS = ["4111111111111111", "4242424242424242", "5555555555554444", "5105105105105100", "4000056655665556",
         "5200828282828210", "6011111111111117", "3566002020360505", "378282246310005", "371449635398431"]


def card():
    c = rng.choice(CARDS)
    if len(c) == 15:
        return rng.choice([c, f"{c[:4]} {c[4:10]} {c[10:]}"]), c
    groups = [c[i:i + 4] for i in range(0, 16, 4)]
    return rng.choice([c, " ".join(groups), "-".join(groups)]), c


# Rows of Vocalink's modulus weight table (valacdos.txt, v7.70; ../shared/data/vocalink) for
# sort codes that carry no exception rule: start, end, method, weights u..h.
VALACDOS = """
041320 041399 DBLAL    1    3    4    3    9    3    1    7    5    5    4    5    2    4
071310 071310 MOD11    0    0    7    6    5    8    9    4    5    6    7    8    9   -1
089000 089999 MOD10    0    0    0    0    0    0    7    1    3    7    1    3    7    1
102400 107999 MOD11    0    0    0    0    0    0    8    7    6    5    4    3    2    1
161055 161055 MOD11    0    0    6    5    4    3    2    7    6    5    4    3    2    1
231354 231354 MOD11    0    0    0    0    0    0    0    7    6    5    4    3    2    1
231354 231354 DBLAL    2    1    2    1    2    1    2    1    2    1    2    1    2    1
235323 235323 MOD11    0    0    0    0    0    0    0    7    6    5    4    3    2    1
235323 235323 DBLAL    2    1    2    1    2    1    2    1    2    1    2    1    2    1
239751 239751 MOD11    0    0    0    0    0    0    0    7    6    5    4    3    2    1
239751 239751 DBLAL    2    1    2    1    2    1    2    1    2    1    2    1    2    1
301435 301435 MOD11    0    0    0    0    0    0  128   64   32   16    8    4    2    1
836500 836501 MOD11    0    0    4    3    2    7    2    7    6    5    4    3    2    1
836530 836530 MOD11    0    0    4    3    2    7    2    7    6    5    4    3    2    1
"""
ROWS = [(f[0], f[1], f[2], [int(x) for x in f[3:17]]) for f in map(str.split, VALACDOS.strip().splitlines())]


def modulus_ok(sc: str, acc: str) -> bool:
    """Vocalink's check (MOD10, MOD11, DBLAL; every row of the sort code must pass)."""
    rows = [r for r in ROWS if r[0] <= sc <= r[1]]
    digits = [int(c) for c in sc + acc]
    for _, _, method, weights in rows:
        products = [a * b for a, b in zip(digits, weights)]
        if method == "DBLAL":
            ok = sum(sum(map(int, str(p))) for p in products) % 10 == 0
        else:
            ok = sum(products) % (10 if method == "MOD10" else 11) == 0
        if not ok:
            return False
    return True


# Vocalink's published test cases for the plain methods, as a check on modulus_ok.
assert modulus_ok("089999", "66374958") and modulus_ok("107999", "88837491")
assert modulus_ok("089999", "66374959") is False and modulus_ok("107999", "88837493") is False

SORT_CODES = sorted({r[0] for r in ROWS})


def bank_pair() -> tuple[str, str]:
    while True:
        sc = rng.choice(SORT_CODES)
        acc = f"{rng.randint(0, 99999999):08d}"
        if modulus_ok(sc, acc):
            return sc, acc


def sort_text(sc: str) -> str:
    sep = rng.choice(["-", " ", ""])
    return sep.join([sc[:2], sc[2:4], sc[4:]])


def iban_check(country: str, bban: str) -> str:
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(digits) % 97:02d}"


def iban(sc: str | None = None, acc: str | None = None, country: str = "GB"):
    if country == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + sc + acc
    elif country == "IE":
        bban = "AIBK" + f"{rng.randint(0, 999999):06d}" + f"{rng.randint(0, 99999999):08d}"
    elif country == "DE":
        bban = f"{rng.randint(10000000, 99999999)}{rng.randint(0, 9999999999):010d}"
    else:  # RO
        bban = "RNCB" + "".join(rng.choice("0123456789") for _ in range(16))
    norm = country + iban_check(country, bban) + bban
    groups = " ".join(norm[i:i + 4] for i in range(0, len(norm), 4))
    return rng.choice([norm, groups, groups.replace(" ", "-"), f"{norm[:2]} {norm[2:4]} {' '.join(norm[i:i + 4] for i in range(4, len(norm), 4))}"]), norm


def email(p: Person, domain: str | None = None):
    g, s = fold(p.given).lower(), fold(p.surname).lower().replace(" ", "")
    domain = domain or rng.choice(["example.com", "example.net", "example.org", "mail.example.com"])
    local = rng.choice([f"{g}.{s}", f"{g[0]}{s}", f"{g}{rng.randint(1, 99)}", f"{s}.{g[0]}"])
    norm = f"{local}@{domain}"
    written = norm if rng.random() < 0.8 else f"{fold(p.given)}.{fold(p.surname).replace(' ', '')}@{domain.title()}"
    return written, written.lower()


def ip4():
    net = rng.choice(["192.0.2", "198.51.100", "203.0.113"])
    s = f"{net}.{rng.randint(1, 254)}"
    return s, s


def ip6():
    a, b = rng.randint(1, 0xFFFF), rng.randint(1, 0xFFF)
    return rng.choice([(f"2001:db8::{a:x}:{b:x}", f"2001:db8::{a:x}:{b:x}"),
                       (f"2001:DB8:0:0:0:0:{a:X}:{b:X}", f"2001:db8::{a:x}:{b:x}"),
                       (f"2001:0db8:0000:0000:0000:0000:{a:04x}:{b:04x}", f"2001:db8::{a:x}:{b:x}")])


# ---------------------------------------------------------------- documents

CATEGORY_ORDER = ["racial_ethnic_origin", "political_opinion", "religious_belief", "trade_union", "genetic",
                  "biometric", "health", "sex_life_orientation", "criminal_offence"]


@dataclass
class Doc:
    name: str
    ids: list = field(default_factory=list)
    names: list = field(default_factory=list)
    cats: set = field(default_factory=set)
    people: list = field(default_factory=list)
    written: list = field(default_factory=list)  # identifiers as written (a licence holds the surname)
    content: object = None  # text, or the structure of its format
    header: str = ""
    footer: str = ""

    def n(self, p: Person, form: str = "full") -> str:
        """A mention of `p`; the label is the mention without its title."""
        if p not in self.people:
            self.people.append(p)
        label = {
            "full": p.full, "given": p.given, "surname": p.surname, "title": p.surname, "title_full": p.full,
            "sg": f"{p.surname}, {p.given}", "SG": f"{p.surname.upper()}, {p.given}", "CAPS": p.full.upper(),
            "init": f"{p.given[0]}. {p.surname}", "title_init": f"{p.given[0]}. {p.surname}",
            "SURNAME": p.surname.upper(),
        }[form]
        if label not in self.names:
            self.names.append(label)
        return f"{p.title} {label}" if form.startswith("title") else label

    def id(self, kind: str, pair: tuple[str, str]) -> str:
        written, norm = pair
        self.written.append(written)
        if [kind, norm] not in self.ids:
            self.ids.append([kind, norm])
        return written

    def cat(self, *cats: str) -> None:
        self.cats.update(cats)

    def bank(self, layout="line") -> str:
        sc, acc = bank_pair()
        sc_label, acc_label = rng.choice([("Sort code", "Account number"), ("S/C", "A/C"), ("Sort Code", "Acc. No."),
                                          ("Bank sort code", "Account no"), ("Sort code", "Account")])
        self.id("uk_bank_account", (sc, f"{sc}:{acc}"))
        if layout == "line":
            return f"{sc_label}: {sort_text(sc)}  {acc_label}: {acc}"
        return f"{sc_label}: {sort_text(sc)}\n{acc_label}: {acc}"


SCHOOLS = ["Northmoor Primary School", "St Aidan's C of E Junior School", "Kelham Academy", "Pennant High School"]
SCHOOL_MAIL = "northmoor-primary.example.org"
SURGERY = "Quarry Bank Medical Practice"
COUNCIL = "Ashby Vale Borough Council"

CONDITIONS = [
    ("has asthma and keeps a blue inhaler (salbutamol) in the class first aid bag", "health"),
    ("was diagnosed with type 1 diabetes in March and uses an insulin pump", "health"),
    ("has a severe peanut allergy; two EpiPens are held in the office", "health"),
    ("has epilepsy (absence seizures); seizure plan attached", "health"),
    ("is awaiting an ADHD assessment with CAMHS", "health"),
    ("has a diagnosis of autism spectrum disorder and finds transitions hard", "health"),
    ("uses a wheelchair and needs the ground-floor classroom", "health"),
    ("wears hearing aids in both ears; radio aid used in lessons", "health"),
    ("has dyslexia and a visual stress overlay", "health"),
    ("has sickle cell disease and may need to rest during PE", "health"),
]


def safeguarding(i: int) -> Doc:
    parent, (child,) = family()
    dsl = person(title=rng.choice(["Mrs", "Mr", "Ms"]))
    other = person()
    d = Doc(f"safeguarding-{i:03d}.{'docx' if i % 2 else 'txt'}")
    when = datetime.date(2024, rng.randint(1, 12), rng.randint(1, 28))
    paras = [
        "CONFIDENTIAL - SAFEGUARDING RECORD",
        f"Pupil: {d.n(child, 'SG')}    Year {rng.randint(1, 11)}    {rng.choice(['DOB:', 'D.O.B.', 'Date of Birth -'])} "
        f"{d.id('date_of_birth', dob(child))}",
        f"Recorded by: {d.n(dsl, 'title_full')} (Designated Safeguarding Lead)    Date: {date_text(when)}",
    ]
    variant = i % 4
    if variant == 0:
        paras.append(f"{d.n(child, 'given')} arrived late and said that {d.n(child, 'given')}'s mum, {d.n(parent, 'full')}, "
                     f"had been \"in hospital again\" after an overdose at the weekend. {d.n(child, 'given')} has been "
                     "caring for a younger sibling.")
        d.cat("health")
    elif variant == 1:
        paras.append(f"Disclosure: {d.n(child, 'given')} told {d.n(dsl, 'title')} that {d.n(other, 'full')} (mother's "
                     f"partner) was arrested for assault on Saturday and has a previous conviction for domestic abuse. "
                     "Police (PC 4471) informed; referral to children's social care made.")
        d.cat("criminal_offence")
    elif variant == 2:
        paras.append(f"{d.n(child, 'given')} has marks on both forearms consistent with self-harm and said they had been "
                     f"\"feeling low for weeks\". {d.n(parent, 'title')} contacted by phone on "
                     f"{d.id('phone', mobile())}; GP appointment booked and CAMHS referral discussed.")
        d.cat("health")
    else:
        paras.append(f"{d.n(child, 'given')} said they were being called names at the mosque school on Saturdays and "
                     f"that the family attends Al-Noor Mosque on {rng.choice(STREETS)}. {d.n(parent, 'title_full')} "
                     "asked that we speak to the imam together.")
        d.cat("religious_belief")
    paras.append(f"Parent/carer: {d.n(parent, 'title_full')}, {d.id('email', email(parent))}")
    paras.append("Action: monitor; review at the next safeguarding meeting. Do not share outside the DSL team.")
    d.content = paras
    d.header = f"{rng.choice(SCHOOLS)} - Safeguarding (CPOMS export)"
    d.footer = "OFFICIAL-SENSITIVE"
    return d


def ehcp(i: int) -> Doc:
    parent, (child,) = family()
    senco = person(title="Ms")
    d = Doc(f"ehcp-summary-{i:03d}.{'docx' if i % 2 == 0 else 'txt'}")
    cond, c = CONDITIONS[(i * 3) % len(CONDITIONS)]
    table = [["Name", d.n(child, "full")], ["Date of birth", d.id("date_of_birth", dob(child))],
             ["NHS number", d.id("nhs_number", nhs())], ["Home address", f"{address()[0]}, {d.id('uk_postcode', postcode())}"],
             ["Parent/carer", f"{d.n(parent, 'title_full')} ({d.id('phone', phone())})"],
             ["SENCo", d.n(senco, "title_full")]]
    d.cat(c)
    paras = [
        "Education, Health and Care Plan - Annual Review Summary",
        table,
        f"Section B (needs): {d.n(child, 'given')} {cond}. Speech and language therapy twice a term.",
        f"Section F (provision): 1:1 support for 15 hours a week; a quiet workspace; {d.n(child, 'given')}'s views "
        "were gathered through a one-page profile.",
        f"Next review: {date_text(datetime.date(2025, rng.randint(1, 7), rng.randint(1, 28)))}. "
        f"Signed {d.n(senco, 'init')}, SENCo.",
    ]
    d.content = paras
    d.header = "EHCP annual review"
    d.footer = "Page 1 of 1"
    return d


def admission(i: int) -> Doc:
    parent, (child,) = family()
    ext = ["docx", "xlsx", "json", "txt", "xlsx"][i % 5]
    d = Doc(f"admission-form-{i:03d}.{ext}")
    street, town, pc = address()
    religion = rng.choice(["Roman Catholic", "Muslim", "Sikh", "Church in Wales", "Hindu", "Jewish"])
    ethnicity = rng.choice(["White - Irish", "Asian or Asian British - Pakistani", "Black or Black British - African",
                            "Mixed - White and Black Caribbean", "Chinese", "White - Gypsy or Irish Traveller"])
    cond, _ = rng.choice(CONDITIONS[:5])
    fields = [
        ("Pupil surname", d.n(child, "SURNAME")), ("Pupil forename(s)", d.n(child, "given")),
        ("Date of birth", d.id("date_of_birth", dob(child))),
        ("Home address", f"{street}, {town}"), ("Postcode", d.id("uk_postcode", pc)),
        ("Ethnicity", ethnicity), ("Religion", religion),
        ("Medical conditions", f"{d.n(child, 'given')} {cond}"),
        ("NHS number", d.id("nhs_number", nhs())),
        ("Parent/carer 1", d.n(parent, "full")), ("Relationship", "Mother" if parent.sex == "F" else "Father"),
        ("Mobile", d.id("phone", mobile())), ("Email", d.id("email", email(parent))),
        ("Biometric catering consent", f"Yes - I consent to {d.n(child, 'given')}'s fingerprint being used for "
                                       "the cashless canteen" if i % 2 else "No - PIN instead"),
    ]
    d.cat("racial_ethnic_origin", "religious_belief", "health")
    if i % 2:
        d.cat("biometric")
    if ext == "json":
        d.content = {"form": "In-year admission", "school": rng.choice(SCHOOLS), "submitted": "2024-08-19T10:14:00Z",
                     "fields": {k: v for k, v in fields}}
    elif ext == "xlsx":
        d.content = [("Application", [["Field", "Answer"]] + [list(f) for f in fields] if i % 2 else [list(f) for f in fields])]
    elif ext == "docx":
        d.content = ["IN-YEAR ADMISSION APPLICATION", [list(f) for f in fields],
                     "I confirm the information above is correct."]
        d.header, d.footer = rng.choice(SCHOOLS), "Admissions - return to the school office"
    else:
        d.content = "IN-YEAR ADMISSION APPLICATION\n\n" + "\n".join(f"{k}: {v}" for k, v in fields) + "\n"
    return d


def attendance(i: int) -> Doc:
    parent, (child,) = family()
    head = person(title=rng.choice(["Mrs", "Mr", "Dr"]))
    ewo = person()
    ext = ["docx", "txt", "html"][i % 3]
    d = Doc(f"attendance-letter-{i:03d}.{ext}")
    street, town, pc = address()
    pct = rng.randint(78, 89)
    lines = [
        d.n(parent, "title_full"), f"{street}", f"{town}", d.id("uk_postcode", pc), "",
        f"{date_text(datetime.date(2024, 11, rng.randint(1, 28)))}", "",
        f"Dear {d.n(parent, 'title')},",
        f"Re: {d.n(child, 'full')} - attendance {pct}%",
    ]
    if i % 3 == 0:
        lines.append(f"{d.n(child, 'given')}'s absences this term include five days for tonsillitis and two hospital "
                     "appointments for the asthma clinic, which we have authorised.")
        d.cat("health")
    elif i % 3 == 1:
        lines.append(f"We have authorised one day for Eid al-Adha, a day of religious observance for your family, but "
                     f"{d.n(child, 'given')} has a further six unauthorised sessions.")
        d.cat("religious_belief")
    else:
        lines.append(f"{d.n(child, 'given')} has missed eleven sessions without a reason being given.")
    lines += [
        "Term dates: the school closes for Christmas on 20 December and reopens on 6 January.",
        f"Please contact our Education Welfare Officer, {d.n(ewo, 'full')}, on {d.id('phone', phone())} "
        "to arrange a meeting. You may bring a friend or advocate.",
        "Yours sincerely,", d.n(head, "title_full"), "Headteacher",
    ]
    if ext == "html":
        d.content = ("<html><head><meta charset=\"utf-8\"><title>Attendance letter</title></head><body>\n"
                     + "\n".join(f"<p>{html.escape(x, quote=False)}</p>" for x in lines if x) + "\n</body></html>\n")
    elif ext == "docx":
        d.content = lines
        d.header, d.footer = rng.choice(SCHOOLS), "Attendance matters - every day counts"
    else:
        d.content = "\n".join(lines) + "\n"
    return d


REFERRALS = [
    ("Suspected inflammatory bowel disease: weight loss, bloody diarrhoea for six weeks. Calprotectin 420.",
     ["mesalazine 800mg tds"], ["health"]),
    ("Known BRCA2 carrier (genetic test result 2021, Clinical Genetics); requests discussion of risk-reducing surgery.",
     ["tamoxifen 20mg od"], ["genetic", "health"]),
    ("Worsening depression with anxiety, PHQ-9 of 19. Not responded to sertraline 100mg.", ["sertraline 100mg od"],
     ["health"]),
    ("Pre-operative assessment. The patient is a Jehovah's Witness and declines blood products.",
     ["ramipril 5mg od"], ["religious_belief", "health"]),
    ("HIV positive, stable on antiretrovirals; new chest pain on exertion.", ["Biktarvy one tablet od"], ["health"]),
]


def referral(i: int) -> Doc:
    patient = person()
    gp = person(title="Dr")
    consultant = person(title="Dr")
    ext = ["docx", "txt", "eml"][i % 3]
    d = Doc(f"gp-referral-{i:03d}.{ext}")
    reason, meds, cats = REFERRALS[i % len(REFERRALS)]
    d.cat(*cats)
    street, town, pc = address()
    lines = [
        f"{SURGERY}, 1 Quarry Bank, {town}  Tel {d.id('phone', phone())}",
        f"Dear {d.n(consultant, 'title')},",
        f"Re: {d.n(patient, 'title_full')}, DOB {d.id('date_of_birth', dob(patient))}, "
        f"NHS No. {d.id('nhs_number', nhs())}",
        f"Address: {street}, {town} {d.id('uk_postcode', pc)}   Mobile: {d.id('phone', phone())}",
        f"I would be grateful if you would see {d.n(patient, 'title')}. {reason}",
        f"Current medication: {', '.join(meds)}.",
        "Allergies: penicillin (rash)." if i % 2 else "No known drug allergies.",
        "Kind regards,", d.n(gp, "title_full"), "GP Partner",
    ]
    if ext == "eml":
        d.content = mail(d, (d.n(gp, "full"), f"{fold(gp.surname).lower()}@quarrybank.example.net"),
                         (d.n(consultant, "full"), f"referrals@trust.example.net"),
                         f"Referral: {d.n(patient, 'init')}", lines, html_part=i % 2 == 0)
    elif ext == "docx":
        d.content = lines
        d.header, d.footer = SURGERY, "This letter contains confidential patient information"
    else:
        d.content = "\n".join(lines) + "\n"
    return d


FIT = [("lumbar back pain following a fall", "health"), ("stress at work and low mood", "health"),
       ("recovery after a laparoscopic cholecystectomy", "health"), ("fractured right wrist", "health")]


def fit_note(i: int) -> Doc:
    patient = person()
    gp = person(title="Dr")
    d = Doc(f"fit-note-{i:03d}.{'html' if i % 2 else 'txt'}")
    cond, c = FIT[i % len(FIT)]
    d.cat(c)
    start = datetime.date(2024, rng.randint(1, 12), rng.randint(1, 20))
    lines = [
        "Statement of Fitness for Work",
        f"Patient's name: {d.n(patient, 'title_full')}",
        f"Date of birth: {d.id('date_of_birth', dob(patient))}",
        f"NHS number: {d.id('nhs_number', nhs())}",
        f"I assessed your case on: {date_text(start)}",
        f"and, because of the following condition(s): {cond}",
        "I advise you that you are not fit for work." if i % 2 else
        "I advise you that you may be fit for work taking into account the following advice: amended duties, "
        "no lifting over 5 kg.",
        f"This will be the case for {rng.randint(2, 8)} weeks.",
        f"Doctor's name: {d.n(gp, 'title_full')}   {SURGERY}",
    ]
    if i % 2:
        d.content = ("<!DOCTYPE html><html><body><h1>Statement of Fitness for Work</h1><table>\n"
                     + "\n".join(f"<tr><td>{html.escape(x, quote=False)}</td></tr>" for x in lines[1:])
                     + "\n</table></body></html>\n")
    else:
        d.content = "\n".join(lines) + "\n"
    return d


INJURIES = ["bumped head on climbing frame - small lump above left eye", "grazed both knees on the playground",
            "sprained left ankle during netball", "cut to right index finger from scissors, steri-strip applied",
            "nosebleed after collision in PE", "burn to left hand from hot water urn (staff)"]


def accident_book(i: int) -> Doc:
    ext = "xlsx" if i % 2 == 0 else "csv"
    d = Doc(f"accident-book-{i:03d}.{ext}")
    header = ["Date", "Time", "Injured person", "Role", "Injury", "First aider", "Parent informed"]
    rows = [header]
    aider = person()
    for k in range(rng.randint(4, 7)):
        p = person(adult=k == 5)
        rows.append([date_text(datetime.date(2024, 10, rng.randint(1, 28))), f"{rng.randint(9, 15)}:{rng.randint(10, 59)}",
                     d.n(p, rng.choice(["full", "SG"])), "Staff" if k == 5 else "Pupil", rng.choice(INJURIES),
                     d.n(aider, "init"), rng.choice(["Yes - phone", "Yes - note", "n/a"])])
    d.cat("health")
    if ext == "xlsx":
        d.content = [("Accidents", rows), ("Notes", [["Health and Safety"], ["Reviewed termly by the site team."]])]
    else:
        d.content = table_csv(rows)
    return d


def medication(i: int) -> Doc:
    ext = ["xlsx", "csv", "xlsx"][i % 3]
    d = Doc(f"medication-record-{i:03d}.{ext}")
    rows = [["Pupil", "Class", "DOB", "NHS number", "Medicine", "Dose", "Condition", "Expiry"]]
    for _ in range(rng.randint(3, 6)):
        p = person(adult=False)
        med = rng.choice([("Salbutamol inhaler", "2 puffs as needed", "Asthma"), ("EpiPen 0.3mg", "1 auto-injector",
                          "Anaphylaxis (nuts)"), ("Methylphenidate", "10mg at lunch", "ADHD"),
                          ("Insulin (NovoRapid)", "per carb ratio", "Type 1 diabetes"), ("Buccal midazolam", "5mg if seizure > 5 min", "Epilepsy")])
        n = nhs()
        rows.append([d.n(p, "sg" if i % 2 else "full"), rng.choice(["3B", "4W", "5H", "6M"]), d.id("date_of_birth", dob(p)),
                     d.id("nhs_number", n), med[0], med[1], med[2], f"{rng.randint(1, 12):02d}/2026"])
    d.cat("health")
    d.content = [("Medicines", rows)] if ext == "xlsx" else table_csv(rows)
    return d


def housing(i: int) -> Doc:
    applicant = person()
    partner = person(surname=applicant.surname if i % 2 else None)
    kids = [person(adult=False, surname=applicant.surname) for _ in range(2)]
    officer = person()
    ext = ["docx", "xlsx", "json", "docx", "xlsx"][i % 5]
    d = Doc(f"housing-application-{i:03d}.{ext}")
    street, town, pc = address()
    sc, acc = bank_pair()
    d.id("uk_bank_account", (sc, f"{sc}:{acc}"))
    kv = [
        ("Applicant", d.n(applicant, "full")), ("Date of birth", d.id("date_of_birth", dob(applicant))),
        ("National Insurance number", d.id("uk_nino", nino())), ("Current address", f"{street}, {town}"),
        ("Postcode", d.id("uk_postcode", pc)), ("Telephone", d.id("phone", phone())),
        ("Email", d.id("email", email(applicant))),
        ("Partner", d.n(partner, "full")), ("Partner date of birth", d.id("date_of_birth", dob(partner))),
        ("Partner NI number", d.id("uk_nino", nino())),
        ("Children", "; ".join(f"{d.n(k, 'full')} (DOB {d.id('date_of_birth', dob(k))})" for k in kids)),
        ("Medical or disability needs", f"{d.n(applicant, 'given')} uses a wheelchair since a spinal injury; needs level access"
                                        if i % 2 else f"{d.n(partner, 'given')} has COPD and is on home oxygen"),
        ("Unspent convictions", f"{d.n(partner, 'given')} - possession of a class B drug (2022), fine"
                                if i % 3 == 0 else "None declared"),
        ("Bank sort code", sort_text(sc)), ("Account number", acc),
        ("Ethnic origin (monitoring)", rng.choice(["Black British - Caribbean", "White - Romanian", "Asian British - Bangladeshi"])),
        ("Officer", d.n(officer, "init")),
    ]
    d.cat("health", "racial_ethnic_origin")
    if i % 3 == 0:
        d.cat("criminal_offence")
    if i % 2 == 0:
        kv.append(("Passport number", d.id("uk_passport", passport())))
    else:
        kv.append(("Driving licence number", d.id("uk_driving_licence", licence(applicant))))
        kv.append(("Rent in advance paid by card", d.id("payment_card", card())))
    if ext == "json":
        d.content = {"reference": f"HA/{2024}/{rng.randint(1000, 9999)}", "status": "received",
                     "answers": [{"question": k, "answer": v} for k, v in kv]}
    elif ext == "xlsx":
        d.content = [("Application", [list(x) for x in kv]), ("Checks", [["Check", "Result"], ["ID seen", "Yes"],
                                                                       ["Local connection", "Yes"]])]
    else:
        d.content = ["HOUSING REGISTER APPLICATION", [list(x) for x in kv],
                     "Declaration: I understand that giving false information is an offence."]
        d.header, d.footer = f"{COUNCIL} - Housing Options", "Protect - personal"
    return d


def benefits(i: int) -> Doc:
    claimant = person()
    officer = person()
    ext = ["txt", "eml", "docx", "txt", "eml"][i % 5]
    d = Doc(f"council-tax-benefit-{i:03d}.{ext}")
    street, town, pc = address()
    ref = f"CTR{rng.randint(1000000, 9999999)}"
    body = [
        f"Our reference: {ref}",
        f"Dear {d.n(claimant, 'title')},",
        f"Council Tax Reduction - {street}, {town}, {d.id('uk_postcode', pc)}",
        f"Thank you for your claim. National Insurance number: {d.id('uk_nino', nino())}.",
    ]
    if i % 3 == 0:
        body.append("We have applied the Severe Mental Impairment disregard because your GP has confirmed "
                    "your dementia diagnosis.")
        d.cat("health")
    elif i % 3 == 1:
        body.append("Your award includes a disabled band reduction for the downstairs room used for your dialysis.")
        d.cat("health")
    else:
        body.append("Your entitlement has been recalculated from your new earnings.")
    body.append("Refunds will be paid to the account we hold:")
    body.append(d.bank(layout=rng.choice(["line", "lines"])))
    if i % 2:
        body.append(f"Card payments can be made online; your last payment was from the card ending "
                    f"{rng.randint(1000, 9999)}.")
    else:
        body.append(f"Payment taken from card {d.id('payment_card', card())} on {date_text(datetime.date(2024, 9, 3))}.")
    body += [f"If you have any questions, call {d.id('phone', phone())}.", "Yours sincerely,", d.n(officer, "full"),
             "Revenues and Benefits"]
    if ext == "eml":
        d.content = mail(d, (d.n(officer, "full"), "benefits@ashbyvale.example.org"),
                         (d.n(claimant, "full"), d.id("email", email(claimant))), f"Your claim {ref}", body,
                         html_part=True)
    elif ext == "docx":
        d.content = body
        d.header, d.footer = COUNCIL, "Revenues and Benefits, Civic Centre, Ashby Vale"
    else:
        d.content = "\n".join(body) + "\n"
    return d


def asb(i: int) -> Doc:
    victim = person()
    perp = person()
    officer = person()
    ext = "docx" if i % 2 else "txt"
    d = Doc(f"asb-case-notes-{i:03d}.{ext}")
    street, town, pc = address()
    notes = [
        f"ASB case {rng.randint(100, 999)}/24 - {street}, {town} {d.id('uk_postcode', pc)}",
        f"Complainant: {d.n(victim, 'SG')}, tel {d.id('phone', phone())}",
        f"Alleged perpetrator: {d.n(perp, 'full')}, {rng.choice(['DOB', 'born', 'D.O.B.'])} {d.id('date_of_birth', dob(perp))}",
    ]
    if i % 4 == 0:
        notes.append(f"{d.n(victim, 'given')} reports repeated homophobic abuse from the neighbour; {d.n(victim, 'given')} "
                     f"is gay and lives with {'his' if victim.sex == 'M' else 'her'} partner. Hate incident log opened.")
        d.cat("sex_life_orientation")
    elif i % 4 == 1:
        notes.append(f"{d.n(perp, 'given')} received a police caution for criminal damage to the communal door in August.")
        d.cat("criminal_offence")
    elif i % 4 == 2:
        notes.append(f"{d.n(victim, 'title')} says the noise is worse since the neighbour's release from prison in May; "
                     f"{d.n(perp, 'given')} is on licence for burglary.")
        d.cat("criminal_offence")
    else:
        notes.append(f"Noise diary returned by {d.n(victim, 'given')}: music after midnight on 9 nights. No injuries.")
    notes.append(f"Officer: {d.n(officer, 'init')}. Next step: joint visit with the police.")
    d.content = notes
    if ext == "docx":
        d.header, d.footer = f"{COUNCIL} - Community Safety", "Case notes"
    else:
        d.content = "\n".join(notes) + "\n"
    return d


def parents_evening(i: int) -> Doc:
    parent, (child,) = family()
    teacher = person(title=rng.choice(["Mrs", "Mr", "Ms"]))
    d = Doc(f"parents-evening-{i:03d}.eml")
    body = [f"Dear {d.n(parent, 'title')},",
            f"Thank you for booking a parents' evening slot to discuss {d.n(child, 'given')}'s progress. "
            f"Your appointment with {d.n(teacher, 'title')} is at {rng.randint(4, 6)}.{rng.choice(['00', '10', '20', '30'])}pm "
            "in the school hall."]
    if i % 3 == 0:
        body.append(f"{d.n(child, 'given')} has seemed very tired this month, we think because of fasting during "
                    "Ramadan, so we have let them rest at lunchtime.")
        d.cat("religious_belief")
    elif i % 3 == 1:
        body.append(f"We will also go through the new care plan for {d.n(child, 'given')}'s coeliac disease with the "
                    "catering team.")
        d.cat("health")
    else:
        body.append(f"{d.n(child, 'given')} has made a strong start in maths this year.")
    body += ["Please call the office if you need to change the time.", "Best wishes,", d.n(teacher, "full")]
    d.content = mail(d, (d.n(teacher, "full"), f"{fold(teacher.given).lower()}.{fold(teacher.surname).lower().replace(' ', '')}@{SCHOOL_MAIL}"),
                     (d.n(parent, "full"), d.id("email", email(parent))), "Parents' evening", body, html_part=i % 2 == 0)
    return d


def minutes(i: int) -> Doc:
    chair = person(title="Revd" if i % 2 else "Mr")
    cllr = person(title="Cllr")
    rep = person()
    faith = Person("Faith", rng.choice(["Whitmore", "Ashworth", "Pemberton"]), "F", "Mrs", datetime.date(1980, 1, 1))
    green = Person("Tom", "Green", "M", "Mr", datetime.date(1975, 1, 1))
    clerk = person()
    ext = "docx" if i % 2 == 0 else "txt"
    d = Doc(f"governors-minutes-{i:03d}.{ext}")
    party = rng.choice(["Labour", "Conservative", "Liberal Democrat", "Plaid Cymru"])
    union = rng.choice(["NEU", "NASUWT", "UNISON"])
    lines = [
        f"Minutes of the Full Governing Body, {rng.choice(SCHOOLS)}",
        f"Present: {d.n(chair, 'title_full')} (Chair), {d.n(cllr, 'title_full')} (LA governor), "
        f"{d.n(rep, 'full')} (staff governor), {d.n(faith, 'title_full')} (Year 2 teacher, observing), "
        f"{d.n(green, 'title_full')} (headteacher)",
        f"In attendance: {d.n(clerk, 'full')} (clerk)",
        f"1. Declarations of interest: {d.n(cllr, 'title')} declared that she is a {party} member of the council"
        if cllr.sex == "F" else
        f"1. Declarations of interest: {d.n(cllr, 'title')} declared that he is a {party} member of the council",
        f"and {d.n(rep, 'given')} declared an interest as the {union} school rep in item 4.",
        "2. Health and Safety: the termly site walk found no issues. The fire drill took 3 minutes 40 seconds.",
        f"3. Curriculum: {d.n(faith, 'title')} presented the phonics results; governors thanked her.",
        "4. Staffing restructure: governors agreed the consultation timetable.",
        "5. Term dates: Christmas concert 17 December.",
        f"Signed {d.n(chair, 'init')} (Chair)",
    ]
    d.cat("political_opinion", "trade_union")
    if ext == "docx":
        d.content = lines
        d.header, d.footer = "Governing Body", f"Clerk: {d.n(clerk, 'init')}"
    else:
        d.content = "\n".join(lines) + "\n"
    return d


def dbs_log(i: int) -> Doc:
    ext = "xlsx" if i % 2 else "csv"
    d = Doc(f"staff-dbs-log-{i:03d}.{ext}")
    rows = [["Surname", "Forename", "Role", "DBS certificate no.", "Issued", "Outcome", "Checked by"]]
    checker = person()
    for k in range(rng.randint(5, 8)):
        p = person()
        outcome = "Clear"
        if k == 2:
            outcome = rng.choice(["Caution 2009 - theft (shoplifting); risk assessment approved",
                                  "Conviction 2012 - drink driving; discussed at interview"])
        rows.append([d.n(p, "surname"), d.n(p, "given"), rng.choice(["Teaching assistant", "Teacher", "Cleaner", "Cook",
                     "Governor"]), f"00{rng.randint(1000000000, 9999999999)}",
                     date_text(datetime.date(rng.randint(2019, 2024), rng.randint(1, 12), rng.randint(1, 28))), outcome,
                     d.n(checker, "init")])
    d.cat("criminal_offence")
    d.content = [("DBS", rows)] if ext == "xlsx" else table_csv(rows)
    return d


def union_subs(i: int) -> Doc:
    ext = ["xlsx", "csv", "xlsx"][i % 3]
    d = Doc(f"union-subscriptions-{i:03d}.{ext}")
    rows = [["Payroll no.", "Name", "NI number", "Union", "Role", "Monthly deduction"]]
    for k in range(rng.randint(4, 7)):
        p = person()
        rows.append([f"P{rng.randint(10000, 99999)}", d.n(p, "SG" if i % 2 else "full"), d.id("uk_nino", nino()),
                     rng.choice(["NEU", "UNISON", "GMB", "NASUWT", "Unite"]),
                     "Branch secretary" if k == 0 else "Member", f"£{rng.randint(8, 30)}.{rng.randint(10, 99)}"])
    d.cat("trade_union")
    d.content = [("Deductions", rows)] if ext == "xlsx" else table_csv(rows)
    return d


ETHNICITY = ["White: English, Welsh, Scottish, Northern Irish or British", "White: Irish", "White: Roma",
             "Asian or Asian British: Indian", "Asian or Asian British: Pakistani", "Asian or Asian British: Bangladeshi",
             "Black, Black British, Caribbean or African: African", "Black, Black British, Caribbean or African: Caribbean",
             "Mixed: White and Black Caribbean", "Other ethnic group: Arab"]
RELIGION = ["Christian", "Muslim", "Hindu", "Sikh", "Jewish", "Buddhist", "No religion"]
ORIENTATION = ["Heterosexual", "Gay or lesbian", "Bisexual"]


def equality(i: int) -> Doc:
    ext = ["csv", "json", "xlsx", "csv"][i % 4]
    d = Doc(f"equality-monitoring-{i:03d}.{ext}")
    cols = [["ethnicity", "disability"], ["religion", "sexual_orientation"], ["ethnicity", "religion", "sexual_orientation", "disability"],
            ["ethnicity", "religion"]][i % 4]
    header = ["employee", "email", "start_date"] + cols
    rows = [header]
    for _ in range(rng.randint(4, 7)):
        p = person()
        row = [d.n(p, "full"), d.id("email", email(p, "staff.example.org")), date_text(datetime.date(2023, 9, 1))]
        for c in cols:
            row.append({"ethnicity": rng.choice(ETHNICITY), "religion": rng.choice(RELIGION),
                        "sexual_orientation": rng.choice(ORIENTATION),
                        "disability": rng.choice(["Yes - mobility impairment", "Yes - long-term mental health condition", "No"])}[c])
        rows.append(row)
    rows[1][-1] = {"ethnicity": ETHNICITY[4], "disability": "Yes - diabetes", "religion": "Sikh",
                   "sexual_orientation": "Bisexual"}[cols[-1]]
    mapping = {"ethnicity": "racial_ethnic_origin", "religion": "religious_belief", "sexual_orientation": "sex_life_orientation",
               "disability": "health"}
    d.cat(*(mapping[c] for c in cols))
    if ext == "json":
        d.content = [dict(zip(header, r)) for r in rows[1:]]
    elif ext == "xlsx":
        d.content = [("Export", rows)]
    else:
        d.content = table_csv(rows)
    return d


def visitors(i: int) -> Doc:
    ext = ["csv", "txt", "csv"][i % 3]
    d = Doc(f"visitor-log-{i:03d}.{ext}")
    rows = [["Date", "In", "Out", "Visitor", "Organisation", "Visiting", "Car reg", "DBS seen"]]
    for _ in range(rng.randint(5, 8)):
        v, host = person(), person(title=rng.choice(["Mrs", "Mr", "Ms"]))
        rows.append([date_text(datetime.date(2024, 11, rng.randint(1, 28))), f"0{rng.randint(8, 9)}:{rng.randint(10, 59)}",
                     f"1{rng.randint(0, 5)}:{rng.randint(10, 59)}", d.n(v, rng.choice(["full", "title_full", "CAPS"])),
                     rng.choice(["Ofsted", "Kwik Fix Plumbing", "School Nursing Team", "Parent", "Supply agency"]),
                     d.n(host, "title"), f"{rng.choice(['AB', 'KX', 'LM'])}{rng.randint(51, 74)} {rng.choice(['XYZ', 'RTE', 'POL'])}",
                     rng.choice(["Yes", "No - escorted"])])
    if ext == "txt":
        d.content = "VISITOR SIGNING-IN BOOK (transcribed)\n\n" + "\n".join(" | ".join(r) for r in rows) + "\n"
    else:
        d.content = table_csv(rows)
    return d


def wifi_log(i: int) -> Doc:
    d = Doc(f"guest-wifi-log-{i:03d}.txt")
    lines = ["# Guest Wi-Fi captive portal - sign-ins (export)"]
    for _ in range(rng.randint(5, 7)):
        p = person()
        ip = d.id("ip_address", ip4() if rng.random() < 0.6 else ip6())
        lines.append(f"2024-11-{rng.randint(10, 28)}T{rng.randint(8, 17):02d}:{rng.randint(10, 59)}:00Z login ok "
                     f"user={d.id('email', email(p))} name=\"{d.n(p, 'full')}\" client={ip} ap=hall-2")
    lines.append("# firmware 10.4.12.3 on controller; syslog to the council SIEM")
    d.content = "\n".join(lines) + "\n"
    return d


def payroll_letter(i: int) -> Doc:
    """A council starter letter: licence, passport, IBAN for an overseas account, card for a deposit."""
    p = person()
    hr = person()
    d = Doc(f"starter-checks-{i:03d}.{'docx' if i % 2 else 'eml'}")
    country = ["IE", "DE", "RO"][i % 3]
    sc, acc = bank_pair()
    lines = [
        f"Dear {d.n(p, 'given')},",
        "Thank you for returning your pre-employment documents. We recorded:",
        f"Driving licence: {d.id('uk_driving_licence', licence(p))} (for the pool car scheme)",
        f"Passport number: {d.id('uk_passport', passport())}",
        f"Date of birth: {d.id('date_of_birth', dob(p))}",
        d.bank(layout="lines"),
        f"IBAN for your {'Irish' if country == 'IE' else 'German' if country == 'DE' else 'Romanian'} account (expenses only): "
        f"{d.id('iban', iban(country=country))}",
        f"Your UK account as an IBAN: {d.id('iban', iban(sc, acc))}",
        "As set out in your contract, you may be accompanied at any formal meeting by a trade union representative "
        "(the council recognises UNISON, GMB and Unite) or a colleague.",
        "Kind regards,", d.n(hr, "full"), "HR Advisory Service",
    ]
    if d.name.endswith(".eml"):
        d.content = mail(d, (d.n(hr, "full"), "hr.advisory@ashbyvale.example.org"),
                         (d.n(p, "full"), d.id("email", email(p))), "Pre-employment checks", lines, html_part=True)
    else:
        d.content = lines
        d.header, d.footer = COUNCIL, "HR Advisory Service"
    return d


# ---------------------------------------------------------------- negatives

NEGATIVES = {
    "policy-supporting-pupils-with-medical-conditions.txt": [
        "Supporting pupils with medical conditions",
        "Pupils with asthma, diabetes, epilepsy or severe allergies have an individual healthcare plan, agreed with "
        "parents and the school nursing team. Inhalers and adrenaline auto-injectors are kept with the pupil or in "
        "the class first aid bag, never locked away.",
        "Staff who administer medication record each dose. Controlled drugs such as methylphenidate are stored in a "
        "locked cabinet and counted weekly.",
    ],
    "policy-religious-observance.html": [
        "Religious observance and collective worship",
        "Families may request up to two days of authorised absence a year for religious observance, such as Eid, "
        "Diwali, Vaisakhi, Yom Kippur or Christmas. Pupils fasting during Ramadan may use the library at lunchtime.",
        "Parents may withdraw their child from collective worship; the school will arrange supervision.",
    ],
    "policy-trade-union-facility-time.docx": [
        "Trade union facility time",
        "The council recognises UNISON, GMB and Unite for support staff, and the NEU, NASUWT and NAHT for teachers. "
        "Accredited union representatives receive reasonable paid time off for their duties.",
        "Union subscriptions may be deducted from pay (check-off) at the employee's request.",
    ],
    "policy-recruitment-of-ex-offenders.txt": [
        "Recruitment of ex-offenders",
        "An enhanced DBS check with barred list is required for regulated activity. A conviction, caution or "
        "reprimand does not bar an applicant automatically; the decision considers the nature of the offence, "
        "how long ago it was and its relevance to the role. Filtered (protected) convictions are disregarded.",
    ],
    "policy-political-impartiality.txt": [
        "Political impartiality in school",
        "Staff must not promote partisan political views. When teaching about elections, the views of parties such "
        "as Labour, the Conservatives, the Liberal Democrats, the Green Party and Plaid Cymru are presented in a "
        "balanced way. Political leaflets are not displayed on school premises.",
    ],
    "policy-equality-objectives.docx": [
        "Equality objectives 2024-2028",
        "We collect ethnicity, religion or belief, sexual orientation and disability data anonymously to monitor "
        "our workforce. Categories follow the ONS 2021 census: for example White, Mixed or Multiple, Asian or Asian "
        "British, Black, Black British, Caribbean or African.",
        "We will close the pay gap for disabled staff and increase applications from Gypsy, Roma and Traveller "
        "communities.",
    ],
    "policy-housing-allocations.html": [
        "Housing allocations scheme (summary)",
        "Applicants with a medical need, such as a wheelchair user or a person with a terminal illness, may be "
        "awarded medical priority. Applicants with unspent convictions for serious anti-social behaviour may be "
        "treated as ineligible. Hate crime, including homophobic or racist harassment, is grounds for a "
        "management transfer.",
    ],
    "policy-biometrics-in-school.txt": [
        "Biometric information (Protection of Freedoms Act 2012)",
        "The canteen uses a fingerprint-based cashless system. The school must have written consent from a parent "
        "before processing a pupil's biometric data and must offer a PIN or card instead.",
    ],
    "training-first-aid-refresher.txt": [
        "First aid refresher - session notes",
        "Recognising a stroke (FAST), managing an asthma attack, anaphylaxis and using an auto-injector, "
        "hypoglycaemia in diabetes, seizures and the recovery position. Health and Safety reporting under RIDDOR.",
    ],
    "training-mental-health-awareness.eml": [
        "Mental health awareness for managers",
        "Common conditions: depression, anxiety, bipolar disorder, eating disorders and self-harm. Signposting to "
        "the Employee Assistance Programme and occupational health.",
    ],
}


def negative(name: str, paras: list[str], k: int) -> Doc:
    d = Doc(name)
    owner = person()
    contact = d.id("email", ("policies@ashbyvale.example.org", "policies@ashbyvale.example.org"))
    tail = [f"Policy owner: {d.n(owner, 'full')}. Review date: September 2025. Questions: {contact}."] if k % 2 else \
        [f"Questions: {contact}."]
    paras = paras + tail
    ext = name.rsplit(".", 1)[1]
    if ext == "html":
        d.content = ("<html><body><h1>" + html.escape(paras[0], quote=False) + "</h1>\n"
                     + "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paras[1:]) + "\n</body></html>\n")
    elif ext == "docx":
        d.content = paras
        d.header, d.footer = COUNCIL, "Uncontrolled when printed"
    elif ext == "eml":
        d.content = mail(d, ("Learning and Development", "learning@ashbyvale.example.org"),
                         ("All managers", "managers@ashbyvale.example.org"), paras[0], paras[1:], html_part=True)
    else:
        d.content = "\n\n".join(paras) + "\n"
    return d


# ---------------------------------------------------------------- formats


def table_csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def mail(d: Doc, sender: tuple[str, str], to: tuple[str, str], subject: str, lines: list[str], html_part: bool) -> dict:
    for _, address in (sender, to):
        d.id("email", (address, address.lower()))
    return {"from": sender, "to": to, "subject": subject, "lines": lines, "html": html_part}


def render_mail(d: Doc, m: dict, k: int) -> bytes:
    date = datetime.datetime(2024, 10, 1 + k % 27, 9 + k % 8, 15, tzinfo=datetime.timezone.utc)
    head = [
        f"From: {formataddr(m['from'])}", f"To: {formataddr(m['to'])}",
        f"Subject: {Header(m['subject'], 'utf-8').encode() if not m['subject'].isascii() else m['subject']}", f"Date: {date.strftime('%a, %d %b %Y %H:%M:%S +0000')}",
        f"Message-ID: <{k:04d}.heldout2@ashbyvale.example.org>", "MIME-Version: 1.0",
    ]
    plain = "\n".join(m["lines"]) + "\n"
    if not m["html"]:
        head += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"]
        return ("\r\n".join(head) + "\r\n\r\n").encode() + quopri.encodestring(plain.encode()).replace(b"\n", b"\r\n")
    page = ("<html><body>" + "".join(f"<p>{html.escape(x, quote=False)}</p>" for x in m["lines"]) + "</body></html>\n")
    boundary = f"=_heldout2_{k:04d}"
    head.append(f'Content-Type: multipart/alternative; boundary="{boundary}"')
    parts = []
    for ctype, body in (("text/plain", plain), ("text/html", page)):
        parts.append(f"--{boundary}\r\nContent-Type: {ctype}; charset=utf-8\r\nContent-Transfer-Encoding: "
                     f"quoted-printable\r\n\r\n".encode() + quopri.encodestring(body.encode()).replace(b"\n", b"\r\n"))
    return ("\r\n".join(head) + "\r\n\r\n").encode() + b"\r\n".join(parts) + f"\r\n--{boundary}--\r\n".encode()


def zip_bytes(files: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            z.writestr(zipfile.ZipInfo(name, ZIP_TIME), text, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def w_para(text: str) -> str:
    runs = "<w:br/>".join(f'<w:t xml:space="preserve">{escape(line)}</w:t>' for line in text.split("\n"))
    return f"<w:p><w:r>{runs}</w:r></w:p>"


def docx(d: Doc) -> bytes:
    body = []
    for block in d.content:
        if isinstance(block, list):
            rows = "".join("<w:tr>" + "".join(f"<w:tc><w:tcPr><w:tcW w:w=\"4500\" w:type=\"dxa\"/></w:tcPr>{w_para(c)}</w:tc>"
                                              for c in row) + "</w:tr>" for row in block)
            body.append(f"<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/></w:tblPr>{rows}</w:tbl>")
        else:
            body.append(w_para(block))
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/>'
            '<w:footerReference w:type="default" r:id="rIdFooter"/></w:sectPr>')
    decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    return zip_bytes({
        "[Content_Types].xml": decl + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
        '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
        '</Types>',
        "_rels/.rels": decl + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/_rels/document.xml.rels": decl + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rIdHeader" Type="{REL}/header" Target="header1.xml"/>'
        f'<Relationship Id="rIdFooter" Type="{REL}/footer" Target="footer1.xml"/></Relationships>',
        "word/document.xml": decl + f"<w:document {W}><w:body>{''.join(body)}{sect}</w:body></w:document>",
        "word/header1.xml": decl + f"<w:hdr {W}>{w_para(d.header)}</w:hdr>",
        "word/footer1.xml": decl + f"<w:ftr {W}>{w_para(d.footer)}</w:ftr>",
    })


def col(n: int) -> str:
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets: list[tuple[str, list[list[str]]]]) -> bytes:
    strings: list[str] = []
    index: dict[str, int] = {}
    decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    files = {}
    for s, (_, rows) in enumerate(sheets, 1):
        xml_rows = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, value in enumerate(row):
                ref = f"{col(c)}{r}"
                if re.fullmatch(r"[1-9]\d{0,9}", value) and len(value) == 10:  # an NHS number typed as a number
                    cells.append(f'<c r="{ref}"><v>{value}</v></c>')
                    continue
                if value not in index:
                    index[value] = len(strings)
                    strings.append(value)
                cells.append(f'<c r="{ref}" t="s"><v>{index[value]}</v></c>')
            xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
        files[f"xl/worksheets/sheet{s}.xml"] = decl + f"<worksheet {ns}><sheetData>{''.join(xml_rows)}</sheetData></worksheet>"
    sst = "".join(f'<si><t xml:space="preserve">{escape(x)}</t></si>' for x in strings)
    files["xl/sharedStrings.xml"] = decl + f'<sst {ns} count="{len(strings)}" uniqueCount="{len(strings)}">{sst}</sst>'
    overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{s}.xml" ContentType="application/vnd.openxmlformats-'
                        f'officedocument.spreadsheetml.worksheet+xml"/>' for s in range(1, len(sheets) + 1))
    head = {
        "[Content_Types].xml": decl + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        + overrides + "</Types>",
        "_rels/.rels": decl + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": decl + f'<workbook {ns} xmlns:r="{REL}"><sheets>'
        + "".join(f'<sheet name="{escape(n)}" sheetId="{s}" r:id="rId{s}"/>' for s, (n, _) in enumerate(sheets, 1))
        + "</sheets></workbook>",
        "xl/_rels/workbook.xml.rels": decl + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(f'<Relationship Id="rId{s}" Type="{REL}/worksheet" Target="worksheets/sheet{s}.xml"/>'
                  for s in range(1, len(sheets) + 1))
        + f'<Relationship Id="rId{len(sheets) + 1}" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    }
    return zip_bytes({**head, **files})


def render(d: Doc, k: int) -> tuple[bytes, str]:
    """The file's bytes, and the text a reader sees in it (for the checks)."""
    ext = d.name.rsplit(".", 1)[1]
    if ext == "docx":
        text = "\n".join([d.header, d.footer] + [b if isinstance(b, str) else "\n".join("\t".join(r) for r in b)
                                                 for b in d.content])
        return docx(d), text
    if ext == "xlsx":
        return xlsx(d.content), "\n".join("\t".join(r) for _, rows in d.content for r in rows)
    if ext == "eml":
        m = d.content
        text = "\n".join([m["from"][0], m["from"][1], m["to"][0], m["to"][1], m["subject"]] + m["lines"])
        return render_mail(d, m, k), text
    if ext == "json":
        data = json.dumps(d.content, indent=2, ensure_ascii=False) + "\n"
        return data.encode(), "\n".join(strings_of(d.content))
    if ext == "html":
        return d.content.encode(), html.unescape(re.sub(r"<[^>]+>", "\n", d.content))
    if isinstance(d.content, list):  # paragraphs and tables as plain text
        d.content = "\n".join(b if isinstance(b, str) else "\n".join(": ".join(r) for r in b) for b in d.content) + "\n"
    return d.content.encode(), d.content


def strings_of(v) -> list[str]:
    if isinstance(v, dict):
        return [s for k, x in v.items() for s in [k] + strings_of(x)]
    if isinstance(v, list):
        return [s for x in v for s in strings_of(x)]
    return [str(v)]


EMAIL = re.compile(r"[\w.'+-]+@[\w.-]+\.\w+")


def check(d: Doc, text: str) -> None:
    """Every label is written; every name word of a person lies in a labelled mention, an email or an
    identifier; every email is labelled."""
    covered = [m.span() for m in EMAIL.finditer(text)]
    covered += [m.span() for w in d.written for m in re.finditer(re.escape(w), text)]
    for label in d.names:
        spans = [m.span() for m in re.finditer(re.escape(label), text)]
        assert spans, f"{d.name}: label {label!r} not in the text"
        covered += spans
    written = {v for k, v in d.ids if k == "email"}
    for m in EMAIL.finditer(text):
        assert m.group().lower() in written, f"{d.name}: email {m.group()} not labelled"
    for kind, value in d.ids:
        assert kind in {"uk_nino", "uk_bank_account", "iban", "payment_card", "email", "phone", "uk_postcode",
                        "nhs_number", "date_of_birth", "uk_passport", "uk_driving_licence", "ip_address"}, kind
    for p in d.people:
        for m in re.finditer(rf"(?<!\w)[A-Z]\. {re.escape(p.surname)}(?!\w)", text):
            assert m.group() in d.names, f"{d.name}: {m.group()!r} not labelled"
        for word in p.parts():
            for form in {word, word.upper()}:
                for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
                    assert any(a <= m.start() and m.end() <= b for a, b in covered), \
                        f"{d.name}: {form!r} at {m.start()} outside a labelled mention: {text[max(0, m.start() - 40):m.end() + 40]!r}"
    assert d.cats <= set(CATEGORY_ORDER), d.cats
    assert "  " not in "".join(d.names)


def main() -> None:
    makers = [(safeguarding, 6), (ehcp, 4), (admission, 5), (attendance, 6), (referral, 5), (fit_note, 4),
              (accident_book, 3), (medication, 3), (housing, 5), (benefits, 5), (asb, 4), (parents_evening, 5),
              (minutes, 4), (dbs_log, 3), (union_subs, 3), (equality, 4), (visitors, 3), (wifi_log, 2),
              (payroll_letter, 3)]
    docs = [make(i) for make, count in makers for i in range(1, count + 1)]
    docs += [negative(name, paras, k) for k, (name, paras) in enumerate(NEGATIVES.items())]
    out = HERE / "docs"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    labels = []
    for k, d in enumerate(docs):
        data, text = render(d, k)
        check(d, text)
        (out / d.name).write_bytes(data)
        labels.append({"doc": d.name, "ids": d.ids, "names": d.names,
                       "categories": [c for c in CATEGORY_ORDER if c in d.cats]})
    labels.sort(key=lambda x: x["doc"])
    (HERE / "labels.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in labels))
    kinds: dict[str, int] = {}
    for x in labels:
        for kind, _ in x["ids"]:
            kinds[kind] = kinds.get(kind, 0) + 1
    negatives = sum(x["doc"].startswith(("policy", "training")) for x in labels)
    print(f"{len(labels)} documents ({negatives} policy/training), "
          f"{sum(len(x['names']) for x in labels)} name labels, "
          f"{sum(len(x['categories']) for x in labels)} category labels")
    print("identifiers:", ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))


if __name__ == "__main__":
    main()
