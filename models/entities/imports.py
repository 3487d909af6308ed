"""Imports from spreadsheets: what each import brought in (so that it can be undone as a whole), and the
column mappings an office saved by name."""
from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from models.clock import utcnow
from models.entities.base import Base


class Import(Base):
    """One import of one file. Its counts are updated in the transaction of each batch, so they always say
    what is in the database, whatever stopped the import."""

    __tablename__ = "imports"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    file_name: Mapped[str] = mapped_column(String(255))  # the name only: never the path or the content
    started_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[dt.datetime | None]
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    # running, complete, cancelled, failed (stopped by an error), undone
    status: Mapped[str] = mapped_column(String(20), default="running")
    counts: Mapped[dict] = mapped_column(JSON, default=dict)  # rows, persons, documents, cases, stays, ...
    resume_row: Mapped[int | None]  # the first row of the file not imported, when stopped early
    message: Mapped[str | None] = mapped_column(String(500))
    undone_at: Mapped[dt.datetime | None]
    undone_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))


class ImportRecord(Base):
    """A record an import created (a person, document, case, stay or note)."""

    __tablename__ = "import_records"

    import_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("imports.id"), primary_key=True)
    record_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))  # the table's name
    row: Mapped[int]  # the row of the file it came from


class ImportMapping(Base):
    """A column mapping saved by name ("Monthly list of the Almaty office"), for the next file."""

    __tablename__ = "import_mappings"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    mapping: Mapped[dict] = mapped_column(JSON)
    saved_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    saved_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
