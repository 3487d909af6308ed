"""Issue 11's last items: tab names whole at 1024 pixels in every language, the case number in the heading,
rule verification notes in the caseworker's language."""
from __future__ import annotations

import pytest

from desktop import i18n
from desktop.main_window import MainWindow
from models.entities import Role
from models.services import records
from models.services.base import Actor
from tests.desktop.conftest import idle


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_every_tab_name_is_whole_at_1024_by_700(qtbot, ws, settings, case, language) -> None:
    ws.actor = Actor(ws.actor.user_id, frozenset({Role.caseworker, Role.supervisor}))  # every tab: History too
    i18n.install(language)
    window = MainWindow(ws, settings)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    view = window.open_case(case.id)
    qtbot.waitUntil(lambda: view.file is not None)
    idle(qtbot, ws)
    qtbot.wait(20)
    bar = view.tabs.tabBar()
    assert view.tabs.count() == 7  # Services (issue 29) beside the six before
    for index in range(view.tabs.count()):  # as wide as the whole name needs: Qt elided none of them
        assert bar.tabRect(index).width() >= bar.tabSizeHint(index).width(), (language, view.tabs.tabText(index))
        assert bar.tabRect(index).right() <= bar.width()
    assert view.tabs.tabToolTip(0) != view.tabs.tabText(0)  # the full name in the tooltip
    view.tabs.setCurrentWidget(view.trafficking)  # the tallest tab: it scrolls, the window stays 700 high
    qtbot.waitUntil(lambda: view.trafficking.file is not None)
    qtbot.wait(20)
    assert window.minimumSizeHint().height() <= 700 and window.height() <= 700, window.minimumSizeHint()
    view.tabs.setCurrentWidget(view.services)  # a form above a table: it scrolls too
    qtbot.waitUntil(lambda: view.services.file is not None)
    qtbot.wait(20)
    assert window.minimumSizeHint().height() <= 700 and window.height() <= 700, window.minimumSizeHint()


@pytest.mark.parametrize(("language", "words"), [("en", "Case QMQ-2024-"), ("ru", "Дело QMQ-2024-"),
                                                 ("kk", "Іс QMQ-2024-")])
def test_the_case_heading_shows_the_case_number(qtbot, ws, case, language, words) -> None:
    from desktop.case_view.view import CaseView

    i18n.install(language)
    view = CaseView(ws, case.id)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.file is not None)
    assert words + case.id.hex[:6].upper() in view.heading.text()
    assert i18n.show_date(case.opened_on) in view.heading.text()


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_verification_notes_are_in_the_caseworkers_language(qtbot, ws, db, actor, case, language) -> None:
    """The deadlines panel's "How well it is verified" line: from the rule data in ru and kk, not English."""
    import re

    from desktop.case_view.view import CaseView

    records.add(db, actor, "stay", {"person_id": case.person_id, "entry_date": "2024-05-10", "basis": "visa_free"})
    i18n.install(language)
    view = CaseView(ws, case.id)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.file is not None)
    items = view.file.deadlines.items
    assert items and all(item.verification for item in items)
    for item in items:
        words = re.sub(r"Qamqor|e-Qonaq|Joyamerger|MGI", "", item.verification)  # names stay as they are
        assert not re.search(r"[A-Za-z]{4,}", words), (item.rule, item.verification)
