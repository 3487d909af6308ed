"""GUI fixtures: a workspace on the test's database, settings in a file of the test's own."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop import i18n
from desktop.main_window import MainWindow
from desktop.workspace import Workspace

# What the headless "offscreen" platform cannot do, and says so: popups raise themselves and grab the
# keyboard. Harmless there; on a real display these calls work.
OFFSCREEN_LIMITS = ("This plugin does not support raise", "This plugin does not support grabbing the keyboard")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_LIMITS))


@pytest.fixture(autouse=True)
def english():
    """Every test starts in English, whatever the machine's locale or an earlier test chose."""
    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture
def ws(qtbot, db, actor):
    workspace = Workspace(db, actor, "Aigerim Nurlanovna")
    yield workspace
    qtbot.waitUntil(workspace.worker.idle, timeout=10_000)
    workspace.worker.shutdown()


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "qamqor.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, ws, settings) -> MainWindow:
    main = MainWindow(ws, settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: ws.worker.idle() and main.case_list.model._generation > 0)
    return main


def idle(qtbot, ws: Workspace) -> None:
    """Wait until every background operation has finished and delivered its result."""
    qtbot.waitUntil(ws.worker.idle, timeout=10_000)


def type_text(qtbot, widget, text: str) -> None:
    """Type `text` into `widget` key by key, as a keyboard in any layout would.

    QTest.keyClicks handles ASCII only (it asserts on "Ю"); this sends each
    character as the key event a Russian or Kazakh keyboard layout produces.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    target = widget.lineEdit() if hasattr(widget, "lineEdit") and widget.lineEdit() else widget
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))
    qtbot.wait(1)
