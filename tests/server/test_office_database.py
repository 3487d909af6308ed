"""The office's PostgreSQL: the same migrations as a laptop's file, and the same services on it."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import inspect, text

from models import migrate
from models.entities import Base
from models.server.cluster import TemporaryCluster
from models.server.database import OfficeDatabase
from models.services import accounts, audit, cases, persons, search
from models.services.base import Actor


def test_the_migrations_build_every_table_on_postgresql(office_cluster: TemporaryCluster, tmp_path) -> None:
    office = OfficeDatabase(office_cluster.create_database("migrated_from_empty"), folder=tmp_path)
    try:
        assert office.revision() is None
        office.upgrade()
        assert office.revision() == migrate.head_revision()
        tables = set(inspect(office.engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        assert "person_search" not in tables  # SQLite's FTS5 index is a laptop's alone
        with office.engine.connect() as connection:  # and so are its triggers
            assert connection.execute(text("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal")).scalar() == 0
        office.upgrade()  # a second upgrade has nothing to do
        assert office.revision() == migrate.head_revision()
    finally:
        office.close()


def test_the_services_work_on_the_office(office: OfficeDatabase) -> None:
    worker = Actor.of(accounts.create_account(office, Actor.system(), {
        "username": "saule", "full_name": "Saule Bekova", "role": "caseworker", "password": "correct horse battery"}).value)
    person = persons.create_person(office, worker, {
        "family_name": "Юсупов", "given_name": "Алишер", "birth_date": "1990-04-12", "sex": "male",
        "citizenship": "UZB"}).value
    case = cases.open_case(office, worker, {"person_id": person.id, "category": "labour_migrant",
                                            "opened_on": dt.date(2026, 11, 2), "caseworker_id": worker.user_id}).value
    cases.add_note(office, worker, {"case_id": case.id, "text": "Came with her employer's contract."})
    data = person.model_dump(include=set(persons.PersonIn.model_fields))
    renamed = persons.update_person(office, worker, person.id, person.version, data | {"phone": "+7 701 000 0000"}).value
    assert renamed.version == person.version + 1
    assert persons.get_person(office, worker, person.id).phone == "+7 701 000 0000"
    assert cases.case_list(office, worker) == [case.id]
    with office.reading() as session:
        verification = audit.verify(session)
    assert verification.ok and verification.checked >= 4  # every write audited, the chain keyed and whole


def test_the_office_finds_persons_as_a_laptop_does(office: OfficeDatabase) -> None:
    worker = Actor.of(accounts.create_account(office, Actor.system(), {
        "username": "saule", "full_name": "Saule Bekova", "role": "caseworker", "password": "correct horse battery"}).value)
    colleague = Actor.of(accounts.create_account(office, Actor.system(), {
        "username": "dana", "full_name": "Dana Ospan", "role": "caseworker", "password": "correct horse battery"}).value)
    person = persons.create_person(office, worker, {
        "family_name": "Юсупов", "given_name": "Алишер", "patronymic": "Рустамович", "birth_date": "1990-04-12",
        "sex": "male", "citizenship": "UZB"}).value
    cases.open_case(office, worker, {"person_id": person.id, "category": "labour_migrant",
                                     "opened_on": dt.date(2026, 11, 2), "caseworker_id": worker.user_id})
    persons.add_document(office, worker, {"person_id": person.id, "kind": "passport", "number": "FA 1234567",
                                          "issuing_country": "UZB"})
    for typed in ("Юсупов", "Yusupov", "Jusupov", "юсуп", "yusupov alisher", "FA12345", "FA1234567"):
        assert [m.person_id for m in search.find(office, worker, typed)] == [person.id], typed
    assert search.find(office, worker, "Ivanov") == []
    assert search.find(office, worker, "Yusupov Bakhtiyor") == []
    assert search.find(office, colleague, "Yusupov") == []  # not her case: not found, as on a laptop
    duplicates = search.likely_duplicates(office, colleague, family_name="Юсупов", given_name="Алишер",
                                          document_numbers=["FA1234567"])
    assert duplicates.shown == [] and duplicates.hidden
    data = person.model_dump(include=set(persons.PersonIn.model_fields))
    persons.update_person(office, worker, person.id, person.version,
                          data | {"family_name": "Каримов", "family_name_latin": None})
    assert search.find(office, worker, "Yusupov") == []
    assert [m.person_id for m in search.find(office, worker, "Karimov")] == [person.id]
    with office.transaction() as session:
        assert search.rebuild(session.connection()) == 1
    assert [m.person_id for m in search.find(office, worker, "Karimov")] == [person.id]


def test_the_schema_on_postgresql_is_the_one_the_entities_describe(office: OfficeDatabase) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    def include_name(name: str | None, type_: str, _parent: dict) -> bool:  # as migrations/env.py
        return not (type_ == "table" and name is not None and name.startswith(("person_search", "person_terms")))

    with office.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": include_name,
                                                              "compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_the_commands_refuse_a_database_that_holds_no_office(office_cluster: TemporaryCluster,
                                                             tmp_path) -> None:
    from models.server.process import qamqor

    url = office_cluster.create_database("not_an_office")
    listed = qamqor("server", "devices", "--database", url, "--folder", str(tmp_path))
    assert listed.returncode == 2 and "holds no office yet: run `qamqor server init` first" in listed.stderr
    unreachable = qamqor("server", "devices", "--database", "postgresql://nobody@127.0.0.1:1/none",
                         "--folder", str(tmp_path))
    assert unreachable.returncode == 2 and "cannot reach the database postgresql://nobody@127.0.0.1:1/none" \
        in unreachable.stderr
    served = qamqor("server", "run", "--database", url, "--folder", str(tmp_path / "empty"), "--listen",
                    "127.0.0.1:1")
    assert served.returncode == 2 and "run `qamqor server init` first" in served.stderr


def test_the_office_keeps_a_stay_whose_basis_is_unknown(office: OfficeDatabase) -> None:
    """Issue 28, migration 0013: PostgreSQL's enum type `staybasis` takes "unknown", as a laptop's file does
    (a laptop's import pushes such stays to the office)."""
    from models.services import records

    worker = Actor.of(accounts.create_account(office, Actor.system(), {
        "username": "saule", "full_name": "Saule Bekova", "role": "caseworker", "password": "correct horse battery"}).value)
    person = persons.create_person(office, worker, {
        "family_name": "Каримов", "given_name": "Бахтиёр", "birth_year": 1990, "sex": "male",
        "citizenship": "UZB"}).value
    records.add(office, worker, "stay", {"person_id": person.id, "entry_date": dt.date(2026, 11, 17),
                                         "basis": "unknown"})
    assert [s.basis.value for s in records.records_of(office, worker, person.id).stay] == ["unknown"]
    with office.reading() as session:
        assert session.execute(text("SELECT basis::text FROM stays")).scalar() == "unknown"
