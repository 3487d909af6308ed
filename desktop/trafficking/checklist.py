"""Editors the trafficking forms need beyond the common ones, with the same protocol
(`value`, `set_value`, `edited`, `problem`)."""
from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

from desktop.widgets.editors import ChoiceEdit


class CheckList(QWidget):
    """Several stored values chosen at once (the services asked for, the parts shared)."""

    edited = Signal()

    def __init__(self, choices: list[tuple[str, str]], parent=None, columns: int = 2) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for n, (stored, shown) in enumerate(choices):
            box = QCheckBox(shown, self)
            box.toggled.connect(lambda _: self.edited.emit())
            grid.addWidget(box, n // columns, n % columns)
            self.boxes[stored] = box

    def value(self) -> list[str]:
        return [stored for stored, box in self.boxes.items() if box.isChecked()]

    def set_value(self, value: object) -> None:
        chosen = set(value) if isinstance(value, Iterable) else set()  # None: nothing chosen
        for stored, box in self.boxes.items():
            box.setChecked(stored in chosen)

    def problem(self) -> str | None:
        return None


class IdChoice(ChoiceEdit):
    """A record chosen by name (an organisation, an attachment); ids are kept as text in the combo box,
    which compares them reliably, and handed out as UUIDs."""

    def __init__(self, parent=None, choices: Sequence[tuple[uuid.UUID, str]] = (), blank: str | None = None) -> None:
        super().__init__(parent, [(str(key), shown) for key, shown in choices], blank)

    def value(self) -> uuid.UUID | None:
        data = self.currentData()
        return uuid.UUID(data) if data else None

    def set_value(self, value: object) -> None:
        super().set_value(str(value) if value is not None else None)
