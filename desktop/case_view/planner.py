"""The stay planner: if the person enters on a given day, how long may they stay?"""
from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from desktop import i18n
from desktop.operations import QueryOp
from desktop.widgets.editors import DateEdit
from desktop.workspace import Workspace
from models.services import deadlines


class StayPlanner(QGroupBox):
    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(self.tr("Stay planner"), parent)
        self.ws = ws
        self.person_id: uuid.UUID | None = None
        self.entry = DateEdit(self)
        self.entry.setObjectName("plannedEntry")
        self.entry.setAccessibleName(self.tr("Planned entry date"))
        self.ask = QPushButton(self.tr("How long may they stay?"), self)
        self.answer = QLabel(self)
        self.answer.setObjectName("plannerAnswer")
        self.answer.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("If they enter on"), self))
        row.addWidget(self.entry, 1)
        row.addWidget(self.ask)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.answer)
        self.ask.clicked.connect(self.plan)
        self.entry.returnPressed.connect(self.plan)

    def plan(self) -> None:
        entry = self.entry.value()
        if self.person_id is None or entry is None:
            self.answer.setText(self.entry.problem() or self.tr("Enter the day they plan to enter Kazakhstan."))
            return
        person_id = self.person_id
        QueryOp(self.ws, parent=self, op=lambda db, actor: deadlines.plan_stay(db, actor, person_id, entry),
                success=lambda days: self._show(entry, days)).run_in_background()

    def _show(self, entry: dt.date, days: int | None) -> None:
        if days is None:
            self.answer.setText(self.tr("No limit on the length of stay applies to them."))
        elif days <= 0:
            self.answer.setText(self.tr("They may not stay at all if they enter on {0}: the days allowed in the "
                                        "last 180 are used up.").format(i18n.show_date(entry)))
        else:
            last = entry + dt.timedelta(days=days - 1)
            self.answer.setText(self.tr("They may stay up to %n day(s), until {0} inclusive.", "", days).format(
                i18n.show_date(last)))
