"""Caseloads: the open cases of each caseworker by category and priority, the cases nobody has, reassigning.

A supervisor's view of the office (one database is one office). "Open" is
every live case that is not closed (open, active, referred). The overdue and
due-soon counts are the caseworker's alerts (see models.services.alerts), so
that an overloaded caseworker shows as one with many overdue deadlines, not
only many cases. Reassigning is `cases.reassign_cases` (audited per case).
"""
from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from models.changes import Done
from models.clock import today
from models.db import Database
from models.entities import Case, CaseStatus, Person, Role, StoredObligation, User
from models.entities.deadlines import ON_ALERT_LIST
from models.ids import CaseId, UserId
from models.names import full_name
from models.rules.dates import DUE_SOON_DAYS
from models.services import cases
from models.services.base import Actor, reading
from models.services.permissions import require


@dataclass(frozen=True)
class Caseload:
    """One caseworker's open cases (caseworker_id None: the cases nobody is assigned to)."""

    caseworker_id: UserId | None
    caseworker: str | None
    open_cases: int = 0
    by_category: dict[str, int] = field(default_factory=dict)
    by_priority: dict[str, int] = field(default_factory=dict)
    overdue: int = 0  # obligations of their open cases past due on as of
    due_soon: int = 0  # ... due within 7 days


@dataclass(frozen=True)
class CaseloadCase:
    """A case as the reassigning list shows it."""

    case_id: CaseId
    family_name: str
    given_name: str
    patronymic: str | None
    citizenship: str
    category: str
    priority: str
    status: str
    opened_on: dt.date
    next_due: dt.date | None  # the earliest obligation on the alert list

    @property
    def name(self) -> str:
        return full_name(self.family_name, self.given_name, self.patronymic)


def _open():
    return [Case.status != CaseStatus.closed, Case.archived_at.is_(None)]


def _alert_counts(session: Session, as_of: dt.date) -> dict[str | None, tuple[int, int]]:
    """(overdue, due soon) per caseworker (hex id), from the alert index: only what is due by a week on."""
    o = StoredObligation
    query = (select(type_coerce(Case.caseworker_id, String), func.count().filter(o.due < as_of),
                    func.count().filter(o.due >= as_of))
             .select_from(o).join(Case, Case.person_id == o.person_id)
             .where(ON_ALERT_LIST, o.due <= as_of + dt.timedelta(days=DUE_SOON_DAYS), *_open())
             .group_by(Case.caseworker_id))
    return {caseworker: (overdue, soon) for caseworker, overdue, soon in session.execute(query)}


def caseloads(db: Database, actor: Actor, as_of: dt.date | None = None) -> list[Caseload]:
    """Every caseworker's open cases (those with none too), the unassigned ones last."""
    as_of = as_of or today()
    with reading(db, actor) as session:
        require(actor, Role.supervisor, doing="see the caseloads")
        counts: dict[str | None, dict] = defaultdict(lambda: {"total": 0, "category": {}, "priority": {}})
        query = (select(type_coerce(Case.caseworker_id, String), type_coerce(Case.category, String),
                        type_coerce(Case.priority, String), func.count())
                 .where(*_open()).group_by(Case.caseworker_id, Case.category, Case.priority))
        for caseworker, category, priority, n in session.execute(query):
            entry = counts[caseworker]
            entry["total"] += n
            entry["category"][category] = entry["category"].get(category, 0) + n
            entry["priority"][priority] = entry["priority"].get(priority, 0) + n
        alerts = _alert_counts(session, as_of)
        staff = session.execute(select(type_coerce(User.id, String), User.full_name, User.role)
                                .where(User.archived_at.is_(None)).order_by(User.full_name)).all()
        names = {user_id: name for user_id, name, _ in staff}
        shown = [user_id for user_id, _, role in staff if role == Role.caseworker or user_id in counts]
        shown += [user_id for user_id in counts if user_id is not None and user_id not in names]  # archived users

        def load(user_id: str | None) -> Caseload:
            entry = counts.get(user_id, {"total": 0, "category": {}, "priority": {}})
            overdue, soon = alerts.get(user_id, (0, 0))
            return Caseload(UserId(uuid.UUID(user_id)) if user_id else None, names.get(user_id) if user_id else None,
                            entry["total"], dict(entry["category"]), dict(entry["priority"]), overdue, soon)

        return [load(user_id) for user_id in shown] + [load(None)]


def cases_of(db: Database, actor: Actor, caseworker_id: UserId | None) -> list[CaseloadCase]:
    """The open cases of a caseworker (None: the unassigned ones), most urgent deadline first."""
    o = StoredObligation
    next_due = (select(func.min(o.due)).where(o.person_id == Case.person_id, ON_ALERT_LIST)
                .correlate(Case).scalar_subquery())
    whose = Case.caseworker_id.is_(None) if caseworker_id is None else Case.caseworker_id == caseworker_id
    query = (select(Case.id, Person.family_name, Person.given_name, Person.patronymic, Person.citizenship,
                    type_coerce(Case.category, String), type_coerce(Case.priority, String),
                    type_coerce(Case.status, String), Case.opened_on, next_due)
             .join(Person, Person.id == Case.person_id).where(whose, *_open()))
    with reading(db, actor) as session:
        require(actor, Role.supervisor, doing="see the caseloads")
        rows = [CaseloadCase(CaseId(case_id), family, given, patronymic, citizenship, category, priority, status,
                             opened_on, due)
                for case_id, family, given, patronymic, citizenship, category, priority, status, opened_on, due
                in session.execute(query)]
    far = dt.date.max
    return sorted(rows, key=lambda r: (r.next_due or far, r.family_name, r.given_name))


def reassign(db: Database, actor: Actor, case_ids: list[CaseId],
             caseworker_id: UserId | None) -> Done[int]:
    """Hand these cases to a caseworker (None: unassign them); each change is audited."""
    return cases.reassign_cases(db, actor, case_ids, caseworker_id)
