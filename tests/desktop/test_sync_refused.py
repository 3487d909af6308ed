"""A change the office refused is said in the window, with the office's reason (issue 25)."""
from __future__ import annotations

import uuid

from sqlalchemy import text

from models.clock import utcnow
from models.entities import OutboxEntry
from models.sync import laptop
from tests.desktop.test_sync_ui import office, office_server, open_window, sync_office, wait_synced, windows
from tests.sync.helpers import make_laptop
from tests.sync.test_push_pull import new_case

__all__ = ["office", "office_server", "sync_office", "windows"]  # the module's fixtures


def test_a_refused_change_is_said_with_its_reason(qtbot, tmp_path, settings, office, office_server, windows):
    saule = make_laptop(tmp_path, office, office_server, "saule")
    _person, case = new_case(saule)
    window = open_window(qtbot, saule.db, saule.actor, settings)
    windows.append(window)
    wait_synced(qtbot, window)
    with saule.db.transaction() as session:  # an edit the office's checks refuse (closed before it was opened)
        session.execute(text("UPDATE cases SET status = 'closed', closed_on = '2020-01-01' WHERE id = :id"),
                        {"id": case.id.hex})
        session.add(OutboxEntry(change_id=uuid.uuid4(), table_name="cases", row_id=case.id, operation="update",
                                new={"status": "closed", "closed_on": "2020-01-01"},
                                old={"status": "open", "closed_on": None}, made_at=utcnow(),
                                made_by=saule.actor.user_id))
    window.sync_status.actions["sync_now"].trigger()
    assert wait_synced(qtbot, window).refused == 1
    notice = window.sync_status.notice
    assert notice.text().startswith("The office refused 1 change from this laptop: ")
    assert laptop.refused_changes(saule.db)[0].refused in notice.text()
    qtbot.waitUntil(notice.isVisible, timeout=10_000)
