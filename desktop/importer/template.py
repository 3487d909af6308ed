"""File › Import template…: the empty spreadsheet to fill in, saved where the user says.

Its own module, below both the importer's actions (`desktop.importer`) and the wizard, which offers it
too (issue 13 item 8: no import cycle between a package and its modules).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def save_template(parent) -> None:
    from desktop import file_dialogs
    from desktop.importer.words import save_bytes
    from models.importing.template import template

    path = file_dialogs.save_file(parent, QCoreApplication.translate("Importer", "Save the import template"),
                                  "qamqor-template.xlsx", "Excel (*.xlsx)")
    if path:
        save_bytes(parent, str(path), template())
