"""Sync › Conflicts…: every open conflict this user may see (a supervisor: the office's), one a row;
a double-click opens its case, where the banner offers the two values."""
from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.operations import Changes
from desktop.operations import sync as sync_ops
from desktop.operations.sync import ConflictOut, Whereabouts
from desktop.sync.banner import authorship
from desktop.sync.words import field_name, shown_value
from desktop.workspace import Workspace
from models.names import full_name


class ConflictsDialog(QDialog):
    open_case = Signal(object)  # the case's id
    loaded = Signal(int)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Open conflicts"))
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Field"), self.tr("In the record"),
                                              self.tr("The other value"), self.tr("Written by")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.cellDoubleClicked.connect(self._open)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.case_ids: list[uuid.UUID | None] = []
        self.resize(900, 420)
        ws.changed.connect(self._on_changes)
        self.load()

    def load(self) -> None:
        sync_ops.conflict_list(self.ws, parent=self).success(lambda found: self._show(*found)).run_in_background()

    def _show(self, found: list[ConflictOut], where: dict[uuid.UUID, Whereabouts]) -> None:
        users = {u.id: u.full_name for u in self.ws.users}
        self.intro.setText(self.tr("%n open conflict(s). Double-click one to open its case and choose the value "
                                   "to keep.", "", len(found)) if found else
                           self.tr("No open conflicts: every edit made on two laptops has been merged."))
        self.table.setRowCount(len(found))
        self.case_ids = []
        for row, conflict in enumerate(found):
            place = where.get(conflict.id)
            person = full_name(place.family_name, place.given_name, place.patronymic) if place else ""
            self.case_ids.append(place.case_id if place else conflict.case_id)
            cells = (person, field_name(conflict.table, conflict.field),
                     shown_value(conflict.field, conflict.kept_value, users),
                     shown_value(conflict.field, conflict.other_value, users),
                     self.tr("In the record: {0}\nThe other: {1}").format(
                         authorship(conflict.kept_by, conflict.kept_at, conflict.kept_device),
                         authorship(conflict.other_by, conflict.other_at, conflict.other_device)))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        for column, width in enumerate((180, 170, 130, 130)):
            self.table.setColumnWidth(column, width)
        self.table.resizeRowsToContents()
        self.loaded.emit(len(found))

    def _open(self, row: int, _column: int = 0) -> None:
        if 0 <= row < len(self.case_ids) and (case_id := self.case_ids[row]) is not None:
            self.open_case.emit(case_id)

    def _on_changes(self, changes: Changes, _initiator: object) -> None:
        if changes:
            self.load()
