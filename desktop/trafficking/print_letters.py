"""Printing many referral letters at once: choose them, then one background operation makes them,
with progress, and the printer (or one PDF file) gets them all."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop import file_dialogs, i18n
from desktop.operations import referral as referral_ops
from desktop.trafficking.letter_preview import paint
from desktop.trafficking.words import organisation, word
from desktop.workspace import Workspace
from models.letters.merge import merge
from models.services.referrals import ReferralRow


class _Progress(QObject):
    """Carries `progress(done, total)` from the background thread to the dialog (a queued signal)."""

    advanced = Signal(int, int)


class PrintLettersDialog(QDialog):
    progress_changed = Signal(int, int)

    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.rows: list[ReferralRow] = []
        self.setWindowTitle(self.tr("Print referral letters"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("referralsToPrint")
        self.table.setHorizontalHeaderLabels([self.tr("Reference"), self.tr("Person"), self.tr("Organisation"),
                                              self.tr("Status"), self.tr("Sent")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.language = QComboBox(self)
        for code in ("ru", "kk", "en"):
            self.language.addItem(i18n.language_name(code), code)
        self.language.setCurrentIndex(max(self.language.findData(i18n.current()), 0))
        all_button = QPushButton(self.tr("Choose all"), self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.save_button = QPushButton(self.tr("Save as one PDF…"), self)
        close = QPushButton(self.tr("Close"), self)
        bar = QHBoxLayout()
        bar.addWidget(all_button)
        bar.addWidget(QLabel(self.tr("Language:"), self))
        bar.addWidget(self.language)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Sent and accepted referrals of the cases you can see, newest first. Each "
                                        "letter carries only what the person's consent covers; every letter is "
                                        "written to the audit trail."), self))
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        all_button.clicked.connect(lambda: self.choose_all(True))
        self.print_button.clicked.connect(self.print_all)
        self.save_button.clicked.connect(lambda: self.save_all())
        close.clicked.connect(self.close)
        self.resize(820, 560)
        referral_ops.referral_rows(ws, parent=self).success(self._show).run_in_background()

    def _show(self, rows: list[ReferralRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = [row.reference, row.person, organisation(row.organisation), word("status", row.status),
                     i18n.show_date(row.sent_on) if row.sent_on else ""]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked)
                self.table.setItem(r, c, item)

    def choose_all(self, chosen: bool) -> None:
        state = Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
        for r in range(self.table.rowCount()):
            self._box(r).setCheckState(state)

    def chosen(self) -> list[ReferralRow]:
        return [row for r, row in enumerate(self.rows) if self._box(r).checkState() == Qt.CheckState.Checked]

    def _box(self, row: int) -> QTableWidgetItem:
        """The check box that chooses a row's letter (every row has one)."""
        item = self.table.item(row, 0)
        assert item is not None
        return item

    def _make(self, output: str, then) -> None:
        """Make the chosen letters in the background, showing progress; then `then(pdfs)` on this thread."""
        chosen = [row.referral_id for row in self.chosen()]
        if not chosen:
            return
        lang = self.language.currentData()
        self.progress = QProgressDialog(self.tr("Making the letters…"), "", 0, len(chosen), self)
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        bridge = _Progress(self)
        bridge.advanced.connect(self._advanced)  # a method of this dialog: delivered on the GUI thread

        def finished(pdfs: list[bytes]) -> None:
            self.progress.close()
            then(pdfs)

        def failed(_error: Exception) -> bool:
            self.progress.close()
            return False  # shown as every error is

        referral_ops.letters(self.ws, parent=self, referral_ids=chosen, lang=lang, output=output,
                             progress=bridge.advanced.emit).success(finished).failure(failed) \
            .with_progress(self.tr("Making {0} referral letter(s)…").format(len(chosen))).run_in_background()

    def _advanced(self, done: int, total: int) -> None:
        self.progress.setValue(done)
        self.progress_changed.emit(done, total)

    def print_all(self) -> None:
        if not self.chosen():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print referral letters"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self._make("print", lambda pdfs: paint(printer, pdfs))

    def save_all(self, path: str | None = None) -> None:
        if not self.chosen():
            return
        if path is None:
            chosen = file_dialogs.save_file(self, self.tr("Save the referral letters"), "referral-letters.pdf",
                                            self.tr("PDF (*.pdf)"))
            path = str(chosen) if chosen else None
        if path:
            self._make("file", lambda pdfs: Path(path).write_bytes(merge(pdfs)))
