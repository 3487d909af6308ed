"""What every service does the same way: one transaction per write, version checks, archiving.

Services are the only code that opens a Session. A write validates its input
(pydantic), changes the records in one transaction and returns output DTOs;
if anything fails, nothing is written.
"""
from __future__ import annotations

import contextlib
import dataclasses
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from sqlalchemy import event
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from models.changes import Changes, Done
from models.clock import utcnow
from models.connection import Database, DiskFull, environment_error
from models.entities import AuditEntry, Record, Role, User
from models.services import trail as audit  # the trail itself: services.audit builds on this module
from models.services.errors import Conflict, NotFound, PermissionDenied, Refused
from models.sync import capture as _capture  # noqa: F401  (registers the sync capture of every write)

if TYPE_CHECKING:  # pydantic and the schemas load with the first write, not for a read-only command
    from models.schemas.common import Input, Output

R = TypeVar("R", bound=Record)
T = TypeVar("T")
In = TypeVar("In", bound="Input")
Out = TypeVar("Out", bound="Output")

@dataclass(frozen=True)
class Actor:
    """Who is doing it: the services check their roles, and every record and audit entry names them."""

    user_id: uuid.UUID | None
    roles: frozenset[Role]

    @classmethod
    def of(cls, user: User) -> Actor:
        return cls(user.id, user.roles)

    @classmethod
    def system(cls) -> Actor:
        """Maintenance from the command line (demo data, recomputing): whoever holds the database file
        and its passphrase can read it anyway, so these tools act as supervisor and administrator."""
        return cls(user_id=None, roles=frozenset({Role.supervisor, Role.admin}))


def what(entity: type[Record]) -> str:
    return entity.__tablename__.removesuffix("s").replace("_", " ")


@contextlib.contextmanager
def refusals_audited(db: Database, actor: Actor) -> Iterator[None]:
    """A refusal rolls back the work it stopped; its audit entry is written in a transaction of its own."""
    try:
        yield
    except PermissionDenied as refusal:
        with db.transaction() as session:
            audit.record(session, actor.user_id, "refused", refusal.entity, refusal.record_id,
                         attempted=refusal.action)
        raise


@contextlib.contextmanager
def reading(db: Database, actor: Actor) -> Iterator[Session]:
    """A read-only session, with refusals audited."""
    with refusals_audited(db, actor), db.reading() as session:
        yield session


@contextlib.contextmanager
def writing(db: Database, actor: Actor) -> Iterator[Session]:
    """One transaction; refusals audited; database trouble becomes a message instead of a traceback."""
    try:
        with refusals_audited(db, actor), db.transaction() as session:
            yield session
    except StaleDataError:
        raise Conflict("record.changed", what="record") from None
    except OperationalError as error:
        if "locked" in str(error.orig) or "busy" in str(error.orig):
            raise Refused("database.busy") from None
        if isinstance(trouble := environment_error(error), DiskFull):  # rolled back: nothing was written
            raise trouble from None
        raise
    except IntegrityError as error:
        if "FOREIGN KEY" in str(error.orig):
            raise Refused("record.reference_missing") from None
        raise


@event.listens_for(Session, "after_flush")
def _note_audit_entries(session: Session, _context: Any) -> None:
    """Remember the audit entries this transaction wrote: a write's `Done.entries`, what undo reverses."""
    seqs = [entry.seq for entry in session.new if isinstance(entry, AuditEntry)]
    if seqs:
        session.info.setdefault("audit_entries", []).extend(seqs)


def done(session: Session, value: T, changes: Changes) -> Done[T]:
    """A write's result, what it changed, and the audit entries it wrote (so far in this transaction)."""
    session.flush()
    return Done(value, changes, tuple(sorted(session.info.get("audit_entries", ()))))


def of_person(kinds: Changes) -> Callable[[Any], Changes]:
    """The changes of a write to a record of a person: `kinds` (its flags), for the record's person."""
    return lambda record: dataclasses.replace(kinds, person_ids=frozenset({record.person_id}))


def of_case(kinds: Changes) -> Callable[[Any], Changes]:
    """The changes of a write to a record of a case (a note, an attachment, ...): `kinds`, for its case."""
    return lambda record: dataclasses.replace(kinds, case_ids=frozenset({record.case_id}))


def get_live(session: Session, entity: type[R], record_id: uuid.UUID) -> R:
    """The record, or NotFound if there is none or it is archived."""
    record = session.get(entity, record_id)
    if record is None or record.archived_at is not None:
        raise NotFound("record.not_found", what=what(entity))
    return record


def check_version(record: Record, expected_version: int) -> None:
    if record.version != expected_version:
        raise Conflict("record.changed", what=what(type(record)))


def create(session: Session, entity: type[R], data: Input, actor: Actor, **extra: Any) -> R:
    values = data.model_dump() | extra
    record = entity(**values, created_by=actor.user_id, updated_by=actor.user_id)
    session.add(record)
    session.flush()
    audit.record(session, actor.user_id, "create", entity.__tablename__, record.id,
                 values=audit.field_values(record, list(values)))
    return record


def update(session: Session, record: R, expected_version: int, data: Input, actor: Actor) -> R:
    check_version(record, expected_version)
    new = data.model_dump()
    before = audit.field_values(record, list(new))
    for field, value in new.items():
        setattr(record, field, value)
    if not session.is_modified(record):
        # A save that changes nothing is no write: a new version by this user would be a copy of the record
        # that differs from every other copy (a laptop sends no change for it, so the office never had it).
        return record
    record.updated_by = actor.user_id
    session.flush()
    changed = audit.changes(before, audit.field_values(record, list(new)))
    audit.record(session, actor.user_id, "change", record.__tablename__, record.id, changes=changed)
    return record


def archive(session: Session, record: R, expected_version: int, actor: Actor) -> R:
    """Archived records disappear from lists but stay in the database (nothing is ever deleted)."""
    check_version(record, expected_version)
    record.archived_at = utcnow()
    record.updated_by = actor.user_id
    session.flush()
    audit.record(session, actor.user_id, "archive", record.__tablename__, record.id)
    return record


@dataclass(frozen=True)
class Kind(Generic[R, In, Out]):
    """How one kind of record is stored, validated and handed out."""

    entity: type[R]
    schema: type[In]
    output: type[Out]
    # guard(session, actor, new input or None, stored record or None) raises PermissionDenied
    # unless the actor may create the input, read or archive the record, or change one into the other.
    guard: Callable[[Session, Actor, In | None, R | None], None]
    # What a write of the record changed (deadlines=True where `on_change` recomputes obligations).
    changes: Callable[[R], Changes]
    # Called in the same transaction after every write, e.g. to recompute the person's deadlines.
    on_change: Callable[[Session, R], None] | None = None

    def _written(self, session: Session, record: R) -> Done[Out]:
        if self.on_change:
            self.on_change(session, record)
        return done(session, self.output.model_validate(record), self.changes(record))

    def stored(self, session: Session, actor: Actor, record_id: uuid.UUID, new: In | None = None) -> R:
        record = get_live(session, self.entity, record_id)
        self.guard(session, actor, new, record)
        return record

    def create(self, db: Database, actor: Actor, data: Any) -> Done[Out]:
        from models.schemas.validation import validate

        data = validate(self.schema, data)
        with writing(db, actor) as session:
            self.guard(session, actor, data, None)
            return self._written(session, create(session, self.entity, data, actor))

    def update(self, db: Database, actor: Actor, record_id: uuid.UUID, expected_version: int,
               data: Any) -> Done[Out]:
        from models.schemas.validation import validate

        data = validate(self.schema, data)
        with writing(db, actor) as session:
            record = self.stored(session, actor, record_id, data)
            return self._written(session, update(session, record, expected_version, data, actor))

    def archive(self, db: Database, actor: Actor, record_id: uuid.UUID, expected_version: int) -> Done[Out]:
        with writing(db, actor) as session:
            record = self.stored(session, actor, record_id)
            return self._written(session, archive(session, record, expected_version, actor))

    def get(self, db: Database, actor: Actor, record_id: uuid.UUID) -> Out:
        with reading(db, actor) as session:
            return self.output.model_validate(self.stored(session, actor, record_id))
