"""The import's words in English, Russian and Kazakh, without Qt: the `.xlsx` report of a dry run (issue 28).

The wizard shows the dry run's sentences through Qt's catalogues (`resources/translations/*_{lang}.ts`:
contexts ImportMessages, ServiceErrors, Messages, ImportReport). The report is written here, and models/
never imports Qt, so this module reads those same catalogues as the XML they are (Qt compiles them to
`.qm`): one translation of each sentence, whether a supervisor reads it on screen or in the file, where
`models.rules.messages` and the letters keep texts of their own that nothing in the GUI shares.

The dry run's own sentences are English (the `--json` contract and the tests read them); `sentence` finds
each one's template among `PATTERNS` and fills the translation with the parts the English carried. A schema's
refusal is translated by its code (`errors.ENGLISH`), never read back from its English.
"""
from __future__ import annotations

import datetime as dt
import enum
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from functools import cache
from typing import Any

from models.importing.fields import FIELDS
from models.paths import resource
from models.rules.messages import format_date
from models.services.errors import ENGLISH, FieldError

LANGUAGES = ("en", "ru", "kk")
MESSAGES = "ImportMessages"  # the dry run's sentences (the wizard's context too)
REPORT = "ImportReport"  # the report's sheet names and headers
# (the dry run's English, as a regular expression) -> its source text in MESSAGES, "{0}" for each group.
PATTERNS = [
    (r"is not a date \(write it as (\S+) or 2024-03-05\)", "is not a date (write it as {0} or 2024-03-05)"),
    (r"is not a date: there is no such day \(read as day\.month\.year\)",
     "is not a date: there is no such day (read as day.month.year)"),
    (r"is not a date: there is no such day \(read as month/day/year\)",
     "is not a date: there is no such day (read as month/day/year)"),
    (r"is not a date.*", "is not a date"),
    (r"'(.*)' is not a country Qamqor knows.*",
     "'{0}' is not a country Qamqor knows (write its name in English, Russian or Kazakh, or its ISO code such as "
     "UZB)"),
    (r"is not a value Qamqor knows \(one of: (.*), in English, Russian or Kazakh\)",
     "is not a value Qamqor knows (one of: {0}, in English, Russian or Kazakh)"),
    (r"needs at least a family name and a given name", "needs at least a family name and a given name"),
    (r"is required when the row gives an exit date, basis or border crossing",
     "is required when the row gives an exit date, basis or border crossing"),
    (r"is required to keep the row's note \(a note belongs to a case\)",
     "is required to keep the row's note (a note belongs to a case)"),
    (r"is after today: a list records entries that happened \(enter a planned trip in the case\)",
     "is after today: a list records entries that happened (enter a planned trip in the case)"),
    (r"no column is mapped to the family name \(or full name\)",
     "no column is mapped to the family name (or full name)"),
    (r"same IIN", "same IIN"),
    (r"same document number", "same document number"),
    (r"same name and date of birth", "same name and date of birth"),
    (r"row (\d+)", "row {0}"),
    (r"a person recorded in a case you may not see", "a person recorded in a case you may not see"),
    (r"(.+), born (.+)", "{0}, born {1}"),
]


@cache
def catalogue(lang: str) -> Mapping[tuple[str, str], str]:
    """(context, source) -> the finished translation, from every `*_{lang}.ts` (plural entries left out)."""
    found: dict[tuple[str, str], str] = {}
    if lang not in LANGUAGES or lang == "en":
        return found
    for path in sorted(resource("translations").glob(f"*_{lang}.ts")):
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                if (translation is None or message.get("numerus") == "yes"
                        or translation.get("type") in ("unfinished", "vanished", "obsolete")):
                    continue
                if text := (translation.text or "").strip():
                    found.setdefault((name, message.findtext("source") or ""), text)
    return found


def tr(context: str, source: str, lang: str) -> str:
    """`source` of `context` in `lang` (the English source where there is no translation)."""
    return catalogue(lang).get((context, source), source)


def sentence(text: str, refusal: FieldError | None, lang: str) -> str:
    """A problem or a duplicate's reason of the dry run in `lang` (a schema's refusal by its code)."""
    if refusal is not None and refusal.code in ENGLISH:
        values = {name: _value(value, lang) for name, value in refusal.params.items()}
        try:
            return tr("ServiceErrors", ENGLISH[refusal.code], lang).format(**values)
        except (KeyError, IndexError):  # a translation naming a parameter the code lacks: the English is right
            return refusal.message
    for pattern, source in PATTERNS:
        if found := re.fullmatch(pattern, text):
            return tr(MESSAGES, source, lang).format(*found.groups())
    return text


def column(name: str, lang: str) -> str:
    """A problem's column: the file's header, or a field's label where no column is mapped ("Family name")."""
    return next((spec.label(lang) for spec in FIELDS if name == spec.en), name)


def _value(value: Any, lang: str) -> str:
    if isinstance(value, dt.date):
        return format_date(value, lang)
    if isinstance(value, (list, tuple)):
        return ", ".join(_value(item, lang) for item in value)
    if isinstance(value, enum.Enum):
        return str(value.value).replace("_", " ")
    if isinstance(value, str):
        return tr("Messages", value, lang)  # the other date a message names ("entry date")
    return str(value)
