"""Database commands: `demo`, `backup`, `restore`, `migrate`."""
from __future__ import annotations

import argparse


def add_commands(commands: argparse._SubParsersAction) -> None:
    del commands  # filled in with the foundation
