"""A flat list model: a header row per section, then its annotations (filtered), orphans last.

Flat on purpose: inserting one row into a list of ten thousand stays cheap for the view,
where a tree view would lay out the whole expanded group again.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from reader.core.annotation_filter import AnnotationFilter, AnnotationGroup, group_by_section
from reader.core.annotations import Annotation
from reader.core.outline import SECTION_SEPARATOR

if TYPE_CHECKING:
    from collections.abc import Callable

DISPLAY_ROLE = 0
DECORATION_ROLE = 1
TOOLTIP_ROLE = 3
FONT_ROLE = 6
USER_ROLE = 256
ANNOTATION_ID_ROLE = USER_ROLE + 1
IS_HEADER_ROLE = USER_ROLE + 2
QUOTE_CHARS = 60
NOTE_CHARS = 60

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
# The tree view asks every row's flags when it lays out: keep the answer a lookup.
_HEADER_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
_ROW_FLAGS = _HEADER_FLAGS | Qt.ItemFlag.ItemIsSelectable


class AnnotationModel(QAbstractListModel):
    """Adapts grouped annotations; the panel sets the annotations and the filter."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: dict[str, Annotation] = {}
        self._filter = AnnotationFilter()
        self._rows: list[AnnotationGroup | Annotation] = []
        self._section_of: Callable[[int], tuple[str, ...]] = lambda _offset: ()
        self._orphan_title = self.tr("Not found in this text")

    @property
    def visible_annotations(self) -> list[Annotation]:
        """Return the annotations that pass the filter, in display order."""
        return [row for row in self._rows if isinstance(row, Annotation)]

    def set_annotations(self, annotations: list[Annotation],
                        section_of: Callable[[int], tuple[str, ...]]) -> None:
        """Show ``annotations`` grouped by ``section_of(offset)``."""
        self._all = {annotation.id: annotation for annotation in annotations}
        self._section_of = section_of
        self._rebuild()

    def set_filter(self, annotation_filter: AnnotationFilter) -> None:
        """Show only what passes ``annotation_filter``."""
        self._filter = annotation_filter
        self._rebuild()

    def annotation(self, index: _Index) -> Annotation | None:
        """Return the annotation at ``index`` (None for a section header)."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        return row if isinstance(row, Annotation) else None

    def index_of(self, annotation_id: str) -> QModelIndex:
        """Return the index showing ``annotation_id`` (invalid if filtered out)."""
        for number, row in enumerate(self._rows):
            if isinstance(row, Annotation) and row.id == annotation_id:
                return self.index(number, 0)
        return QModelIndex()

    def apply_change(self, removed_ids: list[str], written: list[Annotation]) -> None:
        """Remove and insert single rows (no reset: the view keeps its place and selection)."""
        gone = set(removed_ids) | {annotation.id for annotation in written}
        for annotation_id in gone:
            self._all.pop(annotation_id, None)
            self._remove_row(annotation_id)
        for annotation in written:
            self._all[annotation.id] = annotation
            if self._filter.matches(annotation):
                self._insert_row(annotation)

    # ----- internals --------------------------------------------------------------------

    def _rebuild(self) -> None:
        """Filter and group again."""
        self.beginResetModel()
        shown = [a for a in self._all.values() if self._filter.matches(a)]
        self._rows = []
        for group in group_by_section(shown, self._section_of, self._orphan_title):
            self._rows.append(group)
            self._rows.extend(group.annotations)
        self.endResetModel()

    def _remove_row(self, annotation_id: str) -> None:
        """Remove one annotation's row, and its header if the section becomes empty."""
        index = self.index_of(annotation_id)
        if not index.isValid():
            return
        row = index.row()
        header_alone = (isinstance(self._rows[row - 1], AnnotationGroup)
                        and (row + 1 == len(self._rows) or isinstance(self._rows[row + 1], AnnotationGroup)))
        first = row - 1 if header_alone else row
        self.beginRemoveRows(_ROOT, first, row)
        del self._rows[first : row + 1]
        self.endRemoveRows()

    def _insert_row(self, annotation: Annotation) -> None:
        """Insert one annotation in reading order, adding its section header if needed."""
        title = self._orphan_title if annotation.orphan else SECTION_SEPARATOR.join(
            self._section_of(annotation.start))
        header = self._header_row(annotation, title)
        if header is None:
            position = self._new_group_position(annotation)
            group = AnnotationGroup(title, orphans=annotation.orphan)
            self.beginInsertRows(_ROOT, position, position + 1)
            self._rows[position:position] = [group, annotation]
            self.endInsertRows()
            return
        end = header + 1
        while end < len(self._rows) and isinstance(self._rows[end], Annotation):
            end += 1
        keys = [_order(row) for row in self._rows[header + 1 : end]]  # type: ignore[arg-type]
        position = header + 1 + bisect.bisect_right(keys, _order(annotation))
        self.beginInsertRows(_ROOT, position, position)
        self._rows.insert(position, annotation)
        self.endInsertRows()

    def _header_row(self, annotation: Annotation, title: str) -> int | None:
        """Return the row of the header of ``annotation``'s section, if shown."""
        for number, row in enumerate(self._rows):
            if isinstance(row, AnnotationGroup) and row.orphans == annotation.orphan and row.title == title:
                return number
        return None

    def _new_group_position(self, annotation: Annotation) -> int:
        """Return where a new section header for ``annotation`` goes (reading order, orphans last)."""
        if annotation.orphan:
            return len(self._rows)
        for number, row in enumerate(self._rows):
            if isinstance(row, AnnotationGroup) and (row.orphans or (
                    number + 1 < len(self._rows) and isinstance(self._rows[number + 1], Annotation)
                    and self._rows[number + 1].start > annotation.start)):  # type: ignore[union-attr]
                return number
        return len(self._rows)

    # ----- QAbstractListModel -----------------------------------------------------------

    def rowCount(self, parent: _Index = _ROOT) -> int:
        """Headers and annotations, one list."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = DISPLAY_ROLE) -> Any:
        """Quote, note and tags; colour swatch; full text as tooltip; headers in bold."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if isinstance(row, AnnotationGroup):
            return self._header_data(row, index.row(), role)
        if role == DISPLAY_ROLE:
            return _summary(row)
        if role == DECORATION_ROLE:
            from reader.ui.annotation_colours import highlight_colour

            return highlight_colour(row.colour)
        if role == TOOLTIP_ROLE:
            return "\n\n".join(part for part in (row.quote, row.note,
                                                 " ".join(f"#{t}" for t in row.tags)) if part)
        if role == ANNOTATION_ID_ROLE:
            return row.id
        if role == IS_HEADER_ROLE:
            return False
        return None

    def _header_data(self, group: AnnotationGroup, number: int, role: int) -> Any:
        """A section header: its title and how many annotations follow."""
        if role in (DISPLAY_ROLE, TOOLTIP_ROLE):
            count = 0
            for row in self._rows[number + 1 :]:
                if not isinstance(row, Annotation):
                    break
                count += 1
            title = group.title or self.tr("Before the first heading")
            return f"{title} ({count})"
        if role == FONT_ROLE:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == IS_HEADER_ROLE:
            return True
        return None


def _order(annotation: Annotation) -> tuple[int, int, str]:
    """Reading order inside a section."""
    return (annotation.start, annotation.end, annotation.created)


def _summary(annotation: Annotation) -> str:
    """One line: quote, then note and tags, shortened."""
    quote = _shorten(annotation.quote, QUOTE_CHARS)
    parts = [f"「{quote}」"]
    if annotation.note:
        parts.append(_shorten(" ".join(annotation.note.split()), NOTE_CHARS))
    if annotation.tags:
        parts.append(" ".join(f"#{tag}" for tag in annotation.tags))
    return "  ".join(parts)


def _shorten(text: str, limit: int) -> str:
    """Cut ``text`` to ``limit`` characters with an ellipsis."""
    text = text.replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"
