"""The services a referral's organisation gave, ticked when the referral reaches "services delivered"."""
from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from desktop import i18n
from desktop.operations import case_services as ops
from desktop.trafficking.words import word
from desktop.workspace import Workspace
from models.ids import CaseId
from models.services.case_services import ServicesFile


class DeliveredServices(QWidget):
    """The case's services as boxes to tick (none: nothing is recorded); read when the dialog opens."""

    edited = Signal()

    def __init__(self, ws: Workspace, case_id: CaseId, parent=None) -> None:
        super().__init__(parent)
        self.boxes: dict[uuid.UUID, QCheckBox] = {}
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(QCoreApplication.translate("DeliveredServices", "No services recorded in this case "
                                                       "(the Services tab)."), self)
        self.empty.setWordWrap(True)
        self._column.addWidget(self.empty)
        ops.services_file(ws, parent=self, case_id=case_id).success(self._show).run_in_background()

    def _show(self, file: ServicesFile) -> None:
        self.empty.setVisible(not file.services)
        for service in file.services:
            day = service.given_on or service.planned_on
            box = QCheckBox(f"{word('service', service.kind)} ({i18n.show_date(day)})", self)
            box.toggled.connect(lambda _: self.edited.emit())
            self._column.addWidget(box)
            self.boxes[service.id] = box

    def value(self) -> list[uuid.UUID]:
        return [key for key, box in self.boxes.items() if box.isChecked()]

    def set_value(self, value: object) -> None:
        chosen = set(value) if isinstance(value, list) else set()
        for key, box in self.boxes.items():
            box.setChecked(key in chosen)

    def problem(self) -> str | None:
        return None
