"""What the library's full-text index holds and how a query becomes an FTS5 expression (no SQL here).

The index has two columns per row. ``words`` is the passage cut by jieba into words separated by
``SEPARATOR`` (a character SQLite's ``unicode61`` tokenizer treats as a separator), so each word
is one FTS token and ``words.replace(SEPARATOR, "")`` gives back the passage exactly. ``parts``
adds, for recall, the dictionary words inside longer words (城市 in 城市更新, as jieba's search
mode does) and half-width forms of words written in full width. A query is cut the same way, so
城市 finds the word 城市 (and 城市更新) but never the 城 and 市 of 县城市场 (县城 | 市场).
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass

from reader.core.document import Document
from reader.core.outline import SECTION_SEPARATOR, OutlineNode, section_path
from reader.core.segment import tokenizer

log = logging.getLogger(__name__)
SEPARATOR = "\x1f"
SNIPPET_BEFORE = 30
SNIPPET_CHARS = 90
ELLIPSIS = "…"
MAX_TERMS = 16
_SENTENCE_END = re.compile(r"[。！？!?；;…]+[”’」』）)》\"']*")
_TOKEN = re.compile(r"[^\W_]+")
_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


@dataclass(frozen=True)
class Passage:
    """A sentence (or heading) of the canonical text, with its section path."""

    start: int
    end: int
    section: str


@dataclass(frozen=True)
class Term:
    """One whitespace-separated part of a query: the FTS tokens it must match in order."""

    tokens: tuple[str, ...]


def passages(document: Document, outline: list[OutlineNode]) -> list[Passage]:
    """Split the document into sentences; headings and short lines are passages of their own."""
    result: list[Passage] = []
    text = document.text
    for paragraph in document.paragraphs:
        start = paragraph.start
        ends = [match.end() for match in _SENTENCE_END.finditer(text, paragraph.start, paragraph.end)]
        for end in [*ends, paragraph.end]:
            if end > start and text[start:end].strip():
                section = SECTION_SEPARATOR.join(node.title for node in section_path(outline, start))
                result.append(Passage(start, end, section))
            start = max(start, end)
    return result


def index_columns(passage: str) -> tuple[str, str]:
    """Return the ``words`` and ``parts`` columns for a passage (or a note)."""
    clean = passage.replace(SEPARATOR, " ")  # keeps the length, so offsets still hold
    words = tokenizer().lcut(clean, HMM=True)
    parts: list[str] = []
    for word in words:
        parts.extend(_sub_words(word))
        folded = word.translate(_WIDTH)
        if folded != word:
            parts.append(folded)
    return SEPARATOR.join(words), " ".join(parts)


def passage_text(words_column: str) -> str:
    """Return the passage a ``words`` column was made from."""
    return words_column.replace(SEPARATOR, "")


def parse_query(query: str) -> list[Term]:
    """Cut a query into terms (split at whitespace), each a sequence of FTS tokens; punctuation is dropped."""
    terms: list[Term] = []
    for part in unicodedata.normalize("NFKC", query).split()[:MAX_TERMS]:
        tokens = tuple(token for word in tokenizer().lcut(part, HMM=True) for token in _tokens(word))
        if tokens and Term(tokens) not in terms:
            terms.append(Term(tokens))
    return terms


def match_expression(terms: list[Term]) -> str | None:
    """Return a safe FTS5 MATCH expression requiring every term (None when there is nothing to find).

    Tokens hold only letters and digits and are quoted, so no user input can form FTS syntax.
    A one-word term is looked up in both columns; a phrase of several words in ``words`` only.
    """
    clauses: list[str] = []
    for term in terms:
        phrase = '"' + " ".join(token.replace('"', '""') for token in term.tokens) + '"'
        clauses.append(phrase if len(term.tokens) == 1 else f"words : {phrase}")
    return " AND ".join(clauses) or None


def locate(words_column: str, terms: list[Term]) -> list[tuple[int, int]]:
    """Return the spans of the passage (offsets into it) where the terms occur, in order."""
    stream: list[tuple[str, int, int]] = []
    words: list[tuple[str, int]] = []
    offset = 0
    for word in words_column.split(SEPARATOR):
        words.append((word, offset))
        stream.extend((token, offset + start, offset + end) for token, start, end in _token_spans(word))
        offset += len(word)
    spans: set[tuple[int, int]] = set()
    for term in terms:
        size = len(term.tokens)
        for index in range(len(stream) - size + 1):
            if all(stream[index + k][0] == term.tokens[k] for k in range(size)):
                spans.add((stream[index][1], stream[index + size - 1][2]))
        if size == 1:
            spans.update(_sub_word_spans(words, term.tokens[0]))
    return sorted(spans)


def snippet(passage: str, spans: list[tuple[int, int]]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Return an excerpt around the first span and the spans' positions inside the excerpt."""
    first = spans[0][0] if spans else 0
    begin = max(0, first - SNIPPET_BEFORE)
    end = min(len(passage), begin + SNIPPET_CHARS)
    begin = max(0, min(begin, end - SNIPPET_CHARS))
    prefix = ELLIPSIS if begin > 0 else ""
    suffix = ELLIPSIS if end < len(passage) else ""
    excerpt = prefix + " ".join(passage[begin:end].split("\n")) + suffix
    shift = len(prefix) - begin
    marks = tuple((max(start, begin) + shift, min(stop, end) + shift)
                  for start, stop in spans if start < end and stop > begin)
    return excerpt, marks


def _tokens(word: str) -> list[str]:
    """Return the FTS tokens of a word (width-folded, case-folded, split at punctuation)."""
    return [token for token, _start, _end in _token_spans(word)]


def _token_spans(word: str) -> list[tuple[str, int, int]]:
    """Return each FTS token of a word with its span inside the word."""
    return [(match.group().casefold(), match.start(), match.end())
            for match in _TOKEN.finditer(word.translate(_WIDTH))]


def _sub_words(word: str) -> list[str]:
    """Return the dictionary words of two and three characters inside a longer word (jieba's search mode)."""
    if len(word) <= 2:
        return []
    frequencies = tokenizer().FREQ
    found = [word[i:i + 2] for i in range(len(word) - 1) if frequencies.get(word[i:i + 2])]
    if len(word) > 3:
        found += [word[i:i + 3] for i in range(len(word) - 2) if frequencies.get(word[i:i + 3])]
    return found


def _sub_word_spans(words: list[tuple[str, int]], token: str) -> list[tuple[int, int]]:
    """Return where ``token`` occurs as a dictionary sub-word of a longer word."""
    spans: list[tuple[int, int]] = []
    for word, offset in words:
        if len(word) <= 2 or len(token) not in (2, 3) or len(token) >= len(word):
            continue
        folded = word.translate(_WIDTH).casefold()
        for sub in _sub_words(word):
            key = sub.translate(_WIDTH).casefold()
            if key == token:
                start = folded.find(key)
                while start >= 0:
                    spans.append((offset + start, offset + start + len(key)))
                    start = folded.find(key, start + 1)
                break
    return spans
