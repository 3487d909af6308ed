"""The services a case's person was given, or is to be given: shelter, legal, medical and psychological
help, return and reintegration [001:L75, 001:L124-L132, 000:L530], by the office itself or a partner."""
from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.entities.base import Record
from models.kinds import StrEnum


class ServiceOutcome(StrEnum):
    completed = "completed"
    ongoing = "ongoing"  # begun (a shelter stay, counselling), not finished yet
    declined = "declined"  # the person did not want it
    not_available = "not_available"  # the provider could not give it
    other = "other"


class CaseService(Record):
    """One service: its kind (a service of the directory), who gives it (`organisation_id` None: the office
    itself), when it is planned and when it was given, how it ended. `referral_id`: the referral through
    which it was given, recorded when that referral reached "services delivered"."""

    __tablename__ = "case_services"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))  # one of models.schemas.trafficking.SERVICES
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("organisations.id"))
    planned_on: Mapped[dt.date | None] = mapped_column(index=True)
    given_on: Mapped[dt.date | None]
    outcome: Mapped[ServiceOutcome | None]
    note: Mapped[str | None] = mapped_column(Text)
    referral_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("referrals.id"), index=True)
