"""Referrals: the lifecycle, consent before sending, the emergency override, follow-ups."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from models.clock import today
from models.entities import AuditEntry, Setting
from models.services import accounts, cases, consent, directory, follow_ups, referrals
from models.services.base import Actor
from models.services.errors import PermissionDenied, ServiceError, ValidationFailed

SENT = dt.date(2024, 6, 3)


@pytest.fixture
def iom(db, actor):
    return next(o for o in directory.organisations(db, actor) if o.name == "IOM Almaty")


@pytest.fixture
def draft(db, actor, case, iom):
    return referrals.create_referral(db, actor, {
        "case_id": case.id, "organisation_id": iom.id, "services": ["shelter", "legal_aid"],
        "urgency": "urgent", "reason": "Left without documents and money by the employer.",
        "shared": ["identity", "contact"]}).value


def give_consent(db, actor, case, organisation, scope=("identity", "contact"), on=dt.date(2024, 6, 1)):
    return consent.record_consent(db, actor, {
        "case_id": case.id, "purpose": "share_data", "organisation_id": organisation.id, "scope": list(scope),
        "given_on": on, "method": "verbal_with_witness", "witness": "Dana Serikovna"}).value


def audit_actions(db, record_id) -> list[str]:
    with db.reading() as session:
        return list(session.scalars(select(AuditEntry.action).where(AuditEntry.record_id == record_id)
                                    .order_by(AuditEntry.seq)))


def test_a_draft_gets_a_reference_number_counted_within_the_year(db, actor, case, iom, draft) -> None:
    year = today().year
    assert draft.reference == f"QMQ-{year}-0001" and draft.status == "draft"
    second = referrals.create_referral(db, actor, {"case_id": case.id, "organisation_id": iom.id,
                                                   "services": ["medical"]}).value
    assert second.reference == f"QMQ-{year}-0002"
    assert [e.status for e in referrals.events_of(db, actor, draft.id)] == ["draft"]


def test_the_whole_lifecycle_is_dated_and_attributed(db, actor, case, iom, draft) -> None:
    given = give_consent(db, actor, case, iom)
    sent = referrals.send_referral(db, actor, draft.id, draft.version, {"sent_on": SENT}).value
    assert (sent.status, sent.sent_on, sent.consent_id) == ("sent", SENT, given.id)
    accepted = referrals.advance(db, actor, sent.id, sent.version, "accepted", {"on": "2024-06-05"}).value
    assert accepted.answered_on == dt.date(2024, 6, 5)
    delivered = referrals.advance(db, actor, sent.id, accepted.version, "services_delivered",
                                  {"on": "2024-06-20", "note": "Two weeks in the shelter."}).value
    closed = referrals.advance(db, actor, sent.id, delivered.version, "closed", {"on": "2024-06-21"}).value
    events = referrals.events_of(db, actor, draft.id)
    assert [(e.status, e.by) for e in events] == [(s, actor.user_id) for s in
                                                  ("draft", "sent", "accepted", "services_delivered", "closed")]
    assert [e.on for e in events][1:] == [SENT, dt.date(2024, 6, 5), dt.date(2024, 6, 20), dt.date(2024, 6, 21)]
    assert closed.status == "closed"
    assert audit_actions(db, draft.id) == ["create", "send", "change", "change", "change"]


def test_a_rejection_needs_its_reason_and_a_closed_referral_goes_nowhere(db, actor, case, iom, draft) -> None:
    give_consent(db, actor, case, iom)
    sent = referrals.send_referral(db, actor, draft.id, draft.version, {"sent_on": SENT}).value
    with pytest.raises(ValidationFailed, match="the reason for the rejection"):
        referrals.advance(db, actor, sent.id, sent.version, "rejected", {"on": "2024-06-04"})
    with pytest.raises(ValidationFailed, match="must not be before the referral was sent"):
        referrals.advance(db, actor, sent.id, sent.version, "accepted", {"on": "2024-06-01"})
    rejected = referrals.advance(db, actor, sent.id, sent.version, "rejected",
                                 {"on": "2024-06-04", "note": "No place for men this month."}).value
    assert rejected.rejection_reason == "No place for men this month."
    with pytest.raises(ServiceError, match="it can next be closed, not services delivered"):
        referrals.advance(db, actor, sent.id, rejected.version, "services_delivered", {"on": "2024-06-05"})
    with pytest.raises(ServiceError, match="already sent"):
        referrals.update_referral(db, actor, sent.id, rejected.version, {
            "case_id": case.id, "organisation_id": iom.id, "services": ["medical"]})


def test_without_consent_a_referral_is_not_sent(db, actor, case, iom, draft) -> None:
    with pytest.raises(ServiceError, match="No consent in force on 3 June 2024 allows sharing identity, contact"):
        referrals.send_referral(db, actor, draft.id, draft.version, {"sent_on": SENT})
    assert referrals.get_referral(db, actor, draft.id).status == "draft"
    # A consent that covers less than the referral shares does not do either.
    give_consent(db, actor, case, iom, scope=["identity"])
    with pytest.raises(ServiceError, match="allows sharing contact with"):
        referrals.send_referral(db, actor, draft.id, draft.version, {"sent_on": SENT})
    # Nor one given for another organisation, nor one given after the day of sending.
    other = next(o for o in directory.organisations(db, actor) if o.name == "IOM Astana")
    give_consent(db, actor, case, other)
    give_consent(db, actor, case, iom, on=dt.date(2024, 6, 10))
    with pytest.raises(ServiceError, match="No consent in force"):
        referrals.send_referral(db, actor, draft.id, draft.version, {"sent_on": SENT})


def test_a_withdrawn_consent_no_longer_covers(db, actor, case, iom, draft) -> None:
    given = give_consent(db, actor, case, iom)
    withdrawal = consent.withdraw_consent(db, actor, given.id, given.version,
                                          {"withdrawn_on": "2024-06-02", "note": "Changed her mind."}).value
    assert withdrawal.consent.withdrawn_on == dt.date(2024, 6, 2) and withdrawal.referrals_to_revoke == []
    with pytest.raises(ServiceError, match="No consent in force"):
        referrals.send_referral(db, actor, draft.id, draft.version, {"sent_on": SENT})
    # Before the withdrawal it was in force: a referral sent that day relied on it ...
    sent = referrals.send_referral(db, actor, draft.id, draft.version, {"sent_on": "2024-06-01"}).value
    assert sent.consent_id == given.id
    with pytest.raises(ServiceError, match="already withdrawn"):
        consent.withdraw_consent(db, actor, given.id, withdrawal.consent.version, {"withdrawn_on": "2024-06-02"})
    assert "withdraw" in audit_actions(db, given.id)


def test_withdrawing_names_the_referrals_under_way(db, actor, case, iom, draft) -> None:
    given = give_consent(db, actor, case, iom)
    sent = referrals.send_referral(db, actor, draft.id, draft.version, {"sent_on": SENT}).value
    withdrawal = consent.withdraw_consent(db, actor, given.id, given.version, {"withdrawn_on": "2024-06-04"}).value
    assert withdrawal.referrals_to_revoke == [sent.reference]
    revoked = referrals.advance(db, actor, sent.id, sent.version, "revoked",
                                {"on": "2024-06-04", "note": "Consent withdrawn."}).value
    assert revoked.status == "revoked"


def test_the_assigned_caseworker_may_override_in_an_emergency_with_a_reason(db, actor, case, iom) -> None:
    emergency = referrals.create_referral(db, actor, {
        "case_id": case.id, "organisation_id": iom.id, "services": ["shelter"], "urgency": "emergency",
        "shared": ["identity"]}).value
    with pytest.raises(ValidationFailed, match="say in a sentence"):
        referrals.send_referral(db, actor, emergency.id, emergency.version,
                                {"sent_on": SENT, "override_reason": "urgent"})
    sent = referrals.send_referral(db, actor, emergency.id, emergency.version, {
        "sent_on": SENT, "override_reason": "Unconscious after a beating; the shelter needs her name tonight."}).value
    assert sent.status == "sent" and sent.consent_id is None and sent.override_reason.startswith("Unconscious")
    with db.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "consent_override")).one()
    assert entry.record_id == sent.id and entry.user_id == actor.user_id
    assert entry.details["reason"].startswith("Unconscious") and entry.details["shared"] == ["identity"]
    assert referrals.events_of(db, actor, sent.id)[-1].note == "emergency override"


def test_a_caseworker_may_not_override_a_routine_referral_and_the_refusal_is_audited(db, actor, case, iom,
                                                                                      draft) -> None:
    with pytest.raises(PermissionDenied, match="Only a supervisor"):
        referrals.send_referral(db, actor, draft.id, draft.version,
                                {"sent_on": SENT, "override_reason": "The employer is looking for him."})
    assert audit_actions(db, draft.id)[-1] == "refused"
    assert referrals.get_referral(db, actor, draft.id).status == "draft"
    supervisor = Actor.of(accounts.create_account(db, Actor.system(), {
        "username": "saule", "full_name": "Saule", "role": "supervisor", "password": "correct horse battery"}).value)
    assert referrals.consent_check(db, supervisor, draft.id, SENT).may_override
    sent = referrals.send_referral(db, supervisor, draft.id, draft.version,
                                   {"sent_on": SENT, "override_reason": "The employer is looking for him."}).value
    assert sent.override_reason and "consent_override" in audit_actions(db, draft.id)


def test_a_sent_referral_with_consent_needs_no_override(db, actor, case, iom, draft) -> None:
    give_consent(db, actor, case, iom)
    check = referrals.consent_check(db, actor, draft.id, SENT)
    assert check.covered and check.missing == [] and not check.may_override
    sent = referrals.send_referral(db, actor, draft.id, draft.version,
                                   {"sent_on": SENT, "override_reason": "Not needed but given anyway."}).value
    assert sent.override_reason is None


def test_follow_ups_become_due_soon_after_7_days_and_overdue_after_14(db, actor, case, iom, draft) -> None:
    give_consent(db, actor, case, iom)
    sent = referrals.send_referral(db, actor, draft.id, draft.version, {"sent_on": SENT}).value

    def status(as_of: dt.date) -> list[tuple]:
        with db.reading() as session:
            return [(f.case_id, f.referral_id, f.due, f.status) for f in follow_ups.follow_ups(session, as_of)]

    due = SENT + dt.timedelta(days=14)
    assert status(SENT + dt.timedelta(days=6)) == [(case.id, sent.id, due, "ok")]
    assert status(SENT + dt.timedelta(days=7)) == [(case.id, sent.id, due, "due_soon")]
    assert status(due) == [(case.id, sent.id, due, "due_soon")]
    assert status(due + dt.timedelta(days=1)) == [(case.id, sent.id, due, "overdue")]
    referrals.advance(db, actor, sent.id, sent.version, "accepted", {"on": due})
    assert status(due + dt.timedelta(days=1)) == []  # answered: nothing to follow up


def test_follow_up_days_are_settings(db, actor, case, iom, draft) -> None:
    give_consent(db, actor, case, iom)
    referrals.send_referral(db, actor, draft.id, draft.version, {"sent_on": SENT})
    with db.transaction() as session:
        session.add_all([Setting(key=follow_ups.DUE_SOON_SETTING, value=3),
                         Setting(key=follow_ups.OVERDUE_SETTING, value=5)])
    with db.reading() as session:
        (follow_up,) = follow_ups.follow_ups(session, SENT + dt.timedelta(days=3))
        assert (follow_up.due, follow_up.status) == (SENT + dt.timedelta(days=5), "due_soon")
        assert follow_ups.follow_ups(session, SENT + dt.timedelta(days=6))[0].status == "overdue"


def test_follow_ups_for_an_actor_are_those_of_the_cases_they_see(db, actor, case, iom, draft) -> None:
    give_consent(db, actor, case, iom)
    referrals.send_referral(db, actor, draft.id, draft.version, {"sent_on": SENT})
    stranger = Actor.of(accounts.create_account(db, Actor.system(), {
        "username": "stranger", "full_name": "Stranger", "role": "caseworker", "password": "correct horse battery"}).value)
    with db.reading() as session:
        assert len(follow_ups.follow_ups(session, SENT, actor)) == 1
        assert follow_ups.follow_ups(session, SENT, stranger) == []


def test_a_draft_can_be_changed_or_discarded(db, actor, case, iom, draft) -> None:
    changed = referrals.update_referral(db, actor, draft.id, draft.version, {
        "case_id": case.id, "organisation_id": iom.id, "services": ["medical"], "shared": ["identity"]}).value
    assert changed.services == ["medical"] and changed.reference == draft.reference
    referrals.discard_draft(db, actor, draft.id, changed.version)
    assert referrals.referrals_of(db, actor, case.id) == []


def test_unknown_services_and_parts_are_refused_by_name(db, actor, case, iom) -> None:
    with pytest.raises(ValidationFailed) as refused:
        referrals.create_referral(db, actor, {"case_id": case.id, "organisation_id": iom.id,
                                              "services": ["massage"], "shared": ["diary"]})
    assert [e.field for e in refused.value.errors] == ["services", "shared"]


def test_case_closing_keeps_its_referrals(db, actor, case, iom, draft) -> None:
    # Archiving a case takes its referrals out of the follow-ups.
    give_consent(db, actor, case, iom)
    referrals.send_referral(db, actor, draft.id, draft.version, {"sent_on": SENT})
    cases.archive_case(db, actor, case.id, cases.get_case(db, actor, case.id).version)
    with db.reading() as session:
        assert follow_ups.follow_ups(session, SENT) == []


def test_a_referral_asks_for_at_least_one_service(db, actor, case, iom) -> None:
    with pytest.raises(ValidationFailed, match="Services: choose at least one service"):
        referrals.create_referral(db, actor, {"case_id": case.id, "organisation_id": iom.id, "services": []})
