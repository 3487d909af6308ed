"""permit.expiry, refugee.*, asylum.*, entry_ban.end (RULES.md section 3)."""
from __future__ import annotations

from models.rules.situation import AsylumClaim, Expulsion, Permit, RefugeeStatus, Situation
from tests.rules.helpers import by_rule, d, run, stay


def rules_of(result, rule):
    return [o for o in result.obligations if o.rule == rule]


# --- permit.expiry ---

def test_every_document_with_an_end_is_due_on_its_last_day():
    person = Situation("UZB", permits=(Permit("work_permit", d("2024-05-20"), d("2025-05-19")),
                                       Permit("patent", d("2024-01-01"), d("2024-06-30")),
                                       Permit("permanent_residence", d("2020-01-01"), None)))
    found = rules_of(run(person, "2024-06-01"), "permit.expiry")
    assert [(o.due, o.status, o.days_left) for o in found] == [
        (d("2024-06-30"), "ok", 29), (d("2025-05-19"), "ok", 352)]


def test_met_once_a_newer_document_of_the_same_kind_covers_the_next_day():
    renewed = Situation("UZB", permits=(Permit("work_permit", d("2023-06-01"), d("2024-05-31")),
                                        Permit("work_permit", d("2024-06-01"), d("2025-05-31"))))
    first = rules_of(run(renewed, "2024-05-30"), "permit.expiry")[0]
    assert (first.due, first.status) == (d("2024-05-31"), "met")
    other_kind = Situation("UZB", permits=(Permit("work_permit", d("2023-06-01"), d("2024-05-31")),
                                           Permit("patent", d("2024-06-01"), d("2025-05-31"))))
    assert rules_of(run(other_kind, "2024-05-30"), "permit.expiry")[0].status == "due_soon"
    gap = Situation("UZB", permits=(Permit("work_permit", d("2023-06-01"), d("2024-05-31")),
                                    Permit("work_permit", d("2024-06-02"), d("2025-05-31"))))
    assert rules_of(run(gap, "2024-06-01"), "permit.expiry")[0].status == "overdue"


# --- refugee ---

def test_no_longer_due_once_the_person_left_before_it_expired():
    permit = Permit("work_permit", d("2024-01-01"), d("2024-06-30"))
    left = Situation("UZB", stays=(stay("2024-01-05", "2024-06-20"),), permits=(permit,))
    found = rules_of(run(left, "2024-08-01"), "permit.expiry")[0]
    assert found.status == "met" and "20 June 2024" in found.explanation("en")
    assert "20 июня 2024" in found.explanation("ru")
    # The exit is still a plan on 10 June: the permit is due as usual.
    assert rules_of(run(left, "2024-06-10"), "permit.expiry")[0].status == "ok"
    back = Situation("UZB", stays=(stay("2024-01-05", "2024-06-20"), stay("2024-06-28", None)), permits=(permit,))
    assert rules_of(run(back, "2024-08-01"), "permit.expiry")[0].status == "overdue"
    left_on_the_day_after = Situation("UZB", stays=(stay("2024-01-05", "2024-07-01"),), permits=(permit,))
    assert rules_of(run(left_on_the_day_after, "2024-08-01"), "permit.expiry")[0].status == "overdue"
    no_stays_known = Situation("UZB", permits=(permit,))
    assert rules_of(run(no_stays_known, "2024-08-01"), "permit.expiry")[0].status == "overdue"


def test_refugee_extension_one_month_before_the_end():
    person = Situation("AFG", refugee=RefugeeStatus(d("2024-03-31"), d("2025-03-31"), d("2024-04-02")))
    result = by_rule(run(person, "2025-02-20"))
    assert (result["refugee.extension"].due, result["refugee.extension"].status) == (d("2025-02-28"), "ok")
    assert result["refugee.certificate"].status == "met"


def test_refugee_extension_without_an_end_date_assumes_one_year():
    person = Situation("AFG", refugee=RefugeeStatus(d("2024-02-29")))
    extension = by_rule(run(person, "2024-03-01"))["refugee.extension"]
    assert extension.due == d("2025-01-28")  # ends 28 Feb 2025 (no 29th), a month before
    assert "lasts 1 year" in extension.explanation()


def test_refugee_certificate_within_five_days():
    person = Situation("AFG", refugee=RefugeeStatus(d("2024-05-10")))
    certificate = by_rule(run(person, "2024-05-16"))["refugee.certificate"]
    assert (certificate.due, certificate.status, certificate.days_left) == (d("2024-05-15"), "overdue", -1)


# --- asylum ---

def test_asylum_decision_three_months_and_one_year():
    claim = Situation("AFG", asylum=AsylumClaim(d("2023-11-30")))
    result = by_rule(run(claim, "2024-02-25"))
    assert (result["asylum.decision"].due, result["asylum.decision"].status) == (d("2024-02-29"), "due_soon")
    assert result["asylum.decision_max"].due == d("2024-11-30")
    decided = Situation("AFG", asylum=AsylumClaim(d("2023-11-30"), d("2024-06-01")))
    result = by_rule(run(decided, "2024-06-10"))
    assert result["asylum.decision"].status == result["asylum.decision_max"].status == "met"


# --- entry_ban.end ---

def test_ban_of_five_years_from_a_29_february():
    person = Situation("UZB", expulsion=Expulsion(d("2020-02-29")))
    ban = by_rule(run(person, "2024-06-01"))["entry_ban.end"]
    assert (ban.due, ban.status) == (d("2025-02-28"), "ok")
    assert by_rule(run(person, "2025-02-28"))["entry_ban.end"].status == "met"
    assert by_rule(run(person, "2025-02-27"))["entry_ban.end"].status == "due_soon"


def test_entries_during_the_ban_are_flagged():
    person = Situation("UZB", (stay("2019-01-01", "2020-02-29"), stay("2024-01-01", "2024-01-05"),
                               stay("2025-02-28", "2025-03-01")), expulsion=Expulsion(d("2020-02-29")))
    ban = by_rule(run(person, "2025-03-01"))["entry_ban.end"]
    assert ban.facts["entries"] == (d("2024-01-01"),)
    assert "entry recorded during the ban: 1 January 2024" in ban.explanation()


def test_ban_end_set_for_the_case():
    person = Situation("UZB", expulsion=Expulsion(d("2022-01-10"), ban_until=d("2024-01-10")))
    ban = by_rule(run(person, "2024-06-01"))["entry_ban.end"]
    assert (ban.due, ban.status) == (d("2024-01-10"), "met")
    assert "For this case" in ban.explanation()


def test_a_database_sentinel_end_date_is_no_end():
    from datetime import date
    person = Situation("UZB", permits=(Permit("permanent_residence", d("2020-01-01"), date.max),))
    assert rules_of(run(person, "2024-06-01"), "permit.expiry") == []


def test_a_planned_exit_never_makes_a_permit_met():
    """Issue 12 item 15: in the country now, permit to 27 Aug 2025, exit planned for 8 Mar 2025; an older
    exit (18 Sep 2024) before the current stay is no reason either."""
    permit = Permit("work_permit", d("2024-08-28"), d("2025-08-27"))
    person = Situation("UZB", stays=(stay("2024-06-01", "2024-09-18"), stay("2024-10-01", "2025-03-08")),
                       permits=(permit,))
    found = rules_of(run(person, "2025-01-15"), "permit.expiry")[0]
    assert found.status == "ok" and "left" not in found.explanation("en").lower()
    # Once the exit is a fact (as_of after it) the permit is no longer due.
    assert rules_of(run(person, "2025-03-10"), "permit.expiry")[0].status == "met"
    # A planned trip (entry after as_of) does not put them in the country either.
    planned_trip = Situation("UZB", stays=(stay("2024-06-01", "2024-09-18"), stay("2025-09-01", None)),
                             permits=(permit,))
    assert rules_of(run(planned_trip, "2025-01-15"), "permit.expiry")[0].status == "met"
