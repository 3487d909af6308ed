"""The background threads every operation runs on, and the hand-over of their results to the GUI thread.

Below both `desktop.workspace` (which owns one) and `desktop.operations` (which submit to it): issue 13
item 8, the cycle operations ↔ workspace broken by moving this down.
"""
from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, Signal


class Worker(QObject):
    """The background threads (lanes: write, read, find), and the hand-over of results to the GUI thread."""

    _finished = Signal(object, object)  # deliver(future), future: queued to the GUI thread

    def __init__(self) -> None:
        super().__init__()
        self._lanes = {lane: ThreadPoolExecutor(1, f"qamqor-{lane}") for lane in ("write", "read", "find")}
        # A method of this object (which lives in the GUI thread) as the slot: Qt queues each result to it.
        self._finished.connect(self._deliver)
        self.pending = 0

    def submit(self, work: Callable[[], object], deliver: Callable[[Future], None], *, lane: str) -> None:
        self.pending += 1
        future = self._lanes[lane].submit(work)
        future.add_done_callback(lambda done: self._finished.emit(deliver, done))

    def _deliver(self, deliver: Callable[[Future], None], future: Future) -> None:
        self.pending -= 1
        deliver(future)

    def idle(self) -> bool:
        return self.pending == 0

    def shutdown(self) -> None:
        """Let running work finish (a save is never cut off half-way)."""
        for lane in self._lanes.values():
            lane.shutdown(wait=True)
