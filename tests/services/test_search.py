"""Find a person as you type, in any script; likely duplicates before a new person is saved."""
from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import text

from models.entities import Role
from models.services import cases, persons, search
from models.services.base import Actor
from models.services.errors import PermissionDenied


def names(found) -> list[str]:
    return [m.full_name for m in found]


@pytest.mark.parametrize("typed", ["Юсупов", "Yusupov", "Jusupov", "YUSUPOV", "юсуп", "Yus", "yusupov alisher",
                                   "Юсупов Алишер Рустамович", "Alisher"])
def test_the_same_person_whatever_the_script_or_spelling(db, actor, person, typed) -> None:
    assert names(search.find(db, actor, typed)) == ["Юсупов Алишер Рустамович"]


@pytest.mark.parametrize("typed", ["Юсупова", "Ivanov", "Yusupov Bakhtiyor", "Y", "  "])
def test_no_match_for_other_names_or_a_single_letter(db, actor, person, typed) -> None:
    assert search.find(db, actor, typed) == []


def test_by_document_number_and_iin(db, actor, person) -> None:
    persons.add_document(db, actor, {"person_id": person.id, "kind": "passport", "number": "FA 1234567",
                                     "issuing_country": "UZB"})
    assert names(search.find(db, actor, "FA1234567")) == [person_full(person)]
    assert names(search.find(db, actor, "fa 12")) == []  # every word must match, and no word starts with "12"
    assert names(search.find(db, actor, "FA12345")) == [person_full(person)]
    data = person.model_dump(include=set(persons.PersonIn.model_fields))
    updated = persons.update_person(db, actor, person.id, person.version, data | {"iin": "900412300018"}).value
    assert updated.iin == "900412300018"
    assert names(search.find(db, actor, "9004123")) == [person_full(person)]


def person_full(person) -> str:
    return f"{person.family_name} {person.given_name} {person.patronymic}"


def test_edits_and_archiving_keep_the_index_current(db, actor, person) -> None:
    data = person.model_dump(include=set(persons.PersonIn.model_fields))
    renamed = persons.update_person(db, actor, person.id, person.version,
                                    data | {"family_name": "Каримов", "family_name_latin": None}).value
    assert search.find(db, actor, "Yusupov") == []
    assert [m.person_id for m in search.find(db, actor, "Karimov")] == [person.id]
    persons.archive_person(db, actor, person.id, renamed.version)
    assert search.find(db, actor, "Karimov") == []


def test_the_match_names_the_case_to_open(db, actor, case) -> None:
    [match] = search.find(db, actor, "Yusupov")
    assert match.case_id == case.id


def test_a_sensitive_case_of_another_caseworker_hides_the_person(db, actor, person) -> None:
    cases.open_case(db, actor, {"person_id": person.id, "category": "trafficking_survivor", "sensitive": True,
                                "opened_on": dt.date(2024, 5, 12)})
    assert search.find(db, Actor(None, frozenset({Role.caseworker})), "Yusupov") == []
    assert len(search.find(db, Actor(None, frozenset({Role.supervisor})), "Yusupov")) == 1


def test_rebuild_fills_the_index_for_rows_written_without_the_orm(db, actor, person) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM person_search"))
    assert search.find(db, actor, "Yusupov") == []
    assert search.rebuild(db) == 1
    assert len(search.find(db, actor, "Yusupov")) == 1


def test_likely_duplicates_by_name_and_birth_date(db, actor, person) -> None:
    same = dict(family_name="Yusupov", given_name="Alisher", birth_date=dt.date(1990, 4, 12))

    def found(**query) -> list:
        return [d.match.person_id for d in search.likely_duplicates(db, actor, **query).shown]

    assert found(**same) == [person.id]
    assert found(**same | {"birth_date": dt.date(1991, 4, 12)}) == []
    assert found(**same | {"given_name": "Bakhtiyor"}) == []
    assert found(family_name="Юсупов", given_name="Алишер", birth_year=1990) == [person.id]
    assert found(**same, exclude=person.id) == []


def test_likely_duplicates_by_document_number(db, actor, person) -> None:
    persons.add_document(db, actor, {"person_id": person.id, "kind": "passport", "number": "FA1234567",
                                     "issuing_country": "UZB"})
    [duplicate] = search.likely_duplicates(db, actor, family_name="Smith", given_name="John",
                                           document_numbers=["fa 1234567"]).shown
    assert duplicate.same_document and duplicate.match.person_id == person.id


def test_a_duplicate_in_a_case_the_user_may_not_see_is_counted_but_not_named(db, actor, person) -> None:
    persons.add_document(db, actor, {"person_id": person.id, "kind": "passport", "number": "FA1234567",
                                     "issuing_country": "UZB"})
    cases.open_case(db, actor, {"person_id": person.id, "category": "trafficking_survivor", "sensitive": True,
                                "opened_on": dt.date(2024, 5, 12)})
    colleague = Actor(uuid.uuid4(), frozenset({Role.caseworker}))
    query = dict(family_name="Yusupov", given_name="Alisher", birth_date=dt.date(1990, 4, 12),
                 document_numbers=["FA1234567"])
    assert search.likely_duplicates(db, colleague, **query) == search.Duplicates([], hidden=True)
    assert len(search.likely_duplicates(db, actor, **query).shown) == 1  # the case's own caseworker
    supervisor = Actor(uuid.uuid4(), frozenset({Role.supervisor}))
    assert search.likely_duplicates(db, supervisor, **query).hidden is False
    with pytest.raises(PermissionDenied):
        search.likely_duplicates(db, Actor(uuid.uuid4(), frozenset({Role.admin})), **query)
