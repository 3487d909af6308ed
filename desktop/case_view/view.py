"""The case view: the person, their documents, the case, the timeline, notes and attachments on the
left; the deadlines and the stay planner on the right, always in sight."""
from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from desktop import i18n, labels
from desktop.case_view.deadlines import DeadlinesPanel
from desktop.case_view.history import HistoryPanel
from desktop.case_view.notes import NotesPanel
from desktop.case_view.panels import DocumentsModel, FormPanel, PersonTab
from desktop.case_view.planner import StayPlanner
from desktop.case_view.record_editor import RecordEditor
from desktop.case_view.record_forms import HISTORY_KINDS, kind_name
from desktop.case_view.records_panel import RecordsPanel
from desktop.case_view.timeline_model import TimelineModel
from desktop.opened_files import opened
from desktop.operations import Changes, QueryOp, edits
from desktop.operations.case_file import CaseFile, read_case_file
from desktop.person_form import case_form, person_form
from desktop.trafficking.panel import TraffickingPanel
from desktop.workspace import Workspace
from models.entities import Role
from models.names import full_name
from models.schemas.cases import CaseIn
from models.schemas.persons import PersonIn


class CaseView(QWidget):
    loaded = Signal()  # the case file is shown (tests and the benchmark wait for it)
    title_changed = Signal(str)

    def __init__(self, ws: Workspace, case_id: uuid.UUID, parent=None) -> None:
        super().__init__(parent)
        self.ws, self.case_id = ws, case_id
        self.file: CaseFile | None = None
        self.heading = QLabel(self.tr("Opening the case…"), self)
        self.heading.setObjectName("caseHeading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)  # a long name wraps rather than widening the window past a small screen
        # What the form does not show (a field added later) is sent back as stored, never blanked.
        self.person_panel = FormPanel(person_form(), lambda values, before: edits.update_person(
            ws, parent=self, person_id=self.file.person.id, version=self.file.person.version,
            **_edit(_stored(self.file.person, PersonIn), values, before)), self)
        self.documents_model = DocumentsModel(self)
        self.documents = RecordsPanel(self.documents_model, ("document",),
                                      lambda row: ("document", self.documents_model.documents[row]),
                                      self._document_editor, self, Qt.Orientation.Vertical)
        self.case_panel = FormPanel(case_form(ws.users), lambda values, before: edits.update_case(
            ws, parent=self, case_id=case_id, version=self.file.case.version,
            **_edit(_stored(self.file.case, CaseIn), values, before)), self)
        self.timeline_model = TimelineModel(self)
        self.timeline = RecordsPanel(self.timeline_model, HISTORY_KINDS, lambda row: (
            self.timeline_model.entries[row].kind, self.timeline_model.entries[row].record),
            self._history_editor, self, Qt.Orientation.Vertical)  # long details: the editor goes below
        self.notes = NotesPanel(ws, self)
        self.deadlines = DeadlinesPanel(self)
        self.planner = StayPlanner(ws, self)
        self.tabs = QTabWidget(self)
        # Every tab in sight at 1024 pixels: names shortened (in full in their tooltips), no scroll arrows.
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.addTab(PersonTab(self.person_panel, self.documents), self.tr("Person and documents"))
        self.tabs.addTab(self.case_panel, self.tr("Case"))
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(self.notes, self.tr("Notes and attachments"))
        self.trafficking = TraffickingPanel(ws, case_id, self)
        self.tabs.addTab(self.trafficking, self.tr("Trafficking and referrals"))
        self.history: HistoryPanel | None = None  # (added below, for supervisors)
        if Role.supervisor in ws.actor.roles:  # the services refuse the history to anyone else anyway
            self.history = HistoryPanel(ws, case_id, self)
            self.tabs.addTab(self.history, self.tr("History"))
        for index in range(self.tabs.count()):
            self.tabs.setTabToolTip(index, self.tabs.tabText(index))
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.deadlines, 1)
        column.addWidget(self.planner)
        self.splitter = splitter = QSplitter(self)
        self._sized = False
        splitter.addWidget(self.tabs)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        for panel in (self.person_panel, self.case_panel):
            panel.reload_requested.connect(self.discard_and_reload)
        ws.changed.connect(self._on_changes)
        # The attachments opened from this case are deleted with its tab (a plain function: no `self`).
        self.destroyed.connect(lambda *_: opened.forget(case_id))
        self.load()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """The first time shown: 3/5 for the tabs, 2/5 for the deadlines (each at least what it needs),
        so a wide screen gives the deadlines room rather than the form empty space."""
        super().showEvent(event)
        if not self._sized and self.width() > 0:
            self._sized = True
            self.splitter.setSizes([self.width() * 3 // 5, self.width() * 2 // 5])

    # --- loading ----------------------------------------------------------------

    def load(self) -> None:
        lang, case_id = i18n.current(), self.case_id
        QueryOp(self.ws, parent=self, op=lambda db, actor: read_case_file(db, actor, case_id, lang),
                success=self._show).run_in_background()

    def _show(self, file: CaseFile) -> None:
        self.file = file
        person, case = file.person, file.case
        name = full_name(person.family_name, person.given_name, person.patronymic)
        born = i18n.show_date(person.birth_date) if person.birth_date else str(person.birth_year or "")
        facts = [labels.country(person.citizenship), born, labels.value(case.category), labels.value(case.status)]
        self.heading.setText(f"<span style='font-size:16pt; font-weight:600'>{name}</span>"
                             f"&nbsp;&nbsp;<span style='color:#555'>{' · '.join(filter(None, facts))}</span>")
        self.person_panel.show_record(person)
        self.case_panel.show_record(case)
        self.documents_model.set_documents(file.documents)
        self.timeline_model.set_history(file.history, case)
        self.notes.case_id = case.id
        self.notes.set_content(file.notes, file.attachments)
        self.deadlines.set_deadlines(file.deadlines)
        self.planner.person_id = person.id
        if self.history is not None:
            self.history.load()
        self.title_changed.emit(f"{person.family_name} {person.given_name}")
        self.loaded.emit()

    def _on_changes(self, changes: Changes, _initiator: object) -> None:
        if self.file is not None and changes.concerns(person_id=self.file.person.id, case_id=self.case_id):
            if changes.history or changes.person:  # the planner's answer was about the stays as they were
                self.planner.clear()
            self.load()

    def discard_and_reload(self) -> None:
        """After a conflict: show what is stored now, dropping this window's unsaved edits."""
        self.person_panel.form.dirty = self.case_panel.form.dirty = False
        self.load()

    # --- editing -----------------------------------------------------------------

    def _document_editor(self, kind: str, record: object | None) -> RecordEditor:
        person_id = self.file.person.id
        return RecordEditor(kind, record, lambda data, rec, _before: edits.save_document(
            self.ws, parent=self, person_id=person_id, record_id=rec.id if rec else None,
            version=rec.version if rec else None, data=data),
            lambda rec: edits.archive_document(self.ws, parent=self, person_id=person_id, record_id=rec.id,
                                               version=rec.version), parent=self)

    def _history_editor(self, kind: str, record: object | None) -> RecordEditor:
        person_id = self.file.person.id
        what = kind_name(kind).lower()
        label = self.tr("Add {0}").format(what) if record is None else self.tr("Change {0}").format(what)
        return RecordEditor(kind, record, lambda data, rec, before: edits.save_history(
            self.ws, parent=self, kind=kind, person_id=person_id, record_id=rec.id if rec else None,
            version=rec.version if rec else None, data=data, before=before, label=label),
            lambda rec: edits.archive_history(self.ws, parent=self, kind=kind, person_id=person_id,
                                              record_id=rec.id, version=rec.version), self.ws.employers, self)

    @property
    def dirty(self) -> bool:
        return any((self.person_panel.form.dirty, self.case_panel.form.dirty, self.documents.dirty,
                    self.timeline.dirty, self.notes.dirty))

    def save(self) -> None:
        """Ctrl+S: save whatever is being edited in this case."""
        self.person_panel.save()
        self.case_panel.save()
        for panel in (self.documents, self.timeline):
            if panel.editor is not None and panel.editor.dirty:
                panel.editor.save()
        if self.notes.dirty:
            self.notes.add_note()

    def person_name(self) -> str:
        if self.file is None:
            return ""
        p = self.file.person
        return full_name(p.family_name, p.given_name, p.patronymic)


def _stored(record: object, schema: type) -> dict:
    """The record's values for every field the schema takes."""
    return record.model_dump(include=set(schema.model_fields))


def _edit(stored: dict, values: dict, before: dict) -> dict:
    """What a Save sends: the stored record with only the fields the caseworker changed in the form, and
    for Undo the record as it was stored (which differs from the saved one in those fields alone). A field the form shows but was not touched
    is never written, so a box that shows a value imperfectly cannot overwrite what is stored."""
    changed = {name: value for name, value in values.items() if value != before.get(name)}
    return {"data": stored | changed, "before": stored}
