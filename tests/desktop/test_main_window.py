"""The main window opens on a real database and shows its cases."""
from __future__ import annotations

from desktop.app import MainWindow


def test_main_window_lists_the_cases(qtbot, db, case) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    table = window.centralWidget()
    assert table.rowCount() == 1
    assert table.item(0, 0).text() == "Юсупов"
    assert "1 cases" in window.statusBar().currentMessage()
