"""Hostile workbooks made in the test: small files that unpack (or lay out) huge."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from openpyxl import Workbook


def _with_sheet(path: Path, sheet_xml: bytes) -> Path:
    """A real workbook from openpyxl with its first sheet's XML replaced."""
    plain = io.BytesIO()
    Workbook().save(plain)
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for part in source.infolist():
            data = sheet_xml if part.filename == "xl/worksheets/sheet1.xml" else source.read(part)
            out.writestr(part.filename, data)
    return path


def _sheet(rows: bytes) -> bytes:
    return (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            + rows + b"</sheetData></worksheet>")


def many_rows(path: Path, rows: int = 600_000) -> Path:
    """The same row again and again, without row numbers: packs to a few hundred KB, unpacks to ~100 MB."""
    row = (b"<row>" + b"".join(b'<c t="inlineStr"><is><t>=cmd|\' /C calc\'!A0</t></is></c>' for _ in range(4))
           + b"</row>")
    return _with_sheet(path, _sheet(row * rows))


def far_corner(path: Path) -> Path:
    """Two cells, A1 and ZZ200000: 1 KB, but a grid of 140 million cells to the reader."""
    return _with_sheet(path, _sheet(b'<row r="1"><c r="A1"><v>1</v></c></row>'
                                    b'<row r="200000"><c r="ZZ200000"><v>2</v></c></row>'))
