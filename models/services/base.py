"""What every service does the same way: one transaction per write, version checks, archiving.

Services are the only code that opens a Session. A write validates its input
(pydantic), changes the records in one transaction and returns output DTOs;
if anything fails, nothing is written.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from models.db import Database
from models.entities import Record, Role, utcnow
from models.schemas.common import Input, Output
from models.schemas.validation import validate
from models.services.errors import Conflict, NotFound, ServiceError

R = TypeVar("R", bound=Record)

CHANGED_BY_SOMEONE_ELSE = (
    "This {what} was changed by someone else after you opened it, so your changes were not saved "
    "(nothing was overwritten). Reopen it to see the current version, then enter your changes again."
)


@dataclass(frozen=True)
class Actor:
    """Who is doing it: every record remembers who created and last changed it."""

    user_id: uuid.UUID | None
    role: Role = Role.admin

    @classmethod
    def system(cls) -> Actor:
        """Headless tools (demo data, imports) acting with no user logged in."""
        return cls(user_id=None, role=Role.admin)


def what(entity: type[Record]) -> str:
    return entity.__tablename__.removesuffix("s").replace("_", " ")


@contextlib.contextmanager
def writing(db: Database) -> Iterator[Session]:
    """One transaction; database trouble becomes a message instead of a traceback."""
    try:
        with db.transaction() as session:
            yield session
    except StaleDataError:
        raise Conflict(CHANGED_BY_SOMEONE_ELSE.format(what="record")) from None
    except OperationalError as error:
        if "locked" in str(error.orig) or "busy" in str(error.orig):
            raise ServiceError("The database is busy with another Qamqor window. Try again in a moment.") from None
        raise
    except IntegrityError as error:
        if "FOREIGN KEY" in str(error.orig):
            raise ServiceError("A record this one refers to does not exist (it may have been removed).") from None
        raise


def get_live(session: Session, entity: type[R], record_id: uuid.UUID) -> R:
    """The record, or NotFound if there is none or it is archived."""
    record = session.get(entity, record_id)
    if record is None or record.archived_at is not None:
        raise NotFound(f"There is no {what(entity)} with this id (it may have been archived).")
    return record


def check_version(record: Record, expected_version: int) -> None:
    if record.version != expected_version:
        raise Conflict(CHANGED_BY_SOMEONE_ELSE.format(what=what(type(record))))


def create(session: Session, entity: type[R], data: Input, actor: Actor, **extra: Any) -> R:
    record = entity(**data.model_dump(), **extra, created_by=actor.user_id, updated_by=actor.user_id)
    session.add(record)
    session.flush()
    return record


def update(session: Session, entity: type[R], record_id: uuid.UUID, expected_version: int,
           data: Input, actor: Actor) -> R:
    record = get_live(session, entity, record_id)
    check_version(record, expected_version)
    for field, value in data.model_dump().items():
        setattr(record, field, value)
    record.updated_by = actor.user_id
    session.flush()
    return record


def archive(session: Session, entity: type[R], record_id: uuid.UUID, expected_version: int, actor: Actor) -> R:
    """Archived records disappear from lists but stay in the database (nothing is ever deleted)."""
    record = get_live(session, entity, record_id)
    check_version(record, expected_version)
    record.archived_at = utcnow()
    record.updated_by = actor.user_id
    session.flush()
    return record


@dataclass(frozen=True)
class Kind:
    """How one kind of record is stored, validated and handed out."""

    entity: type[Record]
    schema: type[Input]
    output: type[Output]
    # Called in the same transaction after every write, e.g. to recompute the person's deadlines.
    on_change: Callable[[Session, Record], None] | None = None

    def _written(self, session: Session, record: Record) -> Output:
        if self.on_change:
            self.on_change(session, record)
        return self.output.model_validate(record)

    def create(self, db: Database, actor: Actor, data: Any) -> Output:
        data = validate(self.schema, data)
        with writing(db) as session:
            return self._written(session, create(session, self.entity, data, actor))

    def update(self, db: Database, actor: Actor, record_id: uuid.UUID, expected_version: int, data: Any) -> Output:
        data = validate(self.schema, data)
        with writing(db) as session:
            return self._written(session, update(session, self.entity, record_id, expected_version, data, actor))

    def archive(self, db: Database, actor: Actor, record_id: uuid.UUID, expected_version: int) -> Output:
        with writing(db) as session:
            return self._written(session, archive(session, self.entity, record_id, expected_version, actor))

    def get(self, db: Database, record_id: uuid.UUID) -> Output:
        with db.reading() as session:
            return self.output.model_validate(get_live(session, self.entity, record_id))


def today() -> dt.date:
    """Today in Kazakhstan (RULES.md 1: Asia/Almaty, never UTC)."""
    from zoneinfo import ZoneInfo

    return dt.datetime.now(ZoneInfo("Asia/Almaty")).date()
