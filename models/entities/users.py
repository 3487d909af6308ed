"""People who use Qamqor: their role, and what they need to log in."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from models.entities.base import Record
from models.kinds import StrEnum


class Role(StrEnum):
    caseworker = "caseworker"
    supervisor = "supervisor"
    admin = "admin"


def roles_of(role: Role, also_admin: bool) -> frozenset[Role]:
    return frozenset({role, Role.admin} if also_admin else {role})


class User(Record):
    __tablename__ = "users"

    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role]
    # A caseworker or supervisor who also administers (small offices): users, rules, backups.
    also_admin: Mapped[bool] = mapped_column(default=False)
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    password_hash: Mapped[str | None] = mapped_column(String(200))  # Argon2id; empty: cannot log in yet
    failed_logins: Mapped[int] = mapped_column(default=0)  # in a row; reset by a successful login
    locked_until: Mapped[dt.datetime | None]
    last_login_at: Mapped[dt.datetime | None]

    @property
    def roles(self) -> frozenset[Role]:
        return roles_of(self.role, self.also_admin)
