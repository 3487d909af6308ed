"""Accounts and the office's settings: signing in, passwords, roles (administrators), office settings.

The administration dialogs run each write through their own `write()` (which shows a refusal in the
form): these functions hand them the work, `work(db, actor)`, keyword-only as every operation. Signing
in and setting up run before any window or worker exists: they are plain calls, the user waits for them.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from desktop.operations import QueryOp
from desktop.workspace import Workspace
from models.db import Database
from models.services import accounts as account_service
from models.services import settings as settings_service
from models.services import users as user_service
from models.services.base import Actor
from models.services.users import Account

MIN_PASSWORD = account_service.MIN_PASSWORD
IDLE_LOCK_MINUTES = settings_service.IDLE_LOCK_MINUTES
Work = Callable[[Database, Actor], Any]


# --- before the workspace: signing in --------------------------------------------------

def needs_setup(*, db: Database) -> bool:
    return account_service.needs_setup(db)


def enrolled_user(*, db: Database) -> str | None:
    """The user name a database connected to an office is enrolled for (None: not connected)."""
    from models.sync.enrolment import enrolment_of

    found = enrolment_of(db)
    return found.user_name if found is not None else None


def set_up(*, db: Database, data: dict) -> Actor:
    return account_service.set_up(db, data, signs_in=True)  # no sign-in dialog follows: this was the sign-in


def log_in(*, db: Database, username: str, password: str) -> Actor:
    return account_service.log_in(db, username, password)


def everyone(*, db: Database, actor: Actor) -> list:
    """The users, for the start-up (the signed-in name, scripts choosing who works)."""
    return user_service.users(db, actor)


def setting(*, db: Database, key: str) -> Any:
    return settings_service.read(db, key)


# --- administration ----------------------------------------------------------------------

def accounts(ws: Workspace, *, parent: QObject) -> QueryOp[list[Account]]:
    return QueryOp(ws, parent=parent, op=user_service.accounts)


def unlock(*, username: str) -> Work:
    return lambda db, actor: user_service.unlock(db, actor, username)


def reactivate(*, username: str) -> Work:
    return lambda db, actor: user_service.reactivate(db, actor, username)


def deactivate(*, username: str) -> Work:
    return lambda db, actor: user_service.deactivate(db, actor, username)


def set_roles(*, username: str, role: str, also_admin: bool) -> Work:
    return lambda db, actor: user_service.set_roles(db, actor, username, {"role": role, "also_admin": also_admin})


def create_account(*, data: dict) -> Work:
    return lambda db, actor: account_service.create_account(db, actor, data)


def reset_password(*, username: str, password: str) -> Work:
    return lambda db, actor: account_service.reset_password(db, actor, username, password)


def change_password(*, data: dict) -> Work:
    return lambda db, actor: account_service.change_password(db, actor, data)


def office_settings(ws: Workspace, *, parent: QObject) -> QueryOp[dict[str, Any]]:
    return QueryOp(ws, parent=parent, op=lambda db, actor: settings_service.known_values(db))


def change_settings(*, changes: dict[str, str]) -> Work:
    return lambda db, actor: settings_service.change_known(db, actor, changes)

# The office settings' keys and limits, for the Office settings dialog.
KNOWN_SETTINGS = settings_service.KNOWN
FOLLOW_UP_DUE_SOON, FOLLOW_UP_OVERDUE = settings_service.FOLLOW_UP_DUE_SOON, settings_service.FOLLOW_UP_OVERDUE
