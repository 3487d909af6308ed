"""How fast search is for a caseworker (the visibility of get_person in the query) on a demo database.

    .venv/bin/python scripts/bench_search.py --db demo20k.db --make 20000

Times `search.find` for a caseworker and a supervisor on a few typed prefixes, and `likely_duplicates`.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from models.cli import main as qamqor  # noqa: E402
from models.db import open_database  # noqa: E402
from models.entities import Role  # noqa: E402
from models.services import search, users  # noqa: E402
from models.services.base import Actor  # noqa: E402

TYPED = ["Юс", "Ali", "Abd", "Нур", "Kim", "Ива", "Sai", "Tok"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--make", type=int, metavar="N")
    args = parser.parse_args()
    if args.make and not args.db.exists():
        assert qamqor(["--db", str(args.db), "demo", "--persons", str(args.make)]) == 0
    db = open_database(args.db)
    everyone = users.users(db, Actor.system())
    caseworker = next(Actor(u.id, frozenset({Role.caseworker})) for u in everyone if u.role == "caseworker")
    supervisor = Actor(None, frozenset({Role.supervisor}))
    for name, actor in (("caseworker", caseworker), ("supervisor", supervisor)):
        times = []
        for _ in range(5):
            for typed in TYPED:
                started = time.perf_counter()
                search.find(db, actor, typed)
                times.append((time.perf_counter() - started) * 1000)
        print(f"find as a {name}: median {statistics.median(times):.1f} ms, max {max(times):.1f} ms "
              f"({len(times)} queries)")
    times = []
    for _ in range(5):
        started = time.perf_counter()
        search.likely_duplicates(db, caseworker, family_name="Yusupov", given_name="Alisher", birth_year=1990,
                                 document_numbers=["FA1234567"])
        times.append((time.perf_counter() - started) * 1000)
    print(f"likely_duplicates as a caseworker: median {statistics.median(times):.1f} ms")
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
