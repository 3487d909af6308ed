"""Every custom model passes Qt's model tester, on real data."""
from __future__ import annotations

import datetime as dt

from desktop.case_list.model import CaseListModel
from desktop.case_view.deadlines import DeadlinesModel
from desktop.case_view.panels import DocumentsModel
from desktop.case_view.timeline_model import TimelineModel
from desktop.find_box import MatchModel
from desktop.operations.case_file import read_case_file
from models.clock import today
from models.services import cases, persons, records, search
from tests.desktop.conftest import idle


def filled_case(db, actor, person, case):
    persons.add_document(db, actor, {"person_id": person.id, "kind": "passport", "number": "FA1234567",
                                     "issuing_country": "UZB", "expires_on": "2030-01-01"})
    records.add(db, actor, "stay", {"person_id": person.id, "entry_date": today() - dt.timedelta(days=40),
                                    "basis": "visa_free"})
    records.add(db, actor, "permit", {"person_id": person.id, "kind": "work_permit", "number": "WP-1",
                                      "valid_from": today() - dt.timedelta(days=30),
                                      "valid_to": today() + dt.timedelta(days=300)})
    cases.add_note(db, actor, {"case_id": case.id, "text": "First visit."})
    return read_case_file(db, actor, case.id, "en")


def test_case_list_model(qtbot, qtmodeltester, ws, db, actor, person, case) -> None:
    filled_case(db, actor, person, case)
    model = CaseListModel(ws)
    model.reload()
    idle(qtbot, ws)
    assert model.rowCount() == 1
    assert model.index(0, 6).data().startswith("Overdue by ")  # per-entry limit: 30 days, 40 ago
    qtmodeltester.check(model)


def test_case_list_model_when_empty(qtbot, qtmodeltester, ws) -> None:
    model = CaseListModel(ws)
    model.reload()
    idle(qtbot, ws)
    qtmodeltester.check(model)


def test_case_view_models(qtmodeltester, db, actor, person, case) -> None:
    file = filled_case(db, actor, person, case)
    timeline = TimelineModel()
    timeline.set_records(file.records, file.case)
    assert [e.kind for e in timeline.entries] == ["permit", "stay", "case_opened"]  # newest first
    deadlines = DeadlinesModel()
    deadlines.set_items(file.deadlines.items)
    documents = DocumentsModel()
    documents.set_documents(file.documents)
    for model in (timeline, deadlines, documents):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_match_model(qtmodeltester, db, actor, person) -> None:
    model = MatchModel()
    model.set_matches(search.find(db, actor, "Yusupov"))
    assert model.rowCount() == 1
    qtmodeltester.check(model)
