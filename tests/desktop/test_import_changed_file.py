"""The wizard imports the file its dry run read, batch by batch from the file (issue 26, item 4); a file
saved again after its dry run is refused on the last page, in the user's language, and nothing is written."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget, QWizard
from sqlalchemy import func, select

from desktop import i18n
from desktop.importer.wizard import ImportWizard
from desktop.workspace import Workspace
from models.entities import Import, Person
from models.services import accounts
from models.services.base import Actor
from tests.desktop.conftest import idle
from tests.desktop.test_import_without_basis import dry_run_summary, next_page, read_file
from tests.importing.conftest import write_list
from tests.importing.test_import_from_the_file import HEADER, ROWS, change_in_place


@pytest.fixture
def wizard(qtbot, db):
    i18n.install("ru")
    supervisor = Actor.of(accounts.create_account(db, Actor.system(), {
        "username": "gulnara", "full_name": "Gulnara Serikovna", "role": "supervisor",
        "password": "correct horse battery"}).value)
    ws = Workspace(db, supervisor, "Gulnara Serikovna")
    wizard = ImportWizard(ws)
    qtbot.addWidget(wizard)
    wizard.resize(1024, 700)
    wizard.show()
    yield wizard
    idle(qtbot, ws)
    ws.worker.shutdown()


def to_the_import_page(qtbot, wizard: ImportWizard, path) -> None:
    read_file(qtbot, wizard, path)
    next_page(qtbot, wizard)
    assert dry_run_summary(qtbot, wizard).startswith("Строк: 8; можно импортировать: 7, с ошибками: 1")
    next_page(qtbot, wizard)
    duplicates = wizard.findChild(QTableWidget, "duplicateTable")
    assert [duplicates.item(r, 1).text() for r in range(duplicates.rowCount())] == [
        "Алиев Руслан, 1990-01-01", "Бобров Иван, 1991-02-02", "Гусев Пётр, 1993-04-04"]
    next_page(qtbot, wizard)


def persons(db) -> list[str]:
    with db.reading() as session:
        return sorted(session.scalars(select(Person.family_name)))


def test_the_wizard_imports_the_rows_read_again_from_the_file(qtbot, wizard, db, tmp_path):
    to_the_import_page(qtbot, wizard, write_list(tmp_path / "list.csv", HEADER + ROWS, "utf-8"))
    qtbot.mouseClick(wizard.findChild(QPushButton, "startImport"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.import_page.outcome is not None, timeout=20_000)
    assert persons(db) == ["Алиев", "Бобров", "Гусев", "Дьяков"]  # the three repeated rows skipped
    bar = wizard.import_page.bar
    assert (bar.value(), bar.maximum()) == (7, 7)


def test_a_file_saved_again_after_its_dry_run_is_refused_in_words(qtbot, wizard, db, tmp_path):
    path = write_list(tmp_path / "list.csv", HEADER + ROWS, "utf-8")
    to_the_import_page(qtbot, wizard, path)
    change_in_place(path, "Гусев".encode(), "Гусов".encode())
    qtbot.mouseClick(wizard.findChild(QPushButton, "startImport"), Qt.MouseButton.LeftButton)
    result = wizard.findChild(QLabel, "importResult")
    qtbot.waitUntil(lambda: "изменился" in result.text(), timeout=20_000)
    assert result.text() == ("Файл list.csv изменился или был перемещён после того, как его прочитали и проверили, "
                             "поэтому из него ничего не импортировано. Прочитайте и проверьте его снова перед "
                             "импортом.")
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert not wizard.findChild(QPushButton, "startImport").isEnabled()
    assert persons(db) == []
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Import)) == 0
