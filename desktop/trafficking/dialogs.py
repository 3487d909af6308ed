"""The trafficking tab's dialogs: a form, Save and Cancel, the services' refusals under the fields.

Each dialog is opened with `open()` (window-modal, no nested event loop) and saves through a
background operation; `saved` carries what the service returned.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from desktop.errors import show_error
from desktop.operations import CollectionOp
from desktop.trafficking import operations as ops
from desktop.trafficking.checklist import CheckList, IdChoice
from desktop.trafficking.operations import TraffickingFile
from desktop.trafficking.words import choices, organisation_name, word, words
from desktop.trafficking.words import organisation as organisation_words
from desktop.widgets.editors import ChoiceEdit, DateEdit, LongTextEdit, TextEdit
from desktop.widgets.form import Form
from desktop.workspace import Workspace
from models.entities import (
    Answer,
    AssessedBy,
    AssessmentOutcome,
    ConsentMethod,
    ConsentPurpose,
    ReferralStatus,
    Urgency,
)
from models.schemas.trafficking import SERVICES, SHARED_PARTS, AssessmentIn, ConsentIn, ScreeningIn
from models.services.errors import ValidationFailed
from models.services.referrals import NEXT
from models.services.screening import indicator_set, summary


class FormDialog(QDialog):
    saved = Signal(object)

    def __init__(self, ws: Workspace, title: str, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form = Form(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.hint)
        self.layout_.addWidget(self.form, 1)
        self.layout_.addWidget(self.buttons)

    def show_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def data(self) -> dict:
        return self.form.values()

    def operation(self, data: dict) -> CollectionOp:
        raise NotImplementedError

    def save(self) -> None:
        if problems := self.form.local_errors():
            self.form.show_errors(problems)
            return
        self.save_button.setEnabled(False)
        self.operation(self.data()).success(self._saved).failure(self._refused).run_in_background()

    def _saved(self, result: object) -> None:
        self.saved.emit(result)
        self.accept()

    def _refused(self, error: Exception) -> bool:
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationFailed):
            self.form.show_errors(error.errors)
            return True
        show_error(self, error)
        return True


def _today_edit(parent, day) -> DateEdit:
    edit = DateEdit(parent)
    edit.set_value(day)
    return edit


# --- screening and assessment ---------------------------------------------------------------


class ScreeningDialog(FormDialog):
    """One interview: every indicator of the list, grouped, in the user's language; unasked ones stay blank."""

    def __init__(self, ws: Workspace, file: TraffickingFile, parent=None) -> None:
        super().__init__(ws, self.tr("New screening"), parent)
        self.file = file
        self.form.add("interviewed_on", self.tr("Interviewed on"), _today_edit(self, file.today))
        self.form.add("interpreter", self.tr("Interpreter"), TextEdit.of(ScreeningIn, "interpreter", self))
        self.form.add("notes", self.tr("Notes"), LongTextEdit(self)).setMaximumHeight(70)
        self.show_hint(self.tr("Ask in the person's words; leave a question blank if it was not asked. The "
                               "indicators support your assessment; they do not make it."))
        lang = i18n.current()
        indicators = indicator_set()
        body = QWidget(self)
        column = QVBoxLayout(body)
        self.answers: dict[str, QComboBox] = {}
        answer_choices = choices("answer", Answer)
        for group in indicators.groups:
            box = QGroupBox(indicators.group_name(group, lang), body)
            rows = QFormLayout(box)
            rows.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for indicator in (i for i in indicators.indicators if i.group == group and not i.retired):
                question = QLabel(indicator.text(lang), box)
                question.setWordWrap(True)
                question.setToolTip(self.tr("Source: {0}").format(indicator.source))
                answer = QComboBox(box)
                answer.addItem(self.tr("Not asked"), None)
                for stored, shown in answer_choices:
                    answer.addItem(shown, stored)
                answer.setObjectName(f"answer_{indicator.code}")
                rows.addRow(question, answer)
                self.answers[indicator.code] = answer
            column.addWidget(box)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.layout_.insertWidget(2, scroll, 3)
        self.resize(760, 720)

    def data(self) -> dict:
        answered = [{"indicator": code, "answer": box.currentData()} for code, box in self.answers.items()
                    if box.currentData() is not None]
        return self.form.values() | {"answers": answered}

    def operation(self, data: dict) -> CollectionOp:
        return ops.record_screening(self.ws, parent=self, case_id=self.file.case_id, data=data)


class AssessmentDialog(FormDialog):
    def __init__(self, ws: Workspace, file: TraffickingFile, parent=None) -> None:
        super().__init__(ws, self.tr("Record an assessment"), parent)
        self.file = file
        self.form.add("assessed_on", self.tr("Assessed on"), _today_edit(self, file.today))
        # No default: "Not a victim" first in the list would be saved by a caseworker who only meant to look.
        self.form.add("outcome", self.tr("Outcome"),
                      ChoiceEdit(self, choices("outcome", AssessmentOutcome), blank=self.tr("Choose the outcome…")))
        self.form.add("assessed_by", self.tr("Decided by"), ChoiceEdit(self, choices("assessed_by", AssessedBy)))
        self.form.add("assessor", self.tr("Officer, court or body"), TextEdit.of(AssessmentIn, "assessor", self))
        self.form.add("reasoning", self.tr("Reasoning"), LongTextEdit(self))
        hint = self.tr("You decide; the indicators only support the decision.")
        if file.screenings:
            found = summary(file.screenings[0])
            hint += " " + self.tr("Latest screening ({0}): {1} indicator(s) present in {2} group(s).").format(
                i18n.show_date(file.screenings[0].interviewed_on), found.count, len(found.present))
        self.show_hint(hint)

    def operation(self, data: dict) -> CollectionOp:
        return ops.record_assessment(self.ws, parent=self, case_id=self.file.case_id, data=data)


# --- consent --------------------------------------------------------------------------------


class ConsentDialog(FormDialog):
    """Consent for one organisation; opened on a referral, it starts from that referral's organisation and parts."""

    def __init__(self, ws: Workspace, file: TraffickingFile, parent=None, referral=None) -> None:
        super().__init__(ws, self.tr("Record consent"), parent)
        self.file = file
        organisations = sorted(((o.id, organisation_words(o.name)) for o in file.organisations.values()
                                if o.archived_at is None), key=lambda item: item[1].casefold())
        self.form.add("purpose", self.tr("Purpose"), ChoiceEdit(self, choices("purpose", ConsentPurpose)))
        self.form.add("organisation_id", self.tr("Organisation"), IdChoice(self, organisations, blank=""))
        self.form.add("scope", self.tr("May share"), CheckList(choices("part", SHARED_PARTS), self))
        self.form.add("given_on", self.tr("Given on"), _today_edit(self, file.today))
        self.form.add("method", self.tr("How"), ChoiceEdit(self, choices("method", ConsentMethod)))
        self.form.add("witness", self.tr("Witness"), TextEdit.of(ConsentIn, "witness", self))
        scans = [(a.id, a.filename) for a in file.attachments]
        self.form.add("attachment_id", self.tr("Signed form"), IdChoice(self, scans, blank=""))
        if file.guardians:  # a minor's consent is given by a parent or guardian linked in the family panel
            self.form.add("guardian_id", QCoreApplication.translate("Family", "Given by (parent or guardian)"),
                          IdChoice(self, sorted(file.guardians.items(), key=lambda item: item[1]), blank=""))
        # "Choose the scan" and "name the witness" answer to the method: another method answers them too.
        for answered in ("attachment_id", "witness"):
            self.form.editors["method"].edited.connect(lambda name=answered: self.form.clear_error(name))
        self.form.editors["purpose"].set_value(ConsentPurpose.share_data)
        if referral is not None:
            self.form.editors["organisation_id"].set_value(referral.organisation_id)
            self.form.editors["scope"].set_value(list(referral.shared))
        self.show_hint(self.tr("Explain to the person what will be shared, with whom and why, in a language they "
                               "understand; they may withdraw consent at any time. A signed form is first attached "
                               "to the case (Notes and attachments)."))

    def operation(self, data: dict) -> CollectionOp:
        return ops.record_consent(self.ws, parent=self, case_id=self.file.case_id, data=data)


class WithdrawDialog(FormDialog):
    def __init__(self, ws: Workspace, file: TraffickingFile, consent, parent=None) -> None:
        super().__init__(ws, self.tr("Withdraw consent"), parent)
        self.file, self.consent = file, consent
        self.form.add("withdrawn_on", self.tr("Withdrawn on"), _today_edit(self, file.today))
        self.form.add("note", self.tr("Note"), LongTextEdit(self))
        self.show_hint(self.tr("From this day on the consent no longer allows sharing: referrals that relied on it "
                               "cannot print their letters."))

    def operation(self, data: dict) -> CollectionOp:
        return ops.withdraw_consent(self.ws, parent=self, case_id=self.file.case_id, consent_id=self.consent.id,
                                    version=self.consent.version, data=data)


# --- referrals ------------------------------------------------------------------------------


class ReferralDialog(FormDialog):
    """A new draft (or a change to one): the organisation, services, urgency, reason, what is shared."""

    def __init__(self, ws: Workspace, file: TraffickingFile, referral=None, parent=None) -> None:
        super().__init__(ws, self.tr("New referral") if referral is None else self.tr("Change the draft referral"),
                         parent)
        self.file, self.referral = file, referral
        organisations = sorted(((o.id, organisation_words(o.name)) for o in file.organisations.values()
                                if o.archived_at is None), key=lambda item: item[1].casefold())
        organisation = self.form.add("organisation_id", self.tr("Organisation"),
                                     IdChoice(self, organisations, blank=""))
        self.form.add("services", self.tr("Services"), CheckList(choices("service", SERVICES), self, columns=3))
        self.form.add("urgency", self.tr("Urgency"), ChoiceEdit(self, choices("urgency", Urgency)))
        self.form.add("reason", self.tr("Reason"), LongTextEdit(self))
        self.form.add("shared", self.tr("Share"), CheckList(choices("part", SHARED_PARTS), self))
        if referral is not None:
            self.form.set_values(referral)
        organisation.currentIndexChanged.connect(lambda _: self._coverage())
        self.form.editors["shared"].edited.connect(self._coverage)
        self._coverage()
        self.resize(680, 560)

    def _coverage(self) -> None:
        """Say, as the caseworker chooses, what the consents in force allow for this organisation."""
        organisation_id = self.form.editors["organisation_id"].value()
        if organisation_id is None:
            self.show_hint(self.tr("Choose the organisation: the letter will carry only what the person's consent "
                                   "allows to share with it."))
            return
        covered = self.file.covered_parts(organisation_id)
        wanted = set(self.form.editors["shared"].value())
        if not covered:
            text = self.tr("No consent in force allows sharing with this organisation yet: record it before sending.")
        elif wanted <= covered:
            text = self.tr("The consent in force covers what this referral shares.")
        else:
            text = self.tr("Not covered by consent: {0}. Record consent for it, or share less.").format(
                words("part", sorted(wanted - covered)))
        self.show_hint(text)

    def operation(self, data: dict) -> CollectionOp:
        referral = self.referral
        return ops.save_referral(self.ws, parent=self, case_id=self.file.case_id,
                                 referral_id=referral.id if referral else None,
                                 version=referral.version if referral else None, data=data)


class SendDialog(FormDialog):
    """Sending: with the consent that covers it, or, for those allowed, the emergency override and its reason."""

    def __init__(self, ws: Workspace, file: TraffickingFile, referral, check, parent=None) -> None:
        super().__init__(ws, self.tr("Send referral {0}").format(referral.reference), parent)
        self.file, self.referral, self.check = file, referral, check
        self.save_button.setText(self.tr("Mark as sent"))
        self.form.add("sent_on", self.tr("Sent on"), _today_edit(self, file.today))
        if check.minor and not check.guardian_consent:
            self.form.add("best_interest_reason", QCoreApplication.translate(
                "Family", "Why it is in the child's best interest"), LongTextEdit(self))
        organisation = organisation_name(file, referral.organisation_id)
        if check.covered:
            self.show_hint(self.tr("The person's consent of {0} allows sharing what this referral carries with {1}.")
                           .format(i18n.show_date(check.given_on), organisation))
            return
        missing = words("part", check.missing) if check.missing else self.tr("the referral itself")
        if check.may_override:
            self.form.add("override_reason", self.tr("Why it cannot wait"), LongTextEdit(self))
            self.show_hint(self.tr("No consent in force covers: {0}. You may send it anyway only in an emergency, "
                                   "saying why; the override is recorded in the audit trail.").format(missing))
            self.save_button.setText(self.tr("Send without consent"))
        else:
            self.show_hint(self.tr("No consent in force covers: {0}. Record the person's consent first. Without it "
                                   "only a supervisor, or the assigned caseworker for an emergency referral, may "
                                   "send it.").format(missing))
            self.save_button.setEnabled(False)

    def show_hint(self, text: str) -> None:
        if self.check.minor and not self.check.guardian_consent:
            text += " " + QCoreApplication.translate(
                "Family", "The person is a minor and no parent or guardian consented: say why the referral is in "
                          "the child's best interest.")
        super().show_hint(text)

    def operation(self, data: dict) -> CollectionOp:
        return ops.send_referral(self.ws, parent=self, case_id=self.file.case_id, referral_id=self.referral.id,
                                 version=self.referral.version, data=data)


class StepDialog(FormDialog):
    """The organisation's answer and what follows: accepted, rejected, delivered, closed, revoked."""

    def __init__(self, ws: Workspace, file: TraffickingFile, referral, parent=None) -> None:
        super().__init__(ws, self.tr("Progress of referral {0}").format(referral.reference), parent)
        self.file, self.referral = file, referral
        steps = [s for s in NEXT[ReferralStatus(referral.status)] if s != ReferralStatus.sent]
        self.form.add("status", self.tr("Now"), ChoiceEdit(self, choices("status", steps)))
        self.form.add("on", self.tr("On"), _today_edit(self, file.today))
        self.form.add("note", self.tr("Note (the reason, for a rejection or revocation)"), LongTextEdit(self))
        if ReferralStatus.services_delivered in steps:  # which of the case's services were given (optional)
            from desktop.trafficking.delivered import DeliveredServices

            self.form.add("service_ids", QCoreApplication.translate("DeliveredServices", "Services given"),
                          DeliveredServices(ws, file.case_id, self))

    def data(self) -> dict:
        values = self.form.values()
        self._status = values.pop("status")
        if self._status != ReferralStatus.services_delivered:
            values.pop("service_ids", None)
        return values

    def operation(self, data: dict) -> CollectionOp:
        return ops.advance_referral(self.ws, parent=self, case_id=self.file.case_id, referral_id=self.referral.id,
                                    version=self.referral.version, status=self._status, data=data)


def describe_referral(file: TraffickingFile, referral) -> list[str]:
    """The referral's row in the tab: reference, organisation, services, urgency, status, sent, follow-up."""
    follow_up = file.follow_ups.get(referral.id)
    return [referral.reference, organisation_name(file, referral.organisation_id), words("service", referral.services),
            word("urgency", referral.urgency), word("status", referral.status),
            i18n.show_date(referral.sent_on) if referral.sent_on else "",
            word("follow_up", follow_up.status) if follow_up else ""]

