"""The open database, who is working in it, and the signals every view listens to."""
from __future__ import annotations

import threading
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.operations import lists
from desktop.worker import Worker
from models.changes import Done
from models.db import Database
from models.services.base import Actor
from models.services.undo import Step, UndoStack


class Workspace(QObject):
    """One per open database; widgets receive it, and no one else opens sessions for them."""

    changed = Signal(object, object)  # Changes, the widget whose action it was (or None)
    busy = Signal(str)  # what is running in the background ("" when nothing is)
    undo_changed = Signal(str, str)  # what Edit > Undo and Edit > Redo would do ("" for nothing)

    def __init__(self, db: Database, actor: Actor, user_name: str) -> None:
        super().__init__()
        self.db, self.actor, self.user_name = db, actor, user_name
        self.worker = Worker()
        self.closing = threading.Event()  # set on close: long work (a sync) stops at its next safe point
        self.undo = UndoStack()  # the steps; the undo service reverses them
        self._busy: list[str] = []
        self._users: Future  # for "caseworker" choices
        self._employers: Future | None = None  # for permits and contracts: read when first needed
        self.load_reference_lists()

    def load_reference_lists(self) -> None:
        """The short lists that drop-down choices need (colleagues, employers), read on the worker: the
        constructor and a sign-out do not wait for the database."""
        db, actor = self.db, self.actor
        self._users = self.worker.start(lambda: lists.read_colleagues(db, actor))
        self._employers = None

    @property
    def users(self) -> list:
        """Colleagues, for "caseworker" choices. Read in the background since the workspace was made; by
        the time a window asks, the answer is in (if not, this waits for it: a few milliseconds)."""
        return self._users.result()

    @property
    def employers(self) -> list:
        if self._employers is None:
            db, actor = self.db, self.actor
            self._employers = self.worker.start(lambda: lists.read_employers(db, actor))
        return self._employers.result()

    def begin_busy(self, label: str) -> None:
        self._busy.append(label)
        self.busy.emit(label)

    def end_busy(self) -> None:
        if self._busy:
            self._busy.pop()
        self.busy.emit(self._busy[-1] if self._busy else "")

    def push_undo(self, label: str, done: Done[Any]) -> None:
        """A write that Edit > Undo can take back (called on the GUI thread, like every use of the stack)."""
        self.undo.push(label, done)
        self._announce_undo()

    def take_undo(self) -> Step | None:
        step = self.undo.take_undo()
        self._announce_undo()
        return step

    def take_redo(self) -> Step | None:
        step = self.undo.take_redo()
        self._announce_undo()
        return step

    def undone(self, reversal: Step) -> None:
        self.undo.undone(reversal)
        self._announce_undo()

    def redone(self, reversal: Step) -> None:
        self.undo.redone(reversal)
        self._announce_undo()

    def _announce_undo(self) -> None:
        self.undo_changed.emit(self.undo.undo_label, self.undo.redo_label)

    def close(self) -> None:
        self.closing.set()
        self.worker.shutdown()
        self.db.close()
