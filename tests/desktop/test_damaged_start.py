"""Issue 26 item 6: the application started on a damaged database says so in words, with the backup to
restore, instead of a traceback or a passphrase dialog."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop import app, errors
from models import db as database


def refusal_of(qtbot, path) -> tuple[str, str]:
    shown: list[tuple[str, str]] = []
    tries = iter(range(200))

    def close_it() -> None:
        box = next((w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.objectName() == "refusedBox" and w.isVisible()), None)
        if box is None:
            if next(tries, None) is None:  # 10 s: something else was shown (a passphrase dialog): closed
                for dialog in QApplication.topLevelWidgets():
                    if isinstance(dialog, QDialog) and dialog.isVisible():
                        dialog.reject()
                return
            QTimer.singleShot(50, close_it)
            return
        shown.append((box.text(), box.informativeText()))
        box.done(0)

    QTimer.singleShot(0, close_it)
    assert app.run_application(path) == 1
    assert shown, "no refusal was shown"
    return shown[0]


@pytest.fixture(autouse=True)
def quiet(monkeypatch):
    monkeypatch.setattr(database, "private_files", lambda: None)  # the test process keeps its umask
    monkeypatch.setattr(errors, "setup_logging", lambda: None)  # and writes no log into the user's folder


@pytest.mark.parametrize("damage", ["zeroed", "cut"])
def test_a_damaged_database_at_the_start_is_said_to_be_damaged_with_the_backup_to_restore(qtbot, db_path, tmp_path,
                                                                                         damage) -> None:
    backup = database.backup(db_path, tmp_path / "qamqor.before-0012.20261201-090000.db")
    if damage == "zeroed":
        with db_path.open("r+b") as file:
            file.write(bytes(100))
    else:
        with db_path.open("r+b") as file:
            file.truncate(db_path.stat().st_size // 2 + 10)
    what, next_step = refusal_of(qtbot, db_path)
    assert what.startswith("The database file qamqor.db is damaged (")
    assert "encrypted" not in what and "passphrase" not in next_step
    assert next_step.startswith(f"Close Qamqor and restore the newest backup, {backup.name}")
    assert f'qamqor --db "{db_path}" restore "{backup}"' in next_step
