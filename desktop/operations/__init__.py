"""Background operations, after Anki's QueryOp and CollectionOp.

Every database call a widget makes goes through one of these: the work runs
on a background thread and the result comes back on the GUI thread, so the
window never freezes. Writes run on one thread (SQLite has one writer);
reads on another, and find-as-you-type on a third, so that a search never
waits behind a save or a long list query (SQLite's WAL mode lets readers run
while a write is in progress).

Code inside an op must not touch widgets; `success` and `failure` run on the
GUI thread, and not at all if their widget was closed meanwhile.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from desktop.operations.changes import Changes
from desktop.workspace import Workspace

T = TypeVar("T")
log = logging.getLogger(__name__)

__all__ = ["Changes", "CollectionOp", "QueryOp", "Worker"]


class Worker(QObject):
    """The background threads (lanes: write, read, find, long), and the hand-over of results to the GUI thread."""

    _finished = Signal(object, object)  # deliver(future), future: queued to the GUI thread

    def __init__(self) -> None:
        super().__init__()
        # "long": bringing every stored deadline up to today (seconds), apart from the saves and the reads.
        self._lanes = {lane: ThreadPoolExecutor(1, f"qamqor-{lane}") for lane in ("write", "read", "find", "long")}
        # A method of this object (which lives in the GUI thread) as the slot: Qt queues each result to it.
        self._finished.connect(self._deliver)
        self.pending = 0

    def submit(self, work: Callable[[], object], deliver: Callable[[Future], None], *, lane: str) -> None:
        self.pending += 1
        future = self._lanes[lane].submit(work)
        future.add_done_callback(lambda done: self._finished.emit(deliver, done))

    def start(self, work: Callable[[], T], *, lane: str = "read") -> Future[T]:
        """Run `work` in a lane and hand back its future, with no delivery to the GUI thread (for what the
        workspace reads ahead, such as the list of colleagues)."""
        return self._lanes[lane].submit(work)

    def _deliver(self, deliver: Callable[[Future], None], future: Future) -> None:
        self.pending -= 1
        deliver(future)

    def idle(self) -> bool:
        return self.pending == 0

    def shutdown(self) -> None:
        """Let running work finish (a save is never cut off half-way)."""
        for lane in self._lanes.values():
            lane.shutdown(wait=True)


class QueryOp(Generic[T]):
    """A read in the background: `op(db, actor)` off the GUI thread, then `success(result)` on it."""

    lane = "read"  # "find" for find-as-you-type

    def __init__(self, ws: Workspace, *, parent: QObject, op: Callable,
                 success: Callable[[T], None] = lambda _: None) -> None:
        self.ws, self.parent, self.op, self._success = ws, parent, op, success
        self._failure: Callable[[Exception], bool] | None = None
        self._progress: str | None = None

    def success(self, handler: Callable[[T], None]) -> QueryOp[T]:
        self._success = handler
        return self

    def failure(self, handler: Callable[[Exception], bool]) -> QueryOp[T]:
        """`handler(error)` returns True if it dealt with the error; otherwise it is shown in a dialog."""
        self._failure = handler
        return self

    def in_lane(self, lane: str) -> QueryOp[T]:
        self.lane = lane
        return self

    def with_progress(self, label: str) -> QueryOp[T]:
        self._progress = label
        return self

    def _work(self) -> T:
        return self.op(self.ws.db, self.ws.actor)

    def run_in_background(self) -> None:
        if self._progress:
            self.ws.begin_busy(self._progress)
        self.ws.worker.submit(self._work, self._finish, lane=self.lane)

    def _finish(self, future: Future) -> None:
        if self._progress:
            self.ws.end_busy()
        error = future.exception()
        if not isValid(self.parent):
            if error is not None:
                log.warning("error after its window closed: %r", error)
            return
        if error is None:
            self._succeeded(future.result())
        elif not (self._failure and self._failure(error)):
            from desktop.errors import show_error

            show_error(self.parent if isinstance(self.parent, QWidget) else None, error)

    def _succeeded(self, result: T) -> None:
        self._success(result)


class CollectionOp(QueryOp[T]):
    """A write in the background; then the workspace announces what changed, and every view refreshes.

    `changes(result)` says what the write changed. `undoable(label, reverse)`
    offers Edit > Undo <label>, which runs `reverse(db, actor, result)`.
    """

    lane = "write"

    def __init__(self, ws: Workspace, *, parent: QObject, op: Callable, changes: Callable[[T], Changes],
                 success: Callable[[T], None] = lambda _: None) -> None:
        super().__init__(ws, parent=parent, op=op, success=success)
        self._changes = changes
        self._undo: tuple[str, Callable] | None = None

    def undoable(self, label: str, reverse: Callable) -> CollectionOp[T]:
        self._undo = (label, reverse)
        return self

    def _succeeded(self, result: T) -> None:
        changes = self._changes(result)
        if self._undo is not None:
            label, reverse = self._undo
            self.ws.set_undo(label, lambda db, actor: reverse(db, actor, result), changes)
        self._success(result)
        self.ws.changed.emit(changes, self.parent)
