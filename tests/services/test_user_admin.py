"""An administrator's work on accounts and settings: each refused to the wrong role by the service, each audited."""
from __future__ import annotations

import datetime as dt
import secrets
import statistics
import time

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from models.clock import utcnow
from models.entities import AuditEntry, Setting
from models.services import accounts, directory, settings, users
from models.services.base import Actor
from models.services.errors import PermissionDenied, ServiceError, ValidationFailed

PASSWORD = "correct horse battery"


@pytest.fixture
def admin(db) -> Actor:
    return accounts.set_up(db, {"username": "admin", "full_name": "Office Admin", "password": PASSWORD})


def _actions(db) -> list[str]:
    with db.reading() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


def test_only_an_administrator_manages_accounts(db, admin, actor) -> None:
    for attempt in (lambda: users.accounts(db, actor), lambda: users.unlock(db, actor, "aigerim").value,
                    lambda: users.deactivate(db, actor, "admin").value, lambda: users.reactivate(db, actor, "admin").value,
                    lambda: users.set_roles(db, actor, "aigerim", {"role": "supervisor"}).value,
                    lambda: settings.change_known(db, actor, {"idle_lock_minutes": "30"}).value):
        with pytest.raises(PermissionDenied):
            attempt()
    assert _actions(db).count("refused") == 6
    assert settings.read(db, settings.IDLE_LOCK_MINUTES) == 10


def test_roles_deactivation_and_unlock_are_audited(db, admin, actor) -> None:
    changed = users.set_roles(db, admin, "AIGERIM", {"role": "supervisor", "also_admin": True}).value
    assert changed.roles == {"supervisor", "admin"}
    users.set_roles(db, admin, "aigerim", {"role": "caseworker"})
    for _ in range(accounts.FREE_ATTEMPTS):
        with pytest.raises(accounts.LoginRefused):
            accounts.log_in(db, "aigerim", "wrong guess")
    assert next(a for a in users.accounts(db, admin) if a.username == "aigerim").locked()
    users.unlock(db, admin, "aigerim")
    assert accounts.log_in(db, "aigerim", PASSWORD) == Actor(actor.user_id, frozenset({"caseworker"}))
    users.deactivate(db, admin, "aigerim")
    with pytest.raises(accounts.LoginRefused, match="not right"):
        accounts.log_in(db, "aigerim", PASSWORD)
    assert [a.active for a in users.accounts(db, admin)] == [True, False]
    users.reactivate(db, admin, "aigerim")
    assert accounts.log_in(db, "aigerim", PASSWORD).user_id == actor.user_id
    trail = _actions(db)
    assert trail.count("roles_changed") == 2 and {"unlock", "deactivate", "reactivate"} <= set(trail)


def test_an_office_cannot_lose_its_last_administrator(db, admin) -> None:
    with pytest.raises(ServiceError, match="your own account"):
        users.deactivate(db, admin, "admin")
    with pytest.raises(ServiceError, match="own administrator role"):
        users.set_roles(db, admin, "admin", {"role": "caseworker"})
    with pytest.raises(ServiceError, match="no active user 'ghost'"):
        users.unlock(db, admin, "ghost")


def test_settings_are_validated_by_key_and_office_fields_reach_the_letterhead(db, admin) -> None:
    with pytest.raises(ServiceError, match="There is no setting 'idle_minutes'"):
        settings.change_known(db, admin, {"idle_minutes": "5"})
    with pytest.raises(ValidationFailed, match="from 1 to 240"):
        settings.change_known(db, admin, {"idle_lock_minutes": "0"})
    with pytest.raises(ValidationFailed, match="whole number"):
        settings.change_known(db, admin, {"referral.follow_up_overdue_days": "two weeks"})
    with pytest.raises(ValidationFailed, match="not be more than the overdue"):
        settings.change_known(db, admin, {"referral.follow_up_due_soon_days": "20"})
    settings.change_known(db, admin, {"idle_lock_minutes": "25", "office.name": "Qamqor Almaty",
                                      "office.address_ru": "ул. Абая 1, Алматы"})
    assert settings.read(db, settings.IDLE_LOCK_MINUTES) == 25
    office = directory.office(db, admin)
    assert office.name == "Qamqor Almaty" and office.address_ru == "ул. Абая 1, Алматы"
    assert settings.known_values(db)["office.address_ru"] == "ул. Абая 1, Алматы"


def _wrong_login_seconds(db, username: str, tries: int = 5) -> float:
    spent = []
    for _ in range(tries):
        started = time.perf_counter()
        with pytest.raises(accounts.LoginRefused) as refused:
            accounts.log_in(db, username, "not the password")
        spent.append(time.perf_counter() - started)
        assert str(refused.value) == "The user name or the password is not right."
    return statistics.median(spent)


def test_a_wrong_password_takes_as_long_for_an_unknown_name(db, actor) -> None:
    with pytest.raises(accounts.LoginRefused):
        accounts.log_in(db, "warm-up", "not the password")  # the stand-in hash is made once, here
    known = _wrong_login_seconds(db, "aigerim", tries=4)
    unknown = _wrong_login_seconds(db, "nobody", tries=4)
    assert 0.5 < unknown / known < 2, (known, unknown)


def test_the_lockout_counts_unknown_names_too(db, actor) -> None:
    for name in ("aigerim", "nobody"):
        for _ in range(accounts.FREE_ATTEMPTS):
            with pytest.raises(accounts.LoginRefused, match="not right"):
                accounts.log_in(db, name, "wrong guess")
        with pytest.raises(accounts.LoginRefused, match="Try again in 1 minute") as refused:
            accounts.log_in(db, name.upper(), "wrong guess")
        assert refused.value.locked_minutes == 1
    with db.reading() as session:
        stored = session.execute(select(Setting.key, Setting.value).where(
            Setting.key.startswith(accounts.FAILURE_PREFIX))).all()
    assert "nobody" not in repr(stored) and len(stored) == 1


@pytest.fixture
def quick_hashes(monkeypatch):
    """Argon2 at its cheapest, so that thousands of sign-ins fit in a test (the hashing is not what is timed)."""
    monkeypatch.setattr(accounts, "_hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    accounts._stand_in_hash.cache_clear()
    yield
    accounts._stand_in_hash.cache_clear()


def _wrong(office, name: str, now: dt.datetime) -> float:
    started = time.perf_counter()
    with pytest.raises(accounts.LoginRefused):
        accounts.log_in(office, name, "a wrong guess", now=now)
    return time.perf_counter() - started


def test_thousands_of_unknown_names_neither_slow_their_answer_nor_push_out_a_lock(db, quick_hashes):
    """Issue 25, item 8 (the office signs in with this very service at /enrol; SQLite keeps 5,200 sign-ins
    quick)."""
    office = db
    known = [f"dina{n}.{secrets.token_hex(2)}" for n in range(6)]  # each wrong 4 times: never locked
    for name in known:
        accounts.create_account(db, Actor.system(), {"username": name, "full_name": "Dina", "role": "caseworker",
                                                     "password": "correct horse battery"})
    now = utcnow()  # one moment for all: the lock is not let to run out while the names are tried
    victim = f"victim.{secrets.token_hex(3)}"  # not an account: locked by its name alone
    for _ in range(accounts.FREE_ATTEMPTS):
        _wrong(office, victim, now)
    started = time.perf_counter()
    for n in range(5200):
        _wrong(office, f"unknown.{n}.{secrets.token_hex(3)}", now)
    filled = time.perf_counter() - started
    with pytest.raises(accounts.LoginRefused) as still:
        accounts.log_in(office, victim, "a wrong guess", now=now)
    assert still.value.locked_minutes is not None  # 5,200 other names did not push the lock out
    unknown, known_times = [], []
    for n in range(24):
        unknown.append(_wrong(office, f"new.{n}.{secrets.token_hex(3)}", now))
        known_times.append(_wrong(office, known[n % len(known)], now))
    gap_ms = (statistics.median(unknown) - statistics.median(known_times)) * 1000
    print(f"5,200 unknown names in {filled:.1f} s; then an unknown name answers {gap_ms:+.1f} ms from a known one")
    assert abs(gap_ms) < 8, gap_ms
