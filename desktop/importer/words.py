"""The import's messages in the user's language: the dry run's sentences, reasons and field names."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop import i18n
from desktop.messages import field_message
from models.importing.fields import BY_KEY, FIELDS
from models.services.errors import FieldError

CONTEXT = "ImportMessages"
PATTERNS = [
    (r"is not a date \(write it as (\S+) or 2024-03-05\)",
     QT_TRANSLATE_NOOP("ImportMessages", "is not a date (write it as {0} or 2024-03-05)")),
    (r"is not a date: there is no such day \(read as day\.month\.year\)",
     QT_TRANSLATE_NOOP("ImportMessages", "is not a date: there is no such day (read as day.month.year)")),
    (r"is not a date: there is no such day \(read as month/day/year\)",
     QT_TRANSLATE_NOOP("ImportMessages", "is not a date: there is no such day (read as month/day/year)")),
    (r"is not a date.*", QT_TRANSLATE_NOOP("ImportMessages", "is not a date")),
    (r"'(.*)' is not a country Qamqor knows.*",
     QT_TRANSLATE_NOOP("ImportMessages", "'{0}' is not a country Qamqor knows (write its name in English, Russian "
                                         "or Kazakh, or its ISO code such as UZB)")),
    (r"is not a value Qamqor knows \(one of: (.*), in English, Russian or Kazakh\)",
     QT_TRANSLATE_NOOP("ImportMessages", "is not a value Qamqor knows (one of: {0}, in English, Russian or "
                                         "Kazakh)")),
    (r"needs at least a family name and a given name",
     QT_TRANSLATE_NOOP("ImportMessages", "needs at least a family name and a given name")),
    (r"is required when the row gives an exit date, basis or border crossing",
     QT_TRANSLATE_NOOP("ImportMessages", "is required when the row gives an exit date, basis or border crossing")),
    (r"is required to keep the row's note \(a note belongs to a case\)",
     QT_TRANSLATE_NOOP("ImportMessages", "is required to keep the row's note (a note belongs to a case)")),
    (r"is after today: a list records entries that happened \(enter a planned trip in the case\)",
     QT_TRANSLATE_NOOP("ImportMessages", "is after today: a list records entries that happened (enter a planned trip in the case)")),
    (r"no column is mapped to the family name \(or full name\)",
     QT_TRANSLATE_NOOP("ImportMessages", "no column is mapped to the family name (or full name)")),
    (r"same IIN", QT_TRANSLATE_NOOP("ImportMessages", "same IIN")),
    (r"same document number", QT_TRANSLATE_NOOP("ImportMessages", "same document number")),
    (r"same name and date of birth", QT_TRANSLATE_NOOP("ImportMessages", "same name and date of birth")),
    (r"row (\d+)", QT_TRANSLATE_NOOP("ImportMessages", "row {0}")),
    (r"a person recorded in a case you may not see",
     QT_TRANSLATE_NOOP("ImportMessages", "a person recorded in a case you may not see")),
    (r"(.+), born (.+)", QT_TRANSLATE_NOOP("ImportMessages", "{0}, born {1}")),
]


def message(text: str, refusal: FieldError | None = None) -> str:
    """A sentence of the dry run in the user's language (a schema's refusal by its code)."""
    if refusal is not None and refusal.code:
        return field_message(refusal)
    for pattern, template in PATTERNS:
        if found := re.fullmatch(pattern, text):
            return QCoreApplication.translate(CONTEXT, str(template)).format(*found.groups())
    return text


def column(name: str) -> str:
    """A column as the problem names it: the file's header, or a field's label where no column is mapped."""
    lang = i18n.current()
    for field in FIELDS:
        if name == field.en:
            return field.label(lang)
    return name


def field_label(key: str) -> str:
    return BY_KEY[key].label(i18n.current())


def save_bytes(parent, path: str, content: bytes) -> bool:
    try:
        Path(path).write_bytes(content)
        return True
    except OSError as error:
        QMessageBox.warning(parent, QCoreApplication.translate("Importer", "Import"),
                            QCoreApplication.translate("Importer", "The file could not be saved: {0}").format(
                                error.strerror or str(error)))
        return False
