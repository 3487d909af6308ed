"""Notes on the case, and its attachments (scanned documents kept in the database)."""
from __future__ import annotations

import mimetypes
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop import file_dialogs, i18n, icons
from desktop.opened_files import opened
from desktop.operations import case as case_ops
from desktop.operations import edits
from desktop.widgets.editors import ChoiceEdit, TextEdit
from desktop.widgets.form import Form
from desktop.workspace import Workspace
from models import clock
from models.entities import AttachmentKind
from models.ids import CaseId
from models.schemas.cases import AttachmentIn

FILENAME_ROLE = Qt.ItemDataRole.UserRole + 1
translate = QCoreApplication.translate  # the name lupdate looks for
KINDS = {
    "passport": QT_TRANSLATE_NOOP("AttachmentKind", "Passport or identity document"),
    "visa": QT_TRANSLATE_NOOP("AttachmentKind", "Visa"),
    "permit": QT_TRANSLATE_NOOP("AttachmentKind", "Permit or certificate"),
    "registration": QT_TRANSLATE_NOOP("AttachmentKind", "Registration"),
    "contract": QT_TRANSLATE_NOOP("AttachmentKind", "Contract"),
    "letter": QT_TRANSLATE_NOOP("AttachmentKind", "Letter"),
    "medical": QT_TRANSLATE_NOOP("AttachmentKind", "Medical document"),
    "photo": QT_TRANSLATE_NOOP("AttachmentKind", "Photo"),
    "other": QT_TRANSLATE_NOOP("AttachmentKind", "Other document"),
}


def kind_words(kind: object) -> str:
    key = str(getattr(kind, "value", kind))
    return translate("AttachmentKind", str(KINDS[key])) if key in KINDS else key


class NotesPanel(QWidget):
    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.case_id: CaseId | None = None
        self.notes = QListWidget(self)
        self.notes.setWordWrap(True)
        self.notes.setObjectName("notes")
        self.new_note = QPlainTextEdit(self)
        self.new_note.setPlaceholderText(self.tr("Write a note: what happened, what was agreed, what comes next"))
        self.new_note.setMaximumHeight(90)
        self.add_note_button = QPushButton(self.tr("Add note"), self)
        self.archive_note_button = QPushButton(translate("NotesPanel", "Archive note"), self)
        self.archive_attachment_button = QPushButton(translate("NotesPanel", "Archive"), self)
        self.archive_attachment_button.setToolTip(translate("NotesPanel", "Archive the attachment chosen: it is "
                                                            "no longer listed, and stays in the database"))
        self.attachments = QListWidget(self)
        self.attachments.setObjectName("attachments")
        self.attach_button = QPushButton(icons.get("attach"), self.tr("Add scanned document…"), self)
        self.open_button = QPushButton(icons.get("open"), self.tr("Open"), self)
        notes_box = QWidget(self)
        column = QVBoxLayout(notes_box)
        column.addWidget(QLabel(self.tr("<b>Notes</b>"), self))
        column.addWidget(self.notes, 1)
        column.addWidget(self.new_note)
        note_buttons = QHBoxLayout()
        note_buttons.addWidget(self.add_note_button)
        note_buttons.addWidget(self.archive_note_button)
        column.addLayout(note_buttons)
        files_box = QWidget(self)
        column = QVBoxLayout(files_box)
        column.addWidget(QLabel(self.tr("<b>Attachments</b>"), self))
        column.addWidget(self.attachments, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.archive_attachment_button)
        column.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical, self)  # one above the other: fits a small screen
        splitter.addWidget(notes_box)
        splitter.addWidget(files_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(splitter)
        self.add_note_button.clicked.connect(self.add_note)
        self.attach_button.clicked.connect(self.choose_file)
        self.open_button.clicked.connect(self.open_attachment)
        self.attachments.itemActivated.connect(lambda _: self.open_attachment())
        self.archive_note_button.clicked.connect(self.archive_note)
        self.archive_attachment_button.clicked.connect(self.archive_attachment)
        self._records: dict[uuid.UUID, Any] = {}  # the notes and attachments shown, by id (for their version)

    @property
    def dirty(self) -> bool:
        return bool(self.new_note.toPlainText().strip())

    def set_content(self, notes: list, attachments: list) -> None:
        names = {user.id: user.full_name for user in self.ws.users}
        self._records = {record.id: record for record in (*notes, *attachments)}
        self.notes.clear()
        for note in reversed(notes):  # newest first
            stamp = i18n.show_date(clock.local(note.created_at).date())
            author = names.get(note.created_by) or translate("NotesPanel", "someone no longer in the list")
            item = QListWidgetItem(f"{stamp} · {author}\n{note.text}")
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            self.notes.addItem(item)
        self.attachments.clear()
        for attachment in attachments:
            what = kind_words(attachment.kind)
            shown = f"{attachment.filename} ({QLocale().formattedDataSize(attachment.size)})\n{what}"
            item = QListWidgetItem(shown + (f": {attachment.description}" if attachment.description else ""))
            item.setData(Qt.ItemDataRole.UserRole, attachment.id)
            item.setData(FILENAME_ROLE, attachment.filename)
            self.attachments.addItem(item)

    def archive_note(self) -> None:
        self._ask_to_archive(self.notes, translate("NotesPanel", "Archive this note? It is no longer shown; the "
                                                   "database and the case history keep it."), edits.archive_note,
                             "note_id")

    def archive_attachment(self) -> None:
        self._ask_to_archive(self.attachments, translate("NotesPanel", "Archive this attachment? It is no longer "
                                                         "listed; the database keeps it."), edits.archive_attachment,
                             "attachment_id")

    def _ask_to_archive(self, listing: QListWidget, question: str, operation, key: str) -> QMessageBox | None:
        item = listing.currentItem()
        record = self._records.get(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
        if record is None or self.case_id is None:
            return None
        case_id = self.case_id
        box = QMessageBox(QMessageBox.Icon.Question, translate("NotesPanel", "Archive"), question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("archiveBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.button(QMessageBox.StandardButton.Yes).setText(translate("NotesPanel", "Archive"))
        box.accepted.connect(lambda: operation(self.ws, parent=self, case_id=case_id, version=record.version,
                                               **{key: record.id}).run_in_background())
        box.open()
        return box

    def add_note(self) -> None:
        text = self.new_note.toPlainText().strip()
        if text and self.case_id:
            edits.add_note(self.ws, parent=self, case_id=self.case_id, text=text) \
                .success(lambda _: self.new_note.clear()).run_in_background()

    def choose_file(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Add a scanned document"), str(Path.home()),
                                      self.tr("Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff "
                                              "*.doc *.docx);;All files (*)"))
        if path:
            self.describe(path)

    def describe(self, path: Path) -> AttachmentDialog:
        """Ask what the file is (its label and type), then attach it."""
        dialog = AttachmentDialog(path, self)
        dialog.accepted.connect(lambda: self.attach(path, dialog.label.value(), dialog.kind.value()))
        dialog.open()
        return dialog

    def attach(self, path: Path, label: str | None = None, kind: str = "other") -> None:
        if self.case_id is None:
            return
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        edits.add_attachment(self.ws, parent=self, case_id=self.case_id, filename=path.name, media_type=media_type,
                             content=path.read_bytes(), description=label, kind=kind) \
            .with_progress(self.tr("Saving {0}…").format(path.name)).run_in_background()

    def open_attachment(self) -> None:
        item = self.attachments.currentItem()
        if item is None:
            return
        attachment_id, filename = item.data(Qt.ItemDataRole.UserRole), item.data(FILENAME_ROLE)
        case_id = self.case_id
        if case_id is None:
            return
        case_ops.attachment_content(self.ws, parent=self, attachment_id=attachment_id) \
            .success(lambda content: self._show_file(case_id, filename, content)).run_in_background()

    def _show_file(self, case_id: uuid.UUID, filename: str, content: bytes) -> None:
        """The scan leaves the database only for the viewer to read it: into Qamqor's private folder,
        by its safe base name, deleted when the case closes (desktop.opened_files)."""
        path = opened.write(case_id, filename, content)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):  # no program for this kind of file
            kind = path.suffix.lstrip(".").upper() or self.tr("this kind of")
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("The document cannot be shown"), self.tr(
                "No program on this computer opens {0} files, so “{1}” cannot be shown. Install a viewer for "
                "them (for PDF files, a PDF reader), then open the document again.").format(kind, path.name),
                QMessageBox.StandardButton.Ok, self)
            box.setObjectName("noViewer")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()



class AttachmentDialog(QDialog):
    """The label and the type of a file about to be attached."""

    def __init__(self, path: Path, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("NotesPanel", "Add a scanned document"))
        self.setObjectName("attachmentDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form = Form(self)
        self.label = TextEdit.of(AttachmentIn, "description")
        self.label.setPlaceholderText(translate("NotesPanel", "e.g. Passport, pages 2 and 3"))
        # Room for the example and a little more: the dialog was 246 pixels wide, its hint cut in half.
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance(self.label.placeholderText()) + 80)
        self.form.add("description", translate("NotesPanel", "Label"), self.label)
        self.kind = ChoiceEdit(None, [(k.value, kind_words(k)) for k in AttachmentKind])
        self.kind.set_value(AttachmentKind.other)
        self.form.add("kind", translate("NotesPanel", "Type"), self.kind)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(path.name, self))
        layout.addWidget(self.form)
        layout.addWidget(buttons)
