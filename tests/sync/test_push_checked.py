"""A push is checked as a click is (issue 25): crafted `/push` requests under a caseworker's own token,
against the real office server process. Each change the push may not make is refused in words, kept,
told to the laptop, never applied, and never stops the changes behind it."""
from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import select, text

from models.clock import utcnow
from models.entities import (
    AppliedChange,
    AuditEntry,
    Case,
    IdentityDocument,
    Note,
    OutboxEntry,
    Person,
    SyncConflict,
)
from models.services import cases, persons
from models.sync import laptop
from tests.sync.helpers import ADMIN, make_laptop
from tests.sync.test_push_pull import PERSON, new_case


def change(table: str, row_id: Any, operation: str, new: dict[str, Any], old: dict[str, Any] | None = None,
           made_by: Any = None) -> dict[str, Any]:
    return {"change_id": str(uuid.uuid4()), "table": table, "row_id": str(row_id), "operation": operation,
            "new": new, "old": old or {}, "case_id": None, "person_id": None,
            "made_at": utcnow().isoformat(), "made_by": str(made_by) if made_by else None}


@pytest.fixture
def office_of_three(tmp_path, office, office_server):
    """Saule and Dana (caseworkers; Dana holds a sensitive case) and their supervisor, all synced."""
    saule = make_laptop(tmp_path, office, office_server, "saule")
    dana = make_laptop(tmp_path, office, office_server, "dana")
    boss = make_laptop(tmp_path, office, office_server, "boss", "supervisor")
    for lap in (saule, dana, boss):
        lap.sync()
    mine = new_case(saule, family_name="Саулина")
    hidden = new_case(dana, family_name="Скрытова")
    cases.update_case(dana.db, dana.actor, hidden[1].id, hidden[1].version,
                      {"person_id": hidden[0].id, "category": "trafficking_survivor", "opened_on": hidden[1].opened_on,
                       "sensitive": True, "caseworker_id": dana.actor.user_id})
    cases.add_note(saule.db, saule.actor, {"case_id": mine[1].id, "text": "Встреча в понедельник"})
    persons.add_document(saule.db, saule.actor, {"person_id": mine[0].id, "kind": "passport", "number": "FA1234567",
                                                 "issuing_country": "UZB"})
    for lap in (saule, dana, boss):
        lap.sync()
    return saule, dana, boss, mine, hidden


def refused_ids(answer: dict[str, Any]) -> dict[str, str]:
    return {r["change_id"]: r["reason"] for r in answer.get("refused", [])}


def test_a_push_may_not_point_her_rows_at_what_she_may_not_see(office_of_three, office):
    saule, _dana, _boss, (person, case), (hidden_person, hidden_case) = office_of_three
    with saule.db.reading() as session:
        note = session.scalars(select(Note).where(Note.case_id == case.id)).one()
        document = session.scalars(select(IdentityDocument).where(IdentityDocument.person_id == person.id)).one()
    attacks = [
        change("cases", case.id, "update", {"person_id": str(hidden_person.id)}, {"person_id": str(person.id)}),
        change("notes", note.id, "update", {"case_id": str(hidden_case.id)}, {"case_id": str(case.id)}),
        change("identity_documents", document.id, "update", {"person_id": str(hidden_person.id)},
               {"person_id": str(person.id)}),
        change("organisations", uuid.uuid4(), "insert", {"name": "Фонд", "services": ["legal"], "version": 1}),
        change("quota_allocations", uuid.uuid4(), "insert", {"year": 2031, "region": "Алматы", "units": 999_999, "version": 1}),
        change("case_shares", uuid.uuid4(), "insert", {"case_id": str(hidden_case.id),
                                                       "user_id": str(saule.actor.user_id)}),
    ]
    harmless = change("persons", person.id, "update", {"phone": "+7 701 000 0000"}, {"phone": None})
    answer = saule.office.push([*attacks, harmless])
    refused = refused_ids(answer)
    assert set(refused) == {a["change_id"] for a in attacks}, refused
    assert "may not open this person" in refused[attacks[0]["change_id"]]
    assert "may not open this case" in refused[attacks[1]["change_id"]]
    assert "may not open this person" in refused[attacks[2]["change_id"]]
    assert "Only" in refused[attacks[3]["change_id"]] and "Only" in refused[attacks[4]["change_id"]]
    assert set(answer["applied"]) == {c["change_id"] for c in [*attacks, harmless]}  # dealt with: none blocks
    with office.reading() as session:
        assert session.get(Case, case.id).person_id == person.id
        assert session.get(Note, note.id).case_id == case.id
        assert session.get(IdentityDocument, document.id).person_id == person.id
        assert session.get(Person, person.id).phone == "+7 701 000 0000"
        kept = {r.change_id: r for r in session.scalars(select(AppliedChange).where(AppliedChange.refused.is_not(None)))}
    assert {str(i) for i in kept} >= set(refused) and all(kept[uuid.UUID(i)].change for i in refused)
    # re-sent (the answer was lost): the same refusal, nothing applied
    again = saule.office.push(attacks[:1])
    assert refused_ids(again) == {attacks[0]["change_id"]: refused[attacks[0]["change_id"]]}
    saule.sync()
    from tests.sync.test_conflicts_and_visibility import holds

    assert not holds(saule, hidden_person.id, hidden_case.id)


def test_the_author_is_the_devices_user_and_the_office_audits_the_change(office_of_three, office):
    saule, _dana, boss, (person, _case), _hidden = office_of_three
    forged = change("persons", person.id, "update", {"address": "Алматы, Абая 1", "updated_by": str(boss.actor.user_id)},
                    {"address": None}, made_by=boss.actor.user_id)
    assert not saule.office.push([forged]).get("refused")
    with office.reading() as session:
        stored = session.get(Person, person.id)
        assert stored.address == "Алматы, Абая 1" and stored.updated_by == saule.actor.user_id
        entry = session.scalars(select(AuditEntry).where(AuditEntry.record_id == person.id)
                                .order_by(AuditEntry.seq.desc()).limit(1)).one()
    assert (entry.user_id, entry.action) == (saule.actor.user_id, "change")
    assert entry.details["changes"]["address"] == [None, "Алматы, Абая 1"]


def test_a_forged_conflict_is_refused_and_a_resolution_is_hers(office_of_three, office):
    saule, dana, boss, (person, case), (hidden_person, hidden_case) = office_of_three
    conflict_id = uuid.uuid4()
    forged = change("sync_conflicts", conflict_id, "insert", {
        "id": str(conflict_id), "table_name": "cases", "row_id": str(hidden_case.id), "field": "caseworker_id",
        "kept_value": str(dana.actor.user_id), "other_value": str(saule.actor.user_id),
        "other_by": str(boss.actor.user_id), "case_id": str(hidden_case.id), "person_id": str(hidden_person.id),
        "set_aside": False, "version": 1})
    answer = saule.office.push([forged])
    assert forged["change_id"] in refused_ids(answer)
    with office.reading() as session:
        assert session.get(SyncConflict, conflict_id) is None


def test_the_changes_the_office_refused_are_kept_on_the_laptop_and_counted(office_of_three, office):
    saule, _dana, _boss, (person, case), _hidden = office_of_three
    persons.update_person(saule.db, saule.actor, person.id, person.version, PERSON | {"family_name": "Саулина",
                                                                                      "phone": "555"})
    with saule.db.transaction() as session:  # an edit her laptop let through, which the office's schema refuses
        session.execute(text("UPDATE cases SET status = 'closed', closed_on = '2020-01-01' WHERE id = :id"),
                        {"id": case.id.hex})
        session.add(OutboxEntry(change_id=uuid.uuid4(), table_name="cases", row_id=case.id, operation="update",
                                new={"status": "closed", "closed_on": "2020-01-01"},
                                old={"status": "open", "closed_on": None}, made_at=utcnow(),
                                made_by=saule.actor.user_id))
    result = saule.sync()
    assert result.refused == 1 and laptop.waiting(saule.db) == 0
    [kept] = laptop.refused_changes(saule.db)
    assert kept.change["table"] == "cases" and "date" in kept.refused.lower()
    with office.reading() as session:
        assert session.get(Person, person.id).phone == "555"  # the change behind it went through
    with saule.db.reading() as session:  # and the laptop holds the office's case again
        assert session.get(Case, case.id).status.value == "open"


def test_a_change_the_database_refuses_never_blocks_the_ones_behind_it(office_of_three, office):
    _saule, _dana, boss, (person, _case), _hidden = office_of_three
    orphan = change("stays", uuid.uuid4(), "insert", {"id": str(uuid.uuid4()), "person_id": str(uuid.uuid4()),
                                                     "entry_date": "2024-01-01", "basis": "visa_free", "version": 1})
    behind = change("persons", person.id, "update", {"languages": "uz, ru"}, {"languages": None})
    for _ in range(2):  # and the next push goes through as well
        answer = boss.office.push([orphan, behind])
        assert orphan["change_id"] in refused_ids(answer) and behind["change_id"] not in refused_ids(answer)
    with office.reading() as session:
        assert session.get(Person, person.id).languages == "uz, ru"


def test_referrals_made_offline_on_two_laptops_get_their_own_numbers(office_of_three, office):
    from models.entities import Referral
    from models.services import directory, referrals

    saule, dana, _boss, (_person, case), _hidden = office_of_three
    organisation = directory.add_organisation(office, ADMIN, {"name": "Правовая помощь", "kind": "legal_aid",
                                                              "services": ["legal_aid"]}).value
    _other, other_case = new_case(dana, family_name="Данина")
    dana.sync()
    saule.sync()
    made = [referrals.create_referral(lap.db, lap.actor, {"case_id": c.id, "organisation_id": organisation.id,
                                                          "services": ["legal_aid"], "reason": "Консультация"}).value
            for lap, c in ((saule, case), (dana, other_case))]
    assert made[0].reference == made[1].reference  # each laptop counted on its own
    saule.sync()
    result = dana.sync()
    assert result.refused == 0
    with office.reading() as session:
        numbers = {r.id: r.reference for r in session.scalars(select(Referral).where(
            Referral.id.in_([m.id for m in made])))}
    assert len(numbers) == 2 and len(set(numbers.values())) == 2
    with dana.db.reading() as session:
        assert session.get(Referral, made[1].id).reference == numbers[made[1].id]


def test_dates_are_checked_by_the_services_schema(office_of_three, office):
    saule, _dana, _boss, (_person, case), _hidden = office_of_three
    closing = change("cases", case.id, "update", {"status": "closed", "closed_on": "2020-01-01"},
                     {"status": "open", "closed_on": None})
    reason = refused_ids(saule.office.push([closing])).get(closing["change_id"])
    assert reason and "date" in reason.lower()
    with office.reading() as session:
        assert session.get(Case, case.id).status.value == "open"


def test_a_forged_edit_of_a_record_she_never_held_is_refused_not_set_aside(office_of_three, office):
    """Set aside as a conflict, a forged edit would be shown under her name to whoever holds the record,
    one click from being applied; only an edit of a record that was once hers (reassigned away since) is."""
    saule, _dana, _boss, _mine, (hidden_person, hidden_case) = office_of_three
    forged = [change("persons", hidden_person.id, "update", {"phone": "+7 777 000 00 00"}, {"phone": None}),
              change("cases", hidden_case.id, "update", {"priority": "low"}, {"priority": "normal"}),
              change("notes", uuid.uuid4(), "insert", {"case_id": str(hidden_case.id), "text": "Позвоните мне",
                                                       "version": 1})]
    answer = saule.office.push(forged)
    refused = refused_ids(answer)
    assert set(refused) == {f["change_id"] for f in forged}
    assert "may not open" in refused[forged[0]["change_id"]]
    with office.reading() as session:
        assert session.scalars(select(SyncConflict).where(
            SyncConflict.row_id.in_([hidden_person.id, hidden_case.id]))).all() == []
        assert session.get(Person, hidden_person.id).phone is None
        audited = session.scalars(select(AuditEntry).where(AuditEntry.action == "sync_refused",
                                                           AuditEntry.user_id == saule.actor.user_id)).all()
        assert {str(e.details["change"]) for e in audited} >= {f["change_id"] for f in forged}
