"""The local SQLite database: where it lives, how it is opened, upgraded, backed up and restored.

SQLite runs in WAL mode (readers never wait for the writer), with foreign keys
enforced and a busy timeout so that two application instances on one file wait
for each other instead of failing at once.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 10_000
MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


class DatabaseError(Exception):
    """Trouble with the database file itself (missing, damaged, not a Qamqor database)."""


def default_path() -> Path:
    """`QAMQOR_DB` if set, else `qamqor.db` in the user's data folder."""
    if env := os.environ.get("QAMQOR_DB"):
        return Path(env)
    return Path(platformdirs.user_data_dir("Qamqor", appauthor=False)) / "qamqor.db"


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA synchronous = NORMAL")  # safe with WAL: a crash loses no committed data
    cursor.close()


def make_engine(path: Path | str) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _on_connect)
    return engine


class Database:
    """An open database file: the engine and the sessions the services work in."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.engine = make_engine(self.path)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed if the block succeeds, rolled back entirely if it raises."""
        with self._sessions.begin() as session:
            yield session

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only (it never commits)."""
        with self._sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path | str | None = None, *, upgrade: bool = True) -> Database:
    """Open (creating if needed) the database at `path` and bring its schema up to date.

    An existing database at an older revision is first copied to a timestamped
    backup next to it, so a failed upgrade never costs data.
    """
    from models import migrate  # Alembic is only needed here

    path = Path(path) if path else default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    if upgrade:
        current = migrate.current_revision(path)
        if current != migrate.head_revision():
            if current is not None:
                backup(path, timestamped_backup_path(path, f"before-{migrate.head_revision()}"))
            migrate.upgrade(path)
    return Database(path)


def timestamped_backup_path(path: Path, label: str = "backup") -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.{label}.{stamp}{path.suffix}")


def backup(source: Path | str, destination: Path | str) -> Path:
    """A consistent copy of a live database (SQLite's online backup API; other users may keep writing)."""
    source, destination = Path(source), Path(destination)
    if not source.exists():
        raise DatabaseError(f"There is no database at {source}.")
    if destination.exists():
        raise DatabaseError(f"{destination} already exists; choose another file name.")
    with contextlib.closing(sqlite3.connect(source, timeout=BUSY_TIMEOUT_MS / 1000)) as src:
        with contextlib.closing(sqlite3.connect(destination)) as dst:
            src.backup(dst)
            # One self-contained file: a backup must not depend on a -wal file beside it.
            dst.execute("PRAGMA journal_mode = DELETE")
    return destination


def check_backup(path: Path | str) -> None:
    """Refuse a file that is damaged or not a Qamqor database, before anything is replaced."""
    path = Path(path)
    if not path.is_file():
        raise DatabaseError(f"There is no file at {path}.")
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            result = conn.execute("PRAGMA integrity_check").fetchall()
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as error:
        raise DatabaseError(f"{path.name} is not a readable database ({error}).") from None
    if result != [("ok",)]:
        raise DatabaseError(f"{path.name} is damaged: {result[0][0]}")
    if not {"alembic_version", "persons", "cases"} <= tables:
        raise DatabaseError(f"{path.name} is not a Qamqor database.")


def restore(backup_file: Path | str, path: Path | str) -> Path | None:
    """Replace the database at `path` with a checked backup; returns where the replaced data was kept.

    The current database (if any) is first backed up next to itself, then the
    backup is copied in through the backup API, which takes SQLite's locks, so
    a running instance never sees a half-copied file. The restored database is
    upgraded on the next open if it is older than this version of Qamqor.
    """
    backup_file, path = Path(backup_file), Path(path)
    check_backup(backup_file)
    kept = backup(path, timestamped_backup_path(path, "replaced")) if path.exists() else None
    with contextlib.closing(sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True)) as src:
        with contextlib.closing(sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)) as dst:
            src.backup(dst)
    return kept
