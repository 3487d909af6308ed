"""Fixtures for the office server and the sync: one real PostgreSQL cluster per test run, a migrated
template database in it, and a fresh copy of that template for each test that needs an office.

Use from a conftest: `from tests.office_fixtures import *  # noqa: F403`.
"""
from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from models.server.cluster import TemporaryCluster, binaries
from models.server.database import OfficeDatabase

__all__ = ["office", "office_cluster", "office_folder", "office_template", "office_url"]
_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def office_cluster() -> Iterator[TemporaryCluster]:
    """A private PostgreSQL cluster for the whole run (skipped only where PostgreSQL is not installed)."""
    if binaries() is None:
        pytest.skip("PostgreSQL is not installed (no initdb): apt-get install postgresql")
    with TemporaryCluster() as cluster:
        yield cluster


@pytest.fixture(scope="session")
def office_template(office_cluster: TemporaryCluster, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The name of a database migrated to the newest revision once per run, copied for each test."""
    name = "office_template"
    office = OfficeDatabase(office_cluster.create_database(name), audit_key=b"k" * 32)
    office.upgrade()
    office.close()  # PostgreSQL copies a template only while nobody is connected to it
    return name


@pytest.fixture
def office_url(office_cluster: TemporaryCluster, office_template: str) -> str:
    """The URL of a fresh, migrated office database of this test's own."""
    return office_cluster.create_database(f"office_{next(_numbers)}", template=office_template)


@pytest.fixture
def office_folder(tmp_path: Path) -> Path:
    """The server's folder (certificate, key, audit trail key) of this test."""
    folder = tmp_path / "office"
    folder.mkdir(mode=0o700)
    return folder


@pytest.fixture
def office(office_url: str, office_folder: Path) -> Iterator[OfficeDatabase]:
    """An open, migrated office database."""
    database = OfficeDatabase(office_url, folder=office_folder)
    yield database
    database.close()
