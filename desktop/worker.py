"""The background threads every operation runs on, and the hand-over of their results to the GUI thread.

Below both `desktop.workspace` (which owns one) and `desktop.operations` (which submit to it): issue 13
item 8, the cycle operations ↔ workspace broken by moving this down.
"""
from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

T = TypeVar("T")


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
