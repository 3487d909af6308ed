"""Who referred a person to us: recorded on the case, checked, undone, and counted for the supervisor."""
from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from models.services import accounts, cases, directory, persons, referred, undo
from models.services.base import Actor
from models.services.errors import NotFound, PermissionDenied, ValidationFailed
from models.services.referred import ReferredFilter

TODAY = dt.datetime(2024, 7, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=5)))
FIELDS = set(cases.CaseIn.model_fields)


@pytest.fixture(autouse=True)
def _on_1_july_2024():
    with time_machine.travel(TODAY, tick=False):
        yield


@pytest.fixture
def iom(db, actor):
    return next(o for o in directory.organisations(db, actor) if o.name == "IOM Almaty")


def _edit(db, actor, case_id, **new):
    current = cases.get_case(db, actor, case_id)
    return cases.update_case(db, actor, case_id, current.version, current.model_dump(include=FIELDS) | new)


def test_the_referral_received_is_kept_on_the_case_and_undone(db, actor, case, iom) -> None:
    done = _edit(db, actor, case.id, referred_by_id=iom.id, referred_on="2024-05-10", referred_how="iom",
                 referred_why="Found at the bus station without documents.")
    shown = cases.get_case(db, actor, case.id)
    assert (shown.referred_by_id, shown.referred_on, shown.referred_how) == (iom.id, dt.date(2024, 5, 10), "iom")
    undo.reverse(db, actor, undo.Step("Edit case", done.entries))
    assert cases.get_case(db, actor, case.id).referred_by_id is None


@pytest.mark.parametrize(("new", "field", "words"), [
    ({"referred_on": "2024-07-05"}, "referred_on", "is in the future"),
    ({"referred_on": "1989-12-31"}, "referred_on", "must not be before the person was born (12 April 1990)"),
    ({"referred_by_name": "Sana Sezim", "referred_by_id": "iom"}, "referred_by_name", "not both"),
    ({"referred_how": "pigeon"}, "referred_how", "one of"),
    ({"referred_why": "x" * 301}, "referred_why", "at most 300"),
])
def test_impossible_referrals_are_refused_in_words(db, actor, case, iom, new, field, words) -> None:
    new = {k: (iom.id if v == "iom" and k == "referred_by_id" else v) for k, v in new.items()}
    with pytest.raises(ValidationFailed) as refused:
        _edit(db, actor, case.id, **new)
    assert [e.field for e in refused.value.errors] == [field]
    assert words in str(refused.value)
    assert cases.get_case(db, actor, case.id).version == case.version  # nothing written


def test_only_the_birth_year_known_counts_from_1_january(db, actor, iom) -> None:
    person = persons.create_person(db, actor, {"family_name": "Karimova", "given_name": "Dilnoza", "sex": "female",
                                               "birth_year": 2006, "citizenship": "UZB"}).value
    with pytest.raises(ValidationFailed, match="1 January 2006"):
        cases.open_case(db, actor, {"person_id": person.id, "category": "other", "opened_on": "2024-06-01",
                                    "referred_on": "2005-12-31"})
    opened = cases.open_case(db, actor, {"person_id": person.id, "category": "other", "opened_on": "2024-06-01",
                                         "referred_on": "2024-05-31", "referred_how": "hotline"}).value
    assert opened.referred_how == "hotline"


def test_the_supervisor_lists_cases_by_who_referred_them(db, actor, case, iom, person) -> None:
    supervisor = Actor.of(accounts.create_account(db, Actor.system(), {
        "username": "saule", "full_name": "Saule", "role": "supervisor", "password": "correct horse battery"}).value)
    _edit(db, actor, case.id, referred_by_id=iom.id, referred_on="2024-05-10", referred_how="iom")
    second = cases.open_case(db, actor, {"person_id": person.id, "category": "other", "opened_on": "2024-06-01",
                                         "referred_by_name": "Hotline 111", "referred_on": "2024-06-01",
                                         "referred_how": "hotline"}).value
    third = cases.open_case(db, actor, {"person_id": person.id, "category": "other", "opened_on": "2024-06-02",
                                        "referred_on": "2024-06-02", "referred_how": "self_referred"}).value
    cases.open_case(db, actor, {"person_id": person.id, "category": "other", "opened_on": "2024-06-03"})

    found = referred.referred_cases(db, supervisor)
    assert [r.case_id for r in found.rows] == [third.id, second.id, case.id]  # newest first; unknown left out
    assert {(s.name, s.how, s.cases) for s in found.sources} == {
        ("IOM Almaty", None, 1), ("Hotline 111", None, 1), ("", "self_referred", 1)}
    assert [r.case_id for r in referred.referred_cases(db, supervisor, ReferredFilter(
        organisation_id=iom.id)).rows] == [case.id]
    assert [r.case_id for r in referred.referred_cases(db, supervisor, ReferredFilter(
        name="Hotline 111")).rows] == [second.id]
    assert [r.case_id for r in referred.referred_cases(db, supervisor, ReferredFilter(
        first=dt.date(2024, 6, 1), how="self_referred")).rows] == [third.id]
    with pytest.raises(PermissionDenied):
        referred.referred_cases(db, actor)


def test_an_organisation_archived_since_does_not_stop_other_edits_of_the_case(db, actor, case, iom) -> None:
    _edit(db, actor, case.id, referred_by_id=iom.id, referred_on="2024-05-10")
    system = Actor.system()
    directory.archive_organisation(db, system, iom.id, directory.get_organisation(db, system, iom.id).version)
    assert _edit(db, actor, case.id, priority="high").value.referred_by_id == iom.id
    with pytest.raises(NotFound, match="may have been archived"):  # but it is not chosen anew
        _edit(db, actor, case.id, referred_by_id=None)
        _edit(db, actor, case.id, referred_by_id=iom.id)
