"""The `qamqor` command line. Headless: nothing here imports Qt.

`qamqor` with no command opens the desktop application (imported lazily, so the
headless commands work on a machine without a display). Each command family
lives in its own module and adds its sub-parsers through `add_commands`.
"""
from __future__ import annotations

import argparse
import os
import sys

from models import __version__, db
from models.cli import alerts, audit, database, importing, letters, rules, server, sync, users
from models.services.errors import ServiceError
from models.text import printable

COMMAND_MODULES = (database, rules, audit, letters, alerts, users, importing, server, sync)


class UsageError(Exception):
    """Bad input from the command line: printed on one line, exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="qamqor", description="Qamqor case management")
    parser.add_argument("--db", metavar="PATH", help="database file (default: QAMQOR_DB or the user data folder)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.add_commands(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    previous = os.umask(0o077)  # every file this command writes is 0600 (db.private_files); restored for callers
    try:
        return _run(argv)
    finally:
        os.umask(previous)


def _run(argv: list[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from desktop.app import run_application  # only the GUI needs Qt

        return run_application(db_path=args.db)
    try:
        return int(args.handler(args) or 0)
    except (UsageError, db.DatabaseError, ServiceError) as error:  # a wrong passphrase, a damaged file: in words
        print(f"qamqor: {printable(error)}", file=sys.stderr)
        return 2
    except Exception as error:
        if (trouble := db.environment_error(error)) is None:  # a bug: its traceback
            raise
        print(f"qamqor: {trouble}", file=sys.stderr)  # disk full, locked by another program
        return 2


if __name__ == "__main__":
    sys.exit(main())
