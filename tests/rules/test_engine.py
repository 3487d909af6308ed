"""evaluate(): the RULES.md section 4 example, ordering, presence, laziness."""
from __future__ import annotations

import pytest

from models.rules import obligation as obligation_module
from models.rules.engine import evaluate
from models.rules.situation import Permit, Registration, Situation
from tests.rules.helpers import RULES, d, run, stay

EXAMPLE = Situation("UZB", (stay("2024-01-10", "2024-02-05"), stay("2024-05-10")),
                    registrations=(Registration(d("2024-05-13")),),
                    permits=(Permit("work_permit", d("2024-05-20"), d("2025-05-19")),))


def test_rules_md_example():
    result = run(EXAMPLE, "2024-06-01").to_dict()
    assert result["as_of"] == "2024-06-01"
    assert [(o["rule"], o["due"], o["status"], o["days_left"]) for o in result["obligations"]] == [
        ("registration.deadline", "2024-05-15", "met", -17),
        ("stay.per_entry", "2024-06-08", "due_soon", 7),
        ("stay.90_in_180", "2024-08-07", "ok", 67),
        ("permit.expiry", "2025-05-19", "ok", 352),
    ]
    assert result["stay"] == {"present": True, "days_in_window": 50, "window_start": "2023-12-05",
                              "latest_exit": "2024-06-08", "overstay_days": 0, "planned_max_days": None}
    for ob in result["obligations"]:
        assert list(ob) == ["rule", "due", "status", "days_left", "explanation", "source", "rule_version"]
        assert ob["source"] and ob["rule_version"].startswith(ob["rule"] + "@") and ob["explanation"]


def test_issue_example_explanation():
    per_entry = run(EXAMPLE, "2024-06-01").obligations[1]
    text = per_entry.explanation()
    assert text.startswith("Entered 10 May 2024 without a visa. Citizens of Uzbekistan may stay 30 days per entry, "
                           "so the last legal day is 8 June 2024. A work permit allows work, not a longer stay: "
                           "30 days per entry apply until a temporary residence permit is recorded "
                           "(Government Resolution No. 838")
    assert text.endswith(").")
    assert per_entry.source in text


def test_explanations_in_russian_and_kazakh():
    per_entry = run(EXAMPLE, "2024-06-01").obligations[1]
    assert "последний законный день — 8 июня 2024" in per_entry.explanation("ru")
    assert "Узбекистан" in per_entry.explanation("ru")
    kazakh = per_entry.explanation("kk")
    assert "заңды түрде болудың соңғы күні — 2024 жылғы 8 маусым" in kazakh
    assert "Өзбекстан" in kazakh and "қаулысы" in kazakh
    with pytest.raises(ValueError):
        per_entry.explanation("de")


def test_explanations_are_rendered_only_when_asked(monkeypatch):
    calls = []
    monkeypatch.setattr(obligation_module, "render", lambda *args: calls.append(args) or "text")
    result = run(EXAMPLE, "2024-06-01")
    assert calls == []
    result.obligations[0].explanation()
    assert len(calls) == 1


def test_not_present_has_no_stay_obligations():
    result = run(Situation("UZB", (stay("2024-01-10", "2024-02-05"),)), "2024-06-01")
    assert result.obligations == []
    assert (result.stay.present, result.stay.latest_exit, result.stay.days_in_window) == (False, None, 27)
    assert run(Situation("UZB", (stay("2024-01-10", "2024-02-05"),)), "2024-02-05").stay.present


def test_future_entry_is_not_present():
    result = run(Situation("UZB", (stay("2024-07-01"),)), "2024-06-01")
    assert not result.stay.present and result.obligations == []


def test_citizens_of_kazakhstan_have_no_stay_limits():
    result = run(Situation("KAZ", (stay("2024-01-01", None, "other"),)), "2024-06-01")
    assert result.stay.present and result.obligations == [] and result.stay.latest_exit is None


def test_obligations_sorted_by_due_then_rules_md_order():
    person = Situation("UZB", (stay("2024-05-10"),), permits=(Permit("visa", d("2024-01-01"), d("2024-06-08")),))
    result = run(person, "2024-06-01")
    assert [(o.rule, o.due) for o in result.obligations] == [
        ("registration.deadline", d("2024-05-15")), ("stay.per_entry", d("2024-06-08")),
        ("permit.expiry", d("2024-06-08")), ("stay.90_in_180", d("2024-08-07"))]


def test_latest_exit_is_the_smallest_limit():
    # TJK registered: per entry 90 days (7 Aug), but 90/180 bites first because of the January stay.
    person = Situation("TJK", (stay("2024-01-10", "2024-02-05"), stay("2024-05-10")),
                       registrations=(Registration(d("2024-05-13")),))
    result = run(person, "2024-06-01")
    assert result.stay.latest_exit == d("2024-08-07") == min(o.due for o in result.obligations
                                                              if o.rule.startswith("stay."))


def test_due_soon_setting():
    person = Situation("UZB", (stay("2024-05-10"),))
    per_entry = [o for o in evaluate(person, RULES, d("2024-05-29"), due_soon_days=10).obligations
                 if o.rule == "stay.per_entry"][0]
    assert per_entry.status == "due_soon" and per_entry.days_left == 10
