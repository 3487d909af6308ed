"""Family links through the office sync: two laptops link a family offline, every link arrives once."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from models.entities import FamilyLink
from models.services import cases, family, persons
from tests.sync.helpers import make_laptop


def new_case(lap, given, **born):
    p = persons.create_person(lap.db, lap.actor, {"family_name": "Каримова", "given_name": given, "sex": "female",
                                                  "citizenship": "UZB", **born}).value
    cases.open_case(lap.db, lap.actor, {"person_id": p.id, "category": "labour_migrant",
                                        "opened_on": dt.date(2024, 5, 12), "caseworker_id": lap.actor.user_id})
    return p


def links(db) -> list[tuple]:
    with db.reading() as session:
        return sorted((str(lk.person_id), str(lk.relative_id), lk.relation.value)
                      for lk in session.scalars(select(FamilyLink).where(FamilyLink.archived_at.is_(None))))


def office_links(office, ids) -> list[tuple]:
    with office.reading() as session:
        return sorted((str(lk.person_id), str(lk.relative_id), lk.relation.value) for lk in session.scalars(
            select(FamilyLink).where(FamilyLink.person_id.in_(ids), FamilyLink.archived_at.is_(None))))


def test_two_laptops_link_a_family_offline_and_every_link_arrives_once(tmp_path, office, office_server):
    saule = make_laptop(tmp_path, office, office_server, "saule")
    boss = make_laptop(tmp_path, office, office_server, "boss", "supervisor")
    mother = new_case(saule, "Дилноза", birth_year=1988)
    son, daughter = new_case(saule, "Тимур", birth_year=2014), new_case(saule, "Лола", birth_year=2017)
    saule.sync()
    boss.sync()
    # Offline, each on her own laptop:
    family.link(saule.db, saule.actor, {"person_id": mother.id, "relative_id": son.id, "relation": "child"})
    family.link(boss.db, boss.actor, {"person_id": mother.id, "relative_id": daughter.id, "relation": "child"})
    family.link(boss.db, boss.actor, {"person_id": son.id, "relative_id": daughter.id, "relation": "sibling"})
    # Both laptops linked the daughter to the son's side too: the same pair, two links of their own.
    family.link(saule.db, saule.actor, {"person_id": daughter.id, "relative_id": son.id, "relation": "sibling"})
    assert saule.sync().refused == 0
    assert boss.sync().refused == 1  # the second link of the same pair, refused in words
    saule.sync()
    boss.sync()
    expected = sorted([(str(mother.id), str(son.id), "child"), (str(mother.id), str(daughter.id), "child"),
                       (str(daughter.id), str(son.id), "sibling")])
    assert office_links(office, [mother.id, son.id, daughter.id]) == expected  # none lost, none doubled
    assert links(saule.db) == expected
    # A sync again sends nothing and adds nothing.
    assert saule.sync().pushed == 0 and office_links(office, [mother.id, son.id, daughter.id]) == expected
    seen = family.family_of(saule.db, saule.actor, son.id).relatives
    assert sorted((r.name, r.relation) for r in seen) == [("Каримова Дилноза", "parent"), ("Каримова Лола", "sibling")]


def test_a_link_to_someone_a_caseworker_does_not_see_stays_at_the_office(tmp_path, office, office_server):
    """A supervisor links a person of Saule's to a person of Dana's: neither laptop holds the other's person, so
    neither pulls the link (a row pointing to a person the laptop lacks would stop its sync); the office keeps it."""
    saule = make_laptop(tmp_path, office, office_server, "saule")
    dana = make_laptop(tmp_path, office, office_server, "dana")
    boss = make_laptop(tmp_path, office, office_server, "boss", "supervisor")
    mother, son = new_case(saule, "Дилноза", birth_year=1988), new_case(dana, "Тимур", birth_year=2014)
    saule.sync()
    dana.sync()
    boss.sync()
    family.link(boss.db, boss.actor, {"person_id": mother.id, "relative_id": son.id, "relation": "child"})
    boss.sync()
    assert office_links(office, [mother.id]) == [(str(mother.id), str(son.id), "child")]
    for lap in (saule, dana):
        assert lap.sync().refused == 0
        assert links(lap.db) == []
    assert family.family_of(saule.db, saule.actor, mother.id).relatives == []
