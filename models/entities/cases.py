"""A case: the work done for one person, with its notes and attachments."""
from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from models.clock import utcnow
from models.entities.base import Base, Record
from models.entities.persons import Person
from models.kinds import StrEnum


class Category(StrEnum):
    labour_migrant = "labour_migrant"
    trafficking_survivor = "trafficking_survivor"
    refugee = "refugee"
    asylum_seeker = "asylum_seeker"
    stateless = "stateless"
    kandas = "kandas"
    other = "other"


class CaseStatus(StrEnum):
    open = "open"
    active = "active"
    referred = "referred"
    closed = "closed"


class Priority(StrEnum):
    low = "low"
    normal = "normal"
    high = "high"
    urgent = "urgent"


class ReferredHow(StrEnum):
    """How a person came to the office (HTCDS's referral source): who sent them, or that they came alone."""

    hotline = "hotline"
    police = "police"
    iom = "iom"
    ngo = "ngo"  # another NGO
    government = "government"
    embassy = "embassy"
    self_referred = "self_referred"
    other = "other"


class Case(Record):
    __tablename__ = "cases"
    # Covering index of "the persons with an open case" (and whose they are), which the alert queries
    # check each obligation against.
    __table_args__ = (Index("ix_cases_open", "status", "archived_at", "person_id", "caseworker_id", "category",
                            "sensitive", "opened_on", "id"),)

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    category: Mapped[Category] = mapped_column(index=True)
    status: Mapped[CaseStatus] = mapped_column(default=CaseStatus.open, index=True)
    closed_reason: Mapped[str | None] = mapped_column(String(300))
    caseworker_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)
    priority: Mapped[Priority] = mapped_column(default=Priority.normal)
    opened_on: Mapped[dt.date]
    closed_on: Mapped[dt.date | None]
    # Trafficking survivors and the like: only the assigned caseworker and supervisors see it.
    sensitive: Mapped[bool] = mapped_column(default=False)
    # Who referred the person to us (HTCDS: referring organisation, incoming referral date): an organisation
    # of the directory, or one named in `referred_by_name`; columns of the case, since a case has one start.
    referred_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("organisations.id"))
    referred_by_name: Mapped[str | None] = mapped_column(String(200))
    referred_on: Mapped[dt.date | None]
    referred_how: Mapped[ReferredHow | None]
    referred_why: Mapped[str | None] = mapped_column(String(300))

    person: Mapped[Person] = relationship()


class CaseShare(Base):
    """A case the assigned caseworker shares with a colleague (not for sensitive cases)."""

    __tablename__ = "case_shares"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), primary_key=True, index=True)
    shared_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    shared_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Note(Record):
    __tablename__ = "notes"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    text: Mapped[str] = mapped_column(Text)


class AttachmentKind(StrEnum):
    """What an attachment is, for the caseworker who looks for it later."""

    passport = "passport"
    visa = "visa"
    permit = "permit"  # work or residence permit, patent, certificate
    registration = "registration"
    contract = "contract"
    letter = "letter"
    medical = "medical"
    photo = "photo"
    other = "other"


class Attachment(Record):
    """A scanned document. Its bytes live in the database, so backups and encryption cover them.
    `description` is its label ("Passport, pages 2-3"); `kind` what it is."""

    __tablename__ = "attachments"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int]
    description: Mapped[str | None] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(30), default=AttachmentKind.other.value, server_default="other")
    # Deferred: listing a case's attachments must not read every scan.
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))
