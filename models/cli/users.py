"""`qamqor users …` and `qamqor settings …`: accounts and office settings without the desktop.

Who acts: these commands do not act as the maintenance "system" actor. Every command that changes
something, and `users list`, signs in an administrator first: `--as NAME` (or QAMQOR_ADMIN), with
that administrator's password from QAMQOR_ADMIN_PASSWORD or typed at the terminal. The sign-in is
`accounts.log_in` (audited, counted by the lockout) and every action then runs as that person, so the
services' role checks apply exactly as to a click. The one exception is the first start: while the
database has no administrator, `users add NAME --role admin` (or supervisor+admin) creates the first
one, as the desktop's set-up does. `settings get` needs no sign-in: it shows nothing about anyone.

A new password (add, reset) comes from QAMQOR_PASSWORD or is typed twice at the terminal; never an
argument (it would stay in the shell's history and in the process list). Without a terminal and
without the variable the command stops with a message, exit status 2.

Roles are spelled caseworker, supervisor, admin, and supervisor+admin or caseworker+admin for a
caseworker or supervisor who also administers.
"""
from __future__ import annotations

import argparse
import getpass
import os
import sys

from models.cli.database import open_db
from models.cli.usage import ADMIN_NAME, ADMIN_PASSWORD, folder_of
from models.db import Database

ROLES = ("caseworker", "supervisor", "admin", "supervisor+admin", "caseworker+admin")
NEW_PASSWORD = "QAMQOR_PASSWORD"


class Refused(Exception):
    """Printed on one line, exit status 2."""


def add_commands(commands: argparse._SubParsersAction) -> None:
    acting = argparse.ArgumentParser(add_help=False)
    acting.add_argument("--as", dest="acting", metavar="ADMIN",
                        help=f"the administrator who does it (default: {ADMIN_NAME}); their password from "
                             f"{ADMIN_PASSWORD} or typed")
    # The office server's accounts (issue 14): its PostgreSQL database, its folder from QAMQOR_SERVER_FOLDER.
    acting.add_argument("--office", metavar="URL", help="the office server's database (postgresql://…) rather "
                                                        "than this computer's file")
    parser = commands.add_parser("users", help="user accounts (an administrator signs in with --as)")
    sub = parser.add_subparsers(dest="users_command", required=True, metavar="COMMAND")
    sub.add_parser("list", parents=[acting], help="every account, its roles and state").set_defaults(
        handler=run_list)
    add = sub.add_parser("add", parents=[acting], help=f"create an account (its password from {NEW_PASSWORD} "
                                                       "or typed twice)")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--full-name", metavar="TEXT", help="the name people see (default: NAME)")
    add.set_defaults(handler=run_add)
    role = sub.add_parser("role", parents=[acting], help="change what a user may do")
    role.add_argument("name", metavar="NAME")
    role.add_argument("--role", required=True, choices=ROLES)
    role.set_defaults(handler=run_role)
    for command, text in (("reset", f"give a user a new password ({NEW_PASSWORD} or typed twice) and unlock"),
                          ("unlock", "let a locked-out user try again now"),
                          ("deactivate", "stop an account from logging in (nothing is deleted)"),
                          ("reactivate", "let a deactivated account log in again")):
        one = sub.add_parser(command, parents=[acting], help=text)
        one.add_argument("name", metavar="NAME")
        one.set_defaults(handler=run_one)

    settings = commands.add_parser("settings", help="the office's settings")
    sub = settings.add_subparsers(dest="settings_command", required=True, metavar="COMMAND")
    get = sub.add_parser("get", help="show one setting, or all of them")
    get.add_argument("key", nargs="?", metavar="KEY")
    get.set_defaults(handler=run_get)
    put = sub.add_parser("set", parents=[acting], help="change a setting (checked; an administrator signs in)")
    put.add_argument("key", metavar="KEY")
    put.add_argument("value", metavar="VALUE")
    put.set_defaults(handler=run_set)


def roles_data(spelled: str) -> dict:
    role, _, also = spelled.partition("+")
    return {"role": role, "also_admin": also == "admin"}


def spelled(role: str, also_admin: bool) -> str:
    return f"{role}+admin" if also_admin else role


def _clean(text: str) -> str:
    """No terminal control characters from stored text reach the terminal."""
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text)


def _secret(variable: str, prompt: str, *, twice: bool) -> str:
    if value := os.environ.get(variable):
        return value
    if not sys.stdin.isatty():
        raise Refused(f"set {variable}, or run this command in a terminal to type the password.")
    typed = getpass.getpass(prompt)
    if twice and getpass.getpass("The same password again: ") != typed:
        raise Refused("the two passwords are not the same.")
    return typed


def _sign_in(db: Database, args: argparse.Namespace):
    from models.services import accounts

    name = args.acting or os.environ.get(ADMIN_NAME)
    if not name:
        raise Refused(f"say which administrator does it: --as NAME (or set {ADMIN_NAME}).")
    password = _secret(ADMIN_PASSWORD, f"Password for {name}: ", twice=False)
    return accounts.log_in(db, name, password)


def _office(url: str) -> Database:
    from models.server.database import open_office

    return open_office(url, folder=folder_of(argparse.Namespace(folder=None)), upgrade=False)


def _run(args: argparse.Namespace, work) -> int:
    from models.services.errors import ServiceError, ValidationFailed

    db = _office(args.office) if getattr(args, "office", None) else open_db(args)
    try:
        message = work(db)
    except ValidationFailed as error:
        print("qamqor: " + "; ".join(_clean(str(e)) for e in error.errors), file=sys.stderr)
        return 2
    except (ServiceError, Refused) as error:
        print(f"qamqor: {_clean(str(error))}", file=sys.stderr)
        return 2
    finally:
        db.close()
    if message:
        print(message)
    return 0


def run_list(args: argparse.Namespace) -> int:
    from models.services import users

    def work(db: Database) -> str:
        rows = users.accounts(db, _sign_in(db, args))
        lines = [f"{'USER':<20} {'ROLE':<17} {'STATE':<12} FULL NAME"]
        for a in rows:
            state = "deactivated" if not a.active else "locked" if a.locked() else \
                "no password" if not a.has_password else "active"
            lines.append(f"{a.username:<20} {spelled(a.role, a.also_admin):<17} {state:<12} {_clean(a.full_name)}")
        return "\n".join(lines)
    return _run(args, work)


def run_add(args: argparse.Namespace) -> int:
    from models.services import accounts

    def work(db: Database) -> str:
        data = {"username": args.name, "full_name": args.full_name or args.name} | roles_data(args.role)
        first = accounts.needs_setup(db)
        actor = None if first else _sign_in(db, args)
        data["password"] = _secret(NEW_PASSWORD, f"Password for {args.name}: ", twice=True)
        if actor is None:
            accounts.set_up(db, data)
            return f"Created {args.name} ({args.role}), the first administrator."
        accounts.create_account(db, actor, data)
        return f"Created {args.name} ({args.role}). Ask them to change the password after their first sign-in."
    return _run(args, work)


def run_role(args: argparse.Namespace) -> int:
    from models.services import users

    def work(db: Database) -> str:
        done = users.set_roles(db, _sign_in(db, args), args.name, roles_data(args.role)).value
        return f"{done.username} is now {spelled(done.role, done.also_admin)}."
    return _run(args, work)


def run_one(args: argparse.Namespace) -> int:
    from models.services import accounts, users

    def work(db: Database) -> str:
        actor = _sign_in(db, args)
        if args.users_command == "reset":
            accounts.reset_password(db, actor, args.name, _secret(NEW_PASSWORD, f"New password for {args.name}: ",
                                                                  twice=True))
            return f"{args.name} has a new password (and is unlocked)."
        done = {"unlock": users.unlock, "deactivate": users.deactivate,
                "reactivate": users.reactivate}[args.users_command](db, actor, args.name).value
        return f"{done.username}: {args.users_command}d." if args.users_command != "unlock" else \
            f"{done.username} is unlocked."
    return _run(args, work)


def run_get(args: argparse.Namespace) -> int:
    from models.services import settings

    def work(db: Database) -> str:
        known = settings.known_values(db)
        if args.key is not None:
            if args.key not in known:
                raise Refused(f"there is no setting '{args.key}'. The settings are: {', '.join(known)}.")
            return "" if known[args.key] is None else _clean(str(known[args.key]))
        return "\n".join(f"{key} = {'' if v is None else _clean(str(v))}" for key, v in known.items())
    return _run(args, work)


def run_set(args: argparse.Namespace) -> int:
    from models.services import settings

    def work(db: Database) -> str:
        settings.checked(args.key, args.value)  # an unknown key or a bad value before asking for a password
        settings.change_known(db, _sign_in(db, args), {args.key: args.value})
        return f"{args.key} = {_clean(str(settings.known_values(db)[args.key]))}"
    return _run(args, work)
