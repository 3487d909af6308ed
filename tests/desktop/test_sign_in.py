"""First set-up, sign-in and the idle lock, driven through the real widgets."""
from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMainWindow

from desktop.idle_lock import IdleLock
from desktop.sign_in import SetUpDialog, SignInDialog
from models.entities import Role
from models.services import accounts

PASSWORD = "correct horse battery"


def click_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_first_start_creates_the_administrator(qtbot, db) -> None:
    dialog = SetUpDialog(db)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "dana")
    dialog.full_name.setText("Дана Серікқызы")  # QTest types ASCII only
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClicks(dialog.repeat, PASSWORD + "x")
    click_ok(qtbot, dialog)
    assert dialog.problem.isVisibleTo(dialog) and "not the same" in dialog.problem.text()
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, PASSWORD)
    dialog.also_supervisor.setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        click_ok(qtbot, dialog)
    assert dialog.actor.roles == {Role.supervisor, Role.admin}
    assert not accounts.needs_setup(db)


def test_sign_in_says_what_is_wrong_then_lets_in(qtbot, db, actor) -> None:
    dialog = SignInDialog(db, "aigerim")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.password, "not the password")
    click_ok(qtbot, dialog)
    assert dialog.problem.text() == "The user name or the password is not right."
    assert dialog.password.text() == ""
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        click_ok(qtbot, dialog)
    assert dialog.actor == actor


def test_idle_lock_hides_the_case_and_asks_for_the_password(qtbot, db, actor) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QLabel("Юсупов Алишер — trafficking survivor", window))
    new_case = QAction("New case", window)
    new_case.setShortcut("Ctrl+N")
    window.addAction(new_case)
    window.show()
    lock = IdleLock(window, db, "aigerim", "Aigerim Nurlanovna", minutes=0.2 / 60)  # 0.2 s for the test
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)
    assert not window.centralWidget().isVisible()
    assert not new_case.isEnabled()
    screen = lock.screen
    qtbot.keyClicks(screen.password, "wrong")
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert lock.locked and screen.problem.text() == "The password is not right."
    qtbot.keyClicks(screen.password, PASSWORD)
    with qtbot.waitSignal(lock.locked_changed):
        qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert not lock.locked
    assert window.centralWidget().isVisible() and new_case.isEnabled()


def test_a_window_and_its_idle_lock_are_let_go_quietly(qtbot, db) -> None:
    """The lock filters every event of the application. When its window goes to the garbage collector, the
    window's last events must not reach a lock whose Python half the collector has already cleared."""
    for _ in range(3):
        window = QMainWindow()
        window.setCentralWidget(QLabel("Юсупов Алишер", window))
        window.show()
        lock = IdleLock(window, db, "aigerim", "Aigerim Nurlanovna", minutes=10)
        qtbot.waitExposed(window)
        window.close()
        del window, lock
        with qtbot.capture_exceptions() as errors:
            gc.collect()
            qtbot.wait(10)
        assert errors == []


def test_the_first_field_has_the_focus_at_first_start_and_at_sign_in(qtbot, db, actor) -> None:
    for dialog, first in ((SetUpDialog(db), "username"), (SignInDialog(db, ""), "username"),
                          (SignInDialog(db, "aigerim"), "password")):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda d=dialog, f=first: d.focusWidget() is getattr(d, f))


def test_the_language_is_chosen_at_first_start_and_kept(qtbot, db, tmp_path) -> None:
    from PySide6.QtCore import QSettings

    from desktop.sign_in import sign_in

    settings = QSettings(str(tmp_path / "q.ini"), QSettings.Format.IniFormat)
    dialog = SetUpDialog(db)
    qtbot.addWidget(dialog)
    dialog.language_chosen.connect(lambda code: settings.setValue("language", code))
    dialog.show()
    dialog.language.setCurrentIndex(dialog.language.findData("kk"))
    assert dialog.windowTitle() != "Set up Qamqor" and dialog.windowTitle()
    assert dialog.ok_button.text() != "Create account"
    assert settings.value("language") == "kk"
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    assert dialog.form.labelForField(dialog.password).text() == "Пароль"
    assert callable(sign_in)


def test_the_sign_in_offers_its_language_and_the_words_change(qtbot, db, actor) -> None:
    dialog = SignInDialog(db, "")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    assert dialog.windowTitle() == "Вход в Qamqor"
    qtbot.keyClicks(dialog.username, "aigerim")
    qtbot.keyClicks(dialog.password, "wrong password")
    click_ok(qtbot, dialog)
    assert dialog.problem.text() == "Неверное имя пользователя или пароль."


@pytest.mark.parametrize(("kind", "words"), [(SetUpDialog, {"ru": "Создать учётную запись", "kk": "Тіркелгі жасау",
                                                               "en": "Create account"}),
                                              (SignInDialog, {"ru": "Войти", "kk": "Кіру", "en": "Sign in"})])
def test_the_main_button_keeps_its_name_after_a_language_change(qtbot, db, kind, words) -> None:
    dialog = kind(db)
    qtbot.addWidget(dialog)
    dialog.show()
    for language in ("ru", "kk", "en"):
        dialog.language.setCurrentIndex(dialog.language.findData(language))
        qtbot.wait(20)  # the language change reaches the button box after the dialog named its buttons
        main = next(b for b in dialog.buttons.buttons()
                    if dialog.buttons.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole)
        assert main.text() == words[language], language


def test_a_user_name_from_another_database_is_not_offered(qtbot, db, tmp_path) -> None:
    from PySide6.QtCore import QSettings

    from desktop.sign_in import last_username, remember_username
    from models.db import Database

    settings = QSettings(str(tmp_path / "q.ini"), QSettings.Format.IniFormat)
    other = Database(tmp_path / "other.db")
    try:
        remember_username(settings, other, "bolat")
        assert last_username(settings, other) == "bolat"
        assert last_username(settings, db) == ""
    finally:
        other.close()


def test_try_again_in_minutes_in_each_language(qtbot) -> None:
    from desktop import i18n
    from desktop.sign_in import refusal_text

    expected = {"en": ("Try again in 1 minute.", "Try again in 2 minutes.", "Try again in 5 minutes."),
                "ru": ("через 1 минуту", "через 2 минуты", "через 5 минут"),
                "kk": ("1 минуттан", "2 минуттан", "5 минуттан")}
    for language, words in expected.items():
        i18n.install(language)
        for minutes, text in zip((1, 2, 5), words):
            shown = refusal_text(accounts.LoginRefused(locked_minutes=minutes))
            assert text in shown, (language, shown)
            assert "(s)" not in shown


def test_the_lock_screen_message_fits_in_every_language(qtbot, db, actor) -> None:
    from desktop import i18n

    for language in i18n.LANGUAGES:
        i18n.install(language)
        window = QMainWindow()
        qtbot.addWidget(window)
        window.setCentralWidget(QLabel("case", window))
        window.resize(1024, 700)
        window.show()
        lock = IdleLock(window, db, "aigerim", "Aigerim Nurlanovna", minutes=10)
        lock.lock()
        message = lock.screen.message
        qtbot.waitUntil(message.isVisible)
        assert "Aigerim" not in message.text() and "aigerim" not in message.text()
        assert message.height() >= message.heightForWidth(message.width()), language  # not cut to one line
