"""First set-up, sign-in and the idle lock, driven through the real widgets."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMainWindow

from desktop.idle_lock import IdleLock
from desktop.sign_in import SetUpDialog, SignInDialog
from models.entities import Role
from models.services import accounts

PASSWORD = "correct horse battery"


def click_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


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
    assert lock.locked and screen.problem.text() == "The user name or the password is not right."
    qtbot.keyClicks(screen.password, PASSWORD)
    with qtbot.waitSignal(lock.locked_changed):
        qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert not lock.locked
    assert window.centralWidget().isVisible() and new_case.isEnabled()
