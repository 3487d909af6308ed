"""Who is working: the first administrator at first start, then sign-in with a password.

The services decide what each person may see and do; these dialogs only find
out who the person is (models.services.accounts does the checking, the
lockout and the audit entries).
"""
from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.widgets.form import ERROR_STYLE
from models.db import Database
from models.services import accounts
from models.services.base import Actor
from models.services.errors import ServiceError, ValidationFailed


def problem_label(parent: QWidget) -> QLabel:
    """Where a dialog says what went wrong, in red, hidden until there is something to say."""
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def password_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


@contextlib.contextmanager
def waiting_cursor() -> Iterator[None]:
    """The wait cursor while a dialog does something slow on purpose (password hashing, key derivation)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class _AccountDialog(QDialog):
    """A form, a line for what went wrong, and OK/Cancel; `actor` is set once accepted."""

    def __init__(self, db: Database, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.setWindowTitle(title)
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.problem = problem_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def say(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()

    def submit(self) -> None:
        raise NotImplementedError


class SetUpDialog(_AccountDialog):
    """First start: the office's administrator account."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, self.tr("Set up Qamqor"), self.tr(
            "Welcome. Create the administrator's account: the administrator creates the accounts of the "
            "caseworkers and supervisors. Choose a password of at least {0} characters.").format(
            accounts.MIN_PASSWORD), parent)
        self.username, self.full_name = QLineEdit(self), QLineEdit(self)
        self.password, self.repeat = password_field(self), password_field(self)
        self.also_supervisor = QCheckBox(self.tr("I am also the office's supervisor (I may see every case)"), self)
        self.form.addRow(self.tr("User name"), self.username)
        self.form.addRow(self.tr("Full name"), self.full_name)
        self.form.addRow(self.tr("Password"), self.password)
        self.form.addRow(self.tr("Password again"), self.repeat)
        self.form.addRow(self.also_supervisor)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create account"))

    def submit(self) -> None:
        if self.password.text() != self.repeat.text():
            self.say(self.tr("The two passwords are not the same."))
            return
        data = {"username": self.username.text(), "full_name": self.full_name.text(),
                "password": self.password.text()}
        if self.also_supervisor.isChecked():
            data |= {"role": "supervisor", "also_admin": True}
        try:
            with waiting_cursor():  # password hashing takes a moment
                self.actor = accounts.set_up(self.db, data)
        except ValidationFailed as error:
            self.say("\n".join(str(e) for e in error.errors))
            return
        except ServiceError as error:
            self.say(str(error))
            return
        self.accept()


class SignInDialog(_AccountDialog):
    def __init__(self, db: Database, username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(db, self.tr("Sign in to Qamqor"), self.tr("Sign in with your user name and password."),
                         parent)
        self.username, self.password = QLineEdit(username, self), password_field(self)
        self.form.addRow(self.tr("User name"), self.username)
        self.form.addRow(self.tr("Password"), self.password)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        (self.password if username else self.username).setFocus()

    def submit(self) -> None:
        try:
            with waiting_cursor():
                self.actor = accounts.log_in(self.db, self.username.text(), self.password.text())
        except accounts.LoginRefused as refused:
            self.say(refusal_text(refused))
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()


def refusal_text(refused: accounts.LoginRefused) -> str:
    if refused.locked_minutes is None:
        return QCoreApplication.translate("SignIn", "The user name or the password is not right.")
    return QCoreApplication.translate("SignIn", "Too many wrong passwords. Try again in %n minute(s).", "",
                                      refused.locked_minutes)


def sign_in(db: Database, username: str = "") -> Actor | None:
    """Set up the first account if there is none, then sign in; None if the person cancels."""
    if accounts.needs_setup(db):
        dialog = SetUpDialog(db)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.actor
    dialog = SignInDialog(db, username)
    return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None
