"""Reports › Anonymous trafficking data (HTCDS)…: a supervisor's menu item; the export runs in the background
and says what it left out (issue 30 item 3)."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from desktop.main_window import MainWindow
from desktop.workspace import Workspace
from models.entities import AuditEntry
from models.services import screening, trafficking_facts
from tests.desktop.conftest import idle
from tests.services.test_duplicates import supervisor  # noqa: F401  (fixture)


def test_a_supervisor_exports_the_anonymous_data_from_the_reports_menu(qtbot, db, ws, actor, case, supervisor,  # noqa: F811
                                                                       settings, tmp_path) -> None:
    caseworkers = MainWindow(ws, settings)
    qtbot.addWidget(caseworkers)
    assert caseworkers.findChild(type(caseworkers.undo_action), "htcdsAction") is None
    screening.record_assessment(db, actor, {"case_id": case.id, "assessed_on": "2024-06-02",
                                            "outcome": "identified_victim", "assessed_by": "ngo"})
    trafficking_facts.save_facts(db, actor, {"case_id": case.id, "exploitation": ["labour"],
                                             "identification": "identified_victim", "identified_on": "2024-06-02"})
    sws = Workspace(db, supervisor, "Gulnara Supervisor")
    window = MainWindow(sws, settings)
    qtbot.addWidget(window)
    window.findChild(type(window.undo_action), "htcdsAction").trigger()
    dialog = window.htcds_dialog
    dialog.start.set_value(dt.date(2024, 1, 1))
    dialog.end.set_value(dt.date(2024, 12, 31))
    dialog.format.set_value("csv")
    dialog.export(tmp_path / "victims.csv")
    qtbot.waitUntil(lambda: dialog.summary.isVisible())
    idle(qtbot, sws)
    assert "0 of 1 victims" in dialog.summary.text() and "1 rows" in dialog.summary.text()  # one victim: k hides her
    assert (tmp_path / "victims.csv").exists() and (tmp_path / "victims.about.csv").exists()
    with db.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.entity == "htcds")).one()
    assert entry.user_id == supervisor.user_id and entry.details["period_to"] == "2024-12-31"
    sws.worker.shutdown()
