"""Who is working: the first administrator at first start (or the office's accounts, for a laptop
connected to an office), then sign-in with a password.

The services decide what each person may see and do; these dialogs only find
out who the person is (models.services.accounts does the checking, the
lockout and the audit entries).
"""
from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from desktop.messages import error_message, field_message
from desktop.operations import users as user_ops
from desktop.widgets.form import ERROR_STYLE
from models.db import Database
from models.services.accounts import LoginRefused
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
    """A language choice, a form, a line for what went wrong, and OK/Cancel; `actor` is set once accepted.

    The language can be chosen here, before anyone has signed in (a new office's first screen must
    not be in a language its administrator cannot read); `language_chosen` carries the choice, and
    the texts are set again in it by `retranslate`.
    """

    language_chosen = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code in i18n.LANGUAGES:
            self.language.addItem(i18n.language_name(code), code)
        self.language.setCurrentIndex(max(self.language.findData(i18n.current()), 0))
        self.language.currentIndexChanged.connect(self._choose_language)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.language_label)
        top.addWidget(self.language)
        self.form = QFormLayout()
        self.problem = problem_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        # The main button is our own, not Qt's standard OK: a language change makes the button box
        # set its standard buttons' texts again ("OK"), after `retranslate` named it "Sign in".
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("ok")
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def first_field(self) -> QWidget:
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.first_field().setFocus()  # set before the dialog is shown, focus is lost to the first button

    def _choose_language(self) -> None:
        code = str(self.language.currentData())
        i18n.install(code)
        self.problem.hide()
        self.retranslate()
        self.language_chosen.emit(code)

    def retranslate(self) -> None:
        self.language_label.setText(QCoreApplication.translate("AccountDialog", "Language"))

    def _label(self, field: QWidget) -> QLabel:
        label = self.form.labelForField(field)
        assert isinstance(label, QLabel)
        return label

    def say(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()

    def submit(self) -> None:
        raise NotImplementedError


class SetUpDialog(_AccountDialog):
    """First start: the office's administrator account."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.username, self.full_name = QLineEdit(self), QLineEdit(self)
        self.password, self.repeat = password_field(self), password_field(self)
        self.also_supervisor = QCheckBox(self)
        for field in (self.username, self.full_name, self.password, self.repeat):
            self.form.addRow(QLabel(self), field)
        self.form.addRow(self.also_supervisor)
        # A new laptop of an office: its accounts come from the office (desktop.sync.connect).
        self.enrolled_as: str | None = None
        self.office_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.office_button.setObjectName("connectToOffice")
        self.office_button.clicked.connect(self.connect_to_office)
        self.retranslate()

    def first_field(self) -> QWidget:
        return self.username

    def connect_to_office(self) -> None:
        from desktop.sync.connect import ConnectDialog

        self.connect_dialog = ConnectDialog(self.db, parent=self)
        self.connect_dialog.enrolled.connect(self._enrolled)
        self.connect_dialog.open()

    def _enrolled(self, enrolment) -> None:
        self.enrolled_as = enrolment.user_name  # signs in next, with the office's password
        self.accept()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Set up Qamqor"))
        self.intro.setText(self.tr(
            "Welcome. Create the administrator's account: the administrator creates the accounts of the "
            "caseworkers and supervisors. Choose a password of at least {0} characters.").format(
            user_ops.MIN_PASSWORD))
        for field, text in ((self.username, self.tr("User name")), (self.full_name, self.tr("Full name")),
                            (self.password, self.tr("Password")), (self.repeat, self.tr("Password again"))):
            self._label(field).setText(text)
        self.also_supervisor.setText(self.tr("I am also the office's supervisor (I may see every case)"))
        self.ok_button.setText(self.tr("Create account"))
        self.office_button.setText(self.tr("Connect to an office…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("AccountDialog", "Cancel"))

    def submit(self) -> None:
        if self.password.text() != self.repeat.text():
            self.say(self.tr("The two passwords are not the same."))
            return
        data: dict[str, object] = {"username": self.username.text(), "full_name": self.full_name.text(),
                "password": self.password.text()}
        if self.also_supervisor.isChecked():
            data |= {"role": "supervisor", "also_admin": True}
        try:
            with waiting_cursor():  # password hashing takes a moment
                self.actor = user_ops.set_up(db=self.db, data=data)
        except ValidationFailed as error:
            self.say("\n".join(f"{e.label}: {field_message(e)}" for e in error.errors))
            return
        except ServiceError as error:
            self.say(error_message(error))
            return
        self.accept()


class SignInDialog(_AccountDialog):
    def __init__(self, db: Database, username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.username, self.password = QLineEdit(username, self), password_field(self)
        self.form.addRow(QLabel(self), self.username)
        self.form.addRow(QLabel(self), self.password)
        self.retranslate()

    def first_field(self) -> QWidget:
        return self.password if self.username.text() else self.username

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Sign in to Qamqor"))
        self.intro.setText(self.tr("Sign in with your user name and password."))
        self._label(self.username).setText(self.tr("User name"))
        self._label(self.password).setText(self.tr("Password"))
        self.ok_button.setText(self.tr("Sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("AccountDialog", "Cancel"))

    def submit(self) -> None:
        try:
            with waiting_cursor():
                self.actor = user_ops.log_in(db=self.db, username=self.username.text(), password=self.password.text())
        except LoginRefused as refused:
            self.say(refusal_text(refused))
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()


def refusal_text(refused: LoginRefused) -> str:
    if refused.locked_minutes is None:
        return QCoreApplication.translate("SignIn", "The user name or the password is not right.")
    return QCoreApplication.translate("SignIn", "Too many wrong passwords. Try again in %n minute(s).", "",
                                      refused.locked_minutes)


def sign_in(db: Database, username: str = "", settings: QSettings | None = None) -> Actor | None:
    """Set up the first account if there is none, then sign in; None if the person cancels.

    `username` is shown only when it was last used with this very database (see `last_username`). A
    language chosen in the dialog is kept in `settings` for the main window. A database connected to an
    office never offers the set-up: its enrolled user signs in (with the office's password)."""
    username = username or user_ops.enrolled_user(db=db) or ""
    dialog: _AccountDialog = SetUpDialog(db) if user_ops.needs_setup(db=db) else SignInDialog(db, username)
    if settings is not None:
        dialog.language_chosen.connect(lambda code: settings.setValue("language", code))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    if accepted and isinstance(dialog, SetUpDialog) and dialog.enrolled_as is not None:
        return sign_in(db, dialog.enrolled_as, settings)  # connected to an office: its account signs in
    return dialog.actor if accepted else None


def last_username(settings: QSettings, db: Database) -> str:
    """The user name last signed in with on this database, or "" (another database's user is not shown)."""
    if str(settings.value("last_user_database", "")) != str(db.path.resolve()):
        return ""
    return str(settings.value("last_user", ""))


def remember_username(settings: QSettings, db: Database, username: str) -> None:
    settings.setValue("last_user", username)
    settings.setValue("last_user_database", str(db.path.resolve()))
