"""Likely duplicates across the office, and merging two records of one person into one.

Caseworkers work offline, so two of them can record the same woman on the same day, one as
"Юсупова Гулнора", the other as "Yusupova Gulnora". Her stays are then split between two records:
the 90/180 count and the last legal day are wrong on both. A supervisor reviews the likely pairs
(`likely_pairs`) and either merges them (`merge`) or says they are two people (`not_the_same`).

A pair is likely, strongest reason first, when the two records have
1. the same IIN,
2. the same identity document number (spaces, dashes and case aside),
3. the same family and given name in any script and spelling (`models.names.search_key`) and the same
   birth date, or
4. the same names and the same birth year where one of them knows only the year.
Names and birth years alike but birth dates, or patronymics, recorded on both that differ are not offered:
those are two people. A name shared by more than GROUP_LIMIT persons born the same year says nothing
of any one pair among them; such groups are left out rather than offered as a flood of pairs.

A merge moves everything that hangs on the merged record (documents, stays, registrations, permits,
contracts, protection records, proceedings, family links from either side, a consent's guardian, and cases,
and with the cases their notes, attachments, screenings, consents and referrals) to the kept one, takes the
field values the supervisor chose, archives the merged record (never deletes it) naming the kept one
(`Person.merged_into`: models.server.person_merges takes there what laptops still push about the merged
record), recomputes the kept person's deadlines from the joined stays, and writes one audit entry naming
both. `PersonMerge` keeps what moved and the values replaced: `undo_merge` puts everything back as a whole.
Two records linked to each other as relatives are two people: their merge is refused.
"""
from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import combinations
from typing import Any, Literal

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from models.changes import Changes, Done
from models.clock import utcnow
from models.db import Database
from models.entities import (
    Base,
    Case,
    FamilyLink,
    IdentityDocument,
    NotTheSamePerson,
    Person,
    PersonMerge,
    Role,
)
from models.ids import PersonId
from models.names import full_name, search_key
from models.services import deadlines
from models.services import trail as audit
from models.services.base import Actor, check_version, done, get_live, reading, writing
from models.services.errors import Conflict, NotFound, Refused
from models.services.permissions import require
from models.services.search import number_key

Reason = Literal["same_iin", "same_document", "same_name_and_birth_date", "same_name_and_birth_year"]
REASONS: tuple[Reason, ...] = ("same_iin", "same_document", "same_name_and_birth_date", "same_name_and_birth_year")
GROUP_LIMIT = 6
# The fields a supervisor chooses between, where the two records differ.
FIELDS = ("family_name", "given_name", "patronymic", "family_name_latin", "given_name_latin", "patronymic_latin",
          "birth_date", "birth_year", "sex", "citizenship", "iin", "languages", "phone", "address", "region",
          "exempt_category")
# Derived or bookkeeping tables that name a person but are not the person's story: never moved.
NOT_MOVED = frozenset({"obligations", "person_merges", "not_the_same_persons", "sync_outbox", "sync_log",
                       "sync_conflicts"})


@dataclass(frozen=True)
class PersonSide:
    """One record of a pair, as the review shows it side by side."""

    id: PersonId
    version: int
    name: str
    values: dict[str, Any]  # FIELDS
    documents: tuple[str, ...]
    cases: int
    created_at: dt.datetime


@dataclass(frozen=True)
class LikelyPair:
    first: PersonSide
    second: PersonSide
    reason: Reason

    @property
    def differing(self) -> list[str]:
        """The fields whose values differ: those the supervisor chooses between."""
        return [name for name in FIELDS if self.first.values[name] != self.second.values[name]]


@dataclass(frozen=True)
class MergeOut:
    id: uuid.UUID
    kept_id: PersonId
    merged_id: PersonId
    moved: int  # records moved to the kept person


def _ordered(a: uuid.UUID, b: uuid.UUID) -> tuple[uuid.UUID, uuid.UUID]:
    return (a, b) if a.hex < b.hex else (b, a)


def _candidate_pairs(session: Session) -> dict[tuple[uuid.UUID, uuid.UUID], Reason]:
    """Every likely pair of live persons, with its strongest reason."""
    found: dict[tuple[uuid.UUID, uuid.UUID], Reason] = {}

    def offer(group: Iterable[uuid.UUID], reason: Reason, alike: Callable[[uuid.UUID, uuid.UUID], bool] | None = None,
              ) -> None:
        members = sorted(set(group), key=lambda i: i.hex)
        if 1 < len(members) <= GROUP_LIMIT:
            for a, b in combinations(members, 2):
                if alike is None or alike(a, b):
                    found.setdefault((a, b), reason)  # the reasons are offered strongest first

    def same_names(a: uuid.UUID, b: uuid.UUID) -> bool:
        """Two patronymics recorded that differ make two people (a name alone says no more than that)."""
        return a not in patronymics or b not in patronymics or patronymics[a] == patronymics[b]

    live = Person.archived_at.is_(None)
    by_iin: dict[str, list[uuid.UUID]] = defaultdict(list)
    by_date: dict[tuple, list[uuid.UUID]] = defaultdict(list)
    by_year: dict[tuple, list[tuple[uuid.UUID, dt.date | None]]] = defaultdict(list)
    patronymics: dict[uuid.UUID, str] = {}
    for person_id, family, given, patronymic, iin, born_on, born_in in session.execute(select(
            Person.id, Person.family_name, Person.given_name, Person.patronymic, Person.iin, Person.birth_date,
            Person.birth_year).where(live)):
        if iin:
            by_iin[iin].append(person_id)
        if patronymic:
            patronymics[person_id] = search_key(patronymic)
        names = (search_key(family), search_key(given))
        year = born_on.year if born_on else born_in
        if born_on:
            by_date[(*names, born_on)].append(person_id)
        if year:
            by_year[(*names, year)].append((person_id, born_on))
    by_number: dict[str, list[uuid.UUID]] = defaultdict(list)
    for person_id, number in session.execute(select(IdentityDocument.person_id, IdentityDocument.number)
                                             .join(Person, Person.id == IdentityDocument.person_id)
                                             .where(live, IdentityDocument.archived_at.is_(None))):
        if key := number_key(number):
            by_number[key].append(person_id)

    for group in by_iin.values():
        offer(group, "same_iin")
    for group in by_number.values():
        offer(group, "same_document")
    for group in by_date.values():
        offer(group, "same_name_and_birth_date", same_names)
    for born in by_year.values():
        if 1 < len(born) <= GROUP_LIMIT:
            for (a, a_born), (b, b_born) in combinations(sorted(born, key=lambda m: m[0].hex), 2):
                # Two known birth dates that differ make two people.
                if (a_born is None or b_born is None) and same_names(a, b):
                    found.setdefault((a, b), "same_name_and_birth_year")
    return found


def _sides(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, PersonSide]:
    sides = {}
    for chunk in _chunks(sorted(ids, key=lambda i: i.hex), 500):
        documents: dict[uuid.UUID, list[str]] = defaultdict(list)
        cases: dict[uuid.UUID, int] = defaultdict(int)
        for person_id, number in session.execute(select(IdentityDocument.person_id, IdentityDocument.number).where(
                IdentityDocument.person_id.in_(chunk), IdentityDocument.archived_at.is_(None))):
            documents[person_id].append(number)
        for (person_id,) in session.execute(select(Case.person_id).where(Case.person_id.in_(chunk),
                                                                         Case.archived_at.is_(None))):
            cases[person_id] += 1
        for person in session.scalars(select(Person).where(Person.id.in_(chunk))):
            sides[person.id] = PersonSide(
                PersonId(person.id), person.version, full_name(person.family_name, person.given_name, person.patronymic),
                {name: getattr(person, name) for name in FIELDS}, tuple(documents[person.id]), cases[person.id],
                person.created_at)
    return sides


def _chunks(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def likely_pairs(db: Database, actor: Actor, limit: int = 1000) -> list[LikelyPair]:
    """The likely pairs across the office, strongest reason first, less those said to be two people."""
    require(actor, Role.supervisor, doing="review likely duplicates")
    with reading(db, actor) as session:
        found = _candidate_pairs(session)
        for first, second in session.execute(select(NotTheSamePerson.first_id, NotTheSamePerson.second_id)):
            found.pop((first, second), None)
        ranked = sorted(found.items(), key=lambda item: (REASONS.index(item[1]), item[0][0].hex))[:limit]
        sides = _sides(session, {i for pair, _ in ranked for i in pair})
        return [LikelyPair(sides[a], sides[b], reason) for (a, b), reason in ranked]


def not_the_same(db: Database, actor: Actor, first_id: PersonId, second_id: PersonId) -> Done[None]:
    """Remember that two records are two people: the pair is never offered again."""
    require(actor, Role.supervisor, doing="review likely duplicates")
    with writing(db, actor) as session:
        for person_id in (first_id, second_id):
            get_live(session, Person, person_id)
        first, second = _ordered(first_id, second_id)
        if session.get(NotTheSamePerson, (first, second)) is None:
            session.add(NotTheSamePerson(first_id=first, second_id=second, decided_by=actor.user_id))
            session.flush()
            audit.record(session, actor.user_id, "not_the_same", "persons", first, other=second.hex)
        return done(session, None, Changes(person=True, person_ids=frozenset({first, second})))


def person_columns() -> list[tuple[Any, Any]]:
    """Every column that names a person in a table of the person's story (a document's or a stay's person, a
    family link's either side, a consent's guardian), less the derived tables: what a merge moves."""
    return [(table, column) for table in Base.metadata.sorted_tables if table.name not in NOT_MOVED
            for column in table.c if any(fk.column.table.name == "persons" for fk in column.foreign_keys)]


def _moved_key(table: Any, column: Any) -> str:
    """How `PersonMerge.moved` names what moved: the table for its `person_id`, "table.column" otherwise."""
    return table.name if column.name == "person_id" else f"{table.name}.{column.name}"


def merge(db: Database, actor: Actor, kept_id: PersonId, merged_id: PersonId, *, kept_version: int,
          merged_version: int, take_from_merged: Iterable[str] = ()) -> Done[MergeOut]:
    """Merge the record `merged_id` into `kept_id`; the fields in `take_from_merged` take its values."""
    require(actor, Role.supervisor, doing="merge two records of a person")
    taken = list(dict.fromkeys(take_from_merged))
    if unknown := [name for name in taken if name not in FIELDS]:
        raise Refused("merge.unknown_field", fields=", ".join(unknown))
    if kept_id == merged_id:
        raise Refused("merge.same_record")
    with writing(db, actor) as session:
        kept, merged = get_live(session, Person, kept_id), get_live(session, Person, merged_id)
        check_version(kept, kept_version)
        check_version(merged, merged_version)
        before = {name: _plain(getattr(kept, name)) for name in taken}
        _take(kept, {name: getattr(merged, name) for name in taken}, actor)
        if session.scalar(select(FamilyLink.id).where(FamilyLink.archived_at.is_(None), or_(
                and_(FamilyLink.person_id == kept.id, FamilyLink.relative_id == merged.id),
                and_(FamilyLink.person_id == merged.id, FamilyLink.relative_id == kept.id)))) is not None:
            raise Refused("merge.family")  # linked as relatives: two people
        moved: dict[str, list[str]] = {}
        for table, column in person_columns():
            rows = list(session.execute(select(table.c.id).where(column == merged.id)).scalars())
            if rows:
                _move(session, table, column, rows, kept.id, actor)
                moved[_moved_key(table, column)] = [row.hex for row in rows]
        merged.archived_at, merged.merged_into, merged.updated_by = utcnow(), kept.id, actor.user_id
        record = PersonMerge(kept_id=kept.id, merged_id=merged.id, kept_before=before, moved=moved,
                             merged_by=actor.user_id)
        session.add(record)
        session.flush()
        audit.record(session, actor.user_id, "merge", "persons", kept.id, merged=merged.id.hex, merge=record.id.hex,
                     moved={name: len(ids) for name, ids in moved.items()}, fields=taken)
        deadlines.refresh(session, [kept.id, merged.id])
        count = sum(len(ids) for ids in moved.values())
        return done(session, MergeOut(record.id, PersonId(kept.id), PersonId(merged.id), count),
                     _merge_changes(kept.id, merged.id))


def undo_merge(db: Database, actor: Actor, merge_id: uuid.UUID) -> Done[MergeOut]:
    """Put a merge back as a whole: the merged record live again with everything that was moved from it,
    the kept record's replaced values restored. Refused if a moved record was moved again since."""
    require(actor, Role.supervisor, doing="undo a merge")
    with writing(db, actor) as session:
        record = session.get(PersonMerge, merge_id)
        if record is None or record.undone_at is not None:
            raise NotFound("record.not_found", what="merge")
        kept, merged = session.get(Person, record.kept_id), session.get(Person, record.merged_id)
        assert kept is not None and merged is not None  # persons are archived, never deleted
        columns = {_moved_key(table, column): (table, column) for table, column in person_columns()}
        for name, hex_ids in record.moved.items():
            (table, column), ids = columns[name], [uuid.UUID(h) for h in hex_ids]
            still = session.execute(select(table.c.id).where(table.c.id.in_(ids), column == kept.id))
            if len(still.all()) != len(ids):
                raise Conflict("merge.changed_since")
            _move(session, table, column, ids, merged.id, actor)
        _take(kept, {name: _typed(name, value) for name, value in record.kept_before.items()}, actor)
        merged.archived_at, merged.merged_into, merged.updated_by = None, None, actor.user_id
        record.undone_at, record.undone_by = utcnow(), actor.user_id
        session.flush()
        audit.record(session, actor.user_id, "unmerge", "persons", kept.id, merged=merged.id.hex,
                     merge=record.id.hex)
        deadlines.refresh(session, [kept.id, merged.id])
        count = sum(len(ids) for ids in record.moved.values())
        return done(session, MergeOut(record.id, PersonId(kept.id), PersonId(merged.id), count),
                     _merge_changes(kept.id, merged.id))


def merges_undoable(db: Database, actor: Actor, person_id: PersonId) -> list[uuid.UUID]:
    """The merges into this person that can still be undone, newest first."""
    require(actor, Role.supervisor, doing="undo a merge")
    with reading(db, actor) as session:
        return list(session.scalars(select(PersonMerge.id).where(
            PersonMerge.kept_id == person_id, PersonMerge.undone_at.is_(None)).order_by(PersonMerge.merged_at.desc())))


def _take(person: Person, values: dict[str, Any], actor: Actor) -> None:
    for name, value in values.items():
        setattr(person, name, value)
    if values:
        person.updated_by = actor.user_id


def _move(session: Session, table: Any, column: Any, ids: list[uuid.UUID], to: uuid.UUID, actor: Actor) -> None:
    """Rows of `table` to another person, through the ORM (so that versions, the search index and the sync's
    capture see the change)."""
    entity = _entity(table)
    for chunk in _chunks(ids, 500):
        for row in session.scalars(select(entity).where(entity.id.in_(chunk))):
            setattr(row, column.key, to)
            if hasattr(row, "updated_by"):
                row.updated_by = actor.user_id
    session.flush()


def _entity(table: Any) -> Any:
    for mapper in Base.registry.mappers:
        if mapper.local_table is table:
            return mapper.class_
    raise LookupError(table.name)


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _typed(name: str, value: Any) -> Any:
    if name == "birth_date" and value is not None:
        return dt.date.fromisoformat(value)
    return value


def _merge_changes(kept: uuid.UUID, merged: uuid.UUID) -> Changes:
    return Changes(person=True, case=True, records=True, deadlines=True, notes=True, referral=True,
                   person_ids=frozenset({kept, merged}))

