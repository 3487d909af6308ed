"""Who referred a person to the office (issue 29 item 2): the checks the case's schema cannot make alone,
and the supervisor's list of cases by the organisation or way they came from.

The referral is five columns of the case (`referred_by_id`, `referred_by_name`, `referred_on`,
`referred_how`, `referred_why`) rather than a table: a case starts once, and as columns it travels with
the case's row through the office sync, merged field by field like any edit of the case (two laptops
could otherwise each add a "first referral" row to one case offline).
"""
from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.db import Database
from models.entities import Case, Organisation, Person, ReferredHow, Role
from models.ids import CaseId, OrganisationId
from models.services.base import Actor, get_live, reading
from models.services.errors import FieldError, ValidationFailed
from models.services.permissions import require, visible_cases


def check(session: Session, new, stored=None) -> None:
    """A referral received names an organisation of the directory that exists, and is not dated before the
    person was born (1 January of the birth year when only the year is known). Checked when they change:
    an organisation archived since, or a birth date corrected since, does not stop other edits of the case."""
    if new.referred_by_id is not None and getattr(stored, "referred_by_id", None) != new.referred_by_id:
        get_live(session, Organisation, new.referred_by_id)
    if new.referred_on is None or (getattr(stored, "referred_on", None) == new.referred_on
                                   and getattr(stored, "person_id", None) == new.person_id):
        return
    person = session.get(Person, new.person_id)
    born = person and (person.birth_date or (dt.date(person.birth_year, 1, 1) if person.birth_year else None))
    if born is not None and new.referred_on < born:
        raise ValidationFailed([FieldError.of("referred_on", "Referred on", "referred.before_birth", day=born)])


@dataclass(frozen=True)
class ReferredFilter:
    """Which cases: referred on `first` .. `last` (None: no bound), by one organisation, or one way."""

    first: dt.date | None = None
    last: dt.date | None = None
    organisation_id: uuid.UUID | None = None
    name: str | None = None  # an organisation named in the case, not in the directory
    how: ReferredHow | None = None
    open_only: bool = False


@dataclass(frozen=True)
class ReferredRow:
    case_id: CaseId
    name: str
    referred_on: dt.date | None
    organisation_id: OrganisationId | None
    source: str  # the directory's name, or the name written in the case
    how: ReferredHow | None
    why: str | None
    closed: bool


@dataclass(frozen=True)
class Source:
    """One line of "referred to us": an organisation (or a way, for those who name none) and its cases."""

    organisation_id: OrganisationId | None
    name: str  # empty when no organisation is named: `how` says where the cases came from
    how: ReferredHow | None
    cases: int


@dataclass(frozen=True)
class Referred:
    rows: list[ReferredRow]
    sources: list[Source]  # most cases first


def referred_cases(db: Database, actor: Actor, where: ReferredFilter = ReferredFilter(), limit: int = 5000) -> Referred:
    """The live cases that record who referred them, newest referral first, and their counts by source.

    The counts take every filter but the organisation and the way (they are what one picks from them)."""
    query = (select(Case.id, Person.family_name, Person.given_name, Case.referred_on, Case.referred_by_id,
                    Organisation.name, Case.referred_by_name, Case.referred_how, Case.referred_why, Case.status)
             .join(Person, Person.id == Case.person_id)
             .outerjoin(Organisation, Organisation.id == Case.referred_by_id)
             .where(Case.archived_at.is_(None), visible_cases(actor),
                    (Case.referred_by_id.is_not(None)) | (Case.referred_by_name.is_not(None))
                    | (Case.referred_how.is_not(None)) | (Case.referred_on.is_not(None))))
    if where.first is not None:
        query = query.where(Case.referred_on >= where.first)
    if where.last is not None:
        query = query.where(Case.referred_on <= where.last)
    if where.open_only:
        query = query.where(Case.status != "closed")
    with reading(db, actor) as session:
        require(actor, Role.supervisor, doing="see where cases came from")
        found = session.execute(query.order_by(Case.referred_on.desc(), Person.family_name)).all()
    rows = [ReferredRow(CaseId(cid), f"{family} {given}", on, OrganisationId(oid) if oid else None,
                        directory or written or "", how, why, status == "closed")
            for cid, family, given, on, oid, directory, written, how, why, status in found]
    counts: Counter = Counter((r.organisation_id, r.source, None if r.organisation_id or r.source else r.how)
                              for r in rows)
    sources = [Source(oid, name, how, n) for (oid, name, how), n in
               sorted(counts.items(), key=lambda item: (-item[1], item[0][1], str(item[0][2])))]
    chosen = [r for r in rows if (where.organisation_id is None or r.organisation_id == where.organisation_id)
              and (where.name is None or (r.organisation_id is None and r.source == where.name))
              and (where.how is None or r.how == where.how)]
    return Referred(chosen[:limit], sources)
