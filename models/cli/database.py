"""Database commands: `demo`, `backup`, `restore`."""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from models import db as database


def database_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else database.default_path()


def add_commands(commands: argparse._SubParsersAction) -> None:
    demo = commands.add_parser("demo", help="fill the database with synthetic demo cases")
    demo.add_argument("--persons", type=int, default=1000, metavar="N", help="how many persons (default 1000)")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="random seed: same seed, same data")
    demo.set_defaults(handler=run_demo)

    backup = commands.add_parser("backup", help="copy the database safely while it is in use")
    backup.add_argument("file", metavar="FILE", help="where to write the copy (must not exist)")
    backup.set_defaults(handler=run_backup)

    restore = commands.add_parser("restore", help="replace the database with a checked backup")
    restore.add_argument("file", metavar="FILE", help="the backup to restore")
    restore.set_defaults(handler=run_restore)


def _fail(error: Exception) -> int:
    print(f"qamqor: {error}", file=sys.stderr)
    return 2


def run_demo(args: argparse.Namespace) -> int:
    from models.demo import fill_demo

    if args.persons < 1:
        return _fail(ValueError("--persons must be at least 1"))
    db = database.open_database(database_path(args))
    started = time.perf_counter()
    try:
        summary = fill_demo(db.engine, persons=args.persons, seed=args.seed)
    finally:
        db.close()
    print(f"{summary} in {time.perf_counter() - started:.1f} s -> {db.path}")
    return 0


def run_backup(args: argparse.Namespace) -> int:
    source = database_path(args)
    started = time.perf_counter()
    try:
        written = database.backup(source, args.file)
    except database.DatabaseError as error:
        return _fail(error)
    size = written.stat().st_size / 1e6
    print(f"Backed up {source} to {written} ({size:.1f} MB, {time.perf_counter() - started:.1f} s)")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    target = database_path(args)
    try:
        kept = database.restore(args.file, target)
    except database.DatabaseError as error:
        return _fail(error)
    print(f"Restored {target} from {args.file}" + (f"; the replaced data is kept in {kept}" if kept else ""))
    return 0
