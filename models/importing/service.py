"""The import as the GUI and the command line call it: permissions, the dry run, the import in batches,
undoing an import, saved mappings. Only supervisors and administrators import (issue 15)."""
from __future__ import annotations

import datetime as dt
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from models.changes import Changes, Done
from models.clock import today, utcnow
from models.db import Database
from models.entities import Import, ImportMapping, Role
from models.importing import stopped
from models.importing.checking import DryRun, Recorded, check_rows, name_recorded
from models.importing.mapping import Mapping
from models.importing.reading import Table
from models.importing.result import (
    ImportResult,  # moved down: writing builds it (service.ImportResult as before)
)
from models.importing.unchanged import FileChanged
from models.services import audit
from models.services.base import Actor, reading, refusals_audited, writing
from models.services.errors import NotFound, Refused
from models.services.permissions import require

DOING = "import from a spreadsheet"
Progress = Callable[[int, int], None]
# An import (or its undo) writes persons, cases, stays and documents of many persons: no ids, so every view
# of a person refreshes. Not on the Edit menu's undo (`Done.entries` stays empty): an import has its own.
IMPORTED = Changes(case=True, person=True, records=True, deadlines=True)


def check(db: Database, actor: Actor, table: Table, mapping: Mapping) -> DryRun:
    """The dry run: nothing is written. Every problem, and every likely duplicate the actor may learn of."""
    with refusals_audited(db, actor):
        require(actor, Role.supervisor, Role.admin, doing=DOING)
    with reading(db, actor) as session:
        recorded = Recorded.load(session)
    try:
        dry = check_rows(table, mapping, today(), recorded)
    except FileChanged as changed:
        raise Refused("import.file_changed", file=changed.name) from None
    with reading(db, actor) as session:
        name_recorded(session, actor, dry, recorded)
    return dry


def run(db: Database, actor: Actor, dry: DryRun, *, decisions: dict[int, str] | None = None,
        start_row: int = 0, batch_size: int = 500, progress: Progress | None = None,
        cancel: threading.Event | None = None) -> Done[ImportResult]:
    """Write the rows that passed, in batches of one transaction each.

    `decisions`: row -> "skip", "add" (to the recorded person, or to the person of the earlier row) or
    "create"; a row with a likely duplicate is skipped unless decided otherwise. Rows before `start_row`
    are left out (resuming a stopped import). A failure or a cancel leaves every batch before it written
    and none half-written; the result says which row to resume from. The rows are read and checked again
    from the file, a batch at a time: a file changed since the dry run is refused before anything is written."""
    from models.importing import writing as writer

    with refusals_audited(db, actor):
        require(actor, Role.supervisor, Role.admin, doing=DOING)
    return Done(writer.run(db, actor, dry, decisions or {}, start_row, batch_size, progress, cancel), IMPORTED)


def undo(db: Database, actor: Actor, import_id: uuid.UUID) -> Done[int]:
    """Archive every record an import created (a supervisor only); how many were archived."""
    from models.importing import writing as writer

    with refusals_audited(db, actor):
        require(actor, Role.supervisor, doing="undo an import")
    return Done(writer.undo(db, actor, import_id), IMPORTED)


@dataclass(frozen=True)
class ImportSummary:
    import_id: uuid.UUID
    file_name: str
    started_at: dt.datetime
    status: str  # running, complete, cancelled, failed, stopped (the program ended), undone
    counts: dict
    resume_row: int | None
    user: str | None


def imports(db: Database, actor: Actor) -> list[ImportSummary]:
    """The import history, newest first."""
    from models.entities import User

    require(actor, Role.supervisor, Role.admin, doing="see the import history")
    with reading(db, actor) as session:
        gone = stopped.gone(session)
    if gone:
        with writing(db, actor) as session:
            stopped.mark_stopped(session, actor.user_id, gone)
    with reading(db, actor) as session:
        names = dict(session.execute(select(User.id, User.full_name)).all())
        return [ImportSummary(i.id, i.file_name, i.started_at, i.status, dict(i.counts), i.resume_row,
                              names.get(i.user_id) if i.user_id else None)
                for i in session.scalars(select(Import).order_by(Import.started_at.desc()))]


def save_mapping(db: Database, actor: Actor, name: str, mapping: Mapping) -> Done[None]:
    name = " ".join(name.split())
    if not 1 <= len(name) <= 100:
        raise Refused("import.mapping_name")
    with writing(db, actor) as session:
        require(actor, Role.supervisor, Role.admin, doing=DOING)
        row = session.get(ImportMapping, name)
        if row is None:
            session.add(ImportMapping(name=name, mapping=mapping.as_dict(), saved_by=actor.user_id))
        else:
            row.mapping, row.saved_at, row.saved_by = mapping.as_dict(), utcnow(), actor.user_id
        audit.record(session, actor.user_id, "change", "import_mappings", None, name=name)
        return Done(None, Changes(settings=True))  # a saved mapping is one of the office's settings


def mappings(db: Database, actor: Actor) -> dict[str, Mapping]:
    with reading(db, actor) as session:
        require(actor, Role.supervisor, Role.admin, doing=DOING)
        return {row.name: Mapping.from_dict(row.mapping)
                for row in session.scalars(select(ImportMapping).order_by(ImportMapping.name))}


def get_import(db: Database, actor: Actor, import_id: uuid.UUID) -> ImportSummary:
    for summary in imports(db, actor):
        if summary.import_id == import_id:
            return summary
    raise NotFound("import.not_found")
