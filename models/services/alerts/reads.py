"""The alert list's public reads: the first view, keys and pages, the full list, counts, breakdown, weeks."""
from __future__ import annotations

import datetime as dt
import heapq
from collections import Counter
from dataclasses import replace

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from models.clock import today
from models.db import Database
from models.entities import Case, Person, StoredObligation, User
from models.services.alerts.conditions import _due, _in_window, _open_cases, _require, _stored, _stored_rules
from models.services.alerts.filters import AlertCounts, AlertFilter
from models.services.alerts.office import _office_rows, _window_counts
from models.services.alerts.rows import AlertRow, Breakdown, Overview
from models.services.alerts.stored import _counts, _keys, _listed_rows, _rows_of_persons
from models.services.base import Actor, reading


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
