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


def repeated_ods(path: Path, rows: int = 1_000_000, columns: int = 1, empty_rows: int = 0) -> Path:
    """An .ods of 1 KB whose one row of text is repeated: the reader lays out every repeat. `empty_rows`: the
    blank rows LibreOffice writes after a sheet's last, as one repeated row (harmless)."""
    blank = (f'<table:table-row table:number-rows-repeated="{empty_rows}"><table:table-cell '
             'table:number-columns-repeated="1024"/></table:table-row>') if empty_rows else ""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body>'
        '<office:spreadsheet><table:table table:name="Sheet1">'
        '<table:table-row><table:table-cell office:value-type="string"><text:p>Фамилия</text:p></table:table-cell>'
        '</table:table-row>'
        f'<table:table-row table:number-rows-repeated="{rows}"><table:table-cell '
        f'table:number-columns-repeated="{columns}" office:value-type="string"><text:p>=cmd</text:p>'
        '</table:table-cell></table:table-row>' + blank +
        '</table:table></office:spreadsheet></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    with zipfile.ZipFile(path, "w") as out:
        out.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        out.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        out.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return path
