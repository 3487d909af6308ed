"""Statistics for a period (issue 30): the counts an office reports to its donors, to IOM and to the state.

A report is a list of small tables, each made by one function of `TABLES` from the facts read once
(`statistics_facts.load`). Every count keeps the cases behind it (`Cell.cases`), so that a number can be opened
to its list of cases; a figure that is not a count of cases (a median, the quota) has none. To add a table
for a new kind of fact, write a function `(Facts) -> StatTable | None` in `statistics_tables` (None: not for
this reader) and append it to `TABLES`; the workbook, the PDF, the JSON and the window take it as it is.

Who counts what: a supervisor the whole office, a caseworker her own cases (`statistics_facts.scope_of`);
anyone else is refused, and the refusal is audited. Every report run is audited with the period.
Stored values (a category, a rule, an ISO code) stay in the tables as codes; `statistics_words` puts them
in Russian, Kazakh or English.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from models.clock import today
from models.db import Database
from models.reports.statistics_facts import Facts, Period, load, scope_of
from models.services import audit
from models.services.base import Actor, reading, refusals_audited, writing
from models.services.errors import Refused

MAX_DAYS = 3 * 366 + 1  # three years: anything longer is a typing slip, and a slow one


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


TableFunction = Callable[[Facts], "StatTable | None"]


def _tables() -> list[TableFunction]:
    from models.reports import statistics_tables

    return list(statistics_tables.TABLES)


def period_of(first: dt.date, last: dt.date) -> Period:
    """The period, checked: a clear error for an end before the start or a span of more than three years."""
    if last < first:
        raise Refused("statistics.period_backwards", first=first, last=last)
    if (last - first).days + 1 > MAX_DAYS:
        raise Refused("statistics.period_too_long", first=first, last=last)
    return Period(first, last)


def statistics(db: Database, actor: Actor, first: dt.date, last: dt.date, *, via: str = "window",
               progress: Callable[[int, int], None] | None = None) -> Statistics:
    """Every table for the period, counted as the actor may see; audited (who, which report, which period)."""
    period = period_of(first, last)
    with refusals_audited(db, actor):
        scope_of(actor)  # refused (and audited) before anything is read
    made_on = today()
    functions = _tables()
    tables: list[StatTable] = []
    with reading(db, actor) as session:
        facts = load(session, actor, period, made_on)
        for n, function in enumerate(functions, start=1):
            if (table := function(facts)) is not None:
                tables.append(table)
            if progress is not None:
                progress(n, len(functions))
    report = Statistics(period, made_on, facts.whole_office, tuple(tables))
    record_run(db, actor, period, "statistics", via=via, cases=len(facts.cases))
    return report


def record_run(db: Database, actor: Actor, period: Period, report: str, **details: Any) -> None:
    """The audit entry of a report: who (the entry's user), which report, which period."""
    with writing(db, actor) as session:
        audit.record(session, actor.user_id, "report", report, None, first=period.first, last=period.last,
                     **details)
