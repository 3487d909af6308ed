"""The case view's whole file from one service call in one read session (issue 13 item 5)."""
from __future__ import annotations

import contextlib
import datetime as dt

from sqlalchemy import select

from models.entities import AuditEntry
from models.schemas.case_file import CaseFileOut, ObligationOut
from models.services import case_file, cases, directory, persons, records


def count_sessions(db, monkeypatch) -> dict[str, int]:
    """How many read sessions and write transactions the database opens from now on."""
    opened = {"reading": 0, "transaction": 0}
    for kind in opened:
        original = getattr(db, kind)

        @contextlib.contextmanager
        def counted(original=original, kind=kind):
            opened[kind] += 1
            with original() as session:
                yield session

        monkeypatch.setattr(db, kind, counted)
    return opened


def test_the_case_file_is_one_read(db, actor, person, case, monkeypatch) -> None:
    directory.ensure_seeded(db)  # a database that has had its first case (the seed list is added once)
    persons.add_document(db, actor, {"person_id": person.id, "kind": "passport", "number": "FA1234567",
                                     "issuing_country": "UZB", "expires_on": "2030-01-01"})
    records.add(db, actor, "stay", {"person_id": person.id, "entry_date": dt.date(2024, 5, 10),
                                    "basis": "visa_free"})
    cases.add_note(db, actor, {"case_id": case.id, "text": "First visit."})
    opened = count_sessions(db, monkeypatch)
    found = case_file.case_file(db, actor, case.id, "ru")
    assert opened == {"reading": 1, "transaction": 0}
    assert isinstance(found, CaseFileOut) and found.case.id == case.id and found.person.id == person.id
    assert [d.number for d in found.documents] == ["FA1234567"] and len(found.records.stay) == 1
    assert [n.text for n in found.notes] == ["First visit."]
    assert found.number.startswith("QMQ-2024-") and found.trafficking.case_id == case.id
    assert found.deadlines.items and all(isinstance(item, ObligationOut) for item in found.deadlines.items)
    assert any("регистр" in item.explanation.lower() for item in found.deadlines.items)  # in the language asked


def test_a_sensitive_case_is_read_in_one_session_and_its_viewing_written_in_another(db, actor, person,
                                                                                    monkeypatch) -> None:
    directory.ensure_seeded(db)
    sensitive = cases.open_case(db, actor, {"person_id": person.id, "category": "trafficking_survivor",
                                            "opened_on": dt.date(2024, 5, 12), "sensitive": True}).value
    opened = count_sessions(db, monkeypatch)
    case_file.case_file(db, actor, sensitive.id)
    assert opened == {"reading": 1, "transaction": 1}
    monkeypatch.undo()
    with db.reading() as session:
        viewed = list(session.scalars(select(AuditEntry.record_id).where(AuditEntry.action == "view")))
    assert viewed == [sensitive.id]
