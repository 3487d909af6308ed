"""The trafficking tab's forms as a caseworker fills them: no decision made for them, no stale errors."""
from __future__ import annotations

from models.services import consent, directory, referrals, screening
from models.services.base import today
from tests.desktop.test_referral import click, open_tab


def _screened(db, actor, case) -> None:
    screening.record_screening(db, actor, {"case_id": case.id, "interviewed_on": today(), "answers": [
        {"indicator": "documents_taken", "answer": "yes"}, {"indicator": "no_contract", "answer": "yes"}]})


def test_the_assessment_has_no_outcome_until_the_caseworker_chooses(qtbot, ws, db, actor, case) -> None:
    _screened(db, actor, case)
    panel = open_tab(qtbot, ws, case)
    click(qtbot, panel.assess_button)
    dialog = panel.dialog
    outcome = dialog.form.editors["outcome"]
    assert outcome.value() is None and outcome.currentText() == "Choose the outcome…"
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.form.error_text("outcome") == "is required")
    assert screening.assessments_of(db, actor, case.id) == []
    # Choosing clears the message at once; saving records what was chosen.
    outcome.setCurrentIndex(outcome.findData("potential_victim"))
    outcome.activated.emit(outcome.currentIndex())
    assert dialog.form.error_text("outcome") == ""
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: "Potential victim" in panel.assessment.text())
    (recorded,) = screening.assessments_of(db, actor, case.id)
    assert recorded.outcome == "potential_victim"
