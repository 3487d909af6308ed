"""Administrative proceedings against a person: the offence, the hearing, the decision and its appeal.

Almost every foreigner brought to administrative responsibility is found liable, and expulsion follows
slight violations [004:L797]; the appeal period is short [004:L815] (rule proceedings.appeal).
"""
from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from models.entities.base import Record
from models.kinds import StrEnum


class ProceedingDecision(StrEnum):
    pending = "pending"
    liable = "liable"
    not_liable = "not_liable"
    dismissed = "dismissed"  # closed without a finding (time limit, no offence proven, …)


class Proceeding(Record):
    """One administrative case: from the protocol to the decision and its appeal."""

    __tablename__ = "proceedings"

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    # The article and a few words, as the protocol names it: "Art. 517 — work without a permit".
    offence: Mapped[str] = mapped_column(String(200))
    protocol_on: Mapped[dt.date | None]
    hearing_on: Mapped[dt.date | None]
    decision: Mapped[ProceedingDecision] = mapped_column(default=ProceedingDecision.pending)
    decided_on: Mapped[dt.date | None]
    fine_amount: Mapped[int | None]  # tenge
    expulsion: Mapped[bool] = mapped_column(default=False)
    appealed_on: Mapped[dt.date | None]
