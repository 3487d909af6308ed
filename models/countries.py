"""Citizenship codes: ISO 3166-1 alpha-3 (from `pycountry`) plus two ICAO 9303 codes.

`XXA` is a stateless person and `XXX` a person of unspecified nationality, as
ICAO Doc 9303 writes them in machine-readable travel documents. The other
ICAO-only codes (`XXB`/`XXC` refugees, `XXP`, `UNO`/`UNA`/`UNK`, `EUE`, the
MRZ `D` for Germany, `RKS` for Kosovo) are not citizenships Qamqor records.

Lookups are plain dictionary reads built once, because `is_known` runs while
validating every record of an import or of the demo database.
"""
from __future__ import annotations

import gettext
from functools import cache
from typing import Literal

import pycountry

Language = Literal["en", "ru", "kk"]

STATELESS = "XXA"
UNSPECIFIED = "XXX"

_SPECIAL_NAMES: dict[str, dict[str, str]] = {
    STATELESS: {"en": "Stateless", "ru": "Лицо без гражданства", "kk": "Азаматтығы жоқ адам"},
    UNSPECIFIED: {"en": "Unspecified nationality", "ru": "Гражданство не установлено", "kk": "Азаматтығы анықталмаған"},
}


@cache
def _english_names() -> dict[str, str]:
    # The short common name where ISO has one ("South Korea", not "Korea, Republic of").
    names = {country.alpha_3: getattr(country, "common_name", None) or country.name for country in pycountry.countries}
    names.update({code: names_by_lang["en"] for code, names_by_lang in _SPECIAL_NAMES.items()})
    return names


@cache
def _codes() -> frozenset[str]:
    return frozenset(_english_names())


@cache
def _translated_names(lang: str) -> dict[str, str]:
    translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
    names: dict[str, str] = {}
    for country in pycountry.countries:
        # The common name first; where the catalogue lacks it, the official short name; then English.
        candidates = [getattr(country, "common_name", None), country.name]
        for msgid in filter(None, candidates):
            translated = translation.gettext(msgid)
            if translated != msgid:
                names[country.alpha_3] = translated
                break
        else:
            names[country.alpha_3] = _english_names()[country.alpha_3]
    names.update({code: names_by_lang[lang] for code, names_by_lang in _SPECIAL_NAMES.items()})
    return names


def is_known(code: object) -> bool:
    """True for an upper-case ISO 3166-1 alpha-3 code, `XXA` or `XXX` (anything else is False)."""
    return isinstance(code, str) and code in _codes()


def name(code: str, lang: Language = "en") -> str:
    """The country's name in English, Russian or Kazakh (English where no translation exists).

    Raises `KeyError` for a code `is_known` rejects.
    """
    if lang == "en":
        names = _english_names()
    elif lang in ("ru", "kk"):
        names = _translated_names(lang)
    else:
        raise ValueError(f"no country names in language {lang!r}; use 'en', 'ru' or 'kk'")
    try:
        return names[code]
    except KeyError:
        raise KeyError(f"unknown citizenship code {code!r}") from None


@cache
def all_codes() -> tuple[str, ...]:
    """Every known code, sorted: the ISO countries, `XXA` and `XXX`."""
    return tuple(sorted(_codes()))
