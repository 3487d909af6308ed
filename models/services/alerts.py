"""The supervisor's alerts: every open obligation of every open case the actor may see, on one list.

Read from the `obligations` table that the services keep current (see
models.services.deadlines), never recomputed here: an alert is a stored
obligation not yet met of a person with a live case that is not closed
(the `alert` flag), and its status follows from its stored `due` and the chosen
"as of" day (RULES.md section 1: overdue when `due < as_of`; due soon when
`0 <= due - as_of <= 7`). The counts and the first page are read from the
partial index `ix_obligations_alerts` alone; the full list is handed out as
keys, in the index's order, and read a page at a time.

Besides the persons' obligations the list carries:
- referral follow-ups (a sent referral with no answer), from
  `models.services.follow_ups`;
- once a year the employers' 1 October deadline for next year's foreign labour
  needs (`quota.employer_request`): one office-wide row for supervisors, the
  coming 1 October (after it has passed, next year's), since Qamqor does not
  record employers' submissions.

Decisions:
- A person with two open cases has their obligations listed once, under the
  most recently opened of the cases the actor may see.
- An "as of" day in the future answers "what will be overdue on 1 March?" from
  the due dates stored today; obligations that do not exist yet (a stay not
  yet recorded) cannot be foreseen.
- Stored obligations are computed as of the day of the last change; a full
  recompute brings them to today (`recompute_if_stale`, which the desktop runs
  in the background at start when the oldest `computed_on` is before today).
"""
from __future__ import annotations

import datetime as dt
import heapq
import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from json.encoder import encode_basestring, encode_basestring_ascii
from typing import Literal

from sqlalchemy import String, cast, func, literal, select, type_coerce
from sqlalchemy.orm import Session

from models.db import Database
from models.entities import Case, CaseStatus, Category, Person, Role, StoredObligation, User
from models.entities.deadlines import ON_ALERT_LIST
from models.rules.quota import RULE as EMPLOYER_REQUEST
from models.rules.quota import employer_request
from models.services.base import Actor, reading, today
from models.services.follow_ups import follow_ups
from models.services.permissions import has, require, visible_cases
from models.services.rules import ruleset_in

DUE_SOON_DAYS = 7  # RULES.md section 1
MONTH_DAYS = 30
REFERRAL_FOLLOW_UP = "referral.follow_up"
Window = Literal["overdue", "today", "week", "month", "attention", "all"]
WINDOWS: tuple[str, ...] = ("attention", "overdue", "today", "week", "month", "all")
NO_REGION = ""  # the region filter's value for persons whose region is not recorded


@dataclass(frozen=True)
class AlertFilter:
    """Which alerts: a due-date window around "as of", and optional rule, caseworker, region and category.

    Windows: `overdue` (due before as of), `today`, `week` (today to 7 days on),
    `month` (today to 30 days on), `attention` (overdue or within 30 days: the
    default) and `all` (every open obligation). `within` (days) replaces the
    window by "overdue or due within that many days".
    """

    window: Window = "attention"
    within: int | None = None
    rule: str | None = None
    caseworker_id: uuid.UUID | None = None
    unassigned: bool = False  # only cases with no caseworker
    region: str | None = None  # stored region name, or NO_REGION
    category: Category | str | None = None

    def due_range(self, as_of: dt.date) -> tuple[dt.date | None, dt.date | None]:
        """(first, last) due date included; None: no bound."""
        if self.within is not None:
            return None, as_of + dt.timedelta(days=self.within)
        day = dt.timedelta(days=1)
        return {
            "overdue": (None, as_of - day),
            "today": (as_of, as_of),
            "week": (as_of, as_of + DUE_SOON_DAYS * day),
            "month": (as_of, as_of + MONTH_DAYS * day),
            "attention": (None, as_of + MONTH_DAYS * day),
            "all": (None, None),
        }[self.window]

    @property
    def by_case(self) -> bool:
        """Whether a condition on the case (caseworker, region, category) applies."""
        return bool(self.caseworker_id or self.unassigned or self.region is not None or self.category)


@dataclass(frozen=True)
class AlertCounts:
    """How many alerts in each window (with every filter but the window applied)."""

    overdue: int = 0
    today: int = 0
    week: int = 0  # due today to 7 days on
    month: int = 0  # due today to 30 days on

    def __add__(self, other: AlertCounts) -> AlertCounts:
        return AlertCounts(self.overdue + other.overdue, self.today + other.today, self.week + other.week,
                           self.month + other.month)

    def as_dict(self) -> dict[str, int]:
        return {"overdue": self.overdue, "today": self.today, "week": self.week, "month": self.month}


def _dashed(hex_id: str | None) -> str | None:
    """32 hex digits as the usual UUID text (without building a UUID object)."""
    if hex_id is None:
        return None
    return f"{hex_id[:8]}-{hex_id[8:12]}-{hex_id[12:16]}-{hex_id[16:20]}-{hex_id[20:]}"


# Not frozen: a frozen dataclass takes several times as long to build, and the command line builds 100,000.
@dataclass(slots=True)
class AlertRow:
    """One alert as the list shows it. Ids are 32 hex digits as stored (the command line lists 100,000)."""

    key: str  # "o:<person>:<position>", "r:<referral>" or "q:<year>"
    rule: str
    due: dt.date
    days_left: int  # due - as_of (negative when overdue)
    status: str  # overdue, due_soon or ok (RULES.md section 1)
    case_hex: str | None = None
    person_hex: str | None = None
    family_name: str | None = None
    given_name: str | None = None
    patronymic: str | None = None
    citizenship: str | None = None
    category: str | None = None
    caseworker_hex: str | None = None
    caseworker: str | None = None
    region: str | None = None
    rule_version: str | None = None
    referral_hex: str | None = None

    @property
    def case_id(self) -> uuid.UUID | None:
        return None if self.case_hex is None else uuid.UUID(self.case_hex)

    @property
    def name(self) -> str:
        return " ".join(filter(None, (self.family_name, self.given_name, self.patronymic)))

    def as_dict(self) -> dict:
        """JSON-friendly (the command line's --json, the exports)."""
        return {"rule": self.rule, "due": self.due.isoformat(), "status": self.status, "days_left": self.days_left,
                "case_id": _dashed(self.case_hex), "person_id": _dashed(self.person_hex), "name": self.name or None,
                "citizenship": self.citizenship, "category": self.category, "caseworker": self.caseworker,
                "region": self.region, "rule_version": self.rule_version, "referral_id": _dashed(self.referral_hex)}

    def as_json(self, ascii_only: bool = False) -> str:
        """`as_dict()` as one line of JSON, written directly: for the command line's 100,000 rows this takes
        half the time of building the dicts and encoding them (a test holds the two equal)."""
        text = encode_basestring_ascii if ascii_only else encode_basestring

        def string(value: str | None) -> str:
            return "null" if value is None else text(value)

        return (f'{{"rule": {text(self.rule)}, "due": "{self.due.isoformat()}", "status": {text(self.status)}, '
                f'"days_left": {self.days_left}, "case_id": {string(_dashed(self.case_hex))}, '
                f'"person_id": {string(_dashed(self.person_hex))}, "name": {string(self.name or None)}, '
                f'"citizenship": {string(self.citizenship)}, "category": {string(self.category)}, '
                f'"caseworker": {string(self.caseworker)}, "region": {string(self.region)}, '
                f'"rule_version": {string(self.rule_version)}, "referral_id": {string(_dashed(self.referral_hex))}}}')


def status_of(due: dt.date, as_of: dt.date) -> str:
    days = (due - as_of).days
    return "overdue" if days < 0 else "due_soon" if days <= DUE_SOON_DAYS else "ok"


@dataclass(frozen=True)
class Overview:
    """What the alert view shows first: the counts and the first page."""

    as_of: dt.date
    counts: AlertCounts
    first_page: list[AlertRow]


@dataclass(frozen=True)
class Breakdown:
    """Alerts in the chosen window counted by rule, caseworker, region and category (largest first)."""

    rule: list[tuple[str, int]] = field(default_factory=list)
    caseworker: list[tuple[str | None, str | None, int]] = field(default_factory=list)  # (hex id, name, n)
    region: list[tuple[str | None, int]] = field(default_factory=list)
    category: list[tuple[str, int]] = field(default_factory=list)


# --- conditions ------------------------------------------------------------------

def _require(actor: Actor) -> None:
    require(actor, Role.caseworker, Role.supervisor, doing="see the deadline alerts")


def _open_cases(actor: Actor, where: AlertFilter) -> list:
    """Conditions on `Case`: live, not closed, visible to the actor, and the filter's case conditions."""
    conditions = [Case.status != CaseStatus.closed, Case.archived_at.is_(None), visible_cases(actor)]
    if where.caseworker_id:
        conditions.append(Case.caseworker_id == where.caseworker_id)
    if where.unassigned:
        conditions.append(Case.caseworker_id.is_(None))
    if where.category:
        conditions.append(Case.category == where.category)
    if where.region is not None:
        region = Person.region.is_(None) if where.region == NO_REGION else Person.region == where.region
        conditions.append(Case.person_id.in_(select(Person.id).where(region)))
    return conditions


def _stored(actor: Actor, where: AlertFilter, first: dt.date | None, last: dt.date | None) -> list:
    """Conditions on `StoredObligation`, all served by the partial index `ix_obligations_alerts`."""
    conditions: list = [ON_ALERT_LIST]
    # Every open case is the supervisor's: the `alert` flag alone says it, with no look at the cases.
    if where.by_case or not has(actor, Role.supervisor):
        conditions.append(StoredObligation.person_id.in_(select(Case.person_id).where(*_open_cases(actor, where))))
    if first is not None:
        conditions.append(StoredObligation.due >= first)
    if last is not None:
        conditions.append(StoredObligation.due <= last)
    if where.rule:
        conditions.append(StoredObligation.rule == where.rule)
    return conditions


# The partial index's own order: a first page stops after `page` entries instead of sorting them all.
_ORDER = (StoredObligation.due, StoredObligation.rule, StoredObligation.person_id, StoredObligation.position)


def _stored_rules(where: AlertFilter) -> bool:
    return where.rule not in (REFERRAL_FOLLOW_UP, EMPLOYER_REQUEST)


def _in_window(rows: Iterable[AlertRow], where: AlertFilter, as_of: dt.date) -> list[AlertRow]:
    first, last = where.due_range(as_of)
    return [r for r in rows if (first is None or r.due >= first) and (last is None or r.due <= last)]


def _due(pair: tuple[dt.date, str]) -> dt.date:
    return pair[0]


# --- the stored obligations ---------------------------------------------------------------

def _counts(session: Session, actor: Actor, where: AlertFilter, as_of: dt.date) -> AlertCounts:
    if not _stored_rules(where):
        return AlertCounts()
    due = StoredObligation.due
    overdue, today_, week, month = session.execute(
        select(func.count().filter(due < as_of), func.count().filter(due == as_of),
               func.count().filter(due >= as_of, due <= as_of + dt.timedelta(days=DUE_SOON_DAYS)),
               func.count().filter(due >= as_of))
        .where(*_stored(actor, where, None, as_of + dt.timedelta(days=MONTH_DAYS)))).one()
    return AlertCounts(overdue, today_, week, month)


def _keys(session: Session, actor: Actor, where: AlertFilter, as_of: dt.date,
          limit: int | None = None) -> list[tuple[dt.date, str]]:
    """(due, key) of the stored obligations in the window, soonest first."""
    if not _stored_rules(where):
        return []
    o = StoredObligation
    key = literal("o:") + type_coerce(o.person_id, String) + literal(":") + cast(o.position, String)
    query = select(o.due, key).where(*_stored(actor, where, *where.due_range(as_of))).order_by(*_ORDER).limit(limit)
    return [(due, k) for due, k in session.execute(query)]


def _case_details(session: Session, actor: Actor, where: AlertFilter, *, persons=None,
                  case_ids: Iterable[uuid.UUID] | None = None) -> dict[str, AlertRow]:
    """Template rows carrying the person and the case, by person (hex), for the persons `persons` lists
    or the cases `case_ids` (then by case): the most recently opened open case the actor may see."""
    query = (select(type_coerce(Case.person_id, String), type_coerce(Case.id, String), Person.family_name,
                    Person.given_name, Person.patronymic, Person.citizenship, type_coerce(Case.category, String),
                    type_coerce(Case.caseworker_id, String), User.full_name, Person.region)
             .join(Person, Person.id == Case.person_id).outerjoin(User, User.id == Case.caseworker_id)
             .where(*_open_cases(actor, where)).order_by(Case.opened_on, Case.id))
    if persons is not None:
        query = query.where(Case.person_id.in_(persons))
    if case_ids is not None:
        query = query.where(Case.id.in_(list(case_ids)))
    found: dict[str, AlertRow] = {}
    for person, case_hex, family, given, patronymic, citizenship, category, caseworker_hex, caseworker, region \
            in session.execute(query):
        found[person if case_ids is None else case_hex] = AlertRow(
            "", "", _EPOCH, 0, "", case_hex, person, family, given, patronymic, citizenship, category,
            caseworker_hex, caseworker, region)
    return found


_EPOCH = dt.date.min


def _row(person: str, position: int, rule: str, due: dt.date, version: str, as_of: dt.date,
         case: AlertRow) -> AlertRow:
    days = (due - as_of).days
    return AlertRow(f"o:{person}:{position}", rule, due, days,
                    "overdue" if days < 0 else "due_soon" if days <= DUE_SOON_DAYS else "ok",
                    case.case_hex, person, case.family_name, case.given_name, case.patronymic, case.citizenship,
                    case.category, case.caseworker_hex, case.caseworker, case.region, version)


def _rows_of_persons(session: Session, actor: Actor, as_of: dt.date, person_hexes: Iterable[str]) -> list[AlertRow]:
    """The alerts of these persons, read by primary key (a page of the list: a few dozen persons)."""
    o = StoredObligation
    ids = [uuid.UUID(p) for p in person_hexes]
    # The flag tested in Python: "alert = 1" in the query would make SQLite prefer the alert index.
    obligations = [row for row in session.execute(
        select(type_coerce(o.person_id, String), o.position, o.rule, o.due, o.rule_version, o.alert)
        .where(o.person_id.in_(ids))) if row[5]]
    details = _case_details(session, actor, AlertFilter(window="all"), persons=ids) if obligations else {}
    return [_row(person, position, rule, due, version, as_of, details[person])
            for person, position, rule, due, version, _ in obligations if person in details]


def _listed_rows(session: Session, actor: Actor, where: AlertFilter, as_of: dt.date) -> list[AlertRow]:
    """Every stored alert in the window with its person and case: the obligations from the alert index,
    the open cases from their covering index and the persons by key, joined in memory (for 100,000
    persons a third faster than a join per obligation in SQL)."""
    o = StoredObligation
    core = session.connection()  # Core, and dates and ids as stored text: no ORM or type processing per value
    conditions = _stored(actor, where, *where.due_range(as_of))
    obligations = core.execute(select(type_coerce(o.person_id, String), o.position, o.rule,
                                      type_coerce(o.due, String), o.rule_version)
                               .where(*conditions).order_by(*_ORDER)).all()
    if not obligations:
        return []
    cases: dict[str, tuple] = {}
    for person, case_hex, category, caseworker_hex, opened in core.execute(
            select(type_coerce(Case.person_id, String), type_coerce(Case.id, String),
                   type_coerce(Case.category, String), type_coerce(Case.caseworker_id, String),
                   type_coerce(Case.opened_on, String))
            .where(*_open_cases(actor, where), Case.person_id.in_(select(o.person_id).where(*conditions)))):
        if person not in cases or opened > cases[person][3]:  # the most recently opened open case
            cases[person] = (case_hex, category, caseworker_hex, opened)
    persons = {row[0]: row[1:] for row in core.execute(
        select(type_coerce(Person.id, String), Person.family_name, Person.given_name, Person.patronymic,
               Person.citizenship, Person.region).where(Person.id.in_(select(o.person_id).where(*conditions))))}
    names = dict(core.execute(select(type_coerce(User.id, String), User.full_name)).all())
    days_of: dict[str, tuple[dt.date, int]] = {}  # a few thousand distinct days among 100,000 alerts
    rows = []
    for person, position, rule, due_text, version in obligations:
        case, details = cases.get(person), persons.get(person)
        if case is None or details is None:  # closed or no longer visible since the flag was written
            continue
        if (known := days_of.get(due_text)) is None:
            day = dt.date.fromisoformat(due_text)
            known = days_of[due_text] = (day, (day - as_of).days)
        due, days = known
        case_hex, category, caseworker_hex, _ = case
        family, given, patronymic, citizenship, region = details
        rows.append(AlertRow(f"o:{person}:{position}", rule, due, days,
                             "overdue" if days < 0 else "due_soon" if days <= DUE_SOON_DAYS else "ok",
                             case_hex, person, family, given, patronymic, citizenship, category, caseworker_hex,
                             names.get(caseworker_hex), region, version))
    return rows


# --- alerts that are not stored obligations -----------------------------------------------

def _office_rows(session: Session, actor: Actor, where: AlertFilter, as_of: dt.date) -> list[AlertRow]:
    """Referral follow-ups and the employers' deadline that pass the filter (any due date), soonest first."""
    rows = _referral_rows(session, actor, where, as_of)
    if where.rule in (None, EMPLOYER_REQUEST) and not where.by_case and has(actor, Role.supervisor):
        if (row := _employer_request_row(session, as_of)) is not None:
            rows.append(row)
    return sorted(rows, key=lambda r: (r.due, r.key))


def _employer_request_row(session: Session, as_of: dt.date) -> AlertRow | None:
    """The coming 1 October: this year's until it has passed, then next year's."""
    ruleset = ruleset_in(session)
    obligation = employer_request(ruleset, as_of)
    if obligation is None or obligation.due < as_of:
        obligation = employer_request(ruleset, dt.date(as_of.year + 1, 1, 1))
    if obligation is None:
        return None
    return AlertRow(key=f"q:{obligation.due.year}", rule=EMPLOYER_REQUEST, due=obligation.due,
                    days_left=(obligation.due - as_of).days, status=status_of(obligation.due, as_of),
                    rule_version=obligation.rule_version)


def _referral_rows(session: Session, actor: Actor, where: AlertFilter, as_of: dt.date) -> list[AlertRow]:
    if where.rule not in (None, REFERRAL_FOLLOW_UP):
        return []
    waiting = follow_ups(session, as_of)
    if not waiting:
        return []
    cases = _case_details(session, actor, where, case_ids={case_id for case_id, *_ in waiting})
    rows = []
    for case_id, referral_id, due, status in waiting:  # the status by the referral settings
        if (case := cases.get(case_id.hex)) is not None:
            rows.append(replace(case, key=f"r:{referral_id.hex}", rule=REFERRAL_FOLLOW_UP, due=due,
                                days_left=(due - as_of).days, status=status, referral_hex=referral_id.hex))
    return rows


def _window_counts(rows: Iterable[AlertRow]) -> AlertCounts:
    counts: Counter = Counter()
    for row in rows:
        days = row.days_left
        counts["overdue"] += days < 0
        counts["today"] += days == 0
        counts["week"] += 0 <= days <= DUE_SOON_DAYS
        counts["month"] += 0 <= days <= MONTH_DAYS
    return AlertCounts(**counts)


# --- the public functions ----------------------------------------------------------------

def overview(db: Database, actor: Actor, where: AlertFilter = AlertFilter(), as_of: dt.date | None = None,
             page: int = 100) -> Overview:
    """The counts of every window and the first `page` alerts of the chosen one: what the view shows first."""
    as_of = as_of or today()
    with reading(db, actor) as session:
        _require(actor)
        extra = _office_rows(session, actor, where, as_of)
        counts = _counts(session, actor, where, as_of) + _window_counts(extra)
        first = heapq.merge(_keys(session, actor, where, as_of, limit=page),
                            [(r.due, r.key) for r in _in_window(extra, where, as_of)], key=_due)
        keys = [key for _, key in first][:page]
        return Overview(as_of, counts, _rows(session, actor, keys, as_of, {r.key: r for r in extra}))


def alert_keys(db: Database, actor: Actor, where: AlertFilter = AlertFilter(),
               as_of: dt.date | None = None) -> list[str]:
    """The keys of every alert in the window, soonest first (for a list that reads its rows page by page)."""
    as_of = as_of or today()
    with reading(db, actor) as session:
        _require(actor)
        extra = [(r.due, r.key) for r in _in_window(_office_rows(session, actor, where, as_of), where, as_of)]
        return [key for _, key in heapq.merge(_keys(session, actor, where, as_of), extra, key=_due)]


def alert_rows(db: Database, actor: Actor, keys: list[str], as_of: dt.date | None = None) -> list[AlertRow]:
    """The rows of these alerts, in the order given (those no longer open or visible are left out)."""
    as_of = as_of or today()
    with reading(db, actor) as session:
        _require(actor)
        extra = {}
        if any(not key.startswith("o:") for key in keys):
            extra = {r.key: r for r in _office_rows(session, actor, AlertFilter(window="all"), as_of)}
        return _rows(session, actor, keys, as_of, extra)


def _rows(session: Session, actor: Actor, keys: list[str], as_of: dt.date,
          extra: dict[str, AlertRow]) -> list[AlertRow]:
    persons = {key.split(":")[1] for key in keys if key.startswith("o:")}
    found = {row.key: row for row in _rows_of_persons(session, actor, as_of, persons)} if persons else {}
    return [row for key in keys if (row := found.get(key) or extra.get(key)) is not None]


def alerts(db: Database, actor: Actor, where: AlertFilter = AlertFilter(),
           as_of: dt.date | None = None) -> list[AlertRow]:
    """Every alert in the window with its details, soonest first (command line, exports)."""
    as_of = as_of or today()
    with reading(db, actor) as session:
        _require(actor)
        stored = _listed_rows(session, actor, where, as_of) if _stored_rules(where) else []
        extra = _in_window(_office_rows(session, actor, where, as_of), where, as_of)
    return list(heapq.merge(stored, extra, key=lambda r: r.due))


def counts(db: Database, actor: Actor, where: AlertFilter = AlertFilter(),
           as_of: dt.date | None = None) -> AlertCounts:
    """How many alerts are overdue, due today, due within 7 days and within 30 days."""
    as_of = as_of or today()
    with reading(db, actor) as session:
        _require(actor)
        return _counts(session, actor, where, as_of) + _window_counts(_office_rows(session, actor, where, as_of))


def breakdown(db: Database, actor: Actor, where: AlertFilter = AlertFilter(),
              as_of: dt.date | None = None) -> Breakdown:
    """The alerts in the window counted by rule, caseworker, region and category."""
    as_of = as_of or today()
    with reading(db, actor) as session:
        _require(actor)
        extra = _in_window(_office_rows(session, actor, where, as_of), where, as_of)
        by_rule: Counter = Counter(r.rule for r in extra)
        by_caseworker: Counter = Counter((r.caseworker_hex, r.caseworker) for r in extra if r.case_hex)
        by_region: Counter = Counter(r.region for r in extra if r.case_hex)
        by_category: Counter = Counter(r.category for r in extra if r.case_hex)
        if _stored_rules(where):
            o = StoredObligation
            conditions = _stored(actor, where, *where.due_range(as_of))
            by_rule.update(dict(session.execute(
                select(o.rule, func.count()).where(*conditions).group_by(o.rule)).all()))
            # Counted per person from the alert index, then joined in memory to each person's open case and
            # region: one scan of each, where a join per obligation takes seconds for 100,000 persons.
            core = session.connection()
            per_person = core.execute(select(type_coerce(o.person_id, String), func.count())
                                      .where(*conditions).group_by(o.person_id)).all()
            cases: dict[str, tuple] = {}
            for person, caseworker_hex, category, opened in core.execute(
                    select(type_coerce(Case.person_id, String), type_coerce(Case.caseworker_id, String),
                           type_coerce(Case.category, String), type_coerce(Case.opened_on, String))
                    .where(*_open_cases(actor, where))):
                if person not in cases or opened > cases[person][2]:
                    cases[person] = (caseworker_hex, category, opened)
            region_of = dict(core.execute(select(type_coerce(Person.id, String), Person.region)
                                          .where(Person.region.is_not(None))).all())
            names = dict(session.execute(select(type_coerce(User.id, String), User.full_name)).all())
            for person, n in per_person:
                if (case := cases.get(person)) is None:
                    continue
                caseworker_hex, category, _ = case
                by_caseworker[(caseworker_hex, names.get(caseworker_hex))] += n
                by_region[region_of.get(person)] += n
                by_category[category] += n

    def largest(counter: Counter) -> list:
        return sorted(((k, n) for k, n in counter.items() if n), key=lambda item: (-item[1], str(item[0])))

    return Breakdown(rule=largest(by_rule), caseworker=[(cid, name, n) for (cid, name), n in largest(by_caseworker)],
                     region=largest(by_region), category=largest(by_category))


def by_week(db: Database, actor: Actor, where: AlertFilter = AlertFilter(), as_of: dt.date | None = None,
            weeks: int = 8) -> tuple[int, list[tuple[dt.date, int]]]:
    """(overdue, [(first day of the week, alerts due that week)]) for the `weeks` weeks from as of."""
    as_of = as_of or today()
    end = as_of + dt.timedelta(days=7 * weeks - 1)
    everything = replace(where, window="all", within=None)
    per_day: Counter = Counter()
    with reading(db, actor) as session:
        _require(actor)
        per_day.update(r.due for r in _office_rows(session, actor, everything, as_of) if r.due <= end)
        if _stored_rules(where):
            o = StoredObligation
            per_day.update(dict(session.execute(
                select(o.due, func.count()).where(*_stored(actor, everything, None, end)).group_by(o.due)).all()))
    overdue = sum(n for day, n in per_day.items() if day < as_of)
    return overdue, [(as_of + dt.timedelta(days=7 * w),
                      sum(per_day.get(as_of + dt.timedelta(days=7 * w + d), 0) for d in range(7)))
                     for w in range(weeks)]


# --- keeping the stored obligations fresh ---------------------------------------------------

def computed_on(db: Database) -> dt.date | None:
    """The oldest day the stored obligations were computed on (None: nothing stored)."""
    with db.reading() as session:
        return session.scalar(select(func.min(StoredObligation.computed_on)))


def is_stale(db: Database, as_of: dt.date | None = None) -> bool:
    """Whether some stored obligations were computed before today (a new day moves the stay limits), or
    none are stored while persons are (a database upgraded from before the obligations table, issue 12).

    The oldest, not the newest: every save refreshes its own person's rows to today."""
    oldest = computed_on(db)
    if oldest is None:
        with db.reading() as session:
            return session.scalar(select(Person.id).where(Person.archived_at.is_(None)).limit(1)) is not None
    return oldest < (as_of or today())


def recompute_if_stale(db: Database, progress: Callable[[int, int], None] | None = None) -> int:
    """Recompute every person's obligations if some were computed before today; how many persons (0: fresh)."""
    from models.services import deadlines

    if not is_stale(db):
        return 0
    return deadlines.recompute_all(db, progress=progress)
