"""The open database, who is working in it, and the signals every view listens to."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from desktop.worker import Worker
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
        self.db, self.actor, self.user_name = db, actor, user_name
        self.worker = Worker()
        self.undo: Undo | None = None
        self._busy: list[str] = []
        self.users: list = []  # for "caseworker" choices
        self._employers: list | None = None  # for permits and contracts: read when first needed
        self.load_reference_lists()

    def load_reference_lists(self) -> None:
        """The short list of colleagues that drop-down choices need; read once, a few milliseconds."""
        from models.services import users

        self.users = users.users(self.db, self.actor)
        self._employers = None

    @property
    def employers(self) -> list:
        if self._employers is None:
            from models.services import employers

            self._employers = employers.employers(self.db, self.actor)
        return self._employers

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
