"""The office's side of the sync: merge one pushed row field by field (models.server.merge decides, as the
services would, whether the device's user may make the change at all, and audits it), serve a laptop's
pulls (only what its user may see), list conflicts. Works on a Connection of the office database
(PostgreSQL), in the caller's transaction.

The merge rule (office-design.md): for each field a change wrote, if the office still holds the value
the laptop started from (`old`), the laptop's value is applied; if the office already holds the new
value, nothing is to do; otherwise the office's value stays (first to reach the office wins) and the
arriving value is kept in a `sync_conflicts` row with who, when and on which device. Records that only
grow never conflict. A change its author may no longer make (the case was reassigned away or made
sensitive meanwhile; a record never hers is refused instead) is not applied and not dropped: it is set aside as a conflict for whoever may see
the case now; a row set aside whole gathers the later edits of it, and an open conflict's kept value
follows the record when it is written again.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Connection,
    Text,
    and_,
    delete,
    exists,
    false,
    insert,
    or_,
    select,
    text,
    true,
    tuple_,
    update,
)

from models.clock import utcnow
from models.entities import Case, Person, Role
from models.services.base import Actor
from models.services.permissions import has, visible_cases, visible_persons
from models.sync import log
from models.sync.tables import (
    BOOKKEEPING,
    BY_NAME,
    GROWING,
    PRIVATE_USER_COLUMNS,
    TABLES,
    SyncTable,
    decode,
    decode_row,
    encode,
    encode_row,
    row_id_of,
    wire_encoder,
)


@dataclass(frozen=True)
class Device:
    """The laptop a request comes from, and the office account it acts for."""

    id: uuid.UUID | None
    name: str
    actor: Actor


# --- who may see what --------------------------------------------------------------------------

def _cases_visible(actor: Actor):
    return select(Case.id).where(visible_cases(actor))


def _persons_visible(actor: Actor):
    return select(Person.id).where(visible_persons(actor))


def _persons_ids(actor: Actor):
    """The ids of the persons a caseworker sees, as permissions.visible_persons says (the persons of her
    visible cases, and those she created who have no case yet), written as a union PostgreSQL computes
    once per page instead of a test on every person of the office."""
    from sqlalchemy import union

    own_without_case = select(Person.id).where(Person.created_by == actor.user_id,
                                               ~exists().where(Case.person_id == Person.id))
    return union(select(Case.person_id).where(visible_cases(actor)), own_without_case)


def visible(spec: SyncTable, actor: Actor):
    """A WHERE clause on `spec`'s table: the rows of it this actor may see (permissions.py, at the office)."""
    t = spec.table
    everything = has(actor, Role.supervisor)
    if spec.owner == "office":
        return true()
    if not everything and not (has(actor, Role.caseworker)):
        return false()
    if everything:
        return true()
    cases_ok, persons_ok = _cases_visible(actor), _persons_ids(actor)
    if spec.owner == "itself_person":
        return t.c.id.in_(persons_ok)
    if spec.owner == "itself_case":
        return visible_cases(actor)
    if spec.name == "family_links":  # both persons: a laptop holds no link to a person it does not hold
        return and_(t.c.person_id.in_(persons_ok), t.c.relative_id.in_(persons_ok))
    if spec.owner == "person":
        return t.c.person_id.in_(persons_ok)
    if spec.owner == "case":
        return t.c.case_id.in_(cases_ok)
    parent = BY_NAME["screenings" if spec.owner == "screening" else "referrals"].table
    if spec.owner in ("screening", "referral"):
        column = t.c.screening_id if spec.owner == "screening" else t.c.referral_id
        return column.in_(select(parent.c.id).where(parent.c.case_id.in_(cases_ok)))
    return or_(t.c.case_id.in_(cases_ok),
               and_(t.c.case_id.is_(None), or_(t.c.person_id.is_(None), t.c.person_id.in_(persons_ok))))


def _sent_columns(spec: SyncTable) -> list:
    return [c for c in spec.table.c if not (spec.name == "users" and c.name in PRIVATE_USER_COLUMNS)]


def _owner(conn: Connection, spec: SyncTable, values: dict[str, Any]) -> tuple[uuid.UUID | None, uuid.UUID | None]:
    """(case_id, person_id) of a row, from its values and its parents at the office."""
    if spec.owner == "itself_person":
        return None, values.get("id")
    if spec.owner == "itself_case":
        return values.get("id"), values.get("person_id")
    if spec.owner == "person":
        return None, values.get("person_id")
    case_id = values.get("case_id")
    if spec.owner in ("screening", "referral"):
        parent = "screenings" if spec.owner == "screening" else "referrals"
        parent_id = values.get("screening_id" if spec.owner == "screening" else "referral_id")
        case_id = conn.execute(text(f"SELECT case_id FROM {parent} WHERE id = :id"), {"id": parent_id}).scalar()
    if spec.owner == "conflict":
        return values.get("case_id"), values.get("person_id")
    return case_id, None  # the case says whose it is; its person is not looked up for each row


def may_write(conn: Connection, actor: Actor, spec: SyncTable, values: dict[str, Any]) -> bool:
    """Whether the actor may write the row the office holds with these values (its case or person
    visible to them now). What a change's new values point to is checked by models.server.merge."""
    if spec.owner == "office":
        return bool(actor.roles)
    if has(actor, Role.supervisor):
        return True  # the whole office
    if not has(actor, Role.caseworker):
        return False
    case_id, person_id = _owner(conn, spec, values)
    if case_id is not None:
        return sees(conn, actor, "cases", case_id)
    if person_id is not None:
        return sees(conn, actor, "persons", person_id)
    return True


def refuse_unless_once_hers(conn: Connection, actor: Actor, spec: SyncTable, values: dict[str, Any]) -> None:
    """An edit of a record its author may no longer see is set aside as a conflict only if the record was
    once hers to edit: she wrote it, or its case (or a case of its person) was assigned or shared to her, or
    she added its person, as the office's own audit trail says. Anything else is a forged edit of a record
    she never held (set aside, it would be shown to its holder under her name): refused in the services'
    words (PermissionDenied)."""
    from models.entities import AuditEntry
    from models.services.errors import PermissionDenied

    mine = actor.user_id
    if values.get("created_by") == mine:
        return
    case_id, person_id = _owner(conn, spec, values)
    if case_id is None and person_id is None:
        return
    if case_id is not None:
        case_ids = [case_id]
    else:
        if conn.execute(select(exists().where(Person.id == person_id, Person.created_by == mine))).scalar():
            return
        case_ids = list(conn.execute(select(Case.id).where(Case.person_id == person_id)).scalars())
    if case_ids and conn.execute(select(exists().where(Case.id.in_(case_ids), Case.created_by == mine))).scalar():
        return
    shares = [row_id_of(BY_NAME["case_shares"], {"case_id": c, "user_id": mine}) for c in case_ids]
    named = AuditEntry.details.cast(Text).like(f"%{mine}%")
    if case_ids and conn.execute(select(exists().where(
            or_(and_(AuditEntry.entity == "cases", AuditEntry.record_id.in_(case_ids), named),
                and_(AuditEntry.entity == "case_shares", AuditEntry.record_id.in_(shares)))))).scalar():
        return  # assigned to her, or shared with her, once (every assignment and share is audited)
    if case_id is not None:
        raise PermissionDenied("case.not_yours", action="open a case", entity="cases", record_id=case_id)
    raise PermissionDenied("person.not_yours", action="open a person", entity="persons", record_id=person_id)


SEEN = "sync_visible"  # conn.info: {(table, id): bool} for the push under way


def sees(conn: Connection, actor: Actor, table: str, row_id: Any) -> bool:
    """Whether the actor sees this case or person ("cases" / "persons"), from the push's cache of what she
    saw at its start (one query for all), else asked now (a case or person the push itself created)."""
    cache = conn.info.get(SEEN)
    if cache is None:
        cache = conn.info[SEEN] = {
            ("cases", r): True for r in conn.execute(select(Case.id).where(visible_cases(actor))).scalars()
        } | {("persons", r): True for r in conn.execute(select(Person.id).where(visible_persons(actor))).scalars()}
    key = (table, row_id)
    if key in cache:
        return True
    entity = Case if table == "cases" else Person
    clause = visible_cases(actor) if entity is Case else visible_persons(actor)
    # Only what she sees is remembered: a case the push itself adds later makes it visible.
    seen = bool(conn.execute(select(exists().where(entity.id == row_id, clause))).scalar())
    if seen:
        cache[key] = True
    return seen


# --- merging one pushed row (models.server.merge decides who may push what) -------------------------

CURRENT = "sync_current"  # conn.info: {(table, row id): row values} read for the push under way
DISPUTED = "sync_disputed"  # conn.info: {(table, row id)} of the rows edited by the push with open conflicts


def prefetch(conn: Connection, changes: list[dict[str, Any]]) -> None:
    """The rows a push edits, read (and locked) with one query per table rather than one per change."""
    wanted: dict[str, list[uuid.UUID]] = {}
    for change in changes:
        spec = BY_NAME.get(str(change.get("table", "")))
        if spec is not None and not spec.composite and change.get("operation") == "update":
            try:
                wanted.setdefault(spec.name, []).append(uuid.UUID(str(change["row_id"])))
            except (KeyError, ValueError):
                continue  # refused when its turn comes
    cache: dict[tuple[str, uuid.UUID], dict[str, Any]] = {}
    for name, row_ids in wanted.items():
        t = BY_NAME[name].table
        for row in conn.execute(select(t).where(t.c.id.in_(row_ids)).with_for_update()):
            cache[(name, row.id)] = dict(row._mapping)
    conn.info[CURRENT] = cache
    # Which of these rows have open conflicts (most have none: their kept values need no refreshing).
    conflicts = BY_NAME["sync_conflicts"].table
    every = []
    for change in changes:
        try:
            every.append(uuid.UUID(str(change["row_id"])))
        except (KeyError, ValueError):
            continue
    conn.info[DISPUTED] = set(conn.execute(select(conflicts.c.table_name, conflicts.c.row_id).where(
        conflicts.c.row_id.in_(every), conflicts.c.resolved_at.is_(None))).tuples()) if every else set()


def _current(conn: Connection, spec: SyncTable, key_values: dict[str, Any]) -> dict[str, Any] | None:
    cache = conn.info.get(CURRENT) or {}
    if not spec.composite and (spec.name, key_values["id"]) in cache:
        return dict(cache[(spec.name, key_values["id"])])
    row = conn.execute(select(spec.table).where(_key_clause(spec, key_values)).with_for_update()).first()
    return dict(row._mapping) if row is not None else None


def _remember(conn: Connection, spec: SyncTable, key_values: dict[str, Any], values: dict[str, Any] | None) -> None:
    cache = conn.info.get(CURRENT)
    if cache is None or spec.composite:
        return
    if values is None:
        cache.pop((spec.name, key_values["id"]), None)
    else:
        cache[(spec.name, key_values["id"])] = values


def _key_clause(spec: SyncTable, values: dict[str, Any]):
    return and_(*(spec.table.c[k] == values[k] for k in spec.key))


@dataclass(frozen=True)
class Merged:
    """What merging one change did: conflicts opened, and the audit entry it calls for (None: nothing
    written to the record)."""

    conflicts: int = 0
    action: str | None = None
    details: dict[str, Any] = field(default_factory=dict)


class RowMissing(Exception):
    """An edit of a record the office does not hold."""


def merge_row(conn: Connection, device: Device, spec: SyncTable, change: dict[str, Any],
              check: Callable[[dict[str, Any] | None, dict[str, Any]], None]) -> Merged:
    """Merge one change into the office's row, field by field (see the module's docstring). `check(current,
    values)` raises unless the device's user may write the row as it will be (models.server.merge); an
    edit of a row she may no longer edit is set aside as a conflict instead."""
    t = spec.table
    new, old = decode_row(spec, change.get("new") or {}), decode_row(spec, change.get("old") or {})
    operation = change["operation"]
    keys = {**old, **new}
    if not all(k in keys for k in spec.key):
        keys["id"] = uuid.UUID(change["row_id"])
    key_values = {k: keys[k] for k in spec.key}
    current = _current(conn, spec, key_values)
    if current is not None and not may_write(conn, device.actor, spec, current):
        refuse_unless_once_hers(conn, device.actor, spec, current)
        return Merged(set_aside(conn, device, change, whole=operation != "update"))
    made_at = _time(change.get("made_at"))
    if operation == "delete":
        if current is not None:
            check(current, current)
            conn.execute(delete(t).where(_key_clause(spec, key_values)))
            _remember(conn, spec, key_values, None)
        _stamp(conn, spec, change, current or keys, device, deleted=True)
        return Merged(0, "delete" if current is not None else None,
                      {"values": {k: encode(v) for k, v in (current or {}).items() if k in spec.key}})
    if current is None:
        if operation != "insert":
            if _set_aside_whole(conn, device, spec, change["row_id"]):  # a later edit of a row set aside
                return Merged(set_aside(conn, device, change, whole=True))
            raise RowMissing("The office does not hold the record this change edits.")
        if spec.owner not in ("itself_case", "itself_person") and spec.name != "case_shares" \
                and not may_write(conn, device.actor, spec, new) and _owner_exists(conn, spec, new):
            # A record added to a case or person its author may no longer see (reassigned away since).
            refuse_unless_once_hers(conn, device.actor, spec, new | {"created_by": None})  # new: hers by force
            return Merged(set_aside(conn, device, change, whole=True))
        check(None, new)
        conn.execute(insert(t).values(**new))
        _stamp(conn, spec, change, new, device)
        return Merged(0, "create", {"values": {k: encode(v) for k, v in new.items() if k not in BOOKKEEPING}})
    if operation == "insert" or spec.name in GROWING:  # a re-sent insert, or a record that only grows
        old = {name: current.get(name) for name in new} if spec.name in GROWING else new
    applied: dict[str, Any] = {}
    disputed: list[tuple[str, Any, Any]] = []
    for name, value in new.items():
        if name in BOOKKEEPING or name in spec.key or name in ("created_at", "created_by"):
            continue
        held = current.get(name)
        if held == value:
            continue
        if name not in old or held == old[name]:
            applied[name] = value
        else:
            disputed.append((name, held, value))
    if applied:  # checked before anything is written: a refused change leaves nothing to undo
        check(current, current | applied)
    conflicts = sum(_conflict(conn, device, spec, change, current, name, held, value)
                    for name, held, value in disputed)
    if applied:
        extra = {"version": current["version"] + 1, "updated_at": made_at or utcnow()} if "version" in t.c else {}
        by = {"updated_by": device.actor.user_id} if "updated_by" in t.c else {}
        conn.execute(update(t).where(_key_clause(spec, key_values)).values(**applied, **extra, **by))
        _remember(conn, spec, key_values, current | applied | extra | by)
        _refresh_kept(conn, device, spec, change, current | applied | by, applied)
    moved = spec.name == "cases" and bool(log.MOVING_CASE_FIELDS & set(applied))
    # Stamped even when nothing was applied: the laptop then pulls the office's value back.
    _stamp(conn, spec, change, current, device)
    if moved:
        log.move_case(conn, current["id"])
    action = ("archive" if "archived_at" in applied and applied["archived_at"] is not None else "change") \
        if applied else None
    return Merged(conflicts, action, {"changes": {n: [encode(current.get(n)), encode(v)] for n, v in applied.items()}})


def restamp(conn: Connection, table: str, row_id: Any) -> None:
    """Number a row again, as the office holds it: after a refused edit, the laptop pulls the office's
    values back (its own stay in its list of refused changes)."""
    spec = BY_NAME.get(table)
    if spec is None or spec.composite or spec.name == "sync_conflicts":
        return
    try:
        key = uuid.UUID(str(row_id))
    except ValueError:
        return
    row = conn.execute(select(spec.table).where(spec.table.c.id == key)).first()
    if row is not None:
        case_id, person_id = _owner(conn, spec, dict(row._mapping))
        log.stamp(conn, [{"table_name": spec.name, "row_id": key, "case_id": case_id, "person_id": person_id}])


def _owner_exists(conn: Connection, spec: SyncTable, values: dict[str, Any]) -> bool:
    case_id, person_id = _owner(conn, spec, values)
    if case_id is not None:
        return bool(conn.execute(select(exists().where(Case.id == case_id))).scalar())
    return person_id is not None and bool(conn.execute(select(exists().where(Person.id == person_id))).scalar())


def _set_aside_whole(conn: Connection, device: Device, spec: SyncTable, row_id: Any) -> bool:
    table = BY_NAME["sync_conflicts"].table
    return conn.execute(select(table.c.id).where(
        table.c.table_name == spec.name, table.c.row_id == uuid.UUID(str(row_id)), table.c.field == "*",
        table.c.other_device == device.name, table.c.resolved_at.is_(None))).first() is not None


def _stamp(conn: Connection, spec: SyncTable, change: dict[str, Any], values: dict[str, Any], device: Device,
           *, deleted: bool = False) -> None:
    case_id, person_id = _owner(conn, spec, values)
    row_id = uuid.UUID(change["row_id"])
    log.stamp(conn, [{"table_name": spec.name, "row_id": row_id, "case_id": case_id, "person_id": person_id,
                      "key": {k: encode(values.get(k)) for k in spec.key} if spec.composite else None,
                      "deleted": deleted, "device": device.name}])
    if spec.name == "case_shares" or (spec.name == "cases" and change["operation"] == "insert"):
        if case_id is not None:
            log.move_case(conn, case_id)


def _time(value: Any) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if isinstance(value, str) else value


def _uuid(value: Any) -> uuid.UUID | None:
    return uuid.UUID(value) if isinstance(value, str) else value


def _open_conflicts(conn: Connection, spec: SyncTable, row_id: uuid.UUID, names: Any):
    table = BY_NAME["sync_conflicts"].table
    return conn.execute(select(table).where(table.c.table_name == spec.name, table.c.row_id == row_id,
                                            table.c.field.in_(list(names)), table.c.resolved_at.is_(None))).all()


def _refresh_kept(conn: Connection, device: Device, spec: SyncTable, change: dict[str, Any],
                  values: dict[str, Any], applied: dict[str, Any]) -> None:
    """An open conflict's kept value follows the record: the laptop that wrote it changed it again."""
    table = BY_NAME["sync_conflicts"].table
    row_id = uuid.UUID(change["row_id"])
    disputed = conn.info.get(DISPUTED)
    if disputed is not None and (spec.name, row_id) not in disputed:
        return
    now = utcnow()
    for conflict in _open_conflicts(conn, spec, row_id, applied):
        if conflict.set_aside:
            continue
        conn.execute(update(table).where(table.c.id == conflict.id).values(
            kept_value=encode(applied[conflict.field]), kept_by=device.actor.user_id,
            kept_at=_time(change.get("made_at")) or now, kept_device=device.name, version=conflict.version + 1,
            updated_at=now))
        log.stamp(conn, [{"table_name": "sync_conflicts", "row_id": conflict.id, "case_id": conflict.case_id,
                          "person_id": conflict.person_id}])


def _conflict(conn: Connection, device: Device, spec: SyncTable, change: dict[str, Any], current: dict[str, Any],
              name: str, held: Any, value: Any, *, set_aside: bool = False) -> int:
    """Keep `value` beside the office's `held` value; a second colliding edit of the same field from the
    same laptop updates its open conflict rather than adding another (a row set aside whole gathers every
    later change of it, so none of its values is lost)."""
    table = BY_NAME["sync_conflicts"].table
    row_id = uuid.UUID(change["row_id"])
    case_id, person_id = _owner(conn, spec, current)
    kept_device = conn.execute(text("SELECT device FROM sync_log WHERE table_name = :t AND row_id = :r"),
                               {"t": spec.name, "r": row_id}).scalar()
    other = {"other_value": encode(value), "other_by": device.actor.user_id,
             "other_at": _time(change.get("made_at")), "other_device": device.name}
    open_one = conn.execute(select(table.c.id, table.c.version, table.c.other_value).where(
        table.c.table_name == spec.name, table.c.row_id == row_id, table.c.field == name,
        table.c.other_device == device.name, table.c.resolved_at.is_(None))).first()
    now = utcnow()
    if open_one is not None:
        if name == "*" and isinstance(open_one.other_value, dict) and isinstance(other["other_value"], dict):
            other["other_value"] = open_one.other_value | other["other_value"]
        conn.execute(update(table).where(table.c.id == open_one.id).values(
            **other, version=open_one.version + 1, updated_at=now))
        conflict_id = open_one.id
    else:
        conflict_id = uuid.uuid4()
        conn.execute(insert(table).values(
            id=conflict_id, table_name=spec.name, row_id=row_id, field=name, kept_value=encode(held),
            kept_by=current.get("updated_by") or current.get("created_by"), kept_at=current.get("updated_at"),
            kept_device=kept_device, case_id=case_id, person_id=person_id, set_aside=set_aside,
            created_at=now, updated_at=now, version=1, **other))
    log.stamp(conn, [{"table_name": "sync_conflicts", "row_id": conflict_id, "case_id": case_id,
                      "person_id": person_id}])
    if (disputed := conn.info.get(DISPUTED)) is not None:
        disputed.add((spec.name, row_id))
    return 1


def set_aside(conn: Connection, device: Device, change: dict[str, Any], *, whole: bool) -> int:
    """An edit its author may no longer make: kept as conflict records (one per field it changed, or the
    whole row), for whoever may see the record now."""
    spec = BY_NAME[change["table"]]
    new = change.get("new") or {}
    values = decode_row(spec, {**(change.get("old") or {}), **new})
    current = conn.execute(select(spec.table).where(spec.table.c.id == uuid.UUID(change["row_id"]))).first() \
        if not spec.composite else None
    current_values = dict(current._mapping) if current is not None else values
    if whole or current is None:
        return _conflict(conn, device, spec, change, current_values, "*", None, json.loads(json.dumps(new)),
                         set_aside=True)
    found = 0
    for name, value in decode_row(spec, new).items():
        if name in BOOKKEEPING or name in spec.key or value == current_values.get(name):
            continue  # an id, or a value the record holds already: nothing to choose
        found += _conflict(conn, device, spec, change, current_values, name, current_values.get(name), value,
                           set_aside=True)
    return found


# --- pull --------------------------------------------------------------------------------------

def view_of(actor: Actor) -> str:
    """Which rows the actor's roles let her see, in one word: "office" (a supervisor: everything),
    "caseworker" (her cases and what they hold) or "none". Every pull answer names it: when it changes
    (an administrator changed her roles), the laptop asks for its holdings and removes the rest."""
    if has(actor, Role.supervisor):
        return "office"
    return "caseworker" if has(actor, Role.caseworker) else "none"


def holdings(conn: Connection, actor: Actor) -> dict:
    """The ids (hex) of every person and case the actor may see: what a laptop may keep after its view
    changed."""
    view = view_of(actor)
    people: list[uuid.UUID] = [] if view == "none" else list(conn.execute(
        select(Person.id) if view == "office" else _persons_ids(actor)).scalars())
    found: list[uuid.UUID] = [] if view == "none" else list(
        conn.execute(select(Case.id).where(visible_cases(actor))).scalars())
    return {"holdings": {"persons": [i.hex for i in people], "cases": [i.hex for i in found]},
            "view": view, "rows": [], "removed": [], "more": False, "snapshot": None}


def pull(conn: Connection, actor: Actor, since: int, limit: int = 2000, snapshot: str | None = None) -> dict:
    """Rows after `since` that the actor may see (a snapshot of everything visible when since is 0),
    and the rows the laptop must remove; each answer names the actor's view (`view_of`). With
    snapshot="holdings": the ids of what the actor may see (`holdings`)."""
    # PostgreSQL's JIT compiles these plans for seconds (their cost estimates look large) to save
    # milliseconds: a pull page ran 2.3 s, of which 2.3 s JIT, on a 100,000-person office.
    conn.execute(text("SET LOCAL jit = off"))
    if snapshot == "holdings":
        return holdings(conn, actor) | {"next": since}
    if snapshot:  # "start", or where the previous page of a snapshot ended
        return _snapshot_page(conn, actor, None if snapshot == "start" else json.loads(snapshot), limit) \
            | {"view": view_of(actor)}
    page = conn.execute(text("SELECT table_name, row_id, seq, key, deleted, moved FROM sync_log "
                             "WHERE seq > :since ORDER BY seq LIMIT :limit"), {"since": since, "limit": limit}).all()
    by_table: dict[str, list] = {}
    for entry in page:
        by_table.setdefault(entry.table_name, []).append(entry)
    groups, removed = [], []
    for spec in TABLES:
        entries = [e for e in by_table.get(spec.name, ()) if not e.deleted]
        removed += [{"table": spec.name, "id": str(e.row_id), "key": e.key}
                    for e in by_table.get(spec.name, ()) if e.deleted]
        if not entries:
            continue
        t = spec.table
        if spec.composite:
            keys = [tuple(decode(t.c[k], e.key[k]) for k in spec.key) for e in entries if e.key]
            match = tuple_(*(t.c[k] for k in spec.key)).in_(keys)
        else:
            match = t.c.id.in_([e.row_id for e in entries])
        rows = conn.execute(select(*_sent_columns(spec)).where(match, visible(spec, actor))).all()
        if rows:
            groups.append(_group(spec, rows))
        if spec.name in ("cases", "persons"):
            seen = {r.id for r in rows}
            removed += [{"table": spec.name, "id": str(e.row_id)} for e in entries if e.moved and e.row_id not in seen]
    last = page[-1].seq if page else since
    return {"rows": groups, "removed": removed, "next": last, "more": len(page) == limit, "snapshot": None,
            "view": view_of(actor)}


def _group(spec: SyncTable, rows: Sequence[Any]) -> dict:
    """A page's rows of one table, column-wise: the names once, then each row's values as a list."""
    columns = list(rows[0]._mapping.keys()) if rows else []
    encoders = [wire_encoder(spec.table.c[name]) for name in columns]
    plain = [i for i, e in enumerate(encoders) if e is None]
    coded = [(i, e) for i, e in enumerate(encoders) if e is not None]
    values = []
    for row in rows:
        out = list(row)
        for i, encoder in coded:
            out[i] = encoder(out[i])
        values.append(out)
    del plain
    return {"table": spec.name, "columns": columns, "values": values}


def _snapshot_page(conn: Connection, actor: Actor, token: dict | None, limit: int) -> dict:
    if token is None:
        hwm = conn.execute(text("SELECT coalesce(max(seq), 0) FROM sync_log")).scalar() or 0
        token = {"hwm": hwm, "table": 0, "after": None}
    groups: list[dict] = []
    room = limit
    index, after = token["table"], token["after"]
    while index < len(TABLES) and room > 0:
        spec = TABLES[index]
        t = spec.table
        key = [t.c[k] for k in spec.key]
        query = select(*_sent_columns(spec)).where(visible(spec, actor)).order_by(*key).limit(room)
        if after is not None:
            query = query.where(tuple_(*key) > tuple(decode(t.c[k], v) for k, v in zip(spec.key, after, strict=True)))
        rows = conn.execute(query).all()
        if rows:
            groups.append(_group(spec, rows))
            room -= len(rows)
        if room > 0:  # fewer rows than asked for: this table is done
            index, after = index + 1, None
        else:
            last = rows[-1]._mapping
            after = [encode(last[k]) for k in spec.key]
    if index >= len(TABLES):
        return {"rows": groups, "removed": [], "next": token["hwm"], "more": True, "snapshot": None}
    token = {"hwm": token["hwm"], "table": index, "after": after}
    return {"rows": groups, "removed": [], "next": 0, "more": True, "snapshot": json.dumps(token)}


# --- conflicts ---------------------------------------------------------------------------------

def open_conflicts(conn: Connection, actor: Actor, case_id: uuid.UUID | None = None) -> list[dict]:
    spec = BY_NAME["sync_conflicts"]
    t = spec.table
    query = select(t).where(t.c.resolved_at.is_(None), visible(spec, actor)).order_by(t.c.created_at)
    if case_id is not None:
        query = query.where(t.c.case_id == case_id)
    return [encode_row(r) for r in conn.execute(query)]


# --- the routes (mounted by models.server.app) ----------------------------------------------------

def device_of(request: Any) -> Device:
    """The enrolled, unrevoked device behind the request (models.server.app.device_of: 401 otherwise)."""
    from models.server.app import device_of as authenticated

    device = authenticated(request)
    return Device(device.id, device.name, device.actor)


def after_bulk_load(connection: Connection) -> None:
    """Called by `qamqor server demo` after its bulk copy. Nothing to number: a first pull is a snapshot
    of the tables themselves, and a later move stamps a case's rows from the tables, not from the log.
    The planner's statistics are gathered now, not when autovacuum comes round: the first pulls after a
    bulk load were planned on empty-table estimates (a caseworker's first sync took 17 s instead of 6 s)."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("ANALYZE"))


# Pulls served at once. Twenty laptops pulling their first snapshots at once on a two-core office all
# got slower together until their clients timed out; served a few at a time, each page is quick and the
# others are told to come back ("busy", with Retry-After), which the client honours (models.sync.client).
PULL_SLOTS = max(2, os.cpu_count() or 2)
PULL_WAIT = 5.0  # seconds a pull waits for a slot before it is answered "busy"
RETRY_AFTER = 2  # seconds the busy answer asks for
_pull_slots = threading.BoundedSemaphore(PULL_SLOTS)


def _busy() -> Any:
    from models.server.app import JSON

    return JSON({"code": "busy", "message": "The office is busy serving other laptops; try again shortly.",
                 "retry_after": RETRY_AFTER}, status_code=503, headers={"Retry-After": str(RETRY_AFTER)})


def _pull_route(request: Any) -> Any:
    from models.server.app import ApiError, office_of

    device = device_of(request)
    try:
        since = int(request.query_params.get("since", "0"))
        limit = min(max(int(request.query_params.get("limit", str(2000))), 1), 20_000)
    except ValueError:
        raise ApiError(400, "bad_request", "since and limit are numbers.") from None
    if not _pull_slots.acquire(timeout=PULL_WAIT):
        return _busy()
    snapshot = request.query_params.get("snapshot")
    try:
        if snapshot and snapshot != "holdings":  # every page of a snapshot from one transaction (issue 25, 13)
            from models.server.snapshots import snapshots_of

            return snapshots_of(office_of(request)).serve(
                device.id, snapshot, lambda conn: pull(conn, device.actor, since, limit, snapshot))
        with office_of(request).reading() as session:
            return pull(session.connection(), device.actor, since, limit, snapshot)
    finally:
        _pull_slots.release()


def _conflicts_route(request: Any) -> dict[str, Any]:
    from models.server.app import office_of

    device = device_of(request)
    case_id = request.query_params.get("case_id")
    with office_of(request).reading() as session:
        found = open_conflicts(session.connection(), device.actor, uuid.UUID(case_id) if case_id else None)
    return {"conflicts": found}


def routes() -> list:
    from models.server.app import route

    return [route("/pull", _pull_route, ["GET"]), route("/conflicts", _conflicts_route, ["GET"])]
