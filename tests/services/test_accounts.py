"""Accounts: first set-up, Argon2 passwords, lockout with a delay, password changes."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from models.clock import utcnow
from models.entities import AuditEntry, User
from models.services import accounts
from models.services.base import Actor
from models.services.errors import PermissionDenied, ServiceError, ValidationFailed

PASSWORD = "correct horse battery"


def test_first_start_creates_the_administrator_once(db) -> None:
    assert accounts.needs_setup(db)
    admin = accounts.set_up(db, {"username": "admin", "full_name": "Office Admin", "password": PASSWORD})
    assert admin.roles == {"admin"}
    assert not accounts.needs_setup(db)
    with pytest.raises(ServiceError, match="already set up"):
        accounts.set_up(db, {"username": "admin2", "full_name": "Second", "password": PASSWORD})


def test_a_supervisor_who_also_administers_may_be_the_first_account(db) -> None:
    with pytest.raises(ValidationFailed, match="must be an administrator"):
        accounts.set_up(db, {"username": "x", "full_name": "X", "role": "caseworker", "password": PASSWORD})
    first = accounts.set_up(db, {"username": "dana", "full_name": "Dana", "role": "supervisor",
                                 "also_admin": True, "password": PASSWORD})
    assert first.roles == {"supervisor", "admin"}


def test_passwords_are_stored_as_argon2_hashes_only(db, actor) -> None:
    with db.reading() as session:
        stored = session.scalar(select(User.password_hash).where(User.id == actor.user_id))
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    with db.reading() as session:
        details = [e.details for e in session.scalars(select(AuditEntry))]
    assert PASSWORD not in repr(details) and "$argon2" not in repr(details)


def test_log_in_and_wrong_password(db, actor) -> None:
    assert accounts.log_in(db, "AIGERIM", PASSWORD) == actor
    with pytest.raises(accounts.LoginRefused, match="not right"):
        accounts.log_in(db, "aigerim", "wrong password")
    with pytest.raises(accounts.LoginRefused, match="not right"):  # the same words: no hint that a name exists
        accounts.log_in(db, "nobody", "wrong password")


def test_lockout_after_repeated_failures_is_a_delay_that_grows(db, actor) -> None:
    start = utcnow()
    for _ in range(accounts.FREE_ATTEMPTS):
        with pytest.raises(accounts.LoginRefused, match="not right"):
            accounts.log_in(db, "aigerim", "guess", now=start)
    with pytest.raises(accounts.LoginRefused, match="Try again in 1 minute"):
        accounts.log_in(db, "aigerim", PASSWORD, now=start + dt.timedelta(seconds=30))  # even the right one
    later = start + dt.timedelta(minutes=1, seconds=1)
    with pytest.raises(accounts.LoginRefused, match="not right"):
        accounts.log_in(db, "aigerim", "guess again", now=later)
    with pytest.raises(accounts.LoginRefused, match="Try again in 2 minute"):
        accounts.log_in(db, "aigerim", PASSWORD, now=later)
    assert accounts.log_in(db, "aigerim", PASSWORD, now=later + dt.timedelta(minutes=3)) == actor
    with db.reading() as session:
        actions = [a for a in session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq))]
    assert actions.count("login_failed") == accounts.FREE_ATTEMPTS + 1
    assert actions.count("login_refused") == 2 and actions[-1] == "login"


def test_change_password(db, actor) -> None:
    with pytest.raises(ValidationFailed, match="Current password: is not right"):
        accounts.change_password(db, actor, {"old_password": "nope", "new_password": "a new long passphrase"})
    with pytest.raises(ValidationFailed, match="New password"):
        accounts.change_password(db, actor, {"old_password": PASSWORD, "new_password": "short"})
    accounts.change_password(db, actor, {"old_password": PASSWORD, "new_password": "a new long passphrase"})
    assert accounts.log_in(db, "aigerim", "a new long passphrase") == actor


def test_only_an_administrator_creates_accounts_or_resets_passwords(db, actor) -> None:
    with pytest.raises(PermissionDenied):
        accounts.create_account(db, actor, {"username": "b", "full_name": "B", "role": "supervisor",
                                            "password": PASSWORD})
    with pytest.raises(PermissionDenied):
        accounts.reset_password(db, actor, "aigerim", "another long passphrase")
    accounts.reset_password(db, Actor.system(), "aigerim", "another long passphrase")
    assert accounts.log_in(db, "aigerim", "another long passphrase") == actor
