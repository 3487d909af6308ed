"""Turning a plain database into an encrypted one (`qamqor encrypt`), without ever risking the data.

The encrypted copy is written next to the original with SQLCipher's
`sqlcipher_export`, checked (integrity, HMAC of every page, the row count of
every table), synced, and only then renamed over the original in one step: killed
at any moment, the path holds the whole plain database or the whole encrypted one. The plain original is kept as a
timestamped file if asked, otherwise overwritten with zeros and removed, with
its -wal and -shm files (best effort: an SSD or a copy-on-write file system may
keep old blocks; whole-disk encryption is what covers those).
"""
from __future__ import annotations

import contextlib
import os
import tempfile
import time
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from models.audit_chain import key_for, rechain
from models.connection import (
    DatabaseError,
    connect,
    create_private,
    is_encrypted,
    sqlcipher,
    timestamped_backup_path,
)
from models.passphrases import new_passphrase_problem

SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class Encrypted:
    """What `encrypt` did: how many tables and rows it checked, where the plain file was kept, if anywhere."""

    path: Path
    tables: int
    rows: int
    plain_kept: Path | None
    seconds: float


def encrypt(path: Path | str, passphrase: str, *, keep_plain: bool = False) -> Encrypted:
    """Convert the plain database at `path` into an encrypted one in place.

    Run it with Qamqor closed on this file: a write made by another program
    while the copy is moved into place would be lost with the plain file.
    """
    path = Path(path)
    started = time.perf_counter()
    finish_interrupted(path)
    if not path.is_file() or path.stat().st_size == 0:
        raise DatabaseError(f"There is no database at {path}.")
    if is_encrypted(path):
        raise DatabaseError(f"{path.name} is already encrypted.")
    if problem := new_passphrase_problem(passphrase):
        raise ValueError(problem)
    copy = path.with_name(path.name + ".encrypting")
    _shred(copy)  # left by an interrupted run: encrypted or incomplete, never needed
    try:
        with contextlib.closing(sqlcipher().connect(str(path), isolation_level=None)) as source:
            _check_readable(source, path)
            # Nobody writes while the copy is made (other writers wait); the counts and the copy see one state.
            create_private(copy)
            with attached(source, copy, passphrase):
                source.execute("BEGIN IMMEDIATE")
                counts = row_counts(source)
                source.execute("SELECT sqlcipher_export('encrypted')").fetchall()
                source.execute("COMMIT")
            # All in the one file, as a backup: a kept original needs no -wal beside it, a removed one leaves none.
            source.execute("PRAGMA journal_mode = DELETE")
        _step("copied")
        rekey_audit_trail(copy, passphrase)
        verify(copy, passphrase, counts)
        _sync(copy)
        _step("verified")
        # The swap, crash-safe: the plain file stays at its path until the complete, synced encrypted copy
        # replaces it in one rename. A second name (a hard link) keeps the plain data for --keep-plain, or
        # until it is erased; killed at any point, the path holds one whole database, plain or encrypted.
        kept = timestamped_backup_path(path, "plain") if keep_plain else _removing(path)
        os.link(path, kept)
        _sync_folder(path.parent)
        _step("linked")
        for suffix in SIDE_FILES:  # the plain file's (empty after journal_mode = DELETE); not the new one's
            _shred(path.with_name(path.name + suffix))
        _step("side files removed")
        os.replace(copy, path)
        _sync_folder(path.parent)
        _step("replaced")
    finally:
        _shred(copy)
    if not keep_plain:
        _shred(kept)
        _sync_folder(path.parent)
        _step("plain erased")
    return Encrypted(path, len(counts), sum(counts.values()), kept if keep_plain else None,
                     time.perf_counter() - started)


def _removing(path: Path) -> Path:
    return path.with_name(path.name + ".removing")


def finish_interrupted(path: Path | str) -> None:
    """Erase the plain copy an interrupted `encrypt` left beside `path` (`NAME.removing`).

    If the database at `path` is already the encrypted one, the plain data must not stay on disk; if it is
    still the plain one, `NAME.removing` is only a second name of it (or an older, unneeded copy)."""
    path = Path(path)
    leftover = _removing(path)
    if not leftover.exists():
        return
    if path.exists() and os.path.samefile(path, leftover):
        leftover.unlink()  # the same file: overwriting it would erase the database itself
    else:
        _shred(leftover)
    _sync_folder(path.parent)


def _step(name: str) -> None:
    """Fault injection for the crash test (tests/hardening/test_encrypt_crash.py): with QAMQOR_KILL_AT set to
    a step's name, the process kills itself (SIGKILL) there, as a power cut would."""
    if os.environ.get("QAMQOR_KILL_AT") == name:
        import signal

        os.kill(os.getpid(), signal.SIGKILL)


KILL_STEPS = ("copied", "verified", "linked", "side files removed", "replaced", "plain erased")


def _sync(path: Path) -> None:
    with path.open("rb") as file:
        os.fsync(file.fileno())


def _sync_folder(folder: Path) -> None:
    """A rename or link is durable once its folder is synced (POSIX; nothing to do on Windows)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


@contextlib.contextmanager
def encrypted_copy(source: Path | str, passphrase: str, directory: Path | str | None = None) -> Iterator[Path]:
    """A checked encrypted copy of the plain database `source`, in a temporary file removed afterwards."""
    source = Path(source)
    handle, name = tempfile.mkstemp(prefix=".qamqor-", suffix=".db", dir=directory or source.parent)
    os.close(handle)
    copy = Path(name)  # mkstemp made it empty and 0600: sqlcipher_export fills it as a new database
    try:
        with contextlib.closing(sqlcipher().connect(f"{source.resolve().as_uri()}?mode=ro", uri=True,
                                                    isolation_level=None)) as conn:
            _check_readable(conn, source)
            counts = row_counts(conn)
            with attached(conn, copy, passphrase):
                conn.execute("SELECT sqlcipher_export('encrypted')").fetchall()
        rekey_audit_trail(copy, passphrase)
        verify(copy, passphrase, counts)
        yield copy
    finally:
        _shred(copy)


def rekey_audit_trail(copy: Path, passphrase: str) -> None:
    """The encrypted copy's audit chain re-keyed from the office's key to the passphrase's (models.audit_chain)."""
    with contextlib.closing(connect(copy, passphrase)) as conn:
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'audit_log'").fetchone():
            conn.execute("BEGIN IMMEDIATE")
            rechain(conn, key_for(None), key_for(passphrase))
            conn.execute("COMMIT")


@contextlib.contextmanager
def attached(source: Any, destination: Path, passphrase: str) -> Iterator[None]:
    """The new file `destination` attached to the plain SQLCipher connection `source` as `encrypted`,
    keyed by the passphrase (a bound parameter: the passphrase is never part of the SQL text)."""
    key = unicodedata.normalize("NFC", passphrase)  # as models.db keys its connections
    source.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(destination), key))
    try:
        yield
    finally:
        if source.in_transaction:
            source.execute("ROLLBACK")
        source.execute("DETACH DATABASE encrypted")


def row_counts(conn: Any) -> dict[str, int]:
    """The number of rows of every table (the search index's virtual and shadow tables included)."""
    names = [row[0] for row in conn.execute(
        "SELECT name FROM main.sqlite_master WHERE type = 'table' ORDER BY name")]
    return {name: conn.execute(f'SELECT count(*) FROM main."{name}"').fetchone()[0] for name in names}


def verify(copy: Path, passphrase: str, expected: dict[str, int]) -> None:
    """Refuse an encrypted copy that is damaged or does not hold every row of the original."""
    with contextlib.closing(connect(copy, passphrase, read_only=True)) as conn:
        problems = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
        integrity = conn.execute("PRAGMA integrity_check").fetchall()
        counts = row_counts(conn)
    if problems or integrity != [("ok",)]:
        raise DatabaseError(f"The encrypted copy of the database failed its check; the original is unchanged "
                            f"({(problems or [integrity[0][0]])[0]}).")
    if counts != expected:
        differ = sorted(name for name in expected.keys() | counts.keys() if expected.get(name) != counts.get(name))
        raise DatabaseError(f"The encrypted copy does not hold the same rows (tables {', '.join(differ)}); "
                            "the original is unchanged.")


def _check_readable(conn: Any, path: Path) -> None:
    driver = sqlcipher()
    try:
        result = conn.execute("PRAGMA integrity_check").fetchall()
    except driver.DatabaseError as error:
        raise DatabaseError(f"{path.name} is not a readable database ({error}).") from None
    if result != [("ok",)]:
        raise DatabaseError(f"{path.name} is damaged: {result[0][0]}")


def _shred(path: Path) -> None:
    """Overwrite a file with zeros, then remove it (best effort: see the module's docstring)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with path.open("r+b") as file:
        block = b"\0" * (1 << 20)
        for start in range(0, size, len(block)):
            file.write(block[:size - start])
        file.flush()
        os.fsync(file.fileno())
    path.unlink()
