"""`qamqor duplicates [--json] [--limit N]`: the likely duplicates across the office, strongest reason first.

Read-only (merging is a supervisor's decision in the window: Persons › Likely duplicates…). Like every
command, it acts for whoever holds the database file; the listing is audited as an export.
"""
from __future__ import annotations

import argparse
import json
import sys

from models.cli.usage import UsageError

REASON_WORDS = {"same_iin": "the same IIN", "same_document": "the same document number",
                "same_name_and_birth_date": "the same name and birth date",
                "same_name_and_birth_year": "the same name and birth year"}


def add_commands(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("duplicates", help="list the likely duplicate persons across the office",
                                 description="List pairs of persons who may be one person: the same IIN, the same "
                                             "document number, or the same name in any script with the same birth "
                                             "date or year. Pairs a supervisor marked as two people are left out.")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--limit", metavar="N", default="1000", help="at most N pairs (default 1000)")
    parser.set_defaults(handler=run_duplicates)


def run_duplicates(args: argparse.Namespace) -> int:
    from models.cli.database import open_db
    from models.services import duplicates, trail
    from models.services.base import Actor, writing

    if not args.limit.isdigit() or not 0 < int(args.limit) <= 100_000:
        raise UsageError(f"--limit: '{args.limit}' is not a number from 1 to 100000")
    db = open_db(args)
    try:
        actor = Actor.system()
        pairs = duplicates.likely_pairs(db, actor, int(args.limit))
        with writing(db, actor) as session:
            trail.record(session, actor.user_id, "export", "persons", None, what="likely duplicates",
                         via="command line", pairs=len(pairs))
    finally:
        db.close()
    if args.json:
        json.dump([{"reason": p.reason, "differing": p.differing,
                    "persons": [_side(p.first), _side(p.second)]} for p in pairs], sys.stdout, ensure_ascii=False,
                  indent=1)
        print()
        return 0
    for p in pairs:
        print(f"{p.first.name} ({_born(p.first)}) ~ {p.second.name} ({_born(p.second)}): {REASON_WORDS[p.reason]}")
    print(f"{len(pairs):,} likely pair(s).")
    return 0


def _side(side) -> dict:
    return {"id": side.id.hex, "name": side.name, "birth_date": _iso(side.values["birth_date"]),
            "birth_year": side.values["birth_year"], "citizenship": side.values["citizenship"],
            "iin": side.values["iin"], "documents": list(side.documents), "cases": side.cases}


def _iso(day) -> str | None:
    return day.isoformat() if day else None


def _born(side) -> str:
    return _iso(side.values["birth_date"]) or str(side.values["birth_year"] or "birth unknown")
