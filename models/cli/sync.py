"""`qamqor sync`: push this laptop's changes to its office and pull the office's.

    qamqor --db laptop.db sync [--json]

`--json` prints one object: pushed, pulled, conflicts, removed (counts), audit_ok, finished_at.
Without it, one line of words and progress on standard error. The office unreachable, a revoked
laptop or one not enrolled: a sentence, exit status 2 (the work stays on the laptop).
(`qamqor sync enrol URL --fingerprint F --user NAME` ties the laptop to an office: models.sync.enrolment.)
"""
from __future__ import annotations

import argparse
import json
import sys


def add_commands(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("sync", help="exchange changes with the office server",
                                 description="Push this laptop's changes to the office, then pull the office's.")
    parser.add_argument("--json", action="store_true", help="print the counts as one JSON object")
    parser.set_defaults(handler=run_sync)


def run_sync(args: argparse.Namespace) -> int:
    from models.cli.database import open_db
    from models.sync import SyncError, laptop

    database = open_db(args)
    shown = not args.json and sys.stderr.isatty()

    def progress(stage: str, done: int, total: int) -> None:
        if shown:
            print(f"\r{stage}: {done}" + (f"/{total}" if total else ""), end="", file=sys.stderr, flush=True)

    try:
        result = laptop.sync(database, progress=progress)
    except SyncError as error:
        if args.json:
            print(json.dumps({"error": error.code, "message": str(error)}, ensure_ascii=False))
        else:
            print(f"qamqor: {error}", file=sys.stderr)
        return 2
    finally:
        database.close()
    if shown:
        print(file=sys.stderr)
    counts = {"pushed": result.pushed, "pulled": result.pulled, "conflicts": result.conflicts,
              "removed": result.removed, "audit_ok": result.audit_ok,
              "finished_at": result.finished_at.isoformat()}
    if args.json:
        print(json.dumps(counts))
    else:
        print(f"Sent {result.pushed} changes, received {result.pulled}; {result.conflicts} collided with the "
              f"office's (kept for you to choose); {result.removed} removed from this laptop.")
    return 0
