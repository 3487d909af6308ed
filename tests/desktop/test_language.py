"""Switching the language in Preferences: every window rebuilt in Russian or Kazakh, dates as there."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.app import Application
from desktop.preferences import PreferencesDialog
from tests.desktop.conftest import idle


def switch_in_preferences(qtbot, application: Application, language: str) -> None:
    application.window.preferences_action.trigger()
    dialog = application.window.findChild(PreferencesDialog, "preferences")
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.addWidget(application.window)


def menus(window) -> list[str]:
    """The first three menus and the last (others, such as Referrals, sit between them)."""
    titles = [action.text() for action in window.menuBar().actions()]
    return titles[:3] + titles[-1:]


def test_switching_language_translates_every_window_and_keeps_the_open_case(qtbot, db, actor, case,
                                                                            settings) -> None:
    application = Application(db, settings, actor, "Aigerim Nurlanovna")
    qtbot.addWidget(application.show())
    application.window.open_case(case.id)
    idle(qtbot, application.ws)
    assert menus(application.window) == ["&File", "&Edit", "&View", "&Help"]

    switch_in_preferences(qtbot, application, "ru")
    idle(qtbot, application.ws)
    window = application.window
    assert menus(window) == ["&Файл", "&Правка", "&Вид", "&Справка"]
    assert window.tabs.tabText(0) == "Дела"
    assert window.case_list.model.headerData(0, Qt.Orientation.Horizontal) == "ФИО"
    assert window.case_list.model.index(0, 2).data() == "Трудовой мигрант"
    assert window.case_list.filters.count.text() == "1 дело"
    view = window.current_case()
    assert view is not None and view.case_id == case.id  # the open case is open again
    qtbot.waitUntil(lambda: view.file is not None)
    assert view.tabs.tabText(0) == "Человек" and view.tabs.tabToolTip(0) == "Человек и документы"
    assert view.person_panel.form.editors["birth_date"].text() == "12.04.1990"  # as Russian writes dates
    assert settings.value("language") == "ru"

    switch_in_preferences(qtbot, application, "kk")
    idle(qtbot, application.ws)
    assert application.window.tabs.tabText(0) == "Істер"
    assert application.window.case_list.model.index(0, 1).data() == "Өзбекстан"
    application.ws.worker.shutdown()
