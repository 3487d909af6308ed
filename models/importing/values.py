"""Cell values as people write them: dates, countries, sex, categories, stay bases, document kinds.

Each parser takes what a cell holds (text, a number, a `datetime` from Excel) and returns the value
Qamqor stores, or raises `ValueError` with a sentence that says what was expected.

Decisions: dates with a two-digit year take the century that puts them at most 10 years in the
future (`05.03.24` is 2024, `12.04.90` is 1990); an Excel date serial is a whole number from 1
(1 January 1900) to 73050 (31 December 2099), with Excel's own 1900 leap-year error (serials are
counted from 30 December 1899, as every spreadsheet program writes them today). A `/` or `.` date
takes the day-month order the import was given (`dmy` unless chosen otherwise: Kazakhstan writes
the day first); an ISO date `2024-03-05` is always year-month-day.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import cache

from models import clock, countries
from models.importing.fields import normalized

EXCEL_EPOCH = dt.date(1899, 12, 30)
MAX_SERIAL = 73050  # 2099-12-31
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?")
_NUMERIC = re.compile(r"(\d{1,2})[./\-](\d{1,2})[./\-](\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")
_YEAR = re.compile(r"(\d{4})(?:\s*(?:г|г\.|год|ж|ж\.|жыл))?")
_SERIAL = re.compile(r"\d{1,5}(?:\.0+)?")


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text(value: object) -> str | None:
    """A cell as text: numbers without a spurious `.0` (Excel stores 12345 as 12345.0)."""
    if is_blank(value):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return " ".join(str(value).split())


def _century(two_digits: int, today: dt.date) -> int:
    year = 2000 + two_digits
    return year if year <= today.year + 10 else year - 100


def _serial(number: float) -> dt.date:
    if not (1 <= number <= MAX_SERIAL) or not float(number).is_integer():
        raise ValueError("is not a date (a spreadsheet date number is a whole number from 1 to 73050)")
    return EXCEL_EPOCH + dt.timedelta(days=int(number))


def parse_date(value: object, order: str = "dmy", today: dt.date | None = None) -> dt.date:
    """A date from `05.03.2024`, `2024-03-05`, `5/3/2024` (in `order`: "dmy" or "mdy"), `05.03.24`,
    an Excel date serial or a date cell."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise ValueError("is not a date")
    if isinstance(value, (int, float)):
        return _serial(value)
    written = str(value).strip()
    if found := _ISO.fullmatch(written):
        year, month, day = (int(g) for g in found.groups())
    elif found := _NUMERIC.fullmatch(written):
        first, second, year = (int(g) for g in found.groups())
        if len(found[3]) == 2:
            year = _century(year, today or clock.today())
        day, month = (first, second) if order == "dmy" else (second, first)
    elif _SERIAL.fullmatch(written) and int(float(written)) > 31:
        return _serial(float(written))
    else:
        example = "05.03.2024" if order == "dmy" else "03/05/2024"
        raise ValueError(f"is not a date (write it as {example} or 2024-03-05)")
    try:
        return dt.date(year, month, day)
    except ValueError:
        shown = "day.month.year" if order == "dmy" else "month/day/year"
        raise ValueError(f"is not a date: there is no such day (read as {shown})") from None


def parse_birth(value: object, order: str = "dmy") -> tuple[dt.date | None, int | None]:
    """(birth date, birth year): many migrants know only the year ("1990", "1990 г.")."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 1900 <= value <= 2100:
        return None, int(value)
    if isinstance(value, str) and (found := _YEAR.fullmatch(value.strip().casefold())):
        return None, int(found[1])
    day = parse_date(value, order)
    return day, day.year


def guess_order(values: list[object]) -> str | None:
    """"dmy" or "mdy" when some written date decides it (a first part over 12, or a second), else None."""
    votes = {"dmy": 0, "mdy": 0}
    for value in values:
        if isinstance(value, str) and (found := _NUMERIC.fullmatch(value.strip())):
            first, second = int(found[1]), int(found[2])
            if first > 12 >= second:
                votes["dmy"] += 1
            elif second > 12 >= first:
                votes["mdy"] += 1
    if votes["dmy"] == votes["mdy"]:
        return None
    return max(votes, key=votes.__getitem__)


# --- words in three languages ------------------------------------------------------------------

WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "sex": {
        "female": ("f", "ж", "жен", "женский", "женщина", "female", "woman", "әйел", "қыз", "w"),
        "male": ("m", "м", "муж", "мужской", "мужчина", "male", "man", "ер", "еркек"),
        "unknown": ("?", "unknown", "не указан", "неизвестно", "белгісіз"),
    },
    "category": {
        "labour_migrant": ("labour migrant", "labor migrant", "migrant worker", "трудовой мигрант",
                           "трудящийся мигрант", "мигрант", "еңбек мигранты", "labour"),
        "trafficking_survivor": ("trafficking survivor", "victim of trafficking", "trafficking",
                                 "жертва торговли людьми", "пострадавший от торговли людьми", "жертва тл",
                                 "адам саудасының құрбаны", "адам саудасынан зардап шеккен"),
        "refugee": ("refugee", "беженец", "беженка", "босқын"),
        "asylum_seeker": ("asylum seeker", "ищущий убежище", "лицо ищущее убежище", "просит убежища",
                          "баспана іздеуші", "пана іздеуші"),
        "stateless": ("stateless", "stateless person", "лбг", "лицо без гражданства", "апатрид",
                      "азаматтығы жоқ адам", "азаматтығы жоқ"),
        "kandas": ("kandas", "кандас", "оралман", "qandas"),
        "other": ("other", "другое", "иное", "прочее", "басқа"),
    },
    "basis": {
        "visa_free": ("visa free", "visa-free", "без визы", "безвиз", "безвизовый", "безвизовый режим",
                      "визасыз", "визасыз режим"),
        "visa": ("visa", "виза", "по визе", "виза бойынша"),
        "residence_permit": ("residence permit", "вид на жительство", "внж", "рвп", "разрешение на проживание",
                             "разрешение на временное проживание", "тұруға ықтиярхат", "ықтиярхат"),
        "refugee": ("refugee", "беженец", "статус беженца", "босқын", "босқын мәртебесі"),
        "asylum_seeker": ("asylum seeker", "ищущий убежище", "убежище", "баспана іздеуші", "пана іздеуші"),
        "diplomatic": ("diplomatic", "дипломатический", "дипломатиялық"),
        "other": ("other", "другое", "иное", "басқа"),
    },
    "document_kind": {
        "passport": ("passport", "паспорт", "загранпаспорт", "төлқұжат"),
        "id_card": ("id card", "id", "удостоверение личности", "уд личности", "удостоверение", "жеке куәлік"),
        "travel_document": ("travel document", "проездной документ", "жол жүру құжаты"),
        "refugee_travel_document": ("refugee travel document", "проездной документ беженца",
                                    "босқынның жол жүру құжаты"),
        "stateless_travel_document": ("stateless travel document", "проездной документ лбг",
                                      "азаматтығы жоқ адамның жол жүру құжаты"),
        "birth_certificate": ("birth certificate", "свидетельство о рождении", "туу туралы куәлік"),
        "other": ("other", "другой", "другое", "басқа"),
    },
    "priority": {
        "low": ("low", "низкий", "төмен"),
        "normal": ("normal", "обычный", "средний", "қалыпты", "орташа"),
        "high": ("high", "высокий", "жоғары"),
        "urgent": ("urgent", "срочный", "срочно", "шұғыл", "жедел"),
    },
}

# The usual short names that ISO's catalogues write otherwise ("Российская Федерация", "Киргизия").
COUNTRY_ALIASES = {
    "россия": "RUS", "рф": "RUS", "russia": "RUS", "кыргызстан": "KGZ", "киргизстан": "KGZ",
    "kirgizia": "KGZ", "kyrgyz republic": "KGZ", "кыргызская республика": "KGZ", "турция": "TUR",
    "turkey": "TUR", "түркия": "TUR", "корея": "KOR", "korea": "KOR", "south korea": "KOR",
    "республика корея": "KOR", "кнр": "CHN", "белоруссия": "BLR", "беларусь": "BLR", "belarus": "BLR",
    "молдавия": "MDA", "молдова": "MDA", "moldova": "MDA", "иран": "IRN", "iran": "IRN", "сша": "USA",
    "usa": "USA", "великобритания": "GBR", "uk": "GBR", "казахстан": "KAZ", "рк": "KAZ", "вьетнам": "VNM",
    "vietnam": "VNM", "сирия": "SYR", "syria": "SYR", "лбг": "XXA", "без гражданства": "XXA",
    "stateless": "XXA", "апатрид": "XXA", "азаматтығы жоқ": "XXA", "не установлено": "XXX",
}


@cache
def _word_index(kind: str) -> dict[str, str]:
    index = {normalized(code): code for code in WORDS[kind]}
    for code, words in WORDS[kind].items():
        for word in words:
            index[normalized(word)] = code
    return index


def parse_word(kind: str, value: object) -> str:
    """A coded value (category, basis, sex, document kind, priority) from its code or its words."""
    found = _word_index(kind).get(normalized(value))
    if found is None:
        examples = ", ".join(WORDS[kind])
        raise ValueError(f"is not a value Qamqor knows (one of: {examples}, in English, Russian or Kazakh)")
    return found


@cache
def _country_index() -> dict[str, str]:
    import pycountry

    index: dict[str, str] = {}
    for code in countries.all_codes():
        index[normalized(code)] = code
        for lang in ("en", "ru", "kk"):
            index.setdefault(normalized(countries.name(code, lang)), code)
    for country in pycountry.countries:
        index.setdefault(normalized(country.alpha_2), country.alpha_3)
        index.setdefault(normalized(country.name), country.alpha_3)
        if official := getattr(country, "official_name", None):
            index.setdefault(normalized(official), country.alpha_3)
    index.update({normalized(alias): code for alias, code in COUNTRY_ALIASES.items()})
    return index


def parse_country(value: object) -> str:
    """An ISO 3166-1 code (alpha-3 or alpha-2), or a country's name in English, Russian or Kazakh."""
    found = _country_index().get(normalized(value))
    if found is None:
        raise ValueError(f"'{text(value)}' is not a country Qamqor knows (write its name in English, Russian "
                         "or Kazakh, or its ISO code such as UZB)")
    return found


def split_full_name(value: object) -> tuple[str, str, str | None]:
    """"Юсупов Алишер Рустамович" -> (family, given, patronymic); two words: no patronymic.

    Words after the third go with the patronymic ("Алиев Рустам Алиевич оглы", "... кызы", "... ұлы")."""
    words = str(value).split()
    if len(words) < 2:
        raise ValueError("needs at least a family name and a given name")
    return words[0], words[1], " ".join(words[2:]) or None


def parse_iin(value: object) -> str:
    """An IIN as digits: Excel keeps 12 digits as a number (and drops a leading zero, which is put back)."""
    written = text(value) or ""
    digits = re.sub(r"[\s\-]", "", written)
    if digits.isdigit() and len(digits) == 11:
        digits = "0" + digits  # born in the 2000s: the IIN starts with 0, which a number loses
    return digits
