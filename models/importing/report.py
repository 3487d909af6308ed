"""The dry run as an `.xlsx` report: the file's rows with each bad cell marked (red, with the problem as
the cell's comment), a column with the row's problems, and sheets listing the problems and duplicates.

Written in the language of the person who saves it (`lang`: en, ru or kk; sheet names, headers and every
sentence, through `models.importing.words`). An empty cell of the file stays empty.
"""
from __future__ import annotations

import io

from models.importing.checking import DryRun
from models.importing.reading import Table
from models.importing.words import REPORT, column, sentence, tr
from models.safe_cells import neutralise_workbook

BAD = "FFC7CE"
DUPLICATE = "FFEB9C"


def report(table: Table, dry: DryRun, lang: str = "en") -> bytes:
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill

    def word(source: str) -> str:
        return tr(REPORT, source, lang)

    book = Workbook()
    rows_sheet = book.active
    rows_sheet.title = word("Rows")
    bad, doubtful, bold = PatternFill("solid", fgColor=BAD), PatternFill("solid", fgColor=DUPLICATE), Font(bold=True)
    headers = [word("Row"), *table.headers, word("Problems")]
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
        notes = [f"{column(p.column, lang)}: {sentence(p.message, p.refusal, lang)}" for p in found]
        if duplicate:
            notes.append(word("may be {0} ({1})").format(sentence(duplicate.other, None, lang),
                                                         sentence(duplicate.reason, None, lang)))
        rows_sheet.append([number, *[_cell(v) for v in cells], "; ".join(notes) or None])
        line = rows_sheet.max_row
        for problem in found:
            if (index := column_of.get(problem.column)) is not None:
                cell = rows_sheet.cell(line, index + 2)
                cell.fill = bad
                cell.comment = Comment(sentence(problem.message, problem.refusal, lang), "Qamqor")
        if duplicate and not found:
            rows_sheet.cell(line, 1).fill = doubtful
    problem_sheet = book.create_sheet(word("Problems"))
    problem_sheet.append([word("Row"), word("Column"), word("Value"), word("Problem")])
    for problem in dry.errors:
        problem_sheet.append([problem.row, column(problem.column, lang), _cell(problem.value),
                              sentence(problem.message, problem.refusal, lang)])
    duplicate_sheet = book.create_sheet(word("Duplicates"))
    duplicate_sheet.append([word("Row"), word("Found in"), word("May be"), word("Reason")])
    for duplicate in dry.duplicates:
        duplicate_sheet.append([duplicate.row, word("the database" if duplicate.match == "database" else "the file"),
                                sentence(duplicate.other, None, lang), sentence(duplicate.reason, None, lang)])
    for sheet in (problem_sheet, duplicate_sheet):
        for cell in sheet[1]:
            cell.font = bold
    neutralise_workbook(book)  # names and values from the file are never formulas (issue 26)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _cell(value: object) -> object:
    if isinstance(value, str) and not value.strip():
        return None  # an empty cell stays empty (a lone "'" was written for it)
    if isinstance(value, str) and value[0] in "=+-@":
        return "'" + value  # never a formula from an imported cell
    return value
