"""A read-only table of indicators and the proxy that filters and sorts it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from reader.ui.indicator_format import (
    ACTUAL_RGB,
    CHANGE_ARROWS,
    QUALITATIVE_RGB,
    TARGET_RGB,
    IndicatorText,
    is_qualitative,
    section_text,
    sort_value,
    value_text,
)

if TYPE_CHECKING:
    from reader.core.indicators import Indicator

NAME, VALUE, UNIT, QUALIFIER, CHANGE, KIND, SECTION = range(7)
COLUMN_COUNT = 7
SWATCH_SIZE = 12
NUMERIC_COLUMNS = (VALUE,)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OFFSETS_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


_swatches: dict[tuple[int, int, int], QIcon] = {}


def swatch(indicator: Indicator) -> QIcon:
    """A dot in the colour of the indicator's highlight (legend in the kind column)."""
    if indicator.kind != "target":
        rgb = ACTUAL_RGB
    else:
        rgb = QUALITATIVE_RGB if is_qualitative(indicator) else TARGET_RGB
    if rgb not in _swatches:
        pixmap = QPixmap(SWATCH_SIZE, SWATCH_SIZE)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(*rgb))
        painter.drawEllipse(2, 2, SWATCH_SIZE - 4, SWATCH_SIZE - 4)
        painter.end()
        _swatches[rgb] = QIcon(pixmap)
    return _swatches[rgb]


class IndicatorModel(QAbstractTableModel):
    """One row per indicator: name, value, unit, qualifier, change, kind, section."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._indicators: list[Indicator] = []
        self._text = IndicatorText(self)
        self._headers = self._text.column_titles()  # translations live in reader/ui/*.py

    def set_indicators(self, indicators: list[Indicator]) -> None:
        """Replace all rows."""
        self.beginResetModel()
        self._indicators = list(indicators)
        self.endResetModel()

    def indicator(self, row: int) -> Indicator:
        """Return the indicator of source ``row``."""
        return self._indicators[row]

    @property
    def indicators(self) -> list[Indicator]:
        """Return every indicator, in reading order."""
        return self._indicators

    def rowCount(self, parent: _Index = _ROOT) -> int:
        """One row per indicator (a table has no children)."""
        return 0 if parent.isValid() else len(self._indicators)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        """Seven columns."""
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, tooltip, alignment, kind swatch, sort key and offsets."""
        if not index.isValid() or not 0 <= index.row() < len(self._indicators):
            return None
        indicator = self._indicators[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(indicator, column)
        if role == SORT_ROLE:
            return sort_value(indicator) if column == VALUE else self._display(indicator, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._text.tooltip([indicator])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC_COLUMNS:
            return _RIGHT
        if role == Qt.ItemDataRole.DecorationRole and column == KIND:
            return swatch(indicator)
        if role == OFFSETS_ROLE:
            return (indicator.start, indicator.end)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles (rows are not numbered)."""
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < COLUMN_COUNT):
            return self._headers[section]
        return None

    def _display(self, indicator: Indicator, column: int) -> str:
        """The text of one cell."""
        if column == NAME:
            return indicator.name
        if column == VALUE:
            return value_text(indicator)
        if column == UNIT:
            return indicator.unit or ""
        if column == QUALIFIER:
            return indicator.qualifier or ""
        if column == CHANGE:
            return CHANGE_ARROWS.get(indicator.change or "", "")
        if column == KIND:
            return self._text.kind_label(indicator)
        return indicator.section[-1] if indicator.section else ""


class IndicatorFilterModel(QSortFilterProxyModel):
    """Filters by text (name, quote, section), kind and top-level section; sorts numerically."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._kind = ""
        self._section = ""
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    @property
    def is_filtering(self) -> bool:
        """True when any filter hides rows."""
        return bool(self._text or self._kind or self._section)

    def set_text(self, text: str) -> None:
        """Keep rows whose name, quote or section contains ``text`` (any case)."""
        self._change_filter(text=text.strip().casefold())

    def set_kind(self, kind: str) -> None:
        """Keep only 'actual' or 'target' rows; '' keeps both."""
        self._change_filter(kind=kind)

    def set_section(self, title: str) -> None:
        """Keep rows under the top-level section ``title``; '' keeps all."""
        self._change_filter(section=title)

    def clear_filters(self) -> None:
        """Show every row."""
        self._change_filter(text="", kind="", section="")

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        """Apply the three filters to one indicator."""
        model = self.sourceModel()
        if not isinstance(model, IndicatorModel) or source_row >= model.rowCount():
            return False
        indicator = model.indicator(source_row)
        if self._kind and indicator.kind != self._kind:
            return False
        if self._section and (not indicator.section or indicator.section[0] != self._section):
            return False
        if self._text:
            haystack = " ".join((indicator.name, indicator.quote, section_text(indicator)))
            return self._text in haystack.casefold()
        return True

    def _change_filter(self, **values: str) -> None:
        """Set filter values and refilter once."""
        if all(getattr(self, f"_{name}") == value for name, value in values.items()):
            return
        self.beginFilterChange()
        for name, value in values.items():
            setattr(self, f"_{name}", value)
        self.endFilterChange()
