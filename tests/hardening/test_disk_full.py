"""Issue 12 item 8: a full disk is said in words ("the disk is full: free space and try again"), exit 2,
and the database stays as it was: on a real small file system mounted for the test."""
from __future__ import annotations

import contextlib
import sqlite3

import pytest

from models import db as database
from models.services import persons
from tests.hardening.conftest import fill
from tests.hardening.helpers import one_line, qamqor

DISK_FULL = "qamqor: the disk is full: free space and try again"


def snapshot(path) -> list:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("persons", "obligations", "audit_log", "users")]


@pytest.fixture
def full_db(small_disk, db_path, person):
    """The test's database (one person) on the small disk, which is then filled up."""
    path = small_disk / "qamqor.db"
    database.backup(db_path, path)  # with what is still in the -wal file
    return path


def test_backup_to_a_full_disk(small_disk, db_path, person) -> None:
    fill(small_disk)
    done = qamqor("--db", str(db_path), "backup", str(small_disk / "copy.db"))
    assert done.returncode == 2
    assert one_line(done) == DISK_FULL
    assert not (small_disk / "copy.db").exists() and not (small_disk / "copy.db.anchor").exists()


@pytest.mark.parametrize("command", [["alerts", "--recompute"], ["demo", "--persons", "50"], ["alerts"]])
def test_commands_on_a_full_disk(full_db, command) -> None:
    before = snapshot(full_db)
    fill(full_db.parent)
    done = qamqor("--db", str(full_db), *command)
    if command == ["demo", "--persons", "50"]:  # refused before it writes: the database holds a person
        assert done.returncode == 2 and one_line(done) in (DISK_FULL, "qamqor: The database already holds 1 "
                                                                      "persons; demo data goes into an empty one.")
    else:
        assert done.returncode == 2, done.stderr
        assert "Traceback" not in done.stderr and done.stderr.strip().splitlines()[-1] == DISK_FULL
    (full_db.parent / "filler").unlink()
    assert snapshot(full_db) == before


def test_demo_into_a_new_database_on_a_full_disk(small_disk) -> None:
    fill(small_disk, leave=400_000)
    done = qamqor("--db", str(small_disk / "new.db"), "demo", "--persons", "3000")
    assert done.returncode == 2
    assert one_line(done) == DISK_FULL


def test_a_service_write_raises_disk_full_and_writes_nothing(full_db, actor) -> None:
    db = database.Database(full_db)
    try:
        before = snapshot(full_db)
        fill(full_db.parent)
        with pytest.raises(database.DiskFull, match="the disk is full: free space and try again"):
            for i in range(200):  # the WAL grows until the disk is full
                persons.create_person(db, actor, {"family_name": "Юсупов" * 10, "given_name": f"Алишер{i}",
                                                  "birth_date": "1990-04-12", "sex": "male",
                                                  "citizenship": "UZB", "address": "x" * 300})
        created = snapshot(full_db)[0] - before[0]
    finally:
        db.close()
    (full_db.parent / "filler").unlink()
    after = snapshot(full_db)
    assert after[0] == before[0] + created  # every person saved before the disk filled, none half-written
    assert sqlite3.connect(full_db).execute("PRAGMA integrity_check").fetchone() == ("ok",)
