"""The labour quota: usage per region and category with warnings, the chart per region, allocations
(edited in place by a supervisor or administrator), and the employers to look at."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n, labels
from desktop.operations import Changes, CollectionOp
from desktop.operations import quota as ops
from desktop.supervisor import words
from desktop.supervisor.charts import QuotaChart
from desktop.widgets.columns import ColumnFitter
from desktop.widgets.editors import DateEdit
from desktop.workspace import Workspace
from models import regions
from models.clock import today
from models.entities import Role, WorkCategory
from models.services.quota import QuotaUsage, QuotaUse

LEVEL_COLOURS = {"warning": QColor("#fff3cd"), "full": QColor("#fde2c4"), "over": QColor("#f8d7da")}


class QuotaModel(QAbstractTableModel):
    """One row per region and category; the allocation is edited in place (a write in the background)."""

    REGION, CATEGORY, ALLOCATED, USED, REMAINING, SHARE, LEVEL = range(7)

    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.usage = QuotaUsage(today().year, [], 0)
        self.editable = Role.supervisor in ws.actor.roles or Role.admin in ws.actor.roles

    def set_usage(self, usage: QuotaUsage) -> None:
        self.beginResetModel()
        self.usage = usage
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.usage.uses)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.LEVEL + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Region"), self.tr("Work category"), self.tr("Allocated"), self.tr("Permits counted"),
                self.tr("Remaining"), self.tr("Used"), self.tr("Warning"))[section]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.ALLOCATED and self.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        use, column = self.usage.uses[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._value(use, column, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.BackgroundRole and column in (self.SHARE, self.LEVEL):
            colour = LEVEL_COLOURS.get(use.level)
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and self.ALLOCATED <= column <= self.SHARE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ALLOCATED and self.editable:
            return self.tr("Double-click to change the allocation")
        return None

    def _value(self, use: QuotaUse, column: int, editing: bool):
        if column == self.REGION:
            return words.region(use.region)
        if column == self.CATEGORY:
            return labels.value(use.category)
        if column == self.ALLOCATED:
            return (use.allocated or 0) if editing else ("" if use.allocated is None else use.allocated)
        if column == self.USED:
            return use.used
        if column == self.REMAINING:
            return "" if use.remaining is None else use.remaining
        if column == self.SHARE:
            return "" if use.share is None else f"{use.share:.0%}"
        return words.level(use.level)

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.ALLOCATED or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            units = int(value)
        except (TypeError, ValueError):
            return False
        use = self.usage.uses[index.row()]
        data = {"year": self.usage.year, "region": use.region, "category": use.category, "units": units}
        ops.set_allocation(self.ws, parent=self, data=data).run_in_background()
        return True


class AllocationDialog(QDialog):
    """Set the units of a region and category in a year."""

    def __init__(self, year: int, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set a quota allocation"))
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.region = QComboBox(self)
        for name in regions.NAMES:
            self.region.addItem(words.region(name), name)
        self.category = QComboBox(self)
        for category in WorkCategory:
            self.category.addItem(labels.value(category), category.value)
        self.units = QSpinBox(self)
        self.units.setRange(0, 1_000_000)
        form = QFormLayout(self)
        form.addRow(self.tr("Year"), self.year)
        form.addRow(self.tr("Region"), self.region)
        form.addRow(self.tr("Work category"), self.category)
        form.addRow(self.tr("Units"), self.units)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def data(self) -> dict:
        return {"year": self.year.value(), "region": self.region.currentData(), "category": self.category.currentData(),
                "units": self.units.value()}


class HeadcountDialog(QDialog):
    """An employer's staff on a day: what the local-content check needs."""

    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record an employer's staff figures"))
        self.employer = QComboBox(self)
        for employer in ws.employers:
            if employer.kind == "company":
                self.employer.addItem(employer.name, employer.id)
        self.counted_on = DateEdit(self)
        self.counted_on.set_value(today())
        self.numbers = {}
        form = QFormLayout(self)
        form.addRow(self.tr("Employer"), self.employer)
        form.addRow(self.tr("Staff on"), self.counted_on)
        for name, label in (("managers", self.tr("Management posts")),
                            ("managers_citizens", self.tr("… held by citizens")),
                            ("specialists", self.tr("Specialist and skilled posts")),
                            ("specialists_citizens", self.tr("… held by citizens"))):
            box = QSpinBox(self)
            box.setRange(0, 1_000_000)
            self.numbers[name] = box
            form.addRow(label, box)
        note = QLabel(self.tr("At least 70 % of management and 90 % of specialist posts must be held by citizens "
                              "[004:L142]."), self)
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def data(self) -> dict:
        return {"employer_id": self.employer.currentData(), "counted_on": self.counted_on.value()} | {
            name: box.value() for name, box in self.numbers.items()}


class QuotaPage(QWidget):
    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self._dirty = True
        self.model = QuotaModel(ws, self)
        self.year = QComboBox(self)
        self.year.setObjectName("quotaYear")
        self.year.addItem(str(today().year), today().year)
        self.year.currentIndexChanged.connect(lambda _: self.reload(years=False))
        self.add_button = QPushButton(self.tr("Set an allocation…"), self)
        self.add_button.clicked.connect(self.set_allocation)
        self.staff_button = QPushButton(self.tr("Record staff figures…"), self)
        self.staff_button.clicked.connect(self.record_staff)
        for button in (self.add_button, self.staff_button):
            button.setEnabled(self.model.editable)
        self.summary = QLabel(self)
        self.summary.setObjectName("quotaSummary")
        self.summary.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setObjectName("quotaTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Every column in view with its header's words ("Категория разрешения" was cut to "ория разреш"); the
        # region gets the room left.
        self.columns = ColumnFitter(self.table, {}, {QuotaModel.REGION: 1}, wrap=True)
        self.chart = QuotaChart(self.tr("Quota per region: allocated and used"), self)
        self.chart.setObjectName("quotaChart")
        # One work category at a time: its allocation beside its own permits, never the permits of every
        # category against the allocations of some.
        self.chart_category = QComboBox(self)
        self.chart_category.setObjectName("quotaChartCategory")
        self.chart_category.setAccessibleName(self.tr("Work category"))
        for category in WorkCategory:
            self.chart_category.addItem(labels.value(category), category.value)
        self.chart_category.currentIndexChanged.connect(lambda _: self._show_chart())
        self._usage: QuotaUsage | None = None
        self.checks = QTreeWidget(self)
        self.checks.setObjectName("employerChecks")
        self.checks.setRootIsDecorated(False)
        self.checks.setHeaderLabels([self.tr("Employer"), self.tr("Region"), self.tr("Found"), self.tr("On")])
        self.checks.header().setStretchLastSection(False)
        self.checks.header().resizeSection(0, 200)
        self.checks.header().resizeSection(1, 130)
        self.checks.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.checks.header().resizeSection(3, 90)
        top = QHBoxLayout()
        caption = QLabel(self.tr("Year") + ":", self)
        caption.setBuddy(self.year)
        top.addWidget(caption)
        top.addWidget(self.year)
        top.addWidget(self.summary, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.staff_button)
        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(self.table)
        checks_box = QWidget(self)
        box = QVBoxLayout(checks_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(QLabel(self.tr("Employers to look at"), self))
        box.addWidget(self.checks)
        left.addWidget(checks_box)
        left.setSizes([480, 220])
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        chart_box = QWidget(self)
        chart_column = QVBoxLayout(chart_box)
        chart_column.setContentsMargins(0, 0, 0, 0)
        chart_caption = QLabel(self.tr("Work category") + ":", self)
        chart_caption.setBuddy(self.chart_category)
        # The caption above its choice, not beside it: the chart's side can then give the table its room.
        chart_column.addWidget(chart_caption)
        chart_column.addWidget(self.chart_category)
        chart_column.addWidget(self.chart, 1)
        split.addWidget(chart_box)
        split.setSizes([960, 440])  # the table first: its columns in view at 1024 pixels
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        # A method, not a lambda: Qt drops the connection when the page is deleted (with its window, at a
        # language switch); a lambda outlived it and was called on the deleted page.
        ws.changed.connect(self._on_changes)

    def chosen_year(self) -> int:
        return self.year.currentData() or today().year

    def reload(self, years: bool = True) -> None:
        self._dirty = False
        year = self.chosen_year()
        if years:
            ops.years(self.ws, parent=self).success(self._show_years).run_in_background()
        ops.usage(self.ws, parent=self, year=year).success(self._show_usage).run_in_background()
        ops.employer_checks(self.ws, parent=self).success(self._show_checks).run_in_background()

    def _show_years(self, years: list[int]) -> None:
        chosen = self.chosen_year()
        self.year.blockSignals(True)
        self.year.clear()
        for year in years:
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(0, self.year.findData(chosen)))
        self.year.blockSignals(False)

    def _show_usage(self, usage: QuotaUsage) -> None:
        self.model.set_usage(usage)
        self._usage = usage
        shown = self.chart_category.currentData()
        if not any(use.category == shown and (use.used or use.allocated) for use in usage.uses):
            # The first category the year has figures for (the caseworker's choice kept while it has any).
            first = next((use.category for use in usage.uses if use.used or use.allocated), shown)
            self.chart_category.blockSignals(True)
            self.chart_category.setCurrentIndex(max(0, self.chart_category.findData(first)))
            self.chart_category.blockSignals(False)
        self._show_chart()
        warnings = usage.warnings()
        parts = [self.tr("%n region and category pair(s) at 80 % or more of the allocation", "", len(warnings))
                 if warnings else self.tr("No allocation is near its limit.")]
        if usage.unplaced:
            parts.append(self.tr("%n work permit(s) of the year could not be counted: employer, region or "
                                 "category not recorded", "", usage.unplaced))
        self.summary.setText(" ".join(parts))

    def _show_chart(self) -> None:
        if self._usage is None:
            return
        category = self.chart_category.currentData()
        self.chart.show_usage([(words.region(use.region), use.allocated, use.used) for use in self._usage.uses
                               if use.category == category])

    def _show_checks(self, found: list) -> None:
        self.checks.clear()
        for check in found:
            item = QTreeWidgetItem(self.checks, [check.employer, words.region(check.region), words.check(check),
                                                 i18n.show_date(check.on)])
            item.setToolTip(2, words.check(check))
        if not found:
            QTreeWidgetItem(self.checks, [self.tr("No employer over a limit"), "", "", ""])

    def set_allocation(self) -> None:
        dialog = AllocationDialog(self.chosen_year(), self)
        dialog.accepted.connect(lambda: self._write(ops.set_allocation(self.ws, parent=self, data=dialog.data())))
        dialog.open()

    def record_staff(self) -> None:
        dialog = HeadcountDialog(self.ws, self)
        dialog.accepted.connect(lambda: self._write(ops.record_headcount(self.ws, parent=self, data=dialog.data())))
        dialog.open()

    def _write(self, op: CollectionOp) -> None:
        op.success(lambda _: self.reload()).run_in_background()

    def _on_changes(self, changes: Changes, _initiator: object = None) -> None:
        if not (changes.records or changes.quota):  # permits use up the quota
            return
        if self.isVisible():
            self.reload(years=False)
        else:
            self._dirty = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()
