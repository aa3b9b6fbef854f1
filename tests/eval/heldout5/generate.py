#!/usr/bin/env python3
"""(Re)create dpscan's FIFTH held-out evaluation set: the records an MP's
constituency office, a trade union branch, a leisure centre and gym, a
counselling service and hospice charity, and a small accountancy and payroll
bureau hold.

Usage:  python3 tests/eval/heldout5/generate.py

Python 3.11, standard library only, deterministic (``random.Random(31415)``,
fixed zip timestamps, fixed MIME boundaries): two runs, under any
``PYTHONHASHSEED``, give byte-identical files. ``docs/`` is deleted and
rebuilt, ``labels.jsonl`` rewritten.

This set is blind: written without reading dpscan's detectors, rules, the
other sets' documents or generators (only the contract, the README, the eval
test, the label-format section of tests/eval/README.md, heldout4's README and
its generator's docstring), and only ever measured. Templates and name lists
are new.

Documents: immigration, benefits, housing and health casework letters,
surgery sign-in sheets, canvass returns, party membership lists, a
caseworker's mailbox; union membership exports with check-off and direct
debit details, grievance and disciplinary casework, political-fund opt-ins,
reps' notes, strike-ballot lists; gym memberships with fingerprint and face
access, PAR-Q questionnaires, swimming-lesson registers, accident reports,
direct-debit exports, personal trainers' notes; counselling referrals and
session notes, hospice patient and family contact sheets, volunteer DBS
registers, gift-aid donor lists; client payroll exports, P45/P60 summaries,
self-assessment notes, HMRC letters, bank mandates, a bookkeeper's mailbox;
and policy, privacy-notice, training and board-minutes prose about health,
religion, unions, ethnicity, sexuality and criminal records naming no one
but, in two, the document's owner (``policy-*``, ``training-*``). Formats:
text, Markdown, CSV, TSV, mail (multipart with quoted-printable text and
HTML, RFC 2047 display names, a base64 CSV attachment, reply threads quoting
earlier messages), mbox, HTML, Word (header, footer, comments with authors,
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
  (street, organisation, building, product, condition) or an email address,
  in which an initial before a surname is left out of its label, or which
  writes an email address, or digits in an Ofcom, NHS-test, QQ or
  documentation-IP range, that are not labelled;
* ``categories``: the special categories revealed about a named person.
  As in heldout4: immigration status, nationality, a "Not stated" or
  "Prefer not to say" answer and a "None" or "No" answer are not special
  category; a faith-based diet, an answered monitoring field, pregnancy, a
  mobility aid, union dues on a payroll line, a conviction, caution or
  charge, a medicine on a person's line are; a DBS result of "clear" is
  not; a Message-ID is not an email address; a gift-aid declaration reveals
  nothing about the donor.
  New here: a canvass return's voting intention ("L", "Con", "Against") or
  a party membership record is political opinion, "Not in" / "Won't say"
  is nothing, and writing to one's MP about a case is not a political
  opinion; membership of a union, a check-off or union-subscription
  deduction, a political-fund opt-in or opt-out and a strike-ballot
  eligibility list are trade union (a political-fund choice is not, by
  itself, political opinion); a fingerprint template or face enrolment
  tied to a member is biometric, a photo on a card is not; a PAR-Q with a
  "Yes" to a health question is health, one answered "No" throughout is
  not; statutory sick pay or statutory maternity pay on a payroll line is
  health (it reveals sickness or pregnancy), student-loan deductions and
  tax codes are nothing; an asylum claim on the ground of religion or
  sexuality reveals that; a "reasonable excuse" citing a hospital stay is
  health; an injury in an accident report is health; a request to be
  attended by a same-sex trainer for reasons of faith, or prayer times, is
  religious belief; a constituent's stance on a bill, put to the MP, and
  volunteering for a party's campaign are political opinion; attending
  counselling (session notes, an online-session log) is health, and
  "sexuality" as a presenting issue reveals sex life or orientation; being
  the victim of a crime is not criminal-offence data about the victim (an
  arrest, an interview under caution, a caution, a community order or a
  conviction of the person named is); an answered union equality form is
  trade union besides its answered fields; a driving-licence number, which
  starts with its holder's surname, is an identifier, not a name mention;
  a policy that names only its owner reveals nothing about the owner (two
  do); a message about a client who is not named is about no one.

Everything is fictional: emails use example.com/.org/.net, phones Ofcom's
drama ranges, NHS numbers the 999 test range, NINOs the QQ prefix (never the
specimen), cards the schemes' published test numbers, postcodes Royal Mail's
published format examples, IPs the documentation ranges, IBANs valid check
digits on made-up accounts, UK bank details six sort codes of Vocalink's
modulus table (v7.70; single rows with no exception and no substitution,
weights copied below) with account numbers generated to pass their check.
"""

from __future__ import annotations

import base64
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
from datetime import date, timedelta
from pathlib import Path
from xml.sax.saxutils import escape as xesc

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
R = random.Random(31415)
ZIP_TIME = (2026, 2, 3, 9, 30, 0)

# ---------------------------------------------------------------- names

# origin: (given names for women, given names for men, surnames)
ORIGINS = {
    "english": (["Joanne", "Tracey", "Hayley", "Gemma", "Lorraine", "Beverley"],
                ["Graham", "Stuart", "Nigel", "Trevor", "Craig", "Barry"],
                ["Ashworth", "Pickering", "Whitlock", "Hebblethwaite", "Cartwright", "Spurling", "Greenhalgh"]),
    "welsh": (["Cerys", "Angharad", "Lowri", "Nia"], ["Gethin", "Rhodri", "Iwan", "Dafydd"],
              ["Pritchard", "Prosser", "ap Gwilym", "Lloyd-Jenkins", "Gruffydd"]),
    "scottish": (["Morag", "Kirsty", "Eilidh", "Shona"], ["Fraser", "Hamish", "Alasdair", "Callum"],
                 ["MacLeod", "Drummond", "McAllister", "Buchanan", "Urquhart"]),
    "irish": (["Siobhán", "Aoife", "Gráinne", "Clodagh"], ["Cathal", "Niall", "Eoin", "Declan"],
              ["O'Driscoll", "Mulcahy", "Kavanagh", "Fitzgerald", "Ní Bhriain"]),
    "pakistani": (["Saima", "Rubina", "Nadia", "Shazia"], ["Imran", "Waqar", "Zeeshan", "Usman"],
                  ["Chaudhry", "Qureshi", "Iqbal", "Malik", "Mirza"]),
    "indian": (["Priya", "Manpreet", "Lakshmi", "Anjali"], ["Rajesh", "Harjit", "Vikram", "Sandeep"],
               ["Sandhu", "Dhaliwal", "Nair", "Ramaswamy", "Kulkarni"]),
    "bangladeshi": (["Rumana", "Shirin", "Nasima", "Tahmina"], ["Shahid", "Rahim", "Mizanur", "Anwar"],
                    ["Uddin", "Rahman", "Miah", "Chowdhury", "Talukder"]),
    "srilankan": (["Dilani", "Thanuja", "Nirosha", "Kavitha"], ["Tharindu", "Nuwan", "Kumaran", "Dinesh"],
                  ["Jayawardena", "Perera", "Sivakumar", "Wickramasinghe", "Fernando"]),
    "polish": (["Katarzyna", "Agnieszka", "Małgorzata", "Joanna"], ["Grzegorz", "Tomasz", "Wojciech", "Paweł"],
               ["Kowalczyk", "Nowak", "Wójcik", "Mazur", "Krawczyk"]),
    "romanian": (["Ioana", "Alina", "Mihaela", "Roxana"], ["Andrei", "Mihai", "Florin", "Ionuț"],
                 ["Popescu", "Ionescu", "Dumitru", "Stoica", "Munteanu"]),
    "bulgarian": (["Desislava", "Tsvetelina", "Radka"], ["Georgi", "Dimitar", "Stoyan"],
                  ["Hristov", "Todorov", "Angelov", "Kolev"]),
    "nigerian": (["Ngozi", "Olubunmi", "Chiamaka", "Folake"], ["Chukwuemeka", "Oluwaseun", "Babatunde", "Ifeanyi"],
                 ["Adeyemi", "Okonkwo", "Ogunleye", "Nwosu", "Adebayo-Cole"]),
    "ghanaian": (["Akosua", "Abena", "Efua", "Adwoa"], ["Kwame", "Kofi", "Kwabena", "Yaw"],
                 ["Mensah", "Asante", "Owusu", "Boateng", "Agyeman"]),
    "somali": (["Hodan", "Ayaan", "Khadra", "Ubah"], ["Abdirahman", "Abdullahi", "Yusuf", "Liban"],
               ["Warsame", "Jama", "Abdi", "Guleid", "Egal"]),
    "sudanese": (["Amna", "Hiba", "Safaa", "Rayan"], ["Osman", "Mohanad", "Abubakar", "Elfatih"],
                 ["Elhassan", "Abdelrahman", "El-Tayeb", "Babiker", "Idris"]),
    "jamaican": (["Marcia", "Sharmaine", "Claudette", "Paulette"], ["Delroy", "Winston", "Desmond", "Errol"],
                 ["McKenzie", "Thompson-Reid", "Bailey", "Samuels", "Gayle"]),
    "chinese": (["Xiaoling", "Lijuan", "Mei", "Yuting"], ["Zhiwei", "Jian", "Hao", "Guoqiang"],
                ["Zhang", "Liu", "Huang", "Zhou", "Xu"]),
    "hongkong": (["Wing Yan", "Mei Ling", "Suet Ying"], ["Chi Wai", "Ka Ming", "Wing Kit"],
                 ["Chan", "Leung", "Cheung", "Lau", "Tsang"]),
    "filipino": (["Maricel", "Rowena", "Jocelyn", "Cristina"], ["Jericho", "Rommel", "Ronaldo", "Arnel"],
                 ["dela Cruz", "Bautista", "Villanueva", "Mendoza", "Santos"]),
    "turkish": (["Elif", "Zeynep", "Ayşe", "Gülşen"], ["Mehmet", "Emre", "Burak", "Serkan"],
                ["Yılmaz", "Demir", "Öztürk", "Kaya", "Aydın"]),
    "greek": (["Eleni", "Katerina", "Despina", "Androulla"], ["Nikos", "Dimitris", "Yiannis", "Kostas"],
              ["Georgiou", "Christodoulou", "Charalambous", "Ioannou", "Michaelides"]),
    "portuguese": (["Inês", "Mariana", "Beatriz", "Filipa"], ["João", "Tiago", "Rui", "Nuno"],
                   ["Ferreira", "Gonçalves", "da Costa", "Rodrigues", "Carvalho"]),
    "spanish": (["Lucía", "Nuria", "Pilar", "Montserrat"], ["Javier", "Alejandro", "Sergio", "Iñaki"],
                ["Fernández", "de la Fuente", "Ruiz", "Echeverría", "Navarro"]),
    "afghan": (["Fereshta", "Mursal", "Zarghona", "Parwana"], ["Farid", "Zabihullah", "Mirwais", "Naqibullah"],
               ["Ahmadzai", "Hakimi", "Rahimi", "Noori", "Popal"]),
    "ukrainian": (["Oksana", "Yuliia", "Nataliia", "Iryna"], ["Oleksandr", "Mykola", "Taras", "Bohdan"],
                  ["Shevchenko", "Bondarenko", "Kovalenko", "Tkachenko", "Melnyk"]),
}
NICKNAMES = {"Katarzyna": "Kasia", "Małgorzata": "Gosia", "Olubunmi": "Bunmi", "Oleksandr": "Sasha",
             "Chukwuemeka": "Emeka", "Oluwaseun": "Seun", "Babatunde": "Tunde", "Dimitris": "Jimmy",
             "Wing Yan": "Winnie", "Chi Wai": "Kenny", "Stuart": "Stu", "Declan": "Dec",
             "Gethin": "Geth", "Alejandro": "Alex", "Montserrat": "Montse", "Abdirahman": "Abdi-Rahman"}
MIDDLES = ["James", "Louise", "Rose", "Kwaku", "Rhiannon", "Patrick", "Hussain", "Teodora", "Marie", "Olumide"]
# pairings that name well-known people
BLOCKED = {("Mohamed", "Farah"), ("Kofi", "Annan"), ("Wei", "Zhang")}
TITLES_F = ["Mrs", "Ms", "Miss", "Dr"]
TITLES_M = ["Mr", "Mr", "Dr"]


def fold(s: str) -> str:
    """ASCII for an email local part: diacritics dropped, dotted i kept as i."""
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


@dataclass(eq=False)
class Person:
    given: str
    surname: str
    female: bool
    title: str
    middle: str = ""
    nick: str = ""
    dob: date = date(1980, 1, 1)
    serial: int = 0

    def parts(self) -> list[str]:
        words = set(self.given.split()) | {self.surname} | set(re.split(r"[ -]", self.surname))
        words |= set(self.middle.split()) | ({self.nick} if self.nick else set())
        particles = {"ap", "dela", "da", "de", "la", "Ní", "El"}
        return sorted(w for w in words if len(w) > 1 and w not in particles)

    def form(self, f: str) -> tuple[str, str]:
        """(text written, label) for a way of writing the name."""
        g, s, ini = self.given, self.surname, self.given[0]
        if f == "nk" and not self.nick:
            f = "g"
        table = {
            "f": f"{g} {s}", "g": g, "s": s, "i": f"{ini}. {s}",
            "rv": f"{s}, {g}", "RV": f"{s.upper()}, {g}", "C": f"{g.upper()} {s.upper()}",
            "S": s.upper(), "nk": self.nick,
            "m": f"{g} {self.middle} {s}", "gm": f"{g} {self.middle}", "IC": f"{ini} {s.upper()}", "hk": f"{s.upper()} {g}",
        }
        if f in ("ts", "tf", "ti"):
            label = {"ts": s, "tf": f"{g} {s}", "ti": f"{ini}. {s}"}[f]
            return f"{self.title} {label}", label
        if f == "tIC":
            return f"{self.title.upper()} {ini} {s.upper()}", f"{ini} {s.upper()}"
        text = table[f]
        return text, text

    def local(self, style: int = 0) -> str:
        g, s = fold(self.given).lower().replace(" ", ""), fold(self.surname).lower().replace(" ", "")
        return [f"{g}.{s}", f"{g[0]}{s}", f"{g}{s[0]}", f"{g}_{s}{self.serial % 90 + 10}"][style]


USED: set[tuple[str, str]] = set()


def person(origin: str | None = None, female: bool | None = None, age: tuple[int, int] = (19, 80),
           middle: bool = False, nick: bool = False) -> Person:
    while True:
        o = origin or R.choice(sorted(ORIGINS))
        f = R.random() < 0.5 if female is None else female
        women, men, surnames = ORIGINS[o]
        g, s = R.choice(women if f else men), R.choice(surnames)
        if o == "bulgarian" and f:
            s += "a"
        if (g, s) in USED or (g, s) in BLOCKED or g == s:
            continue
        USED.add((g, s))
        years = R.randint(*age)
        dob = date(2026 - years, R.randint(1, 12), R.randint(1, 28))
        title = R.choice(TITLES_F if f else TITLES_M)
        return Person(g, s, f, title, R.choice(MIDDLES) if middle else "",
                      NICKNAMES.get(g, "") if nick else "", dob, len(USED))


def child_of(parent: Person, age: tuple[int, int] = (4, 12)) -> Person:
    women, men, _ = ORIGINS[next(o for o, v in ORIGINS.items() if parent.surname.rstrip("a") in v[2] or parent.surname in v[2])]
    f = R.random() < 0.5
    while True:
        g = R.choice(women if f else men)
        if g != parent.given and (g, parent.surname) not in USED:
            break
    USED.add((g, parent.surname))
    years = R.randint(*age)
    return Person(g, parent.surname, f, "", dob=date(2026 - years, R.randint(1, 12), R.randint(1, 28)), serial=len(USED))


# ---------------------------------------------------------------- identifiers

# Vocalink modulus table v7.70: sort code -> (method, weights u v w x y z a b c d e f g h)
MODULUS = {
    "086001": ("MOD10", [0, 0, 0, 0, 0, 0, 7, 1, 3, 7, 1, 3, 7, 1]),
    "836570": ("MOD11", [0, 0, 4, 3, 2, 7, 2, 7, 6, 5, 4, 3, 2, 1]),
    "185003": ("MOD11", [0, 0, 0, 0, 0, 0, 0, 7, 6, 5, 4, 3, 2, 1]),
    "302880": ("MOD11", [0, 0, 0, 0, 0, 0, 8, 7, 6, 5, 4, 3, 2, 1]),
    "401199": ("MOD11", [0, 0, 0, 0, 0, 0, 8, 5, 7, 3, 4, 9, 2, 1]),
    "406466": ("DBLAL", [2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1]),
}


def modulus_ok(sort: str, account: str) -> bool:
    method, weights = MODULUS[sort]
    products = [int(d) * w for d, w in zip(sort + account, weights)]
    if method == "DBLAL":
        return sum(sum(map(int, str(p))) for p in products) % 10 == 0
    return sum(products) % (10 if method == "MOD10" else 11) == 0


def bank() -> tuple[str, str]:
    sort = R.choice(sorted(MODULUS))
    while True:
        account = f"{R.randint(10000000, 99999999)}"
        if modulus_ok(sort, account):
            return sort, account


def nhs() -> str:
    while True:
        digits = "999" + "".join(str(R.randint(0, 9)) for _ in range(6))
        check = 11 - sum(int(d) * w for d, w in zip(digits, range(10, 1, -1))) % 11
        if check == 11:
            check = 0
        if check != 10:
            return digits + str(check)


def nino() -> str:
    while True:
        n = f"QQ{R.randint(0, 999999):06d}{R.choice('ABCD')}"
        if n != "QQ123456C":
            return n


IBAN_LAYOUT = {"GB": ("NWBK", 14), "DE": ("", 18), "PT": ("", 21)}


def iban(country: str) -> str:
    bank_code, digits = IBAN_LAYOUT[country]
    while True:
        bban = bank_code + "".join(str(R.randint(0, 9)) for _ in range(digits))
        moved = bban + country + "00"
        number = int("".join(str(int(c, 36)) for c in moved))
        check = 98 - number % 97
        if 2 <= check <= 98:
            return f"{country}{check:02d}{bban}"


def grouped(s: str, n: int = 4, sep: str = " ") -> str:
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


CARDS = ["4111111111111111", "4012888888881881", "5555555555554444", "5105105105105100",
         "378282246310005", "371449635398431", "4000056655665556", "2223003122003222"]
MOBILE = iter(R.sample(range(0, 1000), 1000))
LAND = iter(R.sample(range(0, 1000), 1000))
AREAS = [("0113", "496"), ("0114", "496"), ("0115", "496"), ("0116", "496"), ("0117", "496"),
         ("0118", "496"), ("0121", "496"), ("0131", "496"), ("0141", "496"), ("0151", "496"),
         ("0161", "496"), ("020", "7946"), ("029", "2018"), ("028", "9018")]
POSTCODES = ["EC1A 1BB", "W1A 0AX", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "SW1A 0AA"]
PASSPORTS = iter(R.sample(range(100000000, 999999999), 200))
IP4 = iter([f"{net}.{h}" for net in ("192.0.2", "198.51.100", "203.0.113") for h in R.sample(range(2, 254), 40)])


# ---------------------------------------------------------------- documents and their labels

CATEGORY_ORDER = ["racial_ethnic_origin", "political_opinion", "religious_belief", "trade_union", "genetic",
                  "biometric", "health", "sex_life_orientation", "criminal_offence"]
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


class Doc:
    """One document: the text it writes (every string passes through
    ``seen``) and the labels recorded while writing it."""

    def __init__(self, fname: str):
        self.fname = fname
        self.names: list[str] = []
        self.ids: list[tuple[str, str]] = []
        self.written: list[str] = []
        self.cats: set[str] = set()
        self.people: list[Person] = []
        self.traps: list[str] = []
        self.licences: list[str] = []  # a licence number starts with its holder's surname
        self.text: list[str] = []

    # labels
    def n(self, p: Person, f: str = "f") -> str:
        text, label = p.form(f)
        if label not in self.names:
            self.names.append(label)
        if p not in self.people:
            self.people.append(p)
        return text

    def i(self, kind: str, written: str, value: str) -> str:
        if (kind, value) not in self.ids:
            self.ids.append((kind, value))
        self.written.append(written)
        return written

    def c(self, *cats: str) -> None:
        assert all(c in CATEGORY_ORDER for c in cats), cats
        self.cats.update(cats)

    def t(self, s: str) -> str:
        self.traps.append(s)
        return s

    def seen(self, s) -> str:
        s = str(s)
        self.text.append(s)
        return s

    # identifiers, in the variants people write
    def email(self, p: Person | None = None, domain: str = "example.com", style: int = 0, local: str = "") -> str:
        addr = f"{local or p.local(style)}@{domain}"
        return self.i("email", addr, addr.lower())

    def mobile(self, style: int | None = None, n: int | None = None) -> str:
        n = next(MOBILE) if n is None else n
        sub = f"{n:03d}"
        forms = [f"07700 900{sub}", f"07700 900 {sub}", f"07700900{sub}", f"+44 7700 900{sub}",
                 f"+44 (0)7700 900{sub}", f"0044 7700 900{sub}", f"07700-900-{sub}", f"0770 090 0{sub}",
                 f"00 44 7700 900 {sub}", f"+447700900{sub}"]
        style = R.randrange(len(forms)) if style is None else style
        return self.i("phone", forms[style], f"+447700900{sub}")

    def landline(self, style: int | None = None, area: int | None = None) -> str:
        code, exch = AREAS[R.randrange(len(AREAS)) if area is None else area]
        sub = f"0{next(LAND):03d}"
        local = exch + sub
        if len(code) == 3:
            forms = [f"{code} {exch} {sub}", f"({code}) {exch} {sub}", f"+44 {code[1:]} {exch} {sub}",
                     f"{code}-{exch}-{sub}", f"{code} {local}", f"+44 (0){code[1:]} {exch} {sub}"]
        else:
            forms = [f"{code} {exch} {sub}", f"({code}) {exch} {sub}", f"+44 {code[1:]} {exch} {sub}",
                     f"{code}-{exch}-{sub}", f"{code} {local}", f"{code}.{exch}.{sub}"]
        style = R.randrange(len(forms)) if style is None else style
        return self.i("phone", forms[style], f"+44{code[1:]}{local}")

    def nino(self, value: str | None = None, style: int | None = None) -> str:
        v = value or nino()
        forms = [v, f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}", f"{v[:2]} {v[2:8]} {v[8]}", f"{v[:2]}-{v[2:4]}-{v[4:6]}-{v[6:8]}-{v[8]}"]
        style = R.randrange(len(forms)) if style is None else style
        return self.i("uk_nino", forms[style], v)

    def nhs(self, value: str | None = None, style: int | None = None) -> str:
        v = value or nhs()
        forms = [f"{v[:3]} {v[3:6]} {v[6:]}", v, f"{v[:3]}-{v[3:6]}-{v[6:]}"]
        style = R.randrange(3) if style is None else style
        return self.i("nhs_number", forms[style], v)

    def dob(self, p: Person, style: int | None = None) -> str:
        d = p.dob
        suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        forms = [d.strftime("%d/%m/%Y"), f"{d.day} {d:%B %Y}", f"{d.day}{suffix} {d:%B %Y}", d.isoformat(),
                 d.strftime("%d.%m.%Y"), f"{d.day} {d:%b %Y}", d.strftime("%d-%m-%Y")]
        style = R.randrange(len(forms)) if style is None else style
        return self.i("date_of_birth", forms[style], d.isoformat())

    def postcode(self, style: int = 0, pc: str | None = None) -> str:
        pc = pc or R.choice(POSTCODES)
        forms = [pc, pc.lower(), pc.replace(" ", "")]
        return self.i("uk_postcode", forms[style], pc)

    def passport(self) -> str:
        v = f"{next(PASSPORTS)}"
        return self.i("uk_passport", v, v)

    def licence(self, p: Person, blocks: bool = False) -> str:
        s = re.sub(r"[^A-Z]", "", fold(p.surname).upper())
        s = (s + "99999")[:5]
        d = p.dob
        month = d.month + (50 if p.female else 0)
        inits = (fold(p.given)[0] + (fold(p.middle)[0] if p.middle else "9")).upper()
        v = f"{s}{str(d.year)[2]}{month:02d}{d.day:02d}{str(d.year)[3]}{inits}9{R.choice('ABCDEFGHJKLMNPRSTUWXYZ')}{R.choice('ABCDEFGHJKLMNPRSTUWXYZ')}"
        written = f"{v[:5]} {v[5:11]} {v[11:]}" if blocks else v
        self.licences.append(written)
        return self.i("uk_driving_licence", written, v)

    def account(self, style: int = 0) -> tuple[str, str]:
        sort, acc = bank()
        forms = [f"{sort[:2]}-{sort[2:4]}-{sort[4:]}", f"{sort[:2]} {sort[2:4]} {sort[4:]}", sort]
        self.i("uk_bank_account", forms[style] + " " + acc, f"{sort}:{acc}")
        self.written.pop()
        return forms[style], acc

    def iban(self, country: str = "GB", style: int = 0) -> str:
        v = iban(country)
        forms = [grouped(v), v, f"{v[:2]} {grouped(v[2:])}", grouped(v, 4, "-")]
        return self.i("iban", forms[style], v)

    def card(self, style: int = 0, number: str | None = None) -> str:
        v = number or R.choice(CARDS)
        forms = [grouped(v), v, grouped(v, 4, "-")] if len(v) == 16 else [f"{v[:4]} {v[4:10]} {v[10:]}", v, f"{v[:4]}-{v[4:10]}-{v[10:]}"]
        return self.i("payment_card", forms[style], v)

    def ip(self, v6: bool = False) -> str:
        if v6:
            v = f"2001:db8:{R.randint(1, 0xffff):x}:{R.randint(1, 0xffff):x}::{R.randint(1, 0xfff):x}"
            return self.i("ip_address", v, ipaddress.ip_address(v).compressed)
        v = next(IP4)
        return self.i("ip_address", v, v)

    # the checks every document passes before it is written
    def check(self) -> None:
        text = "\n".join(self.text)
        where = f"{self.fname}:"
        for label in self.names:
            assert label and label == " ".join(label.split()), (where, label)
            assert label in text, (where, "label not in text", label)
            assert not re.match(r"(Mr|Mrs|Ms|Miss|Dr|Mx|Cllr|Revd)\.? ", label), (where, label)
        for w in self.written:
            assert w in text, (where, "identifier not in text", w)
        covered: list[tuple[int, int]] = []
        for s in self.names + self.traps + self.licences:
            covered += [(m.start(), m.end()) for m in re.finditer(re.escape(s), text)]
        covered += [(m.start(), m.end()) for m in EMAIL_RE.finditer(text)]

        def inside(a: int, b: int) -> bool:
            return any(s <= a and b <= e for s, e in covered)

        for p in self.people:
            for part in p.parts():
                for form in {part, part.upper()}:
                    for m in re.finditer(rf"(?<![\w'’-]){re.escape(form)}(?![\w'’-])", text):
                        assert inside(m.start(), m.end()), (where, "unlabelled name part", form, text[max(0, m.start() - 40):m.end() + 40])
            for m in re.finditer(rf"(?<![\w.])[A-Z]\.? {re.escape(p.surname)}(?![\w])", text):
                assert inside(m.start(), m.end()), (where, "initial left out", m.group())
        emails = {m.group().lower().rstrip(".") for m in EMAIL_RE.finditer(text)}
        ids = set(self.ids)
        for e in emails:
            assert ("email", e) in ids, (where, "unlabelled email", e)
        for m in re.finditer(r"\bQQ[ -]?\d\d[ -]?\d\d[ -]?\d\d[ -]?[A-D]\b", text, re.I):
            assert ("uk_nino", re.sub(r"[ -]", "", m.group()).upper()) in ids, (where, m.group())
        for m in re.finditer(r"(?<!\d)999[ -]?\d{3}[ -]?\d{4}(?!\d)", text):
            assert ("nhs_number", re.sub(r"\D", "", m.group())) in ids, (where, m.group())
        for m in re.finditer(r"(?<![\d.])(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+", text):
            assert ("ip_address", m.group()) in ids, (where, m.group())
        for m in re.finditer(r"7700[ -]?900[ -]?\d{3}", text):
            assert ("phone", "+447700900" + re.sub(r"\D", "", m.group())[-3:]) in ids, (where, m.group())

    def label(self) -> dict:
        return {"doc": self.fname, "names": self.names,
                "categories": [c for c in CATEGORY_ORDER if c in self.cats],
                "ids": [list(x) for x in self.ids]}


OUT: list[tuple[Doc, bytes]] = []


def emit(d: Doc, data: bytes | str) -> None:
    d.check()
    OUT.append((d, data.encode() if isinstance(data, str) else data))


# ---------------------------------------------------------------- writers


def text(d: Doc, lines: list[str]) -> str:
    return "\n".join(d.seen(line) for line in lines) + "\n"


def delimited(d: Doc, rows: list[list], sep: str = ",") -> str:
    out = []
    for row in rows:
        cells = []
        for v in row:
            v = d.seen(v)
            if sep in v or '"' in v or "\n" in v:
                v = '"' + v.replace('"', '""') + '"'
            cells.append(v)
        out.append(sep.join(cells))
    return "\r\n".join(out) + "\r\n"


def zipped(entries: list[tuple[str, str | bytes]], stored_first: bool = False) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for k, (name, data) in enumerate(entries):
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_STORED if (stored_first and k == 0) else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode() if isinstance(data, str) else data)
    return buf.getvalue()


W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"')


def w_par(d: Doc, s: str, bold: bool = False, comment: int | None = None) -> str:
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    run = f'<w:r>{rpr}<w:t xml:space="preserve">{xesc(d.seen(s))}</w:t></w:r>'
    if comment is not None:
        run = (f'<w:commentRangeStart w:id="{comment}"/>{run}<w:commentRangeEnd w:id="{comment}"/>'
               f'<w:r><w:commentReference w:id="{comment}"/></w:r>')
    return f"<w:p>{run}</w:p>"


def w_table(d: Doc, rows: list[list]) -> str:
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>']
    for row in rows:
        out.append("<w:tr>" + "".join(f"<w:tc>{w_par(d, str(c))}</w:tc>" for c in row) + "</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def docx(d: Doc, body: list, header: str = "", footer: str = "", comments: list[tuple[int, str, str, str]] = (),
         textbox: list[str] = (), author: str = "", title: str = "") -> bytes:
    """body: paragraphs (str) and tables (list of rows); comments: (paragraph
    index, author, initials, text); textbox: paragraphs in a VML text box."""
    anchors = {c[0]: k for k, c in enumerate(comments)}
    parts = []
    for k, item in enumerate(body):
        parts.append(w_table(d, item) if isinstance(item, list) else w_par(d, item, bold=k == 0, comment=anchors.get(k)))
    if textbox:
        inner = "".join(w_par(d, s) for s in textbox)
        parts.insert(1, '<w:p><w:r><w:pict><v:shape id="tb1" style="width:200pt;height:80pt" type="#_x0000_t202">'
                        f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    rels = ['<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    sect = ""
    files = []
    ct = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    if header:
        rels.append('<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        files.append(("word/header1.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W_NS}>{w_par(d, header)}</w:hdr>'))
        ct.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        sect += '<w:headerReference w:type="default" r:id="rIdH"/>'
    if footer:
        rels.append('<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        files.append(("word/footer1.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W_NS}>{w_par(d, footer)}</w:ftr>'))
        ct.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        sect += '<w:footerReference w:type="default" r:id="rIdF"/>'
    if comments:
        cs = "".join(f'<w:comment w:id="{k}" w:author="{xesc(d.seen(a))}" w:initials="{xesc(i)}" w:date="2026-02-03T09:00:00Z">{w_par(d, t)}</w:comment>'
                     for k, (_, a, i, t) in enumerate(comments))
        files.append(("word/comments.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {W_NS}>{cs}</w:comments>'))
        rels.append('<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W_NS}><w:body>{"".join(parts)}'
                f'<w:sectPr>{sect}<w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{xesc(d.seen(title) if title else "")}</dc:title><dc:creator>{xesc(d.seen(author) if author else "")}</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-12T10:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-02-02T16:00:00Z</dcterms:modified></cp:coreProperties>')
    styles = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W_NS}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>'
    return zipped([
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
         + "".join(ct) + "</Types>"),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         + "".join(rels) + "</Relationships>"),
        ("word/styles.xml", styles),
        ("docProps/core.xml", core),
    ] + files)


def col(k: int) -> str:
    s = ""
    k += 1
    while k:
        k, r = divmod(k - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(d: Doc, sheets: list[tuple[str, list[list]]]) -> bytes:
    """Strings as inline strings, ints and floats typed as numbers."""
    files = []
    for n, (_, rows) in enumerate(sheets, 1):
        xml_rows = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = f"{col(c)}{r}"
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)):
                    d.seen(v)
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{xesc(d.seen(v))}</t></is></c>')
            xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
        files.append((f"xl/worksheets/sheet{n}.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                      f'<sheetData>{"".join(xml_rows)}</sheetData></worksheet>'))
    book = "".join(f'<sheet name="{xesc(d.seen(name))}" sheetId="{n}" r:id="rId{n}"/>' for n, (name, _) in enumerate(sheets, 1))
    rels = "".join(f'<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>'
                   for n in range(1, len(sheets) + 1))
    ct = "".join(f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                 for n in range(1, len(sheets) + 1))
    return zipped([
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' + ct + "</Types>"),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{book}</sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         + rels + "</Relationships>"),
    ] + files)


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')


def odf(kind: str, content: str, author: str = "") -> bytes:
    mime = f"application/vnd.oasis.opendocument.{kind}"
    meta = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {ODF_NS}><office:meta>'
            f'<meta:initial-creator>{xesc(author)}</meta:initial-creator><meta:creation-date>2026-01-20T11:00:00</meta:creation-date>'
            '</office:meta></office:document-meta>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    return zipped([("mimetype", mime), ("META-INF/manifest.xml", manifest), ("content.xml", content), ("meta.xml", meta)], stored_first=True)


def odt(d: Doc, body: list, author: str = "") -> bytes:
    parts = []
    for item in body:
        if isinstance(item, list):
            rows = "".join("<table:table-row>" + "".join(f'<table:table-cell office:value-type="string"><text:p>{xesc(d.seen(c))}</text:p></table:table-cell>' for c in row)
                           + "</table:table-row>" for row in item)
            parts.append(f'<table:table table:name="T{len(parts)}"><table:table-column table:number-columns-repeated="{len(item[0])}"/>{rows}</table:table>')
        else:
            parts.append(f"<text:p>{xesc(d.seen(item))}</text:p>")
    content = f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODF_NS}><office:body><office:text>{"".join(parts)}</office:text></office:body></office:document-content>'
    return odf("text", content, d.seen(author) if author else "")


def ods(d: Doc, sheets: list[tuple[str, list[list]]]) -> bytes:
    tables = []
    for name, rows in sheets:
        xr = []
        for row in rows:
            cells = []
            for v in row:
                if isinstance(v, (int, float)):
                    cells.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{d.seen(v)}</text:p></table:table-cell>')
                else:
                    cells.append(f'<table:table-cell office:value-type="string"><text:p>{xesc(d.seen(v))}</text:p></table:table-cell>')
            xr.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
        tables.append(f'<table:table table:name="{xesc(d.seen(name))}">{"".join(xr)}</table:table>')
    content = f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODF_NS}><office:body><office:spreadsheet>{"".join(tables)}</office:spreadsheet></office:body></office:document-content>'
    return odf("spreadsheet", content)


def page(d: Doc, title: str, blocks: list) -> str:
    """HTML: paragraphs (str) and tables (list of rows, the first a header)."""
    out = [f"<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>{html.escape(d.seen(title))}</title>"
           "<style>td,th{border:1px solid #999;padding:2px 6px}</style></head><body>", f"<h1>{html.escape(title)}</h1>"]
    for b in blocks:
        if isinstance(b, list):
            head = "".join(f"<th>{html.escape(d.seen(c))}</th>" for c in b[0])
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(d.seen(c))}</td>" for c in r) + "</tr>" for r in b[1:])
            out.append(f"<table><tr>{head}</tr>{rows}</table>")
        else:
            out.append(f"<p>{html.escape(d.seen(b))}</p>")
    out.append("</body></html>\n")
    return "\n".join(out)


def rtf(d: Doc, paras: list[str], author: str = "", title: str = "") -> str:
    def esc(s: str) -> str:
        out = []
        for ch in s:
            if ch in "\\{}":
                out.append("\\" + ch)
            elif ord(ch) > 127:
                code = ord(ch)
                out.append(f"\\u{code if code < 32768 else code - 65536}?")
            else:
                out.append(ch)
        return "".join(out)
    info = "{\\info" + (f"{{\\title {esc(d.seen(title))}}}" if title else "") + (f"{{\\author {esc(d.seen(author))}}}" if author else "") + "}"
    body = "\n".join(f"\\pard\\sa120 {esc(d.seen(p))}\\par" for p in paras)
    return "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Calibri;}}" + info + "\n\\f0\\fs22\n" + body + "\n}\n"


def walk(d: Doc, obj) -> None:
    if isinstance(obj, dict):
        for k, v in obj.items():
            d.seen(k)
            walk(d, v)
    elif isinstance(obj, list):
        for v in obj:
            walk(d, v)
    elif obj is not None and not isinstance(obj, bool):
        d.seen(obj)


def as_json(d: Doc, obj) -> str:
    walk(d, obj)
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def as_jsonl(d: Doc, objs: list) -> str:
    walk(d, objs)
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs)


def hdr_name(display: str) -> str:
    """A display name as a header writes it: RFC 2047 when not ASCII, quoted when it has a comma."""
    if display.isascii():
        return f'"{display}"' if "," in display else display
    return "=?UTF-8?B?" + base64.b64encode(display.encode()).decode() + "?="


BOUNDARY = iter(f"=_dpscan_h5_{k:04d}" for k in range(10000))


@dataclass
class Mail:
    frm: tuple[str, str]
    to: list[tuple[str, str]]
    subject: str
    date: str
    body: list[str]
    html: bool = False
    attach: tuple[str, str] | None = None   # (filename, csv text)
    cc: list[tuple[str, str]] = field(default_factory=list)
    msgid: str = ""
    reply_to: str = ""


def mail(d: Doc, m: Mail) -> str:
    def addr(a: tuple[str, str]) -> str:
        d.seen(a[0])
        d.seen(a[1])
        return f"{hdr_name(a[0])} <{a[1]}>" if a[0] else a[1]
    d.seen(m.subject)
    head = [f"From: {addr(m.frm)}", "To: " + ", ".join(addr(a) for a in m.to)]
    if m.cc:
        head.append("Cc: " + ", ".join(addr(a) for a in m.cc))
    subj = m.subject if m.subject.isascii() else "=?UTF-8?Q?" + quopri.encodestring(m.subject.encode(), header=True).decode() + "?="
    head += [f"Subject: {subj}", f"Date: {m.date}", f"Message-ID: <{m.msgid or 'h5.' + str(R.randrange(10**9))}@mail.example.net>"]
    if m.reply_to:
        head += [f"In-Reply-To: <{m.reply_to}@mail.example.net>", f"References: <{m.reply_to}@mail.example.net>"]
    head.append("MIME-Version: 1.0")
    plain = "\n".join(d.seen(line) for line in m.body) + "\n"
    qp = quopri.encodestring(plain.replace("\n", "\r\n").encode()).decode()
    text_part = f"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n{qp}"
    if m.html:
        b = next(BOUNDARY)
        paras = "".join(f"<p>{html.escape(line)}</p>" if line else "" for line in m.body)
        h = quopri.encodestring(f"<html><body>{paras}</body></html>".encode()).decode()
        text_part = (f'Content-Type: multipart/alternative; boundary="{b}"\r\n\r\n--{b}\r\n{text_part}\r\n--{b}\r\n'
                     f"Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n{h}\r\n--{b}--\r\n")
    if m.attach:
        b = next(BOUNDARY)
        name, data = m.attach
        d.seen(name)
        d.seen(data)
        enc = base64.encodebytes(data.encode()).decode().replace("\n", "\r\n")
        body = (f'Content-Type: multipart/mixed; boundary="{b}"\r\n\r\n--{b}\r\n{text_part}\r\n--{b}\r\n'
                f'Content-Type: text/csv; charset=utf-8; name="{name}"\r\nContent-Disposition: attachment; filename="{name}"\r\n'
                f"Content-Transfer-Encoding: base64\r\n\r\n{enc}\r\n--{b}--\r\n")
    else:
        body = text_part
    return "\r\n".join(head) + "\r\n" + body


def mbox(d: Doc, mails: list[Mail]) -> str:
    out = []
    for m in mails:
        msg = mail(d, m).replace("\r\n", "\n")
        msg = re.sub(r"^(>*From )", r">\1", msg, flags=re.M)
        out.append(f"From {m.frm[1]} Mon Jan 12 09:00:00 2026\n{msg}\n")
    return "".join(out)


def quoted(lines: list[str], who: str, on: str) -> list[str]:
    return ["", f"On {on}, {who} wrote:"] + ["> " + line if line else ">" for line in lines]


# ---------------------------------------------------------------- shared pieces

STREETS = ["Gladstone Road", "Nelson Street", "Florence Avenue", "Kingsley Close", "Wesley Street", "Victoria Terrace",
           "Stanley Road", "Darwin Close", "Howard Street", "Cromwell Road", "Beaumont Rise", "Tennyson Way"]
TOWNS = ["Brindleford", "Haverley", "Stanton Moor", "Ashby Cross", "Wenlow"]


def address(d: Doc, style: int = 0) -> str:
    return f"{R.randint(2, 188)} {d.t(R.choice(STREETS))}, {R.choice(TOWNS)} {d.postcode(style)}"


def when(k: int) -> str:
    day = date(2026, 1, 5) + timedelta(days=k * 3 % 40)
    return f"{day:%a, %d %b %Y} {9 + k % 8:02d}:{(k * 7) % 60:02d}:00 +0000"


def dmy(k: int) -> str:
    return (date(2025, 11, 3) + timedelta(days=k * 5 % 90)).strftime("%d/%m/%Y")


MP = person("welsh", female=True)
MP_OFFICE = "Brindleford and Haverley"


def mp_sign(d: Doc) -> list[str]:
    return ["Yours sincerely,", "", d.n(MP), f"Member of Parliament for {MP_OFFICE}"]


# ---------------------------------------------------------------- MP's constituency office

def mp_immigration(k: int, variant: str) -> None:
    d = Doc(f"mp-casework-immigration-{k:02d}.docx")
    c = person({"faith": "pakistani", "sexuality": "ghanaian", "spouse": "english"}[variant], female=False if variant == "faith" else None)
    worker = person(nick=True)
    body = [f"Our ref: HB/IMM/{2026}/{400 + k}", "UK Visas and Immigration – MP Account Management Team",
            "Dear Sir or Madam,",
            f"Re: {d.n(c)} – date of birth {d.dob(c)} – Home Office reference {c.surname[0]}{R.randint(1000000, 9999999)}",
            f"I am writing on behalf of my constituent, {d.n(c, 'ts')}, of {address(d)}, who contacted my office on {dmy(k)}."]
    if variant == "faith":
        body.append(f"{d.n(c, 'ts')} is an Ahmadi Muslim. He tells me that he was attacked leaving Friday prayers in Rabwah and that his asylum claim rests on that persecution; he now worships at a mosque in Morden.")
        d.c("religious_belief")
    elif variant == "sexuality":
        body.append(f"{d.n(c, 'ts')} claimed asylum because {'she' if c.female else 'he'} is gay and faces imprisonment on return. "
                    f"{'Her' if c.female else 'His'} partner of four years has written in support, and a local LGBT+ group confirms {'her' if c.female else 'his'} attendance.")
        d.c("sex_life_orientation")
    else:
        spouse = person("filipino", female=not c.female)
        body.append(f"{d.n(c, 'ts')} (British passport number {d.passport()}) applied for a spouse visa for {d.n(spouse)} in August and has heard nothing since. "
                    f"The couple's daughter was born in Manila in October.")
    body += [f"I would be grateful for an update. Please reply to my caseworker, {d.n(worker)}, at {d.email(worker, 'example.org')} or on {d.landline(area=k % 3)}.",
             *mp_sign(d)]
    comments = [(5, d.n(worker, "f"), worker.given[0] + worker.surname[0],
                 f"Chased 14/01 by phone – no reply. {d.n(c, 'g')} calls most days.")]
    emit(d, docx(d, body, header=f"From the office of {d.n(MP)} MP", footer=f"Constituency office, 14 {d.t('Nelson Street')}, Brindleford {d.postcode(0, 'SW1A 0AA')} · {d.landline(0, 11)}",
                 comments=comments, author=d.n(worker)))


def mp_dwp(k: int, fmt: str) -> None:
    d = Doc(f"mp-letter-dwp-{k:02d}.{fmt}")
    c = person(middle=k % 2 == 0, female=k % 3 == 0)
    conditions = [("multiple sclerosis diagnosed in 2019; she uses a walking frame indoors and a wheelchair outside, and takes baclofen for spasms", "PIP"),
                  ("severe depression and PTSD following his army service; he has been under the community mental health team since 2023", "ESA"),
                  ("COPD and heart failure; he is on home oxygen and was admitted to hospital twice this winter", "PIP")][k % 3]
    name = d.n(c, "m" if c.middle else "f")
    paras = [f"Dear {d.t('Jobcentre Plus')} Partnership Manager,",
             f"Re: {name}, National Insurance number {d.nino()}, {conditions[1]} mandatory reconsideration",
             f"My constituent {d.n(c, 'ts')} of {address(d, 1 if k % 2 else 0)} has asked me to support the request for a mandatory reconsideration of the decision dated {dmy(k)}.",
             f"{d.n(c, 'g')} has {conditions[0]}. The assessment report does not reflect this.",
             f"{d.n(c, 'ts')} can be contacted on {d.mobile()}. A copy of this letter has been sent to {d.n(c, 'g')}.", *mp_sign(d)]
    d.c("health")
    emit(d, docx(d, paras, header=f"{d.n(MP, 'C')} MP · HOUSE OF COMMONS · LONDON {d.postcode(0, 'SW1A 0AA')}")
         if fmt == "docx" else odt(d, paras, author=d.n(MP)))


def mp_housing(k: int) -> None:
    d = Doc(f"mp-housing-case-{k:02d}.txt")
    parent = person(["bangladeshi", "somali", "romanian", "jamaican"][k % 4], female=True)
    kid = child_of(parent)
    officer = person("english")
    lines = [f"CASE {2026}/{1100 + k}   HOUSING   Opened {dmy(k)}", f"Constituent: {d.n(parent, 'RV')}", f"Address: {address(d)}",
             f"Tel: {d.mobile()}   Email: {d.email(parent, 'example.net', 1)}", "",
             f"{dmy(k)}  Called {d.n(parent, 'g')}. Black mould in both bedrooms of the council flat since October; repairs order raised twice, no visit.",
             f"          Son {d.n(kid, 'g')} (aged {2026 - kid.dob.year}) has asthma, two admissions to the children's ward since November; inhalers twice a day." if not kid.female else
             f"          Daughter {d.n(kid, 'g')} (aged {2026 - kid.dob.year}) has asthma, two admissions to the children's ward since November; inhalers twice a day.",
             f"{dmy(k + 3)}  Emailed housing officer {d.n(officer, 'tf')} asking for a damp survey and a medical priority assessment.",
             f"{dmy(k + 6)}  {d.n(officer, 'ts')} replied: surveyor booked for 3 Feb. Told {d.n(parent, 'g')}.",
             "          Next action: check outcome after visit. BF 10/02."]
    d.c("health")
    emit(d, text(d, lines))


def mp_signin(k: int, fmt: str) -> None:
    d = Doc(f"mp-surgery-signin-{k:02d}.{fmt}")
    issues = [("PIP refused – has fibromyalgia and uses a stick", "health"), ("Immigration – wife's visa delayed", None),
              ("Neighbour noise, council not acting", None), ("Waiting 70 weeks for knee replacement, on morphine patches", "health"),
              ("Urges MP to vote against the Assisted Dying Bill", "political_opinion"), ("Potholes on the B4210", None),
              ("Universal Credit sanction", None), ("Son excluded from school – has ADHD, no EHCP yet", "health")]
    R.shuffle(issues)
    header = ["Time", "Name", "Address", "Postcode", "Phone", "Email", "Issue", "Seen by"]
    staff = person(nick=True)
    rows = [header]
    for j, (issue, cat) in enumerate(issues[:6]):
        p = person()
        rows.append([f"{10 + j // 3}:{(j % 3) * 20:02d}", d.n(p, ["f", "tf", "rv", "f"][j % 4]),
                     f"{R.randint(1, 99)} {d.t(R.choice(STREETS))}", d.postcode(j % 3 if fmt == "csv" else 0),
                     d.mobile() if j % 2 else d.landline(), d.email(p, "example.com", j % 3) if j != 2 else "", issue,
                     d.n(MP, "g") if j % 3 == 0 else d.n(staff, "nk")])
        if cat:
            d.c(cat)
    title = [f"Advice surgery – {R.choice(TOWNS)} Library – Saturday {dmy(k)}"]
    if fmt == "csv":
        emit(d, delimited(d, [title] + rows))
    else:
        emit(d, xlsx(d, [("Sign-in", [title] + rows)]))


VI = {"L": "political_opinion", "C": "political_opinion", "LD": "political_opinion", "G": "political_opinion",
      "Ref": "political_opinion", "A": "political_opinion", "W": None, "NI": None}


def mp_canvass(k: int, sep: str) -> None:
    d = Doc(f"mp-canvass-returns-{k:02d}.{'csv' if sep == ',' else 'tsv'}")
    canvasser = person()
    rows = [[f"Haverley East ward – polling district HE{k + 1} – canvassed by {d.n(canvasser, 'f')} {dmy(k)}"],
            ["Elector No", "Surname", "Forenames", "Address", "VI", "Poster", "Postal vote", "Notes"]]
    codes = ["L", "W", "C", "NI", "A", "LD", "G", "NI", "Ref"]
    R.shuffle(codes)
    street = d.t(R.choice(STREETS))
    for j, code in enumerate(codes[:7]):
        p = person(middle=j == 2)
        note = {"A": "Against – will never vote for us", "L": "Strong L, would take a stakeboard", "G": "Green last time, leaning",
                "NI": "Not in", "W": "Won't say", "C": "Con promise", "LD": "LD tactical", "Ref": "Ref – immigration"}[code]
        rows.append([f"HE{k + 1}-{100 + j * 3}", d.n(p, "S") if j % 3 == 0 else d.n(p, "s"), d.n(p, "gm" if p.middle else "g"),
                     f"{2 * j + 5} {street}", code, "Y" if code == "L" else "", "Y" if j % 3 == 1 else "", note])
        if VI[code]:
            d.c(VI[code])
    emit(d, delimited(d, rows, sep))


def mp_members(k: int, fmt: str) -> None:
    d = Doc(f"mp-party-members-{k:02d}.{fmt}")
    head = ["Membership No", "Title", "First name", "Last name", "Date of birth", "Email", "Mobile", "Postcode", "Branch", "Joined", "Co-op Party"]
    rows, lapsed = [head], [["Membership No", "Name", "Lapsed", "Reason"]]
    for j in range(6):
        p = person()
        rows.append([f"L{R.randint(1000000, 9999999)}", p.title, d.n(p, "g"), d.n(p, "s"), d.dob(p, 0), d.email(p, "example.net", j % 4),
                     d.mobile(2) if fmt == "ods" else d.mobile(0), d.postcode(0), "Haverley East" if j % 2 else "Brindleford Central",
                     f"{2010 + j}-0{1 + j}-15", "Yes" if j == 3 else "No"])
    for j in range(2):
        p = person()
        lapsed.append([f"L{R.randint(1000000, 9999999)}", d.n(p, "f"), "2025-12-31", "Resigned over Gaza policy" if j == 0 else "Arrears"])
    d.c("political_opinion")
    sheets = [("Members in good standing", rows), ("Lapsed", lapsed)]
    emit(d, xlsx(d, sheets) if fmt == "xlsx" else ods(d, sheets))


def mp_mailbox(k: int) -> None:
    d = Doc(f"mp-caseworker-mailbox-{k:02d}.mbox")
    me = person("scottish")
    a, b, pals = person(nick=True), person(female=True), person("irish")
    me_addr = (d.n(me), d.email(me, "example.org"))
    a_addr = (d.n(a), d.email(a, "example.com", 1))
    m1 = [f"Dear {d.n(me, 'g')},", f"Thank you for seeing me on Friday. My National Insurance number is {d.nino(style=1)} as you asked.",
          "The tribunal date is 3 March. I still cannot work since the stroke and my left arm is weak.", "", "Kind regards,", d.n(a, "f")]
    d.c("health")
    m2 = [f"Hi {d.n(a, 'g')},", "I have written to the tribunal service and asked for the hearing to be by video.", "", d.n(me, "g")] + quoted(m1, d.n(a), "9 Jan 2026")
    pals_addr = ("Patient Advice and Liaison Service", d.email(local="pals", domain="example.net"))
    m3 = [f"Dear {d.n(me, 'ts')},", f"Re: {d.n(b, 'f')}, DOB {d.dob(b, 1)}, NHS number {d.nhs(style=0)}",
          f"We have looked into {d.n(b, 'ts')}'s concerns about the delay to her breast cancer surgery. She is now listed for 20 February at the {d.t('Princess Royal Unit')}.",
          "", f"{d.n(pals, 'f')}", "PALS Officer"]
    mails = [Mail(a_addr, [me_addr], "Tribunal – my PIP appeal", when(k), m1, msgid=f"pip{k}"),
             Mail(me_addr, [a_addr], "Re: Tribunal – my PIP appeal", when(k + 1), m2, reply_to=f"pip{k}"),
             Mail(pals_addr, [me_addr], f"Your ref HB/H/{k} – {b.surname}", when(k + 2), m3, cc=[(d.n(pals, "f"), d.email(pals, "example.net"))])]
    emit(d, mbox(d, mails))


def mp_email(k: int, kind: str) -> None:
    d = Doc(f"mp-email-{k:02d}.eml")
    me = person()
    if kind == "send":
        p = person(["polish", "turkish", "portuguese", "spanish"][k % 4], female=True, nick=k % 4 == 0)
        kid = child_of(p, (7, 15))
        body = [f"Dear {d.n(MP, 'ts')},", f"My son {d.n(kid, 'f')} is {2026 - kid.dob.year} and autistic. He has been out of school since September because the school cannot meet his needs and the council has not finished his EHC plan.",
                "He is now very anxious and self-harming. Please can you help us?", "", "Yours,", d.n(p, "f"), address(d), d.mobile()]
        d.c("health")
        m = Mail((d.n(p, "f"), d.email(p, "example.com")), [(d.n(MP, "f"), d.email(MP, "example.org"))], f"{kid.given}'s school place – please help",
                 when(k), body, html=True)
        d.n(kid, "g")
    else:
        rows = [["Time", "Constituent", "Ward", "Phone", "Issue"]]
        for j in range(4):
            p = person()
            rows.append([f"1{j}:00", d.n(p, "f"), R.choice(TOWNS), d.mobile(), ["Housing", "Immigration", "Council tax", "Child maintenance"][j]])
        csv_text = delimited(Doc("_"), rows)
        body = [f"Hi {d.n(MP, 'g')},", "Attached is Friday's surgery list. Four booked, two walk-in slots left.", "", "Thanks,", d.n(me, "g")]
        m = Mail((d.n(me, "f"), d.email(me, "example.org")), [(d.n(MP, "f"), d.email(MP, "example.org"))], "Surgery list Friday", when(k), body,
                 attach=(f"surgery-{dmy(k).replace('/', '-')}.csv", csv_text))
    emit(d, mail(d, m))


def mp_case_export(k: int, fmt: str) -> None:
    d = Doc(f"mp-casework-export-{k:02d}.{fmt}")
    worker = person()
    summaries = [("Health", "Waiting for cardiology appointment; chest pains, on GTN spray", "health"),
                 ("Immigration", "EU Settlement Scheme – pre-settled to settled status", None),
                 ("Benefits", "Carer's Allowance overpayment", None), ("Health", "Mental health crisis team did not return calls; diagnosed bipolar", "health"),
                 ("Housing", "Homeless since January, sofa surfing", None)]
    cases = []
    for j, (cat, summary, label) in enumerate(summaries):
        p = person()
        if fmt == "json":
            cases.append({"caseRef": f"C-{k}{j:03d}", "constituent": {"title": p.title, "forename": d.n(p, "g"), "surname": d.n(p, "s"),
                          "dateOfBirth": d.dob(p, 3), "email": d.email(p, "example.com", j % 4), "phone": d.mobile(9) if j % 2 else d.landline(2),
                          "address": {"line1": f"{j + 3} {d.t(R.choice(STREETS))}", "postcode": d.postcode(0)}},
                          "category": cat, "summary": summary, "assignedTo": d.n(worker, "f"), "status": "Open"})
        else:
            cases.append({"case_id": 7000 + j, "contact_name": d.n(p, "f"), "contact_email": d.email(p, "example.net"),
                          "contact_phone": d.mobile(3), "post_code": d.postcode(2), "subject": cat, "notes": summary, "owner": d.n(worker, "i")})
        if label:
            d.c(label)
    emit(d, as_json(d, {"exported": "2026-02-01T08:00:00Z", "cases": cases}) if fmt == "json" else as_jsonl(d, cases))


def mp_health_letter(k: int) -> None:
    d = Doc(f"mp-letter-nhs-trust-{k:02d}.html")
    c, ceo = person(female=False), person()
    blocks = [f"Dear {d.n(ceo, 'tf')},",
              f"I am writing about my constituent {d.n(c, 'f')} (NHS number {d.nhs(style=k % 3)}, date of birth {d.dob(c, 2)}), who was referred on the two-week wait pathway with suspected bowel cancer on {dmy(k)} and has still not had a colonoscopy.",
              f"{d.n(c, 'ts')} has lost a stone in weight and is frightened. I would be grateful if you would look into this urgently.",
              [["Constituent", "Address", "Telephone"], [d.n(c, "f"), address(d), d.landline()]],
              "Yours sincerely,", d.n(MP, "f"), f"{MP_OFFICE} · {d.email(local='casework.hb', domain='example.org')}"]
    d.c("health")
    emit(d, page(d, f"Letter to the chief executive – {c.surname}", blocks))


# ---------------------------------------------------------------- trade union branch

BRANCH = "Wenlow Health & Local Government branch"
EMPLOYERS = ["Wenlow Borough Council", "Brindleford Hospitals NHS Trust", "Haverley Academy Trust", "Ashby Cross Care Ltd"]


def union_members(k: int, fmt: str) -> None:
    d = Doc(f"union-membership-export-{k:02d}.{fmt}")
    head = ["Membership No", "Surname", "Forename", "Employer", "Workplace", "Payroll No", "Payment", "Sort Code", "Account No",
            "Monthly sub", "Political fund", "Mobile", "Email"]
    rows = [head]
    for j in range(6):
        p = person()
        pay = "Check-off" if j % 3 == 0 else "Direct debit"
        sort, acc = d.account(j % 3) if pay == "Direct debit" else ("", "")
        sub = [12.84, 9.16, 15.42][j % 3]
        rows.append([f"{R.randint(1000000, 9999999)}", d.n(p, "s"), d.n(p, "g"), EMPLOYERS[j % 4], ["Civic Centre", "Ward 7", "Kitchen", "Depot"][j % 4],
                     f"P{R.randint(10000, 99999)}", pay, sort, int(acc) if (fmt == "xlsx" and acc) else acc, sub if fmt == "xlsx" else f"{sub:.2f}",
                     "Opted in" if j % 2 else "Opted out", d.mobile(2 if fmt == "xlsx" else 0), d.email(p, "example.com", j % 4)])
    d.c("trade_union")
    emit(d, xlsx(d, [("Members", rows)]) if fmt == "xlsx" else delimited(d, rows))


def union_checkoff(k: int) -> None:
    d = Doc(f"union-checkoff-{k:02d}.xlsx")
    clerk = person()
    sort, acc = d.account(0)
    summary = [["Employer", EMPLOYERS[k % 4]], ["Period", "January 2026"], ["Prepared by", d.n(clerk, "f")],
               ["Contact", d.email(clerk, "example.net")], ["Remittance sort code", sort], ["Remittance account", int(acc)]]
    rows = [["Employee No", "Name", "NI Number", "Union", "Deduction £"]]
    for j in range(6):
        p = person()
        rows.append([40000 + R.randint(0, 9999), d.n(p, ["RV", "f", "rv"][j % 3]), d.nino(style=0), ["UNISON", "GMB", "Unite"][j % 3], [11.5, 8.25, 14.1][j % 3]])
    d.c("trade_union")
    emit(d, xlsx(d, [("Summary", summary), ("Deductions", rows)]))


def union_grievance(k: int, variant: str) -> None:
    d = Doc(f"union-grievance-{k:02d}.docx")
    m = person({"race": "nigerian", "adjust": "irish", "harass": "chinese"}[variant], nick=True)
    rep, manager = person(), person("english")
    body = [f"Grievance – {d.n(m, 'f')} – {EMPLOYERS[k % 4]}",
            f"Member: {d.n(m, 'f')}   Membership no. {R.randint(1000000, 9999999)}   Mobile {d.mobile()}",
            f"Representative: {d.n(rep, 'f')} ({BRANCH})", f"Line manager: {d.n(manager, 'tf')}"]
    d.c("trade_union")
    if variant == "race":
        body.append(f"{d.n(m, 'nk')} says that {d.n(manager, 'ts')} has twice mocked her Nigerian accent in team meetings and called her 'the African lady', and that she, the only Black woman on the team, has been refused overtime given to white colleagues.")
        d.c("racial_ethnic_origin")
    elif variant == "adjust":
        body.append(f"{d.n(m, 'g')} is dyslexic and has ADHD. An occupational health report of {dmy(k)} recommended screen-reading software and a quiet desk; neither has been provided, and {d.n(m, 'g')} has since been signed off with stress.")
        d.c("health")
    else:
        body.append(f"{d.n(m, 'g')} reports that colleagues have made jokes about him being gay and about his husband since his wedding in October, and that {d.n(manager, 'ts')} laughed along.")
        d.c("sex_life_orientation")
    body += [[["Date", "Step", "Outcome"], [dmy(k), "Informal meeting", "Not resolved"], [dmy(k + 4), "Formal grievance lodged", "Hearing set"]],
             f"Outcome sought: an apology, a move to another team, and training for {d.n(manager, 'ts')}."]
    comments = [(2, d.n(rep, "f"), rep.given[0] + rep.surname[0], f"Check whether {d.n(m, 'g')} kept the Teams messages.")]
    emit(d, docx(d, body, header=f"{BRANCH} – CONFIDENTIAL CASEWORK", footer=f"Branch office {d.landline()} · {d.email(local='branchsec', domain='example.org')}",
                 comments=comments, textbox=[f"Case {2026}-{k:03d}", f"Rep: {d.n(rep, 'i')}"], author=d.n(rep, "f")))


def union_disciplinary(k: int, fmt: str) -> None:
    d = Doc(f"union-disciplinary-{k:02d}.{fmt}")
    m, rep, chair = person(), person(), person()
    h = "## " if fmt == "md" else ""
    lines = [f"{'# ' if fmt == 'md' else ''}Disciplinary hearing – notes of the union representative", "",
             f"Member: {d.n(m, 'C')}  (DOB {d.dob(m, 0)}, NI {d.nino(style=1)})", f"Rep: {d.n(rep, 'f')}    Chair: {d.n(chair, 'tf')}",
             f"Date: {dmy(k)}", "", f"{h}Allegation",
             f"That {d.n(m, 'g')} took cash from the tenants' fund tin at the depot. Police were called; {d.n(m, 'g')} was interviewed under caution and released without charge."]
    d.c("trade_union")
    if k % 2:
        lines.append(f"Management also raised that {d.n(m, 'g')} did not declare a 2019 conviction for drink driving on the vetting form.")
        d.c("criminal_offence")
    lines += ["", f"{h}Our case",
              f"No CCTV. Two other staff hold keys. {d.n(m, 'g')} has 14 years' clean service. I asked for an adjournment to get the key log.",
              f"Outcome: adjourned to {dmy(k + 7)}. {d.n(chair, 'ts')} to provide the key log.", "", f"— {d.n(rep, 'g')}"]
    d.c("criminal_offence")
    emit(d, text(d, lines))


def union_political_fund(k: int) -> None:
    d = Doc(f"union-political-fund-{k:02d}.tsv")
    rows = [["member_no", "name", "workplace", "political_fund", "date_signed", "home_postcode"]]
    for j in range(7):
        p = person()
        rows.append([f"{R.randint(1000000, 9999999)}", d.n(p, ["f", "RV", "i", "f"][j % 4]), EMPLOYERS[j % 4],
                     ["opt-in", "opt-out", "opt-in (Labour Link)"][j % 3], dmy(j), d.postcode(j % 2)])
    d.c("trade_union")
    emit(d, delimited(d, rows, "\t"))


def union_reps_notes(k: int, fmt: str) -> None:
    d = Doc(f"union-reps-notes-{k:02d}.{fmt}")
    a = person(["bangladeshi", "somali", "sudanese", "afghan"][k % 4], female=False)
    b = person(female=True, nick=True)
    c = person()
    rep = person()
    bullet = "- " if fmt == "md" else "* "
    lines = [f"{'# ' if fmt == 'md' else ''}Reps' notes – {EMPLOYERS[k % 4]} – week of {dmy(k)}", "",
             f"{bullet}{d.n(a, 'f')} (night shift): fasting for Ramadan from 18 Feb; wants his break moved to sunset to open his fast and 10 minutes for Maghrib prayer. Manager says 'we'll see'.",
             f"{bullet}{d.n(b, 'f')}: 22 weeks pregnant, still on heavy lifting in the laundry – no risk assessment done. Raised with HR.",
             f"{bullet}{d.n(c, 'f')} asked about joining; gave {d.n(c, 'g')} a form. Wants to know if we cover the car park dispute.",
             f"{bullet}Agreed with {d.n(b, 'g')} to chase HR on Monday."]
    d.c("religious_belief", "health", "trade_union")
    lines += ["", f"{d.n(rep, 'f')}, workplace rep, {d.mobile()}"]
    emit(d, text(d, lines))


def union_ballot(k: int, fmt: str) -> None:
    d = Doc(f"union-ballot-list-{k:02d}.{fmt}")
    rows = []
    for j in range(7):
        p = person(middle=j == 4)
        rec = {"membership_number": f"{R.randint(1000000, 9999999)}", "first_name": d.n(p, "gm" if p.middle else "g"), "last_name": d.n(p, "s"),
               "home_address": f"{j + 11} {d.t(R.choice(STREETS))}, {R.choice(TOWNS)}", "postcode": d.postcode(j % 2),
               "workplace": EMPLOYERS[k % 4], "bargaining_unit": "Admin & Clerical", "eligible": True}
        rows.append(rec)
    d.c("trade_union")
    if fmt == "jsonl":
        emit(d, as_jsonl(d, rows))
    else:
        table = [["Industrial action ballot – eligible members – " + EMPLOYERS[k % 4]], list(rows[0].keys())[:-1]]
        table += [[v for key, v in r.items() if key != "eligible"] for r in rows]
        emit(d, delimited(d, table))


def union_mail(k: int) -> None:
    d = Doc(f"union-branch-mail-{k:02d}.eml")
    sec, org = person(), person(nick=True)
    rows = [["Name", "Employer", "Start date", "Mobile", "Email"]]
    for j in range(4):
        p = person()
        rows.append([d.n(p, "f"), EMPLOYERS[j % 4], dmy(j), d.mobile(j % 3), d.email(p, "example.com", j % 3)])
    csv_text = delimited(Doc("_"), rows)
    body = [f"Hi {d.n(sec, 'g')},", "New joiners from the recruitment stall at the hospital last week – can you add them to the membership system and send welcome packs?",
            "", "Cheers,", d.n(org, "nk"), f"{d.n(org, 'f')} | Organiser | {d.mobile()}"]
    d.c("trade_union")
    m = Mail((d.n(org, "f"), d.email(org, "example.org")), [(d.n(sec, "f"), d.email(sec, "example.org"))], "New members – hospital stall",
             when(k), body, html=True, attach=("new-joiners.csv", csv_text))
    emit(d, mail(d, m))


def union_mailbox(k: int) -> None:
    d = Doc(f"union-branch-mailbox-{k:02d}.mbox")
    sec, a, hr = person(), person("ukrainian", nick=True), person()
    sec_a = (d.n(sec, "f"), d.email(sec, "example.org"))
    a_a = (d.n(a, "f"), d.email(a, "example.com"))
    hr_a = (d.n(hr, "f"), d.email(hr, "example.net"))
    m1 = [f"Dear {d.n(sec, 'g')},", "I have been called to a sickness absence meeting on Thursday. I was off six weeks with long Covid and I still get breathless on the stairs.",
          "Can a rep come with me? I joined in 2021.", "", d.n(a, "nk")]
    m2 = [f"Hi {d.n(a, 'g')},", "Yes – I will come myself. Please bring your fit notes.", "", d.n(sec, "g")] + quoted(m1, d.n(a), "12 Jan 2026")
    m3 = [f"Dear {d.n(hr, 'tf')},", f"I will accompany our member {d.n(a, 'f')} at Thursday's meeting as {d.n(a, 'g')}'s trade union representative.",
          "Please send the occupational health report beforehand.", "", d.n(sec, "f"), f"Branch Secretary, {BRANCH}"]
    d.c("health", "trade_union")
    emit(d, mbox(d, [Mail(a_a, [sec_a], "Sickness meeting", when(k), m1, msgid=f"sick{k}"),
                     Mail(sec_a, [a_a], "Re: Sickness meeting", when(k + 1), m2, reply_to=f"sick{k}"),
                     Mail(sec_a, [hr_a], "Attendance meeting – representation", when(k + 2), m3)]))


def union_system_export(k: int) -> None:
    d = Doc(f"union-members-api-{k:02d}.json")
    members = []
    for j in range(4):
        p = person(["hongkong", "greek", "filipino", "welsh"][j])
        sort, acc = d.account(2)
        name = d.n(p, "hk") if j == 0 else d.n(p, "f")
        members.append({"member_id": 880000 + j, "full_name": name, "date_of_birth": d.dob(p, 3), "ni_number": d.nino(style=0),
                        "branch_code": "WEN-HLG", "employer": EMPLOYERS[j], "dd_sort_code": sort, "dd_account_number": acc,
                        "email_address": d.email(p, "example.net", j % 3), "home_phone": d.landline(1), "status": "active"})
    d.c("trade_union")
    emit(d, as_json(d, {"branch": BRANCH, "generated": "2026-02-01", "members": members}))


# ---------------------------------------------------------------- leisure centre and gym

CENTRE = "Wenlow Leisure Centre"


def typed_mobile(d: Doc) -> int:
    """A mobile number typed into a spreadsheet as a number: its leading 0 gone."""
    written = d.mobile(2)
    d.written.pop()
    return int(written)


def gym_members(k: int) -> None:
    d = Doc(f"gym-members-{k:02d}.xlsx")
    head = ["Member ID", "First Name", "Last Name", "DOB", "Mobile", "Email", "Postcode", "Membership", "Fingerprint enrolled", "Template ID"]
    rows, frozen = [head], [["Member ID", "Name", "Frozen from", "Reason"]]
    for j in range(6):
        p = person()
        enrolled = j % 3 != 1
        rows.append([100200 + R.randint(0, 9999), d.n(p, "g"), d.n(p, "s"), d.dob(p, 0), typed_mobile(d) if j % 2 else d.mobile(0),
                     d.email(p, "example.com", j % 4), d.postcode(0), ["Off-peak", "Anytime", "Swim only", "Family"][j % 4],
                     "Y" if enrolled else "N", f"FP-{R.randint(10**7, 10**8 - 1)}" if enrolled else ""])
    for reason in ["Broken wrist – cast for 6 weeks", "Maternity"]:
        p = person(female=reason == "Maternity")
        frozen.append([100200 + R.randint(0, 9999), d.n(p, "f"), dmy(k), reason])
    d.c("biometric", "health")
    emit(d, xlsx(d, [("Members", rows), ("Frozen", frozen)]))


def gym_access_log(k: int) -> None:
    d = Doc(f"gym-access-log-{k:02d}.csv")
    rows = [["timestamp", "door", "member", "method", "match_score", "terminal_ip"]]
    people = [person() for _ in range(4)]
    terminals = [d.ip(), d.ip()]
    for j in range(9):
        p = people[j % 4]
        method = ["Fingerprint", "Face", "Fingerprint", "Card"][j % 4]
        rows.append([f"2026-01-{10 + k}T0{6 + j // 3}:{(j * 13) % 60:02d}:00", ["Main turnstile", "Gym floor", "Pool side"][j % 3], d.n(p, "f"),
                     method, f"{0.9 + j / 100:.2f}" if method != "Card" else "", terminals[j % 2]])
    d.c("biometric")
    emit(d, delimited(d, rows))


PARQ = ["Has your doctor ever said that you have a heart condition and that you should only do physical activity recommended by a doctor?",
        "Do you feel pain in your chest when you do physical activity?",
        "Do you lose your balance because of dizziness or do you ever lose consciousness?",
        "Do you have a bone or joint problem that could be made worse by a change in your physical activity?",
        "Is your doctor currently prescribing medication for your blood pressure or a heart condition?",
        "Are you pregnant or have you given birth in the last six months?"]


def gym_parq(k: int, fmt: str, healthy: bool) -> None:
    d = Doc(f"gym-parq-{k:02d}.{fmt}")
    p = person(female=k % 2 == 0, age=(35, 75))
    instructor = person()
    answers = ["No"] * 6
    detail = "None"
    if not healthy:
        answers[0], answers[4] = "Yes", "Yes"
        detail = "Atrial fibrillation since 2022 – takes bisoprolol and apixaban. Cardiologist happy for moderate exercise."
        if k % 2:
            answers[3] = "Yes"
            detail += " Left knee replaced March 2025."
        d.c("health")
    rows = [["Name", d.n(p, "f")], ["Date of birth", d.dob(p, 0)], ["Address", address(d)], ["Mobile", d.mobile()],
            ["Emergency contact", f"{d.n(person(), 'f')} – {d.mobile()}"]]
    rows += [[q, a] for q, a in zip(PARQ, answers)]
    rows += [["If yes, give details", detail], ["Checked by", d.n(instructor, "f")]]
    title = f"{CENTRE} – Physical Activity Readiness Questionnaire (PAR-Q)"
    if fmt == "docx":
        emit(d, docx(d, [title, rows, f"Signed: {d.n(p, 'i')}    Date: {dmy(k)}"], footer=f"{CENTRE} · {d.landline()} · {d.postcode(0)}", author=d.n(instructor, "f")))
    elif fmt == "odt":
        emit(d, odt(d, [title, rows, f"Signed: {d.n(p, 'i')}    Date: {dmy(k)}"], author=d.n(instructor, "f")))
    else:
        emit(d, text(d, [title, ""] + [f"{q}: {a}" for q, a in rows] + ["", f"Signed: {d.n(p, 'i')}  {dmy(k)}"]))


def swim_register(k: int, fmt: str) -> None:
    d = Doc(f"leisure-swim-register-{k:02d}.{fmt}")
    teacher = person()
    notes = ["Asthma – blue inhaler in bag on poolside", "", "Grommets – must wear ear plugs", "Type 1 diabetes – Libre sensor on arm, hypo kit with parent",
             "", "Epilepsy – absence seizures, no flashing lights", ""]
    head = ["Swimmer", "DOB", "Stage", "Parent/Carer", "Contact number", "Medical / notes", "Photo consent"]
    rows = [[f"Tuesday 16:30 – Stage {2 + k} – teacher {d.n(teacher, 'f')}"], head]
    for j in range(6):
        parent = person(female=j % 2 == 0)
        kid = child_of(parent, (5, 11))
        rows.append([d.n(kid, "f"), d.dob(kid, 0), f"Stage {2 + k}", d.n(parent, ["f", "tf", "f"][j % 3]), d.mobile(j % 3), notes[j], ["Yes", "No"][j % 2]])
    d.c("health")
    emit(d, xlsx(d, [("Register", rows)]) if fmt == "xlsx" else delimited(d, rows))


def leisure_incident(k: int, fmt: str) -> None:
    d = Doc(f"leisure-incident-{k:02d}.{fmt}")
    p, staff, witness = person(age=(18, 70)), person(), person(nick=True)
    injuries = ["suspected fractured left wrist after slipping on the wet poolside by the flume steps",
                "cut to the forehead (3 cm) and concussion after hitting the bar on the squat rack; vomited twice",
                "chest pain and shortness of breath on the rowing machine; collapsed – defibrillator pads applied, no shock advised"]
    paras = [f"{CENTRE} – Accident / Incident Report No. {2026}-{30 + k}",
             f"Injured person: {d.n(p, 'f')}, DOB {d.dob(p, 1)}, of {address(d)}, telephone {d.mobile()}",
             f"Date/time: {dmy(k)} 18:{10 + k}",
             f"What happened: {injuries[k % 3]}.",
             f"First aid given by {d.n(staff, 'f')} (Duty Manager). Ambulance called at 18:{20 + k}; {d.n(p, 'g')} taken to A&E.",
             f"Witness: {d.n(witness, 'f')}, {d.mobile()}. {d.n(witness, 'nk')} saw the fall from the café.",
             "RIDDOR reportable: " + ("Yes" if k % 3 != 1 else "No"),
             f"Report completed by {d.n(staff, 'i')}"]
    d.c("health")
    if fmt == "docx":
        emit(d, docx(d, paras, header=f"{CENTRE} – HEALTH & SAFETY", footer="Keep for 3 years (adults)", author=d.n(staff, "f")))
    elif fmt == "rtf":
        emit(d, rtf(d, paras, author=d.n(staff, "f"), title="Accident report"))
    else:
        emit(d, text(d, paras))


def gym_dd_export(k: int) -> None:
    d = Doc(f"gym-dd-export-{k:02d}.csv")
    rows = [["Payer Name", "Sort Code", "Account Number", "Reference", "Amount", "Frequency", "Transaction Code"]]
    for j in range(6):
        p = person()
        sort, acc = d.account(2 if j % 2 else 0)
        rows.append([d.n(p, "tIC") if j % 2 else d.n(p, "C"), sort, acc, f"WLC{R.randint(100000, 999999)}", "34.50", "Monthly", "17" if j else "0N"])
    emit(d, delimited(d, rows))


def gym_pt_notes(k: int, fmt: str) -> None:
    d = Doc(f"gym-pt-notes-{k:02d}.{fmt}")
    a = person(["pakistani", "somali", "bangladeshi", "sudanese"][k % 4], female=True)
    b = person(female=False, age=(40, 70))
    pt = person()
    mark = "## " if fmt == "md" else ""
    lines = [f"{'# ' if fmt == 'md' else ''}PT client notes – {d.n(pt, 'f')}", "",
             f"{mark}{d.n(a, 'f')}", f"Goals: strength, posture. Prefers a female trainer and the women-only session on Thursdays as she wears hijab.",
             f"During Ramadan {d.n(a, 'g')} trains after iftar – book 20:30 slots. Mobile {d.mobile()}.", "",
             f"{mark}{d.n(b, 'f')}", f"Type 2 diabetic, on metformin; check blood sugar before sessions. Previous L4/L5 disc prolapse – no heavy deadlifts.",
             f"{d.n(b, 'g')} says his GP wants him to lose 10 kg. Progress: 4 kg since November."]
    d.c("religious_belief", "health")
    emit(d, text(d, lines))


def gym_email(k: int) -> None:
    d = Doc(f"gym-email-{k:02d}.eml")
    p = person(["ukrainian", "romanian", "greek"][k % 3], nick=True)
    mgr = person()
    body = [f"Dear {d.n(mgr, 'tf')},",
            "I was told at reception that I must register my face for the new entry gates. I do not consent to my face being scanned and stored.",
            f"Please delete the face template you took on {dmy(k)} and give me a card instead. My member number is {R.randint(100000, 999999)}.",
            "", "Regards,", d.n(p, "f"), d.mobile()]
    reply = [f"Dear {d.n(p, 'g')},", "Thank you. I have deleted your facial recognition enrolment and a fob will be ready at reception.", "",
             d.n(mgr, "f"), "Centre Manager"] + quoted(body, d.n(p, "f"), dmy(k))
    d.c("biometric")
    m = Mail((d.n(mgr, "f"), d.email(mgr, "example.org")), [(d.n(p, "f"), d.email(p, "example.com", 2))], "Re: Face scanning at the gates",
             when(k), reply, html=True)
    emit(d, mail(d, m))


def gym_app_export(k: int, fmt: str) -> None:
    d = Doc(f"gym-app-{'members' if fmt == 'json' else 'events'}-{k:02d}.{fmt}")
    if fmt == "json":
        out = []
        for j in range(4):
            p = person()
            out.append({"memberId": 5500 + j, "givenName": d.n(p, "g"), "familyName": d.n(p, "s"), "dateOfBirth": d.dob(p, 3),
                        "emailAddress": d.email(p, "example.net", j), "mobilePhone": d.mobile(3), "faceTemplateId": f"ft_{R.randrange(16 ** 12):012x}",
                        "faceEnrolledAt": "2026-01-08T10:00:00Z", "lastLoginIp": d.ip(v6=j % 2 == 0), "payment": {"cardLast4": "4242", "brand": "visa"}})
        d.c("biometric")
        emit(d, as_json(d, {"members": out}))
    else:
        events = []
        for j in range(5):
            p = person()
            events.append({"event": "class_booking", "class": ["Spin", "Aqua aerobics", "Pilates", "Body conditioning", "Yoga"][j],
                           "member_name": d.n(p, "f"), "member_email": d.email(p, "example.com", j % 3),
                           "injury_flag": ["", "Hip replacement 2024", "", "Pregnant – 18 weeks", ""][j], "ip": d.ip()})
        d.c("health")
        emit(d, as_jsonl(d, events))


# ---------------------------------------------------------------- counselling service and hospice

HOSPICE = "St Brigid's Hospice"


def counsel_referral(k: int, fmt: str) -> None:
    d = Doc(f"counsel-referral-{k:02d}.{fmt}")
    c, gp, worker = person(age=(17, 60), nick=True), person(), person()
    reasons = ["Low mood and panic attacks since her father died in the hospice in October; self-harm (cutting) twice this month. Sertraline 50 mg started by GP.",
               "Drinking a bottle of vodka a day; lost job; wants help to stop. Previous detox 2023. Thoughts of suicide but no plan.",
               "PTSD after a serious assault in 2024; flashbacks and nightmares, not sleeping. On mirtazapine."]
    fields = [["Client name", d.n(c, "f")], ["Known as", d.n(c, "nk")], ["Date of birth", d.dob(c, 0)],
              ["NHS number", d.nhs(style=k % 2)], ["Address", address(d)], ["Phone", d.mobile()], ["Email", d.email(c, "example.com", 1)],
              ["GP", f"{d.n(gp, 'tf')}, {d.t('Kingsley Medical Centre')}"], ["Reason for referral", reasons[k % 3]],
              ["Safe to leave a voicemail?", "Yes" if k % 2 else "No"], ["Referred by", d.n(worker, "f")]]
    d.c("health")
    if fmt == "docx":
        emit(d, docx(d, [f"Wenlow Talking Space – Counselling referral", fields, "Consent to share with GP: Yes"],
                     header="CONFIDENTIAL – COUNSELLING", footer=f"Referrals {d.email(local='referrals', domain='example.org')} · {d.landline()}",
                     author=d.n(worker, "f")))
    else:
        emit(d, text(d, ["WENLOW TALKING SPACE – REFERRAL FORM", ""] + [f"{a}: {b}" for a, b in fields]))


def counsel_session(k: int, fmt: str, theme: str) -> None:
    d = Doc(f"counsel-session-notes-{k:02d}.{fmt}")
    c = person(female=theme != "faith", age=(18, 70))
    counsellor = person()
    other = person(female=True)
    body = {
        "sexuality": lambda: [f"Session 4 – {d.n(c, 'f')} – {dmy(k)}",
                      f"{d.n(c, 'g')} talked about coming out as bisexual to her parents at Christmas. Her mother cried; her father has not spoken to her since.",
                      f"She has been seeing {d.n(other, 'f')} for a year and is frightened of her family finding out that {d.n(other, 'g')} is moving in.",
                      "Mood better than last week (PHQ-9 14, was 18). Still waking at 4 am."],
        "faith": lambda: [f"Session 2 – {d.n(c, 'f')} – {dmy(k)}",
                  f"Bereavement work. {d.n(c, 'g')} lost his wife in the spring. He says he has lost his faith – he was a churchwarden at {d.t('St Joseph')}'s and has not been to Mass since the funeral.",
                  f"He still prays the rosary at night 'out of habit' and wonders whether to ask for a Requiem on the anniversary.",
                  "Grief is complicated by guilt; explored the last week in hospital."],
        "addiction": lambda: [f"Session 7 – {d.n(c, 'f')} – {dmy(k)}",
                      f"{d.n(c, 'g')} is 12 weeks sober and goes to AA on Tuesdays. Relapsed with cocaine after a party in March; was arrested for possession in 2022 and is still on a community order.",
                      f"Her sister {d.n(other, 'f')} is her main support. Discussed triggers and a relapse plan.",
                      "Next session in a fortnight."],
        "bereavement": lambda: [f"Session 1 – {d.n(c, 'f')} – {dmy(k)}",
                        f"{d.n(c, 'g')} was referred by the hospice after her husband's death from motor neurone disease. Crying most days, not eating.",
                        f"Her friend {d.n(other, 'f')} stays over at weekends. GP has prescribed zopiclone for sleep.",
                        "Agreed six sessions."],
    }[theme]()
    d.c("health")
    d.c({"sexuality": "sex_life_orientation", "faith": "religious_belief", "addiction": "criminal_offence", "bereavement": "health"}[theme])
    body.append(f"Counsellor: {d.n(counsellor, 'f')}")
    if fmt == "rtf":
        emit(d, rtf(d, body, author=d.n(counsellor, "f"), title="Session notes"))
    elif fmt == "odt":
        emit(d, odt(d, body, author=d.n(counsellor, "f")))
    elif fmt == "md":
        emit(d, text(d, ["# " + body[0], ""] + [x for b in body[1:] for x in (b, "")]))
    else:
        emit(d, text(d, body))


def hospice_dbs(k: int, fmt: str) -> None:
    d = Doc(f"hospice-volunteer-dbs-{k:02d}.{fmt}")
    rows = [["Volunteer", "Role", "DBS level", "Certificate no.", "Issued", "Result", "Update service"]]
    for j in range(6):
        p = person()
        result = "Clear" if j != 3 else "Disclosure – caution 2016, possession of cannabis; risk assessed and accepted by the Volunteer Manager"
        rows.append([d.n(p, ["f", "rv", "f"][j % 3]), ["Ward volunteer", "Driver", "Shop", "Befriender", "Chaplaincy", "Reception"][j], "Enhanced",
                     f"00{R.randint(10**9, 10**10 - 1)}", dmy(j), result, "Yes" if j % 2 else "No"])
    d.c("criminal_offence")
    emit(d, xlsx(d, [("DBS", rows)]) if fmt == "xlsx" else delimited(d, rows))


def hospice_giftaid(k: int, fmt: str) -> None:
    d = Doc(f"hospice-giftaid-{k:02d}.{fmt}")
    rows = [["Title", "First name", "Last name", "House name or number", "Postcode", "Aggregated donations", "Sponsored", "Donation date", "Amount", "In memory of"]]
    for j in range(6):
        p = person()
        mem = person() if j % 3 == 0 else None
        rows.append([p.title if j % 2 else "", d.n(p, "g"), d.n(p, "s"), str(R.randint(1, 120)), d.postcode(j % 2 if fmt == "csv" else 0), "", "",
                     dmy(j), f"{R.choice([10, 25, 50, 100])}.00", d.n(mem, "f") if mem else ""])
    if fmt == "ods":
        emit(d, ods(d, [("Gift Aid claim", rows)]))
    else:
        emit(d, delimited(d, rows))


def hospice_contacts(k: int, fmt: str) -> None:
    d = Doc(f"hospice-patient-contacts-{k:02d}.{fmt}")
    rows = [["Patient", "DOB", "NHS No", "Diagnosis", "Next of kin", "Relationship", "NOK phone", "Spiritual care"]]
    faiths = ["Roman Catholic – Fr. to visit for anointing", "None", "Muslim – family to wash the body; imam contacted", "Humanist – no religious visits",
              "Sikh – Gurdwara granthi visiting Fridays"]
    for j in range(5):
        p = person(age=(45, 92))
        nok = person()
        rows.append([d.n(p, "f"), d.dob(p, 0), int(nhs_v := nhs()) if fmt == "xlsx" else d.nhs(style=0),
                     ["Metastatic lung cancer", "Motor neurone disease", "End-stage heart failure", "Pancreatic cancer", "COPD"][j],
                     d.n(nok, "f"), ["Daughter", "Husband", "Son", "Wife", "Niece"][j], d.mobile(j % 3), faiths[j]])
        if fmt == "xlsx":
            d.i("nhs_number", str(nhs_v), nhs_v)
            d.written.pop()
    d.c("health", "religious_belief")
    if fmt == "xlsx":
        emit(d, xlsx(d, [("In-patients", rows)]))
    else:
        emit(d, docx(d, [f"{HOSPICE} – In-patient unit contact sheet – {dmy(k)}", rows], footer="Print only for the ward handover file"))


def hospice_email(k: int) -> None:
    d = Doc(f"hospice-email-{k:02d}.eml")
    nurse, son = person(), person()
    patient = Person(R.choice(ORIGINS["english"][0]), son.surname, True, "Mrs", dob=date(1938, 4, 2), serial=999)
    USED.add((patient.given, patient.surname))
    m1 = [f"Dear {d.n(nurse, 'g')},", f"Thank you for ringing last night. How is Mum today? Is she still on the syringe driver for the pain?",
          "I can be there by 4.", "", d.n(son, "f"), d.mobile()]
    m2 = [f"Dear {d.n(son, 'g')},", f"{d.n(patient, 'tf')} had a settled night. The syringe driver (morphine and midazolam) is keeping her comfortable; she is sleeping most of the time.",
          "Come whenever you like – there is a family room.", "", d.n(nurse, "f"), f"Staff Nurse, {HOSPICE} in-patient unit, {d.landline()}"] + quoted(m1, d.n(son, "f"), dmy(k))
    d.c("health")
    emit(d, mail(d, Mail((d.n(nurse, "f"), d.email(nurse, "example.org")), [(d.n(son, "f"), d.email(son, "example.com", 1))],
                         "Re: Mum", when(k), m2, html=True)))


def counsel_mailbox(k: int) -> None:
    d = Doc(f"counsel-mailbox-{k:02d}.mbox")
    lead, c1, sup = person(), person(nick=True), person("hongkong")
    lead_a = (d.n(lead, "f"), d.email(lead, "example.org"))
    c1_a = (d.n(c1, "f"), d.email(c1, "example.org", 1))
    sup_a = (d.n(sup, "f"), d.email(sup, "example.org", 2))
    m1 = [f"Hi {d.n(lead, 'g')},", "Two safeguarding concerns from today:", f"1. A client disclosed that her partner hits her when he has been drinking. She has a plan to go to her sister's.",
          "I did not name her in this email – details on the system.", "", d.n(c1, "nk")]
    m2 = [f"Thanks {d.n(c1, 'g')}. Please book supervision with {d.n(sup, 'f')} this week.", "", d.n(lead, "g")] + quoted(m1, d.n(c1, "f"), dmy(k))
    m3 = [f"Dear {d.n(sup, 'g')},", f"Can we meet on Thursday? I want to talk about a client who has just told me he is HIV positive and has not told his wife; I am unsure about confidentiality.",
          "", d.n(c1, "f")]
    # the third message names no client: nothing about a named person
    emit(d, mbox(d, [Mail(c1_a, [lead_a], "Safeguarding – today", when(k), m1, msgid=f"sg{k}"),
                     Mail(lead_a, [c1_a], "Re: Safeguarding – today", when(k + 1), m2, reply_to=f"sg{k}"),
                     Mail(c1_a, [sup_a], "Supervision", when(k + 2), m3)]))


def counsel_clients(k: int) -> None:
    d = Doc(f"counsel-clients-{k:02d}.jsonl")
    recs = []
    issues = ["anxiety", "bereavement", "gender identity and sexuality", "alcohol misuse", "work stress"]
    for j in range(5):
        p = person()
        recs.append({"client_id": f"WTS-{3000 + j}", "given_name": d.n(p, "g"), "family_name": d.n(p, "s"), "dob": d.dob(p, 3),
                     "phone": d.mobile(j % 4), "email": d.email(p, "example.net", j % 4), "presenting_issue": issues[j],
                     "sessions_attended": j + 2, "counsellor": ["CL", "RP", "SK"][j % 3]})
    d.c("health", "sex_life_orientation")
    emit(d, as_jsonl(d, recs))


# ---------------------------------------------------------------- accountancy and payroll bureau

BUREAU = "Haverley Payroll & Accounts"
CLIENTS = ["Brindleford Bakery Ltd", "Kestrel Scaffolding Ltd", "The Old Forge Dental Practice", "Wenlow Taxis"]


def payroll_export(k: int, fmt: str) -> None:
    d = Doc(f"payroll-export-{k:02d}.{fmt}")
    head = ["Emp No", "Surname", "Forenames", "NI Number", "Tax Code", "Gross Pay", "PAYE", "Employee NI", "SSP", "SMP", "Union Subs",
            "Student Loan", "Sort Code", "Account No"]
    rows = [head]
    for j in range(6):
        p = person(middle=j == 1)
        sort, acc = d.account(j % 3)
        gross = round(R.uniform(1400, 3900), 2)
        ssp = 118.75 if j == 2 else 0
        smp = 184.03 if j == 4 and k % 2 == 0 else 0
        union = 9.8 if j == 5 else 0
        values = [gross, round(gross * 0.14, 2), round(gross * 0.08, 2), ssp, smp, union, 0 if j % 2 else 48]
        if fmt != "xlsx":
            values = [f"{v:.2f}" if isinstance(v, float) else str(v) for v in values]
        rows.append([f"{100 + j}", d.n(p, "S") if k % 2 else d.n(p, "s"), d.n(p, "gm" if p.middle else "g"), d.nino(style=0 if fmt == "xlsx" else j % 4),
                     ["1257L", "BR", "1257L M1", "D0", "K475", "1257L"][j], *values, sort, int(acc) if fmt == "xlsx" else acc])
    d.c("health", "trade_union")
    title = [f"{CLIENTS[k % 4]} – payroll month 10 – 2025/26"]
    if fmt == "xlsx":
        emit(d, xlsx(d, [("Payroll", [title] + rows)]))
    else:
        emit(d, delimited(d, [title] + rows, "\t" if fmt == "tsv" else ","))


def p60(k: int, fmt: str) -> None:
    d = Doc(f"payroll-p60-{k:02d}.{fmt}")
    p = person()
    lines = [f"P60 End of Year Certificate – tax year to 5 April 2025", f"Employer: {CLIENTS[k % 4]}   PAYE reference: 120/HA{R.randint(10000, 99999)}",
             f"Employee: {d.n(p, 'C')}", f"National Insurance number: {d.nino(style=1)}", f"Works number: {R.randint(100, 999)}",
             f"Pay in this employment: £{R.randint(18000, 48000)}.00", f"Tax deducted: £{R.randint(1500, 7000)}.00", "Final tax code: 1257L",
             f"Statutory Maternity Pay: £{R.randint(3000, 6000)}.00" if k % 2 else "Student loan deductions: £0.00"]
    if k % 2:
        d.c("health")
    if fmt == "docx":
        emit(d, docx(d, lines, footer=f"Prepared by {BUREAU} · {d.landline()}"))
    else:
        emit(d, text(d, lines))


def p45(k: int) -> None:
    d = Doc(f"payroll-p45-{k:02d}.txt")
    p = person(middle=True)
    lines = ["P45 Details of employee leaving work", f"1 Employer PAYE reference  120/KS{R.randint(10000, 99999)}",
             f"2 Employee's National Insurance number  {d.nino(style=2)}", f"3 Surname  {d.n(p, 'S')}", f"  First name(s)  {d.n(p, 'gm')}",
             f"4 Leaving date  {dmy(k)}", f"5 Tax code at leaving date  1257L  Week 1/Month 1: no", "6 Total pay to date £12,411.20  Total tax to date £1,207.40",
             f"  Date of birth  {d.dob(p, 0)}", f"  Address  {address(d)}"]
    emit(d, text(d, lines))


def sa_notes(k: int, fmt: str) -> None:
    d = Doc(f"accounts-sa-notes-{k:02d}.{fmt}")
    c, partner, me = person(), person(), person()
    utr = f"{R.randint(1, 8)}{R.randint(10**8, 10**9 - 1)}"
    mark = "- " if fmt == "md" else ""
    lines = [f"{'# ' if fmt == 'md' else ''}Self assessment 2024/25 – {d.n(c, 'f')}", "",
             f"{mark}UTR {utr}; NINO {d.nino(style=1)}; DOB {d.dob(c, 2)}",
             f"{mark}Rental income: flat at {address(d, 2)}, £850 pcm, joint with {d.n(partner, 'f')} (50/50).",
             f"{mark}Gift Aid payments £240 to {d.t('Macmillan Cancer Support')}.",
             f"{mark}Capital gain on shares sold in June – need contract notes from {d.n(c, 'g')}."]
    if k % 2:
        lines.append(f"{mark}Missed 31 Jan: {d.n(c, 'g')} was in hospital after a stroke from 20 January to 19 February – appeal the £100 penalty (reasonable excuse).")
        d.c("health")
    lines += [f"{mark}Bank for repayment: {d.iban('GB', 0)}", "", f"{d.n(me, 'i')} {dmy(k)}"]
    emit(d, text(d, lines))


def hmrc_letter(k: int, fmt: str) -> None:
    d = Doc(f"accounts-hmrc-letter-{k:02d}.{fmt}")
    c, me = person(), person()
    paras = ["HM Revenue and Customs, Self Assessment", f"Our client: {d.n(c, 'tf')}", f"National Insurance number: {d.nino(style=2)}",
             "Dear Sir or Madam,"]
    if k % 2 == 0:
        paras.append(f"We write to appeal the late filing penalty. {d.n(c, 'ts')} was undergoing chemotherapy for lymphoma from November to March and was unable to deal with "
                     "any correspondence. A letter from the oncology unit is enclosed.")
        d.c("health")
    else:
        paras.append(f"We enclose the completed form 64-8 authorising us to act for {d.n(c, 'ts')} and ask you to copy future correspondence to this office.")
    paras += ["Yours faithfully,", d.n(me, "f"), f"{BUREAU}, {d.email(local='tax', domain='example.com')}, {d.landline()}"]
    if fmt == "rtf":
        emit(d, rtf(d, paras, author=d.n(me, "f")))
    else:
        emit(d, docx(d, paras, header=BUREAU, footer=f"{BUREAU} is a trading name of H P A Ltd, registered office {d.postcode(0)}", author=d.n(me, "f")))


def bank_mandate(k: int, fmt: str) -> None:
    d = Doc(f"accounts-bank-mandate-{k:02d}.{fmt}")
    a, b = person("portuguese" if k % 2 else "turkish"), person()
    sort, acc = d.account(0)
    rows = [["Company", CLIENTS[k % 4]], ["Sort code", sort], ["Account number", acc], ["Director 1", d.n(a, "f")], ["Date of birth", d.dob(a, 1)],
            ["Home address", address(d)], ["Director 2", d.n(b, "f")], ["Date of birth", d.dob(b, 0)],
            ["Overseas account for dividends", d.iban("PT" if k % 2 else "DE", 2)], ["Signing rule", "Either to sign up to £5,000; both above"]]
    body = ["Bank mandate – change of signatories", rows, f"Signed {d.n(a, 'i')} and {d.n(b, 'i')} on {dmy(k)}"]
    emit(d, odt(d, body, author=d.n(b, "f")) if fmt == "odt" else docx(d, body, author=d.n(b, "f")))


def bookkeeper_mailbox(k: int) -> None:
    d = Doc(f"accounts-bookkeeper-mailbox-{k:02d}.mbox")
    me, client, emp = person(), person(nick=True), person("romanian")
    me_a = (d.n(me, "f"), d.email(me, "example.com"))
    cl_a = (d.n(client, "f"), d.email(client, "example.net", 1))
    m1 = [f"Hi {d.n(me, 'g')},", f"Can you put SSP through for {d.n(emp, 'f')} this month – off since the 6th with sciatica, fit note attached.",
          "Also please take your fee from the card on file.", "", d.n(client, "nk")]
    m2 = [f"Hi {d.n(client, 'g')},", f"Done – SSP for {d.n(emp, 'g')} from day 4. I could not find a card on file; please call me or send the long number again.", "",
          d.n(me, "g")] + quoted(m1, d.n(client, "f"), dmy(k))
    m3 = [f"{d.n(me, 'g')} – card is {d.card(0)} exp 09/28. Thanks, {d.n(client, 'g')}"]
    d.c("health")
    emit(d, mbox(d, [Mail(cl_a, [me_a], "Payroll this month", when(k), m1, msgid=f"pay{k}"),
                     Mail(me_a, [cl_a], "Re: Payroll this month", when(k + 1), m2, reply_to=f"pay{k}"),
                     Mail(cl_a, [me_a], "Re: Payroll this month", when(k + 2), m3, reply_to=f"pay{k}")]))


def payroll_mail(k: int) -> None:
    d = Doc(f"payroll-email-{k:02d}.eml")
    client, me = person(), person()
    rows = [["Employee", "NI number", "Hours", "Holiday", "Notes"]]
    for j in range(4):
        p = person()
        rows.append([d.n(p, "f"), d.nino(style=0), str(R.randint(60, 160)), str(j), ["", "New starter – P46 attached", "", "Left 31/01"][j]])
    csv_text = delimited(Doc("_"), rows)
    body = [f"Hi {d.n(me, 'g')},", "Hours for January attached. No changes otherwise.", "", "Kind regards", d.n(client, "f"), CLIENTS[k % 4], d.landline()]
    emit(d, mail(d, Mail((d.n(client, "f"), d.email(client, "example.net")), [(d.n(me, "f"), d.email(me, "example.com"))], "January hours",
                         when(k), body, attach=("january-hours.csv", csv_text))))


def payroll_api(k: int) -> None:
    d = Doc(f"payroll-api-export-{k:02d}.json")
    emps = []
    for j in range(4):
        p = person()
        sort, acc = d.account(2)
        emps.append({"EmployeeId": f"E{200 + j}", "Forename": d.n(p, "g"), "Surname": d.n(p, "s"), "NiNumber": d.nino(style=0),
                     "DateOfBirth": d.dob(p, 3), "Address": {"Line1": f"{j + 1} {d.t(R.choice(STREETS))}", "Postcode": d.postcode(0)},
                     "BankDetails": {"SortCode": sort, "AccountNumber": acc, "AccountName": d.n(p, "IC")},
                     "Email": d.email(p, "example.com", j), "StarterDeclaration": "B"})
    emit(d, as_json(d, {"Employer": CLIENTS[k % 4], "PayeRef": "120/WT40011", "Employees": emps}))



# ---------------------------------------------------------------- more of each organisation: the rarer kinds and categories

def mp_dvla(k: int, fmt: str) -> None:
    d = Doc(f"mp-dvla-case-{k:02d}.{fmt}")
    c = person(female=k % 2 == 1, middle=k % 2 == 0)
    cond = ["had a single seizure in May and was diagnosed with epilepsy; she has been seizure-free on lamotrigine since",
            "has type 1 diabetes and uses an insulin pump; his consultant confirms he has full hypoglycaemia awareness"][k % 2]
    name = d.n(c, "m" if c.middle else "f")
    paras = [f"Case HB/DVLA/{k}: {name}", f"Driving licence number {d.licence(c, blocks=k % 2 == 1)}", f"Date of birth {d.dob(c, 5)}",
             f"{d.n(c, 'ts')} {cond}. The DVLA revoked the licence on {dmy(k)} and has not replied to the medical questionnaire sent back in October.",
             f"{d.n(c, 'g')} needs the licence for work as a delivery driver. Phone {d.mobile()}."]
    d.c("health")
    if fmt == "docx":
        emit(d, docx(d, paras + mp_sign(d), header=f"{d.n(MP, 'f')} MP – casework"))
    else:
        emit(d, text(d, paras))


def mp_hate_crime(k: int) -> None:
    d = Doc(f"mp-hate-crime-case-{k:02d}.md")
    c, pc = person("sudanese", female=False), person("english")
    lines = [f"# Case note – {d.n(c, 'f')}", "",
             f"{d.n(c, 'g')} runs the corner shop on {d.t('Wesley Street')}. On {dmy(k)} a customer shouted racist abuse at him, called him a 'black ...' and punched him; he needed five stitches above the eye.",
             f"He is Sudanese and Muslim and says it is the third such attack this year. Police officer {d.n(pc, 'tf')} has the case as a racially aggravated assault.",
             f"Action: write to the Chief Constable asking for a patrol; call {d.n(c, 'g')} back on {d.mobile()}."]
    d.c("racial_ethnic_origin", "religious_belief", "health")
    emit(d, text(d, lines))


def mp_volunteers(k: int) -> None:
    d = Doc(f"mp-campaign-volunteers-{k:02d}.csv")
    rows = [["Name", "Phone", "Email", "Round", "Member since", "Can do"]]
    for j in range(6):
        p = person()
        rows.append([d.n(p, ["f", "rv", "f"][j % 3]), d.mobile(j % 4), d.email(p, "example.com", j % 4), f"HE-{j + 1}", str(2015 + j),
                     ["Leaflets", "Door knocking", "Telling at polling station", "Phone bank", "Leaflets", "Lifts to the polls"][j]])
    d.c("political_opinion")
    emit(d, delimited(d, [["Brindleford & Haverley Labour – campaign volunteers"]] + rows))


def hospice_card_donations(k: int) -> None:
    d = Doc(f"hospice-card-donations-{k:02d}.csv")
    rows = [["Taken by", "Donor", "Card number", "Expiry", "Amount", "Gift Aid", "Postcode"]]
    taker = person()
    for j in range(4):
        p = person()
        rows.append([d.n(taker, "g"), d.n(p, "tf") if j % 2 else d.n(p, "f"), d.card(j % 3, CARDS[j + 2]), f"0{j + 3}/2{7 + j % 2}", f"{(j + 1) * 15}.00",
                     "Yes" if j % 2 else "No", d.postcode(j % 3)])
    emit(d, delimited(d, rows))


def gym_payments(k: int) -> None:
    d = Doc(f"gym-online-payments-{k:02d}.jsonl")
    recs = []
    for j in range(4):
        p = person()
        recs.append({"ts": f"2026-01-1{j}T19:0{j}:00Z", "customer": {"name": d.n(p, "f"), "email": d.email(p, "example.net", j % 3)},
                     "pan": d.card(1, CARDS[(j * 3) % len(CARDS)]), "amount_pence": 3450, "client_ip": d.ip(v6=j % 2 == 1), "result": "authorised"})
    emit(d, as_jsonl(d, recs))


def counsel_genetic(k: int) -> None:
    d = Doc(f"counsel-genetic-support-{k:02d}.docx")
    c, counsellor = person(female=True, age=(25, 45)), person()
    body = [f"Genetic counselling support – {d.n(c, 'f')}",
            f"{d.n(c, 'g')} (DOB {d.dob(c, 1)}) was referred after her predictive test showed that she carries the {d.t('Huntington')}'s gene (CAG repeat of 42). She has no symptoms.",
            f"She is deciding whether to tell her brother and whether to have children; we discussed pre-implantation genetic testing.",
            f"Next session {dmy(k)}. Counsellor: {d.n(counsellor, 'f')}"]
    d.c("genetic")
    emit(d, docx(d, body, header="CONFIDENTIAL", comments=[(2, d.n(counsellor, "f"), counsellor.given[0] + counsellor.surname[0], f"{d.n(c, 'g')} consents to a letter to her GP.")],
                 author=d.n(counsellor, "f")))


def hospice_genetic(k: int) -> None:
    d = Doc(f"hospice-family-meeting-{k:02d}.txt")
    pt = person(female=True, age=(50, 70))
    kid = Person(R.choice(ORIGINS["english"][0]), pt.surname, True, "Ms", dob=date(1994, 6, 9), serial=998)
    USED.add((kid.given, kid.surname))
    doc = person()
    lines = [f"Family meeting – {d.n(pt, 'f')} – {dmy(k)}", f"Present: {d.n(pt, 'g')}, daughter {d.n(kid, 'f')}, {d.n(doc, 'tf')} (consultant)",
             f"{d.n(pt, 'g')}'s ovarian cancer has progressed; she wants to stay at the hospice rather than go home.",
             f"{d.n(kid, 'g')} had genetic testing last year and carries the same BRCA1 variant as her mother; she is under the family history clinic.",
             f"NHS number {d.nhs()}"]
    d.c("genetic", "health")
    emit(d, text(d, lines))


def union_equality(k: int, fmt: str) -> None:
    d = Doc(f"union-equality-form-{k:02d}.{fmt}")
    p = person(["jamaican", "indian"][k % 2])
    answers = [("Black British – Caribbean", "Christian (Pentecostal)", "Gay man", "Yes – deaf in one ear, uses a hearing aid"),
               ("Asian British – Indian", "Sikh", "Prefer not to say", "No")][k % 2]
    form = [["Forename", d.n(p, "g")], ["Surname", d.n(p, "s")], ["Membership number", f"{R.randint(1000000, 9999999)}"],
            ["Ethnic origin", answers[0]], ["Religion or belief", answers[1]], ["Sexual orientation", answers[2]], ["Disability", answers[3]]]
    d.c("racial_ethnic_origin", "religious_belief", "trade_union")
    if k % 2 == 0:
        d.c("sex_life_orientation", "health")
    others = [["Member", "Ethnicity", "Religion"]]
    for j in range(3):
        q = person()
        others.append([d.n(q, "f"), ["White – Polish", "Mixed – White and Black African", "Not stated"][j], ["Roman Catholic", "Muslim", "Not stated"][j]])
    sheets = [("Form", form), ("Branch summary", others)]
    emit(d, xlsx(d, sheets) if fmt == "xlsx" else ods(d, sheets))


def id_check(k: int) -> None:
    d = Doc(f"accounts-client-id-check-{k:02d}.docx")
    c, me = person(middle=True), person()
    rows = [["Client", d.n(c, "m")], ["Date of birth", d.dob(c, 2)], ["Passport number", d.passport()], ["Passport expiry", "14/08/2031"],
            ["Driving licence", d.licence(c, blocks=True)], ["Proof of address", f"Council tax bill – {address(d)}"],
            ["Checked by", d.n(me, "f")], ["Date", dmy(k)]]
    emit(d, docx(d, ["Anti-money-laundering – client identification", rows, f"Original documents seen by {d.n(me, 'i')}."],
                 footer=f"{BUREAU} – AML file", author=d.n(me, "f")))


def counsel_online(k: int) -> None:
    d = Doc(f"counsel-online-sessions-{k:02d}.csv")
    rows = [["session_start", "client", "counsellor", "platform", "client_ip", "duration_min"]]
    counsellor = person()
    for j in range(5):
        p = person()
        rows.append([f"2026-01-{12 + j} 1{j}:00", d.n(p, "f"), d.n(counsellor, "i"), "Zoom", d.ip(v6=j % 2 == 0), str(50 - j)])
    d.c("health")
    emit(d, delimited(d, rows))


# ---------------------------------------------------------------- negatives: prose about categories, naming no one

NEGATIVES = {
    "policy-mp-office-privacy-notice.html": ("Privacy notice – constituency casework", [
        "When you ask the Member of Parliament for help, the office records your name, contact details and the details of your case.",
        "Casework often involves special category data: information about your health, disability, racial or ethnic origin, religious or philosophical beliefs, sexual orientation, trade union membership or political opinions, and sometimes criminal convictions or immigration matters.",
        "We rely on the condition in the Data Protection Act 2018 for elected representatives responding to requests. We only share these details with the body you have asked us to contact.",
        "Canvassing and party membership records are held by the local party, not by the constituency office, and are never used for casework.",
        "Casework files are kept until the end of the Parliament in which the case closed and then deleted.",
        "To make a request about your data, write to the office manager at the constituency office or email {office}."]),
    "policy-union-branch-data-protection.md": ("Branch data protection policy", [
        "Trade union membership is special category data under Article 9 of the UK GDPR. Every list of members is therefore confidential.",
        "Check-off and direct debit details, political fund choices and ballot lists may only be held on the branch laptop or the membership system, never on personal phones.",
        "Casework notes often reveal health conditions, disabilities, pregnancy, religious observance, sexual orientation or allegations of criminal conduct. Reps record only what the case needs.",
        "Equality monitoring information (ethnicity, religion, sexuality, disability) is collected anonymously at national level and is never held by the branch.",
        "Files of closed cases are destroyed six years after the last action."]),
    "policy-leisure-biometric-access.docx": ("Biometric access at the leisure centre", [
        "Members may choose to enter with a fingerprint or with facial recognition instead of a card. Biometric data is special category data and we need explicit consent.",
        "The readers store a mathematical template, not an image of the fingerprint or face. Templates are deleted within 14 days of a membership ending.",
        "A member who does not consent, or who withdraws consent, is given a fob at no cost. Children under 16 are never enrolled.",
        "Health questionnaires (PAR-Q) and accident reports contain health data and are kept in the duty office, not at reception.",
        "This policy is reviewed every year by the Centre Manager."]),
    "policy-hospice-confidentiality.txt": ("Confidentiality and information sharing", [
        "Everything a patient or family member tells us about their health, diagnosis, medication, faith, culture or relationships is confidential.",
        "Spiritual care records may show a patient's religion or belief; chaplaincy volunteers see them only with consent.",
        "Staff must not discuss a patient's HIV status, mental health history, sexuality or any conviction with anyone outside the care team.",
        "Volunteers' DBS certificates are seen and recorded as checked; copies are not kept. Any disclosure of an offence is discussed with the volunteer in private.",
        "Breaches are reported to the Caldicott Guardian and the Data Protection Lead within 24 hours."]),
    "policy-counselling-record-keeping.odt": ("Counselling record keeping", [
        "Session notes are brief and factual. They may refer to depression, anxiety, self-harm, suicidal thoughts, addiction, bereavement, faith or sexuality where the client raises them.",
        "Notes never go into email. Safeguarding concerns about domestic abuse, drug use or a criminal offence follow the safeguarding procedure.",
        "Clients may see their notes on request. Notes are kept for seven years after the last session (for under-18s, until the client is 25).",
        "Counsellors are supervised monthly; supervision notes do not identify clients."]),
    "policy-payroll-bureau-retention.md": ("Payroll records – retention schedule", [
        "Payroll records, including statutory sick pay, statutory maternity and paternity pay and trade union subscription deductions, are kept for six years after the end of the tax year.",
        "Fit notes and maternity certificates (MATB1) show health information; scans are kept with the SSP or SMP record and destroyed with it.",
        "Bank details for BACS are held in the payroll software only; paper bank mandates are shredded once keyed and checked.",
        "Clients' self assessment working papers are kept for six years after the filing date, or longer where an enquiry is open.",
        "This schedule is owned by the Practice Manager and reviewed every April."]),
    "policy-board-minutes-hospice-2026-01.docx": ("Board of trustees – minutes of the January meeting", [
        "Present: the Chair, the Treasurer, four trustees, the Chief Executive and the Director of Care. Apologies from one trustee.",
        "Equality data: 9% of patients last year recorded their ethnic origin as Asian or Asian British and 4% as Black or Black British, well below the local population. The board asked for outreach to mosques, gurdwaras and Black-led churches.",
        "LGBT+ inclusion: the board endorsed the Pride in Practice action plan and asked for training on supporting same-sex partners at the end of life.",
        "Chaplaincy: the multi-faith room will be refurbished; Muslim and Jewish families had asked for guidance on care after death.",
        "Volunteer DBS: two volunteers had disclosed spent convictions last year; both were risk assessed and placed. The board noted the policy.",
        "Unions: the board noted that staff had voted to recognise a union for bargaining on pay."]),
    "policy-board-minutes-union-branch-2026-02.txt": ("Branch committee – minutes, February", [
        "Present: the Branch Secretary, the Chair, the Treasurer, the Equality Officer, the Health and Safety Officer and six stewards.",
        "Political fund: members were reminded that they may opt in or out at any time; the fund supports campaigning on public services, not any one party.",
        "Ballot: the committee agreed to check the membership records of the admin and clerical unit before the strike ballot.",
        "Equality: the Black Members' group and the LGBT+ group asked for a speaker at the AGM. Ramadan falls in February and March this year; stewards should support requests for prayer breaks and shift swaps.",
        "Health and safety: stress and musculoskeletal injuries remain the most common reasons for casework.",
        "Next meeting: 12 March."]),
    "training-safeguarding-slides.md": ("Safeguarding – volunteer induction", [
        "Slide 1 – Why this matters: children and adults at risk use the pool, the gym and the café every day.",
        "Slide 2 – Signs of abuse: unexplained injuries, self-harm, weight loss, fear of a particular person.",
        "Slide 3 – What to do: listen, do not promise secrecy, record the words used, tell the Designated Safeguarding Lead.",
        "Slide 4 – Records: safeguarding records may contain health information, details of a crime or allegations; keep them locked away.",
        "Slide 5 – Questions."]),
    "training-equality-diversity.txt": ("Equality, diversity and inclusion – staff training", [
        "The Equality Act 2010 protects age, disability, gender reassignment, marriage and civil partnership, pregnancy and maternity, race, religion or belief, sex and sexual orientation.",
        "Examples: a Muslim colleague asking for a prayer space; a Jewish colleague asking for leave on Yom Kippur; a member asking for a women-only swim session; a disabled customer using a hoist in the pool.",
        "Exercise: in pairs, discuss how you would respond to a complaint of racist abuse from a customer.",
        "Remember: we record ethnicity, religion and sexual orientation only on anonymous monitoring forms."]),
    "training-special-category-data.html": ("Special category data – a short guide for caseworkers", [
        "Article 9 data: racial or ethnic origin, political opinions, religious or philosophical beliefs, trade union membership, genetic data, biometric data, health data, sex life and sexual orientation.",
        "Article 10 data: criminal convictions, offences, cautions and allegations.",
        "Case study 1: a constituent writes about a son's autism and an EHC plan. Which details do you need for the letter to the council?",
        "Case study 2: a member's grievance mentions her pregnancy and her faith. What goes on the case file?",
        "Case study 3: an applicant's gym membership uses a fingerprint. Is the template biometric data? (Yes, when it is used to identify the member.)"]),
    "training-casework-handling.md": ("Handling casework – new caseworker guide", [
        "Open a case for every constituent who asks for help; record consent to contact the Home Office, DWP, the council or the NHS on their behalf.",
        "Immigration cases: record the Home Office reference. Asylum claims may disclose religion, sexuality or political activity – write only what the letter needs.",
        "Health cases: ask for the NHS number and consent before writing to a trust; never forward medical letters by personal email.",
        "Party political work (canvassing, membership) must never use casework data.",
        "Close a case when the constituent confirms the outcome."]),
}


def negative(fname: str, title: str, paras: list[str], k: int) -> None:
    d = Doc(fname)
    owner = person() if fname in ("policy-leisure-biometric-access.docx", "policy-payroll-bureau-retention.md") else None
    if any("{office}" in p for p in paras):
        office = d.email(local="office", domain="example.org")
        paras = [p.replace("{office}", office) for p in paras]
    if owner:
        paras.append(f"Policy owner: {d.n(owner, 'f')}. Last reviewed {dmy(k)}.")
    ext = fname.rsplit(".", 1)[1]
    if ext == "html":
        emit(d, page(d, title, paras))
    elif ext == "docx":
        emit(d, docx(d, [title] + paras, footer=f"Version 2.{k} – approved"))
    elif ext == "odt":
        emit(d, odt(d, [title] + paras))
    elif ext == "md":
        emit(d, text(d, [f"# {title}", ""] + [x for p in paras for x in (p, "")]))
    else:
        emit(d, text(d, [title.upper(), ""] + paras))


# ---------------------------------------------------------------- the set

def build() -> None:
    for k, v in enumerate(["faith", "sexuality", "spouse", "faith"], 1):
        mp_immigration(k, v)
    for k, fmt in enumerate(["docx", "odt", "docx"], 1):
        mp_dwp(k, fmt)
    for k in (1, 2):
        mp_housing(k)
    for k, fmt in enumerate(["csv", "xlsx"], 1):
        mp_signin(k, fmt)
    for k, sep in enumerate([",", "\t"], 1):
        mp_canvass(k, sep)
    for k, fmt in enumerate(["xlsx", "ods"], 1):
        mp_members(k, fmt)
    mp_mailbox(1)
    for k, kind in enumerate(["send", "attach"], 1):
        mp_email(k, kind)
    for k, fmt in enumerate(["json", "jsonl"], 1):
        mp_case_export(k, fmt)
    mp_health_letter(1)

    for k, fmt in enumerate(["csv", "xlsx"], 1):
        union_members(k, fmt)
    union_checkoff(1)
    for k, v in enumerate(["race", "adjust", "harass"], 1):
        union_grievance(k, v)
    for k, fmt in enumerate(["txt", "md"], 1):
        union_disciplinary(k, fmt)
    for k in (1, 2):
        union_political_fund(k)
    for k, fmt in enumerate(["md", "txt"], 1):
        union_reps_notes(k, fmt)
    for k, fmt in enumerate(["csv", "jsonl"], 1):
        union_ballot(k, fmt)
    union_mail(1)
    union_mailbox(1)
    union_system_export(1)

    for k in (1, 2):
        gym_members(k)
    gym_access_log(1)
    for k, (fmt, healthy) in enumerate([("docx", False), ("odt", False), ("txt", True), ("docx", True)], 1):
        gym_parq(k, fmt, healthy)
    for k, fmt in enumerate(["xlsx", "csv"], 1):
        swim_register(k, fmt)
    for k, fmt in enumerate(["txt", "docx", "rtf"], 1):
        leisure_incident(k, fmt)
    for k in (1, 2):
        gym_dd_export(k)
    for k, fmt in enumerate(["md", "txt"], 1):
        gym_pt_notes(k, fmt)
    gym_email(1)
    for k, fmt in enumerate(["json", "jsonl"], 1):
        gym_app_export(k, fmt)

    for k, fmt in enumerate(["docx", "txt", "docx"], 1):
        counsel_referral(k, fmt)
    for k, (fmt, theme) in enumerate([("txt", "sexuality"), ("rtf", "faith"), ("md", "addiction"), ("odt", "bereavement")], 1):
        counsel_session(k, fmt, theme)
    for k, fmt in enumerate(["xlsx", "csv"], 1):
        hospice_dbs(k, fmt)
    for k, fmt in enumerate(["csv", "ods"], 1):
        hospice_giftaid(k, fmt)
    for k, fmt in enumerate(["xlsx", "docx"], 1):
        hospice_contacts(k, fmt)
    for k in (1, 2):
        hospice_email(k)
    counsel_mailbox(1)
    counsel_clients(1)

    for k, fmt in enumerate(["csv", "xlsx", "tsv"], 1):
        payroll_export(k, fmt)
    for k, fmt in enumerate(["txt", "docx"], 1):
        p60(k, fmt)
    p45(1)
    for k, fmt in enumerate(["md", "txt"], 1):
        sa_notes(k, fmt)
    for k, fmt in enumerate(["docx", "rtf"], 1):
        hmrc_letter(k, fmt)
    for k, fmt in enumerate(["docx", "odt"], 1):
        bank_mandate(k, fmt)
    bookkeeper_mailbox(1)
    payroll_mail(1)
    payroll_api(1)

    for k, fmt in enumerate(["docx", "txt"], 1):
        mp_dvla(k, fmt)
    mp_hate_crime(1)
    mp_volunteers(1)
    hospice_card_donations(1)
    gym_payments(1)
    counsel_genetic(1)
    hospice_genetic(1)
    for k, fmt in enumerate(["xlsx", "ods"], 1):
        union_equality(k, fmt)
    for k in (1, 2):
        id_check(k)
    counsel_online(1)

    for k, (fname, (title, paras)) in enumerate(NEGATIVES.items(), 1):
        negative(fname, title, paras, k)


def main() -> None:
    build()
    names = [d.fname for d, _ in OUT]
    assert len(names) == len(set(names)), "duplicate file names"
    if DOCS.exists():
        shutil.rmtree(DOCS)
    DOCS.mkdir()
    for d, data in OUT:
        (DOCS / d.fname).write_bytes(data)
    docs = sorted(OUT, key=lambda x: x[0].fname)
    (HERE / "labels.jsonl").write_text("".join(json.dumps(d.label(), ensure_ascii=False) + "\n" for d, _ in docs))
    cats = {c: sum(c in d.cats for d, _ in OUT) for c in CATEGORY_ORDER}
    kinds: dict[str, int] = {}
    for d, _ in OUT:
        for kind, _ in d.ids:
            kinds[kind] = kinds.get(kind, 0) + 1
    fmts: dict[str, int] = {}
    for n in names:
        fmts[n.rsplit(".", 1)[1]] = fmts.get(n.rsplit(".", 1)[1], 0) + 1
    print(f"{len(OUT)} documents ({sum(n.startswith(('policy', 'training')) for n in names)} negative), "
          f"{sum(len(d.names) for d, _ in OUT)} name labels, {sum(len(d.ids) for d, _ in OUT)} identifier labels")
    print("formats:", ", ".join(f"{k} {v}" for k, v in sorted(fmts.items())))
    print("identifiers:", ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    print("categories (documents):", ", ".join(f"{k} {v}" for k, v in cats.items()))


if __name__ == "__main__":
    main()
