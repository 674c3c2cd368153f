"""The search results dock's panel: every hit's sentence (hit in bold) and section; click to jump."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from reader.ui.models.search_results_model import HTML_ROLE, SPAN_ROLE, SearchResultsModel

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter

    from reader.core.text_search import SearchHit

log = logging.getLogger(__name__)
ROW_PADDING = 4


class RichTextDelegate(QStyledItemDelegate):
    """Paints a row's HTML_ROLE text unwrapped, clipped to the row: every row has the same height."""

    def _document(self, option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> QTextDocument:
        """The row's rich text on unwrapped lines; the section line in a muted colour."""
        document = QTextDocument()
        document.setDefaultFont(option.font)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        muted = (option.palette.color(group, QPalette.ColorRole.HighlightedText) if selected
                 else option.palette.color(group, QPalette.ColorRole.PlaceholderText))
        document.setDefaultStyleSheet(f".section {{ color: {muted.name()}; }}")
        document.setDocumentMargin(ROW_PADDING)
        document.setHtml(str(index.data(HTML_ROLE) or ""))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        """Background and focus as the style draws them, then the rich text."""
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        options.text = ""
        style = options.widget.style() if options.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget)
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(option.rect.translated(-option.rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        """Two lines high (the list asks one row only: uniform sizes); as wide as the list."""
        document = self._document(option, index)
        return QSize(1, int(document.size().height()))


class SearchPanel(QWidget):
    """A summary line and the list of hits; emits the span of the hit clicked."""

    jump_requested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.model = SearchResultsModel(self)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.list_view = QListView(self)
        self.list_view.setObjectName("searchResults")
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(RichTextDelegate(self.list_view))
        self.list_view.setUniformItemSizes(True)  # a keystroke must not lay out hundreds of rows
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setTextElideMode(Qt.TextElideMode.ElideNone)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.list_view, 1)
        self.list_view.clicked.connect(self._on_list_view_activated)
        self.list_view.activated.connect(self._on_list_view_activated)
        self.set_hits("", [], 0)

    def set_hits(self, query: str, hits: list[SearchHit], total: int) -> None:
        """Show ``hits`` (the first of ``total``) for ``query``."""
        self.model.set_hits(hits)
        if not query:
            self.summary_label.setText(self.tr("Type in the find bar (Ctrl+F) to list matches here."))
        elif total == 0:
            self.summary_label.setText(self.tr("No matches for “%1”").replace("%1", query))
        elif len(hits) < total:
            self.summary_label.setText(self.tr("First %1 of %2 matches for “%3”")
                                       .replace("%1", str(len(hits))).replace("%2", str(total))
                                       .replace("%3", query))
        else:
            self.summary_label.setText(self.tr("%1 matches for “%2”")
                                       .replace("%1", str(total)).replace("%2", query))

    def set_error(self, message: str) -> None:
        """The query is invalid: no hits, the reason instead."""
        self.model.set_hits([])
        self.summary_label.setText(message)

    def select_row(self, row: int) -> None:
        """Select (without jumping) the hit of ``row``, following the find bar's current match."""
        index = self.model.index(row, 0)
        if index.isValid():
            self.list_view.setCurrentIndex(index)
            self.list_view.scrollTo(index)

    @Slot(QModelIndex)
    def _on_list_view_activated(self, index: QModelIndex) -> None:
        """Jump to the hit clicked or chosen with Enter."""
        span = index.data(SPAN_ROLE)
        if span is not None:
            self.jump_requested.emit(*span)
