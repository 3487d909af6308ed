"""The people who use Qamqor (accounts and passwords: models.services.accounts)."""
from __future__ import annotations

from sqlalchemy import select

from models.db import Database
from models.entities import User
from models.schemas.users import UserOut
from models.services.base import Actor, reading


def users(db: Database, actor: Actor) -> list[UserOut]:
    """Colleagues' names and roles (to assign and share cases); no passwords."""
    with reading(db, actor) as session:
        rows = session.scalars(select(User).where(User.archived_at.is_(None)).order_by(User.full_name))
        return [UserOut.model_validate(row) for row in rows]
