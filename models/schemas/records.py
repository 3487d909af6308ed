"""Input and output of a person's migration history: stays, registrations, permits, contracts,
asylum claims, refugee status, expulsions and administrative proceedings; and of employers."""
from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import BaseModel, Field, ValidationInfo, field_validator

from models import identifiers
from models.entities import AsylumDecision, ContractKind, EmployerKind, ProceedingDecision, WorkCategory
from models.ids import EmployerId, PersonId
from models.kinds import PermitKind, StayBasis
from models.schemas.common import OUTPUT_CONFIG, Input, OptionalText, Output, not_before
from models.schemas.validation import invalid

ShortText = Annotated[str | None, Field(default=None, max_length=200)]


class StayIn(Input):
    person_id: PersonId
    entry_date: dt.date
    exit_date: dt.date | None = None  # empty while the person is still in the country
    basis: StayBasis
    border_point: Annotated[str | None, Field(max_length=100)] = None

    _exit_after_entry = field_validator("exit_date")(not_before("entry_date", "entry date"))


class RegistrationIn(Input):
    person_id: PersonId
    registered_on: dt.date
    address: OptionalText
    host: ShortText


class PermitIn(Input):
    person_id: PersonId
    kind: PermitKind
    number: Annotated[str | None, Field(max_length=40)] = None
    valid_from: dt.date
    valid_to: dt.date | None = Field(default=None, validate_default=True)
    issuer: ShortText
    work_category: WorkCategory | None = None
    employer_id: EmployerId | None = None

    _ends_after_start = field_validator("valid_to")(not_before("valid_from", "first day of validity"))

    @field_validator("valid_to")
    @classmethod
    def _only_permanent_residence_is_open(cls, value: dt.date | None, info: ValidationInfo) -> dt.date | None:
        if value is None and info.data.get("kind") not in (None, PermitKind.permanent_residence):
            raise invalid("permit.end_required")
        return value

    @field_validator("work_category")
    @classmethod
    def _category_only_for_work_permits(cls, value: WorkCategory | None, info: ValidationInfo) -> WorkCategory | None:
        if value is not None and info.data.get("kind") != PermitKind.work_permit:
            raise invalid("permit.category_work_only")
        return value


class ContractIn(Input):
    person_id: PersonId
    employer_id: EmployerId | None = None
    kind: ContractKind
    start_date: dt.date
    end_date: dt.date | None = None

    _ends_after_start = field_validator("end_date")(not_before("start_date", "start date"))


class EmployerIn(Input):
    name: Annotated[str, Field(min_length=1, max_length=200)]
    bin: str | None = None
    region: Annotated[str | None, Field(max_length=100)] = None
    kind: EmployerKind = EmployerKind.company

    @field_validator("bin")
    @classmethod
    def _valid_bin(cls, value: str | None) -> str | None:
        if value and not identifiers.iin_checksum_ok(value):  # a BIN has the IIN's control digit
            raise invalid("iin.control")
        return value or None


class AsylumClaimIn(Input):
    person_id: PersonId
    registered_on: dt.date
    decided_on: dt.date | None = None
    decision: AsylumDecision | None = Field(default=None, validate_default=True)
    appeal_filed_on: dt.date | None = None
    appeal_decided_on: dt.date | None = None

    _decided_after_registered = field_validator("decided_on")(not_before("registered_on", "registration date"))
    _appeal_after_decision = field_validator("appeal_filed_on")(not_before("decided_on", "decision date"))
    _appeal_decided_after_filed = field_validator("appeal_decided_on")(not_before("appeal_filed_on", "appeal date"))

    @field_validator("decision")
    @classmethod
    def _decision_with_its_date(cls, value: AsylumDecision | None, info: ValidationInfo) -> AsylumDecision | None:
        if (value is None) != (info.data.get("decided_on") is None) and "decided_on" in info.data:
            raise invalid("decision.pair")
        return value


class RefugeeStatusIn(Input):
    person_id: PersonId
    recognized_on: dt.date
    valid_to: dt.date | None = None
    certificate_issued_on: dt.date | None = None
    certificate_number: Annotated[str | None, Field(max_length=40)] = None

    _valid_after_recognition = field_validator("valid_to")(not_before("recognized_on", "recognition date"))
    _issued_after_recognition = field_validator("certificate_issued_on")(
        not_before("recognized_on", "recognition date"))


class ExpulsionIn(Input):
    person_id: PersonId
    expelled_on: dt.date
    ban_until: dt.date | None = None  # empty: the rule's default ban
    decided_by: ShortText

    _ban_after_expulsion = field_validator("ban_until")(not_before("expelled_on", "expulsion date"))


class ProceedingIn(Input):
    """An administrative case: dates in their order (protocol, hearing, decision, appeal); a decision date once
    decided and none while pending; a fine and an expulsion only for a person found liable."""

    person_id: PersonId
    offence: Annotated[str, Field(min_length=1, max_length=200)]
    protocol_on: dt.date | None = None
    hearing_on: dt.date | None = None
    decision: ProceedingDecision = ProceedingDecision.pending
    decided_on: dt.date | None = Field(default=None, validate_default=True)
    fine_amount: Annotated[int | None, Field(ge=0, le=1_000_000_000)] = Field(default=None, validate_default=True)
    expulsion: bool = Field(default=False, validate_default=True)
    appealed_on: dt.date | None = Field(default=None, validate_default=True)

    _hearing_after_protocol = field_validator("hearing_on")(not_before("protocol_on", "protocol date"))

    @field_validator("decided_on")
    @classmethod
    def _dated_once_decided(cls, value: dt.date | None, info: ValidationInfo) -> dt.date | None:
        decision = info.data.get("decision")
        if decision == ProceedingDecision.pending and value is not None:
            raise invalid("proceeding.pending_dated")
        if decision not in (None, ProceedingDecision.pending) and value is None:
            raise invalid("proceeding.decided_required")
        for earlier, label in (("hearing_on", "hearing date"), ("protocol_on", "protocol date")):
            start = info.data.get(earlier)
            if value is not None and start is not None and value < start:
                raise invalid("date.before", other=label, day=start)
        return value

    @field_validator("fine_amount", "expulsion")
    @classmethod
    def _only_when_liable(cls, value: int | bool | None, info: ValidationInfo) -> int | bool | None:
        decision = info.data.get("decision")
        if value and decision is not None and decision != ProceedingDecision.liable:
            raise invalid("proceeding.liable_only")
        return value

    @field_validator("appealed_on")
    @classmethod
    def _appealed_after_decision(cls, value: dt.date | None, info: ValidationInfo) -> dt.date | None:
        if value is None or "decided_on" not in info.data:
            return value
        decided = info.data["decided_on"]
        if decided is None:
            raise invalid("proceeding.appeal_undecided")
        if value < decided:
            raise invalid("date.before", other="decision date", day=decided)
        return value


class StayOut(Output, StayIn):
    model_config = OUTPUT_CONFIG


class RegistrationOut(Output, RegistrationIn):
    model_config = OUTPUT_CONFIG


class PermitOut(Output, PermitIn):
    model_config = OUTPUT_CONFIG


class ContractOut(Output, ContractIn):
    model_config = OUTPUT_CONFIG


class EmployerOut(Output, EmployerIn):
    model_config = OUTPUT_CONFIG

    id: EmployerId  # Output.id, typed by what it names


class AsylumClaimOut(Output, AsylumClaimIn):
    model_config = OUTPUT_CONFIG


class RefugeeStatusOut(Output, RefugeeStatusIn):
    model_config = OUTPUT_CONFIG


class ExpulsionOut(Output, ExpulsionIn):
    model_config = OUTPUT_CONFIG




class ProceedingOut(Output, ProceedingIn):
    model_config = OUTPUT_CONFIG


class Records(BaseModel):
    """Everything the rule engine needs about one person, oldest first (the case's timeline)."""

    stay: list[StayOut] = Field(default_factory=list)
    registration: list[RegistrationOut] = Field(default_factory=list)
    permit: list[PermitOut] = Field(default_factory=list)
    contract: list[ContractOut] = Field(default_factory=list)
    asylum_claim: list[AsylumClaimOut] = Field(default_factory=list)
    refugee_status: list[RefugeeStatusOut] = Field(default_factory=list)
    expulsion: list[ExpulsionOut] = Field(default_factory=list)
    proceeding: list[ProceedingOut] = Field(default_factory=list)
