"""Screening (answers dated, with their interviewer) and the assessment the caseworker decides."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from models.entities import AuditEntry
from models.services import screening
from models.services.errors import ValidationFailed


def test_the_indicator_set_has_every_group_in_three_languages() -> None:
    indicators = screening.indicator_set()
    groups = {i.group for i in indicators.indicators}
    assert groups == set(indicators.groups) == {
        "deception", "documents_wages", "debt_bondage", "coercion", "threats", "restriction_of_movement",
        "abusive_conditions", "irregular_status"}
    codes = [i.code for i in indicators.indicators]
    assert len(codes) == len(set(codes))
    for indicator in indicators.indicators:
        assert all(indicator.wording[lang].endswith("?") for lang in ("en", "ru", "kk")), indicator.code
        assert indicator.source
    # The risk signs the sources name are there, with their citations.
    sources = {i.code: i.source for i in indicators.indicators}
    assert "[004:L804]" in sources["documents_taken"] and "[004:L804]" in sources["threatened_with_authorities"]
    assert "[004:L264]" in sources["unregulated_agency"] and "[004:L304]" in sources["overstay_fear"]
    assert any(ch in screening.indicator_set().by_code()["no_contract"].text("kk") for ch in "ӘҒҚҢӨҰҮҺІ")


def test_a_screening_records_each_answer_with_its_date_and_interviewer(db, actor, case) -> None:
    done = screening.record_screening(db, actor, {
        "case_id": case.id, "interviewed_on": "2024-06-01", "interpreter": "Dilnoza (Uzbek)",
        "answers": [{"indicator": "no_contract", "answer": "yes"},
                    {"indicator": "documents_taken", "answer": "yes", "note": "The foreman keeps the passports."},
                    {"indicator": "violence", "answer": "declined"},
                    {"indicator": "debt_growing", "answer": "no"}]}).value
    assert (done.interviewed_on, done.interviewer_id) == (dt.date(2024, 6, 1), actor.user_id)
    # In the order of the indicator list, not the order typed.
    assert [(a.indicator, a.answer) for a in done.answers] == [
        ("documents_taken", "yes"), ("debt_growing", "no"), ("violence", "declined"), ("no_contract", "yes")]
    (stored,) = screening.screenings_of(db, actor, case.id)
    assert stored.answers[0].note == "The foreman keeps the passports."
    found = screening.summary(stored)
    assert found.present == {"documents_wages": ["documents_taken"], "irregular_status": ["no_contract"]}
    assert found.count == 2 and found.unanswered == len(screening.indicator_set().indicators) - 3
    with db.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.record_id == done.id)).one()
    assert entry.details["answers"]["documents_taken"] == "yes"


def test_unknown_indicators_and_answers_are_refused_by_name(db, actor, case) -> None:
    with pytest.raises(ValidationFailed) as refused:
        screening.record_screening(db, actor, {"case_id": case.id, "interviewed_on": "2024-06-01",
                                               "answers": [{"indicator": "horoscope", "answer": "yes"}]})
    assert refused.value.errors[0].field == "answers[0].indicator"
    with pytest.raises(ValidationFailed, match="answered twice"):
        screening.record_screening(db, actor, {"case_id": case.id, "interviewed_on": "2024-06-01", "answers": [
            {"indicator": "violence", "answer": "yes"}, {"indicator": "violence", "answer": "no"}]})
    with pytest.raises(ValidationFailed, match="is in the future"):
        screening.record_screening(db, actor, {"case_id": case.id, "interviewed_on": "2150-01-01"})


def test_the_assessment_is_the_caseworkers_and_names_who_else_decided(db, actor, case) -> None:
    first = screening.record_assessment(db, actor, {"case_id": case.id, "assessed_on": "2024-06-01",
                                                    "outcome": "potential_victim", "assessed_by": "ngo",
                                                    "reasoning": "Documents taken, no contract, threats."}).value
    with pytest.raises(ValidationFailed, match="Assessor: is required"):
        screening.record_assessment(db, actor, {"case_id": case.id, "assessed_on": "2024-06-10",
                                                "outcome": "identified_victim", "assessed_by": "police"})
    police = screening.record_assessment(db, actor, {
        "case_id": case.id, "assessed_on": "2024-06-10", "outcome": "identified_victim", "assessed_by": "police",
        "assessor": "MIA Directorate for Combating Trafficking in Persons, Almaty"}).value
    assert [a.id for a in screening.assessments_of(db, actor, case.id)] == [police.id, first.id]


def test_a_screening_entered_by_mistake_is_archived_not_deleted(db, actor, case) -> None:
    done = screening.record_screening(db, actor, {"case_id": case.id, "interviewed_on": "2024-06-01"}).value
    screening.archive_screening(db, actor, done.id, done.version)
    assert screening.screenings_of(db, actor, case.id) == []
