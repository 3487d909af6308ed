"""The people who use Qamqor, and an administrator's work on their accounts (passwords and logging in:
models.services.accounts).

An administrator creates accounts (accounts.create_account), changes roles, deactivates and
reactivates, resets a password and unlocks. Two guards keep an office from locking itself out: nobody
deactivates themselves or takes away their own administrator role, and the last active administrator
keeps that role. Nothing is deleted: a deactivated account stays in the trail and in the cases it
worked on, and cannot log in.
"""
from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.changes import Changes, Done
from models.clock import utcnow
from models.db import Database
from models.entities import Role, User
from models.entities.users import roles_of
from models.ids import UserId
from models.schemas.common import Input
from models.schemas.users import UserOut
from models.schemas.validation import validate
from models.services import audit
from models.services.accounts import live_user
from models.services.base import Actor, done, reading, writing
from models.services.errors import Refused
from models.services.permissions import require


class RolesIn(Input):
    role: Role
    also_admin: bool = False


class Account(BaseModel):
    """An account as the administrator's list shows it: no password, no hash."""

    model_config = ConfigDict(from_attributes=True, frozen=True)

    id: UserId
    username: str
    full_name: str
    role: Role
    also_admin: bool
    active: bool
    locked_until: dt.datetime | None
    last_login_at: dt.datetime | None
    has_password: bool

    @property
    def roles(self) -> frozenset[Role]:
        return roles_of(self.role, self.also_admin)

    def locked(self, now: dt.datetime | None = None) -> bool:
        return self.locked_until is not None and self.locked_until > (now or utcnow())


def users(db: Database, actor: Actor) -> list[UserOut]:
    """Colleagues' names and roles (to assign and share cases); no passwords."""
    with reading(db, actor) as session:
        rows = session.scalars(select(User).where(User.archived_at.is_(None)).order_by(User.full_name))
        return [UserOut.model_validate(row) for row in rows]


def _account(user: User) -> Account:
    return Account(id=user.id, username=user.username, full_name=user.full_name, role=user.role,
                   also_admin=user.also_admin, active=user.archived_at is None, locked_until=user.locked_until,
                   last_login_at=user.last_login_at, has_password=bool(user.password_hash))


def accounts(db: Database, actor: Actor) -> list[Account]:
    """Every account, active and deactivated, for an administrator."""
    with reading(db, actor) as session:
        require(actor, Role.admin, doing="manage user accounts")
        rows = session.scalars(select(User).order_by(User.archived_at.is_not(None), func.lower(User.username)))
        return [_account(row) for row in rows]


def _any_user(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(func.lower(User.username) == username.strip().lower()))
    if user is None:
        raise Refused("user.unknown", username=username.strip())
    return user


def _other_admins(session: Session, user: User) -> int:
    is_admin = (User.role == Role.admin) | User.also_admin
    return session.scalar(select(func.count()).select_from(User).where(
        is_admin, User.archived_at.is_(None), User.id != user.id)) or 0


def set_roles(db: Database, actor: Actor, username: str, data: dict) -> Done[Account]:
    """Change what a user may do: caseworker, supervisor or administrator, a caseworker or supervisor
    who also administers (`also_admin`)."""
    new = validate(RolesIn, data)
    if new.role == Role.admin:
        new = RolesIn(role=Role.admin, also_admin=False)
    with writing(db, actor) as session:
        require(actor, Role.admin, doing="change a user's roles")
        user = live_user(session, username)
        losing_admin = Role.admin in user.roles and Role.admin not in roles_of(new.role, new.also_admin)
        if losing_admin and user.id == actor.user_id:
            raise Refused("user.own_admin_role")
        if losing_admin and not _other_admins(session, user):
            raise Refused("user.last_admin_role", username=user.username)
        before = {"role": user.role.value, "also_admin": user.also_admin}
        user.role, user.also_admin, user.updated_by = new.role, new.also_admin, actor.user_id
        after = {"role": new.role.value, "also_admin": new.also_admin}
        audit.record(session, actor.user_id, "roles_changed", "users", user.id, changes=audit.changes(before, after))
        return done(session, _account(user), Changes(users=True))


def deactivate(db: Database, actor: Actor, username: str) -> Done[Account]:
    """The account can no longer log in; its name stays on what it did."""
    with writing(db, actor) as session:
        require(actor, Role.admin, doing="deactivate user accounts")
        user = live_user(session, username)
        if user.id == actor.user_id:
            raise Refused("user.own_account")
        if Role.admin in user.roles and not _other_admins(session, user):
            raise Refused("user.last_admin", username=user.username)
        user.archived_at, user.updated_by = utcnow(), actor.user_id
        audit.record(session, actor.user_id, "deactivate", "users", user.id)
        return done(session, _account(user), Changes(users=True))


def reactivate(db: Database, actor: Actor, username: str) -> Done[Account]:
    """A deactivated account may log in again (with its old password, or reset it)."""
    with writing(db, actor) as session:
        require(actor, Role.admin, doing="reactivate user accounts")
        user = _any_user(session, username)
        if user.archived_at is None:
            raise Refused("user.already_active", username=user.username)
        user.archived_at, user.updated_by = None, actor.user_id
        audit.record(session, actor.user_id, "reactivate", "users", user.id)
        return done(session, _account(user), Changes(users=True))


def unlock(db: Database, actor: Actor, username: str) -> Done[Account]:
    """Let a user who was locked out by wrong passwords try again now."""
    with writing(db, actor) as session:
        require(actor, Role.admin, doing="unlock user accounts")
        user = live_user(session, username)
        user.failed_logins, user.locked_until = 0, None
        audit.record(session, actor.user_id, "unlock", "users", user.id)
        return done(session, _account(user), Changes(users=True))
