"""The case facts in the trafficking tab (issue 29 item 4): the form starts from the screening, saves what
the caseworker chose, and the tab sums the facts up."""
from __future__ import annotations

from models.clock import today
from models.services import screening, trafficking_facts
from tests.desktop.test_referral import click, open_tab


def test_the_facts_form_starts_from_the_screening_and_saves_what_is_chosen(qtbot, ws, db, actor, case) -> None:
    screening.record_screening(db, actor, {"case_id": case.id, "interviewed_on": today(), "answers": [
        {"indicator": "documents_taken", "answer": "yes"}, {"indicator": "unregulated_agency", "answer": "yes"}]})
    screening.record_assessment(db, actor, {"case_id": case.id, "assessed_on": today(),
                                            "outcome": "presumed_victim", "assessed_by": "ngo"})
    panel = open_tab(qtbot, ws, case)
    qtbot.waitUntil(lambda: "not recorded yet" in panel.facts_line.text())
    click(qtbot, panel.facts_button)
    dialog = panel.dialog
    editors = dialog.form.editors
    assert editors["control"].value() == ["withholds_documents"]
    assert editors["recruitment"].value() == "private_employment_agency"
    assert (editors["identification"].value(), editors["identified_on"].value()) == ("presumed_victim", today())
    editors["exploitation"].boxes["labour"].setChecked(True)
    editors["exploitation"].boxes["domestic_servitude"].setChecked(True)
    editors["exploitation_country"].set_value("RUS")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: "Domestic servitude" in panel.facts_line.text())
    saved = trafficking_facts.facts_of(db, actor, case.id)
    assert saved.exploitation == ["labour", "domestic_servitude"] and saved.exploitation_country == "RUS"
    assert "Presumed victim since" in panel.facts_line.text()


def test_a_date_without_a_status_is_refused_under_the_field(qtbot, ws, db, actor, case) -> None:
    panel = open_tab(qtbot, ws, case)
    qtbot.waitUntil(lambda: panel.facts_read is not None)
    click(qtbot, panel.facts_button)
    dialog = panel.dialog
    dialog.form.editors["identified_on"].set_value(today())
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: "status" in dialog.form.error_text("identified_on"))
    assert trafficking_facts.facts_of(db, actor, case.id) is None
