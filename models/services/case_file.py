"""A case file as the case view shows it: one service call, one read, one typed answer (`CaseFileOut`).

Before, the view made seven or eight calls, each its own transaction (and `get_case` a write
transaction), so a case could change between two of them and the view showed a mix. Here one
read session reads it all; opening a sensitive case is recorded in a short write of its own
after the read (a read never waits behind a save for the write lock).
"""
from __future__ import annotations

from sqlalchemy.orm import Session

from models.clock import today
from models.db import Database
from models.entities import Person, Setting
from models.ids import CaseId, OrganisationId, PersonId
from models.schemas.case_file import CaseFileOut, DeadlinesOut, FollowUpOut, TraffickingOut
from models.schemas.cases import CaseOut
from models.schemas.trafficking import OrganisationOut
from models.services import (
    audit,
    cases,
    consent,
    deadlines,
    directory,
    family,
    persons,
    records,
    referrals,
    screening,
)
from models.services import settings as office_settings
from models.services.base import Actor, get_live, reading, writing
from models.services.follow_ups import follow_ups


def deadlines_of(db: Database, actor: Actor, person_id: PersonId, lang: str) -> DeadlinesOut:
    """The person's deadlines alone (the print-out, the screenshots)."""
    with reading(db, actor) as session:
        return deadlines.deadlines_out(deadlines.evaluation_in(session, actor, person_id), lang)


def _organisations(session: Session, named: set[OrganisationId | None]) -> dict[OrganisationId, OrganisationOut]:
    from sqlalchemy import select

    from models.entities import Organisation

    found = {OrganisationId(o.id): OrganisationOut.model_validate(o) for o in session.scalars(
        select(Organisation).where(Organisation.archived_at.is_(None)).order_by(Organisation.name))}
    for organisation_id in named - set(found) - {None}:  # archived from the directory since
        assert organisation_id is not None
        found[organisation_id] = OrganisationOut.model_validate(get_live(session, Organisation, organisation_id))
    return found


def trafficking_in(session: Session, actor: Actor, case: CaseOut) -> TraffickingOut:
    """The trafficking tab of `case`, inside a session the caller holds."""
    found_referrals = referrals.referrals_in(session, actor, case.id)
    found_consents = consent.consents_in(session, actor, case.id)
    on = today()
    waiting = {f.referral_id: FollowUpOut(case_id=f.case_id, referral_id=f.referral_id, due=f.due, status=f.status)
               for f in follow_ups(session, on, actor) if f.case_id == case.id}
    named = {r.organisation_id for r in found_referrals} | {c.organisation_id for c in found_consents}
    return TraffickingOut(case_id=case.id, caseworker_id=case.caseworker_id,
                          screenings=screening.screenings_in(session, actor, case.id),
                          assessments=screening.assessments_in(session, actor, case.id),
                          consents=found_consents, referrals=found_referrals,
                          organisations=_organisations(session, named),
                          attachments=cases.attachments_in(session, actor, case.id), follow_ups=waiting, today=on,
                          guardians={r.person_id: r.name for r in family.family_in(session, actor, case.person_id, on)
                                     .relatives if r.relation in ("parent", "guardian")})


def trafficking_of(db: Database, actor: Actor, case_id: CaseId) -> TraffickingOut:
    """The trafficking tab alone (it reloads after its own writes)."""
    _seeded(db)
    with reading(db, actor) as session:
        return trafficking_in(session, actor, CaseOut.model_validate(cases.CASE.stored(session, actor, case_id)))


def _seeded_in(session: Session) -> bool:
    """Whether the directory's seed list is in this database (it is added once, by a write)."""
    row = session.get(Setting, directory.SEED_SETTING)
    return row is not None and int(str(row.value)) >= directory.seed_list()[0]


def _seeded(db: Database) -> None:
    with db.reading() as session:
        current = _seeded_in(session)
    if not current:
        directory.ensure_seeded(db)


def _with_family_items(found: DeadlinesOut, person: Person | None, lang: str) -> DeadlinesOut:
    """The person's deadlines, with a minor's unregistered birth first (issue 29): what is due for a child."""
    item = family.birth_registration_item(person, today(), lang) if person is not None else None
    return found if item is None else found.model_copy(update={"items": [item, *found.items]})


def case_file(db: Database, actor: Actor, case_id: CaseId, lang: str = "en") -> CaseFileOut:
    """Everything the case view shows, read in one session, explained in `lang` (en, ru or kk)."""
    with reading(db, actor) as session:
        seeded = _seeded_in(session)
        stored = cases.CASE.stored(session, actor, case_id)  # refused (and audited) if not the actor's to see
        case = CaseOut.model_validate(stored)
        person_id = case.person_id
        prefix = str(office_settings.value(session, cases.CASE_PREFIX_SETTING, cases.DEFAULT_PREFIX))
        found = CaseFileOut(
            case=case, number=cases.case_number(prefix, case.opened_on, case.id),
            person=persons.PERSON.output.model_validate(persons.PERSON.stored(session, actor, person_id)),
            documents=persons.documents_in(session, actor, person_id),
            records=records.records_in(session, actor, person_id),
            deadlines=_with_family_items(deadlines.deadlines_out(deadlines.evaluation_in(session, actor, person_id),
                                                                 lang), session.get(Person, person_id), lang),
            notes=cases.notes_in(session, actor, case.id),
            attachments=cases.attachments_in(session, actor, case.id),
            trafficking=trafficking_in(session, actor, case),
        )
    if case.sensitive:  # who opened a sensitive case, and when: its own short transaction
        with writing(db, actor) as session:
            audit.record(session, actor.user_id, "view", "cases", case.id)
    if not seeded:  # a new database's first case: the directory is added, and the tab read again with it
        found = found.model_copy(update={"trafficking": trafficking_of(db, actor, case_id)})
    return found
