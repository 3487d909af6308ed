"""What each route of the office accepts, as pydantic models: a request that does not fit is a 400 naming the
field (`bad_request`), never a 500 from deep inside a merge.

`models.server.app.route` checks every request against the model of its path (`BODIES` for JSON bodies,
`QUERIES` for query strings) after the token and before the endpoint runs; the endpoint reads the checked
model from `checked(request)` (or, for the sync's routes, the same JSON, now known to be well formed).
Beyond the models, every text anywhere in a body must be storable (no lone surrogate, no NUL: PostgreSQL
refuses both) and no body may nest deeper than `MAX_DEPTH` (a column's JSON value is a few levels deep).
"""
from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    model_validator,
)
from sqlalchemy import BigInteger, Integer, SmallInteger

from models.sync.tables import BY_NAME, decode

MAX_DEPTH = 32
BIG = 2**63 - 1  # PostgreSQL's bigint: a larger number cannot be stored or compared
MAX_CHANGES = 5000  # per push (a laptop sends 500)


class BadBody(ValueError):
    """A request that does not fit its route: `field` names where (dotted path), the message says what."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}" if field else message)
        self.field = field


class _Body(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


Text = Annotated[str, Field(min_length=1, max_length=200)]
Count = Annotated[int, Field(ge=0, le=BIG)]


class EnrolBody(_Body):
    user_name: Annotated[str, Field(min_length=1, max_length=64)]
    password: Text
    device_name: Annotated[str, Field(max_length=200)] = "laptop"


class PasswordBody(_Body):
    old_password: Text
    new_password: Text


class AuditAnchor(_Body):
    count: Count
    head: Annotated[str, Field(max_length=200)]
    digest: Annotated[str | None, Field(max_length=200)] = None  # of every entry the office received


class AuditEntryIn(_Body):
    model_config = ConfigDict(extra="forbid", frozen=True)
    seq: Annotated[int, Field(ge=1, le=BIG)]
    at: dt.datetime
    user_id: uuid.UUID | None = None
    action: Annotated[str, Field(min_length=1, max_length=30)]
    entity: Annotated[str, Field(max_length=40)] | None = None
    record_id: uuid.UUID | None = None
    details: dict[str, Any] | None = None
    prev_hash: Annotated[str, Field(max_length=200)]
    hash: Annotated[str, Field(max_length=200)]


class AuditBody(_Body):
    anchor: AuditAnchor | None = None
    entries: Annotated[list[AuditEntryIn], Field(max_length=5000)] = []


def _known_table(name: str) -> str:
    if name not in BY_NAME:
        raise ValueError(f"no table '{name[:40]}' is synced")
    return name


class ChangeIn(_Body):
    """One change of a push, as models.sync.laptop sends it."""

    change_id: uuid.UUID
    table: Annotated[str, AfterValidator(_known_table)]
    row_id: uuid.UUID
    operation: Literal["insert", "update", "delete"]
    new: dict[str, Any] | None = None
    old: dict[str, Any] | None = None
    case_id: uuid.UUID | None = None
    person_id: uuid.UUID | None = None
    made_at: dt.datetime | None = None
    made_by: uuid.UUID | None = None

    @model_validator(mode="after")
    def _columns(self) -> ChangeIn:
        """Every value it carries is one its table's column can hold (names, types, numbers in range)."""
        columns = BY_NAME[self.table].table.c
        for side in ("new", "old"):
            for name, value in (getattr(self, side) or {}).items():
                if name not in columns:
                    raise BadBody(f"{side}.{name[:40]}", f"the table {self.table} has no such column")
                column = columns[name]
                try:
                    decoded = decode(column, value)
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise BadBody(f"{side}.{name}", f"not a value of this column ({type(value).__name__})") \
                        from None
                if isinstance(column.type, (Integer, BigInteger, SmallInteger)) and decoded is not None and (
                        isinstance(decoded, bool) or not isinstance(decoded, int) or abs(decoded) > BIG):
                    raise BadBody(f"{side}.{name}", "not a whole number the office can store")
        return self


class PushBody(_Body):
    device_id: str | None = None
    changes: Annotated[list[ChangeIn], Field(max_length=MAX_CHANGES)]


def _snapshot(value: str) -> str:
    """"start", "holdings", or the place a snapshot's previous page ended (as the office wrote it)."""
    if value in ("start", "holdings"):
        return value
    try:
        token = json.loads(value)
    except ValueError:
        raise ValueError("not a snapshot the office gave") from None
    if not isinstance(token, dict) or not isinstance(token.get("table"), int) or \
            not 0 <= token["table"] <= len(BY_NAME) or not isinstance(token.get("hwm"), int) or \
            not 0 <= token["hwm"] <= BIG or not (token.get("after") is None or (
                isinstance(token["after"], list) and all(isinstance(v, (str, int)) for v in token["after"]))):
        raise ValueError("not a snapshot the office gave")
    return value


class PullQuery(_Body):
    since: Count = 0
    limit: Annotated[int, Field(ge=1, le=BIG)] = 2000
    snapshot: Annotated[str, Field(max_length=2000), AfterValidator(_snapshot)] | None = None


class ConflictsQuery(_Body):
    case_id: uuid.UUID | None = None


class StatisticsQuery(_Body):
    first: dt.date
    last: dt.date


BODIES: dict[str, type[_Body]] = {"/enrol": EnrolBody, "/password": PasswordBody, "/audit": AuditBody,
                                  "/push": PushBody}
QUERIES: dict[str, type[_Body]] = {"/pull": PullQuery, "/conflicts": ConflictsQuery,
                                   "/reports/statistics": StatisticsQuery}


def parse_json(raw: bytes) -> Any:
    """The JSON of a body: any value, checked for depth and storable text."""
    try:
        value = json.loads(raw or b"{}")
    except RecursionError:
        raise BadBody("", "the request nests too deeply") from None
    except ValueError:
        raise BadBody("", "the request is not JSON") from None
    storable(value)
    return value


def storable(value: Any) -> None:
    """BadBody naming the first text that cannot be stored (a lone surrogate, a NUL) or the place the value
    nests deeper than MAX_DEPTH; walked without recursion."""
    todo: list[tuple[Any, str, int]] = [(value, "", 0)]
    while todo:
        item, where, depth = todo.pop()
        if depth > MAX_DEPTH:
            raise BadBody(where, f"nests deeper than {MAX_DEPTH} levels")
        if isinstance(item, str):
            _text(item, where)
        elif isinstance(item, dict):
            for key, inner in item.items():
                _text(key, where)
                todo.append((inner, f"{where}.{key}" if where else key, depth + 1))
        elif isinstance(item, list):
            todo.extend((inner, f"{where}.{i}" if where else str(i), depth + 1) for i, inner in enumerate(item))


def _text(text: str, where: str) -> None:
    if "\x00" in text:
        raise BadBody(where, "holds a NUL character")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise BadBody(where, "holds a lone surrogate (not text)") from None


def check(model: type[_Body], value: Any) -> _Body:
    """`value` as `model`, or BadBody naming the first field that does not fit."""
    if not isinstance(value, dict):
        raise BadBody("", "the request must be a JSON object")
    try:
        return model.model_validate(value)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        inner = (first.get("ctx") or {}).get("error")
        if isinstance(inner, BadBody):  # a column of a change: its place inside the change
            raise BadBody(".".join(p for p in (where, inner.field) if p), str(inner).split(": ", 1)[-1]) \
                from None
        raise BadBody(where, first["msg"]) from None
