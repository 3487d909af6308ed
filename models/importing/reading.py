"""A spreadsheet's rows: `.xlsx` (and `.xls`, `.ods`) through python-calamine, and `.csv` in the
encodings and with the separators Excel and LibreOffice save.

The header row is found, not assumed: it is the row among the first 30 with the most headers Qamqor
knows (a title and a blank line above it are common). Merged header cells arrive as
a value in the first cell and blanks after it; a header cell left blank takes the text of the row above
it (a vertical merge), and a group heading over several columns ("Паспорт" over "номер" and "страна
выдачи") is read together with each column's own heading.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from models.importing.fields import field_for
from models.importing.values import is_blank, text

HEADER_SEARCH_ROWS = 30
ENCODINGS = {"utf-8-sig": "UTF-8 with BOM", "utf-8": "UTF-8", "utf-16": "UTF-16", "cp1251": "Windows-1251"}
DELIMITERS = {";": "semicolon (;)", ",": "comma (,)", "\t": "tab"}


class UnreadableFile(ValueError):
    """The file is not a spreadsheet Qamqor can read; the message says why in words."""


@dataclass
class FileInfo:
    """What was detected, to show the user: "Windows-1251, semicolon (;), headers on row 3"."""

    name: str
    kind: str  # "xlsx" or "csv"
    encoding: str | None = None  # csv only: a key of ENCODINGS
    delimiter: str | None = None  # csv only
    sheet: str | None = None  # xlsx only
    header_row: int = 1  # as the spreadsheet numbers it (1 = first line)

    def describe(self) -> str:
        parts = [self.name]
        if self.kind == "csv":
            parts += [ENCODINGS.get(self.encoding or "", self.encoding or ""), DELIMITERS.get(self.delimiter or "", "")]
        else:
            parts.append(f"sheet {self.sheet}")
        parts.append(f"headers on row {self.header_row}")
        return ", ".join(p for p in parts if p)


@dataclass
class Table:
    info: FileInfo
    headers: list[str]
    rows: list[tuple[int, list[object]]] = field(default_factory=list)  # (row number in the file, cells)

    def column(self, index: int) -> list[object]:
        return [cells[index] if index < len(cells) else None for _, cells in self.rows]


def read(path: Path | str, *, sheet: str | None = None) -> Table:
    """The rows of `path` (`.xlsx` or `.csv`/`.txt`) after its header row, blank rows left out."""
    path = Path(path)
    suffix = path.suffix.casefold()
    try:
        if suffix in (".xlsx", ".xlsm", ".xls", ".ods"):
            info, lines = _read_xlsx(path, sheet)
        elif suffix in (".csv", ".txt", ".tsv"):
            info, lines = _read_csv(path)
        else:
            raise UnreadableFile(f"{path.name} is neither an .xlsx nor a .csv file.")
    except OSError as error:
        raise UnreadableFile(f"{path.name} could not be read: {error.strerror or error}.") from None
    return _table(info, lines)


def _read_xlsx(path: Path, sheet: str | None) -> tuple[FileInfo, list[tuple[int, list[object]]]]:
    """Through python-calamine (Rust: 10,000 rows in well under a second, where openpyxl takes seconds)."""
    from python_calamine import CalamineError, CalamineWorkbook, PasswordError, XmlError, ZipError

    try:
        book = CalamineWorkbook.from_path(str(path))
    except (CalamineError, PasswordError, XmlError, ZipError, ValueError) as error:
        raise UnreadableFile(f"{path.name} is not an Excel workbook Qamqor can read ({error}).") from None
    try:
        if sheet is not None and sheet not in book.sheet_names:
            raise UnreadableFile(f"{path.name} has no sheet named {sheet!r}.")
        name = sheet or book.sheet_names[0]
        cells = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
        lines: list[tuple[int, list[object]]] = [
            (number, [None if c == "" else c for c in values]) for number, values in enumerate(cells, start=1)]
        return FileInfo(path.name, "xlsx", sheet=name), lines
    finally:
        book.close()


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding): a BOM says it; else UTF-8 if it decodes, else Windows-1251 (Excel's Cyrillic CSV)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data.decode("utf-8-sig"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1251", errors="replace"), "cp1251"


def sniff_delimiter(sample: str) -> str:
    """The separator that splits the first lines into the same number of cells most often."""
    best, best_score = ";", (-1, -1)
    lines = sample.splitlines()[:40]
    for delimiter in DELIMITERS:
        counts = [len(row) for row in csv.reader(lines, delimiter=delimiter) if any(c.strip() for c in row)]
        wide = [n for n in counts if n > 1]
        if not wide:
            continue
        mode = max(set(wide), key=wide.count)
        score = (wide.count(mode), mode)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(path: Path) -> tuple[FileInfo, list[tuple[int, list[object]]]]:
    content, encoding = decode(path.read_bytes())
    delimiter = sniff_delimiter(content[:20_000])
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter)
    lines: list[tuple[int, list[object]]] = []
    for row in reader:
        lines.append((reader.line_num, list(row)))
    return FileInfo(path.name, "csv", encoding=encoding, delimiter=delimiter), lines


def _above(head: list[tuple[int, list[object]]], at: int) -> list[object]:
    """The line just above line `at`, if it is the file's previous line (a blank line between: none)."""
    return head[at - 1][1] if at > 0 and head[at - 1][0] == head[at][0] - 1 else []


def _score(head: list[tuple[int, list[object]]], at: int) -> int:
    """How many fields the line's headers (read with the line above, as merged cells) name."""
    return len({key for header in _headers(_above(head, at), head[at][1]) if (key := field_for(header))})


def _table(info: FileInfo, lines: list[tuple[int, list[object]]]) -> Table:
    lines = [(n, cells) for n, cells in lines if any(not is_blank(c) for c in cells)]
    if not lines:
        raise UnreadableFile(f"{info.name} has no rows.")
    head = lines[:HEADER_SEARCH_ROWS]
    scores = [_score(head, i) for i in range(len(head))]
    at = max(range(len(head)), key=lambda i: (scores[i], -i)) if max(scores) > 0 else 0
    number, cells = head[at]
    headers = _headers(_above(head, at), cells)
    info.header_row = number
    width = len(headers)
    rows = [(n, (list(c) + [None] * width)[:width]) for n, c in lines[at + 1:]]
    return Table(info, headers, rows)


def _filled(above: list[object], width: int) -> list[object]:
    """The row above with each group heading carried over the blank cells to its right (a horizontal merge)."""
    out, last = [], None
    for i in range(width):
        value = above[i] if i < len(above) else None
        last = value if not is_blank(value) else last
        out.append(last)
    return out


def _headers(above: list[object], cells: list[object]) -> list[str]:
    width = max((i + 1 for i, c in enumerate(cells) if not is_blank(c)), default=0)
    width = max(width, max((i + 1 for i, c in enumerate(above) if not is_blank(c)), default=0))
    groups = _filled(above, width)
    headers = []
    for i in range(width):
        own = text(cells[i]) if i < len(cells) else None
        group = text(groups[i])
        if own and group and field_for(f"{group} {own}"):
            headers.append(f"{group} {own}")
        elif own:
            headers.append(own)
        elif i < len(above) and not is_blank(above[i]):
            headers.append(text(above[i]) or "")  # merged down over this row
        else:
            headers.append(f"Column {_letters(i)}")
    return headers


def _letters(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name
