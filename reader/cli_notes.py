"""``python -m reader notes export|import``: a document's notes out to a file, or in from W3C JSON."""

from __future__ import annotations

import argparse
import logging
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.annotations import COLOURS

if TYPE_CHECKING:
    from reader.core.document import Document
    from reader.core.store import AnnotationStore

log = logging.getLogger(__name__)
EXIT_BAD_INPUT = 2
EXPORT_FORMATS = ("md", "html", "docx", "csv", "json")
STDOUT = "-"


def register(commands: argparse._SubParsersAction) -> None:
    """Add ``notes export`` and ``notes import``."""
    notes = commands.add_parser("notes", help="export or import a report's notes (annotations)")
    actions = notes.add_subparsers(dest="notes_command", required=True)
    export = actions.add_parser("export", help="write the notes stored for a report")
    export.add_argument("path", help="the report")
    export.add_argument("--format", choices=EXPORT_FORMATS, default="md")
    export.add_argument("-o", "--output", default=STDOUT, help="file to write (default: standard output)")
    export.add_argument("--colour", action="append", choices=COLOURS, help="only this colour (repeatable)")
    export.add_argument("--tag", action="append", help="only notes with this tag (repeatable)")
    export.add_argument("--no-indicators", action="store_true", help="leave out the indicators in quotes")
    export.add_argument("--data-dir", help="user data folder holding the database (or READER_DATA_DIR)")
    export.set_defaults(handler=run_export)
    imported = actions.add_parser("import", help="import W3C Web Annotation JSON into a report")
    imported.add_argument("path", help="the report")
    imported.add_argument("notes", help="the JSON file to import")
    imported.add_argument("--data-dir", help="user data folder holding the database (or READER_DATA_DIR)")
    imported.set_defaults(handler=run_import)


def run_export(args: argparse.Namespace) -> int:
    """Export the notes of ``args.path``; 2 with one line on stderr when something is wrong."""
    from reader.core.annotations import clean_tags
    from reader.core.attach import attach_annotations
    from reader.core.export import ExportOptions, build_notes_view, render_notes
    from reader.core.outline import build_outline

    opened = _open(args)
    if opened is None:
        return EXIT_BAD_INPUT
    document, store = opened
    with store:
        annotations = attach_annotations(store, document).annotations
    outline = build_outline(document)
    options = ExportOptions(
        colours=frozenset(args.colour) if args.colour else None,
        tags=frozenset(clean_tags(args.tag)) if args.tag else None,
        include_indicators=not args.no_indicators)
    indicators = None
    if options.include_indicators and annotations:
        from reader.core.indicators import extract_indicators

        indicators = extract_indicators(document, outline)
    view = build_notes_view(document, outline, annotations, indicators, options)
    data = render_notes(view, args.format)
    if args.output == STDOUT:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return 0
    from reader.core.export import write_atomically

    try:
        write_atomically(Path(args.output), data)
    except OSError as error:
        print(f"无法写入“{args.output}”：{error.strerror or error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return 0


def run_import(args: argparse.Namespace) -> int:
    """Import a notes file into ``args.path`` and print the summary line."""
    from reader.core.attach import attach_annotations
    from reader.core.export.import_errors import NotesImportError
    from reader.core.export.importer import import_notes
    from reader.core.export.json_import import read_notes_file

    try:
        parsed = read_notes_file(args.notes)  # checked before the report or the database is touched
    except NotesImportError as error:
        print(error.message(), file=sys.stderr)
        return EXIT_BAD_INPUT
    opened = _open(args)
    if opened is None:
        return EXIT_BAD_INPUT
    document, store = opened
    try:
        with store:
            attach_annotations(store, document)
            summary = import_notes(store, document, parsed)
    except sqlite3.Error as error:  # disk full, read-only, locked: nothing was written
        print(f"无法写入批注数据库：{error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(summary.message())
    return 0


def _open(args: argparse.Namespace) -> tuple[Document, AnnotationStore] | None:
    """The report and the database, or None after printing why one cannot be opened."""
    from reader.core.document import open_document
    from reader.core.errors import LoadError
    from reader.core.store import DATABASE_NAME, AnnotationStore, StoreError

    try:
        document = open_document(args.path)
    except LoadError as error:
        print(error.message(), file=sys.stderr)
        return None
    try:
        if args.data_dir:
            folder = Path(args.data_dir).expanduser()
            folder.mkdir(parents=True, exist_ok=True)
            store = AnnotationStore(folder / DATABASE_NAME)
        else:
            store = AnnotationStore()
    except (StoreError, OSError) as error:
        print(f"无法打开批注数据库：{error}", file=sys.stderr)
        return None
    return document, store
