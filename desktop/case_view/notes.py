"""Notes on the case, and its attachments (scanned documents kept in the database)."""
from __future__ import annotations

import mimetypes
import uuid
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n, icons
from desktop.opened_files import opened
from desktop.operations import QueryOp, edits
from desktop.workspace import Workspace
from models.services import cases


FILENAME_ROLE = Qt.ItemDataRole.UserRole + 1


class NotesPanel(QWidget):
    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.case_id: uuid.UUID | None = None
        self.notes = QListWidget(self)
        self.notes.setWordWrap(True)
        self.notes.setObjectName("notes")
        self.new_note = QPlainTextEdit(self)
        self.new_note.setPlaceholderText(self.tr("Write a note: what happened, what was agreed, what comes next"))
        self.new_note.setMaximumHeight(90)
        self.add_note_button = QPushButton(self.tr("Add note"), self)
        self.attachments = QListWidget(self)
        self.attachments.setObjectName("attachments")
        self.attach_button = QPushButton(icons.get("attach"), self.tr("Add scanned document…"), self)
        self.open_button = QPushButton(icons.get("open"), self.tr("Open"), self)
        notes_box = QWidget(self)
        column = QVBoxLayout(notes_box)
        column.addWidget(QLabel(self.tr("<b>Notes</b>"), self))
        column.addWidget(self.notes, 1)
        column.addWidget(self.new_note)
        column.addWidget(self.add_note_button)
        files_box = QWidget(self)
        column = QVBoxLayout(files_box)
        column.addWidget(QLabel(self.tr("<b>Attachments</b>"), self))
        column.addWidget(self.attachments, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.open_button)
        column.addLayout(buttons)
        splitter = QSplitter(self)
        splitter.addWidget(notes_box)
        splitter.addWidget(files_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(splitter)
        self.add_note_button.clicked.connect(self.add_note)
        self.attach_button.clicked.connect(self.choose_file)
        self.open_button.clicked.connect(self.open_attachment)
        self.attachments.itemActivated.connect(lambda _: self.open_attachment())

    @property
    def dirty(self) -> bool:
        return bool(self.new_note.toPlainText().strip())

    def set_content(self, notes: list, attachments: list) -> None:
        self.notes.clear()
        for note in reversed(notes):  # newest first
            stamp = i18n.show_date(note.created_at.date())
            self.notes.addItem(f"{stamp}\n{note.text}")
        self.attachments.clear()
        for attachment in attachments:
            item = QListWidgetItem(f"{attachment.filename} ({QLocale().formattedDataSize(attachment.size)})")
            item.setData(Qt.ItemDataRole.UserRole, attachment.id)
            item.setData(FILENAME_ROLE, attachment.filename)
            self.attachments.addItem(item)

    def add_note(self) -> None:
        text = self.new_note.toPlainText().strip()
        if text and self.case_id:
            edits.add_note(self.ws, parent=self, case_id=self.case_id, text=text) \
                .success(lambda _: self.new_note.clear()).run_in_background()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add a scanned document"), str(Path.home()),
                                              self.tr("Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff "
                                                      "*.doc *.docx);;All files (*)"))
        if path:
            self.attach(Path(path))

    def attach(self, path: Path) -> None:
        if self.case_id is None:
            return
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        edits.add_attachment(self.ws, parent=self, case_id=self.case_id, filename=path.name, media_type=media_type,
                             content=path.read_bytes()).with_progress(self.tr("Saving {0}…").format(path.name)) \
            .run_in_background()

    def open_attachment(self) -> None:
        item = self.attachments.currentItem()
        if item is None:
            return
        attachment_id, filename = item.data(Qt.ItemDataRole.UserRole), item.data(FILENAME_ROLE)
        case_id = self.case_id
        QueryOp(self.ws, parent=self, op=lambda db, actor: cases.attachment_content(db, actor, attachment_id),
                success=lambda content: self._show_file(case_id, filename, content)).run_in_background()

    def _show_file(self, case_id: uuid.UUID, filename: str, content: bytes) -> Path:
        """The scan leaves the database only for the viewer to read it: into Qamqor's private folder,
        by its safe base name, deleted when the case closes (desktop.opened_files)."""
        path = opened.write(case_id, filename, content)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

