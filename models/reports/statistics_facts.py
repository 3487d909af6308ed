"""What the statistics count, read once per report: the cases in the report's scope that were alive in the
period, their persons, and the persons who came back in
the period (a case before it).

Read with SQLAlchemy Core, each value normalised here (`hex_of`, `day_of`): SQLite hands ids and dates back as
text, PostgreSQL (psycopg) as `uuid.UUID` and `date`; the table functions see one form. Counting is done in
Python over these facts, not in SQL, so that one query per kind of record serves SQLite and PostgreSQL alike
and every number keeps the cases behind it.
"""
from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import String, and_, or_, select, type_coerce
from sqlalchemy.orm import Session

from models.entities import Case, CaseStatus, Person, Role
from models.minors import is_minor
from models.services.base import Actor
from models.services.permissions import has, require


def hex_of(value: Any) -> str:
    """An id as 32 hex digits, whether the driver gave text (SQLite) or a UUID (PostgreSQL)."""
    if type(value) is str and len(value) == 32:  # SQLite's: the common case, kept quick
        return value
    return value.hex if isinstance(value, uuid.UUID) else str(value).replace("-", "")


class _Days(dict):
    """ISO text (SQLite) or a date (PostgreSQL) -> the date, each text parsed once: 100,000 cases open on a
    few thousand distinct days."""

    def __missing__(self, value: Any) -> dt.date:
        day = self[value] = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
        return day


_days = _Days({None: None})
day_of: Callable[[Any], dt.date | None] = _days.__getitem__


@dataclass(frozen=True)
class Period:
    first: dt.date
    last: dt.date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.first <= day <= self.last


@dataclass(slots=True)  # not frozen: a frozen dataclass costs a third more to make, 100,000 times
class CaseFact:
    id: str
    person: str
    category: str
    opened: dt.date
    closed: dt.date | None
    closed_undated: bool  # closed, with no closing day recorded: not open at the end, not closed in the period

    def open_on(self, day: dt.date) -> bool:
        return self.opened <= day and not self.closed_undated and (self.closed is None or self.closed > day)


@dataclass(slots=True)
class PersonFact:
    id: str
    sex: str
    citizenship: str
    region: str | None
    birth_date: dt.date | None
    birth_year: int | None

    def age_group(self, on: dt.date) -> str:
        """minor or adult on `on`, as the case marks the person (models.minors: knowing only the birth year, a
        minor while possibly under 18); unknown with neither a birth date nor a year."""
        if self.birth_date is None and self.birth_year is None:
            return "unknown"
        return "minor" if is_minor(self.birth_date, self.birth_year, on) else "adult"


@dataclass
class Facts:
    """The report's scope and what it counts; the table functions read from here (and `session` for more)."""

    session: Session
    actor: Actor
    period: Period
    today: dt.date
    cases: dict[str, CaseFact] = field(default_factory=dict)
    persons: dict[str, PersonFact] = field(default_factory=dict)
    # The persons with a case new in the period who had a case before it: they came back, they are not new.
    returning: set[str] = field(default_factory=set)
    whole_office: bool = True

    def scope(self) -> list:
        """Conditions on `Case` for the cases this report counts."""
        return scope_of(self.actor)

    def case_of_person(self, person: str, cases: set[str] | frozenset[str]) -> str | None:
        """One of `cases` that belongs to `person` (the most recently opened)."""
        mine = [self.cases[c] for c in cases if c in self.cases and self.cases[c].person == person]
        return max(mine, key=lambda c: (c.opened, c.id)).id if mine else None


def scope_of(actor: Actor) -> list:
    """Supervisors count the whole office; a caseworker the cases assigned to her (a shared case is counted
    by its own caseworker, so that two caseworkers' reports never count one case twice)."""
    require(actor, Role.caseworker, Role.supervisor, doing="run the statistics")
    live = [Case.archived_at.is_(None)]
    return live if has(actor, Role.supervisor) else live + [Case.caseworker_id == actor.user_id]


def load(session: Session, actor: Actor, period: Period, today: dt.date) -> Facts:
    """The cases of the scope alive at some time in the period, their persons, and who among them came back."""
    facts = Facts(session, actor, period, today, whole_office=has(actor, Role.supervisor))
    scope = facts.scope()
    core = session.connection()
    closed = CaseStatus.closed.value
    alive = and_(Case.opened_on <= period.last, or_(Case.closed_on.is_(None), Case.closed_on >= period.first))
    for case_id, person, category, status, opened_on, closed_on in core.execute(
            select(type_coerce(Case.id, String), type_coerce(Case.person_id, String),
                   type_coerce(Case.category, String), type_coerce(Case.status, String),
                   type_coerce(Case.opened_on, String), type_coerce(Case.closed_on, String))
            .where(*scope, alive)).all():
        closed_day = day_of(closed_on)
        opened_day = day_of(opened_on)
        assert opened_day is not None  # a case always has its opening day
        key = hex_of(case_id)
        facts.cases[key] = CaseFact(key, hex_of(person), str(category), opened_day, closed_day,
                                    closed_day is None and status == closed)
    person_columns = (type_coerce(Person.id, String), type_coerce(Person.sex, String), Person.citizenship,
                      Person.region, type_coerce(Person.birth_date, String), Person.birth_year)
    # The whole office: every person, read straight (a filter on the office's cases would cost twice as much).
    query = select(*person_columns) if facts.whole_office else \
        select(*person_columns).where(Person.id.in_(select(Case.person_id).where(*scope, alive)))
    wanted = {case.person for case in facts.cases.values()}
    for person, sex, citizenship, region, birth_date, birth_year in core.execute(query).all():
        if (key := hex_of(person)) in wanted:
            facts.persons[key] = PersonFact(key, str(sex), citizenship, region, day_of(birth_date), birth_year)
    new_in_period = select(Case.person_id).where(*scope, Case.opened_on >= period.first,
                                                  Case.opened_on <= period.last)
    facts.returning = {hex_of(person) for person, in core.execute(
        select(type_coerce(Case.person_id, String)).distinct()
        .where(*scope, Case.opened_on < period.first, Case.person_id.in_(new_in_period)))}
    return facts
