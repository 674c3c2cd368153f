"""The start of a notes export, as the export dialog previews it (no Qt needed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core.export import render_notes

if TYPE_CHECKING:
    from reader.core.export import NotesView


def preview_text(view: NotesView, export_format: str, csv_rows: int) -> tuple[str, bool]:
    """(text, is_html): Markdown, CSV rows and JSON as text; the HTML page (also for Word) rendered."""
    if export_format in ("html", "docx"):
        return render_notes(view, "html").decode("utf-8"), True
    text = render_notes(view, export_format).decode("utf-8-sig")
    if export_format == "csv":
        rows = text.split("\r\n")
        return "\r\n".join(rows[: csv_rows + 1]), False  # rows with newlines inside may be cut: a preview
    return text, False
