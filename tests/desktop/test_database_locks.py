"""Issue 26 item 1: the window keeps SQLite's locks on its database while its file dialogs list the database's
folder and other `qamqor` processes use the same file; nothing written is lost, nothing is damaged.

POSIX advisory locks belong to the process: closing any other descriptor of the database file (a dialog
reading it to guess its type, Qamqor reading its header) drops every lock SQLite holds on it. Another
process then takes the database for its own alone, checkpoints and deletes the -wal and -shm files while
the window still writes into them, and the file is damaged ("How To Corrupt An SQLite Database File", 2.2).
"""
from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel, QMessageBox, QPushButton

from desktop.importer.wizard import ImportWizard
from desktop.main_window import MainWindow
from desktop.workspace import Workspace
from models.services import accounts
from models.services.base import Actor
from tests.desktop.conftest import idle

pytestmark = pytest.mark.skipif(not Path("/proc/locks").exists(), reason="POSIX locks are read from /proc/locks")

ADMIN_PASSWORD = "first admin pass"


def locks_held(pid: int, *files: Path) -> set[tuple[str, str, str, str]]:
    """The POSIX locks process `pid` holds on `files` (/proc/locks): (file, kind, first byte, last byte)."""
    names = {os.stat(f).st_ino: f.name for f in files if f.exists()}
    held = set()
    for line in Path("/proc/locks").read_text().splitlines():
        fields = line.split()
        if "->" in fields or len(fields) < 8 or fields[4] != str(pid):  # "->": a lock waited for, not held
            continue
        inode = int(fields[5].rsplit(":", 1)[1])
        if inode in names:
            held.add((names[inode], fields[3], fields[6], fields[7]))
    return held


def qamqor(db_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k not in ("QAMQOR_DB", "QAMQOR_PASSPHRASE")} | env
    return subprocess.run([sys.executable, "-m", "models.cli", "--db", str(db_path), *args], capture_output=True,
                          text=True, env=environment, timeout=120)


def notes_seen_by_another_process(db_path: Path) -> int:
    with contextlib.closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as conn:
        return conn.execute("SELECT count(*) FROM notes").fetchone()[0]


def through_file_dialog(qtbot, open_it: Callable[[], object], folder: Path, meanwhile: Callable[[], None]) -> None:
    """Call `open_it`, which opens a file dialog; show `folder` in it, let it list and draw the files there,
    run `meanwhile` with the dialog open, then cancel it."""
    shown: list[QFileDialog] = []
    failed: list[BaseException] = []
    closed: list[bool] = []

    def on_dialog() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()),
                      None)
        if dialog is None:
            QTimer.singleShot(50, on_dialog)
            return
        shown.append(dialog)
        try:
            dialog.setDirectory(str(folder))
            # Every file, as a person sees them after typing * as the name (or choosing "All files").
            dialog.setNameFilter("All files (*)")
            model = dialog.findChild(QFileSystemModel)
            qtbot.waitUntil(lambda: model.rowCount(model.index(str(folder))) >= 3, timeout=10_000)
            qtbot.wait(600)  # drawn: icons and types asked for
            meanwhile()
        except BaseException as error:  # raised below, once the dialog is closed
            failed.append(error)
        finally:
            dialog.reject()
            closed.append(True)

    QTimer.singleShot(0, on_dialog)
    open_it()
    qtbot.waitUntil(lambda: bool(closed), timeout=60_000)
    if failed:
        raise failed[0]


@pytest.fixture
def supervisor_window(qtbot, db, case, settings):
    supervisor = Actor.of(accounts.create_account(db, Actor.system(), {
        "username": "gulnara", "full_name": "Gulnara Serikovna", "role": "supervisor",
        "password": "correct horse battery"}).value)
    accounts.create_account(db, Actor.system(), {"username": "boss", "full_name": "Dana Boss", "role": "admin",
                                                 "password": ADMIN_PASSWORD})
    ws = Workspace(db, supervisor, "Gulnara Serikovna")
    main = MainWindow(ws, settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: ws.worker.idle() and main.case_list.model._generation > 0, timeout=10_000)
    yield main
    idle(qtbot, ws)
    ws.worker.shutdown()


def test_file_dialogs_and_other_processes_leave_the_windows_database_whole(qtbot, supervisor_window, db, case,
                                                                            db_path, tmp_path) -> None:
    started = time.perf_counter()
    window, ws = supervisor_window, supervisor_window.ws
    folder = db_path.parent
    files = (db_path, folder / f"{db_path.name}-shm")
    (folder / "office-list.csv").write_text("Фамилия;Имя\n", encoding="utf-8")  # something else to list there
    view = window.open_case(case.id)
    qtbot.waitUntil(lambda: view.file is not None, timeout=10_000)
    notes = view.notes
    written = 0

    def write_in_the_window(text: str) -> None:
        nonlocal written
        notes.new_note.setPlainText(text)
        notes.add_note()
        idle(qtbot, ws)
        written += 1

    write_in_the_window("before any dialog")
    held = locks_held(os.getpid(), *files)
    assert held, "the window holds no lock on its database: nothing to check"
    backups = iter(range(1, 10))

    def other_processes_at_work() -> None:
        assert locks_held(os.getpid(), *files) >= held, "a file dialog dropped the window's locks"
        done = qamqor(db_path, "alerts", "--json")
        assert done.returncode == 0, done.stderr
        done = qamqor(db_path, "settings", "set", "idle_lock_minutes", str(20 + written), "--as", "boss",
                      QAMQOR_ADMIN_PASSWORD=ADMIN_PASSWORD)
        assert done.returncode == 0, done.stderr
        done = qamqor(db_path, "backup", str(tmp_path / f"copy-{next(backups)}.db"))
        assert done.returncode == 0, done.stderr
        write_in_the_window(f"written with a dialog open ({written})")
        assert locks_held(os.getpid(), *files) >= held
        assert notes_seen_by_another_process(db_path) == written

    # File › Attach a scanned document…
    view.tabs.setCurrentWidget(view.notes)
    through_file_dialog(qtbot, notes.choose_file, folder, other_processes_at_work)
    write_in_the_window("after attaching")

    # File › Import from spreadsheet… › Choose…
    window.findChild(QAction, "importAction").trigger()
    wizard = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ImportWizard) and w.isVisible())
    qtbot.addWidget(wizard)
    choose = next(b for b in wizard.findChildren(QPushButton) if b.text() == "Choose…")
    through_file_dialog(qtbot, choose.click, folder, other_processes_at_work)
    wizard.reject()
    write_in_the_window("after importing")

    # Dashboard › Export › Alert list as Excel workbook…
    window.findChild(QAction, "dashboardAction").trigger()
    idle(qtbot, ws)
    through_file_dialog(qtbot, lambda: window.dashboard.export_alerts("xlsx"), folder, other_processes_at_work)
    write_in_the_window("after exporting")

    assert locks_held(os.getpid(), *files) >= held
    assert notes_seen_by_another_process(db_path) == written
    assert (folder / f"{db_path.name}-wal").exists(), "another process deleted the -wal file the window writes"

    window.close()
    idle(qtbot, ws)
    ws.worker.shutdown()
    db.close()
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        texts = {row[0] for row in conn.execute("SELECT text FROM notes")}
        assert conn.execute("SELECT value FROM settings WHERE key = 'idle_lock_minutes'").fetchone() is not None
    assert {"before any dialog", "after attaching", "after importing", "after exporting"} <= texts
    assert len(texts) == written
    verified = qamqor(db_path, "audit", "verify")
    assert verified.returncode == 0 and "intact" in verified.stdout, verified.stdout + verified.stderr
    print(f"dialogs, other processes and checks: {time.perf_counter() - started:.1f} s")


def test_the_database_itself_chosen_in_a_dialog_or_typed_is_refused_in_words(qtbot, ws, db_path) -> None:
    from desktop import file_dialogs

    warned: list[str] = []

    def choose_the_database() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()),
                      None)
        if dialog is None:
            QTimer.singleShot(50, choose_the_database)
            return
        dialog.selectFile(str(db_path))
        QTimer.singleShot(0, close_the_warning)
        dialog.accept()

    def close_the_warning() -> None:
        box = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()), None)
        if box is None:
            QTimer.singleShot(50, close_the_warning)
            return
        if "own database" not in box.text():  # the dialog's own "replace it?": yes, as a person would
            box.button(QMessageBox.StandardButton.Yes).click()
            QTimer.singleShot(50, close_the_warning)
            return
        warned.append(box.text())
        box.done(0)

    for name in (f"{db_path.name}", f"{db_path.name}-wal"):
        QTimer.singleShot(0, choose_the_database)
        chosen = file_dialogs.open_file(None, "Attach", str(db_path.parent), "All files (*)") if name == \
            db_path.name else file_dialogs.save_file(None, "Export", str(db_path.parent / name), "All files (*)")
        assert chosen is None
    assert len(warned) == 2 and all("is Qamqor's own database, which is open now" in text for text in warned)
