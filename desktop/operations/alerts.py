"""The alert list, its charts and the stored deadlines' freshness (the supervisor's dashboard)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject

from desktop.operations import QueryOp
from desktop.workspace import Workspace
from models.services import alerts as service
from models.services.alerts import AlertFilter, AlertRow, Overview


def overview(ws: Workspace, *, parent: QObject, where: AlertFilter = AlertFilter(), day: dt.date | None = None,
             page: int | None = None) -> QueryOp[Overview]:
    """The counts and the first page of the list."""
    if page is None:
        return QueryOp(ws, parent=parent, op=lambda db, actor: service.overview(db, actor))
    return QueryOp(ws, parent=parent, op=lambda db, actor: service.overview(db, actor, where, day, page))


def alert_keys(ws: Workspace, *, parent: QObject, where: AlertFilter, day: dt.date | None) -> QueryOp[list[str]]:
    return QueryOp(ws, parent=parent, op=lambda db, actor: service.alert_keys(db, actor, where, day))


def alert_rows(ws: Workspace, *, parent: QObject, keys: list[str], day: dt.date | None) -> QueryOp[list[AlertRow]]:
    return QueryOp(ws, parent=parent, op=lambda db, actor: service.alert_rows(db, actor, keys, day))


def by_week(ws: Workspace, *, parent: QObject, where: AlertFilter, day: dt.date | None) -> QueryOp:
    return QueryOp(ws, parent=parent, op=lambda db, actor: service.by_week(db, actor, where, day))


def breakdown(ws: Workspace, *, parent: QObject, where: AlertFilter, day: dt.date | None) -> QueryOp:
    return QueryOp(ws, parent=parent, op=lambda db, actor: service.breakdown(db, actor, where, day))


def is_stale(ws: Workspace, *, parent: QObject) -> QueryOp[bool]:
    """Whether the stored deadlines were computed on an earlier day."""
    return QueryOp(ws, parent=parent, op=lambda db, actor: service.is_stale(db))


def recompute_if_stale(ws: Workspace, report: Callable[[int, int], None]) -> Callable[[], int]:
    """The work of bringing every stored deadline up to today (for the worker's long lane)."""
    db = ws.db
    return lambda: service.recompute_if_stale(db, report)
