"""Referred to us: where the office's cases came from (an organisation, or how the person came), with
the number of cases from each, for a period; choosing one lists its cases, and a case opens with a
double click."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from desktop.case_view.services import how_words
from desktop.operations import Changes
from desktop.operations import referred as ops
from desktop.trafficking.words import organisation as organisation_words
from desktop.widgets.editors import DateEdit
from desktop.workspace import Workspace
from models.services.referred import Referred, ReferredFilter, Source

translate = QCoreApplication.translate  # the name lupdate looks for


def source_words(source: Source) -> str:
    """An organisation's name (in the user's language where the directory has it), or how they came."""
    if source.name:
        return organisation_words(source.name) if source.organisation_id else source.name
    return how_words(source.how) if source.how else translate("ReferredPage", "Not recorded")


def _key(source: Source | None) -> tuple | None:
    return None if source is None else (source.organisation_id, source.name, source.how)


class ReferredPage(QWidget):
    open_case = Signal(object)  # case id

    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.found: Referred | None = None
        self._chosen: tuple | None = None  # the source chosen (its key), kept when the list is read again
        self.where = ReferredFilter()  # every case that records it; the period narrows it
        self.first, self.last = DateEdit(self), DateEdit(self)
        self.open_only = QCheckBox(translate("ReferredPage", "Open cases only"), self)
        self.source = QComboBox(self)
        self.source.setObjectName("referredBy")
        self.source.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("referredCases")
        self.table.setHorizontalHeaderLabels([translate("ReferredPage", "Person"), translate("ReferredPage", "Referred on"), translate("ReferredPage", "Referred by"), translate("ReferredPage", "How"),
                                              translate("ReferredPage", "Why")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel(self)
        row = QHBoxLayout()
        for widget in (QLabel(translate("ReferredPage", "Referred from"), self), self.first, QLabel(translate("ReferredPage", "to"), self), self.last,
                       self.open_only, QLabel(translate("ReferredPage", "Referred by"), self), self.source):
            row.addWidget(widget)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        for edit in (self.first, self.last):
            edit.editingFinished.connect(self._period_changed)
        self.open_only.toggled.connect(lambda _: self._period_changed())
        self.source.activated.connect(lambda _: self._source_chosen())
        self.table.doubleClicked.connect(self._open)
        ws.changed.connect(self._on_changes)
        self.load()

    def load(self) -> None:
        ops.referred_cases(self.ws, parent=self, where=self.where).success(self._show).run_in_background()

    def _on_changes(self, changes: Changes, _initiator: object) -> None:
        if changes.case or changes.directory:
            self.load()

    def _period_changed(self) -> None:
        if self.first.problem() or self.last.problem():
            return
        self.where = replace(self.where, first=self.first.value(), last=self.last.value(),
                             open_only=self.open_only.isChecked())
        self.load()

    def _source_chosen(self) -> None:
        chosen: Source | None = self.source.currentData()
        self._chosen = _key(chosen)
        if chosen is None:
            self.where = replace(self.where, organisation_id=None, name=None, how=None)
        elif chosen.organisation_id is not None:
            self.where = replace(self.where, organisation_id=chosen.organisation_id, name=None, how=None)
        elif chosen.name:
            self.where = replace(self.where, organisation_id=None, name=chosen.name, how=None)
        else:
            self.where = replace(self.where, organisation_id=None, name=None, how=chosen.how)
        self.load()

    def _show(self, found: Referred) -> None:
        self.found = found
        self.source.blockSignals(True)
        self.source.clear()
        self.source.addItem(translate("ReferredPage", "Everyone ({0})").format(sum(s.cases for s in found.sources)), None)
        for source in found.sources:
            self.source.addItem(f"{source_words(source)} ({source.cases})", source)
            if _key(source) == self._chosen:
                self.source.setCurrentIndex(self.source.count() - 1)
        self.source.blockSignals(False)
        self.summary.setText(translate("ReferredPage", "%n case(s)", "", len(found.rows)))
        self.table.setRowCount(len(found.rows))
        for r, case in enumerate(found.rows):
            by = organisation_words(case.source) if case.organisation_id else case.source
            cells = [case.name, i18n.show_date(case.referred_on), by, how_words(case.how) if case.how else "",
                     case.why or ""]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)

    def _open(self, index) -> None:
        if self.found is not None and 0 <= index.row() < len(self.found.rows):
            self.open_case.emit(self.found.rows[index.row()].case_id)
