"""Issue 28 items 1 and 2 in the wizard, in Russian: an office's list without a basis of stay (Windows-1251,
`;`, a title row, 120 rows), a basis chosen for the whole file or left unknown, and the report in Russian."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QTableWidget, QWizard
from sqlalchemy import select

from desktop import file_dialogs, i18n
from desktop.importer.wizard import ImportWizard
from desktop.workspace import Workspace
from models.entities import Stay
from models.importing.checking import passing
from models.services import accounts
from models.services.base import Actor
from tests.desktop.conftest import idle
from tests.importing.conftest import without_basis

# One more row, after the 120: a birth date that is no day and a country Qamqor does not know, and the
# first row's passport (a likely duplicate, problems or not).
BROKEN = "Каримов0;Бахтиёр;;31.02.1980;М;Атлантида;;FA7000000;01.11.2026;\r\n"


@pytest.fixture
def wizard(qtbot, db, person):
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


def next_page(qtbot, wizard: ImportWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(button.isEnabled, timeout=10_000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def read_file(qtbot, wizard: ImportWizard, path) -> None:
    qtbot.keyClicks(wizard.findChild(QLineEdit, "importFile"), str(path))
    qtbot.mouseClick(wizard.findChild(QPushButton, "readFile"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.table is not None, timeout=10_000)
    next_page(qtbot, wizard)


def dry_run_summary(qtbot, wizard: ImportWizard) -> str:
    summary = wizard.findChild(QLabel, "checkSummary")
    qtbot.waitUntil(lambda: wizard.dry is not None, timeout=20_000)
    return summary.text()


def test_a_basis_chosen_for_the_whole_file_on_the_mapping_page(qtbot, wizard, tmp_path):
    read_file(qtbot, wizard, without_basis(tmp_path / "office-list.csv"))
    shown = wizard.findChild(QLabel, "wholeFileValues")
    assert "В файле нет основания пребывания" in shown.text()
    field: QComboBox = wizard.findChild(QComboBox, "wholeFileField")
    assert field.currentText() == "Основание пребывания"  # offered first: the file has entry dates and no basis
    value: QComboBox = wizard.findChild(QComboBox, "wholeFileValue")
    value.setCurrentIndex(value.findText("Безвизовый въезд"))
    qtbot.mouseClick(wizard.findChild(QPushButton, "setWholeFileValue"), Qt.MouseButton.LeftButton)
    assert shown.text() == "Для всех строк без значения: Основание пребывания — Безвизовый въезд."
    next_page(qtbot, wizard)

    summary = dry_run_summary(qtbot, wizard)
    assert summary.startswith("Строк: 120; можно импортировать: 120, с ошибками: 0")
    assert "Для всех строк без значения: Основание пребывания — Безвизовый въезд (120 строк)." in summary
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert {p.stay.basis.value for p in passing(wizard.dry)} == {"visa_free"}


def test_left_without_a_basis_the_stays_are_imported_as_unknown(qtbot, wizard, db, tmp_path):
    read_file(qtbot, wizard, without_basis(tmp_path / "office-list.csv"))
    next_page(qtbot, wizard)
    summary = dry_run_summary(qtbot, wizard)
    assert summary.startswith("Строк: 120; можно импортировать: 120, с ошибками: 0")
    assert "120 пребываний без основания: импортируются с основанием «неизвестно»" in summary
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    qtbot.mouseClick(wizard.findChild(QPushButton, "startImport"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.import_page.outcome is not None, timeout=60_000)
    with db.reading() as session:
        bases = session.scalars(select(Stay.basis)).all()
    assert len(bases) == 120 and {b.value for b in bases} == {"unknown"}


def test_the_report_is_in_russian_and_leaves_empty_cells_empty(qtbot, wizard, tmp_path, monkeypatch):
    path = without_basis(tmp_path / "office-list.csv")
    path.write_bytes(path.read_bytes() + BROKEN.encode("cp1251"))
    read_file(qtbot, wizard, path)
    next_page(qtbot, wizard)
    assert "с ошибками: 1" in dry_run_summary(qtbot, wizard)
    problems = wizard.findChild(QTableWidget, "problemTable")
    assert [problems.item(0, c).text() for c in range(3)] == ["123", "Дата рождения", "31.02.1980"]

    saved = tmp_path / "отчёт.xlsx"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *args, **kwargs: saved)
    qtbot.mouseClick(wizard.findChild(QPushButton, "saveReport"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(saved.exists, timeout=10_000)
    book = load_workbook(saved)
    assert book.sheetnames == ["Строки", "Ошибки", "Возможные повторы"]
    rows = book["Строки"]
    headers = [c.value for c in rows[1]]
    assert headers[0] == "Строка" and headers[-1] == "Ошибки" and "Основание пребывания" not in headers
    first = [c.value for c in rows[2]]
    assert first[headers.index("ИИН")] is None and first[headers.index("Дата выезда")] is None  # not "'"
    assert first[-1] is None  # a row without a problem has none written
    broken = [c.value for c in rows[rows.max_row]]
    assert broken[headers.index("Отчество")] is None
    assert "не дата" in broken[-1] and "Атлантида" in broken[-1] and "возможно, это строка 3" in broken[-1]
    assert [c.value for c in book["Ошибки"][1]] == ["Строка", "Столбец", "Значение", "Ошибка"]
    assert [c.value for c in book["Возможные повторы"][1]] == ["Строка", "Где найден", "Возможно, это", "Почему"]
    assert [c.value for c in book["Возможные повторы"][2]] == [123, "в файле", "строка 3", "тот же номер документа"]
