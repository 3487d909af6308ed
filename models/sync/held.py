"""What this laptop holds, for the desktop to tell what a sync removed (models.sync.laptop's `removed`
counts persons and cases together: a case reassigned away usually takes its person with it)."""
from __future__ import annotations

import uuid

from sqlalchemy import select

from models.db import Database
from models.entities import Case


def case_ids(database: Database) -> set[uuid.UUID]:
    """The ids of every case in this laptop's file (no permission check: it is about the file, not a user)."""
    with database.reading() as session:
        return set(session.scalars(select(Case.id)))
