"""The person and case tabs of the case view: a form edited in place, saved with Save or Ctrl+S."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget

from desktop import i18n, labels
from desktop.errors import show_error
from desktop.operations import CollectionOp
from desktop.widgets.form import Form
from models.services.errors import ValidationFailed


class FormPanel(QWidget):
    """A form with its Save button; `save_op(values, before)` returns the CollectionOp that saves."""

    reload_requested = Signal()

    def __init__(self, form: Form, save_op: Callable[[dict, dict], CollectionOp], parent=None) -> None:
        super().__init__(parent)
        self.form, self._save_op = form, save_op
        self.before: dict = {}
        self.save_button = QPushButton(self.tr("Save changes"), self)
        self.save_button.setEnabled(False)
        form.edited.connect(lambda: self.save_button.setEnabled(True))
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(row)
        self.save_button.clicked.connect(self.save)

    def show_record(self, record: object) -> None:
        """Show the stored record, unless the caseworker is in the middle of changing it."""
        if not self.form.dirty:
            self.form.set_values(record)
            self.before = self.form.values()
            self.save_button.setEnabled(False)

    def save(self) -> None:
        if not self.form.dirty:
            return
        if problems := self.form.local_errors():
            self.form.show_errors(problems)
            return
        self.save_button.setEnabled(False)
        self._save_op(self.form.values(), self.before).success(self._saved).failure(self._refused) \
            .run_in_background()

    def _saved(self, record: object) -> None:
        self.form.dirty = False
        self.show_record(record)

    def _refused(self, error: Exception) -> bool:
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationFailed):
            self.form.show_errors(error.errors)
        else:
            show_error(self, error, reload=self.reload_requested.emit)
        return True


class DocumentsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.documents: list = []

    def set_documents(self, documents: list) -> None:
        self.beginResetModel()
        self.documents = documents
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.documents)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Document"), self.tr("Number"), self.tr("Country"), self.tr("Valid until"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        d = self.documents[index.row()]
        return (labels.value(d.kind), d.number, labels.country(d.issuing_country),
                i18n.show_date(d.expires_on))[index.column()]


class PersonTab(QSplitter):
    """The person's details above their identity documents."""

    def __init__(self, details: FormPanel, documents: QWidget, parent=None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.addWidget(details)
        self.addWidget(documents)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
