"""The stay planner in the case view: every stay limit, the one that binds, and no stale answer."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from desktop import i18n
from models.clock import today
from models.services import persons
from tests.desktop.conftest import idle, type_text
from tests.desktop.test_case_view import open_view


def ask(qtbot, ws, view, entry: dt.date) -> str:
    view.planner.entry.clear()
    type_text(qtbot, view.planner.entry, i18n.show_date(entry))
    qtbot.mouseClick(view.planner.ask, Qt.MouseButton.LeftButton)
    idle(qtbot, ws)
    return view.planner.answer.text()


def test_an_uzbek_citizen_is_told_30_days_per_entry(qtbot, ws, case) -> None:
    view = open_view(qtbot, ws, case)  # the person is a citizen of Uzbekistan
    entry = today() + dt.timedelta(days=10)
    last = i18n.show_date(entry + dt.timedelta(days=29))
    assert ask(qtbot, ws, view, entry) == (f"They may stay up to 30 days, until {last} inclusive.\n"
                                           "The limit that binds: 30 days per entry.")


def test_a_tajik_citizen_is_told_to_register_in_time(qtbot, ws, case, db, actor) -> None:
    person = persons.get_person(db, actor, case.person_id)
    persons.update_person(db, actor, person.id, person.version,
                          person.model_dump(include=set(persons.PersonIn.model_fields)) | {"citizenship": "TJK"})
    view = open_view(qtbot, ws, case)
    text = ask(qtbot, ws, view, today() + dt.timedelta(days=10))
    assert text.startswith("They may stay up to 90 days")
    assert "because they register their place of stay within 30 days" in text
    assert "at most 90 days in any 180-day period" in text


def test_the_answer_clears_when_the_stays_change(qtbot, ws, case) -> None:
    view = open_view(qtbot, ws, case)
    assert ask(qtbot, ws, view, today() + dt.timedelta(days=10)).startswith("They may stay up to 30 days")
    editor = view.timeline.edit("stay", None)
    type_text(qtbot, editor.form.editors["entry_date"], i18n.show_date(today() - dt.timedelta(days=100)))
    type_text(qtbot, editor.form.editors["exit_date"], i18n.show_date(today() - dt.timedelta(days=20)))
    editor.form.editors["basis"].set_value("visa_free")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    idle(qtbot, ws)
    assert view.planner.answer.text() == ""
    # Asked again: 81 days of the last 180 are used, so the 90/180 rule binds now.
    text = ask(qtbot, ws, view, today() + dt.timedelta(days=1))
    assert text.endswith("The limit that binds: at most 90 days in any 180-day period.")
