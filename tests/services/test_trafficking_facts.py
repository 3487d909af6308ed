"""The facts of a trafficking case (HTCDS v2): validated, restricted like the screening, audited, undoable."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from models.entities import AuditEntry
from models.services import accounts, screening, trafficking_facts, undo
from models.services.base import Actor
from models.services.errors import Conflict, PermissionDenied, ValidationFailed

FACTS = {"exploitation": ["labour", "forced_begging", "labour"], "exploitation_country": "rus",
         "exploitation_region": "Moscow", "recruitment": "acquaintance",
         "control": ["withholds_documents", "debt_bondage"], "identification": "presumed_victim",
         "identified_on": "2024-06-03"}


def _colleague(db, role: str = "caseworker") -> Actor:
    return Actor.of(accounts.create_account(db, Actor.system(), {
        "username": f"other_{role}", "full_name": "Another One", "role": role,
        "password": "correct horse battery"}).value)


def test_facts_are_recorded_read_back_and_audited(db, actor, case) -> None:
    saved = trafficking_facts.save_facts(db, actor, {"case_id": case.id, **FACTS}).value
    assert saved.exploitation == ["labour", "forced_begging"]  # each once, in the order given
    assert saved.exploitation_country == "RUS" and saved.identified_on == dt.date(2024, 6, 3)
    assert trafficking_facts.facts_of(db, actor, case.id) == saved
    with db.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.record_id == saved.id)).one()
    assert entry.action == "create" and entry.details["values"]["recruitment"] == "acquaintance"
    changed = trafficking_facts.save_facts(db, actor, {"case_id": case.id, **FACTS, "control": []},
                                           expected_version=saved.version).value
    assert changed.control == [] and changed.version == saved.version + 1
    with pytest.raises(Conflict):  # a second "first time" never overwrites what is there
        trafficking_facts.save_facts(db, actor, {"case_id": case.id, **FACTS})


@pytest.mark.parametrize(("field", "value"), [
    ("exploitation", ["labour", "piracy"]), ("control", ["charm"]), ("exploitation_country", "Mordor"),
    ("recruitment", "carrier_pigeon"), ("identified_on", None), ("identified_on", "2999-01-01"),
    ("exploitation_region", "x" * 101)])
def test_bad_facts_are_refused_by_field_and_nothing_is_written(db, actor, case, field, value) -> None:
    with pytest.raises(ValidationFailed) as refused:
        trafficking_facts.save_facts(db, actor, {"case_id": case.id, **FACTS, field: value})
    assert refused.value.errors[0].field == field
    assert trafficking_facts.facts_of(db, actor, case.id) is None


def test_a_date_without_a_status_is_refused(db, actor, case) -> None:
    with pytest.raises(ValidationFailed, match="status"):
        trafficking_facts.save_facts(db, actor, {"case_id": case.id, "identified_on": "2024-06-03"})


def test_only_the_case_worker_and_supervisors_see_and_write_the_facts(db, actor, case) -> None:
    trafficking_facts.save_facts(db, actor, {"case_id": case.id, **FACTS})
    for other in (_colleague(db), _colleague(db, "admin")):
        with pytest.raises(PermissionDenied):
            trafficking_facts.facts_of(db, other, case.id)
        with pytest.raises(PermissionDenied):
            trafficking_facts.save_facts(db, other, {"case_id": case.id, **FACTS}, expected_version=1)
    assert trafficking_facts.facts_of(db, _colleague(db, "supervisor"), case.id) is not None
    with db.reading() as session:
        assert session.scalars(select(AuditEntry).where(AuditEntry.action == "refused")).all()


def test_recording_and_changing_facts_can_be_undone_and_redone(db, actor, case) -> None:
    first = trafficking_facts.save_facts(db, actor, {"case_id": case.id, **FACTS})
    second = trafficking_facts.save_facts(db, actor, {"case_id": case.id, **FACTS, "recruitment": "online"},
                                          expected_version=first.value.version)
    undone = undo.reverse(db, actor, undo.Step("change", second.entries))
    assert trafficking_facts.facts_of(db, actor, case.id).recruitment == "acquaintance"
    undo.reverse(db, actor, undone.value)  # redo
    assert trafficking_facts.facts_of(db, actor, case.id).recruitment == "online"


def test_recording_facts_the_first_time_can_be_undone_and_redone(db, actor, case) -> None:
    first = trafficking_facts.save_facts(db, actor, {"case_id": case.id, **FACTS})
    undone = undo.reverse(db, actor, undo.Step("record", first.entries))
    assert trafficking_facts.facts_of(db, actor, case.id) is None
    undo.reverse(db, actor, undone.value)  # redo
    assert trafficking_facts.facts_of(db, actor, case.id).exploitation == ["labour", "forced_begging"]


def test_facts_recorded_again_after_an_undo_bring_the_record_back(db, actor, case) -> None:
    first = trafficking_facts.save_facts(db, actor, {"case_id": case.id, **FACTS})
    undo.reverse(db, actor, undo.Step("record", first.entries))
    again = trafficking_facts.save_facts(db, actor, {"case_id": case.id, **FACTS, "exploitation": ["sexual"]})
    assert again.value.id == first.value.id and again.value.exploitation == ["sexual"]


def test_the_form_starts_from_what_the_screening_and_assessment_found(db, actor, case) -> None:
    screening.record_screening(db, actor, {"case_id": case.id, "interviewed_on": "2024-06-01", "answers": [
        {"indicator": "documents_taken", "answer": "yes"}, {"indicator": "unregulated_agency", "answer": "yes"},
        {"indicator": "debt_growing", "answer": "yes"}, {"indicator": "violence", "answer": "no"}]})
    screening.record_assessment(db, actor, {"case_id": case.id, "assessed_on": "2024-06-02",
                                            "outcome": "identified_victim", "assessed_by": "ngo"})
    form = trafficking_facts.suggested(db, actor, case.id)
    assert form.control == ["withholds_documents", "debt_bondage"]
    assert form.recruitment == "private_employment_agency"
    assert (form.identification, form.identified_on) == ("identified_victim", dt.date(2024, 6, 2))
