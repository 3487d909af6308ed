"""Referrals: a case's request to an organisation of the directory, and its lifecycle (as in Primero).

    draft → sent → accepted | rejected (reason) → services delivered → closed, or revoked

Every step is dated and attributed (a `ReferralEvent`) and written to the audit
trail. A referral is sent only if a consent covers what it shares (see
`models.services.consent`); otherwise an emergency override needs a reason
and a permission, and is audited on its own.

Who may override: a supervisor, always; the case's assigned caseworker, for
a referral of urgency "emergency" (a person in danger at night cannot wait
for a supervisor). Everybody else is refused, and the refusal is audited.
Referrals waiting for an answer are read by `models.services.follow_ups`.
"""
from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import minors
from models.changes import Changes, Done
from models.clock import today
from models.db import Database
from models.entities import (
    Case,
    Consent,
    Organisation,
    Person,
    Referral,
    ReferralEvent,
    ReferralStatus,
    Role,
    Urgency,
)
from models.ids import CaseId, ConsentId, ReferralId
from models.names import full_name
from models.schemas.trafficking import (
    ReferralEventOut,
    ReferralIn,
    ReferralOut,
    SendIn,
    StepIn,
)
from models.schemas.validation import validate
from models.services import audit, family, settings
from models.services import consent as consents
from models.services.base import (
    Actor,
    archive,
    check_version,
    create,
    done,
    get_live,
    reading,
    update,
    writing,
)
from models.services.errors import FieldError, NotFound, PermissionDenied, Refused, ValidationFailed
from models.services.permissions import check_case, has, require, visible_cases

S = ReferralStatus
# The steps after sending, and the ones each status allows.
NEXT: dict[ReferralStatus, tuple[ReferralStatus, ...]] = {
    S.draft: (S.sent,),
    S.sent: (S.accepted, S.rejected, S.revoked),
    S.accepted: (S.services_delivered, S.closed, S.revoked),
    S.rejected: (S.closed,),
    S.services_delivered: (S.closed,),
    S.closed: (),
    S.revoked: (),
}
NEEDS_A_NOTE = {S.rejected: "referral.rejection_reason_required", S.revoked: "referral.revoke_reason_required"}

PREFIX_SETTING, DEFAULT_PREFIX = "referral.reference_prefix", "QMQ"


# --- drafts -------------------------------------------------------------------------------


def _guard(session: Session, actor: Actor, case_id: uuid.UUID, doing: str) -> None:
    check_case(session, actor, case_id)
    require(actor, Role.caseworker, Role.supervisor, doing=doing)


def _stored(session: Session, actor: Actor, referral_id: ReferralId, doing: str | None = None) -> Referral:
    referral = get_live(session, Referral, referral_id)
    if doing is None:
        check_case(session, actor, referral.case_id)
    else:
        _guard(session, actor, referral.case_id, doing)
    return referral


def next_reference(session: Session, year: int) -> str:
    """`QMQ-2026-0007`: the office's prefix (setting), the year, and a number counted within the year."""
    prefix = str(settings.value(session, PREFIX_SETTING, DEFAULT_PREFIX))
    stem = f"{prefix}-{year}-"
    last = session.scalar(select(func.max(Referral.reference)).where(Referral.reference.like(f"{stem}%")))
    number = int(last.removeprefix(stem)) + 1 if last and last.removeprefix(stem).isdigit() else 1
    return f"{stem}{number:04d}"


def _event(session: Session, referral: Referral, actor: Actor, on: dt.date, note: str | None = None) -> None:
    session.add(ReferralEvent(referral_id=referral.id, status=referral.status, on=on, by=actor.user_id, note=note))


def _done(session: Session, referral: Referral) -> Done[ReferralOut]:
    """A referral written: its case's referral tab changes (and the letters list, which reads referrals)."""
    return done(session, ReferralOut.model_validate(referral),
                Changes(referral=True, case_ids=frozenset({referral.case_id})))


def create_referral(db: Database, actor: Actor, data: Any) -> Done[ReferralOut]:
    """A draft referral from a case, with its reference number (what the letter will carry is `shared`)."""
    data = validate(ReferralIn, data)
    with writing(db, actor) as session:
        _guard(session, actor, data.case_id, "refer a person")
        get_live(session, Organisation, data.organisation_id)
        referral = create(session, Referral, data, actor, reference=next_reference(session, today().year))
        _event(session, referral, actor, today())
        return _done(session, referral)


def update_referral(db: Database, actor: Actor, referral_id: ReferralId, expected_version: int,
                    data: Any) -> Done[ReferralOut]:
    """Change a draft (a sent referral is not changed: revoke it and make a new one)."""
    data = validate(ReferralIn, data)
    with writing(db, actor) as session:
        referral = _stored(session, actor, referral_id, "change a referral")
        _guard(session, actor, data.case_id, "change a referral")
        if referral.status != S.draft or data.case_id != referral.case_id:
            raise Refused("referral.sent_no_change", reference=referral.reference)
        get_live(session, Organisation, data.organisation_id)
        return _done(session, update(session, referral, expected_version, data, actor))


def discard_draft(db: Database, actor: Actor, referral_id: ReferralId,
                  expected_version: int) -> Done[ReferralOut]:
    """A draft that will not be sent is archived (nothing is deleted)."""
    with writing(db, actor) as session:
        referral = _stored(session, actor, referral_id, "discard a referral")
        if referral.status != S.draft:
            raise Refused("referral.sent_no_archive", reference=referral.reference)
        return _done(session, archive(session, referral, expected_version, actor))


# --- sending: consent, or the emergency override ---------------------------------------------


def may_override(actor: Actor, case: Case, urgency: Urgency) -> bool:
    """A supervisor; or the case's assigned caseworker for an emergency."""
    if has(actor, Role.supervisor):
        return True
    return urgency == Urgency.emergency and case.caseworker_id is not None and case.caseworker_id == actor.user_id


@dataclass(frozen=True)
class ConsentCheck:
    """What sending on `on` would rely on; the dialog shows it before the caseworker confirms."""

    consent_id: ConsentId | None  # the covering consent, if any
    given_on: dt.date | None
    missing: list[str]  # shared parts no consent in force covers (all of them when no consent names the organisation)
    may_override: bool
    # A minor (on the day): sent only with a parent's or guardian's consent, or a best-interest reason.
    minor: bool = False
    guardian_consent: bool = False

    @property
    def covered(self) -> bool:
        return self.consent_id is not None


def _check(session: Session, actor: Actor, referral: Referral, on: dt.date) -> ConsentCheck:
    found = consents.covering(session, referral.case_id, referral.organisation_id, referral.shared, on)
    case = session.get(Case, referral.case_id)
    assert case is not None  # a referral's case is never deleted (archived at most)
    person = session.get(Person, case.person_id)
    minor = person is not None and minors.is_minor(person.birth_date, person.birth_year, on)
    if found is not None:
        by_guardian = minor and found.guardian_id is not None \
            and found.guardian_id in family.guardians_in(session, case.person_id)
        return ConsentCheck(ConsentId(found.id), found.given_on, [], may_override(actor, case, referral.urgency),
                            minor, by_guardian)
    best = consents.covering(session, referral.case_id, referral.organisation_id, [], on)
    missing = [p for p in referral.shared if best is None or p not in best.scope] or list(referral.shared)
    return ConsentCheck(None, None, missing, may_override(actor, case, referral.urgency), minor)


def consent_check(db: Database, actor: Actor, referral_id: ReferralId, on: dt.date | None = None) -> ConsentCheck:
    with reading(db, actor) as session:
        return _check(session, actor, _stored(session, actor, referral_id), on or today())


def send_referral(db: Database, actor: Actor, referral_id: ReferralId, expected_version: int,
                  data: Any) -> Done[ReferralOut]:
    """Mark the draft as sent on `sent_on`.

    Refused without a consent in force that covers the shared parts, unless
    `override_reason` is given by someone allowed to override (`may_override`);
    the override is written to the audit trail with its reason.
    """
    data = validate(SendIn, data)
    with writing(db, actor) as session:
        referral = _stored(session, actor, referral_id, "send a referral")
        check_version(referral, expected_version)
        if referral.status != S.draft:
            raise Refused("referral.already", reference=referral.reference, status=referral.status)
        check = _check(session, actor, referral, data.sent_on)
        if check.covered:
            referral.consent_id, referral.override_reason = check.consent_id, None
        elif data.override_reason is None:
            raise Refused("referral.no_consent_override" if check.may_override else "referral.no_consent",
                          day=data.sent_on, parts=check.missing or ["the referral itself"])
        elif not check.may_override:
            raise PermissionDenied("referral.override_refused", action="override consent", entity="referrals",
                                   record_id=referral.id)
        else:
            referral.consent_id, referral.override_reason = None, data.override_reason
            audit.record(session, actor.user_id, "consent_override", "referrals", referral.id,
                         reason=data.override_reason, urgency=referral.urgency, shared=list(referral.shared),
                         missing=check.missing)
        _minor_allowed(session, referral, data.sent_on, data.best_interest_reason)
        referral.status, referral.sent_on, referral.updated_by = S.sent, data.sent_on, actor.user_id
        session.flush()
        _event(session, referral, actor, data.sent_on, data.override_reason and "emergency override")
        audit.record(session, actor.user_id, "send", "referrals", referral.id, sent_on=data.sent_on,
                     consent_id=referral.consent_id, shared=list(referral.shared),
                     **({"best_interest_reason": referral.best_interest_reason}
                        if referral.best_interest_reason else {}))
        return _done(session, referral)


def _minor_allowed(session: Session, referral: Referral, on: dt.date, best_interest_reason: str | None) -> None:
    """A minor's referral (a person under 18 on `on`, models.minors) is sent with a consent given by a parent
    or guardian linked to the child, or with a recorded best-interest reason; refused otherwise, in words."""
    case = session.get(Case, referral.case_id)
    person = session.get(Person, case.person_id) if case is not None else None
    if person is None or not minors.is_minor(person.birth_date, person.birth_year, on):
        referral.best_interest_reason = None
        return
    consent = consent_of(session, referral)
    if consent is not None and consent.guardian_id is not None \
            and consent.guardian_id in family.guardians_in(session, person.id):
        referral.best_interest_reason = best_interest_reason
        return
    if best_interest_reason is None:
        raise Refused("referral.minor_needs_guardian", name=full_name(person.family_name, person.given_name))
    referral.best_interest_reason = best_interest_reason


# --- the later steps -----------------------------------------------------------------------


def advance(db: Database, actor: Actor, referral_id: ReferralId, expected_version: int, status: ReferralStatus | str,
            data: Any) -> Done[ReferralOut]:
    """Record the next step: accepted, rejected (with its reason), services delivered, closed, revoked."""
    status = ReferralStatus(status)
    data = validate(StepIn, data)
    with writing(db, actor) as session:
        referral = _stored(session, actor, referral_id, "record a referral's progress")
        check_version(referral, expected_version)
        if status == S.sent:
            raise Refused("referral.send_with_consent")
        if status not in NEXT[referral.status]:
            raise Refused("referral.next_status", reference=referral.reference, status=referral.status,
                          allowed=list(NEXT[referral.status]) or ["nothing"], wanted=status)
        if status in NEEDS_A_NOTE and not data.note:
            raise ValidationFailed([FieldError.of("note", "Note", NEEDS_A_NOTE[status])])
        if referral.sent_on is not None and data.on < referral.sent_on:
            raise ValidationFailed([FieldError.of("on", "Date", "referral.before_sent", day=referral.sent_on)])
        if data.service_ids and status != S.services_delivered:
            raise ValidationFailed([FieldError.of("service_ids", "Services", "service.delivered_only")])
        before = referral.status
        referral.status, referral.updated_by = status, actor.user_id
        if status in (S.accepted, S.rejected):
            referral.answered_on = data.on
        if status == S.rejected:
            referral.rejection_reason = data.note
        session.flush()
        _event(session, referral, actor, data.on, data.note)
        audit.record(session, actor.user_id, "change", "referrals", referral.id,
                     changes={"status": [before.value, status.value]}, on=data.on, note=data.note)
        if data.service_ids:
            from models.services.case_services import link_delivered

            link_delivered(session, actor, referral, data.service_ids)
            return done(session, ReferralOut.model_validate(referral),
                        Changes(referral=True, services=True, case_ids=frozenset({referral.case_id})))
        return _done(session, referral)


# --- reading ---------------------------------------------------------------------------------


def get_referral(db: Database, actor: Actor, referral_id: ReferralId) -> ReferralOut:
    with reading(db, actor) as session:
        return ReferralOut.model_validate(_stored(session, actor, referral_id))


def referrals_of(db: Database, actor: Actor, case_id: CaseId) -> list[ReferralOut]:
    """The live referrals of a case, newest first."""
    with reading(db, actor) as session:
        return referrals_in(session, actor, case_id)


def referrals_in(session: Session, actor: Actor, case_id: CaseId) -> list[ReferralOut]:
    """`referrals_of` inside a session the caller holds (one read for a whole screen)."""
    check_case(session, actor, case_id)
    rows = session.scalars(select(Referral).where(Referral.case_id == case_id, Referral.archived_at.is_(None))
                           .order_by(Referral.created_at.desc()))
    return [ReferralOut.model_validate(row) for row in rows]


def events_of(db: Database, actor: Actor, referral_id: ReferralId) -> list[ReferralEventOut]:
    """The referral's history, oldest step first."""
    with reading(db, actor) as session:
        _stored(session, actor, referral_id)
        rows = session.scalars(select(ReferralEvent).where(ReferralEvent.referral_id == referral_id)
                               .order_by(ReferralEvent.at, ReferralEvent.on))
        return [ReferralEventOut.model_validate(row) for row in rows]


def consent_of(session: Session, referral: Referral) -> Consent | None:
    return session.get(Consent, referral.consent_id) if referral.consent_id else None


def find_by_reference(db: Database, actor: Actor, reference: str) -> ReferralOut:
    """The referral with this reference number (as printed on its letter, e.g. QMQ-2026-0007)."""
    with reading(db, actor) as session:
        found = session.scalar(select(Referral).where(Referral.reference == reference.strip().upper()))
        if found is None or found.archived_at is not None:
            raise NotFound("referral.not_found", reference=reference)
        check_case(session, actor, found.case_id)
        return ReferralOut.model_validate(found)


@dataclass(frozen=True)
class ReferralRow:
    """A referral in a list across cases (printing many letters at once)."""

    referral_id: ReferralId
    case_id: CaseId
    reference: str
    person: str
    organisation: str
    status: ReferralStatus
    urgency: Urgency
    sent_on: dt.date | None


def referral_rows(db: Database, actor: Actor, statuses: tuple[ReferralStatus, ...] = (S.sent, S.accepted),
                  limit: int = 2000) -> list[ReferralRow]:
    """The live referrals of the cases `actor` may see, in these statuses, most recently sent first."""
    query = (select(Referral.id, Referral.case_id, Referral.reference, Person.family_name, Person.given_name,
                    Organisation.name, Referral.status, Referral.urgency, Referral.sent_on)
             .join(Case, Case.id == Referral.case_id).join(Person, Person.id == Case.person_id)
             .join(Organisation, Organisation.id == Referral.organisation_id)
             .where(Referral.archived_at.is_(None), Case.archived_at.is_(None), Referral.status.in_(statuses),
                    visible_cases(actor))
             .order_by(Referral.sent_on.desc(), Referral.reference.desc()).limit(limit))
    with reading(db, actor) as session:
        return [ReferralRow(ReferralId(rid), CaseId(cid), ref, f"{family} {given}", org, status, urgency, sent)
                for rid, cid, ref, family, given, org, status, urgency, sent in session.execute(query)]
