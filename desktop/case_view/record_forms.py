"""The form of each kind of record a caseworker enters: documents, stays, registrations, permits, ..."""
from __future__ import annotations

import enum
from collections.abc import Sequence

from pydantic import BaseModel
from PySide6.QtCore import QCoreApplication

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.widgets.editors import CheckEdit, ChoiceEdit, CountryEdit, DateEdit, NumberEdit, TextEdit
from desktop.widgets.form import Form
from models.entities import (
    AsylumDecision,
    ContractKind,
    DocumentKind,
    PermitKind,
    ProceedingDecision,
    StayBasis,
    WorkCategory,
)
from models.schemas.persons import DocumentIn
from models.schemas.records import (
    AsylumClaimIn,
    ContractIn,
    ExpulsionIn,
    PermitIn,
    ProceedingIn,
    RefugeeStatusIn,
    RegistrationIn,
    StayIn,
)

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
    "proceeding": QT_TRANSLATE_NOOP("Records", "Administrative case"),
}
HISTORY_KINDS = ("stay", "registration", "permit", "contract", "asylum_claim", "refugee_status", "expulsion",
                 "proceeding")



def kind_name(kind: str) -> str:
    return translate("Records", KINDS[kind])


# (field, label, editor) of each kind, in the order a document lists them. Editors: "date", "text"
# (as many characters as the kind's schema takes), "country", "employer", "money" (whole tenge), "yes_no", or an enum whose values are the choices ("?" first: optional).
Spec = str | type[enum.Enum] | tuple[str, type[enum.Enum]]
FIELDS: dict[str, list[tuple[str, str, Spec]]] = {
    "document": [
        ("kind", QT_TRANSLATE_NOOP("Records", "Kind"), DocumentKind),
        ("number", QT_TRANSLATE_NOOP("Records", "Number"), "text"),
        ("issuing_country", QT_TRANSLATE_NOOP("Records", "Issued by (country)"), "country"),
        ("issued_on", QT_TRANSLATE_NOOP("Records", "Issued on"), "date"),
        ("expires_on", QT_TRANSLATE_NOOP("Records", "Valid until"), "date")],
    "stay": [
        ("entry_date", QT_TRANSLATE_NOOP("Records", "Entry date"), "date"),
        ("exit_date", QT_TRANSLATE_NOOP("Records", "Exit date (empty while in the country)"), "date"),
        ("basis", QT_TRANSLATE_NOOP("Records", "Basis of stay"), StayBasis),
        ("border_point", QT_TRANSLATE_NOOP("Records", "Border crossing point"), "text")],
    "registration": [
        ("registered_on", QT_TRANSLATE_NOOP("Records", "Registered on"), "date"),
        ("address", QT_TRANSLATE_NOOP("Records", "Address"), "text"),
        ("host", QT_TRANSLATE_NOOP("Records", "Host (who registered them)"), "text")],
    "permit": [
        ("kind", QT_TRANSLATE_NOOP("Records", "Kind"), PermitKind),
        ("number", QT_TRANSLATE_NOOP("Records", "Number"), "text"),
        ("valid_from", QT_TRANSLATE_NOOP("Records", "Valid from"), "date"),
        ("valid_to", QT_TRANSLATE_NOOP("Records", "Valid until"), "date"),
        ("issuer", QT_TRANSLATE_NOOP("Records", "Issued by"), "text"),
        ("work_category", QT_TRANSLATE_NOOP("Records", "Work category"), ("?", WorkCategory)),
        ("employer_id", QT_TRANSLATE_NOOP("Records", "Employer"), "employer")],
    "contract": [
        ("kind", QT_TRANSLATE_NOOP("Records", "Kind"), ContractKind),
        ("employer_id", QT_TRANSLATE_NOOP("Records", "Employer"), "employer"),
        ("start_date", QT_TRANSLATE_NOOP("Records", "Start date"), "date"),
        ("end_date", QT_TRANSLATE_NOOP("Records", "End date"), "date")],
    "asylum_claim": [
        ("registered_on", QT_TRANSLATE_NOOP("Records", "Claim registered on"), "date"),
        ("decided_on", QT_TRANSLATE_NOOP("Records", "Decided on"), "date"),
        ("decision", QT_TRANSLATE_NOOP("Records", "Decision"), ("?", AsylumDecision)),
        ("appeal_filed_on", QT_TRANSLATE_NOOP("Records", "Appeal filed on"), "date"),
        ("appeal_decided_on", QT_TRANSLATE_NOOP("Records", "Appeal decided on"), "date")],
    "refugee_status": [
        ("recognized_on", QT_TRANSLATE_NOOP("Records", "Recognised on"), "date"),
        ("valid_to", QT_TRANSLATE_NOOP("Records", "Valid until"), "date"),
        ("certificate_issued_on", QT_TRANSLATE_NOOP("Records", "Certificate issued on"), "date"),
        ("certificate_number", QT_TRANSLATE_NOOP("Records", "Certificate number"), "text")],
    "expulsion": [
        ("expelled_on", QT_TRANSLATE_NOOP("Records", "Expelled on"), "date"),
        ("ban_until", QT_TRANSLATE_NOOP("Records", "Re-entry ban until (empty: the law's default)"), "date"),
        ("decided_by", QT_TRANSLATE_NOOP("Records", "Decided by"), "text")],
    "proceeding": [
        ("offence", QT_TRANSLATE_NOOP("Records", "Offence (article, in brief)"), "text"),
        ("protocol_on", QT_TRANSLATE_NOOP("Records", "Protocol drawn up on"), "date"),
        ("hearing_on", QT_TRANSLATE_NOOP("Records", "Hearing on"), "date"),
        ("decision", QT_TRANSLATE_NOOP("Records", "Decision"), ProceedingDecision),
        ("decided_on", QT_TRANSLATE_NOOP("Records", "Decided on"), "date"),
        ("fine_amount", QT_TRANSLATE_NOOP("Records", "Fine (tenge)"), "money"),
        ("expulsion", QT_TRANSLATE_NOOP("Records", "Expulsion ordered"), "yes_no"),
        ("appealed_on", QT_TRANSLATE_NOOP("Records", "Appeal filed on"), "date")],
}


# The input schema of each kind: the text editors take no more characters than it does.
SCHEMAS: dict[str, type[BaseModel]] = {"document": DocumentIn, "stay": StayIn, "registration": RegistrationIn, "permit": PermitIn,
           "contract": ContractIn, "asylum_claim": AsylumClaimIn, "refugee_status": RefugeeStatusIn,
           "expulsion": ExpulsionIn, "proceeding": ProceedingIn}


def _editor(kind: str, name: str, spec: Spec, employers: list) -> DateEdit | TextEdit | ChoiceEdit | NumberEdit | CheckEdit:
    blank = translate("Records", "(none)")
    if spec == "date":
        return DateEdit()
    if spec == "money":
        return NumberEdit(high=1_000_000_000)
    if spec == "yes_no":
        return CheckEdit()
    if spec == "country":
        return CountryEdit(None)
    if spec == "employer":
        return ChoiceEdit(None, [(e.id, e.name) for e in employers], blank)
    if spec == "text":
        return TextEdit.of(SCHEMAS[kind], name)
    if isinstance(spec, tuple):
        return ChoiceEdit.of(spec[1], blank=blank)
    assert not isinstance(spec, str), f"no editor named {spec!r}"
    return ChoiceEdit.of(spec)


def record_form(kind: str, employers: Sequence = (), parent=None) -> Form:
    form = Form(parent)
    for name, label, spec in FIELDS[kind]:
        form.add(name, translate("Records", label), _editor(kind, name, spec, list(employers)))
    return form
