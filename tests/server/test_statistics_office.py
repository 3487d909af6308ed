"""The statistics at the office (issue 30 item 5): the same report over the whole office, on PostgreSQL, asked
for from a laptop with `qamqor report statistics --office URL`, counted as the laptop's user may."""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from models.db import open_database
from models.entities import AuditEntry, User
from models.reports.statistics import statistics
from models.server.cluster import TemporaryCluster
from models.server.database import OfficeDatabase
from models.server.process import ADMIN, RunningOffice, init_office, qamqor, start_office
from models.services import accounts, cases, persons, screening
from models.services.base import Actor
from models.sync.enrolment import enrol

PASSWORD = "caseworker password 1"
FROM, TO = "2026-01-01", "2026-03-31"


@pytest.fixture(scope="module")
def running(office_cluster: TemporaryCluster, office_template: str,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningOffice]:
    """An office whose two caseworkers have two and one cases of the first quarter of 2026."""
    database = office_cluster.create_database("statistics_office", template=office_template)
    folder = tmp_path_factory.mktemp("server") / "office"
    fingerprint = init_office(database, folder)
    office = OfficeDatabase(database, folder=folder)
    admin = accounts.log_in(office, ADMIN, "office admin password")
    made = {name: Actor.of(accounts.create_account(office, admin, {
        "username": name, "full_name": name.title(), "role": role, "password": PASSWORD}).value)
        for name, role in (("saule", "caseworker"), ("dana", "caseworker"), ("gulnara", "supervisor"))}
    for name, born, opened in (("saule", "2012-05-01", "2026-01-10"), ("saule", "1985-05-01", "2026-02-10"),
                               ("dana", "1990-05-01", "2026-03-10")):
        actor = made[name]
        person = persons.create_person(office, actor, {"family_name": "Ф", "given_name": "И", "sex": "female",
                                                       "birth_date": born, "citizenship": "UZB"}).value
        case = cases.open_case(office, actor, {"person_id": person.id, "category": "trafficking_survivor",
                                               "opened_on": opened, "caseworker_id": actor.user_id}).value
        screening.record_assessment(office, actor, {"case_id": case.id, "assessed_on": opened,
                                                    "outcome": "presumed_victim", "assessed_by": "ngo"})
    office.close()
    server = start_office(database, folder, fingerprint)
    yield server
    server.stop()


@pytest.fixture
def office(running: RunningOffice) -> Iterator[OfficeDatabase]:
    database = OfficeDatabase(running.database, folder=running.folder)
    yield database
    database.close()


def laptop_of(running: RunningOffice, tmp_path: Path, user: str, password: str = PASSWORD) -> Path:
    path = tmp_path / f"{user}.db"
    database = open_database(path)
    try:
        enrol(database, running.url, running.fingerprint, user, password, f"{user}-laptop")
    finally:
        database.close()
    return path


def at_office(running: RunningOffice, laptop: Path, *more: str):
    return qamqor("--db", str(laptop), "report", "statistics", "--from", FROM, "--to", TO, "--office", running.url,
                  *more)


def overview(answer: dict) -> dict[str, list]:
    table = next(t for t in answer["tables"] if t["name"] == "overview")
    return {row["keys"][0]: row["values"] for row in table["rows"]}


def test_the_same_tables_run_on_postgresql(office: OfficeDatabase) -> None:
    boss = accounts.log_in(office, "gulnara", PASSWORD)
    report = statistics(office, boss, dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert [c.value for c in report.table("overview").rows[1].cells] == [3, 3, 0]
    minors = next(r for r in report.table("persons_by_age_group").rows if r.keys == ("minor",))
    assert minors.cells[0].value == 1
    assert report.table("deadlines_missed").note == "deadlines_at_office"  # the office keeps no deadlines


def test_a_supervisor_counts_the_whole_office_from_her_laptop(running: RunningOffice, office: OfficeDatabase,
                                                              tmp_path: Path) -> None:
    done = at_office(running, laptop_of(running, tmp_path, "gulnara"), "--json")
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["scope"] == "office" and overview(answer)["cases"] == [3, 3, 0]
    victims = next(t for t in answer["tables"] if t["name"] == "trafficking")
    assert next(r["values"] for r in victims["rows"] if r["keys"] == ["presumed_victim"]) == [3, 3]
    with office.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "report")
                                .order_by(AuditEntry.seq.desc())).first()
        who = session.get(User, entry.user_id)
    assert (who.username, entry.entity, entry.details["first"], entry.details["via"]) == \
        ("gulnara", "statistics", FROM, "office")


def test_a_caseworker_counts_her_own_cases_at_the_office(running: RunningOffice, tmp_path: Path) -> None:
    answer = json.loads(at_office(running, laptop_of(running, tmp_path, "saule"), "--json").stdout)
    assert answer["scope"] == "own cases" and overview(answer)["cases"] == [2, 2, 0]


def test_an_administrator_is_refused_and_the_refusal_is_audited(running: RunningOffice, office: OfficeDatabase,
                                                                tmp_path: Path) -> None:
    refused = at_office(running, laptop_of(running, tmp_path, ADMIN, "office admin password"), "--json")
    assert refused.returncode == 2 and "run the statistics" in refused.stderr
    assert "Traceback" not in refused.stderr
    with office.reading() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
        assert (session.get(User, entry.user_id).username, entry.action) == (ADMIN, "refused")


def test_the_workbook_is_written_on_the_laptop_from_the_office_s_counts(running: RunningOffice,
                                                                        tmp_path: Path) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "office.xlsx"
    done = at_office(running, laptop_of(running, tmp_path, "gulnara"), "--xlsx", str(target), "--language", "en")
    assert done.returncode == 0, done.stderr
    rows = [[c.value for c in r] for r in load_workbook(target)["Persons and cases"].iter_rows()]
    assert rows[2] == ["Cases", 3, 3, 0]


def test_another_office_s_address_is_refused(running: RunningOffice, tmp_path: Path) -> None:
    refused = qamqor("--db", str(laptop_of(running, tmp_path, "dana")), "report", "statistics", "--from", FROM,
                     "--to", TO, "--office", "https://192.0.2.1:8443")
    assert refused.returncode == 2 and "is enrolled with" in refused.stderr
