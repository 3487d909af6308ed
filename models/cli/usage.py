"""What every command module shares with the `qamqor` command itself, kept below both (issue 13 item 8:
`models.cli` imports the command modules, so they cannot import it)."""
from __future__ import annotations

import argparse
import os
from pathlib import Path


class UsageError(Exception):
    """Bad input from the command line: printed on one line, exit status 2."""


# Who acts at the command line: an administrator named by these variables (or asked for).
ADMIN_NAME, ADMIN_PASSWORD = "QAMQOR_ADMIN", "QAMQOR_ADMIN_PASSWORD"
FOLDER_VARIABLE = "QAMQOR_SERVER_FOLDER"


def folder_of(args: argparse.Namespace) -> Path:
    """The office server's folder (certificate, key, trail key): --folder, else the variable, else the
    user data folder."""
    if args.folder:
        return Path(args.folder)
    if env := os.environ.get(FOLDER_VARIABLE):
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("Qamqor", appauthor=False)) / "office-server"
