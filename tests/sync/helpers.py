"""The real parts of a sync test: the office server process over HTTPS on loopback, devices enrolled at
the office, laptop files (plain or SQLCipher), and a client that sends the device's token."""
from __future__ import annotations

import contextlib
import hashlib
import secrets
import ssl
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from models.db import Database, open_database
from models.entities import Role
from models.entities.office import OfficeDevice
from models.server.cluster import free_port
from models.server.database import OfficeDatabase
from models.services import accounts
from models.services.base import Actor
from models.sync import laptop
from models.sync.transport import HttpOffice

SERVE = """
import sys
from models.server.database import OfficeDatabase
from models.server.tls import make_certificate
from models.server.app import serve
url, folder, port = sys.argv[1], sys.argv[2], int(sys.argv[3])
cert, key = make_certificate(folder)
serve(OfficeDatabase(url, folder=folder), "127.0.0.1", port, cert, key)
"""


@dataclass
class Server:
    url: str
    cert: Path
    process: subprocess.Popen


@contextlib.contextmanager
def running_server(office_url: str, folder: Path) -> Iterator[Server]:
    """`serve` in a process of its own, as `qamqor server run` runs it."""
    port = free_port()
    process = subprocess.Popen([sys.executable, "-c", SERVE, office_url, str(folder), str(port)])
    base = f"https://127.0.0.1:{port}"
    try:
        for _ in range(300):
            if process.poll() is not None:
                raise RuntimeError("the office server stopped at start")
            with contextlib.suppress(httpx.HTTPError, OSError):
                httpx.get(base + "/", verify=False, timeout=1)  # noqa: S501 - only waiting for it to listen
                break
            time.sleep(0.1)
        yield Server(base, folder / "office.crt" if (folder / "office.crt").exists() else _cert_in(folder), process)
    finally:
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:  # open keep-alive connections hold uvicorn's graceful stop
            process.kill()
            process.wait(5)


def _cert_in(folder: Path) -> Path:
    return next(p for p in folder.iterdir() if p.suffix in (".crt", ".pem") and "key" not in p.name)


@pytest.fixture
def office_server(office: OfficeDatabase, office_url: str, office_folder: Path) -> Iterator[Server]:
    with running_server(office_url, office_folder) as server:
        yield server


class Client:
    """JSON over HTTPS with the device's token; the server's own certificate is the only one trusted."""

    def __init__(self, server: Server, token: str) -> None:
        self.http = httpx.Client(base_url=server.url, verify=ssl.create_default_context(cafile=str(server.cert)),
                                 timeout=120,
                                 headers={"Authorization": f"Bearer {token}"})

    def get(self, path: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        response = self.http.get(path, params=params)
        response.raise_for_status()
        return dict(response.json())

    def post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        response = self.http.post(path, json=body)
        response.raise_for_status()
        return dict(response.json())


ADMIN = Actor(user_id=None, roles=frozenset({Role.admin, Role.supervisor}))


def make_user(office: OfficeDatabase, username: str, role: str = "caseworker") -> Actor:
    user = accounts.create_account(office, ADMIN, {"username": username, "full_name": username.title(),
                                                   "role": role, "password": "correct horse battery"})
    return Actor(user.id, frozenset({Role(role)}))


def enrol_device(office: OfficeDatabase, actor: Actor, name: str) -> str:
    """A device row at the office for this user, as enrolment makes it; returns its token."""
    token = secrets.token_urlsafe(32)
    with office.transaction() as session:
        assert actor.user_id is not None
        session.add(OfficeDevice(id=uuid.uuid4(), name=name, user_id=actor.user_id,
                                 token_hash=hashlib.sha256(token.encode()).hexdigest()))
    return token


@dataclass
class Laptop:
    name: str
    db: Database
    actor: Actor
    office: HttpOffice

    def sync(self, **kwargs: Any) -> laptop.SyncResult:
        return laptop.sync(self.db, office=kwargs.pop("office", self.office), **kwargs)


def make_laptop(tmp_path: Path, office: OfficeDatabase, server: Server, username: str, role: str = "caseworker",
                *, passphrase: str | None = None, actor: Actor | None = None) -> Laptop:
    actor = actor or make_user(office, username, role)
    token = enrol_device(office, actor, f"{username}-laptop-{secrets.token_hex(2)}")
    db = open_database(tmp_path / f"{username}-{secrets.token_hex(2)}.db", passphrase=passphrase)
    return Laptop(username, db, actor, HttpOffice(Client(server, token)))
