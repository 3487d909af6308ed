"""What the alert list hands out: one row per alert, the first view, the breakdown."""
from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from json.encoder import encode_basestring, encode_basestring_ascii

from models.ids import CaseId, PersonId, ReferralId, UserId
from models.names import full_name
from models.rules.dates import status_from_days_left
from models.services.alerts.filters import AlertCounts


def dashed(hex_id: str | None) -> str | None:
    """32 hex digits as the usual UUID text (without building a UUID object)."""
    if hex_id is None:
        return None
    return f"{hex_id[:8]}-{hex_id[8:12]}-{hex_id[12:16]}-{hex_id[16:20]}-{hex_id[20:]}"


# Not frozen: a frozen dataclass takes several times as long to build, and the command line builds 100,000.
@dataclass(slots=True)
class AlertRow:
    """One alert as the list shows it. The `*_hex` fields hold ids as stored, 32 hex digits (the command line
    lists 100,000 rows); `case_id`, `person_id`, `caseworker_id` and `referral_id` hand them out as UUIDs."""

    key: str  # "o:<person>:<position>", "r:<referral>" or "q:<year>"
    rule: str
    due: dt.date
    days_left: int  # due - as_of (negative when overdue)
    status: str  # overdue, due_soon or ok (RULES.md section 1)
    case_hex: str | None = None
    person_hex: str | None = None
    family_name: str | None = None
    given_name: str | None = None
    patronymic: str | None = None
    citizenship: str | None = None
    category: str | None = None
    caseworker_hex: str | None = None
    caseworker: str | None = None
    region: str | None = None
    rule_version: str | None = None
    referral_hex: str | None = None
    service: str | None = None  # for a planned service not given: which service (shelter, legal_aid, ...)

    # The ids as the services hand them out (UUIDs); the *_hex fields above are the stored form, kept so
    # that 100,000 rows are built and written as JSON without making 300,000 UUID objects.
    @property
    def case_id(self) -> CaseId | None:
        return None if self.case_hex is None else CaseId(uuid.UUID(self.case_hex))

    @property
    def person_id(self) -> PersonId | None:
        return None if self.person_hex is None else PersonId(uuid.UUID(self.person_hex))

    @property
    def caseworker_id(self) -> UserId | None:
        return None if self.caseworker_hex is None else UserId(uuid.UUID(self.caseworker_hex))

    @property
    def referral_id(self) -> ReferralId | None:
        return None if self.referral_hex is None else ReferralId(uuid.UUID(self.referral_hex))

    @property
    def name(self) -> str:
        return full_name(self.family_name, self.given_name, self.patronymic)

    def as_dict(self) -> dict:
        """JSON-friendly (the command line's --json, the exports)."""
        return {"rule": self.rule, "due": self.due.isoformat(), "status": self.status, "days_left": self.days_left,
                "case_id": dashed(self.case_hex), "person_id": dashed(self.person_hex), "name": self.name or None,
                "citizenship": self.citizenship, "category": self.category, "caseworker": self.caseworker,
                "region": self.region, "rule_version": self.rule_version, "referral_id": dashed(self.referral_hex)}

    def as_json(self, ascii_only: bool = False) -> str:
        """`as_dict()` as one line of JSON, written directly: for the command line's 100,000 rows this takes
        half the time of building the dicts and encoding them (a test holds the two equal)."""
        text = encode_basestring_ascii if ascii_only else encode_basestring

        def string(value: str | None) -> str:
            return "null" if value is None else text(value)

        return (f'{{"rule": {text(self.rule)}, "due": "{self.due.isoformat()}", "status": {text(self.status)}, '
                f'"days_left": {self.days_left}, "case_id": {string(dashed(self.case_hex))}, '
                f'"person_id": {string(dashed(self.person_hex))}, "name": {string(self.name or None)}, '
                f'"citizenship": {string(self.citizenship)}, "category": {string(self.category)}, '
                f'"caseworker": {string(self.caseworker)}, "region": {string(self.region)}, '
                f'"rule_version": {string(self.rule_version)}, "referral_id": {string(dashed(self.referral_hex))}}}')


def status_of(due: dt.date, as_of: dt.date) -> str:
    """overdue, due_soon or ok: an alert is never met (met obligations are not on the list)."""
    return status_from_days_left((due - as_of).days, False)


@dataclass(frozen=True)
class Overview:
    """What the alert view shows first: the counts and the first page."""

    as_of: dt.date
    counts: AlertCounts
    first_page: list[AlertRow]


@dataclass(frozen=True)
class Breakdown:
    """Alerts in the chosen window counted by rule, caseworker, region and category (largest first)."""

    rule: list[tuple[str, int]] = field(default_factory=list)
    caseworker: list[tuple[str | None, str | None, int]] = field(default_factory=list)  # (hex id, name, n)
    region: list[tuple[str | None, int]] = field(default_factory=list)
    category: list[tuple[str, int]] = field(default_factory=list)
