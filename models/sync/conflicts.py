"""Conflicts as a caseworker meets them: the open ones (for the case's banner and the list) and their
resolution, a write like any other (audited, captured, synced).

Resolving keeps one of the two values: "kept" (the one in the record) or "other" (the one kept aside),
which is then written into the record. A conflict set aside whole (a change its author could no longer
make) can be dismissed, or its values written into the record if the record is there.
"""
from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import select

from models.changes import Changes, Done
from models.clock import utcnow
from models.db import Database
from models.entities import Base, Case, Person, SyncConflict, User
from models.services import audit
from models.services.base import Actor, done, reading, writing
from models.services.errors import NotFound, PermissionDenied, ServiceError
from models.sync.tables import BY_NAME, decode


@dataclass(frozen=True)
class ConflictOut:
    id: uuid.UUID
    version: int
    table: str
    row_id: uuid.UUID
    field: str
    kept_value: Any
    other_value: Any
    kept_by: str | None  # the person's full name
    kept_at: dt.datetime | None
    kept_device: str | None
    other_by: str | None
    other_at: dt.datetime | None
    other_device: str | None
    case_id: uuid.UUID | None
    person_id: uuid.UUID | None
    set_aside: bool


def _visible(actor: Actor):
    from models.sync.office import visible

    return visible(BY_NAME["sync_conflicts"], actor)


def open_conflicts(database: Database, actor: Actor, *, case_id: uuid.UUID | None = None) -> list[ConflictOut]:
    """The unresolved conflicts this actor may see (of one case, if given), oldest first."""
    with reading(database, actor) as session:
        query = select(SyncConflict).where(SyncConflict.resolved_at.is_(None), _visible(actor)) \
            .order_by(SyncConflict.created_at)
        if case_id is not None:
            query = query.where(SyncConflict.case_id == case_id)
        found = session.scalars(query).all()
        names: dict[uuid.UUID, str] = dict(session.execute(select(User.id, User.full_name).where(
            User.id.in_({c.kept_by for c in found} | {c.other_by for c in found}))).all())
        return [ConflictOut(c.id, c.version, c.table_name, c.row_id, c.field, c.kept_value, c.other_value,
                            names.get(c.kept_by) if c.kept_by else None, c.kept_at, c.kept_device,
                            names.get(c.other_by) if c.other_by else None, c.other_at, c.other_device,
                            c.case_id, c.person_id, c.set_aside) for c in found]


def _entity(table: str) -> Any:
    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == table:
            return mapper.class_
    raise ServiceError(f"Unknown table {table}.")


def resolve(database: Database, actor: Actor, conflict_id: uuid.UUID, *,
            keep: Literal["kept", "other"]) -> Done[None]:
    """Keep one of the two values and close the conflict (audited; syncs like any edit): a write like any
    other, so it returns a `Done` (its `Changes` say whose case and person to refresh)."""
    if keep not in ("kept", "other"):
        raise ServiceError("conflict.choose")
    with writing(database, actor) as session:
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None:
            raise NotFound("conflict.not_found")
        if not session.scalar(select(SyncConflict.id).where(SyncConflict.id == conflict_id, _visible(actor))):
            raise PermissionDenied("conflict.not_yours",
                                   action="resolve a conflict", entity="sync_conflicts", record_id=conflict_id)
        if conflict.resolved_at is not None:
            raise ServiceError("conflict.resolved")
        spec = BY_NAME[conflict.table_name]
        if keep == "other":
            entity = _entity(conflict.table_name)
            record = session.get(entity, conflict.row_id) if not spec.composite else None
            if record is None:
                raise ServiceError("conflict.record_missing")
            values = conflict.other_value if conflict.field == "*" else {conflict.field: conflict.other_value}
            before = {name: getattr(record, name) for name in values if name in spec.table.c}
            for name, value in values.items():
                if name in spec.table.c and name not in ("id", "version", "created_at", "created_by"):
                    setattr(record, name, decode(spec.table.c[name], value))
            if hasattr(record, "updated_by"):
                record.updated_by = actor.user_id
            session.flush()
            audit.record(session, actor.user_id, "change", conflict.table_name, conflict.row_id,
                         changes=audit.changes({n: audit.plain(v) for n, v in before.items()},
                                               {n: audit.plain(getattr(record, n)) for n in before}))
        conflict.resolved_at = utcnow()
        conflict.resolved_by = actor.user_id
        conflict.choice = keep
        conflict.updated_by = actor.user_id
        session.flush()
        audit.record(session, actor.user_id, "resolve_conflict", conflict.table_name, conflict.row_id,
                     field=conflict.field, choice=keep, conflict=str(conflict.id))
        person_ids = frozenset({conflict.person_id} if conflict.person_id else ())
        case_ids = frozenset({conflict.case_id} if conflict.case_id else ())
        return done(session, None, Changes(
            case=bool(case_ids), person=conflict.table_name == "persons",
            records=conflict.table_name not in ("persons", "cases"), person_ids=person_ids, case_ids=case_ids))


@dataclass(frozen=True)
class Whereabouts:
    """Whose a conflict is, for a list of them: the person's name and a case to open (for a conflict on a
    person's own fields, the person's newest case this actor may see; None if there is none)."""

    family_name: str
    given_name: str
    patronymic: str | None
    case_id: uuid.UUID | None


def whereabouts(database: Database, actor: Actor, found: list[ConflictOut]) -> dict[uuid.UUID, Whereabouts]:
    """The person and the case of each conflict (conflicts this actor may see: see `open_conflicts`)."""
    person_ids = {c.person_id for c in found if c.person_id}
    with reading(database, actor) as session:
        people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(person_ids)))}
        newest: dict[uuid.UUID, uuid.UUID] = {}
        for case_id, person_id in session.execute(select(Case.id, Case.person_id).where(
                Case.person_id.in_(person_ids)).order_by(Case.opened_on)):
            newest[person_id] = case_id
    answer = {}
    for c in found:
        person = people.get(c.person_id) if c.person_id else None
        answer[c.id] = Whereabouts(person.family_name if person else "", person.given_name if person else "",
                                   person.patronymic if person else None,
                                   c.case_id or (newest.get(c.person_id) if c.person_id else None))
    return answer
