"""Trafficking screening (the indicators asked, each answer dated with its interviewer) and the
assessment the caseworker decides: not a victim, potential, presumed or identified victim, and by whom.

The indicators come from `resources/screening/indicators.toml`. They support the assessment; no
count of answers ever sets it.
"""
from __future__ import annotations

import tomllib
import uuid
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.changes import Changes, Done
from models.db import Database
from models.entities import Answer, Assessment, Role, Screening, ScreeningAnswer, User
from models.ids import CaseId
from models.paths import resource
from models.schemas.trafficking import (
    AssessmentIn,
    AssessmentOut,
    ScreeningAnswerOut,
    ScreeningIn,
    ScreeningOut,
)
from models.schemas.validation import validate
from models.services import audit
from models.services.base import Actor, archive, create, done, get_live, reading, writing
from models.services.errors import FieldError, ValidationFailed
from models.services.permissions import check_case, require

INDICATORS_FILE = resource("screening", "indicators.toml")


@dataclass(frozen=True)
class Indicator:
    code: str
    group: str
    source: str
    wording: dict[str, str]  # en, ru, kk
    retired: bool = False

    def text(self, lang: str) -> str:
        return self.wording.get(lang) or self.wording["en"]


@dataclass(frozen=True)
class IndicatorSet:
    version: int
    groups: dict[str, dict[str, str]]  # code -> {en, ru, kk}
    indicators: tuple[Indicator, ...]

    def by_code(self) -> dict[str, Indicator]:
        return {i.code: i for i in self.indicators}

    def group_name(self, group: str, lang: str) -> str:
        names = self.groups[group]
        return names.get(lang) or names["en"]


@cache
def indicator_set() -> IndicatorSet:
    data = tomllib.loads(INDICATORS_FILE.read_text(encoding="utf-8"))
    indicators = tuple(Indicator(i["code"], i["group"], i["source"], {k: i[k] for k in ("en", "ru", "kk")},
                                 i.get("retired", False)) for i in data["indicator"])
    return IndicatorSet(int(data["version"]), data["groups"], indicators)


@dataclass(frozen=True)
class Summary:
    """What a screening found, as support for the assessment: the indicators answered "yes", by group."""

    present: dict[str, list[str]]  # group -> indicator codes answered yes
    unanswered: int  # indicators not asked, unknown or declined

    @property
    def count(self) -> int:
        return sum(len(codes) for codes in self.present.values())


def summary(screening: ScreeningOut) -> Summary:
    known = indicator_set().by_code()
    present: dict[str, list[str]] = {}
    answered: Counter[str] = Counter()
    for answer in screening.answers:
        if answer.answer == Answer.yes and answer.indicator in known:
            present.setdefault(known[answer.indicator].group, []).append(answer.indicator)
        if answer.answer in (Answer.yes, Answer.no):
            answered[answer.indicator] += 1
    live = [i for i in known.values() if not i.retired]
    return Summary(present, sum(1 for i in live if not answered[i.code]))


def _output(session: Session, screening: Screening) -> ScreeningOut:
    order = {code: n for n, code in enumerate(indicator_set().by_code())}
    answers = session.scalars(select(ScreeningAnswer).where(ScreeningAnswer.screening_id == screening.id))
    out = ScreeningOut.model_validate(screening)
    out.answers = sorted(map(ScreeningAnswerOut.model_validate, answers),
                         key=lambda a: order.get(a.indicator, len(order)))
    return out


def record_screening(db: Database, actor: Actor, data: Any) -> Done[ScreeningOut]:
    """One interview: each indicator's answer; the interviewer defaults to the person recording it."""
    data = validate(ScreeningIn, data)
    known = indicator_set().by_code()
    unknown = [(n, a.indicator) for n, a in enumerate(data.answers) if a.indicator not in known]
    if unknown:
        raise ValidationFailed([FieldError.of(f"answers[{n}].indicator", "Indicator", "indicator.unknown",
                                              indicator=code) for n, code in unknown])
    with writing(db, actor) as session:
        check_case(session, actor, data.case_id)
        require(actor, Role.caseworker, Role.supervisor, doing="record a screening")
        values = data.model_dump(exclude={"answers"}) | {"interviewer_id": data.interviewer_id or actor.user_id}
        if values["interviewer_id"] is not None:
            get_live(session, User, values["interviewer_id"])
        screening = Screening(**values, created_by=actor.user_id, updated_by=actor.user_id)
        session.add(screening)
        session.flush()
        session.add_all(ScreeningAnswer(screening_id=screening.id, indicator=a.indicator, answer=a.answer,
                                        note=a.note) for a in data.answers)
        session.flush()
        audit.record(session, actor.user_id, "create", "screenings", screening.id,
                     values=audit.field_values(screening, list(values)),
                     answers={a.indicator: a.answer.value for a in data.answers})
        return done(session, _output(session, screening),
                    Changes(referral=True, case_ids=frozenset({screening.case_id})))


def screenings_of(db: Database, actor: Actor, case_id: CaseId) -> list[ScreeningOut]:
    """The case's screenings, newest first, each with its answers in the order of the indicator list."""
    with reading(db, actor) as session:
        return screenings_in(session, actor, case_id)


def screenings_in(session: Session, actor: Actor, case_id: CaseId) -> list[ScreeningOut]:
    """`screenings_of` inside a session the caller holds (one read for a whole screen)."""
    check_case(session, actor, case_id)
    rows = session.scalars(select(Screening).where(Screening.case_id == case_id, Screening.archived_at.is_(None))
                           .order_by(Screening.interviewed_on.desc(), Screening.created_at.desc()))
    return [_output(session, row) for row in rows]


def archive_screening(db: Database, actor: Actor, screening_id: uuid.UUID,
                      expected_version: int) -> Done[ScreeningOut]:
    """A screening entered by mistake leaves the case's list (it stays in the database and the audit trail)."""
    with writing(db, actor) as session:
        screening = get_live(session, Screening, screening_id)
        check_case(session, actor, screening.case_id)
        require(actor, Role.caseworker, Role.supervisor, doing="archive a screening")
        return done(session, _output(session, archive(session, screening, expected_version, actor)),
                    Changes(referral=True, case_ids=frozenset({screening.case_id})))


def record_assessment(db: Database, actor: Actor, data: Any) -> Done[AssessmentOut]:
    """The caseworker's decision (or the police's, a court's, as recorded), with its reasoning."""
    data = validate(AssessmentIn, data)
    with writing(db, actor) as session:
        check_case(session, actor, data.case_id)
        require(actor, Role.caseworker, Role.supervisor, doing="record an assessment")
        return done(session, AssessmentOut.model_validate(create(session, Assessment, data, actor)),
                    Changes(referral=True, case_ids=frozenset({data.case_id})))


def assessments_of(db: Database, actor: Actor, case_id: CaseId) -> list[AssessmentOut]:
    """Newest first: the first one is the case's current assessment."""
    with reading(db, actor) as session:
        return assessments_in(session, actor, case_id)


def assessments_in(session: Session, actor: Actor, case_id: CaseId) -> list[AssessmentOut]:
    """`assessments_of` inside a session the caller holds (one read for a whole screen)."""
    check_case(session, actor, case_id)
    rows = session.scalars(select(Assessment)
                           .where(Assessment.case_id == case_id, Assessment.archived_at.is_(None))
                           .order_by(Assessment.assessed_on.desc(), Assessment.created_at.desc()))
    return [AssessmentOut.model_validate(row) for row in rows]
