"""Employers: the companies and households that sign contracts and hold work permits."""
from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select

from models.db import Database
from models.entities import Employer
from models.schemas.history import EmployerIn, EmployerOut
from models.services.base import Actor, Kind

EMPLOYER = Kind(Employer, EmployerIn, EmployerOut)


def create_employer(db: Database, actor: Actor, data: Any) -> EmployerOut:
    return EMPLOYER.create(db, actor, data)


def update_employer(db: Database, actor: Actor, employer_id: uuid.UUID, expected_version: int,
                    data: Any) -> EmployerOut:
    return EMPLOYER.update(db, actor, employer_id, expected_version, data)


def employers(db: Database) -> list[EmployerOut]:
    with db.reading() as session:
        rows = session.scalars(select(Employer).where(Employer.archived_at.is_(None)).order_by(Employer.name))
        return [EmployerOut.model_validate(row) for row in rows]
