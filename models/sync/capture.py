"""Capture: every synced row a session writes becomes a change, in the write's own transaction.

On a laptop (SQLite) each inserted, updated or deleted row of a synced table is turned into a
`RowChange` and written to `sync_outbox` by the same flush, so a crash can never keep the write and
lose its change (or the reverse). Rows a pull writes go through Core, not the ORM, so they are never
captured again. At the office (PostgreSQL) the same hook numbers each written row in `sync_log`
(models.sync.log), so laptops pull it.
"""
from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session

from models.changes import RowChange
from models.clock import utcnow
from models.entities import OutboxEntry
from models.sync.tables import BY_NAME, SyncTable, encode, row_id_of

QUIET = "sync_quiet"  # session.info key: writes of this session are not captured


def _columns(obj: Any) -> list[tuple[str, str]]:
    """(attribute key, column name) of each mapped column."""
    return [(prop.key, prop.columns[0].name) for prop in inspect(type(obj)).column_attrs]


def row_change(spec: SyncTable, obj: Any, operation: str) -> RowChange | None:
    state = inspect(obj)
    new: dict[str, Any] = {}
    old: dict[str, Any] = {}
    for key, name in _columns(obj):
        if operation == "insert":
            if key in state.dict:  # an unloaded column was left to its server default
                new[name] = encode(state.dict[key])
            continue
        history = state.attrs[key].history
        if operation == "delete":
            value = history.unchanged[0] if history.unchanged else (history.deleted[0] if history.deleted else None)
            old[name] = encode(value)
            continue
        if history.added or history.deleted:
            if history.added:
                new[name] = encode(history.added[0])
            if history.deleted:
                old[name] = encode(history.deleted[0])
            elif name in new:
                old[name] = None
    if operation == "update":
        if set(new) <= {"version", "updated_at", "updated_by"}:
            return None  # nothing a person wrote changed
        if state.dict.get("version"):  # the version it was written from (the counter has just added one)
            old["version"] = state.dict["version"] - 1
        for name in spec.key:  # a composite row names its key in each change
            new.setdefault(name, encode(state.dict.get(name)))
    values = {name: state.dict.get(key) for key, name in _columns(obj)}
    return RowChange(table=spec.name, row_id=row_id_of(spec, values), operation=operation,  # type: ignore[arg-type]
                     new=new, old=old,
                     case_id=values.get("case_id") or (values.get("id") if spec.name == "cases" else None),
                     person_id=values.get("person_id") or (values.get("id") if spec.name == "persons" else None))


def changes_of(session: Session) -> list[RowChange]:
    """The row changes of the flush under way (new, dirty, deleted synced objects)."""
    found: list[RowChange] = []
    for objects, operation in ((session.new, "insert"), (session.dirty, "update"), (session.deleted, "delete")):
        for obj in objects:
            spec = BY_NAME.get(getattr(obj, "__tablename__", ""))
            if spec is None or (operation == "update" and not session.is_modified(obj)):
                continue
            if (change := row_change(spec, obj, operation)) is not None:
                found.append(change)
    return found


@event.listens_for(Session, "after_flush")
def _capture(session: Session, _context: object) -> None:
    if session.info.get(QUIET):
        return
    changes = changes_of(session)
    if not changes:
        return
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        from models.sync import log

        log.stamp_changes(connection, changes, device=session.info.get("sync_device"))
        return
    changes = [c for c in changes if BY_NAME[c.table].pushed]
    if not changes:
        return
    made_by = _actor_of(session, changes)
    connection.execute(insert(OutboxEntry), [
        {"change_id": uuid.uuid4(), "table_name": c.table, "row_id": c.row_id, "operation": c.operation,
         "new": c.new, "old": c.old, "case_id": c.case_id,
         "person_id": c.person_id, "made_at": utcnow(), "made_by": made_by.get(c.row_id)} for c in changes])


def _actor_of(session: Session, changes: list[RowChange]) -> dict[uuid.UUID, uuid.UUID | None]:
    """Who wrote each row: its `updated_by` (or `created_by`), as the services set them. An update's `new`
    holds only the columns it changed: when the same person wrote the row last, `updated_by` is not among
    them, and the row's own value says who (else a conflict would name nobody as the other value's author)."""
    held: dict[uuid.UUID, Any] = {}
    for obj in (*session.new, *session.dirty, *session.deleted):
        spec = BY_NAME.get(getattr(obj, "__tablename__", ""))
        if spec is None:
            continue
        values = {name: inspect(obj).dict.get(key) for key, name in _columns(obj)}
        by = values.get("updated_by") or values.get("created_by") or values.get("shared_by") or values.get("by")
        if by is not None:
            held[row_id_of(spec, values)] = by
    out: dict[uuid.UUID, uuid.UUID | None] = {}
    for change in changes:
        by = change.new.get("updated_by") or change.new.get("created_by") or change.new.get("shared_by") \
            or change.new.get("by")
        out[change.row_id] = uuid.UUID(by) if isinstance(by, str) else held.get(change.row_id)
    return out
