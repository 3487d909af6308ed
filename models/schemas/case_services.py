"""Input and output of the services given in a case."""
from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import Field, ValidationInfo, field_validator

from models.entities import ServiceOutcome
from models.ids import CaseId, OrganisationId, ReferralId, ServiceId, UserId
from models.schemas.common import OUTPUT_CONFIG, Input, Output
from models.schemas.trafficking import SERVICES, Text, _blank_is_none, _not_in_the_future
from models.schemas.validation import invalid

# Outcomes that say the service was given (or begun): they need the day it was given.
GIVEN = frozenset({ServiceOutcome.completed, ServiceOutcome.ongoing})


class ServiceIn(Input):
    case_id: CaseId
    kind: str  # one of the directory's services (models.schemas.trafficking.SERVICES)
    organisation_id: OrganisationId | None = None  # None: the office gives it itself
    planned_on: dt.date | None = None
    given_on: Annotated[dt.date | None, Field(validate_default=True)] = None
    outcome: Annotated[ServiceOutcome | None, Field(validate_default=True)] = None
    note: Text

    _blank = field_validator("note", "organisation_id", "outcome", mode="before")(_blank_is_none)
    _past = field_validator("given_on")(_not_in_the_future)

    @field_validator("kind")
    @classmethod
    def _a_directory_service(cls, value: str) -> str:
        if value not in SERVICES:
            raise invalid("choice.unknown", values=[value], what="service", allowed=list(SERVICES))
        return value

    @field_validator("given_on")
    @classmethod
    def _planned_or_given(cls, value: dt.date | None, info: ValidationInfo) -> dt.date | None:
        # A service with neither date is a wish, not a plan: the alert needs the planned day.
        if value is None and info.data.get("planned_on") is None:
            raise invalid("service.date_required")
        return value

    @field_validator("outcome")
    @classmethod
    def _given_has_its_day(cls, value: ServiceOutcome | None, info: ValidationInfo) -> ServiceOutcome | None:
        # (A given_on refused already is not in `info.data`: no second complaint about it.)
        if value in GIVEN and "given_on" in info.data and info.data["given_on"] is None:
            raise invalid("service.given_required")
        return value


class ServiceOut(Output, ServiceIn):
    model_config = OUTPUT_CONFIG

    id: ServiceId  # Output.id, typed by what it names

    referral_id: ReferralId | None = None
    created_by: UserId | None = None

    @property
    def waiting(self) -> bool:
        """Planned and not given (nor declined or impossible): what the alert watches."""
        return self.planned_on is not None and self.given_on is None and self.outcome is None
