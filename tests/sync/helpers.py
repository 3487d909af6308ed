"""The real parts of a sync test: the office server process over HTTPS on loopback, devices enrolled at
the office, laptop files (plain or SQLCipher), and a client that sends the device's token."""
from __future__ import annotations

import contextlib
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from models.db import Database, open_database
from models.entities import Role
from models.server.database import OfficeDatabase
from models.services import accounts
from models.services.base import Actor
from models.sync import laptop


@dataclass
class Server:
    url: str
    fingerprint: str
    process: Any


@contextlib.contextmanager
def running_server(office_url: str, folder: Path, *, name: str = "Almaty office") -> Iterator[Server]:
    """`qamqor server init` once, then `qamqor server run` in a process of its own on a free loopback port."""
    from models.server.process import init_office, start_office

    fingerprint = init_office(office_url, folder, name=name)
    running = start_office(office_url, folder, fingerprint)
    try:
        yield Server(running.url, fingerprint, running.process)
    finally:
        running.stop()


@contextlib.contextmanager
def private_office(prefix: str, *, name: str = "Almaty office") -> Iterator[tuple[OfficeDatabase, Server, Path]]:
    """For the scripts that run alone: a PostgreSQL cluster of their own, an empty office on it with its
    server running, and a scratch folder (the office's own folder is `office` in it)."""
    import tempfile

    from models.server.cluster import TemporaryCluster

    with TemporaryCluster() as cluster, tempfile.TemporaryDirectory(prefix=prefix) as scratch:
        folder = Path(scratch)
        (folder / "office").mkdir()
        url = cluster.create_database("office")
        office = OfficeDatabase(url, folder=folder / "office")
        office.upgrade()
        try:
            with running_server(url, folder / "office", name=name) as server:
                yield office, server, folder
        finally:
            office.close()


ADMIN = Actor(user_id=None, roles=frozenset({Role.admin, Role.supervisor}))


def make_user(office: OfficeDatabase, username: str, role: str = "caseworker") -> Actor:
    user = accounts.create_account(office, ADMIN, {"username": username, "full_name": username.split(".")[0].title(),
                                                   "role": role, "password": PASSWORD}).value
    return Actor(user.id, frozenset({Role(role)}))


@dataclass
class Laptop:
    name: str
    db: Database
    actor: Actor
    office: Any  # models.sync.transport.HttpOffice over the enrolment's pinned OfficeClient

    def sync(self, **kwargs: Any) -> laptop.SyncResult:
        return laptop.sync(self.db, office=kwargs.pop("office", self.office), **kwargs)


PASSWORD = "correct horse battery"


def make_laptop(tmp_path: Path, office: OfficeDatabase, server: Server, username: str, role: str = "caseworker",
                *, passphrase: str | None = None) -> Laptop:
    """A user at the office, and a laptop file enrolled for her as `qamqor sync enrol` does it."""
    from models.sync.enrolment import enrol

    username = f"{username}.{secrets.token_hex(2)}"  # the office is shared by a module's tests
    actor = make_user(office, username, role)
    db = open_database(tmp_path / f"{username}-{secrets.token_hex(2)}.db", passphrase=passphrase)
    enrol(db, server.url, server.fingerprint, username, PASSWORD, f"{username.split('.')[0]}-laptop")
    return Laptop(username.split(".")[0], db, actor, laptop._enrolled_office(db))
