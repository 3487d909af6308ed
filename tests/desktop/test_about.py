"""Help › About names the version, the same one `qamqor --version` prints, in the user's language."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import i18n
from desktop.main_window import MainWindow
from models import __version__


def about_text(window: MainWindow) -> str:
    """Open Help › About as a click would and read the box (it is modal: closed from a timer)."""
    seen: list[str] = []

    def read_and_close() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:
            QTimer.singleShot(20, read_and_close)
            return
        seen.append(boxes[0].text())
        boxes[0].accept()

    QTimer.singleShot(20, read_and_close)
    help_menu = next(a.menu() for a in window.menuBar().actions() if window.about_action in a.menu().actions())
    assert window.about_action in help_menu.actions()
    window.about_action.trigger()
    return seen[0]


def test_the_about_box_shows_the_version(window) -> None:
    assert about_text(window).startswith(f"Qamqor, version {__version__}\n\n")


def test_the_about_box_in_russian_and_kazakh(qtbot, ws, settings) -> None:
    for language, words in (("ru", f"Qamqor, версия {__version__}"), ("kk", f"Qamqor, {__version__} нұсқасы")):
        i18n.install(language)
        window = MainWindow(ws, settings)
        qtbot.addWidget(window)
        window.show()
        assert about_text(window).startswith(words + "\n\n")
