"""Never in the way: undo, unsaved edits asked about, errors in words, filters that answer."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.case_list.model import DEADLINE
from desktop.operations import QueryOp
from models.clock import today
from models.services import records
from tests.desktop.conftest import idle, type_text


def open_case(qtbot, window, case):
    view = window.open_case(case.id)
    qtbot.waitUntil(lambda: view.file is not None)
    return view


def answer_next_question(button: QMessageBox.StandardButton) -> list[str]:
    """Click `button` in the next modal question; returns the question's text once asked."""
    asked: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            box.button(button).click()
        else:
            QTimer.singleShot(20, click)

    QTimer.singleShot(20, click)
    return asked


def test_undo_takes_back_an_added_stay(qtbot, ws, window, case, db, actor) -> None:
    view = open_case(qtbot, window, case)
    editor = view.timeline.edit("stay", None)
    editor.form.editors["entry_date"].set_value(today() - dt.timedelta(days=5))
    editor.save()
    idle(qtbot, ws)
    assert len(records.records_of(db, actor, case.person_id).stay) == 1
    assert window.undo_action.text() == "&Undo Add stay" and window.undo_action.isEnabled()
    window.undo_action.trigger()
    idle(qtbot, ws)
    assert records.records_of(db, actor, case.person_id).stay == []
    qtbot.waitUntil(lambda: [e.kind for e in view.timeline_model.entries] == ["case_opened"])
    assert not window.undo_action.isEnabled()


def test_closing_a_case_with_unsaved_edits_asks_first(qtbot, ws, window, case) -> None:
    view = open_case(qtbot, window, case)
    type_text(qtbot, view.person_panel.form.editors["phone"], "+7 700")
    asked = answer_next_question(QMessageBox.StandardButton.Cancel)
    window.close_tab(1)
    assert asked == ["You have changes that are not saved (Юсупов Алишер Рустамович)."]
    assert window.tabs.count() == 2  # still open, edits kept
    asked = answer_next_question(QMessageBox.StandardButton.Discard)
    window.close_tab(1)
    assert asked and window.tabs.count() == 1


def test_a_fault_is_explained_in_words_not_a_traceback(qtbot, ws, window) -> None:
    def broken(db, actor):
        raise KeyError("a bug")

    QueryOp(ws, parent=window, op=broken, success=lambda _: None).run_in_background()
    idle(qtbot, ws)
    box = window.findChild(QMessageBox, "errorBox")
    assert box.text() == "Something went wrong inside Qamqor; what you were doing may not have been saved."
    assert "send that file to your administrator" in box.informativeText()
    assert "Traceback" not in box.text() + box.informativeText() + box.detailedText()


def test_the_overdue_filter(qtbot, ws, window, case, db, actor) -> None:
    records.add(db, actor, "stay", {"person_id": case.person_id, "entry_date": today() - dt.timedelta(days=60),
                                    "basis": "visa_free"})
    filters = window.case_list.filters
    filters.deadline.setCurrentIndex(filters.deadline.findData("due_soon"))
    idle(qtbot, ws)
    assert window.case_list.model.rowCount() == 0
    filters.deadline.setCurrentIndex(filters.deadline.findData("overdue"))
    idle(qtbot, ws)
    model = window.case_list.model
    assert model.rowCount() == 1
    assert model.index(0, DEADLINE).data().startswith("Overdue by ")


def test_work_runs_in_the_background_and_its_result_comes_back_on_the_gui_thread(qtbot, ws, window) -> None:
    import threading

    seen: dict[str, str] = {}

    def work(db, actor):
        seen["work"] = threading.current_thread().name
        return 42

    QueryOp(ws, parent=window, op=work, success=lambda result: seen.update(
        result=str(result), success=threading.current_thread().name)).run_in_background()
    idle(qtbot, ws)
    assert seen["work"].startswith("qamqor-read")
    assert (seen["result"], seen["success"]) == ("42", threading.main_thread().name)
