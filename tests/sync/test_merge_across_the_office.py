"""A supervisor merges two records of one person on her laptop while a caseworker edits the merged one offline:
both reach the office, in either order, and the edits land on the record kept (issue 31, "across the office")."""
from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import func, select

from models.entities import Case, Note, Person, Stay, SyncConflict
from models.services import cases, duplicates, persons, records
from tests.sync.helpers import make_laptop
from tests.sync.test_push_pull import PERSON, new_case


def _two_records(tmp_path, office, office_server):
    """Saule and Dana each recorded the same woman; the supervisor's laptop holds both."""
    saule = make_laptop(tmp_path, office, office_server, "saule")
    dana = make_laptop(tmp_path, office, office_server, "dana")
    boss = make_laptop(tmp_path, office, office_server, "boss", "supervisor")
    kept, kept_case = new_case(saule, family_name="Юсупова", given_name="Гулнора", sex="female")
    merged, merged_case = new_case(dana, family_name="Yusupova", given_name="Gulnora", sex="female")
    records.add(saule.db, saule.actor, "stay", {"person_id": kept.id, "entry_date": dt.date(2026, 1, 5),
                                                "exit_date": dt.date(2026, 2, 20), "basis": "visa_free"})
    cases.add_note(saule.db, saule.actor, {"case_id": kept_case.id, "text": "Работодатель удерживает паспорт"})
    for lap in (saule, dana, boss):
        lap.sync()
    return saule, dana, boss, kept, merged, merged_case


def _merge(boss, kept, merged):
    with boss.db.reading() as session:
        versions = {p.id: p.version for p in session.scalars(select(Person).where(Person.id.in_([kept.id, merged.id])))}
    duplicates.merge(boss.db, boss.actor, kept.id, merged.id, kept_version=versions[kept.id],
                     merged_version=versions[merged.id], take_from_merged=["phone"])


def _edit_offline(dana, merged):
    """Dana, offline, adds a stay to her record and her phone number."""
    records.add(dana.db, dana.actor, "stay", {"person_id": merged.id, "entry_date": dt.date(2026, 5, 1),
                                              "basis": "visa_free", "border_point": "Жибек жолы"})
    with dana.db.reading() as session:
        version = session.get(Person, merged.id).version
    persons.update_person(dana.db, dana.actor, merged.id, version,
                          PERSON | {"family_name": "Yusupova", "given_name": "Gulnora", "sex": "female",
                                    "phone": "+7 701 555 1234"})


def _office_stays(office, person_id):
    with office.reading() as session:
        return sorted((s.entry_date, s.border_point) for s in session.scalars(
            select(Stay).where(Stay.person_id == person_id, Stay.archived_at.is_(None))))


def _assert_joined(office, kept, merged):
    assert _office_stays(office, kept.id) == [(dt.date(2026, 1, 5), None), (dt.date(2026, 5, 1), "Жибек жолы")]
    assert _office_stays(office, merged.id) == []
    with office.reading() as session:
        assert session.get(Person, kept.id).phone == "+7 701 555 1234"
        assert session.get(Person, merged.id).archived_at is not None
        assert session.scalar(select(func.count()).select_from(Case).where(Case.person_id == merged.id)) == 0


def test_an_offline_edit_of_the_merged_record_pushed_after_the_merge_lands_on_the_kept_one(
        tmp_path, office, office_server):
    saule, dana, boss, kept, merged, merged_case = _two_records(tmp_path, office, office_server)
    _edit_offline(dana, merged)
    _merge(boss, kept, merged)
    boss.sync()
    result = dana.sync()
    assert result.refused == 0
    _assert_joined(office, kept, merged)
    dana.sync()
    with dana.db.reading() as session:  # her laptop follows: her case and her stay are the kept person's
        assert session.get(Case, merged_case.id).person_id == kept.id
        assert session.scalar(select(func.count()).select_from(Stay).where(Stay.person_id == merged.id)) == 0
        # The merge shows her the person kept, never Saule's case or its notes.
        assert session.scalars(select(Case.id).where(Case.person_id == kept.id)).all() == [merged_case.id]
        assert session.scalar(select(func.count()).select_from(Note)) == 0


def test_an_offline_edit_that_reached_the_office_before_the_merge_moves_with_it(tmp_path, office, office_server):
    saule, dana, boss, kept, merged, _merged_case = _two_records(tmp_path, office, office_server)
    _edit_offline(dana, merged)
    _merge(boss, kept, merged)  # on the supervisor's laptop, before Dana's edits reached the office
    dana.sync()
    result = boss.sync()
    assert result.refused == 0
    _assert_joined(office, kept, merged)
    boss.sync()
    with boss.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Stay).where(Stay.person_id == kept.id)) == 2


def test_a_colliding_edit_of_the_merged_record_is_kept_as_a_conflict(tmp_path, office, office_server):
    saule, dana, boss, kept, merged, _merged_case = _two_records(tmp_path, office, office_server)
    with saule.db.reading() as session:
        version = session.get(Person, kept.id).version
    persons.update_person(saule.db, saule.actor, kept.id, version,
                          PERSON | {"family_name": "Юсупова", "given_name": "Гулнора", "sex": "female",
                                    "address": "Алматы, ул. Толе би 10"})
    saule.sync()
    boss.sync()
    with dana.db.reading() as session:
        version = session.get(Person, merged.id).version
    persons.update_person(dana.db, dana.actor, merged.id, version,
                          PERSON | {"family_name": "Yusupova", "given_name": "Gulnora", "sex": "female",
                                    "address": "Шымкент, ул. Байтурсынова 5"})
    _merge(boss, kept, merged)
    boss.sync()
    dana.sync()
    with office.reading() as session:
        assert session.get(Person, kept.id).address == "Алматы, ул. Толе би 10"
        found = {c.field: (c.kept_value, c.other_value) for c in session.scalars(
            select(SyncConflict).where(SyncConflict.row_id == kept.id))}
    # The region follows the address on both records: it collides too.
    assert found == {"address": ("Алматы, ул. Толе би 10", "Шымкент, ул. Байтурсынова 5"),
                     "region": ("г. Алматы", "г. Шымкент")}


def test_a_caseworker_cannot_merge_with_a_crafted_push(tmp_path, office, office_server):
    """Saule, under her own token, says her record was merged into Dana's: refused, nothing moves."""
    saule, dana, _boss, kept, merged, merged_case = _two_records(tmp_path, office, office_server)
    forged = {"change_id": str(uuid.uuid4()), "table": "persons", "row_id": str(kept.id), "operation": "update",
              "new": {"merged_into": str(merged.id), "archived_at": "2026-12-07T10:00:00"}, "old": {},
              "made_at": "2026-12-07T10:00:00"}
    [refused] = saule.office.push([forged])["refused"]
    assert "supervisor" in refused["reason"]
    with office.reading() as session:
        person = session.get(Person, kept.id)
        assert person.merged_into is None and person.archived_at is None
        assert session.get(Case, merged_case.id).person_id == merged.id
