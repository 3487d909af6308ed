"""Issue 12 item 3: truncating or forging the audit trail is detected (keyed chain, anchor kept outside)."""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid

import pytest

from models import audit_chain, migrate
from models.audit_chain import GENESIS, Anchor
from models.db import Database, open_database
from models.services import audit, persons
from tests.hardening.helpers import one_line, qamqor


def add_documents(db, actor, person, n: int) -> None:
    for i in range(n):
        persons.add_document(db, actor, {"person_id": person.id, "kind": "passport", "number": f"AB{i:07d}",
                                         "issuing_country": "UZB"})


def verify(db_path, *extra: str):
    return qamqor("--db", str(db_path), "audit", "verify", *extra)


def printed_anchor(done) -> str:
    return next(line.removeprefix("Anchor: ") for line in done.stdout.splitlines() if line.startswith("Anchor: "))


def test_verify_prints_the_anchor_and_accepts_its_own(db, db_path, actor, person) -> None:
    add_documents(db, actor, person, 3)
    done = verify(db_path)
    assert done.returncode == 0, done.stderr
    anchor = Anchor.parse(printed_anchor(done))
    with db.reading() as session:
        assert anchor == audit.anchor(session) and anchor.count == audit.verify(session).checked
    assert verify(db_path, "--anchor", str(anchor)).returncode == 0
    add_documents(db, actor, person, 1)  # later entries are fine: the anchored ones are still there
    assert verify(db_path, "--anchor", str(anchor)).returncode == 0


def test_deleting_the_newest_entries_is_found_by_the_anchor(db, db_path, actor, person) -> None:
    add_documents(db, actor, person, 4)
    anchor = printed_anchor(verify(db_path))
    with sqlite3.connect(db_path) as conn:  # someone removes what they did, from the end
        conn.execute("DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 2 FROM audit_log)")
    assert verify(db_path).returncode == 0  # the chain alone cannot tell
    done = verify(db_path, "--anchor", anchor)
    assert done.returncode == 1
    assert "fewer than" in done.stdout and "entries were removed" in done.stdout


def test_rewriting_entries_and_recomputing_a_plain_sha256_chain_is_found(db, db_path, actor, person) -> None:
    add_documents(db, actor, person, 3)
    with sqlite3.connect(db_path) as conn:  # the forger knows the old scheme, not the office's key
        rows = conn.execute("SELECT seq, at, user_id, action, entity, record_id, details FROM audit_log "
                            "ORDER BY seq").fetchall()
        prev = GENESIS
        for seq, at, user_id, action, entity, record_id, details in rows:
            details = json.loads(details)
            if seq == 2:
                details = {"values": {"number": "forged"}}
            new = audit_chain.entry_hash(None, prev, seq, dt.datetime.fromisoformat(at),
                                         user_id and uuid.UUID(user_id), action, entity,
                                         record_id and uuid.UUID(record_id), details)
            conn.execute("UPDATE audit_log SET details = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                         (json.dumps(details), prev, new, seq))
            prev = new
    done = verify(db_path)
    assert done.returncode == 1
    assert done.stdout.startswith("The audit trail is broken at entry 1:")


def test_a_changed_row_with_its_hash_recomputed_under_another_key_is_found(db, db_path, actor, person) -> None:
    add_documents(db, actor, person, 2)
    with db.reading() as session:
        rechained = audit.verify(session).checked
    with sqlite3.connect(db_path) as conn:
        audit_chain.rechain(conn, db.audit_key, b"a key the forger made up")
    assert rechained > 0
    assert verify(db_path).returncode == 1


def test_a_bad_anchor_is_one_line_exit_2(db_path) -> None:
    done = verify(db_path, "--anchor", "twelve")
    assert done.returncode == 2
    assert one_line(done).startswith("qamqor: --anchor: 'twelve' is not an anchor")


def test_every_backup_has_its_anchor_beside_it(db, db_path, actor, person, tmp_path) -> None:
    add_documents(db, actor, person, 2)
    copy = tmp_path / "copy.db"
    done = qamqor("--db", str(db_path), "backup", str(copy))
    assert done.returncode == 0, done.stderr
    sidecar = tmp_path / "copy.db.anchor"
    assert sidecar.read_text().strip() == printed_anchor(verify(db_path))
    add_documents(db, actor, person, 1)
    assert verify(db_path, "--anchor", sidecar.read_text().strip()).returncode == 0


def test_an_old_sha256_chain_is_keyed_on_upgrade_and_a_break_in_it_stays(tmp_path) -> None:
    def old_database(name: str, break_at: int | None) -> object:
        path = tmp_path / name
        migrate.upgrade(path, "0007")
        prev = GENESIS
        with sqlite3.connect(path) as conn:
            for seq in range(1, 6):
                at = dt.datetime(2026, 1, 1, 9, seq)
                details = {"n": seq}
                digest = audit_chain.entry_hash(None, prev, seq, at, None, "login", None, None, details)
                stored = {"n": 99} if seq == break_at else details  # changed after it was written
                conn.execute("INSERT INTO audit_log (seq, at, user_id, action, entity, record_id, details, "
                             "prev_hash, hash) VALUES (?, ?, NULL, 'login', NULL, NULL, ?, ?, ?)",
                             (seq, at.isoformat(" "), json.dumps(stored), prev, digest))
                prev = digest
        return path

    intact = open_database(old_database("intact.db", None))
    broken = open_database(old_database("broken.db", 3))
    try:
        with intact.reading() as session:
            assert audit.verify(session).ok and audit.verify(session).checked == 5
        with broken.reading() as session:
            assert audit.verify(session).first_broken == 3
    finally:
        intact.close()
        broken.close()


def test_encrypting_rekeys_the_chain(db, db_path, actor, person) -> None:
    pytest.importorskip("sqlcipher3")
    from models.encryption import encrypt

    add_documents(db, actor, person, 2)
    db.close()
    encrypt(db_path, "a long enough passphrase")
    encrypted = Database(db_path, "a long enough passphrase")
    try:
        assert encrypted.audit_key != audit_chain.office_key()
        with encrypted.reading() as session:
            assert audit.verify(session).ok
    finally:
        encrypted.close()
