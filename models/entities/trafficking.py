"""Trafficking screening, informed consent, the service directory and referrals.

The referral workflow follows Primero: a referral needs informed consent that
covers what is shared; its lifecycle is draft → sent → accepted | rejected →
services delivered → closed, or revoked, every step dated and attributed.
"""
from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.clock import utcnow
from models.entities.base import Base, Record
from models.kinds import StrEnum


class Answer(StrEnum):
    yes = "yes"
    no = "no"
    unknown = "unknown"
    declined = "declined"  # the person chose not to answer


class AssessmentOutcome(StrEnum):
    """The terms of the draft law [004:L304-L306] and of the SOPs [000:L530]."""

    not_a_victim = "not_a_victim"
    potential_victim = "potential_victim"
    presumed_victim = "presumed_victim"
    identified_victim = "identified_victim"


class AssessedBy(StrEnum):
    ngo = "ngo"
    police = "police"
    court = "court"
    other = "other"


class ConsentMethod(StrEnum):
    signed_form = "signed_form"  # the scanned form is an attachment of the case
    verbal_with_witness = "verbal_with_witness"


class ConsentPurpose(StrEnum):
    receive_services = "receive_services"
    share_data = "share_data"  # with the organisation named in the consent


class OrganisationKind(StrEnum):
    shelter = "shelter"
    legal_aid = "legal_aid"
    medical = "medical"
    psychological = "psychological"
    iom = "iom"
    police = "police"
    embassy = "embassy"
    hotline = "hotline"
    ngo = "ngo"
    government = "government"


class Urgency(StrEnum):
    routine = "routine"
    urgent = "urgent"
    emergency = "emergency"


class ReferralStatus(StrEnum):
    draft = "draft"
    sent = "sent"
    accepted = "accepted"
    rejected = "rejected"
    services_delivered = "services_delivered"
    closed = "closed"
    revoked = "revoked"


class Screening(Record):
    """One screening interview: each indicator's answer, with its date and interviewer."""

    __tablename__ = "screenings"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    interviewed_on: Mapped[dt.date]
    interviewer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    interpreter: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)


class ScreeningAnswer(Base):
    __tablename__ = "screening_answers"

    screening_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("screenings.id"), primary_key=True)
    indicator: Mapped[str] = mapped_column(String(60), primary_key=True)  # code from resources/screening
    answer: Mapped[Answer]
    note: Mapped[str | None] = mapped_column(Text)


class Assessment(Record):
    """What the caseworker decided (the indicators only support the decision), and who identified."""

    __tablename__ = "assessments"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    assessed_on: Mapped[dt.date]
    outcome: Mapped[AssessmentOutcome]
    assessed_by: Mapped[AssessedBy]
    assessor: Mapped[str | None] = mapped_column(String(200))  # the officer or court, as written
    reasoning: Mapped[str | None] = mapped_column(Text)


class Organisation(Record):
    """An entry of the service directory."""

    __tablename__ = "organisations"

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[OrganisationKind]
    services: Mapped[list] = mapped_column(JSON, default=list)  # e.g. ["shelter", "legal_aid"]
    regions: Mapped[list] = mapped_column(JSON, default=list)
    languages: Mapped[list] = mapped_column(JSON, default=list)
    address: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(200))
    website: Mapped[str | None] = mapped_column(String(200))
    opening_hours: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(200))  # where the details come from, e.g. "[002:L31-L40]"


class Consent(Record):
    """Informed consent for one purpose; `scope` lists the parts of the case it covers."""

    __tablename__ = "consents"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    purpose: Mapped[ConsentPurpose]
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("organisations.id"))
    scope: Mapped[list] = mapped_column(JSON, default=list)  # e.g. ["identity", "contact", "migration"]
    given_on: Mapped[dt.date]
    taken_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    method: Mapped[ConsentMethod]
    witness: Mapped[str | None] = mapped_column(String(200))
    attachment_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("attachments.id"))
    withdrawn_on: Mapped[dt.date | None]
    withdrawal_note: Mapped[str | None] = mapped_column(Text)
    # For a minor: the parent or guardian (a person linked to the minor) who gave the consent.
    guardian_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("persons.id"))


class Referral(Record):
    __tablename__ = "referrals"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisations.id"), index=True)
    reference: Mapped[str] = mapped_column(String(40), unique=True)  # printed on the letter
    services: Mapped[list] = mapped_column(JSON, default=list)
    urgency: Mapped[Urgency] = mapped_column(default=Urgency.routine)
    reason: Mapped[str | None] = mapped_column(Text)
    shared: Mapped[list] = mapped_column(JSON, default=list)  # the parts of the case the letter carries
    consent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("consents.id"))
    # Sent without covering consent: only with a reason, a permission, and an audit entry.
    override_reason: Mapped[str | None] = mapped_column(Text)
    status: Mapped[ReferralStatus] = mapped_column(default=ReferralStatus.draft, index=True)
    sent_on: Mapped[dt.date | None] = mapped_column(index=True)
    answered_on: Mapped[dt.date | None]
    rejection_reason: Mapped[str | None] = mapped_column(Text)
    # A minor's referral sent without a guardian's consent: why it is in the child's best interest.
    best_interest_reason: Mapped[str | None] = mapped_column(Text)


class ReferralEvent(Base):
    """One step of a referral's lifecycle: when, by whom, to which status, with a note."""

    __tablename__ = "referral_events"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    referral_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("referrals.id"), index=True)
    status: Mapped[ReferralStatus]
    on: Mapped[dt.date]
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str | None] = mapped_column(Text)


# --- the facts of a trafficking case, in the terms of IOM's Human Trafficking Case Data Standard (v2) ---

class ExploitationForm(StrEnum):
    labour = "labour"
    sexual = "sexual"
    forced_begging = "forced_begging"
    forced_criminality = "forced_criminality"
    domestic_servitude = "domestic_servitude"
    organ_removal = "organ_removal"
    other = "other"


class Recruitment(StrEnum):
    private_employment_agency = "private_employment_agency"
    acquaintance = "acquaintance"
    online = "online"
    other = "other"


class ControlMeans(StrEnum):
    debt_bondage = "debt_bondage"
    takes_earnings = "takes_earnings"
    threats = "threats"
    threats_to_family = "threats_to_family"
    threat_of_law_enforcement = "threat_of_law_enforcement"
    psychological_abuse = "psychological_abuse"
    physical_abuse = "physical_abuse"
    sexual_abuse = "sexual_abuse"
    false_promises = "false_promises"
    psychoactive_substances = "psychoactive_substances"
    restricts_movement = "restricts_movement"
    isolation = "isolation"
    excessive_working_hours = "excessive_working_hours"
    withholds_documents = "withholds_documents"
    withholds_necessities = "withholds_necessities"
    other = "other"


class TraffickingFacts(Record):
    """What happened to the person: how they were exploited, where, how recruited and controlled, and
    whether (and since when) they are a presumed or identified victim. One record per case."""

    __tablename__ = "trafficking_facts"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), unique=True)
    exploitation: Mapped[list] = mapped_column(JSON, default=list)  # ExploitationForm values, several
    exploitation_country: Mapped[str | None] = mapped_column(String(3), index=True)  # ISO alpha-3
    exploitation_region: Mapped[str | None] = mapped_column(String(100))
    recruitment: Mapped[Recruitment | None]
    control: Mapped[list] = mapped_column(JSON, default=list)  # ControlMeans values, several
    identification: Mapped[AssessmentOutcome | None] = mapped_column(index=True)
    identified_on: Mapped[dt.date | None] = mapped_column(index=True)
