"""Notes as Markdown: headings per section, quotes as blockquotes, every user character escaped."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.core.export.common import (
    EXPORT_TITLE_SUFFIX,
    ORPHANS_TITLE,
    ProgressTicker,
    clean_text,
    colour_label,
)

if TYPE_CHECKING:
    from reader.core.export.common import Progress
    from reader.core.export.notes_view import NoteEntry, NotesView

# Characters with a meaning anywhere in a line (CommonMark, GFM tables/strikethrough, $ maths).
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&$])")
# Characters with a meaning at the start of a line: headings, lists, setext underlines.
_LINE_START = re.compile(r"^([#+\-=])")
_ORDERED_ITEM = re.compile(r"^(\d{1,9})([.)])")
HARD_BREAK = "\\\n"


def escape_markdown(text: str) -> str:
    """Escape one line so that it renders exactly as written (leading/trailing blanks dropped)."""
    line = _INLINE_SPECIAL.sub(r"\\\1", text.strip())
    line = _LINE_START.sub(r"\\\1", line)
    return _ORDERED_ITEM.sub(r"\1\\\2", line)


def markdown_paragraphs(text: str, line_breaks: bool) -> list[str]:
    """Escaped paragraphs of ``text``; inside one, lines are joined by hard breaks (``line_breaks``).

    A quote from the report has one paragraph per line, so ``line_breaks`` is False for it; in a
    note a single newline is a line break and a blank line starts a new paragraph.
    """
    text = clean_text(text)
    blocks = re.split(r"\n\s*\n", text) if line_breaks else text.split("\n")
    paragraphs = []
    for block in blocks:
        lines = [escape_markdown(line) for line in block.split("\n")]
        lines = [line for line in lines if line]
        if lines:
            paragraphs.append(HARD_BREAK.join(lines))
    return paragraphs


def render_markdown(view: NotesView, progress: Progress | None = None) -> str:
    """The whole export as Markdown text (UTF-8, '\\n' line ends, one trailing newline)."""
    ticker = ProgressTicker(progress, view.count)
    out = [f"# {escape_markdown(view.title + EXPORT_TITLE_SUFFIX)}", ""]
    if view.source:
        out.append(f"- 来源：{escape_markdown(view.source)}")
    out += [f"- 文档标识：sha256:{view.identity}", f"- 批注：{view.count} 条", ""]
    for group in view.groups:
        if group.title:
            out += [f"{'#' * (group.level + 1)} {escape_markdown(group.title)}", ""]
        for entry in group.entries:
            out += _entry(entry)
            ticker.step()
    if view.orphans:
        out += [f"## {ORPHANS_TITLE}", ""]
        for entry in view.orphans:
            out += _entry(entry)
            ticker.step()
    return "\n".join(out).rstrip("\n") + "\n"


def _entry(entry: NoteEntry) -> list[str]:
    """The lines of one note, each block followed by a blank line."""
    annotation = entry.annotation
    quote = markdown_paragraphs(annotation.quote, line_breaks=False)
    lines = [">\n".join(f"> {paragraph}\n" for paragraph in quote).rstrip("\n"), ""]
    if entry.citation:
        lines += [f"— {escape_markdown(entry.citation)}", ""]
    for paragraph in markdown_paragraphs(annotation.note, line_breaks=True):
        lines += [paragraph, ""]
    tags = " ".join(f"#{escape_markdown(tag)}" for tag in annotation.tags)
    colour = f"颜色：{colour_label(annotation.colour)}"
    lines += [f"标签：{tags} · {colour}" if tags else colour, ""]
    if entry.indicators:
        lines += ["指标：" + "；".join(escape_markdown(label) for label in entry.indicators), ""]
    return lines
