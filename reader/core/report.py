"""A report ready for display: its document and outline, loaded in a background thread."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from reader.core.document import Document, open_document
from reader.core.outline import OutlineNode, build_outline

_executor: ThreadPoolExecutor | None = None


@dataclass(frozen=True)
class LoadedReport:
    """A document with its outline, ready for the views."""

    document: Document
    outline: list[OutlineNode]


def load_report(path: Path | str) -> LoadedReport:
    """Open, normalise and outline ``path``."""
    document = open_document(path)
    return LoadedReport(document, build_outline(document))


def load_report_in_background(path: Path | str) -> Future[LoadedReport]:
    """Start loading ``path`` in the shared worker thread and return its future."""
    global _executor
    if _executor is None:
        _executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="report-loader")
    return _executor.submit(load_report, path)
