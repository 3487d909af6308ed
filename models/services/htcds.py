"""The anonymous trafficking data export (issue 30): supervisors only, every export audited.

The victims of a period are the persons whose case facts say presumed or identified victim, identified
within the period (a person with several such cases counts once, by the latest). The rows and their
k-anonymity: models.reports.htcds. k is the office's setting `htcds.k` (models.services.settings).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from models.db import Database
from models.entities import AssessmentOutcome, Case, Person, Role, TraffickingFacts
from models.reports.anonymity import Anonymised
from models.reports.htcds import HEADERS, Victim, anonymous_rows
from models.services import settings
from models.services.base import Actor, reading
from models.services.errors import Refused
from models.services.exports import Table, audit_export, format_of, write_tables
from models.services.permissions import require

VICTIMS = (AssessmentOutcome.presumed_victim, AssessmentOutcome.identified_victim)


@dataclass(frozen=True)
class HtcdsExport:
    path: Path
    about: Path | None  # the CSV beside it that says what was suppressed (an XLSX says it on a sheet)
    period: tuple[dt.date, dt.date]
    victims: int
    result: Anonymised

    @property
    def statement(self) -> str:
        r = self.result
        return (f"{len(r.rows)} of {self.victims} victims published, k = {r.k}: {r.rows_suppressed} rows "
                f"suppressed, {r.cells_suppressed} cells suppressed, {r.cells_generalised} cells generalised.")


def victims(db: Database, actor: Actor, start: dt.date, end: dt.date) -> list[Victim]:
    """The period's victims, as the export reads them (supervisors only; the refusal is audited)."""
    if end < start:
        raise Refused("period.reversed", start=start, end=end)
    with reading(db, actor) as session:
        require(actor, Role.supervisor, doing="export anonymous trafficking data")
        query = (select(TraffickingFacts.case_id, Case.person_id, TraffickingFacts.identified_on,
                        TraffickingFacts.identification, Person.sex, Person.citizenship, Person.birth_date,
                        Person.birth_year, TraffickingFacts.exploitation, TraffickingFacts.exploitation_country,
                        TraffickingFacts.recruitment, TraffickingFacts.control)
                 .join(Case, Case.id == TraffickingFacts.case_id).join(Person, Person.id == Case.person_id)
                 .where(TraffickingFacts.archived_at.is_(None), Case.archived_at.is_(None),
                        Person.archived_at.is_(None), TraffickingFacts.identification.in_(VICTIMS),
                        TraffickingFacts.identified_on >= start, TraffickingFacts.identified_on <= end)
                 .order_by(TraffickingFacts.identified_on, TraffickingFacts.case_id))
        latest: dict[object, Victim] = {}
        for row in session.execute(query):
            latest[row.person_id] = Victim(
                row.identified_on, str(row.identification), str(row.sex), row.citizenship, row.birth_date,
                row.birth_year, list(row.exploitation or ()), row.exploitation_country,
                None if row.recruitment is None else str(row.recruitment), list(row.control or ()))
        return list(latest.values())


def about_table(export: HtcdsExport) -> Table:
    r = export.result
    start, end = export.period
    return Table("about", ("measure", "value"), [
        ("standard", "IOM Human Trafficking Case Data Standard (CTDC field names)"),
        ("period from", start.isoformat()), ("period to", end.isoformat()), ("k", r.k),
        ("quasi-identifiers", "ageBroad, gender, citizenship, typeOfExploitConcatenated, CountryOfExploitation, "
                              "yearOfRegistration"),
        ("victims in the period", export.victims), ("rows published", len(r.rows)),
        ("rows suppressed", r.rows_suppressed), ("cells suppressed", r.cells_suppressed),
        ("cells generalised", r.cells_generalised)])


def export_htcds(db: Database, actor: Actor, path: Path | str, start: dt.date, end: dt.date,
                 k: int | None = None, fmt: str | None = None) -> HtcdsExport:
    """Write the period's anonymous rows to CSV (with `<name>.about.csv` beside it) or XLSX (an "about"
    sheet); audited with who and which period. `k` None: the office's setting."""
    path = Path(path)
    fmt = format_of(path, fmt)
    found = victims(db, actor, start, end)
    if k is None:
        k = int(settings.read(db, settings.HTCDS_K))
    if k < 1:
        raise Refused("htcds.k", k=k)
    result = anonymous_rows(found, k)
    table = Table("victims", HEADERS, [[row[h] for h in HEADERS] for row in result.rows])
    about = path.with_name(path.stem + ".about.csv") if fmt == "csv" else None
    export = HtcdsExport(path, about, (start, end), len(found), result)
    if about is not None:
        write_tables(path, fmt, [table])
        write_tables(about, fmt, [about_table(export)])
    else:
        write_tables(path, fmt, [table, about_table(export)])
    try:
        audit_export(db, actor, path, "htcds", format=fmt, period_from=start, period_to=end, k=k, rows=len(result.rows),
                 rows_suppressed=result.rows_suppressed, cells_suppressed=result.cells_suppressed)
    except BaseException:
        if about is not None:
            about.unlink(missing_ok=True)
        raise
    return export
