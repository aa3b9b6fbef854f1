#!/usr/bin/env python3
"""(Re)create the dpscan evaluation set for person names and special-category data.

Usage:  python3 tests/eval/generate.py

Python 3.11, standard library only, deterministic (one ``random.Random(2026)``):
two runs give byte-identical output. ``tests/eval/docs/*.txt`` is deleted and
rebuilt on every run, together with ``tests/eval/labels.jsonl``.

How the labels are kept honest
------------------------------
Every document is built through a ``Doc`` object. Text goes in with
``Doc.w(template, **ctx)``; inside a template

* ``{p.full}``, ``{p.given}``, ``{p.tsur}`` ... write a *person mention* of the
  person ``p`` in one written form (see ``Doc._person``). The mention's exact
  text is recorded as a span, and that span is the name label. Titles
  (Mr/Mrs/Ms/Miss/Dr/Prof) are written as plain text outside the span;
* ``{p.he}``, ``{p.email}`` ... write plain attributes of a person (no label);
* ``{date}`` and other plain keys write plain strings;
* ``[[phrase]]`` writes a deliberate TRAP: a phrase that contains a word that is
  also a name (or looks like one) but is not a person. Traps are recorded so
  the README can list them and so the coverage check below can tell them apart.

Special-category content is only ever written by ``Doc.fact(template, cats,
person)``: the categories of the template are added to the document's labels
at the moment the sentence about the named person is written.

Before anything is written the script checks, for every document, that

* each labelled name string literally occurs in the text, contains no title and
  no doubled whitespace;
* every occurrence (as written or in capitals) of every given name / surname
  of every person picked for the document lies inside a labelled mention, a
  trap, or an email address - so no unlabelled mention can slip in;
* the document has 5-40 lines and only uses the nine category ids;

and it prints totals. Any failure aborts without touching ``docs/``.

Everything is fictional: the people are random combinations of common (and a
few rare) given names and surnames, filtered against a block list of well-known
people. Emails use example.com/.org/.net (RFC 2606); phone numbers use Ofcom's
drama ranges; postcodes are the non-residential format examples used by
fixtures/.
"""

from __future__ import annotations

import datetime
import json
import random
import re
import shutil
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
LABELS = HERE / "labels.jsonl"

CATEGORIES = (
    "racial_ethnic_origin",
    "political_opinion",
    "religious_belief",
    "trade_union",
    "genetic",
    "biometric",
    "health",
    "sex_life_orientation",
    "criminal_offence",
)
TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Prof")

rng = random.Random(2026)

# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------

FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "'": "", "’": ""})


def ascii_fold(s: str) -> str:
    s = s.translate(FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


@dataclass(frozen=True)
class Person:
    given: str
    surname: str
    sex: str  # "m" or "f" (drives pronouns and titles only)
    group: str
    title: str
    ethnic: str  # as ticked on a monitoring form
    heritage: str  # "" when no clear heritage word is used for this person
    rare: bool = False

    @property
    def full(self) -> str:
        return f"{self.given} {self.surname}"

    @property
    def tokens(self) -> set[str]:
        out = set()
        for part in (self.given, self.surname):
            out.add(part)
            out.update(re.split(r"[ \-]", part))
        return {t for t in out if t}

    @property
    def email(self) -> str:
        local = f"{ascii_fold(self.given)}.{ascii_fold(self.surname)}".lower().replace(" ", "")
        return f"{local}@{self.domain}"

    domain: str = "example.com"

    def attr(self, key: str) -> str:
        m = self.sex == "m"
        table = {
            "he": "he" if m else "she",
            "He": "He" if m else "She",
            "his": "his" if m else "her",
            "His": "His" if m else "Her",
            "him": "him" if m else "her",
            "email": self.email,
            "ethnic": self.ethnic,
            "heritage": self.heritage,
            "title": self.title,
            "partner": "husband" if m else "wife",
            "gender": "Male" if m else "Female",
        }
        return table[key]


# Given names exclude words that are also ordinary English words used in the
# traps (Grace, Mark, Jack, Dean, May, Victoria, Will, Bill, Frank, Holly, ...),
# so that every trap is a clean negative.
GROUPS = {
    "english": (
        "James Oliver Thomas Daniel Matthew Samuel Joseph Benjamin Luke Adam Ryan Stephen Paul Richard Simon "
        "Christopher Michael Harry George Nathan",
        "Jane Emma Sophie Charlotte Hannah Laura Rebecca Sarah Emily Lucy Rachel Claire Helen Katie Amy Joanne "
        "Louise Megan Chloe Olivia",
        "Smith Taylor Brown Wilson Johnson Walker Wright Robinson Thompson White Hughes Green Hall Wood Harris "
        "Clarke Jackson Turner Hill Cooper Baker Parker Harrison Mitchell Shaw Cook Morris Bennett Barker Marshall",
    ),
    "welsh": (
        "Rhys Dafydd Gareth Owain Huw Iwan Emyr Geraint Aled",
        "Cerys Angharad Ffion Bethan Siân Nia Carys Eleri Rhiannon",
        "Evans Jones Davies Williams Price Pritchard Morgan Powell Griffiths Lloyd Rees Jenkins Bowen Prosser",
    ),
    "scottish": (
        "Alasdair Callum Euan Fraser Hamish Iain Ruaridh Angus Duncan",
        "Eilidh Morag Isla Catriona Kirsty Mhairi Fiona Ailsa",
        "MacDonald Campbell Stewart Robertson Murray MacLeod Sutherland McKenzie Ross Paterson Cameron",
    ),
    "irish": (
        "Ciaran Padraig Seamus Declan Niall Cillian Eoin Conor",
        "Siobhan Aoife Niamh Roisin Saoirse Orla Grainne Sinead",
        "Murphy O'Brien Kelly O'Sullivan Byrne Ryan O'Connor Doyle McCarthy Gallagher Brennan Quinn Nolan O'Neill",
    ),
    "south_asian": (
        "Arjun Rahul Imran Sanjay Vikram Hassan Amir Rohan Gurpreet Bilal Zain Kamal",
        "Priya Aisha Anjali Fatima Nadia Sunita Ayesha Rukhsana Simran Deepa Shabana Meera",
        "Patel Khan Singh Ahmed Hussain Shah Ali Sharma Gill Chowdhury Rahman Iqbal Mistry Akhtar Bhatt Malik D'Souza",
    ),
    "polish": (
        "Tomasz Piotr Krzysztof Michał Paweł Łukasz Jakub Marcin",
        "Agnieszka Katarzyna Magdalena Małgorzata Joanna Zofia Ewa Aleksandra",
        "Nowak Kowalsk* Wiśniewsk* Wójcik Kamińsk* Lewandowsk* Zielińsk* Szymańsk* Dąbrowsk* Kozłowsk*",
    ),
    "west_african": (
        "Chidi Emeka Kwame Kofi Oluwaseun Tunde Babajide Obinna Kwabena",
        "Adaeze Ngozi Chiamaka Funmilayo Abena Yetunde Folake Amara Efua",
        "Okafor Adeyemi Mensah Okonkwo Boateng Asante Eze Adebayo Owusu Nwosu Ogunleye Danquah",
    ),
    "caribbean": (
        "Delroy Winston Leroy Marlon Tyrone Andre Jermaine Devon",
        "Marcia Paulette Shanice Jasmine Janelle Camille Beverley Yvonne",
        "Francis Reid Henry Gordon Bailey Morrison Ellis Samuels Forbes Campbell Grant",
    ),
    "chinese": (
        "Wei Jun Hao Ming Jian Kai Lei",
        "Mei Xiaoling Yan Hui Ying Lin Xue",
        "Chen Wang Zhang Liu Wong Lam Cheung Chan Yang Huang Zhou",
    ),
    "european": (
        "José Björn François Jürgen Mathéo Søren",
        "Zoë Chloé Renée Inês Noémie Léa",
        "Müller Dubois Lefèvre García Åkesson Côté Gonçalves Jørgensen Schäfer Núñez",
    ),
}
HYPHEN_GIVEN_F = ["Mary-Jane", "Anne-Marie", "Ella-Rose"]
HYPHEN_GIVEN_M = ["Jean-Paul"]
HYPHEN_SURNAMES = ["Evans-Hughes", "Carter-Bright", "Patel-Shah", "Ward-Thomas", "Okafor-Reid", "Lloyd-Bennett"]
RARE_SURNAMES = (
    "Thistlethwaite Featherstonehaugh Penhaligon Quarmby Ollerenshaw Tredinnick Blenkinsop Scattergood "
    "Mountstephen Vanstone Gedge Sidebottom Ruddlesden Fothergill Pennycook Wigglesworth Huxtable "
    "Pettifer Outhwaite Gathercole"
).split()
RARE_GIVEN_F = ["Marguerite", "Ottoline", "Araminta", "Lettice", "Perpetua"]
RARE_GIVEN_M = ["Peregrine", "Crispin", "Barnaby", "Cosmo", "Ptolemy"]

# Combinations that belong to well-known people; never generated.
BLOCKLIST = {
    "Tom Jones", "John Smith", "Paul Smith", "Emma Thompson", "Emma Watson", "Harry Kane", "James Taylor",
    "Peter Cook", "Adam Smith", "Richard Harris", "Michael Owen", "Gareth Thomas", "Ryan Giggs",
    "Christopher Evans", "Chris Evans", "Samuel Johnson", "Daniel Craig", "George Harrison", "James Brown",
    "Michael Jackson", "Paul Morgan", "Stephen Hawking", "Rhys Ifans", "Huw Edwards", "Emma Bunton",
    "Sarah Harding", "Simon Cowell", "Joanna Lumley", "James Wilson", "Harry Hill", "Thomas Cook",
    "Owain Glyndŵr", "Fiona Bruce", "Niall Quinn", "Roisin Murphy", "Conor McGregor", "Leroy Sané",
    "Kwame Nkrumah", "Marcus Rashford", "Lewis Hamilton", "Amir Khan", "Imran Khan", "Mark Ronson",
    "Katie Price", "Sian Lloyd", "Richard Hammond", "Helen Mirren", "Paul Walker", "George Michael",
    "Simon Jenkins", "Hamish Macbeth", "Iain Stewart", "Zoe Ball", "Wei Wang", "Li Wang", "Michael Smith",
    "Luke Shaw", "Kyle Walker", "Jermaine Jenas", "Winston Churchill", "Callum Wilson", "Andy Murray",
    "James Morrison", "Ryan Reid", "Joe Wicks", "Laura Kenny", "Rebecca Adlington", "Ellie Simmonds",
    "Amy Williams", "Katie Taylor", "Sophie Wilson", "Ngozi Okonjo-Iweala", "Yan Wang", "Chloe Kelly",
    "Megan Walsh", "Sanjay Gupta", "Rahul Gandhi", "Priyanka Chopra", "Jasmine Harman", "Fatima Whitbread",
    "Delroy Lindo", "Lucy Davies", "Mei Zhang", "Ming Zhang", "Aled Jones", "Michael Green", "George Walker",
}

ETHNIC_FORM = {
    "english": ["White – English, Welsh, Scottish, Northern Irish or British"],
    "welsh": ["White – Welsh"],
    "scottish": ["White – Scottish"],
    "irish": ["White – Irish"],
    "south_asian": ["Asian or Asian British – Indian", "Asian or Asian British – Pakistani",
                    "Asian or Asian British – Bangladeshi"],
    "polish": ["White – any other White background (Polish)"],
    "west_african": ["Black, Black British, Caribbean or African – African"],
    "caribbean": ["Black, Black British, Caribbean or African – Caribbean",
                  "Mixed – White and Black Caribbean"],
    "chinese": ["Asian or Asian British – Chinese"],
    "european": ["White – any other White background"],
}
HERITAGE = {
    "south_asian": {"Asian or Asian British – Indian": "Indian", "Asian or Asian British – Pakistani": "Pakistani",
                    "Asian or Asian British – Bangladeshi": "Bangladeshi"},
    "west_african": None,  # decided by surname below
    "caribbean": ["Jamaican", "Trinidadian", "Barbadian"],
    "chinese": ["Chinese"],
}
GHANAIAN = {"Mensah", "Boateng", "Asante", "Owusu", "Danquah"}


def title_for(sex: str) -> str:
    r = rng.random()
    if r < 0.12:
        return "Dr"
    if r < 0.15:
        return "Prof"
    if sex == "m":
        return "Mr"
    return rng.choice(["Mrs", "Ms", "Ms", "Miss"])


def polish_surname(stem: str, sex: str) -> str:
    return stem[:-1] + ("i" if sex == "m" else "a") if stem.endswith("*") else stem


def make_person(given: str, surname: str, sex: str, group: str, rare: bool = False, ethnic: str = "") -> Person:
    ethnic = ethnic or rng.choice(ETHNIC_FORM[group]) if group in ETHNIC_FORM else rng.choice(
        ["White – English, Welsh, Scottish, Northern Irish or British", "Mixed – White and Asian",
         "Mixed – White and Black African", "White – any other White background"])
    heritage = ""
    if group == "south_asian":
        heritage = HERITAGE["south_asian"][ethnic]
    elif group == "west_african":
        heritage = "Ghanaian" if surname in GHANAIAN else "Nigerian"
    elif group in ("caribbean", "chinese"):
        heritage = rng.choice(HERITAGE[group])
        if group == "caribbean" and ethnic.startswith("Mixed"):
            heritage = "Jamaican"
    domain = rng.choice(["example.com", "example.com", "example.org", "example.net"])
    return Person(given, surname, sex, group, title_for(sex), ethnic, heritage, rare, domain)


def build_pool() -> list[Person]:
    pool: list[Person] = []
    seen: set[str] = set()

    def add(p: Person) -> None:
        if p.full in BLOCKLIST or p.full in seen:
            return
        seen.add(p.full)
        pool.append(p)

    # The examples from the brief first (generic, fictional combinations).
    for g, s, sex, grp, *eth in [
        ("Jane", "Smith", "f", "english"), ("Rhys", "Evans", "m", "welsh"), ("Siobhan", "Murphy", "f", "irish"),
        ("Aisha", "Khan", "f", "south_asian", "Asian or Asian British – Pakistani"),
        ("Priya", "Patel", "f", "south_asian", "Asian or Asian British – Indian"),
        ("Tomasz", "Nowak", "m", "polish"), ("Chidi", "Okafor", "m", "west_african"), ("Wei", "Chen", "m", "chinese"),
        ("Aoife", "O'Brien", "f", "irish"), ("Zoë", "Müller", "f", "european"), ("Chloé", "Dubois", "f", "european"),
        ("Mary-Jane", "Evans-Hughes", "f", "welsh"),
    ]:
        add(make_person(g, s, sex, grp, ethnic=eth[0] if eth else ""))
    add(make_person("Marguerite", "Thistlethwaite", "f", "english", rare=True))

    sizes = {"english": 26, "welsh": 11, "scottish": 9, "irish": 11, "south_asian": 20, "polish": 10,
             "west_african": 12, "caribbean": 10, "chinese": 11, "european": 8}
    for grp, n in sizes.items():
        males, females, surnames = (rng.sample(x.split(), len(x.split())) for x in GROUPS[grp])
        for i in range(n):
            sex = "m" if i % 2 == 0 else "f"
            given = (males if sex == "m" else females)[(i // 2) % len(males if sex == "m" else females)]
            sur = surnames[i % len(surnames)]
            if grp == "polish":
                sur = polish_surname(sur, sex)
            if grp == "south_asian" and sex == "f" and rng.random() < 0.25:
                sur = rng.choice(["Kaur", "Begum"])
            add(make_person(given, sur, sex, grp))
    for i in range(6):
        sex = "f" if i % 3 else "m"
        given = rng.choice(HYPHEN_GIVEN_F if sex == "f" else HYPHEN_GIVEN_M) if i < 3 else \
            rng.choice(GROUPS["english"][0 if sex == "m" else 1].split())
        add(make_person(given, HYPHEN_SURNAMES[i], sex, "mixed"))
    # ~10% rare surnames (a dictionary of common surnames will likely miss them)
    for i, sur in enumerate(RARE_SURNAMES):
        sex = "m" if i % 2 == 0 else "f"
        if i % 3 == 0:
            given = rng.choice(RARE_GIVEN_M if sex == "m" else RARE_GIVEN_F)
        else:
            grp = rng.choice(["english", "welsh", "scottish", "irish"])
            given = rng.choice(GROUPS[grp][0 if sex == "m" else 1].split())
        add(make_person(given, sur, sex, "english", rare=True))
    return pool


POOL = build_pool()
# People with the written forms the set must cover (the brief's examples, apostrophes,
# hyphens, diacritics). ``Doc.pick`` uses each of them at least once, in pool order,
# before falling back to a uniform choice.
FEATURED = [p for p in POOL[:13]] + [p for p in POOL[13:] if "'" in p.full or "-" in p.full
                                      or any(ord(c) > 127 for c in p.full)]
_featured_used: set[Person] = set()

# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------

PLACEHOLDER = re.compile(r"\{(\w+)(?:\.(\w+))?\}|\[\[(.+?)\]\]")
PERSON_FORMS = {
    "full", "given", "sur", "tsur", "tfull", "init", "tinit", "comma", "caps", "capsur", "capgiv", "capcomma",
    "dear", "disp", "dispc", "sig",
}
HERITAGE_GROUPS = {"south_asian", "west_african", "caribbean", "chinese"}


@dataclass
class Span:
    start: int
    end: int
    text: str
    person: Person | None
    form: str


@dataclass
class Doc:
    name: str
    kind: str
    parts: list[str] = field(default_factory=list)
    length: int = 0
    names: list[Span] = field(default_factory=list)
    traps: list[Span] = field(default_factory=list)
    cats: set[str] = field(default_factory=set)
    persons: list[Person] = field(default_factory=list)
    dotted: bool = False  # "Mr." rather than "Mr"

    # -- low level ---------------------------------------------------------
    def t(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)

    def _span(self, s: str, person: Person | None, form: str, into: list[Span]) -> None:
        start = self.length
        self.t(s)
        into.append(Span(start, self.length, s, person, form))

    def text(self) -> str:
        return "".join(self.parts)

    # -- people --------------------------------------------------------------
    def pick(self, req: str | None = None) -> Person:
        used = set().union(*(p.tokens for p in self.persons)) if self.persons else set()
        cands = [p for p in POOL if p not in self.persons and not (p.tokens & used) and meets(p, req)]
        fresh = [p for p in FEATURED if p in cands and p not in _featured_used]
        p = fresh[0] if fresh and rng.random() < 0.5 else rng.choice(cands)
        _featured_used.add(p)
        self.persons.append(p)
        return p

    def _title(self, p: Person) -> str:
        return p.title + ("." if self.dotted else "")

    def _person(self, p: Person, form: str) -> None:
        n = lambda s, tag=form: self._span(s, p, tag, self.names)  # noqa: E731
        if form == "full":
            n(p.full)
        elif form == "given":
            n(p.given)
        elif form == "sur":
            n(p.surname)
        elif form == "tsur":
            self.t(self._title(p) + " ")
            n(p.surname)
        elif form == "tfull":
            self.t(self._title(p) + " ")
            n(p.full)
        elif form == "init":
            n(f"{p.given[0]}. {p.surname}")
        elif form == "tinit":
            self.t(self._title(p) + " ")
            n(f"{p.given[0]}. {p.surname}")
        elif form == "comma":
            n(f"{p.surname}, {p.given}")
        elif form == "caps":
            n(p.full.upper())
        elif form == "capsur":
            n(p.surname.upper())
        elif form == "capgiv":
            n(p.given.upper())
        elif form == "capcomma":
            n(f"{p.surname}, {p.given}".upper())
        elif form == "dear":
            n(p.given)
        elif form == "disp":
            n(p.full)
            self.t(f" <{p.email}>")
        elif form == "dispc":
            n(f"{p.surname}, {p.given}")
            self.t(f" <{p.email}>")
        elif form == "sig":
            n(p.full)
        else:
            raise ValueError(form)

    # -- templated text --------------------------------------------------------
    def w(self, template: str, **ctx) -> None:
        pos = 0
        for m in PLACEHOLDER.finditer(template):
            self.t(template[pos:m.start()])
            pos = m.end()
            key, sub, trap = m.groups()
            if trap is not None:
                self._span(trap, None, "trap", self.traps)
                continue
            val = ctx[key]
            if isinstance(val, Person):
                sub = sub or "full"
                if sub in PERSON_FORMS:
                    self._person(val, sub)
                else:
                    self.t(val.attr(sub))
            else:
                assert sub is None, (key, sub)
                self.t(str(val))
        self.t(template[pos:])

    def line(self, template: str = "", **ctx) -> None:
        self.w(template + "\n", **ctx)

    def fact(self, template: str, cats: frozenset[str] | set[str], end: str = "\n", about: Person | None = None,
             **ctx) -> None:
        """Write a sentence; its categories become labels of this document.

        The sentence must name a person itself, or ``about`` must be a person
        already named earlier in the document (a form row, the addressee of a
        letter, the owner of a CV)."""
        before = len(self.names)
        self.w(template + end, **ctx)
        if cats and len(self.names) == before:
            assert about is not None and any(sp.person == about for sp in self.names), \
                f"{self.name}: special-category fact without a named person: {template}"
        self.cats.update(cats)


def meets(p: Person, req: str | None) -> bool:
    if req is None:
        return True
    if req in ("m", "f"):
        return p.sex == req
    if req == "eth":
        return bool(p.heritage)
    if req == "rare":
        return p.rare
    if req in GROUPS:
        return p.group == req
    raise ValueError(req)


# ---------------------------------------------------------------------------
# Shared bits
# ---------------------------------------------------------------------------

ORG = "[[Example Widgets Ltd]]"
ORGS_PLAIN = ["Kennet Valley Housing Association", "Northgate Community Trust", "Harbourside Care Ltd",
              "Thames Vale Logistics Ltd"]
ADDRESSES = [  # (street line, town and postcode); postcodes from the fixtures' format examples
    ("14 [[Bath Road]]", "London SW1A 1AA"),
    ("2 [[Victoria Street]]", "London EC1A 1BB"),
    ("Flat 3, 27 Station Road", "London W1A 0AX"),
    ("8 Mill Lane", "Manchester M1 1AE"),
    ("41 Church Street", "Birmingham B33 8TH"),
    ("5 [[George Street]]", "Croydon CR2 6XH"),
    ("19 [[Albert Road]]", "Doncaster DN55 1PT"),
    ("7 Orchard Close", "Manchester M1 1AE"),
]
JOBS = ["HR Manager", "HR Business Partner", "Head of People", "Payroll Officer", "Operations Manager",
        "Team Leader", "HR Adviser", "Occupational Health Adviser", "Finance Director", "Warehouse Supervisor"]
SENDER_JOBS = ["HR Manager", "HR Business Partner", "Head of People", "HR Adviser", "Operations Manager"]


def phone() -> str:
    return rng.choice([
        f"07700 900{rng.randint(0, 999):03d}",
        f"020 7946 0{rng.randint(0, 999):03d}",
        f"0113 496 0{rng.randint(0, 999):03d}",
        f"01632 960{rng.randint(0, 999):03d}",
    ])


def rdate(style: int = 0, d: datetime.date | None = None) -> str:
    if d is None:
        d = datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randint(0, 1000))
    if style == 1:
        return d.strftime("%d/%m/%Y")
    if style == 2:
        return d.isoformat()
    return f"{d.day} {d.strftime('%B %Y')}"


def email_date(before: datetime.datetime | None = None) -> tuple[str, datetime.datetime]:
    if before is None:
        d = datetime.datetime(2025, 1, 6, 8, 0) + datetime.timedelta(days=rng.randint(0, 600),
                                                                     minutes=rng.randint(0, 600))
    else:
        d = before - datetime.timedelta(minutes=rng.randint(20, 3000))
    return d.strftime("%a, %d %b %Y %H:%M"), d


# ---------------------------------------------------------------------------
# Special-category facts (third person and second person) and neutral facts
# Each entry: (template, categories, requirement on the person)
# ---------------------------------------------------------------------------

def F(*cats: str) -> frozenset[str]:
    for c in cats:
        assert c in CATEGORIES, c
    return frozenset(cats)


THIRD = {
    "health": [
        ("{p.full} was signed off sick with depression (fit note attached).", F("health"), None),
        ("{p.given} has been absent since {date} following knee surgery; a phased return has been agreed with "
         "Occupational Health.", F("health"), None),
        ("{p.tsur} disclosed that {p.he} has type 1 diabetes and needs short breaks to check {p.his} blood sugar.",
         F("health"), None),
        ("Occupational Health advise that {p.full} is fit for work with adjustments for anxiety and panic attacks.",
         F("health"), None),
        ("{p.given} is 20 weeks pregnant and the new and expectant mother risk assessment has been updated.",
         F("health"), "f"),
        ("{p.full} told us about {p.his} epilepsy diagnosis; no driving duties until the DVLA has reviewed it.",
         F("health"), None),
        ("{p.given} is taking sertraline and has asked to start at 10:00 for the next month.", F("health"), None),
        ("{p.tfull} was admitted to [[Royal Berkshire Hospital]] with a suspected heart attack on {date}.",
         F("health"), None),
        ("{p.given} has long COVID and remains on a phased return of four hours a day.", F("health"), None),
        ("{p.tsur} is registered blind; screen-reader software has been ordered as a reasonable adjustment.",
         F("health"), None),
        ("{p.full} has been referred to the Employee Assistance Programme for support with alcohol dependency.",
         F("health"), None),
    ],
    "religious_belief": [
        ("{p.given} requested a prayer room during Ramadan.", F("religious_belief"), None),
        ("{p.full} has asked for a longer lunch break on Fridays to attend Jumu'ah prayers at the mosque.",
         F("religious_belief"), None),
        ("{p.tsur} observes Shabbat and cannot work after sunset on Fridays.", F("religious_belief"), None),
        ("{p.given} is a practising Sikh and wears a turban, so the hard-hat exemption has been recorded.",
         F("religious_belief"), "south_asian"),
        ("{p.full} is a Jehovah's Witness and has asked not to be included in birthday celebrations.",
         F("religious_belief"), None),
        ("{p.given}, who is Hindu, has booked annual leave for Diwali.", F("religious_belief"), "south_asian"),
        ("{p.tfull} is a practising Catholic and asked not to be rostered before Mass on Sundays.",
         F("religious_belief"), None),
    ],
    "trade_union": [
        ("Union subscription deducted for UNISON member {p.full}.", F("trade_union"), None),
        ("{p.full} was accompanied at the hearing by {p.his} GMB representative.", F("trade_union"), None),
        ("{p.given} is the Unite workplace rep for the warehouse and has asked for facility time on Thursdays.",
         F("trade_union"), None),
        ("{p.tsur} joined the NEU last term and asked for check-off to be set up through payroll.",
         F("trade_union"), None),
        ("{p.full} is an RCN member and attended the ballot meeting on {date}.", F("trade_union"), None),
        ("{p.given} has been elected PCS branch secretary.", F("trade_union"), None),
    ],
    "political_opinion": [
        ("{p.given} is a member of the Labour Party and canvassed at the election.", F("political_opinion"), None),
        ("{p.full} stood as a [[Green Party]] candidate in the [[Reading Borough Council]] elections.",
         F("political_opinion"), None),
        ("{p.tsur} is a Conservative Party activist and asked to swap shifts to help at the count.",
         F("political_opinion"), None),
        ("{p.given} says {p.he} delivers Liberal Democrat leaflets most weekends and sits on the local party "
         "committee.", F("political_opinion"), None),
        ("{p.full} is an SNP member and campaigns for Scottish independence.", F("political_opinion"), None),
        ("{p.given} told colleagues that {p.he} is a Plaid Cymru member and supports Welsh independence.",
         F("political_opinion"), None),
        ("{p.full} posted on the staff forum that {p.he} is a Reform UK supporter.", F("political_opinion"), None),
    ],
    "genetic": [
        ("{p.given}'s BRCA1 genetic test result was forwarded to Occupational Health.", F("genetic"), None),
        ("{p.full} tested positive for a BRCA2 variant and has been referred for risk-reducing surgery.",
         F("genetic", "health"), None),
        ("A whole-genome sequencing report for {p.tfull} was attached to the insurance claim in error.",
         F("genetic"), None),
        ("Genetic screening showed that {p.full} carries the HFE haemochromatosis mutation; {p.he} now has "
         "regular venesection.", F("genetic", "health"), None),
        ("The DNA sample provided by {p.full} for the paternity test has been returned by the laboratory.",
         F("genetic"), None),
        ("{p.tsur} shared {p.his} genetic test report (cystic fibrosis carrier status) with the team leader.",
         F("genetic"), None),
    ],
    "biometric": [
        ("{p.given}'s fingerprint template was enrolled for the door system.", F("biometric"), None),
        ("A facial recognition template for {p.full} was registered on the clocking-in terminal.",
         F("biometric"), None),
        ("{p.tsur}'s voiceprint was enrolled for telephone banking verification.", F("biometric"), None),
        ("An iris scan for {p.full} was enrolled at the data centre entrance.", F("biometric"), None),
        ("{p.given} objected to the palm-vein scanner, so {p.his} template has been deleted and a PIN issued.",
         F("biometric"), None),
    ],
    "sex_life_orientation": [
        ("{p.given} mentioned {p.his} same-sex partner.", F("sex_life_orientation"), None),
        ("{p.full} is gay and asked that this is not shared with the wider team.", F("sex_life_orientation"), None),
        ("{p.tsur} told HR that {p.he} is bisexual and has had comments about it on shift.",
         F("sex_life_orientation"), None),
        ("{p.full} reported homophobic remarks after mentioning {p.his} husband at the team lunch.",
         F("sex_life_orientation"), "m"),
        ("{p.full} told {p.his} manager that she is a lesbian and asked for the LGBT+ network contact.",
         F("sex_life_orientation"), "f"),
    ],
    "racial_ethnic_origin": [
        ("{p.full} reported racist comments about {p.his} {p.heritage} heritage.", F("racial_ethnic_origin"), "eth"),
        ("{p.given} (British {p.heritage}) was nominated for the ethnic minority leadership programme.",
         F("racial_ethnic_origin"), "eth"),
        ("{p.tsur} recorded {p.his} ethnic origin as {p.ethnic} on the returned monitoring form.",
         F("racial_ethnic_origin"), None),
        ("{p.given} identifies as a Romany Gypsy and asked for this to be recorded correctly.",
         F("racial_ethnic_origin"), "english"),
    ],
    "criminal_offence": [
        ("Enhanced DBS disclosure for {p.full} shows a caution for theft (2015).", F("criminal_offence"), None),
        ("{p.tsur} was arrested on suspicion of drink-driving on {date} and has been released on bail.",
         F("criminal_offence"), None),
        ("{p.full} disclosed an unspent conviction for fraud (2021) on {p.his} application form.",
         F("criminal_offence"), None),
        ("{p.given} was convicted of speeding in March and has six points on {p.his} licence.",
         F("criminal_offence"), None),
        ("{p.full} received a conditional discharge for criminal damage at Reading Magistrates' Court.",
         F("criminal_offence"), None),
        ("{p.given} is subject to a restraining order following a harassment conviction.",
         F("criminal_offence"), None),
    ],
}

# Addressed to the person ("you"); the person is named in the address block.
SECOND = {
    "health": [
        "Thank you for sending your fit note dated {date}, which states that you are unfit for work due to "
        "depression.",
        "As discussed, Occupational Health have recommended a phased return to work following your knee surgery.",
        "We have noted that you have type 1 diabetes and will make sure you can take breaks to check your blood "
        "sugar.",
        "I was very sorry to hear about your cancer diagnosis; please take the time you need.",
    ],
    "religious_belief": [
        "Further to your request, a quiet room will be available for you to pray during Ramadan.",
        "We have approved your request not to work Friday evenings or Saturdays so that you can observe Shabbat.",
    ],
    "trade_union": [
        "As you are a UNISON member, your representative is welcome to attend the meeting with you.",
        "As requested, we will deduct your GMB subscription of £12.50 from your salary each month.",
    ],
    "political_opinion": [
        "Thank you for letting us know that you are standing as a Labour Party candidate in the "
        "[[Reading Borough Council]] elections; the unpaid leave you asked for is approved.",
        "We note your role as a Liberal Democrat councillor and have agreed time off for council duties.",
    ],
    "criminal_offence": [
        "Your enhanced DBS certificate disclosed a caution for theft in 2015. Having discussed it with you, we are "
        "satisfied that it does not affect your appointment.",
        "You told us on {date} that you have been charged with drink-driving and are due to appear at the "
        "magistrates' court.",
    ],
    "genetic": [
        "Occupational Health have received the results of your BRCA1 genetic test and will contact you separately.",
        "We confirm receipt of your genetic test report; it will be held by Occupational Health only.",
    ],
    "biometric": [
        "Your fingerprint template has been enrolled on the new door access system.",
        "As you asked, your facial recognition template has been deleted from the clocking-in terminals.",
    ],
    "sex_life_orientation": [
        "Thank you for telling us about your same-sex partner; we have updated your next-of-kin details and "
        "pension nomination.",
        "I am sorry that you experienced homophobic comments after you told colleagues that you are gay.",
    ],
    "racial_ethnic_origin": [
        "Your complaint that a colleague made racist remarks about your {heritage} heritage has been upheld.",
    ],
}
SUBJECTS = {
    "health": ["Return to work after sickness absence", "Occupational health referral", "Reasonable adjustments"],
    "religious_belief": ["Your request for time off for religious observance", "Flexible working request"],
    "trade_union": ["Union subscription deductions", "Invitation to a formal meeting"],
    "political_opinion": ["Request for leave for public duties", "Time off for council duties"],
    "criminal_offence": ["DBS certificate", "Disclosure of a criminal charge"],
    "genetic": ["Confidential medical information", "Occupational health records"],
    "biometric": ["Door access system", "Clocking-in terminals"],
    "sex_life_orientation": ["Next-of-kin and pension nomination", "Your complaint of harassment"],
    "racial_ethnic_origin": ["Outcome of your grievance"],
}

NEUTRAL3 = [
    "{p.full} has booked annual leave from {date} to {date2}.",
    "{p.given} was appointed first aider for the second floor.",
    "A staff photo for {p.full}'s ID badge was taken at reception.",
    "{p.tsur} completed the health and safety induction on {date}.",
    "{p.given} will lead the [[Summer term]] fire drill.",
    "{p.full} raised a grievance about the car park allocation at [[Bath Road]].",
    "{p.given} has been issued a new laptop and mobile phone.",
    "{p.tfull} attended the Mental Health First Aid course as a trainer, not as a participant.",
    "{p.given} organised the Christmas party and collected money for a [[John Lewis]] gift card.",
    "{p.full}'s right-to-work check has been completed; passport seen and copied.",
    "{p.given} has moved to the Swindon office and will hot-desk on Tuesdays.",
    "{p.full} passed probation on {date}.",
    "{p.tsur} asked for a copy of {p.his} contract and last three payslips.",
    "{p.given} is the fire warden for the ground floor.",
    "{p.full} has returned the DBS application form; the check has not come back yet.",
    "{p.given} is a parent governor at [[St Mary's School]] and has asked for two afternoons off a term.",
    "{p.tsur} collected the leaving gift ([[John Lewis]] vouchers) for the finance team.",
]
NEG_LETTERS = {
    "Offer of employment": [
        "I am pleased to confirm your appointment as {job}, starting on {date}.",
        "Your annual salary will be £{salary}, paid monthly in arrears.",
        "Please bring your passport on your first day so that we can complete the right-to-work check.",
    ],
    "Change of address": [
        "Thank you for letting us know your new address; our records have been updated.",
        "Please also check that your bank details are correct on the self-service portal.",
    ],
    "Annual leave": [
        "Your request for annual leave from {date} to {date2} has been approved.",
        "You will have {days} days of leave left for this leave year.",
    ],
    "Invitation to a probation review": [
        "Your probation review meeting will take place on {date} at 10:00.",
        "We will discuss your objectives, your training plan and any support you need.",
    ],
    "Invitation to a disciplinary meeting": [
        "You are invited to a disciplinary meeting on {date} at 14:00 to discuss the allegation that you did not "
        "follow the cash-handling procedure.",
        "You have the right to be accompanied by a trade union representative or a work colleague.",
        "A copy of the investigation report is enclosed.",
    ],
    "Return of company equipment": [
        "Following your resignation, please return your laptop, phone and security pass.",
        "[[Grace period]]: you have 14 days from your last day to return them before the cost is deducted from "
        "your final pay.",
    ],
}
FOLLOW2 = [
    "This information will be kept confidential and stored on your HR file only.",
    "If you would like to talk about any of this, I am happy to meet at a time that suits you.",
    "Only HR and your line manager will be told what they need to know.",
]


def ctx_common() -> dict:
    d = datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randint(0, 1000))
    d2 = d + datetime.timedelta(days=rng.randint(2, 14))
    return {"date": rdate(0, d), "date2": rdate(0, d2), "days": rng.randint(3, 18), "salary": f"{rng.randint(22, 48)},{rng.choice(['000', '500'])}",
            "job": rng.choice(JOBS)}


def write_third_fact(doc: Doc, cat: str, p: Person | None = None, end: str = "\n") -> Person:
    choices = [x for x in THIRD[cat] if p is None or meets(p, x[2])]
    tmpl, cats, req = rng.choice(choices)
    if p is None:
        p = doc.pick(req)
    doc.fact(tmpl, cats, end=end, p=p, **ctx_common())
    return p


# ---------------------------------------------------------------------------
# Document generators
# ---------------------------------------------------------------------------

def signature(doc: Doc, s: Person, closing: str, job: str) -> None:
    doc.line(closing)
    doc.line()
    doc.line("{s.sig}", s=s)
    doc.line(job)
    doc.line(ORG)


def gen_letter(doc: Doc, cats: list[str]) -> None:
    s = doc.pick()
    kind = rng.choice(["employee", "employee", "referral"]) if cats else rng.choice(["employee", "reference"])
    if cats and any(c not in SECOND for c in cats):
        kind = "referral"
    c = ctx_common()
    doc.line(ORG)
    doc.line("Human Resources, 2 [[Victoria Street]], Reading")
    doc.line()
    doc.line(rdate())
    doc.line()
    if kind == "employee":
        p = doc.pick("eth" if "racial_ethnic_origin" in cats else None)
        street, town = rng.choice(ADDRESSES)
        doc.line("PRIVATE AND CONFIDENTIAL")
        doc.line(rng.choice(["{p.tfull}", "{p.tinit}"]), p=p)
        doc.line(street)
        doc.line(town)
        doc.line()
        informal = rng.random() < 0.4
        doc.line("Dear {p.dear}," if informal else "Dear {p.tsur},", p=p)
        doc.line()
        subj = rng.choice(SUBJECTS[cats[0]]) if cats else rng.choice(sorted(NEG_LETTERS))
        doc.line(f"Re: {subj}")
        doc.line()
        for cat in cats:
            # the person is named in the address block; the fact is about them
            doc.fact(rng.choice(SECOND[cat]), F(cat), about=p, heritage=p.heritage, **c)
        for tmpl in (rng.sample(FOLLOW2, rng.randint(1, 2)) if cats else NEG_LETTERS[subj]):
            doc.line(tmpl, **c)
        doc.line()
        doc.line(rng.choice(["If you have any questions, please contact me directly on {ph}.",
                             "Please let me know if anything in this letter is unclear."]), ph=phone())
        doc.line()
        signature(doc, s, "Kind regards," if informal else "Yours sincerely,", rng.choice(SENDER_JOBS))
    elif kind == "referral":
        q = doc.pick()
        p = doc.pick("eth" if "racial_ethnic_origin" in cats else None)
        oh = bool({"health", "genetic"} & set(cats))
        doc.line("{q.tfull}", q=q)
        doc.line("Occupational Health Services, Kennet House" if oh else "Harbourside Employment Law LLP")
        doc.line("London EC1A 1BB")
        doc.line()
        doc.line("Dear {q.tsur},", q=q)
        doc.line()
        doc.line("Re: {p.tfull}, {job}", p=p, job=rng.choice(JOBS))
        doc.line()
        if oh:
            doc.line("I am writing to refer the above employee for an assessment, with {p.his} consent.", p=p)
        else:
            doc.line("Further to our call, here is the background you asked for on the above employee.")
        for cat in cats:
            write_third_fact(doc, cat, p)
        doc.line(rng.choice(NEUTRAL3), p=p, **c)
        if oh:
            doc.line("Please let me know whether {p.given} is fit to carry out {p.his} full duties and whether any "
                     "adjustments are advised.", p=p)
        else:
            doc.line("Please advise on the next steps; I have told {p.given} that we are taking advice.", p=p)
        doc.line()
        signature(doc, s, "Yours sincerely,", rng.choice(SENDER_JOBS))
    else:  # reference letter, no special category
        p = doc.pick()
        doc.line("To whom it may concern")
        doc.line()
        doc.line("Reference: {p.full}", p=p)
        doc.line()
        start = datetime.date(2016, 1, 1) + datetime.timedelta(days=rng.randint(0, 2000))
        doc.line("I confirm that {p.full} worked for " + ORG + " as a {job} from {d1} to {d2}.", p=p,
                 job=rng.choice(JOBS), d1=rdate(0, start),
                 d2=rdate(0, start + datetime.timedelta(days=rng.randint(300, 2000))))
        doc.line("{p.He} was reliable, punctual and well liked by colleagues, and {p.his} attendance was "
                 "satisfactory.", p=p)
        doc.line("{p.tsur} left of {p.his} own accord and we would re-employ {p.him}.", p=p)
        doc.line("If you need an academic reference, please contact the [[Dean of the faculty]] directly.")
        doc.line()
        signature(doc, s, "Yours faithfully,", rng.choice(SENDER_JOBS))


def gen_email(doc: Doc, cats: list[str]) -> None:
    s, r = doc.pick(), doc.pick()
    style = rng.choice(["disp", "disp", "dispc"])
    doc.line("From: {s." + style + "}", s=s)
    doc.line("To: {r." + style + "}", r=r)
    cc = None
    if rng.random() < 0.4:
        cc = doc.pick()
        doc.line("Cc: {c." + style + "}", c=cc)
    elif rng.random() < 0.3:
        doc.line("Cc: hr-casework@example.com")
    sent, sent_dt = email_date()
    doc.line(f"Date: {sent}")
    subj = rng.choice(["Case notes", "Following our call", "Confidential", "Before the panel"] if cats else
                      ["Catch-up", "Quick update", "Rota for next week", "Team update"])
    doc.line(f"Subject: {'RE: ' if rng.random() < 0.4 else ''}{subj}")
    doc.line()
    doc.line(rng.choice(["Hi {r.dear},", "Dear {r.dear},", "{r.dear} -"]), r=r)
    doc.line()
    c = ctx_common()
    if cats:
        p = doc.pick("eth" if "racial_ethnic_origin" in cats else None)
        doc.line(rng.choice(["A quick note for the file after my meeting with {p.tfull} today.",
                             "Following up on {p.full}'s case, as promised.",
                             "Just so you are aware before the panel next week, regarding {p.full}:"]), p=p)
        for cat in cats:
            write_third_fact(doc, cat, p)
        if rng.random() < 0.5:
            doc.line(rng.choice(NEUTRAL3), p=p, **c)
        doc.line("Please keep this confidential and do not forward it outside HR.")
    else:
        topics = [
            "Can we move our one-to-one to Thursday? [[We will review it in May]] if the new rota isn't working.",
            "The fire drill is booked for {date}; please remind your team to [[Mark the register]] at the assembly "
            "point.",
            "I've attached the updated [[Sickness Absence Policy]] for comment; no personal details in it.",
            "The [[Data Protection Officer]] has asked everyone to complete the e-learning by the end of the month.",
            "Reception will be closed on {date} while the new doors are fitted.",
            "[[Grace period]] for expenses claims ends on Friday; after that they go into next month's payroll.",
            "The blood donation session is at [[Royal Berkshire Hospital]] on {date}; sign up at reception.",
            "We're sponsoring the [[St Mary's School]] fun run again this year.",
        ]
        for tmpl in rng.sample(topics, 2):
            doc.line(tmpl, **c)
        p = doc.pick()
        doc.line(rng.choice(NEUTRAL3), p=p, **c)
    if rng.random() < 0.35:
        doc.line()
        doc.line("[[Will do]] - I'll pick this up tomorrow.")
    doc.line()
    closing = rng.choice(["Thanks,", "Kind regards,", "Best wishes,", "Many thanks,"])
    doc.line(closing)
    if rng.random() < 0.5:
        doc.line("{s.given}", s=s)
        doc.line()
    doc.line("{s.sig}", s=s)
    doc.line(rng.choice(SENDER_JOBS))
    doc.line(ORG + " | " + phone())
    if rng.random() < 0.3:
        doc.line()
        doc.line("On {d}, {r.full} <{r.email}> wrote:", r=r, d=email_date(sent_dt)[0])
        doc.line("> Thanks {s.dear}, can you send me the notes when you have a minute?", s=s)


def gen_hrnote(doc: Doc, cats: list[str]) -> None:
    p = doc.pick("eth" if "racial_ethnic_origin" in cats else None)
    s = doc.pick()
    doc.dotted = rng.random() < 0.3
    doc.line(rng.choice(["FILE NOTE - CONFIDENTIAL", "HR CASE NOTE", "Record of conversation"]))
    doc.line()
    doc.line(rng.choice(["Employee: {p.comma} (payroll no. {num})", "Name: {p.full}", "Employee: {p.tfull}"]),
             p=p, num=rng.randint(10000, 99999))
    doc.line("Department: {d}", d=rng.choice(["Warehouse", "Finance", "Customer Services", "Facilities", "IT"]))
    doc.line("Date: {d}", d=rdate(1))
    doc.line("Recorded by: {s.full}, {job}", s=s, job=rng.choice(SENDER_JOBS))
    doc.line()
    c = ctx_common()
    doc.line(rng.choice(["Met {p.given} in the small meeting room at {p.his} request.",
                         "Telephone call with {p.tsur} this morning.",
                         "Informal catch-up with {p.given} after the team briefing."]), p=p)
    for cat in cats:
        write_third_fact(doc, cat, p)
    for tmpl in rng.sample(NEUTRAL3, rng.randint(1, 2) if cats else rng.randint(2, 3)):
        doc.line(tmpl, p=p, **c)
    if rng.random() < 0.4:
        q = doc.pick()
        doc.line("{q.tsur} from Payroll will be copied in on the outcome.", q=q)
    doc.line()
    doc.line(rng.choice(["Next steps: [[We will review it in May]].", "Next steps: follow-up meeting in four weeks.",
                         "No further action at this stage."]))


SICK_REASONS = [
    ("Gastroenteritis", "Self-cert"), ("Migraine", "Self-cert"), ("Chest infection", "Fit note"),
    ("Stress at work", "Fit note"), ("Lower back pain", "Fit note"), ("Flu", "Self-cert"),
    ("Depression", "Fit note"), ("Post-operative recovery (hip)", "Fit note"), ("COVID-19", "Self-cert"),
    ("Anxiety", "Fit note"), ("Pregnancy-related sickness", "Fit note"), ("Tonsillitis", "Self-cert"),
]


def gen_sickness(doc: Doc, cats: list[str]) -> None:
    p, m = doc.pick(), doc.pick()
    year = rng.choice([2024, 2025, 2026])
    doc.line(f"SICKNESS ABSENCE RECORD {year}")
    doc.line("Managed under the [[Sickness Absence Policy]] (version 4)")
    doc.line()
    doc.line(rng.choice(["EMPLOYEE NAME: {p.caps}", "SURNAME: {p.capsur}    FORENAME(S): {p.capgiv}",
                         "EMPLOYEE: {p.capcomma}"]), p=p)
    doc.line(f"EMPLOYEE NO: E{rng.randint(1000, 9999)}")
    doc.line("LINE MANAGER: {m.tfull}", m=m)
    doc.line()
    if not cats:
        doc.line("No sickness absence recorded in this period.")
        doc.line("Bradford factor: 0")
        doc.line()
        doc.line("Reviewed by {m.full} on {d}.", m=m, d=rdate())
        return
    doc.line("FROM        TO          DAYS  REASON                           CERTIFICATE")
    reasons = [r for r in SICK_REASONS if p.sex == "f" or "Pregnancy" not in r[0]]
    total, spells = 0, rng.randint(1, 5)
    starts = sorted(rng.sample(range(0, 330, 20), spells))
    for start in starts:
        d = datetime.date(year, 1, 1) + datetime.timedelta(days=start + rng.randint(0, 4))
        n = rng.randint(1, 15)
        total += n
        reason, cert = rng.choice(reasons)
        end = d + datetime.timedelta(days=n - 1)
        doc.fact(f"{d:%d/%m/%Y}  {end:%d/%m/%Y}  {n:<4}  {reason:<32} {cert}", F("health"), about=p)
    doc.line()
    doc.line(f"Total days lost: {total}    Spells: {spells}    Bradford factor: {spells * spells * total}")
    doc.line()
    doc.line(rng.choice(["Notes: {p.given} has been referred to Occupational Health.",
                         "Notes: return-to-work interview held with {p.given} after each spell.",
                         "Notes: trigger point reached; stage 1 meeting with {p.tsur} arranged."]), p=p)


RELIGIONS = {
    "south_asian": ["Muslim", "Hindu", "Sikh"], "polish": ["Christian (Roman Catholic)"],
    "irish": ["Christian (Roman Catholic)"], "chinese": ["Buddhist", "Christian"],
    "west_african": ["Christian", "Muslim"], "caribbean": ["Christian (Pentecostal)", "Rastafarian"],
}
ORIENTATIONS = ["Heterosexual or straight", "Gay or lesbian", "Bisexual", "Heterosexual or straight"]
DISABILITIES = ["Yes - dyslexia", "Yes - type 2 diabetes", "Yes - hearing impairment", "Yes - multiple sclerosis",
                "Yes - long-term depression"]


def gen_equality(doc: Doc, cats: list[str]) -> None:
    """`cats` lists the fields the applicant answered; the rest say 'Prefer not to say'."""
    p = doc.pick()
    doc.line("EQUALITY AND DIVERSITY MONITORING FORM")
    doc.line(f"Vacancy: {rng.choice(JOBS)} (ref {rng.choice('ABCDEFG')}{rng.randint(100, 999)})")
    doc.line("This form is kept separately from your application and is not seen by the shortlisting panel.")
    doc.line()
    doc.line(rng.choice(["Name: {p.full}", "NAME: {p.caps}", "SURNAME: {p.capsur}   FORENAME(S): {p.capgiv}"]), p=p)
    doc.line("Age group: {a}", a=rng.choice(["16-24", "25-34", "35-44", "45-54", "55-64"]))
    doc.line("Gender: {g}", g=p.attr("gender"))
    pnts = "Prefer not to say"
    if "racial_ethnic_origin" in cats:
        doc.fact("Ethnic origin: {e}", F("racial_ethnic_origin"), about=p, e=p.ethnic)
    else:
        doc.line("Ethnic origin: " + pnts)
    if "religious_belief" in cats:
        doc.fact("Religion or belief: {r}", F("religious_belief"), about=p,
                 r=rng.choice(RELIGIONS.get(p.group, ["Christian", "Jewish", "Buddhist"])))
    else:
        doc.line("Religion or belief: " + pnts)
    if "sex_life_orientation" in cats:
        doc.fact("Sexual orientation: {o}", F("sex_life_orientation"), about=p, o=rng.choice(ORIENTATIONS))
    else:
        doc.line("Sexual orientation: " + pnts)
    if "health" in cats:
        doc.fact("Do you consider yourself to have a disability? {d}", F("health"), about=p, d=rng.choice(DISABILITIES))
    else:
        doc.line("Do you consider yourself to have a disability? " + pnts)
    doc.line("Marital or civil partnership status: " + rng.choice(["Married", "Single", pnts]))
    doc.line()
    doc.line("Signed: {p.full}    Date: {d}", p=p, d=rdate(1))


UNIONS = [("UNISON", 14.20), ("GMB", 12.50), ("Unite", 15.10), ("NEU", 18.90), ("RCN", 16.25), ("PCS", 13.40),
          ("Usdaw", 11.80)]


def gen_union(doc: Doc, cats: list[str]) -> None:
    s = doc.pick()
    month = rng.choice(["January", "March", "April", "June", "September", "November"])
    year = rng.choice([2025, 2026])
    rows = rng.randint(5, 14)
    people = [doc.pick() for _ in range(rows)]
    caps = rng.random() < 0.3
    if cats:
        doc.line(f"UNION SUBSCRIPTIONS - PAYROLL DEDUCTIONS {month.upper()} {year}")
        doc.line("Prepared by: {s.full}, Payroll", s=s)
        doc.line()
        doc.line('"Employee","Payroll no","Union","Deduction (£)"')
        total = 0.0
        for p in people:
            union, amt = rng.choice(UNIONS)
            total += amt
            doc.fact('"{p.' + ("capcomma" if caps else "comma") + '}",' + f"{rng.randint(10000, 99999)},{union},"
                     f"{amt:.2f}", F("trade_union"), p=p)
        doc.line()
        doc.line(f"Total: £{total:.2f} ({rows} members)")
        doc.line("Remittances to branch secretaries by the 10th of the following month.")
    else:
        doc.line(f"PAYROLL DEDUCTIONS - CYCLE TO WORK AND GIVE AS YOU EARN {month.upper()} {year}")
        doc.line("Prepared by: {s.full}, Payroll", s=s)
        doc.line()
        doc.line('"Employee","Payroll no","Scheme","Deduction (£)"')
        for p in people:
            scheme, amt = rng.choice([("Cycle to Work", 41.66), ("Give As You Earn", 10.00), ("Season ticket loan",
                                                                                            112.50)])
            doc.line('"{p.' + ("capcomma" if caps else "comma") + '}",' + f"{rng.randint(10000, 99999)},{scheme},"
                     f"{amt:.2f}", p=p)
        doc.line()
        doc.line("Queries to payroll@example.com before the cut-off date.")


DBS_DETAILS = [
    "Caution for theft (shoplifting), 2015, Thames Valley Police.",
    "Conviction for driving with excess alcohol, 2019, Reading Magistrates' Court; 18-month ban.",
    "Conviction for possession of a class B drug, 2012; fine of £150.",
    "Conviction for common assault, 2018; community order, now spent but disclosed on the enhanced check.",
    "Reprimand for criminal damage, 2010 (youth).",
]


def gen_dbs(doc: Doc, cats: list[str]) -> None:
    p, s = doc.pick(), doc.pick()
    doc.line("DBS CHECK RECORD - CONFIDENTIAL")
    doc.line()
    doc.line(rng.choice(["Applicant: {p.full}", "APPLICANT SURNAME: {p.capsur}   FORENAME(S): {p.capgiv}",
                         "Applicant: {p.tfull}"]), p=p)
    doc.line("Post: " + rng.choice(["Teaching Assistant, [[St Mary's School]]", "Care Assistant, Harbourside Care Ltd",
                                    "Driver, Thames Vale Logistics Ltd"]))
    doc.line("Level: Enhanced with barred lists")
    doc.line("ID verified by: {s.full}", s=s)
    if cats:
        doc.line(f"Certificate no: 00{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}")
        doc.line(f"Issued: {rdate()}")
        doc.line("Result: Information disclosed")
        doc.fact("Details: {d}", F("criminal_offence"), about=p, d=rng.choice(DBS_DETAILS))
        doc.line()
        doc.line("Discussed with {p.given} on {d}; {p.he} was open about the circumstances.", p=p, d=rdate())
        doc.line("Risk assessment completed by {s.tsur}. Decision: {dec}.", s=s,
                 dec=rng.choice(["appointment confirmed", "appointment confirmed with supervision for 3 months",
                                 "offer withdrawn"]))
    else:
        doc.line("Status: application submitted {d}; certificate not yet received.", d=rdate())
        doc.line()
        doc.line("{p.given} has been told that {p.he} cannot start unsupervised work until the certificate arrives.",
                 p=p)
    doc.line("Certificate copies must not be kept; record only the number, date and decision.")


CV_FACTS = {
    "religious_belief": ("Volunteer youth leader at the Guru Nanak Gurdwara, Slough; I help run the langar "
                         "kitchen on Sundays.", F("religious_belief")),
    "trade_union": ("Branch secretary, Unite the Union (2019-2023): represented members at grievance hearings.",
                    F("trade_union")),
    "political_opinion": ("Campaign volunteer for the Labour Party at the last two general elections.",
                          F("political_opinion")),
    "health": ("Completed the London Marathon in 2023, two years after treatment for Hodgkin lymphoma.",
               F("health")),
}


def gen_cv(doc: Doc, cats: list[str]) -> None:
    p = doc.pick()
    doc.line(rng.choice(["{p.full}", "{p.caps}", "CURRICULUM VITAE - {p.caps}"]), p=p)
    doc.line("{town} | {ph} | {p.email}", p=p, town=rng.choice(["Reading", "Swindon", "Cardiff", "Leeds", "Luton"]),
             ph=phone())
    doc.line()
    doc.line("PROFILE")
    doc.line(rng.choice(["Experienced payroll professional with CIPP qualifications.",
                         "Customer-focused team leader with eight years in logistics.",
                         "Recent graduate looking for a first role in HR."]))
    doc.line()
    doc.line("EXPERIENCE")
    doc.line(f"{rng.randint(2019, 2022)}-present   {rng.choice(JOBS)}, {ORG}, Reading")
    doc.line(f"{rng.randint(2012, 2016)}-{rng.randint(2017, 2019)}   " + rng.choice(
        [f"{rng.choice(JOBS)}, {rng.choice(ORGS_PLAIN)}", "Teaching Assistant, [[St Mary's School]], Reading",
         "Healthcare Assistant, [[Royal Berkshire Hospital]]"]))
    doc.line("- Managed a team of six; introduced a new rota system.")
    doc.line()
    doc.line("EDUCATION")
    doc.line("BA (Hons) Business Management, University of Reading, 2:1")
    doc.line()
    doc.line("INTERESTS")
    doc.line(rng.choice(["Running, cooking and five-a-side football.", "Photography and hill walking.",
                         "Volunteering at the local food bank."]))
    for cat in cats:
        tmpl, fc = CV_FACTS[cat]
        doc.fact(tmpl, fc, about=p)
    doc.line()
    doc.line("REFERENCES")
    if rng.random() < 0.5:
        r = doc.pick()
        doc.line("{r.tfull}, {job}, {org}", r=r, job=rng.choice(SENDER_JOBS), org=rng.choice(ORGS_PLAIN))
    else:
        doc.line("Available on request; academic reference from the [[Dean of the faculty]].")


def gen_minutes(doc: Doc, cats: list[str], kind: str) -> None:
    a, b, c_, d = doc.pick(), doc.pick(), doc.pick(), doc.pick()
    title = {"hs": "Health and Safety Committee", "jcc": "Joint Consultative Committee",
             "case": "Case Review Panel", "wellbeing": "Wellbeing Group", "project": "Office Move Project Board"}[kind]
    met = datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randint(0, 900))
    doc.line(f"{title} - Minutes")
    doc.line(f"Date: {rdate(0, met)}    Venue: Meeting Room 2, [[Bath Road]] office")
    doc.line("Attendees: {a.full} (Chair), {b.full}, {c.tfull}, {d.full} (minutes)", a=a, b=b, c=c_, d=d)
    apologies = rng.choice(["Apologies: {e.tinit}", "Apologies: {e.full}", "Apologies: none"])
    doc.line(apologies, e=doc.pick() if "{e." in apologies else None)
    doc.line()
    doc.line("1. Minutes of the last meeting were approved.")
    ctx = ctx_common()
    ctx["date"] = rdate(0, met + datetime.timedelta(days=rng.randint(7, 21)))
    if kind == "hs":
        doc.line("2. The Health and Safety Policy was reviewed; no changes apart from the new contractor section.")
        doc.line("3. Accident book: two minor cuts in the warehouse, both treated on site. No RIDDOR reports.")
        doc.line("4. Vehicle checks. Drivers were reminded:")
        doc.line("   - [[Jack the car up]] only on level ground, using the axle stands provided.")
        doc.line("   - Report tyre damage before the vehicle leaves the yard.")
        doc.line("5. Fire drill on {date}. Wardens to:", **ctx)
        doc.line("   - [[Mark the register]] at the assembly point and hand it to the fire marshal.")
        doc.line("6. First aid: {b.given} has renewed {b.his} certificate; one more first aider needed upstairs.", b=b)
        doc.line()
        doc.line("Actions: {c.given} to order new first aid kits; {d.given} to circulate the revised policy.",
                 c=c_, d=d)
    elif kind == "jcc":
        doc.line("2. Pay review: management and union sides agreed to meet again after the budget is set.")
        if cats:
            doc.fact("3. {b.full} attended as UNISON branch secretary and {c.given} as the GMB steward.",
                     F("trade_union"), b=b, c=c_)
        else:
            doc.line("3. Facility time arrangements under the recognition agreement were confirmed.")
        doc.line("4. The revised [[Sickness Absence Policy]] will go to consultation; [[We will review it in May]].")
        doc.line("5. Canteen: halal and vegetarian options to be labelled more clearly.")
        doc.line()
        doc.line("Actions: {a.given} to circulate the pay proposal; {d.given} to book the next meeting.", a=a, d=d)
    elif kind == "case":
        doc.line("2. Cases discussed (confidential):")
        for cat in cats:
            p = doc.pick("eth" if cat == "racial_ethnic_origin" else None)
            doc.w("   - {p.full} ({dept}): ", p=p, dept=rng.choice(["Finance", "Warehouse", "IT", "Facilities"]))
            write_third_fact(doc, cat, p)
        q = doc.pick()
        doc.line("   - " + rng.choice(NEUTRAL3), p=q, **ctx)
        doc.line("3. The panel agreed that the [[Data Protection Officer]] should check the retention dates.")
        doc.line()
        doc.line("Actions: {b.given} to write to each employee with the outcome.", b=b)
    elif kind == "wellbeing":
        doc.line("2. Mental Health Awareness Week: lunchtime walks and a talk from the EAP provider.")
        doc.line("3. Menopause support: the group will publish guidance; no individual cases were discussed.")
        doc.line("4. Christmas party: venue booked; [[Marks & Spencer]] vouchers agreed for the raffle.")
        doc.line("5. Quiet room: available for prayer, reflection or rest; booking through reception.")
        doc.line()
        doc.line("Actions: {a.given} to publicise the walks.", a=a)
    else:  # project
        doc.line("2. Removal company confirmed for {date}; crates delivered the week before.", **ctx)
        doc.line("3. Parking at [[Victoria Street]] reduced to 40 spaces during the works.")
        doc.line("4. Data protection: paper HR files to be boxed and sealed by {b.given}'s team.", b=b)
        doc.line()
        doc.line("Actions: {c.tsur} to update the floor plan.", c=c_)
    doc.line()
    doc.line(f"Next meeting: {rdate(0, met + datetime.timedelta(days=rng.choice([28, 35, 42, 56, 91])))}")


# ---------------------------------------------------------------------------
# Negatives: policies, guidance, training, news, menus
# ---------------------------------------------------------------------------

POLICIES: list[tuple[str, list[str]]] = [
    ("Data Protection Policy", [
        "1. Purpose",
        "This policy explains how {org} processes personal data under the UK GDPR and the Data Protection Act 2018.",
        "2. Special category data",
        "Special category data includes health, racial or ethnic origin, political opinions, religious or "
        "philosophical beliefs, trade union membership, genetic and biometric data, and data about a person's sex "
        "life or sexual orientation.",
        "We process sickness absence records under Article 9(2)(b) and Schedule 1, paragraph 1 of the DPA 2018.",
        "Criminal offence data is processed only where Article 10 and Schedule 1 allow it.",
        "3. Responsibilities",
        "Questions about this policy should go to the [[Data Protection Officer]].",
    ]),
    ("Appropriate Policy Document: Special Category and Criminal Offence Data", [
        "This document meets the requirement in Schedule 1, Part 4 of the Data Protection Act 2018.",
        "Conditions relied on: employment, social security and social protection (Schedule 1, para 1); "
        "equality of opportunity or treatment (para 8); preventing or detecting unlawful acts (para 10).",
        "Categories processed: health data (sickness absence, occupational health reports), racial or ethnic "
        "origin, religious belief and sexual orientation (equality monitoring, held anonymously where possible), "
        "trade union membership (check-off), biometric data (door access), and criminal offence data (DBS checks).",
        "Retention: see the HR retention schedule. Equality monitoring data is anonymised after shortlisting.",
        "Review: this document is reviewed annually by the [[Data Protection Officer]].",
    ]),
    ("Sickness Absence Policy", [
        "1. Reporting absence",
        "Employees must phone their line manager before 09:00 on the first day of absence.",
        "2. Evidence",
        "Absences of up to seven calendar days may be self-certified. After that a fit note is required.",
        "3. Return to work",
        "A return-to-work interview is held after every absence. Managers must not record diagnoses beyond what "
        "the employee chooses to share.",
        "4. Trigger points",
        "Three spells or ten days in a rolling twelve-month period trigger a stage 1 review.",
        "5. Occupational Health",
        "Managers may refer an employee to Occupational Health with the employee's consent.",
    ]),
    ("Equality, Diversity and Inclusion Policy", [
        "{org} will not discriminate on the grounds of age, disability, gender reassignment, marriage and civil "
        "partnership, pregnancy and maternity, race, religion or belief, sex or sexual orientation.",
        "Equality monitoring data is collected on a voluntary basis and every question has a 'prefer not to say' "
        "option.",
        "Monitoring forms are separated from applications and are never seen by shortlisting panels.",
        "Aggregated results are reported to the board each year; no individual can be identified.",
        "Complaints of discrimination should be raised under the grievance procedure.",
    ]),
    ("Trade Union Recognition and Facilities Agreement", [
        "{org} recognises UNISON and GMB for collective bargaining on pay and conditions.",
        "Accredited representatives are entitled to reasonable paid time off for union duties.",
        "Union subscriptions can be deducted from pay (check-off) on written request by the member.",
        "Membership information is special category data and is shared with payroll only for check-off.",
        "The agreement can be ended by either side on six months' notice.",
    ]),
    ("Recruitment of Ex-Offenders and DBS Checks", [
        "Some roles require a basic, standard or enhanced DBS check. The level is set in the job description.",
        "Having a criminal record will not necessarily bar anyone from working with us.",
        "Disclosures are discussed with the applicant before any decision is made.",
        "Certificate information is criminal offence data under Article 10 UK GDPR. We record only the "
        "certificate number, date of issue and the recruitment decision, and we do not keep copies.",
        "Only the HR Manager and the recruiting manager may see disclosure information.",
    ]),
    ("Religious Observance and Time Off", [
        "We will try to accommodate requests for time off or flexible hours for religious festivals and prayer.",
        "Requests are handled like any other flexible working or leave request and should be made in good time.",
        "A quiet room on the first floor is available for prayer or reflection.",
        "Managers must not ask about an employee's religion or belief beyond what is needed to handle a request.",
    ]),
    ("Biometric Access Control: Data Protection Impact Assessment (Summary)", [
        "Proposal: replace swipe cards at the data centre with fingerprint readers.",
        "Biometric data used to identify people uniquely is special category data under Article 9.",
        "Lawful basis: Article 6(1)(f); condition: explicit consent under Article 9(2)(a), with a swipe card "
        "offered to anyone who does not consent.",
        "Templates are stored on the reader only, never as images, and are deleted within 7 days of leaving.",
        "Residual risk: low. Sign-off by the [[Data Protection Officer]].",
    ]),
    ("Health and Safety Policy Statement", [
        "{org} is committed to providing a safe and healthy workplace for employees, contractors and visitors.",
        "Risk assessments are reviewed annually or after any significant change.",
        "Accidents and near misses must be reported in the accident book on the day they happen.",
        "First aiders and fire wardens are listed on the noticeboard in each building.",
        "Drivers must follow the vehicle safety rules, including the rules on jacking and wheel changes.",
    ]),
    ("Menopause Support Guidance", [
        "This guidance helps managers support colleagues experiencing menopause symptoms.",
        "Adjustments may include desk fans, flexible start times and access to cool drinking water.",
        "Any health information shared with a manager is confidential and stored on the HR file only.",
        "Colleagues can also self-refer to Occupational Health or the Employee Assistance Programme.",
    ]),
    ("HR Records Retention Schedule", [
        "Record | Retention | Reason",
        "Recruitment records (unsuccessful applicants) | 6 months | Equality Act claims",
        "Sickness absence records | 6 years after leaving | Limitation Act",
        "Occupational health reports | 40 years (hazardous substances) or 6 years | COSHH / Limitation Act",
        "DBS decision records | until the decision is made, then number and date only | Code of Practice",
        "Union check-off authorisations | while deductions continue | Trade Union and Labour Relations Act",
        "[[Grace period]]: records are deleted within one month of the end of the retention period.",
    ]),
    ("Privacy Notice for Job Applicants", [
        "We collect your name, contact details, CV, references and right-to-work documents.",
        "If you choose to complete the equality monitoring form, we use that information only for statistics.",
        "If the role needs a DBS check, we will process criminal offence data as set out in our ex-offenders "
        "policy.",
        "We keep unsuccessful applications for six months.",
        "You can contact our [[Data Protection Officer]] at dpo@example.com.",
    ]),
    ("Grievance Procedure", [
        "Stage 1: raise the concern informally with your line manager.",
        "Stage 2: put your grievance in writing to HR; a meeting will be held within 10 working days.",
        "You may be accompanied by a trade union representative or a work colleague.",
        "Stage 3: you may appeal in writing within 5 working days of the outcome.",
        "Grievance records are kept for 6 years after the case closes.",
    ]),
    ("Disciplinary Procedure", [
        "This procedure applies to all employees who have completed their probation period.",
        "Examples of gross misconduct include theft, fraud, violence and being unfit for work through alcohol or "
        "drugs.",
        "If an employee is charged with or convicted of a criminal offence, this is not in itself a reason for "
        "disciplinary action; we will consider the effect on the employee's role.",
        "Employees have the right to be accompanied at any formal meeting.",
    ]),
    ("Flexible Working Policy", [
        "All employees may request flexible working from their first day of employment.",
        "Requests are considered fairly and decided within two months.",
        "Examples include compressed hours, term-time working and changes to start and finish times.",
        "[[We will review it in May]], once the new statutory code has been published.",
    ]),
    ("Whistleblowing Policy", [
        "Workers who raise concerns about wrongdoing in the public interest are protected by law.",
        "Concerns may be raised with a line manager, the Finance Director or the Chair of the Audit Committee.",
        "Reports are investigated confidentially; the identity of the person raising a concern is protected.",
        "Anonymous reports can be made through the external hotline.",
    ]),
    ("CCTV Policy", [
        "CCTV operates at the [[Bath Road]] and [[Victoria Street]] sites for security and safety.",
        "Cameras do not use facial recognition and are not used to monitor performance.",
        "Footage is kept for 30 days unless needed for an investigation.",
        "Requests for footage are handled by the [[Data Protection Officer]].",
    ]),
    ("Occupational Health Referral: Guidance for Managers", [
        "Discuss the referral with the employee first and explain why it is being made.",
        "The employee must consent to the referral and to the report being shared with you.",
        "Ask specific questions, for example whether adjustments are recommended or when a return is likely.",
        "Do not ask for a diagnosis. Store the report on the confidential HR file, not in team folders.",
        "Referrals to [[Royal Berkshire Hospital]] specialists are made by the employee's GP, not by us.",
    ]),
    ("Political Activity and Social Media Policy", [
        "Employees are free to hold and express political views in their own time.",
        "Staff in politically restricted posts may not stand for election or canvass on behalf of a party.",
        "Do not use company accounts or equipment to promote a political party or campaign.",
        "Time off for public duties, such as serving as a councillor or magistrate, is covered by the leave policy.",
    ]),
    ("Genetic Testing Statement", [
        "{org} does not ask employees or applicants to take genetic tests and does not use genetic test results "
        "in recruitment, promotion or insurance decisions.",
        "Genetic data is special category data under Article 9 UK GDPR.",
        "If genetic information is sent to us by mistake it will be returned or securely destroyed and the "
        "[[Data Protection Officer]] informed.",
    ]),
    ("Dignity at Work Policy", [
        "Bullying and harassment, including harassment related to race, religion or belief, sex, sexual "
        "orientation, disability or age, will not be tolerated.",
        "Examples include offensive jokes, name-calling, exclusion and unwanted comments about appearance.",
        "Anyone who experiences or witnesses harassment should report it to their manager or to HR.",
        "Complaints will be handled under the grievance or disciplinary procedure as appropriate.",
    ]),
    ("Subject Access Request Procedure", [
        "Anyone can ask for a copy of the personal data we hold about them.",
        "Requests are logged on the day they arrive and answered within one month.",
        "Before releasing health, criminal offence or other special category information, check whether an "
        "exemption applies and whether third-party data must be redacted.",
        "The [[Data Protection Officer]] signs off every response.",
    ]),
]


def gen_policy(doc: Doc, title: str, body: list[str], named: bool) -> None:
    doc.line(title.upper() if rng.random() < 0.3 else title)
    doc.line(ORG)
    doc.line()
    for para in body:
        doc.line(para.replace("{org}", ORG))
    doc.line()
    doc.line(f"Version {rng.randint(1, 6)}.{rng.randint(0, 9)}    Approved: {rdate()}")
    if named:
        p = doc.pick()
        doc.line(rng.choice(["Policy owner: {p.full}, Head of People",
                             "Approved by: {p.tfull}, Director of People",
                             "[[Data Protection Officer]]: {p.full} ({p.email})"]), p=p)
    else:
        doc.line("Policy owner: [[Data Protection Officer]]")


TRAINING = [
    ("Data Protection Refresher - Module 3: Special Category Data", [
        "Learning outcomes: by the end of this module you will be able to recognise special category data.",
        "Special category data is personal data revealing racial or ethnic origin, political opinions, religious "
        "or philosophical beliefs, or trade union membership; genetic data; biometric data used for "
        "identification; data concerning health; and data concerning a person's sex life or sexual orientation.",
        "Criminal offence data is treated separately under Article 10.",
        "Quiz: which of these is special category data?",
        "  a) an employee's fit note    b) a staff canteen menu    c) a union check-off list    d) a car park rota",
        "Answer: a) and c).",
        "Remember: the policy itself is not personal data; the records about individuals are.",
    ]),
    ("Manager Training: Handling Sickness Absence", [
        "Scenario: an employee phones in sick on a Monday for the third time this quarter.",
        "Discussion: what should you record? Keep to dates, the reason given and the evidence provided.",
        "Do not speculate about diagnoses in emails or team chats.",
        "Exercise: [[Mark the register]] of attendance for the role-play groups before the break.",
        "Key message: sickness records are health data and must be stored on the HR system only.",
    ]),
    ("Induction: The Equality Act 2010 and Protected Characteristics", [
        "The nine protected characteristics are age, disability, gender reassignment, marriage and civil "
        "partnership, pregnancy and maternity, race, religion or belief, sex and sexual orientation.",
        "Some of these overlap with special category data under the UK GDPR, but not all of them.",
        "Case study: a manager asks a new starter about their religion during a team lunch. What should happen?",
        "Answer: the question is inappropriate; the new starter does not have to answer it.",
    ]),
    ("Toolbox Talk: Vehicle Safety", [
        "Topic: wheel changes in the yard.",
        "[[Jack the car up]] only on level, hard ground and always use axle stands.",
        "Never put any part of your body under a vehicle supported only by a jack.",
        "Report faulty jacks to the workshop supervisor immediately.",
        "Sign-off: trainees complete the attendance sheet at the end of the talk.",
    ]),
]
NEWS = [
    ("Local elections: what to expect", [
        "Polling stations across Berkshire open at 7am on Thursday.",
        "The Labour Party is defending a majority of four seats on [[Reading Borough Council]], while the "
        "Conservatives and Liberal Democrats hope to gain seats in the suburbs.",
        "The [[Green Party]] is standing candidates in every ward for the first time.",
        "Turnout at the last local elections was 32 per cent.",
        "Results are expected from around 2am at the count in the Civic Centre.",
    ]),
    ("Union ballot on pay", [
        "Members of UNISON and GMB working in local government are being balloted over this year's pay offer.",
        "The unions say the offer of 3.2 per cent does not keep pace with inflation.",
        "The employers' side said the offer was fair and affordable.",
        "The ballot closes at the end of the month.",
        "Reporting by the newsroom team.",
    ]),
]
MENUS = [
    ("Staff Canteen - Menu for the Week", [
        "Monday: Lancashire hotpot; vegetable curry (vegan); jacket potatoes.",
        "Tuesday: chicken tikka masala (halal); mushroom stroganoff.",
        "Wednesday: [[Beef Wellington]]; lentil shepherd's pie (vegan).",
        "Thursday: fish and chips; falafel wraps.",
        "Friday: halal and kosher options available on request - please pre-order by Wednesday.",
        "Desserts: [[Victoria sponge]], fruit salad, Eton mess.",
        "Drinks: coffee, [[Earl Grey]] and herbal teas.",
        "Allergen information is available at the till; ask the catering team.",
    ]),
    ("Christmas Lunch Menu", [
        "Starter: spiced parsnip soup or prawn cocktail.",
        "Main: roast turkey with all the trimmings; nut roast (vegetarian); halal chicken and kosher meals by "
        "arrangement.",
        "Dessert: Christmas pudding or [[Victoria sponge]] with custard.",
        "Please tell the catering team about any allergies when you book.",
        "Tickets are on sale at reception until 1 December; [[Grace period]] for cancellations is 48 hours.",
    ]),
]


def gen_text(doc: Doc, title: str, body: list[str]) -> None:
    doc.line(title)
    doc.line()
    for para in body:
        doc.line(para.replace("{org}", ORG))


# ---------------------------------------------------------------------------
# The plan: what each document contains
# ---------------------------------------------------------------------------

# Welfare notes (added for issue 15): a person named in a letter head or
# form and then by given name alone, a colleague with a rare surname written
# as "A. Surname" inside a line or signed after a sign-off, and the wordings
# of observances, places of worship, party membership, conditions, aids and
# medicines that people use. Generated after every other document, and
# without drawing on the random generator while planning, so the earlier
# documents are unchanged.
WELFARE_FACTS = {
    "religious_belief": [
        "{p.given} asked for annual leave over Navratri and Diwali.",
        "{p.given} volunteers at the gurdwara on Sunday mornings and asked not to be rostered then.",
        "{p.given} will be away for Yom Kippur and again for Sukkot.",
        "{p.given} sings in {p.his} parish church choir and asked to avoid Sunday shifts.",
        "{p.given} attends the synagogue on Saturdays and finishes early on Friday in winter.",
        "{p.given} asked for a quiet room for daily prayers during {p.his} shift.",
        "{p.given} is a lay preacher and takes a service once a month.",
        "{p.given} is fasting for Ramadan and would like a later lunch break.",
    ],
    "political_opinion": [
        "{p.given} mentioned that {p.he} is a Liberal Democrat councillor and needs time off for council meetings.",
        "{p.given} is a Green Party member and asked about leave to stand in the local elections.",
        "{p.given} said {p.he} had joined the Scottish Greens last year.",
        "{p.given} is a Labour councillor and chairs the planning committee.",
        "{p.given} said {p.he} votes Conservative and is active in {p.his} constituency association.",
    ],
    "health": [
        "{p.given} has rheumatoid arthritis and uses a walking stick on bad days.",
        "{p.given} takes beta blockers and has a pacemaker check every six months.",
        "{p.given} was diagnosed with sleep apnoea and is waiting for a machine.",
        "{p.given} uses a screen reader and needs documents in accessible formats.",
        "{p.given} has a guide dog, which will need space under the desk.",
        "{p.given} is recovering from a hysterectomy and will return on reduced hours.",
        "{p.given} has psoriasis and asked to be excused from wearing gloves.",
        "{p.given} has an underactive thyroid and takes levothyroxine.",
        "{p.given} wears hearing aids and needs meetings held in a quiet room.",
    ],
}
WELFARE_OPENINGS = [
    "Welfare meeting with {p.full}",
    "Employee: {p.full}",
    "Name: {p.comma}",
]
WELFARE_BY = [
    "The meeting was arranged by {s.init} and held in the small meeting room.",
    "Notes were taken by {s.init} and shared with the employee.",
    "{p.given} was accompanied by {s.init} from the same team.",
]
WELFARE_CLOSINGS = ["Kind regards,", "Best wishes,", "Yours sincerely,"]
POLICY_ADDED = [
    ("Religious Observance Guidance", [
        "Employees may ask for leave for religious festivals such as Diwali, Navratri, Vaisakhi, Eid ul-Adha, "
        "Yom Kippur, Sukkot or Easter.",
        "A quiet room is available for daily prayers; staff who attend a mosque, synagogue, gurdwara or church "
        "during working hours should agree the time with their manager.",
        "Shift swaps for the Sabbath or Sunday services are agreed locally.",
    ]),
    ("Political Activity Guidance", [
        "Staff may be members of any political party, such as the Labour Party, the Conservative and Unionist "
        "Party, the Liberal Democrats, the Green Party, Reform UK, Plaid Cymru or the SNP.",
        "A party member who stands for election, or a councillor, may ask for time off for public duties.",
        "Canvassing and party conference work must not be done in working time.",
    ]),
    ("Reasonable Adjustments Guidance", [
        "Adjustments may include a screen reader, a BSL interpreter, hearing aids and a hearing loop, a walking "
        "stick or a wheelchair space, and time off for appointments for conditions such as rheumatoid "
        "arthritis, sleep apnoea or an underactive thyroid.",
        "Medicines such as beta blockers or levothyroxine need not be declared.",
    ]),
]


def gen_welfare(doc: Doc, cats: list[str]) -> None:
    p = doc.pick()
    s = doc.pick("rare")
    c = doc.pick()
    doc.line("WELFARE MEETING NOTE")
    doc.line()
    doc.line(rng.choice(WELFARE_OPENINGS), p=p)
    doc.line("Date: {d}", d=rdate(1))
    doc.line()
    doc.line(rng.choice(WELFARE_BY), p=p, s=s)
    doc.line("{p.given} said the team had been supportive since {p.his} return.", p=p)
    for cat in cats:
        doc.fact(rng.choice(WELFARE_FACTS[cat]), F(cat), about=p, p=p)
    doc.line("Actions: {c.given} to update the rota and check in with {p.given} in a month.", p=p, c=c)
    doc.line("{c.full} will keep a copy on the personnel file.", c=c)
    doc.line()
    doc.line(rng.choice(WELFARE_CLOSINGS))
    doc.line()
    doc.line("{s.full}", s=s)
    doc.line(rng.choice(SENDER_JOBS))


def plan() -> list[tuple[str, object]]:
    """Return (file name, builder) pairs; the category assignments are fixed here."""
    C = CATEGORIES
    out: list[tuple[str, object]] = []

    def add(prefix: str, specs: list, fn) -> None:
        specs = list(specs)
        rng.shuffle(specs)
        for i, spec in enumerate(specs, 1):
            out.append((f"{prefix}-{i:03d}.txt", (fn, spec)))

    add("letter", [["genetic"], ["biometric"], ["sex_life_orientation"], ["political_opinion"],
                   ["religious_belief"], ["criminal_offence"], ["racial_ethnic_origin"], ["health"],
                   ["trade_union", "health"], ["genetic", "health"], [], [], [], []], gen_letter)
    add("hrnote", [["genetic"], ["biometric"], ["political_opinion"], ["sex_life_orientation"],
                   ["religious_belief"], ["trade_union"], ["racial_ethnic_origin"], ["health"], ["criminal_offence"],
                   ["genetic", "health"], ["religious_belief", "health"], ["political_opinion", "trade_union"],
                   ["biometric"], [], [], []], gen_hrnote)
    add("sickness", [["health"]] * 9 + [[]], gen_sickness)
    add("equality", [["racial_ethnic_origin", "religious_belief", "sex_life_orientation", "health"],
                     ["racial_ethnic_origin", "religious_belief", "sex_life_orientation"],
                     ["racial_ethnic_origin", "sex_life_orientation"], ["racial_ethnic_origin", "health"],
                     ["racial_ethnic_origin"], ["religious_belief"], ["sex_life_orientation", "health"],
                     ["racial_ethnic_origin", "religious_belief"], [], []], gen_equality)
    add("union", [["trade_union"]] * 5 + [[]], gen_union)
    add("dbs", [["criminal_offence"]] * 5 + [[]], gen_dbs)
    add("email", [["genetic"], ["biometric"], ["political_opinion"], ["sex_life_orientation"], ["criminal_offence"],
                  ["racial_ethnic_origin"], ["health"], ["trade_union"], ["biometric", "health"],
                  ["political_opinion", "religious_belief"], ["genetic"], ["political_opinion"],
                  [], [], [], [], []], gen_email)
    add("cv", [["religious_belief"], ["trade_union"], ["political_opinion"], ["health"], [], [], [], []], gen_cv)
    add("minutes", [("hs", []), ("hs", []), ("hs", []), ("jcc", ["trade_union"]), ("jcc", []),
                    ("case", ["genetic", "sex_life_orientation"]), ("case", ["criminal_offence", "health"]),
                    ("case", ["biometric", "racial_ethnic_origin", "political_opinion"]), ("wellbeing", []), ("project", [])],
        lambda d, spec: gen_minutes(d, spec[1], spec[0]))
    pol = [(t, b, i % 2 == 0) for i, (t, b) in enumerate(POLICIES)]
    add("policy", pol, lambda d, spec: gen_policy(d, *spec))
    add("training", TRAINING, lambda d, spec: gen_text(d, *spec))
    add("news", NEWS, lambda d, spec: gen_text(d, *spec))
    add("menu", MENUS, lambda d, spec: gen_text(d, *spec))
    # Added for issue 15, in a fixed order (see WELFARE_FACTS).
    welfare = [["religious_belief"], ["political_opinion"], ["health"], ["religious_belief", "health"],
               ["political_opinion", "health"], ["health"], ["religious_belief"], ["political_opinion"],
               ["health", "religious_belief"], [], ["health"], ["religious_belief", "political_opinion"]]
    for i, spec in enumerate(welfare, 1):
        out.append((f"welfare-{i:03d}.txt", (gen_welfare, spec)))
    for i, (title, body) in enumerate(POLICY_ADDED, len(POLICIES) + 1):
        out.append((f"policy-{i:03d}.txt", (lambda d, spec: gen_policy(d, *spec), (title, body, i % 2 == 0))))
    assert set(C)
    return out


# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------

EMAIL_RE = re.compile(r"[\w.+'-]+@[\w.-]+")


def check(doc: Doc) -> None:
    text = doc.text()
    where = doc.name
    lines = text.rstrip("\n").split("\n")
    assert 5 <= len(lines) <= 40, f"{where}: {len(lines)} lines"
    assert doc.cats <= set(CATEGORIES), where
    for junk in ("[[", "]]", "{", "}"):
        assert junk not in text, f"{where}: unexpanded template markup {junk!r}"
    for sp in doc.names:
        assert text[sp.start:sp.end] == sp.text, where
        assert sp.text in text, where
        assert re.sub(r"\s+", " ", sp.text) == sp.text, (where, sp.text)
        assert sp.text.split(" ")[0].rstrip(".") not in TITLES, (where, sp.text)
    covered = [(s.start, s.end) for s in doc.names + doc.traps]
    covered += [(m.start(), m.end()) for m in EMAIL_RE.finditer(text)]
    for p in doc.persons:
        for tok in p.tokens:
            for form in {tok, tok.upper()}:
                for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
                    if not any(a <= m.start() and m.end() <= b for a, b in covered):
                        ctx = text[max(0, m.start() - 30):m.end() + 30]
                        raise AssertionError(f"{where}: unlabelled mention of {form!r}: {ctx!r}")
    for t in doc.traps:
        for sp in doc.names:
            assert t.end <= sp.start or sp.end <= t.start, (where, t.text, sp.text)


def labels_of(doc: Doc) -> dict:
    names: list[str] = []
    for sp in doc.names:
        s = re.sub(r"\s+", " ", sp.text)
        if s not in names:
            names.append(s)
    return {"doc": doc.name, "names": names, "categories": [c for c in CATEGORIES if c in doc.cats]}


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------

def main() -> int:
    docs: list[Doc] = []
    for name, (fn, spec) in plan():
        doc = Doc(name, name.split("-")[0])
        if fn in (gen_letter, gen_hrnote, gen_sickness, gen_equality, gen_union, gen_dbs, gen_email, gen_cv,
                  gen_welfare):
            fn(doc, list(spec))
        else:
            fn(doc, spec)
        check(doc)
        docs.append(doc)
    docs.sort(key=lambda d: d.name)
    assert len({d.name for d in docs}) == len(docs)

    # incidental pool-name words outside labelled spans (for review; printed, not fatal)
    pool_tokens = set().union(*(p.tokens for p in POOL))
    incidental: Counter = Counter()
    for d in docs:
        text = d.text()
        covered = [(s.start, s.end) for s in d.names] + [(m.start(), m.end()) for m in EMAIL_RE.finditer(text)]
        for m in re.finditer(r"[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ][\w'’-]*", text):
            if m.group() in pool_tokens and not any(a <= m.start() and m.end() <= b for a, b in covered):
                incidental[m.group()] += 1

    if DOCS.exists():
        shutil.rmtree(DOCS)
    DOCS.mkdir(parents=True)
    for d in docs:
        (DOCS / d.name).write_text(d.text(), encoding="utf-8")
    with LABELS.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(labels_of(d), ensure_ascii=False) + "\n")

    # ---- totals -------------------------------------------------------------
    labs = [labels_of(d) for d in docs]
    kinds = Counter(d.kind for d in docs)
    n_names = sum(len(l["names"]) for l in labs)
    mentions = sum(len(d.names) for d in docs)
    cat_docs = Counter(c for l in labs for c in l["categories"])
    rare = sum(1 for d in docs for s in {(sp.text, sp.person) for sp in d.names} if s[1].rare)
    forms = Counter(sp.form for d in docs for sp in d.names)
    special = {
        "hyphenated": sum(1 for l in labs for n in l["names"] if "-" in n),
        "apostrophe": sum(1 for l in labs for n in l["names"] if "'" in n),
        "diacritics": sum(1 for l in labs for n in l["names"] if any(ord(c) > 127 for c in n)),
        "ALL CAPS": sum(1 for l in labs for n in l["names"] if n.isupper()),
        "Surname, Given": sum(1 for l in labs for n in l["names"] if ", " in n),
        "initial (J. Smith)": sum(1 for l in labs for n in l["names"] if re.match(r"^\w\. ", n)),
    }
    traps = Counter(t.text for d in docs for t in d.traps)
    print(f"documents: {len(docs)}  ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))})")
    print(f"name labels (distinct per doc): {n_names}  mentions: {mentions}  "
          f"documents with names: {sum(1 for l in labs if l['names'])}  without: "
          f"{sum(1 for l in labs if not l['names'])}")
    print(f"name labels of rare-surname people: {rare} ({100 * rare / n_names:.1f}%)")
    print("mention forms: " + ", ".join(f"{k} {v}" for k, v in sorted(forms.items())))
    print("label shapes: " + ", ".join(f"{k} {v}" for k, v in special.items()))
    print(f"documents with >=1 category: {sum(1 for l in labs if l['categories'])}  "
          f"with none: {sum(1 for l in labs if not l['categories'])}  category labels: {sum(cat_docs.values())}")
    for c in CATEGORIES:
        print(f"  {c:<22} {cat_docs[c]}")
    print("traps: " + "; ".join(f"{k} ({v})" for k, v in sorted(traps.items())))
    print("incidental pool-name words outside labels: " +
          (", ".join(f"{k} ({v})" for k, v in sorted(incidental.items())) or "none"))
    people = {sp.person for d in docs for sp in d.names}
    print(f"distinct people used: {len(people)} of {len(POOL)} in the pool")
    return 0


if __name__ == "__main__":
    sys.exit(main())
