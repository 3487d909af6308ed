"""Issue 13 item 4: reads take no write lock. Opening a case does not wait behind another program's save;
the view of a sensitive case is still written to the audit trail, in a short transaction of its own."""
from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from models.services import cases


@contextlib.contextmanager
def write_lock_held(db_path: Path, release_after: float | None = None) -> Iterator[None]:
    """Another connection holds the database's write lock (BEGIN IMMEDIATE), as a save in progress does;
    with `release_after`, it commits after that many seconds."""
    other = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    timer = threading.Timer(release_after, other.commit) if release_after is not None else None
    if timer:
        timer.start()
    try:
        yield
    finally:
        if timer:
            timer.join()
        if other.in_transaction:
            other.rollback()
        other.close()


def _case_id(db_path: Path, sensitive: bool) -> uuid.UUID:
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        row = conn.execute("SELECT id FROM cases WHERE sensitive = ?", (int(sensitive),)).fetchone()
    return uuid.UUID(hex=row[0])


def _views(db_path: Path, case_id: uuid.UUID) -> int:
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        return conn.execute("SELECT count(*) FROM audit_log WHERE action = 'view' AND record_id = ?",
                            (case_id.hex,)).fetchone()[0]


def test_a_case_opens_while_another_program_holds_the_write_lock(db, db_path, actor, case) -> None:
    case_id = _case_id(db_path, sensitive=False)
    with write_lock_held(db_path):
        started = time.perf_counter()
        opened = cases.get_case(db, actor, case_id)
        seconds = time.perf_counter() - started
    assert opened.id == case_id
    # The busy timeout is 10 s: a read that asked for the write lock would have waited that long, then failed.
    assert seconds < 2, f"opening the case took {seconds:.1f} s behind another program's write"
    assert _views(db_path, case_id) == 0  # not sensitive: nothing to record


def test_a_sensitive_case_is_handed_out_only_once_its_view_is_recorded(db, db_path, actor, person) -> None:
    cases.open_case(db, actor, {"person_id": person.id, "category": "trafficking_survivor", "sensitive": True,
                                "opened_on": dt.date(2024, 5, 12), "caseworker_id": actor.user_id})
    case_id = _case_id(db_path, sensitive=True)
    with write_lock_held(db_path, release_after=0.5):
        started = time.perf_counter()
        opened = cases.get_case(db, actor, case_id)
        seconds = time.perf_counter() - started
    assert opened.id == case_id and opened.sensitive
    assert _views(db_path, case_id) == 1
    assert seconds >= 0.4  # the view entry waited for the lock: it was written before the case came back


def test_opening_a_sensitive_case_twice_records_two_views(db, db_path, actor, person) -> None:
    cases.open_case(db, actor, {"person_id": person.id, "category": "trafficking_survivor", "sensitive": True,
                                "opened_on": dt.date(2024, 5, 12), "caseworker_id": actor.user_id})
    case_id = _case_id(db_path, sensitive=True)
    cases.get_case(db, actor, case_id)
    cases.get_case(db, actor, case_id)
    assert _views(db_path, case_id) == 2
