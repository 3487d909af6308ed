"""The audit trail: every change, every look at a sensitive case, exports, printing, logins.

The trail itself (appending, verifying, the anchor) is `models.services.trail`, re-exported here;
this module adds what reads it as a service: a case's history for a supervisor.
"""
from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from models.entities import AuditEntry, Base, Case, Role, User
from models.services.base import get_live, reading
from models.services.permissions import require
from models.services.trail import (  # noqa: F401  (the trail's interface, as before the move)
    GENESIS,
    NOT_RECORDED,
    Anchor,
    Verification,
    anchor,
    chain_key,
    changes,
    entry_hash,
    field_values,
    plain,
    record,
    verify,
    verify_anchor,
)

__all__ = ["GENESIS", "Anchor", "anchor", "case_history", "record", "verify", "verify_anchor"]


@dataclass(frozen=True)
class HistoryEntry:
    """One line of a case's history as a supervisor reads it."""

    at: dt.datetime
    user: str | None  # the user's full name (None: maintenance from the command line)
    action: str
    entity: str | None
    details: dict


def case_history(db, actor, case_id: uuid.UUID) -> list[HistoryEntry]:
    """Everything the trail holds about a case: the case, its notes and attachments, its person and the
    person's documents and history, referrals. Supervisors only; newest first."""
    with reading(db, actor) as session:
        require(actor, Role.supervisor, doing="read a case's history")
        case = get_live(session, Case, case_id)
        ids = {case.id, case.person_id}
        for table, owner, owner_id in _owned_tables():
            ids.update(row[0] for row in session.execute(
                select(table.c.id).where(table.c[owner] == (case.id if owner_id == "case" else case.person_id))))
        names: dict[uuid.UUID | None, str] = {
            user_id: name for user_id, name in session.execute(select(User.id, User.full_name))}
        entries = session.scalars(select(AuditEntry).where(AuditEntry.record_id.in_(ids))
                                  .order_by(AuditEntry.seq.desc()))
        return [HistoryEntry(e.at, names.get(e.user_id), e.action, e.entity, e.details) for e in entries]


def _owned_tables() -> list[tuple]:
    """(table, owning column, "case" or "person") for every kind of record that belongs to a case."""
    found = []
    for table in Base.metadata.sorted_tables:
        if "id" not in table.c or table.name in ("cases", "persons"):
            continue
        for column, owner in (("case_id", "case"), ("person_id", "person")):
            if column in table.c and table.name != "obligations":
                found.append((table, column, owner))
    return found

