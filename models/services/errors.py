"""Errors a service raises on purpose. Each has a message a caseworker can act on.

Anything else escaping a service is a bug and is reported as one.
"""
from __future__ import annotations

from dataclasses import dataclass


class ServiceError(Exception):
    """Base of the expected errors; `str(error)` is the message to show."""


class NotFound(ServiceError):
    pass


class Conflict(ServiceError):
    """The record changed since it was read: saving would overwrite someone else's work."""


class PermissionDenied(ServiceError):
    """Refused for lack of a right; the services write each refusal to the audit trail."""

    def __init__(self, message: str, *, action: str, entity: str | None = None, record_id=None) -> None:
        super().__init__(message)
        self.action, self.entity, self.record_id = action, entity, record_id


@dataclass(frozen=True)
class FieldError:
    field: str  # path of the field, e.g. "stays[1].exit_date"
    label: str  # what the form calls it, e.g. "Exit date"
    message: str  # why it is refused, e.g. "must not be before the entry date (10 May 2024)"

    def __str__(self) -> str:
        return f"{self.label}: {self.message}"


class ValidationFailed(ServiceError):
    """Input refused; `errors` says which fields are wrong and why."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("; ".join(str(e) for e in errors))
