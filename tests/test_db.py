"""The database file: location, pragmas, automatic upgrade with backup, backup and restore."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from models import db as database
from models import migrate
from models.db import Database, DatabaseError, backup, open_database, restore
from models.services import persons


def test_qamqor_db_overrides_the_default_location(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("QAMQOR_DB", str(tmp_path / "office.db"))
    assert database.default_path() == tmp_path / "office.db"
    monkeypatch.delenv("QAMQOR_DB")
    assert database.default_path().name == "qamqor.db"


def test_connections_use_wal_foreign_keys_and_a_busy_timeout(db: Database) -> None:
    with db.reading() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA busy_timeout")).scalar() == database.BUSY_TIMEOUT_MS


def test_new_database_is_created_at_the_head_revision(tmp_path) -> None:
    open_database(tmp_path / "new.db").close()
    assert migrate.current_revision(tmp_path / "new.db") == migrate.head_revision()
    assert list(tmp_path.glob("new.before-*")) == []  # nothing to back up in a new file


def test_the_head_read_from_the_migration_files_is_alembics_head() -> None:
    assert migrate.head_revision() == migrate.alembic_head_revision()


def test_opening_an_up_to_date_database_does_not_import_alembic(tmp_path) -> None:
    # Alembic's import costs every command and every start 0.2-0.4 s; it is only needed for an upgrade.
    open_database(tmp_path / "office.db").close()
    code = ("import sys\nfrom models.db import open_database\n"
            f"open_database({str(tmp_path / 'office.db')!r}).close()\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_backup_is_a_consistent_copy_of_a_live_database(db, actor, person, tmp_path) -> None:
    copy = backup(db.path, tmp_path / "copy.db")
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT family_name FROM persons").fetchall() == [("Юсупов",)]
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    with pytest.raises(DatabaseError, match="already exists"):
        backup(db.path, copy)


def test_restore_refuses_a_damaged_file_and_replaces_nothing(db, actor, person, tmp_path) -> None:
    damaged = tmp_path / "damaged.db"
    good = backup(db.path, tmp_path / "good.db")
    data = bytearray(good.read_bytes())
    data[100:4000] = b"\xff" * 3900  # break the first page after the header
    damaged.write_bytes(bytes(data))
    with pytest.raises(DatabaseError):
        restore(damaged, db.path)
    plain = tmp_path / "plain.db"
    sqlite3.connect(plain).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(DatabaseError, match="not a Qamqor database"):
        restore(plain, db.path)
    assert persons.get_person(db, actor, person.id).family_name == "Юсупов"


def test_restore_brings_back_the_backup_and_keeps_what_it_replaced(db, actor, person, tmp_path) -> None:
    saved = backup(db.path, tmp_path / "saved.db")
    persons.archive_person(db, actor, person.id, person.version)
    kept = restore(saved, db.path)
    assert persons.get_person(db, actor, person.id).archived_at is None
    with sqlite3.connect(kept) as conn:
        assert conn.execute("SELECT archived_at IS NOT NULL FROM persons").fetchone() == (1,)


def test_opening_an_older_database_backs_it_up_then_upgrades(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    migrate.upgrade(path, "0001")
    open_database(path).close()
    assert migrate.current_revision(path) == migrate.head_revision()
    backups = list(tmp_path.glob("old.before-*.db"))
    assert len(backups) == 1 and migrate.current_revision(backups[0]) == "0001"
