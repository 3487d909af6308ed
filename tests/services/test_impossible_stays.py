"""Impossible stays are refused with a field-named message; a future entry is a planned trip (issue 11 item 5)."""
from __future__ import annotations

import datetime as dt

import pytest

from models.clock import today
from models.services import deadlines, records
from models.services.errors import ValidationFailed


def add_stay(db, actor, person, entry, exit=None):
    return records.add(db, actor, "stay", {"person_id": person.id, "entry_date": entry, "exit_date": exit,
                                           "basis": "visa_free"}).value


def refusal(call) -> tuple[str, str]:
    with pytest.raises(ValidationFailed) as refused:
        call()
    (error,) = refused.value.errors
    return error.field, error.message


def test_a_stay_overlapping_another_is_refused(db, actor, person) -> None:
    add_stay(db, actor, person, "2024-03-01", "2024-05-20")
    assert refusal(lambda: add_stay(db, actor, person, "2024-05-01", "2024-06-10")) == (
        "entry_date", "overlaps the stay from 1 March 2024 to 20 May 2024")
    assert refusal(lambda: add_stay(db, actor, person, "2024-02-01", "2024-03-05")) == (
        "exit_date", "overlaps the stay from 1 March 2024 to 20 May 2024")
    assert refusal(lambda: add_stay(db, actor, person, "2024-04-01", "2024-04-02"))[0] == "entry_date"
    add_stay(db, actor, person, "2024-05-20", "2024-06-01")  # left and came back the same day: a new stay
    add_stay(db, actor, person, "2024-07-01")
    assert refusal(lambda: add_stay(db, actor, person, "2024-08-01")) == (
        "entry_date", "overlaps the stay from 1 July 2024, which has no exit: record its exit first")


def test_changing_a_stay_does_not_overlap_itself(db, actor, person) -> None:
    stay = add_stay(db, actor, person, "2024-03-01")
    changed = records.update(db, actor, "stay", stay.id, stay.version, {
        "person_id": person.id, "entry_date": "2024-03-01", "exit_date": "2024-03-20", "basis": "visa_free"}).value
    assert changed.exit_date == dt.date(2024, 3, 20)


def test_a_registration_after_the_exit_is_refused(db, actor, person) -> None:
    add_stay(db, actor, person, "2024-03-01", "2024-03-20")
    assert refusal(lambda: records.add(db, actor, "registration", {"person_id": person.id,
                                                                   "registered_on": "2024-03-25"}).value) == (
        "registered_on", "is after the exit on 20 March 2024: the person was not in Kazakhstan that day")
    records.add(db, actor, "registration", {"person_id": person.id, "registered_on": "2024-03-04"})


def test_a_future_entry_is_a_planned_trip_no_deadline_treats_as_a_fact(db, actor, person) -> None:
    add_stay(db, actor, person, today() + dt.timedelta(days=20))
    evaluation = deadlines.evaluation_of(db, actor, person.id)
    assert not evaluation.stay.present  # not "still in the country"
    assert not [o for o in evaluation.obligations if o.rule.startswith(("stay.", "registration."))]
