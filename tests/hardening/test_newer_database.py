"""Issue 12 item 9: a database upgraded by a newer Qamqor is refused in words, and nothing is written."""
from __future__ import annotations

import hashlib
import sqlite3

import pytest

from models import db as database
from tests.hardening.helpers import one_line, qamqor


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def newer_db(db_path):
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
    sqlite3.connect(db_path).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    return db_path


@pytest.mark.parametrize("command", [["alerts"], ["audit", "verify"], ["demo", "--persons", "1"]])
def test_every_command_says_install_the_newer_version_and_writes_nothing(newer_db, command) -> None:
    before = digest(newer_db)
    done = qamqor("--db", str(newer_db), *command)
    assert done.returncode == 2
    assert one_line(done) == ("qamqor: this database was made by a newer version of Qamqor (revision 0099); "
                              "install that version")
    assert digest(newer_db) == before
    assert sorted(p.name for p in newer_db.parent.iterdir() if "before" in p.name) == []


def test_open_database_refuses_before_any_copy(newer_db) -> None:
    for _ in range(2):
        with pytest.raises(database.NewerDatabase, match="revision 0099"):
            database.open_database(newer_db)
    assert not [p for p in newer_db.parent.iterdir() if "before" in p.name]
