"""Statistics for a period (issue 30): what is counted, whose cases, the cases behind each number, the audit."""
from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from sqlalchemy import select

from models.clock import ALMATY
from models.entities import AuditEntry
from models.reports.statistics import statistics
from models.services import accounts, cases, persons, records, referrals, screening
from models.services.base import Actor
from models.services.errors import PermissionDenied, Refused

Q1 = (dt.date(2026, 1, 1), dt.date(2026, 3, 31))
TODAY = dt.datetime(2026, 4, 15, 10, 0, tzinfo=ALMATY)
PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def _in_april_2026():
    with time_machine.travel(TODAY, tick=False):
        yield


def account(db, name: str, role: str) -> Actor:
    return Actor.of(accounts.create_account(db, Actor.system(), {
        "username": name, "full_name": name.title(), "role": role, "password": PASSWORD}).value)


@pytest.fixture
def boss(db) -> Actor:
    return account(db, "gulnara", "supervisor")


def a_person(db, actor, family: str, born: str | None, sex: str = "female", citizenship: str = "UZB",
             region: str | None = "г. Алматы", year: int | None = None):
    return persons.create_person(db, actor, {"family_name": family, "given_name": "Test", "birth_date": born,
                                             "birth_year": year, "sex": sex, "citizenship": citizenship,
                                             "region": region}).value


def a_case(db, actor, person, opened: dt.date, closed: dt.date | None = None, category: str = "labour_migrant",
           caseworker=None):
    values = {"person_id": person.id, "category": category, "opened_on": opened,
              "caseworker_id": (caseworker or actor).user_id}
    if closed is not None:
        values |= {"status": "closed", "closed_on": closed, "closed_reason": "Went home"}
    return cases.open_case(db, actor, values).value


@pytest.fixture
def office(db, actor, boss):
    """Aigerim's four cases and a colleague's one: new, open, closed, and one outside the period."""
    other = account(db, "dana", "caseworker")
    old = a_person(db, actor, "Old", "1980-02-02", sex="male", citizenship="TJK")
    new = a_person(db, actor, "New", "2010-06-01", region=None)  # 15 at the end of March: a minor
    returning = a_person(db, actor, "Returning", None, year=2008)  # 17 or 18 on 31 March: a minor
    later = a_person(db, actor, "Later", "1990-01-01")
    theirs = a_person(db, other, "Theirs", "1970-01-01", citizenship="KGZ")
    found = {
        "old": a_case(db, actor, old, dt.date(2025, 5, 1)),  # open all along
        "new": a_case(db, actor, new, dt.date(2026, 2, 10), category="trafficking_survivor"),
        "returning_1": a_case(db, actor, returning, dt.date(2025, 3, 1), closed=dt.date(2026, 1, 20)),
        "returning_2": a_case(db, actor, returning, dt.date(2026, 3, 5)),  # back: a new case, not a new person
        "later": a_case(db, actor, later, dt.date(2026, 4, 2)),  # after the period: not counted
        "theirs": a_case(db, other, theirs, dt.date(2026, 1, 5), caseworker=other),
    }
    return {name: case.id.hex for name, case in found.items()} | {"dana": other}


def row(report, table: str, *keys: str) -> dict:
    found = report.table(table)
    for n, r in enumerate(found.rows):
        if r.keys == keys:
            return {m: (c.value, sorted(c.cases) if c.cases is not None else None)
                    for m, c in zip(found.measures, r.cells)} | {"_row": n}
    raise AssertionError(f"no row {keys} in {table}: {[r.keys for r in found.rows]}")


def test_persons_and_cases_new_open_at_the_end_and_closed_in_the_period(db, actor, boss, office) -> None:
    report = statistics(db, boss, *Q1)
    cases_ = row(report, "overview", "cases")
    assert cases_["new"] == (3, sorted([office["new"], office["returning_2"], office["theirs"]]))
    assert cases_["open_at_end"][0] == 4 and office["later"] not in cases_["open_at_end"][1]
    assert cases_["closed"] == (1, [office["returning_1"]])
    persons_ = row(report, "overview", "persons")
    # "Returning" had a case before the period: her new case does not make her a new person.
    assert persons_["new"] == (2, sorted([office["new"], office["theirs"]]))
    assert persons_["open_at_end"][0] == 4
    assert report.cases_behind("overview", persons_["_row"], "closed") == [office["returning_1"]]


def test_the_breakdowns_count_persons_by_what_is_recorded_of_them(db, actor, boss, office) -> None:
    report = statistics(db, boss, *Q1)
    # Born in 2008, birth day unknown: 17 or 18 on 31 March 2026, so a minor, as her case marks her.
    assert row(report, "persons_by_age_group", "minor")["open_at_end"] == (
        2, sorted([office["new"], office["returning_2"]]))
    assert row(report, "persons_by_age_group", "adult")["open_at_end"][0] == 2
    assert row(report, "persons_by_sex", "male")["open_at_end"][0] == 1
    assert row(report, "persons_by_citizenship", "KGZ")["new"] == (1, [office["theirs"]])
    assert row(report, "persons_by_region", "")["new"] == (1, [office["new"]])
    assert row(report, "cases_by_category", "trafficking_survivor")["new"] == (1, [office["new"]])


def test_a_caseworker_counts_her_own_cases_only(db, actor, office) -> None:
    report = statistics(db, actor, *Q1)
    assert not report.whole_office
    assert row(report, "overview", "cases")["open_at_end"][0] == 3
    assert office["theirs"] not in row(report, "overview", "cases")["new"][1]
    assert "quota_use" not in [t.name for t in report.tables]  # the office's quota is not hers
    theirs = statistics(db, office["dana"], *Q1)
    assert row(theirs, "overview", "cases")["new"] == (1, [office["theirs"]])


def test_a_run_is_audited_with_its_period_and_a_refusal_too(db, actor, boss, office) -> None:
    statistics(db, boss, *Q1, via="test")
    with db.reading() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert (entry.user_id, entry.action, entry.entity) == (boss.user_id, "report", "statistics")
    assert (entry.details["first"], entry.details["last"]) == ("2026-01-01", "2026-03-31")
    admin = Actor.of(accounts.create_account(db, Actor.system(), {
        "username": "root", "full_name": "Admin", "role": "admin", "password": PASSWORD}).value)
    with pytest.raises(PermissionDenied, match="run the statistics"):
        statistics(db, admin, *Q1)
    with db.reading() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert (entry.user_id, entry.action) == (admin.user_id, "refused")


def test_a_period_backwards_or_too_long_is_refused_in_words(db, boss) -> None:
    with pytest.raises(Refused, match="ends on 1 January 2026, before it starts on 31 March 2026"):
        statistics(db, boss, dt.date(2026, 3, 31), dt.date(2026, 1, 1))
    with pytest.raises(Refused, match="longer than three years"):
        statistics(db, boss, dt.date(2020, 1, 1), dt.date(2026, 1, 1))


def test_screened_presumed_and_identified_victims(db, actor, boss, office) -> None:
    new = office["new"]
    import uuid

    case_id = uuid.UUID(new)
    screening.record_screening(db, actor, {"case_id": case_id, "interviewed_on": "2026-02-11", "answers": []})
    screening.record_assessment(db, actor, {"case_id": case_id, "assessed_on": "2026-02-12",
                                            "outcome": "presumed_victim", "assessed_by": "ngo"})
    screening.record_assessment(db, actor, {"case_id": case_id, "assessed_on": "2026-03-20",
                                            "outcome": "identified_victim", "assessed_by": "police",
                                            "assessor": "Almaty police, anti-trafficking unit"})
    report = statistics(db, boss, *Q1)
    assert row(report, "trafficking", "screened")["in_period"] == (1, [new])
    assert row(report, "trafficking", "identified_victim")["in_period"] == (1, [new])
    assert row(report, "trafficking", "presumed_victim")["in_period"] == (0, [])  # the latest assessment counts
    assert row(report, "victims_by_sex_and_age", "female", "minor")["identified_victim"] == (1, [new])
    assert row(report, "victims_by_assessor", "police")["identified_victim"] == (1, [new])
    before = statistics(db, boss, dt.date(2026, 1, 1), dt.date(2026, 2, 28))  # before the police identified her
    assert row(before, "trafficking", "presumed_victim")["in_period"] == (1, [new])


def test_referrals_sent_by_organisation_and_outcome_with_the_days_to_an_answer(db, actor, boss, office) -> None:
    import uuid

    from models.services import consent, directory

    case_id = uuid.UUID(office["new"])
    iom = next(o for o in directory.organisations(db, actor) if o.name == "IOM Almaty")
    consent.record_consent(db, actor, {"case_id": case_id, "purpose": "share_data", "organisation_id": iom.id,
                                       "scope": ["identity"], "given_on": "2026-02-10",
                                       "method": "verbal_with_witness", "witness": "Dana"})

    def sent(on: str):
        draft = referrals.create_referral(db, actor, {"case_id": case_id, "organisation_id": iom.id,
                                                      "services": ["shelter"], "shared": ["identity"]}).value
        return referrals.send_referral(db, actor, draft.id, draft.version, {  # she is 15
            "sent_on": on, "best_interest_reason": "A shelter for her tonight"}).value

    first, second, third = sent("2026-02-11"), sent("2026-03-01"), sent("2026-03-10")
    referrals.advance(db, actor, first.id, first.version, "accepted", {"on": "2026-02-15"})  # 4 days
    referrals.advance(db, actor, second.id, second.version, "rejected", {"on": "2026-03-11", "note": "Full"})  # 10
    report = statistics(db, boss, *Q1)
    iom_row = row(report, "referrals_sent", "IOM Almaty")
    assert iom_row["sent"] == (3, [office["new"]])  # three referrals, of one case
    assert (iom_row["accepted"][0], iom_row["rejected"][0], iom_row["waiting"][0]) == (1, 1, 1)
    assert iom_row["median_days"][0] == 7
    assert row(report, "referrals_sent", "")["sent"][0] == 3  # the total
    # The third one's answer was due on 24 March (14 days): missed in the period.
    assert row(report, "deadlines_missed", "referral.follow_up")["missed"] == (1, [office["new"]])
    del third


def test_deadlines_missed_in_the_period_by_rule(db, actor, boss, office) -> None:
    import uuid

    old = cases.get_case(db, boss, uuid.UUID(office["old"]))
    # Entered on 1 February without registering (due within 3 working days) and still here.
    records.add(db, actor, "stay", {"person_id": old.person_id, "entry_date": "2026-02-01",
                                    "basis": "visa_free"})
    report = statistics(db, boss, *Q1)
    missed = row(report, "deadlines_missed", "registration.deadline")
    assert missed["missed"] == (1, [office["old"]])
    earlier = statistics(db, boss, dt.date(2025, 10, 1), dt.date(2025, 12, 31))
    assert "registration.deadline" not in [r.keys[0] for r in earlier.table("deadlines_missed").rows]


def test_where_cases_came_from_the_services_given_and_the_exploitation(db, actor, boss, office) -> None:
    """The whole story's facts counted: who referred the person, the services, the facts of trafficking."""
    import uuid

    from models.services import case_services, directory, trafficking_facts

    iom = next(o for o in directory.organisations(db, actor) if o.name == "IOM Almaty")
    new, old = uuid.UUID(office["new"]), uuid.UUID(office["old"])
    stored = cases.get_case(db, actor, new)
    cases.update_case(db, actor, new, stored.version, {
        "person_id": stored.person_id, "category": stored.category, "opened_on": stored.opened_on,
        "caseworker_id": actor.user_id, "referred_how": "iom", "referred_by_id": iom.id,
        "referred_on": "2026-02-09"})
    for values in ({"case_id": new, "kind": "shelter", "organisation_id": iom.id, "given_on": "2026-02-12"},
                   {"case_id": new, "kind": "legal_aid", "given_on": "2026-03-02"},
                   {"case_id": old, "kind": "legal_aid", "given_on": "2026-03-20"},
                   {"case_id": old, "kind": "medical", "planned_on": "2026-03-25"},  # not given by 31 March
                   {"case_id": old, "kind": "medical", "planned_on": "2026-03-26", "outcome": "declined"},
                   {"case_id": old, "kind": "psychological", "given_on": "2026-04-03"}):  # after the period
        case_services.add_service(db, actor, values)
    trafficking_facts.save_facts(db, actor, {
        "case_id": new, "exploitation": ["labour", "forced_begging"], "exploitation_country": "KAZ",
        "recruitment": "acquaintance", "identification": "presumed_victim", "identified_on": "2026-02-20"})
    report = statistics(db, boss, *Q1)
    assert row(report, "referred_to_us", "iom", "IOM Almaty")["cases"] == (1, [office["new"]])
    assert row(report, "referred_to_us", "", "")["cases"][0] == 2  # Returning's new case and Dana's
    assert row(report, "services_given", "legal_aid", "")["given"] == (2, sorted([office["new"], office["old"]]))
    assert row(report, "services_given", "shelter", "IOM Almaty")["given"] == (1, [office["new"]])
    assert row(report, "services_given", "medical", "")["planned_not_given"] == (1, [office["old"]])
    assert all(r.keys[0] != "psychological" for r in report.table("services_given").rows)
    for table, key in (("victims_by_exploitation", "labour"), ("victims_by_exploitation", "forced_begging"),
                       ("victims_by_recruitment", "acquaintance"), ("victims_by_exploitation_country", "KAZ")):
        assert row(report, table, key)["presumed_victim"] == (1, [office["new"]]), table
    # A caseworker's report counts her own cases: Dana's has none of these.
    theirs = statistics(db, office["dana"], *Q1)
    assert theirs.table("services_given").rows == () and theirs.table("victims_by_exploitation").rows == ()
