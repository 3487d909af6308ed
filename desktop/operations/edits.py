"""The caseworker's writes, one keyword-only function each (Anki's `operations/<entity>.py`).

Each returns a CollectionOp for the caller to give a `success`/`failure` and run. What a write
changed comes back from the service with its result; what can be undone is offered as
Edit > Undo <label>, and the service undoes it (models.services.undo).
"""
from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject

from desktop.operations import CollectionOp
from desktop.workspace import Workspace
from models.ids import AttachmentId, CaseId, NoteId, PersonId
from models.services import cases, persons, records

translate = QCoreApplication.translate  # the name lupdate looks for


def update_person(ws: Workspace, *, parent: QObject, person_id: PersonId, version: int, data: dict) -> CollectionOp:
    return CollectionOp(
        ws, parent=parent, op=lambda db, actor: persons.update_person(db, actor, person_id, version, data),
    ).undoable(lambda: translate("Operations", "Edit person"))


def save_document(ws: Workspace, *, parent: QObject, person_id: PersonId, record_id: uuid.UUID | None,
                  version: int | None, data: dict) -> CollectionOp:
    data = data | {"person_id": person_id}
    if record_id is None:
        return CollectionOp(ws, parent=parent, op=lambda db, actor: persons.add_document(db, actor, data)) \
            .undoable(lambda: translate("Operations", "Add document"))
    assert version is not None, "a change names the version it was made on"
    return CollectionOp(ws, parent=parent,
                        op=lambda db, actor: persons.update_document(db, actor, record_id, version, data)) \
        .undoable(lambda: translate("BoundaryUndo", "Change document"))


def archive_document(ws: Workspace, *, parent: QObject, person_id: PersonId, record_id: uuid.UUID,
                     version: int) -> CollectionOp:
    return CollectionOp(ws, parent=parent,
                        op=lambda db, actor: persons.archive_document(db, actor, record_id, version)) \
        .undoable(lambda: translate("BoundaryUndo", "Archive document"))


def save_history(ws: Workspace, *, parent: QObject, kind: str, person_id: PersonId, record_id: uuid.UUID | None,
                 version: int | None, data: dict, label: Callable[[], str] = str) -> CollectionOp:
    """Add (record_id None) or change a stay, registration, permit, ...; the person's deadlines follow."""
    data = data | {"person_id": person_id}
    if record_id is None:
        return CollectionOp(ws, parent=parent, op=lambda db, actor: records.add(db, actor, kind, data)) \
            .undoable(label)
    assert version is not None, "a change names the version it was made on"
    return CollectionOp(ws, parent=parent,
                        op=lambda db, actor: records.update(db, actor, kind, record_id, version, data)) \
        .undoable(label)


def archive_history(ws: Workspace, *, parent: QObject, kind: str, person_id: PersonId, record_id: uuid.UUID,
                    version: int) -> CollectionOp:
    return CollectionOp(ws, parent=parent,
                        op=lambda db, actor: records.archive(db, actor, kind, record_id, version)) \
        .undoable(lambda: translate("BoundaryUndo", "Archive record"))


def update_case(ws: Workspace, *, parent: QObject, case_id: CaseId, version: int, data: dict) -> CollectionOp:
    return CollectionOp(
        ws, parent=parent, op=lambda db, actor: cases.update_case(db, actor, case_id, version, data),
    ).undoable(lambda: translate("Operations", "Edit case"))


def add_note(ws: Workspace, *, parent: QObject, case_id: CaseId, text: str) -> CollectionOp:
    return CollectionOp(ws, parent=parent,
                        op=lambda db, actor: cases.add_note(db, actor, {"case_id": case_id, "text": text})) \
        .undoable(lambda: translate("BoundaryUndo", "Add note"))


def add_attachment(ws: Workspace, *, parent: QObject, case_id: CaseId, filename: str, media_type: str,
                   content: bytes, description: str | None = None, kind: str = "other") -> CollectionOp:
    data = {"case_id": case_id, "filename": filename, "media_type": media_type, "content": content,
            "description": description, "kind": kind}
    return CollectionOp(ws, parent=parent, op=lambda db, actor: cases.add_attachment(db, actor, data)) \
        .undoable(lambda: translate("BoundaryUndo", "Add attachment"))


def archive_note(ws: Workspace, *, parent: QObject, case_id: CaseId, note_id: NoteId,
                 version: int) -> CollectionOp:
    return CollectionOp(ws, parent=parent, op=lambda db, actor: cases.archive_note(db, actor, note_id, version)) \
        .undoable(lambda: translate("BoundaryUndo", "Archive note"))


def archive_attachment(ws: Workspace, *, parent: QObject, case_id: CaseId, attachment_id: AttachmentId,
                       version: int) -> CollectionOp:
    return CollectionOp(ws, parent=parent,
                        op=lambda db, actor: cases.archive_attachment(db, actor, attachment_id, version)) \
        .undoable(lambda: translate("BoundaryUndo", "Archive attachment"))
