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
from models.server.bodies import BODIES, QUERIES, BadBody, check, parse_json
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


RETRY_AFTER = 2  # seconds a "busy" answer asks a laptop to wait (models.sync.client honours it)


def busy() -> JSONResponse:
    """503 `busy` with Retry-After: the office is serving others; the laptop asks again shortly."""
    return JSON({"code": "busy", "message": "The office is busy serving other laptops; try again shortly.",
                 "retry_after": RETRY_AFTER}, status_code=503, headers={"Retry-After": str(RETRY_AFTER)})


def office_of(request: Request) -> OfficeDatabase:
    """The office database behind the app that serves `request`."""
    office: OfficeDatabase = request.app.state.office
    return office


def body_of(request: Request) -> dict[str, Any]:
    """The request's JSON object (read by `route` before the endpoint runs, and checked there)."""
    if (value := getattr(request.state, "json", None)) is not None:
        return dict(value)
    raw = request.state.body if hasattr(request.state, "body") else b""
    try:
        value = parse_json(raw)
    except BadBody as error:
        raise ApiError(400, "bad_request", f"The request was refused: {error}.") from None
    if not isinstance(value, dict):
        raise ApiError(400, "bad_request", "The request must be a JSON object.")
    return value


# The most a request's body may hold: a laptop's push batch (models.sync.laptop.PUSH_BYTES) with one scan
# of the largest size a case may hold (25 MB, base64), and room to spare. A request that may come before a
# laptop is enrolled (`public`) is a few names and a password.
MAX_BODY = 64 * 1024 * 1024
MAX_PUBLIC_BODY = 16 * 1024


class _TooLarge(Exception):
    pass


async def _read_body(request: Request, limit: int) -> bytes:
    """The body, refused (before anything is read) when its Content-Length is over `limit`, and read no
    further than `limit` when it has none or says less than it sends."""
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        raise _TooLarge
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise _TooLarge
    return bytes(body)


def _check(request: Request, path: str) -> None:
    """The request against its path's model (models.server.bodies); BadBody names what does not fit."""
    if (body := BODIES.get(path)) is not None:
        request.state.json = parse_json(request.state.body)
        request.state.checked = check(body, request.state.json)
    elif (query := QUERIES.get(path)) is not None:
        request.state.checked = check(query, dict(request.query_params))


def checked(request: Request) -> Any:
    """The request's body (or query) as its route's model (models.server.bodies), checked by `route`."""
    return request.state.checked


def route(path: str, endpoint: Callable[[Request], Any], methods: list[str], *, public: bool = False) -> Route:
    """A route whose endpoint is a plain function (run in the thread pool) taking the request and returning
    a JSON-able value or a Response. Unless `public`, the device's token is checked first (`device_of`),
    before a byte of the body is read; then the body is read, within its limit, so the endpoint never
    awaits."""
    from starlette.concurrency import run_in_threadpool

    async def handle(request: Request) -> Response:
        try:
            if not public:
                request.state.device = await run_in_threadpool(_authenticated, request)
            request.state.body = await _read_body(request, MAX_PUBLIC_BODY if public else MAX_BODY)
            await run_in_threadpool(_check, request, path)  # parsing a push of megabytes: not on the event loop
            result = await run_in_threadpool(endpoint, request)
        except BadBody as error:
            return JSON({"code": "bad_request", "field": error.field, "message": f"The request was refused: {error}."},
                        status_code=400)
        except ApiError as error:
            return JSON({"code": error.code, "message": error.message}, status_code=error.status)
        except _TooLarge:
            # Connection: close, so the server need not read (or keep) what the client still sends.
            return JSON({"code": "too_large", "message": "The request is larger than the office accepts."},
                        status_code=413, headers={"Connection": "close"})
        return result if isinstance(result, Response) else JSON(result)

    handle.__name__ = getattr(endpoint, "__name__", "endpoint")
    return Route(path, handle, methods=methods)


def device_of(request: Request) -> Any:
    """The enrolled device calling (`models.server.devices.Device`: id, name, user_id, actor), as `route`
    found it from the `Authorization: Bearer <token>` header before it read the body."""
    device = getattr(request.state, "device", None)
    return device if device is not None else _authenticated(request)


def _authenticated(request: Request) -> Any:
    """The device of the request's token; else an ApiError 401 (`revoked`, `account_closed`,
    `unknown_device`)."""
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
    found: list[BaseRoute] = [route("/", _hello, ["GET"], public=True)]
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
