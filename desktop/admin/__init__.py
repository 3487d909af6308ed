"""Accounts and the office's settings in the desktop: File › Change password for everyone, and an
Administration menu (Users, Office settings) for administrators. The services check the roles again:
the menu only spares a caseworker a window that would refuse them."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from models.entities import Role


def add_account_menus(window: QMainWindow, file_menu: QMenu, before: QAction) -> None:
    """File › Change password (above `before`), and Administration › Users, Office settings."""
    ws = window.ws  # type: ignore[attr-defined]
    change = QAction(QCoreApplication.translate("AccountMenus", "Change &password…"), window)
    change.setObjectName("changePasswordAction")
    change.triggered.connect(lambda: _open("password", "ChangePasswordDialog", window))
    file_menu.insertAction(before, change)
    if Role.admin not in ws.actor.roles:
        return
    menu = QMenu(QCoreApplication.translate("AccountMenus", "&Administration"), window)
    menu.setObjectName("administrationMenu")
    for name, text, module, dialog in (("usersAction", QCoreApplication.translate("AccountMenus", "&Users…"), "users", "UsersDialog"),
                                       ("officeSettingsAction", QCoreApplication.translate("AccountMenus", "&Office settings…"), "office",
                                        "OfficeSettingsDialog")):
        action = menu.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(lambda _=False, m=module, d=dialog: _open(m, d, window))
    menus = window.menuBar().actions()
    window.menuBar().insertMenu(menus[-1], menu)  # before Help


def _open(module: str, dialog: str, window: QMainWindow) -> None:
    import importlib

    cls = getattr(importlib.import_module(f"desktop.admin.{module}"), dialog)
    cls(window.ws, window).open()  # type: ignore[attr-defined]
