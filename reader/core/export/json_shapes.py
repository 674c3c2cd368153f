"""Where the annotations are in a W3C JSON file: one, a list, a page, a collection, Hypothesis rows."""

from __future__ import annotations

from typing import Any

from reader.core.export.import_errors import MAX_IMPORT_ANNOTATIONS, ImportFailure, NotesImportError

ANNOTATION_TYPES = ("Annotation", "oa:Annotation")
_MAX_PAGES = 10_000


def types_of(node: dict[str, Any]) -> set[str]:
    """The values of a node's type (a string or a list of strings)."""
    value = node.get("type", node.get("@type"))
    values = value if isinstance(value, list) else [value]
    return {item for item in values if isinstance(item, str)}


def annotation_items(document: Any, name: str) -> list[Any]:
    """The annotation objects of a file: one, a list, a page, a collection, a Hypothesis search."""
    if isinstance(document, list):
        if all(isinstance(item, dict) and _is_annotation(item) for item in document):
            return document
        raise NotesImportError(ImportFailure.NOT_ANNOTATIONS, name)
    if not isinstance(document, dict):
        raise NotesImportError(ImportFailure.NOT_ANNOTATIONS, name)
    types = types_of(document)
    if "AnnotationCollection" in types:
        return _collection_items(document, name)
    if "AnnotationPage" in types:
        return _page_items(document, name)
    if _is_annotation(document):
        return [document]
    if isinstance(document.get("rows"), list):  # Hypothesis API search result
        return annotation_items(document["rows"], name)
    raise NotesImportError(ImportFailure.NOT_ANNOTATIONS, name)


def _is_annotation(node: dict[str, Any]) -> bool:
    """An Annotation by type, or an untyped object with a target (Hypothesis API)."""
    types = types_of(node)
    return bool(types & set(ANNOTATION_TYPES)) or (not types and "target" in node)


def _collection_items(collection: dict[str, Any], name: str) -> list[Any]:
    """Items embedded in a collection: ``items`` directly, or ``first`` and its embedded ``next`` pages."""
    if "items" in collection:
        return _page_items(collection, name)
    page = collection.get("first")
    if page is None:
        if collection.get("total") == 0:
            return []
        raise NotesImportError(ImportFailure.NOT_ANNOTATIONS, name)
    items: list[Any] = []
    for _ in range(_MAX_PAGES):
        if isinstance(page, str):
            raise NotesImportError(ImportFailure.PAGES_ELSEWHERE, name, detail=page[:80])
        if not isinstance(page, dict):
            raise NotesImportError(ImportFailure.NOT_ANNOTATIONS, name)
        items += _page_items(page, name)
        if len(items) > MAX_IMPORT_ANNOTATIONS:
            break
        page = page.get("next")
        if page is None:
            break
    return items


def _page_items(page: dict[str, Any], name: str) -> list[Any]:
    """A page's ``items``: a list of annotation objects."""
    items = page.get("items")
    if not isinstance(items, list) or not all(isinstance(item, dict) and _is_annotation(item)
                                              for item in items):
        raise NotesImportError(ImportFailure.NOT_ANNOTATIONS, name)
    return items
