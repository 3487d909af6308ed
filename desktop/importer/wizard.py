"""The import wizard: file -> columns -> dry run -> duplicates -> import.

Reading the file, the dry run, the report and the import run on the worker; the import reports its
progress through a signal and stops between batches when cancelled. Nothing is written before the last
page's Import button.
"""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from desktop import file_dialogs, i18n, labels
from desktop.importer.template import save_template
from desktop.importer.words import column, field_label, message, save_bytes
from desktop.messages import error_message
from desktop.operations import QueryOp, imports
from desktop.workspace import Workspace
from models.connection import open_in_this_process
from models.importing import reading, report
from models.importing.checking import DryRun
from models.importing.fields import BY_KEY, FIELDS
from models.importing.mapping import Mapping, guess, read_value
from models.importing.service import ImportResult
from models.importing.values import WORDS, text
from models.services.errors import Refused

EXAMPLES = 3  # cells shown beside each column on the mapping page
SHOWN_PROBLEMS = 2000  # a table of more is no help on screen; the report lists every one


def _item(value: object) -> QTableWidgetItem:
    item = QTableWidgetItem("" if value is None else str(value))
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _table(parent, object_name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(object_name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Which file?"))
        self.setSubTitle(self.tr("An Excel workbook (.xlsx) or a CSV file. Qamqor finds the header row, the "
                                 "encoding and the separator itself, and shows what it found."))
        self.path = QLineEdit(self)
        self.path.setObjectName("importFile")
        self.path.setPlaceholderText(self.tr("The file to import"))
        self.choose = QPushButton(self.tr("Choose…"), self)
        self.read_button = QPushButton(self.tr("Read"), self)
        self.read_button.setObjectName("readFile")
        self.template_button = QPushButton(self.tr("Save an empty template…"), self)
        self.found = QLabel(self)
        self.found.setObjectName("fileFound")
        self.found.setWordWrap(True)
        self.order = QComboBox(self)
        self.order.setObjectName("dateOrder")
        self.order.addItem(self.tr("Day before month: 05.03.2024 is 5 March 2024"), "dmy")
        self.order.addItem(self.tr("Month before day: 03/05/2024 is 5 March 2024"), "mdy")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        row.addWidget(self.read_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.found)
        layout.addWidget(QLabel(self.tr("Dates such as 05/03/2024 are read as:"), self))
        layout.addWidget(self.order)
        layout.addStretch(1)
        layout.addWidget(self.template_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.choose.clicked.connect(self._choose)
        self.read_button.clicked.connect(self.load)
        self.path.returnPressed.connect(self.load)
        self.template_button.clicked.connect(lambda: save_template(self))

    def _choose(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Import from spreadsheet"), "",
                                      self.tr("Spreadsheets (*.xlsx *.xls *.ods *.csv *.txt)"))
        if path:
            self.path.setText(str(path))
            self.load()

    def load(self) -> None:
        path = self.path.text().strip()
        if not path:
            return
        if open_in_this_process(path):  # typed: reading it would drop SQLite's locks on it (issue 26)
            file_dialogs.refuse_database_file(self, Path(path))
            return
        self.wiz.table = None
        self.found.setText(self.tr("Reading…"))
        self.completeChanged.emit()

        def read(_db, _actor):
            table = reading.read(path)
            return table, guess(table)

        QueryOp(self.wiz.ws, parent=self, op=read, success=self._read).failure(self._unreadable) \
            .with_progress(self.tr("Reading the file…")).run_in_background()

    def _read(self, result) -> None:
        table, mapping = result
        self.wiz.table, self.wiz.mapping = table, mapping
        info = table.info
        if info.kind == "csv":
            encoding = reading.ENCODINGS.get(info.encoding or "", info.encoding or "")
            separator = {";": self.tr("semicolon (;)"), ",": self.tr("comma (,)"), "\t": self.tr("tab")}[
                info.delimiter or ";"]
            what = self.tr("{0}: {1}, separated by {2}.").format(info.name, encoding, separator)
        else:
            what = self.tr("{0}: sheet “{1}”.").format(info.name, info.sheet)
        self.found.setText(what + " " + self.tr("Headers on row {0}; {1} rows below them.").format(
            info.header_row, len(table.rows)))
        self.order.setCurrentIndex(self.order.findData(mapping.date_order))
        self.completeChanged.emit()

    def _unreadable(self, error: Exception) -> bool:
        if isinstance(error, reading.UnreadableFile):
            self.found.setText(str(error))
            return True
        return False

    def isComplete(self) -> bool:
        return self.wiz.table is not None

    def validatePage(self) -> bool:
        self.wiz.mapping.date_order = self.order.currentData()
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Which column is which?"))
        self.setSubTitle(self.tr("Qamqor guessed from the headers. Change what it got wrong; columns left at "
                                 "“Not imported” are listed below."))
        self.columns = _table(self, "mappingTable", [self.tr("Column"), self.tr("Examples"), self.tr("Qamqor field")])
        self.saved = QComboBox(self)
        self.saved.setObjectName("savedMappings")
        self.name = QLineEdit(self)
        self.name.setObjectName("mappingName")
        self.name.setPlaceholderText(self.tr("Name, e.g. Almaty monthly list"))
        self.save_button = QPushButton(self.tr("Save mapping"), self)
        self.save_button.setObjectName("saveMapping")
        self.to_note = QCheckBox(self.tr("Put the columns not imported into the case's note"), self)
        self.to_note.setObjectName("unmappedToNote")
        self.unmapped = QLabel(self)
        self.unmapped.setObjectName("unmappedColumns")
        self.unmapped.setWordWrap(True)
        # Issue 28: a value for every row the file leaves without one (the basis of stay a list does not keep).
        self.default_field = QComboBox(self)
        self.default_field.setObjectName("wholeFileField")
        for spec in FIELDS:
            if spec.kind != "full_name":
                self.default_field.addItem(field_label(spec.key), spec.key)
        self.default_value = QComboBox(self)
        self.default_value.setObjectName("wholeFileValue")
        self.set_default_button = QPushButton(self.tr("Use for every row without a value"), self)
        self.set_default_button.setObjectName("setWholeFileValue")
        self.clear_defaults_button = QPushButton(self.tr("Clear these values"), self)
        self.clear_defaults_button.setObjectName("clearWholeFileValues")
        self.defaults_shown = QLabel(self)
        self.defaults_shown.setObjectName("wholeFileValues")
        self.defaults_shown.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Saved mappings:"), self))
        row.addWidget(self.saved, 1)
        row.addWidget(self.name, 1)
        row.addWidget(self.save_button)
        whole_file = QHBoxLayout()
        whole_file.addWidget(QLabel(self.tr("Same value for the whole file:"), self))
        whole_file.addWidget(self.default_field, 1)
        whole_file.addWidget(self.default_value, 1)
        whole_file.addWidget(self.set_default_button)
        whole_file.addWidget(self.clear_defaults_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.columns, 1)
        layout.addWidget(self.unmapped)
        layout.addWidget(self.to_note)
        layout.addLayout(whole_file)
        layout.addWidget(self.defaults_shown)
        self.saved.activated.connect(self._use_saved)
        self.save_button.clicked.connect(self._save)
        self.default_field.currentIndexChanged.connect(self._offer_values)
        self.set_default_button.clicked.connect(self._set_default)
        self.clear_defaults_button.clicked.connect(self._clear_defaults)
        self.combos: list[QComboBox] = []
        self._mappings: dict[str, Mapping] = {}
        self.defaults: dict[str, str] = {}
        self._offer_values()

    def initializePage(self) -> None:
        self._show(self.wiz.mapping)
        imports.saved_mappings(self.wiz.ws, parent=self).success(self._saved_mappings).run_in_background()

    def _saved_mappings(self, found: dict[str, Mapping]) -> None:
        self._mappings = found
        self.saved.clear()
        self.saved.addItem(self.tr("(guessed from the headers)"), None)
        for name in found:
            self.saved.addItem(name, name)

    def _use_saved(self, index: int) -> None:
        name = self.saved.itemData(index)
        mapping = self._mappings.get(name) if name else guess(self.wiz.loaded())
        if mapping is not None:
            order = self.wiz.mapping.date_order
            self.wiz.mapping = Mapping(dict(mapping.columns), order if not name else mapping.date_order,
                                       mapping.unmapped_to_note, dict(mapping.defaults))
            self.name.setText(name or "")
            self._show(self.wiz.mapping)

    def _show(self, mapping: Mapping) -> None:
        table = self.wiz.loaded()
        self.columns.setRowCount(len(table.headers))
        self.combos = []
        for row, header in enumerate(table.headers):
            examples = [t for v in table.column(row)[:50] if (t := text(v))][:EXAMPLES]
            self.columns.setItem(row, 0, _item(header))
            self.columns.setItem(row, 1, _item(" · ".join(examples)))
            combo = QComboBox(self.columns)
            combo.setObjectName(f"field{row}")
            combo.addItem(self.tr("Not imported"), "")
            for field in FIELDS:
                combo.addItem(field_label(field.key), field.key)
            combo.setCurrentIndex(max(0, combo.findData(mapping.field_of(header) or "")))
            combo.currentIndexChanged.connect(self._changed)
            self.columns.setCellWidget(row, 2, combo)
            self.combos.append(combo)
        self.to_note.setChecked(mapping.unmapped_to_note)
        self.defaults = dict(mapping.defaults)
        self._changed()
        if self._basis_missing():  # the value most lists leave out: offered first
            self.default_field.setCurrentIndex(self.default_field.findData("basis"))

    def current(self) -> Mapping:
        columns = {h: self.combos[i].currentData() or "" for i, h in enumerate(self.wiz.loaded().headers)}
        return Mapping(columns, self.wiz.mapping.date_order, self.to_note.isChecked(), dict(self.defaults))

    def _changed(self) -> None:
        unmapped = self.current().unmapped(self.wiz.loaded())
        self.unmapped.setText(self.tr("Not imported: {0}").format(", ".join(unmapped)) if unmapped else
                              self.tr("Every column is imported."))
        self._show_defaults()

    def _offer_values(self) -> None:
        """The value box of the chosen field: its choices for a coded field, free text (a date, a country)
        otherwise."""
        kind = BY_KEY[self.default_field.currentData()].kind
        self.default_value.clear()
        self.default_value.setEditable(kind not in WORDS)
        for code in WORDS.get(kind, ()):
            self.default_value.addItem(labels.value(code), code)
        if (edit := self.default_value.lineEdit()) is not None:
            edit.setPlaceholderText(self.tr("e.g. 05.03.2024") if kind in ("date", "birth") else
                                    self.tr("e.g. Uzbekistan or UZB") if kind == "country" else "")

    def _set_default(self) -> None:
        key = self.default_field.currentData()
        written = (self.default_value.currentData() if not self.default_value.isEditable()
                   else self.default_value.currentText()).strip()
        if not written:
            self.defaults.pop(key, None)
        else:
            try:
                read_value(key, written, self.wiz.mapping.date_order)
            except ValueError as error:
                self.defaults_shown.setText(f"{field_label(key)}: {message(str(error))}")
                return
            self.defaults[key] = written
        self._show_defaults()

    def _clear_defaults(self) -> None:
        self.defaults = {}
        self._show_defaults()

    def _show_defaults(self) -> None:
        given = [f"{field_label(key)} — {self._shown(key, value)}" for key, value in self.defaults.items()]
        text = self.tr("For every row without a value: {0}.").format("; ".join(given)) if given else ""
        if self._basis_missing():
            text = self.tr("The file gives no basis of stay. Choose one for the whole file above, or the stays "
                           "are imported with the basis “unknown”: no stay deadline is computed until someone "
                           "records it.")
        self.defaults_shown.setText(text)
        self.clear_defaults_button.setEnabled(bool(self.defaults))

    def _basis_missing(self) -> bool:
        """Stays come from the file (an entry date column) and nothing gives their basis."""
        mapped = set(self.current().indexes(self.wiz.loaded()))
        return "entry_date" in mapped and "basis" not in mapped and "basis" not in self.defaults

    @staticmethod
    def _shown(key: str, value: str) -> str:
        return labels.value(value) if BY_KEY[key].kind in WORDS else value

    def _save(self) -> None:
        name, mapping = self.name.text().strip(), self.current()
        if not name:
            self.name.setFocus()
            return
        imports.save_mapping(self.wiz.ws, parent=self, name=name, mapping=mapping) \
            .success(lambda _: self._saved_mappings(self._mappings | {name: mapping})).run_in_background()

    def validatePage(self) -> bool:
        self.wiz.mapping = self.current()
        return True


class CheckPage(QWizardPage):
    """The dry run: every problem, before anything is written."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Dry run"))
        self.setSubTitle(self.tr("Every row checked as if it were typed in. Nothing has been written yet."))
        self.summary = QLabel(self)
        self.summary.setObjectName("checkSummary")
        self.summary.setWordWrap(True)
        self.problems = _table(self, "problemTable", [self.tr("Row"), self.tr("Column"), self.tr("Value"),
                                                       self.tr("Problem")])
        self.report_button = QPushButton(self.tr("Save the report (.xlsx)…"), self)
        self.report_button.setObjectName("saveReport")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.report_button.clicked.connect(self._save_report)

    def initializePage(self) -> None:
        self.wiz.dry = None
        self.summary.setText(self.tr("Checking…"))
        self.problems.setRowCount(0)
        table, mapping = self.wiz.loaded(), self.wiz.mapping
        imports.check(self.wiz.ws, parent=self, table=table, mapping=mapping) \
            .success(self._checked).with_progress(self.tr("Checking every row…")).run_in_background()

    def _checked(self, dry: DryRun) -> None:
        self.wiz.dry = dry
        self.summary.setText(self.tr("{0} rows: {1} can be imported, {2} have problems; {3} may be people "
                                     "already recorded.").format(dry.rows, len(dry.valid), dry.rows - len(dry.valid),
                                                                 len(dry.duplicates)))
        given = [f"{field_label(key)} — {MappingPage._shown(key, value)} "
                 + self.tr("(%n row(s))", "", dry.filled.get(key, 0)) for key, value in dry.mapping.defaults.items()]
        if given:
            self.summary.setText(self.summary.text() + "\n" + self.tr("For every row without a value: {0}.").format(
                "; ".join(given)))
        if dry.unknown_basis:
            self.summary.setText(self.summary.text() + "\n" + self.tr(
                "%n stay(s) without a basis: imported with the basis “unknown”, no stay deadline is computed until "
                "someone records it (the case and the alerts say so).", "", dry.unknown_basis))
        shown = dry.errors[:SHOWN_PROBLEMS]
        if len(dry.errors) > len(shown):
            self.summary.setText(self.summary.text() + " " + self.tr(
                "The first {0} problems are shown; the report lists all {1}.").format(len(shown), len(dry.errors)))
        self.problems.setRowCount(len(shown))
        for row, problem in enumerate(shown):
            for col, value in enumerate((problem.row, column(problem.column), problem.value,
                                         message(problem.message, problem.refusal))):
                self.problems.setItem(row, col, _item(value))
        self.completeChanged.emit()

    def _save_report(self) -> None:
        if self.wiz.dry is None:
            return
        name = Path(self.wiz.loaded().info.name).stem + "-report.xlsx"
        chosen = file_dialogs.save_file(self, self.tr("Save the report"), name, "Excel (*.xlsx)")
        path = str(chosen) if chosen else ""
        if path:
            table, dry, lang = self.wiz.loaded(), self.wiz.checked(), i18n.current()
            QueryOp(self.wiz.ws, parent=self, op=lambda _db, _actor: report.report(table, dry, lang),
                    success=lambda content: None if save_bytes(self, path, content) else None).run_in_background()

    def isComplete(self) -> bool:
        return self.wiz.dry is not None and bool(self.wiz.dry.valid)


class DuplicatesPage(QWizardPage):
    CHOICES = ("skip", "add", "create")

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Already recorded?"))
        self.setSubTitle(self.tr("These rows may be people Qamqor already knows, or repeat an earlier row. "
                                 "They are skipped unless you choose otherwise."))
        self.table = _table(self, "duplicateTable", [self.tr("Row"), self.tr("In the file"), self.tr("May be"),
                                                     self.tr("Why"), self.tr("What to do")])
        # The decision is read whole (its column as wide as its longest choice); "May be" takes what is left.
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Fixed)
        self.none = QLabel(self.tr("No row looks like a person already recorded."), self)
        self.skip_all = QPushButton(self.tr("Skip them all"), self)
        self.create_all = QPushButton(self.tr("Create them all anyway"), self)
        row = QHBoxLayout()
        row.addWidget(self.none, 1)
        row.addWidget(self.skip_all)
        row.addWidget(self.create_all)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.skip_all.clicked.connect(lambda: self._choose_all("skip"))
        self.create_all.clicked.connect(lambda: self._choose_all("create"))
        self.choices: dict[int, QComboBox] = {}

    def initializePage(self) -> None:
        dry = self.wiz.checked()
        self.table.setRowCount(len(dry.duplicates))
        self.choices = {}
        self.none.setText(self.tr("No row looks like a person already recorded.") if not dry.duplicates else "")
        self.skip_all.setVisible(bool(dry.duplicates))
        self.create_all.setVisible(bool(dry.duplicates))
        for line, duplicate in enumerate(dry.duplicates):
            for col, value in enumerate((duplicate.row, duplicate.named, message(duplicate.other),
                                         message(duplicate.reason))):
                self.table.setItem(line, col, _item(value))
            if not duplicate.passed:  # found whatever its problems (issue 28); not imported as it is
                self.table.setItem(line, 4, _item(self.tr("Has problems: not imported")))
                continue
            combo = QComboBox(self.table)
            combo.setObjectName(f"choice{duplicate.row}")
            combo.addItem(self.tr("Skip this row"), "skip")
            combo.addItem(self.tr("Add to the person recorded") if duplicate.match == "database" else
                          self.tr("Add to the person of that row"), "add")
            combo.addItem(self.tr("Create a new person anyway"), "create")
            if not duplicate.can_add:
                combo.model().item(1).setEnabled(False)  # type: ignore[attr-defined]  # a QStandardItemModel
            if duplicate.row not in self.choices:
                self.table.setCellWidget(line, 4, combo)
                self.choices[duplicate.row] = combo
        header = self.table.horizontalHeader()
        header.resizeSection(4, max([header.sectionSizeHint(4)] + [c.sizeHint().width() for c in self.choices.values()]))

    def _choose_all(self, choice: str) -> None:
        for combo in self.choices.values():
            combo.setCurrentIndex(combo.findData(choice))

    def decisions(self) -> dict[int, str]:
        return {row: combo.currentData() for row, combo in self.choices.items()}


class _Progress(QObject):
    moved = Signal(int, int)  # done, total: emitted on the worker, delivered on the GUI thread


class ImportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("Rows are written in batches. Cancel stops after the batch being written; "
                                 "everything before it stays imported."))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.start = QPushButton(self.tr("Import"), self)
        self.start.setObjectName("startImport")
        self.cancel_button = QPushButton(self.tr("Cancel import"), self)
        self.cancel_button.setObjectName("cancelImport")
        self.bar = QProgressBar(self)
        self.bar.setObjectName("importProgress")
        self.result = QLabel(self)
        self.result.setObjectName("importResult")
        self.result.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo this import"), self)
        self.undo_button.setObjectName("undoImport")
        row = QHBoxLayout()
        row.addWidget(self.start)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addWidget(self.bar)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.progress = _Progress(self)
        self.progress.moved.connect(self._moved)
        self.start.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self._cancel)
        self.undo_button.clicked.connect(self._undo)
        self.cancel = threading.Event()
        self.outcome: ImportResult | None = None

    def initializePage(self) -> None:
        dry, decisions = self.wiz.checked(), self.wiz.duplicates_page.decisions()
        skipped = sum(1 for d in decisions.values() if d == "skip")
        self.summary.setText(self.tr("{0} rows will be imported; {1} skipped as likely duplicates and {2} with "
                                     "problems are left out.").format(len(dry.valid) - skipped, skipped,
                                                                      dry.rows - len(dry.valid)))
        self.bar.setValue(0)
        self.cancel_button.setEnabled(False)
        self.undo_button.setVisible(False)
        self.outcome = None

    def run(self) -> None:
        dry, decisions, relay = self.wiz.checked(), self.wiz.duplicates_page.decisions(), self.progress
        self.cancel = cancel = threading.Event()
        self.start.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.wiz.button(QWizard.WizardButton.BackButton).setEnabled(False)
        imports.run(self.wiz.ws, parent=self, dry=dry, decisions=decisions, progress=relay.moved.emit,
                    cancel=cancel).success(self._done).failure(self._failed).run_in_background()

    def _moved(self, done: int, total: int) -> None:
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done)

    def _cancel(self) -> None:
        self.cancel.set()
        self.cancel_button.setEnabled(False)

    def _done(self, outcome: ImportResult) -> None:
        self.outcome = outcome
        self.cancel_button.setEnabled(False)
        counts = outcome.counts
        done = self.tr("Imported: {0} new persons, {1} added to persons already recorded; {2} cases, {3} stays, "
                       "{4} documents. {5} rows skipped.").format(counts["persons"], counts["added_to_existing"],
                                                                  counts["cases"], counts["stays"],
                                                                  counts["documents"], counts["skipped"])
        if counts.get("stays_overlapping"):
            done += " " + self.tr("{0} stays were left out: they overlap stays already recorded for the same "
                                  "person.").format(counts["stays_overlapping"])
        if outcome.status == "cancelled":
            done += " " + self.tr("Cancelled: the rows from row {0} on were not imported.").format(outcome.resume_row)
        elif outcome.status == "failed":
            done += " " + self.tr("Stopped by an error at row {0} ({1}): everything before it is imported; "
                                  "import the file again from row {0}.").format(outcome.resume_row, outcome.message)
        self.result.setText(done)
        self.undo_button.setVisible(True)
        self.completeChanged.emit()

    def _failed(self, error: Exception) -> bool:
        self.cancel_button.setEnabled(False)
        if isinstance(error, Refused) and error.code == "import.file_changed":
            # Importing again would not help: the file has to be read and checked again, from the first page.
            self.result.setText(error_message(error))
            self.wiz.button(QWizard.WizardButton.BackButton).setEnabled(True)
            return True
        self.start.setEnabled(True)
        return False

    def _undo(self) -> None:
        if self.outcome is None:
            return
        import_id = self.outcome.import_id
        self.undo_button.setEnabled(False)
        imports.undo(self.wiz.ws, parent=self, import_id=import_id).success(
            lambda n: self.result.setText(self.tr("The import was undone: {0} records archived.").format(n))) \
            .run_in_background()

    def isComplete(self) -> bool:
        return self.outcome is not None


class ImportWizard(QWizard):
    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import from spreadsheet"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.table: reading.Table | None = None
        self.mapping = Mapping()
        self.dry: DryRun | None = None
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.duplicates_page = DuplicatesPage(self)
        self.import_page = ImportPage(self)
        for page in (self.file_page, self.mapping_page, self.check_page, self.duplicates_page, self.import_page):
            self.addPage(page)
        self.resize(960, 600)

    def loaded(self) -> reading.Table:
        """The file read on the first page (the later pages are reached only once it is)."""
        assert self.table is not None
        return self.table

    def checked(self) -> DryRun:
        """The dry run of the third page (the later pages are reached only once it is done)."""
        assert self.dry is not None
        return self.dry

    def reject(self) -> None:
        self.import_page.cancel.set()  # an import under way stops after its batch
        super().reject()
