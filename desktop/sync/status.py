"""The background sync and what the status bar says of it.

On an enrolled laptop the window syncs after sign-in, every few minutes, a little after the user's writes
settle, and on File › Sync now. The sync runs on the worker's long lane (the window stays free); its
progress comes back as a queued signal. Afterwards every view refreshes what a pull may have changed.
Offline is not an error: the status bar says so and the next try comes later. A revoked laptop or a
refused sign-in is said once, in a dialog, and the automatic syncs stop.
"""
from __future__ import annotations

from typing import cast

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMessageBox, QProgressBar, QSizePolicy, QToolBar

from desktop.i18n import show_time
from desktop.operations import Changes
from desktop.operations import sync as sync_ops
from desktop.operations.sync import OfficeStatus, Synced
from desktop.sync.words import problem
from desktop.workspace import Workspace
from models.sync import SyncError

EVERY_MS = 5 * 60_000  # while the office answers
OFFLINE_RETRY_MS = 2 * 60_000  # a laptop back on the office's network syncs soon after
SETTLE_MS = 30_000  # after the last write: a burst of edits goes in one sync
STOPPED = ("revoked", "account_closed", "sign_in_refused", "not_enrolled", "unknown_device", "wrong_fingerprint")
# What a pull may have changed: every kind of record a view shows (no ids: it concerns every view).
PULLED = Changes(case=True, person=True, records=True, deadlines=True, notes=True, attachments=True,
                 referral=True, quota=True, directory=True, users=True, services=True)


class SyncStatus(QObject):
    """One per main window: the timers, the sync in flight (at most one), and the status bar's label."""

    progressed = Signal(str, int, int)  # from the worker thread: queued to this object's (the GUI) thread
    synced = Signal(object)  # the SyncResult, once a sync has finished and the views were told
    status_shown = Signal()  # the label was written (tests wait for it)

    def __init__(self, ws: Workspace, window: QMainWindow) -> None:
        super().__init__(window)
        self.ws = ws  # the window is the parent: no Python reference to it (a cycle would outlive the window)
        self.status: OfficeStatus | None = None
        self.running = False
        self.offline = False
        self.stopped = False  # revoked or refused: said once, no more automatic syncs
        self.actions: dict[str, QAction] = {}  # File's and the Sync menu's (desktop.sync.add_sync_menus)
        self.dialog: QDialog | None = None  # the connect dialog or the conflict list, last opened
        self.label = QLabel(window)
        self.label.setObjectName("officeStatus")
        self.label.hide()
        # What the last sync has to say (cases removed, collisions, a refusal): a line of its own above the
        # status bar, whole at 1024 pixels in every language, and not one of the status bar's passing messages
        # (the case list's "12 cases in the list" would wipe it out). It stays until closed or the next sync.
        self.notice_bar = QToolBar(window)
        self.notice_bar.setObjectName("syncNoticeBar")
        self.notice_bar.setMovable(False)
        self.notice_bar.setFloatable(False)
        self.notice_bar.toggleViewAction().setVisible(False)
        self.notice_bar.setStyleSheet("QToolBar#syncNoticeBar { background: #fff4d6; border-top: 1px solid #e0b252; }")
        self.notice = QLabel(self.notice_bar)
        self.notice.setObjectName("syncNotice")
        self.notice.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.notice.setContentsMargins(6, 2, 6, 2)
        self.notice_bar.addWidget(self.notice)
        close = self.notice_bar.addAction(self.tr("Close"))
        close.setObjectName("closeNotice")
        close.triggered.connect(lambda: self._notice(""))
        window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.notice_bar)
        self.notice_bar.hide()
        self.bar = QProgressBar(window)
        self.bar.setObjectName("syncProgress")
        self.bar.setMaximumWidth(140)
        self.bar.setTextVisible(False)
        self.bar.hide()
        window.statusBar().addPermanentWidget(self.bar)
        window.statusBar().addPermanentWidget(self.label)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sync_now)
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.timeout.connect(self.sync_now)
        self.progressed.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        ws.changed.connect(self._on_changes)
        self.refresh(start=True)

    @property
    def window(self) -> QMainWindow:
        return cast(QMainWindow, self.parent())

    # --- what the status bar says ---------------------------------------------------

    def refresh(self, *, start: bool = False) -> None:
        """Read the enrolment, the last sync and the waiting changes again; `start`: sync at once if enrolled."""
        sync_ops.office_status(self.ws, parent=self).success(
            lambda status: self._show_status(status, start)).run_in_background()

    def _show_status(self, status: OfficeStatus | None, start: bool = False) -> None:
        self.status = status
        self.label.setVisible(status is not None)
        if status is None:
            self.timer.stop()
            self.status_shown.emit()
            return
        if self.offline:
            when = self.tr("Office not reachable — working offline")
        elif status.last_synced is None:
            when = self.tr("not synced yet")
        else:
            when = self.tr("synced {0}").format(show_time(status.last_synced, short=True))
        waiting = self.tr("%n change(s) waiting to go", "", status.waiting)
        self.label.setText(f"{status.office_name}: {when} · {waiting}")
        self.label.setToolTip(self.tr("Connected to the office “{0}” as {1}").format(status.office_name,
                                                                                   status.user_name))
        if not self.timer.isActive() and not self.stopped:
            self.timer.start(OFFLINE_RETRY_MS if self.offline else EVERY_MS)
        self.status_shown.emit()
        if start:
            self.sync_now()

    def _show_progress(self, stage: str, done: int, total: int) -> None:
        self.bar.show()
        self.bar.setRange(0, total if total > 0 else 0)
        if total > 0:
            self.bar.setValue(min(done, total))
        if stage == "push":
            text = self.tr("Sync: sending changes to the office ({0} of {1})").format(done, total)
        else:
            text = self.tr("Sync: receiving from the office ({0} so far)").format(done)
        self.window.statusBar().showMessage(text)

    # --- syncing ----------------------------------------------------------------------

    def sync_now(self, *, asked: bool = False) -> None:
        """Start a sync unless one is running (or the laptop is not enrolled)."""
        if self.running:
            if asked:
                self.window.statusBar().showMessage(self.tr("A sync is running already."), 5000)
            return
        if self.status is None or (self.stopped and not asked):
            return
        self.running = True
        self.settle.stop()
        self.bar.setRange(0, 0)
        self.bar.show()
        self.window.statusBar().showMessage(self.tr("Syncing with the office…"))
        progressed = self.progressed
        sync_ops.sync_now(self.ws, parent=self, progress=lambda stage, done, total: progressed.emit(
            stage, done, total)).success(self._finished).failure(self._failed).run_in_background()

    def _done(self) -> None:
        self.running = False
        self.bar.hide()
        self.window.statusBar().clearMessage()

    def _finished(self, answer: Synced | None) -> None:
        self._done()
        if answer is None:  # another window's sync was running
            return
        result, status = answer.result, answer.status
        self.offline = False
        self.stopped = False
        self.timer.start(EVERY_MS)
        if result.pulled or result.removed:
            self.ws.changed.emit(PULLED, self)
        self._show_status(status)
        said = []
        if answer.cases_removed:
            said.append(self.tr("%n case(s) are no longer on this laptop: they were reassigned or made "
                                "confidential.", "", answer.cases_removed))
        if result.conflicts:
            said.append(self.tr("%n edit(s) collided with another's: see Sync › Conflicts.", "", result.conflicts))
        if result.refused:  # never applied, kept on this laptop with the office's reasons
            said.append(self.tr("The office refused %n change(s) from this laptop: {0}", "", result.refused)
                        .format(" ".join(dict.fromkeys(answer.refusals))))
        if not result.audit_ok:
            said.append(self.tr("The office found a gap in this laptop's audit trail and has told the "
                                "administrator."))
        self._notice(" ".join(said))
        self.synced.emit(result)

    def _failed(self, error: Exception) -> bool:
        self._done()
        if not isinstance(error, SyncError):
            return False  # a bug: the usual dialog
        if error.code == "office_unreachable":
            self.offline = True
            self.timer.start(OFFLINE_RETRY_MS)
            self.refresh()
            self.synced.emit(None)
            return True
        if error.code in ("revoked", "account_closed"):  # the laptop removed the office's data, or locked her
            self.ws.changed.emit(PULLED, self)
        if error.code in STOPPED:
            self.timer.stop()
            if not self.stopped:  # said once, clearly; the status bar keeps saying it
                self.stopped = True
                box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Office sync"), problem(error),
                                  parent=self.window)
                box.setObjectName("syncStopped")
                box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                box.open()
        self._notice(problem(error))
        self.synced.emit(None)
        return True

    def _notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice_bar.setVisible(bool(text))

    def _on_changes(self, changes: Changes, initiator: object) -> None:
        if initiator is self or self.status is None:
            return
        self.settle.start(SETTLE_MS)  # again from the start at each write: the sync follows the last one
        self.refresh()  # the count of waiting changes
