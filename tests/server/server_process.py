"""The real office server for tests: `qamqor server init` and `qamqor server run` as subprocesses on a free
loopback port, over a database of the test cluster."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from models.server.cluster import free_port

ROOT = Path(__file__).resolve().parents[2]
ADMIN, ADMIN_PASSWORD = "office.admin", "office admin password"


def qamqor(*args: str, env: dict[str, str] | None = None, timeout: float = 120,
           check: bool = False) -> subprocess.CompletedProcess[str]:
    """Run the real command line in a subprocess."""
    result = subprocess.run([sys.executable, "-m", "models.cli", *args], capture_output=True, text=True,
                            cwd=ROOT, timeout=timeout, env=environment(env))
    if check and result.returncode != 0:
        raise AssertionError(f"qamqor {' '.join(args)} failed ({result.returncode}): {result.stderr}")
    return result


def environment(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    for name in ("QAMQOR_PASSWORD", "QAMQOR_ADMIN", "QAMQOR_ADMIN_PASSWORD", "QAMQOR_PASSPHRASE"):
        env.pop(name, None)
    return {**env, **(extra or {})}


@dataclass
class RunningOffice:
    database: str
    folder: Path
    url: str
    fingerprint: str
    process: subprocess.Popen[str]

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def init_office(database: str, folder: Path) -> str:
    """`qamqor server init`; returns the fingerprint it printed."""
    result = qamqor("server", "init", "--database", database, "--folder", str(folder), "--name", "Almaty office",
                    env={"QAMQOR_ADMIN": ADMIN, "QAMQOR_ADMIN_PASSWORD": ADMIN_PASSWORD}, check=True)
    [line] = [line for line in result.stdout.splitlines() if line.startswith("fingerprint: ")]
    return line.removeprefix("fingerprint: ")


def start_office(database: str, folder: Path, fingerprint: str) -> RunningOffice:
    """`qamqor server run` on a free loopback port, once it accepts connections."""
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "models.cli", "server", "run", "--database", database,
                                "--folder", str(folder), "--listen", f"127.0.0.1:{port}"],
                               cwd=ROOT, env=environment(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while True:
        if process.poll() is not None:
            raise AssertionError(f"the server stopped: {process.stderr.read() if process.stderr else ''}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if time.monotonic() > deadline:
                process.kill()
                raise AssertionError("the server did not start within 60 s") from None
            time.sleep(0.1)
    return RunningOffice(database, folder, f"https://127.0.0.1:{port}", fingerprint, process)
