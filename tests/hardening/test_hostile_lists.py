"""Hostile and damaged lists to import (issue 26, items 3 and 5): zip bombs refused before they are read,
encodings detected or refused in words, a 30 MB cell refused in words, never a traceback."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from models.cli import main
from models.importing import limits, reading
from models.importing.mapping import guess
from tests.hardening.bombs import far_corner, many_rows, repeated_ods
from tests.importing.conftest import write_list

ROOT = Path(__file__).resolve().parents[2]
LIST = ("Фамилия;Имя;Отчество;Дата рождения;Гражданство\r\n"
        "Каримов;Бахтиёр;Рустамович;05.03.1988;Узбекистан\r\n"
        "Ёлкина;Щукина-Подъячая;Эдуардовна;01.12.1979;Россия\r\n"
        "Шәріпов;Іслам;Өмірұлы;11.11.1991;Казахстан\r\n")
# Run in a process of its own, its memory capped at 1.5 GB (a bomb that got through fails fast, not the machine).
MEASURE = """
import json, resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, (1536 * 1024 ** 2,) * 2)
from models.importing import reading
started = time.perf_counter()
try:
    outcome = f"read {len(reading.read(sys.argv[1]).rows)} rows"
except reading.UnreadableFile as error:
    outcome = f"refused: {error}"
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent (pytest) across exec.
peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"outcome": outcome, "seconds": time.perf_counter() - started, "peak_mb": peak / 1024}))
"""


def measured(path: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", MEASURE, str(path)], capture_output=True, text=True, cwd=ROOT,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


@pytest.mark.parametrize("bomb, suffix, words", [
    (many_rows, ".xlsx", "packed 2"), (far_corner, ".xlsx", "as far as row 200,000, column 702"),
    (repeated_ods, ".ods", "rows down to 1,000,001")])
def test_a_zip_bomb_is_refused_before_it_is_read(tmp_path, bomb, suffix, words) -> None:
    path = bomb(tmp_path / f"list{suffix}")
    assert path.stat().st_size < 600_000
    figures = measured(path)
    print(path.name, f"{path.stat().st_size:,} bytes:", figures)
    assert figures["outcome"].startswith("refused") and words in figures["outcome"], figures
    assert figures["peak_mb"] < 150 and figures["seconds"] < 5, figures


def test_the_limits_let_a_real_list_through(tmp_path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Фамилия", "Имя", "Дата рождения"])
    for number in range(3000):
        sheet.append([f"Каримов{number}", "Бахтиёр", "05.03.1988"])
    book.save(tmp_path / "list.xlsx")
    limits.check_workbook(tmp_path / "list.xlsx")
    assert len(reading.read(tmp_path / "list.xlsx").rows) == 3000
    # LibreOffice's blank rows after the last, a million of them repeated in one element, are no bomb
    table = reading.read(repeated_ods(tmp_path / "list.ods", rows=3, columns=2, empty_rows=1_048_000))
    assert table.headers[0] == "Фамилия" and len(table.rows) == 3


def test_an_archive_that_unpacks_past_the_limit_is_refused_in_words(tmp_path, monkeypatch) -> None:
    path = many_rows(tmp_path / "list.xlsx", rows=20_000)
    monkeypatch.setattr(limits, "MAX_UNPACKED_MB", 1)
    with pytest.raises(reading.UnreadableFile, match="would unpack to 4 MB; Qamqor opens workbooks of up to 1 MB"):
        reading.read(path)


@pytest.mark.parametrize("encoding, shown", [("koi8_r", "KOI8-R"), ("cp866", "DOS Cyrillic (CP866)"),
                                             ("gb18030", "GB18030"), ("cp1251", "Windows-1251")])
def test_cyrillic_encodings_are_detected_never_read_as_gibberish(tmp_path, encoding, shown) -> None:
    text = LIST.replace("Шәріпов;Іслам;Өмірұлы", "Шарипов;Ислам;Умарович") if encoding != "gb18030" else LIST
    table = reading.read(write_list(tmp_path / "list.csv", text, encoding))
    assert table.info.encoding == encoding and shown in table.info.describe()
    assert table.headers == ["Фамилия", "Имя", "Отчество", "Дата рождения", "Гражданство"]
    assert [cells[0] for _, cells in table.rows] == ["Каримов", "Ёлкина", text.split("\r\n")[3].split(";")[0]]
    assert guess(table).field_of("Дата рождения") == "birth_date"


def test_chinese_names_in_gb18030(tmp_path) -> None:
    text = "姓;名;出生日期;国籍\r\n王;伟;05.03.1988;中国\r\n李;娜;01.01.1990;中国\r\n张;敏;12.12.1985;中国\r\n"
    table = reading.read(write_list(tmp_path / "list.csv", text, "gb18030"))
    assert table.info.encoding == "gb18030" and [cells[0] for _, cells in table.rows] == ["王", "李", "张"]


def test_damaged_utf8_is_refused_with_its_line(tmp_path) -> None:
    data = bytearray(LIST.encode("utf-8"))
    data[data.index("Ёлкина".encode()) + 1] = 0xFF  # one byte of line 3 damaged
    (tmp_path / "list.csv").write_bytes(bytes(data))
    with pytest.raises(reading.UnreadableFile, match="is in UTF-8 but damaged: line 3 .* “CSV UTF-8”"):
        reading.read(tmp_path / "list.csv")


def test_bytes_of_no_encoding_are_refused(tmp_path) -> None:
    import random

    for seed in range(5):
        dice = random.Random(seed)
        noise = bytes(dice.randrange(128, 256) if n % 9 else 59 for n in range(3000))  # ";" now and then
        (tmp_path / "list.csv").write_bytes(b"a;b;c\r\n" + noise)
        with pytest.raises(reading.UnreadableFile, match="cannot tell which encoding list.csv is in"):
            reading.read(tmp_path / "list.csv")


def test_a_line_far_down_in_another_encoding_is_refused_with_its_number(tmp_path, monkeypatch) -> None:
    from models.importing import encodings

    monkeypatch.setattr(encodings, "SAMPLE_BYTES", 200)  # the sample ends before the line
    lines = LIST.encode("utf-8") + "Каримов;Бахтиёр;;05.03.1988;Узбекистан\r\n".encode() * 10
    (tmp_path / "list.csv").write_bytes(lines + "Петров;Пётр;;01.01.1980;Россия\r\n".encode("cp1251"))
    with pytest.raises(reading.UnreadableFile, match="line 15 is not in UTF-8 as the lines before it"):
        reading.read(tmp_path / "list.csv")


def test_a_30_mb_cell_is_refused_in_words_not_a_traceback(tmp_path, db_path, capsys) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(LIST.encode("utf-8") + b'Long;"' + b"x" * 30_000_000 + b'";;;\r\n')
    with pytest.raises(reading.UnreadableFile, match=r"line 5: a cell is longer than 131,072 characters"):
        reading.read(path)
    assert main(["--db", str(db_path), "import", str(path), "--dry-run"]) == 2
    err = capsys.readouterr().err
    assert "line 5: a cell is longer" in err and "Traceback" not in err and "_csv.Error" not in err


def test_a_csv_past_the_rows_limit_is_refused_in_words(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(limits, "MAX_ROWS", 2)
    with pytest.raises(reading.UnreadableFile, match="list.csv has 3 rows; Qamqor imports up to 2 rows at once"):
        reading.read(write_list(tmp_path / "list.csv", LIST, "utf-8"))
