"""Keeping Python's garbage collector from freezing the window.

A full collection walks every object; with Qt, SQLAlchemy and pydantic loaded that is over 100 ms on
the GUI thread, at moments nobody chooses (measured: 120–260 ms freezes while opening a case or switching
the language). What exists once the main window is shown, and once the first case is shown (the modules
they import, the rule data), lives as long as the program: `gc.freeze()` puts it out of the collector's
sight for good. Each moment freezes once only, so a window replaced later (a language switch, a
sign-out) stays collectable; what was garbage at those two moments is kept (a few KB).
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_settled: set[str] = set()


def settle(moment: str) -> None:
    """Freeze what is alive now, the first time `moment` ("window", "case") comes."""
    if moment not in _settled:
        _settled.add(moment)
        gc.freeze()


@contextmanager
def no_full_collections() -> Iterator[None]:
    """No full collection while long background work runs (a sync: its pages and the deadlines it rebuilds
    are many objects that live a little while, and each full collection then holds the interpreter, and so
    the window, for about 100 ms: fourteen of them in a 10,000-person first sync). Young collections go on,
    so cyclic garbage is still freed; what is left is collected as usual afterwards."""
    young, middle, full = gc.get_threshold()
    gc.set_threshold(young, middle, 1 << 30)
    try:
        yield
    finally:
        gc.set_threshold(young, middle, full)
