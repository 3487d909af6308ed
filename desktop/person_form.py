"""The forms of a person and of a case, shared by the case view and the new-case wizard."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop import labels
from desktop.widgets.editors import CheckEdit, ChoiceEdit, CountryEdit, DateEdit, NumberEdit, TextEdit
from desktop.widgets.form import Form
from models.entities import CaseStatus, Category, Priority, Sex
from models.schemas.cases import CaseIn
from models.schemas.persons import EXEMPT_CATEGORIES, PersonIn

translate = QCoreApplication.translate  # the name lupdate looks for


def person_form(parent=None, *, compact: bool = False) -> Form:
    """Names as written in the documents, then in Latin letters (left empty, Qamqor transliterates)."""
    form = Form(parent)
    form.add("family_name", translate("PersonForm", "Family name"), TextEdit.of(PersonIn, "family_name"))
    form.add("given_name", translate("PersonForm", "Given name"), TextEdit.of(PersonIn, "given_name"))
    form.add("patronymic", translate("PersonForm", "Patronymic"), TextEdit.of(PersonIn, "patronymic"))
    if not compact:
        latin = translate("PersonForm", "(empty: transliterated)")
        for name, label in (("family_name_latin", translate("PersonForm", "Family name in Latin letters")),
                            ("given_name_latin", translate("PersonForm", "Given name in Latin letters")),
                            ("patronymic_latin", translate("PersonForm", "Patronymic in Latin letters"))):
            form.add(name, label, TextEdit.of(PersonIn, name)).setPlaceholderText(latin)
    form.add("birth_date", translate("PersonForm", "Date of birth"), DateEdit())
    form.add("birth_year", translate("PersonForm", "Year of birth (if the date is unknown)"),
             NumberEdit(None, 1900, 2100))
    # "Unknown" until the caseworker says otherwise: the first choice, "Female", would be recorded unseen.
    form.add("sex", translate("PersonForm", "Sex"), ChoiceEdit.of(Sex)).set_value(Sex.unknown)
    form.add("citizenship", translate("PersonForm", "Citizenship"), CountryEdit(None))
    form.add("iin", translate("PersonForm", "IIN"), TextEdit(None, 12))  # 12 digits: a pattern, not a length
    if not compact:
        languages = form.add("languages", translate("PersonForm", "Languages"), TextEdit.of(PersonIn, "languages"))
        languages.setPlaceholderText(translate("PersonForm", "e.g. uz, ru"))
        form.add("phone", translate("PersonForm", "Phone"), TextEdit.of(PersonIn, "phone"))
        form.add("address", translate("PersonForm", "Address in Kazakhstan"), TextEdit.of(PersonIn, "address"))
        region = form.add("region", translate("PersonForm", "Region"), TextEdit.of(PersonIn, "region"))
        region.setPlaceholderText(translate("PersonForm", "(empty: from the address)"))
        form.add("exempt_category", translate("PersonForm", "Exempt from the 90/180 rule as"),
                 ChoiceEdit(None, [(c, labels.value(c)) for c in EXEMPT_CATEGORIES],
                            translate("PersonForm", "(not exempt)")))
    return form


def case_form(users: list, parent=None, *, new: bool = False) -> Form:
    form = Form(parent)
    form.add("category", translate("PersonForm", "Category"), ChoiceEdit.of(Category))
    if not new:
        form.add("status", translate("PersonForm", "Status"), ChoiceEdit.of(CaseStatus))
    form.add("priority", translate("PersonForm", "Priority"), ChoiceEdit.of(Priority))
    form.add("caseworker_id", translate("PersonForm", "Caseworker"),
             ChoiceEdit(None, [(u.id, u.full_name) for u in users], translate("PersonForm", "(not assigned)"),
                        unknown=translate("CaseForm", "(someone no longer in the list)")))
    form.add("sensitive", translate("PersonForm", "Sensitive"),
             CheckEdit(translate("PersonForm", "Only the caseworker and supervisors may see this case")))
    form.add("opened_on", translate("PersonForm", "Opened on"), DateEdit())
    if not new:
        form.add("closed_on", translate("PersonForm", "Closed on"), DateEdit())
        form.add("closed_reason", translate("PersonForm", "Reason for closing"), TextEdit.of(CaseIn, "closed_reason"))
    return form
