"""The 对比 tab: last year's results beside this year's targets, as a table and a bar chart."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.ui.models.indicator_model import OFFSETS_ROLE
from reader.ui.models.summary_model import ResultTargetModel

if TYPE_CHECKING:
    from reader.core.indicator_summary import ResultTargetPair
    from reader.ui.comparison_chart import ComparisonChart

log = logging.getLogger(__name__)


def configure_summary_table(view: QTableView) -> None:
    """Read-only rows, no row numbers, name column sized to its text, the rest shared."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(0, view.fontMetrics().horizontalAdvance("中") * 9 + 12)


class ComparisonView(QWidget):
    """Result/target pairs; the chart (QtCharts) is built the first time the tab is shown."""

    jump_requested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparisonView")
        self._pairs: list[ResultTargetPair] = []
        self.chart: ComparisonChart | None = None
        self.model = ResultTargetModel(
            [self.tr("Indicator"), self.tr("Result"), self.tr("Target")], self)
        self.table = QTableView(self)
        self.table.setObjectName("comparisonTable")
        self.table.setModel(self.model)
        configure_summary_table(self.table)
        self.table.activated.connect(self._on_table_activated)
        text = self.tr("Each target beside the closest result in the same unit; double-click to show it.")
        note = QLabel(text, self)
        note.setWordWrap(True)
        note.setEnabled(False)  # secondary text
        self._splitter = QSplitter(self)
        self._splitter.setOrientation(Qt.Orientation.Vertical)
        self._splitter.setChildrenCollapsible(False)
        self._splitter.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(note)
        layout.addWidget(self._splitter, 1)

    def set_pairs(self, pairs: list[ResultTargetPair]) -> None:
        """Show ``pairs`` in the table and, once built, the chart."""
        self._pairs = list(pairs)
        self.model.set_rows(self._pairs)
        if self.chart is not None:
            self.chart.set_pairs(self._pairs)

    def ensure_chart(self) -> ComparisonChart:
        """Build the chart (imports QtCharts) if it is not there yet."""
        if self.chart is None:
            from reader.ui.comparison_chart import ComparisonChart

            self.chart = ComparisonChart(self)
            self._splitter.addWidget(self.chart)
            total = max(self._splitter.height(), 400)
            self._splitter.setSizes([total * 2 // 5, total * 3 // 5])
            self.chart.set_pairs(self._pairs)
        return self.chart

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        """Show the result or target of the activated cell in the text."""
        offsets = index.data(OFFSETS_ROLE)
        if offsets is not None:
            start, end = offsets
            self.jump_requested.emit(int(start), int(end))
