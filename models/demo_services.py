"""The demo office's services given and referrals received (issue 29), written through the services.

Some cases record who referred the person (an organisation of the directory, a hotline named in the
case, or the person came alone); some have services given, under way, planned, and planned but not
given by their day, so that a new user finds the alert `service.planned` overdue and due soon.
"""
from __future__ import annotations

import datetime as dt
import random
from collections import Counter

from sqlalchemy import select

from models.db import Database
from models.entities import Case, Role, User
from models.services import case_services, cases, directory
from models.services.base import Actor
from models.services.errors import ServiceError

# (organisation in the directory or None, name written in the case, how the person came)
SOURCES = (("IOM Almaty", None, "iom"), ("Rodnik", None, "ngo"), ("Sana Sezim", None, "ngo"),
           ("MIA Directorate for Combating Trafficking in Persons", None, "police"),
           (None, "Телефон доверия", "hotline"), (None, None, "self_referred"), (None, "Посольство", "embassy"))
WHY = ("Работодатель удерживает паспорт.", "Құжатсыз, тұрғын үйсіз қалды.", "Needs help to regularise the stay.",
       "Не выплачена зарплата за три месяца.", "Задержан при проверке, нужна юридическая помощь.")
# Each story: (service, provider kind or None for the office, days after opening or None, days from
# "today" it is planned for or None, outcome). A planned day before "today" without a given day: an alert.
STORIES = (
    (("shelter", "org", 2, None, "ongoing"), ("legal_aid", None, None, 5, None)),
    (("medical", "org", None, -6, None), ("psychological", None, 4, None, "completed")),
    (("legal_aid", None, 3, None, "completed"), ("return_reintegration", "org", None, 20, None)),
    (("shelter", "org", None, -2, None),),
    (("interpretation", None, 1, None, "completed"), ("documents", None, None, 2, None)),
)


def add_services_work(db: Database, as_of: dt.date, seed: int = 1) -> Counter[str]:
    """Referrals received and services in some of the demo's open cases (dated up to `as_of`)."""
    rng = random.Random(seed * 104729 + 29)
    made: Counter[str] = Counter()
    with db.reading() as session:
        users = {u.id: Actor.of(u) for u in session.scalars(select(User).where(User.archived_at.is_(None)))}
        found = session.execute(select(Case.id, Case.caseworker_id, Case.opened_on)
                                .where(Case.status != "closed", Case.archived_at.is_(None))
                                .order_by(Case.opened_on.desc(), Case.id)).all()  # the latest: this year's work
    supervisor = next((a for a in users.values() if Role.supervisor in a.roles), None)
    known = {o.name: o for o in directory.organisations(db, Actor.system())}
    if supervisor is None:
        return made
    for n, (case_id, caseworker_id, opened_on) in enumerate(found):
        actor = users.get(caseworker_id, supervisor) if caseworker_id is not None else supervisor
        try:
            if n % 3 == 0:
                _referred(db, actor, rng, case_id, opened_on, known, made)
            if n % 4 == 0 and made["cases with services"] < 80:
                _services(db, actor, rng, case_id, opened_on, as_of, STORIES[(n // 4) % len(STORIES)], known, made)
        except ServiceError:
            made["skipped"] += 1  # a case the story does not fit: left as it is
    return made


def _referred(db, actor, rng, case_id, opened_on, known, made) -> None:
    organisation, name, how = rng.choice(SOURCES)
    if organisation is not None and organisation not in known:
        organisation, name = None, organisation
    case = cases.get_case(db, actor, case_id)
    cases.update_case(db, actor, case_id, case.version, case.model_dump(include=set(cases.CaseIn.model_fields)) | {
        "referred_by_id": known[organisation].id if organisation else None, "referred_by_name": name,
        "referred_on": opened_on - dt.timedelta(days=rng.randint(0, 4)), "referred_how": how,
        "referred_why": rng.choice(WHY)})
    made["referred"] += 1


def _services(db, actor, rng, case_id, opened_on, as_of, story, known, made) -> None:
    providers = [o for o in known.values() if o.services]
    for kind, provider, given_after, planned_in, outcome in story:
        given_on = min(as_of, opened_on + dt.timedelta(days=given_after)) if given_after is not None else None
        planned_on = as_of + dt.timedelta(days=planned_in) if planned_in is not None else None
        if planned_on is not None and planned_on < opened_on:
            continue  # a case opened after the day it would have been planned for
        organisation = rng.choice(providers).id if provider and providers else None
        case_services.add_service(db, actor, {"case_id": case_id, "kind": kind, "organisation_id": organisation,
                                              "given_on": given_on, "planned_on": planned_on, "outcome": outcome})
        made["services"] += 1
        made["overdue"] += planned_on is not None and planned_on < as_of and given_on is None
    made["cases with services"] += 1
