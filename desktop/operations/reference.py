"""The short reference lists drop-down choices need: colleagues and employers (read on the worker)."""
from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.operations import QueryOp
from desktop.workspace import Workspace
from models.db import Database
from models.schemas.history import EmployerOut
from models.schemas.users import UserOut
from models.services import employers as employer_service
from models.services import users as user_service
from models.services.base import Actor


def read_colleagues(db: Database, actor: Actor) -> list[UserOut]:
    """For the workspace's read-ahead (it runs this on the worker)."""
    return user_service.users(db, actor)


def read_employers(db: Database, actor: Actor) -> list[EmployerOut]:
    return employer_service.employers(db, actor)


def colleagues(ws: Workspace, *, parent: QObject) -> QueryOp[list[UserOut]]:
    """The colleagues as they are now (a filter's caseworker list)."""
    return QueryOp(ws, parent=parent, op=read_colleagues)
