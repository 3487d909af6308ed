"""The real office server as a subprocess, for the tests, the sync simulation and the benchmark:
`qamqor server init` and `qamqor server run` on a free loopback port, over a database of a
`TemporaryCluster`. (Not used by the server itself.)"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from models.server.cluster import free_port

ROOT = Path(__file__).resolve().parents[2]  # the checkout: `python -m models.cli` runs from it
ADMIN, ADMIN_PASSWORD = "office.admin", "office admin password"


def qamqor(*args: str, env: dict[str, str] | None = None, timeout: float = 600,
           check: bool = False) -> subprocess.CompletedProcess[str]:
    """Run the real command line in a subprocess (the variables of passwords are not inherited)."""
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

    def __enter__(self) -> RunningOffice:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def init_office(database: str, folder: Path, *, admin: str = ADMIN, password: str = ADMIN_PASSWORD,
                name: str = "Almaty office") -> str:
    """`qamqor server init`; returns the fingerprint it printed."""
    result = qamqor("server", "init", "--database", database, "--folder", str(folder), "--name", name,
                    env={"QAMQOR_ADMIN": admin, "QAMQOR_ADMIN_PASSWORD": password}, check=True)
    [line] = [line for line in result.stdout.splitlines() if line.startswith("fingerprint: ")]
    return line.removeprefix("fingerprint: ")


def start_office(database: str, folder: Path, fingerprint: str, *, port: int | None = None) -> RunningOffice:
    """`qamqor server run` on a free loopback port, once it accepts connections (stop it, or use `with`)."""
    port = port or free_port()
    process = subprocess.Popen([sys.executable, "-m", "models.cli", "server", "run", "--database", database,
                                "--folder", str(folder), "--listen", f"127.0.0.1:{port}"],
                               cwd=ROOT, env=environment(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True)
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
