"""Bar chart of results against targets, one unit at a time (imports QtCharts: load lazily)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Slot
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from reader.ui.indicator_format import ACTUAL_RGB, TARGET_RGB

if TYPE_CHECKING:
    from reader.core.indicator_summary import ResultTargetPair
    from reader.core.indicators import Indicator

log = logging.getLogger(__name__)
PREFERRED_UNIT = "%"


@dataclass(frozen=True)
class ChartRow:
    """One category of the chart: a name with its result and target in the group's unit."""

    name: str
    actual: float
    target: float


def _plotted(indicator: Indicator, scaled: bool) -> float:
    """The value drawn for an indicator: a range at its midpoint, optionally in base units.

    A rate that fell is drawn below zero (社会消费品零售额下降4% → −4), beside a target to grow.
    """
    value = float(indicator.value if indicator.value is not None else 0)
    if indicator.value_high is not None:
        value = (value + float(indicator.value_high)) / 2
    if scaled and indicator.base_value is not None and indicator.value:
        value *= float(indicator.base_value) / float(indicator.value)
    if indicator.change == "down" and indicator.base_unit == PREFERRED_UNIT and value > 0:
        value = -value
    return value


def chart_groups(pairs: list[ResultTargetPair]) -> dict[str, list[ChartRow]]:
    """Pairs grouped by unit: bars are only comparable when they share one (%, 套, 万平方米 …)."""
    groups: dict[str, list[ChartRow]] = {}
    for pair in pairs:
        actual, target = pair.actual, pair.target
        if actual.value is None or target.value is None:
            continue
        same = actual.unit == target.unit
        unit = (actual.unit if same else actual.base_unit) or ""
        groups.setdefault(unit, []).append(
            ChartRow(pair.name, _plotted(actual, not same), _plotted(target, not same)))
    return groups


def default_unit(groups: dict[str, list[ChartRow]]) -> str | None:
    """Percentages (growth rates, shares) if any, else the unit with the most pairs."""
    if PREFERRED_UNIT in groups:
        return PREFERRED_UNIT
    return max(groups, key=lambda unit: len(groups[unit])) if groups else None


class ComparisonChart(QWidget):
    """A unit chooser above a horizontal bar chart with a 实际 and a 目标 set."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparisonChart")
        self._groups: dict[str, list[ChartRow]] = {}
        self.unit_combo = QComboBox(self)
        self.unit_combo.setObjectName("chartUnit")
        self.unit_combo.setToolTip(self.tr(
            "Bars are compared within one unit; a range is drawn at its midpoint."))
        self.unit_combo.currentIndexChanged.connect(self._on_unit_combo_changed)
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.view = QChartView(self.chart, self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(160)
        self.empty_label = QLabel(self.tr("No result and target share a unit."), self)
        self.empty_label.setEnabled(False)
        self.empty_label.hide()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Unit:"), self))
        top.addWidget(self.unit_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        self._apply_theme()

    def set_pairs(self, pairs: list[ResultTargetPair]) -> None:
        """Group ``pairs`` by unit and chart the default group."""
        self._groups = chart_groups(pairs)
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        for unit, rows in self._groups.items():
            self.unit_combo.addItem(f"{unit} ({len(rows)})", unit)
        chosen = default_unit(self._groups)
        self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(chosen)))
        self.unit_combo.blockSignals(False)
        self.unit_combo.setEnabled(bool(self._groups))
        self.empty_label.setVisible(not self._groups)
        self._show_unit(chosen)

    def categories(self) -> list[str]:
        """The names charted, top to bottom."""
        axes = self.chart.axes(Qt.Orientation.Vertical)
        return list(reversed(axes[0].categories())) if axes else []

    def bar_sets(self) -> list[QBarSet]:
        """The 实际 and 目标 sets of the chart (empty when nothing is charted)."""
        series = self.chart.series()
        return list(series[0].barSets()) if series else []

    @Slot(int)
    def _on_unit_combo_changed(self, _index: int) -> None:
        """Chart the chosen unit."""
        self._show_unit(self.unit_combo.currentData())

    def _show_unit(self, unit: str | None) -> None:
        """Replace the series with the pairs of ``unit``."""
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        rows = self._groups.get(unit or "", []) if unit is not None else []
        if not rows:
            chart.setTitle("")
            return
        rows = list(reversed(rows))  # a horizontal bar series draws its first category lowest
        actual = QBarSet(self.tr("Result"))
        target = QBarSet(self.tr("Target"))
        actual.setColor(QColor(*ACTUAL_RGB))
        target.setColor(QColor(*TARGET_RGB))
        actual.append([row.actual for row in rows])
        target.append([row.target for row in rows])
        series = QHorizontalBarSeries()
        series.append(actual)
        series.append(target)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append([row.name for row in rows])
        names.setTruncateLabels(False)  # names are the point of the chart: give them room
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names)
        values = QValueAxis()
        values.setMin(min(0.0, *(min(row.actual, row.target) * 1.15 for row in rows)))
        values.setMax(max(0.0, *(max(row.actual, row.target) * 1.15 for row in rows)) or 1)
        values.setLabelFormat("%g")
        values.setTitleText(unit or "")
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        values.applyNiceNumbers()
        self._apply_theme()

    def _apply_theme(self) -> None:
        """Follow the widget palette: transparent background, palette text colours."""
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = palette.color(QPalette.ColorRole.Mid)
        self.chart.setBackgroundVisible(False)
        self.view.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
        self.chart.legend().setLabelColor(text)
        self.chart.setTitleBrush(text)
        for axis in self.chart.axes():
            axis.setLabelsColor(text)
            axis.setTitleBrush(text)
            axis.setGridLineColor(grid)
            axis.setLinePenColor(grid)
        for series in self.chart.series():
            series.setLabelsVisible(True)
            for bar_set in series.barSets():
                bar_set.setLabelColor(text)
