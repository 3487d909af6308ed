"""Reading the files offices keep: encodings, separators, title rows, merged headers, Excel dates."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from models.importing import reading
from models.importing.mapping import Mapping, guess
from tests.importing.conftest import write_list


def test_a_cp1251_list_with_semicolons_a_title_and_blank_rows(office_list) -> None:
    table = reading.read(office_list)
    assert (table.info.encoding, table.info.delimiter, table.info.header_row) == ("cp1251", ";", 3)
    assert "Windows-1251, semicolon (;), headers on row 3" in table.info.describe()
    assert table.headers[:3] == ["Фамилия", "Имя", "Дата рождения"]
    assert [number for number, _ in table.rows] == [4, 6, 7, 8, 9]  # the blank row 5 is left out
    assert table.rows[0][1][0] == "Каримов"


@pytest.mark.parametrize("encoding, delimiter, shown", [
    ("utf-8-sig", ",", "UTF-8 with BOM"), ("utf-8", "\t", "UTF-8"), ("utf-16", ";", "UTF-16")])
def test_other_encodings_and_separators_are_detected(tmp_path, encoding, delimiter, shown) -> None:
    text = delimiter.join(["Тегі", "Аты", "Туған күні", "Азаматтығы"]) + "\n" + \
        delimiter.join(["Әлиева", "Әсем", "1/2/1999", "Өзбекстан"]) + "\n"
    table = reading.read(write_list(tmp_path / "list.csv", text, encoding))
    assert (table.info.encoding, table.info.delimiter) == (encoding, delimiter)
    assert shown in table.info.describe()
    assert guess(table).columns == {"Тегі": "family_name", "Аты": "given_name", "Туған күні": "birth_date",
                                    "Азаматтығы": "citizenship"}
    assert table.rows == [(2, ["Әлиева", "Әсем", "1/2/1999", "Өзбекстан"])]


def test_an_xlsx_with_merged_headers_excel_serials_and_a_header_lower_down(tmp_path) -> None:
    book = Workbook()
    sheet = book.active
    sheet["A1"] = "Отчёт за май"
    sheet.append([])
    sheet.append(["Фамилия", "Имя", "Паспорт", None, "Дата въезда"])  # row 3: group headings
    sheet.append([None, None, "номер", "страна выдачи", None])  # row 4: Фамилия, Имя, Дата въезда merged down
    for cells in ("A3:A4", "B3:B4", "C3:D3", "E3:E4"):
        sheet.merge_cells(cells)
    sheet.append(["Юсупова", "Малика", "FA1234567", "UZB", 45413])  # a date left as Excel's number
    sheet.append([])
    sheet.append(["Ким", "Ольга", "M7654321", "Корея", dt.datetime(2024, 5, 2)])
    book.save(tmp_path / "list.xlsx")

    table = reading.read(tmp_path / "list.xlsx")
    mapping = guess(table)
    assert table.info.header_row == 4
    assert [mapping.field_of(h) for h in table.headers] == [
        "family_name", "given_name", "document_number", "document_country", "entry_date"]
    assert [n for n, _ in table.rows] == [5, 7]
    assert table.rows[0][1][4] == 45413


def test_a_file_that_is_no_spreadsheet_is_refused_in_words(tmp_path) -> None:
    (tmp_path / "list.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(reading.UnreadableFile, match="neither an .xlsx nor a .csv"):
        reading.read(tmp_path / "list.doc")
    (tmp_path / "broken.xlsx").write_bytes(b"not a zip")
    with pytest.raises(reading.UnreadableFile, match="not an Excel workbook"):
        reading.read(tmp_path / "broken.xlsx")


def test_a_mapping_round_trips_through_toml(tmp_path, office_list) -> None:
    mapping = guess(reading.read(office_list))
    mapping.columns["Откуда узнал"] = "note"
    mapping.date_order = "mdy"
    (tmp_path / "m.toml").write_text(mapping.to_toml(), encoding="utf-8")
    assert Mapping.load(tmp_path / "m.toml") == mapping
