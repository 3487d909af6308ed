"""Referral follow-ups: sent referrals still waiting for the organisation's answer.

Read by the alerts, the supervisor's dashboard and the case's referral list.
A module of its own, apart from `models.services.referrals`, so that reading
the alert list does not load the referral forms' schemas (0.2 s a command).
"""
from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.entities import Case, Referral, ReferralStatus
from models.ids import CaseId, ReferralId
from models.rules.dates import status_from_days_left
from models.services import settings
from models.services.base import Actor
from models.services.permissions import visible_cases

# Settings (the `settings` table): days after sending without an answer.
DUE_SOON_SETTING, OVERDUE_SETTING = settings.FOLLOW_UP_DUE_SOON, settings.FOLLOW_UP_OVERDUE
DEFAULT_DUE_SOON, DEFAULT_OVERDUE = settings.DEFAULTS[DUE_SOON_SETTING], settings.DEFAULTS[OVERDUE_SETTING]


class FollowUp(NamedTuple):
    """A sent referral still waiting for the organisation's answer."""

    case_id: CaseId
    referral_id: ReferralId
    due: dt.date  # the answer is overdue after this day
    status: str  # "ok", "due_soon" or "overdue", as for stay deadlines (RULES.md 1)


def follow_ups(session: Session, as_of: dt.date, actor: Actor | None = None) -> list[FollowUp]:
    """Every sent referral without an answer, soonest due first, with its follow-up status on `as_of`.

    `due = sent_on + 14 days` (setting `referral.follow_up_overdue_days`): overdue once `due < as_of`.
    Due soon from `sent_on + 7 days` (setting `referral.follow_up_due_soon_days`) on; with the defaults
    this is the usual "due within 7 days". With `actor`, only the cases that actor may see.
    """
    due_soon_days = int(settings.value(session, DUE_SOON_SETTING, DEFAULT_DUE_SOON))
    overdue_days = int(settings.value(session, OVERDUE_SETTING, DEFAULT_OVERDUE))
    query = (select(Referral.case_id, Referral.id, Referral.sent_on)
             .join(Case, Case.id == Referral.case_id)
             .where(Referral.status == ReferralStatus.sent, Referral.archived_at.is_(None),
                    Referral.sent_on.is_not(None), Case.archived_at.is_(None)))
    if actor is not None:
        query = query.where(visible_cases(actor))
    found = []
    for case_id, referral_id, sent_on in session.execute(query):
        assert sent_on is not None  # the query asks for sent referrals with a date
        due = sent_on + dt.timedelta(days=overdue_days)
        # Due soon from sent_on + due_soon_days on: that is, within (overdue - due soon) days of `due`.
        status = status_from_days_left((due - as_of).days, False, overdue_days - due_soon_days)
        found.append(FollowUp(CaseId(case_id), ReferralId(referral_id), due, status))
    return sorted(found, key=lambda f: (f.due, str(f.referral_id)))
