"""Windows: a database on a network drive is refused.

Two Qamqor windows (or a window and a command) may share one database on the laptop's own disk: SQLite
locks the file with Windows' file locks, and its write-ahead log keeps readers and the writer apart. On a
network share (\\\\server\\share, or a drive letter mapped to one) those locks and the log's shared
memory do not hold, and two laptops writing the same file can damage it. Offices share cases through the
office server (`qamqor sync`), never through a shared folder.
"""
from __future__ import annotations

import sys
from pathlib import Path, PurePath, PureWindowsPath

DRIVE_REMOTE = 4

PROBLEM = ("{path} is on a network drive. Qamqor keeps its database on this computer's own disk: over a network "
           "share two computers can damage it. Copy it to this computer (or restore a backup here), and share "
           "cases through the office server.")


def on_network_drive(path: PurePath) -> bool:
    """Whether `path` is on a share (\\\\server\\share\\...) or on a drive letter Windows maps to one."""
    windows = PureWindowsPath(path)
    if windows.drive.startswith("\\\\") and not windows.drive.startswith(("\\\\?\\", "\\\\.\\")):
        return True  # \\server\share
    if windows.drive.upper().startswith("\\\\?\\UNC\\"):
        return True
    if sys.platform != "win32" or not isinstance(path, Path):
        return False
    import ctypes

    root = Path(path).resolve().anchor  # a mapped letter resolves to itself: Windows is asked about it
    return bool(ctypes.windll.kernel32.GetDriveTypeW(root) == DRIVE_REMOTE)
