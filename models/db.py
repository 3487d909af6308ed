"""The local SQLite database: where it lives, how it is opened, upgraded, backed up and restored.

Connections, the engine, `Database` and the errors are in `models.connection`
(shared with `models.migrate` and `models.encryption`, which this module uses)
and re-exported here. The passphrase is never in a URL, a log line or an
exception message.
"""
from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import Any

import platformdirs

from models import acl, drives, encryption, migrate
from models.audit_chain import write_sidecar

# Moved down to models.connection (issue 13 item 8); still part of this module's interface.
from models.connection import (  # noqa: F401
    BUSY_TIMEOUT_MS,
    PLAIN_HEADER,
    Database,
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseError,
    DiskFull,
    PassphraseRequired,
    WrongPassphrase,
    connect,
    create_private,
    damage,
    environment_error,
    header_damage,
    is_encrypted,
    make_engine,
    newest_backup,
    sql_string,
    sqlcipher,
    timestamped_backup_path,
)
from models.passphrases import passphrase_for  # noqa: F401  (part of this module's interface)
from models.paths import MIGRATIONS  # noqa: F401  (part of this module's interface)


class NewerDatabase(DatabaseError):
    """The file was upgraded by a newer Qamqor: this version does not know its schema and writes nothing to it."""

    def __init__(self, revision: str) -> None:
        super().__init__(f"this database was made by a newer version of Qamqor (revision {revision}); "
                         "install that version")



def private_files() -> None:
    """From now on this process creates every file 0600 and every folder 0700 (called at every start:
    letters, exports, backups, temporary files hold case data)."""
    os.umask(0o077)


def default_path() -> Path:
    """`QAMQOR_DB` if set, else `qamqor.db` in the user's data folder."""
    if env := os.environ.get("QAMQOR_DB"):
        return Path(env)
    return data_folder() / "qamqor.db"


def data_folder() -> Path:
    """The user's Qamqor folder: %LOCALAPPDATA%\\Qamqor on Windows, ~/.local/share/Qamqor on Linux."""
    return Path(platformdirs.user_data_dir("Qamqor", appauthor=False))


def open_database(path: Path | str | None = None, *, passphrase: str | None = None,
                  upgrade: bool = True) -> Database:
    """Open (creating if needed) the database at `path` and bring its schema up to date.

    With a passphrase the file must be encrypted with it (a new file is created
    encrypted). An existing database at an older revision is first copied to a
    timestamped backup next to it (encrypted like it), so a failed upgrade
    never costs data.
    """
    path = Path(path) if path else default_path()
    if drives.on_network_drive(path):
        raise DatabaseError(drives.PROBLEM.format(path=path))
    made = not path.parent.exists()
    path.parent.mkdir(parents=True, exist_ok=True)
    if made or path.parent == data_folder():  # Windows: the folder's ACL stands for the files' 0600 (models/acl.py)
        acl.make_private(path.parent)
    if path.with_name(path.name + ".removing").exists():  # the plain copy an interrupted `qamqor encrypt` left
        encryption.finish_interrupted(path)
    if (what := header_damage(path)) is not None:
        raise DatabaseDamaged(path, what)
    try:
        return _open(path, passphrase, upgrade)
    except Exception as error:
        if (what := damage(error)) is None:
            raise
        raise DatabaseDamaged(path, what) from None


def _open(path: Path, passphrase: str | None, upgrade: bool) -> Database:
    db = Database(path, passphrase)
    try:
        # The checks and the upgrade run on the database's own pooled connection: an encrypted file pays
        # SQLCipher's key derivation once here, not once per step.
        if upgrade and (current := migrate.revision_of(db.engine)) != migrate.head_revision():
            if current is not None and current not in migrate.known_revisions():
                raise NewerDatabase(current)  # before any copy or write: nothing to upgrade to
            if current is not None:
                backup(path, timestamped_backup_path(path, f"before-{migrate.head_revision()}"), passphrase)
            migrate.upgrade_engine(db.engine, audit_key=db.audit_key)
            if current is not None:
                _fill_derived(db)
    except BaseException:
        db.close()
        raise
    return db


def _fill_derived(db: Database) -> None:
    """After an upgrade, fill the derived tables a migration added empty (the stored deadlines, from
    revision 0003 on: computed by the rule engine, which a migration cannot run on an older schema)."""
    with db.reading() as session:
        empty = session.connection().exec_driver_sql("SELECT 1 FROM obligations LIMIT 1").first() is None
        persons = session.connection().exec_driver_sql(
            "SELECT 1 FROM persons WHERE archived_at IS NULL LIMIT 1").first() is not None
    if empty and persons:
        from models.services import deadlines  # the services build on this module: imported only here

        deadlines.recompute_all(db)



def backup(source: Path | str, destination: Path | str, passphrase: str | None = None) -> Path:
    """A consistent copy of a live database (SQLite's online backup API; other users may keep writing).

    The copy of an encrypted database is encrypted with the same passphrase.
    """
    source, destination = Path(source), Path(destination)
    if not source.exists():
        raise DatabaseError(f"There is no database at {source}.")
    if destination.exists():
        raise DatabaseError(f"{destination} already exists; choose another file name.")
    with contextlib.closing(connect(source, passphrase)) as src:
        try:
            with contextlib.closing(connect(destination, passphrase)) as dst:
                src.backup(dst)
                # One self-contained file: a backup must not depend on a -wal file beside it.
                dst.execute("PRAGMA journal_mode = DELETE")
                _write_anchor(destination, dst)
        except BaseException:
            destination.unlink(missing_ok=True)
            destination.with_name(destination.name + ".anchor").unlink(missing_ok=True)
            raise
    return destination


def _write_anchor(destination: Path, conn: Any) -> None:
    """`BACKUP.anchor` beside the copy: what its audit trail held (count and head hash), for `audit verify
    --anchor` on whatever is restored from it later."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'").fetchone():
        write_sidecar(destination, conn)


def _driver_errors(passphrase: str | None) -> tuple[type[Exception], ...]:
    return (sqlite3.DatabaseError,) if passphrase is None else (sqlite3.DatabaseError, sqlcipher().DatabaseError)


def check_backup(path: Path | str, passphrase: str | None = None) -> None:
    """Refuse a file that is damaged, not a Qamqor database or not opened by the passphrase, before
    anything is replaced."""
    path = Path(path)
    if not path.is_file():
        raise DatabaseError(f"There is no file at {path}.")
    try:
        with contextlib.closing(connect(path, passphrase, read_only=True)) as conn:
            result = conn.execute("PRAGMA integrity_check").fetchall()
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except _driver_errors(passphrase) as error:
        raise DatabaseError(f"{path.name} is not a readable database ({error}).") from None
    if result != [("ok",)]:
        raise DatabaseError(f"{path.name} is damaged: {result[0][0]}")
    if not {"alembic_version", "persons", "cases"} <= tables:
        raise DatabaseError(f"{path.name} is not a Qamqor database.")


def _keep_current(path: Path, passphrase: str | None) -> Path:
    """A copy of the database about to be replaced; a damaged one, which cannot be copied, is moved aside
    whole (its -wal and -shm with it: left at the path, they would be read into the restored database)."""
    damaged = header_damage(path)
    if damaged is None:
        try:
            return backup(path, timestamped_backup_path(path, "replaced"), passphrase)
        except _driver_errors(passphrase) as error:
            if damage(error) is None:
                raise
    aside = timestamped_backup_path(path, "damaged")
    for suffix in ("-wal", "-shm"):
        if (side := path.with_name(path.name + suffix)).exists():
            os.replace(side, aside.with_name(aside.name + suffix))
    os.replace(path, aside)
    return aside


def restore(backup_file: Path | str, path: Path | str, passphrase: str | None = None) -> Path | None:
    """Replace the database at `path` with a checked backup; returns where the replaced data was kept.

    The current database (if any) is first backed up next to itself, then the
    backup is copied in through the backup API, which takes SQLite's locks, so
    a running instance never sees a half-copied file. The restored database is
    upgraded on the next open if it is older than this version of Qamqor.

    `passphrase` opens whichever of the two files is encrypted. The result is
    encrypted if either is: a plain backup restored over an encrypted database
    is encrypted on the way in; an encrypted backup is never decrypted over a
    plain database (that is refused: run `qamqor encrypt` first).
    """
    backup_file, path = Path(backup_file), Path(path)
    backup_encrypted = is_encrypted(backup_file)
    current_encrypted = is_encrypted(path)
    check_backup(backup_file, passphrase if backup_encrypted else None)
    if backup_encrypted and path.exists() and path.stat().st_size > 0 and not current_encrypted:
        raise DatabaseError(f"{backup_file.name} is encrypted and {path.name} is not: encrypt the database "
                            "first (`qamqor encrypt`), then restore.")
    kept = _keep_current(path, passphrase if current_encrypted else None) if path.exists() else None
    target_passphrase = passphrase if backup_encrypted or current_encrypted else None
    with contextlib.ExitStack() as cleanup:
        source, source_passphrase = backup_file, passphrase if backup_encrypted else None
        if current_encrypted and not backup_encrypted:
            assert passphrase is not None  # backup() above has opened the encrypted current file with it
            source = cleanup.enter_context(encryption.encrypted_copy(backup_file, passphrase))
            source_passphrase = passphrase
        with contextlib.closing(connect(source, source_passphrase, read_only=True)) as src:
            with contextlib.closing(connect(path, target_passphrase)) as dst:
                src.backup(dst)
    return kept
