"""Services given and who referred the person travel with the office sync: two laptops add services to one
case offline, and after syncing every side holds both, none lost and none doubled."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from models.entities import Case, CaseService
from models.services import case_services, cases, directory
from tests.sync.helpers import make_laptop
from tests.sync.test_push_pull import new_case


def held(db, case_id) -> list[tuple[str, str]]:
    with db.reading() as session:
        return sorted((s.kind, str(s.given_on or s.planned_on)) for s in session.scalars(
            select(CaseService).where(CaseService.case_id == case_id)))


def test_two_laptops_add_services_offline_and_both_arrive_once(tmp_path, office, office_server):
    directory.ensure_seeded(office)  # the directory comes from the office
    saule = make_laptop(tmp_path, office, office_server, "saule")
    boss = make_laptop(tmp_path, office, office_server, "boss", "supervisor")
    saule.sync()
    _person, case = new_case(saule)
    saule.sync()
    boss.sync()

    # Both offline: Saule records the shelter given, the supervisor plans legal aid; Saule also records who
    # referred the person (columns of the case: merged field by field like any edit of it).
    case_services.add_service(saule.db, saule.actor, {"case_id": case.id, "kind": "shelter",
                                                      "given_on": dt.date(2024, 5, 20), "outcome": "ongoing"})
    case_services.add_service(boss.db, boss.actor, {"case_id": case.id, "kind": "legal_aid",
                                                    "planned_on": dt.date(2024, 6, 3)})
    hotline = next(o for o in directory.organisations(saule.db, saule.actor) if o.kind in ("hotline", "iom"))
    current = cases.get_case(saule.db, saule.actor, case.id)
    cases.update_case(saule.db, saule.actor, case.id, current.version,
                      current.model_dump(include=set(cases.CaseIn.model_fields))
                      | {"referred_by_id": hotline.id, "referred_on": dt.date(2024, 5, 11), "referred_how": "hotline",
                         "referred_why": "Called the hotline from the farm."})

    for lap in (saule, boss, saule, boss):  # each pushes, then pulls what the other pushed
        assert lap.sync().refused == 0
    both = [("legal_aid", "2024-06-03"), ("shelter", "2024-05-20")]
    assert held(saule.db, case.id) == both
    assert held(boss.db, case.id) == both
    assert held(office, case.id) == both
    with office.reading() as session:
        stored = session.get(Case, case.id)
        assert (stored.referred_by_id, stored.referred_how) == (hotline.id, "hotline")
    with boss.db.reading() as session:
        assert session.get(Case, case.id).referred_on == dt.date(2024, 5, 11)

    # Synced again, nothing changes: a re-sent change is the same change.
    saule.sync()
    boss.sync()
    assert held(office, case.id) == both and held(saule.db, case.id) == both
