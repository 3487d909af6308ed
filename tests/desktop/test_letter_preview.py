"""The letter preview's buttons: Save as PDF… and Print… (to a file) keep the letter's text."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from desktop import file_dialogs
from models.clock import today
from models.services import consent, directory, referrals
from tests.desktop.conftest import idle
from tests.desktop.test_referral import click, open_tab
from tests.letters.conftest import pdf_text


def _sent_referral(db, actor, case):
    iom = next(o for o in directory.organisations(db, actor) if o.name == "IOM Almaty")
    consent.record_consent(db, actor, {"case_id": case.id, "purpose": "share_data", "organisation_id": iom.id,
                                       "scope": ["identity"], "given_on": today(), "method": "verbal_with_witness",
                                       "witness": "W"})
    draft = referrals.create_referral(db, actor, {"case_id": case.id, "organisation_id": iom.id,
                                                  "services": ["shelter"], "shared": ["identity"]}).value
    return referrals.send_referral(db, actor, draft.id, draft.version, {"sent_on": today()}).value


def _preview(qtbot, ws, db, actor, case):
    sent = _sent_referral(db, actor, case)
    panel = open_tab(qtbot, ws, case)
    panel.referrals.selectRow(0)
    click(qtbot, panel.letter_button)
    preview = panel.preview
    qtbot.waitUntil(lambda: preview.save_button.isEnabled())
    preview.language.setCurrentIndex(preview.language.findData("ru"))
    qtbot.waitUntil(lambda: preview.save_button.isEnabled() and "НАПРАВЛЕНИЕ" in pdf_text(preview.pdf))
    return sent, preview


def _text_of(path: Path) -> str:
    """What pdftotext reads from the file (a picture of a page has no text)."""
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return pdf_text(path.read_bytes())


def test_save_as_pdf_button_saves_the_letter(qtbot, ws, db, actor, case, tmp_path, monkeypatch) -> None:
    sent, preview = _preview(qtbot, ws, db, actor, case)
    out = tmp_path / "letter.pdf"
    asked = []
    monkeypatch.setattr(file_dialogs, "save_file", lambda *args, **kwargs: asked.append(args[2]) or out)
    click(qtbot, preview.save_button)
    qtbot.waitUntil(out.exists)
    assert asked == [f"{sent.reference}-ru.pdf"]
    text = _text_of(out)
    assert "НАПРАВЛЕНИЕ" in text and "Юсупов Алишер Рустамович" in text
    assert "МОМ, офис в Алматы" in text  # the organisation in the letter's language, where its name is known
    idle(qtbot, ws)


def test_print_to_file_keeps_the_text(qtbot, ws, db, actor, case, tmp_path, monkeypatch) -> None:
    _sent, preview = _preview(qtbot, ws, db, actor, case)
    out = tmp_path / "printed.pdf"

    def print_to_file(dialog: QPrintDialog) -> int:  # what choosing "Print to File (PDF)" in the dialog does
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", print_to_file)
    click(qtbot, preview.print_button)
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 0)
    idle(qtbot, ws)
    text = _text_of(out)
    assert "НАПРАВЛЕНИЕ" in text and "Юсупов Алишер Рустамович" in text


def test_the_preview_is_as_wide_as_the_page(qtbot, ws, db, actor, case) -> None:
    _sent, preview = _preview(qtbot, ws, db, actor, case)
    page = preview.pages_layout.itemAt(0).widget()
    scroll = preview.findChild(type(preview.pages.parentWidget().parentWidget()))
    whole = page.pixmap().width() / page.pixmap().devicePixelRatio()
    # The whole page is on screen: no scrolling sideways to read the end of a line.
    qtbot.waitUntil(lambda: page.width() >= whole and scroll.horizontalScrollBar().maximum() == 0)
    assert preview.width() <= preview.screen().availableGeometry().width()
