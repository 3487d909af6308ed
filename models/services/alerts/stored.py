"""The persons' stored obligations on the alert list: counts, keys and rows, read from the alert index."""
from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable

from sqlalchemy import String, cast, func, literal, select, type_coerce
from sqlalchemy.orm import Session

from models.entities import Case, Person, StoredObligation, User
from models.rules.dates import DUE_SOON_DAYS, status_from_days_left
from models.services.alerts.conditions import _ORDER, _open_cases, _stored, _stored_rules
from models.services.alerts.filters import MONTH_DAYS, AlertCounts, AlertFilter
from models.services.alerts.rows import AlertRow
from models.services.base import Actor


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
    return AlertRow(f"o:{person}:{position}", rule, due, days, status_from_days_left(days, False),
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
    days_of: dict[str, tuple[dt.date, int, str]] = {}  # a few thousand distinct days among 100,000 alerts
    rows = []
    for person, position, rule, due_text, version in obligations:
        case, details = cases.get(person), persons.get(person)
        if case is None or details is None:  # closed or no longer visible since the flag was written
            continue
        if (known := days_of.get(due_text)) is None:
            day = dt.date.fromisoformat(due_text)
            days = (day - as_of).days
            known = days_of[due_text] = (day, days, status_from_days_left(days, False))
        due, days, status = known
        case_hex, category, caseworker_hex, _ = case
        family, given, patronymic, citizenship, region = details
        rows.append(AlertRow(f"o:{person}:{position}", rule, due, days, status, case_hex, person, family, given, patronymic, citizenship, category, caseworker_hex,
                             names.get(caseworker_hex), region, version))
    return rows
