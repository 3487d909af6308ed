"""The case view's "Services" tab: who referred the person to us, and the services given or planned.

It reads its own part (the services and the directory) when first shown and again after a write of the
case's services; the referral received is part of the case, shown from the case file the view reads.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from desktop.errors import show_error
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import Changes, CollectionOp
from desktop.operations import case_services as ops
from desktop.trafficking.checklist import IdChoice
from desktop.trafficking.dialogs import FormDialog
from desktop.trafficking.panel import _Table
from desktop.trafficking.words import choices, word
from desktop.trafficking.words import organisation as organisation_words
from desktop.widgets.editors import ChoiceEdit, DateEdit, LongTextEdit, TextEdit
from desktop.widgets.form import Form
from desktop.workspace import Workspace
from models import clock
from models.entities import ReferredHow, ServiceOutcome
from models.ids import CaseId
from models.schemas.cases import CaseIn
from models.schemas.trafficking import SERVICES
from models.services.case_services import ServicesFile
from models.services.errors import ValidationFailed

CONTEXT = "ServicesPanel"
translate = QCoreApplication.translate  # the name lupdate looks for

HOW = {
    "hotline": QT_TRANSLATE_NOOP("ServicesPanel", "Hotline"),
    "police": QT_TRANSLATE_NOOP("ServicesPanel", "Police"),
    "iom": QT_TRANSLATE_NOOP("ServicesPanel", "IOM"),
    "ngo": QT_TRANSLATE_NOOP("ServicesPanel", "Another NGO"),
    "government": QT_TRANSLATE_NOOP("ServicesPanel", "A government body"),
    "embassy": QT_TRANSLATE_NOOP("ServicesPanel", "An embassy or consulate"),
    "self_referred": QT_TRANSLATE_NOOP("ServicesPanel", "Came by themselves"),
    "other": QT_TRANSLATE_NOOP("ServicesPanel", "Other"),
}
OUTCOMES = {
    "completed": QT_TRANSLATE_NOOP("ServicesPanel", "Given"),
    "ongoing": QT_TRANSLATE_NOOP("ServicesPanel", "Under way"),
    "declined": QT_TRANSLATE_NOOP("ServicesPanel", "Declined by the person"),
    "not_available": QT_TRANSLATE_NOOP("ServicesPanel", "Not available"),
    "other": QT_TRANSLATE_NOOP("ServicesPanel", "Other"),
}
LABELS = {
    "referred_by_id": QT_TRANSLATE_NOOP("ServicesPanel", "Referred by"),
    "referred_by_name": QT_TRANSLATE_NOOP("ServicesPanel", "Or, not in the directory"),
    "referred_on": QT_TRANSLATE_NOOP("ServicesPanel", "Referred on"),
    "referred_how": QT_TRANSLATE_NOOP("ServicesPanel", "How"),
    "referred_why": QT_TRANSLATE_NOOP("ServicesPanel", "Why"),
    "kind": QT_TRANSLATE_NOOP("ServicesPanel", "Service"),
    "organisation_id": QT_TRANSLATE_NOOP("ServicesPanel", "Given by"),
    "planned_on": QT_TRANSLATE_NOOP("ServicesPanel", "Planned for"),
    "given_on": QT_TRANSLATE_NOOP("ServicesPanel", "Given on"),
    "outcome": QT_TRANSLATE_NOOP("ServicesPanel", "Outcome"),
    "note": QT_TRANSLATE_NOOP("ServicesPanel", "Note"),
}
OWN_OFFICE = QT_TRANSLATE_NOOP("ServicesPanel", "Our office")


def _tr(text: str) -> str:
    return translate("ServicesPanel", text)


def how_words(value: object) -> str:
    key = str(getattr(value, "value", value or ""))
    return _tr(HOW[key]) if key in HOW else key


def outcome_words(value: object) -> str:
    key = str(getattr(value, "value", value or ""))
    return _tr(OUTCOMES[key]) if key in OUTCOMES else key


def _organisations(file: ServicesFile | None, keep: object = None) -> list:
    """The directory's live organisations by name (and `keep`, an archived one a record still names)."""
    if file is None:
        return []
    return sorted(((o.id, organisation_words(o.name)) for o in file.organisations.values()
                   if o.archived_at is None or o.id == keep), key=lambda item: item[1].casefold())


class ReferredForm(QGroupBox):
    """Who referred the person to us: saved on the case (`save_op(values, before)` makes the write)."""

    def __init__(self, save_op: Callable[[dict, dict], CollectionOp], parent=None) -> None:
        super().__init__(translate("ServicesPanel", "Referred to us"), parent)
        self._save_op = save_op
        self.form = form = Form(self)
        form.add("referred_by_id", _tr(LABELS["referred_by_id"]), IdChoice(self, [], blank=""))
        name = form.add("referred_by_name", _tr(LABELS["referred_by_name"]), TextEdit.of(CaseIn, "referred_by_name"))
        name.setPlaceholderText(translate("ServicesPanel", "e.g. a hotline, a lawyer, a relative"))
        form.add("referred_on", _tr(LABELS["referred_on"]), DateEdit(self))
        form.add("referred_how", _tr(LABELS["referred_how"]),
                 ChoiceEdit(self, [(h.value, how_words(h)) for h in ReferredHow], blank=""))
        form.add("referred_why", _tr(LABELS["referred_why"]), TextEdit.of(CaseIn, "referred_why"))
        self.save_button = QPushButton(translate("ServicesPanel", "Save"), self)
        self.save_button.setEnabled(False)
        form.edited.connect(lambda: self.save_button.setEnabled(True))
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        column = QVBoxLayout(self)
        column.addWidget(form)
        column.addLayout(row)
        self.case = None
        self.before: dict = {}

    def offer_organisations(self, file: ServicesFile) -> None:
        editor = self.form.editors["referred_by_id"]
        assert isinstance(editor, IdChoice)
        chosen = editor.value()
        editor.blockSignals(True)
        editor.clear()
        editor.addItem("", None)
        for key, shown in _organisations(file, chosen or (self.case and self.case.referred_by_id)):
            editor.addItem(shown, str(key))
        editor.set_value(chosen if self.form.dirty else (self.case and self.case.referred_by_id))
        editor.blockSignals(False)

    def show_case(self, case) -> None:
        """The case as stored, unless the caseworker is changing this box."""
        self.case = case
        if not self.form.dirty:
            self.form.set_values(case)
            self.before = self.form.values()
            self.save_button.setEnabled(False)

    def save(self) -> None:
        if not self.form.dirty or self.case is None:
            return
        if problems := self.form.local_errors():
            self.form.show_errors(problems)
            return
        self.save_button.setEnabled(False)
        self._save_op(self.form.values(), self.before).success(self._saved).failure(self._refused) \
            .run_in_background()

    def _saved(self, case) -> None:
        self.form.dirty = False
        self.show_case(case)

    def _refused(self, error: Exception) -> bool:
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationFailed):
            self.form.show_errors(error.errors)
        else:
            show_error(self, error)
        return True


class ServiceDialog(FormDialog):
    """A service planned or given: which, by whom, when, how it ended."""

    def __init__(self, ws: Workspace, case_id: CaseId, file: ServicesFile, service=None, parent=None) -> None:
        super().__init__(ws, translate("ServicesPanel", "New service") if service is None
                         else translate("ServicesPanel", "Change the service"), parent)
        self.case_id, self.service = case_id, service
        form = self.form
        form.add("kind", _tr(LABELS["kind"]), ChoiceEdit(self, choices("service", SERVICES)))
        form.add("organisation_id", _tr(LABELS["organisation_id"]),
                 IdChoice(self, _organisations(file, service and service.organisation_id), blank=_tr(OWN_OFFICE)))
        form.add("planned_on", _tr(LABELS["planned_on"]), DateEdit(self))
        form.add("given_on", _tr(LABELS["given_on"]), DateEdit(self))
        form.add("outcome", _tr(LABELS["outcome"]),
                 ChoiceEdit(self, [(o.value, outcome_words(o)) for o in ServiceOutcome], blank=""))
        form.add("note", _tr(LABELS["note"]), LongTextEdit(self))
        if service is not None:
            form.set_values(service)
        self.show_hint(translate("ServicesPanel", "A service planned and not given by its day is shown among the alerts."))
        self.resize(560, 460)

    def operation(self, data: dict) -> CollectionOp:
        service = self.service
        return ops.save_service(self.ws, parent=self, case_id=self.case_id, service_id=service and service.id,
                                version=service and service.version, data=data)


class ServicesPanel(QWidget):
    loaded = Signal()

    def __init__(self, ws: Workspace, case_id: CaseId, save_case: Callable[[dict, dict], CollectionOp],
                 parent=None) -> None:
        super().__init__(parent)
        self.ws, self.case_id = ws, case_id
        self.file: ServicesFile | None = None
        self.dialog: ServiceDialog | None = None
        self.referred = ReferredForm(save_case, self)
        box = QGroupBox(translate("ServicesPanel", "Services given"), self)
        # The trafficking tab's table: columns share the width, long cells elided (whole in the tooltip).
        self.table = _Table(box, [_tr(LABELS[name]) for name in (
            "kind", "organisation_id", "planned_on", "given_on", "outcome", "note")], "services")
        self.add_button = QPushButton(translate("ServicesPanel", "Add service…"), box)
        self.change_button = QPushButton(translate("ServicesPanel", "Change…"), box)
        self.archive_button = QPushButton(translate("ServicesPanel", "Archive"), box)
        self.archive_button.setToolTip(translate("ServicesPanel", "Archive the service chosen (recorded by mistake): it is "
                                                 "no longer listed, and stays in the database"))
        row = QHBoxLayout()
        for button in (self.add_button, self.change_button, self.archive_button):
            row.addWidget(button)
        row.addStretch(1)
        column = QVBoxLayout(box)
        column.addWidget(self.table, 1)
        column.addLayout(row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.referred)
        layout.addWidget(box, 1)
        self.add_button.clicked.connect(lambda: self._open(None))
        self.change_button.clicked.connect(lambda: self._open(self.current_service()))
        self.table.doubleClicked.connect(lambda _: self._open(self.current_service()))
        self.archive_button.clicked.connect(self.archive)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        ws.changed.connect(self._on_changes)
        self._update_buttons()
        self.load()

    def load(self) -> None:
        ops.services_file(self.ws, parent=self, case_id=self.case_id).success(self._show).run_in_background()

    def _on_changes(self, changes: Changes, _initiator: object) -> None:
        if (changes.services or changes.directory) and changes.concerns(case_id=self.case_id):
            self.load()

    def _show(self, file: ServicesFile) -> None:
        self.file = file
        self.referred.offer_organisations(file)
        today = clock.today()
        rows = []
        for service in file.services:
            provider = (organisation_words(file.organisations[service.organisation_id].name)
                        if service.organisation_id in file.organisations else _tr(OWN_OFFICE))
            rows.append([word("service", service.kind), provider, i18n.show_date(service.planned_on),
                         i18n.show_date(service.given_on), outcome_words(service.outcome), service.note or ""])
        self.table.fill(rows)
        for r, service in enumerate(file.services):
            if service.waiting and service.planned_on is not None and service.planned_on < today:  # late
                for c in range(self.table.columnCount()):
                    item = self.table.item(r, c)
                    assert item is not None  # filled just above
                    item.setToolTip(translate("ServicesPanel", "Planned for {0} and not recorded as given").format(
                        i18n.show_date(service.planned_on)))
                    item.setForeground(QBrush(QColor("#b00020")))
        self._update_buttons()
        self.loaded.emit()

    def current_service(self):
        row = self.table.currentRow()
        if self.file is None or not (0 <= row < len(self.file.services)) or not self.table.selectedItems():
            return None
        return self.file.services[row]

    def _update_buttons(self) -> None:
        chosen = self.current_service() is not None
        self.add_button.setEnabled(self.file is not None)
        self.change_button.setEnabled(chosen)
        self.archive_button.setEnabled(chosen)

    def _open(self, service) -> None:
        if self.file is None:
            return
        self.dialog = ServiceDialog(self.ws, self.case_id, self.file, service, self)
        self.dialog.open()

    def archive(self) -> None:
        service = self.current_service()
        if service is None:
            return
        answer = QMessageBox.question(self, translate("ServicesPanel", "Archive service"), translate(
            "ServicesPanel", "Archive \"{0}\"? It is no longer listed (Edit > Undo brings it back).").format(
            word("service", service.kind)))
        if answer == QMessageBox.StandardButton.Yes:
            ops.archive_service(self.ws, parent=self, service_id=service.id, version=service.version) \
                .run_in_background()

    @property
    def dirty(self) -> bool:
        return self.referred.form.dirty
