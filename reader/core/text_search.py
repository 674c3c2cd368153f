"""Find a query in one text: plain substring, jieba word-aligned, or regular expression."""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.document import Document
    from reader.core.outline import OutlineNode

log = logging.getLogger(__name__)
MODES = ("plain", "word", "regex")
# Full-width ASCII (！..～) and the ideographic space fold to their half-width forms, one to one.
WIDTH_TABLE = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_SENTENCE_END = re.compile(r"[。！？!?]+[”’」』）)]*")
_CACHED_TEXTS = 8


class SearchError(ValueError):
    """The query cannot be searched for (an invalid regular expression, an unknown mode)."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail or message  # the reason alone (re's message), for a translated sentence


@dataclass(frozen=True)
class SearchHit:
    """One match: its span, the sentence around it and the outline titles holding it."""

    start: int
    end: int
    sentence: str
    section: tuple[str, ...]
    sentence_start: int = 0  # offset of ``sentence`` in the text (the hit is at start - sentence_start)


def fold_width(text: str) -> str:
    """Return ``text`` with full-width ASCII and the ideographic space made half-width."""
    return text.translate(WIDTH_TABLE)


class TextSearcher:
    """Searches one text; folded copies and word boundaries are computed once, when first needed."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._width: str | None = None
        self._folded: tuple[str, list[int] | None] | None = None
        self._words: list[tuple[str, int, int]] | None = None
        self._boundaries: bytearray | None = None

    def find(self, query: str, mode: str = "plain", case_sensitive: bool = False) -> list[tuple[int, int]]:
        """Return the non-overlapping (start, end) offsets of ``query`` in the text."""
        if mode not in MODES:
            raise SearchError(f"unknown search mode {mode!r} (expected one of {', '.join(MODES)})")
        if not query:
            return []
        if mode == "regex":
            return self._find_regex(query, case_sensitive)
        haystack, origin = self._haystack(case_sensitive)
        needle = fold_width(query) if case_sensitive else fold_width(query).lower()
        spans = _occurrences(haystack, needle, overlapping=mode == "word")
        if origin is not None:
            spans = [(origin[start], origin[end - 1] + 1) for start, end in spans]
        if mode == "word":
            spans = self._word_aligned(spans)
        return spans

    @property
    def has_boundaries(self) -> bool:
        """True once the text has been segmented (word mode will not wait for jieba)."""
        return self._boundaries is not None

    def words(self) -> list[tuple[str, int, int]]:
        """Return the text's jieba words as (word, start, end), in order (segmented once)."""
        if self._words is None:
            from reader.core.segment import tokenizer

            self._words = list(tokenizer().tokenize(self.text, HMM=True))
        return self._words

    def set_boundaries(self, flags: bytes | bytearray) -> None:
        """Use word boundaries computed elsewhere (another process) from the same text."""
        if len(flags) != len(self.text) + 1:
            raise ValueError("boundary flags do not fit this text")
        self._boundaries = bytearray(flags)

    def boundaries(self) -> bytearray:
        """Return a flag per offset (0..len): 1 where a jieba word starts or ends."""
        if self._boundaries is None:
            flags = bytearray(len(self.text) + 1)
            for _word, start, end in self.words():
                flags[start] = flags[end] = 1
            flags[0] = flags[len(self.text)] = 1
            self._boundaries = flags
        return self._boundaries

    def _width_folded(self) -> str:
        """The text with full-width forms folded (same length: offsets unchanged)."""
        if self._width is None:
            self._width = fold_width(self.text)
        return self._width

    def _haystack(self, case_sensitive: bool) -> tuple[str, list[int] | None]:
        """The folded text to search and, if folding changed lengths, folded index → text offset."""
        if case_sensitive:
            return self._width_folded(), None
        if self._folded is None:
            width = self._width_folded()
            lowered = width.lower()
            if len(lowered) == len(width):  # lower() never shortens a character: one to one
                self._folded = (lowered, None)
            else:
                parts: list[str] = []
                origin: list[int] = []
                for offset, character in enumerate(width):
                    folded = character.lower()
                    parts.append(folded)
                    origin.extend([offset] * len(folded))
                self._folded = ("".join(parts), origin)
        return self._folded

    def _find_regex(self, pattern: str, case_sensitive: bool) -> list[tuple[int, int]]:
        """Matches of a regular expression; full-width characters in it stand for themselves."""
        source = "".join(re.escape(fold_width(character)) if ord(character) in WIDTH_TABLE else character
                         for character in pattern)
        flags = re.MULTILINE | (0 if case_sensitive else re.IGNORECASE)
        try:
            compiled = re.compile(source, flags)
        except re.error as error:
            raise SearchError(f"invalid regular expression: {error}", str(error)) from None
        except (OverflowError, RecursionError) as error:
            raise SearchError(f"invalid regular expression: too complex ({error})", str(error)) from None
        matches = compiled.finditer(self._width_folded())
        return [match.span() for match in matches if match.end() > match.start()]

    def _word_aligned(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Keep the spans that start and end on word boundaries, without overlaps."""
        flags = self.boundaries()
        kept: list[tuple[int, int]] = []
        last_end = -1
        for start, end in spans:
            if start >= last_end and flags[start] and flags[end]:
                kept.append((start, end))
                last_end = end
        return kept


def _occurrences(haystack: str, needle: str, overlapping: bool) -> list[tuple[int, int]]:
    """Every occurrence of ``needle`` (overlapping ones too if asked)."""
    spans: list[tuple[int, int]] = []
    size = len(needle)
    step = 1 if overlapping else size
    position = haystack.find(needle)
    while position >= 0:
        spans.append((position, position + size))
        position = haystack.find(needle, position + step)
    return spans


@lru_cache(maxsize=_CACHED_TEXTS)
def searcher(text: str) -> TextSearcher:
    """Return the cached searcher of ``text`` (a str caches its hash: cheap on every keystroke)."""
    return TextSearcher(text)


def find_matches(text: str, query: str, mode: str = "plain",
                 case_sensitive: bool = False) -> list[tuple[int, int]]:
    """Return (start, end) offsets of ``query`` in ``text``; raise SearchError on an invalid query."""
    return searcher(text).find(query, mode, case_sensitive)


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the span of the sentence(s) holding [start, end), within its paragraph."""
    paragraph_start = text.rfind("\n", 0, start) + 1
    paragraph_end = text.find("\n", end)
    if paragraph_end < 0:
        paragraph_end = len(text)
    sentence_start = paragraph_start
    for match in _SENTENCE_END.finditer(text, paragraph_start, start):
        if match.end() <= start:
            sentence_start = match.end()
    found = _SENTENCE_END.search(text, max(start, end - 1) if end > start else start, paragraph_end)
    sentence_end = found.end() if found else paragraph_end
    return sentence_start, sentence_end


def search_hits(document: Document, outline: list[OutlineNode], query: str, mode: str = "plain",
                case_sensitive: bool = False, limit: int | None = None) -> list[SearchHit]:
    """Return each match of ``query`` in ``document`` (the first ``limit``) with sentence and section."""
    return hits_at(document, outline, find_matches(document.text, query, mode, case_sensitive)[:limit])


def hits_at(document: Document, outline: list[OutlineNode], spans: list[tuple[int, int]]) -> list[SearchHit]:
    """Return the hits of matches already found: each span with its sentence and section titles."""
    from reader.core.outline import section_path

    text = document.text
    hits: list[SearchHit] = []
    for start, end in spans:
        sentence_start, sentence_end = sentence_span(text, start, end)
        section = tuple(node.title for node in section_path(outline, start))
        hits.append(SearchHit(start, end, text[sentence_start:sentence_end], section, sentence_start))
    return hits


def hit_index_at(spans: list[tuple[int, int]], offset: int) -> int:
    """Return the index of the first span starting at or after ``offset`` (0 past the last: wraps)."""
    index = bisect.bisect_left(spans, (offset, -1))
    return index if index < len(spans) else 0
