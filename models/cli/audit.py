"""`qamqor audit verify [--anchor COUNT:HASH]`: check that nobody changed the audit trail behind Qamqor's back.

The chain (an HMAC under the office's key, `models.audit_chain`) shows an entry
changed or removed in the middle; the anchor it prints (entry count and the
newest entry's hash), kept elsewhere, shows entries removed from the end: given
an earlier anchor with `--anchor`, a trail that is shorter, or different at that
entry, is broken. Exit 0 intact, 1 broken, 2 the command could not run.
"""
from __future__ import annotations

import argparse

from models.cli.usage import UsageError


def add_commands(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("audit", help="the audit trail")
    sub = parser.add_subparsers(dest="audit_command", required=True, metavar="COMMAND")
    verify = sub.add_parser("verify", help="recompute the hash chain and report the first broken entry")
    verify.add_argument("--anchor", metavar="COUNT:HASH",
                        help="an anchor printed earlier (or kept beside a backup): the trail must still hold it")
    verify.set_defaults(handler=run_verify)


def run_verify(args: argparse.Namespace) -> int:
    from models.audit_chain import Anchor
    from models.cli.database import open_db
    from models.connection import newest_backup
    from models.services import audit

    kept = None
    if args.anchor is not None:
        try:
            kept = Anchor.parse(args.anchor)
        except ValueError as error:
            raise UsageError(f"--anchor: {error}") from None
    db = open_db(args)  # plain or encrypted (the passphrase from QAMQOR_PASSPHRASE, the keyring or a prompt)
    try:
        with db.reading() as session:
            # The chain is walked in the table; an index that disagrees with it (a file damaged behind
            # SQLite's back, issue 26) is found only by SQLite's own check of the table and its indexes.
            damage = session.connection().exec_driver_sql("PRAGMA integrity_check(audit_log)").scalars().all()
            if damage != ["ok"]:
                newest = newest_backup(db.path)
                restore = f"qamqor --db {db.path} restore {newest or 'BACKUP-FILE'}"
                print(f"The audit trail's table is damaged ({'; '.join(damage[:3])}): the file was changed "
                      f"behind SQLite's back. Restore the newest backup: {restore}")
                return 1
            result = audit.verify(session)
            anchor = audit.anchor(session)
            problem = audit.verify_anchor(session, kept) if kept is not None else None
    finally:
        db.close()
    if not result.ok:
        print(f"The audit trail is broken at entry {result.first_broken}: {result.reason}. "
              f"The {result.checked} entries before it are intact.")
        return 1
    if problem is not None:
        print(f"The audit trail does not hold the anchor {kept}: {problem}.")
        return 1
    print(f"The audit trail is intact: {result.checked} entries checked.")
    print(f"Anchor: {anchor}")
    return 0
