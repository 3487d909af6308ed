"""How fast the office sync is (issue 14's goals), on a demo office in a private PostgreSQL cluster.

    .venv/bin/python scripts/bench_sync.py [--persons 100000] [--laptops 20]

Starts its own cluster, `qamqor server init`, `qamqor server demo --persons N` (20 caseworkers at 100,000
persons) and `qamqor server run`; then times, each laptop enrolled with `qamqor sync enrol`:
- a caseworker laptop's first sync (goal < 20 s) and a supervisor's, the whole office (goal < 5 min);
- an incremental sync of 50 edits (goal < 1 s);
- N laptops syncing at once with `qamqor sync --json` (their first syncs, then 5 edits each): errors,
  median and worst time, and the CPU time of the server process and of PostgreSQL meanwhile.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select, text  # noqa: E402

from models.db import open_database  # noqa: E402
from models.demo import DEMO_PASSWORD  # noqa: E402
from models.entities import Person, Role, User  # noqa: E402
from models.server.cluster import TemporaryCluster  # noqa: E402
from models.server.database import OfficeDatabase  # noqa: E402
from models.server.process import environment, init_office, qamqor, start_office  # noqa: E402
from models.services import persons  # noqa: E402
from models.services.base import Actor  # noqa: E402
from models.sync import laptop  # noqa: E402


def _stat(pid: int) -> list[str]:
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process and of all its threads (from /proc)."""
    fields = _stat(pid)
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def postmaster_of(url: str, data: Path | None = None) -> int:
    """The pid of the PostgreSQL server behind `url`: from its data folder's postmaster.pid, else the
    `postgres` process started with `-p PORT` whose parent is not a postgres process."""
    if data is not None and (data / "postmaster.pid").exists():
        return int((data / "postmaster.pid").read_text().split()[0])
    from sqlalchemy.engine import make_url

    port = str(make_url(url).port or 5432)
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and (entry / "comm").read_text().strip() == "postgres":
                argv = (entry / "cmdline").read_bytes().split(b"\0")
                parent = Path(f"/proc/{_stat(int(entry.name))[1]}/comm").read_text().strip()
                if parent != "postgres" and port.encode() in argv:
                    return int(entry.name)
        except OSError:
            continue
    raise SystemExit(f"no PostgreSQL server found on port {port}")


def postgres_cpu(postmaster: int) -> float:
    """CPU time of one PostgreSQL server: the postmaster, the backends it has reaped (its children's time,
    fields cutime and cstime: a backend that exits during the run is counted, not lost) and those alive.
    (The bench used to sum every live `postgres` process of the machine: backends that ended between the
    two readings took their time with them, and the figure could come out negative.)"""
    ticks = os.sysconf("SC_CLK_TCK")
    fields = _stat(postmaster)
    total = sum(int(fields[i]) for i in (11, 12, 13, 14)) / ticks
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                child = _stat(int(entry.name))
            except OSError:
                continue
            if int(child[1]) == postmaster:
                total += (int(child[11]) + int(child[12])) / ticks
    return total


def load() -> str:
    """The machine's load average (1, 5, 15 minutes): the bench shares its cores with whatever else runs."""
    return "load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


def enrol(path: Path, url: str, fingerprint: str, user: str) -> None:
    qamqor("--db", str(path), "sync", "enrol", url, "--fingerprint", fingerprint, "--user", user,
           env={"QAMQOR_PASSWORD": DEMO_PASSWORD}, check=True)


def timed_sync(path: Path) -> tuple[float, laptop.SyncResult]:
    db = open_database(path)
    try:
        started = time.perf_counter()
        result = laptop.sync(db)
        return time.perf_counter() - started, result
    finally:
        db.close()


def edit(path: Path, count: int, tag: str) -> None:
    db = open_database(path)
    try:
        with db.reading() as session:
            me = session.scalars(select(User).where(User.password_hash.is_not(None))).first()
            assert me is not None
            actor = Actor.of(me)
            held = session.scalars(select(Person).order_by(Person.family_name).limit(count)).all()
        for i, person in enumerate(held):
            data = {name: getattr(person, name) for name in ("family_name", "given_name", "patronymic", "birth_date",
                                                             "birth_year", "sex", "citizenship", "address")}
            persons.update_person(db, actor, person.id, person.version, data | {"phone": f"+7 700 {tag}{i:04d}"})
    finally:
        db.close()


def _finished(process: subprocess.Popen[str], began: float) -> tuple[float, int, str]:
    """Wait for one laptop's `qamqor sync`: (its own seconds, its exit code, its error output)."""
    _out, err = process.communicate(timeout=3600)
    return time.perf_counter() - began, process.returncode, err


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--laptops", type=int, default=20)
    parser.add_argument("--office", metavar="URL", help="an office already made by an earlier run (skips the demo)")
    parser.add_argument("--office-folder", type=Path, metavar="DIR", help="that office's server folder")
    parser.add_argument("--skip-supervisor", action="store_true", help="leave out the whole office's first sync")
    args = parser.parse_args()
    with contextlib.ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="qamqor-bench-sync-")))
        if args.office:
            from models.server.tls import fingerprint as fingerprint_of

            url, office_folder = args.office, args.office_folder
            fingerprint = fingerprint_of((office_folder / "office-certificate.pem").read_bytes())
            postmaster = postmaster_of(url)
        else:
            cluster = stack.enter_context(TemporaryCluster())
            url, office_folder = cluster.create_database("office"), folder / "office"
            fingerprint = init_office(url, office_folder)
            postmaster = postmaster_of(url, cluster.data)
            started = time.perf_counter()
            qamqor("server", "demo", "--database", url, "--folder", str(office_folder), "--persons",
                   str(args.persons), check=True, timeout=7200)
            print(f"office: {args.persons:,} demo persons made in {time.perf_counter() - started:.0f} s")
        office = OfficeDatabase(url, folder=office_folder)
        with office.reading() as session:
            workers = list(session.scalars(select(User.username).where(User.role == Role.caseworker,
                                                                      User.archived_at.is_(None))
                                           .order_by(User.username)))
            supervisor = session.scalars(select(User.username).where(User.role == Role.supervisor)).first()
            rows = {t: session.execute(text(f"SELECT count(*) FROM {t}")).scalar()
                    for t in ("persons", "cases", "identity_documents", "stays", "notes")}
            per_worker = session.execute(text("SELECT caseworker_id, count(*) FROM cases GROUP BY 1")).all()
        print(f"office rows: {rows}; {len(workers)} caseworkers, cases each: "
              f"{min(n for _, n in per_worker)}-{max(n for _, n in per_worker)}", flush=True)
        server = start_office(url, office_folder, fingerprint)
        try:
            first = folder / "caseworker.db"
            enrol(first, server.url, fingerprint, workers[0])
            seconds, result = timed_sync(first)
            print(f"caseworker first sync ({workers[0]}): {seconds:.1f} s, {result.pulled:,} rows (goal < 20 s); "
                  f"{load()}", flush=True)
            if not args.skip_supervisor:
                boss = folder / "supervisor.db"
                enrol(boss, server.url, fingerprint, str(supervisor))
                seconds, result = timed_sync(boss)
                print(f"supervisor first sync (whole office): {seconds:.1f} s, {result.pulled:,} rows (goal < 300 s); "
                      f"{load()}", flush=True)
            edit(first, 50, "5")
            seconds, result = timed_sync(first)
            print(f"incremental sync of 50 edits: {seconds:.2f} s, pushed {result.pushed}, pulled {result.pulled} "
                  f"(goal < 1 s); {load()}", flush=True)
            paths = [folder / f"laptop{i}.db" for i in range(args.laptops)]
            for i, path in enumerate(paths):
                enrol(path, server.url, fingerprint, workers[i % len(workers)])
            for stage in ("first syncs", "5 edits each"):
                if stage != "first syncs":
                    for i, path in enumerate(paths):
                        edit(path, 5, f"{i:02d}")
                server_cpu, pg_cpu = cpu_seconds(server.process.pid), postgres_cpu(postmaster)
                started = time.perf_counter()
                running = [(subprocess.Popen([sys.executable, "-m", "models.cli", "--db", str(p), "sync", "--json"],
                                             cwd=ROOT, env=environment(), stdout=subprocess.PIPE,
                                             stderr=subprocess.PIPE, text=True), time.perf_counter())
                           for p in paths]
                times, errors = [], 0
                # Each laptop's own time, taken when it ends: waited on in order, every laptop behind a slow
                # one was timed to that one's end (the median came out as the total).
                with ThreadPoolExecutor(max_workers=len(running)) as waiter:
                    for seconds, code, err in waiter.map(lambda job: _finished(*job), running):
                        times.append(seconds)
                        if code != 0:
                            errors += 1
                            print(f"  error: {err.strip()[-300:]}")
                wall = time.perf_counter() - started
                print(f"{args.laptops} laptops at once ({stage}): {errors} errors, median {statistics.median(times):.1f} s, "
                      f"worst {max(times):.1f} s, all done in {wall:.1f} s; server CPU "
                      f"{cpu_seconds(server.process.pid) - server_cpu:.1f} s, PostgreSQL CPU "
                      f"{postgres_cpu(postmaster) - pg_cpu:.1f} s; {load()}", flush=True)
            with office.reading() as session:
                assert session.scalar(select(func.count()).select_from(Person)) == args.persons
        finally:
            server.stop()
            office.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
