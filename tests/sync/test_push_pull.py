"""Push and pull against the real office server process on a real PostgreSQL cluster."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, text

from models.entities import OutboxEntry, Person, SyncConflict
from models.services import cases, persons
from models.sync import laptop
from tests.sync.helpers import make_laptop

PERSON = {"family_name": "Юсупов", "given_name": "Алишер", "birth_date": "1990-04-12", "sex": "male",
          "citizenship": "UZB"}


def new_case(lap, **person):
    p = persons.create_person(lap.db, lap.actor, PERSON | person).value
    c = cases.open_case(lap.db, lap.actor, {"person_id": p.id, "category": "labour_migrant",
                                            "opened_on": dt.date(2024, 5, 12), "caseworker_id": lap.actor.user_id}).value
    return p, c


def count(db, table):
    with db.reading() as session:
        return session.execute(text(f"SELECT count(*) FROM {table}")).scalar()


class CutOff:
    """The office applies the push, but its answer never arrives (network drop, laptop closed)."""

    def __init__(self, office, after: int = 1):
        self.office, self.left = office, after

    def push(self, changes):
        answer = self.office.push(changes)
        self.left -= 1
        if self.left < 0:
            raise ConnectionError("the network dropped")
        return answer

    def pull(self, since, limit, snapshot):
        return self.office.pull(since, limit, snapshot)


def test_a_push_cut_off_halfway_is_retried_without_duplicates_or_loss(tmp_path, office, office_server):
    saule = make_laptop(tmp_path, office, office_server, "saule")
    saule.sync()
    with office.reading() as session:
        applied_before = session.execute(text("SELECT count(*) FROM sync_applied")).scalar()
    made = [new_case(saule, family_name=f"Петров{i}")[0] for i in range(6)]
    assert laptop.waiting(saule.db) == 12
    with pytest.raises(ConnectionError):  # the second batch reached the office, its answer did not
        laptop.push(saule.db, CutOff(saule.office, after=1), batch=4)
    assert laptop.waiting(saule.db) == 8  # only the first batch was acknowledged
    result = saule.sync()
    assert laptop.waiting(saule.db) == 0 and result.pushed == 8
    with office.reading() as session:
        names = sorted(session.scalars(select(Person.family_name).where(Person.family_name.like("Петров%"))))
        applied = session.execute(text("SELECT count(*) FROM sync_applied")).scalar()
    assert names == sorted(p.family_name for p in made)  # each once: nothing doubled, nothing lost
    assert applied - applied_before == 12


def test_edits_of_different_fields_merge_and_the_same_field_is_a_conflict(tmp_path, office, office_server):
    saule = make_laptop(tmp_path, office, office_server, "saule")
    boss = make_laptop(tmp_path, office, office_server, "boss", "supervisor")
    saule.sync()
    person, _case = new_case(saule)
    saule.sync()
    boss.sync()
    persons.update_person(saule.db, saule.actor, person.id, person.version, PERSON | {"phone": "+7 701 111"})
    persons.update_person(boss.db, boss.actor, person.id, person.version,
                          PERSON | {"phone": "+7 702 222", "address": "Алматы, Абая 1"})
    assert saule.sync().conflicts == 0
    assert boss.sync().conflicts == 1
    saule.sync()
    for lap in (saule, boss):
        with lap.db.reading() as session:
            stored = session.get(Person, person.id)
            assert (stored.phone, stored.address) == ("+7 701 111", "Алматы, Абая 1")  # first to arrive stays
            [conflict] = session.scalars(select(SyncConflict)).all()
        assert conflict.field == "phone" and conflict.kept_value == "+7 701 111"
        assert conflict.other_value == "+7 702 222" and conflict.other_by == boss.actor.user_id
        assert conflict.other_device.startswith("boss-laptop") and conflict.other_at is not None
        assert conflict.kept_by == saule.actor.user_id and conflict.kept_device.startswith("saule-laptop")


def test_a_conflict_whose_kept_value_is_empty_reaches_the_other_laptop(tmp_path, office, office_server):
    """One caseworker empties a field, the other writes it: the empty value stays and the conflict, with its
    kept value JSON null, is pulled by both (it once stopped the other laptop's every sync: NOT NULL)."""
    saule = make_laptop(tmp_path, office, office_server, "saule")
    boss = make_laptop(tmp_path, office, office_server, "boss", "supervisor")
    person, _case = new_case(saule, phone="+7 701 111")
    saule.sync()
    boss.sync()
    persons.update_person(saule.db, saule.actor, person.id, person.version, PERSON | {"phone": None})
    persons.update_person(boss.db, boss.actor, person.id, person.version, PERSON | {"phone": "+7 702 222"})
    saule.sync()
    assert boss.sync().conflicts == 1
    saule.sync()
    for lap in (saule, boss):
        with lap.db.reading() as session:
            assert session.get(Person, person.id).phone is None
            [conflict] = session.scalars(select(SyncConflict).where(SyncConflict.row_id == person.id)).all()
        assert (conflict.field, conflict.kept_value, conflict.other_value) == ("phone", None, "+7 702 222")


def test_a_pull_is_not_captured_again(tmp_path, office, office_server):
    saule = make_laptop(tmp_path, office, office_server, "saule")
    boss = make_laptop(tmp_path, office, office_server, "boss", "supervisor")
    saule.sync()
    new_case(saule)
    saule.sync()
    result = boss.sync()
    assert result.pulled >= 2
    with boss.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 0
    assert count(boss.db, "person_search") == count(boss.db, "persons") > 0  # derived on the laptop
