"""Informed consent: recorded per purpose, for named parts of the case, withdrawable at any time.

A referral may share a part of the case only if a consent "to share data"
with the referral's organisation covers it on the day (given on or before,
not withdrawn). Consents are never edited: a correction is a withdrawal and
a new consent, so that the file shows what the person agreed to when.
"""
from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from models.changes import Changes, Done
from models.db import Database
from models.entities import Attachment, Consent, ConsentPurpose, Organisation, Referral, ReferralStatus, Role
from models.ids import CaseId, ConsentId
from models.schemas.trafficking import ConsentIn, ConsentOut, WithdrawalIn
from models.schemas.validation import validate
from models.services import audit
from models.services.base import Actor, check_version, create, done, get_live, reading, writing
from models.services.errors import FieldError, Refused, ValidationFailed
from models.services.permissions import check_case, require


def covering(session: Session, case_id: uuid.UUID, organisation_id: uuid.UUID, parts: Iterable[str],
             on: dt.date) -> Consent | None:
    """The most recent consent in force on `on` to share `parts` of the case with the organisation."""
    wanted = set(parts)
    rows = session.scalars(
        select(Consent).where(Consent.case_id == case_id, Consent.purpose == ConsentPurpose.share_data,
                              Consent.organisation_id == organisation_id, Consent.archived_at.is_(None),
                              Consent.given_on <= on,
                              or_(Consent.withdrawn_on.is_(None), Consent.withdrawn_on > on))
        .order_by(Consent.given_on.desc(), Consent.created_at.desc()))
    return next((c for c in rows if wanted <= set(c.scope)), None)


def in_force(consent: Consent, on: dt.date) -> bool:
    return (consent.archived_at is None and consent.given_on <= on
            and (consent.withdrawn_on is None or consent.withdrawn_on > on))


def record_consent(db: Database, actor: Actor, data: Any) -> Done[ConsentOut]:
    """Record a consent; `taken_by` defaults to the person recording it."""
    data = validate(ConsentIn, data)
    with writing(db, actor) as session:
        check_case(session, actor, data.case_id)
        require(actor, Role.caseworker, Role.supervisor, doing="record consent")
        if data.organisation_id is not None:
            get_live(session, Organisation, data.organisation_id)
        if data.attachment_id is not None:
            attachment = get_live(session, Attachment, data.attachment_id)
            if attachment.case_id != data.case_id:
                raise ValidationFailed([FieldError.of("attachment_id", "Attachment", "consent.attachment_foreign")])
        if data.guardian_id is not None:
            _check_guardian(session, data.case_id, data.guardian_id)
        if data.taken_by is None:
            data = data.model_copy(update={"taken_by": actor.user_id})
        return done(session, ConsentOut.model_validate(create(session, Consent, data, actor)),
                    Changes(referral=True, case_ids=frozenset({data.case_id})))


def _check_guardian(session: Session, case_id: uuid.UUID, guardian_id: uuid.UUID) -> None:
    """The consent's guardian must be linked to the case's person as a parent or guardian."""
    from models.entities import Case
    from models.services.family import guardians_in

    case = session.get(Case, case_id)
    if case is None or guardian_id not in guardians_in(session, case.person_id):
        raise ValidationFailed([FieldError.of("guardian_id", "Given by (parent or guardian)",
                                              "consent.guardian_not_linked")])


@dataclass(frozen=True)
class Withdrawal:
    consent: ConsentOut
    # Referrals that relied on this consent and are still under way: the caseworker should revoke them
    # (the organisation already has the letter), and their letters can no longer be printed.
    referrals_to_revoke: list[str]  # their reference numbers


def withdraw_consent(db: Database, actor: Actor, consent_id: ConsentId, expected_version: int,
                     data: Any) -> Done[Withdrawal]:
    """The person withdraws a consent (from `withdrawn_on` on); audited like every change."""
    data = validate(WithdrawalIn, data)
    with writing(db, actor) as session:
        consent = get_live(session, Consent, consent_id)
        check_case(session, actor, consent.case_id)
        require(actor, Role.caseworker, Role.supervisor, doing="record the withdrawal of consent")
        check_version(consent, expected_version)
        if consent.withdrawn_on is not None:
            raise Refused("consent.already_withdrawn", day=consent.withdrawn_on)
        if data.withdrawn_on < consent.given_on:
            raise ValidationFailed([FieldError.of("withdrawn_on", "Withdrawn on", "consent.withdrawn_before",
                                                  day=consent.given_on)])
        consent.withdrawn_on, consent.withdrawal_note = data.withdrawn_on, data.note
        consent.updated_by = actor.user_id
        session.flush()
        audit.record(session, actor.user_id, "withdraw", "consents", consent.id,
                     withdrawn_on=data.withdrawn_on, note=data.note)
        under_way = (ReferralStatus.sent, ReferralStatus.accepted)
        references = list(session.scalars(
            select(Referral.reference).where(Referral.consent_id == consent.id, Referral.status.in_(under_way),
                                             Referral.archived_at.is_(None)).order_by(Referral.reference)))
        return done(session, Withdrawal(ConsentOut.model_validate(consent), references),
                    Changes(referral=True, case_ids=frozenset({consent.case_id})))


def consents_of(db: Database, actor: Actor, case_id: CaseId) -> list[ConsentOut]:
    """Every consent of the case, withdrawn ones included, newest first."""
    with reading(db, actor) as session:
        return consents_in(session, actor, case_id)


def consents_in(session: Session, actor: Actor, case_id: CaseId) -> list[ConsentOut]:
    """`consents_of` inside a session the caller holds (one read for a whole screen)."""
    check_case(session, actor, case_id)
    rows = session.scalars(select(Consent).where(Consent.case_id == case_id, Consent.archived_at.is_(None))
                           .order_by(Consent.given_on.desc(), Consent.created_at.desc()))
    return [ConsentOut.model_validate(row) for row in rows]
