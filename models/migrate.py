"""Alembic, driven from code: the application upgrades its own database on start."""
from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from models.db import MIGRATIONS


def config(path: Path | str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    return cfg


def head_revision() -> str:
    return ScriptDirectory(str(MIGRATIONS)).get_current_head()


def current_revision(path: Path | str) -> str | None:
    """The file's schema revision, or None for a new (empty or missing) file."""
    if not Path(path).exists():
        return None
    with contextlib.closing(sqlite3.connect(path)) as conn:
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError:
            return None
    return row[0] if row else None


def upgrade(path: Path | str, revision: str = "head") -> None:
    command.upgrade(config(path), revision)
