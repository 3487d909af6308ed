"""Likely duplicates: pairs a supervisor said are two people, and merges of two records of one person."""
from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import JSON, ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from models.clock import utcnow
from models.entities.base import Base


class NotTheSamePerson(Base):
    """Two records a supervisor looked at and found to be two people: never offered as a pair again.
    The pair is kept in one order (the smaller id first), so it is one row whichever way it was seen."""

    __tablename__ = "not_the_same_persons"

    first_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), primary_key=True)
    second_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), primary_key=True)
    decided_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class PersonMerge(Base):
    """One record of a person merged into another: what moved, and the values it replaced, so that the
    merge can be undone as a whole. The merged record is archived, never deleted."""

    __tablename__ = "person_merges"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    kept_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    merged_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    kept_before: Mapped[dict] = mapped_column(JSON, default=dict)  # field -> the kept record's value replaced
    moved: Mapped[dict] = mapped_column(JSON, default=dict)  # table -> ids (hex) moved to the kept record
    merged_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    merged_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    undone_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    undone_at: Mapped[dt.datetime | None]
