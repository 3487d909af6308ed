"""A big CSV list is read in a stream (issue 26, item 4): reading 100,000 rows takes no more memory than
reading 1,000; a column's first examples are read without reading the file."""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from models.importing import reading
from scripts.bench_big_list import make_list

ROOT = Path(__file__).resolve().parents[2]
# In a process of its own, whose peak memory (VmHWM) is its own.
READ = """
import json, sys
from models.importing import reading
from models.importing.mapping import guess
table = reading.read(sys.argv[1])
guess(table)
rows = sum(1 for _ in table.rows)
peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"rows": rows, "peak_mb": peak / 1024}))
"""


def peak_reading(path: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", READ, str(path)], capture_output=True, text=True, cwd=ROOT,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


def test_memory_stays_flat_as_the_rows_grow(tmp_path) -> None:
    small, big = tmp_path / "small.csv", tmp_path / "big.csv"
    make_list(small, 1_000)
    make_list(big, 100_000)
    few, many = peak_reading(small), peak_reading(big)
    print(f"peak memory reading 1,000 rows: {few['peak_mb']:.0f} MB; 100,000 rows: {many['peak_mb']:.0f} MB")
    assert (few["rows"], many["rows"]) == (1_000, 100_000)
    assert many["peak_mb"] < few["peak_mb"] + 20  # it was +176 MB when the whole file was held


# The dry run of a list, in a process of its own: its peak memory, and how many rows passed.
CHECK = """
import json, sys
from pathlib import Path
from models.db import Database
from models.importing import reading, service
from models.importing.mapping import guess
from models.services.base import Actor
db = Database(Path(sys.argv[2]))
table = reading.read(sys.argv[1])
dry = service.check(db, Actor.system(), table, guess(table))
peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"valid": len(dry.valid), "problems": len(dry.errors), "peak_mb": peak / 1024}))
"""


def peak_checking(path: Path, database: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", CHECK, str(path), str(database)], capture_output=True, text=True,
                          cwd=ROOT, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


def test_the_dry_run_keeps_no_checked_row(tmp_path, db_path) -> None:
    """It kept each valid row's checked records (~4 KB a row): 40,000 rows took 160 MB more than 1,000. Now it
    keeps the rows' numbers and the keys later rows are compared with (a few hundred bytes a row)."""
    small, big = tmp_path / "small.csv", tmp_path / "big.csv"
    make_list(small, 1_000)
    make_list(big, 40_000)
    few, many = peak_checking(small, db_path), peak_checking(big, db_path)
    print(f"peak memory of the dry run of 1,000 rows: {few['peak_mb']:.0f} MB; 40,000 rows: {many['peak_mb']:.0f} MB")
    assert (few["valid"], many["valid"], many["problems"]) == (980, 39_200, 800)
    assert many["peak_mb"] < few["peak_mb"] + 60


def test_a_columns_examples_are_read_without_reading_the_file(tmp_path) -> None:
    make_list(tmp_path / "list.csv", 50_000)
    table = reading.read(tmp_path / "list.csv")
    started = time.perf_counter()
    examples = table.column(0)[:50]
    assert len(examples) == 50 and time.perf_counter() - started < 0.5
    assert table.rows[-1][0] == 50_001 and len(table.column(3)) == 50_000


def test_a_list_deleted_after_it_was_read_is_refused_in_words(tmp_path) -> None:
    import pytest

    make_list(tmp_path / "list.csv", 10)
    table = reading.read(tmp_path / "list.csv")
    (tmp_path / "list.csv").unlink()
    with pytest.raises(reading.UnreadableFile, match="list.csv could not be read again"):
        list(table.rows)
