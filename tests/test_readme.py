"""The README says what is true: the office server exists, and a real window's libraries are listed."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
# What Qt's xcb platform plugin links that a minimal Debian lacks (found with ldd on a fresh machine).
REAL_WINDOW = ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-render-util0", "libxcb-xkb1",
               "libxkbcommon-x11-0")


def test_the_readme_does_not_deny_its_own_office_server() -> None:
    assert "no server" not in README and "The office server" in README


def test_the_readme_lists_the_libraries_of_a_real_window() -> None:
    listed = set(re.findall(r"[\w.+-]+", README))
    assert [package for package in REAL_WINDOW if package not in listed] == []


def test_the_listed_libraries_are_those_the_xcb_plugin_links() -> None:
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        pytest.skip("no xcb plugin in this PySide6")
    qpa = plugin.parent.parent.parent / "lib" / "libQt6XcbQpa.so.6"
    linked = subprocess.run(["ldd", str(plugin), str(qpa)], capture_output=True, text=True).stdout
    for package in REAL_WINDOW:  # libxcb-render-util0 -> libxcb-render-util.so.0, libxkbcommon-x11-0 -> ….so.0
        library, number = re.fullmatch(r"(.+?)-?(\d+)", package).groups()
        assert f"{library}.so.{number}" in linked, package
