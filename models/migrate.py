"""Alembic, driven from code: the application upgrades its own database on start.

Migrations run on a connection from `models.db.make_engine`, handed to the
Alembic environment through `Config.attributes`, so an encrypted database is
upgraded without its passphrase ever being part of a URL.
"""
from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from models.db import MIGRATIONS, connect, make_engine


def config(path: Path | str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    return cfg


def head_revision() -> str:
    return ScriptDirectory(str(MIGRATIONS)).get_current_head()


def current_revision(path: Path | str, passphrase: str | None = None) -> str | None:
    """The file's schema revision, or None for a new (empty or missing) file."""
    if not Path(path).exists():
        return None
    with contextlib.closing(connect(path, passphrase)) as conn:
        return _revision(conn)


def revision_of(engine: Engine) -> str | None:
    """The schema revision of the database behind `engine` (None for a new one), on a pooled connection."""
    with engine.connect() as connection:
        return _revision(connection.connection.dbapi_connection)


def _revision(conn: Any) -> str | None:
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").fetchone():
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def upgrade(path: Path | str, revision: str = "head", *, passphrase: str | None = None) -> None:
    engine = make_engine(path, passphrase)
    try:
        upgrade_engine(engine, revision)
    finally:
        engine.dispose()


def upgrade_engine(engine: Engine, revision: str = "head") -> None:
    """Upgrade the database behind `engine` on one of its own connections (no new key derivation)."""
    cfg = config(engine.url.database or "")
    with engine.connect() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)
