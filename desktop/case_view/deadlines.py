"""Every obligation the rule engine finds for the person: due date, days left, status, explanation, source."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
)

from desktop import i18n, labels
from desktop.case_view.sources import readable
from models.schemas.case_file import DeadlinesOut as Deadlines
from models.schemas.case_file import ObligationOut as Deadline

COLOURS = {"overdue": QColor("#f8d7da"), "due_soon": QColor("#fff3cd"), "ok": QColor("#d4edda"),
           "met": QColor("#e9ecef")}
WHAT, DUE, DAYS, STATUS = range(4)


class DeadlinesModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[Deadline] = []

    def set_items(self, items: list[Deadline]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Deadline"), self.tr("Due"), self.tr("Days left"), self.tr("Status"))[section]
        return None

    def days_left(self, item: Deadline) -> str:
        if item.status == "met":
            return ""
        if item.days_left < 0:
            return self.tr("%n day(s) ago", "", -item.days_left)
        return self.tr("today") if item.days_left == 0 else self.tr("%n day(s)", "", item.days_left)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item, column = self.items[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (labels.deadline(item.rule, item.document), i18n.show_date(item.due), self.days_left(item),
                    labels.status(item.status))[column]
        if role == Qt.ItemDataRole.BackgroundRole and column == STATUS:
            return QBrush(COLOURS.get(item.status, QColor("white")))
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.reason or item.explanation
        return None


class DeadlinesPanel(QGroupBox):
    source_shown = Signal(str)  # the rule version whose citation was opened

    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("Deadlines"), parent)
        self.model = DeadlinesModel(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setObjectName("deadlineTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        for column in (DUE, DAYS, STATUS):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.explanation = QTextBrowser(self)
        self.explanation.setObjectName("deadlineExplanation")
        self.explanation.setOpenLinks(False)
        self.explanation.anchorClicked.connect(lambda _: self.show_source())
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.explanation, 2)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _: self._explain(current.row()))
        self.table.doubleClicked.connect(lambda _: self.show_source())

    def set_deadlines(self, deadlines: Deadlines) -> None:
        self.model.set_items(deadlines.items)
        self.summary.setText(self._summary(deadlines))
        if deadlines.items:
            self.table.selectRow(0)
            self._explain(0)
        else:
            self.explanation.setPlainText(self.tr("No deadlines: nothing recorded for this person sets one."))

    def _summary(self, deadlines: Deadlines) -> str:
        stay = deadlines.stay
        if not stay.present:
            return self.tr("Not in Kazakhstan now, as far as the stays recorded show.")
        parts = [self.tr("In Kazakhstan now.")]
        if stay.days_in_window:
            parts.append(self.tr("%n day(s) of the last 180 count towards the limit.", "", stay.days_in_window))
        if stay.latest_exit:
            parts.append(self._leave_by(stay))
        if stay.overstay_days:
            parts.append(self.tr("Overstayed by %n day(s).", "", stay.overstay_days))
        return " ".join(parts)

    def _leave_by(self, stay) -> str:
        """The last day, and which limit sets it: an Uzbek with a work permit reads why it is still 30 days."""
        day = i18n.show_date(stay.latest_exit)
        if stay.latest_exit_rule == "stay.per_entry" and stay.per_entry_days:
            return self.tr("Must leave by {0}: %n day(s) per entry apply until a temporary residence permit is "
                           "recorded.", "", stay.per_entry_days).format(day)
        if stay.latest_exit_rule == "residence_permit":
            return self.tr("Must leave by {0}, when the residence permit ends.").format(day)
        if stay.latest_exit_rule == "documents":
            return self.tr("Must leave by {0}, when the visa or permit the stay is based on ends.").format(day)
        return self.tr("Must leave by {0}.").format(day)

    def current(self) -> Deadline | None:
        row = self.table.currentIndex().row()
        return self.model.items[row] if 0 <= row < len(self.model.items) else None

    def _explain(self, row: int) -> None:
        """What is due and why; below it, on lines of their own, the legal source and how it was checked."""
        if not 0 <= row < len(self.model.items):
            return
        item = self.model.items[row]
        link = self.tr("Legal source and rule version…")
        parts = [f"<p><b>{_escape(labels.deadline(item.rule, item.document))}</b> — {labels.status(item.status)}</p>",
                 f"<p>{_escape(item.reason or item.explanation)}</p>",
                 f"<p><b>{self.tr('Source:')}</b> {_escape(readable(item.source))}</p>"]
        if item.verification:
            parts.append(f"<p><b>{self.tr('How well it is verified:')}</b> {_escape(readable(item.verification))}</p>")
        parts.append(f"<p><a href='source'>{link}</a></p>")
        self.explanation.setHtml("".join(parts))

    def show_source(self) -> None:
        item = self.current()
        if item is None:
            return
        until = i18n.show_date(item.effective_to) if item.effective_to else self.tr("no end date")
        text = self.tr("Rule: {0}\nIn force: {1} – {2}\n\nSource:\n{3}").format(
            labels.deadline(item.rule, item.document), i18n.show_date(item.effective_from), until,
            readable(item.source))
        if item.verification:
            text += "\n\n" + self.tr("How it was checked:\n{0}").format(readable(item.verification))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Legal source"), text, parent=self)
        box.setObjectName("sourceBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.open()
        self.source_shown.emit(item.rule_version)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
