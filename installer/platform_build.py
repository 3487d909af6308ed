"""What differs between the platforms' bundles: the programs' names, console or window, the icon.

Imported by `qamqor.spec` only (never by Qamqor itself). Linux gets one program, `qamqor`, which
opens the window or runs a command like the console script. Windows gets two over the same files:
`qamqor.exe` with a console, for the commands, and `qamqorw.exe` without one (the Start-menu entry):
a program built without a console cannot print, and one built with it opens a black window.
The Windows icon is drawn from `resources/icons/qamqor.svg` at build time (no binary kept twice).
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

WINDOWS = sys.platform == "win32"


def windows_icon(svg: Path, target: Path) -> str:
    """`target` (.ico, 256 px) drawn from the application's SVG icon with Qt."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841  (QPainter needs one)
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    if not image.save(str(target), "ICO"):
        raise RuntimeError(f"could not write {target}")
    return str(target)


def collect(a: Any, pyz: Any, root: Path, build: Path) -> Any:
    """The programs and the folder `dist/qamqor/` they share."""
    from PyInstaller.building.api import COLLECT, EXE  # here: the Windows installer draws its icon without it

    icon = windows_icon(root / "resources" / "icons" / "qamqor.svg", build / "qamqor.ico") if WINDOWS else None
    common: dict[str, Any] = dict(exclude_binaries=True, strip=False, upx=False, icon=icon)
    programs = [EXE(pyz, a.scripts, [], name="qamqor", console=True, **common)]
    if WINDOWS:
        programs.append(EXE(pyz, a.scripts, [], name="qamqorw", console=False, **common))
    return COLLECT(*programs, a.binaries, a.datas, strip=False, upx=False, name="qamqor")
