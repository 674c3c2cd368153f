"""Notes as one self-contained, printable HTML page (inline CSS, highlight colours, text escaped)."""

from __future__ import annotations

import re
from html import escape
from typing import TYPE_CHECKING

from reader.core.export.common import (
    COLOUR_HEX,
    EXPORT_TITLE_SUFFIX,
    ORPHANS_TITLE,
    ProgressTicker,
    clean_text,
    colour_label,
)

if TYPE_CHECKING:
    from reader.core.export.common import Progress
    from reader.core.export.notes_view import NoteEntry, NotesView

_BASE_CSS = """\
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, serif;
  max-width: 46em; margin: 2em auto; padding: 0 1em; line-height: 1.75; color: #222; }
h1 { font-size: 1.6em; margin-bottom: .2em; }
h2 { font-size: 1.3em; margin-top: 2em; border-bottom: 1px solid #ccc; }
h3 { font-size: 1.1em; margin-top: 1.5em; }
.meta { color: #666; font-size: .9em; margin: 0; }
.note { margin: 1.2em 0; break-inside: avoid; page-break-inside: avoid; }
.note blockquote { margin: 0; padding: .4em .9em; border-left: 5px solid #999; background: #f4f4f4;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.note blockquote p { margin: .2em 0; }
.citation { color: #555; font-size: .9em; margin: .3em 0; }
.comment p { margin: .4em 0; }
.tags, .indicators { font-size: .9em; color: #444; margin: .3em 0; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; } }
"""
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def render_html(view: NotesView, progress: Progress | None = None) -> str:
    """The whole export as an HTML5 page."""
    ticker = ProgressTicker(progress, view.count)
    title = _text(view.title + EXPORT_TITLE_SUFFIX)
    out = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{title}</title>", f"<style>\n{_css()}</style>", "</head>", "<body>",
           "<header>", f"<h1>{title}</h1>"]
    if view.source:
        out.append(f'<p class="meta">来源：{_text(view.source)}</p>')
    out += [f'<p class="meta">文档标识：sha256:{_text(view.identity)}</p>',
            f'<p class="meta">批注：{view.count} 条</p>', "</header>"]
    for group in view.groups:
        if group.title:
            level = group.level + 1
            out.append(f"<h{level}>{_text(group.title)}</h{level}>")
        for entry in group.entries:
            out += _entry(entry)
            ticker.step()
    if view.orphans:
        out.append(f"<h2>{ORPHANS_TITLE}</h2>")
        for entry in view.orphans:
            out += _entry(entry)
            ticker.step()
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


def _css() -> str:
    """The base stylesheet plus one rule per highlight colour."""
    rules = [f".colour-{name} blockquote {{ background: #{fill}; border-left-color: #{border}; }}\n"
             for name, (fill, border) in COLOUR_HEX.items()]
    return _BASE_CSS + "".join(rules)


def _text(text: str) -> str:
    """User text escaped for HTML (quotes too), without control characters."""
    return escape(clean_text(text), quote=True)


def _lines(text: str) -> str:
    """Escaped text whose newlines become <br>."""
    return "<br>".join(_text(line) for line in clean_text(text).split("\n"))


def _entry(entry: NoteEntry) -> list[str]:
    """One note as an <article>."""
    annotation = entry.annotation
    colour = annotation.colour if annotation.colour in COLOUR_HEX else "yellow"
    out = [f'<article class="note colour-{colour}">', "<blockquote>"]
    out += [f"<p>{_text(line)}</p>" for line in clean_text(annotation.quote).split("\n") if line.strip()]
    out.append("</blockquote>")
    if entry.citation:
        out.append(f'<p class="citation">— {_text(entry.citation)}</p>')
    paragraphs = [block for block in _PARAGRAPH_BREAK.split(clean_text(annotation.note)) if block.strip()]
    if paragraphs:
        out.append('<div class="comment">')
        out += [f"<p>{_lines(block.strip())}</p>" for block in paragraphs]
        out.append("</div>")
    tags = " ".join(f'<span class="tag">#{_text(tag)}</span>' for tag in annotation.tags)
    label = _text(colour_label(annotation.colour))
    out.append(f'<p class="tags">{"标签：" + tags + " · " if tags else ""}颜色：{label}</p>')
    if entry.indicators:
        out.append(f'<p class="indicators">指标：{_text("；".join(entry.indicators))}</p>')
    out.append("</article>")
    return out
