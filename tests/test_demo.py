from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sqlite3
import uuid
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from models import countries, identifiers
from models import demo as demo_module
from models.db import Database
from models.demo import (
    REFERENCE_DATE,
    SPAN_DAYS,
    DemoError,
    DemoRandom,
    citizenship_shares,
    feminine_family,
    fill_demo,
    new_id,
    russian_patronymic,
    ukrainian_patronymic,
)
from models.entities import (
    AsylumClaim,
    Case,
    Contract,
    Employer,
    Expulsion,
    IdentityDocument,
    Note,
    Permit,
    Person,
    Proceeding,
    RefugeeStatus,
    Registration,
    Stay,
)
from models.schemas import cases as case_schemas
from models.schemas import persons, records

PERSONS = 1500
SEED = 7
TABLES = ("users", "employers", "persons", "identity_documents", "stays", "registrations", "permits", "contracts",
          "asylum_claims", "refugee_statuses", "expulsions", "proceedings", "cases", "notes")


@pytest.fixture(scope="module")
def demo(migrated_template: Path, tmp_path_factory: pytest.TempPathFactory):
    """A demo database of 1,500 persons, filled once for this module (through a file path)."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    shutil.copyfile(migrated_template, path)
    calls: list[tuple[int, int]] = []
    summary = fill_demo(path, PERSONS, seed=SEED, progress=lambda done, total: calls.append((done, total)))
    return path, summary, calls


def rows(path: Path, sql: str, *params) -> list[tuple]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql, params).fetchall()


def dump(path: Path) -> dict[str, list[tuple]]:
    return {table: rows(path, f"SELECT * FROM {table} ORDER BY id") for table in TABLES}


def fresh(migrated_template: Path, tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    shutil.copyfile(migrated_template, path)
    return path


# --- the whole database ---------------------------------------------------------

def test_summary_counts_what_was_written(demo) -> None:
    path, summary, calls = demo
    assert summary.persons == PERSONS
    assert summary.seed == SEED and summary.as_of == REFERENCE_DATE
    for table in TABLES:
        assert summary.counts[table] == rows(path, f"SELECT count(*) FROM {table}")[0][0], table
    assert calls[-1] == (PERSONS, PERSONS)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert "1,500 persons" in str(summary)


def test_same_seed_gives_the_same_database(migrated_template: Path, tmp_path: Path) -> None:
    first, second, other = (fresh(migrated_template, tmp_path, name) for name in ("a.db", "b.db", "c.db"))
    with contextlib.closing(Database(first)) as db:
        fill_demo(db.engine, 200, seed=3)
    fill_demo(second, 200, seed=3)
    fill_demo(other, 200, seed=4)
    assert dump(first) == dump(second)
    assert dump(first)["persons"] != dump(other)["persons"]


def test_the_reference_date_and_not_the_clock_decides(migrated_template: Path, tmp_path: Path) -> None:
    path = fresh(migrated_template, tmp_path, "later.db")
    fill_demo(path, 100, seed=1, as_of=dt.date(2026, 3, 1))
    latest = rows(path, "SELECT max(entry_date), max(exit_date), max(created_at) FROM stays")[0]
    assert all(value[:10] <= "2026-03-01" for value in latest)
    assert rows(path, "SELECT min(entry_date) FROM stays")[0][0] >= str(dt.date(2026, 3, 1) - dt.timedelta(SPAN_DAYS))


def test_refuses_a_database_that_already_has_persons(demo) -> None:
    path, summary, _ = demo
    with pytest.raises(DemoError, match="already holds 1,500 persons"):
        fill_demo(path, 10, seed=99)
    assert rows(path, "SELECT count(*) FROM persons")[0][0] == PERSONS
    assert rows(path, "SELECT count(*) FROM users")[0][0] == summary.counts["users"]


def test_refuses_nonsense() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        fill_demo("/nonexistent/never-created.db", 0)


# --- who the persons are --------------------------------------------------------

def test_citizenships_follow_the_2024_arrival_shares(demo) -> None:
    path, _, _ = demo
    observed = Counter(code for (code,) in rows(path, "SELECT citizenship FROM persons"))
    expected = citizenship_shares()
    assert expected["RUS"] == pytest.approx(58.2 * 0.64)  # [002:L143]
    assert expected["CHN"] == pytest.approx(41.8 * 0.285)
    assert sum(expected.values()) == pytest.approx(100)
    for code in ("RUS", "UZB", "CHN", "TUR", "IND"):
        assert 100 * observed[code] / PERSONS == pytest.approx(expected[code], abs=3.5), code
    assert set(observed) <= set(expected)
    assert all(countries.is_known(code) for code in observed)
    assert all(countries.is_known(code) for (code,) in rows(path, "SELECT issuing_country FROM identity_documents"))


def test_names_in_both_scripts_with_latin_forms(demo) -> None:
    path, _, _ = demo
    people = rows(path, "SELECT family_name, given_name, patronymic, family_name_latin, given_name_latin, "
                        "patronymic_latin, citizenship FROM persons")
    cyrillic = [p for p in people if any("а" <= c <= "я" or c in "әғқңөұүһіўҳҷӣӯ" for c in p[0].lower())]
    latin = [p for p in people if p[0].isascii()]
    assert len(cyrillic) > PERSONS / 2 and len(latin) > PERSONS / 10
    for family, given, patronymic, family_latin, given_latin, patronymic_latin, _ in cyrillic:
        assert family_latin.isascii() and given_latin.isascii(), (family, given)
        assert (patronymic is None) == (patronymic_latin is None)
    women_ov = rows(path, "SELECT count(*) FROM persons WHERE sex = 'female' AND family_name LIKE '%ова'")[0][0]
    men_ova = rows(path, "SELECT count(*) FROM persons WHERE sex = 'male' AND family_name LIKE '%ова'")[0][0]
    assert women_ov > 50 and men_ova == 0


def test_iins_and_bins_have_valid_control_digits(demo) -> None:
    path, _, _ = demo
    iins = [iin for (iin,) in rows(path, "SELECT iin FROM persons WHERE iin IS NOT NULL")]
    bins = [bin_ for (bin_,) in rows(path, "SELECT bin FROM employers")]
    assert len(iins) > 50 and len(bins) > 40
    assert all(identifiers.iin_checksum_ok(number) for number in iins + bins)


def test_every_kind_of_case_occurs_and_trafficking_cases_are_sensitive(demo) -> None:
    path, _, _ = demo
    categories = Counter(category for (category,) in rows(path, "SELECT category FROM cases"))
    assert {"labour_migrant", "trafficking_survivor", "refugee", "asylum_seeker", "kandas", "stateless",
            "other"} <= set(categories)
    assert categories["labour_migrant"] > PERSONS / 2
    assert 0.005 < categories["trafficking_survivor"] / PERSONS < 0.03
    assert rows(path, "SELECT count(*) FROM cases WHERE sensitive != (category = 'trafficking_survivor')")[0][0] == 0
    # Refugees are recognised (a granted claim, a status); asylum seekers wait or were refused.
    assert rows(path, "SELECT count(*) FROM cases c WHERE category = 'refugee' AND NOT EXISTS "
                      "(SELECT 1 FROM refugee_statuses r WHERE r.person_id = c.person_id)")[0][0] == 0
    assert {decision for (decision,) in rows(path, "SELECT DISTINCT decision FROM asylum_claims")} == \
        {None, "granted", "refused"}
    assert rows(path, "SELECT count(*) FROM expulsions")[0][0] >= 1


def test_users_and_case_assignment(demo) -> None:
    path, _, _ = demo
    roles = Counter(role for (role,) in rows(path, "SELECT role FROM users"))
    assert roles["admin"] == 1 and roles["supervisor"] == 2 and roles["caseworker"] >= 4
    assigned = rows(path, "SELECT u.role, count(*) FROM cases c JOIN users u ON u.id = c.caseworker_id GROUP BY 1")
    assert dict(assigned).keys() == {"caseworker"}
    unassigned = rows(path, "SELECT status, count(*) FROM cases WHERE caseworker_id IS NULL GROUP BY 1")
    assert {status for status, _ in unassigned} <= {"open"}
    for table in TABLES[1:]:
        unknown = rows(path, f"SELECT count(*) FROM {table} WHERE created_by IS NOT NULL "
                             "AND created_by NOT IN (SELECT id FROM users)")
        assert unknown[0][0] == 0, table


def test_no_patent_household_employs_more_than_five(demo) -> None:
    path, _, _ = demo
    per_household = rows(path, "SELECT e.id, count(DISTINCT p.person_id) FROM employers e JOIN permits p "
                               "ON p.employer_id = e.id WHERE e.kind = 'domestic' GROUP BY e.id")
    assert per_household and max(count for _, count in per_household) <= 5  # [004:L114]


# --- histories -----------------------------------------------------------------

def test_stays_are_ordered_within_three_years_and_never_overlap(demo) -> None:
    path, _, _ = demo
    first_day, as_of = str(REFERENCE_DATE - dt.timedelta(days=SPAN_DAYS)), str(REFERENCE_DATE)
    by_person: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    for person_id, entry, exit_ in rows(path, "SELECT person_id, entry_date, exit_date FROM stays ORDER BY entry_date"):
        assert first_day <= entry <= as_of
        assert exit_ is None or entry <= exit_ <= as_of
        by_person[person_id].append((entry, exit_))
    assert len(by_person) == PERSONS
    for stays in by_person.values():
        assert all(exit_ is not None for _, exit_ in stays[:-1])  # only the latest stay may be open
        for (_, exit_), (next_entry, _) in zip(stays, stays[1:]):
            assert exit_ < next_entry
    assert 4 <= sum(map(len, by_person.values())) / PERSONS <= 8
    open_stays = sum(stays[-1][1] is None for stays in by_person.values())
    assert 0.3 < open_stays / PERSONS < 0.8


def test_documents_and_permits_end_after_they_start(demo) -> None:
    path, _, _ = demo
    assert rows(path, "SELECT count(*) FROM permits WHERE valid_to < valid_from")[0][0] == 0
    assert rows(path, "SELECT count(*) FROM permits WHERE valid_to IS NULL AND kind != 'permanent_residence'")[0][0] == 0
    assert rows(path, "SELECT count(*) FROM contracts WHERE end_date < start_date")[0][0] == 0
    assert rows(path, "SELECT count(*) FROM identity_documents WHERE expires_on < issued_on")[0][0] == 0
    assert rows(path, "SELECT count(*) FROM registrations r WHERE registered_on > ?", str(REFERENCE_DATE))[0][0] == 0
    kinds = {kind for (kind,) in rows(path, "SELECT DISTINCT kind FROM permits")}
    assert kinds == {"visa", "temporary_residence", "permanent_residence", "work_permit", "patent",
                     "refugee_certificate", "asylum_certificate"}


SCHEMAS = [
    (Person, persons.PersonIn), (IdentityDocument, persons.DocumentIn), (Stay, records.StayIn),
    (Registration, records.RegistrationIn), (Permit, records.PermitIn), (Contract, records.ContractIn),
    (Employer, records.EmployerIn), (AsylumClaim, records.AsylumClaimIn), (RefugeeStatus, records.RefugeeStatusIn),
    (Expulsion, records.ExpulsionIn), (Proceeding, records.ProceedingIn), (Case, case_schemas.CaseIn), (Note, case_schemas.NoteIn),
]


@pytest.mark.parametrize(("entity", "schema"), SCHEMAS, ids=lambda item: getattr(item, "__name__", ""))
def test_demo_rows_pass_the_applications_own_validation(demo, entity, schema) -> None:
    path, _, _ = demo
    with contextlib.closing(Database(path)) as db, db.reading() as session:
        rows = session.scalars(select(entity).limit(3000)).all()
        assert rows
        for record in rows:
            schema.model_validate({field: getattr(record, field) for field in schema.model_fields
                                   if hasattr(record, field)})


def test_the_orm_reads_demo_rows_as_it_reads_its_own(demo) -> None:
    path, _, _ = demo
    with contextlib.closing(Database(path)) as db:
        with db.reading() as session:
            person = session.scalars(select(Person).where(Person.birth_date.is_not(None)).limit(1)).one()
            assert isinstance(person.id, uuid.UUID) and person.id.version == 4
            assert isinstance(person.created_at, dt.datetime) and isinstance(person.birth_date, dt.date)
            assert person.documents and person.documents[0].person_id == person.id
        own_id = uuid.uuid4()
        with db.transaction() as session:  # SQLAlchemy's own conversion of the same kinds of value
            session.execute(insert(Stay).values(id=own_id, person_id=person.id, entry_date=dt.date(2025, 1, 2),
                                                exit_date=None, basis="visa", created_at=dt.datetime(2025, 1, 2, 9),
                                                updated_at=dt.datetime(2025, 1, 2, 9), version=1))
    formats = "SELECT typeof(id), length(id), length(person_id), typeof(entry_date), length(entry_date), " \
              "length(created_at), typeof(version) FROM stays WHERE id = ?"
    ours = rows(path, formats, own_id.hex)[0]
    theirs = rows(path, formats.replace("WHERE id = ?", "WHERE id != ? LIMIT 1"), own_id.hex)[0]
    assert ours == theirs
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:  # leave the module's data as it was
        connection.execute("DELETE FROM stays WHERE id = ?", (own_id.hex,))


def test_the_rule_engine_takes_the_demo_data_and_finds_a_few_overstays(demo) -> None:
    from models.services import deadlines

    path, _, _ = demo
    with contextlib.closing(Database(path)) as db:
        assert deadlines.recompute_all(db, REFERENCE_DATE) == PERSONS
    overdue = rows(path, "SELECT rule, count(DISTINCT person_id) FROM obligations WHERE NOT met AND due < ? "
                         "GROUP BY rule", str(REFERENCE_DATE))
    overstays = dict(overdue).get("stay.per_entry", 0) + dict(overdue).get("stay.90_in_180", 0)
    assert 0 < overstays < PERSONS * 0.1
    # Issue 29: appeals still to make, and persons who seek asylum and have not applied (alerts of open cases).
    alerts = dict(rows(path, "SELECT rule, count(*) FROM obligations WHERE alert AND NOT met GROUP BY rule"))
    assert alerts.get("proceedings.appeal", 0) > 0 and alerts.get("asylum.apply_by", 0) > 0
    met = rows(path, "SELECT count(*) FROM obligations WHERE rule = 'proceedings.appeal' AND met")[0][0]
    assert met > 0  # and some were appealed


# --- the pieces ------------------------------------------------------------------

@pytest.mark.parametrize(("man", "woman", "rule"), [
    ("Иванов", "Иванова", "russian"), ("Соловьёв", "Соловьёва", "russian"), ("Полянский", "Полянская", "russian"),
    ("Луговой", "Луговая", "russian"), ("Черных", "Черных", "russian"), ("Ким", "Ким", "russian"),
    ("Исмоилзода", "Исмоилзода", "russian"), ("Вербицький", "Вербицька", "ukrainian"),
    ("Шевченко", "Шевченко", "ukrainian"), ("Məmmədov", "Məmmədova", "latin_ov"), ("Orazow", "Orazowa", "latin_ov"),
    ("Beridze", "Beridze", "none"),
])
def test_feminine_family_names(man: str, woman: str, rule: str) -> None:
    assert feminine_family(man, rule) == woman


@pytest.mark.parametrize(("father", "son", "daughter"), [
    ("Рустам", "Рустамович", "Рустамовна"), ("Андрей", "Андреевич", "Андреевна"), ("Юрий", "Юрьевич", "Юрьевна"),
    ("Игорь", "Игоревич", "Игоревна"), ("Илья", "Ильич", "Ильинична"), ("Никита", "Никитич", "Никитична"),
    ("Абдулло", "Абдуллоевич", "Абдуллоевна"), ("Павел", "Павлович", "Павловна"), ("Пётр", "Петрович", "Петровна"),
    ("Дмитрий", "Дмитриевич", "Дмитриевна"), ("Семён", "Семёнович", "Семёновна"),
])
def test_russian_patronymics(father: str, son: str, daughter: str) -> None:
    assert (russian_patronymic(father, True), russian_patronymic(father, False)) == (son, daughter)


@pytest.mark.parametrize(("father", "son", "daughter"), [
    ("Олександр", "Олександрович", "Олександрівна"), ("Андрій", "Андрійович", "Андріївна"),
    ("Дмитро", "Дмитрович", "Дмитрівна"), ("Василь", "Васильович", "Василівна"), ("Микола", "Миколайович", "Миколаївна"),
])
def test_ukrainian_patronymics(father: str, son: str, daughter: str) -> None:
    assert (ukrainian_patronymic(father, True), ukrainian_patronymic(father, False)) == (son, daughter)


def test_demo_random_is_deterministic_and_in_range() -> None:
    one, two = DemoRandom(5), DemoRandom(5)
    draws = [(one.randint(3, 7), one.randrange(10), one.randrange(2, 4), one.choice("abc")) for _ in range(2000)]
    assert draws == [(two.randint(3, 7), two.randrange(10), two.randrange(2, 4), two.choice("abc")) for _ in range(2000)]
    assert {d[0] for d in draws} == {3, 4, 5, 6, 7}
    assert {d[1] for d in draws} == set(range(10)) and {d[2] for d in draws} == {2, 3}
    assert {d[3] for d in draws} == set("abc")


def test_ids_are_version_4_uuids_from_the_seeded_random() -> None:
    import random

    rng, same = random.Random(11), random.Random(11)
    hex_id = new_id(rng)
    assert hex_id == uuid.UUID(int=same.getrandbits(128), version=4).hex
    assert uuid.UUID(hex_id).version == 4


def test_one_person_in_250_is_recorded_twice_across_batches(migrated_template: Path, tmp_path: Path,
                                                            monkeypatch) -> None:
    from models.db import open_database
    from models.services import duplicates
    from models.services.base import Actor

    monkeypatch.setattr(demo_module, "BATCH", 100)  # the second records come from earlier batches too
    path = fresh(migrated_template, tmp_path, "twice.db")
    assert fill_demo(path, 750, seed=2).persons == 750
    db = open_database(path)
    try:
        pairs = duplicates.likely_pairs(db, Actor.system())
    finally:
        db.close()
    assert len([p for p in pairs if p.first.values["iin"] is None or p.second.values["iin"] is None]) >= 3
