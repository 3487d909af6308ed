"""Tying a laptop's database to the office for one user, and what the laptop keeps of that tie.

`enrol` checks the office's certificate against the fingerprint (nothing is
sent before that), signs the user in at the office, which answers with a
device id and token, applies the office's accounts (so the user signs in
offline from now on with the office's password) and keeps the tie in the
`office_enrolment` row of this file: the token there is a secret that lives only
in this database (encrypted with it when the file is), never in settings or logs.

A database that already holds persons is not enrolled (its cases would never
reach the office: they were written before the sync kept track of changes),
unless it is the same user enrolling again with the same office (after a
revocation, or with a new token).
"""
from __future__ import annotations

import datetime as dt
import platform
import uuid
from dataclasses import dataclass, field

from sqlalchemy import delete, exists, select

from models.clock import utcnow
from models.db import Database
from models.entities import OfficeEnrolment, Person
from models.server.tls import normal_fingerprint
from models.services import audit
from models.sync import NotEnrolled, SyncError
from models.sync.client import OfficeClient, base_url


@dataclass(frozen=True)
class Enrolment:
    """This laptop's tie to its office."""

    office_url: str
    office_name: str
    fingerprint: str
    device_id: uuid.UUID
    device_name: str
    user_id: uuid.UUID
    user_name: str
    enrolled_at: dt.datetime
    accounts_at: dt.datetime | None
    audit_sent: int
    certificate: str = field(repr=False)
    token: str = field(repr=False)  # a secret: never printed, logged or shown

    def client(self) -> OfficeClient:
        """A client for the office, pinned to the enrolled certificate, with this device's token."""
        return OfficeClient(self.office_url, self.fingerprint, self.token, certificate=self.certificate)


def _of(row: OfficeEnrolment) -> Enrolment:
    return Enrolment(row.office_url, row.office_name, row.fingerprint, row.device_id, row.device_name, row.user_id,
                     row.user_name, row.enrolled_at, row.accounts_at, row.audit_sent, row.certificate, row.token)


def enrolment_of(database: Database) -> Enrolment | None:
    """The laptop's enrolment, or None for a database that is not tied to an office."""
    with database.reading() as session:
        row = session.get(OfficeEnrolment, 1)
        return _of(row) if row is not None else None


def required_enrolment(database: Database) -> Enrolment:
    if (found := enrolment_of(database)) is None:
        raise NotEnrolled("This database is not connected to an office: enrol it first "
                          "(File › Connect to office, or `qamqor sync enrol`).")
    return found


def default_device_name() -> str:
    return (platform.node() or "laptop")[:100]


def enrol(database: Database, url: str, fingerprint: str, user_name: str, password: str,
          device_name: str | None = None) -> Enrolment:
    """Tie `database` to the office at `url` for `user_name` (see the module's docstring).

    Raises WrongFingerprint (nothing sent), OfficeUnreachable, SignInRefused, or SyncError."""
    from models.server.accounts import apply_on_laptop

    try:
        pinned = normal_fingerprint(fingerprint)
    except ValueError as error:
        raise SyncError(str(error), "bad_fingerprint") from None
    previous = enrolment_of(database)
    with database.reading() as session:
        holds_persons = bool(session.scalar(select(exists().where(Person.id.is_not(None)))))
    same = previous is not None and previous.fingerprint == pinned and \
        previous.user_name.lower() == user_name.strip().lower()
    if holds_persons and not same:
        raise SyncError("This database already holds persons and cases of its own, which the office would never "
                        "receive: connect a new, empty database to the office (and bring these cases in with "
                        "the import or by hand).", "not_empty")
    device_name = (device_name or default_device_name()).strip()[:100] or "laptop"
    with OfficeClient(url, pinned) as client:
        certificate = client.pinned_certificate()  # WrongFingerprint here: nothing has been sent
        answer = client.post("/enrol", {"user_name": user_name.strip(), "password": password,
                                        "device_name": device_name})
    try:
        device_id, token = uuid.UUID(answer["device_id"]), str(answer["token"])
        user = answer["user"]
        accounts = list(answer["accounts"])
    except (KeyError, TypeError, ValueError):
        raise SyncError("The office's answer to the enrolment was not readable.", "bad_answer") from None
    apply_on_laptop(database, accounts)
    now = utcnow()
    with database.transaction() as session:
        session.execute(delete(OfficeEnrolment))
        session.add(OfficeEnrolment(
            id=1, office_url=base_url(url), office_name=str(answer.get("office_name") or "Qamqor office")[:200],
            fingerprint=pinned, certificate=certificate, device_id=device_id, device_name=device_name,
            user_id=uuid.UUID(user["id"]), user_name=str(user["username"]), token=token, enrolled_at=now,
            accounts_at=now, audit_sent=0))
        audit.record(session, uuid.UUID(user["id"]), "enrol_office", "office_enrolment", device_id,
                     office=base_url(url), device_name=device_name, fingerprint=pinned)
    return required_enrolment(database)
