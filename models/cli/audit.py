"""`qamqor audit verify`: check that nobody changed the audit trail behind Qamqor's back."""
from __future__ import annotations

import argparse

from models.cli.database import open_db
from models.services import audit


def add_commands(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("audit", help="the audit trail")
    sub = parser.add_subparsers(dest="audit_command", required=True, metavar="COMMAND")
    verify = sub.add_parser("verify", help="recompute the hash chain and report the first broken entry")
    verify.set_defaults(handler=run_verify)


def run_verify(args: argparse.Namespace) -> int:
    db = open_db(args)  # plain or encrypted (the passphrase from QAMQOR_PASSPHRASE, the keyring or a prompt)
    try:
        with db.reading() as session:
            result = audit.verify(session)
    finally:
        db.close()
    if result.ok:
        print(f"The audit trail is intact: {result.checked} entries checked.")
        return 0
    print(f"The audit trail is broken at entry {result.first_broken}: {result.reason}. "
          f"The {result.checked} entries before it are intact.")
    return 1
