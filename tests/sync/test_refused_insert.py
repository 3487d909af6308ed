"""A record the office refuses to add is undone on the laptop, and kept in its list of refused changes
(issue 25): as a refused edit is (the laptop pulls the office's values back), so the laptop never holds
a record the office does not."""
from __future__ import annotations

from sqlalchemy import select

from models.entities import Case, OutboxEntry, Person, QuotaAllocation
from models.services import quota, search
from models.sync import laptop
from tests.sync.helpers import make_laptop
from tests.sync.test_push_pull import new_case

ALMATY_2031 = {"year": 2031, "region": "г. Алматы", "category": "third"}


def _allocations(db):
    with db.reading() as session:
        return {(a.id, a.units) for a in session.scalars(select(QuotaAllocation).where(QuotaAllocation.year == 2031))}


def test_two_supervisors_setting_one_quota_offline_the_second_is_undone_and_kept(tmp_path, office, office_server):
    first = make_laptop(tmp_path, office, office_server, "first", "supervisor")
    second = make_laptop(tmp_path, office, office_server, "second", "supervisor")
    first.sync()
    second.sync()
    quota.set_allocation(first.db, first.actor, ALMATY_2031 | {"units": 120})
    mine = quota.set_allocation(second.db, second.actor, ALMATY_2031 | {"units": 90}).value
    first.sync()
    result = second.sync()  # the office holds the first one's: the year, region and category are taken
    assert result.refused == 1 and laptop.waiting(second.db) == 0
    [kept] = laptop.refused_changes(second.db)
    assert kept.change["operation"] == "insert" and kept.change["new"]["units"] == 90  # nothing lost
    assert "already taken" in kept.refused
    assert _allocations(second.db) == _allocations(office) == _allocations(first.db)
    assert mine.id not in {i for i, _ in _allocations(second.db)}
    assert second.sync().refused == 0  # and the laptop is not stuck


def test_a_refused_person_goes_with_the_case_opened_for_them(tmp_path, office, office_server):
    saule = make_laptop(tmp_path, office, office_server, "saule")
    saule.sync()
    person, case = new_case(saule, family_name="Отказанов")
    with saule.db.transaction() as session:  # what an older laptop let through and the office's schema refuses
        entry = session.scalars(select(OutboxEntry).where(OutboxEntry.row_id == person.id)).one()
        entry.new = entry.new | {"birth_date": "2999-01-01"}
    result = saule.sync()
    assert result.refused == 2  # the person, and the case that points to a person the office does not hold
    assert {r.change["row_id"] for r in laptop.refused_changes(saule.db)} == {str(person.id), str(case.id)}
    with saule.db.reading() as session:
        assert session.get(Person, person.id) is None and session.get(Case, case.id) is None
    assert search.find(saule.db, saule.actor, "Отказанов") == []  # nor is it found any more
    assert saule.sync().refused == 0
