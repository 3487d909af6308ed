"""A person's migration history: stays, registrations, permits, contracts, asylum claims,
refugee status and expulsions. These are what the rule engine reads."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.db import Database
from models.entities import (
    AsylumClaim,
    Contract,
    Expulsion,
    Permit,
    Record,
    RefugeeStatus,
    Registration,
    Stay,
)
from models.schemas import history as schemas
from models.services import deadlines
from models.services.base import Actor, Kind, reading
from models.services.errors import ServiceError
from models.services.permissions import check_person, guard_person_record


def _refresh_deadlines(session: Session, record: Record) -> None:
    deadlines.refresh(session, [record.person_id])


KINDS: dict[str, Kind] = {
    name: Kind(entity, schema, output, guard=guard_person_record, on_change=_refresh_deadlines)
    for name, entity, schema, output in (
        ("stay", Stay, schemas.StayIn, schemas.StayOut),
        ("registration", Registration, schemas.RegistrationIn, schemas.RegistrationOut),
        ("permit", Permit, schemas.PermitIn, schemas.PermitOut),
        ("contract", Contract, schemas.ContractIn, schemas.ContractOut),
        ("asylum_claim", AsylumClaim, schemas.AsylumClaimIn, schemas.AsylumClaimOut),
        ("refugee_status", RefugeeStatus, schemas.RefugeeStatusIn, schemas.RefugeeStatusOut),
        ("expulsion", Expulsion, schemas.ExpulsionIn, schemas.ExpulsionOut),
    )
}

# How each kind is ordered in a person's history (oldest first).
ORDER = {
    "stay": Stay.entry_date, "registration": Registration.registered_on, "permit": Permit.valid_from,
    "contract": Contract.start_date, "asylum_claim": AsylumClaim.registered_on,
    "refugee_status": RefugeeStatus.recognized_on, "expulsion": Expulsion.expelled_on,
}


def kind(name: str) -> Kind:
    try:
        return KINDS[name]
    except KeyError:
        raise ServiceError(f"'{name}' is not a kind of history record ({', '.join(KINDS)}).") from None


def add(db: Database, actor: Actor, record_kind: str, data: Any):
    return kind(record_kind).create(db, actor, data)


def update(db: Database, actor: Actor, record_kind: str, record_id: uuid.UUID, expected_version: int, data: Any):
    return kind(record_kind).update(db, actor, record_id, expected_version, data)


def archive(db: Database, actor: Actor, record_kind: str, record_id: uuid.UUID, expected_version: int):
    return kind(record_kind).archive(db, actor, record_id, expected_version)


@dataclass
class History:
    """Everything the rule engine needs about one person, oldest first."""

    stay: list = field(default_factory=list)
    registration: list = field(default_factory=list)
    permit: list = field(default_factory=list)
    contract: list = field(default_factory=list)
    asylum_claim: list = field(default_factory=list)
    refugee_status: list = field(default_factory=list)
    expulsion: list = field(default_factory=list)


def history_of(db: Database, actor: Actor, person_id: uuid.UUID) -> History:
    result = History()
    with reading(db, actor) as session:
        check_person(session, actor, person_id)
        for name, spec in KINDS.items():
            rows = session.scalars(
                select(spec.entity)
                .where(spec.entity.person_id == person_id, spec.entity.archived_at.is_(None))
                .order_by(ORDER[name])
            )
            setattr(result, name, [spec.output.model_validate(row) for row in rows])
    return result
