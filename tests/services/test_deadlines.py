"""Deadlines through the services: computed from the stored history, kept current on every write."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select, text

from models.entities import StoredObligation
from models.services import deadlines, persons, records, rules
from models.services.base import Actor

AS_OF = dt.date(2024, 6, 1)


def stored(db, person_id) -> list[tuple[str, dt.date, bool]]:
    with db.reading() as session:
        rows = session.scalars(select(StoredObligation).where(StoredObligation.person_id == person_id)
                               .order_by(StoredObligation.position))
        return [(r.rule, r.due, r.met) for r in rows]


def test_obligations_of_a_visa_free_stay(db, actor, person) -> None:
    records.add(db, actor, "stay", {"person_id": person.id, "entry_date": "2024-05-10", "basis": "visa_free"})
    found = deadlines.obligations_of(db, actor, person.id, as_of=AS_OF)
    per_entry = next(o for o in found if o.rule == "stay.per_entry")
    assert (per_entry.due, per_entry.status, per_entry.days_left) == (dt.date(2024, 6, 8), "due_soon", 7)
    assert "8 June 2024" in per_entry.explanation and "Uzbekistan" in per_entry.explanation
    registration = next(o for o in found if o.rule == "registration.deadline")
    assert (registration.due, registration.status) == (dt.date(2024, 5, 15), "overdue")
    russian = deadlines.obligations_of(db, actor, person.id, as_of=AS_OF, lang="ru")
    assert "8 июня 2024" in next(o for o in russian if o.rule == "stay.per_entry").explanation


def test_every_history_write_refreshes_the_stored_obligations(db, actor, person) -> None:
    stay = records.add(db, actor, "stay", {"person_id": person.id, "entry_date": "2024-05-10",
                                           "basis": "visa_free"}).value
    rules_due = {rule: due for rule, due, met in stored(db, person.id)}
    assert rules_due["stay.per_entry"] == dt.date(2024, 6, 8)
    records.add(db, actor, "registration", {"person_id": person.id, "registered_on": "2024-05-13"})
    assert ("registration.deadline", dt.date(2024, 5, 15), True) in stored(db, person.id)
    records.archive(db, actor, "stay", stay.id, stay.version)
    assert not [row for row in stored(db, person.id) if row[0].startswith("stay.")]


def test_stay_planner(db, actor, person) -> None:
    records.add(db, actor, "stay", {"person_id": person.id, "entry_date": "2024-03-01", "exit_date": "2024-05-20",
                                    "basis": "visa_free"})
    # 1 March to 20 May is 81 days, all still in the window in early June: 9 days are left.
    assert deadlines.plan_stay(db, actor, person.id, dt.date(2024, 6, 1), as_of=AS_OF) == 9


def test_a_new_rule_version_recomputes_everyone(db, actor, person) -> None:
    records.add(db, actor, "stay", {"person_id": person.id, "entry_date": "2024-05-10", "basis": "visa_free"})
    version = rules.ruleset(db).version_for("registration.deadline", dt.date(2024, 5, 10))
    admin = Actor.system()
    rules.add_rule_version(db, admin, {
        "rule": "registration.deadline", "effective_from": "2024-01-01", "params": dict(version.params) | {"days": 3},
        "citation": "Test order No. 1 of 1 Jan 2024", "verification": "test"})
    rows = {rule: due for rule, due, met in stored(db, person.id)}
    assert rows["registration.deadline"] == dt.date(2024, 5, 13)
    found = deadlines.obligations_of(db, actor, person.id, as_of=AS_OF)
    assert next(o for o in found if o.rule == "registration.deadline").rule_version == \
        "registration.deadline@2024-01-01"


def test_citizenship_change_refreshes_deadlines(db, actor, person) -> None:
    records.add(db, actor, "stay", {"person_id": person.id, "entry_date": "2024-05-10", "basis": "visa_free"})
    current = persons.get_person(db, actor, person.id)
    data = current.model_dump(exclude={"id", "version", "created_at", "updated_at", "archived_at"})
    persons.update_person(db, actor, person.id, current.version, data | {"citizenship": "RUS"})
    assert "stay.per_entry" not in {rule for rule, _, _ in stored(db, person.id)}  # EAEU: no per-entry limit


def test_a_full_recompute_rewrites_only_the_obligations_that_changed(db, actor, person) -> None:
    other = persons.create_person(db, actor, {"family_name": "Тошматов", "given_name": "Фаррух", "citizenship": "TJK"}).value
    for someone in (person.id, other.id):
        records.add(db, actor, "stay", {"person_id": someone, "entry_date": "2024-05-10", "basis": "visa_free"})

    def table() -> dict[tuple, tuple]:
        with db.reading() as session:
            return {(p, pos): rest for p, pos, *rest in session.execute(text(
                "SELECT person_id, position, rowid, rule, due, met, rule_version, alert, computed_on "
                "FROM obligations"))}

    with db.transaction() as session:  # a due date gone wrong, say by an older Qamqor
        session.execute(text("UPDATE obligations SET due = '2030-01-01' WHERE person_id = :p"), {"p": other.id.hex})
    before = table()
    deadlines.recompute_all(db, as_of=AS_OF + dt.timedelta(days=1))
    after = table()
    assert after.keys() == before.keys()
    for (someone, position), (rowid, *row, computed_on) in after.items():
        assert computed_on == (AS_OF + dt.timedelta(days=1)).isoformat()
        if someone == person.id.hex:  # unchanged: the same row, only computed_on moved on
            assert (rowid, *row) == tuple(before[someone, position][:-1])
        else:
            assert row[1] != "2030-01-01"
    with db.transaction() as session:  # the same table as a recompute from nothing
        session.execute(text("DELETE FROM obligations"))
    deadlines.recompute_all(db, as_of=AS_OF + dt.timedelta(days=1))
    assert {key: row[1:] for key, row in table().items()} == {key: row[1:] for key, row in after.items()}
