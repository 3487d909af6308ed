"""Persons › Likely duplicates…: the supervisor reviews pairs of records that may be one person, side by side,
and merges them (choosing the record that stays and, field by field, the value to keep) or marks them as two
people. A merge can be undone as a whole from here, until the dialog is closed or another pair is merged."""
from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import duplicates as ops
from desktop.person_form import label
from desktop.sync.words import shown_value
from desktop.workspace import Workspace
from models.services.duplicates import FIELDS, LikelyPair, MergeOut

translate = QCoreApplication.translate
REASONS = {
    "same_iin": QT_TRANSLATE_NOOP("Duplicates", "The same IIN"),
    "same_document": QT_TRANSLATE_NOOP("Duplicates", "The same document number"),
    "same_name_and_birth_date": QT_TRANSLATE_NOOP("Duplicates", "The same name and date of birth"),
    "same_name_and_birth_year": QT_TRANSLATE_NOOP("Duplicates", "The same name and year of birth"),
}
DIFFERS = QBrush(QColor("#fff4ce"))


class LikelyDuplicates(QDialog):
    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.pairs: list[LikelyPair] = []
        self.last_merge: MergeOut | None = None
        self.notice = ""  # what the last decision did, said above the count of pairs
        self.setObjectName("likelyDuplicates")
        self.setWindowTitle(self.tr("Likely duplicates — Qamqor"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.list = QTableWidget(0, 2, self)
        self.list.setHorizontalHeaderLabels([self.tr("Persons"), self.tr("Why")])
        self.list.setWordWrap(True)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.verticalHeader().hide()
        self.list.itemSelectionChanged.connect(self._show_pair)
        self.compare = QTableWidget(0, 3, self)
        self.compare.setObjectName("comparison")
        self.compare.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.compare.verticalHeader().hide()
        self.keep_first = QRadioButton(self.tr("Keep the first record"), self)
        self.keep_second = QRadioButton(self.tr("Keep the second record"), self)
        self.keep_first.setChecked(True)
        keep = QButtonGroup(self)
        keep.addButton(self.keep_first)
        keep.addButton(self.keep_second)
        self.keep_first.toggled.connect(self._kept_changed)
        self.merge_button = QPushButton(self.tr("Merge into the kept record"), self)
        self.merge_button.setObjectName("merge")
        self.merge_button.clicked.connect(self.merge)
        self.apart_button = QPushButton(self.tr("Not the same person"), self)
        self.apart_button.setObjectName("notTheSame")
        self.apart_button.clicked.connect(self.not_the_same)
        self.undo_button = QPushButton(self.tr("Undo the merge"), self)
        self.undo_button.setObjectName("undoMerge")
        self.undo_button.clicked.connect(self.undo_merge)
        self.undo_button.hide()
        self.hint = QLabel(self.tr("Where the records differ, choose the value to keep. Everything recorded on "
                                   "the other record (documents, stays, registrations, permits, contracts, cases "
                                   "with their notes, screenings and referrals) moves to the kept one; the other "
                                   "record is archived."), self)
        self.hint.setWordWrap(True)
        self._build()
        self.resize(1000, 640)
        self.load()

    def _build(self) -> None:
        side = QWidget(self)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        choice = QHBoxLayout()
        choice.addWidget(self.keep_first)
        choice.addWidget(self.keep_second)
        choice.addStretch(1)
        column.addLayout(choice)
        column.addWidget(self.compare, 1)
        column.addWidget(self.hint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.apart_button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        column.addLayout(buttons)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(side)
        splitter.setSizes([380, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        self._enable(False)

    # --- the list ---------------------------------------------------------------------

    def load(self) -> None:
        self.status.setText(self.tr("Looking for likely duplicates across the office…"))
        ops.likely_pairs(self.ws, parent=self, label=self.tr("Looking for likely duplicates…")) \
            .success(self._show_pairs).run_in_background()

    def _show_pairs(self, pairs: list[LikelyPair]) -> None:
        self.pairs = pairs
        self.list.setRowCount(len(pairs))
        for row, pair in enumerate(pairs):
            self.list.setItem(row, 0, QTableWidgetItem(f"{pair.first.name}\n{pair.second.name}"))
            self.list.setItem(row, 1, QTableWidgetItem(translate("Duplicates", REASONS[pair.reason])))
        self.list.resizeColumnToContents(1)
        self.list.resizeRowsToContents()
        found = self.tr("%n likely pair(s): the same person recorded twice, or two people?", "", len(pairs)) \
            if pairs else self.tr("No likely duplicates were found.")
        self.status.setText(f"{self.notice} {found}" if self.notice else found)
        self.list.clearSelection()  # so that the first row's selection is news even if row 0 was selected
        if pairs:
            self.list.selectRow(0)
        else:
            self._show_pair()

    def selected(self) -> LikelyPair | None:
        rows = self.list.selectionModel().selectedRows()
        return self.pairs[rows[0].row()] if rows and rows[0].row() < len(self.pairs) else None

    # --- one pair, side by side ---------------------------------------------------------

    def _show_pair(self) -> None:
        pair = self.selected()
        self._enable(pair is not None)
        self.compare.setRowCount(0)
        if pair is None:
            return
        first, second = pair.first, pair.second
        self.compare.setColumnCount(4)
        self.compare.setHorizontalHeaderLabels([self.tr("Field"), self.tr("First record"), self.tr("Second record"),
                                                self.tr("Value to keep")])
        rows = [(name, label(name), shown_value(name, first.values[name]), shown_value(name, second.values[name]))
                for name in FIELDS]
        rows += [("", self.tr("Documents"), ", ".join(first.documents) or "—", ", ".join(second.documents) or "—"),
                 ("", self.tr("Open cases"), str(first.cases), str(second.cases))]
        self.compare.setRowCount(len(rows))
        differing = set(pair.differing)
        for row, (name, caption, one, two) in enumerate(rows):
            for column, text in enumerate((caption, one, two)):
                item = QTableWidgetItem(text)
                if name in differing:
                    item.setBackground(DIFFERS)
                self.compare.setItem(row, column, item)
            if name in differing:
                pick = QComboBox(self.compare)
                pick.setObjectName(f"keep_{name}")
                pick.addItem(self.tr("First"), "first")
                pick.addItem(self.tr("Second"), "second")
                pick.setCurrentIndex(self._default(pair, name))
                self.compare.setCellWidget(row, 3, pick)
        self.compare.resizeColumnToContents(3)

    def _default(self, pair: LikelyPair, name: str) -> int:
        """The kept record's value, unless it has none and the other has one: nothing is lost by default."""
        kept, other = (0, 1) if self.keep_first.isChecked() else (1, 0)
        values = (pair.first.values[name], pair.second.values[name])
        return other if values[kept] in (None, "") and values[other] not in (None, "") else kept

    def _kept_changed(self) -> None:
        """The values follow the kept record, until the supervisor picks another."""
        if (pair := self.selected()) is not None:
            for pick in self.compare.findChildren(QComboBox):
                pick.setCurrentIndex(self._default(pair, pick.objectName().removeprefix("keep_")))

    def choices(self) -> dict[str, str]:
        """Field -> "first" or "second", for the fields where the records differ."""
        return {pick.objectName().removeprefix("keep_"): pick.currentData()
                for pick in self.compare.findChildren(QComboBox)}

    def _enable(self, on: bool) -> None:
        for widget in (self.merge_button, self.apart_button, self.keep_first, self.keep_second):
            widget.setEnabled(on)

    # --- decisions ----------------------------------------------------------------------

    def merge(self) -> None:
        pair = self.selected()
        if pair is None:
            return
        kept, merged = (pair.first, pair.second) if self.keep_first.isChecked() else (pair.second, pair.first)
        other = "second" if kept is pair.first else "first"
        take = [name for name, source in self.choices().items() if source == other]
        self._enable(False)
        ops.merge(self.ws, parent=self, kept_id=kept.id, kept_version=kept.version, merged_id=merged.id,
                  merged_version=merged.version, take_from_merged=take) \
            .success(lambda done: self._merged(done, kept.name)).failure(self._refused).run_in_background()

    def _merged(self, done: MergeOut, name: str) -> None:
        self.last_merge = done
        self.undo_button.show()
        self.notice = self.tr("Merged into {0}: %n record(s) moved.", "", done.moved).format(name)
        self.load()

    def undo_merge(self) -> None:
        if self.last_merge is None:
            return
        merge_id: uuid.UUID = self.last_merge.id
        self.undo_button.hide()
        ops.undo_merge(self.ws, parent=self, merge_id=merge_id).success(self._unmerged).run_in_background()

    def _unmerged(self, _done: MergeOut) -> None:
        self.last_merge = None
        self.notice = self.tr("The merge was undone: both records are as they were.")
        self.load()

    def not_the_same(self) -> None:
        pair = self.selected()
        if pair is None:
            return
        self._enable(False)
        ops.not_the_same(self.ws, parent=self, first=pair.first.id, second=pair.second.id) \
            .success(self._kept_apart).failure(self._refused).run_in_background()

    def _kept_apart(self, _done: None) -> None:
        self.notice = self.tr("Marked as two people: the pair will not be shown again.")
        self.load()

    def _refused(self, error: Exception) -> bool:
        self._enable(self.selected() is not None)
        return False  # shown in words by the operation


def open_duplicates(window) -> LikelyDuplicates:
    """Persons › Likely duplicates… of `window` (a MainWindow): one dialog, made if needed, raised."""
    dialog = getattr(window, "duplicates", None)
    if dialog is None:
        dialog = window.duplicates = LikelyDuplicates(window.ws, window)
    dialog.show()
    dialog.raise_()
    return dialog
