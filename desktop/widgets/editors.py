"""Field editors with one protocol: `value()`, `set_value()`, an `edited` signal, and `problem()`.

`problem()` is what the editor itself can tell is wrong before any service sees
the value (a date that is not a date); everything else is the services' word.
"""
from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from typing import Any, Protocol

from pydantic import BaseModel
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal, SignalInstance
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QCalendarWidget, QCheckBox, QComboBox, QCompleter, QLineEdit, QPlainTextEdit

from desktop import i18n, icons, labels
from models import countries
from models.schemas.common import max_length


class Editor(Protocol):
    """What a form needs of an editor: the protocol above, and the few QWidget calls it makes."""

    @property
    def edited(self) -> SignalInstance: ...
    def value(self) -> Any: ...
    def set_value(self, value: object, /) -> None: ...
    def problem(self) -> str | None: ...
    def setAccessibleName(self, name: str, /) -> None: ...
    def setStyleSheet(self, sheet: str, /) -> None: ...
    def blockSignals(self, b: bool, /) -> bool: ...
    def setFocus(self, /) -> None: ...


class LineEdit(QLineEdit):
    """The one-line editors' common part; each kind says what its `value()` is."""

    edited = Signal()

    def __init__(self, parent=None, max_length: int = 300) -> None:
        super().__init__(parent)
        self.setMaxLength(max_length)
        self.textEdited.connect(self.edited)

    def set_value(self, value: object) -> None:
        self.setText("" if value is None else str(value))

    def problem(self) -> str | None:
        return None


class TextEdit(LineEdit):
    @classmethod
    def of(cls, schema: type[BaseModel], field: str, parent=None) -> TextEdit:
        """An editor for `schema.field`, taking no more characters than the schema does."""
        return cls(parent, max_length(schema, field))

    def value(self) -> str | None:
        return self.text().strip() or None


class NumberEdit(LineEdit):
    def __init__(self, parent=None, low: int = 0, high: int = 9999) -> None:
        super().__init__(parent, max_length=len(str(high)))
        self.setValidator(QIntValidator(low, high, self))

    def value(self) -> int | None:
        return int(self.text()) if self.text().strip() else None


class DateEdit(LineEdit):
    """A date typed as the locale writes it (12.05.2024), or as 2024-05-12; empty means no date.

    A line edit rather than QDateEdit: many dates are optional (no exit yet), and
    caseworkers type dates from documents faster than they spin them.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent, max_length=10)
        pattern = i18n.date_format()  # e.g. dd.MM.yyyy -> ДД.ММ.ГГГГ
        self.setPlaceholderText(pattern.replace("yyyy", self.tr("YYYY")).replace("MM", self.tr("MM"))
                                .replace("dd", self.tr("DD")))
        calendar = self.addAction(icons.get("calendar"), QLineEdit.ActionPosition.TrailingPosition)
        calendar.setToolTip(self.tr("Pick a date from a calendar"))
        calendar.triggered.connect(self._pick)

    # Day first, as Kazakhstan writes dates: 02/12/2026, 2.12.2026, 2-12-2026, or eight digits 02122026.
    PATTERNS = ("yyyy-MM-dd", "d.M.yyyy", "d/M/yyyy", "d-M-yyyy", "ddMMyyyy")

    def _parse(self) -> dt.date | None:
        typed = self.text().strip()
        for pattern in (i18n.date_format(), *self.PATTERNS):
            day = QLocale().toDate(typed, pattern)
            if day.isValid():
                return dt.date(day.year(), day.month(), day.day())
        return None

    def value(self) -> dt.date | None:
        return self._parse()

    def set_value(self, value: object) -> None:
        self.setText(i18n.show_date(value) if isinstance(value, dt.date) else "")

    def problem(self) -> str | None:
        if self.text().strip() and self._parse() is None:
            example = i18n.show_date(dt.date(2024, 12, 31))
            return QCoreApplication.translate("DateEdit", "This is not a date. Write it as {0} or 31122024.").format(
                example)
        return None

    def _pick(self) -> None:
        popup = QCalendarWidget(self)
        popup.setWindowFlags(Qt.WindowType.Popup)
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if (day := self._parse()) is not None:
            popup.setSelectedDate(QDate(day.year, day.month, day.day))

        def picked(day: QDate) -> None:
            self.setText(QLocale().toString(day, i18n.date_format()))
            self.edited.emit()
            popup.close()

        popup.clicked.connect(picked)
        popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        popup.show()


class ChoiceEdit(QComboBox):
    """One of a list of stored values, shown in words; `blank` adds an empty first choice."""

    edited = Signal()

    def __init__(self, parent=None, choices: Sequence[tuple[object, str]] = (), blank: str | None = None,
                 unknown: str | None = None) -> None:
        super().__init__(parent)
        self._unknown = unknown  # the words for a stored value the list does not offer (else: the first choice)
        # As narrow as a form needs on a small screen (the form widens it; the open list shows choices in full).
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        if blank is not None:
            self.addItem(blank, None)
        for stored, words in choices:
            self.addItem(words, stored)
        self.activated.connect(lambda _: self.edited.emit())

    def showPopup(self) -> None:  # noqa: N802 (Qt's name)
        """The open list as wide as its longest choice, however narrow the box is."""
        self.view().setMinimumWidth(self.view().sizeHintForColumn(0) + 24)
        super().showPopup()

    @classmethod
    def of(cls, enum_type: type[enum.Enum], parent=None, blank: str | None = None) -> ChoiceEdit:
        return cls(parent, labels.choices(enum_type), blank)

    def value(self):
        return self.currentData()

    def set_value(self, value: object) -> None:
        """Select the stored value. Compared by equality: Qt's `findData` matches a Python object (a UUID)
        only when it is the very same object, so a caseworker's id read again from the database was missed
        and the blank choice shown (and then saved) instead."""
        stored = value.value if isinstance(value, enum.Enum) else value
        index = next((i for i in range(self.count()) if self.itemData(i) == stored), -1)
        if index < 0 and stored is not None and self._unknown is not None:
            # A value the list does not offer (a colleague no longer active): kept as it is, never blanked.
            self.addItem(self._unknown, stored)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))

    def problem(self) -> str | None:
        return None


class CountryEdit(ChoiceEdit):
    """A citizenship: type a few letters of the country's name (in the user's language) or its code."""

    def __init__(self, parent=None, blank: str | None = "") -> None:
        names = sorted(((code, f"{labels.country(code)} ({code})") for code in countries.all_codes()),
                       key=lambda item: item[1].casefold())
        super().__init__(parent, names, blank)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer, line = self.completer(), self.lineEdit()
        assert completer is not None and line is not None  # an editable combo box has both
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        line.textEdited.connect(lambda _: self.edited.emit())

    def value(self) -> str | None:
        index = self.findText(self.currentText())
        if index >= 0:
            return self.itemData(index)
        typed = self.currentText().strip().upper()
        return typed or None  # an unknown code: the service names it in its refusal

    def set_value(self, value: object) -> None:
        super().set_value(value)
        if value and self.findData(value) < 0:
            self.setEditText(str(value))


class CheckEdit(QCheckBox):
    edited = Signal()

    def __init__(self, text: str = "", parent=None) -> None:
        super().__init__(text, parent)
        self.toggled.connect(lambda _: self.edited.emit())

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: object) -> None:
        self.setChecked(bool(value))

    def problem(self) -> str | None:
        return None


class LongTextEdit(QPlainTextEdit):
    edited = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.textChanged.connect(self.edited)

    def value(self) -> str | None:
        return self.toPlainText().strip() or None

    def set_value(self, value: object) -> None:
        self.setPlainText("" if value is None else str(value))

    def problem(self) -> str | None:
        return None
