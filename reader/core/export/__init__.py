"""Export a document's notes (Markdown, HTML, Word, CSV, W3C JSON) and import W3C JSON notes."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.atomic_file import write_atomically
from reader.core.export.common import ExportCancelled, Progress
from reader.core.export.notes_view import ExportOptions, NotesView, build_notes_view

if TYPE_CHECKING:
    from collections.abc import Callable

log = logging.getLogger(__name__)
FORMATS = ("md", "html", "docx", "csv", "json")
SUFFIXES = {"md": ".md", "html": ".html", "docx": ".docx", "csv": ".csv", "json": ".json"}
_UNSAFE_FILENAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def suggested_file_name(title: str, export_format: str) -> str:
    """东城区政府工作报告-批注.md: the report's title made safe as a file name."""
    stem = _UNSAFE_FILENAME.sub("_", title).strip(" ._") or "notes"
    return f"{stem[:80]}-批注{SUFFIXES[export_format]}"


def render_notes(view: NotesView, export_format: str, progress: Progress | None = None) -> bytes:
    """The exported file's bytes in ``export_format`` (one of FORMATS)."""
    if export_format == "docx":
        from reader.core.export.docx_writer import render_docx

        return render_docx(view, progress)
    return _text_writer(export_format)(view, progress).encode("utf-8")


def export_notes(view: NotesView, export_format: str, path: Path | str,
                 progress: Progress | None = None) -> None:
    """Write the export to ``path`` atomically (a cancelled or failed export leaves no file)."""
    data = render_notes(view, export_format, progress)
    write_atomically(Path(path), data)
    log.info("exported %d notes as %s to %s", view.count, export_format, path)


def _text_writer(export_format: str) -> Callable[[NotesView, Progress | None], str]:
    """The render function of a text format."""
    if export_format == "md":
        from reader.core.export.markdown_writer import render_markdown as writer
    elif export_format == "html":
        from reader.core.export.html_writer import render_html as writer
    elif export_format == "csv":
        from reader.core.export.csv_writer import render_csv as writer
    elif export_format == "json":
        from reader.core.export.json_writer import render_json as writer
    else:
        raise ValueError(f"unknown export format {export_format!r}")
    return writer


__all__ = ["FORMATS", "SUFFIXES", "ExportCancelled", "ExportOptions", "NotesView", "Progress",
           "build_notes_view", "export_notes", "render_notes", "suggested_file_name", "write_atomically"]
