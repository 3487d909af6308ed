"""People who use Qamqor. Login and passwords come with the accounts issue."""
from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from models.entities.base import Record, StrEnum


class Role(StrEnum):
    caseworker = "caseworker"
    supervisor = "supervisor"
    admin = "admin"


class User(Record):
    __tablename__ = "users"

    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role]
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
