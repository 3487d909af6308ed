"""The family panel of the case: the person's relatives (each relation read from the person's side), whether
the person is a minor and, for a child, whether the birth is registered; adding a relative found by name, and
opening a relative's case."""
from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from desktop import i18n
from desktop.errors import show_error
from desktop.find_box import FindBox
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import Changes
from desktop.operations import family as ops
from desktop.workspace import Workspace
from models.entities import BirthRegistration, Relation
from models.ids import PersonId
from models.schemas.family import FamilyOut, RelativeOut
from models.services.errors import ValidationFailed
from models.services.search import Match

CONTEXT = "Family"
RELATIONS: dict[str, str] = {
    "parent": QT_TRANSLATE_NOOP("Family", "Parent"),
    "child": QT_TRANSLATE_NOOP("Family", "Child"),
    "spouse": QT_TRANSLATE_NOOP("Family", "Spouse"),
    "sibling": QT_TRANSLATE_NOOP("Family", "Brother or sister"),
    "guardian": QT_TRANSLATE_NOOP("Family", "Guardian"),
    "ward": QT_TRANSLATE_NOOP("Family", "Under guardianship"),
    "other": QT_TRANSLATE_NOOP("Family", "Other relative"),
}
BIRTH: dict[str, str] = {
    "unknown": QT_TRANSLATE_NOOP("Family", "Not known"),
    "yes": QT_TRANSLATE_NOOP("Family", "Registered"),
    "no": QT_TRANSLATE_NOOP("Family", "Not registered"),
}
MINOR_COLOUR = QColor("#fff3cd")
NAME, RELATION, BORN, CASE = range(4)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def relation_words(relation: str) -> str:
    return _tr(RELATIONS[relation])


class RelativesModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.relatives: list[RelativeOut] = []

    def set_relatives(self, relatives: list[RelativeOut]) -> None:
        self.beginResetModel()
        self.relatives = relatives
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.relatives)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (_tr("Name"), _tr("Relation"), _tr("Born"), _tr("Case"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        relative, column = self.relatives[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return _tr("{0} · minor").format(relative.name) if relative.minor else relative.name
            if column == RELATION:
                return relation_words(relative.relation)
            if column == BORN:
                born = i18n.show_date(relative.birth_date) if relative.birth_date else str(relative.birth_year or "")
                if relative.minor and relative.birth_registered == BirthRegistration.no:
                    return f"{born} · {_tr('birth not registered')}".strip(" ·")
                return born
            return _tr("Has a case") if relative.case_id is not None else _tr("No case")
        if role == Qt.ItemDataRole.BackgroundRole and relative.minor and column == NAME:
            return QBrush(MINOR_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            return relative.note
        return None


class FamilyPanel(QGroupBox):
    open_case = Signal(object)  # the relative's case id
    loaded = Signal()

    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(self.tr("Family"), parent)
        self.setObjectName("familyPanel")
        self.ws = ws
        self.person_id: PersonId | None = None
        self.person_name = ""
        self.family: FamilyOut | None = None
        self.dialog: AddRelativeDialog | None = None  # the last one opened (tests drive it)
        self.minor = QLabel(self)
        self.minor.setObjectName("minorMark")
        self.minor.setWordWrap(True)
        self.birth = QComboBox(self)
        self.birth.setObjectName("birthRegistered")
        for value in BirthRegistration:
            self.birth.addItem(_tr(BIRTH[value.value]), value.value)
        self.birth_label = QLabel(self.tr("Birth registered:"), self)
        self.birth.activated.connect(self._birth_chosen)
        self.model = RelativesModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("relatives")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (RELATION, BORN, CASE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _: self.open_selected())
        self.add_button = QPushButton(self.tr("Add relative…"), self)
        self.open_button = QPushButton(self.tr("Open their case"), self)
        self.remove_button = QPushButton(self.tr("Remove link"), self)
        self.add_button.clicked.connect(self.add_relative)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._buttons())
        top = QHBoxLayout()
        top.addWidget(self.minor, 1)
        top.addWidget(self.birth_label)
        top.addWidget(self.birth)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        ws.changed.connect(self._on_changes)
        self._buttons()

    def show_for(self, person_id: PersonId, name: str) -> None:
        self.person_id, self.person_name = person_id, name
        self.load()

    def load(self) -> None:
        if self.person_id is not None:
            ops.family_of(self.ws, parent=self, person_id=self.person_id).success(self._show).run_in_background()

    def _show(self, family: FamilyOut) -> None:
        self.family = family
        self.model.set_relatives(family.relatives)
        if family.minor:
            self.minor.setText("<b style='color:#9c2a00'>" + self.tr("Minor: under 18 today.") + "</b>")
        else:
            self.minor.setText(self.tr("%n relative(s) recorded.", "", len(family.relatives)))
        # Birth registration is asked of a child; an adult's stays as recorded, out of the way.
        for widget in (self.birth_label, self.birth):
            widget.setVisible(family.minor)
        self.birth.setCurrentIndex(max(0, self.birth.findData(family.birth_registered.value)))
        self._buttons()
        self.loaded.emit()

    def _on_changes(self, changes: Changes, _initiator: object) -> None:
        if self.person_id is not None and changes.person and changes.concerns(person_id=self.person_id):
            self.load()

    def selected(self) -> RelativeOut | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.relatives[rows[0].row()] if rows else None

    def _buttons(self) -> None:
        chosen = self.selected()
        self.add_button.setEnabled(self.person_id is not None)
        self.open_button.setEnabled(chosen is not None and chosen.case_id is not None)
        self.remove_button.setEnabled(chosen is not None)

    def open_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None and chosen.case_id is not None:
            self.open_case.emit(chosen.case_id)

    def remove_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            ops.unlink(self.ws, parent=self, link_id=chosen.link_id, version=chosen.link_version).run_in_background()

    def _birth_chosen(self) -> None:
        family, value = self.family, self.birth.currentData()
        if family is None or self.person_id is None or value == family.birth_registered.value:
            return
        ops.record_birth_registration(self.ws, parent=self, person_id=self.person_id, version=family.person_version,
                                      value=value).failure(self._refused).run_in_background()

    def _refused(self, error: Exception) -> bool:
        show_error(self, error, reload=self.load)
        return True

    def add_relative(self) -> None:
        if self.person_id is None:
            return
        self.dialog = AddRelativeDialog(self.ws, self.person_id, self.person_name, self)
        self.dialog.open()


class AddRelativeDialog(QDialog):
    """Find the relative as in the find box, say who they are to the person, and save."""

    saved = Signal(object)

    def __init__(self, ws: Workspace, person_id: PersonId, person_name: str, parent=None) -> None:
        super().__init__(parent)
        self.ws, self.person_id = ws, person_id
        self.chosen: Match | None = None
        self.setWindowTitle(self.tr("Add a relative of {0}").format(person_name))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.finder = FindBox(ws, self)
        self.finder.setPlaceholderText(self.tr("Find the relative: name, IIN or document number"))
        self.finder.person_chosen.connect(self._chosen)
        self.who = QLabel(self.tr("No one chosen yet."), self)
        self.who.setObjectName("chosenRelative")
        self.relation = QComboBox(self)
        self.relation.setObjectName("relation")
        for value in Relation:
            self.relation.addItem(relation_words(value.value), value.value)
        self.note = QLineEdit(self)
        self.note.setMaxLength(500)
        self.problem = QLabel(self)
        self.problem.setObjectName("linkProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #9c2a00")
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("Relative:"), self.finder)
        form.addRow("", self.who)
        form.addRow(self.tr("Who they are to {0}:").format(person_name), self.relation)
        form.addRow(self.tr("Note:"), self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _chosen(self, match: Match) -> None:
        self.chosen = match
        self.finder.setText(match.full_name)
        self.who.setText(match.full_name)
        self.problem.hide()

    def save(self) -> None:
        if self.chosen is None:
            self._say(self.tr("Find the relative first and choose them in the list."))
            return
        self.buttons.setEnabled(False)
        ops.link(self.ws, parent=self, person_id=self.person_id, relative_id=self.chosen.person_id,
                 relation=self.relation.currentData(), note=self.note.text() or None) \
            .success(self._saved).failure(self._refused).run_in_background()

    def _saved(self, link: object) -> None:
        self.saved.emit(link)
        self.accept()

    def _refused(self, error: Exception) -> bool:
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationFailed):
            from desktop.messages import field_message

            text = "; ".join(field_message(e) for e in error.errors)
            self._say(text[:1].upper() + text[1:])
            return True
        show_error(self, error)
        return True

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
