"""The new-case wizard's pages. Each checks its own fields with the same schemas the services use,
so a mistake is shown on the page where it was made, before anything is saved."""
from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from desktop import i18n, labels
from desktop.case_view.record_forms import record_form
from desktop.operations import person
from desktop.person_form import case_form, person_form
from desktop.widgets.form import Form
from desktop.workspace import Workspace
from models.clock import today
from models.schemas.validation import validate
from models.services.errors import FieldError, ValidationFailed
from models.services.search import Duplicates

SOMEONE = uuid.UUID(int=0)  # stands for the person not yet saved, when a page checks its fields


def checked(form: Form, schema: type, extra: dict | None = None) -> bool:
    """Show what is wrong under the fields; True when the page may be left."""
    if problems := form.local_errors():
        form.show_errors(problems)
        return False
    try:
        validate(schema, _filled(form.values()) | (extra or {}))
    except ValidationFailed as refused:
        form.show_errors(refused.errors)
        return False
    form.clear_errors()
    return True


def _filled(values: dict) -> dict:
    return {name: value for name, value in values.items() if value is not None}


class PersonPage(QWizardPage):
    """The person, with the persons already recorded who may be the same one."""

    open_existing = Signal(object)  # the Match chosen instead of a new person

    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setTitle(self.tr("Who is the person?"))
        self.setSubTitle(self.tr("Names as written in their passport. Qamqor checks whether they are already "
                                 "recorded."))
        self.form = person_form(self, compact=True)
        self.duplicates = QListWidget(self)
        self.duplicates.setObjectName("duplicates")
        self.duplicates.setWordWrap(True)
        self.duplicates.setSpacing(2)
        self.duplicates_label = QLabel(self.tr("No one recorded so far looks like this person."), self)
        self.duplicates_label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open this person's case instead"), self)
        self.open_button.setEnabled(False)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("<b>Possibly the same person</b>"), self))
        side.addWidget(self.duplicates_label)
        side.addWidget(self.duplicates, 1)
        side.addWidget(self.open_button)
        row = QHBoxLayout(self)
        row.addWidget(self.form, 3)
        row.addLayout(side, 2)
        self._timer = QTimer(self, singleShot=True, interval=250)  # check once typing pauses
        self._timer.timeout.connect(self.check_duplicates)
        self.form.edited.connect(self._timer.start)
        self.duplicates.currentRowChanged.connect(lambda row: self.open_button.setEnabled(row >= 0))
        self.open_button.clicked.connect(self._open_existing)
        self.document_numbers: list[str] = []
        self.found: list = []

    def check_duplicates(self) -> None:
        values, numbers = self.form.values(), list(self.document_numbers)
        if not values["family_name"] or not values["given_name"]:
            return
        query = dict(family_name=values["family_name"], given_name=values["given_name"],
                     birth_date=values["birth_date"], birth_year=values["birth_year"], document_numbers=numbers)
        person.likely_duplicates(self.ws, parent=self, **query).success(self._show_duplicates).run_in_background()

    def _show_duplicates(self, found: Duplicates) -> None:
        self.found = found.shown
        self.duplicates.clear()
        for duplicate in found.shown:
            m = duplicate.match
            why = self.tr("same document number") if duplicate.same_document else self.tr("similar name, same birth")
            born = i18n.show_date(m.birth_date) if m.birth_date else str(m.birth_year or "")
            item = QListWidgetItem(f"{m.full_name}\n{born}, {labels.country(m.citizenship)} — {why}")
            item.setData(Qt.ItemDataRole.ToolTipRole, item.text())
            self.duplicates.addItem(item)
        text = (self.tr("Check these before saving a new person:") if found.shown
                else "" if found.hidden else self.tr("No one recorded so far looks like this person."))
        if found.hidden:  # neither counted nor named: someone else's confidential client
            text += " " + self.tr("A person with this document is already recorded; ask your supervisor.")
        self.duplicates_label.setText(text.strip())

    def _open_existing(self) -> None:
        row = self.duplicates.currentRow()
        if 0 <= row < len(self.found):
            self.open_existing.emit(self.found[row].match)

    def validatePage(self) -> bool:
        from models.schemas.persons import PersonIn

        return checked(self.form, PersonIn)


class DocumentsPage(QWizardPage):
    open_existing = Signal(object)  # the Match holding this document number already

    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setTitle(self.tr("Identity documents"))
        self.setSubTitle(self.tr("Add each document they have (passport, ID card, ...). Leave the number empty "
                                 "if they have none with them."))
        self.form = record_form("document", parent=self)
        self.already = QLabel(self)
        self.already.setObjectName("documentAlreadyRecorded")
        self.already.setWordWrap(True)
        self.already.setStyleSheet("color: #8a5300;")
        self.open_button = QPushButton(self.tr("Open this person's case instead"), self)
        self.added = QListWidget(self)
        self.add_button = QPushButton(self.tr("Add another document"), self)
        self.documents: list[dict] = []
        self.holder = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        warning = QHBoxLayout()
        warning.addWidget(self.already, 1)
        warning.addWidget(self.open_button)
        layout.addLayout(warning)
        layout.addWidget(self.add_button)
        layout.addWidget(QLabel(self.tr("Documents to save:"), self))
        layout.addWidget(self.added)
        self._show_holder(None)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.check_number)
        self.form.editors["number"].edited.connect(self._timer.start)
        self.add_button.clicked.connect(self.add_current)
        self.open_button.clicked.connect(lambda: self.open_existing.emit(self.holder))

    def check_number(self) -> None:
        """A person already recorded with this document number is most likely this person."""
        number = self.form.values()["number"]
        if not number:
            self._show_holder(None)
            return
        person.likely_duplicates(self.ws, parent=self, family_name="", given_name="", document_numbers=[number]) \
            .success(self._show_found).run_in_background()

    def _show_found(self, found: Duplicates) -> None:
        self._show_holder(found.shown[0].match if found.shown else None)
        if not found.shown and found.hidden:  # the holder's case is not this user's to see: no name
            self.already.setText(self.tr("A person with this document is already recorded; ask your supervisor."))
            self.already.setVisible(True)

    def _show_holder(self, match) -> None:
        self.holder = match
        self.already.setVisible(match is not None)
        self.open_button.setVisible(match is not None and match.case_id is not None)
        if match is not None:
            born = i18n.show_date(match.birth_date) if match.birth_date else str(match.birth_year or "")
            self.already.setText(self.tr("This document number is already recorded for {0} ({1}, {2}).").format(
                match.full_name, born, labels.country(match.citizenship)))

    def initializePage(self) -> None:
        person_page = self.wizard().findChild(PersonPage)  # the wizard's first page
        if self.form.values()["issuing_country"] is None and person_page is not None:
            citizenship = person_page.form.values()["citizenship"]
            self.form.editors["issuing_country"].set_value(citizenship)

    def add_current(self) -> bool:
        """Put the document in the form on the list; False if it has mistakes."""
        from models.schemas.persons import DocumentIn

        values = self.form.values()
        if not values["number"]:
            return True
        if not checked(self.form, DocumentIn, {"person_id": SOMEONE}):
            return False
        self.documents.append(_filled(values))
        self.added.addItem(f"{labels.value(values['kind'])} {values['number']}")
        self.form.set_values({"kind": values["kind"], "issuing_country": values["issuing_country"]})
        return True

    def validatePage(self) -> bool:
        return self.add_current()


class StayPage(QWizardPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Current stay in Kazakhstan"))
        self.setSubTitle(self.tr("When they entered and on what basis; the registration if they have one. "
                                 "Leave the entry date empty if they are not in the country."))
        self.stay = record_form("stay", parent=self)
        self.registration = record_form("registration", parent=self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stay)
        layout.addWidget(QLabel(self.tr("<b>Registration of the place of stay</b> (if done)"), self))
        layout.addWidget(self.registration)
        layout.addStretch(1)
        self.planned_entry = None  # an entry date after today that the caseworker confirmed as a planned trip

    def validatePage(self) -> bool:
        from models.schemas.records import RegistrationIn, StayIn

        entry = self.stay.values()["entry_date"]
        stay_ok = entry is None or (checked(self.stay, StayIn, {"person_id": SOMEONE}) and self._entry_confirmed(entry))
        registered = self.registration.values()["registered_on"] is not None
        return stay_ok and (not registered or checked(self.registration, RegistrationIn, {"person_id": SOMEONE}))

    def _entry_confirmed(self, entry) -> bool:
        """An entry after today is saved only as a planned trip, and only when the caseworker says it is one.

        The timeline editor stores a stay entered after today as a planned trip (its row reads "Planned trip",
        and no deadline reads it as a fact: models.rules.engine); here the caseworker is asked first, since a
        mistyped year would otherwise leave the person "not in Kazakhstan now" with no deadline at all."""
        if entry <= today() or entry == self.planned_entry:
            return True
        answer = QMessageBox.question(
            self, self.tr("Planned trip?"),
            self.tr("The entry date, {0}, is after today.\n\nIs this a trip the person plans? If so, it is saved as "
                    "a planned trip, and no deadline counts until they enter. If not, correct the entry date.").format(
                i18n.show_date(entry)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.planned_entry = entry
            return True
        self.stay.show_errors([FieldError("entry_date", "", self.tr(
            "is after today ({0}): enter the day the person entered Kazakhstan").format(i18n.show_date(entry)))])
        return False


class CasePage(QWizardPage):
    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The case"))
        self.setSubTitle(self.tr("What kind of help, how urgent, and who works on it."))
        self.form = case_form(ws.users, self, new=True)
        QVBoxLayout(self).addWidget(self.form)

    def validatePage(self) -> bool:
        from models.schemas.cases import CaseIn

        return checked(self.form, CaseIn, {"person_id": SOMEONE})
