"""The dashboard on an ordinary laptop: its title, its size, its fields and headers in every language."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize

from desktop import i18n
from desktop.app import Application
from desktop.supervisor.alerts_model import AlertListModel
from desktop.supervisor.dashboard import Dashboard
from tests.desktop.conftest import idle
from tests.desktop.test_language import switch_in_preferences
from tests.desktop.test_supervisor import dashboard, sws, supervisor  # noqa: F401 (fixtures)

LAPTOP = QSize(1366, 768)


def test_a_caseworkers_dashboard_is_not_the_supervisors(qtbot, ws, sws) -> None:  # noqa: F811
    mine = Dashboard(ws)
    qtbot.addWidget(mine)
    assert "Supervisor" not in mine.windowTitle() and mine.windowTitle() == "Dashboard — Qamqor"
    chief = Dashboard(sws)
    qtbot.addWidget(chief)
    assert chief.windowTitle() == "Supervisor's dashboard — Qamqor"
    idle(qtbot, ws)
    idle(qtbot, sws)


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_the_dashboard_fits_a_laptop_screen_and_its_words_fit(qtbot, sws, language) -> None:  # noqa: F811
    i18n.install(language)
    window = dashboard(qtbot, sws)
    # Everything on a 1366×768 screen (less a 40-pixel task bar), title bar and all.
    laptop = QRect(0, 0, LAPTOP.width(), LAPTOP.height() - 40)
    window.fit_screen(laptop)
    hint = window.minimumSizeHint()
    assert hint.width() <= laptop.width() - 16 and hint.height() <= laptop.height() - 40, hint
    assert window.width() <= laptop.width() - 16 and window.height() <= laptop.height() - 40, window.size()
    # The "As of" day is read whole, calendar button beside it.
    as_of = window.alerts.as_of
    text = as_of.fontMetrics().horizontalAdvance(as_of.text())
    assert as_of.width() >= text + 2 * as_of.height(), (as_of.width(), text)
    # Each column's header is whole.
    header = window.alerts.table.horizontalHeader()
    model: AlertListModel = window.alerts.model
    for column in range(model.columnCount() - 1):
        assert header.sectionSize(column) >= header.sectionSizeHint(column), model.headerData(column, 1)
    idle(qtbot, sws)


def test_the_dashboard_opens_again_after_a_language_switch(qtbot, db, actor, case, settings) -> None:
    application = Application(db, settings, actor, "Aigerim Nurlanovna")
    qtbot.addWidget(application.show())
    application.window.findChild(type(application.window.refresh_action), "dashboardAction").trigger()
    idle(qtbot, application.ws)
    assert application.window.dashboard.isVisible()
    switch_in_preferences(qtbot, application, "ru")
    idle(qtbot, application.ws)
    window = application.window
    qtbot.waitUntil(lambda: getattr(window, "dashboard", None) is not None and window.dashboard.isVisible())
    assert window.dashboard.windowTitle() == "Панель — Qamqor"
    window.findChild(type(window.refresh_action), "dashboardAction").trigger()
    assert window.dashboard.isVisible()
    idle(qtbot, application.ws)
    application.ws.worker.shutdown()
