"""The short reference lists the workspace reads ahead on its worker (colleagues, employers).

Plain functions of (db, actor), imported by `desktop.workspace`: this module imports neither the workspace
nor `desktop.operations`'s classes, so the two do not import each other (issue 13 item 8).
"""
from __future__ import annotations

from models.db import Database
from models.schemas.records import EmployerOut
from models.schemas.users import UserOut
from models.services import employers as employer_service
from models.services import users as user_service
from models.services.base import Actor


def read_colleagues(db: Database, actor: Actor) -> list[UserOut]:
    return user_service.users(db, actor)


def read_employers(db: Database, actor: Actor) -> list[EmployerOut]:
    return employer_service.employers(db, actor)
