"""The office sync in the main window: File › Connect to office… and Sync now, the Sync menu (Sync now,
Conflicts…), the status bar's office line, and the background syncs (desktop.sync.status)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from desktop.sync.status import SyncStatus

if TYPE_CHECKING:
    from desktop.main_window import MainWindow
    from models.sync.enrolment import Enrolment

translate = QCoreApplication.translate  # the name lupdate looks for
SYNC_NOW_KEY = "F9"  # as Send/Receive in the mail programs an office knows


def add_sync_menus(window: MainWindow, file_menu: QMenu) -> SyncStatus:
    """The sync's actions in File and in a Sync menu after View; the status (and its timers) of this window."""
    status = SyncStatus(window.ws, window)
    connect = QAction(translate("SyncMenu", "Connect to &office…"), window)
    connect.triggered.connect(lambda: connect_to_office(window))
    sync_now = QAction(translate("SyncMenu", "S&ync now"), window)
    sync_now.setShortcut(QKeySequence(SYNC_NOW_KEY))
    sync_now.setToolTip(translate("SyncMenu", "Send this laptop's changes to the office and receive the office's "
                                              "(F9)"))
    sync_now.triggered.connect(lambda: status.sync_now(asked=True))
    conflicts = QAction(translate("SyncMenu", "&Conflicts…"), window)
    conflicts.triggered.connect(lambda: show_conflicts(window))
    status.actions = {"connect": connect, "sync_now": sync_now, "conflicts": conflicts}
    file_menu.insertActions(window.sign_out_action, [connect, sync_now])
    file_menu.insertSeparator(window.sign_out_action)
    menu = window.menuBar().addMenu(translate("SyncMenu", "&Sync"))
    menu.addAction(sync_now)
    menu.addAction(conflicts)
    menu.addSeparator()
    menu.addAction(connect)

    def enable() -> None:
        for action in (sync_now, conflicts):
            action.setEnabled(status.status is not None)

    status.status_shown.connect(enable)
    enable()
    return status


def connect_to_office(window: MainWindow) -> None:
    from desktop.sync.connect import ConnectDialog

    dialog = ConnectDialog(window.ws.db, window.ws.worker, window)
    dialog.enrolled.connect(lambda enrolment: _enrolled(window, enrolment))
    window.sync_status.dialog = dialog
    dialog.open()


def _enrolled(window: MainWindow, enrolment: Enrolment) -> None:
    """The office took this laptop: sync at once if the user signed in is the office's user, else sign in
    again (the laptop's own accounts no longer sign in: the office's came with the enrolment)."""
    me = next((u.username for u in window.ws.users if u.id == window.ws.actor.user_id), None)
    if me is not None and me.lower() == enrolment.user_name.lower():
        window.sync_status.refresh(start=True)
        return
    box = QMessageBox(QMessageBox.Icon.Information, translate("SyncMenu", "Connected to the office"),
                      translate("SyncMenu", "This laptop is connected to the office “{0}”. Sign in again, as {1}, "
                                            "with your office password.").format(enrolment.office_name,
                                                                                 enrolment.user_name), parent=window)
    box.setObjectName("enrolledBox")
    box.finished.connect(lambda _: window.sign_out_requested.emit())
    box.open()


def show_conflicts(window: MainWindow) -> None:
    from desktop.sync.conflicts import ConflictsDialog

    dialog = ConflictsDialog(window.ws, window)
    dialog.open_case.connect(window.open_case)
    window.sync_status.dialog = dialog
    dialog.show()
