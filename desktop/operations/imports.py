"""Bringing a spreadsheet in: the dry run, the import itself, its undo, the saved column mappings and the
import history (models.importing.service)."""
from __future__ import annotations

import threading
import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject

from desktop.operations import CollectionOp, QueryOp
from desktop.workspace import Workspace
from models.importing import service
from models.importing.checking import DryRun
from models.importing.mapping import Mapping
from models.importing.reading import Table
from models.importing.service import ImportResult, ImportSummary


def history(ws: Workspace, *, parent: QObject) -> QueryOp[list[ImportSummary]]:
    return QueryOp(ws, parent=parent, op=service.imports)


def saved_mappings(ws: Workspace, *, parent: QObject) -> QueryOp[dict[str, Mapping]]:
    return QueryOp(ws, parent=parent, op=service.mappings)


def save_mapping(ws: Workspace, *, parent: QObject, name: str, mapping: Mapping) -> CollectionOp[None]:
    return CollectionOp(ws, parent=parent, op=lambda db, actor: service.save_mapping(db, actor, name, mapping))


def check(ws: Workspace, *, parent: QObject, table: Table, mapping: Mapping) -> QueryOp[DryRun]:
    """The dry run: every row checked, nothing written."""
    return QueryOp(ws, parent=parent, op=lambda db, actor: service.check(db, actor, table, mapping))


def run(ws: Workspace, *, parent: QObject, dry: DryRun, decisions: dict[int, str],
        progress: Callable[[int, int], None], cancel: threading.Event) -> CollectionOp[ImportResult]:
    """The import; `progress(done, total)` is called from the worker, `cancel` stops it between batches."""
    return CollectionOp(ws, parent=parent, op=lambda db, actor: service.run(
        db, actor, dry, decisions=decisions, progress=progress, cancel=cancel))


def undo(ws: Workspace, *, parent: QObject, import_id: uuid.UUID) -> CollectionOp[int]:
    """Archive every record the import created; how many."""
    return CollectionOp(ws, parent=parent, op=lambda db, actor: service.undo(db, actor, import_id))
