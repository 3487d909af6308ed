"""Office-wide settings (the `settings` table): read by everyone, changed by an administrator."""
from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from models.db import Database
from models.entities import Role, Setting
from models.services import audit
from models.services.base import Actor, writing
from models.services.permissions import require

IDLE_LOCK_MINUTES = "idle_lock_minutes"  # the window locks after this many minutes without use
DEFAULTS: dict[str, Any] = {IDLE_LOCK_MINUTES: 10}


def value(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(Setting, key)
    if row is None or row.value is None:
        return DEFAULTS.get(key) if default is None else default
    return row.value


def read(db: Database, key: str, default: Any = None) -> Any:
    with db.reading() as session:
        return value(session, key, default)


def change(db: Database, actor: Actor, key: str, new: Any) -> None:
    with writing(db, actor) as session:
        require(actor, Role.admin, doing="change the office's settings")
        row = session.get(Setting, key)
        old = None if row is None else row.value
        if row is None:
            session.add(Setting(key=key, value=new))
        else:
            row.value = new
        audit.record(session, actor.user_id, "change", "settings", None, changes={key: [old, new]})
