"""Encryption at rest: SQLCipher databases through the services, the raw bytes, wrong passphrases,
`qamqor encrypt`, encrypted backups and restores, and where the passphrase comes from."""
from __future__ import annotations

import hashlib
import logging
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event, select, text
from sqlalchemy.exc import IntegrityError

from models import db as database
from models import migrate, passphrases
from models.db import (
    Database,
    DatabaseError,
    PassphraseRequired,
    WrongPassphrase,
    is_encrypted,
    open_database,
)
from models.encryption import encrypt
from models.entities import Person
from models.services import persons
from models.services.base import Actor
from tests.keyrings import MemoryKeyring, keyring_backend, no_keyring

PASSPHRASE = "tulips in the Almaty hills"
# What must never be readable in the file: the names as typed, their passport spelling and search keys.
NEEDLES = ("Юсупов".encode(), "Алишер".encode(), b"usupov", b"alisher")


@pytest.fixture(autouse=True)
def no_passphrase_in_the_environment(monkeypatch) -> None:
    monkeypatch.delenv(passphrases.ENVIRONMENT_VARIABLE, raising=False)


@pytest.fixture(scope="session")
def encrypted_template(migrated_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("encrypted") / "template.db"
    shutil.copyfile(migrated_template, path)
    encrypt(path, PASSPHRASE)
    return path


@pytest.fixture
def encrypted_path(encrypted_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "encrypted" / "qamqor.db"  # beside db_path's plain qamqor.db, not in its place
    path.parent.mkdir()
    shutil.copyfile(encrypted_template, path)
    return path


@pytest.fixture
def encrypted_db(encrypted_path: Path):
    db = Database(encrypted_path, PASSPHRASE)
    yield db
    db.close()


def add_yusupov(db: Database):
    return persons.create_person(db, Actor.system(), {
        "family_name": "Юсупов", "given_name": "Алишер", "birth_date": "1990-04-12", "sex": "male",
        "citizenship": "UZB"}).value


def family_names(db: Database) -> list[str]:
    with db.reading() as session:
        return list(session.scalars(select(Person.family_name).order_by(Person.family_name)))


def readable(path: Path) -> list[bytes]:
    """The needles found in the raw bytes of `path` (ASCII compared without case)."""
    data = path.read_bytes() if path.exists() else b""
    return [n for n in NEEDLES if n in data or n in data.lower()]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def qamqor(*args: str, passphrase: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != passphrases.ENVIRONMENT_VARIABLE}
    if passphrase is not None:
        env[passphrases.ENVIRONMENT_VARIABLE] = passphrase
    return subprocess.run([sys.executable, "-m", "models.cli", *args], capture_output=True, text=True, env=env,
                          stdin=subprocess.DEVNULL)


def test_the_services_work_on_an_encrypted_database(encrypted_db) -> None:
    person = add_yusupov(encrypted_db)
    assert family_names(encrypted_db) == ["Юсупов"]
    assert person.family_name_latin == "Yusupov"
    reopened = open_database(encrypted_db.path, passphrase=PASSPHRASE)
    try:
        assert family_names(reopened) == ["Юсупов"]
        with reopened.reading() as session:
            assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert session.execute(text("PRAGMA busy_timeout")).scalar() == database.BUSY_TIMEOUT_MS
            assert session.execute(text("PRAGMA cipher_version")).scalar()  # SQLCipher, not plain SQLite
    finally:
        reopened.close()


def test_sqlcipher_errors_reach_the_services_as_sqlalchemy_errors(encrypted_db) -> None:
    person = add_yusupov(encrypted_db)
    with pytest.raises(IntegrityError) as raised:  # the services catch SQLAlchemy's classes, not the driver's
        with encrypted_db.transaction() as session:
            session.execute(text("INSERT INTO persons (id, family_name) VALUES (:id, :name)"),
                            {"id": person.id.hex, "name": "Юсупов"})
    assert "Юсупов" not in str(raised.value)  # values are never quoted in error messages


def test_no_name_can_be_read_in_the_file_or_its_wal(encrypted_db, db_path: Path) -> None:
    plain = Database(db_path)  # the same person in a plain file: the needles are there to be found
    try:
        add_yusupov(plain)
    finally:
        plain.close()
    assert readable(db_path) == list(NEEDLES)

    add_yusupov(encrypted_db)
    wal = encrypted_db.path.with_name(encrypted_db.path.name + "-wal")
    assert wal.stat().st_size > 0 and readable(wal) == []  # the committed rows are in the WAL, encrypted
    with encrypted_db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert readable(encrypted_db.path) == [] and readable(wal) == []
    encrypted_db.close()
    assert is_encrypted(encrypted_db.path) and readable(encrypted_db.path) == []


def test_a_wrong_passphrase_is_refused_in_words_and_changes_nothing(encrypted_path: Path, caplog) -> None:
    db = Database(encrypted_path, PASSPHRASE)
    add_yusupov(db)
    db.close()
    before = {p.name: digest(p) for p in encrypted_path.parent.iterdir()}
    caplog.set_level(logging.DEBUG)
    for attempt in (lambda: Database(encrypted_path, "wrong horse battery"),
                    lambda: open_database(encrypted_path, passphrase="wrong horse battery"),
                    lambda: database.backup(encrypted_path, encrypted_path.with_name("copy.db"), "wrong horse!")):
        with pytest.raises(WrongPassphrase) as raised:
            attempt()
        assert str(raised.value) == "The passphrase is not right for qamqor.db."
    assert {p.name: digest(p) for p in encrypted_path.parent.iterdir()} == before
    assert "horse" not in caplog.text and PASSPHRASE not in caplog.text


def test_an_encrypted_file_needs_its_passphrase_and_a_plain_one_refuses_one(encrypted_path, db_path) -> None:
    with pytest.raises(PassphraseRequired, match="qamqor.db is encrypted"):
        Database(encrypted_path)
    with pytest.raises(PassphraseRequired):
        open_database(encrypted_path)
    with pytest.raises(DatabaseError, match="is not encrypted"):
        Database(db_path, PASSPHRASE)


def test_the_passphrase_is_in_no_url_or_description_of_the_engine(encrypted_db) -> None:
    engine = encrypted_db.engine
    assert PASSPHRASE not in str(engine.url) and PASSPHRASE not in repr(engine)
    assert PASSPHRASE not in migrate.config(encrypted_db.path).get_main_option("sqlalchemy.url")


def test_is_encrypted_tells_a_plain_file_from_an_encrypted_one(encrypted_path, db_path, tmp_path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database" * 100)
    empty = tmp_path / "empty.db"
    empty.touch()
    assert is_encrypted(encrypted_path)
    assert not any(is_encrypted(p) for p in (db_path, junk, empty, tmp_path / "missing.db"))


def test_a_session_does_not_pay_the_key_derivation_per_query(encrypted_db) -> None:
    connections = []
    event.listen(encrypted_db.engine, "connect", lambda *_: connections.append(1))
    for _ in range(20):
        family_names(encrypted_db)
    assert len(connections) <= 1  # pooled: at most one new SQLCipher connection for twenty sessions


def test_a_new_database_opened_with_a_passphrase_is_created_encrypted(tmp_path) -> None:
    db = open_database(tmp_path / "new.db", passphrase=PASSPHRASE)
    add_yusupov(db)
    db.close()
    assert is_encrypted(tmp_path / "new.db") and readable(tmp_path / "new.db") == []
    assert migrate.current_revision(tmp_path / "new.db", PASSPHRASE) == migrate.head_revision()


def test_an_older_encrypted_database_is_upgraded_with_an_encrypted_backup(tmp_path) -> None:
    path = tmp_path / "old.db"
    migrate.upgrade(path, "0001", passphrase=PASSPHRASE)
    assert is_encrypted(path)
    open_database(path, passphrase=PASSPHRASE).close()
    assert migrate.current_revision(path, PASSPHRASE) == migrate.head_revision()
    [kept] = tmp_path.glob("old.before-*.db")
    assert is_encrypted(kept) and migrate.current_revision(kept, PASSPHRASE) == "0001"


def test_encrypt_converts_a_plain_database_and_erases_the_original(db_path: Path) -> None:
    plain = Database(db_path)
    add_yusupov(plain)
    plain.close()
    done = encrypt(db_path, PASSPHRASE)
    assert done.plain_kept is None and done.rows > 0
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["qamqor.db"]  # no copy, no -wal, no temp file
    assert is_encrypted(db_path) and readable(db_path) == []
    db = Database(db_path, PASSPHRASE)
    try:
        assert family_names(db) == ["Юсупов"]
    finally:
        db.close()


def test_encrypt_keeps_the_plain_original_only_when_asked(db_path: Path) -> None:
    plain = Database(db_path)
    add_yusupov(plain)
    plain.close()
    done = encrypt(db_path, PASSPHRASE, keep_plain=True)
    assert done.plain_kept is not None and done.plain_kept.name.startswith("qamqor.plain.")
    assert not is_encrypted(done.plain_kept) and readable(done.plain_kept) == list(NEEDLES)
    assert sorted(p.name for p in db_path.parent.iterdir()) == sorted(["qamqor.db", done.plain_kept.name])


def test_encrypt_refuses_an_encrypted_file_and_a_damaged_one(encrypted_path, db_path) -> None:
    with pytest.raises(DatabaseError, match="already encrypted"):
        encrypt(encrypted_path, PASSPHRASE)
    data = bytearray(db_path.read_bytes())
    data[100:4000] = b"\xff" * 3900
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError):
        encrypt(db_path, PASSPHRASE)
    assert db_path.read_bytes() == bytes(data)  # untouched
    assert sorted(p.name for p in db_path.parent.glob("qamqor.*")) == ["qamqor.db"]


def test_qamqor_encrypt_on_the_command_line(db_path: Path) -> None:
    plain = Database(db_path)
    add_yusupov(plain)
    plain.close()
    refused = qamqor("--db", str(db_path), "encrypt")
    assert refused.returncode == 2 and "QAMQOR_PASSPHRASE" in refused.stderr
    short = qamqor("--db", str(db_path), "encrypt", passphrase="short")
    assert short.returncode == 2 and short.stderr.startswith("qamqor: The passphrase is too short")
    assert not is_encrypted(db_path)

    done = qamqor("--db", str(db_path), "encrypt", passphrase=PASSPHRASE)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Encrypted {db_path}") and "overwritten and removed" in done.stdout
    assert is_encrypted(db_path) and readable(db_path) == []
    again = qamqor("--db", str(db_path), "encrypt", passphrase=PASSPHRASE)
    assert again.returncode == 2 and "already encrypted" in again.stderr


def test_commands_on_an_encrypted_database_need_its_passphrase_in_one_line(encrypted_path, tmp_path) -> None:
    for args in (("backup", str(tmp_path / "copy.db")), ("demo", "--persons", "1")):
        done = qamqor("--db", str(encrypted_path), *args)
        assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1, done.stderr
        assert done.stderr.startswith("qamqor: qamqor.db is encrypted: set QAMQOR_PASSPHRASE")
        wrong = qamqor("--db", str(encrypted_path), *args, passphrase="wrong horse battery")
        assert wrong.returncode == 2 and wrong.stderr == "qamqor: The passphrase is not right for qamqor.db.\n"
    assert not (tmp_path / "copy.db").exists()
    done = qamqor("--db", str(encrypted_path), "audit", "verify", passphrase=PASSPHRASE)
    assert done.returncode == 0 and "intact" in done.stdout, done.stderr


def test_a_command_makes_a_new_database_encrypted_when_the_passphrase_is_set(tmp_path) -> None:
    # `demo`: the one command that makes a new database (issue 12 item 7)
    done = qamqor("--db", str(tmp_path / "new.db"), "demo", "--persons", "1", passphrase=PASSPHRASE)
    assert done.returncode == 0, done.stderr
    assert is_encrypted(tmp_path / "new.db")
    assert migrate.current_revision(tmp_path / "new.db", PASSPHRASE) == migrate.head_revision()


def test_an_encrypted_backup_is_encrypted_and_restores(encrypted_db, tmp_path) -> None:
    add_yusupov(encrypted_db)
    path = encrypted_db.path
    copy = tmp_path / "copy.db"
    done = qamqor("--db", str(path), "backup", str(copy), passphrase=PASSPHRASE)
    assert done.returncode == 0, done.stderr
    assert "encrypted" in done.stdout and is_encrypted(copy) and readable(copy) == []
    with encrypted_db.transaction() as session:
        session.execute(text("UPDATE persons SET family_name = 'changed'"))
    assert family_names(encrypted_db) == ["changed"]

    wrong = qamqor("--db", str(path), "restore", str(copy), passphrase="wrong horse battery")
    assert wrong.returncode == 2 and "not right" in wrong.stderr
    assert family_names(encrypted_db) == ["changed"]
    done = qamqor("--db", str(path), "restore", str(copy), passphrase=PASSPHRASE)
    assert done.returncode == 0, done.stderr
    assert family_names(encrypted_db) == ["Юсупов"]
    [kept] = path.parent.glob("qamqor.replaced.*.db")
    assert is_encrypted(kept) and readable(kept) == []


def test_a_plain_backup_restored_over_an_encrypted_database_is_encrypted(encrypted_path, db_path, tmp_path):
    plain = Database(db_path)
    add_yusupov(plain)
    plain.close()
    database.restore(db_path, encrypted_path, PASSPHRASE)
    assert is_encrypted(encrypted_path) and readable(encrypted_path) == []
    db = Database(encrypted_path, PASSPHRASE)
    try:
        assert family_names(db) == ["Юсупов"]
    finally:
        db.close()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".qamqor-")) == []  # temp file gone


def test_an_encrypted_backup_is_never_decrypted_over_a_plain_database(encrypted_path, db_path) -> None:
    before = digest(db_path)
    with pytest.raises(DatabaseError, match="encrypt the database first"):
        database.restore(encrypted_path, db_path, PASSPHRASE)
    assert digest(db_path) == before


def test_the_passphrase_comes_from_the_environment_then_the_keyring(monkeypatch, encrypted_path) -> None:
    with keyring_backend(no_keyring()):
        assert passphrases.passphrase_for(encrypted_path) is None
        assert not passphrases.keyring_available() and not passphrases.remember(encrypted_path, PASSPHRASE)
    with keyring_backend(MemoryKeyring()) as memory:
        assert passphrases.keyring_available() and passphrases.remember(encrypted_path, PASSPHRASE)
        assert passphrases.passphrase_for(encrypted_path) == PASSPHRASE
        monkeypatch.setenv(passphrases.ENVIRONMENT_VARIABLE, "from the environment")
        assert passphrases.passphrase_for(encrypted_path) == "from the environment"
        monkeypatch.delenv(passphrases.ENVIRONMENT_VARIABLE)
        passphrases.forget(encrypted_path)
        assert memory.stored == {} and passphrases.passphrase_for(encrypted_path) is None


def test_a_failing_keyring_is_the_same_as_none(encrypted_path) -> None:
    class Broken(MemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            raise RuntimeError("the keyring daemon is not running")

    with keyring_backend(Broken()):
        assert passphrases.passphrase_for(encrypted_path) is None


@pytest.mark.parametrize(("typed", "repeated", "problem"), [
    ("", None, "empty"), ("          ", None, "empty"), ("short", None, "too short"),
    ("long enough phrase", "long enough phrasE", "not the same"), ("long enough phrase", None, None),
])
def test_new_passphrases_are_refused_when_weak(typed, repeated, problem) -> None:
    found = passphrases.new_passphrase_problem(typed, repeated)
    assert (found is None) if problem is None else (problem in found)


def test_a_quote_in_the_passphrase_is_part_of_it(tmp_path) -> None:
    quoted = "it's O'Brien's \"key\"; --"
    db = open_database(tmp_path / "quoted.db", passphrase=quoted)
    add_yusupov(db)
    db.close()
    with pytest.raises(WrongPassphrase):
        Database(tmp_path / "quoted.db", "it")
    db = Database(tmp_path / "quoted.db", quoted)
    try:
        assert family_names(db) == ["Юсупов"]
    finally:
        db.close()


def test_plain_sqlite_cannot_read_an_encrypted_file(encrypted_path) -> None:
    with sqlite3.connect(encrypted_path) as conn, pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT count(*) FROM persons")
