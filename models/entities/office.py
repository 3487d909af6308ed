"""The office's devices and their audit chains (at the office), and a laptop's tie to its office.

Both sides run the same migrations, so both hold every table; each uses its own:
the office `office_devices`, `device_audit` and `device_alarms`; a laptop `office_enrolment`.
"""
from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import JSON, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.clock import utcnow
from models.entities.base import Base


class OfficeDevice(Base):
    """A laptop enrolled with the office, for one user. Only the SHA-256 of its token is kept."""

    __tablename__ = "office_devices"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    name: Mapped[str] = mapped_column(String(100))
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    enrolled_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[dt.datetime | None]
    revoked_at: Mapped[dt.datetime | None]
    revoked_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    # The device's audit chain as the office holds it: entries received and the newest one's hash.
    # After a break the office starts a new segment, and the laptop sends its whole trail again; the
    # entries of earlier segments stay as they were received (the evidence of what the trail said).
    audit_segment: Mapped[int] = mapped_column(Integer, default=0)
    audit_count: Mapped[int] = mapped_column(Integer, default=0)
    audit_head: Mapped[str] = mapped_column(String(64), default="0" * 64)
    # SHA-256 chained over every entry the office holds in this segment, as received (models.audit_chain
    # .content_digest): the laptop sends the same digest of its own trail, so a rewritten entry is found.
    # '' when unknown (after a break, or enrolled before it was kept): taken from the laptop at its next sync.
    audit_digest: Mapped[str] = mapped_column(String(64), default="0" * 64, server_default="")
    trail_broken_at: Mapped[dt.datetime | None]  # the first break the office saw (None: the chain is whole)


class DeviceAuditEntry(Base):
    """One entry of a device's audit trail, exactly as the laptop wrote it (its own seq and hashes)."""

    __tablename__ = "device_audit"

    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office_devices.id"), primary_key=True)
    segment: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime]
    user_id: Mapped[uuid.UUID | None]  # no foreign key: kept even if the account is gone
    action: Mapped[str] = mapped_column(String(30))
    entity: Mapped[str | None] = mapped_column(String(40))
    record_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    details: Mapped[dict] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class DeviceAlarm(Base):
    """A break the office found in a device's trail (cut, rewritten, out of order): for the administrator."""

    __tablename__ = "device_alarms"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office_devices.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    seq: Mapped[int | None]  # the device's entry where the break is
    problem: Mapped[str] = mapped_column(Text)
    acknowledged_at: Mapped[dt.datetime | None]


class OfficeEnrolment(Base):
    """The laptop's tie to its office (one row). `token` is a secret: it lives only in this file
    (encrypted with it when the file is), never in settings, logs or messages."""

    __tablename__ = "office_enrolment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False, default=1)
    office_url: Mapped[str] = mapped_column(String(300))
    office_name: Mapped[str] = mapped_column(String(200))
    fingerprint: Mapped[str] = mapped_column(String(80))  # SHA256:<hex> of the certificate's DER
    certificate: Mapped[str] = mapped_column(Text)  # the pinned certificate (PEM): the only trust anchor
    device_id: Mapped[uuid.UUID]
    device_name: Mapped[str] = mapped_column(String(100))
    user_id: Mapped[uuid.UUID]
    user_name: Mapped[str] = mapped_column(String(64))
    token: Mapped[str] = mapped_column(String(100))
    enrolled_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    accounts_at: Mapped[dt.datetime | None]  # when the office's accounts were last applied here
    audit_sent: Mapped[int] = mapped_column(Integer, default=0)  # entries of this trail the office holds
