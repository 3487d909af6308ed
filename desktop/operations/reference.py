"""The colleagues as they are now, for a filter's caseworker list (the workspace reads its own lists ahead)."""
from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.operations import QueryOp
from desktop.operations.lists import read_colleagues
from desktop.workspace import Workspace
from models.schemas.users import UserOut


def colleagues(ws: Workspace, *, parent: QObject) -> QueryOp[list[UserOut]]:
    """The colleagues as they are now (a filter's caseworker list)."""
    return QueryOp(ws, parent=parent, op=read_colleagues)
