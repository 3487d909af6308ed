"""Which tables the office sync carries, in the order their rows can be written (parents first), whose
they are (a case's, a person's, the whole office's), and how their values travel as JSON.

Derived tables (obligations, the search index) are never carried: each side computes them. Accounts
and rule versions come from the office only (`/accounts`, `/rules`: models.sync.accounts); a laptop never
pushes them, but a pull carries every user without their password data, so that each row's author and
caseworker exists on the laptop (foreign keys) and is shown by name.
"""
from __future__ import annotations

import base64
import datetime as dt
import enum
import json
import uuid
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Column, Date, DateTime, Enum, LargeBinary, Table, Uuid

from models.entities import Base

Owner = Literal["office", "person", "case", "screening", "referral", "itself_person", "itself_case", "conflict"]


@dataclass(frozen=True)
class SyncTable:
    name: str
    owner: Owner
    pushed: bool = True  # a laptop's writes of it go to the office
    key: tuple[str, ...] = ("id",)  # the primary key, for the tables without an id of their own

    @property
    def table(self) -> Table:
        return Base.metadata.tables[self.name]

    @property
    def composite(self) -> bool:
        return self.key != ("id",)


# Parents before children: pulled rows are written in this order (foreign keys are enforced).
TABLES: tuple[SyncTable, ...] = (
    SyncTable("users", "office", pushed=False),
    SyncTable("organisations", "office"),
    SyncTable("employers", "office"),
    SyncTable("quota_allocations", "office"),
    SyncTable("employer_headcounts", "office"),
    SyncTable("persons", "itself_person"),
    SyncTable("identity_documents", "person"),
    SyncTable("stays", "person"),
    SyncTable("registrations", "person"),
    SyncTable("permits", "person"),
    SyncTable("contracts", "person"),
    SyncTable("asylum_claims", "person"),
    SyncTable("refugee_statuses", "person"),
    SyncTable("expulsions", "person"),
    SyncTable("family_links", "person"),  # by its person_id; the office checks its relative_id too
    SyncTable("proceedings", "person"),
    SyncTable("cases", "itself_case"),
    SyncTable("case_shares", "case", key=("case_id", "user_id")),
    SyncTable("notes", "case"),
    SyncTable("attachments", "case"),
    SyncTable("screenings", "case"),
    SyncTable("screening_answers", "screening", key=("screening_id", "indicator")),
    SyncTable("assessments", "case"),
    SyncTable("trafficking_facts", "case"),
    SyncTable("consents", "case"),
    SyncTable("referrals", "case"),
    SyncTable("referral_events", "referral"),
    SyncTable("case_services", "case"),
    SyncTable("sync_conflicts", "conflict"),
)
BY_NAME = {t.name: t for t in TABLES}
ORDER = {t.name: i for i, t in enumerate(TABLES)}

# A pull never carries these user columns: the password data comes from `/accounts` only.
PRIVATE_USER_COLUMNS = frozenset({"password_hash", "failed_logins", "locked_until", "last_login_at"})
# Bookkeeping, set by whoever applies a change rather than merged field by field.
BOOKKEEPING = frozenset({"version", "updated_at", "updated_by"})
# Records that only grow: a second write of them replaces the row whole and never conflicts.
GROWING = frozenset({"notes", "screening_answers", "referral_events", "consents", "case_shares"})

_NAMESPACE = uuid.UUID("6c1f3f0e-3b5e-4d1a-9a57-0f7f1e6d2b11")


def row_id_of(spec: SyncTable, values: dict[str, Any]) -> uuid.UUID:
    """A row's id; for a table keyed by several columns, a UUID made from them (the same everywhere)."""
    if not spec.composite:
        value = values["id"]
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    return uuid.uuid5(_NAMESPACE, spec.name + ":" + ":".join(str(encode(values[k])) for k in spec.key))


def encode(value: Any) -> Any:
    """A column value as JSON."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, enum.Enum):
        return value.value
    return value


def decode(column: Column, value: Any) -> Any:
    """A JSON value back into what the column holds."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, Uuid):
        return value if isinstance(value, uuid.UUID) else uuid.UUID(value)
    if isinstance(kind, DateTime):
        return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
    if isinstance(kind, LargeBinary):
        return value if isinstance(value, bytes) else base64.b64decode(value)
    if isinstance(kind, Enum) and kind.enum_class is not None:
        return kind.enum_class(value)
    return value


def decode_row(spec: SyncTable, values: dict[str, Any]) -> dict[str, Any]:
    columns = spec.table.c
    return {name: decode(columns[name], value) for name, value in values.items() if name in columns}


def encode_row(row: Any) -> dict[str, Any]:
    return {name: encode(value) for name, value in row._mapping.items()}


# --- bulk: pages of rows, one converter per column rather than a chain of type tests per value ---------

def _wire_datetime(value: dt.datetime) -> str:
    return value.isoformat(sep=" ", timespec="microseconds")  # also SQLite's storage form under SQLAlchemy


def wire_encoder(column: Column) -> Any:
    """A function from what PostgreSQL hands back for `column` to its JSON form in a pull page."""
    kind = column.type
    if isinstance(kind, Uuid):
        return lambda v: None if v is None else v.hex  # also SQLite's storage form
    if isinstance(kind, DateTime):
        return lambda v: None if v is None else _wire_datetime(v)
    if isinstance(kind, Date):
        return lambda v: None if v is None else v.isoformat()
    if isinstance(kind, LargeBinary):
        return lambda v: None if v is None else base64.b64encode(v).decode("ascii")
    if isinstance(kind, Enum):
        return lambda v: None if v is None else (v.value if isinstance(v, enum.Enum) else v)
    return None  # JSON already


def sqlite_storer(column: Column) -> Any:
    """A function from a pull page's JSON value to what SQLite stores for `column` (as SQLAlchemy would)."""
    from sqlalchemy import JSON, Boolean

    kind = column.type
    if isinstance(kind, Uuid):
        return lambda v: None if v is None else (v.replace("-", "") if len(v) != 32 else v)
    if isinstance(kind, DateTime):
        return lambda v: None if v is None else _wire_datetime(dt.datetime.fromisoformat(v)) if len(v) != 26 else v
    if isinstance(kind, LargeBinary):
        return lambda v: None if v is None else base64.b64decode(v)
    if isinstance(kind, Boolean):
        return lambda v: None if v is None else int(v)
    if isinstance(kind, JSON):
        # SQLAlchemy stores Python's None as JSON null, not as SQL NULL: a column that may not be NULL (a
        # conflict whose kept value was empty) holds the text "null", and a pull must store the same.
        empty = None if column.nullable else "null"
        return lambda v: empty if v is None else json.dumps(v)
    return None  # dates, enums (stored by name, and every name is its value), numbers, text: as they are
