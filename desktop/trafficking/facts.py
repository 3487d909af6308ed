"""The facts of a trafficking case (HTCDS v2) in the trafficking tab: a line that sums them up, and the
form that records them, which starts from what the screening and the assessment already found."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop import i18n
from desktop.operations import CollectionOp
from desktop.trafficking.checklist import CheckList
from desktop.trafficking.dialogs import FormDialog
from desktop.trafficking.operations import save_facts
from desktop.trafficking.words import choices, word, words
from desktop.widgets.editors import ChoiceEdit, CountryEdit, DateEdit, TextEdit
from desktop.workspace import Workspace
from models import countries
from models.entities import AssessmentOutcome, ControlMeans, ExploitationForm, Recruitment
from models.ids import CaseId
from models.schemas.trafficking import TraffickingFactsIn, TraffickingFactsOut

translate = QCoreApplication.translate  # the name lupdate looks for


def summary(facts: TraffickingFactsOut | None) -> str:
    """One line for the tab: how, where, recruited how, and the status with its date."""
    if facts is None:
        return translate("TraffickingFacts", "<b>Case facts:</b> not recorded yet.")
    parts = [words("exploitation", facts.exploitation) or translate("TraffickingFacts", "exploitation not recorded")]
    if facts.exploitation_country:
        place = countries.name(facts.exploitation_country, i18n.current())
        parts.append(place + (f" ({facts.exploitation_region})" if facts.exploitation_region else ""))
    if facts.recruitment:
        parts.append(translate("TraffickingFacts", "recruited: {0}").format(word("recruitment", facts.recruitment)))
    if facts.identification and facts.identified_on:
        parts.append(translate("TraffickingFacts", "{0} since {1}").format(word("outcome", facts.identification),
                                                i18n.show_date(facts.identified_on)))
    return translate("TraffickingFacts", "<b>Case facts:</b> {0}").format("; ".join(parts))


class FactsDialog(FormDialog):
    """Exploitation, where, recruitment, control, identification: several forms and means may be chosen."""

    def __init__(self, ws: Workspace, case_id: CaseId, facts: TraffickingFactsOut | None,
                 suggested: TraffickingFactsIn, parent=None) -> None:
        super().__init__(ws, self.tr("Case facts"), parent)
        self.case_id = case_id
        self.version = facts.version if facts else None
        self.form.add("exploitation", self.tr("Forms of exploitation"),
                      CheckList(choices("exploitation", ExploitationForm), self))
        self.form.add("exploitation_country", self.tr("Country of exploitation"), CountryEdit(self))
        self.form.add("exploitation_region", self.tr("Region or city"),
                      TextEdit.of(TraffickingFactsIn, "exploitation_region", self))
        self.form.add("recruitment", self.tr("Recruited through"),
                      ChoiceEdit(self, choices("recruitment", Recruitment), blank=""))
        self.form.add("control", self.tr("Means of control"), CheckList(choices("control", ControlMeans), self))
        self.form.add("identification", self.tr("Identification status"),
                      ChoiceEdit(self, choices("outcome", AssessmentOutcome), blank=""))
        self.form.add("identified_on", self.tr("Since"), DateEdit(self))
        start = facts or suggested
        for name, editor in self.form.editors.items():
            editor.set_value(getattr(start, name))
        if facts is None:
            self.show_hint(self.tr("Filled in from the screening and the latest assessment: check each answer."))

    def data(self) -> dict:
        return self.form.values() | {"case_id": self.case_id}

    def operation(self, data: dict) -> CollectionOp:
        return save_facts(self.ws, parent=self, version=self.version, data=data)
