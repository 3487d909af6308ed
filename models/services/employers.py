"""Employers: the companies and households that sign contracts and hold work permits."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select

from models.changes import Changes, Done
from models.db import Database
from models.entities import Employer, Role
from models.schemas.records import EmployerIn, EmployerOut
from models.services.base import Actor, Kind, reading
from models.services.permissions import require


def _guard(session, actor: Actor, new, stored) -> None:
    if new is not None:
        require(actor, Role.caseworker, Role.supervisor, Role.admin, doing="record an employer")


EMPLOYER = Kind(Employer, EmployerIn, EmployerOut, guard=_guard, changes=lambda _: Changes(directory=True))


def create_employer(db: Database, actor: Actor, data: Any) -> Done[EmployerOut]:
    return EMPLOYER.create(db, actor, data)


def employers(db: Database, actor: Actor) -> list[EmployerOut]:
    """Every employer: a directory every user needs, with nothing about the persons."""
    with reading(db, actor) as session:
        rows = session.scalars(select(Employer).where(Employer.archived_at.is_(None)).order_by(Employer.name))
        return [EmployerOut.model_validate(row) for row in rows]
