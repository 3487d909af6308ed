"""The import itself, in batches of one transaction each, and undoing a whole import.

Each batch writes its rows' records, the rows' link to this import (`import_records`), the persons'
deadlines (`deadlines.refresh`) and search index (the session hook of `models.services.search`), and the
import's counts, all in one transaction: a batch is either all in the database or not at all.

Decision (issue 15: "one audit entry per import"): an import writes one audit entry, `import`, with the
file's name, the counts and where it stopped, instead of one entry per record (40,000 entries for a
10,000-row file); `import_records` says which records it created, and undoing it writes one
`undo_import` entry. The records carry their creator (`created_by`) as every record does.

The rows are not taken from the dry run, which keeps none (issue 26): each batch is read from the file and
checked again (`checking.passing`), as of the dry run's day, and only while the file is still the one the
dry run read (`unchanged`): a file changed since is refused before the import is recorded, and one written
over during the import stops it after the last whole batch, with the row to resume from.
"""
from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Callable, Iterator
from itertools import islice
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from models.clock import utcnow
from models.db import Database
from models.entities import Case, IdentityDocument, Import, ImportRecord, Note, Person, Stay
from models.importing import stopped
from models.importing.checking import DryRun, DuplicateFound, Prepared, passing
from models.importing.result import ImportResult
from models.importing.unchanged import FileChanged
from models.services import audit, deadlines
from models.services.base import Actor, writing
from models.services.errors import NotFound, Refused, ServiceError, ValidationFailed
from models.services.permissions import check_person

COUNTS = ("rows", "persons", "added_to_existing", "documents", "cases", "stays", "notes", "skipped",
          "stays_overlapping")
UNDO_TABLES = ("notes", "stays", "cases", "identity_documents", "persons")


class _Batch:
    def __init__(self, session: Session, actor: Actor, import_id: uuid.UUID, written: dict[int, uuid.UUID],
                 duplicates: dict[int, DuplicateFound], decisions: dict[int, str], wanted: set[int]) -> None:
        self.session, self.actor, self.import_id = session, actor, import_id
        self.written = dict(written)  # row -> person id; kept only if the batch commits
        self.duplicates, self.decisions, self.wanted = duplicates, decisions, wanted
        self.counts = dict.fromkeys(COUNTS, 0)
        self.links: list[dict[str, Any]] = []
        self.persons: set[uuid.UUID] = set()
        self.pending: dict[type, list] = {entity: [] for entity in (Person, IdentityDocument, Stay, Case, Note)}

    def _new(self, entity: Any, row: int, **values: Any) -> Any:
        record = entity(id=uuid.uuid4(), **values, created_by=self.actor.user_id, updated_by=self.actor.user_id)
        self.pending[entity].append(record)
        self.links.append({"import_id": self.import_id, "record_id": record.id, "entity": entity.__tablename__,
                           "row": row})
        return record

    def _target(self, prepared: Prepared) -> tuple[str, uuid.UUID | None]:
        duplicate = self.duplicates.get(prepared.row)
        decision = self.decisions.get(prepared.row) or ("skip" if duplicate else "create")
        if decision == "add" and duplicate is not None:
            target = duplicate.person_id or self.written.get(duplicate.other_row or -1)
            if target is None:
                return "skip", None  # the earlier row was not imported: nobody to add to
            check_person(self.session, self.actor, target)
            return "add", target
        return ("skip", None) if decision == "skip" else ("create", None)

    def _possible(self, prepared: Prepared, person_id: uuid.UUID, existing: bool) -> bool:
        """A stay added to a person already recorded must not overlap their stays (the history service's
        rule): such a stay is left out and counted, the rest of the row is written."""
        if not existing or prepared.stay is None:
            return True
        from models.services.records import _possible_stay

        try:
            _possible_stay(self.session, self.actor, prepared.stay.model_copy(update={"person_id": person_id}), None)
        except ValidationFailed:
            self.counts["stays_overlapping"] += 1
            return False
        return True

    def write(self, prepared: Prepared) -> None:
        decision, person_id = self._target(prepared)
        row = prepared.row
        if decision == "skip":
            self.counts["skipped"] += 1
            return
        self.counts["rows"] += 1
        known_numbers: set[str] | None = None  # None: a new person, who has no documents or stays yet
        if person_id is None:
            person_id = self._new(Person, row, **prepared.person.model_dump()).id
            self.counts["persons"] += 1
        else:
            self.counts["added_to_existing"] += 1
            from models.services.search import number_key

            known_numbers = {number_key(n) for n in self.session.scalars(
                select(IdentityDocument.number).where(IdentityDocument.person_id == person_id,
                                                      IdentityDocument.archived_at.is_(None)))}
        if row in self.wanted:  # only the rows a later row may be added to: not one entry per row of the file
            self.written[row] = person_id
        self.persons.add(person_id)
        if prepared.document is not None:
            from models.services.search import number_key

            if number_key(prepared.document.number) not in (known_numbers or set()):
                self._new(IdentityDocument, row, **prepared.document.model_dump() | {"person_id": person_id})
                self.counts["documents"] += 1
        if prepared.stay is not None and self._possible(prepared, person_id, known_numbers is not None):
            self._new(Stay, row, **prepared.stay.model_dump() | {"person_id": person_id})
            self.counts["stays"] += 1
        if prepared.case is not None:
            case = self._new(Case, row, **prepared.case.model_dump() | {"person_id": person_id})
            self.counts["cases"] += 1
            if prepared.note:
                self._new(Note, row, case_id=case.id, text=prepared.note)
                self.counts["notes"] += 1

    def finish(self, record: Import) -> None:
        # Persons first, then what refers to them, then the notes of the cases: the records have no ORM
        # relationships to order their inserts by.
        for group in ((Person,), (IdentityDocument, Stay, Case), (Note,)):
            for entity in group:
                self.session.add_all(self.pending[entity])
            self.session.flush()
        if self.links:
            self.session.execute(insert(ImportRecord), self.links)
        deadlines.refresh(self.session, self.persons)
        record.counts = {k: record.counts.get(k, 0) + self.counts[k] for k in COUNTS}


def _batches(dry: DryRun, start_row: int, size: int) -> Iterator[list[Prepared]]:
    rows = passing(dry, start_row)
    while batch := list(islice(rows, size)):
        yield batch


def run(db: Database, actor: Actor, dry: DryRun, decisions: dict[int, str], start_row: int, batch_size: int,
        progress: Callable[[int, int], None] | None, cancel: threading.Event | None):
    duplicates: dict[int, DuplicateFound] = {}
    for duplicate in dry.duplicates:  # the database's match before the file's (they are listed so)
        duplicates.setdefault(duplicate.row, duplicate)
    wanted = {d.other_row for d in dry.duplicates if d.other_row is not None}
    total = dry.passed_from(start_row)
    batches = _batches(dry, start_row, batch_size)
    try:
        batch = next(batches, [])  # the file is checked to be the dry run's before anything is written
    except FileChanged as changed:
        raise Refused("import.file_changed", file=changed.name) from None
    with writing(db, actor) as session:
        # While it runs, the record names its process and the row to resume from (`stopped`): if the program
        # is killed, the history shows the import stopped there, not running for ever.
        record = Import(file_name=dry.info.name[:255], user_id=actor.user_id, status="running",
                        counts=dict.fromkeys(COUNTS, 0), message=stopped.marker(),
                        resume_row=batch[0].row if batch else None)
        session.add(record)
        session.flush()
        import_id = record.id
    written: dict[int, uuid.UUID] = {}
    status, resume_row, message, done = "complete", None, None, 0
    failure: BaseException | None = None
    if progress:
        progress(0, total)
    while batch:
        if cancel is not None and cancel.is_set():
            status, resume_row = "cancelled", batch[0].row
            break
        try:
            # The next batch is read first (where to resume from), not while this one holds the write lock.
            after = next(batches, [])
            with writing(db, actor) as session:
                stored = session.get(Import, import_id)
                assert stored is not None
                work = _Batch(session, actor, import_id, written, duplicates, decisions, wanted)
                for prepared in batch:
                    work.write(prepared)
                work.finish(stored)
                stored.resume_row = after[0].row if after else None
            written = work.written
        except FileChanged as changed:  # written over during the import: this batch is not written
            status, resume_row, message = "failed", batch[0].row, f"{changed.name} was changed during the import"
            break
        except (ServiceError, SQLAlchemyError, OSError) as error:
            status, resume_row, message = "failed", batch[0].row, str(error).splitlines()[0][:500]
            break
        except BaseException as error:  # a bug: recorded as a failure, then raised as the bug it is
            status, resume_row, message, failure = "failed", batch[0].row, type(error).__name__, error
            break
        done += len(batch)
        if progress:
            progress(done, total)
        batch = after
    with writing(db, actor) as session:
        stored = session.get(Import, import_id)
        assert stored is not None
        stored.status, stored.finished_at, stored.resume_row, stored.message = status, utcnow(), resume_row, message
        counts = dict(stored.counts)
        audit.record(session, actor.user_id, "import", "imports", import_id, file=stored.file_name,
                     status=status, counts=counts, rows_in_file=dry.rows, rows_with_problems=dry.rows - len(dry.valid),
                     resume_row=resume_row)
    if failure is not None:
        raise failure
    return ImportResult(import_id, status, counts, resume_row, message)


def undo(db: Database, actor: Actor, import_id: uuid.UUID) -> int:
    from models.services.search import _index

    with writing(db, actor) as session:
        record = session.get(Import, import_id)
        if record is None:
            raise NotFound("import.not_found")
        if record.status == "undone":
            raise Refused("import.already_undone", file=record.file_name)
        connection = session.connection()
        ids = json.dumps([r.hex for r in session.scalars(
            select(ImportRecord.record_id).where(ImportRecord.import_id == import_id))])
        now, by = utcnow().isoformat(" "), actor.user_id.hex if actor.user_id else None
        persons = {row[0] for table in ("identity_documents", "stays", "cases") for row in connection.exec_driver_sql(
            f"SELECT person_id FROM {table} WHERE id IN (SELECT value FROM json_each(?))", (ids,))}
        persons |= {row[0] for row in connection.exec_driver_sql(
            "SELECT id FROM persons WHERE id IN (SELECT value FROM json_each(?))", (ids,))}
        archived = 0
        for table in UNDO_TABLES:
            archived += connection.exec_driver_sql(
                f"UPDATE {table} SET archived_at = ?, updated_by = ?, version = version + 1 "
                "WHERE archived_at IS NULL AND id IN (SELECT value FROM json_each(?))", (now, by, ids)).rowcount
        person_ids = [uuid.UUID(p) for p in persons]
        _index(connection, person_ids)  # archived persons leave the find-a-person index
        deadlines.refresh(session, person_ids)
        record.status, record.undone_at, record.undone_by = "undone", utcnow(), actor.user_id
        audit.record(session, actor.user_id, "undo_import", "imports", import_id, file=record.file_name,
                     archived=archived)
        return archived
