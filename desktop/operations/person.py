"""Finding a person: find-as-you-type and the new-case wizard's duplicate check (on the find lane)."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject

from desktop.operations import QueryOp
from desktop.workspace import Workspace
from models.db import Database
from models.services import search
from models.services.base import Actor
from models.services.search import Duplicates, Match


def find(ws: Workspace, *, parent: QObject, typed: str, still_wanted: Callable[[], bool]) -> QueryOp[list[Match] | None]:
    """The persons matching what is typed; None if `still_wanted()` says a newer search overtook this one."""
    def work(db: Database, actor: Actor) -> list[Match] | None:
        return search.find(db, actor, typed) if still_wanted() else None

    return QueryOp(ws, parent=parent, op=work).in_lane("find")


def likely_duplicates(ws: Workspace, *, parent: QObject, family_name: str, given_name: str,
                      birth_date=None, birth_year=None, document_numbers: Sequence[str] = ()) -> QueryOp[Duplicates]:
    return QueryOp(ws, parent=parent, op=lambda db, actor: search.likely_duplicates(
        db, actor, family_name=family_name, given_name=given_name, birth_date=birth_date, birth_year=birth_year,
        document_numbers=list(document_numbers))).in_lane("find")
