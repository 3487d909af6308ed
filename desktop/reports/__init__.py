"""Reports › Statistics… (issue 30): the counts for a period in a window of their own, each number opened
to the cases behind it, and the report saved as a workbook or a PDF to hand in.

Supervisors count the whole office, caseworkers their own cases (the service decides); an administrator
without a caseworker's or a supervisor's role has no such menu.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from models.entities import Role


def add_reports_menu(window) -> QAction | None:
    """Reports › Statistics… in `window` (a MainWindow), for those who may count cases; a supervisor's has the
    anonymous trafficking data too."""
    if not window.ws.actor.roles & {Role.supervisor, Role.caseworker}:
        return None
    menu = window.menuBar().addMenu(QCoreApplication.translate("Reports", "&Reports"))
    action = QAction(QCoreApplication.translate("Reports", "&Statistics…"), window)
    action.setObjectName("statisticsAction")
    action.triggered.connect(lambda: open_statistics(window))
    menu.addAction(action)
    if Role.supervisor in window.ws.actor.roles:  # the anonymous trafficking data: supervisors only
        from desktop.supervisor.htcds_export import htcds_action

        menu.addAction(htcds_action(window))
    return action


def open_statistics(window):
    """The statistics window of `window`, made if needed, shown and raised; its cases open in `window`."""
    from desktop.reports.statistics_view import StatisticsWindow

    view = getattr(window, "statistics_window", None)
    if view is None:
        view = window.statistics_window = StatisticsWindow(window.ws, window)
        view.open_case.connect(lambda case_id: (window.open_case(case_id), window.raise_(), window.activateWindow()))
    view.show()
    view.raise_()
    view.activateWindow()
    return view
