"""A referral letter for a minor says so, in every language; an adult's does not."""
from __future__ import annotations

import datetime as dt

import pytest

from models.letters import referral as layout
from tests.letters.conftest import pdf_text


def letter_for(birth_date=None, birth_year=None):
    who = layout.Identity(family_name="Каримов", given_name="Тимур", patronymic=None, latin_name="Karimov Timur",
                          birth_date=birth_date, birth_year=birth_year, sex="male", citizenship="UZB")
    return layout.ReferralLetter(reference="QMQ-2026-0001", dated=dt.date(2026, 3, 10),
                                 recipient=layout.Party("IOM Almaty"), services=("shelter",), urgency="routine",
                                 caseworker=layout.Party("Айгерим"), identity=who)


@pytest.mark.parametrize("lang,words", [("en", "under 18 on the date of this letter"),
                                        ("ru", "младше 18 лет"), ("kk", "18 жасқа толмаған")])
def test_a_minors_letter_says_so(lang, words) -> None:
    assert words in pdf_text(layout.render(letter_for(birth_date=dt.date(2012, 5, 1)), lang))
    assert words in pdf_text(layout.render(letter_for(birth_year=2008), lang))  # possibly under 18 still
    assert words not in pdf_text(layout.render(letter_for(birth_date=dt.date(2008, 3, 10)), lang))  # 18 that day
