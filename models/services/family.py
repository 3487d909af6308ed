"""Families: links between persons, read from either side, and a child's birth registration.

A caseworker links two persons she may both see (the persons of her cases, or persons she recorded
who have no case yet); a supervisor, any two. A pair is linked once, whichever side it was recorded
from: a second link of the same two persons is refused, naming the first. Links are created, changed
and archived through a `Kind`, so every write is audited and can be undone like the other records.
A relative this user may not see is left out of the family she is shown.
"""
from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from models import minors
from models.changes import Changes, Done
from models.clock import today
from models.db import Database
from models.entities import BirthRegistration, Case, FamilyLink, Person, Relation, Role
from models.entities.family import inverse
from models.ids import CaseId, PersonId
from models.names import full_name
from models.schemas.case_file import ObligationOut
from models.schemas.family import BirthRegistrationIn, FamilyLinkIn, FamilyLinkOut, FamilyOut, RelativeOut
from models.schemas.persons import PersonIn, PersonOut
from models.schemas.validation import validate
from models.services import persons
from models.services.base import Actor, Kind, reading
from models.services.errors import FieldError, ValidationFailed
from models.services.permissions import check_person, require, visible_cases, visible_persons


def _the_pair(person_id: uuid.UUID, relative_id: uuid.UUID) -> Any:
    return or_(and_(FamilyLink.person_id == person_id, FamilyLink.relative_id == relative_id),
               and_(FamilyLink.person_id == relative_id, FamilyLink.relative_id == person_id))


def _guard(session: Session, actor: Actor, new: FamilyLinkIn | None, stored: FamilyLink | None) -> None:
    for link in (stored, new):
        if link is not None:
            check_person(session, actor, link.person_id)
            check_person(session, actor, link.relative_id)
    if new is None:
        return
    require(actor, Role.caseworker, Role.supervisor, doing="link family members")
    query = select(FamilyLink.id).where(_the_pair(new.person_id, new.relative_id), FamilyLink.archived_at.is_(None))
    if stored is not None:
        query = query.where(FamilyLink.id != stored.id)
    if session.scalar(query.limit(1)) is not None:
        raise ValidationFailed([FieldError.of("relative_id", "Relative", "family.duplicate")])


def _link_changed(link: FamilyLink) -> Changes:
    """Both persons' families change (each is shown the link from their side)."""
    return Changes(person=True, person_ids=frozenset({link.person_id, link.relative_id}))


FAMILY_LINK = Kind(FamilyLink, FamilyLinkIn, FamilyLinkOut, guard=_guard, changes=_link_changed)


def link(db: Database, actor: Actor, data: Any) -> Done[FamilyLinkOut]:
    """Link two persons: the relative is `relation` to the person."""
    return FAMILY_LINK.create(db, actor, data)


def update_link(db: Database, actor: Actor, link_id: uuid.UUID, expected_version: int,
                data: Any) -> Done[FamilyLinkOut]:
    return FAMILY_LINK.update(db, actor, link_id, expected_version, data)


def unlink(db: Database, actor: Actor, link_id: uuid.UUID, expected_version: int) -> Done[FamilyLinkOut]:
    """The link is archived (it stays in the file's history), as every record is."""
    return FAMILY_LINK.archive(db, actor, link_id, expected_version)


def record_birth_registration(db: Database, actor: Actor, person_id: PersonId, expected_version: int,
                              data: Any) -> Done[PersonOut]:
    """Whether the person's birth is registered (yes, no, unknown): a change of the person, audited and
    undoable as every change of a person is."""
    value = validate(BirthRegistrationIn, data).birth_registered
    with reading(db, actor) as session:
        stored = persons.PERSON.stored(session, actor, person_id)
        values = {name: getattr(stored, name) for name in PersonIn.model_fields}
    return persons.update_person(db, actor, person_id, expected_version, values | {"birth_registered": value})


def _case_of(session: Session, actor: Actor, person_ids: set[uuid.UUID]) -> dict[uuid.UUID, CaseId]:
    """Each person's most recent live case this actor may open."""
    if not person_ids:
        return {}
    rows = session.execute(select(Case.person_id, Case.id).where(
        Case.person_id.in_(person_ids), Case.archived_at.is_(None), visible_cases(actor))
        .order_by(Case.opened_on, Case.created_at))
    return {person_id: CaseId(case_id) for person_id, case_id in rows}  # the last one wins: the newest


def family_in(session: Session, actor: Actor, person_id: PersonId, on: dt.date | None = None) -> FamilyOut:
    """`family_of` inside a session the caller holds."""
    on = on or today()
    check_person(session, actor, person_id)
    person = session.get(Person, person_id)
    assert person is not None  # check_person found it
    links = list(session.scalars(select(FamilyLink).where(
        or_(FamilyLink.person_id == person_id, FamilyLink.relative_id == person_id),
        FamilyLink.archived_at.is_(None)).order_by(FamilyLink.created_at)))
    other_ids = {lk.relative_id if lk.person_id == person_id else lk.person_id for lk in links}
    relatives = {p.id: p for p in session.scalars(select(Person).where(
        Person.id.in_(other_ids), Person.archived_at.is_(None), visible_persons(actor)))} if other_ids else {}
    cases = _case_of(session, actor, set(relatives))
    shown = []
    for lk in links:
        mine = lk.person_id == person_id
        other = relatives.get(lk.relative_id if mine else lk.person_id)
        if other is None:
            continue
        shown.append(RelativeOut(
            link_id=lk.id, link_version=lk.version, person_id=PersonId(other.id),
            name=full_name(other.family_name, other.given_name, other.patronymic),
            relation=lk.relation if mine else inverse(lk.relation), birth_date=other.birth_date,
            birth_year=other.birth_year, minor=minors.is_minor(other.birth_date, other.birth_year, on),
            birth_registered=other.birth_registered, case_id=cases.get(other.id), note=lk.note))
    return FamilyOut(person_id=person_id, person_version=person.version,
                     minor=minors.is_minor(person.birth_date, person.birth_year, on),
                     birth_registered=person.birth_registered, relatives=shown, on=on)


def family_of(db: Database, actor: Actor, person_id: PersonId, on: dt.date | None = None) -> FamilyOut:
    """The person's relatives this actor may see, each relation read from the person's side, on `on` (today)."""
    with reading(db, actor) as session:
        return family_in(session, actor, person_id, on)


def guardians_in(session: Session, minor_id: uuid.UUID) -> set[uuid.UUID]:
    """The persons linked to the minor as a parent or guardian (from either side of the link)."""
    rows = session.execute(select(FamilyLink.person_id, FamilyLink.relative_id, FamilyLink.relation).where(
        or_(FamilyLink.person_id == minor_id, FamilyLink.relative_id == minor_id), FamilyLink.archived_at.is_(None)))
    found = set()
    for person_id, relative_id, relation in rows:
        seen_from_minor = relation if person_id == minor_id else inverse(relation)
        if seen_from_minor in (Relation.parent, Relation.guardian):
            found.add(relative_id if person_id == minor_id else person_id)
    return found



# --- what is due for a child ------------------------------------------------------------------

BIRTH_RULE = "child.birth_registration"
# The seeds say the Marriage and Family Code was amended "in December 2019" to register every child born in
# Kazakhstan whatever the parents' status [001:L106]; the day it took effect is not in them.
BIRTH_IN_FORCE = dt.date(2019, 12, 1)
_BIRTH_WORDS: dict[str, tuple[str, str, str]] = {
    "en": ("The child's birth is not registered: help the family register it and get a birth certificate. Since "
           "December 2019 every child born in Kazakhstan is registered, whatever the parents' status.",
           "Marriage and Family Code, as amended in December 2019 [001:L106]",
           "The month is from the migration profile [001:L106]; the day the amendments took effect is not verified."),
    "ru": ("Рождение ребёнка не зарегистрировано: помогите семье зарегистрировать рождение и получить свидетельство "
           "о рождении. С декабря 2019 года каждый ребёнок, родившийся в Казахстане, регистрируется независимо от "
           "статуса родителей.",
           "Кодекс о браке (супружестве) и семье, изменения декабря 2019 г. [001:L106]",
           "Месяц взят из миграционного профиля [001:L106]; день вступления изменений в силу не проверен."),
    "kk": ("Баланың туылуы тіркелмеген: отбасына туылуды тіркеуге және туу туралы куәлік алуға көмектесіңіз. "
           "2019 жылғы желтоқсаннан бастап Қазақстанда туған әрбір бала ата-анасының мәртебесіне қарамастан "
           "тіркеледі.",
           "Неке (ерлі-зайыптылық) және отбасы туралы кодекс, 2019 жылғы желтоқсандағы өзгерістер [001:L106]",
           "Ай көші-қон профилінен алынған [001:L106]; өзгерістердің күшіне енген күні тексерілмеген."),
}


def birth_registration_item(person: Person, on: dt.date, lang: str) -> ObligationOut | None:
    """For a minor whose birth is recorded as not registered: an item of the case, due now (registering the birth
    is what to do first for a child without documents). Nothing for an adult, or while it is unknown."""
    if person.birth_registered != BirthRegistration.no or not minors.is_minor(person.birth_date, person.birth_year, on):
        return None
    explanation, source, verification = _BIRTH_WORDS.get(lang, _BIRTH_WORDS["en"])
    return ObligationOut(rule=BIRTH_RULE, due=on, status="due_soon", days_left=0, explanation=explanation,
                         source=source, rule_version=f"{BIRTH_RULE}@{BIRTH_IN_FORCE.isoformat()}",
                         effective_from=BIRTH_IN_FORCE, verification=verification, reason=explanation)
