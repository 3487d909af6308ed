"""The reports' background work: counting the statistics (with progress), the cases behind a number, and
the report written to a file to hand in."""
from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject

from desktop.operations import QueryOp
from desktop.workspace import Workspace
from models.ids import CaseId
from models.reports import statistics as service
from models.reports.statistics_files import write_report
from models.services import cases

CASES_SHOWN = 2000  # the first cases behind a number; the count says how many there are


def count_statistics(ws: Workspace, *, parent: QObject, first: dt.date, last: dt.date,
                     progress: Callable[[int, int], None]) -> QueryOp:
    # The "long" lane: a year of a big office reads for a second or two and must not hold up the saves.
    return QueryOp(ws, parent=parent, op=lambda db, actor: service.statistics(
        db, actor, first, last, via="window", progress=progress)).in_lane("long")


def cases_behind(ws: Workspace, *, parent: QObject, case_hexes: Sequence[str]) -> QueryOp:
    def read(db, actor) -> list[cases.CaseRow]:
        wanted = [CaseId(uuid.UUID(h)) for h in case_hexes[:CASES_SHOWN]]
        return [row for start in range(0, len(wanted), 500)
                for row in cases.case_rows(db, actor, wanted[start:start + 500])]

    return QueryOp(ws, parent=parent, op=read)


def save_report(ws: Workspace, *, parent: QObject, report: service.Statistics, path: Path, lang: str) -> QueryOp:
    return QueryOp(ws, parent=parent, op=lambda db, actor: write_report(db, actor, report, path, lang)) \
        .in_lane("write")
