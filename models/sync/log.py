"""The office's numbering of writes: `sync_log` holds, per synced row, the sequence number of its last
write (from the one PostgreSQL sequence `sync_seq`). A pull is "every row after N".

Writes that stamp the log are serialised by one transaction-scoped advisory lock: a row's number is
taken after the lock and the lock is held until commit, so the committed numbers always form a prefix
and a pull that has read up to N never misses a row numbered below N later.

When who may see a case changes (reassigned, made sensitive, shared or unshared, a new case for a
person), every row of the case and of its person is stamped again and marked `moved`: a laptop that
may now see them receives them all, one that may no longer see them is told to remove them.
"""
from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, text

from models.changes import RowChange
from models.sync.tables import BY_NAME, TABLES, row_id_of

LOCK = 0x51A4C  # pg_advisory_xact_lock key of the office's write numbering

_UPSERT = text(
    "INSERT INTO sync_log (table_name, row_id, seq, case_id, person_id, key, deleted, moved, device) "
    "VALUES (:table_name, :row_id, nextval('sync_seq'), :case_id, :person_id, CAST(:key AS JSON), :deleted, "
    ":moved, :device) ON CONFLICT (table_name, row_id) DO UPDATE SET seq = EXCLUDED.seq, "
    "case_id = EXCLUDED.case_id, person_id = EXCLUDED.person_id, key = EXCLUDED.key, "
    "deleted = EXCLUDED.deleted, moved = sync_log.moved OR EXCLUDED.moved, device = EXCLUDED.device")

# A case's visibility depends on these columns: a change of one of them moves the case.
MOVING_CASE_FIELDS = frozenset({"caseworker_id", "sensitive", "person_id"})


def lock(conn: Connection) -> None:
    """Take the numbering lock, once per transaction (the transaction object itself is kept as the mark, so a
    later transaction on the same pooled connection can never look like this one)."""
    transaction = conn.get_transaction()
    if transaction is not None and conn.info.get("sync_locked") is transaction:
        return
    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK})
    conn.info["sync_locked"] = transaction


PENDING = "sync_pending"  # conn.info: stamps a push collects, written at its end in one executemany


def stamp(conn: Connection, entries: Iterable[dict[str, Any]]) -> None:
    """Number these rows' writes (dicts: table_name, row_id, case_id, person_id, key, deleted, moved, device)."""
    rows = [{"case_id": None, "person_id": None, "key": None, "deleted": False, "moved": False, "device": None}
            | entry for entry in entries]
    if not rows:
        return
    pending = conn.info.get(PENDING)
    if pending is not None:
        pending.extend(rows)
        return
    _write(conn, rows)


def flush(conn: Connection) -> None:
    """Write the stamps collected so far (a row stamped twice keeps its last stamp, moved if either was)."""
    pending = conn.info.get(PENDING) or []
    conn.info[PENDING] = []
    merged: dict[tuple[str, Any], dict[str, Any]] = {}
    for row in pending:
        key = (row["table_name"], row["row_id"])
        if key in merged:
            row = row | {"moved": row["moved"] or merged.pop(key)["moved"]}
        merged[key] = row
    if merged:
        _write(conn, list(merged.values()))


def _write(conn: Connection, rows: list[dict[str, Any]]) -> None:
    lock(conn)
    for row in rows:
        row["key"] = json.dumps(row["key"]) if row["key"] is not None else None
    conn.execute(_UPSERT, rows)


def entry_of(change: RowChange, *, device: str | None = None, moved: bool = False) -> dict[str, Any]:
    spec = BY_NAME[change.table]
    values = {**change.old, **change.new}
    return {"table_name": change.table, "row_id": change.row_id, "case_id": change.case_id,
            "person_id": change.person_id, "key": {k: values.get(k) for k in spec.key} if spec.composite else None,
            "deleted": change.operation == "delete", "moved": moved, "device": device}


def stamp_changes(conn: Connection, changes: list[RowChange], *, device: str | None = None) -> None:
    """What the capture hook does at the office: number every written row; move the cases whose
    visibility the writes changed."""
    stamp(conn, [entry_of(c, device=device) for c in changes])
    for case_id in moved_cases(conn, changes):
        move_case(conn, case_id)


def moved_cases(conn: Connection, changes: Iterable[RowChange]) -> set[uuid.UUID]:
    found: set[uuid.UUID] = set()
    for change in changes:
        if change.table == "cases" and (change.operation == "insert" or MOVING_CASE_FIELDS & set(change.new)):
            found.add(change.row_id)
        elif change.table == "case_shares":
            value = change.new.get("case_id") or change.old.get("case_id")
            if value:
                found.add(uuid.UUID(str(value)))
    return found


_CASE_ROWS = {
    "case": "SELECT {cols} FROM {t} WHERE case_id = :case_id",
    "screening": "SELECT {cols} FROM {t} WHERE screening_id IN (SELECT id FROM screenings WHERE case_id = :case_id)",
    "referral": "SELECT {cols} FROM {t} WHERE referral_id IN (SELECT id FROM referrals WHERE case_id = :case_id)",
    "conflict": "SELECT {cols} FROM {t} WHERE case_id = :case_id OR person_id = :person_id",
    "itself_case": "SELECT {cols} FROM {t} WHERE id = :case_id",
    "itself_person": "SELECT {cols} FROM {t} WHERE id = :person_id",
    "person": "SELECT {cols} FROM {t} WHERE person_id = :person_id",
}


def move_case(conn: Connection, case_id: uuid.UUID) -> int:
    """Stamp again, marked moved, every row of this case and of its person; returns how many."""
    person_id = conn.execute(text("SELECT person_id FROM cases WHERE id = :id"), {"id": case_id}).scalar()
    entries = []
    for spec in TABLES:
        query = _CASE_ROWS.get(spec.owner)
        if query is None:
            continue
        cols = ", ".join(spec.key)
        for row in conn.execute(text(query.format(cols=cols, t=spec.name)),
                                {"case_id": case_id, "person_id": person_id}):
            values = dict(zip(spec.key, row, strict=True))
            entries.append({"table_name": spec.name, "row_id": row_id_of(spec, values),
                            "case_id": case_id if spec.owner != "person" else None, "person_id": person_id,
                            "key": {k: str(v) for k, v in values.items()} if spec.composite else None,
                            "moved": True})
    stamp(conn, entries)
    return len(entries)
