"""A form of labelled editors, each with its validation message right under it.

The services refuse input with `ValidationFailed.errors`, each naming a field;
`show_errors` puts each message under that field's editor, so the caseworker
sees what to correct where they would correct it.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.messages import field_message
from desktop.widgets.editors import Editor
from models.services.errors import FieldError

ERROR_STYLE = "color: #b00020;"

E = TypeVar("E", bound=Editor)


class Form(QWidget):
    """Editors by field name; `edited` fires on any change the user makes."""

    edited = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.editors: dict[str, Editor] = {}
        self._messages: dict[str, QLabel] = {}
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general = QLabel(self)  # errors that belong to no one field
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.setWordWrap(True)
        self.general.hide()
        self.layout_.addRow(self.general)
        self.dirty = False

    def add(self, name: str, label: str, editor: E) -> E:
        """Add an editor (a QWidget with the editors' protocol) under `label`; it is returned as given."""
        assert isinstance(editor, QWidget), "an editor is a widget"
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        message = QLabel(box)
        message.setStyleSheet(ERROR_STYLE)
        message.setWordWrap(True)
        message.hide()
        column.addWidget(message)
        self.layout_.addRow(label, box)
        editor.setAccessibleName(label)
        editor.edited.connect(self._on_edited)
        editor.edited.connect(lambda: self.clear_error(name))  # an answered message is not left standing
        self.editors[name] = editor
        self._messages[name] = message
        return editor

    def _on_edited(self) -> None:
        self.dirty = True
        self.edited.emit()

    def values(self) -> dict:
        return {name: editor.value() for name, editor in self.editors.items()}

    def set_values(self, record: object) -> None:
        """Fill the editors from a DTO or a dict; the form is then clean."""
        for name, editor in self.editors.items():
            found = record.get(name) if isinstance(record, dict) else getattr(record, name, None)
            editor.blockSignals(True)
            editor.set_value(found)
            editor.blockSignals(False)
        self.clear_errors()
        self.dirty = False

    def local_errors(self) -> list[FieldError]:
        """What the editors themselves can tell is wrong (a date that is not a date)."""
        return [FieldError(name, "", problem) for name, editor in self.editors.items()
                if (problem := editor.problem())]

    def clear_error(self, name: str) -> None:
        """The field was changed: its message and the form-wide one no longer describe what is there."""
        for message in (self._messages[name], self.general):
            message.clear()
            message.hide()
        self.editors[name].setStyleSheet("")

    def clear_errors(self) -> None:
        for message in (*self._messages.values(), self.general):
            message.clear()
            message.hide()
        for editor in self.editors.values():
            editor.setStyleSheet("")

    def show_errors(self, errors: Iterable[FieldError]) -> None:
        """Each message under its field; messages about no field of this form above them all."""
        self.clear_errors()
        general = []
        first = None
        for error in errors:
            name = error.field.rsplit(".", 1)[-1]
            if name in self._messages:
                label = self._messages[name]
                label.setText("\n".join(filter(None, (label.text(), field_message(error)))))
                label.show()
                self.editors[name].setStyleSheet("border: 1px solid #b00020;")
                first = first or self.editors[name]
            else:
                general.append(f"{error.label}: {field_message(error)}" if error.label else field_message(error))
        if general:
            self.general.setText("\n".join(general))
            self.general.show()
        if first is not None:
            first.setFocus()

    def error_text(self, name: str) -> str:
        """The message shown under a field (tests and screen readers read it)."""
        return self._messages[name].text()
