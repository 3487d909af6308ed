"""Persons › Likely duplicates…: a supervisor reviews a pair side by side, merges it, undoes it, or keeps them apart."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from desktop.main_window import MainWindow
from desktop.supervisor.duplicates_view import LikelyDuplicates
from desktop.workspace import Workspace
from models.services import duplicates, persons, records
from tests.desktop.conftest import idle
from tests.services.test_duplicates import colleague, record, stay, supervisor  # noqa: F401  (fixtures)


def review(qtbot, ws) -> LikelyDuplicates:
    dialog = LikelyDuplicates(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    idle(qtbot, ws)
    return dialog


def test_only_a_supervisor_has_the_persons_menu(qtbot, db, ws, supervisor, settings) -> None:  # noqa: F811
    caseworkers = MainWindow(ws, settings)
    qtbot.addWidget(caseworkers)
    assert not hasattr(caseworkers, "duplicates_action")
    sws = Workspace(db, supervisor, "Gulnara Supervisor")
    supervisors = MainWindow(sws, settings)
    qtbot.addWidget(supervisors)
    supervisors.duplicates_action.trigger()
    idle(qtbot, sws)
    assert supervisors.duplicates.isVisible()
    sws.worker.shutdown()


def test_a_pair_is_merged_with_the_values_chosen_and_undone(qtbot, db, actor, colleague, supervisor) -> None:  # noqa: F811
    kept = record(db, actor, "Юсупова", "Гулнора", birth_date="1994-03-02", phone="+7 701 555 12 34")
    other = record(db, colleague, "Yusupova", "Gulnora", birth_date="1994-03-02", address="г. Алматы, ул. Абая, 5")
    stay(db, colleague, other, -20, None)
    sws = Workspace(db, supervisor, "Gulnara Supervisor")
    dialog = review(qtbot, sws)
    assert dialog.list.rowCount() == 1 and "Yusupova Gulnora" in dialog.list.item(0, 0).text()
    assert set(dialog.choices()) >= {"family_name", "given_name", "phone", "address"}
    first_is_kept = dialog.pairs[0].first.id == kept.id
    (dialog.keep_first if first_is_kept else dialog.keep_second).setChecked(True)
    address = dialog.compare.findChild(QComboBox, "keep_address")
    address.setCurrentIndex(1 if first_is_kept else 0)  # the other record's address
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    idle(qtbot, sws)
    qtbot.waitUntil(lambda: dialog.undo_button.isVisible())
    assert dialog.list.rowCount() == 0 and "2 records moved" in dialog.status.text()  # her stay and case
    joined = persons.get_person(db, supervisor, kept.id)
    assert (joined.family_name, joined.phone, joined.address) == ("Юсупова", "+7 701 555 12 34",
                                                                   "г. Алматы, ул. Абая, 5")
    assert len(records.records_of(db, supervisor, kept.id).stay) == 1
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    idle(qtbot, sws)
    qtbot.waitUntil(lambda: dialog.list.rowCount() == 1)
    assert persons.get_person(db, supervisor, kept.id).address is None
    assert len(records.records_of(db, supervisor, other.id).stay) == 1
    sws.worker.shutdown()


def test_not_the_same_person_is_never_shown_again(qtbot, db, actor, colleague, supervisor) -> None:  # noqa: F811
    record(db, actor, "Юсупова", "Гулнора", birth_date="1994-03-02")
    record(db, colleague, "Yusupova", "Gulnora", birth_date="1994-03-02")
    sws = Workspace(db, supervisor, "Gulnara Supervisor")
    dialog = review(qtbot, sws)
    qtbot.mouseClick(dialog.apart_button, Qt.MouseButton.LeftButton)
    idle(qtbot, sws)
    qtbot.waitUntil(lambda: dialog.list.rowCount() == 0)
    assert dialog.status.text().endswith("No likely duplicates were found.")
    assert duplicates.likely_pairs(db, supervisor) == []
    again = review(qtbot, sws)
    assert again.list.rowCount() == 0 and not again.merge_button.isEnabled()
    sws.worker.shutdown()
