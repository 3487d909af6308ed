"""The JSON input of `qamqor rules eval` (RULES.md section 4), validated.

Unknown fields are refused, dates must be ISO `YYYY-MM-DD` (nothing else is
coerced into a date), and every refusal names the field path, e.g.
`stays[1].exit: must not be before entry (2024-05-10)`. Only `as_of` and
`citizenship` are required; lists default to empty and the other fields to
null (a stay without `exit` is open).

Decisions: `documents` (issue 28, not yet in RULES.md section 4) lists the
person's identity documents, `{"kind": "passport", "expires_on": date|null}`,
for `document.expiry`; without it the answer is as RULES.md shows. Dates are
limited to 1900-01-01 … 2199-12-31, so that the engine's three-year
look-ahead can never run off the calendar; `expulsion` also takes an optional
`ban_until` (the per-case ban end of RULES.md entry_ban.end); a citizenship
must be three upper-case letters, and also a code `models.countries.is_known`
accepts when that module is present. `asylum.registered` is required but may
be null (the person seeks asylum and has not applied: asylum.apply_by); a
`decided` date with a null `registered` is refused (no application, no
decision). Each of `proceedings` is `{"decided": date, "appealed":
date|null}`, `appealed` not before `decided`; every one counts as a decision
that can be appealed (proceedings.appeal).
"""
from __future__ import annotations

import json
import re
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, PlainValidator, ValidationError, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from models.rules.situation import (
    BASES,
    DOCUMENT_KINDS,
    EXEMPT_CATEGORIES,
    PERMIT_KINDS,
    AsylumClaim,
    Contract,
    Expulsion,
    IdentityDocument,
    Permit,
    Proceeding,
    RefugeeStatus,
    Registration,
    Situation,
    Stay,
)

FIRST_DATE, LAST_DATE = date(1900, 1, 1), date(2199, 12, 31)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_CODE = re.compile(r"[A-Z]{3}")


class SituationInputError(ValueError):
    """Input that cannot be evaluated; the message is one line and names the field."""


def _iso_date(value: Any) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value  # from Python callers
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        raise PydanticCustomError("iso_date", "must be a date written YYYY-MM-DD, not {value}",
                                  {"value": json.dumps(value, ensure_ascii=False)})
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise PydanticCustomError("iso_date", "{value} is not a calendar date", {"value": value}) from None
    if not FIRST_DATE <= day <= LAST_DATE:
        raise PydanticCustomError("iso_date", "{value} is outside 1900-01-01 … 2199-12-31", {"value": value})
    return day


def _one_of(allowed: tuple[str, ...], what: str):
    def check(value: Any) -> str:
        if not isinstance(value, str) or value not in allowed:
            raise PydanticCustomError("unknown_value", "unknown {what} {value} (expected one of: {allowed})",
                                      {"what": what, "value": json.dumps(value, ensure_ascii=False),
                                       "allowed": ", ".join(allowed)})
        return value
    return PlainValidator(check)


def _citizenship(value: Any) -> str:
    if not isinstance(value, str) or not _CODE.fullmatch(value):
        raise PydanticCustomError("citizenship", "must be a 3-letter upper-case ISO 3166-1 alpha-3 code "
                                  "(XXA for a stateless person), not {value}",
                                  {"value": json.dumps(value, ensure_ascii=False)})
    try:
        from models.countries import is_known
    except ImportError:  # the country list is optional here: the format check still holds
        return value
    if not is_known(value):
        raise PydanticCustomError("citizenship", "unknown citizenship code {value}", {"value": value})
    return value


IsoDate = Annotated[date, PlainValidator(_iso_date)]
Basis = Annotated[str, _one_of(BASES, "basis")]
PermitKind = Annotated[str, _one_of(PERMIT_KINDS, "permit kind")]
DocumentKind = Annotated[str, _one_of(DOCUMENT_KINDS, "document kind")]
ExemptCategory = Annotated[str, _one_of(EXEMPT_CATEGORIES, "exempt category")]
Citizenship = Annotated[str, PlainValidator(_citizenship)]


def _not_before(earlier: str):
    """A field validator refusing a date before the (already validated) field `earlier`."""
    def check(value: date | None, info: ValidationInfo) -> date | None:
        start = info.data.get(earlier)
        if value is not None and start is not None and value < start:
            raise PydanticCustomError("date_order", "must not be before {earlier} ({start})",
                                      {"earlier": earlier, "start": start.isoformat()})
        return value
    return check


class _Input(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class StayIn(_Input):
    entry: IsoDate
    exit: IsoDate | None = None
    basis: Basis

    _exit_order = field_validator("exit")(_not_before("entry"))


class RegistrationIn(_Input):
    date: IsoDate


class PermitIn(_Input):
    kind: PermitKind
    valid_from: IsoDate
    valid_to: IsoDate | None = None

    _order = field_validator("valid_to")(_not_before("valid_from"))


class DocumentIn(_Input):
    kind: DocumentKind
    expires_on: IsoDate | None = None


class ContractIn(_Input):
    start: IsoDate
    end: IsoDate | None = None

    _order = field_validator("end")(_not_before("start"))


class AsylumIn(_Input):
    registered: IsoDate | None  # null: the person seeks asylum and has not applied yet (asylum.apply_by)
    decided: IsoDate | None = None

    _order = field_validator("decided")(_not_before("registered"))

    @field_validator("decided")
    @classmethod
    def _no_decision_without_application(cls, value: date | None, info: ValidationInfo) -> date | None:
        if value is not None and "registered" in info.data and info.data["registered"] is None:
            raise PydanticCustomError("date_order", "must be null while registered is null (no application, "
                                      "no decision)")
        return value


class RefugeeIn(_Input):
    recognized: IsoDate
    valid_to: IsoDate | None = None
    certificate_issued: IsoDate | None = None

    _order = field_validator("valid_to", "certificate_issued")(_not_before("recognized"))


class ExpulsionIn(_Input):
    date: IsoDate
    ban_until: IsoDate | None = None

    _order = field_validator("ban_until")(_not_before("date"))


class ProceedingIn(_Input):
    decided: IsoDate
    appealed: IsoDate | None = None

    _order = field_validator("appealed")(_not_before("decided"))


class SituationIn(_Input):
    """One person's situation on `as_of`, as `qamqor rules eval` reads it."""

    as_of: IsoDate
    citizenship: Citizenship
    exempt_category: ExemptCategory | None = None
    stays: list[StayIn] = []
    registrations: list[RegistrationIn] = []
    permits: list[PermitIn] = []
    contracts: list[ContractIn] = []
    asylum: AsylumIn | None = None
    refugee: RefugeeIn | None = None
    expulsion: ExpulsionIn | None = None
    planned_entry: IsoDate | None = None
    documents: list[DocumentIn] = []
    proceedings: list[ProceedingIn] = []

    def to_situation(self) -> Situation:
        """The engine's plain dataclasses."""
        return Situation(
            citizenship=self.citizenship,
            stays=tuple(Stay(s.entry, s.exit, s.basis) for s in self.stays),
            registrations=tuple(Registration(r.date) for r in self.registrations),
            permits=tuple(Permit(p.kind, p.valid_from, p.valid_to) for p in self.permits),
            contracts=tuple(Contract(c.start, c.end) for c in self.contracts),
            exempt_category=self.exempt_category,
            asylum=None if self.asylum is None else AsylumClaim(self.asylum.registered, self.asylum.decided),
            refugee=None if self.refugee is None else RefugeeStatus(
                self.refugee.recognized, self.refugee.valid_to, self.refugee.certificate_issued),
            expulsion=None if self.expulsion is None else Expulsion(self.expulsion.date, self.expulsion.ban_until),
            planned_entry=self.planned_entry,
            documents=tuple(IdentityDocument(d.kind, d.expires_on) for d in self.documents),
            proceedings=tuple(Proceeding(p.decided, p.appealed) for p in self.proceedings),
        )


_MESSAGES = {
    "missing": "missing required field",
    "extra_forbidden": "unknown field",
    "model_type": "must be a JSON object",
    "model_attributes_type": "must be a JSON object",
    "dict_type": "must be a JSON object",
    "list_type": "must be a JSON list",
}


def field_path(loc: tuple[Any, ...]) -> str:
    """`("stays", 1, "exit")` → `stays[1].exit`."""
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or "input"


def describe(error: ValidationError) -> str:
    """The first problem as one line naming the field, and how many more there are."""
    problems = error.errors(include_url=False)
    first = problems[0]
    message = _MESSAGES.get(first["type"]) or first["msg"][:1].lower() + first["msg"][1:]
    more = len(problems) - 1
    tail = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
    return " ".join(f"{field_path(tuple(first['loc']))}: {message}{tail}".split())


def parse_situation(text: str) -> SituationIn:
    """Validate JSON text; raise `SituationInputError` with a one-line message on any bad input."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise SituationInputError(f"input is not valid JSON: {error.msg} (line {error.lineno}, "
                                  f"column {error.colno})") from None
    except RecursionError:
        raise SituationInputError("input is not valid JSON: nested too deeply") from None
    except ValueError:  # Python refuses to read an integer of more than 4,300 digits
        raise SituationInputError("input: a number has too many digits") from None
    if not isinstance(data, dict):
        raise SituationInputError("input: must be a JSON object")
    try:  # "\ud800" in JSON is a lone surrogate: no character at all, and it cannot be printed back
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise SituationInputError("input: holds a lone surrogate (\\ud800-\\udfff), which is not a character") from None
    except RecursionError:
        raise SituationInputError("input is not valid JSON: nested too deeply") from None
    try:
        return SituationIn.model_validate(data)
    except ValidationError as error:
        raise SituationInputError(describe(error)) from None
    except RecursionError:
        raise SituationInputError("input: nested too deeply") from None
