"""The services' messages in the user's language.

The services word their refusals in English (`ValidationFailed`, `Conflict`, ...);
the GUI shows them in English, Russian or Kazakh. Each known message form is a
pattern here with its translatable template; dates inside are rewritten as the
user's locale writes them. A message with no pattern is shown as the service
wrote it, which is still a sentence a caseworker can act on.
"""
from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication

from desktop import i18n
from desktop.i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate  # the name lupdate looks for

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
_DATE = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})\b")

# (pattern of the English message, template); {0}, {1} are the pattern's groups.
FIELD_MESSAGES = [
    (r"is required",
     QT_TRANSLATE_NOOP("Messages", "is required")),
    (r"must not be empty",
     QT_TRANSLATE_NOOP("Messages", "must not be empty")),
    (r"is too long \(at most (\d+) characters\)",
     QT_TRANSLATE_NOOP("Messages", "is too long (at most {0} characters)")),
    (r"is not in the expected form",
     QT_TRANSLATE_NOOP("Messages", "is not in the expected form")),
    (r"is not a valid date.*",
     QT_TRANSLATE_NOOP("Messages", "is not a valid date")),
    (r"must be one of: (.*)",
     QT_TRANSLATE_NOOP("Messages", "must be one of: {0}")),
    (r"must be a whole number",
     QT_TRANSLATE_NOOP("Messages", "must be a whole number")),
    (r"must be at least (\S+)",
     QT_TRANSLATE_NOOP("Messages", "must be at least {0}")),
    (r"must be at most (\S+)",
     QT_TRANSLATE_NOOP("Messages", "must be at most {0}")),
    (r"must not be before the (.+) \((.+)\)",
     QT_TRANSLATE_NOOP("Messages", "must not be before the {0} ({1})")),
    (r"is required when the case is closed",
     QT_TRANSLATE_NOOP("Messages", "is required when the case is closed")),
    (r"needs the closing date too",
     QT_TRANSLATE_NOOP("Messages", "needs the closing date too")),
    (r"is required \(only a permanent residence permit has no end date\)",
     QT_TRANSLATE_NOOP("Messages", "is required (only a permanent residence permit has no end date)")),
    (r"applies to work permits only",
     QT_TRANSLATE_NOOP("Messages", "applies to work permits only")),
    (r"must be 12 digits with a correct control digit",
     QT_TRANSLATE_NOOP("Messages", "must be 12 digits with a correct control digit")),
    (r"is in the future \((.+)\)",
     QT_TRANSLATE_NOOP("Messages", "is in the future ({0})")),
    (r"does not match the date of birth \((.+)\)",
     QT_TRANSLATE_NOOP("Messages", "does not match the date of birth ({0})")),
    (r"'(.+)' is not a country code.*",
     QT_TRANSLATE_NOOP("Messages", "'{0}' is not a country: choose one from the list")),
    (r"overlaps the stay from (.+) to (.+)",
     QT_TRANSLATE_NOOP("Messages", "overlaps the stay from {0} to {1}")),
    (r"overlaps the stay from (.+), which has no exit: record its exit first",
     QT_TRANSLATE_NOOP("Messages", "overlaps the stay from {0}, which has no exit: record its exit first")),
    (r"is after the exit on (.+): the person was not in Kazakhstan that day",
     QT_TRANSLATE_NOOP("Messages", "is after the exit on {0}: the person was not in Kazakhstan that day")),
    (r"and the decision date go together.*",
     QT_TRANSLATE_NOOP("Messages", "and the decision date go together: give both or neither")),
]

# The other dates a message may name ("must not be before the entry date").
DATE_NAMES = {
    "entry date": QT_TRANSLATE_NOOP("Messages", "entry date"),
    "opening date": QT_TRANSLATE_NOOP("Messages", "opening date"),
    "first day of validity": QT_TRANSLATE_NOOP("Messages", "first day of validity"),
    "start date": QT_TRANSLATE_NOOP("Messages", "start date"),
    "registration date": QT_TRANSLATE_NOOP("Messages", "registration date"),
    "decision date": QT_TRANSLATE_NOOP("Messages", "decision date"),
    "appeal date": QT_TRANSLATE_NOOP("Messages", "appeal date"),
    "recognition date": QT_TRANSLATE_NOOP("Messages", "recognition date"),
    "expulsion date": QT_TRANSLATE_NOOP("Messages", "expulsion date"),
    "issue date": QT_TRANSLATE_NOOP("Messages", "issue date"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def _local_dates(text: str) -> str:
    return _DATE.sub(lambda m: i18n.show_date(dt.date(int(m[3]), MONTHS.index(m[2]) + 1, int(m[1]))), text)


def field_message(message: str) -> str:
    """A service's message about one field, in the user's language."""
    for pattern, template in FIELD_MESSAGES:
        if found := re.fullmatch(pattern, message):
            parts = [_tr(DATE_NAMES[g]) if g in DATE_NAMES else _local_dates(g) for g in found.groups()]
            return _tr(template).format(*parts)
    return _local_dates(message)
