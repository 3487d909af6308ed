"""Typed ids: what the services take and hand out, one representation per layer.

Models and services hold ids as `uuid.UUID` objects, typed by what they name (a `CaseId` is not a
`PersonId`, though both are UUIDs at run time: `NewType` costs nothing). Text forms (32 hex digits as
SQLite stores them, or the dashed form) appear only at the edges that need text: the command line's
JSON, the Qt models' data, SQL parameters written by hand.

Below entities, schemas and services, and light: `qamqor alerts` imports this module and must load
neither pydantic nor SQLAlchemy's ORM for it (tests/services/test_alerts.py), so only the standard
library is imported here.
"""
from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from typing import NewType, overload

PersonId = NewType("PersonId", uuid.UUID)
CaseId = NewType("CaseId", uuid.UUID)
UserId = NewType("UserId", uuid.UUID)
NoteId = NewType("NoteId", uuid.UUID)
AttachmentId = NewType("AttachmentId", uuid.UUID)
ReferralId = NewType("ReferralId", uuid.UUID)
OrganisationId = NewType("OrganisationId", uuid.UUID)
ConsentId = NewType("ConsentId", uuid.UUID)
EmployerId = NewType("EmployerId", uuid.UUID)
ServiceId = NewType("ServiceId", uuid.UUID)


class CaseIds(Sequence[CaseId]):
    """An ordered list of case ids kept in the stored form (32 hex digits) and handed out as `CaseId`s,
    one at a time, when read: the case list orders 100,000 cases, and turning every id into a UUID object
    would take longer than the query (about 0.14 s here), while a screen only ever reads a page of them.

    `ids[i]` is a `CaseId`; a slice is a list of them."""

    __slots__ = ("_hexes",)

    def __init__(self, hexes: Sequence[str]) -> None:
        self._hexes = hexes

    def __len__(self) -> int:
        return len(self._hexes)

    @overload
    def __getitem__(self, index: int) -> CaseId: ...
    @overload
    def __getitem__(self, index: slice) -> list[CaseId]: ...
    def __getitem__(self, index: int | slice) -> CaseId | list[CaseId]:
        if isinstance(index, slice):
            return [CaseId(uuid.UUID(h)) for h in self._hexes[index]]
        return CaseId(uuid.UUID(self._hexes[index]))

    def __iter__(self) -> Iterator[CaseId]:
        for h in self._hexes:
            yield CaseId(uuid.UUID(h))

    def __repr__(self) -> str:
        return f"CaseIds({len(self)} ids)"
