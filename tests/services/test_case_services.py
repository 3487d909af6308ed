"""Services given in a case: recorded, validated, seen only by who may see the case, audited, undone,
an alert when planned and not given, and linked to a referral's "services delivered"."""
from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from sqlalchemy import select

from models.entities import AuditEntry
from models.services import accounts, alerts, case_services, cases, consent, directory, referrals, undo
from models.services.alerts import SERVICE_PLANNED, AlertFilter
from models.services.base import Actor
from models.services.errors import PermissionDenied, ValidationFailed

TODAY = dt.datetime(2024, 7, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=5)))


@pytest.fixture(autouse=True)
def _on_1_july_2024():
    with time_machine.travel(TODAY, tick=False):
        yield


@pytest.fixture
def iom(db, actor):
    return next(o for o in directory.organisations(db, actor) if o.name == "IOM Almaty")


def _user(db, username: str, role: str) -> Actor:
    return Actor.of(accounts.create_account(db, Actor.system(), {
        "username": username, "full_name": username.title(), "role": role,
        "password": "correct horse battery"}).value)


def shelter(case, **more) -> dict:
    return {"case_id": case.id, "kind": "shelter", "planned_on": "2024-06-20"} | more


def test_a_service_is_recorded_changed_and_listed_waiting_first(db, actor, case, iom) -> None:
    planned = case_services.add_service(db, actor, shelter(case, organisation_id=iom.id)).value
    given = case_services.add_service(db, actor, {"case_id": case.id, "kind": "legal_aid", "given_on": "2024-06-02",
                                                   "outcome": "completed", "note": "Appeal written."}).value
    assert (planned.organisation_id, given.organisation_id) == (iom.id, None)  # None: the office itself
    assert [s.id for s in case_services.services_of(db, actor, case.id)] == [planned.id, given.id]
    done = case_services.update_service(db, actor, planned.id, planned.version,
                                        shelter(case, organisation_id=iom.id, given_on="2024-06-21",
                                                outcome="ongoing"))
    assert done.changes.services and done.changes.case_ids == {case.id}
    assert done.value.given_on == dt.date(2024, 6, 21)
    with db.reading() as session:
        actions = list(session.scalars(select(AuditEntry.action).where(AuditEntry.record_id == planned.id)
                                       .order_by(AuditEntry.seq)))
    assert actions == ["create", "change"]


@pytest.mark.parametrize(("more", "field", "words"), [
    ({"kind": "massage"}, "kind", "is not a service Qamqor knows"),
    ({"planned_on": None}, "given_on", "give the day the service is planned for"),
    ({"given_on": "2024-07-09"}, "given_on", "is in the future"),
    ({"outcome": "completed"}, "outcome", "needs the day the service was given"),
    ({"note": "x" * 4001}, "note", "at most 4000"),
])
def test_bad_input_is_refused_in_words_and_nothing_is_written(db, actor, case, more, field, words) -> None:
    with pytest.raises(ValidationFailed) as refused:
        case_services.add_service(db, actor, shelter(case, **more))
    assert [e.field for e in refused.value.errors] == [field]
    assert words in str(refused.value)
    assert case_services.services_of(db, actor, case.id) == []


def test_a_caseworker_who_may_not_see_the_case_is_refused_and_the_refusal_audited(db, actor, case) -> None:
    service = case_services.add_service(db, actor, shelter(case)).value
    other = _user(db, "dana", "caseworker")
    for attempt in (lambda: case_services.add_service(db, other, shelter(case)),
                    lambda: case_services.services_of(db, other, case.id),
                    lambda: case_services.update_service(db, other, service.id, service.version,
                                                         shelter(case, given_on="2024-06-20")),
                    lambda: case_services.archive_service(db, other, service.id, service.version)):
        with pytest.raises(PermissionDenied):
            attempt()
    with db.reading() as session:
        refused = list(session.scalars(select(AuditEntry).where(AuditEntry.action == "refused",
                                                                AuditEntry.user_id == other.user_id)))
    assert len(refused) == 4
    assert [s.given_on for s in case_services.services_of(db, actor, case.id)] == [None]
    cases.share_case(db, actor, case.id, other.user_id)  # shared with her: now she may
    assert case_services.add_service(db, other, shelter(case, kind="medical")).value.kind == "medical"


def test_adding_changing_and_archiving_are_undone_and_redone(db, actor, case) -> None:
    stack = undo.UndoStack()
    added = case_services.add_service(db, actor, shelter(case))
    changed = case_services.update_service(db, actor, added.value.id, added.value.version,
                                           shelter(case, given_on="2024-06-22", outcome="completed"))
    stack.push("Change service", changed)
    reversal = undo.reverse(db, actor, stack.take_undo())
    stack.undone(reversal.value)
    assert reversal.changes.services and reversal.changes.case_ids == {case.id}
    assert [(s.given_on, s.outcome) for s in case_services.services_of(db, actor, case.id)] == [(None, None)]
    stack.redone(undo.reverse(db, actor, stack.take_redo()).value)
    assert [s.outcome for s in case_services.services_of(db, actor, case.id)] == ["completed"]

    second = case_services.add_service(db, actor, shelter(case, kind="medical"))
    undo.reverse(db, actor, undo.Step("Add service", second.entries))
    assert [s.kind for s in case_services.services_of(db, actor, case.id)] == ["shelter"]
    kept = case_services.services_of(db, actor, case.id)[0]
    archived = case_services.archive_service(db, actor, kept.id, kept.version)
    assert case_services.services_of(db, actor, case.id) == []
    undo.reverse(db, actor, undo.Step("Archive service", archived.entries))
    assert [s.kind for s in case_services.services_of(db, actor, case.id)] == ["shelter"]


def test_a_planned_service_not_given_by_its_day_is_an_alert(db, actor, case, iom) -> None:
    late = case_services.add_service(db, actor, shelter(case, organisation_id=iom.id)).value
    soon = case_services.add_service(db, actor, shelter(case, kind="medical", planned_on="2024-07-04")).value
    case_services.add_service(db, actor, shelter(case, kind="legal_aid", given_on="2024-06-21"))
    case_services.add_service(db, actor, shelter(case, kind="psychological", outcome="declined"))

    rows = alerts.alerts(db, actor, AlertFilter(window="all", rule=SERVICE_PLANNED))
    assert [(r.key, r.status, r.days_left, r.service, r.case_id) for r in rows] == [
        (f"s:{late.id.hex}", "overdue", -11, "shelter", case.id),
        (f"s:{soon.id.hex}", "due_soon", 3, "medical", case.id)]
    assert alerts.counts(db, actor).overdue == 1
    assert [r.key for r in alerts.alert_rows(db, actor, [f"s:{soon.id.hex}"])] == [f"s:{soon.id.hex}"]
    # Given: no longer an alert. A colleague who may not see the case sees none of it.
    case_services.update_service(db, actor, late.id, late.version, shelter(case, given_on="2024-06-30",
                                                                            organisation_id=iom.id))
    assert [r.service for r in alerts.alerts(db, actor, AlertFilter(window="all", rule=SERVICE_PLANNED))] == [
        "medical"]
    assert alerts.alerts(db, _user(db, "dana", "caseworker"), AlertFilter(window="all")) == []


def test_a_closed_case_has_no_service_alerts(db, actor, case) -> None:
    case_services.add_service(db, actor, shelter(case))
    current = cases.get_case(db, actor, case.id)
    cases.update_case(db, actor, case.id, current.version, current.model_dump(
        include=set(cases.CaseIn.model_fields)) | {"status": "closed", "closed_on": "2024-06-30",
                                                    "closed_reason": "Returned home."})
    assert alerts.alerts(db, actor, AlertFilter(window="all", rule=SERVICE_PLANNED)) == []


def test_services_delivered_records_which_services_the_referral_gave(db, actor, case, iom) -> None:
    other_case = cases.open_case(db, actor, {"person_id": case.person_id, "category": "other",
                                             "opened_on": "2024-05-20"}).value
    given = case_services.add_service(db, actor, shelter(case, organisation_id=iom.id, given_on="2024-06-20")).value
    foreign = case_services.add_service(db, actor, shelter(other_case)).value
    draft = referrals.create_referral(db, actor, {"case_id": case.id, "organisation_id": iom.id,
                                                  "services": ["shelter"], "shared": ["identity"]}).value
    consent.record_consent(db, actor, {"case_id": case.id, "purpose": "share_data", "organisation_id": iom.id,
                                       "scope": ["identity"], "given_on": "2024-06-01",
                                       "method": "verbal_with_witness", "witness": "Dana"})
    sent = referrals.send_referral(db, actor, draft.id, draft.version, {"sent_on": "2024-06-03"}).value
    with pytest.raises(ValidationFailed, match="services delivered"):  # only with that step
        referrals.advance(db, actor, sent.id, sent.version, "accepted", {"on": "2024-06-05",
                                                                         "service_ids": [given.id]})
    accepted = referrals.advance(db, actor, sent.id, sent.version, "accepted", {"on": "2024-06-05"}).value
    with pytest.raises(ValidationFailed, match="not a service of this referral's case"):
        referrals.advance(db, actor, sent.id, accepted.version, "services_delivered",
                          {"on": "2024-06-21", "service_ids": [given.id, foreign.id]})
    assert referrals.get_referral(db, actor, sent.id).status == "accepted"  # nothing half-written
    assert case_services.services_of(db, actor, case.id)[0].referral_id is None
    done = referrals.advance(db, actor, sent.id, accepted.version, "services_delivered",
                             {"on": "2024-06-21", "service_ids": [given.id]})
    assert done.value.status == "services_delivered" and done.changes.services
    assert case_services.services_of(db, actor, case.id)[0].referral_id == sent.id
