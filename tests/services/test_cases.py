"""Cases, notes and attachments."""
from __future__ import annotations

import datetime as dt
import uuid

import pytest

from models.services import cases
from models.services.errors import ValidationFailed


def test_closing_needs_a_reason_and_a_date(db, actor, case) -> None:
    data = case.model_dump(include=set(type(case).model_fields) - {"id", "version", "created_at", "updated_at",
                                                                     "archived_at"})
    with pytest.raises(ValidationFailed) as caught:
        cases.update_case(db, actor, case.id, case.version, data | {"status": "closed"})
    assert caught.value.errors[0].field == "closed_reason"
    closed = cases.update_case(db, actor, case.id, case.version,
                               data | {"status": "closed", "closed_on": dt.date(2024, 9, 1),
                                       "closed_reason": "Returned home"}).value
    assert closed.status == "closed" and closed.version == 2


def test_attachment_bytes_are_stored_and_read_back(db, actor, case) -> None:
    scan = b"%PDF-1.4 scanned passport" * 100
    saved = cases.add_attachment(db, actor, {"case_id": case.id, "filename": "passport.pdf",
                                             "media_type": "application/pdf", "content": scan}).value
    assert saved.size == len(scan)
    assert [a.filename for a in cases.attachments_of(db, actor, case.id)] == ["passport.pdf"]
    assert cases.attachment_content(db, actor, saved.id) == scan


def test_notes_keep_their_author(db, actor, case) -> None:
    cases.add_note(db, actor, {"case_id": case.id, "text": "Called the employer about the contract."})
    with pytest.raises(ValidationFailed, match="Text: must not be empty"):
        cases.add_note(db, actor, {"case_id": case.id, "text": "  "})
    assert [n.created_by for n in cases.notes_of(db, actor, case.id)] == [actor.user_id]


# --- the case list ------------------------------------------------------------


def _open(db, actor, family_name: str, given_name: str, citizenship: str, **case) -> uuid.UUID:
    from models.services import persons

    person = persons.create_person(db, actor, {"family_name": family_name, "given_name": given_name,
                                               "citizenship": citizenship, "birth_year": 1990}).value
    return cases.open_case(db, actor, {"person_id": person.id, "category": "labour_migrant",
                                       "opened_on": dt.date(2024, 5, 12)} | case).value.id


def test_case_list_sorts_filters_and_hides_others_sensitive_cases(db, actor) -> None:
    from models.entities import Role
    from models.services.base import Actor

    b = _open(db, actor, "Bekov", "Aidar", "KGZ", status="active")
    a = _open(db, actor, "Abdullaev", "Timur", "UZB", category="refugee")
    hidden = _open(db, actor, "Aliyeva", "Dina", "TJK", sensitive=True, caseworker_id=None)
    supervisor = Actor(None, frozenset({Role.supervisor}))
    assert cases.case_list(db, actor) == [a, b]
    assert cases.case_list(db, supervisor) == [a, hidden, b]
    assert cases.case_list(db, supervisor, sort="citizenship") == [b, hidden, a]  # KGZ, TJK, UZB
    assert cases.case_list(db, supervisor, sort="citizenship", descending=True) == [a, hidden, b]
    assert list(cases.case_keys(db, supervisor)) == [a, hidden, b]  # kept as stored until read, read as UUIDs
    assert cases.case_list(db, actor, cases.CaseFilter(category="refugee")) == [a]
    assert cases.case_list(db, actor, cases.CaseFilter(status="active")) == [b]
    rows = cases.case_rows(db, actor, [b, a])
    assert [(r.family_name, r.citizenship, r.caseworker) for r in rows] == [
        ("Bekov", "KGZ", "Aigerim Nurlanovna"), ("Abdullaev", "UZB", "Aigerim Nurlanovna")]


def test_case_list_filters_by_deadline(db, actor, person, case) -> None:
    from models.services import records

    records.add(db, actor, "stay", {"person_id": person.id, "entry_date": dt.date(2024, 5, 10),
                                    "basis": "visa_free"})
    [row] = cases.case_rows(db, actor, [case.id])
    assert row.next_due is not None and row.next_rule
    overdue = cases.CaseFilter(deadline="overdue")
    soon = cases.CaseFilter(deadline="due_soon")
    assert cases.case_list(db, actor, overdue, as_of=row.next_due) == []
    assert cases.case_list(db, actor, soon, as_of=row.next_due - dt.timedelta(days=7)) == [case.id]
    assert cases.case_list(db, actor, soon, as_of=row.next_due - dt.timedelta(days=8)) == []
    assert cases.case_list(db, actor, overdue, as_of=row.next_due + dt.timedelta(days=1)) == [case.id]
    assert cases.case_list(db, actor, sort="next_due") == [case.id]


def test_cases_without_a_deadline_come_last_in_either_order(db, actor, person, case) -> None:
    from models.services import records

    records.add(db, actor, "stay", {"person_id": person.id, "entry_date": dt.date(2024, 5, 10),
                                    "basis": "visa_free"})
    none_due = _open(db, actor, "Bekov", "Aidar", "KGZ")
    assert cases.case_list(db, actor, sort="next_due") == [case.id, none_due]
    assert cases.case_list(db, actor, sort="next_due", descending=True) == [case.id, none_due]


def test_a_printed_case_is_audited_and_refused_to_those_who_may_not_open_it(db, actor, case) -> None:
    from sqlalchemy import func, select

    from models.entities import AuditEntry
    from models.services import accounts
    from models.services.base import Actor
    from models.services.errors import PermissionDenied

    def prints() -> int:
        with db.reading() as session:
            return session.scalar(select(func.count()).where(AuditEntry.action == "print",
                                                             AuditEntry.record_id == case.id))

    cases.record_printed(db, actor, case.id)
    assert prints() == 1
    with pytest.raises(PermissionDenied):
        colleague = Actor.of(accounts.create_account(db, Actor.system(), {
            "username": "bolat", "full_name": "Bolat", "role": "caseworker", "password": "correct horse battery"}).value)
        cases.record_printed(db, colleague, case.id)
    assert prints() == 1


def test_a_save_that_changes_nothing_writes_nothing(db, actor, case) -> None:
    """No new version, author or audit entry: a laptop sends no change for it, so a new version would be a
    copy of the case the office never has (issue 25)."""
    from models.services import accounts, audit
    from models.services.base import Actor

    boss = Actor.of(accounts.create_account(db, Actor.system(), {
        "username": "boss", "full_name": "Boss", "role": "supervisor", "password": "correct horse battery"}).value)
    data = case.model_dump(include=set(type(case).model_fields) - {"id", "version", "created_at", "updated_at",
                                                                     "archived_at"})
    entries = len(audit.case_history(db, boss, case.id))
    saved = cases.update_case(db, boss, case.id, case.version, data).value
    assert (saved.version, saved.updated_at) == (case.version, case.updated_at)
    assert len(audit.case_history(db, boss, case.id)) == entries
