"""Edit > Undo and Redo: the undo service reverses a step from the audit trail (models.services.undo)."""
from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.operations import CollectionOp
from desktop.workspace import Workspace
from models.services import undo as service
from models.services.undo import Step


def reverse(ws: Workspace, *, parent: QObject, step: Step) -> CollectionOp:
    """Undo a step (or redo an undone one: the reversal of a reversal); the result is the reversal."""
    return CollectionOp(ws, parent=parent, op=lambda db, actor: service.reverse(db, actor, step))
