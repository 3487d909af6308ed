"""What the account dialogs share: a form, a line for what went wrong, OK/Cancel, and a write on the worker."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.messages import error_message, field_message
from desktop.operations import CollectionOp
from desktop.sign_in import problem_label
from desktop.workspace import Workspace
from models.services.errors import FieldError, ServiceError, ValidationFailed


class FormDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.hide()
        self.form = QFormLayout()
        self.problem = problem_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def say(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()

    def write(self, op: Callable, done: Callable[[object], None]) -> None:
        """Run `op(db, actor)` on the worker; `done(result)` after, or the service's refusal in the form."""
        self.buttons.setEnabled(False)

        def failed(error: Exception) -> bool:
            self.buttons.setEnabled(True)
            if isinstance(error, ValidationFailed):
                self.say("\n".join(self.field_message(e) for e in error.errors))
                return True
            if isinstance(error, ServiceError):
                self.say(error_message(error))
                return True
            return False

        def succeeded(result: object) -> None:
            self.buttons.setEnabled(True)
            done(result)

        CollectionOp(self.ws, parent=self, op=op).success(succeeded) \
            .failure(failed).run_in_background()

    def field_message(self, error: FieldError) -> str:
        """A field's refusal as the form shows it, in the user's language (a dialog may say it its own way)."""
        return f"{error.label}: {field_message(error)}" if error.label else field_message(error)

    def submit(self) -> None:
        raise NotImplementedError
