"""proceedings.appeal — appeal an administrative decision within 10 calendar days (RULES.md section 3)."""
from __future__ import annotations

import json
from datetime import date

import pytest

from models.rules.ruleset import RuleSet, RuleVersion
from models.rules.situation import Proceeding, Situation
from models.schemas.situation import SituationInputError, parse_situation
from tests.rules.helpers import RULES, d, run, stay
from tests.rules.test_cli import qamqor


def appeals(result):
    return [o for o in result.obligations if o.rule == "proceedings.appeal"]


DECIDED = Situation("UZB", (stay("2024-05-20"),), proceedings=(Proceeding(d("2024-06-03")),))


def test_day_ten_after_the_decision_is_the_last_day_to_appeal():
    [last_day] = appeals(run(DECIDED, "2024-06-13"))
    assert (last_day.due, last_day.status, last_day.days_left) == (d("2024-06-13"), "due_soon", 0)
    [day_eleven] = appeals(run(DECIDED, "2024-06-14"))
    assert (day_eleven.status, day_eleven.days_left) == ("overdue", -1)
    [on_decision_day] = appeals(run(DECIDED, "2024-06-03"))
    assert (on_decision_day.status, on_decision_day.days_left) == ("ok", 10)


def test_the_alert_says_legal_aid_should_be_offered():
    [appeal] = appeals(run(DECIDED, "2024-06-10"))
    assert "legal aid" in appeal.explanation("en") and "13 June 2024" in appeal.explanation("en")
    assert "юридическую помощь" in appeal.explanation("ru")
    assert "заң көмегін" in appeal.explanation("kk")
    assert "[004:L815]" in appeal.explanation("en")


def test_an_appeal_on_day_ten_is_in_time_and_on_day_eleven_late():
    in_time = Situation("UZB", proceedings=(Proceeding(d("2024-06-03"), d("2024-06-13")),))
    [appeal] = appeals(run(in_time, "2024-06-20"))
    assert (appeal.status, appeal.days_late) == ("met", None)
    assert "legal aid" not in appeal.explanation("en")
    late = Situation("UZB", proceedings=(Proceeding(d("2024-06-03"), d("2024-06-14")),))
    [appeal] = appeals(run(late, "2024-06-20"))
    assert (appeal.status, appeal.days_late) == ("met", 1)
    assert "1 day late" in appeal.explanation("en")


def test_an_appeal_dated_after_as_of_is_not_done_yet():
    planned = Situation("UZB", proceedings=(Proceeding(d("2024-06-03"), d("2024-06-12")),))
    [appeal] = appeals(run(planned, "2024-06-11"))
    assert appeal.status == "due_soon"


def test_one_obligation_per_decision_sorted_by_due():
    two = Situation("UZB", proceedings=(Proceeding(d("2024-06-20")), Proceeding(d("2024-06-01"), d("2024-06-05"))))
    found = appeals(run(two, "2024-06-21"))
    assert [(o.due, o.status) for o in found] == [(d("2024-06-11"), "met"), (d("2024-06-30"), "ok")]


def test_applies_from_the_version_in_force_on_the_decision_day():
    """An administrator's later version (say, 15 days from 2025) governs decisions from its day on, not before."""
    longer = RULES.with_versions([RuleVersion.create("proceedings.appeal", date(2025, 1, 1),
                                                     {"days": 15, "day_kind": "calendar"}, "test [004:L815]")])
    before = Situation("UZB", proceedings=(Proceeding(d("2024-12-31")),))
    after = Situation("UZB", proceedings=(Proceeding(d("2025-01-01")),))
    assert appeals(run(before, "2025-01-02", longer))[0].due == d("2025-01-10")
    assert appeals(run(after, "2025-01-02", longer))[0].due == d("2025-01-16")
    only_later = RuleSet(
        [v for v in RULES.all_versions() if v.rule != "proceedings.appeal"]
        + [RuleVersion.create("proceedings.appeal", date(2025, 1, 1), {"days": 10, "day_kind": "calendar"},
                              "test [004:L815]")], RULES.groups())
    assert appeals(run(before, "2025-01-02", only_later)) == []
    assert len(appeals(run(after, "2025-01-02", only_later))) == 1


def test_the_default_version_is_cited_with_its_verification_note():
    [version] = RULES.versions_of("proceedings.appeal")
    assert version.params == {"days": 10, "day_kind": "calendar"}
    assert "[004:L815]" in version.citation and "[004:L797]" in version.citation
    assert "Code of Administrative Offences" in version.verification
    assert version.citation_in("ru") != version.citation and version.verification_in("kk") != version.verification


def test_rules_eval_takes_a_proceedings_list_and_answers_one_appeal_per_decision():
    done = qamqor("rules", "eval", stdin='{"as_of": "2024-06-14", "citizenship": "UZB", "proceedings": ['
                                         '{"decided": "2024-06-03", "appealed": null},'
                                         '{"decided": "2024-06-01", "appealed": "2024-06-05"}]}')
    assert done.returncode == 0, done.stderr
    found = [(o["rule"], o["due"], o["status"], o["days_left"]) for o in json.loads(done.stdout)["obligations"]]
    assert found == [("proceedings.appeal", "2024-06-11", "met", -3),
                     ("proceedings.appeal", "2024-06-13", "overdue", -1)]


def test_rules_eval_refuses_an_appeal_before_its_decision_naming_the_field():
    with pytest.raises(SituationInputError, match=r"^proceedings\[0\]\.appealed: must not be before decided"):
        parse_situation('{"as_of": "2024-06-14", "citizenship": "UZB", '
                        '"proceedings": [{"decided": "2024-06-03", "appealed": "2024-06-02"}]}')
    with pytest.raises(SituationInputError, match=r"^proceedings\[0\]\.decided: missing required field"):
        parse_situation('{"as_of": "2024-06-14", "citizenship": "UZB", "proceedings": [{"appealed": null}]}')
