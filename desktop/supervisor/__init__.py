"""The supervisor's view: deadline alerts across the office, caseloads, the labour quota (issue 6).

The main window gets one action (View > Supervisor's dashboard, Ctrl+D) from
`dashboard_action`; the dashboard is a window of its own. Creating the action
also starts, once per workspace, the background check that brings stored
deadlines up to today (see `freshness`).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QKeySequence

from models.entities import Role

START_DELAY_MS = 1500  # let the window and the case list come up first


def dashboard_action(window) -> QAction:
    """View > Supervisor's dashboard for `window` (a MainWindow); opens the dashboard or brings it to the front."""
    from desktop.supervisor.freshness import DeadlineRefresher

    roles = window.ws.actor.roles
    action = QAction(QCoreApplication.translate("Supervisor", "Supervisor's &dashboard") if Role.supervisor in roles
                     else QCoreApplication.translate("Supervisor", "&Dashboard"), window)
    action.setObjectName("dashboardAction")
    action.setShortcut(QKeySequence("Ctrl+D"))
    action.setEnabled(bool(roles & {Role.caseworker, Role.supervisor, Role.admin}))
    action.triggered.connect(lambda: open_dashboard(window))
    refresher = DeadlineRefresher.of(window.ws)
    # Only for a window still on screen (one closed meanwhile may have its workspace closed too).
    QTimer.singleShot(START_DELAY_MS, window, lambda: refresher.start() if window.isVisible() else None)
    return action


def open_dashboard(window):
    """The dashboard window of `window`, made if needed, shown and raised; its alerts open cases in `window`."""
    from desktop.supervisor.dashboard import Dashboard

    dashboard = getattr(window, "dashboard", None)
    if dashboard is None:
        dashboard = window.dashboard = Dashboard(window.ws, window, getattr(window, "settings", None))
        dashboard.open_case.connect(lambda case_id: (window.open_case(case_id), window.raise_(),
                                                     window.activateWindow()))
    dashboard.show()
    dashboard.raise_()
    dashboard.activateWindow()
    return dashboard
