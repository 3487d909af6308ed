"""Opening an encrypted database at start: the passphrase dialog.

`unlock(path)` is what the application calls for an encrypted file: it opens
the database with the passphrase remembered in the keyring (or QAMQOR_PASSPHRASE)
when that works, and otherwise asks until the passphrase is right or the person
cancels. A wrong passphrase is said in the dialog; nothing is written to the
file or to a log.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.sign_in import password_field, problem_label, waiting_cursor
from models import db as database
from models import passphrases


class UnlockDialog(QDialog):
    """Asks for the passphrase of one encrypted database; `database` is the opened database once accepted."""

    def __init__(self, path: Path | str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.database: database.Database | None = None
        self.setWindowTitle(self.tr("Unlock {0}").format(self.path.name))

        prompt = QLabel(self.tr("The database {0} is encrypted. Enter its passphrase to open it.").format(
            self.path.name), self)
        prompt.setWordWrap(True)
        self.passphrase = password_field(self)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        prompt.setBuddy(self.passphrase)
        self.remember = QCheckBox(self.tr("Remember on this computer (keyring)"), self)
        if passphrases.keyring_available():
            self.remember.setToolTip(self.tr("Qamqor will open without asking for anyone who can log in to "
                                             "this computer account."))
        else:
            self.remember.setEnabled(False)
            self.remember.setToolTip(self.tr("There is no working keyring on this computer."))
        self.problem = problem_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        self.buttons.accepted.connect(self.try_passphrase)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (prompt, self.passphrase, self.remember, self.problem, self.buttons):
            layout.addWidget(widget)
        self.passphrase.setFocus()
        self.setMinimumWidth(420)  # wrapped messages need a width to wrap at

    def try_passphrase(self) -> None:
        """Open the database with the typed passphrase; on a wrong one, say so and let the person retry."""
        typed = self.passphrase.text()
        if not typed:
            self._say(self.tr("Enter the passphrase."))
            return
        try:
            with waiting_cursor():  # the key derivation takes a moment
                opened = database.open_database(self.path, passphrase=typed)
        except database.WrongPassphrase:
            self._say(self.tr("The passphrase is not right. Check the keyboard layout and Caps Lock, "
                              "then try again."))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        except database.DatabaseError as error:  # a damaged or missing file: the core says what, in words
            self._say(str(error))
            return
        if self.remember.isChecked():
            passphrases.remember(self.path, typed)  # if the keyring refuses, it is asked again next time
        self.database = opened
        self.accept()

    def _say(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()
        self.adjustSize()


def unlock(path: Path | str, parent: QWidget | None = None) -> database.Database | None:
    """The open, upgraded encrypted database at `path`; None if the person cancelled.

    A passphrase from QAMQOR_PASSPHRASE or the keyring is tried first, without
    a dialog; a wrong one there (the passphrase was changed) falls back to asking.
    Other trouble with the file raises `DatabaseError`, as `open_database` does.
    """
    if (stored := passphrases.passphrase_for(path)) is not None:
        try:
            return database.open_database(path, passphrase=stored)
        except database.WrongPassphrase:
            pass
    dialog = UnlockDialog(path, parent)
    dialog.exec()
    return dialog.database
