"""What every command module shares with the `qamqor` command itself, kept below both (issue 13 item 8:
`models.cli` imports the command modules, so they cannot import it)."""
from __future__ import annotations


class UsageError(Exception):
    """Bad input from the command line: printed on one line, exit status 2."""
