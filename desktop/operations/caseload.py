"""The supervisor's caseloads: who carries how many cases, and reassigning them."""
from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.operations import CollectionOp, QueryOp
from desktop.workspace import Workspace
from models.ids import CaseId, UserId
from models.services import caseload as service
from models.services.caseload import Caseload, CaseloadCase


def caseloads(ws: Workspace, *, parent: QObject) -> QueryOp[list[Caseload]]:
    return QueryOp(ws, parent=parent, op=lambda db, actor: service.caseloads(db, actor))


def cases_of(ws: Workspace, *, parent: QObject, caseworker_id: UserId | None) -> QueryOp[list[CaseloadCase]]:
    return QueryOp(ws, parent=parent, op=lambda db, actor: service.cases_of(db, actor, caseworker_id))


def reassign(ws: Workspace, *, parent: QObject, case_ids: list[CaseId],
             caseworker_id: UserId | None) -> CollectionOp[int]:
    """The cases to another caseworker (None: to no one); the result is how many moved."""
    return CollectionOp(ws, parent=parent, op=lambda db, actor: service.reassign(db, actor, case_ids, caseworker_id))
