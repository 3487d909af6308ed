"""The import history shows an import whose program ended under it as stopped, with its row to resume
from, in the user's language (issue 26, item 4)."""
from __future__ import annotations

import socket
import subprocess

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTableWidget

from desktop import i18n
from desktop.importer.history import ImportHistory
from models.entities import Import
from models.importing import stopped
from tests.desktop.test_import_wizard import supervisor_window  # noqa: F401 (fixture)


def test_a_killed_import_reads_stopped_in_russian(qtbot, supervisor_window, db, tmp_path) -> None:  # noqa: F811
    ended = subprocess.Popen(["true"])
    ended.wait()  # a process that has ended: the one that ran the import
    with db.transaction() as session:
        session.add(Import(file_name="клиенты.csv", status="running", counts={"persons": 1500}, resume_row=1502,
                           message=f"{stopped.PREFIX}{ended.pid} on {socket.gethostname()} (0123456789ab)"))
    i18n.install("ru")
    supervisor_window.findChild(QAction, "importHistoryAction").trigger()
    dialog = supervisor_window.findChild(ImportHistory)  # this window's (another test's may still be open)
    assert dialog is not None
    qtbot.addWidget(dialog)
    imports = dialog.findChild(QTableWidget, "importTable")
    qtbot.waitUntil(lambda: imports.rowCount() == 1, timeout=10_000)
    assert [imports.item(0, c).text() for c in (1, 3, 4, 6)] == [
        "клиенты.csv", "остановлен (программа закрылась)", "1500", "1502"]
    dialog.grab().save(str(tmp_path / "history.png"))
