"""The services' refusals in the user's language.

A service error carries a code and its parameters (`models/services/errors.py`); the
English sentence of each code is the source text of its translation in the catalogue
context "ServiceErrors" (`resources/translations/words_*.ts`). Parameters are written as
the user reads them: dates in their locale, roles, actions, statuses and date names in
their language. Nothing here reads English prose back into parts.
"""
from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop import i18n
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.trafficking import words as trafficking_words
from models.services.errors import ACTIONS, ENGLISH, FieldError, RoleNames, ServiceError

CONTEXT = "ServiceErrors"  # the English sentences of errors.ENGLISH
ACTIONS_CONTEXT = "ServiceActions"  # errors.ACTIONS: what `role.required` names
# Words a parameter may hold that are not dates or stored values; they are translated in CONTEXT too.
WORDS = ("caseworker", "supervisor", "administrator", " or ", "the referral itself", "nothing", "service",
         "part of a case", "language code")

# The other dates a message may name ("must not be before the entry date").
DATE_NAMES = {
    "entry date": QT_TRANSLATE_NOOP("Messages", "entry date"),
    "opening date": QT_TRANSLATE_NOOP("Messages", "opening date"),
    "first day of validity": QT_TRANSLATE_NOOP("Messages", "first day of validity"),
    "first day in force": QT_TRANSLATE_NOOP("Messages", "first day in force"),
    "start date": QT_TRANSLATE_NOOP("Messages", "start date"),
    "registration date": QT_TRANSLATE_NOOP("Messages", "registration date"),
    "decision date": QT_TRANSLATE_NOOP("Messages", "decision date"),
    "appeal date": QT_TRANSLATE_NOOP("Messages", "appeal date"),
    "recognition date": QT_TRANSLATE_NOOP("Messages", "recognition date"),
    "expulsion date": QT_TRANSLATE_NOOP("Messages", "expulsion date"),
    "issue date": QT_TRANSLATE_NOOP("Messages", "issue date"),
    "protocol date": QT_TRANSLATE_NOOP("Messages", "protocol date"),
    "hearing date": QT_TRANSLATE_NOOP("Messages", "hearing date"),
}

# Parameters whose values are stored words with a translation of their own (referral steps, shared parts).
VOCABULARY_OF = {"status": "status", "wanted": "status", "allowed": "status", "parts": "part",
                 "values": "service"}


def _tr(text: str, context: str = CONTEXT) -> str:
    return QCoreApplication.translate(context, text)


def _roles(roles: RoleNames) -> str:
    if i18n.current() == "en":
        return str(roles)  # "a supervisor or administrator": English needs its article
    return _tr(" or ").join(_tr(name) for name in roles)


def _value(name: str, value: Any) -> str:
    if isinstance(value, RoleNames):
        return _roles(value)
    if isinstance(value, dt.date):
        return i18n.show_date(value)
    if isinstance(value, (list, tuple)):
        return ", ".join(_value(name, item) for item in value)
    if name == "doing" and value in ACTIONS:
        return _tr(ACTIONS[value], ACTIONS_CONTEXT)
    if name == "other" and value in DATE_NAMES:
        return _tr(DATE_NAMES[value], "Messages")
    if value in WORDS:
        return _tr(value)
    if name in VOCABULARY_OF:
        return trafficking_words.word(VOCABULARY_OF[name], value)
    if isinstance(value, enum.Enum):
        return str(value.value).replace("_", " ")
    return str(value)


def say(code: str, params: Mapping[str, Any]) -> str:
    """The sentence of `code` in the user's language, its parameters filled in."""
    if code not in ENGLISH:
        return code
    values = {name: _value(name, value) for name, value in params.items()}
    try:
        return _tr(ENGLISH[code]).format(**values)
    except (KeyError, IndexError):  # a translation naming a parameter the code lacks: the English is right
        return ENGLISH[code].format(**values)


def error_message(error: ServiceError) -> str:
    """A service's refusal (not a ValidationFailed: see `field_message`) in the user's language."""
    text = say(error.code, error.params)
    return text[:1].upper() + text[1:]  # a sentence, even where the language puts a parameter first


def field_message(error: FieldError) -> str:
    """Why one field was refused, in the user's language (a message the GUI made itself as it is)."""
    return say(error.code, error.params) if error.code else error.message
