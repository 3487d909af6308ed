"""Icons: the desktop theme's where it has one (so Qamqor looks at home), else ours from resources/icons."""
from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from models.paths import resource

ICONS = resource("icons")
THEME = {"new-case": "document-new", "find": "edit-find", "save": "document-save", "print": "document-print",
         "undo": "edit-undo", "redo": "edit-redo", "calendar": "x-office-calendar", "attach": "mail-attachment", "open": "document-open",
         "refresh": "view-refresh", "add": "list-add"}


@cache
def get(name: str) -> QIcon:
    own = QIcon(str(ICONS / f"{name}.svg"))
    return QIcon.fromTheme(THEME.get(name, name), own)


def application() -> QIcon:
    return QIcon(str(ICONS / "qamqor.svg"))
