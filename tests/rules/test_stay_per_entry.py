"""stay.per_entry and the document limit on one stay (RULES.md section 3)."""
from __future__ import annotations

from models.rules.situation import Permit, Registration, Situation
from tests.rules.helpers import by_rule, d, run, stay


def test_thirty_days_per_entry_the_entry_day_is_day_one():
    result = run(Situation("UZB", (stay("2024-05-10"),)), "2024-06-01")
    per_entry = by_rule(result)["stay.per_entry"]
    assert per_entry.due == d("2024-06-08")  # 10 May + 29
    assert (per_entry.status, per_entry.days_left) == ("due_soon", 7)
    assert per_entry.rule_version == "stay.per_entry@2017-01-01"
    assert result.stay.latest_exit == d("2024-06-08")


def test_due_soon_boundaries():
    person = Situation("UZB", (stay("2024-05-10"),))
    statuses = {as_of: by_rule(run(person, as_of))["stay.per_entry"].status
                for as_of in ("2024-05-31", "2024-06-01", "2024-06-08", "2024-06-09")}
    assert statuses == {"2024-05-31": "ok", "2024-06-01": "due_soon", "2024-06-08": "due_soon",
                        "2024-06-09": "overdue"}
    assert by_rule(run(person, "2024-06-09"))["stay.per_entry"].days_left == -1


def test_applies_from_1_january_2017_and_not_before():
    assert "stay.per_entry" in by_rule(run(Situation("UZB", (stay("2017-01-01"),)), "2017-01-05"))
    assert "stay.per_entry" not in by_rule(run(Situation("UZB", (stay("2016-12-31"),)), "2017-01-05"))


def test_not_for_eaeu_citizens_nor_for_stays_on_a_visa():
    assert "stay.per_entry" not in by_rule(run(Situation("KGZ", (stay("2024-05-10"),)), "2024-06-01"))
    assert "stay.per_entry" not in by_rule(run(Situation("UZB", (stay("2024-05-10", None, "visa"),)),
                                               "2024-06-01"))


def test_left_in_time_is_met():
    result = run(Situation("UZB", (stay("2024-05-10", "2024-06-01"),)), "2024-06-01")
    assert by_rule(result)["stay.per_entry"].status == "met"
    assert "Left on 1 June 2024" in by_rule(result)["stay.per_entry"].explanation()


def test_a_planned_exit_is_not_yet_met():
    result = run(Situation("UZB", (stay("2024-05-10", "2024-06-05"),)), "2024-06-01")
    assert by_rule(result)["stay.per_entry"].status == "due_soon"


def test_register_30_national_registered_by_entry_plus_30_may_stay_90_days():
    registered = Situation("TJK", (stay("2024-05-10"),), registrations=(Registration(d("2024-06-09")),))
    per_entry = by_rule(run(registered, "2024-06-15"))["stay.per_entry"]
    assert per_entry.due == d("2024-08-07")  # 10 May + 89
    assert "registered on 9 June 2024" in per_entry.explanation()
    late = Situation("TJK", (stay("2024-05-10"),), registrations=(Registration(d("2024-06-10")),))
    per_entry = by_rule(run(late, "2024-06-15"))["stay.per_entry"]
    assert (per_entry.due, per_entry.status) == (d("2024-06-08"), "overdue")


def test_registration_of_an_earlier_stay_or_after_as_of_does_not_count():
    earlier = Situation("TJK", (stay("2024-01-01", "2024-01-20"), stay("2024-05-10")),
                        registrations=(Registration(d("2024-01-05")),))
    assert by_rule(run(earlier, "2024-06-01"))["stay.per_entry"].due == d("2024-06-08")
    future = Situation("TJK", (stay("2024-05-10"),), registrations=(Registration(d("2024-06-05")),))
    assert by_rule(run(future, "2024-06-01"))["stay.per_entry"].due == d("2024-06-08")
    assert by_rule(run(future, "2024-06-05"))["stay.per_entry"].due == d("2024-08-07")


def test_residence_permit_covering_the_day_after_the_limit():
    person = Situation("UZB", (stay("2024-05-10"),),
                       permits=(Permit("temporary_residence", d("2024-06-01"), d("2024-12-31")),))
    result = run(person, "2024-06-05")
    assert "stay.per_entry" not in by_rule(result)
    assert result.stay.latest_exit == d("2024-12-31")  # the limit bites again when the permit ends


def test_residence_permits_chained_without_a_gap_extend_the_cover():
    person = Situation("UZB", (stay("2024-05-10"),),
                       permits=(Permit("temporary_residence", d("2024-06-01"), d("2024-12-31")),
                                Permit("temporary_residence", d("2025-01-01"), d("2025-06-30"))))
    assert run(person, "2024-06-05").stay.latest_exit == d("2025-06-30")


def test_residence_permit_starting_after_the_limit_does_not_save_the_stay():
    person = Situation("UZB", (stay("2024-05-10"),),
                       permits=(Permit("temporary_residence", d("2024-06-10"), d("2024-12-31")),))
    result = run(person, "2024-06-12")
    assert by_rule(result)["stay.per_entry"].status == "overdue"
    assert result.stay.latest_exit == d("2024-06-08")


def test_permanent_residence_removes_every_limit():
    person = Situation("UZB", (stay("2024-05-10"),), permits=(Permit("permanent_residence", d("2024-05-01"), None),))
    result = run(person, "2024-06-01")
    assert "stay.per_entry" not in by_rule(result) and "stay.90_in_180" not in by_rule(result)
    assert result.stay.latest_exit is None


def test_visa_validity_limits_a_stay_based_on_a_visa():
    visa = Permit("visa", d("2024-05-01"), d("2024-05-30"))
    assert run(Situation("CHN", (stay("2024-05-10", None, "visa"),), permits=(visa,)),
               "2024-05-20").stay.latest_exit == d("2024-05-30")
    renewed = (visa, Permit("visa", d("2024-05-31"), d("2024-08-31")))
    assert run(Situation("CHN", (stay("2024-05-10", None, "visa"),), permits=renewed),
               "2024-05-20").stay.latest_exit == d("2024-08-31")
    gap = (visa, Permit("visa", d("2024-06-02"), d("2024-08-31")))
    assert run(Situation("CHN", (stay("2024-05-10", None, "visa"),), permits=gap),
               "2024-05-20").stay.latest_exit == d("2024-05-30")


def test_visa_that_does_not_cover_the_entry_day_gives_no_limit():
    later = Permit("visa", d("2024-05-11"), d("2024-05-30"))
    assert run(Situation("CHN", (stay("2024-05-10", None, "visa"),), permits=(later,)),
               "2024-05-20").stay.latest_exit is None


def test_visa_expired_before_as_of_is_already_an_overstay():
    visa = Permit("visa", d("2024-05-01"), d("2024-05-30"))
    result = run(Situation("CHN", (stay("2024-05-10", None, "visa"),), permits=(visa,)), "2024-06-10")
    assert result.stay.latest_exit == d("2024-05-30")
    assert by_rule(result)["permit.expiry"].status == "overdue"


def test_overlapping_stays_the_latest_entry_is_the_current_stay():
    person = Situation("UZB", (stay("2024-05-01"), stay("2024-05-20", "2024-06-10", "visa")),
                       permits=(Permit("visa", d("2024-05-20"), d("2024-06-30")),))
    result = run(person, "2024-06-01")
    assert "stay.per_entry" not in by_rule(result)  # the current stay is on a visa
    assert result.stay.latest_exit == d("2024-06-30")


def test_same_day_exit_and_reentry_starts_a_new_thirty_days():
    person = Situation("UZB", (stay("2024-05-01", "2024-05-30"), stay("2024-05-30")))
    assert by_rule(run(person, "2024-06-01"))["stay.per_entry"].due == d("2024-06-28")


def test_a_work_permit_does_not_lift_the_thirty_days_and_the_explanation_says_so():
    """Issue 28 item 6: an Uzbek with a work permit to 30.11.2027 still leaves by 16.12.2026 — and reads why."""
    work = Permit("work_permit", d("2026-12-01"), d("2027-11-30"))
    person = Situation("UZB", (stay("2026-11-17"),), permits=(work,))
    result = run(person, "2026-12-08")
    per_entry = by_rule(result)["stay.per_entry"]
    assert per_entry.due == result.stay.latest_exit == d("2026-12-16")
    assert (result.stay.latest_exit_rule, result.stay.per_entry_days) == ("stay.per_entry", 30)
    assert "30 days per entry apply until a temporary residence permit is recorded" in per_entry.explanation()
    assert "пока не записано разрешение на временное проживание" in per_entry.explanation("ru")
    assert "уақытша тұруға рұқсат жазылғанша" in per_entry.explanation("kk")
    # A temporary residence permit is what lifts it: no per-entry deadline, and the sentence goes.
    residence = Permit("temporary_residence", d("2026-12-10"), d("2027-11-30"))
    lifted = run(Situation("UZB", (stay("2026-11-17"),), permits=(work, residence)), "2026-12-08")
    assert "stay.per_entry" not in by_rule(lifted)
    assert (lifted.stay.latest_exit, lifted.stay.latest_exit_rule) == (d("2027-11-30"), "residence_permit")
    # Without a work permit there is nothing to explain away.
    plain = by_rule(run(Situation("UZB", (stay("2026-11-17"),)), "2026-12-08"))["stay.per_entry"]
    assert "work permit" not in plain.explanation()


def test_the_latest_exit_names_the_limit_that_sets_it():
    on_a_visa = run(Situation("CHN", (stay("2026-11-17", None, "visa"),),
                              permits=(Permit("visa", d("2026-11-01"), d("2026-12-31")),)), "2026-12-08")
    assert (on_a_visa.stay.latest_exit, on_a_visa.stay.latest_exit_rule) == (d("2026-12-31"), "documents")
    assert on_a_visa.stay.per_entry_days is None
    assert "latest_exit_rule" not in on_a_visa.stay.to_dict()  # the JSON contract is unchanged


def test_the_source_cited_is_the_limit_applied():
    """Issue 28 item 6's principle: an Uzbek's 30 days cite Res. 838, not the Tajik agreement."""
    from datetime import date

    from models.rules.ruleset import RuleVersion
    from tests.rules.helpers import RULES

    uzbek = by_rule(run(Situation("UZB", (stay("2026-11-17"),)), "2026-12-08"))["stay.per_entry"]
    assert uzbek.rule_version == "stay.per_entry@2017-01-01"
    assert "[004:L148]" in uzbek.source and "[001:L37]" not in uzbek.explanation("ru")
    tajik = Situation("TJK", (stay("2026-11-17"),), registrations=(Registration(d("2026-11-20")),))
    registered = by_rule(run(tajik, "2026-12-08"))["stay.per_entry"]
    assert (registered.rule, registered.rule_version, registered.due) == (
        "stay.per_entry", "stay.per_entry_registered@2017-01-01", d("2027-02-14"))
    assert "[001:L37]" in registered.source
    unregistered = by_rule(run(Situation("TJK", (stay("2026-11-17"),)), "2026-12-08"))["stay.per_entry"]
    assert unregistered.rule_version == "stay.per_entry@2017-01-01" and unregistered.due == d("2026-12-16")

    class Record:  # an office's version written before the 90 days became a rule of their own
        rule, effective_from, effective_to, citation, verification = "stay.per_entry", date(2025, 1, 1), None, "x", ""
        params = {"days": 20, "registered_days": 90, "registration_by_day": 30, "registered_groups": ["REGISTER_30"],
                  "exempt_groups": ["EAEU"]}

    office = RULES.with_versions([RuleVersion.from_record(Record())])
    assert by_rule(run(Situation("UZB", (stay("2026-11-17"),)), "2026-12-01", office))["stay.per_entry"].due == \
        d("2026-12-06")
