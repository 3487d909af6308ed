"""The service directory: everyone reads it; an administrator or a supervisor adds, changes and archives
entries, and sets the office's own details that head every letter."""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.errors import show_error
from desktop.operations import Changes, CollectionOp
from desktop.operations import directory as ops
from desktop.trafficking.checklist import CheckList
from desktop.trafficking.dialogs import FormDialog
from desktop.trafficking.words import choices, word, words
from desktop.trafficking.words import organisation as organisation_words
from desktop.widgets.editors import ChoiceEdit, LineEdit, LongTextEdit, TextEdit
from desktop.workspace import Workspace
from models.entities import OrganisationKind, Role
from models.schemas.trafficking import LANGUAGES, SERVICES, OrganisationIn
from models.services.directory import OfficeIn


def may_edit(ws: Workspace) -> bool:
    return bool({Role.admin, Role.supervisor} & set(ws.actor.roles))


class _ListEdit(LineEdit):
    """A few words separated by commas (regions) as a list."""

    def value(self) -> list[str]:
        return [part.strip() for part in self.text().split(",") if part.strip()]

    def set_value(self, value: object) -> None:
        self.setText(", ".join(map(str, value)) if isinstance(value, Iterable) else "")  # None: empty


class OrganisationDialog(FormDialog):
    def __init__(self, ws: Workspace, organisation=None, parent=None) -> None:
        super().__init__(ws, self.tr("Organisation") if organisation else self.tr("New organisation"), parent)
        self.organisation = organisation
        self.form.add("name", self.tr("Name"), TextEdit.of(OrganisationIn, "name", self))
        self.form.add("kind", self.tr("Kind"), ChoiceEdit(self, choices("organisation_kind", OrganisationKind)))
        self.form.add("services", self.tr("Services"), CheckList(choices("service", SERVICES), self, columns=3))
        self.form.add("regions", self.tr("Regions (comma-separated)"), _ListEdit(self, 300))
        self.form.add("languages", self.tr("Languages"), CheckList([(code, code) for code in LANGUAGES], self, 5))
        self.form.add("address", self.tr("Address"), TextEdit.of(OrganisationIn, "address", self))
        self.form.add("phone", self.tr("Phone"), TextEdit.of(OrganisationIn, "phone", self))
        self.form.add("email", self.tr("E-mail"), TextEdit.of(OrganisationIn, "email", self))
        self.form.add("website", self.tr("Website"), TextEdit.of(OrganisationIn, "website", self))
        self.form.add("opening_hours", self.tr("Opening hours"), TextEdit.of(OrganisationIn, "opening_hours", self))
        self.form.add("notes", self.tr("Notes"), LongTextEdit(self))
        self.form.add("source", self.tr("Source of these details"), TextEdit.of(OrganisationIn, "source", self))
        if organisation is not None:
            self.form.set_values(organisation)
        self.show_hint(self.tr("Enter only contact details you have checked: a wrong number can put a person at "
                               "risk."))

    def operation(self, data: dict) -> CollectionOp:
        organisation = self.organisation
        return ops.save_organisation(self.ws, parent=self, organisation_id=organisation.id if organisation else None,
                                     version=organisation.version if organisation else None, data=data)


class OfficeDialog(FormDialog):
    """The office's name and contacts, as the header of its letters."""

    def __init__(self, ws: Workspace, office, parent=None) -> None:
        super().__init__(ws, self.tr("The office's details"), parent)
        self.form.add("name", self.tr("Name of the office"), TextEdit.of(OfficeIn, "name", self))
        self.form.add("name_kk", self.tr("Name in Kazakh"), TextEdit.of(OfficeIn, "name_kk", self))
        self.form.add("name_ru", self.tr("Name in Russian"), TextEdit.of(OfficeIn, "name_ru", self))
        self.form.add("name_en", self.tr("Name in English"), TextEdit.of(OfficeIn, "name_en", self))
        self.form.add("address", self.tr("Address"), TextEdit.of(OfficeIn, "address", self))
        self.form.add("phone", self.tr("Phone"), TextEdit.of(OfficeIn, "phone", self))
        self.form.add("email", self.tr("E-mail"), TextEdit.of(OfficeIn, "email", self))
        self.form.add("website", self.tr("Website"), TextEdit.of(OfficeIn, "website", self))
        if office is not None:
            self.form.set_values(office)
        self.show_hint(self.tr("These head every referral letter the office prints."))

    def operation(self, data: dict) -> CollectionOp:
        return ops.set_office(self.ws, parent=self, data=data)


class DirectoryDialog(QDialog):
    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.organisations: list = []
        self.dialog: FormDialog | None = None  # the organisation or office open for editing
        self.setWindowTitle(self.tr("Service directory"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.service = QComboBox(self)
        self.service.addItem(self.tr("Every service"), None)
        for stored, shown in choices("service", SERVICES):
            self.service.addItem(shown, stored)
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("directory")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Kind"), self.tr("Services"),
                                              self.tr("Regions"), self.tr("Phone"), self.tr("E-mail"),
                                              self.tr("Source")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.edit_button = QPushButton(self.tr("Change…"), self)
        self.archive_button = QPushButton(self.tr("Archive…"), self)
        self.office_button = QPushButton(self.tr("The office's details…"), self)
        close = QPushButton(self.tr("Close"), self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Service:"), self))
        top.addWidget(self.service)
        top.addStretch(1)
        bottom = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.archive_button, self.office_button):
            bottom.addWidget(button)
            button.setEnabled(may_edit(ws))
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.service.currentIndexChanged.connect(lambda _: self.load())
        self.add_button.clicked.connect(lambda: self._edit(None))
        self.edit_button.clicked.connect(lambda: self._edit(self.current()))
        self.table.itemDoubleClicked.connect(lambda _: self._edit(self.current()) if may_edit(ws) else None)
        self.archive_button.clicked.connect(self._archive)
        self.office_button.clicked.connect(self._office)
        close.clicked.connect(self.close)
        ws.changed.connect(self._on_changes)  # a method: disconnected when the dialog is deleted
        self.resize(1100, 560)
        self.load()

    def _on_changes(self, changes: Changes, _initiator: object = None) -> None:
        if changes.directory:
            self.load()

    def load(self) -> None:
        service = self.service.currentData()
        ops.organisations(self.ws, parent=self, service_kind=service).success(self._show).run_in_background()

    def _show(self, organisations: list) -> None:
        self.organisations = organisations
        self.table.setRowCount(len(organisations))
        for r, o in enumerate(organisations):
            cells = [organisation_words(o.name), word("organisation_kind", o.kind), words("service", o.services), ", ".join(o.regions),
                     o.phone or "", o.email or "", o.source or ""]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0 and o.notes:
                    item.setToolTip(o.notes)
                self.table.setItem(r, c, item)

    def current(self):
        row = self.table.currentRow()
        return self.organisations[row] if 0 <= row < len(self.organisations) else None

    def _edit(self, organisation) -> None:
        if organisation is None and self.sender() is self.edit_button:
            return
        dialog = OrganisationDialog(self.ws, organisation, self)
        self.dialog = dialog
        dialog.open()

    def _archive(self) -> None:
        organisation = self.current()
        if organisation is None:
            return
        answer = QMessageBox.question(self, self.tr("Archive"), self.tr(
            "Take {0} out of the directory? Referrals already made to it keep its name.").format(
                organisation_words(organisation.name)))
        if answer == QMessageBox.StandardButton.Yes:
            ops.archive_organisation(self.ws, parent=self, organisation_id=organisation.id,
                                     version=organisation.version).run_in_background()

    def _office(self) -> None:
        ops.office(self.ws, parent=self).success(self._open_office).failure(self._office_failed).run_in_background()

    def _office_failed(self, error: Exception) -> bool:
        show_error(self, error)
        return True  # shown

    def _open_office(self, office) -> None:
        self.dialog = OfficeDialog(self.ws, office, self)
        self.dialog.open()
