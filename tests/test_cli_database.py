"""`qamqor backup` and `qamqor restore` end to end, through the real command line."""
from __future__ import annotations

import sqlite3
import subprocess
import sys


def qamqor(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "models.cli", *args], capture_output=True, text=True)


def test_backup_then_restore(db_path, person, tmp_path) -> None:
    copy = tmp_path / "copy.db"
    done = qamqor("--db", str(db_path), "backup", str(copy))
    assert done.returncode == 0, done.stderr
    assert "Backed up" in done.stdout
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE persons SET family_name = 'changed'")
    done = qamqor("--db", str(db_path), "restore", str(copy))
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT family_name FROM persons").fetchone() == ("Юсупов",)


def test_restore_of_a_file_that_is_not_a_database_is_a_one_line_error(db_path, tmp_path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database" * 100)
    done = qamqor("--db", str(db_path), "restore", str(junk))
    assert done.returncode == 2
    assert done.stderr.startswith("qamqor: junk.db is not a readable database")
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_a_new_database_refuses_a_short_passphrase_from_the_environment(tmp_path) -> None:
    import os

    path = tmp_path / "new.db"
    done = subprocess.run([sys.executable, "-m", "models.cli", "--db", str(path), "demo", "--persons", "1"],
                          capture_output=True, text=True, env=os.environ | {"QAMQOR_PASSPHRASE": "x"})
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("qamqor: QAMQOR_PASSPHRASE cannot protect a new database. The passphrase is too short")
    assert not path.exists() or path.stat().st_size == 0
