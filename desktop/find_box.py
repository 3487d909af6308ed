"""Find a person as you type: names in any script and spelling, IIN, document numbers.

Each keystroke starts a search on the find thread; an answer overtaken by a
newer keystroke is dropped. Matches drop down under the box; Up/Down choose,
Enter opens the person's case, Escape closes the list and clears the box. A search that finds nobody
says so under the box.
"""
from __future__ import annotations

from typing import cast

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from desktop import i18n, labels
from desktop.operations import person
from desktop.workspace import Workspace
from models.services.search import Match


class MatchModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.matches: list[Match] = []

    def set_matches(self, matches: list[Match]) -> None:
        self.beginResetModel()
        self.matches = matches
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.matches)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        match = self.matches[index.row()]
        born = i18n.show_date(match.birth_date) if match.birth_date else (str(match.birth_year or ""))
        latin = f"{match.family_name_latin} {match.given_name_latin}"
        name = match.full_name if latin in match.full_name else f"{match.full_name} ({latin})"
        details = [part for part in (born, labels.country(match.citizenship)) if part]
        if match.case_id is None:
            details.append(self.tr("no case yet"))
        return " · ".join([name, *details])


class FindBox(QLineEdit):
    person_chosen = Signal(object)  # the Match
    answered = Signal(str, int)  # what was typed, how many matches (for tests and benchmarks)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setObjectName("findBox")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Find a person: name, IIN or document number (Ctrl+F)"))
        self.setMinimumWidth(280)
        self.model = MatchModel(self)
        # Not a window of its own: a panel over the main window, so the keyboard stays in the box.
        self.popup = QFrame(self)
        self.popup.setFrameShape(QFrame.Shape.StyledPanel)
        self.popup.hide()
        self.list = QListView(self.popup)
        self.list.setModel(self.model)
        self.list.setObjectName("findResults")
        self.list.clicked.connect(self._choose)
        self.nobody = QLabel(self.popup)
        self.nobody.setObjectName("nobodyFound")
        self.nobody.setWordWrap(True)
        self.nobody.setContentsMargins(8, 6, 8, 6)
        self.nobody.hide()
        layout = QVBoxLayout(self.popup)
        layout.addWidget(self.list)
        layout.addWidget(self.nobody)
        layout.setContentsMargins(0, 0, 0, 0)
        self._generation = 0
        self.textEdited.connect(self._search)
        self.installEventFilter(self)

    def _search(self, typed: str) -> None:
        self._generation += 1
        generation = self._generation

        # Overtaken while waiting (a newer keystroke): the query is skipped.
        person.find(self.ws, parent=self, typed=typed, still_wanted=lambda: generation == self._generation) \
            .success(lambda found: self._show(typed, found, generation)).run_in_background()

    def _show(self, typed: str, found: list[Match] | None, generation: int) -> None:
        if found is None or generation != self._generation:
            return
        self.model.set_matches(found)
        self.answered.emit(typed, len(found))
        if not found and not typed.strip():
            self.popup.hide()
            return
        self.list.setVisible(bool(found))
        self.nobody.setVisible(not found)
        if found:
            self.list.setCurrentIndex(self.model.index(0))
        else:
            self.nobody.setText(self.tr("No one found for “{0}”. Check the spelling, or try the IIN or a "
                                        "document number.").format(typed.strip()))
        top = self.window()
        if self.popup.parent() is not top:
            self.popup.setParent(top)
        corner = self.mapTo(top, self.rect().bottomLeft())
        width = min(max(self.width(), 560), top.width() - corner.x())
        if found:
            height = min(len(found), 12) * self.list.sizeHintForRow(0) + 6
        else:
            height = self.nobody.heightForWidth(width) + 4
        self.popup.setGeometry(corner.x(), corner.y(), width, height)
        self.popup.show()
        self.popup.raise_()

    def _choose(self, index: QModelIndex) -> None:
        if index.isValid():
            self.popup.hide()
            self.person_chosen.emit(self.model.matches[index.row()])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.KeyPress and \
                cast(QKeyEvent, event).key() == Qt.Key.Key_Escape and (self.text() or self.popup.isVisible()):
            self._generation += 1  # an answer still on its way is not shown
            self.popup.hide()
            self.clear()
            return True
        if watched is self and event.type() == QEvent.Type.KeyPress and self.popup.isVisible():
            key = cast(QKeyEvent, event).key()  # a KeyPress event is a QKeyEvent
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                row = self.list.currentIndex().row() + (1 if key == Qt.Key.Key_Down else -1)
                if 0 <= row < self.model.rowCount():
                    self.list.setCurrentIndex(self.model.index(row))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._choose(self.list.currentIndex())
                return True
        if watched is self and event.type() == QEvent.Type.FocusOut:
            QTimer.singleShot(200, self.popup.hide)  # after a click on a match has been delivered
        return super().eventFilter(watched, event)

    def hideEvent(self, event) -> None:
        self.popup.hide()
        super().hideEvent(event)
