"""Every role against every service action: allowed, or refused with a clear error that is audited."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import select

from models.entities import AuditEntry
from models.services import (
    accounts,
    alerts,
    caseload,
    cases,
    consent,
    deadlines,
    directory,
    employers,
    exports,
    persons,
    quota,
    records,
    referral_letters,
    referrals,
    rules,
    screening,
    search,
    users,
)
from models.services.base import Actor
from models.services.errors import PermissionDenied

PASSWORD = "correct horse battery"


def account(db, username: str, role: str, **extra) -> Actor:
    return Actor.of(accounts.create_account(db, Actor.system(), {
        "username": username, "full_name": username.title(), "role": role, "password": PASSWORD} | extra).value)


@pytest.fixture
def office(db):
    """An office: two caseworkers, a supervisor, an administrator; one ordinary and one sensitive case."""
    people = {
        "owner": account(db, "owner", "caseworker"),
        "colleague": account(db, "colleague", "caseworker"),
        "stranger": account(db, "stranger", "caseworker"),
        "supervisor": account(db, "supervisor", "supervisor"),
        "admin": account(db, "admin", "admin"),
    }
    owner = people["owner"]
    found = {}
    for label, sensitive in (("ordinary", False), ("sensitive", True)):
        person = persons.create_person(db, owner, {"family_name": f"Қасымов-{label}", "given_name": "Ерлан",
                                                   "citizenship": "KGZ", "birth_year": 1991}).value
        case = cases.open_case(db, owner, {"person_id": person.id, "category": "trafficking_survivor",
                                           "opened_on": "2024-05-12"}).value
        # Shared first, marked sensitive afterwards: the share must then stop giving access.
        cases.share_case(db, owner, case.id, people["colleague"].user_id)
        if sensitive:
            case = cases.update_case(db, owner, case.id, case.version,
                                     case.model_dump(include={"person_id", "category", "opened_on",
                                                              "caseworker_id"}) | {"sensitive": True}).value
        stay = records.add(db, owner, "stay", {"person_id": person.id, "entry_date": "2024-05-10",
                                               "basis": "visa_free"}).value
        note = cases.add_note(db, owner, {"case_id": case.id, "text": "First interview."}).value
        draft = referrals.create_referral(db, owner, {"case_id": case.id, "organisation_id": _shelter(db).id,
                                                      "services": ["shelter"], "shared": ["identity"]}).value
        found[label] = {"person": person, "case": case, "stay": stay, "note": note, "referral": draft}
    return people, found


def _shelter(db):
    return next(o for o in directory.organisations(db, Actor.system()) if o.name == "Sana Sezim")


def case_actions(db, people, made) -> dict[str, Callable[[Actor], object]]:
    person, case, _stay, draft = made["person"], made["case"], made["stay"], made["referral"]
    shelter = _shelter(db)
    case_data = {"person_id": person.id, "category": "trafficking_survivor", "opened_on": "2024-05-12",
                 "sensitive": case.sensitive, "caseworker_id": case.caseworker_id, "priority": "high"}
    return {
        "read person": lambda a: persons.get_person(db, a, person.id),
        "read documents": lambda a: persons.documents_of(db, a, person.id),
        "add document": lambda a: persons.add_document(db, a, {"person_id": person.id, "kind": "passport",
                                                               "number": f"P{id(a)}", "issuing_country": "KGZ"}).value,
        "read history": lambda a: records.records_of(db, a, person.id),
        "add stay": lambda a: records.add(db, a, "stay", {"person_id": person.id, "entry_date": "2023-01-10",
                                                          "exit_date": "2023-01-20", "basis": "visa_free"}).value,
        "read deadlines": lambda a: deadlines.obligations_of(db, a, person.id, as_of=dt.date(2024, 6, 1)),
        "plan a stay": lambda a: deadlines.plan_stay(db, a, person.id, dt.date(2024, 9, 1)),
        "read case": lambda a: cases.get_case(db, a, case.id),
        "edit case": lambda a: cases.update_case(db, a, case.id, cases.get_case(db, Actor.system(), case.id).version,
                                                 case_data).value,
        "read notes": lambda a: cases.notes_of(db, a, case.id),
        "add note": lambda a: cases.add_note(db, a, {"case_id": case.id, "text": "Follow-up call."}).value,
        "read attachments": lambda a: cases.attachments_of(db, a, case.id),
        "add attachment": lambda a: cases.add_attachment(db, a, {"case_id": case.id, "filename": "scan.pdf",
                                                                 "content": b"%PDF-1.4"}).value,
        "find by name": lambda a: _found(search.find(db, a, person.family_name_latin[:6]), person.id),
        "see in case list": lambda a: _found(cases.case_list(db, a), case.id),
        "reassign": lambda a: cases.reassign_cases(db, a, [case.id], case.caseworker_id).value,
        # The supervisor's view (issue 6)
        "see in alerts": lambda a: _found([r.case_id for r in alerts.alerts(db, a, alerts.AlertFilter(window="all"))],
                                          case.id),
        "reassign from caseloads": lambda a: caseload.reassign(db, a, [case.id], case.caseworker_id).value,
        # Trafficking: screening, consent, referrals and their letters (issue 5)
        "record screening": lambda a: screening.record_screening(db, a, {
            "case_id": case.id, "interviewed_on": "2024-06-01", "answers": [{"indicator": "no_contract",
                                                                             "answer": "yes"}]}).value,
        "read screenings": lambda a: screening.screenings_of(db, a, case.id),
        "record assessment": lambda a: screening.record_assessment(db, a, {
            "case_id": case.id, "assessed_on": "2024-06-01", "outcome": "potential_victim", "assessed_by": "ngo"}).value,
        "read assessments": lambda a: screening.assessments_of(db, a, case.id),
        "record consent": lambda a: consent.record_consent(db, a, {
            "case_id": case.id, "purpose": "share_data", "organisation_id": shelter.id, "scope": ["identity"],
            "given_on": "2024-06-01", "method": "verbal_with_witness", "witness": "Dana"}).value,
        "read consents": lambda a: consent.consents_of(db, a, case.id),
        "refer": lambda a: referrals.create_referral(db, a, {"case_id": case.id, "organisation_id": shelter.id,
                                                             "services": ["legal_aid"]}).value,
        "read referrals": lambda a: referrals.referrals_of(db, a, case.id),
        "read referral history": lambda a: referrals.events_of(db, a, draft.id),
        "preview letter": lambda a: referral_letters.letter(db, a, draft.id, "ru", output="preview"),
    }


def _found(results, wanted) -> None:
    ids = [getattr(r, "person_id", getattr(r, "id", r)) for r in results]
    if wanted not in ids:
        raise PermissionDenied("not listed", action="list")


CASE_CONTENT = {"read person", "read documents", "add document", "read history", "add stay", "read deadlines",
                "plan a stay", "read case", "edit case", "read notes", "add note", "read attachments",
                "add attachment", "find by name", "see in case list", "record screening", "read screenings",
                "record assessment", "read assessments", "record consent", "read consents", "refer",
                "read referrals", "read referral history", "preview letter", "see in alerts"}
SUPERVISING = {"reassign", "reassign from caseloads"}
ALLOWED = {
    ("owner", "ordinary"): CASE_CONTENT, ("owner", "sensitive"): CASE_CONTENT,
    ("colleague", "ordinary"): CASE_CONTENT, ("colleague", "sensitive"): set(),
    ("stranger", "ordinary"): set(), ("stranger", "sensitive"): set(),
    ("supervisor", "ordinary"): CASE_CONTENT | SUPERVISING, ("supervisor", "sensitive"): CASE_CONTENT | SUPERVISING,
    ("admin", "ordinary"): set(), ("admin", "sensitive"): set(),
}


@pytest.mark.parametrize("who,which", sorted(ALLOWED))
def test_case_actions_by_role(db, office, who, which) -> None:
    people, found = office
    actor = people[who]
    for action, call in case_actions(db, people, found[which]).items():
        if action in ALLOWED[(who, which)]:
            call(actor)
        else:
            with pytest.raises(PermissionDenied) as refused:
                call(actor)
            assert str(refused.value), action


def test_office_actions_by_role(db, office, tmp_path) -> None:
    people, _ = office
    version = rules.ruleset(db).version_for("entry_ban.end", dt.date(2024, 1, 1))
    office_actions = {
        "create account": lambda a: accounts.create_account(db, a, {
            "username": f"new{abs(hash(a)) % 10**6}", "full_name": "New", "role": "caseworker",
            "password": PASSWORD}).value,
        "add rule version": lambda a: rules.add_rule_version(db, a, {
            "rule": "entry_ban.end", "effective_from": "2025-01-01", "params": dict(version.params),
            "citation": "Test", "verification": ""}).value,
        "record employer": lambda a: employers.create_employer(db, a, {"name": "ТОО Бирлик"}).value,
        "list colleagues": lambda a: users.users(db, a),
        "read directory": lambda a: directory.organisations(db, a),
        "change directory": lambda a: directory.add_organisation(db, a, {
            "name": f"Crisis centre {abs(hash(a)) % 10**6}", "kind": "shelter", "services": ["shelter"]}).value,
        "set office details": lambda a: directory.set_office(db, a, {"name": "ҚҚ «Сенім»"}).value,
        "see alerts": lambda a: alerts.overview(db, a),
        "see caseloads": lambda a: caseload.caseloads(db, a),
        "see quota": lambda a: quota.usage(db, a, 2026),
        "set quota": lambda a: quota.set_allocation(db, a, {"year": 2026, "region": "г. Алматы", "category": "first",
                                                            "units": 10}).value,
        "check employers": lambda a: quota.employer_checks(db, a),
        "export statistics": lambda a: exports.export_statistics(db, a, tmp_path / "statistics.csv"),
    }
    supervising = {"see alerts", "see caseloads", "see quota", "set quota", "check employers", "export statistics"}
    allowed = {
        "owner": {"record employer", "list colleagues", "read directory", "see alerts"},
        "supervisor": {"record employer", "list colleagues", "read directory", "change directory",
                       "set office details"} | supervising,
        "admin": {"create account", "add rule version", "record employer", "list colleagues", "read directory",
                  "change directory", "set office details", "see quota", "set quota", "check employers"},
    }
    for who, may in allowed.items():
        for action, call in office_actions.items():
            if action in may:
                call(people[who])
            else:
                with pytest.raises(PermissionDenied, match="Only a"):
                    call(people[who])


def test_refusals_are_audited_even_though_the_work_is_rolled_back(db, office) -> None:
    people, found = office
    case_id = found["sensitive"]["case"].id
    with pytest.raises(PermissionDenied, match="not assigned or shared to you"):
        cases.get_case(db, people["colleague"], case_id)
    with db.reading() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert (last.action, last.user_id, last.record_id) == ("refused", people["colleague"].user_id, case_id)


def test_opening_a_sensitive_case_is_audited_and_an_ordinary_one_is_not(db, office) -> None:
    people, found = office
    supervisor = people["supervisor"]

    def views() -> list:
        with db.reading() as session:
            return list(session.scalars(select(AuditEntry.record_id).where(AuditEntry.action == "view")))

    cases.get_case(db, supervisor, found["ordinary"]["case"].id)
    assert views() == []
    cases.get_case(db, supervisor, found["sensitive"]["case"].id)
    assert views() == [found["sensitive"]["case"].id]


def test_a_caseworker_cannot_hand_a_case_to_someone_else(db, office) -> None:
    people, found = office
    case = cases.get_case(db, people["owner"], found["ordinary"]["case"].id)
    data = case.model_dump(include={"person_id", "category", "opened_on", "sensitive"})
    with pytest.raises(PermissionDenied, match="Only a supervisor"):
        cases.update_case(db, people["owner"], case.id, case.version,
                          data | {"caseworker_id": people["stranger"].user_id})
    cases.update_case(db, people["supervisor"], case.id, case.version,
                      data | {"caseworker_id": people["stranger"].user_id})
    assert cases.get_case(db, people["stranger"], case.id).caseworker_id == people["stranger"].user_id


def test_who_may_send_a_referral_without_consent(db, office) -> None:
    """The emergency override: a supervisor always; the assigned caseworker for an emergency only."""
    people, found = office
    case = found["ordinary"]["case"]
    shelter = _shelter(db)
    reason = {"sent_on": "2024-06-03", "override_reason": "Beaten by the foreman; needs a bed tonight."}

    def draft(urgency: str):
        return referrals.create_referral(db, people["owner"], {
            "case_id": case.id, "organisation_id": shelter.id, "services": ["shelter"], "urgency": urgency,
            "shared": ["identity"]}).value

    allowed = {("owner", "emergency"), ("supervisor", "emergency"), ("supervisor", "routine")}
    for who in ("owner", "colleague", "stranger", "supervisor", "admin"):
        for urgency in ("routine", "emergency"):
            referral = draft(urgency)
            if (who, urgency) in allowed:
                assert referrals.send_referral(db, people[who], referral.id, referral.version, reason).value.override_reason
            else:
                with pytest.raises(PermissionDenied):
                    referrals.send_referral(db, people[who], referral.id, referral.version, reason)
