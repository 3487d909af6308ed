"""File › Import from spreadsheet…, as a supervisor goes through it with a messy office list."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton, QTableWidget, QWizard
from sqlalchemy import select

from desktop.importer.wizard import ImportWizard
from desktop.main_window import MainWindow
from desktop.workspace import Workspace
from models.entities import Person, Stay
from models.services import accounts
from models.services.base import Actor
from tests.desktop.conftest import idle
from tests.importing.conftest import write_list


@pytest.fixture
def supervisor_window(qtbot, db, person, settings):
    supervisor = Actor.of(accounts.create_account(db, Actor.system(), {
        "username": "gulnara", "full_name": "Gulnara Serikovna", "role": "supervisor",
        "password": "correct horse battery"}).value)
    ws = Workspace(db, supervisor, "Gulnara Serikovna")
    main = MainWindow(ws, settings)
    qtbot.addWidget(main)
    main.show()
    yield main
    idle(qtbot, ws)
    ws.worker.shutdown()


def the_wizard() -> ImportWizard:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, ImportWizard) and w.isVisible())


def next_page(qtbot, wizard: ImportWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(button.isEnabled, timeout=10_000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_importing_an_office_list_through_the_wizard(qtbot, supervisor_window, db, person, tmp_path):
    path = write_list(tmp_path / "office-list.csv")
    action = supervisor_window.findChild(QAction, "importAction")
    assert action.isEnabled()
    action.trigger()
    wizard = the_wizard()
    qtbot.addWidget(wizard)

    qtbot.keyClicks(wizard.findChild(QLineEdit, "importFile"), str(path))
    qtbot.mouseClick(wizard.findChild(QPushButton, "readFile"), Qt.MouseButton.LeftButton)
    found = wizard.findChild(QLabel, "fileFound")
    qtbot.waitUntil(lambda: "rows below" in found.text(), timeout=10_000)
    assert "Windows-1251" in found.text() and "semicolon" in found.text() and "row 3" in found.text()
    next_page(qtbot, wizard)

    # The mapping page: guessed from the Russian headers; the leftover column goes into the note.
    mapping = wizard.findChild(QTableWidget, "mappingTable")
    headers = [mapping.item(r, 0).text() for r in range(mapping.rowCount())]
    combo: QComboBox = mapping.cellWidget(headers.index("Фамилия"), 2)
    assert combo.currentText() == "Family name"
    assert "Откуда узнал" in wizard.findChild(QLabel, "unmappedColumns").text()
    qtbot.mouseClick(wizard.findChild(type(wizard.mapping_page.to_note), "unmappedToNote"), Qt.MouseButton.LeftButton)
    next_page(qtbot, wizard)

    # The dry run lists the problems with row, column, value and a sentence.
    summary = wizard.findChild(QLabel, "checkSummary")
    qtbot.waitUntil(lambda: "can be imported" in summary.text(), timeout=10_000)
    assert summary.text().startswith("5 rows: 4 can be imported, 1 have problems; 2 may be")
    problems = wizard.findChild(QTableWidget, "problemTable")
    cells = [[problems.item(r, c).text() for c in range(4)] for r in range(problems.rowCount())]
    assert cells[0][:3] == ["6", "Гражданство", "Атлантида"] and "not a country" in cells[0][3]
    with db.reading() as session:
        assert session.scalars(select(Person.family_name)).all() == ["Юсупов"]  # nothing written yet
    next_page(qtbot, wizard)

    # Duplicates: the person already recorded (by the Latin spelling) gets the row's stay added.
    choice = wizard.findChild(QComboBox, "choice9")
    assert choice.currentData() == "skip"
    qtbot.mouseClick(wizard.duplicates_page.create_all, Qt.MouseButton.LeftButton)
    assert wizard.duplicates_page.decisions() == {8: "create", 9: "create"}
    qtbot.mouseClick(wizard.duplicates_page.skip_all, Qt.MouseButton.LeftButton)
    choice.setCurrentIndex(choice.findData("add"))
    next_page(qtbot, wizard)

    qtbot.mouseClick(wizard.findChild(QPushButton, "startImport"), Qt.MouseButton.LeftButton)
    result = wizard.findChild(QLabel, "importResult")
    qtbot.waitUntil(lambda: "Imported" in result.text(), timeout=20_000)
    assert "2 new persons, 1 added" in result.text()
    bar = wizard.findChild(type(wizard.import_page.bar), "importProgress")
    assert (bar.value(), bar.maximum()) == (4, 4)  # every row that passed, the skipped one included
    with db.reading() as session:
        names = sorted(session.scalars(select(Person.family_name)))
        stays = session.scalars(select(Stay.entry_date).where(Stay.person_id == person.id)).all()
    assert names == ["Бекова", "Каримов", "Юсупов"] and len(stays) == 1
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(finish.isEnabled)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()


def test_a_caseworker_has_no_import(window):
    assert not window.findChild(QAction, "importAction").isEnabled()


def test_a_supervisor_undoes_an_import_from_the_history(qtbot, supervisor_window, db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.importer.history import ImportHistory
    from models.importing import reading, service
    from models.importing.mapping import guess

    table = reading.read(write_list(tmp_path / "office-list.csv"))
    service.run(db, supervisor_window.ws.actor, service.check(db, supervisor_window.ws.actor, table, guess(table)))
    supervisor_window.findChild(QAction, "importHistoryAction").trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ImportHistory))
    qtbot.addWidget(dialog)
    imports = dialog.findChild(QTableWidget, "importTable")
    qtbot.waitUntil(lambda: imports.rowCount() == 1)
    assert [imports.item(0, c).text() for c in (1, 3, 4)] == ["office-list.csv", "complete", "2"]
    imports.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)  # the user says yes
    qtbot.mouseClick(dialog.findChild(QPushButton, "undoChosenImport"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: imports.item(0, 3).text() == "undone", timeout=10_000)
    with db.reading() as session:
        assert session.scalars(select(Person.family_name).where(Person.archived_at.is_(None))).all() == ["Юсупов"]
