"""A person's family: read it, link a relative, remove a link, record a child's birth registration."""
from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QObject

from desktop.operations import CollectionOp, QueryOp
from desktop.workspace import Workspace
from models.ids import PersonId
from models.schemas.family import FamilyOut
from models.services import family

translate = QCoreApplication.translate  # the name lupdate looks for


def family_of(ws: Workspace, *, parent: QObject, person_id: PersonId) -> QueryOp[FamilyOut]:
    return QueryOp(ws, parent=parent, op=lambda db, actor: family.family_of(db, actor, person_id))


def link(ws: Workspace, *, parent: QObject, person_id: PersonId, relative_id: PersonId, relation: str,
         note: str | None = None) -> CollectionOp:
    data = {"person_id": person_id, "relative_id": relative_id, "relation": relation, "note": note}
    return CollectionOp(ws, parent=parent, op=lambda db, actor: family.link(db, actor, data)) \
        .undoable(lambda: translate("Family", "Link relative"))


def unlink(ws: Workspace, *, parent: QObject, link_id: uuid.UUID, version: int) -> CollectionOp:
    return CollectionOp(ws, parent=parent, op=lambda db, actor: family.unlink(db, actor, link_id, version)) \
        .undoable(lambda: translate("Family", "Remove family link"))


def record_birth_registration(ws: Workspace, *, parent: QObject, person_id: PersonId, version: int,
                              value: str) -> CollectionOp:
    return CollectionOp(ws, parent=parent, op=lambda db, actor: family.record_birth_registration(
        db, actor, person_id, version, {"birth_registered": value})) \
        .undoable(lambda: translate("Family", "Record birth registration"))
