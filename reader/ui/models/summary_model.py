"""A read-only table of results beside targets (headline targets, result/target pairs)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from reader.ui.indicator_format import CHANGE_ARROWS, IndicatorText, amount_text
from reader.ui.models.indicator_model import OFFSETS_ROLE

if TYPE_CHECKING:
    from reader.core.indicators import Indicator

NAME, ACTUAL, TARGET = range(3)
COLUMN_COUNT = 3
MISSING = "—"

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class ResultTargetRow(Protocol):
    """What HeadlineRow and ResultTargetPair have in common."""

    name: str
    actual: Indicator | None
    target: Indicator


def cell_text(indicator: Indicator | None, name: str = "") -> str:
    """Amount with its direction (↑ 5.5%左右); a qualitative target's statement without its name."""
    if indicator is None:
        return MISSING
    if indicator.value is None:
        quote = indicator.quote
        return quote[len(name):] if name and quote.startswith(name) and quote != name else quote
    arrow = CHANGE_ARROWS.get(indicator.change or "")
    return f"{arrow} {amount_text(indicator)}" if arrow else amount_text(indicator)


class ResultTargetModel(QAbstractTableModel):
    """Columns: indicator, result, target; each cell knows its indicator's offsets."""

    def __init__(self, headers: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._rows: list[ResultTargetRow] = []
        self._text = IndicatorText(self)

    def set_rows(self, rows: list[ResultTargetRow]) -> None:
        """Replace all rows."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> ResultTargetRow:
        """Return the row object at ``number``."""
        return self._rows[number]

    def rowCount(self, parent: _Index = _ROOT) -> int:
        """One row per pair (a table has no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        """Name, result, target."""
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, the cell's indicator record as tooltip, and its offsets."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        indicator = row.actual if index.column() == ACTUAL else row.target
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name if index.column() == NAME else cell_text(indicator, row.name)
        if role == Qt.ItemDataRole.ToolTipRole:
            shown = [row.target] if index.column() == NAME else [indicator]
            if index.column() == NAME and row.actual is not None:
                shown.insert(0, row.actual)
            return self._text.tooltip([item for item in shown if item is not None]) or None
        if role == OFFSETS_ROLE and indicator is not None:
            return (indicator.start, indicator.end)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < COLUMN_COUNT):
            return self._headers[section]
        return None
