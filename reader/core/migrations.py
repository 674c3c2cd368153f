"""The database schema, as numbered migrations applied in order from an empty database."""

from __future__ import annotations

import logging
import sqlite3

log = logging.getLogger(__name__)

# Each entry upgrades the schema from version N to N + 1. Never edit a published entry: append.
MIGRATIONS: tuple[str, ...] = (
    # 1: the library and the annotations.
    """
    CREATE TABLE documents (
        identity TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        path TEXT,
        reading_position INTEGER NOT NULL DEFAULT 0,
        opened TEXT NOT NULL
    );
    CREATE TABLE annotations (
        id TEXT PRIMARY KEY,
        document TEXT NOT NULL REFERENCES documents(identity),
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        quote TEXT NOT NULL,
        prefix TEXT NOT NULL DEFAULT '',
        suffix TEXT NOT NULL DEFAULT '',
        colour TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]',
        section TEXT NOT NULL DEFAULT '[]',
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    );
    CREATE INDEX annotations_by_document ON annotations (document, start);
    """,
    # 2: orphans are kept and flagged; documents keep their text (for the library) and when added.
    """
    ALTER TABLE annotations ADD COLUMN orphan INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE documents ADD COLUMN text TEXT NOT NULL DEFAULT '';
    ALTER TABLE documents ADD COLUMN length INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE documents ADD COLUMN added TEXT;
    UPDATE documents SET added = opened;
    CREATE INDEX documents_by_path ON documents (path);
    """,
    # 3: full-text search over the documents' sentences and the annotations' notes (reader/core/library.py).
    # Rows are written from Python (jieba segments them); triggers queue what changed and drop what went.
    """
    CREATE TABLE search_rows (
        id INTEGER PRIMARY KEY,
        document TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('text', 'note')),
        annotation TEXT,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        section TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX search_rows_by_document ON search_rows (document, kind);
    CREATE INDEX search_rows_by_annotation ON search_rows (annotation);
    CREATE VIRTUAL TABLE search_index USING fts5 (words, parts, tokenize = 'unicode61 remove_diacritics 0');
    INSERT INTO search_index (search_index, rank) VALUES ('rank', 'bm25(1.0, 0.5)');
    CREATE TABLE search_queue (
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        PRIMARY KEY (kind, key)
    ) WITHOUT ROWID;
    CREATE TRIGGER search_rows_deleted AFTER DELETE ON search_rows BEGIN
        DELETE FROM search_index WHERE rowid = old.id;
    END;
    CREATE TRIGGER documents_search_inserted AFTER INSERT ON documents BEGIN
        INSERT OR IGNORE INTO search_queue (kind, key) VALUES ('document', new.identity);
    END;
    CREATE TRIGGER documents_search_text_updated AFTER UPDATE OF text ON documents
    WHEN new.text IS NOT old.text BEGIN
        INSERT OR IGNORE INTO search_queue (kind, key) VALUES ('document', new.identity);
    END;
    CREATE TRIGGER documents_search_deleted AFTER DELETE ON documents BEGIN
        DELETE FROM search_rows WHERE document = old.identity;
        DELETE FROM search_queue WHERE kind = 'document' AND key = old.identity;
    END;
    CREATE TRIGGER annotations_search_inserted AFTER INSERT ON annotations BEGIN
        INSERT OR IGNORE INTO search_queue (kind, key) VALUES ('note', new.id);
    END;
    CREATE TRIGGER annotations_search_updated AFTER UPDATE ON annotations BEGIN
        INSERT OR IGNORE INTO search_queue (kind, key) VALUES ('note', new.id);
    END;
    CREATE TRIGGER annotations_search_deleted AFTER DELETE ON annotations BEGIN
        DELETE FROM search_rows WHERE annotation = old.id;
        DELETE FROM search_queue WHERE kind = 'note' AND key = old.id;
    END;
    INSERT INTO search_queue (kind, key) SELECT 'document', identity FROM documents;
    INSERT INTO search_queue (kind, key) SELECT 'note', id FROM annotations;
    """,
    # 4: re-anchoring thousands of annotations must stay cheap. An annotation is re-indexed only
    # when what the index holds changes; a move to another edition just relabels its index row.
    """
    DROP TRIGGER annotations_search_updated;
    CREATE TRIGGER annotations_search_updated AFTER UPDATE ON annotations
    WHEN new.note IS NOT old.note OR new.tags IS NOT old.tags OR new.quote IS NOT old.quote
        OR new.section IS NOT old.section BEGIN
        INSERT OR IGNORE INTO search_queue (kind, key) VALUES ('note', new.id);
    END;
    CREATE TRIGGER annotations_search_moved AFTER UPDATE OF document ON annotations
    WHEN new.document IS NOT old.document BEGIN
        UPDATE search_rows SET document = new.document WHERE annotation = new.id;
    END;
    """,
)


def current_version(connection: sqlite3.Connection) -> int:
    """Return the schema version (0 for an empty database)."""
    connection.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    row = connection.execute("SELECT max(version) FROM schema_version").fetchone()
    return row[0] or 0


def migrate(connection: sqlite3.Connection, target: int | None = None) -> int:
    """Apply the migrations after the current version (inside the caller's transaction)."""
    target = len(MIGRATIONS) if target is None else target
    version = current_version(connection)
    if version > len(MIGRATIONS):
        raise sqlite3.DatabaseError(f"database schema {version} is newer than this application")
    for number in range(version + 1, target + 1):
        for statement in _statements(MIGRATIONS[number - 1]):
            connection.execute(statement)
        connection.execute("INSERT INTO schema_version (version) VALUES (?)", (number,))
        log.info("database migrated to schema %d", number)
    return max(version, target)


def _statements(script: str) -> list[str]:
    """Split a migration into statements (no semicolons inside literals; trigger bodies stay whole)."""
    statements: list[str] = []
    pending = ""
    for piece in script.split(";"):
        pending = f"{pending};{piece}" if pending else piece
        if pending.strip() and sqlite3.complete_statement(pending + ";"):
            statements.append(pending.strip())
            pending = ""
    if pending.strip():
        statements.append(pending.strip())
    return statements
