"""Each change of a push is applied once at the office (issue 25): with a change the office refuses among
them, and when the laptop sends the same batch again (its answer lost, or its request timed out while the
office was still at work)."""
from __future__ import annotations

import threading
import uuid

from sqlalchemy import func, select, text

from models.entities import AuditEntry, Person
from tests.sync.helpers import make_laptop
from tests.sync.test_push_checked import change, refused_ids
from tests.sync.test_push_pull import PERSON, new_case


def _audited(office, change_id: str) -> int:
    with office.reading() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)
                              .where(AuditEntry.details["change"].as_string() == change_id)) or 0


def _applied(office, change_id: str) -> int:
    with office.reading() as session:
        return session.execute(text("SELECT count(*) FROM sync_applied WHERE change_id = :c"),
                               {"c": uuid.UUID(change_id)}).scalar()


def _stamped(office, row_id) -> int:
    with office.reading() as session:
        return session.execute(text("SELECT seq FROM sync_log WHERE row_id = :r"), {"r": row_id}).scalar()


def test_a_batch_with_a_refused_change_applies_each_other_change_once(tmp_path, office, office_server):
    saule = make_laptop(tmp_path, office, office_server, "saule")
    saule.sync()
    person, case = new_case(saule)
    saule.sync()
    first = change("persons", person.id, "update", {"phone": "+7 701 111 22 33"}, {"phone": None})
    orphan = change("stays", uuid.uuid4(), "insert", {"id": str(uuid.uuid4()), "person_id": str(uuid.uuid4()),
                                                      "entry_date": "2024-01-01", "basis": "visa_free", "version": 1})
    behind = change("cases", case.id, "update", {"priority": "high"}, {"priority": "normal"})
    batch = [first, orphan, behind]
    before = _stamped(office, person.id)
    answer = saule.office.push(batch)
    assert set(refused_ids(answer)) == {orphan["change_id"]}
    after = _stamped(office, person.id)
    # A second push of the same batch, and two more at once: the office's answer, nothing applied again.
    again = saule.office.push(batch)
    assert set(refused_ids(again)) == {orphan["change_id"]}
    answers: list = []
    pushes = [threading.Thread(target=lambda: answers.append(saule.office.push(batch))) for _ in range(2)]
    for push in pushes:
        push.start()
    for push in pushes:
        push.join(timeout=120)
    assert [set(refused_ids(a)) for a in answers] == [{orphan["change_id"]}] * 2
    assert [_audited(office, c["change_id"]) for c in batch] == [1, 1, 1]  # the refusal is audited too
    assert [_applied(office, c["change_id"]) for c in batch] == [1, 1, 1]
    assert _stamped(office, person.id) == after > before  # numbered once, not again by the re-sent pushes
    with office.reading() as session:
        held = session.get(Person, person.id)
        assert (held.phone, held.version) == ("+7 701 111 22 33", person.version + 1)
    assert PERSON


def test_a_change_refused_by_the_rules_makes_no_other_change_run_again(tmp_path, office, office_server):
    """Counted by a trigger at the office that takes a number from a sequence for each update of a person:
    a sequence is not rolled back, so an update made and undone with its savepoint still counts."""
    saule = make_laptop(tmp_path, office, office_server, "saule")
    saule.sync()
    person, _case = new_case(saule)
    saule.sync()
    with office.transaction() as session:
        session.execute(text(
            "CREATE SEQUENCE IF NOT EXISTS person_updates_run; "
            "CREATE OR REPLACE FUNCTION count_person_update() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN PERFORM nextval('person_updates_run'); RETURN NEW; END $$; "
            "CREATE OR REPLACE TRIGGER person_updates_run AFTER UPDATE ON persons FOR EACH ROW "
            "EXECUTE FUNCTION count_person_update()"))
    try:
        def runs() -> int:
            with office.reading() as session:
                return session.execute(text("SELECT last_value + (CASE WHEN is_called THEN 0 ELSE -1 END) "
                                            "FROM person_updates_run")).scalar()

        before = runs()
        edit = change("persons", person.id, "update", {"phone": "+7 701 222 33 44"}, {"phone": None})
        directory = change("organisations", uuid.uuid4(), "insert", {"name": "Фонд", "services": ["legal"],
                                                                     "version": 1})  # a caseworker may not
        answer = saule.office.push([edit, directory])
        assert set(refused_ids(answer)) == {directory["change_id"]}
        assert runs() - before == 1
    finally:
        with office.transaction() as session:
            session.execute(text("DROP TRIGGER person_updates_run ON persons"))
