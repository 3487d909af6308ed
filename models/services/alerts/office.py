"""Alerts that are not stored obligations: referral follow-ups and the employers' 1 October deadline."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from sqlalchemy.orm import Session

from models.entities import Role
from models.rules.dates import DUE_SOON_DAYS
from models.rules.quota import RULE as EMPLOYER_REQUEST
from models.rules.quota import employer_request
from models.services.alerts.filters import (
    MONTH_DAYS,
    REFERRAL_FOLLOW_UP,
    SERVICE_PLANNED,
    AlertCounts,
    AlertFilter,
)
from models.services.alerts.rows import AlertRow, status_of
from models.services.alerts.stored import _case_details
from models.services.base import Actor
from models.services.follow_ups import follow_ups
from models.services.permissions import has
from models.services.planned_services import waiting
from models.services.rules import ruleset_in


def _office_rows(session: Session, actor: Actor, where: AlertFilter, as_of: dt.date) -> list[AlertRow]:
    """Referral follow-ups and the employers' deadline that pass the filter (any due date), soonest first."""
    rows = _referral_rows(session, actor, where, as_of) + _service_rows(session, actor, where, as_of)
    if where.rule in (None, EMPLOYER_REQUEST) and not where.by_case and has(actor, Role.supervisor):
        if (row := _employer_request_row(session, as_of)) is not None:
            rows.append(row)
    return sorted(rows, key=lambda r: (r.due, r.key))


def _employer_request_row(session: Session, as_of: dt.date) -> AlertRow | None:
    """The coming 1 October: this year's until it has passed, then next year's."""
    ruleset = ruleset_in(session)
    obligation = employer_request(ruleset, as_of)
    if obligation is None or obligation.due < as_of:
        obligation = employer_request(ruleset, dt.date(as_of.year + 1, 1, 1))
    if obligation is None:
        return None
    return AlertRow(key=f"q:{obligation.due.year}", rule=EMPLOYER_REQUEST, due=obligation.due,
                    days_left=(obligation.due - as_of).days, status=status_of(obligation.due, as_of),
                    rule_version=obligation.rule_version)


def _referral_rows(session: Session, actor: Actor, where: AlertFilter, as_of: dt.date) -> list[AlertRow]:
    if where.rule not in (None, REFERRAL_FOLLOW_UP):
        return []
    waiting = follow_ups(session, as_of)
    if not waiting:
        return []
    cases = _case_details(session, actor, where, case_ids={case_id for case_id, *_ in waiting})
    rows = []
    for case_id, referral_id, due, status in waiting:  # the status by the referral settings
        if (case := cases.get(case_id.hex)) is not None:
            rows.append(replace(case, key=f"r:{referral_id.hex}", rule=REFERRAL_FOLLOW_UP, due=due,
                                days_left=(due - as_of).days, status=status, referral_hex=referral_id.hex))
    return rows


def _service_rows(session: Session, actor: Actor, where: AlertFilter, as_of: dt.date) -> list[AlertRow]:
    """Planned services not given: due on their planned day, overdue the day after (RULES.md section 1)."""
    if where.rule not in (None, SERVICE_PLANNED):
        return []
    planned = waiting(session)
    if not planned:
        return []
    cases = _case_details(session, actor, where, case_ids={p.case_id for p in planned})
    return [replace(case, key=f"s:{p.service_id.hex}", rule=SERVICE_PLANNED, due=p.due,
                    days_left=(p.due - as_of).days, status=status_of(p.due, as_of), service=p.kind)
            for p in planned if (case := cases.get(p.case_id.hex)) is not None]


def _window_counts(rows: Iterable[AlertRow]) -> AlertCounts:
    counts: Counter = Counter()
    for row in rows:
        days = row.days_left
        counts["overdue"] += days < 0
        counts["today"] += days == 0
        counts["week"] += 0 <= days <= DUE_SOON_DAYS
        counts["month"] += 0 <= days <= MONTH_DAYS
    return AlertCounts(**counts)
