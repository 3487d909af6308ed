"""The explanation texts: three languages, same placeholders, real Kazakh and Russian."""
from __future__ import annotations

import re
import string
from datetime import date

import pytest

from models.rules import messages

PLACEHOLDER = re.compile(r"\{[^}]*\}")


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_message_exists_in_every_language_with_the_same_placeholders():
    english = messages.TEMPLATES["en"]
    for lang in ("ru", "kk"):
        assert set(messages.TEMPLATES[lang]) == set(english)
        for key, template in english.items():
            assert fields(messages.TEMPLATES[lang][key]) == fields(template), (lang, key)


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_russian_and_kazakh_texts_are_cyrillic(lang):
    for key, template in messages.TEMPLATES[lang].items():
        assert not re.search(r"[A-Za-z]", PLACEHOLDER.sub("", template)), key


def test_kazakh_texts_use_kazakh_letters():
    kazakh_letters = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
    for key, template in messages.TEMPLATES["kk"].items():
        assert kazakh_letters & set(template), key


def test_dates_in_three_languages():
    day = date(2024, 6, 8)
    assert messages.format_date(day, "en") == "8 June 2024"
    assert messages.format_date(day, "ru") == "8 июня 2024"
    assert messages.format_date(day, "kk") == "2024 жылғы 8 маусым"
    assert [messages.format_date(date(2024, m, 1), "kk").split()[-1] for m in (1, 3, 9, 12)] == [
        "қаңтар", "наурыз", "қыркүйек", "желтоқсан"]


def test_quantities():
    assert [messages.quantity(n, "day", "ru") for n in (1, 2, 5, 11, 21, 22, 90)] == [
        "1 день", "2 дня", "5 дней", "11 дней", "21 день", "22 дня", "90 дней"]
    assert messages.quantity(1, "year", "ru") == "1 год" and messages.quantity(5, "year", "ru") == "5 лет"
    assert messages.quantity(1, "month", "en") == "1 month" and messages.quantity(3, "month", "en") == "3 months"
    assert messages.quantity(5, "wday", "kk") == "5 жұмыс күні"


def test_unknown_country_code_falls_back_to_the_code():
    assert messages.country_name("ZZZ", "en") == "ZZZ"
