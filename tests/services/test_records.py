"""Stays, permits and the rest of a person's history."""
from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import func, select

from models.entities import Stay
from models.services import records
from models.services.errors import ServiceError, ValidationFailed


def stay_count(db) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(Stay))


def test_stay_whose_exit_precedes_entry_is_refused_and_nothing_written(db, actor, person) -> None:
    with pytest.raises(ValidationFailed) as caught:
        records.add(db, actor, "stay", {"person_id": person.id, "entry_date": "2024-05-10",
                                        "exit_date": "2024-05-09", "basis": "visa_free"})
    assert str(caught.value) == "Exit date: must not be before the entry date (10 May 2024)"
    assert stay_count(db) == 0


def test_history_is_returned_oldest_first(db, actor, person) -> None:
    for entry, exit in (("2024-05-10", None), ("2023-01-02", "2023-02-01")):  # two open stays: impossible
        records.add(db, actor, "stay", {"person_id": person.id, "entry_date": entry, "exit_date": exit,
                                        "basis": "visa_free"})
    records.add(db, actor, "permit", {"person_id": person.id, "kind": "work_permit", "valid_from": "2024-05-20",
                                      "valid_to": "2025-05-19", "work_category": "fourth"})
    found = records.records_of(db, actor, person.id)
    assert [s.entry_date for s in found.stay] == [dt.date(2023, 1, 2), dt.date(2024, 5, 10)]
    assert found.permit[0].work_category == "fourth"


def test_permit_rules(db, actor, person) -> None:
    with pytest.raises(ValidationFailed) as caught:
        records.add(db, actor, "permit", {"person_id": person.id, "kind": "visa", "valid_from": "2024-05-20",
                                          "work_category": "first"})
    assert {e.field: e.message for e in caught.value.errors} == {
        "valid_to": "is required (only a permanent residence permit has no end date)",
        "work_category": "applies to work permits only",
    }


def test_history_of_an_unknown_person_is_refused(db, actor) -> None:
    with pytest.raises(ServiceError, match="There is no person with this id"):
        records.add(db, actor, "stay", {"person_id": uuid.uuid4(), "entry_date": "2024-05-10", "basis": "visa"})
    assert stay_count(db) == 0


def test_asylum_decision_and_its_date_go_together(db, actor, person) -> None:
    with pytest.raises(ValidationFailed, match="Decision"):
        records.add(db, actor, "asylum_claim", {"person_id": person.id, "registered_on": "2024-01-10",
                                                "decided_on": "2024-03-01"})


def test_update_and_archive_check_the_version(db, actor, person) -> None:
    stay = records.add(db, actor, "stay", {"person_id": person.id, "entry_date": "2024-05-10", "basis": "visa_free"}).value
    closed = records.update(db, actor, "stay", stay.id, stay.version,
                            {"person_id": person.id, "entry_date": "2024-05-10", "exit_date": "2024-06-01",
                             "basis": "visa_free"}).value
    assert closed.version == 2
    with pytest.raises(ServiceError, match="changed by someone else"):
        records.archive(db, actor, "stay", stay.id, stay.version)
    records.archive(db, actor, "stay", stay.id, closed.version)
    assert records.records_of(db, actor, person.id).stay == []
