"""The cost of encryption at rest, measured plain against encrypted in one run.

    .venv/bin/python scripts/bench_encryption.py [--persons 100000] [--repeat 3]

Times `qamqor demo --persons N` on a new plain database and on a new encrypted
one (QAMQOR_PASSPHRASE set: the new file is created encrypted), then the read
side on each: `qamqor alerts --json` when this version of Qamqor has that
command, otherwise a full read of every table (open the database, fetch every
row of every table), and says which it measured. Every command is repeated
(the demo on a new file each time), plain and encrypted in turn, and the median
kept. Each runs as its own process, so the times include start-up and
SQLCipher's key derivation. The databases live in a temporary folder removed
at the end.
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
from pathlib import Path

PASSPHRASE = "benchmark passphrase, not a secret"
QAMQOR = [sys.executable, "-m", "models.cli"]
READ_ALL = """
import sys
from sqlalchemy import text
from models.db import Database
db = Database(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
rows = 0
with db.reading() as session:
    names = session.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars().all()
    for name in names:
        rows += sum(1 for _ in session.execute(text(f'SELECT * FROM "{name}"')))
db.close()
print(rows)
"""


def environment(encrypted: bool) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "QAMQOR_PASSPHRASE"}
    if encrypted:
        env["QAMQOR_PASSPHRASE"] = PASSPHRASE
    return env


def timed(command: list[str], encrypted: bool) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(command, env=environment(encrypted), capture_output=True, text=True,
                          stdin=subprocess.DEVNULL)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"{' '.join(command[2:])} failed:\n{done.stderr}")
    return seconds, done.stdout


def has_alerts_command() -> bool:
    return subprocess.run([*QAMQOR, "alerts", "--help"], capture_output=True).returncode == 0


def read_command(path: Path, encrypted: bool, alerts: bool) -> list[str]:
    if alerts:
        return [*QAMQOR, "--db", str(path), "alerts", "--json"]
    return [sys.executable, "-c", READ_ALL, str(path), *([PASSPHRASE] if encrypted else [])]


def connection_cost(path: Path, encrypted: bool, times: int = 5) -> float:
    """Seconds to open one connection and read its first page (SQLCipher: the key derivation)."""
    from models.db import connect

    started = time.perf_counter()
    for _ in range(times):
        with contextlib.closing(connect(path, PASSPHRASE if encrypted else None)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return (time.perf_counter() - started) / times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--persons", type=int, default=100_000, metavar="N", help="demo size (default 100000)")
    parser.add_argument("--repeat", type=int, default=3, metavar="R", help="runs of each command (default 3)")
    args = parser.parse_args()

    alerts = has_alerts_command()
    read_name = "qamqor alerts --json" if alerts else "full read of every table (no `qamqor alerts` yet)"
    results: dict[str, dict[bool, float]] = {}
    with tempfile.TemporaryDirectory(prefix="qamqor-bench-") as folder:
        paths = {False: Path(folder) / "plain.db", True: Path(folder) / "encrypted.db"}
        demos: dict[bool, list[float]] = {False: [], True: []}
        for _ in range(args.repeat):  # alternate, so that drift in the machine's speed hits both alike
            for encrypted, path in paths.items():
                for old in path.parent.glob(path.name + "*"):
                    old.unlink()
                command = [*QAMQOR, "--db", str(path), "demo", "--persons", str(args.persons)]
                demos[encrypted].append(timed(command, encrypted)[0])
        results[f"qamqor demo --persons {args.persons}"] = {
            encrypted: statistics.median(times) for encrypted, times in demos.items()}
        reads: dict[bool, list[float]] = {False: [], True: []}
        outputs: dict[bool, str] = {}
        for _ in range(args.repeat):
            for encrypted, path in paths.items():
                seconds, outputs[encrypted] = timed(read_command(path, encrypted, alerts), encrypted)
                reads[encrypted].append(seconds)
        if outputs[False] != outputs[True]:
            sys.exit("The plain and the encrypted database gave different results: not comparable.")
        results[read_name] = {encrypted: statistics.median(times) for encrypted, times in reads.items()}
        results["one connection opened (key derivation)"] = {
            encrypted: connection_cost(path, encrypted) for encrypted, path in paths.items()}
        sizes = {encrypted: path.stat().st_size / 1e6 for encrypted, path in paths.items()}

    print(f"Encryption at rest: {args.persons:,} demo persons; each time the median of {args.repeat} runs")
    print(f"{'':48} {'plain':>9} {'encrypted':>10} {'ratio':>7}")
    for name, times in results.items():
        print(f"{name:48} {times[False]:8.3f}s {times[True]:9.3f}s {times[True] / times[False]:6.2f}x")
    print(f"{'database file size (MB)':48} {sizes[False]:9.1f} {sizes[True]:10.1f} {sizes[True] / sizes[False]:6.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
