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
from concurrent.futures import Future
from typing import TYPE_CHECKING, Generic, Self, TypeVar, cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from desktop import i18n
from desktop.worker import Worker
from models.changes import Changes, Done

if TYPE_CHECKING:  # the workspace imports this package's lists: a type here, not an import at run time
    from desktop.workspace import Workspace

T = TypeVar("T")
log = logging.getLogger(__name__)

__all__ = ["Changes", "CollectionOp", "QueryOp", "Worker"]  # Changes: models.changes, for the views


class QueryOp(Generic[T]):
    """A read in the background: `op(db, actor)` off the GUI thread, then `success(result)` on it."""

    lane = "read"  # "find" for find-as-you-type

    def __init__(self, ws: Workspace, *, parent: QObject, op: Callable,
                 success: Callable[[T], None] = lambda _: None) -> None:
        self.ws, self.parent, self.op, self._success = ws, parent, op, success
        self._failure: Callable[[Exception], bool] | None = None
        self._progress: str | None = None

    def success(self, handler: Callable[[T], None]) -> Self:
        self._success = handler
        return self

    def failure(self, handler: Callable[[Exception], bool]) -> Self:
        """`handler(error)` returns True if it dealt with the error; otherwise it is shown in a dialog."""
        self._failure = handler
        return self

    def in_lane(self, lane: str) -> Self:
        self.lane = lane
        return self

    def with_progress(self, label: str) -> Self:
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
        elif not (self._failure and isinstance(error, Exception) and self._failure(error)):
            from desktop.errors import show_error

            show_error(self.parent if isinstance(self.parent, QWidget) else None, error)

    def _succeeded(self, result: T) -> None:
        self._success(result)


class CollectionOp(QueryOp[T]):
    """A write in the background; then the workspace announces what it changed, and every view refreshes.

    `op(db, actor)` returns the service's `Done[T]`: `success` gets its value, and its `Changes` (what
    the service says it wrote, not a guess made here) go out on `ws.changed`. `undoable(label)` offers
    Edit > Undo <label>; the service undoes it from the audit trail (models.services.undo).
    """

    lane = "write"

    def __init__(self, ws: Workspace, *, parent: QObject, op: Callable[..., Done[T]],
                 success: Callable[[T], None] = lambda _: None) -> None:
        super().__init__(ws, parent=parent, op=op, success=success)
        self._undo_label: str | None = None

    def undoable(self, label: Callable[[], str]) -> CollectionOp[T]:
        """`label` says the step's name (it is said again after a language switch)."""
        self._undo_label = i18n.phrase(label)
        return self

    def _succeeded(self, result: T) -> None:
        done = cast(Done[T], result)  # `op` returns the Done; QueryOp hands it on as it came
        if self._undo_label is not None:
            self.ws.push_undo(self._undo_label, done)
        self._success(done.value)
        self.ws.changed.emit(done.changes, self.parent)
