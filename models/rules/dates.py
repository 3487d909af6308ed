"""Counting conventions shared by every rule (RULES.md section 1).

- A deadline "within N days of X" is `X + N days` (the period starts the day
  after X); with working days, N working days after X, skipping Saturdays,
  Sundays and Kazakhstan public holidays from the `holidays` package. A
  deadline is never moved later because it falls on a weekend.
- `X + n months` is the same day of month, clamped to the month's last day
  (`dateutil.relativedelta` semantics, written out here because it is on the
  hot path and is three lines).
- Status at `as_of`: met, overdue (`due < as_of`), due_soon
  (`0 <= due - as_of <= due_soon_days`), otherwise ok.

No function here reads the clock: "today" is always an argument.
"""
from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import lru_cache

import holidays

MET, OVERDUE, DUE_SOON, OK = "met", "overdue", "due_soon", "ok"
# "Upcoming" means due within 7 days (STYLE.md, after Primero; RULES.md section 1): the one home of the number.
DUE_SOON_DAYS = 7
DAY_KINDS = ("calendar", "working")


def add_months(day: date, months: int) -> date:
    """`day` plus `months` (negative: minus), clamped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    if day.day <= 28:  # every month has it: skip the month-length lookup
        return date(year, month, day.day)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def add_years(day: date, years: int) -> date:
    """`day` plus `years`; 29 February becomes 28 February in a common year (as add_months(day, 12 * years))."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


@lru_cache(maxsize=64)
def _kz_holidays(year: int) -> frozenset[date]:
    # Includes the government's transferred days off ("Day off (substituted from …)"):
    # they are non-working days too.
    return frozenset(holidays.country_holidays("KZ", years=year))


def is_working_day(day: date) -> bool:
    """Monday to Friday and not a Kazakhstan public holiday or transferred day off."""
    return day.weekday() < 5 and day not in _kz_holidays(day.year)


def add_working_days(day: date, n: int) -> date:
    """The n-th working day after `day` (`day` itself is never counted); n = 0 gives `day`."""
    if n < 0:
        raise ValueError("n must not be negative")
    one = timedelta(days=1)
    while n:
        day += one
        if is_working_day(day):
            n -= 1
    return day


def add_days(day: date, n: int, day_kind: str = "calendar") -> date:
    """`day` plus n calendar days, or n working days when `day_kind` is "working"."""
    if day_kind == "working":
        return add_working_days(day, n)
    if day_kind != "calendar":
        raise ValueError(f"unknown day kind {day_kind!r}")
    return day + timedelta(days=n)


def status_of(due: date, as_of: date, met: bool, due_soon_days: int = DUE_SOON_DAYS) -> str:
    """"met", "overdue", "due_soon" or "ok" for an obligation due on `due`, seen on `as_of`."""
    return status_from_days_left((due - as_of).days, met, due_soon_days)


def status_from_days_left(days_left: int, met: bool, due_soon_days: int = DUE_SOON_DAYS) -> str:
    """`status_of` when `days_left = due - as_of` is already known."""
    if met:
        return MET
    if days_left < 0:
        return OVERDUE
    if days_left <= due_soon_days:
        return DUE_SOON
    return OK
