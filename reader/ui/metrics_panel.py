"""The metrics panel: headline targets above tabs with the indicator list and 对比."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reader.ui.comparison_view import ComparisonView, configure_summary_table
from reader.ui.indicator_table import IndicatorTable
from reader.ui.models.indicator_model import OFFSETS_ROLE
from reader.ui.models.summary_model import ResultTargetModel

if TYPE_CHECKING:
    from reader.ui.indicator_job import IndicatorResults

log = logging.getLogger(__name__)
INDICATORS_TAB, COMPARISON_TAB = 0, 1
LEGEND_HTML = (
    "<span style='background:rgba(33,150,243,90)'>&nbsp;%1&nbsp;</span>&nbsp; "
    "<span style='background:rgba(255,160,0,110)'>&nbsp;%2&nbsp;</span>&nbsp; "
    "<span style='background:rgba(230,120,0,45); text-decoration:underline'>&nbsp;%3&nbsp;</span>"
)


class MetricsPanel(QWidget):
    """Shows one report's indicators; asks the window to jump to one or to export them."""

    jump_requested = Signal(int, int)
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("metricsPanel")
        self._results: IndicatorResults | None = None
        self._build_headline()
        self.indicator_table = IndicatorTable(self)
        self.indicator_table.jump_requested.connect(self.jump_requested)
        self.comparison = ComparisonView(self)
        self.comparison.jump_requested.connect(self.jump_requested)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("metricsTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.indicator_table, self.tr("Indicators"))
        self.tabs.addTab(self.comparison, self.tr("Results vs Targets"))
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        splitter = QSplitter(self)
        splitter.setOrientation(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.headline_box)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("metricsStatus")
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("exportIndicators")
        self.export_button.setToolTip(self.tr("Save the indicators as CSV or JSON"))
        self.export_button.clicked.connect(self.export_requested)
        self.export_button.setEnabled(False)
        legend = QLabel(self)
        legend.setObjectName("highlightLegend")
        legend.setText(LEGEND_HTML.replace("%1", self.tr("Actual")).replace("%2", self.tr("Target"))
                       .replace("%3", self.tr("Qualitative target")))
        legend.setToolTip(self.tr("How indicators are highlighted in the text"))
        bottom = QHBoxLayout()
        bottom.addWidget(legend)
        bottom.addStretch(1)
        bottom.addWidget(self.status_label)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.show_pending()

    @property
    def results(self) -> IndicatorResults | None:
        """Return the results shown, if any."""
        return self._results

    def show_pending(self) -> None:
        """Empty the panel while the indicators of a new report are being found."""
        self._results = None
        self.headline_model.set_rows([])
        self.indicator_table.set_indicators([])
        self.comparison.set_pairs([])
        self.export_button.setEnabled(False)
        self.tabs.setTabText(INDICATORS_TAB, self.tr("Indicators"))
        self.tabs.setTabText(COMPARISON_TAB, self.tr("Results vs Targets"))
        self.status_label.setText(self.tr("Finding indicators…"))
        self._fit_headline()

    def set_results(self, results: IndicatorResults) -> None:
        """Show the indicators of one report (the headline and pairs follow with ``set_summary``)."""
        self._results = results
        self.indicator_table.set_indicators(results.indicators)
        self.tabs.setTabText(INDICATORS_TAB, self.tr("Indicators (%1)")
                             .replace("%1", str(len(results.indicators))))
        self.export_button.setEnabled(bool(results.indicators))
        if results.summarised:
            self.set_summary(results)
        else:
            self.status_label.setText(self.tr("Comparing results with targets…"))

    def set_summary(self, results: IndicatorResults) -> None:
        """Show the headline targets and the result/target pairs."""
        self._results = results
        self.headline_model.set_rows(results.headline)
        self.comparison.set_pairs(results.pairs)
        self.tabs.setTabText(COMPARISON_TAB, self.tr("Results vs Targets (%1)")
                             .replace("%1", str(len(results.pairs))))
        self.status_label.clear()
        self._fit_headline()

    def preferred_width(self) -> int:
        """Width that shows the indicator list without scrolling sideways."""
        margins = self.layout().contentsMargins()
        return self.indicator_table.preferred_width() + margins.left() + margins.right()

    def select_indicator(self, number: int) -> None:
        """Show indicator ``number`` (reading order) selected in the list."""
        self.tabs.setCurrentIndex(INDICATORS_TAB)
        self.indicator_table.select_indicator(number)

    def _build_headline(self) -> None:
        """The report's main targets beside last year's results."""
        self.headline_box = QWidget(self)
        title = QLabel(self.tr("Main targets"), self.headline_box)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.headline_model = ResultTargetModel(
            [self.tr("Indicator"), self.tr("Last year's result"), self.tr("This year's target")], self)
        self.headline_table = QTableView(self.headline_box)
        self.headline_table.setObjectName("headlineTable")
        self.headline_table.setModel(self.headline_model)
        configure_summary_table(self.headline_table)
        self.headline_table.activated.connect(self._on_headline_activated)
        layout = QVBoxLayout(self.headline_box)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addWidget(title)
        layout.addWidget(self.headline_table, 1)

    def _fit_headline(self) -> None:
        """Size the headline table to its rows; hide it when the report states no targets."""
        rows = self.headline_model.rowCount()
        self.headline_box.setVisible(rows > 0)
        table = self.headline_table
        height = (table.horizontalHeader().sizeHint().height()
                  + rows * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth())
        table.setMinimumHeight(min(height, table.verticalHeader().defaultSectionSize() * 4))
        table.setMaximumHeight(height)

    @Slot(int)
    def _on_tabs_current_changed(self, index: int) -> None:
        """Build the comparison chart the first time its tab is shown."""
        if index == COMPARISON_TAB:
            self.comparison.ensure_chart()

    @Slot(QModelIndex)
    def _on_headline_activated(self, index: QModelIndex) -> None:
        """Show the activated result or target in the text."""
        offsets = index.data(OFFSETS_ROLE)
        if offsets is not None:
            start, end = offsets
            self.jump_requested.emit(int(start), int(end))
