"""Attachments: only a safe base name is stored and used; opened copies stay private and are deleted."""
from __future__ import annotations

import stat

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from sqlalchemy import update

from desktop.opened_files import OpenedFiles
from models.entities import Attachment
from models.services import cases
from tests.desktop.conftest import idle
from tests.desktop.test_case_view import open_view


def test_opening_writes_only_inside_a_private_folder_deleted_with_the_case(qtbot, ws, case, db, actor, tmp_path,
                                                                             monkeypatch) -> None:
    import desktop.case_view.notes as notes_module

    private = OpenedFiles(tmp_path / "tmp")
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(notes_module, "opened", private)
    shown: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: shown.append(url.toLocalFile()) or True)
    saved = cases.add_attachment(db, actor, {"case_id": case.id, "filename": "scan.pdf", "content": b"%PDF scan"}).value
    with db.transaction() as session:  # a name stored before names were made safe
        session.execute(update(Attachment).where(Attachment.id == saved.id).values(filename="../../../x"))
    view = open_view(qtbot, ws, case)
    view.tabs.setCurrentWidget(view.notes)
    assert view.notes.attachments.item(0).text().startswith("x (")
    view.notes.attachments.setCurrentRow(0)
    qtbot.mouseClick(view.notes.open_button, Qt.MouseButton.LeftButton)
    idle(qtbot, ws)
    qtbot.waitUntil(lambda: bool(shown))
    path = shown[0]
    from pathlib import Path

    opened_path = Path(path)
    assert opened_path.name == "x" and private.folder in opened_path.parents
    assert opened_path.read_bytes() == b"%PDF scan"
    assert stat.S_IMODE(private.folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(opened_path.stat().st_mode) == 0o600
    assert not (tmp_path / "x").exists()
    private.forget(case.id)
    assert not opened_path.exists()
    private.clean_up()
    assert not list((tmp_path / "tmp").iterdir())


def test_closing_the_case_tab_deletes_what_was_opened_from_it(qtbot, ws, window, case, tmp_path,
                                                              monkeypatch) -> None:
    import desktop.case_view.view as view_module

    private = OpenedFiles(tmp_path)
    monkeypatch.setattr(view_module, "opened", private)
    view = window.open_case(case.id)
    qtbot.waitUntil(lambda: view.file is not None)
    path = private.write(case.id, "/home/x/.bashrc", b"scan")
    assert path.name == "bashrc" and private.folder in path.parents
    window.close_tab(window.tabs.indexOf(view))
    qtbot.waitUntil(lambda: not path.exists())


def test_opening_a_document_no_program_can_show_says_so(qtbot, ws, case, db, actor, monkeypatch) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)  # what Qt answers when no viewer is set
    cases.add_attachment(db, actor, {"case_id": case.id, "filename": "passport.pdf", "content": b"%PDF scan"})
    view = open_view(qtbot, ws, case)
    view.tabs.setCurrentWidget(view.notes)
    view.notes.attachments.setCurrentRow(0)
    qtbot.mouseClick(view.notes.open_button, Qt.MouseButton.LeftButton)
    idle(qtbot, ws)
    found: list[QMessageBox] = []
    qtbot.waitUntil(lambda: bool(found.extend(w for w in QApplication.topLevelWidgets()
                                              if w.objectName() == "noViewer" and w.isVisible()) or found))
    assert "No program on this computer opens PDF files" in found[0].text() and "passport.pdf" in found[0].text()
    found[0].accept()
