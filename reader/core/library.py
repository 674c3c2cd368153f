"""The library: every report the user opened, with a full-text index of its sentences and notes.

Documents live in the store's ``documents`` table; the index (schema 3) is kept in step by
triggers that queue new texts and changed annotations and drop the rows of deleted ones, and by
``refresh``, which segments what is queued with jieba and writes it, one transaction per item.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from reader.core.document import Document, document_from_paragraphs
from reader.core.outline import SECTION_SEPARATOR, OutlineNode, build_outline
from reader.core.search_index import (
    index_columns,
    locate,
    match_expression,
    parse_query,
    passage_text,
    passages,
    snippet,
)
from reader.core.store import AnnotationStore

log = logging.getLogger(__name__)
DEFAULT_LIMIT = 50
_IDENTITY_PREFIX_MIN = 6


@dataclass(frozen=True)
class LibraryHit:
    """A match of a library search: a sentence of a report, or an annotation's note."""

    identity: str
    title: str
    path: str | None
    section: str
    start: int
    end: int
    snippet: str
    kind: str  # "text" or "note"
    annotation_id: str | None = None
    marks: tuple[tuple[int, int], ...] = ()  # matched terms as spans of ``snippet``


@dataclass(frozen=True)
class LibraryEntry:
    """A report of the library as listed to the user."""

    identity: str
    title: str
    path: str | None
    length: int
    annotations: int
    opened: str


def index_document(store: AnnotationStore, document: Document,
                   outline: list[OutlineNode] | None = None) -> int:
    """Remember ``document`` in the library and index it unless it already is; return rows written."""
    path = str(Path(document.path).expanduser().resolve()) if document.path is not None else None
    store.remember_document(document.identity, document.title, path, document.text)
    written = 0
    if _queued(store, "document", document.identity):
        written = _write_document(store, document.identity, document,
                                  outline if outline is not None else build_outline(document))
    _forget_superseded(store)
    return written


def index_into(database: Path | str, document: Document, outline: list[OutlineNode] | None = None) -> int:
    """Index ``document`` into the database file ``database`` with a connection of its own (workers)."""
    with AnnotationStore(database) as store:
        return index_document(store, document, outline)


def refresh_database(database: Path | str) -> int:
    """Index what the database file ``database`` has queued, with a connection of its own (workers)."""
    with AnnotationStore(database) as store:
        return refresh(store)


def refresh(store: AnnotationStore, notes_only: bool = False) -> int:
    """Index what changed since the last refresh (queued documents and notes); return items done."""
    kinds = ("note",) if notes_only else ("note", "document")
    done = 0
    for kind in kinds:
        keys = [key for (key,) in store.connection.execute(
            "SELECT key FROM search_queue WHERE kind = ?", (kind,))]
        for key in keys:
            if kind == "note":
                _write_note(store, key)
            else:
                _write_stored_document(store, key)
            done += 1
    if not notes_only:
        _forget_superseded(store)
    return done


def pending(store: AnnotationStore) -> int:
    """Return how many documents and notes wait to be indexed."""
    return store.connection.execute("SELECT count(*) FROM search_queue").fetchone()[0]


def search(store: AnnotationStore, query: str, limit: int = DEFAULT_LIMIT) -> list[LibraryHit]:
    """Return the best ``limit`` sentences and notes matching every word of ``query``, best first."""
    terms = parse_query(query)
    expression = match_expression(terms)
    if expression is None:
        return []
    refresh(store, notes_only=True)
    rows = store.connection.execute(
        "SELECT r.document, r.kind, r.annotation, r.start, r.\"end\", r.section, hits.words, "
        "d.title, d.path FROM (SELECT rowid, words, rank FROM search_index WHERE search_index MATCH ? "
        "ORDER BY rank LIMIT ?) AS hits JOIN search_rows AS r ON r.id = hits.rowid "
        "JOIN documents AS d ON d.identity = r.document ORDER BY hits.rank",
        (expression, limit)).fetchall()
    hits: list[LibraryHit] = []
    for identity, kind, annotation, start, end, section, words, title, path in rows:
        spans = locate(words, terms)
        excerpt, marks = snippet(passage_text(words), spans)
        if kind == "text" and spans:
            start, end = start + spans[0][0], start + spans[0][1]
        hits.append(LibraryHit(identity, title, path, section, start, end, excerpt, kind,
                               annotation, marks))
    return hits


def entries(store: AnnotationStore) -> list[LibraryEntry]:
    """Return the library, most recently opened first, with each report's annotation count."""
    rows = store.connection.execute(
        "SELECT d.identity, d.title, d.path, d.length, "
        "(SELECT count(*) FROM annotations AS a WHERE a.document = d.identity), d.opened "
        "FROM documents AS d ORDER BY d.opened DESC").fetchall()
    return [LibraryEntry(*row) for row in rows]


def find_entry(store: AnnotationStore, key: str) -> LibraryEntry | None:
    """Return the report named by an identity, a unique identity prefix, or a path."""
    library = entries(store)
    for entry in library:
        if entry.identity == key:
            return entry
    resolved = str(Path(key).expanduser().resolve())
    for entry in library:
        if entry.path is not None and entry.path in (key, resolved):
            return entry
    if len(key) >= _IDENTITY_PREFIX_MIN:
        matching = [entry for entry in library if entry.identity.startswith(key.lower())]
        if len(matching) == 1:
            return matching[0]
    return None


def remove(store: AnnotationStore, identity: str) -> None:
    """Remove a report and its index rows; raise StoreError while it has annotations."""
    store.remove_document(identity)  # triggers delete its index rows


def place_hit(text: str, identity: str, hit: LibraryHit,
              store: AnnotationStore | None = None) -> tuple[int, int]:
    """Return the hit's span in ``text`` (identity ``identity``), found again if the text has changed."""
    if hit.kind == "note" and hit.annotation_id and store is not None:
        annotation = store.get(hit.annotation_id)
        if annotation is not None and annotation.document == identity and not annotation.orphan:
            return annotation.start, annotation.end
    if hit.identity == identity:
        return hit.start, hit.end
    term = hit.snippet[hit.marks[0][0]:hit.marks[0][1]] if hit.marks and hit.kind == "text" else ""
    found: list[int] = []
    position = text.find(term) if term else -1
    while position >= 0:
        found.append(position)
        position = text.find(term, position + 1)
    if found:
        nearest = min(found, key=lambda offset: abs(offset - hit.start))
        return nearest, nearest + len(term)
    start = max(0, min(hit.start, len(text)))
    return start, start


def _queued(store: AnnotationStore, kind: str, key: str) -> bool:
    """True when ``key`` waits in the index queue."""
    return store.connection.execute("SELECT 1 FROM search_queue WHERE kind = ? AND key = ?",
                                    (kind, key)).fetchone() is not None


def _write_stored_document(store: AnnotationStore, identity: str) -> int:
    """Index a queued document from the text kept in the library."""
    row = store.connection.execute("SELECT text, title FROM documents WHERE identity = ?",
                                   (identity,)).fetchone()
    if row is None:
        with store.transaction() as connection:
            connection.execute("DELETE FROM search_queue WHERE kind = 'document' AND key = ?", (identity,))
        return 0
    text, title = row
    document = document_from_paragraphs(text.split("\n"), title=title) if text else None
    return _write_document(store, identity, document, build_outline(document) if document else [])


def _write_document(store: AnnotationStore, identity: str, document: Document | None,
                    outline: list[OutlineNode]) -> int:
    """Replace a document's sentence rows (segmented before the transaction) and dequeue it."""
    rows = []
    if document is not None:
        for passage in passages(document, outline):
            words, parts = index_columns(document.text[passage.start:passage.end])
            rows.append((passage, words, parts))
    length = len(document.text) if document is not None else 0
    with store.transaction() as connection:
        current = connection.execute("SELECT length FROM documents WHERE identity = ?",
                                     (identity,)).fetchone()
        if current is not None and current[0] != length:
            log.info("text of %s changed while indexing; left queued", identity[:12])
            return 0
        connection.execute("DELETE FROM search_rows WHERE document = ? AND kind = 'text'", (identity,))
        if current is not None:
            for passage, words, parts in rows:
                cursor = connection.execute(
                    "INSERT INTO search_rows (document, kind, start, \"end\", section) "
                    "VALUES (?, 'text', ?, ?, ?)", (identity, passage.start, passage.end, passage.section))
                connection.execute("INSERT INTO search_index (rowid, words, parts) VALUES (?, ?, ?)",
                                   (cursor.lastrowid, words, parts))
        connection.execute("DELETE FROM search_queue WHERE kind = 'document' AND key = ?", (identity,))
    log.info("indexed %d sentences of %s", len(rows), identity[:12])
    return len(rows)


def _write_note(store: AnnotationStore, annotation_id: str) -> None:
    """Replace the index row of one annotation (its note, tags and quote) and dequeue it."""
    with store.transaction() as connection:
        connection.execute("DELETE FROM search_rows WHERE annotation = ?", (annotation_id,))
        row = connection.execute(
            "SELECT document, start, \"end\", quote, note, tags, section FROM annotations WHERE id = ?",
            (annotation_id,)).fetchone()
        if row is not None:
            document, start, end, quote, note, tags, section = row
            body = "\n".join(part for part in (note, " ".join(json.loads(tags)), quote) if part)
            words, parts = index_columns(body)
            cursor = connection.execute(
                "INSERT INTO search_rows (document, kind, annotation, start, \"end\", section) "
                "VALUES (?, 'note', ?, ?, ?, ?)",
                (document, annotation_id, start, end, SECTION_SEPARATOR.join(json.loads(section))))
            connection.execute("INSERT INTO search_index (rowid, words, parts) VALUES (?, ?, ?)",
                               (cursor.lastrowid, words, parts))
        connection.execute("DELETE FROM search_queue WHERE kind = 'note' AND key = ?", (annotation_id,))


def _forget_superseded(store: AnnotationStore) -> None:
    """Drop earlier editions of a file (same path, opened before) that hold no annotations."""
    with store.transaction() as connection:
        connection.execute(
            "DELETE FROM documents WHERE path IS NOT NULL AND NOT EXISTS "
            "(SELECT 1 FROM annotations AS a WHERE a.document = documents.identity) AND EXISTS "
            "(SELECT 1 FROM documents AS newer WHERE newer.path = documents.path "
            "AND newer.identity != documents.identity AND (newer.opened > documents.opened "
            "OR (newer.opened = documents.opened AND newer.rowid > documents.rowid)))")
