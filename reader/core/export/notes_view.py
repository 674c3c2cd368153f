"""The notes of one document in export order: grouped under outline headings, with citations."""

from __future__ import annotations

import bisect
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.core.export.citation import citation, indicator_label, paragraph_numbers
from reader.core.outline import section_path

if TYPE_CHECKING:
    from reader.core.annotations import Annotation
    from reader.core.document import Document
    from reader.core.indicators import Indicator
    from reader.core.outline import OutlineNode

log = logging.getLogger(__name__)
GROUP_LEVELS = 2  # headings of levels 1 and 2 become groups (## and ### in Markdown)


@dataclass(frozen=True)
class ExportOptions:
    """Which annotations to export (None: no filter) and whether to list indicators.

    With a tag filter, an annotation passes when it has any of ``tags``, or none at all and
    ``untagged`` is set.
    """

    colours: frozenset[str] | None = None
    tags: frozenset[str] | None = None
    untagged: bool = False
    include_indicators: bool = True

    def selects(self, annotation: Annotation) -> bool:
        """True when the annotation passes the colour and tag filters."""
        if self.colours is not None and annotation.colour not in self.colours:
            return False
        if self.tags is None:
            return True
        return not self.tags.isdisjoint(annotation.tags) or (self.untagged and not annotation.tags)


@dataclass(frozen=True)
class NoteEntry:
    """One annotation as exported: where it is (section, paragraphs, citation) and what it holds."""

    annotation: Annotation
    section: tuple[str, ...]
    paragraphs: tuple[int, int] | None  # within the innermost section; None for an orphan
    citation: str
    indicators: tuple[str, ...] = ()


@dataclass(frozen=True)
class NoteGroup:
    """A heading (level 1 or 2; empty title: before the first heading) and the notes under it."""

    title: str
    level: int
    entries: tuple[NoteEntry, ...]


@dataclass(frozen=True)
class NotesView:
    """Everything a writer needs: the document, grouped notes in reading order, then orphans."""

    title: str
    source: str
    identity: str
    groups: tuple[NoteGroup, ...]
    orphans: tuple[NoteEntry, ...]

    @property
    def entries(self) -> list[NoteEntry]:
        """Every note in export order (orphans last)."""
        return [entry for group in self.groups for entry in group.entries] + list(self.orphans)

    @property
    def count(self) -> int:
        """How many notes are exported."""
        return sum(len(group.entries) for group in self.groups) + len(self.orphans)

    def head(self, limit: int) -> NotesView:
        """The same view cut after its first ``limit`` notes (for a preview)."""
        groups: list[NoteGroup] = []
        left = limit
        for group in self.groups:
            if left <= 0:
                break
            groups.append(NoteGroup(group.title, group.level, group.entries[:left]))
            left -= len(group.entries)
        while groups and not groups[-1].entries:
            groups.pop()
        return NotesView(self.title, self.source, self.identity, tuple(groups),
                         self.orphans[: max(0, left)])


def build_notes_view(
    document: Document,
    outline: list[OutlineNode],
    annotations: Iterable[Annotation],
    indicators: list[Indicator] | None = None,
    options: ExportOptions | None = None,
    source: str | None = None,
) -> NotesView:
    """Group the selected annotations under the headings they fall in; orphans go last."""
    options = options or ExportOptions()
    chosen = sorted((a for a in annotations if options.selects(a)),
                    key=lambda a: (a.start, a.end, a.created, a.id))
    finder = _IndicatorFinder(indicators if options.include_indicators else None)
    groups: list[tuple[str, int, list[NoteEntry]]] = []
    current: tuple[int, ...] | None = None
    shown_top: int | None = None  # start of the level-1 heading shown last
    for annotation in (a for a in chosen if not a.orphan):
        path = section_path(outline, annotation.start)
        heads = path[:GROUP_LEVELS]
        key = tuple(node.start for node in heads)
        if key != current:
            if len(heads) == GROUP_LEVELS and heads[0].start != shown_top:
                groups.append((heads[0].title, 1, []))
            if heads:
                shown_top = heads[0].start
            groups.append((heads[-1].title if heads else "", len(heads), []))
            current = key
        titles = tuple(node.title for node in path)
        numbers = paragraph_numbers(document, path, annotation.start, annotation.end)
        groups[-1][2].append(NoteEntry(annotation, titles, numbers, citation(titles, numbers),
                                       finder.labels(annotation.start, annotation.end)))
    orphans = tuple(NoteEntry(a, a.section, None, citation(a.section, None)) for a in chosen if a.orphan)
    path_text = source if source is not None else (str(document.path) if document.path else "")
    return NotesView(document.title, path_text, document.identity,
                     tuple(NoteGroup(title, level, tuple(entries)) for title, level, entries in groups),
                     orphans)


class _IndicatorFinder:
    """Finds the indicators lying wholly inside a span (indicators sorted by start once)."""

    def __init__(self, indicators: list[Indicator] | None) -> None:
        self._indicators = sorted(indicators or [], key=lambda item: (item.start, item.end))
        self._starts = [item.start for item in self._indicators]

    def labels(self, start: int, end: int) -> tuple[str, ...]:
        """Labels of the indicators inside [start, end), in reading order, without repeats."""
        labels: list[str] = []
        index = bisect.bisect_left(self._starts, start)
        while index < len(self._indicators) and self._indicators[index].start < end:
            item = self._indicators[index]
            label = indicator_label(item)
            if item.end <= end and label and label not in labels:
                labels.append(label)
            index += 1
        return tuple(labels)
