"""`qamqor letter REFERRAL --out FILE.pdf [--lang ru|kk|en]`: a referral letter without the desktop.

REFERRAL is the reference number printed on the letter (QMQ-2026-0007) or the referral's id.
Like the other maintenance commands it acts as the system (supervisor and administrator): whoever
holds the database file and its passphrase can read it anyway. The letter still carries only what
the person's consent covers, and the export is written to the audit trail.
"""
from __future__ import annotations

import argparse
import os
import sys
import uuid
from pathlib import Path

from models.cli.database import open_db
from models.ids import ReferralId


def add_commands(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("letter", help="write a referral letter as PDF",
                                 description="Write the letter of a referral as a PDF file, with only the parts of "
                                             "the case the person's consent covers.")
    parser.add_argument("referral", metavar="REFERRAL", help="reference number (e.g. QMQ-2026-0007) or id")
    parser.add_argument("--out", required=True, metavar="FILE", help="the PDF file to write")
    parser.add_argument("--lang", choices=("ru", "kk", "en"), default="ru", help="language of the letter (ru)")
    parser.set_defaults(handler=run_letter)


def run_letter(args: argparse.Namespace) -> int:
    from models.services import referral_letters, referrals
    from models.services.base import Actor
    from models.services.errors import ServiceError

    out = Path(args.out)
    if not out.parent.is_dir():
        print(f"qamqor: there is no folder {out.parent} to write the letter in", file=sys.stderr)
        return 2
    db = open_db(args)
    try:
        actor = Actor.system()
        try:
            referral_id = ReferralId(uuid.UUID(args.referral))
        except ValueError:
            referral_id = referrals.find_by_reference(db, actor, args.referral).id
        pdf = referral_letters.letter(db, actor, referral_id, args.lang, output="file")
    except ServiceError as error:
        from models.text import printable

        print(f"qamqor: {printable(error)}", file=sys.stderr)
        return 2
    finally:
        db.close()
    handle = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # a letter holds case data
    with os.fdopen(handle, "wb") as file:
        file.write(pdf)
    print(f"Wrote {out} ({len(pdf) // 1024} KB, {args.lang})")
    return 0
