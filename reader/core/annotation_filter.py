"""Filtering and grouping annotations for the panel and for exports (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.core.annotations import Annotation
from reader.core.outline import SECTION_SEPARATOR


@dataclass(frozen=True)
class AnnotationFilter:
    """Which annotations to show: colours, one tag, and text in quote, note or tags."""

    colours: frozenset[str] = frozenset()
    tag: str | None = None
    text: str = ""

    def matches(self, annotation: Annotation) -> bool:
        """True when ``annotation`` passes every criterion set."""
        if self.colours and annotation.colour not in self.colours:
            return False
        if self.tag and self.tag not in annotation.tags:
            return False
        needle = self.text.strip().casefold()
        if needle:
            haystack = " ".join((annotation.quote, annotation.note, *annotation.tags)).casefold()
            return needle in haystack
        return True

    @property
    def active(self) -> bool:
        """True when anything is filtered out."""
        return bool(self.colours or self.tag or self.text.strip())


@dataclass
class AnnotationGroup:
    """The annotations of one section (or the orphans), in reading order."""

    title: str
    annotations: list[Annotation] = field(default_factory=list)
    orphans: bool = False


def group_by_section(annotations: list[Annotation], section_of, orphan_title: str) -> list[AnnotationGroup]:
    """Group placed annotations by ``section_of(offset)`` (a title path); orphans go last."""
    groups: list[AnnotationGroup] = []
    orphans = AnnotationGroup(orphan_title, orphans=True)
    current: tuple[str, ...] = ()
    for annotation in sorted(annotations, key=lambda a: (a.orphan, a.start, a.end, a.created)):
        if annotation.orphan:
            orphans.annotations.append(annotation)
            continue
        path = section_of(annotation.start)
        if not groups or path != current:
            current = path
            groups.append(AnnotationGroup(SECTION_SEPARATOR.join(path)))
        groups[-1].annotations.append(annotation)
    if orphans.annotations:
        groups.append(orphans)
    return groups
