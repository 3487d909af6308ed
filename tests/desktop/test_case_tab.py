"""The Case tab: saving one field changes that field alone, and the case stays with its caseworker."""
from __future__ import annotations

from PySide6.QtCore import Qt

from models.entities import Priority
from models.services import accounts, cases
from models.services.base import Actor
from tests.desktop.conftest import idle


def _choose_next(qtbot, combo) -> None:
    """As a keyboard user picks the next entry of a drop-down list."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)


def test_saving_the_priority_keeps_the_case_with_its_caseworker_and_undoes(qtbot, ws, window, case, db, actor) -> None:
    view = window.open_case(case.id)
    qtbot.waitUntil(lambda: view.file is not None)
    view.tabs.setCurrentWidget(view.case_panel)
    form = view.case_panel.form
    assert form.editors["caseworker_id"].currentText() == "Aigerim Nurlanovna"
    _choose_next(qtbot, form.editors["priority"])
    assert form.editors["priority"].value() == Priority.high.value
    qtbot.mouseClick(view.case_panel.save_button, Qt.MouseButton.LeftButton)
    idle(qtbot, ws)
    stored = cases.get_case(db, actor, case.id)
    assert stored.priority == Priority.high and stored.caseworker_id == actor.user_id
    assert form.editors["caseworker_id"].currentText() == "Aigerim Nurlanovna"
    window.case_list.load()
    idle(qtbot, ws)
    assert window.case_list.model.rowCount() == 1  # still in her list
    assert window.undo_action.isEnabled() and "Edit case" in window.undo_action.text()
    window.undo_action.trigger()
    idle(qtbot, ws)
    stored = cases.get_case(db, actor, case.id)
    assert stored.priority == Priority.normal and stored.caseworker_id == actor.user_id
    assert form.editors["priority"].value() == Priority.normal.value


def test_the_caseworker_box_shows_whom_a_supervisor_assigned(qtbot, case, db) -> None:
    from desktop.case_view.view import CaseView
    from desktop.workspace import Workspace

    boss = Actor.of(accounts.create_account(db, Actor.system(), {
        "username": "dana", "full_name": "Dana Serikova", "role": "supervisor", "password": "correct horse battery"}).value)
    colleague = accounts.create_account(db, Actor.system(), {
        "username": "marat", "full_name": "Marat Ospanov", "role": "caseworker", "password": "correct horse battery"}).value
    cases.reassign_cases(db, boss, [case.id], colleague.id)
    ws = Workspace(db, boss, "Dana Serikova")
    view = CaseView(ws, case.id)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.file is not None)
    box = view.case_panel.form.editors["caseworker_id"]
    assert box.currentText() == "Marat Ospanov"
    _choose_next(qtbot, view.case_panel.form.editors["priority"])
    view.save()
    idle(qtbot, ws)
    assert cases.get_case(db, boss, case.id).caseworker_id == colleague.id
    ws.worker.shutdown()
