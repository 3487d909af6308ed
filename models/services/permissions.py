"""Who may see and do what. Enforced here, in the services, so no path around the GUI skips it.

- caseworker: the cases assigned to them and the cases shared with them, but
  never a `sensitive` case they are not assigned to; the persons of those
  cases, and a person they created who has no case yet (the new-case wizard
  saves the person first).
- supervisor: every case of the office (one database is one office), reassigning, dashboards.
- admin: users, rule versions, the service directory, backups; no case content
  unless also a supervisor.
Every refusal is a clear error and is written to the audit trail.
"""
from __future__ import annotations

import uuid

from sqlalchemy import ColumnElement, and_, exists, false, or_, select, true
from sqlalchemy.orm import Session

from models.entities import Case, CaseShare, Person, Role
from models.services.errors import NotFound, PermissionDenied, role_refusal


def has(actor, role: Role) -> bool:
    return role in actor.roles


def require(actor, *roles: Role, doing: str) -> None:
    """Refuse unless the actor has one of `roles`."""
    if not any(has(actor, role) for role in roles):
        raise role_refusal(roles, doing)


def visible_cases(actor) -> ColumnElement[bool]:
    """A WHERE clause on `Case`: the cases this actor may see."""
    if has(actor, Role.supervisor):
        return true()
    if not has(actor, Role.caseworker):
        return false()
    assigned = Case.caseworker_id == actor.user_id
    shared = exists().where(CaseShare.case_id == Case.id, CaseShare.user_id == actor.user_id)
    return or_(assigned, and_(shared, Case.sensitive.is_(False)))


def visible_persons(actor) -> ColumnElement[bool]:
    """A WHERE clause on `Person`: the persons this actor may see."""
    if has(actor, Role.supervisor):
        return true()
    if not has(actor, Role.caseworker):
        return false()
    # Correlated (EXISTS on the person's own cases), not IN over every visible case: search filters its
    # matches with this clause, and the IN form scanned all the cases of the office for each query.
    in_visible_case = exists().where(Case.person_id == Person.id, visible_cases(actor))
    own_without_case = and_(Person.created_by == actor.user_id, ~exists().where(Case.person_id == Person.id))
    return or_(in_visible_case, own_without_case)


def _must_exist(session: Session, entity, record_id: uuid.UUID, what: str) -> None:
    if session.get(entity, record_id) is None:
        raise NotFound("record.not_found", what=what)


def check_case(session: Session, actor, case_id: uuid.UUID) -> None:
    if not session.scalar(select(exists().where(Case.id == case_id, visible_cases(actor)))):
        _must_exist(session, Case, case_id, "case")
        raise PermissionDenied("case.not_yours", action="open a case", entity="cases", record_id=case_id)


def check_person(session: Session, actor, person_id: uuid.UUID) -> None:
    if not session.scalar(select(exists().where(Person.id == person_id, visible_persons(actor)))):
        _must_exist(session, Person, person_id, "person")
        raise PermissionDenied("person.not_yours", action="open a person", entity="persons", record_id=person_id)


def guard_person_record(session: Session, actor, new, stored) -> None:
    """For records that belong to a person (documents, stays, permits, ...): access to that person."""
    for target in (new, stored):
        if target is not None:
            check_person(session, actor, target.person_id)


def guard_case_record(session: Session, actor, new, stored) -> None:
    """For records that belong to a case (notes, attachments, referrals): access to that case."""
    for target in (new, stored):
        if target is not None:
            check_case(session, actor, target.case_id)
