"""Administration › Users, Office settings and File › Change password, driven through the real widgets."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from desktop.main_window import MainWindow
from desktop.workspace import Workspace
from models.services import accounts, referral_letters
from models.services import settings as office_settings
from models.services.base import Actor
from tests.desktop.conftest import idle
from tests.letters.conftest import iom, pdf_text, refer, survivor  # noqa: F401  (fixtures)

PASSWORD = "correct horse battery"


@pytest.fixture
def admin(db) -> Actor:
    return accounts.set_up(db, {"username": "dana", "full_name": "Dana Serikkyzy", "role": "supervisor",
                                "also_admin": True, "password": PASSWORD})


def open_window(qtbot, db, actor, settings_file) -> MainWindow:
    ws = Workspace(db, actor, "someone")
    window = MainWindow(ws, settings_file)
    qtbot.addWidget(window)
    window.show()
    idle(qtbot, ws)
    return window


def action(window: MainWindow, name: str):
    from PySide6.QtGui import QAction

    return window.findChild(QAction, name)


def shown_dialog(qtbot, name: str):
    found = []
    qtbot.waitUntil(lambda: bool(found.extend(w for w in QApplication.topLevelWidgets()
                                              if w.objectName() == name and w.isVisible()) or found))
    return found[0]


def click_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_a_caseworker_has_change_password_but_no_administration(qtbot, db, actor, settings) -> None:
    window = open_window(qtbot, db, actor, settings)
    assert action(window, "changePasswordAction") is not None
    assert action(window, "usersAction") is None
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Administration" not in titles
    action(window, "changePasswordAction").trigger()
    dialog = shown_dialog(qtbot, "changePassword")
    qtbot.keyClicks(dialog.current, "not my password")
    qtbot.keyClicks(dialog.new, "a new long password")
    qtbot.keyClicks(dialog.repeat, "a new long password")
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.problem.isVisible())
    assert dialog.problem.text() == "The current password is not right."
    dialog.current.clear()
    qtbot.keyClicks(dialog.current, PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        click_ok(qtbot, dialog)
    assert accounts.log_in(db, "aigerim", "a new long password").user_id == actor.user_id


def test_an_administrator_creates_an_account_changes_its_role_resets_unlocks_and_deactivates(
        qtbot, db, admin, settings, monkeypatch) -> None:
    window = open_window(qtbot, db, admin, settings)
    action(window, "usersAction").trigger()
    users_dialog = shown_dialog(qtbot, "users")
    qtbot.waitUntil(lambda: users_dialog.table.rowCount() == 1)
    qtbot.mouseClick(users_dialog.add_button, Qt.MouseButton.LeftButton)
    new = shown_dialog(qtbot, "newAccount")
    qtbot.keyClicks(new.username, "bolat")
    qtbot.keyClicks(new.full_name, "Bolat Akhmetov")
    new.role.setCurrentIndex(new.role.findData("caseworker"))
    qtbot.keyClicks(new.password, "short")
    qtbot.keyClicks(new.repeat, "short")
    click_ok(qtbot, new)
    assert "too short" in new.problem.text()
    for field in (new.password, new.repeat):
        field.clear()
        qtbot.keyClicks(field, "first password 1")
    with qtbot.waitSignal(new.accepted, timeout=10_000):
        click_ok(qtbot, new)
    qtbot.waitUntil(lambda: users_dialog.table.rowCount() == 2)
    assert accounts.log_in(db, "bolat", "first password 1").roles == {"caseworker"}

    users_dialog.select("bolat")
    qtbot.mouseClick(users_dialog.role_button, Qt.MouseButton.LeftButton)
    role = shown_dialog(qtbot, "changeRole")
    role.role.setCurrentIndex(role.role.findData("supervisor+admin"))
    with qtbot.waitSignal(role.accepted, timeout=10_000):
        click_ok(qtbot, role)
    qtbot.waitUntil(lambda: "Supervisor + administrator" in
                    [users_dialog.table.item(r, 2).text() for r in range(users_dialog.table.rowCount())])

    for _ in range(accounts.FREE_ATTEMPTS):
        with pytest.raises(accounts.LoginRefused):
            accounts.log_in(db, "bolat", "wrong wrong")
    users_dialog.load()
    qtbot.waitUntil(lambda: users_dialog.selected() is not None and users_dialog.selected().locked())
    assert users_dialog.unlock_button.isEnabled()
    qtbot.mouseClick(users_dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not users_dialog.selected().locked())

    qtbot.mouseClick(users_dialog.reset_button, Qt.MouseButton.LeftButton)
    reset = shown_dialog(qtbot, "resetPassword")
    qtbot.keyClicks(reset.password, "second password 2")
    qtbot.keyClicks(reset.repeat, "second password 2")
    with qtbot.waitSignal(reset.accepted, timeout=10_000):
        click_ok(qtbot, reset)
    assert accounts.log_in(db, "bolat", "second password 2").roles == {"supervisor", "admin"}

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: users_dialog.deactivate_button.text() == "&Deactivate")
    qtbot.mouseClick(users_dialog.deactivate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: users_dialog.selected() is not None and not users_dialog.selected().active)
    with pytest.raises(accounts.LoginRefused, match="not right"):
        accounts.log_in(db, "bolat", "second password 2")
    assert users_dialog.deactivate_button.text() == "Re&activate"

    users_dialog.select("dana")  # oneself: the button is off and says why (the service refuses it too)
    assert not users_dialog.deactivate_button.isEnabled()
    assert "your own account" in users_dialog.deactivate_button.toolTip()
    users_dialog.select("bolat")
    assert users_dialog.deactivate_button.isEnabled() and users_dialog.deactivate_button.toolTip() == ""


def test_the_administrator_who_set_up_qamqor_has_a_last_sign_in(qtbot, db, settings) -> None:
    from desktop import i18n
    from desktop.sign_in import SetUpDialog
    from models.clock import today

    setup = SetUpDialog(db)
    qtbot.addWidget(setup)
    qtbot.keyClicks(setup.username, "dana")
    qtbot.keyClicks(setup.full_name, "Dana Serikkyzy")
    qtbot.keyClicks(setup.password, PASSWORD)
    qtbot.keyClicks(setup.repeat, PASSWORD)
    with qtbot.waitSignal(setup.accepted, timeout=10_000):
        qtbot.mouseClick(setup.ok_button, Qt.MouseButton.LeftButton)
    window = open_window(qtbot, db, setup.actor, settings)
    action(window, "usersAction").trigger()
    users_dialog = shown_dialog(qtbot, "users")
    qtbot.waitUntil(lambda: users_dialog.table.rowCount() == 1)
    assert users_dialog.table.item(0, 4).text() == i18n.show_date(today())


def test_office_settings_reach_the_letterhead_and_the_idle_lock(qtbot, db, admin, actor, settings,
                                                                 survivor, iom) -> None:  # noqa: F811
    window = open_window(qtbot, db, admin, settings)
    action(window, "officeSettingsAction").trigger()
    dialog = shown_dialog(qtbot, "officeSettings")
    idle(qtbot, window.ws)
    assert dialog.numbers[settings_key()].value() == 10
    dialog.fields["office.name_kk"].setText("«Сенім» ҚҚ — дағдарыс орталығы")  # QTest types ASCII only
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.problem.isVisible())
    assert dialog.problem.text().startswith("Give the office's name first")
    qtbot.keyClicks(dialog.fields["office.name"], "Senim crisis centre")
    dialog.fields["office.address_ru"].setText("Алматы, ул. Абая 10")
    dialog.fields["office.address_en"].setText("10 Abai Street, Almaty")
    qtbot.keyClicks(dialog.fields["office.phone"], "+7 727 000 11 22")
    dialog.numbers[settings_key()].setValue(25)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        click_ok(qtbot, dialog)
    assert office_settings.read(db, office_settings.IDLE_LOCK_MINUTES) == 25
    _, case = survivor
    sent = refer(db, actor, case, iom, ["identity"], ["identity"])
    kazakh = pdf_text(referral_letters.letter(db, actor, sent.id, "kk"))
    russian = pdf_text(referral_letters.letter(db, actor, sent.id, "ru"))
    english = pdf_text(referral_letters.letter(db, actor, sent.id, "en"))
    assert "«Сенім» ҚҚ — дағдарыс орталығы" in kazakh and "+7 727 000 11 22" in kazakh
    assert "Senim crisis centre" in russian and "Алматы, ул. Абая 10" in russian
    assert "10 Abai Street, Almaty" in english and "Абая" not in english


def settings_key() -> str:
    return office_settings.IDLE_LOCK_MINUTES
