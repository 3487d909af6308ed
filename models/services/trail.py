"""The audit trail itself: appending an entry, walking the chain, its anchor.

Each entry carries the hash of the one before it, an HMAC under a key only the
office holds (`models.audit_chain`), so that changing or removing a past entry
breaks the chain from that entry on, and nobody without the key can recompute
it; `verify` finds the first broken one, and an anchor kept outside shows
entries removed from the end. Entries are written in the transaction of the change they record:
no change without its entry, no entry for a change that was rolled back.

Below `services.base`, which writes an entry with every change; `services.audit` (reading a case's
history, a service like any other) builds on both (issue 13 item 8: the cycle audit ↔ base broken).
"""
from __future__ import annotations

import datetime as dt
import enum
import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.audit_chain import GENESIS, Anchor, anchor_of, anchor_problem
from models.audit_chain import entry_hash as keyed_hash
from models.clock import utcnow
from models.entities import AuditEntry

__all__ = ["GENESIS", "Anchor", "anchor", "record", "verify", "verify_anchor"]
# Never copied into the trail: secrets, and bytes that are already in the database.
NOT_RECORDED = {"password_hash", "content"}


def plain(value: Any) -> Any:
    """A JSON-friendly form of a field value."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def chain_key(session: Session) -> bytes:
    """The key of this database's chain, from the `Database` that made the session."""
    try:
        return session.info["database"].audit_key
    except KeyError:
        raise RuntimeError("an audit entry needs a session from models.db.Database (it knows the chain's key)") \
            from None


def entry_hash(key: bytes, prev_hash: str, seq: int, at: dt.datetime, user_id: uuid.UUID | None, action: str,
               entity: str | None, record_id: uuid.UUID | None, details: dict) -> str:
    return keyed_hash(key, prev_hash, seq, at, user_id, action, entity, record_id, details)


def record(session: Session, user_id: uuid.UUID | None, action: str, entity: str | None = None,
           record_id: uuid.UUID | None = None, **details: Any) -> AuditEntry:
    """Append an entry to the trail, in the caller's transaction."""
    last = session.execute(select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)).first()
    seq, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS)
    details = json.loads(json.dumps(details, default=plain))  # exactly what the database will hand back
    at = utcnow()
    entry = AuditEntry(seq=seq, at=at, user_id=user_id, action=action, entity=entity, record_id=record_id,
                       details=details, prev_hash=prev_hash,
                       hash=entry_hash(chain_key(session), prev_hash, seq, at, user_id, action, entity, record_id,
                                       details))
    session.add(entry)
    session.flush()
    return entry


def field_values(record_: Any, fields: list[str]) -> dict[str, Any]:
    return {f: plain(getattr(record_, f)) for f in fields if f not in NOT_RECORDED}


def changes(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list]:
    """{field: [old, new]} for the fields whose value changed."""
    return {f: [before.get(f), value] for f, value in after.items() if before.get(f) != value}


@dataclass(frozen=True)
class Verification:
    checked: int
    first_broken: int | None  # seq of the first entry that does not match the chain
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.first_broken is None


def verify(session: Session) -> Verification:
    """Walk the whole trail and recompute every hash."""
    key = chain_key(session)
    prev_hash, expected_seq, checked = GENESIS, 1, 0
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).yield_per(5000):
        if entry.seq != expected_seq:
            return Verification(checked, expected_seq, f"entry {expected_seq} is missing")
        if entry.prev_hash != prev_hash:
            return Verification(checked, entry.seq, "it does not follow the entry before it")
        recomputed = entry_hash(key, prev_hash, entry.seq, entry.at, entry.user_id, entry.action, entry.entity,
                                entry.record_id, entry.details)
        if recomputed != entry.hash:
            return Verification(checked, entry.seq, "its content was changed after it was written")
        prev_hash, expected_seq, checked = entry.hash, expected_seq + 1, checked + 1
    return Verification(checked, None)


def anchor(session: Session) -> Anchor:
    """The trail's anchor now (entry count and head hash): what an office server keeps at each sync."""
    return anchor_of(session.connection().connection.dbapi_connection)


def verify_anchor(session: Session, kept: Anchor) -> str | None:
    """Why the trail does not hold the `kept` anchor (shorter, or rewritten); None if it does."""
    return anchor_problem(session.connection().connection.dbapi_connection, kept)

