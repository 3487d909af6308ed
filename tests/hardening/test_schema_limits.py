"""Issue 12 item 14: what an input schema accepts, the output schema reads back; every date 1900-2199."""
from __future__ import annotations

import pytest

from models.services import persons, records
from models.services.errors import ValidationFailed

LONG_CYRILLIC = "Щ" * 100  # 100 characters as written; "Shch" * 100 in Latin


def refusal(call) -> list[tuple[str, str]]:
    with pytest.raises(ValidationFailed) as raised:
        call()
    return [(e.label, e.message) for e in raised.value.errors]


def test_a_name_whose_latin_spelling_is_too_long_is_refused_at_input(db, actor) -> None:
    data = {"family_name": LONG_CYRILLIC, "given_name": "Алишер", "citizenship": "UZB"}
    [(label, message)] = refusal(lambda: persons.create_person(db, actor, data).value)
    assert label == "Family name latin" or "latin" in label.lower()
    assert message.startswith("the Latin spelling made from the name has 400 characters")
    # With the Latin spelling typed, the same name is saved and read back
    saved = persons.create_person(db, actor, data | {"family_name_latin": "Shch"}).value
    assert persons.get_person(db, actor, saved.id).family_name == LONG_CYRILLIC
    # 100 Cyrillic letters whose spelling fits: saved and read back (input and output agree)
    fits = persons.create_person(db, actor, data | {"family_name": "Ю" * 50}).value
    assert persons.get_person(db, actor, fits.id).family_name_latin.casefold() == "yu" * 50


@pytest.mark.parametrize("day", ["1800-01-01", "0001-01-01", "9999-12-31", "1899-12-31", "2200-01-01"])
def test_dates_outside_1900_2199_are_refused_at_input(db, actor, person, day) -> None:
    data = {"family_name": "Юсупов", "given_name": "Алишер", "citizenship": "UZB", "birth_date": day}
    if day < "2026":
        assert refusal(lambda: persons.create_person(db, actor, data).value) == [
            ("Birth date", "must be between 1 January 1900 and 31 December 2199")]
    [(label, message)] = refusal(lambda: records.add(db, actor, "stay", {
        "person_id": person.id, "entry_date": day, "basis": "visa_free"}).value)
    assert message == "must be between 1 January 1900 and 31 December 2199"


def test_the_range_edges_are_accepted(db, actor, person) -> None:
    born = persons.create_person(db, actor, {"family_name": "Юсупов", "given_name": "Алишер", "citizenship": "UZB",
                                             "birth_date": "1900-01-01"}).value
    assert persons.get_person(db, actor, born.id).birth_year == 1900
    stay = records.add(db, actor, "stay", {"person_id": person.id, "entry_date": "2024-05-10",
                                           "exit_date": "2199-12-31", "basis": "visa_free"}).value
    assert str(stay.exit_date) == "2199-12-31"
