"""Stored deadlines brought up to today, in the background, when Qamqor starts on a new day; and the
alert list read ahead, so that the dashboard opens on it.

Each save refreshes its own person's deadlines, but the stay limits of
everyone else move with the calendar (a planned exit passes, a current stay
ends). So at start, if the oldest stored computation is from an earlier day,
every person is recomputed: 100,000 persons take about 20 seconds, on a
lane of the worker of its own (not the write lane: saves go on between its chunks of
2,000 persons), with its progress in the dashboard and the status bar. Closing
Qamqor stops it between two chunks; the rest is done at the next start.

The same start-up read fetches the counts and first page of the alert list
(about 50 ms once warm) for anyone who may see it: the dashboard then shows
them the moment it opens, and reads them again behind them. A change to any
case or deadline drops what was read ahead.
"""
from __future__ import annotations

import datetime as dt
import logging
from concurrent.futures import Future

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.operations import Changes
from desktop.operations import alerts as ops
from desktop.workspace import Workspace
from models.clock import today
from models.entities import Role
from models.services.alerts import Overview

log = logging.getLogger(__name__)


class Stopped(Exception):
    """Qamqor is closing: the recompute stops between two chunks."""


class DeadlineRefresher(QObject):
    """One per workspace: `start()` checks in the background and recomputes if the deadlines are stale."""

    progress = Signal(int, int)  # persons done, of
    done = Signal(int)  # persons recomputed (0: already fresh)
    _progressed = Signal(int, int)  # from the recompute's thread; re-emitted as `progress` on the GUI thread

    def __init__(self, ws: Workspace) -> None:
        super().__init__(ws)
        self.ws = ws
        self.running = False
        self.checked = False
        self.prefetched: tuple[dt.date, Overview] | None = None
        self._stop = False
        # Through a slot of this object, which lives on the GUI thread: Qt queues it there, in order.
        self._progressed.connect(self._forward_progress)
        ws.changed.connect(self._forget)
        if (application := QCoreApplication.instance()) is not None:
            application.aboutToQuit.connect(self.stop)

    @classmethod
    def of(cls, ws: Workspace) -> DeadlineRefresher:
        found = ws.findChild(DeadlineRefresher)
        return found if found is not None else cls(ws)

    def start(self) -> None:
        """Once per workspace: ask whether the deadlines are stale (a quick read), recompute if they are."""
        if self.checked or self.running:
            return
        self.checked = True
        ops.is_stale(self.ws, parent=self).success(lambda stale: self._recompute() if stale else self.read_ahead()) \
            .run_in_background()

    def read_ahead(self) -> None:
        """The counts and first page of the default alert list, for the dashboard to open on."""
        if not self.ws.actor.roles & {Role.caseworker, Role.supervisor}:
            return
        ops.overview(self.ws, parent=self).success(lambda found: setattr(self, "prefetched", (today(), found))) \
            .run_in_background()

    def read_ahead_for(self, day: dt.date) -> Overview | None:
        """What was read ahead, if it is still good for this day."""
        if self.prefetched is not None and self.prefetched[0] == day == today():
            return self.prefetched[1]
        return None

    def _forget(self, changes: Changes, _initiator: object) -> None:
        if changes.deadlines or changes.case:
            self.prefetched = None

    def _recompute(self) -> None:
        self.running = True
        self.ws.begin_busy(QCoreApplication.translate("Supervisor", "Bringing deadlines up to today…"))
        self.progress.emit(0, 0)
        # On the worker's lane for long work (not the write lane: saves go on between its chunks).
        self.ws.worker.submit(ops.recompute_if_stale(self.ws, self._report), self._deliver, lane="long")

    def _report(self, done: int, total: int) -> None:  # on the recompute's thread
        if self._stop:
            raise Stopped
        self._progressed.emit(done, total)

    def _forward_progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    def _deliver(self, future: Future) -> None:
        self.running = False
        self.ws.end_busy()
        error = future.exception()
        if isinstance(error, Stopped):
            return
        if error is not None:
            log.error("recomputing the deadlines failed", exc_info=error)
            return
        count = future.result()
        self.done.emit(count)
        if count:
            self.ws.changed.emit(Changes(deadlines=True), None)
        self.read_ahead()

    def stop(self) -> None:
        """Stop between two chunks (Qamqor is closing)."""
        self._stop = True  # the worker's shutdown then waits for the chunk being computed
