"""The case list: filters above a lazy table of every case the user may see."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import labels
from desktop.case_list.model import (
    CASEWORKER,
    CATEGORY,
    CITIZENSHIP,
    DEADLINE,
    NAME,
    NEXT_DUE,
    NUMBER,
    OPENED,
    STATUS,
    CaseListModel,
)
from desktop.operations import Changes, reference
from desktop.widgets.columns import ColumnFitter
from desktop.workspace import Workspace
from models.entities import CaseStatus, Category
from models.rules.dates import DUE_SOON_DAYS
from models.services.cases import CaseFilter

# Each column gets its header's words; what room is left goes to the columns with long values, in these
# shares (a person's name most). Every column stays in view at 1024 pixels, the deadline status too.
SHARES = {NAME: 5, CITIZENSHIP: 1, CATEGORY: 2, CASEWORKER: 2, DEADLINE: 2, NUMBER: 1}


class FilterBar(QWidget):
    changed = Signal(object)  # CaseFilter

    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.category = self._combo(row, self.tr("Category"), [(c.value, labels.value(c)) for c in Category])
        self.status = self._combo(row, self.tr("Status"), [(s.value, labels.value(s)) for s in CaseStatus])
        self.caseworker = self._combo(row, self.tr("Caseworker"), [])
        self.deadline = self._combo(row, self.tr("Deadlines"), [("overdue", self.tr("Overdue")),
                                                                ("due_soon", self.tr("Due within %n day(s)", "", DUE_SOON_DAYS))])
        row.addStretch(1)
        self.count = QLabel(self)
        row.addWidget(self.count)
        reference.colleagues(ws, parent=self).success(self._fill_caseworkers).run_in_background()

    def _combo(self, row: QHBoxLayout, label: str, choices: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        # Not as wide as the longest choice (a caseworker's full name, "Person seeking asylum" in Russian):
        # the four filters fit a 1024-pixel window in every language; the open list shows choices in full.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        combo.addItem(self.tr("All"), None)
        for stored, words in choices:
            combo.addItem(words, stored)
        combo.setAccessibleName(label)
        caption = QLabel(label + ":", self)
        caption.setBuddy(combo)
        row.addWidget(caption)
        row.addWidget(combo)
        combo.currentIndexChanged.connect(lambda _: self.changed.emit(self.value()))
        return combo

    def _fill_caseworkers(self, people: list) -> None:
        for user in people:
            self.caseworker.addItem(user.full_name, user.id)
        self.caseworker.view().setMinimumWidth(self.caseworker.view().sizeHintForColumn(0) + 24)

    def value(self) -> CaseFilter:
        return CaseFilter(category=self.category.currentData(), status=self.status.currentData(),
                          caseworker_id=self.caseworker.currentData(), deadline=self.deadline.currentData())


class CaseListView(QWidget):
    """Double-click or Enter opens the case."""

    open_case = Signal(object)  # case id

    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.filters = FilterBar(ws, self)
        self.model = CaseListModel(ws, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setObjectName("caseTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Fixed row heights: Qt never measures 100,000 rows to lay them out.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSortIndicator(NAME, Qt.SortOrder.AscendingOrder)
        overdue = QCoreApplication.translate("CaseListModel", "Overdue by %n day(s)", None, 16)  # read whole
        status = max((labels.value(s) for s in CaseStatus), key=self.table.fontMetrics().horizontalAdvance)
        self.columns = ColumnFitter(self.table, {NUMBER: "QMQ-0000-DDDDDD", OPENED: "00.00.0000",
                                                 NEXT_DUE: "00.00.0000", STATUS: status, DEADLINE: overdue}, SHARES)
        # Added after the first columns (saved layouts and tests count them), shown first: the number,
        # then the name, and the opening date after the status.
        header.moveSection(header.visualIndex(NUMBER), 0)
        header.moveSection(header.visualIndex(OPENED), header.visualIndex(STATUS) + 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.table)
        self.filters.changed.connect(self.model.set_filter)
        self.model.loaded.connect(self._show_count)
        self.table.activated.connect(lambda index: self.open_case.emit(self.model.case_id(index.row())))
        ws.changed.connect(self._on_changes)

    def load(self) -> None:
        self.model.reload()

    def _show_count(self, count: int) -> None:
        self.filters.count.setText(self.tr("%n case(s)", "", count))

    def _on_changes(self, changes: Changes, _initiator: object) -> None:
        if changes.case:  # a case opened or archived: the list itself changes
            self.model.reload()
        elif changes.person or changes.deadlines:
            self.model.refresh_rows()

    def save_layout(self, settings: QSettings) -> None:
        settings.setValue("caseList/header", self.table.horizontalHeader().saveState())

    def restore_layout(self, settings: QSettings) -> None:
        state = settings.value("caseList/header")
        if state is not None:
            self.columns.keep()  # the widths the user had: kept, not fitted again
            self.table.horizontalHeader().restoreState(state)
        header = self.table.horizontalHeader()
        self.model.sort_column, self.model.sort_order = header.sortIndicatorSection(), header.sortIndicatorOrder()
