"""Cases, their notes and their attachments."""
from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select

from models.db import Database
from models.entities import Attachment, Case, Note
from models.schemas.cases import AttachmentIn, AttachmentOut, CaseIn, CaseOut, NoteIn, NoteOut
from models.schemas.validation import validate
from models.services.base import Actor, Kind, create, get_live, writing

CASE = Kind(Case, CaseIn, CaseOut)
NOTE = Kind(Note, NoteIn, NoteOut)


def open_case(db: Database, actor: Actor, data: Any) -> CaseOut:
    return CASE.create(db, actor, data)


def update_case(db: Database, actor: Actor, case_id: uuid.UUID, expected_version: int, data: Any) -> CaseOut:
    return CASE.update(db, actor, case_id, expected_version, data)


def archive_case(db: Database, actor: Actor, case_id: uuid.UUID, expected_version: int) -> CaseOut:
    return CASE.archive(db, actor, case_id, expected_version)


def get_case(db: Database, case_id: uuid.UUID) -> CaseOut:
    return CASE.get(db, case_id)


def cases_of_person(db: Database, person_id: uuid.UUID) -> list[CaseOut]:
    with db.reading() as session:
        rows = session.scalars(
            select(Case).where(Case.person_id == person_id, Case.archived_at.is_(None)).order_by(Case.opened_on)
        )
        return [CaseOut.model_validate(row) for row in rows]


def add_note(db: Database, actor: Actor, data: Any) -> NoteOut:
    return NOTE.create(db, actor, data)


def notes_of(db: Database, case_id: uuid.UUID) -> list[NoteOut]:
    with db.reading() as session:
        rows = session.scalars(
            select(Note).where(Note.case_id == case_id, Note.archived_at.is_(None)).order_by(Note.created_at)
        )
        return [NoteOut.model_validate(row) for row in rows]


def add_attachment(db: Database, actor: Actor, data: Any) -> AttachmentOut:
    data = validate(AttachmentIn, data)
    with writing(db) as session:
        get_live(session, Case, data.case_id)
        return AttachmentOut.model_validate(create(session, Attachment, data, actor, size=len(data.content)))


def attachments_of(db: Database, case_id: uuid.UUID) -> list[AttachmentOut]:
    with db.reading() as session:
        rows = session.scalars(
            select(Attachment)
            .where(Attachment.case_id == case_id, Attachment.archived_at.is_(None))
            .order_by(Attachment.created_at)
        )
        return [AttachmentOut.model_validate(row) for row in rows]


def attachment_content(db: Database, attachment_id: uuid.UUID) -> bytes:
    with db.reading() as session:
        return get_live(session, Attachment, attachment_id).content


def case_summaries(db: Database, limit: int = 500) -> tuple[int, list[dict[str, Any]]]:
    """How many live cases there are, and the most recently opened ones with their person's name."""
    from sqlalchemy import func

    from models.entities import Person

    with db.reading() as session:
        live = Case.archived_at.is_(None)
        total = session.scalar(select(func.count()).select_from(Case).where(live))
        rows = session.execute(
            select(Person.family_name, Person.given_name, Person.citizenship, Case.category, Case.status,
                   Case.opened_on)
            .join(Person, Case.person_id == Person.id).where(live)
            .order_by(Case.opened_on.desc()).limit(limit)
        )
        return total, [row._asdict() for row in rows]
