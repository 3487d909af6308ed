"""Above a case's tabs: the open conflicts of the case (and of its person's own fields), each with the
value kept in the record and the other one, who wrote each, when and on which laptop, and a button for
each: "Keep this" or "Use the other value"."""
from __future__ import annotations

import datetime as dt
import html
import uuid

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.i18n import show_time
from desktop.operations import sync as sync_ops
from desktop.operations.sync import ConflictOut
from desktop.sync.words import field_name, shown_value
from desktop.workspace import Workspace

translate = QCoreApplication.translate  # the name lupdate looks for

SHOWN = 3  # more than this: the rest are counted, and the list under Sync › Conflicts shows them all
STYLE = "QFrame#conflictBanner { background: #fff4d6; border: 1px solid #e0b252; border-radius: 4px; }"


def authorship(who: str | None, when: dt.datetime | None, device: str | None) -> str:
    """ "Saule, 03.12.2026 14:02, on saule-laptop" (what is unknown is left out)."""
    parts = [who or translate("ConflictBanner", "someone"), show_time(when)]
    if device:
        parts.append(translate("ConflictBanner", "on {0}").format(device))
    return ", ".join(p for p in parts if p)


class ConflictBanner(QFrame):
    """Hidden while the case has no open conflict."""

    loaded = Signal(int)  # how many open conflicts it shows (tests wait for it)

    def __init__(self, ws: Workspace, case_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.case_id = ws, case_id
        self.person_id: uuid.UUID | None = None
        self.conflicts: list[ConflictOut] = []
        self.setObjectName("conflictBanner")
        self.setStyleSheet(STYLE)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(10, 6, 10, 6)
        self.buttons: dict[tuple[uuid.UUID, str], QPushButton] = {}
        self.hide()

    def show_for(self, person_id: uuid.UUID) -> None:
        """Read the open conflicts of the case and of this person (on the worker) and show them."""
        self.person_id = person_id
        sync_ops.open_conflicts(self.ws, parent=self, case_id=self.case_id, person_id=person_id) \
            .success(self._show).run_in_background()

    def _clear(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
        self.buttons.clear()

    def _show(self, found: list[ConflictOut]) -> None:
        self._clear()
        self.conflicts = found
        self.setVisible(bool(found))
        if found:
            title = QLabel(self.tr("%n edit(s) of this case collided: both values are kept until you choose one.",
                                   "", len(found)), self)
            title.setStyleSheet("font-weight: 600")
            title.setWordWrap(True)
            self._layout.addWidget(title)
            users = {u.id: u.full_name for u in self.ws.users}
            for conflict in found[:SHOWN]:
                self._layout.addWidget(self._one(conflict, users))
            if len(found) > SHOWN:
                self._layout.addWidget(QLabel(self.tr("%n more: see Sync › Conflicts.", "", len(found) - SHOWN),
                                              self))
        self.loaded.emit(len(found))

    def _one(self, conflict: ConflictOut, users: dict) -> QWidget:
        box = QWidget(self)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 2, 0, 2)
        grid.addWidget(QLabel(f"<b>{html.escape(field_name(conflict.table, conflict.field))}</b>", box), 0, 0, 1, 3)
        rows = ((self.tr("In the record:"), conflict.kept_value, conflict.kept_by, conflict.kept_at,
                 conflict.kept_device, "kept", self.tr("Keep this")),
                (self.tr("The other value:"), conflict.other_value, conflict.other_by, conflict.other_at,
                 conflict.other_device, "other", self.tr("Use the other value")))
        for row, (name, value, who, when, device, keep, button_text) in enumerate(rows, start=1):
            grid.addWidget(QLabel(name, box), row, 0)
            text = QLabel(f"<b>{html.escape(shown_value(conflict.field, value, users))}</b> — "
                          f"{html.escape(authorship(who, when, device))}", box)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(text, row, 1)
            button = QPushButton(button_text, box)
            button.setObjectName(f"conflict-{keep}")
            button.clicked.connect(lambda _=False, c=conflict, k=keep: self.resolve(c, k))
            grid.addWidget(button, row, 2)
            self.buttons[(conflict.id, keep)] = button
        grid.setColumnStretch(1, 1)
        return box

    def resolve(self, conflict: ConflictOut, keep: str) -> None:
        for button in self.buttons.values():
            button.setEnabled(False)
        sync_ops.resolve_conflict(self.ws, parent=self, conflict_id=conflict.id,
                                  keep="other" if keep == "other" else "kept") \
            .success(lambda _: self.show_for(self.person_id) if self.person_id else None) \
            .failure(self._refused).run_in_background()

    def _refused(self, _error: Exception) -> bool:
        if self.person_id is not None:
            self.show_for(self.person_id)  # perhaps resolved elsewhere meanwhile: show what is open now
        return False  # and the usual dialog says why
