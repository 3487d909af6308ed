"""Notes show their author; notes and attachments are archived; an attachment has a label and a type."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from models.services import cases
from tests.desktop.conftest import idle, type_text
from tests.desktop.test_case_view import open_view


def _yes(qtbot, panel) -> None:
    box = panel.findChild(QMessageBox, "archiveBox")
    assert box is not None
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)


def test_a_note_shows_its_author_and_is_archived(qtbot, ws, case, db, actor) -> None:
    view = open_view(qtbot, ws, case)
    view.tabs.setCurrentWidget(view.notes)
    qtbot.keyClicks(view.notes.new_note, "Came with a letter from the employer.")
    qtbot.mouseClick(view.notes.add_note_button, Qt.MouseButton.LeftButton)
    idle(qtbot, ws)
    qtbot.waitUntil(lambda: view.notes.notes.count() == 1)
    assert " · Aigerim Nurlanovna\n" in view.notes.notes.item(0).text()
    view.notes.notes.setCurrentRow(0)
    qtbot.mouseClick(view.notes.archive_note_button, Qt.MouseButton.LeftButton)
    _yes(qtbot, view.notes)
    idle(qtbot, ws)
    qtbot.waitUntil(lambda: view.notes.notes.count() == 0)
    assert cases.notes_of(db, actor, case.id) == []


def test_an_attachment_gets_a_label_and_a_type_and_is_archived(qtbot, ws, case, db, actor, tmp_path) -> None:
    view = open_view(qtbot, ws, case)
    view.tabs.setCurrentWidget(view.notes)
    scan = tmp_path / "scan-0001.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    dialog = view.notes.describe(scan)
    type_text(qtbot, dialog.label, "Passport, pages 2 and 3")
    dialog.kind.setCurrentIndex(dialog.kind.findData("passport"))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    idle(qtbot, ws)
    qtbot.waitUntil(lambda: view.notes.attachments.count() == 1)
    assert view.notes.attachments.item(0).text().endswith("\nPassport or identity document: Passport, pages 2 and 3")
    (stored,) = cases.attachments_of(db, actor, case.id)
    assert (stored.kind, stored.description) == ("passport", "Passport, pages 2 and 3")
    view.notes.attachments.setCurrentRow(0)
    qtbot.mouseClick(view.notes.archive_attachment_button, Qt.MouseButton.LeftButton)
    _yes(qtbot, view.notes)
    idle(qtbot, ws)
    qtbot.waitUntil(lambda: view.notes.attachments.count() == 0)
    assert cases.attachments_of(db, actor, case.id) == []
