"""Charts where a supervisor would rather look than read: alerts by week, caseloads, quota usage (Qt Charts)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from desktop import i18n

OVERDUE = QColor("#c0392b")
SOON = QColor("#e0a800")
LATER = QColor("#4a90c2")
PRIORITY_COLOURS = {"urgent": QColor("#c0392b"), "high": QColor("#e67e22"), "normal": QColor("#4a90c2"),
                    "low": QColor("#95a5a6")}


class Chart(QChartView):
    """A chart view that draws smoothly and rebuilds its chart from plain numbers."""

    def __init__(self, title: str, parent=None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.title = title
        self.setChart(self._empty())

    def _empty(self) -> QChart:
        chart = QChart()
        chart.setTitle(self.title)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        return chart

    def _replace(self, chart: QChart) -> None:
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()

    def _small(self, axis) -> None:
        font = QFont(self.font())
        font.setPointSizeF(max(6.5, font.pointSizeF() - 1.5))
        axis.setLabelsFont(font)
        axis.setTruncateLabels(False)

    @staticmethod
    def _value_axis(top: float, chart: QChart, side: Qt.AlignmentFlag) -> QValueAxis:
        axis = QValueAxis()
        axis.setRange(0, max(1, top) * 1.1)
        axis.setLabelFormat("%d")
        axis.applyNiceNumbers()
        chart.addAxis(axis, side)
        return axis


class WeeksChart(Chart):
    """Alerts overdue now, then due in each of the next weeks."""

    def show_weeks(self, overdue: int, weeks: list[tuple[dt.date, int]]) -> None:
        chart = self._empty()
        series = QStackedBarSeries()  # one bar per week, coloured by how near it is
        late, soon, later = (QBarSet(self.tr("Overdue")), QBarSet(self.tr("Due within a week")),
                             QBarSet(self.tr("Due later")))
        for bar, colour in ((late, OVERDUE), (soon, SOON), (later, LATER)):
            bar.setColor(colour)
            bar.setBorderColor(colour)
        labels = [self.tr("Late")] + [_day_month(start) for start, _ in weeks]  # "Overdue" does not fit
        late.append([overdue] + [0] * len(weeks))
        soon.append([0] + [n if i == 0 else 0 for i, (_, n) in enumerate(weeks)])
        later.append([0] + [n if i > 0 else 0 for i, (_, n) in enumerate(weeks)])
        for bar in (late, soon, later):
            series.append(bar)
        series.setBarWidth(0.7)
        chart.addSeries(series)
        axis = QBarCategoryAxis()
        axis.append(labels)
        self._small(axis)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis)
        values = self._value_axis(max([overdue] + [n for _, n in weeks]), chart, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)
        self.values = [overdue] + [n for _, n in weeks]
        self._replace(chart)


class CaseloadChart(Chart):
    """Open cases per caseworker, stacked by priority, the heaviest on top."""

    def show_loads(self, loads: list[tuple[str, dict[str, int]]], priorities: list[tuple[str, str]]) -> None:
        chart = self._empty()
        series = QHorizontalStackedBarSeries()
        loads = sorted(loads, key=lambda item: sum(item[1].values()))  # bottom-up: the heaviest at the top
        for code, label in priorities:
            bar = QBarSet(label)
            colour = PRIORITY_COLOURS.get(code, LATER)
            bar.setColor(colour)
            bar.setBorderColor(colour)
            bar.append([counts.get(code, 0) for _, counts in loads])
            series.append(bar)
        series.setBarWidth(0.75)
        chart.addSeries(series)
        axis = QBarCategoryAxis()
        axis.append([name for name, _ in loads])
        self._small(axis)
        axis.setLabelsAngle(0)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis)
        values = self._value_axis(max([sum(c.values()) for _, c in loads] or [1]), chart,
                                  Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        self.values = [sum(c.values()) for _, c in loads]
        self._replace(chart)


class QuotaChart(Chart):
    """Per region: units allocated beside permits counted against them."""

    def show_usage(self, rows: list[tuple[str, int | None, int]]) -> None:
        chart = self._empty()
        series = QHorizontalBarSeries()
        rows = list(reversed(rows))  # the first region at the top
        allocated, used = QBarSet(self.tr("Allocated")), QBarSet(self.tr("Permits counted"))
        allocated.setColor(QColor("#b8c7d9"))
        allocated.setBorderColor(QColor("#b8c7d9"))
        used.setColor(LATER)
        used.setBorderColor(LATER)
        allocated.append([a or 0 for _, a, _ in rows])
        used.append([u for _, _, u in rows])
        series.append(allocated)
        series.append(used)
        series.setBarWidth(0.8)
        chart.addSeries(series)
        axis = QBarCategoryAxis()
        axis.append([name for name, _, _ in rows])
        self._small(axis)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis)
        values = self._value_axis(max([max(a or 0, u) for _, a, u in rows] or [1]), chart,
                                  Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        self.values = [(a, u) for _, a, u in rows]
        self._replace(chart)


def _day_month(day: dt.date) -> str:
    """The first day of a week, short: the date as the locale writes it, without the year."""
    text = i18n.show_date(day)
    for year in (str(day.year), str(day.year)[2:]):
        if year in text:
            return text.replace(year, "").strip("./- ")
    return text
