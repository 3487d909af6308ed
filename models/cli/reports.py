"""`qamqor report`: reports for donors, IOM and the state, headless.

    qamqor report htcds --from YYYY-MM-DD --to YYYY-MM-DD [--k N] [--csv FILE | --xlsx FILE]

`htcds`: the anonymous trafficking data of the period (models.reports.htcds), one row per victim in the
field names of IOM's Human Trafficking Case Data Standard, k-anonymised (k: `--k`, else the office's
setting `htcds.k`, 11 unless changed). Without a file, the rows go to standard output as CSV; the line
saying how many rows and cells were suppressed goes to standard error. Like the other headless commands it
acts as the maintenance actor (whoever holds the database file and its passphrase); the export is audited
with its period. Bad input is one line naming the option, exit status 2.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

from models.cli.usage import UsageError


def add_commands(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("report", help="reports: anonymous trafficking data (htcds)")
    reports = parser.add_subparsers(dest="report", metavar="REPORT", required=True)
    htcds = reports.add_parser(
        "htcds", help="anonymous trafficking data, one row per victim (HTCDS field names), k-anonymised",
        description="One row per presumed or identified victim of the period, without names, documents, IINs, "
                    "addresses, dates of birth or free text; rare combinations generalised or suppressed.")
    htcds.add_argument("--from", dest="start", metavar="DATE", required=True, help="first day, YYYY-MM-DD")
    htcds.add_argument("--to", dest="end", metavar="DATE", required=True, help="last day, YYYY-MM-DD")
    htcds.add_argument("--k", metavar="N", help="publish no combination shared by fewer than N victims "
                                                "(default: the office's setting htcds.k)")
    files = htcds.add_mutually_exclusive_group()
    files.add_argument("--csv", metavar="FILE", help="write CSV (and FILE's .about.csv beside it)")
    files.add_argument("--xlsx", metavar="FILE", help="write an Excel workbook (with an 'about' sheet)")
    htcds.set_defaults(handler=run_htcds)


def _day(option: str, text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{option}: '{text}' is not a date (write it as YYYY-MM-DD, e.g. 2026-03-31)") from None


def _k(text: str | None) -> int | None:
    if text is None:
        return None
    try:
        k = int(text)
    except ValueError:
        raise UsageError(f"--k: '{text}' is not a whole number") from None
    if not 2 <= k <= 100:
        raise UsageError(f"--k: must be between 2 and 100, not {k}")
    return k


def run_htcds(args: argparse.Namespace) -> int:
    from models.cli.database import open_db
    from models.services import htcds
    from models.services.base import Actor

    start, end, k = _day("--from", args.start), _day("--to", args.end), _k(args.k)
    if end < start:
        raise UsageError(f"--to: {end} is before --from {start}")
    db = open_db(args)
    try:
        if args.csv or args.xlsx:
            export = htcds.export_htcds(db, Actor.system(), Path(args.csv or args.xlsx), start, end, k,
                                        fmt="csv" if args.csv else "xlsx")
            print(f"{export.path}: {export.statement}")
            return 0
        with tempfile.TemporaryDirectory() as folder:
            export = htcds.export_htcds(db, Actor.system(), Path(folder) / "htcds.csv", start, end, k, fmt="csv")
            sys.stdout.write(export.path.read_text(encoding="utf-8-sig"))
        print(export.statement, file=sys.stderr)
        return 0
    finally:
        db.close()
