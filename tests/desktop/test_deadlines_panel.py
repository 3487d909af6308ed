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
    assert "citizens of Tajikistan" in panel.explanation.toPlainText()
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
