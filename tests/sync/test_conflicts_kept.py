"""Conflicts keep both values whole and follow the record (issue 25, items 14 to 16)."""
from __future__ import annotations

from sqlalchemy import select

from models.entities import Note, Person, SyncConflict
from models.services import cases, persons
from models.sync import conflicts
from tests.sync.helpers import make_laptop
from tests.sync.test_push_pull import PERSON, new_case


def _three(tmp_path, office, office_server):
    saule = make_laptop(tmp_path, office, office_server, "saule")
    dana = make_laptop(tmp_path, office, office_server, "dana")
    boss = make_laptop(tmp_path, office, office_server, "boss", "supervisor")
    for lap in (saule, dana, boss):
        lap.sync()
    person, case = new_case(saule)
    saule.sync()
    boss.sync()
    return saule, dana, boss, person, case


def _open(lap, row_id):
    """The open conflicts of one record on a laptop (a supervisor sees the whole office's)."""
    return [c for c in conflicts.open_conflicts(lap.db, lap.actor) if c.row_id == row_id]


def _office_conflicts(office, row_id):
    with office.reading() as session:
        return session.scalars(select(SyncConflict).where(SyncConflict.row_id == row_id)).all()


def test_a_note_set_aside_then_archived_keeps_its_text(tmp_path, office, office_server):
    saule, dana, boss, _person, case = _three(tmp_path, office, office_server)
    note = cases.add_note(saule.db, saule.actor, {"case_id": case.id, "text": "Паспорт у работодателя"}).value
    cases.archive_note(saule.db, saule.actor, note.id, note.version)
    cases.reassign_cases(boss.db, boss.actor, [case.id], dana.actor.user_id)
    boss.sync()
    saule.sync()
    [kept] = _office_conflicts(office, note.id)
    assert kept.set_aside and kept.field == "*"
    assert kept.other_value["text"] == "Паспорт у работодателя" and kept.other_value["archived_at"]
    with office.reading() as session:
        assert session.get(Note, note.id) is None  # set aside, not applied
    dana.sync()
    assert [c.id for c in _open(dana, note.id)] == [kept.id]  # the case's new holder sees it


def test_an_edit_set_aside_opens_no_conflict_about_its_id(tmp_path, office, office_server):
    saule, dana, boss, person, case = _three(tmp_path, office, office_server)
    persons.update_person(saule.db, saule.actor, person.id, person.version, PERSON | {"phone": "111"})
    cases.reassign_cases(boss.db, boss.actor, [case.id], dana.actor.user_id)
    boss.sync()
    saule.sync()
    assert {c.field for c in _office_conflicts(office, person.id)} == {"phone"}


def test_the_kept_value_follows_the_record_when_its_author_changes_it_again(tmp_path, office, office_server):
    saule, _dana, boss, person, _case = _three(tmp_path, office, office_server)
    persons.update_person(saule.db, saule.actor, person.id, person.version, PERSON | {"phone": "111"})
    saule.sync()
    persons.update_person(boss.db, boss.actor, person.id, person.version, PERSON | {"phone": "222"})
    boss.sync()
    saule.sync()
    with saule.db.reading() as session:
        mine = session.get(Person, person.id)
    persons.update_person(saule.db, saule.actor, person.id, mine.version, PERSON | {"phone": "333"})
    saule.sync()
    [conflict] = _office_conflicts(office, person.id)
    assert (conflict.kept_value, conflict.other_value) == ("333", "222")
    boss.sync()
    [seen] = _open(boss, person.id)
    assert (seen.kept_value, seen.other_value) == ("333", "222")
    conflicts.resolve(boss.db, boss.actor, seen.id, keep="kept")
    boss.sync()
    with office.reading() as session:
        assert session.get(Person, person.id).phone == "333"


def test_two_laptops_resolving_one_conflict_differently_open_no_conflict_about_it(tmp_path, office, office_server):
    saule, _dana, boss, person, _case = _three(tmp_path, office, office_server)
    persons.update_person(saule.db, saule.actor, person.id, person.version, PERSON | {"phone": "111"})
    persons.update_person(boss.db, boss.actor, person.id, person.version, PERSON | {"phone": "222"})
    saule.sync()
    boss.sync()
    saule.sync()
    [mine] = _open(saule, person.id)
    [theirs] = _open(boss, person.id)
    conflicts.resolve(saule.db, saule.actor, mine.id, keep="kept")
    conflicts.resolve(boss.db, boss.actor, theirs.id, keep="other")
    for lap in (saule, boss, saule, boss):
        lap.sync()
    with office.reading() as session:
        about_conflicts = session.scalars(select(SyncConflict).where(SyncConflict.table_name == "sync_conflicts")).all()
        resolved = session.get(SyncConflict, mine.id)
    assert about_conflicts == []
    assert resolved.choice == "kept" and resolved.resolved_by == saule.actor.user_id  # the first to arrive
    for lap in (saule, boss):
        assert _open(lap, person.id) == []
        with lap.db.reading() as session:
            assert session.get(SyncConflict, mine.id).choice == "kept"
