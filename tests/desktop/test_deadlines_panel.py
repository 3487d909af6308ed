"""The deadlines panel names the document, and speaks in words: no seed codes, no group codes."""
from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop import i18n
from models.clock import today
from models.services import records
from tests.desktop.test_case_view import open_view

CODES = re.compile(r"\[\d{3}|REGISTER_30|placeholder|2000-01-01|@\d{4}-")


def _permits(db, actor, person_id) -> None:
    for kind in ("work_permit", "visa"):
        records.add(db, actor, "permit", {"person_id": person_id, "kind": kind, "valid_to": today() + dt.timedelta(days=60),
                                          "valid_from": today() - dt.timedelta(days=30)})
    records.add(db, actor, "stay", {"person_id": person_id, "entry_date": today() - dt.timedelta(days=3),
                                    "basis": "visa_free"})


def test_each_document_is_named_and_nothing_reads_as_a_code(qtbot, ws, case, db, actor) -> None:
    _permits(db, actor, case.person_id)
    view = open_view(qtbot, ws, case)
    panel = view.deadlines
    names = [panel.model.index(row, 0).data() for row in range(panel.model.rowCount())]
    assert "Work permit expires" in names and "Visa expires" in names and "Document expires" not in names
    for row in range(panel.model.rowCount()):
        panel.table.selectRow(row)
        text = panel.explanation.toPlainText()
        assert not CODES.search(text), text
        lines = text.splitlines()
        assert any(line.startswith("Source: ") for line in lines)
        assert any(line.startswith("How well it is verified: ") for line in lines)
        assert not CODES.search(panel.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) or "")  # the tooltip too
    row = names.index("Last day of stay (per entry)")
    panel.table.selectRow(row)
    # The source of the limit applied: Res. 838's 30 days for this Uzbek, not the Tajik agreement (issue 28).
    assert "Resolution No. 838" in panel.explanation.toPlainText()
    assert "Tajikistan" not in panel.explanation.toPlainText()
    panel.show_source()
    box = panel.findChild(QMessageBox, "sourceBox")
    assert box is not None and not CODES.search(box.text()), box.text()
    box.close()


def test_in_russian_and_kazakh_too(qtbot, ws, case, db, actor) -> None:
    _permits(db, actor, case.person_id)
    for language, work_permit in (("ru", "Истекает разрешение на работу"), ("kk", "Жұмысқа рұқсаттың мерзімі бітеді")):
        i18n.install(language)
        view = open_view(qtbot, ws, case)
        panel = view.deadlines
        names = [panel.model.index(row, 0).data() for row in range(panel.model.rowCount())]
        assert work_permit in names
        for row in range(panel.model.rowCount()):
            panel.table.selectRow(row)
            assert not CODES.search(panel.explanation.toPlainText())


def _issue_28_uzbek(db, actor, person_id) -> None:
    """Entered 21 days ago, registered 2 days late, a work permit for a year, a passport expired 57 days ago."""
    from models.services import persons

    def days(n: int) -> dt.date:
        return today() + dt.timedelta(days=n)

    records.add(db, actor, "stay", {"person_id": person_id, "entry_date": days(-21), "basis": "visa_free"})
    records.add(db, actor, "registration", {"person_id": person_id, "registered_on": days(-14)})
    records.add(db, actor, "permit", {"person_id": person_id, "kind": "work_permit", "valid_from": days(-7),
                                      "valid_to": days(357)})
    persons.add_document(db, actor, {"person_id": person_id, "kind": "passport", "number": "FA1234567",
                                     "issuing_country": "UZB", "issued_on": days(-3700), "expires_on": days(-57)})


def _row(panel, name: str) -> int:
    names = [panel.model.index(row, 0).data() for row in range(panel.model.rowCount())]
    assert name in names, names
    return names.index(name)


def test_the_panel_says_why_and_what_is_late_or_expired(qtbot, ws, case, db, actor) -> None:
    """Issue 28 items 3, 5 and 6 as the caseworker reads them in the deadlines panel."""
    _issue_28_uzbek(db, actor, case.person_id)
    view = open_view(qtbot, ws, case)
    panel = view.deadlines
    leave_by = i18n.show_date(today() + dt.timedelta(days=8))
    assert (f"Must leave by {leave_by}: 30 days per entry apply until a temporary residence permit is recorded."
            in panel.summary.text())
    panel.table.selectRow(_row(panel, "Last day of stay (per entry)"))
    assert "A work permit allows work, not a longer stay" in panel.explanation.toPlainText()
    row = _row(panel, "Registration of the place of stay")
    assert panel.model.index(row, 3).data() == "Done" and panel.model.index(row, 2).data() == ""
    panel.table.selectRow(row)
    assert "2 days late" in panel.explanation.toPlainText()
    row = _row(panel, "Passport expires")
    assert (panel.model.index(row, 2).data(), panel.model.index(row, 3).data()) == ("57 days ago", "Overdue")


def test_the_panel_says_why_in_russian_and_kazakh(qtbot, ws, case, db, actor) -> None:
    _issue_28_uzbek(db, actor, case.person_id)
    for language, why, passport in (
            ("ru", "пока не записано разрешение на временное проживание, действует срок 30 дней за один въезд",
             "Истекает паспорт"),
            ("kk", "Уақытша тұруға рұқсат жазылғанша бір келгенде 30 күн шегі қолданылады", "Төлқұжаттың мерзімі бітеді")):
        i18n.install(language)
        view = open_view(qtbot, ws, case)
        assert why in view.deadlines.summary.text()
        _row(view.deadlines, passport)
