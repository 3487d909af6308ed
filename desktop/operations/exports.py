"""Exports of the dashboard: the alert list as shown, and counts for reports (both audited)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject

from desktop.operations import QueryOp
from desktop.workspace import Workspace
from models.services import exports as service
from models.services.alerts import AlertFilter


def export_alerts(ws: Workspace, *, parent: QObject, path: Path, where: AlertFilter, day: dt.date, fmt: str,
                  words) -> QueryOp:
    # On the write lane: the export writes its audit entry.
    return QueryOp(ws, parent=parent, op=lambda db, actor: service.export_alerts(db, actor, path, where, day, fmt,
                                                                                 words)).in_lane("write")


def export_statistics(ws: Workspace, *, parent: QObject, path: Path, day: dt.date | None, year: int | None,
                      fmt: str, words, where: AlertFilter) -> QueryOp:
    return QueryOp(ws, parent=parent, op=lambda db, actor: service.export_statistics(
        db, actor, path, day, year, fmt, words, where)).in_lane("write")
