"""``python -m reader library add|list|remove`` and ``python -m reader search QUERY``."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

from reader.core.outline import SECTION_SEPARATOR
from reader.core.search_index import snippet

log = logging.getLogger(__name__)
EXIT_FAILED = 2


def register(commands: Any) -> None:
    """Add the ``library`` and ``search`` commands."""
    library = commands.add_parser("library", help="the library of reports (add, list, remove)")
    actions = library.add_subparsers(dest="library_command", required=True)
    add = actions.add_parser("add", help="add reports to the library and index them for search")
    add.add_argument("paths", nargs="+", metavar="PATH")
    add.set_defaults(handler=run_add)
    listing = actions.add_parser("list", help="list the reports of the library")
    listing.add_argument("--format", choices=["text", "json"], default="text")
    listing.set_defaults(handler=run_list)
    remove = actions.add_parser("remove", help="remove a report (by identity, its prefix, or path)")
    remove.add_argument("key", metavar="IDENTITY|PATH")
    remove.set_defaults(handler=run_remove)
    search = commands.add_parser(
        "search", help="search the library (and notes) or one report; prints JSON lines")
    search.add_argument("query")
    search.add_argument("--library", action="store_true",
                        help="search every report of the library and the notes (default without --doc)")
    search.add_argument("--doc", action="append", default=[], metavar="PATH", help="search this report")
    search.add_argument("--words", action="store_true",
                        help="with --doc: matches must be whole jieba words (城市 not inside 城市更新)")
    search.add_argument("--case-sensitive", action="store_true", help="with --doc: match case")
    search.add_argument("--limit", type=int, default=50, help="at most this many library hits")
    search.set_defaults(handler=run_search)


def run_add(args: argparse.Namespace) -> int:
    """Open each report, remember it in the library and index it; go on after bad files."""
    from reader.core.errors import LoadError
    from reader.core.library import index_document
    from reader.core.report import load_report

    store = _open_store()
    if store is None:
        return EXIT_FAILED
    failed = False
    with store:
        for name in args.paths:
            try:
                report = load_report(Path(name).expanduser().resolve())
                written = index_document(store, report.document, report.outline)
            except LoadError as error:
                print(error.message(), file=sys.stderr)
                failed = True
                continue
            except sqlite3.Error as error:
                print(f"无法写入资料库：{error}", file=sys.stderr)
                return EXIT_FAILED
            document = report.document
            state = f"{written} 句已索引" if written else "已在资料库中"
            print(f"{document.identity[:12]}\t{document.title}\t{document.path}\t{state}")
    return EXIT_FAILED if failed else 0


def run_list(args: argparse.Namespace) -> int:
    """Print the library, most recently opened first."""
    from reader.core.library import entries

    store = _open_store()
    if store is None:
        return EXIT_FAILED
    with store:
        library = entries(store)
    if args.format == "json":
        records = [{"identity": entry.identity, "title": entry.title, "path": entry.path,
                    "length": entry.length, "annotations": entry.annotations, "opened": entry.opened}
                   for entry in library]
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    else:
        for entry in library:
            print(f"{entry.title}\t{entry.path or ''}\t{entry.identity[:12]}\t{entry.opened}")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    """Remove one report from the library; refuse while it has annotations."""
    from reader.core.library import find_entry, remove

    store = _open_store()
    if store is None:
        return EXIT_FAILED
    with store:
        entry = find_entry(store, args.key)
        if entry is None:
            print(f"资料库中没有“{args.key}”。", file=sys.stderr)
            return EXIT_FAILED
        if entry.annotations:
            print(f"“{entry.title}”还有 {entry.annotations} 条批注，未移除（请先删除批注）。",
                  file=sys.stderr)
            return EXIT_FAILED
        remove(store, entry.identity)
    print(f"{entry.identity[:12]}\t{entry.title}\t{entry.path or ''}\t已移除")
    return 0


def run_search(args: argparse.Namespace) -> int:
    """Print hits as JSON lines: document, section, start, end, snippet (then identity, title, kind)."""
    failed = False
    try:
        for name in args.doc:
            failed |= not _search_document(name, args)
        if args.library or not args.doc:
            failed |= not _search_library(args)
    except BrokenPipeError:  # the reader of our output (head, less) has gone: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_FAILED if failed else 0


def _search_document(name: str, args: argparse.Namespace) -> bool:
    """Print the hits in one report; False when it cannot be opened."""
    from reader.core.errors import LoadError
    from reader.core.report import load_report
    from reader.core.text_search import SearchError, search_hits

    try:
        report = load_report(name)
        hits = search_hits(report.document, report.outline, args.query,
                           "word" if args.words else "plain", args.case_sensitive)
    except (LoadError, SearchError) as error:
        print(error.message() if isinstance(error, LoadError) else str(error), file=sys.stderr)
        return False
    document = report.document
    for hit in hits:
        relative = (hit.start - hit.sentence_start, hit.end - hit.sentence_start)
        excerpt, _marks = snippet(hit.sentence, [relative])
        _print_hit(str(document.path), SECTION_SEPARATOR.join(hit.section), hit.start, hit.end, excerpt,
                   document.identity, document.title, "text")
    return True


def _search_library(args: argparse.Namespace) -> bool:
    """Print the library's hits, best first; False when the library cannot be read."""
    from reader.core.library import refresh, search

    store = _open_store()
    if store is None:
        return False
    try:
        with store:
            refresh(store)
            hits = search(store, args.query, max(1, args.limit))
    except sqlite3.Error as error:
        print(f"无法读取资料库：{error}", file=sys.stderr)
        return False
    for hit in hits:
        extra = {"annotation": hit.annotation_id} if hit.annotation_id else {}
        _print_hit(hit.path or hit.identity, hit.section, hit.start, hit.end, hit.snippet,
                   hit.identity, hit.title, hit.kind, **extra)
    return True


def _print_hit(document: str, section: str, start: int, end: int, excerpt: str, identity: str,
               title: str, kind: str, **extra: str) -> None:
    """Write one JSON line with the contract's keys first."""
    record = {"document": document, "section": section, "start": start, "end": end, "snippet": excerpt,
              "identity": identity, "title": title, "kind": kind, **extra}
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


def _open_store() -> Any:
    """Open the user's database, or print why it cannot be opened and return None."""
    from reader.core.store import AnnotationStore, StoreError

    try:
        return AnnotationStore()
    except (StoreError, OSError) as error:
        print(f"无法打开资料库：{error}", file=sys.stderr)
        return None
