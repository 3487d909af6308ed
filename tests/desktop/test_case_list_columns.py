"""The case list: a case number and the opening date; "No deadline" for open cases with nothing due,
nothing at all for closed cases."""
from __future__ import annotations

import datetime as dt
import re

from desktop.case_list.model import DEADLINE, NEXT_DUE, NUMBER, OPENED
from models.clock import today
from models.services import cases, persons, records
from tests.desktop.conftest import idle


def _row(model, name: str) -> int:
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data().startswith(name))


def test_number_opened_date_and_deadline_words(qtbot, ws, window, case, db, actor) -> None:
    closed_person = persons.create_person(db, actor, {"family_name": "Bekov", "given_name": "Timur",
                                                      "citizenship": "KGZ", "birth_year": 1990}).value
    closed = cases.open_case(db, actor, {"person_id": closed_person.id, "category": "labour_migrant",
                                         "opened_on": "2024-03-01"}).value
    records.add(db, actor, "permit", {"person_id": closed_person.id, "kind": "work_permit",
                                      "valid_from": today() - dt.timedelta(days=300),
                                      "valid_to": today() - dt.timedelta(days=3)})
    cases.update_case(db, actor, closed.id, closed.version, closed.model_dump(include=set(cases.CaseIn.model_fields))
                      | {"status": "closed", "closed_on": today(), "closed_reason": "Left the country"})
    window.case_list.load()
    idle(qtbot, ws)
    model = window.case_list.model
    header = window.case_list.table.horizontalHeader()
    assert model.headerData(NUMBER, header.orientation()) == "Case number"
    assert model.headerData(OPENED, header.orientation()) == "Opened on"
    assert header.visualIndex(NUMBER) == 0  # the number comes first
    open_row, closed_row = _row(model, "Юсупов"), _row(model, "Bekov")
    assert re.fullmatch(r"QMQ-2024-[0-9A-F]{6}", model.index(open_row, NUMBER).data())
    assert model.index(open_row, NUMBER).data() == f"QMQ-2024-{case.id.hex[:6].upper()}"
    assert model.index(open_row, OPENED).data() == "12/05/2024"
    assert model.index(open_row, DEADLINE).data() == "No deadline"
    assert model.index(closed_row, DEADLINE).data() == ""
    assert model.index(closed_row, NEXT_DUE).data() == ""
