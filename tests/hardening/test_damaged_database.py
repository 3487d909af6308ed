"""Issue 26 item 6: a damaged laptop file (damaged in its middle, cut short, its header zeroed, not a database
at all) is said to be damaged, in words, with the backup to restore; `qamqor restore` then brings it back."""
from __future__ import annotations

import contextlib
import os
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from models import db as database
from models.services import persons
from tests.hardening.helpers import one_line, qamqor

PAGE = 4096


def damage_middle(path: Path) -> None:
    """Every other page from the fourth on overwritten, as a failing disk does."""
    size = path.stat().st_size
    noise = random.Random(26)
    with path.open("r+b") as file:
        for start in range(3 * PAGE, size - PAGE, 2 * PAGE):
            file.seek(start)
            file.write(noise.randbytes(PAGE))


def cut_at_a_page(path: Path) -> None:
    os.truncate(path, path.stat().st_size // 2 // PAGE * PAGE)


def cut_within_a_page(path: Path) -> None:
    os.truncate(path, path.stat().st_size // 2 + 100)


def zero_header(path: Path) -> None:
    with path.open("r+b") as file:
        file.write(bytes(100))


def random_file(path: Path) -> None:
    path.write_bytes(random.Random(7).randbytes(path.stat().st_size + 1234))


DAMAGE = {"in its middle": damage_middle, "cut short at a page": cut_at_a_page,
          "cut short within a page": cut_within_a_page, "header zeroed": zero_header,
          "not a database": random_file}


@pytest.fixture
def laptop(db, actor, tmp_path) -> tuple[Path, Path]:
    """A laptop file with 60 persons, and a backup of it made with `qamqor backup` beside it."""
    for i in range(60):
        persons.create_person(db, actor, {"family_name": f"Юсупов{i}", "given_name": "Алишер",
                                          "birth_date": "1990-04-12", "sex": "male", "citizenship": "UZB",
                                          "address": "x" * 300})
    db.close()  # its -wal written into the file: the file alone is the database
    path = tmp_path / "laptop.db"
    shutil.copyfile(db.path, path)
    backup = tmp_path / "laptop-2026-12-01.db"
    done = qamqor("--db", str(path), "backup", str(backup))
    assert done.returncode == 0, done.stderr
    return path, backup


@pytest.mark.parametrize("kind", DAMAGE)
def test_a_damaged_file_is_said_to_be_damaged_with_the_backup_to_restore(laptop, kind) -> None:
    path, backup = laptop
    DAMAGE[kind](path)
    for command in (["alerts", "--json"], ["audit", "verify"]):
        done = qamqor("--db", str(path), *command)
        assert done.returncode == 2, (command, done.stdout, done.stderr)
        line = one_line(done)
        assert line.startswith("qamqor: laptop.db is damaged (") and "encrypted" not in line.split(")")[0], line
        assert line.endswith(f"restore the newest backup: qamqor --db {path} restore {backup}"), line
    restored = qamqor("--db", str(path), "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert "laptop.damaged." in restored.stdout  # what was there is kept, not overwritten
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM persons").fetchone() == (60,)


def test_without_a_backup_beside_it_the_command_to_restore_one_is_said(laptop) -> None:
    path, backup = laptop
    backup.unlink()
    backup.with_name(backup.name + ".anchor").unlink()
    zero_header(path)
    line = one_line(qamqor("--db", str(path), "alerts"))
    assert line == (f"qamqor: laptop.db is damaged (its first bytes are zeros); nothing was written to it. To go "
                    f"on, restore a backup: qamqor --db {path} restore BACKUP-FILE (none was found beside it in "
                    f"{path.parent})")


def test_the_newest_of_the_backups_beside_it_is_named(laptop, tmp_path) -> None:
    path, backup = laptop
    older = tmp_path / "laptop.before-0012.20261101-090000.db"
    shutil.copyfile(backup, older)
    os.utime(older, (backup.stat().st_mtime - 3600,) * 2)
    assert database.newest_backup(path) == backup
    os.utime(older, (backup.stat().st_mtime + 3600,) * 2)
    assert database.newest_backup(path) == older


def test_a_whole_encrypted_looking_file_is_not_called_damaged(tmp_path) -> None:
    """What cannot be told apart from an SQLCipher file without its passphrase (random bytes, whole pages)
    is still asked its passphrase; a zeroed or plain-but-overwritten header is not."""
    path = tmp_path / "x.db"
    path.write_bytes(random.Random(1).randbytes(16 * PAGE))
    assert database.is_encrypted(path) and database.header_damage(path) is None
    path.write_bytes(bytes(16) + random.Random(1).randbytes(16 * PAGE - 16))
    assert not database.is_encrypted(path) and database.header_damage(path) == "its first bytes are zeros"
