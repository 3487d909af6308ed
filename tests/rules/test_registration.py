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


def test_registered_on_the_due_day_is_met_in_time_one_day_later_is_met_late():
    on_time = registration(Situation("UZB", (stay("2024-05-10"),), registrations=(Registration(d("2024-05-15")),)),
                           "2024-06-01")
    assert (on_time.status, on_time.days_late) == ("met", None)
    late = Situation("UZB", (stay("2024-05-10"),), registrations=(Registration(d("2024-05-16")),))
    ob = registration(late, "2024-06-01")
    assert (ob.status, ob.days_late) == ("met", 1)
    assert "Registered on 16 May 2024, 1 day late" in ob.explanation()


def test_a_late_registration_is_done_and_says_how_late():
    """Issue 28 item 3: entered 17.11, due 22.11, registered 24.11 — no longer overdue for ever."""
    person = Situation("UZB", (stay("2026-11-17"),), registrations=(Registration(d("2026-11-24")),))
    before = registration(person, "2026-11-23")  # not registered yet: overdue
    assert (before.due, before.status, before.days_late) == (d("2026-11-22"), "overdue", None)
    ob = registration(person, "2026-12-08")
    assert (ob.due, ob.status, ob.days_late) == (d("2026-11-22"), "met", 2)
    assert "Registered on 24 November 2026, 2 days late" in ob.explanation()
    assert "24 ноября 2026, с опозданием на 2 дня" in ob.explanation("ru")
    assert "мерзімінен 2 күн кеш" in ob.explanation("kk")
    assert ob.to_dict()["days_late"] == 2 and "days_late" not in registration(before_due(), "2024-05-12").to_dict()


def before_due() -> Situation:
    return Situation("UZB", (stay("2024-05-10"),))


def test_the_source_cited_is_the_one_applied():
    """Issue 28 item 6: an Uzbek's five days cite the five-day rule, not the Tajik agreement."""
    uzbek = registration(Situation("UZB", (stay("2026-11-17"),)), "2026-11-18")
    assert uzbek.due == d("2026-11-22") and uzbek.rule_version == "registration.deadline@2012-01-01"
    for lang in ("en", "ru", "kk"):
        assert "[001:L100]" in uzbek.explanation(lang) and "[001:L37]" not in uzbek.explanation(lang)
    assert "[001:L37]" not in uzbek.source
    tajik = registration(Situation("TJK", (stay("2026-11-17"),)), "2026-11-18")
    assert (tajik.rule, tajik.rule_version) == ("registration.deadline", "registration.deferred@2012-01-01")
    assert "[001:L37]" in tajik.source and "[001:L100]" not in tajik.source
    korean = registration(Situation("KOR", (stay("2026-11-17"),)), "2026-11-18")
    assert (korean.rule, korean.rule_version) == ("registration.deadline", "registration.simplified@2012-01-01")
    assert "[004:L148]" in korean.explanation("kk") and "[001:L100]" not in korean.source


def test_the_deferral_applies_from_its_date_and_not_before():
    version = RULES.versions_of("registration.deferred")[0]
    dated = RULES.with_versions([RuleVersion.create(
        "registration.deferred", version.effective_from, version.params, version.citation,
        effective_to=date(2018, 2, 28)), RuleVersion.create(
        "registration.deferred", date(2018, 3, 1), version.params, "Agreement of March 2018 (test)")])
    assert registration(Situation("TJK", (stay("2018-03-01"),)), "2018-03-02", dated).due == d("2018-03-31")
    ended = RULES.with_versions([RuleVersion.create(
        "registration.deferred", version.effective_from, version.params, version.citation,
        effective_to=date(2018, 2, 28))])
    assert registration(Situation("TJK", (stay("2018-03-01"),)), "2018-03-02", ended).due == d("2018-03-06")
    assert registration(Situation("TJK", (stay("2018-02-28"),)), "2018-03-02", ended).due == d("2018-03-30")


def test_a_stored_version_with_the_parameters_of_before_issue_28_still_loads():
    class Record:  # an office's row written before the deferral became a rule of its own
        rule, effective_from, effective_to = "registration.deadline", date(2024, 3, 1), None
        citation, verification = "Office's version", ""
        params = {"days": 3, "day_kind": "calendar", "deferred_groups": ["REGISTER_30"], "deferred_days": 30,
                  "simplified_groups": ["VISA_FREE_OTHER"], "not_applicable_bases": ["diplomatic"]}

    ruleset = RULES.with_versions([RuleVersion.from_record(Record())])
    assert registration(Situation("UZB", (stay("2024-03-04"),)), "2024-03-05", ruleset).due == d("2024-03-07")


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
        {"days": 3, "day_kind": "working",
         "not_applicable_bases": ["residence_permit", "refugee", "asylum_seeker", "diplomatic"]},
        "Test version: three working days")])
    # 21-23 March Nauryz, 24 Sunday, 25 March Nauryz observed: the third working day is 28 March.
    ob = registration(Situation("UZB", (stay("2024-03-20"),)), "2024-03-21", working)
    assert (ob.due, ob.rule_version) == (d("2024-03-28"), "registration.deadline@2024-03-01")
    assert "3 working days" in ob.explanation()
    before = registration(Situation("UZB", (stay("2024-02-29"),)), "2024-03-01", working)
    assert (before.due, before.rule_version) == (d("2024-03-05"), "registration.deadline@2012-01-01")


def test_rules_eval_on_a_file_answers_met_and_how_late(tmp_path):
    """RULES.md section 4 through the command, as the issue's Uzbek: entered 17.11, registered 24.11, due 22.11."""
    import json

    from tests.rules.test_cli import qamqor

    path = tmp_path / "uzbek.json"
    path.write_text(json.dumps({"as_of": "2026-12-08", "citizenship": "UZB",
                                "stays": [{"entry": "2026-11-17", "exit": None, "basis": "visa_free"}],
                                "registrations": [{"date": "2026-11-24"}]}), encoding="utf-8")
    done = qamqor("rules", "eval", str(path), "--lang", "ru")
    assert done.returncode == 0, done.stderr
    found = {o["rule"]: o for o in json.loads(done.stdout)["obligations"]}["registration.deadline"]
    assert (found["due"], found["status"], found["days_left"], found["days_late"]) == ("2026-11-22", "met", -16, 2)
    assert "с опозданием на 2 дня" in found["explanation"] and "[001:L37]" not in found["source"]
