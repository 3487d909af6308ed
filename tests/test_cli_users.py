"""`qamqor users …` and `qamqor settings …` through the real command line."""
from __future__ import annotations

import os
import subprocess
import sys

from models.services import accounts

ADMIN = "first admin pass"


def qamqor(db_path, *args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("QAMQOR_")}
    return subprocess.run([sys.executable, "-m", "models.cli", "--db", str(db_path), *args], capture_output=True,
                          text=True, stdin=subprocess.DEVNULL, env=clean | env)


def test_first_administrator_then_accounts_managed_by_a_signed_in_administrator(db_path) -> None:
    done = qamqor(db_path, "users", "add", "boss", "--role", "supervisor+admin", "--full-name", "Dana Boss",
                  QAMQOR_PASSWORD=ADMIN)
    assert done.returncode == 0, done.stderr
    done = qamqor(db_path, "users", "add", "ali", "--role", "caseworker", QAMQOR_PASSWORD="casework pass")
    assert done.returncode == 2 and "--as NAME" in done.stderr  # no second "first" administrator
    done = qamqor(db_path, "users", "add", "ali", "--role", "caseworker", "--as", "boss",
                  QAMQOR_PASSWORD="casework pass", QAMQOR_ADMIN_PASSWORD=ADMIN)
    assert done.returncode == 0, done.stderr
    listed = qamqor(db_path, "users", "list", "--as", "boss", QAMQOR_ADMIN_PASSWORD=ADMIN)
    assert "boss                 supervisor+admin  active       Dana Boss" in listed.stdout
    refused = qamqor(db_path, "users", "deactivate", "boss", "--as", "ali", QAMQOR_ADMIN_PASSWORD="casework pass")
    assert refused.returncode == 2 and "Only an administrator may deactivate" in refused.stderr
    wrong = qamqor(db_path, "users", "list", "--as", "boss", QAMQOR_ADMIN_PASSWORD="not it at all")
    assert wrong.returncode == 2 and "not right" in wrong.stderr
    for command in ("unlock", "deactivate", "reactivate"):
        assert qamqor(db_path, "users", command, "ali", "--as", "boss", QAMQOR_ADMIN_PASSWORD=ADMIN).returncode == 0
    done = qamqor(db_path, "users", "reset", "ali", "--as", "boss", QAMQOR_ADMIN_PASSWORD=ADMIN,
                  QAMQOR_PASSWORD="a brand new pass")
    assert done.returncode == 0, done.stderr
    done = qamqor(db_path, "users", "role", "ali", "--role", "supervisor", "--as", "boss", QAMQOR_ADMIN_PASSWORD=ADMIN)
    assert "ali is now supervisor." in done.stdout
    from models.db import Database

    database = Database(db_path)
    try:
        assert accounts.log_in(database, "ali", "a brand new pass").roles == {"supervisor"}
    finally:
        database.close()


def test_a_password_is_never_an_argument_and_without_a_terminal_it_is_a_clear_error(db_path) -> None:
    done = qamqor(db_path, "users", "add", "boss", "--role", "admin")
    assert done.returncode == 2
    assert done.stderr.strip() == "qamqor: set QAMQOR_PASSWORD, or run this command in a terminal to type the password."
    done = qamqor(db_path, "users", "add", "boss", "--role", "admin", "--password", "x")
    assert done.returncode == 2 and "unrecognized arguments: --password" in done.stderr


def test_settings_get_and_set_are_checked(db_path) -> None:
    qamqor(db_path, "users", "add", "boss", "--role", "admin", QAMQOR_PASSWORD=ADMIN)
    assert qamqor(db_path, "settings", "get", "idle_lock_minutes").stdout == "10\n"
    unknown = qamqor(db_path, "settings", "set", "idle", "5", "--as", "boss", QAMQOR_ADMIN_PASSWORD=ADMIN)
    assert unknown.returncode == 2 and "There is no setting 'idle'" in unknown.stderr
    bad = qamqor(db_path, "settings", "set", "idle_lock_minutes", "0", "--as", "boss", QAMQOR_ADMIN_PASSWORD=ADMIN)
    assert bad.returncode == 2 and "idle_lock_minutes: must be from 1 to 240" in bad.stderr
    done = qamqor(db_path, "settings", "set", "office.name_kk", "Қамқор", "--as", "boss", QAMQOR_ADMIN_PASSWORD=ADMIN)
    assert done.returncode == 2 and "office.name: is needed: set the office's name first" in done.stderr
    for key, value in (("office.name", "Qamqor Almaty"), ("office.name_kk", "Қамқор Алматы"),
                       ("idle_lock_minutes", "15")):
        done = qamqor(db_path, "settings", "set", key, value, "--as", "boss", QAMQOR_ADMIN_PASSWORD=ADMIN)
        assert done.returncode == 0, done.stderr
    everything = qamqor(db_path, "settings", "get").stdout
    assert "idle_lock_minutes = 15\n" in everything and "office.name_kk = Қамқор Алматы\n" in everything
