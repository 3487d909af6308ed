"""The directory of organisations cases are referred to, and the office's own letterhead details."""
from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.operations import CollectionOp, QueryOp
from desktop.workspace import Workspace
from models.ids import OrganisationId
from models.services import directory as service


def organisations(ws: Workspace, *, parent: QObject, service_kind: str | None = None) -> QueryOp[list]:
    return QueryOp(ws, parent=parent, op=lambda db, actor: service.organisations(db, actor, service=service_kind))


def save_organisation(ws: Workspace, *, parent: QObject, organisation_id: OrganisationId | None, version: int | None,
                      data: dict) -> CollectionOp:
    """A new organisation (organisation_id None), or a change to one."""
    if organisation_id is None or version is None:
        return CollectionOp(ws, parent=parent, op=lambda db, actor: service.add_organisation(db, actor, data))
    return CollectionOp(ws, parent=parent, op=lambda db, actor: service.update_organisation(
        db, actor, organisation_id, version, data))


def archive_organisation(ws: Workspace, *, parent: QObject, organisation_id: OrganisationId,
                         version: int) -> CollectionOp:
    return CollectionOp(ws, parent=parent, op=lambda db, actor: service.archive_organisation(
        db, actor, organisation_id, version))


def office(ws: Workspace, *, parent: QObject) -> QueryOp:
    return QueryOp(ws, parent=parent, op=lambda db, actor: service.office(db, actor))


def set_office(ws: Workspace, *, parent: QObject, data: dict) -> CollectionOp:
    return CollectionOp(ws, parent=parent, op=lambda db, actor: service.set_office(db, actor, data))
