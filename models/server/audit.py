"""Each device's audit trail at the office, and the continuity check at every sync.

A laptop sends, at each sync, the entries of its trail the office does not hold
yet and its anchor (entry count and newest hash, `models.audit_chain.Anchor`).
The office keeps them exactly as sent, per device, and checks that they continue
the chain it holds: the next sequence number, and a `prev_hash` equal to the
hash of the last entry it holds; and that the laptop's anchor is not behind
what the office holds. It cannot recompute the hashes (they are HMACs under the
laptop's own key, `models.audit_chain`), and needs not: what it received is
kept, so a laptop that later rewrites or cuts its trail cannot make the
office's copy agree.

A break (entries missing, the chain not continued, the trail shorter than
what the office holds, or its newest entry replaced) is recorded as an alarm
for the administrator (`qamqor server devices`) and in the office's own trail.
The office still accepts what it can: it starts a new segment of the device's
chain where the laptop's trail now is, so the next syncs are checked again
from there and the alarm is not repeated; the earlier segment stays as it was
received, the evidence of what the trail said.
"""
from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from models.audit_chain import GENESIS, Anchor, content_digest
from models.clock import utcnow
from models.entities import DeviceAlarm, DeviceAuditEntry, OfficeDevice
from models.server.database import OfficeDatabase
from models.services import audit

MAX_ENTRIES = 5000  # per call: a laptop sends its trail in batches


@dataclass(frozen=True)
class TrailAnswer:
    ok: bool  # the entries continued the chain the office holds
    count: int  # the device's entries the office now holds in its current segment (send from count + 1)
    head: str
    problem: str | None  # in words, for the administrator (None: ok)

    def as_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "count": self.count, "last_hash": self.head, "problem": self.problem}


class BadTrail(ValueError):
    """The request itself is malformed (not a list of entries)."""


def _entry(raw: dict[str, Any]) -> dict[str, Any]:
    try:
        return {"seq": int(raw["seq"]), "at": dt.datetime.fromisoformat(str(raw["at"])),
                "user_id": uuid.UUID(raw["user_id"]) if raw.get("user_id") else None,
                "action": str(raw["action"])[:30], "entity": str(raw["entity"])[:40] if raw.get("entity") else None,
                "record_id": uuid.UUID(raw["record_id"]) if raw.get("record_id") else None,
                "details": raw.get("details") or {}, "prev_hash": str(raw["prev_hash"]),
                "hash": str(raw["hash"])}
    except (KeyError, TypeError, ValueError) as error:
        raise BadTrail(f"an audit entry is not readable ({error})") from None


def receive(office: OfficeDatabase, device_id: uuid.UUID, anchor: Anchor | None,
            entries: list[dict[str, Any]], digest: str | None = None) -> TrailAnswer:
    """Take a device's entries (in any order, re-sent ones allowed) and check the chain's continuity;
    `digest`: the laptop's `content_digest` of its whole trail up to the anchor's entry, compared with the
    office's own digest of what it received, so an entry rewritten or removed after the office received it
    is found (the hashes alone cannot show a rewritten entry whose hash was kept)."""
    if len(entries) > MAX_ENTRIES:
        raise BadTrail(f"at most {MAX_ENTRIES} entries per call")
    if not all(isinstance(raw, dict) for raw in entries):
        raise BadTrail("an audit entry is not readable")
    parsed = sorted(((_entry(raw), raw) for raw in entries), key=lambda pair: pair[0]["seq"])
    now = utcnow()
    with office.transaction() as session:
        device = session.get(OfficeDevice, device_id)
        if device is None:
            raise BadTrail("no such device")
        segment, count, head = device.audit_segment, device.audit_count, device.audit_head
        known = device.audit_digest  # '' when unknown: taken from the laptop once it has sent everything
        problems: list[tuple[int | None, str]] = []
        for entry, raw in parsed:
            seq = entry["seq"]
            if seq <= count:  # sent before (a push cut off halfway): it must be the very same entry
                held = session.get(DeviceAuditEntry, (device_id, segment, seq))
                if held is None or (held.hash, held.prev_hash) == (entry["hash"], entry["prev_hash"]):
                    continue
                problems.append((seq, f"entry {seq} is not the one the office received on "
                                      f"{held.received_at:%Y-%m-%d %H:%M} UTC: the laptop's trail was rewritten"))
            elif seq > count + 1:
                problems.append((seq, f"entries {count + 1} to {seq - 1} of the laptop's trail are missing: "
                                      "the trail was cut"))
            elif entry["prev_hash"] != head:
                problems.append((seq, f"entry {seq} does not continue entry {count} as the office received it: "
                                      "the laptop's trail was rewritten"))
            if problems and problems[-1][0] == seq:  # a break: a new segment from where the laptop's trail is
                segment, count, head, known = segment + 1, seq - 1, entry["prev_hash"], ""
            session.add(DeviceAuditEntry(device_id=device_id, segment=segment, received_at=now, **entry))
            count, head = seq, entry["hash"]
            known = content_digest(known, raw) if known else ""
        if anchor is not None and not problems:
            if anchor.count < count:
                problems.append((anchor.count + 1, f"the laptop's trail has {anchor.count} entries, fewer than the "
                                                   f"{count} the office holds: entries were removed"))
            elif anchor.count == count and anchor.head != head:
                problems.append((count, f"entry {count} is not the one the office received: "
                                        "the laptop's trail was rewritten"))
            elif anchor.count == count and digest and known and digest != known:
                problems.append((None, "an entry the office had received is no longer the same on the laptop "
                                       "(rewritten or removed): the laptop's trail was rewritten"))
            if problems:
                segment, count, head = segment + 1, anchor.count, anchor.head if anchor.count else GENESIS
                known = ""
        if anchor is not None and anchor.count == count and not known and digest:
            known = digest  # from here on, the office checks the whole trail against what it received
        claims = _other_users(session, device.user_id, [entry for entry, _ in parsed])
        for seq, problem in problems + claims:
            session.add(DeviceAlarm(id=uuid.uuid4(), device_id=device_id, at=now, seq=seq, problem=problem))
            audit.record(session, device.user_id, "device_trail_broken", "office_devices", device_id,
                         seq=seq, problem=problem)
        if problems and device.trail_broken_at is None:
            device.trail_broken_at = now
        device.audit_segment, device.audit_count, device.audit_head = segment, count, head
        device.audit_digest = known
    return TrailAnswer(not problems and not claims, count, head,
                       "; ".join(p for _, p in problems + claims) or None)


def _other_users(session: Any, own: uuid.UUID, entries: list[dict[str, Any]]) -> list[tuple[int | None, str]]:
    """Entries that name another office user than the laptop's: kept as received (they are evidence), and
    raised as an alarm, never read as that user's acts."""
    from sqlalchemy import select

    from models.entities import User

    named = {e["user_id"] for e in entries if e["user_id"] is not None and e["user_id"] != own}
    if not named:
        return []
    others = set(session.scalars(select(User.id).where(User.id.in_(named))))
    return [(e["seq"], f"entry {e['seq']} names another user of the office than the laptop's: it was not written "
                       "by them")
            for e in entries if e["user_id"] in others]
