"""Trafficking facts recorded offline reach the office; two laptops recording one case's facts meet in one
record, their disagreement kept as a conflict (issue 29 item 4)."""
from __future__ import annotations

from sqlalchemy import select

from models.entities import SyncConflict, TraffickingFacts
from models.services import trafficking_facts
from tests.sync.helpers import make_laptop
from tests.sync.test_push_pull import new_case

FACTS = {"exploitation": ["labour", "domestic_servitude"], "exploitation_country": "RUS",
         "exploitation_region": "Moscow", "recruitment": "online", "control": ["withholds_documents"],
         "identification": "presumed_victim", "identified_on": "2024-06-03"}


def test_facts_recorded_offline_arrive_at_the_office_and_on_the_other_laptop(tmp_path, office, office_server):
    saule = make_laptop(tmp_path, office, office_server, "saule")
    boss = make_laptop(tmp_path, office, office_server, "boss", "supervisor")
    saule.sync()
    _person, case = new_case(saule)
    recorded = trafficking_facts.save_facts(saule.db, saule.actor, {"case_id": case.id, **FACTS}).value
    saule.sync()
    with office.reading() as session:
        held = session.get(TraffickingFacts, recorded.id)
        assert held is not None and held.exploitation == ["labour", "domestic_servitude"]
        assert (held.recruitment, held.created_by) == ("online", saule.actor.user_id)
    boss.sync()
    assert trafficking_facts.facts_of(boss.db, boss.actor, case.id).identification == "presumed_victim"
    # An edit on the supervisor's laptop travels back.
    trafficking_facts.save_facts(boss.db, boss.actor, {"case_id": case.id, **FACTS, "recruitment": "acquaintance"},
                                 expected_version=recorded.version)
    boss.sync()
    saule.sync()
    assert trafficking_facts.facts_of(saule.db, saule.actor, case.id).recruitment == "acquaintance"


def test_two_laptops_recording_one_cases_facts_offline_meet_in_one_record(tmp_path, office, office_server):
    saule = make_laptop(tmp_path, office, office_server, "saule")
    boss = make_laptop(tmp_path, office, office_server, "boss", "supervisor")
    saule.sync()
    _person, case = new_case(saule)
    saule.sync()
    boss.sync()
    trafficking_facts.save_facts(saule.db, saule.actor, {"case_id": case.id, **FACTS})
    trafficking_facts.save_facts(boss.db, boss.actor, {"case_id": case.id, **FACTS, "exploitation_country": "TUR"})
    saule.sync()
    boss.sync()
    with office.reading() as session:
        rows = session.scalars(select(TraffickingFacts).where(TraffickingFacts.case_id == case.id)).all()
        conflicts = session.scalars(select(SyncConflict).where(SyncConflict.table_name == "trafficking_facts")).all()
    assert len(rows) == 1 and rows[0].exploitation_country == "RUS"  # the first to arrive is kept ...
    assert [(c.field, c.other_value) for c in conflicts] == [("exploitation_country", "TUR")]  # ... and the other
