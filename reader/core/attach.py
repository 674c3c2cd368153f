"""Bring a document's annotations onto its current text when it is opened."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from reader.core.anchoring import Anchoring, AnchorMethod, reanchor
from reader.core.annotations import Annotation
from reader.core.document import Document
from reader.core.store import AnnotationStore

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AttachedAnnotations:
    """A document's annotations placed on its current text, and how each was found."""

    annotations: list[Annotation]
    anchorings: list[Anchoring]

    @property
    def orphans(self) -> list[Annotation]:
        """Return the annotations whose text could not be found."""
        return [annotation for annotation in self.annotations if annotation.orphan]

    def count(self, method: AnchorMethod) -> int:
        """Return how many annotations were placed by ``method``."""
        return sum(1 for anchoring in self.anchorings if anchoring.method is method)


def attach_annotations(store: AnnotationStore, document: Document) -> AttachedAnnotations:
    """Record the document in the library and return its annotations, re-anchored if needed.

    Annotations made on an earlier edition (same path, else same title) move to this one.
    Nothing is ever dropped: what cannot be found is kept as an orphan.
    """
    identity = document.identity
    path = str(document.path) if document.path is not None else None
    store.remember_document(identity, document.title, path, document.text)
    stored = store.annotations(identity)
    earlier = store.predecessor(identity, path, document.title)
    if earlier is not None:
        moved = store.annotations(earlier.identity)
        log.info("moving %d annotations from an earlier edition %s", len(moved), earlier.identity[:12])
        stored += moved
    anchorings = reanchor(document.text, stored)
    placed = [anchoring.placed(identity) for anchoring in anchorings]
    changed = [annotation for annotation, before in zip(placed, stored, strict=True)
               if annotation is not before]
    if changed:
        store.place_many(changed)
    placed.sort(key=lambda annotation: (annotation.orphan, annotation.start, annotation.end))
    return AttachedAnnotations(placed, anchorings)

