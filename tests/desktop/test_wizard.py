"""The new-case wizard, driven as a caseworker would: type, Next, Finish."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from desktop import i18n
from desktop.wizard.new_case import NewCaseWizard
from models.clock import today
from models.services import accounts, cases, persons, records, search
from models.services.base import Actor
from tests.desktop.conftest import idle, type_text


def next_page(qtbot, wizard: QWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def start(qtbot, ws) -> NewCaseWizard:
    wizard = NewCaseWizard(ws)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_a_case_is_opened_through_the_wizard(qtbot, ws, db, actor) -> None:
    wizard = start(qtbot, ws)
    form = wizard.person_page.form
    assert form.editors["sex"].value() == "unknown"  # nothing is recorded that the caseworker did not choose
    type_text(qtbot, form.editors["family_name"], "Каримова")
    type_text(qtbot, form.editors["given_name"], "Дилноза")
    type_text(qtbot, form.editors["birth_date"], "29/02/1988")
    form.editors["sex"].set_value("female")
    type_text(qtbot, form.editors["citizenship"], "Uzbekistan (UZB)")
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.documents_page
    documents = wizard.documents_page.form
    assert documents.editors["issuing_country"].value() == "UZB"  # the citizenship, as a start
    type_text(qtbot, documents.editors["number"], "FA1234567")
    next_page(qtbot, wizard)
    entered = today() - dt.timedelta(days=2)
    type_text(qtbot, wizard.stay_page.stay.editors["entry_date"], i18n.show_date(entered))
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.case_page
    wizard.case_page.form.editors["category"].set_value("labour_migrant")
    with qtbot.waitSignal(wizard.case_opened, timeout=10_000) as opened:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    idle(qtbot, ws)
    case = cases.get_case(db, actor, opened.args[0])
    person = persons.get_person(db, actor, case.person_id)
    assert (person.family_name_latin, person.birth_date) == ("Karimova", dt.date(1988, 2, 29))
    assert [d.number for d in persons.documents_of(db, actor, person.id)] == ["FA1234567"]
    assert [s.entry_date for s in records.records_of(db, actor, person.id).stay] == [entered]
    assert (case.caseworker_id, case.opened_on) == (actor.user_id, today())
    assert [m.person_id for m in search.find(db, actor, "Karimova")] == [person.id]


def test_a_mistake_is_shown_on_the_page_where_it_was_made(qtbot, ws) -> None:
    wizard = start(qtbot, ws)
    type_text(qtbot, wizard.person_page.form.editors["given_name"], "Дилноза")
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.person_page
    assert wizard.person_page.form.error_text("family_name") == "is required"
    assert wizard.person_page.form.error_text("citizenship") == "is required"


def test_likely_duplicates_are_shown_before_saving(qtbot, ws, case) -> None:
    wizard = start(qtbot, ws)
    form = wizard.person_page.form
    type_text(qtbot, form.editors["family_name"], "Yusupov")
    type_text(qtbot, form.editors["given_name"], "Alisher")
    type_text(qtbot, form.editors["birth_date"], "12/04/1990")
    qtbot.waitUntil(lambda: wizard.person_page.duplicates.count() == 1, timeout=5000)
    assert wizard.person_page.duplicates.item(0).text().startswith("Юсупов Алишер Рустамович\n12/04/1990")
    wizard.person_page.duplicates.setCurrentRow(0)
    with qtbot.waitSignal(wizard.existing_chosen) as chosen:
        qtbot.mouseClick(wizard.person_page.open_button, Qt.MouseButton.LeftButton)
    assert chosen.args[0].case_id == case.id


def test_a_duplicate_in_someone_elses_confidential_case_is_neither_counted_nor_named(qtbot, ws, db) -> None:
    colleague = Actor.of(accounts.create_account(db, Actor.system(), {
        "username": "bolat", "full_name": "Bolat", "role": "caseworker", "password": "correct horse battery"}).value)
    victim = persons.create_person(db, colleague, {"family_name": "Юсупов", "given_name": "Алишер",
                                                   "birth_date": "1990-04-12", "citizenship": "UZB"}).value
    persons.add_document(db, colleague, {"person_id": victim.id, "kind": "passport", "number": "FA1234567",
                                         "issuing_country": "UZB"})
    cases.open_case(db, colleague, {"person_id": victim.id, "category": "trafficking_survivor", "sensitive": True,
                                    "opened_on": today()})
    wizard = start(qtbot, ws)
    form = wizard.person_page.form
    type_text(qtbot, form.editors["family_name"], "Yusupov")
    type_text(qtbot, form.editors["given_name"], "Alisher")
    type_text(qtbot, form.editors["birth_date"], "12/04/1990")
    type_text(qtbot, form.editors["citizenship"], "UZB")
    label = wizard.person_page.duplicates_label
    qtbot.waitUntil(lambda: label.text() != "", timeout=5000)
    # A namesake in a hidden case is not even hinted at: that is what someone looking for her would type.
    assert label.text() == "No one recorded so far looks like this person."
    assert wizard.person_page.duplicates.count() == 0
    next_page(qtbot, wizard)
    type_text(qtbot, wizard.documents_page.form.editors["number"], "FA 1234567")
    qtbot.waitUntil(lambda: wizard.documents_page.already.isVisible(), timeout=5000)
    assert wizard.documents_page.already.text() == (
        "A person with this document is already recorded; ask your supervisor.")
    assert not wizard.documents_page.open_button.isVisible()


def test_a_document_number_already_recorded_is_shown(qtbot, ws, case, db, actor) -> None:
    persons.add_document(db, actor, {"person_id": case.person_id, "kind": "passport", "number": "FA1234567",
                                     "issuing_country": "UZB"})
    wizard = start(qtbot, ws)
    form = wizard.person_page.form
    type_text(qtbot, form.editors["family_name"], "Usmonov")
    type_text(qtbot, form.editors["given_name"], "Bek")
    type_text(qtbot, form.editors["citizenship"], "UZB")
    next_page(qtbot, wizard)
    type_text(qtbot, wizard.documents_page.form.editors["number"], "fa 1234567")
    qtbot.waitUntil(lambda: wizard.documents_page.already.isVisible(), timeout=5000)
    assert wizard.documents_page.already.text().startswith(
        "This document number is already recorded for Юсупов Алишер Рустамович (12/04/1990, Uzbekistan)")
    with qtbot.waitSignal(wizard.existing_chosen) as chosen:
        qtbot.mouseClick(wizard.documents_page.open_button, Qt.MouseButton.LeftButton)
    assert chosen.args[0].case_id == case.id


def _to_the_stay_page(qtbot, wizard) -> None:
    form = wizard.person_page.form
    type_text(qtbot, form.editors["family_name"], "Каримова")
    type_text(qtbot, form.editors["given_name"], "Дилноза")
    form.editors["citizenship"].set_value("UZB")
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.stay_page


def _answer(monkeypatch, button) -> list[str]:
    """The caseworker's answer to the wizard's question; returns the questions asked."""
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_a_future_entry_is_refused_in_words_unless_it_is_a_planned_trip(qtbot, ws, monkeypatch) -> None:
    """Issue 28 item 4: an entry date after today was saved silently ("not in Kazakhstan now", no deadline)."""
    from PySide6.QtWidgets import QMessageBox

    wizard = start(qtbot, ws)
    _to_the_stay_page(qtbot, wizard)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    planned = today() + dt.timedelta(days=10)
    type_text(qtbot, wizard.stay_page.stay.editors["entry_date"], i18n.show_date(planned))
    next_page(qtbot, wizard)
    assert len(asked) == 1 and i18n.show_date(planned) in asked[0] and "planned trip" in asked[0]
    assert wizard.currentPage() is wizard.stay_page
    assert wizard.stay_page.stay.error_text("entry_date") == (
        f"is after today ({i18n.show_date(planned)}): enter the day the person entered Kazakhstan")


def test_a_planned_trip_is_saved_as_one_when_the_caseworker_says_so(qtbot, ws, db, actor, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    wizard = start(qtbot, ws)
    _to_the_stay_page(qtbot, wizard)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    planned = today() + dt.timedelta(days=10)
    type_text(qtbot, wizard.stay_page.stay.editors["entry_date"], i18n.show_date(planned))
    next_page(qtbot, wizard)
    assert len(asked) == 1 and wizard.currentPage() is wizard.case_page
    wizard.back()
    next_page(qtbot, wizard)  # the same date is not asked about twice
    assert len(asked) == 1 and wizard.currentPage() is wizard.case_page
    wizard.case_page.form.editors["category"].set_value("labour_migrant")
    with qtbot.waitSignal(wizard.case_opened, timeout=10_000) as opened:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    idle(qtbot, ws)
    person_id = cases.get_case(db, actor, opened.args[0]).person_id
    assert [s.entry_date for s in records.records_of(db, actor, person_id).stay] == [planned]


def test_the_question_and_the_refusal_are_in_russian_and_kazakh(qtbot, ws, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    for language, refusal in (("ru", "позже сегодняшнего дня"), ("kk", "бүгіннен кейінгі күн")):
        i18n.install(language)
        wizard = start(qtbot, ws)
        _to_the_stay_page(qtbot, wizard)
        asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
        type_text(qtbot, wizard.stay_page.stay.editors["entry_date"],
                  i18n.show_date(today() + dt.timedelta(days=10)))
        next_page(qtbot, wizard)
        assert asked and not any(word in asked[0] for word in ("planned", "today"))
        assert refusal in wizard.stay_page.stay.error_text("entry_date")
