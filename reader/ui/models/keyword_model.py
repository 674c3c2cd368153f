"""A read-only table model over keywords: word and count."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

if TYPE_CHECKING:
    from reader.core.keywords import Keyword

WORD_ROLE = Qt.ItemDataRole.UserRole + 1
WORD_COLUMN, COUNT_COLUMN = 0, 1

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_DISPLAY = Qt.ItemDataRole.DisplayRole


class KeywordModel(QAbstractTableModel):
    """One row per keyword, best first: the word and how often it occurs."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._keywords: list[Keyword] = []
        self._headers = ("", "")

    def set_headers(self, word: str, count: str) -> None:
        """Set the (translated) column titles."""
        self._headers = (word, count)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)

    def set_keywords(self, keywords: list[Keyword]) -> None:
        """Replace the keywords."""
        self.beginResetModel()
        self._keywords = list(keywords)
        self.endResetModel()

    def keyword(self, row: int) -> Keyword | None:
        """Return the keyword of ``row``."""
        return self._keywords[row] if 0 <= row < len(self._keywords) else None

    def rowCount(self, parent: _Index = _ROOT) -> int:
        """A flat table."""
        return 0 if parent.isValid() else len(self._keywords)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        """Word and count."""
        return 0 if parent.isValid() else 2

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        """The word or its count; the word under WORD_ROLE in both columns."""
        if not index.isValid() or not 0 <= index.row() < len(self._keywords):
            return None
        keyword = self._keywords[index.row()]
        column = index.column()
        if role == _DISPLAY:
            return keyword.word if column == WORD_COLUMN else str(keyword.count)
        if role == WORD_ROLE:
            return keyword.word
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column == COUNT_COLUMN else Qt.AlignmentFlag.AlignLeft
            return int((horizontal | Qt.AlignmentFlag.AlignVCenter).value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{keyword.word}: {keyword.count} · TF-IDF {keyword.weight:.3f}"
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        """Column titles."""
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal and 0 <= section < 2:
            return self._headers[section]
        return None
