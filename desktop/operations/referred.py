"""The supervisor's "Referred to us": cases by the organisation or way they came from."""
from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.operations import QueryOp
from desktop.workspace import Workspace
from models.services import referred
from models.services.referred import Referred, ReferredFilter


def referred_cases(ws: Workspace, *, parent: QObject, where: ReferredFilter) -> QueryOp[Referred]:
    return QueryOp(ws, parent=parent, op=lambda db, actor: referred.referred_cases(db, actor, where))
