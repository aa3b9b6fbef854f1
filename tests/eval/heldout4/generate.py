#!/usr/bin/env python3
"""(Re)create dpscan's FOURTH held-out evaluation set: the records a housing
association, a recruitment and temp-staffing agency, a community pharmacy and
optician, an early-years nursery and youth sports club, and a faith-run
community food bank hold.

Usage:  python3 tests/eval/heldout4/generate.py

Python 3.11, standard library only, deterministic (``random.Random(2718)``,
fixed zip timestamps, fixed MIME boundaries): two runs, under any
``PYTHONHASHSEED``, give byte-identical files. ``docs/`` is deleted and
rebuilt, ``labels.jsonl`` rewritten.

This set is blind: written without reading dpscan's detectors, rules, the
other sets' documents or generators (only the contract, the README, the eval
test, the label-format section of tests/eval/README.md, heldout3's README and
its generator's docstring), and only ever measured. Templates and name lists
are new.

Documents: tenancy files, anti-social-behaviour logs, arrears letters, repairs
with vulnerability flags, tenant support plans; CVs, candidate trackers,
right-to-work checks, DBS disclosure notes, timesheets with bank details,
payroll exports; prescription logs, NHS exemption forms, eye-test records,
delivery lists; child registration forms, allergy and medication sheets,
safeguarding logs, membership exports, a coaches' DBS register; referral
vouchers, volunteer lists, gift-aid declarations, newsletters; and policy,
privacy-notice, training and board-minutes prose about health, religion,
unions, ethnicity, sexuality and criminal records naming no one but, in a
few, the document's owner (``policy-*``, ``training-*``). Formats: text,
Markdown, CSV, TSV, mail (multipart with quoted-printable HTML, a base64 CSV
attachment, reply threads quoting earlier messages), mbox, HTML, Word
(header, footer, comments, tables, a text box), Excel (key/value sheets,
header rows, two sheets, numbers typed as numbers), ODF text and
spreadsheet, RTF, JSON and JSON Lines with each system's own field names.

Labels come from the structures that write the text:

* ``ids``: ``[kind, normalised value]`` of every identifier written (the
  organisations' own phones, emails and postcodes too), normalised as
  CONTRACT.md says;
* ``names``: every person-name string as written, titles left out; a check
  refuses a document in which a person's name part or nickname (as written
  or in capitals) occurs outside a labelled mention, a recorded distractor
  (street, organisation, building, product) or an email address, in which an
  initial before a surname is left out of its label, or which writes an
  email address that is not labelled;
* ``categories``: the special categories revealed about a named person.
  As in heldout3: immigration status, nationality, a "Not stated" or "Prefer
  not to say" answer and a "None" or "No" answer are not special category;
  a faith-based diet, an answered monitoring field, pregnancy, a mobility
  aid, union dues on a payroll line and a conviction, caution or charge are.
  New here: a DBS check whose result is "clear" / "no information
  disclosed" reveals no offence and is not labelled (a disclosure that
  lists one is); a right-to-work check (passport, share code, visa type) is
  not special category; a medicine on a prescription, delivery or
  medication line is health (it reveals a condition); an eye-test record
  that states a finding (myopia, cataract, glaucoma suspect) is health, as
  is a pregnancy or medical exemption on an NHS exemption form (age or
  benefit exemptions are not); a faith congregation's newsletter or rota
  that names someone as its member, or a prayer request for them, reveals
  religious belief; a Message-ID is not an email address; a gift-aid declaration to a charity whose name holds a
  faith word reveals nothing about the donor; a food-bank referral reason
  of "sickness / ill health" is health, "benefit delay" or "debt" nothing.

Everything is fictional: emails use example.com/.org/.net, phones Ofcom's
drama ranges, NHS numbers the 999 test range, NINOs the QQ prefix (never the
specimen), cards the schemes' published test numbers, postcodes Royal Mail's
published format examples, IPs the documentation ranges, IBANs valid check
digits on made-up accounts, UK bank details five sort codes of Vocalink's
modulus table (v7.70; single rows with no exception and no substitution,
weights copied below) with account numbers generated to pass their check.
"""

from __future__ import annotations

import base64
import csv
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
from pathlib import Path
from xml.sax.saxutils import escape as xesc

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
RNG = random.Random(2718)
ZIP_TIME = (2025, 11, 17, 8, 45, 0)
CATEGORIES = [
    "racial_ethnic_origin", "political_opinion", "religious_belief", "trade_union", "genetic",
    "biometric", "health", "sex_life_orientation", "criminal_offence",
]
TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Revd", "Prof")

# ---------------------------------------------------------------- names
# origin: (given names as name/sex pairs, surnames; "m|f" for gendered forms)
ORIGINS = {
    "english": ("Oliver/m Harriet/f George/m Imogen/f Thomas/m Eleanor/f Rupert/m Poppy/f",
                "Whitaker Pemberton Ashdown Fairclough Higgins Thornton Blackwell Loxley"),
    "welsh": ("Rhodri/m Carys/f Gethin/m Ffion/f Iwan/m Seren/f",
              "Pritchard Llewellyn Bevan Prosser Gwynne ap_Gwilym"),
    "scottish": ("Callum/m Eilidh/f Hamish/m Isla/f Ruaridh/m Morag/f",
                 "MacLeod Drummond Munro Urquhart Buchanan McIntyre"),
    "irish": ("Siobhán/f Cian/m Niamh/f Oisín/m Aoife/f Declan/m",
              "O'Sullivan Brennan Keane McGuinness Ó_Briain Doherty"),
    "pakistani": ("Usman/m Ayesha/f Bilal/m Mahnoor/f Zainab/f Hamza/m",
                  "Chaudhry Qureshi Malik Bhatti Rehman Mirza"),
    "indian": ("Priya/f Arjun/m Deepika/f Vikram/m Harpreet/f Gurjit/m",
               "Nair Desai Iyer Banerjee Grewal Kulkarni"),
    "bangladeshi": ("Rahima/f Shafiqul/m Nusrat/f Tanvir/m Farzana/f Mizanur/m",
                    "Begum Uddin Miah Chowdhury Hossain Talukdar"),
    "srilankan": ("Tharindu/m Nilani/f Kasun/m Dilani/f Roshan/m Sanduni/f",
                  "Perera Jayasuriya Fernando Wickramasinghe Sivakumar Gunawardena"),
    "polish": ("Katarzyna/f Tomasz/m Agnieszka/f Paweł/m Zofia/f Łukasz/m",
               "Wiśniewski|Wiśniewska Kowalczyk Zieliński|Zielińska Nowak Dąbrowski|Dąbrowska"),
    "romanian": ("Ioana/f Andrei/m Mihaela/f Bogdan/m Ștefan/m Andreea/f",
                 "Popescu Ionescu Dumitru Constantinescu Stoica"),
    "bulgarian": ("Desislava/f Georgi/m Todor/m Radostina/f Yordanka/f Nikolay/m",
                  "Petrov|Petrova Dimitrov|Dimitrova Stoyanov|Stoyanova Georgiev|Georgieva"),
    "nigerian": ("Chiamaka/f Oluwaseun/m Adaeze/f Emeka/m Folake/f Tunde/m",
                 "Adeyemi Okonkwo Nwosu Balogun Ogunleye Eze"),
    "ghanaian": ("Kwame/m Akosua/f Kofi/m Abena/f Yaw/m Efua/f",
                 "Mensah Owusu Asante Boateng Appiah Darko"),
    "somali": ("Hodan/f Abdirahman/m Faadumo/f Mahad/m Ayaan/f Liban/m",
               "Warsame Abdi Farah Hirsi Jama Egal"),
    "sudanese": ("Amna/f Musa/m Tasneem/f Khalid/m Rania/f Tariq/m",
                 "Elhassan Abdelrahman Babiker Mahgoub Idris"),
    "jamaican": ("Delroy/m Marcia/f Winston/m Sharmaine/f Leroy/m Paulette/f",
                 "Campbell Ferguson Barrett Reid Clarke Lindo"),
    "chinese": ("Wei/m Xiaoling/f Jun/m Meiling/f Hao/m Yan/f",
                "Zhang Liu Chen Huang Zhou Xu"),
    "hongkong": ("Ka-Yan/f Chun-Wai/m Pui-Shan/f Kelvin/m Winnie/f Wing-Hong/m",
                 "Cheung Lau Tsang Yip Leung Kwok"),
    "filipino": ("Maricel/f Jerome/m Rowena/f Rodel/m Analyn/f Jericho/m",
                 "Santos Dela_Cruz Bautista Villanueva Mendoza Reyes"),
    "turkish": ("Emre/m Zeynep/f Burak/m Ayşe/f Selin/f Kerem/m",
                "Yılmaz Kaya Çelik Şahin Aydın Öztürk"),
    "greek": ("Eleni/f Giorgos/m Dimitra/f Nikos/m Vasiliki/f Christos/m",
              "Papadopoulos|Papadopoulou Georgiou Konstantinou Christodoulou Nikolaidis|Nikolaidou"),
    "portuguese": ("Inês/f João/m Beatriz/f Tiago/m Margarida/f Rui/m",
                   "da_Silva Ferreira Gonçalves dos_Santos Carvalho Pereira"),
    "spanish": ("Lucía/f Javier/m Carmen/f Alejandro/m Nerea/f Iker/m",
                "Fernández Martínez Navarro Ortega García_Ruiz"),
    "afghan": ("Farhad/m Mariam/f Sohail/m Nargis/f Wahid/m Zarghona/f",
               "Ahmadzai Popal Rahimi Noori Sultani Hakimi"),
    "ukrainian": ("Olena/f Taras/m Oksana/f Dmytro/m Yulia/f Bohdan/m",
                  "Kovalenko Shevchenko Bondarenko Tkachenko Melnyk Kravchuk"),
}
NICKNAMES = {
    "Thomas": "Tom", "Eleanor": "Ellie", "Oliver": "Ollie", "Harriet": "Hattie",
    "Katarzyna": "Kasia", "Oluwaseun": "Seun", "Javier": "Javi", "Christos": "Chris",
    "Dmytro": "Dima", "Alejandro": "Alex", "Abdirahman": "Abdi", "Delroy": "Del",
    "Wing-Hong": "Wing", "Ruaridh": "Rory", "Margarida": "Guida",
}
MIDDLES = {"m": ["James", "Ali", "Kwabena", "Peter", "Ahmed", "Ionuț"],
           "f": ["Rose", "Fatima", "Grace", "Maria", "Anne", "Nimmi"]}


def fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------- identifiers
# Vocalink v7.70 rows (sort code, method, weights u v w x y z a b c d e f g h).
MODULUS = [
    ("401055", "MOD11", [0, 0, 0, 0, 0, 0, 8, 5, 7, 3, 4, 9, 2, 1]),
    ("040300", "MOD10", [0, 0, 3, 7, 1, 3, 7, 1, 3, 7, 1, 3, 7, 1]),
    ("836530", "MOD11", [0, 0, 4, 3, 2, 7, 2, 7, 6, 5, 4, 3, 2, 1]),
    ("406420", "MOD10", [0, 0, 0, 0, 0, 0, 8, 7, 6, 5, 4, 3, 2, 1]),
    ("230363", "DBLAL", [2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1]),
]


def modulus_ok(sort: str, account: str, method: str, weights: list[int]) -> bool:
    digits = [int(c) for c in sort + account]
    products = [d * w for d, w in zip(digits, weights)]
    if method == "DBLAL":
        return sum(sum(int(c) for c in str(p)) for p in products) % 10 == 0
    return sum(products) % (10 if method == "MOD10" else 11) == 0


def bank_pair() -> tuple[str, str]:
    sort, method, weights = RNG.choice(MODULUS)
    while True:
        account = str(RNG.randint(10000000, 99999999))
        if modulus_ok(sort, account, method, weights):
            return sort, account


def nhs_number() -> str:
    while True:
        body = "999" + "".join(str(RNG.randint(0, 9)) for _ in range(6))
        check = 11 - sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11
        if check == 11:
            check = 0
        if check != 10:
            return body + str(check)


def nino() -> str:
    while True:
        v = "QQ" + "".join(str(RNG.randint(0, 9)) for _ in range(6)) + RNG.choice("ABCD")
        if v != "QQ123456C":
            return v


def iban(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    number = int("".join(str(int(c, 36)) for c in rearranged))
    check = 98 - number % 97
    assert 2 <= check <= 98
    return f"{country}{check:02d}{bban}"


def rand_digits(n: int) -> str:
    return "".join(str(RNG.randint(0, 9)) for _ in range(n))


def rand_iban() -> str:
    while True:
        country = RNG.choice(["GB", "IE", "PL", "RO", "BG", "PT", "ES", "GR", "DE"])
        letters = lambda n: "".join(RNG.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))
        bban = {
            "GB": lambda: letters(4) + rand_digits(14),
            "IE": lambda: letters(4) + rand_digits(14),
            "PL": lambda: rand_digits(24),
            "RO": lambda: letters(4) + rand_digits(16),
            "BG": lambda: letters(4) + rand_digits(6) + letters(2) + rand_digits(6),
            "PT": lambda: rand_digits(21),
            "ES": lambda: rand_digits(20),
            "GR": lambda: rand_digits(23),
            "DE": lambda: rand_digits(18),
        }[country]()
        value = iban(country, bban)
        if value[2:4] not in ("00", "01", "99"):
            return value


def grouped_iban(value: str, style: int) -> str:
    if style == 0:
        return " ".join(value[i:i + 4] for i in range(0, len(value), 4))
    if style == 1:
        return value
    if style == 2:
        return value[:2] + " " + value[2:]
    return "-".join(value[i:i + 4] for i in range(0, len(value), 4))


CARDS = ["4111111111111111", "5555555555554444", "4242424242424242", "378282246310005",
         "5105105105105100", "4000056655665556", "2223003122003222", "4012888888881881"]


def card_written(number: str, style: int) -> str:
    if len(number) == 15:
        return f"{number[:4]} {number[4:10]} {number[10:]}"
    if style == 0:
        return " ".join(number[i:i + 4] for i in range(0, 16, 4))
    if style == 1:
        return "-".join(number[i:i + 4] for i in range(0, 16, 4))
    return number


# Royal Mail's published format examples (non-residential).
POSTCODES = ["EC1A 1BB", "W1A 0AX", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "SW1A 1AA"]


def postcode_written(pc: str, style: int) -> str:
    return [pc, pc.lower(), pc.replace(" ", ""), pc, pc][style % 5]


# Ofcom drama ranges: (national number without trunk 0 prefix, groupings).
def phone_pick(kind: str) -> str:
    n = RNG.randint(0, 999)
    return {
        "mobile": f"7700900{n:03d}", "london": f"2079460{n:03d}", "leeds": f"1134960{n:03d}",
        "manchester": f"1614960{n:03d}", "cardiff": f"2920180{n:03d}",
        "bristol": f"1174960{n:03d}", "edinburgh": f"1314960{n:03d}",
        "freephone": f"808157{n:04d}"[:10],
    }[kind]


def phone_written(nat: str, style: int) -> str:
    if nat.startswith("7"):
        a, b = nat[:4], nat[4:]
        forms = [f"0{a} {b}", f"0{a} {b[:3]} {b[3:]}", f"0{nat}", f"+44 {a} {b}",
                 f"+44 (0){a} {b[:3]} {b[3:]}", f"0044 {a} {b}", f"0{a}-{b[:3]}-{b[3:]}",
                 f"0{a}.{b[:3]}.{b[3:]}", f"00 44 {a} {b}", f"(0{a}) {b}"]
    elif nat.startswith("20") or nat.startswith("29"):
        a, b, c = nat[:2], nat[2:6], nat[6:]
        forms = [f"0{a} {b} {c}", f"0{a}{b[0]} {b[1:]} {c}", f"(0{a}) {b} {c}", f"+44 {a} {b} {c}",
                 f"0{nat}", f"0{a}-{b}-{c}", f"+44 (0){a} {b} {c}", f"0{a} {b}{c}"]
    elif nat.startswith("808"):
        forms = [f"0{nat[:3]} {nat[3:6]} {nat[6:]}", f"0{nat[:4]} {nat[4:]}", f"0{nat}"]
    else:
        a, b, c = nat[:3], nat[3:6], nat[6:]
        forms = [f"0{a} {b} {c}", f"0{a} {b}{c}", f"(0{a}) {b} {c}", f"+44 {a} {b} {c}",
                 f"0{a}-{b}-{c}", f"0{nat}", f"0044 {a} {b} {c}"]
    return forms[style % len(forms)]


def ip4() -> str:
    return RNG.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(RNG.randint(1, 254))


def ip6() -> tuple[str, str]:
    """(written, canonical) IPv6 in 2001:db8::/32."""
    groups = [RNG.randint(1, 0xffff) for _ in range(3)]
    written = f"2001:DB8:{groups[0]:X}::{groups[1]:X}:{groups[2]:X}"
    canonical = f"2001:db8:{groups[0]:x}::{groups[1]:x}:{groups[2]:x}"
    return written, canonical


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def date_written(y: int, m: int, d: int, style: int) -> str:
    return [f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}",
            f"{ordinal(d)} {MONTHS[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}", f"{d} {MONTHS[m - 1][:3]} {y}",
            f"{d}/{m}/{y}"][style % 7]


# ---------------------------------------------------------------- places (distractors)
STREETS = ["Pemberton Road", "Seacole Close", "Grace Lane", "Jubilee Terrace", "Ashdown Way",
           "Brennan Court", "Victoria Street", "Florence Walk", "Campbell Gardens", "Keane Street",
           "Nelson Mews", "Mercer Row", "Malik Avenue", "Oxford Road", "Holloway Drive",
           "Albion Crescent", "Stanley Grove", "Meadow Rise", "Hope Street", "Chapel Lane"]
TOWNS = ["Sheffield", "Bradford", "Wolverhampton", "Newport", "Luton", "Preston", "Leicester",
         "Oldham", "Swindon", "Derby"]


# ---------------------------------------------------------------- people
@dataclass
class Person:
    title: str
    given: str
    surname: str
    sex: str
    origin: str
    middle: str = ""
    dob: tuple[int, int, int] = (1980, 1, 1)
    nino: str = ""
    email: str = ""
    phone: str = ""
    street: str = ""
    house: str = ""
    town: str = ""
    postcode: str = ""
    nhs: str = ""

    @property
    def full(self) -> str:
        return f"{self.given} {self.surname}"

    @property
    def nick(self) -> str:
        return NICKNAMES.get(self.given, "")

    def parts(self) -> list[str]:
        words = [self.given, self.surname, *self.surname.split("-"), *self.given.split("-")]
        words += [w for w in self.surname.split(" ") if w[0].isupper()]
        if self.middle:
            words.append(self.middle)
        if self.nick:
            words.append(self.nick)
        return sorted({w for w in words if len(w) > 1})


USED: set[str] = set()


def person(origin: str | None = None, *, sex: str | None = None, born: tuple[int, int] = (1950, 2000),
           surname: str | None = None, title: str | None = None, mixed: bool = True) -> Person:
    while True:
        o = origin or RNG.choice(sorted(ORIGINS))
        given_pool, surnames = ORIGINS[o]
        pairs = [g.split("/") for g in given_pool.split()]
        if sex:
            pairs = [p for p in pairs if p[1] == sex]
        gname, s = RNG.choice(pairs)
        if surname is None:
            so = o if not mixed or RNG.random() < 0.85 else RNG.choice(sorted(ORIGINS))
            sname = RNG.choice(ORIGINS[so][1].split()).replace("_", " ")
            if "|" in sname:
                sname = sname.split("|")[0 if s == "m" else 1]
            if RNG.random() < 0.08:
                other = RNG.choice(ORIGINS[RNG.choice(sorted(ORIGINS))][1].split()).replace("_", " ")
                other = other.split("|")[0]
                if " " not in other and " " not in sname and other != sname:
                    sname = f"{sname}-{other}"
        else:
            sname = surname
        if f"{gname} {sname}" in USED or gname == sname:
            continue
        USED.add(f"{gname} {sname}")
        break
    t = title or (RNG.choice(["Mr", "Mr", "Mr", "Dr"]) if s == "m" else RNG.choice(["Mrs", "Ms", "Miss", "Ms", "Dr"]))
    if RNG.random() < 0.04:
        t = "Mx"
    y = RNG.randint(*born)
    p = Person(t, gname, sname, s, o, dob=(y, RNG.randint(1, 12), RNG.randint(1, 28)))
    if RNG.random() < 0.2:
        p.middle = RNG.choice(MIDDLES[s])
    p.nino = nino()
    local = fold(f"{gname}.{sname}").lower().replace(" ", "")
    local = RNG.choice([local, local.replace(".", ""), fold(gname[0] + sname).lower().replace(" ", ""),
                        fold(gname).lower() + str(RNG.randint(1, 99))])
    p.email = f"{local}@{RNG.choice(['example.com', 'example.org', 'example.net', 'mail.example.com'])}"
    p.phone = phone_pick(RNG.choice(["mobile", "mobile", "mobile", "leeds", "manchester", "london"]))
    p.street = RNG.choice(STREETS)
    p.house = str(RNG.randint(1, 140)) if RNG.random() < 0.7 else f"Flat {RNG.randint(1, 24)}, {RNG.randint(2, 90)}"
    p.town = RNG.choice(TOWNS)
    p.postcode = RNG.choice(POSTCODES)
    p.nhs = nhs_number()
    return p


def child_of(parent: Person, born: tuple[int, int]) -> Person:
    return person(parent.origin, born=born, surname=parent.surname, title="")


def licence(p: Person) -> str:
    letters = re.sub(r"[^A-Z]", "", fold(p.surname).upper())
    if letters.startswith("MAC") or letters.startswith("MC"):
        letters = "MC" + letters[3 if letters.startswith("MAC") else 2:]
    head = (letters + "99999")[:5]
    y, m, d = p.dob
    month = m + (50 if p.sex == "f" else 0)
    initials = (fold(p.given)[0] + (fold(p.middle)[0] if p.middle else "9")).upper()
    return f"{head}{str(y)[2]}{month:02d}{d:02d}{str(y)[3]}{initials}9{RNG.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{RNG.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"


def licence_written(v: str, style: int) -> str:
    return [v, f"{v[:5]} {v[5:11]} {v[11:]}", f"{v[:5]} {v[5:11]} {v[11:13]} {v[13:]}"][style % 3]


# ---------------------------------------------------------------- documents
@dataclass
class Doc:
    name: str
    names: list[str] = field(default_factory=list)
    cats: set[str] = field(default_factory=set)
    ids: set[tuple[str, str]] = field(default_factory=set)
    people: list[Person] = field(default_factory=list)
    traps: list[str] = field(default_factory=list)
    written: list[str] = field(default_factory=list)

    # -- labelled strings
    def nm(self, s: str, *who: Person) -> str:
        s = re.sub(r"\s+", " ", s)
        assert s.split(" ")[0].rstrip(".") not in TITLES, s
        if s not in self.names:
            self.names.append(s)
        for p in who:
            self.see(p)
        return s

    def see(self, p: Person) -> None:
        if p not in self.people:
            self.people.append(p)

    def cat(self, *cs: str) -> None:
        for c in cs:
            assert c in CATEGORIES, c
            self.cats.add(c)

    def id(self, kind: str, value: str, written: str) -> str:
        self.ids.add((kind, value))
        self.written.append(written)
        return written

    def tr(self, s: str) -> str:
        self.traps.append(s)
        return s

    # -- a person's name, written the ways records write it
    def full(self, p: Person) -> str:
        return self.nm(p.full, p)

    def titled(self, p: Person) -> str:
        return f"{p.title} {self.nm(p.full, p)}" if p.title else self.full(p)

    def formal(self, p: Person) -> str:
        return f"{p.title} {self.nm(p.surname, p)}"

    def initial(self, p: Person, title: bool = False) -> str:
        s = self.nm(f"{p.given[0]}. {p.surname}", p)
        return f"{p.title} {s}" if title and p.title else s

    def rev(self, p: Person, caps: bool = False) -> str:
        return self.nm(f"{p.surname.upper() if caps else p.surname}, {p.given}", p)

    def caps(self, p: Person) -> str:
        return self.nm(p.full.upper(), p)

    def first(self, p: Person) -> str:
        return self.nm(p.given, p)

    def sur(self, p: Person) -> str:
        return self.nm(p.surname, p)

    def nick(self, p: Person) -> str:
        return self.nm(p.nick or p.given, p)

    def middle(self, p: Person) -> str:
        if p.middle:
            return self.nm(f"{p.given} {p.middle} {p.surname}", p)
        return self.full(p)

    # -- identifiers
    def email(self, p_or_addr: Person | str) -> str:
        addr = p_or_addr.email if isinstance(p_or_addr, Person) else p_or_addr
        return self.id("email", addr.lower(), addr)

    def phone(self, nat: str, style: int = 0) -> str:
        return self.id("phone", "+44" + nat, phone_written(nat, style))

    def pc(self, pc: str, style: int = 0) -> str:
        return self.id("uk_postcode", pc, postcode_written(pc, style))

    def dob(self, p: Person, style: int = 0) -> str:
        y, m, d = p.dob
        return self.id("date_of_birth", f"{y}-{m:02d}-{d:02d}", date_written(y, m, d, style))

    def ni(self, p: Person, style: int = 0) -> str:
        v = p.nino
        return self.id("uk_nino", v, [v, f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}", f"{v[:2]} {v[2:8]} {v[8]}"][style % 3])

    def nhs(self, p: Person, style: int = 0) -> str:
        v = p.nhs
        return self.id("nhs_number", v, [f"{v[:3]} {v[3:6]} {v[6:]}", v, f"{v[:3]}-{v[3:6]}-{v[6:]}"][style % 3])

    def address(self, p: Person, style: int = 0, sep: str = ", ") -> str:
        return sep.join([f"{p.house} {self.tr(p.street)}", self.tr(p.town), self.pc(p.postcode, style)])

    def bank(self, sort: str, account: str) -> tuple[str, str]:
        self.ids.add(("uk_bank_account", f"{sort}:{account}"))
        return sort, account


def sortcode_written(sort: str, style: int) -> str:
    return [f"{sort[:2]}-{sort[2:4]}-{sort[4:]}", f"{sort[:2]} {sort[2:4]} {sort[4:]}", sort][style % 3]


# ---------------------------------------------------------------- format writers
# Each writer returns (bytes, plain text the checks read).

def w_text(text: str) -> tuple[bytes, str]:
    return text.encode("utf-8"), text


def w_csv(rows: list[list], delimiter: str = ",") -> tuple[bytes, str]:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buf.getvalue().encode("utf-8"), buf.getvalue()


def w_json(obj) -> tuple[bytes, str]:
    text = json.dumps(obj, indent=2, ensure_ascii=False) + "\n"
    return text.encode("utf-8"), text


def w_jsonl(objs: list) -> tuple[bytes, str]:
    text = "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs)
    return text.encode("utf-8"), text


def zip_bytes(files: list[tuple[str, str | bytes]], stored_first: bool = False) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for i, (name, data) in enumerate(files):
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_STORED if (stored_first and i == 0) else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:v="urn:schemas-microsoft-com:vml"')


def core_props(author: str, title: str) -> str:
    return (XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{xesc(title)}</dc:title><dc:creator>{xesc(author)}</dc:creator>'
            f'<cp:lastModifiedBy>{xesc(author)}</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-11-03T09:12:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-11-14T16:40:00Z</dcterms:modified>'
            '</cp:coreProperties>')


def w_run(text: str, bold: bool = False) -> str:
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{xesc(text)}</w:t></w:r>'


def w_para(text: str, style: str = "") -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    m = re.match(r"^([A-Z][^:]{0,40}: )(.+)$", text)
    runs = w_run(m.group(1), True) + w_run(m.group(2)) if m else w_run(text)
    return f"<w:p>{ppr}{runs}</w:p>"


def w_docx(blocks: list, *, header: str = "", footer: str = "", author: str = "", title: str = "",
           comments: list[tuple[str, str]] = ()) -> tuple[bytes, str]:
    """blocks: str paragraphs, ("h", text), ("table", rows), ("box", [lines]), ("comment", anchor, i)."""
    body, plain = [], []
    for b in blocks:
        if isinstance(b, str):
            body.append(w_para(b))
            plain.append(b)
        elif b[0] == "h":
            body.append(w_para(b[1], "Heading1"))
            plain.append(b[1])
        elif b[0] == "table":
            rows = "".join("<w:tr>" + "".join(f"<w:tc><w:p>{w_run(str(c))}</w:p></w:tc>" for c in row) + "</w:tr>"
                           for row in b[1])
            body.append(f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>{rows}</w:tbl>')
            plain.extend("\t".join(str(c) for c in row) for row in b[1])
        elif b[0] == "box":
            inner = "".join(w_para(t) for t in b[1])
            body.append('<w:p><w:r><w:pict><v:shape id="TextBox1" type="#_x0000_t202" style="width:220pt;height:80pt">'
                        f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
            plain.extend(b[1])
        elif b[0] == "comment":
            body.append(f'<w:p><w:commentRangeStart w:id="{b[2]}"/>{w_run(b[1])}<w:commentRangeEnd w:id="{b[2]}"/>'
                        f'<w:r><w:commentReference w:id="{b[2]}"/></w:r></w:p>')
            plain.append(b[1])
    sect = '<w:sectPr>'
    rels = ['<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    types = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
             '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
             '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    parts = []
    if header:
        sect += '<w:headerReference w:type="default" r:id="rIdH"/>'
        rels.append('<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        types.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        parts.append(("word/header1.xml", XML + f"<w:hdr {W_NS}>{w_para(header)}</w:hdr>"))
        plain.append(header)
    if footer:
        sect += '<w:footerReference w:type="default" r:id="rIdF"/>'
        rels.append('<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        types.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        parts.append(("word/footer1.xml", XML + f"<w:ftr {W_NS}>{w_para(footer)}</w:ftr>"))
        plain.append(footer)
    if comments:
        rels.append('<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        types.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
        cs = "".join(f'<w:comment w:id="{i}" w:author="{xesc(a)}" w:date="2025-11-10T10:0{i}:00Z" w:initials="{xesc("".join(w[0] for w in a.split()))}">'
                     f"{w_para(t)}</w:comment>" for i, (a, t) in enumerate(comments))
        parts.append(("word/comments.xml", XML + f"<w:comments {W_NS}>{cs}</w:comments>"))
        plain.extend(f"{a}: {t}" for a, t in comments)
    sect += '<w:pgSz w:w="11906" w:h="16838"/></w:sectPr>'
    document = XML + f"<w:document {W_NS}><w:body>{''.join(body)}{sect}</w:body></w:document>"
    styles = XML + (f'<w:styles {W_NS}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
                    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>'
                    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>')
    files = [
        ("[Content_Types].xml", XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>' + "".join(types) + "</Types>"),
        ("_rels/.rels", XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         "</Relationships>"),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         + "".join(rels) + "</Relationships>"),
        ("word/styles.xml", styles),
        *parts,
        ("docProps/core.xml", core_props(author, title)),
    ]
    return zip_bytes(files), "\n".join(plain + [f"Author: {author}"])


def col_name(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def w_xlsx(sheets: list[tuple[str, list[list]]], author: str = "") -> tuple[bytes, str]:
    strings: list[str] = []
    index: dict[str, int] = {}
    sheet_xml, plain = [], []
    for _, rows in sheets:
        out = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = f"{col_name(c)}{r}"
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)):
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    if v not in index:
                        index[v] = len(strings)
                        strings.append(v)
                    cells.append(f'<c r="{ref}" t="s"><v>{index[v]}</v></c>')
            out.append(f'<row r="{r}">{"".join(cells)}</row>')
            plain.append("\t".join("" if v is None else str(v) for v in row))
        sheet_xml.append(XML + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                         f'<sheetData>{"".join(out)}</sheetData></worksheet>')
    sst = "".join(f'<si><t xml:space="preserve">{xesc(s)}</t></si>' for s in strings)
    files = [
        ("[Content_Types].xml", XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                   for i in range(len(sheets)))
         + '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
         '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
         "</Types>"),
        ("_rels/.rels", XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         "</Relationships>"),
        ("xl/workbook.xml", XML + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
         + "".join(f'<sheet name="{xesc(n)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (n, _) in enumerate(sheets))
         + "</sheets></workbook>"),
        ("xl/_rels/workbook.xml.rels", XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         + "".join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
                   for i in range(len(sheets)))
         + f'<Relationship Id="rId{len(sheets) + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
         f'<Relationship Id="rId{len(sheets) + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
         "</Relationships>"),
        *[(f"xl/worksheets/sheet{i + 1}.xml", x) for i, x in enumerate(sheet_xml)],
        ("xl/sharedStrings.xml", XML + f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">{sst}</sst>'),
        ("xl/styles.xml", XML + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
         '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf/></cellXfs></styleSheet>'),
        ("docProps/core.xml", core_props(author, "")),
    ]
    return zip_bytes(files), "\n".join(plain + [f"Author: {author}"])


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3"')


def odf(mime: str, body: str) -> bytes:
    manifest = (XML + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    content = XML + f"<office:document-content {ODF_NS}><office:body>{body}</office:body></office:document-content>"
    return zip_bytes([("mimetype", mime), ("META-INF/manifest.xml", manifest), ("content.xml", content)], stored_first=True)


def w_odt(blocks: list) -> tuple[bytes, str]:
    body, plain = [], []
    for b in blocks:
        if isinstance(b, str):
            body.append(f"<text:p>{xesc(b)}</text:p>")
            plain.append(b)
        elif b[0] == "h":
            body.append(f'<text:h text:outline-level="1">{xesc(b[1])}</text:h>')
            plain.append(b[1])
        else:
            rows = "".join("<table:table-row>" + "".join(
                f'<table:table-cell office:value-type="string"><text:p>{xesc(str(c))}</text:p></table:table-cell>' for c in row)
                + "</table:table-row>" for row in b[1])
            body.append(f'<table:table table:name="Table1"><table:table-column table:number-columns-repeated="{len(b[1][0])}"/>{rows}</table:table>')
            plain.extend("\t".join(str(c) for c in row) for row in b[1])
    return odf("application/vnd.oasis.opendocument.text", f"<office:text>{''.join(body)}</office:text>"), "\n".join(plain)


def w_ods(sheets: list[tuple[str, list[list]]]) -> tuple[bytes, str]:
    out, plain = [], []
    for name, rows in sheets:
        trs = []
        for row in rows:
            cells = []
            for v in row:
                if isinstance(v, (int, float)):
                    cells.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
                else:
                    cells.append(f'<table:table-cell office:value-type="string"><text:p>{xesc(str(v))}</text:p></table:table-cell>')
            trs.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
            plain.append("\t".join(str(v) for v in row))
        out.append(f'<table:table table:name="{xesc(name)}">{"".join(trs)}</table:table>')
    return odf("application/vnd.oasis.opendocument.spreadsheet", f"<office:spreadsheet>{''.join(out)}</office:spreadsheet>"), "\n".join(plain)


def rtf_escape(s: str) -> str:
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            code = ord(ch)
            out.append(f"\\u{code if code < 32768 else code - 65536}?")
    return "".join(out)


def w_rtf(lines: list[str]) -> tuple[bytes, str]:
    body = "".join(("{\\b " + rtf_escape(l[2:]) + "}" if l.startswith("# ") else rtf_escape(l)) + "\\par\n" for l in lines)
    text = ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Calibri;}}\n"
            "{\\info{\\title Letter}}\\viewkind4\\uc1\\pard\\f0\\fs22\n" + body + "}\n")
    return text.encode("ascii"), "\n".join(l[2:] if l.startswith("# ") else l for l in lines)


def qp(text: str) -> str:
    return quopri.encodestring(text.replace("\n", "\r\n").encode("utf-8")).decode("ascii")


def w_eml(headers: list[tuple[str, str]], plain: str, html_body: str = "", attachment: tuple[str, str] | None = None,
          boundary: str = "b1") -> tuple[bytes, str]:
    """A message: plain text (quoted-printable when not ASCII), an HTML alternative, a base64 CSV attachment."""
    head = "".join(f"{k}: {encode_header(v)}\r\n" for k, v in headers) + "MIME-Version: 1.0\r\n"
    seen = [f"{k}: {v}" for k, v in headers] + [plain]
    def text_part(body: str, sub: str) -> str:
        if body.isascii() and sub == "plain":
            return f"Content-Type: text/plain; charset=us-ascii\r\nContent-Transfer-Encoding: 7bit\r\n\r\n{body.replace(chr(10), chr(13) + chr(10))}\r\n"
        return f"Content-Type: text/{sub}; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n{qp(body)}\r\n"
    if not html_body and not attachment:
        return (head + text_part(plain, "plain")).encode("ascii"), "\n".join(seen)
    alt = text_part(plain, "plain")
    if html_body:
        seen.append(html_body)
        alt = (f"Content-Type: multipart/alternative; boundary=\"alt-{boundary}\"\r\n\r\n"
               f"--alt-{boundary}\r\n{text_part(plain, 'plain')}--alt-{boundary}\r\n{text_part(html_body, 'html')}--alt-{boundary}--\r\n")
    if not attachment:
        return (head + alt).encode("ascii"), "\n".join(seen)
    name, data = attachment
    seen.append(data)
    b64 = base64.encodebytes(data.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
    body = (f"Content-Type: multipart/mixed; boundary=\"mix-{boundary}\"\r\n\r\n"
            f"--mix-{boundary}\r\n{alt}--mix-{boundary}\r\nContent-Type: text/csv; name=\"{name}\"\r\n"
            f"Content-Disposition: attachment; filename=\"{name}\"\r\nContent-Transfer-Encoding: base64\r\n\r\n{b64}"
            f"--mix-{boundary}--\r\n")
    return (head + body).encode("ascii"), "\n".join(seen)


def w_mbox(messages: list[tuple[str, str, tuple[bytes, str]]]) -> tuple[bytes, str]:
    """messages: (envelope sender, asctime date, a written message)."""
    out = []
    for sender, date, (msg, _) in messages:
        text = msg.decode("ascii").replace("\r\n", "\n")
        text = re.sub(r"^(>*From )", r">\1", text, flags=re.M)
        out.append(f"From {sender} {date}\n{text}\n")
    data = "".join(out)
    return data.encode("ascii"), "\n".join(seen for _, _, (_, seen) in messages)


def encode_header(value: str) -> str:
    """A header value as written on the wire: each display name before an
    address in RFC 2047 when not ASCII, any other non-ASCII value whole."""
    def word(s: str) -> str:
        return "=?utf-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="
    if value.isascii():
        return value
    if "<" in value:
        return re.sub(r'(^|, )("?)([^<,"]+?)\2 <', lambda m: f"{m.group(1)}{word(m.group(3)) if not m.group(3).isascii() else m.group(2) + m.group(3) + m.group(2)} <", value)
    return word(value)


# ---------------------------------------------------------------- checks
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[a-z]{2,}")
SUSPECT_RE = re.compile(r"QQ ?\d|07700|496 ?0\d|2018 ?0\d|\b999 ?\d")


def check(d: Doc, text: str) -> None:
    def fail(why: str) -> None:
        raise SystemExit(f"{d.name}: {why}")

    label_spans = [(m.start(), m.end()) for s in d.names for m in re.finditer(re.escape(s), text)]
    for label in d.names:
        alone = [m for m in re.finditer(re.escape(label), text)
                 if not any(s <= m.start() and m.end() <= e and (s, e) != m.span() for s, e in label_spans)]
        if not alone:
            fail(f"label {label!r} not in the text on its own")
    spans = [(m.start(), m.end()) for s in d.names + d.traps for m in re.finditer(re.escape(s), text)]
    spans += [(m.start(), m.end()) for m in EMAIL_RE.finditer(text)]
    spans += [(m.start(), m.end()) for w in d.written for m in re.finditer(re.escape(w), text)]
    emails = {v for k, v in d.ids if k == "email"}
    for m in EMAIL_RE.finditer(re.sub(r"(?m)^(Message-ID|In-Reply-To|References): .*$", "", text)):
        if m.group().lower() not in emails:
            fail(f"unlabelled email {m.group()!r}")
    for w in d.written:
        if w not in text:
            fail(f"identifier {w!r} not in the text")
    for m in SUSPECT_RE.finditer(text):
        if not any(m.start() >= s and m.end() <= s + len(w) for w in d.written for s in
                   [x.start() for x in re.finditer(re.escape(w), text)]):
            fail(f"unlabelled identifier-like text near {text[max(0, m.start() - 20):m.end() + 20]!r}")
    for p in d.people:
        for part in p.parts():
            for form in {part, part.upper()}:
                for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
                    start = m.start()
                    init = re.search(r"(?<![\w.])[A-Z]\.? ?$", text[max(0, start - 3):start])
                    if init and part == p.surname:
                        start -= len(init.group())
                    if not any(s <= start and m.end() <= e for s, e in spans):
                        fail(f"{form!r} at {text[max(0, m.start() - 30):m.end() + 30]!r} is not in a label")
    if not 3 <= text.count("\n") + 1:
        fail("too short")


OUT: list[tuple[Doc, bytes, str]] = []


def emit(d: Doc, written: tuple[bytes, str]) -> None:
    data, text = written
    check(d, text)
    OUT.append((d, data, text))


def main() -> None:
    if DOCS.exists():
        shutil.rmtree(DOCS)
    DOCS.mkdir(parents=True)
    build()
    names = [d.name for d, _, _ in OUT]
    assert len(names) == len(set(names)), "duplicate document names"
    lines = []
    for d, data, _ in sorted(OUT, key=lambda x: x[0].name):
        (DOCS / d.name).write_bytes(data)
        lines.append(json.dumps({"doc": d.name, "names": d.names,
                                 "categories": [c for c in CATEGORIES if c in d.cats],
                                 "ids": sorted([k, v] for k, v in d.ids)}, ensure_ascii=False))
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    negatives = sum(d.name.startswith(("policy", "training")) for d, _, _ in OUT)
    ids = sum(len(d.ids) for d, _, _ in OUT)
    names_n = sum(len(d.names) for d, _, _ in OUT)
    print(f"{len(OUT)} documents ({negatives} negative), {names_n} name labels, {ids} identifier labels")


# ---------------------------------------------------------------- helpers for templates
class Lazy(dict):
    """format_map arguments computed (and so labelled) only when the template uses them."""

    def __getitem__(self, key):
        return dict.__getitem__(self, key)()


def pick(seq):
    return RNG.choice(seq)


def money() -> str:
    return f"£{RNG.randint(80, 2400)}.{RNG.randint(0, 99):02d}"


def when(y: int = 2025) -> tuple[int, int, int]:
    return (y, RNG.randint(1, 11), RNG.randint(1, 28))


def day(style: int = 0, y: int = 2025) -> str:
    return date_written(*when(y), style)


def mail_date(i: int) -> str:
    return f"{['Mon', 'Tue', 'Wed', 'Thu', 'Fri'][i % 5]}, {3 + i % 20} Nov 2025 {9 + i % 8:02d}:{(i * 7) % 60:02d}:00 +0000"


# ---------------------------------------------------------------- housing association
HA = "Kingsley Vale Housing Association"
HA_MAIL = "tenancy@kingsleyvale-ha.example.org"
HA_PHONE = phone_pick("manchester")
HA_SORT, HA_ACC = bank_pair()


def housing() -> None:
    officers = [person("english", sex="f"), person("pakistani", sex="m"), person("welsh", sex="f"), person("ghanaian", sex="m")]
    needs = [
        ("health", "has COPD and uses a mobility scooter, which is stored in the hallway"),
        ("health", "was diagnosed with Parkinson's disease last year and has carers twice a day"),
        ("religious_belief", "asked that home visits avoid Friday prayers at the mosque"),
        ("criminal_offence", "was released on licence in March 2025 after a sentence for burglary; probation contact in file"),
        ("health", "is registered blind and has a guide dog"),
        ("health", "is 28 weeks pregnant and on the priority list for a ground-floor move"),
    ]
    # tenancy files (Word: header, footer, table, text box, comment)
    for i in range(4):
        d = Doc(f"housing-tenancy-file-{i + 1:02d}.docx")
        t = person(born=(1950, 1995))
        j = person(t.origin, surname=t.surname, born=(1950, 1995), sex="f" if t.sex == "m" else "m") if i % 2 == 0 else None
        kid = child_of(t, (2010, 2020))
        off = officers[i % 4]
        cat, need = needs[i]
        d.cat(cat)
        passport = rand_digits(9)
        rows = [["Field", "Lead tenant"] + (["Joint tenant"] if j else []),
                ["Name", d.titled(t)] + ([d.titled(j)] if j else []),
                ["Date of birth", d.dob(t, i)] + ([d.dob(j, i + 1)] if j else []),
                ["NI number", d.ni(t, i)] + ([d.ni(j, i + 1)] if j else []),
                ["Mobile", d.phone(t.phone, i)] + ([d.phone(j.phone, i + 2)] if j else []),
                ["Email", d.email(t)] + ([d.email(j)] if j else [])]
        blocks = [("h", f"Tenancy file KVH/T/{40210 + i * 37}"),
                  f"Property: {d.address(t, i)}",
                  f"Tenancy start: {day(1, 2019)}  Tenancy type: Assured (non-shorthold)",
                  ("table", rows),
                  f"Household: {d.full(kid)} ({'son' if kid.sex == 'm' else 'daughter'}), date of birth {d.dob(kid, 3)}.",
                  ("box", [f"Vulnerability: {d.first(t)} {need}."]),
                  ("comment", f"ID checked at sign-up: passport {d.id('uk_passport', passport, passport)} seen.", 0),
                  f"Housing officer: {d.full(off)}"]
        written = w_docx(blocks, header=f"{d.tr(HA)} – Tenancy File – OFFICIAL-SENSITIVE",
                         footer=f"Prepared by {d.full(off)}, Housing Officer, {d.phone(HA_PHONE, 2)}",
                         author=d.full(off), title="Tenancy file",
                         comments=[(off.full, f"{d.initial(off)}: please rescan the tenancy agreement, page 3 is missing.")])
        emit(d, written)

    # anti-social-behaviour logs (CSV, Excel)
    asb_notes = [
        (None, "Loud music after midnight on three nights; diary sheets issued"),
        ("criminal_offence", "Police attended; {p} arrested for possession with intent to supply"),
        ("racial_ethnic_origin", "{v} (Black Caribbean) reports racist abuse shouted in the stairwell"),
        (None, "Dog fouling on communal landing; warning letter sent"),
        ("criminal_offence", "{p} given a community protection warning after criminal damage to the bin store, charged 14/10"),
        ("sex_life_orientation", "{v} reports homophobic abuse from a neighbour after being seen with a same-sex partner; {v} is gay"),
        (None, "Parking across the shared drive; mediation offered"),
    ]
    for i, fmt in enumerate(["csv", "xlsx", "csv"]):
        d = Doc(f"housing-asb-log-{i + 1:02d}.{fmt}")
        off = officers[(i + 1) % 4]
        header = ["Case ref", "Date reported", "Complainant", "Alleged perpetrator", "Address", "Postcode", "Details", "Officer"]
        rows = [header]
        for k in range(4):
            v, p = person(), person(born=(1975, 2004))
            cat, note = asb_notes[(i * 3 + k) % len(asb_notes)]
            if cat:
                d.cat(cat)
            note = note.format_map(Lazy(p=lambda: d.full(p), v=lambda: d.first(v)))
            rows.append([f"ASB-{2025}-{300 + i * 10 + k}", day(0), d.rev(v) if k % 2 else d.full(v), d.full(p),
                         f"{v.house} {d.tr(v.street)}, {d.tr(v.town)}", d.pc(v.postcode, k), note, d.initial(off)])
        emit(d, w_csv(rows) if fmt == "csv" else w_xlsx([("ASB cases", rows)], author=d.full(off)))

    # arrears letters (text, RTF, ODF text, Markdown)
    for i, fmt in enumerate(["txt", "rtf", "odt", "md", "txt"]):
        d = Doc(f"housing-arrears-letter-{i + 1:02d}.{fmt}")
        t = person(born=(1955, 1998))
        off = officers[i % 4]
        ref = f"RA{700100 + i * 13}"
        lines = [f"# {HA}" if fmt in ("md", "rtf") else HA,
                 f"Income Recovery Team, {d.tr('Kingsley House')}, {d.pc('M1 1AE', i)}",
                 f"Telephone {d.phone(HA_PHONE, i + 1)}",
                 "",
                 d.titled(t),
                 d.address(t, i, sep="\n"),
                 "",
                 f"{day(1)}",
                 f"Rent account: {ref}",
                 "",
                 f"Dear {d.formal(t)}",
                 "",
                 f"Your rent account is {money()} in arrears. We have written before and we want to help you keep your home.",
                 "You can pay by bank transfer to our account:",
                 f"Sort code: {sortcode_written(d.bank(HA_SORT, HA_ACC)[0], i)}",
                 f"Account number: {HA_ACC}",
                 f"Reference: {ref}"]
        if i in (1, 3):
            d.cat("health")
            lines += ["", f"When we spoke you told us you had been in hospital with a heart condition. Our Tenancy "
                          f"Sustainment team can help with a claim; ask for {d.full(officers[(i + 2) % 4])}."]
        lines += ["", "If you do not contact us within 14 days we may apply to the county court for possession.",
                  "", "Yours sincerely", "", d.full(off), "Income Recovery Officer"]
        text = "\n".join(lines) + "\n"
        if fmt == "rtf":
            emit(d, w_rtf(lines))
        elif fmt == "odt":
            emit(d, w_odt([l for l in lines if l]))
        else:
            emit(d, w_text(text.replace("# ", "") if fmt == "txt" else text))

    # repairs with vulnerability flags: CSV from the repairs system, JSON from the housing system
    flags = [["Wheelchair user"], ["Hearing impaired", "Oxygen in property"], ["Lone parent"], [],
             ["Dementia - speak to daughter"], ["Interpreter: Polish"], ["Visually impaired"], []]
    d = Doc("housing-repairs-export.csv")
    rows = [["JobNo", "Raised", "TenantName", "ContactTel", "Address", "PostCode", "Trade", "Priority", "VulnFlags"]]
    for k in range(7):
        t = person()
        f = flags[k % len(flags)]
        if any(x in ("Wheelchair user", "Hearing impaired", "Dementia - speak to daughter", "Visually impaired") for x in f):
            d.cat("health")
        rows.append([f"J{880200 + k * 7}", day(2), d.caps(t) if k % 3 == 0 else d.full(t), d.phone(t.phone, k),
                     f"{t.house} {d.tr(t.street)}, {d.tr(t.town)}", d.pc(t.postcode, k), pick(["Plumbing", "Electrical", "Joinery", "Damp & mould"]),
                     pick(["Emergency", "Urgent", "Routine"]), "; ".join(f)])
    emit(d, w_csv(rows))
    for i in range(2):
        d = Doc(f"housing-repairs-jobs-{i + 1:02d}.json")
        jobs = []
        for k in range(4):
            t = person()
            f = flags[(k + i * 4 + 1) % len(flags)]
            if any(x in ("Wheelchair user", "Hearing impaired", "Dementia - speak to daughter", "Visually impaired") for x in f):
                d.cat("health")
            jobs.append({"jobNumber": f"RJ-{51000 + i * 100 + k}", "tenancyRef": f"KVH/T/{30000 + k * 91}",
                         "tenant": {"forename": d.first(t), "surname": d.sur(t), "contactTel": d.phone(t.phone, k + i),
                                    "email": d.email(t)},
                         "property": {"line1": f"{t.house} {d.tr(t.street)}", "town": d.tr(t.town), "postcode": d.pc(t.postcode, k)},
                         "vulnerabilityFlags": f, "slaDays": pick([1, 7, 28]), "status": pick(["Open", "Awaiting parts", "Complete"])})
        emit(d, w_json({"source": "KVH Repairs Hub", "exported": "2025-11-12T07:30:00Z", "jobs": jobs}))

    # tenant support plans (Word with comments, Markdown)
    goals = [("health", "Keep CPN appointments for bipolar disorder; {f} agreed a medication routine"),
             ("criminal_offence", "Attend probation supervision fortnightly (conviction for assault, 2023)"),
             ("health", "Referral to the drug and alcohol service; {f} is six weeks sober"),
             ("religious_belief", "{f} would like help finding a Catholic parish nearer the new flat")]
    for i, fmt in enumerate(["docx", "md", "docx"]):
        d = Doc(f"housing-support-plan-{i + 1:02d}.{fmt}")
        t = person(born=(1960, 2003))
        w = officers[(i + 3) % 4]
        plan = [f"Tenancy Sustainment Support Plan — {d.full(t)}",
                f"Date of birth: {d.dob(t, i + 2)}", f"Address: {d.address(t, i)}",
                f"Phone: {d.phone(t.phone, i + 3)}", f"Support worker: {d.full(w)}", "Goals:"]
        for k in range(2):
            cat, g = goals[(i + k) % len(goals)]
            d.cat(cat)
            plan.append(f"{k + 1}. " + g.format_map(Lazy(f=lambda: d.first(t))))
        plan += [f"Benefits: Universal Credit claim checked; budgeting session booked with {d.tr('Pemberton Road')} advice hub.",
                 f"Signed: {d.first(t)} / {d.initial(w)}"]
        if fmt == "md":
            emit(d, w_text("# " + plan[0] + "\n\n" + "\n".join(f"- {l}" if l[0].isupper() else l for l in plan[1:]) + "\n"))
        else:
            emit(d, w_docx([("h", plan[0])] + plan[1:], footer=f"{d.tr(HA)} — support plan — review in 12 weeks",
                           author=d.full(w), comments=[(w.full, f"{d.first(t)} asked for copies in large print.")]))

    # a tenant's email about damp, and the reply quoting it
    for i in range(2):
        d = Doc(f"housing-email-damp-{i + 1:02d}.eml")
        t = person()
        son = child_of(t, (2014, 2021))
        off = officers[i]
        d.cat("health")
        first = (f"Hi,\n\nThe black mould in the back bedroom is back. My son {d.first(son)} has asthma and his inhaler use has doubled.\n"
                 f"Please send someone. I am in most days, call {d.phone(t.phone, i + 4)}.\n\n{d.full(t)}\n{d.address(t, i)}\n")
        reply = (f"Dear {d.formal(t)}\n\nThank you. I have raised an urgent damp and mould job (RJ-{52000 + i}) and flagged the "
                 f"household as vulnerable. The surveyor will call you.\n\nKind regards\n{d.full(off)}\nHousing Officer, {d.tr(HA)}\n"
                 f"{d.phone(HA_PHONE, i + 3)}\n\n"
                 f"On {day(1)}, {d.full(t)} <{d.email(t)}> wrote:\n" + "\n".join("> " + l for l in first.splitlines()) + "\n")
        headers = [("From", f"{d.full(off)} <{d.email(HA_MAIL)}>"), ("To", f"{d.full(t)} <{d.email(t)}>"),
                   ("Subject", "RE: Mould in back bedroom"), ("Date", mail_date(i)),
                   ("Message-ID", f"<ha-{i}-reply@kingsleyvale-ha.example.org>"),
                   ("In-Reply-To", f"<ha-{i}@mail.example.com>")]
        html_body = f"<html><body><p>{html.escape(reply).replace(chr(10), '<br>')}</p></body></html>"
        emit(d, w_eml(headers, reply, html_body, boundary=f"ha{i}"))

    # an officer's mailbox
    d = Doc("housing-officer-inbox.mbox")
    off = officers[2]
    msgs = []
    for k in range(3):
        t = person()
        bodies = [lambda: f"Hi {d.first(off)},\n\n{d.full(t)} at {d.address(t, k)} called again about the neighbour's dog. "
                  f"No vulnerability on file. Can you visit this week?\n\nThanks\n{d.full(officers[0])}\n",
                  lambda: f"{d.first(off)} - {d.formal(t)} has asked for a transfer on medical grounds; GP letter says her epilepsy "
                  f"means she cannot manage the stairs. Please add to the panel.\n{d.first(officers[1])}\n",
                  lambda: f"Rent payment plan agreed with {d.full(t)}: {money()} a fortnight by direct debit. Mobile {d.phone(t.phone, k)}.\n"]
        if k == 1:
            d.cat("health")
        m = w_eml([("From", f"{d.full(officers[k % 2])} <{d.email(f'team{k}@kingsleyvale-ha.example.org')}>"),
                   ("To", f"{d.full(off)} <{d.email('housing.north@kingsleyvale-ha.example.org')}>"),
                   ("Subject", f"Case update {k + 1}"), ("Date", mail_date(k + 5)),
                   ("Message-ID", f"<inbox-{k}@kingsleyvale-ha.example.org>")], bodies[k]())
        msgs.append((f"team{k}@kingsleyvale-ha.example.org", f"Thu Nov {13 + k} 10:0{k}:00 2025", m))
    emit(d, w_mbox(msgs))

    # rent statement (ODF spreadsheet): a key/value block, then transactions
    d = Doc("housing-rent-statement.ods")
    t = person()
    rows = [["Tenant", d.full(t)], ["Rent account", "RA700455"], ["Address", d.address(t, 2)],
            ["Phone", d.phone(t.phone, 1)], ["", ""], ["Date", "Description", "Debit", "Credit"]]
    for k in range(5):
        rows.append([f"2025-{k + 6:02d}-01", "Rent", 412.5, 0])
        rows.append([f"2025-{k + 6:02d}-0{k + 3}", "Universal Credit housing element", 0, 390])
    emit(d, w_ods([("Statement", rows)]))

    # tenancy export (JSON Lines from the housing management system)
    d = Doc("housing-tenancy-export.jsonl")
    recs = []
    for k in range(6):
        t = person()
        recs.append({"TENANCY_REF": f"KVH/T/{41000 + k * 13}", "LEAD_TENANT_NAME": d.rev(t, caps=True),
                     "DOB": f"{t.dob[0]}-{t.dob[1]:02d}-{t.dob[2]:02d}", "NI_NUMBER": t.nino,
                     "ADDRESS_1": f"{t.house} {d.tr(t.street.upper())}", "POSTCODE": t.postcode, "TEL_MOBILE": "0" + t.phone,
                     "ETHNIC_ORIGIN": pick(["Not stated", "White British", "Pakistani", "Black African", "Prefer not to say"]),
                     "ARREARS_BAL": round(RNG.uniform(0, 1800), 2)})
        d.id("date_of_birth", recs[-1]["DOB"], recs[-1]["DOB"])
        d.id("uk_nino", t.nino, t.nino)
        d.id("uk_postcode", t.postcode, t.postcode)
        d.id("phone", "+44" + t.phone, "0" + t.phone)
        if recs[-1]["ETHNIC_ORIGIN"] not in ("Not stated", "Prefer not to say"):
            d.cat("racial_ethnic_origin")
    emit(d, w_jsonl(recs))


# ---------------------------------------------------------------- recruitment and temp staffing
RA = "Marlowe & Finch Recruitment"
RA_DOMAIN = "marlowefinch.example.com"
RA_PHONE = phone_pick("leeds")
CLIENTS = ["Harrison Logistics Ltd", "Crawford Foods", "Victoria Lodge Care Home", "Bellingham Print",
           "Mercer & Dale Engineering", "Jubilee Hotel Group"]
ROLES = ["Warehouse Operative", "Care Assistant", "Forklift Driver", "Chef de Partie", "Payroll Clerk",
         "Senior Support Worker", "HGV Class 1 Driver", "Receptionist"]


def recruitment() -> None:
    consultants = [person("english", sex="m"), person("nigerian", sex="f"), person("hongkong", sex="f"), person("irish", sex="m")]
    share = lambda: "".join(RNG.choice("ABCDEFGHJKLMNPRSTUVWXYZ23456789") for _ in range(9))

    # CVs
    interests = [("trade_union", "Branch secretary, Unite the Union (hospitality branch), 2019–2023."),
                 ("religious_belief", "Youth leader at the Baitul Noor Mosque every Saturday."),
                 ("political_opinion", "Volunteer canvasser for the Green Party in the 2024 general election."),
                 (None, "Half-marathon runner; volunteer at Grace Lane parkrun."),
                 ("health", "Living well with type 1 diabetes; ambassador for a diabetes charity.")]
    for i, fmt in enumerate(["txt", "md", "docx", "rtf", "docx"]):
        d = Doc(f"recruit-cv-{i + 1:02d}.{fmt}")
        c = person(born=(1972, 2003))
        ref1, ref2 = person(), person()
        cat, interest = interests[i]
        if cat:
            d.cat(cat)
        jobs = RNG.sample(CLIENTS, 2)
        lines = [d.caps(c) if i % 2 else d.middle(c),
                 f"{d.address(c, i)} | {d.phone(c.phone, i)} | {d.email(c)}",
                 *( [f"Date of birth: {d.dob(c, i)}"] if i in (0, 3) else []),
                 "",
                 "PROFILE",
                 f"Reliable {pick(ROLES).lower()} with {RNG.randint(2, 15)} years' experience and a full UK driving licence.",
                 "",
                 "EXPERIENCE",
                 f"{day(5, 2021)} – present  {pick(ROLES)}, {d.tr(jobs[0])}",
                 f"{day(5, 2016)} – {day(5, 2021)}  {pick(ROLES)}, {d.tr(jobs[1])}",
                 "",
                 "INTERESTS",
                 interest,
                 "",
                 "REFERENCES",
                 f"{d.titled(ref1)}, Line Manager, {d.tr(jobs[0])} — {d.email(ref1)}",
                 f"{d.full(ref2)}, Supervisor — {d.phone(ref2.phone, i + 2)}"]
        if fmt == "docx":
            emit(d, w_docx([("h", lines[0])] + [l for l in lines[1:] if l], author=d.full(c), title="CV"))
        elif fmt == "rtf":
            emit(d, w_rtf(["# " + lines[0]] + lines[1:]))
        elif fmt == "md":
            emit(d, w_text("# " + lines[0] + "\n\n" + "\n".join("## " + l.title() if l.isupper() else l for l in lines[1:]) + "\n"))
        else:
            emit(d, w_text("\n".join(lines) + "\n"))

    # candidate trackers: two sheets, header rows
    notes = [(None, "Strong forklift tickets (counterbalance, reach)"), ("health", "Wheelchair user - needs step-free site"),
             ("religious_belief", "Observes Shabbat: no Friday evening shifts"), (None, "Available immediately"),
             ("health", "Declared epilepsy; no work at height"), (None, "Prefers nights"), ("trade_union", "GMB member, asked about union rep on site")]
    for i in range(2):
        d = Doc(f"recruit-candidate-tracker-{i + 1:02d}.xlsx")
        cons = consultants[i]
        cand = [["Candidate", "Email", "Mobile", "Role", "Stage", "Consultant", "Notes"]]
        inter = [["Date", "Candidate", "Client", "Interviewer", "Score"]]
        for k in range(6):
            c = person(born=(1975, 2005))
            cat, note = notes[(i * 6 + k) % len(notes)]
            if cat:
                d.cat(cat)
            cand.append([d.full(c), d.email(c), d.phone(c.phone, k), pick(ROLES), pick(["Registered", "Interview", "Placed", "Rejected"]),
                         d.first(cons), note])
            if k % 2 == 0:
                iv = person()
                inter.append([day(2), d.rev(c), d.tr(pick(CLIENTS)), d.full(iv), RNG.randint(2, 5)])
        emit(d, w_xlsx([("Candidates", cand), ("Interviews", inter)], author=d.full(cons)))

    # right-to-work checks
    for i, fmt in enumerate(["docx", "txt", "json"]):
        d = Doc(f"recruit-right-to-work-{i + 1:02d}.{fmt}")
        c = person(pick(["polish", "romanian", "bulgarian", "ukrainian", "filipino", "nigerian", "afghan"]), born=(1980, 2003))
        cons = consultants[(i + 2) % 4]
        passport = rand_digits(9)
        code = share()
        if fmt == "json":
            obj = {"check_id": f"RTW-{9100 + i}", "worker": {"given_names": d.first(c), "family_name": d.sur(c),
                   "date_of_birth": d.dob(c, 2), "nationality": pick(["Polish", "Romanian", "Ukrainian", "Filipino"])},
                   "document": {"type": "Passport", "number": d.id("uk_passport", passport, passport), "expiry": "2031-04-30"},
                   "share_code": code, "outcome": "Continuous right to work (EU Settlement Scheme, settled status)",
                   "checked_by": d.email(f"{fold(cons.given).lower()}.{fold(cons.surname).lower().replace(' ', '')}@{RA_DOMAIN}"),
                   "checked_at": "2025-10-21T11:02:00Z"}
            emit(d, w_json(obj))
            continue
        lines = [f"Right to work check — {d.full(c)}",
                 f"Date of birth: {d.dob(c, i)}",
                 f"Nationality: {pick(['Romanian', 'Bulgarian', 'Filipino', 'Nigerian', 'Afghan', 'Ukrainian'])}",
                 f"Document seen: passport no. {d.id('uk_passport', passport, passport)} (original, in person)",
                 f"Home Office share code: {code[:3]} {code[3:6]} {code[6:]} — status: {pick(['Skilled Worker visa to 2027', 'Settled status', 'Ukraine Permission Extension'])}",
                 f"Driving licence: {d.id('uk_driving_licence', (lic := licence(c)), licence_written(lic, i + 1))}",
                 f"NI number: {d.ni(c, i + 1)}",
                 f"Checked by {d.full(cons)} on {day(1)}. Copy retained for the duration of the assignment plus two years."]
        if fmt == "docx":
            emit(d, w_docx([("h", lines[0])] + lines[1:], header=f"{d.tr(RA)} — compliance", author=d.full(cons)))
        else:
            emit(d, w_text("\n".join(lines) + "\n"))

    # DBS disclosure notes
    disclosures = [("criminal_offence", "Enhanced certificate shows a caution (2016) for theft from a shop. Risk assessment completed; cleared for placement."),
                   (None, "Enhanced certificate: no information recorded. Barred lists: not barred."),
                   ("criminal_offence", "Certificate discloses a conviction for drink driving (2019), spent. Not relevant to the care role; noted.")]
    for i in range(3):
        d = Doc(f"recruit-dbs-note-{i + 1:02d}.{'txt' if i != 1 else 'eml'}")
        c = person(born=(1970, 2002))
        cons = consultants[i % 4]
        cat, text = disclosures[i]
        if cat:
            d.cat(cat)
        cert = rand_digits(12)
        body = (f"DBS disclosure note\nCandidate: {d.full(c)} (DOB {d.dob(c, i + 4)})\nRole: {pick(ROLES)} at {d.tr(pick(CLIENTS))}\n"
                f"Certificate number: {cert}, issued {day(0)}\n{text}\nRecorded by {d.full(cons)}\n")
        if i == 1:
            emit(d, w_eml([("From", f"{d.full(cons)} <{d.email(fold(cons.given).lower() + '@' + RA_DOMAIN)}>"),
                           ("To", f"Compliance <{d.email('compliance@' + RA_DOMAIN)}>"), ("Subject", f"DBS - {c.full}"),
                           ("Date", mail_date(i + 9))], body))
        else:
            emit(d, w_text(body))

    # timesheets with bank details: key/value sheet + header-row sheet; CSV
    for i in range(3):
        w = person(born=(1975, 2004))
        client = pick(CLIENTS)
        sort, acc = bank_pair()
        fmt = "xlsx" if i < 2 else "csv"
        d = Doc(f"recruit-timesheet-{i + 1:02d}.{fmt}")
        d.bank(sort, acc)
        kv = [["Worker", d.full(w)], ["Payroll no.", f"MF{30100 + i}"], ["NI number", d.ni(w, i)],
              ["Client", d.tr(client)], ["Week ending", day(0)], ["Sort code", sortcode_written(sort, i)],
              ["Account number", int(acc) if i == 0 else acc], ["Mobile", d.phone(w.phone, i + 1)]]
        hours = [["Day", "Start", "Finish", "Break (mins)", "Hours"]]
        for k, dname in enumerate(["Mon", "Tue", "Wed", "Thu", "Fri"]):
            hours.append([dname, "07:00", "15:30", 30, 8])
        hours.append(["Total", "", "", "", 40])
        hours.append(["Authorised by", d.full(person()), "", "", ""])
        if fmt == "xlsx":
            emit(d, w_xlsx([("Details", kv), ("Hours", hours)], author=d.full(consultants[3])))
        else:
            emit(d, w_csv(kv + [[]] + hours))

    # payroll exports
    d = Doc("recruit-payroll-export.csv")
    rows = [["EmpNo", "Surname", "Forename", "NINO", "TaxCode", "SortCode", "AccountNo", "Gross", "UnionDeduction"]]
    for k in range(7):
        w = person(born=(1960, 2004))
        sort, acc = bank_pair()
        d.bank(sort, acc)
        union = pick(["", "", "GMB", "Unite", "USDAW"])
        if union:
            d.cat("trade_union")
        rows.append([f"MF{30200 + k}", d.nm(w.surname.upper(), w) if k % 3 == 0 else d.sur(w), d.first(w), d.ni(w, k),
                     pick(["1257L", "BR", "0T", "1257L M1"]), sortcode_written(sort, k), acc, f"{RNG.randint(380, 900)}.{RNG.randint(0, 99):02d}",
                     f"{union} {RNG.randint(8, 18)}.00" if union else ""])
    emit(d, w_csv(rows))
    d = Doc("recruit-payroll-export.tsv")
    rows = [["worker_id", "name", "ni", "pay_date", "net_pay", "iban", "bank_country"]]
    for k in range(5):
        w = person(pick(["romanian", "bulgarian", "polish", "portuguese", "spanish", "greek"]), born=(1970, 2003))
        ib = rand_iban()
        rows.append([f"MF{30400 + k}", d.rev(w) if k % 2 else d.full(w), d.ni(w, 2), "2025-11-14",
                     f"{RNG.randint(300, 800)}.00", d.id("iban", ib, grouped_iban(ib, k)), ib[:2]])
    emit(d, w_csv(rows, delimiter="\t"))
    d = Doc("recruit-payroll-run.jsonl")
    recs = []
    for k in range(5):
        w = person(born=(1965, 2004))
        sort, acc = bank_pair()
        d.bank(sort, acc)
        rec = {"emp_ref": f"MF-{30500 + k}", "last_name": d.sur(w), "first_name": d.first(w), "ni_no": d.ni(w, 0),
               "bank_sort": sortcode_written(sort, 0), "bank_acc": acc, "gross": round(RNG.uniform(300, 900), 2),
               "deductions": {"paye": round(RNG.uniform(10, 90), 2), "nic": round(RNG.uniform(5, 40), 2)}}
        if k == 2:
            rec["deductions"]["union_subs_unison"] = 14.2
            d.cat("trade_union")
        recs.append(rec)
    emit(d, w_jsonl(recs))

    # applications by mail: HTML alternative and a job board CSV attachment, then a reply thread
    d = Doc("recruit-email-applications.eml")
    cons = consultants[2]
    att = [["Applicant", "Email", "Phone", "Postcode", "Role"]]
    for k in range(4):
        c = person()
        att.append([d.full(c), d.email(c), d.phone(c.phone, k + 3), d.pc(c.postcode, k), pick(ROLES)])
    att_text = w_csv(att)[1]
    body = (f"Hi {d.first(cons)},\n\nAttached are this week's applicants from the job board for the {d.tr('Crawford Foods')} "
            f"night shift. Two have forklift licences.\n\nThanks\n{d.full(consultants[0])}\n")
    emit(d, w_eml([("From", f"{d.full(consultants[0])} <{d.email(fold(consultants[0].given).lower() + '@' + RA_DOMAIN)}>"),
                   ("To", f"{d.full(cons)} <{d.email(fold(cons.given).lower() + '.' + fold(cons.surname).lower() + '@' + RA_DOMAIN)}>"),
                   ("Subject", "Applicants w/c 10 Nov"), ("Date", mail_date(12))],
                  body, f"<p>{html.escape(body).replace(chr(10), '<br>')}</p>", ("applicants.csv", att_text), boundary="ra1"))
    for i in range(2):
        d = Doc(f"recruit-email-thread-{i + 1:02d}.eml")
        c = person()
        cl = person()
        cons = consultants[i + 1]
        m1 = (f"Hi {d.first(cons)},\n\nCan {d.full(c)} start on Monday? We need a {pick(ROLES).lower()} for four weeks.\n\n"
              f"{d.full(cl)}\nOperations Manager, {d.tr(pick(CLIENTS))}\n{d.phone(cl.phone, 2)}\n")
        m2 = (f"Hi {d.first(cl)},\n\nYes, {d.first(c)} is confirmed. Note that {d.first(c)} is a practising Muslim and would like "
              f"a quiet space for prayer on breaks.\n\nBest wishes\n{d.full(cons)}\n{d.tr(RA)} | {d.phone(RA_PHONE, 1)}\n")
        d.cat("religious_belief")
        body = m2 + f"\n-----Original Message-----\nFrom: {d.full(cl)} <{d.email(cl)}>\nSent: {day(1)}\nSubject: Cover\n\n" + m1
        emit(d, w_eml([("From", f"{d.full(cons)} <{d.email(fold(cons.given).lower() + '@' + RA_DOMAIN)}>"),
                       ("To", f"{d.full(cl)} <{d.email(cl)}>"), ("Subject", "RE: Cover"), ("Date", mail_date(14 + i)),
                       ("References", f"<rf-{i}@mail.example.com>")], body, boundary=f"rt{i}"))

    # candidate portal audit log (JSON Lines)
    d = Doc("recruit-portal-audit.jsonl")
    recs = []
    for k in range(8):
        c = person()
        if k % 3 == 2:
            w6, c6 = ip6()
            ip = d.id("ip_address", c6, w6)
        else:
            ip = ip4()
            d.id("ip_address", ip, ip)
        recs.append({"timestamp": f"2025-11-{10 + k:02d}T0{k}:14:09Z", "event": pick(["login", "cv_upload", "password_reset"]),
                     "user": d.email(c), "displayName": d.full(c), "sourceIp": ip, "userAgent": "Mozilla/5.0"})
    emit(d, w_jsonl(recs))


# ---------------------------------------------------------------- community pharmacy and optician
PH = "Bellamy Pharmacy & Opticians"
PH_MAIL = "dispensary@bellamypharmacy.example.com"
PH_PHONE = phone_pick("bristol")
MEDICINES = ["Metformin 500mg tablets", "Sertraline 50mg tablets", "Salbutamol 100mcg inhaler", "Levothyroxine 75mcg tablets",
             "Amlodipine 5mg tablets", "Insulin glargine 100 units/ml pen", "Lansoprazole 30mg capsules",
             "Methadone 1mg/ml oral solution", "Atorvastatin 20mg tablets", "Apixaban 5mg tablets"]


def pharmacy() -> None:
    staff = [person("indian", sex="f"), person("greek", sex="m"), person("scottish", sex="f"), person("sudanese", sex="m")]
    gps = [person(title="Dr"), person(title="Dr")]
    # prescription logs
    for i, fmt in enumerate(["csv", "xlsx", "csv"]):
        d = Doc(f"pharmacy-prescription-log-{i + 1:02d}.{fmt}")
        rows = [["Date", "Patient", "DOB", "NHS No", "Item", "Qty", "Prescriber", "Exempt", "Checked"]]
        for k in range(6):
            p = person(born=(1935, 2005))
            d.cat("health")
            nhs = int(p.nhs) if fmt == "xlsx" and k % 2 == 0 else d.nhs(p, k)
            if isinstance(nhs, int):
                d.id("nhs_number", p.nhs, p.nhs)
            rows.append([day(6), d.rev(p, caps=k % 2 == 1) if k % 3 else d.full(p), d.dob(p, 0), nhs,
                         pick(MEDICINES), RNG.choice([28, 56, 84, 1]), f"Dr {d.sur(gps[k % 2])}", pick(["Y", "N", "Y - age"]),
                         d.initial(staff[k % 4])])
        emit(d, w_csv(rows) if fmt == "csv" else w_xlsx([("Dispensed", rows)], author=d.full(staff[0])))

    # NHS prescription exemption forms
    exemptions = [("health", "D — I have a valid maternity exemption certificate"),
                  ("health", "E — I have a valid medical exemption certificate (hypothyroidism)"),
                  (None, "A — I am 60 years of age or over"),
                  (None, "L — I am named on a current HC2 charges certificate")]
    for i, fmt in enumerate(["txt", "odt", "docx", "txt"]):
        d = Doc(f"pharmacy-exemption-form-{i + 1:02d}.{fmt}")
        p = person(sex="f" if i == 0 else None, born=(1950, 2002) if i != 2 else (1940, 1964))
        cat, ex = exemptions[i]
        if cat:
            d.cat(cat)
        lines = ["NHS prescription charge exemption declaration",
                 f"Patient name: {d.titled(p)}", f"Date of birth: {d.dob(p, i + 1)}", f"NHS number: {d.nhs(p, i)}",
                 f"Address: {d.address(p, i)}", f"Exemption: {ex}",
                 f"Evidence seen: {pick(['Yes', 'No'])}",
                 f"Signed: {d.full(p)}  Date: {day(0)}",
                 f"Witnessed at {d.tr(PH)} by {d.full(staff[i % 4])}"]
        if fmt == "odt":
            emit(d, w_odt([("h", lines[0])] + lines[1:]))
        elif fmt == "docx":
            emit(d, w_docx([("h", lines[0]), ("table", [l.split(": ", 1) for l in lines[1:6]])] + lines[6:], author=d.full(staff[i % 4]),
                           footer=f"{d.tr(PH)}, {d.tr('Albion Crescent')}, {d.pc('CR2 6XH')} — {d.phone(PH_PHONE, 1)}"))
        else:
            emit(d, w_text("\n".join(lines) + "\n"))

    # eye-test records
    findings = [("health", "Early nuclear cataract, right eye. Review 12 months."),
                ("health", "IOP 26 mmHg both eyes — glaucoma suspect; referred to the hospital eye service."),
                ("health", "Background diabetic retinopathy noted; patient informed, GP letter sent."),
                ("health", "Myopia progressing; myopia-control lenses discussed with parent.")]
    for i, fmt in enumerate(["docx", "json", "html", "docx"]):
        d = Doc(f"optician-eye-test-{i + 1:02d}.{fmt}")
        p = person(born=(1940, 2015) if i != 3 else (2011, 2016))
        opt = staff[(i + 1) % 4]
        cat, finding = findings[i]
        d.cat(cat)
        rx = f"R {RNG.choice(['-1.25', '+0.75', '-2.50'])} / -0.50 x 180   L {RNG.choice(['-1.00', '+1.00', '-2.25'])} / -0.25 x 170"
        if fmt == "json":
            emit(d, w_json({"recordType": "SightTest", "patient": {"name": d.full(p), "dateOfBirth": d.dob(p, 2),
                            "nhsNumber": d.nhs(p, 1), "mobile": d.phone(p.phone, 2)},
                            "examinedBy": {"name": d.full(opt), "gocNumber": f"01-{RNG.randint(10000, 39999)}"},
                            "refraction": rx, "findings": finding, "drivingStandard": "Meets DVLA standard"}))
        elif fmt == "html":
            rows = [("Patient", d.titled(p)), ("Date of birth", d.dob(p, 1)), ("NHS number", d.nhs(p, 0)),
                    ("Refraction", rx), ("Findings", finding), ("Optometrist", d.full(opt))]
            body = "".join(f"<tr><th>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>" for k, v in rows)
            page = (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sight test record</title></head>\n"
                    f"<body><h1>{html.escape(d.tr(PH))}</h1><h2>Sight test record</h2><table>{body}</table>\n"
                    f"<p>Frames: {d.tr('Florence')} rimless, lens care: {d.tr('Lucas Lens Daily')} solution.</p></body></html>\n")
            text = page + "\n" + "\n".join(f"{k}: {v}" for k, v in rows)
            emit(d, (page.encode("utf-8"), text))
        else:
            kid = i == 3
            par = person(p.origin, surname=p.surname, born=(1975, 1990)) if kid else None
            blocks = [("h", "Sight test record"), f"Patient: {d.full(p)}", f"Date of birth: {d.dob(p, 3)}",
                      *( [f"Parent/guardian: {d.titled(par)} ({d.phone(par.phone, 1)})"] if kid else []),
                      ("table", [["", "Sphere / Cyl x Axis"], ["Refraction", rx], ["VA", "6/6 R, 6/9 L"]]),
                      f"Findings: {finding}", f"Optometrist: {d.full(opt)}"]
            emit(d, w_docx(blocks, header=f"{d.tr(PH)} — clinical record", author=d.full(opt),
                           comments=[(opt.full, "Recall letter to go out in 11 months.")]))

    # delivery lists
    for i, fmt in enumerate(["csv", "tsv", "md"]):
        d = Doc(f"pharmacy-delivery-list-{i + 1:02d}.{fmt}")
        driver = person("bangladeshi", sex="m") if i != 1 else person("portuguese", sex="m")
        rows = [["Stop", "Patient", "Address", "Postcode", "Phone", "Items", "Notes"]]
        for k in range(5):
            p = person(born=(1930, 1990))
            d.cat("health")
            rows.append([str(k + 1), d.formal(p) if k % 2 else d.full(p), f"{p.house} {d.tr(p.street)}", d.pc(p.postcode, k + i),
                         d.phone(p.phone, k + 1), pick(MEDICINES), pick(["Leave with neighbour", "Key safe", "Ring twice", "Controlled drug - signature"])])
        if fmt == "md":
            head = f"# Deliveries {day(1)} — driver {d.full(driver)}\n\n"
            table = "| " + " | ".join(rows[0]) + " |\n|" + "---|" * len(rows[0]) + "\n" + "".join("| " + " | ".join(r) + " |\n" for r in rows[1:])
            emit(d, w_text(head + table))
        else:
            emit(d, w_csv([["Driver", d.full(driver)]] + rows, delimiter="\t" if fmt == "tsv" else ","))

    # mail from a GP surgery (quoted-printable HTML) and the dispensary mailbox
    for i in range(2):
        d = Doc(f"pharmacy-email-gp-{i + 1:02d}.eml")
        p = person(born=(1940, 1990))
        gp = gps[i]
        d.cat("health")
        body = (f"Dear colleagues,\n\nPlease note a change for {d.full(p)} (DOB {d.dob(p, i)}, NHS {d.nhs(p, 0)}): "
                f"{pick(MEDICINES).split(' ')[0]} stopped after a fall; now on {pick(MEDICINES)}. Blister pack from next week.\n\n"
                f"Regards\nDr {d.full(gp)}\n{d.tr('Pemberton Road Surgery')}\n{d.phone(phone_pick('bristol'), 0)}\n")
        emit(d, w_eml([("From", f"Dr {d.full(gp)} <{d.email(gp)}>"), ("To", f"{d.tr(PH)} <{d.email(PH_MAIL)}>"),
                       ("Subject", "Medication change"), ("Date", mail_date(20 + i))],
                      body, f"<html><body><p>{html.escape(body).replace(chr(10), '<br>')}</p></body></html>", boundary=f"gp{i}"))
    d = Doc("pharmacy-dispensary-inbox.mbox")
    msgs = []
    for k in range(3):
        p = person()
        texts = [lambda: f"Hello,\n\nCould you deliver my husband's insulin pens on Thursday? He has type 2 diabetes and cannot get out. "
                         f"{d.full(p)}, {d.address(p, k)}, {d.phone(p.phone, k)}\n",
                 lambda: f"Hi,\n\nI paid for my glasses by card over the phone, card {d.id('payment_card', CARDS[k], card_written(CARDS[k], k))}, "
                         f"but was charged twice. Please refund.\n{d.full(p)}\n",
                 lambda: f"Hi {d.first(staff[0])},\n\nRota swap agreed for Saturday. Thanks\n{d.first(staff[1])}\n"]
        if k == 0:
            d.cat("health")
        sender = p.email if k < 2 else f"{fold(staff[1].given).lower()}@bellamypharmacy.example.com"
        who = d.full(p) if k < 2 else d.full(staff[1])
        m = w_eml([("From", f"{who} <{d.email(sender)}>"), ("To", d.email(PH_MAIL)), ("Subject", ["Delivery", "Refund", "Rota"][k]),
                   ("Date", mail_date(22 + k))], texts[k]())
        msgs.append((sender, f"Mon Nov {17 + k} 08:1{k}:00 2025", m))
    emit(d, w_mbox(msgs))

    # optician phone orders (card numbers written down)
    d = Doc("optician-phone-orders.csv")
    rows = [["Order", "Customer", "Phone", "Product", "Card", "Expiry", "Taken by"]]
    for k in range(4):
        p = person()
        card = CARDS[(k + 3) % len(CARDS)]
        rows.append([f"PO-{7700 + k}", d.full(p), d.phone(p.phone, k + 2), pick(["Acuvue Oasys 6-pack", "Varifocal lenses", "Sunglasses clip-on"]),
                     d.id("payment_card", card, card_written(card, k)), f"0{k + 3}/28", d.first(staff[2])])
    emit(d, w_csv(rows))


# ---------------------------------------------------------------- nursery and youth sports club
NU = "Daisy Chain Nursery"
NU_MAIL = "office@daisychain-nursery.example.org"
NU_PHONE = phone_pick("cardiff")
FC = "Jackson Park Juniors FC"
FC_MAIL = "welfare@jacksonparkjuniors.example.net"


def nursery() -> None:
    staff = [person("welsh", sex="f"), person("jamaican", sex="f"), person("filipino", sex="f"), person("turkish", sex="m")]
    coaches = [person("somali", sex="m"), person("english", sex="m"), person("polish", sex="f"), person("chinese", sex="m"), person("greek", sex="m")]
    # child registration forms
    profile = [(["racial_ethnic_origin", "religious_belief"], "Ethnicity: Black African (Somali)", "Religion: Muslim — halal meals please"),
               (["health"], "Ethnicity: Prefer not to say", "Medical: eczema, uses emollient cream twice daily"),
               (["religious_belief", "health"], "Ethnicity: Not stated", "Diet: vegetarian (Hindu family); allergy: sesame — carries an EpiPen"),
               ([], "Ethnicity: Prefer not to say", "Medical: none known"),
               (["racial_ethnic_origin"], "Ethnicity: Mixed White and Black Caribbean", "Medical: none known")]
    for i, fmt in enumerate(["docx", "odt", "txt", "docx", "txt"]):
        d = Doc(f"nursery-registration-{i + 1:02d}.{fmt}")
        m = person(sex="f", born=(1985, 2000))
        f = person(m.origin, sex="m", born=(1980, 1998), surname=m.surname if i % 2 == 0 else None)
        c = child_of(m, (2021, 2024))
        cats, eth, med = profile[i]
        d.cat(*cats)
        lines = ["Child registration form", f"Child's full name: {d.full(c)}",
                 f"Known as: {d.nick(c)}", f"Date of birth: {d.dob(c, i)}", eth, med,
                 f"Parent/carer 1: {d.titled(m)} (mother) — {d.phone(m.phone, i)} — {d.email(m)}",
                 f"Parent/carer 2: {d.full(f)} (father) — {d.phone(f.phone, i + 3)}",
                 f"Home address: {d.address(m, i)}",
                 f"GP surgery: {d.tr('Pemberton Road Surgery')}",
                 f"Authorised to collect: {d.full(f)}, grandmother {d.full(person(m.origin, sex='f', born=(1950, 1965)))}",
                 f"Received by {d.full(staff[i % 4])} on {day(1)}"]
        if fmt == "docx":
            emit(d, w_docx([("h", lines[0])] + lines[1:3] + [("box", lines[3:6])] + lines[6:], header=f"{d.tr(NU)} — confidential",
                           footer=f"{d.tr(NU)} · {d.phone(NU_PHONE, 0)} · {d.email(NU_MAIL)}", author=d.full(staff[i % 4])))
        elif fmt == "odt":
            emit(d, w_odt([("h", lines[0])] + lines[1:]))
        else:
            emit(d, w_text("\n".join(lines) + "\n"))

    # allergy and medication sheets
    meds = [("peanut and tree nut allergy", "Adrenaline auto-injector (EpiPen Jr)"), ("asthma", "Salbutamol inhaler, 2 puffs as needed"),
            ("cow's milk protein allergy", "Oat-based milk only"), ("febrile convulsions (history)", "Paracetamol at 38°C, call parent"),
            ("type 1 diabetes", "Insulin pump; blood glucose check before lunch")]
    for i, fmt in enumerate(["xlsx", "csv", "html"]):
        d = Doc(f"nursery-allergy-medication-{i + 1:02d}.{fmt}")
        rows = [["Child", "Room", "Condition / allergy", "Medication", "Consent given by"]]
        for k in range(4):
            par = person(born=(1985, 2000))
            c = child_of(par, (2021, 2024))
            cond, med = meds[(i + k) % len(meds)]
            d.cat("health")
            rows.append([d.full(c), pick(["Buttercups", "Bluebells", "Sunflowers"]), cond, med, d.titled(par)])
        if fmt == "xlsx":
            emit(d, w_xlsx([("Allergies", rows)], author=d.full(staff[1])))
        elif fmt == "csv":
            emit(d, w_csv(rows))
        else:
            trs = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>\n" for r in rows)
            page = f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Allergy board</title></head><body>\n<h1>{html.escape(d.tr(NU))} allergy board</h1>\n<table>\n{trs}</table>\n</body></html>\n"
            emit(d, (page.encode("utf-8"), page + "\n" + "\n".join("\t".join(r) for r in rows)))

    # safeguarding logs
    concerns = [(["health"], "{m} disclosed that she is being treated for postnatal depression and is struggling."),
                (["criminal_offence"], "{f} was released from prison last month (assault) and has asked to collect {c}; not an authorised collector."),
                (["health"], "{c} arrived with a bruise on the left forearm; {m} said {c} fell at soft play. Body map completed.")]
    for i, fmt in enumerate(["docx", "txt", "txt"]):
        d = Doc(f"nursery-safeguarding-log-{i + 1:02d}.{fmt}")
        m = person(sex="f", born=(1988, 2003))
        f = person(m.origin, sex="m", born=(1985, 2000))
        c = child_of(m, (2021, 2024))
        dsl = staff[0]
        entries = []
        for k in range(2):
            cats, text = concerns[(i + k) % 3]
            d.cat(*cats)
            entries.append(f"{day(0)} — " + text.format_map(Lazy(m=lambda: d.first(m) if k else d.full(m), f=lambda: d.full(f),
                                                                    c=lambda: d.first(c))))
        lines = [f"Safeguarding log — child: {d.full(c)} (DOB {d.dob(c, i)})", *entries,
                 f"Action: discussed with the Designated Safeguarding Lead, {d.full(dsl)}; MASH consulted by phone.",
                 f"Logged by {d.full(staff[2])}"]
        if fmt == "docx":
            emit(d, w_docx([("h", lines[0])] + lines[1:], author=d.full(dsl), header=f"{d.tr(NU)} — SAFEGUARDING — restricted",
                           comments=[(dsl.full, f"{d.first(staff[2])}, please add the body map to the file.")]))
        else:
            emit(d, w_text("\n".join(lines) + "\n"))

    # youth football club membership exports
    for i, fmt in enumerate(["json", "csv", "ods"]):
        d = Doc(f"youthclub-members-{i + 1:02d}.{fmt}")
        recs = []
        for k in range(5):
            par = person(born=(1975, 1995))
            c = child_of(par, (2009, 2017))
            med = pick(["None", "Asthma (blue inhaler in kit bag)", "None", "ADHD - medication at school only", "Wears glasses"])
            if med not in ("None", "Wears glasses"):
                d.cat("health")
            recs.append((par, c, med))
        if fmt == "json":
            objs = [{"member_id": f"JPJ{2400 + k}", "first_name": d.first(c), "last_name": d.sur(c), "dob": d.dob(c, 2),
                     "team": pick(["U10 Lions", "U12 Tigers", "U14 Falcons"]), "medical_info": med,
                     "guardian": {"name": d.full(par), "email": d.email(par), "mobile": d.phone(par.phone, k)},
                     "photo_consent": RNG.random() < 0.7} for k, (par, c, med) in enumerate(recs)]
            emit(d, w_json({"club": d.tr(FC), "season": "2025/26", "members": objs}))
        else:
            rows = [["Member", "Date of birth", "Team", "Medical", "Parent/guardian", "Parent email", "Parent phone"]]
            for k, (par, c, med) in enumerate(recs):
                rows.append([d.full(c), d.dob(c, 0), pick(["U10 Lions", "U12 Tigers", "U14 Falcons"]), med, d.full(par), d.email(par),
                             d.phone(par.phone, k)])
            emit(d, w_csv(rows) if fmt == "csv" else w_ods([("Members", rows), ("Fees", [["Season", "Fee"], ["2025/26", 120]])]))

    # coaches' DBS register
    for i, fmt in enumerate(["xlsx", "csv"]):
        d = Doc(f"youthclub-coach-dbs-register-{i + 1:02d}.{fmt}")
        rows = [["Coach", "Role", "Date of birth", "DBS certificate", "Issued", "Result", "Safeguarding course"]]
        for k, co in enumerate(coaches[i:i + 4]):
            result = "Clear" if k != 1 or i != 0 else "Caution 2011 (possession of cannabis) — risk assessed, approved"
            if result != "Clear":
                d.cat("criminal_offence")
            rows.append([d.full(co), pick(["Head coach U12", "Assistant coach", "Goalkeeping coach"]), d.dob(co, k),
                         rand_digits(12) if fmt == "csv" else int("1" + rand_digits(11)), day(0, 2024), result, "FA Safeguarding Children"])
        rows.append(["Welfare officer", d.full(coaches[-1]), "", "", "", "", d.email(FC_MAIL)])
        emit(d, w_xlsx([("DBS", rows)], author=d.full(coaches[-1])) if fmt == "xlsx" else w_csv(rows))

    # parents' newsletter mail with the team sheet attached, and the nursery manager's mailbox
    d = Doc("youthclub-email-team-sheet.eml")
    sec = coaches[3]
    att = [["Player", "DOB", "Shirt"]]
    for k in range(5):
        c = person(born=(2013, 2014))
        att.append([d.full(c), d.dob(c, 0), str(k + 2)])
    star = person(born=(2013, 2014))
    body = (f"Hi all,\n\nAttached is the U12 team sheet for Sunday at {d.tr('Holloway Drive')} rec. Kick-off 10:00.\n"
            f"Player of the month: {d.full(star)}!\n\n{d.full(sec)}\nClub secretary, {d.tr(FC)}\n")
    emit(d, w_eml([("From", f"{d.full(sec)} <{d.email(FC_MAIL)}>"), ("To", f"U12 parents <{d.email('u12-parents@jacksonparkjuniors.example.net')}>"),
                   ("Subject", "U12 team sheet"), ("Date", mail_date(30))], body,
                  f"<html><body><p>{html.escape(body).replace(chr(10), '<br>')}</p></body></html>", ("team-sheet.csv", w_csv(att)[1]), boundary="fc1"))
    d = Doc("nursery-manager-inbox.mbox")
    mgr = staff[1]
    msgs = []
    for k in range(3):
        par = person(sex="f", born=(1985, 2000))
        c = child_of(par, (2021, 2024))
        texts = [lambda: f"Hi {d.first(mgr)},\n\n{d.first(c)} will be off this week with chickenpox. Sorry!\n{d.full(par)}\n",
                 lambda: f"Dear {d.formal(mgr)},\n\nPlease can {d.first(c)} keep her hijab on at nap time, it is part of our faith.\n{d.full(par)}\n",
                 lambda: f"Hello,\n\nWe would like to apply for 30 hours funding for {d.full(c)}. Our code is {rand_digits(11)}.\n{d.full(par)}\n{d.phone(par.phone, 2)}\n"]
        if k == 0:
            d.cat("health")
        if k == 1:
            d.cat("religious_belief")
        msgs.append((par.email, f"Tue Nov {18 + k} 07:4{k}:00 2025",
                     w_eml([("From", f"{d.full(par)} <{d.email(par)}>"), ("To", f"{d.full(mgr)} <{d.email(NU_MAIL)}>"),
                            ("Subject", ["Absence", "Nap time", "Funding"][k]), ("Date", mail_date(31 + k))], texts[k]())))
    emit(d, w_mbox(msgs))


# ---------------------------------------------------------------- faith-run community food bank
FB = "St Aidan's Community Food Bank"
FB_MAIL = "foodbank@staidans.example.org"
FB_PHONE = phone_pick("edinburgh")


def foodbank() -> None:
    team = [person("ghanaian", sex="f"), person("english", sex="m"), person("srilankan", sex="f"), person("ukrainian", sex="m")]
    reasons = [("health", "Sickness / ill health — recovering from a stroke, off work"), (None, "Benefit delays — Universal Credit first payment"),
               (None, "Debt — bailiff letter for council tax"), ("health", "Sickness / ill health — long COVID, reduced hours"),
               (None, "Low income — zero-hours contract")]
    diets = [(None, "No dietary needs"), ("religious_belief", "Halal only"), ("health", "Diabetic — low sugar please"),
             ("religious_belief", "No pork or gelatine (religious reasons)"), (None, "No dietary needs")]
    for i, fmt in enumerate(["txt", "docx", "md", "odt", "txt"]):
        d = Doc(f"foodbank-referral-voucher-{i + 1:02d}.{fmt}")
        c = person(born=(1960, 2002))
        ref = person()
        kids = [child_of(c, (2012, 2022)) for _ in range(i % 3)]
        rc, reason = reasons[i]
        dc, diet = diets[i]
        d.cat(*(x for x in (rc, dc) if x))
        agency = pick(["Citizens Advice Sheffield", "Oldham Council Welfare Rights", "Hope Street Family Hub"])
        lines = [f"Food bank referral — voucher FB-{4410 + i * 3}",
                 f"Client: {d.full(c)}", f"Date of birth: {d.dob(c, i)}", f"Address: {d.address(c, i)}",
                 f"Phone: {d.phone(c.phone, i)}",
                 f"Household: {', '.join(f'{d.first(k)} ({2025 - k.dob[0]})' for k in kids) if kids else 'single adult'}",
                 f"Reason for referral: {reason}", f"Dietary requirements: {diet}",
                 f"Referrer: {d.full(ref)}, {d.tr(agency)}, {d.email(ref)}",
                 f"Redeemed at {d.tr(FB)} by {d.full(team[i % 4])}"]
        if fmt == "docx":
            emit(d, w_docx([("h", lines[0]), ("table", [l.split(": ", 1) for l in lines[1:8]])] + lines[8:],
                           footer=f"{d.tr(FB)} · {d.phone(FB_PHONE, 0)} · {d.email(FB_MAIL)}", author=d.full(team[i % 4])))
        elif fmt == "odt":
            emit(d, w_odt([("h", lines[0])] + lines[1:]))
        elif fmt == "md":
            emit(d, w_text(f"# {lines[0]}\n\n" + "\n".join(f"- **{l.split(': ', 1)[0]}:** {l.split(': ', 1)[1]}" if ": " in l else l
                                                              for l in lines[1:]) + "\n"))
        else:
            emit(d, w_text("\n".join(lines) + "\n"))

    # volunteer lists
    for i, fmt in enumerate(["csv", "xlsx"]):
        d = Doc(f"foodbank-volunteers-{i + 1:02d}.{fmt}")
        rows = [["Name", "Mobile", "Email", "Role", "DBS checked", "Member of St Aidan's congregation", "Emergency contact"]]
        for k in range(6):
            v = person()
            ec = person()
            member = pick(["Yes", "No", "No"])
            if member == "Yes":
                d.cat("religious_belief")
            rows.append([d.full(v) if k % 2 else d.rev(v), d.phone(v.phone, k), d.email(v), pick(["Warehouse", "Driver", "Welcome desk", "Trustee"]),
                         pick(["Yes - 2024", "Not required", "Yes - 2025"]), member, f"{d.full(ec)} {d.phone(ec.phone, k + 1)}"])
        d.tr("St Aidan's")
        emit(d, w_csv(rows) if fmt == "csv" else w_xlsx([("Volunteers", rows), ("Rota", [["Day", "Lead"], ["Tue", d.first(team[1])], ["Fri", d.first(team[2])]])],
                                                     author=d.full(team[0])))

    # gift-aid declarations
    for i, fmt in enumerate(["txt", "rtf", "csv"]):
        d = Doc(f"foodbank-gift-aid-{i + 1:02d}.{fmt}")
        if fmt == "csv":
            rows = [["Title", "First name", "Last name", "House", "Postcode", "Amount", "Declaration date", "Standing order sort code", "Account"]]
            for k in range(6):
                p = person()
                sort, acc = bank_pair()
                d.bank(sort, acc)
                rows.append([p.title, d.first(p), d.sur(p), p.house, d.pc(p.postcode, k), f"{RNG.randint(5, 50)}.00", day(0), sortcode_written(sort, k), acc])
            emit(d, w_csv(rows))
            continue
        p = person()
        sort, acc = bank_pair()
        d.bank(sort, acc)
        lines = [f"# {FB} — Gift Aid declaration", "", f"Title: {p.title}   First name: {d.first(p)}   Surname: {d.sur(p)}",
                 f"Home address: {d.address(p, i)}",
                 "I want to Gift Aid my donation and any donations I make in the future or have made in the past 4 years to "
                 f"{d.tr(FB)}. I am a UK taxpayer.",
                 f"Standing order: £{RNG.randint(5, 30)} monthly from sort code {sortcode_written(sort, i)}, account {acc}",
                 f"Signed: {d.full(p)}   Date: {day(0)}"]
        d.tr(FB)
        emit(d, w_rtf(lines) if fmt == "rtf" else w_text("\n".join(l.lstrip("# ") for l in lines) + "\n"))

    # newsletters naming members
    for i, fmt in enumerate(["html", "md", "eml"]):
        d = Doc(f"foodbank-newsletter-{i + 1:02d}.{fmt}")
        a, b, c, e = person(), person(), person(), person()
        d.cat("religious_belief", "health")
        paras = [f"Thank you to everyone who donated at the harvest festival: {d.tr(FB)} gave out 312 parcels in October.",
                 f"Please keep in your prayers {d.full(a)}, a member of our congregation, who is in hospital after a heart attack, "
                 f"and {d.full(b)}, recovering from chemotherapy.",
                 f"Congratulations to {d.full(c)}, confirmed by the Bishop at the Sunday Eucharist last week.",
                 f"Welcome to our new warehouse lead, {d.full(e)}. Contact the office on {d.phone(FB_PHONE, i)} or {d.email(FB_MAIL)}.",
                 f"Editor: {d.full(team[2])}"]
        if fmt == "html":
            page = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Parish and food bank news</title></head><body>\n"
                    "<h1>St Aidan's News — November</h1>\n" + "".join(f"<p>{html.escape(p)}</p>\n" for p in paras) + "</body></html>\n")
            d.tr("St Aidan's")
            emit(d, (page.encode("utf-8"), page + "\n".join(paras)))
        elif fmt == "md":
            emit(d, w_text("# St Aidan's News — December\n\n" + "\n\n".join(paras) + "\n"))
            d.tr("St Aidan's")
        else:
            body = "\n\n".join(paras) + "\n"
            emit(d, w_eml([("From", f"{d.full(team[2])} <{d.email(FB_MAIL)}>"), ("To", d.email("members@staidans.example.org")),
                           ("Subject", "Parish news"), ("Date", mail_date(40))], body,
                          "<html><body>" + "".join(f"<p>{html.escape(p)}</p>" for p in paras) + "</body></html>", boundary="fb1"))

    # the coordinator's mailbox and the food bank system export
    d = Doc("foodbank-coordinator-inbox.mbox")
    co = team[0]
    msgs = []
    for k in range(3):
        p = person()
        texts = [lambda: f"Hi {d.first(co)},\n\nCan we add {d.full(p)} to Friday's delivery? She is housebound after a hip replacement. "
                         f"{d.address(p, k)}\n\nThanks\n{d.first(team[1])}\n",
                 lambda: f"Dear {d.first(co)},\n\nI can drive on Tuesdays from January. My licence is {d.id('uk_driving_licence', (lic := licence(p)), licence_written(lic, 1))}.\n"
                         f"Best\n{d.full(p)}\n",
                 lambda: f"{d.first(co)}, trustee meeting moved to Thursday. Agenda attached later.\n{d.full(team[3])}\n"]
        if k == 0:
            d.cat("health")
        sender = [f"{fold(team[1].given).lower()}@staidans.example.org", p.email, f"{fold(team[3].given).lower()}@staidans.example.org"][k]
        who = [team[1], p, team[3]][k]
        m = w_eml([("From", f"{d.full(who)} <{d.email(sender)}>"), ("To", f"{d.full(co)} <{d.email(FB_MAIL)}>"),
                   ("Subject", ["Delivery", "Volunteering", "Trustees"][k]), ("Date", mail_date(41 + k))], texts[k]())
        msgs.append((sender, f"Wed Nov {19 + k} 12:0{k}:00 2025", m))
    emit(d, w_mbox(msgs))
    d = Doc("foodbank-client-export.json")
    clients = []
    for k in range(5):
        p = person()
        rc, reason = reasons[k]
        if rc:
            d.cat(rc)
        clients.append({"ClientId": 88100 + k, "ClientName": d.full(p), "Postcode": d.pc(p.postcode, k),
                        "PhoneNumber": d.phone(p.phone, k + 1), "VouchersThisYear": RNG.randint(1, 3), "PrimaryReason": reason.split(" — ")[0],
                        "ReasonDetail": reason})
    emit(d, w_json({"export": "clients", "generated": "2025-11-20", "rows": clients}))


# ---------------------------------------------------------------- policy, privacy-notice, training and minutes prose
def negatives() -> None:
    owners = [person("indian", sex="f"), person("scottish", sex="m"), person("nigerian", sex="m")]
    texts = {
        "policy-tenancy-sustainment.md": ("md", [
            "# Tenancy sustainment policy",
            f"{HA} supports tenants whose tenancy is at risk. Common reasons include mental health conditions such as "
            "depression, anxiety or schizophrenia, drug or alcohol dependency, dementia, and physical disabilities.",
            "Officers record a vulnerability flag only with the tenant's consent and review it every twelve months. "
            "A tenant leaving prison, or on probation, may be referred to the resettlement service.",
            "We do not record religion or sexual orientation on the repairs system."]),
        "policy-privacy-notice-candidates.txt": ("txt", [
            f"{RA}: privacy notice for candidates",
            "We collect your CV, contact details and right-to-work documents. Where a role requires it we ask about "
            "criminal convictions and cautions through a basic, standard or enhanced DBS check.",
            "Equality monitoring (ethnic origin, religion or belief, sexual orientation, disability) is optional, "
            "kept apart from your application and reported only in aggregate.",
            "We never ask whether you belong to a trade union. Health information is collected only after an offer, "
            "to plan reasonable adjustments.",
            "Questions: contact the Data Protection Officer."]),
        "policy-dbs-and-criminal-records.docx": ("docx", [
            "Policy on DBS checks and criminal records information",
            "Enhanced checks with a barred list check are required for coaches and nursery practitioners working with children.",
            "A conviction or caution does not automatically bar an applicant. The welfare officer considers the nature of the "
            "offence, for example theft, assault, drug possession or a sexual offence, its relevance to the role and the time elapsed.",
            "Certificates are seen, the certificate number and date recorded, and the certificate itself returned; no copy is kept.",
            "Spent convictions are not disclosed on standard and enhanced certificates except where the filtering rules require it."]),
        "policy-equality-monitoring.html": ("html", [
            "Equality, diversity and inclusion monitoring",
            "We ask volunteers and clients about ethnic origin (for example White British, Black Caribbean, Bangladeshi, "
            "Gypsy or Irish Traveller), religion (Christian, Muslim, Hindu, Sikh, Jewish, Buddhist, no religion), "
            "disability, sexual orientation (heterosexual, gay, lesbian, bisexual) and gender identity.",
            "Every question has a 'prefer not to say' answer. Results are reported to trustees in aggregate only.",
            "Figures for groups of fewer than ten people are suppressed."]),
        "policy-safeguarding-children.odt": ("odt", [
            "Safeguarding and child protection policy",
            f"{NU} follows the local safeguarding partnership's procedures. Signs of abuse include unexplained bruising, "
            "burns, weight loss, withdrawn behaviour and sexualised behaviour.",
            "Parental factors that raise risk include domestic abuse, substance misuse, mental illness and a parent's "
            "criminal record for violent or sexual offences.",
            "Staff record concerns on the day, factually, and pass them to the Designated Safeguarding Lead."]),
        "policy-faith-and-food-parcels.txt": ("txt", [
            f"{FB}: faith, diet and food parcels",
            "We serve people of every faith and none. Parcels can be made up halal, kosher, vegetarian or vegan on request, "
            "and we stock gluten-free and low-sugar items for people with coeliac disease or diabetes.",
            "Volunteers do not need to be churchgoers, and no client is asked about religion.",
            "Prayer is never a condition of help. Clients may decline the chaplaincy leaflet."]),
        "policy-trade-union-recognition.md": ("md", [
            "# Trade union recognition and facility time",
            f"{HA} recognises UNISON and Unite for collective bargaining. Union representatives receive paid facility time.",
            "Union subscriptions can be deducted through payroll (check-off) at the member's request; the list of members "
            "is held by payroll alone.",
            "Political fund contributions are a matter for each member."]),
        "training-lgbt-inclusion.md": ("md", [
            "# Training: LGBT+ inclusion in youth sport",
            "Module 2 covers homophobic and transphobic language on the touchline, and how coaches respond.",
            "Young people may come out as gay, lesbian, bisexual or transgender to a trusted coach; the coach does not "
            "share this with parents without the young person's agreement unless there is a safeguarding risk.",
            "Quiz: which of these is a protected characteristic? (a) sexual orientation (b) team colours (c) religion or belief"]),
        "training-medicines-handling.txt": ("txt", [
            "Medicines handling training — nursery staff",
            "Prescribed medicines (antibiotics, inhalers for asthma, adrenaline auto-injectors for anaphylaxis) are given "
            "only with written parental consent.",
            "Controlled drugs such as methylphenidate for ADHD are stored locked and counted by two staff.",
            "Record each dose on the medication sheet, with time, dose and both signatures. Report any error the same day."]),
        "training-slides-data-protection.html": ("html", [
            "Data protection for pharmacy staff — slides",
            "Slide 3: Special category data: health (prescriptions, eye-test results, exemption reasons such as pregnancy "
            "or a medical exemption), racial or ethnic origin, religion, genetic and biometric data, sex life and sexual orientation.",
            "Slide 4: A prescription for methadone or an HIV antiretroviral is highly sensitive: never discuss it at the counter.",
            "Slide 5: Criminal offence data (for example a customer's conviction for shoplifting) is covered by Article 10.",
            "Slide 6: Questions?"]),
        "policy-board-minutes-2025-10.txt": ("txt", [
            f"{HA} — Board meeting, 21 October 2025 — minutes",
            "Item 4. Equality report: the share of new tenants from Black African and Pakistani backgrounds rose; "
            "the board asked for religion and sexual orientation data to be collected at sign-up with a clear opt-out.",
            "Item 5. Health and housing: referrals for tenants with mental health needs, dementia and learning disabilities "
            "increased by 18%. The board noted pressure on the tenancy sustainment team.",
            "Item 6. Staff: the recognised unions (UNISON, Unite) were consulted on the restructure; no redundancies.",
            "Item 7. ASB: cases involving drug dealing and criminal damage fell; two closure orders were obtained."]),
        "training-right-to-work-and-dbs.docx": ("docx", [
            "Training: right-to-work checks and DBS for consultants",
            "Nationality and immigration status are not special category data, but handle share codes and passport copies carefully.",
            "Never ask a candidate about their religion, ethnic origin, sexual orientation, pregnancy or trade union membership at interview.",
            "A DBS certificate may reveal convictions, cautions, reprimands or warnings; record only the certificate number and outcome.",
            "Disability and health questions come after an offer, and only to plan adjustments."]),
    }
    for i, (name, (fmt, paras)) in enumerate(sorted(texts.items())):
        d = Doc(name)
        for org in (HA, RA, NU, FB, "St Aidan's"):
            d.tr(org)
        if i % 4 == 0:
            o = owners[i % 3]
            paras = paras + [f"Document owner: {d.full(o)}, Head of Compliance. Approved {day(1)}."]
        if fmt == "docx":
            emit(d, w_docx([("h", paras[0])] + paras[1:], author="Compliance team", footer="Uncontrolled when printed"))
        elif fmt == "odt":
            emit(d, w_odt([("h", paras[0])] + paras[1:]))
        elif fmt == "html":
            page = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + html.escape(paras[0]) + "</title></head><body>\n<h1>"
                    + html.escape(paras[0]) + "</h1>\n" + "".join(f"<section><p>{html.escape(p)}</p></section>\n" for p in paras[1:]) + "</body></html>\n")
            emit(d, (page.encode("utf-8"), page + "\n".join(paras)))
        else:
            emit(d, w_text("\n\n".join(paras) + "\n"))


# ---------------------------------------------------------------- the rarer categories (genetic, biometric, political, sexual orientation)
def rarer() -> None:
    # a client site's fingerprint clock-in export
    d = Doc("recruit-clock-in-export.csv")
    rows = [["Site", "Worker", "Agency ref", "Method", "Template enrolled", "First clock-in"]]
    for k in range(5):
        w = person(born=(1970, 2004))
        rows.append([d.tr("Crawford Foods"), d.rev(w, caps=True) if k % 2 else d.full(w), f"MF{30600 + k}",
                     "Fingerprint (right index)", day(0), f"2025-11-{3 + k:02d} 05:5{k}"])
    d.cat("biometric")
    emit(d, w_csv(rows))
    # parents enrolled on the nursery's face-recognition door entry
    d = Doc("nursery-door-entry-enrolment.xlsx")
    rows = [["Parent/carer", "Child", "Face template enrolled", "Mobile"]]
    for k in range(4):
        par = person(born=(1982, 2000))
        c = child_of(par, (2021, 2024))
        rows.append([d.full(par), d.full(c), day(0), d.phone(par.phone, k)])
    d.cat("biometric")
    mgr = person("welsh", sex="f")
    emit(d, w_xlsx([("Door entry", rows), ("Notes", [["Enrolled by", d.full(mgr)], ["System", "FaceGate 3 biometric reader"]])],
                   author=d.full(mgr)))
    # an optometrist's referral for genetic testing
    d = Doc("optician-genetics-referral.docx")
    p = person(sex="f", born=(1985, 2000))
    opt = person("greek", sex="f")
    d.cat("genetic", "health")
    emit(d, w_docx([("h", "Referral to the inherited eye disease clinic"),
                    f"Patient: {d.titled(p)}, date of birth {d.dob(p, 1)}, NHS number {d.nhs(p, 0)}",
                    f"{d.first(p)} has night blindness and constricted visual fields consistent with retinitis pigmentosa. "
                    "Her maternal uncle carries an RPGR variant; please consider genetic testing for the family variant.",
                    f"Optometrist: {d.full(opt)}"], header=f"{d.tr(PH)}", author=d.full(opt),
                   comments=[(opt.full, f"Copy to GP and to {d.first(p)}.")]))
    # a nursery registration: a child with cystic fibrosis, two mothers
    d = Doc("nursery-registration-06.txt")
    m = person(sex="f", born=(1985, 1998))
    m2 = person(sex="f", born=(1985, 1998))
    c = child_of(m, (2022, 2024))
    d.cat("genetic", "health", "sex_life_orientation")
    emit(d, w_text("\n".join([
        "Child registration form", f"Child's full name: {d.full(c)}", f"Date of birth: {d.dob(c, 5)}",
        "Medical: cystic fibrosis (two CFTR variants found on genetic testing after the newborn heel-prick screen); "
        "Creon with every meal and snack",
        f"Parent/carer 1: {d.full(m)} — {d.phone(m.phone, 3)}",
        f"Parent/carer 2: {d.full(m2)} ({d.first(m)}'s wife) — {d.email(m2)}",
        f"Home address: {d.address(m, 1)}"]) + "\n"))
    # a housing support plan: a predictive gene test
    d = Doc("housing-support-plan-04.txt")
    t = person(born=(1975, 1995))
    w = person("ghanaian", sex="f")
    d.cat("genetic")
    emit(d, w_text("\n".join([
        f"Support plan review — {d.full(t)}", f"Date of birth: {d.dob(t, 6)}",
        f"{d.first(t)} told us a predictive test in 2022 showed {d.first(t)} carries the Huntington's disease gene; no symptoms at present.",
        "Goal: plan a future move to a ground-floor flat; no change needed now.",
        f"Support worker: {d.full(w)}"]) + "\n"))
    # tenants' association minutes: party membership and orientation
    d = Doc("housing-tenants-association-minutes.md")
    ch, v1, v2, off = person(), person(sex="m"), person(), person("english", sex="f")
    d.cat("political_opinion", "sex_life_orientation")
    emit(d, w_text("\n".join([
        f"# {d.tr('Keane Street')} Tenants' Association — minutes, 6 November",
        "", f"Present: {d.full(ch)} (chair), {d.full(v1)}, {d.full(v2)}, {d.full(off)} ({d.tr(HA)})", "",
        f"1. {d.first(ch)}, who is standing as a Labour Party candidate in the May council elections, stepped back from the chair for item 2.",
        f"2. {d.first(v1)} said that, as a gay man, he no longer feels safe in the stairwell after the graffiti; {d.first(off)} will chase CCTV.",
        f"3. {d.first(v2)} asked about the communal garden. Next meeting 4 December."]) + "\n"))
    # a food bank volunteer's mail: polling day
    d = Doc("foodbank-volunteer-email.eml")
    v = person()
    co = person("ghanaian", sex="m")
    d.cat("political_opinion")
    body = (f"Hi {d.first(co)},\n\nI can't do the Thursday shift on 7 May: I'm standing for the Green Party in {d.tr('Albion')} ward "
            f"and will be at the count.\n\nBack the week after,\n{d.full(v)}\n")
    emit(d, w_eml([("From", f"{d.full(v)} <{d.email(v)}>"), ("To", f"{d.full(co)} <{d.email(FB_MAIL)}>"), ("Subject", "Shift swap"),
                   ("Date", mail_date(50))], body))
    # a youth club welfare note
    d = Doc("youthclub-welfare-note.txt")
    pl = person(sex="m", born=(2009, 2011))
    co = person("irish", sex="m")
    wo = person("bangladeshi", sex="f")
    d.cat("sex_life_orientation")
    emit(d, w_text("\n".join([
        f"Welfare note — {d.tr(FC)}", f"Player: {d.full(pl)} (U16)",
        f"{d.first(pl)} told coach {d.full(co)} that he is gay and that two teammates have been sending him abusive messages.",
        f"{d.first(pl)} does not want his parents told yet. Screenshots kept by the welfare officer, {d.full(wo)}.",
        f"Logged {day(1)} by {d.initial(co)}"]) + "\n"))


def build() -> None:
    housing()
    recruitment()
    pharmacy()
    nursery()
    foodbank()
    rarer()
    negatives()


if __name__ == "__main__":
    main()
