"""`qamqor report`: reports to hand in, headless (issue 30).

    qamqor report statistics --from 2026-01-01 --to 2026-03-31 [--json [--cases] | --xlsx FILE | --pdf FILE]
                             [--language ru|kk|en] [--office URL]
    qamqor report htcds --from YYYY-MM-DD --to YYYY-MM-DD [--k N] [--csv FILE | --xlsx FILE]

`statistics` counts the cases of this database as the maintenance actor (supervisor and administrator), as
the other headless commands do: whoever can open the database file, with its passphrase, can read every case
anyway. With `--office URL` the office counts them, over the whole office, as this laptop's enrolled user may
(a caseworker her own cases; an administrator is refused): the laptop must be enrolled with that office.
`--xlsx` and `--pdf` write a workbook or a PDF to hand in (in `--language`, default Russian); without them
the tables are printed (`--json`: one JSON object, codes as stored; `--cases` adds the cases behind each
number). Every run is audited with its period; a file written is audited as an export.

`htcds`: the anonymous trafficking data of the period (models.reports.htcds), one row per victim in the
field names of IOM's Human Trafficking Case Data Standard, k-anonymised (k: `--k`, else the office's
setting `htcds.k`, 11 unless changed). Without a file, the rows go to standard output as CSV; the line
saying how many rows and cells were suppressed goes to standard error. The export is audited with its period.

Bad input is one line naming the option, exit status 2.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from pathlib import Path

from models.cli.usage import UsageError


def add_commands(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("report", help="reports to hand in: statistics for a period, anonymous "
                                                 "trafficking data (htcds)")
    sub = parser.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    stats = sub.add_parser("statistics", help="persons, cases, trafficking, referrals, deadlines and quota "
                                              "for a period",
                           description="Statistics for a period: what was new, open at its end and closed in it.")
    stats.add_argument("--from", dest="first", required=True, metavar="DATE", help="the period's first day, "
                                                                                     "YYYY-MM-DD")
    stats.add_argument("--to", dest="last", required=True, metavar="DATE", help="the period's last day, YYYY-MM-DD")
    out = stats.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print one JSON object (codes as stored)")
    out.add_argument("--xlsx", metavar="FILE", help="write an .xlsx workbook, one sheet per table")
    out.add_argument("--pdf", metavar="FILE", help="write a PDF with the office's letterhead")
    stats.add_argument("--cases", action="store_true", help="with --json: the cases behind each number")
    stats.add_argument("--language", choices=("ru", "kk", "en"), help="of the file or the printed tables "
                                                                      "(default: ru for files, en printed)")
    stats.add_argument("--office", metavar="URL", help="count at the office this laptop is enrolled with")
    stats.set_defaults(handler=run_statistics)
    htcds = sub.add_parser(
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


def _date(option: str, text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{option}: '{text}' is not a date (write it as YYYY-MM-DD, e.g. 2026-03-31)") from None


def run_statistics(args: argparse.Namespace) -> int:
    from models.cli.database import open_db
    from models.reports.statistics import period_of
    from models.services.base import Actor

    first, last = _date("--from", args.first), _date("--to", args.last)
    period_of(first, last)  # a clear error before any database is opened
    if args.cases and not args.json:
        raise UsageError("--cases: only with --json")
    for option, target, suffix in (("--xlsx", args.xlsx, ".xlsx"), ("--pdf", args.pdf, ".pdf")):
        if target is not None and not target.lower().endswith(suffix):
            raise UsageError(f"{option}: the file's name must end in {suffix} ('{target}')")
    db = open_db(args)
    try:
        actor = Actor.system()
        if args.office:
            report, actor = _at_office(db, args.office, first, last)
        else:
            from models.reports.statistics import statistics

            report = statistics(db, actor, first, last, via="command line")
        if args.xlsx or args.pdf:
            from models.reports.statistics_files import write_report

            path = write_report(db, actor, report, args.xlsx or args.pdf, args.language or "ru")
            print(f"Wrote {path}", file=sys.stderr)
            return 0
    finally:
        db.close()
    if args.json:
        _print(json.dumps(report.as_json(with_cases=args.cases), ensure_ascii=False, indent=1) + "\n")
    else:
        _print(_text(report, args.language or "en"))
    return 0


def _at_office(db, url: str, first: dt.date, last: dt.date):
    """The office's report for the period, and the enrolled user (who writes the file's audit entry here)."""
    from models.entities import User
    from models.reports.statistics import Statistics
    from models.services.base import Actor
    from models.sync import SyncError
    from models.sync.client import base_url
    from models.sync.enrolment import required_enrolment

    try:
        enrolment = required_enrolment(db)
        if base_url(url) != base_url(enrolment.office_url):
            raise UsageError(f"--office: this database is enrolled with {base_url(enrolment.office_url)}, "
                             f"not {base_url(url)}")
        with enrolment.client() as client:
            answer = client.get("/reports/statistics", {"first": first.isoformat(), "last": last.isoformat()})
    except SyncError as error:
        raise UsageError(str(error)) from None
    with db.reading() as session:
        user = session.get(User, enrolment.user_id)
        actor = Actor.of(user) if user is not None else Actor.system()
    return Statistics.from_json(answer), actor


def _text(report, lang: str) -> str:
    from models.reports.statistics_words import Words, rows_in_words
    from models.text import printable

    words = Words(lang)
    scope = words.text["scope_office"] if report.whole_office else words.text["scope_own"].format(name="")
    lines = [f"{words.text['title']} {words.period(report)} ({scope.rstrip(': ')})", ""]
    for table in report.tables:
        unit = words.text["unit"].get(table.unit)
        lines.append(f"{words.title(table)} ({unit})" if unit else words.title(table))
        grid = [words.headers(table)] + [[printable("–" if v is None else str(v)) for v in row]
                                         for row in rows_in_words(table, words)]
        if len(grid) == 1:
            lines += ["  " + words.text["none"], ""]
            continue
        widths = [min(max(len(row[i]) for row in grid), 40) for i in range(len(grid[0]))]
        keys = len(table.keys)
        for row in grid:
            lines.append("  " + "  ".join(cell[:40].ljust(w) if i < keys else cell.rjust(w)
                                          for i, (cell, w) in enumerate(zip(row, widths))).rstrip())
        if table.note:
            lines.append("  " + words.note(table.note, name=""))
        lines.append("")
    return "\n".join(lines)


def _print(text: str) -> None:
    try:
        sys.stdout.write(text)
    except UnicodeEncodeError:  # a terminal that cannot show Cyrillic
        sys.stdout.write(text.encode("ascii", "replace").decode("ascii"))


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

    start, end, k = _date("--from", args.start), _date("--to", args.end), _k(args.k)
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
