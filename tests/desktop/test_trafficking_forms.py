"""The trafficking tab's forms as a caseworker fills them: no decision made for them, no stale errors."""
from __future__ import annotations

from models.clock import today
from models.services import consent, directory, referrals, screening
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


def test_consent_starts_from_the_chosen_referral(qtbot, ws, db, actor, case) -> None:
    iom = next(o for o in directory.organisations(db, actor) if o.name == "IOM Almaty")
    referrals.create_referral(db, actor, {"case_id": case.id, "organisation_id": iom.id, "services": ["shelter"],
                                          "shared": ["identity", "contact", "documents"]})
    panel = open_tab(qtbot, ws, case)
    panel.referrals.selectRow(0)
    click(qtbot, panel.consent_button)
    dialog = panel.dialog
    assert dialog.form.editors["organisation_id"].value() == iom.id
    assert sorted(dialog.form.editors["scope"].value()) == ["contact", "documents", "identity"]
    dialog.form.editors["method"].set_value("verbal_with_witness")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.form.error_text("witness") != "")
    # Typing the witness takes the message away before the next save.
    dialog.form.editors["witness"].setText("Д")
    dialog.form.editors["witness"].textEdited.emit("Д")
    assert dialog.form.error_text("witness") == ""
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: panel.consents.rowCount() == 1)
    (given,) = consent.consents_of(db, actor, case.id)
    assert (given.organisation_id, sorted(given.scope)) == (iom.id, ["contact", "documents", "identity"])


def test_the_missing_scan_message_goes_when_the_method_changes(qtbot, ws, db, actor, case) -> None:
    from PySide6.QtCore import Qt

    panel = open_tab(qtbot, ws, case)
    click(qtbot, panel.consent_button)
    dialog = panel.dialog
    method = dialog.form.editors["method"]
    method.setFocus()
    method.setCurrentIndex(method.findData("signed_form"))
    method.activated.emit(method.currentIndex())
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.form.error_text("attachment_id") != "")
    assert "scanned signed form" in dialog.form.error_text("attachment_id")
    qtbot.keyClick(method, Qt.Key.Key_Down)  # the other method, chosen with the keyboard
    assert method.currentData() == "verbal_with_witness"
    assert dialog.form.error_text("attachment_id") == ""


def test_the_tables_show_their_columns_and_several_rows(qtbot, ws, db, actor, case) -> None:
    iom = next(o for o in directory.organisations(db, actor) if o.name == "IOM Almaty")
    for _ in range(4):
        consent.record_consent(db, actor, {"case_id": case.id, "purpose": "share_data", "organisation_id": iom.id,
                                           "scope": ["identity"], "given_on": today(),
                                           "method": "verbal_with_witness", "witness": "W"})
        referrals.create_referral(db, actor, {"case_id": case.id, "organisation_id": iom.id,
                                              "services": ["shelter", "legal_aid"], "shared": ["identity"]})
    panel = open_tab(qtbot, ws, case)
    view = panel.window()
    view.resize(1024, 700)
    qtbot.waitUntil(lambda: panel.referrals.rowCount() == 4 and panel.consents.rowCount() == 4)
    for table in (panel.consents, panel.referrals):
        qtbot.waitUntil(table.viewport().isVisible)
        header = table.horizontalHeader()
        assert all(header.sectionSize(c) >= header.sectionSizeHint(c) - 1 or c == table.columnCount() - 1
                   for c in range(table.columnCount())), "a column's header is cut"
        assert table.viewport().height() >= 3 * table.rowHeight(0), f"{table.objectName()}: fewer than 3 rows show"


def test_the_directory_names_read_in_the_users_language(qtbot, ws, db, actor, case) -> None:
    from desktop import i18n
    from desktop.trafficking.directory import DirectoryDialog

    iom = next(o for o in directory.organisations(db, actor) if o.name == "IOM Almaty")
    consent.record_consent(db, actor, {"case_id": case.id, "purpose": "share_data", "organisation_id": iom.id,
                                       "scope": ["identity"], "given_on": today(), "method": "verbal_with_witness",
                                       "witness": "Дана"})
    for language, expected in (("ru", "МОМ, офис в Алматы"), ("kk", "ХКҰ, Алматы кеңсесі")):
        i18n.install(language)
        panel = open_tab(qtbot, ws, case)
        assert panel.consents.item(0, 1).text() == expected, language  # the consents table
        click(qtbot, panel.refer_button)
        dialog = panel.dialog
        shown = [dialog.form.editors["organisation_id"].itemText(i)
                 for i in range(dialog.form.editors["organisation_id"].count())]
        assert expected in shown and "IOM Almaty" not in shown and "Caritas Kazakhstan" not in shown, shown
        dialog.reject()
        listing = DirectoryDialog(ws)  # Trafficking › Service directory
        qtbot.addWidget(listing)
        listing.show()
        qtbot.waitUntil(lambda shown=listing: shown.table.rowCount() > 5)
        names = [listing.table.item(row, 0).text() for row in range(listing.table.rowCount())]
        assert expected in names and "Caritas Kazakhstan" not in names, names
        qtbot.waitUntil(ws.worker.idle)
