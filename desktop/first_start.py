"""The first start on a computer: no database yet, so offer to create it encrypted.

The file will hold information about people at risk, on a laptop that can be
lost or stolen; a passphrase keeps it unreadable without Qamqor (SQLCipher, as
`qamqor encrypt` does for an existing file). Creating it without one stays
possible, for a training laptop or a machine whose disk is encrypted already.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.sign_in import password_field, problem_label, waiting_cursor
from models import db as database
from models import passphrases


class NewDatabaseDialog(QDialog):
    """Create the database at `path`, encrypted with a passphrase typed twice, or without one."""

    def __init__(self, path: Path | str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.database: database.Database | None = None
        self.setWindowTitle(self.tr("Create the Qamqor database"))
        intro = QLabel(self.tr(
            "Qamqor will keep its cases in {0}. They are about people at risk: protect the file with a "
            "passphrase, so that no one can read it without Qamqor, even if this computer is lost or stolen.\n\n"
            "Use a few words that only the people of this office know, and keep them somewhere safe: "
            "without the passphrase the cases cannot be recovered.").format(self.path), self)
        intro.setWordWrap(True)
        self.passphrase = self._field(self.tr("Passphrase"))
        self.repeated = self._field(self.tr("The passphrase again"))
        self.remember = QCheckBox(self.tr("Remember on this computer (keyring)"), self)
        self.remember.setEnabled(passphrases.keyring_available())
        self.problem = problem_label(self)
        self.buttons = QDialogButtonBox(self)
        self.encrypted_button = self.buttons.addButton(self.tr("Create, protected by this passphrase"),
                                                       QDialogButtonBox.ButtonRole.AcceptRole)
        self.plain_button: QPushButton = self.buttons.addButton(self.tr("Create without a passphrase"),
                                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.encrypted_button.clicked.connect(self.create_encrypted)
        self.plain_button.clicked.connect(self.create_plain)
        self.buttons.rejected.connect(self.reject)

        fields = QFormLayout()
        fields.addRow(self.tr("Passphrase"), self.passphrase)
        fields.addRow(self.tr("Again"), self.repeated)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(fields)
        for widget in (self.remember, self.problem, self.buttons):
            layout.addWidget(widget)
        self.encrypted_button.setDefault(True)
        self.passphrase.setFocus()
        self.setMinimumWidth(520)  # wrapped text needs a width to wrap at

    def _field(self, name: str) -> QLineEdit:
        field = password_field(self)
        field.setAccessibleName(name)
        return field

    def passphrase_problem(self) -> str | None:
        """Why the typed passphrase is refused, in the user's language, or None."""
        typed, again = self.passphrase.text(), self.repeated.text()
        if typed != again:
            return self.tr("The two passphrases are not the same.")
        if passphrases.new_passphrase_problem(typed) is not None:
            return self.tr("The passphrase is too short: use at least {0} characters (a few words are "
                           "best).").format(passphrases.MINIMUM_LENGTH)
        return None

    def create_encrypted(self) -> None:
        if (problem := self.passphrase_problem()) is not None:
            self._say(problem)
            self.passphrase.setFocus()
            return
        if self._create(self.passphrase.text()) and self.remember.isChecked():
            passphrases.remember(self.path, self.passphrase.text())  # if the keyring refuses, it is asked

    def create_plain(self) -> None:
        self._create(None)

    def _create(self, passphrase: str | None) -> bool:
        try:
            with waiting_cursor():  # the key derivation takes a moment
                self.database = database.open_database(self.path, passphrase=passphrase)
        except database.DatabaseError as error:  # a folder that cannot be written to, …: said in words
            self._say(str(error))
            return False
        self.accept()
        return True

    def _say(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()
        self.adjustSize()


def is_new(path: Path | str) -> bool:
    """No database there yet (a missing or empty file)."""
    path = Path(path)
    return not path.exists() or path.stat().st_size == 0


def create_database(path: Path | str, parent: QWidget | None = None) -> database.Database | None:
    """The new database at `path`, made as the person chooses; None if they cancelled.

    With QAMQOR_PASSPHRASE set (an installation script) it is created encrypted
    with that passphrase, without asking.
    """
    try:
        stored = passphrases.for_new_database(path)
    except ValueError as weak:  # the same rule as a typed passphrase
        raise database.DatabaseError(str(weak)) from None
    if stored is not None:
        return database.open_database(path, passphrase=stored)
    dialog = NewDatabaseDialog(path, parent)
    dialog.exec()
    return dialog.database
