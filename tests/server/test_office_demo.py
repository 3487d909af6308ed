"""`qamqor server demo`: an office filled with the laptop demo's data, copied in bulk, searchable, its trail whole."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select, text

from models.demo import DEMO_PASSWORD
from models.entities import Case, Person, User
from models.server.cluster import TemporaryCluster
from models.server.database import OfficeDatabase
from models.server.process import init_office, qamqor
from models.services import accounts, audit, cases, search


def test_the_demo_fills_an_office_in_bulk(office_cluster: TemporaryCluster, office_template: str,
                                          tmp_path: Path) -> None:
    database = office_cluster.create_database("demo_office", template=office_template)
    folder = tmp_path / "office"
    init_office(database, folder)
    done = qamqor("server", "demo", "--database", database, "--folder", str(folder), "--persons", "300")
    assert done.returncode == 0, done.stderr
    assert f"Demo accounts (password '{DEMO_PASSWORD}')" in done.stdout
    office = OfficeDatabase(database, folder=folder)
    try:
        with office.reading() as session:
            assert session.scalar(select(func.count()).select_from(Person)) == 300
            supervisor = session.scalar(select(User.username).where(User.role == "supervisor").limit(1))
            worker = session.scalar(select(User.username).where(User.role == "caseworker").limit(1))
            family = session.scalar(select(Person.family_name_latin).join(Case, Case.person_id == Person.id)
                                    .limit(1))
            assert session.scalar(text("SELECT count(*) FROM obligations")) == 0  # derived: not at the office
            verification = audit.verify(session)
        assert verification.ok and verification.checked >= 2  # the set-up, the demo's one entry
        boss = accounts.log_in(office, supervisor, DEMO_PASSWORD)
        assert accounts.log_in(office, worker, DEMO_PASSWORD).user_id is not None
        assert len(cases.case_list(office, boss)) >= 300
        assert family and search.find(office, boss, family)  # the office's search terms came with the copy
    finally:
        office.close()
    again = qamqor("server", "demo", "--database", database, "--folder", str(folder), "--persons", "10")
    assert again.returncode == 2 and "already holds 300 persons" in again.stderr
