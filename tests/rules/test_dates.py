"""Counting conventions (RULES.md section 1)."""
from __future__ import annotations

from datetime import date

import pytest

from models.rules.dates import add_days, add_months, add_working_days, add_years, status_of
from tests.rules.helpers import d


def test_month_end_clamping():
    assert add_months(d("2024-01-31"), 1) == d("2024-02-29")
    assert add_months(d("2023-01-31"), 1) == d("2023-02-28")
    assert add_months(d("2024-03-31"), -1) == d("2024-02-29")
    assert add_months(d("2024-05-31"), -1) == d("2024-04-30")
    assert add_months(d("2024-11-30"), 3) == d("2025-02-28")
    assert add_months(d("2024-12-15"), 1) == d("2025-01-15")
    assert add_months(d("2024-01-15"), -1) == d("2023-12-15")
    assert add_years(d("2024-02-29"), 1) == d("2025-02-28")
    assert add_years(d("2024-02-29"), 4) == d("2028-02-29")


def test_working_days_skip_weekends_and_kazakhstan_holidays():
    assert add_working_days(d("2024-06-07"), 1) == d("2024-06-10")  # Friday -> Monday
    assert add_working_days(d("2024-03-20"), 1) == d("2024-03-26")  # Nauryz 21-23, observed 25
    assert add_working_days(d("2024-05-06"), 2) == d("2024-05-13")  # 7 May, 8 May (transferred), 9 May off
    assert add_working_days(d("2024-12-31"), 1) == d("2025-01-06")  # 1-2 Jan, 3 Jan transferred day off
    assert add_working_days(d("2024-06-08"), 0) == d("2024-06-08")
    with pytest.raises(ValueError):
        add_working_days(d("2024-06-08"), -1)


def test_calendar_deadline_is_not_moved_off_a_weekend():
    assert add_days(d("2024-06-03"), 5) == d("2024-06-08")  # a Saturday, kept
    with pytest.raises(ValueError):
        add_days(d("2024-06-03"), 5, "lunar")


@pytest.mark.parametrize("due, status", [
    ("2024-05-31", "overdue"), ("2024-06-01", "due_soon"), ("2024-06-08", "due_soon"), ("2024-06-09", "ok")])
def test_status_boundaries(due, status):
    assert status_of(d(due), date(2024, 6, 1), met=False) == status
    assert status_of(d(due), date(2024, 6, 1), met=True) == "met"


def test_due_soon_is_a_setting():
    assert status_of(d("2024-06-11"), d("2024-06-01"), False, due_soon_days=10) == "due_soon"
    assert status_of(d("2024-06-02"), d("2024-06-01"), False, due_soon_days=0) == "ok"
