#!/usr/bin/env python3
"""(Re)create dpscan's HELD-OUT evaluation set: identifiers, person names and
special-category data in the file formats a council or HR share holds.

Usage:  python3 tests/eval/heldout/generate.py

Python 3.11, standard library only, deterministic (``random.Random(1515)``,
fixed zip timestamps): two runs give byte-identical files. ``docs/`` is
deleted and rebuilt, ``labels.jsonl`` rewritten.

This set is measured, never tuned on. It shares nothing with the development
set's generator (``tests/eval/generate.py``): another seed, other people, other
sentence frames and layouts (CSV exports, key/value spreadsheets, Word letters
with headers, footers, footnotes, comments and text boxes, mail threads, IT
logs, blank forms), and the written variants of identifiers that real
documents use (lower-case postcodes, every phone grouping, spaced licences,
irregular IBAN groups, bank details on separate lines or cells, …).

Labels come from the structures that write the text:

* ``ids``: ``[kind, normalised value]`` of every identifier written, as dpscan
  normalises it (CONTRACT.md); the HMRC specimen NINO on a blank form is not
  a person's and is not labelled.
* ``names``: every person-name string as written (titles left out), as in the
  development set's README; a check refuses a document in which a person's
  given name or surname occurs outside a labelled mention or an email address.
* ``categories``: special categories revealed about a named person in the file.

Everything is fictional: emails use example.com/.org/.net, phone numbers
Ofcom's drama ranges, bank details Vocalink's published test pairs, cards the
card schemes' test numbers, NHS numbers the 999 test range, NINOs the QQ
prefix, addresses the postcode format examples, IPs the documentation ranges.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import random
import re
import shutil
import sys
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
LABELS = HERE / "labels.jsonl"
rng = random.Random(1515)

CATEGORIES = ("racial_ethnic_origin", "political_opinion", "religious_belief", "trade_union", "genetic",
              "biometric", "health", "sex_life_orientation", "criminal_offence")

# ---------------------------------------------------------------------------
# People (other names than the development set's pool)
# ---------------------------------------------------------------------------

GIVEN_M = ("Alfie Archie Callum Dominic Elliot Finley Gethin Harvey Ibrahim Jayden Kieran Lewis Mohammed Nathaniel "
           "Oskar Reuben Sebastian Tariq Tobias Yusuf Wojciech Emeka Kenji Rory Stuart").split()
GIVEN_F = ("Abigail Bethany Caitlin Danielle Eleanor Freya Gemma Harriet Imogen Jessica Kayleigh Leanne Maryam "
           "Natalie Philippa Rosie Scarlett Tamsin Victoria Yasmin Zainab Agata Oluwadamilola Mairead Shona").split()
SURNAMES = ("Ashworth Bradshaw Carver Dixon Fletcher Goodwin Hargreaves Ingram Jarvis Kaur Lawson McAllister Nicholls "
            "Osborne Pickering Rahman Sheikh Townsend Underwood Vaughan Whitaker Yates Adeyemi Kowalczyk "
            "O'Donnell Nguyen Hussain Fitzgerald Llewellyn Haworth Mahmood Szymczak Okoye Brennan-Moss").split()
RARE = "Quennell Ruddock Scholefield Tregunna Umfreville Wragge Yeardley".split()


@dataclass(frozen=True)
class Person:
    given: str
    surname: str
    sex: str
    title: str
    dob: datetime.date

    @property
    def full(self) -> str:
        return f"{self.given} {self.surname}"

    @property
    def tokens(self) -> set[str]:
        return {t for part in (self.given, self.surname) for t in re.split(r"[ \-]", part) + [part] if t}

    def email(self, domain: str = "example.org", style: int = 0) -> str:
        fold = lambda s: "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))  # noqa
        g, s = fold(self.given).lower(), fold(self.surname).lower().replace(" ", "")
        local = [f"{g}.{s}", f"{g[0]}{s}", f"{s}.{g}"][style]
        return f"{local}@{domain}"


def make_pool() -> list[Person]:
    pool, seen = [], set()
    surnames = SURNAMES + RARE
    for i in range(70):
        sex = "m" if i % 2 else "f"
        given = rng.choice(GIVEN_M if sex == "m" else GIVEN_F)
        surname = surnames[i % len(surnames)] if i < len(surnames) else rng.choice(surnames)
        if (given, surname) in seen:
            continue
        seen.add((given, surname))
        title = rng.choice(["Mr"] if sex == "m" else ["Mrs", "Ms", "Miss"]) if rng.random() > 0.1 else "Dr"
        dob = datetime.date(1958, 1, 1) + datetime.timedelta(days=rng.randint(0, 16000))
        pool.append(Person(given, surname, sex, title, dob))
    return pool


POOL = make_pool()

# ---------------------------------------------------------------------------
# Identifiers: (written, normalised) in the variants documents use
# ---------------------------------------------------------------------------

POSTCODES = ["SW1A 1AA", "EC1A 1BB", "W1A 0AX", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT"]
BANK = [("089999", "66374958"), ("107999", "88837491"), ("202959", "63748472"), ("871427", "46238510"),
        ("820000", "73688637"), ("827101", "28748352"), ("134020", "63849203"), ("118765", "64371389"),
        ("200915", "41011166"), ("938063", "55065200"), ("772798", "99345694"), ("086090", "06774744"),
        ("309070", "02355688"), ("074456", "12345112"), ("070116", "34012583"), ("180002", "98093517")]
CARDS = ["4111111111111111", "5555555555554444", "378282246310005", "4000056655665556", "5200828282828210",
         "6011111111111117", "4012888888881881", "5105105105105100"]
IBAN_BBAN = {  # country: (BBAN template: A letter, 9 digit, X either)
    "GB": "AAAA99999999999999"[:18], "DE": "9" * 18, "FR": "9" * 10 + "X" * 11 + "99", "NL": "AAAA" + "9" * 10,
    "IE": "AAAA" + "9" * 14, "ES": "9" * 20, "IT": "A" + "9" * 10 + "X" * 12, "PL": "9" * 24, "BE": "9" * 12,
}


def pick_chars(template: str) -> str:
    out = []
    for c in template:
        if c == "A":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUWXYZ"))
        elif c == "9":
            out.append(rng.choice("0123456789"))
        else:
            out.append(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"))
    return "".join(out)


def iban_check(country: str, bban: str) -> str:
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(digits) % 97:02d}"


def nino() -> tuple[str, str]:
    d = f"{rng.randint(0, 999999):06d}"
    suffix = rng.choice("ABCD")
    v = f"QQ{d}{suffix}"
    form = rng.choice([f"QQ {d[:2]} {d[2:4]} {d[4:]} {suffix}", v, f"QQ{d[:2]}{d[2:4]}{d[4:]} {suffix}",
                       f"qq {d[:2]} {d[2:4]} {d[4:]} {suffix.lower()}", f"QQ-{d[:2]}-{d[2:4]}-{d[4:]}-{suffix}"])
    return form, v


DRAMA = [  # Ofcom drama ranges: (significant number prefix, layout: 5-3-3 "5", 4-3-4 "4", 3-4-4 "3")
    ("7700900", "5"), ("2079460", "3"), ("1134960", "4"), ("1614960", "4"), ("1174960", "4"), ("1632960", "5"),
    ("8081570", "4"), ("2890180", "3"), ("1314960", "4"), ("2920180", "3"),
]


def phone() -> tuple[str, str]:
    prefix, layout = rng.choice(DRAMA)
    nsn = prefix + "".join(rng.choice("0123456789") for _ in range(3))
    e164 = "+44" + nsn
    if layout == "5":
        a, b, c = nsn[:4], nsn[4:7], nsn[7:]          # 07700 900 123
        forms = [f"0{a} {b} {c}", f"0{a} {b}{c}", f"0{a}{b}{c}", f"+44 {a} {b}{c}", f"+44 (0){a} {b} {c}",
                 f"0044 {a} {b}{c}", f"00 44 {a} {b} {c}", f"0{a}-{b}-{c}", f"0{a}.{b}.{c}", f"+44{a}{b}{c}"]
    elif layout == "4":
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]          # 0113 496 0123
        forms = [f"0{a} {b} {c}", f"(0{a}) {b} {c}", f"0{a}-{b}-{c}", f"+44 (0){a} {b} {c}", f"0{a}{b}{c}",
                 f"+44 {a} {b} {c}", f"0{a}.{b}.{c}"]
    else:
        a, b, c = nsn[:2], nsn[2:6], nsn[6:]          # 020 7946 0123
        forms = [f"0{a} {b} {c}", f"0{a}{b[0]} {b[1:]} {c}", f"(0{a}) {b} {c}", f"+44 (0){a} {b} {c}",
                 f"0044 {a} {b} {c}", f"0{a}-{b}-{c}", f"+44 {a} {b} {c}", f"0{a}{b}{c}"]
    return rng.choice(forms), e164


def postcode(compact_ok: bool = True) -> tuple[str, str]:
    pc = rng.choice(POSTCODES)
    forms = [pc, pc, pc.lower(), pc.title()]
    if compact_ok:
        forms += [pc.replace(" ", ""), pc.replace(" ", "").lower()]
    return rng.choice(forms), pc


def email(p: Person) -> tuple[str, str]:
    domain = rng.choice(["example.org", "example.com", "example.net", "mail.example.org", "staff.example.com"])
    addr = p.email(domain, rng.choice([0, 0, 1, 2]))
    if rng.random() < 0.25:
        addr = addr[0].upper() + addr[1:]
    return addr, addr.lower()


def bank() -> tuple[str, str, str]:
    sort, acc = rng.choice(BANK)
    s = rng.choice([f"{sort[:2]}-{sort[2:4]}-{sort[4:]}", f"{sort[:2]} {sort[2:4]} {sort[4:]}", sort])
    return s, acc, f"{sort}:{acc}"


def iban() -> tuple[str, str]:
    country = rng.choice(list(IBAN_BBAN))
    bban = pick_chars(IBAN_BBAN[country])
    v = country + iban_check(country, bban) + bban
    groups = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    form = rng.choice([groups, groups, v, f"{v[:2]} {v[2:4]} " + " ".join(v[i:i + 4] for i in range(4, len(v), 4)),
                       "-".join(v[i:i + 4] for i in range(0, len(v), 4)), groups.lower()])
    return form, v


def card() -> tuple[str, str]:
    c = rng.choice(CARDS)
    if len(c) == 15:
        return rng.choice([f"{c[:4]} {c[4:10]} {c[10:]}", c]), c
    g = " ".join(c[i:i + 4] for i in range(0, 16, 4))
    return rng.choice([g, g.replace(" ", "-"), c]), c


def nhs() -> tuple[str, str]:
    while True:
        d = "999" + "".join(rng.choice("0123456789") for _ in range(6))
        check = 11 - sum(int(c) * w for c, w in zip(d, range(10, 1, -1))) % 11
        if check == 11:
            check = 0
        if check != 10:
            v = d + str(check)
            return rng.choice([f"{v[:3]} {v[3:6]} {v[6:]}", v, f"{v[:3]}-{v[3:6]}-{v[6:]}"]), v


def dob(p: Person) -> tuple[str, str]:
    d = p.dob
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    form = rng.choice([d.strftime("%d/%m/%Y"), f"{d.day}{suffix} {d.strftime('%B %Y')}", d.isoformat(),
                       f"{d.day} {d.strftime('%b %Y')}", d.strftime("%d.%m.%Y")])
    return form, d.isoformat()


def passport() -> tuple[str, str]:
    v = f"{rng.randint(1, 9)}{rng.randint(0, 99999999):08d}"
    return v, v


def licence(p: Person) -> tuple[str, str]:
    sur = re.sub(r"[^A-Z]", "", p.surname.upper())[:5].ljust(5, "9")
    d = p.dob
    month = d.month + (50 if p.sex == "f" else 0)
    v = f"{sur}{str(d.year)[2]}{month:02d}{d.day:02d}{str(d.year)[3]}{p.given[0].upper()}9{rng.randint(0, 9)}" \
        f"{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"
    form = rng.choice([v, f"{v[:5]} {v[5:11]} {v[11:]}", f"{v[:5]} {v[5:11]} {v[11:13]} {v[13:]}"])
    return form, v


def ipv4() -> tuple[str, str]:
    v = f"{rng.choice(['192.0.2', '198.51.100', '203.0.113'])}.{rng.randint(1, 254)}"
    return v, v


def ipv6() -> tuple[str, str]:
    n = rng.randint(1, 0xfff)
    forms = [(f"2001:db8::{n:x}", f"2001:db8::{n:x}"), (f"2001:DB8:0:0:0:0:0:{n:X}", f"2001:db8::{n:x}"),
             (f"fe80::{n:x}", f"fe80::{n:x}"), ("::1", "::1"), (f"2001:db8:{n:x}::1", f"2001:db8:{n:x}::1")]
    return rng.choice(forms)


# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------

@dataclass
class Doc:
    name: str
    text: list[str] = field(default_factory=list)   # for txt, csv, eml: the lines
    ids: list[tuple[str, str]] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    cats: set[str] = field(default_factory=set)
    persons: list[Person] = field(default_factory=list)
    written: list[str] = field(default_factory=list)  # identifiers as written, for the coverage check

    def pick(self) -> Person:
        used = set().union(*(p.tokens for p in self.persons)) if self.persons else set()
        p = rng.choice([p for p in POOL if p not in self.persons and not (p.tokens & used)])
        self.persons.append(p)
        return p

    def mention(self, s: str) -> str:
        if s not in self.names:
            self.names.append(s)
        return s

    def id(self, kind: str, pair: tuple[str, str]) -> str:
        if [kind, pair[1]] not in self.ids:
            self.ids.append([kind, pair[1]])
        self.written.append(pair[0])
        return pair[0]

    def fact(self, cats: tuple[str, ...]) -> None:
        self.cats.update(cats)


def name_forms(doc: Doc, p: Person) -> dict[str, str]:
    """The written forms of a person; each one used becomes a label when read through ``doc.name``."""
    return {
        "full": p.full, "comma": f"{p.surname}, {p.given}", "caps": p.full.upper(), "init": f"{p.given[0]}. {p.surname}",
        "sur": p.surname, "given": p.given, "capcomma": f"{p.surname.upper()}, {p.given}",
    }


def N(doc: Doc, p: Person, form: str = "full") -> str:
    return doc.mention(name_forms(doc, p)[form])


# Special-category facts: frames of their own (not the development set's).
FACTS = {
    "health": [
        "{n} slipped on the wet floor in the loading bay and fractured {his} wrist; entry made in the accident book.",
        "Fit note received for {n}: stress-related illness, not fit for work for four weeks.",
        "{n} uses a wheelchair; the first-floor meeting room has been swapped for G.04.",
        "{n} is recovering from a hip replacement and will work from home until the end of the month.",
        "Occupational health report: {n} has asthma and should avoid the paint store.",
        "{n} has been diagnosed with multiple sclerosis and asked for a parking space near the door.",
    ],
    "religious_belief": [
        "{n} asked for Eid al-Fitr as annual leave and to pray at lunchtime in the quiet room.",
        "{n} is a Quaker and has asked not to work on the defence contract.",
        "{n} attends the gurdwara on Sunday mornings, so no Sunday early shifts.",
    ],
    "trade_union": [
        "{n} has joined Unite and asked for the subscription to come off {his} pay.",
        "{n} will be represented by the UNISON branch officer at the grievance hearing.",
        "Check-off list: {n}, GMB, £14.20 a month.",
    ],
    "political_opinion": [
        "{n} is standing for the Liberal Democrats in the May by-election and asked for unpaid leave.",
        "{n} chairs the local Conservative association and asked to leave early on Thursdays.",
    ],
    "criminal_offence": [
        "Basic DBS check for {n} disclosed a conviction for common assault (2019).",
        "{n} told us {he} has been charged with shoplifting and will appear before the magistrates.",
        "{n} is on the sex offender register; the safeguarding lead has been informed.",
    ],
    "biometric": [
        "{n}'s fingerprints were enrolled on the new time-and-attendance clock.",
        "{n} opted out of face recognition at the gate and uses a fob instead.",
    ],
    "genetic": [
        "{n}'s genetic test for Huntington's disease was shared with the insurer by mistake.",
    ],
    "sex_life_orientation": [
        "{n} came out as gay to the team and asked HR to update {his} next of kin to {his} partner.",
    ],
    "racial_ethnic_origin": [
        "{n} said the remarks about {his} Pakistani heritage made {him} feel unwelcome.",
        "{n} described {his} ethnicity as Black British on the form.",
    ],
}
NEUTRAL = [
    "{n} completed the fire warden course in March.",
    "{n} has moved to the Tuesday to Friday pattern.",
    "{n}'s probation review went well; objectives are agreed for the year.",
    "{n} will cover reception during the refurbishment.",
]
# Policy and guidance prose: category words about no one.
POLICY = [
    "Managers must record accidents in the accident book and report injuries such as fractures under RIDDOR.",
    "Information about an employee's health, disability or fit notes is special category data.",
    "Staff may be accompanied by a trade union representative from UNISON, GMB or Unite.",
    "We do not ask about religion, sexual orientation or political opinions at interview.",
    "DBS checks reveal criminal convictions and cautions; store the certificate number only.",
    "Fingerprint and face recognition systems need a data protection impact assessment.",
    "Employees who use a wheelchair or have a long-term condition can ask for reasonable adjustments.",
]


def fact(doc: Doc, p: Person, form: str = "full", neutral: bool = False) -> str:
    m = p.sex == "m"
    if neutral:
        frame, cats = rng.choice(NEUTRAL), ()
    else:
        cat = rng.choice(list(FACTS))
        frame, cats = rng.choice(FACTS[cat]), (cat,)
        doc.fact(cats)
    return frame.format(n=N(doc, p, form), he="he" if m else "she", his="his" if m else "her", him="him" if m else "her")


# ---- plain text: an IT incident log ---------------------------------------------

def gen_itlog(doc: Doc) -> None:
    doc.text.append(f"Security incident log - ticket INC{rng.randint(10000, 99999)}")
    for _ in range(rng.randint(5, 9)):
        p = doc.pick()
        addr = doc.id("ip_address", rng.choice([ipv4, ipv6])())
        t = f"2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} {rng.randint(10, 23)}:{rng.randint(10, 59)}"
        user = lambda: doc.id("email", email(p))  # noqa: E731
        doc.text.append(rng.choice([
            lambda: f"{t} failed login for {user()} from {addr}",
            lambda: f"{t} VPN session opened by {N(doc, p)} (client address {addr})",
            lambda: f"{t} password reset requested by {user()}; source IP {addr}",
        ])())
    doc.text.append("Firmware 10.2.3.4 and build 4.19.0.12 were current at the time.")
    doc.text.append("Closed by the service desk.")


# ---- CSV: a payroll or contact export -------------------------------------------

def gen_csv(doc: Doc) -> None:
    rows = []
    if rng.random() < 0.5:
        rows.append(["Payroll no", "Employee", "NI number", "Sort code", "Account no", "Date of birth"])
        for _ in range(rng.randint(4, 8)):
            p = doc.pick()
            s, acc, v = bank()
            doc.id("uk_bank_account", ("", v))
            rows.append([f"P{rng.randint(1000, 9999)}", N(doc, p, rng.choice(["full", "comma"])),
                         doc.id("uk_nino", nino()), s, acc, doc.id("date_of_birth", dob(p))])
    else:
        rows.append(["Surname", "First name", "Mobile", "Email", "Postcode"])
        for _ in range(rng.randint(4, 8)):
            p = doc.pick()
            rows.append([doc.mention(p.surname), doc.mention(p.given), doc.id("phone", phone()),
                         doc.id("email", email(p)), doc.id("uk_postcode", postcode())])
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    doc.text += out.getvalue().rstrip("\n").split("\n")


# ---- mail: a thread about a member of staff ------------------------------------

def display(name: str) -> str:
    return f'"{name}"' if "," in name else name


def gen_eml(doc: Doc) -> None:
    sender, subject = doc.pick(), doc.pick()
    s_email, s_norm = email(sender)
    to = doc.pick()
    t_email, t_norm = email(to)
    doc.id("email", (s_email, s_norm))
    doc.id("email", (t_email, t_norm))
    date = datetime.datetime(2025, 3, 3, 9, 0) + datetime.timedelta(hours=rng.randint(0, 4000))
    doc.text += [
        f"From: {N(doc, sender)} <{s_email}>",
        # RFC 5322: a display name with a comma is quoted, as mail programs write it.
        f"To: {display(N(doc, to, rng.choice(['full', 'comma'])))} <{t_email}>",
        f"Subject: {rng.choice(['Update on a case', 'Quick one', 'Return to work', 'For your records'])}",
        f"Date: {date.strftime('%a, %d %b %Y %H:%M:%S +0000')}",
        "Message-ID: <" + f"{rng.randint(10**8, 10**9)}.{rng.randint(1000, 9999)}@mail.example.org>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "",
        f"Hi {N(doc, to, 'given')},",
        "",
        fact(doc, subject, "full", neutral=rng.random() < 0.3),
    ]
    ph = doc.id("phone", phone())
    doc.text.append(rng.choice([lambda: f"If anything changes you can get hold of {N(doc, subject, 'given')} on {ph}.",
                                lambda: f"{N(doc, subject, 'given')}'s mobile is {ph} if you need it."])())
    if rng.random() < 0.5:
        doc.text.append(f"Home address on file: {rng.randint(2, 90)} Meadow View, Northtown, "
                        f"{doc.id('uk_postcode', postcode())}.")
    if rng.random() < 0.4:
        doc.text.append(f"NI no {doc.id('uk_nino', nino())} - please update the payroll record.")
    doc.text += ["", "Thanks,", N(doc, sender, "given"), f"Tel {doc.id('phone', phone())}"]


# ---- Word: an occupational health referral --------------------------------------

def gen_docx(doc: Doc) -> dict[str, list[str]]:
    p, manager, clinician = doc.pick(), doc.pick(), doc.pick()
    # An occupational health referral of a named employee is data concerning health.
    doc.fact(("health",))
    ref = f"OH/{rng.randint(100, 999)}"
    body = [
        "Occupational Health Referral",
        f"Employee: {N(doc, p, rng.choice(['full', 'caps']))}",
        f"Date of birth: {doc.id('date_of_birth', dob(p))}",
        f"NHS number: {doc.id('nhs_number', nhs())}",
        f"Telephone: {doc.id('phone', phone())}",
        f"Address: {rng.randint(2, 90)} Linden Grove, Easton",
        doc.id("uk_postcode", postcode()),
        "",
        f"{N(doc, manager, 'full')} asked for this referral after a conversation on {rng.randint(2, 27)} June.",
        fact(doc, p, rng.choice(["given", "full"]) if p.given in doc.names else "full"),
    ]
    if rng.random() < 0.5:
        lic = doc.id("uk_driving_licence", licence(p))
        body.append(f"Driving licence: {lic} (checked for the pool car)")
    textbox = [f"Referring manager: {N(doc, manager, 'full')}"]
    header = [f"PRIVATE AND CONFIDENTIAL - {ref}"]
    footer = [f"Prepared by {N(doc, clinician, 'init')}, Occupational Health, tel {doc.id('phone', phone())}"]
    footnotes = [f"Consent given by {N(doc, p, 'given')} on the call."]
    comments = [f"Please check with {N(doc, clinician, 'init')} before sending - {N(doc, manager, 'given')}"]
    endnotes = [f"Referral {ref} is kept for six years after employment ends."]
    return {"body": body, "textbox": textbox, "header": header, "footer": footer, "footnotes": footnotes,
            "endnotes": endnotes, "comments": comments}


# ---- Excel: a starter form (key/value) or a sickness register (rows) ------------

def gen_xlsx(doc: Doc) -> list[list[str]]:
    if rng.random() < 0.5:
        p, kin = doc.pick(), doc.pick()
        s, acc, v = bank()
        doc.id("uk_bank_account", ("", v))
        pan, pan_v = card()
        rows = [
            ["New starter details", ""],
            ["Forename", N(doc, p, "given")],
            ["Surname", N(doc, p, "sur")],
            ["Date of birth", doc.id("date_of_birth", dob(p))],
            ["National Insurance", doc.id("uk_nino", nino())],
            ["Home postcode", doc.id("uk_postcode", postcode())],
            ["Mobile", doc.id("phone", phone())],
            ["Bank sort code", s],
            ["Account number", acc],
            ["IBAN (if paid abroad)", doc.id("iban", iban())],
            ["Passport number", doc.id("uk_passport", passport())],
            ["Emergency contact", N(doc, kin, "full")],
            ["Contact phone", doc.id("phone", phone())],
        ]
        if rng.random() < 0.5:
            rows.append(["Company card", doc.id("payment_card", (pan, pan_v))])
        return rows
    rows = [["Name", "Start", "Days", "Reason"]]
    for _ in range(rng.randint(4, 7)):
        p = doc.pick()
        reason = rng.choice(["Back injury", "Migraine", "Sprained ankle", "Depression", "Gastroenteritis",
                             "Broken arm", "Chest infection"])
        rows.append([N(doc, p, rng.choice(["full", "comma"])), f"0{rng.randint(1, 9)}/0{rng.randint(1, 9)}/2025",
                     str(rng.randint(1, 15)), reason])
        doc.fact(("health",))
    return rows


# ---- plain text: a blank form and a policy (negatives) -------------------------

def gen_blank(doc: Doc) -> None:
    doc.text += [
        "NEW STARTER FORM (template - do not fill in this copy)",
        "Full name: ______________________",
        "National Insurance number (e.g. QQ 12 34 56 C): ______________",
        "Sort code: __-__-__   Account number: ________",
        "Date of birth: DD/MM/YYYY",
        "Postcode: ________",
        "Return the form to the HR office before your first day.",
    ]


def gen_policy(doc: Doc) -> None:
    doc.text.append(rng.choice(["Attendance Management Procedure", "Equality and Diversity Statement",
                                "Records Retention Schedule"]))
    doc.text += rng.sample(POLICY, 5)
    doc.text.append("Questions to the HR Policy Team, hr.policy@example.org, 020 7946 0000.")
    doc.ids.append(["email", "hr.policy@example.org"])
    doc.ids.append(["phone", "+442079460000"])


# ---- plain text: a bank-details change and a meeting note ----------------------

def gen_txt(doc: Doc) -> None:
    p = doc.pick()
    s, acc, v = bank()
    doc.id("uk_bank_account", ("", v))
    layout = rng.choice(["lines", "inline", "table"])
    doc.text += [f"Change of bank details - {N(doc, p, rng.choice(['full', 'capcomma']))}", ""]
    if layout == "lines":
        doc.text += [f"Sort code: {s}", f"Account number: {acc}", f"Account name: {N(doc, p, 'init')}"]
    elif layout == "inline":
        doc.text.append(f"Please pay my salary into account {acc}, sort code {s}, from next month.")
    else:
        doc.text += ["Sort code      Account number", f"{s}       {acc}"]
    if rng.random() < 0.6:
        doc.text.append(f"IBAN for the overseas allowance: {doc.id('iban', iban())}")
    doc.text.append(f"Contact email: {doc.id('email', email(p))}")
    if rng.random() < 0.5:
        doc.text += ["", "Card for expenses (ends the old one): " + doc.id("payment_card", card())]
    doc.text += ["", "Meeting note", fact(doc, p, "given")]
    q = doc.pick()
    doc.text.append(fact(doc, q, "full", neutral=rng.random() < 0.5))
    doc.text.append(f"{N(doc, q, 'given')} lives at Flat {rng.randint(1, 9)}, 3 Harbour Street, "
                    f"Westport {doc.id('uk_postcode', postcode())}; DOB {doc.id('date_of_birth', dob(q))}.")
    doc.text.append(f"NI: {doc.id('uk_nino', nino())}. Passport no. {doc.id('uk_passport', passport())}.")


# ---------------------------------------------------------------------------
# Writers (deterministic)
# ---------------------------------------------------------------------------

STAMP = (2025, 1, 6, 12, 0, 0)


def zip_bytes(parts: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(zipfile.ZipInfo(name, STAMP), text)
    return buf.getvalue()


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def w_paras(lines: list[str]) -> str:
    return "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(l)}</w:t></w:r></w:p>' for l in lines)


def docx(parts: dict[str, list[str]]) -> bytes:
    textbox = ('<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>'
               + w_paras(parts["textbox"]) + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>")
    note = ('<w:p><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:endnoteReference w:id="1"/></w:r>'
            '<w:r><w:commentReference w:id="0"/></w:r></w:p>')
    ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
          'content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" '
          'ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/'
          'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main'
          '+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    x = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    return zip_bytes({
        "[Content_Types].xml": ct,
        "_rels/.rels": rels,
        "word/document.xml": f"{x}<w:document {W}><w:body>{w_paras(parts['body'])}{textbox}{note}</w:body></w:document>",
        "word/header1.xml": f"{x}<w:hdr {W}>{w_paras(parts['header'])}</w:hdr>",
        "word/footer1.xml": f"{x}<w:ftr {W}>{w_paras(parts['footer'])}</w:ftr>",
        "word/footnotes.xml": f'{x}<w:footnotes {W}><w:footnote w:id="1">{w_paras(parts["footnotes"])}</w:footnote>'
                              "</w:footnotes>",
        "word/endnotes.xml": f'{x}<w:endnotes {W}><w:endnote w:id="1">{w_paras(parts["endnotes"])}</w:endnote>'
                             "</w:endnotes>",
        "word/comments.xml": f'{x}<w:comments {W}><w:comment w:id="0" w:author="Reviewer">'
                             f'{w_paras(parts["comments"])}</w:comment></w:comments>',
    })


def xlsx(rows: list[list[str]]) -> bytes:
    def col(i: int) -> str:
        return "ABCDEFGH"[i]
    sheet = "".join(
        f'<row r="{r + 1}">' + "".join(
            f'<c r="{col(c)}{r + 1}" t="inlineStr"><is><t>{escape(v)}</t></is></c>' for c, v in enumerate(row) if v)
        + "</row>" for r, row in enumerate(rows))
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    return zip_bytes({
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org'
        '/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension='
        '"rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/'
        'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        f'package/2006/relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>",
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook {ns} {rns}><sheets><sheet name="Sheet1" '
        'sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        f'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/worksheet" '
        'Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8"?><worksheet {ns}><sheetData>{sheet}'
        "</sheetData></worksheet>",
    })


# ---------------------------------------------------------------------------
# Checks and main
# ---------------------------------------------------------------------------

EMAIL_RE = re.compile(r"[\w.+'-]+@[\w.-]+")


def check(doc: Doc, text: str) -> None:
    for n in doc.names:
        assert n in text, (doc.name, n)
    covered = [(m.start(), m.end()) for n in doc.names for m in re.finditer(re.escape(n), text)]
    covered += [(m.start(), m.end()) for m in EMAIL_RE.finditer(text)]
    covered += [(m.start(), m.end()) for w in doc.written if w for m in re.finditer(re.escape(w), text)]
    for p in doc.persons:
        for tok in p.tokens:
            for form in {tok, tok.upper()}:
                for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
                    assert any(a <= m.start() and m.end() <= b for a, b in covered), \
                        (doc.name, form, text[max(0, m.start() - 30):m.end() + 30])
    for c in doc.cats:
        assert c in CATEGORIES


def main() -> int:
    plan = ([("itlog", "txt", gen_itlog)] * 6 + [("export", "csv", gen_csv)] * 10 + [("thread", "eml", gen_eml)] * 12
            + [("referral", "docx", gen_docx)] * 8 + [("form", "xlsx", gen_xlsx)] * 10
            + [("bank", "txt", gen_txt)] * 12 + [("blank", "txt", gen_blank)] * 2
            + [("policy", "txt", gen_policy)] * 4)
    files: list[tuple[str, bytes]] = []
    labels = []
    counters: dict[str, int] = {}
    for prefix, ext, fn in plan:
        counters[prefix] = counters.get(prefix, 0) + 1
        doc = Doc(f"{prefix}-{counters[prefix]:03d}.{ext}")
        out = fn(doc)
        if ext == "docx":
            text = "\n".join(l for part in out.values() for l in part)
            data = docx(out)
        elif ext == "xlsx":
            text = "\n".join(" ".join(r) for r in out)
            data = xlsx(out)
        else:
            text = "\n".join(doc.text) + "\n"
            data = text.encode("utf-8")
        check(doc, text)
        files.append((doc.name, data))
        labels.append({"doc": doc.name, "ids": doc.ids, "names": doc.names,
                       "categories": [c for c in CATEGORIES if c in doc.cats]})
    if DOCS.exists():
        shutil.rmtree(DOCS)
    DOCS.mkdir(parents=True)
    for name, data in files:
        (DOCS / name).write_bytes(data)
    with LABELS.open("w", encoding="utf-8") as f:
        for label in sorted(labels, key=lambda l: l["doc"]):
            f.write(json.dumps(label, ensure_ascii=False) + "\n")
    kinds: dict[str, int] = {}
    for l in labels:
        for k, _ in l["ids"]:
            kinds[k] = kinds.get(k, 0) + 1
    print(f"documents: {len(files)}; name labels: {sum(len(l['names']) for l in labels)}; "
          f"category labels: {sum(len(l['categories']) for l in labels)}")
    print("identifier labels: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
