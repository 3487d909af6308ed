"""The case view's reads, each one service call (`models.services.case_file`) on the read thread."""
from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.operations import QueryOp
from desktop.workspace import Workspace
from models.db import Database
from models.ids import CaseId, PersonId
from models.schemas.case_file import CaseFileOut, DeadlinesOut, TraffickingOut
from models.services import case_file as service
from models.services.base import Actor


def read_case_file(db: Database, actor: Actor, case_id: CaseId, lang: str) -> CaseFileOut:
    """Everything the case view shows, in one read (for scripts and tests that have no window)."""
    return service.case_file(db, actor, case_id, lang)


def read_deadlines(db: Database, actor: Actor, person_id: PersonId, lang: str) -> DeadlinesOut:
    return service.deadlines_of(db, actor, person_id, lang)


def case_file(ws: Workspace, *, parent: QObject, case_id: CaseId, lang: str) -> QueryOp[CaseFileOut]:
    """The whole case file, explained in `lang`."""
    return QueryOp(ws, parent=parent, op=lambda db, actor: service.case_file(db, actor, case_id, lang))


def trafficking_file(ws: Workspace, *, parent: QObject, case_id: CaseId) -> QueryOp[TraffickingOut]:
    """The trafficking tab alone, read again after its own writes."""
    return QueryOp(ws, parent=parent, op=lambda db, actor: service.trafficking_of(db, actor, case_id))
