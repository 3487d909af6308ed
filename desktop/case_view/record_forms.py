"""The form of each kind of record a caseworker enters: documents, stays, registrations, permits, ..."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.widgets.editors import ChoiceEdit, CountryEdit, DateEdit, TextEdit
from desktop.widgets.form import Form
from models.entities import AsylumDecision, ContractKind, DocumentKind, PermitKind, StayBasis, WorkCategory

translate = QCoreApplication.translate  # the name lupdate looks for

KINDS = {
    "document": QT_TRANSLATE_NOOP("Records", "Identity document"),
    "stay": QT_TRANSLATE_NOOP("Records", "Stay"),
    "registration": QT_TRANSLATE_NOOP("Records", "Registration"),
    "permit": QT_TRANSLATE_NOOP("Records", "Permit or visa"),
    "contract": QT_TRANSLATE_NOOP("Records", "Contract"),
    "asylum_claim": QT_TRANSLATE_NOOP("Records", "Asylum claim"),
    "refugee_status": QT_TRANSLATE_NOOP("Records", "Refugee status"),
    "expulsion": QT_TRANSLATE_NOOP("Records", "Expulsion"),
}
HISTORY_KINDS = ("stay", "registration", "permit", "contract", "asylum_claim", "refugee_status", "expulsion")



def kind_name(kind: str) -> str:
    return translate("Records", KINDS[kind])


def _fields(kind: str, employers: list) -> list[tuple[str, str, object]]:
    """(field, label, editor factory) of each kind, in the order a document lists them."""
    blank = translate("Records", "(none)")
    employer = lambda: ChoiceEdit(None, [(e.id, e.name) for e in employers], blank)  # noqa: E731
    return {
        "document": [("kind", translate("Records", "Kind"), lambda: ChoiceEdit.of(DocumentKind)),
                     ("number", translate("Records", "Number"), lambda: TextEdit(None, 40)),
                     ("issuing_country", translate("Records", "Issued by (country)"), lambda: CountryEdit(None)),
                     ("issued_on", translate("Records", "Issued on"), DateEdit), ("expires_on", translate("Records", "Valid until"), DateEdit)],
        "stay": [("entry_date", translate("Records", "Entry date"), DateEdit),
                 ("exit_date", translate("Records", "Exit date (empty while in the country)"), DateEdit),
                 ("basis", translate("Records", "Basis of stay"), lambda: ChoiceEdit.of(StayBasis)),
                 ("border_point", translate("Records", "Border crossing point"), lambda: TextEdit(None, 100))],
        "registration": [("registered_on", translate("Records", "Registered on"), DateEdit), ("address", translate("Records", "Address"), TextEdit),
                         ("host", translate("Records", "Host (who registered them)"), lambda: TextEdit(None, 200))],
        "permit": [("kind", translate("Records", "Kind"), lambda: ChoiceEdit.of(PermitKind)),
                   ("number", translate("Records", "Number"), lambda: TextEdit(None, 40)),
                   ("valid_from", translate("Records", "Valid from"), DateEdit), ("valid_to", translate("Records", "Valid until"), DateEdit),
                   ("issuer", translate("Records", "Issued by"), lambda: TextEdit(None, 200)),
                   ("work_category", translate("Records", "Work category"), lambda: ChoiceEdit.of(WorkCategory, blank=blank)),
                   ("employer_id", translate("Records", "Employer"), employer)],
        "contract": [("kind", translate("Records", "Kind"), lambda: ChoiceEdit.of(ContractKind)), ("employer_id", translate("Records", "Employer"),
                                                                                   employer),
                     ("start_date", translate("Records", "Start date"), DateEdit), ("end_date", translate("Records", "End date"), DateEdit)],
        "asylum_claim": [("registered_on", translate("Records", "Claim registered on"), DateEdit),
                         ("decided_on", translate("Records", "Decided on"), DateEdit),
                         ("decision", translate("Records", "Decision"), lambda: ChoiceEdit.of(AsylumDecision, blank=blank)),
                         ("appeal_filed_on", translate("Records", "Appeal filed on"), DateEdit),
                         ("appeal_decided_on", translate("Records", "Appeal decided on"), DateEdit)],
        "refugee_status": [("recognized_on", translate("Records", "Recognised on"), DateEdit),
                           ("valid_to", translate("Records", "Valid until"), DateEdit),
                           ("certificate_issued_on", translate("Records", "Certificate issued on"), DateEdit),
                           ("certificate_number", translate("Records", "Certificate number"), lambda: TextEdit(None, 40))],
        "expulsion": [("expelled_on", translate("Records", "Expelled on"), DateEdit),
                      ("ban_until", translate("Records", "Re-entry ban until (empty: the law's default)"), DateEdit),
                      ("decided_by", translate("Records", "Decided by"), lambda: TextEdit(None, 200))],
    }[kind]


def record_form(kind: str, employers: list = (), parent=None) -> Form:
    form = Form(parent)
    for name, label, make in _fields(kind, list(employers)):
        form.add(name, label, make())
    return form
