"""Edit > Undo and Edit > Redo in the real window: the service undoes, the window only shows the labels."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from models.entities import Priority
from models.services import cases
from models.services.errors import NotFound
from tests.desktop.conftest import idle, type_text


def _click_in_edit_menu(qtbot, window, action: QAction) -> None:
    """Open Edit in the menu bar and click the item, as a mouse user does."""
    bar = window.menuBar()
    edit = next(a for a in bar.actions() if a.text() == "&Edit")
    menu: QMenu = edit.menu()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(edit).center())
    qtbot.waitUntil(menu.isVisible)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: not menu.isVisible())


def _save_priority_high(qtbot, ws, view) -> None:
    view.tabs.setCurrentWidget(view.case_panel)
    combo = view.case_panel.form.editors["priority"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # normal -> high
    assert combo.value() == Priority.high.value
    qtbot.mouseClick(view.case_panel.save_button, Qt.MouseButton.LeftButton)
    idle(qtbot, ws)


def test_undo_and_redo_an_edited_case_and_a_note(qtbot, ws, window, case, db, actor) -> None:
    view = window.open_case(case.id)
    qtbot.waitUntil(lambda: view.file is not None)
    assert not window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    _save_priority_high(qtbot, ws, view)
    assert cases.get_case(db, actor, case.id).priority == Priority.high
    view.tabs.setCurrentWidget(view.notes)
    type_text(qtbot, view.notes.new_note, "Called the employer")
    view.notes.add_note()
    idle(qtbot, ws)
    assert [n.text for n in cases.notes_of(db, actor, case.id)] == ["Called the employer"]
    assert window.undo_action.text() == "&Undo Add note" and window.redo_action.text() == "&Redo"

    _click_in_edit_menu(qtbot, window, window.undo_action)
    idle(qtbot, ws)
    assert cases.notes_of(db, actor, case.id) == []
    qtbot.waitUntil(lambda: view.notes.notes.count() == 0)  # the view refreshed from the service's Changes
    assert window.undo_action.text() == "&Undo Edit case" and window.redo_action.text() == "&Redo Add note"

    _click_in_edit_menu(qtbot, window, window.undo_action)
    idle(qtbot, ws)
    assert cases.get_case(db, actor, case.id).priority == Priority.normal
    qtbot.waitUntil(lambda: view.case_panel.form.editors["priority"].value() == Priority.normal.value)
    assert not window.undo_action.isEnabled() and window.redo_action.text() == "&Redo Edit case"

    _click_in_edit_menu(qtbot, window, window.redo_action)
    idle(qtbot, ws)
    assert cases.get_case(db, actor, case.id).priority == Priority.high
    qtbot.waitUntil(lambda: view.case_panel.form.editors["priority"].value() == Priority.high.value)
    _click_in_edit_menu(qtbot, window, window.redo_action)
    idle(qtbot, ws)
    assert [n.text for n in cases.notes_of(db, actor, case.id)] == ["Called the employer"]
    qtbot.waitUntil(lambda: view.notes.notes.count() == 1)
    assert window.undo_action.text() == "&Undo Add note" and not window.redo_action.isEnabled()


def test_undo_and_redo_have_their_shortcuts(qtbot, ws, window, case, db, actor) -> None:
    from PySide6.QtGui import QKeySequence

    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.redo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Redo)
    view = window.open_case(case.id)
    qtbot.waitUntil(lambda: view.file is not None)
    _save_priority_high(qtbot, ws, view)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.case_list.setFocus()
    qtbot.keySequence(window, QKeySequence(QKeySequence.StandardKey.Undo))
    idle(qtbot, ws)
    assert cases.get_case(db, actor, case.id).priority == Priority.normal
    qtbot.keySequence(window, QKeySequence(QKeySequence.StandardKey.Redo))
    idle(qtbot, ws)
    assert cases.get_case(db, actor, case.id).priority == Priority.high


def test_a_case_tab_reloads_for_its_own_changes_only(qtbot, ws, window, case) -> None:
    from models.changes import Changes

    view = window.open_case(case.id)
    qtbot.waitUntil(lambda: view.file is not None)
    idle(qtbot, ws)
    loads: list[bool] = []
    view.loaded.connect(lambda: loads.append(True))
    for elsewhere in (Changes(quota=True), Changes(users=True), Changes(directory=True), Changes(settings=True),
                      Changes(notes=True, case_ids=frozenset({case.person_id}))):  # another case's id
        ws.changed.emit(elsewhere, None)
    idle(qtbot, ws)
    qtbot.wait(50)
    assert loads == []
    ws.changed.emit(Changes(notes=True, case_ids=frozenset({case.id})), None)
    qtbot.waitUntil(lambda: loads == [True])


def test_a_new_case_is_undone_as_one_step(qtbot, ws, window, db, actor) -> None:
    """The wizard's several writes (person, document, stay, case) are one step: Undo archives them all."""
    from desktop.operations.case import _open_new_case as open_new_case
    from models.services import persons, records

    done = open_new_case(db, actor, person={"family_name": "Каримов", "given_name": "Бобур", "citizenship": "UZB"},
                         documents=[{"kind": "passport", "number": "FA7654321", "issuing_country": "UZB"}],
                         stay={"entry_date": "2024-05-01", "basis": "visa_free"}, registration=None,
                         case={"category": "labour_migrant", "opened_on": "2024-05-02"})
    assert done.changes.case and done.changes.person and done.changes.records and done.changes.deadlines
    ws.push_undo("New case", done)
    window.case_list.load()
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() == 1)
    person_id = cases.get_case(db, actor, done.value).person_id
    assert window.undo_action.text() == "&Undo New case"
    window.undo_action.trigger()
    idle(qtbot, ws)
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() == 0)  # the list reloaded from the Changes
    assert cases.case_list(db, actor) == []
    with pytest.raises(NotFound):  # archived with the case
        persons.get_person(db, actor, person_id)
    window.redo_action.trigger()
    idle(qtbot, ws)
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() == 1)
    assert len(records.records_of(db, actor, person_id).stay) == 1
    assert [d.number for d in persons.documents_of(db, actor, person_id)] == ["FA7654321"]


def test_the_undo_label_follows_a_language_switch(qtbot, db, actor, case, settings) -> None:
    from PySide6.QtCore import QCoreApplication

    from desktop.app import Application
    from tests.desktop.test_language import switch_in_preferences

    application = Application(db, settings, actor, "Aigerim Nurlanovna")
    qtbot.addWidget(application.show())
    switch_in_preferences(qtbot, application, "ru")
    idle(qtbot, application.ws)
    view = application.window.open_case(case.id)
    qtbot.waitUntil(lambda: view.file is not None)
    _save_priority_high(qtbot, application.ws, view)
    russian = application.window.undo_action.text()
    assert russian == "&Отменить: Изменение дела", russian
    switch_in_preferences(qtbot, application, "kk")
    idle(qtbot, application.ws)
    undo = application.window.undo_action.text()
    kazakh = QCoreApplication.translate("MainWindow", "&Undo {0}").format(
        QCoreApplication.translate("Operations", "Edit case"))
    assert undo == kazakh and "Изменить" not in undo, undo
    application.ws.worker.shutdown()
