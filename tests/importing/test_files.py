"""The template to fill in, the dry run's report, and `qamqor import` on the command line."""
from __future__ import annotations

import io
import json

from openpyxl import load_workbook
from sqlalchemy import func, select

from models.cli import main
from models.entities import Person
from models.importing import reading, report, service, template
from models.importing.fields import FIELDS
from models.importing.mapping import guess


def test_the_template_names_every_field_in_three_languages_with_dropdowns_and_an_example(tmp_path, db, supervisor):
    path = tmp_path / "template.xlsx"
    path.write_bytes(template.template())
    sheet = load_workbook(path)["Qamqor"]
    assert sheet["A1"].value == "Фамилия / Тегі / Family name"
    lists = {str(v.sqref).split(":")[0]: v.formula1 for v in sheet.data_validations.dataValidation if v.type == "list"}
    headers = [c.value for c in sheet[1]]
    category = headers.index("Категория / Санаты / Category")
    assert "трудовой мигрант" in lists[sheet.cell(2, category + 1).coordinate]
    citizenship = headers.index("Гражданство / Азаматтығы / Citizenship")
    assert lists[sheet.cell(2, citizenship + 1).coordinate].startswith("=Lists!")

    table = reading.read(path)  # and Qamqor reads its own template back, every column mapped
    mapping = guess(table)
    assert sorted(filter(None, mapping.columns.values())) == sorted(f.key for f in FIELDS if f.key != "full_name")
    dry = service.check(db, supervisor, table, mapping)
    assert (dry.rows, len(dry.valid), dry.errors) == (1, 1, [])


def test_the_report_marks_the_bad_cells(tmp_path, db, supervisor, office_list):
    table = reading.read(office_list)
    dry = service.check(db, supervisor, table, guess(table))
    path = tmp_path / "report.xlsx"
    path.write_bytes(report.report(table, dry))
    book = load_workbook(path)
    rows = book["Rows"]
    headers = [c.value for c in rows[1]]
    line = next(r for r in rows.iter_rows(min_row=2) if r[0].value == 6)
    country = line[headers.index("Гражданство")]
    assert country.value == "Атлантида" and country.fill.fgColor.rgb.endswith(report.BAD)
    assert "is not a country" in country.comment.text
    assert not line[headers.index("Имя")].comment
    assert [c.value for c in book["Problems"][2]][:3] == [6, "Гражданство", "Атлантида"]


def test_qamqor_import_dry_run_json_writes_nothing(db_path, office_list, capsys):
    assert main(["--db", str(db_path), "import", str(office_list), "--dry-run", "--json"]) == 1  # rows with problems
    out = json.loads(capsys.readouterr().out)
    assert (out["rows"], out["valid"], len(out["errors"]), len(out["duplicates"])) == (5, 4, 2, 1)
    from models.db import Database

    db = Database(db_path)
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 0
    db.close()


def test_qamqor_import_with_a_mapping_then_undo(db_path, office_list, tmp_path, capsys):
    mapping = guess(reading.read(office_list))
    mapping.columns["Гражданство"] = ""  # a mapping that leaves out a column
    (tmp_path / "m.toml").write_text(mapping.to_toml(), encoding="utf-8")
    assert main(["--db", str(db_path), "import", str(office_list), "--mapping", str(tmp_path / "m.toml"),
                 "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["status"] == "complete" and out["counts"]["persons"] == 0  # citizenship is required
    assert {e["column"] for e in out["dry_run"]["errors"]} >= {"Citizenship"}

    assert main(["--db", str(db_path), "import", str(office_list), "--json"]) == 1
    imported = json.loads(capsys.readouterr().out)
    assert imported["counts"]["persons"] == 3
    assert main(["--db", str(db_path), "imports", "--undo", imported["import"]]) == 0
    assert "records archived" in capsys.readouterr().out
    assert main(["--db", str(db_path), "import", str(tmp_path / "missing.csv")]) == 2
    assert "could not be read" in capsys.readouterr().err


def test_the_report_is_in_the_users_language_and_writes_empty_cells_empty(tmp_path, db, supervisor, office_list):
    """Issue 28 item 2: a Russian supervisor read "Problems" and "Basis of stay: is required", and a lone `'`
    in every empty cell."""
    table = reading.read(office_list)
    dry = service.check(db, supervisor, table, guess(table))
    for lang, sheets, problem in (
            ("ru", ["Строки", "Ошибки", "Возможные повторы"], "не может быть раньше, чем дата въезда (10 мая 2024)"),
            ("kk", ["Жолдар", "Қателер", "Ықтимал қайталаулар"], "келген күні (2024 жылғы 10 мамыр) күнінен бұрын болмауы керек")):
        path = tmp_path / f"report-{lang}.xlsx"
        path.write_bytes(report.report(table, dry, lang))
        book = load_workbook(path)
        assert book.sheetnames == sheets
        problems = [[c.value for c in line] for line in book[sheets[1]].iter_rows(min_row=2)]
        assert problems[1][:3] == [6, "Дата выезда", "01.05.2024"] and problem in problems[1][3]
        rows = book[sheets[0]]
        headers = [c.value for c in rows[1]]
        first = [c.value for c in rows[2]]
        assert first[headers.index("ИИН")] is None and first[headers.index("Дата выезда")] is None
        assert "'" not in [c.value for line in rows.iter_rows() for c in line]
    english = load_workbook(io.BytesIO(report.report(table, dry)))
    assert english.sheetnames == ["Rows", "Problems", "Duplicates"]
