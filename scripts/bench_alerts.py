"""How fast the supervisor's alerts are on a big office: a benchmark to run by hand, not a test.

    .venv/bin/qamqor --db /tmp/big100k.db demo --persons 100000     # once (2-5 minutes)
    .venv/bin/python scripts/bench_alerts.py --db /tmp/big100k.db

Measures, each several times (median and best reported):
1. the alert view: from creating the dashboard to its counts and first page on
   screen, (a) as the application opens it (the list read ahead at start),
   (b) in a warm process without the read-ahead, (c) in a fresh process;
   and the service call behind it (`alerts.overview`), warm;
2. `qamqor alerts --json` as a command, start to end (output to /dev/null);
3. a full `qamqor alerts --recompute` (every person's deadlines), start to end.
The machine's load and a plain-Python speed reference are printed before and
after: on a shared virtual machine the figures move with them.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QAMQOR = [sys.executable, "-m", "models.cli"]

VIEW_PROBE = r"""
import sys, time
started = time.perf_counter()
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from desktop import i18n
i18n.install("en")
from models.db import open_database
from models.services import alerts, users
from models.services.base import Actor
from desktop.workspace import Workspace
db = open_database(sys.argv[1])
chief = next(u for u in users.users(db, Actor.system()) if u.role == "supervisor")
ws = Workspace(db, Actor(chief.id, chief.roles), chief.full_name)
mode = sys.argv[2]

def wait(condition, timeout=60):
    end = time.time() + timeout
    while not condition() and time.time() < end:
        app.processEvents()
        time.sleep(0.001)

if mode == "read-ahead":  # as the application does 1.5 s after start
    from desktop.supervisor.freshness import DeadlineRefresher
    DeadlineRefresher.of(ws).start()
    wait(lambda: DeadlineRefresher.of(ws).prefetched is not None)
elif mode == "warm":  # the process has read the database before, but not this list
    alerts.overview(db, ws.actor, alerts.AlertFilter(window="overdue"))
from desktop.supervisor.dashboard import Dashboard
opened = time.perf_counter()
window = Dashboard(ws)
shown = {}
window.alerts.model.first_page_shown.connect(lambda: shown.setdefault("first", time.perf_counter() - opened))
window.show()
wait(lambda: "first" in shown)
print(f"{shown['first'] * 1000:.0f} {window.alerts.tiles['overdue'].count} {window.alerts.model.rowCount()}")
wait(ws.worker.idle)
ws.worker.shutdown()
"""


def load() -> str:
    try:
        one, five, _ = os.getloadavg()
        return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} CPUs"
    except OSError:
        return "load average unknown"


def cpu_reference() -> str:
    """How fast this machine runs plain Python now: shared virtual machines vary by 2x within an hour."""
    started = time.perf_counter()
    total = 0
    for i in range(10_000_000):
        total += i
    return f"a 10-million-step Python loop takes {time.perf_counter() - started:.2f} s"


def summary(label: str, seconds: list[float], unit: str = "ms") -> str:
    scale = 1000 if unit == "ms" else 1
    values = [s * scale for s in seconds]
    return (f"{label}: median {statistics.median(values):.0f} {unit}, best {min(values):.0f} {unit} "
            f"({len(values)} runs)" if unit == "ms" else
            f"{label}: median {statistics.median(values):.2f} s, best {min(values):.2f} s ({len(values)} runs)")


def view(db: Path, mode: str, repeat: int) -> list[float]:
    found = []
    env = os.environ | {"QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", VIEW_PROBE, str(db), mode], cwd=ROOT, env=env,
                             capture_output=True, text=True, check=True).stdout.split()
        found.append(float(out[0]) / 1000)
    return found


def service(db: Path, repeat: int) -> list[float]:
    sys.path.insert(0, str(ROOT))
    from models.db import open_database
    from models.services import alerts, users
    from models.services.base import Actor

    database = open_database(db)
    try:
        chief = next(u for u in users.users(database, Actor.system()) if u.role == "supervisor")
        actor = Actor(chief.id, chief.roles)
        alerts.overview(database, actor)  # warm
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            found = alerts.overview(database, actor)
            times.append(time.perf_counter() - started)
        print(f"  (counts: {found.counts.as_dict()}, first page {len(found.first_page)} rows)")
        return times
    finally:
        database.close()


def command(db: Path, arguments: list[str], repeat: int) -> tuple[list[float], str]:
    times, last_err = [], ""
    for _ in range(repeat):
        started = time.perf_counter()
        done = subprocess.run(QAMQOR + ["--db", str(db), "alerts", *arguments], cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        times.append(time.perf_counter() - started)
        if done.returncode != 0:
            raise SystemExit(f"qamqor alerts {' '.join(arguments)} failed: {done.stderr.strip()}")
        last_err = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""
    return times, last_err


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/big100k.db", help="a demo database (default /tmp/big100k.db)")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each measure (default 5)")
    parser.add_argument("--skip-recompute", action="store_true", help="leave out the full recompute")
    args = parser.parse_args()
    db = Path(args.db)
    if not db.is_file():
        raise SystemExit(f"No database at {db}: make one with `qamqor --db {db} demo --persons 100000`.")
    print(f"Alerts benchmark on {db} ({db.stat().st_size / 1e6:.0f} MB); {load()}; {cpu_reference()}")
    print("1. The alert view: dashboard created -> counts and first page on screen")
    print("   " + summary("as the application opens it (list read ahead at start)", view(db, "read-ahead",
                                                                                          args.repeat)))
    print("   " + summary("warm process, nothing read ahead", view(db, "warm", args.repeat)))
    print("   " + summary("fresh process (imports, first queries)", view(db, "cold", args.repeat)))
    print("   " + summary("alerts.overview(), the service call, warm", service(db, args.repeat * 4)))
    times, _ = command(db, ["--json"], args.repeat)
    print("2. " + summary("qamqor alerts --json (> /dev/null)", times, "s"))
    if not args.skip_recompute:
        times, said = command(db, ["--recompute", "--within", "0"], max(1, args.repeat // 2))
        print("3. " + summary("qamqor alerts --recompute --within 0", times, "s") + f"; it said: {said}")
    print(f"Done; {load()}; {cpu_reference()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
