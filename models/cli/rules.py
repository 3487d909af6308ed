"""`qamqor rules eval` and `qamqor rules list` (see RULES.md section 4)."""
from __future__ import annotations

import argparse


def add_commands(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("rules", help="evaluate and list the stay and deadline rules")
    sub = parser.add_subparsers(dest="rules_command", required=True, metavar="COMMAND")
    del sub  # filled in by the rule engine
