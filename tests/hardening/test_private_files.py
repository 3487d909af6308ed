"""Issue 12 item 7: every file Qamqor writes is 0600, and a mistyped path never becomes an empty database."""
from __future__ import annotations

import os
import stat
import subprocess
import sys

from models import migrate


def qamqor_umask_022(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """The command as a user whose umask makes files world-readable (0644) by default."""
    environment = {k: v for k, v in os.environ.items() if k not in ("QAMQOR_DB", "QAMQOR_PASSPHRASE")}
    return subprocess.run([sys.executable, "-m", "models.cli", *args], capture_output=True, text=True,
                          env=environment | (env or {}), preexec_fn=lambda: os.umask(0o022), timeout=300)


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_database_backups_anchors_and_pre_upgrade_copies_are_0600(tmp_path) -> None:
    new = tmp_path / "office.db"
    done = qamqor_umask_022("--db", str(new), "demo", "--persons", "3")
    assert done.returncode == 0, done.stderr
    copy = tmp_path / "copy.db"
    assert qamqor_umask_022("--db", str(new), "backup", str(copy)).returncode == 0
    old = tmp_path / "old.db"
    migrate.upgrade(old, "0007")
    os.chmod(old, 0o600)
    assert qamqor_umask_022("--db", str(old), "audit", "verify").returncode == 0
    written = [p for p in tmp_path.iterdir() if p.is_file()]
    assert {p.name for p in written} >= {"office.db", "copy.db", "copy.db.anchor"}
    assert any(".before-" in p.name for p in written)
    assert {p.name: oct(mode(p)) for p in written} == {p.name: oct(0o600) for p in written}


def test_a_mistyped_path_is_refused_and_creates_nothing(tmp_path) -> None:
    for command in (["audit", "verify"], ["alerts"], ["letter", "QMQ-2026-0001", "--out", str(tmp_path / "l.pdf")],
                    ["alerts", "--recompute"]):
        typo = tmp_path / "qamqr.db"
        done = qamqor_umask_022("--db", str(typo), *command)
        assert done.returncode == 2, done.stderr
        assert done.stderr.strip() == f"qamqor: There is no database at {typo}: check the path (--db or QAMQOR_DB)."
        assert list(tmp_path.iterdir()) == []
