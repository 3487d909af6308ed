"""Issue 12 item 12: `qamqor encrypt` killed (SIGKILL) at each step of its swap leaves one whole database
at its path, plain or encrypted, with every row; the next run finishes the work and no plain copy stays."""
from __future__ import annotations

import contextlib
import signal

import pytest

from models import db as database
from models.encryption import KILL_STEPS
from tests.hardening.helpers import qamqor

pytest.importorskip("sqlcipher3")
PASSPHRASE = "kill me at every step"


def rows(path) -> dict[str, int]:
    passphrase = PASSPHRASE if database.is_encrypted(path) else None
    with contextlib.closing(database.connect(path, passphrase, read_only=True)) as conn:
        return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("persons", "cases", "audit_log", "users")}


@pytest.mark.parametrize("keep_plain", [False, True], ids=["erase", "keep-plain"])
@pytest.mark.parametrize("step", KILL_STEPS)
def test_killed_at_each_step_nothing_is_lost(db, db_path, case, step, keep_plain) -> None:
    if keep_plain and step == "plain erased":
        pytest.skip("--keep-plain erases nothing")
    db.close()  # Qamqor closed, as `qamqor encrypt` asks
    before = rows(db_path)
    extra = ["--keep-plain"] if keep_plain else []
    env = {"QAMQOR_PASSPHRASE": PASSPHRASE}
    done = qamqor("--db", str(db_path), "encrypt", *extra, env=env | {"QAMQOR_KILL_AT": step})
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert db_path.is_file() and rows(db_path) == before  # a whole database at the path, plain or encrypted
    # The next command opens it as it is (nothing new and empty), and the next encrypt finishes the work.
    assert qamqor("--db", str(db_path), "audit", "verify", env=env).returncode == 0
    if not database.is_encrypted(db_path):
        again = qamqor("--db", str(db_path), "encrypt", *extra, env=env)
        assert again.returncode == 0, again.stderr
    assert database.is_encrypted(db_path) and rows(db_path) == before
    assert qamqor("--db", str(db_path), "audit", "verify", env=env).returncode == 0
    left = sorted(p.name for p in db_path.parent.iterdir() if p.name.startswith("qamqor.db") and p != db_path
                  and not p.name.endswith(("-wal", "-shm")))
    assert not [name for name in left if name.endswith((".removing", ".encrypting"))]
    if not keep_plain:  # no plain copy of the data stays anywhere
        for name in left:
            assert not (db_path.parent / name).read_bytes().startswith(b"SQLite format 3"), name
