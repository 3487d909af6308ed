"""Synthetic demo cases: realistic, the same for the same seed, and fast enough for 100,000 persons.

Everything comes from one seeded `random.Random` (`DemoRandom(seed)`) and a
reference date (`as_of`), never from the clock: the same seed and date give
the same database, ids and timestamps included. Names, places and employers come from
`resources/demo/names.toml`; nationalities follow the arrival shares of
[002:L143] (see that file for the shares and the assumptions filling the gaps).

Rows are written with SQLAlchemy Core `insert()` in batches (executemany),
all in one transaction: no ORM object per row. Derived data is not made
here: afterwards, run `models.services.deadlines.recompute_all` (obligations)
and `models.services.search.rebuild` (the name search index). No audit
entries are written: the demo is not anyone's work.
"""
from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Date, Dialect, Engine, func, insert, select

from models import identifiers
from models.demo_trafficking import facts_row
from models.entities import (
    AsylumClaim,
    Base,
    Case,
    Contract,
    Employer,
    Expulsion,
    FamilyLink,
    IdentityDocument,
    Note,
    Permit,
    Person,
    Proceeding,
    RefugeeStatus,
    Registration,
    Stay,
    TraffickingFacts,
    User,
)
from models.kinds import PermitKind, StayBasis
from models.names import to_latin
from models.paths import resource
from models.rules.ruleset import load_default_ruleset
from models.rules.situation import EXEMPT_CATEGORIES

NAMES_FILE = resource("demo", "names.toml")
REFERENCE_DATE = dt.date(2025, 6, 30)  # the default "today" of the demo, so that tests never depend on the clock
SPAN_DAYS = 3 * 365  # stays fall in the three years before the reference date
# One person in this many is recorded a second time (models.services.duplicates finds the pairs).
SECOND_RECORD_EVERY = 250
BATCH = 5000  # persons generated and written per batch
CHILD_EVERY = 12  # about one person in twelve is the child of the person recorded before
CACHE_KIB = 1024 * 1024  # SQLite page cache while filling (allocated as used: about 650 MB for 100,000 persons)

# Demo assumptions about entry (not legal statements; the rule engine reads the recorded basis).
VISA_NATIONALS = frozenset({"IND", "AFG", "PAK", "SYR"})
CHN_VISA_FREE_FROM = dt.date(2023, 11, 10)  # Kazakhstan-China mutual visa waiver for short stays
SKILLED = frozenset({"CHN", "TUR", "IND", "KOR", "DEU", "USA", "GBR", "GEO"})
# Work permit categories in the proportions of Q1 2024 [002:L257-L262].
WORK_CATEGORIES = {"first": 565, "second": 2671, "third": 5871, "fourth": 595, "seasonal": 564,
                   "intra_corporate": 2616}

# Rows are written in SQLite's storage format (see `_write`): ids as 32 hex digits, as SQLAlchemy's Uuid
# type stores them on SQLite, and timestamps as its DateTime type writes them.
Id = str
_V4_CLEAR = ~((0xF000 << 64) | (0xC000 << 48)) & ((1 << 128) - 1)  # version and variant bits
_V4_SET = (0x4000 << 64) | (0x8000 << 48)
# Time of day of a record: office hours, 8:00 to 17:59, in the stored format.
_OFFICE_MINUTES = [f" {8 + minute // 60:02d}:{minute % 60:02d}:00.000000" for minute in range(600)]


def new_id(rng: random.Random) -> Id:
    """A random (version 4) UUID drawn from `rng`, as stored: `uuid.UUID(int=..., version=4).hex`."""
    return "%032x" % (rng.getrandbits(128) & _V4_CLEAR | _V4_SET)


class DemoRandom(random.Random):
    """`random.Random` whose randint, randrange and choice use one `random()` call each.

    As deterministic as the exact versions and several times faster; the bias
    (below 2**-40 for the ranges used here) does not matter for demo data.
    """

    def randrange(self, start: int, stop: int | None = None, step: int = 1) -> int:
        if stop is None:
            start, stop = 0, start
        return start + int(self.random() * (stop - start))

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]


# Every demo account logs in with this password (`qamqor demo` sets it): demo data only.
DEMO_PASSWORD = "qamqor-demo"


class DemoError(ValueError):
    """The demo cannot go into this database (it already holds persons)."""


@dataclass(frozen=True)
class DemoSummary:
    """How many rows of each kind the demo wrote."""

    seed: int
    as_of: dt.date
    counts: Mapping[str, int]

    @property
    def persons(self) -> int:
        return self.counts["persons"]

    def __str__(self) -> str:
        others = ", ".join(f"{count:,} {table.replace('_', ' ')}" for table, count in self.counts.items()
                           if table != "persons")
        return f"Demo data: {self.persons:,} persons ({others}; seed {self.seed}, as of {self.as_of})"


# --- source data -----------------------------------------------------------

class Weighted:
    """Weighted choice in O(log n) from one `random()` call."""

    __slots__ = ("items", "cumulative", "total")

    def __init__(self, weights: Mapping[Any, float]) -> None:
        self.items = list(weights)
        self.cumulative = list(itertools.accumulate(weights.values()))
        self.total = self.cumulative[-1]

    def pick(self, rng: random.Random) -> Any:
        return self.items[bisect.bisect_right(self.cumulative, rng.random() * self.total)]


@cache
def demo_data() -> dict[str, Any]:
    with NAMES_FILE.open("rb") as file:
        return tomllib.load(file)


def citizenship_shares() -> dict[str, float]:
    """Share (in %) of each citizenship among all arrivals, from the [arrivals] table of names.toml."""
    arrivals = demo_data()["arrivals"]
    shares: dict[str, float] = {}
    for group, part in (("cis", "cis_share"), ("cis_assumed", "cis_share"),
                        ("non_cis", "non_cis_share"), ("non_cis_assumed", "non_cis_share")):
        for code, share in arrivals[group].items():
            shares[code] = shares.get(code, 0.0) + arrivals[part] * share / 100
    return shares


def feminine_family(family: str, rule: str) -> str:
    """The woman's form of a family name given in the man's form."""
    endings = {
        "russian": ((("ский", "ская"), ("цкий", "цкая"), ("ой", "ая"), ("ый", "ая")), ("ов", "ев", "ёв", "ин", "ын")),
        "ukrainian": ((("ський", "ська"), ("цький", "цька")), ("ов", "ев", "ів", "ін", "їн")),
        "latin_ov": ((), ("ov", "ev", "ow", "ew")),
    }.get(rule)
    if endings is None:
        return family
    replaced, add_a = endings
    for masculine, feminine in replaced:
        if family.endswith(masculine):
            return family[:-len(masculine)] + feminine
    if family.endswith(add_a):
        return family + ("a" if rule == "latin_ov" else "а")  # Latin a, Cyrillic а
    return family


# Fathers' names whose patronymic does not follow the endings.
_RUSSIAN_IRREGULAR = {"Павел": "Павлов", "Пётр": "Петров", "Лев": "Львов", "Дмитрий": "Дмитриев", "Георгий": "Георгиев"}


def russian_patronymic(father: str, male: bool) -> str:
    """Рустам -> Рустамович/Рустамовна, Юрий -> Юрьевич, Андрей -> Андреевич, Илья -> Ильич/Ильинична."""
    if father in _RUSSIAN_IRREGULAR:
        return _RUSSIAN_IRREGULAR[father] + ("ич" if male else "на")
    if father.endswith("ий"):
        return father[:-2] + ("ьевич" if male else "ьевна")
    if father.endswith(("й", "ь")):
        return father[:-1] + ("евич" if male else "евна")
    if father.endswith("а"):
        return father[:-1] + ("ич" if male else "ична")
    if father.endswith("я"):
        return father[:-1] + ("ич" if male else "инична")
    if father[-1] in "иоуеэыё":
        return father + ("евич" if male else "евна")
    return father + ("ович" if male else "овна")


def ukrainian_patronymic(father: str, male: bool) -> str:
    """Олександр -> Олександрович/Олександрівна, Андрій -> Андрійович/Андріївна, Микола -> Миколайович."""
    if father.endswith("й"):
        return father + "ович" if male else father[:-1] + "ївна"
    if father.endswith("о"):
        return father[:-1] + ("ович" if male else "івна")
    if father.endswith("ь"):
        return father + "ович" if male else father[:-1] + "івна"
    if father.endswith("а"):
        return father[:-1] + ("айович" if male else "аївна")
    return father + ("ович" if male else "івна")


# --- the generator -----------------------------------------------------------

TABLES = (Employer, Person, IdentityDocument, Stay, Registration, Permit, Contract, AsylumClaim, RefugeeStatus,
          Expulsion, Proceeding, Case, Note, FamilyLink, TraffickingFacts)
# The offences foreigners are most often brought to administrative responsibility for, as a protocol names them
# (the Code of Administrative Offences' articles on migration and illegal work; "Article 517" [004:L804]).
OFFENCES = ("Ст. 517 — нарушение законодательства о миграции (проживание без регистрации)",
            "Ст. 517 — работа без разрешения", "Ст. 517 — превышение срока пребывания",
            "Ст. 496 — нарушение правил въезда и пребывания")


class _Demo:
    """Makes the rows of one batch of persons at a time."""

    def __init__(self, rng: random.Random, as_of: dt.date, users: dict[str, list[Id]]) -> None:
        self.rng = rng
        self.rand, self.getrandbits = rng.random, rng.getrandbits
        self.as_of = as_of
        self.start = as_of - dt.timedelta(days=SPAN_DAYS)
        self.caseworkers = users["caseworker"]
        self.staff = users["caseworker"] + users["supervisor"]
        data = demo_data()
        self.data = data
        ruleset = load_default_ruleset()
        self.eaeu = ruleset.group("EAEU")
        # When a stay must be registered: the rule set's registration.deadline in force on the demo's date.
        registration = ruleset.version_for("registration.deadline", as_of)
        assert registration is not None, "the default rule set has a registration deadline"
        self.registration_days = int(registration.params["days"])
        deferred = ruleset.version_for("registration.deferred", as_of)
        simplified = ruleset.version_for("registration.simplified", as_of)
        assert deferred is not None and simplified is not None, "the default rule set defers and simplifies"
        self.deferred_registration_days = int(deferred.params["days"])
        self.deferred_registration = frozenset().union(*map(ruleset.group, deferred.params["groups"]))
        self.visa_free_other = frozenset().union(*map(ruleset.group, simplified.params["groups"]))
        self.citizenships = Weighted(citizenship_shares())
        self.name_sets = {code: Weighted(mix) for code, mix in data["citizenship_names"].items()}
        self.cities = Weighted({i: city["weight"] for i, city in enumerate(data["cities"])})
        self.work_categories = Weighted(WORK_CATEGORIES)
        self.patronymic_styles = {key: Weighted({i: style["weight"] for i, style in enumerate(ns["patronymics"])})
                                  for key, ns in data["name_sets"].items()}
        self.latin: dict[str, str] = {}
        self.border_points = self._border_points()
        self.rows: dict[type[Base], list[dict]] = {table: [] for table in TABLES}
        self.companies: list[Id] = []
        self.households: list[list] = []  # [id, workers]
        self._add_listed_employers()

    # common columns ---------------------------------------------------------

    def take_rows(self) -> list[tuple[type[Base], list[dict[str, Any]]]]:
        """The rows made since the last call, in an order that satisfies the foreign keys."""
        batch = [(table, rows) for table, rows in self.rows.items() if rows]
        self.rows = {table: [] for table in TABLES}
        return batch

    def new_id(self) -> Id:
        return new_id(self.rng)

    def record(self, day: dt.date, by: Id | None) -> dict[str, Any]:
        """Id and bookkeeping columns of a record entered on `day` (never after the reference date)."""
        if day > self.as_of:
            day = self.as_of
        stamp = day.isoformat() + _OFFICE_MINUTES[int(self.rand() * 600)]
        return {"id": "%032x" % (self.getrandbits(128) & _V4_CLEAR | _V4_SET), "created_at": stamp,
                "updated_at": stamp, "version": 1, "archived_at": None, "created_by": by, "updated_by": by}

    def day(self, low: dt.date, high: dt.date) -> dt.date:
        """A day in [low, high] (low if the range is empty)."""
        span = (high - low).days
        return low + dt.timedelta(days=self.rng.randint(0, span)) if span > 0 else low

    def to_latin(self, text: str | None) -> str | None:
        if text is None:
            return None
        latin = self.latin.get(text)
        if latin is None:
            latin = self.latin[text] = to_latin(text)
        return latin

    # places and employers ------------------------------------------------------

    def _border_points(self) -> dict[str, Weighted]:
        points = self.data["border_points"]
        airports = [p["name"] for p in points if p["neighbours"] == ["any"]]
        by_country: dict[str, Weighted] = {}
        for code in citizenship_shares():
            land = [p["name"] for p in points if code in p["neighbours"]]
            weights = {name: 3.0 / len(land) for name in land} if land else {}
            weights.update({name: weights.get(name, 0) + 1.0 / len(airports) for name in airports})
            by_country[code] = Weighted(weights)
        return by_country

    def address(self) -> tuple[str, str]:
        """(address, region) somewhere in Kazakhstan."""
        city = self.data["cities"][self.cities.pick(self.rng)]
        street = self.rng.choice(city["streets"])
        place = f"{street}, д. {self.rng.randint(1, 180)}"
        if self.rng.random() < 0.7:
            place += f", кв. {self.rng.randint(1, 240)}"
        prefix = "" if city["region"].startswith("г. ") else f"{city['region']}, "
        return f"{prefix}г. {city['name']}, {place}", city["region"]

    def _add_listed_employers(self) -> None:
        regions = {city["name"]: city["region"] for city in self.data["cities"]}
        opened = self.start - dt.timedelta(days=365)
        for employer in self.data["employers"]:
            self.add_company(employer["name"], employer["bin"], regions[employer["city"]], opened)

    def add_company(self, name: str, bin_: str, region: str, day: dt.date) -> Id:
        row = self.record(day, None) | {"name": name, "bin": bin_, "region": region, "kind": "company"}
        self.rows[Employer].append(row)
        self.companies.append(row["id"])
        return row["id"]

    def add_invented_companies(self, count: int) -> None:
        parts = self.data["employer_names"]
        seen = {row["bin"] for row in self.rows[Employer]}
        for _ in range(count):
            name = (f"{self.rng.choice(parts['forms'])} «{self.rng.choice(parts['first'])} "
                    f"{self.rng.choice(parts['second'])}»")
            bin_ = None
            while bin_ is None or bin_ in seen:
                registered = dt.date(self.rng.randint(2000, 2023), self.rng.randint(1, 12), 1)
                try:
                    bin_ = identifiers.make_bin(registered, self.rng.randrange(100_000))
                except ValueError:
                    bin_ = None
            seen.add(bin_)
            self.add_company(name, bin_, self.address()[1], self.start - dt.timedelta(days=365))

    def household(self, day: dt.date) -> Id:
        """A private household employing domestic workers on patents (at most 5 each [004:L114])."""
        open_ones = [h for h in self.households[-20:] if h[1] < 5]
        if open_ones and self.rng.random() < 0.5:
            chosen = self.rng.choice(open_ones)
            chosen[1] += 1
            return chosen[0]
        names = self.data["name_sets"][self.rng.choice(("KAZ", "RUS"))]
        male = self.rng.random() < 0.5
        given = self.rng.choice(names["given_male" if male else "given_female"])
        family = self.rng.choice(names["family"])
        family = family if male else feminine_family(family, names["feminine_family"])
        iin = self.iin(dt.date(self.rng.randint(1955, 1995), self.rng.randint(1, 12), self.rng.randint(1, 28)),
                       "male" if male else "female")
        row = self.record(day, None) | {"name": f"{family} {given[0]}. (частное домохозяйство)", "bin": iin,
                                        "region": self.address()[1], "kind": "domestic"}
        self.rows[Employer].append(row)
        self.households.append([row["id"], 1])
        return row["id"]

    def iin(self, birth: dt.date, sex: str) -> str:
        while True:
            try:
                return identifiers.make_iin(birth, sex, self.rng.randrange(10_000))  # type: ignore[arg-type]
            except ValueError:
                continue

    # one person -------------------------------------------------------------------

    def person(self) -> None:
        rng = self.rng
        citizenship = self.citizenships.pick(rng)
        name_key = self.name_sets[citizenship].pick(rng) if citizenship in self.name_sets else citizenship
        category = self.category(citizenship, name_key)
        female_share = {"trafficking_survivor": 0.5, "refugee": 0.45, "asylum_seeker": 0.4}.get(category, 0.36)
        male = rng.random() >= female_share
        worker = self.caseworkers[rng.randrange(len(self.caseworkers))]

        names = self.data["name_sets"][name_key]
        given = rng.choice(names["given_male" if male else "given_female"])
        family = rng.choice(names["family"])
        if not male:
            family = feminine_family(family, names["feminine_family"])
        patronymic = self.patronymic(name_key, male)

        low_age, high_age = {"trafficking_survivor": (16, 45), "refugee": (1, 65), "asylum_seeker": (1, 60),
                             "stateless": (18, 75), "kandas": (18, 70)}.get(category, (18, 60))
        age = int(rng.triangular(low_age, high_age, low_age + (high_age - low_age) / 3))
        birth = self.as_of - dt.timedelta(days=365 * age + rng.randrange(365))
        year_only = rng.random() < 0.08 and category in ("refugee", "asylum_seeker", "stateless", "trafficking_survivor",
                                                         "labour_migrant")
        address, region = self.address() if rng.random() < 0.85 else (None, None)
        person_id = self.new_id()
        history = _History(self, person_id, citizenship, category, worker, address)
        history.build()
        first_seen = history.first_day

        self.rows[Person].append(self.record(first_seen, worker) | {
            "id": person_id,
            "family_name": family, "given_name": given, "patronymic": patronymic,
            "family_name_latin": self.to_latin(family), "given_name_latin": self.to_latin(given),
            "patronymic_latin": self.to_latin(patronymic),
            "birth_date": None if year_only else birth, "birth_year": birth.year,
            "sex": "male" if male else "female", "citizenship": citizenship,
            "iin": self.iin(birth, "male" if male else "female") if history.has_iin and not year_only else None,
            "languages": self.data["languages"].get(name_key), "phone": None, "address": address, "region": region,
            "exempt_category": self.exempt_category(category), "birth_registered": "unknown",
        })
        self.documents(person_id, citizenship, category, first_seen, worker)
        self.cases(person_id, category, history, worker)

    def second_record(self, first: dict[str, Any]) -> None:
        """The same person recorded again by another caseworker, her name written in Latin letters and no IIN:
        what the supervisor's review of likely duplicates finds."""
        worker = next((w for w in self.caseworkers if w != first["created_by"]), self.caseworkers[0])
        person_id = self.new_id()
        history = _History(self, person_id, first["citizenship"], "labour_migrant", worker, None)
        history.build()
        family, given = first["family_name_latin"].title(), first["given_name_latin"].title()
        self.rows[Person].append(self.record(history.first_day, worker) | {
            "id": person_id, "family_name": family, "given_name": given, "patronymic": None,
            "family_name_latin": first["family_name_latin"], "given_name_latin": first["given_name_latin"],
            "patronymic_latin": None, "birth_date": first["birth_date"], "birth_year": first["birth_year"],
            "sex": first["sex"], "citizenship": first["citizenship"], "iin": None, "languages": first["languages"],
            "phone": None, "address": None, "region": None, "exempt_category": None, "birth_registered": "unknown",
        })
        self.cases(person_id, "labour_migrant", history, worker)

    def child(self, parent: dict[str, Any]) -> None:
        """A child who came with the person recorded just before (issue 29: families arrive together), linked to
        them, with a case of the same caseworker. Children without a registered birth are in the seeds
        [001:L106, 000:L550]: about a quarter of the demo's children."""
        rng = self.rng
        citizenship, worker, parent_id = parent["citizenship"], parent["created_by"], parent["id"]
        name_key = self.name_sets[citizenship].pick(rng) if citizenship in self.name_sets else citizenship
        names = self.data["name_sets"][name_key]
        male = rng.random() < 0.5
        family = parent["family_name"]
        if parent["sex"] == "male" and not male:
            family = feminine_family(family, names["feminine_family"])
        elif parent["sex"] == "female" and male and family.endswith(("ова", "ева", "ина")):
            family = family[:-1]
        birth = self.as_of - dt.timedelta(days=rng.randrange(1, 365 * 17))
        year_only = rng.random() < 0.1
        roll = rng.random()
        registered = "no" if roll < 0.25 else "yes" if roll < 0.8 else "unknown"
        category = next((c["category"] for c in reversed(self.rows[Case]) if c["person_id"] == parent_id),
                        "labour_migrant")
        category = "labour_migrant" if category == "trafficking_survivor" else category
        person_id = self.new_id()
        history = _History(self, person_id, citizenship, category, worker, parent["address"])
        history.build()
        given = rng.choice(names["given_male" if male else "given_female"])
        self.rows[Person].append(self.record(history.first_day, worker) | {
            "id": person_id, "family_name": family, "given_name": given, "patronymic": None,
            "family_name_latin": self.to_latin(family), "given_name_latin": self.to_latin(given),
            "patronymic_latin": None, "birth_date": None if year_only else birth, "birth_year": birth.year,
            "sex": "male" if male else "female", "citizenship": citizenship, "iin": None,
            "languages": parent["languages"], "phone": None, "address": parent["address"], "region": parent["region"],
            "exempt_category": None, "birth_registered": registered,
        })
        self.cases(person_id, category, history, worker)
        self.rows[FamilyLink].append(self.record(history.first_day, worker) | {
            "person_id": parent_id, "relative_id": person_id, "relation": "child", "note": None})

    def category(self, citizenship: str, name_key: str) -> str:
        rng = self.rng
        roll = rng.random()
        if citizenship == "XXA":
            return "stateless"
        if name_key == "KAZ":
            return "kandas" if roll < 0.85 else "labour_migrant"
        if citizenship in ("AFG", "SYR"):
            return "refugee" if roll < 0.4 else "asylum_seeker" if roll < 0.7 else "labour_migrant" if roll < 0.9 \
                else "other"
        if citizenship == "PAK" and roll < 0.1:
            return "asylum_seeker"
        if rng.random() < (0.07 if citizenship in ("UZB", "KGZ", "TJK") else 0.004):
            return "trafficking_survivor"
        return "labour_migrant" if roll < 0.9 else "other"

    def patronymic(self, name_key: str, male: bool) -> str | None:
        names = self.data["name_sets"][name_key]
        style = names["patronymics"][self.patronymic_styles[name_key].pick(self.rng)]
        if style["style"] == "none":
            return None
        father = self.rng.choice(names["given_male"])
        if style["style"] == "russian":
            return russian_patronymic(father, male)
        if style["style"] == "ukrainian":
            return ukrainian_patronymic(father, male)
        return father + style["male" if male else "female"]

    def exempt_category(self, category: str) -> str | None:
        if category != "labour_migrant" or self.rng.random() >= 0.01:
            return None
        return "international_driver" if self.rng.random() < 0.6 else self.rng.choice(EXEMPT_CATEGORIES)

    def documents(self, person_id: Id, citizenship: str, category: str, first_seen: dt.date,
                  worker: Id) -> None:
        rng = self.rng
        pattern = self.data["passport_numbers"].get(citizenship, "999999999")
        kinds = ["passport"]
        if citizenship == "XXA":
            kinds = ["stateless_travel_document"]
        elif category == "refugee" and rng.random() < 0.5:
            kinds.append("refugee_travel_document")
        elif citizenship in ("RUS", "KGZ", "BLR") and rng.random() < 0.3:
            kinds.append("id_card")
        if rng.random() < 0.15:
            kinds.append("passport")  # an older passport, expired
        for index, kind in enumerate(kinds):
            older = index > 0 and kind == "passport"
            issued = self.as_of - dt.timedelta(days=rng.randint(3650, 5000) if older else rng.randint(30, 3900))
            issuer = "KAZ" if kind in ("stateless_travel_document", "refugee_travel_document") else citizenship
            self.rows[IdentityDocument].append(self.record(first_seen, worker) | {
                "person_id": person_id, "kind": kind, "number": self.document_number(pattern),
                "issuing_country": issuer, "issued_on": issued,
                "expires_on": issued + dt.timedelta(days=3652 if kind == "passport" else 1826),
            })

    def document_number(self, pattern: str) -> str:
        rng = self.rng
        return "".join(chr(65 + rng.randrange(26)) if c == "A" else str(rng.randrange(10)) if c == "9" else c
                       for c in pattern)

    def cases(self, person_id: Id, category: str, history: _History, worker: Id) -> None:
        rng = self.rng
        texts = self.data["case_texts"]
        opened = min(self.as_of, history.first_day + dt.timedelta(days=rng.randint(0, 30)))
        present = history.present
        roll = rng.random()
        if category == "trafficking_survivor":
            status = "active" if roll < 0.5 else "referred" if roll < 0.85 else "closed"
        elif present:
            status = "open" if roll < 0.2 else "active" if roll < 0.75 else "referred" if roll < 0.85 else "closed"
        else:
            status = "closed" if roll < 0.7 else "active"
        assigned = None if status == "open" and rng.random() < 0.25 else worker
        cases = [(category, status, opened, assigned)]
        if rng.random() < 0.08 and opened > self.start + dt.timedelta(days=60):
            cases.append(("labour_migrant" if category != "other" else "other", "closed",
                          self.day(self.start, opened - dt.timedelta(days=60)), worker))
        for case_category, case_status, case_opened, caseworker in cases:
            closed_on = self.day(case_opened, self.as_of) if case_status == "closed" else None
            sensitive = case_category == "trafficking_survivor"
            priority = (rng.choice(("high", "urgent")) if sensitive else
                        "high" if history.overstaying else "low" if rng.random() < 0.15 else "normal")
            case = self.record(case_opened, caseworker or self.staff[rng.randrange(len(self.staff))]) | {
                "person_id": person_id, "category": case_category, "status": case_status,
                "closed_reason": rng.choice(texts["closed_reasons"]) if closed_on else None,
                "caseworker_id": caseworker, "priority": priority, "opened_on": case_opened,
                "closed_on": closed_on, "sensitive": sensitive,
            }
            self.rows[Case].append(case)
            if sensitive:
                self.rows[TraffickingFacts].append(facts_row(case, self.as_of))
            last = closed_on or self.as_of
            for _ in range(rng.choice((0, 1, 1, 2, 2, 3, 4))):
                self.rows[Note].append(self.record(self.day(case_opened, last), caseworker or case["created_by"]) | {
                    "case_id": case["id"], "text": rng.choice(texts[case_category]),
                })


class _History:
    """One person's stays, registrations, permits, contracts, asylum, refugee status and expulsion."""

    def __init__(self, demo: _Demo, person_id: Id, citizenship: str, category: str,
                 worker: Id, address: str | None) -> None:
        self.demo = demo
        self.rng = demo.rng
        self.person_id = person_id
        self.citizenship = citizenship
        self.category = category
        self.worker = worker
        self.address = address
        self.residence: list[tuple[dt.date, dt.date | None]] = []  # residence permits
        self.first_day = demo.as_of
        self.present = False
        self.overstaying = False
        self.has_iin = False

    def add(self, table: type, day: dt.date, **values: Any) -> dict[str, Any]:
        values["person_id"] = self.person_id
        values.update(self.demo.record(day, self.worker))
        self.demo.rows[table].append(values)
        if day < self.first_day:
            self.first_day = day
        return values

    def build(self) -> None:
        if self.category in ("refugee", "asylum_seeker"):
            self.protection()
        else:
            self.migrant()

    # labour migrants, kandas, stateless, trafficking survivors ------------------------

    def migrant(self) -> None:
        demo, rng, as_of = self.demo, self.rng, self.demo.as_of
        citizenship, category = self.citizenship, self.category
        eaeu = citizenship in demo.eaeu
        # Work: from a start day to an end day (None: still working).
        work_start = work_end = None
        employer = None
        work_roll = rng.random()
        if category == "labour_migrant" and work_roll < (0.7 if eaeu else 0.55 if citizenship in SKILLED else 0.45):
            work_start = demo.day(demo.start, as_of - dt.timedelta(days=20))
            work_end = None if rng.random() < 0.6 else demo.day(work_start + dt.timedelta(days=30), as_of)
        if work_start is not None:
            if citizenship in ("UZB", "TJK") and rng.random() < 0.7:
                employer = demo.household(work_start)
                self.permits_in_a_row("patent", work_start, work_end, employer, months=(3, 6, 12))
            else:
                employer = demo.companies[rng.randrange(len(demo.companies))]
                if not eaeu:
                    self.permits_in_a_row(PermitKind.work_permit, work_start, work_end, employer, months=(12,))
                    if rng.random() < 0.8:
                        self.residence_permits(work_start, work_end)
            self.contracts(work_start, work_end, employer)
        if category == "kandas" and rng.random() < 0.7 or category == "stateless" and rng.random() < 0.6:
            self.residence_permits(demo.day(demo.start, as_of - dt.timedelta(days=30)), None,
                                   permanent=rng.random() < 0.3)
        if category == "labour_migrant" and work_start is None and rng.random() < 0.05:
            self.residence_permits(demo.day(demo.start, as_of - dt.timedelta(days=60)), None)

        long_stays = eaeu and work_start is not None or bool(self.residence)
        count = max(1, min(12, round(rng.gauss(6.5, 2.5)))) if not long_stays else rng.randint(2, 7)
        expel = (category in ("labour_migrant", "trafficking_survivor") and not eaeu and work_start is None
                 and not self.residence and rng.random() < 0.006)
        self.stays(count, work_start, work_end, expel)

    def permits_in_a_row(self, kind: str, start: dt.date, end: dt.date | None, employer: Id,
                         months: tuple[int, ...]) -> None:
        """Permits renewed back to back from `start` while the work goes on (the last may have run out)."""
        rng, as_of = self.rng, self.demo.as_of
        valid_from = start
        category = self.demo.work_categories.pick(rng) if kind == PermitKind.work_permit else None
        while True:
            valid_to = valid_from + dt.timedelta(days=30 * rng.choice(months) - 1)
            prefix = "Р" if kind == PermitKind.work_permit else "П"
            self.add(Permit, valid_from, kind=kind, number=f"{prefix}-{rng.randrange(10**6):06d}",
                     valid_from=valid_from, valid_to=valid_to,
                     issuer="Местный исполнительный орган" if kind == PermitKind.work_permit else "Миграционная служба",
                     work_category=category, employer_id=employer)
            if valid_to >= as_of or (end is not None and valid_to >= end) or rng.random() < 0.1:
                return
            valid_from = valid_to + dt.timedelta(days=1)

    def residence_permits(self, start: dt.date, end: dt.date | None, permanent: bool = False) -> None:
        rng = self.rng
        self.has_iin = True
        valid_to = None if permanent else start + dt.timedelta(days=rng.choice((365, 730, 1095)) - 1)
        if end is not None and valid_to is not None:
            valid_to = min(valid_to, max(end, start))
        kind = PermitKind.permanent_residence if permanent else PermitKind.temporary_residence
        self.add(Permit, start, kind=kind, number=f"ВНЖ-{rng.randrange(10**7):07d}", valid_from=start,
                 valid_to=valid_to, issuer="Департамент полиции (миграционная служба)", work_category=None,
                 employer_id=None)
        self.residence.append((start, valid_to))

    def contracts(self, start: dt.date, end: dt.date | None, employer: Id) -> None:
        rng, demo = self.rng, self.demo
        kind = "civil" if rng.random() < 0.2 else "employment"
        if end is None and rng.random() < 0.25 and (demo.as_of - start).days > 200:
            middle = demo.day(start + dt.timedelta(days=90), demo.as_of - dt.timedelta(days=30))
            self.add(Contract, start, employer_id=employer, kind=kind, start_date=start, end_date=middle)
            start, employer = middle + dt.timedelta(days=1), demo.companies[rng.randrange(len(demo.companies))]
        self.add(Contract, start, employer_id=employer, kind=kind, start_date=start, end_date=end)

    def covered_by_residence(self, day: dt.date) -> dt.date | None:
        """The end of a residence permit valid on `day` (as_of for a permanent one), or None."""
        for start, end in self.residence:
            if start <= day and (end is None or day <= end):
                return end or self.demo.as_of
        return None

    def stays(self, count: int, work_start: dt.date | None, work_end: dt.date | None, expel: bool) -> None:
        demo, rng, as_of = self.demo, self.rng, self.demo.as_of
        visa_free_30 = self.citizenship not in demo.eaeu
        working = work_start is not None and work_end is None
        resident_since = min((start for start, end in self.residence if start <= as_of and (end or as_of) >= as_of),
                             default=None)
        roll = rng.random()
        present = roll < 0.5 or (resident_since is not None or working) and roll < 0.8
        if not present:
            back = rng.randint(20, 400)
        elif resident_since is not None:  # came in on the residence permit valid today
            back = rng.randint(0, min(300, (as_of - resident_since).days))
        elif not visa_free_30:  # EAEU: on a contract as long as it runs, otherwise a visit
            back = rng.randint(0, min(250, (as_of - work_start).days)) \
                if working and work_start is not None else rng.randint(0, 40)  # working: work_start is set
        elif self.citizenship in VISA_NATIONALS or roll >= 0.03:
            back = rng.randint(0, 28)
        else:
            back = rng.randint(35, 150)  # a few overstays
        last_entry = as_of - dt.timedelta(days=back)
        room = (last_entry - demo.start).days // 3
        count = min(count, room + 1)
        offsets = sorted(rng.sample(range(room), count - 1)) if count > 1 else []
        entries = [demo.start + dt.timedelta(days=3 * offset) for offset in offsets] + [last_entry]
        expelled_after = len(entries) - 2 if expel and len(entries) >= 2 else None
        if expelled_after is not None and rng.random() < 0.9:  # most do not come back before the ban ends
            entries, present = entries[:-1], False
        stays = []
        basis = StayBasis.visa_free
        for index, entry in enumerate(entries):
            limit = (entries[index + 1] - entry).days - 1 if index + 1 < len(entries) else (as_of - entry).days + 1
            basis, basis_end = self.basis(entry)
            if basis == StayBasis.residence_permit:
                length = min(rng.randint(60, 330), (basis_end - entry).days + 1 + rng.randint(0, 10))
            elif basis == "visa":
                length = rng.randint(5, 85)
            elif basis != StayBasis.visa_free:
                length = rng.randint(20, 200)
            elif not visa_free_30:  # EAEU: the contract's length, else a visit
                on_contract = work_start is not None and work_start <= entry <= (work_end or as_of)
                length = min(rng.randint(30, 250), ((work_end or as_of) - entry).days + 1) if on_contract \
                    else rng.randint(2, 45)
            elif self.citizenship in demo.deferred_registration and rng.random() < 0.15:
                length = rng.randint(31, 89)  # registered: 90 days [001:L37]
            else:
                length = rng.randint(2, 30) if rng.random() < 0.97 else rng.randint(31, 60)
            length = max(1, min(length, limit))
            open_stay = index == len(entries) - 1 and present
            exit_ = None if open_stay else entry + dt.timedelta(days=length - 1)
            if basis == "visa":
                self.visa(entry, exit_ or as_of)
            stays.append(self.add(Stay, entry, entry_date=entry, exit_date=exit_, basis=basis,
                                  border_point=demo.border_points[self.citizenship].pick(rng)))
            self.registration(entry, exit_, basis)
        self.present = present
        self.overstaying = self.present and basis == StayBasis.visa_free and visa_free_30 and back > 30
        if expelled_after is not None:
            expelled = stays[expelled_after]["exit_date"]
            ban_until = None if rng.random() < 0.8 else expelled + dt.timedelta(days=365 * rng.randint(1, 5))
            decided = expelled - dt.timedelta(days=rng.randint(2, 12))  # held until it could be appealed [004:L815]
            self.proceeding(decided, expulsion=True)
            self.add(Expulsion, expelled, expelled_on=expelled, ban_until=ban_until,
                     decided_by=rng.choice(demo.data["case_texts"]["courts"]))
        elif self.overstaying and rng.random() < 0.5:  # caught overstaying: a case now, an appeal deadline near
            self.proceeding(as_of - dt.timedelta(days=rng.randint(0, 14)), expulsion=rng.random() < 0.3)
        elif stays and self.category in ("labour_migrant", "trafficking_survivor") and rng.random() < 0.05:
            # About one foreigner in five commits an administrative violation in a year [004:L797] (300,000 a
            # year); a few of them are our clients, fined during their last stay.
            last = stays[-1]
            self.proceeding(self.demo.day(last["entry_date"], last["exit_date"] or as_of), expulsion=False)

    def proceeding(self, decided: dt.date, expulsion: bool) -> None:
        """An administrative case decided on `decided`; nearly always found liable [004:L797]."""
        rng, as_of = self.rng, self.demo.as_of
        protocol = decided - dt.timedelta(days=rng.randint(0, 3))
        if decided >= as_of - dt.timedelta(days=1) and rng.random() < 0.5:  # not heard yet
            self.add(Proceeding, protocol, offence=rng.choice(OFFENCES), protocol_on=protocol, hearing_on=None,
                     decision="pending", decided_on=None, fine_amount=None, expulsion=False, appealed_on=None)
            return
        liable = rng.random() < 0.97
        appealed = decided + dt.timedelta(days=rng.randint(1, 9)) if liable and rng.random() < 0.3 else None
        self.add(Proceeding, protocol, offence=rng.choice(OFFENCES), protocol_on=protocol, hearing_on=decided,
                 decision="liable" if liable else "not_liable", decided_on=decided,
                 fine_amount=rng.choice((36920, 55380, 73840)) if liable and rng.random() < 0.7 else None,
                 expulsion=expulsion and liable, appealed_on=appealed if appealed and appealed <= as_of else None)

    def basis(self, entry: dt.date) -> tuple[StayBasis, dt.date]:
        """How the person entered on `entry`, and until when that basis holds."""
        citizenship = self.citizenship
        residence_end = self.covered_by_residence(entry)
        if residence_end is not None:
            return StayBasis.residence_permit, residence_end
        if citizenship == "XXA":
            return StayBasis.other, self.demo.as_of
        if citizenship in VISA_NATIONALS or citizenship == "CHN" and entry < CHN_VISA_FREE_FROM:
            return StayBasis.visa, self.demo.as_of
        return StayBasis.visa_free, self.demo.as_of

    def visa(self, entry: dt.date, until: dt.date) -> None:
        rng = self.rng
        valid_from = entry - dt.timedelta(days=rng.randint(3, 30))
        days = max((until - valid_from).days + 1, rng.choice((30, 90, 365)))
        self.add(Permit, valid_from, kind="visa", number=f"V{rng.randrange(10**8):08d}", valid_from=valid_from,
                 valid_to=valid_from + dt.timedelta(days=days - 1), issuer="Консульство Республики Казахстан",
                 work_category=None, employer_id=None)

    def registration(self, entry: dt.date, exit_: dt.date | None, basis: str) -> None:
        demo, rng = self.demo, self.rng
        if basis not in (StayBasis.visa_free, StayBasis.visa):
            return
        if basis == StayBasis.visa_free and self.citizenship in demo.visa_free_other:
            return  # registered on entry in the simplified manner [004:L148]
        days_needed = (demo.deferred_registration_days if self.citizenship in demo.deferred_registration
                       else demo.registration_days)
        last_day = exit_ or demo.as_of
        if (last_day - entry).days < days_needed:
            return  # left before registration was due
        roll = rng.random()
        if roll < 0.03:
            return  # never registered
        late = roll < 0.08
        delay = rng.randint(days_needed + 1, days_needed + 15) if late else rng.randint(1, days_needed)
        registered = min(entry + dt.timedelta(days=delay), last_day)
        # Mostly where the person lives; otherwise somewhere else (work on a site, a new flat).
        address = self.address if self.address and rng.random() < 0.7 else demo.address()[0]
        self.add(Registration, registered, registered_on=registered, address=address,
                 host=rng.choice(demo.data["case_texts"]["hosts"]))

    # refugees and asylum seekers --------------------------------------------------

    def protection(self) -> None:
        demo, rng, as_of = self.demo, self.rng, self.demo.as_of
        entry = demo.day(demo.start, as_of - dt.timedelta(days=40))
        registered = min(as_of, entry + dt.timedelta(days=rng.randint(3, 30)))
        decided: dt.date | None
        if self.category == "refugee":
            decided = min(as_of, registered + dt.timedelta(days=rng.randint(60, 330)))
            self.add(AsylumClaim, registered, registered_on=registered, decided_on=decided, decision="granted",
                     appeal_filed_on=None, appeal_decided_on=None)
            # Status for a year, extended year after year [001:L102]; some extensions are due or overdue.
            valid_to = decided + dt.timedelta(days=364)
            while valid_to < as_of - dt.timedelta(days=rng.choice((0, 0, 0, 20))):
                valid_to += dt.timedelta(days=365)
            certificate = decided + dt.timedelta(days=rng.randint(1, 7)) if rng.random() < 0.9 else None
            self.add(RefugeeStatus, decided, recognized_on=decided, valid_to=valid_to,
                     certificate_issued_on=min(certificate, as_of) if certificate else None,
                     certificate_number=f"{rng.randrange(10**6):06d}" if certificate else None)
            if certificate:
                self.add(Permit, certificate, kind="refugee_certificate", number=f"УБ-{rng.randrange(10**6):06d}",
                         valid_from=min(certificate, as_of), valid_to=valid_to, issuer="Миграционная служба",
                         work_category=None, employer_id=None)
            basis = "refugee"
            self.has_iin = True
        elif rng.random() < 0.3:  # arrived days ago seeking asylum, not applied yet: asylum.apply_by
            entry = as_of - dt.timedelta(days=rng.randint(0, 9))
            basis = "asylum_seeker"
        else:
            roll = rng.random()
            decided = decision = appeal = appeal_decided = None
            if roll < 0.35 and (as_of - registered).days > 60:
                decided = demo.day(registered + dt.timedelta(days=60), as_of)
                decision = "refused"
                if rng.random() < 0.6 and decided < as_of:
                    appeal = demo.day(decided + dt.timedelta(days=1), as_of)
                    if rng.random() < 0.3 and appeal < as_of:
                        appeal_decided = demo.day(appeal + dt.timedelta(days=1), as_of)
            self.add(AsylumClaim, registered, registered_on=registered, decided_on=decided, decision=decision,
                     appeal_filed_on=appeal, appeal_decided_on=appeal_decided)
            self.add(Permit, registered, kind="asylum_certificate", number=f"ХЛ-{rng.randrange(10**6):06d}",
                     valid_from=registered, valid_to=registered + dt.timedelta(days=rng.choice((90, 180, 365)) - 1),
                     issuer="Миграционная служба", work_category=None, employer_id=None)
            basis = "asylum_seeker"
        border = demo.border_points[self.citizenship].pick(rng)
        self.add(Stay, entry, entry_date=entry, exit_date=None, basis=basis, border_point=border)
        self.present = True


# --- writing ---------------------------------------------------------------------

def _make_users(rng: random.Random, persons: int, as_of: dt.date,
                taken: set[str]) -> tuple[list[dict], dict[str, list[Id]]]:
    """An administrator, two supervisors and a handful of caseworkers (more for a bigger demo)."""
    names = demo_data()["name_sets"]
    roles = ["admin", "supervisor", "supervisor"] + ["caseworker"] * min(20, max(4, persons // 5000))
    rows: list[dict] = []
    by_role: dict[str, list[Id]] = {"admin": [], "supervisor": [], "caseworker": []}
    created = f"{as_of - dt.timedelta(days=SPAN_DAYS + 30)} 09:00:00.000000"
    for role in roles:
        name_set = names[rng.choice(("KAZ", "KAZ", "RUS"))]
        male = rng.random() < 0.3
        given = rng.choice(name_set["given_male" if male else "given_female"])
        family = rng.choice(name_set["family"])
        family = family if male else feminine_family(family, name_set["feminine_family"])
        base = f"{to_latin(given)[0]}.{to_latin(family)}".lower()
        username, number = base, 1
        while username in taken:
            number += 1
            username = f"{base}{number}"
        taken.add(username)
        user_id = new_id(rng)
        rows.append({"id": user_id, "created_at": created, "updated_at": created, "version": 1, "archived_at": None,
                     "created_by": None, "updated_by": None, "username": username,
                     "full_name": f"{family} {given}", "role": role, "phone": None,
                     "email": f"{username}@qamqor.example"})
        by_role[role].append(user_id)
    return rows, by_role


@cache
def _insert_plan(table: type[Base], dialect: Dialect, keys: tuple[str, ...]) -> tuple[str, tuple[str, ...], tuple[str, ...],
                                                                               dict[str, Any]]:
    """The table's INSERT as SQLAlchemy compiles it, its parameter order, its date columns, and the
    values of the columns the demo does not set (their scalar default, else NULL)."""
    columns = table.__table__.columns
    missing: dict[str, Any] = {}
    for column in columns:
        if column.key in keys:
            continue
        if column.default is not None and column.default.is_scalar:
            missing[column.key] = column.default.arg
        elif column.nullable:
            missing[column.key] = None
        else:
            raise DemoError(f"the demo does not know what to write in {table.__tablename__}.{column.key}")
    compiled = insert(table).compile(dialect=dialect, column_keys=[column.key for column in columns])
    dates = tuple(column.key for column in columns if isinstance(column.type, Date) and column.key in keys)
    return str(compiled), tuple(compiled.positiontup or ()), dates, missing


def _write(connection: Connection, table: type[Base], rows: list[dict[str, Any]]) -> None:
    """Insert rows (all with the same keys) with one executemany.

    The statement is SQLAlchemy Core's `insert(table)`, but the values go to
    the driver already in SQLite's storage format (ids as hex, dates as ISO
    text): SQLAlchemy's per-value type processing would otherwise take half
    of the time of a 100,000-person demo. `tests/test_demo.py` checks that the
    ORM reads these rows back exactly.
    """
    sql, order, dates, missing = _insert_plan(table, connection.dialect, tuple(rows[0]))
    for row in rows:
        for key in dates:
            value = row[key]
            if value is not None:
                row[key] = value.isoformat()
        if missing:
            row.update(missing)
    values = itemgetter(*order)
    connection.exec_driver_sql(sql, [values(row) for row in rows])


def fill_demo(engine_or_path: Engine | str | Path, persons: int, seed: int = 1,
              progress: Callable[[int, int], None] | None = None, *,
              as_of: dt.date = REFERENCE_DATE) -> DemoSummary:
    """Fill an empty database with `persons` synthetic persons and their cases, as of `as_of`.

    `engine_or_path` is an engine on a migrated database, or a file path
    (created and migrated if needed). `progress(done, total)` is called after
    each batch of persons. Raises `DemoError` if the database already holds persons.
    """
    if persons < 1:
        raise ValueError("persons must be at least 1")
    if isinstance(engine_or_path, Engine):
        return _fill(engine_or_path, persons, seed, progress, as_of)
    from models.db import open_database

    db = open_database(engine_or_path)
    try:
        return _fill(db.engine, persons, seed, progress, as_of)
    finally:
        db.close()


def _fill(engine: Engine, persons: int, seed: int, progress: Callable[[int, int], None] | None,
          as_of: dt.date) -> DemoSummary:
    rng = DemoRandom(seed)
    counts = {table.__tablename__: 0 for table in (User, *TABLES)}
    with engine.begin() as connection:
        existing = connection.scalar(select(func.count()).select_from(Person))
        if existing:
            raise DemoError(f"The database already holds {existing:,} persons; demo data goes into an empty one.")
        taken = set(connection.scalars(select(User.username)))
        user_rows, users = _make_users(rng, persons, as_of, taken)
        demo = _Demo(rng, as_of, users)
        demo.add_invented_companies(persons // 400)
        # Random ids scatter inserts over every index: a big page cache keeps more of them in memory.
        cache_size = connection.exec_driver_sql("PRAGMA cache_size").scalar()
        assert cache_size is not None  # SQLite always answers this pragma
        connection.exec_driver_sql(f"PRAGMA cache_size = {-CACHE_KIB}")
        try:
            _write(connection, User, user_rows)
            counts["users"] = len(user_rows)
            seconds = persons // SECOND_RECORD_EVERY  # within `persons`: the last ones made
            main = persons - seconds
            firsts: list[dict[str, Any]] = []
            for done in range(0, main, BATCH):
                last = done + BATCH >= main
                for made in range(done, min(done + BATCH, main)):
                    parent = demo.rows[Person][-1] if made % CHILD_EVERY == CHILD_EVERY - 1 and demo.rows[Person] \
                        and made % (SECOND_RECORD_EVERY - 1) != 0 else None
                    if parent is not None and parent["birth_year"] <= as_of.year - 20:
                        demo.child(parent)  # within `persons`: a family rather than one more adult
                        continue
                    demo.person()
                    if made % (SECOND_RECORD_EVERY - 1) == 0:  # enough of them: main / 249 >= persons / 250
                        firsts.append(dict(demo.rows[Person][-1]))  # a copy: writing turns its dates to text
                for first in firsts[:seconds] if last else ():
                    demo.second_record(first)
                for table, rows in demo.take_rows():
                    _write(connection, table, rows)
                    counts[table.__tablename__] += len(rows)
                if progress:
                    progress(persons if last else done + BATCH, persons)
        finally:
            connection.exec_driver_sql(f"PRAGMA cache_size = {int(cache_size)}")
    return DemoSummary(seed=seed, as_of=as_of, counts={"persons": counts.pop("persons"), **counts})
