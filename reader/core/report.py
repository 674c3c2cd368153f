"""A report ready for display: its document and outline, loaded in a background thread."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from reader.core.background import BackgroundCall
from reader.core.document import Document, open_document
from reader.core.outline import OutlineNode, build_outline


class LoadedReport(NamedTuple):
    """A document with its outline, ready for the views."""

    document: Document
    outline: list[OutlineNode]


def load_report(path: Path | str) -> LoadedReport:
    """Open, normalise and outline ``path``."""
    document = open_document(path)
    return LoadedReport(document, build_outline(document))


def load_report_in_background(path: Path | str) -> BackgroundCall[LoadedReport]:
    """Start loading ``path`` in a worker thread; the call gives the report or the error."""
    return BackgroundCall(load_report, path, name="report-loader")
