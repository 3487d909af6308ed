"""An import killed half way (issue 26, item 4): its history says "stopped" with the row to resume from,
not "running" for ever, and resuming from that row imports the rest, each row once."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from models.cli import main
from models.db import Database
from models.entities import AuditEntry, Person
from models.importing import service
from tests.importing.conftest import supervisor, write_list  # noqa: F401 (fixture)

ROOT = Path(__file__).resolve().parents[2]
ROWS = 6000
COMMAND = "import sys; from models.cli import main; sys.exit(main(sys.argv[1:]))"


def family(number: int) -> str:
    """A family name of its own for each row (digits would not do: names are compared without them)."""
    letters = "абвгдежзиклмнопрстуфхцчшщ"
    return "Тест" + "".join(letters[number // 25 ** i % 25] for i in range(3))


def big_list(path: Path) -> Path:
    lines = ["Фамилия;Имя;Дата рождения;Гражданство"]
    lines += [f"{family(n)};Иван;{1 + n % 28:02d}.{1 + n % 12:02d}.{1950 + n % 50};RUS" for n in range(ROWS)]
    return write_list(path, "\n".join(lines) + "\n", "utf-8")


def persons_written(db_path: Path) -> int:
    with sqlite3.connect(db_path, timeout=10) as conn:
        row = conn.execute("SELECT counts FROM imports WHERE status = 'running'").fetchone()
    return 0 if row is None else __import__("json").loads(row[0]).get("persons", 0)


def test_a_killed_import_is_shown_stopped_with_its_row_to_resume_from(db_path, tmp_path, capsys) -> None:
    listing = big_list(tmp_path / "list.csv")
    child = subprocess.Popen([sys.executable, "-c", COMMAND, "--db", str(db_path), "import", str(listing)],
                             cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 240
        while persons_written(db_path) < 1000 and time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.05)
        assert child.poll() is None, "the import ended before it could be killed"
        os.kill(child.pid, signal.SIGKILL)  # as the killed import: no chance to record anything
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()

    db = Database(db_path)
    try:
        from models.services.base import Actor

        (history,) = service.imports(db, Actor.system())
        with db.reading() as session:
            persons = session.scalar(select(func.count()).select_from(Person))
            entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "import")).all()
    finally:
        db.close()
    print(f"killed after {persons} persons; history: {history.status}, resume at row {history.resume_row}")
    assert 0 < persons < ROWS
    assert history.status == "stopped" and history.counts["persons"] == persons
    assert history.resume_row == persons + 2  # the header is row 1: rows 2 .. persons+1 are in
    assert [(e.details["status"], e.details["resume_row"]) for e in entries] == [("stopped", persons + 2)]

    capsys.readouterr()
    assert main(["--db", str(db_path), "import", str(listing), "--from-row", str(history.resume_row)]) == 0
    db = Database(db_path)
    try:
        with db.reading() as session:
            names = session.scalars(select(Person.family_name)).all()
    finally:
        db.close()
    assert len(names) == len(set(names)) == ROWS  # every row once, none twice


def test_an_import_of_this_process_that_is_running_stays_running(db, supervisor, tmp_path) -> None:  # noqa: F811
    import threading

    from models.importing import reading
    from models.importing.mapping import guess

    table = reading.read(big_list(tmp_path / "list.csv"))
    dry = service.check(db, supervisor, table, guess(table))
    seen: list[str] = []
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done:  # between two batches of a live import, someone opens the history
            seen.append(service.imports(db, supervisor)[0].status)
            cancel.set()

    result = service.run(db, supervisor, dry, batch_size=500, progress=progress, cancel=cancel).value
    assert seen == ["running"] and result.status == "cancelled"
    assert service.imports(db, supervisor)[0].status == "cancelled"
