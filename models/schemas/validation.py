"""Turns pydantic's validation errors into messages a caseworker understands."""
from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from models.services.errors import FieldError, ValidationFailed

M = TypeVar("M", bound=BaseModel)

LABELS = {"iin": "IIN", "bin": "BIN"}

MESSAGES = {
    "missing": "is required",
    "string_too_short": "must not be empty",
    "string_too_long": "is too long (at most {max_length} characters)",
    "string_pattern_mismatch": "is not in the expected form",
    "date_from_datetime_parsing": "is not a valid date (write it as YYYY-MM-DD, e.g. 2024-05-10)",
    "date_from_datetime_inexact": "is not a valid date (write it as YYYY-MM-DD, e.g. 2024-05-10)",
    "date_parsing": "is not a valid date (write it as YYYY-MM-DD, e.g. 2024-05-10)",
    "date_type": "is not a valid date (write it as YYYY-MM-DD, e.g. 2024-05-10)",
    "enum": "must be one of: {expected}",
    "literal_error": "must be one of: {expected}",
    "uuid_parsing": "is not a valid record id",
    "uuid_type": "is not a valid record id",
    "extra_forbidden": "is not a field Qamqor knows",
    "int_parsing": "must be a whole number",
    "int_type": "must be a whole number",
    "bool_parsing": "must be yes or no (true or false)",
    "bool_type": "must be yes or no (true or false)",
    "greater_than_equal": "must be at least {ge}",
    "less_than_equal": "must be at most {le}",
    "string_type": "must be text",
    "list_type": "must be a list",
    "model_type": "must be an object with fields",
    "dict_type": "must be an object with fields",
}


def field_path(loc: tuple[Any, ...]) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def label(loc: tuple[Any, ...]) -> str:
    names = [p for p in loc if isinstance(p, str)]
    if not names:
        return "Record"
    name = names[-1]
    return LABELS.get(name, name.replace("_", " ").capitalize())


def readable(error: ErrorDetails | dict[str, Any]) -> FieldError:
    kind, ctx = error["type"], error.get("ctx") or {}
    if kind in ("enum", "literal_error") and error.get("input", "") is None:
        kind = "missing"  # a choice left blank was not made: not "must be one of: 'not_a_victim', …"
    if kind == "value_error":
        message = str(ctx.get("error", error["msg"]))
    elif kind in MESSAGES:
        try:
            message = MESSAGES[kind].format(**ctx)
        except (KeyError, IndexError):
            message = error["msg"]
    else:
        message = error["msg"][:1].lower() + error["msg"][1:]
    loc = tuple(error["loc"])
    return FieldError(field=field_path(loc) or "record", label=label(loc), message=message)


def validate(schema: type[M], data: Any) -> M:
    """`schema` from a dict (or an instance of it, returned as is); refusal names the field and the reason."""
    if isinstance(data, schema):
        return data
    try:
        return schema.model_validate(data)
    except ValidationError as error:
        raise ValidationFailed([readable(e) for e in error.errors()]) from None
