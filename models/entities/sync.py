"""The office sync's own tables.

On a laptop: `sync_outbox` (each captured row change, until the office has applied it), `sync_state`
(the pull cursor and when it last synced). At the office: `sync_log` (one line per synced row with the
office sequence number of its last write, so a pull is "everything after N"), `sync_applied` (the change
ids already applied: a re-sent change is answered, not applied twice). Both: `sync_conflicts`, itself
a synced record (the laptops see it in the case, and a resolution travels back like any write).
"""
from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, BigInteger, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.clock import utcnow
from models.entities.base import Base, Record


class OutboxEntry(Base):
    __tablename__ = "sync_outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)  # the order of the writes
    change_id: Mapped[uuid.UUID] = mapped_column(unique=True, default=uuid.uuid4)
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[uuid.UUID]
    operation: Mapped[str] = mapped_column(String(10))
    new: Mapped[dict[str, Any]] = mapped_column(JSON)
    old: Mapped[dict[str, Any]] = mapped_column(JSON)
    case_id: Mapped[uuid.UUID | None]
    person_id: Mapped[uuid.UUID | None]
    made_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    made_by: Mapped[uuid.UUID | None]


class SyncState(Base):
    """Key/value: `cursor` (the office sequence pulled up to), `snapshot` (where a cut first pull resumes),
    `last_synced` (ISO time)."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(String(2000))


class SyncLogEntry(Base):
    __tablename__ = "sync_log"
    __table_args__ = (Index("ix_sync_log_seq", "seq", unique=True),)

    table_name: Mapped[str] = mapped_column(String(60), primary_key=True)
    row_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger)
    # Who may see it is decided at pull time from the data; these say which case and person it belongs to.
    case_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    person_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    # The key columns of a row without an id of its own (case_shares, screening_answers).
    key: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    deleted: Mapped[bool] = mapped_column(default=False)
    # Stamped again because who may see it changed (reassigned, shared, made sensitive): a laptop
    # that may no longer see it must be told to remove it.
    moved: Mapped[bool] = mapped_column(default=False)
    device: Mapped[str | None] = mapped_column(String(100))  # the laptop whose push wrote it last, if any


class AppliedChange(Base):
    __tablename__ = "sync_applied"

    change_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    device_id: Mapped[uuid.UUID | None]
    applied_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    conflicts: Mapped[int] = mapped_column(default=0)
    # A change the push may not make (issue 25): never applied, kept whole with the reason in words. At the
    # office, for the administrator and so a re-sent change gets the same answer; on a laptop, what its
    # office refused, for the window to show.
    refused: Mapped[str | None] = mapped_column(Text)
    change: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class SyncConflict(Record):
    """Two edits of one field to different values: `kept` is in the record, `other` is kept here until a
    person chooses (nothing is dropped). Who, when and on which device, for each side."""

    __tablename__ = "sync_conflicts"

    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[uuid.UUID] = mapped_column(index=True)
    field: Mapped[str] = mapped_column(String(60))
    kept_value: Mapped[Any] = mapped_column(JSON)
    other_value: Mapped[Any] = mapped_column(JSON)
    kept_by: Mapped[uuid.UUID | None]
    kept_at: Mapped[dt.datetime | None]
    kept_device: Mapped[str | None] = mapped_column(String(100))
    other_by: Mapped[uuid.UUID | None]
    other_at: Mapped[dt.datetime | None]
    other_device: Mapped[str | None] = mapped_column(String(100))
    case_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    person_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    # Set aside rather than merged: the author could no longer edit the record (reassigned, made sensitive).
    set_aside: Mapped[bool] = mapped_column(default=False)
    resolved_at: Mapped[dt.datetime | None]
    resolved_by: Mapped[uuid.UUID | None]
    choice: Mapped[str | None] = mapped_column(String(10))  # "kept" | "other"
