"""From a case to a sent referral and its letter, through the real widgets."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from desktop.case_view.view import CaseView
from models.clock import today
from models.entities import AuditEntry
from models.services import accounts, consent, directory, referrals
from models.services.base import Actor
from tests.desktop.conftest import idle, type_text
from tests.letters.conftest import pdf_text


def open_tab(qtbot, ws, case):
    view = CaseView(ws, case.id)
    qtbot.addWidget(view)
    view.resize(1200, 850)
    view.show()
    qtbot.waitUntil(lambda: view.file is not None)
    view.tabs.setCurrentWidget(view.trafficking)
    qtbot.waitUntil(lambda: view.trafficking.file is not None)
    return view.trafficking


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_from_a_case_to_a_sent_referral_and_its_letter(qtbot, ws, db, actor, case) -> None:
    panel = open_tab(qtbot, ws, case)
    iom = next(o for o in directory.organisations(db, actor) if o.name == "IOM Almaty")

    # Consent first: verbal, before a witness, to share the person's identity and contacts with IOM Almaty.
    click(qtbot, panel.consent_button)
    dialog = panel.dialog
    dialog.form.editors["organisation_id"].set_value(iom.id)
    dialog.form.editors["scope"].boxes["identity"].setChecked(True)
    dialog.form.editors["scope"].boxes["contact"].setChecked(True)
    dialog.form.editors["method"].set_value("verbal_with_witness")
    click(qtbot, dialog.save_button)
    idle(qtbot, ws)
    assert dialog.form.error_text("witness") == "is required: verbal consent is given before a witness"
    type_text(qtbot, dialog.form.editors["witness"], "Дана Серікқызы")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: panel.consents.rowCount() == 1)

    # The referral: the dialog says what the consent covers as the caseworker chooses.
    click(qtbot, panel.refer_button)
    dialog = panel.dialog
    dialog.form.editors["organisation_id"].set_value(iom.id)
    dialog.form.editors["services"].boxes["shelter"].setChecked(True)
    dialog.form.editors["shared"].boxes["identity"].setChecked(True)
    dialog.form.editors["shared"].boxes["documents"].setChecked(True)
    assert "Not covered by consent: Identity documents" in dialog.hint.text()
    dialog.form.editors["shared"].boxes["documents"].setChecked(False)
    assert dialog.hint.text() == "The consent in force covers what this referral shares."
    dialog.form.editors["urgency"].set_value("urgent")
    type_text(qtbot, dialog.form.editors["reason"], "Паспорт у работодателя.")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: panel.referrals.rowCount() == 1)
    assert panel.referrals.item(0, 4).text() == "Draft"

    # Sending: the consent covers it; then the letter the person carries opens.
    panel.referrals.selectRow(0)
    click(qtbot, panel.send_button)
    qtbot.waitUntil(lambda: type(panel.dialog).__name__ == "SendDialog")
    send = panel.dialog
    assert "consent of" in send.hint.text() and "IOM Almaty" in send.hint.text()
    click(qtbot, send.save_button)
    qtbot.waitUntil(lambda: panel.referrals.rowCount() == 1 and panel.referrals.item(0, 4).text() == "Sent")
    (sent,) = referrals.referrals_of(db, actor, case.id)
    assert (sent.status, sent.sent_on, sent.shared) == ("sent", today(), ["identity"])
    assert panel.referrals.item(0, 6).text() == "Waiting for an answer"

    preview = panel.preview
    qtbot.waitUntil(lambda: preview.pdf is not None)
    assert preview.page_count() == 1
    assert not preview.findChild(QLabel, "letterPage").pixmap().isNull()
    text = pdf_text(preview.pdf)
    assert "Юсупов Алишер Рустамович" in text and sent.reference in text and "Shelter" in text  # in the UI language
    assert "Паспорт у работодателя" not in text  # the reason was not shared

    # Another language, then saved to a file; both are in the audit trail.
    before = set(Path(tempfile.gettempdir()).iterdir())
    preview.language.setCurrentIndex(preview.language.findData("kk"))
    qtbot.waitUntil(lambda: preview.pdf is not None and "ЖОЛДАМА" in pdf_text(preview.pdf))
    out = Path(tempfile.mkdtemp()) / "letter.pdf"
    preview.save_letter(str(out))
    qtbot.waitUntil(out.exists)
    assert "ЖОЛДАМА" in pdf_text(out.read_bytes())
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = out.with_name("printed.pdf")
    printer.setOutputFileName(str(printed))
    preview.print_to(printer)
    idle(qtbot, ws)
    qtbot.waitUntil(lambda: printed.exists() and printed.stat().st_size > 0)
    with db.reading() as session:
        actions = list(session.scalars(select(AuditEntry.action).where(AuditEntry.record_id == sent.id)
                                       .order_by(AuditEntry.seq)))
    assert actions[:2] == ["create", "send"] and {"view", "export", "print"} <= set(actions)
    # The preview left nothing behind in the temporary folder.
    assert set(Path(tempfile.gettempdir()).iterdir()) - before <= {out.parent}


def test_without_consent_only_an_emergency_override_sends(qtbot, ws, db, actor, case) -> None:
    iom = next(o for o in directory.organisations(db, actor) if o.name == "IOM Almaty")
    routine = referrals.create_referral(db, actor, {"case_id": case.id, "organisation_id": iom.id,
                                                    "services": ["shelter"], "shared": ["identity"]}).value
    panel = open_tab(qtbot, ws, case)
    panel.referrals.selectRow(0)
    click(qtbot, panel.send_button)
    qtbot.waitUntil(lambda: type(getattr(panel, "dialog", None)).__name__ == "SendDialog")
    assert "Record the person's consent first" in panel.dialog.hint.text()
    assert not panel.dialog.save_button.isEnabled() and "override_reason" not in panel.dialog.form.editors
    panel.dialog.reject()

    emergency = referrals.create_referral(db, actor, {"case_id": case.id, "organisation_id": iom.id,
                                                      "services": ["shelter"], "urgency": "emergency",
                                                      "shared": ["identity"]}).value
    panel.load()
    qtbot.waitUntil(lambda: panel.referrals.rowCount() == 2)
    row = [r.id for r in panel.file.referrals].index(emergency.id)
    panel.referrals.selectRow(row)
    panel.dialog = None
    click(qtbot, panel.send_button)
    qtbot.waitUntil(lambda: type(getattr(panel, "dialog", None)).__name__ == "SendDialog")
    send = panel.dialog
    assert send.save_button.text() == "Send without consent"
    type_text(qtbot, send.form.editors["override_reason"], "Beaten; the shelter must take her tonight.")
    click(qtbot, send.save_button)
    qtbot.waitUntil(lambda: referrals.get_referral(db, actor, emergency.id).status == "sent")
    assert referrals.get_referral(db, actor, routine.id).status == "draft"
    idle(qtbot, ws)


def test_recording_the_answer_and_the_screening(qtbot, ws, db, actor, case) -> None:
    iom = next(o for o in directory.organisations(db, actor) if o.name == "IOM Almaty")
    consent.record_consent(db, actor, {"case_id": case.id, "purpose": "share_data", "organisation_id": iom.id,
                                       "scope": ["identity"], "given_on": today(), "method": "verbal_with_witness",
                                       "witness": "W"})
    draft = referrals.create_referral(db, actor, {"case_id": case.id, "organisation_id": iom.id,
                                                  "services": ["legal_aid"], "shared": ["identity"]}).value
    referrals.send_referral(db, actor, draft.id, draft.version, {"sent_on": today()})
    panel = open_tab(qtbot, ws, case)
    panel.referrals.selectRow(0)
    click(qtbot, panel.step_button)
    step = panel.dialog
    step.form.editors["status"].set_value("rejected")
    click(qtbot, step.save_button)
    idle(qtbot, ws)
    assert step.form.error_text("note") == "is required: give the reason for the rejection"
    type_text(qtbot, step.form.editors["note"], "No lawyer free this month.")
    click(qtbot, step.save_button)
    qtbot.waitUntil(lambda: panel.referrals.item(0, 4).text() == "Rejected")

    click(qtbot, panel.screen_button)
    screening_dialog = panel.dialog
    screening_dialog.answers["documents_taken"].setCurrentIndex(screening_dialog.answers["documents_taken"]
                                                                .findData("yes"))
    screening_dialog.answers["no_contract"].setCurrentIndex(screening_dialog.answers["no_contract"].findData("yes"))
    click(qtbot, screening_dialog.save_button)
    qtbot.waitUntil(lambda: panel.screenings.count() == 1)
    assert "2 indicator(s) present" in panel.screenings.item(0).text()

    click(qtbot, panel.assess_button)
    assessment = panel.dialog
    assert "2 indicator(s) present in 2 group(s)" in assessment.hint.text()
    assessment.form.editors["outcome"].set_value("presumed_victim")
    click(qtbot, assessment.save_button)
    qtbot.waitUntil(lambda: "Presumed victim" in panel.assessment.text())


def test_a_caseworker_sees_the_directory_but_cannot_change_it(qtbot, ws) -> None:
    from desktop.trafficking.directory import DirectoryDialog

    dialog = DirectoryDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 10)
    assert not dialog.add_button.isEnabled() and not dialog.office_button.isEnabled()
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "IOM Almaty" in names
    dialog.service.setCurrentIndex(dialog.service.findData("legal_aid"))
    qtbot.waitUntil(lambda: 0 < dialog.table.rowCount() < 10)


@pytest.fixture
def supervisor_ws(qtbot, db):
    from desktop.workspace import Workspace

    supervisor = Actor.of(accounts.create_account(db, Actor.system(), {
        "username": "saule", "full_name": "Saule", "role": "supervisor", "password": "correct horse battery"}).value)
    workspace = Workspace(db, supervisor, "Saule")
    yield workspace
    qtbot.waitUntil(workspace.worker.idle, timeout=10_000)
    workspace.worker.shutdown()


def test_many_letters_print_at_once_with_progress(qtbot, supervisor_ws, db, actor, case, tmp_path) -> None:
    from desktop.trafficking.print_letters import PrintLettersDialog

    iom = next(o for o in directory.organisations(db, actor) if o.name == "IOM Almaty")
    consent.record_consent(db, actor, {"case_id": case.id, "purpose": "share_data", "organisation_id": iom.id,
                                       "scope": ["identity"], "given_on": today(), "method": "verbal_with_witness",
                                       "witness": "W"})
    for _ in range(3):
        draft = referrals.create_referral(db, actor, {"case_id": case.id, "organisation_id": iom.id,
                                                      "services": ["shelter"], "shared": ["identity"]}).value
        referrals.send_referral(db, actor, draft.id, draft.version, {"sent_on": today()})
    dialog = PrintLettersDialog(supervisor_ws)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3)
    dialog.choose_all(True)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    out = tmp_path / "letters.pdf"
    seen = []
    dialog.progress_changed.connect(lambda done, total: seen.append((done, total)))
    dialog.save_all(str(out))
    qtbot.waitUntil(out.exists, timeout=10_000)
    assert seen[-1] == (3, 3)
    text = pdf_text(out.read_bytes())
    assert text.count("НАПРАВЛЕНИЕ") == 3 and "Юсупов Алишер Рустамович" in text


def test_the_referrals_menu_opens_the_letters_and_the_directory(qtbot, window) -> None:
    from desktop.trafficking.directory import DirectoryDialog
    from desktop.trafficking.print_letters import PrintLettersDialog

    window.print_letters_action.trigger()
    window.directory_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(PrintLettersDialog) is not None
                    and window.findChild(DirectoryDialog) is not None)
    for dialog in (window.findChild(PrintLettersDialog), window.findChild(DirectoryDialog)):
        dialog.close()


def test_the_tab_speaks_russian_and_kazakh(qtbot, ws, case) -> None:
    from desktop import i18n

    for language, tab, button, status in (("ru", "Торговля людьми и направления", "Новое направление…", "Черновик"),
                                          ("kk", "Адам саудасы және жолдамалар", "Жаңа жолдама…", "Жоба")):
        i18n.install(language)
        iom = next(o for o in directory.organisations(ws.db, ws.actor) if o.name == "IOM Almaty")
        referrals.create_referral(ws.db, ws.actor, {"case_id": case.id, "organisation_id": iom.id,
                                                    "services": ["shelter"]})
        view = CaseView(ws, case.id)
        qtbot.addWidget(view)
        view.show()
        qtbot.waitUntil(lambda view=view: view.file is not None)
        assert view.tabs.tabToolTip(view.tabs.indexOf(view.trafficking)) == tab
        view.tabs.setCurrentWidget(view.trafficking)
        qtbot.waitUntil(lambda view=view: view.trafficking.file is not None)
        assert view.trafficking.refer_button.text() == button
        assert view.trafficking.referrals.item(0, 4).text() == status
        view.close()
        idle(qtbot, ws)
