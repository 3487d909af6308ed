"""A caseworker's new laptop, connected to the office at its first start, signs her in and syncs (issue 25,
item 1): the real first-start dialogs, one after another as `qamqor` shows them, against a real office server
on PostgreSQL. Her laptop receives only her own account, so it never holds an administrator: it must not
offer to create one (the screen that came back after every connection)."""
from __future__ import annotations

import secrets
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop.first_start import NewDatabaseDialog, create_database
from desktop.sign_in import SetUpDialog, SignInDialog, sign_in
from desktop.sync.connect import ConnectDialog
from models.db import open_database
from models.services import accounts
from models.sync import laptop
from models.sync.enrolment import enrol
from tests.desktop.test_sync_ui import fill, open_window, wait_synced, windows  # noqa: F401 (a fixture)
from tests.sync import conftest as sync_fixtures
from tests.sync.helpers import PASSWORD, Laptop, make_user
from tests.sync.test_push_pull import new_case

sync_office, office, office_server = sync_fixtures.sync_office, sync_fixtures.office, sync_fixtures.office_server


class Clicker:
    """Answers each modal dialog as it comes, the way a person would; an unexpected one (or one shown a second
    time) is cancelled and noted, so a wrong screen fails the test instead of waiting for a click forever."""

    def __init__(self, qtbot, answers: dict[type, Callable[[QWidget], None]]) -> None:
        self.qtbot, self.answers = qtbot, answers
        self.seen: list[str] = []
        self._done: set[int] = set()
        self.timer = QTimer()
        self.timer.timeout.connect(self._look)
        self.timer.start(100)

    def _look(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or id(dialog) in self._done or not dialog.isVisible():
            return
        self._done.add(id(dialog))
        self.seen.append(type(dialog).__name__)
        answer = self.answers.pop(type(dialog), None)
        if answer is None:
            dialog.reject()  # type: ignore[attr-defined]
            return
        answer(dialog)

    def stop(self) -> None:
        self.timer.stop()


def test_a_caseworker_connected_at_the_first_start_signs_in_and_syncs(
        qtbot, tmp_path, settings, office, office_server, windows) -> None:  # noqa: F811
    username = f"k.bekmukhambetov.{secrets.token_hex(2)}"
    actor = make_user(office, username)
    old = open_database(tmp_path / "old-laptop.db")  # her old laptop already put a case in the office
    enrol(old, office_server.url, office_server.fingerprint, username, PASSWORD, "old-laptop")
    new_case(Laptop("k", old, actor, laptop._enrolled_office(old)), family_name="Бекмухамбетов")
    Laptop("k", old, actor, laptop._enrolled_office(old)).sync()

    def connect(setup: QWidget) -> None:
        assert isinstance(setup, SetUpDialog)
        setup.office_button.click()

    def type_office(dialog: QWidget) -> None:
        fill(qtbot, dialog, office_server.url, office_server.fingerprint, username)

    def type_password(dialog: QWidget) -> None:
        assert isinstance(dialog, SignInDialog)
        assert dialog.username.text() == username  # the enrolled user, filled in
        qtbot.keyClicks(dialog.password, PASSWORD)
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)

    clicker = Clicker(qtbot, {NewDatabaseDialog: lambda d: d.plain_button.click(),  # type: ignore[attr-defined]
                              SetUpDialog: connect, ConnectDialog: type_office, SignInDialog: type_password})
    try:
        db = create_database(tmp_path / "new-laptop.db")
        assert db is not None
        signed_in = sign_in(db, "", settings)
    finally:
        clicker.stop()
    assert clicker.seen == ["NewDatabaseDialog", "SetUpDialog", "ConnectDialog", "SignInDialog"]
    assert signed_in is not None and signed_in.user_id == actor.user_id
    assert not accounts.needs_setup(db)  # and no local administrator can ever be made on this file
    window = open_window(qtbot, db, signed_in, settings, "Kairat")
    windows.append(window)
    result = wait_synced(qtbot, window)  # the window syncs at once after the sign-in
    assert result is not None and result.pulled > 0
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() == 1, timeout=10_000)
    before = result.finished_at
    window.sync_status.sync_now(asked=True)  # and again when she asks for it
    again = wait_synced(qtbot, window)
    assert again is not None and again.finished_at > before
