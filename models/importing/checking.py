"""The dry run: every row through the same pydantic schemas as a typed entry, and the likely duplicates.

Nothing here writes. A row becomes a person (`PersonIn`), and, where its cells say so, an identity document
(`DocumentIn`), a case (`CaseIn`), a current stay (`StayIn`) and a note; each problem is reported as row,
column, value and a sentence. Decisions:

- A case is opened for a row that gives a category; its opening date is the file's, else today. A
  trafficking survivor's case is opened as sensitive, as the new-case wizard does.
- A stay is recorded for a row that gives an entry date. Qamqor does not guess its basis from the citizenship
  (RULES.md 2: the recorded basis decides the deadlines): the person who imports gives it (see below).
- A document's kind defaults to passport and its issuing country to the person's citizenship.
- A note (the Note column, and the unmapped columns when chosen) belongs to a case: a row with a note but
  no category is refused, rather than losing the note.
- Duplicates (`models.services.search` rules): the same IIN, the same document number (spaces and dashes
  ignored), or the same family name in any script and spelling (`models.names.search_key`), a given name
  starting with the same three letters of its key, and the same birth year (and day, where both are known).
  Against the database, the persons the user may see are named; the others are reported without a name
  (the user learns only that someone is recorded, and asks a supervisor). Within the file, a row is the
  duplicate of the first row it matches. Every row is looked for, valid or not (issue 28: a row refused
  for a bad date may still be a person already recorded, and is imported once fixed).
- A stay without a basis (no column, a blank cell, no value for the whole file) is imported with the basis
  "unknown" (`models.rules.basis`: no stay deadline, a "basis of stay missing" item in the case and the
  alerts); the dry run counts them. A value for the whole file (`Mapping.defaults`) fills the cells a file
  lacks or leaves blank, read as a cell is.
- What the dry run keeps (issue 26: 200,000 rows took 910 MB): the numbers of the rows that passed, the
  problems and the likely duplicates, and, while it reads on, the keys the later rows are compared with
  (each row's IIN, document number, and family-name keys with birth year, the first three letters of its
  given names and birth date). The checked records themselves are not kept: the import checks each batch
  again from the file (`passing`), which `unchanged` makes sure is still the file the dry run read. The
  database's persons are loaded once, before the rows are read, so that each row is compared as it passes.
"""
from __future__ import annotations

import datetime as dt
import json
import uuid
from array import array
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, cast

from pydantic import BaseModel, ValidationError

from models import clock
from models.importing import values
from models.importing.fields import BY_KEY
from models.importing.mapping import MAKES_RECORD, Mapping, read_value
from models.importing.reading import FileInfo, Table
from models.kinds import StayBasis
from models.names import full_name, search_key
from models.schemas.cases import CaseIn
from models.schemas.persons import DocumentIn, PersonIn
from models.schemas.records import StayIn
from models.schemas.validation import readable
from models.services.errors import FieldError

PLACEHOLDER = uuid.UUID(int=0)  # the person's id, until the person is written
# schema field -> import field, where the names differ
_SCHEMA_FIELDS = {
    "person": {"birth_year": "birth_date"},
    "document": {"kind": "document_kind", "number": "document_number", "issuing_country": "document_country",
                 "issued_on": "document_issued", "expires_on": "document_expires"},
    "case": {},
    "stay": {},
}
_SCHEMAS = {"person": PersonIn, "document": DocumentIn, "case": CaseIn, "stay": StayIn}


@dataclass(frozen=True)
class Problem:
    row: int
    column: str
    value: str
    message: str  # in English, as the report writes it
    refusal: FieldError | None = field(default=None, compare=False)  # a schema's: its code and parameters


@dataclass(frozen=True)
class DuplicateFound:
    row: int
    match: str  # "database" or "file"
    other: str  # who it may be: a name and birth date, "row 7", or "a person you may not see"
    reason: str
    person_id: uuid.UUID | None = None  # the recorded person the user may see (None: hidden, or in the file)
    other_row: int | None = None  # for a match within the file
    named: str = ""  # who the row itself names: its name and birth date (or year) as the file gives them
    passed: bool = True  # False: the row has problems, and is not imported as it is

    @property
    def can_add(self) -> bool:
        return self.person_id is not None or self.other_row is not None


@dataclass(frozen=True)
class Sighting:
    """Who a row names, as far as its cells could be read: what the likely duplicates are looked for by."""

    row: int
    family_name: str
    given_name: str
    patronymic: str | None = None
    family_name_latin: str | None = None
    given_name_latin: str | None = None
    birth_date: dt.date | None = None
    birth_year: int | None = None
    iin: str | None = None
    document_number: str | None = None


@dataclass
class Prepared:
    """A row that passed: what it will write."""

    row: int
    person: PersonIn
    document: DocumentIn | None = None
    case: CaseIn | None = None
    stay: StayIn | None = None
    note: str | None = None


@dataclass
class DryRun:
    table: Table = field(repr=False, compare=False)  # the import reads and checks its rows again
    today: dt.date  # the day the rows were checked as of: the import checks them again as of the same day
    rows: int
    valid: array = field(default_factory=lambda: array("i"))  # the numbers of the rows that passed, in order
    errors: list[Problem] = field(default_factory=list)
    duplicates: list[DuplicateFound] = field(default_factory=list)
    unmapped: list[str] = field(default_factory=list)
    mapping: Mapping = field(default_factory=Mapping)
    filled: dict[str, int] = field(default_factory=dict)  # field key -> rows a whole-file value filled
    unknown_basis: int = 0  # valid rows whose stay is imported with the basis "unknown"

    @property
    def info(self) -> FileInfo:
        return self.table.info

    def passed_from(self, row: int) -> int:
        """How many rows passed, from row `row` on."""
        return len(self.valid) - bisect_left(self.valid, row)

    def as_json(self) -> dict[str, Any]:
        """The `qamqor import --dry-run --json` contract (issue 15; the whole-file values: issue 28)."""
        return {"rows": self.rows, "valid": len(self.valid),
                "errors": [{"row": e.row, "column": e.column, "value": e.value, "message": e.message}
                           for e in self.errors],
                "duplicates": [{"row": d.row, "match": d.match, "other": d.other, "reason": d.reason}
                               for d in self.duplicates],
                "defaults": dict(self.mapping.defaults), "filled": dict(self.filled),
                "unknown_basis": self.unknown_basis}

    def to_json(self) -> str:
        return json.dumps(self.as_json(), ensure_ascii=False, indent=1)

    def duplicates_of(self, row: int) -> list[DuplicateFound]:
        return [d for d in self.duplicates if d.row == row]


# --- one row -----------------------------------------------------------------------------------


class _Row:
    def __init__(self, number: int, cells: list[object], table: Table, indexes: dict[str, int],
                 mapping: Mapping, note_columns: list[int], defaults: dict[str, object]) -> None:
        self.number, self.cells, self.table, self.indexes = number, cells, table, indexes
        self.mapping, self.note_columns = mapping, note_columns
        self.defaults = defaults
        self.filled: list[str] = []  # the fields a whole-file value filled
        self.problems: list[Problem] = []
        self.bad: set[str] = set()  # fields whose cell could not be read: the schema's "is required" would repeat it
        self.data: dict[str, dict[str, Any]] = {"person": {}, "document": {}, "case": {}, "stay": {}, "note": {}}

    def column(self, key: str) -> str:
        index = self.indexes.get(key)
        return self.table.headers[index] if index is not None else BY_KEY[key].en

    def raw(self, key: str) -> object:
        index = self.indexes.get(key)
        return None if index is None else self.cells[index]

    def problem(self, key: str, message: str, value: object = None, refusal: FieldError | None = None) -> None:
        shown = values.text(self.raw(key) if value is None else value) or ""
        self.problems.append(Problem(self.number, self.column(key), shown, message, refusal))

    def parse(self) -> None:
        order = self.mapping.date_order
        for key in self.indexes:
            raw = self.raw(key)
            if values.is_blank(raw):
                continue
            try:
                value = read_value(key, raw, order)
            except ValueError as error:
                self.problem(key, str(error))
                self.bad.add(key)
                continue
            self._set(key, value)
        self._fill_in()

    def _set(self, key: str, value: object) -> None:
        spec = BY_KEY[key]
        if spec.kind == "full_name":
            self.data["person"].update(zip(("family_name", "given_name", "patronymic"), cast(tuple, value)))
        elif spec.kind == "birth":
            self.data["person"].update(zip(("birth_date", "birth_year"), cast(tuple, value)))
        else:
            self.data[spec.record][spec.attribute] = value

    def _fill_in(self) -> None:
        """The whole-file values, where the row has no value of its own (mapping.MAKES_RECORD says which rows)."""
        defaults = self.defaults
        for key in sorted(defaults, key=lambda k: k not in MAKES_RECORD.values()):  # the fields making records first
            spec = BY_KEY[key]
            given = self.data[spec.record].get("birth_year" if spec.kind == "birth" else spec.attribute)
            if key in self.bad or given is not None or not values.is_blank(self.raw(key)):
                continue  # the row's own value (a full name gives the family name too), or its unreadable cell
            if spec.record != "person" and not self.data[spec.record] and MAKES_RECORD.get(spec.record) != key:
                continue  # "basis = visa_free" gives no stay to a row without an entry date
            self._set(key, defaults[key])
            self.filled.append(key)

    def validated(self, record: str, schema: type[BaseModel], data: dict[str, Any]) -> Any:
        try:
            return schema.model_validate(data)
        except ValidationError as error:
            for detail in error.errors():
                found = readable(dict(detail))
                name = next((p for p in reversed(detail["loc"]) if isinstance(p, str)), "")
                key = _SCHEMA_FIELDS[record].get(name, name)
                if key not in BY_KEY:
                    key = next(k for k, f in BY_KEY.items() if f.record == record)
                if key in self.bad or (key in ("family_name", "given_name") and "full_name" in self.bad):
                    continue
                self.problem(key, found.message, data.get(name) if key not in self.indexes else None, found)
            return None

    def prepare(self, today: dt.date) -> Prepared | None:
        self.parse()
        person_data, document, case, stay = (self.data[k] for k in ("person", "document", "case", "stay"))
        note_parts = [self.data["note"]["text"]] if self.data["note"].get("text") else []
        if self.mapping.unmapped_to_note:
            for index in self.note_columns:
                if text := values.text(self.cells[index]):
                    note_parts.append(f"{self.table.headers[index]}: {text}")
        person = self.validated("person", PersonIn, person_data)
        prepared = Prepared(self.number, person) if person is not None else None
        if document:
            document.setdefault("kind", "passport")
            if "issuing_country" not in document and person_data.get("citizenship"):
                document["issuing_country"] = person_data["citizenship"]
            elif "issuing_country" not in document and "citizenship" in self.bad:
                self.bad.add("document_country")  # it would have been the citizenship
            found = self.validated("document", DocumentIn, document | {"person_id": PLACEHOLDER})
            if prepared and found:
                prepared.document = found
        if case:
            case.setdefault("opened_on", today)
            sensitive = case.get("category") == "trafficking_survivor"
            found = self.validated("case", CaseIn, case | {"person_id": PLACEHOLDER, "sensitive": sensitive})
            if prepared and found:
                prepared.case = found
        if stay:
            if "basis" not in stay and "basis" not in self.bad:
                stay["basis"] = StayBasis.unknown  # models.rules.basis: no deadline, "basis of stay missing"
            if "entry_date" not in stay:
                self.problem("entry_date", "is required when the row gives an exit date, basis or border crossing")
            elif isinstance(stay["entry_date"], dt.date) and stay["entry_date"] > today:
                # Not imported as a planned trip: an office's list of arrivals holds no plans, so a future
                # entry is a mistyped year or day, and a stay in the future would set no deadline at all.
                self.problem("entry_date", "is after today: a list records entries that happened (enter a planned trip in the case)", stay["entry_date"])
            else:
                found = self.validated("stay", StayIn, stay | {"person_id": PLACEHOLDER})
                if prepared and found:
                    prepared.stay = found
        if note_parts:
            if not case:
                self.problem("category" if "category" in self.indexes else "note",
                             "is required to keep the row's note (a note belongs to a case)")
            elif prepared:
                prepared.note = "\n".join(note_parts)
        return prepared if not self.problems else None

    def sighting(self, prepared: Prepared | None) -> Sighting | None:
        """Who the row names (None: no family name could be read): a row with problems is looked for too."""
        if prepared is not None:
            p = prepared.person
            return Sighting(self.number, p.family_name, p.given_name, p.patronymic, p.family_name_latin,
                            p.given_name_latin, p.birth_date, p.birth_year, p.iin,
                            prepared.document.number if prepared.document else None)
        person, number = self.data["person"], self.data["document"].get("number")
        if not isinstance(family := person.get("family_name"), str) or not search_key(family):
            return None
        given = person.get("given_name")
        return Sighting(self.number, family, given if isinstance(given, str) else "", person.get("patronymic"),
                        birth_date=person.get("birth_date"), birth_year=person.get("birth_year"),
                        iin=person.get("iin") or None, document_number=number if isinstance(number, str) else None)


class _Rows:
    """What every row of one table checked with one mapping shares."""

    def __init__(self, table: Table, mapping: Mapping) -> None:
        self.table, self.mapping = table, mapping
        self.indexes = mapping.indexes(table)
        self.unmapped = mapping.unmapped(table)
        self.note_columns = [table.headers.index(h) for h in self.unmapped]
        self.defaults = mapping.default_values()

    def row(self, number: int, cells: list[object]) -> _Row:
        return _Row(number, cells, self.table, self.indexes, self.mapping, self.note_columns, self.defaults)


def check_rows(table: Table, mapping: Mapping, today: dt.date | None = None,
               recorded: Recorded | None = None) -> DryRun:
    """Every row of `table` through the schemas, and its likely duplicates within the file (`DryRun.duplicates`)
    and among the `recorded` persons (`Recorded.matches`, for `name_recorded`)."""
    today = today or clock.today()
    rows = _Rows(table, mapping)
    result = DryRun(table, today, len(table.rows), unmapped=rows.unmapped, mapping=mapping)
    if "family_name" not in rows.indexes and "full_name" not in rows.indexes:
        result.errors.append(Problem(0, "Family name", "", "no column is mapped to the family name (or full name)"))
        return result
    earlier = _Keys()
    for number, cells in table.rows.as_read():
        row = rows.row(number, cells)
        prepared = row.prepare(today)
        result.errors.extend(row.problems)
        if (seen := row.sighting(prepared)) is not None and (
                found := _look_for(seen, prepared is not None, earlier, recorded)) is not None:
            result.duplicates.append(found)
        if prepared is not None:
            result.valid.append(number)
            for key in row.filled:
                result.filled[key] = result.filled.get(key, 0) + 1
            if prepared.stay is not None and prepared.stay.basis == StayBasis.unknown:
                result.unknown_basis += 1
    return result


def passing(dry: DryRun, start_row: int = 0) -> Iterator[Prepared]:
    """The rows that pass, from row `start_row` on, checked again from the file as the dry run read it: what
    the import writes, one row at a time (`unchanged.FileChanged` if the file is no longer the one checked)."""
    rows = _Rows(dry.table, dry.mapping)
    for number, cells in dry.table.rows.as_read():
        if number >= start_row and (prepared := rows.row(number, cells).prepare(dry.today)) is not None:
            yield prepared


# --- duplicates ----------------------------------------------------------------------------------
# Only the first three letters of a given name's key are kept: "o starts with p" (p of at most three
# letters) is "o's first three letters start with p", so the comparison is the same, in less memory.


def _number_key(number: str) -> str:
    from models.services.search import number_key

    return number_key(number)


def _given_keys(*names: str | None) -> tuple[str, ...]:
    return tuple(k[:3] for n in names if n and (k := search_key(n)))


def _family_keys(*names: str | None) -> set[str]:
    return {k for n in names if n and (k := search_key(n))}


def _born_alike(a: dt.date | None, b: dt.date | None) -> bool:
    return a is None or b is None or a == b


def _given_alike(row_given: tuple[str, ...], other: tuple[str, ...]) -> bool:
    prefixes = {g[:3] for g in row_given}
    return any(o.startswith(p) or p.startswith(o[:3]) for o in other for p in prefixes)


def _describe(family: str, given: str, patronymic: str | None, birth_date: dt.date | None,
              birth_year: int | None) -> str:
    name = full_name(family, given, patronymic)
    born = birth_date.isoformat() if birth_date else (str(birth_year) if birth_year else "")
    return f"{name}, born {born}" if born else name


def _named(p: Sighting) -> str:
    name = full_name(p.family_name, p.given_name, p.patronymic)
    born = p.birth_date.isoformat() if p.birth_date else (str(p.birth_year) if p.birth_year else "")
    return f"{name}, {born}" if born else name


_Named = tuple[Any, tuple[str, ...], dt.date | None]  # (who: a row or a person's id, given keys, birth date)


class _Keys:
    """Who was seen (rows, or recorded persons), by IIN, document number, and family name with birth year."""

    def __init__(self) -> None:
        self.iins: dict[str, Any] = {}
        self.numbers: dict[str, Any] = {}
        self.names: dict[tuple[str, int], list[_Named]] = defaultdict(list)
        self._shared: dict[Any, Any] = {}  # one object for equal given keys and dates: rows repeat them

    def add(self, who: Any, iin: str | None, number: str, families: set[str], given: tuple[str, ...],
            year: int | None, born: dt.date | None) -> None:
        if iin:
            self.iins.setdefault(iin, who)
        if number:
            self.numbers.setdefault(number, who)
        if year:
            entry = (who, self._shared.setdefault(given, given), self._shared.setdefault(born, born))
            for family in families:
                self.names[(family, year)].append(entry)

    def match(self, p: Sighting, number: str, families: set[str], given: tuple[str, ...]) -> tuple[Any, str] | None:
        """Who `p` may be, and why: the same IIN, document number, or name and date of birth."""
        if p.iin and p.iin in self.iins:
            return self.iins[p.iin], "same IIN"
        if number and number in self.numbers:
            return self.numbers[number], "same document number"
        if p.birth_year:
            for family in families:
                for who, other_given, born in self.names.get((family, p.birth_year), ()):
                    if _given_alike(given, other_given) and _born_alike(p.birth_date, born):
                        return who, "same name and date of birth"
        return None


@dataclass(frozen=True)
class _RecordedMatch:
    row: int
    person: str  # the recorded person's id, as hex
    reason: str
    named: str
    passed: bool


@dataclass
class Recorded:
    """The database's live persons, by the same keys as the rows (person ids as hex), loaded once before the
    rows are read (10,000 rows against 100,000 persons in seconds, not one query per row); and the rows
    found among them, to be named by `name_recorded`."""

    keys: _Keys
    matches: list[_RecordedMatch] = field(default_factory=list)

    @classmethod
    def load(cls, session) -> Recorded:
        connection = session.connection()
        keys = _Keys()
        for person_id, iin in connection.exec_driver_sql(
                "SELECT id, iin FROM persons WHERE archived_at IS NULL AND iin IS NOT NULL AND iin != ''"):
            keys.iins[iin] = person_id
        for person_id, number in connection.exec_driver_sql(
                "SELECT d.person_id, d.number FROM identity_documents d JOIN persons p ON p.id = d.person_id "
                "WHERE d.archived_at IS NULL AND p.archived_at IS NULL"):
            if key := _number_key(number):
                keys.numbers.setdefault(key, person_id)
        for person_id, family, family_latin, given, given_latin, born, year in connection.exec_driver_sql(
                "SELECT id, family_name, family_name_latin, given_name, given_name_latin, birth_date, birth_year "
                "FROM persons WHERE archived_at IS NULL AND birth_year IS NOT NULL"):
            keys.add(person_id, None, "", _family_keys(family, family_latin), _given_keys(given, given_latin), year,
                     values.parse_date(born) if born else None)
        return cls(keys)


def _look_for(p: Sighting, passed: bool, earlier: _Keys, recorded: Recorded | None) -> DuplicateFound | None:
    """The row among the recorded persons (kept in `recorded.matches`), and among the rows before it (returned),
    whatever the row's problems (a row refused today is fixed and imported tomorrow). A row repeating an
    earlier one is not kept for the rows after it: a third row is the duplicate of the first."""
    number = _number_key(p.document_number) if p.document_number else ""
    families = _family_keys(p.family_name, p.family_name_latin)
    given = _given_keys(p.given_name, p.given_name_latin)
    if recorded is not None and (hit := recorded.keys.match(p, number, families, given)):
        recorded.matches.append(_RecordedMatch(p.row, hit[0], hit[1], _named(p), passed))
    if hit := earlier.match(p, number, families, given):
        return DuplicateFound(p.row, "file", f"row {hit[0]}", hit[1], other_row=hit[0], named=_named(p),
                              passed=passed)
    earlier.add(p.row, p.iin, number, families, given, p.birth_year, p.birth_date)
    return None


def name_recorded(session, actor, dry: DryRun, recorded: Recorded) -> None:
    """The database's matches named for the user, among the dry run's duplicates (before the file's, for the
    same row): the persons they may see by name and birth date, the others as "a person recorded in a case
    you may not see" (the user learns only that someone is recorded, and asks a supervisor)."""
    from sqlalchemy import select

    from models.entities import Person
    from models.services.permissions import visible_persons

    ids = {uuid.UUID(m.person) for m in recorded.matches}
    visible: dict[uuid.UUID, Any] = {}
    for chunk in _chunks(sorted(ids), 500):
        for person in session.execute(select(Person.id, Person.family_name, Person.given_name, Person.patronymic,
                                             Person.birth_date, Person.birth_year)
                                      .where(Person.id.in_(chunk), visible_persons(actor))):
            visible[person.id] = person
    named: list[DuplicateFound] = []
    for found in recorded.matches:
        if (person := visible.get(uuid.UUID(found.person))) is None:
            named.append(DuplicateFound(found.row, "database", "a person recorded in a case you may not see",
                                        found.reason, named=found.named, passed=found.passed))
        else:
            named.append(DuplicateFound(found.row, "database", _describe(
                person.family_name, person.given_name, person.patronymic, person.birth_date, person.birth_year),
                found.reason, person.id, named=found.named, passed=found.passed))
    dry.duplicates = sorted(named + dry.duplicates, key=lambda d: d.row)


def _chunks(items: list, size: int):
    for start in range(0, len(items), size):
        yield items[start:start + size]
