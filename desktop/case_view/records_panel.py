"""A list of records beside the editor of the chosen one: the timeline, and the identity documents."""
from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import icons
from desktop.case_view.record_editor import RecordEditor
from desktop.case_view.record_forms import kind_name
from models.schemas.common import Output


class RecordsPanel(QWidget):
    """`entry(row)` gives (kind, record or None) for a row; `make_editor(kind, record)` builds its editor."""

    def __init__(self, model: QAbstractItemModel, kinds: tuple[str, ...], entry: Callable[[int], tuple],
                 make_editor: Callable[[str, Output | None], RecordEditor], parent=None,
                 orientation: Qt.Orientation = Qt.Orientation.Horizontal) -> None:
        super().__init__(parent)
        self.model, self._entry, self._make_editor = model, entry, make_editor
        self.add_button = QToolButton(self)
        self.add_button.setIcon(icons.get("add"))
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        if len(kinds) == 1:
            self.add_button.setText(self.tr("Add {0}").format(kind_name(kinds[0]).lower()))
            self.add_button.clicked.connect(lambda: self.edit(kinds[0], None))
        else:
            self.add_button.setText(self.tr("Add"))
            self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            menu = QMenu(self.add_button)
            for kind in kinds:
                menu.addAction(kind_name(kind), partial(self.edit, kind, None)).setObjectName(f"add_{kind}")
            self.add_button.setMenu(menu)
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for section in range(model.columnCount() - 1):  # the last one, the longest, takes the rest
            self.table.horizontalHeader().setSectionResizeMode(section, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(False)
        self.table.clicked.connect(lambda index: self._open_row(index.row()))
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        self.editor_area = QWidget(self)
        self._editor_column = QVBoxLayout(self.editor_area)
        self._editor_column.setContentsMargins(0, 0, 0, 0)
        self.editor: RecordEditor | None = None
        self.hint = QLabel(self.tr("Choose a line to see or change it, or add a new one."), self.editor_area)
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._editor_column.addWidget(self.hint)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.add_button)
        top.addStretch(1)
        column.addLayout(top)
        column.addWidget(self.table)
        splitter = QSplitter(orientation, self)
        splitter.addWidget(left)
        splitter.addWidget(self.editor_area)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        if orientation == Qt.Orientation.Horizontal:
            self.editor_area.setMinimumWidth(360)
        outer = QVBoxLayout(self)
        outer.addWidget(splitter)
        outer.setContentsMargins(0, 0, 0, 0)

    def _open_row(self, row: int) -> None:
        kind, record = self._entry(row)
        if record is not None and (self.editor is None or self.editor.record is not record):
            self.edit(kind, record)

    def edit(self, kind: str, record: Output | None) -> RecordEditor:
        self.close_editor()
        self.hint.hide()
        self.editor = self._make_editor(kind, record)
        self.editor.done.connect(self.close_editor)
        self._editor_column.addWidget(self.editor)
        self.editor.form.setFocus()
        return self.editor

    def close_editor(self) -> None:
        if self.editor is not None:
            self.editor.deleteLater()
            self.editor = None
        self.hint.show()

    @property
    def dirty(self) -> bool:
        return self.editor is not None and self.editor.dirty
