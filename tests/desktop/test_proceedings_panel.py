"""Issue 29 item 5 in the window: an administrative case is added and edited in the case's history like a stay
or an expulsion, its appeal deadline appears among the case's deadlines, in English, Russian and Kazakh."""
from __future__ import annotations

import datetime as dt
import os

from PySide6.QtCore import Qt

from desktop import i18n
from models.clock import today
from tests.desktop.conftest import idle, type_text
from tests.desktop.test_case_view import open_view


def test_an_administrative_case_is_added_and_its_appeal_deadline_shown(qtbot, ws, case) -> None:
    view = open_view(qtbot, ws, case)
    view.tabs.setCurrentWidget(view.timeline)
    editor = view.timeline.edit("proceeding", None)
    decided = today() - dt.timedelta(days=2)
    type_text(qtbot, editor.form.editors["offence"], "Art. 517 — work without a permit")
    type_text(qtbot, editor.form.editors["protocol_on"], i18n.show_date(decided))
    editor.form.editors["decision"].set_value("liable")
    type_text(qtbot, editor.form.editors["decided_on"], i18n.show_date(decided))
    type_text(qtbot, editor.form.editors["fine_amount"], "-5")  # the field takes no minus sign
    assert editor.form.editors["fine_amount"].text() == "5"
    editor.form.editors["fine_amount"].set_value(None)
    type_text(qtbot, editor.form.editors["fine_amount"], "73840")
    editor.form.editors["expulsion"].click()  # the box only (a click in the middle of a wide row misses it)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    idle(qtbot, ws)
    qtbot.waitUntil(lambda: any(i.rule == "proceedings.appeal" for i in view.deadlines.model.items))
    [appeal] = [i for i in view.deadlines.model.items if i.rule == "proceedings.appeal"]
    assert (appeal.due, appeal.status) == (decided + dt.timedelta(days=10), "ok")
    assert "offer legal aid" in appeal.explanation
    row = [i.rule for i in view.deadlines.model.items].index("proceedings.appeal")
    assert view.deadlines.model.index(row, 0).data() == "Appeal the administrative decision"
    assert view.timeline_model.index(0, 2).data() == (
        f"Art. 517 — work without a permit: Found liable on {i18n.show_date(decided)}, fine 73840 ₸, expulsion")
    assert ws.undo.undo_label == "Add administrative case"

    # Recording the appeal, in place, meets the deadline.
    view.timeline.table.clicked.emit(view.timeline_model.index(0, 0))
    editor = view.timeline.editor
    assert editor is not None and editor.form.editors["expulsion"].value() is True
    type_text(qtbot, editor.form.editors["appealed_on"], i18n.show_date(today()))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    idle(qtbot, ws)
    qtbot.waitUntil(lambda: [i.status for i in view.deadlines.model.items if i.rule == "proceedings.appeal"] == ["met"])


def test_a_fine_for_a_person_not_found_liable_is_refused_under_its_field(qtbot, ws, case) -> None:
    view = open_view(qtbot, ws, case)
    editor = view.timeline.edit("proceeding", None)
    type_text(qtbot, editor.form.editors["offence"], "Art. 496")
    editor.form.editors["decision"].set_value("not_liable")
    type_text(qtbot, editor.form.editors["decided_on"], "03.06.2024")
    type_text(qtbot, editor.form.editors["fine_amount"], "1000")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    idle(qtbot, ws)
    assert editor.form.error_text("fine_amount") == "applies only to a person found liable"
    assert view.timeline_model.rowCount() == 1  # nothing saved: only "case opened"


def test_screenshots_in_russian_and_kazakh(qtbot, ws, case, db, actor, tmp_path) -> None:
    """The history with an administrative case and its deadline, at 1024×700 (saved where QAMQOR_SHOTS says)."""
    from models.services import records

    decided = today() - dt.timedelta(days=8)
    records.add(db, actor, "proceeding", {"person_id": case.person_id, "offence": "Ст. 517 — работа без разрешения",
                                          "protocol_on": decided - dt.timedelta(days=2), "hearing_on": decided,
                                          "decision": "liable", "decided_on": decided, "fine_amount": 73840,
                                          "expulsion": True})
    folder = os.environ.get("QAMQOR_SHOTS") or str(tmp_path)
    for language in ("ru", "kk"):
        i18n.install(language)
        view = open_view(qtbot, ws, case)
        view.resize(1024, 700)
        view.tabs.setCurrentWidget(view.timeline)
        qtbot.waitUntil(lambda v=view: v.timeline_model.rowCount() == 2)
        view.timeline.table.clicked.emit(view.timeline_model.index(0, 0))
        qtbot.waitUntil(lambda v=view: any(i.rule == "proceedings.appeal" for i in v.deadlines.model.items))
        qtbot.waitUntil(lambda v=view: v.timeline.editor is not None and v.timeline.editor.isVisible())
        qtbot.wait(100)  # the editor's first paint
        assert view.grab().save(f"{folder}/proceedings-{language}.png")
        view.close()
