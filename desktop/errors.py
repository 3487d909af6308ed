"""Errors shown in words, with what to do next; never a traceback.

Two kinds (STYLE.md): the services' expected refusals and environment trouble
(disk full, file locked) are explained; anything else is a bug, logged with
its traceback to a file the user can send to their administrator.
"""
from __future__ import annotations

import logging
import sqlite3
import traceback
from collections.abc import Callable
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.exc import OperationalError

from desktop.messages import error_message, field_message
from models.db import DatabaseBusy, DatabaseDamaged, DatabaseError, DiskFull, environment_error
from models.services.errors import Conflict, NotFound, PermissionDenied, ServiceError, ValidationFailed

translate = QCoreApplication.translate  # the name lupdate looks for

log = logging.getLogger("qamqor")



def log_file() -> Path:
    return Path(platformdirs.user_log_dir("Qamqor", appauthor=False)) / "qamqor.log"


def explain(error: BaseException) -> tuple[str, str]:
    """(what happened, what to do next), in the user's language."""
    if isinstance(error, ValidationFailed):
        lines = [f"{e.label}: {field_message(e)}" if e.label else field_message(e) for e in error.errors]
        return "\n".join(lines), translate("Errors", "Correct the fields named above, then save again.")
    if isinstance(error, Conflict):
        return (translate("Errors", "Someone else changed this record after you opened it, so your changes were "
                                    "not saved. Nothing was overwritten."),
                translate("Errors", "Reload to see the current version, then enter your changes again."))
    if isinstance(error, NotFound):
        return (translate("Errors", "This record is no longer there; it may have been archived."),
                translate("Errors", "Refresh the list and open the record again."))
    if isinstance(error, PermissionDenied):
        return error_message(error), translate("Errors", "If you need this, ask your supervisor to assign or share the case "
                                               "with you.")
    if isinstance(error, ServiceError):
        return error_message(error), translate("Errors", "If this keeps happening, tell your administrator.")
    if (words := _environment(error)) is not None:
        return words
    if isinstance(error, (DatabaseError, OperationalError, sqlite3.OperationalError, OSError)):
        return (translate("Errors", "Qamqor could not read or write its database file ({0}).").format(_short(error)),
                translate("Errors", "Check that the disk is not full and that no other program holds the file, "
                                    "then try again."))
    return (translate("Errors", "Something went wrong inside Qamqor; what you were doing may not have been saved."),
            translate("Errors", "This is a fault in Qamqor, not in what you did. The details are in {0}: please "
                                "send that file to your administrator.").format(log_file()))


def _environment(error: BaseException) -> tuple[str, str] | None:
    """A full disk, or the database held by another program, in words (issue 12 items 8 and 11)."""
    trouble = environment_error(error) if isinstance(error, (DatabaseError, OperationalError, sqlite3.Error,
                                                             OSError)) else None
    if isinstance(trouble, DiskFull):
        return (translate("Errors", "The disk is full: nothing was saved."),
                translate("Errors", "Free space and try again."))
    if isinstance(trouble, DatabaseDamaged):
        return damaged(trouble)
    if isinstance(trouble, DatabaseBusy):
        return (translate("Errors", "The database is in use by another program, which has held it for more "
                                    "than 10 seconds: nothing was saved."),
                translate("Errors", "Try again when it has finished."))
    return None


def damaged(trouble: DatabaseDamaged) -> tuple[str, str]:
    """A damaged database file in words: what SQLite found, and which backup to restore (issue 26 item 6)."""
    name = trouble.path.name if trouble.path is not None else ""
    what = translate("Errors", "The database file {0} is damaged ({1}): Qamqor cannot work in it, and has "
                               "written nothing to it.").format(name, trouble.what)
    if trouble.backup is not None:
        return what, translate("Errors", "Close Qamqor and restore the newest backup, {0}, with this command "
                                         "(what is there now is kept beside it):\n{1}").format(
            trouble.backup.name, f'qamqor --db "{trouble.path}" restore "{trouble.backup}"')
    folder = trouble.path.parent if trouble.path is not None else ""
    return what, translate("Errors", "No backup was found beside it in {0}. Close Qamqor and restore your newest "
                                     "backup with this command:\n{1}").format(
        folder, f'qamqor --db "{trouble.path or "DATABASE"}" restore BACKUP-FILE')


def _short(error: BaseException) -> str:
    original = getattr(error, "orig", None) or error
    return str(original).splitlines()[0][:200]


def show_error(parent: QWidget | None, error: BaseException, *, reload: Callable[[], None] | None = None) -> None:
    """Explain `error` in a dialog; a conflict offers to reload the record."""
    if not isinstance(error, (ServiceError, DatabaseError)):
        log.error("unexpected error", exc_info=error)
    what, next_step = explain(error)
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Errors", "Qamqor"), what, parent=parent)
    box.setInformativeText(next_step)
    reload_button = None
    if reload is not None and isinstance(error, Conflict):
        reload_button = box.addButton(translate("Errors", "Reload"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
    else:
        box.addButton(QMessageBox.StandardButton.Ok)
    box.setObjectName("errorBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if reload_button is not None:
        reload_button.clicked.connect(reload)
    box.open()  # window-modal, without a nested event loop: background results keep arriving


class WithoutCaseData(logging.Formatter):
    """The log file never holds case data: an exception is logged by its type and where it happened,
    never by its message or arguments, which may carry names, document numbers or notes."""

    def formatException(self, exc_info) -> str:
        kind, _, tb = exc_info
        return ("Traceback (most recent call last):\n" + "".join(traceback.format_tb(tb)) +
                f"{kind.__module__}.{kind.__qualname__} (message not logged: it may hold case data)")

    def format(self, record: logging.LogRecord) -> str:
        if isinstance(record.args, tuple):
            record.args = tuple(type(a).__name__ if isinstance(a, BaseException) else a for a in record.args)
        cached, record.exc_text = record.exc_text, None  # another handler may have cached the full text
        try:
            return super().format(record)
        finally:
            record.exc_text = cached


def setup_logging(path: Path | None = None) -> None:
    path = path or log_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(WithoutCaseData("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)
