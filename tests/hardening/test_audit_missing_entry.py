"""Issue 26 item 1: `qamqor audit verify` notices an entry missing from the audit table, and a table whose
index no longer matches its rows (what the lost locks left: "wrong # of entries in index ix_audit_log_…")."""
from __future__ import annotations

import contextlib
import sqlite3

from models.services import persons
from tests.hardening.helpers import qamqor


def add_documents(db, actor, person, n: int) -> None:
    for i in range(n):
        persons.add_document(db, actor, {"person_id": person.id, "kind": "passport", "number": f"AB{i:07d}",
                                         "issuing_country": "UZB"})


def test_an_entry_deleted_from_the_middle_is_named(db, db_path, actor, person) -> None:
    add_documents(db, actor, person, 6)
    db.close()
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        total = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        middle = total // 2
        conn.execute("DELETE FROM audit_log WHERE seq = ?", (middle,))
        conn.commit()
    done = qamqor("--db", str(db_path), "audit", "verify")
    assert done.returncode == 1, done.stdout + done.stderr
    assert done.stdout.strip() == (f"The audit trail is broken at entry {middle}: entry {middle} is missing. "
                                   f"The {middle - 1} entries before it are intact.")


def test_an_index_that_does_not_match_the_table_is_not_called_intact(db, db_path, actor, person) -> None:
    add_documents(db, actor, person, 6)
    db.close()
    with contextlib.closing(sqlite3.connect(db_path)) as conn:  # the index's entries now disagree with its rows
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX ix_audit_log_record_id ON audit_log (action)' "
                     "WHERE name = 'ix_audit_log_record_id'")
        conn.commit()
    done = qamqor("--db", str(db_path), "audit", "verify")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "intact" not in done.stdout.splitlines()[0]
    assert done.stdout.startswith("The audit trail's table is damaged (") and "ix_audit_log_record_id" in done.stdout
