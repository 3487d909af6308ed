"""`qamqor server demo`: an office filled with the laptop demo's synthetic data and demo accounts.

The data is made exactly as `qamqor demo` makes it, in a scratch SQLite file
(`models.demo.fill_demo`, then the trafficking work through the services),
and copied into PostgreSQL table by table with COPY: 100,000 persons take a
minute or two, where writing them through the services would take an hour.
Derived data (stored deadlines, the laptop's FTS index) is not copied; the
office's search terms are computed here and copied too. The demo's audit
entries are not copied (they are chained under the scratch file's key): the
office records one entry saying what was loaded.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import tempfile
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from models.db import open_database
from models.entities import Base, Person, User
from models.server.database import OfficeDatabase
from models.services import audit

# Not copied: derived data, the trail (keyed under the scratch file's key), laptop/office sync machinery.
SKIPPED = ("alembic_version", "audit_log", "obligations", "settings", "person_search", "person_terms")
SKIPPED_PREFIXES = ("sync_", "office_", "device_")
TERMS_BATCH = 20_000


class OfficeDemoError(ValueError):
    pass


def copied_tables() -> list[str]:
    return [table.name for table in Base.metadata.sorted_tables
            if table.name not in SKIPPED and not table.name.startswith(SKIPPED_PREFIXES)]


def fill_office(office: OfficeDatabase, persons: int, seed: int = 1, *, as_of: dt.date | None = None,
                progress: Callable[[str, int, int], None] | None = None) -> dict[str, Any]:
    """Fill an office without persons with demo data and demo accounts (password `DEMO_PASSWORD`)."""
    from models.clock import today
    from models.demo import DEMO_PASSWORD, fill_demo
    from models.demo_referrals import add_trafficking_work
    from models.services import accounts, users
    from models.services.base import Actor

    as_of = as_of or today()
    with office.reading() as session:
        if existing := session.scalar(select(func.count()).select_from(Person)):
            raise OfficeDemoError(f"The office already holds {existing:,} persons; demo data goes into an empty one.")
        office_names = {name.lower() for name in session.scalars(select(User.username))}
    with tempfile.TemporaryDirectory(prefix="qamqor-office-demo-") as folder:
        scratch_path = Path(folder) / "demo.db"
        scratch = open_database(scratch_path)
        try:
            summary = fill_demo(scratch.engine, persons=persons, seed=seed, as_of=as_of,
                                progress=(lambda d, t: progress("persons", d, t)) if progress else None)
            work = add_trafficking_work(scratch, as_of=as_of, seed=seed)
            from models.demo_services import add_services_work

            services_work = add_services_work(scratch, as_of=as_of, seed=seed)
            demo_users = users.users(scratch, Actor.system())
            for user in demo_users:
                accounts.reset_password(scratch, Actor.system(), user.username, DEMO_PASSWORD)
        finally:
            scratch.close()
        if clash := office_names & {u.username.lower() for u in demo_users}:
            raise OfficeDemoError(f"The office already has accounts named {', '.join(sorted(clash))}.")
        counts = _copy(scratch_path, office, progress)
    with office.transaction() as session:
        audit.record(session, None, "demo_data", None, None, persons=persons, seed=seed, counts=counts)
    return {"summary": summary, "trafficking": dict(work), "services": dict(services_work), "counts": counts,
            "accounts": sorted((u.role.value, u.username) for u in demo_users)}


def _copy(scratch_path: Path, office: OfficeDatabase, progress: Callable[[str, int, int], None] | None) -> dict:
    import sqlite3

    counts: dict[str, int] = {}
    tables = copied_tables()
    with contextlib.closing(sqlite3.connect(scratch_path)) as source, office.engine.begin() as target:
        raw = target.connection.dbapi_connection
        assert raw is not None
        cursor = raw.cursor()
        for number, name in enumerate(tables, 1):
            columns = [row[1] for row in source.execute(f'PRAGMA table_info("{name}")')]
            quoted = ", ".join(f'"{c}"' for c in columns)
            rows = source.execute(f'SELECT {quoted} FROM "{name}"')
            with cursor.copy(f'COPY "{name}" ({quoted}) FROM STDIN') as copy:
                count = 0
                for row in rows:
                    copy.write_row(row)
                    count += 1
            counts[name] = count
            if progress:
                progress("tables", number, len(tables))
        counts["person_terms"] = _copy_terms(source, cursor)
        _after_bulk_load(target)
    return {name: count for name, count in counts.items() if count}


def _copy_terms(source: Any, cursor: Any) -> int:
    """The office's search terms (models.services.search) of every live person, computed from the scratch file."""
    from models.services.search import _PERSON_COLUMNS, terms_of

    numbers: dict[str, list[str]] = defaultdict(list)
    for person_id, number in source.execute(
            "SELECT person_id, number FROM identity_documents WHERE archived_at IS NULL"):
        numbers[person_id].append(number)
    count = 0
    with cursor.copy("COPY person_terms (person_id, term) FROM STDIN") as copy:
        for person_id, *names in source.execute(
                f"SELECT id, {', '.join(_PERSON_COLUMNS)} FROM persons WHERE archived_at IS NULL"):
            for term in dict.fromkeys(terms_of(names[:6], [names[6], *numbers[person_id]]).split()):
                copy.write_row((person_id, term[:100]))
                count += 1
    return count


def _after_bulk_load(connection: Any) -> None:
    """Let the sync's office side number the rows that arrived without the ORM (its `after_bulk_load`)."""
    try:
        module = importlib.import_module("models.sync.office")
    except ModuleNotFoundError:
        return
    if hook := getattr(module, "after_bulk_load", None):
        hook(connection)
