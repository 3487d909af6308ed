"""The passphrase dialog on a real encrypted file: wrong then right, the keyring checkbox, `unlock`."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit

from desktop.unlock import UnlockDialog, unlock
from models import passphrases
from models.encryption import encrypt
from tests.keyrings import MemoryKeyring, keyring_backend, no_keyring

PASSPHRASE = "tulips in the Almaty hills"


@pytest.fixture(autouse=True)
def no_passphrase_in_the_environment(monkeypatch) -> None:
    monkeypatch.delenv(passphrases.ENVIRONMENT_VARIABLE, raising=False)


@pytest.fixture
def encrypted_path(db_path: Path) -> Path:
    encrypt(db_path, PASSPHRASE)
    return db_path


def type_and_unlock(qtbot, dialog: UnlockDialog, typed: str) -> None:
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, typed)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_a_wrong_passphrase_is_said_in_the_dialog_then_the_right_one_opens(qtbot, encrypted_path) -> None:
    with keyring_backend(no_keyring()):
        dialog = UnlockDialog(encrypted_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert not dialog.remember.isEnabled()  # no keyring here: nothing to remember in

    type_and_unlock(qtbot, dialog, "wrong horse battery")
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.problem.isVisible() and dialog.problem.text().startswith("The passphrase is not right")
    assert dialog.database is None

    type_and_unlock(qtbot, dialog, PASSPHRASE)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    try:
        assert dialog.database is not None and dialog.database.encrypted
    finally:
        dialog.database.close()


def test_remember_keeps_the_passphrase_in_a_working_keyring(qtbot, encrypted_path) -> None:
    with keyring_backend(MemoryKeyring()):
        dialog = UnlockDialog(encrypted_path)
        qtbot.addWidget(dialog)
        assert dialog.remember.isEnabled()
        qtbot.mouseClick(dialog.remember, Qt.MouseButton.LeftButton)
        assert dialog.remember.isChecked()
        type_and_unlock(qtbot, dialog, PASSPHRASE)
        dialog.database.close()
        assert passphrases.passphrase_for(encrypted_path) == PASSPHRASE
        db = unlock(encrypted_path)  # remembered: opens without a dialog
        assert db is not None
        db.close()


def test_unlock_asks_when_the_remembered_passphrase_is_wrong_and_cancel_gives_none(qtbot, encrypted_path,
                                                                                   monkeypatch) -> None:
    monkeypatch.setenv(passphrases.ENVIRONMENT_VARIABLE, "an old passphrase")
    asked = []

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # not shown yet
            QTimer.singleShot(10, cancel)
            return
        asked.append(dialog)
        dialog.reject()

    QTimer.singleShot(0, cancel)
    assert unlock(encrypted_path) is None
    assert len(asked) == 1 and isinstance(asked[0], UnlockDialog)
