"""The program's one clock: "now" and "today" as Kazakhstan sees them.

RULES.md 1 counts every day in Asia/Almaty, whatever zone the machine is set to. Stored timestamps are
naive UTC (`utcnow`); a date or time shown to a person is Almaty's (`today`, `now`, `local`). Nothing
else in the program reads the clock for a date a user sees (tests/test_clock.py greps for it), so tests
travel in time with time-machine and never depend on the hour they run.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

ALMATY = ZoneInfo("Asia/Almaty")


def utcnow() -> dt.datetime:
    """Now as stored: naive UTC."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def now() -> dt.datetime:
    """Now in Almaty (aware)."""
    return dt.datetime.now(ALMATY)


def today() -> dt.date:
    """Today in Almaty (RULES.md 1: never UTC, never the machine's zone)."""
    return now().date()


def local(stamp: dt.datetime) -> dt.datetime:
    """A stored timestamp (naive UTC, or aware) as Almaty's time."""
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.UTC)
    return stamp.astimezone(ALMATY)
