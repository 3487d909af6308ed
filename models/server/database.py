"""The office's database: PostgreSQL (psycopg 3) under the same entities, migrations and services.

`OfficeDatabase` is a `models.db.Database` for the services: `transaction()`
and `reading()` as on a laptop. What SQLite gives a laptop for free, the office
does here:
- one writer at a time: every write transaction first takes one advisory lock
  (`pg_advisory_xact_lock`), as SQLite's BEGIN IMMEDIATE does. The audit trail's
  next sequence number and hash are read in the transaction that writes them,
  and the sync's merges rely on a well defined order of changes; an office's
  writes are a few per second, so one lock costs nothing that matters;
- the audit chain's key: a file in the server's folder (beside its certificate),
  not in the database, so that whoever can write to the database cannot
  recompute the chain (`models.audit_chain`).
The SQLite-only parts of the schema (the FTS5 search index, the alert
triggers, PRAGMAs) are left out by the migrations on PostgreSQL; the services
that keep derived data (search index, stored deadlines) skip it there: the
laptops derive it after each pull (STYLE.md: derived data is never shipped).
"""
from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from models.db import Database, DatabaseError

# The one advisory lock every office write holds (any 64-bit number; this one spells "qamqor").
WRITE_LOCK = 0x71616D716F72
AUDIT_KEY_FILE = "audit-trail.key"


def office_url(url: str) -> str:
    """`postgresql://…` as typed by an administrator, made the psycopg 3 URL SQLAlchemy needs."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        raise DatabaseError(f"the office's database must be PostgreSQL (postgresql://…), not {parsed.drivername}")
    return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)


def shown_url(url: str) -> str:
    """The URL with its password masked, for messages and logs."""
    return make_url(url).render_as_string(hide_password=True)


def make_office_engine(url: str, *, pool_size: int = 10) -> Engine:
    # hide_parameters: an error never quotes the values (names, document numbers, notes), as on a laptop.
    return create_engine(office_url(url), hide_parameters=True, pool_size=pool_size, max_overflow=20,
                         pool_pre_ping=True)


def read_or_make_key(folder: Path) -> bytes:
    """The office trail's key in `folder/audit-trail.key` (0600), made on first use."""
    path = folder / AUDIT_KEY_FILE
    with contextlib.suppress(FileNotFoundError):
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    key = secrets.token_bytes(32)
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # made by another process a moment ago
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    with os.fdopen(handle, "w", encoding="ascii") as file:
        file.write(key.hex() + "\n")
    return key


class OfficeDatabase(Database):
    """The office's PostgreSQL database, for the services exactly as a laptop's `Database` is."""

    def __init__(self, url: str, *, folder: Path | str | None = None, audit_key: bytes | None = None,
                 pool_size: int = 10) -> None:
        # Not Database.__init__: no file, no passphrase. The attributes the services read are set here.
        self.url = office_url(url)
        self.path = Path(make_url(self.url).database or "office")
        self.encrypted = False
        self.folder = Path(folder) if folder is not None else None
        self._passphrase = None
        self._audit_key = audit_key
        self.engine = make_office_engine(self.url, pool_size=pool_size)
        info = {"database": self}  # the audit trail reads its chain's key from here
        self._sessions = sessionmaker(self.engine, expire_on_commit=False, info=info)
        self._write_sessions = sessionmaker(self.engine, expire_on_commit=False, info=info)

    @property
    def audit_key(self) -> bytes:
        """The key of the office trail's chain: given, or the file in the server's folder."""
        if self._audit_key is None:
            if self.folder is None:
                raise DatabaseError("the office's audit trail needs its key: give the server's folder")
            self._audit_key = read_or_make_key(self.folder)
        return self._audit_key

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work, the office's only writer while it runs (see the module's docstring)."""
        with self._write_sessions.begin() as session:
            session.execute(text("SELECT pg_advisory_xact_lock(:lock)"), {"lock": WRITE_LOCK})
            yield session

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only (it never commits)."""
        with self._sessions() as session:
            yield session

    def revision(self) -> str | None:
        """The schema's Alembic revision (None: an empty database)."""
        with self.engine.connect() as connection:
            if not connection.execute(text("SELECT to_regclass('alembic_version') IS NOT NULL")).scalar():
                return None
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def upgrade(self, revision: str = "head") -> None:
        """Bring the schema up to date with the same Alembic migrations as a laptop's file."""
        from models import migrate

        current = self.revision()
        if current is not None and current not in migrate.known_revisions():
            from models.db import NewerDatabase

            raise NewerDatabase(current)
        with self.engine.connect() as connection:  # one office upgrading at a time
            connection.execute(text("SELECT pg_advisory_lock(:lock)"), {"lock": WRITE_LOCK})
            connection.commit()
            try:
                migrate.upgrade_engine(self.engine, revision, audit_key=self.audit_key)
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(:lock)"), {"lock": WRITE_LOCK})
                connection.commit()


def is_office(session_or_engine: Session | Engine) -> bool:
    """Whether this session (or engine) is on the office's PostgreSQL rather than a laptop's SQLite."""
    bind = session_or_engine.get_bind() if isinstance(session_or_engine, Session) else session_or_engine
    return bind.dialect.name == "postgresql"


def open_office(url: str, *, folder: Path | str | None = None, upgrade: bool = True) -> OfficeDatabase:
    """Open the office database at `url`, its schema brought up to date."""
    office = OfficeDatabase(url, folder=folder)
    try:
        if upgrade:
            office.upgrade()
    except BaseException:
        office.close()
        raise
    return office
