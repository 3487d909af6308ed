"""The laptop's side of a sync: push the outbox in batches, then pull the office's rows.

Resumable after a kill at any point: an outbox entry is deleted only once the office has answered that
it applied it (a re-sent change is answered, not applied twice); each pulled page is applied in one
local transaction together with the cursor it leads to. Pulled rows are written with SQLAlchemy Core,
so the capture never sends them back. A page is applied only while nothing waits in the outbox (the
caseworker kept working during the sync): otherwise those edits are pushed first, so a pulled row never
overwrites an edit the office has not merged yet.

Every pull answer names the user's view (models.sync.office.view_of: her roles, in one word). When it
differs from the view the laptop's rows were pulled under (an administrator changed her roles), the
laptop removes every person and case the office no longer lists as hers, and takes a new snapshot when
she may now see more. Shares and reassignments need no such step: the office stamps the case's rows
again (models.sync.log.move_case), and a pull removes or brings them.

Derived data is recomputed here for the persons a pull touched (their deadlines, the search index);
it is never shipped.
"""
from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import Connection, delete, func, insert, select, text

from models import clock
from models.db import Database
from models.entities import AppliedChange, OutboxEntry, SyncState
from models.sync import SyncError
from models.sync.tables import BY_NAME, ORDER, PRIVATE_USER_COLUMNS, TABLES, decode, encode, sqlite_storer

PUSH_BATCH = 500
PUSH_BYTES = 32 * 1024 * 1024  # a batch's JSON at most (but one change always goes): the office takes 64 MiB
PULL_LIMIT = 2000
PULL_CACHE_KIB = 131_072
SNAPSHOT_LIMIT = 20_000  # a first pull's pages: fewer, bigger (each costs the office one visibility query)
Progress = Callable[[str, int, int], None]  # (stage "push"/"pull", done, total or 0 when unknown)


class Office(Protocol):
    """What a sync needs from the office (models.sync.client.OfficeClient over HTTPS, in practice)."""

    def push(self, changes: list[dict[str, Any]]) -> dict[str, Any]: ...

    def pull(self, since: int, limit: int, snapshot: str | None) -> dict[str, Any]: ...


@dataclass(frozen=True)
class SyncResult:
    pushed: int
    pulled: int
    conflicts: int
    removed: int
    finished_at: dt.datetime
    audit_ok: bool = True
    refused: int = 0  # changes the office refused (kept: `refused_changes`)


class _PushFirst(Exception):
    """Edits arrived in the outbox while a page was being fetched: push them, then fetch again."""


def waiting(database: Database) -> int:
    """How many changes wait to go to the office."""
    with database.reading() as session:
        return int(session.scalar(select(func.count()).select_from(OutboxEntry)) or 0)


def _state(conn: Connection, key: str) -> str | None:
    return conn.execute(select(SyncState.value).where(SyncState.key == key)).scalar()


def _set_state(conn: Connection, key: str, value: str | None) -> None:
    conn.execute(delete(SyncState).where(SyncState.key == key))
    if value is not None:
        conn.execute(insert(SyncState).values(key=key, value=value))


def last_synced(database: Database) -> dt.datetime | None:
    """When this laptop last finished a sync (aware, UTC), or None."""
    with database.reading() as session:
        value = _state(session.connection(), "last_synced")
    return dt.datetime.fromisoformat(value) if value else None


def sync(database: Database, *, progress: Progress | None = None, office: Office | None = None) -> SyncResult:
    """Push this laptop's changes, then pull the office's; see the module's docstring. Refused for good (the
    user deactivated at the office, or this laptop revoked), the laptop does what models.sync.refused says
    before the Revoked error goes on to the caller."""
    from models.sync import Revoked, refused
    from models.sync.enrolment import enrolment_of

    enrolment = enrolment_of(database) if office is None else None
    if enrolment is not None and not enrolment.token:  # revoked before: nothing left to ask the office
        raise Revoked("The office revoked this laptop's access.", "revoked")
    try:
        return _sync(database, progress=progress, office=office)
    except Revoked as error:
        if error.code == "revoked":
            refused.revoke(database)
        elif error.code == "account_closed":
            refused.close_account(database)
        raise


def _sync(database: Database, *, progress: Progress | None, office: Office | None) -> SyncResult:
    if office is None:
        office = _enrolled_office(database)
    conflicts = pushed = refused = 0
    pulled = removed = 0
    _before(database, office)
    for _attempt in range(5):
        n, c, r = push(database, office, progress=progress)
        pushed, conflicts, refused = pushed + n, conflicts + c, refused + r
        try:
            p, r = pull(database, office, progress=progress)
        except _PushFirst:
            continue
        pulled, removed = pulled + p, removed + r
        break
    finished = clock.now()
    audit_ok = _push_audit(database, office)
    with database.transaction() as session:
        _set_state(session.connection(), "last_synced", finished.isoformat())
    return SyncResult(pushed, pulled, conflicts, removed, finished, audit_ok, refused)


def _enrolled_office(database: Database) -> Office:
    from models.sync.enrolment import required_enrolment
    from models.sync.transport import HttpOffice

    enrolment = required_enrolment(database)
    return HttpOffice(enrolment.client(), str(enrolment.device_id))


def _before(database: Database, office: Office) -> None:
    """Accounts and rule versions from the office first (models.sync.accounts), over the same client."""
    client = getattr(office, "client", None)
    if client is None or not hasattr(client, "pinned_certificate"):
        return
    from models.sync.accounts import refresh_accounts, refresh_rules

    refresh_accounts(database, client)
    refresh_rules(database, client)


def _push_audit(database: Database, office: Office) -> bool:
    """The audit trail's new entries to the office (models.sync.trail); whether the office found it whole."""
    client = getattr(office, "client", None)
    if client is None or not hasattr(client, "pinned_certificate"):
        return True
    from models.sync.trail import push_audit

    return bool(push_audit(database, client).ok)


def _outbox_batch(database: Database, limit: int) -> list[dict[str, Any]]:
    with database.reading() as session:
        entries = session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq).limit(limit)).all()
    return [{"change_id": str(e.change_id), "table": e.table_name, "row_id": str(e.row_id),
             "operation": e.operation, "new": e.new, "old": e.old,
             "case_id": encode(e.case_id), "person_id": encode(e.person_id), "made_at": encode(e.made_at),
             "made_by": encode(e.made_by)} for e in entries]


def push(database: Database, office: Office, *, progress: Progress | None = None,
         batch: int = PUSH_BATCH) -> tuple[int, int, int]:
    """Send the outbox in batches; returns (changes the office dealt with, conflicts it found, changes it
    refused)."""
    total = waiting(database)
    done = conflicts = refused = 0
    while changes := _outbox_batch(database, batch):
        answer = office.push(_within(changes, PUSH_BYTES))
        applied = [uuid.UUID(i) for i in answer.get("applied", [])]
        conflicts += int(answer.get("conflicts", 0))
        refused += len(answer.get("refused") or [])
        if not applied:
            break
        with database.transaction() as session:
            _keep_refused(session.connection(), changes, answer.get("refused") or [])
            _undo_refused_inserts(session, changes, answer.get("refused") or [])
            session.execute(delete(OutboxEntry).where(OutboxEntry.change_id.in_(applied)))
        done += len(applied)
        if progress:
            progress("push", done, total)
    return done, conflicts, refused


def _keep_refused(conn: Connection, changes: list[dict[str, Any]], refused: list[dict[str, Any]]) -> None:
    """The changes the office refused (with its reason), kept on the laptop for the window to show: they
    leave the outbox with the others, and are never lost."""
    sent = {c["change_id"]: c for c in changes}
    rows = []
    for item in refused:
        change = sent.get(str(item.get("change_id")))
        if change is not None:
            rows.append({"change_id": uuid.UUID(change["change_id"]), "device_id": None, "applied_at": clock.utcnow(),
                         "conflicts": 0, "refused": str(item.get("reason") or "refused")[:2000], "change": change})
    if rows:
        conn.execute(delete(AppliedChange).where(AppliedChange.change_id.in_([r["change_id"] for r in rows])))
        conn.execute(insert(AppliedChange), rows)


def _undo_refused_inserts(session: Any, changes: list[dict[str, Any]], refused: list[dict[str, Any]]) -> None:
    """A record the office refused to add is taken off this laptop (without capturing it), as a refused edit
    is undone by the office's values coming back with the pull: the laptop never holds a record the office
    does not. Its values stay whole in the refused list. A person goes with the cases opened for them, a case
    with what it holds; a record something kept on this laptop still points to (an employer a contract names)
    stays, listed as refused."""
    refused_ids = {str(item.get("change_id")) for item in refused}
    undone = [c for c in changes if c["change_id"] in refused_ids and c["operation"] == "insert"]
    if not undone:
        return
    conn = session.connection()
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    touched: set[uuid.UUID] = set()
    for change in sorted(undone, key=lambda c: -ORDER.get(c["table"], 0)):  # children first
        spec = BY_NAME.get(change["table"])
        if spec is None:
            continue
        conn.exec_driver_sql("SAVEPOINT undo_refused")
        gone = {"table": spec.name, "id": change["row_id"], "key": change.get("new")}
        if spec.owner in ("itself_case", "itself_person") or spec.composite:
            _remove(conn, gone, touched)
        else:
            for child in TABLES:  # a screening's answers, a referral's events
                if child.owner == spec.name.removesuffix("s"):
                    conn.execute(delete(child.table).where(child.table.c[f"{child.owner}_id"] == uuid.UUID(gone["id"])))
            conn.execute(delete(spec.table).where(spec.table.c.id == uuid.UUID(gone["id"])))
            if spec.owner == "person" and change.get("person_id"):
                touched.add(uuid.UUID(change["person_id"]))
        if any(conn.exec_driver_sql(f"PRAGMA foreign_key_check({name})").first() is not None
               for name in _pointing_to(spec.name)):
            conn.exec_driver_sql("ROLLBACK TO undo_refused")
        conn.exec_driver_sql("RELEASE undo_refused")
    if touched:
        _derive(session, touched)


def _pointing_to(name: str) -> list[str]:
    """The tables whose foreign keys point to this one."""
    from models.entities import Base

    return [t.name for t in Base.metadata.sorted_tables
            if any(fk.column.table.name == name for fk in t.foreign_keys)]


def refused_changes(database: Database) -> list[AppliedChange]:
    """The changes the office refused, newest first: what the sync status shows."""
    with database.reading() as session:
        return list(session.scalars(select(AppliedChange).where(AppliedChange.refused.is_not(None))
                                    .order_by(AppliedChange.applied_at.desc())))


def _within(changes: list[dict[str, Any]], limit: int) -> list[dict[str, Any]]:
    """The first changes whose JSON together stays under `limit` bytes (at least one: a scan is at most 25 MB)."""
    size = 0
    for count, change in enumerate(changes):
        size += len(json.dumps(change, ensure_ascii=False).encode("utf-8"))
        if size > limit and count:
            return changes[:count]
    return changes


class _ViewChanged(Exception):
    """The office answers with another view than the laptop's (an administrator changed the user's roles)."""

    def __init__(self, old: str, new: str, pulled: int, removed: int) -> None:
        super().__init__(f"{old} -> {new}")
        self.old, self.new, self.pulled, self.removed = old, new, pulled, removed


_VIEW_RANK = {"none": 0, "caseworker": 1, "office": 2}  # what each view sees contains the lower ones'


def pull(database: Database, office: Office, *, progress: Progress | None = None,
         limit: int = PULL_LIMIT) -> tuple[int, int]:
    """Pull until the office has nothing more; returns (rows written, cases and persons removed).

    When the office names another view than the one the laptop's rows were pulled under (the user's
    roles changed), the laptop first removes every person and case not in the office's list of what she
    may see now (`holdings`), and takes a new snapshot if she may now see more."""
    pulled = removed = 0
    for _attempt in range(5):
        try:
            p, r = _pull(database, office, progress, limit)
        except _ViewChanged as changed:
            pulled, removed = pulled + changed.pulled, removed + changed.removed
            removed += _reconcile(database, office, changed.old, changed.new)
            continue
        return pulled + p, removed + r
    return pulled, removed


def _checked(page: dict[str, Any], view: str | None, pulled: int, removed: int) -> dict[str, Any]:
    shown = page.get("view")
    if view is not None and shown is not None and shown != view:
        raise _ViewChanged(view, str(shown), pulled, removed)
    return page


def _pull(database: Database, office: Office, progress: Progress | None, limit: int) -> tuple[int, int]:
    pulled = removed = 0
    with database.reading() as session:
        stored = _state(session.connection(), "cursor")
        snapshot = _state(session.connection(), "snapshot")
        view = _state(session.connection(), "view")
    # The first pull: a snapshot of everything visible, in pages in table order (parents first), each
    # applied together with the place it resumes from.
    # The next page is fetched while this one is written: the office's query and the laptop's inserts overlap.
    if stored is None:
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull") as fetcher:
            coming = fetcher.submit(office.pull, 0, max(limit, SNAPSHOT_LIMIT), snapshot or "start")
            while stored is None:
                try:
                    answer = coming.result()
                except SyncError as error:  # the office closed the snapshot (restarted, or it waited too long)
                    if error.code != "snapshot_expired":
                        raise
                    coming = fetcher.submit(office.pull, 0, max(limit, SNAPSHOT_LIMIT), "start")
                    continue
                page = _checked(answer, view, pulled, removed)
                snapshot = page.get("snapshot")
                stored = None if snapshot else str(int(page["next"]))
                if snapshot:
                    coming = fetcher.submit(office.pull, 0, max(limit, SNAPSHOT_LIMIT), snapshot)
                p, r = _apply(database, [page], cursor=stored, snapshot=snapshot,
                              derived="none" if snapshot else "all")
                view = page.get("view") or view
                pulled, removed = pulled + p, removed + r
                if progress:
                    progress("pull", pulled, 0)
    cursor = int(stored)
    # Then what changed since: fetched whole, applied in one transaction (a row may come before its parent).
    while True:
        pages, since = [], cursor
        while True:
            page = _checked(office.pull(since, limit, None), view, pulled, removed)
            pages.append(page)
            since = int(page["next"])
            if not page.get("more") or len(pages) >= 20:
                break
        p, r = _apply(database, pages, cursor=str(since), snapshot=None)
        view = pages[-1].get("view") or view
        pulled, removed = pulled + p, removed + r
        if progress:
            progress("pull", pulled, 0)
        if not pages[-1].get("more"):
            return pulled, removed
        cursor = since


def _reconcile(database: Database, office: Office, old: str, new: str) -> int:
    """Keep only the persons and cases the office lists as visible now (one transaction, with the new
    view, and the cursor dropped for a new snapshot when the new view sees more); returns how many went."""
    answer = office.pull(0, 1, "holdings")
    kept = answer.get("holdings") or {}
    with database.transaction() as session:
        conn = session.connection()
        if conn.execute(select(func.count()).select_from(OutboxEntry)).scalar():
            raise _PushFirst()
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        touched, removed = remove_all_but(conn, set(kept.get("persons", [])), set(kept.get("cases", [])))
        _set_state(conn, "view", new)
        if _VIEW_RANK.get(new, 0) > _VIEW_RANK.get(old, 0):
            _set_state(conn, "cursor", None)
            _set_state(conn, "snapshot", None)
        if touched:
            _derive(session, touched)
    return removed


def remove_all_but(conn: Connection, persons: set[str], cases: set[str]) -> tuple[set[uuid.UUID], int]:
    """Delete (without capturing) every case not in `cases` and every person not in `persons` (hex ids),
    with all they hold, set by set; returns (the persons touched, how many cases and persons went)."""
    for name, kept in (("kept_persons", persons), ("kept_cases", cases)):
        conn.exec_driver_sql(f"CREATE TEMP TABLE IF NOT EXISTS {name} (id TEXT PRIMARY KEY)")
        conn.exec_driver_sql(f"DELETE FROM {name}")
        conn.exec_driver_sql(f"INSERT INTO {name} SELECT value FROM json_each(?)", (json.dumps(sorted(kept)),))
    gone_persons = [p for (p,) in conn.exec_driver_sql(
        "SELECT id FROM persons WHERE id NOT IN (SELECT id FROM kept_persons)")]
    gone_cases = [(c, p) for c, p in conn.exec_driver_sql(
        "SELECT id, person_id FROM cases WHERE id NOT IN (SELECT id FROM kept_cases) "
        "OR person_id NOT IN (SELECT id FROM kept_persons)")]
    touched = {uuid.UUID(p) for p in gone_persons} | {uuid.UUID(p) for _, p in gone_cases if p}
    _delete(conn, "case_id", [c for c, _ in gone_cases])
    _delete(conn, "person_id", gone_persons)
    return touched, len(gone_cases) + len(gone_persons)


def _delete(conn: Connection, column: str, ids: list[str]) -> None:
    """Delete (without capturing) the cases (`column` "case_id") or the persons ("person_id") with these
    hex ids, and every row they hold; a person's cases must have gone first."""
    if not ids:
        return
    conn.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS gone (id TEXT PRIMARY KEY)")
    conn.exec_driver_sql("DELETE FROM gone")
    conn.exec_driver_sql("INSERT INTO gone SELECT value FROM json_each(?)", (json.dumps(ids),))
    owners = ("case", "conflict") if column == "case_id" else ("person", "conflict")
    for spec in reversed(TABLES):
        if spec.owner in owners:
            conn.exec_driver_sql(f"DELETE FROM {spec.name} WHERE {column} IN (SELECT id FROM gone)")
        elif column == "case_id" and spec.owner in ("screening", "referral"):
            parent, key = ("screenings", "screening_id") if spec.owner == "screening" else ("referrals", "referral_id")
            conn.exec_driver_sql(f"DELETE FROM {spec.name} WHERE {key} IN (SELECT id FROM {parent} "
                                 "WHERE case_id IN (SELECT id FROM gone))")
    if column == "case_id":
        conn.exec_driver_sql("DELETE FROM cases WHERE id IN (SELECT id FROM gone)")
    else:
        conn.exec_driver_sql("DELETE FROM obligations WHERE person_id IN (SELECT id FROM gone)")
        conn.exec_driver_sql("DELETE FROM persons WHERE id IN (SELECT id FROM gone)")


def _apply(database: Database, pages: list[dict[str, Any]], *, cursor: str | None, snapshot: str | None,
           derived: str = "touched") -> tuple[int, int]:
    """Write pulled pages and the cursor they lead to in one transaction. Derived data: for the persons the
    pages touched ("touched"), for every person held ("all": a snapshot's last page; its earlier pages,
    "none", leave it, since one person's rows come in many pages of a snapshot)."""
    pulled = removed = 0
    with database.transaction() as session:
        conn = session.connection()
        if conn.execute(select(func.count()).select_from(OutboxEntry)).scalar():
            raise _PushFirst()
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        # Pulled ids are random: a big page cache keeps more of each index in memory (as models.demo does).
        conn.exec_driver_sql(f"PRAGMA cache_size = {-PULL_CACHE_KIB}")
        touched: set[uuid.UUID] = set()
        groups = sorted((g for page in pages for g in page.get("rows", [])), key=lambda g: ORDER[g["table"]])
        for group in groups:
            pulled += _upsert(conn, group, touched)
        for page in pages:
            for gone in page.get("removed", []):
                removed += _remove(conn, gone, touched)
        _set_state(conn, "cursor", cursor)
        _set_state(conn, "snapshot", snapshot)
        if view := next((p["view"] for p in reversed(pages) if p.get("view")), None):
            _set_state(conn, "view", view)
        if derived == "all":
            _derive_all(session)
        elif derived == "touched" and touched:
            _derive(session, touched)
    return pulled, removed


DERIVE_BATCH = 5000  # persons per recompute (SQLite's limit on bound parameters, and bounded memory)


def _derive(session: Any, touched: set[uuid.UUID]) -> None:
    from models.services import deadlines, search

    conn = session.connection()
    present = _present(conn, touched)
    for start in range(0, len(present), DERIVE_BATCH):
        deadlines.refresh(session, present[start:start + DERIVE_BATCH])
    search._index(conn, touched)  # a removed person's entry goes, the others are rewritten


def _derive_all(session: Any) -> None:
    """Deadlines and the search index of every person held, rebuilt once (the end of a snapshot)."""
    from models.services import deadlines, search

    conn = session.connection()
    held = [uuid.UUID(h) for (h,) in conn.exec_driver_sql("SELECT id FROM persons")]
    for start in range(0, len(held), DERIVE_BATCH):
        deadlines.refresh(session, held[start:start + DERIVE_BATCH])
    search.rebuild(conn)


def _present(conn: Connection, person_ids: set[uuid.UUID]) -> list[uuid.UUID]:
    """Which of these persons the laptop holds (after a pull's removals)."""
    import json

    hexes = json.dumps([pid.hex for pid in person_ids])
    return [uuid.UUID(h) for (h,) in conn.exec_driver_sql(
        "SELECT id FROM persons WHERE id IN (SELECT value FROM json_each(?))", (hexes,))]


def _upsert(conn: Connection, group: dict[str, Any], touched: set[uuid.UUID]) -> int:
    """Write a page's rows of one table: INSERT ... ON CONFLICT DO UPDATE with values already in SQLite's
    storage form (no ORM, no per-value type processing: a supervisor's first pull is a whole office)."""
    spec = BY_NAME[group["table"]]
    t = spec.table
    wanted = [(i, c) for i, c in enumerate(group["columns"])
              if c in t.c and not (spec.name == "users" and c in PRIVATE_USER_COLUMNS)]
    if not group["values"] or not wanted:
        return 0
    columns = [c for _, c in wanted]
    storers = [(n, storer) for n, (_, c) in enumerate(wanted) if (storer := sqlite_storer(t.c[c])) is not None]
    positions = [i for i, _ in wanted]
    rows = []
    for values in group["values"]:
        row = [values[i] for i in positions]
        for n, storer in storers:
            row[n] = storer(row[n])
        rows.append(row)
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c not in spec.key)
    names = ", ".join(f'"{c}"' for c in columns)
    sql = (f'INSERT INTO {spec.name} ({names}) VALUES ({", ".join("?" * len(columns))}) '
           f'ON CONFLICT ({", ".join(spec.key)}) DO ' + (f"UPDATE SET {updates}" if updates else "NOTHING"))
    conn.exec_driver_sql(sql, [tuple(r) for r in rows])
    if spec.name == "persons":
        at = columns.index("id")
        touched.update(uuid.UUID(r[at]) for r in rows)
    elif "person_id" in columns:
        at = columns.index("person_id")
        touched.update(uuid.UUID(r[at]) for r in rows if r[at])
    return len(rows)


def _remove(conn: Connection, gone: dict[str, Any], touched: set[uuid.UUID]) -> int:
    """Delete what the user may no longer see (without capturing it): a case with everything in it, a
    person with their cases and records, or a row without an id of its own that the office deleted."""
    spec = BY_NAME.get(gone["table"])
    if spec is None:
        return 0
    if spec.composite:
        key = gone.get("key") or {}
        t = spec.table
        conn.execute(delete(t).where(*(t.c[k] == decode(t.c[k], key[k]) for k in spec.key if k in key)))
        return 0
    row_id = uuid.UUID(gone["id"])
    if spec.name == "cases":
        person = conn.execute(text("SELECT person_id FROM cases WHERE id = :id"), {"id": row_id.hex}).scalar()
        if person:
            touched.add(uuid.UUID(person))
        return remove_case(conn, row_id)
    if spec.name == "persons":
        touched.add(row_id)
        return remove_person(conn, row_id)
    return 0


def remove_case(conn: Connection, case_id: uuid.UUID) -> int:
    if not conn.execute(text("SELECT 1 FROM cases WHERE id = :id"), {"id": case_id.hex}).first():
        return 0
    _delete(conn, "case_id", [case_id.hex])
    return 1


def remove_person(conn: Connection, person_id: uuid.UUID) -> int:
    if not conn.execute(text("SELECT 1 FROM persons WHERE id = :id"), {"id": person_id.hex}).first():
        return 0
    cases = [c for (c,) in conn.execute(text("SELECT id FROM cases WHERE person_id = :id"), {"id": person_id.hex})]
    _delete(conn, "case_id", cases)
    _delete(conn, "person_id", [person_id.hex])
    return len(cases) + 1
