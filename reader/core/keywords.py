"""Top keywords of a text or a span of it: jieba TF-IDF without the generic words of reports."""

from __future__ import annotations

import bisect
import logging
import re
import threading
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.core.paths import resource_path
from reader.core.text_search import find_matches, searcher

if TYPE_CHECKING:
    from reader.core.document import Document

log = logging.getLogger(__name__)
STOP_WORDS_FILE = "stopwords_zh.txt"
DEFAULT_LIMIT = 15
_CANDIDATE = re.compile(r"[\u3400-\u9fff\U00020000-\U0003ffff]|^[A-Za-z][A-Za-z0-9.+-]+$")
# Counted quantities (亿元 二期 一批 万余人次 上年) and ordinals (第一): not topics.
_QUANTITY = re.compile(
    r"^(?:[零〇一二两三四五六七八九十百千万亿余多几数上半]+[元人次户家项件套吨亩个批期年月日天位所条座台辆间张名场]+"
    r"|第[零〇一二两三四五六七八九十百千]+.?)$")
_lock = threading.Lock()
_tables: tuple[frozenset[str], dict[str, float], float] | None = None


@dataclass(frozen=True)
class Keyword:
    """A keyword, its TF-IDF weight and how often it occurs (as a word) in the text looked at."""

    word: str
    weight: float
    count: int


def stop_words() -> frozenset[str]:
    """Return the stop words of resources/stopwords_zh.txt."""
    return _load_tables()[0]


def top_keywords(text: str, start: int = 0, end: int | None = None,
                 limit: int = DEFAULT_LIMIT) -> list[Keyword]:
    """Return the ``limit`` best keywords of ``text[start:end]``, best first."""
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    if start >= end or limit <= 0:
        return []
    stopped, idf, median_idf = _load_tables()
    frequency = Counter(word for word in _span_words(text, start, end) if _is_candidate(word, stopped))
    total = sum(frequency.values())
    if not total:
        return []
    weights = {word: count / total * idf.get(word, median_idf) for word, count in frequency.items()}
    best = sorted(weights, key=lambda word: (-weights[word], word))[:limit]
    return [Keyword(word, weights[word], _count(text, word, start, end)) for word in best]


def document_keywords(document: Document, limit: int = DEFAULT_LIMIT) -> list[Keyword]:
    """Return the document's top keywords."""
    return top_keywords(document.text, limit=limit)


def _span_words(text: str, start: int, end: int) -> list[str]:
    """The words (segmented once for the whole text) lying inside [start, end)."""
    words = searcher(text).words()
    first = bisect.bisect_left(words, start, key=lambda item: item[1])
    result: list[str] = []
    for word, _word_start, word_end in words[first:]:
        if word_end > end:
            break
        result.append(word)
    return result


def _is_candidate(word: str, stopped: frozenset[str]) -> bool:
    """A word of two or more characters naming something: Han or Latin, not generic, not a quantity."""
    return (len(word) >= 2 and word not in stopped and _CANDIDATE.search(word) is not None
            and _QUANTITY.match(word) is None)


def _count(text: str, word: str, start: int, end: int) -> int:
    """How many word-aligned matches of ``word`` lie in [start, end) (what the find bar counts)."""
    spans = find_matches(text, word, "word")
    first = bisect.bisect_left(spans, (start, -1))
    last = bisect.bisect_right(spans, (end, -1))
    return sum(1 for _start, match_end in spans[first:last] if match_end <= end)


def _load_tables() -> tuple[frozenset[str], dict[str, float], float]:
    """The stop words and jieba's IDF table with its median (loaded once, thread-safe)."""
    global _tables
    with _lock:
        if _tables is None:
            path = resource_path(STOP_WORDS_FILE)
            stopped: set[str] = set()
            if path.is_file():
                for line in path.read_text(encoding="utf-8").splitlines():
                    word = line.split("#", 1)[0].strip()
                    if word:
                        stopped.add(word)
            else:
                log.warning("stop-word list missing: %s", path)
            idf = _jieba_idf()
            median = sorted(idf.values())[len(idf) // 2] if idf else 1.0
            _tables = (frozenset(stopped), idf, median)
    return _tables


def _jieba_idf() -> dict[str, float]:
    """jieba.analyse's IDF table (read here: jieba's own loader leaves the file open)."""
    from pathlib import Path

    import jieba

    idf: dict[str, float] = {}
    path = Path(jieba.__file__).parent / "analyse" / "idf.txt"
    with path.open(encoding="utf-8") as table:
        for line in table:
            word, _space, value = line.strip().rpartition(" ")
            if word:
                idf[word] = float(value)
    return idf
