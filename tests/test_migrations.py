"""A database filled at the first revision keeps every row when upgraded to the head."""
from __future__ import annotations

import datetime as dt
import sqlite3
import uuid

from models import migrate
from models.db import Database
from models.services import cases, persons, records
from models.services.base import Actor


def rows(conn: sqlite3.Connection, table: str, names: list[str]) -> list[tuple]:
    return conn.execute(f"SELECT {', '.join(names)} FROM {table} ORDER BY id").fetchall()


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def test_upgrade_from_the_first_revision_loses_nothing(tmp_path) -> None:
    path = tmp_path / "old.db"
    migrate.upgrade(path, "0001")
    person_id, case_id, stay_id, user_id = (uuid.uuid4().hex for _ in range(4))
    stamp = "2024-05-12 09:30:00.000000"
    common = f"'{stamp}', '{stamp}', 1, NULL, NULL, NULL"  # created/updated, version, archived, by, by
    with sqlite3.connect(path) as conn:
        conn.execute(f"INSERT INTO users VALUES ('aigerim', 'Айгерим Нурланова', 'caseworker', NULL, NULL, "
                     f"'{user_id}', {common})")
        conn.execute(
            "INSERT INTO persons (family_name, given_name, family_name_latin, given_name_latin, sex, citizenship, "
            "birth_year, id, created_at, updated_at, version) VALUES "
            f"('Юсупов', 'Алишер', 'Yusupov', 'Alisher', 'male', 'UZB', 1990, '{person_id}', '{stamp}', '{stamp}', 1)")
        conn.execute(
            "INSERT INTO cases (person_id, category, status, priority, opened_on, sensitive, caseworker_id, id, "
            f"created_at, updated_at, version) VALUES ('{person_id}', 'trafficking_survivor', 'active', 'high', "
            f"'2024-05-12', 1, '{user_id}', '{case_id}', '{stamp}', '{stamp}', 1)")
        conn.execute(
            "INSERT INTO stays (person_id, entry_date, exit_date, basis, border_point, id, created_at, updated_at, "
            f"version) VALUES ('{person_id}', '2024-05-10', NULL, 'visa_free', 'Zhibek Zholy', '{stay_id}', "
            f"'{stamp}', '{stamp}', 1)")
        old_columns = {t: columns(conn, t) for t in ("users", "persons", "cases", "stays")}
        before = {t: rows(conn, t, c) for t, c in old_columns.items()}

    migrate.upgrade(path)

    with sqlite3.connect(path) as conn:
        assert {t: rows(conn, t, c) for t, c in old_columns.items()} == before
    db = Database(path)  # and the services read the old rows as they were
    actor = Actor.system()
    try:
        person = persons.get_person(db, actor, uuid.UUID(person_id))
        assert (person.family_name, person.birth_year) == ("Юсупов", 1990)
        case = cases.get_case(db, actor, uuid.UUID(case_id))
        assert case.sensitive and case.category == "trafficking_survivor"
        assert [s.border_point for s in records.records_of(db, actor, person.id).stay] == ["Zhibek Zholy"]
    finally:
        db.close()


def test_a_database_full_of_last_rounds_records_upgrades_whole(tmp_path) -> None:
    """A laptop at 0015 holding everything a demo office holds (consents that referrals point at, cases that
    notes point at) upgrades to the head with every row: no migration may copy a table others point at."""
    from models.demo import fill_demo
    from models.demo_referrals import add_trafficking_work
    from models.demo_services import add_services_work

    full, old = tmp_path / "full.db", tmp_path / "old.db"
    migrate.upgrade(full)
    db = Database(full)
    try:
        fill_demo(db.engine, 300)
        add_trafficking_work(db, as_of=dt.date(2026, 6, 1))
        add_services_work(db, as_of=dt.date(2026, 6, 1))
    finally:
        db.close()
    migrate.upgrade(old, "0015")
    with sqlite3.connect(old) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")  # copied table by table, in any order
        conn.execute(f"ATTACH DATABASE '{full}' AS full")
        tables = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'person_search%' AND name != 'alembic_version'")]
        for table in tables:
            names = ", ".join(f'"{name}"' for name in set(columns(conn, table)) & set(
                row[1] for row in conn.execute(f"PRAGMA full.table_info({table})")))
            conn.execute(f"INSERT INTO main.{table} ({names}) SELECT {names} FROM full.{table}")
        counts = {t: conn.execute(f"SELECT count(*) FROM main.{t}").fetchone()[0] for t in tables}
    assert counts["consents"] and counts["referrals"] and counts["notes"]

    migrate.upgrade(old)

    with sqlite3.connect(old) as conn:
        assert {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables} == counts
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
