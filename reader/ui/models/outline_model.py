"""A read-only tree model over the core's outline nodes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex

if TYPE_CHECKING:
    from reader.core.outline import OutlineNode

# Qt::ItemDataRole values as ints: touching PySide6's Qt namespace costs ~17 ms at start-up.
DISPLAY_ROLE = 0
TOOLTIP_ROLE = 3
USER_ROLE = 256
OFFSET_ROLE = USER_ROLE + 1
LEVEL_ROLE = USER_ROLE + 2

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class OutlineModel(QAbstractItemModel):
    """Adapts a list of OutlineNode trees; parsing happens in core, not here."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._roots: list[OutlineNode] = []
        self._parents: dict[int, OutlineNode | None] = {}
        self._ordered: list[OutlineNode] = []

    def set_outline(self, roots: list[OutlineNode]) -> None:
        """Replace the whole outline."""
        self.beginResetModel()
        self._roots = roots
        self._parents = {}
        for root in roots:
            self._record_parents(root, None)
        from reader.core.outline import walk

        self._ordered = walk(roots)
        self.endResetModel()

    def index_for_offset(self, offset: int) -> QModelIndex:
        """Return the index of the deepest entry starting at or before ``offset``."""
        best: OutlineNode | None = None
        for node in self._ordered:
            if node.start > offset:
                break
            best = node
        return self._index_of(best) if best else QModelIndex()

    def node(self, index: _Index) -> OutlineNode | None:
        """Return the node behind ``index``."""
        return index.internalPointer() if index.isValid() else None

    def index(self, row: int, column: int, parent: _Index = _ROOT) -> QModelIndex:
        """Return the index of a child of ``parent``."""
        siblings = self._children(parent)
        if column != 0 or not 0 <= row < len(siblings):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def parent(self, index: _Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        """Return the parent of ``index``."""
        node = self.node(index)
        if node is None:
            return QModelIndex()
        parent = self._parents.get(id(node))
        return self._index_of(parent) if parent else QModelIndex()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        """Return how many children ``parent`` has."""
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: _Index = _ROOT) -> int:
        """The outline has one column: the title."""
        return 1

    def data(self, index: _Index, role: int = DISPLAY_ROLE) -> Any:
        """Return the title, tooltip, offset or level of an entry."""
        node = self.node(index)
        if node is None:
            return None
        if role in (DISPLAY_ROLE, TOOLTIP_ROLE):
            return node.title
        if role == OFFSET_ROLE:
            return node.start
        if role == LEVEL_ROLE:
            return node.level
        return None

    def _children(self, parent: _Index) -> list[OutlineNode]:
        """Return the child list of ``parent`` (roots for the invalid index)."""
        node = self.node(parent)
        return node.children if node else self._roots

    def _index_of(self, node: OutlineNode) -> QModelIndex:
        """Return the model index of ``node``."""
        parent = self._parents.get(id(node))
        siblings = parent.children if parent else self._roots
        row = next(i for i, sibling in enumerate(siblings) if sibling is node)
        return self.createIndex(row, 0, node)

    def _record_parents(self, node: OutlineNode, parent: OutlineNode | None) -> None:
        """Remember each node's parent for ``parent()``."""
        self._parents[id(node)] = parent
        for child in node.children:
            self._record_parents(child, node)
