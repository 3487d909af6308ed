"""A spreadsheet's rows: `.xlsx` (and `.xls`, `.ods`) through python-calamine, and `.csv` in the
encodings and with the separators Excel and LibreOffice save.

The header row is found, not assumed: it is the row among the first 30 with the most headers Qamqor
knows (a title and a blank line above it are common). Merged header cells arrive as
a value in the first cell and blanks after it; a header cell left blank takes the text of the row above
it (a vertical merge), and a group heading over several columns ("Паспорт" over "номер" and "страна
выдачи") is read together with each column's own heading.

A CSV list is read in a stream: its rows are read from the file again on each pass (finding the header,
counting, the dry run, the report, the import), never held together, so a list of 200,000 rows takes no
more memory than one of 10,000 (issue 26). The passes that count read it `as_read`: only while it is still
the file first read (`unchanged`). A workbook is checked against `limits` before its reader unpacks it.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, overload

from models.importing import encodings, limits, unchanged
from models.importing.encodings import ENCODINGS
from models.importing.fields import field_for
from models.importing.unreadable import UnreadableFile
from models.importing.values import is_blank, text

HEADER_SEARCH_ROWS = 30
DELIMITERS = {";": "semicolon (;)", ",": "comma (,)", "\t": "tab"}
Line = tuple[int, list[Any]]  # (line number in the file, cells)
Lines = Callable[[bool], Iterator[Line]]  # the file's lines; True: only if it is still the file first read


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


class Rows(Sequence[Line]):
    """The rows below the header row, blank rows left out, each as wide as the headers: read again from
    `lines` on each pass (a CSV file) or from the lines held (a workbook, which its reader unpacks whole)."""

    def __init__(self, lines: Lines, header_row: int, width: int, count: int) -> None:
        self._lines, self._after, self._width, self._count = lines, header_row, width, count

    def __iter__(self) -> Iterator[Line]:
        return self._rows(self._lines(False))

    def as_read(self) -> Iterator[Line]:
        """The rows, from the file as it was first read: `unchanged.FileChanged` if it has changed since (a
        CSV file: when the first row is asked for, and while it is read on)."""
        return self._rows(self._lines(True))

    def _rows(self, lines: Iterator[Line]) -> Iterator[Line]:
        width = self._width
        for number, cells in lines:
            if number > self._after and any(not is_blank(c) for c in cells):
                yield number, (list(cells) + [None] * width)[:width]

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> Line: ...

    @overload
    def __getitem__(self, index: slice) -> list[Line]: ...

    def __getitem__(self, index: int | slice) -> Line | list[Line]:
        if isinstance(index, slice):
            return list(islice(self, *index.indices(self._count)))
        if not -self._count <= index < self._count:
            raise IndexError(index)
        return next(islice(self, index % self._count, None))

    def __eq__(self, other: object) -> bool:
        return list(self) == list(other) if isinstance(other, Sequence) else NotImplemented

    __hash__ = None  # type: ignore[assignment]


@dataclass
class Table:
    info: FileInfo
    headers: list[str]
    rows: Rows  # (row number in the file, cells)

    def column(self, index: int) -> Column:
        return Column(self.rows, index)


class Column(Sequence[object]):
    """One column's cells, read as far as asked: `table.column(3)[:50]` reads 50 rows, not the file."""

    def __init__(self, rows: Rows, index: int) -> None:
        self._rows, self._index = rows, index

    def __iter__(self) -> Iterator[object]:
        return (cells[self._index] if self._index < len(cells) else None for _, cells in self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> object: ...

    @overload
    def __getitem__(self, index: slice) -> list[object]: ...

    def __getitem__(self, index: int | slice) -> object | list[object]:
        if isinstance(index, slice):
            return list(islice(self, *index.indices(len(self))))
        return self._rows[index][1][self._index]


def read(path: Path | str, *, sheet: str | None = None) -> Table:
    """The rows of `path` (`.xlsx` or `.csv`/`.txt`) after its header row, blank rows left out."""
    path = Path(path)
    suffix = path.suffix.casefold()
    try:
        if suffix in (".xlsx", ".xlsm", ".xls", ".ods"):
            fingerprint = unchanged.take(path)
            info, lines = _read_xlsx(path, sheet)
            return _table(info, lambda as_read: _held(path, lines, fingerprint if as_read else None))
        if suffix in (".csv", ".txt", ".tsv"):
            limits.check_size(path)
            fingerprint = unchanged.take(path)
            info, stream = _read_csv(path, fingerprint)
            return _table(info, stream)
        raise UnreadableFile(f"{path.name} is neither an .xlsx nor a .csv file.")
    except OSError as error:
        raise UnreadableFile(f"{path.name} could not be read: {error.strerror or error}.") from None


def _read_xlsx(path: Path, sheet: str | None) -> tuple[FileInfo, list[Line]]:
    """Through python-calamine (Rust: 10,000 rows in well under a second, where openpyxl takes seconds),
    once the file has passed the `limits` (calamine unpacks the whole sheet: a zip bomb would not stop)."""
    from python_calamine import CalamineError, CalamineWorkbook, PasswordError, XmlError, ZipError

    limits.check_workbook(path)
    try:
        book = CalamineWorkbook.from_path(str(path))
    except (CalamineError, PasswordError, XmlError, ZipError, ValueError) as error:
        raise UnreadableFile(f"{path.name} is not an Excel workbook Qamqor can read ({error}).") from None
    try:
        if sheet is not None and sheet not in book.sheet_names:
            raise UnreadableFile(f"{path.name} has no sheet named {sheet!r}.")
        name = sheet or book.sheet_names[0]
        cells = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
        lines: list[Line] = [
            (number, [None if c == "" else c for c in values]) for number, values in enumerate(cells, start=1)]
        return FileInfo(path.name, "xlsx", sheet=name), lines
    finally:
        book.close()


def _held(path: Path, lines: list[Line], fingerprint: unchanged.Fingerprint | None) -> Iterator[Line]:
    """A workbook's lines held since it was read, if it is still that file (when `fingerprint` is given)."""
    if fingerprint is not None:
        try:
            with path.open("rb") as file:
                unchanged.check(path.name, file, fingerprint)
        except OSError:
            raise unchanged.FileChanged(path.name) from None
    return iter(lines)


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


def _read_csv(path: Path, fingerprint: unchanged.Fingerprint) -> tuple[FileInfo, Lines]:
    sample = encodings.sample_of(path)
    encoding = encodings.detect(sample, path.name)
    delimiter = sniff_delimiter(sample[:40_000].decode(encoding, errors="ignore"))
    return FileInfo(path.name, "csv", encoding=encoding, delimiter=delimiter), lambda as_read: _csv_lines(
        path, encoding, delimiter, fingerprint if as_read else None)


def _csv_lines(path: Path, encoding: str, delimiter: str,
               fingerprint: unchanged.Fingerprint | None = None) -> Iterator[Line]:
    """The file's lines as cells, decoded strictly: a line that does not fit the encoding is refused. With a
    `fingerprint`, only while the file is still the one it was taken of."""
    try:
        binary = path.open("rb")
    except OSError as error:  # moved or deleted since it was first read (each pass reads it again)
        if fingerprint is not None:
            raise unchanged.FileChanged(path.name) from None
        raise UnreadableFile(f"{path.name} could not be read again: {error.strerror or error}.") from None
    with binary:
        watch = None
        if fingerprint is not None:
            unchanged.check(path.name, binary, fingerprint)
            watch = unchanged.Watch(path.name, binary)
        reader = csv.reader(io.TextIOWrapper(binary, encoding=encoding, newline=""), delimiter=delimiter)
        try:
            for row in reader:
                if watch is not None:
                    watch.check()  # a microsecond: no row read after the file was written over is used
                yield reader.line_num, row
        except UnicodeDecodeError:
            raise UnreadableFile(f"{path.name}: line {_first_undecodable(path, encoding)} is not in "
                                 f"{ENCODINGS[encoding]} as the lines before it, and would be imported as "
                                 f"gibberish. {encodings.ADVICE}") from None
        except csv.Error as error:
            raise UnreadableFile(_csv_problem(path.name, reader.line_num, error)) from None


def _first_undecodable(path: Path, encoding: str) -> int:
    with path.open("rb") as file:
        for number, line in enumerate(file, start=1):
            try:
                line.decode(encoding)
            except UnicodeDecodeError:
                return number
    return 1


def _csv_problem(name: str, line: int, error: csv.Error) -> str:
    if "field larger than field limit" in str(error):
        return (f"{name}, line {line}: a cell is longer than {csv.field_size_limit():,} characters, more than a list "
                f"of persons holds. A quotation mark (\") may be missing its pair, or the file is not a list.")
    if "NUL" in str(error):
        return f"{name}, line {line}: holds a NUL character, which a CSV list never does. Is it really a CSV file?"
    return f"{name}, line {line}: not a CSV line Qamqor can read ({error})."


def _above(head: list[Line], at: int) -> list[object]:
    """The line just above line `at`, if it is the file's previous line (a blank line between: none)."""
    return head[at - 1][1] if at > 0 and head[at - 1][0] == head[at][0] - 1 else []


def _score(head: list[Line], at: int) -> int:
    """How many fields the line's headers (read with the line above, as merged cells) name."""
    return len({key for header in _headers(_above(head, at), head[at][1]) if (key := field_for(header))})


def _table(info: FileInfo, lines: Lines) -> Table:
    filled = ((n, cells) for n, cells in lines(True) if any(not is_blank(c) for c in cells))
    head = list(islice(filled, HEADER_SEARCH_ROWS))
    if not head:
        raise UnreadableFile(f"{info.name} has no rows.")
    scores = [_score(head, i) for i in range(len(head))]
    at = max(range(len(head)), key=lambda i: (scores[i], -i)) if max(scores) > 0 else 0
    number, cells = head[at]
    headers = _headers(_above(head, at), cells)
    info.header_row = number
    # One pass to the end: every line is decoded and parsed once here, so that a bad line is refused now, in
    # words, and never half way through the dry run.
    count = len(head) - at - 1 + sum(1 for _ in filled)
    if count > limits.MAX_ROWS:
        raise UnreadableFile(f"{info.name} has {count:,} rows; Qamqor imports up to {limits.MAX_ROWS:,} rows at "
                             f"once. Split the list into smaller files.")
    return Table(info, headers, Rows(lines, number, len(headers), count))


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
