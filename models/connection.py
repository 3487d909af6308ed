"""Opening a connection to a database file, plain or encrypted, and the `Database` the services work in.

The lowest piece of the storage layer: `models.db` (opening, upgrading,
backing up, restoring), `models.migrate` and `models.encryption` all build on
it, and none of them on each other through it (issue 13 item 8: the cycle
db ↔ encryption ↔ migrate is broken by moving what they share down here).

SQLite runs in WAL mode (readers never wait for the writer), with foreign keys
enforced and a busy timeout so that two application instances on one file wait
for each other instead of failing at once.

A database may be encrypted with SQLCipher: every page on disk, the -wal file
included, is AES-256 encrypted with a key derived from the office's passphrase
(SQLCipher 4 defaults: PBKDF2-HMAC-SHA512, a random salt per file). `connect` is
the one place a connection to a file is made, plain or encrypted; the engine,
Alembic, backup, restore and the checks all go through it. The passphrase is
only ever in the first statement of an encrypted connection: never in a URL, a
log line or an exception message.
"""
from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from models import clock
from models.audit_chain import key_for

BUSY_TIMEOUT_MS = 10_000
PLAIN_HEADER = b"SQLite format 3\x00"


class DatabaseError(Exception):
    """Trouble with the database file itself (missing, damaged, not a Qamqor database, locked by a passphrase)."""


class WrongPassphrase(DatabaseError):
    """The passphrase does not open this encrypted file (nothing was read or written)."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"The passphrase is not right for {path.name}.")


class PassphraseRequired(DatabaseError):
    """The file is encrypted and no passphrase was given."""


class DiskFull(DatabaseError):
    """The disk (or the user's quota) is full; the transaction that hit it was rolled back."""

    def __init__(self) -> None:
        super().__init__("the disk is full: free space and try again")


class DatabaseBusy(DatabaseError):
    """Another program held the database's write lock longer than the busy timeout (10 s)."""

    def __init__(self) -> None:
        super().__init__(f"the database is in use by another program, which has held it for more than "
                         f"{BUSY_TIMEOUT_MS // 1000} s: try again when it has finished")


class DatabaseDamaged(DatabaseError):
    """The database file is damaged (cut short, overwritten, its header gone): Qamqor writes nothing to it,
    and says which backup to restore (`backup`: the newest beside it, if any)."""

    def __init__(self, path: Path | None, what: str) -> None:
        self.path, self.what = path, what
        self.backup = newest_backup(path) if path is not None else None
        name = path.name if path is not None else "The database file"
        if self.backup is not None:
            advice = f"restore the newest backup: qamqor --db {path} restore {self.backup}"
        elif path is not None:
            advice = (f"restore a backup: qamqor --db {path} restore BACKUP-FILE (none was found beside it in "
                      f"{path.parent})")
        else:
            advice = "restore the newest backup with `qamqor restore BACKUP-FILE`"
        super().__init__(f"{name} is damaged ({what}); nothing was written to it. To go on, {advice}")


# Files beside a database that are not backups of it.
_NOT_BACKUPS = ("-wal", "-shm", "-journal", ".anchor", ".removing", ".encrypting")


def newest_backup(path: Path) -> Path | None:
    """The newest backup of the database at `path` in its folder (by time of writing; never opened): the
    copies Qamqor makes beside it (`NAME.before-0012.….db`, `NAME.replaced.….db`) and any file that
    `qamqor backup` wrote there (it has `FILE.anchor` beside it)."""
    found = []
    with contextlib.suppress(OSError):
        for candidate in path.parent.iterdir():
            name = candidate.name
            if name == path.name or name.endswith(_NOT_BACKUPS) or ".damaged." in name or not candidate.is_file():
                continue
            ours = name.startswith(f"{path.stem}.") and name.endswith(path.suffix)
            if ours or candidate.with_name(name + ".anchor").exists():
                found.append((candidate.stat().st_mtime, candidate))
    return max(found)[1] if found else None


def damage(error: BaseException) -> str | None:
    """What SQLite said of a damaged file behind `error` (a driver's or SQLAlchemy's), else None."""
    original = getattr(error, "orig", None) or error
    name = getattr(original, "sqlite_errorname", "")
    text = str(original).splitlines()[0] if str(original) else ""
    if name in ("SQLITE_CORRUPT", "SQLITE_NOTADB") or text in ("database disk image is malformed",
                                                                 "file is not a database"):
        return text or name
    return None


def environment_error(error: BaseException, path: Path | None = None) -> DatabaseError | None:
    """`DiskFull`, `DatabaseBusy` or `DatabaseDamaged` (the file at `path`) for the environment trouble behind
    `error` (an OSError, or a driver's or SQLAlchemy's error), else None: everything else is a bug, raised as
    one (STYLE.md)."""
    if isinstance(error, DatabaseError):
        return error
    if (what := damage(error)) is not None:
        return DatabaseDamaged(path, what)
    if isinstance(error, OSError) and error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskFull()
    original = getattr(error, "orig", None) or error
    name = getattr(original, "sqlite_errorname", "")
    text = str(original).lower()
    if name == "SQLITE_FULL" or "database or disk is full" in text:
        return DiskFull()
    # SQLite says only "disk I/O error" when it cannot make the -shm file on a full disk (it hides errno).
    if (name.startswith("SQLITE_IOERR") or text == "disk i/o error") and path is not None and _no_room(path):
        return DiskFull()
    if name in ("SQLITE_BUSY", "SQLITE_LOCKED") or "database is locked" in text or "database is busy" in text:
        return DatabaseBusy()
    return None

def _no_room(path: Path) -> bool:
    """Whether the file system that holds `path` has no room left (less than a page of SQLite's -shm)."""
    try:
        found = os.statvfs(path.parent)
    except (OSError, AttributeError):  # no statvfs on Windows: SQLite says SQLITE_FULL there
        return False
    return found.f_bavail * found.f_frsize < 32 * 1024


def create_private(path: Path) -> None:
    """Make `path` an empty file only its owner may read (0600) if there is none, before SQLite opens it:
    SQLite creates a database, and its -wal and -shm files after it, with the mode of the file it opens."""
    with contextlib.suppress(OSError):  # there already; or no folder, which SQLite then says in its own words
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


# The database files this process has open through a `Database`, by real path: [encrypted, how many]. Their
# header is read once, before SQLite opens them, and never again while they are open: SQLite's locks are
# POSIX advisory locks, which belong to the process, and closing any other descriptor of the file in the
# same process drops them all; another process may then delete the -wal file the open one still writes
# into ("How To Corrupt An SQLite Database File", section 2.2; issue 26).
_open_here: dict[str, list[Any]] = {}
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def _real(path: Path | str) -> str:
    return os.path.normcase(os.path.realpath(path))  # lstat and readlink only: no file is opened


def open_in_this_process(path: Path | str) -> bool:
    """Whether `path` is a database this process has open, or one of its -wal, -shm or -journal files:
    a file nothing in Qamqor but SQLite may open (reading or writing it would drop SQLite's locks)."""
    real = _real(path)
    for database in _open_here:
        if real in (database, *(database + suffix for suffix in SIDE_SUFFIXES)):
            return True
    with contextlib.suppress(OSError):  # the same file by another name (a hard link): compared by stat
        for database in _open_here:
            if os.path.exists(database) and os.path.samefile(database, path):
                return True
    return False


def is_encrypted(path: Path | str) -> bool:
    """Whether the file at `path` looks like an encrypted database.

    A plain SQLite file starts with "SQLite format 3\\0"; an SQLCipher file starts with its random salt, and
    is whole pages of 4096 bytes (SQLCipher 4's, the only kind Qamqor makes). A file that is neither, or
    whose header is damaged (`header_damage`), is not encrypted: it is opened as plain and refused in words.
    A missing or empty file is not encrypted. A database this process has open is not read again: its
    answer is the one given when it was opened.
    """
    path = Path(path)
    if (known := _open_here.get(_real(path))) is not None:
        return bool(known[0])
    header, size = _header(path)
    return (size > 0 and size % SQLCIPHER_PAGE == 0 and not header.startswith(PLAIN_HEADER)
            and _header_problem(header, size) is None)


SQLCIPHER_PAGE = 4096
_HEADER_SIZE = 100  # SQLite's database header


def _header(path: Path) -> tuple[bytes, int]:
    """The first 100 bytes of the file and its size; (b"", 0) for a missing file. Never for a database this
    process has open (see `_open_here`)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as file:
            return file.read(_HEADER_SIZE), size
    except FileNotFoundError:
        return b"", 0


def _header_problem(header: bytes, size: int, settled: bool = False) -> str | None:
    """`settled`: no -wal file beside it, so the page count in the header is the file's (while a -wal
    holds pages, a checkpoint may have written the new count before the pages that make the file longer)."""
    if size == 0:
        return None
    if header.startswith(PLAIN_HEADER):
        page_size = int.from_bytes(header[16:18], "big")
        page_size = 65536 if page_size == 1 else page_size
        pages = int.from_bytes(header[28:32], "big")
        pages_valid = header[24:28] == header[92:96]  # SQLite's own test that the page count is current
        if page_size < 512 or size % page_size or (settled and pages_valid and pages * page_size > size):
            return f"it is cut short: {size:,} bytes"
        return None
    if len(header) >= 16 and not any(header[:16]):
        return "its first bytes are zeros"
    if header[21:24] == b"\x40\x20\x20":  # the fixed fields of a plain header, under a damaged first line
        return "the first line of its header is overwritten"
    if size % SQLCIPHER_PAGE:
        return "it is not an SQLite database, plain or with a passphrase"
    return None


def header_damage(path: Path | str) -> str | None:
    """Why the file at `path` is a damaged database, from its header and size (None: it looks whole). Read
    before SQLite opens it; a database open in this process is not read again."""
    path = Path(path)
    if _real(path) in _open_here:
        return None
    wal = path.with_name(path.name + "-wal")
    settled = not wal.exists() or wal.stat().st_size == 0
    return _header_problem(*_header(path), settled)


def sqlcipher() -> Any:
    """The SQLCipher DB-API module (`sqlcipher3.dbapi2`), imported only when an encrypted file is opened."""
    try:
        from sqlcipher3 import dbapi2
    except ImportError:  # a dependency, but say what is missing rather than crash
        raise DatabaseError("This database is encrypted, and SQLCipher (the sqlcipher3 package) "
                            "is not installed.") from None
    return dbapi2


def sql_string(passphrase: str) -> str:
    """The passphrase as an SQL string literal, for the statements that cannot take a bound parameter.

    NFC normalisation: the same passphrase typed on any keyboard or system gives the same key.
    """
    passphrase = unicodedata.normalize("NFC", passphrase)
    if "\x00" in passphrase:
        raise DatabaseError("A passphrase cannot contain a NUL character.")
    return "'" + passphrase.replace("'", "''") + "'"


def connect(path: Path | str, passphrase: str | None = None, *, read_only: bool = False,
            timeout: float = BUSY_TIMEOUT_MS / 1000, check_same_thread: bool = True) -> Any:
    """A DB-API connection to the file at `path`: `sqlite3` for a plain file, SQLCipher with a passphrase.

    For an encrypted file the key is the very first statement, and the first
    page is read at once, so a wrong passphrase raises `WrongPassphrase` here,
    before anything could be written. A new (missing or empty) file opened with
    a passphrase becomes an encrypted database on its first write.
    """
    path = Path(path)
    target = f"{path.resolve().as_uri()}?mode=ro" if read_only else str(path)
    if not read_only:
        create_private(path)
    if passphrase is None:
        if is_encrypted(path):
            raise PassphraseRequired(f"{path.name} is encrypted: its passphrase is needed to open it.")
        return sqlite3.connect(target, timeout=timeout, uri=read_only, check_same_thread=check_same_thread)
    driver = sqlcipher()
    key = sql_string(passphrase)
    conn = driver.connect(target, timeout=timeout, uri=read_only, check_same_thread=check_same_thread)
    try:
        conn.execute(f"PRAGMA key = {key}")
        # SQLCipher would otherwise print its own errors ("hmac check failed") on stderr.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except driver.DatabaseError as error:
        conn.close()
        if getattr(error, "sqlite_errorname", None) != "SQLITE_NOTADB":  # locked, unreadable, …: not the key
            raise DatabaseError(f"{path.name} could not be opened ({error}).") from None
        if not is_encrypted(path) and path.exists() and path.stat().st_size > 0:
            raise DatabaseError(f"{path.name} is not encrypted: open it without a passphrase "
                                "(or encrypt it with `qamqor encrypt`).") from None
        raise WrongPassphrase(path) from None
    return conn


def _on_connect(dbapi_connection: Any, _record: object) -> None:
    # Transactions are begun by `_on_begin`, not by the driver's own guess before the first write.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA synchronous = NORMAL")  # safe with WAL: a crash loses no committed data
    cursor.close()


def _on_begin(connection: Any) -> None:
    """A write transaction takes the write lock at once (BEGIN IMMEDIATE): what it reads cannot change
    before it writes, and a second writer waits (busy_timeout) instead of failing on a stale snapshot.
    A read begins a plain transaction: every query of one reading sees the same snapshot."""
    immediate = connection.get_execution_options().get("write", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(path: Path | str, passphrase: str | None = None) -> Engine:
    """The SQLAlchemy engine on `path`; with a passphrase, on SQLCipher connections keyed by `connect`.

    The engine pools its connections (SQLAlchemy's QueuePool for a file), so
    SQLCipher's key derivation (about 0.2 s on a 2-core machine) is paid once
    per pooled connection rather than once per session.
    """
    # hide_parameters: an error message or log line never quotes the values (names, document numbers, notes).
    if passphrase is None:
        engine = create_engine(f"sqlite:///{path}", hide_parameters=True)
    else:
        def encrypted_connection() -> Any:
            return connect(path, passphrase, check_same_thread=False)

        # module=: SQLAlchemy recognises SQLCipher's exceptions (IntegrityError, ...) as the DB-API's own.
        engine = create_engine(f"sqlite:///{path}", module=sqlcipher(), creator=encrypted_connection,
                               hide_parameters=True)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


class Database:
    """An open database file: the engine and the sessions the services work in."""

    def __init__(self, path: Path | str, passphrase: str | None = None) -> None:
        self.path = Path(path)
        self.encrypted = passphrase is not None
        if passphrase is None and is_encrypted(self.path):
            raise PassphraseRequired(f"{self.path.name} is encrypted: its passphrase is needed to open it.")
        self.engine = make_engine(self.path, passphrase)
        if passphrase is not None:
            try:  # a wrong passphrase is refused now, not at the first query (its header read if it fails)
                self.engine.connect().close()
            except DatabaseError:
                self.engine.dispose()
                raise
        # From here on this process holds SQLite's locks on the file: its header is never read again.
        self._real = _real(self.path)
        _open_here.setdefault(self._real, [self.encrypted, 0])[1] += 1
        self._passphrase = passphrase
        self._audit_key: bytes | None = None
        info = {"database": self}  # the audit trail reads its chain's key from here
        self._sessions = sessionmaker(self.engine, expire_on_commit=False, info=info)
        self._write_sessions = sessionmaker(self.engine.execution_options(write=True), expire_on_commit=False,
                                            info=info)

    @property
    def audit_key(self) -> bytes:
        """The key of the audit trail's chain (models.audit_chain): from the passphrase, or the office's file."""
        if self._audit_key is None:
            self._audit_key = key_for(self._passphrase)
        return self._audit_key

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed if the block succeeds, rolled back entirely if it raises."""
        with self._write_sessions.begin() as session:
            yield session

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only (it never commits)."""
        with self._sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
        self._forget()

    def _forget(self) -> None:
        """This `Database` no longer holds the file (once, however often it is closed; an office's
        PostgreSQL database never was in `_open_here`)."""
        real = self.__dict__.pop("_real", None)
        entry = _open_here.get(real) if real is not None else None
        if entry is not None:
            entry[1] -= 1
            if entry[1] <= 0:
                del _open_here[real]



def timestamped_backup_path(path: Path, label: str = "backup") -> Path:
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.{label}.{stamp}{path.suffix}")
