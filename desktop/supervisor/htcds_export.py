"""Reports › Anonymous trafficking data (HTCDS)…: the supervisor chooses a period and a file; the export
runs in the background (models.services.htcds) and then says how many rows and cells it suppressed."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from desktop import file_dialogs
from desktop.operations.htcds import export_htcds
from desktop.widgets.editors import ChoiceEdit, DateEdit
from desktop.widgets.form import Form
from desktop.workspace import Workspace
from models.clock import today
from models.services.htcds import HtcdsExport


class HtcdsDialog(QDialog):
    """The period and the file type; Export… asks where to save and runs the export."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Anonymous trafficking data"))
        intro = QLabel(self.tr(
            "One row per presumed or identified victim of the period, in the field names of IOM's Human "
            "Trafficking Case Data Standard, without names, documents, IINs, addresses, dates of birth or "
            "notes. Combinations shared by fewer victims than the office's k are generalised or left out."), self)
        intro.setWordWrap(True)
        self.form = Form(self)
        year = today().year
        self.start = self.form.add("start", self.tr("From"), DateEdit(self))
        self.start.set_value(dt.date(year, 1, 1))
        self.end = self.form.add("end", self.tr("To"), DateEdit(self))
        self.end.set_value(today())
        self.format = self.form.add("format", self.tr("File"), ChoiceEdit(
            self, [("xlsx", self.tr("Excel workbook")), ("csv", self.tr("CSV (and a second file saying what was "
                                                                          "left out)"))]))
        self.summary = QLabel(self)  # what the last export published and left out
        self.summary.setObjectName("htcdsResult")
        self.summary.setWordWrap(True)
        self.summary.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = buttons.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(lambda: self.export())
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addWidget(self.form)
        column.addWidget(self.summary)
        column.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def export(self, path: Path | None = None) -> None:
        if problems := self.form.local_errors():
            self.form.show_errors(problems)
            return
        start, end, fmt = self.start.value(), self.end.value(), self.format.value()
        if start is None or end is None:
            QMessageBox.warning(self, self.tr("Anonymous trafficking data"), self.tr("Give both days of the period."))
            return
        if path is None:
            pattern = self.tr("CSV files (*.csv)") if fmt == "csv" else self.tr("Excel workbooks (*.xlsx)")
            chosen = file_dialogs.save_file(self, self.tr("Export anonymous trafficking data"),
                                            str(Path.home() / f"htcds-{start.isoformat()}-{end.isoformat()}.{fmt}"),
                                            pattern)
            if chosen is None:
                return
            path = chosen if chosen.suffix.lower() == f".{fmt}" else chosen.with_suffix(f".{fmt}")
        self.export_button.setEnabled(False)
        export_htcds(self.ws, parent=self, path=path, start=start, end=end, fmt=str(fmt)) \
            .with_progress(self.tr("Exporting…")).success(self._done).failure(self._failed).run_in_background()

    def _failed(self, _error: Exception) -> bool:
        self.export_button.setEnabled(True)
        return False  # shown in words by the operation

    def _done(self, export: HtcdsExport) -> None:
        r = export.result
        self.statement = self.tr(
            "{0} of {1} victims written to {2} (k = {3}). Left out: {4} rows and {5} cells; {6} cells "
            "generalised.").format(len(r.rows), export.victims, export.path.name, r.k, r.rows_suppressed,
                                   r.cells_suppressed, r.cells_generalised)
        self.export_button.setEnabled(True)
        self.summary.setText(self.statement)
        self.summary.show()


def htcds_action(window) -> QAction:
    """The menu item of a supervisor's window; opens the dialog."""
    action = QAction(QCoreApplication.translate("HtcdsDialog", "Anonymous &trafficking data (HTCDS)…"), window)
    action.setObjectName("htcdsAction")

    def open_dialog() -> None:
        window.htcds_dialog = HtcdsDialog(window.ws, window)
        window.htcds_dialog.open()

    action.triggered.connect(open_dialog)
    return action
