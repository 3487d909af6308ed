"""How long the supervisor's review of likely duplicates takes to find the pairs of a whole office.

    .venv/bin/python scripts/bench_duplicates.py [--db /tmp/bench-duplicates.db] [--persons 100000] [--runs 3]

Makes the demo office if the file is missing (one person in 250 recorded a second time, in Latin letters),
then times `duplicates.likely_pairs` as the supervisor's dialog runs it (on its own thread; the window waits
for nothing), and prints the pairs found by reason.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/bench-duplicates.db"))
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not args.db.exists():
        subprocess.run([sys.executable, "-m", "models.cli", "--db", str(args.db), "demo", "--persons",
                        str(args.persons)], check=True)

    from models.db import open_database
    from models.services import duplicates
    from models.services.base import Actor

    db = open_database(args.db)
    times, pairs = [], []
    for _ in range(args.runs):
        started = time.perf_counter()
        pairs = duplicates.likely_pairs(db, Actor.system())
        times.append(time.perf_counter() - started)
    db.close()
    print(f"{len(pairs):,} likely pairs: {dict(Counter(p.reason for p in pairs))}")
    print(f"likely_pairs: median {statistics.median(times):.2f} s, max {max(times):.2f} s ({args.runs} runs)")


if __name__ == "__main__":
    main()
