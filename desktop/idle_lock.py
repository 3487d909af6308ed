"""The idle lock: after some minutes without use the window hides what it shows and asks for the
password again, so that a laptop left open in a shared office shows no one's case."""
from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMainWindow, QPushButton, QVBoxLayout, QWidget

from desktop.operations import users as user_ops
from desktop.sign_in import problem_label, refusal_text
from models.db import Database
from models.services.accounts import LoginRefused

ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
            QEvent.Type.TouchBegin}


class LockScreen(QWidget):
    """Covers the whole window; only the password field and the button work while it is up."""

    unlocked = Signal()

    def __init__(self, window: QMainWindow, db: Database, username: str, full_name: str) -> None:
        super().__init__(window)
        self.db, self.username = db, username
        self.setAutoFillBackground(True)
        title = QLabel(self.tr("Qamqor is locked"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        title.setFont(font)
        # No name on the screen: whoever passes by sees neither whose window it is nor a user name to try.
        who = QLabel(self.tr("The window was locked after a while without use. Enter your password to "
                             "continue."), self)
        who.setWordWrap(True)
        who.setFixedWidth(420)  # a wrapped label in a centred layout gets its full height only at a fixed width
        who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        who.setMinimumHeight(who.heightForWidth(420))  # an aligned item gets its size hint's height, one line
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setFixedWidth(300)
        self.problem = problem_label(self)
        self.problem.setFixedWidth(420)
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.message = who
        for widget in (title, who, self.password, self.problem, self.unlock_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.unlock_button.clicked.connect(self.try_password)
        self.password.returnPressed.connect(self.try_password)

    def try_password(self) -> None:
        try:
            user_ops.log_in(db=self.db, username=self.username, password=self.password.text())
        except LoginRefused as refused:
            self.problem.setText(refusal_text(refused) if refused.locked_minutes is not None else
                                 self.tr("The password is not right."))
            self.problem.setMinimumHeight(self.problem.heightForWidth(self.problem.width()))
            self.problem.show()
            self.password.clear()
            return
        self.unlocked.emit()


class IdleLock(QObject):
    """Watches the application's input; locks `window` after `minutes` without any.

    The lock is no child of the window, it belongs to whoever keeps it: as a child it and the window held each
    other, and the garbage collector, clearing the lock's attributes first, left it filtering the window's last
    events without them."""

    locked_changed = Signal(bool)

    def __init__(self, window: QMainWindow, db: Database, username: str, full_name: str, minutes: float) -> None:
        super().__init__()
        self.window, self.db, self.username, self.full_name = window, db, username, full_name
        self.timeout = minutes * 60
        self.last_input = time.monotonic()
        self.screen: LockScreen | None = None
        self._disabled: list[QAction | QWidget] = []
        self.timer = QTimer(self)
        self.timer.setInterval(max(50, min(15_000, int(self.timeout * 250))))  # a quarter of the timeout
        self.timer.timeout.connect(self.check)
        window.destroyed.connect(self.timer.stop)  # nothing left to lock
        app = QApplication.instance()
        assert app is not None  # the lock is made by the running application
        app.installEventFilter(self)
        self.timer.start()

    @property
    def locked(self) -> bool:
        return self.screen is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the application passes here (some 10,000 to open a case). Input from the user comes
        # from the window system (spontaneous); asking that first is cheap, while `type()` makes a Python enum
        # each time (a third of the GUI thread's time opening a case went here).
        if self.screen is not None and watched is self.window and event.type() == QEvent.Type.Resize:
            self.screen.setGeometry(self.window.rect())
        elif event.spontaneous() and event.type() in ACTIVITY:
            self.last_input = time.monotonic()
        return False

    def check(self) -> None:
        if not self.locked and time.monotonic() - self.last_input >= self.timeout:
            self.lock()

    def lock(self) -> None:
        """Hide the content and every action (shortcuts included) until the password is given again."""
        children = self.window.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        self._disabled = [a for a in self.window.findChildren(QAction) if a.isEnabled()] + [
            w for w in children if w.isEnabled() and w is not self.window.centralWidget()]
        for item in self._disabled:
            item.setEnabled(False)
        self._content().hide()
        self.screen = LockScreen(self.window, self.db, self.username, self.full_name)
        self.screen.setGeometry(self.window.rect())
        self.screen.unlocked.connect(self.unlock)
        self.screen.show()
        self.screen.raise_()
        self.screen.password.setFocus()
        self.locked_changed.emit(True)

    def _content(self) -> QWidget:
        central = self.window.centralWidget()
        assert central is not None  # the main window always has its content
        return central

    def unlock(self) -> None:
        for item in self._disabled:
            item.setEnabled(True)
        self._disabled = []
        self._content().show()
        if self.screen is not None:
            self.screen.deleteLater()
        self.screen = None
        self.last_input = time.monotonic()
        self.locked_changed.emit(False)
