"""Capture on a laptop: every service write's synced rows land in the outbox in the same transaction."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from models.entities import OutboxEntry, Person
from models.services import persons


def outbox(db):
    with db.reading() as session:
        return list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)))


def test_a_new_person_and_case_are_captured_as_inserts(db, actor, person, case):
    entries = outbox(db)
    assert [(e.table_name, e.operation) for e in entries][:1] == [("persons", "insert")]
    assert ("cases", "insert") in {(e.table_name, e.operation) for e in entries}
    person_entry = entries[0]
    assert person_entry.row_id == person.id
    assert person_entry.new["family_name"] == "Юсупов"
    assert person_entry.new["birth_date"] == "1990-04-12"
    assert person_entry.made_by == actor.user_id
    # derived data never travels, and nor do accounts
    assert not {e.table_name for e in entries} & {"obligations", "users", "person_search"}


def test_an_edit_is_captured_with_its_old_values(db, actor, person):
    before = len(outbox(db))
    persons.update_person(db, actor, person.id, person.version, {
        "family_name": "Юсупов", "given_name": "Алишер", "patronymic": "Рустамович",
        "birth_date": "1990-04-12", "sex": "male", "citizenship": "UZB", "phone": "+7 701 000 00 00"})
    [entry] = outbox(db)[before:]
    assert entry.operation == "update"
    assert entry.new["phone"] == "+7 701 000 00 00" and entry.old["phone"] is None
    assert "family_name" not in entry.new  # unchanged fields are not sent
    # The same person wrote the row before: `updated_by` did not change, and the change still says who made it
    # (a conflict names the other value's author from it).
    assert "updated_by" not in entry.new and entry.made_by == actor.user_id


def test_a_write_rolled_back_leaves_nothing_in_the_outbox(db, actor, person):
    before = len(outbox(db))
    with pytest.raises(RuntimeError), db.transaction() as session:
        stored = session.get(Person, person.id)
        stored.phone = "+7 701 111 11 11"
        session.flush()
        with session.begin_nested():
            pass
        assert len(session.scalars(select(OutboxEntry)).all()) == before + 1  # written by the flush itself
        raise RuntimeError("the write fails after its flush")
    assert len(outbox(db)) == before
