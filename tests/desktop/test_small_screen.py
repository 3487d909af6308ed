"""At 1024×700 every tab, field and the deadline status of the case view are in reach, in every language,
without scrolling a whole form sideways."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QScrollArea

from desktop import i18n
from desktop.main_window import MainWindow
from models.services import records
from tests.desktop.conftest import idle


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_the_case_view_fits_1024_by_700(qtbot, ws, settings, case, db, actor, language) -> None:
    records.add(db, actor, "stay", {"person_id": case.person_id, "entry_date": "2024-05-10", "basis": "visa_free"})
    i18n.install(language)
    window = MainWindow(ws, settings)
    qtbot.addWidget(window)
    window.show()
    view = window.open_case(case.id)
    qtbot.waitUntil(lambda: view.file is not None)
    idle(qtbot, ws)
    assert window.minimumSizeHint().width() <= 1024 and window.minimumSizeHint().height() <= 700
    window.resize(1024, 700)  # (the offscreen screen may be smaller: what counts is what the window needs)
    view.resize(1024, 620)
    qtbot.wait(50)
    bar = view.tabs.tabBar()
    for index in range(view.tabs.count()):  # every tab's name in sight, none behind a scroll arrow
        assert bar.tabRect(index).right() <= bar.width(), view.tabs.tabText(index)
        view.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        page = view.tabs.widget(index)
        assert page.minimumSizeHint().width() <= page.width() + 1, view.tabs.tabText(index)
        for area in page.findChildren(QScrollArea):
            if area.isVisible() and area.widget() is not None:
                assert area.widget().minimumSizeHint().width() <= area.viewport().width(), view.tabs.tabText(index)
    deadlines = view.deadlines
    assert deadlines.isVisible() and deadlines.table.model().rowCount() > 0
    assert deadlines.mapTo(view, deadlines.rect().bottomRight()).x() <= view.width()
    assert view.planner.isVisible() and view.planner.mapTo(view, view.planner.rect().bottomRight()).x() <= view.width()


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_the_case_list_fits_1024(qtbot, ws, settings, case, db, actor, language) -> None:
    from models.services import accounts
    from models.services.base import Actor

    accounts.create_account(db, Actor.system(), {"username": "long", "role": "caseworker",
                                                 "full_name": "Нурмухамбетова-Кайырбекова Айгерим Сейтказыкызы",
                                                 "password": "correct horse battery"})
    i18n.install(language)
    window = MainWindow(ws, settings)
    qtbot.addWidget(window)
    window.show()
    idle(qtbot, ws)
    qtbot.waitUntil(lambda: window.case_list.filters.caseworker.count() > 2)
    assert window.minimumSizeHint().width() <= 1024, window.case_list.filters.minimumSizeHint().width()
