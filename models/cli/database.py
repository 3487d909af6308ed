"""Database commands: `demo`, `backup`, `restore`, `encrypt`.

Every command that opens the database does it through `open_db`, which finds
the passphrase of an encrypted file (QAMQOR_PASSPHRASE, then the keyring, then
a prompt when a person is at the terminal) and refuses in one line otherwise.
"""
from __future__ import annotations

import argparse
import getpass
import os
import sys
import time
from pathlib import Path

from models import db as database
from models.passphrases import ENVIRONMENT_VARIABLE, new_passphrase_problem, passphrase_for


def database_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else database.default_path()


def stored_or_typed_passphrase(path: Path, label: str) -> str:
    """The passphrase for `path` from the environment or keyring, else typed at the terminal."""
    if (found := passphrase_for(path)) is not None:
        return found
    if sys.stdin.isatty():
        return getpass.getpass(f"Passphrase for {label}: ")
    raise database.PassphraseRequired(f"{label} is encrypted: set {ENVIRONMENT_VARIABLE}, or run this command "
                                      "in a terminal to type its passphrase.")


def passphrase_to_open(path: Path) -> str | None:
    """None for a plain database; a new one is created encrypted when QAMQOR_PASSPHRASE is set."""
    if database.is_encrypted(path):
        return stored_or_typed_passphrase(path, path.name)
    if not path.exists() or path.stat().st_size == 0:
        typed = os.environ.get(ENVIRONMENT_VARIABLE) or None  # not the keyring: it knows no new file
        if typed is not None and (problem := new_passphrase_problem(typed)) is not None:
            raise database.DatabaseError(f"{ENVIRONMENT_VARIABLE} cannot protect a new database. {problem}")
        return typed
    return None


def open_db(args: argparse.Namespace, *, upgrade: bool = True, create: bool = False) -> database.Database:
    """The database named by `--db` (or the default), plain or encrypted, upgraded to the current schema.

    Only `demo` creates a new one (`create`): a mistyped path is refused, not made into an empty database."""
    path = database_path(args)
    if not create and (not path.is_file() or path.stat().st_size == 0):
        raise database.DatabaseError(f"There is no database at {path}: check the path (--db or QAMQOR_DB).")
    return database.open_database(path, passphrase=passphrase_to_open(path), upgrade=upgrade)


def add_commands(commands: argparse._SubParsersAction) -> None:
    demo = commands.add_parser("demo", help="fill the database with synthetic demo cases")
    demo.add_argument("--persons", type=int, default=1000, metavar="N", help="how many persons (default 1000)")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="random seed: same seed, same data")
    demo.set_defaults(handler=run_demo)

    backup = commands.add_parser("backup", help="copy the database safely while it is in use")
    backup.add_argument("file", metavar="FILE", help="where to write the copy (must not exist)")
    backup.set_defaults(handler=run_backup)

    restore = commands.add_parser("restore", help="replace the database with a checked backup")
    restore.add_argument("file", metavar="FILE", help="the backup to restore")
    restore.set_defaults(handler=run_restore)

    encrypt = commands.add_parser(
        "encrypt", help="encrypt the database with a passphrase (close Qamqor first)",
        description=f"Encrypt the database in place with SQLCipher. The passphrase is typed twice, or taken "
                    f"from {ENVIRONMENT_VARIABLE}. Without it nobody, not even an administrator, can read the "
                    "data again: keep it safe.")
    encrypt.add_argument("--keep-plain", action="store_true",
                         help="keep the unencrypted original as a timestamped file (by default it is erased)")
    encrypt.set_defaults(handler=run_encrypt)


def _fail(error: Exception) -> int:
    from models.text import printable

    print(f"qamqor: {printable(error)}", file=sys.stderr)
    return 2


def run_demo(args: argparse.Namespace) -> int:
    """Synthetic cases dated around today, with their deadlines and search index, and demo accounts."""
    from models.clock import today
    from models.demo import DEMO_PASSWORD, DemoError, fill_demo
    from models.services import accounts, deadlines, search, users
    from models.services.base import Actor

    if args.persons < 1:
        return _fail(ValueError("--persons must be at least 1"))
    db = open_db(args, create=True)
    started = time.perf_counter()
    try:
        summary = fill_demo(db.engine, persons=args.persons, seed=args.seed, as_of=today(),
                            progress=lambda done, total: _progress("persons", done, total))
        deadlines.recompute_all(db, progress=lambda done, total: _progress("deadlines", done, total))
        search.rebuild(db)
        from models.demo_referrals import add_trafficking_work

        trafficking_work = add_trafficking_work(db, as_of=today(), seed=args.seed)
        from models.demo_services import add_services_work

        services_work = add_services_work(db, as_of=today(), seed=args.seed)
        demo_users = users.users(db, Actor.system())
        for user in demo_users:
            accounts.reset_password(db, Actor.system(), user.username, DEMO_PASSWORD)
    except DemoError as error:
        return _fail(error)
    finally:
        db.close()
    print(f"{summary} in {time.perf_counter() - started:.1f} s -> {db.path}")
    print("Trafficking cases: " + ", ".join(f"{count} {what}" for what, count in trafficking_work.items()))
    print("Services and referrals received: " + ", ".join(f"{count} {what}" for what, count in services_work.items()))
    by_role = {role: next(u.username for u in demo_users if u.role == role) for role in {u.role for u in demo_users}}
    print("Demo accounts (password '" + DEMO_PASSWORD + "'): " +
          ", ".join(f"{name} ({role})" for role, name in sorted(by_role.items())))
    return 0


def _progress(what: str, done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{what}: {done:,} of {total:,}", end="" if done < total else "\n", file=sys.stderr, flush=True)


def run_backup(args: argparse.Namespace) -> int:
    source = database_path(args)
    started = time.perf_counter()
    try:
        passphrase = stored_or_typed_passphrase(source, source.name) if database.is_encrypted(source) else None
        written = database.backup(source, args.file, passphrase)
    except database.DatabaseError as error:
        return _fail(error)
    size = written.stat().st_size / 1e6
    encrypted = ", encrypted" if passphrase is not None else ""
    print(f"Backed up {source} to {written} ({size:.1f} MB{encrypted}, {time.perf_counter() - started:.1f} s)")
    anchor = written.with_name(written.name + ".anchor")
    if anchor.exists():
        print(f"Audit trail anchor (kept in {anchor.name}): {anchor.read_text(encoding='ascii').strip()}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    target, source = database_path(args), Path(args.file)
    try:
        passphrase = None
        if database.is_encrypted(source) or database.is_encrypted(target):
            label = source.name if database.is_encrypted(source) else target.name
            passphrase = stored_or_typed_passphrase(target, label)
        kept = database.restore(source, target, passphrase)
    except database.DatabaseError as error:
        return _fail(error)
    print(f"Restored {target} from {args.file}" + (f"; the replaced data is kept in {kept}" if kept else ""))
    return 0


def new_passphrase() -> str:
    """A new passphrase: QAMQOR_PASSPHRASE, or typed twice at the terminal; refused if too weak."""
    if typed := os.environ.get(ENVIRONMENT_VARIABLE):
        repeated = typed
    elif sys.stdin.isatty():
        typed = getpass.getpass("New passphrase (at least 10 characters; a few words are best): ")
        repeated = getpass.getpass("The same passphrase again: ")
    else:
        raise database.PassphraseRequired(f"set {ENVIRONMENT_VARIABLE}, or run this command in a terminal to "
                                          "type the new passphrase.")
    if problem := new_passphrase_problem(typed, repeated):
        raise database.DatabaseError(problem)
    return typed


def run_encrypt(args: argparse.Namespace) -> int:
    from models.encryption import encrypt, finish_interrupted

    path = database_path(args)
    try:
        finish_interrupted(path)
        if not path.is_file():
            raise database.DatabaseError(f"There is no database at {path}.")
        if database.is_encrypted(path):
            raise database.DatabaseError(f"{path.name} is already encrypted.")
        done = encrypt(path, new_passphrase(), keep_plain=args.keep_plain)
    except database.DatabaseError as error:
        return _fail(error)
    print(f"Encrypted {done.path}: {done.tables} tables, {done.rows} rows checked ({done.seconds:.1f} s).")
    if done.plain_kept:
        print(f"The unencrypted original is kept in {done.plain_kept}: anyone who has that file can read "
              "everything in it. Move it somewhere safe, or delete it.")
    else:
        print("The unencrypted original was overwritten and removed.")
    print("Without the passphrase the data cannot be read by anyone: keep it safe.")
    return 0
