"""The facts of a trafficking case (IOM's Human Trafficking Case Data Standard, v2, victim fields): forms of
exploitation, country and region of exploitation, means of recruitment and of control, identification
status and its date.

One record per case, under an id made from the case's (`facts_id`): two laptops that record a case's
facts offline write the same record, and the office merges them field by field (a disagreement is a
conflict a person resolves). The same people as for the screening may see and write them: the case's
caseworker (never another's sensitive case) and supervisors. Every write is audited and can be undone
(`FACTS` is a record kind of models.services.undo).

What the screening already asks fills a new form (`suggested`): the latest assessment gives the status and
its date, the indicators answered "yes" give the means of control and an unregulated agency.
"""
from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.changes import Changes, Done
from models.db import Database
from models.entities import Answer, Assessment, Role, Screening, ScreeningAnswer, TraffickingFacts
from models.ids import CaseId
from models.schemas.trafficking import TraffickingFactsIn, TraffickingFactsOut
from models.schemas.validation import validate
from models.services import audit
from models.services.base import Actor, Kind, check_version, of_case, reading, update, writing
from models.services.errors import Conflict
from models.services.permissions import check_case, require

_NAMESPACE = uuid.UUID("4b0a6f3e-2d7c-4c55-8a0e-5f1d3b9c7e21")

# The screening's indicators (resources/screening/indicators.toml) that name an HTCDS means of control.
CONTROL_OF_INDICATOR: dict[str, str] = {
    "deceived_about_job": "false_promises",
    "documents_taken": "withholds_documents",
    "wages_withheld": "takes_earnings",
    "debt_to_work_off": "debt_bondage",
    "debt_growing": "debt_bondage",
    "violence": "physical_abuse",
    "threatened_with_authorities": "threat_of_law_enforcement",
    "threats_to_family": "threats_to_family",
    "cannot_leave": "restricts_movement",
    "isolation": "isolation",
    "excessive_hours": "excessive_working_hours",
    "left_without_means": "withholds_necessities",
}


def facts_id(case_id: uuid.UUID) -> uuid.UUID:
    """The id of a case's facts: the same on every laptop and at the office."""
    return uuid.uuid5(_NAMESPACE, str(case_id))


def _guard(session: Session, actor: Actor, new: TraffickingFactsIn | None, stored: TraffickingFacts | None) -> None:
    for target in (new, stored):
        if target is not None:
            check_case(session, actor, target.case_id)
            require(actor, Role.caseworker, Role.supervisor, doing="record the facts of a trafficking case")
    if new is not None and stored is not None and new.case_id != stored.case_id:
        raise Conflict("record.changed", what="trafficking fact")


FACTS: Kind[TraffickingFacts, TraffickingFactsIn, TraffickingFactsOut] = Kind(
    TraffickingFacts, TraffickingFactsIn, TraffickingFactsOut, _guard, of_case(Changes(referral=True)))


def facts_in(session: Session, actor: Actor, case_id: CaseId) -> TraffickingFactsOut | None:
    """The case's facts, or None where none are recorded (inside a session the caller holds)."""
    check_case(session, actor, case_id)
    require(actor, Role.caseworker, Role.supervisor, doing="read the facts of a trafficking case")
    row = session.get(TraffickingFacts, facts_id(case_id))
    return None if row is None or row.archived_at is not None else TraffickingFactsOut.model_validate(row)


def facts_of(db: Database, actor: Actor, case_id: CaseId) -> TraffickingFactsOut | None:
    with reading(db, actor) as session:
        return facts_in(session, actor, case_id)


def save_facts(db: Database, actor: Actor, data: Any, expected_version: int | None = None) -> Done[TraffickingFactsOut]:
    """Record the case's facts: the first time (`expected_version` None), or a change of the version read."""
    data = validate(TraffickingFactsIn, data)
    with writing(db, actor) as session:
        FACTS.guard(session, actor, data, None)
        row = session.get(TraffickingFacts, facts_id(data.case_id))
        if row is not None and row.archived_at is None:
            if expected_version is None:  # recorded meanwhile (another window, a sync): not overwritten blind
                raise Conflict("record.changed", what="trafficking fact")
            return FACTS._written(session, update(session, row, expected_version, data, actor))
        if row is not None:  # recorded once, then undone: the same record comes back with the new values
            check_version(row, row.version if expected_version is None else expected_version)
            row.archived_at = None
            row.updated_by = actor.user_id
            session.flush()
            audit.record(session, actor.user_id, "restore", TraffickingFacts.__tablename__, row.id)
            return FACTS._written(session, update(session, row, row.version, data, actor))
        values = data.model_dump()
        row = TraffickingFacts(id=facts_id(data.case_id), **values, created_by=actor.user_id,
                               updated_by=actor.user_id)
        session.add(row)
        session.flush()
        audit.record(session, actor.user_id, "create", TraffickingFacts.__tablename__, row.id,
                     values=audit.field_values(row, list(values)))
        return FACTS._written(session, row)


def suggested(db: Database, actor: Actor, case_id: CaseId) -> TraffickingFactsIn:
    """A first form filled from what the screening and the assessment already recorded."""
    with reading(db, actor) as session:
        check_case(session, actor, case_id)
        require(actor, Role.caseworker, Role.supervisor, doing="read the facts of a trafficking case")
        assessment = session.scalars(
            select(Assessment).where(Assessment.case_id == case_id, Assessment.archived_at.is_(None))
            .order_by(Assessment.assessed_on.desc(), Assessment.created_at.desc()).limit(1)).first()
        yes = set(session.scalars(
            select(ScreeningAnswer.indicator).join(Screening, Screening.id == ScreeningAnswer.screening_id)
            .where(Screening.case_id == case_id, Screening.archived_at.is_(None),
                   ScreeningAnswer.answer == Answer.yes)))
    control = list(dict.fromkeys(CONTROL_OF_INDICATOR[code] for code in CONTROL_OF_INDICATOR if code in yes))
    return TraffickingFactsIn(
        case_id=case_id, control=control, exploitation_region=None,
        recruitment="private_employment_agency" if "unregulated_agency" in yes else None,
        identification=assessment.outcome if assessment else None,
        identified_on=assessment.assessed_on if assessment else None)
