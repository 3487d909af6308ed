"""Where Qamqor's own files are: beside the source in a checkout, inside the bundle when frozen.

PyInstaller unpacks nothing: a one-folder bundle keeps the data files under
`sys._MEIPASS` (`dist/qamqor/_internal/`), laid out as in the checkout
(`resources/`, `migrations/`), so every module asks here instead of walking up
from its own `__file__`, which in a bundle is not where the data is.
"""
from __future__ import annotations

import sys
from pathlib import Path

FROZEN = bool(getattr(sys, "frozen", False))
ROOT = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
RESOURCES = ROOT / "resources"
MIGRATIONS = ROOT / "migrations"


def resource(*parts: str) -> Path:
    """A file or folder of `resources/`, e.g. `resource("rules")`."""
    return RESOURCES.joinpath(*parts)
