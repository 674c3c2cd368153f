"""Search matches in the reading view: one extra-selection layer for all, one for the current."""

from __future__ import annotations

import bisect
import logging
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

if TYPE_CHECKING:
    from reader.ui.report_view import ReportView

log = logging.getLogger(__name__)
ALL_LAYER = "search"
CURRENT_LAYER = "search-current"
# Only matches within this many characters of the reading position are painted (more extra
# selections make every keystroke and repaint slow on a long text); they follow as the reader
# scrolls. The count and navigation always cover every match.
WINDOW_CHARS = 20_000
MAX_HIGHLIGHTS = 3000
MATCH_RGB = (0, 190, 165)  # teal: apart from indicator blue/amber and the annotation colours
CURRENT_RGB = (255, 87, 34)


def _formats(palette: QPalette) -> tuple[QTextCharFormat, QTextCharFormat]:
    """Translucent backgrounds (the text keeps its colour in light and dark themes)."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    every = QTextCharFormat()
    every.setBackground(QColor(*MATCH_RGB, 110 if dark else 85))
    every.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    every.setUnderlineColor(QColor(*MATCH_RGB))
    current = QTextCharFormat()
    current.setBackground(QColor(*CURRENT_RGB, 190 if dark else 150))
    current.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    current.setUnderlineColor(QColor(*CURRENT_RGB))
    return every, current


class SearchHighlights:
    """Paints the matches of one view through its named layers (positions via its PositionMap)."""

    def __init__(self, view: ReportView) -> None:
        self._view = view
        self._spans: list[tuple[int, int]] = []
        self._window: tuple[int, int] = (0, 0)  # the span range painted

    def show(self, spans: list[tuple[int, int]], current: int | None, around: int) -> None:
        """Highlight the ``spans`` near offset ``around`` and, stronger, the one at index ``current``."""
        self._spans = spans
        self._paint(around)
        self.show_current(spans[current] if current is not None and 0 <= current < len(spans) else None)

    def follow(self, offset: int) -> None:
        """The reader moved to ``offset``: paint the matches there if they are not painted yet."""
        low, high = self._window
        if self._spans and not low + WINDOW_CHARS // 2 <= offset <= high - WINDOW_CHARS // 2:
            self._paint(offset)

    def _paint(self, around: int) -> None:
        """Put the matches within WINDOW_CHARS of ``around`` in the layer of all matches."""
        self._window = (around - WINDOW_CHARS, around + WINDOW_CHARS)
        first = bisect.bisect_left(self._spans, (around - WINDOW_CHARS, -1))
        last = bisect.bisect_left(self._spans, (around + WINDOW_CHARS, -1), lo=first)
        char_format = _formats(self._view.palette())[0]
        self._view.set_extra_layer(ALL_LAYER, [self._selection(start, end, char_format)
                                               for start, end in self._spans[first:last][:MAX_HIGHLIGHTS]])

    def show_current(self, span: tuple[int, int] | None, char_format: QTextCharFormat | None = None) -> None:
        """Mark ``span`` as the current match (None: no current match)."""
        if span is None:
            self._view.set_extra_layer(CURRENT_LAYER, [])
            return
        if char_format is None:
            char_format = _formats(self._view.palette())[1]
        self._view.set_extra_layer(CURRENT_LAYER, [self._selection(*span, char_format)])

    def clear(self) -> None:
        """Remove every search highlight."""
        self._spans = []
        self._window = (0, 0)
        self._view.set_extra_layer(ALL_LAYER, [])
        self._view.set_extra_layer(CURRENT_LAYER, [])

    def _selection(self, start: int, end: int, char_format: QTextCharFormat) -> QTextEdit.ExtraSelection:
        """One extra selection over core offsets [start, end)."""
        positions = self._view.positions
        cursor = QTextCursor(self._view.document())
        cursor.setPosition(positions.to_qt(start))
        cursor.setPosition(positions.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = char_format
        return selection
