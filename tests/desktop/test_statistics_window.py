"""Reports › Statistics…: counted in the background with progress, each number opened to its cases, saved as
a workbook or a PDF; an administrator without cases has no such menu."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from desktop.main_window import MainWindow
from desktop.reports import open_statistics
from desktop.reports.statistics_view import last_quarter
from desktop.workspace import Workspace
from models.services import accounts
from models.services.base import Actor
from tests.desktop.conftest import idle


def counted(qtbot, window: MainWindow, first: dt.date, last: dt.date):
    view = open_statistics(window)
    view.first.setDate(QDate(first))
    view.last.setDate(QDate(last))
    qtbot.mouseClick(view.count_button, Qt.MouseButton.LeftButton)
    assert view.progress.isVisible()  # counting in the background
    idle(qtbot, window.ws)
    qtbot.waitUntil(lambda: view.report is not None)
    return view


def test_the_numbers_open_to_the_cases_behind_them(qtbot, qtmodeltester, case, window, ws) -> None:
    assert window.statistics_action is not None
    view = counted(qtbot, window, dt.date(2024, 4, 1), dt.date(2024, 6, 30))
    assert not view.progress.isVisible() and view.save_pdf.isEnabled()
    assert view.scope.text() == "Your own cases"  # a caseworker counts her cases
    assert view.tables.item(0).text() == "Persons and cases"
    qtmodeltester.check(view.model)
    new_cases = view.model.index(1, 1)  # Cases, new in the period: the case opened on 12 May 2024
    assert new_cases.data() == "1"
    assert view.model.cases(new_cases) == [case.id.hex]
    view.show_cases(new_cases)
    idle(qtbot, ws)
    dialog = view.cases_dialog
    assert dialog.list.rowCount() == 1 and dialog.list.item(0, 1).text() == "Юсупов Алишер Рустамович"
    dialog.list.cellDoubleClicked.emit(0, 0)
    qtbot.waitUntil(lambda: window.tabs.count() == 2)


def test_the_report_is_saved_as_a_workbook_and_a_pdf(qtbot, case, window, ws, tmp_path, monkeypatch) -> None:
    view = counted(qtbot, window, dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    for fmt in ("xlsx", "pdf"):
        monkeypatch.setattr("desktop.reports.statistics_view.save_file",
                            lambda *_args, fmt=fmt: tmp_path / f"report.{fmt}")
        view.save(fmt)
        idle(qtbot, ws)
        assert (tmp_path / f"report.{fmt}").stat().st_size > 1000
    assert len(shown) == 2


def test_an_administrator_alone_has_no_reports_menu(qtbot, db, settings) -> None:
    admin = Actor.of(accounts.create_account(db, Actor.system(), {
        "username": "root", "full_name": "Admin", "role": "admin", "password": "correct horse battery"}).value)
    admin_ws = Workspace(db, admin, "Admin")
    main = MainWindow(admin_ws, settings)
    qtbot.addWidget(main)
    assert main.statistics_action is None
    assert "&Reports" not in [action.text() for action in main.menuBar().actions()]
    idle(qtbot, admin_ws)
    admin_ws.worker.shutdown()


def test_the_window_opens_on_the_last_whole_quarter() -> None:
    assert last_quarter(dt.date(2026, 4, 15)) == (dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert last_quarter(dt.date(2026, 1, 2)) == (dt.date(2025, 10, 1), dt.date(2025, 12, 31))


def test_a_supervisor_counts_the_whole_office(qtbot, db, actor, case, settings) -> None:
    boss = Actor.of(accounts.create_account(db, Actor.system(), {
        "username": "boss", "full_name": "Boss", "role": "supervisor", "password": "correct horse battery"}).value)
    boss_ws = Workspace(db, boss, "Boss")
    main = MainWindow(boss_ws, settings)
    qtbot.addWidget(main)
    view = counted(qtbot, main, dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert view.scope.text() == "The whole office"
    idle(qtbot, boss_ws)
    boss_ws.worker.shutdown()
