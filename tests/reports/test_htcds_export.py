"""The anonymous trafficking data (issue 30 item 3): on generated offices, no published combination of the
quasi-identifiers is shared by fewer than k victims and no direct identifier is in the file; supervisors
only; every export audited with its period."""
from __future__ import annotations

import csv
import datetime as dt
import itertools
import shutil
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import select

from models.cli import run
from models.db import Database
from models.entities import AuditEntry, Case, IdentityDocument, Person, Role, TraffickingFacts
from models.reports.htcds import HEADERS, QUASI
from models.services import htcds
from models.services import settings as office_settings
from models.services.base import Actor
from models.services.errors import PermissionDenied

SUPERVISOR = Actor(user_id=None, roles=frozenset({Role.supervisor}))
FORMS = ["labour", "sexual", "forced_begging", "forced_criminality", "domestic_servitude", "organ_removal", "other"]
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"

victim = st.fixed_dictionaries({
    "sex": st.sampled_from(["female", "male", "unknown"]),
    "citizenship": st.sampled_from(["UZB", "KGZ", "TJK", "RUS", "CHN", "AFG", "XXA", "DEU"]),
    "birth": st.one_of(st.dates(dt.date(1950, 1, 1), dt.date(2020, 12, 31)), st.integers(1950, 2020), st.none()),
    "exploitation": st.lists(st.sampled_from(FORMS), max_size=3, unique=True),
    "country": st.one_of(st.none(), st.sampled_from(["KAZ", "RUS", "TUR", "ARE", "KOR"])),
    "status": st.sampled_from(["presumed_victim", "identified_victim", "potential_victim", "not_a_victim"]),
    "identified_on": st.dates(dt.date(2023, 1, 1), dt.date(2025, 12, 31)),
    "recruitment": st.one_of(st.none(), st.sampled_from(["private_employment_agency", "acquaintance", "online"])),
})
_offices = itertools.count()


def _identifier(n: int, prefix: str) -> str:
    return prefix + "".join(LETTERS[(n * 7 + i * 3) % len(LETTERS)] for i in range(8)) + f"{n:04d}"


def _office(template: Path, folder: Path, victims: list[dict]) -> tuple[Database, list[str]]:
    """An office holding `victims` (with names, IINs, documents, addresses, phones, birth dates and free text
    of their own); also the identifiers that must never be in the file."""
    path = folder / f"office{next(_offices)}.db"
    shutil.copyfile(template, path)
    db = Database(path)
    secret: list[str] = []
    with db.transaction() as session:
        for n, v in enumerate(victims):
            birth_date = v["birth"] if isinstance(v["birth"], dt.date) else None
            person = Person(family_name=_identifier(n, "Fam"), given_name=_identifier(n, "Giv"),
                            family_name_latin=_identifier(n, "Lat"), given_name_latin=_identifier(n, "Lag"),
                            birth_date=birth_date, birth_year=v["birth"] if isinstance(v["birth"], int) else None,
                            sex=v["sex"], citizenship=v["citizenship"], iin=f"{900000000000 + n * 7919:012d}",
                            phone=f"+7 701 {n:07d}", address=_identifier(n, "Street "))
            session.add(person)
            session.flush()
            document = IdentityDocument(person_id=person.id, kind="passport", number=_identifier(n, "N"),
                                        issuing_country=v["citizenship"])
            case = Case(person_id=person.id, category="trafficking_survivor", opened_on=dt.date(2023, 1, 1),
                        sensitive=True)
            session.add_all([document, case])
            session.flush()
            session.add(TraffickingFacts(case_id=case.id, exploitation=v["exploitation"],
                                         exploitation_country=v["country"],
                                         exploitation_region=_identifier(n, "Village "), recruitment=v["recruitment"],
                                         control=["debt_bondage"], identification=v["status"],
                                         identified_on=v["identified_on"]))
            secret += [person.family_name, person.given_name, person.family_name_latin, person.given_name_latin,
                       person.iin, person.phone, person.address, document.number, _identifier(n, "Village "),
                       str(case.id), case.id.hex, str(person.id), person.id.hex]
            if birth_date is not None:
                secret += [birth_date.isoformat(), birth_date.strftime("%d.%m.%Y")]
    return db, secret


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file, delimiter=";"))


@given(st.lists(victim, max_size=70), st.integers(min_value=2, max_value=12))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_no_published_combination_is_rarer_than_k_and_no_identifier_is_in_the_file(
        migrated_template, tmp_path_factory, victims, k) -> None:
    folder = tmp_path_factory.mktemp("htcds")
    db, secret = _office(migrated_template, folder, victims)
    try:
        export = htcds.export_htcds(db, SUPERVISOR, folder / "victims.csv", dt.date(2023, 1, 1),
                                    dt.date(2025, 12, 31), k)
    finally:
        db.close()
    rows = _read(export.path)
    counts = Counter(tuple(row[q] for q in QUASI) for row in rows)
    assert all(n >= k for n in counts.values()), counts
    expected = sum(v["status"] in ("presumed_victim", "identified_victim") for v in victims)
    assert export.victims == expected and len(rows) + export.result.rows_suppressed == expected
    assert list(rows[0]) == list(HEADERS) if rows else True
    text = export.path.read_text(encoding="utf-8-sig") + export.about.read_text(encoding="utf-8-sig")
    assert not [s for s in secret if s in text]
    about = {row["measure"]: row["value"] for row in _read(export.about)}
    assert about["rows suppressed"] == str(export.result.rows_suppressed)
    assert about["cells suppressed"] == str(export.result.cells_suppressed) and about["k"] == str(k)


def _victims(n: int, **overrides) -> list[dict]:
    base = {"sex": "female", "citizenship": "UZB", "birth": dt.date(1998, 3, 1), "exploitation": ["labour"],
            "country": "KAZ", "status": "identified_victim", "identified_on": dt.date(2024, 5, 1),
            "recruitment": "acquaintance"}
    return [base | overrides for _ in range(n)]


def test_a_common_profile_is_published_exactly_and_a_lone_victim_is_not(migrated_template, tmp_path) -> None:
    db, _ = _office(migrated_template, tmp_path, _victims(11) + _victims(1, citizenship="DEU", sex="male",
                                                                        exploitation=["organ_removal"]))
    export = htcds.export_htcds(db, SUPERVISOR, tmp_path / "victims.xlsx", dt.date(2024, 1, 1),
                                dt.date(2024, 12, 31))  # k: the office's default, 11
    book = load_workbook(export.path, read_only=True)
    victims_sheet = list(book["victims"].iter_rows(values_only=True))
    about = dict(book["about"].iter_rows(min_row=2, values_only=True))
    assert len(victims_sheet) == 12  # the header and the eleven alike
    row = dict(zip(victims_sheet[0], victims_sheet[1]))
    assert (row["ageBroad"], row["gender"], row["citizenship"], row["CountryOfExploitation"]) == (
        "24--26", "Woman", "UZB", "KAZ")
    assert (row["typeOfExploitConcatenated"], row["isForcedLabour"], row["majorityStatus"]) == (
        "Forced labour", "1", "Adult")
    assert (about["k"], about["rows suppressed"], about["victims in the period"]) == (11, 1, 12)
    db.close()


def test_the_office_setting_sets_k(migrated_template, tmp_path) -> None:
    db, _ = _office(migrated_template, tmp_path, _victims(3))
    admin = Actor(user_id=None, roles=frozenset({Role.admin}))
    office_settings.change_known(db, admin, {"htcds.k": "3"})
    export = htcds.export_htcds(db, SUPERVISOR, tmp_path / "v.csv", dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert export.result.k == 3 and len(export.result.rows) == 3
    db.close()


def test_only_supervisors_may_export_and_every_export_is_audited(db, actor, tmp_path) -> None:
    with pytest.raises(PermissionDenied):
        htcds.export_htcds(db, actor, tmp_path / "v.csv", dt.date(2024, 1, 1), dt.date(2024, 3, 31))
    assert not (tmp_path / "v.csv").exists()
    supervisor = Actor(user_id=actor.user_id, roles=frozenset({Role.supervisor}))
    htcds.export_htcds(db, supervisor, tmp_path / "v.csv", dt.date(2024, 1, 1), dt.date(2024, 3, 31))
    with db.reading() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action.in_(("refused", "export")))
                                  .order_by(AuditEntry.seq)).all()
    assert [e.action for e in entries] == ["refused", "export"]
    assert entries[1].entity == "htcds" and entries[1].user_id == actor.user_id
    assert (entries[1].details["period_from"], entries[1].details["period_to"]) == ("2024-01-01", "2024-03-31")


def test_the_command_line_writes_the_file_and_says_what_was_suppressed(migrated_template, tmp_path, capsys,
                                                                      monkeypatch) -> None:
    db, _ = _office(migrated_template, tmp_path, _victims(12) + _victims(1, sex="unknown"))
    database = str(db.path)
    db.close()
    assert run(["--db", database, "report", "htcds", "--from", "2024-01-01", "--to", "2024-12-31",
                "--k", "5", "--xlsx", str(tmp_path / "v.xlsx")]) == 0
    out = capsys.readouterr().out
    assert "12 of 13 victims published, k = 5: 1 rows suppressed" in out
    assert run(["--db", database, "report", "htcds", "--from", "2024-12-31", "--to", "2024-01-01"]) == 2
    assert "before" in capsys.readouterr().err
    assert run(["--db", database, "report", "htcds", "--from", "2024-01-01", "--to", "2024-12-31",
                "--k", "zero"]) == 2
