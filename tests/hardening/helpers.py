"""Running the real `qamqor` command in a subprocess, as a script or a person at a terminal would."""
from __future__ import annotations

import os
import subprocess
import sys


def qamqor(*args: str, env: dict[str, str] | None = None, stdin: str | None = None,
           timeout: float = 120) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k not in ("QAMQOR_DB", "QAMQOR_PASSPHRASE")}
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "models.cli", *args], capture_output=True, text=True,
                          env=environment, input=stdin, timeout=timeout)


def one_line(done: subprocess.CompletedProcess) -> str:
    """The one line a refused command prints (asserting there is exactly one, and no traceback)."""
    lines = done.stderr.strip().splitlines()
    assert "Traceback" not in done.stderr, done.stderr
    assert len(lines) == 1, done.stderr
    return lines[0]
