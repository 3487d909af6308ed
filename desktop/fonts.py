"""The window's letters: DejaVu Sans, shipped in `resources/fonts/` for the letters (PDF), is registered with
Qt at start, and becomes the window's font where the system's own lacks a Kazakh letter.

Windows 10/11's Segoe UI has every Kazakh letter and stays; an older or trimmed Windows (and Wine, where
every letter drew as a box) gets DejaVu, so a caseworker never reads "Қ" as "□".
"""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication

from models.paths import resource

KAZAKH = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"
FAMILY = "DejaVu Sans"


def has_every_letter(font: QFont) -> bool:
    metrics = QFontMetrics(font)
    return all(metrics.inFontUcs4(ord(letter)) for letter in KAZAKH + "Aa")


def register(app: QApplication) -> None:
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(resource("fonts", name)))
    if not has_every_letter(app.font()):
        font = QFont(app.font())
        font.setFamilies([FAMILY])
        app.setFont(font)
