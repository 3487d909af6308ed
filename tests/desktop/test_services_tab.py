"""The case's Services tab through its real widgets: who referred the person, services planned and given,
a late one marked, undo, and the services ticked at a referral's "services delivered"."""
from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from PySide6.QtCore import Qt

from desktop.case_view.view import CaseView
from models.services import case_services, cases, consent, directory, referrals
from tests.desktop.conftest import idle, type_text

TODAY = dt.datetime(2024, 7, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=5)))


@pytest.fixture(autouse=True)
def _on_1_july_2024():
    with time_machine.travel(TODAY, tick=False):
        yield


def open_tab(qtbot, ws, case) -> CaseView:
    view = CaseView(ws, case.id)
    qtbot.addWidget(view)
    view.resize(1024, 700)
    view.show()
    qtbot.waitUntil(lambda: view.file is not None)
    view.tabs.setCurrentWidget(view.services)
    qtbot.waitUntil(lambda: view.services.file is not None)
    return view


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_who_referred_the_person_is_saved_on_the_case_and_refused_in_words(qtbot, ws, db, actor, case) -> None:
    view = open_tab(qtbot, ws, case)
    form = view.services.referred
    iom = next(o for o in directory.organisations(db, actor) if o.name == "IOM Almaty")
    by = form.form.editors["referred_by_id"]
    by.setCurrentIndex(by.findText("IOM Almaty"))
    by.activated.emit(by.currentIndex())
    type_text(qtbot, form.form.editors["referred_on"], "05.07.2024")  # after today
    form.form.editors["referred_how"].setCurrentIndex(form.form.editors["referred_how"].findText("IOM"))
    form.form.editors["referred_how"].activated.emit(0)
    type_text(qtbot, form.form.editors["referred_why"], "Found at the bus station")
    click(qtbot, form.save_button)
    idle(qtbot, ws)
    assert form.form.error_text("referred_on").startswith("is in the future")
    assert cases.get_case(db, actor, case.id).referred_by_id is None  # nothing written

    form.form.editors["referred_on"].clear()
    type_text(qtbot, form.form.editors["referred_on"], "10.05.2024")
    click(qtbot, form.save_button)
    idle(qtbot, ws)
    stored = cases.get_case(db, actor, case.id)
    assert (stored.referred_by_id, stored.referred_on, stored.referred_how, stored.referred_why) == (
        iom.id, dt.date(2024, 5, 10), "iom", "Found at the bus station")
    assert ws.undo.undo_label == "Edit case"


def test_services_are_added_changed_shown_late_and_undone(qtbot, ws, db, actor, case) -> None:
    view = open_tab(qtbot, ws, case)
    panel = view.services
    click(qtbot, panel.add_button)
    dialog = panel.dialog
    dialog.form.editors["kind"].set_value("legal_aid")
    click(qtbot, dialog.save_button)  # neither date: refused under the field, in words
    idle(qtbot, ws)
    assert dialog.form.error_text("given_on") == "give the day the service is planned for, or the day it was given"
    type_text(qtbot, dialog.form.editors["planned_on"], "20.06.2024")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1)
    late = panel.table.item(0, 0)
    assert late.text() == "Legal aid" and late.foreground().color().name() == "#b00020"
    assert "not recorded as given" in late.toolTip()
    assert panel.table.item(0, 1).text() == "Our office"

    panel.table.selectRow(0)
    click(qtbot, panel.change_button)
    dialog = panel.dialog
    type_text(qtbot, dialog.form.editors["given_on"], "25.06.2024")
    dialog.form.editors["outcome"].set_value("completed")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: panel.table.item(0, 3) is not None and panel.table.item(0, 3).text() != "")
    assert panel.table.item(0, 4).text() == "Given"
    assert panel.table.item(0, 0).foreground().color().name() != "#b00020"
    assert ws.undo.undo_label == "Change service"

    step = ws.take_undo()
    from desktop.operations import undo as undo_ops

    undo_ops.reverse(ws, parent=view, step=step).run_in_background()
    qtbot.waitUntil(lambda: panel.table.item(0, 3) is not None and panel.table.item(0, 3).text() == "")
    assert [s.given_on for s in case_services.services_of(db, actor, case.id)] == [None]


def test_services_delivered_ticks_the_services_the_organisation_gave(qtbot, ws, db, actor, case) -> None:
    iom = next(o for o in directory.organisations(db, actor) if o.name == "IOM Almaty")
    given = case_services.add_service(db, actor, {"case_id": case.id, "kind": "shelter", "organisation_id": iom.id,
                                                  "given_on": "2024-06-20"}).value
    draft = referrals.create_referral(db, actor, {"case_id": case.id, "organisation_id": iom.id,
                                                  "services": ["shelter"], "shared": ["identity"]}).value
    consent.record_consent(db, actor, {"case_id": case.id, "purpose": "share_data", "organisation_id": iom.id,
                                       "scope": ["identity"], "given_on": "2024-06-01",
                                       "method": "verbal_with_witness", "witness": "Dana"})
    sent = referrals.send_referral(db, actor, draft.id, draft.version, {"sent_on": "2024-06-03"}).value
    referrals.advance(db, actor, sent.id, sent.version, "accepted", {"on": "2024-06-05"})
    view = open_tab(qtbot, ws, case)
    view.tabs.setCurrentWidget(view.trafficking)
    panel = view.trafficking
    qtbot.waitUntil(lambda: panel.file is not None and panel.referrals.rowCount() == 1)
    panel.referrals.selectRow(0)
    click(qtbot, panel.step_button)
    dialog = panel.dialog
    dialog.form.editors["status"].set_value("services_delivered")
    boxes = dialog.form.editors["service_ids"].boxes
    qtbot.waitUntil(lambda: given.id in boxes)
    boxes[given.id].setChecked(True)
    click(qtbot, dialog.save_button)
    idle(qtbot, ws)
    assert referrals.get_referral(db, actor, sent.id).status == "services_delivered"
    assert case_services.services_of(db, actor, case.id)[0].referral_id == sent.id


def test_the_supervisor_sees_where_cases_came_from_and_filters_by_it(qtbot, db, actor, case, person) -> None:
    from desktop.supervisor.dashboard import Dashboard
    from desktop.workspace import Workspace
    from models.services import accounts
    from models.services.base import Actor

    iom = next(o for o in directory.organisations(db, actor) if o.name == "IOM Almaty")
    current = cases.get_case(db, actor, case.id)
    cases.update_case(db, actor, case.id, current.version, current.model_dump(include=set(cases.CaseIn.model_fields))
                      | {"referred_by_id": iom.id, "referred_on": "2024-05-10", "referred_how": "iom"})
    for day in ("2024-06-01", "2024-06-02"):
        cases.open_case(db, actor, {"person_id": person.id, "category": "other", "opened_on": day,
                                    "referred_on": day, "referred_how": "police", "referred_by_name": "Police, Shymkent",
                                    "referred_why": "Detained at a raid"})
    supervisor = Actor.of(accounts.create_account(db, Actor.system(), {
        "username": "gulnara", "full_name": "Gulnara", "role": "supervisor", "password": "correct horse battery"}).value)
    sws = Workspace(db, supervisor, "Gulnara")
    try:
        dashboard = Dashboard(sws)
        qtbot.addWidget(dashboard)
        dashboard.show()
        page = dashboard.referred
        dashboard.tabs.setCurrentWidget(page)
        qtbot.waitUntil(lambda: page.found is not None and page.table.rowCount() == 3)
        shown = [page.source.itemText(i) for i in range(page.source.count())]
        assert shown == ["Everyone (3)", "Police, Shymkent (2)", "IOM Almaty (1)"]
        page.source.setCurrentIndex(2)
        page.source.activated.emit(2)
        qtbot.waitUntil(lambda: page.table.rowCount() == 1)
        assert page.table.item(0, 2).text() == "IOM Almaty" and page.table.item(0, 3).text() == "IOM"
        assert page.source.currentText() == "IOM Almaty (1)"
        with qtbot.waitSignal(dashboard.open_case) as opened:
            page.table.doubleClicked.emit(page.table.model().index(0, 0))
        assert opened.args == [case.id]
    finally:
        qtbot.waitUntil(sws.worker.idle, timeout=10_000)
        sws.worker.shutdown()


def test_a_service_alert_says_which_service_and_what_to_do(qtbot, db, actor, case) -> None:
    from desktop import i18n
    from desktop.supervisor import words
    from models.services import alerts

    case_services.add_service(db, actor, {"case_id": case.id, "kind": "medical", "planned_on": "2024-06-25"})
    [row] = alerts.alerts(db, actor, alerts.AlertFilter(window="overdue"))
    assert words.rule(row.rule) == "Planned service not given"
    assert "Medical help, planned for 25.06.2024, is not recorded as given" in words.rule_tooltip(row) \
        or "planned for" in words.rule_tooltip(row)
    i18n.install("ru")
    assert words.rule(row.rule) != "Planned service not given"
