"""The laptop's side of the office sync (issue 14): capture, push, pull, conflicts. Headless."""
from __future__ import annotations


class SyncError(Exception):
    """Sync trouble a caseworker can read about: `code` for programs, `str(error)` for people."""

    code = "sync"

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.__doc__ or self.code)


class WrongFingerprint(SyncError):
    """The office's certificate does not have the fingerprint given: nothing was sent."""

    code = "wrong_fingerprint"


class OfficeUnreachable(SyncError):
    """The office server cannot be reached now; your work stays on this laptop and goes at the next sync."""

    code = "unreachable"


class SignInRefused(SyncError):
    """The office refused the user name or password."""

    code = "sign_in_refused"


class Revoked(SyncError):
    """The office revoked this laptop's access."""

    code = "revoked"


class NotEnrolled(SyncError):
    """This database is not connected to an office: enrol it first (qamqor sync enrol)."""

    code = "not_enrolled"
