"""A two-level tree model: sections, then their annotations (filtered), orphans last."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex

from reader.core.annotation_filter import (
    SECTION_SEPARATOR,
    AnnotationFilter,
    AnnotationGroup,
    group_by_section,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from reader.core.annotations import Annotation

DISPLAY_ROLE = 0
DECORATION_ROLE = 1
TOOLTIP_ROLE = 3
USER_ROLE = 256
ANNOTATION_ID_ROLE = USER_ROLE + 1
QUOTE_CHARS = 60
NOTE_CHARS = 60

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class AnnotationModel(QAbstractItemModel):
    """Adapts grouped annotations; the panel sets the annotations and the filter."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[Annotation] = []
        self._filter = AnnotationFilter()
        self._groups: list[AnnotationGroup] = []
        self._by_key: dict[int, AnnotationGroup] = {}  # internal id of annotation rows → their group
        self._section_of: Callable[[int], tuple[str, ...]] = lambda _offset: ()
        self._orphan_title = self.tr("Not found in this text")

    @property
    def visible_annotations(self) -> list[Annotation]:
        """Return the annotations that pass the filter, in display order."""
        return [a for group in self._groups for a in group.annotations]

    def set_annotations(self, annotations: list[Annotation],
                        section_of: Callable[[int], tuple[str, ...]]) -> None:
        """Show ``annotations`` grouped by ``section_of(offset)``."""
        self._all = list(annotations)
        self._section_of = section_of
        self._rebuild()

    def set_filter(self, annotation_filter: AnnotationFilter) -> None:
        """Show only what passes ``annotation_filter``."""
        self._filter = annotation_filter
        self._rebuild()

    def annotation(self, index: _Index) -> Annotation | None:
        """Return the annotation at ``index`` (None for a group row)."""
        if not index.isValid() or index.internalId() == 0:
            return None
        group = self._by_key.get(index.internalId())
        if group is None or index.row() >= len(group.annotations):
            return None
        return group.annotations[index.row()]

    def index_of(self, annotation_id: str) -> QModelIndex:
        """Return the index showing ``annotation_id`` (invalid if filtered out)."""
        for group in self._groups:
            for row, annotation in enumerate(group.annotations):
                if annotation.id == annotation_id:
                    return self.createIndex(row, 0, id(group))
        return QModelIndex()

    def apply_change(self, removed_ids: list[str], written: list[Annotation]) -> None:
        """Remove and insert single rows (fast with thousands of annotations; no reset)."""
        removed = set(removed_ids) | {annotation.id for annotation in written}
        self._all = [a for a in self._all if a.id not in removed] + list(written)
        for annotation_id in removed:
            self._remove_row(annotation_id)
        for annotation in written:
            if self._filter.matches(annotation):
                self._insert_row(annotation)

    def _remove_row(self, annotation_id: str) -> None:
        """Remove one annotation's row, and its group if it becomes empty."""
        index = self.index_of(annotation_id)
        if not index.isValid():
            return
        group = self._by_key[index.internalId()]
        group_row = self._groups.index(group)
        if len(group.annotations) == 1:
            self.beginRemoveRows(QModelIndex(), group_row, group_row)
            del self._groups[group_row]
            del self._by_key[id(group)]
            self.endRemoveRows()
            return
        self.beginRemoveRows(self.createIndex(group_row, 0, 0), index.row(), index.row())
        del group.annotations[index.row()]
        self.endRemoveRows()

    def _insert_row(self, annotation: Annotation) -> None:
        """Insert one annotation in reading order, creating its group if needed."""
        import bisect

        title = "" if annotation.orphan else SECTION_SEPARATOR.join(self._section_of(annotation.start))
        group_row = self._group_row(annotation, title)
        group = self._groups[group_row]
        keys = [_order(a) for a in group.annotations]
        row = bisect.bisect_right(keys, _order(annotation))
        self.beginInsertRows(self.createIndex(group_row, 0, 0), row, row)
        group.annotations.insert(row, annotation)
        self.endInsertRows()

    def _group_row(self, annotation: Annotation, title: str) -> int:
        """Return the row of the group ``annotation`` belongs to, inserting an empty one if needed."""
        for row, group in enumerate(self._groups):
            if group.orphans == annotation.orphan and (annotation.orphan or group.title == title):
                return row
        row = len(self._groups)
        if not annotation.orphan:
            row = next((r for r, g in enumerate(self._groups)
                        if g.orphans or (g.annotations and g.annotations[0].start > annotation.start)), row)
        self.beginInsertRows(QModelIndex(), row, row)
        group = AnnotationGroup(self._orphan_title if annotation.orphan else title, orphans=annotation.orphan)
        self._groups.insert(row, group)
        self._by_key[id(group)] = group
        self.endInsertRows()
        return row

    def _rebuild(self) -> None:
        """Filter and group again."""
        self.beginResetModel()
        shown = [a for a in self._all if self._filter.matches(a)]
        self._groups = group_by_section(shown, self._section_of, self._orphan_title)
        self._by_key = {id(group): group for group in self._groups}
        self.endResetModel()

    # ----- QAbstractItemModel ---------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = _ROOT) -> QModelIndex:
        """Group rows carry id 0; annotation rows carry their group's id(), stable while rows move."""
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != 0 or parent.row() >= len(self._groups):
            return QModelIndex()
        group = self._groups[parent.row()]
        return self.createIndex(row, 0, id(group)) if row < len(group.annotations) else QModelIndex()

    def parent(self, index: _Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        """Annotations belong to their group row."""
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        group = self._by_key.get(index.internalId())
        return self.createIndex(self._groups.index(group), 0, 0) if group is not None else QModelIndex()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        """Groups at the top, annotations below them."""
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()].annotations)
        return 0

    def columnCount(self, parent: _Index = _ROOT) -> int:
        """One column."""
        return 1

    def data(self, index: _Index, role: int = DISPLAY_ROLE) -> Any:
        """Quote, note and tags; colour swatch; full text as tooltip."""
        if not index.isValid():
            return None
        annotation = self.annotation(index)
        if annotation is None:
            group = self._groups[index.row()]
            if role in (DISPLAY_ROLE, TOOLTIP_ROLE):
                title = group.title or self.tr("Before the first heading")
                return f"{title} ({len(group.annotations)})"
            return None
        if role == DISPLAY_ROLE:
            return _summary(annotation)
        if role == DECORATION_ROLE:
            from reader.ui.annotation_colours import highlight_colour

            return highlight_colour(annotation.colour)
        if role == TOOLTIP_ROLE:
            return "\n\n".join(part for part in (annotation.quote, annotation.note,
                                                 " ".join(f"#{t}" for t in annotation.tags)) if part)
        if role == ANNOTATION_ID_ROLE:
            return annotation.id
        return None


def _order(annotation: Annotation) -> tuple[int, int, str]:
    """Reading order inside a group."""
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
