"""Time and peak memory of a big CSV list's dry run (and, with --import, the import): a benchmark to run by
hand, not a test (issue 26, item 4).

    .venv/bin/python scripts/bench_big_list.py                    # 10k, 100k and 200k rows, dry run only
    .venv/bin/python scripts/bench_big_list.py --read-only                       # reading the file only
    .venv/bin/python scripts/bench_big_list.py --rows 200000 --import

Each size runs in its own process on a new, empty database, so that its peak memory (the child's maximum
resident set size) is its own. The list is the kind offices keep: Windows-1251, `;`, Russian headers, a
document, a case and a current stay on every row, one row in 50 with a problem.

Measured on the shared 2-core machine, under load (issue 26), before -> after reading in a stream, peak MB:

    rows      reading alone    dry run (reading, checking, duplicates)
    10,000    93 -> 83         130 -> 121
    100,000   253 -> 84        615 -> 499
    200,000   432 -> 91        1,138 -> 910

Reading is flat now. The dry run grew by about 4 KB a valid row while `DryRun.valid` held each row's checked
records; it now keeps about 0.5 KB a row (the keys later rows are compared with), and the import reads the
file again (`scripts/bench_import_memory.py` measures both apart).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HEADERS = ["Фамилия", "Имя", "Отчество", "Дата рождения", "Пол", "Гражданство", "Номер паспорта", "Категория",
           "Дата въезда", "Основание пребывания", "Телефон"]
FAMILY = ["Каримов", "Рахимов", "Юлдашев", "Назаров", "Тошматов", "Сафаров", "Исмоилов", "Абдуллаев"]
GIVEN = ["Алишер", "Бахтиёр", "Жамшид", "Рустам", "Тимур", "Фаррух", "Шерзод", "Улугбек", "Азамат"]


def make_list(path: Path, rows: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="cp1251", newline="") as out:
        out.write(";".join(HEADERS) + "\r\n")
        for number in range(rows):
            born = f"{rng.randrange(1, 28):02d}.{rng.randrange(1, 13):02d}.{rng.randrange(1960, 2004)}"
            country = "Атлантида" if number % 50 == 0 else rng.choice(["Узбекистан", "Таджикистан", "KGZ"])
            entry = f"{rng.randrange(1, 28):02d}.{rng.randrange(1, 10):02d}.2026"
            family = rng.choice(FAMILY) + "".join(rng.choice("абвгдежзиклмнопрстуфхцчшщ") for _ in range(3))
            out.write(";".join([family, rng.choice(GIVEN), rng.choice(GIVEN) + "ович", born, "м",
                                country, f"FB{number:08d}", "трудовой мигрант", entry, "безвиз",
                                f"+7 70{rng.randrange(10)} {rng.randrange(10**7):07d}"]) + "\r\n")


def peak_mb() -> int:
    """The process's peak resident memory (VmHWM: Linux carries ru_maxrss over from the parent across exec)."""
    with open("/proc/self/status") as status:
        return round(next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024)


def child(listing: str, database: str, do_import: bool, read_only: bool) -> None:
    """One measured run, in this process (started by `main` as a child)."""
    from models.db import open_database
    from models.importing import reading, service
    from models.importing.mapping import guess
    from models.services.base import Actor

    db = open_database(Path(database))
    actor = Actor.system()
    base = peak_mb()
    started = time.perf_counter()
    table = reading.read(listing)
    mapping = guess(table)
    seen = sum(1 for _ in table.rows)
    figures = {"read_s": round(time.perf_counter() - started, 1), "rows_read": seen, "read_peak_mb": peak_mb()}
    if read_only:
        print(json.dumps(figures))
        return
    dry = service.check(db, actor, table, mapping)
    figures |= {"dry_run_s": round(time.perf_counter() - started, 1), "rows": dry.rows, "valid": len(dry.valid),
               "problems": len(dry.errors), "base_mb": base,
               "dry_run_peak_mb": peak_mb()}
    if do_import:
        started = time.perf_counter()
        result = service.run(db, actor, dry, batch_size=2000).value
        figures |= {"import_s": round(time.perf_counter() - started, 1), "status": result.status,
                    "import_peak_mb": peak_mb()}
    db.close()
    print(json.dumps(figures))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, nargs="*", default=[10_000, 100_000, 200_000])
    parser.add_argument("--import", dest="do_import", action="store_true", help="import too (slow)")
    parser.add_argument("--read-only", action="store_true", help="reading the file only (the stream)")
    parser.add_argument("--child", nargs=2, metavar=("LIST", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child, args.do_import, args.read_only)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        for rows in args.rows:
            listing, database = Path(folder) / f"list-{rows}.csv", Path(folder) / f"bench-{rows}.db"
            make_list(listing, rows)
            command = [sys.executable, __file__, "--child", str(listing), str(database)]
            options = (["--import"] if args.do_import else []) + (["--read-only"] if args.read_only else [])
            out = subprocess.run(command + options, capture_output=True, text=True,
                                 env=os.environ | {"PYTHONPATH": str(ROOT)})
            if out.returncode:
                print(out.stderr, file=sys.stderr)
                return out.returncode
            figures = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"{rows:>7,} rows ({listing.stat().st_size / 1e6:.1f} MB): " + ", ".join(
                f"{k} {v}" for k, v in figures.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
