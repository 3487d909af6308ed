"""The case view: edit in place, see the deadlines follow, read the services' refusals beside the fields."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop import i18n
from desktop.case_view.view import CaseView
from models.clock import today
from models.services import deadlines, persons
from tests.desktop.conftest import idle, type_text


def open_view(qtbot, ws, case) -> CaseView:
    view = CaseView(ws, case.id)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitUntil(lambda: view.file is not None)
    return view



def test_adding_a_stay_shows_its_deadlines(qtbot, ws, case) -> None:
    view = open_view(qtbot, ws, case)
    assert view.deadlines.model.rowCount() == 0
    view.tabs.setCurrentWidget(view.timeline)
    editor = view.timeline.edit("stay", None)
    entered = today() - dt.timedelta(days=3)
    type_text(qtbot, editor.form.editors["entry_date"], i18n.show_date(entered))
    editor.form.editors["basis"].set_value("visa_free")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    idle(qtbot, ws)
    qtbot.waitUntil(lambda: view.deadlines.model.rowCount() > 0)
    rules = {item.rule: item for item in view.deadlines.model.items}
    assert rules["stay.per_entry"].due == entered + dt.timedelta(days=29)
    assert "stay.per_entry" in rules and "registration.deadline" in rules
    row = [i.rule for i in view.deadlines.model.items].index("stay.per_entry")
    assert view.deadlines.model.index(row, 0).data() == "Last day of stay (per entry)"
    assert view.deadlines.model.index(row, 2).data() == "26 days"
    assert [e.kind for e in view.timeline_model.entries] == ["stay", "case_opened"]
    assert view.timeline_model.index(0, 2).data().startswith(f"Entered {i18n.show_date(entered)} (Visa-free)")
    assert ws.undo.undo_label == "Add stay"


def test_a_refused_stay_shows_the_reason_under_the_field(qtbot, ws, case) -> None:
    view = open_view(qtbot, ws, case)
    editor = view.timeline.edit("stay", None)
    type_text(qtbot, editor.form.editors["entry_date"], "10.05.2024")
    type_text(qtbot, editor.form.editors["exit_date"], "01.05.2024")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    idle(qtbot, ws)
    assert editor.form.error_text("exit_date") == "must not be before the entry date (10/05/2024)"
    assert editor.form.error_text("entry_date") == ""
    assert view.timeline_model.rowCount() == 1  # nothing saved: only "case opened"


def test_a_date_that_is_not_a_date_is_refused_before_saving(qtbot, ws, case) -> None:
    view = open_view(qtbot, ws, case)
    editor = view.timeline.edit("registration", None)
    type_text(qtbot, editor.form.editors["registered_on"], "31.02.2024")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.form.error_text("registered_on") == "This is not a date. Write it as 31/12/2024 or 31122024."


def test_editing_the_person_in_place(qtbot, ws, case, db, actor) -> None:
    view = open_view(qtbot, ws, case)
    form = view.person_panel.form
    type_text(qtbot, form.editors["phone"], "+7 701 123 45 67")
    assert view.dirty and view.person_panel.save_button.isEnabled()
    view.save()
    idle(qtbot, ws)
    assert persons.get_person(db, actor, case.person_id).phone == "+7 701 123 45 67"
    assert not view.dirty


def test_an_invalid_iin_is_explained_next_to_it(qtbot, ws, case) -> None:
    view = open_view(qtbot, ws, case)
    type_text(qtbot, view.person_panel.form.editors["iin"], "123")
    view.save()
    idle(qtbot, ws)
    assert view.person_panel.form.error_text("iin") == "must be 12 digits with a correct control digit"


def test_a_change_made_elsewhere_is_a_conflict_offering_to_reload(qtbot, ws, case, db, actor) -> None:
    view = open_view(qtbot, ws, case)
    person = persons.get_person(db, actor, case.person_id)
    persons.update_person(db, actor, person.id, person.version,
                          person.model_dump(include=set(persons.PersonIn.model_fields)) | {"phone": "1"})
    type_text(qtbot, view.person_panel.form.editors["phone"], "2")
    view.save()
    idle(qtbot, ws)
    box = view.findChild(QMessageBox, "errorBox")
    assert box is not None and "Someone else changed this record" in box.text()
    reload = next(b for b in box.buttons() if b.text() == "Reload")
    qtbot.mouseClick(reload, Qt.MouseButton.LeftButton)
    idle(qtbot, ws)
    assert view.person_panel.form.editors["phone"].value() == "1"


def test_the_stay_planner_answers(qtbot, ws, case, db, actor) -> None:
    view = open_view(qtbot, ws, case)
    entry = today() + dt.timedelta(days=10)
    type_text(qtbot, view.planner.entry, i18n.show_date(entry))
    qtbot.mouseClick(view.planner.ask, Qt.MouseButton.LeftButton)
    idle(qtbot, ws)
    days = deadlines.plan_stay(db, actor, case.person_id, entry)
    last = i18n.show_date(entry + dt.timedelta(days=days - 1))
    assert view.planner.answer.text().startswith(f"They may stay up to {days} days, until {last} inclusive.")


def test_notes_are_added(qtbot, ws, case) -> None:
    view = open_view(qtbot, ws, case)
    view.tabs.setCurrentWidget(view.notes)
    qtbot.keyClicks(view.notes.new_note, "Came with a letter from the employer.")
    qtbot.mouseClick(view.notes.add_note_button, Qt.MouseButton.LeftButton)
    idle(qtbot, ws)
    assert view.notes.notes.count() == 1
    assert view.notes.notes.item(0).text().endswith("Came with a letter from the employer.")


def test_a_scan_is_attached(qtbot, ws, case, tmp_path) -> None:
    view = open_view(qtbot, ws, case)
    scan = tmp_path / "passport.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    view.notes.attach(scan)
    idle(qtbot, ws)
    assert view.notes.attachments.count() == 1
    assert view.notes.attachments.item(0).text().startswith("passport.pdf (")


def test_a_supervisor_reads_the_case_history_and_a_caseworker_has_no_such_tab(qtbot, db, ws, case) -> None:
    from desktop.workspace import Workspace
    from models.services import accounts
    from models.services.base import Actor

    assert open_view(qtbot, ws, case).history is None  # ws: the caseworker
    supervisor = Actor.of(accounts.create_account(db, Actor.system(), {
        "username": "dana", "full_name": "Dana Serikova", "role": "supervisor", "password": "correct horse battery"}).value)
    boss = Workspace(db, supervisor, "Dana Serikova")
    view = open_view(qtbot, boss, case)
    qtbot.waitUntil(lambda: view.history.table.rowCount() >= 2)
    table = view.history.table
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    assert ["Aigerim Nurlanovna", "created", "cases"] in [row[1:4] for row in rows]
    idle(qtbot, boss)
    boss.worker.shutdown()


def test_printing_a_case_is_audited_before_the_page_is_printed(qtbot, ws, case, db, tmp_path) -> None:
    from PySide6.QtPrintSupport import QPrinter
    from sqlalchemy import select

    from desktop.printing import print_audited
    from models.entities import AuditEntry

    view = open_view(qtbot, ws, case)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "case.pdf"))
    print_audited(view, view, printer)
    qtbot.waitUntil(lambda: (tmp_path / "case.pdf").exists(), timeout=10_000)
    assert (tmp_path / "case.pdf").read_bytes().startswith(b"%PDF")
    with db.reading() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert (last.action, last.entity, last.record_id) == ("print", "cases", case.id)
    assert last.user_id == ws.actor.user_id


def test_dates_are_typed_as_kazakhstan_writes_them(qtbot, ws, case) -> None:
    import datetime as dt

    view = open_view(qtbot, ws, case)
    editor = view.timeline.edit("registration", None)
    field = editor.form.editors["registered_on"]
    for typed in ("02122026", "2.12.2026", "02/12/2026", "02.12.2026", "2026-12-02", "2-12-2026"):
        field.clear()
        type_text(qtbot, field, typed)
        assert field.value() == dt.date(2026, 12, 2), typed
        assert field.problem() is None
    for language, expected in (("ru", "Это не дата. Напишите её так: 31.12.2024 или 31122024."),
                               ("kk", "Бұл күн емес. Былай жазыңыз: 31.12.2024 немесе 31122024.")):
        i18n.install(language)
        field.clear()
        type_text(qtbot, field, "31022024")
        assert field.problem() == expected


def test_an_overlapping_stay_is_refused_under_its_field_and_a_future_one_is_a_planned_trip(qtbot, ws, case, db,
                                                                                         actor) -> None:
    import datetime as dt

    from models.services import records

    records.add(db, actor, "stay", {"person_id": case.person_id, "entry_date": "2024-03-01",
                                    "exit_date": "2024-05-20", "basis": "visa_free"})
    view = open_view(qtbot, ws, case)
    view.tabs.setCurrentWidget(view.timeline)
    editor = view.timeline.edit("stay", None)
    type_text(qtbot, editor.form.editors["entry_date"], "01.05.2024")
    editor.form.editors["basis"].set_value("visa_free")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    idle(qtbot, ws)
    assert editor.form.error_text("entry_date") == "overlaps the stay from 01/03/2024 to 20/05/2024"
    entry = today() + dt.timedelta(days=20)
    records.add(db, actor, "stay", {"person_id": case.person_id, "entry_date": entry, "basis": "visa_free"})
    view.load()
    qtbot.waitUntil(lambda: view.timeline_model.rowCount() == 3)
    planned = view.timeline_model.entries[0]
    assert view.timeline_model.index(0, 2).data() == f"Planned trip: entering {i18n.show_date(entry)} (Visa-free)"
    assert planned.kind == "stay" and "still in the country" not in view.timeline_model.index(0, 2).data()
    assert view.deadlines.summary.text().startswith("Not in Kazakhstan now")
