"""Personal names across scripts: Latin transliteration and a search key.

`to_latin` writes a Cyrillic name in Latin letters the way Central Asian
passports do. `search_key` folds a name written in any script and in any of
its usual spellings to one key, so that find-as-you-type finds "Юсупов" when
someone types "Yusupov", and "Джураев" when someone types "Juraev".
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# --- to_latin ---------------------------------------------------------------

# ICAO Doc 9303 (7th ed.), Part 3, transliteration of Cyrillic characters, with
# the iotated vowels and a few Central Asian letters written as Kazakhstan's,
# Uzbekistan's and Tajikistan's passports and the older Russian passports
# write them: Й Y, Ю YU, Я YA, Ъ omitted, Ҳ/Һ H, Ҷ J. `strict_icao=True`
# gives the table as printed (Russian passports since 2014): Й I, Ю IU, Я IA,
# Ъ IE, Ҳ/Һ KH, Ҷ CH.
_PASSPORT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Kazakh (and Kyrgyz Ң Ө Ү)
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
    # Uzbek and Tajik
    "ў": "u", "ҳ": "h", "ҷ": "j", "ӣ": "i", "ӯ": "u",
    # Ukrainian, and the Cyrillic Azerbaijani letters still found in older documents
    "є": "ye", "ї": "yi", "ґ": "g", "ҹ": "j", "ј": "y", "ҝ": "g",
}
_STRICT_ICAO = _PASSPORT | {
    "й": "i", "ю": "iu", "я": "ia", "ъ": "ie", "һ": "kh", "ҳ": "kh", "ҷ": "ch", "є": "ie", "ї": "i",
}


def _tables(letters: dict[str, str]) -> tuple[dict[int, str], dict[int, str]]:
    """(title, upper) translate tables: an upper-case letter is "Zh" in "Жанна" and "ZH" in "ЖАННА"."""
    title = {ord(c): latin for c, latin in letters.items()}
    upper = dict(title)
    for c, latin in letters.items():
        title[ord(c.upper())] = latin.capitalize()
        upper[ord(c.upper())] = latin.upper()
    return title, upper


_PASSPORT_TABLES = _tables(_PASSPORT)
_STRICT_TABLES = _tables(_STRICT_ICAO)
_UPPER_CYRILLIC = "".join(c.upper() for c in _PASSPORT)
_UPPER_RUN = re.compile(f"[{_UPPER_CYRILLIC}A-Z]{{2}}")
_WORD = re.compile(r"\w+")


def to_latin(text: str, *, strict_icao: bool = False) -> str:
    """The name in Latin letters as a machine-readable passport writes it ("Юсупов" -> "Yusupov").

    Letters already Latin, digits, spaces, hyphens and apostrophes are kept.
    Case follows the source: "ЖАННА" -> "ZHANNA", "Жанна" -> "Zhanna". See the
    table above for the choices (Әлия -> "Aliya"; with `strict_icao`, "Aliia").
    """
    title, upper = _STRICT_TABLES if strict_icao else _PASSPORT_TABLES
    if _UPPER_RUN.search(text) is None:  # also initials: "Ж. Ю." -> "Zh. Yu."
        return text.translate(title)
    if text.isupper():
        return text.translate(upper)
    # Mixed: "ЮСУПОВ Жамшид" keeps the capitals of the first word only.
    return _WORD.sub(lambda m: m[0].translate(upper if m[0].isupper() else title), text)


# --- search_key ------------------------------------------------------------

# Step 1: Cyrillic to a plain Latin spelling, and the Latin letters with
# diacritics to their ASCII spelling ("Şahin" and "Šahin" -> "shahin").
_TO_ASCII: dict[int, str] = {ord(c): latin for c, latin in _PASSPORT.items()}
_TO_ASCII.update({ord(c): latin for c, latin in {
    "ё": "e", "ъ": "", "ь": "",
    "š": "sh", "ş": "sh", "ș": "sh", "ž": "zh", "č": "ch", "ç": "ch", "ğ": "g", "ı": "i",
    "ə": "a", "ä": "a", "ö": "o", "ő": "o", "ø": "o", "ü": "u", "ű": "u", "ß": "ss",
    "ł": "l", "đ": "d", "æ": "ae", "œ": "oe", "þ": "th",
}.items()})
# Apostrophes vanish (Uzbek Gʻ, Oʻ; O'Brien); other punctuation separates words.
_TO_ASCII.update({ord(c): "" for c in "'ʻʼ’‘`´"})
_TO_ASCII.update({ord(c): " " for c in "-‐‑–—_.,;:/\\()[]\"«»"})
_UZBEK_O = re.compile("o['ʻʼ’‘`´]")  # Uzbek Oʻ is Cyrillic Ў

# Step 2: spelling variants to one spelling, longest match first.
_FOLD = {
    "dsch": "zh", "tsch": "ch", "shch": "shch", "chzh": "zh",  # German Dsch, Tsch; Russian Chinese Чж
    "sch": "sh", "tch": "ch", "dzh": "zh",
    "dj": "zh", "zh": "zh", "sh": "sh", "ch": "ch", "kh": "kh", "gh": "g", "ph": "f", "th": "t",
    "ck": "k", "ts": "c", "tz": "c",
    "ye": "e", "yo": "e",  # Ё/Е, and the glide in Aliyev, Andreyev, Fyodor, Bakhtiyor, Yerlan
    "j": "zh", "h": "kh", "x": "kh", "q": "k", "w": "v", "y": "i",
}
_FOLD_RE = re.compile("|".join(sorted(_FOLD, key=len, reverse=True)))
_FINAL_NG = re.compile(r"ng\b")
_DOUBLED = re.compile(r"(.)\1+")
_NOT_LETTER = re.compile(r"[\W\d_]+")


@lru_cache(maxsize=1 << 16)
def search_key(text: str) -> str:
    """A key under which every usual spelling of a name, in Cyrillic or Latin, is the same.

    Words stay separated by one space; everything but letters is dropped.
    The folding, applied in this order:

    1. Cyrillic letters as in `to_latin` (Russian, Kazakh, Kyrgyz, Uzbek,
       Tajik, Ukrainian); Ё, Э = E; Ъ and Ь are dropped (Игорь = Igor,
       Васильев = Vasilev); Ў and Uzbek Oʻ = U (Ўткир = Oʻtkir = Utkir).
       Latin letters with diacritics: Š Ş = SH, Ž = ZH, Č Ç = CH, Ğ = G,
       I/ı = I, Ə Ä = A, Ö = O, Ü = U, others lose their accents.
    2. Spellings of one sound become one:
       Ш Sh Sch = sh; Щ Shch Schtsch = shch; Ч Ch Tch Tsch = ch;
       Ж Zh J Дж Dzh Dj Ҷ = zh; Х Kh H X Ҳ Һ = kh; Ц Ts Tz C = c;
       Қ K Q Ck = k; Ғ G Gh = g; Ф F Ph = f; В V W = v (-ov = -ow);
       Й Y I Ы І = i (Aibek = Aybek, Sadykov = Sadikov);
       Ye Yo after anything = e (Yerlan = Ерлан, Fyodor = Фёдор = Fedor,
       Aliyev = Алиев, Bakhtiyor = Бахтиёр = Bakhtier);
       Ю Yu Iu = iu, Я Ya Ia = ia; Чж = Zh and a final -ng = -n (pinyin
       Zhang = Чжан, Wang = Ван).
    3. Doubled letters are single (Hassan = Hasan, Zhanna = Zhana, Yuriy = Yuri).

    Decisions and limits:

    - Gender endings are not folded: "Ivanova" and "Ivanov" have different
      keys, but the key of "Ivanov" is a prefix of the key of "Ivanova", so a
      prefix search for the man's form finds both.
    - A J is Ж/Дж (Uzbek, Turkic and English spelling: Jamshid, Juraev), never
      the German and Polish Й: "Jusupov" is Жусупов/Zhusupov, not Yusupov,
      and "Julia" is not "Yulia". Folding J with Y would merge Жанна and Яна.
    - An initial Y is kept before U and A: "Usupov" is not "Yusupov" (else
      Яна would be Анна).
    - Turkish and Azerbaijani C (= J) is read as Ц; German Z (= Ts) as З;
      English C (= K) as Ц; X (Alexander) as Х. Vowels are not folded
      (Uzbek O is Russian А in Abdullo/Абдулла; Baurzhan is not Bauyrzhan).
      Chinese names match across pinyin and Russian only where the letters
      agree (Zhang, Wang, Liu; not Xu = Сюй). Scripts other than Cyrillic and
      Latin (Han, Arabic) are kept as they are.
    - Prefixes: the key of the first letters of a name is the first part of
      its key, except inside a Latin letter group (typing "D", "T" of
      "Dzh", "Ts" shows D- and T- names until the next letter), at Cyrillic
      Дж, Тс, Чж, and at a Y before E/O (typing "Y" of "Yerlan").
    """
    s = _UZBEK_O.sub("u", text.casefold()).translate(_TO_ASCII)
    if not s.isascii():
        s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = _NOT_LETTER.sub(" ", s)
    s = _FOLD_RE.sub(lambda m: _FOLD[m[0]], s)
    s = _FINAL_NG.sub("n", s)
    s = _DOUBLED.sub(r"\1", s)
    return " ".join(s.split())


def full_name(family_name: str | None, given_name: str | None, patronymic: str | None = None) -> str:
    """A person's name as Qamqor writes it everywhere: family name, given name, patronymic (those given)."""
    return " ".join(filter(None, (family_name, given_name, patronymic)))
