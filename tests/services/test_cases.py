"""Cases, notes and attachments."""
from __future__ import annotations

import datetime as dt

import pytest

from models.services import cases
from models.services.errors import ValidationFailed


def test_closing_needs_a_reason_and_a_date(db, actor, case) -> None:
    data = case.model_dump(include=set(type(case).model_fields) - {"id", "version", "created_at", "updated_at",
                                                                     "archived_at"})
    with pytest.raises(ValidationFailed) as caught:
        cases.update_case(db, actor, case.id, case.version, data | {"status": "closed"})
    assert caught.value.errors[0].field == "closed_reason"
    closed = cases.update_case(db, actor, case.id, case.version,
                               data | {"status": "closed", "closed_on": dt.date(2024, 9, 1),
                                       "closed_reason": "Returned home"})
    assert closed.status == "closed" and closed.version == 2


def test_attachment_bytes_are_stored_and_read_back(db, actor, case) -> None:
    scan = b"%PDF-1.4 scanned passport" * 100
    saved = cases.add_attachment(db, actor, {"case_id": case.id, "filename": "passport.pdf",
                                             "media_type": "application/pdf", "content": scan})
    assert saved.size == len(scan)
    assert [a.filename for a in cases.attachments_of(db, case.id)] == ["passport.pdf"]
    assert cases.attachment_content(db, saved.id) == scan


def test_notes_keep_their_author(db, actor, case) -> None:
    cases.add_note(db, actor, {"case_id": case.id, "text": "Called the employer about the contract."})
    with pytest.raises(ValidationFailed, match="Text: must not be empty"):
        cases.add_note(db, actor, {"case_id": case.id, "text": "  "})
    assert [n.created_by for n in cases.notes_of(db, case.id)] == [actor.user_id]
