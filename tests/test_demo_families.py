"""The demo office has families: children linked to the adult they came with, some births not registered."""
from __future__ import annotations

import shutil

from models import minors
from models.db import Database
from models.demo import REFERENCE_DATE, fill_demo
from models.services import family
from models.services.base import Actor


def test_the_demo_has_families_with_children_and_unregistered_births(migrated_template, tmp_path) -> None:
    path = tmp_path / "demo.db"
    shutil.copyfile(migrated_template, path)
    summary = fill_demo(path, 600, seed=3)
    assert summary.persons == 600 and summary.counts["family_links"] >= 40
    db = Database(path)
    try:
        with db.reading() as session:
            from sqlalchemy import select

            from models.entities import FamilyLink, Person

            links = list(session.scalars(select(FamilyLink)))
            people = {p.id: p for p in session.scalars(select(Person))}
        children = [people[link.relative_id] for link in links]
        assert all(link.relation == "child" for link in links)
        assert all(minors.is_minor(c.birth_date, c.birth_year, REFERENCE_DATE) for c in children)
        assert all(not minors.is_minor(people[link.person_id].birth_date, people[link.person_id].birth_year,
                                       REFERENCE_DATE) for link in links)
        unregistered = [c for c in children if c.birth_registered == "no"]
        assert 0 < len(unregistered) < len(children)
        # The parent's family shows the child, read from the parent's side, with the child's case to open.
        parent = links[0].person_id
        [seen] = [r for r in family.family_of(db, Actor.system(), parent, REFERENCE_DATE).relatives
                  if r.person_id == links[0].relative_id]
        assert seen.relation == "child" and seen.minor and seen.case_id is not None
    finally:
        db.close()
