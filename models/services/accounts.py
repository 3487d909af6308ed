"""Logging in: the first administrator, passwords (Argon2id), lockout after repeated failures.

A wrong password never says whether the user name exists. After
`FREE_ATTEMPTS` wrong passwords in a row the account is locked for a while,
twice as long after each further failure (at most `MAX_LOCK`): it slows a
guesser down without locking a caseworker out for good.
"""
from __future__ import annotations

import datetime as dt
from typing import Annotated

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from pydantic import Field
from sqlalchemy import exists, func, select

from models.db import Database
from models.entities import Role, User, utcnow
from models.entities.users import roles_of
from models.schemas.common import Input
from models.schemas.users import UserIn, UserOut
from models.schemas.validation import validate
from models.services import audit
from models.services.base import Actor, create, get_live, writing
from models.services.errors import FieldError, ServiceError, ValidationFailed
from models.services.permissions import require

FREE_ATTEMPTS = 5
FIRST_LOCK = dt.timedelta(minutes=1)
MAX_LOCK = dt.timedelta(minutes=30)
MIN_PASSWORD = 10

_hasher = PasswordHasher()  # argon2-cffi's defaults: Argon2id, RFC 9106 low-memory profile

Password = Annotated[str, Field(min_length=MIN_PASSWORD, max_length=200)]


class AccountIn(UserIn):
    password: Password

    @property
    def roles(self) -> frozenset[Role]:
        return roles_of(self.role, self.also_admin)


class PasswordChange(Input):
    old_password: str
    new_password: Password


class LoginRefused(ServiceError):
    """`locked_minutes`: set when the account is locked for now (else the credentials were wrong)."""

    def __init__(self, message: str, locked_minutes: int | None = None) -> None:
        super().__init__(message)
        self.locked_minutes = locked_minutes


def needs_setup(db: Database) -> bool:
    """True until an administrator who can log in exists (first start)."""
    with db.reading() as session:
        admin = (User.role == Role.admin) | User.also_admin
        return not session.scalar(select(exists().where(admin, User.password_hash.is_not(None),
                                                        User.archived_at.is_(None))))


def set_up(db: Database, data: dict) -> Actor:
    """First start: create the administrator (role admin, or also_admin). Refused once one exists."""
    account = validate(AccountIn, {"role": Role.admin} | data)
    if not needs_setup(db):
        raise ServiceError("Qamqor is already set up: ask your administrator for an account.")
    if Role.admin not in account.roles:
        raise ValidationFailed([FieldError("role", "Role", "the first account must be an administrator")])
    return Actor.of(_create(db, Actor.system(), account))


def create_account(db: Database, actor: Actor, data: dict) -> UserOut:
    """An administrator creates a user with a first password (the user should change it)."""
    return _create(db, actor, validate(AccountIn, data))


def _create(db: Database, actor: Actor, account: AccountIn) -> UserOut:
    with writing(db, actor) as session:
        require(actor, Role.admin, doing="create users")
        if session.scalar(select(exists().where(func.lower(User.username) == account.username.lower()))):
            raise ValidationFailed([FieldError("username", "Username", f"'{account.username}' is already taken")])
        user = create(session, User, UserIn(**account.model_dump(exclude={"password"})), actor,
                      password_hash=_hasher.hash(account.password))
        return UserOut.model_validate(user)


def log_in(db: Database, username: str, password: str, now: dt.datetime | None = None) -> Actor:
    """The actor for these credentials, or LoginRefused (wrong, or locked for now). Audited either way."""
    now = now or utcnow()
    with writing(db, Actor.system()) as session:
        user = session.scalar(select(User).where(func.lower(User.username) == username.strip().lower(),
                                                 User.archived_at.is_(None)))
        if user is not None and user.locked_until is not None and user.locked_until > now:
            audit.record(session, user.id, "login_refused", "users", user.id, reason="locked")
            minutes = max(1, round((user.locked_until - now).total_seconds() / 60))
            refusal = LoginRefused(f"Too many wrong passwords. Try again in {minutes} minute(s).", minutes)
        elif user is not None and _verifies(user, password):
            user.failed_logins, user.locked_until, user.last_login_at = 0, None, now
            if _hasher.check_needs_rehash(user.password_hash):
                user.password_hash = _hasher.hash(password)
            audit.record(session, user.id, "login", "users", user.id)
            return Actor.of(user)
        else:
            if user is not None:
                user.failed_logins += 1
                if user.failed_logins >= FREE_ATTEMPTS:
                    user.locked_until = now + min(FIRST_LOCK * 2 ** (user.failed_logins - FREE_ATTEMPTS), MAX_LOCK)
            audit.record(session, user.id if user else None, "login_failed", "users", user.id if user else None,
                         username=username.strip()[:64])
            refusal = LoginRefused("The user name or the password is not right.")
    raise refusal  # after the commit: the failure and the lock must be recorded


def _verifies(user: User, password: str) -> bool:
    if not user.password_hash:
        return False
    try:
        return _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def change_password(db: Database, actor: Actor, data: dict) -> None:
    change = validate(PasswordChange, data)
    with writing(db, actor) as session:
        user = get_live(session, User, actor.user_id)
        if not _verifies(user, change.old_password):
            raise ValidationFailed([FieldError("old_password", "Current password", "is not right")])
        user.password_hash = _hasher.hash(change.new_password)
        audit.record(session, actor.user_id, "password_changed", "users", user.id)


def reset_password(db: Database, actor: Actor, username: str, new_password: str) -> None:
    """An administrator sets a new password for a user who forgot theirs (and unlocks the account)."""
    validate(PasswordChange, {"old_password": "", "new_password": new_password})
    with writing(db, actor) as session:
        require(actor, Role.admin, doing="reset passwords")
        user = session.scalar(select(User).where(User.username == username, User.archived_at.is_(None)))
        if user is None:
            raise ServiceError(f"There is no user '{username}'.")
        user.password_hash, user.failed_logins, user.locked_until = _hasher.hash(new_password), 0, None
        audit.record(session, actor.user_id, "password_reset", "users", user.id)
