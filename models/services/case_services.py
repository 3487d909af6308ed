"""The services given in a case (issue 29 item 1): shelter, legal aid, medical and psychological help,
return and reintegration..., by the office itself or an organisation of the directory.

Permissions as for the case's other records (notes, attachments): whoever may see the case. Every write
is audited and can be undone (`SERVICE` is one of `models.services.undo.kinds`). A planned service not
given by its day is an alert (`models.services.planned_services`). A referral's "services delivered" step
can name which of the case's services the organisation gave (`link_delivered`, called by
`models.services.referrals.advance` in the step's own transaction).
"""
from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.changes import Changes, Done
from models.db import Database
from models.entities import CaseService, Organisation, Referral
from models.ids import CaseId, ServiceId
from models.schemas.case_services import ServiceIn, ServiceOut
from models.schemas.trafficking import OrganisationOut
from models.services import audit, directory
from models.services.base import Actor, Kind, get_live, of_case, reading
from models.services.errors import FieldError, ValidationFailed
from models.services.permissions import check_case, guard_case_record


def _guard(session: Session, actor: Actor, new: ServiceIn | None, stored: CaseService | None) -> None:
    guard_case_record(session, actor, new, stored)
    if new is not None and new.organisation_id is not None and (
            stored is None or stored.organisation_id != new.organisation_id):
        get_live(session, Organisation, new.organisation_id)  # an organisation archived since may stay named
    if new is not None and stored is not None and new.case_id != stored.case_id:
        raise ValidationFailed([FieldError.of("case_id", "Case", "service.other_case")])


SERVICE = Kind(CaseService, ServiceIn, ServiceOut, guard=_guard, changes=of_case(Changes(services=True)))


def add_service(db: Database, actor: Actor, data: Any) -> Done[ServiceOut]:
    return SERVICE.create(db, actor, data)


def update_service(db: Database, actor: Actor, service_id: ServiceId, expected_version: int,
                   data: Any) -> Done[ServiceOut]:
    return SERVICE.update(db, actor, service_id, expected_version, data)


def archive_service(db: Database, actor: Actor, service_id: ServiceId, expected_version: int) -> Done[ServiceOut]:
    """A service recorded by mistake leaves the list (kept in the database, like every archived record)."""
    return SERVICE.archive(db, actor, service_id, expected_version)


def services_of(db: Database, actor: Actor, case_id: CaseId) -> list[ServiceOut]:
    with reading(db, actor) as session:
        return services_in(session, actor, case_id)


def services_in(session: Session, actor: Actor, case_id: CaseId) -> list[ServiceOut]:
    """The case's live services: the ones to come first (by planned day), then the ones given, newest first."""
    check_case(session, actor, case_id)
    rows = [ServiceOut.model_validate(row) for row in session.scalars(
        select(CaseService).where(CaseService.case_id == case_id, CaseService.archived_at.is_(None)))]
    waiting = sorted((r for r in rows if r.given_on is None), key=lambda r: (r.planned_on or dt.date.max, r.kind))
    given = sorted((r for r in rows if r.given_on is not None), key=lambda r: r.given_on or dt.date.min,
                   reverse=True)
    return waiting + given


@dataclass(frozen=True)
class ServicesFile:
    """What the case's services tab shows: the services, and the directory (archived entries too: a service
    given before an organisation left the directory still names it) to choose and name providers."""

    services: list[ServiceOut]
    organisations: dict[uuid.UUID, OrganisationOut]


def services_file(db: Database, actor: Actor, case_id: CaseId) -> ServicesFile:
    directory.ensure_seeded(db)
    with reading(db, actor) as session:
        found = services_in(session, actor, case_id)
        organisations = {o.id: OrganisationOut.model_validate(o)
                         for o in session.scalars(select(Organisation).order_by(Organisation.name))}
    return ServicesFile(found, organisations)


def link_delivered(session: Session, actor: Actor, referral: Referral, service_ids: Sequence[uuid.UUID]) -> None:
    """Record that `referral`'s organisation gave these services of its case (in the caller's transaction)."""
    for service_id in dict.fromkeys(service_ids):
        service = session.get(CaseService, service_id)
        if service is None or service.archived_at is not None or service.case_id != referral.case_id:
            raise ValidationFailed([FieldError.of("service_ids", "Services", "service.other_case")])
        if service.referral_id == referral.id:
            continue
        before = audit.plain(service.referral_id)
        service.referral_id, service.updated_by = referral.id, actor.user_id
        session.flush()
        audit.record(session, actor.user_id, "change", "case_services", service.id,
                     changes={"referral_id": [before, audit.plain(referral.id)]})
