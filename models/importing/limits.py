"""How big a workbook Qamqor opens, checked before it is read (issue 26: a 409 KB `.xlsx` "zip bomb" took
2.1 GB of memory).

An `.xlsx` or `.ods` file is a zip archive, and its reader unpacks it whole: a small file can unpack to
gigabytes, or name one cell at A1 and one at XFD1048576, which the reader lays out as a grid of 17
billion cells. So the archive's central directory (each part's packed and unpacked size, read without
unpacking anything) and then the worksheets' cell addresses (streamed through, a megabyte at a time,
never held; an `.ods` file's rows and cells with their repeat counts) are checked against the limits
below first. An office's real list is far inside them: 200,000
rows of 25 columns is 5 million cells; Excel itself stops at 1,048,576 rows.
"""
from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

from models.importing.unreadable import UnreadableFile

MAX_FILE_MB = 100  # on disk, any list (.xls is not an archive: this is its only limit)
MAX_UNPACKED_MB = 300  # every part of the archive unpacked, together
MAX_RATIO = 100  # unpacked / packed, for a part of more than RATIO_FROM_MB (real sheets pack 5 to 30 times)
RATIO_FROM_MB = 1
MAX_ROWS = 250_000  # the last row of a worksheet; the rows of a CSV list
MAX_COLUMNS = 1_000  # the last column holding a value
MAX_CELLS = 5_000_000  # the grid the reader lays out: last row times last column

_MB = 1024 * 1024
# A row or a cell that is not empty (`<c r="B7" s="1"/>`, a formatted empty cell, ends in "/>").
_ELEMENT = re.compile(rb"<(?:\w+:)?(row|c)\b([^>]*?)(/?)>")
_REFERENCE = re.compile(rb'\br="([A-Z]*)(\d+)"')
_ODS_ELEMENT = re.compile(rb"<(/?)table:(table-row|table-cell|covered-table-cell|table)\b([^>]*?)(/?)>")
_ODS_ROWS = re.compile(rb'number-rows-repeated="(\d+)"')
_ODS_COLUMNS = re.compile(rb'number-columns-repeated="(\d+)"')


def check_size(path: Path) -> None:
    size = path.stat().st_size
    if size > MAX_FILE_MB * _MB:
        raise UnreadableFile(f"{path.name} is {size / _MB:,.0f} MB; Qamqor imports lists of up to {MAX_FILE_MB} MB. "
                             f"Split the list into smaller files.")


def check_workbook(path: Path) -> None:
    """Refuse, in words, an archive that unpacks too big, packs too tightly, or lays out too many cells."""
    check_size(path)
    if path.suffix.casefold() == ".xls":
        return
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        return  # not an archive: the reader says so in its own words
    with archive:
        parts = archive.infolist()
        unpacked = sum(part.file_size for part in parts)
        if unpacked > MAX_UNPACKED_MB * _MB:
            raise UnreadableFile(f"{path.name} would unpack to {unpacked / _MB:,.0f} MB; Qamqor opens workbooks of up "
                                 f"to {MAX_UNPACKED_MB} MB unpacked. It may be damaged or made to overload the "
                                 f"computer; if it is a real list, save it as CSV.")
        for part in parts:
            ratio = part.file_size / max(part.compress_size, 1)
            if part.file_size > RATIO_FROM_MB * _MB and ratio > MAX_RATIO:
                raise UnreadableFile(f"{path.name} is packed {ratio:,.0f} times tighter than a spreadsheet can be "
                                     f"({part.filename}); it may be made to overload the computer and is not read.")
        for part in parts:
            if part.filename.startswith("xl/worksheets/") and part.filename.endswith(".xml"):
                _check_sheet(path, archive, part)
            elif part.filename == "content.xml":
                _check_ods(path, archive, part)


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _check_sheet(path: Path, archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> None:
    last_row = last_column = column = 0
    for element in _elements(archive, part, _ELEMENT):
        kind, attributes, empty = element.groups()
        reference = _REFERENCE.search(attributes)
        if kind == b"row":
            last_row = int(reference.group(2)) if reference else last_row + 1
            column = 0
            if last_row > MAX_ROWS:
                raise UnreadableFile(f"{path.name} has rows down to {last_row:,}; Qamqor imports up to "
                                     f"{MAX_ROWS:,} rows at once. Split the list into smaller files.")
            _check_grid(path, last_row, last_column)
            continue
        column = _column_number(reference.group(1)) if reference and reference.group(1) else column + 1
        if not empty and column > last_column:
            last_column = column
            _check_grid(path, last_row, last_column)


def _elements(archive: zipfile.ZipFile, part: zipfile.ZipInfo, pattern: re.Pattern) -> Iterator[re.Match]:
    """The matches of `pattern` in the part, unpacked a megabyte at a time (an element split between two
    chunks is matched in the next one)."""
    tail = b""
    with archive.open(part) as stream:
        while chunk := stream.read(_MB):
            text = tail + chunk
            cut = text.rfind(b">") + 1
            text, tail = text[:cut], text[cut:]
            yield from pattern.finditer(text)


def _check_ods(path: Path, archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> None:
    """An OpenDocument sheet repeats a row or a cell by a count (`number-rows-repeated="1000000"`), which
    the reader lays out in full; trailing empty repeats (LibreOffice writes them) lay out nothing."""
    row = last_row = column = last_column = 0
    repeat = 1
    for element in _elements(archive, part, _ODS_ELEMENT):
        closing, kind, attributes, empty = element.groups()
        if kind == b"table":
            row = last_row = 0  # a sheet of its own
        elif kind == b"table-row" and not closing:
            found = _ODS_ROWS.search(attributes)
            repeat, column = int(found.group(1)) if found else 1, 0
            row += repeat
        elif kind != b"table-row" and not closing:
            found = _ODS_COLUMNS.search(attributes)
            column += int(found.group(1)) if found else 1
            if not empty:
                last_row, last_column = max(last_row, row), max(last_column, column)
                if last_row > MAX_ROWS:
                    raise UnreadableFile(f"{path.name} has rows down to {last_row:,}; Qamqor imports up to "
                                         f"{MAX_ROWS:,} rows at once. Split the list into smaller files.")
                _check_grid(path, last_row, last_column)


def _check_grid(path: Path, last_row: int, last_column: int) -> None:
    if last_column > MAX_COLUMNS or last_column * max(last_row, 1) > MAX_CELLS:
        raise UnreadableFile(
            f"{path.name} has values as far as row {last_row:,}, column {last_column:,}: more than the "
            f"{MAX_CELLS:,} cells ({MAX_COLUMNS:,} columns at most) Qamqor reads at once. It may be damaged or made "
            f"to overload the computer; if it is a real list, split it.")
