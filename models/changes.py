"""What a write changed: the record every service write returns, and what the office sync carries.

As Anki's `OpChanges`: the core says what changed, the GUI decides what to refresh. `rows` lists
each row the write inserted, updated or archived (filled from the session's flushes), so the sync
outbox stores exactly what the service wrote, field by field, with the version it was based on.

Every service write returns `Done[T]`: its result (the DTO it returned before) and its `Changes`.
One generic wrapper rather than Anki's OpChanges / OpChangesWithId / OpChangesWithCount: those are
separate protobuf messages because protobuf has no generics; here `Done[PersonOut]` keeps the result
fully typed for mypy, and a caller that wants only the result writes `.value`. `entries` are the
audit trail entries the write made: what `models.services.undo` reverses.

Not a Done (they change nothing a view shows): reads that write only an audit entry (opening a
sensitive case, printing, exports, a letter shown), signing in and the first start, and maintenance
without a user (`deadlines.recompute_all`, `directory.ensure_seeded`).
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field, fields
from typing import Any, Generic, Literal, TypeVar

Operation = Literal["insert", "update", "delete"]
T = TypeVar("T")


@dataclass(frozen=True)
class RowChange:
    """One row written. `new` holds the inserted row's columns, or an update's changed columns;
    `old` the values those changed columns had. (No base version: a record's version counts the writes of
    one database, so the office cannot compare a laptop's with its own; the merge compares `old`, field by
    field, with what the office holds.)"""

    table: str
    row_id: uuid.UUID
    operation: Operation
    new: dict[str, Any] = field(default_factory=dict)
    old: dict[str, Any] = field(default_factory=dict)
    case_id: uuid.UUID | None = None  # the case (and person) the row belongs to, if any
    person_id: uuid.UUID | None = None


FLAGS = ("case", "person", "records", "deadlines", "notes", "attachments", "referral",
         "quota", "directory", "settings", "users", "services")


@dataclass(frozen=True)
class Changes:
    """Flags say which kinds of data changed; the ids say whose. `Changes()` means nothing changed."""

    case: bool = False  # a case was opened, edited or archived
    person: bool = False  # names, documents
    records: bool = False  # stays, registrations, permits, contracts, protection
    deadlines: bool = False  # obligations were recomputed
    notes: bool = False
    attachments: bool = False
    referral: bool = False  # screening, assessment, consent or a referral
    quota: bool = False  # allocations and employer headcounts
    directory: bool = False  # organisations and employers
    settings: bool = False
    users: bool = False  # accounts, roles, passwords
    services: bool = False  # the services given in a case
    person_ids: frozenset[uuid.UUID] = frozenset()
    case_ids: frozenset[uuid.UUID] = frozenset()
    rows: tuple[RowChange, ...] = ()

    def __bool__(self) -> bool:
        return any(getattr(self, name) for name in FLAGS) or bool(self.rows)

    def concerns(self, *, person_id: uuid.UUID | None = None, case_id: uuid.UUID | None = None) -> bool:
        """Whether a view of this person or case has anything to refresh (a change without ids,
        such as a rule update, concerns every person)."""
        if not self.person_ids and not self.case_ids:
            return bool(self)
        return person_id in self.person_ids or case_id in self.case_ids

    def __or__(self, other: Changes) -> Changes:
        flags = {name: getattr(self, name) or getattr(other, name) for name in FLAGS}
        return Changes(**flags, person_ids=self.person_ids | other.person_ids,
                       case_ids=self.case_ids | other.case_ids, rows=self.rows + other.rows)


@dataclass(frozen=True)
class Done(Generic[T]):
    """A write's result and what it changed (`entries`: the seq of each audit entry it wrote)."""

    value: T
    changes: Changes = Changes()
    entries: tuple[int, ...] = ()


assert {f.name for f in fields(Changes)} == {*FLAGS, "person_ids", "case_ids", "rows"}
