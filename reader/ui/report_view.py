"""The read-only reading view: canonical text with Chinese typography."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QTimer, Signal, Slot
from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument
from PySide6.QtWidgets import QFrame, QTextEdit, QWidget

from reader.ui.settings import DEFAULT_FONT_SIZE, MAX_FONT_SIZE, MIN_FONT_SIZE
from reader.ui.text_positions import PositionMap
from reader.ui.typography import (
    MAX_COLUMN_EM,
    body_block_format,
    body_char_format,
    em_pixels,
    heading_block_format,
    heading_char_format,
)

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Protocol

    from PySide6.QtCore import QRect
    from PySide6.QtGui import (
        QContextMenuEvent,
        QFocusEvent,
        QMouseEvent,
        QPaintEvent,
        QResizeEvent,
        QWheelEvent,
    )

    class Overlay(Protocol):
        """Something painted over the text (annotation highlights)."""

        def paint(self, rect: QRect) -> None:
            """Paint the part of the viewport inside ``rect``."""

    from reader.core.document import Document
    from reader.core.indicators import Indicator
    from reader.core.outline import OutlineNode
    from reader.ui.indicator_highlights import IndicatorHighlights

log = logging.getLogger(__name__)
SCROLL_SETTLE_MS = 40
JUMP_TOP_FRACTION = 1 / 3  # a selected indicator is shown a third of the way down
# Extra-selection layers, bottom to top: indicator highlights, then search matches, then the current match.
LAYER_ORDER = {"indicators": 0, "search": 1, "search-current": 2}


class ReportView(QTextEdit):
    """Shows one Document; every position it reports is a core offset."""

    top_offset_changed = Signal(int)
    font_size_changed = Signal(int)
    indicator_clicked = Signal(int)
    context_menu_requested = Signal(object, int)  # the standard menu (to extend), core offset

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportView")
        self.setReadOnly(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setUndoRedoEnabled(False)
        self._document: Document | None = None
        self._outline: list[OutlineNode] = []
        self._positions = PositionMap("")
        self._font_size = DEFAULT_FONT_SIZE
        self._keyboard_selection = False
        self._highlights: IndicatorHighlights | None = None  # built with the first indicators
        self._highlights_visible = True
        self._layers: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self._overlay: Overlay | None = None
        self.word_span: Callable[[str, int], tuple[int, int]] | None = None  # double-click words
        self._settle = QTimer(self, singleShot=True, interval=SCROLL_SETTLE_MS)
        self._settle.timeout.connect(self._on_scroll_settled)
        self.verticalScrollBar().valueChanged.connect(self._on_scrollbar_value_changed)

    @property
    def report(self) -> Document | None:
        """Return the document shown, if any."""
        return self._document

    @property
    def font_size(self) -> int:
        """Return the reading font size in points."""
        return self._font_size

    def set_report(self, document: Document, outline: list[OutlineNode]) -> None:
        """Show ``document`` with headings from ``outline`` styled."""
        if self._highlights is not None:
            self._highlights.set_indicators([], self._positions)
        self._document = document
        self._outline = outline
        self._positions = PositionMap(document.text)
        text_document = QTextDocument(self)
        text_document.setUndoRedoEnabled(False)
        text_document.setPlainText(document.text)
        self._apply_typography(text_document)
        self.setDocument(text_document)
        self._update_column_margins()

    @property
    def highlights(self) -> IndicatorHighlights | None:
        """Return the indicator highlights, once indicators have been set."""
        return self._highlights

    def set_indicators(self, indicators: list[Indicator]) -> None:
        """Highlight ``indicators`` of the document shown; a click on one emits its number."""
        if self._highlights is None:
            from reader.ui.indicator_highlights import IndicatorHighlights

            self._highlights = IndicatorHighlights(self)
            self._highlights.set_visible(self._highlights_visible)
            self._highlights.clicked.connect(self.indicator_clicked)
        self._highlights.set_indicators(indicators, self._positions)

    def set_highlights_visible(self, visible: bool) -> None:
        """Show or hide the indicator highlights."""
        self._highlights_visible = visible
        if self._highlights is not None:
            self._highlights.set_visible(visible)

    @property
    def positions(self) -> PositionMap:
        """Return the map between core offsets and Qt positions of the text shown."""
        return self._positions

    def set_overlay(self, overlay: Overlay | None) -> None:
        """Paint ``overlay`` over the text after each paint."""
        self._overlay = overlay
        self.viewport().update()

    def selected_range(self) -> tuple[int, int] | None:
        """Return the selection as core offsets, or None."""
        cursor = self.textCursor()
        if self._document is None or not cursor.hasSelection():
            return None
        start = self._positions.from_qt(cursor.selectionStart())
        end = self._positions.from_qt(cursor.selectionEnd())
        return (start, end) if start < end else None

    def offset_at(self, point: QPoint) -> int:
        """Return the core offset under viewport ``point``."""
        return self._positions.from_qt(self.cursorForPosition(point).position())

    def set_extra_layer(self, name: str, selections: list[QTextEdit.ExtraSelection]) -> None:
        """Replace one named layer of extra selections; layers are painted in LAYER_ORDER."""
        if selections:
            self._layers[name] = selections
        else:
            self._layers.pop(name, None)
        ordered = sorted(self._layers, key=lambda layer: LAYER_ORDER.get(layer, len(LAYER_ORDER)))
        self.setExtraSelections([selection for layer in ordered for selection in self._layers[layer]])

    def select_range(self, start: int, end: int) -> None:
        """Select core offsets ``start``..``end`` and scroll them into view."""
        if self._document is None:
            return
        length = len(self._document.text)
        start, end = max(0, min(start, length)), max(0, min(end, length))
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._positions.to_qt(start))
        bar = self.verticalScrollBar()
        line_y = bar.value() + self.cursorRect(cursor).top()  # document y, before any scrolling
        cursor.setPosition(self._positions.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        bar.setValue(max(0, line_y - int(self.viewport().height() * JUMP_TOP_FRACTION)))
        self._settle.start()

    def set_font_size(self, size: int) -> None:
        """Change the reading font size, keeping the reading position."""
        size = max(MIN_FONT_SIZE, min(MAX_FONT_SIZE, int(size)))
        if size == self._font_size:
            return
        top = self.top_offset()
        self._font_size = size
        self._apply_typography(self.document())
        self._update_column_margins()
        if self._document is not None:
            self.scroll_to_offset(top)
        self.font_size_changed.emit(size)

    def zoom_in(self) -> None:
        """Make the text larger by one point."""
        self.set_font_size(self._font_size + 1)

    def zoom_out(self) -> None:
        """Make the text smaller by one point."""
        self.set_font_size(self._font_size - 1)

    def reset_zoom(self) -> None:
        """Return to the default font size."""
        self.set_font_size(DEFAULT_FONT_SIZE)

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll so the line holding core ``offset`` is at the top, and put the cursor there."""
        if self._document is None:
            return
        offset = max(0, min(offset, len(self._document.text)))
        position = self._positions.to_qt(offset)
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        self.setTextCursor(cursor)
        self._scroll_line_to_top(position)

    def _scroll_line_to_top(self, position: int) -> None:
        """Scroll so the line holding Qt ``position`` is at the top (the cursor stays)."""
        if position == 0:  # the very top: nothing to measure (and no line layout before the first paint)
            self.verticalScrollBar().setValue(0)
            self._settle.start()
            return
        text_document = self.document()
        block = text_document.findBlock(position)
        rect = text_document.documentLayout().blockBoundingRect(block)
        y = rect.top()
        layout = block.layout()
        if layout is not None and layout.lineCount():
            line = layout.lineForTextPosition(position - block.position())
            if line.isValid():
                y += line.y()
        self.verticalScrollBar().setValue(max(0, int(y - text_document.documentMargin())))
        self._settle.start()

    def top_offset(self) -> int:
        """Return the core offset of the first line visible at the top of the view."""
        if self._document is None:
            return 0
        position = self._line_start_at(self.verticalScrollBar().value()
                                       + self.document().documentMargin() + 1)
        return min(self._positions.from_qt(position), len(self._document.text))

    def visible_qt_range(self) -> tuple[int, int]:
        """Return the Qt positions from the first visible line to the end of the last one."""
        top = self.verticalScrollBar().value()
        bottom_line = self._line_start_at(top + self.viewport().height())
        block = self.document().findBlock(bottom_line)
        layout = block.layout()
        line = layout.lineForTextPosition(bottom_line - block.position()) if layout else None
        end = (block.position() + line.textStart() + line.textLength() if line is not None and line.isValid()
               else block.position() + block.length())
        return self._line_start_at(top), end

    def _line_start_at(self, y: float) -> int:
        """Return the Qt position starting the line at document coordinate ``y`` (binary search)."""
        block = self._block_at(y)
        top = self.document().documentLayout().blockBoundingRect(block).top()
        layout = block.layout()
        for number in range(layout.lineCount() if layout else 0):
            line = layout.lineAt(number)
            if top + line.y() + line.height() > y:
                return block.position() + line.textStart()
        return block.position()

    def _block_at(self, y: float) -> QTextBlock:
        """Binary-search the block whose box holds document coordinate ``y``."""
        text_document = self.document()
        layout = text_document.documentLayout()
        low, high = 0, text_document.blockCount() - 1
        while low < high:
            middle = (low + high + 1) // 2
            if layout.blockBoundingRect(text_document.findBlockByNumber(middle)).top() <= y:
                low = middle
            else:
                high = middle - 1
        return text_document.findBlockByNumber(low)

    def cursor_offset(self) -> int:
        """Return the core offset of the text cursor."""
        return self._positions.from_qt(self.textCursor().position())

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Ctrl+wheel zooms; plain wheel scrolls."""
        from PySide6.QtCore import Qt

        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the text, then the overlay (annotation highlights) on top."""
        super().paintEvent(event)
        if self._overlay is not None:
            self._overlay.paint(event.rect())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Select the word under the mouse as jieba segments it (not one character or a line)."""
        super().mouseDoubleClickEvent(event)
        if self._document is None or self.word_span is None:
            return
        offset = self.offset_at(event.position().toPoint())
        index = self._document.paragraph_at(offset)
        paragraph = self._document.paragraphs[index]
        if not paragraph.start <= offset < paragraph.end:
            return
        start, end = self.word_span(self._document.paragraph_text(index), offset - paragraph.start)
        if start < end:
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._positions.to_qt(paragraph.start + start))
            cursor.setPosition(self._positions.to_qt(paragraph.start + end), QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(cursor)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """The standard menu, extended by whoever listens to context_menu_requested."""
        menu = self.createStandardContextMenu(event.pos())
        self.context_menu_requested.emit(menu, self.offset_at(event.pos()))
        menu.exec(event.globalPos())
        menu.deleteLater()

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Allow selecting with the keyboard (set on first focus to keep start-up fast)."""
        if not self._keyboard_selection:
            from PySide6.QtCore import Qt

            self._keyboard_selection = True
            self.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
        super().focusInEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Centre the text column; when lines rewrap keep the line read at the top."""
        keep = self._position_to_keep(event)
        super().resizeEvent(event)
        self._update_column_margins()
        if keep is not None:
            self._scroll_line_to_top(keep)

    def _position_to_keep(self, event: QResizeEvent) -> int | None:
        """Qt position at the top before a width change (None when nothing would move)."""
        old_width = event.oldSize().width()
        if (self._document is None or old_width <= 0 or old_width == event.size().width()
                or self.verticalScrollBar().value() == 0):
            return None
        return self._positions.to_qt(self.top_offset())

    def _apply_typography(self, text_document: QTextDocument) -> None:
        """Apply fonts and block formats (best before the document is attached)."""
        size = self._font_size
        text_document.setDocumentMargin(em_pixels(size))
        cursor = QTextCursor(text_document)
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.setBlockFormat(body_block_format(size))
        body = body_char_format(size)
        cursor.mergeCharFormat(body)  # headings get their sizes back just below
        cursor.mergeBlockCharFormat(body)
        self._style_headings(cursor)
        cursor.endEditBlock()

    def _style_headings(self, cursor: QTextCursor) -> None:
        """Make the title and outline headings stand out."""
        from reader.core.outline import walk

        if self._document is None:
            return
        size = self._font_size
        styled = [(0, 0, len(self._document.title))] if self._title_is_first() else []
        for node in walk(self._outline):
            styled.append((node.level, node.start, node.start + len(node.title)))
        for level, start, end in styled:
            paragraph = self._document.paragraphs[self._document.paragraph_at(start)]
            standalone = end >= paragraph.end - 1
            cursor.setPosition(self._positions.to_qt(start))
            if standalone:
                cursor.setBlockFormat(heading_block_format(size, level))
            cursor.setPosition(self._positions.to_qt(min(end, paragraph.end)))
            cursor.setPosition(self._positions.to_qt(start), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(heading_char_format(size, level if standalone else 3))

    def _title_is_first(self) -> bool:
        """True when the document's first paragraph is its title."""
        document = self._document
        return document is not None and document.paragraph_text(0) == document.title

    def _update_column_margins(self) -> None:
        """Centre the text in a column at most MAX_COLUMN_EM wide."""
        column = int(em_pixels(self._font_size) * MAX_COLUMN_EM)
        side = max(0, (self.width() - column) // 2)
        if self.viewportMargins().left() != side:
            self.setViewportMargins(side, 0, side, 0)

    @Slot(int)
    def _on_scrollbar_value_changed(self, _value: int) -> None:
        """Debounce scrolling before reporting the new top offset."""
        self._settle.start()

    @Slot()
    def _on_scroll_settled(self) -> None:
        """Report where the reader is now."""
        if self._document is not None:
            self.top_offset_changed.emit(self.top_offset())
