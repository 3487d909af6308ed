"""The SQL conditions of the alert list: open, visible cases and the stored obligations on the alert index."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select

from models.entities import Case, CaseStatus, Person, Role, StoredObligation
from models.entities.deadlines import ON_ALERT_LIST
from models.rules.quota import RULE as EMPLOYER_REQUEST
from models.services.alerts.filters import NO_REGION, REFERRAL_FOLLOW_UP, SERVICE_PLANNED, AlertFilter
from models.services.alerts.rows import AlertRow
from models.services.base import Actor
from models.services.permissions import has, require, visible_cases


def _require(actor: Actor) -> None:
    require(actor, Role.caseworker, Role.supervisor, doing="see the deadline alerts")


def _open_cases(actor: Actor, where: AlertFilter) -> list:
    """Conditions on `Case`: live, not closed, visible to the actor, and the filter's case conditions."""
    conditions = [Case.status != CaseStatus.closed, Case.archived_at.is_(None), visible_cases(actor)]
    if where.caseworker_id:
        conditions.append(Case.caseworker_id == where.caseworker_id)
    if where.unassigned:
        conditions.append(Case.caseworker_id.is_(None))
    if where.category:
        conditions.append(Case.category == where.category)
    if where.region is not None:
        region = Person.region.is_(None) if where.region == NO_REGION else Person.region == where.region
        conditions.append(Case.person_id.in_(select(Person.id).where(region)))
    return conditions


def _stored(actor: Actor, where: AlertFilter, first: dt.date | None, last: dt.date | None) -> list:
    """Conditions on `StoredObligation`, all served by the partial index `ix_obligations_alerts`."""
    conditions: list = [ON_ALERT_LIST]
    # Every open case is the supervisor's: the `alert` flag alone says it, with no look at the cases.
    if where.by_case or not has(actor, Role.supervisor):
        conditions.append(StoredObligation.person_id.in_(select(Case.person_id).where(*_open_cases(actor, where))))
    if first is not None:
        conditions.append(StoredObligation.due >= first)
    if last is not None:
        conditions.append(StoredObligation.due <= last)
    if where.rule:
        conditions.append(StoredObligation.rule == where.rule)
    return conditions


# The partial index's own order: a first page stops after `page` entries instead of sorting them all.
_ORDER = (StoredObligation.due, StoredObligation.rule, StoredObligation.person_id, StoredObligation.position)


def _stored_rules(where: AlertFilter) -> bool:
    return where.rule not in (REFERRAL_FOLLOW_UP, EMPLOYER_REQUEST, SERVICE_PLANNED)


def _in_window(rows: Iterable[AlertRow], where: AlertFilter, as_of: dt.date) -> list[AlertRow]:
    first, last = where.due_range(as_of)
    return [r for r in rows if (first is None or r.due >= first) and (last is None or r.due <= last)]


def _due(pair: tuple[dt.date, str]) -> dt.date:
    return pair[0]
