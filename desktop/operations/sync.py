"""The office sync as the desktop asks for it: enrolment, a sync, what the status bar shows, and conflicts.

Enrolment comes before anyone signs in (the first start), so it is a plain call that the connect dialog
runs on a worker thread; the rest are QueryOp/CollectionOp like every other module here.
"""
from __future__ import annotations

import datetime as dt
import threading
import uuid
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QObject

from desktop import memory
from desktop.operations import CollectionOp, QueryOp
from desktop.workspace import Workspace
from models.db import Database
from models.services.base import Actor
from models.sync import conflicts, enrolment, held, laptop
from models.sync.conflicts import ConflictOut, Whereabouts
from models.sync.enrolment import Enrolment
from models.sync.laptop import Progress, SyncResult

__all__ = ["ConflictOut", "Enrolment", "OfficeStatus", "SyncResult", "Synced", "Whereabouts"]
_running = threading.Lock()  # never two syncs at once, whichever window (or language) asked


@dataclass(frozen=True)
class OfficeStatus:
    """What the status bar says of the office; None from `office_status` on a laptop that is not enrolled."""

    office_name: str
    user_name: str
    last_synced: dt.datetime | None
    waiting: int


def default_device_name() -> str:
    return enrolment.default_device_name()


def enrol(*, db: Database, url: str, fingerprint: str, user_name: str, password: str,
          device_name: str) -> Enrolment:
    """Tie this database to the office (run off the GUI thread: it talks to the office)."""
    return enrolment.enrol(db, url, fingerprint, user_name, password, device_name or None)


def _status(db: Database) -> OfficeStatus | None:
    found = enrolment.enrolment_of(db)
    if found is None:
        return None
    return OfficeStatus(found.office_name, found.user_name, laptop.last_synced(db), laptop.waiting(db))


def office_status(ws: Workspace, *, parent: QObject) -> QueryOp[OfficeStatus | None]:
    return QueryOp(ws, parent=parent, op=lambda db, _actor: _status(db))


@dataclass(frozen=True)
class Synced:
    """A sync's result, the status bar's new state, and how many cases left this laptop (the result's
    `removed` counts persons too: a case reassigned away usually takes its person with it)."""

    result: SyncResult
    status: OfficeStatus | None
    cases_removed: int
    refusals: tuple[str, ...] = ()  # the office's reasons for the changes it refused in this sync


class _Closing(Exception):
    """The program is closing: the sync stops after the page or batch it has just written."""


def _sync(db: Database, progress: Progress, closing: threading.Event) -> Synced | None:
    def relayed(stage: str, done: int, total: int) -> None:
        if closing.is_set():  # called between transactions: stopping here is as safe as a cut-off network
            raise _Closing
        progress(stage, done, total)

    if closing.is_set() or not _running.acquire(blocking=False):
        return None  # closing, or one is running already (another window's): this one is not needed
    try:
        before = held.case_ids(db)
        with memory.no_full_collections():  # each would stop the window for ~100 ms
            result = laptop.sync(db, progress=relayed)
        gone = len(before - held.case_ids(db)) if result.removed else 0
        refusals = tuple(str(r.refused) for r in laptop.refused_changes(db)[:result.refused]) if result.refused else ()
        return Synced(result, _status(db), gone, refusals)
    except _Closing:
        return None  # the next start resumes where this one stopped
    finally:
        _running.release()


def sync_now(ws: Workspace, *, parent: QObject, progress: Progress) -> QueryOp[Synced | None]:
    """Push and pull on the long lane; `progress(stage, done, total)` is called from the worker thread.
    The result is None when another sync was already running, or when the program closed during it (it
    stops at the next page, so closing the window does not wait for a whole first sync)."""
    return QueryOp(ws, parent=parent, op=lambda db, _actor: _sync(db, progress, ws.closing)).in_lane("long")


def _conflicts_of(db: Database, actor: Actor, case_id: uuid.UUID | None,
                  person_id: uuid.UUID | None) -> list[ConflictOut]:
    found = conflicts.open_conflicts(db, actor)
    if case_id is None and person_id is None:
        return found
    return [c for c in found if (case_id is not None and c.case_id == case_id)
            or (person_id is not None and c.case_id is None and c.person_id == person_id)]


def open_conflicts(ws: Workspace, *, parent: QObject, case_id: uuid.UUID | None = None,
                   person_id: uuid.UUID | None = None) -> QueryOp[list[ConflictOut]]:
    """The open conflicts this user may see: of one case and of its person's own fields, or all of them."""
    return QueryOp(ws, parent=parent, op=lambda db, actor: _conflicts_of(db, actor, case_id, person_id))


def conflict_list(ws: Workspace, *,
                  parent: QObject) -> QueryOp[tuple[list[ConflictOut], dict[uuid.UUID, Whereabouts]]]:
    """Every open conflict this user may see, with whose it is (for Sync › Conflicts…)."""
    def work(db: Database, actor: Actor) -> tuple[list[ConflictOut], dict[uuid.UUID, Whereabouts]]:
        found = conflicts.open_conflicts(db, actor)
        return found, conflicts.whereabouts(db, actor, found)

    return QueryOp(ws, parent=parent, op=work)


def resolve_conflict(ws: Workspace, *, parent: QObject, conflict_id: uuid.UUID,
                     keep: Literal["kept", "other"]) -> CollectionOp[None]:
    """Keep one of a conflict's two values (audited; it syncs like any edit)."""
    return CollectionOp(ws, parent=parent, op=lambda db, actor: conflicts.resolve(db, actor, conflict_id, keep=keep))
