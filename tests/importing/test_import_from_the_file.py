"""The import reads the file again and checks it again, a batch at a time (issue 26, item 4): it writes
exactly the rows that passed, none twice, and never a file other than the one its dry run read."""
from __future__ import annotations

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from models.entities import IdentityDocument, Import, ImportRecord, Person
from models.importing import reading, service
from models.importing.mapping import guess
from models.services.errors import Refused
from scripts.bench_big_list import make_list
from tests.importing.conftest import write_list

HEADER = "Фамилия;Имя;Дата рождения;Гражданство;Номер паспорта\n"
# Row 4 repeats row 2 (its passport), row 7 row 3 (the passport written with a space), row 9 row 6 (name and
# birth date); row 5 has a problem.
ROWS = ("Алиев;Руслан;01.01.1990;KAZ;N001\n"
        "Бобров;Иван;02.02.1991;RUS;N002\n"
        "Алиев;Руслан;01.01.1990;KAZ;N001\n"
        "Ветров;Олег;03.03.1992;Атлантида;N003\n"
        "Гусев;Пётр;04.04.1993;RUS;N004\n"
        "Бобров;Иван;02.02.1991;RUS;N 002\n"
        "Дьяков;Семён;05.05.1994;RUS;N005\n"
        "Гусев;Пётр;04.04.1993;RUS;N006\n")


def dry_run(db, actor, path):
    table = reading.read(path)
    return service.check(db, actor, table, guess(table))


def written(db) -> dict[str, int]:
    with db.reading() as session:
        return dict(session.execute(select(Person.family_name, func.count()).group_by(Person.family_name)).all())


def test_a_list_repeating_itself_is_imported_row_by_row_once(db, supervisor, tmp_path):
    dry = dry_run(db, supervisor, write_list(tmp_path / "list.csv", HEADER + ROWS, "utf-8"))
    assert (list(dry.valid), [(d.row, d.other_row) for d in dry.duplicates]) == (
        [2, 3, 4, 6, 7, 8, 9], [(4, 2), (7, 3), (9, 6)])
    assert [(d.named, d.passed) for d in dry.duplicates][0] == ("Алиев Руслан, 1990-01-01", True)
    # Batches of two: row 7 is added to the person of row 3, written two batches before.
    result = service.run(db, supervisor, dry, decisions={7: "add", 9: "create"}, batch_size=2).value
    assert (result.status, result.counts["persons"], result.counts["added_to_existing"],
            result.counts["skipped"], result.counts["documents"]) == ("complete", 5, 1, 1, 5)
    assert written(db) == {"Алиев": 1, "Бобров": 1, "Гусев": 2, "Дьяков": 1}
    with db.reading() as session:
        links = session.execute(select(ImportRecord.row, ImportRecord.entity)).all()
        bobrov = session.scalars(select(IdentityDocument.number).join(Person, Person.id == IdentityDocument.person_id)
                                 .where(Person.family_name == "Бобров")).all()
    persons = sorted(row for row, entity in links if entity == "persons")
    assert persons == [2, 3, 6, 8, 9] and len(links) == len(set(links))  # no row written twice
    assert bobrov == ["N002"]  # row 7's passport is the one recorded: not written again


def change_in_place(path, old: bytes, new: bytes) -> None:
    """Written over in place, as an editor saving into the same file does (the size kept when old and new are)."""
    content = path.read_bytes()
    assert old in content
    path.write_bytes(content.replace(old, new, 1))


@pytest.mark.parametrize("change", ["same size", "a row more", "deleted"])
def test_a_file_changed_after_its_dry_run_is_refused_and_nothing_is_written(db, supervisor, tmp_path, change):
    path = write_list(tmp_path / "list.csv", HEADER + ROWS, "utf-8")
    dry = dry_run(db, supervisor, path)
    if change == "same size":
        change_in_place(path, "Гусев".encode(), "Гусов".encode())
    elif change == "a row more":
        path.write_bytes(path.read_bytes() + "Ершов;Илья;06.06.1995;RUS;N007\n".encode())
    else:
        path.unlink()
    with pytest.raises(Refused, match="list.csv has changed, or was moved, since it was read and checked, so "
                                      "nothing was imported from it"):
        service.run(db, supervisor, dry)
    assert written(db) == {}
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Import)) == 0  # not even a "running" import


def test_a_workbook_changed_after_its_dry_run_is_refused(db, supervisor, tmp_path):
    path = tmp_path / "list.xlsx"

    def save(given_name: str) -> None:
        book = Workbook()
        book.active.append(["Фамилия", "Имя", "Гражданство"])
        book.active.append(["Алиев", given_name, "KAZ"])
        book.save(path)

    save("Руслан")
    dry = dry_run(db, supervisor, path)
    save("Рустам")
    with pytest.raises(Refused, match="list.xlsx has changed"):
        service.run(db, supervisor, dry)
    assert written(db) == {}


def test_a_file_changed_before_its_dry_run_is_refused(db, supervisor, tmp_path):
    path = write_list(tmp_path / "list.csv", HEADER + ROWS, "utf-8")
    table = reading.read(path)
    change_in_place(path, "Гусев".encode(), "Гусов".encode())
    with pytest.raises(Refused, match="list.csv has changed"):
        service.check(db, supervisor, table, guess(table))


def test_a_file_written_over_during_the_import_stops_it_after_the_last_whole_batch(db, supervisor, tmp_path):
    path = tmp_path / "list.csv"
    make_list(path, 30)
    dry = dry_run(db, supervisor, path)
    first_batch = []

    def progress(done: int, total: int) -> None:
        if done and not first_batch:  # the first batch is written: the file is saved over from row 20 on
            first_batch.append(done)
            content = path.read_bytes()
            at = content.index("FB00000018".encode("cp1251"))
            path.write_bytes(content[:at] + content[at:].replace("FB".encode("cp1251"), "XX".encode("cp1251")))

    result = service.run(db, supervisor, dry, batch_size=8, progress=progress).value
    assert (result.status, result.resume_row) == ("failed", 11)
    assert result.message == "list.csv was changed during the import"
    with db.reading() as session:
        numbers = session.scalars(select(IdentityDocument.number)).all()
        stored = session.get(Import, result.import_id)
    assert len(numbers) == first_batch[0] == 8 and all(n.startswith("FB") for n in numbers)
    assert (stored.status, stored.resume_row) == ("failed", 11)
