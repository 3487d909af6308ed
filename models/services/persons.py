"""Persons and their identity documents."""
from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.changes import Changes, Done
from models.db import Database
from models.entities import IdentityDocument, Person, Role
from models.ids import PersonId
from models.schemas.persons import DocumentIn, DocumentOut, PersonIn, PersonOut
from models.services import (
    deadlines,
    search,  # noqa: F401  (its session hook keeps the find-a-person index current)
)
from models.services.base import Actor, Kind, of_person, reading
from models.services.permissions import check_person, guard_person_record, require


def _refresh_deadlines(session: Session, person: Person) -> None:
    """Citizenship and exemptions decide which stay rules apply."""
    deadlines.refresh(session, [person.id])


def _guard(session: Session, actor: Actor, new: PersonIn | None, stored: Person | None) -> None:
    if stored is not None:
        check_person(session, actor, stored.id)
    elif new is not None:
        require(actor, Role.caseworker, Role.supervisor, doing="record a person")


def _person_changed(person: Person) -> Changes:
    """Names and citizenship: the person, and their deadlines (recomputed by `_refresh_deadlines`)."""
    return Changes(person=True, deadlines=True, person_ids=frozenset({person.id}))


PERSON = Kind(Person, PersonIn, PersonOut, guard=_guard, changes=_person_changed,
              on_change=_refresh_deadlines)
def _document_changed(session: Session, document: IdentityDocument) -> None:
    """The main identity document's end date is a deadline (document.expiry)."""
    deadlines.refresh(session, [document.person_id])


DOCUMENT = Kind(IdentityDocument, DocumentIn, DocumentOut, guard=guard_person_record,
                changes=of_person(Changes(person=True, deadlines=True)), on_change=_document_changed)


def create_person(db: Database, actor: Actor, data: Any) -> Done[PersonOut]:
    return PERSON.create(db, actor, data)


def update_person(db: Database, actor: Actor, person_id: PersonId, expected_version: int,
                  data: Any) -> Done[PersonOut]:
    return PERSON.update(db, actor, person_id, expected_version, data)


def archive_person(db: Database, actor: Actor, person_id: PersonId,
                   expected_version: int) -> Done[PersonOut]:
    return PERSON.archive(db, actor, person_id, expected_version)


def get_person(db: Database, actor: Actor, person_id: PersonId) -> PersonOut:
    return PERSON.get(db, actor, person_id)


def add_document(db: Database, actor: Actor, data: Any) -> Done[DocumentOut]:
    return DOCUMENT.create(db, actor, data)


def update_document(db: Database, actor: Actor, document_id: uuid.UUID, expected_version: int,
                    data: Any) -> Done[DocumentOut]:
    return DOCUMENT.update(db, actor, document_id, expected_version, data)


def archive_document(db: Database, actor: Actor, document_id: uuid.UUID,
                     expected_version: int) -> Done[DocumentOut]:
    return DOCUMENT.archive(db, actor, document_id, expected_version)


def documents_of(db: Database, actor: Actor, person_id: PersonId) -> list[DocumentOut]:
    with reading(db, actor) as session:
        return documents_in(session, actor, person_id)


def documents_in(session: Session, actor: Actor, person_id: PersonId) -> list[DocumentOut]:
    """`documents_of` inside a session the caller holds (one read for a whole screen)."""
    check_person(session, actor, person_id)
    rows = session.scalars(
        select(IdentityDocument)
        .where(IdentityDocument.person_id == person_id, IdentityDocument.archived_at.is_(None))
        .order_by(IdentityDocument.issued_on.desc())
    )
    return [DocumentOut.model_validate(row) for row in rows]
