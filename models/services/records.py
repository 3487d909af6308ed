"""A person's migration history: stays, registrations, permits, contracts, asylum claims,
refugee status, expulsions and administrative proceedings. These are what the rule engine reads."""
from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.changes import Changes, Done
from models.db import Database
from models.entities import (
    AsylumClaim,
    Contract,
    Expulsion,
    Permit,
    Proceeding,
    Record,
    RefugeeStatus,
    Registration,
    Stay,
)
from models.ids import PersonId
from models.schemas import records as schemas
from models.schemas.records import Records
from models.services import deadlines
from models.services.base import Actor, Kind, of_person, reading
from models.services.errors import FieldError, Refused, ValidationFailed
from models.services.permissions import check_person, guard_person_record

# The records that belong to a person (each has its person_id).
PersonRecord = Stay | Registration | Permit | Contract | AsylumClaim | RefugeeStatus | Expulsion | Proceeding


def _refresh_deadlines(session: Session, record: PersonRecord) -> None:
    deadlines.refresh(session, [record.person_id])


def _other_stays(session: Session, person_id: PersonId, stored: Record | None) -> list[Stay]:
    query = select(Stay).where(Stay.person_id == person_id, Stay.archived_at.is_(None))
    if stored is not None:
        query = query.where(Stay.id != stored.id)
    return list(session.scalars(query.order_by(Stay.entry_date)))


def _possible_stay(session: Session, actor: Actor, new: schemas.StayIn | None, stored: Record | None) -> None:
    """A person is in one stay at a time: a stay overlapping another is refused, naming that stay.

    Touching stays are not overlapping: leaving and coming back on the same day ends one stay and
    starts the next (RULES.md). A stay entered after today is a planned trip: stored like any stay,
    and every rule reads dates after `as_of` as plans, never as facts (see models.rules.engine)."""
    guard_person_record(session, actor, new, stored)
    if new is None:
        return
    end = new.exit_date or dt.date.max
    for other in _other_stays(session, new.person_id, stored):
        other_end = other.exit_date or dt.date.max
        if new.entry_date < other_end and other.entry_date < end or new.entry_date == other.entry_date:
            name = "entry_date" if other.entry_date <= new.entry_date else "exit_date"
            label = "Entry date" if name == "entry_date" else "Exit date"
            if other.exit_date is None:
                error = FieldError.of(name, label, "stay.overlap_open", entry=other.entry_date)
            else:
                error = FieldError.of(name, label, "stay.overlap", entry=other.entry_date, exit=other.exit_date)
            raise ValidationFailed([error])


def _possible_registration(session: Session, actor: Actor, new: schemas.RegistrationIn | None,
                           stored: Record | None) -> None:
    """A registration is made while the person is in Kazakhstan: one dated after an exit, before any
    later entry, is refused (with no stay recorded at all nothing is known, and it is taken as given)."""
    guard_person_record(session, actor, new, stored)
    if new is None:
        return
    day = new.registered_on
    stays = _other_stays(session, new.person_id, None)
    if any(s.entry_date <= day and (s.exit_date is None or day <= s.exit_date) for s in stays):
        return
    exits = [s.exit_date for s in stays if s.exit_date is not None and s.exit_date < day]
    if exits:
        raise ValidationFailed([FieldError.of("registered_on", "Registration date", "registration.after_exit",
                                              day=max(exits))])


# guard(session, actor, new input or None, stored record or None), as Kind.guard.
GUARDS: dict[str, Callable[[Session, Actor, Any, Any], None]] = {"stay": _possible_stay, "registration": _possible_registration}

KINDS: dict[str, Kind] = {
    name: Kind(entity, schema, output, guard=GUARDS.get(name, guard_person_record),
                 changes=of_person(Changes(records=True, deadlines=True)), on_change=_refresh_deadlines)
    for name, entity, schema, output in (
        ("stay", Stay, schemas.StayIn, schemas.StayOut),
        ("registration", Registration, schemas.RegistrationIn, schemas.RegistrationOut),
        ("permit", Permit, schemas.PermitIn, schemas.PermitOut),
        ("contract", Contract, schemas.ContractIn, schemas.ContractOut),
        ("asylum_claim", AsylumClaim, schemas.AsylumClaimIn, schemas.AsylumClaimOut),
        ("refugee_status", RefugeeStatus, schemas.RefugeeStatusIn, schemas.RefugeeStatusOut),
        ("expulsion", Expulsion, schemas.ExpulsionIn, schemas.ExpulsionOut),
        ("proceeding", Proceeding, schemas.ProceedingIn, schemas.ProceedingOut),
    )
}

# How each kind is ordered in a person's history (oldest first).
ORDER = {
    "stay": Stay.entry_date, "registration": Registration.registered_on, "permit": Permit.valid_from,
    "contract": Contract.start_date, "asylum_claim": AsylumClaim.registered_on,
    "refugee_status": RefugeeStatus.recognized_on, "expulsion": Expulsion.expelled_on,
    # Proceedings by their first date known (a case recorded without any date comes first).
    "proceeding": func.coalesce(Proceeding.protocol_on, Proceeding.hearing_on, Proceeding.decided_on),
}


def kind(name: str) -> Kind:
    try:
        return KINDS[name]
    except KeyError:
        raise Refused("records.unknown_kind", kind=name, kinds=list(KINDS)) from None


def add(db: Database, actor: Actor, record_kind: str, data: Any) -> Done[Any]:
    return kind(record_kind).create(db, actor, data)


def update(db: Database, actor: Actor, record_kind: str, record_id: uuid.UUID, expected_version: int,
           data: Any) -> Done[Any]:
    return kind(record_kind).update(db, actor, record_id, expected_version, data)


def archive(db: Database, actor: Actor, record_kind: str, record_id: uuid.UUID,
            expected_version: int) -> Done[Any]:
    return kind(record_kind).archive(db, actor, record_id, expected_version)


def records_of(db: Database, actor: Actor, person_id: PersonId) -> Records:
    with reading(db, actor) as session:
        return records_in(session, actor, person_id)


def records_in(session: Session, actor: Actor, person_id: PersonId) -> Records:
    """`records_of` inside a session the caller holds (one read for a whole screen)."""
    result = Records()
    check_person(session, actor, person_id)
    for name, spec in KINDS.items():
        rows = session.scalars(
            select(spec.entity)
            .where(spec.entity.person_id == person_id, spec.entity.archived_at.is_(None))
            .order_by(ORDER[name])
        )
        setattr(result, name, [spec.output.model_validate(row) for row in rows])
    return result
