"""Issue 12 item 2: search (`find`, `likely_duplicates`) shows exactly the persons `get_person` opens."""
from __future__ import annotations

import datetime as dt
import itertools

import pytest

from models.services import accounts, cases, persons, search
from models.services.base import Actor
from models.services.errors import PermissionDenied

counter = itertools.count(1)


def account(db, name: str, role: str = "caseworker") -> Actor:
    return Actor.of(accounts.create_account(db, Actor.system(), {
        "username": name, "full_name": name.title(), "role": role, "password": "correct horse battery"}).value)


def recorded(db, by: Actor, family: str, *, case: str | None, sensitive: bool = False, archived: bool = False,
             shared_with: Actor | None = None):
    number = f"FA{next(counter):07d}"
    person = persons.create_person(db, by, {"family_name": family, "given_name": "Алишер",
                                            "birth_date": "1990-04-12", "citizenship": "UZB"}).value
    persons.add_document(db, by, {"person_id": person.id, "kind": "passport", "number": number,
                                  "issuing_country": "UZB"})
    if case:
        opened = cases.open_case(db, by, {"person_id": person.id, "category": case, "sensitive": sensitive,
                                          "opened_on": dt.date(2024, 5, 12), "caseworker_id": by.user_id}).value
        if shared_with is not None:
            cases.share_case(db, by, opened.id, shared_with.user_id)
        if archived:
            cases.archive_case(db, Actor.system(), opened.id, cases.get_case(db, Actor.system(), opened.id).version)
    return person, number


def may_open(db, actor, person_id) -> bool:
    try:
        persons.get_person(db, actor, person_id)
        return True
    except PermissionDenied:
        return False


SITUATIONS = {
    # name: (recorded by me?, case category or None, sensitive, archived, shared with me)
    "mine, no case yet": (True, None, False, False, False),
    "a colleague's, no case yet": (False, None, False, False, False),
    "a colleague's open case, not shared": (False, "labour_migrant", False, False, False),
    "a colleague's case shared with me": (False, "labour_migrant", False, False, True),
    "a colleague's sensitive open case": (False, "trafficking_survivor", True, False, False),
    "a colleague's archived case shared with me": (False, "labour_migrant", False, True, True),
    "a colleague's sensitive archived case": (False, "trafficking_survivor", True, True, False),
    "my own archived sensitive case": (True, "trafficking_survivor", True, True, False),
    "my own open case": (True, "labour_migrant", False, False, False),
}


@pytest.mark.parametrize("situation", SITUATIONS)
def test_search_follows_get_person(db, situation) -> None:
    me, colleague = account(db, "aigerim"), account(db, "bolat")
    mine, kind, sensitive, archived, shared = SITUATIONS[situation]
    person, number = recorded(db, me if mine else colleague, "Тохтаров", case=kind, sensitive=sensitive,
                              archived=archived, shared_with=me if shared else None)
    expected = may_open(db, me, person.id)
    assert [m.person_id for m in search.find(db, me, "Тохтаров")] == ([person.id] if expected else [])
    assert [m.person_id for m in search.find(db, me, number)] == ([person.id] if expected else [])
    by_name = search.likely_duplicates(db, me, family_name="Tokhtarov", given_name="Alisher",
                                       birth_date=dt.date(1990, 4, 12))
    assert [d.match.person_id for d in by_name.shown] == ([person.id] if expected else [])
    assert by_name.hidden is False  # a namesake is never hinted at
    by_document = search.likely_duplicates(db, me, family_name="", given_name="", document_numbers=[number])
    assert [d.match.person_id for d in by_document.shown] == ([person.id] if expected else [])
    assert by_document.hidden is (not expected)  # "a person with this document is already recorded"
    supervisor = account(db, "gulnara", "supervisor")
    assert [m.person_id for m in search.find(db, supervisor, "Тохтаров")] == [person.id]


def test_the_two_cases_of_the_issue(db) -> None:
    me, colleague = account(db, "aigerim"), account(db, "bolat")
    fresh, _ = recorded(db, colleague, "Тохтаров", case=None)
    hidden, _ = recorded(db, colleague, "Тохтарова", case="trafficking_survivor", sensitive=True, archived=True)
    for person in (fresh, hidden):
        assert not may_open(db, me, person.id)
    assert search.find(db, me, "Тохтаров") == []
