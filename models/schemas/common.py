"""Building blocks shared by the input schemas."""
from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, ValidationInfo

from models import countries


class Input(BaseModel):
    """Every input: unknown fields are refused, text is trimmed."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Output(BaseModel):
    """A record as the services hand it out (read from the ORM)."""

    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime
    archived_at: dt.datetime | None = None


# The output twin of an input schema: `class PersonOut(Output, PersonIn)` has the same fields plus
# id, version and timestamps; it sets this config so that the input's `extra="forbid"` (merged from
# the later base) does not refuse the ORM's other attributes.
OUTPUT_CONFIG = Output.model_config | ConfigDict(extra="ignore")


def _known_country(code: str) -> str:
    code = code.upper()
    if not countries.is_known(code):
        raise ValueError(f"'{code}' is not a country code (use ISO 3166-1 alpha-3, e.g. UZB; XXA for stateless)")
    return code


Name = Annotated[str, StringConstraints(min_length=1, max_length=100)]
OptionalText = Annotated[str | None, Field(default=None, max_length=300)]
CountryCode = Annotated[str, StringConstraints(strip_whitespace=True), AfterValidator(_known_country)]


def long_date(day: dt.date) -> str:
    """`10 May 2024`: unambiguous in a message, whatever the reader's date habits."""
    return f"{day.day} {day:%B %Y}"


def not_before(other_field: str, other_label: str):
    """A validator refusing a date earlier than another field's date (validated before it)."""

    def check(value: dt.date | None, info: ValidationInfo) -> dt.date | None:
        start = info.data.get(other_field)
        if value is not None and start is not None and value < start:
            raise ValueError(f"must not be before the {other_label} ({long_date(start)})")
        return value

    return check
