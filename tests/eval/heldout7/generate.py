#!/usr/bin/env python3
"""(Re)create dpscan's SEVENTH held-out evaluation set: the records a youth
offending team and probation office, a refugee and asylum support charity, a
clinical genetics service and a biobank study, a local political party
association and a campaign group, a building-access and school-catering
systems company, and an LGBT+ community centre and helpline hold.

Usage:  python3 tests/eval/heldout7/generate.py

Python 3.11, standard library only, deterministic (``random.Random(16180)``,
fixed zip timestamps, fixed MIME boundaries): two runs, under any
``PYTHONHASHSEED``, give byte-identical files. ``docs/`` is deleted and
rebuilt, ``labels.jsonl`` rewritten.

This set is blind: written without reading dpscan's detectors, rules, the
other sets' documents or generators (only the contract, the README, the eval
test, the label-format section of tests/eval/README.md, heldout6's README and
its generator's docstring), and only ever measured. Templates and name lists
are new.

Documents: youth justice assessments, a court outcomes list, a victim
liaison note, a curfew and tag log, a referral order contract, a
pre-sentence report, multi-agency meeting mail, a probation case export, a
caseload workbook, an approved premises register; refugee casework notes, a
client register, interpreter bookings, a GP registration letter, asylum
statement notes, hardship payments (TSV and a mail with a CSV attachment),
a CRM export, a volunteer rota, a caseworkers' mailbox; a family pedigree,
carrier results, clinic and referral letters, a biobank consent form,
sample manifest, participant export and recall list, cascade letters, MDT
minutes; party membership renewals, canvass returns, delivery rounds,
donations, candidate selection notes, petition signatories' views,
organisers' mail, website sign-ups, ward contacts; fingerprint and face
enrolment exports, a door log with reader IPs, catering consent forms,
pupil accounts, an allergen register, top-up payments, support tickets, a
site audit; an LGBT+ group register, helpline call notes, a counselling
referral, event sign-ups, two name-change letters, supervision notes, a
shift log, a Pride bus mail, a youth group registration; and policy,
privacy notice, training and board-minutes prose naming no one
(``policy-*``, ``training-*``). Formats: text, Markdown, CSV, TSV, mail
(multipart with quoted-printable text and HTML, RFC 2047 display names, a
base64 CSV attachment, reply quoting), mbox, HTML, Word (header, footer,
comments with authors, tables, a VML text box, document author), Excel
(key/value sheets, header rows, two sheets, NHS numbers and amounts typed
as numbers), ODF text and spreadsheet (with manifest), RTF, JSON and JSON
Lines with each system's own field names. Nicknames (Funmi, Paddy, Kasia)
sign mails and notes; a Word file's author property and its comments'
authors are labelled names.

Labels come from the structures that write the text:

* ``ids``: ``[kind, normalised value]`` of every identifier written (the
  organisations' own phones, emails and postcodes too), normalised as
  CONTRACT.md says;
* ``names``: every person-name string as written, titles (Mr, Mrs, Ms, Miss,
  Dr, and Mx) left out; a check refuses a document in which a person's name
  part or nickname (as written or in capitals) occurs outside a labelled
  mention, a recorded distractor (street, organisation, product, condition),
  an email address or a written identifier, whose written identifiers or
  labels do not occur in its text, or which writes an email address, a QQ
  NINO, an Ofcom mobile or a documentation IP that is not labelled;
* ``categories``: the special categories revealed about a named person.
  As in heldout5 and heldout6: "Prefer not to say", "None" and "No" answers,
  nationality and immigration status are nothing; a conviction, caution,
  charge, court outcome of the person named is criminal offence, a crime's
  victim is not; a medicine, condition, injury, aid, symptom or appointment
  for treatment on a person's line is health; prayer times, a faith diet,
  a festival or a place of worship is religious belief; union membership is
  trade union; a Message-ID is not an email address.
  New here: a referral order, curfew, electronic tag, court outcome or
  offence on a young person's line is criminal offence; a victim's injury
  is health about the victim; dyslexia, ADHD, self-harm or substance misuse
  is health. A refugee's country of origin, nationality, language spoken
  or need for an interpreter is nothing; an ethnic group (Hazara, Kurdish,
  Oromo, Tigrayan, Roma) is racial or ethnic origin; a conversion or faith
  named as a persecution ground is religious belief, membership of an
  opposition party political opinion, fear of persecution for being gay
  sex life or orientation; GP registration alone is nothing, a condition,
  scar or torture report is health; a Home Office reference is no kind of
  the contract. Carrier results, pedigrees with an inherited condition, a
  genotype, a predictive test and a sample sent for sequencing are
  genetic; a cancer or other diagnosis is health as well; a consent form
  with ticked boxes and no result reveals nothing, its eligibility
  condition does; an ancestry panel (Ashkenazi Jewish) on a person's
  result line is racial or ethnic origin. Party membership, a canvass return's voting intention, a
  donation to a party, delivering leaflets for it, standing as its
  candidate and a petition signatory's stated view on a policy are
  political opinion; a "won't say" canvass return is nothing. A fingerprint
  or face enrolment, a stored template or a biometric match on an access
  log is biometric; a fob or PIN entry is nothing; a catering account
  "paying by finger" is biometric; halal, kosher, "no pork" on faith
  grounds is religious belief, vegetarian is nothing, an allergy or
  coeliac disease is health. Attending a lesbian, gay or bi group, a caller
  coming out, a same-sex partner named as such is sex life or orientation;
  being trans is not an Article 9 category by itself (a protected
  characteristic, not special-category data), hormones and gender identity
  clinic appointments are health; a name-change letter names the person by
  both names, each a labelled name; an HIV diagnosis is health.

Everything is fictional: emails use example.com/.org/.net, phones Ofcom's
drama ranges, NHS numbers the 999 test range, NINOs the QQ prefix, cards the
schemes' published test numbers, postcodes Royal Mail's published format
examples, IPs the documentation ranges, IBANs valid check digits on made-up
accounts, UK bank details sort codes of single Vocalink MOD11 rows (v7.70, no
exception, weights copied below) with account numbers made to pass them.
"""

from __future__ import annotations

import base64
import html
import json
import quopri
import random
import re
import shutil
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from xml.sax.saxutils import escape as xesc

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
R = random.Random(16180)
ZIP_TIME = (2026, 5, 21, 9, 40, 0)

# ---------------------------------------------------------------- people

# origin: (women's given names, men's given names, surnames; "m|f" forms by sex)
ORIGINS = {
    "english": (["Joanne", "Hayley", "Gemma", "Stacey", "Leanne"], ["Craig", "Stuart", "Wayne", "Dean", "Gavin"],
                ["Hebblethwaite", "Oldroyd", "Whitworth", "Cartwright", "Beckwith", "Sutcliffe"]),
    "welsh": (["Angharad", "Rhiannon", "Eluned", "Nerys"], ["Dafydd", "Iwan", "Geraint", "Rhodri"],
              ["Prys", "Llewelyn", "Pritchard", "Jenkins-Prys", "ab Iorwerth"]),
    "scottish": (["Morag", "Kirsty", "Eilidh", "Isla"], ["Calum", "Fraser", "Hamish", "Lachlan"],
                 ["MacLeod", "McAllister", "Drummond", "Urquhart"]),
    "irish": (["Siobhan", "Niamh", "Aoife", "Roisin"], ["Ciaran", "Padraig", "Declan", "Eoin"],
              ["O'Donoghue", "Kavanagh", "Ó Briain", "Mulcahy"]),
    "pakistani": (["Saima", "Nosheen", "Rabia", "Iqra"], ["Imran", "Tariq", "Zeeshan", "Usman"],
                  ["Chaudhry", "Qureshi", "Mirza", "Siddiqui"]),
    "indian": (["Priyanka", "Deepa", "Harpreet", "Lakshmi"], ["Rajesh", "Sandeep", "Arjun", "Vikram"],
               ["Venkatesan", "Sandhu", "Bhattacharya", "Patil"]),
    "bangladeshi": (["Nasrin", "Shirin", "Tahmina", "Rumana"], ["Shahid", "Jahangir", "Rafiq", "Mizanur"],
                    ["Uddin", "Miah", "Chowdhury", "Talukdar"]),
    "srilankan": (["Tharshini", "Nirosha", "Dilani"], ["Kasun", "Thusitha", "Sivakumar"],
                  ["Perera", "Jayasuriya", "Sivapalan", "Wickramasinghe"]),
    "polish": (["Agnieszka", "Katarzyna", "Zofia"], ["Tomasz", "Paweł", "Krzysztof"],
               ["Wiśniewski|Wiśniewska", "Zieliński|Zielińska", "Kowalczyk", "Mazur"]),
    "romanian": (["Ioana", "Andreea", "Mihaela"], ["Bogdan", "Florin", "Mihai"],
                 ["Popescu", "Ionescu", "Dumitrescu"]),
    "bulgarian": (["Desislava", "Tsvetelina", "Radka"], ["Stoyan", "Hristo", "Nikolay"],
                  ["Petrov|Petrova", "Dimitrov|Dimitrova", "Georgiev|Georgieva"]),
    "nigerian": (["Chiamaka", "Funmilayo", "Ngozi", "Temitope"], ["Oluwaseun", "Chinedu", "Babatunde", "Emeka"],
                 ["Adeyemi", "Okonkwo", "Ogunleye", "Nwachukwu"]),
    "ghanaian": (["Akosua", "Abena", "Efua"], ["Kwabena", "Kofi", "Yaw"], ["Mensah", "Owusu", "Asante", "Boateng"]),
    "somali": (["Hodan", "Ubah", "Faadumo"], ["Abdirahman", "Mahad", "Abdullahi"], ["Warsame", "Jama", "Hirsi"]),
    "sudanese": (["Ikhlas", "Nafisa", "Samah"], ["Osman", "Elfatih", "Abdelrahim"], ["Elamin", "Abdelgadir", "Babiker"]),
    "jamaican": (["Marcia", "Sharlene", "Yvonne"], ["Delroy", "Winston", "Errol"], ["McKenzie", "Barrett", "Gayle"]),
    "chinese": (["Xiaoling", "Meiling", "Yuxin"], ["Jianguo", "Zhiwei", "Haoran"], ["Zhang", "Liu", "Huang"]),
    "hongkong": (["Ka-yan", "Wing-sze", "Mandy"], ["Ho-yin", "Kelvin", "Chun-kit"], ["Cheung", "Leung", "Tsang"]),
    "filipino": (["Maricel", "Rowena", "Jocelyn"], ["Rodel", "Jerome", "Arnel"], ["dela Cruz", "Bautista", "Macapagal"]),
    "turkish": (["Elif", "Zeynep", "Derya"], ["Mehmet", "Emre", "Serkan"], ["Yıldız", "Öztürk", "Aydın"]),
    "greek": (["Eleni", "Despina", "Vasiliki"], ["Giorgos", "Stavros", "Nikos"],
              ["Papadopoulos|Papadopoulou", "Christodoulou", "Georgiou"]),
    "portuguese": (["Joana", "Inês", "Beatriz"], ["Tiago", "Duarte", "Rui"], ["Ferreira", "da Silva", "Carvalho"]),
    "spanish": (["Lucía", "Nerea", "Pilar"], ["Javier", "Álvaro", "Iñaki"], ["Gutiérrez", "Moreno", "Ruiz Castillo"]),
    "afghan": (["Mursal", "Farzana", "Zarghona"], ["Habibullah", "Farhad", "Naqibullah"],
               ["Ahmadzai", "Stanikzai", "Noori", "Hashimi"]),
    "ukrainian": (["Oksana", "Olena", "Yuliia"], ["Taras", "Bohdan", "Andrii"],
                  ["Kovalenko", "Shevchuk", "Bondarenko", "Tkachenko"]),
}
NICKS = {"Babatunde": "Tunde", "Oluwaseun": "Seun", "Katarzyna": "Kasia", "Krzysztof": "Krzys",
         "Abdirahman": "Abdi", "Lachlan": "Lachie", "Funmilayo": "Funmi", "Chiamaka": "Amaka",
         "Habibullah": "Habib", "Temitope": "Temi", "Padraig": "Paddy", "Giorgos": "George"}
USED: set[tuple[str, str]] = set()
PEOPLE: list["Person"] = []


@dataclass
class Person:
    given: str
    surname: str
    sex: str
    origin: str
    born: date
    title: str

    @property
    def nick(self) -> str | None:
        return NICKS.get(self.given)

    def parts(self) -> list[str]:
        words = re.split(r"[\s\-]+", f"{self.given} {self.surname}") + [self.given, self.surname]
        if self.nick:
            words.append(self.nick)
        return [w for w in words if len(w) >= 3 and not w.islower()]

    def ascii(self) -> tuple[str, str]:
        def a(s: str) -> str:
            s = unicodedata.normalize("NFKD", s.replace("ı", "i").replace("ł", "l"))
            return re.sub(r"[^A-Za-z]", "", "".join(c for c in s if not unicodedata.combining(c)))
        return a(self.given), a(self.surname)


def born(lo: int, hi: int) -> date:
    return date(lo, 1, 1) + timedelta(days=R.randrange((date(hi, 12, 31) - date(lo, 1, 1)).days))


def person(sex: str | None = None, origin: str | None = None, lo: int = 1950, hi: int = 2000,
           surname: str | None = None, given: str | None = None) -> Person:
    for tries in range(10 ** 4):
        o = origin if origin and tries < 100 else R.choice(sorted(ORIGINS))
        s = sex or R.choice("mf")
        women, men, surnames = ORIGINS[o]
        g = given or R.choice(women if s == "f" else men)
        sn = surname or R.choice(surnames)
        sn = next((f for f in ORIGINS[origin or o][2] if sn in f.split("|")), sn)
        if "|" in sn:
            sn = sn.split("|")[s == "f"]
        if (g, sn) not in USED:
            USED.add((g, sn))
            title = R.choice(["Mrs", "Ms", "Miss"]) if s == "f" else "Mr"
            if R.random() < 0.1 and lo < 1990:
                title = "Dr"
            PEOPLE.append(Person(g, sn, s, o, born(lo, hi), title))
            return PEOPLE[-1]
    raise RuntimeError("no unused name left")


def child_of(parent: Person, lo: int = 2008, hi: int = 2012) -> Person:
    return person(origin=parent.origin, lo=lo, hi=hi, surname=parent.surname)


# ---------------------------------------------------------------- identifiers

UNIQ: set[str] = set()


def fresh(make) -> str:
    while True:
        v = make()
        if v not in UNIQ:
            UNIQ.add(v)
            return v


# Vocalink v7.70 single MOD11 rows with no exception: (sort codes, 14 weights u..h).
MOD11_ROWS = [
    (["011297", "014455"], [0, 0, 0, 0, 0, 0, 8, 7, 6, 5, 4, 3, 2, 1]),
    (["108842"], [0, 0, 0, 0, 0, 0, 8, 7, 6, 5, 4, 3, 2, 1]),
    (["161090"], [0, 0, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1]),
    (["836505"], [0, 0, 4, 3, 2, 7, 2, 7, 6, 5, 4, 3, 2, 1]),
]


def bank_pair() -> tuple[str, str]:
    codes, weights = R.choice(MOD11_ROWS)
    sc = R.choice(codes)
    while True:
        acct = f"{R.randrange(10000000, 99999999)}"
        if sum(int(d) * w for d, w in zip(sc + acct, weights)) % 11 == 0 and acct not in UNIQ:
            UNIQ.add(acct)
            return sc, acct


def nhs_number() -> str:
    def make() -> str:
        while True:
            body = "999" + f"{R.randrange(10 ** 6):06d}"
            check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11
            if check != 10:
                return body + str(0 if check == 11 else check)
    return fresh(make)


def iban(country: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(num) % 97:02d}{bban}"


def groups(s: str, n: int = 4) -> str:
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


POSTCODES = ["EC1A 1BB", "W1A 0AX", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT"]
CARDS = ["4111111111111111", "5555555555554444", "378282246310005", "4012888888881881",
         "5105105105105100", "2223003122003222", "371449635398431", "4000056655665556"]
# Ofcom drama ranges: each prefix takes three more digits
LANDLINES = ["020 7946 0", "0113 496 0", "0161 496 0", "0121 496 0", "0117 496 0", "029 2018 0", "0131 496 0",
             "01632 960", "0115 496 0"]


def e164(written: str) -> str:
    d = re.sub(r"\D", "", written.replace("(0)", ""))
    return "+" + d if d.startswith("44") else "+44" + d[1:]


def mobile_written(style: int) -> str:
    n = fresh(lambda: f"07700900{R.randrange(1000):03d}")[-3:]
    return ["07700 900{n}", "07700900{n}", "+44 7700 900{n}", "+44 (0)7700 900{n}", "07700-900-{n}",
            "(07700) 900{n}", "0770 0900 {n}"][style % 7].format(n=n)


def landline_written(k: int) -> str:
    prefix = LANDLINES[k % len(LANDLINES)]
    return fresh(lambda: prefix + f"{R.randrange(1000):03d}")


def uk(d: date, style: int = 0) -> str:
    return [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {d:%B %Y}", d.isoformat(), f"{d.day:02d}.{d.month:02d}.{d.year}",
            f"{d.day}-{d:%b-%Y}", f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"][style % 6]


def when(lo: date = date(2026, 1, 5), days: int = 300) -> date:
    return lo + timedelta(days=R.randrange(days))


def licence_number(p: Person) -> str:
    g, s = p.ascii()
    sur = (s.upper() + "99999")[:5]
    y = p.born.year
    month = p.born.month + (50 if p.sex == "f" else 0)
    return fresh(lambda: f"{sur}{(y // 10) % 10}{month:02d}{p.born.day:02d}{y % 10}{g[0].upper()}9"
                         f"9{R.choice('ABCDEFGHJKLMNPRSTWXY')}{R.choice('ABCDEFGHJKLMNPRSTWXY')}")


# ---------------------------------------------------------------- documents

@dataclass
class Doc:
    name: str
    names: list[str] = field(default_factory=list)
    cats: set[str] = field(default_factory=set)
    ids: list[tuple[str, str]] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    dist: set[str] = field(default_factory=set)

    def n(self, p: Person, form: str = "full") -> str:
        g, s = p.given, p.surname
        written, label = {
            "full": (f"{g} {s}", f"{g} {s}"),
            "t": (f"{p.title} {s}", s),
            "tf": (f"{p.title} {g} {s}", f"{g} {s}"),
            "rev": (f"{s}, {g}", f"{s}, {g}"),
            "REV": (f"{s.upper()}, {g}", f"{s.upper()}, {g}"),
            "i": (f"{g[0]}. {s}", f"{g[0]}. {s}"),
            "g": (g, g),
            "s": (s, s),
            "nick": (p.nick or g, p.nick or g),
        }[form]
        self.label(label)
        return written

    def label(self, name: str) -> str:
        if name not in self.names:
            self.names.append(name)
        return name

    def id(self, kind: str, written: str, norm: str) -> str:
        if (kind, norm) not in self.ids:
            self.ids.append((kind, norm))
        self.written.append(written)
        return written

    def cat(self, *cats: str) -> None:
        self.cats.update(cats)

    def d(self, s: str) -> str:
        self.dist.add(s)
        return s

    # identifiers, written and labelled
    def mob(self, style: int | None = None) -> str:
        w = mobile_written(R.randrange(7) if style is None else style)
        return self.id("phone", w, e164(w))

    def tel(self, k: int | None = None) -> str:
        w = landline_written(R.randrange(len(LANDLINES)) if k is None else k)
        return self.id("phone", w, e164(w))

    def phone_as(self, written: str) -> str:
        return self.id("phone", written, e164(written))

    def mail(self, addr: str) -> str:
        return self.id("email", addr, addr.lower())

    def email_of(self, p: Person, dom: str | None = None, style: int | None = None) -> str:
        g, s = p.ascii()
        dom = dom or R.choice(["example.com", "example.org", "example.net"])
        style = R.randrange(5) if style is None else style
        local = [f"{g}.{s}".lower(), f"{g[0]}{s}".lower(), f"{g}{s[:3]}{p.born.year % 100}".lower(),
                 f"{g}.{s}", f"{s.lower()}.{g[0].lower()}"][style]
        return self.mail(f"{local}@{dom}")

    def dob(self, p: Person, style: int | None = None) -> str:
        return self.id("date_of_birth", uk(p.born, R.randrange(5) if style is None else style), p.born.isoformat())

    def post(self, style: int = 0) -> str:
        pc = R.choice(POSTCODES)
        w = [pc, pc.lower(), pc.replace(" ", "")][style % 3]
        return self.id("uk_postcode", w, pc)

    def nhs(self, style: int = 0) -> str:
        n = nhs_number()
        w = [f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"][style % 3]
        return self.id("nhs_number", w, n)

    def nino(self, style: int = 0) -> str:
        n = fresh(lambda: "QQ" + f"{R.randrange(10 ** 6):06d}" + R.choice("ABCD"))
        w = [f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}", n, f"{n[:2]} {n[2:8]} {n[8]}", n.lower()][style % 4]
        return self.id("uk_nino", w, n)

    def bank(self, style: int = 0) -> tuple[str, str]:
        sc, acct = bank_pair()
        scw = [f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}"][style % 3]
        self.id("uk_bank_account", scw, f"{sc}:{acct}")
        self.written.append(acct)
        return scw, acct

    def card(self, style: int = 0) -> str:
        c = R.choice(CARDS)
        w = [groups(c), c, "-".join(c[i:i + 4] for i in range(0, len(c), 4))][style % 3]
        if len(c) == 15 and style % 3 != 1:
            w = f"{c[:4]} {c[4:10]} {c[10:]}"
        return self.id("payment_card", w, c)

    def passport(self) -> str:
        n = fresh(lambda: f"{R.randrange(1, 10)}{R.randrange(10 ** 8):08d}")
        return self.id("uk_passport", n, n)

    def licence(self, p: Person, spaced: bool = False) -> str:
        n = licence_number(p)
        w = f"{n[:5]} {n[5:11]} {n[11:]}" if spaced else n
        return self.id("uk_driving_licence", w, n)

    def ip(self, v6: bool = False) -> str:
        if v6:
            w = fresh(lambda: f"2001:db8:{R.randrange(1, 0xffff):x}::{R.randrange(1, 0xfff):x}")
        else:
            w = fresh(lambda: f"{R.choice(['192.0.2', '198.51.100', '203.0.113'])}.{R.randrange(1, 255)}")
        return self.id("ip_address", w, w)

    def iban(self, country: str = "GB", spaced: bool = True) -> str:
        if country == "GB":
            sc, acct = bank_pair()
            v = iban("GB", R.choice(["MIDL", "BARC", "LOYD", "NWBK"]) + sc + acct)
        elif country == "PL":
            v = iban("PL", f"{R.randrange(10 ** 12):012d}{R.randrange(10 ** 12):012d}")
        else:
            v = iban("RO", R.choice(["RNCB", "BTRL"]) + f"{R.randrange(10 ** 16):016d}")
        return self.id("iban", groups(v) if spaced else v, v)


OUT: list[tuple[Doc, bytes, str]] = []


def emit(doc: Doc, data: bytes | str, text: str | None = None) -> None:
    """Keep a document: its bytes and the text a reader of it sees (for the checks)."""
    if isinstance(data, str):
        text = data if text is None else text
        data = data.encode()
    OUT.append((doc, data, text))


# ---------------------------------------------------------------- formats
# Blocks: ("h", text), ("p", text), ("table", rows), ("box", text).

def flat(blocks) -> list[str]:
    out = []
    for kind, body in blocks:
        if kind == "table":
            out.extend(" | ".join(str(c) for c in row) for row in body)
        else:
            out.append(body)
    return out


def as_text(blocks, md: bool = False) -> str:
    out = []
    for kind, body in blocks:
        if kind == "h":
            out.append(("## " if md else "") + body + ("" if md else "\n" + "=" * len(body)))
        elif kind == "table":
            rows = [[str(c) for c in r] for r in body]
            if md:
                out.append("\n".join(["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
                                     + ["| " + " | ".join(r) + " |" for r in rows[1:]]))
            else:
                out.append("\n".join("  ".join(r) for r in rows))
        else:
            out.append(body)
    return "\n\n".join(out) + "\n"


def as_html(title: str, blocks) -> str:
    out = [f"<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title></head><body>"]
    for kind, body in blocks:
        if kind == "h":
            out.append(f"<h2>{html.escape(body)}</h2>")
        elif kind == "table":
            out.append("<table>" + "".join(
                "<tr>" + "".join(f"<{'th' if i == 0 else 'td'}>{html.escape(str(c))}</{'th' if i == 0 else 'td'}>" for c in row) + "</tr>"
                for i, row in enumerate(body)) + "</table>")
        else:
            out.append(f"<p>{html.escape(body)}</p>")
    return "\n".join(out) + "\n</body></html>\n"


def rtf_escape(s: str) -> str:
    out = []
    for c in s:
        if c in "\\{}":
            out.append("\\" + c)
        elif ord(c) > 127:
            out.append(f"\\u{ord(c) if ord(c) < 32768 else ord(c) - 65536}?")
        else:
            out.append(c)
    return "".join(out)


def as_rtf(blocks) -> str:
    out = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}\f0\fs22"]
    for line in flat(blocks):
        out.append(rtf_escape(line) + r"\par")
    return "\n".join(out) + "\n}\n"


def zbytes(members: list[tuple[str, str | bytes]], stored_first: bool = False) -> bytes:
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for i, (name, data) in enumerate(members):
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_STORED if stored_first and i == 0 else zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode() if isinstance(data, str) else data)
    return buf.getvalue()


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def w_par(text: str, comment: int | None = None) -> str:
    run = f'<w:r><w:t xml:space="preserve">{xesc(text)}</w:t></w:r>'
    if comment is not None:
        run = (f'<w:commentRangeStart w:id="{comment}"/>{run}<w:commentRangeEnd w:id="{comment}"/>'
               f'<w:r><w:commentReference w:id="{comment}"/></w:r>')
    return f"<w:p>{run}</w:p>"


def docx(doc: Doc, blocks, creator: str, header: str, footer: str,
         comments: list[tuple[Person, str]] = ()) -> None:
    body = []
    for i, (kind, b) in enumerate(blocks):
        if kind == "table":
            body.append("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>" + "".join(
                "<w:tr>" + "".join(f"<w:tc>{w_par(str(c))}</w:tc>" for c in row) + "</w:tr>" for row in b) + "</w:tbl>")
        elif kind == "box":
            body.append('<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" style="width:300pt;height:60pt">'
                        f'<v:textbox><w:txbxContent>{w_par(b)}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
        else:
            body.append(w_par(b, 0 if comments and i == 1 else None))
    coms = "".join(f'<w:comment w:id="{k}" w:author="{xesc(doc.n(a))}" w:initials="{a.given[0]}{a.surname[0]}">'
                   f"{w_par(t)}</w:comment>" for k, (a, t) in enumerate(comments))
    rels = ('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
            + ('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>'
               if comments else ""))
    members = [
        ("[Content_Types].xml", XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
         '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
         + ('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>' if comments else "")
         + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'),
        ("_rels/.rels", XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
        ("docProps/core.xml", XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
         'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
         f'<dc:creator>{xesc(creator)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-05-21T09:40:00Z</dcterms:created></cp:coreProperties>'),
        ("word/_rels/document.xml.rels", XML + f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>'),
        ("word/document.xml", XML + f'<w:document {W_NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>'
         + "".join(body) + '<w:sectPr><w:headerReference w:type="default" r:id="rId1"/><w:footerReference w:type="default" r:id="rId2"/></w:sectPr></w:body></w:document>'),
        ("word/header1.xml", XML + f"<w:hdr {W_NS}>{w_par(header)}</w:hdr>"),
        ("word/footer1.xml", XML + f"<w:ftr {W_NS}>{w_par(footer)}</w:ftr>"),
    ]
    if comments:
        members.append(("word/comments.xml", XML + f"<w:comments {W_NS}>{coms}</w:comments>"))
    text = "\n".join([creator, header, footer] + flat(blocks)
                     + [f"{a.given} {a.surname}: {t}" for a, t in comments])
    emit(doc, zbytes(members), text)


def col(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(doc: Doc, sheets: dict[str, list[list]]) -> None:
    shared: list[str] = []
    index: dict[str, int] = {}
    parts = []
    for name, rows in sheets.items():
        xrows = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = f"{col(c)}{r}"
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)):
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    if v not in index:
                        index[v] = len(shared)
                        shared.append(v)
                    cells.append(f'<c r="{ref}" t="s"><v>{index[v]}</v></c>')
            xrows.append(f'<row r="{r}">{"".join(cells)}</row>')
        parts.append(XML + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                     f'<sheetData>{"".join(xrows)}</sheetData></worksheet>')
    names = list(sheets)
    members = [
        ("[Content_Types].xml", XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
         + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                   for i in range(len(names))) + "</Types>"),
        ("_rels/.rels", XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml", XML + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
         + "".join(f'<sheet name="{xesc(n)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, n in enumerate(names)) + "</sheets></workbook>"),
        ("xl/_rels/workbook.xml.rels", XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         + "".join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
                   for i in range(len(names)))
         + f'<Relationship Id="rId{len(names) + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'),
        ("xl/sharedStrings.xml", XML + f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(shared)}" uniqueCount="{len(shared)}">'
         + "".join(f'<si><t xml:space="preserve">{xesc(s)}</t></si>' for s in shared) + "</sst>"),
    ] + [(f"xl/worksheets/sheet{i + 1}.xml", p) for i, p in enumerate(parts)]
    text = "\n".join(" | ".join(str(c) for c in row if c not in (None, "")) for rows in sheets.values() for row in rows)
    emit(doc, zbytes(members), text)


ODF = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3"')


def odf_rows(rows) -> str:
    out = []
    for row in rows:
        cells = []
        for v in row:
            if isinstance(v, (int, float)):
                cells.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
            else:
                cells.append(f'<table:table-cell office:value-type="string"><text:p>{xesc(str(v))}</text:p></table:table-cell>')
        out.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
    return "".join(out)


def odf(doc: Doc, kind: str, body: str, text: str) -> None:
    mime = f"application/vnd.oasis.opendocument.{kind}"
    manifest = (XML + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    content = XML + f"<office:document-content {ODF}><office:body>{body}</office:body></office:document-content>"
    emit(doc, zbytes([("mimetype", mime), ("META-INF/manifest.xml", manifest), ("content.xml", content)], stored_first=True), text)


def odt(doc: Doc, blocks) -> None:
    body = []
    for kind, b in blocks:
        if kind == "table":
            body.append(f'<table:table table:name="T{len(body)}">{odf_rows(b)}</table:table>')
        elif kind == "h":
            body.append(f'<text:h text:outline-level="2">{xesc(b)}</text:h>')
        else:
            body.append(f"<text:p>{xesc(b)}</text:p>")
    odf(doc, "text", f"<office:text>{''.join(body)}</office:text>", "\n".join(flat(blocks)))


def ods(doc: Doc, sheets: dict[str, list[list]]) -> None:
    body = "".join(f'<table:table table:name="{xesc(n)}">{odf_rows(rows)}</table:table>' for n, rows in sheets.items())
    text = "\n".join(" | ".join(str(c) for c in row) for rows in sheets.values() for row in rows)
    odf(doc, "spreadsheet", f"<office:spreadsheet>{body}</office:spreadsheet>", text)


def delimited(rows, sep: str = ",") -> str:
    def q(v) -> str:
        v = str(v)
        return f'"{v.replace(chr(34), chr(34) * 2)}"' if sep == "," and any(c in v for c in ',"\n') else v
    return "\r\n".join(sep.join(q(c) for c in row) for row in rows) + "\r\n"


def rfc2047(name: str) -> str:
    if name.isascii():
        return f'"{name}"' if "," in name else name
    return "=?UTF-8?B?" + base64.b64encode(name.encode()).decode() + "?="


@dataclass
class Mail:
    sender: tuple[str, str]          # display name (as written), address
    to: list[tuple[str, str]]
    subject: str
    date: str
    body: str
    html: bool = False
    attachment: tuple[str, str] | None = None   # file name, csv text
    mid: str = ""


def mail_bytes(m: Mail, k: int) -> tuple[str, str]:
    """The message as sent, and as read (decoded headers and parts)."""
    def addr(n: str, a: str) -> str:
        return f"{rfc2047(n)} <{a}>" if n else a
    head = [f"From: {addr(*m.sender)}", "To: " + ", ".join(addr(*t) for t in m.to), f"Subject: {m.subject}",
            f"Date: {m.date}", f"Message-ID: <{m.mid or f'{k:04x}.{R.randrange(16 ** 8):08x}'}@mail.example.net>",
            "MIME-Version: 1.0"]
    read = [f"From: {m.sender[0]} <{m.sender[1]}>", "To: " + ", ".join(f"{n} <{a}>" for n, a in m.to),
            f"Subject: {m.subject}", m.body]
    qp = quopri.encodestring(m.body.encode(), quotetabs=False).decode()
    bnd = f"=_heldout7_{k:03d}"
    if not m.html and not m.attachment:
        head += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable", "", qp]
        return "\r\n".join(head).replace("\r\n", "\n") + "\n", "\n".join(read)
    parts = []
    alt = f"=_alt7_{k:03d}"
    text_part = f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{qp}"
    if m.html:
        h = "<html><body>" + "".join(f"<p>{html.escape(p)}</p>" for p in m.body.split("\n\n")) + "</body></html>"
        hq = quopri.encodestring(h.encode()).decode()
        parts.append(f'Content-Type: multipart/alternative; boundary="{alt}"\n\n--{alt}\n{text_part}\n--{alt}\n'
                     f"Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{hq}\n--{alt}--")
    else:
        parts.append(text_part)
    if m.attachment:
        fn, data = m.attachment
        b64 = base64.encodebytes(data.encode()).decode()
        parts.append(f'Content-Type: text/csv; charset=utf-8; name="{fn}"\nContent-Disposition: attachment; filename="{fn}"\n'
                     f"Content-Transfer-Encoding: base64\n\n{b64}")
        read.append(data)
    head += [f'Content-Type: multipart/mixed; boundary="{bnd}"', ""]
    out = "\n".join(head) + "\n" + "".join(f"--{bnd}\n{p}\n" for p in parts) + f"--{bnd}--\n"
    return out, "\n".join(read)


def eml(doc: Doc, m: Mail, k: int) -> None:
    raw, read = mail_bytes(m, k)
    emit(doc, raw, read)


def mbox(doc: Doc, mails: list[Mail], k: int) -> None:
    raws, reads = [], []
    for i, m in enumerate(mails):
        raw, read = mail_bytes(m, k + i)
        raw = re.sub(r"^From ", ">From ", raw, flags=re.M)
        raws.append(f"From {m.sender[1]} Thu May 21 09:40:00 2026\n{raw}\n")
        reads.append(read)
    emit(doc, "".join(raws), "\n".join(reads))


def who(doc: Doc, p: Person, form: str = "full", dom: str | None = None, style: int | None = None) -> tuple[str, str]:
    """A mail header address: display name and address, labelled."""
    return doc.n(p, form), doc.email_of(p, dom, style)


# ---------------------------------------------------------------- youth offending team and probation

YJS = "Calderbrook Youth Justice Service"
PDU = "Calderbrook Probation Delivery Unit"
OFFENCES = [("possession of a bladed article", "12 month referral order"), ("robbery (mobile phone)", "YRO with 3 month curfew and electronic tag"),
            ("criminal damage", "conditional discharge 12 months"), ("assault by beating (s.39)", "9 month referral order"),
            ("possession with intent to supply (class A)", "YRO with intensive supervision and surveillance"),
            ("theft from a motor vehicle", "6 month referral order"), ("affray", "YRO 12 months, curfew 19:00-07:00")]


def yot() -> None:
    staff = [person(lo=1965, hi=1995) for _ in range(6)]
    ylist = []
    for i in range(3):
        yp = person(sex="m", lo=2008, hi=2011)
        parent = person(origin=yp.origin, sex="f" if i != 1 else "m", lo=1972, hi=1990, surname=yp.surname if i != 2 else None)
        ylist.append((yp, parent))

    # assessments: Word with header, footer, a comment, a table and a text box
    for i, (yp, parent) in enumerate(ylist):
        d = Doc(f"yot-assessment-{['initial', 'review', 'transfer'][i]}-{i + 1}.docx")
        off, outcome = OFFENCES[i]
        officer, manager = staff[i], staff[3]
        health = [("Diagnosed with ADHD in Year 7; takes methylphenidate (Concerta XL 36mg) each morning, missed doses on weekends.", "health"),
                  ("Reports cannabis use most evenings and has been referred to the substance misuse worker; history of self-harm (cutting, last disclosed March).", "health"),
                  ("Dyslexia assessed at school; CAMHS appointment pending for low mood and poor sleep.", "health")][i]
        extra = [(f"Protective factors: attends Friday prayers at the {d.d('Madina Masjid')} with his uncle and keeps to Ramadan fasts.", "religious_belief"),
                 ("Family identify as Irish Traveller; the family moved sites twice this year.", "racial_ethnic_origin"),
                 (f"Mother is a Unite the Union shop steward at the depot and asks that meetings avoid her shifts.", "trade_union")][i]
        parent_ref = d.n(parent, "tf")
        blocks = [
            ("h", "AssetPlus assessment summary"),
            ("p", f"Young person: {d.n(yp)}   Date of birth: {d.dob(yp, i)}   Known as: {d.n(yp, 'g')}"),
            ("table", [["Field", "Detail"], ["Address", f"{R.randrange(2, 90)} {d.d('Whitworth Terrace')}, Calderbrook {d.post(i)}"],
                       ["Parent/carer", parent_ref], ["Contact", d.mob(i)], ["Index offence", off], ["Outcome", outcome],
                       ["Case manager", d.n(officer)], ["PNC checked", "yes"]]),
            ("p", f"{d.n(yp, 'g')} was sentenced at Calderbrook Youth Court for {off}; outcome: {outcome}."),
            ("p", health[0]),
            ("p", extra[0]),
            ("box", f"Risk of serious harm: {'medium' if i != 1 else 'high'} — reviewed by {d.n(manager, 'i')}"),
            ("p", f"{d.n(parent, 't')} attended the assessment and agreed the intervention plan."),
        ]
        d.cat("criminal_offence", health[1], extra[1])
        docx(d, blocks, d.n(officer), f"{YJS} — OFFICIAL-SENSITIVE", f"Printed by {d.n(staff[4])} — page 1",
             [(manager, f"Check the victim contact for {d.n(yp, 'g')} before the panel.")])

    # court outcomes list
    d = Doc("yot-court-outcomes-week-19.csv")
    rows = [["Surname", "Forename", "DOB", "Court", "Hearing", "Offence", "Outcome", "YOT officer"]]
    for k in range(6):
        yp = person(lo=2008, hi=2011)
        off, outcome = OFFENCES[(k + 3) % len(OFFENCES)]
        rows.append([d.n(yp, "s"), d.n(yp, "g"), d.dob(yp, 0), "Calderbrook Youth Court", uk(when(), 0), off, outcome,
                     d.n(staff[k % 3], "i")])
    d.cat("criminal_offence")
    emit(d, delimited(rows))

    # victim liaison note
    yp, parent = ylist[1]
    victim = person(lo=1950, hi=1970)
    d = Doc("yot-victim-liaison-contact-note.txt")
    vo = staff[5]
    text = f"""{YJS} - Victim Liaison
Contact record
Victim: {d.n(victim, 'tf')}   Tel: {d.tel(1)}   Email: {d.email_of(victim)}
Linked case: {d.n(yp)} (robbery, YRO)

Spoke to {d.n(victim, 't')} by phone on {uk(when(), 1)}. {d.n(victim, 't')} still has pain in the left wrist from the fall
(fracture, plaster removed last month) and is seeing the physio at Calderbrook General twice a week. Anxiety when going out
after dark; GP has prescribed sertraline.

{d.n(victim, 't')} would like a letter of explanation from {d.n(yp, 'g')} but does not want a face-to-face restorative meeting.
Will pass to the case manager, {d.n(staff[1])}.

Logged by {d.n(vo)}, Victim Liaison Officer, {d.mail('victims.yjs@calderbrook.example.gov.uk')}
"""
    d.cat("health", "criminal_offence")
    emit(d, text)

    # curfew / tag monitoring log
    d = Doc("yot-curfew-tag-monitoring-log.tsv")
    rows = [["event_time", "subject", "tag_id", "curfew_address_pc", "event", "officer_note"]]
    subjects = [ylist[1][0], person(lo=2007, hi=2010), person(lo=2007, hi=2010)]
    for k in range(8):
        s = subjects[k % 3]
        ev = ["Curfew start - at home", "Strap tamper alert", "Absent at curfew start (22 min)", "Returned"][k % 4]
        rows.append([f"2026-04-{10 + k:02d} 19:0{k}", d.n(s, "rev" if k % 2 else "full"), f"EMT-{40210 + k}", d.post(k),
                     ev, "" if k % 4 != 2 else f"Breach warning given by {d.n(staff[2], 'i')}"])
    d.cat("criminal_offence")
    emit(d, delimited(rows, "\t"))

    # referral order panel notes (Markdown)
    yp, parent = ylist[0]
    vols = [person(lo=1950, hi=1990) for _ in range(2)]
    d = Doc("yot-referral-order-panel-contract.md")
    text = as_text([
        ("h", "Referral Order Panel — initial contract"),
        ("p", f"**Young person:** {d.n(yp)} (DOB {d.dob(yp, 1)})  \n**Panel members:** {d.n(vols[0])}, {d.n(vols[1])}  \n"
              f"**YOT worker:** {d.n(staff[0])}  \n**Parent:** {d.n(parent)}, {d.mob(3)}"),
        ("p", f"{d.n(yp, 'g')} admitted possession of a bladed article at the Youth Court. He told the panel he carried the knife "
              f"after being threatened near {d.d('McAllister Parade')}. He is on the waiting list for a CAMHS assessment for trauma."),
        ("table", [["Contract item", "Agreed"], ["Weekly sessions with YOT", "yes"], ["Letter of apology", "yes"],
                   [f"Weapon awareness ({d.d('Jordan Whitlock Foundation')} session)", "yes"], ["Attend mosque youth club Thursday", "family request"]]),
        ("p", f"Next panel: {uk(when(), 1)}. Minutes taken by {d.n(vols[1], 'g')}."),
    ], md=True)
    d.cat("criminal_offence", "health", "religious_belief")
    emit(d, text)

    # pre-sentence report (RTF), adult probation
    o = person(sex="m", lo=1980, hi=1999)
    po = person(lo=1970, hi=1992)
    d = Doc("probation-pre-sentence-report.rtf")
    blocks = [("h", f"{PDU} — Pre-Sentence Report"),
              ("p", f"Name: {d.n(o, 'REV')}   CRN: X{R.randrange(100000, 999999)}   DOB: {d.dob(o, 3)}"),
              ("p", f"NI number: {d.nino(0)}   Address: Flat {R.randrange(1, 30)}, {d.d('Urquhart House')}, {d.post(0)}"),
              ("p", f"Offence: driving whilst disqualified and driving with excess alcohol (84 mcg). Previous convictions: 7 "
                    f"(11 offences), including two for drink driving in 2019 and 2022. Licence number {d.licence(o)} recorded by the court."),
              ("p", f"{d.n(o, 't')} describes drinking around 10 cans of strong lager a day since his father's death and had a "
                    f"detox admission at Calderbrook General in 2024. He was diagnosed with alcohol-related liver disease. He lives with "
                    f"his boyfriend, who is willing to support the alcohol treatment."),
              ("p", f"Bail condition: UK passport no. {d.passport()} surrendered to the court on {uk(when(), 1)}."),
              ("p", "Proposal: community order with an Alcohol Treatment Requirement and 120 hours unpaid work."),
              ("p", f"Author: {d.n(po)}, Probation Officer, {d.tel(0)}")]
    d.cat("criminal_offence", "health", "sex_life_orientation")
    emit(d, as_rtf(blocks), "\n".join(flat(blocks)))

    # multi-agency meeting: mail with HTML alternative and a reply quoting the first
    chair, police, school = staff[3], person(lo=1975, hi=1990), person(lo=1970, hi=1995)
    yp2 = person(lo=2009, hi=2011)
    d = Doc("yot-multi-agency-exploitation-meeting.eml")
    first = (f"Minutes of the MACE meeting, 14 May.\n\nPresent: {d.n(chair)} (chair), {d.n(police, 'tf')} (police), {d.n(school)} (school).\n\n"
             f"{d.n(yp2)}: missing three times this month, found in a trap house in {d.d('Drummond Street')}; arrested for "
             f"possession with intent to supply, released under investigation. Has a Black Caribbean heritage and the panel noted "
             f"the disproportionality data. Seen at A&E with a stab wound to the thigh on 2 May.\n\nActions: {d.n(police, 'g')} to share the NRM referral.")
    body = (f"Thanks {d.n(chair, 'g')}, one correction: the arrest was on 9 May, not 7 May.\n\n{d.n(police, 'g')}\n\n"
            f"On 15 May 2026, {d.n(chair)} wrote:\n" + "\n".join("> " + l for l in first.split("\n")))
    d.cat("criminal_offence", "health", "racial_ethnic_origin")
    eml(d, Mail(who(d, police, "full", "police.example.net"), [who(d, chair, "full", "calderbrook.example.gov.uk")],
                "RE: MACE minutes (OFFICIAL-SENSITIVE)", "Fri, 15 May 2026 16:02:11 +0100", body, html=True), 1)

    # case management export (JSON)
    d = Doc("probation-case-export.json")
    recs = []
    for k in range(4):
        o = person(lo=1960, hi=2002)
        recs.append({"crn": f"X{R.randrange(100000, 999999)}", "forename": d.n(o, "g"), "surname": d.n(o, "s"),
                     "dateOfBirth": d.id("date_of_birth", o.born.isoformat(), o.born.isoformat()),
                     "offenderManager": {"name": d.n(staff[k % 2]), "phone": d.tel(k)},
                     "ethnicity": ["Black or Black British - Caribbean", "White - Gypsy or Irish Traveller", "Asian or Asian British - Pakistani", "Prefer not to say"][k],
                     "religion": ["Christian", "None", "Muslim", "Sikh"][k],
                     "mainOffence": ["Burglary (dwelling)", "Assault occasioning ABH", "Fraud by false representation", "Harassment"][k],
                     "disability": ["None", "Mental health condition - bipolar", "None", "Hearing impairment"][k],
                     "niNumber": d.nino(k) if k != 1 else None,
                     "drivingLicenceNo": d.licence(o) if k == 2 else None,
                     "licenceExpiry": uk(when(date(2027, 1, 4)), 2)})
    d.cat("criminal_offence", "racial_ethnic_origin", "religious_belief", "health")
    emit(d, json.dumps({"exportedBy": d.n(staff[4]), "cases": recs}, ensure_ascii=False, indent=2) + "\n")

    # caseload workbook: two sheets, header rows, numbers typed as numbers
    d = Doc("yot-caseload-and-health-contacts.xlsx")
    cases = [["Name", "DOB", "Order", "Start", "Officer", "NHS number"]]
    for k in range(5):
        yp = person(lo=2007, hi=2011)
        n = nhs_number()
        d.id("nhs_number", n, n)
        cases.append([d.n(yp), d.dob(yp, 0), ["Referral order", "YRO", "YRO + tag", "Youth caution programme", "Referral order"][k],
                      uk(when(), 0), d.n(staff[k % 3], "g"), int(n)])
    contacts = [["Role", "Name", "Phone"], ["Youth justice nurse", d.n(staff[5]), d.tel(0)],
                ["Speech and language therapist", d.n(person(lo=1970, hi=1995)), d.tel(4)]]
    d.cat("criminal_offence")
    xlsx(d, {"Caseload": cases, "Health team": contacts})

    # approved premises register (ODS)
    d = Doc("probation-approved-premises-register.ods")
    rows = [["Room", "Resident", "Arrived", "Index offence", "Medication held in office", "Keyworker"]]
    for k in range(4):
        o = person(sex="m", lo=1965, hi=2000)
        rows.append([f"{k + 1}", d.n(o, "REV"), uk(when(), 0), ["Arson", "Wounding with intent", "Robbery", "Stalking"][k],
                     ["Methadone 60ml daily", "Olanzapine 10mg", "None", "Insulin (type 1 diabetes)"][k], d.n(staff[4], "i")])
    d.cat("criminal_offence", "health")
    ods(d, {"Residents": rows})


# ---------------------------------------------------------------- refugee and asylum support charity

RC = "Harbour Light Refugee Support"


def refugee() -> None:
    staff = [person(sex="f", origin="nigerian", given="Funmilayo", lo=1960, hi=1998)] + [person(lo=1960, hi=1998) for _ in range(5)]
    clients = [person(sex=s, origin=o, lo=1970, hi=2004) for s, o in zip("mmffmmfm", ["afghan", "sudanese", "ukrainian", "somali", "afghan", "turkish", "sudanese", "bulgarian"])]
    interp = [person(origin=o, lo=1965, hi=1995) for o in ["afghan", "sudanese", "turkish"]]

    # casework notes
    notes = [
        (clients[0], "Afghanistan", "Dari", "Hazara", [
            ("Client is Hazara and describes being stopped at checkpoints because of it.", "racial_ethnic_origin"),
            ("Converted to Christianity in Iran in 2021 and now attends the Farsi service at {church} every Sunday.", "religious_belief"),
            ("Has nightmares and flashbacks; GP registration done, referred to the trauma service for suspected PTSD.", "health")]),
        (clients[1], "Sudan", "Arabic", "Masalit", [
            ("Member of the Sudanese Congress Party student wing; detained twice for organising protests.", "political_opinion"),
            ("Scars on both forearms consistent with his account of beatings in detention (Medical Foundation report requested).", "health"),
            ("Client is from the Masalit community in West Darfur.", "racial_ethnic_origin")]),
    ]
    for i, (c, country, lang, _, lines) in enumerate(notes):
        d = Doc(f"refugee-casework-note-{i + 1}.txt")
        church = d.d("St Aidan's Church")
        body = "\n".join(f"- {t.format(church=church)}" for t, _ in lines)
        for _, cat in lines:
            d.cat(cat)
        ho = f"{c.surname[0].upper()}{R.randrange(1000000, 9999999)}"
        text = f"""{RC} — casework note
Client: {d.n(c)}     DOB: {d.dob(c, 0)}     Country of origin: {country}
Language: {lang} (interpreter {d.n(interp[i])} booked)     Home Office ref: {ho}
Phone: {d.mob(i)}     Address: {d.d('Sanctuary Way')}, hotel room {R.randrange(100, 400)}, {d.post(i)}

{body}
- {d.n(c, 'g')} is waiting for a substantive interview date; the solicitor is {d.n(staff[4], 'tf')}.

Caseworker: {d.n(staff[i])} ({d.email_of(staff[i], 'harbourlight.example.org', 0)})
"""
        emit(d, text)

    # client register CSV
    d = Doc("refugee-client-register.csv")
    rows = [["client_id", "first_name", "last_name", "dob", "nationality", "language", "ethnicity", "religion", "phone", "status"]]
    eth = ["Hazara", "Fur", "Prefer not to say", "Somali (Bantu)", "Pashtun", "Kurdish", "Nuba", "Roma"]
    rel = ["Christian (convert)", "Muslim", "Orthodox Christian", "Muslim", "Muslim", "Alevi", "None", "Not asked"]
    for k, c in enumerate(clients):
        rows.append([f"HL-{2300 + k}", d.n(c, "g"), d.n(c, "s"), d.dob(c, 0), c.origin.title(), ["Dari", "Arabic", "Ukrainian", "Somali", "Pashto", "Kurdish (Kurmanji)", "Arabic", "Romani"][k],
                     eth[k], rel[k], d.mob(k), ["Asylum claim lodged", "Refused - appeal", "Homes for Ukraine", "Granted refugee status", "Asylum claim lodged", "Section 95 support", "Refused - fresh claim", "EUSS pre-settled"][k]])
    d.cat("racial_ethnic_origin", "religious_belief")
    emit(d, delimited(rows))

    # interpreter bookings workbook: key/value sheet and a header-row sheet
    d = Doc("refugee-interpreter-bookings.xlsx")
    kv = [["Booking coordinator", d.n(staff[2])], ["Coordinator phone", d.tel(2)], ["Coordinator email", d.email_of(staff[2], "harbourlight.example.org", 1)],
          ["Invoice to", RC], ["Month", "May 2026"]]
    book = [["Date", "Client", "Interpreter", "Language", "Appointment", "Minutes"]]
    appts = ["GP new patient check", "Asylum interview prep (solicitor)", "Antenatal booking, Calderbrook General", "Housing officer", "Mental health assessment", "Jobcentre"]
    for k in range(6):
        c = clients[k]
        book.append([uk(when(), 0), d.n(c), d.n(interp[k % 3], "i"), ["Dari", "Arabic", "Turkish"][k % 3], appts[k], 60 + 15 * k])
    d.cat("health")
    xlsx(d, {"Summary": kv, "Bookings": book})

    # GP registration letter (Word)
    c = clients[4]
    gp = person(lo=1960, hi=1985)
    d = Doc("refugee-gp-registration-support-letter.docx")
    blocks = [("p", f"Dear {d.n(gp, 'tf')},"),
              ("p", f"Re: {d.n(c)}, date of birth {d.dob(c, 1)}, NHS number {d.nhs(0)}"),
              ("p", f"{d.n(c, 't')} arrived in the UK in January and is living in contingency accommodation at {d.post(0)}. "
                    f"He has type 2 diabetes and ran out of metformin two weeks ago; he also has a healed shrapnel injury to the left leg "
                    f"and walks with a crutch."),
              ("p", f"He prays five times a day and asks, if possible, for appointments that avoid Friday midday prayers."),
              ("table", [["Contact", "Detail"], ["Client mobile", d.mob(2)], ["Caseworker", d.n(staff[3])], ["Charity office", d.tel(5)]]),
              ("box", "Please book a Pashto interpreter for every appointment."),
              ("p", f"Yours sincerely,\n{d.n(staff[3])}")]
    d.cat("health", "religious_belief")
    docx(d, blocks, d.n(staff[3]), f"{RC} — registered charity", f"{d.mail('info@harbourlight.example.org')} — {d.d('Sanctuary Way')}, {d.post(1)}",
         [(staff[1], "Add the HC2 certificate number once it arrives.")])

    # asylum statement preparation notes (Markdown)
    c = clients[5]
    d = Doc("refugee-asylum-statement-prep-notes.md")
    text = as_text([
        ("h", f"Statement preparation — {d.n(c)}"),
        ("p", f"Prepared with {d.n(staff[0], 'g')} and the solicitor, {d.n(staff[4])}. Interpreter: {d.n(interp[2])} (Kurmanji)."),
        ("p", f"- {d.n(c, 'g')} is a Kurdish Alevi from Maraş province.\n- He is gay; his family found out about his relationship with another man in 2023 and "
              f"his brother threatened to kill him.\n- He was detained after an HDP rally in Diyarbakır and held for four days.\n"
              f"- He now attends the {d.d('Rainbow Sanctuary')} group in Calderbrook."),
        ("p", f"Evidence list: photos from the rally; letter from the {d.d('Rainbow Sanctuary')} coordinator; GP letter about his depression and insomnia."),
    ], md=True)
    d.cat("racial_ethnic_origin", "religious_belief", "sex_life_orientation", "political_opinion", "health")
    emit(d, text)

    # hardship fund payments (TSV) with bank details
    d = Doc("refugee-hardship-fund-payments.tsv")
    rows = [["Payee", "Sort code", "Account no", "Amount", "Reason", "Approved by"]]
    for k in range(4):
        c = clients[k + 1]
        sc, acct = d.bank(k)
        rows.append([d.n(c, "rev"), sc, acct, f"{R.randrange(30, 150)}.00", ["Bus pass", "School uniform", "Baby equipment", "Phone credit"][k], d.n(staff[5], "i")])
    emit(d, delimited(rows, "\t"))

    # mail with a base64 CSV attachment of the same kind
    d = Doc("refugee-hardship-approvals-mail.eml")
    att = [["name", "dob", "amount", "iban"]]
    for k in range(3):
        c = clients[5 + k]
        att.append([d.n(c), d.dob(c, 2), f"{R.randrange(40, 120)}", d.iban(["GB", "PL", "RO"][k], False)])
    body = (f"Hi {d.n(staff[5], 'g')},\n\nAttached are this week's hardship approvals. {d.n(clients[6], 'g')} needs the payment before "
            f"Tuesday because of the baby's hospital appointment.\n\nThanks,\n{d.n(staff[1])}\n{RC}\n{d.tel(3)}")
    d.cat("health")
    eml(d, Mail(who(d, staff[1], "full", "harbourlight.example.org", 0), [who(d, staff[5], "full", "harbourlight.example.org", 0)],
                "Hardship approvals w/c 18 May", "Mon, 18 May 2026 10:12:44 +0100", body, attachment=("approvals.csv", delimited(att))), 2)

    # CRM export (JSON Lines)
    d = Doc("refugee-crm-contacts-export.jsonl")
    lines = []
    for k in range(5):
        c = person(origin=["afghan", "somali", "sudanese", "ukrainian", "turkish"][k], lo=1975, hi=2005)
        rec = {"Contact_ID": 58000 + k, "Given_Name": d.n(c, "g"), "Family_Name": d.n(c, "s"), "Birthdate": d.id("date_of_birth", c.born.isoformat(), c.born.isoformat()),
               "Mobile": d.mob(k), "Email": d.email_of(c) if k % 2 else "", "HO_Reference": f"{c.surname[0].upper()}{R.randrange(1000000, 9999999)}",
               "Needs": ["ESOL class", "Pregnant - 28 weeks, needs maternity grant", "Legal advice", "Wheelchair user, needs ground floor", "Food parcel (halal)"][k],
               "Owner": d.n(staff[k % 3], "full")}
        lines.append(json.dumps(rec, ensure_ascii=False))
    d.cat("health", "religious_belief")
    emit(d, "\n".join(lines) + "\n")

    # volunteer rota (HTML)
    vols = [person(lo=1950, hi=2003) for _ in range(5)]
    d = Doc("refugee-dropin-volunteer-rota.html")
    rows = [["Day", "Volunteer", "Phone", "Note"]]
    notes = ["", "Fasting in Ramadan — no lunch duty", "NEU member: out on the strike day, 10 June", "Back from knee surgery, seated tasks only", "Leaves early Friday for Jummah"]
    for k, v in enumerate(vols):
        rows.append([["Mon", "Tue", "Wed", "Thu", "Fri"][k], d.n(v), d.mob(k + 2), notes[k]])
    d.cat("religious_belief", "health", "trade_union")
    blocks = [("h", "Drop-in volunteer rota — June"), ("table", rows),
              ("p", f"Drop-in lead: {d.n(staff[0])}. Questions to {d.mail('volunteers@harbourlight.example.org')}.")]
    emit(d, as_html("Volunteer rota", blocks))

    # caseworkers' mailbox
    d = Doc("refugee-caseworkers.mbox")
    c = clients[3]
    m1 = Mail(who(d, staff[0], "full", "harbourlight.example.org", 0), [who(d, staff[2], "full", "harbourlight.example.org", 0)],
              f"{d.n(c, 'g')} — move-on", "Tue, 19 May 2026 09:05:00 +0100",
              f"{d.n(c)} got her status letter yesterday, so the 56-day move-on clock is running. She is still on the waiting list "
              f"at the {d.d('Chowdhury Medical Centre')} for her asthma review. Her NI number came through: {d.nino(2)}. Can you chase the council?\n\n{d.n(staff[0], 'nick')}")
    m2 = Mail(who(d, staff[2], "full", "harbourlight.example.org", 0), [who(d, staff[0], "full", "harbourlight.example.org", 0)],
              f"Re: {d.n(c, 'g')} — move-on", "Tue, 19 May 2026 11:40:00 +0100",
              f"Done. Housing officer is {d.n(staff[5], 'tf')}, {d.tel(6)}. She also asked about the women's Quran circle at the "
              f"{d.d('Calderbrook Central Mosque')} — I gave her the times.\n\n{d.n(staff[2], 'g')}")
    d.cat("health", "religious_belief")
    mbox(d, [m1, m2], 3)


# ---------------------------------------------------------------- genetics service and biobank study

GEN = "Calderbrook Regional Clinical Genetics Service"
BIO = "Tamsworth Lives Biobank"


def genetics() -> None:
    staff = [person(lo=1960, hi=1992) for _ in range(6)]
    for s in staff[:3]:
        s.title = "Dr"

    # pedigree notes
    d = Doc("genetics-family-pedigree-notes.txt")
    proband = person(sex="f", lo=1975, hi=1990)
    mother = person(sex="f", origin=proband.origin, lo=1945, hi=1960, surname=proband.surname)
    aunt = person(sex="f", origin=proband.origin, lo=1945, hi=1962)
    sister = person(sex="f", origin=proband.origin, lo=1975, hi=1992, surname=proband.surname)
    text = f"""{GEN}
Family history record — Family ID CRG-{R.randrange(10000, 99999)}

Proband: {d.n(proband)} (II:2), DOB {d.dob(proband, 0)}, NHS no. {d.nhs(0)}
Referred by {d.n(staff[3], 'tf')} after breast cancer diagnosed at 38 (triple negative).

I:2  {d.n(mother)} — ovarian cancer at 52, died aged 55.
I:3  {d.n(aunt)} (maternal aunt) — breast cancer at 47; tested BRCA1 c.68_69delAG pathogenic, per {d.d('Marsden')} report.
II:3 {d.n(sister)} — unaffected, wishes to have predictive testing; lives in Glasgow.
II:1 brother — no contact, not to be approached.

Plan: diagnostic BRCA1/2 panel for {d.n(proband, 'g')}; if positive, cascade letters to {d.n(sister, 'g')} and maternal cousins.
Counselled by {d.n(staff[4])}, Genetic Counsellor, {d.tel(3)}.
"""
    d.cat("genetic", "health")
    emit(d, text)

    # carrier screening results
    d = Doc("genetics-carrier-screening-results.csv")
    rows = [["Lab no", "Patient", "DOB", "NHS number", "Test", "Result", "Reported by"]]
    tests = [("Cystic fibrosis (CFTR 50 variant panel)", "Carrier: F508del heterozygous"), ("Sickle cell / haemoglobinopathy screen", "HbAS - sickle cell carrier"),
             ("Tay-Sachs (HEXA), Ashkenazi Jewish panel", "Not a carrier"), ("Spinal muscular atrophy (SMN1 copy number)", "1 copy - carrier"),
             ("Beta thalassaemia", "Carrier (HbA2 5.2%)"), ("Fragile X (FMR1 repeat)", "Premutation 72 repeats")]
    for k, (t, r) in enumerate(tests):
        p = person(lo=1980, hi=2001)
        rows.append([f"G26-{3310 + k}", d.n(p, "REV"), d.dob(p, 0), d.nhs(k), t, r, d.n(staff[k % 2], "i")])
    d.cat("genetic", "racial_ethnic_origin")
    emit(d, delimited(rows))

    # clinic letter (Word)
    p = person(sex="m", lo=1965, hi=1990)
    son = child_of(p, 1995, 2005)
    d = Doc("genetics-clinic-letter-huntington.docx")
    blocks = [("p", f"Dear {d.n(staff[3], 't')},"),
              ("p", f"Re: {d.n(p, 'tf')}, DOB {d.dob(p, 1)}, NHS {d.nhs(1)}, {d.post(2)}"),
              ("p", f"I saw {d.n(p, 't')} in the predictive testing clinic. His father died with {d.d('Huntington')}'s disease and his "
                    f"HTT result shows 42 CAG repeats, so he will develop the condition. He already reports some clumsiness and low mood; "
                    f"I have referred him to the neurology clinic and to his GP for the mood symptoms."),
              ("p", f"He has not yet told his son, {d.n(son)}, who is 24; we discussed how and when to share the result."),
              ("table", [["Result", "Value"], ["HTT CAG repeats", "17 / 42"], ["Sample", "EDTA blood, received 3 April"]]),
              ("p", f"Yours sincerely\n{d.n(staff[0], 'tf')}, Consultant Clinical Geneticist")]
    d.cat("genetic", "health")
    docx(d, blocks, d.n(staff[0]), f"{GEN} — {d.tel(0)}", f"CONFIDENTIAL — copy to patient — {d.mail('genetics.admin@calderbrook-nhs.example.org')}",
         [(staff[4], f"Offer {d.n(p, 't')} a follow-up with the counsellor in 4 weeks.")])

    # biobank consent form (ODT)
    p = person(lo=1950, hi=1985)
    d = Doc("biobank-participant-consent-form.odt")
    blocks = [("h", f"{BIO} — Participant consent form (v4.1)"),
              ("p", f"Participant name: {d.n(p)}"),
              ("p", f"Date of birth: {d.dob(p, 0)}    NHS number: {d.nhs(2)}"),
              ("p", f"Address postcode: {d.post(0)}    Telephone: {d.tel(4)}"),
              ("p", "Eligibility: recruited through the diabetes clinic (type 2 diabetes, diagnosed 2019)."),
              ("table", [["Statement", "Initial"], ["I agree to give blood and saliva samples", "Y"],
                         ["I agree to whole-genome sequencing of my samples", "Y"], ["I agree to be recontacted about future studies", "N"]]),
              ("p", f"Consent taken by: {d.n(staff[5])}, Research Nurse, on {uk(when(), 1)}")]
    d.cat("health")
    odt(d, blocks)

    # sample manifest: two sheets (manifest by sample id, linkage sheet with names)
    d = Doc("biobank-sample-manifest-batch-07.xlsx")
    man = [["Sample ID", "Participant ID", "Type", "Volume (ml)", "Assay", "Genotype call"]]
    link = [["Participant ID", "Surname", "Forename", "DOB", "NHS number"]]
    for k in range(6):
        p = person(lo=1945, hi=1990)
        pid = f"TLB{R.randrange(100000, 999999)}"
        man.append([f"S-{70100 + k}", pid, ["EDTA blood", "Saliva", "Serum"][k % 3], 4.5 if k % 3 != 1 else 2, "GSA array v3",
                    ["APOE e3/e4", "APOE e4/e4", "APOE e3/e3", "HFE C282Y homozygous", "F5 Leiden heterozygous", "APOE e2/e3"][k]])
        n = nhs_number()
        d.id("nhs_number", n, n)
        link.append([pid, d.n(p, "s"), d.n(p, "g"), d.dob(p, 0), int(n)])
    d.cat("genetic")
    xlsx(d, {"Manifest": man, "Linkage (restricted)": link})

    # participant export (JSON)
    d = Doc("biobank-participant-export.json")
    parts = []
    for k in range(4):
        p = person(lo=1945, hi=1990)
        parts.append({"participant_id": f"TLB{R.randrange(100000, 999999)}", "name": {"first": d.n(p, "g"), "last": d.n(p, "s")},
                      "dob": d.id("date_of_birth", p.born.isoformat(), p.born.isoformat()), "nhs_no": d.nhs(1),
                      "email": d.email_of(p), "ethnic_group": ["White British", "Indian", "Black African", "Chinese"][k],
                      "bmi": round(R.uniform(19, 36), 1), "smoker": k % 2 == 0,
                      "diagnoses": [["hypertension"], ["type 2 diabetes", "retinopathy"], [], ["asthma"]][k],
                      "wgs_status": ["sequenced", "queued", "sequenced", "withdrawn"][k]})
    d.cat("racial_ethnic_origin", "health", "genetic")
    emit(d, json.dumps({"study": BIO, "export_by": d.n(staff[5]), "participants": parts}, ensure_ascii=False, indent=1) + "\n")

    # referral mail from a GP (HTML alternative, quoted-printable)
    gp = person(lo=1960, hi=1985)
    p = person(sex="f", lo=1985, hi=2000)
    d = Doc("genetics-gp-referral-mail.eml")
    body = (f"Dear colleagues,\n\nPlease see {d.n(p, 'tf')} (DOB {d.dob(p, 0)}, NHS {d.nhs(2)}), 31 weeks pregnant. Her partner's brother "
            f"has Duchenne muscular dystrophy and she is anxious about being a carrier; she has also had two miscarriages.\n\n"
            f"Her mobile is {d.mob(1)}; she prefers texts.\n\nKind regards,\n{d.n(gp, 'tf')}\n{d.d('Sandhu Lane Surgery')}, {d.tel(7)}")
    d.cat("genetic", "health")
    eml(d, Mail(who(d, gp, "full", "nhs-mail.example.net", 0), [("Clinical Genetics Referrals", d.mail("genetics.referrals@calderbrook-nhs.example.org"))],
                "Urgent referral - carrier testing in pregnancy", "Wed, 20 May 2026 08:31:02 +0100", body, html=True), 4)

    # cascade testing letters (Markdown)
    d = Doc("genetics-cascade-testing-letters.md")
    fam = person(lo=1960, hi=1985)
    rel = [person(origin=fam.origin, lo=1960, hi=2000, surname=fam.surname) for _ in range(3)]
    out = [("h", "Cascade testing — familial hypercholesterolaemia (LDLR)")]
    for k, r in enumerate(rel):
        out.append(("p", f"**To:** {d.n(r, 'tf')}, {d.post(k)}  \n"
                         f"Your relative {d.n(fam)} has been found to carry a change in the LDLR gene that causes familial "
                         f"hypercholesterolaemia. You have a 1 in 2 chance of carrying it. Please call {d.tel(0)} to book a blood test."))
    out.append(("p", f"Sent by {d.n(staff[4])} on behalf of {d.n(staff[1], 'tf')}."))
    d.cat("genetic", "health")
    emit(d, as_text(out, md=True))

    # recall by genotype (TSV)
    d = Doc("biobank-recall-by-genotype-list.tsv")
    rows = [["participant", "first_name", "surname", "phone", "variant", "zygosity", "recall_clinic"]]
    for k in range(5):
        p = person(lo=1950, hi=1995)
        rows.append([f"TLB{R.randrange(100000, 999999)}", d.n(p, "g"), d.n(p, "s"), d.tel(k) if k % 2 else d.mob(k),
                     ["PCSK9 R46L", "LRRK2 G2019S", "GBA N370S", "PCSK9 R46L", "TTR V122I"][k], ["het", "het", "hom", "het", "het"][k],
                     uk(when(), 0)])
    d.cat("genetic")
    emit(d, delimited(rows, "\t"))

    # MDT minutes (RTF)
    d = Doc("genetics-cancer-mdt-minutes.rtf")
    pts = [person(sex=s, lo=1950, hi=1990) for s in "fmm"]
    blocks = [("h", "Cancer genetics MDT — 21 May 2026"),
              ("p", f"Present: {d.n(staff[0], 'i')}, {d.n(staff[1], 'i')}, {d.n(staff[4], 'i')}"),
              ("p", f"1. {d.n(pts[0])}, NHS {d.nhs(0)}: Lynch syndrome (MLH1) confirmed; bowel cancer at 44. Offer colonoscopy every 2 years and aspirin."),
              ("p", f"2. {d.n(pts[1])}: PALB2 variant of uncertain significance; no change to management; family to be re-contacted if reclassified."),
              ("p", f"3. {d.n(pts[2])}: declined testing, wants to discuss with his wife first; has prostate cancer, on hormone therapy.")]
    d.cat("genetic", "health")
    emit(d, as_rtf(blocks), "\n".join(flat(blocks)))


# ---------------------------------------------------------------- local party association and campaign group

PARTY = "Calderbrook & Tamsworth Liberal Democrats"
CAMPAIGN = "Save Tamsworth Library"


def politics() -> None:
    officers = [person(sex="m", origin="irish", given="Padraig", lo=1950, hi=1995)] + [person(lo=1950, hi=1995) for _ in range(4)]

    # membership renewals CSV
    d = Doc("party-membership-renewals-june.csv")
    rows = [["Membership No", "Title", "First name", "Last name", "Email", "Phone", "Postcode", "Renewal due", "Payment", "DD sort code", "DD account"]]
    for k in range(7):
        p = person(lo=1940, hi=2004)
        rows.append([f"LD{R.randrange(1000000, 9999999)}", p.title, d.n(p, "g"), d.n(p, "s"), d.email_of(p), d.mob(k) if k % 3 else d.tel(k),
                     d.post(k), uk(when(date(2026, 6, 1), 29), 0), ["Direct debit", "Card", "Cheque", "Direct debit", "Card", "Direct debit", "Lapsed"][k],
                     *(d.bank(k) if k in (0, 3, 5) else ("", ""))])
    d.cat("political_opinion")
    emit(d, delimited(rows))

    # canvass returns TSV
    d = Doc("party-canvass-returns-ward-4.tsv")
    rows = [["Elector no", "Name", "Address", "VI", "Issues", "Poster", "Canvasser"]]
    vis = ["LD", "Lab", "Con", "Green", "Won't say", "LD - squeeze", "Reform", "Against all"]
    for k in range(8):
        p = person(lo=1940, hi=2006)
        rows.append([f"TW4-{R.randrange(100, 999)}", d.n(p, "REV" if k % 2 else "full"), f"{R.randrange(1, 80)} {d.d('Cartwright Road')}",
                     vis[k], ["potholes", "library closure", "GP waiting times", "bins", "", "housing", "migration", "nothing"][k],
                     "Y" if k in (0, 5) else "", d.n(officers[k % 2], "g")])
    d.cat("political_opinion")
    emit(d, delimited(rows, "\t"))

    # delivery rounds workbook
    d = Doc("party-focus-delivery-rounds.xlsx")
    rounds = [["Round", "Streets", "Leaflets", "Deliverer", "Mobile"]]
    streets = [d.d("Sutcliffe Avenue"), d.d("Beckwith Close"), "Mill Lane", d.d("Oldroyd Street"), "Station Road", "Canal Side"]
    for k in range(6):
        p = person(lo=1945, hi=2002)
        rounds.append([f"R{k + 1:02d}", streets[k], R.randrange(80, 260), d.n(p), d.mob(k)])
    kv = [["Organiser", d.n(officers[2])], ["Organiser phone", d.tel(3)], ["Drop point", "Tamsworth Methodist Hall"], ["Deadline", "Sunday 14 June"]]
    d.cat("political_opinion")
    xlsx(d, {"Rounds": rounds, "Info": kv})

    # donations export JSON
    d = Doc("party-donations-export.json")
    dons = []
    for k in range(4):
        p = person(lo=1945, hi=1995)
        dons.append({"donor_full_name": d.n(p), "donor_address_postcode": d.post(k), "amount_gbp": [50, 500, 1200, 25][k],
                     "method": ["card", "bank transfer", "cheque", "card"][k], "card_number": d.card(1) if k in (0, 3) else None,
                     "permissible_donor_check": "on electoral register", "reportable_to_ec": [False, False, True, False][k],
                     "contact_email": d.email_of(p)})
    d.cat("political_opinion")
    emit(d, json.dumps({"treasurer": d.n(officers[3]), "donations": dons}, ensure_ascii=False, indent=2) + "\n")

    # candidate selection notes (Word)
    cands = [person(lo=1960, hi=1998) for _ in range(3)]
    d = Doc("party-candidate-selection-notes.docx")
    blocks = [("h", "Approval and selection — Tamsworth East by-election"),
              ("p", f"Panel: {d.n(officers[0])} (chair), {d.n(officers[1])}, {d.n(officers[4])}"),
              ("table", [["Applicant", "Member since", "Notes"],
                         [d.n(cands[0]), "2015", "Churchwarden at St Oswald's; would not campaign on Sundays."],
                         [d.n(cands[1]), "2021", "Unison branch secretary at the hospital; union duties on Tuesdays."],
                         [d.n(cands[2]), "2019", "Has multiple sclerosis; needs step-free venues and rest breaks. Declared a 2011 caution for possession of cannabis."]]),
              ("p", f"Recommendation: shortlist {d.n(cands[0], 'g')} and {d.n(cands[2], 'g')}; offer {d.n(cands[1], 'g')} the council seat in May."),
              ("box", "Do not circulate outside the panel.")]
    d.cat("political_opinion", "religious_belief", "trade_union", "health", "criminal_offence")
    docx(d, blocks, d.n(officers[0]), f"{PARTY} — Confidential", "Promoted by the agent — internal only",
         [(officers[1], f"Check {d.n(cands[2], 'g')}'s caution is disclosed on the form.")])

    # petition signatories with stated views
    d = Doc("campaign-petition-signatories.csv")
    rows = [["Signed at", "Name", "Postcode", "Email", "Why are you signing?"]]
    views = ["I'm a Green Party member and we oppose every cut to libraries",
             "As a UNISON member at the council I know what these cuts will do",
             "The library is where my autistic son feels safe",
             "Voted Conservative all my life but this is wrong",
             "", "Our church group meets there every Tuesday"]
    for k, v in enumerate(views):
        p = person(lo=1940, hi=2006)
        rows.append([f"2026-05-{k + 2:02d}T1{k}:22:00Z", d.n(p), d.post(k), d.email_of(p), v])
    d.cat("political_opinion", "trade_union", "health", "religious_belief")
    emit(d, delimited(rows))

    # campaign organisers mbox
    org = [person(lo=1955, hi=2000) for _ in range(3)]
    d = Doc("campaign-organisers.mbox")
    m1 = Mail(who(d, org[0], "full", "savetamsworthlibrary.example.org", 0), [who(d, org[1]), who(d, org[2])],
              "Stall on Saturday", "Thu, 28 May 2026 19:14:00 +0100",
              f"Hi both,\n\n{d.n(org[1], 'g')} can you bring the clipboards? Councillor {d.n(officers[4])} (Lib Dem group leader) said they'll "
              f"come at 11. {d.n(org[2], 'g')}, I know you're just out of hospital after the hip op, so no carrying.\n\n{d.n(org[0], 'g')}\n{d.mob(2)}")
    m2 = Mail(who(d, org[2]), [who(d, org[0], "full", "savetamsworthlibrary.example.org", 0)], "Re: Stall on Saturday",
              "Thu, 28 May 2026 21:02:00 +0100",
              f"Will do the sign-up sheet sitting down! Also, my Labour Party branch has agreed to back the campaign formally.\n\n"
              f"> {d.n(org[1], 'g')} can you bring the clipboards?\n\n{d.n(org[2], 'g')}")
    d.cat("political_opinion", "health")
    mbox(d, [m1, m2], 6)

    # executive meeting mail, reply quoting
    d = Doc("party-exec-minutes-mail.eml")
    sec, chair = officers[1], officers[0]
    member = person(lo=1950, hi=1990)
    first = (f"Minutes, executive, 2 June\n\nApologies: {d.n(officers[3])} (chemotherapy this week).\nMembership: 412, up 9. "
             f"{d.n(member)} has resigned to join the Green Party.\nFundraising: quiz night raised 640.")
    body = (f"Approved with one change: the quiz raised 680.\n\n{d.n(chair, 'nick')}\n\n-----Original Message-----\nFrom: {d.n(sec)}\n"
            + "\n".join("> " + l for l in first.split("\n")))
    d.cat("political_opinion", "health")
    eml(d, Mail(who(d, chair, "full", "calderbrooklibdems.example.org", 0), [who(d, sec, "full", "calderbrooklibdems.example.org", 0)],
                "RE: Exec minutes", "Wed, 3 Jun 2026 07:45:00 +0100", body), 8)

    # campaign website sign-ups (JSON Lines, with IPs)
    d = Doc("campaign-website-signups.jsonl")
    lines = []
    for k in range(5):
        p = person(lo=1950, hi=2006)
        lines.append(json.dumps({"submitted": f"2026-05-{10 + k}T08:0{k}:00Z", "fname": d.n(p, "g"), "lname": d.n(p, "s"),
                                 "email": d.email_of(p), "ip": d.ip(k == 3), "optin_volunteer": k % 2 == 0,
                                 "comment": ["", "Will deliver leaflets for you", "Retired librarian and Labour voter", "", "Happy to speak at the council meeting"][k]},
                                ensure_ascii=False))
    d.cat("political_opinion")
    emit(d, "\n".join(lines) + "\n")

    # ward contact sheet (HTML)
    d = Doc("party-ward-contacts.html")
    rows = [["Ward", "Contact", "Phone", "Email", "Role"]]
    for k in range(4):
        p = person(lo=1950, hi=2000)
        rows.append([["Tamsworth East", "Tamsworth West", "Canal", "Calderbrook North"][k], d.n(p), d.tel(k), d.email_of(p, "calderbrooklibdems.example.org"),
                     ["Ward organiser", "Councillor", "Data officer", "Deliverer co-ordinator"][k]])
    d.cat("political_opinion")
    emit(d, as_html("Ward contacts", [("h", f"{PARTY} — ward contacts"), ("table", rows)]))


# ---------------------------------------------------------------- building-access and school-catering systems company

CO = "Keystep Systems Ltd"


def access() -> None:
    eng = [person(lo=1965, hi=2000) for _ in range(5)]
    school = "Tamsworth Park Academy"

    # fingerprint enrolment export
    d = Doc("access-fingerprint-enrolment-export.csv")
    rows = [["EmployeeNo", "NI number", "Surname", "Forename", "Department", "FingerIndex", "TemplateFormat", "TemplateHash", "EnrolledAt", "EnrolledBy"]]
    for k in range(6):
        p = person(lo=1960, hi=2004)
        rows.append([f"E{R.randrange(10000, 99999)}", d.nino(k), d.n(p, "s"), d.n(p, "g"), ["Warehouse", "Dispatch", "Office", "Security", "Warehouse", "Cleaning"][k],
                     ["R-index", "L-index", "R-thumb", "R-index", "L-middle", "R-index"][k], "ISO 19794-2", f"{R.randrange(16 ** 16):016x}",
                     f"2026-02-{k + 3:02d} 08:{10 + k}", d.n(eng[0], "i")])
    d.cat("biometric")
    emit(d, delimited(rows))

    # door access log (TSV): fob events and face-match events
    d = Doc("access-door-events-log.tsv")
    rows = [["timestamp", "reader", "reader_ip", "credential", "holder", "result", "match_score"]]
    readers = [("Main entrance F3 face reader", d.ip()), ("Goods-in fob reader", d.ip()), ("Server room finger+PIN", d.ip(True))]
    holders = [person(lo=1960, hi=2004) for _ in range(4)]
    for k in range(9):
        rname, rip = readers[k % 3]
        h = holders[k % 4]
        cred = ["face", "fob 0041" + str(k), "fingerprint"][k % 3]
        rows.append([f"2026-05-18T07:{12 + k * 3:02d}:09Z", rname, rip, cred, d.n(h, "rev"), "granted" if k != 4 else "denied",
                     f"{R.uniform(0.81, 0.99):.2f}" if k % 3 != 1 else ""])
    d.cat("biometric")
    emit(d, delimited(rows, "\t"))

    # parental consent form for biometric catering (Word)
    child = person(lo=2012, hi=2015)
    parent = person(origin=child.origin, sex="f", lo=1975, hi=1990, surname=child.surname)
    d = Doc("catering-biometric-parental-consent.docx")
    blocks = [("h", f"{school} — consent to use biometric information (cashless catering)"),
              ("p", f"Pupil: {d.n(child)}   Form: 8K   Date of birth: {d.dob(child, 0)}"),
              ("p", f"Parent/carer: {d.n(parent, 'tf')}   Email: {d.email_of(parent)}   Mobile: {d.mob(1)}"),
              ("table", [["Question", "Answer"], ["I consent to my child's fingerprint being used to pay for meals", "Yes"],
                         ["Dietary requirements", "Halal meat only; no pork gelatine"], ["Medical", "Coeliac disease - gluten free; EpiPen in the office"]]),
              ("box", "Templates are deleted when your child leaves the school (Protection of Freedoms Act 2012, s.26)."),
              ("p", f"Signed: {d.n(parent, 'i')}   Date: {uk(when(), 0)}")]
    d.cat("biometric", "religious_belief", "health")
    docx(d, blocks, d.n(eng[3]), f"{school} / {CO}", f"Catering office {d.tel(2)}", [])

    # pupil accounts workbook: two sheets, numbers typed as numbers
    d = Doc("catering-pupil-accounts-tamsworth-park.xlsx")
    acc = [["Pupil ID", "Name", "Year", "Balance", "Pays by", "Diet"]]
    diets = ["", "Vegetarian", "Halal", "Nut allergy (severe)", "Kosher", "No beef (Hindu)", "Dairy free - lactose intolerant", ""]
    for k in range(8):
        c = person(lo=2010, hi=2015)
        acc.append([10450 + k, d.n(c, "REV"), 7 + k % 5, round(R.uniform(0, 25), 2), ["Fingerprint", "Card", "Fingerprint", "PIN", "Fingerprint", "Card", "Fingerprint", "Fingerprint"][k], diets[k]])
    parents = [["Pupil ID", "Parent", "Email", "Mobile"]]
    for k in range(4):
        p = person(lo=1970, hi=1992)
        parents.append([10450 + k, d.n(p), d.email_of(p), d.mob(k)])
    d.cat("biometric", "religious_belief", "health")
    xlsx(d, {"Accounts": acc, "Parent contacts": parents})

    # support ticket thread (HTML alternative, reply)
    cust = person(lo=1970, hi=1995)
    worker = person(sex="f", lo=1965, hi=1995)
    d = Doc("access-support-ticket-finger-not-reading.eml")
    first = (f"Ticket KS-{R.randrange(40000, 49999)} raised by {d.n(cust)} (facilities, {d.d('Okonkwo Logistics')}):\n"
             f"Reader at gate 2 keeps rejecting {d.n(worker)}. She has bad eczema on both hands at the moment and the template "
             f"was enrolled in winter. Can we re-enrol her on the face reader instead?")
    body = (f"Hi {d.n(cust, 'g')},\n\nYes: delete the finger template and enrol her face at the main entrance; the old template is purged "
            f"after 24 hours. I've logged it from {d.ip()}.\n\n{d.n(eng[1])}\n{CO} support, {d.tel(0)}\n\n"
            + "\n".join("> " + l for l in first.split("\n")))
    d.cat("biometric", "health")
    eml(d, Mail(who(d, eng[1], "full", "keystep.example.com", 0), [who(d, cust, "full", "okonkwo-logistics.example.net", 1)],
                "Re: KS ticket - gate 2 reader", "Thu, 21 May 2026 14:20:05 +0100", body, html=True), 9)

    # face enrolment export (JSON)
    d = Doc("access-face-enrolment-export.json")
    recs = []
    for k in range(4):
        p = person(lo=1960, hi=2004)
        recs.append({"personId": 7700 + k, "displayName": d.n(p), "faceTemplateId": f"ft_{R.randrange(16 ** 12):012x}",
                     "templateVersion": "KS-Face 3.2", "livenessPassed": True, "photoConsent": k != 2,
                     "rightToWorkDoc": f"UK passport {d.passport()}" if k % 2 == 0 else "Share code checked",
                     "enrolledOnDevice": f"F3-{R.randrange(100, 999)}", "siteContactEmail": d.email_of(p, "okonkwo-logistics.example.net", 1)})
    d.cat("biometric")
    emit(d, json.dumps({"export": "face-enrolments", "site": d.d("Okonkwo Logistics"), "records": recs}, ensure_ascii=False, indent=2) + "\n")

    # top-up payments (CSV)
    d = Doc("catering-topup-payments-may.csv")
    rows = [["Date", "Payer", "Pupil", "Amount", "Card", "Payer IP"]]
    for k in range(5):
        p = person(lo=1970, hi=1992)
        c = child_of(p, 2010, 2015)
        rows.append([f"2026-05-{4 + k:02d}", d.n(p), d.n(c, "g"), f"{R.randrange(5, 40)}.00", d.card(k), d.ip()])
    emit(d, delimited(rows))

    # helpdesk tickets (JSON Lines)
    d = Doc("access-helpdesk-tickets.jsonl")
    lines = []
    issues = [("Please delete my fingerprint template, I withdraw consent", "biometric"),
              ("Cannot enrol my face as I wear a niqab; offered PIN + card instead", "religious_belief"),
              ("Turnstile jammed at gate 1, no injuries", None),
              ("My finger is not recognised since chemotherapy (skin changes); please switch me to card", "health")]
    for k, (t, cat) in enumerate(issues):
        reporter = person(lo=1965, hi=2000)
        lines.append(json.dumps({"ticket": f"KS-{46100 + k}", "reporter": d.n(reporter), "reporter_phone": d.tel(k),
                                 "summary": t, "assignee": d.n(eng[k % 3], "g")}, ensure_ascii=False))
        if cat:
            d.cat(cat)
    d.cat("biometric")
    emit(d, "\n".join(lines) + "\n")

    # allergen and diet register (ODS)
    d = Doc("catering-allergen-diet-register.ods")
    rows = [["Pupil", "Class", "Requirement", "Notes"]]
    reqs = [("Peanut and tree nut allergy", "EpiPen x2 in medical room"), ("Halal", "Fasting during Ramadan - no lunch"),
            ("Type 1 diabetes", "Carb counts on till receipt"), ("Vegetarian", ""), ("Kosher", "Sealed meals only")]
    for k, (r, n) in enumerate(reqs):
        c = person(lo=2012, hi=2016)
        rows.append([d.n(c), f"{['3', '4', '5', '6', '2'][k]}{'ABC'[k % 3]}", r, n])
    d.cat("health", "religious_belief")
    ods(d, {"Register": rows})

    # installation site audit (Markdown)
    d = Doc("access-site-audit-report.md")
    rep_ = person(lo=1960, hi=1990)
    text = as_text([
        ("h", f"Site audit — {d.d('Okonkwo Logistics')}, {d.post(0)}"),
        ("p", f"Auditor: {d.n(eng[2])} ({d.email_of(eng[2], 'keystep.example.com', 0)}). Site contact: {d.n(cust)}."),
        ("p", f"- 214 staff enrolled by fingerprint, 38 by face. {d.n(worker)}'s finger template removed and face enrolled on 22 May.\n"
              f"- Her GMB rep, {d.n(rep_)}, sat in on the re-enrolment at her request.\n"
              f"- Controller at {d.ip()} still on firmware 4.1; update booked.\n- Retention: templates of leavers purged monthly."),
    ], md=True)
    d.cat("biometric", "trade_union")
    emit(d, text)


# ---------------------------------------------------------------- LGBT+ community centre and helpline

LC = "Prism LGBT+ Centre Calderbrook"


def lgbt() -> None:
    staff = [person(lo=1965, hi=2000), person(sex="f", origin="polish", given="Katarzyna", lo=1965, hi=2000)] + [person(lo=1965, hi=2000) for _ in range(4)]
    for s in staff[4:]:
        s.title = "Mx"

    # group register (CSV)
    d = Doc("lgbt-group-attendance-register.csv")
    rows = [["Date", "Group", "Attendee", "Pronouns", "First visit", "Contact"]]
    groups_ = ["Lesbian & Bi Women's Social", "Gay Men's Walking Group", "Trans Peer Support", "Over-50s LGBT+ Coffee", "Bi+ Book Club"]
    for k in range(8):
        p = person(lo=1950, hi=2006)
        rows.append([f"2026-05-{2 + k:02d}", groups_[k % 5], d.n(p, "g") if k % 3 == 0 else d.n(p), ["she/her", "he/him", "they/them"][k % 3],
                     "Y" if k % 4 == 0 else "N", d.mob(k) if k % 2 else d.email_of(p)])
    d.cat("sex_life_orientation")
    emit(d, delimited(rows))

    # helpline call notes (text)
    callers = [person(sex=s, lo=1960, hi=2007) for s in "mmfm"]
    d = Doc("lgbt-helpline-call-notes-week-21.txt")
    text = f"""PRISM HELPLINE — CALL NOTES (restricted)
Shift: Tue 19 May, 18:00-22:00   Volunteers: {d.n(staff[0], 'g')}, {d.n(staff[1], 'nick')}   Supervisor on call: {d.n(staff[2])} {d.mob(0)}

18:14  Caller gave name as {d.n(callers[0], 'g')}, 17. Came out to his parents as gay last week; his father told him to leave.
       Staying with a friend. Signposted to youth housing; safeguarding discussed with supervisor.
18:52  {d.n(callers[1])} (returning caller). Diagnosed HIV positive in March, started Biktarvy, struggling with disclosure to new partner.
       Booked into the peer support group.
19:40  Caller did not give a name. Silent call, 3 min.
20:05  {d.n(callers[2], 'g')}, bisexual woman, her church has asked her to step down from the worship team after she mentioned her girlfriend.
       Feels her faith and her sexuality are in conflict; offered the LGBT+ faith network details.
21:30  {d.n(callers[3])} asked about the trans support group times; no other concerns.
"""
    d.cat("sex_life_orientation", "health", "religious_belief")
    emit(d, text)

    # counselling referral (Word)
    c = person(sex="f", lo=1985, hi=2005)
    gp = person(lo=1960, hi=1985)
    d = Doc("lgbt-counselling-referral-form.docx")
    blocks = [("h", "Counselling referral"),
              ("table", [["Field", "Answer"], ["Name", d.n(c)], ["Date of birth", d.dob(c, 2)], ["Address", f"{d.d('Macapagal Court')}, {d.post(1)}"],
                         ["Phone", d.mob(2)], ["GP", f"{d.n(gp, 'tf')}, {d.d('Drummond Health Centre')}"],
                         ["Sexual orientation", "Lesbian"], ["Ethnicity", "Mixed - White and Black Caribbean"],
                         ["Reason", "Low mood after breakup with long-term partner; on citalopram 20mg; one overdose in 2023"]]),
              ("p", f"Referred by {d.n(staff[3])} on {uk(when(), 1)}. Prefers a counsellor who is also a woman of colour."),
              ("box", "Risk: moderate — safety plan completed")]
    d.cat("sex_life_orientation", "racial_ethnic_origin", "health")
    docx(d, blocks, d.n(staff[3]), LC, f"Counselling service {d.tel(1)}", [(staff[2], "Allocate to the Thursday counsellor.")])

    # event sign-ups (JSON Lines)
    d = Doc("lgbt-pride-event-signups.jsonl")
    lines = []
    for k in range(6):
        p = person(lo=1955, hi=2007)
        lines.append(json.dumps({"order_id": 91000 + k, "attendee_first": d.n(p, "g"), "attendee_last": d.n(p, "s"),
                                 "attendee_email": d.email_of(p), "ticket_type": ["Pride bus", "Pride bus", "Quiet space", "Volunteer steward", "Pride bus", "Family picnic"][k],
                                 "access_needs": ["", "Wheelchair user - needs the lift bus", "Autistic - quiet space please", "", "Hearing aid user, BSL interpreter", ""][k],
                                 "ip": d.ip(k == 4)}, ensure_ascii=False))
    d.cat("health")
    emit(d, "\n".join(lines) + "\n")

    # name-change letters: RTF and ODT; the person named by both names
    for i in range(2):
        old = person(sex="m" if i == 0 else "f", lo=1990, hi=2006)
        new = Person("Ellie" if i == 0 else "Rowan", old.surname, "f" if i == 0 else "m", old.origin, old.born, "Ms" if i == 0 else "Mx")
        PEOPLE.append(new)
        d = Doc(f"lgbt-trans-group-name-change-letter-{i + 1}.{'rtf' if i == 0 else 'odt'}")
        blocks = [("p", f"{LC}, {d.d('Sanctuary Way')}, {d.post(0)}"),
                  ("p", "To whom it may concern"),
                  ("p", f"This is to confirm that {d.n(new)} (date of birth {d.dob(old, 1)}), previously known as {d.n(old)}, has "
                        f"attended our trans peer support group since {['2024', '2025'][i]} and now uses the name {d.n(new, 'g')} in every part of life. "
                        f"The deed poll was enrolled on {uk(when(date(2026, 1, 2)), 1)}. This letter supports the application to "
                        f"renew passport number {d.passport()} in the new name."),
                  ("p", ["She is waiting for her first appointment at the gender identity clinic and started oestrogen via her GP in March.",
                         "They are not under any clinic and ask that their records are updated without further questions."][i]),
                  ("p", f"Please update your records. Contact: {d.n(staff[4])}, {d.tel(2)}, {d.mail('transgroup@prism-centre.example.org')}")]
        if i == 0:
            d.cat("health")
            emit(d, as_rtf(blocks), "\n".join(flat(blocks)))
        else:
            odt(d, blocks)

    # volunteer supervision notes (Markdown)
    v = [person(lo=1975, hi=2004), person(lo=1975, hi=2004), person(sex="m", lo=1975, hi=2004)]
    d = Doc("lgbt-volunteer-supervision-notes.md")
    text = as_text([
        ("h", "Helpline volunteer supervision — May"),
        ("p", f"Supervisor: {d.n(staff[2])}"),
        ("table", [["Volunteer", "Notes"], [d.n(v[0]), "Difficult call about conversion practices at a mosque; wants debrief. Observes Ramadan, no evening shifts till 19 March."],
                   [d.n(v[1]), "Back after long Covid; reduced to one shift a fortnight."], [d.n(v[2]), "Started with his new husband on the Pride bus team."]]),
        ("p", f"Next supervision: {uk(when(), 1)}."),
    ], md=True)
    d.cat("religious_belief", "health", "sex_life_orientation")
    emit(d, text)

    # helpline shift log workbook
    d = Doc("lgbt-helpline-shift-log.xlsx")
    sh = [["Date", "Volunteer", "Mobile", "Calls", "Webchats", "Escalations"]]
    for k in range(6):
        sh.append([f"2026-05-{11 + k:02d}", d.n(v[k % 3], "full" if k < 3 else "g"), d.mob(k) if k < 3 else "", R.randrange(3, 14), R.randrange(0, 6), k % 3 == 1 and 1 or 0])
    kv = [["Service", "Prism Helpline"], ["Manager", d.n(staff[5])], ["Manager phone", d.tel(5)], ["Out-of-hours", d.phone_as("0808 157 0192")]]
    xlsx(d, {"Shifts": sh, "About": kv})

    # centre mail with a base64 CSV of bus sign-ups
    d = Doc("lgbt-pride-bus-list-mail.eml")
    att = [["name", "mobile", "needs"]]
    for k in range(4):
        p = person(lo=1960, hi=2007)
        att.append([d.n(p), d.mob(k + 3), ["", "Mobility scooter", "", "Diabetic - will bring snacks"][k]])
    drv = person(lo=1960, hi=1995)
    body = (f"Hi {d.n(staff[1], 'nick')},\n\nHere is the final bus list for Saturday. Please keep it on the work laptop only.\n\n"
            f"Minibus driver: {d.n(drv)}, licence {d.licence(drv, True)} (checked with the DVLA code on Tuesday).\n\n"
            f"Best,\n{d.n(staff[0])} (they/them)\nPrism LGBT+ Centre\n{d.tel(8)}")
    d.cat("health")
    eml(d, Mail(who(d, staff[0], "full", "prism-centre.example.org", 0), [who(d, staff[1], "full", "prism-centre.example.org", 0)],
                "Pride bus list", "Fri, 29 May 2026 17:30:00 +0100", body, attachment=("pride-bus.csv", delimited(att))), 11)

    # youth group consent (HTML)
    y = person(lo=2009, hi=2011)
    par = person(origin=y.origin, lo=1970, hi=1988)
    d = Doc("lgbt-youth-group-consent.html")
    blocks = [("h", "Prism Youth (13-18) — registration"),
              ("table", [["Question", "Answer"], ["Young person", d.n(y)], ["Date of birth", d.dob(y, 0)], ["Identity", "Gay"],
                         ["Parent/carer aware of attendance?", "No - please do not contact home"], ["Emergency contact", f"{d.n(par)}, {d.mob(5)}"],
                         ["Medical", "Asthma - blue inhaler"]]),
              ("p", f"Youth worker: {d.n(staff[3])}.")]
    d.cat("sex_life_orientation", "health")
    emit(d, as_html("Prism Youth registration", blocks))


# ---------------------------------------------------------------- negatives: prose about no one

def negatives() -> None:
    d = Doc("policy-youth-justice-information-sharing.txt")
    emit(d, f"""{YJS} — Information sharing protocol (v3, approved April 2026)

1. Purpose
This protocol sets out how the service shares information about children who offend with the police, children's
social care, schools, health partners and the courts. Information about offences, convictions, cautions and
court outcomes is criminal offence data and is shared only where the law allows.

2. Health information
Partners may share information about a child's physical or mental health, substance use, speech and language
needs or neurodiversity (for example ADHD or autism) where this is needed to plan support. Health staff seconded
to the team record clinical information in the health record, not the case management system.

3. Diversity monitoring
Ethnicity and religion are recorded to monitor disproportionality across the youth justice system. Children may
decline to answer; "prefer not to say" is a valid answer and must not be challenged.

4. Contacts
Data protection queries: {d.mail('dpo@calderbrook.example.gov.uk')}, {d.tel(0)}.
""")

    d = Doc("policy-refugee-support-privacy-notice.md")
    emit(d, as_text([
        ("h", f"{RC} — how we use your information"),
        ("p", "We keep a record of the help we give you. This may include your country of origin, the languages you speak, "
              "your immigration status, and, if you choose to tell us, your ethnicity, religion, sexual orientation, political "
              "views or health. We ask for these only when they matter to your case, for example when they are part of the "
              "reasons you fear persecution."),
        ("p", "We never share your information with the Home Office without your written consent, unless the law requires it."),
        ("p", f"You can ask for a copy of your records at any time: email {d.mail('privacy@harbourlight.example.org')} or call {d.tel(5)}."),
    ], md=True))

    d = Doc("policy-biobank-genetic-data-governance.html")
    emit(d, as_html("Data governance", [
        ("h", f"{BIO} — genetic and health data governance"),
        ("p", "Participants' samples are sequenced and the resulting genetic data are held in a secure research environment. "
              "Researchers see pseudonymised records only; names, dates of birth and NHS numbers are held separately by the "
              "linkage team."),
        ("p", "Findings of clinical significance (for example a pathogenic BRCA1 variant or familial hypercholesterolaemia) are "
              "fed back only where the participant consented to recontact, through their GP and a genetic counsellor."),
        ("p", "Ethnic group, diagnoses, medicines and lifestyle measures are collected at the baseline visit."),
    ]))

    d = Doc("policy-party-data-protection-guide.docx")
    auth = "Data Protection Officer"
    blocks = [("h", "Handling members' and voters' data"),
              ("p", "Membership of a political party reveals political opinion and is special category data. Canvass records of "
                    "voting intention are political opinion too: keep them in the party's canvassing system only."),
              ("p", "Never record a voter's religion, ethnicity, health or sexuality on a canvass sheet, even if they mention it on "
                    "the doorstep. Do not note trade union membership unless the voter asks to join a union campaign list."),
              ("table", [["Record", "Keep for"], ["Canvass data", "Until the next election"], ["Donations", "As the Electoral Commission requires"]])]
    docx(d, blocks, auth, "Internal guidance", "Version 2.0", [])

    d = Doc("training-biometrics-dpia-workshop.md")
    emit(d, as_text([
        ("h", "Workshop: DPIAs for fingerprint and face systems"),
        ("p", "Slide 1 — Biometric data used to identify someone is special category data under Article 9."),
        ("p", "Slide 2 — Schools need a parent's written consent before processing a child's fingerprint, and must offer an "
              "alternative (card or PIN) to any child or parent who objects."),
        ("p", "Slide 3 — Templates, not images: store the minimum, encrypt at rest, delete on leaving."),
        ("p", "Slide 4 — Exercise: a warehouse wants face recognition at the gate. Which lawful basis? What if a worker wears a "
              "religious face covering, or has a skin condition that stops the fingerprint reader working?"),
    ], md=True))

    d = Doc("training-helpline-safeguarding-module.txt")
    emit(d, """Prism Helpline — volunteer training, module 4: safeguarding and confidentiality

Callers often tell us about their sexual orientation, gender identity, sexual health, HIV status, mental health,
faith, or experiences of hate crime. Everything a caller says is confidential unless someone is at risk of serious harm.

Exercise: a 15-year-old caller says their parents do not know they are gay and that they have been self-harming.
Discuss in pairs: what do you say, and when do you involve the supervisor?

Recording: write the minimum. Do not record a caller's surname, address or phone number unless they ask for a call back.
""")

    d = Doc("policy-board-minutes-equality-report.txt")
    emit(d, """Board of trustees — minutes extract, item 6: equality, diversity and inclusion report

The board received the annual report. The staff survey shows 14% of staff are disabled or have a long-term health
condition, 22% are from minority ethnic backgrounds, 9% are lesbian, gay or bisexual, and 31% are members of a trade
union. Religion: 38% Christian, 11% Muslim, 4% Hindu, 2% Sikh, 41% no religion.

The board noted that figures under ten are suppressed and no individual can be identified. Trustees asked for a plan
on recruiting people with criminal records under the ban-the-box pledge. Agreed.
""")

    d = Doc("training-special-category-quiz.odt")
    odt(d, [("h", "Quiz: which of these are special category data?"),
            ("p", "1. A list of staff who pay union subscriptions through payroll."),
            ("p", "2. A note that a client attends a gurdwara."),
            ("p", "3. A carrier result for sickle cell disease."),
            ("p", "4. A voter's canvass return marked 'Green'."),
            ("p", "5. A fob access log."),
            ("p", "Answers: 1-4 are special category data; 5 is personal data but not biometric."),
            ])


def build() -> None:
    yot()
    refugee()
    genetics()
    politics()
    access()
    lgbt()
    negatives()


# ---------------------------------------------------------------- checks and output

EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
WATCH = [re.compile(r"\bQQ ?\d\d ?\d\d ?\d\d ?[A-D]\b", re.I), re.compile(r"\b07700[ -]?900[ -]?\d{3}\b"),
         re.compile(r"\b(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d+\b")]
CATEGORIES = {"racial_ethnic_origin", "political_opinion", "religious_belief", "trade_union", "genetic",
              "biometric", "health", "sex_life_orientation", "criminal_offence"}


def check(doc: Doc, text: str) -> None:
    for s in doc.names + doc.written:
        assert s in text, f"{doc.name}: {s!r} not in its text"
    assert doc.cats <= CATEGORIES, doc.cats
    assert all("  " not in n and not re.match(r"(Mr|Mrs|Ms|Miss|Dr|Mx)\b", n) for n in doc.names), doc.names
    if doc.name.startswith(("policy", "training")):
        assert not doc.names and not doc.cats, f"{doc.name}: a negative names someone"
    labelled = {v for _, v in doc.ids}
    for e in EMAIL.findall(text):
        assert e.lower() in labelled, f"{doc.name}: unlabelled email {e}"
    masked = EMAIL.sub(" ", text)
    for rx in WATCH:
        for hit in rx.findall(masked):
            norm = hit.upper().replace(" ", "")
            assert hit in doc.written or norm in labelled, f"{doc.name}: unlabelled {hit}"
    for s in sorted(set(doc.written) | doc.dist | set(doc.names), key=len, reverse=True):
        masked = masked.replace(s, " ")
    for p in PEOPLE:
        for part in p.parts():
            for form in {part, part.upper()}:
                if re.search(rf"(?<!\w){re.escape(form)}(?!\w)", masked):
                    raise AssertionError(f"{doc.name}: unlabelled name part {form!r}")


def main() -> None:
    build()
    if DOCS.exists():
        shutil.rmtree(DOCS)
    DOCS.mkdir(parents=True)
    lines = []
    seen = set()
    for doc, data, text in sorted(OUT, key=lambda o: o[0].name):
        assert doc.name not in seen, doc.name
        seen.add(doc.name)
        check(doc, text)
        (DOCS / doc.name).write_bytes(data)
        lines.append(json.dumps({"doc": doc.name, "names": doc.names, "categories": sorted(doc.cats),
                                 "ids": [list(i) for i in doc.ids]}, ensure_ascii=False))
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n")
    docs = [o[0] for o in OUT]
    kinds: dict[str, int] = {}
    for d in docs:
        for k, _ in d.ids:
            kinds[k] = kinds.get(k, 0) + 1
    cats: dict[str, int] = {}
    for d in docs:
        for c in d.cats:
            cats[c] = cats.get(c, 0) + 1
    print(f"{len(docs)} documents ({sum(d.name.startswith(('policy', 'training')) for d in docs)} negative), "
          f"{sum(len(d.names) for d in docs)} name labels, {sum(kinds.values())} identifier labels")
    print("identifiers:", ", ".join(f"{k} {v}" for k, v in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))))
    print("documents per category:", ", ".join(f"{k} {v}" for k, v in sorted(cats.items(), key=lambda kv: (-kv[1], kv[0]))))


if __name__ == "__main__":
    main()
