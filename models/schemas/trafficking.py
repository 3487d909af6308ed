"""Input and output of screenings, assessments, consents, the service directory and referrals."""
from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from models.clock import today
from models.entities import (
    Answer,
    AssessedBy,
    AssessmentOutcome,
    ConsentMethod,
    ConsentPurpose,
    ControlMeans,
    ExploitationForm,
    OrganisationKind,
    Recruitment,
    ReferralStatus,
    Urgency,
)
from models.ids import AttachmentId, CaseId, ConsentId, OrganisationId, PersonId, ReferralId, UserId
from models.schemas.common import OUTPUT_CONFIG, CountryCode, Input, Output
from models.schemas.validation import invalid

# The parts of a case a consent may cover and a referral may share (what each holds: SHARED_PARTS).
SHARED_PARTS: dict[str, str] = {
    "identity": "names, date or year of birth, sex, citizenship, languages",
    "documents": "identity documents: kind, number, issuing country, validity",
    "contact": "phone and address",
    "migration": "current stay: entry date, basis of stay, last legal day; permits",
    "assessment": "the latest trafficking assessment: outcome, by whom, when",
    "situation": "the reason for the referral, as the caseworker wrote it",
}

# What an organisation of the directory can be asked for (a referral's `services`).
SERVICES: tuple[str, ...] = (
    "shelter", "legal_aid", "medical", "psychological", "social", "interpretation", "documents",
    "return_reintegration", "consular", "law_enforcement", "hotline", "financial",
)

LANGUAGES: tuple[str, ...] = ("kk", "ru", "en", "uz", "ky", "tg", "tk", "zh", "other")

Text = Annotated[str | None, Field(default=None, max_length=4000)]
ShortText = Annotated[str | None, Field(default=None, max_length=200)]


def _blank_is_none(value: object) -> object:
    return None if isinstance(value, str) and not value.strip() else value


def _not_in_the_future(value: dt.date | None) -> dt.date | None:
    # A day of slack: a clock a little ahead of the laptop's must not refuse today's screening.
    if value is not None and value > today() + dt.timedelta(days=1):
        raise invalid("date.future", day=value)
    return value


def _known(allowed: tuple[str, ...] | dict[str, str], what: str):
    def check(values: list[str]) -> list[str]:
        unknown = [v for v in values if v not in allowed]
        if unknown:
            raise invalid("choice.unknown", values=unknown, what=what, allowed=list(allowed))
        return list(dict.fromkeys(values))  # in the order given, each once

    return check


# --- screening -------------------------------------------------------------------


class ScreeningAnswerIn(Input):
    indicator: Annotated[str, Field(min_length=1, max_length=60)]
    answer: Answer
    note: Text


class ScreeningIn(Input):
    case_id: CaseId
    interviewed_on: dt.date
    interviewer_id: UserId | None = None  # empty: the person recording it
    interpreter: ShortText
    notes: Text
    answers: list[ScreeningAnswerIn] = Field(default_factory=list)

    _blank = field_validator("interpreter", "notes", mode="before")(_blank_is_none)
    _past = field_validator("interviewed_on")(_not_in_the_future)

    @field_validator("answers")
    @classmethod
    def _each_indicator_once(cls, answers: list[ScreeningAnswerIn]) -> list[ScreeningAnswerIn]:
        seen: set[str] = set()
        for answer in answers:
            if answer.indicator in seen:
                raise invalid("indicator.twice", indicator=answer.indicator)
            seen.add(answer.indicator)
        return answers


class ScreeningAnswerOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    indicator: str
    answer: Answer
    note: str | None = None


class ScreeningOut(Output):
    case_id: CaseId
    interviewed_on: dt.date
    interviewer_id: UserId | None = None
    interpreter: str | None = None
    notes: str | None = None
    answers: list[ScreeningAnswerOut] = Field(default_factory=list)
    created_by: UserId | None = None


class AssessmentIn(Input):
    case_id: CaseId
    assessed_on: dt.date
    outcome: AssessmentOutcome
    assessed_by: AssessedBy
    assessor: Annotated[str | None, Field(max_length=200, validate_default=True)] = None
    reasoning: Text

    _blank = field_validator("assessor", "reasoning", mode="before")(_blank_is_none)
    _past = field_validator("assessed_on")(_not_in_the_future)

    @field_validator("assessor")
    @classmethod
    def _others_are_named(cls, value: str | None, info: ValidationInfo) -> str | None:
        # The police, a court or another body decided: the file says which one.
        by = info.data.get("assessed_by")
        if value is None and by is not None and by != AssessedBy.ngo:
            raise invalid("assessment.by_required")
        return value


class AssessmentOut(Output, AssessmentIn):
    model_config = OUTPUT_CONFIG

    created_by: UserId | None = None


# --- consent ---------------------------------------------------------------------


class ConsentIn(Input):
    case_id: CaseId
    purpose: ConsentPurpose
    organisation_id: Annotated[OrganisationId | None, Field(validate_default=True)] = None
    scope: Annotated[list[str], Field(validate_default=True)] = []
    given_on: dt.date
    taken_by: UserId | None = None  # empty: the person recording it
    method: ConsentMethod
    witness: Annotated[str | None, Field(max_length=200, validate_default=True)] = None
    attachment_id: Annotated[AttachmentId | None, Field(validate_default=True)] = None
    # For a minor: the parent or guardian who gave the consent (a person linked to the child).
    guardian_id: PersonId | None = None

    _blank = field_validator("witness", mode="before")(_blank_is_none)
    _past = field_validator("given_on")(_not_in_the_future)

    @field_validator("organisation_id")
    @classmethod
    def _sharing_names_the_organisation(cls, value: uuid.UUID | None, info: ValidationInfo) -> uuid.UUID | None:
        if value is None and info.data.get("purpose") == ConsentPurpose.share_data:
            raise invalid("consent.organisation_required")
        return value

    @field_validator("scope")
    @classmethod
    def _known_parts(cls, value: list[str], info: ValidationInfo) -> list[str]:
        value = _known(SHARED_PARTS, "part of a case")(value)
        if not value and info.data.get("purpose") == ConsentPurpose.share_data:
            raise invalid("consent.scope_required")
        return value

    @field_validator("witness")
    @classmethod
    def _verbal_needs_a_witness(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None and info.data.get("method") == ConsentMethod.verbal_with_witness:
            raise invalid("consent.witness_required")
        return value

    @field_validator("attachment_id")
    @classmethod
    def _signed_form_is_attached(cls, value: uuid.UUID | None, info: ValidationInfo) -> uuid.UUID | None:
        if value is None and info.data.get("method") == ConsentMethod.signed_form:
            raise invalid("consent.form_required")
        return value


class ConsentOut(Output, ConsentIn):
    model_config = OUTPUT_CONFIG

    id: ConsentId  # Output.id, typed by what it names

    withdrawn_on: dt.date | None = None
    withdrawal_note: str | None = None
    created_by: UserId | None = None

    def in_force(self, on: dt.date) -> bool:
        return self.given_on <= on and (self.withdrawn_on is None or self.withdrawn_on > on)


class WithdrawalIn(Input):
    withdrawn_on: dt.date
    note: Text

    _past = field_validator("withdrawn_on")(_not_in_the_future)


# --- the service directory -----------------------------------------------------------


class OrganisationIn(Input):
    name: Annotated[str, Field(min_length=1, max_length=200)]
    kind: OrganisationKind
    services: list[str] = Field(default_factory=list)
    regions: list[Annotated[str, Field(min_length=1, max_length=100)]] = Field(default_factory=list)
    languages: list[str] = Field(default_factory=list)
    address: Annotated[str | None, Field(default=None, max_length=300)]
    phone: Annotated[str | None, Field(default=None, max_length=100)]
    email: ShortText
    website: ShortText
    opening_hours: ShortText
    notes: Text
    source: ShortText

    _blank = field_validator("address", "phone", "email", "website", "opening_hours", "notes", "source",
                             mode="before")(_blank_is_none)
    _services = field_validator("services")(_known(SERVICES, "service"))
    _languages = field_validator("languages")(_known(LANGUAGES, "language code"))

    @field_validator("email")
    @classmethod
    def _looks_like_an_address(cls, value: str | None) -> str | None:
        if value is not None and ("@" not in value or " " in value):
            raise invalid("email.invalid")
        return value


class OrganisationOut(Output, OrganisationIn):
    model_config = OUTPUT_CONFIG

    id: OrganisationId  # Output.id, typed by what it names


# --- referrals -----------------------------------------------------------------------


class ReferralIn(Input):
    """A draft referral: what is asked of whom, how urgently, and what the letter will carry."""

    case_id: CaseId
    organisation_id: OrganisationId
    services: list[str]
    urgency: Urgency = Urgency.routine
    reason: Text
    shared: list[str] = Field(default_factory=list)

    _blank = field_validator("reason", mode="before")(_blank_is_none)

    @field_validator("services")
    @classmethod
    def _at_least_one_known_service(cls, value: list[str]) -> list[str]:
        if not value:
            raise invalid("services.none")
        return _known(SERVICES, "service")(value)

    _shared = field_validator("shared")(_known(SHARED_PARTS, "part of a case"))


class ReferralOut(Output):
    id: ReferralId  # Output.id, typed by what it names
    case_id: CaseId
    organisation_id: OrganisationId
    reference: str
    services: list[str]
    urgency: Urgency
    reason: str | None = None
    shared: list[str]
    consent_id: ConsentId | None = None
    override_reason: str | None = None
    status: ReferralStatus
    sent_on: dt.date | None = None
    answered_on: dt.date | None = None
    rejection_reason: str | None = None
    best_interest_reason: str | None = None
    created_by: UserId | None = None


class ReferralEventOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    status: ReferralStatus
    on: dt.date
    at: dt.datetime
    by: UserId | None = None
    note: str | None = None


class SendIn(Input):
    """Sending: the day, and, only without covering consent, the emergency override's reason."""

    sent_on: dt.date
    override_reason: Annotated[str | None, Field(default=None, max_length=2000)]
    # A minor's referral without a parent's or guardian's consent: why it is in the child's best interest.
    best_interest_reason: Annotated[str | None, Field(default=None, max_length=2000)]

    _blank = field_validator("override_reason", "best_interest_reason", mode="before")(_blank_is_none)
    _past = field_validator("sent_on")(_not_in_the_future)

    @field_validator("override_reason")
    @classmethod
    def _a_real_reason(cls, value: str | None) -> str | None:
        if value is not None and len(value) < 10:
            raise invalid("override.reason_required")
        return value

    @field_validator("best_interest_reason")
    @classmethod
    def _a_real_best_interest(cls, value: str | None) -> str | None:
        if value is not None and len(value) < 10:
            raise invalid("best_interest.reason_required")
        return value


class StepIn(Input):
    """A later step of the lifecycle: the day it happened and a note (a rejection needs its reason)."""

    on: dt.date
    note: Text
    # With "services delivered": which of the case's services the organisation gave (optional).
    service_ids: list[uuid.UUID] = Field(default_factory=list, max_length=100)

    _blank = field_validator("note", mode="before")(_blank_is_none)
    _past = field_validator("on")(_not_in_the_future)



# --- the facts of a trafficking case (HTCDS v2) ---------------------------------------------------

IDENTIFIED = (AssessmentOutcome.presumed_victim, AssessmentOutcome.identified_victim)


class TraffickingFactsIn(Input):
    """How the person was exploited, where, recruited and controlled; identification status and its date."""

    case_id: CaseId
    exploitation: list[str] = Field(default_factory=list)
    exploitation_country: CountryCode | None = None
    exploitation_region: Annotated[str | None, Field(default=None, max_length=100)]
    recruitment: Recruitment | None = None
    control: list[str] = Field(default_factory=list)
    identification: AssessmentOutcome | None = None
    identified_on: Annotated[dt.date | None, Field(validate_default=True)] = None

    _blank = field_validator("exploitation_country", "exploitation_region", mode="before")(_blank_is_none)
    _forms = field_validator("exploitation")(_known(tuple(ExploitationForm), "form of exploitation"))
    _means = field_validator("control")(_known(tuple(ControlMeans), "means of control"))
    _past = field_validator("identified_on")(_not_in_the_future)

    @field_validator("exploitation", "control")
    @classmethod
    def _stored_as_words(cls, values: list[str]) -> list[str]:
        return [str(v) for v in values]  # the JSON column holds plain values, in the order given

    @field_validator("identified_on")
    @classmethod
    def _status_and_date_together(cls, value: dt.date | None, info: ValidationInfo) -> dt.date | None:
        status = info.data.get("identification")
        if value is None and status is not None:
            raise invalid("facts.identified_on_required")
        if value is not None and status is None and "identification" in info.data:
            raise invalid("facts.identified_on_without_status")
        return value


class TraffickingFactsOut(Output, TraffickingFactsIn):
    model_config = OUTPUT_CONFIG

    created_by: UserId | None = None
