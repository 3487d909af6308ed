"""The sync's calls over the office's HTTPS API (`/push`, `/pull`), on any client that sends JSON
with the device's token (models.sync.client.OfficeClient: the certificate pinned by its fingerprint)."""
from __future__ import annotations

from typing import Any, Protocol


class JsonClient(Protocol):
    def get(self, path: str, params: dict[str, Any] | None = None) -> dict[str, Any]: ...

    def post(self, path: str, body: dict[str, Any]) -> dict[str, Any]: ...


class HttpOffice:
    """models.sync.laptop.Office over HTTPS."""

    def __init__(self, client: JsonClient, device_id: str | None = None) -> None:
        self.client, self.device_id = client, device_id

    def push(self, changes: list[dict[str, Any]]) -> dict[str, Any]:
        return self.client.post("/push", {"device_id": self.device_id, "changes": changes})

    def pull(self, since: int, limit: int, snapshot: str | None) -> dict[str, Any]:
        params: dict[str, Any] = {"since": since, "limit": limit}
        if snapshot:
            params["snapshot"] = snapshot
        return self.client.get("/pull", params)

    def conflicts(self, case_id: str | None = None) -> list[dict[str, Any]]:
        return list(self.client.get("/conflicts", {"case_id": case_id} if case_id else None)["conflicts"])
