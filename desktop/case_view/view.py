"""The case view: the person, their documents, the case, the timeline, notes and attachments on the
left; the deadlines and the stay planner on the right, always in sight."""
from __future__ import annotations

from pydantic import BaseModel
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSplitter, QTabWidget, QVBoxLayout, QWidget

from desktop import i18n, labels, memory
from desktop.case_view.audit_trail import AuditTrailPanel
from desktop.case_view.deadlines import DeadlinesPanel
from desktop.case_view.family import FamilyPanel
from desktop.case_view.notes import NotesPanel
from desktop.case_view.panels import DocumentsModel, FormPanel, PersonTab
from desktop.case_view.planner import StayPlanner
from desktop.case_view.record_editor import RecordEditor
from desktop.case_view.record_forms import HISTORY_KINDS, kind_name
from desktop.case_view.records_panel import RecordsPanel
from desktop.case_view.services import ServicesPanel
from desktop.case_view.timeline_model import TimelineModel
from desktop.opened_files import opened
from desktop.operations import Changes, edits
from desktop.operations.case_file import case_file
from desktop.person_form import case_form, person_form
from desktop.trafficking.panel import TraffickingPanel
from desktop.workspace import Workspace
from models import clock, minors
from models.entities import Role
from models.ids import CaseId
from models.names import full_name
from models.schemas.case_file import CaseFileOut
from models.schemas.cases import CaseIn
from models.schemas.common import Output
from models.schemas.persons import PersonIn


class CaseView(QWidget):
    loaded = Signal()  # the case file is shown (tests and the benchmark wait for it)
    open_case = Signal(object)  # another case to open (a relative's, from the family panel)
    title_changed = Signal(str)

    def __init__(self, ws: Workspace, case_id: CaseId, parent=None) -> None:
        super().__init__(parent)
        self.ws, self.case_id = ws, case_id
        self.file: CaseFileOut | None = None
        self.heading = QLabel(self.tr("Opening the case…"), self)
        self.heading.setObjectName("caseHeading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)  # a long name wraps rather than widening the window past a small screen
        self.deadlines = DeadlinesPanel(self)
        self.planner = StayPlanner(ws, self)
        self.tabs = _Tabs(self)
        # Every tab in sight at 1024 pixels: names shortened (in full in their tooltips), no scroll arrows.
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        # Each tab's widgets are made when it is first shown (or asked for): opening a case builds the
        # person tab alone, so the window never waits for forms nobody looks at yet (issue 11: < 100 ms).
        self._built: dict[str, QWidget] = {}
        self._pages: dict[str, _Page] = {}
        # One short word a tab, so that six fit at 1024 pixels in Russian and Kazakh too (nothing elided);
        # the tooltip says what the tab holds in full.
        tabs = [("person", self.tr("Person"), self.tr("Person and documents")),
                ("case", self.tr("Case"), self.tr("Case")),
                ("timeline", self.tr("Timeline"), self.tr("Timeline")),
                ("notes", self.tr("Notes"), self.tr("Notes and attachments")),
                ("trafficking", self.tr("Trafficking"), self.tr("Trafficking and referrals")),
                ("services", self.tr("Services"), self.tr("Referred to us, and the services given"))]
        if Role.supervisor in ws.actor.roles:  # the services refuse the history to anyone else anyway
            tabs.append(("history", self.tr("History"), self.tr("History")))
        for key, title, full in tabs:
            page = self._pages[key] = _Page(lambda key=key: self._build(key), self.tabs)
            index = self.tabs.addTab(page, title)
            self.tabs.setTabToolTip(index, full)
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
        from desktop.sync.banner import ConflictBanner  # the office sync's open conflicts of this case

        self.conflicts = ConflictBanner(ws, case_id, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.conflicts)
        layout.addWidget(splitter, 1)
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
        case_file(self.ws, parent=self, case_id=case_id, lang=lang).success(self._show).run_in_background()

    def _show(self, file: CaseFileOut) -> None:
        self.file = file
        person, case = file.person, file.case
        name = full_name(person.family_name, person.given_name, person.patronymic)
        born = i18n.show_date(person.birth_date) if person.birth_date else str(person.birth_year or "")
        facts = [labels.country(person.citizenship), born, labels.value(case.category), labels.value(case.status)]
        if minors.is_minor(person.birth_date, person.birth_year, clock.today()):
            facts.insert(2, "<b style='color:#9c2a00'>" + QCoreApplication.translate("Family", "Minor") + "</b>")
        number = self.tr("Case {0}, opened on {1}").format(file.number, i18n.show_date(case.opened_on))
        self.heading.setText(f"<span style='font-size:16pt; font-weight:600'>{name}</span>"
                             f"&nbsp;&nbsp;<span style='color:#555'>{' · '.join(filter(None, facts))}</span>"
                             f"<br><span style='color:#555'>{number}</span>")
        for key in self._built:
            self._fill(key)
        self.deadlines.set_deadlines(file.deadlines)
        self.planner.person_id = person.id
        self.conflicts.show_for(person.id)
        self.title_changed.emit(f"{person.family_name} {person.given_name}")
        self.loaded.emit()
        QTimer.singleShot(0, lambda: memory.settle("case"))  # the case view's modules, for good

    # --- the tabs, made when first needed -------------------------------------------

    def _build(self, key: str) -> QWidget:
        if key in self._built:
            return self._built[key]
        ws, case_id = self.ws, self.case_id
        page = self._pages[key]
        widget: QWidget
        if key == "person":
            # What the form does not show (a field added later) is sent back as stored, never blanked.
            self._person_panel = FormPanel(person_form(), lambda values, before: edits.update_person(
                ws, parent=self, person_id=self._loaded().person.id, version=self._loaded().person.version,
                **_edit(_stored(self._loaded().person, PersonIn), values, before)), page)
            self._person_panel.reload_requested.connect(self.discard_and_reload)
            self._documents_model = DocumentsModel(self)
            self._documents = RecordsPanel(self._documents_model, ("document",),
                                           lambda row: ("document", self._documents_model.documents[row]),
                                           self._document_editor, page, Qt.Orientation.Vertical)
            widget = PersonTab(self._person_panel, self._documents, page)
        elif key == "case":
            self._case_panel = widget = FormPanel(case_form(ws.users), lambda values, before: edits.update_case(
                ws, parent=self, case_id=case_id, version=self._loaded().case.version,
                **_edit(_stored(self._loaded().case, CaseIn), values, before)), page)
            self._case_panel.reload_requested.connect(self.discard_and_reload)
            # The family below the case's own fields (issue 29): the tab stays the case form's for the tabs.
            self._family = FamilyPanel(ws, page)
            self._family.open_case.connect(self.open_case)
            beside = QSplitter(Qt.Orientation.Vertical, page)
            beside.addWidget(self._case_panel)
            beside.addWidget(self._family)
            self._built[key] = widget
            page.put(beside, widget)
            if self.file is not None:
                self._fill(key)
            return widget
        elif key == "timeline":
            self._timeline_model = TimelineModel(self)
            self._timeline = widget = RecordsPanel(self._timeline_model, HISTORY_KINDS, lambda row: (
                self._timeline_model.entries[row].kind, self._timeline_model.entries[row].record),
                self._history_editor, page, Qt.Orientation.Vertical)  # long details: the editor goes below
        elif key == "notes":
            self._notes = widget = NotesPanel(ws, page)
        elif key in ("trafficking", "services"):
            # Three tables and their buttons are taller than 700 pixels leave: the tab scrolls up and down,
            # rather than making the window taller than a small screen.
            if key == "trafficking":
                widget = self._trafficking = TraffickingPanel(ws, case_id)
            else:  # who referred the person is saved on the case, as the case tab saves it
                widget = self._services = ServicesPanel(ws, case_id, lambda values, before: edits.update_case(
                    ws, parent=self, case_id=case_id, version=self._loaded().case.version,
                    **_edit(_stored(self._loaded().case, CaseIn), values, before)))
            scroll = QScrollArea(page)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(widget)
            self._built[key] = widget
            page.put(scroll, widget)
            if self.file is not None:
                self._fill(key)
            return widget
        else:
            self._history = widget = AuditTrailPanel(ws, case_id, page)
        self._built[key] = widget
        page.put(widget)
        if self.file is not None:
            self._fill(key)
        return widget

    def _fill(self, key: str) -> None:
        """Show the case file in one tab that is already made."""
        file = self._loaded()
        if key == "person":
            self._person_panel.show_record(file.person)
            self._documents_model.set_documents(file.documents)
        elif key == "case":
            self._case_panel.show_record(file.case)
            person = file.person
            self._family.show_for(person.id, full_name(person.family_name, person.given_name, person.patronymic))
        elif key == "timeline":
            self._timeline_model.set_records(file.records, file.case)
        elif key == "notes":
            self._notes.case_id = file.case.id
            self._notes.set_content(file.notes, file.attachments)
        elif key == "trafficking":
            if self._trafficking.file is None:  # after that, the tab reads its own part again after its writes
                self._trafficking.offer(file.trafficking)
        elif key == "services":
            self._services.referred.show_case(file.case)
        elif key == "history":
            self._history.load()

    @property
    def person_panel(self) -> FormPanel:
        self._build("person")
        return self._person_panel

    @property
    def documents_model(self) -> DocumentsModel:
        self._build("person")
        return self._documents_model

    @property
    def documents(self) -> RecordsPanel:
        self._build("person")
        return self._documents

    @property
    def case_panel(self) -> FormPanel:
        self._build("case")
        return self._case_panel

    @property
    def family(self) -> FamilyPanel:
        self._build("case")
        return self._family

    @property
    def timeline_model(self) -> TimelineModel:
        self._build("timeline")
        return self._timeline_model

    @property
    def timeline(self) -> RecordsPanel:
        self._build("timeline")
        return self._timeline

    @property
    def notes(self) -> NotesPanel:
        self._build("notes")
        return self._notes

    @property
    def trafficking(self) -> TraffickingPanel:
        self._build("trafficking")
        return self._trafficking

    @property
    def services(self) -> ServicesPanel:
        self._build("services")
        return self._services

    @property
    def history(self) -> AuditTrailPanel | None:
        """The audit history of the case: supervisors only (None for anyone else)."""
        if "history" not in self._pages:
            return None
        self._build("history")
        return self._history

    def _on_changes(self, changes: Changes, _initiator: object) -> None:
        shown = changes.case or changes.person or changes.records or changes.deadlines or changes.notes \
            or changes.attachments  # what the case file shows (quota, users, ... do not reload it)
        if self.file is not None and shown and changes.concerns(person_id=self.file.person.id,
                                                                case_id=self.case_id):
            if changes.records or changes.person:  # the planner's answer was about the stays as they were
                self.planner.clear()
            self.load()

    def discard_and_reload(self) -> None:
        """After a conflict: show what is stored now, dropping this window's unsaved edits."""
        for key in ("person", "case"):
            if key in self._built:
                (self._person_panel if key == "person" else self._case_panel).form.dirty = False
        self.load()

    # --- editing -----------------------------------------------------------------

    def _document_editor(self, kind: str, record: Output | None) -> RecordEditor:
        person_id = self._loaded().person.id
        return RecordEditor(kind, record, lambda data, rec, _before: edits.save_document(
            self.ws, parent=self, person_id=person_id, record_id=rec.id if rec else None,
            version=rec.version if rec else None, data=data),
            lambda rec: edits.archive_document(self.ws, parent=self, person_id=person_id, record_id=rec.id,
                                               version=rec.version), parent=self)

    def _history_editor(self, kind: str, record: Output | None) -> RecordEditor:
        person_id = self._loaded().person.id
        def label() -> str:  # said again after a language switch, when this view may be gone: not self.tr
            what = kind_name(kind).lower()
            if record is None:
                return QCoreApplication.translate("CaseView", "Add {0}").format(what)
            return QCoreApplication.translate("CaseView", "Change {0}").format(what)

        return RecordEditor(kind, record, lambda data, rec, _before: edits.save_history(
            self.ws, parent=self, kind=kind, person_id=person_id, record_id=rec.id if rec else None,
            version=rec.version if rec else None, data=data, label=label),
            lambda rec: edits.archive_history(self.ws, parent=self, kind=kind, person_id=person_id,
                                              record_id=rec.id, version=rec.version), self.ws.employers, self)

    @property
    def dirty(self) -> bool:
        built = self._built  # a tab never made holds no edit
        return any((built.get("person") is not None and (self._person_panel.form.dirty or self._documents.dirty),
                    built.get("case") is not None and self._case_panel.form.dirty,
                    built.get("timeline") is not None and self._timeline.dirty,
                    built.get("notes") is not None and self._notes.dirty,
                    built.get("services") is not None and self._services.dirty))

    def save(self) -> None:
        """Ctrl+S: save whatever is being edited in this case."""
        built = self._built  # a tab never made holds no edit
        if "person" in built:
            self._person_panel.save()
        if "case" in built:
            self._case_panel.save()
        for key, panel_name in (("person", "_documents"), ("timeline", "_timeline")):
            panel = getattr(self, panel_name) if key in built else None
            if panel is not None and panel.editor is not None and panel.editor.dirty:
                panel.editor.save()
        if "notes" in built and self._notes.dirty:
            self._notes.add_note()
        if "services" in built:
            self._services.referred.save()

    def _loaded(self) -> CaseFileOut:
        """The case file shown: the tabs that use it are filled, and edited, only once it is read."""
        assert self.file is not None, "the case file is not read yet"
        return self.file

    def person_name(self) -> str:
        if self.file is None:
            return ""
        p = self.file.person
        return full_name(p.family_name, p.given_name, p.patronymic)


def _stored(record: BaseModel, schema: type[BaseModel]) -> dict:
    """The record's values for every field the schema takes."""
    return record.model_dump(include=set(schema.model_fields))


def _edit(stored: dict, values: dict, before: dict) -> dict:
    """What a Save sends: the stored record with only the fields the caseworker changed in the form. A field
    the form shows but was not touched is never written, so a box that shows a value imperfectly cannot
    overwrite what is stored."""
    changed = {name: value for name, value in values.items() if value != before.get(name)}
    return {"data": stored | changed}


class _Page(QWidget):
    """A tab's place: its widgets are made on the turn of the event loop after it is first shown, so
    showing the case paints at once and the form follows (two short waits rather than one long one)."""

    def __init__(self, build, parent=None) -> None:
        super().__init__(parent)
        self._make = build
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.content: QWidget | None = None

    def put(self, widget: QWidget, content: QWidget | None = None) -> None:
        """Show `widget`; `content` is the panel it holds, if it is only a frame around one (a scroll area)."""
        self.content = content if content is not None else widget
        self._layout.addWidget(widget)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self.content is None:
            QTimer.singleShot(0, self, self._make)


class _Tabs(QTabWidget):
    """The case's tabs, where each page holds its content once made: asked for the content widget (a panel),
    it answers for the page that holds it, so `setCurrentWidget(view.notes)` works as on any tab widget."""

    def _page_of(self, widget: QWidget) -> QWidget:
        for index in range(self.count()):
            page = QTabWidget.widget(self, index)
            if isinstance(page, _Page) and page.content is widget:
                return page
        return widget

    def setCurrentWidget(self, widget: QWidget) -> None:  # noqa: N802 (Qt's name)
        super().setCurrentWidget(self._page_of(widget))

    def indexOf(self, widget: QWidget) -> int:  # noqa: N802 (Qt's name)
        return super().indexOf(self._page_of(widget))
