"""Input and output of family links, and the family as a case shows it."""
from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from models.entities import BirthRegistration, Relation
from models.ids import CaseId, PersonId
from models.schemas.common import OUTPUT_CONFIG, Input, Output
from models.schemas.validation import invalid


class FamilyLinkIn(Input):
    """The relative is `relation` to the person ("child": the relative is the person's child)."""

    person_id: PersonId
    relative_id: PersonId
    relation: Relation
    note: Annotated[str | None, Field(default=None, max_length=500)]

    @field_validator("note", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("relative_id")
    @classmethod
    def _not_oneself(cls, value: uuid.UUID, info: ValidationInfo) -> uuid.UUID:
        if value == info.data.get("person_id"):
            raise invalid("family.self")
        return value


class FamilyLinkOut(Output, FamilyLinkIn):
    model_config = OUTPUT_CONFIG


class BirthRegistrationIn(Input):
    birth_registered: BirthRegistration


class RelativeOut(BaseModel):
    """One relative of the person the family is shown for, with the link read from that person's side."""

    model_config = ConfigDict(frozen=True)

    link_id: uuid.UUID
    link_version: int
    person_id: PersonId
    name: str
    relation: Relation  # what the relative is to the person shown
    birth_date: dt.date | None = None
    birth_year: int | None = None
    minor: bool = False
    birth_registered: BirthRegistration = BirthRegistration.unknown
    case_id: CaseId | None = None  # the relative's case this user may open (the most recent), if any
    note: str | None = None


class FamilyOut(BaseModel):
    """The family panel of a case: the person's own minor status and birth registration, and the relatives."""

    model_config = ConfigDict(frozen=True)

    person_id: PersonId
    person_version: int
    minor: bool
    birth_registered: BirthRegistration
    relatives: list[RelativeOut]
    on: dt.date
