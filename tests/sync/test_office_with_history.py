"""A laptop joining an office that already holds other laptops' work converges with it (issue 25).

The property test diverged only on an office shared by its examples: "boss: cases … differs in
['updated_at', 'updated_by', 'version']". A supervisor joining such an office may pick a case another run
already made sensitive and save it as sensitive again: nothing a person wrote changes, so nothing goes to
the office, yet the save used to stamp the laptop's copy as a new version by him."""
from __future__ import annotations

from models.entities import Case
from models.services import cases
from tests.sync.helpers import make_laptop
from tests.sync.test_push_pull import new_case


def _as_held(db, case_id):
    with db.reading() as session:
        case = session.get(Case, case_id)
        return {"version": case.version, "updated_at": case.updated_at, "updated_by": case.updated_by,
                "sensitive": case.sensitive}


def _data(case):
    return {"person_id": case.person_id, "category": case.category, "status": case.status,
            "caseworker_id": case.caseworker_id, "priority": case.priority, "sensitive": case.sensitive,
            "opened_on": case.opened_on}


def test_a_supervisor_saving_a_case_unchanged_stays_equal_to_the_office(tmp_path, office, office_server):
    # The office's history: another caseworker's case, made sensitive by another supervisor.
    earlier = make_laptop(tmp_path, office, office_server, "earlier")
    earlier_boss = make_laptop(tmp_path, office, office_server, "earlierboss", "supervisor")
    _person, case = new_case(earlier, family_name="Ранее")
    earlier.sync()
    earlier_boss.sync()
    made = cases.update_case(earlier_boss.db, earlier_boss.actor, case.id, case.version,
                             _data(case) | {"sensitive": True}).value
    earlier_boss.sync()
    # A new supervisor's laptop joins, and makes the same case sensitive again.
    boss = make_laptop(tmp_path, office, office_server, "boss", "supervisor")
    boss.sync()
    assert _as_held(boss.db, case.id) == _as_held(office, case.id)
    cases.update_case(boss.db, boss.actor, case.id, made.version, _data(made) | {"sensitive": True})
    boss.sync()
    assert _as_held(boss.db, case.id) == _as_held(office, case.id)
    assert _as_held(office, case.id)["version"] == made.version  # nothing written: no new version
