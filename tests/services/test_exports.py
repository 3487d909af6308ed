"""Exports of the alert list and of statistics: CSV and XLSX, audited, no names in statistics, no leftovers."""
from __future__ import annotations

import csv
import datetime as dt

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from models.clock import today
from models.entities import AuditEntry
from models.services import accounts, cases, exports, persons, quota, records
from models.services.alerts import AlertFilter
from models.services.base import Actor
from models.services.errors import PermissionDenied, ServiceError

PASSWORD = "correct horse battery"
PASSPORT = "FA1234567"


@pytest.fixture
def supervisor(db, actor, case) -> Actor:
    boss = Actor.of(accounts.create_account(db, Actor.system(), {
        "username": "supervisor", "full_name": "Gulnara Supervisor", "role": "supervisor", "password": PASSWORD}).value)
    persons.add_document(db, actor, {"person_id": case.person_id, "kind": "passport", "number": PASSPORT,
                                     "issuing_country": "UZB"})
    records.add(db, actor, "stay", {"person_id": case.person_id, "entry_date": today() - dt.timedelta(days=10),
                                    "basis": "visa_free"})
    quota.set_allocation(db, boss, {"year": today().year, "region": "г. Алматы", "category": "third", "units": 3})
    return boss


@pytest.fixture
def out(tmp_path):
    """A folder of its own (the test's database lives in tmp_path)."""
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def last_audit(db) -> AuditEntry:
    with db.reading() as session:
        return session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()


def test_the_alert_list_to_csv(db, supervisor, case, out) -> None:
    target = out / "alerts.csv"
    done = exports.export_alerts(db, supervisor, target)
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # the BOM: Excel reads UTF-8, not the ANSI code page
    with target.open(encoding="utf-8-sig") as file:
        rows = list(csv.reader(file, delimiter=";"))  # Russian Excel splits at ";" (it reads "," as a decimal mark)
    assert rows[0][:4] == ["Due", "Days left", "Status", "Rule"] and rows[0][-1] == "Case number"
    listed = [row for row in rows[1:] if row[4]]
    assert [row[3] for row in listed] == ["registration.deadline", "stay.per_entry"]
    assert listed[0][4] == "Юсупов Алишер Рустамович" and listed[0][2] == "Overdue"
    number = cases.case_rows(db, supervisor, [case.id])[0].number  # as the case list shows it, not the id
    assert number.startswith("QMQ-2024-") and {row[-1] for row in listed} == {number}
    assert str(case.id) not in target.read_text(encoding="utf-8-sig")
    assert done.rows == len(rows) - 1
    entry = last_audit(db)
    assert (entry.action, entry.entity, entry.user_id, entry.details["file"], entry.details["format"]) == \
        ("export", "alerts", supervisor.user_id, "alerts.csv", "csv")
    assert sorted(p.name for p in out.iterdir()) == ["alerts.csv"]  # no temporary file left


def test_the_alert_list_to_xlsx_with_a_caseworkers_own_cases(db, actor, supervisor, out) -> None:
    target = out / "mine.xlsx"
    exports.export_alerts(db, actor, target, AlertFilter(window="overdue"))
    sheet = load_workbook(target).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][0] == "Due" and len(values) == 2
    assert values[1][3] == "registration.deadline" and values[1][0].date() == today() - dt.timedelta(days=5)
    assert last_audit(db).user_id == actor.user_id


def test_statistics_name_no_one(db, supervisor, case, out) -> None:
    for name in ("stats.xlsx", "stats.csv"):
        exports.export_statistics(db, supervisor, out / name)
        assert last_audit(db).entity == "statistics"
    book = load_workbook(out / "stats.xlsx")
    assert "Alerts by rule" in book.sheetnames and any(s.startswith("Quota usage") for s in book.sheetnames)
    every_value = [str(v) for sheet in book for row in sheet.iter_rows(values_only=True) for v in row]
    csv_text = (out / "stats.csv").read_text(encoding="utf-8-sig")
    for secret in ("Юсупов", "Yusupov", "Алишер", PASSPORT, "Aigerim", "Gulnara", str(case.id)):
        assert not any(secret in value for value in every_value), secret
        assert secret not in csv_text, secret
    rows = list(csv.reader(csv_text.splitlines(), delimiter=";"))
    assert rows[0] == ["table", "group", "subgroup", "measure", "value"]
    assert ["Alerts by rule", "registration.deadline", "", "Alerts", "1"] in rows
    assert ["Caseloads", "Unassigned cases", "", "Value", "0"] in rows


def test_statistics_are_for_supervisors_and_refusals_are_audited(db, actor, supervisor, out) -> None:
    with pytest.raises(PermissionDenied, match="Only a supervisor may export statistics"):
        exports.export_statistics(db, actor, out / "stats.csv")
    assert last_audit(db).action == "refused"
    assert list(out.iterdir()) == []


def test_a_failed_or_refused_export_leaves_no_file(db, supervisor, out, monkeypatch) -> None:
    with pytest.raises(ServiceError, match="CSV or XLSX"):
        exports.export_alerts(db, supervisor, out / "alerts.pdf")
    with pytest.raises(ServiceError, match="no folder"):
        exports.export_alerts(db, supervisor, out / "missing" / "alerts.csv")

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exports, "_write_csv", broken)
    with pytest.raises(ServiceError, match="No space left on device"):
        exports.export_alerts(db, supervisor, out / "alerts.csv")
    assert list(out.iterdir()) == []
    monkeypatch.undo()

    def no_audit(*args, **kwargs):
        raise RuntimeError("audit trail unavailable")

    monkeypatch.setattr(exports.audit, "record", no_audit)
    with pytest.raises(RuntimeError):
        exports.export_alerts(db, supervisor, out / "alerts.csv")
    assert list(out.iterdir()) == []  # no export without its audit entry


def test_words_come_from_the_caller(db, supervisor, out) -> None:
    words = {("header", "due"): "Срок", ("rule", "registration.deadline"): "Регистрация"}
    exports.export_alerts(db, supervisor, out / "ru.csv",
                          words=lambda kind, value: words.get((kind, value), exports.english(kind, value)))
    text = (out / "ru.csv").read_text(encoding="utf-8-sig")
    assert text.startswith("Срок;") and "Регистрация" in text
    cases.case_list(db, supervisor)  # the export changed nothing


def test_csv_is_for_russian_excel() -> None:
    """A decimal comma (the separator is ";"): Excel in a Russian locale would read 0.25 as a date."""
    assert exports._csv_value(0.25) == "0,25" and exports._csv_value(3) == 3
    assert exports._csv_value("=SUM(A1)") == "'=SUM(A1)"
