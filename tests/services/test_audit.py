"""The audit trail: every write leaves an entry, and tampering with the past is detected."""
from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest
from sqlalchemy import select

from models.entities import AuditEntry
from models.services import audit, persons, records


def entries(db) -> list[AuditEntry]:
    with db.reading() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.seq)))


def test_changes_record_field_old_and_new_value(db, actor, person) -> None:
    data = persons.get_person(db, actor, person.id).model_dump(
        exclude={"id", "version", "created_at", "updated_at", "archived_at"})
    persons.update_person(db, actor, person.id, person.version, data | {"phone": "+7 701 555 0101"})
    change = entries(db)[-1]
    assert (change.action, change.entity, change.record_id, change.user_id) == (
        "change", "persons", person.id, actor.user_id)
    assert change.details == {"changes": {"phone": [None, "+7 701 555 0101"]}}


def test_every_write_is_chained(db, actor, person) -> None:
    stay = records.add(db, actor, "stay", {"person_id": person.id, "entry_date": "2024-05-10", "basis": "visa"}).value
    records.archive(db, actor, "stay", stay.id, stay.version)
    trail = entries(db)
    assert [e.action for e in trail[-2:]] == ["create", "archive"]
    assert all(later.prev_hash == earlier.hash for earlier, later in zip(trail, trail[1:]))
    with db.reading() as session:
        assert audit.verify(session).ok


def test_a_rolled_back_write_leaves_no_entry(db, actor, person) -> None:
    before = len(entries(db))
    try:
        records.add(db, actor, "stay", {"person_id": person.id, "entry_date": "2024-05-10", "exit_date": "2024-05-01",
                                        "basis": "visa"})
    except Exception:
        pass
    assert len(entries(db)) == before


def test_tampering_with_one_row_is_found_at_that_row(db, db_path, actor, person) -> None:
    persons.add_document(db, actor, {"person_id": person.id, "kind": "passport", "number": "AB1234567",
                                     "issuing_country": "UZB"})
    trail = entries(db)
    target = trail[1]
    with sqlite3.connect(db_path) as conn:  # someone edits the file behind Qamqor's back
        conn.execute("UPDATE audit_log SET details = ? WHERE seq = ?",
                     ('{"values": {"family_name": "Someone else"}}', target.seq))
    with db.reading() as session:
        result = audit.verify(session)
    assert (result.ok, result.first_broken, result.checked) == (False, target.seq, target.seq - 1)

    done = subprocess.run([sys.executable, "-m", "models.cli", "--db", str(db_path), "audit", "verify"],
                          capture_output=True, text=True)
    assert done.returncode == 1
    assert f"entry {target.seq}" in done.stdout and "changed" in done.stdout


def test_removing_a_row_is_found(db, db_path, actor, person) -> None:
    persons.add_document(db, actor, {"person_id": person.id, "kind": "passport", "number": "AB1234567",
                                     "issuing_country": "UZB"})
    with sqlite3.connect(db_path) as conn:
        conn.execute("DELETE FROM audit_log WHERE seq = 2")
    with db.reading() as session:
        assert audit.verify(session).first_broken == 2


def test_verify_command_on_an_intact_trail(db_path, person) -> None:
    done = subprocess.run([sys.executable, "-m", "models.cli", "--db", str(db_path), "audit", "verify"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "intact" in done.stdout


def test_a_supervisor_reads_the_history_of_a_case(db, actor, person, case) -> None:
    from models.services import accounts, cases
    from models.services.base import Actor
    from models.services.errors import PermissionDenied

    records.add(db, actor, "stay", {"person_id": person.id, "entry_date": "2024-05-10", "basis": "visa_free"})
    cases.add_note(db, actor, {"case_id": case.id, "text": "Called the employer."})
    supervisor = Actor.of(accounts.create_account(db, Actor.system(), {
        "username": "dana", "full_name": "Dana Serikova", "role": "supervisor", "password": "correct horse battery"}).value)
    found = audit.case_history(db, supervisor, case.id)
    assert [(e.action, e.entity) for e in found] == [
        ("create", "notes"), ("create", "stays"), ("create", "cases"), ("create", "persons")]
    assert {e.user for e in found} == {"Aigerim Nurlanovna"}
    with pytest.raises(PermissionDenied, match="Only a supervisor"):
        audit.case_history(db, actor, case.id)


def test_a_second_writer_waits_for_the_first_and_the_chain_stays_whole(db) -> None:
    # Two windows on one file: the second's audit entry must follow the first's, not collide with it.
    import threading
    import time

    from models.db import Database

    other, failures = Database(db.path), []

    def second_window() -> None:
        try:
            with other.transaction() as session:
                audit.record(session, None, "export", "test", None, window=2)
        except Exception as error:  # reported below: a thread's exception would pass unseen
            failures.append(error)

    try:
        with db.transaction() as session:
            audit.record(session, None, "export", "test", None, window=1)
            waiting = threading.Thread(target=second_window)
            waiting.start()
            time.sleep(0.3)  # the second window is now waiting for the write lock
        waiting.join(timeout=15)
    finally:
        other.close()
    assert failures == []
    assert [e.details["window"] for e in entries(db) if e.entity == "test"] == [1, 2]
    with db.reading() as session:
        assert audit.verify(session).ok
