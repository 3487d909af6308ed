"""The main window: the case list, the shortcuts, and the layout it remembers."""
from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.main_window import MainWindow
from tests.desktop.conftest import idle


def test_lists_the_cases_the_user_may_see(qtbot, ws, window, case) -> None:
    window.case_list.load()
    idle(qtbot, ws)
    model = window.case_list.model
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "Юсупов Алишер Рустамович"
    assert model.index(0, 1).data() == "Uzbekistan"
    assert model.index(0, 4).data() == "Aigerim Nurlanovna"
    assert window.case_list.filters.count.text() == "1 case"


def test_the_keyboard_shortcuts(window) -> None:
    shortcuts = {action.shortcut().toString(): action.text().replace("&", "") for action in window.actions()
                 if not action.shortcut().isEmpty()}
    shortcuts |= {a.shortcut().toString(): a.text().replace("&", "") for menu in window.menuBar().actions()
                  for a in menu.menu().actions() if not a.shortcut().isEmpty()}
    assert shortcuts["Ctrl+N"] == "New case…"
    assert shortcuts["Ctrl+F"] == "Find a person"
    assert shortcuts["Ctrl+S"] == "Save"
    assert shortcuts["Ctrl+P"] == "Print case…"
    assert shortcuts["Ctrl+Z"].startswith("Undo")


def test_ctrl_f_puts_the_cursor_in_the_find_box(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.case_list.table.setFocus()
    qtbot.keyClick(window.case_list.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is window.find_box


def test_opening_a_case_opens_a_tab_once(qtbot, ws, window, case) -> None:
    view = window.open_case(case.id)
    qtbot.waitUntil(lambda: view.file is not None)
    assert window.open_case(case.id) is view
    assert window.tabs.count() == 2
    assert window.tabs.tabText(1) == "Юсупов Алишер"


def test_window_geometry_and_columns_are_remembered(qtbot, ws, settings, window) -> None:
    window.resize(640, 480)  # the height fits the offscreen screen (800x600); the toolbar sets a minimum width
    expected = window.size()
    window.case_list.table.horizontalHeader().resizeSection(0, 333)
    window.close()
    again = MainWindow(ws, settings)
    qtbot.addWidget(again)
    assert again.case_list.table.horizontalHeader().sectionSize(0) == 333
    assert again.size().height() == expected.height() == 480
    # The width too, unless the window's minimum is wider than the small offscreen screen (then it is clamped).
    assert abs(again.size().width() - min(expected.width(), again.screen().availableGeometry().width())) <= 4


def test_sorting_by_a_column_asks_the_database(qtbot, ws, window, db, actor) -> None:
    from models.services import cases, persons

    for family in ("Bekov", "Abdullaev"):
        person = persons.create_person(db, actor, {"family_name": family, "given_name": "Timur",
                                                   "citizenship": "KGZ", "birth_year": 1990}).value
        cases.open_case(db, actor, {"person_id": person.id, "category": "labour_migrant", "opened_on": "2024-05-01"})
    window.case_list.load()
    idle(qtbot, ws)
    names = lambda: [window.case_list.model.index(r, 0).data() for r in range(2)]  # noqa: E731
    assert names() == ["Abdullaev Timur", "Bekov Timur"]
    window.case_list.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    idle(qtbot, ws)
    assert names() == ["Bekov Timur", "Abdullaev Timur"]

