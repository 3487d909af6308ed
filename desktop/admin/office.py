"""Administration › Office settings: the letterhead (the office's name and address in Kazakh, Russian
and English, its contacts), the idle-lock minutes and the referral follow-up days."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QSpinBox, QTabWidget, QVBoxLayout, QWidget

from desktop.admin.forms import FormDialog
from desktop.operations import users as ops
from desktop.workspace import Workspace
from models.services.errors import FieldError

LANGUAGES = ("kk", "ru", "en")


class OfficeSettingsDialog(FormDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.setObjectName("officeSettings")
        self.setWindowTitle(self.tr("Office settings"))
        self.fields: dict[str, QLineEdit] = {}
        letterhead = QGroupBox(self.tr("Letterhead (printed at the top of every referral letter)"), self)
        head = QVBoxLayout(letterhead)
        common = QFormLayout()
        self._line(common, "office.name", self.tr("Office name"), self.tr("As letters print it where no name in "
                                                                         "the letter's language is given"))
        head.addLayout(common)
        self.languages = QTabWidget(letterhead)
        self.languages.setObjectName("letterLanguages")
        for code, title in zip(LANGUAGES, (self.tr("Kazakh letters"), self.tr("Russian letters"),
                                           self.tr("English letters"))):
            page = QWidget(self.languages)
            form = QFormLayout(page)
            self._line(form, f"office.name_{code}", self.tr("Name"))
            self._line(form, f"office.address_{code}", self.tr("Address"))
            self.languages.addTab(page, title)
        head.addWidget(self.languages)
        contacts = QFormLayout()
        self._line(contacts, "office.address", self.tr("Address (any language)"))
        self._line(contacts, "office.phone", self.tr("Phone"))
        self._line(contacts, "office.email", self.tr("Email"))
        self._line(contacts, "office.website", self.tr("Website"))
        head.addLayout(contacts)
        self.form.addRow(letterhead)
        self.numbers: dict[str, QSpinBox] = {}
        for key, label, suffix in (
                (ops.IDLE_LOCK_MINUTES, self.tr("Lock the window after"), self.tr(" minutes without use")),
                (ops.FOLLOW_UP_DUE_SOON, self.tr("A referral's answer is due soon after"), self.tr(" days")),
                (ops.FOLLOW_UP_OVERDUE, self.tr("A referral's answer is overdue after"), self.tr(" days"))):
            known = ops.KNOWN_SETTINGS[key]
            box = QSpinBox(self)
            box.setObjectName(key)
            box.setRange(known.low or 1, known.high or 999)
            box.setSuffix(suffix)
            self.numbers[key] = box
            self.form.addRow(label, box)
        self.loaded: dict[str, object] = {}
        self.setMinimumWidth(620)
        ops.office_settings(ws, parent=self).success(self._show) \
            .run_in_background()

    def _line(self, form: QFormLayout, key: str, label: str, tip: str = "") -> None:
        field = QLineEdit(self)
        field.setObjectName(key)
        field.setToolTip(tip)
        self.fields[key] = field
        form.addRow(label, field)

    def _show(self, values: dict[str, object]) -> None:
        self.loaded = values
        for key, field in self.fields.items():
            field.setText("" if values.get(key) is None else str(values[key]))
        for key, box in self.numbers.items():
            box.setValue(int(values[key]))  # type: ignore[call-overload]

    def field_message(self, error: FieldError) -> str:
        if error.field == "office.name":
            return self.tr("Give the office's name first: the other details of the letterhead need it.")
        return super().field_message(error)

    def submit(self) -> None:
        changes = {key: field.text() for key, field in self.fields.items()
                   if field.text().strip() != str(self.loaded.get(key) or "")}
        changes |= {key: str(box.value()) for key, box in self.numbers.items() if box.value() != self.loaded.get(key)}
        if not changes:
            self.accept()
            return

        def done(_: object) -> None:
            parent = self.parentWidget()
            if parent is not None and hasattr(parent, "statusBar"):
                parent.statusBar().showMessage(self.tr("The office settings are saved."), 8000)
            self.accept()

        self.write(ops.change_settings(changes=changes), done)
