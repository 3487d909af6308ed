"""Languages: Qt translations compiled from `resources/translations/*.ts`, and dates in the user's locale.

The `.ts` files are the sources (edit them with Qt Linguist); the `.qm` files
Qt loads are compiled from them when missing or older, at start-up, so a
checkout runs without a build step and no binaries are committed.
"""
from __future__ import annotations

import datetime as dt
import logging
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTime, QTranslator

from models import clock
from models.paths import resource

if TYPE_CHECKING:  # pycountry is loaded with the first country name, not with the translations
    from models.countries import Language

TRANSLATIONS = resource("translations")
LANGUAGES = ("en", "ru", "kk")
# Kazakhstan's conventions for Russian and Kazakh. English: en_GB, day before month like the
# rest of the country (there is no en_KZ in Qt's locale data; it falls back to US month-first).
LOCALES = {"en": "en_GB", "ru": "ru_KZ", "kk": "kk_KZ"}
log = logging.getLogger(__name__)
_installed: list[QTranslator] = []


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks `source` for lupdate in `context`; returns it untranslated (it is translated when shown).

    The same as Qt's QT_TRANSLATE_NOOP (lupdate finds both by name), typed: PySide6's stubs say `object`.
    """
    return source


class Phrase(str):
    """Words said now that may be shown again after a language switch (an Undo label): the text in
    today's language, and how to say it again in whichever language is in use then."""

    again: Callable[[], str]


def phrase(say: Callable[[], str]) -> Phrase:
    words = Phrase(say())
    words.again = say
    return words


def said_now(text: str) -> str:
    """`text` in the language now in use, if it is a Phrase; as it is otherwise."""
    return text.again() if isinstance(text, Phrase) else text


def language_name(code: str) -> str:
    """Each language in its own words, as a language menu shows them."""
    return {"en": "English", "ru": "Русский", "kk": "Қазақша"}[code]


def lrelease() -> str | None:
    found = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    return found if Path(found).exists() else None


def compile_translations(folder: Path = TRANSLATIONS) -> None:
    """Compile every `.ts` whose `.qm` is missing or older."""
    tool = lrelease()
    for source in folder.glob("*.ts"):
        target = source.with_suffix(".qm")
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        if tool is None:
            log.warning("pyside6-lrelease not found: %s stays untranslated", source.name)
            continue
        subprocess.run([tool, "-silent", str(source), "-qm", str(target)], check=True)


def install(language: str) -> None:
    """Translate the application into `language` from now on (windows built after this call)."""
    app = QCoreApplication.instance()
    assert app is not None, "translations are installed in the running application"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGES:
        language = "en"
    QLocale.setDefault(QLocale(LOCALES[language]))
    # English has a file too: it holds the plural forms ("1 case", "2 cases") of the "%n case(s)" sources.
    compile_translations()
    # Qt's own words (wizard buttons, Yes/No, Cancel) come from Qt's catalogue, ours from ours.
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    catalogues = [(f"qtbase_{language}.qm", qt_folder), (f"qamqor_{language}.qm", str(TRANSLATIONS))]
    if language == "kk":
        # Qt's Kazakh catalogue lacks much of the file dialog ("Look in:", "Files of type:"). Russian,
        # which every Kazakh user of the office reads, stands in where it is silent: installed first,
        # it is asked last, after Kazakh.
        catalogues.insert(0, ("qtbase_ru.qm", qt_folder))
    # A feature may keep its words in a catalogue of its own (`import_ru.ts` beside `qamqor_ru.ts`).
    catalogues += [
        (own.name, str(TRANSLATIONS))
        for own in sorted(TRANSLATIONS.glob(f"*_{language}.qm"))
        if own.name != f"qamqor_{language}.qm"
    ]
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        elif language != "en":
            log.warning("no translation %s", name)


def current() -> Language:
    """The language now in use: "en", "ru" or "kk"."""
    code = QLocale().name().split("_")[0]
    return cast("Language", code) if code in LANGUAGES else "en"


def date_format() -> str:
    """The locale's short date format with a four-digit year (a two-digit year of birth misleads)."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def show_date(day: dt.date | None) -> str:
    """A date as the user's locale writes it, e.g. 12.05.2024; an empty string for no date."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), date_format())


def show_time(moment: dt.datetime | None, *, short: bool = False) -> str:
    """A stored moment in Almaty's time (RULES.md 1), whatever this computer's zone: "12.05.2026 14:02";
    `short`: only "14:02" on the same (Almaty) day."""
    if moment is None:
        return ""
    local = clock.local(moment)
    hour = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    if short and local.date() == clock.today():
        return hour
    return f"{show_date(local.date())} {hour}"
