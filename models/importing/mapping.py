"""Which column fills which field: guessed from the headers, edited by the user, saved by name.

A mapping is kept by header text, not by column position, so that it fits the next month's file of the
same list even if a column was added. As TOML (`qamqor import --mapping office.toml`):

    date_order = "dmy"            # or "mdy": how 05/03/2024 is read
    unmapped_to_note = true       # the columns no field takes go into the case's note
    [columns]
    "Фамилия" = "family_name"
    "Дата рождения" = "birth_date"
    "Откуда узнал" = ""           # left out on purpose
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from models.importing import values
from models.importing.fields import BY_KEY, field_for, normalized
from models.importing.reading import Table


class MappingError(ValueError):
    pass


# The field whose value makes a row's record: a whole-file value of another field of that record fills it only
# where the row has the record already (the person is always there).
MAKES_RECORD = {"case": "category", "stay": "entry_date", "document": "document_number"}


@dataclass
class Mapping:
    columns: dict[str, str] = field(default_factory=dict)  # header -> field key ("" or missing: not imported)
    date_order: str = "dmy"
    unmapped_to_note: bool = False
    defaults: dict[str, str] = field(default_factory=dict)  # field key -> the value for every row without one

    def field_of(self, header: str) -> str | None:
        key = self.columns.get(header)
        if key is None:  # the saved mapping may spell the header differently ("Дата рождения:")
            key = next((k for h, k in self.columns.items() if normalized(h) == normalized(header)), None)
        return key or None

    def indexes(self, table: Table) -> dict[str, int]:
        """field key -> column index in `table` (the first column, where two are mapped to one field)."""
        found: dict[str, int] = {}
        for index, header in enumerate(table.headers):
            if (key := self.field_of(header)) and key not in found:
                found[key] = index
        return found

    def unmapped(self, table: Table) -> list[str]:
        """Headers of the columns no field takes (listed to the user, never dropped silently)."""
        taken = set(self.indexes(table).values())
        return [h for i, h in enumerate(table.headers) if i not in taken and any(
            cells[i] not in (None, "") for _, cells in table.rows[:200])]

    def default_values(self) -> dict[str, object]:
        """The whole-file values as Qamqor stores them (a code, a date); MappingError names a bad one."""
        found: dict[str, object] = {}
        for key, written in self.defaults.items():
            try:
                found[key] = read_value(key, written, self.date_order)
            except ValueError as error:
                raise MappingError(f"the value for the whole file {key} = {written!r} {error}") from None
        return found

    def to_toml(self) -> str:
        lines = [f'date_order = "{self.date_order}"', f"unmapped_to_note = {str(self.unmapped_to_note).lower()}",
                 "", "[columns]"]
        lines += [f"{_quoted(header)} = {_quoted(key)}" for header, key in self.columns.items()]
        if self.defaults:
            lines += ["", "[defaults]"] + [f"{key} = {_quoted(value)}" for key, value in self.defaults.items()]
        return "\n".join(lines) + "\n"

    def as_dict(self) -> dict:
        return {"columns": dict(self.columns), "date_order": self.date_order,
                "unmapped_to_note": self.unmapped_to_note, "defaults": dict(self.defaults)}

    @classmethod
    def from_dict(cls, data: dict) -> Mapping:
        columns = data.get("columns") or {}
        if not isinstance(columns, dict):
            raise MappingError("[columns] must map each header to a field")
        unknown = sorted({str(v) for v in columns.values() if v and v not in BY_KEY})
        if unknown:
            raise MappingError(f"unknown field(s) in the mapping: {', '.join(unknown)} "
                               f"(known: {', '.join(BY_KEY)})")
        order = data.get("date_order", "dmy")
        if order not in ("dmy", "mdy"):
            raise MappingError('date_order must be "dmy" (day first) or "mdy" (month first)')
        defaults = data.get("defaults") or {}
        if not isinstance(defaults, dict):
            raise MappingError("[defaults] must give a field a value for the whole file, e.g. basis = \"visa_free\"")
        mapping = cls({str(h): str(v or "") for h, v in columns.items()}, order, bool(data.get("unmapped_to_note")))
        for key, value in defaults.items():
            mapping.set_default(str(key), value)
        mapping.default_values()  # a value that cannot be read is refused now, not once per row
        return mapping

    def set_default(self, key: str, value: object) -> None:
        """Give `key` a value for the whole file (blank: none). MappingError for a field Qamqor does not know."""
        if key not in BY_KEY or BY_KEY[key].kind == "full_name":
            known = ", ".join(k for k, f in BY_KEY.items() if f.kind != "full_name")
            raise MappingError(f"unknown field {key!r} for a value for the whole file (known: {known})")
        written = "" if value is None else str(value).strip()
        if written:
            self.defaults[key] = written
        else:
            self.defaults.pop(key, None)

    @classmethod
    def load(cls, path: Path | str) -> Mapping:
        try:
            return cls.from_dict(tomllib.loads(Path(path).read_text(encoding="utf-8")))
        except tomllib.TOMLDecodeError as error:
            raise MappingError(f"{Path(path).name} is not valid TOML: {error}") from None


def read_value(key: str, raw: object, order: str = "dmy") -> object:
    """A cell (or a value for the whole file) of field `key` as Qamqor stores it; ValueError says what is wrong.
    A full name gives (family, given, patronymic), a birth date (date or None, year)."""
    kind = BY_KEY[key].kind
    if kind == "full_name":
        return values.split_full_name(values.text(raw))
    if kind == "birth":
        return values.parse_birth(raw, order)
    if kind == "date":
        return values.parse_date(raw, order)
    if kind == "country":
        return values.parse_country(raw)
    if kind in ("sex", "category", "basis", "document_kind", "priority"):
        return values.parse_word(kind, raw)
    if kind == "iin":
        return values.parse_iin(raw)
    return values.text(raw)



def _quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def guess(table: Table) -> Mapping:
    """Each header that names a known field, mapped to it (a field is taken by its first column only);
    with the day-month order the file's dates show, if any decides it."""
    columns: dict[str, str] = {}
    taken: set[str] = set()
    for header in table.headers:
        key = field_for(header)
        if key and key not in taken:
            columns[header] = key
            taken.add(key)
        else:
            columns[header] = ""
    if "full_name" in taken and {"family_name", "given_name"} & taken:
        columns = {h: ("" if k == "full_name" else k) for h, k in columns.items()}
    mapping = Mapping(columns)
    dates = [i for i, h in enumerate(table.headers) if BY_KEY.get(columns[h]) and BY_KEY[columns[h]].kind in (
        "date", "birth")]
    order = values.guess_order([v for i in dates for v in table.column(i)[:500]])
    mapping.date_order = order or "dmy"
    return mapping
