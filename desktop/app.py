"""The desktop application's entry point: database, workspace, language, main window."""
from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import errors, i18n, icons
from desktop.main_window import MainWindow
from desktop.unlock import unlock
from desktop.workspace import Workspace
from models import db as database
from models.entities import Role
from models.services import users
from models.services.base import Actor


def choose_actor(db: database.Database, username: str | None) -> tuple[Actor, str]:
    """Who works in this window until sign-in comes (issue 7): the chosen user, else the first
    supervisor, else the maintenance actor; services get this actor with every call."""
    everyone = users.users(db, Actor.system())
    chosen = [u for u in everyone if u.username == username] or \
        [u for u in everyone if Role.supervisor in u.roles]
    if chosen:
        return Actor(chosen[0].id, chosen[0].roles), chosen[0].full_name
    return Actor.system(), QApplication.translate("Application", "maintenance (no user)")


def default_language() -> str:
    system = QLocale.system().name().split("_")[0]
    return system if system in i18n.LANGUAGES else "en"


class Application(QObject):
    """Keeps the workspace; builds the main window again when the language or the user changes."""

    def __init__(self, db: database.Database, settings: QSettings) -> None:
        super().__init__()
        self.db, self.settings = db, settings
        self.language = str(settings.value("language", default_language()))
        self.username = settings.value("user")
        i18n.install(self.language)
        actor, name = choose_actor(db, self.username)
        self.ws = Workspace(db, actor, name)
        self.window: MainWindow | None = None

    def show(self) -> MainWindow:
        self.window = MainWindow(self.ws, self.settings)
        self.window.preferences_requested.connect(self.preferences)
        self.window.show()
        return self.window

    def preferences(self) -> None:
        from desktop.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.language, self.ws.users, self.username, self.window)
        dialog.accepted.connect(lambda: self.switch(dialog.language.currentData(), dialog.user.currentData()))
        dialog.open()

    def switch(self, language: str, username: str | None = None) -> None:
        """Rebuild the window in another language (or for another user), reopening the open cases."""
        old = self.window
        if old is None or not old.may_discard_edits(old.case_views()):
            return
        open_cases = [view.case_id for view in old.case_views()] if username == self.username else []
        old.save_layout()
        self.language, self.username = language, username
        self.settings.setValue("language", language)
        self.settings.setValue("user", username)
        i18n.install(language)
        if username != self.ws_username():
            actor, name = choose_actor(self.db, username)
            self.ws.actor, self.ws.user_name = actor, name
            self.ws.load_reference_lists()
        old.hide()
        window = self.show()
        for case_id in open_cases:
            window.open_case(case_id)
        old.deleteLater()

    def ws_username(self) -> str | None:
        return next((u.username for u in self.ws.users if u.id == self.ws.actor.user_id), None)

    def close(self) -> None:
        self.ws.close()


def run_application(db_path: str | Path | None = None, ready: Callable[[MainWindow], None] | None = None) -> int:
    """`qamqor`: open the database and the main window. `ready(window)` runs once the case list is filled."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Qamqor")
    app.setOrganizationName("Qamqor")
    app.setWindowIcon(icons.application())
    errors.setup_logging()
    path = Path(db_path) if db_path else database.default_path()
    try:
        db = unlock(path) if database.is_encrypted(path) else database.open_database(path)
    except database.DatabaseError as error:
        QMessageBox.critical(None, "Qamqor", str(error))
        return 1
    if db is None:  # the passphrase dialog was cancelled
        return 1
    application = Application(db, QSettings())
    window = application.show()
    if ready is not None:
        window.case_list.model.loaded.connect(lambda _: ready(window))
    try:
        return app.exec()
    finally:
        application.close()
