"""Keywords: TF-IDF over jieba words without the generic words of government reports."""

from __future__ import annotations

import re

import pytest

from reader.core.document import Document, open_document
from reader.core.keywords import document_keywords, stop_words, top_keywords
from reader.core.outline import OutlineNode, build_outline, walk
from reader.core.text_search import find_matches
from tests.conftest import CORPUS_DIR, SEED_PATH

GENERIC = {"坚持", "推进", "加强", "实施", "全面", "工作", "建设", "发展", "推动", "进一步", "提升", "我们"}


@pytest.fixture(scope="module")
def seed() -> Document:
    """The bundled report."""
    return open_document(SEED_PATH)


@pytest.fixture(scope="module")
def seed_outline(seed: Document) -> list[OutlineNode]:
    """The bundled report's outline."""
    return build_outline(seed)


def test_stop_words_cover_the_generic_words() -> None:
    """The list has the generic verbs, adverbs and nouns the issue names; comments are not words."""
    words = stop_words()
    assert words >= GENERIC
    assert not any(word.startswith("#") or " " in word for word in words)
    assert "经济" not in words and "城市" not in words  # topics stay


def test_generic_words_do_not_dominate_the_seed(seed: Document) -> None:
    """None of the generic words, counted quantities or numbers is among the seed's keywords."""
    keywords = document_keywords(seed, limit=20)
    words = [keyword.word for keyword in keywords]
    assert len(words) == 20
    assert not GENERIC & set(words)
    assert not any(re.fullmatch(r"[\d.%]+|[一二三万亿余]+[元人次批期]+", word) for word in words)
    assert "东城" in words  # the district the report is about
    assert [keyword.weight for keyword in keywords] == sorted((k.weight for k in keywords), reverse=True)


def test_generic_words_are_frequent_in_the_seed(seed: Document) -> None:
    """The list matters: 建设, 推进 and 发展 occur more often than any keyword kept."""
    top = max(keyword.count for keyword in document_keywords(seed))
    for word in ("建设", "推进", "发展"):
        assert len(find_matches(seed.text, word, "word")) >= top


def test_counts_are_real_counts(seed: Document) -> None:
    """Each count is the number of word-aligned occurrences of the keyword in the text."""
    for keyword in document_keywords(seed):
        assert keyword.count == len(find_matches(seed.text, keyword.word, "word")) > 0
        assert seed.text.count(keyword.word) >= keyword.count


def test_section_keywords_differ_and_count_inside_the_section(
        seed: Document, seed_outline: list[OutlineNode]) -> None:
    """A section's keywords are its own, counted only inside it."""
    document_words = [keyword.word for keyword in document_keywords(seed, limit=10)]
    section = next(node for node in walk(seed_outline) if node.title.startswith("（三）积极蓄势赋能"))
    keywords = top_keywords(seed.text, section.start, section.end, limit=10)
    words = [keyword.word for keyword in keywords]
    assert words != document_words
    assert set(words) - set(document_words)
    assert "营商环境" in words or "数字经济" in words
    span = seed.text[section.start:section.end]
    for keyword in keywords:
        assert keyword.count == len(find_matches(span, keyword.word, "word")) > 0


def test_empty_and_degenerate_spans(seed: Document) -> None:
    """Empty spans, spans of punctuation and a zero limit give no keywords."""
    assert top_keywords("") == []
    assert top_keywords(seed.text, 100, 100) == []
    assert top_keywords("，。、；", limit=5) == []
    assert top_keywords(seed.text, limit=0) == []
    [keyword] = top_keywords("推进城市更新，城市更新。", limit=5)
    assert (keyword.word, keyword.count) == ("城市更新", 2)


def test_a_corpus_report_has_its_own_keywords() -> None:
    """A 1950s budget report is about budgets, not about 发展 and 建设."""
    document = open_document(CORPUS_DIR / "national" / "1956.txt")
    words = [keyword.word for keyword in document_keywords(document, limit=10)]
    assert "预算" in words
    assert not GENERIC & set(words)
