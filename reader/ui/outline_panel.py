"""The outline tree beside the text: click to jump, follows the reading position."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QFrame, QTreeView, QWidget

from reader.ui.models.outline_model import OFFSET_ROLE, OutlineModel

if TYPE_CHECKING:
    from reader.core.outline import OutlineNode


class OutlinePanel(QTreeView):
    """Tree view of the outline; emits ``jump_requested`` with a core offset."""

    jump_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outlinePanel")
        self._model = OutlineModel(self)
        self.setModel(self._model)
        self.setHeaderHidden(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setUniformRowHeights(True)
        self.setWordWrap(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setExpandsOnDoubleClick(False)
        self.clicked.connect(self._on_item_activated)
        self.activated.connect(self._on_item_activated)

    @property
    def outline_model(self) -> OutlineModel:
        """Return the model behind the tree."""
        return self._model

    def set_outline(self, nodes: list[OutlineNode]) -> None:
        """Show a new outline, top two levels expanded."""
        self._model.set_outline(nodes)
        self.expandToDepth(0)

    def follow_offset(self, offset: int) -> None:
        """Select the entry holding ``offset`` without emitting a jump."""
        index = self._model.index_for_offset(offset)
        if not index.isValid() or index == self.currentIndex():
            return
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    @Slot(QModelIndex)
    def _on_item_activated(self, index: QModelIndex) -> None:
        """Ask the window to show the clicked entry."""
        offset = index.data(OFFSET_ROLE)
        if offset is not None:
            self.jump_requested.emit(int(offset))
