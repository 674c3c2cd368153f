"""Notes as CSV: one row per annotation, UTF-8 with BOM so Excel reads the Chinese."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

from reader.core.export.common import ProgressTicker
from reader.core.outline import SECTION_SEPARATOR

if TYPE_CHECKING:
    from reader.core.export.common import Progress
    from reader.core.export.notes_view import NoteEntry, NotesView

COLUMNS = ("document", "section", "paragraph", "start", "end", "quote", "note", "tags", "colour",
           "created", "updated")
TAG_SEPARATOR = ", "
# A cell starting with one of these is run as a formula by spreadsheet programs: quote it with '.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def render_csv(view: NotesView, progress: Progress | None = None) -> str:
    """The whole export as CSV text starting with a BOM, rows ended by CRLF."""
    ticker = ProgressTicker(progress, view.count)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for entry in view.entries:
        writer.writerow([_cell(value) for value in _row(view, entry)])
        ticker.step()
    return "\ufeff" + buffer.getvalue()


def _row(view: NotesView, entry: NoteEntry) -> list[object]:
    """The values of one annotation in COLUMNS order."""
    annotation = entry.annotation
    return [view.title, SECTION_SEPARATOR.join(entry.section), _paragraphs(entry),
            annotation.start, annotation.end, annotation.quote, annotation.note,
            TAG_SEPARATOR.join(annotation.tags), annotation.colour, annotation.created, annotation.updated]


def _paragraphs(entry: NoteEntry) -> str:
    """2, 2–3, 0 for a heading; empty for an orphan."""
    if entry.paragraphs is None:
        return ""
    first, last = entry.paragraphs
    return str(first) if first == last else f"{first}–{last}"


def _cell(value: object) -> object:
    """Text that a spreadsheet would take for a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value
