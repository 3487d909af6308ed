"""The headless commands of `qamqor`. Nothing here imports Qt or `desktop`.

The `qamqor` program itself is `desktop.launcher`: with no command it opens the
desktop application, with one it calls `run` here. `python -m models.cli` runs
the commands only. Each command family lives in its own module and adds its
sub-parsers through `add_commands`.
"""
from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable

from models import __version__, db
from models.cli import (
    alerts,
    audit,
    database,
    duplicates,
    importing,
    letters,
    reports,
    rules,
    server,
    sync,
    users,
)
from models.cli.usage import UsageError
from models.services.errors import ServiceError
from models.text import printable

COMMAND_MODULES = (database, rules, audit, letters, alerts, duplicates, users, importing, server, sync, reports)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="qamqor", description="Qamqor case management")
    parser.add_argument("--db", metavar="PATH", help="database file (default: QAMQOR_DB or the user data folder)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.add_commands(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    """`python -m models.cli`: the headless commands; without one, the usage and exit status 2."""
    return run(argv)


def run(argv: list[str] | None = None, desktop: Callable[[str | None], int] | None = None) -> int:
    """Parse `argv` and run its command. With no command, `desktop(db_path)` opens the application
    (the launcher hands it in: the core never imports the GUI)."""
    previous = os.umask(0o077)  # every file this command writes is 0600 (db.private_files); restored for callers
    try:
        return _run(argv, desktop)
    finally:
        os.umask(previous)


def _run(argv: list[str] | None, desktop: Callable[[str | None], int] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        if desktop is None:
            parser.print_usage(sys.stderr)
            print("qamqor: a command is needed (the desktop application is the `qamqor` program)", file=sys.stderr)
            return 2
        return desktop(args.db)
    try:
        return int(args.handler(args) or 0)
    except (UsageError, db.DatabaseError, ServiceError) as error:  # a wrong passphrase, a damaged file: in words
        print(f"qamqor: {printable(error)}", file=sys.stderr)
        return 2
    except Exception as error:
        # A full disk, the file held by another program, a damaged file (naming the backup to restore).
        if (trouble := db.environment_error(error, database.database_path(args))) is None:  # a bug: its traceback
            raise
        print(f"qamqor: {printable(trouble)}", file=sys.stderr)
        return 2



if __name__ == "__main__":
    sys.exit(main())
