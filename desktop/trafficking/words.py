"""What the trafficking screens call stored values, in the user's language.

The values are data (`resources/screening/vocabulary.toml`, like the indicators' wording), so
they read the same in Russian and Kazakh as the letters do; the screens' own words go through
Qt's translation layer as everywhere else.
"""
from __future__ import annotations

import enum
import tomllib
from functools import cache

from desktop import i18n
from models.paths import resource
from models.services.directory import names_of

VOCABULARY = resource("screening", "vocabulary.toml")


@cache
def _vocabulary() -> dict:
    return tomllib.loads(VOCABULARY.read_text(encoding="utf-8"))


def word(kind: str, value: str | enum.Enum | None) -> str:
    """e.g. word("status", "sent") -> "Отправлено" in Russian; the value itself if it has no word."""
    if value is None:
        return ""
    code = value.value if isinstance(value, enum.Enum) else str(value)
    language = _vocabulary().get(i18n.current(), _vocabulary()["en"])
    return language.get(kind, {}).get(code) or _vocabulary()["en"].get(kind, {}).get(code, code)


def words(kind: str, values) -> str:
    return ", ".join(word(kind, v) for v in values)


def choices(kind: str, values) -> list[tuple[str, str]]:
    """(stored, shown) pairs for a ChoiceEdit."""
    return [(v.value if isinstance(v, enum.Enum) else v, word(kind, v)) for v in values]


def organisation(name: str) -> str:
    """A directory entry's name in the user's language, as its letters print it (the seed list's names,
    `resources/directory/names.toml`); an entry the office added or renamed keeps the name it was given."""
    return dict(names_of(name)).get(i18n.current()) or name


def organisation_name(file, organisation_id) -> str:
    """The name of a case file's organisation, in the user's language."""
    return organisation(file.organisation_name(organisation_id))
