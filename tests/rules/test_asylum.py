"""asylum.apply_by — apply for asylum within 5 calendar days of the entry (RULES.md section 3)."""
from __future__ import annotations

import json
from datetime import date

import pytest

from models.rules.ruleset import RuleSet, RuleVersion
from models.rules.situation import AsylumClaim, Situation
from models.schemas.situation import SituationInputError, parse_situation
from tests.rules.helpers import RULES, by_rule, d, run, stay
from tests.rules.test_cli import qamqor

SEEKS = AsylumClaim(None)


def apply_by(result):
    return [o for o in result.obligations if o.rule == "asylum.apply_by"]


def test_the_entry_day_is_day_zero_and_the_fifth_day_after_it_the_last():
    person = Situation("AFG", (stay("2024-06-03", basis="asylum_seeker"),), asylum=SEEKS)
    [on_entry] = apply_by(run(person, "2024-06-03"))
    assert (on_entry.due, on_entry.status, on_entry.days_left) == (d("2024-06-08"), "due_soon", 5)
    [last_day] = apply_by(run(person, "2024-06-08"))
    assert (last_day.status, last_day.days_left) == ("due_soon", 0)
    [day_six] = apply_by(run(person, "2024-06-09"))
    assert (day_six.status, day_six.days_left) == ("overdue", -1)
    assert "8 June 2024" in day_six.explanation("en") and "[004:L811]" in day_six.explanation("en")
    assert "8 июня 2024" in day_six.explanation("ru") and "2024 жылғы 8 маусым" in day_six.explanation("kk")


def test_counted_from_the_current_stay_not_an_earlier_one():
    person = Situation("AFG", (stay("2023-01-01", "2023-02-01"), stay("2024-06-03")), asylum=SEEKS)
    assert apply_by(run(person, "2024-06-04"))[0].due == d("2024-06-08")


def test_not_listed_once_applied_the_decision_deadlines_take_over():
    person = Situation("AFG", (stay("2024-06-03"),), asylum=AsylumClaim(d("2024-06-05")))
    result = by_rule(run(person, "2024-06-10"))
    assert "asylum.apply_by" not in result and "asylum.decision" in result


def test_not_listed_when_the_person_is_not_present_or_does_not_seek_asylum():
    left = Situation("AFG", (stay("2024-06-03", "2024-06-04"),), asylum=SEEKS)
    assert apply_by(run(left, "2024-06-06")) == []
    nothing_known = Situation("AFG", asylum=SEEKS)
    assert apply_by(run(nothing_known, "2024-06-06")) == []
    not_seeking = Situation("AFG", (stay("2024-06-03"),))
    assert apply_by(run(not_seeking, "2024-06-06")) == []
    # Without an application there is no decision to wait for either.
    assert not {"asylum.decision", "asylum.decision_max"} & set(by_rule(run(
        Situation("AFG", (stay("2024-06-03"),), asylum=SEEKS), "2024-06-06")))


def test_applies_from_the_version_in_force_on_the_entry_day():
    later = [RuleVersion.create("asylum.apply_by", date(2025, 1, 1), {"days": 5, "day_kind": "calendar"},
                                "test [004:L811]")]
    only_later = RuleSet([v for v in RULES.all_versions() if v.rule != "asylum.apply_by"] + later, RULES.groups())
    before = Situation("AFG", (stay("2024-12-31"),), asylum=SEEKS)
    after = Situation("AFG", (stay("2025-01-01"),), asylum=SEEKS)
    assert apply_by(run(before, "2025-01-02", only_later)) == []
    assert apply_by(run(after, "2025-01-02", only_later))[0].due == d("2025-01-06")


def test_the_default_version_is_cited_with_its_verification_note():
    [version] = RULES.versions_of("asylum.apply_by")
    assert version.params == {"days": 5, "day_kind": "calendar"}
    assert "[004:L811]" in version.citation
    assert "Law on Refugees" in version.verification


def test_rules_eval_takes_asylum_registered_null():
    done = qamqor("rules", "eval", stdin='{"as_of": "2024-06-09", "citizenship": "AFG", "stays": ['
                                         '{"entry": "2024-06-03", "exit": null, "basis": "asylum_seeker"}],'
                                         '"asylum": {"registered": null, "decided": null}}')
    assert done.returncode == 0, done.stderr
    found = [(o["rule"], o["due"], o["status"]) for o in json.loads(done.stdout)["obligations"]]
    assert found == [("asylum.apply_by", "2024-06-08", "overdue")]


def test_rules_eval_refuses_a_decision_without_an_application():
    with pytest.raises(SituationInputError, match=r"^asylum\.decided: must be null while registered is null"):
        parse_situation('{"as_of": "2024-06-14", "citizenship": "AFG", '
                        '"asylum": {"registered": null, "decided": "2024-06-10"}}')
