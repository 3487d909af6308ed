"""The alert page: counts at the top, filters, the list (each row opens its case), groups and the weeks ahead."""
from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import labels
from desktop.operations import Changes, reference
from desktop.operations import alerts as ops
from desktop.supervisor import words
from desktop.supervisor.alerts_model import (
    CASEWORKER,
    CATEGORY,
    DAYS,
    DUE,
    PERSON,
    REGION,
    RULE,
    STATUS,
    AlertListModel,
)
from desktop.supervisor.charts import WeeksChart
from desktop.widgets.columns import ColumnFitter
from desktop.widgets.editors import DateEdit
from desktop.workspace import Workspace
from models import regions
from models.clock import today
from models.entities import Category, Role
from models.services.alerts import NO_REGION, WINDOWS, AlertCounts, AlertFilter, Breakdown

# The room the headers' words leave, shared out (see desktop.widgets.columns): every column in view at 1024.
SHARES = {RULE: 3, PERSON: 3, CATEGORY: 1, CASEWORKER: 2, REGION: 1}
TILES = (("overdue", "#c0392b"), ("today", "#d35400"), ("week", "#b7950b"), ("month", "#2e86c1"))
UNASSIGNED = "unassigned"


class CountTile(QPushButton):
    """A big number with its window under it; clicking it shows that window."""

    def __init__(self, window: str, colour: str, parent=None) -> None:
        super().__init__(parent)
        self.alert_window = window  # not `window`: QWidget.window() is the top-level window
        self.setObjectName(f"tile_{window}")
        self.setCheckable(True)
        self.setMinimumHeight(64)
        self.setStyleSheet(
            f"QPushButton {{ text-align: left; padding: 6px 12px; border: 1px solid #d0d0d0; border-radius: 6px;"
            f" border-left: 6px solid {colour}; background: white; }}"
            f" QPushButton:checked {{ background: #eef4fb; border-color: {colour}; }}")
        self.show_count(None)

    def show_count(self, count: int | None) -> None:
        number = "…" if count is None else f"{count:,}".replace(",", "\u202f")
        self.setText(f"{number}\n{words.window(self.alert_window)}")
        self.count = count


class AlertsPage(QWidget):
    open_case = Signal(object)  # case id
    quota_requested = Signal()  # the employers' deadline was opened

    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.model = AlertListModel(ws, self)
        self._dirty = False  # changes arrived while hidden
        self._build()
        self.model.counts_loaded.connect(self._show_counts)
        self.model.loaded.connect(self._show_total)
        ws.changed.connect(self._on_changes)

    # --- building ------------------------------------------------------------------

    def _build(self) -> None:
        tiles = QHBoxLayout()
        self.tiles = {}
        for window, colour in TILES:
            tile = CountTile(window, colour, self)
            tile.clicked.connect(lambda _=False, w=window: self.choose_window(w))
            tiles.addWidget(tile)
            self.tiles[window] = tile
        self.filters = self._filter_bar()
        self.table = QTableView(self)
        self.table.setObjectName("alertTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        state = max((labels.status(code) for code in ("overdue", "due_soon", "ok")),
                    key=self.table.fontMetrics().horizontalAdvance)  # "Просрочено": read whole
        self.columns = ColumnFitter(self.table, {DUE: "00.00.0000", DAYS: "-000", STATUS: state}, SHARES)
        self.table.activated.connect(self._activated)
        self.groups = QTreeWidget(self)
        self.groups.setObjectName("alertGroups")
        self.groups.setHeaderLabels([self.tr("Group"), self.tr("Alerts")])
        self.groups.setRootIsDecorated(True)
        self.groups.header().setStretchLastSection(False)
        self.groups.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.groups.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)  # "Предупреждения"
        self.groups.itemActivated.connect(self._group_chosen)
        self.groups.itemClicked.connect(self._group_chosen)
        self.weeks = WeeksChart(self.tr("Deadlines in the next 8 weeks"), self)
        self.weeks.setObjectName("weeksChart")
        side = QSplitter(Qt.Orientation.Vertical, self)
        side.addWidget(self.weeks)
        side.addWidget(self.groups)
        side.setSizes([260, 400])
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.table)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([980, 440])
        self.status = QLabel(self)
        self.status.setObjectName("alertStatus")
        layout = QVBoxLayout(self)
        layout.addLayout(tiles)
        layout.addWidget(self.filters)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)

    def _combo(self, grid: QGridLayout, place: tuple[int, int, int], label: str,
               choices: Sequence[tuple[object, str]], everything: str | None = None) -> QComboBox:
        """A filter under its caption, at (row, column, columns spanned) of the bar's grid."""
        row, column, span = place
        combo = QComboBox(self)
        # Narrow in the bar (a long region or deadline name would push the window past a laptop's screen),
        # whole in the list that drops down.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)
        if everything is not None:
            combo.addItem(everything, None)
        for value, text in choices:
            combo.addItem(text, value)
        combo.setAccessibleName(label)
        caption = QLabel(label + ":", self)
        caption.setBuddy(combo)
        grid.addWidget(caption, row, column, 1, span)
        grid.addWidget(combo, row + 1, column, 1, span)
        return combo

    def _filter_bar(self) -> QWidget:
        bar = QWidget(self)
        grid = QGridLayout(bar)
        grid.setContentsMargins(0, 0, 0, 0)
        # Not `self.window`: that is QWidget.window(), the top-level window, which this would hide.
        # Two rows of four columns: one row of six filters did not fit 1024 pixels in Russian, and cut the
        # period ("Просрочено или в бл…"), which gets two columns.
        self.window_choice = self._combo(grid, (0, 0, 2), self.tr("Due"), [(w, words.window(w)) for w in WINDOWS])
        rules = [(r, words.rule(r)) for r in words.RULE_ORDER]
        self.rule = self._combo(grid, (0, 2, 1), self.tr("Deadline"), rules, self.tr("All deadlines"))
        # A caseworker sees her own cases (and those shared with her), never the unassigned ones.
        unassigned = [(UNASSIGNED, self.tr("Not assigned"))] if self._sees_every_case() else []
        self.caseworker = self._combo(grid, (0, 3, 1), self.tr("Caseworker"), unassigned, self.tr("Everyone"))
        reference.colleagues(self.ws, parent=self).success(self._fill_caseworkers).run_in_background()
        region_choices = [(name, words.region(name)) for name in regions.NAMES]
        self.region = self._combo(grid, (2, 0, 1), self.tr("Region"), region_choices + [
            (NO_REGION, words.region(None))], self.tr("All regions"))
        self.category = self._combo(grid, (2, 1, 1), self.tr("Category"),
                                    [(c.value, labels.value(c)) for c in Category], self.tr("All categories"))
        self.as_of = DateEdit(bar)
        self.as_of.setObjectName("asOf")
        self.as_of.set_value(today())
        self.as_of.setAccessibleName(self.tr("As of"))
        self.as_of.setToolTip(self.tr("The day to judge from: what will be overdue on that day?"))
        self.as_of.editingFinished.connect(self.reload)
        # While typing, only a whole date reloads (the calendar's pick is one too).
        self.as_of.edited.connect(lambda: self.reload() if self.as_of.value() is not None else None)
        caption = QLabel(self.tr("As of") + ":", bar)
        caption.setBuddy(self.as_of)
        grid.addWidget(caption, 2, 2)
        grid.addWidget(self.as_of, 3, 2)
        self.today_button = QPushButton(self.tr("Today"), bar)
        self.today_button.clicked.connect(self._today)
        grid.addWidget(self.today_button, 3, 3, Qt.AlignmentFlag.AlignLeft)
        for column in range(4):
            grid.setColumnStretch(column, 1)
        for combo in (self.window_choice, self.rule, self.caseworker, self.region, self.category):
            combo.currentIndexChanged.connect(lambda _: self.reload())
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        # The day whole in every language's format, with the calendar button beside it.
        self.as_of.setMinimumWidth(self.as_of.fontMetrics().horizontalAdvance("00.00.00000") + 3 * self.as_of.height())
        return bar

    def _today(self) -> None:
        self.as_of.set_value(today())
        self.reload()

    def _sees_every_case(self) -> bool:
        return Role.supervisor in self.ws.actor.roles

    def _fill_caseworkers(self, people: list) -> None:
        if not self._sees_every_case():  # her dashboard is about her own work: colleagues are not a choice
            people = [user for user in people if user.id == self.ws.actor.user_id]
        self.caseworker.blockSignals(True)
        for user in people:  # ids as text: a combo box finds text, not Python objects
            self.caseworker.addItem(user.full_name, user.id.hex)
        self.caseworker.blockSignals(False)

    # --- loading ---------------------------------------------------------------------

    def where(self) -> AlertFilter:
        caseworker = self.caseworker.currentData()
        return AlertFilter(window=self.window_choice.currentData(), rule=self.rule.currentData(),
                           caseworker_id=uuid.UUID(caseworker) if caseworker not in (None, UNASSIGNED) else None,
                           unassigned=caseworker == UNASSIGNED, region=self.region.currentData(),
                           category=self.category.currentData())

    def day(self) -> dt.date:
        return self.as_of.value() or today()

    def reload(self) -> None:
        """Everything on the page, from the stored deadlines, in the background."""
        if problem := self.as_of.problem():
            self.status.setText(problem)
            return
        where, day = self.where(), self.day()
        if (where, day) == getattr(self, "_loading", None) and not self._dirty:
            return
        self._loading, self._dirty = (where, day), False
        for window, tile in self.tiles.items():
            tile.setChecked(window == where.window)
        self.status.setText(self.tr("Reading the deadlines…"))
        self.model.load(where, day)
        ops.by_week(self.ws, parent=self, where=where, day=day).success(lambda found: self.weeks.show_weeks(*found)) \
            .run_in_background()
        ops.breakdown(self.ws, parent=self, where=where, day=day).success(self._show_groups).run_in_background()

    def refresh(self) -> None:
        """Read again (the data changed)."""
        self._dirty = True
        self.reload()

    def choose_window(self, window: str) -> None:
        self.window_choice.setCurrentIndex(self.window_choice.findData(window))

    def _show_counts(self, counts: AlertCounts) -> None:
        for window, count in counts.as_dict().items():
            self.tiles[window].show_count(count)
        self.status.setText(self.tr("Reading the rest of the list…") if not self.model.complete else "")

    def _show_total(self, total: int) -> None:
        day = self.day()
        note = "" if day == today() else " " + self.tr("(as of {0})").format(self.as_of.text())
        self.status.setText(self.tr("%n alert(s) listed", "", total) + note)

    def _show_groups(self, found: Breakdown) -> None:
        self.groups.clear()
        sections = [
            ("rule", self.tr("By deadline"), [(rule, words.rule(rule), n) for rule, n in found.rule]),
            ("caseworker", self.tr("By caseworker"),
             [(cid or UNASSIGNED, name or self.tr("Not assigned"), n)
              for cid, name, n in found.caseworker]),
            ("region", self.tr("By region"),
             [(region if region is not None else NO_REGION, words.region(region), n)
              for region, n in found.region]),
            ("category", self.tr("By category"), [(c, labels.value(c), n) for c, n in found.category]),
        ]
        for kind, title, items in sections:
            top = QTreeWidgetItem(self.groups, [title, f"{sum(n for *_, n in items):,}"])
            top.setData(0, Qt.ItemDataRole.UserRole, None)
            for value, text, n in items:
                child = QTreeWidgetItem(top, [text, f"{n:,}"])
                child.setData(0, Qt.ItemDataRole.UserRole, (kind, value))
                child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
            top.setExpanded(kind in ("rule", "caseworker"))

    def _group_chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        chosen = item.data(0, Qt.ItemDataRole.UserRole)
        if not chosen:
            return
        kind, value = chosen
        combo = {"rule": self.rule, "caseworker": self.caseworker, "region": self.region,
                 "category": self.category}[kind]
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def _activated(self, index) -> None:
        row = self.model.row_at(index.row())
        if row is None:
            return
        if row.case_hex:
            self.open_case.emit(row.case_id)
        elif row.rule == "quota.employer_request":
            self.quota_requested.emit()

    def _on_changes(self, changes: Changes, _initiator: object) -> None:
        if changes.deadlines or changes.case:
            if self.isVisible():
                self.refresh()
            else:
                self._dirty = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty or not hasattr(self, "_loading"):
            self.reload()
