"""The supervisor's dashboard: alerts that follow the caseworkers' edits, filters, the as-of day, caseloads,
the quota, exports, and the deadlines brought up to today at start."""
from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from desktop import i18n
from desktop.supervisor.alerts_model import PERSON, RULE, STATUS, AlertListModel
from desktop.supervisor.caseload_view import CaseloadModel, CasesModel
from desktop.supervisor.dashboard import Dashboard
from desktop.supervisor.freshness import DeadlineRefresher
from desktop.supervisor.quota_view import QuotaModel
from desktop.workspace import Workspace
from models.clock import ALMATY, today
from models.services import accounts, alerts, caseload, cases, employers, persons, quota, records
from models.services.base import Actor
from tests.desktop.conftest import idle, type_text

TODAY = today()


@pytest.fixture(autouse=True)
def noon_in_almaty():
    """Every test here at noon of TODAY in Almaty. The dashboard judges by today() when it runs and the
    tests by TODAY from when the module was imported: a run that passed Almaty's midnight (19:00 UTC) in
    between failed (the alert list read ahead at start was for the day before, so none was shown)."""
    with time_machine.travel(dt.datetime.combine(TODAY, dt.time(12), tzinfo=ALMATY), tick=True):
        yield


def days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


@pytest.fixture
def supervisor(db) -> Actor:
    return Actor.of(accounts.create_account(db, Actor.system(), {
        "username": "gulnara", "full_name": "Gulnara Supervisor", "role": "supervisor",
        "password": "correct horse battery"}).value)


@pytest.fixture
def sws(qtbot, db, supervisor):
    """The supervisor's workspace."""
    workspace = Workspace(db, supervisor, "Gulnara Supervisor")
    yield workspace
    qtbot.waitUntil(workspace.worker.idle, timeout=10_000)
    workspace.worker.shutdown()


@pytest.fixture
def office(db, actor, case):
    """Aigerim's case with a stay entered 10 days ago; a colleague's case in Almaty with one entered today."""
    records.add(db, actor, "stay", {"person_id": case.person_id, "entry_date": days(-10), "basis": "visa_free"})
    colleague = Actor.of(accounts.create_account(db, Actor.system(), {
        "username": "bolat", "full_name": "Bolat Caseworker", "role": "caseworker",
        "password": "correct horse battery"}).value)
    other = persons.create_person(db, colleague, {"family_name": "Тошматов", "given_name": "Фаррух",
                                                  "citizenship": "UZB", "address": "г. Алматы, ул. Абая, д. 5"}).value
    other_case = cases.open_case(db, colleague, {"person_id": other.id, "category": "labour_migrant",
                                                 "opened_on": days(0)}).value
    records.add(db, colleague, "stay", {"person_id": other.id, "entry_date": days(0), "basis": "visa_free"})
    return {"case": case, "other_case": other_case, "colleague": colleague}


def dashboard(qtbot, sws, settings=None) -> Dashboard:
    window = Dashboard(sws, None, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.alerts.model.complete and sws.worker.idle(), timeout=10_000)
    return window


def listed(model: AlertListModel, qtbot=None, ws=None) -> list[tuple[str, str]]:
    """(deadline, person) of every row, reading the pages the way a view does."""
    rows = []
    for row in range(model.rowCount()):
        if model.row_at(row) is None and qtbot is not None:
            qtbot.waitUntil(lambda r=row: model.row_at(r) is not None, timeout=5000)
        rows.append((model.index(row, RULE).data(), model.index(row, PERSON).data()))
    return [r for r in rows if r[1] != "Office: employers"]


# --- models ------------------------------------------------------------------------------

def test_every_model_of_the_dashboard_passes_the_model_tester(qtbot, qtmodeltester, sws, db, supervisor, actor,
                                                               office) -> None:
    model = AlertListModel(sws)
    model.load()
    idle(qtbot, sws)
    assert len(listed(model)) == 4
    qtmodeltester.check(model)
    loads = CaseloadModel()
    loads.set_loads(caseload.caseloads(db, supervisor))
    qtmodeltester.check(loads)
    cases_model = CasesModel()
    cases_model.set_cases(caseload.cases_of(db, supervisor, actor.user_id))
    qtmodeltester.check(cases_model)
    quota.set_allocation(db, supervisor, {"year": TODAY.year, "region": "г. Алматы", "category": "third",
                                          "units": 10})
    usage = QuotaModel(sws)
    usage.set_usage(quota.usage(db, supervisor, TODAY.year))
    qtmodeltester.check(usage)
    empty = AlertListModel(sws)
    qtmodeltester.check(empty)


def test_a_long_list_is_read_a_page_at_a_time_in_the_background(qtbot, sws, db, actor, case, monkeypatch) -> None:
    monkeypatch.setattr("desktop.supervisor.alerts_model.PAGE", 2)
    records.add(db, actor, "stay", {"person_id": case.person_id, "entry_date": days(-10), "basis": "visa_free"})
    for i in range(2):
        person = persons.create_person(db, actor, {"family_name": f"Рахимов{i}", "given_name": "Бек",
                                                   "citizenship": "UZB"}).value
        cases.open_case(db, actor, {"person_id": person.id, "category": "labour_migrant", "opened_on": days(0)})
        records.add(db, actor, "stay", {"person_id": person.id, "entry_date": days(-i), "basis": "visa_free"})
    model = AlertListModel(sws)
    # What the first page showed, taken when it is shown: the next pages may arrive before waitSignal returns.
    shown: list[tuple[int, bool]] = []
    model.first_page_shown.connect(lambda *_: shown.append((model.rowCount(), model.complete)))
    with qtbot.waitSignal(model.first_page_shown):
        model.load()
    assert shown == [(2, False)]
    idle(qtbot, sws)
    assert model.complete and model.rowCount() == 6 + (1 if any(
        r.rule == "quota.employer_request" for r in alerts.alerts(db, sws.actor)) else 0)
    assert model.index(4, PERSON).data() == "…"  # not read yet: asked for, in the background
    idle(qtbot, sws)
    assert model.index(4, PERSON).data() not in ("…", None)


# --- the alert page ------------------------------------------------------------------------

def test_an_edit_to_a_stay_in_the_case_view_changes_the_supervisors_list(qtbot, sws, db, office) -> None:
    from desktop.case_view.view import CaseView

    window = dashboard(qtbot, sws)
    before = listed(window.alerts.model, qtbot)
    assert ("Registration of the place of stay", "Юсупов Алишер Рустамович") in before
    view = CaseView(sws, office["case"].id)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.file is not None)
    view.tabs.setCurrentWidget(view.timeline)
    editor = view.timeline.edit("registration", None)
    type_text(qtbot, editor.form.editors["registered_on"], i18n.show_date(days(-9)))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ("Registration of the place of stay", "Юсупов Алишер Рустамович") not in listed(
        window.alerts.model, qtbot), timeout=10_000)
    idle(qtbot, sws)
    assert window.alerts.tiles["overdue"].count == 0
    assert ("Last day of stay (per entry)", "Юсупов Алишер Рустамович") in listed(window.alerts.model, qtbot)


def test_filters_the_as_of_day_and_the_count_tiles(qtbot, sws, db, office) -> None:
    window = dashboard(qtbot, sws)
    page = window.alerts
    assert page.tiles["overdue"].count == 1 and page.tiles["week"].count >= 1
    page.caseworker.setCurrentIndex(page.caseworker.findData(office["colleague"].user_id.hex))
    qtbot.waitUntil(lambda: page.model.complete and sws.worker.idle())
    assert {person for _, person in listed(page.model, qtbot)} == {"Тошматов Фаррух"}
    page.caseworker.setCurrentIndex(0)
    page.region.setCurrentIndex(page.region.findData("г. Алматы"))
    idle(qtbot, sws)
    assert {person for _, person in listed(page.model, qtbot)} == {"Тошматов Фаррух"}
    page.region.setCurrentIndex(0)
    # What will be overdue in three weeks? Type the day, as a supervisor would.
    page.as_of.clear()
    type_text(qtbot, page.as_of, i18n.show_date(days(21)))
    qtbot.waitUntil(lambda: page.day() == days(21))
    idle(qtbot, sws)
    assert page.tiles["overdue"].count == 3  # both registrations and the first per-entry limit
    qtbot.mouseClick(page.tiles["overdue"], Qt.MouseButton.LeftButton)
    idle(qtbot, sws)
    assert page.window_choice.currentData() == "overdue" and page.model.rowCount() == 3
    assert page.model.index(0, STATUS).data() == "Overdue"
    assert "as of" in page.status.text()
    page.today_button.click()
    idle(qtbot, sws)
    assert page.model.rowCount() == 1


def test_a_group_filters_the_list_and_a_row_opens_its_case(qtbot, sws, db, office) -> None:
    window = dashboard(qtbot, sws)
    page = window.alerts
    qtbot.waitUntil(lambda: page.groups.topLevelItemCount() == 4)
    by_caseworker = page.groups.topLevelItem(1)
    bolat = next(by_caseworker.child(i) for i in range(by_caseworker.childCount())
                 if by_caseworker.child(i).text(0) == "Bolat Caseworker")
    page._group_chosen(bolat)
    idle(qtbot, sws)
    assert page.caseworker.currentData() == office["colleague"].user_id.hex
    assert {person for _, person in listed(page.model, qtbot)} == {"Тошматов Фаррух"}
    with qtbot.waitSignal(window.open_case) as opened:
        row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).case_hex)
        page.table.activated.emit(page.model.index(row, 0))
    assert opened.args == [office["other_case"].id]


def test_the_weeks_chart(qtbot, sws, db, office) -> None:
    window = dashboard(qtbot, sws)
    idle(qtbot, sws)
    values = window.alerts.weeks.values
    assert values[0] == 1 and len(values) == 9  # overdue, then 8 weeks
    assert sum(values[1:]) >= 3


# --- caseloads, quota, exports ------------------------------------------------------------------

def test_reassigning_from_the_caseloads(qtbot, sws, db, actor, office) -> None:
    window = dashboard(qtbot, sws)
    window.tabs.setCurrentWidget(window.caseloads)
    page = window.caseloads
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and sws.worker.idle())
    mine = next(i for i, load in enumerate(page.model.loads) if load.caseworker_id == actor.user_id)
    page.table.selectRow(mine)
    qtbot.waitUntil(lambda: page.cases_model.rowCount() == 1 and sws.worker.idle())
    page.cases.selectAll()
    assert page.reassign_button.isEnabled() and page.reassign_button.text() == "Reassign 1 case"
    page.target.setCurrentIndex(page.target.findData(office["colleague"].user_id.hex))
    page.reassign_button.click()
    confirm_reassigning(qtbot, page)
    idle(qtbot, sws)
    assert cases.get_case(db, sws.actor, office["case"].id).caseworker_id == office["colleague"].user_id
    qtbot.waitUntil(lambda: next(load.open_cases for load in page.model.loads
                                 if load.caseworker_id == office["colleague"].user_id) == 2)
    assert page.chart.values and max(page.chart.values) == 2


def confirm_reassigning(qtbot, page, answer=QMessageBox.StandardButton.Yes) -> str:
    """Answer the question the page asks before handing cases over; what it asked."""
    qtbot.waitUntil(lambda: getattr(page, "confirm", None) is not None and page.confirm.isVisible())
    asked = page.confirm.text()
    qtbot.mouseClick(page.confirm.button(answer), Qt.MouseButton.LeftButton)
    return asked


def test_the_quota_page_edits_an_allocation_in_place(qtbot, sws, db, actor, office) -> None:
    employer = employers.create_employer(db, actor, {"name": "ТОО Алатау", "region": "г. Алматы"}).value
    records.add(db, actor, "permit", {"person_id": office["case"].person_id, "kind": "work_permit",
                                      "valid_from": days(-1), "valid_to": days(300), "work_category": "third",
                                      "employer_id": employer.id})
    window = dashboard(qtbot, sws)
    window.tabs.setCurrentWidget(window.quota)
    page = window.quota
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and sws.worker.idle())
    assert page.model.index(0, QuotaModel.LEVEL).data() == "No allocation"
    assert page.model.flags(page.model.index(0, QuotaModel.ALLOCATED)) & Qt.ItemFlag.ItemIsEditable
    page.model.setData(page.model.index(0, QuotaModel.ALLOCATED), 1)
    qtbot.waitUntil(lambda: page.model.index(0, QuotaModel.ALLOCATED).data() == 1, timeout=10_000)
    assert page.model.index(0, QuotaModel.LEVEL).data() == "Used up"
    assert page.chart.values == [(1, 1)]
    assert [a.units for a in quota.allocations(db, sws.actor, TODAY.year)] == [1]


def test_exports_from_the_dashboard(qtbot, sws, db, office, tmp_path) -> None:
    window = dashboard(qtbot, sws)
    window.export_alerts("xlsx", tmp_path / "alerts.xlsx")
    window.export_statistics("csv", tmp_path / "statistics.csv")
    idle(qtbot, sws)
    assert (tmp_path / "alerts.xlsx").stat().st_size > 0
    text_ = (tmp_path / "statistics.csv").read_text(encoding="utf-8-sig")
    assert "Юсупов" not in text_ and "Alerts by deadline" in text_
    assert "Exported" in window.statusBar().currentMessage()


def test_a_caseworker_sees_the_alerts_of_their_own_cases_only(qtbot, ws, db, office) -> None:
    window = Dashboard(ws)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.alerts.model.complete and ws.worker.idle())
    assert window.caseloads is None and window.quota is None and window.tabs.count() == 1
    assert {person for _, person in listed(window.alerts.model, qtbot)} == {"Юсупов Алишер Рустамович"}


# --- deadlines brought up to today at start ------------------------------------------------------

def test_stale_deadlines_are_recomputed_in_the_background_with_progress(qtbot, sws, db, office) -> None:
    with db.transaction() as session:
        session.execute(text("UPDATE obligations SET computed_on = :day"), {"day": days(-1).isoformat()})
    refresher = DeadlineRefresher.of(sws)
    assert DeadlineRefresher.of(sws) is refresher
    steps = []
    refresher.progress.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(refresher.done, timeout=20_000) as finished:
        refresher.start()
    assert finished.args == [2] and steps[-1] == (2, 2)
    assert not alerts.is_stale(db)
    idle(qtbot, sws)
    assert refresher.read_ahead_for(TODAY) is not None  # then the list is read ahead for the dashboard
    window = Dashboard(sws)
    qtbot.addWidget(window)
    window.show()
    assert window.alerts.model.rowCount() > 0  # at once, before any read comes back
    idle(qtbot, sws)


def test_the_main_window_opens_the_dashboard(qtbot, ws, window) -> None:
    action = window.findChild(type(window.refresh_action), "dashboardAction")
    assert action is not None and action.shortcut().toString() == "Ctrl+D"
    action.trigger()
    idle(qtbot, ws)
    assert window.dashboard.isVisible()
    action.trigger()  # again: the same window, in front
    assert len([w for w in window.findChildren(Dashboard)]) == 1
