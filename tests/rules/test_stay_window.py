"""stay.90_in_180: window counting, latest exit, overstay, planning (RULES.md section 3)."""
from __future__ import annotations

from models.rules import stay_window
from models.rules.situation import Contract, Permit, Situation
from tests.rules.helpers import RULES, by_rule, d, run, since_2000, stay

RUSSIAN = "RUS"  # EAEU: no per-entry limit, so 90/180 is seen alone


# --- The EU short-stay calculator's worked examples (RULES.md asks for the same arithmetic) ---

def test_eu_example_one_control_date():
    person = Situation(RUSSIAN, (stay("2013-06-01", "2013-07-13"), stay("2013-08-15", "2013-09-30"),
                                 stay("2014-01-01", "2014-01-30")))
    result = run(person, "2014-01-30", since_2000())
    assert result.stay.days_in_window == 77
    assert result.stay.window_start == d("2013-08-04")
    assert result.stay.latest_exit == d("2014-03-31")  # not 2014-02-12
    assert by_rule(result)["stay.90_in_180"].due == d("2014-03-31")
    assert result.stay.overstay_days == 0


def test_eu_example_two_overstay_and_planning():
    person = Situation(RUSSIAN, (stay("2013-09-01", "2013-09-30"), stay("2014-02-21", "2014-04-20"),
                                 stay("2014-05-01", "2014-06-09")), planned_entry=d("2014-08-30"))
    result = run(person, "2014-06-09", since_2000())
    assert result.stay.days_in_window == 99
    assert result.stay.overstay_days == 9
    assert result.stay.planned_max_days == 50
    ninety = by_rule(result)["stay.90_in_180"]
    assert ninety.due < d("2014-06-09") and ninety.status == "overdue"


def test_eu_example_two_planning_functions():
    person = Situation(RUSSIAN, (stay("2013-09-01", "2013-09-30"), stay("2014-02-21", "2014-04-20"),
                                 stay("2014-05-01", "2014-06-09")))
    rules = since_2000()
    as_of = d("2014-06-09")
    assert stay_window.max_stay(person, rules, d("2014-08-30"), as_of) == 50
    # Until 20 Apr leaves the window (on 17 Oct), every day added drops an old one.
    first = stay_window.earliest_entry(person, rules, 50, d("2014-06-10"), as_of)
    assert first is not None and first <= d("2014-08-30")
    assert stay_window.max_stay(person, rules, first, as_of) >= 50
    assert stay_window.max_stay(person, rules, first.fromordinal(first.toordinal() - 1), as_of) < 50
    assert stay_window.earliest_entry(person, rules, 90, d("2014-06-10"), as_of) == d("2014-09-08")
    assert stay_window.max_stay(person, rules, d("2014-09-07"), as_of) < 90


# --- The window's edge: a day counts on d+179 and not on d+180 ---

def test_a_day_counts_on_d_plus_179_not_on_d_plus_180():
    person = Situation(RUSSIAN, (stay("2024-03-01", "2024-03-01"),))
    assert run(person, "2024-08-27").stay.days_in_window == 1  # 2024-03-01 + 179
    assert run(person, "2024-08-28").stay.days_in_window == 0  # + 180


def test_reentry_on_d_plus_179_breaks_the_rule_and_on_d_plus_180_does_not():
    first = stay("2024-03-01", "2024-05-29")  # 90 days
    too_soon = Situation(RUSSIAN, (first, stay("2024-08-27")))  # 2024-03-01 + 179
    result = run(too_soon, "2024-08-27")
    assert result.stay.days_in_window == 91 and result.stay.overstay_days == 1
    assert result.stay.latest_exit == d("2024-08-26")
    assert by_rule(result)["stay.90_in_180"].status == "overdue"
    in_time = Situation(RUSSIAN, (first, stay("2024-08-28")))  # + 180
    result = run(in_time, "2024-08-28")
    assert result.stay.days_in_window == 90 and result.stay.overstay_days == 0
    # Each later day adds one and drops one of the first stay: the new stay may last its own 90 days.
    assert result.stay.latest_exit == d("2024-11-25")
    assert by_rule(result)["stay.90_in_180"].status == "ok"


def test_ninety_days_is_legal_ninety_one_is_an_overstay():
    person = Situation(RUSSIAN, (stay("2024-06-01"),))
    assert run(person, "2024-08-29").stay.days_in_window == 90
    assert run(person, "2024-08-29").stay.overstay_days == 0
    assert run(person, "2024-08-30").stay.overstay_days == 1
    assert run(person, "2024-06-01").stay.latest_exit == d("2024-08-29")


# --- Presence days: touching, overlapping, same-day, open ---

def test_touching_stays_are_not_double_counted():
    person = Situation(RUSSIAN, (stay("2024-04-01", "2024-04-10"), stay("2024-04-11", "2024-04-20")))
    assert run(person, "2024-05-01").stay.days_in_window == 20


def test_overlapping_stays_count_the_union_of_days():
    person = Situation(RUSSIAN, (stay("2024-04-01", "2024-04-10"), stay("2024-04-05", "2024-04-14")))
    assert run(person, "2024-05-01").stay.days_in_window == 14


def test_same_day_entry_and_exit_is_one_day():
    person = Situation(RUSSIAN, (stay("2024-04-01", "2024-04-01"),))
    assert run(person, "2024-05-01").stay.days_in_window == 1


def test_exit_and_reentry_on_the_same_day_counts_that_day_once():
    person = Situation(RUSSIAN, (stay("2024-04-01", "2024-04-10"), stay("2024-04-10", "2024-04-12")))
    assert run(person, "2024-05-01").stay.days_in_window == 12


def test_open_stay_is_present_through_as_of():
    person = Situation(RUSSIAN, (stay("2024-04-01"),))
    result = run(person, "2024-04-11")
    assert result.stay.present and result.stay.days_in_window == 11


def test_only_visa_free_days_count():
    person = Situation(RUSSIAN, (stay("2024-04-01", "2024-04-10", "visa"), stay("2024-04-11", "2024-04-20")))
    assert run(person, "2024-05-01").stay.days_in_window == 10


# --- Dates of effect ---

def test_days_before_27_january_2023_are_not_counted():
    person = Situation(RUSSIAN, (stay("2023-01-01"),))
    result = run(person, "2023-02-05")
    assert result.stay.days_in_window == 10  # 27 Jan to 5 Feb
    assert result.stay.latest_exit == d("2023-04-26")  # 27 Jan + 89
    assert by_rule(result)["stay.90_in_180"].rule_version == "stay.90_in_180@2023-01-27"


def test_the_rule_applies_from_27_january_2023_and_not_before():
    person = Situation(RUSSIAN, (stay("2022-07-01", "2023-01-26"),))
    assert run(person, "2023-01-26").stay.days_in_window == 0
    person = Situation(RUSSIAN, (stay("2022-07-01", "2023-01-27"),))
    assert run(person, "2023-01-27").stay.days_in_window == 1


def test_leap_year_february_has_29_counted_days():
    assert run(Situation(RUSSIAN, (stay("2024-02-01"),)), "2024-02-01").stay.latest_exit == d("2024-04-30")
    assert run(Situation(RUSSIAN, (stay("2023-02-01"),)), "2023-02-01").stay.latest_exit == d("2023-05-01")


# --- Exemptions ---

def test_exempt_category_starts_mid_stay_on_25_february_2024():
    driver = Situation(RUSSIAN, (stay("2024-01-01"),), exempt_category="international_driver")
    before = run(driver, "2024-02-24")
    assert before.stay.days_in_window == 55
    after = run(driver, "2024-03-10")
    assert after.stay.days_in_window == 55  # nothing counted from 25 Feb
    assert "stay.90_in_180" not in by_rule(after)
    assert after.stay.latest_exit is None  # EAEU: no per-entry limit either
    plain = run(Situation(RUSSIAN, (stay("2024-01-01"),)), "2024-03-10")
    assert by_rule(plain)["stay.90_in_180"].due == d("2024-03-30")


def test_exempt_category_does_not_apply_before_its_date():
    driver = Situation(RUSSIAN, (stay("2023-06-01"),), exempt_category="aircraft_crew")
    assert run(driver, "2023-07-01").stay.latest_exit == d("2023-08-29")


def test_exempt_category_keeps_the_per_entry_limit():
    driver = Situation("UZB", (stay("2024-05-10"),), exempt_category="international_driver")
    result = run(driver, "2024-06-01")
    assert "stay.90_in_180" not in by_rule(result)
    assert result.stay.latest_exit == d("2024-06-08")


def test_residence_permit_from_mid_stay_stops_the_count():
    person = Situation(RUSSIAN, (stay("2024-01-01"),),
                       permits=(Permit("temporary_residence", d("2024-02-01"), d("2024-12-31")),))
    result = run(person, "2024-03-01")
    assert result.stay.days_in_window == 31
    assert result.stay.latest_exit == d("2025-03-31")  # counting resumes on 1 Jan 2025


def test_work_permit_is_not_a_residence_permit():
    person = Situation(RUSSIAN, (stay("2024-01-01"),),
                       permits=(Permit("work_permit", d("2024-02-01"), d("2024-12-31")),))
    assert run(person, "2024-03-01").stay.days_in_window == 61


def test_eaeu_contract_exempts_eaeu_citizens_only():
    contract = (Contract(d("2024-02-01"), None),)
    russian = run(Situation(RUSSIAN, (stay("2024-01-01"),), contracts=contract), "2024-03-01")
    assert russian.stay.days_in_window == 31 and "stay.90_in_180" not in by_rule(russian)
    uzbek = run(Situation("UZB", (stay("2024-01-01"),), contracts=contract), "2024-03-01")
    assert uzbek.stay.days_in_window == 61


def test_contract_end_day_is_still_exempt():
    contract = (Contract(d("2024-02-01"), d("2024-02-10")),)
    result = run(Situation(RUSSIAN, (stay("2024-01-01"),), contracts=contract), "2024-03-01")
    assert result.stay.days_in_window == 61 - 10


# --- Listing and the three-year horizon ---

def test_not_listed_for_a_stay_that_is_not_visa_free():
    result = run(Situation(RUSSIAN, (stay("2024-01-01", None, "visa"),)), "2024-03-01")
    assert "stay.90_in_180" not in by_rule(result)


def test_not_listed_when_permanently_exempt():
    person = Situation(RUSSIAN, (stay("2024-01-01"),),
                       permits=(Permit("permanent_residence", d("2024-01-01"), None),))
    result = run(person, "2024-03-01")
    assert "stay.90_in_180" not in by_rule(result) and result.stay.latest_exit is None


def test_breach_just_inside_and_just_outside_three_years():
    # Counting resumes the day after the permit; the 91st counted day is then 90 days later.
    inside = Situation(RUSSIAN, (stay("2024-06-01"),),
                       permits=(Permit("temporary_residence", d("2024-06-01"), d("2027-03-02")),))
    result = run(inside, "2024-06-01")
    assert by_rule(result)["stay.90_in_180"].due == d("2027-05-31")  # breach 2027-06-01 = as_of + 3 years
    outside = Situation(RUSSIAN, (stay("2024-06-01"),),
                        permits=(Permit("temporary_residence", d("2024-06-01"), d("2027-03-03")),))
    result = run(outside, "2024-06-01")
    assert "stay.90_in_180" not in by_rule(result) and result.stay.latest_exit is None


def test_public_functions_agree_with_the_engine():
    person = Situation("UZB", (stay("2024-01-10", "2024-02-05"), stay("2024-05-10")))
    assert stay_window.days_in_window(person, RULES, d("2024-06-01")) == 50
    assert stay_window.overstay_days(person, RULES, d("2024-06-01")) == 0
    assert stay_window.last_legal_day(person, RULES, d("2024-05-10"), d("2024-06-01")) == d("2024-08-07")


def test_planning_with_a_full_window_behind():
    person = Situation(RUSSIAN, (stay("2024-01-01", "2024-03-30"),))  # 90 days
    as_of = d("2024-04-15")
    assert stay_window.max_stay(person, RULES, d("2024-06-28"), as_of) == 0
    assert stay_window.max_stay(person, RULES, d("2024-06-29"), as_of) == 90
    assert stay_window.earliest_entry(person, RULES, 90, as_of, as_of) == d("2024-06-29")
    assert stay_window.earliest_entry(person, RULES, 1, as_of, as_of) == d("2024-06-29")
    assert stay_window.earliest_entry(person, RULES, 91, as_of, as_of) is None


def test_planning_assumes_an_open_stay_ends_on_as_of():
    person = Situation(RUSSIAN, (stay("2024-04-01"),), planned_entry=d("2024-06-01"))
    result = run(person, "2024-04-10")  # 10 days so far
    assert result.stay.planned_max_days == 80
