"""The demo office's trafficking cases: screenings, consents and referrals in every state, as the services make them."""
from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import select

from models.clock import today
from models.demo import fill_demo
from models.demo_referrals import add_trafficking_work
from models.entities import Assessment, Consent, Referral, Screening
from models.services import follow_ups, referral_letters
from models.services.base import Actor


@pytest.fixture
def demo_db(db):
    """A 2,000-person demo office as `qamqor demo` makes it (as of today)."""
    fill_demo(db.engine, persons=2000, seed=1, as_of=today())
    made = add_trafficking_work(db, as_of=today(), seed=1)
    return db, made


def test_a_2000_person_demo_has_referrals_in_every_state(demo_db) -> None:
    db, made = demo_db
    with db.reading() as session:
        statuses = Counter(s.value for s in session.scalars(select(Referral.status)))
        screenings = session.scalar(select(Screening.id).limit(1))
        assessments = session.scalar(select(Assessment.id).limit(1))
        withdrawn = session.scalars(select(Consent).where(Consent.withdrawn_on.is_not(None))).all()
        found = follow_ups.follow_ups(session, today())
    assert set(statuses) == {"draft", "sent", "accepted", "rejected", "services_delivered", "closed", "revoked"}
    assert screenings is not None and assessments is not None and withdrawn
    # The alerts a supervisor opens on: follow-ups waiting, coming due and overdue.
    assert {f.status for f in found} == {"ok", "due_soon", "overdue"}
    assert made["referrals"] == sum(statuses.values())


def test_the_demo_letters_print(demo_db) -> None:
    db, _made = demo_db
    with db.reading() as session:
        sent = session.scalars(select(Referral).where(Referral.status == "sent")).first()
    made = referral_letters.make(db, Actor.system(), sent.id, "ru", output="preview")
    assert made.pdf.startswith(b"%PDF") and "identity" in made.parts
