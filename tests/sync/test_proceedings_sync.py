"""Issue 29 item 5: administrative proceedings travel with the office sync. Two laptops edit one proceeding
offline, different fields: both edits arrive, merged, none lost, no row doubled; a made-up fine is refused at the
office as the service refuses it."""
from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import func, select

from models.entities import Proceeding
from models.services import deadlines, records
from tests.sync.helpers import make_laptop
from tests.sync.test_push_checked import change, refused_ids
from tests.sync.test_push_pull import new_case

FIELDS = {"person_id", "offence", "protocol_on", "hearing_on", "decision", "decided_on", "fine_amount", "expulsion",
          "appealed_on"}


def _edit(lap, person_id, **new):
    [stored] = records.records_of(lap.db, lap.actor, person_id).proceeding
    return records.update(lap.db, lap.actor, "proceeding", stored.id, stored.version,
                          stored.model_dump(include=FIELDS) | new).value


def test_two_laptops_edit_one_proceeding_offline_and_both_edits_arrive(tmp_path, office, office_server):
    saule = make_laptop(tmp_path, office, office_server, "saule")
    boss = make_laptop(tmp_path, office, office_server, "boss", "supervisor")
    for lap in (saule, boss):
        lap.sync()
    person, _case = new_case(saule)
    added = records.add(saule.db, saule.actor, "proceeding", {
        "person_id": person.id, "offence": "Ст. 517 — работа без разрешения", "protocol_on": "2024-06-01",
        "decision": "liable", "decided_on": "2024-06-03", "fine_amount": 73840, "expulsion": True}).value
    saule.sync()
    boss.sync()
    # Offline, each on their own laptop: the caseworker records the appeal, the supervisor the hearing date.
    _edit(saule, person.id, appealed_on=dt.date(2024, 6, 10))
    _edit(boss, person.id, hearing_on=dt.date(2024, 6, 3))
    saule.sync()
    boss.sync()
    saule.sync()
    with office.reading() as session:
        assert session.scalar(select(func.count()).select_from(Proceeding)) == 1
        kept = session.get(Proceeding, added.id)
        assert (kept.appealed_on, kept.hearing_on, kept.fine_amount) == (dt.date(2024, 6, 10), dt.date(2024, 6, 3),
                                                                         73840)
    for lap in (saule, boss):
        [seen] = records.records_of(lap.db, lap.actor, person.id).proceeding
        assert (seen.appealed_on, seen.hearing_on) == (dt.date(2024, 6, 10), dt.date(2024, 6, 3))
        [appeal] = [o for o in deadlines.obligations_of(lap.db, lap.actor, person.id, as_of=dt.date(2024, 6, 20))
                    if o.rule == "proceedings.appeal"]
        assert appeal.status == "met"


def test_a_proceeding_the_service_would_refuse_is_refused_at_the_office(tmp_path, office, office_server):
    saule = make_laptop(tmp_path, office, office_server, "saule")
    saule.sync()
    person, _case = new_case(saule)
    saule.sync()
    row_id = uuid.uuid4()
    forged = change("proceedings", row_id, "insert", {
        "id": str(row_id), "person_id": str(person.id), "offence": "Ст. 496", "decision": "liable",
        "decided_on": "2024-06-03", "fine_amount": -5, "expulsion": False, "version": 1})
    reason = refused_ids(saule.office.push([forged])).get(forged["change_id"])
    assert reason and "at least 0" in reason
    with office.reading() as session:
        assert session.get(Proceeding, row_id) is None
