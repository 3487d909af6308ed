"""Editing one record in place: its form, Save and Archive, the services' refusals under the fields."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desktop.case_view.record_forms import kind_name, record_form
from desktop.errors import show_error
from desktop.operations import CollectionOp
from models.schemas.common import Output
from models.services.errors import ValidationFailed


class RecordEditor(QWidget):
    """`save(data, record, before)` and `archive(record)` return the CollectionOp that does it;
    `before` holds the values as stored, for Undo."""

    done = Signal()  # saved or archived: the list shows the result
    reload_requested = Signal()

    def __init__(self, kind: str, record: Output | None,
                 save: Callable[[dict, Output | None, dict | None], CollectionOp],
                 archive: Callable[[Output], CollectionOp], employers: Sequence = (), parent=None) -> None:
        super().__init__(parent)
        self.kind, self.record, self._save, self._archive = kind, record, save, archive
        title = kind_name(kind) if record is not None else self.tr("New: {0}").format(kind_name(kind))
        heading = QLabel(f"<b>{title}</b>", self)
        self.form = record_form(kind, employers, self)
        self.before: dict | None = None
        if record is not None:
            self.form.set_values(record)
            self.before = self.form.values()
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setDefault(True)
        self.archive_button = QPushButton(self.tr("Archive…"), self)
        self.archive_button.setVisible(record is not None)
        self.archive_button.setToolTip(self.tr("Archived records leave the lists and deadlines but are never deleted"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.archive_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.archive_button.clicked.connect(self._confirm_archive)

    @property
    def dirty(self) -> bool:
        return self.form.dirty

    def save(self) -> None:
        if problems := self.form.local_errors():
            self.form.show_errors(problems)
            return
        self.save_button.setEnabled(False)
        self._save(self.form.values(), self.record, self.before).success(self._saved).failure(self._refused) \
            .run_in_background()

    def _saved(self, _result: object) -> None:
        self.form.dirty = False
        self.save_button.setEnabled(True)
        self.done.emit()

    def _refused(self, error: Exception) -> bool:
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationFailed):
            self.form.show_errors(error.errors)
            return True
        show_error(self, error, reload=self.reload_requested.emit)
        return True

    def _confirm_archive(self) -> None:
        answer = QMessageBox.question(self, self.tr("Archive"), self.tr(
            "Archive this record? It will no longer count for deadlines; it stays in the database."))
        if answer == QMessageBox.StandardButton.Yes:
            assert self.record is not None  # the archive button is shown for a stored record only
            self._archive(self.record).success(lambda _: self.done.emit()).failure(self._refused) \
                .run_in_background()
