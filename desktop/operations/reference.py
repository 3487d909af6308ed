"""The short reference lists drop-down choices need: colleagues and employers (read on the worker)."""
from __future__ import annotations

from models.db import Database
from models.schemas.history import EmployerOut
from models.schemas.users import UserOut
from models.services import employers as employer_service
from models.services import users as user_service
from models.services.base import Actor


def colleagues(db: Database, actor: Actor) -> list[UserOut]:
    return user_service.users(db, actor)


def employers(db: Database, actor: Actor) -> list[EmployerOut]:
    return employer_service.employers(db, actor)
