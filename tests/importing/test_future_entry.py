"""Issue 28 item 4: an entry date after today in an office's list is refused in words, not saved silently."""
from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import time_machine
from sqlalchemy import func, select

from models.cli import main
from models.db import Database
from models.entities import Stay
from tests.importing.conftest import without_basis

IN_ALMATY = dt.datetime(2026, 12, 7, 12, 0, tzinfo=ZoneInfo("Asia/Almaty"))


@time_machine.travel(IN_ALMATY, tick=True)
def test_an_entry_after_today_is_a_problem_of_its_row(db_path, tmp_path, capsys) -> None:
    future = without_basis(tmp_path / "future.csv", rows=3, entered="05.01.2027")
    assert main(["--db", str(db_path), "import", str(future), "--dry-run", "--json"]) == 1  # rows with problems
    out = json.loads(capsys.readouterr().out)
    assert out["valid"] == 0 and len(out["errors"]) == 3
    assert {e["column"] for e in out["errors"]} == {"Дата въезда"}
    assert all("is after today" in e["message"] for e in out["errors"])

    main(["--db", str(db_path), "import", str(future)])
    capsys.readouterr()
    db = Database(db_path)
    try:
        with db.reading() as session:
            assert session.scalar(select(func.count()).select_from(Stay)) == 0  # nothing saved silently
    finally:
        db.close()
    today = without_basis(tmp_path / "today.csv", rows=3, entered="07.12.2026")  # today itself is no future
    assert main(["--db", str(db_path), "import", str(today), "--dry-run", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["valid"] == 3
