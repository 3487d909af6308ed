"""A private PostgreSQL cluster for tests, the sync simulation and the benchmark.

`TemporaryCluster` runs `initdb` and `postgres` from the PostgreSQL binaries
installed on the machine (Debian's /usr/lib/postgresql/N/bin, or whatever
`pg_config --bindir` says), in a temporary folder, on a free loopback port and
a Unix socket in that folder, with trust authentication for loopback only.
`initdb` refuses to run as root, so as root the folder is given to the
`postgres` user (made with `useradd` if missing) and the binaries run as it.
On exit the server is stopped and the folder removed.
"""
from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

SERVICE_USER = "postgres"


class ClusterError(RuntimeError):
    """PostgreSQL is missing, or its cluster could not be made or started (its log is in the message)."""


def binaries() -> Path | None:
    """The folder of `initdb`, `pg_ctl` and `postgres`, newest version first; None if PostgreSQL is not installed."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                   key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0, reverse=True)
    if found:
        return found[0].parent
    with contextlib.suppress(OSError, subprocess.CalledProcessError):
        folder = Path(subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True,
                                     check=True).stdout.strip())
        if (folder / "initdb").exists():
            return folder
    if initdb := shutil.which("initdb"):
        return Path(initdb).parent
    return None


def free_port() -> int:
    """A TCP port nobody listens on at this moment (the kernel's pick)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _service_user() -> str | None:
    """The user the binaries run as: None (this one) unless we are root, else `postgres`, made if missing."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam(SERVICE_USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SERVICE_USER],
                       check=True, capture_output=True)
    return SERVICE_USER


class TemporaryCluster:
    """A PostgreSQL cluster that lives as long as this object (a context manager).

    `url` is the SQLAlchemy URL of its database `qamqor`; `database_url(name)` makes another database.
    """

    def __init__(self, database: str = "qamqor", *, port: int | None = None) -> None:
        found = binaries()
        if found is None:
            raise ClusterError("PostgreSQL is not installed (no initdb found): apt-get install postgresql")
        self.bin: Path = found
        self.database = database
        self.port = port or free_port()
        self.user = _service_user()
        self.folder = Path(tempfile.mkdtemp(prefix="qamqor-pg-"))
        self.data = self.folder / "data"
        self.log = self.folder / "postgres.log"
        self._started = False

    # --- running the binaries -------------------------------------------------------------------

    def _run(self, *command: str | Path, check: bool = True) -> subprocess.CompletedProcess[str]:
        argv = [str(part) for part in command]
        if self.user is not None:
            argv = ["runuser", "-u", self.user, "--", *argv]
        # The cluster's own files are the service user's alone (initdb insists on 0700).
        result = subprocess.run(argv, capture_output=True, text=True, cwd=self.folder,
                                env={**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"})
        if check and result.returncode != 0:
            raise ClusterError(f"{Path(argv[0] if self.user is None else argv[4]).name} failed: "
                               f"{result.stderr.strip() or result.stdout.strip()}{self._log_tail()}")
        return result

    def _log_tail(self) -> str:
        with contextlib.suppress(OSError):
            if tail := self.log.read_text(errors="replace").strip().splitlines()[-15:]:
                return "\n" + "\n".join(tail)
        return ""

    def start(self) -> TemporaryCluster:
        if self.user is not None:
            shutil.chown(self.folder, self.user, self.user)
        os.chmod(self.folder, 0o700)
        self._run(self.bin / "initdb", "-D", self.data, "-U", "postgres", "-A", "trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")
        # Loopback and the folder's socket only; no fsync (a scratch cluster: speed over durability).
        options = (f"-p {self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={self.folder} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 "
                   "-c shared_buffers=128MB")
        self._run(self.bin / "pg_ctl", "-D", self.data, "-l", self.log, "-o", options, "-w", "-t", "60", "start")
        self._started = True
        self.create_database(self.database)
        return self

    def stop(self) -> None:
        if self._started:
            self._run(self.bin / "pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop", check=False)
            self._started = False
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> TemporaryCluster:
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.stop()

    # --- databases -----------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """The SQLAlchemy URL of the cluster's database."""
        return self.database_url(self.database)

    def database_url(self, name: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def create_database(self, name: str, *, template: str | None = None) -> str:
        """Make a database `name` (letters, digits, _), empty or a copy of `template` (which nobody may be
        connected to: PostgreSQL copies it file by file, far faster than migrating again), and return its URL."""
        for plain in (name, template or "x"):
            if not plain.replace("_", "").isalnum():
                raise ValueError(f"not a plain database name: {plain!r}")
        copy = f' TEMPLATE "{template}"' if template else ""
        import psycopg

        deadline = time.monotonic() + 30
        while True:
            try:
                with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname="postgres",
                                     autocommit=True, connect_timeout=5) as conn:
                    conn.execute(f'CREATE DATABASE "{name}"{copy}')
                return self.database_url(name)
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)

    def drop_database(self, name: str) -> None:
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
