"""At 1024×700, in Russian and Kazakh, no screen cuts its words: the case list with its deadline status,
the dashboard's tiles, the import's duplicates, the attachment's caption and the trafficking tab.

`fit.cut_texts` compares each visible label's, button's and header's text (fontMetrics) with the room
it has. With QAMQOR_SCREENSHOTS=folder each screen is saved there as fit-<screen>-<language>.png.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from desktop import i18n
from desktop.main_window import MainWindow
from models.clock import today
from models.services import records, screening
from tests.desktop.conftest import idle
from tests.desktop.fit import cut_texts
from tests.desktop.test_supervisor import dashboard, office, supervisor, sws  # noqa: F401

SCREEN = (1024, 700)
LANGUAGES = ["ru", "kk"]


def look(qtbot, window: QWidget, name: str, language: str) -> list[str]:
    """Lay the window out, save its picture if asked, and say what it cuts."""
    qtbot.wait(30)
    folder = os.environ.get("QAMQOR_SCREENSHOTS")
    if folder:
        window.grab().save(str(Path(folder) / f"fit-{name}-{language}.png"))
    return cut_texts(window, SCREEN)


def main_window(qtbot, ws, settings) -> MainWindow:
    window = MainWindow(ws, settings)
    qtbot.addWidget(window)
    window.show()
    window.resize(*SCREEN)
    idle(qtbot, ws)
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() > 0)
    return window


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_case_list_shows_its_deadline_status(qtbot, ws, settings, case, db, actor, language) -> None:
    records.add(db, actor, "stay", {"person_id": case.person_id, "entry_date": today().replace(day=1),
                                    "basis": "visa_free"})
    i18n.install(language)
    window = main_window(qtbot, ws, settings)
    problems = look(qtbot, window, "case-list", language)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_dashboard(qtbot, sws, office, language) -> None:  # noqa: F811
    i18n.install(language)
    window = dashboard(qtbot, sws)
    window.resize(*SCREEN)
    problems = look(qtbot, window, "dashboard", language)
    for page, name in ((window.caseloads, "caseloads"), (window.quota, "quota")):  # each tab as a user opens it
        window.tabs.setCurrentWidget(page)
        qtbot.waitUntil(sws.worker.idle)
        problems += look(qtbot, window, f"dashboard-{name}", language)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_trafficking_tab(qtbot, ws, settings, case, db, actor, language) -> None:
    screening.record_screening(db, actor, {"case_id": case.id, "interviewed_on": today(), "answers": [
        {"indicator": "documents_taken", "answer": "yes"}, {"indicator": "no_contract", "answer": "yes"},
        {"indicator": "debt_to_work_off", "answer": "yes"}, {"indicator": "cannot_leave", "answer": "yes"}]})
    i18n.install(language)
    window = main_window(qtbot, ws, settings)
    view = window.open_case(case.id)
    qtbot.waitUntil(lambda: view.file is not None)
    view.tabs.setCurrentWidget(view.trafficking)
    qtbot.waitUntil(lambda: view.trafficking.file is not None)
    idle(qtbot, ws)
    problems = look(qtbot, window, "trafficking", language)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_attachment_caption(qtbot, tmp_path, language) -> None:
    from desktop.case_view.notes import AttachmentDialog

    i18n.install(language)
    dialog = AttachmentDialog(tmp_path / "паспорт-страницы-2-3.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    problems = look(qtbot, dialog, "attachment", language)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_import_duplicates(qtbot, db, person, settings, tmp_path, language) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLineEdit, QPushButton

    from tests.desktop.test_import_wizard import next_page, supervisor_window, the_wizard  # noqa: F401
    from tests.importing.conftest import write_list

    i18n.install(language)
    window = next(supervisor_window.__wrapped__(qtbot, db, person, settings))
    window.findChild(QAction, "importAction").trigger()
    wizard = the_wizard()
    qtbot.addWidget(wizard)
    wizard.resize(*SCREEN)
    qtbot.keyClicks(wizard.findChild(QLineEdit, "importFile"), str(write_list(tmp_path / "office-list.csv")))
    qtbot.mouseClick(wizard.findChild(QPushButton, "readFile"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.button(wizard.WizardButton.NextButton).isEnabled(), timeout=10_000)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)  # the dry run done: the rows that may be people already recorded
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.duplicates_page and bool(wizard.duplicates_page.choices))
    qtbot.mouseClick(wizard.duplicates_page.create_all, Qt.MouseButton.LeftButton)  # the longest decision
    problems = look(qtbot, wizard, "import-duplicates", language)
    assert not problems, "\n".join(problems)
    idle(qtbot, window.ws)
    window.ws.worker.shutdown()
