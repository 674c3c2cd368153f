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
    """Split a migration into statements (they contain no semicolons inside literals)."""
    return [statement.strip() for statement in script.split(";") if statement.strip()]
