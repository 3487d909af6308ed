"""The dry run and the import, on a real database: problems, duplicates, batches, audit, undo."""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading

import pytest
from sqlalchemy import func, select

from models.entities import AuditEntry, Case, IdentityDocument, Import, Person, Stay, StoredObligation
from models.importing import reading, service
from models.importing.checking import passing
from models.importing.mapping import guess
from models.services import search
from models.services.errors import PermissionDenied
from tests.importing.conftest import write_list


def counts(db) -> dict[str, int]:
    with db.reading() as session:
        return {entity.__name__: session.scalar(select(func.count()).select_from(entity))
                for entity in (Person, IdentityDocument, Case, Stay, AuditEntry, Import)}


def dry_run(db, actor, path):
    table = reading.read(path)
    return service.check(db, actor, table, guess(table))


def test_the_dry_run_lists_every_problem_and_duplicate_and_writes_nothing(db, supervisor, person, office_list):
    before = counts(db)
    dry = dry_run(db, supervisor, office_list)
    assert counts(db) == before
    result = json.loads(dry.to_json())
    assert set(result) == {"rows", "valid", "errors", "duplicates", "defaults", "filled", "unknown_basis"}
    assert (result["rows"], result["valid"]) == (5, 4)
    assert result["errors"] == [
        {"row": 6, "column": "Гражданство", "value": "Атлантида",
         "message": "'Атлантида' is not a country Qamqor knows (write its name in English, Russian or Kazakh, "
                    "or its ISO code such as UZB)"},
        {"row": 6, "column": "Дата выезда", "value": "01.05.2024",
         "message": "must not be before the entry date (10 May 2024)"},
    ]
    assert result["duplicates"] == [
        {"row": 8, "match": "file", "other": "row 7", "reason": "same IIN"},
        {"row": 9, "match": "database", "other": "Юсупов Алишер Рустамович, born 1990-04-12",
         "reason": "same name and date of birth"},
    ]
    assert next(passing(dry)).person.birth_date == dt.date(1988, 3, 5)
    assert dry.unmapped == ["Откуда узнал"]


def test_an_excel_serial_in_a_csv_is_a_date(db, supervisor, office_list):
    dry = dry_run(db, supervisor, office_list)
    assert dry.errors[0].row == 6  # Сидорова's birth date 32874 was read (1 January 1990), only her country is wrong
    assert not [e for e in dry.errors if e.column == "Дата рождения"]


def test_caseworkers_may_not_import(db, actor, office_list):
    with pytest.raises(PermissionDenied, match="supervisor or admin"):
        dry_run(db, actor, office_list)
    with db.reading() as session:
        refusal = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert (refusal.action, refusal.user_id, refusal.details) == (
        "refused", actor.user_id, {"attempted": "import from a spreadsheet"})


def test_an_administrator_learns_only_that_someone_is_recorded(db, admin, person, office_list):
    dry = dry_run(db, admin, office_list)
    recorded = [d for d in dry.duplicates if d.match == "database"]
    assert [(d.row, d.other, d.person_id) for d in recorded] == [
        (9, "a person recorded in a case you may not see", None)]
    assert "Юсупов" not in dry.to_json()


def test_the_import_writes_the_rows_that_passed_and_skips_likely_duplicates(db, supervisor, person, office_list):
    dry = dry_run(db, supervisor, office_list)
    before = counts(db)
    result = service.run(db, supervisor, dry).value
    after = counts(db)
    assert result.status == "complete"
    assert result.counts == {"rows": 2, "persons": 2, "added_to_existing": 0, "documents": 2, "cases": 2,
                             "stays": 2, "notes": 0, "skipped": 2, "stays_overlapping": 0}
    assert after["Person"] - before["Person"] == 2 and after["Case"] - before["Case"] == 2
    assert after["AuditEntry"] - before["AuditEntry"] == 1  # one entry for the whole import
    with db.reading() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
        karimov = session.scalars(select(Person).where(Person.family_name == "Каримов")).one()
        obligations = session.scalars(select(StoredObligation.rule).where(
            StoredObligation.person_id == karimov.id)).all()
    assert (entry.action, entry.details["file"], entry.details["counts"]["persons"]) == ("import", "клиенты.csv", 2)
    assert "Каримов" not in json.dumps(entry.details, ensure_ascii=False)  # the file's name, not its content
    assert "stay.per_entry" in obligations  # deadlines are filled
    assert [m.family_name for m in search.find(db, supervisor, "Karimov")] == ["Каримов"]  # and the search index


def test_add_to_the_existing_person_or_create_anyway(db, supervisor, person, office_list):
    dry = dry_run(db, supervisor, office_list)
    result = service.run(db, supervisor, dry, decisions={9: "add", 8: "create"}).value
    assert (result.counts["added_to_existing"], result.counts["persons"]) == (1, 3)
    with db.reading() as session:
        stays = session.scalars(select(Stay.entry_date).where(Stay.person_id == person.id)).all()
        bekova = session.scalar(select(func.count()).where(Person.family_name == "Бекова"))
    assert stays == [dt.date(2024, 5, 20)]
    assert bekova == 2

    again = service.run(db, supervisor, dry, decisions={9: "add"}).value  # the same stay again: it would overlap
    assert (again.counts["added_to_existing"], again.counts["stays_overlapping"]) == (1, 1)
    with db.reading() as session:
        assert session.scalars(select(Stay.entry_date).where(Stay.person_id == person.id)).all() == stays


def test_a_failure_mid_way_leaves_earlier_batches_whole_and_says_where_to_resume(db, db_path, supervisor, tmp_path):
    rows = "\n".join(f"Иванов{i};Иван;0{i}.01.1980;RUS;labour migrant" for i in range(1, 7))
    path = write_list(tmp_path / "list.csv", "Фамилия;Имя;Дата рождения;Гражданство;Категория\n" + rows
                      .replace("Иванов4", "Сбой"), "utf-8")
    with sqlite3.connect(db_path) as conn:  # the disk fills up as the person of row 5 is written
        conn.execute("CREATE TRIGGER full BEFORE INSERT ON persons WHEN NEW.family_name = 'Сбой' "
                     "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
    dry = dry_run(db, supervisor, path)
    result = service.run(db, supervisor, dry, batch_size=2).value
    assert (result.status, result.resume_row) == ("failed", 4)
    assert "disk is full" in result.message
    with db.reading() as session:
        names = sorted(session.scalars(select(Person.family_name)))
        stored = session.get(Import, result.import_id)
    assert names == ["Иванов1", "Иванов2"]  # row 4's batch (rows 4-5) is not half-written
    assert (stored.status, stored.resume_row, stored.counts["persons"]) == ("failed", 4, 2)

    with sqlite3.connect(db_path) as conn:
        conn.execute("DROP TRIGGER full")
    resumed = service.run(db, supervisor, dry, start_row=result.resume_row).value
    assert (resumed.status, resumed.counts["persons"]) == ("complete", 4)


def test_cancel_stops_between_batches(db, supervisor, tmp_path):
    rows = "\n".join(f"Петров;Пётр;{1950 + i};KAZ" for i in range(10))
    header = "Фамилия;Имя;Год рождения;Гражданство\n"
    dry = dry_run(db, supervisor, write_list(tmp_path / "l.csv", header + rows, "utf-8"))
    cancel = threading.Event()
    seen = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done >= 4:
            cancel.set()

    result = service.run(db, supervisor, dry, batch_size=4, progress=progress, cancel=cancel).value
    assert (result.status, result.resume_row, result.counts["persons"]) == ("cancelled", 6, 4)
    assert seen == [(0, 10), (4, 10)]


def test_a_supervisor_undoes_an_import_as_a_whole(db, supervisor, admin, person, office_list):
    result = service.run(db, supervisor, dry_run(db, supervisor, office_list), decisions={9: "add"}).value
    with pytest.raises(PermissionDenied):
        service.undo(db, admin, result.import_id)
    archived = service.undo(db, supervisor, result.import_id).value
    assert archived == 2 * 4 + 2  # two new persons with document, case and stay; a stay and a case added
    with db.reading() as session:
        live = session.scalars(select(Person.family_name).where(Person.archived_at.is_(None))).all()
        stays = session.scalars(select(Stay).where(Stay.person_id == person.id, Stay.archived_at.is_(None))).all()
    assert live == ["Юсупов"] and stays == []  # the person recorded before stays, without what the import added
    assert search.find(db, supervisor, "Karimov") == []
    assert service.imports(db, supervisor)[0].status == "undone"


def test_mappings_are_saved_by_name(db, supervisor, office_list):
    mapping = guess(reading.read(office_list))
    mapping.columns["Откуда узнал"] = "note"
    service.save_mapping(db, supervisor, "Almaty monthly list", mapping)
    assert service.mappings(db, supervisor) == {"Almaty monthly list": mapping}


def test_a_note_keeps_the_unmapped_columns(db, supervisor, office_list):
    table = reading.read(office_list)
    mapping = guess(table)
    mapping.unmapped_to_note = True
    dry = service.check(db, supervisor, table, mapping)
    assert next(passing(dry)).note == "Откуда узнал: от друга"
    service.run(db, supervisor, dry)
    from models.entities import Note
    with db.reading() as session:
        assert session.scalars(select(Note.text)).all() == ["Откуда узнал: от друга"]
