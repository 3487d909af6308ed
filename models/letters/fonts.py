"""The letters' fonts: DejaVu Sans, shipped in `resources/fonts/` (it has every Kazakh letter:
Ә Ғ Қ Ң Ө Ұ Ү Һ І), embedded in each PDF so that it prints the same on any machine."""
from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from models.paths import resource

FONTS = resource("fonts")
REGULAR, BOLD = "DejaVuSans", "DejaVuSans-Bold"


@cache
def register() -> tuple[str, str]:
    """Register the two faces with reportlab (once per process); their names, regular and bold."""
    pdfmetrics.registerFont(TTFont(REGULAR, str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONTS / "DejaVuSans-Bold.ttf")))
    # <b> in a paragraph picks the bold face.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD
