"""The office server as a laptop meets it: the real `qamqor server` process over HTTPS on loopback, a real
PostgreSQL behind it, laptop databases (one SQLCipher-encrypted) enrolling, signing in offline, being
revoked, and sending their audit trails."""
from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text

from models.db import Database, open_database
from models.entities import AuditEntry, DeviceAlarm, OfficeDevice, User
from models.server import devices, tls
from models.server.cluster import TemporaryCluster
from models.server.database import OfficeDatabase
from models.services import accounts, persons, users
from models.services.accounts import LoginRefused
from models.services.base import Actor
from models.sync import NotEnrolled, Revoked, SignInRefused, WrongFingerprint
from models.sync.accounts import refresh_accounts, refresh_rules
from models.sync.client import OfficeClient
from models.sync.enrolment import enrol, enrolment_of
from models.sync.trail import push_audit
from tests.server.server_process import ADMIN, RunningOffice, init_office, qamqor, start_office

PASSWORD = "caseworker password 1"


@pytest.fixture(scope="module")
def running(office_cluster: TemporaryCluster, office_template: str,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningOffice]:
    database = office_cluster.create_database("running_office", template=office_template)
    folder = tmp_path_factory.mktemp("server") / "office"
    fingerprint = init_office(database, folder)
    office = OfficeDatabase(database, folder=folder)
    admin = accounts.log_in(office, ADMIN, "office admin password")
    for name, role in (("saule", "caseworker"), ("dana", "caseworker"), ("marat", "caseworker"),
                       ("aliya", "caseworker"), ("erlan", "caseworker"), ("gulnara", "supervisor"),
                       ("timur", "caseworker")):
        accounts.create_account(office, admin, {"username": name, "full_name": name.title(), "role": role,
                                                "password": PASSWORD})
    office.close()
    server = start_office(database, folder, fingerprint)
    yield server
    server.stop()


@pytest.fixture
def office(running: RunningOffice) -> Iterator[OfficeDatabase]:
    database = OfficeDatabase(running.database, folder=running.folder)
    yield database
    database.close()


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "laptop.db")
    yield database
    database.close()


def office_trail(office: OfficeDatabase) -> list[tuple[str, str]]:
    with office.reading() as session:
        return [(e.action, str(e.details.get("username", ""))) for e in session.scalars(
            select(AuditEntry).order_by(AuditEntry.seq))]


def test_a_laptop_enrols_over_https_and_signs_in_offline(running: RunningOffice, office: OfficeDatabase,
                                                          laptop: Database) -> None:
    enrolment = enrol(laptop, running.url, running.fingerprint, "saule", PASSWORD, "saule-laptop")
    assert enrolment.user_name == "saule" and enrolment.office_name == "Almaty office"
    assert enrolment.fingerprint == running.fingerprint and "token" not in repr(enrolment)
    assert enrolment_of(laptop) == enrolment
    # Offline from here on: the office's hash was applied, so the laptop signs her in by itself.
    actor = accounts.log_in(laptop, "saule", PASSWORD)
    with office.reading() as session:
        assert actor.user_id == session.scalar(select(User.id).where(User.username == "saule"))
        device = session.get(OfficeDevice, enrolment.device_id)
        assert device is not None and device.name == "saule-laptop"
        assert device.token_hash == devices.token_hash(enrolment.token) != enrolment.token  # only its hash
    with pytest.raises(LoginRefused):
        accounts.log_in(laptop, "saule", "not her password")
    # Colleagues' names arrive (her cases name them) but not their hashes: they cannot sign in on her laptop.
    with laptop.reading() as session:
        stored = {u.username: u.password_hash for u in session.scalars(select(User))}
    assert stored["saule"] and stored["dana"] is None and stored[ADMIN] is None
    with pytest.raises(LoginRefused):
        accounts.log_in(laptop, "dana", PASSWORD)


def test_a_supervisor_laptop_receives_every_active_account(running: RunningOffice, laptop: Database) -> None:
    enrol(laptop, running.url, running.fingerprint, "gulnara", PASSWORD)
    assert accounts.log_in(laptop, "dana", PASSWORD).user_id is not None  # a colleague at the supervisor's desk
    assert accounts.log_in(laptop, "gulnara", PASSWORD).user_id is not None


def test_a_wrong_fingerprint_is_refused_in_words_and_nothing_is_sent(running: RunningOffice, office: OfficeDatabase,
                                                                     laptop: Database, tmp_path: Path) -> None:
    impostor_cert, _ = tls.make_certificate(tmp_path / "impostor")
    wrong = tls.fingerprint(impostor_cert.read_bytes())
    before = office_trail(office)
    with pytest.raises(WrongFingerprint) as refused:
        enrol(laptop, running.url, wrong, "dana", "a wrong password to be counted if it arrived")
    assert str(refused.value).startswith(f"The server at {running.url} shows a certificate with the fingerprint "
                                         f"{running.fingerprint}, not {wrong}")
    assert "Nothing was sent" in str(refused.value)
    assert office_trail(office) == before  # no sign-in attempt reached the office
    assert enrolment_of(laptop) is None


def test_the_connection_fails_unless_the_server_shows_the_pinned_certificate(running: RunningOffice,
                                                                             tmp_path: Path) -> None:
    other_cert, _ = tls.make_certificate(tmp_path / "other")
    pem = other_cert.read_text()
    # A laptop that pinned another certificate (the server was replaced, or someone sits in between).
    with OfficeClient(running.url, tls.fingerprint(pem), "some token", certificate=pem) as client:
        with pytest.raises(WrongFingerprint, match="no longer shows the certificate this laptop was enrolled with"):
            client.get("/accounts")
    with OfficeClient(running.url, running.fingerprint) as client:  # the right one passes
        assert client.get("/")["service"] == "qamqor-office"


def test_a_wrong_password_is_refused_by_the_office(running: RunningOffice, laptop: Database) -> None:
    with pytest.raises(SignInRefused, match="The user name or the password is not right"):
        enrol(laptop, running.url, running.fingerprint, "marat", "not his password")
    assert enrolment_of(laptop) is None


def test_a_revoked_laptop_gets_nothing_more(running: RunningOffice, laptop: Database) -> None:
    enrolment = enrol(laptop, running.url, running.fingerprint, "marat", PASSWORD, "marat-laptop")
    assert refresh_accounts(laptop) == 0  # works while enrolled (nothing changed)
    result = qamqor("server", "revoke", enrolment.device_id.hex[:8], "--database", running.database,
                    "--folder", str(running.folder), check=True)
    assert result.stdout.startswith(f"revoked: {enrolment.device_id} (marat-laptop, user marat)")
    for call in (refresh_accounts, refresh_rules, push_audit):
        with pytest.raises(Revoked, match="The office revoked this laptop's access"):
            call(laptop)
    listed = qamqor("server", "devices", "--database", running.database, "--folder", str(running.folder),
                    check=True).stdout
    assert f"{enrolment.device_id}  marat-laptop  user marat  revoked" in listed
    # The laptop still works offline with what it has.
    assert accounts.log_in(laptop, "marat", PASSWORD).user_id == enrolment.user_id


def test_a_token_the_office_does_not_know_is_not_enrolled(running: RunningOffice) -> None:
    with OfficeClient(running.url, running.fingerprint, "made-up-token") as client:
        with pytest.raises(NotEnrolled):
            client.get("/accounts")


def test_password_changes_lockouts_and_deactivation_come_from_the_office(
        running: RunningOffice, office: OfficeDatabase, laptop: Database) -> None:
    enrol(laptop, running.url, running.fingerprint, "aliya", PASSWORD)
    admin = accounts.log_in(office, ADMIN, "office admin password")
    accounts.reset_password(office, admin, "aliya", "her new password 2")
    assert refresh_accounts(laptop) >= 1
    assert accounts.log_in(laptop, "aliya", "her new password 2").user_id is not None
    with pytest.raises(LoginRefused):
        accounts.log_in(laptop, "aliya", PASSWORD)
    for _ in range(accounts.FREE_ATTEMPTS):  # someone guesses at the office
        with pytest.raises(LoginRefused):
            accounts.log_in(office, "aliya", "a guess at the office")
    refresh_accounts(laptop)
    with pytest.raises(LoginRefused, match="Too many wrong passwords"):  # locked on the laptop too
        accounts.log_in(laptop, "aliya", "her new password 2")
    users.deactivate(office, admin, "aliya")
    with pytest.raises(Revoked, match="deactivated at the office"):
        refresh_accounts(laptop)


def test_an_encrypted_laptop_keeps_its_token_inside_the_encrypted_file(running: RunningOffice,
                                                                      tmp_path: Path) -> None:
    path = tmp_path / "encrypted.db"
    database = open_database(path, passphrase="a long passphrase for the laptop")
    try:
        enrolment = enrol(database, running.url, running.fingerprint, "timur", PASSWORD)
        assert accounts.log_in(database, "timur", PASSWORD).user_id == enrolment.user_id
    finally:
        database.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("encrypted.db*"))
    assert enrolment.token.encode() not in raw and b"timur" not in raw


def test_the_command_line_enrols_and_refuses_a_wrong_fingerprint(running: RunningOffice, office: OfficeDatabase,
                                                                tmp_path: Path) -> None:
    path = tmp_path / "cli-laptop.db"
    wrong = "SHA256:" + "ab" * 32
    refused = qamqor("--db", str(path), "sync", "enrol", running.url, "--fingerprint", wrong, "--user", "erlan",
                     env={"QAMQOR_PASSWORD": PASSWORD})
    assert refused.returncode == 2
    assert f"not {wrong}: it may not be your office. Nothing was sent to it" in refused.stderr
    done = qamqor("--db", str(path), "sync", "enrol", running.url, "--fingerprint", running.fingerprint.upper(),
                  "--user", "erlan", "--device-name", "erlan-laptop", env={"QAMQOR_PASSWORD": PASSWORD})
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"enrolled: erlan-laptop with Almaty office at {running.url} for erlan")
    listed = qamqor("server", "devices", "--database", running.database, "--folder", str(running.folder),
                    check=True).stdout
    assert "erlan-laptop  user erlan  active" in listed and "trail whole" in listed


def _write_something(laptop: Database, name: str) -> None:
    actor = accounts.log_in(laptop, name, PASSWORD)
    persons.create_person(laptop, actor, {"family_name": "Ким", "given_name": "Ольга", "sex": "female",
                                          "citizenship": "UZB", "birth_year": 1988})


def test_audit_trails_reach_the_office_and_a_cut_or_rewritten_trail_is_reported(
        running: RunningOffice, office: OfficeDatabase, tmp_path: Path) -> None:
    laptops = {}
    for name in ("saule", "dana"):
        laptop = laptops[name] = open_database(tmp_path / f"{name}.db")
        enrolment = enrol(laptop, running.url, running.fingerprint, name, PASSWORD, f"{name}-trail")
        _write_something(laptop, name)
        sent = push_audit(laptop)
        assert sent.ok and sent.sent >= 3  # enrolment, sign-in, the person
        assert push_audit(laptop).sent == 0  # nothing new: nothing sent again
        _write_something(laptop, name)
        assert push_audit(laptop).ok
        with office.reading() as session:
            device = session.get(OfficeDevice, enrolment.device_id)
            with laptop.reading() as local:
                newest = local.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
            assert device is not None and newest is not None
            assert (device.audit_count, device.audit_head) == (newest.seq, newest.hash)
    # Saule's laptop loses its newest entries (someone deleted them); Dana's has its last entry rewritten.
    with laptops["saule"].transaction() as session:
        top = session.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).limit(1))
        session.execute(text("DELETE FROM audit_log WHERE seq > :keep"), {"keep": top - 2})
    with laptops["dana"].transaction() as session:
        session.execute(text("UPDATE audit_log SET details = '{}', hash = :forged WHERE seq = "
                             "(SELECT max(seq) FROM audit_log)"), {"forged": "f" * 64})
    _write_something(laptops["dana"], "dana")
    cut, rewritten = push_audit(laptops["saule"]), push_audit(laptops["dana"])
    assert not cut.ok and "entries were removed" in (cut.problem or "")
    assert not rewritten.ok and "the laptop's trail was rewritten" in (rewritten.problem or "")
    listed = qamqor("server", "devices", "--database", running.database, "--folder", str(running.folder),
                    check=True).stdout
    for name in ("saule", "dana"):
        [line] = [line for line in listed.splitlines() if f"{name}-trail" in line]
        assert "TRAIL BROKEN" in line
    assert "entries were removed" in listed and "the laptop's trail was rewritten" in listed
    # Reported once: the next syncs continue from where the trails now are, and are whole again.
    for name in ("saule", "dana"):
        _write_something(laptops[name], name)
        assert push_audit(laptops[name]).ok
    with office.reading() as session:
        alarms = session.scalars(select(DeviceAlarm.problem)).all()
    assert len([a for a in alarms if "removed" in a]) == 1 and len([a for a in alarms if "rewritten" in a]) == 1
    for laptop in laptops.values():
        laptop.close()


def test_a_second_init_keeps_the_certificate_and_the_accounts(running: RunningOffice) -> None:
    again = qamqor("server", "init", "--database", running.database, "--folder", str(running.folder),
                   env={"QAMQOR_ADMIN": "someone.else", "QAMQOR_ADMIN_PASSWORD": "another password"}, check=True)
    assert f"fingerprint: {running.fingerprint}" in again.stdout
    assert "administrator: already set up" in again.stdout


def test_rule_versions_come_from_the_office(running: RunningOffice, office: OfficeDatabase,
                                            laptop: Database) -> None:
    from models.entities import RuleVersionRecord

    enrol(laptop, running.url, running.fingerprint, "saule", PASSWORD)
    with office.transaction() as session:
        session.add(RuleVersionRecord(id=uuid.uuid4(), rule="registration.deadline", params={"days": 5},
                                      effective_from=dt.date(2027, 1, 1), citation="a test order", verification=""))
    assert refresh_rules(laptop) >= 1
    with laptop.reading() as session:
        assert session.scalar(select(RuleVersionRecord.citation).where(
            RuleVersionRecord.effective_from == dt.date(2027, 1, 1))) == "a test order"
    assert refresh_rules(laptop) == 0


def test_users_service_on_the_office(office: OfficeDatabase) -> None:
    assert {u.username for u in users.users(office, Actor.system())} >= {"saule", "dana", ADMIN}
