"""The supervisor's dashboard: a window of its own (a second screen suits it) with the alerts, the
caseloads and the labour quota; each alert opens its case in the main window."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QProgressBar, QTabWidget, QToolButton

from desktop import file_dialogs, icons
from desktop.operations import QueryOp
from desktop.operations import exports as ops
from desktop.supervisor import words
from desktop.supervisor.alerts_view import AlertsPage
from desktop.supervisor.caseload_view import CaseloadPage
from desktop.supervisor.freshness import DeadlineRefresher
from desktop.supervisor.quota_view import QuotaPage
from desktop.workspace import Workspace
from models.entities import Role
from models.services.alerts import AlertFilter


class Dashboard(QMainWindow):
    open_case = Signal(object)  # case id

    def __init__(self, ws: Workspace, parent=None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("supervisorDashboard")
        # A caseworker's copy shows their own cases' alerts only: it is not the supervisor's.
        self.setWindowTitle(self.tr("Supervisor's dashboard — Qamqor") if Role.supervisor in ws.actor.roles
                            else self.tr("Dashboard — Qamqor"))
        self.setWindowIcon(icons.application())
        self.ws = ws
        self.settings = settings
        roles = ws.actor.roles
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.alerts = self.caseloads = self.quota = None
        if Role.caseworker in roles or Role.supervisor in roles:
            self.alerts = AlertsPage(ws, self)
            self.alerts.open_case.connect(self.open_case)
            self.alerts.quota_requested.connect(lambda: self.quota and self.tabs.setCurrentWidget(self.quota))
            self.tabs.addTab(self.alerts, self.tr("Deadline alerts"))
        if Role.supervisor in roles:
            self.caseloads = CaseloadPage(ws, self)
            self.caseloads.open_case.connect(self.open_case)
            self.tabs.addTab(self.caseloads, self.tr("Caseloads"))
        self.referred = None
        if Role.supervisor in roles:  # where the office's cases come from (issue 29)
            from desktop.supervisor.referred_view import ReferredPage

            self.referred = ReferredPage(ws, self)
            self.referred.open_case.connect(self.open_case)
            self.tabs.addTab(self.referred, self.tr("Referred to us"))
        if Role.supervisor in roles or Role.admin in roles:
            self.quota = QuotaPage(ws, self)
            self.tabs.addTab(self.quota, self.tr("Labour quota"))
        self.setCentralWidget(self.tabs)
        self._make_toolbar()
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.freshness = QLabel(self)
        self.freshness.setObjectName("freshness")
        self.statusBar().addPermanentWidget(self.freshness)
        self.statusBar().addPermanentWidget(self.progress)
        self.refresher = DeadlineRefresher.of(ws)
        self.refresher.progress.connect(self._show_progress)
        self.refresher.done.connect(self._refreshed)
        if self.refresher.running:
            self._show_progress(0, 0)
        geometry = settings.value("dashboard/geometry") if settings is not None else None
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1360, 820)
        if self.screen() is not None:
            self.fit_screen(self.screen().availableGeometry())

    def fit_screen(self, available: QRect) -> None:
        """Within `available` (a 1366×768 laptop's screen less its task bar), title bar and frame included."""
        frame = QSize(16, 40)  # what the window manager adds around the window, at most
        size = self.size().boundedTo(available.size() - frame).expandedTo(self.minimumSizeHint())
        self.resize(size)
        if not available.contains(self.frameGeometry()):
            self.move(available.topLeft())

    def _make_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("Dashboard"))
        toolbar.setObjectName("dashboardToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        refresh = QAction(icons.get("refresh"), self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.triggered.connect(self.refresh)
        toolbar.addAction(refresh)
        export = QToolButton(self)
        export.setText(self.tr("Export"))
        export.setObjectName("exportButton")
        export.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(export)
        if self.alerts is not None:
            menu.addAction(self.tr("Alert list as CSV…"), lambda: self.export_alerts("csv"))
            menu.addAction(self.tr("Alert list as Excel workbook…"), lambda: self.export_alerts("xlsx"))
        if Role.supervisor in self.ws.actor.roles:
            menu.addSeparator()
            menu.addAction(self.tr("Statistics (no names) as CSV…"), lambda: self.export_statistics("csv"))
            menu.addAction(self.tr("Statistics (no names) as Excel workbook…"), lambda: self.export_statistics("xlsx"))
        export.setMenu(menu)
        toolbar.addWidget(export)

    # --- loading ----------------------------------------------------------------

    def refresh(self) -> None:
        page = self.tabs.currentWidget()
        if page is self.alerts:
            self.alerts.refresh()
        elif isinstance(page, CaseloadPage | QuotaPage):
            page.reload()

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.show()
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)
        self.freshness.setText(self.tr("Bringing every deadline up to today…"))

    def _refreshed(self, count: int) -> None:
        self.progress.hide()
        self.freshness.setText(self.tr("Deadlines of %n person(s) brought up to today", "", count) if count else "")

    # --- exports ------------------------------------------------------------------

    def _ask_file(self, title: str, name: str, fmt: str) -> Path | None:
        pattern = self.tr("CSV files (*.csv)") if fmt == "csv" else self.tr("Excel workbooks (*.xlsx)")
        path = file_dialogs.save_file(self, title, str(Path.home() / f"{name}.{fmt}"), pattern)
        if path is None:
            return None
        return path if path.suffix.lower() == f".{fmt}" else path.with_suffix(f".{fmt}")

    def export_alerts(self, fmt: str, path: Path | None = None) -> None:
        """The alert list as shown (filter and day), to a file chosen by the user; audited."""
        assert self.alerts is not None, "the alert list is offered for export only where it is shown"
        where, day = self.alerts.where(), self.alerts.day()
        path = path or self._ask_file(self.tr("Export the alert list"), f"alerts-{day.isoformat()}", fmt)
        if path is None:
            return
        self._export(ops.export_alerts(self.ws, parent=self, path=path, where=where, day=day, fmt=fmt,
                                       words=words.export_words))

    def export_statistics(self, fmt: str, path: Path | None = None) -> None:
        """Counts only (no names, no document numbers), for reports, of the alerts the filters show; audited."""
        day = self.alerts.day() if self.alerts is not None else None
        where = self.alerts.where() if self.alerts is not None else AlertFilter()
        year = self.quota.chosen_year() if self.quota is not None else None
        path = path or self._ask_file(self.tr("Export statistics"), "qamqor-statistics", fmt)
        if path is None:
            return
        self._export(ops.export_statistics(self.ws, parent=self, path=path, day=day, year=year, fmt=fmt,
                                           words=words.export_words, where=where))

    def _export(self, op: QueryOp) -> None:
        op.with_progress(self.tr("Exporting…")) \
            .success(lambda done: self.statusBar().showMessage(
                self.tr("Exported %n row(s) to {0}", "", done.rows).format(done.path), 10000)) \
            .run_in_background()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.settings is not None:
            self.settings.setValue("dashboard/geometry", self.saveGeometry())
        event.accept()
