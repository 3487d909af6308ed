"""The work-permit quota: allocations, staff counts, usage and the employers' checks."""
from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.operations import CollectionOp, QueryOp
from desktop.workspace import Workspace
from models.services import quota as service
from models.services.quota import QuotaUsage


def years(ws: Workspace, *, parent: QObject) -> QueryOp[list[int]]:
    return QueryOp(ws, parent=parent, op=lambda db, actor: service.years(db, actor))


def usage(ws: Workspace, *, parent: QObject, year: int) -> QueryOp[QuotaUsage]:
    return QueryOp(ws, parent=parent, op=lambda db, actor: service.usage(db, actor, year))


def employer_checks(ws: Workspace, *, parent: QObject) -> QueryOp[list]:
    return QueryOp(ws, parent=parent, op=lambda db, actor: service.employer_checks(db, actor))


def set_allocation(ws: Workspace, *, parent: QObject, data: dict) -> CollectionOp:
    return CollectionOp(ws, parent=parent, op=lambda db, actor: service.set_allocation(db, actor, data))


def record_headcount(ws: Workspace, *, parent: QObject, data: dict) -> CollectionOp:
    return CollectionOp(ws, parent=parent, op=lambda db, actor: service.record_headcount(db, actor, data))
