"""Asylum claims, refugee status and expulsions."""
from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from models.entities.base import Record
from models.kinds import StrEnum


class AsylumDecision(StrEnum):
    granted = "granted"
    refused = "refused"


class AsylumClaim(Record):
    """An application for refugee status [001:L53-L55]."""

    __tablename__ = "asylum_claims"

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    registered_on: Mapped[dt.date]
    decided_on: Mapped[dt.date | None]
    decision: Mapped[AsylumDecision | None]
    # A refusal can be taken to court [001:L55]; the sources give no deadline.
    appeal_filed_on: Mapped[dt.date | None]
    appeal_decided_on: Mapped[dt.date | None]


class RefugeeStatus(Record):
    """Recognised refugee status, one year and renewable [001:L102]."""

    __tablename__ = "refugee_statuses"

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    recognized_on: Mapped[dt.date]
    valid_to: Mapped[dt.date | None]
    certificate_issued_on: Mapped[dt.date | None]
    certificate_number: Mapped[str | None] = mapped_column(String(40))


class Expulsion(Record):
    """An expulsion and the re-entry ban that follows it [002:L123]."""

    __tablename__ = "expulsions"

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    expelled_on: Mapped[dt.date]
    # Empty: the rule's default (five years); set when a decision says otherwise [004:L264].
    ban_until: Mapped[dt.date | None]
    decided_by: Mapped[str | None] = mapped_column(String(200))
