"""Import checked notes into a document: re-anchor, skip duplicates, write all in one transaction."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.anchoring import AnchorMethod, reanchor
from reader.core.annotations import DEFAULT_COLOUR, Annotation, context_around, now_iso
from reader.core.errors import user_language
from reader.core.export.json_import import ParsedAnnotation, read_notes_file
from reader.core.outline import build_outline, section_path

if TYPE_CHECKING:
    from reader.core.document import Document
    from reader.core.outline import OutlineNode
    from reader.core.store import AnnotationStore

log = logging.getLogger(__name__)
_SUMMARY = {
    "zh": "导入 {added} 条批注，跳过 {skipped} 条重复，{orphaned} 条未能定位",
    "en": "Imported {added} annotations, skipped {skipped} duplicates, {orphaned} could not be placed",
}


@dataclass(frozen=True)
class ImportSummary:
    """What an import did: added (orphans included), skipped duplicates, orphans among the added."""

    added: int
    skipped: int
    orphaned: int
    annotations: list[Annotation] = field(default_factory=list, repr=False)

    def message(self, language: str | None = None) -> str:
        """One line for the user, e.g. 导入 5 条批注，跳过 1 条重复，1 条未能定位."""
        lang = language if language in _SUMMARY else user_language()
        return _SUMMARY[lang].format(added=self.added, skipped=self.skipped, orphaned=self.orphaned)


def import_notes_file(store: AnnotationStore, document: Document, path: Path | str,
                      outline: list[OutlineNode] | None = None) -> ImportSummary:
    """Import the notes file at ``path`` into ``document``; NotesImportError changes nothing."""
    return import_notes(store, document, read_notes_file(path), outline)


def import_notes(store: AnnotationStore, document: Document, parsed: list[ParsedAnnotation],
                 outline: list[OutlineNode] | None = None) -> ImportSummary:
    """Place parsed annotations on the document's text and store the new ones in one transaction."""
    outline = build_outline(document) if outline is None else outline
    identity = document.identity
    if store.document(identity) is None:
        path = str(document.path) if document.path is not None else None
        store.remember_document(identity, document.title, path, document.text)
    candidates = [_candidate(item, identity) for item in parsed]
    seen = {annotation.body_key() for annotation in store.annotations(identity)}
    taken: set[str] = set()
    added: list[Annotation] = []
    skipped = 0
    for item, anchoring in zip(parsed, reanchor(document.text, candidates), strict=True):
        annotation = anchoring.placed()
        if annotation.body_key() in seen:
            skipped += 1
            continue
        seen.add(annotation.body_key())
        keep_section = item.section is not None and (anchoring.method is AnchorMethod.POSITION
                                                     or annotation.orphan)
        if not keep_section and not annotation.orphan:
            titles = tuple(node.title for node in section_path(outline, annotation.start))
            annotation = replace(annotation, section=titles)
        if not annotation.orphan and not (annotation.prefix or annotation.suffix):
            _quote, prefix, suffix = context_around(document.text, annotation.start, annotation.end)
            annotation = replace(annotation, prefix=prefix, suffix=suffix)
        if annotation.id in taken or store.get(annotation.id) is not None:
            annotation = replace(annotation, id=str(uuid.uuid4()))
        taken.add(annotation.id)
        added.append(annotation)
    if added:
        store.add_many(added)
    orphaned = sum(1 for annotation in added if annotation.orphan)
    log.info("imported %d annotations into %s (%d duplicates skipped, %d orphans)",
             len(added), identity[:12], skipped, orphaned)
    return ImportSummary(len(added), skipped, orphaned, added)


def _candidate(item: ParsedAnnotation, identity: str) -> Annotation:
    """An annotation at the file's position (or none: found by its quote), not yet placed."""
    start = item.start if item.start is not None else 0
    end = item.end if item.end is not None else start + len(item.quote)
    stamp = now_iso()
    annotation_id = item.id or (str(uuid.uuid5(uuid.NAMESPACE_URL, item.foreign_id)) if item.foreign_id
                                else str(uuid.uuid4()))
    return Annotation(
        id=annotation_id, document=identity, start=start, end=end, quote=item.quote,
        prefix=item.prefix, suffix=item.suffix, colour=item.colour or DEFAULT_COLOUR, note=item.note,
        tags=item.tags, section=item.section or (), created=item.created or stamp,
        updated=item.updated or item.created or stamp,
    )
