"""Issue 28 item 1: an office's list without a basis of stay, through `qamqor import` on a real file."""
from __future__ import annotations

import json

from sqlalchemy import select

from models.cli import main
from models.db import Database
from models.entities import Stay, StoredObligation
from models.importing import reading, service
from models.importing.checking import passing
from models.importing.mapping import Mapping, guess
from tests.importing.conftest import without_basis


def test_every_row_passes_and_the_dry_run_counts_the_stays_left_without_a_basis(db_path, tmp_path, capsys):
    path = without_basis(tmp_path / "list.csv")
    assert main(["--db", str(db_path), "import", str(path), "--dry-run", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["rows"], out["valid"], out["errors"]) == (120, 120, [])
    assert (out["unknown_basis"], out["defaults"], out["filled"]) == (120, {}, {})

    assert main(["--db", str(db_path), "import", str(path), "--dry-run", "--set", "basis=visa_free"]) == 0
    text = capsys.readouterr().out
    assert "120 rows, 120 valid, 0 problems" in text
    assert "For the whole file: basis = visa_free (120 rows filled)" in text
    assert "without a basis" not in text


def test_a_value_for_the_whole_file_is_refused_in_words(db_path, tmp_path, capsys):
    path = without_basis(tmp_path / "list.csv", rows=3)
    assert main(["--db", str(db_path), "import", str(path), "--set", "basis=по приглашению"]) == 2
    assert "basis = 'по приглашению' is not a value Qamqor knows" in capsys.readouterr().err
    assert main(["--db", str(db_path), "import", str(path), "--set", "basis"]) == 2
    assert "write it as FIELD=VALUE" in capsys.readouterr().err


def test_imported_without_a_basis_the_case_and_the_alerts_say_it_is_missing(db_path, tmp_path, capsys):
    path = without_basis(tmp_path / "list.csv", rows=4)
    # Entered in November 2026 and still here: whenever the test runs, a stay with its deadlines to compute.
    assert main(["--db", str(db_path), "import", str(path), "--set", "category=labour_migrant", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["counts"]["persons"], out["counts"]["cases"], out["counts"]["stays"]) == (4, 4, 4)
    db = Database(db_path)
    try:
        with db.reading() as session:
            assert {s.basis.value for s in session.scalars(select(Stay))} == {"unknown"}
            stored = session.execute(select(StoredObligation.rule, StoredObligation.met, StoredObligation.alert)).all()
    finally:
        db.close()
    # No stay deadline from an unknown basis: only the missing basis, on the supervisor's list.
    assert sorted(stored) == [("stay.basis_missing", False, True)] * 4
    assert main(["--db", str(db_path), "alerts", "--json"]) == 0
    alerts = json.loads(capsys.readouterr().out)
    rows = alerts["alerts"] if isinstance(alerts, dict) else alerts
    assert len(rows) == 4 and {a["rule"] for a in rows} == {"stay.basis_missing"}


def test_the_mapping_file_keeps_the_values_for_the_whole_file(db_path, tmp_path, capsys):
    path = without_basis(tmp_path / "list.csv", rows=5)
    mapping = guess(reading.read(path))
    mapping.set_default("basis", "безвизовый режим")
    (tmp_path / "office.toml").write_text(mapping.to_toml(), encoding="utf-8")
    assert Mapping.load(tmp_path / "office.toml").defaults == {"basis": "безвизовый режим"}
    assert Mapping.from_dict(mapping.as_dict()).defaults == {"basis": "безвизовый режим"}  # as the wizard saves it
    assert main(["--db", str(db_path), "import", str(path), "--mapping", str(tmp_path / "office.toml"),
                 "--dry-run", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["valid"], out["unknown_basis"], out["filled"]) == (5, 0, {"basis": 5})


def test_a_whole_file_basis_gives_no_stay_to_a_row_without_an_entry_date(db, supervisor, tmp_path):
    path = without_basis(tmp_path / "list.csv", rows=2, entered="")
    mapping = guess(reading.read(path))
    mapping.set_default("basis", "visa_free")
    dry = service.check(db, supervisor, reading.read(path), mapping)
    assert (len(dry.valid), dry.errors, [p.stay for p in passing(dry)]) == (2, [], [None, None])


def test_a_row_with_problems_is_still_looked_for_among_the_persons_recorded(db, supervisor, person, tmp_path):
    """The database knows Юсупов Алишер, born 12.04.1990; the file's row gives his name and birth date, and a
    citizenship Qamqor does not know."""
    path = tmp_path / "list.csv"
    path.write_bytes(("Фамилия;Имя;Дата рождения;Гражданство;Дата въезда\r\n"
                      "Юсупов;Алишер;12.04.1990;Атлантида;01.12.2026\r\n"
                      "Yusupov;Alisher;12.04.1990;Neverland;01.12.2026\r\n").encode("cp1251"))
    table = reading.read(path)
    dry = service.check(db, supervisor, table, guess(table))
    assert len(dry.valid) == 0 and {e.row for e in dry.errors} == {2, 3}
    assert [(d.row, d.match, d.other) for d in dry.duplicates] == [
        (2, "database", "Юсупов Алишер Рустамович, born 1990-04-12"),
        (3, "database", "Юсупов Алишер Рустамович, born 1990-04-12"), (3, "file", "row 2")]


def test_a_whole_file_value_never_replaces_what_the_row_says(db, supervisor, tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(("ФИО;Гражданство;Дата въезда;Основание\r\n"
                      "Каримов Бахтиёр;Узбекистан;01.12.2026;виза\r\n"
                      "Сидоров Пётр;;01.12.2026;\r\n").encode("cp1251"))
    table = reading.read(path)
    mapping = guess(table)
    for key, value in (("family_name", "Иванов"), ("citizenship", "TJK"), ("basis", "visa_free")):
        mapping.set_default(key, value)
    dry = service.check(db, supervisor, table, mapping)
    assert [(p.person.family_name, p.person.citizenship, p.stay.basis.value) for p in passing(dry)] == [
        ("Каримов", "UZB", "visa"), ("Сидоров", "TJK", "visa_free")]
    assert dry.filled == {"citizenship": 1, "basis": 1}
