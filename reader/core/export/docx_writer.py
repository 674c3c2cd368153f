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
META_STYLE = "Note Details"  # citations, tags, indicators: small and grey, restyled in one place
EAST_ASIAN_FONT = "宋体"
META_GREY = (0x66, 0x66, 0x66)
META_POINTS = 9
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def render_docx(view: NotesView, progress: Progress | None = None) -> bytes:
    """The whole export as the bytes of a .docx file."""
    ticker = ProgressTicker(progress, view.count)
    writer = _WordWriter()
    title = clean_text(view.title + EXPORT_TITLE_SUFFIX)
    writer.word.core_properties.title = title
    writer.word.core_properties.author = "报告阅读器"
    writer.heading(title, 0)
    if view.source:
        writer.meta(f"来源：{view.source}")
    writer.meta(f"文档标识：sha256:{view.identity}")
    writer.meta(f"批注：{view.count} 条")
    for group in view.groups:
        if group.title:
            writer.heading(clean_text(group.title), group.level)
        for entry in group.entries:
            writer.entry(entry)
            ticker.step()
    if view.orphans:
        writer.heading(ORPHANS_TITLE, 1)
        for entry in view.orphans:
            writer.entry(entry)
            ticker.step()
    buffer = io.BytesIO()
    writer.word.save(buffer)
    return buffer.getvalue()


class _WordWriter:
    """Appends paragraphs in constant time (python-docx's add_paragraph is linear in the body's size)."""

    def __init__(self) -> None:
        import docx

        self.word: WordDocument = docx.Document()
        self._prepare_styles()
        self._body = self.word.element.body
        self._section = self._body.sectPr  # paragraphs go before the section properties
        self._style_ids: dict[str, str] = {}

    def _prepare_styles(self) -> None:
        """A CJK font for body text; quotes upright (slanted Chinese reads badly)."""
        from docx.oxml.ns import qn

        for name in ("Normal", QUOTE_STYLE):
            style = self.word.styles[name]
            fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
            fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)
        self.word.styles[QUOTE_STYLE].font.italic = False
        from docx.enum.style import WD_STYLE_TYPE
        from docx.shared import Pt, RGBColor

        meta = self.word.styles.add_style(META_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        meta.base_style = self.word.styles["Normal"]
        meta.font.size = Pt(META_POINTS)
        meta.font.color.rgb = RGBColor(*META_GREY)

    def paragraph(self, style: str | None = None) -> Paragraph:
        """A new paragraph at the end of the document, in ``style`` (a style name)."""
        from docx.oxml import OxmlElement
        from docx.text.paragraph import Paragraph

        element = OxmlElement("w:p")
        if self._section is not None:
            self._section.addprevious(element)
        else:
            self._body.append(element)
        if style is not None:
            if style not in self._style_ids:
                self._style_ids[style] = self.word.styles[style].style_id
            element.style = self._style_ids[style]
        return Paragraph(element, self.word._body)

    def heading(self, text: str, level: int) -> None:
        """The title (level 0) or a heading of ``level``."""
        _append_run(self.paragraph("Title" if level == 0 else f"Heading {level}"), text)

    def meta(self, text: str) -> None:
        """A small grey line (source, citation, tags)."""
        _append_run(self.paragraph(META_STYLE), clean_text(text))

    def entry(self, entry: NoteEntry) -> None:
        """Quote, citation, note, tags and colour, indicators."""
        annotation = entry.annotation
        fill = COLOUR_HEX.get(annotation.colour, COLOUR_HEX["yellow"])[0]
        for line in clean_text(annotation.quote).split("\n"):
            if line.strip():
                _append_run(self.paragraph(QUOTE_STYLE), line, fill)
        if entry.citation:
            self.meta(f"— {entry.citation}")
        for block in _PARAGRAPH_BREAK.split(clean_text(annotation.note)):
            if block.strip():
                self.paragraph().add_run(block.strip())  # python-docx turns '\n' into line breaks
        tags = tag_text(annotation.tags)
        colour = f"颜色：{colour_label(annotation.colour)}"
        self.meta(f"标签：{tags} · {colour}" if tags else colour)
        if entry.indicators:
            self.meta("指标：" + "；".join(entry.indicators))


def _append_run(paragraph: Paragraph, text: str, fill: str | None = None) -> None:
    """Add a run of one line of text, with a background colour (w:shd) if ``fill`` is given.

    Built directly as XML: python-docx's run API costs a few element look-ups per property.
    """
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = OxmlElement("w:r")
    if fill is not None:
        properties = OxmlElement("w:rPr")
        shading = OxmlElement("w:shd", {qn("w:val"): "clear", qn("w:color"): "auto", qn("w:fill"): fill})
        properties.append(shading)
        run.append(properties)
    piece = OxmlElement("w:t")
    piece.text = text
    if text != text.strip():
        piece.set(_XML_SPACE, "preserve")
    run.append(piece)
    paragraph._p.append(run)
