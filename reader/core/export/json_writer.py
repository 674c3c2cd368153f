"""Notes as a W3C Web Annotation AnnotationCollection (JSON-LD), one collection per document.

Mapping (see README, "Exporting notes"):
- the collection: ``id`` ``urn:sha256:<identity>#annotations``, ``label`` the report's title,
  ``total``, the document in ``reader:document`` (``id`` ``urn:sha256:<identity>``, ``title``,
  ``path``), and every annotation in one embedded page, ``first.items``;
- an annotation: ``id`` ``urn:uuid:<id>``, ``motivation`` ``commenting`` when it has a note, else
  ``highlighting``; ``body`` a list: the note as a TextualBody with purpose ``commenting``
  (text/plain: notes are plain text), one TextualBody with purpose ``tagging`` per tag; ``target``: ``source``
  ``urn:sha256:<identity>`` (the SHA-256 of the canonical text the offsets index), ``styleClass``
  the colour (defined by the annotation's CssStylesheet), ``selector`` a TextQuoteSelector
  (exact, prefix, suffix) and a TextPositionSelector (start, end: code points into the
  canonical text); ``created``, ``modified``; extension ``reader:section`` (outline titles).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from reader.core.export.common import COLOUR_HEX, ProgressTicker

if TYPE_CHECKING:
    from reader.core.annotations import Annotation
    from reader.core.export.common import Progress
    from reader.core.export.notes_view import NotesView

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
SECTION_KEY = "reader:section"
DOCUMENT_KEY = "reader:document"
COLOUR_KEY = "reader:colour"  # read on import too, for files that carry the colour this way


def document_iri(identity: str) -> str:
    """The IRI naming a document's canonical text."""
    return f"urn:sha256:{identity}"


def render_json(view: NotesView, progress: Progress | None = None) -> str:
    """The whole export as pretty-printed JSON-LD (UTF-8, non-ASCII kept)."""
    ticker = ProgressTicker(progress, view.count)
    source = document_iri(view.identity)
    items = []
    for entry in view.entries:
        items.append(annotation_record(entry.annotation, source))
        ticker.step()
    collection_id = f"{source}#annotations"
    collection: dict[str, Any] = {
        "@context": CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": view.title,
        "total": len(items),
        DOCUMENT_KEY: {"id": source, "type": "Text", "title": view.title, "path": view.source},
        "first": {"id": f"{collection_id}-page1", "type": "AnnotationPage", "partOf": collection_id,
                  "startIndex": 0, "items": items},
    }
    return json.dumps(collection, ensure_ascii=False, indent=2) + "\n"


def annotation_record(annotation: Annotation, source: str) -> dict[str, Any]:
    """One annotation in the Web Annotation Data Model."""
    body: list[dict[str, str]] = []
    if annotation.note:
        body.append({"type": "TextualBody", "purpose": "commenting", "value": annotation.note,
                     "format": "text/plain"})
    body += [{"type": "TextualBody", "purpose": "tagging", "value": tag} for tag in annotation.tags]
    fill = COLOUR_HEX.get(annotation.colour, COLOUR_HEX["yellow"])[0]
    record: dict[str, Any] = {
        "id": f"urn:uuid:{annotation.id}",
        "type": "Annotation",
        "motivation": "commenting" if annotation.note else "highlighting",
        "created": annotation.created,
        "modified": annotation.updated,
    }
    if body:  # a plain highlight has no body
        record["body"] = body
    record.update({
        "target": {
            "source": source,
            "styleClass": annotation.colour,
            "selector": [
                {"type": "TextQuoteSelector", "exact": annotation.quote, "prefix": annotation.prefix,
                 "suffix": annotation.suffix},
                {"type": "TextPositionSelector", "start": annotation.start, "end": annotation.end},
            ],
        },
        "stylesheet": {"type": "CssStylesheet",
                       "value": f".{annotation.colour} {{ background-color: #{fill}; }}"},
        SECTION_KEY: list(annotation.section),
    })
    return record
