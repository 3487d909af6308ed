"""The anonymous trafficking data export (Reports › Anonymous trafficking data), in the background."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject

from desktop.operations import QueryOp
from desktop.workspace import Workspace
from models.services import htcds


def export_htcds(ws: Workspace, *, parent: QObject, path: Path, start: dt.date, end: dt.date,
                 fmt: str) -> QueryOp:
    # On the write lane: the export writes its audit entry.
    return QueryOp(ws, parent=parent, op=lambda db, actor: htcds.export_htcds(
        db, actor, path, start, end, fmt=fmt)).in_lane("write")
