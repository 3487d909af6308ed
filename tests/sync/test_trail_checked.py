"""The office checks a laptop's whole audit trail against what it received (issue 25, items 5 and 10): an
entry rewritten with its hash kept, in the middle or the newest, an entry removed from the middle, and an
entry that names another user of the office are each reported once."""
from __future__ import annotations

import contextlib
import sqlite3

import pytest
from sqlalchemy import select, text

from models.entities import AuditEntry, DeviceAlarm
from models.services import persons
from models.sync.trail import push_audit
from tests.sync.helpers import make_laptop
from tests.sync.test_push_pull import PERSON


def _write(lap, n: int = 3) -> None:
    for i in range(n):
        persons.create_person(lap.db, lap.actor, PERSON | {"family_name": f"Ким{i}"})


def _seqs(lap) -> list[int]:
    with lap.db.reading() as session:
        return list(session.scalars(select(AuditEntry.seq).order_by(AuditEntry.seq)))


TAMPERING = {
    "a middle entry rewritten, its hash kept":
        "UPDATE audit_log SET details = '{\"forged\": true}' WHERE seq = :middle",
    "the newest entry rewritten, its hash kept":
        "UPDATE audit_log SET details = '{\"forged\": true}' WHERE seq = :newest",
    "a middle entry removed": "DELETE FROM audit_log WHERE seq = :middle",
}


@pytest.mark.parametrize("tampering", list(TAMPERING))
def test_a_trail_changed_after_the_office_received_it_is_reported_once(tampering, tmp_path, office, office_server):
    lap = make_laptop(tmp_path, office, office_server, "aigerim")
    _write(lap)
    assert push_audit(lap.db).ok
    seqs = _seqs(lap)
    with lap.db.transaction() as session:
        session.execute(text(TAMPERING[tampering]), {"middle": seqs[len(seqs) // 2], "newest": seqs[-1]})
    found = push_audit(lap.db)
    assert not found.ok and "rewritten" in (found.problem or ""), found
    _write(lap, 1)
    assert push_audit(lap.db).ok  # said once: checked again from where the trail now is


def test_a_whole_trail_is_not_reported(tmp_path, office, office_server):
    lap = make_laptop(tmp_path, office, office_server, "aliya")
    for _ in range(3):
        _write(lap, 2)
        assert push_audit(lap.db).ok


def test_an_entry_naming_another_user_of_the_office_is_an_alarm(tmp_path, office, office_server):
    lap = make_laptop(tmp_path, office, office_server, "bota")
    boss = make_laptop(tmp_path, office, office_server, "boss", "supervisor")
    _write(lap, 1)
    assert push_audit(lap.db).ok
    _write(lap, 1)
    # The newest entry, not sent yet, made to name the supervisor (with sqlite3: her laptop has no account of his).
    with contextlib.closing(sqlite3.connect(lap.db.path)) as raw, raw:
        raw.execute("UPDATE audit_log SET user_id = ? WHERE seq = (SELECT max(seq) FROM audit_log)",
                    (boss.actor.user_id.hex,))
    found = push_audit(lap.db)
    assert not found.ok and "names another user" in (found.problem or "")
    with office.reading() as session:
        assert session.scalars(select(DeviceAlarm).where(DeviceAlarm.problem.like("%names another user%"))).all()
