"""The `qamqor` program: the desktop application, or a headless command of `models.cli`.

`qamqor` with no command opens the desktop (Qt is imported only then, so the
commands run on a machine without a display); `qamqor COMMAND ...` is the same
command as `python -m models.cli COMMAND ...`. The entry point lives here, above
both: the core (`models/`) never imports the GUI.
"""
from __future__ import annotations

import sys

from models import cli


def open_desktop(db_path: str | None) -> int:
    from desktop.app import run_application  # only the GUI needs Qt

    return run_application(db_path=db_path)


def main(argv: list[str] | None = None) -> int:
    return cli.run(argv, desktop=open_desktop)


if __name__ == "__main__":
    sys.exit(main())
