"""Finding a person as you type, in any script, and spotting likely duplicates.

The index is an SQLite FTS5 table `person_search`: one row per live person,
whose `terms` are the search keys (`models.names.search_key`) of every name
as written and in Latin, plus the person's IIN and document numbers folded to
lower-case letters and digits. "Юсупов", "Yusupov" and "YUSUPOV" all index as
`iusupov`, so a prefix query finds the person whatever script is typed.

The row id is the first 64 bits of the person's UUID: a person's row is found
without a scan, and no extra table is needed (a collision among 10^5 persons
has a chance of about 10^-9; `rebuild` would report it as an integrity error).

The index is kept current inside each write's own transaction by a session
hook (`after_flush`) on persons and identity documents, so every service that
writes them keeps it right. Bulk inserts that bypass the ORM (the demo data)
call `rebuild` afterwards.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.orm import Session

from models.db import Database
from models.entities import Case, IdentityDocument, Person, Role
from models.ids import PersonId
from models.names import full_name, search_key
from models.services.base import Actor
from models.services.permissions import has, require, visible_cases, visible_persons

TABLE = "person_search"
MIN_QUERY = 2  # one letter matches a tenth of the persons; nobody reads that list
_ALNUM = re.compile(r"[\W_]+")


def row_id(person_id: uuid.UUID) -> int:
    return int.from_bytes(person_id.bytes[:8], "big", signed=True)


def number_key(number: str) -> str:
    """A document number as typed, without spaces or dashes: "AB 12-34" -> "ab1234"."""
    return _ALNUM.sub("", number.casefold())


def terms_of(names: Iterable[str | None], numbers: Iterable[str | None]) -> str:
    words: dict[str, None] = {}  # ordered set
    for name in filter(None, names):
        words.update(dict.fromkeys(search_key(name).split()))
    for number in filter(None, numbers):
        if key := number_key(number):
            words[key] = None
    return " ".join(words)


# --- keeping the index current --------------------------------------------

_PERSON_COLUMNS = ("family_name", "given_name", "patronymic", "family_name_latin", "given_name_latin",
                   "patronymic_latin", "iin")


def _index(conn: Connection, person_ids: Iterable[uuid.UUID]) -> None:
    ids = [pid.hex for pid in person_ids]
    for start in range(0, len(ids), 2000):  # bounded memory when rebuilding 100,000 persons
        _index_batch(conn, ids[start:start + 2000])


def _index_batch(conn: Connection, hex_ids: list[str]) -> None:
    if not hex_ids:
        return
    numbers: dict[str, list[str]] = defaultdict(list)
    for person_id, number in conn.execute(
            text("SELECT person_id, number FROM identity_documents WHERE archived_at IS NULL "
                 "AND person_id IN (SELECT value FROM json_each(:ids))"), {"ids": json.dumps(hex_ids)}):
        numbers[person_id].append(number)
    people = conn.execute(
        text(f"SELECT id, {', '.join(_PERSON_COLUMNS)} FROM persons WHERE archived_at IS NULL "
             "AND id IN (SELECT value FROM json_each(:ids))"), {"ids": json.dumps(hex_ids)}).all()
    conn.execute(text(f"DELETE FROM {TABLE} WHERE rowid = :rowid"),
                 [{"rowid": row_id(uuid.UUID(h))} for h in hex_ids])
    rows = [{"rowid": row_id(uuid.UUID(p.id)), "person_id": p.id,
             "terms": terms_of(p[1:7], [p.iin, *numbers[p.id]])} for p in people]
    if rows:
        conn.execute(text(f"INSERT INTO {TABLE} (rowid, person_id, terms) VALUES (:rowid, :person_id, :terms)"),
                     rows)


@event.listens_for(Session, "after_flush")
def _reindex_changed_persons(session: Session, _context: object) -> None:
    """Within the write's transaction: reindex every person whose names or documents changed."""
    changed: set[uuid.UUID] = set()
    for record in (*session.new, *session.dirty, *session.deleted):
        if isinstance(record, Person):
            changed.add(record.id)
        elif isinstance(record, IdentityDocument):
            changed.add(record.person_id)
    if changed:
        (_index if session.get_bind().dialect.name == "sqlite" else _index_terms)(session.connection(), changed)


# --- the office (PostgreSQL): no FTS5, the same search keys one per row in `person_terms` ----------------
# A prefix query is `term LIKE 'key%'` on a plain (text_pattern_ops) index; the FTS5 expressions built
# below are turned into EXISTS clauses over that table, so both sides find exactly the same persons.

TERMS_TABLE = "person_terms"
_PHRASE = re.compile(r'"([^"]*)"(\*?)')


def _index_terms(conn: Connection, person_ids: Iterable[uuid.UUID]) -> None:
    from sqlalchemy import column, delete, insert, select, table

    terms = table(TERMS_TABLE, column("person_id"), column("term"))
    ids = list(person_ids)
    for start in range(0, len(ids), 2000):
        batch = ids[start:start + 2000]
        numbers: dict[uuid.UUID, list[str]] = defaultdict(list)
        for person_id, number in conn.execute(select(IdentityDocument.person_id, IdentityDocument.number).where(
                IdentityDocument.person_id.in_(batch), IdentityDocument.archived_at.is_(None))):
            numbers[person_id].append(number)
        people = conn.execute(select(Person.id, *(getattr(Person, c) for c in _PERSON_COLUMNS)).where(
            Person.id.in_(batch), Person.archived_at.is_(None))).all()
        conn.execute(delete(terms).where(terms.c.person_id.in_(batch)))
        rows = [{"person_id": p[0], "term": term[:100]} for p in people
                for term in dict.fromkeys(terms_of(p[1:7], [p[7], *numbers[p[0]]]).split())]
        if rows:
            conn.execute(insert(terms), rows)


def _office_matching(expression: str) -> Any:
    """The FTS5 `expression` as a condition on `persons.id` over `person_terms` (PostgreSQL)."""
    params: dict[str, str] = {}

    def clause(found: re.Match) -> str:
        name = f"term{len(params)}"
        key = found[1]
        if found[2]:
            params[name] = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            test = f"t.term LIKE :{name}"
        else:
            params[name] = key
            test = f"t.term = :{name}"
        return f"EXISTS (SELECT 1 FROM {TERMS_TABLE} t WHERE t.person_id = persons.id AND {test})"

    return text(_PHRASE.sub(clause, expression)).bindparams(**params)


def rebuild(target: Database | Engine | Connection) -> int:
    """Refill the whole index from the persons table (after bulk inserts); returns how many persons it holds."""
    if isinstance(target, Connection):
        return _rebuild(target)
    engine = target.engine if isinstance(target, Database) else target
    with engine.begin() as conn:
        return _rebuild(conn)


def _rebuild(conn: Connection) -> int:
    if conn.dialect.name != "sqlite":  # the office
        conn.execute(text(f"DELETE FROM {TERMS_TABLE}"))
        office_ids = list(conn.scalars(text("SELECT id FROM persons WHERE archived_at IS NULL")))
        _index_terms(conn, office_ids)
        return len(office_ids)
    conn.execute(text(f"DELETE FROM {TABLE}"))
    ids = [uuid.UUID(h) for h in conn.scalars(text("SELECT id FROM persons WHERE archived_at IS NULL"))]
    _index(conn, ids)
    return len(ids)


# --- finding -----------------------------------------------------------------


@dataclass(frozen=True)
class Match:
    """A person found by `find`, with what a caseworker needs to tell namesakes apart."""

    person_id: PersonId
    family_name: str
    given_name: str
    patronymic: str | None
    family_name_latin: str
    given_name_latin: str
    birth_date: dt.date | None
    birth_year: int | None
    citizenship: str
    iin: str | None
    case_id: uuid.UUID | None  # the person's most recent case the actor may see

    @property
    def full_name(self) -> str:
        return full_name(self.family_name, self.given_name, self.patronymic)


def _alternatives(word: str) -> list[list[str]]:
    """The index words one typed word may stand for; each alternative is a list of words that must all match."""
    found: list[list[str]] = []
    for spelling in (word, _german_j(word)):
        if spelling and (keys := search_key(spelling).split()) and keys not in found:
            found.append(keys)
    if any(c.isdigit() for c in word) and (number := number_key(word)):
        found.append([number])
    return found


def _german_j(word: str) -> str | None:
    """"Jusupov" is how German, Polish and Czech write Юсупов; `search_key` reads J as Ж (Jamshid)."""
    return re.sub("[jJ]", lambda m: "Y" if m[0] == "J" else "y", word) if "j" in word.casefold() else None


def match_expression(typed: str, *, prefix: bool = True) -> str | None:
    """The FTS5 query for what was typed: every word must match, each in any of its spellings."""
    star = "*" if prefix else ""
    clauses = []
    for word in typed.split():
        options = [" AND ".join(f'"{key}"{star}' for key in keys) for keys in _alternatives(word)]
        if options:
            clauses.append("(" + " OR ".join(f"({o})" for o in options) + ")")
    return " AND ".join(clauses) or None


def _visible_matches(actor: Actor | None, limit: int, office_matching: Any = None):
    """The persons matching `:match` that `actor` may open (None: everyone), with their newest visible case.

    Exactly the visibility of `get_person` (`permissions.visible_persons`), not an approximation of it in
    SQL of its own: a person another caseworker recorded with no case yet, or whose only case is sensitive
    (archived or not) and not the actor's, is not found (issue 12)."""
    from sqlalchemy import literal_column, select, table

    matching: Any = select(literal_column("person_id")).select_from(table(TABLE)).where(text(f"{TABLE} MATCH :match"))
    found = Person.id.in_(matching) if office_matching is None else office_matching
    case_visible = [] if actor is None else [visible_cases(actor)]
    newest_case = (select(Case.id).where(Case.person_id == Person.id, Case.archived_at.is_(None), *case_visible)
                   .order_by(Case.opened_on.desc()).limit(1).correlate(Person).scalar_subquery())
    who = [] if actor is None else [visible_persons(actor)]
    return (select(Person.id, Person.family_name, Person.given_name, Person.patronymic, Person.family_name_latin,
                   Person.given_name_latin, Person.birth_date, Person.birth_year, Person.citizenship, Person.iin,
                   newest_case.label("case_id"))
            .where(found, Person.archived_at.is_(None), *who).limit(limit))


def _matches(db: Database, actor: Actor | None, expression: str, limit: int) -> list[Match]:
    with db.reading() as session:
        if session.get_bind().dialect.name == "sqlite":
            rows = session.execute(_visible_matches(actor, limit), {"match": expression}).all()
        else:  # the office
            rows = session.execute(_visible_matches(actor, limit, _office_matching(expression))).all()
    return [_match(row) for row in rows]


def find(db: Database, actor: Actor, typed: str, limit: int = 50) -> list[Match]:
    """Persons whose names (any script, any usual spelling), IIN or document number start with what was typed."""
    if len(typed.strip()) < MIN_QUERY or not (expression := match_expression(typed)):
        return []
    matches = _matches(db, actor, expression, limit)
    return sorted(matches, key=lambda m: (m.family_name_latin.casefold(), m.given_name_latin.casefold()))


def _match(row) -> Match:
    return Match(row.id, row.family_name, row.given_name, row.patronymic, row.family_name_latin,
                 row.given_name_latin, row.birth_date, row.birth_year, row.citizenship, row.iin, row.case_id)


@dataclass(frozen=True)
class Duplicate:
    match: Match
    same_document: bool  # else: a similar name and the same birth date (or year)


@dataclass(frozen=True)
class Duplicates:
    """The persons already recorded who may be the one being entered.

    `shown`: those the user may see. `hidden`: whether a person with one of these document numbers (or
    this IIN) is recorded whom the user may not open. Never a count and never a name: the caseworker is
    told only "a person with this document is already recorded; ask your supervisor". A person in a hidden
    case who only shares a name and birth date is not mentioned at all: a name and a birth date are what
    someone looking for a survivor would type; a document number is what the caseworker holds in hand.
    """

    shown: list[Duplicate]
    hidden: bool = False


def likely_duplicates(db: Database, actor: Actor, *, family_name: str, given_name: str,
                      birth_date: dt.date | None = None, birth_year: int | None = None,
                      document_numbers: Iterable[str] = (), exclude: uuid.UUID | None = None) -> Duplicates:
    """Persons already recorded who may be this one, to show before a new person is saved: the same
    document number or IIN, or the same family name (in any spelling), a given name starting alike
    and the same birth date (or birth year, where only the year is known). Only persons the user may open
    (`get_person`'s visibility) are shown."""
    require(actor, Role.caseworker, Role.supervisor, doing="check whether a person is already recorded")
    numbers = " OR ".join(f'"{key}"' for number in document_numbers if (key := number_key(number)))
    family = match_expression(family_name, prefix=False)
    given = search_key(given_name)[:3]
    born = birth_date.year if birth_date else birth_year

    found: dict[uuid.UUID, Duplicate] = {}
    if numbers:
        for match in _matches(db, actor, numbers, 20):
            found[match.person_id] = Duplicate(match, same_document=True)
    if family and given and born:
        for match in _matches(db, actor, f'{family} AND "{given}"*', 200):
            same_day = birth_date is None or match.birth_date in (None, birth_date)
            if match.birth_year == born and same_day and match.person_id not in found:
                found[match.person_id] = Duplicate(match, same_document=False)
    if exclude is not None:
        found.pop(exclude, None)
    hidden = False
    if numbers and not has(actor, Role.supervisor):
        holders = {m.person_id for m in _matches(db, None, numbers, 20)} - {exclude}
        hidden = bool(holders - found.keys())
    return Duplicates(list(found.values())[:20], hidden=hidden)
