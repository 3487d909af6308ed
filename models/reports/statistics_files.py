"""The statistics written to a file to hand in, a workbook (.xlsx, one sheet per table) or a PDF; each file
audited as an export (who, which report, which period, which file), and removed if its entry cannot be
written."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from models.db import Database
from models.entities import User
from models.reports.statistics import Statistics
from models.reports.statistics_words import Words, plain_tables
from models.services.base import Actor, reading
from models.services.errors import Refused
from models.services.exports import audit_export, write_tables, write_whole
from models.services.referral_letters import letterhead

FORMATS = ("xlsx", "pdf")


def format_of(path: Path) -> str:
    fmt = path.suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        raise Refused("report.format", suffix=path.suffix or path.name)
    return fmt


def _reader(session: Session, actor: Actor) -> str:
    user = session.get(User, actor.user_id) if actor.user_id is not None else None
    return user.full_name if user is not None else ""


def write_report(db: Database, actor: Actor, report: Statistics, path: Path | str, lang: str = "ru") -> Path:
    """The report to `path`, an .xlsx workbook or a .pdf, in `lang` (ru, kk, en); audited."""
    path = Path(path)
    fmt = format_of(path)
    words = Words(lang)
    with reading(db, actor) as session:
        office, reader = letterhead(session), _reader(session, actor)
    if fmt == "xlsx":
        name = office.name_in(lang) if office is not None else ""
        write_tables(path, "xlsx", plain_tables(report, words, name, reader), long_form=True)
    else:
        from models.reports.report_pdf import render

        pdf = render(report, lang, office, reader)
        write_whole(path, lambda temporary: temporary.write_bytes(pdf), ".pdf")
    audit_export(db, actor, path, "statistics", format=fmt, language=lang, first=report.period.first,
                 last=report.period.last, scope="office" if report.whole_office else "own cases")
    return path
