"""What a laptop does when the office refuses it for good (issue 25, item 11): told at its next contact that
its user was deactivated (`account_closed`) or that the laptop itself was revoked (`revoked`, a stolen laptop).

- Deactivated: the account is locked on this laptop too (deactivated, its password hash gone), so nobody signs
  in with it offline any more. Her edits not yet sent stay in the outbox: when an administrator reactivates
  her at the office, the next sync sends them.
- Revoked: the office's data is made unreadable on this laptop. Every synced row (persons, cases and all they
  hold, the office's tables, conflicts) and the derived search index and deadlines are deleted, every account
  here loses its password (nobody signs in: the file holds nothing to sign in for), the device token is
  dropped, and the file is VACUUMed so the deleted pages are not left readable in it. Her unsent edits are not
  lost: they are sealed for the office first (`seal`: ECDH with the office certificate's P-256 key, AES-GCM),
  kept in the `sync.sealed_edits` setting; only the office's key opens them (`unseal`, for an administrator).
"""
from __future__ import annotations

import base64
import json
import os
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import delete, select, text, update

from models.clock import utcnow
from models.db import Database
from models.entities import Base, OfficeEnrolment, OutboxEntry, Setting, SyncState
from models.services import audit
from models.sync.tables import TABLES, encode

SEALED_SETTING = "sync.sealed_edits"
_INFO = b"qamqor sealed edits v1"


def _key(shared: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(shared)


def seal(payload: bytes, certificate_pem: str) -> dict[str, str]:
    """`payload` encrypted so that only the holder of the certificate's private key can read it."""
    office_key = x509.load_pem_x509_certificate(certificate_pem.encode("ascii")).public_key()
    if not isinstance(office_key, ec.EllipticCurvePublicKey):
        raise ValueError("the office's certificate has no elliptic-curve key")
    ephemeral = ec.generate_private_key(office_key.curve)
    nonce = os.urandom(12)
    sealed = AESGCM(_key(ephemeral.exchange(ec.ECDH(), office_key))).encrypt(nonce, payload, _INFO)
    point = ephemeral.public_key().public_bytes(serialization.Encoding.X962,
                                                serialization.PublicFormat.UncompressedPoint)
    return {"point": base64.b64encode(point).decode(), "nonce": base64.b64encode(nonce).decode(),
            "sealed": base64.b64encode(sealed).decode()}


def unseal(box: dict[str, str], private_key_pem: bytes) -> bytes:
    """The payload of `seal`'s box, with the office's private key (its server folder's `key.pem`)."""
    key = serialization.load_pem_private_key(private_key_pem, password=None)
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise ValueError("not the office's elliptic-curve key")
    point = ec.EllipticCurvePublicKey.from_encoded_point(key.curve, base64.b64decode(box["point"]))
    return AESGCM(_key(key.exchange(ec.ECDH(), point))).decrypt(base64.b64decode(box["nonce"]),
                                                                base64.b64decode(box["sealed"]), _INFO)


def close_account(database: Database) -> None:
    """Her account deactivated at the office: locked here too; the outbox is kept as it is."""
    with database.transaction() as session:
        enrolment = session.get(OfficeEnrolment, 1)
        if enrolment is None:
            return
        users = Base.metadata.tables["users"]
        now = utcnow()
        session.execute(update(users).where(users.c.id == enrolment.user_id)
                        .values(archived_at=now, password_hash=None, updated_at=now))
        audit.record(session, None, "account_closed_by_office", "users", enrolment.user_id)


def revoke(database: Database) -> int:
    """This laptop revoked at the office: seal the unsent edits, remove the office's data; returns how many
    edits were sealed."""
    with database.transaction() as session:
        enrolment = session.get(OfficeEnrolment, 1)
        if enrolment is None:
            return 0
        edits = [_plain(entry) for entry in session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq))]
        if edits:
            box = seal(json.dumps({"device_id": str(enrolment.device_id), "user_id": str(enrolment.user_id),
                                   "sealed_at": utcnow().isoformat(), "changes": edits}).encode("utf-8"),
                       enrolment.certificate)
            held = session.get(Setting, SEALED_SETTING)
            kept = list(held.value) if held is not None and isinstance(held.value, list) else []
            session.merge(Setting(key=SEALED_SETTING, value=[*kept, box]))
        conn = session.connection()
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        session.execute(delete(OutboxEntry))
        for spec in reversed(TABLES):
            if spec.name != "users":
                conn.execute(delete(spec.table))
        conn.execute(text("DELETE FROM obligations"))
        users = Base.metadata.tables["users"]
        conn.execute(update(users).values(password_hash=None, failed_logins=0, locked_until=None))
        session.execute(delete(SyncState))
        session.execute(update(OfficeEnrolment).values(token=""))
        audit.record(session, None, "laptop_revoked_by_office", "office_enrolment", enrolment.device_id,
                     sealed_edits=len(edits))
    from models.services import search

    search.rebuild(database)
    # The deleted rows' pages rewritten, and the write-ahead log (which holds copies of them) emptied. On the
    # driver's own connection: SQLAlchemy's would begin a transaction, inside which SQLite refuses VACUUM.
    with database.engine.connect() as conn:
        driver = conn.connection.dbapi_connection
        assert driver is not None
        driver.execute("VACUUM")
        driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return len(edits)


def _plain(entry: OutboxEntry) -> dict[str, Any]:
    return {"change_id": str(entry.change_id), "table": entry.table_name, "row_id": str(entry.row_id),
            "operation": entry.operation, "new": entry.new, "old": entry.old,
            "case_id": encode(entry.case_id), "person_id": encode(entry.person_id), "made_at": encode(entry.made_at),
            "made_by": encode(entry.made_by)}
