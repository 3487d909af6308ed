"""Peak memory of a big CSV list's dry run and of its import, each measured on its own: a benchmark to run
by hand, not a test (issue 26, item 4).

    .venv/bin/python scripts/bench_import_memory.py                       # 20k, 100k and 200k rows
    .venv/bin/python scripts/bench_import_memory.py --rows 20000 --batch 500
    .venv/bin/python scripts/bench_import_memory.py --rows 200000 --import-rows 40000   # cancelled after 40k

Each size runs in its own process on a new, empty database (the list of `bench_big_list.make_list`: a
document, a case and a current stay on every row, one row in 50 with a problem). The dry run's peak is the
process's VmHWM after it; the peak is then reset (`/proc/self/clear_refs`) so that the import's figure is
the most the process held while importing, the dry run's result included.

Peak MB on the shared 2-core machine under load (issue 26, item 4), before -> after the dry run stopped
keeping every checked row and the import started reading the file again, batches of 500:

    rows      dry run       import
    20,000    168 -> 99     184 -> 115
    100,000   520 -> 147    527 -> 158
    200,000   950 -> 195    not measured before (it holds the dry run's 950) -> 196 (its first 40,000 rows)

(200,000 rows before: the dry run by `bench_big_list.py`; the import took 542 s for 100,000 rows then, and
an hour is more than the machine had.)

The dry run still grows by about 0.5 KB a row (its keys for the duplicates within the file, and the
allocator's pools they keep); the import adds a batch to what the dry run left, whatever the file's size.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import tempfile
import threading
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


def child(listing: str, database: str, batch: int, import_rows: int | None) -> dict:
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
    cancel = threading.Event()

    def progress(done: int, _total: int) -> None:
        if import_rows is not None and done >= import_rows:
            cancel.set()  # the import stops after this batch

    result = service.run(db, actor, dry, batch_size=batch, progress=progress, cancel=cancel).value
    figures |= {"import_s": round(time.perf_counter() - started, 1), "import_peak_mb": peak_mb(),
                "status": result.status, "persons": result.counts["persons"], "resume_row": result.resume_row}
    db.close()
    return figures


def main() -> int:
    from scripts.bench_big_list import make_list

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, nargs="*", default=[20_000, 100_000, 200_000])
    parser.add_argument("--batch", type=int, default=500, help="rows a batch of the import (the wizard's 500)")
    parser.add_argument("--import-rows", type=int, help="cancel the import once this many rows are written (a "
                                                        "200,000-row import takes most of an hour on a busy machine)")
    parser.add_argument("--child", nargs=2, metavar=("LIST", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(*args.child, args.batch, args.import_rows)))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        for rows in args.rows:
            listing, database = Path(folder) / f"list-{rows}.csv", Path(folder) / f"bench-{rows}.db"
            make_list(listing, rows)
            command = [sys.executable, __file__, "--child", str(listing), str(database), "--batch", str(args.batch)]
            if args.import_rows:
                command += ["--import-rows", str(args.import_rows)]
            out = subprocess.run(command, capture_output=True, text=True, env=os.environ | {"PYTHONPATH": str(ROOT)})
            if out.returncode:
                print(out.stderr, file=sys.stderr)
                return out.returncode
            figures = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"{rows:>7,} rows ({listing.stat().st_size / 1e6:.1f} MB): " + ", ".join(
                f"{k} {v}" for k, v in figures.items()), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
