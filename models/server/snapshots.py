"""A first pull's pages read from one consistent snapshot of the office (issue 25, item 13).

A supervisor's first sync is a snapshot of the whole office in pages, parents first, one request each, over
minutes. Read each from the tables as they were at that moment, a person and a case another laptop pushed
between two pages arrived as a case without its person, and the laptop's pull failed its foreign-key check
on every retry. So the pages of one snapshot are all read in one PostgreSQL transaction at REPEATABLE READ,
held open between the requests: every page sees the office as it was when the snapshot started, and its
high-water mark (the newest `sync_log` number, read in that same transaction) is exactly where the pulls
that follow it start. (Chosen over a high-water-mark filter on live tables: rows changed after the mark
cannot be left out of the pages without leaving out, or orphaning, the unchanged rows that hang on them.)

A held snapshot is tied to the device that started it, closed with its last page, and closed by the office
when unused for `IDLE_LIMIT` (a laptop shut mid-sync) or when `MAX_HELD` are open and a new one must start
(the longest unused goes). A page of a closed snapshot is answered `snapshot_expired` (409): the laptop
starts a new snapshot (models.sync.laptop).
"""
from __future__ import annotations

import json
import secrets
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from models.server.app import ApiError
from models.server.database import OfficeDatabase

IDLE_LIMIT = 600.0  # seconds a held snapshot may wait for its next page
MAX_HELD = 8  # snapshots held open at once (each holds one database connection)


@dataclass
class _Held:
    connection: Connection
    device_id: uuid.UUID | None
    used: float
    lock: threading.Lock = field(default_factory=threading.Lock)

    def close(self) -> None:
        try:
            self.connection.rollback()
        finally:
            self.connection.close()


class Snapshots:
    """The snapshots one office holds open for its laptops' first pulls."""

    def __init__(self, office: OfficeDatabase) -> None:
        self.office = office
        self._held: dict[str, _Held] = {}
        self._lock = threading.Lock()

    def serve(self, device_id: uuid.UUID | None, snapshot: str,
              read: Callable[[Connection], dict[str, Any]]) -> dict[str, Any]:
        """One page: `read(connection)` on the snapshot's connection; its answer's next `snapshot` token names
        the held snapshot (`held`), which is closed once the answer has no next page."""
        held_id = None if snapshot == "start" else json.loads(snapshot).get("held")
        if held_id is None and snapshot != "start":
            raise ApiError(409, "snapshot_expired", "The office no longer holds this snapshot: start it again.")
        held = self._start(device_id) if held_id is None else self._take(str(held_id), device_id)
        held_id = held_id or held[0]
        entry = held[1]
        try:
            with entry.lock:
                if entry.connection.closed:  # closed by `_expire` while this request waited for it
                    raise ApiError(409, "snapshot_expired",
                                   "The office no longer holds this snapshot: start it again.")
                page = read(entry.connection)
                entry.used = time.monotonic()
        except BaseException:
            self._close(str(held_id))
            raise
        if page.get("snapshot"):
            token = json.loads(page["snapshot"])
            page["snapshot"] = json.dumps(token | {"held": held_id})
        else:
            self._close(str(held_id))
        return page

    def _start(self, device_id: uuid.UUID | None) -> tuple[str, _Held]:
        self._expire()
        connection = self.office.engine.connect().execution_options(
            isolation_level="REPEATABLE READ", postgresql_readonly=True)
        connection.begin()
        held = _Held(connection, device_id, time.monotonic())
        held_id = secrets.token_urlsafe(12)
        with self._lock:
            self._held[held_id] = held
        return held_id, held

    def _take(self, held_id: str, device_id: uuid.UUID | None) -> tuple[str, _Held]:
        with self._lock:
            held = self._held.get(held_id)
        if held is None or held.device_id != device_id:
            raise ApiError(409, "snapshot_expired", "The office no longer holds this snapshot: start it again.")
        return held_id, held

    def _close(self, held_id: str) -> None:
        with self._lock:
            held = self._held.pop(held_id, None)
        if held is not None:
            with held.lock:  # never under a page being read
                held.close()

    def _expire(self) -> None:
        """Close the snapshots unused for IDLE_LIMIT, and the longest unused while MAX_HELD are open."""
        now = time.monotonic()
        with self._lock:
            by_age = sorted(self._held.items(), key=lambda item: item[1].used)
            gone = [i for i, h in by_age if now - h.used > IDLE_LIMIT]
            crowd = [i for i, _ in by_age if i not in gone]
            gone += crowd[:max(0, len(crowd) - MAX_HELD + 1)]
        for held_id in gone:
            self._close(held_id)

    def close_all(self) -> None:
        with self._lock:
            ids = list(self._held)
        for held_id in ids:
            self._close(held_id)


_registry_lock = threading.Lock()


def snapshots_of(office: OfficeDatabase) -> Snapshots:
    """The office's held snapshots (one registry per office database object, made on first use)."""
    with _registry_lock:
        found = getattr(office, "_held_snapshots", None)
        if found is None:
            found = Snapshots(office)
            office._held_snapshots = found  # type: ignore[attr-defined]
        return found
