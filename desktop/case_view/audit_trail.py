"""A case's history for supervisors: who created, changed, archived, opened or printed what, and when
(read from the audit trail; the services refuse it to anyone but a supervisor)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from desktop.operations import case as case_ops
from desktop.workspace import Workspace
from models.ids import CaseId
from models.services.audit import HistoryEntry

translate = QCoreApplication.translate

ACTIONS = {
    "create": translate("History", "created"), "change": translate("History", "changed"),
    "archive": translate("History", "archived"), "view": translate("History", "opened (sensitive case)"),
    "refused": translate("History", "was refused"), "share": translate("History", "shared"),
    "print": translate("History", "printed"), "export": translate("History", "exported"),
}


def _action(code: str) -> str:
    return QCoreApplication.translate("History", ACTIONS[code]) if code in ACTIONS else code


def _details(entry: HistoryEntry) -> str:
    changes = entry.details.get("changes") or {}
    return "; ".join(f"{field}: {old if old is not None else '—'} → {new if new is not None else '—'}"
                     for field, (old, new) in changes.items())


class AuditTrailPanel(QWidget):
    COLUMNS = (translate("History", "When"), translate("History", "Who"), translate("History", "Did"),
               translate("History", "What"), translate("History", "Details"))

    def __init__(self, ws: Workspace, case_id: CaseId, parent=None) -> None:
        super().__init__(parent)
        self.ws, self.case_id = ws, case_id
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setObjectName("caseHistory")
        self.table.setHorizontalHeaderLabels([translate("History", c) for c in self.COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        QVBoxLayout(self).addWidget(self.table)

    def load(self) -> None:
        case_id = self.case_id
        case_ops.case_history(self.ws, parent=self, case_id=case_id).success(self.show_entries).run_in_background()

    def show_entries(self, entries: list[HistoryEntry]) -> None:
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = (i18n.show_time(entry.at),
                     entry.user or translate("History", "maintenance"), _action(entry.action),
                     (entry.entity or "").replace("_", " "), _details(entry))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
