"""The case list as a lazy table model (qutebrowser-style): it holds the ordered case ids only.

Sorting and filtering happen in SQL, in the background, and hand back ids
(with the rows of the first page, so the list appears filled). A page not
read yet is asked for in the background when `data()` first wants it (a
primary-key read of PAGE rows) and shown blank until it arrives: the GUI
thread never reads the database. A bounded number of pages is kept;
100,000 cases scroll without loading 100,000 rows.
"""
from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Sequence

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
from desktop.operations import case as case_ops
from desktop.workspace import Workspace
from models.clock import today
from models.entities import CaseStatus
from models.ids import CaseId
from models.names import full_name
from models.rules.dates import status_from_days_left
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
        self.ids: Sequence[CaseId] = []  # CaseIds from the service: stored hex, a UUID only when read
        self._pages: OrderedDict[int, list[CaseRow | None]] = OrderedDict()
        self.filter = CaseFilter()
        self.sort_column, self.sort_order = NAME, Qt.SortOrder.AscendingOrder
        self._today = today()
        self._generation = 0  # a reload overtaken by a newer one is dropped
        self._asked: set[int] = set()  # pages being read in the background

    # --- loading -------------------------------------------------------------

    def reload(self) -> None:
        """Fetch the ordered ids for the current filter and sort, in the background."""
        self._generation += 1
        generation, where = self._generation, self.filter
        key, descending = SORT_KEYS[self.sort_column], self.sort_order == Qt.SortOrder.DescendingOrder

        case_ops.case_list(self.ws, parent=self, where=where, sort=key, descending=descending, first_page=PAGE) \
            .success(lambda found: self._set_ids(found[0], found[1], generation)) \
            .with_progress(self.tr("Sorting and filtering the cases…")).run_in_background()

    def _set_ids(self, ids: Sequence[CaseId], first: list[CaseRow], generation: int) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self.ids, self._today = ids, today()
        self._pages.clear()
        self._asked.clear()
        self._keep(0, ids[:PAGE], first)
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
        """Read the pages kept so far again (their data changed), showing the old rows until the new arrive;
        the order stays until the next reload."""
        for page in list(self._pages):
            self._ask(page)

    def row_of(self, row: int) -> CaseRow | None:
        """The row, or None while its page is being read (or if the case is gone: see `gone`)."""
        page = row // PAGE
        if page not in self._pages:
            self._ask(page)
            return None
        self._pages.move_to_end(page)
        return self._pages[page][row % PAGE]

    def gone(self, row: int) -> bool:
        """The case of this row was archived or hidden since the list was loaded."""
        page = self._pages.get(row // PAGE)
        return page is not None and page[row % PAGE] is None

    def _ask(self, page: int) -> None:
        if page in self._asked:
            return
        self._asked.add(page)
        chunk, generation = list(self.ids[page * PAGE:(page + 1) * PAGE]), self._generation
        case_ops.case_rows(self.ws, parent=self, case_ids=chunk) \
            .success(lambda found: self._page_read(page, chunk, found, generation)).run_in_background()

    def _page_read(self, page: int, chunk: list[CaseId], found: list[CaseRow], generation: int) -> None:
        self._asked.discard(page)
        if generation != self._generation:
            return
        self._keep(page, chunk, found)
        self.dataChanged.emit(self.index(page * PAGE, 0), self.index(page * PAGE + len(chunk) - 1, LAST))

    def _keep(self, page: int, chunk: Sequence[CaseId], found: list[CaseRow]) -> None:
        rows = {r.case_id: r for r in found}
        self._pages[page] = [rows.get(case_id) for case_id in chunk]
        self._pages.move_to_end(page)
        if len(self._pages) > KEPT_PAGES:
            self._pages.popitem(last=False)

    def case_id(self, row: int) -> CaseId:
        return self.ids[row]

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
        if row is None:  # being read (blank for a moment), or archived or hidden since the list was loaded
            return self.tr("(no longer available)") if role == Qt.ItemDataRole.DisplayRole and \
                index.column() == NAME and self.gone(index.row()) else None
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
            name = full_name(row.family_name, row.given_name, row.patronymic)
            return QCoreApplication.translate("Family", "{0} · minor").format(name) if row.minor else name
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
