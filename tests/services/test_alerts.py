"""The supervisor's alerts: open obligations of open cases, counted and filtered from the stored deadlines."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest
from sqlalchemy import select, text

from models.cli import main
from models.clock import today
from models.entities import AuditEntry, StoredObligation
from models.services import (
    accounts,
    alerts,
    cases,
    consent,
    deadlines,
    directory,
    persons,
    records,
    referrals,
)
from models.services.alerts import AlertFilter
from models.services.base import Actor
from models.services.errors import PermissionDenied

PASSWORD = "correct horse battery"
TODAY = today()


def days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


def account(db, username: str, role: str) -> Actor:
    return Actor.of(accounts.create_account(db, Actor.system(), {
        "username": username, "full_name": username.title(), "role": role, "password": PASSWORD}).value)


@pytest.fixture
def office(db, actor, case):
    """Aigerim's case (entered 10 days ago, not registered) and a colleague's case in Almaty (entered today)."""
    supervisor = account(db, "supervisor", "supervisor")
    colleague = account(db, "bolat", "caseworker")
    records.add(db, actor, "stay", {"person_id": case.person_id, "entry_date": days(-10), "basis": "visa_free"})
    other = persons.create_person(db, colleague, {"family_name": "Тошматов", "given_name": "Фаррух",
                                                  "citizenship": "UZB", "address": "г. Алматы, ул. Абая, д. 5"}).value
    other_case = cases.open_case(db, colleague, {"person_id": other.id, "category": "trafficking_survivor",
                                                 "opened_on": days(0)}).value
    records.add(db, colleague, "stay", {"person_id": other.id, "entry_date": days(0), "basis": "visa_free"})
    return {"supervisor": supervisor, "colleague": colleague, "case": case, "other_case": other_case}


def rules_of(rows) -> list[tuple[str, dt.date]]:
    return [(r.rule, r.due) for r in rows if r.rule != "quota.employer_request"]


def test_the_supervisor_sees_every_open_obligation_with_its_case(db, office) -> None:
    supervisor = office["supervisor"]
    everything = alerts.alerts(db, supervisor, AlertFilter(), TODAY)
    rows = [r for r in everything if r.case_hex]
    assert rules_of(rows) == [("registration.deadline", days(-5)), ("registration.deadline", days(5)),
                              ("stay.per_entry", days(19)), ("stay.per_entry", days(29))]
    overdue = rows[0]
    assert (overdue.status, overdue.days_left, overdue.case_id) == ("overdue", -5, office["case"].id)
    assert (overdue.family_name, overdue.caseworker, overdue.category) == ("Юсупов", "Aigerim Nurlanovna",
                                                                          "labour_migrant")
    assert rows[1].region == "г. Алматы" and rows[1].caseworker == "Bolat"
    counts = alerts.counts(db, supervisor, AlertFilter(), TODAY)
    employer = [r for r in everything if r.rule == "quota.employer_request"]  # listed in September only
    assert (counts.overdue, counts.today, counts.week) == (1, 0, 1 + sum(r.days_left <= 7 for r in employer))
    assert counts.month == 3 + len(employer)


def test_counts_first_page_keys_and_rows_agree(db, office) -> None:
    supervisor = office["supervisor"]
    everything = alerts.alerts(db, supervisor, AlertFilter(window="all"), TODAY)
    keys = alerts.alert_keys(db, supervisor, AlertFilter(window="all"), TODAY)
    assert keys == [r.key for r in everything]
    assert [r.key for r in alerts.alert_rows(db, supervisor, keys, TODAY)] == keys
    first = alerts.overview(db, supervisor, AlertFilter(window="all"), TODAY, page=2)
    assert [r.key for r in first.first_page] == keys[:2]
    assert first.first_page[0].name == "Юсупов Алишер Рустамович"


def test_windows_and_the_as_of_day(db, office) -> None:
    supervisor = office["supervisor"]

    def listed(window: str, as_of: dt.date = TODAY) -> list[str]:
        return [rule for rule, _ in rules_of(alerts.alerts(db, supervisor, AlertFilter(window=window), as_of))]

    assert listed("overdue") == ["registration.deadline"]
    assert listed("week") == ["registration.deadline"]  # the one due in 5 days
    assert listed("today", days(5)) == ["registration.deadline"]
    # What will be overdue in three weeks? Both registrations and the first stay limit.
    assert listed("overdue", days(21)) == ["registration.deadline", "registration.deadline", "stay.per_entry"]
    within = alerts.alerts(db, supervisor, AlertFilter(within=6), TODAY)
    assert [r.due for r in within if r.case_hex] == [days(-5), days(5)]


def test_filters_by_rule_caseworker_region_category_and_unassigned(db, office, actor) -> None:
    supervisor, colleague = office["supervisor"], office["colleague"]

    def cases_of(where: AlertFilter) -> set:
        return {r.case_id for r in alerts.alerts(db, supervisor, where, TODAY) if r.case_hex}

    case, other = office["case"].id, office["other_case"].id
    assert cases_of(AlertFilter(caseworker_id=colleague.user_id)) == {other}
    assert cases_of(AlertFilter(region="г. Алматы")) == {other}
    assert cases_of(AlertFilter(region=alerts.NO_REGION)) == {case}
    assert cases_of(AlertFilter(category="labour_migrant")) == {case}
    assert cases_of(AlertFilter(unassigned=True)) == set()
    assert [r.rule for r in alerts.alerts(db, supervisor, AlertFilter(rule="stay.per_entry"), TODAY)] == \
        ["stay.per_entry", "stay.per_entry"]
    cases.reassign_cases(db, supervisor, [case], None)
    assert cases_of(AlertFilter(unassigned=True)) == {case}
    counts = alerts.counts(db, supervisor, AlertFilter(unassigned=True), TODAY)
    assert (counts.overdue, counts.month) == (1, 1)


def test_a_caseworker_sees_the_alerts_of_their_own_cases_and_an_administrator_none(db, office, actor) -> None:
    assert {r.case_id for r in alerts.alerts(db, actor, AlertFilter(), TODAY)} == {office["case"].id}
    assert alerts.counts(db, actor, AlertFilter(), TODAY).overdue == 1
    admin = account(db, "admin", "admin")
    with pytest.raises(PermissionDenied, match="Only a caseworker or supervisor"):
        alerts.overview(db, admin)
    with db.reading() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert (last.action, last.user_id) == ("refused", admin.user_id)


def test_closing_a_case_takes_its_alerts_off_the_list_and_reopening_puts_them_back(db, office, actor) -> None:
    supervisor, case = office["supervisor"], office["case"]
    data = {"person_id": case.person_id, "category": "labour_migrant", "opened_on": case.opened_on,
            "caseworker_id": actor.user_id}
    closed = cases.update_case(db, actor, case.id, case.version, data | {
        "status": "closed", "closed_on": TODAY, "closed_reason": "Left Kazakhstan"}).value
    assert office["case"].id not in {r.case_id for r in alerts.alerts(db, supervisor, AlertFilter(), TODAY)}
    assert alerts.counts(db, supervisor, AlertFilter(), TODAY).overdue == 0
    cases.update_case(db, actor, case.id, closed.version, data | {"status": "active"})
    assert alerts.counts(db, supervisor, AlertFilter(), TODAY).overdue == 1


def test_a_met_obligation_leaves_the_list(db, office, actor) -> None:
    records.add(db, actor, "registration", {"person_id": office["case"].person_id, "registered_on": days(-8)})
    rows = alerts.alerts(db, office["supervisor"], AlertFilter(window="all"), TODAY)
    assert "registration.deadline" not in [r.rule for r in rows if r.case_id == office["case"].id]


def test_a_person_with_two_open_cases_is_listed_once_under_the_newer_case(db, office, actor) -> None:
    first = office["case"]
    second = cases.open_case(db, actor, {"person_id": first.person_id, "category": "other", "opened_on": TODAY}).value
    rows = [r for r in alerts.alerts(db, office["supervisor"], AlertFilter(), TODAY) if r.person_hex == first.person_id.hex]
    assert len(rows) == 2 and {r.case_id for r in rows} == {second.id}


def test_the_employers_deadline_once_a_year_for_supervisors(db, office, actor) -> None:
    def employer_rows(who: Actor, as_of: dt.date) -> list:
        return [r for r in alerts.alerts(db, who, AlertFilter(window="all"), as_of)
                if r.rule == "quota.employer_request"]

    (row,) = employer_rows(office["supervisor"], dt.date(2026, 9, 20))
    assert (row.due, row.status, row.case_id) == (dt.date(2026, 10, 1), "ok", None)
    (row,) = employer_rows(office["supervisor"], dt.date(2026, 10, 2))  # passed: next year's
    assert row.due == dt.date(2027, 10, 1)
    assert employer_rows(actor, dt.date(2026, 9, 20)) == []


def test_referral_follow_ups_are_on_the_list(db, office, actor) -> None:
    case = office["case"]
    iom = next(o for o in directory.organisations(db, actor) if o.name == "IOM Almaty")
    draft = referrals.create_referral(db, actor, {"case_id": case.id, "organisation_id": iom.id,
                                                  "services": ["legal_aid"], "shared": ["identity"]}).value
    consent.record_consent(db, actor, {"case_id": case.id, "purpose": "share_data", "organisation_id": iom.id,
                                       "scope": ["identity"], "given_on": days(-20), "method": "verbal_with_witness",
                                       "witness": "Dana Serikovna"})
    sent = referrals.send_referral(db, actor, draft.id, draft.version, {"sent_on": days(-16)}).value
    rows = alerts.alerts(db, office["supervisor"], AlertFilter(rule=alerts.REFERRAL_FOLLOW_UP), TODAY)
    assert [(r.case_id, r.due, r.status, r.referral_hex) for r in rows] == [
        (case.id, days(-2), "overdue", sent.id.hex)]
    assert alerts.counts(db, office["supervisor"], AlertFilter(), TODAY).overdue == 2
    keys = alerts.alert_keys(db, office["supervisor"], AlertFilter(), TODAY)
    assert f"r:{sent.id.hex}" in keys
    assert alerts.alert_rows(db, office["supervisor"], [f"r:{sent.id.hex}"], TODAY)[0].name.startswith("Юсупов")
    assert alerts.alerts(db, office["colleague"], AlertFilter(), TODAY)[0].case_id != case.id


def test_breakdown_and_weeks(db, office) -> None:
    supervisor = office["supervisor"]
    parts = alerts.breakdown(db, supervisor, AlertFilter(rule="registration.deadline"), TODAY)
    assert parts.rule == [("registration.deadline", 2)]
    assert sorted(n for _, _, n in parts.caseworker) == [1, 1]
    assert dict(parts.region) == {None: 1, "г. Алматы": 1}
    assert dict(parts.category) == {"labour_migrant": 1, "trafficking_survivor": 1}
    overdue, weeks = alerts.by_week(db, supervisor, AlertFilter(rule="stay.per_entry"), TODAY)
    assert overdue == 0 and len(weeks) == 8
    assert [n for _, n in weeks] == [0, 0, 1, 0, 1, 0, 0, 0]  # due in 19 and in 29 days


def test_stored_obligations_of_an_earlier_day_are_stale_until_recomputed(db, office) -> None:
    assert not alerts.is_stale(db)
    with db.transaction() as session:
        session.execute(text("UPDATE obligations SET computed_on = :day"), {"day": days(-1).isoformat()})
    assert alerts.is_stale(db) and alerts.computed_on(db) == days(-1)
    seen = []
    assert alerts.recompute_if_stale(db, progress=lambda done, total: seen.append((done, total))) == 2
    assert seen[-1] == (2, 2) and not alerts.is_stale(db)
    assert alerts.recompute_if_stale(db) == 0


def test_the_flag_follows_the_cases_whoever_writes_them(db, office) -> None:
    """Triggers keep `alert` right for writes outside the services too (a closed case written by SQL)."""
    case = office["case"]
    with db.transaction() as session:
        session.execute(text("UPDATE cases SET status = 'closed' WHERE id = :id"), {"id": case.id.hex})

    def flags() -> set:
        with db.reading() as session:
            return set(session.scalars(select(StoredObligation.alert)
                                       .where(StoredObligation.person_id == case.person_id)))

    assert flags() == {False}
    with db.transaction() as session:
        session.execute(text("UPDATE cases SET status = 'active' WHERE id = :id"), {"id": case.id.hex})
    assert flags() == {True}
    deadlines.recompute_all(db)
    assert flags() == {True}


# --- the command line ----------------------------------------------------------------------

@pytest.mark.parametrize("ascii_only", [False, True])
def test_a_row_written_as_json_reads_back_as_its_dict(ascii_only) -> None:
    awkward = alerts.AlertRow(
        "o:1:0", "stay.per_entry", TODAY, -3, "overdue", case_hex="ab" * 16, person_hex="cd" * 16,
        family_name='O\'Brien "Jr"', given_name="Ана\\Мария\n", patronymic=None, citizenship="IRL",
        category="labour_migrant", caseworker="Ж\u0000x", region=None, rule_version="2024-01 \u2028")
    line = awkward.as_json(ascii_only)
    assert "\n" not in line and (line.isascii() or not ascii_only)
    assert json.loads(line) == awkward.as_dict()
    plain = alerts.AlertRow("q:2027", "quota.employer_request", days(40), 40, "ok", rule_version="v1")
    assert json.loads(plain.as_json(ascii_only)) == plain.as_dict()



def test_the_command_prints_the_same_list_as_json_and_audits_it(db, db_path, office, capsys) -> None:
    assert main(["--db", str(db_path), "alerts", "--json", "--as-of", TODAY.isoformat()]) == 0
    data = json.loads(capsys.readouterr().out)
    listed = [(a["rule"], a["due"]) for a in data["alerts"] if a["case_id"]]
    assert listed == [(rule, due.isoformat()) for rule, due in rules_of(alerts.alerts(
        db, Actor.system(), AlertFilter(within=7), TODAY))]
    assert data["counts"]["overdue"] == 1 and data["alerts"][0]["name"] == "Юсупов Алишер Рустамович"
    assert data["alerts"][0]["case_id"] == str(office["case"].id)
    with db.reading() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert (last.action, last.entity, last.details["rows"]) == ("export", "alerts", len(data["alerts"]))


def test_the_command_filters_by_caseworker_and_days(db_path, office, capsys) -> None:
    assert main(["--db", str(db_path), "alerts", "--json", "--caseworker", "bolat", "--within", "30"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(a["rule"], a["caseworker"]) for a in data["alerts"]] == [("registration.deadline", "Bolat"),
                                                                       ("stay.per_entry", "Bolat")]
    assert main(["--db", str(db_path), "alerts", "--caseworker", "Aigerim Nurlanovna"]) == 0
    out = capsys.readouterr().out
    assert "1 overdue" in out and "Юсупов" in out and "Тошматов" not in out


def test_the_command_loads_neither_alembic_nor_pydantic(db_path, office) -> None:
    # Their imports would cost `qamqor alerts` 0.3-0.6 s of its 2 s (issue 6); a read needs neither.
    code = ("import contextlib, io, sys\nfrom models.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    main(['--db', {str(db_path)!r}, 'alerts', '--json'])\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'alembic', 'pydantic', 'PySide6'}))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("arguments,message", [
    (["--as-of", "2026-02-30"], "--as-of: '2026-02-30' is not a date"),
    (["--within", "soon"], "--within: 'soon' is not a whole number of days"),
    (["--within", "-1"], "--within: must be between 0 and"),
    (["--caseworker", "nobody"], "--caseworker: no user called 'nobody'"),
])
def test_bad_input_is_one_line_naming_the_option(db_path, office, capsys, arguments, message) -> None:
    assert main(["--db", str(db_path), "alerts", *arguments]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.startswith(f"qamqor: {message}")
    assert captured.err.count("\n") == 1


def test_recompute_from_the_command_line(db_path, office, capsys) -> None:
    assert main(["--db", str(db_path), "alerts", "--recompute", "--within", "0"]) == 0
    captured = capsys.readouterr()
    assert "Recomputed the deadlines of 2 persons" in captured.err
    assert "1 overdue" in captured.out
