"""The statistics window: a period, the tables counted for it (in the background, with progress), each
number opened to the cases behind it, and the report saved as a workbook or a PDF to hand in."""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n, labels
from desktop.file_dialogs import save_file
from desktop.operations import reports as ops
from models.clock import today
from models.names import full_name
from models.reports.statistics import Statistics, StatTable
from models.reports.statistics_words import Words, rows_in_words

Index = QModelIndex | QPersistentModelIndex


def last_quarter(day: dt.date) -> tuple[dt.date, dt.date]:
    """The last whole quarter before `day`: what an office reports on most often."""
    start_of_this = dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    end = start_of_this - dt.timedelta(days=1)
    return dt.date(end.year, end.month - 2, 1), end


def number_text(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float) and value != int(value):
        return f"{value:.1f}"
    return f"{int(value):,}".replace(",", "\u202f")


class StatTableModel(QAbstractTableModel):
    """One table of the report: its keys in words, its numbers right-aligned."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table: StatTable | None = None
        self._headers: list[str] = []
        self._rows: list[list[Any]] = []

    def show(self, table: StatTable | None, words: Words) -> None:
        self.beginResetModel()
        self.table = table
        self._headers = words.headers(table) if table is not None else []
        self._rows = rows_in_words(table, words) if table is not None else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def is_number(self, index: Index) -> bool:
        return self.table is not None and index.column() >= len(self.table.keys)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.table is None:
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return number_text(value) if self.is_number(index) else value
        if role == Qt.ItemDataRole.TextAlignmentRole and self.is_number(index):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and self.cases(index):
            return self.tr("Double-click to list the cases behind this number")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def cases(self, index: Index) -> list[str]:
        """The cases behind the number at `index` (none for a key or a figure that is not a count)."""
        if not index.isValid() or self.table is None or not self.is_number(index):
            return []
        cell = self.table.rows[index.row()].cells[index.column() - len(self.table.keys)]
        return sorted(cell.cases or ())


class CasesBehind(QDialog):
    """The cases behind one number; double-click one to open it."""

    open_case = Signal(object)

    def __init__(self, title: str, total: int, rows: list, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cases behind the number"))
        layout = QVBoxLayout(self)
        shown = self.tr("{0} — cases: {1}").format(title, total) if len(rows) >= total else \
            self.tr("{0} — cases: {1}, the first {2} shown").format(title, total, len(rows))
        layout.addWidget(QLabel(shown, self))
        self.list = QTableWidget(len(rows), 4, self)
        self.list.setHorizontalHeaderLabels([self.tr("Case"), self.tr("Person"), self.tr("Category"),
                                             self.tr("Caseworker")])
        self.list.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.list.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.case_ids = [row.case_id for row in rows]
        for n, row in enumerate(rows):
            for column, text in enumerate((row.number, full_name(row.family_name, row.given_name, row.patronymic),
                                           labels.value(row.category), row.caseworker or "")):
                self.list.setItem(n, column, QTableWidgetItem(text))
        self.list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.cellDoubleClicked.connect(lambda row, _: self.open_case.emit(self.case_ids[row]))
        layout.addWidget(self.list)
        self.resize(640, 420)


class _Progress(QObject):
    """Progress from the worker thread, queued to the window on the GUI thread."""

    moved = Signal(int, int)


class StatisticsWindow(QWidget):
    open_case = Signal(object)

    def __init__(self, ws, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ws = ws
        self.report: Statistics | None = None
        self.setObjectName("statisticsWindow")
        self.setWindowTitle(self.tr("Statistics for a period"))
        first, last = last_quarter(today())
        self.first, self.last = QDateEdit(QDate(first), self), QDateEdit(QDate(last), self)
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(i18n.date_format())
        self.count_button = QPushButton(self.tr("&Count"), self)
        self.count_button.clicked.connect(self.count)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)
        top = QHBoxLayout()
        for widget in (QLabel(self.tr("From"), self), self.first, QLabel(self.tr("to"), self), self.last,
                       self.count_button, self.progress):
            top.addWidget(widget)
        top.addStretch(1)
        self.scope = QLabel(self)
        self.tables = QListWidget(self)
        self.tables.setWordWrap(True)  # a table's title whole, on two lines if need be, never cut off
        self.tables.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tables.setSpacing(2)
        self.model = StatTableModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(self.show_cases)
        self.tables.currentRowChanged.connect(self._show_table)
        split = QSplitter(self)
        split.addWidget(self.tables)
        split.addWidget(self.view)
        split.setStretchFactor(1, 3)
        split.setSizes([330, 650])  # the tables' titles are long
        self.language = QComboBox(self)
        for code in ("ru", "kk", "en"):
            self.language.addItem(i18n.language_name(code), code)
        self.save_workbook = QPushButton(self.tr("Save &workbook…"), self)
        self.save_pdf = QPushButton(self.tr("Save &PDF…"), self)
        self.save_workbook.clicked.connect(lambda: self.save("xlsx"))
        self.save_pdf.clicked.connect(lambda: self.save("pdf"))
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Report in"), self))
        bottom.addWidget(self.language)
        bottom.addStretch(1)
        bottom.addWidget(self.save_workbook)
        bottom.addWidget(self.save_pdf)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scope)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self._set_saving(False)
        self.resize(980, 620)

    def _set_saving(self, enabled: bool) -> None:
        self.save_workbook.setEnabled(enabled)
        self.save_pdf.setEnabled(enabled)

    def period(self) -> tuple[dt.date, dt.date]:
        return self.first.date().toPython(), self.last.date().toPython()  # type: ignore[return-value]

    def count(self) -> None:
        first, last = self.period()
        self.count_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        moved = self._progress.moved
        ops.count_statistics(self.ws, parent=self, first=first, last=last,
                             progress=lambda done, total: moved.emit(done, total)) \
            .success(self._counted).failure(self._not_counted).run_in_background()

    def _moved(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _not_counted(self, _error: Exception) -> bool:
        self.count_button.setEnabled(True)
        self.progress.hide()
        return False  # shown in words by the operation

    def _counted(self, report: Statistics) -> None:
        self.report = report
        self.count_button.setEnabled(True)
        self.progress.hide()
        words = Words(i18n.current())
        self.scope.setText(self.tr("The whole office") if report.whole_office else self.tr("Your own cases"))
        self.tables.clear()
        self.tables.addItems([words.title(t) for t in report.tables])
        self.tables.setCurrentRow(0)
        self._set_saving(True)

    def _show_table(self, row: int) -> None:
        tables = self.report.tables if self.report is not None else ()
        self.model.show(tables[row] if 0 <= row < len(tables) else None, Words(i18n.current()))

    def show_cases(self, index: QModelIndex) -> None:
        behind = self.model.cases(index)
        if not behind or self.model.table is None:
            return
        words = Words(i18n.current())
        table = self.model.table
        keys = " / ".join(words(kind, key) for kind, key in zip(table.keys, table.rows[index.row()].keys))
        title = f"{words.title(table)} · {keys} · {words.headers(table)[index.column()]}"
        ops.cases_behind(self.ws, parent=self, case_hexes=behind) \
            .success(lambda rows: self._list(title, len(behind), rows)).run_in_background()

    def _list(self, title: str, total: int, rows: list) -> None:
        dialog = CasesBehind(title, total, rows, self)
        dialog.open_case.connect(self.open_case)
        dialog.show()
        self.cases_dialog = dialog

    def save(self, fmt: str) -> None:
        if self.report is None:
            return
        first, last = self.report.period.first, self.report.period.last
        suggested = f"statistics-{first:%Y-%m-%d}-{last:%Y-%m-%d}.{fmt}"
        filters = self.tr("Excel workbook (*.xlsx)") if fmt == "xlsx" else self.tr("PDF document (*.pdf)")
        path = save_file(self, self.tr("Save the report"), suggested, filters)
        if path is None:
            return
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        ops.save_report(self.ws, parent=self, report=self.report, path=path, lang=self.language.currentData()) \
            .success(self._saved).with_progress(self.tr("Saving the report…")).run_in_background()

    def _saved(self, path) -> None:
        self.saved_path = path
        QMessageBox.information(self, self.tr("Report saved"), self.tr("Saved {0}").format(path))
