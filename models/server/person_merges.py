"""Two records of one person merged on a supervisor's laptop, as the office takes them.

The merge reaches the office as the supervisor's writes (models.services.duplicates): the records moved to
the person kept, and the merged person archived with `merged_into` naming the kept one. Laptops that have
not pulled it yet go on writing to the merged record; nothing they push is lost or left behind on it:

- a record added to the merged person (or moved onto it) goes to the kept person (`redirect`);
- an edit of the merged person's own fields is an edit of the kept person's, merged field by field as any
  edit is: applied where the kept record still holds the value the laptop started from, else kept as a
  conflict beside the office's value;
- when the merge arrives after such writes (`sweep`), the records they left on the merged person move to the
  kept one, and the values written on the merged record since the supervisor last saw it fill the kept
  record's empty fields, or, where it holds another value, are kept as conflicts.

Only a supervisor merges: a push from anyone else that sets or clears `merged_into` is refused.
"""
from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from models.clock import utcnow
from models.entities import Role
from models.services import trail as audit
from models.services.base import Actor
from models.services.errors import NotFound
from models.services.permissions import require
from models.sync import log
from models.sync.office import CURRENT, Device, _conflict
from models.sync.tables import BY_NAME, SyncTable, decode_row

KEPT = "sync_merged_into"  # conn.info: {person id: the person it was merged into, or None} for the push
LONGEST_CHAIN = 20  # a record merged into one merged later in turn; a loop is never followed for ever


def prefetch(conn: Connection, changes: list[dict[str, Any]]) -> None:
    """Whether the persons a push names were merged, with one query for the whole push."""
    named: set[uuid.UUID] = set()
    for change in changes:
        value = change.get("row_id") if change.get("table") == "persons" else (change.get("new") or {}).get(
            "person_id")
        try:
            named.add(uuid.UUID(str(value)))
        except ValueError:
            continue  # no person named, or refused when its turn comes
    persons = BY_NAME["persons"].table
    conn.info[KEPT] = {row.id: row.merged_into for row in conn.execute(
        select(persons.c.id, persons.c.merged_into).where(persons.c.id.in_(named)))} if named else {}


def kept_of(conn: Connection, person_id: Any) -> uuid.UUID | None:
    """The person a merged record now is (following later merges), or None if it was never merged."""
    known = conn.info.setdefault(KEPT, {})
    persons = BY_NAME["persons"].table
    try:
        current = uuid.UUID(str(person_id))
    except ValueError:
        return None
    kept = None
    for _ in range(LONGEST_CHAIN):
        if current not in known:
            known[current] = conn.execute(select(persons.c.merged_into).where(persons.c.id == current)).scalar()
        if known[current] is None:
            break
        kept = current = known[current]
    return kept


def redirect(conn: Connection, spec: SyncTable, change: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """The change as it applies at the office: what it says of a merged person, said of the kept one."""
    if change.get("operation") not in ("insert", "update"):
        return change
    if spec.name == "persons":
        kept = kept_of(conn, change.get("row_id")) if change["operation"] == "update" else None
        if kept is None:
            return change
        # Her edit of the person's details; the merged record's own state (archived, merged) stays its own.
        for name in ("id", "archived_at", "merged_into"):
            new.pop(name, None)
        old = {k: v for k, v in (change.get("old") or {}).items() if k not in ("id", "archived_at", "merged_into")}
        return change | {"row_id": str(kept), "old": old}
    if "person_id" in spec.table.c and new.get("person_id") is not None:
        kept = kept_of(conn, new["person_id"])
        if kept is not None:
            new["person_id"] = kept
    return change


def check(actor: Actor, current: dict[str, Any] | None, values: dict[str, Any]) -> None:
    """A merge, or its undoing, is a supervisor's (models.services.duplicates.merge)."""
    before = current.get("merged_into") if current is not None else None
    if values.get("merged_into") == before:
        return
    require(actor, Role.supervisor, doing="merge two records of a person")
    if values.get("merged_into") == values.get("id"):
        raise NotFound("record.not_found", what="person")


def merging(conn: Connection, spec: SyncTable, change: dict[str, Any]) -> dict[str, Any] | None:
    """The merged record as the office holds it before this change merges it, or None if it merges nothing."""
    if spec.name != "persons" or change.get("operation") != "update" \
            or not (change.get("new") or {}).get("merged_into"):
        return None
    persons = spec.table
    row = conn.execute(select(persons).where(persons.c.id == uuid.UUID(str(change["row_id"])))).first()
    return dict(row._mapping) if row is not None and row.merged_into is None else None


def sweep(session: Session, device: Device, change: dict[str, Any], before: dict[str, Any]) -> int:
    """The merge in `change` has just been applied to the record that was `before`: move to the kept person
    what laptops left on the merged one since, and keep the values written on it since the supervisor saw
    it. Returns the conflicts opened."""
    from models.services.duplicates import FIELDS, person_columns

    conn = session.connection()
    persons = BY_NAME["persons"].table
    merged_id = before["id"]
    kept_id = conn.execute(select(persons.c.merged_into).where(persons.c.id == merged_id)).scalar()
    kept = conn.execute(select(persons).where(persons.c.id == kept_id)).first() if kept_id else None
    if kept is None:
        return 0  # the merge was set aside, or names a record the office does not hold (no foreign key)
    conn.info.setdefault(KEPT, {})[merged_id] = kept.id
    moved = _move(conn, merged_id, kept.id, [(t, c) for t, c in person_columns() if t.name in BY_NAME])
    seen_version = decode_row(BY_NAME["persons"], change.get("old") or {}).get("version")
    filled: dict[str, Any] = {}
    conflicts = 0
    if seen_version is not None and before["version"] > seen_version:  # edited since the supervisor saw it
        author = Device(None, _last_device(conn, merged_id) or device.name,
                        Actor(before["updated_by"], frozenset()))
        edit = {"row_id": str(kept.id), "made_at": before["updated_at"]}
        for name in FIELDS:
            value, held = before[name], getattr(kept, name)
            if value is None or value == held:
                continue
            if held is None:
                filled[name] = value
            else:
                conflicts += _conflict(conn, author, BY_NAME["persons"], edit, dict(kept._mapping), name, held,
                                       value)
    if filled:
        conn.execute(update(persons).where(persons.c.id == kept.id).values(
            **filled, version=kept.version + 1, updated_at=utcnow(), updated_by=before["updated_by"]))
        log.stamp(conn, [{"table_name": "persons", "row_id": kept.id, "person_id": kept.id}])
        (conn.info.get(CURRENT) or {}).pop(("persons", kept.id), None)
    if moved or filled or conflicts:
        audit.record(session, device.actor.user_id, "merge_joined", "persons", kept.id, merged=merged_id.hex,
                     moved=moved, fields=sorted(filled), conflicts=conflicts, device=device.name)
    return conflicts


def _move(conn: Connection, merged_id: uuid.UUID, kept_id: uuid.UUID, columns: list[tuple[Any, Any]]
          ) -> dict[str, int]:
    """Every synced record still naming the merged person, to the kept one, numbered for the laptops to pull."""
    cache = conn.info.get(CURRENT) or {}
    now = utcnow()
    moved: dict[str, int] = {}
    for table, column in columns:
        bump = {"version": table.c.version + 1, "updated_at": now} if "version" in table.c else {}
        rows = conn.execute(update(table).where(column == merged_id).values(
            {column.name: kept_id, **bump}).returning(*[table.c[k] for k in ("id", "person_id", "case_id")
                                                  if k in table.c])).all()
        if not rows:
            continue
        moved[f"{table.name}.{column.name}"] = len(rows)
        for row in rows:
            cache.pop((table.name, row.id), None)
        if table.name == "cases":
            for row in rows:
                log.stamp(conn, [{"table_name": "cases", "row_id": row.id, "case_id": row.id, "person_id": kept_id}])
                log.move_case(conn, row.id)
        else:
            log.stamp(conn, [{"table_name": table.name, "row_id": row.id, "person_id": getattr(row, "person_id", None),
                              "case_id": getattr(row, "case_id", None)} for row in rows])
    return moved


def _last_device(conn: Connection, person_id: uuid.UUID) -> str | None:
    return conn.execute(text("SELECT device FROM sync_log WHERE table_name = 'persons' AND row_id = :r"),
                        {"r": person_id}).scalar()

