"""The people who use Qamqor (accounts and passwords come with the accounts issue)."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select

from models.db import Database
from models.entities import User
from models.schemas.users import UserIn, UserOut
from models.schemas.validation import validate
from models.services.base import Actor, create, writing
from models.services.errors import FieldError, ValidationFailed


def create_user(db: Database, actor: Actor, data: Any) -> UserOut:
    data = validate(UserIn, data)
    with writing(db) as session:
        if session.scalar(select(User.id).where(User.username == data.username)):
            raise ValidationFailed([FieldError("username", "Username", f"'{data.username}' is already taken")])
        return UserOut.model_validate(create(session, User, data, actor))


def users(db: Database) -> list[UserOut]:
    with db.reading() as session:
        rows = session.scalars(select(User).where(User.archived_at.is_(None)).order_by(User.full_name))
        return [UserOut.model_validate(row) for row in rows]
