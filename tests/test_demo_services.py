"""The demo office's services and referrals received: some cases with services, some overdue, some referred."""
from __future__ import annotations

from sqlalchemy import func, select

from models.clock import today
from models.demo import fill_demo
from models.demo_services import add_services_work
from models.entities import Case, CaseService
from models.services import alerts
from models.services.alerts import SERVICE_PLANNED, AlertFilter
from models.services.base import Actor


def test_a_demo_office_has_services_given_planned_and_overdue_and_referrals_received(db) -> None:
    fill_demo(db.engine, persons=200, seed=1, as_of=today())
    made = add_services_work(db, as_of=today(), seed=1)
    with db.reading() as session:
        services = session.scalar(select(func.count()).select_from(CaseService))
        with_services = session.scalar(select(func.count(func.distinct(CaseService.case_id))))
        referred = session.scalar(select(func.count()).where(Case.referred_how.is_not(None)))
        by_directory = session.scalar(select(func.count()).where(Case.referred_by_id.is_not(None)))
    assert services == made["services"] and with_services == made["cases with services"] >= 20
    assert referred == made["referred"] >= 30 and by_directory > 0
    late = alerts.alerts(db, Actor.system(), AlertFilter(window="overdue", rule=SERVICE_PLANNED))
    coming = alerts.alerts(db, Actor.system(), AlertFilter(window="week", rule=SERVICE_PLANNED))
    assert len(late) == made["overdue"] > 0 and coming
