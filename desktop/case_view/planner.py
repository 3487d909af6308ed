"""The stay planner: if the person enters on a given day, how long may they stay?"""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from desktop import i18n
from desktop.operations import records
from desktop.widgets.editors import DateEdit
from desktop.workspace import Workspace
from models.ids import PersonId
from models.rules.planning import StayPlan


class StayPlanner(QGroupBox):
    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(self.tr("Stay planner"), parent)
        self.ws = ws
        self.person_id: PersonId | None = None
        self._asked = 0  # which question the answer on its way belongs to
        self.entry = DateEdit(self)
        self.entry.setObjectName("plannedEntry")
        self.entry.setAccessibleName(self.tr("Planned entry date"))
        self.ask = QPushButton(self.tr("How long may they stay?"), self)
        self.answer = QLabel(self)
        self.answer.setObjectName("plannerAnswer")
        self.answer.setWordWrap(True)
        self.entry.setMinimumWidth(self.entry.fontMetrics().horizontalAdvance("00.00.00000") + 40)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("If they enter on"), self))
        row.addWidget(self.entry, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.ask)  # below the date: the planner fits beside the case on a small screen
        layout.addWidget(self.answer)
        self.ask.clicked.connect(self.plan)
        self.entry.returnPressed.connect(self.plan)

    def clear(self) -> None:
        """Forget the answer: it was about stays as they were (called when the stays change)."""
        self._asked += 1  # an answer still on its way is about the old stays too
        self.answer.clear()

    def plan(self) -> None:
        entry = self.entry.value()
        if self.person_id is None or entry is None:
            self.answer.setText(self.entry.problem() or self.tr("Enter the day they plan to enter Kazakhstan."))
            return
        person_id = self.person_id
        self._asked += 1
        asked = self._asked
        records.stay_plan(self.ws, parent=self, person_id=person_id, entry=entry) \
            .success(lambda plan: self._show(plan) if asked == self._asked else None).run_in_background()

    def _show(self, plan: StayPlan) -> None:
        entry, days = plan.entry, plan.days
        if days is None:
            self.answer.setText(self.tr("No limit on the length of stay applies to them."))
            return
        if days <= 0:
            text = self.tr("They may not stay at all if they enter on {0}: the days allowed in the "
                           "last 180 are used up.").format(i18n.show_date(entry))
        else:
            last = entry + dt.timedelta(days=days - 1)
            text = self.tr("They may stay up to %n day(s), until {0} inclusive.", "", days).format(
                i18n.show_date(last))
        lines = [text]
        if "stay.per_entry" in plan.binding and days > 0:
            lines.append(self.tr("The limit that binds: %n day(s) per entry.", "", days) if not
                         plan.assumes_registration else self.tr(
                             "The limit that binds: 90 days per entry, because they register their place of stay "
                             "within 30 days of entering (without registration: 30 days). Tell them to register "
                             "in time."))
        if "stay.90_in_180" in plan.binding:
            lines.append(self.tr("The limit that binds: at most 90 days in any 180-day period."))
        self.answer.setText("\n".join(lines))
