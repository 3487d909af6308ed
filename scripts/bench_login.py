"""How long a wrong password takes for a real user, an unknown name and a locked name (issue 12, item 4).

    .venv/bin/python scripts/bench_login.py [--tries 10]

On a fresh database in a temporary folder; prints the median of each, and their ratio. The two must
be alike: the time of an answer must not tell whether a name exists.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tries", type=int, default=10)
    args = parser.parse_args()
    from models.db import open_database
    from models.services import accounts

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.db")
        accounts.set_up(db, {"username": "dana", "full_name": "Dana", "password": "correct horse battery"})

        def median(name: str) -> float:
            spent = []
            for _ in range(args.tries):
                started = time.perf_counter()
                try:
                    accounts.log_in(db, name, "not the password")
                except accounts.LoginRefused:
                    pass
                spent.append(time.perf_counter() - started)
            return statistics.median(spent) * 1000

        median("warm-up")
        known, unknown = median("dana"), median("nobody")  # both locked after 5 of the tries
        print(f"wrong password, {args.tries} tries each (the last ones locked): real user {known:.1f} ms, "
              f"unknown name {unknown:.1f} ms, ratio {unknown / known:.2f}")
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
