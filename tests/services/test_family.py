"""Families: links between persons (both sides, permissions, audit, undo), minors, a minor's referral."""
from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from sqlalchemy import select

from models import minors
from models.entities import AuditEntry
from models.services import accounts, cases, consent, directory, family, persons, referrals
from models.services.base import Actor
from models.services.errors import PermissionDenied, Refused, ValidationFailed
from models.services.undo import Step, reverse

TODAY = dt.datetime(2026, 3, 10, 12, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def _march_2026():
    with time_machine.travel(TODAY, tick=False):
        yield


def new_person(db, actor, given, **born):
    return persons.create_person(db, actor, {"family_name": "Каримова", "given_name": given, "sex": "female",
                                             "citizenship": "UZB", **born}).value


def new_case(db, actor, person):
    return cases.open_case(db, actor, {"person_id": person.id, "category": "labour_migrant",
                                       "opened_on": dt.date(2026, 3, 1)}).value


def other_caseworker(db) -> Actor:
    return Actor.of(accounts.create_account(db, Actor.system(), {
        "username": "dana", "full_name": "Dana Serikovna", "role": "caseworker",
        "password": "correct horse battery"}).value)


def test_minor_from_the_birth_date_and_from_the_year_alone() -> None:
    on = dt.date(2026, 3, 10)
    assert minors.is_minor(dt.date(2008, 3, 11), None, on)  # 18 tomorrow
    assert not minors.is_minor(dt.date(2008, 3, 10), None, on)  # 18 today
    # Only the year: a minor while possibly under 18, i.e. until 31 December of the year they turn 18.
    assert minors.is_minor(None, 2008, on) and minors.is_minor(None, 2008, dt.date(2026, 12, 30))
    assert not minors.is_minor(None, 2008, dt.date(2026, 12, 31)) and not minors.is_minor(None, 2007, on)
    assert not minors.is_minor(None, None, on)
    assert minors.eighteenth_birthday(dt.date(2008, 2, 29)) == dt.date(2026, 3, 1)


def test_a_link_reads_the_other_way_from_the_relatives_side(db, actor) -> None:
    mother, son = new_person(db, actor, "Дилноза", birth_year=1990), new_person(db, actor, "Тимур", birth_year=2015)
    made = family.link(db, actor, {"person_id": mother.id, "relative_id": son.id, "relation": "child",
                                   "note": "arrived together"})
    assert made.changes.person_ids == {mother.id, son.id}
    [seen_by_mother] = family.family_of(db, actor, mother.id).relatives
    [seen_by_son] = family.family_of(db, actor, son.id).relatives
    assert (seen_by_mother.person_id, seen_by_mother.relation, seen_by_mother.minor) == (son.id, "child", True)
    assert (seen_by_son.person_id, seen_by_son.relation, seen_by_son.minor) == (mother.id, "parent", False)
    assert family.family_of(db, actor, son.id).minor and not family.family_of(db, actor, mother.id).minor
    guardian, ward = new_person(db, actor, "Нодира"), new_person(db, actor, "Лола", birth_year=2012)
    family.link(db, actor, {"person_id": ward.id, "relative_id": guardian.id, "relation": "guardian"})
    assert [r.relation for r in family.family_of(db, actor, guardian.id).relatives] == ["ward"]


def test_no_link_to_oneself_and_none_twice_from_either_side(db, actor) -> None:
    mother, son = new_person(db, actor, "Дилноза"), new_person(db, actor, "Тимур")
    with pytest.raises(ValidationFailed) as refused:
        family.link(db, actor, {"person_id": mother.id, "relative_id": mother.id, "relation": "child"})
    assert "cannot be linked to themselves" in str(refused.value)
    family.link(db, actor, {"person_id": mother.id, "relative_id": son.id, "relation": "child"})
    with pytest.raises(ValidationFailed) as twice:
        family.link(db, actor, {"person_id": son.id, "relative_id": mother.id, "relation": "parent"})
    assert "already linked" in str(twice.value)
    with pytest.raises(ValidationFailed):
        family.link(db, actor, {"person_id": mother.id, "relative_id": son.id, "relation": "cousin"})
    assert len(family.family_of(db, actor, mother.id).relatives) == 1


def test_a_caseworker_links_only_persons_of_cases_she_may_see(db, actor) -> None:
    mine = new_person(db, actor, "Дилноза")
    new_case(db, actor, mine)
    dana = other_caseworker(db)
    hers = new_person(db, dana, "Тимур")
    new_case(db, dana, hers)
    with pytest.raises(PermissionDenied):
        family.link(db, actor, {"person_id": mine.id, "relative_id": hers.id, "relation": "child"})
    with db.reading() as session:
        refusals = list(session.scalars(select(AuditEntry.action).where(AuditEntry.action == "refused")))
    assert refusals == ["refused"]
    # A supervisor links them; each caseworker is shown only the relative she may see.
    boss = Actor.of(accounts.create_account(db, Actor.system(), {
        "username": "boss", "full_name": "Boss", "role": "supervisor", "password": "correct horse battery"}).value)
    family.link(db, boss, {"person_id": mine.id, "relative_id": hers.id, "relation": "child"})
    assert family.family_of(db, actor, mine.id).relatives == []
    assert len(family.family_of(db, boss, mine.id).relatives) == 1
    with pytest.raises(PermissionDenied):
        family.family_of(db, actor, hers.id)


def test_a_link_is_audited_and_undone_and_redone(db, actor) -> None:
    mother, son = new_person(db, actor, "Дилноза"), new_person(db, actor, "Тимур")
    made = family.link(db, actor, {"person_id": mother.id, "relative_id": son.id, "relation": "child"})
    with db.reading() as session:
        assert session.scalar(select(AuditEntry.action).where(AuditEntry.record_id == made.value.id)) == "create"
    undone = reverse(db, actor, Step("Link", made.entries))
    assert family.family_of(db, actor, mother.id).relatives == []
    reverse(db, actor, undone.value)
    assert [r.person_id for r in family.family_of(db, actor, mother.id).relatives] == [son.id]
    link = family.family_of(db, actor, mother.id).relatives[0]
    changed = family.update_link(db, actor, link.link_id, link.link_version, {
        "person_id": mother.id, "relative_id": son.id, "relation": "ward"})
    reverse(db, actor, Step("Change", changed.entries))
    assert family.family_of(db, actor, mother.id).relatives[0].relation == "child"
    family.unlink(db, actor, link.link_id, family.family_of(db, actor, mother.id).relatives[0].link_version)
    assert family.family_of(db, actor, son.id).relatives == []


def test_birth_registration_is_recorded_and_undone(db, actor) -> None:
    child = new_person(db, actor, "Тимур", birth_date="2019-05-02")
    assert family.family_of(db, actor, child.id).birth_registered == "unknown"
    done = family.record_birth_registration(db, actor, child.id, child.version, {"birth_registered": "no"})
    assert done.value.birth_registered == "no" and done.value.given_name == "Тимур"
    assert family.family_of(db, actor, child.id).birth_registered == "no"
    reverse(db, actor, Step("Birth", done.entries))
    assert family.family_of(db, actor, child.id).birth_registered == "unknown"
    with pytest.raises(ValidationFailed):
        family.record_birth_registration(db, actor, child.id, child.version + 2, {"birth_registered": "maybe"})


# --- a minor's referral -------------------------------------------------------------------------


@pytest.fixture
def iom(db, actor):
    return next(o for o in directory.organisations(db, actor) if o.name == "IOM Almaty")


def _minor_referral(db, actor, iom, *, guardian=None):
    child = new_person(db, actor, "Тимур", birth_year=2012)
    case = new_case(db, actor, child)
    draft = referrals.create_referral(db, actor, {"case_id": case.id, "organisation_id": iom.id,
                                                  "services": ["shelter"], "shared": ["identity"]}).value
    return child, case, draft


def _consent(db, actor, case, iom, **extra):
    return consent.record_consent(db, actor, {
        "case_id": case.id, "purpose": "share_data", "organisation_id": iom.id, "scope": ["identity"],
        "given_on": "2026-03-09", "method": "verbal_with_witness", "witness": "Dana Serikovna", **extra}).value


def test_a_minors_referral_needs_a_guardians_consent_or_a_best_interest_reason(db, actor, iom) -> None:
    child, case, draft = _minor_referral(db, actor, iom)
    _consent(db, actor, case, iom)  # the child's own consent, no guardian named
    with pytest.raises(Refused) as refused:
        referrals.send_referral(db, actor, draft.id, draft.version, {"sent_on": "2026-03-10"})
    assert "is a minor" in str(refused.value) and "best interest" in str(refused.value)
    with pytest.raises(ValidationFailed):  # "because" is not a reason
        referrals.send_referral(db, actor, draft.id, draft.version, {"sent_on": "2026-03-10",
                                                                     "best_interest_reason": "because"})
    sent = referrals.send_referral(db, actor, draft.id, draft.version, {
        "sent_on": "2026-03-10", "best_interest_reason": "No parent in Kazakhstan; the shelter is safe tonight."})
    assert sent.value.status == "sent" and sent.value.best_interest_reason.startswith("No parent")


def test_a_guardians_consent_lets_a_minors_referral_go(db, actor, iom) -> None:
    child, case, draft = _minor_referral(db, actor, iom)
    mother, stranger = new_person(db, actor, "Дилноза"), new_person(db, actor, "Нодира")
    with pytest.raises(ValidationFailed) as not_linked:
        _consent(db, actor, case, iom, guardian_id=stranger.id)
    assert "not linked to the person as a parent or guardian" in str(not_linked.value)
    family.link(db, actor, {"person_id": mother.id, "relative_id": child.id, "relation": "child"})
    _consent(db, actor, case, iom, guardian_id=mother.id)
    sent = referrals.send_referral(db, actor, draft.id, draft.version, {"sent_on": "2026-03-10"})
    assert sent.value.status == "sent" and sent.value.best_interest_reason is None


def test_an_adults_referral_needs_neither(db, actor, iom, case) -> None:
    draft = referrals.create_referral(db, actor, {"case_id": case.id, "organisation_id": iom.id,
                                                  "services": ["shelter"], "shared": ["identity"]}).value
    _consent(db, actor, case, iom)
    assert referrals.send_referral(db, actor, draft.id, draft.version, {"sent_on": "2026-03-10"}).value.status == "sent"
