"""Peak memory of a big CSV list's dry run and of its import, each measured on its own: a benchmark to run
by hand, not a test (issue 26, item 4).

    .venv/bin/python scripts/bench_import_memory.py                       # 20k, 100k and 200k rows
    .venv/bin/python scripts/bench_import_memory.py --rows 20000 --batch 500

Each size runs in its own process on a new, empty database (the list of `bench_big_list.make_list`: a
document, a case and a current stay on every row, one row in 50 with a problem). The dry run's peak is the
process's VmHWM after it; the peak is then reset (`/proc/self/clear_refs`) so that the import's figure is
the most the process held while importing, the dry run's result included.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def peak_mb() -> int:
    """VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across exec."""
    with open("/proc/self/status") as status:
        return round(next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024)


def reset_peak() -> None:
    with open("/proc/self/clear_refs", "w") as refs:
        refs.write("5")  # Linux: the peak resident set size starts again from the current one


def child(listing: str, database: str, batch: int) -> dict:
    from models.db import open_database
    from models.importing import reading, service
    from models.importing.mapping import guess
    from models.services.base import Actor

    db = open_database(Path(database))
    actor = Actor.system()
    figures: dict = {"start_mb": peak_mb()}
    started = time.perf_counter()
    table = reading.read(listing)
    dry = service.check(db, actor, table, guess(table))
    figures |= {"dry_run_s": round(time.perf_counter() - started, 1), "dry_run_peak_mb": peak_mb(),
                "problems": len(dry.errors), "duplicates": len(dry.duplicates)}
    gc.collect()
    reset_peak()
    started = time.perf_counter()
    result = service.run(db, actor, dry, batch_size=batch).value
    figures |= {"import_s": round(time.perf_counter() - started, 1), "import_peak_mb": peak_mb(),
                "status": result.status, "persons": result.counts["persons"]}
    db.close()
    return figures


def main() -> int:
    from scripts.bench_big_list import make_list

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, nargs="*", default=[20_000, 100_000, 200_000])
    parser.add_argument("--batch", type=int, default=500, help="rows a batch of the import (the wizard's 500)")
    parser.add_argument("--child", nargs=2, metavar=("LIST", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(*args.child, args.batch)))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        for rows in args.rows:
            listing, database = Path(folder) / f"list-{rows}.csv", Path(folder) / f"bench-{rows}.db"
            make_list(listing, rows)
            out = subprocess.run([sys.executable, __file__, "--child", str(listing), str(database),
                                  "--batch", str(args.batch)], capture_output=True, text=True,
                                 env=os.environ | {"PYTHONPATH": str(ROOT)})
            if out.returncode:
                print(out.stderr, file=sys.stderr)
                return out.returncode
            figures = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"{rows:>7,} rows ({listing.stat().st_size / 1e6:.1f} MB): " + ", ".join(
                f"{k} {v}" for k, v in figures.items()), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
