"""Issue 12 item 10: a database from before the deadlines table gets its deadlines on upgrade, and empty
stored deadlines with persons present count as stale."""
from __future__ import annotations

import sqlite3
import uuid

from models import migrate
from models.db import Database, open_database
from models.services import alerts
from models.services.alerts import AlertFilter
from models.services.base import Actor


def old_database(path) -> None:
    """Revision 0001 (before the obligations table): a person in the country since May 2024, with a case."""
    migrate.upgrade(path, "0001")
    person_id, case_id, stay_id = (uuid.uuid4().hex for _ in range(3))
    stamp = "2024-05-12 09:30:00.000000"
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO persons (family_name, given_name, family_name_latin, given_name_latin, sex, citizenship, "
            "birth_year, id, created_at, updated_at, version) VALUES "
            f"('Юсупов', 'Алишер', 'Yusupov', 'Alisher', 'male', 'UZB', 1990, '{person_id}', '{stamp}', '{stamp}', 1)")
        conn.execute(
            "INSERT INTO cases (person_id, category, status, priority, opened_on, sensitive, id, created_at, "
            f"updated_at, version) VALUES ('{person_id}', 'labour_migrant', 'active', 'normal', '2024-05-12', 0, "
            f"'{case_id}', '{stamp}', '{stamp}', 1)")
        conn.execute(
            "INSERT INTO stays (person_id, entry_date, exit_date, basis, id, created_at, updated_at, version) "
            f"VALUES ('{person_id}', '2024-05-10', NULL, 'visa_free', '{stay_id}', '{stamp}', '{stamp}', 1)")


def test_upgrading_from_before_the_deadlines_table_fills_it(tmp_path) -> None:
    path = tmp_path / "old.db"
    old_database(path)
    db = open_database(path)
    try:
        assert not alerts.is_stale(db)
        rows = alerts.alerts(db, Actor.system(), AlertFilter(within=7), None)
        assert {row.rule for row in rows if row.days_left < 0} >= {"registration.deadline", "stay.per_entry"}
    finally:
        db.close()


def test_no_stored_deadlines_while_persons_are_recorded_is_stale(tmp_path) -> None:
    path = tmp_path / "old.db"
    old_database(path)
    migrate.upgrade(path)  # as an older Qamqor left it: the table there, empty
    db = Database(path)
    try:
        assert alerts.is_stale(db)
        assert alerts.recompute_if_stale(db) == 1
        assert not alerts.is_stale(db)
    finally:
        db.close()


def test_an_empty_database_is_not_stale(db) -> None:
    assert not alerts.is_stale(db)
