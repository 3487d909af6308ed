"""The laptop's side of the office sync (issue 14): enrolment, the pinned HTTPS client, and the errors a
caseworker may read. Every error is a `SyncError` with a stable `code` (for the desktop to choose its
words and icon) and a sentence `str(error)`; none carries a password, a token or case data.
"""
from __future__ import annotations


class SyncError(Exception):
    """Something kept the laptop from talking with its office; `str(error)` says what, in words."""

    code = "sync_error"

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code


class WrongFingerprint(SyncError):
    """The server's certificate is not the one this laptop was told (or enrolled) to trust: nothing was sent."""

    code = "wrong_fingerprint"


class OfficeUnreachable(SyncError):
    """No answer from the office (no network, wrong address, server down): try again later."""

    code = "office_unreachable"


class SignInRefused(SyncError):
    """The office refused the user name and password (or the account is locked for now)."""

    code = "sign_in_refused"


class Revoked(SyncError):
    """The office revoked this laptop's access (or deactivated its user): it gets nothing more."""

    code = "revoked"


class NotEnrolled(SyncError):
    """This database is not tied to an office (or the office no longer knows this laptop)."""

    code = "not_enrolled"
