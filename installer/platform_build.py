"""What differs between the platforms' bundles: the programs' names, console or window, the icon.

Imported by `qamqor.spec` only (never by Qamqor itself). Linux gets one program, `qamqor`, which
opens the window or runs a command like the console script. Windows gets two over the same files:
`qamqor.exe` with a console, for the commands, and `qamqorw.exe` without one (the Start-menu entry);
a program built without a console cannot print, and one built with it opens a black window.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PyInstaller.building.api import COLLECT, EXE

WINDOWS = sys.platform == "win32"


def collect(a: Any, pyz: Any, root: Path) -> Any:
    icon = str(root / "installer" / "windows" / "qamqor.ico") if WINDOWS else None
    common = dict(exclude_binaries=True, strip=False, upx=False, icon=icon)
    programs = [EXE(pyz, a.scripts, [], name="qamqor", console=True, **common)]
    if WINDOWS:
        programs.append(EXE(pyz, a.scripts, [], name="qamqorw", console=False, **common))
    return COLLECT(*programs, a.binaries, a.datas, strip=False, upx=False, name="qamqor")
