"""registration.deadline (RULES.md section 3)."""
from __future__ import annotations

from datetime import date

from models.rules.ruleset import RuleVersion
from models.rules.situation import Registration, Situation
from tests.rules.helpers import RULES, by_rule, d, run, stay


def registration(person: Situation, as_of: str, ruleset=RULES):
    return by_rule(run(person, as_of, ruleset)).get("registration.deadline")


def test_five_calendar_days_after_entry():
    ob = registration(Situation("UZB", (stay("2024-05-10"),)), "2024-05-12")
    assert (ob.due, ob.status, ob.days_left) == (d("2024-05-15"), "due_soon", 3)
    assert ob.rule_version == "registration.deadline@2012-01-01"


def test_registered_on_the_due_day_is_met_one_day_later_is_not():
    on_time = Situation("UZB", (stay("2024-05-10"),), registrations=(Registration(d("2024-05-15")),))
    assert registration(on_time, "2024-06-01").status == "met"
    late = Situation("UZB", (stay("2024-05-10"),), registrations=(Registration(d("2024-05-16")),))
    ob = registration(late, "2024-06-01")
    assert ob.status == "overdue" and "Registered late, on 16 May 2024" in ob.explanation()


def test_registration_before_entry_belongs_to_an_earlier_stay():
    person = Situation("UZB", (stay("2024-05-10"),), registrations=(Registration(d("2024-05-09")),))
    assert registration(person, "2024-06-01").status == "overdue"


def test_registration_dated_after_as_of_is_not_yet_done():
    person = Situation("UZB", (stay("2024-05-10"),), registrations=(Registration(d("2024-05-14")),))
    assert registration(person, "2024-05-13").status == "due_soon"
    assert registration(person, "2024-05-14").status == "met"


def test_left_before_the_deadline_is_met():
    person = Situation("UZB", (stay("2024-05-10", "2024-05-12"),))
    assert registration(person, "2024-05-12").status == "met"


def test_register_30_nationals_have_thirty_days():
    ob = registration(Situation("TJK", (stay("2024-05-10"),)), "2024-06-01")
    assert (ob.due, ob.status) == (d("2024-06-09"), "ok")
    assert registration(Situation("KGZ", (stay("2024-05-10"),)), "2024-06-01").due == d("2024-06-09")


def test_visa_free_other_nationals_are_registered_on_entry():
    ob = registration(Situation("KOR", (stay("2024-05-10"),)), "2024-06-01")
    assert (ob.due, ob.status) == (d("2024-05-10"), "met")
    on_a_visa = registration(Situation("KOR", (stay("2024-05-10", None, "visa"),)), "2024-06-01")
    assert on_a_visa.due == d("2024-05-15")


def test_not_applicable_to_residents_refugees_asylum_seekers_diplomats():
    for basis in ("residence_permit", "refugee", "asylum_seeker", "diplomatic"):
        assert registration(Situation("AFG", (stay("2024-05-10", None, basis),)), "2024-06-01") is None
    for basis in ("visa", "other"):
        assert registration(Situation("AFG", (stay("2024-05-10", None, basis),)), "2024-06-01") is not None


def test_only_the_current_stay():
    assert registration(Situation("UZB", (stay("2024-01-10", "2024-02-05"),)), "2024-06-01") is None


def test_a_working_day_version_applies_from_its_date_and_not_before():
    working = RULES.with_versions([RuleVersion.create(
        "registration.deadline", date(2024, 3, 1),
        {"days": 3, "day_kind": "working", "deferred_groups": ["REGISTER_30"], "deferred_days": 30,
         "simplified_groups": ["VISA_FREE_OTHER"],
         "not_applicable_bases": ["residence_permit", "refugee", "asylum_seeker", "diplomatic"]},
        "Test version: three working days")])
    # 21-23 March Nauryz, 24 Sunday, 25 March Nauryz observed: the third working day is 28 March.
    ob = registration(Situation("UZB", (stay("2024-03-20"),)), "2024-03-21", working)
    assert (ob.due, ob.rule_version) == (d("2024-03-28"), "registration.deadline@2024-03-01")
    assert "3 working days" in ob.explanation()
    before = registration(Situation("UZB", (stay("2024-02-29"),)), "2024-03-01", working)
    assert (before.due, before.rule_version) == (d("2024-03-05"), "registration.deadline@2012-01-01")
