"""The desktop application's entry point: database, workspace, language, main window."""
from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtCore import QEvent, QLocale, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import errors, fonts, i18n, icons, memory
from desktop.first_start import create_database, is_new
from desktop.idle_lock import IdleLock
from desktop.main_window import MainWindow
from desktop.opened_files import opened
from desktop.operations import users as user_ops
from desktop.sign_in import last_username, remember_username, sign_in
from desktop.unlock import unlock
from desktop.workspace import Workspace
from models import db as database
from models.entities import Role
from models.services.base import Actor


def choose_actor(db: database.Database, username: str | None) -> tuple[Actor, str]:
    """For scripts (screenshots, benchmarks) that show the window without anyone signing in: the chosen
    user, else the first supervisor, else the maintenance actor. The application itself signs in."""
    everyone = user_ops.everyone(db=db, actor=Actor.system())
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

    def __init__(self, db: database.Database, settings: QSettings, actor: Actor, user_name: str) -> None:
        super().__init__()
        self.db, self.settings = db, settings
        self.language = str(settings.value("language", default_language()))
        i18n.install(self.language)
        self.ws = Workspace(db, actor, user_name)
        self.window: MainWindow | None = None
        self.idle_lock: IdleLock | None = None
        self._deaf = _NotToldOfLanguage(self)

    def show(self) -> MainWindow:
        self.window = MainWindow(self.ws, self.settings)
        self.window.preferences_requested.connect(self.preferences)
        self.window.sign_out_requested.connect(self.sign_out)
        username = self.username()
        if username is not None:  # scripts show the window for the maintenance actor: nobody to ask
            self.idle_lock = IdleLock(self.window, self.db, username, self.ws.user_name,
                                      float(user_ops.setting(db=self.db, key=user_ops.IDLE_LOCK_MINUTES)))
        self.window.show()
        QTimer.singleShot(0, lambda: memory.settle("window"))
        return self.window

    def username(self) -> str | None:
        return next((u.username for u in self.ws.users if u.id == self.ws.actor.user_id), None)

    def preferences(self) -> None:
        from desktop.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.language, self.window)
        dialog.accepted.connect(lambda: self.switch(dialog.language.currentData()))
        dialog.open()

    def switch(self, language: str) -> None:
        """Rebuild the window in another language, reopening the open cases."""
        old = self.window
        if old is None or not old.may_discard_edits(old.case_views()):
            return
        open_cases = [view.case_id for view in old.case_views()]
        dashboard = getattr(old, "dashboard", None)
        dashboard_open = dashboard is not None and dashboard.isVisible()
        self.language = language
        self.settings.setValue("language", language)
        # The old window goes (deleted on the next turn of the event loop): it need not be told the language
        # changed, which Qt does by walking every widget it has, and repainting each (tens of ms with a case open).
        old.installEventFilter(self._deaf)
        i18n.install(language)
        window = self._replace_window(old)
        for case_id in open_cases:
            window.open_case(case_id)
        if dashboard_open:  # it went with the old window: open it again, in the new language
            from desktop.supervisor import open_dashboard

            open_dashboard(self.window)

    def sign_out(self) -> None:
        """Close everything the user had open and ask who works next; cancelling quits."""
        old = self.window
        if old is None or not old.may_discard_edits(old.case_views()):
            return
        old.hide()
        opened.clean_up()  # what the last user opened is not left for the next one
        actor = sign_in(self.db, "", self.settings)
        if actor is None:
            old.close()
            return
        self.ws.actor = actor
        self.ws.load_reference_lists()
        self.language = str(self.settings.value("language", self.language))  # perhaps chosen at the sign-in
        self.ws.user_name = next((u.full_name for u in self.ws.users if u.id == actor.user_id), "")
        self._replace_window(old)

    def _replace_window(self, old: MainWindow) -> MainWindow:
        old.save_layout()
        old.hide()
        self.idle_lock = None  # the old window's lock goes with the last reference to it
        window = self.show()
        old.deleteLater()
        return window

    def close(self) -> None:
        opened.clean_up()  # no plaintext copy of an attachment outlives the program
        self.ws.close()


class _NotToldOfLanguage(QObject):
    """An event filter that keeps the language change from a window about to be deleted."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        return event.type() == QEvent.Type.LanguageChange


def refused(error: database.DatabaseError) -> None:
    """Why the database cannot be opened; for a damaged file, in the user's language with the backup to
    restore (issue 26 item 6)."""
    box = QMessageBox(QMessageBox.Icon.Critical, "Qamqor", str(error))
    box.setObjectName("refusedBox")
    if isinstance(error, database.DatabaseDamaged):
        what, next_step = errors.damaged(error)
        box.setText(what)
        box.setInformativeText(next_step)
    box.exec()


def run_application(db_path: str | Path | None = None, ready: Callable[[MainWindow], None] | None = None,
                    actor: Actor | None = None) -> int:
    """`qamqor`: open the database, sign in, show the main window. `ready(window)` runs once the case list
    is filled; `actor` (scripts only) skips the sign-in."""
    database.private_files()
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv))  # a QApplication: made here
    app.setApplicationName("Qamqor")
    app.setOrganizationName("Qamqor")
    app.setWindowIcon(icons.application())
    fonts.register(app)
    errors.setup_logging()
    path = Path(db_path) if db_path else database.default_path()
    settings = QSettings()
    i18n.install(str(settings.value("language", default_language())))  # the sign-in offers to change it
    try:
        if database.is_encrypted(path):
            db = unlock(path)
        elif is_new(path):  # the first start on this computer: offer to encrypt from the start
            db = create_database(path)
        else:
            db = database.open_database(path)
    except database.DatabaseError as error:
        refused(error)
        return 1
    if db is None:  # the passphrase or new-database dialog was cancelled
        return 1
    if actor is None:
        actor = sign_in(db, last_username(settings, db), settings)
        if actor is None:  # set-up or sign-in cancelled
            db.close()
            return 0
    me = next((u for u in user_ops.everyone(db=db, actor=actor) if u.id == actor.user_id), None)
    name = me.full_name if me is not None else ""
    remember_username(settings, db, me.username if me is not None else "")
    application = Application(db, settings, actor, name)
    window = application.show()
    if ready is not None:
        window.case_list.model.loaded.connect(lambda _: ready(window))
    try:
        return app.exec()
    finally:
        application.close()
