"""Caseloads: open cases per caseworker by category and priority, the unassigned ones, reassigning."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from models.clock import today
from models.entities import AuditEntry
from models.services import accounts, caseload, cases, persons, records
from models.services.base import Actor
from models.services.errors import PermissionDenied

PASSWORD = "correct horse battery"


def account(db, username: str, role: str) -> Actor:
    return Actor.of(accounts.create_account(db, Actor.system(), {
        "username": username, "full_name": username.title(), "role": role, "password": PASSWORD}).value)


@pytest.fixture
def office(db, actor):
    supervisor = account(db, "supervisor", "supervisor")
    idle = account(db, "idle", "caseworker")
    opened = []
    for i, (category, priority, assigned, status) in enumerate([
            ("labour_migrant", "normal", actor, "active"), ("labour_migrant", "urgent", actor, "open"),
            ("refugee", "high", actor, "referred"), ("refugee", "normal", actor, "closed"),
            ("other", "low", None, "open")]):
        person = persons.create_person(db, supervisor, {"family_name": f"Person{i}", "given_name": "Test",
                                                        "citizenship": "UZB"}).value
        data = {"person_id": person.id, "category": category, "priority": priority, "status": status,
                "opened_on": "2024-05-12", "caseworker_id": assigned.user_id if assigned else None}
        if status == "closed":
            data |= {"closed_on": "2024-06-01", "closed_reason": "Returned home"}
        opened.append(cases.open_case(db, supervisor, data).value)
        if i == 1:  # entered 10 days ago, never registered: an overdue registration
            records.add(db, supervisor, "stay", {"person_id": person.id,
                                                 "entry_date": today() - dt.timedelta(days=10), "basis": "visa_free"})
    return {"supervisor": supervisor, "idle": idle, "cases": opened}


def test_open_cases_per_caseworker_by_category_and_priority(db, actor, office) -> None:
    loads = {load.caseworker: load for load in caseload.caseloads(db, office["supervisor"])}
    mine = loads["Aigerim Nurlanovna"]
    assert mine.open_cases == 3  # the closed case is not a load
    assert mine.by_category == {"labour_migrant": 2, "refugee": 1}
    assert mine.by_priority == {"normal": 1, "urgent": 1, "high": 1}
    assert (mine.overdue, mine.due_soon) == (1, 0)  # the registration overdue; the stay limit in 19 days
    assert loads["Idle"].open_cases == 0  # a caseworker with no case is listed too
    assert "Supervisor" not in loads  # supervisors only when they hold cases
    nobody = caseload.caseloads(db, office["supervisor"])[-1]
    assert (nobody.caseworker_id, nobody.open_cases, nobody.by_category) == (None, 1, {"other": 1})


def test_the_cases_of_a_caseworker_most_urgent_first(db, actor, office) -> None:
    rows = caseload.cases_of(db, office["supervisor"], actor.user_id)
    assert [r.family_name for r in rows][0] == "Person1" and len(rows) == 3
    assert rows[0].next_due == today() - dt.timedelta(days=5)
    assert [r.family_name for r in caseload.cases_of(db, office["supervisor"], None)] == ["Person4"]


def test_reassigning_many_cases_is_audited_case_by_case(db, actor, office) -> None:
    supervisor, idle = office["supervisor"], office["idle"]
    moved = [c.id for c in office["cases"][:2]]
    assert caseload.reassign(db, supervisor, moved, idle.user_id).value == 2
    loads = {load.caseworker: load.open_cases for load in caseload.caseloads(db, supervisor)}
    assert (loads["Aigerim Nurlanovna"], loads["Idle"]) == (1, 2)
    with db.reading() as session:
        changes = session.scalars(select(AuditEntry).where(AuditEntry.action == "change",
                                                           AuditEntry.record_id.in_(moved))).all()
    assert {e.record_id for e in changes} == set(moved)
    assert all(e.details["changes"]["caseworker_id"] == [str(actor.user_id), str(idle.user_id)] for e in changes)


def test_caseloads_are_for_supervisors(db, actor, office) -> None:
    with pytest.raises(PermissionDenied, match="Only a supervisor may see the caseloads"):
        caseload.caseloads(db, actor)
    with pytest.raises(PermissionDenied, match="Only a supervisor may reassign"):
        caseload.reassign(db, actor, [office["cases"][0].id], office["idle"].user_id)
