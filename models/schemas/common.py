"""Building blocks shared by the input schemas."""
from __future__ import annotations

import datetime as dt
import re
import uuid
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
)

from models import countries
from models.rules.messages import format_date
from models.schemas.validation import invalid


class Input(BaseModel):
    """Every input: unknown fields are refused, text is trimmed, control characters refused."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    @field_validator("*", mode="after")
    @classmethod
    def _no_control_characters(cls, value: Any, info: ValidationInfo) -> Any:
        if issubclass(cls, Output):  # what is stored is handed out as it is
            return value
        for item in (value if isinstance(value, list) else [value]):
            if isinstance(item, str):
                control_character_problem(item, multiline=_is_long_text(cls, info.field_name))
            elif isinstance(item, dt.date) and not FIRST_DATE <= _day(item) <= LAST_DATE:
                raise invalid("date.range", first=FIRST_DATE, last=LAST_DATE)
        return value


# Every date a service takes has the range of `qamqor rules eval` (models.schemas.situation): the rule
# engine looks years ahead of a date, and what is stored must be read back by the same limits (issue 12).
FIRST_DATE, LAST_DATE = dt.date(1900, 1, 1), dt.date(2199, 12, 31)


def _day(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


# Issue 12 item 6: NUL, escapes, other C0/C1 controls and lone surrogates are refused in every text; a line
# break or tab only in long texts (notes, reasons: a maximum length of 2,000 characters or more).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_CONTROL_OR_BREAK = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029]")
LONG_TEXT = 2000


def control_character_problem(text: str, *, multiline: bool) -> None:
    """Refuse (a pydantic error) naming the first control character in `text` (line breaks allowed if `multiline`)."""
    if found := (_CONTROL if multiline else _CONTROL_OR_BREAK).search(text):
        code = ord(found.group())
        if found.group() in "\r\n":
            raise invalid("text.line_break", at=found.start() + 1)
        raise invalid("text.control", at=found.start() + 1, code=f"U+{code:04X}")


def _is_long_text(schema: type[BaseModel], field: str | None) -> bool:
    info = schema.model_fields.get(field or "")
    return info is not None and any((getattr(m, "max_length", 0) or 0) >= LONG_TEXT for m in info.metadata)


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
        raise invalid("country.unknown", code=code)
    return code


Name = Annotated[str, StringConstraints(min_length=1, max_length=100)]
OptionalText = Annotated[str | None, Field(default=None, max_length=300)]
CountryCode = Annotated[str, StringConstraints(strip_whitespace=True), AfterValidator(_known_country)]


def max_length(schema: type[BaseModel], field: str) -> int:
    """The most characters `schema` takes in `field`: the forms limit their editors to it."""
    for constraint in schema.model_fields[field].metadata:
        if (most := getattr(constraint, "max_length", None)) is not None:
            return most
    raise LookupError(f"{schema.__name__}.{field} has no maximum length")


def long_date(day: dt.date) -> str:
    """`10 May 2024`: unambiguous in a message, whatever the reader's date habits (and the C locale's)."""
    return format_date(day, "en")


def not_before(other_field: str, other_label: str):
    """A validator refusing a date earlier than another field's date (validated before it)."""

    def check(value: dt.date | None, info: ValidationInfo) -> dt.date | None:
        start = info.data.get(other_field)
        if value is not None and start is not None and value < start:
            raise invalid("date.before", other=other_label, day=start)
        return value

    return check
