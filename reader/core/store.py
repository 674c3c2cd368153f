"""SQLite storage for the library of documents and their annotations (WAL, short transactions)."""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from reader.core.annotations import Annotation, now_iso
from reader.core.migrations import MIGRATIONS, migrate

log = logging.getLogger(__name__)
DATABASE_NAME = "reader.sqlite3"
BUSY_TIMEOUT_MS = 10_000
SETUP_ATTEMPTS = 20
_ANNOTATION_COLUMNS = ("id, document, start, \"end\", quote, prefix, suffix, colour, note, tags, "
                       "section, created, updated, orphan")


class StoreError(Exception):
    """The database cannot be used (disk full, read-only, corrupt); the message is for the user."""


@dataclass(frozen=True)
class DocumentRecord:
    """A report in the library."""

    identity: str
    title: str
    path: str | None
    reading_position: int
    opened: str
    length: int


class AnnotationStore:
    """One connection to the user's database; safe to share between processes (not threads)."""

    def __init__(self, path: Path | str | None = None) -> None:
        if path is None:
            from reader.core.paths import user_data_dir

            path = user_data_dir() / DATABASE_NAME
        self.path = Path(path)
        try:
            self._connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000,
                                               isolation_level=None)
            self._set_up()
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{self.path}: {error}") from error

    def _set_up(self) -> None:
        """Configure the connection and migrate; retry while another process holds the setup lock."""
        import time

        connection = self._connection
        for attempt in range(SETUP_ATTEMPTS):
            try:
                connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                if connection.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    connection.execute("PRAGMA journal_mode = WAL")
                connection.execute("PRAGMA synchronous = NORMAL")
                connection.execute("PRAGMA foreign_keys = ON")
                with self.transaction() as locked:
                    migrate(locked)
                return
            except sqlite3.OperationalError as error:  # "database is locked" outside the busy handler
                if "locked" not in str(error) or attempt == SETUP_ATTEMPTS - 1:
                    raise
                log.info("database busy while opening, retrying: %s", error)
                time.sleep(0.05 * (attempt + 1))

    def close(self) -> None:
        """Close the connection (idempotent)."""
        self._connection.close()

    def __enter__(self) -> AnnotationStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run a block as one immediate transaction: all of it is written, or none."""
        connection = self._connection
        connection.execute("BEGIN IMMEDIATE")
        try:
            yield connection
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")

    @property
    def connection(self) -> sqlite3.Connection:
        """Return the connection, for reads by modules that own part of the schema (the library)."""
        return self._connection

    def schema_version(self) -> int:
        """Return the schema version of the database."""
        return self._connection.execute("SELECT max(version) FROM schema_version").fetchone()[0]

    def integrity_ok(self) -> bool:
        """Return True when SQLite's integrity check passes."""
        return self._connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    # ----- documents --------------------------------------------------------------------

    def remember_document(self, identity: str, title: str, path: str | None, text: str) -> DocumentRecord:
        """Add the document to the library or update its title, path, text and opened time."""
        stamp = now_iso()
        with self.transaction() as connection:
            connection.execute(
                "INSERT INTO documents (identity, title, path, opened, added, text, length) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(identity) DO UPDATE SET "
                "title = excluded.title, path = coalesce(excluded.path, documents.path), "
                "opened = excluded.opened, text = excluded.text, length = excluded.length",
                (identity, title, path, stamp, stamp, text, len(text)))
        record = self.document(identity)
        assert record is not None
        return record

    def document(self, identity: str) -> DocumentRecord | None:
        """Return the library entry for ``identity``."""
        row = self._connection.execute(
            "SELECT identity, title, path, reading_position, opened, length FROM documents "
            "WHERE identity = ?", (identity,)).fetchone()
        return DocumentRecord(*row) if row else None

    def documents(self) -> list[DocumentRecord]:
        """Return the library, most recently opened first."""
        rows = self._connection.execute(
            "SELECT identity, title, path, reading_position, opened, length FROM documents "
            "ORDER BY opened DESC").fetchall()
        return [DocumentRecord(*row) for row in rows]

    def document_text(self, identity: str) -> str | None:
        """Return the canonical text stored for ``identity``."""
        row = self._connection.execute("SELECT text FROM documents WHERE identity = ?",
                                       (identity,)).fetchone()
        return row[0] if row else None

    def predecessor(self, identity: str, path: str | None, title: str) -> DocumentRecord | None:
        """Return the most recent other edition of a document: same path, else same title."""
        for column, value in (("path", path), ("title", title)):
            if not value:
                continue
            row = self._connection.execute(
                "SELECT identity, title, path, reading_position, opened, length FROM documents "
                f"WHERE {column} = ? AND identity != ? AND EXISTS "
                "(SELECT 1 FROM annotations WHERE annotations.document = documents.identity) "
                "ORDER BY opened DESC LIMIT 1", (value, identity)).fetchone()
            if row:
                return DocumentRecord(*row)
        return None

    def set_reading_position(self, identity: str, offset: int) -> None:
        """Remember where the user is in a document."""
        with self.transaction() as connection:
            connection.execute("UPDATE documents SET reading_position = ? WHERE identity = ?",
                               (offset, identity))

    def remove_document(self, identity: str) -> None:
        """Remove a document from the library; refuse while it still has annotations."""
        if self.count_annotations(identity):
            raise StoreError("the document still has annotations")
        with self.transaction() as connection:
            connection.execute("DELETE FROM documents WHERE identity = ?", (identity,))

    # ----- annotations ------------------------------------------------------------------

    def add(self, annotation: Annotation) -> Annotation:
        """Store a new annotation and return it."""
        self.add_many([annotation])
        return annotation

    def add_many(self, annotations: Iterable[Annotation]) -> None:
        """Store several new annotations in one transaction."""
        with self.transaction() as connection:
            connection.executemany(
                f"INSERT INTO annotations ({_ANNOTATION_COLUMNS}) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [_row(annotation) for annotation in annotations])

    def update(self, annotation: Annotation) -> Annotation:
        """Replace the stored annotation with the same id and return it."""
        self.update_many([annotation])
        return annotation

    def update_many(self, annotations: Iterable[Annotation]) -> None:
        """Replace several annotations (same ids) in one transaction."""
        rows = [(*_row(annotation)[1:], annotation.id) for annotation in annotations]
        with self.transaction() as connection:
            connection.executemany(
                "UPDATE annotations SET document = ?, start = ?, \"end\" = ?, quote = ?, prefix = ?, "
                "suffix = ?, colour = ?, note = ?, tags = ?, section = ?, created = ?, updated = ?, "
                "orphan = ? WHERE id = ?", rows)

    def place_many(self, annotations: Iterable[Annotation]) -> None:
        """Write where re-anchoring put several annotations (document, span, orphan flag) at once."""
        rows = [(annotation.document, annotation.start, annotation.end, int(annotation.orphan),
                 annotation.id) for annotation in annotations]
        with self.transaction() as connection:
            connection.executemany(
                "UPDATE annotations SET document = ?, start = ?, \"end\" = ?, orphan = ? WHERE id = ?",
                rows)

    def delete(self, annotation_id: str) -> None:
        """Delete one annotation."""
        self.delete_many([annotation_id])

    def delete_many(self, annotation_ids: Iterable[str]) -> None:
        """Delete several annotations in one transaction."""
        with self.transaction() as connection:
            connection.executemany("DELETE FROM annotations WHERE id = ?",
                                   [(annotation_id,) for annotation_id in annotation_ids])

    def replace(self, remove_ids: Iterable[str], annotations: Iterable[Annotation]) -> None:
        """Delete ``remove_ids`` and write ``annotations`` (new or existing) in one transaction."""
        with self.transaction() as connection:
            connection.executemany("DELETE FROM annotations WHERE id = ?",
                                   [(annotation_id,) for annotation_id in remove_ids])
            connection.executemany(
                f"INSERT INTO annotations ({_ANNOTATION_COLUMNS}) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                + ", ".join(f"{column} = excluded.{column}"
                            for column in _ANNOTATION_COLUMNS.split(", ")[1:]),
                [_row(annotation) for annotation in annotations])

    def get(self, annotation_id: str) -> Annotation | None:
        """Return the annotation with ``annotation_id``."""
        row = self._connection.execute(
            f"SELECT {_ANNOTATION_COLUMNS} FROM annotations WHERE id = ?", (annotation_id,)).fetchone()
        return _annotation(row) if row else None

    def annotations(self, identity: str) -> list[Annotation]:
        """Return a document's annotations in reading order (orphans last)."""
        rows = self._connection.execute(
            f"SELECT {_ANNOTATION_COLUMNS} FROM annotations WHERE document = ? "
            "ORDER BY orphan, start, \"end\", created", (identity,)).fetchall()
        decoded: dict[str, tuple[str, ...]] = {}  # sections and tags repeat: decode each once
        return [_annotation(row, decoded) for row in rows]

    def count_annotations(self, identity: str | None = None) -> int:
        """Return how many annotations a document (or the whole database) holds."""
        if identity is None:
            return self._connection.execute("SELECT count(*) FROM annotations").fetchone()[0]
        return self._connection.execute("SELECT count(*) FROM annotations WHERE document = ?",
                                        (identity,)).fetchone()[0]

    def tags(self) -> list[str]:
        """Return every tag in use, most used first."""
        counts = self.tag_counts()
        return sorted(counts, key=lambda tag: (-counts[tag], tag))

    def tag_counts(self) -> dict[str, int]:
        """Return how many annotations use each tag."""
        counts: dict[str, int] = {}
        for tags, uses in self._connection.execute(
                "SELECT tags, count(*) FROM annotations WHERE tags != '[]' GROUP BY tags"):
            for tag in json.loads(tags):
                counts[tag] = counts.get(tag, 0) + uses
        return counts


def _row(annotation: Annotation) -> tuple:
    """Return the annotation as a database row, in _ANNOTATION_COLUMNS order."""
    return (annotation.id, annotation.document, annotation.start, annotation.end, annotation.quote,
            annotation.prefix, annotation.suffix, annotation.colour, annotation.note,
            json.dumps(list(annotation.tags), ensure_ascii=False),
            json.dumps(list(annotation.section), ensure_ascii=False),
            annotation.created, annotation.updated, int(annotation.orphan))


def _json_tuple(value: str, decoded: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Decode a JSON list column, once per distinct value (most are empty: skip the parser)."""
    if value == "[]":
        return ()
    result = decoded.get(value)
    if result is None:
        result = decoded[value] = tuple(json.loads(value))
    return result


def _annotation(row: tuple, decoded: dict[str, tuple[str, ...]] | None = None) -> Annotation:
    """Return the annotation stored in ``row`` (``decoded`` caches JSON columns across rows)."""
    (annotation_id, document, start, end, quote, prefix, suffix, colour, note, tags, section,
     created, updated, orphan) = row
    decoded = {} if decoded is None else decoded
    return Annotation(id=annotation_id, document=document, start=start, end=end, quote=quote,
                      prefix=prefix, suffix=suffix, colour=colour, note=note,
                      tags=_json_tuple(tags, decoded), section=_json_tuple(section, decoded),
                      created=created, updated=updated, orphan=bool(orphan))


__all__ = ["MIGRATIONS", "AnnotationStore", "DocumentRecord", "StoreError"]
