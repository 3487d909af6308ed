"""File › Import history…: every import with its counts; a supervisor undoes one as a whole."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QPushButton, QVBoxLayout

from desktop import i18n
from desktop.importer.wizard import _item, _table
from desktop.operations import imports
from desktop.workspace import Workspace
from models.entities import Role
from models.importing.service import ImportSummary


class ImportHistory(QDialog):
    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setObjectName("importHistory")
        self.setWindowTitle(self.tr("Import history"))
        self.table = _table(self, "importTable", [self.tr("Started"), self.tr("File"), self.tr("By"),
                                                  self.tr("Status"), self.tr("Persons"), self.tr("Cases"),
                                                  self.tr("Resume at row")])
        self.table.setSelectionBehavior(self.table.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(self.table.SelectionMode.SingleSelection)
        self.undo_button = QPushButton(self.tr("Undo the chosen import…"), self)
        self.undo_button.setObjectName("undoChosenImport")
        self.undo_button.setEnabled(False)
        self.explain = QLabel(self.tr("Undoing an import archives every person, document, case, stay and note it "
                                      "created (nothing is deleted). Only a supervisor may undo an import."), self)
        self.explain.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.explain)
        layout.addWidget(self.undo_button)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.undo_button.clicked.connect(self._undo)
        self.imports: list[ImportSummary] = []
        self.resize(900, 420)
        self.load()

    def load(self) -> None:
        imports.history(self.ws, parent=self).success(self._show).run_in_background()

    def _status(self, status: str) -> str:
        return {"running": self.tr("running"), "complete": self.tr("complete"), "cancelled": self.tr("cancelled"),
                "failed": self.tr("stopped by an error"), "stopped": self.tr("stopped (the program ended)"),
                "undone": self.tr("undone")}.get(status, status)

    def _show(self, found_imports: list[ImportSummary]) -> None:
        self.imports = found_imports
        self.table.setRowCount(len(found_imports))
        for row, found in enumerate(found_imports):
            started = i18n.show_time(found.started_at)
            for col, value in enumerate((started, found.file_name, found.user or "", self._status(found.status),
                                         found.counts.get("persons", 0), found.counts.get("cases", 0),
                                         found.resume_row or "")):
                self.table.setItem(row, col, _item(value))
        self._chosen()

    def _chosen(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        chosen = self.imports[rows.pop()] if rows else None
        self.undo_button.setEnabled(chosen is not None and chosen.status != "undone"
                                    and Role.supervisor in self.ws.actor.roles)

    def _undo(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        if not rows:
            return
        chosen = self.imports[rows.pop()]
        answer = QMessageBox.question(self, self.tr("Undo import"), self.tr(
            "Archive everything the import of {0} created?").format(chosen.file_name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        imports.undo(self.ws, parent=self, import_id=chosen.import_id).success(lambda _: self.load()) \
            .run_in_background()
