"""Planned services not given yet: what the alert list shows as `service.planned`.

A module of its own, apart from `models.services.case_services`, so that reading the alert list does not
load the services' schemas (as `models.services.follow_ups` is apart from the referrals).
"""
from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.entities import Case, CaseService, CaseStatus
from models.ids import CaseId, ServiceId
from models.services.base import Actor
from models.services.permissions import visible_cases


class Waiting(NamedTuple):
    """A planned service not given yet, for the alert list."""

    case_id: CaseId
    service_id: ServiceId
    kind: str
    due: dt.date


def waiting(session: Session, actor: Actor | None = None) -> list[Waiting]:
    """Every live planned service not given (and not declined or impossible) of a live case not closed."""
    query = (select(CaseService.case_id, CaseService.id, CaseService.kind, CaseService.planned_on)
             .join(Case, Case.id == CaseService.case_id)
             .where(CaseService.archived_at.is_(None), CaseService.planned_on.is_not(None),
                    CaseService.given_on.is_(None), CaseService.outcome.is_(None),
                    Case.archived_at.is_(None), Case.status != CaseStatus.closed))
    if actor is not None:
        query = query.where(visible_cases(actor))
    return [Waiting(CaseId(cid), ServiceId(sid), kind, due) for cid, sid, kind, due in session.execute(query)
            if due is not None]  # the query asks for planned ones
