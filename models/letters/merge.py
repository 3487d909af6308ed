"""Several letters in one PDF (to save or print a day's letters at once), each keeping its own pages."""
from __future__ import annotations

import io
from collections.abc import Sequence

import pypdfium2


def merge(pdfs: Sequence[bytes]) -> bytes:
    combined = pypdfium2.PdfDocument.new()
    sources = [pypdfium2.PdfDocument(pdf) for pdf in pdfs]
    try:
        for source in sources:
            combined.import_pages(source)
        out = io.BytesIO()
        combined.save(out)
        return out.getvalue()
    finally:
        for source in sources:
            source.close()
        combined.close()
