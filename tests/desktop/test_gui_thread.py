"""The window never waits for what the user does not see (issue 11: < 100 ms of GUI-thread time a step)."""
from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMainWindow

from desktop.case_view.view import CaseView
from desktop.idle_lock import IdleLock


def test_typing_counts_as_use_for_the_idle_lock(qtbot, db) -> None:
    """The lock's filter skips events the window system did not send; the user's keys and clicks still count."""
    window = QMainWindow()
    qtbot.addWidget(window)
    field = QLineEdit(window)
    window.setCentralWidget(field)
    window.show()
    qtbot.waitExposed(window)
    lock = IdleLock(window, db, "aigerim", "Aigerim Nurlanovna", minutes=10)
    lock.last_input = before = time.monotonic() - 60
    field.update()  # painting is not use
    qtbot.wait(20)
    assert lock.last_input == before
    qtbot.keyClick(field, Qt.Key.Key_A)
    assert lock.last_input > before
    lock.last_input = before
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    assert lock.last_input > before
    lock.timer.stop()


def test_opening_a_case_makes_only_the_tab_in_sight(qtbot, ws, case) -> None:
    view = CaseView(ws, case.id)
    qtbot.addWidget(view)
    view.resize(1024, 700)
    view.show()
    qtbot.waitUntil(lambda: view.file is not None and "person" in view._built)
    assert set(view._built) == {"person"}  # the case, timeline, notes, trafficking tabs wait until shown
    view.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: "timeline" in view._built)
    assert view.timeline_model.rowCount() == len(view.timeline_model.entries)
    assert "case" not in view._built and "notes" not in view._built
    assert not view.dirty  # a tab never made holds no edit


def test_the_case_list_reads_its_pages_in_the_background(qtbot, ws, db, actor, monkeypatch) -> None:
    """The list arrives with its first page; a page further down is read off the GUI thread when first wanted
    (blank for a moment), never in `data()` itself."""
    import datetime as dt

    from desktop.case_list import model as case_list
    from models.services import cases, persons

    monkeypatch.setattr(case_list, "PAGE", 2)
    for family in ("Ахмедов", "Бекова", "Валиев", "Гулова", "Давлатов"):
        person = persons.create_person(db, actor, {"family_name": family, "given_name": "Али", "sex": "male",
                                                   "citizenship": "TJK", "birth_year": 1990}).value
        cases.open_case(db, actor, {"person_id": person.id, "category": "labour_migrant",
                                    "opened_on": dt.date(2026, 1, 5)})
    model = case_list.CaseListModel(ws)
    with qtbot.waitSignal(model.loaded):
        model.reload()
    assert model.rowCount() == 5
    assert model.index(0, case_list.NAME).data().startswith("Ахмедов")  # the first page came with the ids
    assert model.index(4, case_list.NAME).data() is None  # asked for, not read here
    with qtbot.waitSignal(model.dataChanged):
        pass
    assert model.index(4, case_list.NAME).data().startswith("Давлатов")
