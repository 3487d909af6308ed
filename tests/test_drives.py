"""A database on a network share is refused on Windows: SQLite's locks do not hold there (models.drives)."""
from __future__ import annotations

from pathlib import PureWindowsPath

import pytest

from models import db, drives


@pytest.mark.parametrize("path", [r"\\office-nas\cases\qamqor.db", r"\\?\UNC\office-nas\cases\qamqor.db"])
def test_a_share_is_a_network_drive(path):
    assert drives.on_network_drive(PureWindowsPath(path))


@pytest.mark.parametrize("path", [r"C:\Users\Айгерим\AppData\Local\Qamqor\qamqor.db", r"\\?\C:\q.db", "q.db"])
def test_a_local_disk_is_not(path):
    assert not drives.on_network_drive(PureWindowsPath(path))


def test_opening_a_database_on_a_network_drive_is_refused_in_words(tmp_path, monkeypatch):
    monkeypatch.setattr(drives, "on_network_drive", lambda path: True)

    with pytest.raises(db.DatabaseError, match="network"):
        db.open_database(tmp_path / "qamqor.db")
    assert not (tmp_path / "qamqor.db").exists()
