"""Issue 29 item 5: a person's administrative proceedings, validated, audited, undoable, seen only by those who
may see the person; a decision finding them liable starts proceedings.appeal, an asylum seeker's case
asylum.apply_by."""
from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from sqlalchemy import select

from models.entities import AuditEntry
from models.services import accounts, cases, deadlines, records, undo
from models.services.base import Actor
from models.services.errors import PermissionDenied, ValidationFailed

DECIDED = {"offence": "Art. 517 — work without a permit", "protocol_on": "2024-06-01", "hearing_on": "2024-06-03",
           "decision": "liable", "decided_on": "2024-06-03", "fine_amount": 73840, "expulsion": True}


def _proceeding(person, **changes):
    return {"person_id": person.id, **DECIDED, **changes}


def _refused(db, actor, data) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as caught:
        records.add(db, actor, "proceeding", data)
    return {e.field: e.message for e in caught.value.errors}


def test_dates_in_order_and_nothing_written_when_refused(db, actor, person) -> None:
    assert _refused(db, actor, _proceeding(person, hearing_on="2024-05-31")) == {
        "hearing_on": "must not be before the protocol date (1 June 2024)"}
    assert _refused(db, actor, _proceeding(person, decided_on="2024-06-02")) == {
        "decided_on": "must not be before the hearing date (3 June 2024)"}
    assert _refused(db, actor, _proceeding(person, appealed_on="2024-06-02")) == {
        "appealed_on": "must not be before the decision date (3 June 2024)"}
    assert records.records_of(db, actor, person.id).proceeding == []


def test_a_decision_has_its_date_a_fine_is_not_negative_and_only_for_the_liable(db, actor, person) -> None:
    assert _refused(db, actor, _proceeding(person, fine_amount=-1)) == {"fine_amount": "must be at least 0"}
    assert _refused(db, actor, _proceeding(person, decided_on=None)) == {
        "decided_on": "is required once the case is decided"}
    assert _refused(db, actor, _proceeding(person, decision="pending", fine_amount=None, expulsion=False)) == {
        "decided_on": "must be empty while the decision is pending"}
    assert _refused(db, actor, _proceeding(person, decision="not_liable")) == {
        "fine_amount": "applies only to a person found liable", "expulsion": "applies only to a person found liable"}
    assert _refused(db, actor, {"person_id": person.id, "offence": " ", "appealed_on": "2024-06-05"}) == {
        "offence": "must not be empty", "appealed_on": "needs the decision date first"}
    pending = records.add(db, actor, "proceeding", {"person_id": person.id, "offence": "Art. 496"}).value
    assert (pending.decision, pending.expulsion, pending.fine_amount) == ("pending", False, None)


def test_a_liable_decision_starts_the_appeal_deadline_and_the_appeal_meets_it(db, actor, person, case) -> None:
    with time_machine.travel(dt.datetime(2024, 6, 10, 12, tzinfo=dt.UTC), tick=False):
        added = records.add(db, actor, "proceeding", _proceeding(person))
        assert added.changes.deadlines and added.changes.records
        [appeal] = [o for o in deadlines.obligations_of(db, actor, person.id, lang="ru")
                    if o.rule == "proceedings.appeal"]
        assert (appeal.due, appeal.status) == (dt.date(2024, 6, 13), "due_soon")
        assert "юридическую помощь" in appeal.explanation
        stored = records.records_of(db, actor, person.id).proceeding[0]
        records.update(db, actor, "proceeding", stored.id, stored.version,
                       stored.model_dump(include=set(DECIDED) | {"person_id"}) | {"appealed_on": dt.date(2024, 6, 10)})
        [appeal] = [o for o in deadlines.obligations_of(db, actor, person.id) if o.rule == "proceedings.appeal"]
        assert appeal.status == "met"
        not_liable = _proceeding(person, decision="not_liable", fine_amount=None, expulsion=False)
        records.add(db, actor, "proceeding", not_liable)
        assert len([o for o in deadlines.obligations_of(db, actor, person.id)
                    if o.rule == "proceedings.appeal"]) == 1


def test_an_open_asylum_seekers_case_without_a_claim_starts_apply_by(db, actor, person) -> None:
    with time_machine.travel(dt.datetime(2024, 6, 4, 12, tzinfo=dt.UTC), tick=False):
        records.add(db, actor, "stay", {"person_id": person.id, "entry_date": "2024-06-03", "basis": "asylum_seeker"})
        assert "asylum.apply_by" not in {o.rule for o in deadlines.obligations_of(db, actor, person.id)}
        cases.open_case(db, actor, {"person_id": person.id, "category": "asylum_seeker", "opened_on": "2024-06-04"})
        with db.reading() as session:  # stored as an alert, so the supervisor's alerts list it
            stored = session.connection().exec_driver_sql(
                "SELECT rule, due, alert FROM obligations WHERE person_id = ?", (person.id.hex,)).fetchall()
        assert ("asylum.apply_by", "2024-06-08", 1) in stored
        records.add(db, actor, "asylum_claim", {"person_id": person.id, "registered_on": "2024-06-05"})
        rules = {o.rule for o in deadlines.obligations_of(db, actor, person.id)}
        assert "asylum.apply_by" not in rules and "asylum.decision" in rules


def test_audited_undone_and_seen_only_by_those_who_may_see_the_person(db, actor, person, case) -> None:
    stack = undo.UndoStack()
    stack.push("Add proceeding", records.add(db, actor, "proceeding", _proceeding(person)))
    with db.reading() as session:
        trail = [(e.action, e.entity) for e in session.scalars(select(AuditEntry).order_by(AuditEntry.seq))]
    assert trail[-1] == ("create", "proceedings")
    step = stack.take_undo()
    assert step is not None
    undo.reverse(db, actor, step)
    assert records.records_of(db, actor, person.id).proceeding == []
    stranger = Actor.of(accounts.create_account(db, Actor.system(), {
        "username": "stranger", "full_name": "Stranger", "role": "caseworker",
        "password": "correct horse battery"}).value)
    with pytest.raises(PermissionDenied):
        records.add(db, stranger, "proceeding", _proceeding(person))
    with pytest.raises(PermissionDenied):
        records.records_of(db, stranger, person.id)


def test_the_supervisor_sees_both_deadlines_among_the_alerts_and_filters_by_them(db, actor, person, case) -> None:
    from models.services import alerts
    from models.services.alerts import AlertFilter

    supervisor = Actor.of(accounts.create_account(db, Actor.system(), {
        "username": "boss", "full_name": "Boss", "role": "supervisor", "password": "correct horse battery"}).value)
    with time_machine.travel(dt.datetime(2024, 6, 10, 12, tzinfo=dt.UTC), tick=False):
        records.add(db, actor, "proceeding", _proceeding(person))
        records.add(db, actor, "stay", {"person_id": person.id, "entry_date": "2024-06-08", "basis": "asylum_seeker"})
        cases.update_case(db, actor, case.id, case.version, {"person_id": person.id, "category": "asylum_seeker",
                                                            "opened_on": case.opened_on, "caseworker_id": actor.user_id})
        found = {(row.rule, row.due) for row in alerts.alerts(db, supervisor)}
        assert {("proceedings.appeal", dt.date(2024, 6, 13)), ("asylum.apply_by", dt.date(2024, 6, 13))} <= found
        only = alerts.alerts(db, supervisor, AlertFilter(rule="proceedings.appeal"))
        assert [row.rule for row in only] == ["proceedings.appeal"]
