"""One clock: Almaty's "today" whatever the machine's zone and hour, and nothing else reads the clock."""
from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine

from models import clock
from models.schemas.persons import PersonIn
from models.schemas.quota import EmployerHeadcountIn
from models.schemas.trafficking import ScreeningIn
from models.schemas.validation import ValidationFailed, validate

ROOT = Path(__file__).resolve().parents[1]
# A quarter to three in the morning in Almaty is still the evening before in UTC, and the day before in
# Los Angeles: the hours in which CI failed every day.
EVENING_IN_LOS_ANGELES = dt.datetime(2026, 12, 7, 13, 30, tzinfo=ZoneInfo("America/Los_Angeles"))
ALMATYS_DAY = dt.date(2026, 12, 8)

# What reads the clock for a date or time: only models/clock.py may (and this file, which names them).
CLOCK_CALLS = re.compile(r"\b(date\.today|datetime\.(now|today|utcnow)|time\.(time|localtime|gmtime)"
                         r"|QDate\.currentDate|QDateTime\.current\w*|QTime\.currentTime)\(")


def test_nothing_but_the_clock_reads_the_clock() -> None:
    found = [f"{path.relative_to(ROOT)}:{n}: {line.strip()}"
             for folder in ("models", "desktop", "tests") for path in sorted((ROOT / folder).rglob("*.py"))
             if path not in (ROOT / "models" / "clock.py", Path(__file__).resolve())
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if CLOCK_CALLS.search(line.split("#")[0])]
    assert found == []


def test_the_check_finds_what_it_forbids() -> None:
    for line in ("x = dt.date.today()", "datetime.now(ZoneInfo('UTC'))", "t = time.time()",
                 "QDate.currentDate()", "QDateTime.currentDateTime()", "dt.datetime.utcnow()"):
        assert CLOCK_CALLS.search(line), line
    for line in ("time.monotonic()", "time.perf_counter()", "clock.today()", "clock.now()"):
        assert not CLOCK_CALLS.search(line), line


@time_machine.travel(EVENING_IN_LOS_ANGELES, tick=False)
def test_today_is_almatys_whatever_the_machines_zone_and_hour() -> None:
    assert dt.date.today() == dt.date(2026, 12, 7)  # what the machine says
    assert clock.today() == ALMATYS_DAY
    assert clock.now().utcoffset() == dt.timedelta(hours=5)
    assert clock.utcnow() == dt.datetime(2026, 12, 7, 21, 30)
    assert clock.local(dt.datetime(2026, 12, 7, 21, 30)).date() == ALMATYS_DAY


@time_machine.travel(EVENING_IN_LOS_ANGELES, tick=False)
def test_the_schemas_judge_the_future_by_almatys_day() -> None:
    born_today = validate(PersonIn, {"family_name": "Әлиева", "given_name": "Айым", "citizenship": "UZB",
                                     "birth_date": ALMATYS_DAY})
    assert born_today.birth_date == ALMATYS_DAY
    with pytest.raises(ValidationFailed):
        validate(PersonIn, {"family_name": "Әлиева", "given_name": "Айым", "citizenship": "UZB",
                            "birth_date": ALMATYS_DAY + dt.timedelta(days=1)})
    # A day of slack for a screening and a headcount: Almaty's tomorrow is still accepted, not the day after.
    tomorrow, after = ALMATYS_DAY + dt.timedelta(days=1), ALMATYS_DAY + dt.timedelta(days=2)
    assert validate(ScreeningIn, _screening(tomorrow)).interviewed_on == tomorrow
    assert validate(EmployerHeadcountIn, _headcount(tomorrow)).counted_on == tomorrow
    with pytest.raises(ValidationFailed):
        validate(ScreeningIn, _screening(after))
    with pytest.raises(ValidationFailed):
        validate(EmployerHeadcountIn, _headcount(after))


def _screening(day: dt.date) -> dict:
    return {"case_id": "0" * 32, "interviewed_on": day}


def _headcount(day: dt.date) -> dict:
    return {"employer_id": "0" * 32, "counted_on": day, "managers": 1, "managers_citizens": 0,
            "specialists": 1, "specialists_citizens": 0}


@pytest.mark.skipif(not os.environ.get("QAMQOR_EVENING"), reason="only in `make test-evening`")
def test_the_evening_run_is_in_the_evening_far_from_almaty() -> None:
    """`make test-evening` really moved the clock: Almaty is already a day ahead of the machine's zone."""
    assert 21 <= dt.datetime.now(dt.UTC).hour <= 23
    assert clock.today() == dt.date.today() + dt.timedelta(days=1)
