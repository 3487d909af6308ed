"""The family panel of the case, as a caseworker uses it: find a relative, link, open their case, undo;
a child's birth registration and the minor mark; screenshots at 1024×700 in Russian and Kazakh."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
import time_machine
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from desktop import i18n
from desktop.case_view.family import AddRelativeDialog
from desktop.main_window import MainWindow
from models.services import cases, family, persons
from tests.desktop.conftest import idle, type_text

NOW = dt.datetime(2026, 3, 10, 7, tzinfo=dt.UTC)  # noon in Almaty


@pytest.fixture(autouse=True)
def _march_2026():
    with time_machine.travel(NOW, tick=True):
        yield


def child_with_case(db, actor, given="Тимур", **born):
    child = persons.create_person(db, actor, {"family_name": "Юсупов", "given_name": given, "sex": "male",
                                              "citizenship": "UZB", **(born or {"birth_date": "2016-09-01"})}).value
    case = cases.open_case(db, actor, {"person_id": child.id, "category": "labour_migrant",
                                       "opened_on": dt.date(2026, 3, 1)}).value
    return child, case


def opened_family(qtbot, ws, window, case_id):
    view = window.open_case(case_id)
    qtbot.waitUntil(lambda: view.file is not None)
    view.tabs.setCurrentWidget(view.case_panel)
    panel = view.family
    qtbot.waitUntil(lambda: panel.family is not None)
    return view, panel


def test_a_caseworker_links_a_child_found_by_name_opens_the_childs_case_and_undoes(
        qtbot, ws, window, case, person, db, actor) -> None:
    child, child_case = child_with_case(db, actor)
    view, panel = opened_family(qtbot, ws, window, case.id)
    assert panel.model.rowCount() == 0 and not panel.birth.isVisible()  # the father is an adult
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, AddRelativeDialog) and dialog.isVisible()
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.problem.text() == "Find the relative first and choose them in the list."
    with qtbot.waitSignal(dialog.finder.answered, check_params_cb=lambda text, count: text == "Тимур", timeout=5000):
        type_text(qtbot, dialog.finder, "Тимур")
    qtbot.keyClick(dialog.finder, Qt.Key.Key_Return)
    assert dialog.who.text() == "Юсупов Тимур"
    dialog.relation.setCurrentIndex(dialog.relation.findData("child"))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)  # the panel reads the family again after the write
    assert not isValid(dialog)  # closed and deleted once saved
    assert panel.model.index(0, 0).data() == "Юсупов Тимур · minor"
    assert panel.model.index(0, 1).data() == "Child"
    # Seen from the child's side, the link reads the other way.
    assert [(r.name, r.relation) for r in family.family_of(db, actor, child.id).relatives] == \
        [("Юсупов Алишер Рустамович", "parent")]
    panel.table.selectRow(0)
    assert panel.open_button.isEnabled()
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    idle(qtbot, ws)
    assert window.current_case().case_id == child_case.id
    assert "Minor" in window.current_case().heading.text()
    # Edit > Undo takes the link back.
    assert "Link relative" in window.undo_action.text()
    window.undo_action.trigger()
    idle(qtbot, ws)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)
    assert family.family_of(db, actor, child.id).relatives == []


def test_the_same_pair_twice_is_refused_in_words(qtbot, ws, window, case, person, db, actor) -> None:
    child, _ = child_with_case(db, actor)
    family.link(db, actor, {"person_id": child.id, "relative_id": person.id, "relation": "parent"})
    view, panel = opened_family(qtbot, ws, window, case.id)
    assert panel.model.index(0, 1).data() == "Child"
    panel.add_relative()
    dialog = panel.dialog
    with qtbot.waitSignal(dialog.finder.answered, check_params_cb=lambda text, count: text == "Тимур", timeout=5000):
        type_text(qtbot, dialog.finder, "Тимур")
    qtbot.keyClick(dialog.finder, Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problem.isVisible())
    assert dialog.problem.text() == "These two persons are already linked: change that link instead"
    assert len(family.family_of(db, actor, person.id).relatives) == 1


def test_a_childs_unregistered_birth_is_recorded_and_shown_as_an_item(qtbot, ws, window, db, actor) -> None:
    child, child_case = child_with_case(db, actor)
    view, panel = opened_family(qtbot, ws, window, child_case.id)
    assert panel.birth.isVisible() and "Minor" in panel.minor.text() and "Minor" in view.heading.text()
    items = view.deadlines.model.items
    assert "child.birth_registration" not in [item.rule for item in items]
    panel.birth.setFocus()
    panel.birth.setCurrentIndex(panel.birth.findData("no"))
    panel.birth.activated.emit(panel.birth.currentIndex())  # as a click on the entry does
    idle(qtbot, ws)
    qtbot.waitUntil(lambda: "child.birth_registration" in [i.rule for i in view.deadlines.model.items])
    assert persons.get_person(db, actor, child.id).birth_registered == "no"
    first = view.deadlines.model.index(0, 0).data()
    assert first == "Register the child's birth"
    # The case list marks the child as a minor.
    window.tabs.setCurrentIndex(0)
    window.case_list.load()
    idle(qtbot, ws)
    names = [window.case_list.model.index(r, 0).data() for r in range(window.case_list.model.rowCount())]
    assert "Юсупов Тимур · minor" in names


@pytest.mark.parametrize("language,words", [("ru", ("Семья", "Несовершеннолетний", "Ребёнок")),
                                            ("kk", ("Отбасы", "Кәмелетке толмаған", "Бала"))])
def test_the_family_panel_at_1024_by_700(qtbot, ws, settings, case, person, db, actor, language, words) -> None:
    """The panel in Russian and Kazakh at 1024×700; with QAMQOR_SCREENSHOTS=folder it is saved there."""
    child, _ = child_with_case(db, actor, birth_year=2017)
    daughter, _ = child_with_case(db, actor, given="Лола", birth_date="2019-02-11")
    persons.update_person(db, actor, daughter.id, daughter.version,
                          {k: getattr(daughter, k) for k in ("family_name", "given_name", "sex", "citizenship",
                                                             "birth_date")} | {"birth_registered": "no"})
    family.link(db, actor, {"person_id": person.id, "relative_id": child.id, "relation": "child"})
    family.link(db, actor, {"person_id": person.id, "relative_id": daughter.id, "relation": "child",
                            "note": "Born in Almaty, no birth certificate"})
    i18n.install(language)
    window = MainWindow(ws, settings)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    idle(qtbot, ws)
    view, panel = opened_family(qtbot, ws, window, case.id)
    idle(qtbot, ws)
    QApplication.processEvents()
    assert panel.title() == words[0]
    assert panel.model.index(1, 0).data().endswith(words[1].lower())
    assert panel.model.index(0, 1).data() == words[2]
    assert panel.isVisible() and panel.table.isVisible() and panel.visibleRegion().boundingRect().height() >= 150
    for button in (panel.add_button, panel.open_button, panel.remove_button):
        assert button.isVisible() and button.sizeHint().width() <= button.width() + 1, button.text()
    assert window.width() <= 1024 and window.height() <= 700
    folder = os.environ.get("QAMQOR_SCREENSHOTS")
    if folder:
        window.grab().save(str(Path(folder) / f"family-panel-{language}.png"))


def test_a_minors_referral_is_sent_with_a_guardians_consent_or_a_best_interest_reason(qtbot, ws, db, actor,
                                                                                      person) -> None:
    from desktop.case_view.view import CaseView
    from models.services import consent, directory, referrals

    child, child_case = child_with_case(db, actor)
    iom = next(o for o in directory.organisations(db, actor) if o.name == "IOM Almaty")
    family.link(db, actor, {"person_id": child.id, "relative_id": person.id, "relation": "parent"})
    consent.record_consent(db, actor, {"case_id": child_case.id, "purpose": "share_data", "organisation_id": iom.id,
                                       "scope": ["identity"], "given_on": "2026-03-09",
                                       "method": "verbal_with_witness", "witness": "Dana"})
    for _ in range(2):
        referrals.create_referral(db, actor, {"case_id": child_case.id, "organisation_id": iom.id,
                                              "services": ["shelter"], "shared": ["identity"]})
    view = CaseView(ws, child_case.id)
    qtbot.addWidget(view)
    view.resize(1200, 850)
    view.show()
    qtbot.waitUntil(lambda: view.file is not None)
    view.tabs.setCurrentWidget(view.trafficking)
    panel = view.trafficking
    qtbot.waitUntil(lambda: panel.file is not None and panel.referrals.rowCount() == 2)
    # The child's own consent is not a guardian's: the dialog asks for the best-interest reason.
    panel.referrals.selectRow(0)
    assert panel.send_button.isEnabled(), (panel.current_referral(), panel.referrals.currentRow())
    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: type(getattr(panel, "dialog", None)).__name__ == "SendDialog")
    send = panel.dialog
    assert "minor" in send.hint.text() and "best interest" in send.hint.text()
    type_text(qtbot, send.form.editors["best_interest_reason"], "Ни одного родителя в Казахстане; приют безопасен.")
    qtbot.mouseClick(send.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [r.status for r in referrals.referrals_of(db, actor, child_case.id)].count("sent") == 1)
    sent = next(r for r in referrals.referrals_of(db, actor, child_case.id) if r.status == "sent")
    assert sent.best_interest_reason.startswith("Ни одного родителя")
    # The father, linked in the family panel, is offered as the one who consents.
    idle(qtbot, ws)
    qtbot.mouseClick(panel.consent_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    dialog.form.editors["organisation_id"].set_value(iom.id)
    dialog.form.editors["scope"].boxes["identity"].setChecked(True)
    dialog.form.editors["method"].set_value("verbal_with_witness")
    type_text(qtbot, dialog.form.editors["witness"], "Дана")
    dialog.form.editors["guardian_id"].set_value(person.id)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(c.guardian_id == person.id for c in consent.consents_of(db, actor, child_case.id)))
    idle(qtbot, ws)
    draft = next(r for r in referrals.referrals_of(db, actor, child_case.id) if r.status == "draft")
    row = next(i for i in range(panel.referrals.rowCount()) if panel.referrals.item(i, 0).text() == draft.reference)
    panel.referrals.selectRow(row)
    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: type(panel.dialog).__name__ == "SendDialog" and panel.dialog is not send)
    second = panel.dialog
    assert "best_interest_reason" not in second.form.editors and "minor" not in second.hint.text()
    qtbot.mouseClick(second.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: referrals.get_referral(db, actor, draft.id).status == "sent")
