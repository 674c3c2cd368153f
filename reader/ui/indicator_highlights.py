"""Indicator highlights in the reading view: extra selections, tooltips and clicks."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QToolTip

from reader.ui.indicator_format import (
    ACTUAL_RGB,
    QUALITATIVE_RGB,
    TARGET_RGB,
    IndicatorText,
    is_qualitative,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QHelpEvent, QMouseEvent

    from reader.core.indicators import Indicator
    from reader.ui.report_view import ReportView
    from reader.ui.text_positions import PositionMap

log = logging.getLogger(__name__)

# Translucent backgrounds read on light and dark palettes alike (the text keeps its colour).


def _is_dark(palette: QPalette) -> bool:
    """True when the palette's text background is dark."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def highlight_color(indicator: Indicator, palette: QPalette) -> QColor:
    """The background of an indicator's highlight (also the panel's legend swatch)."""
    dark = _is_dark(palette)
    if indicator.kind != "target":
        return QColor(*ACTUAL_RGB, 95 if dark else 60)
    if is_qualitative(indicator):
        return QColor(*QUALITATIVE_RGB, 50 if dark else 28)
    return QColor(*TARGET_RGB, 110 if dark else 80)


def highlight_format(indicator: Indicator, palette: QPalette) -> QTextCharFormat:
    """Actual: blue; target: amber; qualitative target: faint amber with a dashed underline."""
    char_format = QTextCharFormat()
    char_format.setBackground(highlight_color(indicator, palette))
    if is_qualitative(indicator):
        char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        char_format.setUnderlineColor(QColor(*QUALITATIVE_RGB))
    return char_format


class IndicatorHighlights(QObject):
    """Highlights the indicators of one view; reports clicks and shows tooltips on hover."""

    clicked = Signal(int)

    def __init__(self, view: ReportView) -> None:
        super().__init__(view)
        self._view = view
        self._indicators: list[Indicator] = []
        self._ranges: list[tuple[int, int]] = []
        self._visible = True
        self._text = IndicatorText(self)
        view.viewport().installEventFilter(self)

    @property
    def indicators(self) -> list[Indicator]:
        """Return the indicators highlighted."""
        return self._indicators

    def set_indicators(self, indicators: list[Indicator], positions: PositionMap) -> None:
        """Highlight ``indicators`` (core offsets converted with ``positions``)."""
        self._indicators = list(indicators)
        self._ranges = [(positions.to_qt(i.start), positions.to_qt(i.end)) for i in indicators]
        self.refresh()

    def set_visible(self, visible: bool) -> None:
        """Show or hide every highlight."""
        self._visible = visible
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the view's extra selections (after a change or a palette switch)."""
        if not self._visible:
            self._view.set_extra_layer("indicators", [])
            return
        document = self._view.document()
        palette = self._view.palette()
        formats: dict[tuple[str, bool], QTextCharFormat] = {}
        selections = []
        batch = QTextCursor(document)
        batch.beginEditBlock()  # cursors skip computing their x position (a layout) meanwhile
        for indicator, (start, end) in zip(self._indicators, self._ranges, strict=True):
            style = (indicator.kind, is_qualitative(indicator))
            if style not in formats:
                formats[style] = highlight_format(indicator, palette)
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = formats[style]
            selections.append(selection)
        batch.endEditBlock()
        self._view.set_extra_layer("indicators", selections)

    def indicators_at(self, point: QPoint) -> list[int]:
        """Return the numbers of the indicators under viewport ``point``."""
        position = self._character_at(point)
        if position < 0:
            return []
        return [number for number, (start, end) in enumerate(self._ranges) if start <= position < end]

    def qt_range(self, number: int) -> tuple[int, int]:
        """Return the Qt positions of indicator ``number``."""
        return self._ranges[number]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tooltips with the records under the mouse, clicks on indicators, palette changes."""
        event_type = event.type()
        if event_type == QEvent.Type.PaletteChange:  # light ↔ dark: recolour
            self.refresh()
        if not self._visible or not self._indicators:
            return False
        if event_type == QEvent.Type.ToolTip:
            return self._show_tooltip(event)  # type: ignore[arg-type]
        if event_type == QEvent.Type.MouseButtonRelease:
            self._report_click(event)  # type: ignore[arg-type]
        return False

    def _show_tooltip(self, event: QHelpEvent) -> bool:
        """Show the tooltip for the indicators under the mouse, or hide it."""
        numbers = self.indicators_at(event.pos())
        if not numbers:
            QToolTip.hideText()
            event.ignore()
            return True
        text = self._text.tooltip([self._indicators[number] for number in numbers])
        QToolTip.showText(event.globalPos(), text, self._view.viewport())
        return True

    def _report_click(self, event: QMouseEvent) -> None:
        """A plain left click (not the end of a drag selection) on an indicator."""
        if event.button() != Qt.MouseButton.LeftButton or self._view.textCursor().hasSelection():
            return
        numbers = self.indicators_at(event.position().toPoint())
        if numbers:
            self.clicked.emit(numbers[0])

    def _character_at(self, point: QPoint) -> int:
        """Qt position of the character drawn under viewport ``point``, or -1."""
        view = self._view
        document = view.document()
        document_point = QPointF(point.x() + view.horizontalScrollBar().value(),
                                 point.y() + view.verticalScrollBar().value())
        position = document.documentLayout().hitTest(document_point, Qt.HitTestAccuracy.ExactHit)
        if position < 0:
            return -1
        for candidate in (position, position - 1, position + 1):  # hitTest rounds at edges
            if candidate >= 0 and self._character_rect(candidate).contains(point):
                return candidate
        return -1

    def _character_rect(self, position: int) -> QRect:
        """The box of the character at Qt ``position``, in viewport coordinates."""
        view = self._view
        cursor = QTextCursor(view.document())
        cursor.setPosition(position)
        left = view.cursorRect(cursor)
        cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
        right = view.cursorRect(cursor)
        width = right.x() - left.x() if right.top() == left.top() else view.viewport().width()
        return QRect(left.x(), left.top(), max(1, width + 1), left.height())  # both edges count
