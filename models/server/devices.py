"""The laptops enrolled with the office: enrolment, the device token, revocation, the list an
administrator reads.

A device token is 32 random bytes (url-safe text) handed to the laptop once, at
enrolment; the office keeps only its SHA-256, so a copy of the office's
database lets nobody act as a laptop. Revoking a device (a stolen laptop) makes
every later call with its token fail with `revoked`: it gets nothing more.
A token also stops working when its user's account is deactivated.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select, update

from models.clock import utcnow
from models.entities import DeviceAlarm, OfficeDevice, Role, User
from models.server.database import OfficeDatabase
from models.services import accounts, audit
from models.services.base import Actor
from models.services.errors import ServiceError
from models.services.permissions import require

TOKEN_BYTES = 32
SEEN_EVERY = dt.timedelta(minutes=1)  # `last_seen_at` is written at most this often per device
MAX_NAME = 100


class DeviceRefused(Exception):
    """A call whose token the office does not accept: `code` is `revoked`, `unknown_device` or
    `account_closed`; the message says it in words."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Enrolled:
    device_id: uuid.UUID
    token: str  # shown once, to the laptop; the office keeps its hash
    user_id: uuid.UUID
    actor: Actor


@dataclass(frozen=True)
class Device:
    """A device whose token was accepted: the laptop's identity for this call."""

    id: uuid.UUID
    name: str
    user_id: uuid.UUID
    actor: Actor


@dataclass(frozen=True)
class DeviceRow:
    """One line of `qamqor server devices`."""

    id: uuid.UUID
    name: str
    user_name: str
    enrolled_at: dt.datetime
    last_seen_at: dt.datetime | None
    revoked_at: dt.datetime | None
    audit_count: int
    trail_broken_at: dt.datetime | None
    alarms: tuple[str, ...]  # the breaks found in its trail, oldest first


def enrol(office: OfficeDatabase, user_name: str, password: str, device_name: str) -> Enrolled:
    """Sign `user_name` in (argon2, lockout counted, audited) and register a new device for them.

    Raises `accounts.LoginRefused` with the service's words when the credentials are refused."""
    actor = accounts.log_in(office, user_name, password)
    assert actor.user_id is not None
    name = " ".join(device_name.split())[:MAX_NAME] or "laptop"
    token = secrets.token_urlsafe(TOKEN_BYTES)
    with office.transaction() as session:
        device = OfficeDevice(id=uuid.uuid4(), name=name, user_id=actor.user_id, token_hash=token_hash(token),
                              enrolled_at=utcnow(), last_seen_at=utcnow())
        session.add(device)
        session.flush()
        audit.record(session, actor.user_id, "enrol_device", "office_devices", device.id, name=name)
    return Enrolled(device.id, token, actor.user_id, actor)


def authenticate(office: OfficeDatabase, token: str | None) -> Device:
    """The device this token belongs to, or DeviceRefused (unknown, revoked, or its account closed)."""
    if not token:
        raise DeviceRefused("unknown_device", "This laptop is not enrolled with the office.")
    with office.reading() as session:
        found = session.execute(select(OfficeDevice, User).join(User, User.id == OfficeDevice.user_id)
                                .where(OfficeDevice.token_hash == token_hash(token))).first()
    if found is None:
        raise DeviceRefused("unknown_device", "The office does not know this laptop: enrol it again.")
    device, user = found
    if device.revoked_at is not None:
        raise DeviceRefused("revoked", "The office revoked this laptop's access: ask its administrator.")
    if user.archived_at is not None:
        raise DeviceRefused("account_closed", f"The account of {user.username} was deactivated at the office.")
    now = utcnow()
    if device.last_seen_at is None or now - device.last_seen_at > SEEN_EVERY:
        with office.transaction() as session:
            session.execute(update(OfficeDevice).where(OfficeDevice.id == device.id).values(last_seen_at=now))
    return Device(device.id, device.name, user.id, Actor.of(user))


def revoke(office: OfficeDatabase, actor: Actor, device_id: uuid.UUID) -> DeviceRow:
    """Revoke a device: its token is refused from now on (administrators; audited)."""
    require(actor, Role.admin, doing="revoke a device")
    with office.transaction() as session:
        device = session.get(OfficeDevice, device_id)
        if device is None:
            raise ServiceError("device.not_found")
        if device.revoked_at is None:
            device.revoked_at, device.revoked_by = utcnow(), actor.user_id
            audit.record(session, actor.user_id, "revoke_device", "office_devices", device.id, name=device.name)
    return next(row for row in devices(office) if row.id == device_id)


def devices(office: OfficeDatabase) -> list[DeviceRow]:
    """Every device ever enrolled, newest first, with the breaks found in its trail."""
    with office.reading() as session:
        alarms: dict[uuid.UUID, list[str]] = {}
        for device_id, at, problem in session.execute(
                select(DeviceAlarm.device_id, DeviceAlarm.at, DeviceAlarm.problem).order_by(DeviceAlarm.at)):
            alarms.setdefault(device_id, []).append(f"{at:%Y-%m-%d %H:%M} UTC: {problem}")
        rows = session.execute(select(OfficeDevice, User.username).join(User, User.id == OfficeDevice.user_id)
                               .order_by(OfficeDevice.enrolled_at.desc()))
        return [DeviceRow(d.id, d.name, name, d.enrolled_at, d.last_seen_at, d.revoked_at, d.audit_count,
                          d.trail_broken_at, tuple(alarms.get(d.id, []))) for d, name in rows]


def find(office: OfficeDatabase, spelled: str) -> uuid.UUID:
    """The device named by `spelled`: its id, the start of its id (at least 6 digits), or its unique name."""
    text = spelled.strip().lower()
    with office.reading() as session:
        rows = session.execute(select(OfficeDevice.id, OfficeDevice.name)).all()
    by_id = [i for i, _ in rows if len(text.replace("-", "")) >= 6 and i.hex.startswith(text.replace("-", ""))]
    by_name = [i for i, name in rows if name.lower() == text]
    found = by_id or by_name
    if len(found) != 1:
        raise ServiceError(f"No device is named '{spelled}'." if not found else
                           f"'{spelled}' names {len(found)} devices: give its id (`qamqor server devices`).")
    return found[0]


def device_count(office: OfficeDatabase) -> int:
    with office.reading() as session:
        return int(session.scalar(select(func.count()).select_from(OfficeDevice)) or 0)
