"""The laptop's HTTPS client for its office, pinned to one certificate.

The office's certificate is self-signed; the laptop trusts it by its
fingerprint alone. Before enrolling, `pinned_certificate` fetches the
certificate in a bare TLS handshake (nothing of the user's is sent) and
compares its SHA-256 with the fingerprint the administrator gave; from then on
that certificate is the only trust anchor of every connection (an SSL context
with it as the single CA, host names not checked: the pin is the identity).
A server showing any other certificate fails the handshake: `WrongFingerprint`,
before a request leaves the laptop.
"""
from __future__ import annotations

import socket
import ssl
from typing import Any
from urllib.parse import urlsplit

import httpx

from models.server.tls import fingerprint as fingerprint_of_pem
from models.server.tls import normal_fingerprint
from models.sync import NotEnrolled, OfficeUnreachable, Revoked, SignInRefused, SyncError, WrongFingerprint

CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 300.0  # a first pull of a whole office comes in pages, each well under this
BUSY_PATIENCE = 1800.0  # seconds of "busy" answers (the office serving other laptops) before giving up


def split_url(url: str) -> tuple[str, int]:
    """(host, port) of an office URL, which must be https://HOST:PORT (a path after it is ignored)."""
    parts = urlsplit(url.strip())
    if parts.scheme != "https" or not parts.hostname:
        raise SyncError(f"The office's address must start with https:// (it is '{url.strip()}').", "bad_address")
    try:
        port = parts.port or 443
    except ValueError:
        raise SyncError(f"The office's address has no valid port: '{url.strip()}'.", "bad_address") from None
    return parts.hostname, port


def base_url(url: str) -> str:
    host, port = split_url(url)
    return f"https://{host if ':' not in host else f'[{host}]'}:{port}"


def fetch_certificate(url: str, timeout: float = CONNECT_TIMEOUT) -> str:
    """The PEM certificate the server at `url` shows, unverified (only compare it with a fingerprint)."""
    host, port = split_url(url)
    try:
        return ssl.get_server_certificate((host, port), timeout=timeout)
    except (OSError, ssl.SSLError) as error:
        raise OfficeUnreachable(_unreachable(url, error)) from None


def _unreachable(url: str, error: BaseException) -> str:
    if isinstance(error, socket.gaierror):
        return f"The office's address {base_url(url)} is not known on this network."
    if isinstance(error, ssl.SSLError):
        return f"The server at {base_url(url)} does not answer as a Qamqor office (no HTTPS there)."
    if isinstance(error, (TimeoutError, socket.timeout, httpx.TimeoutException)):
        return f"The office at {base_url(url)} did not answer in time: check the network, then try again."
    return f"The office at {base_url(url)} cannot be reached: check the network, then try again."


def pinned_context(certificate_pem: str) -> ssl.SSLContext:
    context = ssl.create_default_context(cadata=certificate_pem)
    context.check_hostname = False  # laptops reach the office by address or any name: the pin is the identity
    context.verify_mode = ssl.CERT_REQUIRED
    return context


class OfficeClient:
    """JSON over HTTPS to the office at `url`, trusting only the certificate with `fingerprint`."""

    def __init__(self, url: str, fingerprint: str, token: str | None = None, *,
                 certificate: str | None = None) -> None:
        self.url = base_url(url)
        self.fingerprint = normal_fingerprint(fingerprint)
        self.token = token
        self.certificate = certificate
        self._http: httpx.Client | None = None

    def __enter__(self) -> OfficeClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._http is not None:
            self._http.close()
            self._http = None

    def pinned_certificate(self) -> str:
        """The server's certificate, if its fingerprint is the one given; WrongFingerprint otherwise."""
        if self.certificate is None:
            pem = fetch_certificate(self.url)
            if (shown := fingerprint_of_pem(pem)) != self.fingerprint:
                raise WrongFingerprint(
                    f"The server at {self.url} shows a certificate with the fingerprint {shown}, not "
                    f"{self.fingerprint}: it may not be your office. Nothing was sent to it; check the "
                    "fingerprint with your administrator.")
            self.certificate = pem
        elif fingerprint_of_pem(self.certificate) != self.fingerprint:
            raise WrongFingerprint("The certificate kept for the office does not have the enrolled fingerprint.")
        return self.certificate

    def _client(self) -> httpx.Client:
        if self._http is None:
            headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
            self._http = httpx.Client(base_url=self.url, verify=pinned_context(self.pinned_certificate()),
                                      headers=headers, http2=False,
                                      timeout=httpx.Timeout(READ_TIMEOUT, connect=CONNECT_TIMEOUT))
        return self._http

    def get(self, path: str, params: dict[str, Any] | None = None) -> Any:
        return self._call("GET", path, params=params)

    def post(self, path: str, body: dict[str, Any]) -> Any:
        return self._call("POST", path, json=body)

    def _call(self, method: str, path: str, **options: Any) -> Any:
        """One request; while the office answers "busy" (503, Retry-After), wait as it asks and ask again."""
        import random
        import time

        give_up = time.monotonic() + BUSY_PATIENCE
        while True:
            response = self._send(method, path, **options)
            if response.status_code != 503 or time.monotonic() > give_up:
                return _answer(response)
            try:
                wait = float(response.headers.get("retry-after", "2"))
            except ValueError:
                wait = 2.0
            time.sleep(min(wait, 30.0) * random.uniform(0.75, 1.25))  # spread out: not all laptops at once

    def _send(self, method: str, path: str, **options: Any) -> httpx.Response:
        client = self._client()
        try:
            return client.request(method, path, **options)
        except httpx.ConnectError as error:
            if "CERTIFICATE_VERIFY_FAILED" in str(error):
                raise WrongFingerprint(
                    f"The server at {self.url} no longer shows the certificate this laptop was enrolled with: "
                    "it may not be your office. Nothing was sent; tell your administrator.") from None
            raise OfficeUnreachable(_unreachable(self.url, error)) from None
        except httpx.TimeoutException as error:
            raise OfficeUnreachable(_unreachable(self.url, error)) from None
        except (httpx.TransportError, OSError) as error:
            raise OfficeUnreachable(_unreachable(self.url, error)) from None


def _answer(response: httpx.Response) -> Any:
    try:
        body = response.json()
    except ValueError:
        body = None
    if response.status_code < 400:
        if body is None:
            raise SyncError("The office's answer was not readable.", "bad_answer")
        return body
    code = body.get("code", "") if isinstance(body, dict) else ""
    message = body.get("message", "") if isinstance(body, dict) else ""
    if code == "revoked" or code == "account_closed":
        raise Revoked(message or "The office revoked this laptop's access.", code)
    if code == "unknown_device":
        raise NotEnrolled(message or "The office does not know this laptop: enrol it again.", code)
    if code == "busy":  # still busy after BUSY_PATIENCE: transient, like no answer
        raise OfficeUnreachable(message or "The office is busy; try again shortly.", code)
    if code == "sign_in_refused":
        raise SignInRefused(message or "The office refused the user name or the password.", code)
    raise SyncError(message or f"The office refused the request (HTTP {response.status_code}).",
                    code or f"http_{response.status_code}")
