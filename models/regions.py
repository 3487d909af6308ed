"""The regions of Kazakhstan (since the 2022 reform): 17 regions and 3 cities of republican significance.

A region is stored under its Russian official short name ("Карагандинская обл.",
"г. Алматы", "область Абай"), as employers' addresses and the quota tables write it. `region_of`
finds the region an address lies in, from the region's name or its main
cities' names in Russian, Kazakh or Latin letters, so that a caseworker never
has to pick a region by hand; `canonical` turns a region as typed into the
stored name. Both return None when they cannot tell.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class Region:
    name: str  # as stored
    en: str
    kk: str
    names: tuple[str, ...]  # how the region itself is written (matched before any city)
    cities: tuple[str, ...]  # cities and towns that tell the region
    # Russian, where the stored (official) name is written with Kazakh letters: "область Ұлытау" reads
    # "область Улытау" in a Russian text.
    ru: str = ""

    def label(self, lang: str = "en") -> str:
        return {"en": self.en, "kk": self.kk}.get(lang, self.ru or self.name)


REGIONS: tuple[Region, ...] = (
    Region("г. Алматы", "Almaty (city)", "Алматы қаласы", ("город алматы", "г. алматы", "almaty city",
                                                           "алматы қаласы"), ("алматы", "алма-ата", "almaty")),
    Region("г. Астана", "Astana (city)", "Астана қаласы", ("город астана", "г. астана", "astana city",
                                                           "астана қаласы"),
           ("астана", "нур-султан", "нұр-сұлтан", "astana", "nur-sultan")),
    Region("г. Шымкент", "Shymkent (city)", "Шымкент қаласы", ("город шымкент", "г. шымкент", "shymkent city",
                                                               "шымкент қаласы"), ("шымкент", "shymkent", "chimkent")),
    Region("область Абай", "Abai Region", "Абай облысы", ("область абай", "абайская", "абай обл", "абай облысы", "abai region",
                                                           "abay region"),
           ("семей", "семипалатинск", "semey", "аягоз", "курчатов")),
    Region("Акмолинская обл.", "Akmola Region", "Ақмола облысы", ("акмолинская", "ақмола облысы", "akmola"),
           ("кокшетау", "көкшетау", "kokshetau", "косшы", "степногорск", "щучинск")),
    Region("Актюбинская обл.", "Aktobe Region", "Ақтөбе облысы", ("актюбинская", "ақтөбе облысы", "aktobe region"),
           ("актобе", "ақтөбе", "aktobe", "aqtobe")),
    Region("Алматинская обл.", "Almaty Region", "Алматы облысы", ("алматинская", "алматы облысы", "almaty region",
                                                                  "almaty oblast"),
           ("конаев", "қонаев", "konaev", "kunaev", "капчагай", "каскелен", "талгар", "есик")),
    Region("Атырауская обл.", "Atyrau Region", "Атырау облысы", ("атырауская", "атырау облысы", "atyrau region"),
           ("атырау", "atyrau", "кульсары")),
    Region("Восточно-Казахстанская обл.", "East Kazakhstan Region", "Шығыс Қазақстан облысы",
           ("восточно-казахстанская", "вко", "шығыс қазақстан", "east kazakhstan"),
           ("усть-каменогорск", "өскемен", "oskemen", "ust-kamenogorsk", "риддер", "алтай")),
    Region("Жамбылская обл.", "Jambyl Region", "Жамбыл облысы", ("жамбылская", "жамбыл облысы", "jambyl", "zhambyl"),
           ("тараз", "taraz", "шу", "каратау")),
    Region("область Жетісу", "Jetisu Region", "Жетісу облысы", ("область жетісу", "область жетысу", "жетысуская", "жетісу облысы",
                                                                 "jetisu", "zhetysu"),
           ("талдыкорган", "талдықорған", "taldykorgan", "текели", "жаркент"), "область Жетысу"),
    Region("Западно-Казахстанская обл.", "West Kazakhstan Region", "Батыс Қазақстан облысы",
           ("западно-казахстанская", "зко", "батыс қазақстан", "west kazakhstan"),
           ("уральск", "орал", "oral", "uralsk", "аксай")),
    Region("Карагандинская обл.", "Karaganda Region", "Қарағанды облысы", ("карагандинская", "қарағанды облысы",
                                                                           "karaganda region"),
           ("караганда", "қарағанды", "karaganda", "qaraghandy", "темиртау", "балхаш", "шахтинск")),
    Region("Костанайская обл.", "Kostanay Region", "Қостанай облысы", ("костанайская", "қостанай облысы",
                                                                       "kostanay region"),
           ("костанай", "қостанай", "kostanay", "рудный", "лисаковск")),
    Region("Кызылординская обл.", "Kyzylorda Region", "Қызылорда облысы", ("кызылординская", "қызылорда облысы",
                                                                           "kyzylorda region"),
           ("кызылорда", "қызылорда", "kyzylorda", "байконур", "аральск")),
    Region("Мангистауская обл.", "Mangystau Region", "Маңғыстау облысы", ("мангистауская", "маңғыстау облысы",
                                                                          "mangystau", "mangistau"),
           ("актау", "ақтау", "aktau", "жанаозен", "жаңаөзен")),
    Region("Павлодарская обл.", "Pavlodar Region", "Павлодар облысы", ("павлодарская", "павлодар облысы",
                                                                       "pavlodar region"),
           ("павлодар", "pavlodar", "экибастуз", "ekibastuz", "аксу")),
    Region("Северо-Казахстанская обл.", "North Kazakhstan Region", "Солтүстік Қазақстан облысы",
           ("северо-казахстанская", "ско", "солтүстік қазақстан", "north kazakhstan"),
           ("петропавловск", "петропавл", "petropavl", "petropavlovsk")),
    Region("Туркестанская обл.", "Turkistan Region", "Түркістан облысы", ("туркестанская", "түркістан облысы",
                                                                          "turkistan region", "turkestan region"),
           ("туркестан", "түркістан", "turkistan", "turkestan", "кентау", "сарыагаш", "жетысай")),
    Region("область Ұлытау", "Ulytau Region", "Ұлытау облысы", ("область ұлытау", "область улытау", "улытауская", "ұлытау облысы",
                                                                 "ulytau"),
           ("жезказган", "жезқазған", "zhezkazgan", "сатпаев", "satpayev"), "область Улытау"),
)

BY_NAME = {region.name: region for region in REGIONS}
NAMES: tuple[str, ...] = tuple(region.name for region in REGIONS)


def _fold(text: str) -> str:
    return text.casefold().replace("ё", "е")


def _spelled(names: tuple[str, ...]) -> list[str]:
    """A Russian adjective ("алматинская") only with "обл." or "область": a street may carry the same word."""
    spelled = []
    for name in names:
        if name.endswith("ская"):
            spelled += [f"{name} обл", f"{name} область", f"{name} обл."]
        else:
            spelled.append(name)
    return spelled


@cache
def _patterns() -> tuple[tuple[re.Pattern, list[str]], ...]:
    """Region names first, then cities: "Алматинская обл., г. Конаев" is in Almaty Region, not Almaty city."""
    def alternation(pick) -> tuple[re.Pattern, list[str]]:
        spellings = sorted(((_fold(s), r.name) for r in REGIONS for s in _spelled(pick(r))), key=lambda p: -len(p[0]))
        groups = "|".join(f"(?P<g{i}>{re.escape(s)})" for i, (s, _) in enumerate(spellings))
        return re.compile(rf"(?<![\w-])(?:{groups})(?![\w-])"), [name for _, name in spellings]
    return alternation(lambda r: r.names), alternation(lambda r: r.cities)


def region_of(address: str | None) -> str | None:
    """The stored name of the region `address` lies in, or None if the address does not tell."""
    if not address:
        return None
    text = _fold(address)
    for pattern, names in _patterns():
        found = pattern.search(text)
        if found is not None and found.lastgroup is not None:
            return names[int(found.lastgroup[1:])]
    return None


def canonical(region: str | None) -> str | None:
    """A region as typed or stored ("Almaty city", "область Абай") as its stored name; None if unknown."""
    if not region or not region.strip():
        return None
    region = region.strip()
    if region in BY_NAME:
        return region
    return region_of(region)


def label(name: str | None, lang: str = "en") -> str:
    """A stored region name in the user's language (Russian: as stored, in Russian letters)."""
    if name is None:
        return ""
    region = BY_NAME.get(name)
    return region.label(lang) if region is not None else name
