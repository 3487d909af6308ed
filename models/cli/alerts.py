"""`qamqor alerts`: the supervisor's alert list, headless.

    qamqor alerts [--as-of DATE] [--within DAYS] [--caseworker NAME] [--json] [--recompute]

Lists every open obligation (and referral follow-up) of the open cases,
overdue or due within DAYS of DATE (default today in Asia/Almaty), soonest
first: the same list as the desktop's alert view. DAYS defaults to 7, the
"due soon" of RULES.md section 1: what needs doing this week, which is what a
script run every morning wants (the dashboard opens on 30 days, with counts
for 7 and 30; `--within 30` gives that list).
`--recompute` first recomputes every person's stored deadlines (progress on
standard error); run it after a rule version changes or from a nightly job.

The command acts as the maintenance actor (supervisor and administrator), as
the other headless commands do: whoever can open the database file, with its
passphrase, can read every case anyway. The listing is an export of names,
so it is written to the audit trail like any other export.
Bad input is one line naming the option, exit status 2.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
import uuid

from models.cli.usage import UsageError

DEFAULT_WITHIN = 7  # RULES.md section 1: due soon
MAX_WITHIN = 3660  # ten years: anything larger is a typing slip


def add_commands(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "alerts", help="list overdue and upcoming deadlines of every open case",
        description="List every open obligation of every open case that is overdue or due within DAYS of DATE, "
                    "soonest first.")
    parser.add_argument("--as-of", metavar="DATE", help="the day to judge from, YYYY-MM-DD (default: today)")
    parser.add_argument("--within", metavar="DAYS",
                        help=f"also list what falls due within DAYS days (default {DEFAULT_WITHIN})")
    parser.add_argument("--caseworker", metavar="NAME",
                        help="only this caseworker's cases (user name or full name; 'none': unassigned cases)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--recompute", action="store_true",
                        help="first recompute every person's deadlines (after a rule change; takes a while)")
    parser.set_defaults(handler=run_alerts)


def _as_of(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--as-of: '{text}' is not a date (write it as YYYY-MM-DD, e.g. 2027-03-01)") from None


def _within(text: str | None) -> int:
    if text is None:
        return DEFAULT_WITHIN
    try:
        days = int(text)
    except ValueError:
        raise UsageError(f"--within: '{text}' is not a whole number of days") from None
    if not 0 <= days <= MAX_WITHIN:
        raise UsageError(f"--within: must be between 0 and {MAX_WITHIN} days, not {days}")
    return days


def _caseworker(db, name: str | None) -> tuple[uuid.UUID | None, bool]:
    """(user id, unassigned only) for --caseworker NAME."""
    if name is None:
        return None, False
    if name.strip().casefold() == "none":
        return None, True
    from models.services import users
    from models.services.base import Actor

    wanted = name.strip().casefold()
    everyone = users.users(db, Actor.system())
    found = [u for u in everyone if u.username.casefold() == wanted] or \
        [u for u in everyone if u.full_name.casefold() == wanted] or \
        [u for u in everyone if wanted in u.full_name.casefold()]
    if not found:
        raise UsageError(f"--caseworker: no user called '{name}' (give a user name or a full name)")
    if len(found) > 1:
        names = ", ".join(u.username for u in found[:5])
        raise UsageError(f"--caseworker: '{name}' could be {names}: give the user name")
    return found[0].id, False


def run_alerts(args: argparse.Namespace) -> int:
    from models.cli.database import open_db
    from models.clock import today
    from models.services import alerts, audit
    from models.services.alerts import AlertFilter
    from models.services.base import Actor, writing

    as_of, within = _as_of(args.as_of), _within(args.within)
    db = open_db(args)
    try:
        caseworker_id, unassigned = _caseworker(db, args.caseworker)
        actor = Actor.system()
        if args.recompute:
            from models.services import deadlines

            started = time.perf_counter()
            count = deadlines.recompute_all(db, progress=_progress)
            print(f"Recomputed the deadlines of {count:,} persons in {time.perf_counter() - started:.1f} s.",
                  file=sys.stderr)
        as_of = as_of or today()
        where = AlertFilter(within=within, caseworker_id=caseworker_id, unassigned=unassigned)
        rows = alerts.alerts(db, actor, where, as_of)
        with writing(db, actor) as session:
            audit.record(session, actor.user_id, "export", "alerts", None, what="alert list", via="command line",
                         format="json" if args.json else "text", rows=len(rows), as_of=as_of, within=within,
                         caseworker=args.caseworker)
    finally:
        db.close()
    if args.json:
        _print_json(as_of, within, rows)
    else:
        _print_table(as_of, within, rows)
    return 0


def _progress(done: int, total: int) -> None:
    end = "\n" if done >= total else ""
    print(f"\rdeadlines: {done:,} of {total:,}", end=end, file=sys.stderr, flush=True)


def _counts(rows: list) -> dict[str, int]:
    from models.rules.dates import DUE_SOON_DAYS

    overdue = sum(1 for r in rows if r.days_left < 0)
    today = sum(1 for r in rows if r.days_left == 0)
    week = sum(1 for r in rows if 0 <= r.days_left <= DUE_SOON_DAYS)  # the key keeps its name: a format
    return {"overdue": overdue, "today": today, "within_7_days": week, "listed": len(rows)}


def _print_json(as_of: dt.date, within: int, rows: list) -> None:
    # One alert per line: readable, and quick (AlertRow.as_json writes a row without building a dict).
    def text(ascii_only: bool) -> str:
        head = json.dumps({"as_of": as_of.isoformat(), "within_days": within, "counts": _counts(rows)},
                          ensure_ascii=ascii_only)
        body = ",\n".join([row.as_json(ascii_only) for row in rows])
        return f'{head[:-1]}, "alerts": [\n{body}\n]}}\n' if rows else f'{head[:-1]}, "alerts": []}}\n'

    try:
        sys.stdout.write(text(False))
    except UnicodeEncodeError:  # a terminal that cannot show Cyrillic still gets valid JSON
        sys.stdout.write(text(True))


def _print_table(as_of: dt.date, within: int, rows: list) -> None:
    from models.rules.dates import DUE_SOON_DAYS
    from models.text import printable

    counts = _counts(rows)
    lines = [f"Alerts as of {as_of.isoformat()}: {counts['overdue']:,} overdue, {counts['today']:,} due today, "
             f"{counts['within_7_days']:,} within {DUE_SOON_DAYS} days; {len(rows):,} listed (overdue or due within {within} days).",
             ""]
    header = ("Due", "Days", "Deadline", "Person", "Category", "Caseworker", "Region")
    # Names come from people and imports: a terminal escape in one must be shown, not obeyed (issue 12).
    table = [header] + [tuple(printable(cell) for cell in (
        r.due.isoformat(), str(r.days_left), r.rule, r.name or "(office)", r.category or "",
        r.caseworker or "(not assigned)" if r.case_hex else "", r.region or "")) for r in rows]
    widths = [min(max(len(row[i]) for row in table), 40) for i in range(len(header))]
    for row in table:
        lines.append("  ".join(cell[:40].ljust(width) for cell, width in zip(row, widths)).rstrip())
    text = "\n".join(lines) + "\n"
    try:
        sys.stdout.write(text)
    except UnicodeEncodeError:
        sys.stdout.write(text.encode("ascii", "replace").decode("ascii"))
