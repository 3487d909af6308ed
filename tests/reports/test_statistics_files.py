"""The statistics to hand in: an .xlsx workbook (a sheet per table, safe cells) and a PDF with the letterhead,
in ru, kk and en; each written file audited."""
from __future__ import annotations

import datetime as dt
import subprocess

import pytest
import time_machine
from openpyxl import load_workbook
from sqlalchemy import select

from models.clock import ALMATY
from models.entities import AuditEntry
from models.reports.statistics import statistics
from models.reports.statistics_files import write_report
from models.services import accounts, cases, directory, persons
from models.services.base import Actor
from models.services.errors import Refused

Q1 = (dt.date(2026, 1, 1), dt.date(2026, 3, 31))


@pytest.fixture(autouse=True)
def _in_april_2026():
    with time_machine.travel(dt.datetime(2026, 4, 15, 10, 0, tzinfo=ALMATY), tick=False):
        yield


@pytest.fixture
def boss(db, actor) -> Actor:
    boss = Actor.of(accounts.create_account(db, Actor.system(), {
        "username": "gulnara", "full_name": "Gulnara Supervisor", "role": "supervisor",
        "password": "correct horse battery"}).value)
    directory.set_office(db, boss, {"name": "Qamqor Almaty", "name_kk": "Qamqor Алматы кеңсесі",
                                    "name_ru": "Офис Qamqor в Алматы", "address": "Abay 10, Almaty",
                                    "phone": "+7 727 000 00 00"})
    for n, citizenship in enumerate(("UZB", "TJK", "KGZ")):
        person = persons.create_person(db, actor, {"family_name": f"P{n}", "given_name": "T",
                                                   "sex": "male", "citizenship": citizenship}).value
        cases.open_case(db, actor, {"person_id": person.id, "category": "labour_migrant",
                                    "opened_on": dt.date(2026, 2, 1 + n), "caseworker_id": actor.user_id})
    return boss


def last_export(db) -> AuditEntry:
    with db.reading() as session:
        return session.scalars(select(AuditEntry).where(AuditEntry.action == "export")
                               .order_by(AuditEntry.seq.desc())).first()


def test_the_workbook_has_a_sheet_per_table_in_the_language_asked(db, boss, tmp_path) -> None:
    report = statistics(db, boss, *Q1)
    path = write_report(db, boss, report, tmp_path / "q1.xlsx", "ru")
    book = load_workbook(path)
    assert len(book.sheetnames) == len(report.tables) + 1  # what the report is, then each table
    about = [[c.value for c in r] for r in book.worksheets[0].iter_rows()]
    assert about[0] == ["Статистика за период", "01.01.2026 – 31.03.2026"] and about[1][1] == "Офис Qamqor в Алматы"
    sheet = book["Лица по гражданству"]
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    assert rows[0] == ["Гражданство", "Новые в периоде", "Открыты на конец", "Закрыты в периоде"]
    assert ["Узбекистан", 1, 1, 0] in rows
    entry = last_export(db)
    assert (entry.user_id, entry.entity, entry.details["format"], entry.details["first"], entry.details["last"]) \
        == (boss.user_id, "statistics", "xlsx", "2026-01-01", "2026-03-31")


def test_no_cell_of_the_workbook_runs_as_a_formula(db, actor, boss, tmp_path) -> None:
    """An organisation's name is typed by people: one that looks like a formula is written as text."""
    from models.reports.statistics import Cell, Statistics, StatRow, StatTable

    report = statistics(db, boss, *Q1)
    forged = StatTable("referrals_sent", ("organisation",), ("sent",),
                       (StatRow(("=HYPERLINK(\"http://x\")",), (Cell(1),)),), unit="referrals")
    path = write_report(db, boss, Statistics(report.period, report.made_on, True, (forged,)), tmp_path / "x.xlsx",
                        "en")
    cell = load_workbook(path).worksheets[1]["A2"]
    assert cell.data_type == "s" and not str(cell.value).startswith("=")


@pytest.mark.parametrize("lang, office_name, title", [("ru", "Офис Qamqor в Алматы", "Статистика за период"),
                                                      ("kk", "Qamqor Алматы кеңсесі", "Кезең бойынша статистика"),
                                                      ("en", "Qamqor Almaty", "Statistics for the period")])
def test_the_pdf_carries_the_letterhead_the_period_and_the_tables(db, boss, tmp_path, lang, office_name,
                                                                  title) -> None:
    report = statistics(db, boss, *Q1)
    path = write_report(db, boss, report, tmp_path / f"q1-{lang}.pdf", lang)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert office_name in text and "Abay 10, Almaty" in text and title in text
    assert ("01.01.2026 – 31.03.2026" if lang != "en" else "1 January 2026 – 31 March 2026") in text
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert "Helvetica" not in fonts  # every font embedded (DejaVu), as the letters'
    assert last_export(db).details["language"] == lang


def test_a_report_to_another_kind_of_file_is_refused(db, boss, tmp_path) -> None:
    report = statistics(db, boss, *Q1)
    with pytest.raises(Refused, match="not '.csv'"):
        write_report(db, boss, report, tmp_path / "q1.csv")
    assert not list(tmp_path.glob("q1*"))
