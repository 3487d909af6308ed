"""The demo office's trafficking work: screenings, assessments, consents and referrals in every state.

`models.demo` writes persons and cases as raw rows for speed; this part goes through the
services instead (a few dozen cases), so every referral has its reference, its events, its
consent and its audit entries exactly as a caseworker's clicks would leave them. Each
trafficking case gets one step further along than the one before, so that a new user finds
drafts, sent referrals waiting for an answer (fresh, due soon and overdue follow-ups),
accepted, rejected, delivered and closed ones, and a consent withdrawn with its referral revoked.
"""
from __future__ import annotations

import datetime as dt
import random
import uuid
from collections import Counter

from sqlalchemy import select

from models.db import Database
from models.entities import Case, User
from models.ids import CaseId
from models.schemas.trafficking import TraffickingFactsIn
from models.services import consent, directory, referrals, screening, trafficking_facts
from models.services.base import Actor
from models.services.errors import ServiceError

# How far each case gets, in turn: the case's story ends at the named step.
STORIES = ("screened", "assessed", "draft", "sent_fresh", "sent_due_soon", "sent_overdue", "accepted",
           "rejected", "delivered", "closed", "revoked", "sent_overdue", "accepted")
# Days before the demo's "today" a referral was sent, by story: the follow-up alert it shows.
SENT_DAYS_AGO = {"sent_fresh": 3, "sent_due_soon": 10, "sent_overdue": 24}
INDICATORS = ("deceived_about_job", "documents_taken", "wages_withheld", "debt_to_work_off", "forced_to_work",
              "violence", "threatened_with_authorities", "cannot_leave", "isolation", "excessive_hours",
              "no_contract", "left_without_means")
REASONS = ("Паспорт удерживает работодатель; нужна временная защита и юридическая помощь.",
           "Жұмыс беруші құжаттарын алып қойған, жалақы төленбеген.",
           "Was kept at a farm for three months without pay; needs shelter and medical care.")


def add_trafficking_work(db: Database, as_of: dt.date, seed: int = 1) -> Counter[str]:
    """Screen, assess, consent and refer in the demo's trafficking cases (dated up to `as_of`); what was made."""
    rng = random.Random(seed * 7919 + 11)
    made: Counter[str] = Counter()
    with db.reading() as session:
        users = {u.id: Actor.of(u) for u in session.scalars(select(User).where(User.archived_at.is_(None)))}
        supervisor = next((a for a in users.values() if "supervisor" in {r.value for r in a.roles}), None)
        cases = session.execute(select(Case.id, Case.caseworker_id, Case.opened_on)
                                .where(Case.category == "trafficking_survivor", Case.status != "closed",
                                       Case.archived_at.is_(None))
                                .order_by(Case.opened_on, Case.id)).all()
    offices = [o for o in directory.organisations(db, Actor.system()) if o.services]
    if not offices or supervisor is None:
        return made
    for n, (case_id, caseworker_id, opened_on) in enumerate(cases):
        actor = users.get(caseworker_id, supervisor) if caseworker_id is not None else supervisor
        story = STORIES[n % len(STORIES)]
        try:
            _one_case(db, actor, rng, case_id, opened_on, as_of, story, rng.choice(offices), made)
        except ServiceError:
            made["skipped"] += 1  # a case the story does not fit (opened too recently): left as it is
    return made


def _facts_as_assessed(db: Database, actor: Actor, case_id: CaseId) -> None:
    """The case's facts (models.demo_trafficking) say what the screening and the assessment found, as a
    caseworker would record them after the interview."""
    recorded = trafficking_facts.facts_of(db, actor, case_id)
    if recorded is None:
        return
    found = trafficking_facts.suggested(db, actor, case_id)
    trafficking_facts.save_facts(db, actor, recorded.model_dump(include=set(TraffickingFactsIn.model_fields)) | {
        "control": found.control or recorded.control, "identification": found.identification,
        "identified_on": found.identified_on}, expected_version=recorded.version)


def _one_case(db: Database, actor: Actor, rng: random.Random, case_id: uuid.UUID, opened_on: dt.date,
              as_of: dt.date, story: str, office, made: Counter[str]) -> None:
    sent_ago = SENT_DAYS_AGO.get(story, rng.randint(30, 60))
    # The steps' days, oldest first, none before the case was opened nor after "today".
    sent_on = max(opened_on, as_of - dt.timedelta(days=sent_ago))
    interviewed = max(opened_on, sent_on - dt.timedelta(days=rng.randint(2, 6)))
    consented = min(sent_on, interviewed + dt.timedelta(days=1))
    # A screening that led to a referral found something: two indicators at least are present.
    answers = [{"indicator": code, "answer": "yes" if n < 2 else rng.choice(("yes", "yes", "no", "unknown"))}
               for n, code in enumerate(rng.sample(INDICATORS, rng.randint(4, 9)))]
    screening.record_screening(db, actor, {"case_id": case_id, "interviewed_on": interviewed, "answers": answers,
                                           "interpreter": rng.choice((None, "Узбекский: Н. Каримова"))})
    made["screenings"] += 1
    if story == "screened":
        return
    outcome = rng.choice(("presumed_victim", "potential_victim"))
    screening.record_assessment(db, actor, {"case_id": case_id, "assessed_on": interviewed, "outcome": outcome,
                                            "assessed_by": "ngo",
                                            "reasoning": "Документы изъяты, оплата удерживается."})
    made["assessments"] += 1
    _facts_as_assessed(db, actor, CaseId(case_id))
    if story == "assessed":
        return
    shared = ["identity", "contact", "situation"] + (["documents"] if rng.random() < 0.5 else [])
    given = consent.record_consent(db, actor, {"case_id": case_id, "purpose": "share_data",
                                               "organisation_id": office.id, "scope": shared, "given_on": consented,
                                               "method": "verbal_with_witness",
                                               "witness": rng.choice(("Дана Серікқызы", "Ольга Ким"))}).value
    made["consents"] += 1
    services = rng.sample(list(office.services), min(len(office.services), rng.randint(1, 2)))
    draft = referrals.create_referral(db, actor, {"case_id": case_id, "organisation_id": office.id,
                                                  "services": services, "shared": shared,
                                                  "urgency": rng.choice(("routine", "urgent")),
                                                  "reason": rng.choice(REASONS)}).value
    made["referrals"] += 1
    if story == "draft":
        made["draft"] += 1
        return
    sent = referrals.send_referral(db, actor, draft.id, draft.version, {"sent_on": sent_on}).value
    if story.startswith("sent"):
        made["sent"] += 1
        return
    answered = min(as_of, sent_on + dt.timedelta(days=rng.randint(2, 9)))
    if story == "revoked":
        consent.withdraw_consent(db, actor, given.id, given.version,
                                 {"withdrawn_on": answered, "note": "Решила вернуться домой."})
        referrals.advance(db, actor, sent.id, sent.version, "revoked",
                          {"on": answered, "note": "The person withdrew her consent."})
        made["revoked"] += 1
        return
    if story == "rejected":
        referrals.advance(db, actor, sent.id, sent.version, "rejected",
                          {"on": answered, "note": "Нет свободных мест до конца месяца."})
        made["rejected"] += 1
        return
    step = referrals.advance(db, actor, sent.id, sent.version, "accepted", {"on": answered}).value
    if story == "accepted":
        made["accepted"] += 1
        return
    later = min(as_of, answered + dt.timedelta(days=rng.randint(3, 14)))
    step = referrals.advance(db, actor, step.id, step.version, "services_delivered", {"on": later}).value
    if story == "delivered":
        made["services_delivered"] += 1
        return
    referrals.advance(db, actor, step.id, step.version, "closed", {"on": later, "note": "Помощь оказана."})
    made["closed"] += 1
