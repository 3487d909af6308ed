"""The office's HTTPS API: Starlette on uvicorn, JSON in and out, a device token in `Authorization: Bearer`.

Routes come from three places: the office's own here (`/`, and `/enrol`,
`/accounts`, `/audit` from `models.server.routes`), the sync's
(`models.sync.office.routes()`, if that module is there), and any callable
given to `add_routes` before `make_app` runs. Endpoints are plain functions:
Starlette runs them in its thread pool, so each one may use the services
(blocking SQLAlchemy sessions) directly.

Errors reach a laptop as `{"code": …, "message": …}` with a fitting status
(401 `revoked`/`unknown_device`, 403 `sign_in_refused`, 400 `bad_request`);
a bug is a 500 whose body names nothing of the data.
"""
from __future__ import annotations

import datetime as dt
import enum
import importlib
import json
import logging
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from models import __version__
from models.server.database import OfficeDatabase

log = logging.getLogger(__name__)
RouteProvider = Callable[[], list[BaseRoute]]
_providers: list[RouteProvider] = []
# Modules whose `routes()` is mounted when they exist (the sync's office side is built beside this one).
ROUTE_MODULES = ("models.server.routes", "models.sync.office", "models.server.merge")


def add_routes(provider: RouteProvider) -> None:
    """Mount the routes `provider()` returns in every app made from now on."""
    if provider not in _providers:
        _providers.append(provider)


class ApiError(Exception):
    """A refusal a laptop can put in words: HTTP `status`, a stable `code`, and a sentence."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def plain(value: Any) -> Any:
    """JSON for what the entities hold: UUIDs and dates as text, enums by value."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    if isinstance(value, bytes):
        import base64

        return base64.b64encode(value).decode("ascii")
    raise TypeError(f"not JSON: {type(value).__name__}")


class JSON(JSONResponse):
    """A JSON response that knows UUIDs, dates and enums."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, default=plain, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def office_of(request: Request) -> OfficeDatabase:
    """The office database behind the app that serves `request`."""
    office: OfficeDatabase = request.app.state.office
    return office


def body_of(request: Request) -> dict[str, Any]:
    """The request's JSON object (read in the endpoint's thread: Starlette gave us the bytes already)."""
    raw = request.state.body if hasattr(request.state, "body") else b""
    try:
        value = json.loads(raw or b"{}")
    except ValueError:
        raise ApiError(400, "bad_request", "The request is not JSON.") from None
    if not isinstance(value, dict):
        raise ApiError(400, "bad_request", "The request must be a JSON object.")
    return value


def route(path: str, endpoint: Callable[[Request], Any], methods: list[str]) -> Route:
    """A route whose endpoint is a plain function (run in the thread pool) taking the request and returning
    a JSON-able value or a Response. The body is read first, here, so the endpoint never awaits."""
    from starlette.concurrency import run_in_threadpool

    async def handle(request: Request) -> Response:
        request.state.body = await request.body()
        try:
            result = await run_in_threadpool(endpoint, request)
        except ApiError as error:
            return JSON({"code": error.code, "message": error.message}, status_code=error.status)
        return result if isinstance(result, Response) else JSON(result)

    handle.__name__ = getattr(endpoint, "__name__", "endpoint")
    return Route(path, handle, methods=methods)


def device_of(request: Request) -> Any:
    """The enrolled device calling (`models.server.devices.Device`: id, name, user_id, actor), from the
    `Authorization: Bearer <token>` header; else an ApiError 401 (`revoked`, `unknown_device`, ...).
    Call it first in every endpoint a laptop calls after enrolling."""
    from models.server.devices import DeviceRefused, authenticate

    header = request.headers.get("authorization", "")
    token = header[7:].strip() if header[:7].lower() == "bearer " else None
    try:
        return authenticate(office_of(request), token)
    except DeviceRefused as refused:
        raise ApiError(401, refused.code, str(refused)) from None


def _hello(request: Request) -> dict[str, Any]:
    """What any client may ask before enrolling: that this is a Qamqor office, and its name."""
    return {"service": "qamqor-office", "version": __version__, "office_name": office_name(office_of(request))}


def office_name(office: OfficeDatabase) -> str:
    """The office's name (its letterhead's `office.name` setting, else "Qamqor office")."""
    from models.services import directory

    with office.reading() as session:
        letterhead = directory.office_in(session)
    return letterhead.name if letterhead is not None and letterhead.name else "Qamqor office"


def _server_error(request: Request, error: Exception) -> Response:
    # The traceback goes to the server's log; the laptop gets no data, only that it was the office's fault.
    log.error("error in %s %s", request.method, request.url.path, exc_info=error)
    return JSON({"code": "server_error", "message": "The office server failed to answer; tell its administrator."},
                status_code=500)


def all_routes() -> list[BaseRoute]:
    found: list[BaseRoute] = [route("/", _hello, ["GET"])]
    for name in ROUTE_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as missing:
            if missing.name is None or not name.startswith(missing.name):  # something it imports is missing: a bug
                raise
            continue
        found.extend(module.routes())
    for provider in _providers:
        found.extend(provider())
    return found


def make_app(office: OfficeDatabase) -> Starlette:
    """The office's API over `office`."""
    app = Starlette(routes=all_routes(), exception_handlers={Exception: _server_error})
    app.state.office = office
    return app


def serve(office: OfficeDatabase, host: str, port: int, cert: Path | str, key: Path | str, *,
          ready: Callable[[], None] | None = None) -> None:
    """Serve the API over HTTPS on `host:port` until interrupted (SIGINT/SIGTERM)."""
    import uvicorn

    # No access log: its lines would carry query strings and client addresses that nobody needs kept.
    config = uvicorn.Config(make_app(office), host=host, port=port, ssl_certfile=str(cert), ssl_keyfile=str(key),
                            log_level="warning", access_log=False, lifespan="off", timeout_keep_alive=30)
    server = uvicorn.Server(config)
    if ready is not None:
        original = server.startup

        async def startup(sockets: Any = None) -> None:
            await original(sockets)
            ready()

        server.startup = startup  # type: ignore[method-assign]
    server.run()
