"""The window's letters: the bundled DejaVu Sans is registered at start, and used when the system's font lacks
a Kazakh letter (a Windows without Segoe UI, Wine: every letter a box)."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

from desktop import fonts


def test_the_bundled_fonts_are_registered(qapp):
    fonts.register(qapp)

    assert "DejaVu Sans" in QFontDatabase.families()
    assert all(QFontMetrics(qapp.font()).inFontUcs4(ord(letter)) for letter in fonts.KAZAKH)


def test_a_font_without_kazakh_letters_gives_way_to_dejavu(qapp, monkeypatch):
    before = qapp.font()
    monkeypatch.setattr(fonts, "has_every_letter", lambda font: font.family() == "DejaVu Sans")
    try:
        qapp.setFont(QFont("Courier"))
        fonts.register(qapp)
        assert qapp.font().family() == "DejaVu Sans"
        assert qapp.font().pointSizeF() == QFont("Courier").pointSizeF()
    finally:
        qapp.setFont(before)
