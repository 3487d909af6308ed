"""File › Connect to office… (and the first start's "Connect to an office"): tie this laptop's database to
the office for one user. The enrolment talks to the office, so it runs on a worker thread; the dialog
shows that it is working and says in words what went wrong.

Imports nothing of desktop.sign_in: the first start's set-up dialog there opens this one."""
from __future__ import annotations

from concurrent.futures import Future

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desktop.operations import sync as sync_ops
from desktop.sync.words import problem
from desktop.widgets.form import ERROR_STYLE
from desktop.worker import Worker
from models.db import Database
from models.sync import SyncError
from models.sync.enrolment import Enrolment


class ConnectDialog(QDialog):
    """The office's address and fingerprint, the user's office account, and this laptop's name."""

    enrolled = Signal(object)  # the Enrolment, once the office has taken this laptop

    def __init__(self, db: Database, worker: Worker | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.db = db
        self.worker = worker or Worker()  # before anyone signs in there is no workspace (and no worker)
        self.enrolment: Enrolment | None = None
        self.setWindowTitle(self.tr("Connect to the office"))
        intro = QLabel(self.tr(
            "Your administrator gives you the office's address and reads out its fingerprint. Sign in with "
            "your office account: the cases you may see come to this laptop, and your work goes to the office "
            "whenever the office can be reached."), self)
        intro.setWordWrap(True)
        self.address = QLineEdit(self)
        self.address.setPlaceholderText("https://office.local:8443")
        self.fingerprint = QLineEdit(self)
        self.fingerprint.setPlaceholderText("SHA256:…")
        self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))  # read digit by digit
        self.fingerprint.editingFinished.connect(lambda: self.fingerprint.setCursorPosition(0))  # its start in sight
        self.user_name = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.device_name = QLineEdit(sync_ops.default_device_name(), self)
        self.device_name.setMaxLength(100)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, field in ((self.tr("Office address"), self.address),
                             (self.tr("Fingerprint"), self.fingerprint),
                             (self.tr("User name"), self.user_name),
                             (self.tr("Password"), self.password),
                             (self.tr("This laptop's name"), self.device_name)):
            form.addRow(label, field)
            field.setAccessibleName(label)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy, without a percentage: the office answers in one go
        self.progress.setFormat("")
        self.progress.hide()
        self.working = QLabel(self.tr("Connecting to the office…"), self)
        self.working.hide()
        self.problem = QLabel(self)  # as the sign-in's: red, wrapped, hidden until there is something to say
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.problem.setObjectName("connectProblem")
        self.buttons = QDialogButtonBox(self)
        self.connect_button = self.buttons.addButton(self.tr("Connect"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button.clicked.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        for widget in (self.working, self.progress, self.problem, self.buttons):
            layout.addWidget(widget)
        self.connect_button.setDefault(True)
        self.setMinimumWidth(720)  # the fingerprint (71 characters) in sight whole
        self.address.setFocus()

    def problem_of_form(self) -> str | None:
        if not all(f.text().strip() for f in (self.address, self.fingerprint, self.user_name)) \
                or not self.password.text():
            return self.tr("Fill in the office's address, its fingerprint, your user name and your password.")
        return None

    def submit(self) -> None:
        if (missing := self.problem_of_form()) is not None:
            self._say(missing)
            return
        self._busy(True)
        db = self.db
        url, fingerprint = self.address.text().strip(), self.fingerprint.text().strip()
        user, password, device = self.user_name.text().strip(), self.password.text(), self.device_name.text().strip()
        self.worker.submit(lambda: sync_ops.enrol(db=db, url=url, fingerprint=fingerprint, user_name=user,
                                                  password=password, device_name=device), self._finish,
                           lane="long")

    def _finish(self, future: Future) -> None:
        from shiboken6 import isValid

        if not isValid(self):  # closed meanwhile
            return
        self._busy(False)
        error = future.exception()
        if error is None:
            self.enrolment = future.result()
            self.enrolled.emit(self.enrolment)
            self.accept()
        elif isinstance(error, SyncError):
            self._say(problem(error))
            self.password.clear() if error.code == "sign_in_refused" else None
        else:
            from desktop.errors import show_error

            show_error(self, error)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.working.setVisible(busy)
        if busy:
            self.problem.hide()
        for field in (self.connect_button, self.cancel_button, self.address, self.fingerprint, self.user_name,
                      self.password, self.device_name):
            field.setEnabled(not busy)

    def _say(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()
