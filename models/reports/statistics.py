"""Statistics for a period (issue 30): the counts an office reports to its donors, to IOM and to the state.

A report is a list of small tables, each made by one function of `TABLES` from the facts read once
(`statistics_facts.load`); the tables' classes are in `statistics_model`. Every count keeps the cases behind it (`Cell.cases`), so that a number can be opened
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
from collections.abc import Callable
from typing import Any

from models.clock import today
from models.db import Database
from models.reports.statistics_facts import Period, load, scope_of
from models.reports.statistics_model import Cell, Statistics, StatRow, StatTable, TableFunction
from models.reports.statistics_tables import TABLES
from models.services import audit
from models.services.base import Actor, reading, refusals_audited, writing
from models.services.errors import Refused

__all__ = ["Cell", "StatRow", "StatTable", "Statistics", "TableFunction", "period_of", "record_run",
           "statistics"]

MAX_DAYS = 3 * 366 + 1  # three years: anything longer is a typing slip, and a slow one


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
    functions: list[TableFunction] = list(TABLES)
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
