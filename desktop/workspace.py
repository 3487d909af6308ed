"""The open database, who is working in it, and the signals every view listens to."""
from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from models.db import Database
from models.services.base import Actor


@dataclass(frozen=True)
class Undo:
    label: str  # "Add stay": the menu shows "Undo Add stay"
    reverse: Callable  # reverse(db, actor) -> None, run as a write
    changes: object  # what undoing changes (the same things the action changed)


class Workspace(QObject):
    """One per open database; widgets receive it, and no one else opens sessions for them."""

    changed = Signal(object, object)  # Changes, the widget whose action it was (or None)
    busy = Signal(str)  # what is running in the background ("" when nothing is)
    undo_available = Signal(str)  # the label of what Edit > Undo would undo ("" for nothing)

    def __init__(self, db: Database, actor: Actor, user_name: str) -> None:
        super().__init__()
        from desktop.operations import Worker  # operations import this module

        self.db, self.actor, self.user_name = db, actor, user_name
        self.worker = Worker()
        self.undo: Undo | None = None
        self._busy: list[str] = []
        self._users: Future  # for "caseworker" choices
        self._employers: Future | None = None  # for permits and contracts: read when first needed
        self.load_reference_lists()

    def load_reference_lists(self) -> None:
        """The short lists that drop-down choices need (colleagues, employers), read on the worker: the
        constructor and a sign-out do not wait for the database."""
        from desktop.operations import reference

        db, actor = self.db, self.actor
        self._users = self.worker.start(lambda: reference.read_colleagues(db, actor))
        self._employers = None

    @property
    def users(self) -> list:
        """Colleagues, for "caseworker" choices. Read in the background since the workspace was made; by
        the time a window asks, the answer is in (if not, this waits for it: a few milliseconds)."""
        return self._users.result()

    @property
    def employers(self) -> list:
        if self._employers is None:
            from desktop.operations import reference

            db, actor = self.db, self.actor
            self._employers = self.worker.start(lambda: reference.read_employers(db, actor))
        return self._employers.result()

    def begin_busy(self, label: str) -> None:
        self._busy.append(label)
        self.busy.emit(label)

    def end_busy(self) -> None:
        if self._busy:
            self._busy.pop()
        self.busy.emit(self._busy[-1] if self._busy else "")

    def set_undo(self, label: str, reverse: Callable, changes: object) -> None:
        self.undo = Undo(label, reverse, changes)
        self.undo_available.emit(label)

    def take_undo(self) -> Undo | None:
        undo, self.undo = self.undo, None
        self.undo_available.emit("")
        return undo

    def close(self) -> None:
        self.worker.shutdown()
        self.db.close()
