"""The supervisor's alert list as a lazy table model: ordered keys, rows read a page at a time in the background.

Loading is two background reads, so that something is on screen at once: the
counts and the first page (from the alert index alone), then every key of the
list in its order. Rows beyond the first page are read a page at a time, in
the background, when the view first shows them; until then their cells say
"…". Nothing here touches the database on the GUI thread.
"""
from __future__ import annotations

import datetime as dt
import uuid
from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from desktop import i18n, labels
from desktop.operations import alerts as ops
from desktop.supervisor import words
from desktop.workspace import Workspace
from models.clock import today
from models.services.alerts import AlertCounts, AlertFilter, AlertRow, Overview

PAGE = 100
KEPT_PAGES = 50
DUE, DAYS, STATUS, RULE, PERSON, CATEGORY, CASEWORKER, REGION = range(8)
COLOURS = {"overdue": QColor("#f8d7da"), "due_soon": QColor("#fff3cd"), "ok": QColor("#d4edda")}


class AlertListModel(QAbstractTableModel):
    counts_loaded = Signal(object)  # AlertCounts
    loaded = Signal(int)  # how many alerts the list holds, once every key is in
    first_page_shown = Signal()

    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.keys: list[str] = []
        self._pages: OrderedDict[int, list[AlertRow | None]] = OrderedDict()
        self._asked: set[int] = set()  # pages being read
        self.where = AlertFilter()
        self.as_of: dt.date | None = None  # None: today
        self.counts = AlertCounts()
        self.complete = False  # every key read (not only the first page)
        self._generation = 0

    # --- loading -----------------------------------------------------------------

    def load(self, where: AlertFilter | None = None, as_of: dt.date | None = None) -> None:
        """Read the counts and first page, then every key, for this filter and day (in the background)."""
        if where is not None:
            self.where = where
        self.as_of = as_of if as_of is not None else self.as_of
        self._generation += 1
        generation, where, day = self._generation, self.where, self.as_of
        if where == AlertFilter():  # the list read ahead at start, if still good: shown at once, read again
            from desktop.supervisor.freshness import DeadlineRefresher

            if (ahead := DeadlineRefresher.of(self.ws).read_ahead_for(day or today())) is not None:
                self._show_first_page(ahead, generation)
        ops.overview(self.ws, parent=self, where=where, day=day, page=PAGE) \
            .success(lambda found: self._show_first_page(found, generation)).run_in_background()
        ops.alert_keys(self.ws, parent=self, where=where, day=day) \
            .success(lambda keys: self._show_all(keys, generation)).run_in_background()

    def _show_first_page(self, found: Overview, generation: int) -> None:
        if generation != self._generation:
            return
        first = [row.key for row in found.first_page]
        self._pages.clear()
        self._asked.clear()
        self._pages[0] = list(found.first_page)
        if first and self.keys[:len(first)] == first:
            # The same list begins the same way (a reload after a change): no reset, so that the view keeps
            # its place and selection; the rows are read again as they are shown.
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.keys) - 1, REGION))
        else:
            self.beginResetModel()
            self.keys = first
            self.endResetModel()
        self.complete = len(first) < PAGE
        self.counts = found.counts
        self.counts_loaded.emit(found.counts)
        self.first_page_shown.emit()
        if self.complete:
            if len(self.keys) > len(first):  # the list got shorter than it was
                self.beginRemoveRows(QModelIndex(), len(first), len(self.keys) - 1)
                self.keys = first
                self.endRemoveRows()
            self.loaded.emit(len(self.keys))

    def _show_all(self, keys: list[str], generation: int) -> None:
        if generation != self._generation:
            return
        shown = len(self.keys)
        if keys == self.keys:
            pass
        elif keys[:shown] == self.keys:
            if len(keys) > shown:
                self.beginInsertRows(QModelIndex(), shown, len(keys) - 1)
                self.keys = keys
                self.endInsertRows()
        else:  # changed between the two reads: start again from the full list
            self.beginResetModel()
            self.keys = keys
            self._pages.clear()
            self._asked.clear()
            self.endResetModel()
        self.complete = True
        self.loaded.emit(len(keys))

    def row_at(self, row: int) -> AlertRow | None:
        """The alert on this row if its page has been read; otherwise ask for the page and say None."""
        page = row // PAGE
        rows = self._pages.get(page)
        if rows is None:
            self._ask(page)
            return None
        self._pages.move_to_end(page)
        return rows[row % PAGE]

    def _ask(self, page: int) -> None:
        if page in self._asked:
            return
        self._asked.add(page)
        generation, chunk, day = self._generation, self.keys[page * PAGE:(page + 1) * PAGE], self.as_of
        ops.alert_rows(self.ws, parent=self, keys=chunk, day=day) \
            .success(lambda found: self._page_read(page, chunk, found, generation)).run_in_background()

    def _page_read(self, page: int, chunk: list[str], found: list[AlertRow], generation: int) -> None:
        self._asked.discard(page)
        if generation != self._generation:
            return
        by_key = {row.key: row for row in found}
        self._pages[page] = [by_key.get(key) for key in chunk]  # None: no longer on the list
        while len(self._pages) > KEPT_PAGES:
            self._pages.popitem(last=False)
        first, last = page * PAGE, min((page + 1) * PAGE, len(self.keys)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, REGION))

    def case_id(self, row: int) -> uuid.UUID | None:
        found = self.row_at(row)
        return found.case_id if found is not None else None

    # --- Qt's model interface ----------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.keys)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else REGION + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Due"), self.tr("Days"), self.tr("Status"), self.tr("Deadline"), self.tr("Person"),
                self.tr("Category"), self.tr("Caseworker"), self.tr("Region"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole,
                                               Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole):
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if column == DAYS else None
        row = self.row_at(index.row())
        if row is None:
            if role != Qt.ItemDataRole.DisplayRole or column != PERSON:
                return None
            page = self._pages.get(index.row() // PAGE)
            return self.tr("(no longer on the list)") if page is not None else "…"
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(COLOURS[row.status]) if column == STATUS and row.status in COLOURS else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return words.rule_tooltip(row) if column == RULE else None
        return self._text(row, column)

    def _text(self, row: AlertRow, column: int) -> str:
        if column == DUE:
            return i18n.show_date(row.due)
        if column == DAYS:
            return str(row.days_left)
        if column == STATUS:
            return words.status(row)
        if column == RULE:
            return words.rule(row.rule)
        if column == PERSON:
            return row.name if row.case_hex else self.tr("Office: employers")
        if column == CATEGORY:
            return labels.value(row.category) if row.category else ""
        if column == CASEWORKER:
            return (row.caseworker or self.tr("Not assigned")) if row.case_hex else ""
        return words.region(row.region) if row.case_hex else ""
