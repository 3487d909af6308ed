"""Caseloads: open cases per caseworker, the chart of who carries what, and reassigning one or many cases."""
from __future__ import annotations

import uuid

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n, labels
from desktop.operations import Changes
from desktop.operations import caseload as ops
from desktop.supervisor.charts import CaseloadChart
from desktop.widgets.columns import ColumnFitter
from desktop.workspace import Workspace
from models.clock import today
from models.ids import CaseId, UserId
from models.rules.dates import DUE_SOON_DAYS
from models.services.caseload import Caseload, CaseloadCase

PRIORITIES = ("urgent", "high", "normal", "low")
HEAVY = QColor("#fdebd0")
SORT_ROLE = Qt.ItemDataRole.UserRole


def short_name(full_name: str) -> str:
    """"Андреева Алёна" -> "Андреева А.": the chart's labels must fit."""
    parts = full_name.split()
    return f"{parts[0]} {parts[1][0]}." if len(parts) > 1 else full_name


class CaseloadModel(QAbstractTableModel):
    """One row per caseworker (the unassigned cases last)."""

    NAME, OPEN, URGENT, HIGH, NORMAL, LOW, OVERDUE, SOON = range(8)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.loads: list[Caseload] = []

    def set_loads(self, loads: list[Caseload]) -> None:
        self.beginResetModel()
        self.loads = loads
        self.endResetModel()

    def heavy(self) -> int:
        """A caseload above this is shown as heavy: one and a half times the office's median."""
        sizes = sorted(load.open_cases for load in self.loads if load.caseworker_id is not None)
        return int(1.5 * sizes[len(sizes) // 2]) if sizes else 0

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.loads)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.SOON + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Caseworker"), self.tr("Open cases"), labels.value("urgent"), labels.value("high"),
                labels.value("normal"), labels.value("low"), self.tr("Overdue deadlines"),
                self.tr("Due within %n day(s)", "", DUE_SOON_DAYS))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        load, column = self.loads[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return load.caseworker or (self.tr("Not assigned") if load.caseworker_id is None else "?")
            if column == self.OPEN:
                return load.open_cases
            if self.URGENT <= column <= self.LOW:
                return load.by_priority.get(PRIORITIES[column - self.URGENT], 0)
            return load.overdue if column == self.OVERDUE else load.due_soon
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column == self.OPEN and load.caseworker_id is not None \
                and load.open_cases > self.heavy() > 0:
            return QBrush(HEAVY)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.OPEN:
            return ", ".join(f"{labels.value(c)}: {n}" for c, n in sorted(load.by_category.items())) or None
        return None


class CasesModel(QAbstractTableModel):
    """The open cases of one caseworker, most urgent deadline first."""

    NAME, CATEGORY, PRIORITY, STATUS, OPENED, NEXT_DUE = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.cases: list[CaseloadCase] = []

    def set_cases(self, cases: list[CaseloadCase]) -> None:
        self.beginResetModel()
        self.cases = cases
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.cases)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.NEXT_DUE + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Person"), self.tr("Category"), self.tr("Priority"), self.tr("Status"), self.tr("Opened"),
                self.tr("Next deadline"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == SORT_ROLE:  # dates as dates, not as the locale writes them
            case = self.cases[index.row()]
            return (case.name.casefold(), labels.value(case.category), PRIORITIES.index(case.priority)
                    if case.priority in PRIORITIES else 9, labels.value(case.status),
                    case.opened_on.isoformat() if case.opened_on else "",
                    case.next_due.isoformat() if case.next_due else "9999")[index.column()]
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            if index.isValid() and role == Qt.ItemDataRole.ForegroundRole and index.column() == self.NEXT_DUE:
                due = self.cases[index.row()].next_due
                return QBrush(QColor("#c0392b")) if due is not None and due < today() else None
            return None
        case, column = self.cases[index.row()], index.column()
        return (case.name, labels.value(case.category), labels.value(case.priority), labels.value(case.status),
                i18n.show_date(case.opened_on), i18n.show_date(case.next_due))[column]


class CaseloadPage(QWidget):
    open_case = Signal(object)  # case id

    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.model = CaseloadModel(self)
        self.cases_model = CasesModel(self)
        self._dirty = True
        self.table = self._table(self.model, "caseloadTable", QAbstractItemView.SelectionMode.SingleSelection)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _: self._show_cases(current.row()))
        self.chart = CaseloadChart(self.tr("Open cases per caseworker, by priority"), self)
        self.chart.setObjectName("caseloadChart")
        # The caseworker's cases, sorted by any column and found by name as typed.
        self.sorted_cases = QSortFilterProxyModel(self)
        self.sorted_cases.setSourceModel(self.cases_model)
        self.sorted_cases.setSortRole(SORT_ROLE)
        self.sorted_cases.setFilterKeyColumn(CasesModel.NAME)
        self.sorted_cases.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.cases = self._table(self.sorted_cases, "caseloadCases", QAbstractItemView.SelectionMode.ExtendedSelection)
        self.cases.setSortingEnabled(True)
        self.cases.sortByColumn(CasesModel.NEXT_DUE, Qt.SortOrder.AscendingOrder)
        self.cases.activated.connect(lambda index: self.open_case.emit(self._case_at(index).case_id))
        self.case_filter = QLineEdit(self)
        self.case_filter.setObjectName("caseloadFilter")
        self.case_filter.setPlaceholderText(self.tr("Find a case by name…"))
        self.case_filter.setClearButtonEnabled(True)
        self.case_filter.setMinimumWidth(self.case_filter.fontMetrics().horizontalAdvance(
            self.case_filter.placeholderText()) + 40)
        self.case_filter.textChanged.connect(self.sorted_cases.setFilterFixedString)
        self.cases.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.target = QComboBox(self)
        self.target.setObjectName("reassignTo")
        self.target.setAccessibleName(self.tr("Reassign to"))
        self.target.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.target.setMinimumWidth(200)
        self.reassign_button = QPushButton(self.tr("Reassign selected cases"), self)
        self.reassign_button.setObjectName("reassignButton")
        self.reassign_button.clicked.connect(self.reassign)
        self.title = QLabel(self)
        self.title.setObjectName("caseloadTitle")
        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        bar.addWidget(self.case_filter)
        caption = QLabel(self.tr("Reassign to") + ":", self)
        caption.setBuddy(self.target)
        bar.addWidget(caption)
        bar.addWidget(self.target)
        bar.addWidget(self.reassign_button)
        lower = QWidget(self)
        below = QVBoxLayout(lower)
        below.setContentsMargins(0, 0, 0, 0)
        below.addLayout(bar)
        below.addWidget(self.cases)
        upper = QSplitter(Qt.Orientation.Horizontal, self)
        upper.addWidget(self.table)
        upper.addWidget(self.chart)
        upper.setSizes([800, 520])  # the table first: its columns in view at 1024 pixels
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setSizes([420, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self._update_buttons()
        ws.changed.connect(self._on_changes)

    def _table(self, model, name: str, selection: QAbstractItemView.SelectionMode) -> QTableView:
        table = QTableView(self)
        table.setObjectName(name)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(selection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        if isinstance(model, CaseloadModel):  # every column in view; the caseworker's name gets the rest
            header.setStretchLastSection(True)
            table.columns = ColumnFitter(table, {}, {CaseloadModel.NAME: 1}, wrap=True)  # type: ignore[attr-defined]
        else:  # thousands of rows: never measured
            for column, width in enumerate((0, 150, 90, 90, 100, 130)):
                header.resizeSection(column, width)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    def reload(self) -> None:
        self._dirty = False
        ops.caseloads(self.ws, parent=self).success(self._show_loads).run_in_background()

    def _show_loads(self, loads: list[Caseload]) -> None:
        chosen = self.chosen()
        self.model.set_loads(loads)
        priorities = [(p, labels.value(p)) for p in PRIORITIES]
        self.chart.show_loads([(short_name(load.caseworker or "?"), load.by_priority)
                               for load in loads if load.caseworker_id is not None], priorities)
        self.target.clear()
        for load in loads:
            if load.caseworker_id is not None:
                self.target.addItem(load.caseworker or "?", load.caseworker_id.hex)  # text: findData finds it
        self.target.addItem(self.tr("(nobody: unassign)"), None)
        rows = [i for i, load in enumerate(loads) if load.caseworker_id == chosen] or [len(loads) - 1]
        self.table.selectRow(rows[0])
        self.table.scrollTo(self.model.index(rows[0], 0))
        self._show_cases(rows[0])

    def chosen(self) -> UserId | None:
        row = self.table.currentIndex().row()
        return self.model.loads[row].caseworker_id if 0 <= row < len(self.model.loads) else None

    def _show_cases(self, row: int) -> None:
        if not 0 <= row < len(self.model.loads):
            return
        load = self.model.loads[row]
        who = load.caseworker or self.tr("Not assigned")
        self.title.setText(self.tr("{0}: %n open case(s)", "", load.open_cases).format(who))
        caseworker_id = load.caseworker_id
        ops.cases_of(self.ws, parent=self, caseworker_id=caseworker_id).success(self.cases_model.set_cases) \
            .run_in_background()

    def _case_at(self, index) -> CaseloadCase:
        return self.cases_model.cases[self.sorted_cases.mapToSource(index).row()]

    def selected_cases(self) -> list[CaseId]:
        """The chosen cases among those the filter shows."""
        rows = sorted({self.sorted_cases.mapToSource(index).row() for index in self.cases.selectionModel().selectedRows()})
        return [self.cases_model.cases[row].case_id for row in rows]

    def _update_buttons(self) -> None:
        count = len(self.selected_cases())
        self.reassign_button.setEnabled(count > 0)
        self.reassign_button.setText(self.tr("Reassign %n case(s)", "", count) if count else
                                     self.tr("Reassign selected cases"))

    def reassign(self) -> None:
        """Ask first: handing cases over changes who sees them and whose list they are on."""
        case_ids, chosen = self.selected_cases(), self.target.currentData()
        if not case_ids:
            return
        name = self.target.currentText()
        question = (self.tr("Hand %n case(s) over to {0}?", "", len(case_ids)).format(name) if chosen else
                    self.tr("Take %n case(s) away from their caseworker, leaving them unassigned?", "", len(case_ids)))
        self.confirm = QMessageBox(QMessageBox.Icon.Question, self.tr("Reassign cases"), question,
                                   QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        self.confirm.setDefaultButton(QMessageBox.StandardButton.Cancel)
        yes = self.confirm.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("Reassign"))
        def answered(button) -> None:
            if button is yes:
                self._reassign(case_ids, chosen, name)

        self.confirm.buttonClicked.connect(answered)
        self.confirm.open()

    def _reassign(self, case_ids: list[CaseId], chosen: str | None, name: str) -> None:
        target = UserId(uuid.UUID(chosen)) if chosen else None  # the combo box holds the id as text
        ops.reassign(self.ws, parent=self, case_ids=case_ids, caseworker_id=target) \
            .success(lambda n: self.title.setText(self.tr("%n case(s) reassigned to {0}", "", n).format(name))) \
            .run_in_background()

    def _on_changes(self, changes: Changes, _initiator: object) -> None:
        if changes.case or changes.deadlines:
            if self.isVisible():
                self.reload()
            else:
                self._dirty = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()
