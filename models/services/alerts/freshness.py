"""Keeping the stored obligations fresh: a new day moves the stay limits."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import func, select

from models.clock import today
from models.db import Database
from models.entities import Person, StoredObligation


def computed_on(db: Database) -> dt.date | None:
    """The oldest day the stored obligations were computed on (None: nothing stored)."""
    with db.reading() as session:
        return session.scalar(select(func.min(StoredObligation.computed_on)))


def is_stale(db: Database, as_of: dt.date | None = None) -> bool:
    """Whether some stored obligations were computed before today (a new day moves the stay limits), or
    none are stored while persons are (a database upgraded from before the obligations table, issue 12).

    The oldest, not the newest: every save refreshes its own person's rows to today."""
    oldest = computed_on(db)
    if oldest is None:
        with db.reading() as session:
            return session.scalar(select(Person.id).where(Person.archived_at.is_(None)).limit(1)) is not None
    return oldest < (as_of or today())


def recompute_if_stale(db: Database, progress: Callable[[int, int], None] | None = None) -> int:
    """Recompute every person's obligations if some were computed before today; how many persons (0: fresh)."""
    from models.services import deadlines

    if not is_stale(db):
        return 0
    return deadlines.recompute_all(db, progress=progress)
