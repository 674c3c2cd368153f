"""Keyword and segmentation jobs for the worker process: pure core, no Qt (pickled both ways)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.keywords import Keyword

DOCUMENT_SCOPE = "document"
SECTION_SCOPE = "section"


@dataclass(frozen=True)
class KeywordResult:
    """The keywords of one span of the text whose identity is ``key``."""

    key: str
    scope: str
    start: int
    end: int
    keywords: list[Keyword] = field(default_factory=list)


def compute_keywords(key: str, text: str, scope: str, start: int, end: int, limit: int) -> KeywordResult:
    """The keywords of text[start:end] (the text is segmented once per process and cached)."""
    from reader.core.keywords import top_keywords

    return KeywordResult(key, scope, start, end, top_keywords(text, start, end, limit))


def compute_boundaries(key: str, text: str) -> tuple[str, bytes]:
    """The word-boundary flags of ``text`` for word-mode search (one byte per offset, 0..len)."""
    from reader.core.text_search import searcher

    return key, bytes(searcher(text).boundaries())
