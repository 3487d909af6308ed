"""The new-case wizard: person (with the duplicate check) -> documents -> current stay -> the case."""
from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QMessageBox, QWizard

from desktop.errors import explain
from desktop.operations import case as case_ops
from desktop.operations.case import PartlySaved
from desktop.wizard.pages import CasePage, DocumentsPage, PersonPage, StayPage, _filled
from desktop.workspace import Workspace
from models.clock import today
from models.services.errors import ValidationFailed


class NewCaseWizard(QWizard):
    case_opened = Signal(object)  # the new case's id
    existing_chosen = Signal(object)  # a search Match: the person was already recorded

    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setObjectName("newCaseWizard")
        self.setWindowTitle(self.tr("New case"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.person_page = PersonPage(ws, self)
        self.documents_page = DocumentsPage(ws, self)
        self.stay_page = StayPage(self)
        self.case_page = CasePage(ws, self)
        for page in (self.person_page, self.documents_page, self.stay_page, self.case_page):
            self.addPage(page)
        self.case_page.form.editors["opened_on"].set_value(today())
        if ws.actor.user_id is not None:
            self.case_page.form.editors["caseworker_id"].set_value(ws.actor.user_id)
        self.person_page.open_existing.connect(self._chose_existing)
        self.documents_page.open_existing.connect(self._chose_existing)
        self.resize(900, 560)

    def _chose_existing(self, match) -> None:
        self.existing_chosen.emit(match)
        self.reject()

    def accept(self) -> None:
        """Finish: save everything in the background; the wizard closes when it is saved."""
        stay = _filled(self.stay_page.stay.values())
        registration = _filled(self.stay_page.registration.values())
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        case_ops.open_new_case(self.ws, parent=self, person=_filled(self.person_page.form.values()),
                               documents=list(self.documents_page.documents),
                               stay=stay if stay.get("entry_date") else None,
                               registration=registration if registration.get("registered_on") else None,
                               case=_filled(self.case_page.form.values())).success(self._saved).undoable(lambda: QCoreApplication.translate("NewCaseWizard", "New case")) \
            .failure(self._refused) \
            .with_progress(QCoreApplication.translate("NewCaseWizard", "Saving the new case…")).run_in_background()

    def _saved(self, case_id: uuid.UUID) -> None:
        self.case_opened.emit(case_id)
        super().accept()

    def _refused(self, error: Exception) -> bool:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        if isinstance(error, PartlySaved):
            # Finishing again would record the person twice: close, and say where to go on.
            what, _ = explain(error.cause)
            QMessageBox.warning(self.parentWidget(), self.tr("New case"), self.tr(
                "The person was saved, but not everything else: {0}\n\nFind the person with Find (Ctrl+F) and "
                "add the rest there.").format(what))
            self.ws.changed.emit(error.changes, self)  # what was saved: the person (and their deadlines)
            self.reject()
            return True
        if isinstance(error, ValidationFailed):
            self.person_page.form.show_errors(error.errors)
            self.restart()
            return True
        return False
