"""The canonical document: one text, its paragraphs with offsets, and its identity."""

from __future__ import annotations

import bisect
import re
from pathlib import Path
from typing import NamedTuple

from reader.core.digest import sha256_hex
from reader.core.errors import LoadError, LoadFailure
from reader.core.headings import heading_level
from reader.core.loaders import RawText, load_raw
from reader.core.normalize import ends_sentence, normalize

PARAGRAPH_SEPARATOR = "\n"
_TITLE_MAX_CHARS = 40
_TITLE_WORDS = re.compile(r"报告|報告")


class Paragraph(NamedTuple):
    """A paragraph as a span [start, end) of the canonical text."""

    index: int
    start: int
    end: int


class Document:
    """A normalised report: every offset in the app points into ``text``. Not to be changed."""

    __slots__ = (
        "_identity",
        "_starts",
        "encoding",
        "file_format",
        "paragraphs",
        "path",
        "text",
        "title",
    )

    def __init__(self, text: str, paragraphs: tuple[Paragraph, ...], title: str,
                 path: Path | None = None, file_format: str = "txt",
                 encoding: str | None = None) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self.title = title
        self.path = path
        self.file_format = file_format
        self.encoding = encoding
        self._starts = tuple(paragraph.start for paragraph in paragraphs)
        self._identity: str | None = None

    def __repr__(self) -> str:
        """Title, file and size: the text itself is too long to show."""
        return (f"Document(title={self.title!r}, path={self.path!r}, "
                f"{len(self.paragraphs)} paragraphs, {len(self.text)} characters)")

    @property
    def identity(self) -> str:
        """Return the SHA-256 of the canonical text, the document's identity."""
        if self._identity is None:
            self._identity = sha256_hex(self.text.encode("utf-8"))
        return self._identity

    def paragraph_text(self, index: int) -> str:
        """Return the text of paragraph ``index``."""
        paragraph = self.paragraphs[index]
        return self.text[paragraph.start : paragraph.end]

    def paragraph_at(self, offset: int) -> int:
        """Return the index of the paragraph holding ``offset`` (clamped to the text)."""
        return max(0, bisect.bisect_right(self._starts, offset) - 1)


def document_from_paragraphs(
    paragraphs: list[str],
    title: str | None = None,
    path: Path | None = None,
    file_format: str = "txt",
    encoding: str | None = None,
) -> Document:
    """Build a Document from canonical paragraphs (no newline inside any)."""
    spans: list[Paragraph] = []
    offset = 0
    for index, paragraph in enumerate(paragraphs):
        spans.append(Paragraph(index, offset, offset + len(paragraph)))
        offset += len(paragraph) + len(PARAGRAPH_SEPARATOR)
    text = PARAGRAPH_SEPARATOR.join(paragraphs)
    fallback = path.stem if path else ""
    return Document(
        text=text,
        paragraphs=tuple(spans),
        title=title or guess_title(paragraphs, fallback),
        path=path,
        file_format=file_format,
        encoding=encoding,
    )


def document_from_raw(raw: RawText) -> Document:
    """Normalise raw text into a Document; raise LoadError if nothing readable remains."""
    paragraphs = normalize(raw.text)
    if not paragraphs:
        raise LoadError(LoadFailure.EMPTY, raw.path)
    return document_from_paragraphs(
        paragraphs, path=raw.path, file_format=raw.file_format, encoding=raw.encoding
    )


def open_document(path: Path | str) -> Document:
    """Load, decode and normalise the report at ``path``."""
    return document_from_raw(load_raw(Path(path)))


def guess_title(paragraphs: list[str], fallback: str) -> str:
    """Return the report's title: a short opening line naming a report, else ``fallback``."""
    candidates = [p for p in paragraphs[:5] if _could_be_title(p)]
    for candidate in candidates:
        if _TITLE_WORDS.search(candidate):
            return candidate
    if paragraphs and _could_be_title(paragraphs[0]) and not paragraphs[0].startswith("各位"):
        return paragraphs[0]
    return fallback or (paragraphs[0][:_TITLE_MAX_CHARS] if paragraphs else "")


def _could_be_title(paragraph: str) -> bool:
    """True for a short line that is neither a sentence nor a numbered heading."""
    return (
        len(paragraph) <= _TITLE_MAX_CHARS
        and not ends_sentence(paragraph)
        and heading_level(paragraph) is None
        and not paragraph.startswith("—")
    )
