"""A table's columns fitted to its width: every header's words, and every column in view.

Qt's own size hints keep room for a sort arrow in every column, and a fixed width per column puts the
last ones past the edge of a 1024-pixel screen in Russian. Here each column gets its header's words (or
a typical value's width, for a date or a case number), the room left over is shared out, and the
widths follow the table's width until the user drags a column's edge: then they are the user's.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QStyle, QTableView

# A header's alignment may carry Qt's word-wrap text flag (PySide6 types it as another enum).
WRAP = Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value)


class ColumnFitter(QObject):
    """Fits `table`'s columns now and whenever it is resized or sorted. `values`: a typical value per column
    that must be read whole ("00.00.0000"); `shares`: how the room left over is shared out, by column."""

    def __init__(self, table: QTableView, values: dict[int, str], shares: dict[int, int], *,
                 wrap: bool = False) -> None:
        """`wrap`: headers may take two lines where their words do not fit on one (a table beside a chart)."""
        super().__init__(table)
        self.table, self.values, self.shares, self.wrap = table, values, shares, wrap
        self.sized_by_user = False
        self._fitting = False
        header = table.horizontalHeader()
        header.sectionResized.connect(self._resized)
        header.sortIndicatorChanged.connect(lambda *_: self.fit())
        self._viewport = table.viewport()  # its width is the room, once the table is laid out
        self._viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize and watched is self._viewport:
            self.fit()
        return False

    def widths(self, longest_word: bool = False) -> dict[int, int]:
        """What each column needs: its header's words (and the sort arrow, where it is), or its typical value;
        `longest_word`: the header's longest word only (it wraps)."""
        header, metrics = self.table.horizontalHeader(), self.table.fontMetrics()
        model = self.table.model()
        margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        arrow = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + margin
        needed = {}
        for column in range(model.columnCount()):
            if header.isSectionHidden(column):
                continue
            words = header.sectionSizeHint(column)  # with room for an arrow in every column, if sorted at all
            if header.isSortIndicatorShown() and column != header.sortIndicatorSection():
                words -= arrow
            if longest_word:
                text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                words -= header.fontMetrics().horizontalAdvance(text)
                words += max((header.fontMetrics().horizontalAdvance(w) for w in text.split()), default=0)
            needed[column] = max(words, metrics.horizontalAdvance(self.values.get(column, "")) + 2 * margin + 6)
        return needed

    def fit(self) -> None:
        if self.sized_by_user:
            return
        needed = self.widths()
        header = self.table.horizontalHeader()
        if self.wrap:
            wrapping = sum(needed.values()) > self.table.viewport().width()
            alignment = header.defaultAlignment() & ~WRAP
            header.setDefaultAlignment(alignment | WRAP if wrapping else alignment)
            lines = 2 if wrapping else 1
            header.setMinimumHeight(lines * header.fontMetrics().lineSpacing() + 8)
            if wrapping:
                needed = self.widths(longest_word=True)
        spare = max(self.table.viewport().width() - sum(needed.values()), 0)
        shares = sum(self.shares.values()) or 1
        self._fitting = True
        for column, width in needed.items():
            self.table.horizontalHeader().resizeSection(column, width + spare * self.shares.get(column, 0) // shares)
        self._fitting = False

    def keep(self) -> None:
        """The widths as they are now (restored from the user's last session) stay."""
        self.sized_by_user = True

    def _resized(self, column: int) -> None:
        header = self.table.horizontalHeader()
        stretched = header.stretchLastSection() and header.visualIndex(column) == header.count() - 1
        if not self._fitting and not stretched:  # Qt keeps the last one filling the width: not the user
            self.sized_by_user = True
