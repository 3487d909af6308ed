"""File › Change password: everyone changes their own (the current one first)."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.admin.forms import FormDialog
from desktop.operations import users as ops
from desktop.sign_in import password_field
from desktop.workspace import Workspace
from models.services.errors import FieldError


class ChangePasswordDialog(FormDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.setObjectName("changePassword")
        self.setWindowTitle(self.tr("Change password"))
        self.intro.setText(self.tr("Choose a new password of at least {0} characters: a few words are easy to "
                                   "remember and hard to guess.").format(ops.MIN_PASSWORD))
        self.intro.show()
        self.current, self.new, self.repeat = password_field(self), password_field(self), password_field(self)
        self.form.addRow(self.tr("Current password"), self.current)
        self.form.addRow(self.tr("New password"), self.new)
        self.form.addRow(self.tr("New password again"), self.repeat)
        self.current.setFocus()

    def field_message(self, error: FieldError) -> str:
        if error.field == "old_password":
            return self.tr("The current password is not right.")
        return super().field_message(error)

    def submit(self) -> None:
        if len(self.new.text()) < ops.MIN_PASSWORD:
            self.say(self.tr("The new password is too short: use at least {0} characters.").format(
                ops.MIN_PASSWORD))
            return
        if self.new.text() != self.repeat.text():
            self.say(self.tr("The two new passwords are not the same."))
            return
        data = {"old_password": self.current.text(), "new_password": self.new.text()}

        def done(_: object) -> None:
            parent = self.parentWidget()
            if parent is not None and hasattr(parent, "statusBar"):
                parent.statusBar().showMessage(self.tr("Your password is changed."), 8000)
            self.accept()

        self.write(ops.change_password(data=data), done)
