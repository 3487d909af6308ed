"""A trafficking case with everything a letter could carry, and a referral of it to IOM Almaty."""
from __future__ import annotations

import datetime as dt

import pypdfium2
import pytest

from models.clock import today
from models.services import cases, consent, directory, persons, records, referrals, screening
from models.services.base import Actor


@pytest.fixture
def survivor(db, actor):
    person = persons.create_person(db, actor, {
        "family_name": "Юсупова", "given_name": "Гүлнора", "patronymic": "Рустамовна", "birth_date": "1994-03-07",
        "sex": "female", "citizenship": "UZB", "languages": "uz, ru", "phone": "+7 701 555 12 34",
        "address": "Алматы, Алмалинский район"}).value
    persons.add_document(db, actor, {"person_id": person.id, "kind": "passport", "number": "FA7654321",
                                     "issuing_country": "UZB", "expires_on": "2031-05-01"})
    records.add(db, actor, "stay", {"person_id": person.id, "entry_date": today() - dt.timedelta(days=40),
                                    "basis": "visa_free"})
    case = cases.open_case(db, actor, {"person_id": person.id, "category": "trafficking_survivor",
                                       "opened_on": today() - dt.timedelta(days=3), "sensitive": True}).value
    screening.record_assessment(db, actor, {"case_id": case.id, "assessed_on": today() - dt.timedelta(days=1),
                                            "outcome": "presumed_victim", "assessed_by": "ngo"})
    return person, case


@pytest.fixture
def iom(db, actor):
    return next(o for o in directory.organisations(db, actor) if o.name == "IOM Almaty")


def refer(db, actor, case, organisation, shared, consented, urgency="urgent", send=True):
    """A referral sharing `shared`, with a consent covering `consented` (none if empty), sent today."""
    if consented:
        consent.record_consent(db, actor, {
            "case_id": case.id, "purpose": "share_data", "organisation_id": organisation.id,
            "scope": list(consented), "given_on": today() - dt.timedelta(days=1), "method": "verbal_with_witness",
            "witness": "Дана Серікқызы"})
    draft = referrals.create_referral(db, actor, {
        "case_id": case.id, "organisation_id": organisation.id, "services": ["shelter", "legal_aid"],
        "urgency": urgency, "reason": "Работодатель забрал паспорт и три месяца не платил зарплату.",
        "shared": list(shared)}).value
    if not send:
        return draft
    return referrals.send_referral(db, actor, draft.id, draft.version, {"sent_on": today()}).value


def pdf_text(pdf: bytes) -> str:
    """Every page's text, as a reader's copy-and-paste would give it."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def system() -> Actor:
    return Actor.system()
