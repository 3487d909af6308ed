"""A reportlab canvas that knows how many pages a document has before it draws each page's footer ("page 1
of 2"): the letters and the statistics report number their pages so."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from models.letters import fonts


def numbered_canvas(decorate: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas class that keeps each page until the document is saved, then calls `decorate(canvas, page,
    pages)` on each before writing it."""
    regular, _ = fonts.register()

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # The canvas starts in reportlab's Helvetica, which the PDF would then name without embedding it
            # (`pdffonts`: emb "no"); starting in DejaVu, every font of the document is embedded.
            super().__init__(*args, **(kwargs | {"initialFontName": regular}))
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                decorate(self, number, len(self._pages))
                super().showPage()
            super().save()

    return NumberedCanvas
