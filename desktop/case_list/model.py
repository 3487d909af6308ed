"""The case list as a lazy table model (qutebrowser-style): it holds the ordered case ids only.

Sorting and filtering happen in SQL, in the background, and hand back ids;
`data()` reads the rows of one page of ids when a page is first shown (a
primary-key read of PAGE rows, about a millisecond), and keeps a bounded
number of pages. 100,000 cases scroll without loading 100,000 rows.
"""
from __future__ import annotations

import datetime as dt
import uuid
from collections import OrderedDict

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from desktop import i18n, labels
from desktop.operations import QueryOp
from desktop.workspace import Workspace
from models.entities import CaseStatus
from models.names import full_name
from models.rules.dates import status_from_days_left
from models.services import cases
from models.services.base import today
from models.services.cases import CaseFilter, CaseRow

PAGE = 100
KEPT_PAGES = 50
NAME, CITIZENSHIP, CATEGORY, STATUS, CASEWORKER, NEXT_DUE, DEADLINE, NUMBER, OPENED = range(9)
LAST = OPENED
# The case number sorts as the opening date does (its year comes first; the rest is no order).
SORT_KEYS = ("name", "citizenship", "category", "status", "caseworker", "next_due", "next_due", "opened_on",
             "opened_on")
# Light backgrounds, with words beside them for those who cannot tell the colours apart.
COLOURS = {"overdue": QColor("#f8d7da"), "due_soon": QColor("#fff3cd"), "ok": QColor("#d4edda")}


class CaseListModel(QAbstractTableModel):
    loaded = Signal(int)  # how many cases the list now holds

    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.ids: list[str] = []  # hex, as the database holds them (cheaper than 100,000 UUID objects)
        self._pages: OrderedDict[int, list[CaseRow | None]] = OrderedDict()
        self.filter = CaseFilter()
        self.sort_column, self.sort_order = NAME, Qt.SortOrder.AscendingOrder
        self._today = today()
        self._generation = 0  # a reload overtaken by a newer one is dropped

    # --- loading -------------------------------------------------------------

    def reload(self) -> None:
        """Fetch the ordered ids for the current filter and sort, in the background."""
        self._generation += 1
        generation, where = self._generation, self.filter
        key, descending = SORT_KEYS[self.sort_column], self.sort_order == Qt.SortOrder.DescendingOrder
        QueryOp(self.ws, parent=self, op=lambda db, actor: cases.case_keys(db, actor, where, key, descending),
                success=lambda ids: self._set_ids(ids, generation)) \
            .with_progress(self.tr("Sorting and filtering the cases…")).run_in_background()

    def _set_ids(self, ids: list[str], generation: int) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self.ids, self._today = ids, today()
        self._pages.clear()
        self.endResetModel()
        self.loaded.emit(len(ids))

    def set_filter(self, where: CaseFilter) -> None:
        self.filter = where
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (column, order) == (self.sort_column, self.sort_order):
            return
        self.sort_column, self.sort_order = column, order
        if self._generation:  # before the first load, remember the order for it
            self.reload()

    def refresh_rows(self) -> None:
        """Forget the rows read so far (their data changed); the order stays until the next reload."""
        self._pages.clear()
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, LAST))

    def row_of(self, row: int) -> CaseRow | None:
        page = row // PAGE
        if page not in self._pages:
            chunk = self.ids[page * PAGE:(page + 1) * PAGE]
            found = {r.case_id.hex: r for r in cases.case_rows(self.ws.db, self.ws.actor, chunk)}
            self._pages[page] = [found.get(case_id) for case_id in chunk]
            if len(self._pages) > KEPT_PAGES:
                self._pages.popitem(last=False)
        self._pages.move_to_end(page)
        return self._pages[page][row % PAGE]

    def case_id(self, row: int) -> uuid.UUID:
        return uuid.UUID(self.ids[row])

    # --- Qt's model interface -------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else LAST + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("Citizenship"), self.tr("Category"), self.tr("Status"),
                self.tr("Caseworker"), self.tr("Next deadline"), self.tr("Deadline status"),
                QCoreApplication.translate("CaseList", "Case number"),
                QCoreApplication.translate("CaseList", "Opened on"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.row_of(index.row())
        if row is None:  # archived or hidden since the list was loaded
            return self.tr("(no longer available)") if role == Qt.ItemDataRole.DisplayRole and \
                index.column() == NAME else None
        column = index.column()
        # A closed case's deadlines are no longer the caseworker's to meet: no alarm colour for them.
        state = "closed" if row.status == CaseStatus.closed else self._deadline_state(row.next_due)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(COLOURS[state]) if column == DEADLINE and state in COLOURS else None
        if role == Qt.ItemDataRole.ToolTipRole and column in (NEXT_DUE, DEADLINE):
            return labels.rule(row.next_rule) if row.next_rule and state != "closed" else None
        return self._text(row, column, state)  # the tooltip shows a cut-off name or country in full

    def _text(self, row: CaseRow, column: int, state: str | None) -> str:
        if column == NAME:
            return full_name(row.family_name, row.given_name, row.patronymic)
        if column == CITIZENSHIP:
            return labels.country(row.citizenship)
        if column == CATEGORY:
            return labels.value(row.category)
        if column == STATUS:
            return labels.value(row.status)
        if column == CASEWORKER:
            return row.caseworker or self.tr("Not assigned")
        if column == NUMBER:
            return row.number
        if column == OPENED:
            return i18n.show_date(row.opened_on)
        if column == NEXT_DUE:  # a closed case's deadlines are no one's to meet: none shown
            return "" if state == "closed" else i18n.show_date(row.next_due)
        return self.deadline_words(state, (row.next_due - self._today).days if row.next_due else 0)

    def _deadline_state(self, due: dt.date | None) -> str | None:
        if due is None:
            return None
        return status_from_days_left((due - self._today).days, False)

    def deadline_words(self, state: str | None, days: int) -> str:
        if state == "overdue":
            return self.tr("Overdue by %n day(s)", "", -days)
        if state == "due_soon":
            return self.tr("Due today") if days == 0 else self.tr("Due in %n day(s)", "", days)
        if state == "closed":
            return ""
        if state is None:  # an open case with nothing due
            return QCoreApplication.translate("CaseList", "No deadline")
        return self.tr("On track")
