"""Accounts come from the office: what it serves to a laptop, and how a laptop applies them.

Every laptop gets every account's name and role (its cases name colleagues as
caseworkers and authors, and the laptop's file needs their rows), but a password
hash only for the accounts that may sign in on it: its own user's, and for a
supervisor's or administrator's laptop every active account's (a colleague may
sign in at the supervisor's desk). The laptop then signs in offline with the
last known hash: `models.services.accounts.log_in` works on it unchanged.

Applied on the laptop, the office's word wins for names, roles, hashes and
deactivation; a lockout is the later of the office's and the laptop's own (a
laptop that was being guessed at offline stays locked). An account the office
does not know is a laptop's own from before enrolment: it is deactivated and
loses its password (and, if its name is taken by an office account, is renamed).
The rows are written with SQL statements, not ORM objects, so the sync's
change capture does not send them back to the office.
"""
from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import func, insert, select, update

from models.clock import utcnow
from models.db import Database
from models.entities import Base, Role, User
from models.server.database import OfficeDatabase
from models.services import audit
from models.services.base import Actor

FIELDS = ("username", "full_name", "role", "also_admin", "phone", "email", "archived_at", "version")


def _signs_in_on(laptop_user: User, user: User) -> bool:
    if user.archived_at is not None or not user.password_hash:
        return False
    return user.id == laptop_user.id or bool({Role.supervisor, Role.admin} & laptop_user.roles)


def accounts_for(office: OfficeDatabase, user_id: uuid.UUID) -> list[dict[str, Any]]:
    """The accounts a laptop enrolled for `user_id` receives (see the module's docstring)."""
    with office.reading() as session:
        laptop_user = session.get(User, user_id)
        if laptop_user is None:
            return []
        found = []
        for user in session.scalars(select(User).order_by(User.username)):
            signs_in = _signs_in_on(laptop_user, user)
            found.append({
                "id": str(user.id), **{name: _plain(getattr(user, name)) for name in FIELDS},
                "signs_in": signs_in,
                "password_hash": user.password_hash if signs_in else None,
                "failed_logins": user.failed_logins if signs_in else 0,
                "locked_until": _plain(user.locked_until) if signs_in else None,
            })
        return found


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, Role):
        return value.value
    return value


def _when(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def apply_on_laptop(database: Database, accounts: list[dict[str, Any]]) -> int:
    """Write the office's `accounts` into the laptop's file (one transaction, audited); returns how many
    accounts changed."""
    now = utcnow()
    users = Base.metadata.tables["users"]
    changed = 0
    with database.transaction() as session:
        stored = {row.id: row for row in session.execute(select(users))}
        from_office = {uuid.UUID(account["id"]) for account in accounts}
        # The laptop's own accounts, from before it was enrolled: no longer able to sign in.
        for user_id, own in stored.items():
            # (Colleagues the sync pulled for their names carry no password: they stay as they are.)
            if user_id not in from_office and own.password_hash is not None:
                session.execute(update(users).where(users.c.id == user_id)
                                .values(archived_at=own.archived_at or now, password_hash=None))
                changed += 1
        for account in accounts:
            user_id = uuid.UUID(account["id"])
            values = {name: account[name] for name in FIELDS} | {
                "role": Role(account["role"]),
                "archived_at": _when(account["archived_at"]),
                "password_hash": account["password_hash"],
                "failed_logins": int(account["failed_logins"] or 0),
                "locked_until": _when(account["locked_until"]),
            }
            row = stored.get(user_id)
            if row is not None and row.locked_until is not None and \
                    (values["locked_until"] is None or row.locked_until > values["locked_until"]):
                values["locked_until"] = row.locked_until  # locked here for longer: stays locked
                values["failed_logins"] = max(values["failed_logins"], row.failed_logins)
            clash = session.execute(select(users.c.id).where(
                func.lower(users.c.username) == str(account["username"]).lower(), users.c.id != user_id)).first()
            if clash is not None:  # a laptop's own account of the same name: renamed out of the way
                session.execute(update(users).where(users.c.id == clash[0]).values(
                    username=f"{account['username'][:40]}.local-{clash[0].hex[:6]}", archived_at=now,
                    password_hash=None))
            if row is None:
                session.execute(insert(users).values(id=user_id, created_at=now, updated_at=now, **values))
                changed += 1
            elif any(getattr(row, name) != value for name, value in values.items()):
                session.execute(update(users).where(users.c.id == user_id).values(updated_at=now, **values))
                changed += 1
        if changed:
            audit.record(session, None, "accounts_from_office", "users", None, changed=changed,
                         accounts=len(accounts))
    return changed


def office_actor(office: OfficeDatabase, user_id: uuid.UUID) -> Actor | None:
    with office.reading() as session:
        user = session.get(User, user_id)
        return Actor.of(user) if user is not None and user.archived_at is None else None
