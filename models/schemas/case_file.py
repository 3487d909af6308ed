"""What the case view shows, as one typed answer of one read (`models.services.case_file`)."""
from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict

from models.ids import CaseId, OrganisationId, PersonId, ReferralId, UserId
from models.rules.engine import StaySummary
from models.schemas.cases import AttachmentOut, CaseOut, NoteOut
from models.schemas.persons import DocumentOut, PersonOut
from models.schemas.records import Records
from models.schemas.trafficking import AssessmentOut, ConsentOut, OrganisationOut, ReferralOut, ScreeningOut


class ObligationOut(BaseModel):
    """One obligation from the rule engine, explained in the reader's language (the one obligation DTO: the
    case view, the print-out and `deadlines.obligations_of` all hand out this)."""

    model_config = ConfigDict(frozen=True)

    rule: str
    due: dt.date
    status: str  # overdue, due_soon, ok, met
    days_left: int
    explanation: str
    source: str  # the legal citation, in the reader's language where the rule data has it
    rule_version: str  # e.g. "stay.per_entry@2017-01-01"
    effective_from: dt.date
    effective_to: dt.date | None = None
    verification: str = ""  # how well the rule is verified, in the reader's language where the data has it
    document: str | None = None  # for permit.expiry and document.expiry: which document (work_permit, passport, ...)
    days_late: int | None = None  # done after its due date (a late registration): by how many days
    reason: str = ""  # the explanation without its source (the panel shows the source on its own line)


class DeadlinesOut(BaseModel):
    """The person's obligations (what is still to do first, what is met below) and the stay summary."""

    model_config = ConfigDict(frozen=True)

    items: list[ObligationOut]
    stay: StaySummary


class FollowUpOut(BaseModel):
    """A sent referral still waiting for the organisation's answer."""

    model_config = ConfigDict(frozen=True)

    case_id: CaseId
    referral_id: ReferralId
    due: dt.date
    status: str  # ok, due_soon, overdue


class TraffickingOut(BaseModel):
    """The trafficking tab: screenings, assessments, consents, referrals, the organisations they name."""

    model_config = ConfigDict(frozen=True)

    case_id: CaseId
    caseworker_id: UserId | None
    screenings: list[ScreeningOut]
    assessments: list[AssessmentOut]
    consents: list[ConsentOut]
    referrals: list[ReferralOut]
    organisations: dict[OrganisationId, OrganisationOut]  # the live directory and any organisation a record names
    attachments: list[AttachmentOut]
    follow_ups: dict[ReferralId, FollowUpOut]  # by referral id
    today: dt.date
    guardians: dict[PersonId, str] = {}  # the person's parents and guardians by name: who may consent for a minor

    def organisation_name(self, organisation_id: OrganisationId | None) -> str:
        found = self.organisations.get(organisation_id) if organisation_id is not None else None
        return found.name if found is not None else ""

    def covered_parts(self, organisation_id: OrganisationId | None, on: dt.date | None = None) -> set[str]:
        """What the consents in force let the case share with this organisation."""
        on = on or self.today
        return {part for c in self.consents
                if c.purpose == "share_data" and c.organisation_id == organisation_id and c.in_force(on)
                for part in c.scope}


class CaseFileOut(BaseModel):
    """Everything the case view shows: person, case, records, deadlines, notes and trafficking."""

    model_config = ConfigDict(frozen=True)

    case: CaseOut
    number: str  # the case number a caseworker quotes, e.g. QMQ-2024-3F9A1C
    person: PersonOut
    documents: list[DocumentOut]
    records: Records  # stays, registrations, permits and the rest
    deadlines: DeadlinesOut
    notes: list[NoteOut]
    attachments: list[AttachmentOut]
    trafficking: TraffickingOut
