"""The first start: no database yet, so Qamqor offers to create it encrypted (or, if chosen, without)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

from desktop.first_start import NewDatabaseDialog, create_database, is_new
from models import migrate, passphrases
from models.db import is_encrypted
from tests.keyrings import MemoryKeyring, keyring_backend

PASSPHRASE = "tulips in the Almaty hills"


@pytest.fixture(autouse=True)
def no_passphrase_in_the_environment(monkeypatch) -> None:
    monkeypatch.delenv(passphrases.ENVIRONMENT_VARIABLE, raising=False)


def dialog_for(qtbot, path) -> NewDatabaseDialog:
    dialog = NewDatabaseDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_twice(qtbot, dialog: NewDatabaseDialog, first: str, second: str) -> None:
    for field, text in ((dialog.passphrase, first), (dialog.repeated, second)):
        field.clear()
        qtbot.keyClicks(field, text)
    qtbot.mouseClick(dialog.encrypted_button, Qt.MouseButton.LeftButton)


def test_a_new_database_is_created_encrypted_once_the_passphrase_is_typed_twice_alike(qtbot, tmp_path) -> None:
    path = tmp_path / "qamqor.db"
    assert is_new(path)
    with keyring_backend(MemoryKeyring()):
        dialog = dialog_for(qtbot, path)
        type_twice(qtbot, dialog, PASSPHRASE, PASSPHRASE + "!")
        assert dialog.problem.text() == "The two passphrases are not the same." and dialog.database is None
        type_twice(qtbot, dialog, "short", "short")
        assert dialog.problem.text().startswith("The passphrase is too short: use at least 10 characters")
        assert is_new(path)  # nothing written while the passphrase is refused
        box = dialog.remember  # clicked on its box: the stretched widget's middle is empty space
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        assert box.isChecked()
        type_twice(qtbot, dialog, PASSPHRASE, PASSPHRASE)
        assert dialog.result() == QDialog.DialogCode.Accepted
        dialog.database.close()
        assert passphrases.passphrase_for(path) == PASSPHRASE
    assert is_encrypted(path) and migrate.current_revision(path, PASSPHRASE) == migrate.head_revision()


def test_without_a_passphrase_when_chosen(qtbot, tmp_path) -> None:
    path = tmp_path / "qamqor.db"
    dialog = dialog_for(qtbot, path)
    qtbot.mouseClick(dialog.plain_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.database.encrypted
    dialog.database.close()
    assert not is_encrypted(path) and not is_new(path)


def test_an_installation_script_sets_the_passphrase_without_a_dialog(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv(passphrases.ENVIRONMENT_VARIABLE, PASSPHRASE)
    db = create_database(tmp_path / "qamqor.db")
    assert db is not None and db.encrypted
    db.close()
    assert is_encrypted(tmp_path / "qamqor.db")


def test_a_passphrase_from_the_environment_follows_the_same_rule(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv(passphrases.ENVIRONMENT_VARIABLE, "x")
    from models.db import DatabaseError

    with pytest.raises(DatabaseError, match="QAMQOR_PASSPHRASE cannot protect a new database. The passphrase is too "
                                            "short: use at least 10"):
        create_database(tmp_path / "qamqor.db")
    assert not (tmp_path / "qamqor.db").exists()
