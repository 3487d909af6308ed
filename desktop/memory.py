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

_settled: set[str] = set()


def settle(moment: str) -> None:
    """Freeze what is alive now, the first time `moment` ("window", "case") comes."""
    if moment not in _settled:
        _settled.add(moment)
        gc.freeze()
