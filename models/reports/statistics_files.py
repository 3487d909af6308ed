"""The statistics written to a file to hand in, a workbook (.xlsx, one sheet per table) or a PDF; each file
audited as an export (who, which report, which period, which file), and removed if its entry cannot be
written."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from sqlalchemy.orm import Session

from models.db import Database
from models.entities import User
from models.letters.referral import Party
from models.reports.statistics import Statistics
from models.reports.statistics_words import Words, plain_tables
from models.services import audit, directory
from models.services.base import Actor, reading, writing
from models.services.errors import Refused
from models.services.exports import write_tables

FORMATS = ("xlsx", "pdf")


def format_of(path: Path) -> str:
    fmt = path.suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        raise Refused("report.format", suffix=path.suffix or path.name)
    return fmt


def letterhead(session: Session) -> Party | None:
    """The office's name and contacts as its letters print them (None until they are set)."""
    office = directory.office_in(session)
    if office is None:
        return None
    names = tuple((lang, name) for lang, name in (("kk", office.name_kk), ("ru", office.name_ru),
                                                   ("en", office.name_en)) if name)
    addresses = tuple((lang, text) for lang, text in (("kk", office.address_kk), ("ru", office.address_ru),
                                                       ("en", office.address_en)) if text)
    return Party(office.name, office.address, office.phone, office.email, office.website, names, addresses)


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
        write_tables(path, "xlsx", plain_tables(report, words, name, reader))
    else:
        from models.reports.report_pdf import render

        _write_bytes(path, render(report, lang, office, reader))
    try:
        with writing(db, actor) as session:
            audit.record(session, actor.user_id, "export", "statistics", None, file=path.name, format=fmt,
                         language=lang, first=report.period.first, last=report.period.last,
                         scope="office" if report.whole_office else "own cases")
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return path


def _write_bytes(path: Path, content: bytes) -> None:
    """Beside the target under a temporary name, then renamed: never a half-written file under its name."""
    if not path.parent.is_dir():
        raise Refused("export.no_folder", folder=path.parent)
    handle, temporary = tempfile.mkstemp(prefix=".qamqor-report-", suffix=path.suffix, dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(content)
        os.replace(temporary, path)
    except OSError as error:
        raise Refused("export.not_written", path=path, reason=error.strerror or error) from None
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)
