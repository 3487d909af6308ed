"""The caseworker's writes, one keyword-only function each (Anki's `operations/<entity>.py`).

Each returns a CollectionOp for the caller to give a `success`/`failure` and run.
Edits are undoable where a reverse edit exists: an added record is archived
again, an edited one gets its previous values back.
"""
from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QObject

from desktop.operations import Changes, CollectionOp
from desktop.workspace import Workspace
from models.services import cases, history, persons

translate = QCoreApplication.translate  # the name lupdate looks for



def _person_changed(person_id: uuid.UUID, **flags: bool) -> Changes:
    return Changes(person_ids=frozenset({person_id}), deadlines=True, **flags)


def update_person(ws: Workspace, *, parent: QObject, person_id: uuid.UUID, version: int, data: dict,
                  before: dict) -> CollectionOp:
    return CollectionOp(
        ws, parent=parent, op=lambda db, actor: persons.update_person(db, actor, person_id, version, data),
        changes=lambda saved: _person_changed(person_id, person=True),
    ).undoable(translate("Operations", "Edit person"), lambda db, actor, saved: persons.update_person(
        db, actor, person_id, saved.version, before))


def save_document(ws: Workspace, *, parent: QObject, person_id: uuid.UUID, record_id: uuid.UUID | None,
                  version: int | None, data: dict) -> CollectionOp:
    data = data | {"person_id": person_id}
    if record_id is None:
        return CollectionOp(
            ws, parent=parent, op=lambda db, actor: persons.add_document(db, actor, data),
            changes=lambda saved: _person_changed(person_id, person=True),
        ).undoable(translate("Operations", "Add document"), lambda db, actor, saved: persons.archive_document(
            db, actor, saved.id, saved.version))
    return CollectionOp(ws, parent=parent,
                        op=lambda db, actor: persons.update_document(db, actor, record_id, version, data),
                        changes=lambda saved: _person_changed(person_id, person=True))


def archive_document(ws: Workspace, *, parent: QObject, person_id: uuid.UUID, record_id: uuid.UUID,
                     version: int) -> CollectionOp:
    return CollectionOp(ws, parent=parent,
                        op=lambda db, actor: persons.archive_document(db, actor, record_id, version),
                        changes=lambda _: _person_changed(person_id, person=True))


def save_history(ws: Workspace, *, parent: QObject, kind: str, person_id: uuid.UUID, record_id: uuid.UUID | None,
                 version: int | None, data: dict, before: dict | None = None, label: str = "") -> CollectionOp:
    """Add (record_id None) or change a stay, registration, permit, ...; the person's deadlines follow."""
    data = data | {"person_id": person_id}
    changes = lambda _saved: _person_changed(person_id, history=True)  # noqa: E731
    if record_id is None:
        return CollectionOp(ws, parent=parent, op=lambda db, actor: history.add(db, actor, kind, data),
                            changes=changes).undoable(label, lambda db, actor, saved: history.archive(
                                db, actor, kind, saved.id, saved.version))
    op = CollectionOp(ws, parent=parent,
                      op=lambda db, actor: history.update(db, actor, kind, record_id, version, data), changes=changes)
    if before is not None:
        op.undoable(label, lambda db, actor, saved: history.update(db, actor, kind, record_id, saved.version,
                                                                   before | {"person_id": person_id}))
    return op


def archive_history(ws: Workspace, *, parent: QObject, kind: str, person_id: uuid.UUID, record_id: uuid.UUID,
                    version: int) -> CollectionOp:
    return CollectionOp(ws, parent=parent,
                        op=lambda db, actor: history.archive(db, actor, kind, record_id, version),
                        changes=lambda _: _person_changed(person_id, history=True))


def update_case(ws: Workspace, *, parent: QObject, case_id: uuid.UUID, version: int, data: dict,
                before: dict) -> CollectionOp:
    return CollectionOp(
        ws, parent=parent, op=lambda db, actor: cases.update_case(db, actor, case_id, version, data),
        changes=lambda _: Changes(case=True, case_ids=frozenset({case_id})),
    ).undoable(translate("Operations", "Edit case"), lambda db, actor, saved: cases.update_case(
        db, actor, case_id, saved.version, before))


def add_note(ws: Workspace, *, parent: QObject, case_id: uuid.UUID, text: str) -> CollectionOp:
    return CollectionOp(ws, parent=parent,
                        op=lambda db, actor: cases.add_note(db, actor, {"case_id": case_id, "text": text}),
                        changes=lambda _: Changes(notes=True, case_ids=frozenset({case_id})))


def add_attachment(ws: Workspace, *, parent: QObject, case_id: uuid.UUID, filename: str, media_type: str,
                   content: bytes, description: str | None = None, kind: str = "other") -> CollectionOp:
    data = {"case_id": case_id, "filename": filename, "media_type": media_type, "content": content,
            "description": description, "kind": kind}
    return CollectionOp(ws, parent=parent, op=lambda db, actor: cases.add_attachment(db, actor, data),
                        changes=lambda _: Changes(attachments=True, case_ids=frozenset({case_id})))


def archive_note(ws: Workspace, *, parent: QObject, case_id: uuid.UUID, note_id: uuid.UUID,
                 version: int) -> CollectionOp:
    return CollectionOp(ws, parent=parent, op=lambda db, actor: cases.archive_note(db, actor, note_id, version),
                        changes=lambda _: Changes(notes=True, case_ids=frozenset({case_id})))


def archive_attachment(ws: Workspace, *, parent: QObject, case_id: uuid.UUID, attachment_id: uuid.UUID,
                       version: int) -> CollectionOp:
    return CollectionOp(ws, parent=parent,
                        op=lambda db, actor: cases.archive_attachment(db, actor, attachment_id, version),
                        changes=lambda _: Changes(attachments=True, case_ids=frozenset({case_id})))
