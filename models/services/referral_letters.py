"""Referral letters: what a letter may carry (only what the consent covers), made into PDF, audited.

Which parts of the case a letter prints:
- a draft: the shared parts that a consent in force today covers (the preview is marked DRAFT);
- a sent referral: the shared parts its consent covers, while that consent is in force; once the
  person withdraws it, the letter is refused (revoke the referral instead);
- a referral sent under the emergency override: the shared parts, as the override allowed;
- a revoked referral: no letter.

Every letter made is written to the audit trail: "view" for a preview on screen, "print" for
paper, "export" for a file, with the parts of the case it carried.
"""
from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.clock import today
from models.db import Database
from models.entities import (
    Assessment,
    Case,
    IdentityDocument,
    Organisation,
    Permit,
    Person,
    Referral,
    ReferralStatus,
    Role,
    Stay,
    User,
)
from models.ids import PersonId, ReferralId
from models.letters import referral as layout
from models.services import audit, deadlines, directory, settings
from models.services import consent as consents
from models.services.base import Actor, get_live, reading, writing
from models.services.errors import Refused
from models.services.follow_ups import DEFAULT_DUE_SOON, DUE_SOON_SETTING
from models.services.permissions import check_case, require
from models.services.referrals import consent_of

Output = Literal["preview", "print", "file"]
AUDIT_ACTIONS: dict[str, str] = {"preview": "view", "print": "print", "file": "export"}


def _parts(session: Session, referral: Referral, on: dt.date) -> tuple[list[str], dt.date | None]:
    """The shared parts the letter may print on `on`, and the date of the consent that allows them."""
    if referral.status == ReferralStatus.revoked:
        raise Refused("letter.revoked", reference=referral.reference)
    if referral.status == ReferralStatus.draft:
        found = (consents.covering(session, referral.case_id, referral.organisation_id, referral.shared, on)
                 or consents.covering(session, referral.case_id, referral.organisation_id, [], on))
        if found is None:
            return [], None
        parts = [p for p in referral.shared if p in found.scope]
        return parts, found.given_on if parts else None
    if referral.override_reason is not None and referral.consent_id is None:
        return list(referral.shared), None
    given = consent_of(session, referral)
    if given is None:
        raise Refused("letter.no_consent", reference=referral.reference)
    if not consents.in_force(given, on):
        raise Refused("letter.consent_withdrawn", reference=referral.reference, day=given.withdrawn_on or on)
    return [p for p in referral.shared if p in given.scope], given.given_on


def _party(record: Organisation | User | None, fallback: str = "") -> layout.Party:
    if record is None:
        return layout.Party(fallback)
    if isinstance(record, User):
        return layout.Party(record.full_name, phone=record.phone, email=record.email)
    return layout.Party(record.name, record.address, record.phone, record.email, record.website,
                        directory.names_of(record.name))


def _migration(db: Database, actor: Actor, session: Session, person: Person, on: dt.date) -> layout.Migration:
    stays = session.scalars(select(Stay).where(Stay.person_id == person.id, Stay.archived_at.is_(None),
                                               Stay.entry_date <= on).order_by(Stay.entry_date.desc()))
    current = next((s for s in stays if s.exit_date is None or s.exit_date >= on), None)
    permits = session.scalars(select(Permit).where(Permit.person_id == person.id, Permit.archived_at.is_(None),
                                                   Permit.valid_from <= on).order_by(Permit.valid_from))
    valid = tuple(layout.Permit(p.kind.value, p.number, p.valid_to) for p in permits
                  if p.valid_to is None or p.valid_to >= on)
    if current is None:
        return layout.Migration(False, permits=valid)
    latest_exit = deadlines.evaluation_of(db, actor, PersonId(person.id), as_of=on).stay.latest_exit
    return layout.Migration(True, current.entry_date, current.basis.value, latest_exit, valid)


def letterhead(session: Session) -> layout.Party | None:
    """The office's name and contacts as its letters (and reports) print them; None until they are set."""
    office = directory.office_in(session)
    if office is None:
        return None
    names = tuple((lang, name) for lang, name in (("kk", office.name_kk), ("ru", office.name_ru),
                                                   ("en", office.name_en)) if name)
    addresses = tuple((lang, text) for lang, text in (("kk", office.address_kk), ("ru", office.address_ru),
                                                       ("en", office.address_en)) if text)
    return layout.Party(office.name, office.address, office.phone, office.email, office.website, names, addresses)


def content(db: Database, actor: Actor, referral_id: ReferralId, on: dt.date | None = None) -> layout.ReferralLetter:
    """What the letter of this referral carries on `on` (today), limited to what the consent covers."""
    on = on or today()
    with reading(db, actor) as session:
        referral = get_live(session, Referral, referral_id)
        check_case(session, actor, referral.case_id)
        require(actor, Role.caseworker, Role.supervisor, doing="print a referral letter")
        parts, consent_given_on = _parts(session, referral, on)
        case = session.get(Case, referral.case_id)
        assert case is not None  # a referral's case is never deleted (archived at most)
        person = session.get(Person, case.person_id)
        assert person is not None  # nor is a case's person
        caseworker = session.get(User, case.caseworker_id or referral.created_by) \
            if (case.caseworker_id or referral.created_by) else None
        office = letterhead(session)
        identity: layout.Identity | None = None
        if "identity" in parts:
            latin = " ".join(filter(None, (person.family_name_latin, person.given_name_latin)))
            languages = tuple(code.strip() for code in (person.languages or "").split(",") if code.strip())
            identity = layout.Identity(
                person.family_name, person.given_name, person.patronymic, latin, person.birth_date, person.birth_year,
                person.sex.value, person.citizenship, languages)
        documents: tuple[layout.Document, ...] | None = None
        if "documents" in parts:
            found_documents = session.scalars(select(IdentityDocument).where(
                IdentityDocument.person_id == person.id, IdentityDocument.archived_at.is_(None))
                .order_by(IdentityDocument.issued_on.desc()))
            documents = tuple(layout.Document(d.kind.value, d.number, d.issuing_country, d.issued_on,
                                              d.expires_on) for d in found_documents)
        contact = layout.Contact(person.phone, person.address) if "contact" in parts else None
        migration = _migration(db, actor, session, person, on) if "migration" in parts else None
        assessment: layout.AssessmentLine | None = None
        if "assessment" in parts:
            latest = session.scalars(select(Assessment).where(Assessment.case_id == case.id,
                                                              Assessment.archived_at.is_(None))
                                     .order_by(Assessment.assessed_on.desc(), Assessment.created_at.desc())).first()
            if latest is not None:
                assessment = layout.AssessmentLine(latest.outcome.value, latest.assessed_by.value,
                                                   latest.assessor, latest.assessed_on)
        situation = referral.reason if "situation" in parts and referral.reason else None
        return layout.ReferralLetter(
            reference=referral.reference, dated=referral.sent_on or on, draft=referral.status == ReferralStatus.draft,
            recipient=_party(session.get(Organisation, referral.organisation_id)),
            services=tuple(referral.services), urgency=referral.urgency.value,
            caseworker=_party(caseworker), reply_days=int(settings.value(session, DUE_SOON_SETTING, DEFAULT_DUE_SOON)),
            consent_given_on=consent_given_on,
            override=referral.consent_id is None and referral.override_reason is not None,
            office=office, identity=identity, documents=documents, contact=contact, migration=migration,
            assessment=assessment, situation=situation)


def record_output(db: Database, actor: Actor, referral_id: ReferralId, lang: str, output: Output,
                  parts: Sequence[str]) -> None:
    """Write to the audit trail that a letter was shown, printed or saved, with what it carried."""
    with writing(db, actor) as session:
        referral = get_live(session, Referral, referral_id)
        check_case(session, actor, referral.case_id)
        audit.record(session, actor.user_id, AUDIT_ACTIONS[output], "referrals", referral.id, letter=True,
                     lang=lang, parts=list(parts), reference=referral.reference)


@dataclass(frozen=True)
class Made:
    """A letter made: its PDF, and the parts of the case it carries (for the audit of a later print)."""

    pdf: bytes
    parts: list[str]


def make(db: Database, actor: Actor, referral_id: ReferralId, lang: layout.Language = "ru",
         output: Output = "file", on: dt.date | None = None) -> Made:
    """The referral letter in `lang`, audited as `output` ("preview", "print" or "file")."""
    made = content(db, actor, referral_id, on)
    pdf = layout.render(made, lang)
    record_output(db, actor, referral_id, lang, output, made.parts)
    return Made(pdf, made.parts)


def letter(db: Database, actor: Actor, referral_id: ReferralId, lang: layout.Language = "ru",
           output: Output = "file", on: dt.date | None = None) -> bytes:
    """The referral letter as PDF bytes in `lang`; audited as `output` ("preview", "print" or "file")."""
    return make(db, actor, referral_id, lang, output, on).pdf


def letters(db: Database, actor: Actor, referral_ids: Sequence[uuid.UUID], lang: layout.Language = "ru",
            output: Output = "print", progress: Callable[[int, int], None] | None = None) -> list[bytes]:
    """Several letters (one PDF each), reporting `progress(done, total)` after each; the first refusal
    (a withdrawn consent, a revoked referral) stops the run and names the referral."""
    made = []
    for done, referral_id in enumerate(referral_ids, start=1):
        made.append(letter(db, actor, ReferralId(referral_id), lang, output))
        if progress is not None:
            progress(done, len(referral_ids))
    return made
