from __future__ import annotations

import itertools
import tomllib
from pathlib import Path

import pytest

from models.names import search_key, to_latin

NAMES_TOML = Path(__file__).resolve().parent.parent / "resources" / "demo" / "names.toml"


# --- to_latin -----------------------------------------------------------------

@pytest.mark.parametrize(("cyrillic", "latin"), [
    # Russian
    ("Юсупов", "Yusupov"), ("Щербаков", "Shcherbakov"), ("Жанна", "Zhanna"), ("Хабибуллин", "Khabibullin"),
    ("Цой", "Tsoy"), ("Чернышёв", "Chernyshev"), ("Игорь", "Igor"), ("Наталья", "Natalya"), ("Объедков", "Obedkov"),
    ("Эдуард", "Eduard"), ("Андрей", "Andrey"), ("Юлия", "Yuliya"), ("Рыбаков", "Rybakov"),
    # Kazakh
    ("Әлия", "Aliya"), ("Айгерім", "Aygerim"), ("Қанат", "Kanat"), ("Ғалым", "Galym"), ("Ұлжан", "Ulzhan"),
    ("Мөлдір", "Moldir"), ("Бауыржан", "Bauyrzhan"), ("Жұмабаев", "Zhumabaev"), ("Нұрланұлы", "Nurlanuly"),
    ("Теңіз", "Teniz"), ("Һашим", "Hashim"),
    # Uzbek
    ("Ўткир", "Utkir"), ("Ғайрат", "Gayrat"), ("Ҳамид", "Hamid"), ("Қосимов", "Kosimov"), ("Бахтиёр", "Bakhtier"),
    # Tajik
    ("Ҷӯраев", "Juraev"), ("Раҳимзода", "Rahimzoda"), ("Тағоев", "Tagoev"), ("Мӣрзо", "Mirzo"),
    # Kyrgyz
    ("Өмүрбек", "Omurbek"), ("Үсөнов", "Usonov"), ("Чынгыз", "Chyngyz"),
])
def test_to_latin_passport_convention(cyrillic: str, latin: str) -> None:
    assert to_latin(cyrillic) == latin


@pytest.mark.parametrize(("cyrillic", "latin"), [
    ("Юсупов", "Iusupov"), ("Әлия", "Aliia"), ("Андрей", "Andrei"), ("Объедков", "Obieedkov"),
    ("Ҷӯраев", "Churaev"), ("Ҳамид", "Khamid"), ("Яна", "Iana"),
])
def test_to_latin_strict_icao(cyrillic: str, latin: str) -> None:
    assert to_latin(cyrillic, strict_icao=True) == latin


def test_to_latin_follows_the_capitalisation() -> None:
    assert to_latin("ЖАННА") == "ZHANNA"
    assert to_latin("жанна") == "zhanna"
    assert to_latin("ЩЕРБАКОВ Юрий") == "SHCHERBAKOV Yuriy"
    assert to_latin("Ж. Ю. Щ.") == "Zh. Yu. Shch."
    assert to_latin("Мөнх-Эрдэнэ") == "Monkh-Erdene"
    assert to_latin("Рустам ўғли") == "Rustam ugli"


def test_to_latin_keeps_latin_and_other_characters() -> None:
    assert to_latin("Öztürk") == "Öztürk"
    assert to_latin("Oʻtkir") == "Oʻtkir"
    assert to_latin("Al-Hassan 2") == "Al-Hassan 2"
    assert to_latin("") == ""
    assert to_latin("Zhang Wei / Чжан Вэй") == "Zhang Wei / Chzhan Vey"


def test_every_cyrillic_demo_name_becomes_plain_latin() -> None:
    data = tomllib.loads(NAMES_TOML.read_text(encoding="utf-8"))
    for name_set in data["name_sets"].values():
        if name_set["script"] != "Cyrl":
            continue
        for name in itertools.chain(name_set["given_male"], name_set["given_female"], name_set["family"]):
            latin = to_latin(name)
            assert latin.replace("-", "").isascii() and latin.replace("-", "").isalpha(), (name, latin)


# --- search_key: spellings that must meet ---------------------------------------

SAME_PERSON = [
    # Russian and ICAO / informal Latin
    ["Юсупов", "Yusupov", "Iusupov", "YUSUPOV", "yusupov", "Yussupow"],
    ["Щербаков", "Shcherbakov", "Schtscherbakow", "SHCHERBAKOV"],
    ["Жанна", "Zhanna", "Zhana", "Janna", "Žanna"],
    ["Фёдор", "Федор", "Fedor", "Fyodor"],
    ["Семёнов", "Семенов", "Semenov", "Semyonov"],
    ["Ковалёв", "Kovalev", "Kovalyov"],
    ["Васильев", "Vasilev", "Vasilyev"],
    ["Андреев", "Andreev", "Andreyev"],
    ["Наталья", "Natalya", "Natalia", "Nataliya"],
    ["Татьяна", "Tatyana", "Tatiana"],
    ["Юлия", "Yuliya", "Iuliia", "Yulia"],
    ["Евгений", "Yevgeniy", "Evgenii", "Evgeny", "Evgeniy"],
    ["Юрий", "Yuriy", "Yurii", "Yuri"],
    ["Игорь", "Igor"],
    ["Цой", "Tsoi", "Tsoy", "Coi"],
    ["Мария", "Maria", "Mariya", "Mariia"],
    ["Ильяс", "Ilyas", "Ilias"],
    # Uzbek
    ["Джамшид", "Жамшид", "Jamshid", "Djamshid", "Dzhamshid"],
    ["Шухрат", "Shukhrat", "Shuhrat", "Shuxrat", "Šuhrat"],
    ["Бахтиёр", "Bakhtiyor", "Baxtiyor", "Bakhtier", "Бахтиер"],
    ["Ўткир", "Уткир", "Oʻtkir", "O'tkir", "Utkir"],
    ["Ғулом", "Gulom", "Gʻulom", "Ghulom"],
    ["Холматов", "Kholmatov", "Xolmatov", "Holmatov"],
    ["Раҳмонов", "Рахмонов", "Rahmonov", "Rakhmonov", "Raxmonov"],
    ["Зиёда", "Ziyoda", "Zieda"],
    ["Қосимов", "Косимов", "Qosimov", "Kosimov"],
    ["Мўминов", "Muminov", "Moʻminov"],
    # Kazakh
    ["Әлия", "Алия", "Aliya", "Aliia", "Alia"],
    ["Айгерім", "Айгерим", "Aigerim", "Aygerim"],
    ["Ерлан", "Erlan", "Yerlan", "YERLAN"],
    ["Қанат", "Канат", "Kanat", "Qanat"],
    ["Ғалым", "Галым", "Galym", "Ghalym"],
    ["Өмірзақ", "Omirzak", "Ömirzaq", "Omirzaq"],
    ["Жұмабаев", "Жумабаев", "Джумабаев", "Zhumabaev", "Dzhumabaev", "Jumabaev", "Jumabayev"],
    ["Ұлжан", "Улжан", "Ulzhan", "Uljan"],
    ["Есенов", "Yessenov", "Esenov"],
    # Kyrgyz
    ["Айбек", "Aibek", "Aybek"],
    ["Өмүрбек", "Омурбек", "Omurbek", "Ömürbek"],
    ["Чынгыз", "Chyngyz", "Chingiz", "Çıngız"],
    ["Садыков", "Sadykov", "Sadikov"],
    # Tajik
    ["Ҷӯраев", "Джураев", "Жураев", "Juraev", "Dzhuraev", "Jurayev"],
    ["Ҷамшед", "Джамшед", "Jamshed", "Dzhamshed"],
    ["Қурбонов", "Курбонов", "Qurbonov", "Kurbonov"],
    ["Ғафуров", "Гафуров", "Gafurov", "Ghafurov"],
    ["Хуршед", "Khurshed", "Hurshed", "Xurshed"],
    # Azerbaijani, Turkish
    ["Алиев", "Aliyev", "Aliev", "Əliyev"],
    ["Хасанов", "Khasanov", "Hasanov", "Hassanov", "Xasanov"],
    ["Şahin", "Shahin", "Шахин", "Shakhin"],
    ["Çelik", "Chelik", "Челик"],
    ["Məmmədov", "Mammadov", "Маммадов"],
    # Chinese in pinyin and in Russian (Palladius) spelling, where the letters allow
    ["Zhang", "Чжан"],
    ["Wang", "Ван"],
    ["Liu", "Лю"],
    ["Chen", "Чэнь"],
    # German
    ["Schmidt", "Шмидт", "Shmidt"],
    ["Müller", "Muller", "MÜLLER"],
]


@pytest.mark.parametrize("spellings", SAME_PERSON, ids=lambda spellings: spellings[0])
def test_spellings_of_one_name_share_a_key(spellings: list[str]) -> None:
    keys = {spelling: search_key(spelling) for spelling in spellings}
    assert len(set(keys.values())) == 1, keys


# --- search_key: names that must stay apart -------------------------------------

DIFFERENT_PEOPLE = [
    ("Karimov", "Kamilov"), ("Каримов", "Камалов"), ("Rustam", "Rustem"), ("Zhanna", "Yana"), ("Жанна", "Анна"),
    ("Яна", "Анна"), ("Юсупов", "Жусупов"), ("Yusupov", "Usupov"), ("Hasan", "Husan"), ("Шамиль", "Жамиль"),
    ("Тимур", "Темир"), ("Алиев", "Алимов"), ("Sharipov", "Sharafov"), ("Нодир", "Надир"), ("Dilnoza", "Dilfuza"),
    ("Ахмедов", "Мухамедов"), ("Азиз", "Аъзам"), ("Сабина", "Сабрина"), ("Zhou", "Zhu"), ("Kim", "Kin"),
    ("Щербаков", "Шербаков"), ("Шукуров", "Шакуров"), ("Исаков", "Исаев"), ("Бобоев", "Бабаев"),
]


@pytest.mark.parametrize(("one", "other"), DIFFERENT_PEOPLE)
def test_different_names_do_not_collide(one: str, other: str) -> None:
    assert search_key(one) != search_key(other)


@pytest.mark.parametrize(("man", "woman"), [
    ("Ivanov", "Ivanova"), ("Иванов", "Иванова"), ("Юсупов", "Yusupova"), ("Alimov", "Алимова"),
    ("Kovalyov", "Ковалёва"), ("Ахмедов", "Akhmedova"), ("Сейітов", "Seitova"), ("Nurlanov", "Нурланова"),
])
def test_gender_endings_are_not_folded_but_the_mans_key_is_a_prefix(man: str, woman: str) -> None:
    # Decision: "Ivanova" is not "Ivanov"; a prefix search for the man's form finds both.
    assert search_key(man) != search_key(woman)
    assert search_key(woman).startswith(search_key(man))


def test_accepted_collisions_and_limits_are_as_documented() -> None:
    # J is Ж, not the German Й: "Jusupov" is Жусупов, not Юсупов.
    assert search_key("Jusupov") == search_key("Жусупов") == search_key("Zhusupov")
    assert search_key("Jusupov") != search_key("Yusupov")
    # Doubled letters are single: Anna and Ana are one key (so are Hassan and Hasan).
    assert search_key("Анна") == search_key("Ana")
    # Ye/Yo is E: Ёркин and Эркин meet (ICAO writes both ERKIN).
    assert search_key("Ёркин") == search_key("Эркин") == search_key("Yorkin")


# --- search_key: form of the key -----------------------------------------------

def test_key_is_lower_case_ascii_words() -> None:
    assert search_key("  ЮСУПОВ   Жамшид  Рустамович ") == "iusupov zhamshid rustamovich"
    assert search_key("Abdul-Aziz") == "abdul aziz"
    assert search_key("Al-Hassan, Omar (2)") == "al khasan omar"
    assert search_key("") == ""
    assert search_key("—") == ""


def test_key_keeps_letters_of_other_scripts() -> None:
    assert search_key("张伟") == "张伟"
    assert search_key("Zhang 张") == "zhan 张"


def test_key_is_deterministic() -> None:
    search_key.cache_clear()
    first = [search_key(name) for name in ("Щербаков", "Ğülşen", "Oʻtkir")]
    search_key.cache_clear()
    assert first == [search_key(name) for name in ("Щербаков", "Ğülşen", "Oʻtkir")]


# --- search_key while typing ------------------------------------------------------

@pytest.mark.parametrize("name", [
    "Юсупов", "Алиев", "Каримов", "Жамшид", "Шухрат", "Щербаков", "Бахтиёр", "Ўткир", "Айгерім", "Қанат",
    "Өмүрбек", "Ҷӯраев", "Раҳмонов", "Васильев", "Наталья", "Фёдор", "Хасанов", "Исмоилзода", "Ковалёва",
])
def test_typing_a_cyrillic_name_letter_by_letter_stays_on_its_key(name: str) -> None:
    full = search_key(name)
    for end in range(1, len(name) + 1):
        assert full.startswith(search_key(name[:end])), (name[:end], search_key(name[:end]), full)


@pytest.mark.parametrize(("typed", "name"), [
    ("Yus", "Юсупов"), ("Yusup", "Yusupov"), ("Ali", "Алиев"), ("Aliy", "Aliyev"), ("Has", "Hassanov"),
    ("Hass", "Хасанов"), ("Sh", "Щербаков"), ("S", "Шухрат"), ("Z", "Жанна"), ("J", "Жанна"), ("K", "Холматов"),
    ("Kh", "Xolmatov"), ("Ch", "Чынгыз"), ("C", "Чынгыз"), ("Bakhtiyo", "Бахтиёр"), ("Fyo", "Фёдор"),
    ("Ivanov", "Иванова"), ("O'", "Ўткир"),
])
def test_typing_latin_finds_the_name_by_prefix(typed: str, name: str) -> None:
    assert search_key(name).startswith(search_key(typed))
