"""work.job_search, citizenship.eligible, quota.employer_request (called by the application)."""
from __future__ import annotations

from models.rules.engine import citizenship_eligible, employer_request, job_search
from tests.rules.helpers import RULES, d


def test_job_search_three_months_clamped_to_the_month_end():
    ob = job_search(d("2024-11-30"), RULES, d("2025-02-20"))
    assert (ob.due, ob.status, ob.rule_version) == (d("2025-02-28"), "ok", "work.job_search@2015-01-01")
    assert job_search(d("2024-11-30"), RULES, d("2025-02-20"), found=d("2025-01-15")).status == "met"
    assert job_search(d("2014-12-31"), RULES, d("2015-01-20")) is None  # before the 2015 amendments


def test_citizenship_earliest_ground_wins():
    ob = citizenship_eligible(RULES, d("2024-06-01"), permanent_residence_since=d("2019-02-28"),
                              married_to_citizen_since=d("2022-01-01"))
    assert (ob.due, ob.status) == (d("2024-02-28"), "met")
    ob = citizenship_eligible(RULES, d("2024-06-01"), married_to_citizen_since=d("2022-01-01"))
    assert (ob.due, ob.status) == (d("2025-01-01"), "ok")
    assert citizenship_eligible(RULES, d("2024-06-01"), kandas=True).status == "met"
    assert citizenship_eligible(RULES, d("2024-06-01")) is None


def test_employer_request_by_1_october():
    ob = employer_request(RULES, d("2024-09-25"))
    assert (ob.due, ob.status, ob.days_left) == (d("2024-10-01"), "due_soon", 6)
    assert "for 2025" in ob.explanation()
    assert employer_request(RULES, d("2024-10-02")).status == "overdue"
    assert employer_request(RULES, d("2024-10-02"), submitted=d("2024-09-30")).status == "met"
    assert employer_request(RULES, d("2024-10-02"), submitted=d("2023-09-30")).status == "overdue"
    assert employer_request(RULES, d("2015-06-01")) is None
