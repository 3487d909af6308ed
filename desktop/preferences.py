"""Preferences: the language of the application, and (until accounts come) who is working."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel

from desktop import i18n


class PreferencesDialog(QDialog):
    def __init__(self, language: str, users: list, username: str | None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code in i18n.LANGUAGES:
            self.language.addItem(i18n.language_name(code), code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.user = QComboBox(self)
        self.user.addItem(self.tr("(maintenance: all cases)"), None)
        for user in users:
            self.user.addItem(user.full_name, user.username)
        self.user.setCurrentIndex(max(self.user.findData(username), 0))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Language"), self.language)
        layout.addRow(self.tr("Work as"), self.user)
        note = QLabel(self.tr("Until sign-in arrives, choose whose cases Qamqor shows and whose name it records."),
                      self)
        note.setWordWrap(True)
        layout.addRow(note)
        layout.addRow(buttons)
