"""The labour quota: allocations, permits counted against them, warnings, and checks of employers."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from models.entities import AuditEntry
from models.services import accounts, employers, persons, quota, records
from models.services.base import Actor
from models.services.errors import PermissionDenied, ValidationFailed

PASSWORD = "correct horse battery"
YEAR = 2026


def account(db, username: str, role: str) -> Actor:
    return Actor.of(accounts.create_account(db, Actor.system(), {
        "username": username, "full_name": username.title(), "role": role, "password": PASSWORD}).value)


@pytest.fixture
def supervisor(db) -> Actor:
    return account(db, "supervisor", "supervisor")


def foreigner(db, actor, citizenship: str = "CHN"):
    return persons.create_person(db, actor, {"family_name": "Ли", "given_name": "Вэй", "citizenship": citizenship}).value


def work_permit(db, actor, person, employer, category: str, start: dt.date, end: dt.date | None = None):
    return records.add(db, actor, "permit", {
        "person_id": person.id, "kind": "work_permit", "valid_from": start,
        "valid_to": end or start + dt.timedelta(days=364), "work_category": category,
        "employer_id": employer.id if employer else None}).value


def test_allocations_are_set_changed_and_audited(db, supervisor) -> None:
    first = quota.set_allocation(db, supervisor, {"year": YEAR, "region": "Almaty city", "category": "third",
                                                  "units": 100}).value
    assert first.region == "г. Алматы"  # stored under the region's own name
    changed = quota.set_allocation(db, supervisor, {"year": YEAR, "region": "г. Алматы", "category": "third",
                                                    "units": 120}).value
    assert (changed.id, changed.units, changed.version) == (first.id, 120, 2)
    assert [(a.region, a.units) for a in quota.allocations(db, supervisor, YEAR)] == [("г. Алматы", 120)]
    with db.reading() as session:
        actions = list(session.scalars(select(AuditEntry.action).where(AuditEntry.record_id == first.id)))
    assert actions == ["create", "change"]
    with pytest.raises(ValidationFailed, match="Region: is not a region of Kazakhstan"):
        quota.set_allocation(db, supervisor, {"year": YEAR, "region": "Atlantis", "category": "third", "units": 1})
    with pytest.raises(ValidationFailed, match="Units: must be at least 0"):
        quota.set_allocation(db, supervisor, {"year": YEAR, "region": "г. Алматы", "category": "third", "units": -1})


def test_only_a_supervisor_or_an_administrator_keeps_the_quota(db, actor, supervisor) -> None:
    data = {"year": YEAR, "region": "г. Астана", "category": "first", "units": 5}
    with pytest.raises(PermissionDenied, match="Only a supervisor or admin"):
        quota.set_allocation(db, actor, data)
    with pytest.raises(PermissionDenied):
        quota.usage(db, actor, YEAR)
    quota.set_allocation(db, account(db, "admin", "admin"), data)
    assert quota.usage(db, supervisor, YEAR).uses[0].allocated == 5


def test_permits_count_by_employer_region_category_and_year_of_start(db, actor, supervisor) -> None:
    karaganda = employers.create_employer(db, actor, {"name": "ТОО Караганда Стройсервис",
                                                      "region": "Карагандинская обл."}).value
    almaty = employers.create_employer(db, actor, {"name": "ТОО Алатау", "region": "Almaty"}).value
    unknown = employers.create_employer(db, actor, {"name": "ИП Без адреса"}).value
    for region, units in (("Карагандинская обл.", 5), ("г. Алматы", 10)):
        quota.set_allocation(db, supervisor, {"year": YEAR, "region": region, "category": "third", "units": units})
    for _ in range(4):
        work_permit(db, actor, foreigner(db, actor), karaganda, "third", dt.date(YEAR, 3, 1))
    work_permit(db, actor, foreigner(db, actor), karaganda, "third", dt.date(YEAR - 1, 12, 31))  # last year's
    work_permit(db, actor, foreigner(db, actor, "KGZ"), karaganda, "third", dt.date(YEAR, 3, 1))  # EAEU: outside
    work_permit(db, actor, foreigner(db, actor), almaty, "first", dt.date(YEAR, 5, 1))  # no allocation
    work_permit(db, actor, foreigner(db, actor), unknown, "third", dt.date(YEAR, 5, 1))  # no region
    work_permit(db, actor, foreigner(db, actor), None, "third", dt.date(YEAR, 5, 1))  # no employer
    usage = quota.usage(db, supervisor, YEAR)
    found = {(u.region, u.category): (u.allocated, u.used, u.remaining, u.level) for u in usage.uses}
    assert found == {("г. Алматы", "first"): (None, 1, None, "unallocated"),
                     ("г. Алматы", "third"): (10, 0, 10, "ok"),
                     ("Карагандинская обл.", "third"): (5, 4, 1, "warning")}
    assert usage.unplaced == 2
    assert [u.region for u in usage.warnings()] == ["Карагандинская обл."]
    assert ("Карагандинская обл.", 5, 4) in usage.by_region()
    assert quota.usage(db, supervisor, YEAR - 1).uses[0].used == 1
    assert YEAR in quota.years(db, supervisor) and YEAR - 1 in quota.years(db, supervisor)


@pytest.mark.parametrize("allocated,used,level", [
    (10, 7, "ok"), (10, 8, "warning"), (10, 10, "full"), (10, 11, "over"), (0, 1, "over"), (None, 3, "unallocated")])
def test_warnings_at_80_and_100_percent(allocated, used, level) -> None:
    assert quota.level_of(allocated, used) == level


def test_a_household_with_more_than_five_domestic_workers_is_flagged(db, actor, supervisor) -> None:
    household = employers.create_employer(db, actor, {"name": "Иванова А. (частное домохозяйство)",
                                                      "kind": "domestic", "region": "г. Астана"}).value
    workers = [foreigner(db, actor, "UZB") for _ in range(6)]
    for person in workers:
        records.add(db, actor, "permit", {"person_id": person.id, "kind": "patent", "valid_from": "2026-01-10",
                                          "valid_to": "2026-12-31", "employer_id": household.id})
    (check,) = quota.employer_checks(db, supervisor, dt.date(2026, 6, 1))
    assert (check.employer, check.check, check.found, check.limit) == (household.name, "domestic_workers", 6, 5)
    assert quota.employer_checks(db, supervisor, dt.date(2027, 1, 5)) == []  # the patents have ended


def test_local_content_from_the_declared_staff(db, actor, supervisor) -> None:
    company = employers.create_employer(db, actor, {"name": "ТОО Шанырак", "region": "г. Шымкент"}).value
    quota.record_headcount(db, supervisor, {"employer_id": company.id, "counted_on": "2026-01-15", "managers": 10,
                                            "managers_citizens": 6, "specialists": 100, "specialists_citizens": 95})
    (check,) = quota.employer_checks(db, supervisor, dt.date(2026, 6, 1))
    assert (check.check, check.found, check.limit) == ("managers_share", 0.6, 0.7)
    # Newer figures replace the older ones; Qamqor knows of 6 foreign specialists where they leave room for 5.
    quota.record_headcount(db, supervisor, {"employer_id": company.id, "counted_on": "2026-03-01", "managers": 10,
                                            "managers_citizens": 8, "specialists": 100, "specialists_citizens": 95})
    for _ in range(6):
        work_permit(db, actor, foreigner(db, actor), company, "fourth", dt.date(2026, 2, 1))
    (check,) = quota.employer_checks(db, supervisor, dt.date(2026, 6, 1))
    assert (check.check, check.found, check.limit) == ("specialists_do_not_add_up", 6, 5)
    assert [h.counted_on for h in quota.headcounts_of(db, supervisor, company.id)] == [dt.date(2026, 3, 1),
                                                                                     dt.date(2026, 1, 15)]
    with pytest.raises(ValidationFailed, match="cannot be more than the managers in all"):
        quota.record_headcount(db, supervisor, {"employer_id": company.id, "counted_on": "2026-03-02",
                                                "managers": 1, "managers_citizens": 2, "specialists": 0,
                                                "specialists_citizens": 0})
