#!/usr/bin/env python3
"""(Re)create dpscan's SIXTH held-out evaluation set: the records a letting
and estate agency, a council taxi and private-hire licensing team, an
occupational health provider, a local newspaper newsroom and a sexual health
and fertility clinic hold.

Usage:  python3 tests/eval/heldout6/generate.py

Python 3.11, standard library only, deterministic (``random.Random(27182)``,
fixed zip timestamps, fixed MIME boundaries): two runs, under any
``PYTHONHASHSEED``, give byte-identical files. ``docs/`` is deleted and
rebuilt, ``labels.jsonl`` rewritten.

This set is blind: written without reading dpscan's detectors, rules, the
other sets' documents or generators (only the contract, the README, the eval
test, the label-format section of tests/eval/README.md, heldout5's README and
its generator's docstring), and only ever measured. Templates and name lists
are new.

Documents: tenant referencing forms, guarantor forms, deposit disputes,
landlord mail, applicant exports; taxi and private-hire driver applications
with DBS and medicals, complaints, enforcement notes, a licence register;
occupational health management referrals, fitness-for-work reports, health
surveillance sheets, union reps' correspondence; a newsroom's contacts book,
reader complaints, court reporting notes, interview notes, a staff rota, a
desk chat export where colleagues use nicknames (generated last); a
sexual health and fertility clinic's appointment exports, partner
notification notes, donor records and test results; and policy, privacy
notice, training and board-minutes prose about health, religion, unions,
ethnicity, sexuality and criminal records naming no one (``policy-*``,
``training-*``). Formats: text, Markdown, CSV, TSV, mail (multipart with
quoted-printable text and HTML, RFC 2047 display names, a base64 CSV
attachment, reply quoting), mbox, HTML, Word (header, footer, comments,
tables, a VML text box, document author), Excel (key/value sheets, header
rows, two sheets, numbers typed as numbers), ODF text and spreadsheet (with
manifest), RTF, JSON and JSON Lines with each system's own field names.

Labels come from the structures that write the text:

* ``ids``: ``[kind, normalised value]`` of every identifier written (the
  organisations' own phones, emails and postcodes too), normalised as
  CONTRACT.md says;
* ``names``: every person-name string as written, titles left out; a check
  refuses a document in which a person's name part or nickname (as written
  or in capitals) occurs outside a labelled mention, a recorded distractor
  (street, organisation, product, condition), an email address or a
  written identifier (a driving licence starts with a surname), whose written identifiers or labels do not occur in
  its text, or which writes an email address, a QQ NINO, an Ofcom mobile or
  a documentation IP that is not labelled;
* ``categories``: the special categories revealed about a named person.
  As in heldout5: "Prefer not to say", "None" and "No" answers, nationality
  and immigration status are nothing; a DBS result of "clear" is nothing; a
  conviction, caution or charge of the person named is criminal offence; a
  crime's victim is not; a medicine, condition, injury, aid or appointment
  for treatment on a person's line is health; prayer times, a faith diet or
  a place of worship is religious belief; union membership or a rep acting
  for a member is trade union; a Message-ID is not an email address.
  New here: attending a sexual health clinic, a test result (positive or
  negative) and contraception are health; partner notification (naming a
  sexual contact) is sex life; a same-sex couple's fertility treatment
  reveals orientation as well as health; a donor's carrier screening or
  family history of an inherited condition is genetic; an ID-verification
  face match (liveness selfie scored against a passport photo) is
  biometric; a driver's Group 2 medical with a condition is health, a
  "fit, no restrictions" medical is nothing; a spent or unspent conviction
  on a DBS certificate is criminal offence, and so is a licensing
  committee's suspension for an offence; a passenger's guide dog is health
  about the passenger; a reporter's note of a source's vote or party is
  political opinion, of a councillor's public party role too; a
  defendant named in court copy is criminal offence; a rota line "Eid" or
  "Yom Kippur" leave is religious belief, "hospital appt" is health; a
  driving-licence number is an identifier, not a name mention; a tenant on
  housing benefit reveals nothing special; an occupational health
  appointment, referral or surveillance test (audiometry, spirometry, skin
  check, vaccination) is health, as is a PrEP, HIV or STI appointment (not
  sex life: only a named sexual contact is); a contact's role as imam is
  religious belief, as union chapel rep trade union, as a party's council
  group leader or activist political opinion; a councillor named with no
  party reveals nothing; an ethnicity recorded to match a donor is racial
  or ethnic origin.

Everything is fictional: emails use example.com/.org/.net, phones Ofcom's
drama ranges, NHS numbers the 999 test range, NINOs the QQ prefix, cards the
schemes' published test numbers, postcodes Royal Mail's published format
examples, IPs the documentation ranges, IBANs valid check digits on made-up
accounts, UK bank details sort codes of single Vocalink MOD11 rows (v7.70, no
exception, weights copied below) with account numbers made to pass them.
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
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from xml.sax.saxutils import escape as xesc

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
R = random.Random(27182)
ZIP_TIME = (2026, 3, 14, 10, 15, 0)

# ---------------------------------------------------------------- people

# origin: (women's given names, men's given names, surnames; "m|f" forms by sex)
ORIGINS = {
    "english": (["Rebecca", "Lindsey", "Natalie", "Paula", "Kerry"], ["Darren", "Kevin", "Martin", "Neil", "Simon"],
                ["Fothergill", "Ackroyd", "Pennington", "Royle", "Blakemore", "Tattersall"]),
    "welsh": (["Bethan", "Ffion", "Catrin", "Mererid"], ["Huw", "Emyr", "Aled", "Owain"],
              ["Pugh", "Bevan", "Vaughan-Rees", "ap Rhys"]),
    "scottish": (["Mhairi", "Ishbel", "Catriona"], ["Ruaridh", "Euan", "Lachlan", "Murdo"],
                 ["MacKinnon", "Farquharson", "McGillivray", "Sutherland"]),
    "irish": (["Niamh", "Orla", "Róisín", "Caoimhe"], ["Ciarán", "Donal", "Padraig", "Tadhg"],
              ["O'Donoghue", "Brannigan", "McGettigan", "Ó Súilleabháin"]),
    "pakistani": (["Sadia", "Mehwish", "Iqra", "Ayesha"], ["Tariq", "Faisal", "Kamran", "Adeel"],
                  ["Awan", "Rathore", "Janjua", "Abbasi"]),
    "indian": (["Deepika", "Harpreet", "Kavita", "Sunita"], ["Arjun", "Sanjay", "Gurdeep", "Mohan"],
               ["Sharma", "Sandhu", "Venkatesan", "Gill"]),
    "bangladeshi": (["Shirin", "Nusrat", "Taslima"], ["Shahid", "Jamal", "Anwar"], ["Uddin", "Chowdhury", "Rahman"]),
    "srilankan": (["Tharushi", "Nirosha"], ["Dinesh", "Kasun"], ["Wickramasinghe", "Jayawardena", "Sivakumar"]),
    "polish": (["Agnieszka", "Katarzyna", "Zofia"], ["Tomasz", "Krzysztof", "Paweł"],
               ["Nowak", "Wójcik", "Mazur", "Zieliński|Zielińska"]),
    "romanian": (["Andreea", "Florentina"], ["Mihai", "Bogdan"], ["Stoica", "Munteanu", "Dumitrescu"]),
    "bulgarian": (["Desislava", "Radka"], ["Stoyan", "Plamen"], ["Georgiev|Georgieva", "Petkov|Petkova"]),
    "nigerian": (["Chiamaka", "Funmilayo", "Ngozi"], ["Oluwaseun", "Chinedu", "Babatunde"],
                 ["Adeyemi", "Okonkwo", "Nwachukwu", "Olawale"]),
    "ghanaian": (["Akosua", "Efua"], ["Kwabena", "Kofi"], ["Asante", "Boateng", "Owusu-Ansah"]),
    "somali": (["Hodan", "Sahra"], ["Abdirahman", "Mahad"], ["Warsame", "Jama", "Hirsi"]),
    "sudanese": (["Amna", "Hiba"], ["Osman", "Tarig"], ["Abdelrahim", "Elnour"]),
    "jamaican": (["Marcia", "Sharon"], ["Delroy", "Winston"], ["McKenzie", "Bailey-Campbell", "Ricketts"]),
    "chinese": (["Xiaoling", "Yuxin"], ["Hao", "Wei"], ["Zhang", "Liu", "Huang"]),
    "hongkong": (["Wing Yan", "Ka Man"], ["Chi Hung", "Ho Yin"], ["Chan", "Leung", "Cheung"]),
    "filipino": (["Maricel", "Rowena"], ["Rodel", "Jerome"], ["Dela Cruz", "Bautista", "Macaraeg"]),
    "turkish": (["Elif", "Zeynep"], ["Mehmet", "Emre"], ["Yılmaz", "Öztürk", "Demir"]),
    "greek": (["Eleni", "Despina"], ["Yiannis", "Stavros"], ["Papadopoulos", "Christodoulou"]),
    "portuguese": (["Inês", "Filipa"], ["João", "Rui"], ["Ferreira", "dos Santos", "Gonçalves"]),
    "spanish": (["Lucía", "Pilar"], ["Javier", "Íñigo"], ["García-Morales", "de la Fuente", "Iglesias"]),
    "afghan": (["Parwana", "Zarghona"], ["Habibullah", "Farid"], ["Ahmadzai", "Hotak", "Noorzai"]),
    "ukrainian": (["Oksana", "Yuliia"], ["Bohdan", "Taras"], ["Kovalenko", "Shevchuk", "Bondarenko"]),
}
NICKNAMES = {"Rebecca": "Becky", "Katarzyna": "Kasia", "Krzysztof": "Krzys", "Oluwaseun": "Seun",
             "Babatunde": "Tunde", "Abdirahman": "Abdi", "Padraig": "Paddy", "Habibullah": "Habib",
             "Stavros": "Stav", "Natalie": "Nat", "Catriona": "Triona", "Chinedu": "Chi-Chi"}
PARTICLES = {"ap", "dos", "de", "la", "Dela", "Ó"}

used_people: set[tuple[str, str]] = set()


@dataclass
class Person:
    given: str
    surname: str
    sex: str
    middle: str = ""

    @property
    def title(self) -> str:
        return R.choice(["Mr"] if self.sex == "m" else ["Mrs", "Ms", "Miss"])

    @property
    def full(self) -> str:
        return f"{self.given} {self.surname}"

    @property
    def ascii(self) -> tuple[str, str]:
        def a(s: str) -> str:
            s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
            return re.sub(r"[^a-z]", "", s)
        return a(self.given), a(self.surname)

    def parts(self) -> list[str]:
        words = re.split(r"[ \-]", self.full)
        out = [w for w in words if w not in PARTICLES and len(w) > 1]
        if self.given in NICKNAMES:
            out.append(NICKNAMES[self.given])
        return out


def person(sex: str | None = None, origin: str | None = None, surname: str | None = None) -> Person:
    while True:
        o = origin or R.choice(sorted(ORIGINS))
        f, m, s = ORIGINS[o]
        sx = sex or R.choice("mf")
        given = R.choice(f if sx == "f" else m)
        sur = surname or R.choice(s)
        if "|" in sur:
            sur = sur.split("|")[0 if sx == "m" else 1]
        if (given, sur) not in used_people or surname:
            used_people.add((given, sur))
            return Person(given, sur, sx)


def child_of(parent: Person, sex: str | None = None) -> Person:
    origin = next(o for o, v in ORIGINS.items() if parent.surname in "|".join(v[2]).split("|"))
    return person(sex=sex, origin=origin, surname=parent.surname)


# ---------------------------------------------------------------- identifiers

MOBILE = "07700 900{:03d}"
GEO = [("020", "7946 0{:03d}"), ("0113", "496 0{:03d}"), ("0117", "496 0{:03d}"), ("0121", "496 0{:03d}"),
       ("0131", "496 0{:03d}"), ("0161", "496 0{:03d}"), ("029", "2018 0{:03d}"), ("028", "9649 6{:03d}"),
       ("01632", "960 {:03d}")]
POSTCODES = ["M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "W1A 0AX", "EC1A 1BB", "M2 5BQ", "B1 1BB", "L1 8JQ", "LS1 1UR"]
CARDS = ["4111111111111111", "4242424242424242", "5555555555554444", "5105105105105100", "378282246310005",
         "4000056655665556", "2223003122003222", "6011111111111117"]
# Vocalink v7.70 single MOD11 rows, no exception: sort code range -> 14 weights (u..h).
VOCALINK = {
    (600110, 600124): [0, 0, 0, 0, 0, 0, 8, 7, 6, 5, 4, 3, 2, 1],
    (108100, 109999): [0, 0, 0, 0, 0, 0, 8, 7, 6, 5, 4, 3, 2, 1],
    (720251, 724443): [0, 0, 0, 0, 0, 9, 8, 7, 6, 5, 4, 3, 2, 1],
    (122400, 122999): [0, 0, 1, 8, 2, 6, 3, 7, 9, 5, 8, 4, 2, 1],
    (726000, 726616): [0, 0, 0, 0, 0, 9, 8, 7, 6, 5, 4, 3, 2, 1],
}
used_numbers: set[str] = set()


def fresh(make) -> str:
    while True:
        v = make()
        if v not in used_numbers:
            used_numbers.add(v)
            return v


def bank_pair() -> tuple[str, str]:
    (lo, hi), w = R.choice(sorted(VOCALINK.items()))
    sc = f"{R.randint(lo + 1, hi - 1):06d}"
    while True:
        acc = f"{R.randint(10000000, 99999999)}"
        if sum(int(d) * k for d, k in zip(sc + acc, w)) % 11 == 0 and acc not in used_numbers:
            used_numbers.add(acc)
            return sc, acc


def nhs_number() -> str:
    while True:
        d = "999" + f"{R.randint(0, 999999):06d}"
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(d)) % 11
        c = 0 if c == 11 else c
        if c != 10 and d + str(c) not in used_numbers:
            used_numbers.add(d + str(c))
            return d + str(c)


def iban_for(country: str, bban: str) -> str:
    num = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{country}{98 - int(num) % 97:02d}{bban}"


def groups(s: str, n: int = 4) -> str:
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------- documents


@dataclass
class Doc:
    name: str

    def __post_init__(self):
        self.names: list[str] = []
        self.ids: list[list[str]] = []
        self.cats: set[str] = set()
        self.people: list[Person] = []
        self.traps: list[str] = []
        self.written: list[str] = []

    # names
    def n(self, s: str, p: Person | None = None) -> str:
        if p is not None and p not in self.people:
            self.people.append(p)
        if s not in self.names:
            self.names.append(s)
        return s

    def full(self, p): return self.n(p.full, p)
    def inv(self, p): return self.n(f"{p.surname}, {p.given}", p)
    def caps(self, p): return self.n(f"{p.surname.upper()}, {p.given.upper()}", p)
    def upper(self, p): return self.n(p.full.upper(), p)
    def ini(self, p): return self.n(f"{p.given[0]}. {p.surname}", p)
    def first(self, p): return self.n(p.given, p)
    def sur(self, p): return self.n(p.surname, p)
    def nick(self, p): return self.n(NICKNAMES.get(p.given, p.given), p)
    def t(self, p): return f"{p.title} {self.sur(p)}"
    def tf(self, p): return f"{'Dr' if R.random() < .2 else p.title} {self.full(p)}"

    def trap(self, s: str) -> str:
        self.traps.append(s)
        return s

    def cat(self, c: str, s: str) -> str:
        self.cats.add(c)
        return s

    # identifiers
    def idf(self, kind: str, written: str, value: str) -> str:
        if [kind, value] not in self.ids:
            self.ids.append([kind, value])
        self.written.append(written)
        return written

    def email(self, p: Person | None = None, local: str | None = None, domain: str | None = None) -> str:
        if p is not None:
            g, s = p.ascii
            local = local or R.choice([f"{g}.{s}", f"{g[0]}{s}", f"{g}{s}{R.randint(1, 99)}", f"{s}.{g[0]}"])
        domain = domain or R.choice(["example.com", "example.org", "example.net"])
        e = f"{local}@{domain}"
        written = e if R.random() < .85 else e[0].upper() + e[1:]
        return self.idf("email", written, e.lower())

    def phone(self, mobile: bool | None = None) -> str:
        if mobile if mobile is not None else R.random() < .6:
            n = fresh(lambda: MOBILE.format(R.randint(0, 999)))
            digits = n.replace(" ", "")
            written = R.choice([n, digits, "+44 " + n[1:], "+44 (0)" + n[1:], "07700-" + n[6:]])
        else:
            area, rest = R.choice(GEO)
            local = fresh(lambda: rest.format(R.randint(0, 999)))
            digits = area + local.replace(" ", "")
            written = R.choice([f"{area} {local}", f"({area}) {local}", f"+44 {area[1:]} {local}", f"+44 (0){area[1:]} {local}"])
        return self.idf("phone", written, "+44" + digits[1:])

    def phone_number(self) -> int:
        """A mobile typed as a spreadsheet number (leading zero lost)."""
        n = fresh(lambda: MOBILE.format(R.randint(0, 999))).replace(" ", "")
        self.idf("phone", n[1:], "+44" + n[1:])
        return int(n[1:])

    def post(self) -> str:
        pc = R.choice(POSTCODES)
        written = R.choice([pc, pc, pc, pc.replace(" ", ""), pc.lower()])
        return self.idf("uk_postcode", written, pc)

    def nino(self) -> str:
        v = fresh(lambda: "QQ" + f"{R.randint(0, 999999):06d}" + R.choice("ABCD"))
        written = R.choice([v, f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}", f"{v[:2]}{v[2:8]} {v[8]}", v.lower()])
        return self.idf("uk_nino", written, v)

    def nhs(self, as_number: bool = False):
        v = nhs_number()
        if as_number:
            self.idf("nhs_number", v, v)
            return int(v)
        written = R.choice([f"{v[:3]} {v[3:6]} {v[6:]}", v, f"{v[:3]}-{v[3:6]}-{v[6:]}"])
        return self.idf("nhs_number", written, v)

    def dob(self, d: date, style: int | None = None) -> str:
        style = R.randint(0, 4) if style is None else style
        written = [d.strftime("%d/%m/%Y"), f"{d.day} {d.strftime('%B %Y')}", d.isoformat(),
                   d.strftime("%d.%m.%Y"), f"{d.day} {d.strftime('%b %Y')}"][style]
        return self.idf("date_of_birth", written, d.isoformat())

    def card(self) -> str:
        c = R.choice(CARDS)
        written = R.choice([c, groups(c), "-".join(c[i:i + 4] for i in range(0, len(c), 4))]) if len(c) == 16 else f"{c[:4]} {c[4:10]} {c[10:]}"
        return self.idf("payment_card", written, c)

    def bank(self) -> tuple[str, str]:
        sc, acc = bank_pair()
        scw = R.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", f"{sc[:2]} {sc[2:4]} {sc[4:]}", sc])
        self.idf("uk_bank_account", f"{scw}", f"{sc}:{acc}")
        self.written.append(acc)
        return scw, acc

    def iban(self) -> str:
        country, bban = R.choice([("GB", "NWBK" + f"{R.randint(0, 10**14 - 1):014d}"), ("PL", f"{R.randint(0, 10**24 - 1):024d}"),
                                  ("IE", "AIBK" + f"{R.randint(0, 10**14 - 1):014d}"), ("PT", f"{R.randint(0, 10**21 - 1):021d}")])
        v = iban_for(country, bban)
        return self.idf("iban", R.choice([v, groups(v)]), v)

    def passport(self) -> str:
        v = fresh(lambda: f"{R.randint(100000000, 999999999)}")
        return self.idf("uk_passport", v, v)

    def licence(self, p: Person, born: date) -> str:
        s = re.sub(r"[^A-Z]", "", unicodedata.normalize("NFKD", p.surname).encode("ascii", "ignore").decode().upper())
        s = (s[:5] + "99999")[:5]
        m = born.month + (50 if p.sex == "f" else 0)
        v = f"{s}{str(born.year)[2]}{m:02d}{born.day:02d}{str(born.year)[3]}{p.ascii[0][0].upper()}9{R.randint(0, 9)}{R.choice('ABCDEFGHJK')}{R.choice('ABCDEFGHJK')}"
        return self.idf("uk_driving_licence", R.choice([v, f"{v[:5]} {v[5:11]} {v[11:13]} {v[13:]}"]), v)

    def ip(self) -> str:
        v = fresh(lambda: R.choice([f"192.0.2.{R.randint(1, 254)}", f"198.51.100.{R.randint(1, 254)}",
                                    f"203.0.113.{R.randint(1, 254)}", f"2001:db8::{R.randint(1, 0xfff):x}"]))
        return self.idf("ip_address", v, v)


def born(lo: int = 1955, hi: int = 2003) -> date:
    return date(lo, 1, 1) + timedelta(days=R.randint(0, (hi - lo) * 365))


def when(lo: date = date(2025, 1, 6), days: int = 420) -> date:
    return lo + timedelta(days=R.randint(0, days))


def uk(d: date) -> str:
    return d.strftime("%d/%m/%Y")


# ---------------------------------------------------------------- writers

def zwrite(path: Path, members: list[tuple[str, str | bytes]], stored_first: bool = False) -> None:
    with zipfile.ZipFile(path, "w") as z:
        for i, (name, data) in enumerate(members):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_STORED if stored_first and i == 0 else zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode() if isinstance(data, str) else data)


def flat(blocks) -> list[str]:
    """Every line of text in a block list (paragraphs, table rows)."""
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b)
        else:
            out.extend("\t".join(str(c) for c in row) for row in b)
    return out


def as_text(blocks, md: bool = False) -> str:
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b)
        elif md:
            out.append("| " + " | ".join(str(c) for c in b[0]) + " |")
            out.append("|" + "---|" * len(b[0]))
            out += ["| " + " | ".join(str(c) for c in row) + " |" for row in b[1:]]
        else:
            widths = [max(len(str(r[i])) for r in b) for i in range(len(b[0]))]
            out += ["  ".join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip() for row in b]
    return "\n".join(out) + "\n"


def as_html(title: str, blocks) -> str:
    out = [f"<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title></head><body>"]
    for b in blocks:
        if isinstance(b, str):
            out.append(f"<p>{html.escape(b)}</p>")
        else:
            out.append("<table border=\"1\">")
            out.append("<tr>" + "".join(f"<th>{html.escape(str(c))}</th>" for c in b[0]) + "</tr>")
            out += ["<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in b[1:]]
            out.append("</table>")
    out.append("</body></html>\n")
    return "\n".join(out)


def rtf_escape(s: str) -> str:
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) > 127:
            out.append(f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?")
        else:
            out.append(ch)
    return "".join(out)


def as_rtf(blocks) -> str:
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append(rtf_escape(b) + "\\par")
        else:
            for row in b:
                cells = "".join(f"\\cellx{2400 * (i + 1)}" for i in range(len(row)))
                body.append("\\trowd" + cells + " " + "".join(rtf_escape(str(c)) + "\\cell " for c in row) + "\\row")
    return "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Calibri;}}\\f0\\fs22\n" + "\n".join(body) + "\n}\n"


def w_par(text: str) -> str:
    return f"<w:p><w:r><w:t xml:space=\"preserve\">{xesc(text)}</w:t></w:r></w:p>"


def w_table(rows) -> str:
    return "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>" + "".join(
        "<w:tr>" + "".join(f"<w:tc>{w_par(str(c))}</w:tc>" for c in row) + "</w:tr>" for row in rows) + "</w:tbl>"


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:v="urn:schemas-microsoft-com:vml"'


def write_docx(path: Path, blocks, author: str, header: str = "", footer: str = "",
               comments: list[tuple[str, str]] = (), textbox: str = "") -> None:
    body = []
    for i, b in enumerate(blocks):
        if isinstance(b, str):
            if comments and i == 1:
                runs = "".join(f"<w:commentRangeStart w:id=\"{k}\"/>" for k in range(len(comments)))
                ends = "".join(f"<w:commentRangeEnd w:id=\"{k}\"/><w:r><w:commentReference w:id=\"{k}\"/></w:r>" for k in range(len(comments)))
                body.append(f"<w:p>{runs}<w:r><w:t xml:space=\"preserve\">{xesc(b)}</w:t></w:r>{ends}</w:p>")
            else:
                body.append(w_par(b))
        else:
            body.append(w_table(b))
    if textbox:
        body.append("<w:p><w:r><w:pict><v:shape style=\"width:200pt;height:60pt\"><v:textbox><w:txbxContent>"
                    + w_par(textbox) + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>")
    sect = ""
    rels = ['<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    types = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
             '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
             '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    parts = []
    if header:
        sect += '<w:headerReference w:type="default" r:id="rIdH"/>'
        rels.append('<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        types.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        parts.append(("word/header1.xml", f"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:hdr {W_NS}>{w_par(header)}</w:hdr>"))
    if footer:
        sect += '<w:footerReference w:type="default" r:id="rIdF"/>'
        rels.append('<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        types.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        parts.append(("word/footer1.xml", f"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:ftr {W_NS}>{w_par(footer)}</w:ftr>"))
    if comments:
        rels.append('<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        types.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
        cs = "".join(f"<w:comment w:id=\"{k}\" w:author=\"{xesc(a)}\" w:date=\"2026-02-11T09:00:00Z\" w:initials=\"{xesc(a[0])}\">{w_par(t)}</w:comment>"
                     for k, (a, t) in enumerate(comments))
        parts.append(("word/comments.xml", f"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:comments {W_NS}>{cs}</w:comments>"))
    doc = (f"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document {W_NS}><w:body>"
           + "".join(body) + f"<w:sectPr>{sect}</w:sectPr></w:body></w:document>")
    zwrite(path, [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
         + "".join(types) + "</Types>"),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
        ("docProps/core.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
         'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
         f'<dc:creator>{xesc(author)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-02-10T08:00:00Z</dcterms:created></cp:coreProperties>'),
        ("word/document.xml", doc),
        ("word/styles.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W_NS}/>'),
        ("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         + "".join(rels) + "</Relationships>"),
    ] + parts)


def col(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def write_xlsx(path: Path, sheets: dict[str, list[list]]) -> None:
    shared: list[str] = []
    index: dict[str, int] = {}
    xml_sheets = []
    for rows in sheets.values():
        out = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = f"{col(c)}{r}"
                if isinstance(v, (int, float)):
                    cells.append(f"<c r=\"{ref}\"><v>{v}</v></c>")
                elif v != "":
                    if v not in index:
                        index[v] = len(shared)
                        shared.append(v)
                    cells.append(f"<c r=\"{ref}\" t=\"s\"><v>{index[v]}</v></c>")
            out.append(f"<row r=\"{r}\">{''.join(cells)}</row>")
        xml_sheets.append('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                          + "".join(out) + "</sheetData></worksheet>")
    n = len(sheets)
    members = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
         + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(1, n + 1))
         + "</Types>"),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
         + "".join(f'<sheet name="{xesc(name)}" sheetId="{i}" r:id="rId{i}"/>' for i, name in enumerate(sheets, 1)) + "</sheets></workbook>"),
        ("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         + "".join(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>' for i in range(1, n + 1))
         + f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'),
        ("xl/sharedStrings.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         + "".join(f"<si><t xml:space=\"preserve\">{xesc(s)}</t></si>" for s in shared) + "</sst>"),
    ] + [(f"xl/worksheets/sheet{i}.xml", x) for i, x in enumerate(xml_sheets, 1)]
    zwrite(path, members)


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
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
        out.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
    return "".join(out)


def write_odf(path: Path, kind: str, body: str) -> None:
    mime = f"application/vnd.oasis.opendocument.{kind}"
    content = f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODF_NS}><office:body>{body}</office:body></office:document-content>'
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    zwrite(path, [("mimetype", mime), ("META-INF/manifest.xml", manifest), ("content.xml", content)], stored_first=True)


def write_odt(path: Path, blocks) -> None:
    body = "".join(f"<text:p>{xesc(b)}</text:p>" if isinstance(b, str) else f'<table:table table:name="T{i}">{odf_rows(b)}</table:table>'
                   for i, b in enumerate(blocks))
    write_odf(path, "text", f"<office:text>{body}</office:text>")


def write_ods(path: Path, sheets) -> None:
    body = "".join(f'<table:table table:name="{xesc(name)}">{odf_rows(rows)}</table:table>' for name, rows in sheets.items())
    write_odf(path, "spreadsheet", f"<office:spreadsheet>{body}</office:spreadsheet>")


def rfc2047(name: str) -> str:
    if name.isascii():
        return f'"{name}"' if "," in name else name
    return "=?UTF-8?B?" + base64.b64encode(name.encode()).decode() + "?="


@dataclass
class Mail:
    sender: tuple[str, str]
    to: tuple[str, str]
    subject: str
    date: str
    body: str
    html: bool = False
    attachment: tuple[str, str] | None = None
    msgid: str = ""


def mail_text(m: Mail, k: int) -> str:
    head = (f"From: {rfc2047(m.sender[0])} <{m.sender[1]}>\nTo: {rfc2047(m.to[0])} <{m.to[1]}>\n"
            f"Subject: {m.subject}\nDate: {m.date}\nMessage-ID: <{m.msgid or f'm{k}.20260311'}@mail.example.net>\nMIME-Version: 1.0\n")
    if not m.html and not m.attachment:
        return head + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + m.body + "\n"
    b = f"=_dpscan_h6_{k:03d}"
    qp = quopri.encodestring(m.body.encode()).decode()
    parts = [f"--{b}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{qp}\n"]
    if m.html:
        h = "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in m.body.split("\n") if line) + "</body></html>"
        parts.append(f"--{b}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{quopri.encodestring(h.encode()).decode()}\n")
    if m.attachment:
        fname, data = m.attachment
        enc = base64.encodebytes(data.encode()).decode()
        parts.append(f"--{b}\nContent-Type: text/csv; name=\"{fname}\"\nContent-Disposition: attachment; filename=\"{fname}\"\nContent-Transfer-Encoding: base64\n\n{enc}")
    kind = "mixed" if m.attachment else "alternative"
    return head + f"Content-Type: multipart/{kind}; boundary=\"{b}\"\n\nThis is a multi-part message in MIME format.\n\n" + "".join(parts) + f"--{b}--\n"


def write_mbox(path: Path, mails: list[Mail]) -> None:
    out = []
    for k, m in enumerate(mails):
        head, body = mail_text(m, k).split("\n\n", 1)
        out.append(f"From {m.sender[1]} Tue Mar 10 09:{k:02d}:00 2026\n{head}\n\n" + re.sub(r"(?m)^From ", ">From ", body) + "\n")
    path.write_text("".join(out), encoding="utf-8")


def csv_text(rows, delimiter: str = ",") -> str:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n" if delimiter == "," else "\n").writerows(rows)
    return buf.getvalue()


# ---------------------------------------------------------------- emitting and checking

DOCS_OUT: list[Doc] = []
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
WATCHED = [  # written ranges that must be labelled: (pattern, kind, normaliser)
    (re.compile(r"\b[Qq]{2} ?\d\d ?\d\d ?\d\d ?[A-Da-d]\b"), "uk_nino", lambda s: s.replace(" ", "").upper()),
    (re.compile(r"7700[ -]?900 ?\d{3}"), "phone", lambda s: "+44" + re.sub(r"\D", "", s)),
    (re.compile(r"\b(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d+\b|2001:db8::[0-9a-f]+"), "ip_address", lambda s: s),
]


def strings_of(x) -> list[str]:
    if isinstance(x, str):
        return [x]
    if isinstance(x, (int, float)):
        return [str(x)]
    if isinstance(x, dict):
        return [s for k, v in x.items() for s in strings_of(k) + strings_of(v)]
    if isinstance(x, (list, tuple)):
        return [s for v in x for s in strings_of(v)]
    if isinstance(x, Mail):
        return [x.sender[0], x.sender[1], x.to[0], x.to[1], x.subject, x.body] + (strings_of(x.attachment[1]) if x.attachment else [])
    return []


def check(d: Doc, text: str) -> None:
    problems = []
    for s in d.names:
        if s not in text:
            problems.append(f"label {s!r} not written")
    for w in d.written:
        if w not in text:
            problems.append(f"identifier {w!r} not written")
    emails = set(EMAIL_RE.findall(text))
    for e in emails:
        if ["email", e.lower()] not in d.ids:
            problems.append(f"email {e} unlabelled")
    for pattern, kind, norm in WATCHED:
        for m in pattern.findall(text):
            if [kind, norm(m)] not in d.ids:
                problems.append(f"{kind} {m} unlabelled")
    rest = EMAIL_RE.sub(" ", text)
    for s in sorted(d.names + d.traps + d.written, key=len, reverse=True):
        rest = rest.replace(s, " ")
    for p in d.people:
        for part in p.parts():
            for form in {part, part.upper()}:
                if re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", rest):
                    problems.append(f"name part {form!r} of {p.full} outside a label")
    if re.search(r"\{[a-z_]+\}", text):
        problems.append("template markup left")
    if problems:
        raise SystemExit(f"{d.name}: " + "; ".join(problems))


def emit(d: Doc, payload, **kw) -> None:
    path = DOCS / d.name
    ext = path.suffix[1:]
    extra = [kw.get("header", ""), kw.get("footer", ""), kw.get("textbox", "")] + [s for c in kw.get("comments", ()) for s in c]
    if ext in ("txt", "md"):
        text = as_text(payload, md=ext == "md")
        path.write_text(text, encoding="utf-8")
    elif ext == "html":
        path.write_text(as_html(kw.get("title", d.name), payload), encoding="utf-8")
        text = "\n".join(flat(payload))
    elif ext == "rtf":
        path.write_text(as_rtf(payload), encoding="ascii")
        text = "\n".join(flat(payload))
    elif ext == "docx":
        write_docx(path, payload, kw["author"], kw.get("header", ""), kw.get("footer", ""), kw.get("comments", ()), kw.get("textbox", ""))
        text = "\n".join(flat(payload) + extra + [kw["author"]])
    elif ext == "odt":
        write_odt(path, payload)
        text = "\n".join(flat(payload))
    elif ext in ("csv", "tsv"):
        text = csv_text(payload, "," if ext == "csv" else "\t")
        path.write_text(text, encoding="utf-8")
    elif ext in ("xlsx", "ods"):
        (write_xlsx if ext == "xlsx" else write_ods)(path, payload)
        text = "\n".join("\t".join(str(c) for c in row) for rows in payload.values() for row in rows)
    elif ext == "eml":
        path.write_text(mail_text(payload, 0), encoding="utf-8")
        text = "\n".join(strings_of(payload))
    elif ext == "mbox":
        write_mbox(path, payload)
        text = "\n".join(strings_of(payload))
    elif ext == "json":
        path.write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        text = "\n".join(strings_of(payload))
    elif ext == "jsonl":
        path.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in payload), encoding="utf-8")
        text = "\n".join(strings_of(payload))
    else:
        raise ValueError(ext)
    check(d, text)
    DOCS_OUT.append(d)


def stamp(d: date, hour: int = 10) -> str:
    return d.strftime(f"%a, %d %b %Y {hour:02d}:{R.randint(0, 59):02d}:00 +0000")


def quote(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


# ---------------------------------------------------------------- letting and estate agency

AGENCY = "Kingsley & Hart Estates"
STREETS = ["Gladstone Terrace", "Victoria Road", "Nelson Street", "Florence Court", "Churchill Way", "Baxter Lane", "Grace Darling Close"]
TENANT_NOTES = [  # (category or None, note about the named tenant; {p} = how they are named)
    ("health", "{p} is on dialysis three times a week at the Royal, so parking near the door matters."),
    ("biometric", "ID check: selfie liveness passed, face match 97% against {p}'s passport photo (Onfido)."),
    ("religious_belief", "{p} asked whether a mezuzah may be fixed to the front door frame; landlord agreed."),
    (None, "{p} receives Universal Credit housing element; landlord happy to accept."),
]


def letting_reference(k: int, ext: str) -> None:
    d = Doc(f"lettings-tenant-reference-{k:02d}.{ext}")
    t, officer, landlord = person(), person(), person()
    b = born(1970, 2002)
    scw, acc = d.bank()
    cat, note = TENANT_NOTES[k - 1]
    prev = person()
    rows = [["Field", "Detail"],
            ["Applicant", d.full(t)], ["Date of birth", d.dob(b)], ["NI number", d.nino()],
            ["Current address", f"14 {d.trap(R.choice(STREETS))}, {d.post()}"],
            ["Mobile", d.phone(True)], ["Email", d.email(t)],
            ["Employer", d.trap(R.choice(["Morrison Logistics Ltd", "Baker & Wells Solicitors", "St Clement's Primary"]))],
            ["Gross salary", f"£{R.randint(21, 48)},{R.randint(100, 999)}"],
            ["Bank", f"sort code {scw}, account {acc}"],
            ["Previous landlord", f"{d.full(prev)} ({d.phone()})"]]
    if cat == "biometric":
        rows.append(["Passport", d.passport()])
    if k % 2:
        rows.append(["Holding deposit", f"£250 by card {d.card()}"])
    text_note = note.format(p=d.first(t))
    if cat:
        d.cat(cat, text_note)
    blocks = [f"Tenant reference for {d.tf(t)} - property at 3 {d.trap(R.choice(STREETS))}",
              "Referencing notes follow. Decision is the landlord's.",
              rows, f"Notes: {text_note}",
              f"Landlord: {d.t(landlord)}. Referencing officer: {d.full(officer)}, {d.email(officer, domain='example.com')}."]
    if ext == "docx":
        emit(d, blocks, author=d.full(officer), header=f"{d.trap(AGENCY)} - Tenant Referencing", footer=f"{AGENCY}, 1 Market Place, {d.post()} - {d.phone(False)}",
             comments=[(d.ini(officer), f"Employer reference chased twice - {d.first(officer)}")], textbox="Guarantor required: " + R.choice(["yes", "no"]))
    else:
        d.trap(AGENCY)
        emit(d, blocks)


def letting_guarantor(k: int, ext: str) -> None:
    d = Doc(f"lettings-guarantor-form-{k:02d}.{ext}")
    parent = person(sex="f" if k % 2 else "m")
    student = child_of(parent)
    b = born(1960, 1978)
    scw, acc = d.bank()
    blocks = [f"{d.trap(AGENCY)} - Guarantor Agreement",
              f"GUARANTOR: {d.caps(parent)}",
              f"TENANT: {d.caps(student)} (student, {d.trap('Northgate University')})",
              [["Guarantor detail", "Value"], ["DOB", d.dob(b)], ["Passport number", d.passport()],
               ["Home phone", d.phone(False)], ["Email", d.email(parent)], ["Postcode", d.post()],
               ["Bank for rent shortfall", f"{scw} / {acc}"]],
              f"I, {d.full(parent)}, guarantee the rent of my {'son' if student.sex == 'm' else 'daughter'} {d.first(student)} for the term.",
              f"Overseas account for refunds: IBAN {d.iban()}",
              f"Signed: {d.ini(parent)}    Witness: {d.full(w := person())}",
              ]
    if k % 2:
        blocks.append(d.cat("health", f"Note from {d.first(parent)}: {d.first(student)} has type 1 diabetes and carries insulin - please tell the halls warden."))
    emit(d, blocks)


def letting_dispute(k: int) -> None:
    d = Doc(f"lettings-deposit-dispute-{k:02d}.eml")
    tenant, landlord, agent = person(), person(), person()
    first = (f"Dear {d.t(landlord)},\n\nI dispute the £{R.randint(200, 900)} deduction for carpet cleaning. "
             f"The check-in report for Flat 2, {d.post()} already noted the stains.\n")
    if k == 1:
        first += d.cat("health", "I was in hospital for six weeks after my stroke, so the flat was empty for most of March.\n")
    first += f"\nRegards,\n{d.full(tenant)}\n{d.phone(True)}\n"
    body = (f"Hi {d.first(tenant)},\n\nThanks - I have passed this to {d.full(landlord)} and to the TDS adjudicator.\n"
            f"The deductions are itemised in the attached sheet.\n\n{d.first(agent)}\n{d.trap(AGENCY)} | {d.phone(False)}\n\n"
            f"On {uk(when())}, {d.full(tenant)} <{(te := d.email(tenant))}> wrote:\n" + quote(first))
    sheet = csv_text([["item", "amount", "tenant", "agreed"], ["Carpet clean", "180.00", d.full(tenant), "no"],
                      ["Oven clean", "65.00", d.full(tenant), "yes"], ["Key cut", "12.50", d.inv(tenant), "yes"]])
    m = Mail((d.full(agent), d.email(agent)), (d.full(tenant), te), f"RE: Deposit - Flat 2 ({uk(when())})",
             stamp(when()), body, html=True, attachment=(f"deductions-{k}.csv", sheet))
    emit(d, m)


def letting_landlord_mbox() -> None:
    d = Doc("lettings-landlord-mail.mbox")
    agent = person()
    ae = d.email(agent, local="lettings", domain="example.com")
    mails = []
    l1, t1 = person(), person(sex="m")
    mails.append(Mail((d.full(l1), d.email(l1)), (d.full(agent), ae), "Tenant for Nelson Street",
                      stamp(when()), f"Hi {d.first(agent)},\n\nBefore I sign: is it right that {d.full(t1)} is on licence after prison? "
                      + d.cat("criminal_offence", f"{d.first(t1)} told me himself he served 18 months for burglary.") +
                      f"\nI'm not against it, just want to know.\n\n{d.first(l1)}\n{d.phone(True)}"))
    l2, t2 = person(), person()
    mails.append(Mail((d.full(l2), d.email(l2)), (d.full(agent), ae), "Rent increase letters",
                      stamp(when()), f"Please send the section 13 notices to {d.full(t2)} at {d.post()}. "
                      f"Rent goes to £{R.randint(800, 1400)} from {uk(when())}.\nThanks, {d.ini(l2)}"))
    l3, t3 = person(), person(sex="f")
    mails.append(Mail((d.full(agent), ae), (d.full(l3), d.email(l3)), "Re: Flat 4 - inspection",
                      stamp(when()), f"Dear {d.t(l3)},\n\nInspection done. {d.t(t3)} asked us not to visit on Saturdays "
                      + d.cat("religious_belief", "as she keeps the Sabbath and goes to the synagogue on Shabbat morning.")
                      + f"\nThe boiler service is booked.\n\n{d.full(agent)}\nSenior Lettings Negotiator"))
    emit(d, mails)


def letting_applicants(ext: str) -> None:
    d = Doc(f"lettings-applicants-export.{ext}")
    rows = [["applicant_name", "email", "phone", "search_postcode", "max_rent", "move_by", "notes"]]
    for i in range(7):
        p = person()
        note = ""
        if i == 2:
            note = d.cat("health", "has a guide dog")
        elif i == 5:
            note = d.cat("religious_belief", "wants walking distance to the gurdwara")
        elif i == 4:
            note = "Prefer not to say"
        rows.append([d.full(p) if i % 3 else d.inv(p), d.email(p), d.phone(), d.post(), R.randint(700, 1600), uk(when()), note])
    emit(d, rows)


def letting_viewings() -> None:
    d = Doc("lettings-viewings-week-11.html")
    rows = [["Time", "Property", "Applicant", "Contact", "Negotiator"]]
    neg = person()
    for i in range(6):
        p = person()
        rows.append([f"{9 + i}:30", f"{R.randint(1, 90)} {d.trap(R.choice(STREETS))}", d.tf(p), d.phone(True), d.first(neg)])
    emit(d, [f"{d.trap(AGENCY)} viewings diary - negotiator {d.full(neg)}", rows,
             f"Office: {d.phone(False)}, {d.email(local='viewings', domain='example.org')}"], title="Viewings")


def letting_ledger() -> None:
    d = Doc("lettings-rent-ledger.xlsx")
    ten = [["Tenant", "Property postcode", "Monthly rent", "Paid", "Mobile"]]
    bank = [["Tenant", "Sort code", "Account number", "Reference"]]
    for i in range(6):
        p = person()
        ten.append([d.full(p), d.post(), R.randint(650, 1500), R.choice(["yes", "late"]), d.phone_number()])
        scw, acc = d.bank()
        bank.append([d.upper(p), scw, int(acc), f"RENT{R.randint(1000, 9999)}"])
    emit(d, {"Tenancies": ten, "Standing orders": bank})


def letting_api() -> None:
    d = Doc("lettings-referencing-api.json")
    out = []
    for i in range(3):
        p = person()
        rec = {"referenceId": f"KH-{R.randint(10000, 99999)}", "applicantFirstName": d.first(p), "applicantLastName": d.sur(p),
               "dateOfBirth": d.dob(born(1975, 2003), 2), "emailAddress": d.email(p), "mobileNumber": d.phone(True),
               "previousPostcode": d.post(), "creditScoreBand": R.choice(["A", "B", "C"]), "submittedFromIp": d.ip(),
               "idVerification": ({"method": "biometric", "faceMatchScore": 0.96, "liveness": "pass"} if i == 1
                                  else {"method": "document", "passportNumber": d.passport()})}
        if i == 1:
            d.cat("biometric", "")
        out.append(rec)
    emit(d, {"source": "RefCheck v3", "exportedAt": "2026-03-09T16:20:00Z", "references": out})


def letting_checkout() -> None:
    d = Doc("lettings-checkout-notes.md")
    t, clerk = person(), person()
    blocks = [f"# Check-out - 7 {d.trap('Baxter Lane')}, {d.post()}", "",
              f"Tenant: **{d.full(t)}**  ", f"Inventory clerk: {d.full(clerk)}", "",
              f"- Walls: scuffs in hallway; {d.first(t)} says these were there at check-in.",
              "- Kitchen: oven not cleaned.",
              "- " + d.cat("health", f"Grab rails in bathroom fitted with consent for {d.first(t)}'s MS - landlord agreed they stay."),
              f"- Forwarding address postcode {d.post()}, phone {d.phone()}."]
    emit(d, blocks)


# ---------------------------------------------------------------- taxi and private-hire licensing

COUNCIL = "Wexcombe Borough Council"
DBS_RESULTS = [
    ("criminal_offence", "Caution 14/06/2019, possession of a class B drug (cannabis). Spent, but disclosed on an enhanced certificate."),
    (None, "Clear - no convictions, cautions or police information."),
    ("criminal_offence", "Conviction 2017, Highbury Magistrates: driving without insurance, 6 points, fine £400."),
    (None, "Clear."),
]
MEDICALS = [
    ("health", "Group 2 medical: type 2 diabetes controlled on metformin; annual review required."),
    (None, "Group 2 medical: fit, no restrictions."),
    ("health", "Group 2 medical: sleep apnoea, uses a CPAP machine nightly; fit to drive per sleep clinic letter."),
    ("health", "Group 2 medical: previous heart attack (2022), stent fitted, on clopidogrel and atorvastatin."),
]


def taxi_application(k: int, ext: str) -> None:
    d = Doc(f"taxi-driver-application-{k:02d}.{ext}")
    p, officer = person(), person()
    b = born(1962, 1998)
    dcat, dbs = DBS_RESULTS[k % 4]
    mcat, med = MEDICALS[k % 4]
    for c in (dcat, mcat):
        if c:
            d.cat(c, "")
    kv = [["Question", "Answer"], ["Surname", d.n(p.surname.upper(), p)], ["Forename(s)", d.n(p.given.upper(), p)],
          ["Date of birth", d.dob(b)], ["National Insurance No", d.nino()], ["DVLA licence number", d.licence(p, b)],
          ["Home address postcode", d.post()], ["Telephone", d.phone()], ["Email", d.email(p)],
          ["Licence type applied for", R.choice(["Hackney carriage", "Private hire", "Dual"])],
          ["DBS certificate", f"{R.randint(10**11, 10**12 - 1)} issued {uk(when())}"], ["DBS result", dbs], ["Medical", med]]
    blocks = [f"{d.trap(COUNCIL)} - Licensing Section", "Driver licence application - officer assessment", kv,
              f"Assessed by {d.full(officer)} on {uk(when())}. Knowledge test booked for {d.t(p)}."]
    if ext == "docx":
        emit(d, blocks, author=d.full(officer), header=f"{COUNCIL} | Licensing | OFFICIAL-SENSITIVE",
             footer=f"Licensing, Civic Centre, {d.post()} | {d.phone(False)} | {d.email(local='taxi.licensing', domain='example.org')}",
             comments=[(d.full(officer), f"Refer to sub-committee? {d.first(p) if dcat else 'No'}")])
    else:
        emit(d, blocks)


def taxi_register(ext: str) -> None:
    d = Doc(f"taxi-licence-register.{ext}")
    rows = [["Badge", "Driver", "Licence", "Vehicle", "Model", "Expires", "Mobile", "Operator"]]
    for i in range(8):
        p = person()
        b = born(1960, 1999)
        rows.append([f"PH{R.randint(1000, 9999)}", d.caps(p) if i % 2 else d.full(p), d.licence(p, b), f"{R.choice('ABCDEFGHKL')}{R.randint(10, 79)} {R.choice(['KXR', 'BNT', 'YPL'])}",
                     d.trap(["Toyota Prius", "Mercedes Vito", "Ford Tourneo", "Skoda Octavia"][i % 4]),
                     uk(when(date(2026, 4, 1))), d.phone(True), d.trap(R.choice(["Morgan Cars", "Lewis Private Hire", "Abbey Taxis"]))])
    emit(d, rows)


def taxi_complaint(k: int) -> None:
    d = Doc(f"taxi-complaint-{k:02d}.eml")
    c, driver, officer = person(), person(), person()
    if k == 1:
        issue = d.cat("health", f"I am registered blind and the driver refused to take my guide dog, Bramble. ") + \
                f"The driver's badge was PH{R.randint(1000, 9999)} - I think his name is {d.full(driver)}."
    else:
        issue = f"The driver, {d.full(driver)}, told my husband and me to 'go back to Mogadishu'. " + \
                d.cat("racial_ethnic_origin", "We are Somali and have lived here for twenty years.")
    original = f"To the licensing team,\n\n{issue}\nPickup was outside {d.trap('Hamilton House')} at 23:10 on {uk(when())}.\n\n{d.full(c)}\n{d.post()}\n{d.phone(True)}\n"
    body = (f"Dear {d.t(c)},\n\nThank you. I have opened case TX-{R.randint(1000, 9999)} and will interview {d.t(driver)}.\n\n"
            f"{d.full(officer)}\nLicensing Enforcement Officer, {d.trap(COUNCIL)}\n\n"
            f"-----Original Message-----\nFrom: {d.full(c)} <{(ce := d.email(c))}>\n" + quote(original))
    emit(d, Mail((d.full(officer), d.email(officer, domain="example.org")), (d.full(c), ce), "RE: Complaint about a taxi driver",
                 stamp(when()), body, html=k == 1))


def taxi_enforcement(k: int) -> None:
    d = Doc(f"taxi-enforcement-notes-{k:02d}.txt")
    o1, o2 = person(), person()
    lines = [f"ENFORCEMENT LOG - officers {d.full(o1)} / {d.full(o2)}", ""]
    for i in range(4):
        drv = person()
        b = born(1965, 1999)
        event = [
            lambda: (None, f"{uk(when())} 22:40 Rank check, Station Approach. {d.full(drv)} (licence {d.licence(drv, b)}) plying for hire in a PHV. Warned."),
            lambda: ("criminal_offence", f"{uk(when())} Police notified us {d.full(drv)} was charged with assault on a passenger; licence suspended pending court."),
            lambda: ("religious_belief", f"{uk(when())} {d.full(drv)} parked on rank during Friday prayers at the mosque on {d.trap('Clarence Street')}; advised of the 20-min limit."),
            lambda: ("health", f"{uk(when())} {d.full(drv)} missed the medical because of chemotherapy; extension to {uk(when())} agreed."),
            lambda: (None, f"{uk(when())} {d.ini(drv)} vehicle test fail (tyres). Retest booked, contact {d.phone(True)}."),
        ][(i + k) % 5]()
        if event[0]:
            d.cat(event[0], "")
        lines.append(event[1])
    lines += ["", f"Notes typed by {d.first(o1)}. Copy to the {d.trap('Rank Marshal')} supervisor."]
    emit(d, lines)


def taxi_committee() -> None:
    d = Doc("taxi-licensing-subcommittee-minutes.rtf")
    chair, drv, rep = person(), person(), person()
    blocks = [f"{d.trap(COUNCIL)} - Licensing Sub-Committee, {uk(when())}",
              f"Present: Cllr {d.full(chair)} (Chair), Cllr {d.full(person())}, Cllr {d.full(person())}.",
              f"Item 3: Review of private hire driver licence held by {d.full(drv)}.",
              d.cat("criminal_offence", f"{d.t(drv)} was convicted on {uk(when())} of using a handheld phone while driving and of a second speeding offence."),
              f"{d.t(drv)} attended with {d.full(rep)} of the {d.cat('trade_union', 'GMB Professional Drivers branch, who represented him as a member.')}",
              "Decision: licence suspended for 28 days."]
    emit(d, blocks)


def taxi_portal() -> None:
    d = Doc("taxi-driver-portal-log.jsonl")
    out = []
    for i in range(6):
        p = person()
        out.append({"ts": f"2026-02-{i + 3:02d}T0{i}:1{i}:00Z", "user_email": d.email(p), "display_name": d.full(p),
                    "action": R.choice(["login", "upload_dbs", "renewal_payment", "update_address"]), "client_ip": d.ip()})
        if out[-1]["action"] == "renewal_payment":
            out[-1]["card_number"] = d.card()
    emit(d, out)


def taxi_test_results() -> None:
    d = Doc("taxi-knowledge-test-results.ods")
    rows = [["Candidate", "Date", "Score", "Result", "Phone"]]
    for i in range(6):
        p = person()
        rows.append([d.inv(p), uk(when()), R.randint(30, 50), R.choice(["Pass", "Fail"]), d.phone()])
    other = [["Examiner", d.full(person())], ["Venue", d.trap("Kingsley Hall")]]
    emit(d, {"Results": rows, "Session": other})


# ---------------------------------------------------------------- occupational health provider

OH = "Medway Clark Occupational Health"
REASONS = [  # the first is about a woman
    "Anxiety and low mood following bereavement; started sertraline 50mg; GP has signed her off for four weeks.",
    "Recovering from a knee replacement; uses a crutch; asks about a phased return.",
    "Migraine with aura, several a month, triggered by screen glare; on propranolol.",
    "Long COVID: fatigue and breathlessness on stairs; referred to the post-COVID clinic.",
]


def oh_referral(k: int, ext: str) -> None:
    d = Doc(f"occhealth-management-referral-{k:02d}.{ext}")
    emp, mgr, adv = person(sex="f" if k == 1 else None), person(), person()
    b = born(1962, 2000)
    reason = REASONS[k - 1]
    d.cat("health", "")
    blocks = [f"{d.trap(OH)} - Management Referral", f"Employer: {d.trap('Thornton Foods Ltd')}",
              [["Employee", d.full(emp)], ["Date of birth", d.dob(b)], ["NHS number", d.nhs()], ["Payroll / NI", d.nino()],
               ["Home phone", d.phone()], ["Referring manager", f"{d.full(mgr)} ({d.email(mgr)})"]],
              f"Reason for referral: {reason}",
              f"Questions: Is {d.first(emp)} fit for their role? What adjustments would help?",
              f"{d.first(emp)} has agreed to the referral and to the report being shared with {d.t(mgr)}."]
    if k % 2:
        rep = person()
        blocks.append(d.cat("trade_union", f"{d.first(emp)} is a Unite member; rep {d.full(rep)} ({d.phone(True)}) to be copied in."))
    if k == 3:
        blocks.append(d.cat("religious_belief", f"Site canteen: {d.first(emp)} keeps a halal diet and asks for a quiet room for Zuhr and Asr prayers on shift."))
    if ext == "docx":
        emit(d, blocks, author=d.full(mgr), header="CONFIDENTIAL - MEDICAL IN CONFIDENCE", footer=f"{OH}, {d.post()}",
             comments=[(d.full(adv), f"Triage: nurse appointment first - {d.ini(adv)}")], textbox=f"OH ref OH-{R.randint(10000, 99999)}")
    else:
        emit(d, blocks)


def oh_fitness(k: int, ext: str) -> None:
    d = Doc(f"occhealth-fitness-for-work-{k:02d}.{ext}")
    emp, doc, mgr = person(sex="f" if k == 2 else None), person(), person()
    conds = [("Dyslexia and ADHD (diagnosed 2023); takes methylphenidate. Also " + d.trap("Raynaud's phenomenon") + " in the cold store.", "health"),  # the second is about a woman
             ("Pregnant, 24 weeks; lifting over 10 kg should stop.", "health"),
             ("Type 1 diabetes, wears a continuous glucose monitor; needs breaks to eat and test.", "health")]
    cond, c = conds[k - 1]
    d.cat(c, "")
    blocks = [f"Fitness for work report - {d.full(emp)}",
              f"Dear {d.t(mgr)},",
              f"I saw {d.first(emp)} on {uk(when())} (DOB {d.dob(born(1965, 2000), 0)}).",
              f"Clinical summary: {cond}",
              f"Opinion: {d.first(emp)} is fit for work with the adjustments below.",
              "1. Phased return over four weeks. 2. Review in three months.",
              f"Yours sincerely,", f"Dr {d.full(doc)}, Occupational Physician, {d.trap(OH)}", f"{d.phone(False)}"]
    if k == 2:
        blocks.insert(4, d.cat("religious_belief", f"{d.first(emp)} is fasting for Ramadan and would like her breaks moved to sunset."))
    emit(d, blocks)


def oh_surveillance() -> None:
    d = Doc("occhealth-health-surveillance.xlsx")
    aud = [["Name", "NHS number", "Test date", "Left 4kHz dB", "Right 4kHz dB", "Category", "Mobile"]]
    lung = [["Name", "FEV1 %", "FVC %", "Outcome"]]
    for i in range(6):
        p = person()
        hl = R.choice(["H1", "H1", "H2", "H3"])
        aud.append([d.full(p), d.nhs(as_number=True), uk(when()), R.randint(5, 45), R.randint(5, 45), hl, d.phone_number()])
        lung.append([d.inv(p), R.randint(70, 105), R.randint(75, 110), R.choice(["Normal", "Refer to GP - possible occupational asthma"])])
    d.cat("health", "")
    emit(d, {"Audiometry": aud, "Spirometry": lung})


def oh_skin() -> None:
    d = Doc("occhealth-skin-surveillance.ods")
    rows = [["Employee", "Site", "Skin check", "Action"]]
    for i in range(5):
        p = person()
        rows.append([d.full(p), d.trap(R.choice(["Wellington Works", "Franklin Depot"])), R.choice(["No issues", "Dermatitis on both hands", "Eczema flare"]), R.choice(["None", "Nitrile gloves, review 6 weeks"])])
    d.cat("health", "")
    emit(d, {"Skin": rows})


def oh_union_mbox() -> None:
    d = Doc("occhealth-union-rep-correspondence.mbox")
    rep, adv = person(), person()
    re_, ae = d.email(rep, domain="example.org"), d.email(adv)
    mails = []
    for i in range(3):
        m = person(sex="f" if i else None)
        txt = [f"Dear {d.first(adv)},\n\nI represent {d.full(m)}, a UNISON member, at the attendance hearing on {uk(when())}. "
               f"Could the OH report say whether {d.first(m)}'s fibromyalgia is likely to be a disability under the Equality Act?",
               f"Hi {d.first(adv)},\n\nOur member {d.full(m)} (GMB) was told her cancer treatment absences count towards triggers. "
               "Can you confirm in writing that they should be discounted?",
               f"{d.first(adv)},\n\nFollowing up for {d.full(m)} - branch membership no. {R.randint(100000, 999999)}. "
               "She is now back from her hysterectomy and wants a risk assessment."][i]
        d.cat("trade_union", "")
        d.cat("health", "")
        mails.append(Mail((d.full(rep), re_), (d.full(adv), ae), f"Member {d.ini(m)} - OH", stamp(when()),
                          txt + f"\n\nIn solidarity,\n{d.full(rep)}\nBranch Secretary\n{d.phone(True)}"))
    emit(d, mails)


def oh_export() -> None:
    d = Doc("occhealth-case-export.json")
    cases = []
    for i in range(4):
        p = person()
        cases.append({"case_no": f"OH{R.randint(100000, 999999)}", "employee_forename": d.first(p), "employee_surname": d.sur(p),
                      "dob": d.dob(born(1960, 2001), 2), "nhs_no": d.nhs(), "contact_email": d.email(p),
                      "outcome_code": R.choice(["FIT", "FIT_ADJ", "UNFIT_TEMP"]),
                      "clinical_note": R.choice(["Shoulder tendinopathy, steroid injection given.", "Alcohol dependence, referred to community alcohol team.",
                                                  "Asthma, salbutamol inhaler, well controlled."])})
    d.cat("health", "")
    emit(d, {"system": "OHManager", "version": "5.2", "cases": cases})


def oh_clinic_list() -> None:
    d = Doc("occhealth-clinic-list.tsv")
    rows = [["Time", "Client", "Employer", "Type", "Phone"]]
    for i in range(7):
        p = person()
        rows.append([f"{9 + i}:00", d.full(p), d.trap(R.choice(["Thornton Foods Ltd", "Hughes Haulage", "City of Wexcombe"])),
                     R.choice(["Pre-placement", "Hep B booster", "Night worker assessment", "Return to work - post surgery"]), d.phone()])
    d.cat("health", "")
    emit(d, rows)


def oh_vaccinations() -> None:
    d = Doc("occhealth-vaccination-records.csv")
    rows = [["surname", "forename", "dob", "hep_b_course", "anti_hbs", "flu_2025"]]
    for i in range(6):
        p = person()
        rows.append([d.sur(p), d.first(p), d.dob(born(1970, 2002), 0), R.choice(["complete", "2 of 3"]), R.choice([">100", "10-100", "<10 non-responder"]), R.choice(["Y", "N"])])
    d.cat("health", "")
    emit(d, rows)


def oh_report_html() -> None:
    d = Doc("occhealth-night-worker-assessment.html")
    p, nurse = person(), person()
    emit(d, [f"Night worker health assessment - {d.full(p)}", f"Date of birth: {d.dob(born(1970, 2000), 1)}",
             d.cat("health", f"{d.first(p)} reports insomnia and takes zopiclone occasionally; sleep hygiene advice given."),
             f"Nurse: {d.full(nurse)} RGN, {d.trap(OH)}. Next review {uk(when())}."], title="Night worker assessment")


# ---------------------------------------------------------------- local newspaper newsroom

PAPER = "Wexcombe Evening Gazette"


def news_contacts() -> None:
    d = Doc("news-contacts-book.xlsx")
    rows = [["Name", "Role", "Mobile", "Email", "Notes"]]
    notes = [("political_opinion", "Labour group leader on the council; off-record fine"),
             ("trade_union", "NUJ chapel rep at the print works"),
             (None, "Head teacher, St Aidan's; press office first"),
             ("religious_belief", "Imam at the Jamia mosque; happy to comment on Eid events"),
             (None, "Police press office, out of hours"),
             ("political_opinion", "Green Party activist, runs the bus campaign"),
             (None, "Allotment society secretary")]
    for cat, note in notes:
        p = person()
        if cat:
            d.cat(cat, "")
        rows.append([d.full(p), note.split(";")[0], d.phone_number(), d.email(p), note])
    emit(d, {"Contacts": rows, "About": [["Owner", d.full(person())], ["Updated", "2026-02-27"], ["Paper", d.trap(PAPER)]]})


def news_complaint(k: int) -> None:
    d = Doc(f"news-reader-complaint-{k:02d}.eml")
    reader, editor = person(), person()
    if k == 1:
        child = child_of(reader, "m")
        first = (f"Your story on {uk(when())} named my son {d.full(child)}, who is 16. "
                 + d.cat("criminal_offence", f"{d.first(child)} was given a youth caution for shoplifting and it was not for the paper to say so.")
                 + f"\nPlease take it down.\n{d.full(reader)}\n{d.phone()}")
    else:
        first = (f"As a practising Sikh I was upset by your photo caption calling the gurdwara a mosque. "
                 + f"My family has worshipped there for thirty years.\n{d.full(reader)}, {d.post()}")
        d.cat("religious_belief", "")
    body = (f"Dear {d.t(reader)},\n\nThank you for writing. I have asked the web team to review the article under the Editors' Code.\n\n"
            f"{d.full(editor)}\nReaders' Editor, {d.trap(PAPER)}\n{d.phone(False)}\n\nOn {uk(when())} {d.full(reader)} <{(re_ := d.email(reader))}> wrote:\n" + quote(first))
    emit(d, Mail((d.full(editor), d.email(editor, domain="example.net")), (d.full(reader), re_), "Re: Complaint", stamp(when()), body, html=k == 2))


def news_court(k: int, ext: str) -> None:
    d = Doc(f"news-court-notes-{k:02d}.{ext}")
    rep = person()
    lines = [f"WEXCOMBE MAGISTRATES' COURT - {uk(when())} - reporter {d.full(rep)}", ""]
    for i in range(3):
        def_ = person()
        b = born(1970, 2004)
        lines.append(f"{d.upper(def_)}, {2026 - b.year}, of {d.trap(R.choice(STREETS))}, {d.post()} (DOB {d.dob(b, 0)}).")
        lines.append(R.choice([
            "Pleaded guilty to drink-driving (reading 71mcg). Banned 20 months, fined £650.",
            "Admitted theft from Boots, £230 of razors. Community order, 80 hours unpaid work.",
            "Denied assault by beating; trial set for June. Bail conditions: not to contact the complainant.",
            "Guilty of harassment of a former partner; restraining order 2 years."]))
        lines.append(f"Defence: {d.full(person())}. Chair of the bench: {d.full(person())}.")
        lines.append("")
    d.cat("criminal_offence", "")
    lines.append(f"Copy to desk by 4pm - {d.first(rep)}")
    emit(d, lines)


def news_interview(k: int) -> None:
    d = Doc(f"news-interview-notes-{k:02d}.md")
    src, rep = person(sex={1: "m", 3: "f"}.get(k)), person()
    views = [
        lambda: [d.cat("political_opinion", f"{d.first(src)} says she has voted Lib Dem all her life but will back Reform this time over the bypass."),
         d.cat("health", f"Retired nurse; had a hip replacement last year, walks with a stick - that's why the bus cuts matter to her.")],
        lambda: [d.cat("sex_life_orientation", f"{d.first(src)} and his husband run the bakery; happy to be named as a gay couple in the Pride piece."),
         d.cat("religious_belief", f"Brought up Catholic, still goes to St Mary's for midnight mass.")],
        lambda: [d.cat("political_opinion", f"{d.first(src)} is a paid-up Conservative member and a parish councillor."),
         f"Works at {d.trap('Morrison Logistics Ltd')}; off record on pay."],
    ][k % 3]()
    blocks = [f"# Interview: {d.full(src)}", "", f"Reporter: {d.full(rep)}  ", f"Date: {uk(when())}  ",
              f"Contact: {d.phone(True)} / {d.email(src)}", ""] + [f"- {v}" for v in views] + ["", f"Quote check with {d.first(src)} before publication."]
    emit(d, blocks)


def news_rota(ext: str) -> None:
    d = Doc(f"news-staff-rota.{ext}")
    rows = [["Reporter", "Mon", "Tue", "Wed", "Thu", "Fri", "Notes"]]
    notes = [("religious_belief", "Off Thu - Eid al-Fitr"), ("health", "Hospital appt Tue pm (fracture clinic)"),
             (None, "Court all week"), ("religious_belief", "Leaves early Fri - Shabbat"), (None, "Training: media law"),
             ("health", "Phased return after surgery - mornings only")]
    for cat, note in notes:
        p = person()
        if cat:
            d.cat(cat, "")
        rows.append([d.full(p) if len(rows) % 2 else d.nick(p), "E", "L", "E", "off", "E", note])
    emit(d, rows)


def news_tipoffs() -> None:
    d = Doc("news-tipoffs.mbox")
    desk = person()
    de = d.email(local="newsdesk", domain="example.net")
    mails = []
    for i in range(3):
        p = person()
        body = [lambda: f"Hi,\n\nThere's a sinkhole on {d.trap('Gladstone Terrace')} again. Photos attached later.\n{d.full(p)}\n{d.phone(True)}",
                lambda: f"Newsdesk,\n\nThe council is closing the day centre where my mum goes. "
                + d.cat("health", "She has dementia and it's the only respite we get.") + f"\n{d.full(p)}, {d.post()}",
                lambda: f"Dear {d.first(desk)},\n\nI saw your piece on the strike. I'm a bus driver and a Unite member - "
                + d.cat("trade_union", "we voted 94% yes.") + f" Happy to talk, not on the record.\n{d.first(p)} ({d.full(p)})"][i]()
        mails.append(Mail((d.full(p), d.email(p)), (d.full(desk), de), ["Sinkhole", "Day centre", "Strike"][i], stamp(when()), body))
    emit(d, mails)


def news_comments() -> None:
    d = Doc("news-comment-moderation.jsonl")
    out = []
    for i in range(6):
        p = person()
        out.append({"comment_id": 88000 + i, "author_name": d.full(p), "author_email": d.email(p), "ip": d.ip(),
                    "status": R.choice(["approved", "rejected"]), "article": R.choice(["bypass-vote", "pride-parade", "school-closure"])})
    emit(d, out)


def news_sources_rtf() -> None:
    d = Doc("news-confidential-sources.rtf")
    rows = [["Source", "Beat", "How to reach", "Note"]]
    for i in range(4):
        p = person()
        rows.append([d.full(p), R.choice(["Council", "NHS trust", "Police", "Schools"]), d.phone(True),
                     ["Whistleblower - protect identity", d.cat("health", "On long-term sick leave with PTSD"), "Prefers Signal", "Ex-councillor"][i]])
    emit(d, [f"{d.trap(PAPER)} - sources list (editor only)", rows])


def news_story_list() -> None:
    d = Doc("news-story-list.html")
    rows = [["Slug", "Reporter", "Subject", "Status"]]
    for i in range(5):
        r, s = person(), person()
        rows.append([R.choice(["bypass", "pride", "school", "court", "fete"]) + f"-{i}", d.ini(r), d.full(s), R.choice(["filed", "subbed", "spiked"])])
    emit(d, ["Story list - Thursday", rows, f"Night editor: {d.full(person())} {d.phone(False)}"], title="Story list")


# ---------------------------------------------------------------- sexual health and fertility clinic

CLINIC = "Riverside Sexual Health & Fertility"


def clinic_appointments(ext: str) -> None:
    d = Doc(f"clinic-appointments-export.{ext}")
    rows = [["ClinicNo", "Surname", "Forename", "DOB", "NHS No", "Mobile", "Appointment", "Service"]]
    for i in range(8):
        p = person()
        rows.append([f"RSH{R.randint(100000, 999999)}", d.sur(p), d.first(p), d.dob(born(1975, 2006), 0), d.nhs(), d.phone(True),
                     uk(when()) + f" {R.randint(9, 16)}:{R.choice(['00', '20', '40'])}",
                     R.choice(["STI screen", "PrEP review", "Contraception - coil fit", "HIV follow-up", "IVF baseline scan", "Semen analysis"])])
    d.cat("health", "")
    emit(d, rows)


def clinic_partner(k: int) -> None:
    d = Doc(f"clinic-partner-notification-{k:02d}.txt")
    idx, adv = person(), person()
    contacts = [person() for _ in range(2)]
    infection = ["chlamydia", "gonorrhoea", "syphilis (early latent)"][k % 3]
    lines = [f"PARTNER NOTIFICATION RECORD - {d.trap(CLINIC)}", "",
             f"Index patient: {d.caps(idx)}   Clinic no: RSH{R.randint(100000, 999999)}   NHS: {d.nhs()}",
             d.cat("health", f"Diagnosis: {infection}, treated {uk(when())}."),
             "Contacts in look-back period:"]
    for c in contacts:
        lines.append(d.cat("sex_life_orientation", f"  - {d.full(c)}, last sex {uk(when())}, ") + f"phone {d.phone(True)}; outcome: " +
                     R.choice(["attended and treated", "provider referral - texted twice", "patient referral"]))
    lines += ["", f"Health adviser: {d.full(adv)} ({d.ini(adv)}), ext 4417"]
    emit(d, lines)


def clinic_donor(k: int, ext: str) -> None:
    d = Doc(f"clinic-donor-record-{k:02d}.{ext}")
    donor, emb, coun = person(sex="m" if k % 2 else "f"), person(), person()
    b = born(1988, 2004)
    kind = "Sperm" if donor.sex == "m" else "Egg"
    blocks = [f"{kind} donor record", [["Donor", d.full(donor)], ["Date of birth", d.dob(b)], ["NHS number", d.nhs()],
                                          ["Address", f"{R.randint(2, 80)} {d.trap(R.choice(STREETS))}, {d.post()}"],
                                          ["Mobile", d.phone(True)], ["Email", d.email(donor)], ["Bank (expenses)", " ".join(d.bank())]],
              d.cat("genetic", f"Carrier screening: {d.first(donor)} is a carrier of cystic fibrosis (F508del); partner-matching required."),
              d.cat("health", "HIV, hepatitis B/C and syphilis screens negative; karyotype normal."),
              d.cat("racial_ethnic_origin", f"Ethnicity recorded for matching: {R.choice(['Black Caribbean', 'Indian', 'White Irish', 'Chinese'])}."),
              f"Implications counselling with {d.full(coun)} on {uk(when())}. Embryologist: {d.full(emb)}."]
    if ext == "docx":
        emit(d, blocks, author=d.full(emb), header=f"{CLINIC} - HFEA licence centre 0{R.randint(100, 399)}", footer="Donor information is kept for 50 years",
             comments=[(d.full(coun), f"{d.first(donor)} wants to know the number of families - tell at next visit")])
    else:
        d.trap(CLINIC)
        emit(d, blocks)


def clinic_results() -> None:
    d = Doc("clinic-test-results.xlsx")
    res = [["Patient", "NHS number", "Sample date", "Test", "Result"]]
    for i in range(7):
        p = person()
        res.append([d.full(p), d.nhs(as_number=True), uk(when()), R.choice(["CT/GC NAAT", "HIV Ag/Ab", "Syphilis EIA", "HbA1c"]),
                    R.choice(["Not detected", "Not detected", "DETECTED", "Reactive - confirm"])])
    kv = [["Lab", d.trap("Hartley Pathology")], ["Batch", f"B{R.randint(1000, 9999)}"], ["Validated by", d.full(person())], ["Phone", d.phone(False)]]
    d.cat("health", "")
    emit(d, {"Results": res, "Batch": kv})


def clinic_couple(k: int) -> None:
    d = Doc(f"clinic-fertility-couple-{k:02d}.odt")
    a, b = person(sex="f"), person(sex="f")
    cons = person()
    blocks = [f"{d.trap(CLINIC)} - Fertility consultation", f"Patients: {d.full(a)} and {d.full(b)} (civil partners)",
              d.cat("sex_life_orientation", f"Same-sex couple; {d.first(a)} to carry, using donor sperm (IUI)."),
              d.cat("health", f"{d.first(a)}: AMH 14 pmol/L, tubes patent on HyCoSy; {d.first(b)}: PCOS, on metformin."),
              [["Name", "DOB", "Phone"], [d.full(a), d.dob(born(1984, 1996), 0), d.phone()], [d.full(b), d.dob(born(1984, 1996), 0), d.phone()]],
              f"Consultant: {d.full(cons)}. Funding: self-pay, card {d.card()}."]
    emit(d, blocks)


def clinic_mail() -> None:
    d = Doc("clinic-results-mail.eml")
    nurse, p = person(), person()
    sheet = csv_text([["clinic_no", "name", "result"], [f"RSH{R.randint(100000, 999999)}", d.full(p), "HIV negative"],
                      [f"RSH{R.randint(100000, 999999)}", d.full(q := person()), "Chlamydia positive - recall"]])
    d.cat("health", "")
    body = f"Hi team,\n\nResults to phone out today attached. {d.first(q)} needs a treatment appointment this week.\n\n{d.full(nurse)}\nSenior Nurse, {d.trap(CLINIC)}"
    emit(d, Mail((d.full(nurse), d.email(nurse)), ("Results team", d.email(local="results", domain="example.org")), "Results to phone out",
                 stamp(when()), body, html=True, attachment=("recall.csv", sheet)))


def clinic_booking_api() -> None:
    d = Doc("clinic-online-booking.json")
    out = []
    for i in range(4):
        p = person()
        out.append({"booking": {"ref": f"OB{R.randint(10000, 99999)}", "service": R.choice(["PrEP", "STI test kit", "Emergency contraception", "Fertility open evening"]),
                                "patient": {"given_name": d.first(p), "family_name": d.sur(p), "dob": d.dob(born(1980, 2006), 2), "email": d.email(p), "tel": d.phone(True)},
                                "meta": {"ip": d.ip(), "ua": "Mozilla/5.0"}}})
    d.cat("health", "")
    emit(d, out)


def clinic_sms() -> None:
    d = Doc("clinic-sms-log.jsonl")
    out = []
    for i in range(5):
        p = person()
        out.append({"to": d.phone(True), "recipient": d.full(p), "template": R.choice(["RESULT_NEG", "RECALL", "APPT_REMINDER"]),
                    "sent": f"2026-03-0{i + 1}T11:00:00Z"})
    d.cat("health", "")
    emit(d, out)


def clinic_letter() -> None:
    d = Doc("clinic-gp-letter.html")
    p, doc, gp = person(), person(), person()
    emit(d, [f"Dear Dr {d.sur(gp)},", f"Re: {d.full(p)}, DOB {d.dob(born(1980, 2004), 1)}, NHS {d.nhs()}",
             d.cat("health", f"{d.first(p)} has started HIV pre-exposure prophylaxis (Truvada) and has normal renal function."),
             d.cat("health", f"Past history: {d.trap('Crohn’s disease')} (on azathioprine) and a treated {d.trap('Bartholin’s cyst')}."),
             f"With {d.first(p)}'s consent, please add this to the repeat list.", f"Dr {d.full(doc)}, Consultant in GU Medicine, {d.trap(CLINIC)}",
             f"{d.phone(False)} | {d.post()}"], title="Letter to GP")


def news_chat() -> None:
    """A desk chat export where colleagues call each other by nicknames (generated last)."""
    d = Doc("news-desk-chat-export.txt")
    a, b, c = (nicknamed(sex) for sex in ("f", "m", "f"))
    contact = person(sex="f")
    lines = [f"[12/03/2026, 08:14:05] {d.full(a)}: Morning - {d.nick(b)} is on courts today, "
             + d.cat("health", f"{d.nick(c)} is off (physio for her knee after the ACL op)."),
             f"[12/03/2026, 08:16:40] {d.full(b)}: On it. Anyone got a number for the {d.trap('Gladstone Terrace')} residents' group?",
             f"[12/03/2026, 08:21:12] {d.full(c)}: {d.nick(a)} - try {d.full(contact)} on {d.phone(True)}, she chairs it.",
             f"[12/03/2026, 08:22:30] {d.full(a)}: thanks {d.nick(c)}! "
             + d.cat("religious_belief", f"{d.nick(b)}, you're still leaving at 3 for the Diwali puja?"),
             f"[12/03/2026, 08:23:02] {d.full(b)}: yes, back Monday"]
    emit(d, lines)


def nicknamed(sex: str) -> Person:
    while (p := person(sex=sex)).given not in NICKNAMES:
        pass
    return p


# ---------------------------------------------------------------- negatives: prose about no one

NEGATIVES = {
    "policy-lettings-privacy-notice.md": ["# Privacy notice for tenants and guarantors",
        "We collect your name, contact details, income and references to assess a tenancy.",
        "If you tell us about a disability or health condition so that we can make adjustments, we keep it only as long as the tenancy lasts.",
        "Identity checks may use facial matching against your passport photo; you may ask for a manual check instead.",
        "We do not ask about religion, ethnicity, sexual orientation or trade union membership."],
    "policy-taxi-suitability.txt": ["Statement of policy on the suitability of applicants and licensees",
        "The council will consider convictions, cautions and police information disclosed on an enhanced DBS certificate.",
        "Offences of violence, dishonesty, sexual offences and drink-driving are considered in turn, with the periods below.",
        "Medical fitness is assessed to the DVLA Group 2 standard; conditions such as diabetes or epilepsy are not an automatic bar.",
        "Drivers must not refuse assistance dogs unless they hold a medical exemption certificate."],
    "policy-occhealth-confidentiality.html": ["Confidentiality of occupational health records",
        "Clinical information (diagnoses, medication, test results) stays in the OH record and is not shared with managers without consent.",
        "Managers receive a fitness opinion and recommended adjustments only.",
        "Union representatives may attend consultations at the employee's request."],
    "policy-newsroom-editorial-code.md": ["# Editorial guidance: sensitive personal details",
        "Do not mention a person's race, religion, sexual orientation, disability or illness unless genuinely relevant to the story.",
        "Youth court defendants and victims of sexual offences must not be identified.",
        "Political affiliations of private individuals need their consent before publication."],
    "policy-clinic-records-retention.docx": ["Records retention schedule - sexual health and fertility",
        "Sexual health records: 8 years after last attendance. Fertility treatment records: 30 years. Donor records: 50 years.",
        "Partner notification details are kept only in the clinic system and never in correspondence.",
        "Genetic screening results of donors are retained with the donor record."],
    "training-licensing-equality.html": ["Equality training for licensing officers",
        "Slide 4: Hate incidents involving passengers - religion, race and sexual orientation.",
        "Slide 5: Recognising guide dogs and other assistance dogs.",
        "Slide 6: Handling complaints from disabled passengers sensitively."],
    "training-occhealth-mental-health.md": ["# Module 3: mental health at work",
        "Common presentations: anxiety, depression, stress-related illness, PTSD.",
        "Antidepressants such as sertraline rarely affect fitness to work.",
        "Trade union representatives are a useful source of support for staff."],
    "policy-board-minutes-diversity.txt": ["Board minutes (extract): diversity monitoring",
        "The board discussed staff survey results on ethnicity, religion, disability and sexual orientation; response rate 61%.",
        "The board noted that no individual can be identified from the figures.",
        "Action: publish the aggregated results on the intranet."],
}


def negatives() -> None:
    for name, lines in NEGATIVES.items():
        d = Doc(name)
        if name.endswith(".docx"):
            emit(d, lines, author="Records Manager", header="Policy", footer="Review annually")
        else:
            emit(d, lines, title=lines[0])


# ---------------------------------------------------------------- main


def main() -> None:
    shutil.rmtree(DOCS, ignore_errors=True)
    DOCS.mkdir()
    for k, ext in enumerate(["docx", "docx", "txt", "md"], 1):
        letting_reference(k, ext)
    letting_guarantor(1, "odt")
    letting_guarantor(2, "txt")
    letting_dispute(1)
    letting_dispute(2)
    letting_landlord_mbox()
    letting_applicants("csv")
    letting_viewings()
    letting_ledger()
    letting_api()
    letting_checkout()
    for k, ext in enumerate(["docx", "docx", "txt", "html"], 1):
        taxi_application(k, ext)
    taxi_register("csv")
    taxi_complaint(1)
    taxi_complaint(2)
    taxi_enforcement(1)
    taxi_enforcement(2)
    taxi_committee()
    taxi_portal()
    taxi_test_results()
    for k, ext in enumerate(["docx", "docx", "txt", "rtf"], 1):
        oh_referral(k, ext)
    for k, ext in enumerate(["txt", "odt", "md"], 1):
        oh_fitness(k, ext)
    oh_surveillance()
    oh_skin()
    oh_union_mbox()
    oh_export()
    oh_clinic_list()
    oh_vaccinations()
    oh_report_html()
    news_contacts()
    news_complaint(1)
    news_complaint(2)
    news_court(1, "txt")
    news_court(2, "md")
    for k in range(1, 4):
        news_interview(k)
    news_rota("csv")
    news_tipoffs()
    news_comments()
    news_sources_rtf()
    news_story_list()
    clinic_appointments("csv")
    clinic_appointments("tsv")
    for k in range(1, 4):
        clinic_partner(k)
    clinic_donor(1, "docx")
    clinic_donor(2, "txt")
    clinic_results()
    clinic_couple(1)
    clinic_mail()
    clinic_booking_api()
    clinic_sms()
    clinic_letter()
    negatives()
    news_chat()
    order = ["racial_ethnic_origin", "political_opinion", "religious_belief", "trade_union", "genetic", "biometric",
             "health", "sex_life_orientation", "criminal_offence"]
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for d in sorted(DOCS_OUT, key=lambda d: d.name):
            f.write(json.dumps({"doc": d.name, "names": d.names, "categories": [c for c in order if c in d.cats], "ids": d.ids},
                               ensure_ascii=False) + "\n")
    kinds: dict[str, int] = {}
    cats: dict[str, int] = {}
    for d in DOCS_OUT:
        for k, _ in d.ids:
            kinds[k] = kinds.get(k, 0) + 1
        for c in d.cats:
            cats[c] = cats.get(c, 0) + 1
    neg = sum(1 for d in DOCS_OUT if d.name.startswith(("policy", "training")))
    print(f"{len(DOCS_OUT)} documents ({neg} negative), {sum(len(d.names) for d in DOCS_OUT)} name labels, "
          f"{sum(kinds.values())} identifier labels")
    print("identifiers:", ", ".join(f"{k} {v}" for k, v in sorted(kinds.items(), key=lambda kv: -kv[1])))
    print("documents per category:", ", ".join(f"{k} {v}" for k, v in sorted(cats.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
