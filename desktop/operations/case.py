"""A case: opening a new one (with its person), its attachments' content, printing, its audit history."""
from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QObject

from desktop.operations import Changes, CollectionOp, QueryOp
from desktop.workspace import Workspace
from models.changes import Done
from models.db import Database
from models.ids import AttachmentId, CaseId, CaseIds, PersonId
from models.services import audit, cases, persons, records
from models.services.audit import HistoryEntry
from models.services.base import Actor
from models.services.cases import CaseFilter, CaseRow


class PartlySaved(Exception):
    """The person was saved, and a later part of the new case was refused."""

    def __init__(self, person_id: PersonId, cause: Exception, changes: Changes | None = None) -> None:
        super().__init__(str(cause))
        self.person_id, self.cause, self.changes = person_id, cause, changes or Changes()


def _open_new_case(db: Database, actor: Actor, person: dict, documents: list[dict], stay: dict | None,
                   registration: dict | None, case: dict) -> Done[uuid.UUID]:
    """Save the person, their documents, their stay and the case; the case id, with what all of them changed.

    Each is one service call (one transaction): should a later one fail, what
    was saved stays saved, and the error says so.
    """
    saved = persons.create_person(db, actor, person)
    person_id, changes, entries = saved.value.id, saved.changes, saved.entries
    try:
        steps: list[Done] = [persons.add_document(db, actor, document | {"person_id": person_id})
                             for document in documents]
        if stay:
            steps.append(records.add(db, actor, "stay", stay | {"person_id": person_id}))
        if registration:
            steps.append(records.add(db, actor, "registration", registration | {"person_id": person_id}))
        opened = cases.open_case(db, actor, case | {"person_id": person_id})
    except Exception as error:
        raise PartlySaved(person_id, error, changes) from error
    for step in (*steps, opened):
        changes, entries = changes | step.changes, entries + step.entries
    return Done(opened.value.id, changes, entries)


def open_new_case(ws: Workspace, *, parent: QObject, person: dict, documents: list[dict], stay: dict | None,
                  registration: dict | None, case: dict) -> CollectionOp[uuid.UUID]:
    """The new-case wizard's Finish: the person and everything about them, then the case."""
    return CollectionOp(ws, parent=parent, op=lambda db, actor: _open_new_case(
        db, actor, person, documents, stay, registration, case))


def case_list(ws: Workspace, *, parent: QObject, where: CaseFilter, sort: str, descending: bool,
              first_page: int) -> QueryOp[tuple[CaseIds, list[CaseRow]]]:
    """The ordered ids of the cases the filter keeps, with the rows of the first page."""
    def work(db: Database, actor: Actor) -> tuple[CaseIds, list[CaseRow]]:
        ids = cases.case_keys(db, actor, where, sort, descending)
        return ids, cases.case_rows(db, actor, ids[:first_page])

    return QueryOp(ws, parent=parent, op=work)


def case_rows(ws: Workspace, *, parent: QObject, case_ids: Sequence[CaseId]) -> QueryOp[list[CaseRow]]:
    return QueryOp(ws, parent=parent, op=lambda db, actor: cases.case_rows(db, actor, case_ids))


def attachment_content(ws: Workspace, *, parent: QObject, attachment_id: AttachmentId) -> QueryOp[bytes]:
    return QueryOp(ws, parent=parent, op=lambda db, actor: cases.attachment_content(db, actor, attachment_id))


def record_printed(ws: Workspace, *, parent: QObject, case_id: CaseId) -> QueryOp[None]:
    """Audited before the page is printed (a write: on the write lane; it changes nothing a view shows)."""
    return QueryOp(ws, parent=parent, op=lambda db, actor: cases.record_printed(db, actor, case_id)) \
        .in_lane("write")


def case_history(ws: Workspace, *, parent: QObject, case_id: CaseId) -> QueryOp[list[HistoryEntry]]:
    return QueryOp(ws, parent=parent, op=lambda db, actor: audit.case_history(db, actor, case_id))
