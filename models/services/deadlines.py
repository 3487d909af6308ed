"""A person's obligations: computed by the rule engine from their history, and kept in the
`obligations` table so that case lists and alerts are indexed queries.

The stored rows are rewritten inside the same transaction as every change to a
person or their history (see `refresh`), and for everyone after a rule version
changes (`recompute_all`). They are computed "as of" the day of the change;
`recompute_all` on a later day brings stay limits that depend on the day
(the current stay, the 180-day window) up to date.

Decision (issue 29): "the case says the person seeks asylum" (asylum.apply_by) is an open case of the
category "asylum seeker" while no asylum claim is recorded; once the claim is recorded, its decision
deadlines take over.
"""
from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from models.clock import today
from models.connection import Database
from models.entities import Person
from models.ids import PersonId
from models.rules import situation as rules
from models.rules.engine import Evaluation, evaluate
from models.rules.messages import render
from models.rules.obligation import Obligation
from models.rules.planning import StayPlan
from models.services.base import Actor, get_live, reading
from models.services.permissions import check_person
from models.services.rules_in_force import ruleset_in

if TYPE_CHECKING:  # pydantic loads with the first answer that needs it, not for `qamqor alerts`
    from models.schemas.case_file import DeadlinesOut, ObligationOut

CHUNK = 2000  # persons per transaction in a full recompute: other windows can still save in between

# What the rule engine reads, one query per kind of record. Raw SQL on the session's own
# connection: a full recompute reads about a million rows, and SQLAlchemy's per-value type
# processing (UUID objects above all) would cost more than the rules themselves.
# `{where}` selects the persons; ids are stored as 32 hex digits, dates as ISO text.
_QUERIES = {
    "stays": "SELECT person_id, entry_date, exit_date, basis FROM stays",
    "registrations": "SELECT person_id, registered_on FROM registrations",
    "permits": "SELECT person_id, kind, valid_from, valid_to FROM permits",
    "contracts": "SELECT person_id, start_date, end_date FROM contracts",
    # Several asylum claims, refugee statuses or expulsions: the latest one decides the deadlines.
    "asylum": "SELECT person_id, registered_on, decided_on FROM asylum_claims",
    "refugee": "SELECT person_id, recognized_on, valid_to, certificate_issued_on FROM refugee_statuses",
    "expulsion": "SELECT person_id, expelled_on, ban_until FROM expulsions",
    "documents": "SELECT person_id, kind, expires_on FROM identity_documents",
    # Only a decision finding the person liable is appealed (proceedings.appeal): one found not liable, a
    # dismissed case or a pending one starts no deadline.
    "proceedings": "SELECT person_id, decided_on, appealed_on FROM (SELECT * FROM proceedings WHERE decision = "
                   "'liable' AND decided_on IS NOT NULL) AS decided",
    # A person whose open case says they seek asylum, with no claim recorded: asylum.apply_by.
    "seeking": "SELECT DISTINCT person_id FROM (SELECT person_id, archived_at FROM cases WHERE category = "
               "'asylum_seeker' AND status != 'closed') AS seeking",
}
_ORDER = {"stays": 2, "registrations": 2, "permits": 3, "contracts": 2, "asylum": 2, "refugee": 2, "expulsion": 2,
          "documents": 3, "proceedings": 2, "seeking": 1}


class _Days(dict):
    """ISO date text -> date, each text parsed once: a full recompute reads 1.7 million dates, of a few
    thousand distinct days, and a dict lookup costs a third of a parse behind a function call."""

    def __missing__(self, text: str) -> dt.date:
        day = self[text] = dt.date.fromisoformat(text)
        return day


_day = _Days({None: None})

_MAKE: dict[str, Callable[..., Any]] = {
    "stays": lambda entry, exit_, basis: rules.Stay(_day[entry], _day[exit_], basis),
    "registrations": lambda day: rules.Registration(_day[day]),
    "permits": lambda kind, start, end: rules.Permit(kind, _day[start], _day[end]),
    "contracts": lambda start, end: rules.Contract(_day[start], _day[end]),
    "asylum": lambda registered, decided: rules.AsylumClaim(_day[registered], _day[decided]),
    "refugee": lambda recognized, valid_to, issued: rules.RefugeeStatus(_day[recognized], _day[valid_to],
                                                                         _day[issued]),
    "expulsion": lambda expelled, until: rules.Expulsion(_day[expelled], _day[until]),
    "documents": lambda kind, expires: rules.IdentityDocument(kind, _day[expires]),
    "proceedings": lambda decided, appealed: rules.Proceeding(_day[decided], _day[appealed]),
    "seeking": lambda: rules.AsylumClaim(None),
}


def _situations(session: Session, where: str, params: tuple,
                planned_entry: dt.date | None = None) -> dict[str, rules.Situation]:
    """The rule engine's view of the persons `where` selects (on a `person_id` column), by hex id."""
    connection = session.connection()
    parts: dict[str, dict[str, list]] = {}
    for name, query in _QUERIES.items():
        found: dict[str, list] = defaultdict(list)
        rows = connection.exec_driver_sql(
            f"{query} WHERE archived_at IS NULL AND {where} ORDER BY person_id, {_ORDER[name]}", params).fetchall()
        make = _MAKE[name]
        for person_id, *values in rows:
            found[person_id].append(make(*values))
        parts[name] = found
    persons = connection.exec_driver_sql(
        f"SELECT id, citizenship, exempt_category FROM persons WHERE {where.replace('person_id', 'id')}", params)
    empty: list = []
    return {
        person_id: rules.Situation(
            citizenship=citizenship,
            stays=tuple(parts["stays"].get(person_id, empty)),
            registrations=tuple(parts["registrations"].get(person_id, empty)),
            permits=tuple(parts["permits"].get(person_id, empty)),
            contracts=tuple(parts["contracts"].get(person_id, empty)),
            exempt_category=exempt,
            asylum=(parts["asylum"].get(person_id) or parts["seeking"].get(person_id) or [None])[-1],
            refugee=(parts["refugee"].get(person_id) or [None])[-1],
            expulsion=(parts["expulsion"].get(person_id) or [None])[-1],
            planned_entry=planned_entry,
            documents=tuple(parts["documents"].get(person_id, empty)),
            proceedings=tuple(parts["proceedings"].get(person_id, empty)),
        )
        for person_id, citizenship, exempt in persons
    }


def _ids_clause(person_ids: Sequence[uuid.UUID]) -> tuple[str, tuple]:
    return f"person_id IN ({', '.join('?' * len(person_ids))})", tuple(p.hex for p in person_ids)


def _store(session: Session, where: str, params: tuple, situations: dict[str, rules.Situation],
           as_of: dt.date) -> None:
    """Bring the stored obligations of the persons `where` selects up to date.

    Only the persons whose obligations changed are rewritten; the others only get the new
    `computed_on`. On a new day most due dates stay as they were, and rewriting a row with its
    three indexes costs a full recompute several seconds more than changing one plain column.
    """
    ruleset = ruleset_in(session)
    connection = session.connection()
    computed_on = as_of.isoformat()
    with_open_case = {row[0] for row in connection.exec_driver_sql(
        f"SELECT person_id FROM cases WHERE status != 'closed' AND archived_at IS NULL AND {where}", params)}
    stored: dict[str, list[tuple]] = defaultdict(list)
    for person_id, *row in connection.exec_driver_sql(
            f"SELECT person_id, rule, due, met, rule_version, alert FROM obligations WHERE {where} "
            "ORDER BY person_id, position", params):
        stored[person_id].append(tuple(row))
    computed: dict[str, list[tuple]] = {
        person_id: [(o.rule, o.due.isoformat(), o.status == "met", o.rule_version,
                     o.status != "met" and person_id in with_open_case)
                    for o in evaluate(situation, ruleset, as_of).obligations]
        for person_id, situation in situations.items()}
    changed = [person_id for person_id in stored.keys() | computed.keys()
               if stored.get(person_id, []) != computed.get(person_id, [])]
    if changed:
        connection.exec_driver_sql("DELETE FROM obligations WHERE person_id = ?", [(p,) for p in changed])
    if rows := [(person_id, *row, position, computed_on)
                for person_id in changed for position, row in enumerate(computed.get(person_id, []))]:
        connection.exec_driver_sql(
            "INSERT INTO obligations (person_id, rule, due, met, rule_version, alert, position, computed_on) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    connection.exec_driver_sql(f"UPDATE obligations SET computed_on = ? WHERE {where} AND computed_on != ?",
                               (computed_on, *params, computed_on))


def refresh(session: Session, person_ids: Iterable[uuid.UUID], as_of: dt.date | None = None) -> None:
    """Recompute and store the obligations of these persons, inside the caller's transaction.

    Not at the office (PostgreSQL): deadlines are derived data, computed on each laptop after a pull."""
    if session.get_bind().dialect.name != "sqlite":
        return
    where, params = _ids_clause(list(person_ids))
    _store(session, where, params, _situations(session, where, params), as_of or today())


def recompute_all(db: Database, as_of: dt.date | None = None,
                  progress: Callable[[int, int], None] | None = None) -> int:
    """Recompute every person's stored obligations (after a rule change, or on a new day).

    Persons are taken in ranges of their ids, one transaction per range, so that
    other Qamqor windows can save in between."""
    as_of = as_of or today()
    if db.engine.dialect.name != "sqlite":  # the office keeps no deadlines (see `refresh`)
        return 0
    with db.reading() as session:
        ids = [row[0] for row in session.connection().exec_driver_sql(
            "SELECT id FROM persons WHERE archived_at IS NULL ORDER BY id")]
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        where, params = "person_id BETWEEN ? AND ?", (chunk[0], chunk[-1])
        with db.transaction() as session:
            situations = _situations(session, where, params)
            _store(session, where, params, {pid: situations[pid] for pid in chunk if pid in situations}, as_of)
        if progress:
            progress(start + len(chunk), len(ids))
    return len(ids)


def evaluation_of(db: Database, actor: Actor, person_id: PersonId, as_of: dt.date | None = None,
                  planned_entry: dt.date | None = None) -> Evaluation:
    """The rule engine's full answer for one person: obligations and the stay summary."""
    with reading(db, actor) as session:
        return evaluation_in(session, actor, person_id, as_of, planned_entry)


def evaluation_in(session: Session, actor: Actor, person_id: PersonId, as_of: dt.date | None = None,
                  planned_entry: dt.date | None = None) -> Evaluation:
    """`evaluation_of` inside a session the caller holds (one read for a whole screen)."""
    get_live(session, Person, person_id)
    check_person(session, actor, person_id)
    where, params = _ids_clause([person_id])
    situation = _situations(session, where, params, planned_entry)[person_id.hex]
    return evaluate(situation, ruleset_in(session), as_of or today())


def obligations_of(db: Database, actor: Actor, person_id: PersonId, as_of: dt.date | None = None,
                   lang: str = "en") -> list[ObligationOut]:
    """Every obligation of the person, soonest first, explained in `lang` (en, ru or kk)."""
    evaluation = evaluation_of(db, actor, person_id, as_of)
    return [obligation_out(o, lang) for o in evaluation.obligations]


def obligation_out(o: Obligation, lang: str) -> ObligationOut:
    """One obligation of the engine as the one DTO every reader gets (the case view, the print-out, the CLI)."""
    from models.schemas.case_file import (
        ObligationOut,  # here: a read such as `qamqor alerts` needs no pydantic
    )

    return ObligationOut(rule=o.rule, due=o.due, status=o.status, days_left=o.days_left,
                         explanation=o.explanation(lang), source=o.version.citation_in(lang),
                         rule_version=o.rule_version, effective_from=o.version.effective_from,
                         effective_to=o.version.effective_to, verification=o.version.verification_in(lang),
                         document=o.facts.get("kind") if o.rule in ("permit.expiry", "document.expiry") else None,
                         days_late=o.days_late,
                         reason=render(o.fragments, lang, ""))


def deadlines_out(evaluation: Evaluation, lang: str) -> DeadlinesOut:
    """The engine's answer in `lang`: what is still to do first, what is met below (each in the engine's order)."""
    from models.schemas.case_file import DeadlinesOut  # as above

    items = [obligation_out(o, lang) for o in evaluation.obligations]
    return DeadlinesOut(items=sorted(items, key=lambda item: item.status == "met"), stay=evaluation.stay)


def plan_stay(db: Database, actor: Actor, person_id: PersonId, planned_entry: dt.date,
              as_of: dt.date | None = None) -> int | None:
    """How many days the person may stay if they enter on `planned_entry` (None: no limit applies)."""
    return stay_plan(db, actor, person_id, planned_entry, as_of).days


def stay_plan(db: Database, actor: Actor, person_id: PersonId, planned_entry: dt.date,
              as_of: dt.date | None = None) -> StayPlan:
    """The planner's whole answer: the days, the limit that binds, and whether registration is assumed."""
    plan = evaluation_of(db, actor, person_id, as_of, planned_entry).stay.plan
    return plan if plan is not None else StayPlan(planned_entry, None)
