"""How long the anonymous trafficking data export takes on a whole office (issue 30: under 10 s).

    .venv/bin/python scripts/bench_htcds.py [--db /tmp/bench-htcds.db] [--persons 100000] [--runs 3]

Makes the demo office if the file is missing, then times `htcds.export_htcds` over every year of the demo
(reading the victims, k-anonymising them with the office's k, writing the CSV and its audit entry), as the
supervisor's menu item runs it, and prints what was published and suppressed.
"""
from __future__ import annotations

import argparse
import datetime as dt
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/bench-htcds.db"))
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--format", choices=("csv", "xlsx"), default="csv")
    args = parser.parse_args()
    if not args.db.exists():
        subprocess.run([sys.executable, "-m", "models.cli", "--db", str(args.db), "demo", "--persons",
                        str(args.persons)], check=True)

    from models.db import open_database
    from models.services import htcds
    from models.services.base import Actor

    db = open_database(args.db)
    times = []
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(args.runs):
            started = time.perf_counter()
            export = htcds.export_htcds(db, Actor.system(), Path(folder) / f"htcds.{args.format}",
                                        dt.date(2000, 1, 1), dt.date(2099, 12, 31))
            times.append(time.perf_counter() - started)
    db.close()
    print(export.statement)
    print(f"export_htcds ({args.format}): median {statistics.median(times):.2f} s, max {max(times):.2f} s "
          f"({args.runs} runs)")


if __name__ == "__main__":
    main()
