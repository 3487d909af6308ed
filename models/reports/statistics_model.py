"""What a statistics report is made of: tables of rows, each number a `Cell` that keeps the cases behind it."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from models.reports.statistics_facts import Period

if TYPE_CHECKING:
    from models.reports.statistics_facts import Facts


@dataclass(frozen=True)
class Cell:
    value: int | float | None
    # The cases behind a count (ids, 32 hex digits), or how to find them when asked (a big office's tables
    # hold hundreds of thousands of them, and only a number opened in the window needs its own); None: the
    # figure is not a count of cases.
    behind: frozenset[str] | Callable[[], Iterable[str]] | None = field(default=None, repr=False, compare=False)

    @property
    def cases(self) -> frozenset[str] | None:
        if callable(self.behind):
            object.__setattr__(self, "behind", frozenset(self.behind()))  # found once, then kept
        return self.behind  # type: ignore[return-value]

    @classmethod
    def count(cls, cases: Iterable[str], value: int | None = None) -> Cell:
        """`value` (default: how many cases) with the cases behind it; persons are counted by the caller."""
        behind = frozenset(cases)
        return cls(len(behind) if value is None else value, behind)


@dataclass(frozen=True)
class StatRow:
    keys: tuple[str, ...]  # stored values: a category, an ISO code, a rule id, an organisation's name ...
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class StatTable:
    name: str  # its title in `statistics_words` ("table", name)
    keys: tuple[str, ...]  # the kind of each key column (how `statistics_words` reads its values)
    measures: tuple[str, ...]  # each measure's heading in `statistics_words` ("measure", name)
    rows: tuple[StatRow, ...]
    unit: str = "cases"  # what the counts count: "cases", "persons", "deadlines", "referrals", "units"
    chart: str | None = None  # the measure the PDF draws as bars (None: no chart)
    note: str | None = None  # a remark printed under it (`statistics_words` ("note", note))

    def cell(self, row: int, measure: str) -> Cell:
        return self.rows[row].cells[self.measures.index(measure)]


@dataclass(frozen=True)
class Statistics:
    period: Period
    made_on: dt.date
    whole_office: bool  # False: one caseworker's own cases
    tables: tuple[StatTable, ...] = field(default_factory=tuple)

    def table(self, name: str) -> StatTable:
        return next(t for t in self.tables if t.name == name)

    def cases_behind(self, table: str, row: int, measure: str) -> list[str]:
        """The cases behind one number, in a stable order (empty for a figure that is not a count of cases)."""
        return sorted(self.table(table).cell(row, measure).cases or ())

    def as_json(self, with_cases: bool = False) -> dict[str, Any]:
        """Plain JSON: the codes as stored; the cases behind each number only if asked (they may be many)."""
        def cell(c: Cell) -> Any:
            if not with_cases or c.cases is None:
                return c.value
            return {"value": c.value, "cases": sorted(c.cases)}

        return {"from": self.period.first.isoformat(), "to": self.period.last.isoformat(),
                "made_on": self.made_on.isoformat(), "scope": "office" if self.whole_office else "own cases",
                "tables": [{"name": t.name, "unit": t.unit, "keys": list(t.keys), "measures": list(t.measures),
                            **({"note": t.note} if t.note else {}), **({"chart": t.chart} if t.chart else {}),
                            "rows": [{"keys": list(r.keys), "values": [cell(c) for c in r.cells]} for r in t.rows]}
                           for t in self.tables]}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Statistics:
        """A report as `as_json` wrote it (the office's answer), without the cases behind the numbers."""
        tables = tuple(StatTable(t["name"], tuple(t["keys"]), tuple(t["measures"]), tuple(
            StatRow(tuple(r["keys"]), tuple(Cell(v["value"] if isinstance(v, dict) else v) for v in r["values"]))
            for r in t["rows"]), t.get("unit", "cases"), t.get("chart"), t.get("note")) for t in data["tables"])
        return cls(Period(dt.date.fromisoformat(data["from"]), dt.date.fromisoformat(data["to"])),
                   dt.date.fromisoformat(data["made_on"]), data["scope"] == "office", tables)


TableFunction = Callable[["Facts"], "StatTable | None"]
