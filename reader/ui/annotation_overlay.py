"""Paints annotation highlights over the text (multiplied, so indicator highlights show through)."""

from __future__ import annotations

import bisect
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QToolTip

from reader.ui.annotation_colours import highlight_colour, marker_colour

if TYPE_CHECKING:
    from PySide6.QtGui import QHelpEvent, QTextBlock, QTextLine

    from reader.core.annotations import Annotation
    from reader.ui.report_view import ReportView

log = logging.getLogger(__name__)
MARKER_SIZE = 7
TOOLTIP_NOTE_CHARS = 400


class AnnotationOverlay(QObject):
    """Draws the placed annotations of one view; hovering shows their notes."""

    def __init__(self, view: ReportView) -> None:
        super().__init__(view)
        self._view = view
        self._annotations: list[Annotation] = []
        self._ranges: list[tuple[int, int]] = []  # Qt positions, sorted by start
        self._starts: list[int] = []
        self._longest = 0
        self._box_cache: dict[tuple[int, int], list[QRectF]] = {}  # Qt range → boxes in document coords
        self._line_cache: dict[int, tuple[float, float, list]] = {}  # block number → origin and lines
        self._cache_key: tuple = ()
        view.set_overlay(self)
        view.viewport().installEventFilter(self)

    def set_annotations(self, annotations: list[Annotation]) -> None:
        """Show ``annotations`` (orphans are skipped); repaint."""
        to_qt = self._view.positions.to_qt
        placed = sorted((a for a in annotations if not a.orphan), key=lambda a: (a.start, a.end))
        self._annotations = placed
        self._ranges = [(to_qt(a.start), to_qt(a.end)) for a in placed]
        self._starts = [start for start, _ in self._ranges]
        self._longest = max((end - start for start, end in self._ranges), default=0)
        self._view.viewport().update()

    def apply_change(self, removed_ids: list[str], written: list[Annotation]) -> None:
        """Remove and add single annotations (cheap with thousands); repaint."""
        gone = set(removed_ids) | {annotation.id for annotation in written}
        kept = [(a, r) for a, r in zip(self._annotations, self._ranges, strict=True) if a.id not in gone]
        to_qt = self._view.positions.to_qt
        for annotation in written:
            if not annotation.orphan:
                key = (to_qt(annotation.start), to_qt(annotation.end))
                position = bisect.bisect_right([r for _, r in kept], key)
                kept.insert(position, (annotation, key))
        self._annotations = [a for a, _ in kept]
        self._ranges = [r for _, r in kept]
        self._starts = [start for start, _ in self._ranges]
        self._longest = max((end - start for start, end in self._ranges), default=0)
        self._view.viewport().update()

    def paint(self, rect: QRect) -> None:
        """Paint the highlights and note markers that fall inside ``rect`` of the viewport."""
        if not self._annotations:
            return
        view = self._view
        first, last = self._visible_range()
        low = bisect.bisect_left(self._starts, first - self._longest)
        high = bisect.bisect_right(self._starts, last)
        self._check_cache()
        dx, dy = view.horizontalScrollBar().value(), view.verticalScrollBar().value()
        clip = QRectF(rect).translated(dx, dy)
        fills: dict[str, list[QRectF]] = {}
        markers: list[tuple[QRectF, str]] = []
        for index in range(low, high):
            start, end = self._ranges[index]
            if end < first:
                continue
            annotation = self._annotations[index]
            boxes = self._cached_boxes(start, end)
            fills.setdefault(annotation.colour, []).extend(box for box in boxes if box.intersects(clip))
            if annotation.note and boxes:
                markers.append((boxes[-1], annotation.colour))
        painter = QPainter(view.viewport())
        painter.translate(-dx, -dy)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
        for colour, boxes in fills.items():  # one call per colour, however many highlights
            painter.setBrush(highlight_colour(colour))
            painter.drawRects(boxes)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
        for box, colour in markers:
            if box.intersects(clip):
                self._paint_marker(painter, box, colour)
        painter.end()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Show the note of the annotation under the mouse as a tooltip."""
        if event.type() == QEvent.Type.ToolTip and self._annotations:
            return self._show_note(event)  # type: ignore[arg-type]
        return False

    def _show_note(self, event: QHelpEvent) -> bool:
        """A tooltip with the notes and tags under the mouse; let others handle bare text."""
        import html

        point = QPointF(event.pos())
        first, last = self._visible_range()
        candidates = [a for a, (s, e) in zip(self._annotations, self._ranges, strict=True)
                      if e >= first and s <= last]
        hits = [a for a in candidates if a.note or a.tags]
        hits = [a for a in hits if any(box.contains(point) for box in self._boxes(*self._qt(a)))]
        if not hits:
            return False
        parts = []
        for annotation in hits:
            note = html.escape(annotation.note[:TOOLTIP_NOTE_CHARS]).replace("\n", "<br>")
            tags = " ".join(f"#{html.escape(tag)}" for tag in annotation.tags)
            parts.append(f"<p>{note}</p>" + (f"<p><i>{tags}</i></p>" if tags else ""))
        QToolTip.showText(event.globalPos(), "".join(parts), self._view.viewport())
        return True

    def _qt(self, annotation: Annotation) -> tuple[int, int]:
        """Return the Qt range of ``annotation``."""
        to_qt = self._view.positions.to_qt
        return to_qt(annotation.start), to_qt(annotation.end)

    def _visible_range(self) -> tuple[int, int]:
        """Return the Qt positions of the first and last visible characters."""
        first, last = self._view.visible_qt_range()
        return first, last + 1

    def _boxes(self, start: int, end: int) -> list[QRectF]:
        """Return one viewport rectangle per line the Qt range [start, end) covers."""
        view = self._view
        self._check_cache()
        dx, dy = -view.horizontalScrollBar().value(), -view.verticalScrollBar().value()
        return [box.translated(dx, dy) for box in self._cached_boxes(start, end)]

    def _check_cache(self) -> None:
        """Forget cached geometry when the text, its width, its layout or the font size changed."""
        view = self._view
        size = view.document().size()
        key = (id(view.document()), size.width(), size.height(), view.font_size)
        if key != self._cache_key:
            self._box_cache.clear()
            self._line_cache.clear()
            self._cache_key = key

    def _cached_boxes(self, start: int, end: int) -> list[QRectF]:
        """Return the line rectangles of the Qt range [start, end) in document coordinates (cached)."""
        boxes = self._box_cache.get((start, end))
        if boxes is None:
            boxes = self._box_cache[(start, end)] = self._document_boxes(start, end)
        return boxes

    def _document_boxes(self, start: int, end: int) -> list[QRectF]:
        """Return the line rectangles of the Qt range [start, end) in document coordinates."""
        document = self._view.document()
        boxes: list[QRectF] = []
        block: QTextBlock = document.findBlock(start)
        while block.isValid() and block.position() < end:
            position = block.position()
            x, y, lines = self._block_lines(block)
            begin = max(start, position) - position
            finish = min(end, position + block.length() - 1) - position
            first = max(0, bisect.bisect_right(lines, (begin, float("inf"))) - 1)
            for line_start, line_end, line in lines[first:]:
                if line_start >= finish:
                    break
                if line_end <= begin:
                    continue
                x1 = line.cursorToX(max(begin, line_start))[0]
                x2 = line.cursorToX(min(finish, line_end))[0]
                boxes.append(QRectF(x + x1, y + line.y(), x2 - x1, line.height()))
            block = block.next()
        return boxes

    def _block_lines(self, block: QTextBlock) -> tuple[float, float, list[tuple[int, int, QTextLine]]]:
        """Return a block's origin and its lines as (start, end, line), cached with the boxes."""
        cached = self._line_cache.get(block.blockNumber())
        if cached is None:
            origin = self._view.document().documentLayout().blockBoundingRect(block).topLeft()
            text_layout = block.layout()
            lines = []
            for number in range(text_layout.lineCount()):
                line = text_layout.lineAt(number)
                lines.append((line.textStart(), line.textStart() + line.textLength(), line))
            cached = self._line_cache[block.blockNumber()] = (origin.x(), origin.y(), lines)
        return cached

    @staticmethod
    def _paint_marker(painter: QPainter, box: QRectF, colour: str) -> None:
        """A small flag at the top-right corner of the annotation's last line: it has a note."""
        corner = box.topRight()
        painter.setBrush(marker_colour(colour))
        painter.drawPolygon([corner, corner + QPointF(-MARKER_SIZE, 0), corner + QPointF(0, MARKER_SIZE)])
