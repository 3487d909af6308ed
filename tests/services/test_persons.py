"""Persons: validation names the field, refused input writes nothing, edits never overwrite silently."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from models.db import Database
from models.entities import Person
from models.services import persons
from models.services.base import Actor
from models.services.errors import Conflict, ValidationFailed

VALID = {"family_name": "Каримова", "given_name": "Дилноза", "citizenship": "UZB", "birth_year": 1988}


def person_count(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(Person))


def refusal(db: Database, actor: Actor, data: dict) -> ValidationFailed:
    before = person_count(db)
    with pytest.raises(ValidationFailed) as caught:
        persons.create_person(db, actor, data)
    assert person_count(db) == before
    return caught.value


def test_create_fills_transliteration_and_birth_year(db, actor) -> None:
    saved = persons.create_person(db, actor, VALID | {"birth_date": "1988-02-29", "birth_year": None}).value
    assert (saved.family_name_latin, saved.given_name_latin) == ("Karimova", "Dilnoza")
    assert saved.birth_year == 1988
    assert saved.version == 1
    assert persons.get_person(db, actor, saved.id).family_name == "Каримова"


def test_records_know_who_created_and_changed_them(db, actor) -> None:
    saved = persons.create_person(db, actor, VALID).value
    with db.reading() as session:
        row = session.get(Person, saved.id)
        assert row.created_by == actor.user_id and row.updated_by == actor.user_id


def test_empty_family_name_is_refused_naming_the_field(db, actor) -> None:
    error = refusal(db, actor, VALID | {"family_name": "   "})
    assert [(e.field, e.label, e.message) for e in error.errors] == [
        ("family_name", "Family name", "must not be empty")]


def test_unknown_citizenship_is_refused(db, actor) -> None:
    error = refusal(db, actor, VALID | {"citizenship": "UZK"})
    assert error.errors[0].field == "citizenship"
    assert "'UZK' is not a country code" in error.errors[0].message


def test_every_wrong_field_is_reported_at_once(db, actor) -> None:
    error = refusal(db, actor, {"given_name": "Ali", "citizenship": "UZB", "birth_date": "12.04.1990",
                                "iin": "123456789012", "nickname": "x"})
    messages = {e.field: e.message for e in error.errors}
    assert messages["family_name"] == "is required"
    assert messages["birth_date"].startswith("is not a valid date")
    assert messages["iin"] == "must be 12 digits with a correct control digit"
    assert messages["nickname"] == "is not a field Qamqor knows"


def test_birth_year_must_match_the_date(db, actor) -> None:
    error = refusal(db, actor, VALID | {"birth_date": "1990-04-12", "birth_year": 1991})
    assert error.errors[0].field == "birth_year"


def test_second_save_of_the_same_version_is_refused(db, actor, db_path) -> None:
    saved = persons.create_person(db, actor, VALID).value
    other_instance = Database(db_path)  # a second application on the same file
    try:
        persons.update_person(other_instance, actor, saved.id, saved.version, VALID | {"phone": "+7 701 000 0000"})
        with pytest.raises(Conflict, match="changed by someone else"):
            persons.update_person(db, actor, saved.id, saved.version, VALID | {"address": "Almaty"})
    finally:
        other_instance.close()
    current = persons.get_person(db, actor, saved.id)
    assert (current.phone, current.address, current.version) == ("+7 701 000 0000", None, 2)


def test_archived_person_is_gone_from_reads_but_kept(db, actor) -> None:
    saved = persons.create_person(db, actor, VALID).value
    persons.archive_person(db, actor, saved.id, saved.version)
    with pytest.raises(Exception, match="archived"):
        persons.get_person(db, actor, saved.id)
    assert person_count(db) == 1


def test_documents_need_a_number_and_sane_dates(db, actor, person) -> None:
    with pytest.raises(ValidationFailed) as caught:
        persons.add_document(db, actor, {"person_id": person.id, "kind": "passport", "number": "",
                                         "issuing_country": "UZB", "issued_on": "2020-01-10",
                                         "expires_on": "2019-01-10"})
    assert {e.field for e in caught.value.errors} == {"number", "expires_on"}
    document = persons.add_document(db, actor, {"person_id": person.id, "kind": "passport",
                                                "number": "FA1234567", "issuing_country": "UZB"}).value
    assert [d.number for d in persons.documents_of(db, actor, person.id)] == [document.number]
