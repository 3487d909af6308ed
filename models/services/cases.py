"""Cases, their notes and their attachments."""
from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import String, and_, func, select, type_coerce
from sqlalchemy.orm import Session

from models import minors
from models.changes import Changes, Done
from models.clock import today
from models.db import Database
from models.entities import (
    Attachment,
    Case,
    CaseShare,
    CaseStatus,
    Category,
    Note,
    Person,
    Role,
    StoredObligation,
    User,
)
from models.ids import AttachmentId, CaseId, CaseIds, NoteId, PersonId, UserId
from models.rules.dates import DUE_SOON_DAYS
from models.schemas.cases import AttachmentIn, AttachmentOut, CaseIn, CaseOut, NoteIn, NoteOut
from models.schemas.validation import validate
from models.services import audit, deadlines, referred, settings
from models.services.base import Actor, Kind, create, done, get_live, of_case, reading, writing
from models.services.errors import PermissionDenied, Refused
from models.services.permissions import (
    check_case,
    check_person,
    guard_case_record,
    has,
    require,
    visible_cases,
)


def _guard(session: Session, actor: Actor, new: CaseIn | None, stored: Case | None) -> None:
    if stored is not None:
        check_case(session, actor, stored.id)
    if new is not None:
        require(actor, Role.caseworker, Role.supervisor, doing="open or edit a case")
        check_person(session, actor, new.person_id)
        assigned_before = stored.caseworker_id if stored is not None else actor.user_id
        if new.caseworker_id not in (None, assigned_before) and not has(actor, Role.supervisor):
            raise PermissionDenied("case.assign_needs_supervisor", action="reassign a case", entity="cases", record_id=stored and stored.id)
        referred.check(session, new, stored)


def _case_changed(case: Case) -> Changes:
    return Changes(case=True, case_ids=frozenset({case.id}), person_ids=frozenset({case.person_id}), deadlines=True)


def _refresh_deadlines(session: Session, case: Case) -> None:
    # The category "asylum seeker" and the case being open start asylum.apply_by, and an open case makes
    # the person's deadlines alerts (models.services.deadlines).
    deadlines.refresh(session, [case.person_id])


CASE = Kind(Case, CaseIn, CaseOut, guard=_guard, changes=_case_changed, on_change=_refresh_deadlines)
NOTE = Kind(Note, NoteIn, NoteOut, guard=guard_case_record, changes=of_case(Changes(notes=True)))
ATTACHMENT = Kind(Attachment, AttachmentIn, AttachmentOut, guard=guard_case_record,
                  changes=of_case(Changes(attachments=True)))


def open_case(db: Database, actor: Actor, data: Any) -> Done[CaseOut]:
    """Open a case; a caseworker who names no caseworker takes it on themselves."""
    data = validate(CaseIn, data)
    if "caseworker_id" not in data.model_fields_set and has(actor, Role.caseworker):
        data = data.model_copy(update={"caseworker_id": actor.user_id})
    return CASE.create(db, actor, data)


def update_case(db: Database, actor: Actor, case_id: CaseId, expected_version: int,
                data: Any) -> Done[CaseOut]:
    return CASE.update(db, actor, case_id, expected_version, data)


def archive_case(db: Database, actor: Actor, case_id: CaseId, expected_version: int) -> Done[CaseOut]:
    return CASE.archive(db, actor, case_id, expected_version)


def get_case(db: Database, actor: Actor, case_id: CaseId) -> CaseOut:
    """The case; opening a sensitive case is written to the audit trail.

    Read without the write lock (a case opens while another window saves); the view of a sensitive case
    is then recorded in a short transaction of its own, and the case is handed out only once it is: no
    look at a sensitive case goes unrecorded (if the entry cannot be written, the caller gets the error)."""
    with reading(db, actor) as session:
        found = CaseOut.model_validate(CASE.stored(session, actor, case_id))
    if found.sensitive:
        with writing(db, actor) as session:
            audit.record(session, actor.user_id, "view", "cases", found.id)
    return found


def add_note(db: Database, actor: Actor, data: Any) -> Done[NoteOut]:
    return NOTE.create(db, actor, data)


def archive_note(db: Database, actor: Actor, note_id: NoteId, expected_version: int) -> Done[NoteOut]:
    """A note no longer shown (nothing is deleted: the audit trail and the database keep it)."""
    return NOTE.archive(db, actor, note_id, expected_version)


def archive_attachment(db: Database, actor: Actor, attachment_id: AttachmentId,
                       expected_version: int) -> Done[AttachmentOut]:
    """An attachment no longer shown (kept in the database, like every archived record)."""
    return ATTACHMENT.archive(db, actor, attachment_id, expected_version)


def notes_of(db: Database, actor: Actor, case_id: CaseId) -> list[NoteOut]:
    with reading(db, actor) as session:
        return notes_in(session, actor, case_id)


def notes_in(session: Session, actor: Actor, case_id: CaseId) -> list[NoteOut]:
    """`notes_of` inside a session the caller holds (one read for a whole screen)."""
    check_case(session, actor, case_id)
    rows = session.scalars(
        select(Note).where(Note.case_id == case_id, Note.archived_at.is_(None)).order_by(Note.created_at)
    )
    return [NoteOut.model_validate(row) for row in rows]


def add_attachment(db: Database, actor: Actor, data: Any) -> Done[AttachmentOut]:
    data = validate(AttachmentIn, data)
    with writing(db, actor) as session:
        check_case(session, actor, data.case_id)
        attachment = create(session, Attachment, data, actor, size=len(data.content))
        return done(session, AttachmentOut.model_validate(attachment), ATTACHMENT.changes(attachment))


def attachments_of(db: Database, actor: Actor, case_id: CaseId) -> list[AttachmentOut]:
    with reading(db, actor) as session:
        return attachments_in(session, actor, case_id)


def attachments_in(session: Session, actor: Actor, case_id: CaseId) -> list[AttachmentOut]:
    """`attachments_of` inside a session the caller holds (one read for a whole screen)."""
    check_case(session, actor, case_id)
    rows = session.scalars(
        select(Attachment)
        .where(Attachment.case_id == case_id, Attachment.archived_at.is_(None))
        .order_by(Attachment.created_at)
    )
    return [AttachmentOut.model_validate(row) for row in rows]


def attachment_content(db: Database, actor: Actor, attachment_id: AttachmentId) -> bytes:
    with reading(db, actor) as session:
        attachment = get_live(session, Attachment, attachment_id)
        check_case(session, actor, attachment.case_id)
        return attachment.content


# --- the case list ------------------------------------------------------------
# The caseworker's main table: every live case the user may see, filtered and
# sorted in SQL, handed out as ordered ids; rows are read a page at a time.

SORT_KEYS = ("name", "citizenship", "category", "status", "caseworker", "next_due", "opened_on")


@dataclass(frozen=True)
class CaseFilter:
    category: Category | None = None
    status: CaseStatus | None = None
    caseworker_id: uuid.UUID | None = None
    deadline: Literal["overdue", "due_soon"] | None = None  # overdue: due < today; due_soon: within 7 days


@dataclass(frozen=True)
class CaseRow:
    case_id: CaseId
    person_id: PersonId
    family_name: str
    given_name: str
    patronymic: str | None
    citizenship: str
    category: Category
    status: CaseStatus
    caseworker: str | None
    opened_on: dt.date
    next_due: dt.date | None  # the earliest obligation not yet met
    next_rule: str | None
    number: str = ""  # the case number, e.g. QMQ-2024-3F9A1C (see `case_number`)
    minor: bool = False  # under 18 today, or possibly so when only the birth year is known (models.minors)


CASE_PREFIX_SETTING = "referral.reference_prefix"  # one prefix for the office's cases and referrals
DEFAULT_PREFIX = "QMQ"


def case_number(prefix: str, opened_on: dt.date, case_id: CaseId) -> str:
    """The number a caseworker quotes for a case: `QMQ-2024-3F9A1C`, the office's prefix (as on its
    referrals), the year the case was opened and the first six hex digits of its id.

    Derived, not counted: laptops open cases offline, and two of them counting "QMQ-2024-0007" at
    once would give two cases one number. Six hex digits make a repeat within one office and year
    unlikely (about 1 in 30,000 for 100 cases in a year); the full id stays the key."""
    return f"{prefix}-{opened_on.year}-{case_id.hex[:6].upper()}"


def _open_for_this_person():
    """The person's obligations not yet met. `met IS NOT 1` rather than `met = 0` on purpose: with `met = 0`
    SQLite reads this through the (met, due) index and scans every open obligation of everyone for each
    case (seconds for a page of 100 cases); this way it reads the person's few rows by primary key."""
    return and_(StoredObligation.person_id == Case.person_id, StoredObligation.met.is_not(True))


def _next_due():
    return (select(func.min(StoredObligation.due)).where(_open_for_this_person())
            .correlate(Case).scalar_subquery())


def case_list(db: Database, actor: Actor, where: CaseFilter = CaseFilter(), sort: str = "name",
              descending: bool = False, as_of: dt.date | None = None) -> list[CaseId]:
    """The ids of the live cases `actor` may see, filtered and in order."""
    return list(case_keys(db, actor, where, sort, descending, as_of))


def case_keys(db: Database, actor: Actor, where: CaseFilter = CaseFilter(), sort: str = "name",
              descending: bool = False, as_of: dt.date | None = None) -> CaseIds:
    """`case_list` for the lazy case list: the ids stay in the stored form (32 hex digits) until read,
    one at a time, as `CaseId`s; turning 100,000 of them into UUID objects would take longer than the query."""
    as_of = as_of or today()
    query = (select(type_coerce(Case.id, String)).join(Person, Case.person_id == Person.id)
             .where(Case.archived_at.is_(None), visible_cases(actor)))
    if where.category:
        query = query.where(Case.category == where.category)
    if where.status:
        query = query.where(Case.status == where.status)
    if where.caseworker_id:
        query = query.where(Case.caseworker_id == where.caseworker_id)
    if where.deadline:
        # Served by the (met, due) index: the persons with an open obligation in the date range.
        due = StoredObligation.due
        in_range = due < as_of if where.deadline == "overdue" else due.between(
            as_of, as_of + dt.timedelta(days=DUE_SOON_DAYS))
        query = query.where(Case.person_id.in_(
            select(StoredObligation.person_id).where(StoredObligation.met.is_(False), in_range)))
    if sort == "caseworker":
        query = query.outerjoin(User, User.id == Case.caseworker_id)
    # Cases without a deadline go last whichever way the list is sorted (one subquery per case, not two).
    no_deadline = dt.date.min if descending else dt.date.max
    keys = {"name": (Person.family_name, Person.given_name), "citizenship": (Person.citizenship,),
            "category": (Case.category,), "status": (Case.status,), "opened_on": (Case.opened_on,),
            "next_due": (func.coalesce(_next_due(), no_deadline),), "caseworker": (User.full_name,)}
    order = [key.desc() if descending else key for key in keys[sort]]
    with reading(db, actor) as session:
        keys_found = list(session.scalars(query.order_by(*order, Case.id)))
    # PostgreSQL (the office) has a native uuid type, which psycopg hands back as UUID objects.
    return CaseIds([key if isinstance(key, str) else key.hex for key in keys_found])


def case_rows(db: Database, actor: Actor, case_ids: Sequence[CaseId]) -> list[CaseRow]:
    """The rows of these cases, in the order given (missing ones, e.g. archived meanwhile, left out)."""
    next_rule = (select(StoredObligation.rule).where(_open_for_this_person())
                 .order_by(StoredObligation.due).limit(1).correlate(Case).scalar_subquery())
    query = (select(Case.id, Case.person_id, Person.family_name, Person.given_name, Person.patronymic,
                    Person.citizenship, Case.category, Case.status, User.full_name, Case.opened_on,
                    _next_due(), next_rule, Person.birth_date, Person.birth_year)
             .join(Person, Case.person_id == Person.id).outerjoin(User, User.id == Case.caseworker_id)
             .where(Case.id.in_(case_ids), visible_cases(actor)))
    on = today()
    with reading(db, actor) as session:
        prefix = str(settings.value(session, CASE_PREFIX_SETTING, DEFAULT_PREFIX))
        rows: dict[uuid.UUID, CaseRow] = {}
        for (case_id, person_id, family, given, patronymic, citizenship, category, status, caseworker, opened_on,
             next_due, rule, born, birth_year) in session.execute(query):
            rows[case_id] = CaseRow(CaseId(case_id), PersonId(person_id), family, given, patronymic, citizenship,
                                    category, status, caseworker, opened_on, next_due, rule,
                                    case_number(prefix, opened_on, CaseId(case_id)),
                                    minors.is_minor(born, birth_year, on))
    return [rows[i] for i in case_ids if i in rows]


def record_printed(db: Database, actor: Actor, case_id: CaseId) -> None:
    """A printed case file leaves the database on paper: who printed which case, and when, goes to the
    audit trail before the page is printed (a user who may not open the case is refused)."""
    with writing(db, actor) as session:
        check_case(session, actor, case_id)
        audit.record(session, actor.user_id, "print", "cases", case_id, what="case file")


def share_case(db: Database, actor: Actor, case_id: CaseId, colleague_id: UserId) -> Done[None]:
    """The assigned caseworker (or a supervisor) lets a colleague work on a case too."""
    with writing(db, actor) as session:
        check_case(session, actor, case_id)
        case = get_live(session, Case, case_id)
        if not has(actor, Role.supervisor) and case.caseworker_id != actor.user_id:
            raise PermissionDenied("case.share_not_yours", action="share a case", entity="cases", record_id=case_id)
        if case.sensitive:
            raise Refused("case.share_sensitive")
        colleague = get_live(session, User, colleague_id)
        if session.get(CaseShare, (case_id, colleague_id)) is None:
            session.add(CaseShare(case_id=case_id, user_id=colleague.id, shared_by=actor.user_id))
            audit.record(session, actor.user_id, "share", "cases", case_id, with_user=str(colleague.id))
            return done(session, None, _case_changed(case))
        return Done(None)  # shared already: nothing changed


def reassign_cases(db: Database, actor: Actor, case_ids: list[CaseId],
                   caseworker_id: UserId | None) -> Done[int]:
    """A supervisor hands cases to another caseworker (or leaves them unassigned); each change is audited."""
    with writing(db, actor) as session:
        require(actor, Role.supervisor, doing="reassign cases")
        if caseworker_id is not None:
            get_live(session, User, caseworker_id)
        changes = Changes()
        for case_id in case_ids:
            case = get_live(session, Case, case_id)
            if case.caseworker_id != caseworker_id:
                before = audit.plain(case.caseworker_id)
                case.caseworker_id, case.updated_by = caseworker_id, actor.user_id
                audit.record(session, actor.user_id, "change", "cases", case.id,
                             changes={"caseworker_id": [before, audit.plain(caseworker_id)]})
                changes |= _case_changed(case)
        return done(session, len(case_ids), changes)
