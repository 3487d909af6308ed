"""A person's records as the rules read them: the stay planner's answer."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject

from desktop.operations import QueryOp
from desktop.workspace import Workspace
from models.ids import PersonId
from models.rules.planning import StayPlan
from models.services import deadlines


def stay_plan(ws: Workspace, *, parent: QObject, person_id: PersonId, entry: dt.date) -> QueryOp[StayPlan]:
    """How long the person may stay if they enter on `entry`, and the limit that binds."""
    return QueryOp(ws, parent=parent, op=lambda db, actor: deadlines.stay_plan(db, actor, person_id, entry))
