"""Cells that never run as formulas, for every spreadsheet and CSV file Qamqor writes (issue 26).

A name imported from an office's list, such as `=cmd|' /C notepad'!A1` or `@SUM(1+1)*cmd|' /C calc'!A0`,
would otherwise reach a caseworker's Excel as a live formula ("CSV injection"). As OWASP's CSV Injection
page advises, a text that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is written with a
single quote before it, which Excel and LibreOffice show as text and never evaluate; the full-width
forms of those signs are treated alike (Excel reads `＝1+1` as a formula in some locales). Numbers and
dates are left as they are: `-3` days left is a number, not a formula.
"""
from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def neutralised(value: object) -> object:
    """`value`, with a quote before it if it is a text a spreadsheet could take for a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def neutralise_workbook(book: Any) -> None:
    """Every text cell of an openpyxl workbook (every sheet) made safe and stored as text, never as a
    formula. For workbooks built in memory (not write-only ones)."""
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    cell.value = neutralised(cell.value)
                    cell.data_type = "s"  # openpyxl would otherwise store a text starting with "=" as a formula
