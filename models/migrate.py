"""Alembic, driven from code: the application upgrades its own database on start.

Migrations run on a connection from `models.connection.make_engine`, handed to the
Alembic environment through `Config.attributes`, so an encrypted database is
upgraded without its passphrase ever being part of a URL.
"""
from __future__ import annotations

import contextlib
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine

from models.audit_chain import key_for
from models.connection import connect, make_engine
from models.paths import MIGRATIONS

if TYPE_CHECKING:
    from alembic.config import Config

# `revision = '0007'` and `down_revision = '0006'` lines of a migration file (Alembic's own template).
_REVISION_LINE = re.compile(r"^(down_revision|revision)\s*(?::[^=]*)?=\s*['\"]?(\w+)['\"]?\s*$", re.MULTILINE)


def config(path: Path | str) -> Config:
    from alembic.config import Config  # Alembic costs 0.2-0.4 s to import: only when migrating

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    return cfg


def head_revision() -> str:
    """The newest migration's revision.

    Read from the migration files' `revision`/`down_revision` lines rather than
    through Alembic, whose import would add 0.2-0.4 s to every start and every
    command when, nearly always, no upgrade is due. Anything but one straight
    line of revisions (a merge, a tuple) is left to Alembic itself.
    """
    revisions, parents = set(), set()
    for script in MIGRATIONS.joinpath("versions").glob("*.py"):
        found = dict(_REVISION_LINE.findall(script.read_text(encoding="utf-8")))
        if "revision" not in found or "down_revision" not in found:
            return alembic_head_revision()
        revisions.add(found["revision"])
        parents.add(found["down_revision"])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else alembic_head_revision()


def known_revisions() -> set[str]:
    """Every revision this version of Qamqor has a migration for (read from the files, as `head_revision`)."""
    found: set[str] = set()
    for script in MIGRATIONS.joinpath("versions").glob("*.py"):
        found.update(value for name, value in _REVISION_LINE.findall(script.read_text(encoding="utf-8"))
                     if name == "revision")
    return found


def alembic_head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    if head is None:
        raise RuntimeError(f"no migration in {MIGRATIONS}")
    return head


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
        upgrade_engine(engine, revision, audit_key=key_for(passphrase))
    finally:
        engine.dispose()


def upgrade_engine(engine: Engine, revision: str = "head", *, audit_key: bytes | None = None) -> None:
    """Upgrade the database behind `engine` on one of its own connections (no new key derivation).

    `audit_key` is the audit chain's key (`models.audit_chain.key_for`), for the migration that keys the
    chain; None is a plain database's (the office's key file)."""
    from alembic import command

    cfg = config(engine.url.database or "")
    with engine.connect() as connection:
        cfg.attributes["connection"] = connection
        cfg.attributes["audit_key"] = audit_key if audit_key is not None else key_for(None)
        command.upgrade(cfg, revision)
