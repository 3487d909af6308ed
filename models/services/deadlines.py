"""A person's obligations: computed by the rule engine from their history, and kept in the
`obligations` table so that case lists and alerts are indexed queries.

The stored rows are rewritten inside the same transaction as every change to a
person or their history (see `refresh`), and for everyone after a rule version
changes (`recompute_all`). They are computed "as of" the day of the change;
`recompute_all` on a later day brings stay limits that depend on the day
(the current stay, the 180-day window) up to date.
"""
from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from models.db import Database
from models.entities import (AsylumClaim, Contract, Expulsion, Permit, Person, RefugeeStatus, Registration, Stay,
                             StoredObligation)
from models.rules import situation as rules
from models.rules.engine import Evaluation, evaluate
from models.services.base import Actor, get_live, reading, today
from models.services.permissions import check_person
from models.services.rules import ruleset_in

CHUNK = 2000  # persons per transaction in a full recompute: other windows can still save in between


def _live(entity):
    return entity.archived_at.is_(None)


def situations(session: Session, person_ids: Sequence[uuid.UUID],
               planned_entry: dt.date | None = None) -> dict[uuid.UUID, rules.Situation]:
    """The rule engine's view of each person, read with one query per kind of record.

    Where a person has several asylum claims, refugee statuses or expulsions,
    the latest one is the one that matters for deadlines.
    """
    ids = list(person_ids)
    parts: dict[str, dict[uuid.UUID, list]] = defaultdict(lambda: defaultdict(list))

    def collect(name: str, columns: tuple, order, make: Callable) -> None:
        rows = session.execute(select(*columns).where(columns[0].in_(ids), _live(columns[0].class_))
                               .order_by(order))
        for person_id, *values in rows:
            parts[name][person_id].append(make(*values))

    collect("stays", (Stay.person_id, Stay.entry_date, Stay.exit_date, Stay.basis), Stay.entry_date,
            lambda entry, exit_, basis: rules.Stay(entry, exit_, basis.value))
    collect("registrations", (Registration.person_id, Registration.registered_on), Registration.registered_on,
            rules.Registration)
    collect("permits", (Permit.person_id, Permit.kind, Permit.valid_from, Permit.valid_to), Permit.valid_from,
            lambda kind, start, end: rules.Permit(kind.value, start, end))
    collect("contracts", (Contract.person_id, Contract.start_date, Contract.end_date), Contract.start_date,
            rules.Contract)
    collect("asylum", (AsylumClaim.person_id, AsylumClaim.registered_on, AsylumClaim.decided_on),
            AsylumClaim.registered_on, rules.AsylumClaim)
    collect("refugee", (RefugeeStatus.person_id, RefugeeStatus.recognized_on, RefugeeStatus.valid_to,
                        RefugeeStatus.certificate_issued_on), RefugeeStatus.recognized_on, rules.RefugeeStatus)
    collect("expulsion", (Expulsion.person_id, Expulsion.expelled_on, Expulsion.ban_until), Expulsion.expelled_on,
            rules.Expulsion)

    people = session.execute(select(Person.id, Person.citizenship, Person.exempt_category)
                             .where(Person.id.in_(ids)))
    result = {}
    for person_id, citizenship, exempt in people:
        latest = {name: (parts[name][person_id] or [None])[-1] for name in ("asylum", "refugee", "expulsion")}
        result[person_id] = rules.Situation(
            citizenship=citizenship,
            stays=tuple(parts["stays"][person_id]),
            registrations=tuple(parts["registrations"][person_id]),
            permits=tuple(parts["permits"][person_id]),
            contracts=tuple(parts["contracts"][person_id]),
            exempt_category=exempt,
            planned_entry=planned_entry,
            **latest,
        )
    return result


def _store(session: Session, evaluations: dict[uuid.UUID, Evaluation], as_of: dt.date) -> None:
    session.execute(delete(StoredObligation).where(StoredObligation.person_id.in_(list(evaluations))))
    rows = [
        {"person_id": person_id, "position": position, "rule": o.rule, "due": o.due, "met": o.status == "met",
         "rule_version": o.rule_version, "computed_on": as_of}
        for person_id, evaluation in evaluations.items()
        for position, o in enumerate(evaluation.obligations)
    ]
    if rows:
        session.execute(insert(StoredObligation), rows)


def refresh(session: Session, person_ids: Iterable[uuid.UUID], as_of: dt.date | None = None) -> None:
    """Recompute and store the obligations of these persons, inside the caller's transaction."""
    as_of = as_of or today()
    ruleset = ruleset_in(session)
    found = situations(session, list(person_ids))
    _store(session, {pid: evaluate(s, ruleset, as_of) for pid, s in found.items()}, as_of)


def recompute_all(db: Database, as_of: dt.date | None = None,
                  progress: Callable[[int, int], None] | None = None) -> int:
    """Recompute every person's stored obligations (after a rule change, or on a new day)."""
    as_of = as_of or today()
    with db.reading() as session:
        ids = list(session.scalars(select(Person.id).where(_live(Person))))
    for start in range(0, len(ids), CHUNK):
        with db.transaction() as session:
            refresh(session, ids[start:start + CHUNK], as_of)
        if progress:
            progress(min(start + CHUNK, len(ids)), len(ids))
    return len(ids)


@dataclass(frozen=True)
class ObligationView:
    """One obligation as a caseworker sees it."""

    rule: str
    due: dt.date
    status: str
    days_left: int
    rule_version: str
    source: str
    explanation: str


def evaluation_of(db: Database, actor: Actor, person_id: uuid.UUID, as_of: dt.date | None = None,
                  planned_entry: dt.date | None = None) -> Evaluation:
    """The rule engine's full answer for one person: obligations and the stay summary."""
    with reading(db, actor) as session:
        get_live(session, Person, person_id)
        check_person(session, actor, person_id)
        situation = situations(session, [person_id], planned_entry)[person_id]
        return evaluate(situation, ruleset_in(session), as_of or today())


def obligations_of(db: Database, actor: Actor, person_id: uuid.UUID, as_of: dt.date | None = None,
                   lang: str = "en") -> list[ObligationView]:
    """Every obligation of the person, soonest first, explained in `lang` (en, ru or kk)."""
    return [ObligationView(o.rule, o.due, o.status, o.days_left, o.rule_version, o.source, o.explanation(lang))
            for o in evaluation_of(db, actor, person_id, as_of).obligations]


def plan_stay(db: Database, actor: Actor, person_id: uuid.UUID, planned_entry: dt.date,
              as_of: dt.date | None = None) -> int | None:
    """How many days the person may stay if they enter on `planned_entry` (None: no limit applies)."""
    return evaluation_of(db, actor, person_id, as_of, planned_entry).stay.planned_max_days
