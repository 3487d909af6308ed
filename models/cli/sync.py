"""`qamqor sync …`: the laptop's tie to its office (issue 14).

- `qamqor --db laptop.db sync enrol https://HOST:PORT --fingerprint SHA256:… --user NAME`: tie this
  database to the office for one user (password from QAMQOR_PASSWORD, or asked). The certificate is
  checked against the fingerprint before anything is sent.
- `qamqor --db laptop.db sync [--json]`: push this laptop's changes and pull the office's
  (`run_sync` below: the sync's own module fills it in).
"""
from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from typing import TypeVar

from models.cli.database import database_path, open_db

PASSWORD_VARIABLE = "QAMQOR_PASSWORD"
T = TypeVar("T")


def add_commands(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("sync", help="sync with the office (and `sync enrol` to connect to it)")
    parser.add_argument("--json", action="store_true", help="print one JSON object (pushed, pulled, ...)")
    parser.set_defaults(handler=run_sync)
    sub = parser.add_subparsers(dest="sync_command", metavar="COMMAND")
    enrol = sub.add_parser("enrol", help="connect this database to the office for one user")
    enrol.add_argument("url", metavar="URL", help="the office server, https://HOST:PORT")
    enrol.add_argument("--fingerprint", required=True, metavar="SHA256:HEX",
                       help="the certificate's fingerprint, as `qamqor server init` printed it")
    enrol.add_argument("--user", required=True, metavar="NAME", help="the user name at the office")
    enrol.add_argument("--device-name", metavar="TEXT", help="how the office lists this laptop (default: its "
                                                             "host name)")
    enrol.set_defaults(handler=run_enrol)


def _fail(error: BaseException) -> int:
    from models.text import printable

    print(f"qamqor: {printable(error)}", file=sys.stderr)
    return 2


def _password(user: str) -> str | None:
    if value := os.environ.get(PASSWORD_VARIABLE):
        return value
    if sys.stdin.isatty():
        return getpass.getpass(f"Password of {user} at the office: ")
    return None


def run_enrol(args: argparse.Namespace) -> int:
    from models.sync import SyncError
    from models.sync.enrolment import enrol

    password = _password(args.user)
    if password is None:
        return _fail(ValueError(f"set {PASSWORD_VARIABLE}, or run this command in a terminal to type the password"))
    database = open_db(args, create=True)
    try:
        enrolment = enrol(database, args.url, args.fingerprint, args.user, password, args.device_name)
    except SyncError as error:
        return _fail(error)
    finally:
        database.close()
    print(f"enrolled: {enrolment.device_name} with {enrolment.office_name} at {enrolment.office_url} "
          f"for {enrolment.user_name} (device {enrolment.device_id})")
    return 0


# --- `qamqor sync [--json]` (models.sync.laptop) --------------------------------------------------

RETRY_DELAYS = (3.0, 10.0)  # seconds before the second and the third try when the office did not answer


def _with_retries(attempt: Callable[[], T]) -> T:
    """A sync again after a transient failure (no answer in time, connection dropped, office busy): a sync
    is resumable and idempotent, so trying again loses and duplicates nothing."""
    import time

    from models.sync import OfficeUnreachable

    for delay in RETRY_DELAYS:
        try:
            return attempt()
        except OfficeUnreachable:
            time.sleep(delay)
    return attempt()


def run_sync(args: argparse.Namespace) -> int:
    """Push and pull; prints counts in words (progress on standard error), or one JSON object:
    pushed, pulled, conflicts, removed, audit_ok, finished_at. Trouble: a sentence, exit status 2; with
    --json also one JSON object {"error": code, "message": sentence} on standard output, whatever the
    trouble (the office, a full disk, the database held or damaged)."""
    import json

    from models import db
    from models.sync import SyncError, laptop

    shown = not args.json and sys.stderr.isatty()

    def progress(stage: str, done: int, total: int) -> None:
        if shown:
            print(f"\r{stage}: {done}" + (f"/{total}" if total else ""), end="", file=sys.stderr, flush=True)

    try:
        database = open_db(args)
        try:
            result = _with_retries(lambda: laptop.sync(database, progress=progress))
        finally:
            database.close()
    except Exception as error:
        trouble = error if isinstance(error, SyncError) else db.environment_error(error, database_path(args))
        if trouble is None:  # a bug: its traceback
            raise
        if args.json:
            print(json.dumps({"error": _code(trouble), "message": str(trouble)}, ensure_ascii=False))
        return _fail(trouble)
    if shown:
        print(file=sys.stderr)
    counts = {"pushed": result.pushed, "pulled": result.pulled, "conflicts": result.conflicts,
              "removed": result.removed, "audit_ok": result.audit_ok, "finished_at": result.finished_at.isoformat()}
    if args.json:
        print(json.dumps(counts))
    else:
        print(f"Sent {result.pushed} changes, received {result.pulled}; {result.conflicts} collided with the "
              f"office's (both values kept for you to choose); {result.removed} removed from this laptop.")
    return 0


def _code(trouble: Exception) -> str:
    """The stable code of a failure, for scripts (a SyncError's own; the database's trouble by its kind)."""
    from models import db

    if isinstance(trouble, db.DiskFull):
        return "disk_full"
    if isinstance(trouble, db.DatabaseBusy):
        return "database_busy"
    if isinstance(trouble, db.DatabaseDamaged):
        return "database_damaged"
    return str(getattr(trouble, "code", "database"))
