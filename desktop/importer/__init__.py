"""File › Import from spreadsheet… (issue 15): the wizard that brings an office's lists into Qamqor.

The main window gets three actions from `import_actions`: the wizard, the template and the history
(where a supervisor undoes an import). Only supervisors
and administrators may import; the service checks it too.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from desktop.importer.template import save_template
from models.entities import Role


def may_import(ws) -> bool:
    return bool(ws.actor.roles & {Role.supervisor, Role.admin})


def import_actions(window) -> list[QAction]:
    """File › Import from spreadsheet… and File › Import template… for `window` (a MainWindow)."""
    wizard = QAction(QCoreApplication.translate("Importer", "&Import from spreadsheet…"), window)
    wizard.setObjectName("importAction")
    template = QAction(QCoreApplication.translate("Importer", "Import &template…"), window)
    template.setObjectName("importTemplateAction")
    history = QAction(QCoreApplication.translate("Importer", "Import &history…"), window)
    history.setObjectName("importHistoryAction")
    for action in (wizard, template, history):
        action.setEnabled(may_import(window.ws))
    wizard.triggered.connect(lambda: open_import_wizard(window))
    template.triggered.connect(lambda: save_template(window))
    history.triggered.connect(lambda: open_import_history(window))
    return [wizard, template, history]


def open_import_history(window):
    from desktop.importer.history import ImportHistory

    dialog = ImportHistory(window.ws, window)
    dialog.show()
    return dialog


def open_import_wizard(window):
    from desktop.importer.wizard import ImportWizard

    wizard = ImportWizard(window.ws, window)
    wizard.show()
    return wizard
