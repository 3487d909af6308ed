"""The template an office fills in: every field Qamqor imports, headed in Russian, Kazakh and English,
drop-down lists for the coded fields (Excel's data validation) and one example row."""
from __future__ import annotations

import datetime as dt
import io

from models import countries
from models.importing.fields import FIELDS
from models.importing.values import WORDS

EXAMPLE = {
    "family_name": "Юсупов", "given_name": "Алишер", "patronymic": "Рустамович", "birth_date": dt.date(1990, 4, 12),
    "sex": "мужской", "citizenship": "Узбекистан", "phone": "+7 701 234 56 78",
    "address": "г. Алматы, ул. Толе би, 100", "document_kind": "паспорт", "document_number": "FA1234567",
    "document_country": "Узбекистан", "document_issued": dt.date(2019, 6, 1), "document_expires": dt.date(2029, 5, 31),
    "category": "трудовой мигрант", "opened_on": dt.date(2024, 5, 12), "priority": "обычный",
    "entry_date": dt.date(2024, 5, 10), "basis": "безвиз", "border_point": "Жибек Жолы",
    "note": "Пример: удалите эту строку",
}
# The field whose column takes the whole name is left out: the template has the three parts.
COLUMNS = [f for f in FIELDS if f.key != "full_name"]


def template() -> bytes:
    """The `.xlsx` file's bytes."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.active
    sheet.title = "Qamqor"
    lists = book.create_sheet("Lists")
    codes = countries.all_codes()
    for row, code in enumerate(codes, start=1):
        lists.cell(row, 1, countries.name(code, "ru"))
        lists.cell(row, 2, code)
    lists.column_dimensions["A"].width = 40
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    for column, spec in enumerate(COLUMNS, start=1):
        cell = sheet.cell(1, column, f"{spec.ru} / {spec.kk} / {spec.en}")
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        letter = get_column_letter(column)
        sheet.column_dimensions[letter].width = 22
        example = EXAMPLE.get(spec.key)
        if example is not None:
            value_cell = sheet.cell(2, column, example)
            if isinstance(example, dt.date):
                value_cell.number_format = "DD.MM.YYYY"
        if spec.kind in ("sex", "category", "basis", "document_kind", "priority"):
            words = [next(w for w in words if not w.isascii()) for words in WORDS[spec.kind].values()
                     if any(not w.isascii() for w in words)]
            rule = DataValidation(type="list", formula1='"' + ",".join(words) + '"', allow_blank=True)
        elif spec.kind == "country":
            rule = DataValidation(type="list", formula1=f"=Lists!$A$1:$A${len(codes)}", allow_blank=True)
        elif spec.kind in ("date", "birth"):
            rule = DataValidation(type="date", operator="greaterThan", formula1="1", allow_blank=True)
            rule.error, rule.errorTitle, rule.showErrorMessage = "ДД.ММ.ГГГГ", "Дата / Күні / Date", False
            for row in range(3, 1001):
                sheet.cell(row, column).number_format = "DD.MM.YYYY"
        else:
            continue
        rule.add(f"{letter}2:{letter}1000")
        sheet.add_data_validation(rule)
    sheet.row_dimensions[1].height = 45
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
