"""The indicator list of the metrics panel: text, kind and section filters over a sortable table."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.ui.models.indicator_model import (
    CHANGE,
    KIND,
    NAME,
    OFFSETS_ROLE,
    QUALIFIER,
    UNIT,
    VALUE,
    IndicatorFilterModel,
    IndicatorModel,
)

if TYPE_CHECKING:
    from reader.core.indicators import Indicator

log = logging.getLogger(__name__)
# Column widths in average CJK characters (the section column takes what is left).
COLUMN_EMS = {NAME: 7.5, VALUE: 3.5, UNIT: 4, QUALIFIER: 3, CHANGE: 1.5, KIND: 4.5}
SECTION_EMS = 6
SLACK = 40  # dock frame, margins and rounding


class IndicatorTable(QWidget):
    """Filters above a table of indicators; double-click (or Enter) asks to show one in the text."""

    jump_requested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indicatorTable")
        self.model = IndicatorModel(self)
        self.proxy = IndicatorFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self._build_filters()
        self._build_view()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("indicatorCount")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(self._filters_layout)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self._update_count()

    def set_indicators(self, indicators: list[Indicator]) -> None:
        """Show ``indicators`` in reading order; filters are kept where they still apply."""
        self.model.set_indicators(indicators)
        sections = list(dict.fromkeys(i.section[0] for i in indicators if i.section))
        current = self.section_combo.currentData()
        self.section_combo.blockSignals(True)
        self.section_combo.clear()
        self.section_combo.addItem(self.tr("All sections"), "")
        for title in sections:
            self.section_combo.addItem(title, title)
            self.section_combo.setItemData(self.section_combo.count() - 1, title,
                                           Qt.ItemDataRole.ToolTipRole)
        self.section_combo.setCurrentIndex(max(0, self.section_combo.findData(current)))
        self.section_combo.blockSignals(False)
        self.proxy.set_section(self.section_combo.currentData() or "")
        self._update_count()

    def select_indicator(self, source_row: int) -> None:
        """Select (and scroll to) the row of indicator ``source_row``, clearing filters that hide it."""
        source = self.model.index(source_row, NAME)
        if not source.isValid():
            return
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.clear_filters()
            index = self.proxy.mapFromSource(source)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def preferred_width(self) -> int:
        """Width that shows every column without scrolling sideways."""
        view = self.view
        em = view.fontMetrics().horizontalAdvance("中")
        columns = sum(view.horizontalHeader().sectionSize(column) for column in COLUMN_EMS)
        scrollbar = view.verticalScrollBar().sizeHint().width()
        return columns + int(SECTION_EMS * em) + scrollbar + 2 * view.frameWidth() + SLACK

    def selected_source_rows(self) -> list[int]:
        """Return the source rows of the selected indicators."""
        rows = self.view.selectionModel().selectedRows()
        return sorted(self.proxy.mapToSource(index).row() for index in rows)

    def clear_filters(self) -> None:
        """Reset the three filters."""
        self.filter_edit.clear()
        self.kind_combo.setCurrentIndex(0)
        self.section_combo.setCurrentIndex(0)

    def _build_filters(self) -> None:
        """Text filter, kind and section combos."""
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("indicatorFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, text or section"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kindFilter")
        self.kind_combo.addItem(self.tr("All kinds"), "")
        self.kind_combo.addItem(self.tr("Actual"), "actual")
        self.kind_combo.addItem(self.tr("Target"), "target")
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        self.section_combo = QComboBox(self)
        self.section_combo.setObjectName("sectionFilter")
        self.section_combo.addItem(self.tr("All sections"), "")
        self.section_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.section_combo.setMinimumContentsLength(6)
        self.section_combo.currentIndexChanged.connect(self._on_section_combo_changed)
        self._filters_layout = QHBoxLayout()
        self._filters_layout.addWidget(self.filter_edit, 3)
        self._filters_layout.addWidget(self.kind_combo)
        self._filters_layout.addWidget(self.section_combo, 2)

    def _build_view(self) -> None:
        """A sortable, read-only table in reading order until a header is clicked."""
        view = QTableView(self)
        view.setObjectName("indicatorView")
        view.setModel(self.proxy)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        em = view.fontMetrics().horizontalAdvance("中")
        for column, ems in COLUMN_EMS.items():
            header.resizeSection(column, int(ems * em) + 12)
        header.setMinimumSectionSize(em + 8)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # reading order first
        view.setSortingEnabled(True)
        view.activated.connect(self._on_view_activated)
        self.view = view

    @Slot(int)
    def _on_kind_combo_changed(self, _index: int) -> None:
        """Filter by kind."""
        self.proxy.set_kind(self.kind_combo.currentData() or "")

    @Slot(int)
    def _on_section_combo_changed(self, _index: int) -> None:
        """Filter by top-level section."""
        self.proxy.set_section(self.section_combo.currentData() or "")

    @Slot(QModelIndex)
    def _on_view_activated(self, index: QModelIndex) -> None:
        """Ask to show the indicator in the text."""
        offsets = index.data(OFFSETS_ROLE)
        if offsets is not None:
            start, end = offsets
            self.jump_requested.emit(int(start), int(end))

    @Slot()
    def _update_count(self) -> None:
        """Shown / total indicators."""
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = self.tr("%1 indicators").replace("%1", str(total))
        else:
            text = self.tr("%1 of %2 indicators").replace("%1", str(shown)).replace("%2", str(total))
        self.count_label.setText(text)
