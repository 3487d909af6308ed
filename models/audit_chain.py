"""The key that chains the audit trail, the chain's arithmetic, and its anchor. No SQLAlchemy here:
it works on a DB-API connection, so migrations, `qamqor encrypt`, backups and the office server share it.

Each entry's hash is an HMAC-SHA256, keyed by a secret only the office holds,
of the previous entry's hash and the entry's content. Without the key nobody
can rewrite an entry and recompute the chain after it (a plain SHA-256 chain
anyone can recompute). Deleting the newest entries leaves a shorter chain that
is still whole: the **anchor** (entry count and the newest entry's hash),
kept outside the database (printed by `qamqor audit verify`, written beside
every backup, kept by the office server at each sync), shows it.

Where the key comes from (decided for issue 12):
- an encrypted database: derived from its passphrase (HMAC-SHA256 of a fixed
  label under the NFC passphrase). Whoever can open the file has the key, and
  nobody else can even read the trail; the key travels with the passphrase to
  every computer and backup, and `qamqor encrypt` re-keys the chain once.
- a plain database: 32 random bytes in `audit-trail.key` (mode 0600) in the
  user's configuration folder, beside the office's settings
  (`~/.config/Qamqor/` on Linux; `QAMQOR_AUDIT_KEY_FILE` names another file).
  A file, not the operating system's keyring: the headless commands run from
  cron and scripts where no keyring is unlocked, and a keyring that is
  unavailable on one start would make a new key and break the chain. Someone
  who copies only the database file cannot forge its trail; to verify a plain
  database on another computer copy that key file too (or encrypt it).
"""
from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import re
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

GENESIS = "0" * 64
KEY_FILE_VARIABLE = "QAMQOR_AUDIT_KEY_FILE"
_LABEL = b"qamqor audit trail v1"


def key_file() -> Path:
    if env := os.environ.get(KEY_FILE_VARIABLE):
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_config_dir("Qamqor", appauthor=False)) / "audit-trail.key"


def office_key() -> bytes:
    """The plain databases' key, made (mode 0600) the first time it is needed."""
    path = key_file()
    with contextlib.suppress(FileNotFoundError):
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # made by another Qamqor a moment ago
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    key = secrets.token_bytes(32)
    with os.fdopen(handle, "w", encoding="ascii") as file:
        file.write(key.hex() + "\n")
        file.flush()
        os.fsync(file.fileno())
    return key


def key_for(passphrase: str | None) -> bytes:
    """The chain's key for a database opened with `passphrase` (None: a plain database)."""
    if passphrase is None:
        return office_key()
    return hmac.new(unicodedata.normalize("NFC", passphrase).encode(), _LABEL, hashlib.sha256).digest()


def _plain(value: Any) -> Any:
    import datetime as dt
    import uuid

    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def entry_hash(key: bytes | None, prev_hash: str, seq: int, at: Any, user_id: Any, action: str,
               entity: str | None, record_id: Any, details: dict) -> str:
    """The hash of one entry: HMAC-SHA256 under `key` (None: the plain SHA-256 of revisions before 0010)."""
    body = json.dumps([seq, _plain(at), _plain(user_id), action, entity, _plain(record_id), details],
                      sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    message = (prev_hash + body).encode()
    if key is None:
        return hashlib.sha256(message).hexdigest()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


# --- on a DB-API connection (rows as stored: at as text, ids as 32 hex digits, details as JSON text) ---

def _stored_entries(conn: Any) -> Any:
    import datetime as dt
    import uuid

    for seq, at, user_id, action, entity, record_id, details, prev_hash, hash_ in conn.execute(
            "SELECT seq, at, user_id, action, entity, record_id, details, prev_hash, hash FROM audit_log "
            "ORDER BY seq"):
        yield (seq, dt.datetime.fromisoformat(at), uuid.UUID(user_id) if user_id else None, action, entity,
               uuid.UUID(record_id) if record_id else None, json.loads(details) if details else {},
               prev_hash, hash_)


def rechain(conn: Any, old_key: bytes | None, new_key: bytes) -> int:
    """Re-key the trail on `conn` from `old_key` to `new_key`, in the caller's transaction.

    Only the entries that verify under the old key are re-keyed: from the first one
    that does not, the entries stay as they were, so the break is still reported
    where it is. Returns how many entries were re-keyed."""
    prev_old, prev_new, expected, done = GENESIS, GENESIS, 1, 0
    updates = []
    for seq, at, user_id, action, entity, record_id, details, prev_hash, hash_ in list(_stored_entries(conn)):
        if seq != expected or prev_hash != prev_old or \
                entry_hash(old_key, prev_old, seq, at, user_id, action, entity, record_id, details) != hash_:
            break
        new = entry_hash(new_key, prev_new, seq, at, user_id, action, entity, record_id, details)
        updates.append((prev_new, new, seq))
        prev_old, prev_new, expected, done = hash_, new, expected + 1, done + 1
    conn.executemany("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?", updates)
    return done


# The fields of an entry as a laptop sends it to the office (models.sync.trail.entry_json).
SENT_FIELDS = ("seq", "at", "user_id", "action", "entity", "record_id", "details", "prev_hash", "hash")


def content_digest(previous: str, sent: dict) -> str:
    """The trail's digest after one more entry, from the entry as sent: a plain SHA-256 chain over every
    field (not only the hashes). The office keeps it over what it received; a laptop sends it over what its
    trail holds now, so an entry rewritten after the office received it (its hash kept or not) or removed
    from the middle shows, which the newest hash and the count alone do not."""
    body = json.dumps([sent.get(name) for name in SENT_FIELDS], sort_keys=True, ensure_ascii=False,
                      separators=(",", ":"))
    return hashlib.sha256((previous + body).encode()).hexdigest()


@dataclass(frozen=True)
class Anchor:
    """What the trail looked like at one moment: how many entries, and the newest one's hash."""

    count: int
    head: str

    def __str__(self) -> str:
        return f"{self.count}:{self.head}"

    @classmethod
    def parse(cls, text: str) -> Anchor:
        """`COUNT:HASH` (as printed by `qamqor audit verify`); ValueError otherwise."""
        match = re.fullmatch(r"\s*(\d{1,12}):([0-9a-f]{64})\s*", text)
        if not match:
            raise ValueError(f"'{text}' is not an anchor (write it COUNT:HASH, as `qamqor audit verify` prints it)")
        return cls(int(match.group(1)), match.group(2))


def anchor_of(conn: Any) -> Anchor:
    """The anchor of the trail in the database behind the DB-API connection `conn` (an office server's
    or a backup's): what an outside copy keeps to see later whether entries were removed."""
    row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return Anchor(0, GENESIS) if row is None else Anchor(int(row[0]), row[1])


def anchor_problem(conn: Any, anchor: Anchor) -> str | None:
    """Why the trail on `conn` does not hold the anchored one (None: it does, perhaps with later entries)."""
    if anchor.count == 0:
        return None
    row = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (anchor.count,)).fetchone()
    if row is None:
        last = anchor_of(conn).count
        return f"the trail has {last} entries, fewer than the {anchor.count} of the anchor: entries were removed"
    if row[0] != anchor.head:
        return f"entry {anchor.count} is not the one the anchor recorded: the trail was rewritten"
    return None


def write_sidecar(backup_file: Path, conn: Any) -> Path:
    """`BACKUP.anchor` beside a backup: the anchor of the trail it holds (mode 0600)."""
    sidecar = backup_file.with_name(backup_file.name + ".anchor")
    handle = os.open(sidecar, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(handle, "w", encoding="ascii") as file:
        file.write(f"{anchor_of(conn)}\n")
    return sidecar
