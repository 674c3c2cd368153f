"""Notes as a Word document (python-docx): headings, quotes in the Quote style, notes, tags."""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING

from reader.core.export.common import (
    COLOUR_HEX,
    EXPORT_TITLE_SUFFIX,
    ORPHANS_TITLE,
    ProgressTicker,
    clean_text,
    colour_label,
    tag_text,
)

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.text.paragraph import Paragraph

    from reader.core.export.common import Progress
    from reader.core.export.notes_view import NoteEntry, NotesView

QUOTE_STYLE = "Quote"
EAST_ASIAN_FONT = "宋体"
META_GREY = (0x66, 0x66, 0x66)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# Elements that follow w:shd in a run's properties (the schema fixes their order).
_AFTER_SHADING = ("w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout",
                  "w:specVanish", "w:oMath")


def render_docx(view: NotesView, progress: Progress | None = None) -> bytes:
    """The whole export as the bytes of a .docx file."""
    import docx

    ticker = ProgressTicker(progress, view.count)
    word = docx.Document()
    _prepare_styles(word)
    word.core_properties.title = clean_text(view.title + EXPORT_TITLE_SUFFIX)
    word.core_properties.author = "报告阅读器"
    word.add_heading(clean_text(view.title + EXPORT_TITLE_SUFFIX), 0)
    if view.source:
        _meta(word.add_paragraph(), f"来源：{view.source}")
    _meta(word.add_paragraph(), f"文档标识：sha256:{view.identity}")
    _meta(word.add_paragraph(), f"批注：{view.count} 条")
    for group in view.groups:
        if group.title:
            word.add_heading(clean_text(group.title), group.level)
        for entry in group.entries:
            _entry(word, entry)
            ticker.step()
    if view.orphans:
        word.add_heading(ORPHANS_TITLE, 1)
        for entry in view.orphans:
            _entry(word, entry)
            ticker.step()
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def _prepare_styles(word: WordDocument) -> None:
    """A CJK font for body text; quotes upright (slanted Chinese reads badly)."""
    from docx.oxml.ns import qn

    for name in ("Normal", QUOTE_STYLE):
        style = word.styles[name]
        fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)
    word.styles[QUOTE_STYLE].font.italic = False


def _entry(word: WordDocument, entry: NoteEntry) -> None:
    """Quote, citation, note, tags and colour, indicators."""
    annotation = entry.annotation
    fill = COLOUR_HEX.get(annotation.colour, COLOUR_HEX["yellow"])[0]
    for line in clean_text(annotation.quote).split("\n"):
        if line.strip():
            _shade(word.add_paragraph(style=QUOTE_STYLE).add_run(line), fill)
    if entry.citation:
        _meta(word.add_paragraph(), f"— {entry.citation}")
    for block in _PARAGRAPH_BREAK.split(clean_text(annotation.note)):
        if block.strip():
            word.add_paragraph().add_run(block.strip())  # python-docx turns '\n' into line breaks
    tags = tag_text(annotation.tags)
    colour = f"颜色：{colour_label(annotation.colour)}"
    _meta(word.add_paragraph(), f"标签：{tags} · {colour}" if tags else colour)
    if entry.indicators:
        _meta(word.add_paragraph(), "指标：" + "；".join(entry.indicators))


def _meta(paragraph: Paragraph, text: str) -> None:
    """A small grey line (source, citation, tags)."""
    from docx.shared import Pt, RGBColor

    run = paragraph.add_run(clean_text(text))
    run.font.size = Pt(9)
    run.font.color.rgb = RGBColor(*META_GREY)


def _shade(run: object, fill: str) -> None:
    """Give a run a background colour (w:shd), shown by Word and LibreOffice alike."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties = run._r.get_or_add_rPr()  # type: ignore[attr-defined]
    properties.insert_element_before(shading, *_AFTER_SHADING)
