"""In the evening far from Almaty, what the window shows is dated by Almaty's day, as the case is."""
from __future__ import annotations

import datetime as dt

import time_machine
from PySide6.QtCore import Qt

from desktop import i18n
from models import clock
from models.services import cases
from tests.desktop.conftest import idle
from tests.desktop.test_case_view import open_view
from tests.test_clock import ALMATYS_DAY, EVENING_IN_LOS_ANGELES


def test_a_note_written_in_the_evening_is_dated_the_day_its_case_was_opened(qtbot, ws, db, actor, person) -> None:
    with time_machine.travel(EVENING_IN_LOS_ANGELES, tick=True):
        case = cases.open_case(db, actor, {"person_id": person.id, "category": "labour_migrant",
                                           "opened_on": clock.today(), "caseworker_id": actor.user_id}).value
        view = open_view(qtbot, ws, case)
        view.tabs.setCurrentWidget(view.notes)
        qtbot.keyClicks(view.notes.new_note, "Came back with the employer's letter.")
        qtbot.mouseClick(view.notes.add_note_button, Qt.MouseButton.LeftButton)
        idle(qtbot, ws)
        qtbot.waitUntil(lambda: view.notes.notes.count() == 1)
        stamp = view.notes.notes.item(0).text().split(" · ")[0]
    assert case.opened_on == ALMATYS_DAY
    assert stamp == i18n.show_date(ALMATYS_DAY) != i18n.show_date(dt.date(2026, 12, 7))


def test_a_stored_moment_is_shown_in_almatys_time() -> None:
    with time_machine.travel(EVENING_IN_LOS_ANGELES, tick=False):
        synced = clock.utcnow()  # stored as UTC: 21:30
        assert i18n.show_time(synced, short=True) == i18n.show_time(dt.datetime(2026, 12, 7, 21, 30), short=True)
        assert "02:30" in i18n.show_time(synced) or "2:30" in i18n.show_time(synced)
        assert i18n.show_time(synced).startswith(i18n.show_date(ALMATYS_DAY))
