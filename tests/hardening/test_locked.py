"""Issue 12 item 11: another writer holding the database's lock past the busy timeout is said in words:
`qamqor alerts --recompute` exits 2 with a message, and the desktop explains it (and a full disk, item 8)."""
from __future__ import annotations

import contextlib
import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

from models import connection
from models import db as database
from models.cli import main
from models.services import deadlines, persons
from tests.hardening.conftest import fill


@pytest.fixture
def short_timeout(monkeypatch):
    # Instead of 10 s: the same path, sooner. Patched where connections read it (models.connection).
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 300)


@pytest.fixture
def locked(db_path, person):
    """Another program holding the write lock (BEGIN IMMEDIATE) for the whole test."""
    with contextlib.closing(sqlite3.connect(db_path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        yield other
        other.execute("ROLLBACK")


def test_alerts_recompute_on_a_locked_database_is_a_message_exit_2(short_timeout, db_path, locked, capsys) -> None:
    assert main(["--db", str(db_path), "alerts", "--recompute"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.strip().splitlines()[-1].startswith("qamqor: the database is in use by another program, which has "
                                                   "held it for more than")
    assert err.strip().endswith("try again when it has finished")


def test_the_desktop_says_locked_and_disk_full_in_words(short_timeout, qtbot, db, db_path, locked, actor, small_disk):
    from desktop import i18n
    from desktop.errors import explain

    with pytest.raises(OperationalError) as raised:  # a service that writes outside writing(): the raw error
        deadlines.recompute_all(database.Database(db_path))
    i18n.install("ru")
    try:
        what, next_step = explain(raised.value)
        assert what.startswith("База данных занята другой программой") and "Попробуйте снова" in next_step
        locked.execute("ROLLBACK")
        locked.execute("BEGIN")
        on_small = small_disk / "qamqor.db"
        database.backup(db_path, on_small)
        full = database.Database(on_small)
        fill(small_disk)
        with pytest.raises(database.DiskFull) as disk_full:
            for i in range(200):
                persons.create_person(full, actor, {"family_name": "Юсупов", "given_name": f"Алишер{i}",
                                                    "citizenship": "UZB", "address": "x" * 300})
        full.close()
        what, next_step = explain(disk_full.value)
        assert (what, next_step) == ("Диск заполнен: ничего не сохранено.", "Освободите место на диске и попробуйте "
                                                                            "снова.")
    finally:
        i18n.install("en")
