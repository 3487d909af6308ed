"""The audit trail: who did what, when. Entries are chained by hash, so that changing or
removing a past entry breaks the chain at that entry (`qamqor audit verify`)."""
from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import JSON, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from models.clock import utcnow
from models.entities.base import Base


class AuditEntry(Base):
    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)
    # create, change, archive, view, export, print, login, login_failed, refused, ...
    action: Mapped[str] = mapped_column(String(30))
    entity: Mapped[str | None] = mapped_column(String(40))  # table name of the record concerned
    record_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    details: Mapped[dict] = mapped_column(JSON, default=dict)  # e.g. {"changes": {field: [old, new]}}
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
