"""The stay planner answers every stay limit and names the one that binds (RULES.md, Planning)."""
from __future__ import annotations

import json

from models.rules import planning
from models.rules.situation import Permit, Situation
from tests.rules.helpers import RULES, d, run, since_2000, stay
from tests.rules.test_cli import qamqor

AS_OF = d("2024-06-01")


def plan(person: Situation, entry: str, rules=RULES, as_of=AS_OF) -> planning.StayPlan:
    return planning.plan_stay(person, rules, d(entry), as_of)


def test_an_uzbek_or_georgian_citizen_gets_30_days_per_entry_not_90():
    for country in ("UZB", "GEO", "KOR"):
        answer = plan(Situation(country), "2024-07-01")
        assert (answer.days, answer.binding, answer.assumes_registration) == (30, ("stay.per_entry",), False)


def test_a_tajik_citizen_gets_90_days_taken_to_register_in_time():
    answer = plan(Situation("TJK"), "2024-07-01")
    assert (answer.days, answer.binding, answer.assumes_registration) == (90, ("stay.per_entry", "stay.90_in_180"),
                                                                          True)


def test_the_90_in_180_rule_binds_when_the_window_is_fuller():
    # 81 days in March-May: 9 days left in early June, fewer than the 30 per entry.
    answer = plan(Situation("UZB", (stay("2024-03-01", "2024-05-20"),)), "2024-06-01")
    assert (answer.days, answer.binding) == (9, ("stay.90_in_180",))
    tajik = plan(Situation("TJK", (stay("2024-03-01", "2024-05-20"),)), "2024-06-01")
    assert (tajik.days, tajik.binding, tajik.assumes_registration) == (9, ("stay.90_in_180",), False)


def test_an_eaeu_citizen_is_under_90_in_180_alone():
    answer = plan(Situation("RUS"), "2024-07-01")
    assert (answer.days, answer.binding) == (90, ("stay.90_in_180",))


def test_an_exempt_category_still_has_its_30_days_per_entry():
    answer = plan(Situation("UZB", exempt_category="courier"), "2024-07-01")
    assert (answer.days, answer.binding) == (30, ("stay.per_entry",))


def test_a_residence_permit_carries_the_per_entry_limit_to_its_end():
    person = Situation("UZB", permits=(Permit("temporary_residence", d("2024-07-20"), d("2024-12-31")),))
    # 90/180 does not count the permit's days: 19 days before it, and the stay may go on to its end.
    answer = plan(person, "2024-07-01")
    assert answer.days == (d("2024-12-31") - d("2024-07-01")).days + 1
    assert answer.binding == ("stay.per_entry",)


def test_a_kazakh_citizen_has_no_limit():
    assert plan(Situation("KAZ"), "2024-07-01").days is None


def test_the_eu_worked_example_still_allows_50_days():
    person = Situation("RUS", (stay("2013-09-01", "2013-09-30"), stay("2014-02-21", "2014-04-20"),
                               stay("2014-05-01", "2014-06-09")))
    answer = plan(person, "2014-08-30", since_2000(), d("2014-06-09"))
    assert (answer.days, answer.binding) == (50, ("stay.90_in_180",))


def test_the_engine_and_rules_eval_answer_the_same():
    assert run(Situation("UZB", planned_entry=d("2024-07-01")), "2024-06-01").stay.planned_max_days == 30
    done = qamqor("rules", "eval", stdin=json.dumps({"as_of": "2024-06-01", "citizenship": "UZB",
                                                     "planned_entry": "2024-07-01"}))
    assert done.returncode == 0, done.stderr
    stay_part = json.loads(done.stdout)["stay"]
    assert stay_part["planned_max_days"] == 30
    assert list(stay_part) == ["present", "days_in_window", "window_start", "latest_exit", "overstay_days",
                               "planned_max_days"]  # RULES.md section 4, key for key
    tajik = qamqor("rules", "eval", stdin=json.dumps({"as_of": "2024-06-01", "citizenship": "TJK",
                                                      "planned_entry": "2024-07-01"}))
    assert json.loads(tajik.stdout)["stay"]["planned_max_days"] == 90
