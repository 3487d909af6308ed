"""The desktop application's entry point (the full caseworker GUI comes with the desktop issue)."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QTableWidget, QTableWidgetItem

from models import db as database
from models.services import cases


class MainWindow(QMainWindow):
    """For now: the most recent cases of the open database."""

    COLUMNS = ("family_name", "given_name", "citizenship", "category", "status", "opened_on")

    def __init__(self, db: database.Database) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Qamqor — {0}").format(db.path.name))
        total, rows = cases.case_summaries(db)
        table = QTableWidget(len(rows), len(self.COLUMNS), self)
        table.setHorizontalHeaderLabels([
            self.tr("Family name"), self.tr("Given name"), self.tr("Citizenship"), self.tr("Category"),
            self.tr("Status"), self.tr("Opened")])
        for r, row in enumerate(rows):
            for c, key in enumerate(self.COLUMNS):
                table.setItem(r, c, QTableWidgetItem(str(row[key]).replace("_", " ")))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        self.setCentralWidget(table)
        self.statusBar().showMessage(self.tr("{0} cases; the {1} most recently opened are shown").format(
            total, len(rows)))
        self.resize(960, 600)


def run_application(db_path: str | Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Qamqor")
    try:
        db = database.open_database(db_path)
    except database.DatabaseError as error:
        QMessageBox.critical(None, "Qamqor", str(error))
        return 1
    window = MainWindow(db)
    window.show()
    try:
        return app.exec()
    finally:
        db.close()
