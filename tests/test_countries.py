from __future__ import annotations

import pytest

from models import countries


@pytest.mark.parametrize("code", ["UZB", "RUS", "CHN", "KGZ", "TJK", "TUR", "IND", "AFG", "KAZ", "XXA", "XXX"])
def test_known_codes(code: str) -> None:
    assert countries.is_known(code)


@pytest.mark.parametrize("code", ["uzb", "UZ", "UZBK", "", "XXB", "SUN", "D", None, 860])
def test_unknown_codes(code: object) -> None:
    assert not countries.is_known(code)


def test_english_names_are_the_common_short_names() -> None:
    assert countries.name("UZB") == "Uzbekistan"
    assert countries.name("KOR") == "South Korea"
    assert countries.name("TUR") == "Türkiye"
    assert countries.name("XXA") == "Stateless"


def test_russian_and_kazakh_names() -> None:
    assert countries.name("UZB", "ru") == "Узбекистан"
    assert countries.name("UZB", "kk") == "Өзбекстан"
    assert countries.name("RUS", "kk") == "Ресей"
    assert countries.name("KOR", "ru") == "Южная Корея"
    assert countries.name("XXA", "ru") == "Лицо без гражданства"
    assert countries.name("XXX", "kk") == "Азаматтығы анықталмаған"


def test_kazakh_falls_back_to_the_official_name_then_english() -> None:
    # The kk catalogue has no entry for the common name "Syria", but has the official one.
    assert countries.name("SYR", "kk") == "Сирия Араб Республикасы"
    every_name = {countries.name(code, "kk") for code in countries.all_codes()}
    assert "" not in every_name


def test_unknown_code_or_language_is_refused() -> None:
    with pytest.raises(KeyError, match="QQQ"):
        countries.name("QQQ")
    with pytest.raises(ValueError, match="de"):
        countries.name("UZB", "de")  # type: ignore[arg-type]


def test_all_codes_sorted_and_complete() -> None:
    codes = countries.all_codes()
    assert list(codes) == sorted(codes)
    assert len(codes) == len(set(codes)) >= 249 + 2
    assert {"XXA", "XXX", "KAZ"} <= set(codes)
    assert all(len(code) == 3 and code.isupper() for code in codes)
