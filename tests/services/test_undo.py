"""Undo and redo as a service: reversed from the audit trail, several steps, refused in words."""
from __future__ import annotations

import datetime as dt

import pytest

from models.changes import Changes
from models.services import accounts, cases, persons, records, undo, users
from models.services.base import Actor
from models.services.errors import Conflict, PermissionDenied

CASE_FIELDS = {"person_id", "category", "status", "caseworker_id", "priority", "sensitive", "opened_on",
               "closed_on", "closed_reason"}


def _user(db, username: str, role: str) -> Actor:
    created = accounts.create_account(db, Actor.system(), {
        "username": username, "full_name": username.title(), "role": role,
                                                          "password": "correct horse battery"})
    return Actor.of(created.value)


def _edit_case(db, actor, case_id, **new):
    current = cases.get_case(db, actor, case_id)
    return cases.update_case(db, actor, case_id, current.version,
                             current.model_dump(include=CASE_FIELDS) | new)  # keeps Done


def _undo(db, actor, stack: undo.UndoStack) -> Changes:
    step = stack.take_undo()
    assert step is not None
    reversed_ = undo.reverse(db, actor, step)
    stack.undone(reversed_.value)
    return reversed_.changes


def _redo(db, actor, stack: undo.UndoStack) -> Changes:
    step = stack.take_redo()
    assert step is not None
    reversed_ = undo.reverse(db, actor, step)
    stack.redone(reversed_.value)
    return reversed_.changes


def test_several_steps_are_undone_newest_first_and_redone(db, actor, person, case) -> None:
    stack = undo.UndoStack()
    edited = _edit_case(db, actor, case.id, priority="high")
    stack.push("Edit case", edited)
    noted = cases.add_note(db, actor, {"case_id": case.id, "text": "Called the employer."})
    stack.push("Add note", noted)
    stayed = records.add(db, actor, "stay", {"person_id": person.id, "entry_date": "2024-05-01",
                                             "basis": "visa_free"})
    stack.push("Add stay", stayed)
    assert stayed.changes.records and stayed.changes.deadlines and stayed.changes.person_ids == {person.id}
    assert records.records_of(db, actor, person.id).stay
    assert stack.undo_label == "Add stay" and stack.redo_label == ""

    changes = _undo(db, actor, stack)
    assert records.records_of(db, actor, person.id).stay == []
    assert changes.records and changes.deadlines and changes.person_ids == {person.id}
    changes = _undo(db, actor, stack)
    assert cases.notes_of(db, actor, case.id) == []
    assert changes.notes and changes.case_ids == {case.id} and not changes.records
    _undo(db, actor, stack)
    assert cases.get_case(db, actor, case.id).priority == "normal"
    assert stack.undo_label == "" and stack.redo_label == "Edit case"

    _redo(db, actor, stack)
    assert cases.get_case(db, actor, case.id).priority == "high"
    _redo(db, actor, stack)
    assert [n.text for n in cases.notes_of(db, actor, case.id)] == ["Called the employer."]
    assert stack.redo_label == "Add stay" and stack.undo_label == "Add note"
    # A new write ends what could be redone.
    stack.push("Edit case", _edit_case(db, actor, case.id, priority="low"))
    assert stack.redo_label == ""
    _undo(db, actor, stack)
    assert cases.get_case(db, actor, case.id).priority == "high"


def test_notes_and_attachments_are_archived_and_restored(db, actor, case) -> None:
    stack = undo.UndoStack()
    added = cases.add_attachment(db, actor, {"case_id": case.id, "filename": "passport.pdf",
                                             "media_type": "application/pdf", "content": b"%PDF scan"})
    assert added.changes == Changes(attachments=True, case_ids=frozenset({case.id}))
    archived = cases.archive_attachment(db, actor, added.value.id, added.value.version)
    stack.push("Archive attachment", archived)
    _undo(db, actor, stack)
    assert [a.filename for a in cases.attachments_of(db, actor, case.id)] == ["passport.pdf"]
    assert cases.attachment_content(db, actor, added.value.id) == b"%PDF scan"
    _redo(db, actor, stack)
    assert cases.attachments_of(db, actor, case.id) == []

    noted = cases.add_note(db, actor, {"case_id": case.id, "text": "Met at the office."})
    archived_note = cases.archive_note(db, actor, noted.value.id, noted.value.version)
    stack.push("Archive note", archived_note)
    _undo(db, actor, stack)
    assert [n.text for n in cases.notes_of(db, actor, case.id)] == ["Met at the office."]


def test_refused_when_someone_else_changed_the_record_since(db, actor, case) -> None:
    supervisor = _user(db, "dana", "supervisor")
    stack = undo.UndoStack()
    stack.push("Edit case", _edit_case(db, actor, case.id, priority="high"))
    _edit_case(db, supervisor, case.id, priority="urgent")
    step = stack.take_undo()
    assert step is not None
    with pytest.raises(Conflict, match="can no longer be undone: the case was changed again afterwards"):
        undo.reverse(db, actor, step)
    assert cases.get_case(db, actor, case.id).priority == "urgent"  # nothing was overwritten


def test_a_later_look_does_not_stop_an_undo(db, actor, case) -> None:
    stack = undo.UndoStack()
    stack.push("Edit case", _edit_case(db, actor, case.id, sensitive=True))
    cases.get_case(db, actor, case.id)  # a sensitive case's view is audited: a read, not a write
    cases.record_printed(db, actor, case.id)
    _undo(db, actor, stack)
    assert cases.get_case(db, actor, case.id).sensitive is False


def test_nobody_undoes_a_write_they_may_no_longer_make(db, actor, case) -> None:
    supervisor = _user(db, "dana", "supervisor")
    colleague = _user(db, "marat", "caseworker")
    stack = undo.UndoStack()
    stack.push("Add note", cases.add_note(db, actor, {"case_id": case.id, "text": "Private remark."}))
    # The note itself is untouched, but its case now belongs to a colleague.
    cases.reassign_cases(db, supervisor, [case.id], colleague.user_id)
    step = stack.take_undo()
    assert step is not None
    with pytest.raises(PermissionDenied, match="You may not open this case"):
        undo.reverse(db, actor, step)
    assert [n.text for n in cases.notes_of(db, supervisor, case.id)] == ["Private remark."]


def test_a_deactivated_or_demoted_user_undoes_nothing(db, actor, case) -> None:
    admin = _user(db, "erlan", "admin")
    stack = undo.UndoStack()
    stack.push("Add note", cases.add_note(db, actor, {"case_id": case.id, "text": "Remark."}))
    users.set_roles(db, admin, "aigerim", {"role": "admin"})
    step = stack.take_undo()
    assert step is not None
    with pytest.raises(PermissionDenied):  # an administrator sees no case content
        undo.reverse(db, actor, step)
    users.deactivate(db, admin, "aigerim")
    with pytest.raises(PermissionDenied, match="no longer active"):
        undo.reverse(db, actor, step)


def test_only_the_author_undoes_a_step(db, actor, case) -> None:
    supervisor = _user(db, "dana", "supervisor")
    noted = cases.add_note(db, actor, {"case_id": case.id, "text": "Remark."})
    with pytest.raises(PermissionDenied, match="Only the person who made a change"):
        undo.reverse(db, supervisor, undo.Step("Add note", noted.entries))
    assert len(cases.notes_of(db, actor, case.id)) == 1


def test_what_has_no_reverse_is_refused_in_words(db, actor, case) -> None:
    from models.services import screening

    recorded = screening.record_screening(db, actor, {"case_id": case.id,
                                          "interviewed_on": dt.date(2024, 6, 1),
                                                       "answers": []})
    assert recorded.changes == Changes(referral=True, case_ids=frozenset({case.id}))
    with pytest.raises(Exception, match="cannot be undone here"):
        undo.reverse(db, actor, undo.Step("Record screening", recorded.entries))


def test_a_restored_stay_must_not_overlap_another(db, actor, person) -> None:
    from models.services.errors import ValidationFailed

    first = records.add(db, actor, "stay", {"person_id": person.id, "entry_date": "2024-01-10",
                                            "exit_date": "2024-02-10", "basis": "visa_free"})
    archived = records.archive(db, actor, "stay", first.value.id, first.value.version)
    records.add(db, actor, "stay", {"person_id": person.id, "entry_date": "2024-01-20",
                                    "exit_date": "2024-03-01", "basis": "visa_free"})
    with pytest.raises(ValidationFailed, match="overlaps the stay"):
        undo.reverse(db, actor, undo.Step("Archive stay", archived.entries))


def test_each_write_says_what_it_changed(db, actor, person, case) -> None:
    from models.services import quota

    admin = _user(db, "erlan", "admin")
    allocated = quota.set_allocation(db, admin, {"year": 2024, "region": "Almaty city", "category": "fourth",
                                                 "units": 120})
    assert allocated.changes == Changes(quota=True)  # no more "everything": nothing else reloads
    assert allocated.entries  # audited, so undo could find it
    renamed = users.set_roles(db, admin, "aigerim", {"role": "supervisor"})
    assert renamed.changes == Changes(users=True)
    note = cases.add_note(db, actor, {"case_id": case.id, "text": "Remark."})
    assert note.changes == Changes(notes=True, case_ids=frozenset({case.id}))
    stay = records.add(db, actor, "stay", {"person_id": person.id, "entry_date": "2024-05-01", "basis": "visa_free"})
    assert stay.changes == Changes(records=True, deadlines=True, person_ids=frozenset({person.id}))


def test_refused_when_an_import_undo_archived_the_record_in_bulk(db, actor, person) -> None:
    """Undoing an import archives without an entry per record: the record's state says it changed."""
    from models.entities import Person
    from models.schemas.persons import PersonIn

    stack = undo.UndoStack()
    current = persons.get_person(db, actor, person.id)
    stack.push("Edit person", persons.update_person(db, actor, person.id, current.version,
                                                    current.model_dump(include=set(PersonIn.model_fields)) | {"phone": "+7 700"}))
    with db.transaction() as session:  # as models.importing.writing.undo does
        session.get(Person, person.id).archived_at = dt.datetime(2024, 6, 1)
    step = stack.take_undo()
    assert step is not None
    with pytest.raises(Conflict, match="the person was changed again afterwards"):
        undo.reverse(db, actor, step)
