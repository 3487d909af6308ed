"""Undo and redo: a write reversed from what the audit trail recorded of it.

Every write returns the audit entries it made (`Done.entries`). Undoing a step reverses those
entries, newest first, in one transaction, through the same record kinds the services use (their
guards, validation and deadline recomputation): a `create` is archived again, a `change` gets its
old values back, an `archive` is restored. The reversal is itself a step (its own audit entries),
so redo is undoing the undo: nothing is ever deleted, and the trail shows every step.

Refused, in words, and nothing is written:
- when the trail shows that one of the records was written again after the step, by anyone (another
  user, another window, or this user's later edit that was not undone first): undoing would silently
  throw that newer edit away. The step is dropped; the records stay as they are.
- when the user may no longer make the write: their roles and access are read again now (a
  deactivated user, a case reassigned to someone else, a stay that would now overlap another).
- for a step of someone else, and for what has no reverse here (referrals, consents, screenings,
  users, settings: their reverse is its own act with its own record, e.g. revoking a referral).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.changes import Changes, Done
from models.db import Database
from models.entities import AuditEntry, User
from models.services import audit
from models.services.base import Actor, Kind, archive, done, update, writing
from models.services.errors import Conflict, PermissionDenied, ServiceError

# Entries that say something was read or done with a record without writing it: they do not stop an undo.
NOT_WRITES = frozenset({"view", "print", "export", "refused", "share"})
REVERSIBLE = frozenset({"create", "change", "archive", "restore"})
CHANGED_SINCE = ("This can no longer be undone: the {what} was changed again afterwards (by you in another "
                 "step, or by someone else). Nothing was changed.")


@dataclass(frozen=True)
class Step:
    """One write that can be undone: what the menu calls it, and the audit entries it made."""

    label: str
    entries: tuple[int, ...]


def kinds() -> dict[str, Kind]:
    """The kinds of record undo knows how to reverse, by table."""
    from models.services import (
        case_services,
        cases,
        directory,
        employers,
        family,
        persons,
        records,
        trafficking_facts,
    )

    found: list[Kind] = [cases.CASE, cases.NOTE, cases.ATTACHMENT, persons.PERSON, persons.DOCUMENT,
                         directory.ORGANISATION, employers.EMPLOYER, *records.KINDS.values(), family.FAMILY_LINK,
                         case_services.SERVICE, trafficking_facts.FACTS]
    return {kind.entity.__tablename__: kind for kind in found}


def _current(actor: Actor, session: Session) -> Actor:
    """The actor's roles as they are now: an undo is a new write, allowed only if it is allowed today."""
    if actor.user_id is None:
        return actor
    user = session.get(User, actor.user_id)
    if user is None or user.archived_at is not None:
        raise PermissionDenied("undo.account_closed", action="undo")
    return Actor.of(user)


def _input(kind: Kind, record: Any, old: dict[str, Any] | None = None) -> Any:
    """The record's input schema filled from the record (and `old` values over it), validated."""
    from models.schemas.validation import validate

    values = {name: getattr(record, name) for name in kind.schema.model_fields if hasattr(record, name)}
    return validate(kind.schema, values | (old or {}))


def _restore(session: Session, record: Any, actor: Actor) -> None:
    record.archived_at = None
    record.updated_by = actor.user_id
    session.flush()
    audit.record(session, actor.user_id, "restore", record.__tablename__, record.id)


def _reverse_entry(session: Session, actor: Actor, entry: AuditEntry, known: dict[str, Kind]) -> Changes:
    kind = known.get(entry.entity or "")
    if kind is None or entry.action not in REVERSIBLE or entry.record_id is None:
        raise ServiceError("undo.not_here")
    record = session.get(kind.entity, entry.record_id)
    if record is None:
        raise ServiceError("undo.record_gone")
    if (record.archived_at is not None) != (entry.action == "archive"):
        # Archived or restored since without an entry of its own (undoing an import archives in bulk).
        raise Conflict(CHANGED_SINCE.format(what=_what(entry)))
    if entry.action == "create" or entry.action == "restore":
        kind.guard(session, actor, None, record)
        archive(session, record, record.version, actor)
    elif entry.action == "archive":
        kind.guard(session, actor, _input(kind, record), record)  # e.g. a stay back must not overlap another
        _restore(session, record, actor)
    else:
        old = {name: before for name, (before, _after) in entry.details.get("changes", {}).items()}
        if not old:
            return Changes()
        if set(old) - set(kind.schema.model_fields):
            raise ServiceError("undo.not_here")
        data = _input(kind, record, old)
        kind.guard(session, actor, data, record)
        update(session, record, record.version, data, actor)
    if kind.on_change:
        kind.on_change(session, record)
    return kind.changes(record)


def _what(entry: AuditEntry) -> str:
    return (entry.entity or "record").removesuffix("s").replace("_", " ")


def _check_unchanged(session: Session, entries: Sequence[AuditEntry]) -> None:
    last = max(entry.seq for entry in entries)
    for entry in entries:
        later = session.scalars(select(AuditEntry.action).where(
            AuditEntry.record_id == entry.record_id, AuditEntry.entity == entry.entity, AuditEntry.seq > last))
        if any(action not in NOT_WRITES for action in later):
            raise Conflict(CHANGED_SINCE.format(what=_what(entry)))


def reverse(db: Database, actor: Actor, step: Step) -> Done[Step]:
    """Undo `step` (or redo it, if it is itself an undo); the result is the step that reverses this one."""
    with writing(db, actor) as session:
        entries = list(session.scalars(select(AuditEntry).where(AuditEntry.seq.in_(step.entries))
                                       .order_by(AuditEntry.seq.desc())))
        if not entries or len(entries) != len(set(step.entries)):
            raise ServiceError("undo.not_in_trail")
        if any(entry.user_id != actor.user_id for entry in entries):
            raise PermissionDenied("undo.not_yours", action="undo")
        now = _current(actor, session)
        _check_unchanged(session, entries)
        known = kinds()
        changes = Changes()
        for entry in entries:  # newest first
            changes |= _reverse_entry(session, now, entry, known)
        written = done(session, None, changes)
        return Done(Step(step.label, written.entries), changes, written.entries)


@dataclass
class UndoStack:
    """The steps this window can undo and redo (newest last); kept in memory, like Anki's undo queue.

    Only data: the GUI takes a step, runs `reverse` in the background, and hands back the result."""

    limit: int = 30
    undo: list[Step] = field(default_factory=list)
    redo: list[Step] = field(default_factory=list)

    def push(self, label: str, result: Done[Any]) -> None:
        """A new write: it can be undone, and what was undone before can no longer be redone."""
        if result.entries:
            self.undo = [*self.undo, Step(label, result.entries)][-self.limit:]
            self.redo = []

    @property
    def undo_label(self) -> str:
        return self.undo[-1].label if self.undo else ""

    @property
    def redo_label(self) -> str:
        return self.redo[-1].label if self.redo else ""

    def take_undo(self) -> Step | None:
        return self.undo.pop() if self.undo else None

    def take_redo(self) -> Step | None:
        return self.redo.pop() if self.redo else None

    def undone(self, reversal: Step) -> None:
        self.redo.append(reversal)

    def redone(self, reversal: Step) -> None:
        self.undo = [*self.undo, reversal][-self.limit:]
