"""Administration › Users: the office's accounts; create, change roles, reset a password, unlock,
deactivate and reactivate. Every button calls a service on the worker; the service checks the role."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from desktop.admin.forms import FormDialog
from desktop.operations import users as ops
from desktop.sign_in import password_field, problem_label
from desktop.workspace import Workspace
from models import clock
from models.services.users import Account

# (role, also_admin) in the order the choice lists them
ROLE_CHOICES = (("caseworker", False), ("supervisor", False), ("admin", False), ("supervisor", True),
                ("caseworker", True))


def role_text(role: str, also_admin: bool) -> str:
    if also_admin:
        return {"supervisor": QCoreApplication.translate("Users", "Supervisor + administrator"),
                "caseworker": QCoreApplication.translate("Users", "Caseworker + administrator")}[role]
    return {"caseworker": QCoreApplication.translate("Users", "Caseworker"), "supervisor": QCoreApplication.translate("Users", "Supervisor"),
            "admin": QCoreApplication.translate("Users", "Administrator")}[role]


def role_choice(parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    box.setObjectName("role")
    for role, also_admin in ROLE_CHOICES:
        box.addItem(role_text(role, also_admin), f"{role}+admin" if also_admin else role)
    return box


def chosen_roles(box: QComboBox) -> tuple[str, bool]:
    """(role, also_admin) of the choice: the data is spelled as the command line spells it."""
    role, _, also = str(box.currentData()).partition("+")
    return role, also == "admin"


def state_text(account: Account) -> str:
    if not account.active:
        return QCoreApplication.translate("Users", "Deactivated")
    if account.locked():
        return QCoreApplication.translate("Users", "Locked (wrong passwords)")
    if not account.has_password:
        return QCoreApplication.translate("Users", "No password yet")
    return QCoreApplication.translate("Users", "Active")


class UsersDialog(QDialog):
    COLUMNS = 5

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.accounts: list[Account] = []
        self.setObjectName("users")
        self.setWindowTitle(self.tr("Users"))
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setHorizontalHeaderLabels([self.tr("User name"), self.tr("Full name"), self.tr("Role"),
                                              self.tr("State"), self.tr("Last sign-in")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&New account…"), self)
        self.role_button = QPushButton(self.tr("Change &role…"), self)
        self.reset_button = QPushButton(self.tr("Reset &password…"), self)
        self.unlock_button = QPushButton(self.tr("Un&lock"), self)
        self.deactivate_button = QPushButton(self.tr("&Deactivate"), self)
        self.problem = problem_label(self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.role_button, self.reset_button, self.unlock_button,
                       self.deactivate_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.problem)
        layout.addWidget(close)
        self.add_button.clicked.connect(self.new_account)
        self.role_button.clicked.connect(self.change_role)
        self.reset_button.clicked.connect(self.reset_password)
        self.unlock_button.clicked.connect(self.unlock)
        self.deactivate_button.clicked.connect(self.toggle_active)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.setMinimumWidth(760)
        self.resize(900, 440)
        self._update_buttons()
        self.load()

    def load(self) -> None:
        ops.accounts(self.ws, parent=self).success(self._show).run_in_background()

    def _show(self, rows: list[Account]) -> None:
        chosen = self.selected()
        self.accounts = rows
        self.table.setRowCount(len(rows))
        for row, account in enumerate(rows):
            last = i18n.show_date(clock.local(account.last_login_at).date()) if account.last_login_at else ""
            for column, text in enumerate((account.username, account.full_name,
                                           role_text(account.role, account.also_admin), state_text(account), last)):
                item = QTableWidgetItem(text)
                if not account.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
            if chosen is not None and account.id == chosen.id:
                self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> Account | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.accounts[rows[0].row()] if rows and rows[0].row() < len(self.accounts) else None

    def select(self, username: str) -> None:
        for row, account in enumerate(self.accounts):
            if account.username == username:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        account = self.selected()
        for button in (self.role_button, self.reset_button, self.unlock_button):
            button.setEnabled(account is not None and account.active)
        self.unlock_button.setEnabled(account is not None and account.active and account.locked())
        mine = account is not None and account.id == self.ws.actor.user_id
        # The service refuses it too ("ask another administrator"); the button says so before a click.
        self.deactivate_button.setEnabled(account is not None and not (mine and account.active))
        self.deactivate_button.setToolTip(self.tr("You cannot deactivate your own account: ask another "
                                                  "administrator.") if mine else "")
        self.deactivate_button.setText(self.tr("Re&activate") if account is not None and not account.active
                                       else self.tr("&Deactivate"))

    def _done(self, message: str) -> None:
        self.problem.hide()
        self.ws.load_reference_lists()  # the caseworker choices
        self.load()
        parent = self.parentWidget()
        if parent is not None and hasattr(parent, "statusBar"):
            parent.statusBar().showMessage(message, 8000)

    def _write(self, op, message: str) -> None:
        from desktop.messages import error_message
        from desktop.operations import CollectionOp
        from models.services.errors import ServiceError

        def failed(error: Exception) -> bool:
            if isinstance(error, ServiceError):
                self.problem.setText(error_message(error))
                self.problem.show()
                return True
            return False

        CollectionOp(self.ws, parent=self, op=op) \
            .success(lambda _: self._done(message)).failure(failed).run_in_background()

    def new_account(self) -> None:
        dialog = AccountDialog(self.ws, self)
        dialog.accepted.connect(lambda: self._done(self.tr("The account {0} is created.").format(dialog.created)))
        dialog.open()

    def change_role(self) -> None:
        if (account := self.selected()) is not None:
            dialog = RoleDialog(self.ws, account, self)
            dialog.accepted.connect(lambda: self._done(self.tr("{0} has a new role.").format(account.username)))
            dialog.open()

    def reset_password(self) -> None:
        if (account := self.selected()) is not None:
            dialog = ResetDialog(self.ws, account, self)
            dialog.accepted.connect(lambda: self._done(self.tr("{0} has a new password.").format(account.username)))
            dialog.open()

    def unlock(self) -> None:
        if (account := self.selected()) is not None:
            self._write(ops.unlock(username=account.username),
                        self.tr("{0} may sign in again.").format(account.username))

    def toggle_active(self) -> None:
        account = self.selected()
        if account is None:
            return
        if not account.active:
            self._write(ops.reactivate(username=account.username),
                        self.tr("{0} is active again.").format(account.username))
            return
        answer = QMessageBox.question(self, self.tr("Deactivate an account"), self.tr(
            "{0} will no longer be able to sign in. Their name stays on what they did, and the account can be "
            "reactivated later.").format(account.full_name))
        if answer == QMessageBox.StandardButton.Yes:
            self._write(ops.deactivate(username=account.username),
                        self.tr("{0} is deactivated.").format(account.username))


class AccountDialog(FormDialog):
    """A new account with its first password (the user should change it after signing in)."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.created = ""
        self.setObjectName("newAccount")
        self.setWindowTitle(self.tr("New account"))
        self.username, self.full_name = QLineEdit(self), QLineEdit(self)
        self.role = role_choice(self)
        self.password, self.repeat = password_field(self), password_field(self)
        self.form.addRow(self.tr("User name"), self.username)
        self.form.addRow(self.tr("Full name"), self.full_name)
        self.form.addRow(self.tr("Role"), self.role)
        self.form.addRow(self.tr("First password"), self.password)
        self.form.addRow(self.tr("First password again"), self.repeat)
        self.form.addRow(QLabel(self.tr("Give the first password to the person; they change it with "
                                        "File › Change password."), self))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create account"))
        self.username.setFocus()

    def submit(self) -> None:
        if problem := password_problem(self.password.text(), self.repeat.text()):
            self.say(problem)
            return
        role, also_admin = chosen_roles(self.role)
        self.created = self.username.text().strip()
        data = {"username": self.created, "full_name": self.full_name.text().strip(),
                "role": role, "also_admin": also_admin, "password": self.password.text()}
        self.write(ops.create_account(data=data), lambda _: self.accept())


class RoleDialog(FormDialog):
    def __init__(self, ws: Workspace, account: Account, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.account = account
        self.setObjectName("changeRole")
        self.setWindowTitle(self.tr("Change the role of {0}").format(account.username))
        self.role = role_choice(self)
        self.role.setCurrentIndex(max(self.role.findData(f"{account.role.value}+admin" if account.also_admin
                                                        else account.role.value), 0))
        self.form.addRow(self.tr("Role"), self.role)
        self.intro.setText(self.tr("A caseworker sees the cases assigned or shared to them; a supervisor sees "
                                   "every case; an administrator manages accounts and settings."))
        self.intro.show()

    def submit(self) -> None:
        role, also_admin = chosen_roles(self.role)
        name = self.account.username
        self.write(ops.set_roles(username=name, role=role, also_admin=also_admin),
                   lambda _: self.accept())


class ResetDialog(FormDialog):
    def __init__(self, ws: Workspace, account: Account, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.account = account
        self.setObjectName("resetPassword")
        self.setWindowTitle(self.tr("Reset the password of {0}").format(account.username))
        self.intro.setText(self.tr("{0} signs in with this password (the account is unlocked too) and should "
                                   "change it after.").format(account.full_name))
        self.intro.show()
        self.password, self.repeat = password_field(self), password_field(self)
        self.form.addRow(self.tr("New password"), self.password)
        self.form.addRow(self.tr("New password again"), self.repeat)

    def submit(self) -> None:
        if problem := password_problem(self.password.text(), self.repeat.text()):
            self.say(problem)
            return
        name, password = self.account.username, self.password.text()
        self.write(ops.reset_password(username=name, password=password), lambda _: self.accept())


def password_problem(password: str, repeated: str) -> str | None:
    if len(password) < ops.MIN_PASSWORD:
        return QCoreApplication.translate("Users", "The password is too short: use at least {0} characters.").format(ops.MIN_PASSWORD)
    if password != repeated:
        return QCoreApplication.translate("Users", "The two passwords are not the same.")
    return None

