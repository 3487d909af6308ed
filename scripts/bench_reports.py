"""How fast the statistics are on a big office: a benchmark to run by hand, not a test (issue 30).

    .venv/bin/qamqor --db /tmp/big100k.db demo --persons 100000     # once (several minutes)
    .venv/bin/python scripts/bench_reports.py --db /tmp/big100k.db [--year 2026] [--repeat 5]

Measures, each `--repeat` times (median and best reported):
1. the statistics of a year for the supervisor (the whole office), the service call in a warm process;
2. the same for the caseworker with the most cases (her own cases);
3. the workbook and the Russian PDF of the year written from the counts;
4. `qamqor report statistics --json` for the year as a command, start to end (output to /dev/null).
The machine's load and a plain-Python speed reference are printed before and after, and each figure's CPU
time beside its wall time: on a shared virtual machine the wall times move with the load.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def timed(label: str, repeat: int, work) -> None:
    """Wall time, and this process's CPU time (on a loaded machine the wall time is mostly waiting)."""
    runs, cpu = [], []
    for _ in range(repeat):
        started, used = time.perf_counter(), time.process_time()
        work()
        runs.append(time.perf_counter() - started)
        cpu.append(time.process_time() - used)
    print(f"{label:<58} median {statistics.median(runs):6.2f} s   best {min(runs):6.2f} s   "
          f"CPU median {statistics.median(cpu):5.2f} s   ({repeat} runs)")


def cpu_reference() -> str:
    """How fast this machine runs plain Python now (as scripts/bench_alerts.py measures it)."""
    started = time.perf_counter()
    total = 0
    for i in range(10_000_000):
        total += i
    return f"a 10-million-step Python loop takes {time.perf_counter() - started:.2f} s"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--year", type=int, default=None, help="default: this year")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    from sqlalchemy import func, select

    from models.clock import today
    from models.db import open_database
    from models.entities import Case, Role, User
    from models.reports.statistics import statistics as count
    from models.reports.statistics_files import write_report
    from models.services.base import Actor

    year = args.year or today().year
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    print(f"load before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores; {cpu_reference()}")
    db = open_database(args.db)
    with db.reading() as session:
        chief = session.scalars(select(User).where(User.role == Role.supervisor)).first()
        busiest = session.execute(select(Case.caseworker_id, func.count()).where(Case.caseworker_id.is_not(None))
                                  .group_by(Case.caseworker_id).order_by(func.count().desc()).limit(1)).first()
        worker = session.get(User, busiest[0])
        boss, her = Actor.of(chief), Actor.of(worker)
        cases = session.scalar(select(func.count()).select_from(Case))
    print(f"{args.db}: {cases:,} cases; the year {year}; caseworker {worker.username} with {busiest[1]:,} cases")
    report = count(db, boss, first, last, via="benchmark")  # warms the process (imports, caches)
    timed(f"statistics of {year}, supervisor (whole office)", args.repeat,
          lambda: count(db, boss, first, last, via="benchmark"))
    timed(f"statistics of {year}, caseworker (own cases)", args.repeat,
          lambda: count(db, her, first, last, via="benchmark"))
    with tempfile.TemporaryDirectory() as folder:
        timed("workbook (.xlsx) of the year", args.repeat,
              lambda: write_report(db, boss, report, Path(folder) / "year.xlsx", "ru"))
        timed("PDF (ru) of the year", args.repeat, lambda: write_report(db, boss, report, Path(folder) / "year.pdf"))
    db.close()
    command = [sys.executable, "-m", "models.cli", "--db", args.db, "report", "statistics", "--from",
               first.isoformat(), "--to", last.isoformat(), "--json"]
    timed("qamqor report statistics --json (command, start to end)", args.repeat,
          lambda: subprocess.run(command, stdout=subprocess.DEVNULL, check=True, cwd=ROOT))
    print(f"load after: {os.getloadavg()[0]:.2f}; {cpu_reference()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
