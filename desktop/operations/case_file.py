"""Everything the case view shows, read in one background operation (one trip to the read thread)."""
from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from models.db import Database
from models.rules.engine import StaySummary
from models.rules.messages import render
from models.services import cases, deadlines, history, persons
from models.services.base import Actor


@dataclass(frozen=True)
class Deadline:
    """One obligation from the rule engine, explained in the user's language."""

    rule: str
    due: dt.date
    status: str  # overdue, due_soon, ok, met
    days_left: int
    explanation: str
    source: str  # the legal citation, in the user's language where the rule data has it
    rule_version: str  # e.g. "stay.per_entry@2017-01-01"
    effective_from: dt.date
    effective_to: dt.date | None
    verification: str
    document: str | None = None  # for permit.expiry: which document (work_permit, visa, ...)
    reason: str = ""  # the explanation without its source (the panel shows the source on its own line)


@dataclass(frozen=True)
class Deadlines:
    items: list[Deadline]
    stay: StaySummary


@dataclass(frozen=True)
class CaseFile:
    case: object  # CaseOut
    person: object  # PersonOut
    documents: list
    history: history.History
    deadlines: Deadlines
    notes: list
    attachments: list


def read_deadlines(db: Database, actor: Actor, person_id: uuid.UUID, lang: str) -> Deadlines:
    evaluation = deadlines.evaluation_of(db, actor, person_id)
    items = [Deadline(o.rule, o.due, o.status, o.days_left, o.explanation(lang), o.version.citation_in(lang),
                      o.rule_version, o.version.effective_from, o.version.effective_to, o.version.verification,
                      o.facts.get("kind") if o.rule == "permit.expiry" else None, render(o.fragments, lang, ""))
             for o in evaluation.obligations]
    # What is still to do first; what is done below it (each part keeps the engine's order).
    return Deadlines(sorted(items, key=lambda item: item.status == "met"), evaluation.stay)


def read_case_file(db: Database, actor: Actor, case_id: uuid.UUID, lang: str) -> CaseFile:
    case = cases.get_case(db, actor, case_id)
    person_id = case.person_id
    return CaseFile(
        case=case,
        person=persons.get_person(db, actor, person_id),
        documents=persons.documents_of(db, actor, person_id),
        history=history.history_of(db, actor, person_id),
        deadlines=read_deadlines(db, actor, person_id, lang),
        notes=cases.notes_of(db, actor, case_id),
        attachments=cases.attachments_of(db, actor, case_id),
    )
