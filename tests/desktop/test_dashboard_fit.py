"""The dashboard on an ordinary laptop: its title, its size, its fields and headers in every language."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QMessageBox

from desktop import i18n
from desktop.app import Application
from desktop.supervisor.alerts_model import AlertListModel
from desktop.supervisor.dashboard import Dashboard
from tests.desktop.conftest import idle
from tests.desktop.test_language import switch_in_preferences
from tests.desktop.test_supervisor import confirm_reassigning, dashboard, office, supervisor, sws  # noqa: F401

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


def test_the_reassign_list_sorts_filters_and_asks_first(qtbot, sws, db, actor, office) -> None:  # noqa: F811
    from models.clock import today
    from models.services import cases, persons

    for family in ("Абдуллаев", "Каримов"):
        other = persons.create_person(db, actor, {"family_name": family, "given_name": "Азиз", "citizenship": "UZB"}).value
        cases.open_case(db, actor, {"person_id": other.id, "category": "labour_migrant", "opened_on": today()})
    window = dashboard(qtbot, sws)
    window.tabs.setCurrentWidget(window.caseloads)
    page = window.caseloads
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and sws.worker.idle())
    page.table.selectRow(next(i for i, load in enumerate(page.model.loads) if load.caseworker_id == actor.user_id))
    qtbot.waitUntil(lambda: page.cases_model.rowCount() == 3 and sws.worker.idle())
    shown = lambda: [page.cases.model().index(r, 0).data() for r in range(page.cases.model().rowCount())]  # noqa: E731
    page.cases.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert [name.split()[0] for name in shown()] == ["Юсупов", "Каримов", "Абдуллаев"]
    page.case_filter.setText("карим")
    assert [name.split()[0] for name in shown()] == ["Каримов"]
    page.cases.selectAll()
    assert page.selected_cases() == [c.case_id for c in page.cases_model.cases if c.name.startswith("Каримов")]
    page.target.setCurrentIndex(page.target.findData(office["colleague"].user_id.hex))
    qtbot.mouseClick(page.reassign_button, Qt.MouseButton.LeftButton)
    assert confirm_reassigning(qtbot, page, QMessageBox.StandardButton.Cancel) == "Hand 1 case over to Bolat Caseworker?"
    idle(qtbot, sws)
    karimov = next(c.case_id for c in page.cases_model.cases if c.name.startswith("Каримов"))
    assert cases.get_case(db, sws.actor, karimov).caseworker_id == actor.user_id  # nothing changed on Cancel
    qtbot.mouseClick(page.reassign_button, Qt.MouseButton.LeftButton)
    confirm_reassigning(qtbot, page)
    qtbot.waitUntil(lambda: cases.get_case(db, sws.actor, karimov).caseworker_id == office["colleague"].user_id)
    idle(qtbot, sws)


def test_the_quota_chart_sets_one_category_against_its_allocation(qtbot, sws, db, actor, office) -> None:  # noqa: F811
    import datetime as dt

    from models.clock import today
    from models.services import employers, quota, records

    employer = employers.create_employer(db, actor, {"name": "ТОО Алатау", "region": "г. Алматы"}).value
    for category in ("third", "second", "second"):
        records.add(db, actor, "permit", {"person_id": office["case"].person_id, "kind": "work_permit",
                                          "valid_from": today() - dt.timedelta(days=1),
                                          "valid_to": today() + dt.timedelta(days=300), "work_category": category,
                                          "employer_id": employer.id})
    quota.set_allocation(db, sws.actor, {"year": today().year, "region": "г. Алматы", "category": "third",
                                         "units": 4})
    window = dashboard(qtbot, sws)
    window.tabs.setCurrentWidget(window.quota)
    page = window.quota
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and sws.worker.idle())
    choose = page.chart_category
    choose.setCurrentIndex(choose.findData("third"))
    assert page.chart.values == [(4, 1)]  # third category: 4 allocated, 1 permit (not 3: the others are second)
    choose.setCurrentIndex(choose.findData("second"))
    assert page.chart.values == [(None, 2)]
    idle(qtbot, sws)


def test_exports_follow_the_filters(qtbot, sws, db, office, tmp_path) -> None:  # noqa: F811
    import csv

    window = dashboard(qtbot, sws)
    page = window.alerts
    everyone = tmp_path / "everyone.csv"
    window.export_statistics("csv", everyone)
    idle(qtbot, sws)
    page.caseworker.setCurrentIndex(page.caseworker.findData(office["colleague"].user_id.hex))
    qtbot.waitUntil(lambda: page.model.complete and sws.worker.idle())
    shown = page.model.rowCount()
    alerts_file, statistics_file = tmp_path / "alerts.csv", tmp_path / "statistics.csv"
    window.export_alerts("csv", alerts_file)
    window.export_statistics("csv", statistics_file)
    idle(qtbot, sws)
    with alerts_file.open(encoding="utf-8-sig") as rows:
        listed = list(csv.reader(rows, delimiter=";"))[1:]
    assert len(listed) == shown and all("Юсупов" not in " ".join(row) for row in listed)

    def by_rule(path) -> int:
        with path.open(encoding="utf-8-sig") as rows:
            table = list(csv.reader(rows, delimiter=";"))
        return sum(int(row[-1]) for row in table[1:] if row[0] == "Alerts by deadline" and row[-1].isdigit())

    assert 0 < by_rule(statistics_file) < by_rule(everyone)  # Bolat's alerts only, as the list shows


def test_a_caseworkers_dashboard_offers_only_herself_as_caseworker(qtbot, ws, sws, office) -> None:  # noqa: F811
    mine = Dashboard(ws)
    qtbot.addWidget(mine)
    mine.show()
    idle(qtbot, ws)
    combo = mine.alerts.caseworker
    shown = [combo.itemText(i) for i in range(combo.count())]
    assert shown == ["Everyone", "Aigerim Nurlanovna"], shown
    # The supervisor's copy offers every caseworker, and the unassigned cases.
    chief = dashboard(qtbot, sws)
    combo = chief.alerts.caseworker
    shown = [combo.itemText(i) for i in range(combo.count())]
    assert "Not assigned" in shown and "Bolat Caseworker" in shown and len(shown) >= 4, shown


def test_a_change_after_a_language_switch_reaches_only_the_living_quota_page(qtbot, db, supervisor,  # noqa: F811
                                                                            settings) -> None:
    """The old window's quota page is deleted with it; the workspace's next change must not call it."""
    from desktop.operations import quota as quota_ops
    from models.clock import today

    application = Application(db, settings, supervisor, "Gulnara Supervisor")
    qtbot.addWidget(application.show())
    application.window.findChild(type(application.window.refresh_action), "dashboardAction").trigger()
    idle(qtbot, application.ws)
    switch_in_preferences(qtbot, application, "kk")
    idle(qtbot, application.ws)
    qtbot.wait(50)  # the old window and its dashboard are deleted on this turn of the event loop
    window = application.window
    window.dashboard.tabs.setCurrentWidget(window.dashboard.quota)
    quota_ops.set_allocation(application.ws, parent=window, data={
        "year": today().year, "region": "г. Алматы", "category": "third", "units": 4}).run_in_background()
    idle(qtbot, application.ws)
    qtbot.waitUntil(lambda: window.dashboard.quota.model.rowCount() == 1)
    application.ws.worker.shutdown()


def test_regions_read_in_russian_letters_in_russian(qtbot, sws) -> None:  # noqa: F811
    i18n.install("ru")
    window = dashboard(qtbot, sws)
    combo = window.alerts.region
    shown = [combo.itemText(i) for i in range(combo.count())]
    assert "область Улытау" in shown and "область Жетысу" in shown and "область Абай" in shown, shown
    kazakh_letters = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
    assert [name for name in shown if kazakh_letters & set(name)] == []
    i18n.install("kk")
    window = dashboard(qtbot, sws)
    shown = [window.alerts.region.itemText(i) for i in range(window.alerts.region.count())]
    assert "Ұлытау облысы" in shown
    idle(qtbot, sws)
