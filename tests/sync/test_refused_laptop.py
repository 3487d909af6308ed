"""A laptop refused for good (issue 25, item 11), told at its next contact with a real office server: her account
deactivated at the office is locked on the laptop too; a revoked (stolen) laptop loses the office's data, and in
both cases her unsent edits are kept for an administrator."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from models.entities import Case, OutboxEntry, Person, Setting, User
from models.server import devices
from models.server.tls import KEY_FILE
from models.services import accounts, users
from models.sync import Revoked, laptop, refused
from models.sync.enrolment import required_enrolment
from tests.sync import conftest as sync_fixtures
from tests.sync.helpers import ADMIN, PASSWORD, make_laptop
from tests.sync.test_push_pull import new_case

sync_office, office, office_server = sync_fixtures.sync_office, sync_fixtures.office, sync_fixtures.office_server


def user_name(lap) -> str:
    return required_enrolment(lap.db).user_name


def count(db, entity) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(entity)) or 0)


def test_a_deactivated_caseworker_can_no_longer_sign_in_offline_and_her_edits_wait(tmp_path, office, office_server):
    lap = make_laptop(tmp_path, office, office_server, "aigul")
    new_case(lap, family_name="Сеитов")
    lap.sync()
    new_case(lap, family_name="Ержанов")  # not sent yet
    waiting = laptop.waiting(lap.db)
    assert accounts.log_in(lap.db, user_name(lap), PASSWORD).user_id == lap.actor.user_id
    users.deactivate(office, ADMIN, user_name(lap))

    with pytest.raises(Revoked) as told:
        lap.sync()
    assert told.value.code == "account_closed"
    with pytest.raises(accounts.LoginRefused):  # offline too: the laptop locked her account
        accounts.log_in(lap.db, user_name(lap), PASSWORD)
    assert laptop.waiting(lap.db) == waiting and count(lap.db, Case) == 2  # nothing lost

    users.reactivate(office, ADMIN, user_name(lap))  # an administrator lets her back in
    result = lap.sync()
    assert result.pushed == waiting and laptop.waiting(lap.db) == 0
    assert accounts.log_in(lap.db, user_name(lap), PASSWORD).user_id == lap.actor.user_id


def test_a_revoked_laptop_loses_the_offices_data_and_seals_her_unsent_edits(tmp_path, office, office_server):
    lap = make_laptop(tmp_path, office, office_server, "mereke")
    new_case(lap, family_name="Тлеубаев")
    lap.sync()
    new_case(lap, family_name="Оспанкулов")  # not sent yet
    waiting = laptop.waiting(lap.db)
    devices.revoke(office, ADMIN, required_enrolment(lap.db).device_id)

    with pytest.raises(Revoked) as told:
        lap.sync()
    assert told.value.code == "revoked"
    assert count(lap.db, Person) == count(lap.db, Case) == count(lap.db, OutboxEntry) == 0
    with lap.db.reading() as session:
        assert not session.scalars(select(User).where(User.password_hash.is_not(None))).all()
        sealed = session.get(Setting, refused.SEALED_SETTING)
    with pytest.raises(accounts.LoginRefused):
        accounts.log_in(lap.db, user_name(lap), PASSWORD)
    wal = lap.db.path.with_name(lap.db.path.name + "-wal")
    raw = lap.db.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    for name in ("Тлеубаев", "Оспанкулов"):  # neither in a table nor in a freed page of the file
        assert name.encode("utf-8") not in raw
    assert sealed is not None and len(sealed.value) == 1
    key = (office.folder / KEY_FILE).read_bytes()  # the office's key opens them, for an administrator
    opened = json.loads(refused.unseal(sealed.value[0], key))
    assert len(opened["changes"]) == waiting
    assert any(c["new"].get("family_name") == "Оспанкулов" for c in opened["changes"])
