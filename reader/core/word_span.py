"""The word around a character, as jieba segments the paragraph (for double-click selection)."""

from __future__ import annotations

import re

from reader.core.segment import words

_WORD_CHARACTER = re.compile(r"\w")


def word_span(paragraph: str, offset: int) -> tuple[int, int]:
    """Return [start, end) of the word holding ``offset`` in ``paragraph`` (empty on punctuation)."""
    if not 0 <= offset < len(paragraph) or not _WORD_CHARACTER.match(paragraph[offset]):
        return offset, offset
    start = 0
    for word in words(paragraph):
        end = start + len(word)
        if start <= offset < end:
            return start, end
        start = end
    return offset, offset
