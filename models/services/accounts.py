"""Logging in: the first administrator, passwords (Argon2id), lockout after repeated failures.

A wrong password never says whether the user name exists. After
`FREE_ATTEMPTS` wrong passwords in a row the account is locked for a while,
twice as long after each further failure (at most `MAX_LOCK`): it slows a
guesser down without locking a caseworker out for good.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import secrets
from typing import Annotated

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from pydantic import Field
from sqlalchemy import delete, exists, func, select
from sqlalchemy.orm import Session

from models.changes import Changes, Done
from models.clock import utcnow
from models.db import Database
from models.entities import OfficeEnrolment, Role, Setting, User
from models.entities.users import roles_of
from models.schemas.common import Input
from models.schemas.users import UserIn, UserOut
from models.schemas.validation import validate
from models.services import audit
from models.services.base import Actor, create, done, get_live, writing
from models.services.errors import FieldError, NotFound, Refused, ServiceError, ValidationFailed
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

    def __init__(self, locked_minutes: int | None = None) -> None:
        if locked_minutes is None:
            super().__init__("login.wrong")
        else:
            super().__init__("login.locked", minutes=locked_minutes)
        self.locked_minutes = locked_minutes


def needs_setup(db: Database) -> bool:
    """True until an administrator who can log in exists (first start). Never on a database connected to an
    office: its accounts come from the office (a caseworker's laptop holds only her own), and a local
    administrator made there would hold the office's data."""
    with db.reading() as session:
        if session.get(OfficeEnrolment, 1) is not None:
            return False
        admin = (User.role == Role.admin) | User.also_admin
        return not session.scalar(select(exists().where(admin, User.password_hash.is_not(None),
                                                        User.archived_at.is_(None))))


def set_up(db: Database, data: dict, *, signs_in: bool = False) -> Actor:
    """First start: create the administrator (role admin, or also_admin). Refused once one exists.
    `signs_in`: the desktop's first start, where creating the account signs its administrator in."""
    account = validate(AccountIn, {"role": Role.admin} | data)
    if not needs_setup(db):
        raise Refused("setup.done")
    if Role.admin not in account.roles:
        raise ValidationFailed([FieldError.of("role", "Role", "account.first_admin")])
    admin = _create(db, Actor.system(), account, signs_in=signs_in).value
    return Actor(admin.id, admin.roles)


def create_account(db: Database, actor: Actor, data: dict) -> Done[UserOut]:
    """An administrator creates a user with a first password (the user should change it)."""
    return _create(db, actor, validate(AccountIn, data))


def _create(db: Database, actor: Actor, account: AccountIn, *, signs_in: bool = False) -> Done[UserOut]:
    """`signs_in`: the first administrator, signed in by creating the account (no sign-in dialog follows)."""
    with writing(db, actor) as session:
        require(actor, Role.admin, doing="create users")
        if session.scalar(select(exists().where(func.lower(User.username) == account.username.lower()))):
            raise ValidationFailed([FieldError.of("username", "Username", "username.taken",
                                                      username=account.username)])
        user = create(session, User, UserIn(**account.model_dump(exclude={"password"})), actor,
                      password_hash=_hasher.hash(account.password))
        if signs_in:
            user.last_login_at = utcnow()
            audit.record(session, user.id, "login", "users", user.id)
        return done(session, UserOut.model_validate(user), Changes(users=True))


def log_in(db: Database, username: str, password: str, now: dt.datetime | None = None) -> Actor:
    """The actor for these credentials, or LoginRefused (wrong, or locked for now). Audited either way.

    Nothing in the answer tells whether the name exists: an unknown, deactivated or password-less name
    costs the same Argon2 verification as a real one (against a hash made once per process), gets the
    same words, and is locked out the same way after `FREE_ATTEMPTS` failures. Known accounts keep their
    count on their row; other names one setting each (`_Failures`), keyed by a hash of the name.

    Argon2 runs before the transaction, not in it: at the office every transaction holds the one write
    lock, which a burst of sign-ins (`/enrol` needs no token) would otherwise hold while they hash.
    """
    now = now or utcnow()
    key = username.strip().lower()
    stored = _password_hash(db, key)
    right = _verifies_hash(stored or _stand_in_hash(), password) and stored is not None
    rehashed = _hasher.hash(password) if right and stored and _hasher.check_needs_rehash(stored) else None
    with writing(db, Actor.system()) as session:
        user = session.scalar(select(User).where(func.lower(User.username) == key, User.archived_at.is_(None)))
        if user is not None and not user.password_hash:
            user = None  # an account without a password cannot log in: the same as no account
        if user is not None and user.password_hash != stored:  # changed since it was read: check it again
            right, rehashed = _verifies(user, password), None
        failures = _Failures(session, now)
        locked_until = user.locked_until if user is not None else failures.locked_until(key)
        if locked_until is not None and locked_until > now:
            audit.record(session, user.id if user else None, "login_refused", "users", user.id if user else None,
                         reason="locked", **({} if user else {"username": username.strip()[:64]}))
            minutes = max(1, round((locked_until - now).total_seconds() / 60))
            refusal = LoginRefused(minutes)
        elif user is not None and right:
            user.failed_logins, user.locked_until, user.last_login_at = 0, None, now
            if rehashed is not None:
                user.password_hash = rehashed
            audit.record(session, user.id, "login", "users", user.id)
            return Actor.of(user)
        else:
            if user is not None:
                _count_failure(user, now)
            else:
                failures.count(key)
            audit.record(session, user.id if user else None, "login_failed", "users", user.id if user else None,
                         username=username.strip()[:64])
            refusal = LoginRefused()
    raise refusal  # after the commit: the failure and the lock must be recorded


def _password_hash(db: Database, key: str) -> str | None:
    with db.reading() as session:
        return session.scalar(select(User.password_hash).where(func.lower(User.username) == key,
                                                               User.archived_at.is_(None)))


def _count_failure(user: User, now: dt.datetime) -> None:
    user.failed_logins += 1
    user.locked_until = _lock_after(user.failed_logins, now) or user.locked_until


FAILURE_PREFIX = "login.failure."  # + a hash of the name: one setting per name that is not a live account
_OLD_SETTING = "login.failures"  # all names in one setting, as kept before (removed at the first pruning)
_FORGET_AFTER = dt.timedelta(days=1)
_PRUNE_EVERY = dt.timedelta(hours=1)
_pruned: dict[str, dt.datetime] = {}  # database (its URL) -> when this process last pruned its failures


def _lock_after(failed: int, now: dt.datetime) -> dt.datetime | None:
    if failed < FREE_ATTEMPTS:
        return None
    return now + min(FIRST_LOCK * 2 ** min(failed - FREE_ATTEMPTS, 10), MAX_LOCK)


class _Failures:
    """Wrong passwords in a row for a name that is not a live account: the setting `FAILURE_PREFIX` + a hash
    of the name (so the settings are not a list of what was typed) holds [count, last, until].

    One small row per name, read once and written by its key: remembering many names costs an unknown
    name's answer nothing (one setting holding them all took 35-40 ms more to rewrite once it held 5,000,
    which told a guesser the name was unknown), and no number of new names can push a lock out. Entries
    older than a day whose lock has passed are removed, at most once an hour per process."""

    def __init__(self, session: Session, now: dt.datetime) -> None:
        self.session, self.now = session, now
        self._rows: dict[str, Setting | None] = {}

    @staticmethod
    def _key(name: str) -> str:
        return FAILURE_PREFIX + hashlib.sha256(("qamqor-login:" + name).encode()).hexdigest()[:32]

    def _row(self, name: str) -> Setting | None:
        key = self._key(name)
        if key not in self._rows:
            self._rows[key] = self.session.get(Setting, key)
        return self._rows[key]

    def locked_until(self, name: str) -> dt.datetime | None:
        row = self._row(name)
        entry = row.value if row is not None and isinstance(row.value, list) else None
        return dt.datetime.fromisoformat(entry[2]) if entry and entry[2] else None

    def count(self, name: str) -> None:
        row = self._row(name)
        failed = int(row.value[0] if row is not None and isinstance(row.value, list) else 0) + 1
        until = _lock_after(failed, self.now) or self.locked_until(name)
        value = [failed, self.now.isoformat(), until.isoformat() if until else None]
        if row is None:
            self.session.add(Setting(key=self._key(name), value=value))
        else:
            row.value = value
        self._prune()

    def _prune(self) -> None:
        database = str(self.session.get_bind().engine.url)
        last = _pruned.get(database)
        if last is not None and self.now - _PRUNE_EVERY < last <= self.now:
            return
        _pruned[database] = self.now
        oldest, now = (self.now - _FORGET_AFTER).isoformat(), self.now.isoformat()
        rows = self.session.execute(select(Setting.key, Setting.value).where(
            Setting.key.startswith(FAILURE_PREFIX, autoescape=True))).all()
        gone = [key for key, value in rows if not isinstance(value, list) or
                (value[1] < oldest and (not value[2] or value[2] < now))]
        if gone:
            self.session.execute(delete(Setting).where(Setting.key.in_(gone)))
        self.session.execute(delete(Setting).where(Setting.key == _OLD_SETTING))


@functools.cache
def _stand_in_hash() -> str:
    """A hash of a random password, made once: what an unknown name is verified against."""
    return _hasher.hash(secrets.token_urlsafe(24))


def _verifies_hash(stored: str, password: str) -> bool:
    try:
        return _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def _verifies(user: User, password: str) -> bool:
    if not user.password_hash:
        _verifies_hash(_stand_in_hash(), password)
        return False
    return _verifies_hash(user.password_hash, password)


def change_password(db: Database, actor: Actor, data: dict, now: dt.datetime | None = None) -> Done[None]:
    """The actor's new password, once the current one is given. A wrong current password counts towards the
    same lockout as a sign-in (otherwise a stolen laptop's token could guess it without limit), and Argon2
    runs outside the transaction (see `log_in`)."""
    change = validate(PasswordChange, data)
    if actor.user_id is None:  # the system actor has no account, so no password
        raise NotFound("record.not_found", what="user")
    now = now or utcnow()
    with db.reading() as session:
        stored = get_live(session, User, actor.user_id).password_hash
    right = _verifies_hash(stored or _stand_in_hash(), change.old_password) and stored is not None
    fresh = _hasher.hash(change.new_password) if right else None
    with writing(db, actor) as session:
        user = get_live(session, User, actor.user_id)
        if user.locked_until is not None and user.locked_until > now:
            audit.record(session, actor.user_id, "password_refused", "users", user.id, reason="locked")
            refusal: ServiceError = LoginRefused(max(1, round((user.locked_until - now).total_seconds() / 60)))
        elif right and fresh is not None and user.password_hash == stored:
            user.password_hash, user.failed_logins = fresh, 0
            audit.record(session, actor.user_id, "password_changed", "users", user.id)
            return done(session, None, Changes(users=True))
        else:
            _count_failure(user, now)
            audit.record(session, actor.user_id, "password_refused", "users", user.id, reason="wrong")
            refusal = ValidationFailed([FieldError.of("old_password", "Current password", "password.wrong")])
    raise refusal  # after the commit: the failure and the lock must be recorded


def reset_password(db: Database, actor: Actor, username: str, new_password: str) -> Done[None]:
    """An administrator sets a new password for a user who forgot theirs (and unlocks the account)."""
    validate(PasswordChange, {"old_password": "", "new_password": new_password})
    with writing(db, actor) as session:
        require(actor, Role.admin, doing="reset passwords")
        user = live_user(session, username)
        user.password_hash, user.failed_logins, user.locked_until = _hasher.hash(new_password), 0, None
        audit.record(session, actor.user_id, "password_reset", "users", user.id)
        return done(session, None, Changes(users=True))


def live_user(session: Session, username: str) -> User:
    """The active account of this user name (any case), or a ServiceError naming it."""
    user = session.scalar(select(User).where(func.lower(User.username) == username.strip().lower(),
                                             User.archived_at.is_(None)))
    if user is None:
        raise Refused("user.no_active", username=username.strip())
    return user
