"""A read-only list of search hits, best or first first; subclasses say what each role shows."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex

Hit = TypeVar("Hit")
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
DISPLAY_ROLE = 0


class HitListModel(QAbstractListModel, Generic[Hit]):
    """Holds the hits; ``hit_data(hit, role)`` answers ``data()`` for one row."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[Hit] = []

    def set_hits(self, hits: list[Hit]) -> None:
        """Replace all hits."""
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> Hit | None:
        """Return the hit of ``row``."""
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: _Index = _ROOT) -> int:
        """Hits are a flat list."""
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: _Index, role: int = DISPLAY_ROLE) -> Any:
        """Whatever ``hit_data`` shows for the hit of this row."""
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        return self.hit_data(self._hits[index.row()], role)

    def hit_data(self, hit: Hit, role: int) -> Any:
        """Return the value of ``role`` for ``hit`` (subclasses)."""
        raise NotImplementedError
