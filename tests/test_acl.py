"""The data folder is made private to the user when a database is opened in it (models.acl: the ACL on
Windows, which the file modes stand for on Linux)."""
from __future__ import annotations

from pathlib import Path

from models import acl, db


def test_opening_a_database_in_a_new_folder_makes_the_folder_private(tmp_path, monkeypatch):
    made_private: list[Path] = []
    monkeypatch.setattr(acl, "make_private", lambda folder: made_private.append(folder) or True)

    db.open_database(tmp_path / "new folder" / "qamqor.db").close()
    db.open_database(tmp_path / "qamqor.db").close()  # a folder the user chose, and had made: left as it is

    assert made_private == [tmp_path / "new folder"]


def test_the_data_folder_is_made_private_every_time(tmp_path, monkeypatch):
    made_private: list[Path] = []
    monkeypatch.setattr(acl, "make_private", lambda folder: made_private.append(folder) or True)
    monkeypatch.setattr(db, "data_folder", lambda: tmp_path)

    db.open_database(tmp_path / "qamqor.db").close()

    assert made_private == [tmp_path]


def test_elsewhere_than_windows_the_modes_do_it(tmp_path):
    assert acl.make_private(tmp_path) is True
    assert acl.describe(tmp_path) == "no ACL (POSIX modes)"
