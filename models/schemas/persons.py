"""Input and output of persons and their identity documents."""
from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import Field, ValidationInfo, field_validator, model_validator

from models import identifiers, names, regions
from models.clock import today
from models.entities import BirthRegistration, DocumentKind, Sex
from models.ids import PersonId
from models.rules.situation import EXEMPT_CATEGORIES
from models.schemas.common import (
    OUTPUT_CONFIG,
    CountryCode,
    Input,
    Name,
    OptionalText,
    Output,
    not_before,
)
from models.schemas.validation import invalid


class PersonIn(Input):
    family_name: Name
    given_name: Name
    patronymic: Annotated[str | None, Field(max_length=100)] = None
    # Left empty, the Latin names are transliterated from the names as written.
    family_name_latin: Annotated[str | None, Field(max_length=100, validate_default=True)] = None
    given_name_latin: Annotated[str | None, Field(max_length=100, validate_default=True)] = None
    patronymic_latin: Annotated[str | None, Field(max_length=100, validate_default=True)] = None
    birth_date: dt.date | None = None
    birth_year: Annotated[int | None, Field(ge=1900, le=2100)] = None
    sex: Sex = Sex.unknown
    citizenship: CountryCode
    iin: str | None = None
    languages: Annotated[str | None, Field(max_length=200)] = None
    phone: Annotated[str | None, Field(max_length=40)] = None
    address: OptionalText
    region: Annotated[str | None, Field(max_length=100)] = None  # empty: the region the address lies in
    exempt_category: str | None = None
    # Recorded for a child (issue 29): a minor whose birth is not registered is an item of the case.
    birth_registered: BirthRegistration = BirthRegistration.unknown

    @field_validator("patronymic", "family_name_latin", "given_name_latin", "patronymic_latin", "iin",
                     "languages", "phone", "address", "region", "exempt_category", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("birth_date")
    @classmethod
    def _born_in_the_past(cls, value: dt.date | None) -> dt.date | None:
        if value is not None and value > today():
            raise invalid("date.future", day=value)
        return value

    @field_validator("iin")
    @classmethod
    def _valid_iin(cls, value: str | None) -> str | None:
        if value is not None and not identifiers.iin_checksum_ok(value):
            raise invalid("iin.control")
        return value

    @field_validator("exempt_category")
    @classmethod
    def _known_exemption(cls, value: str | None) -> str | None:
        if value is not None and value not in EXEMPT_CATEGORIES:
            raise invalid("enum", expected=", ".join(EXEMPT_CATEGORIES))
        return value

    @field_validator("birth_year")
    @classmethod
    def _year_matches_date(cls, value: int | None, info: ValidationInfo) -> int | None:
        born = info.data.get("birth_date")
        if born is not None and value not in (None, born.year):
            raise invalid("birth_year.mismatch", day=born)
        return value

    @field_validator("family_name_latin", "given_name_latin", "patronymic_latin")
    @classmethod
    def _latin_fits(cls, value: str | None, info: ValidationInfo) -> str | None:
        """The Latin spelling made from a name must fit the same 100 characters the output allows
        ("Щ" is "Shch"): a name whose spelling would not is refused here, not when it is read back."""
        name = info.data.get((info.field_name or "").removesuffix("_latin"))
        if value is None and name and len(derived := names.to_latin(name)) > 100:
            raise invalid("latin.too_long", length=len(derived))
        return value

    @model_validator(mode="after")
    def _fill_derived(self) -> PersonIn:
        if self.birth_date is not None:
            self.birth_year = self.birth_date.year
        self.family_name_latin = self.family_name_latin or names.to_latin(self.family_name)
        self.given_name_latin = self.given_name_latin or names.to_latin(self.given_name)
        if self.patronymic and not self.patronymic_latin:
            self.patronymic_latin = names.to_latin(self.patronymic)
        self.region = regions.canonical(self.region) or self.region or regions.region_of(self.address)
        return self


class PersonOut(Output, PersonIn):
    model_config = OUTPUT_CONFIG

    id: PersonId  # Output.id, typed by what it names


class DocumentIn(Input):
    person_id: PersonId
    kind: DocumentKind
    number: Annotated[str, Field(min_length=1, max_length=40)]
    issuing_country: CountryCode
    issued_on: dt.date | None = None
    expires_on: dt.date | None = None

    _expiry_after_issue = field_validator("expires_on")(not_before("issued_on", "issue date"))


class DocumentOut(Output, DocumentIn):
    model_config = OUTPUT_CONFIG


