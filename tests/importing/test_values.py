"""Values as people write them."""
from __future__ import annotations

import datetime as dt

import pytest

from models.importing import values


@pytest.mark.parametrize("written, order, day", [
    ("05.03.2024", "dmy", dt.date(2024, 3, 5)), ("2024-03-05", "mdy", dt.date(2024, 3, 5)),
    ("5/3/2024", "dmy", dt.date(2024, 3, 5)), ("5/3/2024", "mdy", dt.date(2024, 5, 3)),
    ("05.03.24", "dmy", dt.date(2024, 3, 5)), ("12.04.90", "dmy", dt.date(1990, 4, 12)),
    (45356, "dmy", dt.date(2024, 3, 5)), ("45356", "dmy", dt.date(2024, 3, 5)), (45356.0, "dmy", dt.date(2024, 3, 5)),
    (dt.datetime(2024, 3, 5, 0, 0), "dmy", dt.date(2024, 3, 5)),
])
def test_dates(written, order, day) -> None:
    assert values.parse_date(written, order) == day


def test_impossible_dates_say_how_they_were_read() -> None:
    with pytest.raises(ValueError, match="no such day .read as month/day/year"):
        values.parse_date("13/05/2024", "mdy")
    with pytest.raises(ValueError, match="is not a date"):
        values.parse_date("вчера")


def test_the_day_month_order_is_guessed_where_a_date_decides_it() -> None:
    assert values.guess_order(["01/02/2024", "25/12/2023"]) == "dmy"
    assert values.guess_order(["12/25/2023"]) == "mdy"
    assert values.guess_order(["01/02/2024"]) is None


def test_a_year_of_birth_alone() -> None:
    assert values.parse_birth("1990") == (None, 1990)
    assert values.parse_birth("1990 г.") == (None, 1990)
    assert values.parse_birth(1990) == (None, 1990)
    assert values.parse_birth("12.04.1990") == (dt.date(1990, 4, 12), 1990)


@pytest.mark.parametrize("written", ["Узбекистан", "Өзбекстан", "Uzbekistan", "UZB", "uz", " узбекистан "])
def test_countries_by_code_or_name_in_three_languages(written) -> None:
    assert values.parse_country(written) == "UZB"


def test_the_usual_short_names_and_statelessness() -> None:
    assert [values.parse_country(n) for n in ("Россия", "Ресей", "Киргизия", "Кыргызстан", "ЛБГ")] == [
        "RUS", "RUS", "KGZ", "KGZ", "XXA"]
    with pytest.raises(ValueError, match="'Атлантида' is not a country"):
        values.parse_country("Атлантида")


@pytest.mark.parametrize("kind, written, code", [
    ("category", "Трудовой мигрант", "labour_migrant"), ("category", "еңбек мигранты", "labour_migrant"),
    ("category", "refugee", "refugee"), ("category", "Босқын", "refugee"), ("category", "кандас", "kandas"),
    ("basis", "безвиз", "visa_free"), ("basis", "Visa-free", "visa_free"), ("basis", "ВНЖ", "residence_permit"),
    ("basis", "визасыз", "visa_free"), ("sex", "Ж", "female"), ("sex", "ер", "male"), ("sex", "M", "male"),
    ("document_kind", "Паспорт", "passport"), ("priority", "шұғыл", "urgent"),
])
def test_coded_values_by_their_words(kind, written, code) -> None:
    assert values.parse_word(kind, written) == code


def test_an_iin_that_excel_kept_as_a_number_gets_its_leading_zero_back() -> None:
    assert values.parse_iin(50203600015.0) == "050203600015"
    assert values.parse_iin("950203 400186") == "950203400186"


def test_a_full_name_in_one_column() -> None:
    assert values.split_full_name("Алиев Рустам Алиевич оглы") == ("Алиев", "Рустам", "Алиевич оглы")
    assert values.split_full_name("Kim Olga") == ("Kim", "Olga", None)
