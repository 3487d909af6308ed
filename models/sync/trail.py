"""The laptop's audit trail, sent to the office at every sync (models.server.audit checks its continuity).

The laptop sends the entries after the last one the office said it holds
(`office_enrolment.audit_sent`), in batches, with its anchor. When the office
finds a break it starts a new segment where the laptop's trail now is and says
how many entries it holds there; the laptop continues from that number.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update

from models.audit_chain import GENESIS, content_digest
from models.db import Database
from models.entities import AuditEntry, OfficeEnrolment
from models.services import audit
from models.services.audit import plain
from models.sync import SyncError
from models.sync.client import OfficeClient
from models.sync.enrolment import required_enrolment

BATCH = 2000


@dataclass(frozen=True)
class TrailSent:
    sent: int  # entries the office received in this sync
    ok: bool  # the office found the trail whole (else `problem` says what it found)
    problem: str | None


def entry_json(entry: AuditEntry) -> dict[str, Any]:
    return {"seq": entry.seq, "at": entry.at.isoformat(), "user_id": plain(entry.user_id), "action": entry.action,
            "entity": entry.entity, "record_id": plain(entry.record_id), "details": entry.details,
            "prev_hash": entry.prev_hash, "hash": entry.hash}


def _digest(session: Any, count: int) -> str:
    """The digest of the whole trail up to entry `count`, as the office computes it over what it received
    (models.audit_chain.content_digest): read in pages, one pass."""
    digest, after = GENESIS, 0
    while True:
        page = session.scalars(select(AuditEntry).where(AuditEntry.seq > after, AuditEntry.seq <= count)
                               .order_by(AuditEntry.seq).limit(BATCH)).all()
        if not page:
            return digest
        for entry in page:
            digest = content_digest(digest, entry_json(entry))
        after = page[-1].seq


def push_audit(database: Database, client: OfficeClient | None = None) -> TrailSent:
    """Send the trail's new entries to the office; what it found."""
    enrolment = required_enrolment(database)
    own = client is None
    client = client or enrolment.client()
    held, sent, problems = enrolment.audit_sent, 0, []
    try:
        for _ in range(10_000):  # bounded: each round either sends entries or ends
            with database.reading() as session:
                anchor = audit.anchor(session)
                batch = [entry_json(e) for e in session.scalars(
                    select(AuditEntry).where(AuditEntry.seq > held).order_by(AuditEntry.seq).limit(BATCH))]
                last_round = not batch or batch[-1]["seq"] >= anchor.count
                digest = _digest(session, anchor.count) if last_round else None
            answer = client.post("/audit", {"anchor": {"count": anchor.count, "head": anchor.head,
                                                       **({"digest": digest} if digest else {})},
                                            "entries": batch})
            try:
                count, ok, problem = int(answer["count"]), bool(answer["ok"]), answer.get("problem")
            except (KeyError, TypeError, ValueError):
                raise SyncError("The office's answer about the audit trail was not readable.", "bad_answer") \
                    from None
            if not ok and problem:
                problems.append(str(problem))
            sent += len(batch)
            with database.transaction() as session:
                session.execute(update(OfficeEnrolment).where(OfficeEnrolment.id == 1).values(audit_sent=count))
            if not batch or count >= anchor.count or count <= held and ok:
                break
            held = count
    finally:
        if own:
            client.close()
    return TrailSent(sent, not problems, "; ".join(problems) or None)
