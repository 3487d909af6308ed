"""Likely duplicates across the office, and merging two records of one person (issue 31)."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from models.clock import today
from models.entities import AuditEntry, Person
from models.services import accounts, cases, deadlines, duplicates, family, persons, records
from models.services.base import Actor
from models.services.errors import Conflict, NotFound, PermissionDenied, Refused
from tests.hardening.helpers import qamqor

T = today()


@pytest.fixture
def supervisor(db) -> Actor:
    return Actor.of(accounts.create_account(db, Actor.system(), {
        "username": "gulnara", "full_name": "Gulnara Supervisor", "role": "supervisor",
        "password": "correct horse battery"}).value)


@pytest.fixture
def colleague(db) -> Actor:
    return Actor.of(accounts.create_account(db, Actor.system(), {
        "username": "bolat", "full_name": "Bolat Caseworker", "role": "caseworker",
        "password": "correct horse battery"}).value)


def record(db, actor, family, given, **more):
    person = persons.create_person(db, actor, {"family_name": family, "given_name": given, "citizenship": "UZB",
                                               "sex": "female", **more}).value
    cases.open_case(db, actor, {"person_id": person.id, "category": "labour_migrant", "opened_on": T,
                                "caseworker_id": actor.user_id})
    return person


def stay(db, actor, person, entry: int, exit_: int | None) -> None:
    records.add(db, actor, "stay", {"person_id": person.id, "entry_date": T + dt.timedelta(days=entry),
                                    "exit_date": T + dt.timedelta(days=exit_) if exit_ is not None else None,
                                    "basis": "visa_free"})


def reasons(db, supervisor) -> dict[frozenset, str]:
    return {frozenset({p.first.id, p.second.id}): p.reason for p in duplicates.likely_pairs(db, supervisor)}


def test_pairs_across_scripts_documents_and_iins_strongest_reason_first(db, actor, colleague, supervisor) -> None:
    cyrillic = record(db, actor, "Юсупова", "Гулнора", birth_date="1994-03-02")
    latin = record(db, colleague, "Yusupova", "Gulnora", birth_date="1994-03-02")
    other_day = record(db, colleague, "Юсупова", "Гулнора", birth_date="1994-03-03")  # two known dates: two people
    year_only = record(db, colleague, "IUSUPOVA", "GULNORA", birth_year=1994)
    a = record(db, actor, "Каримов", "Бахтияр", iin="900412300018")
    b = record(db, colleague, "Karimov", "Bakhtiyor", iin="900412300018")
    c = record(db, actor, "Ахмедов", "Рустам")
    d = record(db, colleague, "Akhmedov", "Rustam", birth_year=1980)
    persons.add_document(db, actor, {"person_id": c.id, "kind": "passport", "number": "FA 765-4321",
                                     "issuing_country": "UZB"})
    persons.add_document(db, colleague, {"person_id": d.id, "kind": "passport", "number": "fa7654321",
                                         "issuing_country": "UZB"})
    found = reasons(db, supervisor)
    assert found[frozenset({a.id, b.id})] == "same_iin"
    assert found[frozenset({c.id, d.id})] == "same_document"
    assert found[frozenset({cyrillic.id, latin.id})] == "same_name_and_birth_date"
    assert found[frozenset({cyrillic.id, year_only.id})] == "same_name_and_birth_year"
    assert frozenset({cyrillic.id, other_day.id}) not in found
    assert frozenset({latin.id, other_day.id}) not in found
    ranked = [p.reason for p in duplicates.likely_pairs(db, supervisor)]
    assert ranked == sorted(ranked, key=duplicates.REASONS.index)


def test_not_the_same_person_is_remembered_and_only_a_supervisor_reviews(db, actor, colleague, supervisor) -> None:
    first = record(db, actor, "Юсупова", "Гулнора", birth_date="1994-03-02")
    second = record(db, colleague, "Yusupova", "Gulnora", birth_date="1994-03-02")
    with pytest.raises(PermissionDenied):
        duplicates.likely_pairs(db, actor)
    with pytest.raises(PermissionDenied):
        duplicates.not_the_same(db, actor, first.id, second.id)
    duplicates.not_the_same(db, supervisor, second.id, first.id)
    duplicates.not_the_same(db, supervisor, first.id, second.id)  # again, either way round: still one decision
    assert reasons(db, supervisor) == {}


def test_a_merge_joins_the_stays_and_the_90_in_180_count_shows_the_overstay(db, actor, colleague, supervisor) -> None:
    kept = record(db, actor, "Юсупова", "Гулнора", birth_date="1994-03-02", phone="+7 701 555 12 34")
    other = record(db, colleague, "Yusupova", "Gulnora", birth_date="1994-03-02", address="г. Алматы, ул. Абая, 5")
    stay(db, actor, kept, -170, -141)  # 30 days
    stay(db, actor, kept, -130, -101)  # 30 days: 60 on this record, legal
    stay(db, colleague, other, -90, -61)  # 30 days
    stay(db, colleague, other, -20, None)  # 21 days so far: 51 on this record, legal

    def ninety(person) -> str | None:
        found = {o.rule: o.status for o in deadlines.obligations_of(db, supervisor, person.id, as_of=T)}
        return found.get("stay.90_in_180")

    assert ninety(kept) is None and ninety(other) == "ok"  # she is not here on the first record
    pair = duplicates.likely_pairs(db, supervisor)[0]
    assert set(pair.differing) >= {"family_name", "given_name", "phone", "address"}
    done = duplicates.merge(db, supervisor, kept.id, other.id, kept_version=kept.version, merged_version=other.version,
                            take_from_merged=["address"])
    assert done.value.moved == 3  # her two stays and her case
    joined = persons.get_person(db, supervisor, kept.id)
    assert (joined.family_name, joined.phone, joined.address) == ("Юсупова", "+7 701 555 12 34",
                                                                   "г. Алматы, ул. Абая, 5")
    assert ninety(kept) == "overdue"  # 111 days in 180: together they break it
    assert len(records.records_of(db, supervisor, kept.id).stay) == 4
    with db.reading() as session:
        merged = session.get(Person, other.id)
        assert merged is not None and merged.archived_at is not None  # archived, not deleted
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "merge")).one()
        assert entry.record_id == kept.id and entry.details["merged"] == other.id.hex
    assert [cases.get_case(db, colleague, c).person_id for c in cases.case_list(db, colleague)] == [kept.id]  # her case came along, still hers
    assert duplicates.likely_pairs(db, supervisor) == []


def test_a_merge_is_undone_as_a_whole(db, actor, colleague, supervisor) -> None:
    kept = record(db, actor, "Юсупова", "Гулнора", birth_date="1994-03-02")
    other = record(db, colleague, "Yusupova", "Gulnora", birth_date="1994-03-02", phone="+7 777 000 00 00")
    stay(db, colleague, other, -20, None)
    done = duplicates.merge(db, supervisor, kept.id, other.id, kept_version=kept.version,
                            merged_version=other.version, take_from_merged=["phone"])
    assert duplicates.merges_undoable(db, supervisor, kept.id) == [done.value.id]
    duplicates.undo_merge(db, supervisor, done.value.id)
    assert persons.get_person(db, supervisor, kept.id).phone is None
    back = persons.get_person(db, supervisor, other.id)
    assert back.phone == "+7 777 000 00 00"
    assert len(records.records_of(db, supervisor, other.id).stay) == 1
    assert records.records_of(db, supervisor, kept.id).stay == []
    assert [cases.get_case(db, colleague, c).person_id for c in cases.case_list(db, colleague)] == [other.id]
    assert {p.reason for p in duplicates.likely_pairs(db, supervisor)} == {"same_name_and_birth_date"}
    with pytest.raises(NotFound):
        duplicates.undo_merge(db, supervisor, done.value.id)  # once


def test_a_merge_takes_the_family_from_both_sides_and_refuses_two_relatives(db, actor, colleague, supervisor) -> None:
    kept = record(db, actor, "Юсупова", "Гулнора", birth_date="1994-03-02")
    other = record(db, colleague, "Yusupova", "Gulnora", birth_date="1994-03-02")
    child = record(db, colleague, "Yusupov", "Timur", birth_date="2016-05-01")
    # Bolat recorded the mother as the child's relative: the merged record is the link's other side.
    family.link(db, colleague, {"person_id": child.id, "relative_id": other.id, "relation": "parent"})
    done = duplicates.merge(db, supervisor, kept.id, other.id, kept_version=kept.version,
                            merged_version=other.version)
    [mother] = family.family_of(db, supervisor, child.id).relatives
    assert mother.person_id == kept.id
    duplicates.undo_merge(db, supervisor, done.value.id)
    [mother] = family.family_of(db, supervisor, child.id).relatives
    assert mother.person_id == other.id
    sister = record(db, colleague, "Yusupova", "Gulnora", birth_year=1994)
    family.link(db, colleague, {"person_id": other.id, "relative_id": sister.id, "relation": "sibling"})
    with pytest.raises(Refused, match="relatives"):
        duplicates.merge(db, supervisor, other.id, sister.id,
                         kept_version=persons.get_person(db, supervisor, other.id).version, merged_version=sister.version)


def test_a_merge_refuses_a_stale_record_and_a_caseworker(db, actor, colleague, supervisor) -> None:
    kept = record(db, actor, "Юсупова", "Гулнора", birth_date="1994-03-02")
    other = record(db, colleague, "Yusupova", "Gulnora", birth_date="1994-03-02")
    with pytest.raises(PermissionDenied):
        duplicates.merge(db, actor, kept.id, other.id, kept_version=kept.version, merged_version=other.version)
    persons.update_person(db, colleague, other.id, other.version, {
        "family_name": "Yusupova", "given_name": "Gulnora", "birth_date": "1994-03-02", "citizenship": "UZB",
        "phone": "+7 700 000 00 01"})
    with pytest.raises(Conflict):
        duplicates.merge(db, supervisor, kept.id, other.id, kept_version=kept.version, merged_version=other.version)
    assert persons.get_person(db, supervisor, other.id).phone == "+7 700 000 00 01"  # nothing written


def test_the_command_lists_the_pairs_as_json_and_in_words(db, db_path, actor, colleague) -> None:
    first = record(db, actor, "Юсупова", "Гулнора", birth_date="1994-03-02")
    second = record(db, colleague, "Yusupova", "Gulnora", birth_date="1994-03-02")
    record(db, colleague, "Юсупова", "Гулнора", patronymic="Рустамовна", birth_year=1994)
    record(db, actor, "Юсупова", "Гулнора", patronymic="Алишеровна", birth_year=1994)  # two patronymics: two people
    done = qamqor("--db", str(db_path), "duplicates", "--json")
    assert done.returncode == 0, done.stderr
    pairs = json.loads(done.stdout)
    assert [p["reason"] for p in pairs] == ["same_name_and_birth_date", "same_name_and_birth_year",
                                            "same_name_and_birth_year", "same_name_and_birth_year",
                                            "same_name_and_birth_year"]
    assert {p["persons"][0]["id"] for p in pairs[:1]} | {p["persons"][1]["id"] for p in pairs[:1]} == \
        {first.id.hex, second.id.hex}
    words = qamqor("--db", str(db_path), "duplicates")
    assert "the same name and birth date" in words.stdout and words.stdout.endswith("5 likely pair(s).\n")
    assert qamqor("--db", str(db_path), "duplicates", "--limit", "lots").returncode == 2
