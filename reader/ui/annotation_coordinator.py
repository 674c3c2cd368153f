"""Owns the current document's annotations: storage, undo stack and one change signal."""

from __future__ import annotations

import bisect
import logging
from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from reader.core.annotations import Annotation, clean_tags, context_around, new_annotation
from reader.ui.annotation_commands import ReplaceAnnotationsCommand

if TYPE_CHECKING:
    from reader.core.report import LoadedReport
    from reader.core.store import AnnotationStore

log = logging.getLogger(__name__)


class AnnotationCoordinator(QObject):
    """The single path for annotation changes: the UI asks, the store writes, one signal tells all."""

    annotations_reset = Signal()  # another report: everything is new
    annotations_edited = Signal(list, list)  # ids removed, annotations written (edits are both)
    storage_failed = Signal(str)

    def __init__(self, store: AnnotationStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._report: LoadedReport | None = None
        self._annotations: dict[str, Annotation] = {}
        self._tags: Counter[str] = Counter()
        self._section_bounds: list[int] = []
        self._section_titles: list[tuple[str, ...]] = []
        self.undo_stack = QUndoStack(self)

    @property
    def store(self) -> AnnotationStore:
        """Return the database the annotations live in."""
        return self._store

    @property
    def report(self) -> LoadedReport | None:
        """Return the report whose annotations are shown."""
        return self._report

    def annotations(self) -> list[Annotation]:
        """Return the annotations in reading order, orphans last."""
        return sorted(self._annotations.values(),
                      key=lambda a: (a.orphan, a.start, a.end, a.created))

    def annotation(self, annotation_id: str) -> Annotation | None:
        """Return one annotation by id."""
        return self._annotations.get(annotation_id)

    def known_tags(self) -> list[str]:
        """Return every tag in the database, most used first."""
        return sorted((tag for tag, count in self._tags.items() if count > 0),
                      key=lambda tag: (-self._tags[tag], tag))

    def set_report(self, report: LoadedReport) -> None:
        """Load (and re-anchor) the annotations of ``report``; the undo history starts afresh."""
        from reader.core.attach import attach_annotations

        self._report = report
        self.undo_stack.clear()
        attached = attach_annotations(self._store, report.document)
        self._annotations = {annotation.id: annotation for annotation in attached.annotations}
        self._tags = Counter(self._store.tag_counts())
        self._build_section_index(report)
        if attached.orphans:
            log.warning("%d annotations could not be placed", len(attached.orphans))
        self.annotations_reset.emit()

    # ----- requests from the UI -------------------------------------------------------

    def add(self, start: int, end: int, colour: str, note: str = "", tags: object = ()) -> Annotation | None:
        """Annotate [start, end) of the current text."""
        if self._report is None or start >= end:
            return None
        document = self._report.document
        annotation = new_annotation(document.text, document.identity, start, end, colour=colour,
                                    note=note, tags=tags, section=self.section_titles(start))
        self._push(self.tr("Add highlight"), [], [annotation])
        return annotation

    def edit(self, annotation_ids: list[str], *, colour: str | None = None, note: str | None = None,
             tags: object = None) -> None:
        """Change colour, note or tags of some annotations."""
        before = [self._annotations[i] for i in annotation_ids if i in self._annotations]
        changes: dict[str, object] = {}
        if colour is not None:
            changes["colour"] = colour
        if note is not None:
            changes["note"] = note
        if tags is not None:
            changes["tags"] = clean_tags(tags)
        after = [annotation.edited(**changes) for annotation in before]
        after_pairs = [(a, b) for a, b in zip(before, after, strict=True) if _differs(a, b)]
        if after_pairs:
            label = self.tr("Change colour") if colour is not None else self.tr("Edit note")
            self._push(label, [a for a, _ in after_pairs], [b for _, b in after_pairs])

    def delete(self, annotation_ids: list[str]) -> None:
        """Delete some annotations (undoable)."""
        before = [self._annotations[i] for i in annotation_ids if i in self._annotations]
        if before:
            self._push(self.tr("Delete annotations"), before, [])

    def reattach(self, annotation_id: str, start: int, end: int) -> None:
        """Attach an orphan (or move any annotation) to [start, end) of the current text."""
        annotation = self._annotations.get(annotation_id)
        if annotation is None or self._report is None or start >= end:
            return
        quote, prefix, suffix = context_around(self._report.document.text, start, end)
        moved = annotation.edited(start=start, end=end, quote=quote, prefix=prefix, suffix=suffix,
                                  orphan=False, section=self.section_titles(start))
        self._push(self.tr("Re-attach annotation"), [annotation], [moved])

    def annotations_spanning(self, start: int, end: int) -> list[Annotation]:
        """Return the placed annotations covering exactly [start, end)."""
        return [a for a in self._annotations.values() if not a.orphan and (a.start, a.end) == (start, end)]

    def annotations_at(self, offset: int) -> list[Annotation]:
        """Return the placed annotations covering ``offset``."""
        return [a for a in self._annotations.values() if not a.orphan and a.start <= offset < a.end]

    def section_titles(self, offset: int) -> tuple[str, ...]:
        """Return the outline path at ``offset`` as titles (a bisect over precomputed boundaries)."""
        index = bisect.bisect_right(self._section_bounds, offset) - 1
        return self._section_titles[index] if index >= 0 else ()

    def _build_section_index(self, report: LoadedReport) -> None:
        """Precompute the section path between every two outline boundaries."""
        from reader.core.outline import section_path, walk

        bounds = sorted({0} | {b for node in walk(report.outline) for b in (node.start, node.end)})
        self._section_bounds = bounds
        self._section_titles = [tuple(node.title for node in section_path(report.outline, bound))
                                for bound in bounds]

    # ----- internals ------------------------------------------------------------------

    def _push(self, label: str, before: list[Annotation], after: list[Annotation]) -> None:
        """Write a change, and put it on the undo stack only if it was saved."""
        if self._apply(before, after):
            self.undo_stack.push(
                ReplaceAnnotationsCommand(label, before, after, self._apply, already_applied=True))

    def _apply(self, remove: list[Annotation], write: list[Annotation]) -> bool:
        """Write a change to the database, then to memory, then tell the views; False if not saved."""
        import sqlite3

        try:
            self._store.replace([a.id for a in remove], write)
        except (sqlite3.Error, OSError) as error:  # the disk is full, read-only, locked…
            log.exception("could not save annotations")
            self.storage_failed.emit(str(error))
            return False
        for annotation in remove:
            if self._annotations.pop(annotation.id, None) is not None:
                self._tags.subtract(annotation.tags)
        for annotation in write:
            self._annotations[annotation.id] = annotation
            self._tags.update(annotation.tags)
        self.annotations_edited.emit([a.id for a in remove], list(write))
        return True


def _differs(before: Annotation, after: Annotation) -> bool:
    """True when an edit changed more than the timestamp."""
    return (before.colour, before.note, before.tags) != (after.colour, after.note, after.tags)
