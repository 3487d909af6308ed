"""stay.basis_missing (models/rules/basis.py, issue 28): no stay deadline from an unknown basis."""
from __future__ import annotations

from models.rules.situation import Registration, Situation
from tests.rules.helpers import by_rule, d, run, stay


def test_an_unknown_basis_sets_no_stay_deadline_only_its_own_reminder():
    person = Situation("UZB", (stay("2026-11-17", basis="unknown"),))
    result = run(person, "2026-12-07")
    assert [(o.rule, o.due, o.status) for o in result.obligations] == [
        ("stay.basis_missing", d("2026-11-17"), "overdue")]
    assert result.stay.present and result.stay.latest_exit is None and result.stay.days_in_window == 0
    assert result.obligations[0].rule_version == "stay.basis_missing@1900-01-01"
    assert "basis of stay" in result.obligations[0].explanation("en")
    assert "основание пребывания" in result.obligations[0].explanation("ru")
    assert "болу негізі" in result.obligations[0].explanation("kk")
    # Once the basis is recorded, the reminder gives way to the deadlines.
    recorded = Situation("UZB", (stay("2026-11-17"),), registrations=(Registration(d("2026-11-20")),))
    assert {"stay.per_entry", "registration.deadline"} <= set(by_rule(run(recorded, "2026-12-07"))) and \
        "stay.basis_missing" not in by_rule(run(recorded, "2026-12-07"))


def test_a_stay_that_can_no_longer_count_is_not_a_reminder():
    """Ended more than 180 days ago: its days are outside every window that matters now."""
    old = Situation("UZB", (stay("2025-01-10", "2025-02-01", basis="unknown"),))
    assert run(old, "2026-12-07").obligations == []
    recent = Situation("UZB", (stay("2026-07-01", "2026-07-20", basis="unknown"),))
    assert [o.rule for o in run(recent, "2026-12-07").obligations] == ["stay.basis_missing"]
    citizen = Situation("KAZ", (stay("2026-07-01", "2026-07-20", basis="unknown"),))  # needs no basis
    assert run(citizen, "2026-12-07").obligations == []
