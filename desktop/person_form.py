"""The forms of a person and of a case, shared by the case view and the new-case wizard."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop import labels
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.widgets.editors import CheckEdit, ChoiceEdit, CountryEdit, DateEdit, NumberEdit, TextEdit
from desktop.widgets.form import Form
from models.entities import CaseStatus, Category, Priority, Sex
from models.schemas.cases import CaseIn
from models.schemas.persons import EXEMPT_CATEGORIES, PersonIn

translate = QCoreApplication.translate  # the name lupdate looks for

# The fields of both forms as they are labelled (context PersonForm): the forms, and the sync's conflicts.
LABELS = {
    "family_name": QT_TRANSLATE_NOOP("PersonForm", "Family name"),
    "given_name": QT_TRANSLATE_NOOP("PersonForm", "Given name"),
    "patronymic": QT_TRANSLATE_NOOP("PersonForm", "Patronymic"),
    "family_name_latin": QT_TRANSLATE_NOOP("PersonForm", "Family name in Latin letters"),
    "given_name_latin": QT_TRANSLATE_NOOP("PersonForm", "Given name in Latin letters"),
    "patronymic_latin": QT_TRANSLATE_NOOP("PersonForm", "Patronymic in Latin letters"),
    "birth_date": QT_TRANSLATE_NOOP("PersonForm", "Date of birth"),
    "birth_year": QT_TRANSLATE_NOOP("PersonForm", "Year of birth (if the date is unknown)"),
    "sex": QT_TRANSLATE_NOOP("PersonForm", "Sex"),
    "citizenship": QT_TRANSLATE_NOOP("PersonForm", "Citizenship"),
    "iin": QT_TRANSLATE_NOOP("PersonForm", "IIN"),
    "languages": QT_TRANSLATE_NOOP("PersonForm", "Languages"),
    "phone": QT_TRANSLATE_NOOP("PersonForm", "Phone"),
    "address": QT_TRANSLATE_NOOP("PersonForm", "Address in Kazakhstan"),
    "region": QT_TRANSLATE_NOOP("PersonForm", "Region"),
    "exempt_category": QT_TRANSLATE_NOOP("PersonForm", "Exempt from the 90/180 rule as"),
    "category": QT_TRANSLATE_NOOP("PersonForm", "Category"),
    "status": QT_TRANSLATE_NOOP("PersonForm", "Status"),
    "priority": QT_TRANSLATE_NOOP("PersonForm", "Priority"),
    "caseworker_id": QT_TRANSLATE_NOOP("PersonForm", "Caseworker"),
    "sensitive": QT_TRANSLATE_NOOP("PersonForm", "Sensitive"),
    "opened_on": QT_TRANSLATE_NOOP("PersonForm", "Opened on"),
    "closed_on": QT_TRANSLATE_NOOP("PersonForm", "Closed on"),
    "closed_reason": QT_TRANSLATE_NOOP("PersonForm", "Reason for closing"),
}


def label(name: str) -> str:
    return translate("PersonForm", LABELS[name])


def person_form(parent=None, *, compact: bool = False) -> Form:
    """Names as written in the documents, then in Latin letters (left empty, Qamqor transliterates)."""
    form = Form(parent)
    form.add("family_name", label("family_name"), TextEdit.of(PersonIn, "family_name"))
    form.add("given_name", label("given_name"), TextEdit.of(PersonIn, "given_name"))
    form.add("patronymic", label("patronymic"), TextEdit.of(PersonIn, "patronymic"))
    if not compact:
        latin = translate("PersonForm", "(empty: transliterated)")
        for name in ("family_name_latin", "given_name_latin", "patronymic_latin"):
            form.add(name, label(name), TextEdit.of(PersonIn, name)).setPlaceholderText(latin)
    form.add("birth_date", label("birth_date"), DateEdit())
    form.add("birth_year", label("birth_year"),
             NumberEdit(None, 1900, 2100))
    # "Unknown" until the caseworker says otherwise: the first choice, "Female", would be recorded unseen.
    form.add("sex", label("sex"), ChoiceEdit.of(Sex)).set_value(Sex.unknown)
    form.add("citizenship", label("citizenship"), CountryEdit(None))
    form.add("iin", label("iin"), TextEdit(None, 12))  # 12 digits: a pattern, not a length
    if not compact:
        languages = form.add("languages", label("languages"), TextEdit.of(PersonIn, "languages"))
        languages.setPlaceholderText(translate("PersonForm", "e.g. uz, ru"))
        form.add("phone", label("phone"), TextEdit.of(PersonIn, "phone"))
        form.add("address", label("address"), TextEdit.of(PersonIn, "address"))
        region = form.add("region", label("region"), TextEdit.of(PersonIn, "region"))
        region.setPlaceholderText(translate("PersonForm", "(empty: from the address)"))
        form.add("exempt_category", label("exempt_category"),
                 ChoiceEdit(None, [(c, labels.value(c)) for c in EXEMPT_CATEGORIES],
                            translate("PersonForm", "(not exempt)")))
    return form


def case_form(users: list, parent=None, *, new: bool = False) -> Form:
    form = Form(parent)
    form.add("category", label("category"), ChoiceEdit.of(Category))
    if not new:
        form.add("status", label("status"), ChoiceEdit.of(CaseStatus))
    form.add("priority", label("priority"), ChoiceEdit.of(Priority))
    form.add("caseworker_id", label("caseworker_id"),
             ChoiceEdit(None, [(u.id, u.full_name) for u in users], translate("PersonForm", "(not assigned)"),
                        unknown=translate("CaseForm", "(someone no longer in the list)")))
    form.add("sensitive", label("sensitive"),
             CheckEdit(translate("PersonForm", "Only the caseworker and supervisors may see this case")))
    form.add("opened_on", label("opened_on"), DateEdit())
    if not new:
        form.add("closed_on", label("closed_on"), DateEdit())
        form.add("closed_reason", label("closed_reason"), TextEdit.of(CaseIn, "closed_reason"))
    return form
