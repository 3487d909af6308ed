"""Turns pydantic's validation errors into messages a caseworker understands."""
from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails, PydanticCustomError

from models.services.errors import ENGLISH, FieldError, ValidationFailed, english

M = TypeVar("M", bound=BaseModel)

LABELS = {"iin": "IIN", "bin": "BIN"}

# pydantic's error types that say the same as one of ours (their words are in errors.ENGLISH).
SAME_AS = {
    "date_from_datetime_parsing": "date_parsing", "date_from_datetime_inexact": "date_parsing",
    "date_type": "date_parsing", "literal_error": "enum", "uuid_type": "uuid_parsing", "int_type": "int_parsing",
    "bool_type": "bool_parsing", "dict_type": "model_type",
}


def invalid(code: str, /, **params: Any) -> PydanticCustomError:
    """What a validator raises: the refusal `code` of errors.ENGLISH with its parameters (kept as values,
    dates as dates, so the GUI can write them in the user's language)."""
    return PydanticCustomError(code, english(code, params), params)


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
    kind, ctx = SAME_AS.get(error["type"], error["type"]), dict(error.get("ctx") or {})
    if kind == "enum" and error.get("input", "") is None:
        kind = "missing"  # a choice left blank was not made: not "must be one of: 'not_a_victim', …"
    if kind not in ENGLISH or not _fills(kind, ctx):  # a check of pydantic's we have no words for
        kind, ctx = "field.invalid", {"reason": str(ctx.get("error", error["msg"][:1].lower() + error["msg"][1:]))}
    loc = tuple(error["loc"])
    return FieldError.of(field_path(loc) or "record", label(loc), kind, **ctx)


def _fills(code: str, params: dict[str, Any]) -> bool:
    try:
        ENGLISH[code].format(**params)
    except (KeyError, IndexError):
        return False
    return True


def validate(schema: type[M], data: Any) -> M:
    """`schema` from a dict (or an instance of it, returned as is); refusal names the field and the reason."""
    if isinstance(data, schema):
        return data
    try:
        return schema.model_validate(data)
    except ValidationError as error:
        raise ValidationFailed([readable(e) for e in error.errors()]) from None
