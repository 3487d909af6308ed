"""Shared fixtures: a real SQLite file per test, copied from a database migrated once per run."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# The audit chain's key of plain databases (models.audit_chain): one for the whole run, never the user's own.
# Set before anything runs, so that the commands tests start in a subprocess use it too.
os.environ["QAMQOR_AUDIT_KEY_FILE"] = str(Path(tempfile.mkdtemp(prefix="qamqor-test-")) / "audit-trail.key")

from models.db import Database, open_database  # noqa: E402

# The office's PostgreSQL fixtures (office_cluster, office_url, office, ...): one cluster for the whole run,
# whichever of tests/server and tests/sync asks first (started only when a test needs it).
pytest_plugins = ["tests.office_fixtures"]
from models.services import accounts, cases, persons  # noqa: E402
from models.services.base import Actor  # noqa: E402


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    open_database(path).close()
    return path


@pytest.fixture
def db_path(migrated_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "qamqor.db"
    shutil.copyfile(migrated_template, path)
    return path


@pytest.fixture
def db(db_path: Path):
    database = Database(db_path)
    yield database
    database.close()


@pytest.fixture
def actor(db: Database) -> Actor:
    return Actor.of(accounts.create_account(db, Actor.system(), {
        "username": "aigerim", "full_name": "Aigerim Nurlanovna", "role": "caseworker",
        "password": "correct horse battery"}).value)


@pytest.fixture
def person(db: Database, actor: Actor):
    return persons.create_person(db, actor, {
        "family_name": "Юсупов", "given_name": "Алишер", "patronymic": "Рустамович",
        "birth_date": "1990-04-12", "sex": "male", "citizenship": "UZB",
    }).value


@pytest.fixture
def case(db: Database, actor: Actor, person):
    return cases.open_case(db, actor, {"person_id": person.id, "category": "labour_migrant",
                                       "opened_on": dt.date(2024, 5, 12), "caseworker_id": actor.user_id}).value
