"""The dry run as an `.xlsx` report: the file's rows with each bad cell marked (red, with the problem as
the cell's comment), a column with the row's problems, and sheets listing the problems and duplicates."""
from __future__ import annotations

import io

from models.importing.checking import DryRun
from models.importing.reading import Table
from models.safe_cells import neutralise_workbook

BAD = "FFC7CE"
DUPLICATE = "FFEB9C"


def report(table: Table, dry: DryRun) -> bytes:
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill

    book = Workbook()
    rows_sheet = book.active
    rows_sheet.title = "Rows"
    bad, doubtful, bold = PatternFill("solid", fgColor=BAD), PatternFill("solid", fgColor=DUPLICATE), Font(bold=True)
    headers = ["Row", *table.headers, "Problems"]
    rows_sheet.append(headers)
    for cell in rows_sheet[1]:
        cell.font = bold
    problems: dict[int, list] = {}
    for problem in dry.errors:
        problems.setdefault(problem.row, []).append(problem)
    duplicates = {d.row: d for d in dry.duplicates}
    column_of = {header: index for index, header in enumerate(table.headers)}
    for number, cells in table.rows:
        found = problems.get(number, [])
        duplicate = duplicates.get(number)
        notes = [f"{p.column}: {p.message}" for p in found]
        if duplicate:
            notes.append(f"may be {duplicate.other} ({duplicate.reason})")
        rows_sheet.append([number, *[_cell(v) for v in cells], "; ".join(notes)])
        line = rows_sheet.max_row
        for problem in found:
            if (index := column_of.get(problem.column)) is not None:
                cell = rows_sheet.cell(line, index + 2)
                cell.fill = bad
                cell.comment = Comment(problem.message, "Qamqor")
        if duplicate and not found:
            rows_sheet.cell(line, 1).fill = doubtful
    problem_sheet = book.create_sheet("Problems")
    problem_sheet.append(["Row", "Column", "Value", "Problem"])
    for problem in dry.errors:
        problem_sheet.append([problem.row, problem.column, problem.value, problem.message])
    duplicate_sheet = book.create_sheet("Duplicates")
    duplicate_sheet.append(["Row", "Match", "May be", "Reason"])
    for duplicate in dry.duplicates:
        duplicate_sheet.append([duplicate.row, duplicate.match, duplicate.other, duplicate.reason])
    for sheet in (problem_sheet, duplicate_sheet):
        for cell in sheet[1]:
            cell.font = bold
    neutralise_workbook(book)  # names and values from the file are never formulas (issue 26)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _cell(value: object) -> object:
    if isinstance(value, str) and value[:1] in "=+-@":
        return "'" + value  # never a formula from an imported cell
    return value
