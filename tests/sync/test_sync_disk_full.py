"""Issue 26 item 7: `qamqor sync --json` on a full disk prints one JSON error object on standard output, as
for every other failure, and the sentence on standard error; the laptop's file stays whole."""
from __future__ import annotations

import contextlib
import json
import sqlite3
import subprocess
import sys

from models.server.process import ROOT, environment
from tests.hardening.conftest import fill, small_disk  # noqa: F401  (small_disk: the fixture)
from tests.sync.helpers import make_laptop
from tests.sync.test_push_pull import new_case


def sync_json(path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "models.cli", "--db", str(path), "sync", "--json"], cwd=ROOT,
                          env=environment(), capture_output=True, text=True, timeout=600)


def test_sync_json_on_a_full_disk_prints_a_json_error(office, office_server, small_disk) -> None:  # noqa: F811
    saule = make_laptop(small_disk, office, office_server, "saule")
    for i in range(3):
        new_case(saule, family_name=f"Полнодисков{i:02d}")
    path = saule.db.path
    saule.db.close()
    fill(small_disk)
    done = sync_json(path)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    answer = json.loads(done.stdout)
    assert answer == {"error": "disk_full", "message": "the disk is full: free space and try again"}
    assert done.stderr.strip().splitlines()[-1] == "qamqor: the disk is full: free space and try again"
    (small_disk / "filler").unlink()
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    again = sync_json(path)  # with room again, the same sync goes through
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["pushed"] >= 3


def test_sync_json_on_a_missing_database_prints_a_json_error(tmp_path) -> None:
    done = sync_json(tmp_path / "nowhere.db")
    assert done.returncode == 2
    answer = json.loads(done.stdout)
    assert answer["error"] == "database" and answer["message"].startswith("There is no database at ")
