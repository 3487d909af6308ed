"""The foreign labour quota: allocations, permits counted against them, and checks of employers.

RULES.md section 3, "quota". Decisions where the sources are silent:
- A work permit counts against the quota of the year its validity starts
  (`valid_from`), of its employer's region (the employer's recorded region:
  the region that asked for the quota) and of its `work_category`. A renewal is a
  new permit and counts again in its own year. Patents (domestic work) and
  other documents are not in the quota.
- Permits of EAEU citizens are not counted: they need no permit and are
  outside the quota [000:L420] (a recorded one is a slip, not a quota unit).
- Permits whose employer, region or category is not recorded cannot be placed:
  they are counted apart, so that the gap in the data shows.
- Usage warns at 80 % and at 100 % of the allocation.
- Employer checks: a private household (employer kind `domestic`) with more
  than five domestic workers on valid patents on the day [004:L114]; a company
  whose latest declared staff figures give citizens less than 70 % of the
  management positions or less than 90 % of the specialist and skilled ones
  [004:L142]. Qamqor knows only the foreigners it works with, so the totals
  come from the employer (`EmployerHeadcount`); where the work permits Qamqor
  knows of already exceed the foreigners the figures leave room for, the
  figures are flagged as not adding up.
Allocations and staff figures are kept by a supervisor or an administrator;
the usage and the checks are aggregate (no person is named) and are theirs too.
"""
from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from models import regions
from models.changes import Changes, Done
from models.clock import today
from models.db import Database
from models.entities import (
    Employer,
    EmployerHeadcount,
    EmployerKind,
    Permit,
    PermitKind,
    Person,
    QuotaAllocation,
    Role,
    WorkCategory,
)
from models.schemas.quota import (
    EmployerHeadcountIn,
    EmployerHeadcountOut,
    QuotaAllocationIn,
    QuotaAllocationOut,
)
from models.schemas.validation import validate
from models.services.base import Actor, Kind, create, done, reading, update, writing
from models.services.permissions import require
from models.services.rules import ruleset_in

WARN_SHARE = 0.8
MAX_DOMESTIC_WORKERS = 5  # per private employer, on patents [004:L114]
MANAGERS_CITIZENS_SHARE = 0.70  # [004:L142]
SPECIALISTS_CITIZENS_SHARE = 0.90  # [004:L142]
MANAGER_CATEGORIES = (WorkCategory.first, WorkCategory.second)
SPECIALIST_CATEGORIES = (WorkCategory.third, WorkCategory.fourth)
CATEGORIES: tuple[str, ...] = tuple(c.value for c in WorkCategory)


def _may_keep(actor: Actor, doing: str) -> None:
    require(actor, Role.supervisor, Role.admin, doing=doing)


# --- allocations ---------------------------------------------------------------------

def allocations(db: Database, actor: Actor, year: int) -> list[QuotaAllocationOut]:
    """The year's allocations, by region and category."""
    with reading(db, actor) as session:
        _may_keep(actor, "see the labour quota")
        rows = session.scalars(select(QuotaAllocation).where(QuotaAllocation.year == year,
                                                             QuotaAllocation.archived_at.is_(None))
                               .order_by(QuotaAllocation.region, QuotaAllocation.category))
        return [QuotaAllocationOut.model_validate(row) for row in rows]


def set_allocation(db: Database, actor: Actor, data: Any) -> Done[QuotaAllocationOut]:
    """Set the units of one year, region and category (a new allocation or a change, both audited)."""
    data = validate(QuotaAllocationIn, data)
    with writing(db, actor) as session:
        _may_keep(actor, "change the labour quota")
        stored = session.scalar(select(QuotaAllocation).where(QuotaAllocation.year == data.year,
                                                               QuotaAllocation.region == data.region,
                                                               QuotaAllocation.category == data.category))
        if stored is None:
            saved = create(session, QuotaAllocation, data, actor)
        else:
            stored.archived_at = None  # the key is unique: an archived allocation comes back
            saved = update(session, stored, stored.version, data, actor)
        return done(session, QuotaAllocationOut.model_validate(saved), Changes(quota=True))


def years(db: Database, actor: Actor) -> list[int]:
    """The years with allocations or work permits, newest first (this year always among them)."""
    with reading(db, actor) as session:
        _may_keep(actor, "see the labour quota")
        found = set(session.scalars(select(QuotaAllocation.year).where(QuotaAllocation.archived_at.is_(None))
                                    .distinct()))
        first_last = session.execute(select(func.min(Permit.valid_from), func.max(Permit.valid_from))
                                     .where(Permit.kind == PermitKind.work_permit)).one()
    found.add(today().year)
    if first_last[0] is not None:
        found.update(range(first_last[0].year, first_last[1].year + 1))
    return sorted(found, reverse=True)


# --- usage ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class QuotaUse:
    """One region and category in a year."""

    region: str
    category: str
    allocated: int | None  # None: no allocation recorded
    used: int

    @property
    def remaining(self) -> int | None:
        return None if self.allocated is None else self.allocated - self.used

    @property
    def share(self) -> float | None:
        """Used / allocated (None when nothing is allocated)."""
        return None if not self.allocated else self.used / self.allocated

    @property
    def level(self) -> str:
        """ok, warning (80 % used), full (100 %), over (more permits than units), unallocated."""
        return level_of(self.allocated, self.used)


def level_of(allocated: int | None, used: int) -> str:
    if not allocated:
        return "over" if used and allocated == 0 else "unallocated"
    if used > allocated:
        return "over"
    if used == allocated:
        return "full"
    return "warning" if used >= WARN_SHARE * allocated else "ok"


@dataclass(frozen=True)
class QuotaUsage:
    year: int
    uses: list[QuotaUse]  # every region and category with an allocation or a permit, by region
    unplaced: int  # work permits of the year without employer region or category

    def by_region(self) -> list[tuple[str, int | None, int]]:
        """(region, allocated, used) summed over the categories: the chart's bars."""
        sums: dict[str, list] = {}
        for use in self.uses:
            entry = sums.setdefault(use.region, [None, 0])
            if use.allocated is not None:
                entry[0] = (entry[0] or 0) + use.allocated
            entry[1] += use.used
        return [(region, allocated, used) for region, (allocated, used) in sums.items()]

    def warnings(self) -> list[QuotaUse]:
        return [use for use in self.uses if use.level in ("warning", "full", "over")]


def _permits_counted(session: Session, year: int) -> dict[tuple[str | None, str | None], int]:
    """Work permits starting in `year`, by (employer's stored region, category), EAEU citizens left out."""
    eaeu = sorted(ruleset_in(session).group("EAEU"))
    query = (select(Employer.region, type_coerce(Permit.work_category, String), func.count())
             .select_from(Permit).join(Person, Person.id == Permit.person_id)
             .outerjoin(Employer, Employer.id == Permit.employer_id)
             .where(Permit.kind == PermitKind.work_permit, Permit.archived_at.is_(None),
                    Person.archived_at.is_(None), Person.citizenship.not_in(eaeu),
                    Permit.valid_from >= dt.date(year, 1, 1), Permit.valid_from <= dt.date(year, 12, 31))
             .group_by(Employer.region, Permit.work_category))
    return {(region, category): n for region, category, n in session.execute(query)}


def usage(db: Database, actor: Actor, year: int) -> QuotaUsage:
    """Allocated, used and remaining units of every region and category in `year`."""
    with reading(db, actor) as session:
        _may_keep(actor, "see the labour quota")
        return usage_in(session, year)


def usage_in(session: Session, year: int) -> QuotaUsage:
    """`usage` inside a session the caller holds (the period's statistics read it with the rest)."""
    allocated = {(a.region, a.category.value): a.units for a in session.scalars(
        select(QuotaAllocation).where(QuotaAllocation.year == year, QuotaAllocation.archived_at.is_(None)))}
    used: dict[tuple[str, str], int] = defaultdict(int)
    unplaced = 0
    for (stored_region, category), n in _permits_counted(session, year).items():
        region = regions.canonical(stored_region) or stored_region
        if region is None or category is None:
            unplaced += n
        else:
            used[(region, category)] += n
    order = {name: i for i, name in enumerate(regions.NAMES)}
    keys = sorted(set(allocated) | set(used),
                  key=lambda k: (order.get(k[0], len(order)), k[0], CATEGORIES.index(k[1])))
    return QuotaUsage(year, [QuotaUse(region, category, allocated.get((region, category)), used.get((region, category), 0))
                             for region, category in keys], unplaced)


# --- employers --------------------------------------------------------------------------------

HEADCOUNT = Kind(EmployerHeadcount, EmployerHeadcountIn, EmployerHeadcountOut,
                 guard=lambda session, actor, new, stored: _may_keep(actor, "record an employer's staff"),
                 changes=lambda _: Changes(quota=True))


def record_headcount(db: Database, actor: Actor, data: Any) -> Done[EmployerHeadcountOut]:
    """Record an employer's staff figures on a day (declared by the employer, or found by an inspection)."""
    return HEADCOUNT.create(db, actor, data)


def headcounts_of(db: Database, actor: Actor, employer_id: uuid.UUID) -> list[EmployerHeadcountOut]:
    with reading(db, actor) as session:
        _may_keep(actor, "see employers' staff figures")
        rows = session.scalars(select(EmployerHeadcount).where(EmployerHeadcount.employer_id == employer_id,
                                                               EmployerHeadcount.archived_at.is_(None))
                               .order_by(EmployerHeadcount.counted_on.desc()))
        return [EmployerHeadcountOut.model_validate(row) for row in rows]


@dataclass(frozen=True)
class EmployerCheck:
    """Something about an employer a supervisor should look at."""

    employer_id: uuid.UUID
    employer: str
    region: str | None
    check: str  # domestic_workers, managers_share, specialists_share, managers_/specialists_do_not_add_up
    found: float  # the number or share found
    limit: float  # what the rule allows
    on: dt.date  # the day it is about


def _valid_on(day: dt.date):
    return [Permit.valid_from <= day, or_(Permit.valid_to.is_(None), Permit.valid_to >= day),
            Permit.archived_at.is_(None)]


def _domestic_checks(session: Session, as_of: dt.date) -> list[EmployerCheck]:
    workers = func.count(func.distinct(Permit.person_id))
    query = (select(Employer.id, Employer.name, Employer.region, workers)
             .join(Permit, Permit.employer_id == Employer.id)
             .where(Employer.kind == EmployerKind.domestic, Employer.archived_at.is_(None),
                    Permit.kind == PermitKind.patent, *_valid_on(as_of))
             .group_by(Employer.id, Employer.name, Employer.region).having(workers > MAX_DOMESTIC_WORKERS))
    return [EmployerCheck(employer_id, name, region, "domestic_workers", n, MAX_DOMESTIC_WORKERS, as_of)
            for employer_id, name, region, n in session.execute(query)]


def _known_foreigners(session: Session, employer_id: uuid.UUID, day: dt.date) -> tuple[int, int]:
    """(managers, specialists) with a work permit from this employer valid on `day`, as Qamqor knows them."""
    query = (select(Permit.work_category, func.count(func.distinct(Permit.person_id)))
             .where(Permit.employer_id == employer_id, Permit.kind == PermitKind.work_permit, *_valid_on(day))
             .group_by(Permit.work_category))
    found = dict(session.execute(query).all())
    return (sum(found.get(c, 0) for c in MANAGER_CATEGORIES), sum(found.get(c, 0) for c in SPECIALIST_CATEGORIES))


def _local_content_checks(session: Session, as_of: dt.date) -> list[EmployerCheck]:
    latest = (select(EmployerHeadcount.employer_id, func.max(EmployerHeadcount.counted_on).label("day"))
              .where(EmployerHeadcount.archived_at.is_(None), EmployerHeadcount.counted_on <= as_of)
              .group_by(EmployerHeadcount.employer_id).subquery())
    query = (select(EmployerHeadcount, Employer.name, Employer.region)
             .join(latest, (latest.c.employer_id == EmployerHeadcount.employer_id)
                   & (latest.c.day == EmployerHeadcount.counted_on))
             .join(Employer, Employer.id == EmployerHeadcount.employer_id)
             .where(EmployerHeadcount.archived_at.is_(None), Employer.archived_at.is_(None)))
    checks: list[EmployerCheck] = []
    for figures, name, region in session.execute(query):
        day = figures.counted_on

        def check(kind: str, found: float, limit: float, figures=figures, name=name, region=region,
                  day=day) -> None:
            checks.append(EmployerCheck(figures.employer_id, name, region, kind, found, limit, day))

        for kind, total, citizens, required in (
                ("managers_share", figures.managers, figures.managers_citizens, MANAGERS_CITIZENS_SHARE),
                ("specialists_share", figures.specialists, figures.specialists_citizens, SPECIALISTS_CITIZENS_SHARE)):
            if total and citizens / total < required:
                check(kind, citizens / total, required)
        known = _known_foreigners(session, figures.employer_id, day)
        room = (figures.managers - figures.managers_citizens, figures.specialists - figures.specialists_citizens)
        for kind, foreigners, places in zip(("managers_do_not_add_up", "specialists_do_not_add_up"), known, room):
            if foreigners > places:  # more foreign workers known than the figures have non-citizens
                check(kind, foreigners, places)
    return checks


def employer_checks(db: Database, actor: Actor, as_of: dt.date | None = None) -> list[EmployerCheck]:
    """Households over the domestic-worker limit and companies under the local-content shares, on `as_of`."""
    as_of = as_of or today()
    with reading(db, actor) as session:
        _may_keep(actor, "check employers")
        found = _domestic_checks(session, as_of) + _local_content_checks(session, as_of)
    return sorted(found, key=lambda c: (c.check, c.employer))
