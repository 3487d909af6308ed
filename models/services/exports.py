"""Exports of the alert list and of aggregate statistics, to CSV or XLSX; every export is audited.

- The alert list carries names (it is the list the supervisor works from): it
  exports what the actor may see, nothing more.
- The statistics carry counts only: no person's name, no document number and
  no caseworker's name (caseloads appear as a distribution), so that they can
  go to a donor or a ministry.
- A file is written under a temporary name in the target folder and renamed
  when complete, so that a half-written export never lies under the chosen
  name; the temporary file is removed whatever happens. An export without its
  audit entry is removed too.
- For Russian Excel, the office's usual spreadsheet: CSV is UTF-8 with a BOM, separated by `;`, with a
  decimal comma (Excel in a Russian locale splits a double-clicked CSV at `;`, reads `,` as the decimal
  mark and would take `0.25` for a date).
- No cell runs as a formula: every text goes through `models.safe_cells.neutralised` (a name imported
  as `=cmd|...` is written as text).
- A case is named by its number (`QMQ-2024-3F9A1C`, as the case list and the case file show it), never
  by its internal id.
- Words: `words(kind, value)` gives the text of a stored value (kind "rule",
  "category", "status", "region", "priority", "work_category", "check",
  "header"); the desktop passes its translations, the default is English.
"""
from __future__ import annotations

import csv
import datetime as dt
import os
import statistics as stats
import tempfile
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select

from models.clock import today
from models.db import Database
from models.entities import Case, Role
from models.ids import CaseId
from models.safe_cells import neutralised
from models.services import alerts as alert_service
from models.services import audit, caseload, cases, quota, settings
from models.services.alerts import AlertFilter
from models.services.base import Actor, reading, refusals_audited, writing
from models.services.errors import Refused
from models.services.permissions import require

FORMATS = ("csv", "xlsx")
Words = Callable[[str, str], str]


def english(kind: str, value: str) -> str:
    """Stored values in words, English (the command line and tests; the desktop passes its translations)."""
    if kind == "region":
        from models import regions

        return regions.label(value, "en") if value else "(not recorded)"
    return value.replace("_", " ").capitalize() if kind != "rule" else value


@dataclass(frozen=True)
class Exported:
    path: Path
    rows: int


@dataclass(frozen=True)
class Table:
    """One sheet of an export: a title, column headers and rows of plain values (`keys` leading key columns)."""

    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence]
    keys: int = 1


def format_of(path: Path, fmt: str | None = None) -> str:
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise Refused("export.format", suffix=path.suffix or fmt)
    return fmt


# --- writing files -------------------------------------------------------------------

CSV_DELIMITER = ";"


def _csv_value(value: object) -> object:
    if isinstance(value, float):
        return repr(value).replace(".", ",")  # the decimal comma of a Russian locale
    return neutralised(value)


def _write_csv(target: Path, tables: list[Table], long_form: bool) -> None:
    with target.open("w", newline="", encoding="utf-8-sig") as file:  # the BOM: Excel then reads UTF-8
        writer = csv.writer(file, delimiter=CSV_DELIMITER)
        if not long_form:
            (table,) = tables
            writer.writerow([_csv_value(v) for v in table.headers])
            writer.writerows([_csv_value(v) for v in row] for row in table.rows)
            return
        # Several tables in one CSV: one tidy row per value, easy to filter or pivot.
        writer.writerow(("table", "group", "subgroup", "measure", "value"))
        for table in tables:
            for row in table.rows:
                group = list(row[:table.keys]) + ["", ""]
                for measure, value in zip(table.headers[table.keys:], row[table.keys:]):
                    writer.writerow([_csv_value(v) for v in (table.title, group[0], group[1], measure,
                                                             "" if value is None else value)])


def _write_xlsx(target: Path, tables: list[Table]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    used: set[str] = set()
    for table in tables:
        title = _sheet_title(table.title, used)
        sheet = book.create_sheet(title)
        widths = [len(str(h)) for h in table.headers]
        for row in table.rows[:200]:
            widths = [max(w, len(str(v)) if v is not None else 0) for w, v in zip(widths, row)]
        for i, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(i)].width = min(max(width + 2, 8), 60)
        sheet.freeze_panes = "A2"
        from openpyxl.cell import WriteOnlyCell

        header = []
        for text in table.headers:
            cell = WriteOnlyCell(sheet, value=neutralised(text))
            cell.font = Font(bold=True)
            header.append(cell)
        sheet.append(header)
        for row in table.rows:
            sheet.append([neutralised(value) for value in row])
    book.save(target)


def _sheet_title(title: str, used: set[str]) -> str:
    clean = "".join("_" if c in "[]:*?/\\" else c for c in title)[:31] or "Sheet"
    candidate, n = clean, 2
    while candidate in used:
        candidate = f"{clean[:28]} {n}"
        n += 1
    used.add(candidate)
    return candidate


def write_whole(path: Path | str, fill: Callable[[Path], object], suffix: str) -> None:
    """`fill(temporary)` writes the file beside the target under a temporary name, then it is renamed: never a
    half-written file under the target's name, and never the temporary one left behind."""
    path = Path(path)
    if not path.parent.is_dir():
        raise Refused("export.no_folder", folder=path.parent)
    handle, temporary = tempfile.mkstemp(prefix=".qamqor-export-", suffix=suffix, dir=path.parent)
    os.close(handle)
    try:
        fill(Path(temporary))
        os.replace(temporary, path)
    except OSError as error:
        raise Refused("export.not_written", path=path, reason=error.strerror or error) from None
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)


def write_tables(path: Path | str, fmt: str, tables: list[Table], *, long_form: bool = False) -> None:
    """`tables` to `path` as every export writes them: safe cells, the whole file or nothing."""
    write_whole(path, lambda temporary: _write_csv(temporary, tables, long_form) if fmt == "csv"
                else _write_xlsx(temporary, tables), f".{fmt}")


def audit_export(db: Database, actor: Actor, path: Path, what: str, **details) -> None:
    """The audit entry of a written export; without it the file does not stay."""
    try:
        with writing(db, actor) as session:
            audit.record(session, actor.user_id, "export", what, None, file=path.name, **details)
    except BaseException:
        path.unlink(missing_ok=True)
        raise


# --- the alert list ------------------------------------------------------------------------

ALERT_HEADERS = ("due", "days_left", "status", "rule", "name", "citizenship", "category", "caseworker", "region",
                 "rule_version", "case_number")


def alert_table(rows: Iterable[alert_service.AlertRow], words: Words = english,
                numbers: dict[str, str] | None = None) -> Table:
    """`numbers`: the case numbers by the cases' stored ids (`case_numbers`)."""
    numbers = numbers or {}
    return Table(words("header", "alerts"), [words("header", h) for h in ALERT_HEADERS], [
        (row.due, row.days_left, words("status", row.status), words("rule", row.rule), row.name,
         row.citizenship or "", words("category", row.category) if row.category else "", row.caseworker or "",
         words("region", row.region or "") if row.case_hex else "", row.rule_version or "",
         numbers.get(row.case_hex or "", ""))
        for row in rows])


def case_numbers(db: Database, actor: Actor, case_hexes: Iterable[str]) -> dict[str, str]:
    """The case number of each of these cases (stored ids, 32 hex digits), as the case list shows it."""
    wanted = sorted(set(case_hexes))
    found: dict[str, str] = {}
    with reading(db, actor) as session:
        prefix = str(settings.value(session, cases.CASE_PREFIX_SETTING, cases.DEFAULT_PREFIX))
        for start in range(0, len(wanted), 500):
            chunk = [uuid.UUID(h) for h in wanted[start:start + 500]]
            for case_id, opened_on in session.execute(select(Case.id, Case.opened_on).where(Case.id.in_(chunk))):
                found[case_id.hex] = cases.case_number(prefix, opened_on, CaseId(case_id))
    return found


def export_alerts(db: Database, actor: Actor, path: Path | str, where: AlertFilter = AlertFilter(),
                  as_of: dt.date | None = None, fmt: str | None = None, words: Words = english) -> Exported:
    """The alert list as the actor sees it (names included), to CSV or XLSX; audited."""
    path = Path(path)
    fmt = format_of(path, fmt)
    as_of = as_of or today()
    rows = alert_service.alerts(db, actor, where, as_of)
    numbers = case_numbers(db, actor, (row.case_hex for row in rows if row.case_hex))
    write_tables(path, fmt, [alert_table(rows, words, numbers)])
    audit_export(db, actor, path, "alerts", format=fmt, rows=len(rows), as_of=as_of, window=where.window,
             rule=where.rule, caseworker_id=where.caseworker_id, region=where.region, category=where.category)
    return Exported(path, len(rows))


# --- statistics -------------------------------------------------------------------------------

def statistics_tables(db: Database, actor: Actor, as_of: dt.date, year: int, words: Words = english,
                      where: AlertFilter = AlertFilter()) -> list[Table]:
    """Counts only: alerts by window, rule, region, category and week (those `where` lets through, as the
    dashboard shows them); open cases; caseloads; quota."""
    w = lambda kind: lambda value: words(kind, value)  # noqa: E731
    h = w("header")
    # The counts by window count every window; the other filters apply.
    counts = alert_service.counts(db, actor, replace(where, window=AlertFilter().window), as_of)
    parts = alert_service.breakdown(db, actor, where, as_of)
    overdue, weeks = alert_service.by_week(db, actor, where, as_of)
    tables = [
        Table(h("alerts by status"), [h("window"), h("alerts")],
              [(h(name), n) for name, n in counts.as_dict().items()]),
        Table(h("alerts by rule"), [h("rule"), h("alerts")], [(words("rule", r), n) for r, n in parts.rule]),
        Table(h("alerts by region"), [h("region"), h("alerts")],
              [(words("region", r or ""), n) for r, n in parts.region]),
        Table(h("alerts by category"), [h("category"), h("alerts")],
              [(words("category", c), n) for c, n in parts.category]),
        Table(h("alerts by week"), [h("week from"), h("alerts")],
              [(h("overdue"), overdue)] + [(day.isoformat(), n) for day, n in weeks]),
    ]
    loads = caseload.caseloads(db, actor, as_of)
    by_category_priority: dict[tuple[str, str], int] = {}
    for load in loads:
        for category, n in load.by_category.items():
            by_category_priority.setdefault((category, ""), 0)
            by_category_priority[(category, "")] += n
        for priority, n in load.by_priority.items():
            by_category_priority[("", priority)] = by_category_priority.get(("", priority), 0) + n
    tables.append(Table(h("open cases"), [h("category"), h("priority"), h("cases")], [
        (words("category", c) if c else "", words("priority", p) if p else "", n)
        for (c, p), n in sorted(by_category_priority.items())], keys=2))
    assigned = [load.open_cases for load in loads if load.caseworker_id is not None]
    unassigned = sum(load.open_cases for load in loads if load.caseworker_id is None)
    tables.append(Table(h("caseloads"), [h("measure"), h("value")], [
        (h("caseworkers"), len(assigned)), (h("unassigned cases"), unassigned),
        (h("fewest open cases"), min(assigned, default=0)),
        (h("median open cases"), stats.median(assigned) if assigned else 0),
        (h("most open cases"), max(assigned, default=0))]))
    use = quota.usage(db, actor, year)
    tables.append(Table(f"{h('quota usage')} {use.year}", [h("region"), h("work category"), h("allocated"), h("used"),
                                                            h("remaining"), h("share used")], [
        (words("region", u.region), words("work_category", u.category), u.allocated, u.used, u.remaining,
         None if u.share is None else round(u.share, 4)) for u in use.uses], keys=2))
    return tables


def export_statistics(db: Database, actor: Actor, path: Path | str, as_of: dt.date | None = None,
                      year: int | None = None, fmt: str | None = None, words: Words = english,
                      where: AlertFilter = AlertFilter()) -> Exported:
    """Aggregate statistics (no names, no document numbers) to CSV (one tidy table) or XLSX (a sheet each)."""
    with refusals_audited(db, actor):
        require(actor, Role.supervisor, doing="export statistics")
    path = Path(path)
    fmt = format_of(path, fmt)
    as_of = as_of or today()
    year = year or as_of.year
    tables = statistics_tables(db, actor, as_of, year, words, where)
    write_tables(path, fmt, tables, long_form=True)
    rows = sum(len(t.rows) for t in tables)
    audit_export(db, actor, path, "statistics", format=fmt, rows=rows, as_of=as_of, year=year, window=where.window,
             rule=where.rule, caseworker_id=where.caseworker_id, region=where.region, category=where.category)
    return Exported(path, rows)
