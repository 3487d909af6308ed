"""Where a person has been: stays in Kazakhstan and registrations of the place of stay."""
from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from models.entities.base import Record
from models.kinds import StayBasis


class Stay(Record):
    """One entry into Kazakhstan, and the exit if it happened (both days are presence days)."""

    __tablename__ = "stays"

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    entry_date: Mapped[dt.date]
    exit_date: Mapped[dt.date | None]
    basis: Mapped[StayBasis]
    border_point: Mapped[str | None] = mapped_column(String(100))


class Registration(Record):
    """Registration of the place of stay (RULES.md registration.deadline)."""

    __tablename__ = "registrations"

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    registered_on: Mapped[dt.date]
    address: Mapped[str | None] = mapped_column(String(300))
    host: Mapped[str | None] = mapped_column(String(200))
